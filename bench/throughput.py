"""Throughput of `kg build` against bare spaCy, side by side in one run on the same texts.

    .venv/bin/python bench/throughput.py [JSONL] [--limit N] [--jobs 2] [--store]

JSONL defaults to ../shared/corpus/bbc_news.jsonl. Each measurement runs in a fresh process, so
each gets its own peak RSS (VmHWM) and none warms a cache for another:

- bare:   `nlp.pipe` of the full pipeline as spaCy loads it (every component on), nothing else;
- kg:     `kg build` of the same articles (reading, parsing, extraction, resolution, RDF,
          analysis, graph.ttl and graph.html), one process;
- kg -jN: the same with --jobs N;
- store:  (with --store) `kg build --store` into a fresh store, then again with nothing changed.

Prints articles/s, words/s, the ratio to bare (or to the one-process build), peak RSS of the
main process and, with --jobs, the largest peak RSS of a worker process.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT.parent / "shared/corpus/bbc_news.jsonl"


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM"):
            return int(line.split()[1]) / 1024
    return float("nan")


def workers_peak_rss_mb() -> float:
    """The largest peak RSS of any worker process this one waited for (--jobs N), 0 if none."""
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def phase_bare(path: str) -> dict:
    import spacy

    from kg.nlp import pipeline_name

    texts = [json.loads(line)["text"] for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = spacy.load(pipeline_name())
    started = time.perf_counter()
    for _doc in nlp.pipe(texts, batch_size=16):
        pass
    return {"seconds": time.perf_counter() - started, "components": nlp.pipe_names}


def phase_kg(path: str, out: str, jobs: int, store: bool) -> dict:
    from kg.run.pipeline import build

    started = time.perf_counter()
    options = {"store": out} if store else {}
    report = build([path], None if store else out, jobs=jobs, **options).report
    return {"seconds": time.perf_counter() - started, "articles": report.articles, "parsed": report.parsed,
            "triples": report.triples}


def run_phase(*args: str) -> dict:
    """One measurement in a fresh interpreter; its JSON answer with peak RSS added."""
    proc = subprocess.run([sys.executable, __file__, "--phase", *args], capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        raise SystemExit(f"phase {args[0]} failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("jsonl", nargs="?", default=str(DEFAULT))
    parser.add_argument("--limit", type=int, default=0, help="the first N articles only (0: all)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--store", action="store_true", help="also time a store build and an unchanged re-run")
    parser.add_argument("--phase", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.phase:
        sys.path.insert(0, str(ROOT))
        kind, path, *rest = args.phase
        answer = phase_bare(path) if kind == "bare" else phase_kg(path, rest[0], int(rest[1]), rest[2] == "store")
        print(json.dumps({**answer, "rss": peak_rss_mb(), "worker_rss": workers_peak_rss_mb()}))
        return

    lines = [line for line in Path(args.jsonl).read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.limit:
        lines = lines[: args.limit]
    words = sum(len(json.loads(line)["text"].split()) for line in lines)
    with tempfile.TemporaryDirectory(prefix="kg-throughput-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{len(lines):,} articles, {words:,} words (whitespace-separated) from {args.jsonl}")
        rows = [("bare nlp.pipe", run_phase("bare", str(corpus)))]
        rows.append(("kg build", run_phase("kg", str(corpus), f"{tmp}/out1", "1", "file")))
        if args.jobs > 1:
            rows.append((f"kg build --jobs {args.jobs}",
                         run_phase("kg", str(corpus), f"{tmp}/outN", str(args.jobs), "file")))
        if args.store:
            rows.append(("kg build --store", run_phase("kg", str(corpus), f"{tmp}/store", "1", "store")))
            rows.append(("  same, unchanged", run_phase("kg", str(corpus), f"{tmp}/store", "1", "store")))
    print(f"components on in bare: {', '.join(rows[0][1]['components'])}")
    bare, single = rows[0][1]["seconds"], rows[1][1]["seconds"]
    print(f"\n{'':<24} {'seconds':>8} {'articles/s':>11} {'words/s':>9} {'vs bare':>8} {'vs 1 proc':>10} {'peak RSS':>9}"
          f" {'per worker':>11}")
    for name, r in rows:
        s = r["seconds"]
        worker = f"{r['worker_rss']:8.0f} MB" if r.get("worker_rss") else ""
        print(f"{name:<24} {s:8.1f} {len(lines) / s:11.1f} {words / s:9,.0f} {bare / s:7.2f}x {single / s:9.2f}x "
              f"{r['rss']:6.0f} MB {worker:>11}")
    if args.store:
        print(f"\nunchanged re-run: {100 * rows[-1][1]['seconds'] / rows[-2][1]['seconds']:.1f}% of the first store build "
              f"(parsed {rows[-1][1]['parsed']} articles)")


if __name__ == "__main__":
    main()
