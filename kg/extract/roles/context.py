"""Roles whose organisation the text leaves to the reader: "Chief executive Ann Ruiz said the firm
would grow", "Tom Hale, finance director, said costs fell", in a story about one company.

News names the company once and then its officers by their titles alone. The company is the one
the story last made the subject of a sentence (in the person's sentence or the two before),
passing over people, who are quoted between the company and its officers, and it must be the
organisation the article names most, with no other named as often: in a story about a football
club or an oil company, the last subject may be the club's ground or the firm's rival. In a story
that visits one firm after another, it may instead be the only organisation named in those
sentences ("Kestrel is a steel firm in Lille. ... Boss Ann Ruiz says").
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Token

from ...model import ORGANIZATION, PERSON, ROLE, EntityRef, Fact
from ...nlp import children
from ...nlp.syntax import subjects_before
from ..base import Context
from .time import label_status, without_time_words

# Titles only a company's (or a body's) own officers carry. Not "president", "minister" or
# "leader" ("President Ann Ruiz" heads a country), nor "analyst" or "economist", who mostly work
# for a bank that comments on the company.
OFFICER_TITLES = frozenset({
    "chief executive", "chief executive officer", "chairman", "chairwoman", "managing director",
    "finance director", "financial director", "chief financial officer", "chief operating officer",
    "executive chairman", "deputy chairman", "group chief executive", "founder", "co-founder",
    "general manager", "factory manager", "plant manager", "employee", "spokesman", "spokeswoman",
    "spokesperson", "chief technology officer", "boss",
})
# The constructions that write a title with no organisation (kg.extract.roles.facts).
TITLE_RULES = frozenset({"role-premodifier-title", "role-apposition-title", "role-before-name-title"})


def extract(ctx: Context, facts: list[Fact]) -> Iterator[Fact]:
    """The organisation in focus for each officer's title said with none, unless the article gives
    that person an organisation elsewhere."""
    placed = {f.subject for f in facts if f.family == ROLE and f.obj is not None}
    titled = {(f.subject, f.evidence.start): f for f in facts
              if f.family == ROLE and f.obj is None and f.role and without_time_words(f.role).lower() in OFFICER_TITLES
              and f.evidence.rule in TITLE_RULES}
    named = Counter(ref for _m, ref in ctx.resolution.mentions if ref.cls == ORGANIZATION).most_common(2)
    # the one organisation the story is about, if there is one
    focus = named[0][0] if named and (len(named) == 1 or named[0][1] > named[1][1]) else None
    doc = ctx.doc
    for span, ref in ctx.mentions_of(PERSON):
        if ref in placed:
            continue
        # ("its founder Ann Ruiz", "the firm's chairman Tom Hale": an owner written is for the
        # rules that read owners, kg.extract.roles.organizations)
        if any(t.dep_ == "poss" for t in doc[max(span.start - 4, 0):span.start]):
            continue
        sentence = ctx.sentence(span.start)
        fact = next((f for (who, start), f in titled.items()
                     if who == ref and sentence.start_char <= start < sentence.end_char), None)
        if fact is None:
            continue
        start = ctx.start_back(span.start, 2)
        for subject in subjects_before(span.root, start):
            found = _named_by(ctx, subject)
            if found is None or found.cls == PERSON:
                continue
            if found == focus or found.cls == ORGANIZATION and _the_one_named(ctx, found, start, span.start):
                yield Fact(ROLE, ref, found, without_time_words(fact.role),
                           ctx.evidence(span.root, "role-title-context", 0.6), label_status(fact.role))
            break


def _the_one_named(ctx: Context, org: EntityRef, start: int, end: int) -> bool:
    """Whether ``org`` is the only organisation named from token ``start`` up to ``end``: in a story
    that visits one firm after another ("Kestrel is a steel firm in Lille ... Boss Ann Ruiz says"),
    the officer after a firm is that firm's when no other is named between."""
    return {ref for m, ref in ctx.resolution.mentions if ref.cls == ORGANIZATION and start <= m.start < end} == {org}


def _named_by(ctx: Context, subject: Token) -> EntityRef | None:
    """What a subject names: its entity, or the organisation named beside a noun ("Channel operator
    Vantor", "the operator, Vantor"; not the product of "the Vantor Zephyr jet"). "The firm" is
    left alone: in a story of two firms it is as often the other one."""
    found = ctx.entity(subject)
    if found is not None or subject.pos_ != "NOUN":
        return found
    return next((named for child in children(subject)
                 if child.dep_ in {"appos", "compound"} and child.pos_ == "PROPN"
                 and (named := ctx.entity(child)) is not None and named.cls == ORGANIZATION), None)
