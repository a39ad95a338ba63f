"""When a role began or ended, where the sentence gives the day, month or year of the change:
"was named chief executive in March 2010", "who stepped down as chairman in 2008", "will take over
as chairman on 1 January", "chief executive since 2005".

Only a date on the verb of the change itself counts (a verb that gives or ends a role, or "since"
and "until" on the role): "said on Monday" dates the saying, not the role. A date is read by
dateparser against the article's date, so "on Monday" and "last month" are the Monday and the month
before the article; without an article date only a date with its year is read. Durations ("for
seven years"), decades and vaguer times ("the past year", "the end of the year") give none.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from spacy.tokens import Span, Token

from ...lang.en.lexicon import APPOINTING_VERBS, LEFT_VERBS, REMOVAL_VERBS
from ...model import FUTURE
from ...nlp import children, lemma
from .time import WILL, planned

# Verbs by which a role begins ("took over as", "became", "joined ... as") and ends ("stepped down as")
BEGINNING_VERBS = frozenset(APPOINTING_VERBS | {"become", "join", "install", "tap", "recruit", "reappoint"})
ENDING_VERBS = LEFT_VERBS | REMOVAL_VERBS | {"depart", "exit"}
# Verbs that need their particle: "take over", "step down", "step aside", "stand down"
PHRASAL = {("take", "over"): "began", ("step", "down"): "ended", ("step", "aside"): "ended",
           ("stand", "down"): "ended"}
# Prepositions that put a change at a point in time: "in March 2010", "on Monday"
ON_A_DAY = frozenset({"in", "on"})
# Auxiliaries of a change still to come ("wo" is the tokenizer's "won't"; "would" mostly reports one)
FUTURE_AUXILIARIES = WILL | {"wo", "would"}
# Words whose to-infinitive plans a change: "is to resign", "is due to take over", "is set to join"
PLANNING = frozenset({"be", "due", "set"})

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_YEAR = r"(?:1[89]|20)\d\d"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# The shapes of a point in time: a day, a month or a year, named or counted from the article's date
_POINT = re.compile(
    rf"(?:the\s+)?(?:{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?|{_MONTH}(?:\s+{_DAY})?(?:,?\s+{_YEAR})?|{_YEAR}"
    rf"|(?:last\s+|next\s+|this\s+)?{_WEEKDAY}|yesterday|today|tomorrow|(?:last|next|this)\s+(?:month|year))",
    re.IGNORECASE)
_HAS_YEAR = re.compile(rf"(?<!\d){_YEAR}(?!\d)")


class Change(NamedTuple):
    """The days a sentence gives a role's start and end, each ISO: "2010-03-01" (a day), "2010-03"
    (a month) or "2010" (a year); None where it gives none."""

    began: str | None = None
    ended: str | None = None


def role_change(person: Token, noun: Token | None, status: str, article_date: str | None,
                verb: Token | None = None) -> Change:
    """The change of ``person``'s role ``noun`` the sentence dates, if any; with no role noun, the
    change ``verb`` states ("left Vantor in 2004")."""
    began = ended = None
    for changing in _verbs_of(person, noun) if noun is not None else [verb]:
        which = _change_of(changing)
        if which is None:
            continue
        # (the parser hangs the date on the verb or on the role, "appointed chairman in 2004", or
        # on the verb a change depends on, "was forced in May to resign")
        places = [changing, *([noun] if noun is not None else []),
                  *([changing.head] if changing.dep_ == "xcomp" else [])]
        # (a change still to come is dated ahead of the article: "will step down on 1 July")
        prefer = "future" if status == FUTURE or _ahead(changing) else "past"
        when = next((d for place in places for d in _date_on(place, article_date, prefer) if d), None)
        if when is not None:
            if which == "began":
                began = began or when
            else:
                ended = ended or when
    if noun is None:
        return Change(began, ended)
    for prep in children(noun):  # "chief executive since 2005", "chairman until 2008"
        word = prep.lower_
        if prep.dep_ == "prep" and word in {"since", "until", "till"}:
            when = _read(_date_span(prep), article_date, "future" if status == FUTURE else "past")
            if when and word == "since":
                began = began or when
            elif when:
                ended = ended or when
    return Change(began, ended)


def _verbs_of(person: Token, noun: Token) -> list[Token]:
    """The verb the role noun hangs from ("named ... chief executive", "stepped down as chairman"),
    and a relative clause on the person or the role ("Ann Ruiz, who left in 2008")."""
    verbs = []
    head = noun
    while head.head.i != head.i and head.dep_ in {"pobj", "prep", "attr", "oprd", "dobj", "xcomp", "appos",
                                                  "npadvmod", "conj"}:
        head = head.head
        if head.pos_ in {"VERB", "AUX"}:
            verbs.append(head)
            break
    # (the parser may hang "who left in 2008" on the organisation of the role's phrase)
    for token in [person, *noun.subtree]:
        verbs.extend(c for c in children(token) if c.dep_ == "relcl" and token.i != c.i
                     and any(s.dep_ == "nsubj" and s.lower_ == "who" for s in children(c)))
    return verbs


def _change_of(verb: Token) -> str | None:
    word = lemma(verb).lower()
    particles = {c.lower_ for c in children(verb) if c.dep_ in {"prt", "advmod"}}
    for (phrasal, particle), which in PHRASAL.items():
        if word == phrasal and particle in particles:
            return which
    if word in BEGINNING_VERBS:
        return "began"
    if word in ENDING_VERBS:
        return "ended"
    return None


def _ahead(verb: Token) -> bool:
    """A change the sentence says is still to come: "will step down", "would retire", "is to
    resign", "is due to take over"."""
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in children(verb)) \
        or planned(verb, on=PLANNING)


