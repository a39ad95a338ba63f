"""Entity mentions: the model's named entities, cleaned, and names the model missed that the syntax
marks; each mention carries its class votes (kg.mentions.cues), and resolution decides the class of
a whole cluster of mentions.

The small model often gets the class wrong ("Sora" as a person, "U.S." as an organisation), which is
why every mention is voted on rather than taken at its label.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ..lang.en import countries, markets, regions
from ..lang.en.given_names import given_name, known_given_name
from ..lang.en.lexicon import (
    BODY_ENDINGS,
    DEVICE_NOUNS,
    EMPLOYER_ROLES,
    HONORIFICS,
    JOB_ROLES,
    ORG_ENDINGS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    OWNED_PRODUCT_HEADS,
    PARTY_ADJECTIVES,
    PARTY_ALIASES,
    PEERAGE_TITLES,
    PERSONAL_TITLES,
    ROLE_NOUNS,
    TITLE_PREPOSITIONS,
    WORK_NOUNS,
)
from ..lang.en.places import a_known_place
from ..nlp import capitalised, children, english_word, entities, lemma, per_doc, proper_nouns, span_text, texts, tokens, words_in
from ..nlp.syntax import compound_head, written_word_end
from .context import a_degree, age_after, region_at, team_sheet_openings, team_sheets
from .cues import (
    LABEL_VOTES,
    POSSESSIVES,
    among_products,
    called_a_product,
    described_as_product,
    lets_people_do,
    made_by_organization,
    named_as_a_product,
    names_the_product_noun,
    person_role,
    staff_of_an_organization,
    stock_index,
    votes,
)
from .names import EDGE_TOKENS, a_persons_letters, capital_inside, clean, norm, opens_an_office
from .products import (
    a_year,
    continues_a_product,
    designations_alone,
    model_name_end,
    models_after_a_possessive,
    products_named_by_makers,
    shaped_like_products,
    variants_of_models,
)

# Labels under which a country name is taken for a country whatever the model said (a headline
# "England 17-18 France" is an event whose last word is still the country).
COUNTRY_LABELS = {"GPE", "LOC", "ORG", "NORP", "PERSON", "FAC", "EVENT", "PRODUCT"}
# Labels of titles, which the model gives games and programs as often as laws and works: "Halo 2".
TITLE_LABELS = {"WORK_OF_ART", "LAW"}
# Labels of names that commas may list ("Dell, Samsung"; not "London, Ontario" read as one place: see _split_at_commas)
COMMA_LISTED_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"}
# Nouns a title is written right after: "the film Lords of the Isles", "the game Prince of Zorbit"
TITLED_NOUNS = WORK_NOUNS | {"programme", "program", "game"}


@dataclass(frozen=True)
class Mention:
    start: int  # token indices into the doc, end exclusive
    end: int
    text: str
    label: str  # the model's label, or "MATCH" for a mention found by name after resolution
    votes: tuple[tuple[str, int], ...]
    iso: str | None = None  # ISO 3166 alpha-2 when the mention names a country

    def span(self, doc: Doc) -> Span:
        return Span(doc, self.start, self.end)  # (doc[start:end] checks the bounds of a slice in Python)


# Company endings that are words, and may be a name of their own: "Company" magazine.
SUFFIX_WORDS = {"group", "company", "holdings", "limited", "corporation"}


def find_mentions(doc: Doc) -> list[Mention]:
    mentions = []
    named = products_named_by_makers(doc)
    for span in named:  # before the model's entities, which these take the place of
        mentions.append(Mention(span.start, span.end, span.text, "PRODUCT", votes(span), None))
    in_named = {i for span in named for i in range(span.start, span.end)}
    for span in market_indexes(doc, in_named):  # "the FTSE 100", which the model cuts after "FTSE"
        mentions.append(Mention(span.start, span.end, span.text, "PRODUCT_CUE", votes(span), None))
        in_named.update(range(span.start, span.end))
    possessed = models_after_a_possessive(doc, in_named)
    for span, name in possessed:  # "Porsche's 911": the Porsche 911
        mentions.append(Mention(span.start, span.end, name, "PRODUCT_CUE", votes(span), None))
        in_named.update(range(span.start, span.end))
    for span, name in variants_of_models(doc, [(s, s.text) for s in named] + possessed, in_named):
        mentions.append(Mention(span.start, span.end, name, "PRODUCT_CUE", votes(span), None))
        in_named.update(range(span.start, span.end))  # "the 777-200LR": Boeing's, as the 777 is
    ents = _split_at_commas(doc, _portfolios_joined(doc, _one_phrase_across_and(doc, _joined_at_and(doc, entities(doc)))))
    for parts in (_parts_at_a_repeated_word, _parts_at_a_role, _parts_before_a_person):
        ents = _split_in_two(ents, parts)
    ents = _split_at_possessives(doc, ents)
    taken = {i for ent in ents for i in range(ent.start, ent.end)} | in_named
    # (over numbers and nationalities too: "iOS 5" comes out as a number, "iTunes" as a nationality)
    named_things = {i for ent in ents if ent.label_ in LABEL_VOTES or ent.label_ == "ORG"
                    for i in range(ent.start, ent.end)} | in_named
    for span in shaped_like_products(doc, named_things):
        mentions.append(Mention(span.start, span.end, span.text, "PRODUCT_CUE", votes(span), None))
        taken.update(range(span.start, span.end))
        in_named.update(range(span.start, span.end))
    # (over numbers too: the model reads "717" as a count, or as a product of no name)
    numbers = {ent.start for ent in ents if ent.label_ in {"PRODUCT", "CARDINAL"} and len(ent) == 1}
    for span in designations_alone(doc, (named_things | in_named) - numbers):  # "the final 717 jet", "24 A320s"
        mentions.append(Mention(span.start, span.end, span.text, "PRODUCT_CUE", votes(span), None))
        taken.update(range(span.start, span.end))
        in_named.update(range(span.start, span.end))
    for span in unlabelled_products(doc, taken):
        mentions.append(Mention(span.start, span.end, span.text, "PRODUCT_CUE", votes(span), None))
        taken.update(range(span.start, span.end))
    for span in unlabelled_people(doc, taken) + people_after_titles(doc, taken) + staff_unlabelled(doc, taken):
        mentions.append(Mention(span.start, span.end, span.text, "PERSON_CUE", votes(span), None))
        taken.update(range(span.start, span.end))
    for span, party in unlabelled_parties(doc, taken):  # "Conservative MP Ann Ruiz", "Labour MP"
        mentions.append(Mention(span.start, span.end, party, "ORG", votes(span)))
        taken.update(range(span.start, span.end))
    for span in unlabelled_organizations(doc, taken):  # "rock band Kestrel", "the carrier Zephyr"
        mentions.append(Mention(span.start, span.end, span.text, "ORG", votes(span)))
        taken.update(range(span.start, span.end))
    for span in unlabelled_employers(doc, taken):  # "Kestrel co-founder Ann Ruiz"
        mentions.append(Mention(span.start, span.end, span.text, "ORG", votes(span)))
        taken.update(range(span.start, span.end))
    for span in team_sheet_clubs(doc, taken):  # "Ann Ruiz (Harlow Rovers), Tom Hale (Kestrel), ..."
        mentions.append(Mention(span.start, span.end, span.text, "ORG", votes(span)))
        taken.update(range(span.start, span.end))
    for span in unlabelled_places(doc, taken):
        iso = countries.lookup(span.text)
        mentions.append(Mention(span.start, span.end, span.text, "PLACE_CUE", votes(span, iso), iso))
        taken.update(range(span.start, span.end))
    found = {i for m in mentions for i in range(m.start, m.end)}  # (by the cues above)
    for ent in ents:
        if ent.start in in_named:
            continue
        if ent.label_ == PARTY_BEFORE_A_NAME:  # "Conservative Ann Ruiz": the Conservative Party
            mentions.append(Mention(ent.start, ent.end, _party_named(ent.text), "ORG",
                                    votes(Span(doc, ent.start, ent.end, label="ORG"))))
            continue
        is_country_label = ent.label_ in COUNTRY_LABELS
        titled = ent.label_ in TITLE_LABELS and (span := clean(ent)) is not None and _titled_as_a_product(span)
        if ent.label_ not in LABEL_VOTES and not is_country_label and not titled:
            continue
        span = clean(ent) if not titled else Span(doc, span.start, span.end, label="PRODUCT")
        if span is None or ent.label_ in {"GPE", "LOC"} and len(span) == 1 and a_degree(doc, span.start):
            continue  # (not Maryland: "Ann Ruiz, MD, says")
        if ent.label_ == "ORG" and len(span) == 1 and span[0].lower_ in ORG_SUFFIXES:
            # "Kestrel Motors LLC", "Kestrel Group" read as two names: the ending is the name's before
            # it; alone, an abbreviation ("LLC", "Inc") names no one ("Company" may be a magazine's name)
            k = next((k for k, m in enumerate(mentions) if m.end == span.start and m.label == "ORG"), None)
            if k is not None:
                whole = Span(doc, mentions[k].start, span.end, label="ORG")
                mentions[k] = replace(mentions[k], end=span.end, text=whole.text, votes=votes(whole))
                continue
            if span[0].lower_ not in SUFFIX_WORDS:
                continue
        if (end := model_name_end(doc, span)) > span.end and not found & set(range(span.end, end)):
            span = Span(doc, span.start, end, label="PRODUCT")  # "the Mac mini", "the iPhone 3G"
        if (span.start > 0 and (doc[span.start - 1].is_title or doc[span.start - 1].is_upper)
                and doc[span.start - 1].lower_ not in EDGE_TOKENS
                and _a_party(f"{doc[span.start - 1].text} {span.text}")):
            span = Span(doc, span.start - 1, span.end, label=span.label_)  # "Liberal" + "Democrat(s)"
            # (the model may have read "Liberal" as a name of its own)
            mentions[:] = [m for m in mentions if m.end <= span.start or m.start >= span.end]
        if ent.label_ == "PERSON" and (_given_name_left_out(span, found) or _initial_left_out(span, found)):
            span = Span(doc, span.start - 1, span.end, label="PERSON")  # "Charlize" + "Theron", "A" + "Ruiz"
        elif _title_cut_before(span, found):
            span = Span(doc, span.start - 1, span.end, label=span.label_)  # "Desperate" + "Housewives"
        elif ent.label_ == "ORG" and _and_cut_before(span, found):
            span = Span(doc, span.start - 2, span.end, label="ORG")  # "Finance and" + "Trade Ministry"
        if ent.label_ in {"PERSON", "ORG"} and (opening := _party_opening(span)) is not None:
            # "Lib Dem Treasury spokesman Ann Ruiz": the party, and its portfolio, read as one name
            cut, party = opening
            mentions.append(Mention(span.start, cut, party, "ORG", votes(Span(doc, span.start, cut, "ORG"))))
            continue
        text = span_text(doc, span.start, span.end)  # (the words of the name are not changed below)
        iso = countries.lookup(text) if is_country_label else None
        label = span.label_ if titled else ent.label_
        if label in {"PERSON", "ORG"} and a_persons_letters(doc, span.start, span.end):
            # "Ann Ruiz QC, the council's chairman, ...": the letters are no word of her name, but
            # the parser hangs what is said of her on them
            text = span_text(doc, span.start, span.end - 1)
        if iso is None and label in {"PERSON", "ORG", "PRODUCT"} and len(span) == 1 and countries.demonym(text) \
                and not (label != "PERSON" and countries.nationals_noun(text)):
            # "the Welsh captain": a nationality word the model took for a name ("Kiwi" may be a firm's)
            label = "NORP"
        if iso is None and label == "NORP" and norm(text) in PARTY_ALIASES:
            label = "ORG"  # "the Tories", "Democrats": the model reads a party's members as a group
        if iso is None and label == "NORP" and (party := party_of_a_title(span) or _party_before_a_name(span, ents)):
            mentions.append(Mention(span.start, span.end, party, "ORG", votes(Span(doc, span.start, span.end, "ORG"))))
            continue  # "Republican senator Ann Ruiz", "Democrat Ann Ruiz": a member of the party
        joined = _nations_joined(span) if iso is None and label in {"NORP", "PERSON", "ORG"} else None
        if joined:  # "Anglo-Dutch", "Sino-Japanese": each nationality mentions its country
            joined, span = joined
            parts = [t for t in span if t.text not in countries.HYPHENS]
            mentions.extend(Mention(t.i, t.i + 1, t.text, "NORP", votes(doc[t.i:t.i + 1], code), code)
                            for t, code in zip(parts, joined))
            continue
        if iso is None and label == "NORP" and text.lower() not in countries.HOME_NATION_DEMONYMS:
            iso = countries.demonym(text)  # "Chinese researchers" mention China
        if iso is None and label == "NORP" and text.lower() in countries.REGION_DEMONYMS:
            # "European aircraft maker Airbus" mentions Europe, "Scottish club Rangers" Scotland
            # (kg.mentions.resolve names them)
            label = "LOC"
            span = Span(doc, span.start, span.end, label=label)
        if iso is None and label not in LABEL_VOTES:
            continue
        if label == "PERSON" and len(span) == 1 and any(
                c.dep_ == "det" and (c.lower_ in {"a", "an"} or c.text == "the" and span.root.lower_ not in HONORIFICS)
                for c in children(span.root)):
            # "won an Oscar", "a Briton", "as the Bill passes": a named person takes no article
            # ("the Queen" and "the Pope" are titles, and stay)
            continue
        if not (tally := votes(span, iso)):
            continue  # (a title the model read as a person, that no cue reads as anything: cues.votes)
        mentions.append(Mention(span.start, span.end, text, label, tally, iso))
    return [_in_the_singular(doc, m) for m in _whole_titles(doc, mentions)]


def _joined_at_and(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """"Toshiba Elevator and | Building Systems", "the Organisation for Economic Co-operation and |
    Development": where the model ends an organisation's name on "and" with another organisation's
    name right after it, the two are one name that it cut at its "and" (a name never ends so)."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == "ORG" and ent.label_ == "ORG" and last.end == ent.start \
                and len(last) > 1 and last[-1].lower_ in {"and", "&"} \
                and not any(t.lower_ in {"and", "&"} for t in last[:-1]) \
                and sum(other.text == ent.text for other in ents) == 1 and countries.lookup(ent[0].text) is None:
            # (not a list of two names with "and" of their own, "Food and Farming and Trade and
            # Industry", nor a second name written alone elsewhere, "Leeds United and Kestrel", or
            # opening with a country's, "the Kestrel index and Singapore Vantor Index")
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return tuple(out)


