"""Read files, folders and JSONL into Article records, collecting what cannot be read.

Nothing here raises on bad input: every problem becomes a ``Skipped`` naming the file (and line)
so that one bad article never loses the others.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import os
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..model import Article, Notice, Skipped
from .html import MAX_PAGE_BYTES, article_from, read_page
from .jsonl import read_jsonl
from .text import decode, from_text
from .warc import read_warc

TEXT_SUFFIXES = {".txt", ".md"}
# Saved pages gzipped, as archives and browsers' "save page" tools keep them
GZIPPED_HTML_SUFFIXES = {".html.gz", ".htm.gz"}
HTML_SUFFIXES = {".html", ".htm"} | GZIPPED_HTML_SUFFIXES
JSONL_SUFFIXES = {".jsonl", ".jsonl.gz"}
WARC_SUFFIXES = {".warc", ".warc.gz"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | WARC_SUFFIXES
# Suffixes of two parts, which Path.suffix reads the last part of
DOUBLE_SUFFIXES = (".html.gz", ".htm.gz", ".jsonl.gz", ".warc.gz")
KINDS = ".txt, .md, .html(.gz), .jsonl(.gz) or .warc(.gz)"
# Files that describe a folder of articles rather than being one (e.g. seeds/README.md).
NOT_ARTICLES = {"readme", "notice", "license", "licence", "attribution", "changelog"}


def read_inputs(paths: Iterable[str | Path]) -> tuple[list[Article], list[Skipped]]:
    """Read every article under ``paths``; return them in a stable order with what was skipped."""
    skipped: list[Skipped] = []
    return list(iter_articles(paths, skipped)), skipped


def iter_articles(paths: Iterable[str | Path | Article | Skipped | Notice], skipped: list[Skipped],
                  notices: list[Notice] | None = None) -> Iterator[Article]:
    """Every article under ``paths`` in a stable order, one at a time, so that a corpus of any
    size can be streamed; what cannot be read is appended to ``skipped``, what was read only in
    part to ``notices``. Articles (and their Skipped and Notice records) read elsewhere, from the
    web, may stand among the paths. An article whose id or text was read already is skipped too:
    read twice, its facts would count twice."""
    first_seen: dict[str, str] = {}
    texts: dict[bytes, str] = {}  # digest of a text -> the id it was first read under
    for item in _iter_items(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
        elif isinstance(item, Notice):
            if notices is not None:
                notices.append(item)
        elif item.id in first_seen:
            skipped.append(Skipped(item.source, f"duplicate article id {item.id!r} (first read from {first_seen[item.id]})"))
        elif (digest := hashlib.sha1(" ".join(item.text.split()).encode("utf-8")).digest()) in texts:
            skipped.append(Skipped(item.source, f"same text as article {texts[digest]!r}"))
        else:
            first_seen[item.id] = item.source
            texts[digest] = item.id
            yield item


def _iter_items(paths: Iterable[str | Path | Article | Skipped | Notice]) -> Iterator[Article | Skipped | Notice]:
    for raw in paths:
        if isinstance(raw, Article | Skipped | Notice):
            yield raw
            continue
        path = Path(raw)
        if not path.exists():
            yield Skipped(str(raw), "no such file or directory")
        elif path.is_dir():
            unreadable: list[Skipped] = []
            files = sorted(
                p for p in _walk(path, unreadable)
                if _suffix(p) in SUPPORTED
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.stem.lower() not in NOT_ARTICLES
            )
            yield from unreadable
            if not files and not unreadable:
                yield Skipped(str(raw), f"folder has no {KINDS} files")
            for file in files:
                yield from read_file(file, id_prefix=_id_prefix(file, path))
        else:
            yield from read_file(path, id_prefix="")


def _walk(root: Path, unreadable: list[Skipped]) -> Iterator[Path]:
    """Every file under ``root``; a folder that cannot be listed is one Skipped, not a silence."""
    def failed(exc: OSError) -> None:
        unreadable.append(Skipped(exc.filename or str(root), f"cannot read folder: {exc.strerror or exc}"))

    for folder, _, names in os.walk(root, onerror=failed):
        for name in names:
            file = Path(folder) / name
            if file.is_file():
                yield file


def _id_prefix(file: Path, root: Path) -> str:
    parent = file.parent.relative_to(root).as_posix()
    return "" if parent == "." else parent + "/"


def _suffix(path: Path) -> str:
    name = path.name.lower()
    return next((s for s in DOUBLE_SUFFIXES if name.endswith(s)), path.suffix.lower())


def _stem(path: Path, suffix: str) -> str:
    """The file's name without its suffix (``_suffix``), both parts of a two-part one: "story" of
    "story.html.gz", "bbc" of "bbc.jsonl.gz"."""
    return path.name[:-len(suffix)]


def _gunzipped(path: Path, data: bytes) -> bytes | Skipped:
    """A gzipped page's bytes, up to one byte past the page cap (enough to say it is over the cap
    without unpacking an archive of any size into memory)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as unpacked:
            return unpacked.read(MAX_PAGE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        return Skipped(str(path), f"not a readable gzip file: {exc}")


def read_file(path: Path, id_prefix: str = "") -> Iterator[Article | Skipped | Notice]:
    """Read one file of any supported kind."""
    suffix = _suffix(path)
    if suffix not in SUPPORTED:
        yield Skipped(str(path), f"unsupported file type {suffix or '(none)'!r}; expected {KINDS}")
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, _stem(path, suffix), gzipped=suffix == ".jsonl.gz")
        return
    if suffix in WARC_SUFFIXES:
        yield from read_warc(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if suffix in GZIPPED_HTML_SUFFIXES:
        data = _gunzipped(path, data)
        if isinstance(data, Skipped):
            yield data
            return
    if suffix in HTML_SUFFIXES and len(data) > MAX_PAGE_BYTES:
        yield Skipped(str(path), f"page is over the {MAX_PAGE_BYTES:,}-byte cap")
        return
    text = decode(path, data)
    if isinstance(text, Skipped) and suffix in HTML_SUFFIXES and text.reason.startswith("not UTF-8"):
        text = data  # a page in another encoding names it (<meta charset>); the HTML reader decodes by it
    if isinstance(text, Skipped):
        yield text
        return
    article_id = id_prefix + _stem(path, suffix)
    if suffix in HTML_SUFFIXES:
        read = read_page(str(path), text)
        if isinstance(read, Skipped):
            yield read
        else:
            page, notice = read
            if notice:
                yield notice
            yield article_from(page, article_id, str(path))
    else:
        yield from from_text(path, article_id, text, markdown=suffix == ".md")
