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
    english_word,
    entities,
    lemma,
    load,
    per_doc,
    pipeline_name,
    proper_nouns,
    texts,
    tokens,
    words_in,
)

__all__ = ["DEFAULT_PIPELINES", "ENV_VAR", "PipelineError", "adjective_only", "capitalised", "children",
           "common_nouns", "describe", "english_word", "entities", "lemma", "load", "per_doc", "pipeline_name",
           "proper_nouns", "texts", "tokens", "words_in"]
