"""Main-text extraction from saved news pages, scored with the webpages benchmark's own measure.

    .venv/bin/python bench/webpages.py [FOLDER]   (default ../shared/benchmarks/webpages)

Reads every FOLDER/*/source.html.gz the way `kg build page.html` does (kg.ingest.html.read_page),
scores the text against expected.txt with FOLDER/score.py (word 4-gram shingles, precision and
recall averaged over pages), and does the same for the whole-page reading kg falls back to, side by
side. Prints P, R, F1, the extractor's version, how many pages fell back, and whether a second read
gave byte-identical text; and the publication dates read: how many pages have one, and on the
pages whose expected-metadata.json gives a publishedTime, how many have its day (and its time).
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.ingest.html import read_page, whole_page
from kg.model import Skipped


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", default=str(ROOT.parent / "shared/benchmarks/webpages"))
    folder = Path(parser.parse_args().folder)
    spec = importlib.util.spec_from_file_location("webpages_score", folder / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    pages = sorted(p.name for p in folder.iterdir() if (p / "expected.txt").exists())
    kg_text, whole_text, fell_back, stable, dates = {}, {}, 0, True, {}
    for name in pages:
        html = gzip.decompress((folder / name / "source.html.gz").read_bytes())
        read = read_page(name, html)
        kg_text[name] = "" if isinstance(read, Skipped) else read[0].text
        dates[name] = None if isinstance(read, Skipped) else read[0].date
        fell_back += not isinstance(read, Skipped) and read[1] is not None
        again = read_page(name, html)
        stable &= kg_text[name] == ("" if isinstance(again, Skipped) else again[0].text)
        whole = whole_page(html)
        whole_text[name] = whole.text if whole else ""
    print(f"{len(pages)} pages from {folder}")
    for label, texts in (("kg (trafilatura " + version("trafilatura") + ", no comments)", kg_text),
                         ("whole-page text (the fallback)", whole_text)):
        ps, rs = zip(*(scorer.page_scores((folder / n / "expected.txt").read_text(encoding="utf-8"), texts[n])
                       for n in pages))
        p, r = sum(ps) / len(ps), sum(rs) / len(rs)
        print(f"  {label:45s} precision {p:.3f}  recall {r:.3f}  F1 {2 * p * r / (p + r) if p + r else 0:.3f}")
    print(f"  pages read whole (no main text found): {fell_back}; a second read byte-identical: {stable}")
    given = {n: json.loads((folder / n / "expected-metadata.json").read_text(encoding="utf-8")).get("publishedTime")
             for n in pages if (folder / n / "expected-metadata.json").exists()}
    given = {n: t for n, t in given.items() if t}
    day = sum(bool(dates[n]) and dates[n][:10] == t[:10] for n, t in given.items())
    to_the_minute = sum(bool(dates[n]) and dates[n][11:16] == t[11:16] != "" for n, t in given.items())
    print(f"  publication dates: {sum(map(bool, dates.values()))} of {len(pages)} pages dated; of the "
          f"{len(given)} with a publishedTime, the day right on {day}, the time to the minute on {to_the_minute}")


if __name__ == "__main__":
    main()
