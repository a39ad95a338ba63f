"""Benchmark loaders: each turns a file into EvalDocs (text, gold entities with spans, gold relations).

Formats are described in shared/README.md: CoNLL04 (JSONL, one sentence a line, character spans),
Re-DocRED (JSON documents of token lists; entities are clusters of mentions) and NYT (sentences
with (head, relation, tail) strings; mentions are found by searching the text).
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import KgError


@dataclass(frozen=True)
class GoldEntity:
    id: int
    label: str
    mentions: tuple[tuple[int, int], ...]  # character spans in the doc text


@dataclass(frozen=True)
class GoldRelation:
    label: str
    head: int  # GoldEntity ids
    tail: int


@dataclass(frozen=True)
class EvalDoc:
    id: str
    text: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]


def _read_json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise KgError(f"{path}: cannot read benchmark: {exc}") from None


def load_conll04(path: Path) -> list[EvalDoc]:
    docs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise KgError(f"{path}: cannot read benchmark: {exc}") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            entities = tuple(GoldEntity(i, e["label"], ((e["start"], e["end"]),)) for i, e in enumerate(row["entities"]))
            relations = tuple(GoldRelation(r["label"], r["head"], r["tail"]) for r in row["relations"])
            docs.append(EvalDoc(str(row.get("orig_id", lineno)), row["text"], entities, relations))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise KgError(f"{path}:{lineno}: not a CoNLL04 record ({exc})") from None
    return docs


def load_redocred(path: Path) -> list[EvalDoc]:
    docs = []
    for n, doc in enumerate(_read_json(path)):
        # Sentences joined by a space, tokens by a space: offsets are computed as the text is built.
        text_parts: list[str] = []
        offsets: list[list[tuple[int, int]]] = []
        pos = 0
        for sent in doc["sents"]:
            sent_offsets = []
            for token in sent:
                if text_parts:
                    text_parts.append(" ")
                    pos += 1
                sent_offsets.append((pos, pos + len(token)))
                text_parts.append(token)
                pos += len(token)
            offsets.append(sent_offsets)
        entities = []
        for i, vertex in enumerate(doc["vertexSet"]):
            spans = tuple(sorted({(offsets[m["sent_id"]][m["pos"][0]][0], offsets[m["sent_id"]][m["pos"][1] - 1][1])
                                  for m in vertex}))
            entities.append(GoldEntity(i, vertex[0]["type"], spans))
        relations = tuple(GoldRelation(r["r"], r["h"], r["t"]) for r in doc.get("labels", []))
        docs.append(EvalDoc(doc.get("title", str(n)), "".join(text_parts), tuple(entities), relations))
    return docs


def load_nyt(path: Path) -> list[EvalDoc]:
    docs = []
    for n, row in enumerate(_read_json(path)):
        text = row["text"]
        names: dict[str, int] = {}
        for head, _, tail in row["triple_list"]:
            for name in (head, tail):
                names.setdefault(name, len(names))
        entities = []
        for name, i in names.items():
            spans = tuple((m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))
            entities.append(GoldEntity(i, "", spans))
        relations = tuple(GoldRelation(r, names[h], names[t]) for h, r, t in row["triple_list"])
        docs.append(EvalDoc(str(n), text, tuple(entities), relations))
    return docs


LOADERS = {"conll04": load_conll04, "redocred": load_redocred, "nyt": load_nyt}
