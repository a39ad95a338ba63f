"""Each rule's precision on news, measured by scripts/calibrate_rules.py: what a fact's confidence is."""
from __future__ import annotations

import json
from functools import cache
from pathlib import Path

# The classifier's rules: learned-<relation>.
LEARNED = "learned-"
PRECISION_PATH = Path(__file__).resolve().parent / "models" / "rule_precision.json"


@cache
def measured_precision() -> dict[str, float]:
    """rule -> its measured precision; rules not measured (too few facts on dev) are absent."""
    if not PRECISION_PATH.is_file():
        return {}
    return {rule: m["precision"] for rule, m in json.loads(PRECISION_PATH.read_text(encoding="utf-8")).items()}


def confidence(rule: str, prior: float) -> float:
    """A sighting's confidence: the rule's measured precision, else its ``prior``; the classifier's
    probability (its prior) capped at its relation's measured precision."""
    measured = measured_precision().get(rule)
    if measured is None:
        return prior
    return min(prior, measured) if rule.startswith(LEARNED) else measured
