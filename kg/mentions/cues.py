"""Class votes for a mention: the model's label, and cues in the sentence, as one table.

Each cue is a test of the mention and the class it votes for with a weight. A syntactic cue
(STRONG) outweighs any number of the model's guesses: it is read from this very text. Resolution
adds up the votes of every mention of one thing and picks its class.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.symbols import dobj, nsubj, nsubjpass, poss
from spacy.tokens import Span, Token

from ..lang.en import countries, markets, places, regions
from ..lang.en.given_names import given_name, known_given_name
from ..lang.en.lexicon import (
    AMBIGUOUS_INDEX_NAMES,
    APPOINTING_VERBS,
    AWARDS,
    CLUB_NAME_OPENINGS,
    CLUB_ROLES,
    DEAL_NOUNS,
    DEVICE_NOUNS,
    ELECTED_FOR_PLACES,
    EMPLOYER_ROLES,
    ENABLING_VERBS,
    EVENT_NAME_ENDINGS,
    FIRM_NOUNS,
    FIRMS_OF_A_TRADE,
    FIRMS_PARTS,
    GAMES_ADJECTIVES,
    HOMES,
    HONORIFICS,
    HYPHENED_POSITIONS,
    INDEX_NAMES_WITH_NUMBER,
    INDEX_UNITS,
    INDEX_WORDS,
    MAKER_VERBS,
    MARKET_MOVES,
    MODEL_WORDS,
    MUSIC_GENRES,
    ORG_ENDINGS,
    ORG_NAME_ENDINGS,
    ORG_NOUNS,
    ORG_SUFFIXES,
    ORGANISATIONS_TOO,
    OWNED_AIDES,
    OWNED_PRODUCT_HEADS,
    OWNERS_NOUNS,
    PARTY_ALIASES,
    PARTY_NAMES,
    PEOPLE_GROUPS,
    PEOPLE_TOO,
    PEOPLES_WORKS_TOO,
    PERSONAL_POSSESSIONS,
    PLACE_NAME_ENDINGS,
    PRODUCT_NAME_HEADS,
    PRODUCT_NOUNS,
    PRODUCT_USERS,
    QUOTING_VERBS,
    RELATIVES,
    RESIDENT_NOUNS,
    RIVAL_NOUNS,
    ROLE_NOUNS,
    STOCK_INDEX_NAMES,
    SURNAME_PARTICLES,
    UNDERTAKING_ENDINGS,
    UNIT_NAME_ENDINGS,
    WORK_NOUNS,
    agent_shaped,
)
from ..model import COUNTRY, EVENT, ORGANIZATION, PERSON, PLACE, PRODUCT
from ..nlp import (
    adjective_only,
    children,
    doc_text,
    english_word,
    entities,
    entity_texts,
    has_sentences,
    lemma,
    per_doc,
    span_text,
    texts,
    tokens,
)
from ..nlp.syntax import (
    antecedent,
    appositives,
    compound_head,
    copula_attrs,
    first_conjunct,
    head_noun,
    joining_hyphen,
    maker_said_of,
    makers_named,
    what_is_based,
    written_word_end,
)
from .context import (
    PLACE_END,
    age_after,
    born_after,
    city_of_a_region,
    district_of,
    home_nation,
    hometown,
    region_after,
    region_at,
    sports_report,
    team_sheet_openings,
)
from .names import AMPERSAND_ACRONYM, capital_inside, norm
from .products import (
    a_year,
    camel_shaped,
    maker_names,
    named_by_maker,
    numbered_or_camel,
    product_noun_named,
    products_named_by_makers,
)

# What the model's labels vote for; labels not here (dates, money, NORP ...) are not entities.
LABEL_VOTES = {
    "PERSON": PERSON, "ORG": ORGANIZATION, "GPE": PLACE, "LOC": PLACE, "FAC": PLACE,
    "PRODUCT": PRODUCT, "EVENT": EVENT,
}
# The model's labels of places, and the finders' (kg.mentions.find)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "PLACE_CUE"})
# A syntactic cue outweighs any number of the model's guesses: it is read from this very text.
STRONG = 100
# Owning an artefact ("OpenAI's latest innovation") points to a maker, but people own things too.
OWNER = 3
# A name's last word that says what it names ("... United", "... Cup"): more than a guess, less than syntax.
NAME_ENDING = 5
# A plural ending a name ("... Harriers") says it is no person's, but less well what it is: a club,
# a band, or a show ("car show Kestrel Maniacs", "shows such as Zorbit Nights"), which any other
# cue outvotes; the model's guess alone it does.
PLURAL_ENDING = 2
# Product nouns that also stand before companies' or people's names: "search engine Google", "web
# site Amazon", "assistant Ann Ruiz".
SHARED_NOUNS = {"engine", "site", "website", "portal", "service", "platform", "system", "model", "brand", "assistant"}
# "G7", "G-20": groups of countries that meet, which the model reads as places.
GROUP_OF_COUNTRIES = re.compile(r"G-?\d{1,2}")
# A version number: "2.0", "v8.1" (a price or a share has no such place in a name)
VERSION = re.compile(r"v?\d+(?:\.\d+)+", re.IGNORECASE)
# A model number of three digits or more, maybe after a letter or two: "787", "A380", "V300X"
# (not "3M" or "7-Eleven", companies' names, nor "20th", a rank)
MODEL_NUMBER = re.compile(r"[A-Z]{0,2}\d{3,}[A-Z]{0,3}")
# Product nouns that name people as well: "assistant Ann Ruiz", "Speaker Tom Hale", "his successor"
PRODUCTS_AND_PEOPLE = {"assistant", "speaker", "successor"}
THINGS = (PRODUCT_NOUNS | DEVICE_NOUNS) - PRODUCTS_AND_PEOPLE
# A surname after one initial, as team sheets and results write players: "C Ruiz", "J de Hale"
INITIALLED = re.compile(rf"\b[A-Z]\.? (?:(?:{'|'.join(SURNAME_PARTICLES)}) )?[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?\b")
# Nouns of groups that go by a name: "rock band Kestrel", "consultancy group Vantor", "rap duo Zorbit"
GROUP_NOUNS = {"band", "group", "orchestra", "choir", "ensemble", "duo", "trio", "quartet", "quintet", "act", "outfit"}
# ... of which these name a singer too ("pop act Ann Ruiz"): a group only where no given name opens the name
SOLO_OR_GROUP = {"act"}
PAIRS = {"duo", "trio"}  # ... which may be the names after them: "comedy duo Ann Ruiz and Tom Hale"
# Roles only a band has: "Kestrel frontman Tom Hale" (a "singer" may be a band's: band_of_a_member)
BAND_ROLES = {"frontman", "frontwoman", "guitarist", "bassist", "drummer", "keyboardist", "vocalist"}
# "iPod", "iMac", "iTunes": the first letters of product names of that fashion
I_PRODUCT = {f"i{c}" for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


@dataclass(frozen=True)
class Cue:
    """``test(span, iso)`` says how often the cue is seen around the mention (a bool counts once);
    each sighting gives ``cls`` ``weight`` votes."""

    name: str
    cls: str
    weight: int
    test: Callable[[Span, str | None], int]


def votes(span: Span, iso: str | None = None) -> tuple[tuple[str, int], ...]:
    """Class votes for one mention: the model's label, and the cues of CUES seen around it."""
    tally: dict[str, int] = {}  # (a dict, not a Counter: asked of every mention)
    if iso:
        tally[COUNTRY] = STRONG
    elif span.label_ in LABEL_VOTES and not _a_title_read_as_a_person(span) and not _a_place_no_gazetteer_knows(span):
        tally[LABEL_VOTES[span.label_]] = 1
    for test, cls, weight in _TESTS:
        seen = test(span, iso)
        if seen:
            tally[cls] = tally.get(cls, 0) + weight * seen
    if PERSON in tally and _a_pair(span):
        tally[ORGANIZATION] = tally.get(ORGANIZATION, 0) + tally.pop(PERSON)
    if PRODUCT in tally and len(span) > 1 and span[-1].lower_ in UNDERTAKING_ENDINGS:
        # "the Zorbit Developer Program": an undertaking an organisation runs, however product-like
        # its first words ("iZorb"), or whoever launched it
        tally[ORGANIZATION] = tally.get(ORGANIZATION, 0) + tally.pop(PRODUCT)
    return tuple(sorted(tally.items()))


def _a_place_no_gazetteer_knows(span: Span) -> bool:
    """"Sideways", "Myskina", "Gazprom": a one-word name the model read as a town or a country that
    none of the world's gazetteers knows (no country, people, region, state, continent, nor town of
    1,000 people or more: kg.lang.en.places) and that is a word of the language, a given name, or
    what the model reads elsewhere in the article as a name of no place ("Anastasia Myskina", a
    firm "Gazprom"), is no place the text names; what the cues read of it stands. (A name no
    gazetteer knows and nothing else says is left to the model: stadiums, villages and the regions
    of history, "Prussia", are many; a town that is a word is in the gazetteer, "Bath".) Read as a
    region or a building ("either Zorbit or Vantor", "a bid from Zorbit"), only what the model reads
    elsewhere, whole, as a firm's or a work's name says so: regions and buildings are words often
    ("the Midlands", "the Dome"), and a surname alone is the person's (kg.mentions.resolve)."""
    # (initials join their names: kg.mentions.resolve)
    if span.label_ not in {"GPE", "LOC", "FAC"} or len(span) != 1 or span[0].is_upper:
        return False
    text = _text(span)
    if countries.lookup(text) or countries.demonym(text) or regions.state(text) or regions.postal(text) \
            or places.a_known_place(text):
        return False
    if span.label_ != "GPE":  # (a region or a building may well be a word: "the Midlands", "the Dome")
        return _read_otherwise(span, whole=True)
    return english_word(text.lower(), span.doc.vocab) is True or known_given_name(text) or _read_otherwise(span)


# The model's labels of names of no place
NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})


def _read_otherwise(span: Span, whole: bool = False) -> bool:
    """Whether the model reads the word elsewhere in the article as a name of no place, whole ("Gazprom"
    as a firm), or as a part of a person's ("Anastasia Myskina"; not of a firm's or a body's, which
    often holds a place's name: "the Bank of Saxony"). ``whole``: only whole, and never as a part of
    a person's (a surname alone the model reads as a building is the person's: kg.mentions.resolve
    folds it into the full name, which it could not do with no vote left)."""
    doc = span.doc
    words = texts(doc)
    word = words[span.start]
    ents = tuple(zip(entities(doc), entity_texts(doc)))
    if whole:
        return any(ent.label_ in NOT_PLACE_LABELS and text == word for ent, text in ents) \
            and not any(ent.label_ == "PERSON" and len(ent) > 1 and word in words[ent.start:ent.end] for ent, _ in ents)
    return any(ent.label_ in NOT_PLACE_LABELS
               and (text == word or ent.label_ == "PERSON" and word in words[ent.start:ent.end])
               for ent, text in ents)


def _a_title_read_as_a_person(span: Span) -> bool:
    """"The Da Vinci Code", "The Dawn and Ann Show", "The Vantor Funding Council": a name of two
    words or more after a capital "The" is a title's or a body's, never a person's, and the
    model's reading of it as one says nothing. (One word may be "The Queen", "The Tate" or a name
    set before a noun, "The Leeds meeting", which the resolver reads better with it.)"""
    return span.label_ == "PERSON" and len(span) > 1 and span.start > 0 and span.doc[span.start - 1].text == "The"


