"""Products named after their maker: "Boeing 747", "Airbus A380", "Airbus A330-300E", "Boeing 787
Dreamliner". The model reads the maker as an organisation and the model number as a number, or
the whole as an organisation; written together they name a product, and say who makes it.

A name counts when its first words are an organisation the article names (the model read them as
one somewhere in the text) and what follows is a designation: a model number, with a name after it
("787 Dreamliner"). Without a number only a name the model itself read as a product counts ("Ford
Taurus"): "Ford Motor" or "Boeing Capital" are organisations.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..lang.en.lexicon import PRODUCT_NAME_HEADS, STOCK_INDEX_NAMES
from ..nlp import lemma
from .names import clean

# A model number: "747", "A380", "7E7", "X5", "200LR", "KC"-"45" (the tokenizer splits on hyphens)
DESIGNATION = re.compile(r"[A-Z]{0,3}\d[\dA-Za-z]*|[A-Z]{1,3}")
MAX_NAME = 6  # tokens in a product name


def maker_names(doc: Doc) -> set[str]:
    """The texts the model read as organisations anywhere in the article; a market index's first
    word ("FTSE" of "FTSE 100") makes nothing."""
    return {ent.text for ent in doc.ents if ent.label_ == "ORG" and ent.text.lower() not in STOCK_INDEX_NAMES}


def _a_score(doc: Doc, i: int) -> bool:
    """"Turf Moor 0-2", "Leeds 3-1": a match's score after a name, not a model number ("777-200"
    and "A330-300" have longer parts, or letters)."""
    return (i + 2 < len(doc) and doc[i].text.isdigit() and len(doc[i].text) <= 2 and doc[i + 1].text in {"-", "–"}
            and doc[i + 2].text.isdigit() and len(doc[i + 2].text) <= 2)


def _designation_end(doc: Doc, i: int) -> int | None:
    """Where a model number starting at token ``i`` ends ("777-200LR" is three tokens), with a
    name written after it ("787 Dreamliner"); None when no number starts there."""
    if i >= len(doc) or not any(ch.isdigit() for ch in doc[i].text) or not DESIGNATION.fullmatch(doc[i].text):
        return None
    if _a_score(doc, i):
        return None
    end = i + 1
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and DESIGNATION.fullmatch(doc[end + 1].text):
        end += 2
    if end < len(doc) and doc[end].pos_ == "PROPN" and (doc[end].is_title or doc[end].is_upper) \
            and doc[end].ent_type_ not in {"ORG", "GPE", "PERSON"}:
        end += 1  # "787 Dreamliner", "A330 MRTT"
    return end


def named_by_maker(doc: Doc, start: int, end: int, label: str, makers: set[str]) -> int | None:
    """The end of the product name that ``doc[start:end]`` starts with the name of a maker in
    ``makers`` (the span itself, or the span and the model number after it), else None."""
    found = _maker_and_end(doc, start, end, label, makers)
    return found[1] if found else None


def maker_prefix(doc: Doc, start: int, end: int, makers: set[str]) -> int | None:
    """Where the maker's name ends in the product name ``doc[start:end]``, else None."""
    found = _maker_and_end(doc, start, end, "PRODUCT", makers)
    return found[0] if found and found[1] == end else None


def _maker_and_end(doc: Doc, start: int, end: int, label: str, makers: set[str]) -> tuple[int, int] | None:
    for cut in range(min(end, start + 3), start, -1):  # the longest maker name first
        if doc[start:cut].text not in makers:
            continue
        if cut < end:  # the model's span holds more than the maker: "Airbus A330", "Ford Taurus"
            rest = _designation_end(doc, cut)
            if rest is not None and rest >= end:
                return cut, rest
            return (cut, end) if label == "PRODUCT" else None
        rest = _designation_end(doc, end)  # "Boeing" + "747"
        return (cut, rest) if rest is not None else None
    return None


