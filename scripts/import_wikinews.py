"""Copy the free Wikinews corpus into seeds/ with an attribution file (run once; output is committed).

    python scripts/import_wikinews.py ../shared/corpus/wikinews.jsonl

Writes seeds/wikinews.jsonl (id, title, date, url, text, licence, source) and seeds/README.md,
which credits every article as the CC BY 2.5 licence asks.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
KEEP = ("id", "title", "date", "url", "text", "licence", "collection", "topic")

HEADER = """# Demo corpus

`kg build` reads everything in this folder.

- `000_e7d231e39e34906a.txt` — the seed article the project started from (Sora, 18 February 2024).
- `wikinews.jsonl` — {n} English Wikinews articles (2004–2023), one JSON object per line
  (`id`, `title`, `date`, `url`, `text`, `licence`, `collection`, `topic`): Airbus and Boeing, Apple,
  the car makers, stock markets, and mixed news such as North and South Korea.

## Licence and attribution
Wikinews text is licensed under the Creative Commons Attribution 2.5 licence
(CC BY 2.5, https://creativecommons.org/licenses/by/2.5/); content created on or before
2005-09-25 is in the public domain (the `licence` field of each record says which applies).

The text of {meantime} articles comes from the NewsReader MEANTIME corpus (English part;
annotation and distribution CC BY 4.0, FBK, VU Amsterdam, UPV/EHU); its tokenised text was joined
back, so paragraph breaks are lost and a few spacing artefacts remain. The text of {gum} articles
comes from the GUM corpus (Georgetown University Multilayer corpus, Wikinews news genre;
annotations CC BY 4.0).

Articles, each "<title>", Wikinews, <url>, CC BY 2.5:

"""


def main(src: str) -> None:
    records = [json.loads(line) for line in Path(src).read_text(encoding="utf-8").splitlines() if line.strip()]
    records.sort(key=lambda r: r["id"])
    lines = [json.dumps({k: r[k] for k in KEEP if r.get(k) is not None}, ensure_ascii=False) for r in records]
    (SEEDS / "wikinews.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    meantime = sum("MEANTIME" in r["collection"] for r in records)
    credits = []
    for r in records:
        source = "MEANTIME" if "MEANTIME" in r["collection"] else "GUM"
        pd = " (public domain text)" if r["licence"].startswith("Public domain") else ""
        credits.append(f'- "{r["title"]}", Wikinews, {r["url"]}, CC BY 2.5{pd}; text via {source}')
    text = HEADER.format(n=len(records), meantime=meantime, gum=len(records) - meantime) + "\n".join(credits) + "\n"
    (SEEDS / "README.md").write_text(text, encoding="utf-8")
    print(f"wrote {len(records)} articles to {SEEDS / 'wikinews.jsonl'} and credits to {SEEDS / 'README.md'}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/wikinews.jsonl")
