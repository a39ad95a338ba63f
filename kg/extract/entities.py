"""Entity mentions: the model's named entities, cleaned, with class votes from the text around them.

The small model often gets the class wrong ("Sora" as a person, "U.S." as an organisation); every
mention therefore carries votes, and resolution decides the class of a whole cluster of mentions.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .. import countries
from ..lexicon import (
    HONORIFICS,
    MAKER_VERBS,
    NOT_ENTITIES,
    ORG_NAME_ENDINGS,
    PRODUCT_NOUNS,
    ROLE_NOUNS,
)
from ..model import COUNTRY, EVENT, ORGANIZATION, PERSON, PLACE, PRODUCT
from ..nlp import lemma

# What the model's labels vote for; labels not here (dates, money, NORP ...) are not entities.
LABEL_VOTES = {
    "PERSON": PERSON, "ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE,
    "PRODUCT": PRODUCT, "EVENT": EVENT,
}
# A syntactic cue outweighs any number of the model's guesses: it is read from this very text.
STRONG = 100
# Owning an artefact ("OpenAI's latest innovation") points to a maker, but people own things too.
OWNER = 3
NAME_ENDING = 5
# Labels under which a country name is taken for a country whatever the model said.
COUNTRY_LABELS = {"GPE", "LOC", "ORG", "NORP", "PERSON"}
EDGE_TOKENS = {"the", "'s", "’s", "'", "’", "s"}


@dataclass(frozen=True)
class Mention:
    start: int  # token indices into the doc, end exclusive
    end: int
    text: str
    label: str  # the model's label, or "MATCH" for a mention found by name after resolution
    votes: tuple[tuple[str, int], ...]
    iso: str | None = None  # ISO 3166 alpha-2 when the mention names a country

    def span(self, doc: Doc) -> Span:
        return doc[self.start:self.end]


def norm(text: str) -> str:
    """Key under which surface forms are compared."""
    text = text.replace("’", "'").replace("\u00a0", " ")
    if text.lower().startswith("the "):
        text = text[4:]
    if text.endswith("'s"):
        text = text[:-2]
    return " ".join(text.split()).casefold()


def clean(span: Span) -> Span | None:
    """Trim determiners, possessive markers, honorifics and punctuation; None if nothing nameable is left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in EDGE_TOKENS or doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].lower_ in EDGE_TOKENS or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    if span.label_ == "PERSON":
        while end - start > 1 and doc[start].lower_ in HONORIFICS:
            start += 1
    if start >= end:
        return None
    cleaned = Span(doc, start, end, label=span.label_)
    text = cleaned.text
    if norm(text) in NOT_ENTITIES or not any(ch.isalpha() for ch in text) or text.islower():
        return None
    if len(text) < 2:
        return None
    if all(t.lower_.strip(".") in ROLE_NOUNS or t.lower_ in {"c.e.o.", "of", "and"} or t.is_punct for t in cleaned):
        return None  # "Chief Executive Officer" is a title, not a name
    return cleaned


def find_mentions(doc: Doc) -> list[Mention]:
    mentions = []
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for span in _unlabelled_products(doc, taken):
        mentions.append(Mention(span.start, span.end, span.text, "PRODUCT_CUE", votes(span), None))
    for ent in doc.ents:
        is_country_label = ent.label_ in COUNTRY_LABELS
        if ent.label_ not in LABEL_VOTES and not is_country_label:
            continue
        span = clean(ent)
        if span is None:
            continue
        iso = countries.lookup(span.text) if is_country_label else None
        if iso is None and ent.label_ == "NORP":
            iso = countries.demonym(span.text)  # "Chinese researchers" mention China
        if iso is None and ent.label_ not in LABEL_VOTES:
            continue
        mentions.append(Mention(span.start, span.end, span.text, ent.label_, votes(span, iso), iso))
    return mentions