def _one_phrase_across_and(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """"the Kestrel Parks | and | Wildlife Department", "the Rail | and | Maritime Workers Union":
    two organisations' names with "and" between them are one name where the parser hangs the first
    on a word of the second, as it does a modifier in one noun phrase ("Vantor and Kestrel", two
    names, it reads as a list), and the words either side of "and" are words of the language
    (kg.nlp.english_word), as the parts of a name are: the parser hangs two names of their own
    so too ("the IMF and World Bank", "Vantor Capital and Kestrel Zorbit")."""
    out: list[Span] = []
    for ent in ents:
        last = out[-1] if out else None
        if last is not None and last.label_ == "ORG" and ent.label_ == "ORG" and last.end + 1 == ent.start \
                and doc[last.end].lower_ in {"and", "&"} and _hung_on(last, ent) \
                and _a_word_of_a_name(last[-1]) and _a_word_of_a_name(ent[0]):
            out[-1] = Span(doc, last.start, ent.end, label="ORG")
        else:
            out.append(ent)
    return tuple(out)


def _a_word_of_a_name(word: Token) -> bool:
    """A capitalised word of the language (kg.nlp.english_word), as the parts of a body's name are
    ("Tourism", "Skills"; not "Exxon", "Zorbit", a name of its own)."""
    return word.is_title and word.is_alpha and bool(english_word(word.text, word.doc.vocab))


def _hung_on(first: Span, second: Span) -> bool:
    """Whether the parser hangs a name on the next one as part of its noun phrase: every word's
    head is in one of the two, and some word's in the second, as a modifier."""
    return (all(first.start <= t.head.i < second.end for t in first)
            and any(second.start <= t.head.i < second.end and t.dep_ in {"nmod", "compound", "det", "amod"} for t in first))


# Words that open a ministry's name before its portfolios: "the Department for Kestrel and Skills"
MINISTRY_WORDS = {"department", "ministry"}


def _portfolios_joined(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """"the Department for Education | and | Skills", "the Department for Culture Media | and |
    Sport": a ministry's portfolios after the first, which the model reads as names of their own,
    are its name's. Each is a capitalised noun or adjective of WordNet's index (kg.nlp.english_word:
    "Skills", "Sport"; not "the Department of Energy and Exxon", two bodies), after commas and, the
    last, after "and". (WordNet has no "Media": "Culture, Media and Sport" stays as the model read it.)"""
    out: list[Span] = []
    skip = 0
    for ent in ents:
        if ent.end <= skip:
            continue
        end = _portfolios_end(doc, ent) if ent.label_ == "ORG" else None
        if end is None:
            out.append(ent)
            continue
        out.append(Span(doc, ent.start, end, label="ORG"))
        skip = end
    return tuple(out)


def _portfolios_end(doc: Doc, ent: Span) -> int | None:
    """Where a ministry's name ends that the model ended after its first portfolio, else None."""
    words = [t.lower_ for t in ent]
    k = next((i for i, w in enumerate(words) if w in MINISTRY_WORDS), None)
    if k is None or k + 2 >= len(words) or words[k + 1] not in {"for", "of"}:
        return None
    i = ent.end
    while i + 1 < len(doc) and doc[i].text in {",", "and"}:
        word = doc[i + 1]
        if not _a_word_of_a_name(word):
            return None
        i += 2
        if doc[i - 2].text == "and":
            return i
    return None


def _split_at_commas(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """"Dell, Samsung" of "Dell, Samsung and Matsushita", "Makelele, Lampard": names listed with
    commas that the model read as one name are each a name. Not a name that goes on to an "and"
    ("the Department of Trade, Energy and Industry", "Mind, Body & Soul"), nor a company's ending
    ("Kestrel Worldwide, Inc."), nor a town and its region or country ("Leeds, Yorkshire")."""
    out: list[Span] = []
    for ent in ents:
        commas = [t.i for t in ent if t.text == ","]
        if not commas or ent.label_ not in COMMA_LISTED_LABELS:
            out.append(ent)
            continue
        bounds = [ent.start, *commas, ent.end]
        parts = [(a if k == 0 else a + 1, b) for k, (a, b) in enumerate(zip(bounds, bounds[1:]))]
        parts = [(a, b) for a, b in parts if b > a]
        last = doc[parts[-1][0]:parts[-1][1]]
        if len(parts) < 2 or any(t.lower_ in {"and", "&"} for t in last) \
                or last.text.lower().rstrip(".") in ORG_SUFFIXES \
                or len(parts) == 2 and ent.label_ in {"GPE", "LOC"} and (
                    countries.lookup(last.text) or regions.state(last.text)) and not _a_country(doc[slice(*parts[0])]):
            out.append(ent)
            continue
        for a, b in parts:
            while a < b and doc[a].lower_ in {"and", "the", "&"}:
                a += 1
            if a < b and not doc[a].is_lower:
                out.append(Span(doc, a, b, label=ent.label_))
    return tuple(out)


def _split_in_two(ents: tuple[Span, ...], parts: Callable[[Span], tuple[Span, Span] | None]) -> tuple[Span, ...]:
    """Each name as the two names ``parts`` reads it as, or whole where it reads none."""
    out: list[Span] = []
    for ent in ents:
        out += parts(ent) or [ent]
    return tuple(out)


def _parts_at_a_repeated_word(ent: Span) -> tuple[Span, Span] | None:
    """"the Zephyr and Zephyr Pro", "Duchy of Harlow and Duchy of Kestrel": a name read over an
    "and" after which its first word comes again is two names, one on either side (outside
    NewsGold, all six such names the model read were two: two films, two clubs, two programs ...).
    Not a name that says one word twice ("Johnson and Johnson")."""
    doc = ent.doc
    start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
    joins = [t.i for t in ent if t.lower_ in {"and", "&"}]
    if len(joins) != 1 or not start < joins[0] < ent.end - 1 \
            or doc[joins[0] + 1].lower_ != doc[start].lower_ \
            or doc[start:joins[0]].text.lower() == doc[joins[0] + 1:ent.end].text.lower():
        return None
    return Span(doc, ent.start, joins[0], label=ent.label_), Span(doc, joins[0] + 1, ent.end, label=ent.label_)


def _parts_at_a_role(ent: Span) -> tuple[Span, Span] | None:
    """"Vantor boss Ann Ruiz", "Kestrel star Tom Hale" read as one name: a role only a person has,
    in lower case between capitalised words, stands between the organisation (or the country whose
    team it is) and the person. Two names, of which the rules then read the membership."""
    doc = ent.doc
    role = next((t.i for t in ent[1:-1] if t.is_lower and t.is_alpha and doc[t.i - 1].is_title
                 and doc[t.i + 1].is_title and person_role(t)), None) if ent.label_ in {"ORG", "PERSON"} else None
    if role is None:
        return None
    owner = "GPE" if countries.lookup(span_text(doc, ent.start, role)) else "ORG"
    return Span(doc, ent.start, role, label=owner), Span(doc, role + 1, ent.end, label="PERSON")


# The label of a party's name split off the person's after it ("Tory" of "Tory Ann Ruiz"), which
# find_mentions writes as the party's name: "Conservative" alone names no party.
PARTY_BEFORE_A_NAME = "PARTY_BEFORE_A_NAME"


def _parts_before_a_person(ent: Span) -> tuple[Span, Span] | None:
    """"American Ann Ruiz", "Tory Tom Hale" read as one name, a person's or a firm's: a nationality
    word or a party's name before a person's name says where the person is from (the sports pages
    write it before every player) or which party they belong to. Two names: the nationality (or
    the party) and the person."""
    doc = ent.doc
    opening = _opening_before_a_name(ent) if ent.label_ in {"PERSON", "ORG"} and len(ent) > 1 else None
    if opening is None or not _a_persons_name(doc[opening[0]:ent.end]):
        return None
    cut, label = opening
    return Span(doc, ent.start, cut, label=label), Span(doc, cut, ent.end, label="PERSON")


def _opening_before_a_name(ent: Span) -> tuple[int, str] | None:
    """Where a nationality word ("American", "Swede") or a party's name ("Tory", "Lib Dem") that a
    name opens with ends, and the label it takes; None if the name opens with neither ("Dane" and
    "German" are first names too)."""
    first = ent[0]
    if first.is_title and countries.demonym(first.text) and not given_name(first.text):
        return ent.start + 1, "NORP"
    opening = _party_at_the_start(ent)
    return (opening[0], PARTY_BEFORE_A_NAME) if opening is not None else None


def _a_persons_name(rest: Span) -> bool:
    """Whether the words after a name's opening are a person's name: a common first name and a
    surname, or the surname of a person the article names in full elsewhere ("Tom Hale ...
    American Hale"). Not a firm's or a show's name, which the model may read as a person's too:
    "American Express", "Swiss Re" (beside "Munich Re"), "American Idol", "Swiss Beauty Group"."""
    if rest[-1].lower_ in ORG_ENDINGS:
        return False
    if len(rest) > 1 and given_name(rest[0].text) and rest[1].is_title:
        return True
    # (one that opens with a first name: "Munich Re", which the model may read as a person, is a firm)
    surname = rest[-1].text
    return any(e.label_ == "PERSON" and e[-1].text == surname and given_name(e[0].text) for e in entities(rest.doc))


def _split_at_possessives(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """"Vantor's Consumer Products Group", "Kestrel's Ann Ruiz": a name the model ran on through an
    owner's "'s" is two names, the owner's and its thing's, when the article writes the owner's
    name alone elsewhere, as a name the model tagged or as words of their own (_written_alone):
    "the Prince's Trust", "Guy's Hospital", whose "'s" is their own, have no such owner. The thing
    keeps the model's label, or a person's when it opens with a first name. Left whole: a thing of
    one word of the language ("Vantor's Office", "Kestrel's Eleven") or with a function word in
    capitals ("Zorbit's Guide To Leeds"), a title or a body the owner's name is part of; and a
    first name's ("Ann's Pool Hall"), a shop's or a venue's."""
    words = texts(doc)
    cuts = {ent.start: k for ent in ents if (k := _owners_s(doc, ent)) is not None}
    if not cuts:
        return ents  # (most articles: no name holds an "'s", and the names written alone are not needed)
    alone: dict[str, str] = {}
    for ent in ents:
        alone.setdefault(norm(span_text(doc, ent.start, ent.end)), ent.label_)
    out: list[Span] = []
    for ent in ents:
        k = cuts.get(ent.start)
        if k is None:
            out.append(ent)
            continue
        rest, owner = doc[k + 1:ent.end], norm(span_text(doc, ent.start, k))
        start = next(i for i in range(ent.start, k + 1) if words[i].lower() != "the")
        if start == k or not all(t.is_title or t.is_upper for t in rest) or any(t.is_stop for t in rest) \
                or len(rest) == 1 and english_word(rest[0].text, doc.vocab) or given_name(owner.title()) \
                or owner not in alone and not _written_alone(doc, start, k):
            out.append(ent)
            continue
        if owner in alone:
            out.append(Span(doc, start, k, label=alone[owner]))
        # (untagged, the owner is left to the finders of names the model missed, which class it)
        out.append(Span(doc, k + 1, ent.end, label="PERSON" if _full_name(rest) else ent.label_))
    return tuple(out)


def _owners_s(doc: Doc, ent: Span) -> int | None:
    """Where an owner's "'s" stands inside a name ("Vantor's Zephyr Group"), else None."""
    words, toks = texts(doc), tokens(doc)
    return next((i for i in range(ent.start + 1, ent.end - 1)
                 if words[i] in {"'s", "’s"} and toks[i].tag_ == "POS" and not toks[i - 1].whitespace_), None)


def _written_alone(doc: Doc, start: int, end: int) -> bool:
    """Whether the words ``doc[start:end]``, with a word no language has among them, stand elsewhere
    in the article as a name of their own that the model did not tag there ("Vantor says ..."):
    inside a sentence (where a word of the language is in lower case), with no capitalised word or
    "'s" after them, which would make them part of a longer name ("Vantor Hale", "Vantor's Trust")."""
    words, toks, n = texts(doc), tokens(doc), end - start
    if all(english_word(w, doc.vocab) for w in words[start:end]):
        return False  # ("Usher's Caught Up", "Hitchhiker's Guide": capitalised, a word may be a title's)
    for i in range(len(doc) - n + 1):
        if (i < start or i >= end) and words[i:i + n] == words[start:end] and not toks[i].is_sent_start \
                and (i + n == len(doc) or not (toks[i + n].is_title or toks[i + n].tag_ == "POS")):
            return True
    return False


def _full_name(span: Span) -> bool:
    """"Ann Ruiz", "Ann Mary Ruiz": a first name and a name or two after it, all capitalised."""
    return 2 <= len(span) <= 3 and known_given_name(span[0].text) and all(t.is_title for t in span)


def _a_country(span: Span) -> bool:
    """"the Czech Republic" of "the Czech Republic, South Africa": a country, which lies in no other
    country, so that what follows it is the next of a list (not "Georgia, USA": a state's name)."""
    text = norm(span.text)
    return countries.lookup(text) is not None and not regions.state(text)


def _initial_left_out(span: Span, found: set[int]) -> bool:
    """The model read a player's surname in a team sheet and left out the initial before it: "A
    Ruiz (Kestrel), S Ruiz (Zorbit)" are two players (kg.mentions.context.team_sheets)."""
    if span.start == 0 or span.end >= len(span.doc) or span.doc[span.end].text != "(":
        return False
    word = span.doc[span.start - 1]
    # (the model may have read it into the name, and clean() cut it as a possessive's "s": "S Ruiz")
    return (len(word.text) == 1 and word.is_upper and word.i not in found and word.ent_type_ in {"", "PERSON"}
            and span.end in team_sheet_openings(span.doc))


def _given_name_left_out(span: Span, found: set[int]) -> bool:
    """The model read a person's surname and left out the first name before it: "Charlize Theron",
    "Huw Stephens" as "Theron", "Stephens". The word must be a given name somewhere in the world
    and no English word, nor a title: "Singer", "Dr", "Cliff" and "Lock" open no name here."""
    if span.start == 0 or len(span) > 3:
        return False
    word = span.doc[span.start - 1]
    return (word.pos_ == "PROPN" and word.is_title and not word.ent_type_ and word.i not in found
            and word.dep_ == "compound" and span.start <= word.head.i < span.end
            and word.lower_ not in HONORIFICS and word.lower_ not in PEERAGE_TITLES
            and known_given_name(word.text) and english_word(word.text, word.doc.vocab) is False)


def _and_cut_before(span: Span, found: set[int]) -> bool:
    """"the Finance and Trade Ministry", "the Standards and Privileges Committee": a body's name the
    model read from its "and" on, leaving out the capitalised word before it, which no name holds.
    Only after "the" or a preposition, where the word opens the name: "Labour and the Liberal
    Democrats" lists two names, as "Vantor and Kestrel Group" may."""
    doc, start = span.doc, span.start
    if start < 3 or span[-1].lower_ not in BODY_ENDINGS or doc[start - 1].lower_ != "and":
        return False
    word, before = doc[start - 2], doc[start - 3]
    return (word.is_title and word.is_alpha and not word.ent_type_ and word.i not in found
            and not span[0].is_lower and (before.lower_ == "the" or before.pos_ == "ADP"))


def _title_cut_before(span: Span, found: set[int]) -> bool:
    """A work or a device given as an example ("programmes such as Desperate Housewives") whose
    first word the model left out: a capitalised word right before it inside the sentence, in no
    name (the parser may hang it anywhere: on a title listed before, "Lost and Desperate")."""
    if span.start == 0:
        return False
    word = span.doc[span.start - 1]
    return (word.is_title and word.is_alpha and not word.is_sent_start and not word.ent_type_ and word.i not in found
            and among_products(span, None))


def _whole_titles(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"the film Lords of the Isles", "the game Prince of Zorbit": a title written after the
    noun of a work runs on over "of" and the capitalised words after it, which the model reads as
    a name of their own ("Isles" a place) or leaves out; the mention takes them in. Not a person
    or a firm after "of": "the film Zephyr of Vantor Pictures" is the firm's; nor part of a name
    that runs on past the capitals ("the film Lords of the Isle of Man": the island's name is whole
    or not at all). A title written before the noun of its work runs on so too, a product's
    (_title_before_its_noun: "Breakfast with Frost programme")."""
    whole: dict[int, int] = {}  # mention index -> the end of its title
    named: set[int] = set()  # those a noun of works names after the title
    for k, m in enumerate(mentions):
        if m.iso:
            continue
        for runs_on in (_title_before_its_noun, _title_after_its_noun):
            end = runs_on(doc, m)
            if end is not None and not any(m.end <= other.start < end < other.end for other in mentions):
                whole[k] = end
                if runs_on is _title_before_its_noun:
                    named.add(k)
                break
    if not whole:
        return mentions
    inside = {i for k, end in whole.items() for i in range(mentions[k].end, end)}
    out = []
    for k, m in enumerate(mentions):
        if k in whole:
            label = "PRODUCT" if k in named or m.label not in LABEL_VOTES else m.label
            span = Span(doc, m.start, whole[k], label=label)
            out.append(replace(m, end=span.end, text=span.text, votes=votes(span)))
        elif m.start not in inside:
            out.append(m)
    return out


# The prepositions a title runs on over to the noun of its work: not "in" (a match or a part is set
# in a competition or a play, "Leeds in the Kestrel Cup game"), nor "to" and "from", unmeasured.
TITLE_LINKS = TITLE_PREPOSITIONS - {"in", "to", "from"}


def _title_after_its_noun(doc: Doc, m: Mention) -> int | None:
    """Where a title ends that runs on from the mention over "of" and the capitalised words after
    it, written after the noun of its work ("the film Lords of the Isles"), no person's or firm's
    name among them; else None."""
    before = m.start - 1 - (m.start > 1 and doc[m.start - 1].lower_ == "the")
    if before < 0 or doc[before].tag_ != "NN" or lemma(doc[before]).lower() not in TITLED_NOUNS:
        return None
    if m.end + 1 >= len(doc) or doc[m.end].lower_ != "of":
        return None
    start = end = m.end + 1 + (doc[m.end + 1].lower_ == "the")
    while end < len(doc) and doc[end].is_title and doc[end].is_alpha and doc[end].ent_type_ not in {"PERSON", "ORG"}:
        end += 1
    return end if end > start else None


def _title_before_its_noun(doc: Doc, m: Mention) -> int | None:
    """Where a title ends that runs on from the mention over a small word and capitalised words
    (a presenter's name among them) to the noun of a work right after: "BBC One's Breakfast with
    Frost programme", "the Lunch at Kestrel show"; else None."""
    link = m.end
    if m.label == "PERSON" or link + 2 >= len(doc) or doc[link].lower_ not in TITLE_LINKS:
        return None
    start = end = link + 1 + (doc[link + 1].lower_ == "the")
    while end < len(doc) and end - start < 3 and doc[end].is_title and doc[end].is_alpha \
            and doc[end].ent_type_ in {"", "PERSON"}:
        end += 1
    noun = doc[end] if end < len(doc) else None
    if end == start or noun is None or noun.tag_ != "NN" or lemma(noun).lower() not in TITLED_NOUNS:
        return None
    return end


def market_indexes(doc: Doc, taken: set[int]) -> list[Span]:
    """"the FTSE 100", "Germany's DAX", "the Dow Jones Industrial Average": stock market indexes by
    the names kg.lang.en.markets lists, the longest that fits, however the model read or cut them.
    A name an exchange or a firm shares ("Nasdaq", "Dow") only where the sentence treats it as an
    index (cues.stock_index: "the Nasdaq index", "the Dow fell 40 points")."""
    found: list[Span] = []
    free = 0  # (where the last index found ends: no other starts inside it)
    for token in capitalised(doc):
        i = token.i
        if i < free or token.lower_ not in markets.FIRST_WORDS or not token.text[:1].isupper() or i in taken:
            continue
        end = next((i + n for n in range(min(markets.MAX_TOKENS, len(doc) - i), 0, -1)
                    if markets.index_name(span_text(doc, i, i + n)) and not taken & set(range(i, i + n))), None)
        if end is not None:
            span = Span(doc, i, end, label="PRODUCT")
            if not markets.shared(span.text) or stock_index(span, None):
                found.append(span)
                free = end
    return found


def _titled_as_a_product(span: Span) -> bool:
    """"the video game Halo 2", "a project code-named Asteroid", "Halo 2, a shooting game": a
    title the model read as a law or a work that the text says is a product (not a film or a book
    owned by name only: "Ann Ruiz's Long Summer"; a film or a book is no product noun)."""
    before = span.doc[span.start - 1] if span.start else None
    after_a_product_noun = before is not None and before.tag_ == "NN" and lemma(before).lower() in OWNED_PRODUCT_HEADS
    return (after_a_product_noun or described_as_product(span) or called_a_product(span, None)
            or names_the_product_noun(span, None) or named_as_a_product(span, None))


def _in_the_singular(doc: Doc, m: Mention) -> Mention:
    """"22 new Vantor 787 Dreamliners" names the Vantor 787 Dreamliner: a product's name whose last
    word, after a model number, is in the plural (the tagger says so: "3 Series" and "6 Plus" are
    names in the singular) is counted out, and the product is named as one. (Not after a single
    digit: "Pier 1 Imports" is a name.)"""
    last, number = doc[m.end - 1], doc[m.end - 2].text if m.end - m.start > 1 else ""
    if m.label not in {"PRODUCT", "PRODUCT_CUE"} or last.tag_ != "NNPS" or not m.text.endswith(last.text) \
            or not last.text.endswith("s") or last.text.endswith("ss") \
            or len(number) < 2 or not any(ch.isdigit() for ch in number) or a_year(number):
        return m
    return replace(m, text=m.text[:-1])


def _nations_joined(span: Span) -> tuple[list[str], Span] | None:
    """The countries of "Anglo-Dutch" and the words that say them, where the model may have read
    only the first part ("Anglo")."""
    doc = span.doc
    for end in (span.end, span.end + 2):
        if end <= len(doc) and (codes := countries.nations_joined([t.text for t in tokens(doc)[span.start:end]])):
            return codes, doc[span.start:end]
    return None


def party_of_a_title(span: Span) -> str | None:
    """The party a capitalised "Republican", "Democrat" or "Conservative" names when a member's
    title follows it ("Republican senator", "Conservative MP"), else None."""
    party = PARTY_ADJECTIVES.get(norm(span.text))
    return party if party is not None and span[0].is_title and _before_a_title(span) else None


def _party_named(text: str) -> str | None:
    """The full name of the party the words name, whether alone ("Lib Dems") or before a title or
    a member's name ("Lib Dem leader", "Tory Ann Ruiz"); None if they name none."""
    key = norm(text)
    return PARTY_ALIASES.get(key) or PARTY_ADJECTIVES.get(key)


def _a_party(text: str) -> bool:
    """Words that name a party, whether alone ("Liberal Democrats") or before a title ("Liberal
    Democrat leader")."""
    return _party_named(text) is not None


def _party_at_the_start(span: Span) -> tuple[int, str] | None:
    """Where a party's name that opens a longer name ends, its first two capitalised words or its
    first ("Lib Dem" of "Lib Dem Tom Hale", "Labour" of "Labour Home Office minister"), and the
    party's full name; None if it opens with none."""
    for k in (2, 1):
        if k < len(span) and all(t.is_title for t in tokens(span.doc)[span.start:span.start + k]) \
                and (party := _party_named(span_text(span.doc, span.start, span.start + k))) is not None:
            return span.start + k, party
    return None


def _party_opening(span: Span) -> tuple[int, str] | None:
    """Where the party a name opens with ends, and the party's name, when a member's title follows
    the name: "Lib Dem Treasury spokesman", "Labour Home Office minister" (the rest is the
    member's brief, not a name). Not a party's whole name ("a Labour Party spokesman"): that is
    the party, with no brief after it."""
    if _a_party(span_text(span.doc, span.start, span.end)):
        return None
    opening = _party_at_the_start(span)
    return opening if opening is not None and _before_a_title(span) else None


# The first words of the names unlabelled_parties looks up ("the" opens a name norm() leaves out)
_PARTY_FIRST_WORDS = frozenset(key.split()[0] for key in (*PARTY_ALIASES, *PARTY_ADJECTIVES)) | {"the"}


def unlabelled_parties(doc: Doc, taken: set[int]) -> list[tuple[Span, str]]:
    """Parties the model missed before a member's title: "Conservative MP", "Labour MP", "Tory
    leader", "Liberal Democrat spokesman" (as (span, the party's name))."""
    found: list[tuple[Span, str]] = []
    for token in capitalised(doc):
        if token.i in taken or not token.is_title or found and found[-1][0].end > token.i \
                or token.text.replace("’", "'").casefold() not in _PARTY_FIRST_WORDS:  # (the lookups below, spared)
            continue
        for end in (token.i + 2, token.i + 1):  # the longer name first: "Liberal Democrat", not "Democrat"
            if end > len(doc) or any(i in taken or not doc[i].is_title for i in range(token.i, end)):
                continue
            span = Span(doc, token.i, end, label="ORG")
            party = party_of_a_title(span) or (PARTY_ALIASES.get(norm(span.text)) if _before_a_title(span) else None)
            if party is not None:
                found.append((span, party))
                break
    return found


def _in_a_name(word: Token) -> bool:
    """A word of a name the model read (a person's, a place's): no part of a title."""
    return word.ent_type_ in {"PERSON", "GPE", "ORG", "LOC", "FAC"}


def _party_before_a_name(span: Span, ents: tuple[Span, ...]) -> str | None:
    """The party a capitalised "Democrat" or "Conservative" names right before a person's name, as
    before a member's title: "Democrat Ann Ruiz"."""
    party = PARTY_ADJECTIVES.get(norm(span.text))
    if party is None or not span[0].is_title or _in_another_name(span):
        return None
    return party if any(e.start == span.end and e.label_ == "PERSON" for e in ents) else None


def _in_another_name(span: Span) -> bool:
    """A capitalised word before the word that makes it part of another party's name ("an Ottawa New
    Democrat MP", "a Christian Democrat leader")."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    # (a capitalised word opening the sentence is no name, unless the two name a party: "Liberal Democrat")
    return before is not None and before.is_title and (
        not before.is_sent_start or _a_party(f"{before.text} {span.text}"))


def _before_a_title(span: Span) -> bool:
    """A member's title after the word, and no capitalised word before it that makes it part of
    another party's name (``_in_another_name``)."""
    doc = span.doc
    if _in_another_name(span):
        return False
    # the title may come after words of its own: "Conservative shadow health secretary"
    for word in doc[span.end:span.end + 4]:
        if word.pos_ not in {"NOUN", "PROPN", "ADJ"} or _in_a_name(word):
            return False
        if lemma(word).lower() in ROLE_NOUNS and word.pos_ in {"NOUN", "PROPN"}:
            return True
    return False


def _title_case_start(doc: Doc, end: int, taken: set[int]) -> int:
    """Where the run of title-case proper nouns ending at token ``end`` starts, among tokens no
    other mention has taken: "Zephyr Air" for "Air"."""
    start = end
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and start - 1 not in taken:
        start -= 1
    return start


def unlabelled_people(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the model missed that an age marks as people: "Tal, 45, a senior official"."""
    found = []
    for token in proper_nouns(doc):
        if token.i in taken or not token.is_title:
            continue
        start = _title_case_start(doc, token.i, taken)
        span = Span(doc, start, token.i + 1, label="PERSON")
        if (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN") or not age_after(span):
            continue
        cleaned = clean(span)
        if cleaned is not None:
            found.append(cleaned)
    return found


def staff_unlabelled(doc: Doc, taken: set[int]) -> list[Span]:
    """Full names the model missed right after an organisation's possessive: "said Kestrel
    Networks' Ann Ruiz" (cues.staff_of_an_organization)."""
    found = []
    for ent in entities(doc):
        if ent.label_ != "ORG":
            continue
        # (the model may read the possessive into the name: "Kestrel Networks'")
        after = ent.end if ent[-1].lower_ in POSSESSIVES else ent.end + 1
        if after >= len(doc) or doc[after - 1].lower_ not in POSSESSIVES:
            continue
        end = after
        while end < len(doc) and end - after < 3 and end not in taken and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end - after >= 2 and (end == len(doc) or doc[end].pos_ != "PROPN") \
                and staff_of_an_organization(span := Span(doc, after, end, label="PERSON"), None):
            found.append(span)
    return found


def people_after_titles(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the model missed after a title only people carry: "Lord Vane said", "Ms Ruiz" (the
    model misses about one in six such names in BBC news). A title of office ("Lord Chancellor")
    names no one."""
    found = []
    for token in capitalised(doc):
        if token.lower_ not in PERSONAL_TITLES or not token.is_title:
            continue
        end = token.i + 1
        while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].is_title \
                and not doc[end].is_stop:
            end += 1
        if end == token.i + 1 or end < len(doc) and (end in taken and doc[end].is_title or _joined_on(doc[end - 1])) \
                or opens_an_office(doc[token.i + 1]):
            continue  # (a name the model read in part is the model's to read; "Mr Justice Ruiz" is an office's)
        found.append(Span(doc, token.i + 1, end, label="PERSON"))
    return found


def _joined_on(word: Token) -> bool:
    """The name goes on through a hyphen written close: "Ruiz-Hale"."""
    return not word.whitespace_ and word.i + 1 < len(word.doc) and word.doc[word.i + 1].text in countries.HYPHENS


def unlabelled_organizations(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the model missed written after a noun of organisations that names them: "rock band
    Kestrel", "the carrier Zephyr Air" (the noun hangs on the name as a compound); or set beside
    one: "Zorbit, the UK's third-biggest bank" (the noun is the name's apposition)."""
    found = []
    for token in proper_nouns(doc):
        if token.i in taken or not _name_shaped(token) or token.dep_ in {"compound", "flat"}:
            continue
        start = _title_case_start(doc, token.i, taken)
        noun = doc[start - 1] if start > 0 else None
        named = token.is_title and noun is not None and noun.pos_ == "NOUN" and noun.head.i == token.i \
            and noun.dep_ == "compound" and lemma(noun).lower() in ORG_NOUNS
        described = token.i + 1 < len(doc) and doc[token.i + 1].text == "," and any(
            c.dep_ == "appos" and c.pos_ == "NOUN" and lemma(c).lower() in ORG_NOUNS for c in children(token))
        if not (named or described) or countries.lookup(doc[start:token.i + 1].text):
            continue
        if start < token.i and doc[start].is_sent_start and not _capitalised_elsewhere(doc[start]):
            start += 1  # "Combining Zorbit, the third-biggest bank, and ...": the sentence's first word
        span = clean(Span(doc, start, token.i + 1, label="ORG"))
        if span is not None:
            found.append(span)
    return found


# A name in brackets of this many letters or fewer is a country's or a party's code, no club's
# ("Tom Hale (Aus)", "(Lab)").
SHORTEST_CLUB = 3
# What a team sheet's bracket may hold beside the club: the captain's mark.
CAPTAIN_MARKS = frozenset({"capt", "capt.", "c", "captain"})


def team_sheet_clubs(doc: Doc, taken: set[int]) -> list[Span]:
    """Clubs the model missed in a team sheet or a list of people with their organisations
    (kg.mentions.context.team_sheets: "Ann Ruiz (Harlow Rovers), Tom Hale (Zorbit Wanderers,
    capt)"). Not a name the model read already (it may be a town: "(Harlow)"), nor a country ("Ann
    Ruiz (Canada)", "(Aus)": a nationality). Words of the language alone, with no town's name among
    them, name a club only where the list gives them twice ("Ann Ruiz (Wasps), Tom Hale (Wasps)"): a
    list of nominees gives each one's film ("Ann Ruiz (Blind Faith), Tom Hale (Stand Up)")."""
    words = texts(doc)
    found = []
    for run in team_sheets(doc):
        parts = [part for opening, close in run for part in _bracket_parts(doc, opening, close, taken)]
        said = Counter(name for _, _, name in parts)
        for start, end, name in parts:
            common = all(t.is_stop or t.text in {"-", "&"} or english_word(t.text, doc.vocab) and not a_known_place(t.text)
                         for t in doc[start:end])
            if common and said[name] < 2 or words[start].lower() in CAPTAIN_MARKS:
                continue
            span = clean(Span(doc, start, end, label="ORG"))
            if span is not None:
                found.append(span)
    return found


def _bracket_parts(doc: Doc, opening: int, close: int, taken: set[int]) -> Iterator[tuple[int, int, str]]:
    """The parts of a bracket between its commas that may name a club (start, end and the name):
    capitalised words the model read as nothing, longer than a code (SHORTEST_CLUB) and no
    country's name."""
    words, toks = texts(doc), tokens(doc)
    start = opening + 1
    while start < close:
        end = next((k for k in range(start, close) if words[k] == ","), close)
        part = toks[start:end]
        name = span_text(doc, start, end)
        if part and part[0].is_title and not any(t.i in taken for t in part) \
                and all(t.is_title or t.is_upper or t.text in {"-", "&"} for t in part) \
                and len(name) > SHORTEST_CLUB and not countries.lookup(name):
            yield start, end, name
        start = end + 1


def unlabelled_employers(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the model missed that a named person's job ties them to: "Kestrel co-founder Ann Ruiz",
    "Ann Ruiz, deputy editor at Zephyr Pro" (a job of the employer's own, EMPLOYER_ROLES), "Kestrelton
    boss Tom Hale" (a club's, CLUB_ROLES)."""
    found = []
    for token in capitalised(doc):  # (a word in lower case is no name: _name_shaped, below)
        if token.i in taken:
            continue
        if token.pos == PROPN or _read_as_a_noun(token):
            opening = False
        elif _unknown_word_opening(token) or _written_alone_elsewhere(token):
            opening = True
        else:
            continue
        if not _name_shaped(token):  # (last: it reads every character)
            continue
        role, roles = None, EMPLOYER_ROLES
        named = {"compound", "nmod", "amod"} if opening else {"compound", "nmod"}
        if token.dep_ in named and token.head.i > token.i and _only_role_words_between(token, token.head):
            role, roles = written_word_end(token.head), JOB_ROLES  # "Kestrel co-founder Ann Ruiz", "Kestrelton boss ..."
        elif token.dep_ == "pobj" and token.head.lower_ in {"at", "of", "for"} and token.head.head.i < token.head.i \
                and token.pos == PROPN:  # (not a title's noun: "the director of Kestrel Boy")
            role = token.head.head  # "deputy editor at Zephyr Pro"
        if role is None or role.pos_ != "NOUN" or lemma(role).lower() not in roles or not _of_a_named_person(role):
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ in {"compound", "nmod"} \
                and _name_shaped(doc[start - 1]) and start - 1 not in taken:
            start -= 1
        name = doc[start:token.i + 1].text
        if countries.lookup(name) or name.casefold() in countries.HOME_NATIONS or _cut_short(doc, start, token.i + 1) \
                or start == token.i and token.is_sent_start and not _capitalised_elsewhere(token) \
                and english_word(token.text, doc.vocab) is not False:
            # "Film director Ann Ruiz" (but "Vantor co-founder Ann Ruiz" where "Vantor" is written so
            # again, or "Kestrelton boss Tom Hale": no word of the language, so a name wherever it stands)
            continue
        span = clean(Span(doc, start, token.i + 1, label="ORG"))
        if span is not None:
            found.append(span)
    return found


def _unknown_word_opening(token: Token) -> bool:
    """A capitalised word opening the sentence that no English noun or adjective is, which the
    tagger, seeing a capital it expects there, read as an adjective or a noun: "Kestrelton chief
    economist Ann Ruiz"."""
    return (token.is_sent_start and token.pos_ in {"ADJ", "NOUN"} and token.is_title and not token.ent_type_
            and english_word(token.text, token.doc.vocab) is False)


def _written_alone_elsewhere(token: Token) -> bool:
    """A capitalised word opening the sentence, read as an adjective or a noun, that the article
    writes elsewhere inside a sentence as a name alone (_a_name_alone): "Kestrels boss Tom Hale said
    ..." in a report that writes "... joined Kestrels in May" (a word of the language, which
    _unknown_word_opening leaves alone: "Film director Ann Ruiz")."""
    return (token.is_sent_start and token.pos_ in {"ADJ", "NOUN"} and token.is_title and not token.ent_type_
            and token.text in _names_alone(token.doc))


# The words each written somewhere in the doc last asked about as a name alone (_a_name_alone)
_names_alone = per_doc(lambda doc: frozenset(t.text for t in capitalised(doc) if _a_name_alone(t)))


def _a_name_alone(word: Token) -> bool:
    """The word is written as a name of its own inside a sentence: capitalised, with no capitalised
    word beside it ("joined Kestrels in May"; not "Kestrels Trust", nor "Health" of "Health Secretary")."""
    doc = word.doc
    return not word.is_sent_start and word.pos == PROPN and not any(
        0 <= i < len(doc) and (doc[i].is_title or doc[i].is_upper) and not doc[i].is_sent_start
        for i in (word.i - 1, word.i + 1)) and not (word.i > 0 and doc[word.i - 1].is_sent_start and doc[word.i - 1].is_title)


def _read_as_a_noun(token: Token) -> bool:
    """A name the parser took for a common noun ("Kestrelton" as "kestrel"): a capital inside a
    sentence says otherwise."""
    return token.pos_ == "NOUN" and token.is_title and not token.is_sent_start and not token.ent_type_


def _cut_short(doc: Doc, start: int, end: int) -> bool:
    """A capital word before the name, or "of"/"for"/"&" after one, says the model's parse cut a
    longer name: "Jewish Chronicle", "Commission for Racial Equality"; so does "and" or "&" and a
    capital after it: "Kestrel and Vantor Project"."""
    if end + 1 < len(doc) and doc[end].lower_ in {"and", "&", "of", "for"} and doc[end + 1].is_title:
        return True
    if start == 0:
        return False
    before = doc[start - 1]
    if before.text in {"-", "–"} and not before.whitespace_ and start > 1 and not doc[start - 2].whitespace_ \
            and (doc[start - 2].is_title or doc[start - 2].is_upper):
        return True  # the end of a hyphened name: "T-Mobile" (not "ex-Vantor")
    if before.lower_ in {"of", "for", "&", "and"}:
        return start > 1 and (doc[start - 2].is_title or doc[start - 2].is_upper)
    if before.lower_ == "the":  # a film's "Touching the Void" (not "At the Vantor ...", opening the sentence)
        return start > 1 and doc[start - 2].is_title and not doc[start - 2].is_sent_start
    # (a capital that only opens the sentence is no name's, unless the model tagged it)
    return (before.is_title or before.is_upper) and before.pos_ != "PUNCT" and (
        not before.is_sent_start or before.pos_ == "PROPN" or bool(before.ent_type_))


def _capitalised_elsewhere(token: Token) -> bool:
    """The word is written with its capital inside a sentence too: a name, not a word capitalised
    because it opens the sentence."""
    return any(t.text == token.text and not t.is_sent_start and t.i != token.i for t in token.doc)


def _name_shaped(token: Token) -> bool:
    return token.is_title or token.is_upper or capital_inside(token.text)


def _only_role_words_between(name: Token, role: Token) -> bool:
    """Only the role's own lower-case words stand between a name and the role noun it modifies:
    "Kestrel chief executive", "Kestrel finance director" (not "Kestrel's", nor another name)."""
    between = name.doc[name.i + 1:role.i]
    return all(t.is_lower and t.is_alpha and t.head.i == role.i and t.dep_ in {"amod", "compound"} for t in between)


def _of_a_named_person(role: Token) -> bool:
    """The role noun is said of a name the model read as a person: before it ("co-founder Ann
    Ruiz"), set beside it ("Ann Ruiz, deputy editor"), or after it between commas ("Kestrel chief
    executive, Ann Ruiz, said")."""
    head = role.head
    return (role.dep_ in {"compound", "appos"} and head.ent_type_ == "PERSON" and head.pos_ == "PROPN") or any(
        c.dep_ == "appos" and c.i > role.i and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" for c in children(role))


def unlabelled_places(doc: Doc, taken: set[int]) -> list[Span]:
    """Towns the model missed before a region, and regions it missed after a town: in
    "BANGKOK, Thailand (AP)" and "Millinocket, Maine" both sides are places."""
    found = []
    for comma in words_in(doc, {","}):
        if comma.i == 0 or comma.i in taken:
            continue
        end = region_at(doc, comma.i + 1)
        if end is None:
            continue
        start = comma.i
        while start > 0 and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].is_upper) and not doc[start - 1].is_punct \
                and comma.i - start < 4:
            start -= 1
        town = clean(Span(doc, start, comma.i, label="GPE")) if start < comma.i else None
        if town is not None and not any(i in taken for i in range(town.start, town.end)):
            found.append(town)
        region = clean(Span(doc, comma.i + 1, end, label="GPE"))
        if region is not None and not any(i in taken for i in range(region.start, region.end)):
            found.append(region)
    for based in words_in(doc, {"based"}):
        # "Bracknell-based Exel": a town the model missed written onto "based" (a town of the
        # gazetteer, no word of the language nor an acronym: "Net-based", "ILO-based" are none)
        at = based.i - 2
        if at < 0 or at in taken or doc[at + 1].text != "-" or doc[at + 1].whitespace_ or doc[at].whitespace_:
            continue
        town = doc[at]
        if town.is_title and town.is_alpha and len(town) > 3 and (at == 0 or doc[at - 1].pos_ != "PROPN") \
                and english_word(town.text, doc.vocab) is False and a_known_place(town.text):
            found.append(Span(doc, at, at + 1, label="GPE"))
    return found


def _before_a_device(token: Token) -> bool:
    """Whether a device noun follows the name, with only words that modify it between: "the PSP
    handheld", "the DS handheld console" (the parser reads "handheld" there as an adjective), "the
    Zephyr ZX digital camera" (where it hangs the name's last word on the noun past the adjective)."""
    noun = compound_head(token)
    return noun.i > token.i and noun.pos_ == "NOUN" and lemma(noun).lower() in DEVICE_NOUNS \
        and all(t.pos_ in {"NOUN", "ADJ"} for t in tokens(token.doc)[token.i + 1:noun.i])


def _listed_whole(span: Span) -> bool:
    """A name given as an example of devices or works ("films such as Zephyr Days"), read whole: not
    the end of a title the parse cut ("My Zephyr Days", "Days of Kestrel"), nor its start where the
    model read the rest as a name ("Desperate" of "such as Lost and Desperate Housewives"), nor a
    model number alone."""
    doc, start, end = span.doc, span.start, span.end
    before = doc[start - 1] if start else None
    return (span.text[:1].isupper() and among_products(span, None)
            and not (before is not None and before.is_title and not before.is_sent_start and not before.ent_type_)
            and not (end + 1 < len(doc) and doc[end].lower_ in {"of", "for", "in", "&"} and doc[end + 1].is_title)
            and not (end < len(doc) and doc[end].is_title and doc[end].ent_iob_ == "B"))


def unlabelled_products(doc: Doc, taken: set[int]) -> list[Span]:
    """Proper-noun phrases the model did not tag but the syntax marks as products."""
    found = []
    for token in proper_nouns(doc):
        if token.i in taken:
            continue
        # (a name's last word is its head, unless the name stands before the noun it names: "the
        # PSP handheld", "a Zephyr phone")
        before_a_noun = token.dep_ in {"compound", "nmod"} and _before_a_device(token)
        if token.dep_ in {"compound", "flat"} and not before_a_noun:
            continue
        left = token.i
        while left > 0 and doc[left - 1].pos_ in {"PROPN", "NUM"} and doc[left - 1].dep_ in {"compound", "nummod"} \
                and doc[left - 1].i not in taken:
            left -= 1
        right = token.i + 1
        while right < len(doc) and doc[right].pos_ == "NUM" and doc[right].head.i == token.i:
            right += 1  # "Xbox 360"
        if continues_a_product(doc, left):
            continue  # "the Zephyr Portable": the model's "Zephyr" takes in the rest of its name
        if before_a_noun and left > 0 and left - 1 in taken and doc[left - 1].pos_ == "PROPN" \
                and doc[left - 1].ent_type_ != "ORG" and left <= doc[left - 1].head.i < right:
            # "Vantor's Zephyr KX Z50 player" where the model read "Zephyr KX" as a person's
            # name: the rest of that name, no product of its own (after a maker's name, "the
            # Kestrel Lumo camera", the rest is the product's)
            continue
        span = Span(doc, left, right, label="PRODUCT")
        cleaned = clean(span)
        if cleaned is not None and (made_by_organization(cleaned) or described_as_product(cleaned)
                                    or lets_people_do(cleaned, None) or called_a_product(cleaned, None)
                                    or _listed_whole(cleaned)
                                    or before_a_noun and names_the_product_noun(cleaned, None)):
            found.append(cleaned)
    return found
