"""Country - rivalry - country: "the rift between China and the U.S.", "China and U.S. in close race"."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..lang.en.lexicon import RIVALRY_NOUNS, RIVALRY_VERBS
from ..model import COUNTRY, RIVALRY, EntityRef, Fact
from ..nlp import lemma
from .base import Context


def _is_cue(token: Token) -> bool:
    # Sentence-initial nouns ("Tensions between ...") are often tagged PROPN by the small model.
    if token.pos_ in {"NOUN", "PROPN"}:
        return lemma(token).lower() in RIVALRY_NOUNS
    return token.pos_ == "VERB" and lemma(token).lower() in RIVALRY_VERBS


def _conjuncts(ctx: Context, token: Token) -> list[EntityRef]:
    refs = [ctx.entity(t) for t in (token, *token.conjuncts)]
    return [r for r in refs if r is not None and r.cls == COUNTRY]


def _pair(a: EntityRef, b: EntityRef) -> tuple[EntityRef, EntityRef] | None:
    return None if a == b else tuple(sorted((a, b)))


def _sentence_facts(ctx: Context, sent: Span) -> Iterator[Fact]:
    cues = [t for t in sent if _is_cue(t)]
    if not cues:
        return
    seen: set[tuple[EntityRef, EntityRef]] = set()

    def emit(a: EntityRef, b: EntityRef, cue: Token, rule: str, conf: float) -> Iterator[Fact]:
        pair = _pair(a, b)
        if pair and pair not in seen:
            seen.add(pair)
            yield Fact(RIVALRY, pair[0], pair[1], None, ctx.evidence(cue, rule, conf))

    for cue in cues:
        for child in cue.children:
            # "the rift between China and the U.S."
            if child.dep_ == "prep" and child.lower_ == "between":
                for pobj in child.children:
                    refs = _conjuncts(ctx, pobj)
                    if len(refs) >= 2:
                        yield from emit(refs[0], refs[1], cue, "rivalry-between", 0.85)
            # "China and the U.S. compete", "China competes with the U.S.", "China's rivalry with Japan"
            if child.dep_ in {"nsubj", "poss"}:
                subjects = _conjuncts(ctx, child)
                if len(subjects) >= 2:
                    yield from emit(subjects[0], subjects[1], cue, "rivalry-subjects", 0.8)
                for prep in cue.children:
                    if prep.dep_ == "prep" and prep.lower_ in {"with", "against"}:
                        for pobj in prep.children:
                            for other in _conjuncts(ctx, pobj):
                                for subject in subjects:
                                    yield from emit(subject, other, cue, "rivalry-with", 0.8)
    # "China and U.S. in close race": coordinated countries in a sentence about a rivalry.
    for token in sent:
        if token.dep_ != "conj":
            refs = _conjuncts(ctx, token)
            if len(refs) >= 2:
                yield from emit(refs[0], refs[1], cues[0], "rivalry-coordination", 0.6)


def extract(ctx: Context) -> Iterator[Fact]:
    # Every rule needs two countries in one sentence: most sentences are skipped before any cue
    # word is looked at.
    countries = sorted((i, ref) for i, ref in ctx.resolution.token_refs.items() if ref.cls == COUNTRY)
    starts = [i for i, _ in countries]
    for sent in ctx.doc.sents:
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        if len({ref for _, ref in countries[lo:hi]}) >= 2:
            yield from _sentence_facts(ctx, sent)
