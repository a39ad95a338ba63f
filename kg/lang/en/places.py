"""The world's towns and cities by their one-word names (data/places.txt.gz, made from GeoNames by
scripts/build_places.py), and the regions of ISO 3166-2: what a one-word place name may be."""
from __future__ import annotations

import gzip
import unicodedata
import zlib
from functools import cache, lru_cache
from importlib.resources import files

import numpy as np
import pycountry


@lru_cache(maxsize=1 << 16)  # (the same names come again and again)
def fold(text: str) -> str:
    """``text`` in ASCII lower case, its accents dropped: "Armentières" -> "armentieres"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def _code(key: str) -> int:
    """A name's 64-bit code (two checksums side by side): 360,000 names kept as codes take 3 MB,
    as strings 45 MB, and two names share a code once in billions of lookups."""
    data = key.encode("utf-8")
    return (zlib.crc32(data) << 32) | zlib.adler32(data)


@cache
def _towns() -> np.ndarray:
    text = gzip.decompress(files(__package__).joinpath("data/places.txt.gz").read_bytes()).decode("utf-8")
    return np.unique(np.fromiter((_code(line) for line in text.splitlines() if line and not line.startswith("#")),
                                 dtype=np.uint64))


@cache
def _regions() -> frozenset[str]:
    return frozenset(fold(s.name) for s in pycountry.subdivisions)


def a_known_place(word: str) -> bool:
    """Whether a one-word name is that of a town or city of 1,000 people or more (in any of its
    names written in Latin letters: "Munchen", "Bocholt"), a continent, or a region of some country
    ("Bavaria", "Rājasthān" written "Rajasthan")."""
    key = fold(word)
    if key in _regions():
        return True
    towns, code = _towns(), np.uint64(_code(key))
    at = int(np.searchsorted(towns, code))
    return at < len(towns) and towns[at] == code
