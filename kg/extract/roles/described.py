"""Roles said of a person by a description in place of the name: "Ann Ruiz promised lower taxes.
The Kestrel Party leader also said ...". News names a person, then calls them by their role
("the Tory leader", "the Vantor spokeswoman") to vary the sentence; the description names the
organisation and the role, and the person is the one just named.

Read only where the reader has one person to choose: a description in the subject (or the
owner, "the Kestrel leader's own role") with no name of its own, and exactly one person named in
its sentence up to it and the two sentences before, leaving out those the article gives a role in
another organisation and those named in what a person so described says.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN, nsubj, nsubjpass, poss
from spacy.tokens import Token

from ...lang.en.lexicon import PERFORMER_ROLES, QUOTING_VERBS
from ...model import CURRENT, ORGANIZATION, PERSON, ROLE, EntityRef, Fact
from ...nlp import children, common_nouns, lemma, tokens
from ..base import Context
from .organizations import organization_of
from .time import held, without_time_words
from .words import is_role

SENTENCES_BACK = 2
# Role nouns that name a body of people in the singular, none of them one named before: "Ann Ruiz
# took her son to Harlow. The Kestrel Clinic staff did all they could."
GROUPS = frozenset({"staff", "crew", "personnel", "workforce"})
# Where a description stands: the subject of its clause or an owner (the parser's ids, read of
# every word of the article before the rest of _a_description)
_OWN_CLAUSE = {nsubj, nsubjpass, poss}


def extract(ctx: Context, facts: list[Fact]) -> Iterator[Fact]:
    """``facts`` are the roles read so far: one who holds a role elsewhere is not the one described
    ("Liberal leader Ann Ruiz ... the Kestrel leader's own role" is another leader's)."""
    if not ctx.mentions_of(PERSON):
        return
    elsewhere: dict[EntityRef, set[EntityRef]] = {}
    for f in facts:
        if f.family == ROLE and f.obj is not None:
            elsewhere.setdefault(f.subject, set()).add(f.obj)
    for noun in common_nouns(ctx.doc):
        if noun.dep not in _OWN_CLAUSE or not _a_description(ctx, noun):
            continue
        org_token, org_tokens = organization_of(ctx, noun)
        if org_token is None or ctx.entity(org_token).cls != ORGANIZATION:
            continue
        org = ctx.entity(org_token)
        person = _the_one_person_before(ctx, noun, {p for p, orgs in elsewhere.items() if orgs - {org}})
        if person is None:
            continue
        label = " ".join(t.text for t in noun.subtree
                         if t.i <= noun.i and t not in org_tokens and t.dep_ not in {"det", "poss", "case"})
        yield Fact(ROLE, person, ctx.entity(org_token), without_time_words(label.lower()) or None,
                   ctx.evidence(noun, "role-described", 0.6), held(noun, CURRENT))


def _a_description(ctx: Context, noun: Token) -> bool:
    """"The Kestrel leader said": of a noun the subject of its clause or an owner (_OWN_CLAUSE, asked
    first by the caller), whether it is a singular role noun after "the" that names nobody (not "the
    Kestrel leader, Ann Ruiz," nor "Kestrel leader Ann Ruiz")."""
    return (noun.tag_ == "NN"
            and ctx.entity(noun) is None and is_role(noun) and lemma(noun).lower() not in PERFORMER_ROLES | GROUPS
            # ("..., said the Vantor spokesman": a source news leaves unnamed, after the quote)
            and not (noun.dep_ == "nsubj" and noun.head.i < noun.i and lemma(noun.head).lower() in QUOTING_VERBS)
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children(noun))
            and not any(c.dep_ in {"appos", "compound"} and (r := ctx.entity(c)) is not None and r.cls == PERSON
                        for c in children(noun))
            and not (noun.i + 1 < len(noun.doc) and (r := ctx.entity(noun.doc[noun.i + 1])) is not None
                     and r.cls == PERSON))


def _the_one_person_before(ctx: Context, noun: Token, taken: set[EntityRef]) -> EntityRef | None:
    """The person named before the description, in its sentence and the two before, when only one
    is that may hold the role (not one of ``taken``, who hold a role in another organisation:
    "Ann Ruiz ... in Tom Hale's cabinet ... the Kestrel leader", where Tom Hale leads the Vantor
    Party)."""
    start = ctx.start_back(noun.i, SENTENCES_BACK)
    reported = _reported_by_descriptions(ctx, start, ctx.sentence(noun.i).end)
    people = {ref for m, ref in ctx.resolution.mentions
              if ref.cls == PERSON and start <= m.start < noun.i and m.start not in reported}
    people -= taken
    return next(iter(people)) if len(people) == 1 else None


def _reported_by_descriptions(ctx: Context, start: int, end: int) -> set[int]:
    """The words between ``start`` and ``end`` in what someone called by a description says: "Mr
    Hale's plan is a sham, the Kestrel leader said" is said of Mr Hale by another, whom news does
    not make name himself in his own words."""
    inside: set[int] = set()
    for verb in tokens(ctx.doc)[start:end]:
        if lemma(verb).lower() not in QUOTING_VERBS:
            continue
        said = [c for c in children(verb) if c.dep_ == "ccomp"]
        if said and any(c.dep == nsubj and c.pos == NOUN and _a_description(ctx, c) for c in children(verb)):
            inside.update(t.i for clause in said for t in clause.subtree)
    return inside
