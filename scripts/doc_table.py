"""Print the parse of a sentence as a table for a model-free rule test (tests/docs.py reads it back).

    python scripts/doc_table.py "Ann Ruiz, chief executive of Nordwind, spoke."

Columns: index, text, lemma, coarse and fine part of speech, dependency, head index, entity (BIO).
A test keeps the table, so it runs without the model and pins the parse its rule was written for;
edit a column by hand to test a parse the model gets wrong.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg import nlp as nlp_mod
from kg.nlp import lemma


def table(text: str) -> str:
    doc = nlp_mod.load()(text)
    rows = []
    for t in doc:
        ent = f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O"
        rows.append(f"{t.i} {t.text} {lemma(t)} {t.pos_} {t.tag_} {t.dep_} {t.head.i} {ent}")
    return "\n".join(rows)


if __name__ == "__main__":
    for text in sys.argv[1:]:
        print(table(text))
        print()
