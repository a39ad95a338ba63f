"""kg serve cannot be turned against its host: SERVICE is off unless allowed by prefix, and a
query nested deep enough to crash the engine is refused before it reaches it. Each test starts a
real `kg serve` on 127.0.0.1."""
from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.test_serve import http

pytestmark = pytest.mark.model


class Remote:
    """Another SPARQL endpoint on loopback, the target a forged request would reach; it logs
    every request and answers one row."""

    def __init__(self):
        self.requests: list[str] = []
        remote = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def _answer(self):
                remote.requests.append(self.path)
                body = json.dumps({"head": {"vars": ["x"]},
                                   "results": {"bindings": [{"x": {"type": "literal", "value": "from afar"}}]}}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_POST(self):
                self.rfile.read(int(self.headers.get("Content-Length") or 0))
                self._answer()

            do_GET = _answer

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sparql"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def remote():
    r = Remote()
    yield r
    r.close()


def serve(graph, *options):
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(graph), "--port", "0", *options],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()
    match = re.search(r"SPARQL at (http://127\.0\.0\.1:\d+/sparql)", line)
    assert match, line + proc.stderr.read()
    return proc, match.group(1)


def ask(url, query):
    return http(url + "?" + urllib.parse.urlencode({"query": query}))


def test_service_is_refused_and_nothing_is_fetched(seed_build, remote):
    proc, url = serve(seed_build[1] / "graph.ttl")
    try:
        status, _, body = ask(url, f"SELECT * WHERE {{ SERVICE <{remote.url}> {{ ?x ?p ?o }} }}")
        assert status == 400 and body.startswith("SERVICE (a federated query) is off on this endpoint")
        status, _, body = ask(url, f"select * where {{ service silent <{remote.url}> {{ ?x ?p ?o }} }}")
        assert status == 400
        assert remote.requests == []
        # Ten SERVICE calls back to the endpoint itself: refused at once, the endpoint answers on.
        nested = "SELECT * WHERE { " + f"SERVICE <{url}> {{ " * 10 + "?s ?p ?o" + " }" * 10 + " }"
        assert ask(url, nested)[0] == 400
        assert ask(url, 'ASK { ?s rdfs:label "Sora" }')[0] == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_allowed_service_prefixes_are_called_and_no_others(seed_build, remote):
    proc, url = serve(seed_build[1] / "graph.ttl", "--allow-service", remote.url.rsplit("/", 1)[0] + "/")
    try:
        status, _, body = ask(url, f"SELECT ?x WHERE {{ SERVICE <{remote.url}> {{ ?x ?p ?o }} }}")
        assert status == 200, body
        assert [b["x"]["value"] for b in json.loads(body)["results"]["bindings"]] == ["from afar"]
        assert len(remote.requests) == 1
        status, _, body = ask(url, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?x ?p ?o } }")
        assert status == 400 and "is not allowed on this endpoint" in body
        status, _, body = ask(url, "SELECT * WHERE { SERVICE ?where { ?x ?p ?o } }")
        assert status == 400 and "full <IRI>" in body
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_deeply_nested_query_gets_400_and_the_endpoint_lives(seed_build):
    proc, url = serve(seed_build[1] / "graph.ttl")
    try:
        deep = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
        status, _, body = ask(url, deep)
        assert status == 400 and "nests brackets more than 200 deep" in body
        assert ask(url, 'ASK { ?s rdfs:label "Sora" }')[0] == 200
        assert proc.poll() is None
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_kg_query_refuses_a_deeply_nested_query_in_one_line(seed_build, tmp_path):
    query = tmp_path / "deep.rq"
    query.write_text("SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "kg", "query", "-f", str(query), "--graph",
                           str(seed_build[1] / "graph.ttl")], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"Error: {query}: the query nests brackets more than 200 deep; no real query needs that"]


