"""Read files, folders and JSONL into Article records, collecting what cannot be read.

Nothing here raises on bad input: every problem becomes a ``Skipped`` naming the file (and line)
so that one bad article never loses the others.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from .model import Article, Skipped

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
    size can be streamed; what cannot be read is appended to ``skipped``."""
    first_seen: dict[str, str] = {}
    for item in _iter_items(paths):
        if isinstance(item, Skipped):
            skipped.append(item)
        elif item.id in first_seen:
            skipped.append(Skipped(item.source, f"duplicate article id {item.id!r} (first read from {first_seen[item.id]})"))
        else:
            first_seen[item.id] = item.source
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
        yield from _read_jsonl(path)
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(str(path), f"cannot read: {exc.strerror or exc}")
        return
    text = _decode(path, data)
    if isinstance(text, Skipped):
        yield text
        return
    article_id = id_prefix + path.stem
    if suffix in HTML_SUFFIXES:
        yield _from_html(path, article_id, text)
    else:
        yield _from_text(path, article_id, text, markdown=suffix == ".md")


def _decode(where: Path | str, data: bytes) -> str | Skipped:
    if b"\x00" in data:
        return Skipped(str(where), "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(str(where), f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})")
    if not text.strip():
        return Skipped(str(where), "empty file")
    return text


def _first_line(text: str, markdown: bool = False) -> str:
    for line in text.splitlines():
        line = line.strip()
        if markdown:
            line = line.lstrip("#").strip()
        if line:
            return line
    return ""


def _from_text(path: Path, article_id: str, text: str, markdown: bool) -> Article:
    return Article(id=article_id, title=_first_line(text, markdown), text=text, source=str(path))


def _from_html(path: Path, article_id: str, html: str) -> Article | Skipped:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"]):
        tag.decompose()

    def meta(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if tag and tag.get("content", "").strip():
                return tag["content"].strip()
        return None

    blocks = [el.get_text(" ", strip=True) for el in soup.find_all(["h1", "h2", "h3", "p", "li"])]
    blocks = [b for b in blocks if b]
    body = "\n\n".join(blocks) if blocks else soup.get_text("\n", strip=True)
    if not body.strip():
        return Skipped(str(path), "HTML page has no text")
    h1 = soup.find("h1")
    title = meta("og:title") or (h1.get_text(" ", strip=True) if h1 else None) or (
        soup.title.get_text(" ", strip=True) if soup.title else None) or _first_line(body)
    canonical = soup.find("link", rel="canonical")
    url = meta("og:url") or (canonical.get("href") if canonical else None)
    date = meta("article:published_time", "date", "pubdate")
    return Article(id=article_id, title=title, text=body, source=str(path), url=url, date=date)


def _read_jsonl(path: Path) -> Iterator[Article | Skipped]:
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
    line = _decode(where, raw)
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
    title = (fields["title"] or "").strip() or _first_line(text)
    return Article(id=article_id, title=title, text=text, source=where, url=fields["url"], date=fields["date"])

