"""Where people and organizations are from, read off the words that describe them, and where
places lie, read off "City, Country".

- "German skeleton racer Willi Schneider", "U.S. Ambassador Vernon Walters", "China's Premier
  Li Peng": a country on the describing noun -> schema:nationality; a city or region -> kg:livesIn.
- "Lantern Holdings, a Hong Kong shipping firm", "German carmaker BMW",
  "Britain's Barclays": a place on the describing noun, or owning the name -> kg:basedIn.
- "Bethany, Conn.", "Mediaș, Transylvania": a place, a comma and a place that ends no list ->
  kg:locatedIn.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import nsubj, nsubjpass
from spacy.tokens import Doc, Span, Token

from ..lang.en import countries
from ..lang.en.lexicon import (
    BASED_WORDS,
    EVENT_NAME_ENDINGS,
    HOMES,
    ORG_NOUNS,
    PARTY_ALIASES,
    REGIONS_ABOVE_COUNTRIES,
    RESIDENT_NOUNS,
    TEAM_STAFF,
    UNION_NAMES,
)
from ..model import (
    BASED_IN,
    COUNTRY,
    LIVES_IN,
    LOCATED_IN,
    NATIONALITY,
    ORGANIZATION,
    PERSON,
    PLACE,
    EntityRef,
    Fact,
)
from ..nlp import children, common_nouns, lemma, words_in
from ..nlp.syntax import (
    appositives,
    copula_attrs,
    dependency_path,
    first_conjunct,
    head_noun,
    joining_hyphen,
    one_of_a_pair,
)
from ..precision import LEARNED
from .base import Context, organization_referred
from .roles import is_person_noun
from .roles.organizations import organization_of

MODIFIERS = {"amod", "compound", "nmod", "poss"}
# A nation's own institutions: "the Irish government" is Ireland's, not the firm named before it.
INSTITUTIONS = {"government", "army", "force", "parliament", "ministry", "court", "council", "navy"}
MAX_PATH = 4  # dependency arcs between a place and the country it is said to lie in
MIN_ARTICLE_SENTENCES = 3  # below this a text has no article-wide country to speak of


def _distance(a: Token, b: Token) -> int:
    path = dependency_path(a, b)
    return 1_000 if path is None else len(path[0]) + len(path[2])


def _places_modifying(ctx: Context, noun: Token) -> list[tuple[EntityRef, Token]]:
    out = []
    for child in children(noun):
        ref = ctx.entity(child)
        if child.dep_ in MODIFIERS and ref and ref.cls in {COUNTRY, PLACE} and not _opens_an_event(child, noun.i):
            out.append((ref, child))
            # "the Anglo-Dutch firm": the first of two nationalities hangs on the second
            out += [(other, g) for g in children(child) if g.dep_ == "amod" and g.i < child.i
                    and (other := ctx.entity(g)) is not None and other != ref and other.cls == COUNTRY]
        elif child.dep_ == "prep" and child.lower_ == "from":  # "a businessman from Germany"
            for pobj in children(child):
                ref = ctx.entity(pobj)
                if ref and ref.cls in {COUNTRY, PLACE}:
                    out.append((ref, pobj))
    return out


def _opens_an_event(place: Token, end: int) -> bool:
    """"US Open champion", "Monaco Grand Prix winner": the place is the first word of an event's name
    written before the noun (at ``end``), and says where the event is held, not who the person is."""
    words = place.doc[place.i + 1:end]
    return len(words) > 0 and all(w.is_title or w.is_upper for w in words) and words[-1].lower_ in EVENT_NAME_ENDINGS


def _a_teams_staff(noun: Token, place: Token) -> bool:
    """"Ireland coach Tom Hale": a country's name (not its adjective, "Irish") before a coach or
    a manager names the national team, which often hires from abroad."""
    return place.pos_ == "PROPN" and lemma(noun).lower() in TEAM_STAFF


# Jobs in a firm that a country before says the region of: "UK managing director", "chief US
# economist", "European head of sales" (not "minister" or "president", which a nation's own hold).
REGIONAL_POSTS = frozenset({"economist", "analyst", "strategist", "director", "executive", "head", "manager",
                            "officer", "chief", "boss", "editor", "correspondent"})


def _a_post_in_a_firm(ctx: Context, noun: Token) -> bool:
    """"Ann Ruiz, UK managing director of Kestrel", "chief US economist at Vantor Bank", "Kestrel's UK
    head of tax": a country before a job the phrase says is in an organisation (organization_of)
    says where the job is, not the holder's nationality (a firm names its British economist "chief
    US economist")."""
    return lemma(noun).lower() in REGIONAL_POSTS and organization_of(ctx, noun)[0] is not None


