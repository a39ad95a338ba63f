"""What every extractor gets: the parsed article, its resolved entities, and helpers to cite them."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from ..lang.en.lexicon import EVALUATIVE, ORG_NOUNS
from ..mentions.resolve import Resolution
from ..model import ORGANIZATION, Article, EntityRef, Evidence
from ..nlp import children, lemma
from ..nlp.syntax import subjects_before
from ..precision import confidence as measured_confidence

# Dependents that qualify a noun phrase but do not belong in a short label.
CLAUSAL = {"relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "prep", "mark"}
POSSESSIVE_MARKERS = {"'s", "’s", "'", "’"}
@dataclass
class Context:
    doc: Doc
    article: Article
    resolution: Resolution

    @cached_property
    def text(self) -> str:
        """The article's text. Doc.text joins every token's text on each call: the article's own
        text is the same string when the doc was parsed from it, as kg parses every article."""
        doc, text = self.doc, self.article.text
        if len(doc) and doc[0].idx == 0 and doc[-1].idx + len(doc[-1].text_with_ws) == len(text) \
                and doc[-1].text == text[doc[-1].idx:doc[-1].idx + len(doc[-1].text)]:
            return text
        return doc.text

    @property
    def sentences(self) -> list[Span]:
        return self._sentences[0]

    @cached_property
    def _sentences(self) -> tuple[list[Span], list[int]]:
        sents = list(self.doc.sents)
        return sents, [s.start for s in sents]

    def sentence(self, i: int) -> Span:
        """The sentence of token ``i`` (Token.sent walks the doc from its start on every call)."""
        sents, starts = self._sentences
        return sents[bisect_right(starts, i) - 1]

    def start_back(self, i: int, sentences: int) -> int:
        """Where the window of token ``i``'s sentence and the ``sentences`` before it starts: what
        an "it" or "the company" may point back at."""
        starts = self._sentences[1]
        return starts[max(bisect_right(starts, i) - 1 - sentences, 0)]

    def entity(self, token: Token | None) -> EntityRef | None:
        return None if token is None else self.resolution.token_refs.get(token.i)

    def bounds(self, token: Token) -> tuple[int, int]:
        """(start, end) of the mention ``token`` is in; the token's own when it is in none."""
        return self.resolution.token_spans.get(token.i, (token.i, token.i + 1))

    def mentions_of(self, cls: str) -> tuple[tuple[Span, EntityRef], ...]:
        return self._mentions_by_class.get(cls, ())

    @cached_property
    def _mentions_by_class(self) -> dict[str, tuple[tuple[Span, EntityRef], ...]]:
        """(Every extractor asks for the people, the organisations or the places: sorted out once.)"""
        by_class: dict[str, list[tuple[Span, EntityRef]]] = {}
        for m, ref in self.resolution.mentions:
            by_class.setdefault(ref.cls, []).append((m.span(self.doc), ref))
        return {cls: tuple(found) for cls, found in by_class.items()}

    def evidence(self, token: Token, rule: str, confidence: float) -> Evidence:
        """Where a fact was read. ``confidence`` is the rule's prior, or the classifier's probability;
        a rule measured on news gets its measured precision instead, and the classifier's
        probability is capped at its relation's measured precision (scripts/calibrate_rules.py)."""
        confidence = measured_confidence(rule, confidence)
        sent = self.sentence(token.i)
        text = self.text[sent.start_char:sent.end_char]
        # The sentence without the blank space the parser may have kept at either end.
        start = sent.start_char + len(text) - len(text.lstrip())
        end = sent.start_char + len(text.rstrip())
        return Evidence(self.article.id, start, end, self.text[start:end], rule, confidence)


