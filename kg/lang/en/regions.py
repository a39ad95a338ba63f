"""US states by name and by the abbreviations news wire copy writes after a town ("Rockville, Md.").

Names come from pycountry's ISO 3166-2 subdivisions of the US; the abbreviations are the AP
stylebook's, which no package ships. "Washington" is left out: in news it is the capital (or the
government) far more often than the state.
"""
from __future__ import annotations

import re
from functools import cache, lru_cache

import pycountry

AP_ABBREVIATIONS = {
    "ala": "Alabama", "ariz": "Arizona", "ark": "Arkansas", "calif": "California", "colo": "Colorado",
    "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia", "ill": "Illinois",
    "ind": "Indiana", "kan": "Kansas", "kans": "Kansas", "ky": "Kentucky", "la": "Louisiana", "md": "Maryland",
    "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi", "mo": "Missouri",
    "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "n.h": "New Hampshire", "n.j": "New Jersey",
    "n.m": "New Mexico", "n.y": "New York", "n.c": "North Carolina", "n.d": "North Dakota", "okla": "Oklahoma",
    "ore": "Oregon", "pa": "Pennsylvania", "r.i": "Rhode Island", "s.c": "South Carolina", "s.d": "South Dakota",
    "tenn": "Tennessee", "vt": "Vermont", "va": "Virginia", "wash": "Washington", "w.va": "West Virginia",
    "wis": "Wisconsin", "wyo": "Wyoming",
}
NOT_THE_STATE = {"washington"}


@lru_cache(maxsize=1 << 16)  # (as countries._key: names come again and again)
def _key(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("’", "'")).lower()


@cache
def _names() -> dict[str, str]:
    names = {_key(s.name): s.name for s in pycountry.subdivisions.get(country_code="US")
             if s.type == "State" and _key(s.name) not in NOT_THE_STATE}
    return names


# Postal codes that are also everyday words in capitals ("OK", "IN", "OR", "ME", "HI", "OH") are
# left out; the rest are only read right after "Town, " ("Sleepy Hollow, NY").
POSTAL_WORDS = {"IN", "OR", "ME", "OK", "HI", "OH", "AS", "AL", "DE", "PA", "MA", "GA", "LA", "CO", "ID", "MO"}


@cache
def _postal() -> dict[str, str]:
    return {s.code.split("-")[1]: s.name for s in pycountry.subdivisions.get(country_code="US")
            if s.type == "State" and s.code.split("-")[1] not in POSTAL_WORDS}


@cache
def _subdivisions() -> frozenset[str]:
    return frozenset(_key(s.name) for s in pycountry.subdivisions)


def subdivision(text: str) -> bool:
    """Whether ``text`` is the name of a region of some country in ISO 3166-2 ("Devon", "Bavaria",
    "Ontario"): a place, whatever the model made of it."""
    return _key(text) in _subdivisions()


def postal(text: str) -> str | None:
    """The US state a two-letter postal code in capitals names ("NY", "MD"), or None."""
    return _postal().get(text) if len(text) == 2 else None


def state(text: str, abbreviation: bool | None = None) -> str | None:
    """The US state ``text`` names ("Minnesota", "Minn.", "Minn", "N.Y."), or None. An
    abbreviation counts only with its full stop, unless ``abbreviation`` says the next token is one."""
    key = _key(text)
    if key in _names():
        return _names()[key]
    if key.endswith(".") and key[:-1] in AP_ABBREVIATIONS:
        return AP_ABBREVIATIONS[key[:-1]]
    if abbreviation and key in AP_ABBREVIATIONS:
        return AP_ABBREVIATIONS[key]
    return None
