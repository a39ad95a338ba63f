"""Read files, folders and JSONL into Article records, collecting what cannot be read.

Nothing here raises on bad input: every problem becomes a ``Skipped`` naming the file (and line)
so that one bad article never loses the others.
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import Article, Skipped
from .html import from_html
from .jsonl import read_jsonl
from .text import decode, from_text

TEXT_SUFFIXES = {".txt", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Files that describe a folder of articles rather than being one (e.g. seeds/README.md).
NOT_ARTICLES = {"readme", "notice", "license", "licence", "attribution", "changelog"}


def read_inputs(paths: Iterable[str | Path]) -> tuple[list[Article], list[Skipped]]:
    """Read every article under ``paths``; return them in a stable order with what was skipped."""
    skipped: list[Skipped] = []
    return list(iter_articles(paths, skipped)), skipped


def iter_articles(paths: Iterable[str | Path], skipped: list[Skipped]) -> Iterator[Article]:
    """Every article under ``paths`` in a stable order, one at a time, so that a corpus of any
    size can be streamed; what cannot be read is appended to ``skipped``. An article whose text
    was read already under another id is skipped too: read twice, its facts would count twice."""
    first_seen: dict[str, str] = {}
    texts: dict[bytes, str] = {}  # digest of a text -> the id it was first read under
    for item in _iter_items(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
        elif item.id in first_seen:
            skipped.append(Skipped(item.source, f"duplicate article id {item.id!r} (first read from {first_seen[item.id]})"))
        elif (digest := hashlib.sha1(" ".join(item.text.split()).encode("utf-8")).digest()) in texts:
            skipped.append(Skipped(item.source, f"same text as article {texts[digest]!r}"))
        else:
            first_seen[item.id] = item.source
            texts[digest] = item.id
            yield item


def _iter_items(paths: Iterable[str | Path]) -> Iterator[Article | Skipped]:
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield Skipped(str(raw), "no such file or directory")
        elif path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in SUPPORTED
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.stem.lower() not in NOT_ARTICLES
            )
            if not files:
                yield Skipped(str(raw), "folder has no .txt, .md, .html or .jsonl files")
            for file in files:
                yield from read_file(file, id_prefix=_id_prefix(file, path))
        else:
            yield from read_file(path, id_prefix="")


def _id_prefix(file: Path, root: Path) -> str:
    parent = file.parent.relative_to(root).as_posix()
    return "" if parent == "." else parent + "/"


def read_file(path: Path, id_prefix: str = "") -> Iterator[Article | Skipped]:
    """Read one file of any supported kind."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        yield Skipped(str(path), f"unsupported file type {suffix or '(none)'!r}; expected .txt, .md, .html or .jsonl")
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
        return
    text = decode(path, data)
    if isinstance(text, Skipped):
        yield text
        return
    article_id = id_prefix + path.stem
    if suffix in HTML_SUFFIXES:
        yield from_html(path, article_id, text)
    else:
        yield from_text(path, article_id, text, markdown=suffix == ".md")