def _a_pair(span: Span) -> bool:
    """"Marsh & McLennan", "Tate & Lyle", "Ant & Dec", "E&Y": two words joined by "&" name a firm
    or a pair, never one person, whatever role is said of them ("insurance broker Marsh &
    McLennan")."""
    return AMPERSAND_ACRONYM.fullmatch(_text(span)) is not None or (
        len(span) == 3 and span[1].text == "&" and all(NAME_WORD.fullmatch(t.text) for t in (span[0], span[2])))


# ---- the cues: each a test of (span, iso); iso is set when the mention names a country

# What several cues read of the one mention ``votes`` asks them about, made once for the span last
# asked about (spaCy joins a span's text anew at each reading, and walks its root's children).
_text = per_doc(lambda span: span_text(span.doc, span.start, span.end))
_key = per_doc(lambda span: norm(_text(span)))
_appositives = per_doc(lambda span: tuple(appositives(span)))
# (a role noun says a person only of the name it is set beside: the next names of a list after it
# may be bands or firms, "British stars Ann Ruiz and Kestrel")
_own_appositives = per_doc(lambda span: tuple(appositives(span, listed=False)))


def appositive_roles(span: Span, iso: str | None) -> int:
    """"Ma Heliang, an influential figure ...", "Tom Hale, the son of ...": a role noun or a relative
    beside the name (not "the parent of Kestrel", a firm's)."""
    return sum(1 for noun in _own_appositives(span)
               if ((word := lemma(noun).lower()) in PERSONS_RELATIVES or _is_person_noun(word) and word not in ADVISING_BODIES)
               and not _a_firm_of(noun, span))


def appositive_products(span: Span, iso: str | None) -> int:
    """"Sora, a text-to-video AI generator": a product noun beside the name."""
    # (a common noun: in "Ann Ruiz, The Game and Vexa" a band's name is listed, no product described)
    return sum(1 for noun in _appositives(span)
               if noun.pos_ == "NOUN" and not _is_person_noun(word := lemma(noun).lower()) and word in PRODUCT_NOUNS
               and not (span.label_ == "PERSON" and word in OWNED_AIDES)  # ("his assistant, Ann Ruiz")
               and not _a_firms_vehicle(noun)
               and lemma(head_noun(noun)).lower() not in ORG_NOUNS)  # "the US handset and network maker"


# Relatives only people have: a firm has a parent, a product an ancestor or descendants.
PERSONS_RELATIVES = RELATIVES - {"parent", "grandparent", "ancestor", "descendant", "child"}


def _is_person_noun(word: str) -> bool:
    """A role noun said of people alone: not one said of organisations as often ("partner",
    "leader"), nor a noun of bodies as well ("Vantorcom, the telecoms regulator", "Kestrel TV, the
    state broadcaster": outside NewsGold all 7 names it made people where the model read a body
    were bodies; a person the model reads as one keeps that reading, "broadcaster Ann Ruiz")."""
    return word in ROLE_NOUNS and word not in ORGANISATIONS_TOO and word not in ORG_NOUNS


# Role nouns a bank is set beside as often as a person: "its adviser, Kestrel Capital", "the
# group's banker, Vantor" (outside NewsGold every name the model read as a body beside one was a
# bank). Said of a subject ("Ann Ruiz was adviser to the king") they are a person's still, and
# what they are said to be based in a place ("a Leeds-based banker"): only the apposition cue
# passes over them.
ADVISING_BODIES = frozenset({"adviser", "advisor", "banker"})


def described_as_a_firm(span: Span, iso: str | None) -> bool:
    """"Kestrel, Spain's second mobile operator", "Vantor is the bigger company": a name the model
    read as a person, a place or a product that the text calls a firm."""
    return span.label_ in {"PERSON", "GPE", "PRODUCT"} and not iso and any(
        lemma(noun).lower() in FIRM_NOUNS and _describes(span, noun)
        for noun in (*_appositives(span), *copula_attrs(span.root)))


def _describes(span: Span, noun: Token) -> bool:
    """Whether the firm noun describes the name itself: set off right after it and hung on it (in
    "Ann Ruiz of Vantor, the Leeds firm" it is Vantor's; in "the Leeds, Yorkshire-based firm" the
    name is the firm's town), and naming no second thing ("Ann Ruiz, rock group Kestrel and ...")."""
    if any(c.dep_ in {"compound", "appos"} and c.pos_ == "PROPN" and not span.start <= c.i < span.end
           for c in children(noun)):
        return False
    if noun.dep_ == "attr" or noun.i < span.start:
        return True
    doc = span.doc
    if span.start and doc[span.start - 1].dep_ == "det" and any(c.lower_ == "based" for c in children(noun)):
        return False  # "the Leeds, Yorkshire-based firm"
    root = span.root
    on_the_name = noun.head.i == root.i or root.dep_ == "conj" and noun.head.i == root.head.i  # (see appositives)
    return on_the_name and span.end < len(doc) and doc[span.end].text == ","


def organization_name_ending(span: Span, iso: str | None) -> bool:
    """"Manchester United", "Lib Dems": the name says what it is ("New York City" does not)."""
    return (len(span) > 1 and span[-1].lower_ in ORG_NAME_ENDINGS and span.label_ in {"PERSON", "ORG", "GPE"}
            and not city_of_a_region(span))


def a_plural_no_person_bears(span: Span, iso: str | None) -> bool:
    """"Scissor Kestrels", "Leeds Zorbits", "Vantor Harriers": a name the model read as a person's
    that ends in the plural of a word of the language and opens with no given name is a band's, a
    club's or a firm's. (Surnames end so too, "Tiger Woods", "Tony Banks", after a given name; and
    "G Ellis" after an initial; and names of events: "the Kestrel Awards".)"""
    doc, start, end = span.doc, span.start, span.end
    if span.label_ != "PERSON" or end - start < 2 or not all(t.is_title and t.is_alpha for t in tokens(doc)[start:end]):
        return False
    first, last = texts(doc)[start], texts(doc)[end - 1]
    return (len(first) > 1 and not known_given_name(first) and last.endswith("s") and len(last) > 3
            and not (countries.lookup(last) or regions.subdivision(last) or last.lower() in countries.HOME_NATIONS)
            and last.lower() not in EVENT_NAME_ENDINGS  # ("Grammy Awards")
            and not known_given_name(last[:-1])  # ("Michael Symmons Roberts": a surname of a given name)
            and english_word(last[:-1].lower(), span.doc.vocab) is True)


def model_word_ending(span: Span, iso: str | None) -> bool:
    """"the Zephyr Mini", "the ZephyrBook Pro": a name the model read as a person's or a place's that
    ends in a word of a model's (MODEL_WORDS) is the model's, unless a given name opens it ("Ann
    Nano" is someone)."""
    return (not iso and len(span) > 1 and span.label_ in {"PERSON", "GPE", "LOC"} and span[-1].lower_ in MODEL_WORDS
            and not known_given_name(span[0].text))


def club_name_opening(span: Span, iso: str | None) -> bool:
    """"Real Sociedad", "Atletico Madrid", "Hapoel Kestrelton": a club's name abroad opens with a
    word of clubs (CLUB_NAME_OPENINGS; not before "de": "Stade de France" is a ground)."""
    return (len(span) > 1 and span[0].lower_ in CLUB_NAME_OPENINGS and span[0].is_title
            and span[1].lower_ not in {"de", "of"} and span.label_ in {"PERSON", "GPE", "LOC", "FAC", "ORG"})


def a_team_sheets_club(span: Span, iso: str | None) -> bool:
    """"Tom Hale (Zorbit Rugby), Ann Ruiz (Vantor Utd), ...": a bracket's whole name in a team
    sheet (kg.mentions.context.team_sheets) that the model read as a person's is the club, unless
    it is written as a person's full name, a known given name first ("Ann Ruiz (Tom Hale)")."""
    doc = span.doc
    if iso or span.label_ != "PERSON" or span.start == 0 or doc[span.start - 1].text != "(" \
            or span.end >= len(doc) or doc[span.end].text not in {")", ","}:
        return False
    if span.start - 1 not in team_sheet_openings(doc):
        return False
    words = _text(span).split()
    return not (len(words) > 1 and known_given_name(words[0]))


# Words inside a span that make its last word another name's: "the University of Kestrelshire",
# "Leeds v Zorbit Road"
NAME_BREAKS = frozenset({"of", "for", "and", "at", "v", "on"})


def place_name_ending(span: Span, iso: str | None) -> bool:
    """"Three Gorges Dam", "Wilmslow Road": the name says it is a place (not "the University of the
    Highlands and Islands", whose head is its first word)."""
    return len(span) > 1 and span[-1].lower_ in PLACE_NAME_ENDINGS and span.label_ in LABEL_VOTES \
        and not any(t.lower_ in NAME_BREAKS for t in span)


def county_name(span: Span, iso: str | None) -> bool:
    """"Derbyshire", "West Yorkshire": a county's "-shire" outvotes the model's guess alone, not
    what the text says of the name: a university or a cricket club goes by its county's name
    ("project leader at Hertfordshire", "Yorkshire captain Tom Hale"). Not a person's ("Sarah
    Lancashire")."""
    last = span[-1]
    # (where the model read a place, it needs no second vote, which would tie with the text's cues)
    return (span.label_ in LABEL_VOTES.keys() - PLACE_LABELS and len(last) > 7 and last.lower_.endswith("shire")
            and last.is_title
            and not any(t.lower_ in NAME_BREAKS for t in span)
            and not (len(span) > 1 and given_name(span[0].text)))


def event_name_ending(span: Span, iso: str | None) -> bool:
    """"French Open", "Davis Cup"."""
    return len(span) > 1 and span[-1].lower_ in EVENT_NAME_ENDINGS and span.label_ in LABEL_VOTES


def a_named_day(span: Span, iso: str | None) -> bool:
    """"Holocaust Memorial Day", "New Year's Day", "Martin Luther King Jr. Day": a name ending in
    "Day" is a day kept (the model reads them as people, places, products), unless the words before
    it are a given name ("Doris Day", "Chris Day": a person's)."""
    if len(span) < 2 or span[-1].text != "Day" or span.label_ not in LABEL_VOTES:
        return False
    return not (len(span) == 2 and given_name(span[0].text))


# What an owner is likely to have made (an owned "assistant" is a person's aide)
ARTEFACTS = PRODUCT_NOUNS - OWNED_AIDES


def owns_an_artefact(span: Span, iso: str | None) -> bool:
    """"OpenAI's latest model": the owner of an unnamed artefact is likely its maker. Not a
    person's "version" or "release": a director's cut of a film, a singer's record, a prisoner's
    freedom are as often what they are. Nor a surname alone of someone the article names in full,
    whatever the model read it as: "Hale's game fell apart", "a try from Hale's chip" (outside
    NewsGold 6 of 8 such owners were that person, Lindsay Davenport's "game" and Ronan O'Gara's
    "chip"; the others a club, "Villa's website", and a home nation, no one's surname here)."""
    root = span.root
    if root.dep_ != "poss":
        return False
    word = lemma(root.head).lower()
    return word in ARTEFACTS and not root.head.ent_type_ \
        and not (span.label_ == "PERSON" and (word in PEOPLES_WORKS_TOO or word in PERSONAL_POSSESSIONS)) \
        and not (len(span) == 1 and span.text in _surnames_named_in_full(span.doc))


# The last words of the names the model read as people's in full, two words or more ("Hale" of Tom Hale)
_surnames_named_in_full = per_doc(lambda doc: frozenset(
    ent[-1].text for ent in entities(doc) if ent.label_ == "PERSON" and len(ent) > 1))


# Product nouns no team, route or shop of a place is called by: "the Zorbit worm", "the Lumo drug"
# name a product whatever the model read ("the Leeds game", "the London to Brighton service" do not).
PLACES_MAKE_NONE = (DEVICE_NOUNS - {"player"}) | {
    "device", "gadget", "drug", "vaccine", "medicine", "virus", "worm", "software", "app", "browser"}


