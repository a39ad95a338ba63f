"""`kg serve`: a read-only SPARQL 1.1 Protocol endpoint at /sparql, and graph.html at /.

HTTP is served by waitress, a production WSGI server: it refuses malformed requests (a
Content-Length of "abc" or -1) with 400 and bodies over the cap with 413, reads each request
whole before a thread handles it, and drops connections idle past a timeout. Queries run on
pyoxigraph in worker processes (kg.sparql.workers), each with a time limit and a cap on the size
of its answer; a query past its limit has its process killed and replaced, so it stops using CPU
and memory. Updates are refused, SERVICE is off unless allowed, and only the bound host names are
answered (kg.sparql.guard, host_names). It binds to 127.0.0.1 unless told otherwise.
"""
from __future__ import annotations

import base64
import hashlib
import re
import socket
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from urllib.parse import parse_qs

import pyoxigraph as ox

from .guard import problem
from .query import QUERY_PREFIXES, QueryError, execute
from .workers import Workers

RESULT_TYPES = {  # media type -> pyoxigraph results format
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {  # media type -> RDF syntax of CONSTRUCT and DESCRIBE answers
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,  # what SPARQLWrapper asks for by default
    "application/ld+json": ox.RdfFormat.JSON_LD,
}
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
    """What the endpoint answers, whatever serves its HTTP. ``store`` is shared with the worker
    processes by the fork; ``reopen``, if given, opens the store anew in each worker instead (a
    store on disk, whose handles a fork should not share)."""

    def __init__(self, store: ox.Store | None, page: bytes | None, timeout: float = 30.0,
                 max_bytes: int = 50_000_000, workers: int = 4, services: tuple[str, ...] = (),
                 hosts: frozenset[str] | None = None, reopen: Callable[[], ox.Store] | None = None,
                 cors: tuple[str, ...] = ()):
        self.store = store
        # Origins whose pages may read answers ("*": any). None by default: a web page the user
        # visits must not be able to read a private graph from a local endpoint.
        self.cors = cors
        self.reopen = reopen
        self.services = services  # IRI prefixes of the endpoints SERVICE may call; none by default
        self.hosts = hosts  # the Host header values accepted; None: any
        self.page = page
        self.page_policy = page_policy(page) if page is not None else NOTHING
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.workers = Workers(self._run, workers, setup=self._open)

    def _open(self) -> None:
        if self.reopen is not None:
            self.store = self.reopen()

    def answer(self, sparql: str, accept: str | None) -> Answer:
        if refused := problem(sparql, self.services):  # before the engine: it would crash, or fetch for anyone
            return text(HTTPStatus.BAD_REQUEST, refused)
        outcome, answer = self.workers.call(self.timeout, sparql, accept)
        if outcome == "timeout":
            return text(HTTPStatus.SERVICE_UNAVAILABLE, f"query timed out after {self.timeout:g} s")
        if outcome == "died":
            return text(HTTPStatus.INTERNAL_SERVER_ERROR, "the query ended its worker process; it was replaced")
        return answer

    def _run(self, sparql: str, accept: str | None) -> Answer:
        """In a worker process: the answer, whatever happens on the way (an error while results
        are serialised included)."""
        try:
            return self._query(sparql, accept)
        except Exception as exc:  # noqa: BLE001 - every request gets an answer with a body
            reason = (str(exc).splitlines() or [type(exc).__name__])[0]
            return text(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {reason}")

    def _query(self, sparql: str, accept: str | None) -> Answer:
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

    def close(self) -> None:
        self.workers.close()


def make_app(endpoint: Endpoint):
    """The endpoint as a WSGI application."""

    def app(environ, start_response):
        answer, policy = respond(endpoint, environ)
        status = HTTPStatus(answer.status)
        headers = [("Content-Type", answer.media_type), ("Content-Length", str(len(answer.body))),
                   ("Vary", "Accept, Origin"), ("X-Content-Type-Options", "nosniff"),
                   ("Content-Security-Policy", policy), *cors_headers(endpoint.cors, environ.get("HTTP_ORIGIN"))]
        start_response(f"{status.value} {status.phrase}", headers)
        return [] if environ["REQUEST_METHOD"] == "HEAD" else [answer.body]

    return app


def cors_headers(allowed: tuple[str, ...], origin: str | None) -> list[tuple[str, str]]:
    """CORS headers for a request from ``origin`` if it is allowed (or "*" is), else none: the
    browser then keeps the answer from the page that asked."""
    if not origin or not allowed or ("*" not in allowed and origin not in allowed):
        return []
    return [("Access-Control-Allow-Origin", "*" if "*" in allowed else origin),
            ("Access-Control-Allow-Methods", "GET, POST, OPTIONS"),
            ("Access-Control-Allow-Headers", "Accept, Content-Type"), ("Access-Control-Max-Age", "600")]


def respond(endpoint: Endpoint, environ) -> tuple[Answer, str]:
    """The answer to one request, and its Content-Security-Policy."""
    host = (environ.get("HTTP_HOST") or "").strip().lower()
    name = host[: host.index("]") + 1] if host.startswith("[") and "]" in host else host.rsplit(":", 1)[0]
    if endpoint.hosts is not None and host and name not in endpoint.hosts:
        return text(HTTPStatus.MISDIRECTED_REQUEST, f"this endpoint does not serve the host {name!r}; "
                    "its operator can allow it with kg serve --allow-host NAME"), NOTHING
    method, path = environ["REQUEST_METHOD"], environ.get("PATH_INFO") or "/"
    if method == "OPTIONS":  # a CORS preflight: the headers say whether the origin may ask
        return Answer(HTTPStatus.NO_CONTENT, "text/plain; charset=utf-8", b""), NOTHING
    if path == "/favicon.ico":  # browsers ask for it; there is none
        return Answer(HTTPStatus.NO_CONTENT, "image/x-icon", b""), NOTHING
    if method in ("GET", "HEAD") and path in {"/", "/index.html"}:
        if endpoint.page is None:
            return text(HTTPStatus.OK, "kg SPARQL endpoint: query at /sparql"), NOTHING
        return Answer(HTTPStatus.OK, "text/html; charset=utf-8", endpoint.page), endpoint.page_policy
    if path != "/sparql":
        return text(HTTPStatus.NOT_FOUND, f"no such resource {path}; the endpoint is /sparql"), NOTHING
    if method in ("GET", "HEAD"):
        return _from_params(endpoint, parse_qs(environ.get("QUERY_STRING", "")), environ), NOTHING
    if method != "POST":
        return text(HTTPStatus.METHOD_NOT_ALLOWED, "GET or POST a query to /sparql"), NOTHING
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return text(HTTPStatus.BAD_REQUEST, "Content-Length is not a number"), NOTHING
    if length > MAX_QUERY_BYTES:
        return text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "query too long"), NOTHING
    body = environ["wsgi.input"].read(length).decode("utf-8", errors="replace")
    ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
    if ctype == "application/sparql-update":
        return text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused"), NOTHING
    if ctype == "application/sparql-query":
        return endpoint.answer(body, environ.get("HTTP_ACCEPT")), NOTHING
    if ctype == "application/x-www-form-urlencoded":
        return _from_params(endpoint, parse_qs(body), environ), NOTHING
    return text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "POST application/sparql-query or application/x-www-form-urlencoded"), NOTHING


