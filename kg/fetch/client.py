"""A polite, careful HTTP client for news pages and feeds.

Polite: it names itself (a User-Agent with kg's name and version), obeys robots.txt (RFC 9309,
with its Crawl-delay), sends at most ``per_host`` requests to one host at a time and waits
``delay`` seconds between two requests to the same host, and asks with ETag / Last-Modified so a
page that has not changed is not sent again. Careful: only http and https, at most
``MAX_REDIRECTS`` redirects (each hop checked again), a time limit on the whole response (a page
that trickles in does not hold a build), a size cap read as the body streams, and HTML only where
a page is expected. Every failure is a FetchError whose text is one line for the summary.
"""
from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

from ..ingest.html import MAX_PAGE_BYTES
from ..version import __version__
from .cache import HttpCache

USER_AGENT = f"kg/{__version__} (news knowledge-graph builder)"
ROBOT_NAME = "kg"  # the product token robots.txt rules name
MAX_REDIRECTS = 5
HTML_TYPES = ("text/html", "application/xhtml+xml")
WORKERS = 8  # requests in flight over all hosts


class FetchError(Exception):
    """Why a URL could not be read, in one line."""


@dataclass(frozen=True)
class FetchOptions:
    delay: float = 1.0  # seconds between two requests to one host
    per_host: int = 2  # requests to one host at a time
    timeout: float = 20.0  # seconds for a whole response
    max_bytes: int = MAX_PAGE_BYTES


@dataclass(frozen=True)
class Fetched:
    url: str  # where the body came from, after redirects
    content_type: str
    body: bytes


class _Host:
    """How one host is visited: ``per_host`` at a time, and ``delay`` apart."""

    def __init__(self, per_host: int, delay: float):
        self.slots = threading.Semaphore(per_host)
        self.lock = threading.Lock()
        self.delay = delay
        self.next_start = 0.0

    def __enter__(self):
        self.slots.acquire()
        with self.lock:
            wait = self.next_start - time.monotonic()
            self.next_start = max(self.next_start, time.monotonic()) + self.delay
        if wait > 0:
            time.sleep(wait)
        return self

    def __exit__(self, *exc):
        self.slots.release()