def names_the_product_noun(span: Span, iso: str | None) -> bool:
    """"the Zafi virus", "the Lumen browser", "the Zephyr portable media player": a name before a
    product noun (with only its modifiers between) names that product. Not when the model read it as
    an organisation ("the Boeing jet" names a maker), unless a name of several words ends in a
    model's designation before a device ("the Vantor Lumo SX camera"), or the noun is a gadget's
    and the article never has the name act as a firm (GADGET_NOUNS), nor as a place before a noun
    a place's team, route or shop is called by ("the Leeds game": PLACES_MAKE_NONE); nor before a
    plural: "Saturn vehicles" are a maker's many products; nor a match's ("the Harlow game":
    _a_match); nor when a capital before it says the
    model cut the name short ("the My Acme service" is not Acme), unless that
    capital ends a maker's name ("the Nintendo DS console")."""
    doc = span.doc
    noun = _noun_after(span)
    before = doc[span.start - 1] if span.start else None
    if (iso or noun is None or span.label_ == "NORP"
            or (word := lemma(noun).lower()) not in PRODUCT_NAME_HEADS
            or span.label_ == "GPE" and word not in PLACES_MAKE_NONE
            or span.label_ == "PERSON" and word in OWNERS_NOUNS or _a_firms_vehicle(noun)
            or word == "game" and _a_match(span, noun)
            or before is not None and before.is_title and not before.is_sent_start and before.ent_type_ != "ORG"):
        return False
    return span.label_ != "ORG" or word in DEVICE_NOUNS and len(span) > 1 and _designation(span[-1]) \
        or (word in GADGET_NOUNS or word in OWN_NAME_NOUNS and _its_own_name(span)) \
        and not span[0].is_upper and _text(span) not in _names_acting_as_firms(doc)


def _its_own_name(span: Span) -> bool:
    """Whether a name the model read as an organisation's, before one of OWN_NAME_NOUNS, may be the
    thing's own: not a name with an organisation's ending ("the Kestrel Group technology", "the
    Zorbit Times store"), nor an adjective the model took for a name at a sentence's start ("Digital
    technology")."""
    return span[-1].lower_ not in ORG_ENDINGS and not (len(span) == 1 and adjective_only(span[0].text, span.doc.vocab))


def _a_match(span: Span, game: Token) -> bool:
    """"the Kestrel Cup game", "the Zorbit game ended 2-1", "the Harlow game": a name in a sports
    report, or a town's name (its club's) the model did not read as a person's, before "game" names
    a match. (Of the 9 names the model read as no firm's before "game" in the BBC and Wikinews
    articles outside NewsGold dev, the 5 in sports reports were 4 matches and a console the model
    read as a product anyway; of the 4 others 3 were games, 1 a town's club read as a person.)"""
    return sports_report(span.sent, game.i) or span.label_ != "PERSON" and places.a_known_place(_text(span))


def names_a_program(span: Span, iso: str | None) -> bool:
    """"the Zorbit virus", "the Lumen browser": a name the model read as an organisation's before a
    program's noun (PROGRAM_NOUNS), where the article never has the name act as a firm, nor writes
    it in capitals, is the program's; with fewer votes than a gadget's noun gives (GADGET_NOUNS):
    firms' names stand before "software" and "program" as their makers' more often than before
    "computer" ("Vantor launched ... Vantor software"), and the model's reading the name as a
    firm twice outweighs it."""
    if iso or span.label_ != "ORG" or span[0].is_upper:
        return False
    noun = _noun_after(span)
    # (the noun first: what the article's names act as is read for the few names before one)
    return noun is not None and lemma(noun).lower() in PROGRAM_NOUNS and _text(span) not in _names_acting_as_firms(span.doc)


def _noun_after(span: Span) -> Token | None:
    """The common noun in the singular a name stands before, with only the noun's modifiers between
    ("the Zephyr portable media player": "player"), unless the model read the noun as a name."""
    noun = compound_head(span.root)
    if noun.i < span.end or noun.tag_ != "NN" or noun.ent_type_ \
            or any(t.pos_ not in {"ADJ", "NOUN"} for t in tokens(span.doc)[span.end:noun.i]):
        return None
    return noun


# Devices before which a name the model read as an organisation's is the device's own more often
# than its maker's, where the article never has the name act as a firm: "the first Lumen
# computer", "the Kestrel processor" (not "the Vantor jet", "the Vantor car", nor initials, "the
# ZX printer": makers, whose names news gives those more often). Of the 16 names it made devices in
# the BBC and Wikinews articles outside NewsGold, 11 were, 1 was the maker, 4 neither.
GADGET_NOUNS = frozenset({"phone", "smartphone", "handset", "tablet", "laptop", "notebook", "netbook", "computer",
                          "console", "handheld", "printer", "jukebox", "chip", "chipset", "processor", "scooter"})
# Things sold or run under their own name, before which a name the model read as an organisation's
# is the thing's own more often than its maker's, where the article never has the name act as a
# firm (as GADGET_NOUNS): "the Kestrel game", "the Lumen technology" (not "the Vantor technology" of
# a firm that says or sells something in the article, nor in a sports report "the Harlow game", a
# match). In the BBC and Wikinews articles outside NewsGold dev, all 16 names these made products
# were the thing's own (2 of them a kind of technology's, "Digital Rights Management"). Not "site"
# and "website", after which a firm's, a body's or a fair's name is often the owner's ("the Vantor
# website"): 15 of 17 there were the site's own name, but 1 of 4 in the tuning part of NewsGold
# dev; nor "service", "system" or "network", at 4 to 5 of 6.
OWN_NAME_NOUNS = frozenset({"game", "technology", "store", "guitar"})
# Programs and formats, for names_a_program: "the Zorbit virus", "the Lumen browser", "the ZX format"
PROGRAM_NOUNS = frozenset({"software", "browser", "virus", "worm", "format", "program", "app", "application"})
# What a firm does and a device never: say, make or sell
FIRMS_VERBS = QUOTING_VERBS | MAKER_VERBS


@per_doc
def _names_acting_as_firms(doc) -> frozenset[str]:
    """The names the article has say, make or sell something, own something ("Vantor's") or employ
    someone ("a Vantor spokesman", "a spokesman for Vantor"), or writes before another name ("Vantor
    Zephyr"): firms' (or people's), never products'."""
    found = set()
    for ent in entities(doc):
        root = ent.root
        head = lemma(root.head).lower()
        if root.dep_ == "poss" or root.dep_ == "nsubj" and head in FIRMS_VERBS \
                or root.dep_ == "compound" and (head in ROLE_NOUNS or _after_a_role(root.head)) \
                or root.dep_ == "pobj" and root.head.lower_ == "by" and lemma(root.head.head).lower() in FIRMS_VERBS \
                or _after_a_role(root):
            found.add(ent.text)
        if len(ent) > 1 and ent[0].is_title:
            found.add(ent[0].text)  # ("Vantor Zephyr": Vantor's, whatever the model read the whole as)
    found.update(span[0].text for span in products_named_by_makers(doc))
    return frozenset(found)


def _after_a_role(noun: Token) -> bool:
    """Whether a noun is the last word of the body a role is of: "a spokesman for Zorbit Software"."""
    return noun.dep_ == "pobj" and noun.head.lower_ in {"for", "at", "of"} and lemma(noun.head.head).lower() in ROLE_NOUNS


def _designation(token: Token) -> bool:
    """A model's designation rather than a word of a company's name: "SX", "3000", "PowerBook"."""
    text = token.text
    return (any(ch.isdigit() for ch in text) or capital_inside(text)
            or token.is_upper and 1 < len(text) <= 4 and token.lower_ not in ORG_SUFFIXES)


def names_an_owned_product(span: Span, iso: str | None) -> bool:
    """"Nintendo's GameBoy console", "its Betamax video recorder": a name before a product noun that
    an organisation owns names that organisation's product, whatever the model read the name as
    (the owner, not the name, makes it). Singular nouns only: "Vantor's Boeing jets" are bought."""
    root = span.root
    noun = compound_head(root)
    if iso or noun.i < span.end or noun.tag_ != "NN" or noun.ent_type_ \
            or lemma(noun).lower() not in OWNED_PRODUCT_HEADS or _a_firms_vehicle(noun):
        return False
    return any(c.dep_ == "poss" and c.i < span.start and (by_organization(c) or c.lower_ in {"its", "their"})
               for c in children(noun))


def named_as_a_product(span: Span, iso: str | None) -> bool:
    """"video game Halo 2", "the browser Lumen": a product noun right before a name names it, as
    "the bank MBNA" names a bank. Not a noun people or firms are called by too: "search engine
    Google" and "web site Amazon" name companies, "model Kate Moss" a person."""
    root = span.root
    return not iso and any(c.dep_ == "compound" and c.i == span.start - 1 and c.tag_ == "NN"
                           and (word := lemma(c).lower()) in OWNED_PRODUCT_HEADS and word not in ROLE_NOUNS
                           and word not in SHARED_NOUNS and not _a_firms_vehicle(c) for c in children(root))


# Words of finance that make a "vehicle" a company: "their Zorbit investment vehicle", "investment
# vehicle Kestrel Capital" hold shares (outside NewsGold one such firm, in 5 articles, was a product).
FINANCE_WORDS = frozenset({"investment", "holding", "financing", "acquisition", "buyout", "funding"})


def _a_firms_vehicle(noun: Token) -> bool:
    """"investment vehicle": a company that holds what its owners put in it, no vehicle made."""
    return lemma(noun).lower() == "vehicle" and any(
        c.dep_ in {"compound", "amod"} and lemma(c).lower() in FINANCE_WORDS for c in children(noun))


def called_a_product(span: Span, iso: str | None) -> bool:
    """"a search system called Zorbit", "a technology known as Lumen", "a product code-named Kestrel":
    a name given to a product noun names that product, whatever the model read it as (here mostly a
    place or a firm)."""
    doc, end = span.doc, span.end
    if iso or product_noun_named(doc, span.start) is None:
        return False
    # (not a name the model cut short: "a service dubbed Vantor to Go" is no name for Vantor)
    toks = tokens(doc)
    return not (end + 1 < len(doc) and toks[end].is_lower and toks[end].is_alpha and toks[end + 1].is_title)


def made_by_an_organization(span: Span, iso: str | None) -> bool:
    return made_by_organization(span)


def lets_people_do(span: Span, iso: str | None) -> bool:
    """"Skype lets people call landlines", "the service allows users to store links": what lets
    its users do something is a product or a service. Companies and clubs do too ("Vodafone will
    let you access its services", "Newcastle would allow the player to go on loan"): what the model
    read as one of those it does not outvote (in the BBC corpus it was wrong on all three)."""
    root = span.root
    if root.dep_ != "nsubj" or lemma(root.head).lower() not in ENABLING_VERBS or span.label_ in {"PERSON", "ORG", "GPE"}:
        return False
    # "allows users to call": the parser may make "users" the subject of the clause after the verb
    who = [*children(root.head), *(s for c in children(root.head) if c.dep_ in {"ccomp", "xcomp"} for s in children(c))]
    return any(c.dep_ in {"dobj", "nsubj"} and c.i != root.i and lemma(c).lower() in PRODUCT_USERS for c in who)


def shaped_like_a_product(span: Span, iso: str | None) -> bool:
    """"iPod", "iOS 5", "iTunes": a name in lower case then a capital (kg.mentions.products), which
    the model did not read as an organisation ("eBay"), unless it has the "i" of product names
    ("iPod", which it often reads as one)."""
    return camel_shaped(span) and (span.label_ != "ORG" or span[0].text[:2] in I_PRODUCT)


