"""Given names common in English-language news (data/given_names.txt, made from names-dataset by
scripts/build_given_names.py)."""
from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def given_names() -> frozenset[str]:
    text = files(__package__).joinpath("data/given_names.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def given_name(word: str) -> bool:
    """"Kimberly", "Taylor", "Sean": a first name among the thousand most common in an
    English-speaking country."""
    return word in given_names()
