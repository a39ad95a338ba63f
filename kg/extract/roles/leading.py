"""Roles said by a verb of leading: "Gates founded Microsoft", "who heads Microsoft", "set up", and
the passive: "Microsoft was founded by Bill Gates", "the firm controlled by Ann Ruiz"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...model import ROLE, Fact
from ...nlp import children, lemma
from ...nlp.syntax import first_conjunct
from ..base import Context
from .clauses import COPULAS, verbs_of
from .organizations import organizations_among
from .time import verb_status

# Verbs whose subject holds a role in the organisation they take as object: lemma -> that role
# (None: a member, role unsaid). "Ballmer, who heads Microsoft", "Gates founded Microsoft".
LEADING_VERBS = {"head": "head", "lead": "leader", "run": "head", "chair": "chair", "direct": "director",
                 "manage": "manager", "found": "founder", "cofound": "co-founder", "co-found": "co-founder",
                 "join": None, "control": "owner", "own": "owner", "operate": "operator",
                 "establish": "founder", "start": "founder"}
# Phrasal verbs of the same kind: (lemma, particle) -> role. "Bossi set up the Freedom Alliance".
LEADING_PHRASALS = {("set", "up"): "founder"}


def extract(ctx: Context, span: Span) -> Iterator[Fact]:
    for verb in verbs_of(span):
        if lemma(verb) not in COPULAS:
            yield from _leads(ctx, span.root, verb)
    yield from _led_by(ctx, span.root)


def leading(verb: Token) -> tuple[str, str | None] | None:
    """The rule and the role of a verb of leading ("founded" -> founder, "set up" -> founder), or
    None. A particle makes another verb: "run up" (a debt) does not head anything."""
    word = lemma(verb).lower()
    particle = next((c.lower_ for c in children(verb) if c.dep_ == "prt"), None)
    if particle:
        role = LEADING_PHRASALS.get((word, particle), False)
        rule = f"role-verb-{word}-{particle}"
    else:
        role = LEADING_VERBS.get(word, False)
        rule = f"role-verb-{word}"
    return None if role is False else (rule, role)


def _leads(ctx: Context, person: Token, verb: Token) -> Iterator[Fact]:
    """"Gates founded Microsoft and Corbis", "runs Microsoft's games unit" (a member of it)."""
    me = ctx.entity(person)
    found = leading(verb)
    if found is not None:
        rule, led_role = found
        for org in organizations_among(ctx, [c for c in children(verb) if c.dep_ == "dobj"]):
            if ctx.entity(org) != me:
                # who runs one of its units is a member, not its head: "runs Microsoft's games unit"
                role = None if org.dep_ == "poss" else led_role
                yield Fact(ROLE, me, ctx.entity(org), role, ctx.evidence(verb, rule, 0.7), verb_status(verb))


def _led_by(ctx: Context, person: Token) -> Iterator[Fact]:
    """The passive of a leading verb: "Microsoft was founded by Bill Gates", "Nordwind, which is run
    by Ann Ruiz", "the shipping group controlled by Karl Berg", "was founded by two engineers ...,
    Ana Diaz and Paul Meyer"."""
    agent_obj = first_conjunct(person)
    if agent_obj.dep_ == "appos" and ctx.entity(agent_obj.head) is None:  # "two engineers, Ana Diaz"
        agent_obj = first_conjunct(agent_obj.head)
    if agent_obj.dep_ != "pobj" or agent_obj.head.dep_ != "agent":
        return
    verb = agent_obj.head.head
    found = leading(verb)
    if found is None or lemma(verb).lower() == "join":  # "joined by" is company, not membership
        return
    rule, role = found
    # what was led: the passive subject ("which" stands for the name the clause hangs on), or
    # the noun a participle qualifies ("the media conglomerate controlled by ...")
    led = [c for c in children(verb) if c.dep_ == "nsubjpass" and c.lower_ not in {"which", "that"}]
    if verb.dep_ in {"acl", "relcl"} and not led:
        led = [verb.head]
    # a common noun set beside the name stands for it: "The News Corporation, the media conglomerate"
    led = [t.head if ctx.entity(t) is None and t.dep_ == "appos" else t for t in led]
    me = ctx.entity(person)
    for org in organizations_among(ctx, led):
        if ctx.entity(org) != me:
            yield Fact(ROLE, me, ctx.entity(org), role, ctx.evidence(verb, rule, 0.7))
