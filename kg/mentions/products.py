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
from collections.abc import Set

from spacy.attrs import SHAPE
from spacy.tokens import Doc, Span, Token

from ..lang.en.lexicon import (
    AIRLINE_WORDS,
    DEVICE_NOUNS,
    LEGAL_FORMS,
    MODEL_WORDS,
    ORG_SUFFIXES,
    OWN_MAKING_VERBS,
    PRODUCT_NAME_HEADS,
    STOCK_INDEX_NAMES,
    TITLE_WORDS,
)
from ..nlp import capitalised, children, entities, entity_texts, lemma, per_doc, span_text, texts, tokens, words_in
from ..nlp.syntax import subjects_before
from .names import a_minute, clean

# Verbs that give a thing its name: "a system called Zorbit", "a phone dubbed the Kestrel"
NAMING_VERBS = {"called", "named", "dubbed", "codenamed", "nicknamed", "branded"}
QUOTES = {'"', "'", "\u201c", "\u2018"}
# A model number: "747", "A380", "7E7", "X5", "200LR", "KC"-"45" (the tokenizer splits on hyphens)
DESIGNATION = re.compile(r"[A-Z]{0,3}\d[\dA-Za-z]*|[A-Z]{1,3}|[A-Z]{1,3}-\d[\dA-Za-z]*")  # ("YH-999", one token)
# A model number that names a model without its maker's name: three or four digits ("717"), or
# one or two capitals and three or four digits ("A320", "E190"), a letter or two after ("A350F").
# (in the plural too: "A320s")
MODEL_NUMBER_ALONE = re.compile(r"((?:[A-Z]{1,2}-?)?\d{3,4}[A-Z]{0,2})(s?)")
MODEL_SHAPE = re.compile(r"X{0,2}-?d{3,4}X{0,2}x?")  # spaCy's shapes of those ("A320s": "Xdddx")
MAX_NAME = 6  # tokens in a product name
# Letters written onto a model number that the tokenizer splits off as if a unit ("3G", "4S").
GENERATION_SUFFIXES = {"G", "GS", "S", "X", "C"}
# An amount, a rank or a count written as one word: "533p" (pence), "20m", "5bn", "10th".
AMOUNT = re.compile(r"\d+(?:p|m|bn|k|st|nd|rd|th)")
# What a number after a name counts when it is no model number: "Vantor 20 years ago", "Vantor 50 staff".
COUNTED = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "time", "percent", "%",
                     "point", "people", "staff", "employee", "worker", "job", "share", "pence", "cent",
                     "million", "billion", "per"})
MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                    "october", "november", "december"})
# Last words of names that are a law or a company, not a product: "the Vantor Bill", "the Kestrel
# Act", "Vantor SpA".
NOT_PRODUCT_ENDINGS = frozenset({"bill", "act", "treaty"}) | ORG_SUFFIXES | LEGAL_FORMS
# A number that counts a line's versions, not a maker's model number ("747", "A380"): "2", "8.0".
VERSION_ONLY = re.compile(r"\d(?:\.\d+)*")
# A year right after a name dates an edition, not a model: "Vantorfest 2005" is a fair's, "Zorbit 2k5"
# a title licensed from a channel; neither is made by the body whose name it carries ("Kestrel
# Office 2003" still is Kestrel's).
EDITION_YEAR = re.compile(r"(?:19|20)\d\d|2k\d{1,2}", re.IGNORECASE)


@per_doc  # (asked again for every product mention of the article)
def maker_names(doc: Doc) -> frozenset[str]:
    """The texts the model read as organisations anywhere in the article; a market index's first
    word ("FTSE" of "FTSE 100") and an airline ("an Air Zephyr A330") make nothing."""
    return frozenset(text for ent, text in zip(entities(doc), entity_texts(doc))
                     if ent.label_ == "ORG" and text.lower() not in STOCK_INDEX_NAMES and not an_airline(text))


def an_airline(name: str) -> bool:
    """A name with an airline's word in it ("Air Zephyr", "Kestrel Airways"): it flies the models
    written after its name, it does not make them."""
    return bool(AIRLINE_WORDS & set(name.lower().split()))


def _a_score(doc: Doc, i: int) -> bool:
    """"Turf Moor 0-2", "Leeds 3-1": a match's score after a name, not a model number ("777-200"
    and "A330-300" have longer parts, or letters)."""
    return (i + 2 < len(doc) and doc[i].text.isdigit() and len(doc[i].text) <= 2 and doc[i + 1].text in {"-", "–"}
            and doc[i + 2].text.isdigit() and len(doc[i + 2].text) <= 2)


