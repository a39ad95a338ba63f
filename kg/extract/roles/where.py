"""Roles said in a relative clause on the organisation: "<org>, where he is a professor", "where she
teaches", "where he was on the faculty"; "he" or "she" must be the one person named before."""
from __future__ import annotations

from collections.abc import Iterator

from ...model import ORGANIZATION, PERSON, ROLE, Fact
from ...nlp import children, lemma
from ..base import Context
from .clauses import COPULAS
from .facts import role_fact
from .serving import SERVING_VERBS
from .words import is_role

# Bodies of staff one is "on": "where he was on the faculty".
STAFF_NOUNS = {"faculty", "staff", "board"}


def extract(ctx: Context) -> Iterator[Fact]:
    """"... at Yale University, where she is head of the law school", "the Institute for
    Applied Optics, where he was on the faculty", "Lyon University, where she teaches": "he" or
    "she" is the one person named before in the sentence."""
    for span, org in ctx.mentions_of(ORGANIZATION):
        for clause in (c for t in span for c in children(t)):  # on any word of the name: "Institute for Applied Optics"
            if clause.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "where" for c in children(clause)):
                continue
            pronoun = next((c for c in children(clause) if c.dep_ == "nsubj" and c.lower_ in {"he", "she"}), None)
            sentence = ctx.sentence(span.start)
            people = {ref for m, ref in ctx.resolution.mentions
                      if ref.cls == PERSON and sentence.start <= m.start and m.end <= span.start}
            if pronoun is None or len(people) != 1:  # whom "he" means must be plain
                continue
            (person,) = people
            word = lemma(clause).lower()
            if word in COPULAS:
                for attr in children(clause):
                    if attr.dep_ == "attr" and is_role(attr):
                        fact = role_fact(ctx, pronoun, attr, "role-where", 0.7, 0.6)
                        label = fact.role if fact is not None else None
                        yield Fact(ROLE, person, org, label, ctx.evidence(attr, "role-where", 0.7))
                on_staff = any(p.lower_ == "on" and lemma(o).lower() in STAFF_NOUNS for p in children(clause)
                               if p.dep_ == "prep" for o in children(p) if o.dep_ == "pobj")
                if on_staff:
                    yield Fact(ROLE, person, org, None, ctx.evidence(clause, "role-where", 0.7))
            elif word in SERVING_VERBS:  # "where she teaches", "where he worked for 20 years"
                yield Fact(ROLE, person, org, None, ctx.evidence(clause, "role-where", 0.7))