def _places_in(ctx: Context, noun: Token) -> list[tuple[EntityRef, Token]]:
    """Places after "in" on a noun: "a home in Texas"."""
    return [(ref, pobj) for prep in children(noun) if prep.dep_ == "prep" and prep.lower_ == "in"
            for pobj in children(prep) if (ref := ctx.entity(pobj)) is not None and ref.cls in {COUNTRY, PLACE}]


def _homes_of(span: Span) -> list[Token]:
    """Homes said to be the person's: "Sohn's home", and "his home" in a clause whose subject
    the person is ("Harrington died Saturday at his home in Larchmont")."""
    root = span.root
    homes = [root.head] if root.dep_ == "poss" and lemma(root.head).lower() in HOMES else []
    if root.dep_ == "nsubj":
        verb = root.head
        # (the clause's own "his" and "her": those of the doc in its span that hang under its verb)
        for tok in words_in(span.doc, {"his", "her"}):
            if not verb.left_edge.i <= tok.i <= verb.right_edge.i or tok != verb and not verb.is_ancestor(tok):
                continue
            if tok.dep_ == "poss" and lemma(tok.head).lower() in HOMES:
                clause = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
                if clause is not None and clause.i == root.head.i:
                    homes.append(tok.head)
    return homes


def _copula_attrs(span: Span) -> list[Token]:
    """What the person is said to be: "X is a native of ...", "Dole's wife, Elizabeth, is a ..."."""
    root = span.root
    return copula_attrs(root.head if root.dep_ == "appos" else root)


def _describing_nouns(span: Span) -> list[Token]:
    """Nouns that describe the named thing: appositions and the nouns compounded before the name."""
    root = span.root
    nouns = list(appositives(span))
    nouns += [c for c in children(root) if c.dep_ in {"compound", "nmod"} and c.i < span.start
              and c.pos_ in {"NOUN", "PROPN"}]
    # "the American auto company Chrysler filed ...": the noun right before the name describes it,
    # however the parser hung the two (here "company" as the head of a relative clause)
    before = span.doc[span.start - 1] if span.start else None
    if before is not None and before.pos_ == "NOUN" and before not in nouns and lemma(before).lower() in ORG_NOUNS:
        nouns.append(before)
    return nouns


