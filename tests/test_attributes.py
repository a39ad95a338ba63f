"""kg's table-driven attribute ruler must annotate exactly as spaCy's own, and lemmas on demand
must equal the lemmatizer's: token by token, on real articles."""
from __future__ import annotations

import json

import pytest
import spacy
from conftest import ROOT

from kg.nlp import lemma

pytestmark = pytest.mark.model


def texts(n: int = 40) -> list[str]:
    lines = (ROOT / "seeds" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[:n]
    return [json.loads(line)["text"] for line in lines] + ["I'd say y'all ain't gonna win.  \n\nThere's nothin' here."]


def annotation(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, t.dep_, str(t.morph), t.lemma_) for t in doc]


def test_same_annotation_as_spacys_attribute_ruler(nlp):
    assert "kg_attribute_ruler" in nlp.pipe_names and "attribute_ruler" not in nlp.pipe_names
    spacys = nlp.get_pipe("attribute_ruler")  # disabled in the pipeline, still there to compare with
    ours = nlp.get_pipe("kg_attribute_ruler")
    with nlp.select_pipes(disable=["kg_attribute_ruler"]):
        docs = list(nlp.pipe(texts()))
    tokens = 0
    for doc in docs:
        expected, got = spacys(doc.copy()), ours(doc.copy())
        assert annotation(got) == annotation(expected)
        tokens += len(doc)
    assert tokens > 10_000


def test_lemmas_on_demand_equal_the_lemmatizer():
    from kg.nlp import pipeline_name

    full = spacy.load(pipeline_name())  # every component on, as spaCy ships it
    from kg import nlp as nlp_mod

    ours = nlp_mod.load()
    assert "lemmatizer" not in ours.pipe_names
    with ours.select_pipes(disable=["kg_paragraph_breaks"]):  # the same parse as the full pipeline
        pairs = list(zip(full.pipe(texts(15)), ours.pipe(texts(15))))
    differing = [(a.text, a.lemma_, lemma(b)) for da, db in pairs for a, b in zip(da, db) if a.lemma_ != lemma(b)]
    assert differing == []
    assert lemma(ours("The firms were unveiling phones.")[3]) == "unveil"


def test_children_and_entities_read_once_equal_spacys(nlp):
    from kg.nlp import children, entities

    docs = list(nlp.pipe(texts(6)))
    # asked in turns of two docs, as a rule may ask of a token of another article's doc
    for a, b in zip(docs, docs[1:]):
        for doc in (a, b, a):
            assert [children(t) for t in doc] == [tuple(t.children) for t in doc]
            assert entities(doc) == doc.ents
    assert sum(len(children(t)) for t in docs[0]) == len(docs[0]) - sum(1 for t in docs[0] if t.head.i == t.i)


def test_words_texts_and_nouns_read_once_equal_spacys(nlp):
    from kg.nlp import capitalised, common_nouns, doc_text, entity_texts, has_sentences, proper_nouns, span_text, words_in
    from kg.nlp import texts as token_texts

    docs = list(nlp.pipe(texts(6)))
    asked = [{","}, {"its"}, {"his", "her"}, {"the", "of", "said"}, {"headquarters", "zorbit"}]
    for a, b in zip(docs, docs[1:]):
        for doc in (a, b, a):  # in turns of two docs, as for children
            assert token_texts(doc) == tuple(t.text for t in doc)
            for words in asked:
                assert [t.i for t in words_in(doc, words)] == [t.i for t in doc if t.lower_ in words]
            assert [t.i for t in common_nouns(doc)] == [t.i for t in doc if t.pos_ == "NOUN"]
            assert [t.i for t in proper_nouns(doc)] == [t.i for t in doc if t.pos_ == "PROPN"]
            assert [t.i for t in capitalised(doc)] == [t.i for t in doc if not t.text.islower()]
            assert doc_text(doc) == doc.text and has_sentences(doc) == doc.has_annotation("SENT_START")
            assert entity_texts(doc) == tuple(ent.text for ent in doc.ents)
            # every run of up to five words, across spaces, marks and line breaks, and none
            for start in range(len(doc)):
                for end in range(start, min(start + 5, len(doc)) + 1):
                    assert span_text(doc, start, end) == doc[start:end].text
    assert words_in(docs[0], {","}) and words_in(docs[0], {"the", "of"})  # (the articles have them)
    assert any("\n" in t.text for t in docs[0]) and any(not t.whitespace_ for t in docs[0][:-1])