def _from_params(endpoint: Endpoint, params: dict[str, list[str]], environ) -> Answer:
    """A query given as a URL or form parameter (GET, or POST of a form)."""
    if "update" in params:
        return text(HTTPStatus.FORBIDDEN, "this endpoint is read-only: updates are refused")
    if "query" not in params:
        return text(HTTPStatus.BAD_REQUEST, "missing query parameter: /sparql?query=...")
    return endpoint.answer(params["query"][0], environ.get("HTTP_ACCEPT"))


class Server:
    """waitress serving the endpoint: the request-size cap, timeouts and keep-alive are its."""

    def __init__(self, endpoint: Endpoint, host: str, port: int, threads: int = 16, idle_timeout: float = 30.0):
        import logging

        from waitress.server import create_server

        # waitress warns on stderr whenever requests wait for a thread; under load that is normal.
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
        self.endpoint = endpoint
        # connection_limit bounds open sockets; a connection idle (or a body unfinished) for
        # idle_timeout seconds is closed, checked every cleanup_interval.
        self.wsgi = create_server(make_app(endpoint), host=host, port=port, threads=threads, ident="kg-sparql",
                                  max_request_body_size=MAX_QUERY_BYTES, channel_timeout=idle_timeout,
                                  cleanup_interval=max(0.5, min(5.0, idle_timeout / 2)),
                                  connection_limit=200, expose_tracebacks=False, clear_untrusted_proxy_headers=True)
        self.server_port = self.wsgi.effective_port
        self._answer_stalled_requests(idle_timeout)

    def _answer_stalled_requests(self, idle_timeout: float) -> None:
        """waitress closes a connection idle past its timeout without a word, even one whose
        request stopped half way (a body shorter than its Content-Length); such a client gets
        408 with a reason first. Runs in waitress's event loop, as its own maintenance does."""
        server, close_idle = self.wsgi, self.wsgi.maintenance
        body = f"request timed out: it did not arrive whole within {idle_timeout:g} s\n".encode()
        reply = (f"HTTP/1.1 408 Request Timeout\r\nContent-Type: text/plain; charset=utf-8\r\n"
                 f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n").encode() + body

        def maintenance(now: float) -> None:
            cutoff = now - server.adj.channel_timeout
            for channel in list(server.active_channels.values()):
                if (channel.request is not None and not channel.requests and channel.last_activity < cutoff
                        and not channel.close_when_flushed):
                    channel.write_soon(reply)
                    channel.close_when_flushed = True
            close_idle(now)

        server.maintenance = maintenance

    def serve_forever(self) -> None:
        self.wsgi.run()

    def shutdown(self) -> None:
        self.wsgi.close()

    def server_close(self) -> None:
        self.wsgi.close()
        self.endpoint.close()


def make_server(endpoint: Endpoint, host: str = "127.0.0.1", port: int = 7878, idle_timeout: float = 30.0) -> Server:
    return Server(endpoint, host, port, idle_timeout=idle_timeout)


__all__ = ["Endpoint", "Server", "host_names", "make_app", "make_server", "negotiate"]