def _set_beside(span: Span) -> list[Token]:
    """"India's largest power producer, Kestrel Power": a noun of organisations set beside the name
    with a comma, which the parser hung elsewhere. Not before a subject: "In a US court, Kestrel
    pleaded guilty" ends an adverbial there."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "," or span.root.dep_ in {"nsubj", "nsubjpass"}:
        return []
    noun = doc[span.start - 2]
    ok = noun.pos_ == "NOUN" and noun.tag_ == "NN" and lemma(noun).lower() in ORG_NOUNS
    return [noun] if ok and noun not in appositives(span) else []


def _from(ctx: Context, person: EntityRef, place: EntityRef, tok: Token, nationality: tuple[str, float],
          lives: tuple[str, float]) -> Fact:
    """A person said to be of or from a place: a country gives their nationality, a smaller place
    where they live; each with its own (rule, confidence)."""
    family, (rule, confidence) = (NATIONALITY, nationality) if place.cls == COUNTRY else (LIVES_IN, lives)
    return Fact(family, person, place, None, ctx.evidence(tok, rule, confidence))


def _state_of_a_nation(ctx: Context, place: EntityRef) -> EntityRef | None:
    """The United Kingdom for a "Scottish" or "Welsh" person, whose nation is a place in it, when
    the article names the United Kingdom too."""
    if place.cls != PLACE or place.name.casefold() not in countries.HOME_NATIONS:
        return None
    state = EntityRef(COUNTRY, countries.label("GB"))
    return state if state in ctx.resolution.entities else None


def _people(ctx: Context) -> Iterator[Fact]:
    for span, person in ctx.mentions_of(PERSON):
        # "Andrew Hall of Miami, Fla.", "a businessman from Germany" said of the person directly
        for prep in children(span.root):
            if prep.dep_ != "prep" or prep.lower_ not in {"of", "from"}:
                continue
            for pobj in children(prep):
                if pobj.dep_ != "pobj":
                    continue
                for tok in (pobj, *[c for c in children(pobj) if c.dep_ in {"appos", "npadvmod", "conj"}]):
                    place = ctx.entity(tok)
                    if place is None or place.cls not in {COUNTRY, PLACE} or place == person:
                        continue
                    yield _from(ctx, person, place, tok, ("nationality-of", 0.7), ("origin-of", 0.65))
        # "Sohn's New Jersey home", "Harrington died at his home in Larchmont"
        for home in _homes_of(span):
            for place, tok in _places_modifying(ctx, home) + _places_in(ctx, home):
                if place != person:
                    yield Fact(LIVES_IN, person, place, None, ctx.evidence(tok, "lives-home", 0.75))
        described, said = _describing_nouns(span), _copula_attrs(span)
        # "John Smith, a resident of Dayton", "Mary is a native of Akron, Ohio"
        for noun in described + said:
            if lemma(noun).lower() not in RESIDENT_NOUNS:
                continue
            for prep in children(noun):
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for pobj in children(prep):
                        place = ctx.entity(pobj)
                        if place is None or place.cls not in {COUNTRY, PLACE} or pobj.dep_ != "pobj":
                            continue
                        yield _from(ctx, person, place, pobj, ("nationality-resident", 0.8), ("lives-resident", 0.8))
        # "German skeleton racer Willi Schneider"; "Eivind Bolle was a Norwegian politician"
        for nouns, how in ((described, "descriptor"), (said, "copula")):
            for noun in nouns:
                if is_person_noun(noun):
                    for place, tok in _places_modifying(ctx, noun):
                        if not _a_teams_staff(noun, tok) and not _a_post_in_a_firm(ctx, noun):
                            yield _from(ctx, person, place, tok, (f"nationality-{how}", 0.8), (f"origin-{how}", 0.6))
                            if (state := _state_of_a_nation(ctx, place)) is not None:
                                yield Fact(NATIONALITY, person, state, None,
                                           ctx.evidence(tok, f"nationality-{how}", 0.8))
        # "American singer-songwriter Christina Aguilera", where the parser hangs the word on the name
        for child in children(span.root):
            place = ctx.entity(child)
            if place is not None and place.cls == PLACE:
                place = _state_of_a_nation(ctx, place)  # "Scottish actor Ann Ruiz"
            if child.dep_ == "amod" and child.i < span.start and place is not None and place.cls == COUNTRY \
                    and not _opens_an_event(child, span.start):
                yield Fact(NATIONALITY, person, place, None, ctx.evidence(child, "nationality-descriptor", 0.8))


def _places_describing(ctx: Context, noun: Token, words_before: bool = True,
                       based: bool = False) -> dict[EntityRef, Token]:
    """Places that describe a noun of organisations: those hung on it, and (``words_before``) those
    among the words written right before it, however the parser hung them: "the South Yorkshire
    company", "the UK mobile firm", "UK sportswear firm Kestrel"; and (``based``: for a noun that
    stands for a name, which the based-in rules do not see) where it is said to be based: "the
    Leeds-based firm", "the company, based in Leeds"."""
    places = dict(_places_modifying(ctx, noun))
    if based:  # "the company, based in Leeds,"
        for word in children(noun):
            if word.dep_ == "acl" and word.lower_ in BASED_WORDS:
                places.update(_places_in(ctx, word))
    doc = noun.doc
    i = noun.i - 1
    while words_before and i >= 0 and noun.i - i <= 5 and (doc[i].pos_ in {"NOUN", "ADJ", "PROPN"} or doc[i].text == "-"
                                                          or based and _based_after_a_hyphen(doc[i])):
        ref = ctx.entity(doc[i])
        if ref is not None and ref.cls in {COUNTRY, PLACE}:
            places.setdefault(ref, doc[i])
        elif ref is not None:
            break  # another name ends the description: "Vantor's UK unit"
        i -= 1
    return places


