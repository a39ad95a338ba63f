"""The world's towns and cities by their one-word names (data/places.txt.gz, made from GeoNames by
scripts/build_places.py), and the regions of ISO 3166-2: what a one-word place name may be."""
from __future__ import annotations

import gzip
import unicodedata
from functools import cache, lru_cache
from importlib.resources import files

import numpy as np
import pycountry

from . import countries, regions


@lru_cache(maxsize=1 << 16)  # (the same names come again and again)
def fold(text: str) -> str:
    """``text`` in ASCII lower case, its accents dropped: "Armentières" -> "armentieres"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


@cache
def _towns() -> tuple[bytes, np.ndarray, np.ndarray]:
    """The list's text and where each of its lines starts and ends: 360,000 names kept so take 7 MB
    and 0.03 s to read, as a set of strings 45 MB and 0.3 s. (The list is sorted: built so.)"""
    data = gzip.decompress(files(__package__).joinpath("data/places.txt.gz").read_bytes())
    start = 0
    while data.startswith(b"#", start):  # (the header's lines)
        start = data.index(b"\n", start) + 1
    text = data[start:]
    ends = np.flatnonzero(np.frombuffer(text, dtype=np.uint8) == ord("\n"))
    starts = np.concatenate(([0], ends[:-1] + 1))
    return text, starts, ends


def _listed(key: str) -> bool:
    """Whether ``key`` is a line of the sorted list: a binary search over its lines."""
    text, starts, ends = _towns()
    word = key.encode("ascii")
    low, high = 0, len(starts)
    while low < high:
        middle = (low + high) // 2
        line = text[starts[middle]:ends[middle]]
        if line < word:
            low = middle + 1
        elif line > word:
            high = middle
        else:
            return True
    return False


@cache
def _regions() -> frozenset[str]:
    return frozenset(fold(s.name) for s in pycountry.subdivisions)


@lru_cache(maxsize=1 << 16)  # (asked of every one-word place name the model reads: a search of 360,000 lines)
def a_known_place(word: str) -> bool:
    """Whether a one-word name is that of a town or city of 1,000 people or more (in any of its
    names written in Latin letters: "Munchen", "Bocholt"), a continent, or a region of some country
    under its ISO 3166-2 name ("Ontario", "Bayern" but not "Bavaria", "Rājasthān" written
    "Rajasthan")."""
    key = fold(word)
    return key in _regions() or bool(key) and _listed(key)


def a_place_name(text: str) -> bool:
    """Whether a name is a country's, a US state's, or a known town's or region's (a_known_place)."""
    return bool(countries.lookup(text) or regions.state(text) or a_known_place(text))
