"""How the questions in time answer as the graph grows: `kg changes` and `kg query --as-of` on a
corpus N times over, dated, from a store folder and from a graph file, side by side in one run.

    .venv/bin/python bench/time_scale.py WORK [--corpus JSONL] [--copies 10] [--jobs 2] [--repeat 3]

The BBC corpus (the default) is undated, and ten undated copies of it would leave --as-of nothing
to take out. So copy k of every article is dated in year 2005 + k (the day of the year by its
place in the corpus), with a line naming the copy added to its text (a copy with the very text
of another is read once). WORK keeps the copies and one build of them (`kg build --store
WORK/store --out WORK/out`; about 17 minutes for 22,250 articles with --jobs 2 on two cores), so
a second run only measures. Each command runs in a fresh process (bench/quick_commands.py's
measure: median wall time, largest peak RSS): `kg changes` over one year, and `kg query --as-of`
with a named query at an early, a middle and a late day, which leave out most, half and little
of the graph; then, from the store, the other named queries with and without --as-of at the middle
day (an entity and an organisation of the BBC corpus by default: --entity, --org). The graph
file is a store build's Turtle, which has no query cache beside it: its first query, measured
once, makes one (kg.storage.filecache), which the later ones open. Target (issue 17): each under
2 s on the BBC corpus ten times over.
"""
from __future__ import annotations

import argparse
import datetime
import json
import shutil
import subprocess
import sys
from pathlib import Path

from quick_commands import KG, ROOT, measure

from kg.storage.filecache import cache_of

DEFAULT = ROOT.parent / "shared/corpus/bbc_news.jsonl"
FIRST_YEAR = 2005


def write_copies(corpus: Path, copies: int, target: Path) -> int:
    """``copies`` dated copies of every article of ``corpus`` into ``target``; the articles written."""
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    with target.open("w", encoding="utf-8") as out:
        for k in range(copies):
            for i, row in enumerate(rows):
                day = datetime.date(FIRST_YEAR + k, 1, 1) + datetime.timedelta(days=i * 365 // len(rows))
                copy = {**row, "id": f"{row['id']}~{k + 1}", "date": day.isoformat(),
                        "text": f"{row['text']}\n\nCopy {k + 1}."}
                out.write(json.dumps(copy) + "\n")
    return copies * len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("work", type=Path)
    parser.add_argument("--corpus", type=Path, default=DEFAULT)
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--entity", default="tony blair", help="for timeline, evidence, articles")
    parser.add_argument("--org", default="bbc", help="for people_at, roles_at")
    args = parser.parse_args()
    work = args.work.resolve()
    work.mkdir(parents=True, exist_ok=True)
    store, graph = work / "store", work / "out" / "graph.ttl"
    if not graph.is_file():
        corpus = work / "copies.jsonl"
        written = write_copies(args.corpus, args.copies, corpus)
        print(f"{written} articles, {args.copies} dated copies of {args.corpus.name}; building (once) ...", flush=True)
        subprocess.run(KG + ["build", str(corpus), "--store", str(store), "--out", str(graph.parent),
                             "--jobs", str(args.jobs), "--no-progress"], cwd=ROOT, check=True)
    last_year = FIRST_YEAR + args.copies - 1
    middle = FIRST_YEAR + args.copies // 2
    year = f"{middle}-01-01", f"{middle}-12-31"
    days = {"early": f"{FIRST_YEAR}-06-30", "middle": f"{middle - 1}-12-31", "late": f"{last_year}-06-30"}
    print(f"{'where':6} {'command':52} {'wall s':>8} {'peak MB':>9}")
    shutil.rmtree(cache_of(graph), ignore_errors=True)  # (one an earlier run's first query made)
    for where, location in (("store", store), ("file", graph)):
        if where == "file":
            first = ["query", "--as-of", days["middle"], "--name", "central"]
            wall, peak = measure([*first, "--graph", str(location), "--format", "csv"], 1)
            print(f"{where:6} {'first query, making its cache (middle)':52} {wall:8.2f} {peak:9.0f}", flush=True)
        commands = {"query --name central": ["query", "--name", "central"],
                    f"changes --since {year[0]} --until {year[1]}": ["changes", "--since", year[0], "--until", year[1]]}
        for name, day in days.items():
            commands[f"query --as-of {day} --name central ({name})"] = ["query", "--as-of", day, "--name", "central"]
        for name, command in commands.items():
            wall, peak = measure([*command, "--graph", str(location), "--format", "csv"], args.repeat)
            print(f"{where:6} {name:52} {wall:8.2f} {peak:9.0f}", flush=True)
    named = {"people": [], "products": [], "rivalries": [], "timeline": [f"name={args.entity}"],
             "articles": [f"name={args.entity}"], "evidence": [f"name={args.entity}"],
             "people_at": [f"org={args.org}"], "roles_at": [f"org={args.org}", f"date={days['middle']}"]}
    for name, params in named.items():
        asked = ["query", "--name", name, *(x for param in params for x in ("--param", param))]
        for label, command in ((name, asked), (f"{name} --as-of {days['middle']}", [*asked, "--as-of", days["middle"]])):
            wall, peak = measure([*command, "--graph", str(store), "--format", "csv"], args.repeat)
            print(f"{'store':6} {'query --name ' + label:52} {wall:8.2f} {peak:9.0f}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
