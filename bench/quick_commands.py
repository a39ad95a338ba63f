"""How quickly the everyday commands answer on a large graph, each in a fresh process as a user
runs it, side by side in one run.

    .venv/bin/python bench/quick_commands.py OUT_DIR [--store STORE_DIR] [--repeat 3]
        [--path "Tony Blair" "Gordon Brown"] [--since 2010-01-01 --until 2010-12-31 --as-of 2007-01-01]

OUT_DIR is made by `kg build CORPUS --out OUT_DIR` (for example the whole BBC corpus), so it
holds graph.ttl and the query cache the build leaves beside it. Prints the median wall time and
peak memory (max RSS) of: `kg query --name central`, `kg path A B`, and `kg export` to Turtle,
N-Triples and N-Quads (with the ratios of Turtle to N-Quads); then the same query with the cache
moved away, which is what a graph.ttl without its cache costs. With --store, the same commands
against a store folder. Targets (issue 18): query <= 1 s, path <= 2 s, Turtle within 2x of
N-Quads in time and memory. And the questions in time (issue 17, target 2 s): `kg changes` over
a span of days and `kg query --as-of DAY --name central`.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg"]


def measure(args: list[str], repeat: int) -> tuple[float, float]:
    """Median wall seconds and the largest peak RSS (MB) of ``kg ARGS`` over ``repeat`` runs."""
    walls, peaks = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        proc = subprocess.Popen(KG + args, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        walls.append(time.perf_counter() - started)
        peaks.append(usage.ru_maxrss / 1024)
        if os.waitstatus_to_exitcode(status) != 0:
            sys.exit(f"kg {' '.join(args)} failed: {proc.stderr.read().decode().strip()}")
    return statistics.median(walls), max(peaks)


def report(graph: str, path: tuple[str, str], repeat: int, when: argparse.Namespace) -> None:
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        rows["query --name central"] = measure(["query", "--name", "central", "--graph", graph, "--format", "csv"], repeat)
        rows[f"changes --since {when.since} --until {when.until}"] = measure(
            ["changes", "--since", when.since, "--until", when.until, "--graph", graph, "--format", "csv"], repeat)
        rows[f"query --as-of {when.as_of} --name central"] = measure(
            ["query", "--as-of", when.as_of, "--name", "central", "--graph", graph, "--format", "csv"], repeat)
        rows[f"path {path[0]!r} {path[1]!r}"] = measure(["path", *path, "--graph", graph], repeat)
        for fmt in ("turtle", "nt", "nquads"):
            rows[f"export --format {fmt}"] = measure(["export", "--graph", graph, "--format", fmt, "-o",
                                                      str(Path(tmp) / f"g.{fmt}")], repeat)
    print(f"\n{graph}")
    print(f"{'command':40} {'wall s':>8} {'peak MB':>9}")
    for name, (wall, peak) in rows.items():
        print(f"{name:40} {wall:8.2f} {peak:9.0f}")
    turtle, nquads = rows["export --format turtle"], rows["export --format nquads"]
    print(f"Turtle / N-Quads: time {turtle[0] / nquads[0]:.2f}x, memory {turtle[1] / nquads[1]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path)
    parser.add_argument("--store", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--path", nargs=2, default=("Tony Blair", "Gordon Brown"))
    parser.add_argument("--since", default="2010-01-01")
    parser.add_argument("--until", default="2010-12-31")
    parser.add_argument("--as-of", default="2007-01-01")
    args = parser.parse_args()
    graph = args.out / "graph.ttl"
    report(str(graph.resolve()), tuple(args.path), args.repeat, args)
    cache = graph.with_name(f".{graph.name}.oxigraph")
    if cache.is_dir():
        aside = cache.with_name(cache.name + ".aside")
        os.replace(cache, aside)
        try:
            wall, peak = measure(["query", "--name", "central", "--graph", str(graph.resolve()), "--format", "csv"],
                                 args.repeat)
        finally:
            os.replace(aside, cache)
        print(f"{'query --name central, without the cache':40} {wall:8.2f} {peak:9.0f}")
    if args.store:
        report(str(args.store.resolve()), tuple(args.path), args.repeat, args)


if __name__ == "__main__":
    main()
