"""Plain text and Markdown articles, and the checks every text input passes (UTF-8, not binary)."""
from __future__ import annotations

from pathlib import Path

from ..model import Article, Skipped

UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(where: Path | str, data: bytes) -> str | Skipped:
    if data.startswith(UTF16_BOMS):  # UTF-16 is full of NUL bytes and is text all the same
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            return Skipped(str(where), f"not UTF-16 text, though it starts like it ({exc.reason} at offset {exc.start})")
        return text if text.strip() else Skipped(str(where), "empty file")
    if b"\x00" in data:
        return Skipped(str(where), "binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(str(where), f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})")
    if not text.strip():
        return Skipped(str(where), "empty file")
    return text


def first_line(text: str, markdown: bool = False) -> str:
    for line in text.splitlines():
        line = line.strip()
        if markdown:
            line = line.lstrip("#").strip()
        if line:
            return line
    return ""


def from_text(path: Path, article_id: str, text: str, markdown: bool) -> Article:
    return Article(id=article_id, title=first_line(text, markdown), text=text, source=str(path))
