"""Entity mentions: the model's named entities, cleaned, with class votes from the text around them.

The small model often gets the class wrong ("Sora" as a person, "U.S." as an organisation); every
mention therefore carries votes, and resolution decides the class of a whole cluster of mentions.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .. import countries, regions
from ..lexicon import (
    AGENTIVE,
    AWARDS,
    EMPLOYER_ROLES,
    EVENT_NAME_ENDINGS,
    FAITHS,
    HEADLINE_WORDS,
    HOMES,
    HONORIFICS,
    MAKER_VERBS,
    NOT_ENTITIES,
    ORG_NAME_ENDINGS,
    ORG_NOUNS,
    ORGANISATIONS_TOO,
    PARTY_ALIASES,
    PEOPLE_GROUPS,
    PLACE_TITLES,
    POSITION_TITLES,
    PRODUCT_NOUNS,
    RELATIVES,
    RESIDENT_NOUNS,
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
# Labels under which a country name is taken for a country whatever the model said (a headline
# "England 17-18 France" is an event whose last word is still the country).
COUNTRY_LABELS = {"GPE", "LOC", "ORG", "NORP", "PERSON", "FAC", "EVENT", "PRODUCT"}
# Abbreviated titles that name nobody on their own ("Staff Sgt." in a casualty list).
ABBREVIATED_TITLES = {"mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "col", "capt", "sgt", "lt",
                      "maj", "cpl", "pvt", "adm", "cmdr", "st"}
# "G7", "G-20": groups of countries that meet, which the model reads as places.
GROUP_OF_COUNTRIES = re.compile(r"G-?\d{1,2}")
# Words a name does not end with; the model sometimes stops a span right after one.
DANGLING = {"of", "and", "for", "at", "in", "on", "to", "&"}
# Penn Treebank escapes ("-LRB-" for "(") appear in text that was tokenized before it reached us.
# Words the model reads as a name's first word when they are a title: "Composer Thomas", "Center Yao Ming".
TITLES_BEFORE_NAMES = ROLE_NOUNS | POSITION_TITLES
EDGE_TOKENS = {"the", "'s", "’s", "'", "’", "s", "-lrb-", "-rrb-", "-lsb-", "-rsb-", "-lcb-", "-rcb-"}


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


def _city_of_a_region(span: Span) -> bool:
    """"New York City", "Kansas City", "Mexico City": a city named after its state or country,
    where "Manchester City" is a club; and any "... City" one lives or works in ("an art adviser
    in Long Island City"), where a club is played for."""
    if span[-1].lower_ != "city":
        return False
    rest = span[:-1].text
    root = span.root
    located = root.dep_ == "pobj" and root.head.lower_ in {"in", "near", "outside"} and not any(
        c.dep_ == "case" for c in root.children)  # not "in Manchester City's win"
    return located or bool(regions.state(rest) or countries.lookup(rest))


def clean(span: Span) -> Span | None:
    """Trim determiners, possessive markers, honorifics and punctuation; None if nothing nameable is left."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].lower_ in EDGE_TOKENS or doc[start].is_punct or doc[start].is_space):
        start += 1
    # A name the model cut short keeps no dangling word: "The Clarion-Ledger of" (Jackson, Miss.)
    while end > start and (doc[end - 1].lower_ in EDGE_TOKENS or doc[end - 1].is_punct or doc[end - 1].is_space
                           or doc[end - 1].lower_ in DANGLING):
        end -= 1
    if span.label_ == "PERSON":
        # "Mr Gates", and titles the model reads as part of the name: "Composer Thomas", "Actress Helen Hayes"
        while end - start > 1 and (doc[start].lower_ in HONORIFICS or
                                   (doc[start].lower_.rstrip(".") in TITLES_BEFORE_NAMES
                                    and doc[start + 1].is_title)):
            start += 1
        if any(t.lower_ in HEADLINE_WORDS and t.text[:1].isupper() for t in doc[start + 1:end]):
            return None  # "B. B. King Bids Farewell": a headline, not a name
        # "Marcos Baghdatis of Cyprus": where the person is from is no part of the name ("Prince of Wales" is)
        of = next((t.i for t in doc[start + 2:end - 1] if t.lower_ == "of"), None)
        if of is not None and doc[start].lower_ not in PLACE_TITLES and (
                countries.lookup(doc[of + 1:end].text) or regions.state(doc[of + 1:end].text)):
            end = of
    if start >= end:
        return None
    cleaned = Span(doc, start, end, label=span.label_)
    text = cleaned.text
    if norm(text) in NOT_ENTITIES or not any(ch.isalpha() for ch in text) or text.islower():
        return None
    if len(text) < 2 or (len(cleaned) == 1 and text.lower().rstrip(".") in ABBREVIATED_TITLES):
        return None  # "Staff Sgt." alone names nobody (but "Prince" may be the singer)
    if all(t.lower_.strip(".") in ROLE_NOUNS or t.lower_ in {"c.e.o.", "of", "and"} or t.is_punct for t in cleaned):
        return None  # "Chief Executive Officer" is a title, not a name
    last = cleaned[-1].lower_
    if len(cleaned) <= 2 and (last in FAITHS or last.endswith("ism") and len(last) > 5) and span.label_ != "PRODUCT":
        return None  # "Islam", "Reconstructionist Judaism": a faith, no organisation or person
    return cleaned


def find_mentions(doc: Doc) -> list[Mention]:
    mentions = []
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    for span in _unlabelled_products(doc, taken):
        mentions.append(Mention(span.start, span.end, span.text, "PRODUCT_CUE", votes(span), None))
        taken.update(range(span.start, span.end))
    for span in _unlabelled_people(doc, taken):
        mentions.append(Mention(span.start, span.end, span.text, "PERSON_CUE", votes(span), None))
        taken.update(range(span.start, span.end))
    for span in _unlabelled_places(doc, taken):
        iso = countries.lookup(span.text)
        mentions.append(Mention(span.start, span.end, span.text, "PLACE_CUE", votes(span, iso), iso))
        taken.update(range(span.start, span.end))
    for ent in doc.ents:
        is_country_label = ent.label_ in COUNTRY_LABELS
        if ent.label_ not in LABEL_VOTES and not is_country_label:
            continue
        span = clean(ent)
        if span is None:
            continue
        if (span.start > 0 and doc[span.start - 1].is_title and doc[span.start - 1].lower_ not in EDGE_TOKENS
                and norm(f"{doc[span.start - 1].text} {span.text}") in PARTY_ALIASES):
            span = Span(doc, span.start - 1, span.end, label=span.label_)  # "Liberal" + "Democrats"
        iso = countries.lookup(span.text) if is_country_label else None
        label = ent.label_
        if iso is None and label == "PERSON" and len(span) == 1 and countries.demonym(span.text):
            label = "NORP"  # "the Welsh captain": a nationality word the model took for a name
        if iso is None and label == "NORP" and norm(span.text) in PARTY_ALIASES:
            label = "ORG"  # "the Tories", "Democrats": the model reads a party's members as a group
        if iso is None and label == "NORP":
            iso = countries.demonym(span.text)  # "Chinese researchers" mention China
        if iso is None and label not in LABEL_VOTES:
            continue
        if label == "PERSON" and len(span) == 1 and any(
                c.dep_ == "det" and (c.lower_ in {"a", "an"} or c.text == "the" and span.root.lower_ not in HONORIFICS)
                for c in span.root.children):
            # "won an Oscar", "a Briton", "as the Bill passes": a named person takes no article
            # ("the Queen" and "the Pope" are titles, and stay)
            continue
        mentions.append(Mention(span.start, span.end, span.text, label, votes(span, iso), iso))
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
        if word in ROLE_NOUNS and word not in ORGANISATIONS_TOO:
            tally[PERSON] += STRONG  # "Ma Heliang, an influential figure ..."
        elif word in PRODUCT_NOUNS:
            tally[PRODUCT] += STRONG  # "Sora, a text-to-video AI generator"
    if len(span) > 1 and span[-1].lower_ in ORG_NAME_ENDINGS and span.label_ in {"PERSON", "ORG", "GPE"} \
            and not _city_of_a_region(span):
        tally[ORGANIZATION] += NAME_ENDING  # "Manchester United", "Lib Dems": the name says what it is
    if len(span) > 1 and span[-1].lower_ in EVENT_NAME_ENDINGS and span.label_ in LABEL_VOTES:
        tally[EVENT] += NAME_ENDING  # "French Open", "Davis Cup"
    root = span.root
    if root.dep_ == "poss" and lemma(root.head).lower() in PRODUCT_NOUNS and not root.head.ent_type_:
        tally[ORGANIZATION] += OWNER
    if made_by_organization(span):
        tally[PRODUCT] += STRONG
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in HONORIFICS and before.is_title:
        tally[PERSON] += STRONG  # "Mr Gates"
    if norm(span.text) in PARTY_ALIASES:
        tally[ORGANIZATION] += STRONG  # "Labour", "the Tories": a party, whatever the model read
    if GROUP_OF_COUNTRIES.fullmatch(span.text):
        tally[ORGANIZATION] += STRONG  # "the G7", "G-20": a group of countries that meets, not a place
    if norm(span.text) in AWARDS:
        tally[EVENT] += STRONG  # "Oscar nominations", "the Baftas": the awards, not a person
    if _age_after(span) or _born_after(span):
        tally[PERSON] += STRONG  # "Winter, 53, a former law professor", "Proctor (born August 11, 1974)"
    if _said_to_hold_a_role(span):
        tally[PERSON] += STRONG  # "Proctor is an American country music artist", "singer Christina Aguilera"
    if root.dep_ == "poss" and lemma(root.head).lower() in HOMES and span.label_ != "GPE":
        tally[PERSON] += OWNER  # "Sohn's New Jersey home"
    if (not iso and root.dep_ == "pobj" and root.head.lower_ == "of"
            and lemma(root.head.head).lower() in RESIDENT_NOUNS) or (not iso and _hometown(span)):
        tally[PLACE] += STRONG  # "a resident of Dayton", "Arshan Little, 19, of Jersey City"
    if span.label_ in {"PERSON", "GPE", "PRODUCT"} and not iso and (
            _employs(root, premodifier=span.label_ != "GPE") or _named_organization(root)):
        tally[ORGANIZATION] += OWNER  # "the chairman and founder of Barrick Gold", "the company Tetra Pak"
    if _relative_of(root):
        tally[PERSON] += STRONG  # "the daughter of Sandra and Frank Ettus": parents are people
    if _listed_among_people(root):
        tally[PERSON] += STRONG  # "Hollywood stars, including Cate Blanchett, ... Keanu Reeves"
    if root.dep_ == "nsubjpass" and lemma(root.head).lower() == "bear" and len(span) > 1:
        tally[PERSON] += STRONG  # "Norton Winfred Simon was born on Feb. 5, 1907"
    if not iso and (_region_after(span) is not None or _region_at(span.doc, span.start) in {span.end, span.end + 1}):
        tally[PLACE] += STRONG  # "Winterset, Iowa", "KARBALA, Iraq (AP)", "Rockville, Md."; "Minn."
    if not iso and _district_of(span):
        # "in Cobble Hill, Brooklyn.": outvotes a role the parser hangs on this last name of the
        # sentence ("Pettit, an art adviser in Long Island City, Queens, ...")
        tally[PLACE] += 2 * STRONG
    if span.label_ == "PERSON" and _organization_of_a_person(root):
        tally[ORGANIZATION] += OWNER  # "Jack McCollough and Lazaro Hernandez of Proenza Schouler"
    if span.label_ in {"FAC", "GPE", "LOC"} and _named_as_body(span):
        tally[ORGANIZATION] += NAME_ENDING  # "the Center for Strategic and International Studies"
    return tuple(sorted(tally.items()))


def _district_of(span: Span) -> bool:
    """A one-word name set after "<place>, " at the end of a phrase names the larger place: "an
    art adviser in Long Island City, Queens.", "Little Bistro in Cobble Hill, Brooklyn, once ...".
    Only one word after a place said with "in", so neither "the mayor of Boston, Thomas Menino"
    nor "the mayor of Boston, Menino" is a place."""
    doc, i = span.doc, span.start
    if len(span) != 1 or i < 2 or doc[i - 1].text != "," or doc[i - 2].pos_ != "PROPN":
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


def _organization_of_a_person(root: Token) -> bool:
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


def _named_as_body(span: Span) -> bool:
    return any(t.lower_ in BODY_WORDS and nxt.lower_ in {"for", "on"} for t, nxt in zip(span, span[1:]))


def _employs(root: Token, premodifier: bool = True) -> bool:
    """Whether the name is the organisation of a role only organisations have: "Visible Path's
    chief executive", "founder of Barrick Gold", and unless the model read a place ("Texas oil
    executive"), "Pepco executive Sharon Pratt Dixon"."""
    deps = {"poss", "compound"} if premodifier else {"poss"}
    if root.dep_ in deps and root.head.pos_ == "NOUN":
        return lemma(root.head).lower() in EMPLOYER_ROLES
    prep = root.head
    return (root.dep_ == "pobj" and prep.lower_ in {"of", "at"} and prep.head.pos_ == "NOUN"
            and lemma(prep.head).lower() in EMPLOYER_ROLES)


def _relative_of(root: Token) -> bool:
    """Whose son, daughter or widow someone is: "a son of Norma and Irving Kronenberg"."""
    root = first_conjunct(root)
    prep = root.head
    if not (root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN"
            and lemma(prep.head).lower() in RELATIVES):
        return False
    # "the daughter of X", not "Her nephew, Nicholas Puner, of Sleepy Hollow", where the parser
    # hangs the town on "nephew"
    deps = {c.dep_ for c in prep.head.children}
    return "det" in deps and not deps & {"poss", "appos"}


def _named_organization(root: Token) -> bool:
    """"the packaging company Tetra Pak", "the bank MBNA": a common noun of organisations names it."""
    # a common noun, not a name's last word: in "the chief executive of Deutsche Bank, Josef
    # Ackermann" the appositive is the bank's chief
    if (root.dep_ == "appos" and root.head.i < root.i and root.head.pos_ == "NOUN"
            and lemma(root.head).lower() in ORG_NOUNS):
        return True
    # "the bank MBNA" (a compound with its article), not "bank Barclays" in a headline
    return any(d.dep_ == "det" for d in root.children) and any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and lemma(c).lower() in ORG_NOUNS for c in root.children)