def version_numbered(span: Span, iso: str | None) -> bool:
    """"Zorbit 2.0", "Kestrel v8.1": a name ending in a version number names a program, whatever the
    model read it as; no person's, place's or firm's name ends so."""
    return len(span) > 1 and span[0].is_alpha and bool(VERSION.fullmatch(span[-1].text))


def numbered_work(span: Span, iso: str | None) -> bool:
    """"Zorbit 2", "Kestrel Racer 2005" read as people: no one's name ends in a number (a match's
    score or minute is cut off the name first, kg.mentions.names.clean), a sequel's, a version's
    or an edition's does."""
    return span.label_ == "PERSON" and len(span) > 1 and span[0].is_alpha and span[-1].is_digit \
        and len(span[-1].text) <= 4


def model_number_first(span: Span, iso: str | None) -> bool:
    """"the 787 Dreamliner", "the V300 Zephyr": a name that opens with a model number names the
    model, which the model often reads as a firm; no firm's, person's or place's name opens so
    (a year does not either: "2004 Olympics" is a number of four digits before an event word, which
    the event-name cue outweighs)."""
    return len(span) > 1 and bool(MODEL_NUMBER.fullmatch(span[0].text)) and not a_year(span[0].text)


# Two capitalised words run together: "GlaxoSmithKline", "PlayStation"; not a surname's particle
# ("McCartney", "DiCaprio", "DesRosier").
JOINED_WORDS = re.compile(r"[A-Z][a-z]{2,}[A-Z][A-Za-z]*")
NAME_PARTICLES = re.compile(r"(Mc|Mac|De|Des|Di|Da|Du|Dal|Del|La|Le|Van|Von|Fitz|St|San)[A-Z].*")


def joined_words(span: Span, iso: str | None) -> bool:
    """"GlaxoSmithKline", "GameBoy Advance" read as people: on the BBC and Wikinews corpora, 8 of the 9
    such names the model took for people were firms or products, the ninth a surname with its particle."""
    return span.label_ == "PERSON" and any(
        JOINED_WORDS.fullmatch(t.text) and not NAME_PARTICLES.fullmatch(t.text) for t in span)


def named_by_its_maker(span: Span, iso: str | None) -> bool:
    """"Boeing 747", "Airbus A380": an organisation's name and a model number (kg.mentions.products)."""
    return span.label_ == "PRODUCT" and named_by_maker(span.doc, span.start, span.end, span.label_,
                                                       maker_names(span.doc)) == span.end


_INDEX_FIRST_WORDS = frozenset(name.split()[0] for name in STOCK_INDEX_NAMES)


def stock_index(span: Span, iso: str | None) -> bool:
    """"the FTSE 100", "Hang Seng", "the Nasdaq Composite": a market index, a product with no maker
    (NewsGold's convention too). "Nasdaq" and "Dow" also name an exchange and a company, so alone
    they need a market word beside them: "the Nasdaq index", "the Dow closed higher"."""
    words = _key(span).split()
    if not words or words[0] not in _INDEX_FIRST_WORDS:
        return False  # (asked of every name: most open with no index's first word)
    name = list(words)
    while name and (name[-1].isdigit() or name[-1] in INDEX_WORDS):  # "FTSE 100", "... Industrial Average"
        name.pop()
    key = " ".join(name)
    if key not in STOCK_INDEX_NAMES:
        return False
    if len(name) < len(words):
        return True
    if key in INDEX_NAMES_WITH_NUMBER:
        return False
    if key not in AMBIGUOUS_INDEX_NAMES:
        return True
    after = span.doc[span.end] if span.end < len(span.doc) else None
    root = span.root
    if after is not None and after.lower_ in INDEX_WORDS:
        return True
    # "the Dow closed higher", "the Nasdaq lost 40 points", "the FTSE and the Dow fell"; not "Dow
    # closed its plant"
    subject = first_conjunct(root)
    verb = subject.head
    objects = [c for c in children(verb) if c.dep_ == "dobj"]
    if (subject.dep_ == "nsubj" and lemma(verb).lower() in MARKET_MOVES
            and all(lemma(c).lower() in INDEX_UNITS or c.like_num for c in objects)):
        return True
    # "the Nasdaq took heavy losses to close down 70 points"
    if subject.dep_ == "nsubj" and any(c.dep_ in {"xcomp", "advcl"} and lemma(c).lower() in MARKET_MOVES
                                       and any(u.like_num for u in c.subtree) for c in children(verb)):
        return True
    # "the Dow's 40-point fall"; "the benchmark index, the Dow, ..."; "the Nasdaq and the FTSE 100"
    head = lemma(root.head).lower()
    return (root.dep_ == "poss" and head in MARKET_MOVES | {"loss", "decline"}
            or root.dep_ == "appos" and head in INDEX_WORDS | {"indices", "indexes"}
            or any(_an_index(c) for c in root.conjuncts))


def _an_index(token: Token) -> bool:
    """Whether the phrase a token heads names an index no exchange or firm shares ("the FTSE 100")."""
    end = max([token.i] + [c.i for c in token.rights if c.dep_ in {"nummod", "compound", "npadvmod"}])
    phrase = token.doc[token.left_edge.i:end + 1].text
    return markets.index_name(phrase) is not None and not markets.shared(phrase)


def honorific_before(span: Span, iso: str | None) -> bool:
    """"Mr Gates"."""
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is not None and before.lower_ in HONORIFICS and before.is_title


def party_name(span: Span, iso: str | None) -> bool:
    """"Labour", "the Tories": a party, whatever the model read."""
    return _key(span) in PARTY_ALIASES


def group_of_countries(span: Span, iso: str | None) -> bool:
    """"the G7", "G-20": a group of countries that meets, not a place."""
    return bool(GROUP_OF_COUNTRIES.fullmatch(_text(span)))


def award_name(span: Span, iso: str | None) -> bool:
    """"Oscar nominations", "the Baftas": the awards, not a person."""
    return _key(span) in AWARDS


def games_adjective(span: Span, iso: str | None) -> bool:
    """"Olympic champion", "his Olympic success": the Games, not a place."""
    return _key(span) in GAMES_ADJECTIVES


def age_or_birth(span: Span, iso: str | None) -> bool:
    """"Winter, 53, a former law professor", "Proctor (born August 11, 1974)"."""
    return age_after(span) or born_after(span)


def holds_a_role(span: Span, iso: str | None) -> bool:
    """"Proctor is an American country music artist", "singer Christina Aguilera" (not the firm an
    officer heads: "president of the industry's tracker Vantor Data")."""
    return said_to_hold_a_role(span) and not employs(span.root, premodifier=False)


def firm_of_a_trade(span: Span, iso: str | None) -> bool:
    """"analysts Gartner": a plural role right before one name (see _a_firm_of); where the parser
    hangs the name on the role ("by consultants Booz Allen Hamilton"), a trade that names firms
    (FIRMS_OF_A_TRADE: "councillors Ann Ruiz" is a person)."""
    root = span.root
    if iso:
        return False
    if root.dep_ == "appos" and lemma(root.head).lower() in FIRMS_OF_A_TRADE and _a_firm_of(root.head, span):
        return True
    return any(c.dep_ == "compound" and (person_role(c) or lemma(c).lower() in FIRMS_OF_A_TRADE) and _a_firm_of(c, span)
               for c in children(root))


# Words after a firm's name that name a branch of it, beside countries: "Vantor Europe", "Zorbit International"
BRANCH_WORDS = frozenset({"international", "europe", "asia", "africa", "america", "americas"})


@per_doc
def _branches(doc) -> frozenset[str]:
    """The names of two words the article writes, read once at least as an organisation's, whose
    second is a country or a continent ("Vantor Europe", "Zorbit USA"): firms' branches."""
    return frozenset(ent.text for ent in entities(doc)
                     if ent.label_ == "ORG" and len(ent) == 2 and ent[0].is_title and ent[0].is_alpha
                     and (ent[1].lower_ in BRANCH_WORDS or countries.lookup(ent[1].text)))


def has_a_branch(span: Span, iso: str | None) -> bool:
    """"Vantor said ... a spokesman for Vantor Europe": a branch's name, and the one-word name of
    the firm whose branch it is, are organisations' however the model read them elsewhere (no
    town's: "the Sydney International" is a tournament)."""
    if iso or len(span) > 2 or span.label_ == "ORG":
        return False
    text = _text(span)
    branches = _branches(span.doc)
    if not branches:
        return False
    if len(span) == 2:
        return text in branches
    return any(branch.startswith(text + " ") for branch in branches) and not places.a_place_name(text)


def owns_a_home(span: Span, iso: str | None) -> bool:
    """"Sohn's New Jersey home" (a place may say where; a trade says it is a firm's: "Vantor's
    auction house", "its fashion house")."""
    root = span.root
    return root.dep_ == "poss" and lemma(root.head).lower() in HOMES and span.label_ != "GPE" and not any(
        c.dep_ == "compound" and c.pos_ == "NOUN" for c in children(root.head))


def owns_a_life(span: Span, iso: str | None) -> bool:
    """"Ruiz's death", "Hale's wife", "the funeral of Ann Ruiz": what only a person has (a
    relative, a death, a birthday, memoirs). Not a country's or a group's "sons" or "fathers"."""
    root = span.root
    if iso or span.label_ in {"GPE", "NORP", "PERSON"}:
        return False
    doc = span.doc
    if root.dep_ == "poss" and not any(c.dep_ == "det" for c in children(root)):
        noun = root.head  # (not "the Kestrel's agony aunt": a paper's, which people's names are not)
    elif root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN" \
            and not (span.end < len(doc) and doc[span.end].pos_ in {"NOUN", "PROPN"}):
        noun = root.head.head  # (not "the son of a Kestrel Church minister")
    else:
        return False
    return noun.tag_ == "NN" and lemma(noun).lower() in PERSONS_OWN \
        and not any(c.dep_ == "compound" for c in children(noun))


def owns_a_firms_part(span: Span, iso: str | None) -> bool:
    """"Telekom Kestrel's fixed line division", "Vantor's shareholders": what only a firm has
    (the model reads many firms' names as people's)."""
    root = span.root
    return not iso and root.dep_ == "poss" and root.head.pos_ == "NOUN" and lemma(root.head).lower() in FIRMS_PARTS


def bought_or_merged(span: Span, iso: str | None) -> bool:
    """"the takeover of Kestrel", "a merger between Vantor and Zorbit", "the buyout of Zephyr": what
    is taken over, bought out or merged is a firm (or a club), however the model read its name (it
    reads many firms as towns). Not who takes it over (a person may), nor what is purchased or
    acquired (a club buys players, an airline jets), nor who bids (towns bid for games)."""
    word = first_conjunct(span.root)  # "between Vantor and Zorbit"
    if iso or word.dep_ != "pobj":
        return False
    deal = lemma(word.head.head).lower()
    return deal in DEAL_NOUNS and (word.head.lower_ in {"of", "between"} or word.head.lower_ == "with" and deal == "merger")


def where_someone_lives(span: Span, iso: str | None) -> bool:
    """"a resident of Dayton", "Arshan Little, 19, of Jersey City"."""
    root = span.root
    return (not iso and root.dep_ == "pobj" and root.head.lower_ == "of"
            and lemma(root.head.head).lower() in RESIDENT_NOUNS) or (not iso and hometown(span))


def elected_for(span: Span, iso: str | None) -> bool:
    """"MP for Hornsey and Wood Green", "the senator for Ohio": where a member's voters live."""
    word = first_conjunct(span.root)  # "MP for Sittingbourne and Sheppey"
    return not iso and word.dep_ == "pobj" and word.head.lower_ == "for" \
        and lemma(word.head.head).lower() in ELECTED_FOR_PLACES


