"""One id per article however it was reached: tracking parameters, fragments and AMP variants of a
URL name the same page."""
from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

# An AMP copy served under the page's own path: /news/story/amp or /news/story/amp/
_AMP_TAIL = re.compile(r"/amp/?$")


def is_web(value: str) -> bool:
    return value.lower().startswith(("http://", "https://"))


def normalize(url: str) -> str:
    """The URL an article is known by: lower-case scheme and host, no default port, no fragment,
    no tracking or AMP parameters (courlan's strict normalisation), no trailing /amp."""
    from courlan import normalize_url

    try:
        url = normalize_url(url.strip(), strict=True)
    except ValueError:
        return url.strip()
    parts = urlsplit(url)
    path = _AMP_TAIL.sub("/", parts.path) if parts.path not in ("/amp", "/amp/") else parts.path
    return urlunsplit((parts.scheme, parts.netloc, path, parts.query, ""))
