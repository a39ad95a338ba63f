"""Web archives written for the tests with warcio: news-like pages, and the records a crawl holds
besides them (requests, images, redirects)."""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

FIRST = ["Amara", "Bruno", "Chiara", "Dmitri", "Elif", "Farid", "Greta", "Hiro", "Ines", "Jonas"]
LAST = ["Okonkwo", "Lindqvist", "Moreau", "Petrov", "Yilmaz", "Haddad", "Almqvist", "Tanaka", "Marlow", "Weber"]
FIRMS = ["Tidewright Energy", "Kestrel Motors", "Orbis Foods", "Lumen Rail", "Brightwater Bank"]


def paragraphs(n: int) -> list[str]:
    """Story ``n``: it names a person and a company from short lists, so that the entities of a
    large corpus do not grow with it while every text differs."""
    person = f"{FIRST[n % 10]} {LAST[n // 10 % 10]}"
    firm = FIRMS[n % len(FIRMS)]
    return [f"{person}, the chief executive of {firm}, said on Monday that order book {n} was full "
            f"and that the company would hire more engineers this year.",
            f"The shares of {firm} rose after the statement, and analysts said the figures for "
            f"quarter {n} had beaten what the market expected."]


def page(n: int) -> bytes:
    """Story ``n`` as a small news page, with a menu around it."""
    return (f"<html><head><title>Report {n}</title>"
            f'<meta property="article:published_time" content="2024-05-{n % 28 + 1:02d}"></head><body>'
            f"<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Report number {n}</h1>"
            + "".join(f"<p>{p}</p>" for p in paragraphs(n)) + "</article></body></html>").encode()


def write_warc(path: Path, responses: int, gzip: bool = True) -> Path:
    """A WARC with ``responses`` HTML pages, and around them a request, an image and a redirect
    every hundred pages."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)

        def record(uri: str, kind: str, status: str, content_type: str, body: bytes, extra=()) -> None:
            http = StatusAndHeaders(status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, kind, payload=BytesIO(body), http_headers=http if kind == "response" else None,
                warc_headers_dict={"WARC-Date": "2024-06-01T12:00:00Z"}))

        for n in range(responses):
            if n % 100 == 0:
                record(f"https://news.example/img/{n}.png", "response", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n")
                record(f"https://news.example/old/{n}", "response", "301 Moved Permanently", "text/html", b"",
                       [("Location", f"https://news.example/story/{n}")])
            record(f"https://news.example/story/{n}?utm_source=feed", "response", "200 OK",
                   "text/html; charset=utf-8", page(n))
    return path
