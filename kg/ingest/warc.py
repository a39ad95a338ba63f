"""Web archives (WARC, as in Common Crawl's news crawl): one article per HTML response, streamed
record by record so that memory stays flat however large the file."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..model import Article, Notice, Skipped
from .html import MAX_PAGE_BYTES, article_from, read_page
from .urls import normalize

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path) -> Iterator[Article | Notice | Skipped]:
    """Every successful HTML response in the archive, as an article with the WARC target URI as its
    URL (and id) and the capture date standing in for a publication date the page does not give.
    Other records (requests, metadata, images, scripts, redirects) are what a crawl holds besides
    pages, and are passed over without a word."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    try:
        file = path.open("rb")
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
        return
    with file:
        records = 0
        try:
            for record in ArchiveIterator(file):
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                records += 1
                if record.http_headers.get_statuscode() != "200":
                    continue
                content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if content_type not in HTML_TYPES:
                    continue
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                where = f"{path}:{uri}" if uri else f"{path}:record {records}"
                html = record.content_stream().read(MAX_PAGE_BYTES + 1)
                if len(html) > MAX_PAGE_BYTES:
                    yield Skipped(where, f"page is over the {MAX_PAGE_BYTES:,}-byte cap")
                    continue
                read = read_page(where, html, url=uri or None)
                if isinstance(read, Skipped):
                    yield read
                    continue
                page, notice = read
                if notice:
                    yield notice
                captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
                article_id = normalize(page.url or uri) if (page.url or uri) else f"{path.stem}-{records}"
                yield article_from(page, article_id, where, url=uri or None, date=captured)
        except (ArchiveLoadFailed, OSError, EOFError, ValueError) as exc:
            # warcio quotes the bad bytes after ", first line:"; they are binary as often as not
            what = str(exc).splitlines()[0].split(", first line")[0][:100] if str(exc) else type(exc).__name__
            yield Skipped(str(path), f"damaged web archive after {records} HTTP responses ({what})")
            return
    if not records:
        yield Skipped(str(path), "web archive holds no HTTP responses")
