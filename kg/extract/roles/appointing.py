"""Roles given by a verb of appointing: "Nordwind named Ann Ruiz its chief executive", "Ruiz was
appointed chief executive of Nordwind", "was hired by Nordwind as ...", "promoted Ruiz to chief"."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ...lang.en.lexicon import APPOINTING_VERBS
from ...model import FORMER, PERSON, ROLE, Fact
from ...nlp import children, lemma
from ..base import Context
from .facts import dated, role_fact
from .organizations import organizations_among
from .time import held, verb_status, without_time_words
from .words import is_role

# Dependents of an appointing verb that say the role given: "named him chief" (oprd), "as chief".
ROLE_DEPS = {"oprd", "attr", "xcomp", "dobj"}


# Verbs by which one person takes another's role: "Ann Ruiz will succeed Tom Hale as chief executive".
SUCCEEDING_VERBS = {"succeed", "replace"}


def extract(ctx: Context, span: Span) -> Iterator[Fact]:
    yield from _appointed(ctx, span.root)
    yield from _succeeding(ctx, span.root)


def _succeeding(ctx: Context, person: Token) -> Iterator[Fact]:
    """"Ann Ruiz will succeed Tom Hale as chief executive of Kestrel": the one who succeeds takes the
    role (when the verb says: "will succeed" is to come), and the one succeeded held it; the
    organisation is the one the role phrase names."""
    verb = person.head
    if person.dep_ != "nsubj" or lemma(verb).lower() not in SUCCEEDING_VERBS:
        return
    before = next((c for c in children(verb) if c.dep_ == "dobj" and (r := ctx.entity(c)) is not None
                   and r.cls == PERSON and r != ctx.entity(person)), None)
    if before is None:
        return
    for noun in (p for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ == "as"
                 for p in children(prep) if p.dep_ == "pobj"):
        if not is_role(noun):
            continue
        fact = role_fact(ctx, person, noun, "role-succeeded", 0.75, 0.6, status=verb_status(verb))
        if fact is None or fact.obj is None or fact.evidence.rule != "role-succeeded":
            continue  # (a title alone, or an organisation only guessed at, says too little here)
        yield fact
        yield replace(fact, subject=ctx.entity(before), status=FORMER)


def _appointed(ctx: Context, person: Token) -> Iterator[Fact]:
    """"Microsoft named Ballmer (as) its chief executive", "Ballmer was appointed chief executive of
    Microsoft", "... was hired by Microsoft as ...": the role given, and the organisation that gave
    it when the role names none."""
    verb = person.head
    if person.dep_ in {"nmod", "compound"} and person.head.dep_ in ROLE_DEPS and person.head.i > person.i:
        # "Nordwind has named Ann C. Ruiz Jr. global head of sales": the parser
        # made the name a modifier of the role
        verb = person.head.head
        if lemma(verb).lower() not in APPOINTING_VERBS:
            return
        nouns = [person.head]
    elif person.dep_ not in {"dobj", "nsubjpass", "oprd"} or lemma(verb).lower() not in APPOINTING_VERBS:
        return  # ("named Ann Ruiz as its chief": the parser may take the name for the predicate)
    else:
        nouns = [c for c in children(verb) if c.dep_ in ROLE_DEPS and c.i != person.i]
    # "as its chief", "promoted Zucker to chief executive"
    nouns += [p for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ in {"as", "to"} for p in children(prep)
              if p.dep_ == "pobj"]
    if person.dep_ == "nsubjpass":
        givers = [p for agent in children(verb) if agent.dep_ == "agent" for p in children(agent) if p.dep_ == "pobj"]
    else:  # (the parser may label the subject of "named" a passive one)
        givers = [c for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"}]
    giver = next(organizations_among(ctx, givers), None)
    me = ctx.entity(person)
    for noun in nouns:
        if not is_role(noun) or _an_award(noun):
            continue
        fact = role_fact(ctx, person, noun, "role-appointed", 0.75, 0.6)
        if fact is None:
            continue
        if giver is not None and ctx.entity(giver) != me and (fact.obj is None or _its(noun)):
            # "Vantor named Ann Ruiz its chief": "its" is the organisation that names (a job title
            # keeps the words that date it, a membership takes them as its time: "its next chief")
            status = held(noun, fact.status) if fact.obj is None else fact.status
            role = (without_time_words(fact.role) or None) if fact.obj is None and fact.role else fact.role
            fact = Fact(ROLE, me, ctx.entity(giver), role,
                        dated(ctx.evidence(noun, "role-appointed", 0.75), ctx, person, noun, status), status)
        yield fact


def _an_award(noun: Token) -> bool:
    """"was named player of the year", "named best male artist": a prize, not a post."""
    words = {t.lower_ for t in noun.subtree}
    return "best" in words or "year" in words and "of" in words


def _its(noun: Token) -> bool:
    """"its chief executive", "their new chairman": a role owned by a pronoun."""
    return any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in children(noun))
