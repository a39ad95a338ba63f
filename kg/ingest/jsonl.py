"""JSONL: one article per line, with ``id``, ``title``, ``text`` and optional ``url`` and ``date``
(or ``datePublished``, ``published``)."""
from __future__ import annotations

import gzip
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from ..model import Article, Notice, Skipped
from .dates import DATE_KEYS, dated
from .text import UTF16_BOMS, characters, decode, first_line

# JSON may escape a surrogate that has no partner ("\ud800"); Python keeps it, and it cannot be
# written as UTF-8 anywhere later (cache, graph, page). Paired surrogates are already combined.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _open(path: Path, gzipped: bool) -> IO[bytes]:
    return gzip.open(path, "rb") if gzipped else path.open("rb")


def read_jsonl(path: Path, stem: str, gzipped: bool = False) -> Iterator[Article | Skipped | Notice]:
    """One article per line, read line by line: a JSONL file of any size streams, and a corpus
    gzipped whole, as corpora are shipped, is read as it is unpacked. ``stem``: the file's name
    without its suffix, which opens the id of a line that gives none."""
    try:
        with _open(path, gzipped) as file:
            head = file.read(8192)
    except (OSError, EOFError) as exc:
        yield Skipped(str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}")
        return
    utf16 = head.startswith(UTF16_BOMS)
    if b"\x00" in head and not utf16:
        yield Skipped(str(path), "binary file (contains NUL bytes), not JSONL")
        return
    any_line = False
    try:
        with _open(path, gzipped) as file:
            lines = io.TextIOWrapper(file, encoding="utf-16", newline="") if utf16 else file
            for lineno, raw in enumerate(lines, start=1):
                where = f"{path}:{lineno}"
                if not raw.strip():
                    continue
                any_line = True
                yield from _from_line(raw.encode("utf-8", "surrogatepass") if utf16 else raw, where,
                                      f"{stem}-{lineno}")
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        yield Skipped(str(path), f"cannot read: {getattr(exc, 'strerror', None) or exc}")
        return
    if not any_line:
        yield Skipped(str(path), "empty file")


def _from_line(raw: bytes, where: str, default_id: str) -> Iterator[Article | Skipped | Notice]:
    line = decode(where, raw)
    if isinstance(line, Skipped):
        yield line
        return
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        # (some messages end in "at" already: "Invalid control character at")
        yield Skipped(where, f"malformed JSON ({exc.msg.removesuffix(' at')} at column {exc.colno})")
        return
    item = _from_record(record, where, default_id=default_id)
    if isinstance(item, Article):
        item, notice = dated(item, where)
        if notice:
            yield notice
        fields = {key: getattr(item, key) for key in ("id", "title", "text", "url", "date")}
        # counted in the line as written: a title taken from the text would count its escapes twice
        lone = sum(len(_LONE_SURROGATE.findall(value)) for key, value in record.items()
                   if key in fields and isinstance(value, str))
        if lone:
            fields = {key: _LONE_SURROGATE.sub("\ufffd", value) if value else value for key, value in fields.items()}
            item = Article(**fields, source=item.source)
            yield Notice(where, f"{lone} lone surrogate escape{'s' if lone != 1 else ''} (not a character) "
                                "replaced with U+FFFD")
    yield item


def _from_record(record: object, where: str, default_id: str) -> Article | Skipped:
    if not isinstance(record, dict):
        return Skipped(where, "expected a JSON object with 'id', 'title' and 'text'")
    fields = {}
    date_key = next((key for key in DATE_KEYS if record.get(key) is not None), "date")
    for key in ("id", "title", "text", "url", "date"):
        name = date_key if key == "date" else key
        value = record.get(name)
        if value is not None and not isinstance(value, str) and (key == "text" or not isinstance(value, int)):
            return Skipped(where, f"field {name!r} must be a string")
        fields[key] = None if value is None else str(value)
    text = characters(fields["text"] or "")
    if not text.strip():
        return Skipped(where, "missing or empty 'text'")
    article_id = (fields["id"] or "").strip() or default_id
    title = characters(fields["title"] or "").strip() or first_line(text)
    return Article(id=article_id, title=title, text=text, source=where, url=fields["url"], date=fields["date"])
