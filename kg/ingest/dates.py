"""Publication dates as inputs write them -> ISO 8601, the lexical form of ``xsd:date`` (a day) or
``xsd:dateTime`` (a day and a time of day).

Inputs write dates every which way: "2011-10-06", "2011-10-06T14:30:00Z", "Thu, 06 Oct 2011
14:30:00 GMT" (feeds, mail), "18th February 2024" (a dateline), "October 6, 2011". dateutil reads
them all; what it would make up is refused instead: a date missing its day, month or year (dateutil
fills them in from a default), or a string with no year at all ("Monday"). A date is evidence of when
a fact was stated, so a wrong one is worse than none.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from dateutil import parser as dateutil_parser

from ..model import Article, Notice

# A year of news: four digits that stand alone, not part of a longer number
_YEAR = re.compile(r"(?<!\d)(1[6-9]\d\d|2\d\d\d)(?!\d)")
_TIME = re.compile(r"\d{1,2}:\d{2}")
# Two defaults that differ in every part: a part the string lacks shows as a difference.
_DEFAULTS = (dt.datetime(1904, 1, 1), dt.datetime(1908, 2, 2))
# The publication date under the names news records (JSON, front matter) give it, the first one present
DATE_KEYS = ("date", "datePublished", "published")


def iso_date(value: object) -> str | None:
    """``value`` as ``YYYY-MM-DD`` or ``YYYY-MM-DDTHH:MM:SS[+HH:MM]``; None when it is not a whole
    date (day, month and year) or not a date at all."""
    if isinstance(value, dt.datetime):
        return _plain_iso(value)
    if isinstance(value, dt.date):  # YAML front matter gives dates as dates
        return value.isoformat()
    if not isinstance(value, str):
        return None
    text = value.strip()
    if not text or not _YEAR.search(text):
        return None
    try:  # the ISO forms first: exact, and dateutil's guesses are not wanted for them
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        pass
    try:
        return _plain_iso(dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
    except ValueError:
        pass
    try:
        one, other = (dateutil_parser.parse(text, default=default) for default in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    if (one.year, one.month, one.day) != (other.year, other.month, other.day):
        return None  # the string lacks the day, the month or the year
    if not _TIME.search(text):
        return one.date().isoformat()
    return _plain_iso(one)


# A dateline: a day at the start of a line, alone or before a dash, a bar or the place in brackets
# ("18th February 2024 – (Beijing) ...", "October 6, 2011 |", "2011-10-06").
_DATELINE = re.compile(
    r"\s*(?:[A-Z][a-z]+day,?\s+)?"
    r"(\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
    r"|\d{4}-\d{2}-\d{2})"
    r"\s*(?:$|[-–—|(/:])")
DATELINE_LINES = 3  # the title, the dateline, or a byline between them


def dateline(text: str) -> str | None:
    """The day a plain-text article gives in a dateline among its first lines, as ISO."""
    lines = [line for line in text.splitlines() if line.strip()][:DATELINE_LINES]
    for line in lines:
        if (match := _DATELINE.match(line)) and (date := iso_date(match.group(1))):
            return date
    return None


def unreadable(where: str, written: object) -> Notice:
    """What an input is told of a date it gives that cannot be read."""
    return Notice(where, f"unreadable date {str(written)!r} (not a day, month and year): the article is kept, undated")


def dated(article: Article, where: str) -> tuple[Article, Notice | None]:
    """The article with its date in ISO form; one it cannot read is dropped, with a notice naming
    ``where``: an article is worth more undated than lost."""
    if article.date is None or (date := iso_date(article.date)) == article.date:
        return article, None
    if date is None:
        return replace(article, date=None), unreadable(where, article.date)
    return replace(article, date=date), None


def _plain_iso(when: dt.datetime) -> str:
    """A time of day to the second (news dates carry no finer one), with its zone when given."""
    return when.replace(microsecond=0).isoformat()