# Nouns of a seat in an assembly, written after the name of the place whose voters fill it.
SEAT_NOUNS = frozenset({"seat", "constituency", "ward"})


def a_seat(span: Span, iso: str | None) -> bool:
    """"the Zorbiton Vale seat", "his Harlow constituency", "the 1999 Harlow by-election": the place
    a seat is named for, which the model reads as a body or a person as often as not. Not a
    party's seat ("a safe Labour seat"), a body's ("a Security Council seat"), a person's ("the Mr
    Zorbit seat" of a show's panel, "the Ann Ruiz ward" of a hospital), nor words of the language
    that are no town's."""
    doc, end = span.doc, span.end
    if iso or end >= len(doc):
        return False
    by_election = texts(doc)[end:end + 3] == ("by", "-", "election")
    noun = tokens(doc)[end + 2 if by_election else end]
    if not (by_election or noun.lower_ in SEAT_NOUNS) or noun.tag_ != "NN" or noun.dep_ == "compound":
        return False
    # (a name of words of the language alone, none a town's, is a body's or a trade's: "a Commons
    # seat", "the Social Care constituency" of an assembly elected by trades)
    common = all(english_word(t.lower_, doc.vocab) is True for t in span) \
        and not places.a_known_place(span[0].text) and not places.a_known_place(_text(span))
    return not (_key(span) in PARTY_NAMES or honorific_before(span, iso) or organization_name_ending(span, iso)
                or span.label_ == "PERSON" and len(span) > 1 and known_given_name(span[0].text) or common)


# Ranks of the peerage that take their title from a place: "Lord Hale of Kestrelton" (not "Sir",
# a knight's: "Sir Tom Hale of Vantor" names his firm)
PEERS = {"lord", "lady", "baron", "baroness", "viscount", "viscountess", "earl", "countess", "marquess"}


def seat_of_a_peer(span: Span, iso: str | None) -> bool:
    """"Lord Hale of Kestrelton", "Baroness Ruiz of Zorbitty": the place a peer's title names (the
    model reads many as firms, and the peer as their member)."""
    doc, of = span.doc, span.start - 1
    if iso or of < 2 or doc[of].lower_ != "of":
        return False
    # the peer's name: a surname, or a given name and a surname ("Lord Tom Hale of")
    for first in (of - 1, of - 2):
        if first > 0 and all(t.is_title for t in doc[first:of]) and doc[first - 1].is_title \
                and doc[first - 1].lower_ in PEERS:
            return True
    return False


def employer(span: Span, iso: str | None) -> bool:
    """"the chairman and founder of Vexa Mining", "the company Nordwind", "an economist at Harlow"
    (the model reads many firms as towns). Not what it reads as a building: on NYT that cost two
    wrong employers for one right one on NewsGold train."""
    root = span.root
    return span.label_ in {"PERSON", "GPE", "PRODUCT"} and not iso and not _after_its_employer(span) \
        and not _a_persons_own(span) and (
            employs(root, premodifier=span.label_ != "GPE") or named_organization(root) or works_at(root))


# Who speaks for someone: people have them as firms do ("Tom Hale's official spokesman").
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})


def _a_persons_own(span: Span) -> bool:
    """"Tom Hale's official spokesman", "the film's executive producer Ann Ruiz": a name the model
    read as a person's, written as a person's full name, whose spokesman it is, or set beside a
    noun said of people and firms alike ("producer", "publisher"), is a person's. (Firms named
    after people are written so too, "Ann Ruiz spokesman Tom Hale" of a bookmaker named after its
    founder, but outside NewsGold none of them before a possessive "spokesman" or beside such a
    noun: the 5 names so read were people, a prime minister three times.)"""
    root = span.root
    if span.label_ != "PERSON" or root.dep_ not in {"poss", "appos"} or not _written_as_a_full_name(span):
        return False
    noun = lemma(root.head).lower()
    return noun in SPOKESPEOPLE if root.dep_ == "poss" else noun in ORGANISATIONS_TOO or noun in PEOPLE_TOO


def _after_its_employer(span: Span) -> bool:
    """"chairman of Kestrel LLC Ann Ruiz said": a person's full name right after the organisation
    the title is of (and its ending), which the parser hangs on the name as one name, is the
    person's (kg.extract.roles.premodifier.run_on reads the role). Not a name whose first word is
    no given name: "Vantor Radio Classic Rock" is a station."""
    doc, start = span.doc, span.start
    if span.label_ != "PERSON" or len(span) < 2 or not start or doc[start - 1].head.i not in range(start, span.end) \
            or not given_name(span[0].text):
        return False
    while start > 0 and doc[start - 1].lower_.rstrip(".") in ORG_SUFFIXES:
        start -= 1
    return any(ent.label_ == "ORG" and start <= ent.end <= span.start for ent in entities(doc))


def parent_of_someone(span: Span, iso: str | None) -> bool:
    """"the daughter of Ruth and Karl Berg": parents are people."""
    return relative_of(span.root)


def among_people(span: Span, iso: str | None) -> bool:
    """"Hollywood stars, including Cate Blanchett, ... Keanu Reeves"."""
    return listed_among_people(span.root)


def among_firms(span: Span, iso: str | None) -> bool:
    """"retailers, including Kestrel Hale and Zorbit": a name the model read as a person, a place
    or a product."""
    return span.label_ in {"PERSON", "GPE", "PRODUCT"} and not iso and listed_among_firms(span.root)


def among_products(span: Span, iso: str | None) -> bool:
    """"portable media players such as the Zephyr, the Kestrel K2 and the Lumo", "films including
    Zorbit Days": a name given as an example of a plural noun for devices or works."""
    return not iso and listed_among_products(span.root)


def takes_a_plural_verb(span: Span, iso: str | None) -> bool:
    """"Kestrelton were relegated", "Vantor have said": British news gives a club, a band or a
    firm named in the singular a plural verb, which no person and no town takes (a country does:
    its team, and "England are" stays England)."""
    root = span.root
    if root.dep_ not in {"nsubj", "nsubjpass"} or root.tag_ != "NNP" or iso or len(span) > 4 or span.label_ == "NORP":
        return False
    verb = root.head
    if not any(t.lower_ in PLURAL_FORMS and t.tag_ in {"VBP", "VBD"} and t.i > span.end - 1
               for t in (verb, *(c for c in children(verb) if c.dep_ in {"aux", "auxpass"}))):
        return False
    # (not two things joined, however deep the parser hung the "and": "The Aviator and the British
    # movie Vantor Days have shared ..."; nor a work or a device its noun names: "movie Vantor Days")
    if _text(span).lower() in countries.HOME_NATIONS or any(t.dep_ in {"conj", "cc"} for t in root.subtree) \
            or any(c.dep_ == "compound" and lemma(c).lower() in NAMED_THINGS for c in children(root)):
        return False
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    sentence = span.sent
    return not (
        # one of a list the parser did not join ("Ann Ruiz, Tom Hale and Li Wei are")
        before is not None and (before.text == "," or before.lower_ in {"and", "&", "or"})
        or after is not None and (after.text in {"-", "("} or after.lower_ in {"and", "&", "or"}
                                  # (a clause set off after the name is no list: "Kestrels, who won, were")
                                  or after.text == "," and not (span.end + 1 < len(doc)
                                                                and doc[span.end + 1].lower_ in {"who", "which"}))
        # a person after all: a title, a first name
        or before is not None and before.lower_.rstrip(".") in HONORIFICS
        or span.label_ == "PERSON" and len(span) > 1 and known_given_name(span[0].text)
        # a headline's present tense ("Kestrel clinch cup") is no plural
        or sentence[-1].text not in {".", "!", "?", '"', "'", "”", "’"})


def was_born(span: Span, iso: str | None) -> bool:
    """"Lena Ann Park was born on March 3, 1970"."""
    root = span.root
    return root.dep_ == "nsubjpass" and lemma(root.head).lower() == "bear" and len(span) > 1


def a_work(span: Span, iso: str | None) -> bool:
    """"the comedy Zephyr Days", "Ann Ruiz's album Kestrel", "horror film The Zorbit": a name
    written right after a noun of a work (WORK_NOUNS) names that work."""
    doc, k = span.doc, span.start - 1
    if k > 0 and doc[k].lower_ == "the":  # (the model leaves out a title's "The")
        k -= 1
    # ("than a downloaded movie Vantor is showing": a work is named after "the" noun, not "a")
    return (iso is None and k >= 0 and doc[k].tag_ == "NN" and lemma(doc[k]).lower() in WORK_NOUNS
            and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children(doc[k])))


def in_a_team_sheet(span: Span, iso: str | None) -> bool:
    """"C Ruiz; T Hale, A Okafor, N Vance": a surname after one initial, on a line that lists two
    more names so written (a team sheet, a results list), is a player's; so is a name that is an
    item of a line-up (``_a_line_up_item``)."""
    return bool(INITIALLED.fullmatch(_text(span))) and len(INITIALLED.findall(span.sent.text)) >= 3 \
        or not iso and _a_line_up_item(span)


# A substitution in a line-up: "(Ruiz 82)", "(Tom Hale 45, 70)"
SUBSTITUTION = re.compile(r"\((?:[A-Z][\w'’-]+ )+\d{1,3}(?:, \d{1,3})*\)")
# Marks that set off the items of a line-up, and that open one
LINE_UP_MARKS = frozenset({",", ";", "(", ")", "."})
LINE_UP_OPENERS = ("Subs", "Replacements")


_OPENING_MARKS = LINE_UP_MARKS | {":"}  # what may stand before an item of a line-up


def _a_line_up_item(span: Span) -> bool:
    """"Hale, Ruiz (Okafor 82), Vance, ...; Subs: Lumen, Zorbit": a name that is a whole item of a
    list of six or more, on a line that names a substitute with the minute he came on, or that
    opens with "Subs" or "Replacements", is a player's (the model reads bare surnames as firms and
    towns). Not the club a line-up opens with ("Kestrelton: Hale, Ruiz, ..."), nor a player's club in
    brackets ("Ann Ruiz (Kestrelton)")."""
    doc, start, end = span.doc, span.start, span.end
    if not has_sentences(doc):
        return False  # (a line-up is a sentence of its own)
    # An item opens its line or follows a mark, and ends its line or stands before a mark or a
    # minute (asked of every name: by the words' own flags, before the sentence is read)
    toks, words = tokens(doc), texts(doc)
    if not (start == 0 or toks[start].is_sent_start or words[start - 1] in _OPENING_MARKS) or not (
            end == len(doc) or toks[end].is_sent_start or words[end] in LINE_UP_MARKS or toks[end].like_num):
        return False
    sentence = span.sent
    if not (end == sentence.end or words[end] in LINE_UP_MARKS or toks[end].like_num):
        return False  # (a name the model ran over the end of its line)
    if start > sentence.start and words[start - 1] == "(" and not (end < len(doc) and toks[end].like_num):
        return False  # "Ann Ruiz (Kestrelton)": a squad list's club, in brackets with no minute
    line = sentence.text
    return (bool(SUBSTITUTION.search(line)) or line.lstrip().startswith(LINE_UP_OPENERS)) \
        and line.count(",") + line.count(";") >= 5 and not any(t.is_lower for t in span) \
        or _a_line_of_names(sentence)