def _an_amount(doc: Doc, i: int) -> bool:
    """"Vantor's 533p a share", "Vantor 20 years ago": an amount or a count after a name."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return bool(AMOUNT.fullmatch(doc[i].text)) or (
        doc[i].text.isdigit() and after is not None and lemma(after).lower() in COUNTED)


def _designation_end(doc: Doc, i: int) -> int | None:
    """Where a model number starting at token ``i`` ends ("777-200LR" is three tokens), with a
    name written after it ("787 Dreamliner") or before it ("Trent 900", "Razr V3"); None when no
    number starts there."""
    if i + 1 < len(doc) and _a_model_word(doc[i]) and _a_model_number(doc[i + 1]):
        return _designation_end(doc, i + 1)
    if i >= len(doc) or not any(ch.isdigit() for ch in doc[i].text) or not DESIGNATION.fullmatch(doc[i].text):
        return None
    if _a_score(doc, i) or _an_amount(doc, i) or a_minute(doc, i):
        return None
    end = i + 1
    if end < len(doc) and not doc[i].whitespace_ and doc[end].text in GENERATION_SUFFIXES:
        end += 1  # "iPhone 3G", "iPhone 4S": the tokenizer reads the letters as a unit
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and DESIGNATION.fullmatch(doc[end + 1].text):
        end += 2
    if end < len(doc) and doc[end].pos_ == "PROPN" and (doc[end].is_title or doc[end].is_upper) \
            and doc[end].ent_type_ not in {"ORG", "GPE", "PERSON"}:
        end += 1  # "787 Dreamliner", "A330 MRTT"
    return end


def _a_model_word(token: Token) -> bool:
    """A capitalised word a model's name may open with ("Trent", "Razr"), not a month or a name's."""
    return (token.is_alpha and (token.is_title or token.is_upper) and bool(token.whitespace_)
            and token.ent_type_ not in {"PERSON", "GPE", "DATE", "NORP"} and token.lower_ not in MONTHS)


def _a_model_number(token: Token) -> bool:
    """A number of two characters or more that is no year: "900", "V3" (not "4" of "Radio 4", nor "2005")."""
    text = token.text
    return len(text) > 1 and any(ch.isdigit() for ch in text) and bool(DESIGNATION.fullmatch(text)) and not a_year(text)


def a_year(text: str) -> bool:
    """"1998", "2005": a year, which names and model numbers do not open or end with."""
    return text.isdigit() and len(text) == 4 and text[:2] in {"19", "20"}


def named_by_maker(doc: Doc, start: int, end: int, label: str, makers: Set[str]) -> int | None:
    """The end of the product name that ``doc[start:end]`` starts with the name of a maker in
    ``makers`` (the span itself, or the span and the model number after it), else None."""
    found = _maker_and_end(doc, start, end, label, makers)
    return found[1] if found else None


def maker_prefix(doc: Doc, start: int, end: int, makers: Set[str]) -> int | None:
    """Where the maker's name ends in the product name ``doc[start:end]``, else None. Before a
    model word alone it is a product line, whatever the model read it as: the "Mac" of "Mac mini"."""
    found = _maker_and_end(doc, start, end, "PRODUCT", makers)
    if found is None or found[1] != end or all(t.lower_ in MODEL_WORDS for t in doc[found[0]:end]):
        return None
    return found[0]


def _maker_and_end(doc: Doc, start: int, end: int, label: str, makers: Set[str]) -> tuple[int, int] | None:
    for cut in range(min(end, start + 3), start, -1):  # the longest maker name first
        if span_text(doc, start, cut) not in makers:
            continue
        if cut < end:  # the model's span holds more than the maker: "Airbus A330", "Ford Taurus"
            rest = _designation_end(doc, cut)
            if rest is not None and rest >= end:
                return cut, rest
            return (cut, end) if label == "PRODUCT" and _a_name_after(doc, cut, end) else None
        rest = _designation_end(doc, end)  # "Boeing" + "747"
        if rest is not None:
            return cut, rest
        # the whole span is read as an organisation here ("Airbus A300s" as ORG): a shorter maker
        # name inside it may still be followed by a model number
    return None


def _a_name_after(doc: Doc, cut: int, end: int) -> bool:
    """Whether the words after a maker's name in a span the model read as a product name a model
    of it ("Vantor Zephyr"), not the maker's own thing ("Vantor's Eleven"), a phrase ("Vantor at
    bay"), a team ("Kestrel Striders"), a law ("the Vantor Bill") or a company ("Vantor SpA")."""
    # (up to an aside the model ran on into: "the Vantor Zephyr - a lighter laptop -")
    rest = list(doc[cut:end])
    rest = rest[:next((k for k, t in enumerate(rest) if t.is_punct and k), len(rest))]
    return (rest[0].text not in {"'s", "’s"} and not (rest[0].is_alpha and rest[0].is_lower)
            and rest[-1].tag_ != "NNPS" and rest[-1].lower_ not in NOT_PRODUCT_ENDINGS)


