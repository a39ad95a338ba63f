"""SPARQL latency, endpoint load and memory on a large graph, side by side in one run.

    .venv/bin/python bench/sparql.py STORE_DIR [--repeat 20] [--clients 20] [--seconds 60]

STORE_DIR is made by `kg build CORPUS --store STORE_DIR` (for example the whole BBC corpus).
Prints, for every named query: p50/p95 through kg's library path (the store copied into memory,
as a long-lived process opens it, and read-only on disk, as one `kg query` run opens it), through
`kg serve` over HTTP (which serves the copy in memory),
through pyoxigraph directly, and through rdflib's in-memory graph; then a load test of the
endpoint (N concurrent clients for S seconds, loopback only); then peak memory of loading the
graph into pyoxigraph (in memory and the on-disk store) and into rdflib, each in its own process.
"""
from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.graph.convert import to_rdflib  # noqa: E402
from kg.sparql.query import QUERY_PREFIXES, bind, named_queries, run  # noqa: E402
from kg.sparql.serve import Endpoint, make_server  # noqa: E402
from kg.storage.local import GraphStore  # noqa: E402
from kg.storage.open import load_store  # noqa: E402

PARAMS = {"evidence": {"name": "Tony Blair"}, "articles": {"name": "Microsoft"}, "people_at": {"org": "Microsoft"},
          "central_in_class": {"class": "Person"}}


def with_values(text: str, params: dict[str, str]) -> str:
    """The query as a client of the endpoint would send it: parameters as a VALUES block (the
    SPARQL Protocol has no parameter binding; these values are the benchmark's own)."""
    head, sep, body = text.partition("WHERE {")
    values = "".join(f" VALUES ?{k} {{ {ox.Literal(v)} }}" for k, v in params.items())
    prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in QUERY_PREFIXES.items())
    return prefixes + head + sep + values + body


def timed(fn, repeat: int) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]


def memory(code: str) -> float:
    """Peak RSS in MB of a fresh Python process running ``code`` (VmHWM: ru_maxrss would count the
    forking parent)."""
    script = code + ("\nprint([int(l.split()[1]) for l in open('/proc/self/status') if l.startswith('VmHWM')][0])")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, check=True)
    return int(out.stdout.strip().splitlines()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("store")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--rdflib-repeat", type=int, default=3)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    disk = load_store(args.store)
    store = load_store(args.store, in_memory=True)
    live = GraphStore(args.store).current()
    print(f"{args.store}: {len(store):,} quads (build {live.name})")
    ttl = Path("/tmp/kg-bench-graph.nq")
    store.dump(str(ttl), format=ox.RdfFormat.N_QUADS)  # all graphs, for the in-memory loaders

    server = make_server(Endpoint(store, None, timeout=60, max_bytes=500_000_000), "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/sparql"

    print("loading rdflib in-memory graph for comparison ...")
    graph = to_rdflib(store)
    print(f"\n{'query':<10} {'library p50/p95':>18} {'on disk p50/p95':>18} {'endpoint p50/p95':>18} "
          f"{'pyoxigraph p50/p95':>20} {'rdflib p50/p95':>20}  (ms)")
    for name, q in named_queries().items():
        params = {k: v for k, v in PARAMS.get(name, {}).items() if k in q.params}
        subs = bind(q, params)
        params = {k.value: str(v.value) for k, v in subs.items()}  # as bound (names lower-cased)
        lib = timed(lambda: run(store, q.text, name, subs), args.repeat)
        on_disk = timed(lambda: run(disk, q.text, name, subs), args.repeat)
        data = urllib.parse.urlencode({"query": with_values(q.text, params)}).encode()
        endpoint = timed(lambda: urllib.request.urlopen(urllib.request.Request(
            url, data=data, headers={"Accept": "application/sparql-results+json"})).read(), args.repeat)
        direct = timed(lambda: list(store.query(q.text, prefixes=QUERY_PREFIXES, substitutions=subs,
                                                use_default_graph_as_union=True)), args.repeat)
        from rdflib import Literal

        try:
            rdf = timed(lambda: list(graph.query(q.text, initNs=QUERY_PREFIXES,
                                                 initBindings={k: Literal(v) for k, v in params.items()})),
                        args.rdflib_repeat)
            rdf_text = f"{rdf[0]:9.1f}/{rdf[1]:9.1f}"
        except Exception as exc:  # noqa: BLE001 - rdflib's engine fails some valid queries
            rdf_text = f"fails ({type(exc).__name__})"
        print(f"{name:<10} {lib[0]:8.1f}/{lib[1]:8.1f} {on_disk[0]:8.1f}/{on_disk[1]:8.1f} {endpoint[0]:8.1f}/{endpoint[1]:8.1f} "
              f"{direct[0]:9.1f}/{direct[1]:9.1f} {rdf_text:>20}")

    print(f"\nendpoint load: {args.clients} clients for {args.seconds:g} s on loopback ...")
    queries = [with_values(q.text, {k.value: str(v.value) for k, v in bind(
        q, {k: v for k, v in PARAMS.get(name, {}).items() if k in q.params}).items()})
        for name, q in named_queries().items()]
    counts = {"ok": 0, "error": 0}
    lock = threading.Lock()
    stop = time.monotonic() + args.seconds

    def client(seed: int) -> None:
        rnd = random.Random(seed)
        while time.monotonic() < stop:
            data = urllib.parse.urlencode({"query": rnd.choice(queries)}).encode()
            try:
                with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=60) as resp:
                    resp.read()
                    ok = resp.status == 200
            except Exception:  # noqa: BLE001 - every failure counts as an error
                ok = False
            with lock:
                counts["ok" if ok else "error"] += 1

    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(f"  {counts['ok']} answers, {counts['error']} errors, {counts['ok'] / args.seconds:.1f} queries/s")
    server.shutdown()

    print("\npeak memory of loading the graph (each in a fresh process):")
    base = memory("import pyoxigraph, rdflib")
    mem_ox = memory(f"import pyoxigraph as ox; s = ox.Store(); s.bulk_load(path={str(ttl)!r}, format=ox.RdfFormat.N_QUADS)")
    mem_disk = memory(f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kg.storage.local import GraphStore; "
                      f"s = GraphStore({args.store!r}).open(); print(len(s))")
    mem_copy = memory(f"import sys; sys.path.insert(0, {str(ROOT)!r}); from kg.storage.local import GraphStore; "
                      f"s = GraphStore({args.store!r}).open(in_memory=True); print(len(s))")
    mem_rdflib = memory(f"from rdflib import Dataset; d = Dataset(); d.parse({str(ttl)!r}, format='nquads')")
    print(f"  interpreter with the libraries: {base:.0f} MB")
    print(f"  pyoxigraph in memory: {mem_ox:.0f} MB; kg store on disk (read-only): {mem_disk:.0f} MB; "
          f"kg store copied into memory: {mem_copy:.0f} MB; "
          f"rdflib in memory: {mem_rdflib:.0f} MB")


if __name__ == "__main__":
    main()
