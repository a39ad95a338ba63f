"""Run the extraction kg build uses over a benchmark and score it."""
from __future__ import annotations

import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .. import nlp as nlp_mod
from ..errors import KgError
from ..extract import extract_article
from ..model import Article
from .datasets import LOADERS
from .mapping import HEADLINE, MAPPING, benchmark_relations
from .score import Scores, entity_matches, score_doc


@dataclass
class EvalReport:
    fmt: str
    docs: int
    words: int
    seconds: float
    scores: Scores
    rules: dict[str, Counter] = field(default_factory=dict)  # rule -> facts mapped to a label, right (lenient)

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0

    def as_dict(self) -> dict:
        labels = list(MAPPING[self.fmt])
        out = {"format": self.fmt, "documents": self.docs, "words": self.words,
               "seconds": round(self.seconds, 2), "words_per_second": round(self.words_per_second, 1)}
        for mode in ("strict", "lenient"):
            table = getattr(self.scores, mode)
            out[mode] = {label: table[label].as_dict() for label in labels}
            out[mode]["micro"] = self.scores.micro(mode, HEADLINE[self.fmt]).as_dict()
            out[mode]["micro_all"] = self.scores.micro(mode, labels).as_dict()
        return out

    def by_rule(self) -> dict[str, dict]:
        """rule -> the facts it wrote that map to one of the benchmark's labels, how many of them the
        benchmark holds (lenient: same head words), and their precision."""
        return {rule: {"facts": c["facts"], "right": c["right"], "precision": round(c["right"] / c["facts"], 3)}
                for rule, c in sorted(self.rules.items()) if c["facts"]}


def evaluate(fmt: str, path: str | Path, limit: int | None = None, model: str | None = None) -> EvalReport:
    if fmt not in LOADERS:
        raise KgError(f"unknown benchmark format {fmt!r}; choose one of {', '.join(LOADERS)}")
    path = Path(path)
    if not path.is_file():
        raise KgError(f"{path}: no such benchmark file")
    docs = LOADERS[fmt](path)
    if limit is not None:
        docs = docs[:limit]
    nlp = nlp_mod.load(model)
    labels = set(MAPPING[fmt])
    scores = Scores()
    rules: dict[str, Counter] = defaultdict(Counter)
    words = 0
    started = time.perf_counter()
    for gold, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=32)):
        result = extract_article(Article(gold.id, "", gold.text, f"{path}:{gold.id}"), doc)
        words += result.words
        score_doc(fmt, labels, gold, result, doc, scores)
        _tally_rules(fmt, gold, result, doc, rules)
    return EvalReport(fmt, len(docs), words, time.perf_counter() - started, scores, dict(rules))


def _tally_rules(fmt: str, gold, result, doc, rules: dict[str, Counter]) -> None:
    """Each fact that maps to one of the benchmark's labels, counted for its rule; right when the
    benchmark holds the relation between the same head words."""
    _, lenient = entity_matches(doc, gold, result.spans)
    relations = {(r.label, r.head, r.tail) for r in gold.relations}
    for fact in result.facts:
        predicted = benchmark_relations(fmt, [fact])
        if not predicted:
            continue
        right = any((label, a, b) in relations for label, h, t in predicted
                    for a in lenient.get(h, ()) for b in lenient.get(t, ()))
        rules[fact.evidence.rule]["facts"] += 1
        rules[fact.evidence.rule]["right"] += right
