"""Where organizations are based: "California-based Apple", "Acme, based in Oslo", "headquartered in"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ..model import BASED_IN, COUNTRY, ORGANIZATION, PLACE, EntityRef, Fact
from .base import Context

BASED_WORDS = {"based", "headquartered", "headquarter"}


def _place(ctx: Context, token: Token) -> EntityRef | None:
    ref = ctx.entity(token)
    return ref if ref and ref.cls in {PLACE, COUNTRY} else None


def _org(ctx: Context, token: Token) -> EntityRef | None:
    ref = ctx.entity(token)
    return ref if ref and ref.cls == ORGANIZATION else None


def extract(ctx: Context) -> Iterator[Fact]:
    doc = ctx.doc
    for tok in doc:
        if tok.lower_ not in BASED_WORDS:
            continue
        # "California-based Apple": the place is hyphenated onto "based", which modifies the org.
        if tok.i >= 2 and doc[tok.i - 1].text == "-":
            place = _place(ctx, doc[tok.i - 2])
            org = next((_org(ctx, t) for t in [tok.head, *tok.head.subtree] if _org(ctx, t)), None)
            if place and org:
                yield Fact(BASED_IN, org, place, None, ctx.evidence(tok, "based-compound", 0.85))
            continue
        # "Acme, based in Oslo" / "Acme is headquartered in Oslo"
        places = [_place(ctx, p) for prep in tok.children if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}
                  for p in prep.children if p.dep_ == "pobj"]
        places = [p for p in places if p]
        if not places:
            continue
        org = _org(ctx, tok.head) if tok.dep_ in {"acl", "amod"} else None
        if org is None:
            org = next((_org(ctx, c) for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and _org(ctx, c)), None)
        if org:
            for place in places:
                yield Fact(BASED_IN, org, place, None, ctx.evidence(tok, "based-in", 0.85))