# A name as a team sheet writes it: a surname, maybe after an initial ("S Best", "J-P Ruiz") or
# with a particle ("Del Fava", "de Hale")
LISTED_NAME = r"(?:[A-Z](?:-[A-Z])?\.? )?(?:(?:Mc|Mac|O['’]|D['’])?[A-Z][\w'’-]+)(?: (?:[A-Z][\w'’-]+|de|van|der|da|le))*"
# A line of seven or more such names and nothing else: a team's line-up without its substitutes'
# minutes ("Hale, Ruiz, Okafor, Vance, Lumen, Zorbit, Kestrel."; 32 such lines outside NewsGold,
# all team sheets)
LINE_OF_NAMES = re.compile(rf"{LISTED_NAME}(?:, {LISTED_NAME}){{6,}}\.?")


# The sentences of the doc last asked about that are lines of names, by their start, read once
_lines_of_names = per_doc(lambda doc: {})


def _a_line_of_names(sentence: Span) -> bool:
    """Whether a sentence is a line of its own that only lists names (LINE_OF_NAMES)."""
    read = _lines_of_names(sentence.doc)
    found = read.get(sentence.start)
    if found is None:
        found = read[sentence.start] = _read_as_a_line_of_names(sentence)
    return found


def _read_as_a_line_of_names(sentence: Span) -> bool:
    doc = sentence.doc
    words = [t for t in sentence if not t.is_space]
    if len(words) < 13 or not any(w.text == "," for w in words[1:5]):  # (seven names and six commas at least)
        return False
    # a line of its own: a line break before it (a space token's or a word's trailing one) and after
    start, last = sentence.start, words[-1]
    broken_before = start == 0 or "\n" in doc[start - 1].text + doc[start - 1].whitespace_
    broken_after = last.i + 1 == len(doc) or "\n" in last.whitespace_ + doc[last.i + 1].text
    return broken_before and broken_after and bool(LINE_OF_NAMES.fullmatch(doc[start:last.i + 1].text))


def a_home_nation(span: Span, iso: str | None) -> bool:
    return home_nation(span)


# Sites of a firm's work, which stand in a place: "the factory in Harlow", "its offices near Leeds"
SITE_NOUNS = frozenset({"plant", "factory", "works", "mill", "refinery", "warehouse", "depot", "office",
                        "headquarters", "site", "facility", "branch"})


def based_there(span: Span, iso: str | None) -> bool:
    """"Oxford-based Vantor", "the Chennai-based firm": the name written onto "based" is where a
    firm, a group or a person is based, a place, whatever the model read it as (many towns as
    firms); not what a product is built on ("Linux-based computers", "the Windows-based Zephyr
    player", a product's name). So is the name "based in" ("a firm based in Harlow", "the club is
    based in the Kestrel Valley"), and where a plant or an office is ("its factory in Harlow")."""
    doc = span.doc
    toks = tokens(doc)  # (asked of every name: the doc's words read once, not made anew by doc[i])
    before = span.start - 1 if span.start and toks[span.start - 1].lower_ == "the" else span.start
    prep = toks[before - 1] if before > 1 else None
    if prep is not None and prep.lower_ in {"in", "near"} and prep.head.i == before - 2 and (
            prep.lower_ == "in" and toks[before - 2].lower_ == "based" or lemma(toks[before - 2]).lower() in SITE_NOUNS):
        # (the name itself, not one opening what is named: "based in the Kestrel barracks")
        return not iso and not _text(span).isupper() and span.root.dep_ == "pobj" and span.root.head.i == before - 1
    at = span.end + 1 if span.end < len(doc) and toks[span.end].text == "-" else span.end
    if iso or at >= len(doc) or toks[at].lower_ != "based" or toks[at].dep_ != "amod" or _text(span).isupper():
        return False  # (an acronym is a body's: "EU-based firms")
    head = what_is_based(toks[at])  # (as kg.extract.places reads the firm it is said of)
    word = lemma(head).lower()
    if head.pos_ == "PROPN":
        return head.ent_type_ != "PRODUCT"
    return head.pos_ == "NOUN" and (word in ORG_NOUNS or _is_person_noun(word)) and word not in THINGS


def town_of_a_region(span: Span, iso: str | None) -> bool:
    """"Winterset, Iowa", "KARBALA, Iraq (AP)", "Rockville, Md."; "Minn."."""
    if iso:
        return False
    doc, end = span.doc, span.end
    # (the name itself a region's only where a phrase may end after it, or a "." the tokenizer split
    # off: the lookups, asked of every mention, are spared the rest)
    after = tokens(doc)[end] if end < len(doc) else None
    ends = after is None or texts(doc)[end] in PLACE_END or after.is_space or after.is_sent_start
    return region_after(span) is not None or ends and region_at(doc, span.start) in {end, end + 1}


def district(span: Span, iso: str | None) -> bool:
    """"in Cobble Hill, Brooklyn.": outvotes a role the parser hangs on this last name of the
    sentence ("Berg, a florist in Park Slope, Brooklyn, ...")."""
    return not iso and district_of(span)


def firm_of_a_person(span: Span, iso: str | None) -> bool:
    """"Ana Diaz and Marco Rossi of Hale Dorr": a firm named like a person."""
    return span.label_ == "PERSON" and organization_of_a_person(span.root)


def named_like_a_body(span: Span, iso: str | None) -> bool:
    """"the Center for Data Policy", "the Council on Urban Affairs"."""
    return span.label_ in {"FAC", "GPE", "LOC"} and named_as_body(span)


def named_group(span: Span, iso: str | None) -> bool:
    """"rock band Kestrel", "the group Vantor Aid", "rap duo Zorbit", "dance act Zorbit": a group noun in lower case
    right before a name names that group, however the parser hung the two (it often makes the noun
    a subject of its own), and whatever the model read the name as (many bands and firms as people
    or towns). Not a duo or trio of names ("comedy duo Ann Ruiz and Tom Hale": the two are people),
    nor the subject of a clause on the noun ("the band Tom Hale formed": his)."""
    doc, root = span.doc, span.root
    if iso or span.label_ == "ORG" or not span.start or (root.dep_ == "nsubj" and root.head.dep_ == "relcl"):
        return False
    noun = doc[span.start - 1]
    word = noun.lower_
    return noun.is_lower and noun.pos_ == "NOUN" and word in GROUP_NOUNS and not (
        word in PAIRS and (root.conjuncts or (span.end < len(doc) and doc[span.end].lower_ in {"and", "&"}))) \
        and not (word in SOLO_OR_GROUP and known_given_name(span[0].text))


def band_of_a_member(span: Span, iso: str | None) -> bool:
    """"Kestrel frontman Tom Hale", "the Lumen guitarist Ann Ruiz": a name before a role only a band
    has, set before a person's name, is the band's (the model reads many bands as people or towns).
    So is a name before "singer" that is no kind of music nor a region ("Soul singer", "Devon
    singer" name a style and a home)."""
    root = span.root
    role = root.head
    return (not iso and span.label_ in {"PERSON", "GPE"} and root.dep_ == "compound" and role.i == span.end
            and role.pos_ == "NOUN" and (role.lower_ in BAND_ROLES or role.lower_ == "singer" and _a_band_name(span))
            and role.dep_ == "compound" and role.head.ent_type_ == "PERSON")


def _a_band_name(span: Span) -> bool:
    """A name before "singer" that may be a band's: not a kind of music ("Soul", "R&B"), a region
    ("Devon") or a people ("Welsh")."""
    text = _text(span)
    return span[0].lower_ not in MUSIC_GENRES and not regions.subdivision(text) and not countries.demonym(text)


def club_of_a_player(span: Span, iso: str | None) -> bool:
    """"Kestrelton boss Tom Hale", "Kestrelton striker Ann Ruiz": a town's name before a role only a
    club has, set before a person's name, is the club's, which the news names after its town (the
    model reads it as the town). Not a country's nor a home nation's: "Ireland coach Tom Hale"
    names a national team, which takes the nation's name and is no club."""
    root = span.root
    role = root.head
    if iso or span.label_ not in {"GPE", "LOC", "FAC", "ORG"} or _text(span).casefold() in countries.HOME_NATIONS \
            or not (root.pos_ == "PROPN" or root.pos_ == "NOUN" and root.is_title) \
            or countries.demonym(_text(span)):  # ("Welsh striker": a nation's too)
        return False
    return (root.dep_ in {"compound", "nmod"} and role.i == span.end and role.pos_ == "NOUN"
            and lemma(role).lower() in CLUB_ROLES
            and (role.dep_ == "compound" and role.head.ent_type_ == "PERSON"
                 or role.i + 1 < len(span.doc) and span.doc[role.i + 1].ent_type_ == "PERSON"))


# First words of names that are as often an article, a particle or a title as a given name: "La
# Liga", "El Alto", "Al Jazeera", "Mac Format", "Van Morrison" (a person, whose cues say so)
NOT_GIVEN_HERE = frozenset({"La", "El", "Les", "Le", "Van", "Mac", "Al", "Ben",
                            "King", "Queen", "Prince", "Princess", "Earl", "Justice"})
# A word of a person's name: "Kimberly", "McGregor", "O'Hara", "Smith-Jones" (not "BBC", "2004")
NAME_PART = r"[A-Z](?:'[A-Z])?[a-z]+(?:[A-Z][a-z]+)*"
NAME_WORD = re.compile(rf"{NAME_PART}(?:-{NAME_PART})*")


def _name_words(span: Span) -> list[str] | None:
    """The words of a name of two or three words each written as a name's ("Kimberly Quenby",
    "Ann Smith-Hale"), else None."""
    words = _text(span).split()
    return words if 2 <= len(words) <= 3 and all(NAME_WORD.fullmatch(w) for w in words) else None


def named_like_a_person(span: Span, iso: str | None) -> bool:
    """"Kimberly Quenby", "Taylor Vantwell" read as a firm or a place: a name of two or three words
    that opens with a given name common in English-language news and ends in a word no English
    noun or adjective is, is a person's. Most names the model reads so that are no person's end
    in one ("Beverly Hills", "Stanley Park", "Crystal Palace", "Vera Drake", "Curtis Brown"), or in
    a given name ("Morgan Stanley", "Raymond James"), or their first word alone names a firm or a
    place in the article; a surname that is also a word ("Love", "Church") is left to the model."""
    if iso or span.label_ == "PERSON":
        return False
    words = _name_words(span)
    if words is None or "St" in words:  # ("Paris St Germain")
        return False
    first, last = words[0].split("-")[0], words[-1]
    if not given_name(first) or first in NOT_GIVEN_HERE or countries.lookup(first) or regions.state(first) \
            or given_name(last) or last.lower() in ORG_ENDINGS \
            or "-".join(words) in doc_text(span.doc):  # "Mercedes Benz", as "Mercedes-Benz": a brand's
        return False
    if any(text == first and ent.label_ != "PERSON" for ent, text in zip(entities(span.doc), entity_texts(span.doc))):
        return False  # "Mercedes Benz ... BMW, Mercedes and Jaguar": the first name alone is a firm's
    return english_word(last.split("-")[-1], span.doc.vocab) is False


# The possessive's tokens: "Kestrel's", "Kestrel Networks'"
POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


def staff_of_an_organization(span: Span, iso: str | None) -> bool:
    """"Kestrel Bank's Tom Hale said", "the Fabian Society's Ann Ruiz": a full name right after an
    organisation's possessive (_written_as_a_full_name) is one of its people. Of 77 such names in
    the BBC and Wikinews articles outside NewsGold, all people, the model read 10 as a firm, a
    place or nothing (and the possessive then made them products)."""
    start = span.start
    return (not iso and start > 1 and span.doc[start - 1].lower_ in POSSESSIVES
            and (by_organization(span.doc[start - 2]) or by_organization(span.doc[start - 1]))
            and _written_as_a_full_name(span))


