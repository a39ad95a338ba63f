"""Team sheets and lists of people, each with the organisation they are with in brackets: "Ann Ruiz
(Harlow Rovers), Tom Hale (Zorbit Wanderers, capt), Li Wei (Harlow Rovers)"."""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from spacy.tokens import Span

from ...mentions.context import bracket_runs
from ...mentions.find import CAPTAIN_MARKS
from ...model import COUNTRY, ORGANIZATION, PERSON, PLACE, ROLE, Fact
from ..base import Context
from .words import is_role


def extract(ctx: Context, span: Span) -> Iterator[Fact]:
    """A person's name right before a bracket of a list of such names whose bracket holds one
    organisation's name and nothing else but a role or a captain's mark: the organisation the
    person plays, works or sits for, as team sheets, panels and lists of candidates write it (not
    a country: "Ann Ruiz (Canada)" says a nationality, and the country is no organisation)."""
    close = _closing(ctx, span.end)
    if close is None:
        return
    doc, person = ctx.doc, ctx.entity(span.root)
    before = doc[span.start - 1] if span.start else None
    if before is not None and len(before.text) == 1 and before.is_upper and not person.name.startswith(before.text):
        return  # "G Tell (Kestrel)", the surname found again as the "Jon Tell" named before: another player
    inside = doc[span.end + 1:close]
    named = {ctx.entity(t) for t in inside} - {None}
    if len(named) != 1:
        return
    org = named.pop()
    if org.cls != ORGANIZATION or org == person:
        return
    roles = ["captain" if t.lower_ in CAPTAIN_MARKS else t.lower_ if is_role(t) else None
             for t in inside if ctx.entity(t) is None and t.text != ","]
    if None in roles or len(roles) > 1:
        return  # "(Harlow Rovers, on loan)", "(Vantor Bank chief economist)": more than a name
    yield Fact(ROLE, person, org, roles[0] if roles else None, ctx.evidence(span.root, "member-bracketed", 0.8))


def _closing(ctx: Context, opening: int) -> int | None:
    """Where the bracket opening at ``opening`` closes, if it is one of a list's
    (kg.mentions.context.bracket_runs) whose names before the brackets are people, two or more and
    more than places (a team sheet writes some players in a way the model misses: "A Ruiz"): one
    bracket alone is as often a name's acronym or its other name ("Tom Hale (KBE)"), and a list
    of places gives each one's ("Harlow (Zorbit Valley), Leeds (Kestrel Dales)")."""
    run = next((run for run in bracket_runs(ctx.doc) if any(start == opening for start, _ in run)), None)
    if run is None:
        return None
    before = Counter(ref.cls for start, _ in run if (ref := ctx.entity(ctx.doc[start - 1])) is not None)
    if before[PERSON] < 2 or before[PLACE] + before[COUNTRY] >= before[PERSON]:
        return None
    return next(close for start, close in run if start == opening)

