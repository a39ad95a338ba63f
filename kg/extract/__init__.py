"""Extraction: one module per fact family, each a generator of Fact records over a Context.

``EXTRACTORS`` is the one place a family is registered, by a stable name.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc

from ..mentions.resolve import resolve
from ..model import ROLE, Article, ArticleResult, Fact
from ..precision import LEARNED
from . import capabilities, origins, pairs, places, products, rivalry, roles
from .base import Context
from .roles import titled

EXTRACTORS: dict[str, Callable[[Context], Iterator[Fact]]] = {
    "roles": roles.extract,
    "rivalry": rivalry.extract,
    "products": products.extract,
    "capabilities": capabilities.extract,
    "places": places.extract,
    "origins": origins.extract,
    "pairs": pairs.extract,
}


def _drop_subsumed(facts: list[Fact]) -> list[Fact]:
    """A membership with a role says all that one without a role says: keep the richer one."""
    with_role = {(f.subject, f.obj) for f in facts if f.family == ROLE and f.obj is not None and f.role}
    return [f for f in facts if not (f.family == ROLE and f.obj is not None and not f.role
                                     and (f.subject, f.obj) in with_role)]


def _drop_explained(facts: list[Fact]) -> list[Fact]:
    """A membership a pattern read in a sentence explains its person there: the classifier's guess
    that the person belongs to another organisation of that sentence is dropped. In "Ana Silva,
    the chair of the World Bank, and Tom Reyes, the head of the climate fund of the UN", Reyes's
    organisation is the UN, not the World Bank. (Not the other way round: one organisation
    often has several of its people in one sentence.)"""
    def membership(f: Fact) -> bool:
        return f.family == ROLE and f.obj is not None

    pairs = {(f.evidence.start, f.subject, f.obj) for f in facts
             if membership(f) and not f.evidence.rule.startswith(LEARNED)}
    said = {(sentence, person) for sentence, person, _org in pairs}
    return [f for f in facts if not (
        membership(f) and f.evidence.rule.startswith(LEARNED)
        and (f.evidence.start, f.subject) in said and (f.evidence.start, f.subject, f.obj) not in pairs)]


def extract_article(article: Article, doc: Doc) -> ArticleResult:
    """Resolve the entities of one parsed article and run every extractor over it."""
    resolution = resolve(doc)
    ctx = Context(doc, article, resolution)
    facts: list[Fact] = []
    for extractor in EXTRACTORS.values():
        facts.extend(extractor(ctx))
    facts = origins.without_contradicted(_drop_explained(_drop_subsumed(facts)))
    # "said analyst Ann Ruiz at Vantor": the membership takes the title (after the memberships a
    # richer one says all of are gone, so that no guess survives by taking a title), unless the
    # title says one acted in it or won it ("Nordwind Radio actress Ann Ruiz")
    facts = titled.without_performers(facts)
    facts = _drop_subsumed(facts + titled.extract(facts))
    words = int((doc.to_array([IS_SPACE, IS_PUNCT]).sum(axis=1) == 0).sum()) if len(doc) else 0
    spans: dict = {}
    for mention, ref in resolution.mentions:
        span = mention.span(doc)
        spans.setdefault(ref, []).append((span.start_char, span.end_char))
    return ArticleResult(article, resolution.entities, sorted(set(facts), key=Fact.sort_key),
                         resolution.iso_codes, words, spans, resolution.cued)