def votes(span: Span, iso: str | None = None) -> tuple[tuple[str, int], ...]:
    """Class votes for one mention: the model's label, and strong votes for cues in the sentence."""
    tally: Counter[str] = Counter()
    if iso:
        tally[COUNTRY] += STRONG
    elif span.label_ in LABEL_VOTES:
        tally[LABEL_VOTES[span.label_]] += 1
    for noun in appositives(span):
        word = lemma(noun).lower()
        if word in ROLE_NOUNS:
            tally[PERSON] += STRONG  # "Ma Heliang, an influential figure ..."
        elif word in PRODUCT_NOUNS:
            tally[PRODUCT] += STRONG  # "Sora, a text-to-video AI generator"
    if len(span) > 1 and span[-1].lower_ in ORG_NAME_ENDINGS and span.label_ in {"PERSON", "ORG", "GPE"}:
        tally[ORGANIZATION] += NAME_ENDING  # "Manchester United", "Lib Dems": the name says what it is
    root = span.root
    if root.dep_ == "poss" and lemma(root.head).lower() in PRODUCT_NOUNS and not root.head.ent_type_:
        tally[ORGANIZATION] += OWNER
    if made_by_organization(span):
        tally[PRODUCT] += STRONG
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in HONORIFICS and before.is_title:
        tally[PERSON] += STRONG  # "Mr Gates"
    return tuple(sorted(tally.items()))


def appositives(span: Span) -> list[Token]:
    """Common nouns in apposition with the span, on either side: "X, a N" and "N, X"."""
    root = span.root
    found = [child for child in root.children if child.dep_ == "appos" and not child.ent_type_]
    if root.dep_ == "appos" and not root.head.ent_type_:
        found.append(root.head)
    return [tok for tok in found if tok.pos_ in {"NOUN", "PROPN"} and not (span.start <= tok.i < span.end)]


def _by_organization(token: Token) -> bool:
    return token.ent_type_ == "ORG" and token.ent_iob_ in {"B", "I"}


def made_by_organization(span: Span) -> bool:
    """"Sony's PSP", "Apple unveiled the iPod", "the iPod, made by Apple": the thing an organisation
    owns by name, launches or makes is a product, whatever the model tagged it."""
    root = span.root
    if span.label_ == "PERSON":
        return False  # "Microsoft's Bill Gates": people are possessed too; leave persons to other cues
    if any(c.dep_ == "poss" and _by_organization(c) for c in root.children):
        return True
    verb = root.head
    if root.dep_ in {"dobj", "nsubjpass"} and lemma(verb) in MAKER_VERBS:
        if any(c.dep_ == "nsubj" and _by_organization(c) for c in verb.children):
            return True
        if any(c.dep_ == "agent" and any(_by_organization(p) for p in c.children) for c in verb.children):
            return True
    for acl in root.children:
        if acl.dep_ == "acl" and lemma(acl) in MAKER_VERBS:
            if any(c.dep_ == "agent" and any(_by_organization(p) for p in c.children) for c in acl.children):
                return True
    return False


def _described_as_product(span: Span) -> bool:
    return any(lemma(n).lower() in PRODUCT_NOUNS and lemma(n).lower() not in ROLE_NOUNS for n in appositives(span))


def _unlabelled_products(doc: Doc, taken: set[int]) -> list[Span]:
    """Proper-noun phrases the model did not tag but the syntax marks as products."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in taken or token.dep_ in {"compound", "flat"}:
            continue
        left = token.i
        while left > 0 and doc[left - 1].pos_ in {"PROPN", "NUM"} and doc[left - 1].dep_ in {"compound", "nummod"} \
                and doc[left - 1].i not in taken:
            left -= 1
        right = token.i + 1
        while right < len(doc) and doc[right].pos_ == "NUM" and doc[right].head.i == token.i:
            right += 1  # "Xbox 360"
        span = Span(doc, left, right, label="PRODUCT")
        cleaned = clean(span)
        if cleaned is not None and (made_by_organization(cleaned) or _described_as_product(cleaned)):
            found.append(cleaned)
    return found
