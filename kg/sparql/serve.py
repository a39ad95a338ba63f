"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint at /sparql, and graph.html at /.

Queries run on pyoxigraph in a fixed pool of worker threads, each with a time limit and a cap on
the size of its answer; updates are refused. pyoxigraph cannot cancel a running query, so a query
that times out is answered 503 at once while its worker finishes in the background; the fixed
pool bounds how much CPU such queries can hold. Standard library HTTP server: it binds to
127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

import base64
import concurrent.futures
import hashlib
import re
import socket
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .guard import problem
from .query import QUERY_PREFIXES, QueryError, execute

RESULT_TYPES = {  # media type -> pyoxigraph results format
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES}
MAX_QUERY_BYTES = 1_000_000
LOOPBACK = frozenset({"localhost", "127.0.0.1", "[::1]", "::1"})
# Every answer but the page may run nothing and load nothing.
NOTHING = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"


def page_policy(page: bytes) -> str:
    """The Content-Security-Policy of graph.html: its own inline scripts, by their hashes, and
    nothing else; inline styles and data: images (drawn icons); queries back to this endpoint."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(code).digest()).decode()}'"
                      for code in re.findall(rb"<script>(.*?)</script>", page, flags=re.S))
    return (f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:; font-src data:; "
            "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'")


def host_names(bound: str, allowed: tuple[str, ...] = ()) -> frozenset[str]:
    """The names a request's Host header may give: the bound address, this machine's names when
    bound to every interface or to loopback, and ``allowed``. A page that rebinds its own DNS name
    to 127.0.0.1 sends its own name, and is refused."""
    names = {bound.lower(), f"[{bound.lower()}]", *map(str.lower, allowed)}
    if bound in LOOPBACK or bound.startswith("127."):
        names |= LOOPBACK
    if bound in ("0.0.0.0", "::", ""):
        names |= LOOPBACK | {socket.gethostname().lower(), socket.getfqdn().lower()}
    return frozenset(names)


@dataclass
class Answer:
    status: int
    media_type: str
    body: bytes


def negotiate(accept: str | None, offered: list[str]) -> str | None:
    """The offered media type the Accept header likes best (first offered on ties); None if none."""
    if not accept:
        return offered[0]
    ranges = []
    for part in accept.split(","):
        fields = [f.strip() for f in part.split(";")]
        q = 1.0
        for f in fields[1:]:
            if f.startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        ranges.append((fields[0].lower(), q))
    best, best_q = None, 0.0
    for media in offered:
        kind = media.split("/")[0]
        q = max((q for r, q in ranges if r in {media, f"{kind}/*", "*/*"}), default=0.0)
        if q > best_q:
            best, best_q = media, q
    return best


def text(status: int, message: str) -> Answer:
    return Answer(status, "text/plain; charset=utf-8", (message + "\n").encode())


class Endpoint:
    def __init__(self, store: ox.Store, page: bytes | None, timeout: float = 30.0, max_bytes: int = 50_000_000,
                 workers: int = 8, services: tuple[str, ...] = (), hosts: frozenset[str] | None = None):
        self.store = store
        self.services = services  # IRI prefixes of the endpoints SERVICE may call; none by default
        self.hosts = hosts  # the Host header values accepted; None: any
        self.page = page
        self.page_policy = page_policy(page) if page is not None else NOTHING
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.pool = concurrent.futures.ThreadPoolExecutor(max_workers=workers)

    def answer(self, sparql: str, accept: str | None) -> Answer:
        if refused := problem(sparql, self.services):  # before the engine: it would crash, or fetch for anyone
            return text(HTTPStatus.BAD_REQUEST, refused)
        future = self.pool.submit(self._run, sparql, accept)
        try:
            return future.result(timeout=self.timeout)
        except concurrent.futures.TimeoutError:
            return text(HTTPStatus.SERVICE_UNAVAILABLE, f"query timed out after {self.timeout:g} s")

    def _run(self, sparql: str, accept: str | None) -> Answer:
        try:
            result = execute(self.store, sparql, "query")
        except QueryError as exc:
            return text(HTTPStatus.BAD_REQUEST, str(exc).removeprefix("query: "))
        if isinstance(result, ox.QueryTriples):
            media = negotiate(accept, list(GRAPH_TYPES))
            if media is None:
                return text(HTTPStatus.NOT_ACCEPTABLE, "CONSTRUCT and DESCRIBE answer in: " + ", ".join(GRAPH_TYPES))
            fmt = GRAPH_TYPES[media]
            body = ox.serialize(result, format=fmt, prefixes=QUERY_PREFIXES) if fmt == ox.RdfFormat.TURTLE \
                else ox.serialize(result, format=fmt)
        else:
            media = negotiate(accept, list(RESULT_TYPES))
            if media is None:
                return text(HTTPStatus.NOT_ACCEPTABLE, "results come in: " + ", ".join(RESULT_TYPES))
            body = result.serialize(format=RESULT_TYPES[media])
        if len(body) > self.max_bytes:
            return text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                        f"the answer is {len(body):,} bytes, over the {self.max_bytes:,}-byte cap; add a LIMIT")
        charset = "; charset=utf-8" if media.startswith(("text/", "application/n-")) else ""
        return Answer(HTTPStatus.OK, media + charset, body)


def make_handler(endpoint: Endpoint):
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql"

        def log_message(self, fmt, *args):  # quiet by default; errors still reach the client
            pass

        def _send(self, answer: Answer, policy: str = NOTHING) -> None:
            self.send_response(answer.status)
            self.send_header("Content-Type", answer.media_type)
            self.send_header("Content-Length", str(len(answer.body)))
            self.send_header("Vary", "Accept")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("Content-Security-Policy", policy)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(answer.body)

        def _foreign_host(self) -> bool:
            """Answer 421 to a request for a host name this endpoint does not serve."""
            host = (self.headers.get("Host") or "").strip().lower()
            name = host[: host.index("]") + 1] if host.startswith("[") and "]" in host else host.rsplit(":", 1)[0]
            if endpoint.hosts is None or not host or name in endpoint.hosts:
                return False
            self._send(text(HTTPStatus.MISDIRECTED_REQUEST, f"this endpoint does not serve the host {name!r}; "
                            "its operator can allow it with kg serve --allow-host NAME"))
            return True

        def do_GET(self) -> None:  # noqa: N802 - the http.server API
            if self._foreign_host():
                return
            url = urlsplit(self.path)
            if url.path in {"/", "/index.html"}:
                if endpoint.page is None:
                    self._send(text(HTTPStatus.OK, "kg SPARQL endpoint: query at /sparql"))
                else:
                    self._send(Answer(HTTPStatus.OK, "text/html; charset=utf-8", endpoint.page), endpoint.page_policy)
                return
            if url.path != "/sparql":
                self._send(text(HTTPStatus.NOT_FOUND, f"no such resource {url.path}; the endpoint is /sparql"))
                return
            self._answer_params(parse_qs(url.query))

        do_HEAD = do_GET

        def _answer_params(self, params: dict[str, list[str]]) -> None:
            """A query given as a URL or form parameter (GET, or POST of a form)."""
            if "update" in params:
                self._send(text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused"))
            elif "query" not in params:
                self._send(text(HTTPStatus.BAD_REQUEST, "missing query parameter: /sparql?query=..."))
            else:
                self._send(endpoint.answer(params["query"][0], self.headers.get("Accept")))

        def do_POST(self) -> None:  # noqa: N802
            if self._foreign_host():
                return
            if urlsplit(self.path).path != "/sparql":
                self._send(text(HTTPStatus.NOT_FOUND, "the endpoint is /sparql"))
                return
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_QUERY_BYTES:
                self._send(text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too long"))
                return
            body = self.rfile.read(length).decode("utf-8", errors="replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                self._send(text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused"))
            elif ctype == "application/sparql-query":
                self._send(endpoint.answer(body, self.headers.get("Accept")))
            elif ctype == "application/x-www-form-urlencoded":
                self._answer_params(parse_qs(body))
            else:
                self._send(text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                                "POST application/sparql-query or application/x-www-form-urlencoded"))

    return Handler


class Server(ThreadingHTTPServer):
    # The default listen backlog of 5 refuses connections when a few dozen clients arrive at once.
    request_queue_size = 128
    daemon_threads = True


def make_server(endpoint: Endpoint, host: str = "127.0.0.1", port: int = 7878) -> ThreadingHTTPServer:
    server = Server((host, port), make_handler(endpoint))
    return server


__all__ = ["Endpoint", "host_names", "make_server", "negotiate"]
