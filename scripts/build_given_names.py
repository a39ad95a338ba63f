"""Write kg/lang/en/data/given_names.txt: the given names common in English-language news.

    pip install names-dataset==3.3.1 && python scripts/build_given_names.py

The source is the first-name table of names-dataset (Philippe Remy, Apache License 2.0; from 730,000
first names and their frequency in 106 countries). A name is kept when it ranks among the first
RANK of some English-speaking country and is written as one word of letters with a capital. The
list is shipped, not the dataset: the dataset is 55 MB and loads in 4 s with a gigabyte of memory;
the list is 25 kB. Rebuilt with the same version, the file is byte for byte the same.
"""
from __future__ import annotations

import gzip
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "kg/lang/en/data/given_names.txt"
COUNTRIES = ("GB", "US", "CA", "AU", "IE", "NZ", "ZA")
RANK = 1000
WORD = re.compile(r"[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*")


def main() -> None:
    try:
        import names_dataset
    except ImportError:
        sys.exit("needs names-dataset: pip install names-dataset==3.3.1")
    table = Path(names_dataset.__file__).parent / "v3/first_names.pkl.gz"
    with gzip.open(table) as f:
        names = pickle.load(f)
    kept = sorted(name for name, entry in names.items()
                  if WORD.fullmatch(name) and name[0].isupper()
                  and min((entry.get("rank") or {}).get(c, RANK + 1) for c in COUNTRIES) <= RANK)
    header = (f"# Given names among the {RANK} most common in {', '.join(COUNTRIES)}: from names-dataset 3.3.1\n"
              "# (https://github.com/philipperemy/name-dataset, Apache License 2.0: NAMES_DATASET_LICENSE here),\n"
              "# by scripts/build_given_names.py\n")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