def products_named_by_makers(doc: Doc) -> list[Span]:
    """Every product named after its maker, as a span labelled PRODUCT."""
    makers = maker_names(doc)
    if not makers:
        return []
    found = []
    for ent in doc.ents:
        if ent.label_ not in {"ORG", "PRODUCT", "PERSON"}:
            continue
        start, end = ent.start, named_by_maker(doc, ent.start, ent.end, ent.label_, makers)
        if end is None and ent.label_ == "PRODUCT":
            start, end = _maker_before(doc, ent.start, makers), ent.end  # "the Ford" + "Tarragon"
            if start is None or doc[start:end].text in makers:  # "Lockheed" + "Martin" is a company
                continue
        if end is not None and end - start <= MAX_NAME and (not found or start >= found[-1].end):
            # cleaned as any name is: "the new Zephyr Pro - a lighter laptop" names the Zephyr Pro
            span = clean(Span(doc, start, end, label="PRODUCT"))
            if span is not None:
                found.append(span)
    return found


def _maker_before(doc: Doc, start: int, makers: set[str]) -> int | None:
    """Where a maker's name written just before a product the model read begins, else None: the
    model often reads only "Zephyr" of "the Vantor Zephyr" as the product. Only capitalised words
    after a determiner count: "a new" never does, and in "Acme and Vantor Zephyr" the two may well
    be one company's name."""
    for k in (3, 2, 1):
        if start - k >= 1 and all(t.is_title or t.is_upper for t in doc[start - k:start]) \
                and doc[start - k:start].text in makers and doc[start - k - 1].pos_ == "DET":
            return start - k
    return None


def models_after_a_possessive(doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
    """"Porsche's 911 sports cars", "Vantor's V300 airliner", "Vantor's 787 Dreamliner": a model
    number right after an organisation's possessive names that maker's model ("Porsche 911"); the
    span is the number (and the name after it), the name the maker's and the number's. Not a year
    or an amount ("Vantor's 2004 profits"), nor a small count of something else ("Vantor's 50
    employees"): what the number stands before must be the name or a product noun."""
    makers = maker_names(doc)
    found = []
    for ent in doc.ents:
        start = ent.end + 1
        if ent.label_ != "ORG" or ent.text not in makers or start >= len(doc) or doc[ent.end].lower_ not in {"'s", "’s"}:
            continue
        if start in taken or doc[start].ent_type_ in {"DATE", "MONEY", "PERCENT", "TIME", "QUANTITY", "ORDINAL"}:
            continue
        end = _designation_end(doc, start)
        if end is None or (doc[start].text.isdigit() and len(doc[start].text) < 3 and end == start + 1):
            continue
        head = doc[end - 1]
        while head.dep_ in {"nummod", "compound", "nmod", "amod"} and head.head.i > head.i:
            head = head.head  # "902 3G mobile phone": the phone
        if start <= head.i < end or lemma(head).lower() in PRODUCT_NAME_HEADS:
            found.append((Span(doc, start, end, label="PRODUCT"), f"{ent.text} {doc[start:end].text}"))
    return found


# A product's name written in lower case then a capital: "iPod", "iOS", "iTunes" (a company so
# named, "eBay", the model reads as an organisation, and that reading stands).
CAMEL_PRODUCT = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*")


def shaped_like_products(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the model missed whose shape makes them products, with a model number after them:
    "iPhone 4", "iOS 5", "iPod"."""
    found = []
    for token in doc:
        if token.i in taken or not CAMEL_PRODUCT.fullmatch(token.text) or (found and token.i < found[-1].end):
            continue
        end = _designation_end(doc, token.i + 1) or token.i + 1
        if not any(i in taken for i in range(token.i, end)):
            found.append(Span(doc, token.i, end, label="PRODUCT"))
    return found


def camel_shaped(span: Span) -> bool:
    return bool(CAMEL_PRODUCT.fullmatch(span[0].text))