def _punctuated(words: Span) -> bool:
    """Whether a mark stands between two words (not a hyphen inside a word: "think-tank")."""
    return any(t.is_punct and not joining_hyphen(t) for t in words)


# The parties kg knows by name: national ones, of which a region's is a branch.
NATIONAL_PARTIES = frozenset(PARTY_ALIASES.values())


def _a_branch(org: EntityRef, place: EntityRef) -> bool:
    """"the Welsh Liberal Democrats", "Scottish Labour", "London Tories": a region before a
    national party names its branch there, not where the party is based."""
    return place.cls == PLACE and org.name in NATIONAL_PARTIES


def _based_after_a_hyphen(word: Token) -> bool:
    """"-based" of "the Leeds-based firm"."""
    return word.lower_ in BASED_WORDS and word.i > 0 and word.doc[word.i - 1].text == "-"


def _described_with_the_list(ctx: Context, span: Span) -> list[Token]:
    """"German marques Vantor and Kestrel": a plural noun before the first name of a list
    describes every name in it."""
    first = first_conjunct(span.root)
    if first.i == span.root.i or ctx.entity(first) is None:
        return []
    return [noun for noun in _describing_nouns(first.doc[first.i:first.i + 1]) if noun.tag_ == "NNS"]


# Nouns of bodies whose names go on with "of" and a place: "Bank of Leeds", "Council of Europe",
# "House of Vane" (the model may cut the name there; a firm's "Vantor Motors of Leeds" does not).
NAMES_GO_ON_AFTER = frozenset({
    "bank", "council", "house", "government", "association", "federation", "confederation", "union",
    "society", "church", "institute", "university", "college", "school", "academy", "court",
    "department", "ministry", "office", "board", "committee", "commission", "museum", "chamber",
    "league", "foundation", "party",
})