def _date_on(verb: Token, article_date: str | None, prefer: str):
    """The dates on a verb (or a role): "in March 2010", "on 1 January" (a preposition of a day),
    "last month" (a noun phrase of time); a day or month without its year read as the one before
    the article, or with ``prefer`` "future", after it."""
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ in ON_A_DAY:
            yield _read(_date_span(child), article_date, prefer)
        elif child.dep_ in {"npadvmod", "tmod"} and child.ent_type_ == "DATE":
            yield _read(_entity_of(child), article_date, prefer)


def _date_span(prep: Token) -> Span | None:
    objects = [c for c in children(prep) if c.dep_ == "pobj"]
    return _entity_of(objects[0]) if objects else None


def _entity_of(token: Token) -> Span | None:
    if token.ent_type_ != "DATE":
        return None
    return next((ent for ent in token.doc.ents if ent.start <= token.i < ent.end), None)


def _read(span: Span | None, article_date: str | None, prefer: str) -> str | None:
    """A point in time as ISO, at the precision written; None for what is not one."""
    if span is None:
        return None
    text = span.text.strip()
    if not _POINT.fullmatch(text):
        return None
    if article_date is None and not _HAS_YEAR.search(text):
        return None  # "on Monday" of an undated article: which Monday is not known
    return _parsed(text, article_date[:10] if article_date else None, prefer)


@lru_cache(maxsize=4096)
def _parsed(text: str, base: str | None, prefer: str) -> str | None:
    settings = {"PREFER_DATES_FROM": prefer, "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(base)
    data = _parser(tuple(sorted(settings.items()))).get_date_data(text)
    when, period = data.date_obj, data.period
    if when is None or period not in {"day", "month", "year"}:  # not "last week": a week is no day
        return None
    return {"day": when.date().isoformat(), "month": when.strftime("%Y-%m"), "year": when.strftime("%Y")}[period]


@lru_cache(maxsize=64)
def _parser(settings: tuple):
    from dateparser.date import DateDataParser

    return DateDataParser(languages=["en"], settings=dict(settings))
