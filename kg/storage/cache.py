"""What a store caches of each article, and the key that says when that cache is stale.

An article's extraction is reused only while nothing that decides it has changed: the article
itself, the code and data of the stages that read it (nlp, mentions, extract, the language data,
the model files), spaCy's version and the pipeline's name and version. The key hashes all of them,
so a change to a rule or a word list re-parses every article, version bump or not.
"""
from __future__ import annotations

import hashlib
import importlib.metadata
import json
from pathlib import Path

from ..model import Article, ArticleResult, EntityRef, Evidence, Fact

PACKAGE = Path(__file__).resolve().parent.parent
# What decides what extraction reads from an article, relative to the package.
EXTRACTION_SOURCES = ("model.py", "nlp", "mentions", "extract", "lang", "models")


def extraction_key(pipeline: str) -> str:
    """What every article's cache key shares: a digest of everything in kg that decides extraction,
    spaCy's version and the pipeline (its name and version). Computed once per build."""
    return _fingerprint(PACKAGE, EXTRACTION_SOURCES, pipeline)


def code_fingerprint() -> str:
    """A digest of the whole package: what decides a published build beyond its articles."""
    return _fingerprint(PACKAGE, (".",))


def _fingerprint(root: Path, parts: tuple[str, ...], *extra: str) -> str:
    digest = hashlib.sha256(json.dumps([importlib.metadata.version("spacy"), *extra]).encode())
    for part in parts:
        path = root / part
        files = [path] if path.is_file() else sorted(
            f for f in path.rglob("*")
            if f.is_file() and "__pycache__" not in f.parts and f.suffix != ".pyc")
        for file in files:
            digest.update(f"{file.relative_to(root).as_posix()}\0".encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def content_hash(article: Article, key: str) -> str:
    """An article's cache key: changes when the article or the build's ``extraction_key`` changes."""
    fields = [article.id, article.title, article.text, article.url, article.date, key]
    if article.author or article.site:  # only then: the keys of articles without them stay as they were
        fields += [article.author, article.site]
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode()).hexdigest()


def build_state(hashes: dict[str, str], options) -> str:
    """A digest of everything a build of a store depends on: every cached article (id and content
    hash, which covers the extraction code and the pipeline), the whole package's code and the build
    options."""
    digest = hashlib.sha256(json.dumps([code_fingerprint(), *map(str, options)]).encode())
    for article_id, content_hash in sorted(hashes.items()):
        digest.update(f"{article_id}\0{content_hash}\n".encode())
    return digest.hexdigest()


def _ref(r: EntityRef | None):
    return None if r is None else [r.cls, r.name]


def _unref(v) -> EntityRef | None:
    return None if v is None else EntityRef(v[0], v[1])


def to_json(result: ArticleResult) -> str:
    a = result.article
    data = {
        "article": [a.id, a.title, a.text, a.source, a.url, a.date, a.author, a.site],
        "entities": sorted([_ref(r), sorted(s)] for r, s in result.entities.items()),
        "facts": [[f.family, _ref(f.subject), _ref(f.obj), f.role,
                   [f.evidence.article_id, f.evidence.start, f.evidence.end, f.evidence.sentence,
                    f.evidence.rule, f.evidence.confidence, f.evidence.began, f.evidence.ended], f.status]
                  for f in result.facts],
        "iso": sorted([_ref(r), c] for r, c in result.iso_codes.items()),
        "words": result.words,
        "spans": sorted([_ref(r), [list(x) for x in s]] for r, s in result.spans.items()),
        "cued": sorted(_ref(r) for r in result.cued),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def from_json(text: str) -> ArticleResult:
    d = json.loads(text)
    facts = [Fact(fam, _unref(s), _unref(o), role, Evidence(*ev), status) for fam, s, o, role, ev, status in d["facts"]]
    return ArticleResult(Article(*d["article"]), {_unref(r): set(s) for r, s in d["entities"]}, facts,
                         {_unref(r): c for r, c in d["iso"]}, d["words"],
                         {_unref(r): [tuple(x) for x in s] for r, s in d["spans"]},
                         {_unref(r) for r in d["cued"]})