def _organizations(ctx: Context) -> Iterator[Fact]:
    for span, org in ctx.mentions_of(ORGANIZATION):
        described = _describing_nouns(span) + _set_beside(span)
        places: dict[EntityRef, Token] = {}
        for noun in described + _described_with_the_list(ctx, span):
            if lemma(head_noun(noun)).lower() in ORG_NOUNS:  # "Kestrel, the US handset and network maker"
                places.update(_places_describing(ctx, noun, words_before=noun.i < span.start))
        for place, tok in (places or _places_written_before(ctx, span)).items():
            yield Fact(BASED_IN, org, place, None, ctx.evidence(tok, "based-descriptor", 0.8))
        # "Beck Steel is a steel firm in Lille", "Ford, the second-largest carmaker in America"
        for noun in described + copula_attrs(span.root):
            if lemma(noun).lower() in ORG_NOUNS:
                for place, tok in _places_in(ctx, noun):
                    yield Fact(BASED_IN, org, place, None, ctx.evidence(tok, "based-described-in", 0.75))
        for child in children(span.root):
            ref = ctx.entity(child)
            # (not the union of its member states: "Turkey's EU bid", "the Turkish EU bid")
            if child.i < span.start and ref and ref.cls in {COUNTRY, PLACE} and org.name.casefold() not in UNION_NAMES:
                if child.dep_ == "poss":  # "Britain's Barclays"
                    yield Fact(BASED_IN, org, ref, None, ctx.evidence(child, "based-possessive", 0.7))
                elif child.dep_ in {"amod", "compound", "nmod"} and not one_of_a_pair(child) \
                        and not _a_branch(org, ref) and not _punctuated(span.doc[child.i + 1:span.start]):
                    # "the Japanese Toyota", "the German Lufthansa" (not across a bullet of a list:
                    # "... Leeds * Vantor Works of Hull")
                    yield Fact(BASED_IN, org, ref, None, ctx.evidence(child, "based-adjective", 0.75))
            # "Renault Samsung Motors of Korea", "Vexa of Detroit": "of" outside the name (not
            # after a noun of bodies, whose name goes on: "the Kestrel Bank of Leeds", "House of Vane")
            if child.dep_ == "prep" and child.lower_ == "of" and child.i >= span.end \
                    and not (child.i == span.end and span[-1].lower_ in NAMES_GO_ON_AFTER):
                for pobj in children(child):
                    place = ctx.entity(pobj)
                    # (a town or a region takes no "the": "Silent Kestrel of the Hollow Vale" is a
                    # film's title; "Vexa of the US" is a firm's country)
                    if pobj.dep_ == "pobj" and place is not None and place.cls in {COUNTRY, PLACE} \
                            and not (place.cls == PLACE and any(c.dep_ == "det" for c in children(pobj))):
                        yield Fact(BASED_IN, org, place, None, ctx.evidence(pobj, "based-of", 0.7))
    # "Rotterdam, home to crane maker Huisman Itrec"
    for span, place in ctx.mentions_of(PLACE) + ctx.mentions_of(COUNTRY):
        for home in [c for c in children(span.root) if c.dep_ in {"appos", "advmod", "npadvmod"} and c.lower_ == "home"]:
            for prep in children(home):
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    for tok in prep.subtree:
                        org = ctx.entity(tok)
                        if org is not None and org.cls == ORGANIZATION:
                            # (unmeasured: never seen on NewsGold nor in BBC news; under the default)
                            yield Fact(BASED_IN, org, place, None, ctx.evidence(tok, "based-home-to", 0.7))
                            break


def _places_written_before(ctx: Context, span: Span) -> dict[EntityRef, Token]:
    """"UK sportswear firm Vantor", read word by word where the parser lost it (it may take
    "sportswear" for a verb): right before the name a noun of organisations, before that at most
    two other lower-case words, and before those a place or a nationality."""
    doc = ctx.doc
    k = span.start - 1
    if k < 1 or lemma(doc[k]).lower() not in ORG_NOUNS or not doc[k].is_lower:
        return {}
    k -= 1
    words = 0
    while k >= 0 and words < 2 and doc[k].is_alpha and doc[k].is_lower and not doc[k].is_stop \
            and doc[k].pos_ in {"NOUN", "ADJ", "VERB"}:
        k, words = k - 1, words + 1
    place = ctx.entity(doc[k]) if k >= 0 else None
    return {place: doc[k]} if place is not None and place.cls in {COUNTRY, PLACE} else {}


_SUBJECTS = {nsubj, nsubjpass}
# "The German carmaker is aiming ...": a description standing for the organisation named last
DESCRIBED_BEFORE = "based-descriptor-anaphora"
# An organisation of an article that names one country, based there for that alone
ARTICLE_COUNTRY = "based-article-country"


