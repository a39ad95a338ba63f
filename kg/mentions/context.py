"""What the words around a name say of it: a region after a town, an age, a hometown, a birth date.

Cues read from punctuation and word order as much as from the parse, which often misses them in
datelines, captions and police copy.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from ..lang.en import countries, regions
from ..lang.en.lexicon import SPORT_WORDS
from ..nlp import children, per_doc, span_text, texts, tokens

# What may follow "Town, Region" when the region ends the place name (not "Finland's", "Japan-based").
PLACE_END = {",", ".", "(", ")", ";", ":", "--", "—", "–", "\n"}


def sports_report(sent: Span, besides: int | None = None) -> bool:
    """A sentence about a match: its countries are national teams ("Scotland 17-18 Italy").
    ``besides``: a word of the sentence not to count ("game", whose reading is asked)."""
    return any(t.lower_ in SPORT_WORDS and t.i != besides or (t.like_num and "-" in t.text) for t in sent) or any(
        t.like_num and t.i + 2 < len(sent.doc) and sent.doc[t.i + 1].text == "-" and sent.doc[t.i + 2].like_num
        for t in sent)


def home_nation(span: Span) -> bool:
    """"England and Wales": a nation of the United Kingdom, a place of its own (the model often
    reads it as an organisation), unless the sentence reports a match, where it names a team."""
    return span_text(span.doc, span.start, span.end).casefold() in countries.HOME_NATIONS and not sports_report(span.sent)


# What a place lies to, or is, when "of" names it: "east of Vantor City", "the resort of Zorbit City".
WHERE_OF = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                      "town", "city", "village", "resort", "suburb", "outskirts", "port"})


def city_of_a_region(span: Span) -> bool:
    """"New York City", "Kansas City", "Mexico City": a city named after its state or country,
    where "Manchester City" is a club; and any "... City" one lives or works in ("an art adviser
    in Long Island City"), or that lies somewhere or is a town of a kind ("east of Vantor Lake
    City", "the resort of Zorbit City"), where a club is played for."""
    if span[-1].lower_ != "city":
        return False
    rest = span[:-1].text
    root = span.root
    prep = root.head
    located = root.dep_ == "pobj" and (prep.lower_ in {"in", "near", "outside"} or prep.lower_ == "of" and (
        prep.head.lower_ in WHERE_OF)) and not any(c.dep_ == "case" for c in children(root))  # not "in Manchester City's win"
    return located or bool(regions.state(rest) or countries.lookup(rest))


def district_of(span: Span) -> bool:
    """A one-word name set after "<place>, " at the end of a phrase names the larger place: "a
    florist in Park Slope, Brooklyn.", "Cafe Nord in Shadyside, Pittsburgh, once ...".
    Only one word after a place said with "in", so neither "the mayor of Boston, Thomas Menino"
    nor "the mayor of Boston, Menino" is a place; nor after a month or a day ("In November, Vantor,
    which ...": the parser tags "November" a proper noun)."""
    doc, i = span.doc, span.start
    if len(span) != 1 or i < 2 or doc[i - 1].text != "," or doc[i - 2].pos_ != "PROPN" \
            or doc[i - 2].ent_type_ in {"DATE", "TIME"}:
        return False
    place = doc[i - 2]
    while place.dep_ == "compound" and place.head.i > place.i:
        place = place.head
    # "in Cobble Hill, Brooklyn", and a hometown set off after a name: "Sheila Cecil, of Windsor
    # Terrace, Brooklyn"
    of_home = place.head.lower_ == "of" and place.head.i > 0 and doc[place.head.i - 1].text == ","
    if place.dep_ != "pobj" or not (place.head.lower_ in {"in", "near", "outside"} or of_home):
        return False
    return span.end == len(doc) or doc[span.end].text in PLACE_END or doc[span.end].is_sent_start


def region_at(doc: Doc, i: int) -> int | None:
    """Where a country or US state named at token ``i`` ends ("Iowa", "Md.", "Minn ." split by the
    tokenizer, "United States"), if the name ends a phrase there; else None."""
    words = texts(doc)
    if i >= len(doc) or not words[i][:1].isupper():
        return None  # every country and state name is capitalised: skip the lookups
    toks = tokens(doc)
    for n in (3, 2, 1):
        end = i + n
        if end > len(doc) or any(toks[k].is_punct and words[k] != "." for k in range(i, end)):
            continue
        text = span_text(doc, i, end)
        found = countries.lookup(text) or regions.state(text)
        if not found and n == 1 and i > 0 and words[i - 1] == "," and not a_degree(doc, i):
            found = regions.postal(text)  # "Sleepy Hollow, NY"
        if not found and end < len(doc) and words[end] == "." and regions.state(text, abbreviation=True):
            end, found = end + 1, True  # "Minn ." as the tokenizer split it
        if found and (end == len(doc) or words[end] in PLACE_END or toks[end].is_space or toks[end].is_sent_start):
            return end
    return None


# Postal codes of states that are degrees as well, written after a person's name: "Ann Ruiz, MD"
DEGREE_CODES = frozenset({"MD", "MA", "PA"})


def a_degree(doc: Doc, i: int) -> bool:
    """Whether the code at ``i`` after a comma is a degree after a person's name ("Ann Ruiz, MD,
    says ...", "Tom Hale, MA"), which the model reads as a state: health and science news write
    them after nearly every name they quote, and a name of two words or more the model read as a
    person's is no town's."""
    toks = tokens(doc)
    words = texts(doc)
    return words[i] in DEGREE_CODES and i >= 3 and words[i - 1] == "," and toks[i - 2].ent_type_ == "PERSON" \
        and toks[i - 3].ent_type_ == "PERSON" and toks[i - 2].ent_iob_ == "I"


def region_after(span: Span) -> int | None:
    """The end of a region named after "<span>, "; None when there is none."""
    doc = span.doc
    if span.end + 1 >= len(doc) or texts(doc)[span.end] != ",":
        return None
    return region_at(doc, span.end + 1)


def is_age(text: str) -> bool:
    return text.isdigit() and 0 < int(text) < 120


def age_after(span: Span) -> bool:
    """", 53," right after a name gives a person's age; not after a name with a number at its end
    that the model read as no person's: "Windows 95, 98, ME and XP" lists versions (a team sheet's
    "Ruiz 45, Hale 60" gives minutes, with the model's reading of people)."""
    doc, i = span.doc, span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text not in {",", "."}:
        return False
    if doc[i - 1].like_num and span.label_ != "PERSON":
        return False
    return is_age(doc[i + 1].text)


def hometown(span: Span) -> bool:
    """"Arshan Little, 19, of Jersey City": after a person's age, "of" gives where they live; and
    ", of Windsor Terrace, Brooklyn," after a name, where a larger place follows."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].text != ",":
        return False
    if i >= 4 and doc[i - 4].text == "," and is_age(doc[i - 3].text):
        return True
    after = span.end + 1
    return (doc[i - 3].ent_type_ == "PERSON" and after < len(doc) and doc[span.end].text == ","
            and (doc[after].ent_type_ == "GPE" or region_at(doc, after) is not None))


def born_after(span: Span) -> bool:
    """"(born ..." right after a name: a biography's opening."""
    doc, i = span.doc, span.end
    return i + 1 < len(doc) and doc[i].text == "(" and doc[i + 1].lower_ in {"born", "b.", "née", "nee"}


# A team sheet: names each followed by a bracket that holds the club ("Ann Ruiz (Harlow Rovers),
# Tom Hale (Kestrel, capt), Li Wei (Vantor)"); as many pairs in a row as this make one.
TEAM_SHEET_PAIRS = 3
# Tokens from one pair's closing bracket to the next one's opening that keep them in one list.
TEAM_SHEET_GAP = 8
# Tokens a bracket may hold (a longer one is a remark, no club).
BRACKET_TOKENS = 8


@per_doc
def bracket_runs(doc: Doc) -> list[list[tuple[int, int]]]:
    """The brackets (opening and closing) written right after a capitalised word, in runs of
    TEAM_SHEET_PAIRS or more, each less than TEAM_SHEET_GAP tokens after the one before: a team
    sheet, or a list of people with their organisations."""
    words, toks = texts(doc), tokens(doc)
    pairs = []
    for i, word in enumerate(words):
        if word != "(" or i == 0 or not (toks[i - 1].is_title or toks[i - 1].is_upper):
            continue
        close = next((k for k in range(i + 1, min(i + 1 + BRACKET_TOKENS, len(doc))) if words[k] == ")"), None)
        if close is not None and close > i + 1:
            pairs.append((i, close))
    runs: list[list[tuple[int, int]]] = []
    for pair in pairs:
        if runs and pair[0] - runs[-1][-1][1] <= TEAM_SHEET_GAP:
            runs[-1].append(pair)
        else:
            runs.append([pair])
    return [run for run in runs if len(run) >= TEAM_SHEET_PAIRS]


# The model's labels of places: a list of names before brackets mostly so is no list of people.
PLACE_LABELS_BEFORE = ("GPE", "LOC", "FAC")


@per_doc
def team_sheets(doc: Doc) -> list[list[tuple[int, int]]]:
    """The runs of brackets (bracket_runs) after two or more names the model read as people's and
    fewer it read as places': team sheets and lists of people with their organisations ("Ann Ruiz
    (Harlow Rovers), Tom Hale (Zorbit Wanderers, capt)"), not a list of places each with its own
    other name ("Harlow (Zorbit Valley), Leeds (Kestrel Dales)")."""
    sheets = []
    for run in bracket_runs(doc):
        before = [doc[opening - 1].ent_type_ for opening, _ in run]
        if before.count("PERSON") >= 2 and sum(before.count(label) for label in PLACE_LABELS_BEFORE) < before.count("PERSON"):
            sheets.append(run)
    return sheets


@per_doc
def team_sheet_openings(doc: Doc) -> frozenset[int]:
    """Where the brackets of the team sheets (team_sheets) open: what the finders and cues ask of
    one name after another."""
    return frozenset(opening for run in team_sheets(doc) for opening, _ in run)
