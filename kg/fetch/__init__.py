"""Reading the news where it is published: web pages by URL and the entries of RSS, Atom and JSON
feeds, fetched politely (kg.fetch.client) and read as any saved page is (kg.ingest.html).

``read_web`` turns URLs and feeds into the same Article, Skipped and Notice records a file gives,
so the rest of the build does not know where an article came from.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..ingest.html import article_from, read_page
from ..ingest.urls import normalize
from ..model import Article, Notice, Skipped
from .client import Fetched, Fetcher, FetchError, FetchOptions
from .feeds import Entry, read_feed

__all__ = ["FetchOptions", "Fetcher", "read_web"]


def read_web(urls: Iterable[str], feeds: Iterable[str], fetcher: Fetcher) -> Iterator[Article | Skipped | Notice]:
    """The pages at ``urls`` and those each feed in ``feeds`` lists, in that order; every page or
    feed that fails is one Skipped record naming its URL, and the rest are read."""
    wanted: list[tuple[str, Entry | None]] = [(url, None) for url in urls]
    for feed in feeds:
        try:
            got = fetcher.get(feed, kind="feed")
        except FetchError as exc:
            yield Skipped(feed, str(exc))
            continue
        entries, problem = read_feed(got.body, got.content_type)
        linked = [entry for entry in entries if entry.link]
        if problem and not linked:
            yield Skipped(feed, problem)
            continue
        if problem:  # what could be recovered is read, and the feed's fault is said once
            yield Notice(feed, f"{problem}; read the {len(linked)} entries with a link")
        elif len(linked) < len(entries):
            yield Notice(feed, f"{len(entries) - len(linked)} feed entries have no link")
        wanted.extend((entry.link, entry) for entry in linked)
    # A page two feeds (or a feed and the command line) both name is fetched once.
    once: dict[str, tuple[str, Entry | None]] = {}
    for url, entry in wanted:
        once.setdefault(normalize(url), (url, entry))
    wanted = list(once.values())
    for (url, entry), outcome in zip(wanted, fetcher.get_all([url for url, _ in wanted])):
        if isinstance(outcome, FetchError):
            yield Skipped(url, str(outcome))
        else:
            yield from _article(outcome, entry)


def _article(got: Fetched, entry: Entry | None) -> Iterator[Article | Skipped | Notice]:
    read = read_page(got.url, got.body, url=got.url)
    if isinstance(read, Skipped):
        yield read
        return
    page, notice = read
    if notice:
        yield notice
    # One id per article however it was reached: the page's canonical URL, else where it was found.
    yield article_from(page, normalize(page.url or got.url), got.url, url=got.url,
                       title=entry.title if entry else None, date=entry.date if entry else None)
