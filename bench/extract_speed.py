"""Extraction overhead over bare spaCy, measured side by side in one run on the same texts.

    .venv/bin/python bench/extract_speed.py [JSONL] [--limit N] [--repeat R]

Prints words/s of (a) bare `nlp.pipe` of the pipeline kg loads and (b) `nlp.pipe` plus kg's
resolution and extraction (what `kg build` and `kg eval` run per article), and their ratio.

Each batch of 16 articles is parsed and then extracted, the two timed one right after the other,
so that a slow spell of the machine (a shared host's neighbours, a clock that steps down) hits
both sides alike; timing whole passes one after the other let it land on one side only, and
runs of the same code differed by 2x. The R passes over the texts print one ratio each, and the
median is the figure; the first pass, printed apart, is what a build pays (each word met for the
first time in the process: its lemma, its lookups), the later ones find those cached.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import nlp as nlp_mod  # noqa: E402
from kg.extract import extract_article  # noqa: E402
from kg.model import Article  # noqa: E402

BATCH = 16


def one_pass(nlp, texts: list[str]) -> tuple[float, float]:
    """(seconds parsing, seconds extracting) over every text, batch by batch."""
    parse = extract = 0.0
    for start in range(0, len(texts), BATCH):
        batch = texts[start:start + BATCH]
        t = time.perf_counter()
        docs = list(nlp.pipe(batch, batch_size=BATCH))
        parse += time.perf_counter() - t
        t = time.perf_counter()
        for i, doc in enumerate(docs):
            extract_article(Article(str(start + i), "", batch[i], "bench"), doc)
        extract += time.perf_counter() - t
    return parse, extract


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
    one_pass(nlp, texts[:BATCH])  # (loading and first-call costs out of the figures)
    print(f"{len(texts)} articles, {words:,} words, pipeline {nlp.pipe_names}")
    overheads = []
    for r in range(args.repeat):
        parse, extract = one_pass(nlp, texts)
        overheads.append(extract / parse)
        print(f"pass {r + 1}: bare nlp.pipe {words / parse:,.0f} words/s ({parse:.1f} s), "
              f"+ extraction {words / (parse + extract):,.0f} words/s (extraction {extract:.2f} s): "
              f"{100 * extract / parse:.1f}% on top")
    median = statistics.median(overheads)
    print(f"ratio kg/bare: {1 / (1 + median):.3f} (extraction costs {100 * median:.1f}% on top, median of {args.repeat})")
    # (a build reads each article once: its case is the first pass, where each word's lemma and
    # each name's lookups are made anew; the later passes find them cached)
    print(f"first pass: extraction costs {100 * overheads[0]:.1f}% on top")


if __name__ == "__main__":
    main()
