"""Feeds: RSS 0.9x/1.0/2.0 and Atom with feedparser, JSON Feed (which feedparser does not read)
with the json module: each entry's link, title and date."""
from __future__ import annotations

import json
import time
from dataclasses import dataclass


@dataclass(frozen=True)
class Entry:
    link: str | None
    title: str | None = None
    date: str | None = None  # ISO 8601 date


def read_feed(body: bytes, content_type: str = "") -> tuple[list[Entry], str | None]:
    """The entries of a feed, and what is wrong with it: a feed that is not well-formed still gives
    the entries feedparser could recover."""
    if "json" in content_type or body.lstrip()[:1] == b"{":
        return _json_feed(body)
    import feedparser

    parsed = feedparser.parse(body)
    problem = None
    if parsed.bozo and not isinstance(parsed.bozo_exception, feedparser.CharacterEncodingOverride):
        problem = f"broken feed ({_reason(parsed.bozo_exception)})"
    elif not parsed.entries:
        problem = "feed has no entries" if parsed.get("version") else "not an RSS, Atom or JSON feed"
    return [Entry(entry.get("link"), entry.get("title"), _date(entry.get("published_parsed") or entry.get("updated_parsed")))
            for entry in parsed.entries], problem


def _json_feed(body: bytes) -> tuple[list[Entry], str | None]:
    try:
        feed = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        return [], f"broken feed (not JSON: {_reason(exc)})"
    if not isinstance(feed, dict) or "jsonfeed.org" not in str(feed.get("version", "")):
        return [], "not an RSS, Atom or JSON feed"
    items = feed.get("items")
    if not isinstance(items, list):
        return [], "broken feed (JSON Feed without items)"
    return [Entry(_text(item.get("url") or item.get("external_url")), _text(item.get("title")),
                  _text(item.get("date_published") or item.get("date_modified"))[:10] or None)
            for item in items if isinstance(item, dict)], None if items else "feed has no entries"


def _text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def _date(parsed: time.struct_time | None) -> str | None:
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _reason(exc: BaseException | None) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120] if exc else "unreadable"
