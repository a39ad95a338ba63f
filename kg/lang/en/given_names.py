"""Given names (data/, made from names-dataset by scripts/build_given_names.py): those common in
English-language news, and those common in any country."""
from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files

from nicknames import NickNamer


def _names(text: str) -> frozenset[str]:
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


@cache
def given_names() -> frozenset[str]:
    return _names(files(__package__).joinpath("data/given_names.txt").read_text(encoding="utf-8"))


@cache
def world_given_names() -> frozenset[str]:
    return _names(gzip.decompress(files(__package__).joinpath("data/given_names_world.txt.gz").read_bytes()).decode("utf-8"))


def given_name(word: str) -> bool:
    """"Kimberly", "Taylor", "Sean": a first name among the thousand most common in an
    English-speaking country."""
    return word in given_names()


def known_given_name(word: str) -> bool:
    """"Bonny", "Gus", "Sion", "Hans": a first name among the 5,000 most common in some country (a
    word of the language may be one: "Bonny Lee" is a name)."""
    return word in world_given_names()


@cache
def _nicknamer() -> NickNamer:
    return NickNamer()


def short_form(a: str, b: str) -> bool:
    """Whether one given name is a short form of the other ("Vince" of "Vincent", "Ted" of
    "Edward"), as the nicknames package's hand-made list of English names has them."""
    a, b = a.casefold(), b.casefold()
    return b in _nicknamer().nicknames_of(a) or a in _nicknamer().nicknames_of(b)