CUES = (
    Cue("apposition-role", PERSON, STRONG, appositive_roles),
    Cue("apposition-product", PRODUCT, STRONG, appositive_products),
    Cue("organisation-name-ending", ORGANIZATION, NAME_ENDING, organization_name_ending),
    Cue("club-name-opening", ORGANIZATION, NAME_ENDING, club_name_opening),
    Cue("team-sheets-club", ORGANIZATION, NAME_ENDING, a_team_sheets_club),
    Cue("a-plural-no-person-bears", ORGANIZATION, PLURAL_ENDING, a_plural_no_person_bears),
    Cue("model-word-ending", PRODUCT, NAME_ENDING, model_word_ending),
    Cue("event-name-ending", EVENT, NAME_ENDING, event_name_ending),
    Cue("a-named-day", EVENT, NAME_ENDING, a_named_day),
    Cue("place-name-ending", PLACE, NAME_ENDING, place_name_ending),
    Cue("county-name", PLACE, OWNER - 1, county_name),
    Cue("owns-an-artefact", ORGANIZATION, OWNER, owns_an_artefact),
    Cue("made-by-an-organisation", PRODUCT, STRONG, made_by_an_organization),
    Cue("called-a-product", PRODUCT, STRONG, called_a_product),
    Cue("named-by-its-maker", PRODUCT, STRONG, named_by_its_maker),
    Cue("lets-people-do", PRODUCT, NAME_ENDING, lets_people_do),
    Cue("names-the-product-noun", PRODUCT, OWNER, names_the_product_noun),
    Cue("names-an-owned-product", PRODUCT, STRONG, names_an_owned_product),
    Cue("named-as-a-product", PRODUCT, OWNER, named_as_a_product),
    Cue("shaped-like-a-product", PRODUCT, OWNER, shaped_like_a_product),
    Cue("version-number", PRODUCT, NAME_ENDING, version_numbered),
    Cue("model-number-first", PRODUCT, NAME_ENDING, model_number_first),
    Cue("numbered-work", PRODUCT, NAME_ENDING, numbered_work),
    Cue("joined-words", ORGANIZATION, OWNER, joined_words),
    Cue("stock-index", PRODUCT, STRONG, stock_index),
    Cue("honorific", PERSON, STRONG, honorific_before),
    Cue("party-name", ORGANIZATION, STRONG, party_name),
    Cue("group-of-countries", ORGANIZATION, STRONG, group_of_countries),
    Cue("award", EVENT, STRONG, award_name),
    Cue("games-adjective", EVENT, STRONG, games_adjective),
    Cue("age-or-birth", PERSON, STRONG, age_or_birth),
    Cue("holds-a-role", PERSON, STRONG, holds_a_role),
    Cue("owns-a-home", PERSON, OWNER, owns_a_home),
    Cue("owns-a-life", PERSON, OWNER, owns_a_life),
    Cue("where-someone-lives", PLACE, STRONG, where_someone_lives),
    Cue("elected-for", PLACE, STRONG, elected_for),
    Cue("a-seat", PLACE, STRONG, a_seat),
    Cue("seat-of-a-peer", PLACE, STRONG, seat_of_a_peer),
    Cue("employer", ORGANIZATION, OWNER, employer),
    Cue("owns-a-firms-part", ORGANIZATION, OWNER, owns_a_firms_part),
    Cue("bought-or-merged", ORGANIZATION, OWNER, bought_or_merged),
    Cue("described-as-a-firm", ORGANIZATION, OWNER, described_as_a_firm),
    Cue("parent-of-someone", PERSON, STRONG, parent_of_someone),
    Cue("among-people", PERSON, STRONG, among_people),
    Cue("among-firms", ORGANIZATION, OWNER, among_firms),
    Cue("among-products", PRODUCT, OWNER, among_products),
    Cue("plural-verb", ORGANIZATION, OWNER, takes_a_plural_verb),
    Cue("was-born", PERSON, STRONG, was_born),
    Cue("in-a-team-sheet", PERSON, STRONG, in_a_team_sheet),
    Cue("a-work", PRODUCT, NAME_ENDING, a_work),
    Cue("town-of-a-region", PLACE, STRONG, town_of_a_region),
    Cue("based-there", PLACE, STRONG, based_there),
    Cue("home-nation", PLACE, OWNER, a_home_nation),
    Cue("district", PLACE, 2 * STRONG, district),
    Cue("firm-of-a-person", ORGANIZATION, OWNER, firm_of_a_person),
    Cue("firm-of-a-trade", ORGANIZATION, OWNER, firm_of_a_trade),
    Cue("has-a-branch", ORGANIZATION, OWNER, has_a_branch),
    Cue("names-a-program", PRODUCT, PLURAL_ENDING, names_a_program),
    Cue("named-like-a-body", ORGANIZATION, NAME_ENDING, named_like_a_body),
    Cue("named-group", ORGANIZATION, STRONG, named_group),
    Cue("band-of-a-member", ORGANIZATION, STRONG, band_of_a_member),
    Cue("club-of-a-player", ORGANIZATION, STRONG, club_of_a_player),
    Cue("named-like-a-person", PERSON, OWNER, named_like_a_person),
    Cue("staff-of-an-organisation", PERSON, OWNER, staff_of_an_organization),
)
# (what votes reads of each cue, unpacked once: it asks every cue of every mention)
_TESTS = tuple((cue.test, cue.cls, cue.weight) for cue in CUES)


# ---- what the cues ask of the parse

# Plural nouns whose examples are products: devices, vehicles and works (not brands, services,
# sites or engines, examples of which are as often the firms: "search engines such as Zorbit";
# nor "titles", which a champion wins too).
LISTED_PRODUCT_NOUNS = (DEVICE_NOUNS | WORK_NOUNS | {"game", "software", "program", "programme", "browser",
                                                    "app", "application", "vehicle", "drug", "product", "gadget",
                                                    "device"}) - {"player"}
# What only a person has, in the singular: a relative, a death, memoirs.
PERSONS_OWN = (RELATIVES | {"death", "funeral", "birthday", "autobiography", "memoir", "memoirs", "obituary",
                            "girlfriend", "boyfriend", "fiancée", "murder", "assassination", "biography"}) \
    - {"parent", "ancestor", "descendant"}  # (a firm's "parent", a language's "descendant")
# Plural forms a singular name takes when it names a body: "Kestrelton are", "Vantor have".
PLURAL_FORMS = frozenset({"are", "were", "have"})
# Nouns of works and products, which name a thing and no body: "the movie Vantor Days".
NAMED_THINGS = WORK_NOUNS | PRODUCT_NOUNS
# What a device plays: "media players", "DVD players".
PLAYED_MEDIA = frozenset({"media", "mp3", "dvd", "cd", "music", "video", "audio", "blu-ray"})


def person_role(noun: Token) -> bool:
    """A common noun for what only a person is: "singer", "songwriter", not "maker" or "leader"."""
    word = lemma(noun).lower()
    if _hyphened(noun) in HYPHENED_POSITIONS:
        return True  # "fly-half Ann Ruiz", "full-back Tom Hale" (the tagger may call "back" an adverb)
    if noun.pos_ != "NOUN" or word in ORGANISATIONS_TOO or word in ORG_NOUNS:
        return False
    # (a device or a program is named with the same endings: "browser", "printer", "router")
    return word in ROLE_NOUNS or (agent_shaped(word) and word not in THINGS)


def _hyphened(word: Token) -> str:
    """The word and the one before it that a hyphen joins it to, in lower case: "full-back" for the
    "back" of "full-back" (else the word alone)."""
    doc, i = word.doc, word.i
    if i > 1 and joining_hyphen(doc[i - 1]):
        return f"{doc[i - 2].lower_}-{word.lower_}"
    return word.lower_


def said_to_hold_a_role(span: Span) -> bool:
    """The subject of "is/was a <role>" ("Proctor is an American country music artist") or of a verb
    "as <role>", or a name
    a role noun stands right before ("American singer-songwriter Christina Aguilera"). Only
    common nouns count: "Star Wars" is not a star."""
    root = span.root
    # "Ann C. Ruiz arrived at Nordwind Group as its new chief executive" (not "Vantor appointed Tom
    # Hale as manager": the role is the object's)
    verb = root.head
    as_role = root.dep == nsubj and any(
        person_role(p) for prep in children(verb) if prep.dep_ == "prep" and prep.lower_ == "as"
        for p in children(prep) if p.dep_ == "pobj") and lemma(verb).lower() not in APPOINTING_VERBS
    # (a role in the plural said of one name is a firm's: "Vantor Lynch are joint bookrunners")
    return as_role or any(person_role(attr) and (attr.tag_ != "NNS" or root.conjuncts)
                          for attr in copula_attrs(root)) or any(
        c.i < span.start and c.dep_ == "compound" and person_role(c) and not _a_firm_of(c, span)
        for c in children(root))


def _a_firm_of(role: Token, span: Span) -> bool:
    """"analysts Gartner", "consultants Booz Allen", "show organisers, the KEA": a plural role
    right before one name (or before "the" and the name) names a firm or a body of such people
    ("actors Ann Ruiz, Tom Hale and Li Wei" are a list of people, however parsed; "one of Vantor's
    lawyers, Ann Ruiz" is one of them; in "campaigners Zorbit Watch and the borough of Harlow" no
    second name is listed)."""
    doc, end = span.doc, span.end
    listed = end + 1 < len(doc) and doc[end].lower_ in {"and", "&", ","} and doc[end + 1].pos_ == "PROPN"
    between = [t.lower_ for t in doc[role.i + 1:span.start]] if role.i < span.start else None
    return role.tag_ == "NNS" and between in ([], ["the"], [",", "the"]) and not listed \
        and not any(c.pos_ == "PROPN" for c in span.root.conjuncts)


def employs(root: Token, premodifier: bool = True) -> bool:
    """Whether the name is the organisation of a role only organisations have: "Visible Path's
    chief executive", "founder of Barrick Gold", and unless the model read a place ("Texas oil
    executive"), "Pepco executive Sharon Pratt Dixon"."""
    deps = {"poss", "compound", "nmod"} if premodifier else {"poss"}
    if root.dep_ in deps and root.head.pos_ == "NOUN":
        # (the parser hangs a name on a role loosely too, "nmod": only a name right before the
        # role's own words, set before its holder's name, is its organisation, "Vantor deputy chief
        # executive Ann Ruiz"; not "Ann Ruiz - but managing director ...", nor "Ann and Tom
        # executive producer ...", nor the holder in "Vantor named Ann Ruiz chief executive")
        role = written_word_end(root.head)  # ("Vantor co-founder": the name hangs on "co")
        return lemma(role).lower() in EMPLOYER_ROLES and (
            root.dep_ != "nmod" or root.i < role.i and role.dep_ == "compound" and role.head.ent_type_ == "PERSON"
            and all(t.is_lower and t.is_alpha and root.i < t.head.i <= role.i and t.dep_ in {"amod", "compound", "nmod"}
                    for t in root.doc[root.i + 1:role.i]))
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in {"of", "at"} and prep.head.pos_ == "NOUN"
            and lemma(prep.head).lower() in EMPLOYER_ROLES and not _after_a_field(root))


def _after_a_field(root: Token) -> bool:
    """"director of rugby Tom Hale", "head of marketing Ann Ruiz": a person's full name after a
    common noun the parser hangs on it is the holder's, the noun the field the role is of (not
    "analyst at fund manager Kestrel Advisors", nor "chairman of software firm Zorbit")."""
    words = [t for t in root.subtree if t.i <= root.i]
    name = [t for t in words if t.pos_ == "PROPN" and t.is_title]
    return len(name) >= 2 and any(c.dep_ == "compound" and c.is_lower and c.is_alpha for c in children(root)) \
        and _written_as_a_full_name(root.doc[name[0].i:root.i + 1])


