"""Measure each extraction rule's precision on news; write it as the rule's confidence.

    .venv/bin/python scripts/calibrate_rules.py ../shared/benchmarks/newsgold/dev.jsonl [judged.json]
        [--train ../shared/benchmarks/newsgold/train.jsonl]

Builds the tuning part of NewsGold dev (two thirds of its articles, by a hash of the id; never the
check part), and with --train the 100 BBC articles of NewsGold train as well (for the rules: the
classifier is trained on those, so its facts are measured on the tuning part alone), as `kg build`
does, and counts, for every rule and for the classifier's relations, the facts it wrote in the families
NewsGold annotates and how many of them the annotation holds (kg eval newsgold --by-rule), summed
over both. Every rule that wrote a fact gets its precision as its confidence, shrunk toward its
family's (the precision of all the facts of that family, whichever rule read them) as if it had
PRIOR_FACTS more facts at the family's rate: a rule with 3 of 3 right in a family right 80% of the
time gets 0.92, one with 1 of 1 in a family right 40% of the time gets 0.6, and a rule with many
facts gets close to its own rate. A rule that wrote nothing keeps its coded prior.

NewsGold does not annotate where places lie, where people live, citizenship or killings. Those
rules are measured by reading: `judged.json` (made with scripts/judge_facts.py from BBC articles
outside NewsGold) holds, per rule, the facts read and the ones judged right from their sentence.
A rule NewsGold holds only a few facts of (the capability rules) may be read as well: its facts
read are added to its NewsGold counts. A rule read by hand only is shrunk toward the family its
name begins with ("rivalry-in": rivalry; ONE_KIND_FAMILIES).

Writes kg/models/rule_precision.json, which kg.precision reads: a rule's confidence is its
measured precision; the classifier's (learned-*) is its probability, capped at its relation's.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluation.newsgold import by_rule, evaluate_newsgold  # noqa: E402
from kg.precision import LEARNED, PRECISION_PATH  # noqa: E402

PRIOR_FACTS = 2
TUNING = "newsgold dev, tuning part"
ONE_KIND_FAMILIES = {"rivalry": "rivalOf", "capability": "hasCapability", "maker": "madeBy", "based": "basedIn"}


def smoothed(right: int, facts: int, prior: float = 0.5) -> float:
    """Precision shrunk toward ``prior`` by PRIOR_FACTS sightings at that rate."""
    return round((right + PRIOR_FACTS * prior) / (facts + PRIOR_FACTS), 2)


def main(argv: list[str]) -> None:
    if not argv:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    train = None
    if "--train" in argv:
        at = argv.index("--train")
        train, argv = argv[at + 1], argv[:at] + argv[at + 2:]
    counts: dict[str, list[int]] = {}
    family_of: dict[str, str] = {}  # rule -> the kind of the facts it wrote
    parts = [(argv[0], "tune")] + ([(train, "all")] if train else [])
    for path, part in parts:
        scored = evaluate_newsgold(path, part=part, min_confidence=0.0).scored
        for rule, c in by_rule(scored).items():
            if rule.startswith(LEARNED) and path == train:
                continue  # the classifier was trained on NewsGold train: its facts there are no measure
            total = counts.setdefault(rule, [0, 0])
            total[0] += c["facts"]
            total[1] += c["right"]
        for fact in scored.judged:
            for rule in scored.rules.get(fact, ()):
                family_of[rule] = fact[1]
    where = TUNING + (" + newsgold train" if train else "")
    judged = json.loads(Path(argv[1]).read_text(encoding="utf-8")) if len(argv) > 1 else {}
    measured: dict[str, dict] = {}
    # A rule read by hand only belongs to the family its name begins with, for the families whose
    # rules all write one kind of fact ("rivalry-in"; not "role-", which writes memberships and
    # titles, nor the classifier's learned-*).
    for rule in judged:
        if rule not in counts and rule.split("-")[0] in ONE_KIND_FAMILIES:
            family_of[rule] = ONE_KIND_FAMILIES[rule.split("-")[0]]
    totals: dict[str, tuple[int, int, str]] = {}
    for rule in sorted(set(counts) | set(judged)):
        facts, right = counts.get(rule, (0, 0))
        on = [(TUNING if rule.startswith(LEARNED) else where)] if rule in counts else []
        if rule in judged:  # a rule NewsGold sees rarely (capabilities) is read by hand as well: both count
            facts, right = facts + judged[rule]["facts"], right + judged[rule]["right"]
            on.append(judged[rule]["measured_on"])
        totals[rule] = (facts, right, " + ".join(on))
    # a family's rate is that of its typical rule (each rule's own, smoothed, averaged), so that one
    # prolific rule, such as reading the article's country, does not set the prior of all the others
    rates: dict[str, list[float]] = {}
    for rule, (facts, right, _) in totals.items():
        if rule in family_of:
            rates.setdefault(family_of[rule], []).append((right + 1) / (facts + 2))
    for rule, (facts, right, on) in totals.items():
        # every fact read is measured; the smoothing weighs few of them
        family_rate = sum(rates[family_of[rule]]) / len(rates[family_of[rule]]) if rule in family_of else 0.5
        measured[rule] = {"precision": smoothed(right, facts, family_rate), "facts": facts, "right": right,
                          "measured_on": on}
    PRECISION_PATH.write_text(json.dumps(dict(sorted(measured.items())), indent=1) + "\n", encoding="utf-8")
    for rule, m in sorted(measured.items()):
        print(f"{rule:32} {m['precision']:.2f}  ({m['right']} of {m['facts']}, {m['measured_on']})")
    print(f"wrote {PRECISION_PATH}")


if __name__ == "__main__":
    main(sys.argv[1:])
