"""Plain text and Markdown articles, and the checks every text input passes (UTF-8, not binary)."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from ..model import Article, Notice, Skipped
from .dates import DATE_KEYS, dateline, iso_date, unreadable

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


# A character reference an HTML export left in plain text ("caf&#233;", "&#x2019;", "&amp;"): numeric
# ones (without their ";" too, as some exports write them) and the five of XML, not other names,
# which plain text writes as words after an ampersand ("R&D", "AT&T", "M&Amp").
CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));?|&(amp|lt|gt|quot|apos);")
XML_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def characters(text: str) -> str:
    """``text`` with the character references an HTML export left in it read as the characters
    they stand for: "Bryn F&#244;n" is Bryn Fôn."""
    return CHARACTER_REFERENCE.sub(_character, text) if "&" in text else text


def _character(m: re.Match) -> str:
    hexadecimal, decimal, name = m.groups()
    if name:
        return XML_NAMED[name]
    code = int(hexadecimal, 16) if hexadecimal else int(decimal)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)


def first_line(text: str, markdown: bool = False) -> str:
    for line in text.splitlines():
        line = line.strip()
        if markdown:
            line = line.lstrip("#").strip()
        if line:
            return line
    return ""


# YAML front matter, as static-site generators and note apps open a Markdown file with it
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def from_text(path: Path, article_id: str, text: str, markdown: bool) -> list[Article | Notice]:
    """A plain-text or Markdown article. Its date is its front matter's ``date:`` (Markdown) or a
    dateline among its first lines; front matter is not the article's text, its ``title:`` is the
    title."""
    meta: dict = {}
    notices: list[Notice] = []
    if markdown and (match := _FRONT_MATTER.match(text)):
        try:
            loaded = yaml.safe_load(match.group(1))
        except yaml.YAMLError as exc:
            # (a block between "---" lines opening the file is its front matter, read or not: no
            # headline "---" and no "title: ..." in the text)
            mark = getattr(exc, "problem_mark", None)  # (its line in the block, which opens on the file's second)
            where = f"{path}:{mark.line + 2}" if mark is not None else str(path)
            notices.append(Notice(where, "front matter is not valid YAML: its title and date are not read"))
            loaded, text = None, text[match.end():]
        if isinstance(loaded, dict):
            meta, text = loaded, text[match.end():]
    text = characters(text)
    written = next((meta[key] for key in DATE_KEYS if meta.get(key) is not None), None)
    date = iso_date(written) if written is not None else dateline(text)
    title = meta.get("title") if isinstance(meta.get("title"), str) and meta["title"].strip() else None
    article = Article(id=article_id, title=(title or first_line(text, markdown)).strip(), text=text,
                      source=str(path), date=date)
    if written is not None and date is None:
        notices.append(unreadable(str(path), written))
    return [*notices, article]
