"""Extraction: one module per fact family, each a generator of Fact records over a Context.

``EXTRACTORS`` is the one place a family is registered, by a stable name.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Doc

from ..model import Article, ArticleResult, Fact
from ..resolve import resolve
from . import products, rivalry, roles
from .base import Context

EXTRACTORS: dict[str, Callable[[Context], Iterator[Fact]]] = {
    "roles": roles.extract,
    "rivalry": rivalry.extract,
    "products": products.extract,
}


def extract_article(article: Article, doc: Doc) -> ArticleResult:
    """Resolve the entities of one parsed article and run every extractor over it."""
    resolution = resolve(doc)
    ctx = Context(doc, article, resolution)
    facts: list[Fact] = []
    for extractor in EXTRACTORS.values():
        facts.extend(extractor(ctx))
    words = sum(1 for t in doc if not (t.is_space or t.is_punct))
    return ArticleResult(article, resolution.entities, sorted(set(facts), key=Fact.sort_key), resolution.iso_codes, words)
