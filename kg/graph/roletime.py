"""Roles in time: when a role began and ended, as the sentences date it and as the news bounds
it, and the OWL-Time interval that says so (org:memberDuring). Kept apart from the builders so
that kg query --as-of can redraw intervals without loading what builds a graph."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from rdflib import RDF, XSD, Literal, URIRef
from rdflib.namespace import TIME

from ..model import CURRENT, FORMER, ROLE, Evidence
from .iris import Minter
from .namespaces import ORG


class During(NamedTuple):
    """A role's time: the start and end the text dates (a day, a month or a year), and, for an end
    no text dates, the days the news puts it between."""
    began: str | None = None
    ended: str | None = None
    after: str | None = None  # the last day an article called the role current
    before: str | None = None  # the first day a later article called it former


UNDATED = During()


def time_position(when: str) -> tuple[URIRef, Literal]:
    """An OWL-Time position for an ISO day, month or year: inXSDDate, inXSDgYearMonth or inXSDgYear."""
    if len(when) == 4:
        return TIME.inXSDgYear, Literal(when, datatype=XSD.gYear)
    if len(when) == 7:
        return TIME.inXSDgYearMonth, Literal(when, datatype=XSD.gYearMonth)
    return TIME.inXSDDate, Literal(when, datatype=XSD.date)


def interval_triples(mint: Minter, fact: URIRef, during: During) -> Iterator[tuple]:
    """org:memberDuring of a membership: an OWL-Time interval with the start and end the text
    dates, each at the precision written (a day, a month, a year); or an end placed only between
    two days, the last the news called the role current and the first it called it former.
    Nothing when ``during`` holds no time."""
    if not any(during):
        return
    interval = mint.node("interval", fact)
    yield fact, ORG.memberDuring, interval
    yield interval, RDF.type, TIME.Interval

    def instant(*name: str) -> URIRef:
        return mint.node("instant", fact, *name)

    for edge, when in ((TIME.hasBeginning, during.began), (TIME.hasEnd, during.ended)):
        if when is not None:
            yield interval, edge, instant(str(edge))
            yield instant(str(edge)), RDF.type, TIME.Instant
            yield instant(str(edge)), *time_position(when)
    if during.ended is None and during.before is not None:
        end = instant(str(TIME.hasEnd))
        yield interval, TIME.hasEnd, end
        yield end, RDF.type, TIME.Instant
        for relation, day in ((TIME.after, during.after), (TIME.before, during.before)):
            yield end, relation, instant(str(relation))
            yield instant(str(relation)), RDF.type, TIME.Instant
            yield instant(str(relation)), *time_position(day)


def during(evidence: Iterable[Evidence], known: During = UNDATED) -> During:
    """When a role began and ended, as its sightings date it (and ``known``, from others): the
    earliest start, the latest end."""
    evidence = list(evidence)
    return spanning([known.began, *(ev.began for ev in evidence)], [known.ended, *(ev.ended for ev in evidence)])


def spanning(began: Iterable[str | None], ended: Iterable[str | None]) -> During:
    """The earliest of the starts and the latest of the ends given (ISO, at any precision)."""
    began, ended = [when for when in began if when], [when for when in ended if when]
    return During(min(began) if began else None, max(ended) if ended else None)


def ended_by_former(durings: dict[tuple, During], seen: Mapping[tuple, tuple[str, str] | None]
                    ) -> dict[tuple, During]:
    """A role some sentences call current and others former is one role that ended. The current
    membership takes the end a former sighting dates ("stepped down as chairman in 2008"); where
    none does, but every article calling the role former came out after every article calling it
    current (``seen``: first and last days), it ended between the last of the ones and the first
    of the others: "former Vantor chairman Ann Ruiz" a year after "Vantor chairman Ann Ruiz".
    A former sighting with no role word ("who left Vantor") ends every role there."""
    formers: dict[tuple, list[tuple]] = defaultdict(list)
    for key in durings:
        family, subject, obj, _, status = key
        if family == ROLE and status == FORMER:
            formers[subject, obj].append(key)
    out = dict(durings)
    for key, known in durings.items():
        family, subject, obj, role, status = key
        if family != ROLE or status != CURRENT or known.ended:
            continue
        ends = [f for f in formers.get((subject, obj), ()) if f[3] in {role, None}]
        if dated := [durings[f].ended for f in ends if durings[f].ended]:
            out[key] = known._replace(ended=max(dated))
        elif ends and seen.get(key) and all(seen.get(f) for f in ends):
            last_current, first_former = seen[key][1], min(seen[f][0] for f in ends)
            if first_former > last_current:
                out[key] = known._replace(after=last_current, before=first_former)
    return out