class Fetcher:
    def __init__(self, options: FetchOptions | None = None, cache: HttpCache | None = None):
        import httpx

        self.options = options = options or FetchOptions()
        self.cache = cache
        # Redirects are followed here, one checked hop at a time, not by httpx.
        self.client = httpx.Client(headers={"User-Agent": USER_AGENT}, follow_redirects=False,
                                   timeout=httpx.Timeout(options.timeout))
        self.hosts: dict[str, _Host] = {}
        self.robots: dict[str, RobotFileParser | FetchError | str] = {}
        self.robot_locks: dict[str, threading.Lock] = {}  # one fetch of a site's robots.txt, not one a thread
        self.lock = threading.Lock()
        self.counts: Counter = Counter()  # "fetched" (a body sent) and "not modified"

    def close(self) -> None:
        self.client.close()

    def get_all(self, urls: Iterable[str]) -> list[Fetched | FetchError]:
        """Every URL's page (or why not), in the order given, fetched several hosts at a time."""
        def one(url: str) -> Fetched | FetchError:
            try:
                return self.get(url)
            except FetchError as exc:
                return exc

        with ThreadPoolExecutor(WORKERS) as pool:
            return list(pool.map(one, urls))

    def get(self, url: str, kind: str = "page") -> Fetched:
        """The body at ``url`` after redirects; ``kind`` "page" wants HTML, "feed" any feed."""
        seen = []
        while True:
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or not parts.hostname:
                raise FetchError(f"only http and https URLs are read ({url[:80]})" if not seen
                                 else f"redirected to a URL that is not http or https ({url[:80]})")
            if not self._allowed(url):
                raise FetchError("robots.txt of the site does not allow kg to read it")
            got = self._request(url)
            if isinstance(got, str):  # a redirect's target
                seen.append(url)
                url = urljoin(url, got)
                if url in seen:
                    raise FetchError(f"redirect loop ({len(seen)} hops)")
                if len(seen) > MAX_REDIRECTS:
                    raise FetchError(f"too many redirects (over {MAX_REDIRECTS})")
                continue
            _check_kind(got, kind)
            return got

    def _host(self, url: str) -> _Host:
        key = urlsplit(url).netloc.lower()
        with self.lock:
            if key not in self.hosts:
                self.hosts[key] = _Host(self.options.per_host, self.options.delay)
            return self.hosts[key]

    def _request(self, url: str) -> Fetched | str:
        """One request: the response, or the Location of a redirect."""
        import httpx

        cached = self.cache.get(url) if self.cache else None
        headers = {}
        if cached and cached.etag:
            headers["If-None-Match"] = cached.etag
        if cached and cached.last_modified:
            headers["If-Modified-Since"] = cached.last_modified
        try:
            with self._host(url), self.client.stream("GET", url, headers=headers) as response:
                # From the request on: the polite wait for the host's turn does not count.
                deadline = time.monotonic() + self.options.timeout
                if response.status_code in (301, 302, 303, 307, 308):
                    location = response.headers.get("Location")
                    if not location:
                        raise FetchError(f"HTTP {response.status_code} redirect without a Location")
                    return location
                if response.status_code == 304 and cached:
                    self._count("not modified")
                    return Fetched(url, cached.content_type, cached.body)
                if response.status_code != 200:
                    raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".rstrip())
                declared = response.headers.get("Content-Length", "")
                if declared.isdigit() and int(declared) > self.options.max_bytes:
                    raise FetchError(f"page of {int(declared):,} bytes is over the {self.options.max_bytes:,}-byte cap")
                body = bytearray()
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) > self.options.max_bytes:
                        raise FetchError(f"page is over the {self.options.max_bytes:,}-byte cap")
                    if time.monotonic() > deadline:
                        raise FetchError(f"timed out after {self.options.timeout:g} s")
                content_type = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
                fetched = Fetched(url, content_type, bytes(body))
                self._count("fetched")
                if self.cache:
                    self.cache.put(url, response.headers.get("ETag"), response.headers.get("Last-Modified"),
                                   content_type, fetched.body)
                return fetched
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.options.timeout:g} s") from None
        except httpx.ConnectError as exc:
            raise FetchError(f"cannot connect to {urlsplit(url).netloc} ({_first_line(exc)})") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"HTTP error ({_first_line(exc)})") from None

    def _count(self, what: str) -> None:
        with self.lock:
            self.counts[what] += 1

    def _allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        site = f"{parts.scheme}://{parts.netloc.lower()}"
        with self.lock:
            site_lock = self.robot_locks.setdefault(site, threading.Lock())
        with site_lock:
            if site not in self.robots:
                self.robots[site] = self._robots(site)
        rules = self.robots[site]
        if isinstance(rules, FetchError):  # the site did not answer: nor will it for the page
            raise rules
        if rules == "none":
            raise FetchError("robots.txt answered with a server error: as RFC 9309 asks, nothing there is read")
        if rules == "all":
            return True
        delay = rules.crawl_delay(ROBOT_NAME)
        if delay and float(delay) > self._host(url).delay:
            self._host(url).delay = float(delay)
        return rules.can_fetch(ROBOT_NAME, url)

    def _robots(self, site: str) -> RobotFileParser | FetchError | str:
        """A site's robots.txt rules. As RFC 9309 says: none there (4xx) allows everything; a
        server error allows nothing, for now. A site that does not answer at all gives its error."""
        try:
            got = self._request(site + "/robots.txt")
        except FetchError as exc:
            text = str(exc)
            if text.startswith("HTTP 4"):
                return "all"
            return "none" if text.startswith("HTTP 5") else exc
        if isinstance(got, str):  # a redirected robots.txt: RFC 9309 follows it; kept simple, allow
            return "all"
        rules = RobotFileParser()
        rules.parse(got.body.decode("utf-8", "replace").splitlines())
        return rules


def _check_kind(got: Fetched, kind: str) -> None:
    if b"\x00" in got.body[:8192]:
        raise FetchError(f"binary response ({got.content_type or 'no content type'}), not a {kind}")
    if kind == "page" and got.content_type and got.content_type not in HTML_TYPES:
        raise FetchError(f"not an HTML page ({got.content_type})")


def _first_line(exc: BaseException) -> str:
    return (str(exc).splitlines() or [type(exc).__name__])[0][:120]
