"""A role said with a copula: "Ann Ruiz is chief executive of Nordwind", "who is chief executive of
...", "went on to become chief lawyer for the bank"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from ...model import Fact
from ...nlp import lemma
from ..base import Context
from .clauses import COPULAS, verbs_of
from .facts import role_fact
from .time import verb_status
from .words import is_role


def extract(ctx: Context, span: Span) -> Iterator[Fact]:
    for verb in verbs_of(span):
        if lemma(verb) in COPULAS:
            for attr in verb.children:
                if attr.dep_ == "attr" and is_role(attr):
                    fact = role_fact(ctx, span.root, attr, "role-copula", 0.75, 0.6, verb_status(verb))
                    if fact:
                        yield fact