def _described_before(ctx: Context) -> Iterator[Fact]:
    """"Vantor sold more cars. The German carmaker is aiming ...": "the", a place and a noun of
    organisations stand for the organisation named last (kg.extract.base.organization_referred)."""
    doc = ctx.doc
    for noun in common_nouns(doc):
        # (the parser's ids first: the tests are asked of every noun)
        if noun.dep not in _SUBJECTS or noun.tag_ != "NN" or lemma(noun).lower() not in ORG_NOUNS \
                or ctx.entity(noun):
            continue
        if lemma(noun).lower() in INSTITUTIONS:
            continue  # ("to buy the London exchange" is another firm; "the Irish government" is Ireland's)
        if ctx.entity(noun.head) is not None or any(ctx.entity(c) for c in children(noun) if c.dep_ == "appos"):
            continue  # "the German carmaker BMW", "the German carmaker, BMW": the name is here
        if any(_a_name_word(ctx, doc[i]) for i in (noun.i - 1, noun.i + 1) if 0 <= i < len(doc)):
            continue  # "the US retailer Best Buy", "the Turkish TAV consortium": named, if the model missed it
        places = _places_describing(ctx, noun, based=True)
        if not places or (org := organization_referred(ctx, noun)) is None:
            continue
        for place, tok in places.items():
            yield Fact(BASED_IN, org, place, None, ctx.evidence(tok, DESCRIBED_BEFORE, 0.6))


def without_contradicted(facts: list[Fact]) -> list[Fact]:
    """A description read back to the organisation named last (DESCRIBED_BEFORE) is of another
    one when another rule reads, from the article's words, that organisation based in another
    country: in "German carmaker Vantor signed a deal with Kestrel. The Japanese company will ship
    engines", the Japanese company is Kestrel. (Of the 25 such facts read outside NewsGold, 3 met
    such a reading, and all 3 were wrong.) Guesses read from no words do not count, the
    classifier's and the article's country (ARTICLE_COUNTRY): of the two the classifier made, one
    would have dropped a right fact. A firm of two nations is described so in one phrase, "the
    UK-Dutch group", which this rule alone reads."""
    based = [f for f in facts if f.family == BASED_IN and f.obj is not None and f.obj.cls == COUNTRY
             and f.evidence.rule not in {DESCRIBED_BEFORE, ARTICLE_COUNTRY} and not f.evidence.rule.startswith(LEARNED)]
    return [f for f in facts if not (
        f.family == BASED_IN and f.evidence.rule == DESCRIBED_BEFORE and f.obj is not None and f.obj.cls == COUNTRY
        and any(other.subject == f.subject and other.obj != f.obj for other in based))]


def _a_name_word(ctx: Context, token: Token) -> bool:
    """A capitalised word that is no place's name."""
    ref = ctx.entity(token)
    return token.pos_ == "PROPN" and token.is_title and not (ref is not None and ref.cls in {COUNTRY, PLACE})


def _place_lists(ctx: Context) -> Iterator[Fact]:
    doc = ctx.doc
    places = [(s, r) for s, r in ctx.mentions_of(PLACE) + ctx.mentions_of(COUNTRY)]
    by_start = {s.start: (s, r) for s, r in places}
    for span, ref in places:
        comma = span.end
        if comma >= len(doc) or doc[comma].text != "," or comma + 1 not in by_start:
            continue
        outer, outer_ref = by_start[comma + 1]
        if outer_ref == ref or ref.cls == COUNTRY:
            continue
        after = doc[outer.end] if outer.end < len(doc) else None
        if after is not None and (after.lower_ in {"and", "or"} or
                                  (after.text == "," and outer.end + 1 in by_start)):
            continue  # "Colombia, Bolivia, Ecuador and Peru" is a list, not a nesting
        if _listed(doc, span.start, outer.end):
            continue  # a team sheet's names ("Hale, Ruiz, Vane"), a tour's towns
        yield Fact(LOCATED_IN, ref, outer_ref, None, ctx.evidence(span.root, "located-comma", 0.8))


