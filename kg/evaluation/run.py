"""Run the extraction kg build uses over a benchmark and score it."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .. import nlp as nlp_mod
from ..errors import KgError
from ..extract import extract_article
from ..model import Article
from .datasets import LOADERS
from .mapping import HEADLINE, MAPPING
from .score import Scores, score_doc


@dataclass
class EvalReport:
    fmt: str
    docs: int
    words: int
    seconds: float
    scores: Scores

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
    words = 0
    started = time.perf_counter()
    for gold, doc in zip(docs, nlp.pipe((d.text for d in docs), batch_size=32)):
        result = extract_article(Article(gold.id, "", gold.text, f"{path}:{gold.id}"), doc)
        words += result.words
        score_doc(fmt, labels, gold, result, doc, scores)
    return EvalReport(fmt, len(docs), words, time.perf_counter() - started, scores)
