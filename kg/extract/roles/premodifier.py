"""A role written before the name it belongs to: "Microsoft chief executive Steve Ballmer"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from ...model import Fact
from ..base import Context
from .facts import role_fact
from .words import is_role


def extract(ctx: Context, span: Span) -> Iterator[Fact]:
    root = span.root
    for child in root.children:
        if child.i < span.start and child.dep_ in {"compound", "nmod"} and is_role(child):
            fact = role_fact(ctx, root, child, "role-premodifier", 0.75, 0.6)
            if fact:
                yield fact
