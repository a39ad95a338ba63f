"""A title and an organisation said of one person in one sentence are one role: in "said analyst
Ann Ruiz at Vantor" the title is read before the name (a job title with no organisation) and the
organisation after it (a membership with no role); the membership takes the title."""
from __future__ import annotations

import re
from dataclasses import replace

from ...lang.en.lexicon import PERFORMER_ROLES
from ...model import CURRENT, ROLE, Fact
from ...precision import LEARNED
from .time import label_status, without_time_words

# Where a title that names its organisation goes on to name it: "director of the Vantor Trust".
ORG_PREPOSITION = re.compile(r"\s(?:of|at|from|for|with|to)\s")


def extract(facts: list[Fact]) -> list[Fact]:
    """The memberships with no role said that gain the title their person is given in the same
    sentence; when the sentence gives two titles, none (which one goes with the organisation is
    not said). A time the membership's own words give ("left Vantor") stands; else the title's
    time word gives it ("said former analyst Ann Ruiz at Vantor"), and leaves the role's label."""
    titles = _titles(facts)
    out = []
    for f in facts:
        said = titles.get(_said_where(f), set())
        if f.family == ROLE and f.obj is not None and not f.role and len(said) == 1:
            role, status = next(iter(said))
            timed = label_status(role) if status == CURRENT else status
            if timed != CURRENT and f.evidence.rule.startswith(LEARNED):
                # the classifier's guess may be the person's other organisation: "Tom Hale, a
                # former minister, defected to Labour" (5 of 6 such on BBC were no former role there)
                continue
            # ("said former analyst Ann Ruiz at Vantor": the title's time word is the membership's time)
            status = timed
            out.append(replace(f, role=without_time_words(_without_organization(role, f.obj.name)) or None,
                               status=f.status if f.status != CURRENT else status))
    return out


def without_performers(facts: list[Fact]) -> list[Fact]:
    """The facts less the memberships with no role said whose person the same sentence calls only
    what one is in a work or a contest: "Nordwind Radio actress Ann Ruiz" acted in a programme,
    "Kestrel Open champion Tom Hale" won a tournament; neither is a member of it."""
    titles = _titles(facts)
    return [f for f in facts if not (f.family == ROLE and f.obj is not None and not f.role
                                     and (said := titles.get(_said_where(f)))
                                     and all(_performer(role) for role, _status in said))]


def _titles(facts: list[Fact]) -> dict[tuple, set[tuple[str, str]]]:
    """The titles (role, time) said of each person in each sentence, with no organisation."""
    titles: dict[tuple, set[tuple[str, str]]] = {}
    for f in facts:
        if f.family == ROLE and f.obj is None and f.role:
            titles.setdefault(_said_where(f), set()).add((f.role, f.status))
    return titles


def _said_where(f: Fact) -> tuple:
    """Who a fact is about and the sentence it is read in."""
    return f.subject, f.evidence.article_id, f.evidence.start


def _performer(role: str) -> bool:
    words = without_time_words(role).lower().split()
    return bool(words) and words[-1] in PERFORMER_ROLES


def _without_organization(title: str, org: str) -> str:
    """The title up to where it names the organisation: "director of the Vantor Trust" at the
    Vantor Trust is a director ("of the Pew Vantor Trust" names it too, in a longer form)."""
    names = {w for w in org.split() if w[:1].isupper()}
    for cut in ORG_PREPOSITION.finditer(title):
        if names & set(title[cut.end():].split()):
            return title[:cut.start()]
    return title