def works_at(root: Token) -> bool:
    """"Ann Ruiz, chief security architect at Vantor", "Tom Hale, head of research at Kestrel": the
    name after "at" in a role set beside a person is where the person works (not "of": "mayor of
    Leeds")."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at" or prep.head.pos_ != "NOUN":
        return False
    noun = prep.head
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ == "NOUN":
        noun = noun.head.head  # "head of equity research at ...": the role is "head"
    return noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" and (
        person_role(noun) or lemma(noun).lower() in ROLE_NOUNS)


def named_organization(root: Token) -> bool:
    """"the packaging company Tetra Pak", "the bank MBNA": a common noun of organisations names it."""
    # a common noun, not a name's last word: in "the chief executive of Nordwind Bank, Karl
    # Berg" the appositive is the bank's chief
    # (not a rival, said of people and products as well: "Ann Ruiz, his rival", "its Z7 rival - the
    # Z9"; where "his old club Kestrel" is a club's)
    if (root.dep_ == "appos" and root.head.i < root.i and root.head.pos_ == "NOUN"
            and (noun := lemma(root.head).lower()) in ORG_NOUNS and noun not in RIVAL_NOUNS):
        return True
    # "the bank MBNA" (a compound with its article), not "bank Barclays" in a headline; or with the
    # nation the noun is of, article or not: "US operator Lumen Wireless" ("British broadcaster"
    # or "French rival" may be a person's)
    described = [c for c in children(root) if c.dep_ == "compound" and c.pos_ == "NOUN" and lemma(c).lower() in ORG_NOUNS]
    return any(d.dep_ == "det" for d in children(root)) and bool(described) or any(
        lemma(c).lower() not in ORGANISATIONS_TOO | PEOPLE_TOO and (_of_a_nation(c) or _of_a_trade(c))
        or _a_maker_of_goods(c) for c in described)


# Goods only firms make: "car maker", "chip maker" (not "film maker" nor "policy maker", people,
# nor "games maker", said of a game's designer as well).
MADE_GOODS = PRODUCT_NOUNS - WORK_NOUNS - {"game"}


def _a_maker_of_goods(noun: Token) -> bool:
    """"British car maker Vantor", "chip maker Kestrel": a maker of goods is a firm (a "maker"
    alone may be a person: "the maker of the film")."""
    return lemma(noun).lower() == "maker" and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and lemma(c).lower() in MADE_GOODS for c in children(noun))


def _of_a_nation(noun: Token) -> bool:
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.ent_type_ in {"GPE", "NORP"} for c in children(noun))


def _of_a_trade(noun: Token) -> bool:
    """"toy retailer Kestrel", "security firm Vantor", "anti-virus firm Zorbit", "online retailer
    Kestrel": the trade said as well, as a noun or an adjective, article or not."""
    return lemma(noun).lower() in FIRM_NOUNS and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" or c.dep_ == "amod" and c.pos_ == "ADJ" for c in children(noun))


def relative_of(root: Token) -> bool:
    """Whose son, daughter or widow someone is: "a son of Ruth and Karl Berg"."""
    root = first_conjunct(root)
    prep = root.head
    if not (root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"
            and lemma(prep.head).lower() in RELATIVES):
        return False
    # "the daughter of X", not "Her nephew, Tom Berg, of Newport", where the parser
    # hangs the town on "nephew"
    deps = {c.dep_ for c in children(prep.head)}
    return "det" in deps and not deps & {"poss", "appos"}


def listed_among_people(root: Token) -> bool:
    """A name given as an example of a plural noun for people: "Hollywood stars, including Cate
    Blanchett, Leonardo DiCaprio, Keanu Reeves and Richard Gere", "stars like Keanu Reeves"."""
    group = _group_listed_in(root)
    return group is not None and lemma(group).lower() in PEOPLE_GROUPS


def listed_among_firms(root: Token) -> bool:
    """A name given as an example of a plural noun for firms: "carmakers, including Kestrel and
    Vantor", "companies such as Zorbit"."""
    group = _group_listed_in(root)
    return group is not None and lemma(group).lower() in FIRM_NOUNS


def listed_among_products(root: Token) -> bool:
    """A name given as an example of a plural noun for devices, vehicles or works: "cars such as
    the Zephyr", "media players, including the Lumo". Not a bare "players" (of a team), nor what
    firms are as often as their products: brands, services, sites, search engines, models."""
    group = _group_listed_in(root)
    if group is None:
        return False
    word = lemma(group).lower()
    if word == "player":  # "media players", "MP3 players" (not "key players", "technology players")
        return any(c.dep_ == "compound" and c.lower_ in PLAYED_MEDIA for c in children(group))
    return word in LISTED_PRODUCT_NOUNS


def _group_listed_in(root: Token) -> Token | None:
    """The plural noun a name (or a list of names) is given as an example of, after "including",
    "like" or "such as"; after ", including", the plural right before the comma, wherever the
    parser hung the example ("Sales fell at retailers, including ...": on "Sales")."""
    root = first_conjunct(root)
    if root.dep_ == "nmod" and root.head.dep_ == "pobj" and any(c.dep_ == "cc" for c in children(root)):
        root = root.head  # "including Kestrel Hale and Zorbit Labs": the parser hangs the first name on the second
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"including", "like", "as"}:
        return None
    if prep.lower_ == "as" and not (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"):
        return None
    group = prep.head
    doc = prep.doc
    if prep.lower_ == "including" and prep.i > 1 and doc[prep.i - 1].text == "," and doc[prep.i - 2].tag_ == "NNS":
        group = doc[prep.i - 2]
    return group if group.tag_ == "NNS" else None


def organization_of_a_person(root: Token) -> bool:
    """"<name> of <name>": what follows a person's name after "of" is where they work, so a
    company named like a person ("Proenza Schouler") is one."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "of" or prep.i != root.left_edge.i - 1:
        return False
    return prep.head.ent_type_ == "PERSON" and prep.head.i == prep.i - 1

# Words that, followed by "for" or "on", make a name a body's: "Center for Strategic and
# International Studies", "Council on Foreign Relations" (not "Rockefeller Center").
BODY_WORDS = {"center", "centre", "institute", "council", "committee", "foundation", "office", "bureau",
              "commission", "coalition", "alliance", "society", "fund", "project"}


def named_as_body(span: Span) -> bool:
    words = tokens(span.doc)[span.start:span.end]
    return any(t.lower_ in BODY_WORDS and nxt.lower_ in {"for", "on"} for t, nxt in zip(words, words[1:]))


def by_organization(token: Token) -> bool:
    return token.ent_type_ == "ORG" and token.ent_iob_ in {"B", "I"}


def made_by_organization(span: Span) -> bool:
    """"Sony's PSP", "Apple unveiled the iPod", "the iPod, made by Apple": the thing an organisation
    owns by name, launches or makes is a product, whatever the model tagged it; not an undertaking
    it runs ("Vantor launched the Zorbit Project": UNDERTAKING_ENDINGS)."""
    if len(span) > 1 and span[-1].lower_ in UNDERTAKING_ENDINGS:
        return False
    root = span.root
    # "Apple, makers of the iPod", "the company behind the Zeta player" (a person's name only before
    # a noun of the thing: "the firm behind Ann Ruiz" may be her agent)
    thing = compound_head(root)
    if (firm := maker_said_of(thing)) is not None and by_organization(firm) \
            and (span.label_ != "PERSON" or thing.i != root.i):
        return True
    if span.label_ == "PERSON" and not _shaped_like_a_model(span):
        return False  # "Microsoft's Bill Gates": people are possessed too (not "Vantor's ZephyrBox 2")
    # (an owner outside the name: "the Women's Tennis Association" owns nothing of its own name)
    owner = next((c for c in children(root) if c.dep == poss and c.i < span.start and by_organization(c)), None)
    if owner is not None and not _a_part_or_short_name(span) and not _said_a_firm_between(span, owner):
        return not _written_as_a_full_name(span)  # (whatever the model read the person as)
    verb = root.head
    if (root.dep == dobj or root.dep == nsubjpass) and lemma(verb) in MAKER_VERBS:
        if any(c.dep_ == "nsubj" and by_organization(antecedent(c)) for c in children(verb)):
            return True  # ("Kestrel Studios, which produced Zorbit")
        if any(c.dep_ == "agent" and any(by_organization(p) for p in children(c)) for c in children(verb)):
            return True
    # "the iPod, made by Apple"; "Zeta Racer is a game series created and produced by Sega"
    return any(by_organization(pobj) for noun in [root, *copula_attrs(root)] for _cue, pobj in makers_named(noun))


def _written_as_a_full_name(span: Span) -> bool:
    """"Kestrel Bank's Tom Hale", "the Fabian Society's Ann Ruiz": two or three capitalised words
    opening with a given name are written as a person's name, whatever the model read them as: of
    a firm's people news names far more than its products (staff_of_an_organization)."""
    words = _name_words(span)
    if words is None or words[0] in NOT_GIVEN_HERE or words[-1].lower() in ORG_ENDINGS:
        return False
    if span[0].is_stop or span.end < len(span.doc) and span.doc[span.end].like_num:
        return False  # "The Osbournes", "Media Player 10"
    first = words[0].split("-")[0]
    # (a given name of another country's only with a surname that is no English word either: not
    # "Falcon Group", "Media Player")
    vocab = span.doc.vocab
    return given_name(first) or (known_given_name(first) and english_word(first, vocab) is False
                                 and english_word(words[-1], vocab) is False)


def _said_a_firm_between(span: Span, owner: Token) -> bool:
    """"Vantor's European rival Kestrel", "Vantor's carmaker Kestrel": a word between the owner and
    the name says the name is a firm, not a thing the owner makes."""
    return any(lemma(t).lower() in RIVAL_NOUNS | ORG_NOUNS for t in span.doc[owner.right_edge.i + 1:span.start])


def _shaped_like_a_model(span: Span) -> bool:
    """A number in the name, or words joined with a capital inside ("ZephyrBox", "iZephyr"): no
    person's name is written so, "McDonald" and its like aside."""
    return numbered_or_camel(span) or any(JOINED_WORDS.fullmatch(t.text) and not NAME_PARTICLES.fullmatch(t.text)
                                          for t in span)


# Last words of the names of bodies a place or an organisation has, which are no products of it:
# "Kestrel's Vantor University", "the party's Zorbit Society", "Ann Ruiz's Zorbit Holdings"
OWNED_BODY_ENDINGS = ORG_SUFFIXES | {"university", "society", "association", "union", "federation", "fund", "trust",
                                    "party", "labs"}


def _a_part_or_short_name(span: Span) -> bool:
    """What an organisation owns by name that is no product: a part of it ("the party's National
    Executive", "the firm's Research Centre", "the agency's Office of Drug Safety"), a body of its
    own ("the party's Zorbit Society", "the city's Vantor University"), an event it holds ("the
    firm's Developers Conference"; not a "show", which may be its programme), or its own short name
    in brackets, which the parser hangs on the name as a possessive ("Data Services' (DS)"). (Not
    one word "Office": "Vantor's Office" may be its software.)"""
    last = span[-1].lower_
    return (last in UNIT_NAME_ENDINGS or last in OWNED_BODY_ENDINGS or (last == "office" and len(span) > 1)
            or (len(span) > 2 and span[1].lower_ in {"of", "for"} and span[0].lower_ in UNIT_NAME_ENDINGS | {"office"})
            or (last in EVENT_NAME_ENDINGS and last != "show")
            or (span.start > 0 and span.doc[span.start - 1].text == "("))


def described_as_product(span: Span) -> bool:
    return any(lemma(n).lower() in PRODUCT_NOUNS and lemma(n).lower() not in ROLE_NOUNS for n in _appositives(span))