# What may follow "Town, Region" when the region ends the place name (not "Finland's", "Japan-based").
PLACE_END = {",", ".", "(", ")", ";", ":", "--", "—", "–", "\n"}


def _region_at(doc: Doc, i: int) -> int | None:
    """Where a country or US state named at token ``i`` ends ("Iowa", "Md.", "Minn ." split by the
    tokenizer, "United States"), if the name ends a phrase there; else None."""
    if i >= len(doc) or not doc[i].text[:1].isupper():
        return None  # every country and state name is capitalised: skip the lookups
    for n in (3, 2, 1):
        end = i + n
        if end > len(doc) or any(t.is_punct and t.text != "." for t in doc[i:end]):
            continue
        text = doc[i:end].text
        found = countries.lookup(text) or regions.state(text)
        if not found and n == 1 and i > 0 and doc[i - 1].text == ",":
            found = regions.postal(text)  # "Sleepy Hollow, NY"
        if not found and end < len(doc) and doc[end].text == "." and regions.state(text, abbreviation=True):
            end, found = end + 1, True  # "Minn ." as the tokenizer split it
        if found and (end == len(doc) or doc[end].text in PLACE_END or doc[end].is_space or doc[end].is_sent_start):
            return end
    return None


def _region_after(span: Span) -> int | None:
    """The end of a region named after "<span>, "; None when there is none."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != ",":
        return None
    return _region_at(doc, span.end + 1)


def _is_age(text: str) -> bool:
    return text.isdigit() and 0 < int(text) < 120


def first_conjunct(token: Token) -> Token:
    """The first item of the list ``token`` is in ("Norma" for "Irving" in "Norma and Irving"),
    on which the parser hangs the rest."""
    while token.dep_ == "conj":
        token = token.head
    return token


def _age_after(span: Span) -> bool:
    """", 53," right after a name gives a person's age."""
    doc, i = span.doc, span.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 2].text not in {",", "."}:
        return False
    return _is_age(doc[i + 1].text)