def products_named_by_makers(doc: Doc) -> list[Span]:
    """Every product named after its maker, as a span labelled PRODUCT."""
    makers = maker_names(doc)
    if not makers:
        return []
    found = []
    for ent in entities(doc):
        if ent.label_ not in {"ORG", "PRODUCT", "PERSON"}:
            continue
        start, end = ent.start, named_by_maker(doc, ent.start, ent.end, ent.label_, makers)
        if end is None and ent.label_ == "PRODUCT":
            start, end = _maker_before(doc, ent.start, makers), ent.end  # "the Ford" + "Tarragon"
            if start is None or span_text(doc, start, end) in makers:  # "Lockheed" + "Martin" is a company
                continue
        if end is not None and end - start <= MAX_NAME and (not found or start >= found[-1].end):
            # cleaned as any name is: "the new Zephyr Pro - a lighter laptop" names the Zephyr Pro
            span = clean(Span(doc, start, end, label="PRODUCT"))
            if span is not None:
                found.append(span)
    return found


def _maker_before(doc: Doc, start: int, makers: Set[str]) -> int | None:
    """Where a maker's name written just before a product the model read begins, else None: the
    model often reads only "Zephyr" of "the Vantor Zephyr" as the product. Only capitalised words
    after a determiner count: "a new" never does, and in "Acme and Vantor Zephyr" the two may well
    be one company's name."""
    for k in (3, 2, 1):
        if start - k >= 1 and all(t.is_title or t.is_upper for t in doc[start - k:start]) \
                and span_text(doc, start - k, start) in makers and doc[start - k - 1].pos_ == "DET":
            return start - k
    return None


