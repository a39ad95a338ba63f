"""Peak memory of building many small articles, 500 against 5,000, side by side in one run.

    .venv/bin/python bench/warc_memory.py [--small 500] [--large 5000] [--mode store|out] [--format warc|jsonl]

Writes two WARCs (or JSONL files) of small news pages (tests/warcs.py: every text differs, the
people and companies repeat, so the graph's entities do not grow with the corpus), builds each in
a fresh process (`kg build X.warc.gz --store S`, or `--out D` with --mode out) and prints the peak
resident memory of each build, their ratio, and the time each took.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import json

from tests.warcs import paragraphs, write_warc


def write_jsonl(path: Path, articles: int) -> Path:
    """The same stories as the WARC's pages, as JSONL articles."""
    with path.open("w", encoding="utf-8") as file:
        for n in range(articles):
            text = "\n\n".join(paragraphs(n))
            file.write(json.dumps({"id": f"story-{n}", "title": f"Report number {n}", "text": text}) + "\n")
    return path

BUILD = """
import resource, sys
from kg.run.pipeline import build
mode, warc, target = sys.argv[1:4]
r = build([warc], None if mode == "store" else target, store=target if mode == "store" else None).report
print(r.articles, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=500)
    parser.add_argument("--large", type=int, default=5000)
    parser.add_argument("--mode", choices=["store", "out"], default="store")
    parser.add_argument("--format", choices=["warc", "jsonl"], default="warc")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        rows = []
        for n in (args.small, args.large):
            warc = (write_warc(Path(tmp) / f"crawl-{n}.warc.gz", n) if args.format == "warc"
                    else write_jsonl(Path(tmp) / f"articles-{n}.jsonl", n))
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-c", BUILD, args.mode, str(warc), str(Path(tmp) / f"target-{n}")],
                                  capture_output=True, text=True, cwd=ROOT, check=True)
            articles, peak_kb = map(int, proc.stdout.split())
            rows.append((n, articles, peak_kb / 1024, time.perf_counter() - started, warc.stat().st_size))
    for n, articles, peak, seconds, size in rows:
        print(f"{n:>6} {args.format} records ({size / 1e6:.1f} MB): {articles} articles built ({args.mode}), "
              f"peak {peak:.0f} MB, {seconds:.0f} s")
    print(f"peak memory {args.large} / {args.small} records: {rows[1][2] / rows[0][2]:.3f}")


if __name__ == "__main__":
    main()