def raw(url: str, request: bytes, wait: float = 10) -> tuple[int | None, dict[str, str], bytes]:
    """Send bytes no HTTP client would, and read the reply: (status, headers, body), or (None, {},
    b"") when the server closed the connection without one."""
    import socket

    parts = urllib.parse.urlsplit(url)
    data = b""
    with socket.create_connection((parts.hostname, parts.port), timeout=wait) as sock:
        try:
            sock.sendall(request)
            while chunk := sock.recv(65536):
                data += chunk
        except (TimeoutError, ConnectionResetError, BrokenPipeError):
            pass  # a server that answers on the headers may close before the whole body is sent
    if not data:
        return None, {}, b""
    head, _, body = data.partition(b"\r\n\r\n")
    status, *lines = head.decode("latin-1").split("\r\n")
    return int(status.split()[1]), dict(line.split(": ", 1) for line in lines), body


def raw_get(url: str, host: str) -> tuple[int, dict[str, str]]:
    """A GET with the Host header a DNS-rebinding page would send (urllib sets its own)."""
    status, headers, _ = raw(url, f"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
                             .encode())
    return status, headers


def test_only_the_bound_host_names_are_served(seed_build):
    proc, url = serve(seed_build[1] / "graph.ttl", "--allow-host", "kg.internal")
    port = urllib.parse.urlsplit(url).port
    try:
        assert raw_get(url, f"attacker.example:{port}")[0] == 421
        assert raw_get(url, "attacker.example")[0] == 421
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", "kg.internal", f"KG.internal:{port}"):
            status, headers = raw_get(url, host)
            assert status == 200, host
            assert headers["X-Content-Type-Options"] == "nosniff"
            assert headers["Content-Security-Policy"].startswith("default-src 'none'")
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    proc, url = serve(seed_build[1] / "graph.ttl", "--any-host")
    try:
        assert raw_get(url, "attacker.example")[0] == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.browser
