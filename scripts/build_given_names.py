"""Write the given-name lists of kg/lang/en/data: given_names.txt, the names common in
English-language news, and given_names_world.txt.gz, the names common anywhere.

    pip install names-dataset==3.3.1 && python scripts/build_given_names.py

The source is the first-name table of names-dataset (Philippe Remy, Apache License 2.0; 730,000
first names and their frequency in 106 countries). A name is kept when it is written as one word
of letters with a capital and ranks among the first COMMON of some English-speaking country (the
first list), or among the first ANYWHERE of some country (the second). The lists are shipped, not
the dataset: the dataset is 55 MB and loads in 4 s with a gigabyte of memory. Rebuilt with the
same version, the files are byte for byte the same.
"""
from __future__ import annotations

import gzip
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "kg/lang/en/data"
ENGLISH_SPEAKING = ("GB", "US", "CA", "AU", "IE", "NZ", "ZA")
COMMON = 1000
ANYWHERE = 5000
WORD = re.compile(r"[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*")
SOURCE = ("from names-dataset 3.3.1 (https://github.com/philipperemy/name-dataset, Apache License 2.0:\n"
          "# NAMES_DATASET_LICENSE here), by scripts/build_given_names.py\n")


def main() -> None:
    try:
        import names_dataset
    except ImportError:
        sys.exit("needs names-dataset: pip install names-dataset==3.3.1")
    with gzip.open(Path(names_dataset.__file__).parent / "v3/first_names.pkl.gz") as f:
        names = pickle.load(f)
    ranks = {name: entry.get("rank") or {} for name, entry in names.items() if WORD.fullmatch(name) and name[0].isupper()}
    common = sorted(name for name, rank in ranks.items() if min(rank.get(c, COMMON + 1) for c in ENGLISH_SPEAKING) <= COMMON)
    anywhere = sorted(name for name, rank in ranks.items() if rank and min(rank.values()) <= ANYWHERE)
    DATA.mkdir(parents=True, exist_ok=True)
    (DATA / "given_names.txt").write_text(
        f"# Given names among the {COMMON} most common in {', '.join(ENGLISH_SPEAKING)}: {SOURCE}" + "\n".join(common) + "\n",
        encoding="utf-8")
    text = f"# Given names among the {ANYWHERE} most common in any country: {SOURCE}" + "\n".join(anywhere) + "\n"
    with open(DATA / "given_names_world.txt.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as f:
        f.write(text.encode("utf-8"))  # (no time nor name in the header: the same bytes at every build)
    print(f"{len(common)} common and {len(anywhere)} names anywhere -> {DATA.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
