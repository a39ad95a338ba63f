"""Person - role - organisation, and job titles of people with no organisation named.

One module per construction; each reads the roles a person mention takes part in. ``extract`` runs
them all over every person of the article, then adds the organisations' parents.
"""
from __future__ import annotations

from collections.abc import Iterator

from ...model import PERSON, Fact
from ..base import Context
from . import (
    appointing,
    apposition,
    bands,
    bracketed,
    context,
    copula,
    described,
    leading,
    membership,
    premodifier,
    serving,
    where,
)
from .words import is_person_noun, is_role

# Constructions read around each person mention, by the rule family they write.
PERSON_CONSTRUCTIONS = (
    apposition.extract,  # role-apposition, role-before-name
    premodifier.extract,  # role-premodifier
    premodifier.run_on,  # role-before-name-run-on
    membership.extract,  # member-possessive, member-of, member-of-list
    copula.extract,  # role-copula
    leading.extract,  # role-verb-<lemma>: founded, heads, was founded by ...
    serving.extract,  # role-verb-work/serve/teach ..., role-as
    appointing.extract,  # role-appointed
    bracketed.extract,  # member-bracketed: team sheets, "Ann Ruiz (Harlow Rovers)"
)


def extract(ctx: Context) -> Iterator[Fact]:
    facts = [fact for span, _ref in ctx.mentions_of(PERSON) for construction in PERSON_CONSTRUCTIONS
             for fact in construction(ctx, span)]
    facts += where.extract(ctx)  # read from the organisation's side: "<org>, where he is a professor"
    facts += described.extract(ctx, facts)  # role-described: "Ann Ruiz said ... The Kestrel leader added"
    facts += context.extract(ctx, facts)  # role-title-context: "Chief executive Ann Ruiz said the firm ..."
    facts += bands.extract(ctx, facts)  # role-band-context: "Rock band Kestrel ... drummer Ann Ruiz"
    yield from facts
    yield from membership.parent_organizations(ctx, facts)


__all__ = ["extract", "is_person_noun", "is_role", "PERSON_CONSTRUCTIONS"]
