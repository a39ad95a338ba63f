"""The spaCy pipeline: loaded once per process with kg's components, and what reading its parse needs."""
from .pipeline import (
    DEFAULT_PIPELINES,
    ENV_VAR,
    PipelineError,
    adjective_only,
    capitalised,
    children,
    common_nouns,
    describe,
    doc_text,
    english_word,
    entities,
    entity_texts,
    has_sentences,
    lemma,
    load,
    per_doc,
    pipeline_name,
    proper_nouns,
    span_text,
    texts,
    tokens,
    words_in,
)

__all__ = ["DEFAULT_PIPELINES", "ENV_VAR", "PipelineError", "adjective_only", "capitalised", "children",
           "common_nouns", "describe", "doc_text", "english_word", "entities", "entity_texts", "has_sentences", "lemma", "load",
           "per_doc", "pipeline_name", "proper_nouns", "span_text", "texts", "tokens", "words_in"]
