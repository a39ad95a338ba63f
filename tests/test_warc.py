"""Web archives: one article per HTML response, everything else passed over, memory flat in the
archive's size."""
from __future__ import annotations

import gc
import tracemalloc

import pytest

from kg.ingest import iter_articles, read_inputs
from tests.warcs import write_warc


def test_each_html_response_is_an_article_with_its_uri_and_date(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc.gz", 3)
    articles, skipped = read_inputs([warc])
    assert skipped == []
    assert [a.id for a in articles] == [f"https://news.example/story/{n}" for n in range(3)]
    first = articles[0]
    assert first.url == "https://news.example/story/0?utm_source=feed"
    assert first.date == "2024-05-01"  # the page's own date, not the capture's
    assert first.title == "Report number 0"
    assert "chief executive of Tidewright Energy" in first.text and "Home" not in first.text
    assert first.source == f"{warc}:https://news.example/story/0?utm_source=feed"


def test_uncompressed_warc_in_a_folder(tmp_path):
    write_warc(tmp_path / "crawl.warc", 2, gzip=False)
    articles, skipped = read_inputs([tmp_path])
    assert len(articles) == 2 and skipped == []


def test_a_damaged_archive_keeps_what_came_before_it(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc", 5, gzip=False)
    data = warc.read_bytes()
    cut = data.index(b"WARC/1.0", data.index(b"story/3?"))  # the record after story 3 starts here
    warc.write_bytes(data[:cut] + b"\x00\x01 not a record\r\n\r\n")
    articles, skipped = read_inputs([warc])
    assert [a.id.rsplit("/", 1)[1] for a in articles] == ["0", "1", "2", "3"]
    assert [str(s) for s in skipped] == [f"{warc}: damaged web archive after 6 HTTP responses (Invalid WARC record)"]


def test_a_huge_response_is_skipped_and_the_rest_read(tmp_path):
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    warc = write_warc(tmp_path / "crawl.warc", 2, gzip=False)
    with warc.open("ab") as out:
        writer = WARCWriter(out, gzip=False)
        body = b"<html><body><p>" + b"word " * 2_100_000 + b"</p></body></html>"
        http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/dump", "response", payload=BytesIO(body),
                                                      http_headers=http))
    articles, skipped = read_inputs([warc])
    assert len(articles) == 2
    assert [str(s) for s in skipped] == [f"{warc}:https://news.example/dump: page is over the 10,000,000-byte cap"]


def test_a_file_that_is_no_archive(tmp_path):
    bad = tmp_path / "empty.warc.gz"
    bad.write_bytes(b"")
    (tmp_path / "good.txt").write_text("Good\n\nFine text.", encoding="utf-8")
    articles, skipped = read_inputs([bad, tmp_path / "good.txt"])
    assert [a.id for a in articles] == ["good"]
    assert [str(s) for s in skipped] == [f"{bad}: web archive holds no HTTP responses"]


def _peak_reading(path) -> int:
    gc.collect()
    tracemalloc.start()
    try:
        for _ in iter_articles([path], []):
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.slow
def test_memory_is_flat_in_the_archive_size(tmp_path):
    small = write_warc(tmp_path / "small.warc.gz", 500)
    large = write_warc(tmp_path / "large.warc.gz", 5000)
    _peak_reading(small)  # imports and caches settle first
    small_peak, large_peak = _peak_reading(small), _peak_reading(large)
    # What grows with the archive is the reader's record of the ids, sources and text digests it
    # has seen, to read a repeated page once: about 360 bytes an article. Holding the articles
    # themselves would cost over 1,200 bytes each (text, title, id, source).
    assert large_peak - small_peak < 4500 * 500, (small_peak, large_peak)
