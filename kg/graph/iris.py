"""Stable, readable IRIs: a slug of the class and the name, a hash only where a slug cannot be unique."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/newskg/id/"


def slug(value: str) -> str:
    """Lower-case ASCII slug; names with letters ASCII cannot spell get a short hash so they stay distinct."""
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    lost = any(ch.isalnum() and not ch.isascii() and not unicodedata.combining(ch)
               and not unicodedata.normalize("NFKD", ch).encode("ascii", "ignore") for ch in value)
    if lost or not out:
        out = f"{out}-{digest(value)[:8]}" if out else digest(value)[:12]
    return out


def name_slug(name: str) -> str:
    """The slug of a thing's name, the same however the name spells an apostrophe or "and":
    "Worldwide Developer's Conference" and "Worldwide Developers Conference", "Securities &
    Exchange Commission" and "Securities and Exchange Commission" are one thing's names (a slug
    already takes spaces and hyphens alike: "Mercedes Benz", "Mercedes-Benz")."""
    return slug(re.sub(r"['’]", "", name.replace(" & ", " and ")))


def digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()


class Minter:
    """Mints IRIs under one base; the same inputs always give the same IRI."""

    def __init__(self, base: str = DEFAULT_BASE):
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def entity(self, cls: str, name: str) -> URIRef:
        return URIRef(f"{self.base}{cls.lower()}/{name_slug(name)}")

    def article(self, article_id: str) -> URIRef:
        return URIRef(f"{self.base}article/{slug(article_id)}")

    def node(self, kind: str, *key: object) -> URIRef:
        return URIRef(f"{self.base}{kind}/{digest(*key)[:16]}")