def _listed(doc: Doc, start: int, end: int) -> bool:
    """Whether the names from ``start`` to ``end`` stand in a list of names, whatever the model read
    them as: a name and a comma before, or a comma or "and" and a name after."""
    before = start >= 2 and doc[start - 1].text == "," and doc[start - 2].pos_ == "PROPN"
    after = end + 1 < len(doc) and doc[end].text in {",", "and", "&"} and doc[end + 1].pos_ == "PROPN"
    return before or after


def _places_in_one_country(ctx: Context) -> Iterator[Fact]:
    """A place named close to the only country its sentence names lies in that country more often
    than not ("Mediaș, a town in Transylvania, Romania", "riots in Lhasa, the capital of Tibet, China")."""
    by_sentence: dict[int, list[tuple[Span, EntityRef]]] = {}
    for mention, ref in ctx.resolution.mentions:
        # A nationality word ("the Chilean company", "an American airline") locates nothing.
        if ref.cls in {PLACE, COUNTRY} and mention.label != "NORP":
            span = mention.span(ctx.doc)
            by_sentence.setdefault(ctx.sentence(span.start).start, []).append((span, ref))
    for mentions in by_sentence.values():
        named = {ref for _, ref in mentions if ref.cls == COUNTRY}
        if len(named) != 1:
            continue
        (country,) = named
        country_roots = [span.root for span, ref in mentions if ref.cls == COUNTRY]
        for span, ref in mentions:
            if _in_another_country(ref, country):
                continue
            if ref.cls == PLACE and ref.name.casefold() not in REGIONS_ABOVE_COUNTRIES \
                    and min(_distance(span.root, c) for c in country_roots) <= MAX_PATH:
                yield Fact(LOCATED_IN, ref, country, None, ctx.evidence(span.root, "located-near-country", 0.55))


def _in_another_country(place: EntityRef, country: EntityRef) -> bool:
    """Whether the place is known to lie in another country: a capital, a nation of the United
    Kingdom or a territory lies in its own, whatever country its sentence or article names ("Canada
    took Brussels to court", "Wales beat New Zealand")."""
    code = countries.CAPITALS.get(place.name.casefold()) or countries.sovereign(place.name)
    return code is not None and countries.label(code) != country.name


def extract(ctx: Context) -> Iterator[Fact]:
    yield from _people(ctx)
    yield from _organizations(ctx)
    yield from _described_before(ctx)
    yield from _place_lists(ctx)
    yield from _places_in_one_country(ctx)
    yield from _places_in_the_article_country(ctx)


def _places_in_the_article_country(ctx: Context) -> Iterator[Fact]:
    """An article that names one country and no other: the towns and regions it names lie in that
    country, and the organizations it names are based there. Weak readings: their confidences
    are measured on Re-DocRED dev (kg/models/rule_precision.json: 0.67 and 0.54). Nationality
    words count as naming the country ("the Romanian town of Mediaș"). Regions larger than a
    country are left out."""
    named = {ref for ref in ctx.resolution.entities if ref.cls == COUNTRY}
    # A text of a sentence or two is no article: the sentence-level rule above reads it.
    if len(named) != 1 or len(ctx.sentences) < MIN_ARTICLE_SENTENCES:
        return
    (country,) = named
    seen: set[EntityRef] = set()
    for mention, ref in ctx.resolution.mentions:
        if ref in seen or ref.name.casefold() in REGIONS_ABOVE_COUNTRIES:
            continue
        seen.add(ref)
        if ref.cls == PLACE and not _in_another_country(ref, country):
            yield Fact(LOCATED_IN, ref, country, None,
                       ctx.evidence(mention.span(ctx.doc).root, "located-article-country", 0.67))
        elif ref.cls == ORGANIZATION:
            yield Fact(BASED_IN, ref, country, None,
                       ctx.evidence(mention.span(ctx.doc).root, ARTICLE_COUNTRY, 0.54))
