"""Roles said by what a person does for an organisation: "works for", "served in", "teaches at",
"<verb> as <role>" ("serves as chairman of Nordwind", "is leaving to join Vexa as co-head"), and
leaving one ("left Nordwind in 2004": a former member)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.en.lexicon import LEFT_VERBS, REMOVAL_VERBS
from ...model import FORMER, ROLE, Fact
from ...nlp import children, lemma
from ..base import Context
from .clauses import COPULAS, verbs_of
from .facts import dated, role_fact
from .organizations import organizations_among
from .time import held, verb_status, without_time_words
from .words import is_role

# Verbs that tie their subject to an organisation through a preposition: "works for Microsoft",
# "served 24 years in Congress", "taught at Harvard".
SERVING_VERBS = {"work": {"for", "at", "with"}, "serve": {"in", "on", "with", "at"}, "teach": {"at"},
                 "design": {"for"}, "write": {"for"}, "play": {"for"}}


def extract(ctx: Context, span: Span) -> Iterator[Fact]:
    verbs = verbs_of(span)
    root = span.root
    if root.dep_ == "nsubjpass" and lemma(root.head).lower() in REMOVAL_VERBS:
        verbs.append(root.head)  # "Ruiz was sacked as manager of Kestrel": the role she was put out of
    for verb in verbs:
        if lemma(verb) not in COPULAS:
            yield from _serves(ctx, span.root, verb)


def _serves(ctx: Context, person: Token, verb: Token) -> Iterator[Fact]:
    word = lemma(verb).lower()
    me = ctx.entity(person)
    if word in LEFT_VERBS:  # "left Siemens in 2004", "quit the bank": a member no longer
        for org in organizations_among(ctx, [c for c in children(verb) if c.dep_ == "dobj"]):
            if ctx.entity(org) != me:
                evidence = dated(ctx.evidence(verb, f"role-verb-{word}", 0.65), ctx, person, None, FORMER, verb)
                yield Fact(ROLE, me, ctx.entity(org), None, evidence, FORMER)
    # "teaches physics at Lyon University": the parser hangs the place of work on the object
    objects = [c for c in children(verb) if c.dep_ == "dobj" and ctx.entity(c) is None]
    for prep in [*children(verb), *(p for o in objects for p in children(o))]:
        if prep.dep_ != "prep":
            continue
        if word in SERVING_VERBS and prep.lower_ in SERVING_VERBS[word]:
            for org in organizations_among(ctx, [c for c in children(prep) if c.dep_ == "pobj"]):
                if ctx.entity(org) != me:
                    yield Fact(ROLE, me, ctx.entity(org), None, ctx.evidence(verb, f"role-verb-{word}", 0.65),
                               verb_status(verb))
        elif prep.lower_ == "as" and prep.head.i == verb.i:  # "serves as chairman of Microsoft"
            for noun in children(prep):
                if noun.dep_ == "pobj" and is_role(noun):
                    fact = role_fact(ctx, person, noun, "role-as", 0.7, 0.6, verb_status(verb))
                    if fact and fact.obj is None and not _placed(noun):
                        # the organisation the verb names: "is leaving to join Nordwind as co-head"
                        org = next(organizations_among(ctx, verb_objects(verb)), None)
                        if org is not None and ctx.entity(org) != me:
                            status = held(noun, verb_status(verb))
                            fact = Fact(ROLE, me, ctx.entity(org), without_time_words(fact.role) or None,
                                        dated(ctx.evidence(noun, "role-as", 0.7), ctx, person, noun, status), status)
                    if fact and fact.obj is not None:
                        yield fact


# Prepositions that tie a role to where it is held
ROLE_PLACES = {"at", "for", "with"}


def _placed(noun: Token) -> bool:
    """Whether the role says where it is held ("as an analyst at a brokerage", "as a consultant
    for a bank"), so that the verb's object is not the organisation it is held in: "Ann Ruiz, who
    covers Vantor as an analyst at Kestrel Partners", follows Vantor for another firm. ("as head
    of its bank unit" is a part of the verb's: "of" and "in" say which part.)"""
    return any(c.dep_ == "prep" and c.lower_ in ROLE_PLACES for c in children(noun))


def verb_objects(verb: Token) -> list[Token]:
    """What a verb acts on or goes to: "joined Citigroup", "arrived at Tyco", "came to Microsoft"."""
    return [c for c in children(verb) if c.dep_ == "dobj"] + [
        p for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ in {"at", "to", "for"}
        for p in children(prep) if p.dep_ == "pobj"]