def _listed_among_people(root: Token) -> bool:
    """A name given as an example of a plural noun for people: "Hollywood stars, including Cate
    Blanchett, Leonardo DiCaprio, Keanu Reeves and Richard Gere", "stars like Keanu Reeves"."""
    root = first_conjunct(root)
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in {"including", "like", "as"}:
        return False
    if prep.lower_ == "as" and not (prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"):
        return False
    group = prep.head
    return group.tag_ == "NNS" and lemma(group).lower() in PEOPLE_GROUPS


def _hometown(span: Span) -> bool:
    """"Arshan Little, 19, of Jersey City": after a person's age, "of" gives where they live; and
    ", of Windsor Terrace, Brooklyn," after a name, where a larger place follows."""
    doc, i = span.doc, span.start
    if i < 2 or doc[i - 1].lower_ != "of" or doc[i - 2].text != ",":
        return False
    if i >= 4 and doc[i - 4].text == "," and _is_age(doc[i - 3].text):
        return True
    after = span.end + 1
    return (doc[i - 3].ent_type_ == "PERSON" and after < len(doc) and doc[span.end].text == ","
            and (doc[after].ent_type_ == "GPE" or _region_at(doc, after) is not None))


def _born_after(span: Span) -> bool:
    """"(born ..." right after a name: a biography's opening."""
    doc, i = span.doc, span.end
    return i + 1 < len(doc) and doc[i].text == "(" and doc[i + 1].lower_ in {"born", "b.", "née", "nee"}


def _person_role(noun: Token) -> bool:
    """A common noun for what only a person is: "singer", "songwriter", not "maker" or "leader"."""
    word = lemma(noun).lower()
    if noun.pos_ != "NOUN" or word in ORGANISATIONS_TOO or word in ORG_NOUNS:
        return False
    return word in ROLE_NOUNS or (len(word) > 4 and bool(AGENTIVE.search(word)))


def _said_to_hold_a_role(span: Span) -> bool:
    """The subject of "is/was a <role>" ("Proctor is an American country music artist") or of a verb
    "as <role>", or a name
    a role noun stands right before ("American singer-songwriter Christina Aguilera"). Only
    common nouns count: "Star Wars" is not a star."""
    root = span.root
    # "Edward D. Breen arrived at Tyco International as its new chief executive"
    as_role = root.dep_ == "nsubj" and any(
        _person_role(p) for prep in root.head.children if prep.dep_ == "prep" and prep.lower_ == "as"
        for p in prep.children if p.dep_ == "pobj")
    return as_role or any(_person_role(attr) for attr in copula_attrs(root)) or any(
        c.dep_ == "compound" and c.i < span.start and _person_role(c) for c in root.children)


def _unlabelled_people(doc: Doc, taken: set[int]) -> list[Span]:
    """Names the model missed that an age marks as people: "Tal, 45, a senior official"."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.i in taken or not token.is_title:
            continue
        start = token.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and start - 1 not in taken:
            start -= 1
        span = Span(doc, start, token.i + 1, label="PERSON")
        if (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN") or not _age_after(span):
            continue
        cleaned = clean(span)
        if cleaned is not None:
            found.append(cleaned)
    return found


def _unlabelled_places(doc: Doc, taken: set[int]) -> list[Span]:
    """Towns the model missed before a region, and regions it missed after a town: in
    "BANGKOK, Thailand (AP)" and "Millinocket, Maine" both sides are places."""
    found = []
    for comma in doc:
        if comma.text != "," or comma.i == 0 or comma.i in taken:
            continue
        end = _region_at(doc, comma.i + 1)
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
    return found


def _not_a_name(token: Token) -> bool:
    """Outside the model's entities, or a title it took for one ("C.E.O." as an organisation)."""
    return not token.ent_type_ or token.lower_.replace(".", "") in ROLE_NOUNS


def appositives(span: Span) -> list[Token]:
    """Common nouns in apposition with the span, on either side: "X, a N" and "N, X"."""
    root = span.root
    found = [child for child in root.children if child.dep_ == "appos" and _not_a_name(child)]
    # ("N, X", unless N already stands beside a name: in "Leslie Moonves, the chairman of CBS and
    # co-president of the network's parent company, Viacom" the parser hangs Viacom on "chairman")
    if root.dep_ == "appos" and _not_a_name(root.head) and not (
            root.head.dep_ == "appos" and root.head.head.ent_type_ and root.head.head.i < root.head.i):
        found.append(root.head)
    return [tok for tok in found if tok.pos_ in {"NOUN", "PROPN"} and not (span.start <= tok.i < span.end)]


def _by_organization(token: Token) -> bool:
    return token.ent_type_ == "ORG" and token.ent_iob_ in {"B", "I"}


def copula_attrs(root: Token) -> list[Token]:
    """What the subject of "is" is said to be: "The Toyota Avalon is a full-size car ..."."""
    if root.dep_ == "nsubj" and lemma(root.head) == "be":
        return [c for c in root.head.children if c.dep_ == "attr"]
    return []


def made_by(clause: Token) -> list[tuple[Token, Token]]:
    """(verb, agent) for a clause "made by X", "created and produced by X"; empty for other clauses."""
    if clause.dep_ != "acl" or lemma(clause) not in MAKER_VERBS:
        return []
    return [(verb, pobj) for verb in (clause, *clause.conjuncts) for agent in verb.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj"]


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
    # "the iPod, made by Apple"; "Sonic the Hedgehog is a media franchise created and produced by Sega"
    clauses = [*root.children] + [c for attr in copula_attrs(root) for c in attr.children]
    return any(_by_organization(pobj) for clause in clauses for _verb, pobj in made_by(clause))


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
