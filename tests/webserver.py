"""A news site on 127.0.0.1 for the fetching tests: pages, feeds, a robots.txt, redirects, a slow
page, a huge page, a 404, an image and a broken feed. It answers conditional requests and logs
every request with its status, so tests can count what was really sent."""
from __future__ import annotations

import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORY = """<html><head><title>{title} | The Harbour Post</title>
<meta property="og:site_name" content="The Harbour Post">
<meta property="article:published_time" content="{date}">
<link rel="canonical" href="{base}/news/{slug}.html"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe now</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<footer>Copyright The Harbour Post</footer></body></html>"""

TEXTS = {
    "turbines": ("Tidal turbines switched on", "2024-03-14", [
        "Greta Almqvist, chief executive of Tidewright Energy, switched on eight tidal turbines in the estuary on "
        "Thursday after eleven years of planning and two public inquiries.",
        "Tidewright Energy, based in Aberdeen, says the turbines will light a fifth of the town's homes, and that "
        "the blades stop by themselves when seals swim close to the channel.",
        "The harbour master, Tobias Reyne, said the fishing fleet had lost a mooring to the control building."]),
    "ferry": ("New ferry for the island route", "2024-04-02", [
        "Marta Kowalczyk, managing director of Skerry Ferries, named the company's new boat in a ceremony at the "
        "quay on Tuesday.",
        "The boat carries forty cars and three hundred passengers, and its batteries charge at the pier while "
        "passengers board, the company said.",
        "Islanders had campaigned for a larger ferry since the old one broke down twice in one winter."]),
}


def story(base: str, slug: str) -> str:
    title, date, paragraphs = TEXTS[slug]
    return STORY.format(title=title, date=date, base=base, slug=slug,
                        paragraphs="".join(f"<p>{p}</p>" for p in paragraphs))


def rss(base: str, links: list[str]) -> str:
    items = "".join(f"<item><title>Entry {i}</title><link>{base}{link}</link>"
                    f"<pubDate>Tue, 14 May 2024 10:00:00 GMT</pubDate></item>" for i, link in enumerate(links))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>{items}</channel></rss>'


class NewsSite:
    """``routes`` maps a path to (status, content type, body, extra headers); tests may change it
    between runs. An extra Content-Length replaces the true one; None sends none (the body ends
    when the connection closes). ``log`` holds (method, path, status) for every request."""

    def __init__(self):
        self.log: list[tuple[str, str, int]] = []
        self.agents: set[str] = set()  # the User-Agent of every request
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.routes: dict[str, tuple[int, str, bytes, dict]] = {}
        self.set_defaults()

    def set_defaults(self) -> None:
        b = self.base
        html = "text/html; charset=utf-8"
        self.page("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
        self.page("/news/turbines.html", story(b, "turbines"), html)
        self.page("/news/ferry.html", story(b, "ferry"), html)
        self.page("/amp/turbines", story(b, "turbines").replace("<nav>", "<nav>AMP "), html)
        self.page("/private/memo.html", story(b, "ferry"), html)
        self.page("/feed.xml", rss(b, ["/news/turbines.html?utm_source=rss", "/news/ferry.html", "/amp/turbines"]),
                  "application/rss+xml")
        self.page("/atom.xml", '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>H</title>'
                  f'<entry><title>Ferry</title><link href="{b}/news/ferry.html"/><updated>2024-04-02T08:00:00Z</updated>'
                  '</entry></feed>', "application/atom+xml")
        self.page("/feed.json", json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "H", "items": [
            {"id": "1", "url": f"{b}/news/turbines.html", "title": "Turbines", "date_published": "2024-03-14T09:00:00Z"}]}),
            "application/feed+json")
        self.page("/broken.xml", '<?xml version="1.0"?><rss><channel><item><title>Unclosed', "application/rss+xml")
        self.page("/image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image/png")
        self.page("/huge.html", "<html><body>" + "<p>" + "word " * 4_000_000 + "</p></body></html>", html)
        self.routes["/go"] = (302, html, b"", {"Location": "/news/turbines.html"})
        self.routes["/loop1"] = (302, html, b"", {"Location": "/loop2"})
        self.routes["/loop2"] = (302, html, b"", {"Location": "/loop1"})
        self.routes["/to-file"] = (302, html, b"", {"Location": "file:///etc/passwd"})

    def page(self, path: str, body: str | bytes, content_type: str) -> None:
        data = body.encode() if isinstance(body, str) else body
        etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
        self.routes[path] = (200, content_type, data, {"ETag": etag, "Last-Modified": "Tue, 14 May 2024 10:00:00 GMT"})

    def requests(self, status: int | None = None) -> list[str]:
        return [path for _, path, code in self.log if status is None or code == status]

    def _handler(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # the tests read site.log instead
                pass

            def do_GET(self):
                path = self.path.split("?")[0]
                if path == "/slow.html":
                    time.sleep(3)
                    return self._send(200, "text/html", b"<html><body><p>Late.</p></body></html>", {})
                if path not in site.routes:
                    return self._send(404, "text/plain", b"not found", {})
                status, content_type, body, headers = site.routes[path]
                if status == 200 and "ETag" in headers and self.headers.get("If-None-Match") == headers["ETag"]:
                    return self._send(304, None, b"", {"ETag": headers["ETag"]})
                self._send(status, content_type, body, headers)

            def _send(self, status, content_type, body, headers):
                site.log.append(("GET", self.path, status))
                site.agents.add(self.headers.get("User-Agent", ""))
                self.send_response(status)
                if content_type:
                    self.send_header("Content-Type", content_type)
                for key, value in headers.items():
                    if value is not None:
                        self.send_header(key, value)
                if status != 304 and "Content-Length" not in headers:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on a huge or slow page, as it should

        return Handler

    def __enter__(self):
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
