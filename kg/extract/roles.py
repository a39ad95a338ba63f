"""Person - role - organization, and job titles of people with no organization named."""
from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Token

from ..lexicon import ROLE_NOUNS, TITLE_WORDS
from ..model import ORGANIZATION, PERSON, ROLE, Fact
from ..nlp import lemma
from .base import Context, entity_tokens, phrase
from .entities import appositives

# Prepositions that attach an organisation to a role: "chief executive of/at/for Microsoft".
ORG_PREPS = {"of", "at", "for", "with", "in"}
MAX_PREP_CHAIN = 3
AGENTIVE = re.compile(r"(er|or|ist|ian|ant|ent)$")


def is_role(noun: Token) -> bool:
    word = lemma(noun).lower()
    return noun.pos_ == "NOUN" and (word in ROLE_NOUNS or bool(AGENTIVE.search(word)) and len(word) > 4)


def _organization(ctx: Context, noun: Token) -> tuple[Token | None, list[Token]]:
    """The organisation a role noun is tied to, and the tokens that say so (to leave out of the label).

    Directly: "Microsoft's chief executive", "Microsoft chief executive", "chief executive of
    Microsoft". Through a chain of prepositions: "a professor of political science at Queens
    College" (the nearest organisation wins; the chain stops at clauses).
    """
    for child in noun.children:
        ref = ctx.entity(child)
        if ref and ref.cls == ORGANIZATION and child.dep_ in {"poss", "compound", "nmod", "amod"}:
            return child, entity_tokens(ctx, child)
    frontier = [(c, c) for c in noun.children if c.dep_ == "prep" and c.lower_ in ORG_PREPS]
    for _ in range(MAX_PREP_CHAIN):
        next_frontier = []
        for prep, top in frontier:
            for pobj in prep.children:
                if pobj.dep_ != "pobj":
                    continue
                ref = ctx.entity(pobj)
                if ref and ref.cls == ORGANIZATION:
                    return pobj, list(top.subtree)
                if ref is None:  # go on through a common noun: "of political science at ..."
                    next_frontier += [(c, c) for c in pobj.children if c.dep_ == "prep" and c.lower_ in ORG_PREPS]
        frontier = next_frontier
    return None, []


def _fact(ctx: Context, person: Token, noun: Token, rule: str, with_org: float, alone: float) -> Fact | None:
    org_token, org_tokens = _organization(ctx, noun)
    label = phrase(noun, drop=org_tokens + [t for t in person.subtree if ctx.entity(t) == ctx.entity(person)])
    if not label or not any(ch.isalpha() for ch in label):
        return None
    # Titles are written "Chief Executive" or "chief executive": one role either way; names stay.
    label = " ".join(w.lower() if w.istitle() and w.lower() in TITLE_WORDS else w for w in label.split())
    if org_token is not None:
        return Fact(ROLE, ctx.entity(person), ctx.entity(org_token), label,
                    ctx.evidence(noun, rule, with_org))
    return Fact(ROLE, ctx.entity(person), None, label, ctx.evidence(noun, rule + "-title", alone))


def extract(ctx: Context) -> Iterator[Fact]:
    for span, _ref in ctx.mentions_of(PERSON):
        root = span.root
        # "Ma Heliang, an influential figure within China's film sector" / "Microsoft's boss, Bill Gates"
        for appositive in appositives(span):
            for noun in [appositive, *appositive.conjuncts]:
                if is_role(noun):
                    fact = _fact(ctx, root, noun, "role-apposition", 0.8, 0.7)
                    if fact:
                        yield fact
        # "Microsoft chief executive Steve Ballmer"
        for child in root.children:
            if child.i < span.start and child.dep_ in {"compound", "nmod"} and is_role(child):
                fact = _fact(ctx, root, child, "role-premodifier", 0.75, 0.6)
                if fact:
                    yield fact
        # "Roger K. Crouch of NASA", "NASA's Bill Nelson": a member, role unsaid
        org_token, _ = _organization(ctx, root)
        if org_token is not None and ctx.entity(org_token) != ctx.entity(root):
            yield Fact(ROLE, ctx.entity(root), ctx.entity(org_token), None, ctx.evidence(root, "member-of", 0.6))
        # "Steve Ballmer is chief executive of Microsoft"
        if root.dep_ == "nsubj" and lemma(root.head) == "be":
            for attr in root.head.children:
                if attr.dep_ == "attr" and is_role(attr):
                    fact = _fact(ctx, root, attr, "role-copula", 0.75, 0.6)
                    if fact:
                        yield fact