def test_the_served_page_runs_only_its_own_scripts(browser, seed_build):
    proc, url = serve(seed_build[1] / "graph.ttl")
    root = url.removesuffix("sparql")
    try:
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        violations, errors = [], []
        page.on("console", lambda m: violations.append(m.text) if "Content Security Policy" in m.text else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        response = page.goto(root)
        policy = response.headers["content-security-policy"]
        assert "script-src 'sha256-" in policy and "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]
        page.wait_for_selector("body[data-drawn=true]", timeout=30_000)
        assert violations == [] and errors == []
        # A script the page did not ship is not run, inline or injected.
        page.evaluate("""() => { const s = document.createElement('script');
                                 s.textContent = 'window.__injected = 1'; document.body.appendChild(s); }""")
        assert page.evaluate("window.__injected") is None
        assert any("Content Security Policy" in v for v in violations)
        context.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def post(length: str, body: bytes, ctype: str = "application/sparql-query") -> bytes:
    return (f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: {ctype}\r\nContent-Length: {length}\r\n"
            f"Connection: close\r\n\r\n").encode() + body


def test_malformed_requests_get_an_answer_with_a_body(seed_build):
    import socket
    import time

    proc, url = serve(seed_build[1] / "graph.ttl", "--idle-timeout", "1")
    try:
        for length in ("abc", "1e3", "-1"):
            status, _, body = raw(url, post(length, b"ASK {}"))
            assert status == 400 and body, length
        # Over the 1 MB cap: answered on the headers, whatever follows (the first 64 KB are sent).
        status, _, body = raw(url, post("2000000", b"x" * 65_536))
        assert status == 413 and body
        status, _, body = raw(url, post("-1", b"x" * 65_536))
        assert status == 400 and body
        # SERVICE on an unbound variable failed while its results were serialised, and no answer
        # was sent at all; now it is refused with a reason, and an engine error would be a 500.
        status, _, body = raw(url, post("45", b"SELECT * WHERE { SERVICE ?x { ?s ?p ?o } }   "))
        assert status == 400 and b"SERVICE" in body
        # A body shorter than its Content-Length holds no handler: other requests are answered, and
        # the idle connection is closed after --idle-timeout.
        hanging = []
        for _ in range(20):
            sock = socket.create_connection(("127.0.0.1", urllib.parse.urlsplit(url).port), timeout=10)
            sock.sendall(post("100", b"ASK {"))
            hanging.append(sock)
        started = time.monotonic()
        assert ask(url, 'ASK { ?s rdfs:label "Sora" }')[0] == 200 and time.monotonic() - started < 1
        reply = hanging[0].recv(1000)  # answered, then closed, after --idle-timeout
        assert reply.startswith(b"HTTP/1.1 408 ") and b"did not arrive whole" in reply
        assert time.monotonic() - started < 8
        for sock in hanging:
            sock.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def _children(pid: int) -> list[str]:
    """The child processes of ``pid``, started by any of its threads."""
    from pathlib import Path

    return [c for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()]


def _memory(pid: int) -> int:
    """Resident kB of a process and its children."""
    from pathlib import Path

    def rss(p: str) -> int:
        return int(re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{p}/status").read_text()).group(1))

    return rss(str(pid)) + sum(rss(c) for c in _children(pid) if Path(f"/proc/{c}").exists())


def test_timed_out_queries_stop_and_the_endpoint_answers_at_once(seed_build):
    import concurrent.futures
    import time

    proc, url = serve(seed_build[1] / "graph.ttl", "--timeout", "1", "--workers", "2")
    try:
        assert ask(url, 'ASK { ?s rdfs:label "Sora" }')[0] == 200
        before = _memory(proc.pid)
        cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        with concurrent.futures.ThreadPoolExecutor(10) as pool:
            statuses = list(pool.map(lambda _: ask(url, cartesian)[0], range(10)))
        assert statuses == [503] * 10
        started = time.monotonic()
        assert ask(url, 'ASK { ?s rdfs:label "Sora" }')[0] == 200
        assert time.monotonic() - started < 1
        time.sleep(0.5)
        after = _memory(proc.pid)
        assert after < before * 1.2, (before, after)
        # No worker is still computing: each one's state is sleeping, not running.
        from pathlib import Path

        states = [Path(f"/proc/{c}/stat").read_text().split(")")[1].split()[0] for c in _children(proc.pid)]
        assert len(states) == 2 and "R" not in states, states
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_a_worker_ends_when_the_server_end_of_its_pipe_is_gone():
    # however the server went (killed before a worker asked Linux to take it along), a worker
    # left behind would keep the server's stdout open for ever
    from kg.sparql.workers import Workers

    workers = Workers(run=lambda: None, size=1)
    (worker,) = workers.all
    assert workers.call(5)[0] == "ok"
    worker.conn.close()
    worker.process.join(timeout=5)
    alive = worker.process.is_alive()
    if alive:
        worker.process.kill()
    assert not alive


@pytest.mark.browser
def test_a_page_from_another_origin_reads_answers_only_when_allowed(browser, seed_build):
    # YASGUI-like: a page served from one origin queries the endpoint at another with fetch().
    page_html = b"<html><body>client</body></html>"

    class Client(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(page_html)))
            self.end_headers()
            self.wfile.write(page_html)

    site = ThreadingHTTPServer(("127.0.0.1", 0), Client)
    threading.Thread(target=site.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{site.server_address[1]}"
    script = """async (url) => {
        try {
            const r = await fetch(url, {method: 'POST', headers: {'Content-Type': 'application/sparql-query',
                                  'Accept': 'application/sparql-results+json'}, body: 'ASK { ?s rdfs:label "Sora" }'});
            return (await r.json()).boolean;
        } catch (e) { return 'blocked'; } }"""
    try:
        for options, expected in (((), "blocked"), (("--cors", origin), True), (("--cors", "*"), True)):
            proc, url = serve(seed_build[1] / "graph.ttl", *options)
            try:
                page = browser.new_page()
                page.goto(origin + "/")
                assert page.evaluate(script, url) == expected, options
                page.close()
            finally:
                proc.terminate()
                proc.wait(timeout=10)
    finally:
        site.shutdown()
        site.server_close()
