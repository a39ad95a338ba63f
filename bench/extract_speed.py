"""Extraction overhead over bare spaCy, measured side by side in one run on the same texts.

    .venv/bin/python bench/extract_speed.py [JSONL] [--limit N] [--repeat R]

Prints words/s of (a) bare `nlp.pipe` of the pipeline kg loads and (b) `nlp.pipe` plus kg's
resolution and extraction (what `kg build` and `kg eval` run per article), and their ratio.
The two passes alternate R times and the best time of each is kept, so machine noise hits both.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import nlp as nlp_mod  # noqa: E402
from kg.extract import extract_article  # noqa: E402
from kg.model import Article  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("jsonl", nargs="?", default=str(ROOT.parent / "shared/corpus/bbc_news.jsonl"))
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path(args.jsonl).read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = rows[: args.limit]
    texts = [r["text"] for r in rows]
    words = sum(len(t.split()) for t in texts)
    nlp = nlp_mod.load()
    bare, full = float("inf"), float("inf")
    for _ in range(args.repeat):
        t = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=16):
            pass
        bare = min(bare, time.perf_counter() - t)
        t = time.perf_counter()
        for i, doc in enumerate(nlp.pipe(texts, batch_size=16)):
            extract_article(Article(str(i), "", texts[i], "bench"), doc)
        full = min(full, time.perf_counter() - t)
    print(f"{len(texts)} articles, {words:,} words, pipeline {nlp.pipe_names}")
    print(f"bare nlp.pipe:        {words / bare:8,.0f} words/s ({bare:.1f} s)")
    print(f"nlp.pipe + extraction: {words / full:8,.0f} words/s ({full:.1f} s)")
    print(f"ratio kg/bare: {bare / full:.3f} (extraction costs {100 * (full / bare - 1):.1f}% on top)")


if __name__ == "__main__":
    main()
