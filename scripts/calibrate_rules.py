"""Measure each extraction rule's precision on the development splits; write it as the rule's confidence.

    .venv/bin/python scripts/calibrate_rules.py ../shared/benchmarks

Runs the extraction kg build uses over CoNLL04 dev and Re-DocRED dev. Every fact that maps to one
of a benchmark's labels (kg/evaluation/mapping.py) counts as right when it matches a gold relation
by head word (lenient), else as wrong. A rule's confidence is its precision on the benchmark where
it fired most, provided it fired there at least MIN_FACTS times (memberships: CoNLL04 only); other rules keep
the confidence written in their code. The classifier's rules (learned-*) keep their own probabilities.
Writes kg/models/rule_precision.json, which kg.extract.base reads. NYT is left out: its distant
labels miss most true memberships (see the extraction-quality notes), so precision there is not
precision.
"""
from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import nlp as nlp_mod  # noqa: E402
from kg.evaluation.datasets import LOADERS  # noqa: E402
from kg.evaluation.mapping import benchmark_relations  # noqa: E402
from kg.evaluation.score import entity_matches  # noqa: E402
from kg.extract import extract_article  # noqa: E402
from kg.extract.base import PRECISION_PATH  # noqa: E402
from kg.model import ROLE, Article  # noqa: E402

MIN_FACTS = 20
SETS = {"conll04": "conll04/dev.jsonl", "redocred": "re-docred/dev_revised.json"}
# Memberships are measured on CoNLL04's Work_For only: Re-DocRED annotates employers and
# memberships too sparsely for the rate of its matches to be a precision (P108 ~0.05).
ONLY_ON = {ROLE: {"conll04"}}


def tally(fmt: str, path: Path) -> dict[str, Counter]:
    """rule -> {"right": n, "facts": n} over one benchmark."""
    nlp = nlp_mod.load()
    docs = LOADERS[fmt](path)
    out: dict[str, Counter] = defaultdict(Counter)
    for gold, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=32)):
        result = extract_article(Article(gold.id, "", gold.text, f"{path}:{gold.id}"), doc)
        _, lenient = entity_matches(doc, gold, result.spans)
        relations = {(r.label, r.head, r.tail) for r in gold.relations}
        for fact in result.facts:
            predicted = benchmark_relations(fmt, [fact])
            if not predicted or fmt not in ONLY_ON.get(fact.family, {fmt}):
                continue
            right = any((label, a, b) in relations for label, h, t in predicted
                        for a in lenient.get(h, ()) for b in lenient.get(t, ()))
            out[fact.evidence.rule]["facts"] += 1
            out[fact.evidence.rule]["right"] += right
    return out


def main() -> None:
    bench = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared" / "benchmarks")
    measured: dict[str, dict] = {}
    for fmt, rel in SETS.items():
        for rule, c in tally(fmt, bench / rel).items():
            best = measured.get(rule)
            if not rule.startswith("learned-") and c["facts"] >= MIN_FACTS and (best is None or c["facts"] > best["facts"]):
                measured[rule] = {"precision": round(c["right"] / c["facts"], 2), "facts": c["facts"], "benchmark": fmt}
    PRECISION_PATH.write_text(json.dumps(dict(sorted(measured.items())), indent=1) + "\n", encoding="utf-8")
    for rule, m in sorted(measured.items()):
        print(f"{rule:32} {m['precision']:.2f}  ({m['facts']} facts, {m['benchmark']} dev)")
    print(f"wrote {PRECISION_PATH}")


if __name__ == "__main__":
    main()
