"""JSONL: one article per line, with ``id``, ``title``, ``text`` and optional ``url`` and ``date``."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from ..model import Article, Skipped
from .text import decode, first_line


def read_jsonl(path: Path) -> Iterator[Article | Skipped]:
    """One article per line, read line by line: a JSONL file of any size streams."""
    try:
        with path.open("rb") as file:
            head = file.read(8192)
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if b"\x00" in head:
        yield Skipped(str(path), "binary file (contains NUL bytes), not JSONL")
        return
    any_line = False
    with path.open("rb") as file:
        for lineno, raw in enumerate(file, start=1):
            where = f"{path}:{lineno}"
            if not raw.strip():
                continue
            any_line = True
            yield _from_line(raw, where, f"{path.stem}-{lineno}")
    if not any_line:
        yield Skipped(str(path), "empty file")


def _from_line(raw: bytes, where: str, default_id: str) -> Article | Skipped:
    line = decode(where, raw)
    if isinstance(line, Skipped):
        return line
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        return Skipped(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
    return _from_record(record, where, default_id=default_id)


def _from_record(record: object, where: str, default_id: str) -> Article | Skipped:
    if not isinstance(record, dict):
        return Skipped(where, "expected a JSON object with 'id', 'title' and 'text'")
    fields = {}
    for key in ("id", "title", "text", "url", "date"):
        value = record.get(key)
        if value is not None and not isinstance(value, (str, int)):
            return Skipped(where, f"field {key!r} must be a string")
        fields[key] = None if value is None else str(value)
    text = fields["text"]
    if not text or not text.strip():
        return Skipped(where, "missing or empty 'text'")
    article_id = (fields["id"] or "").strip() or default_id
    title = (fields["title"] or "").strip() or first_line(text)
    return Article(id=article_id, title=title, text=text, source=where, url=fields["url"], date=fields["date"])
