"""A role said with a copula: "Ann Ruiz is chief executive of Nordwind", "who is chief executive of
...", "went on to become chief lawyer for the bank"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...model import ORGANIZATION, Fact
from ...nlp import children, lemma
from ..base import Context
from .clauses import COPULAS, verbs_of
from .facts import role_fact
from .time import verb_status
from .words import is_role


def extract(ctx: Context, span: Span) -> Iterator[Fact]:
    for verb in verbs_of(span):
        if lemma(verb) in COPULAS:
            for attr in children(verb):
                if attr.dep_ == "attr" and is_role(attr):
                    fact = role_fact(ctx, span.root, attr, "role-copula", 0.75, 0.6, verb_status(verb),
                                     beside=_organization_after(ctx, verb, attr))
                    if fact:
                        yield fact


def _organization_after(ctx: Context, verb: Token, attr: Token) -> Token | None:
    """"who is vice-president of research at Vantor": the parser often hangs "at Vantor" on the
    verb; an organisation there, after the role, is where the role is held."""
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ in {"at", "with", "for"} and prep.i > attr.i:
            for pobj in children(prep):
                ref = ctx.entity(pobj)
                if pobj.dep_ == "pobj" and ref is not None and ref.cls == ORGANIZATION:
                    return pobj
    return None
