"""Hand-built Docs for rule tests that need a parse but not the model (as spaCy's own rule tests do).

A table has one token per line: index, text, lemma, coarse and fine part of speech, dependency,
head index, entity (BIO). `python scripts/doc_table.py TEXT` prints one from the real parse.
"""
from __future__ import annotations

from functools import cache

import spacy
from spacy.tokens import Doc

# Tokens written with no space before them, and after which none follows.
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "%", "'s", "’s", "'", "n't", "-"}
NO_SPACE_AFTER = {"(", "$", "-"}


@cache
def vocab():
    return spacy.blank("en").vocab


def doc_from_table(table: str) -> Doc:
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for k, row in enumerate(rows):
        if len(row) != 8 or int(row[0]) != k:
            raise ValueError(f"row {k} of the table is not 'index text lemma POS TAG dep head ent': {row}")
    words = [r[1] for r in rows]
    spaces = [k + 1 < len(words) and words[k + 1] not in NO_SPACE_BEFORE and w not in NO_SPACE_AFTER
              for k, w in enumerate(words)]
    return Doc(vocab(), words=words, spaces=spaces, lemmas=[r[2] for r in rows], pos=[r[3] for r in rows],
               tags=[r[4] for r in rows], deps=[r[5] for r in rows], heads=[int(r[6]) for r in rows],
               ents=[r[7] for r in rows])