def phrase(head: Token, drop: Iterable[Token] = (), keep_preps: bool = True) -> str:
    """A short label for the phrase headed by ``head``: no determiners, judgements, clauses or
    the tokens in ``drop`` (with their subtrees)."""
    dropped = {t.i for t in drop}
    out: list[Token] = []

    def walk(tok: Token) -> None:
        if tok.i in dropped:
            return
        if tok.i != head.i:
            if tok.dep_ in {"det", "poss", "case", "predet"} and tok.head.i == head.i:
                return
            # (written with a hyphen too: "well-known", "much-loved")
            if tok.dep_ == "amod" and (tok.lower_ in EVALUATIVE or "".join(t.lower_ for t in tok.subtree) in EVALUATIVE):
                return
            if tok.i < head.i and tok.dep_ in {"amod", "compound", "nmod"} and _a_verb_of_the_clause(tok):
                return
            if tok.head.i == head.i and tok.dep_ in CLAUSAL - ({"prep"} if keep_preps else set()):
                return
            # a clause deeper in says more about what the role is of, not the role: "founder of
            # Reconstructionist Judaism, who stressed ..."
            if tok.dep_ in {"relcl", "advcl"}:
                return
            # "chief executive in 2005", "chairman since March": when is not what (but how long a
            # thing takes to do is what it can do: "charges in ten minutes")
            if tok.head.i == head.i and tok.dep_ == "prep" and any(
                    c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} and not _a_while(c, head) for c in children(tok)):
                return
        out.append(tok)
        for child in children(tok):
            walk(child)

    walk(head)
    out.sort(key=lambda t: t.i)
    # Trim punctuation and dangling prepositions left at the edges.
    # (Never the head: the parser can mislabel a noun "prep", as in "Harcourt, KCRW's music director".)
    while out and (out[0].is_punct or out[0].dep_ in {"prep", "cc"} and out[0].i != head.i):
        out.pop(0)
    while out and (out[-1].is_punct or out[-1].dep_ in {"prep", "cc"} and out[-1].i != head.i
                   or out[-1].lower_ in POSSESSIVE_MARKERS):
        out.pop()
    # A token left out between two kept ones leaves a gap: "Extra Wide Body) aircraft" is "Extra Wide
    # Body aircraft", not "Bodyaircraft" (but "Ex-Nokia chairman" without Nokia is "Ex-chairman").
    text = "".join(t.text_with_ws if nxt.i == t.i + 1 or t.text.endswith("-") else t.text + " "
                   for t, nxt in zip(out, out[1:]))
    text += out[-1].text if out else ""
    return " ".join(text.split())


# Units of the time a thing takes to do something
SHORT_SPANS = frozenset({"second", "minute", "hour"})


def _a_while(noun: Token, head: Token) -> bool:
    """Whether ``noun`` counts the seconds, minutes or hours a verb's action takes ("in ten
    minutes", "in under 4.5 seconds"), not a day or a date."""
    return head.pos_ == "VERB" and lemma(noun).lower() in SHORT_SPANS and any(c.dep_ == "nummod" for c in children(noun))


def _a_verb_of_the_clause(word: Token) -> bool:
    """Whether a word the parser hung before a noun is the verb of the clause around it: "a poll
    saw director Ann Ruiz win" (a verb in the past tense, which no noun phrase holds; the present's
    "-s" is a plural noun's too: "reviews editor"), "he paid tribute and thanked director Tom Hale"
    (a participle right after an "and" that joins verbs)."""
    if word.tag_ == "VBD":
        return True
    before = word.nbor(-1) if word.i > 0 else None
    return word.tag_ == "VBN" and before is not None and before.dep_ == "cc" and before.head.pos_ in {"VERB", "AUX"}


def entity_tokens(ctx: Context, token: Token) -> list[Token]:
    """The tokens of the mention ``token`` is in, with a following possessive marker."""
    start, end = ctx.bounds(token)
    doc = token.doc
    if end < len(doc) and doc[end].text in POSSESSIVE_MARKERS:
        end += 1
    return list(doc[start:end])


def organization_referred(ctx: Context, subject: Token) -> EntityRef | None:
    """The organisation a subject "it", "they" or "the company" (any "the" and a noun of
    organisations: "the German carmaker") stands for: the nearest named subject before it, in its
    sentence or the two before, when that is an organisation. "They" after a person is that
    person's."""
    if ctx.entity(subject) is not None:
        return None
    if not (subject.lower_ in {"it", "they"} or lemma(subject).lower() in ORG_NOUNS and subject.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children(subject))):
        return None
    for before in subjects_before(subject, ctx.start_back(subject.i, 2)):
        if (ref := ctx.entity(before)) is not None:
            return ref if ref.cls == ORGANIZATION else None
    return None
