"""Scoring predicted relations against gold, strict (exact spans) and lenient (same head word).

An entity of ours matches a gold entity when one of its mention spans matches one of the gold
entity's mentions. A predicted relation is right when its label matches and its head and tail
match the gold relation's head and tail. Precision counts predictions that match some gold
relation; recall counts gold relations matched by some prediction.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc

from ..model import ArticleResult, EntityRef
from .datasets import EvalDoc
from .mapping import benchmark_relations


@dataclass
class Counts:
    tp: int = 0  # gold relations found
    fp: int = 0  # predictions that match no gold relation
    fn: int = 0  # gold relations missed
    pred_right: int = 0  # predictions that match some gold relation

    @property
    def precision(self) -> float:
        preds = self.pred_right + self.fp
        return self.pred_right / preds if preds else 0.0

    @property
    def recall(self) -> float:
        gold = self.tp + self.fn
        return self.tp / gold if gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.pred_right += other.pred_right

    def as_dict(self) -> dict:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass
class Scores:
    strict: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    lenient: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))

    def micro(self, mode: str, labels) -> Counts:
        total = Counts()
        for label in labels:
            total.add(getattr(self, mode)[label])
        return total


def span_root(doc: Doc, start: int, end: int) -> int | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return None if span is None or len(span) == 0 else span.root.i


def entity_matches(doc: Doc, gold: EvalDoc, spans: dict[EntityRef, list[tuple[int, int]]]):
    """For each of our entities: the gold entity ids it matches, strictly and by head word."""
    gold_spans: dict[tuple[int, int], set[int]] = defaultdict(set)
    gold_roots: dict[int, set[int]] = defaultdict(set)
    last = len(gold.text.rstrip())
    for ent in gold.entities:
        for start, end in ent.mentions:
            gold_spans[(start, end)].add(ent.id)
            if end == last and end - start > 1 and gold.text[end - 1] == ".":
                # CoNLL04's tokens glue the sentence's full stop onto the last word ("the Forest
                # Service." is one token); the name ends before it.
                gold_spans[(start, end - 1)].add(ent.id)
            root = span_root(doc, start, end)
            if root is not None:
                gold_roots[root].add(ent.id)
    strict, lenient = {}, {}
    for ref, ref_spans in spans.items():
        strict[ref] = set().union(*(gold_spans.get(s, set()) for s in ref_spans))
        lenient[ref] = set().union(*(gold_roots.get(span_root(doc, *s), set()) for s in ref_spans))
    return strict, lenient


def score_doc(fmt: str, labels, gold: EvalDoc, result: ArticleResult, doc: Doc, scores: Scores) -> None:
    predicted = {p for p in benchmark_relations(fmt, result.facts) if p[0] in labels}
    gold_rels = {(r.label, r.head, r.tail) for r in gold.relations if r.label in labels}
    strict, lenient = entity_matches(doc, gold, result.spans)
    for mode, matches in (("strict", strict), ("lenient", lenient)):
        table = getattr(scores, mode)
        found: set[tuple[str, int, int]] = set()
        for label, head, tail in sorted(predicted):
            hits = {(label, h, t) for h in matches.get(head, ()) for t in matches.get(tail, ())} & gold_rels
            if hits:
                table[label].pred_right += 1
                found |= hits
            else:
                table[label].fp += 1
        for label, h, t in gold_rels:
            if (label, h, t) in found:
                table[label].tp += 1
            else:
                table[label].fn += 1
