"""HTML pages: the article's main text and its metadata (title, date, author, site, canonical URL).

Main text comes from trafilatura, made for exactly this: on saved news pages the whole-page text
is a third menus, link lists, captions and comments, each a source of false entities and facts
(bench/webpages.py measures it). Reader comments are left out: they are not the article. Only when
trafilatura finds no main text is the whole page read, and the build's summary says so.
"""
from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..model import Article, Notice, Skipped
from .dates import iso_date, unreadable
from .text import first_line

# trafilatura logs every page it finds too short or unparseable; kg reports those itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

WHOLE_PAGE = "no main text found; read the whole page's text"
# The largest page read: news pages are well under 1 MB, and a page of tens of megabytes is a
# data dump or an attack on the parser, not an article.
MAX_PAGE_BYTES = 10_000_000


@dataclass(frozen=True)
class Page:
    """What a page says of itself, beside its text; any of it may be missing."""

    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date
    author: str | None = None
    site: str | None = None
    url: str | None = None  # canonical


def main_text(html: str | bytes, url: str | None = None) -> Page | None:
    """The main text and metadata of a page, or None when no main text can be told apart."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, include_comments=False, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        return None
    text = "\n\n".join(_blocks(doc.text))
    return Page(text=text, title=doc.title or None, date=doc.date or None, author=doc.author or None,
                site=doc.sitename or None, url=doc.url or None)


def _blocks(text: str) -> list[str]:
    """trafilatura's text has one block a line and tables as "| a | b |" rows. A blank line between
    blocks, as in every other input, keeps a heading from running into the sentence after it; a
    table cell is a block of its own, without the rules and bars that would run through sentences."""
    blocks = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("|") and line.endswith("|"):
            blocks.extend(cell.strip() for cell in line.strip("|").split("|") if cell.strip(" -:"))
        elif line:
            blocks.append(line)
    return blocks


def whole_page(html: str | bytes) -> Page | None:
    """Every heading, paragraph and list item of a page (the fallback), with its meta tags."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()

    def meta(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content", "").strip():
                return tag["content"].strip()
        return None

    blocks = [b for el in soup.find_all(["h1", "h2", "h3", "p", "li"]) if (b := el.get_text(" ", strip=True))]
    body = "\n\n".join(blocks) if blocks else soup.get_text("\n", strip=True)
    if not body.strip():
        return None
    h1 = soup.find("h1")
    title = meta("og:title") or (h1.get_text(" ", strip=True) if h1 else None) or (
        soup.title.get_text(" ", strip=True) if soup.title else None)
    canonical = soup.find("link", rel="canonical")
    return Page(text=body, title=title, date=meta("article:published_time", "date", "pubdate"),
                author=meta("author", "article:author"), site=meta("og:site_name"),
                url=meta("og:url") or (canonical.get("href") if canonical else None))


# Where a page states when it was published, surest first (Open Graph's article tag, then the
# names news sites and Dublin Core use); each may give the time of day, which trafilatura's date drops.
DATE_METAS = ("article:published_time", "datePublished", "date", "pubdate", "publishdate", "dc.date.issued",
              "dcterms.created", "dc.date")


def stated_dates(html: str | bytes) -> Iterator[str]:
    """The publication dates a page states of itself, as written, surest first: meta tags, then
    JSON-LD ``datePublished``, then ``<time datetime>`` (one marked as the publication's first)."""
    import lxml.html

    try:
        root = lxml.html.fromstring(html.encode("utf-8") if isinstance(html, str) else html)
    except (ValueError, lxml.etree.ParserError):
        return
    metas = {}
    for tag in root.iter("meta"):
        name = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if name and (content := (tag.get("content") or "").strip()):
            metas.setdefault(name, content)
    yield from (metas[name.lower()] for name in DATE_METAS if name.lower() in metas)
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() == "application/ld+json":
            try:
                yield from _json_ld_dates(json.loads(script.text or ""))
            except (ValueError, RecursionError):
                continue
    times = [t for t in root.iter("time") if (t.get("datetime") or "").strip()
             and t.get("itemprop") != "dateModified"]  # an update is not the publication
    times.sort(key=lambda t: not (t.get("pubdate") is not None or t.get("itemprop") == "datePublished"))
    yield from (t.get("datetime").strip() for t in times)


def _json_ld_dates(data: object) -> Iterator[str]:
    if isinstance(data, dict):
        if isinstance(value := data.get("datePublished"), str):
            yield value
        for value in data.values():
            yield from _json_ld_dates(value)
    elif isinstance(data, list):
        for value in data:
            yield from _json_ld_dates(value)


def read_page(where: str, html: str | bytes, url: str | None = None) -> tuple[Page, Notice | None] | Skipped:
    """A page's text and metadata, with a notice when only the whole-page text could be read. The
    date is the one the page states, to the second where it gives the time, else trafilatura's
    (htmldate's) finding."""
    page = main_text(html, url)
    notice = None
    if page is None:
        page = whole_page(html)
        if page is None:
            return Skipped(where, "HTML page has no text")
        notice = Notice(where, WHOLE_PAGE)
    stated = list(stated_dates(html))
    date = next((date for value in stated if (date := iso_date(value))), None) or iso_date(page.date)
    if date is None and stated:  # a date the page gives that cannot be read is worth a word
        said = unreadable(where, stated[0])
        notice = said if notice is None else Notice(where, f"{notice.message}; {said.message}")
    return replace(page, date=date), notice


def article_from(page: Page, article_id: str, where: str, *, url: str | None = None, title: str | None = None,
                 date: str | None = None) -> Article:
    """An article from a page; ``url``, ``title`` and ``date`` stand in where the page lacks its own
    (a feed entry's title and date, a web archive's capture date)."""
    return Article(id=article_id, title=page.title or title or first_line(page.text), text=page.text, source=where,
                   url=page.url or url, date=page.date or iso_date(date), author=page.author, site=page.site)