def models_after_a_possessive(doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
    """"Porsche's 911 sports cars", "Vantor's V300 airliner", "Vantor's 787 Dreamliner": a model
    number right after an organisation's possessive names that maker's model ("Porsche 911"); the
    span is the number (and the name after it), the name the maker's and the number's. "its" is
    the organisation its clause is about ("Vantor unveiled a longer version of its 787 airliner").
    Not a year or an amount ("Vantor's 2004 profits"), nor a small count of something else
    ("Vantor's 50 employees"): what the number stands before must be the name or a product noun."""
    makers = maker_names(doc)
    found = []
    for owner, start in _possessives_of_makers(doc, makers):
        if start in taken or doc[start].ent_type_ in {"DATE", "MONEY", "PERCENT", "TIME", "QUANTITY", "ORDINAL"}:
            continue
        end = _designation_end(doc, start)
        if end is None or (doc[start].text.isdigit() and len(doc[start].text) < 3 and end == start + 1):
            continue
        head = doc[end - 1]
        while head.dep_ in {"nummod", "compound", "nmod", "amod"} and head.head.i > head.i:
            head = head.head  # "902 3G mobile phone": the phone
        if start <= head.i < end or lemma(head).lower() in PRODUCT_NAME_HEADS:
            found.append((Span(doc, start, end, label="PRODUCT"), f"{owner} {doc[start:end].text}"))
    return found


def _possessives_of_makers(doc: Doc, makers: Set[str]) -> list[tuple[str, int]]:
    """(maker's name, index of the word after the possessive) for "Vantor's", and for an "its"
    whose subject, the nearest before it in its sentence, is an organisation the article names
    that makes or shows a thing ("Vantor has unveiled a new version of its ..."): an airline that
    "flies its 747s" or "grounded its V300 jets" is no maker of them."""
    found = []
    for ent, text in zip(entities(doc), entity_texts(doc)):
        if ent.label_ == "ORG" and text in makers and ent.end + 1 < len(doc) and doc[ent.end].lower_ in {"'s", "’s"}:
            found.append((text, ent.end + 1))
    for its in words_in(doc, {"its"}):
        if its.dep_ != "poss" or its.i + 1 >= len(doc):
            continue
        subject = next(subjects_before(its, its.sent.start), None)
        if subject is None:
            continue
        ent = next((e for e in entities(doc) if e.start <= subject.i < e.end), None)
        if ent is not None and ent.label_ == "ORG" and ent.text in makers \
                and lemma(subject.head).lower() in OWN_MAKING_VERBS:
            found.append((ent.text, its.i + 1))
    return found


def variants_of_models(doc: Doc, named: list[tuple[Span, str]], taken: set[int]) -> list[tuple[Span, str]]:
    """"the 777-200LR" after "Boeing's 777": a model number that extends the number of a product
    named with its maker names a variant by the same maker ("Boeing 777-200LR"). ``named`` holds
    the products found with their makers, as (span, name)."""
    makers = maker_names(doc)
    maker_of: dict[str, set[str]] = {}
    for span, name in named:
        cut = maker_prefix(doc, span.start, span.end, makers)
        number = doc[cut:span.end].text if cut is not None else span.text
        maker = name[:-len(number)].strip() if name.endswith(number) else ""
        if maker and number and any(ch.isdigit() for ch in number):
            maker_of.setdefault(number, set()).add(maker)
    if not maker_of:
        return []  # (no number to find: spare the look at every word)
    found = []
    for i, text in enumerate(texts(doc)):
        owners = maker_of.get(text)
        if not owners or len(owners) > 1 or i in taken or (found and i < found[-1][0].end):
            continue
        token = tokens(doc)[i]
        end = _designation_end(doc, token.i)
        if end is not None and end > token.i + 1 and doc[token.i + 1].text == "-":
            span = Span(doc, token.i, end, label="PRODUCT")
            found.append((span, f"{next(iter(owners))} {span.text}"))
    return found


def model_name_end(doc: Doc, span: Span) -> int:
    """Where a product's name ends that the model cut before the word or number that finishes it:
    "Mac" + "mini", "iPod" + "touch", "iPhone" + "3G". The word must end the noun phrase ("the iPod
    touch features ..."), not stand before a noun of its own ("a touch screen"); a number only
    follows a name shaped like a product's ("iPhone 3G", not "Vantor 3")."""
    end = span.end
    if end >= len(doc):
        return end
    word = doc[end]
    if word.text in MODEL_WORDS and span.label_ in {"ORG", "PRODUCT"}:  # (lower case: "Vantor Pro" is the model's to read)
        after = doc[end + 1] if end + 1 < len(doc) else None
        if after is None or (after.pos_ not in {"NOUN", "PROPN"} and after.text != "-") \
                or lemma(after).lower() in PRODUCT_NAME_HEADS:
            return end + 1
        return end
    if camel_shaped(span) and (designated := _designation_end(doc, end)) is not None and not _a_score(doc, end):
        return designated
    if span.label_ == "PRODUCT":
        return _name_words_end(doc, end)
    # "the Zephyr" + "Pro" before "phone", whatever the model read the first part as: a device's
    # name, whole (not before any product noun: "the UPN TV network", "the Group B game" are none)
    named = _name_words_end(doc, end)
    if named > end and named < len(doc) and doc[named - 1].head.i == named and doc[named].pos_ == "NOUN" \
            and lemma(doc[named]).lower() in DEVICE_NOUNS:
        return named
    return end


def _name_words_end(doc: Doc, end: int) -> int:
    """Where a product's name ends that the model cut before the capitalised words it is a part of:
    "Zephyr" + "Portable" in "Vantor's new Zephyr Portable console" (the parser hangs the name on
    them). Only words the model left out of every entity, and no title ("Zephyr MP" is a member for
    a place the model took for a product)."""
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and doc[end].ent_iob_ == "O" \
            and doc[end].lower_ not in TITLE_WORDS and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i >= end:
        end += 1
    return end


def continues_a_product(doc: Doc, start: int) -> bool:
    """Whether the words from ``start`` finish the name of a product the model read just before
    them (_name_words_end), which the model's entity will take in."""
    before = doc[start - 1] if start > 0 else None
    return before is not None and before.ent_type_ == "PRODUCT" and before.ent_iob_ in {"B", "I"} \
        and _name_words_end(doc, start) > start


# A product's name written in lower case then a capital: "iPod", "iOS", "iTunes" (a company so
# named, "eBay", the model reads as an organisation, and that reading stands).
CAMEL_PRODUCT = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*")


def shaped_like_products(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the model missed whose shape makes them products, with a model number after them:
    "iPhone 4", "iOS 5", "iPod"."""
    found = []
    for token in capitalised(doc):  # (a camel name has a capital: the words in lower case are none)
        i = token.i
        if i in taken or not CAMEL_PRODUCT.fullmatch(token.text) or (found and i < found[-1].end):
            continue
        end = _designation_end(doc, token.i + 1) or token.i + 1
        if any(i in taken for i in range(token.i, end)):
            continue
        found.append(Span(doc, token.i, _rest_of_the_name(doc, token, taken) or end, label="PRODUCT"))
    return found


def _rest_of_the_name(doc: Doc, token: Token, taken: set[int]) -> int | None:
    """Where a camel name ends that goes on in capitalised words: "iTunes Music Store", "iPod
    Photo" (the parser hangs the camel word on the last of them). The model reads those words as a
    name of their own, often a person's; they are taken in when they are all of that name."""
    head = token.head
    if token.dep_ != "compound" or not token.i < head.i <= token.i + 3:
        return None
    rest = doc[token.i + 1:head.i + 1]
    if not all(w.pos_ == "PROPN" and w.is_title for w in rest):
        return None
    # (not into a name the model read as going on further, nor into a product found by its maker)
    entities_in = [ent for ent in entities(doc) if ent.start < rest.end and ent.end > rest.start]
    if any(ent.start < rest.start or ent.end > rest.end for ent in entities_in) or any(
            i in taken and not any(ent.start <= i < ent.end for ent in entities_in) for i in range(rest.start, rest.end)):
        return None
    return rest.end


def designations_alone(doc: Doc, taken: set[int]) -> list[Span]:
    """Model numbers the model missed, written without their maker's name: before the device they
    name ("the final 717 jet", "their new A350 aircraft") or counted in the plural ("24 A320s
    and 6 A321s", "its 747s"). A year, a round number, a format or a size is no model: "the 2005
    car", "100s of people", "an MP3 player", "a 20GB player"."""
    found = []
    # (by the tokens' shapes first, "ddd" or "Xdddx", read as one array: they rule out nearly every
    # token, at less cost than a look at each; an article has a few dozen shapes to match)
    shapes = doc.to_array(SHAPE).tolist()
    wanted = {h for h in set(shapes) if MODEL_SHAPE.fullmatch(doc.vocab.strings[h])}
    for i in [k for k, h in enumerate(shapes) if h in wanted]:
        token = tokens(doc)[i]
        number = MODEL_NUMBER_ALONE.fullmatch(token.text)
        if number is None or token.i in taken or token.ent_type_ in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"}:
            continue
        before = doc[token.i - 1] if token.i else None
        if before is not None and (before.text in {"-", "–"} and not before.whitespace_
                                   or before.pos_ == "PROPN" and (before.is_title or before.is_upper)):
            continue  # the end of a longer name: "777-200LR", "Vantor R800"
        text, plural = number.group(1), bool(number.group(2))
        if a_year(text) or text.isdigit() and text.endswith("00"):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        before_a_device = (after is not None and after.pos_ == "NOUN" and lemma(after).lower() in DEVICE_NOUNS
                           and token.head.i == after.i)
        # "144 planes were ordered" counts them; "five new 737 aircraft" counts 737s
        counted = before_a_device and after.tag_ == "NNS" and not any(
            c.like_num and c.i < token.i for c in children(after))
        if plural or before_a_device and not counted:
            found.append(Span(doc, token.i, token.i + 1, label="PRODUCT"))
    return found


def camel_shaped(span: Span) -> bool:
    return bool(CAMEL_PRODUCT.fullmatch(span[0].text))


def numbered_or_camel(span: Span) -> bool:
    """A number in the name, or a lower-case letter before a capital: "Zephyr 3", "iDrive"."""
    return any(ch.isdigit() for ch in span.text) or camel_shaped(span)


def product_noun_named(doc: Doc, start: int) -> Token | None:
    """The product noun a naming verb gives the name at ``start`` to: "system" of "a system called
    Zorbit"; None when no naming verb stands before it."""
    toks = tokens(doc)  # (asked of every name)
    i = start
    while i > 0 and (toks[i - 1].text in QUOTES or toks[i - 1].lower_ == "the"):  # "dubbed the Zephyr"
        i -= 1
    if i >= 3 and toks[i - 1].lower_ == "as" and toks[i - 2].lower_ == "known":
        j = i - 3
    elif i >= 2 and toks[i - 1].lower_ in NAMING_VERBS:
        j = i - 2
    else:
        return None
    while j > 0 and toks[j].lower_ in {"code", "-", ","}:  # "code-named", "a phone, dubbed"
        j -= 1
    noun = toks[j]
    return noun if noun.pos_ == "NOUN" and lemma(noun).lower() in PRODUCT_NAME_HEADS else None


def a_version_or_edition(rest: str) -> bool:
    """Whether what follows a maker's name in a product's ("Zephyr 2", "Zephyr 8.0", "Zephyr 2005")
    is a sequel's, a version's or an edition's number, not a model's: a title of that name, no
    product the maker makes."""
    return bool(VERSION_ONLY.fullmatch(rest) or EDITION_YEAR.fullmatch(rest))
