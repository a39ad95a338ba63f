"""Where organizations are based: "California-based Apple", "Acme, based in Oslo", "headquartered in",
"NRC headquarters in Rockville, Md.", and a nation named in the name ("the Haitian Parliament")."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..lang.en import countries
from ..lang.en.lexicon import BASED_WORDS, ORG_NOUNS, PRODUCT_NOUNS
from ..model import BASED_IN, COUNTRY, LOCATED_IN, ORGANIZATION, PLACE, EntityRef, Fact
from ..nlp import children, lemma, span_text, words_in
from ..nlp.syntax import one_of_a_pair, relative_of_its_head, what_is_based
from .base import Context

HEADQUARTERS = {"headquarters", "hq", "head office", "headoffice"}
# Words that make a region of what follows them: "North America", "Latin America", "Central Africa"
REGION_WORDS = frozenset({"north", "south", "east", "west", "latin", "central", "northern", "southern", "eastern",
                          "western"})


def _place(ctx: Context, token: Token) -> EntityRef | None:
    ref = ctx.entity(token)
    return ref if ref and ref.cls in {PLACE, COUNTRY} else None


def _org(ctx: Context, token: Token) -> EntityRef | None:
    ref = ctx.entity(token)
    return ref if ref and ref.cls == ORGANIZATION else None


def _places_in(ctx: Context, prep: Token) -> list[EntityRef]:
    """The places a preposition leads to, with the region after a comma: "in Rockville, Md."."""
    out = []
    for pobj in children(prep):
        if pobj.dep_ != "pobj":
            continue
        for tok in (pobj, *[c for c in children(pobj) if c.dep_ in {"appos", "npadvmod", "conj"}]):
            place = _place(ctx, tok)
            if place and place not in out:
                out.append(place)
    return out


def _headquarters(ctx: Context) -> Iterator[Fact]:
    """"NRC headquarters in Rockville", "Sony's headquarters in Tokyo"."""
    for noun in words_in(ctx.doc, HEADQUARTERS):
        org = next((_org(ctx, c) for c in children(noun) if c.dep_ in {"compound", "poss", "nmod"} and _org(ctx, c)), None)
        if org is None and any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in children(noun)):
            # "Sony has its headquarters in Tokyo"
            org = next((_org(ctx, c) for c in children(noun.head) if c.dep_ == "nsubj" and _org(ctx, c)), None)
        if org is None:
            continue
        preps = [c for c in children(noun) if c.dep_ == "prep"]
        # "Sony's headquarters, located in Tokyo"
        preps += [p for c in children(noun) if c.dep_ == "acl" and lemma(c).lower() in {"locate", "situate", "base"}
                  for p in children(c) if p.dep_ == "prep"]
        after = ctx.doc[noun.i + 1] if noun.i + 1 < len(ctx.doc) else None
        if after is not None and after.dep_ == "prep" and after not in preps:
            preps.append(after)  # the parser often hangs "in Rockville" on an earlier noun
        for prep in preps:
            if prep.lower_ in {"in", "at"}:
                for place in _places_in(ctx, prep):
                    yield Fact(BASED_IN, org, place, None, ctx.evidence(noun, "based-headquarters", 0.85))


def _nation_in_name(ctx: Context) -> Iterator[Fact]:
    """"the Haitian Parliament", "the Bulgarian Socialist Party", "the U.S. Congress": an
    organization whose name opens with a nation belongs there, when the article names that country;
    one whose name ends with a country or a home nation ("the Bank of Canada", "BBC Scotland") too."""
    countries_named = {ref.name: ref for ref in ctx.resolution.entities if ref.cls == COUNTRY}
    # the home nations read inside names (kg.mentions.resolve._countries_in_names), by where they end
    nations_ending: dict[int, list[tuple[Span, EntityRef]]] = {}
    for place, ref in ctx.mentions_of(PLACE):
        if ref.name.casefold() in countries.HOME_NATIONS:
            nations_ending.setdefault(place.end, []).append((place, ref))
    # and the countries, read there too (a word of two names is the longer one's: ctx.entity
    # gives the organisation)
    countries_ending = {place.end: (place, ref) for place, ref in ctx.mentions_of(COUNTRY)}
    for span, org in ctx.mentions_of(ORGANIZATION):
        if len(span) < 2 or _posted_abroad(span):
            continue
        first, last = span[0], span[-1]
        # "the Scottish Prison Service": in Scotland, when the article names it (not a team of two
        # nations: "the British and Irish Lions")
        home = countries.HOME_NATION_DEMONYMS.get(first.lower_)
        paired = one_of_a_pair(first)
        if home is not None and (nation := EntityRef(PLACE, home)) in ctx.resolution.entities and not paired:
            yield Fact(BASED_IN, org, nation, None, ctx.evidence(first, "based-nation-in-name", 0.7))
            continue
        code = countries.demonym(first.text) or countries.lookup(first.text)
        if code and countries.label(code) in countries_named and not paired:
            yield Fact(BASED_IN, org, countries_named[countries.label(code)], None,
                       ctx.evidence(first, "based-nation-in-name", 0.7))
        # "the Supreme Court of Canada": resolution read the country at the end of the name
        place, country = countries_ending.get(span.end, (None, None))
        if country is not None and span.start < place.start and country != org and any(t.lower_ == "of" for t in span):
            yield Fact(BASED_IN, org, country, None, ctx.evidence(last, "based-nation-in-name", 0.7))
        elif countries_named and (ending := _country_ending(span)) is not None and ending in countries_named:
            # "Air Zephyria", "Vantor UK": a national airline, a firm's arm in a country
            yield Fact(BASED_IN, org, countries_named[ending], None, ctx.evidence(last, "based-nation-in-name", 0.7))
        # "the Bank of England", "BBC Scotland": and a home nation, a mention of its own inside the
        # name's (the name's own tokens may be read as the organisation: ctx.entity cannot tell)
        nation = next((ref for place, ref in nations_ending.get(span.end, ()) if span.start < place.start), None)
        if nation is not None:
            yield Fact(BASED_IN, org, nation, None, ctx.evidence(last, "based-nation-in-name", 0.7))


# Last words of the names of a nation's missions abroad: "the Zorbian Embassy" stands in another
# country, the one its name says it represents no more than where it is
MISSION_ENDINGS = frozenset({"embassy", "consulate", "legation"})


def _posted_abroad(span: Span) -> bool:
    """A mission abroad: "the U.S. Embassy", "the British Consulate", "the Indian High Commission"."""
    last = span[-1].lower_
    return last in MISSION_ENDINGS or last == "commission" and span[-2].lower_ == "high"


def _country_ending(span: Span) -> str | None:
    """The country (its label) that the last words of an organisation's name write ("Air Zephyria",
    "Vantor UK", "Kestrel South Africa"), else None. Not after a preposition ("Campaign for
    Britain", "The Plot Against Zephyria" name a cause or a title; after "of", the branch above
    asks resolution), nor after "and" ("Britain and Ireland" are two), nor a region's first word
    ("Vantor North America": a continent, whose last word is a country's name too)."""
    for k in (3, 2, 1):
        if len(span) <= k:
            continue
        code = countries.lookup(span_text(span.doc, span.end - k, span.end))  # (the words read once)
        if code:
            before = span[-k - 1]
            if before.pos_ == "ADP" or before.lower_ in {"and", "&", "-"} or before.lower_ in REGION_WORDS:
                return None
            return countries.label(code)
    return None


def _parts_of_countries(ctx: Context) -> Iterator[Fact]:
    """England, Scotland, Wales, Northern Ireland: places in the United Kingdom; Hong Kong, Puerto
    Rico, Greenland: places in their sovereign state; where the article names that state too (a fact
    needs both of its ends among the article's entities)."""
    states: dict[str, EntityRef] = {}
    for ref, code in ctx.resolution.iso_codes.items():
        states.setdefault(code, ref)
    for span, ref in ctx.mentions_of(PLACE):
        code = countries.sovereign(ref.name)
        if code in states:
            rule = "located-home-nation" if ref.name.casefold() in countries.HOME_NATIONS else "located-territory"
            yield Fact(LOCATED_IN, ref, states[code], None, ctx.evidence(span.root, rule, 0.95))


def _a_product_noun(noun: Token) -> bool:
    word = lemma(noun).lower()
    return noun.pos_ == "NOUN" and word in PRODUCT_NOUNS and word not in ORG_NOUNS


def extract(ctx: Context) -> Iterator[Fact]:
    yield from _headquarters(ctx)
    yield from _nation_in_name(ctx)
    yield from _parts_of_countries(ctx)
    doc = ctx.doc
    for tok in words_in(doc, BASED_WORDS):
        # "California-based Apple", "Los Angeles based Northrop": the place is written onto "based",
        # which modifies the org.
        before = tok.i - 2 if tok.i >= 2 and doc[tok.i - 1].text == "-" else tok.i - 1
        if before >= 0 and (before == tok.i - 2 or _place(ctx, doc[before])):
            place = _place(ctx, doc[before])
            # the organisation is what "based" describes: "the Oslo-based maker Acme"; in "the
            # machines were Windows based" it describes no organisation, whatever the clause holds
            head = what_is_based(tok)
            # (not the other items of a list the noun opens, nor what a relative clause on the noun
            # names: "Kestrel, the Leeds-based group which controls Vantor", where "a Leeds-based
            # group called Kestrel" names the group itself; and no organisation at all
            # when the noun is a product's: "the Windows-based Zephyr player, the Kestrel Yepp and ...")
            listed = {t.i for c in children(head) if c.dep_ in {"conj", "relcl"} for t in c.subtree}
            # (nor the owner of what it describes: "Kestrel's Paris-based unit", "Kestrel's Paris-based
            # affiliate Vantor Group" are the unit's and Vantor's places)
            listed |= {t.i for c in children(head) if c.dep_ == "poss" for t in c.subtree}
            org = next((_org(ctx, t) for t in [head, *head.subtree] if t.i not in listed and _org(ctx, t)), None) \
                if head.pos_ in {"NOUN", "PROPN"} and not _a_product_noun(head) else None
            # "Vantor, a Leeds-based firm": the organisation the described noun stands beside
            # (a noun of organisations: "a UK-based pilot scheme" names no firm)
            if org is None and head.dep_ == "appos" and lemma(head).lower() in ORG_NOUNS:
                org = _org(ctx, head.head)
            # (or took "based" for a verb with the organisation as its object)
            org = org or next((_org(ctx, c) for c in children(tok) if c.dep_ == "dobj" and _org(ctx, c)), None)
            if place and org:
                yield Fact(BASED_IN, org, place, None, ctx.evidence(tok, "based-compound", 0.85))
            continue
        # "Acme, based in Oslo" / "Acme is headquartered in Oslo"
        places = [_place(ctx, q) for prep in children(tok) if prep.dep_ == "prep" and prep.lower_ in {"in", "at"}
                  for p in children(prep) if p.dep_ == "pobj" for q in (p, *p.conjuncts)]  # "in London and Hong Kong"
        places = [p for p in places if p]
        if not places:
            continue
        org = _org(ctx, tok.head) if tok.dep_ in {"acl", "amod"} else None
        if org is None and relative_of_its_head(tok):  # "Vantor, which is based in Leeds"
            org = _org(ctx, tok.head)
        if org is None:
            org = next((_org(ctx, c) for c in children(tok) if c.dep_ in {"nsubj", "nsubjpass"} and _org(ctx, c)), None)
        if org:
            for place in places:
                yield Fact(BASED_IN, org, place, None, ctx.evidence(tok, "based-in", 0.85))
