"""A real `kg serve` on loopback, tried as an attacker and a crowd would: prints figures.

    .venv/bin/python bench/serve_hardening.py STORE_OR_GRAPH [--clients 20] [--seconds 60]

1. SSRF: a query with SERVICE pointed at a second local endpoint; what the server answers and
   how many requests reached that endpoint.
2. Nesting: a 10 KB query with 5,000 nested parentheses; the answer and whether the server lives.
3. Timeouts: ten cartesian products past --timeout 2, then a normal query: its latency, and the
   server's memory (with its query workers; proportional set size, so that the pages the
   workers share with the server count once) before, at the peak and after.
4. Content-Length: abc, 1e3, -1, -1 with a 60 MB body, and longer than the body sent.
5. Load: N clients sending the named queries for S seconds: answers, errors, p50/p99 latency and
   memory before and after.
"""
from __future__ import annotations

import argparse
import random
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.sparql.query import named_queries

# The named queries, with parameters as a VALUES block (the SPARQL Protocol has no parameter binding).
PARAMS = {"evidence": {"name": "Tony Blair"}, "articles": {"name": "Microsoft"}, "people_at": {"org": "Microsoft"},
          "central_in_class": {"class": "Person"}}


def with_values(text: str, params: dict[str, str]) -> str:
    head, sep, body = text.partition("WHERE {")
    return head + sep + "".join(f' VALUES ?{k} {{ "{v}" }}' for k, v in params.items()) + body


def memory_mb(pid: int) -> float:
    """Proportional set size of the server and its workers: pages the fork shares count once."""
    def rss(p: str) -> int:
        try:
            return int(re.search(r"Pss:\s+(\d+)", Path(f"/proc/{p}/smaps_rollup").read_text()).group(1))
        except (OSError, AttributeError):
            return 0

    children = [c for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()]
    return (rss(str(pid)) + sum(rss(c) for c in children)) / 1024


def get(url: str, query: str, timeout: float = 120) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url + "?" + urllib.parse.urlencode({"query": query}), timeout=timeout) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()


def raw(port: int, head: bytes, body: bytes, wait: float) -> str:
    """Send the head, then the body while reading: a server may answer on the head alone."""
    data = b""
    with socket.create_connection(("127.0.0.1", port), timeout=wait) as sock:
        def send() -> None:
            try:
                sock.sendall(body)
            except OSError:
                pass  # the server answered and closed before the whole body was sent

        sock.sendall(head)
        sender = threading.Thread(target=send, daemon=True)
        sender.start()
        try:
            while chunk := sock.recv(65536):
                data += chunk
        except (TimeoutError, ConnectionResetError):
            pass
    return data.split(b"\r\n", 1)[0].decode() if data else "(closed, no reply)"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("graph")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", args.graph, "--port", "0", "--timeout", "2",
                             "--idle-timeout", "5"], stdout=subprocess.PIPE, text=True, cwd=ROOT)
    url = re.search(r"SPARQL at (\S+/sparql)", proc.stdout.readline()).group(1)
    port = urllib.parse.urlsplit(url).port
    try:
        hits = []

        class Target(BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def do_POST(self):
                hits.append(self.path)
                self.send_response(200)
                self.end_headers()

            do_GET = do_POST

        target = ThreadingHTTPServer(("127.0.0.1", 0), Target)
        threading.Thread(target=target.serve_forever, daemon=True).start()
        status, body = get(url, f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{target.server_port}/sparql> {{ ?x ?p ?o }} }}")
        print(f"1. SSRF: SERVICE to a local endpoint -> {status} ({body.strip()[:60]}...); requests that reached it: {len(hits)}")
        target.shutdown()

        deep = "SELECT * WHERE { FILTER(" + "(" * 5000 + "1" + ")" * 5000 + ") }"
        status, body = get(url, deep)
        alive = get(url, "ASK { ?s ?p ?o }")[0]
        print(f"2. nesting: {len(deep):,}-byte query, 5,000 parentheses deep -> {status} ({body.strip()}); "
              f"then ASK -> {alive}, server running: {proc.poll() is None}")

        before = memory_mb(proc.pid)
        peak = [before]
        cartesian = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
        statuses = []
        sampling = threading.Event()

        def sample():
            while not sampling.is_set():
                peak.append(memory_mb(proc.pid))
                time.sleep(0.2)

        sampler = threading.Thread(target=sample)
        sampler.start()
        threads = [threading.Thread(target=lambda: statuses.append(get(url, cartesian)[0])) for _ in range(10)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        started = time.monotonic()
        ok = get(url, "ASK { ?s ?p ?o }")[0]
        latency = time.monotonic() - started
        time.sleep(1)
        sampling.set()
        sampler.join()
        after = memory_mb(proc.pid)
        print(f"3. timeouts: ten cartesian products -> {sorted(statuses)}; the next query -> {ok} in {latency * 1000:.0f} ms; "
              f"memory {before:.0f} MB before, {max(peak):.0f} MB at the peak, {after:.0f} MB after")

        head = "POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
        for length, body, wait in (("abc", b"ASK {}", 10), ("1e3", b"ASK {}", 10), ("-1", b"ASK {}", 10),
                                   ("-1", b"x" * 60_000_000, 10), ("100", b"ASK {", 15)):
            started = time.monotonic()
            answer = raw(port, f"{head}Content-Length: {length}\r\nConnection: close\r\n\r\n".encode(), body, wait)
            print(f"4. Content-Length {length!r} with {len(body):,} bytes -> {answer} after {time.monotonic() - started:.1f} s")

        queries = [with_values(q.text, PARAMS.get(name, {})) for name, q in named_queries().items()
                   if set(q.params) <= set(PARAMS.get(name, {}))]
        before = memory_mb(proc.pid)
        latencies, errors = [], [0]
        lock = threading.Lock()
        stop = time.monotonic() + args.seconds

        def client(seed: int) -> None:
            rnd = random.Random(seed)
            while time.monotonic() < stop:
                started = time.monotonic()
                status, _ = get(url, rnd.choice(queries), timeout=60)
                with lock:
                    if status == 200:
                        latencies.append(time.monotonic() - started)
                    else:
                        errors[0] += 1

        clients = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
        for t in clients:
            t.start()
        for t in clients:
            t.join()
        after = memory_mb(proc.pid)
        cuts = statistics.quantiles(latencies, n=100) if len(latencies) > 1 else [0] * 99
        print(f"5. load: {args.clients} clients for {args.seconds:g} s: {len(latencies):,} answers, {errors[0]} errors "
              f"(non-200), p50 {cuts[49] * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms; "
              f"memory {before:.0f} MB before, {after:.0f} MB after")
    finally:
        proc.terminate()
        proc.wait(timeout=10)


if __name__ == "__main__":
    main()
