"""Mentions -> entities within one article: one cluster per real-world thing, one class per cluster.

Clusters form by normalised name (countries by ISO code); a one-word person name joins the full
name it is part of ("Ma" -> "Ma Heliang"); the class is decided by votes over all mentions, where
cues read from the text outweigh the model's labels. Across articles, entities with the same


class and canonical name are the same node (the IRI is minted from both).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Set
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

from ..lang.en import countries, markets, places, regions
from ..lang.en.given_names import known_given_name
from ..lang.en.lexicon import (
    BRIEF_WORDS,
    CLUB_NAME_OPENINGS,
    EVENT_NAME_ENDINGS,
    FIRMS_PARTS,
    GOVERNMENT_WORDS,
    HONORIFICS,
    JOB_ROLES,
    MODEL_WORDS,
    NAME_SUFFIXES,
    ORG_NAME_ENDINGS,
    ORG_NICKNAMES,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PARTY_ALIASES,
    PEERAGE_TITLES,
    PEOPLE_TOO,
    PERSONAL_TITLES,
    PLACE_TITLES,
    PRODUCT_NAME_HEADS,
    RELATIVES,
    ROLE_NOUNS,
    SURNAME_PARTICLES,
    TITLE_WORDS,
    UNDERTAKING_ENDINGS,
)
from ..model import COUNTRY, ENTITY_CLASSES, EVENT, ORGANIZATION, PERSON, PLACE, PRODUCT, EntityRef
from ..nlp import adjective_only, doc_text, english_word, lemma, texts, tokens, words_in
from .context import a_degree, bracket_runs, sports_report
from .corpus import (
    ACRONYM,
    COMPANY_ENDINGS,
    MINOR_WORDS,
    TRADE_ENDINGS,
    acronym_letters,
    full_name,
    initials,
    singulars,
    spelling,
    without_initials,
    written_in_the_plural,
)
from .cues import LABEL_VOTES, PLACE_LABELS, SHARED_NOUNS, person_role, votes
from .find import Mention, find_mentions
from .names import NAME_PREFIXES, country_written_once, norm
from .products import MODEL_NUMBER_ALONE, QUOTES, maker_names, maker_prefix

# Tie-break between classes with equal votes. A country name is backed by ISO 3166, so it wins;
# then a person over an organisation: the small model tags people in lists as organisations
# ("Cate Blanchett, Leonardo DiCaprio, Keanu Reeves and Richard Gere") more often than the reverse.
# A model number in the plural: "A320s", "747s", "KC-45s" (not a decade: "1990s", "60s").
PLURAL_MODEL = re.compile(r"(?:[A-Za-z]{1,3}-?\d+|\d{3})s")
# How many of the model's repeated guesses at a name count against a cue (Cluster.tally).
MODEL_GUESSES = 2
CLASS_ORDER = {cls: i for i, cls in enumerate(dict.fromkeys((COUNTRY, PERSON, ORGANIZATION) + ENTITY_CLASSES))}


@lru_cache(maxsize=4096)
def _split_votes(label: str, no_country: bool, votes: tuple[tuple[str, int], ...]
                 ) -> tuple[tuple[tuple[str, int], ...], str | None]:
    """A mention's votes as (the cues', the model's guess): they hold the model's label as one
    vote, unless the mention names a country or a cue found it. (Cached: a cluster's class is
    asked for again at every merge, and few mentions' votes differ.)"""
    guess = LABEL_VOTES.get(label) if no_country else None
    cued = tuple((cls, n - (cls == guess)) for cls, n in votes if n - (cls == guess))
    return cued, guess if guess is not None and any(cls == guess for cls, _ in votes) else None


@dataclass
class Cluster:
    key: str
    mentions: list[Mention] = field(default_factory=list)
    # The votes counted for the mentions they were counted from: a cluster's class is asked for
    # again at every merge, hundreds of times an article, and most merges leave it as it was.
    _counted: tuple[tuple[Mention, ...], dict[str, int], dict[str, int], str | None] | None = field(
        default=None, init=False, repr=False, compare=False)

    def _count(self) -> tuple[tuple[Mention, ...], dict[str, int], dict[str, int], str | None]:
        """(the mentions, the cues' votes per class, the tally, the class) for the mentions now."""
        now = tuple(self.mentions)
        if self._counted is not None and self._counted[0] == now:
            return self._counted
        cues: dict[str, int] = {}
        guesses: dict[str, int] = {}
        for m in now:
            cued, guess = _split_votes(m.label, m.iso is None, m.votes)
            for cls, n in cued:
                cues[cls] = cues.get(cls, 0) + n
            if guess is not None:
                guesses[guess] = guesses.get(guess, 0) + 1
        # The model's label is one guess made again at each mention, wrong or right alike: against
        # a cue it counts at most MODEL_GUESSES times, so "Kestrel Air's managing director"
        # outvotes the model's "Kestrel Air" as a person in four sentences.
        tally = dict(cues)
        for cls, n in guesses.items():
            tally[cls] = tally.get(cls, 0) + (min(n, MODEL_GUESSES) if cues else n)
        cls = min(tally, key=lambda c: (-tally[c], CLASS_ORDER[c])) if tally else None
        self._counted = (now, cues, tally, cls)
        return self._counted

    def tally(self) -> dict[str, int]:
        """Votes per class: the cues', and the model's guesses (Cluster._count)."""
        return dict(self._count()[2])

    def cued(self) -> bool:
        """Whether a cue voted on it, beyond the model's guesses."""
        return bool(self._count()[1])

    def cued_for(self, cls: str) -> bool:
        """Whether a cue voted for ``cls``."""
        return self._count()[1].get(cls, 0) > 0

    def cls(self) -> str:
        cls = self._count()[3]
        if cls is None:
            raise ValueError(f"no votes for {self.key!r}")
        return cls

    def iso(self) -> str | None:
        codes = Counter(m.iso for m in self.mentions if m.iso)
        return min(codes, key=lambda c: (-codes[c], c)) if codes else None

    def surfaces(self) -> set[str]:
        return {m.text for m in self.mentions}


@dataclass
class Resolution:
    """The entities of one article and, for every token inside a mention, the entity it names."""

    entities: dict[EntityRef, set[str]]
    iso_codes: dict[EntityRef, str]
    token_refs: dict[int, EntityRef]
    token_spans: dict[int, tuple[int, int]]  # token -> (start, end) of the mention it is in
    mentions: list[tuple[Mention, EntityRef]]
    cued: set[EntityRef]  # entities whose class a cue voted for (Cluster.cued_for)


def _key(m: Mention) -> str:
    if m.iso:
        return "country:" + m.iso
    if norm(m.text) in PARTY_ALIASES:  # "Labour", "the Labour Party"
        return "party:" + PARTY_ALIASES[norm(m.text)]
    words = norm(singular_model(m.text)).split()
    while len(words) > 1 and words[-1] in ORG_SUFFIXES:
        words.pop()
    if m.label not in {"PERSON", "PERSON_CUE"}:
        words = country_written_once(m.text.split(), words)
    return " ".join(words)


def singular_model(text: str) -> str:
    """"Airbus A320s" names the Airbus A320; other names are left as they are."""
    last = text.rsplit(" ", 1)[-1]
    return text[:-1] if PLURAL_MODEL.fullmatch(last) else text


def _cluster(mentions: list[Mention]) -> dict[str, Cluster]:
    clusters: dict[str, Cluster] = {}
    for m in mentions:
        clusters.setdefault(_key(m), Cluster(_key(m))).mentions.append(m)
    return clusters


def _merge_partial_names(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """Fold a full name written without its middle initials, and a one-word person name, into the
    one full name in the article they stand for; a one-word name two full names share, where it
    stands before the second is named, into the first."""
    people = [c for c in clusters.values() if c.cls() == PERSON]
    _fold_epithets(doc, clusters, people)
    # "Charles Dolan" is the "Charles F. Dolan" named before, unless two people fit ("George H. W.
    # Bush" and "George W. Bush" both leave "George Bush")
    with_initials: dict[str, list[Cluster]] = defaultdict(list)
    for c in people:
        if len(c.key.split()) > 2 and without_initials(c.key) != c.key:
            with_initials[without_initials(c.key)].append(c)
    for c in list(people):
        targets = with_initials.get(c.key, [])
        if len(targets) == 1:
            targets[0].mentions.extend(c.mentions)
            del clusters[c.key]
            people.remove(c)
    by_part = _by_either_name([c for c in people if len(c.key.split()) > 1])
    titled: set[str] | None = None
    for c in people:
        if len(c.key.split()) != 1 or c.key not in by_part:
            continue
        targets = by_part[c.key]
        if any(t.key.split()[0] == c.key for t in targets):
            titled = _titled_by_surname(doc) if titled is None else titled
            # "Mr Flight ... Mr Howard": the article calls Howard Flight by his surname, so its "Mr
            # Howard" is someone else ("Mr Wang" of "Wang Yan", a name written surname first, fits)
            targets = [t for t in targets if not (c.key in titled and t.key.split()[0] == c.key
                                                  and t.key.split()[-1] in titled)]
            if not targets:
                continue
        if len(targets) == 1:
            targets[0].mentions.extend(c.mentions)
            del clusters[c.key]
            continue
        # two people share the name: where it stands before the second of them is named, it can
        # only be the first ("Tom Hale ... said Hale ... his sister Ann Hale"); after, it is left
        # unresolved rather than guessed
        (named, k), (second_named, _) = sorted((min(m.start for m in t.mentions), k) for k, t in enumerate(targets))[:2]
        early = [m for m in c.mentions if named < m.start < second_named]
        kept = [m for m in c.mentions if not named < m.start < second_named]
        rest = Cluster(c.key, kept)
        if not early or kept and (not rest.tally() or rest.cls() != PERSON):
            continue  # (what is left must still read as a person's, on votes of its own: all or none)
        targets[k].mentions.extend(early)
        if kept:
            c.mentions[:] = kept
        else:
            del clusters[c.key]


# Titles written before a surname ("Mr Hale", "Dr Ruiz"); a knight or a peer is called by the
# given name ("Sir Tom") or by a title's name ("Lord Vane").
SURNAME_TITLES = PERSONAL_TITLES - PEERAGE_TITLES


def _titled_by_surname(doc: Doc) -> set[str]:
    """The words the article writes after "Mr", "Ms", "Dr" and the like, in lower case."""
    toks = tokens(doc)
    return {toks[t.i + 1].lower_ for t in words_in(doc, SURNAME_TITLES) if t.i + 1 < len(toks)}


def _by_either_name(full: list[Cluster]) -> dict[str, list[Cluster]]:
    """People named in full, by their first name and by their last."""
    by_part: dict[str, list[Cluster]] = defaultdict(list)
    for c in full:
        words = c.key.split()
        for part in {words[0], words[-1]}:
            by_part[part].append(c)
    return by_part


def _fold_epithets(doc: Doc, clusters: dict[str, Cluster], people: list[Cluster]) -> None:
    """"Classy Hale ... Tom Hale", "Sprinter Ruiz ... Ann Ruiz", "C Hale ... Carl Hale": a two-word
    name read as a person's whose first word is a word of the language and no one's given name (a
    headline's word the model ran into the name), or the initial of the one person of the article
    with that surname (of several, of the one whose given name it opens: a team sheet's "G Hale"
    and "J Hale" of Gareth Hale and Jon Hale), is that person's surname, and no longer stands
    between two people; a double surname ("Symmons Hale" of "Ann Symmons Hale") is the person's
    name. Not after a title ("Mrs Hale" may be Tom Hale's wife; kg knows no one's sex), nor a word
    where two people have the surname, nor an unknown first name ("Zadie Hale" is someone)."""
    written = {c.key: max((m.text for m in c.mentions), key=len).split() for c in people}
    named: dict[str, list[Cluster]] = defaultdict(list)
    for c in people:
        words = written[c.key]
        # (one person's name: not "Ann Ruiz & Tom Hale", nor a title "The Life of Tom Hale")
        if 1 < len(words) < 6 and len(words[0].rstrip(".")) > 1 and known_given_name(words[0]) \
                and all(w[:1].isupper() or w in SURNAME_PARTICLES for w in words) and not any(":" in w for w in words) \
                and words[-1].lower() not in PRODUCT_NAME_HEADS | ORG_NOUNS:  # ("Mac App Store" read as a name)
            named[c.key.split()[-1]].append(c)
    for surname, full in named.items():  # ("Lloyd Hale" of "Ann Lloyd Hale" is one of her names)
        named[surname] = [c for c in full if not any(o.key.endswith(" " + c.key) for o in full)]
    for c in list(people):
        words = written[c.key]
        if len(words) != 2 or words[1].lower().rstrip(".") in NAME_SUFFIXES or any(m.end - m.start != 2 for m in c.mentions):
            continue
        targets = named.get(c.key.split()[-1], [])
        first = words[0].rstrip(".")
        if len(targets) > 1 and len(first) == 1 and first.isupper():
            # "G Hale" where Gareth Hale and Jon Hale are named: the one the initial fits
            targets = [t for t in targets if t.key.startswith(first.lower())]
        if len(targets) != 1:
            continue
        full = targets[0]
        if full.key.endswith(" " + c.key):
            full.mentions.extend(c.mentions)  # a double surname
        elif len(first) == 1 and first.isupper() and full.key.startswith(first.lower()) or (
                len(first) > 1 and first[:1].isupper() and not known_given_name(first)
                and first.lower() not in HONORIFICS | PEERAGE_TITLES and english_word(first, doc.vocab)):
            # (as the surname alone: the word before is none of the person's names)
            full.mentions.extend(replace(m, start=m.start + 1, text=m.text.split()[-1]) for m in c.mentions)
        else:
            continue
        del clusters[c.key]
        people.remove(c)


def _merge_full_names_read_as_other(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"Ireland's Nadia Okafor won ... Okafor said": the model may read a full name as an
    organisation and the surname alone as a person. A name of two capitalised words whose last is a
    person's name alone in the article is that person's full name, when no cue voted for what the
    model read and the person's mentions outvote the model's guesses. Not when the first word is
    a nationality ("American Kestrel" is a show), a noun of people or firms ("Editors Guild") or
    a name the model read as a firm in the article ("Vantor Zephyr" is Vantor's product), nor
    before a plural ("Leeds Kestrels" is a team)."""
    single = {c.key: c for c in clusters.values() if c.cls() == PERSON and len(c.key.split()) == 1}
    makers = maker_names(doc)
    for c in [c for c in clusters.values() if c.cls() == ORGANIZATION and len(c.key.split()) == 2]:
        first, last = c.key.split()
        person = single.get(last)
        if person is None or c.cued() or countries.demonym(first) or countries.lookup(first) \
                or first in countries.REGION_DEMONYMS or first.removesuffix("s") in ROLE_NOUNS | ORG_NOUNS:
            continue
        spans = [m.span(doc) for m in c.mentions]
        if not all(len(span) == 2 and span.text.istitle() and span[0].text not in makers
                   and span[0].tag_ != "NNPS" and span[-1].tag_ != "NNPS" for span in spans):
            continue
        if Cluster(c.key, c.mentions + person.mentions).cls() != PERSON:
            continue
        c.mentions.extend(person.mentions)
        del clusters[person.key]
        del single[person.key]


def _merge_surnames_read_as_other(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"Nadia Okafor ... Okafor said": the model often reads a surname alone as an organisation, a
    place or a product (a given name alone too, as a product: "Nadia reached the final"). It is the
    person's when only the model's guesses say otherwise (no cue voted), and it is never written,
    read as a firm, where a company named after its founder stands ("Bill Ford, chairman of Ford",
    "Ford chairman Bill Ford"; "talks with Okafor" read as a town is hers, where a cue says Nadia
    Okafor is a person)."""
    full = [c for c in clusters.values() if c.cls() == PERSON and len(c.key.split()) > 1]
    surnames: dict[str, list[Cluster]] = defaultdict(list)
    for c in full:
        surnames[c.key.split()[-1]].append(c)
    named = _by_either_name(full)  # (a given name alone too)
    for c in [c for c in clusters.values() if len(c.key.split()) == 1 and c.cls() not in {PERSON, COUNTRY}]:
        targets = (named if c.cls() == PRODUCT else surnames).get(c.key, [])
        # (a home nation is no one's surname there: "Tudor England", a name the model made of an era)
        if len(targets) != 1 or c.cued() or c.key in countries.HOME_NATIONS:
            continue
        # (read as a place there, it was never read as the company: the name is the person's when a
        # cue says the full name is a person's, not only the model: "Entering Westminster")
        if any((m.label not in PLACE_LABELS or not targets[0].cued()) and _where_a_company_stands(m.span(doc).root)
               for m in c.mentions):
            continue
        # the model's guesses that a name alone names a firm, a place or a product ("Hale faces a
        # lay-off" of a report on Tom Hale) outvote no one, however many, where a cue or a given
        # name says the full name is a person's: the small model reads most surnames alone so
        # ("Hale said" five times, "Tom Hale" once). Else the majority decides: a "full name" the
        # model alone read may be two words it joined ("Warhol Polaroid", "Vantor Zephyr")
        if c.cls() != PRODUCT and not _a_persons_name(targets[0]) \
                and Cluster(targets[0].key, targets[0].mentions + c.mentions).cls() != PERSON:
            continue
        targets[0].mentions.extend(replace(m, label="PERSON", votes=((PERSON, 1),)) for m in c.mentions)
        del clusters[c.key]


# Tokens a text needs to be read as an article, which names its people in full before it names
# them short (a sentence of news is 25 to 30).
ARTICLE_TOKENS = 100


def _drop_lone_words_read_as_people(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """A single word the model read as a person, with nothing else to say so, is more often a
    company, a place or a product than a person ("Internet portal Zorbit", "Zephyr models"): three
    of four such on NewsGold's tuning data, 113 of 144 read outside NewsGold. It is kept when a cue
    voted for it ("Mr Ruiz"), a title or a relative stands before it ("President Ruiz", "his wife,
    Ann"), a person's full name is listed with it, or it is a word of a person's full name in the
    article ("Ann" of "Ann Ruiz"). Right after a noun of firms ("oil giant Zorbit") it is the firm.
    Only in an article: a sentence or two on its own (a quote, a snippet) names people by surname
    alone as a matter of course ("Ruiz said on Monday ...")."""
    if len(doc) < ARTICLE_TOKENS:
        return
    words = {w for c in clusters.values() if c.cls() == PERSON and len(c.key.split()) > 1 for w in c.key.split()}
    for key, c in list(clusters.items()):
        if c.cls() != PERSON or len(key.split()) != 1 or c.cued() or key in words:
            continue
        if any(m.end - m.start > 1 or _said_of_a_person(doc, m) for m in c.mentions):
            continue
        if any(_named_by_its_trade(doc, m) for m in c.mentions):  # "oil giant Zorbit": the firm
            c.mentions = [replace(m, votes=((ORGANIZATION, 1),)) for m in c.mentions]
            continue
        del clusters[key]


# Words that name a body when capitalised though the article writes them in lower case too
# ("Parliament will vote ... the parliament"): kept at a sentence's start.
BODY_WORDS = GOVERNMENT_WORDS | {"congress", "commons", "lords", "treasury"}


def _drop_common_words(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"Broadband soars in 2004", "Spyware is considered ...", "Comedy sequel X": a word the model
    read as a name only where a sentence or a headline opens with it, which the article writes in
    lower case elsewhere ("... the cost of broadband"), is that common word, no name; unless a cue
    voted for it or it names a country or a body. (66 such words outside NewsGold, 62 of them no
    names.) So is a noun of organisations ("Party leader Ann Ruiz said": no "Party" she leads),
    though the article never writes it in lower case; not a legislature's or a government's
    (BODY_WORDS: "Parliament will debate it"). So is an adjective of the lexicon that is no noun,
    before a word in lower case each time ("Digital sales rose"), though the article never writes
    it so; not one that ends or opens clubs' names ("United were ...")."""
    lower = None
    for key, c in list(clusters.items()):
        if " " in key or ":" in key or c.iso() or c.cued() or key in BODY_WORDS:
            continue
        if not all(_opens_a_sentence(doc, m.start) for m in c.mentions):
            continue
        if lower is None:
            lower = {t.text for t in tokens(doc) if t.is_lower}
        if key in lower or key in ORG_NOUNS \
                or (adjective_only(key, doc.vocab) and key not in ORG_NAME_ENDINGS | CLUB_NAME_OPENINGS
                    and all(m.end < len(doc) and doc[m.end].is_lower and doc[m.end].is_alpha for m in c.mentions)):
            del clusters[key]


def _opens_a_sentence(doc: Doc, i: int) -> bool:
    # (whether the word opens its sentence, as Token.sent would say, without slicing the sentence out)
    return i == 0 or bool(doc[i].is_sent_start) or doc[i - 1].is_space or doc[i - 1].text in QUOTES


def _named_by_its_trade(doc: Doc, m: Mention) -> bool:
    """"retail bank Zorbit", "technology firms Zorbit and Quandel", "oil giant Zorbit": a common
    noun of organisations written right before the word (not one people are called as well, "rival
    Zorbit", nor one products share, "search engine Zorbit")."""
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.text == "and" and m.start > 2:  # the second of two names
        before = doc[m.start - 3] if doc[m.start - 2].ent_type_ else None
    word = lemma(before).lower() if before is not None and before.pos_ == "NOUN" and before.is_lower else ""
    return word in ORG_NOUNS and word not in PEOPLE_TOO | SHARED_NOUNS


def _said_of_a_person(doc: Doc, m: Mention) -> bool:
    """"President Ruiz", "his wife, Ann", "Ann and Tom Hale", "Madonna and Elton John": a title or a
    relative before the word, or a person's full name listed with it."""
    before = doc[m.start - 1] if m.start > 0 else None
    if before is not None and before.pos_ == "PROPN" and before.is_title and before.head.i == m.start \
            and before.dep_ == "compound" and not before.ent_type_:
        return True  # "DJ Trevor Nelson" with only "Nelson" read as the person: the name is longer
    if before is not None and before.text == "," and m.start > 1:
        before = doc[m.start - 2]
    if before is not None and (before.lower_ in TITLE_WORDS | RELATIVES or person_role(before)):  # "U2 frontman Bono"
        return True
    root = doc[m.start]
    # (spaCy's conjuncts are the whole list's, whichever item asks)
    return any(t.ent_type_ == "PERSON" and (t.ent_iob_ == "I" or t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I")
               for t in root.conjuncts)


def _merge_short_org_names(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"Northrop Grumman ... Northrop said", "the US Customs Service ... US Customs": the first
    words of an organisation's name alone, written after its full name, are that organisation
    when one organisation of the article has a name that starts so and no person's name holds the
    word ("Bill Ford ... Ford"). Not in a sentence that names the full one ("Sony and Sony
    Ericsson" are two companies; but a firm named for two founders may be named both ways in a
    sentence after the first that names it: _names_a_second_name), nor before it is first named
    (the short name was news of its own; unless it was the headline's, _named_early), nor when the
    headline alone writes the full one (_only_in_the_headline), nor when a cue voted for a person
    (an event, a product) or the merged votes would make the organisation something else: the
    model's guess alone on the short name ("delist New Century" an event) does not keep it apart."""
    by_start: dict[tuple[str, ...], list[Cluster]] = defaultdict(list)
    for c in clusters.values():
        words = tuple(c.key.split())
        if len(words) > 1 and c.cls() == ORGANIZATION and not _special(c.key):
            for k in range(1, len(words)):
                by_start[words[:k]].append(c)
    people_words = _words_of_full_names(clusters)
    for c in [c for c in clusters.values() if not _special(c.key)]:
        cls, words = c.cls(), tuple(c.key.split())
        targets = by_start.get(words, [])
        if cls not in {ORGANIZATION, PERSON, EVENT, PRODUCT} or c.key in people_words or len(targets) != 1 \
                or c.key not in clusters:
            continue
        if cls != ORGANIZATION and c.cued():
            continue  # a cue, not only the model's guess, says a person (an event, a product)
        full = targets[0]
        if full.key not in clusters:
            continue
        second_name = _names_a_second_name(doc, full.key, len(words), clusters)
        if _written_apart(doc, c, full, beside=second_name) or _only_in_the_headline(doc, full) \
                or _an_acronyms_arm(c, full.key, len(words), second_name):
            continue
        if Cluster(full.key, full.mentions + c.mentions).cls() != ORGANIZATION:
            continue
        full.mentions.extend(c.mentions)
        del clusters[c.key]


def _an_acronyms_arm(short: Cluster, full_key: str, cut: int, second_name: bool) -> bool:
    """Whether the longer name is an arm of the firm an acronym names ("VTC ... VTC Sport", "VTC
    One", "VTC Mobile"), not its full name: a firm known by its initials gives them to its
    channels, units and services, and writes its own ending or a second name after them ("VTC
    Group", "VTC Systems", "VTC Stoy Hayward" are the firm). Outside NewsGold, 26 of the 33 acronyms
    the merge of short names joined to a longer name were such an arm's parent (20 of them the
    BBC's, named apart from its channels and news); of the 7 that were the firm, 3 are kept apart
    by it too: two named by their trade ("Investors", "Fund Management") and one whose second name
    is also a town's ("Stoy Hayward")."""
    if not all(m.text.isupper() for m in short.mentions):
        return False
    rest = full_key.split()[cut:]
    return not second_name and not (len(rest) == 1 and (rest[0] in COMPANY_ENDINGS or rest[0] in TRADE_ENDINGS))


def _merge_org_name_ends(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"the KBC World Service ... the World Service", "Vantor Radio 4 ... Radio 4": an
    organisation's name without the organisation it opens with (one the article names, or an
    acronym) is that organisation, when it is two words or more and one organisation of the
    article ends so ("Sony Ericsson ... Ericsson" are two companies: one word may be a firm's own
    name). (A country that opens a name: _merge_names_without_country.)"""
    organizations = [c for c in clusters.values() if c.cls() == ORGANIZATION]
    by_end: dict[str, list[tuple[Cluster, str]]] = defaultdict(list)
    for c in organizations:
        if _special(c.key) or c.key.startswith("nation:"):
            continue
        written = max((m.text for m in c.mentions), key=len).split()
        words = c.key.split()
        for k in range(1, min(len(words), len(written)) - 1):
            by_end[" ".join(words[k:])].append((c, " ".join(written[:k])))
    ends = [c for c in organizations if not _special(c.key) and " " in c.key and len(by_end.get(c.key, ())) == 1]
    if not ends:
        return
    firms = _firm_names(doc, organizations)
    for c in ends:
        full, lead = by_end[c.key][0]
        if c.key not in clusters or full.key not in clusters or not (norm(lead) in firms or ACRONYM.fullmatch(lead)):
            continue
        full.mentions.extend(c.mentions)
        del clusters[c.key]


def _merge_last_word_org_names(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"the Kestrel Commission ... the Commission said", "Leeds Rovers ... Rovers": the last word of
    an organisation's name alone, written after the full name, is that organisation when it is the
    only one of the article's organisations that ends so, the rest of its name is written as a
    name (not "Injured Leeds", opening a sentence, nor a score), no person's name holds the word,
    it is no country's name nor an acronym, and the article never reads it as a place ("Radio
    Leeds ... Leeds" is the city's club), nor writes it with an ending ("Zephyr Corp"). Not
    where the rest of the name is a firm's of its own: "Kestrel Zephyr" may be two firms' venture,
    and "Zephyr" the one. As _merge_short_org_names: not in a sentence that names the full one, nor
    before it (but in the headline: _named_early)."""
    organizations = [c for c in clusters.values() if c.cls() == ORGANIZATION]
    by_end: dict[str, list[Cluster]] = defaultdict(list)
    for c in organizations:
        # (a party's cluster is keyed by the party: its name as written counts, "... Party")
        name = norm(max((m.text for m in c.mentions), key=len)) if _special(c.key) else c.key
        if " " in name:
            by_end[name.split()[-1]].append(c)
    alone = [c for c in organizations if " " not in c.key and not _special(c.key) and len(by_end.get(c.key, ())) == 1]
    if not alone:
        return
    firms = _firm_names(doc, organizations)
    people_words = _words_of_full_names(clusters)
    places = {e.text.casefold() for e in doc.ents if e.label_ in PLACE_LABELS}
    for c in alone:
        targets = by_end[c.key]
        if c.key in people_words or c.key in places \
                or ACRONYM.fullmatch(c.key.upper()) and c.key.upper() == max(c.surfaces(), key=len) \
                or countries.lookup(c.key) or c.key not in clusters \
                or any(" " in norm(m.text) for m in c.mentions):
            continue
        full = targets[0]
        if _special(full.key) or full.key.rsplit(" ", 1)[0] in firms or not _written_as_a_name(doc, full):
            continue
        if _written_apart(doc, c, full):
            continue
        full.mentions.extend(c.mentions)
        del clusters[c.key]


def _merge_last_word_event_names(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"the Kestrel Cup ... the Cup", "the Vantor Championships ... the Championships": the word that
    ends an event's name (EVENT_NAME_ENDINGS), alone, is the one event of the article that ends so,
    written after it (as _merge_last_word_org_names). Not "Olympics", a name of its own."""
    events = [c for c in clusters.values() if c.cls() == EVENT]
    by_end: dict[str, list[Cluster]] = defaultdict(list)
    for c in events:
        if " " in c.key:
            by_end[c.key.split()[-1]].append(c)
    for c in events:
        targets = by_end.get(c.key, [])
        if c.key not in EVENT_NAME_ENDINGS - {"olympics"} or len(targets) != 1 or _written_apart(doc, c, targets[0]):
            continue
        targets[0].mentions.extend(c.mentions)
        del clusters[c.key]


# Tokens of a headline at most: a longer first line is the body's first sentence.
HEADLINE_TOKENS = 20


def _written_apart(doc: Doc, short: Cluster, full: Cluster, beside: bool = False) -> bool:
    """Whether a short name is news of its own beside the full one it might stand for: written in
    a sentence that names the full one too ("Sony and Sony Ericsson" are two companies), or before
    it (_named_early). ``beside``: a sentence may name both where an earlier one named the full
    one, unless it lists the short one with another name ("Kestrel and Vantor")."""
    if _named_early(doc, short, full):
        return True
    starts = {doc[m.start].sent.start for m in full.mentions}
    first = min(starts)
    return any(doc[m.start].sent.start in starts and (
        not beside or doc[m.start].sent.start == first or doc[m.start:m.end].root.conjuncts)
        for m in short.mentions)


def _names_a_second_name(doc: Doc, key: str, cut: int, clusters: dict[str, Cluster]) -> bool:
    """Whether the words of an organisation's name after its first ``cut`` are a name and no word
    of the language, nor a place's, nor a firm's the article names: a firm named for two founders
    ("Kestrel Quenbyx ... Kestrel", a short name of the firm wherever it is written) rather than a
    firm's arm, service or branch named after it ("Vantor News", "Vantor Australia", "Vantor
    Foundation"), or two firms' venture ("Vantor Zorbit", with Zorbit named), which the short
    name beside it is not."""
    rest = key.split()[cut:]
    # (the words first: the article's firms are read anew from the parse, and are seldom needed)
    return bool(rest) and all(w.isalpha() and english_word(w, doc.vocab) is False and not places.a_place_name(w)
                              for w in rest) \
        and " ".join(rest) not in _firm_names(doc, [c for c in clusters.values() if c.cls() == ORGANIZATION])


def _named_early(doc: Doc, short: Cluster, full: Cluster) -> bool:
    """Whether a short name is written before the full one it might stand for: news of its own,
    unless only the headline writes it so. A headline names short what the body then names in
    full ("Cairn shares slump ... Cairn Energy said ... Cairn"): in the BBC and Wikinews articles
    outside NewsGold, 43 of the 45 names joined so were the organisation named in full. Not an
    acronym, which in a headline is as often a body of its own ("BBC poll finds ...", with the
    BBC World Service named after)."""
    first = min(m.start for m in full.mentions)
    early = [m for m in short.mentions if m.start < first]
    if not early:
        return False
    body = _headline_end(doc)
    return any(m.start >= body for m in early) or any(ACRONYM.fullmatch(s) for s in short.surfaces())


def _only_in_the_headline(doc: Doc, full: Cluster) -> bool:
    """Whether the longer name is written in the headline alone: the body names the short one as
    a thing of its own ("Designer of the first Zephyr Mac honoured ... joined Zephyr in 1979": the
    firm, not its computer; "Kestrel 6 Music" and "Kestrel", a station and its broadcaster). In the
    BBC and Wikinews articles, all three names joined so were two things."""
    body = _headline_end(doc)
    return bool(body) and all(m.start < body for m in full.mentions)


def _headline_end(doc: Doc) -> int:
    """Where the body starts when the text opens with a headline (a short first line, no full
    stop, then a blank line: kg.nlp.pipeline starts a sentence there), else 0."""
    first = next(doc.sents, None)
    if first is None or len(first) > HEADLINE_TOKENS or first.end >= len(doc):
        return 0
    words = [t for t in first if not t.is_space]
    if not words or words[-1].text in {".", "!", "?"}:
        return 0
    gap = doc_text(doc)[words[-1].idx + len(words[-1]):doc[first.end].idx]
    return first.end if gap.count("\n") >= 2 else 0


def _firm_names(doc: Doc, organizations: list[Cluster]) -> set[str]:
    """The names, normalised, of the article's organisations and of what the model read as one
    anywhere in it (kg.mentions.products.maker_names): built only when a merge asks, since the
    model's entity spans are made anew at each reading."""
    return {norm(n) for n in maker_names(doc)} | {c.key for c in organizations}


def _written_as_a_name(doc: Doc, c: Cluster) -> bool:
    """Whether some mention of the cluster reads as one thing's name throughout: its words
    capitalised (or small words inside, but not "and"), no figure, and not the first word of its
    sentence (where "Injured Leeds" or "Bookmakers Kestrel" are read whole)."""
    return any(doc[m.start].sent.start != m.start
               and all(t.is_title or t.is_upper or t.lower_ in NAME_INNER_WORDS for t in doc[m.start:m.end])
               for m in c.mentions)


# Small words inside one thing's name ("Bank of England"); "and" joins two ("Leeds and Hull").
NAME_INNER_WORDS = MINOR_WORDS - {"and", "&"}


def _words_of_full_names(clusters: dict[str, Cluster]) -> set[str]:
    """Every word of the people's full names in the article: a word alone that is one of them may
    be that person ("Bill Ford ... Ford"), so no other name takes it."""
    return {w for c in clusters.values() if c.cls() == PERSON and len(c.key.split()) > 1 for w in c.key.split()}


def _special(key: str) -> bool:
    """Clusters keyed by what they are, not by a name: "party:...", "country:..."."""
    return key.startswith(("party:", "country:"))


def _merge_acronyms(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"the Kurdistan Workers Party (PKK) ... the PKK", "the United Nations ... a U.N. official",
    "Marks & Spencer ... M&S", "the Vantor Electronics Show ... VES": an acronym the article spells
    out in brackets right after a name, or whose letters are the initials of the one organisation
    or event of the article that has them, names it (_initials_fit)."""
    listed_openings = {opening for run in bracket_runs(doc) for opening, _ in run}
    for c, letters in [(c, letters) for c in clusters.values() if (letters := _acronym_of(c)) and c.cls() != COUNTRY]:
        bracketed = {m.start - 1 for m in c.mentions if m.start >= 2 and _in_brackets(doc, m)}
        # (a word in brackets written as words are, "Nato", stands for the name before it only if
        # that is no person's, nor one of a list of such names and brackets, as a team sheet is:
        # "Ann Ruiz (Brive)" names the player's club)
        capitals = any(not m.text.istitle() for m in c.mentions)
        listed = not bracketed.isdisjoint(listed_openings)
        spelt = [o for o in clusters.values() if o is not c and len(o.key.split()) > 1
                 and any(n.end in bracketed for n in o.mentions)
                 and (capitals or o.cls() != PERSON and not listed)]
        fits = spelt or [o for o in clusters.values() if o is not c and o.cls() in {ORGANIZATION, EVENT}
                         and len(o.key.split()) > 1 and _initials_fit(letters, o)]
        if len(fits) == 1:
            cls = fits[0].cls()
            fits[0].mentions.extend(_guess_taken_back(m, cls) for m in c.mentions)
            del clusters[c.key]


def _initials_fit(letters: str, c: Cluster) -> bool:
    """Whether an acronym's letters are the initials of the cluster's longest name, and not by
    chance: a name that opens with the acronym itself is a thing of the acronym's firm ("VT
    Together", V and T, is a tariff of VT's; in the BBC articles "BT" was read as its tariff so)."""
    name = max((m.text for m in c.mentions), key=len)
    return letters in initials(name) and name.split()[0].upper() != letters


def _merge_nicknames(clusters: dict[str, Cluster]) -> None:
    """"the US Federal Reserve ... the Fed": a nickname of ORG_NICKNAMES names the one organisation
    of the article whose name ends in the name it stands for."""
    for c in [c for c in clusters.values() if c.key in ORG_NICKNAMES]:
        full = ORG_NICKNAMES[c.key]
        fits = [o for o in clusters.values() if o is not c and o.cls() == ORGANIZATION
                and (o.key == full or o.key.endswith(" " + full))]
        if len(fits) == 1:
            fits[0].mentions.extend(_guess_taken_back(m, ORGANIZATION) for m in c.mentions)
            del clusters[c.key]


# Words that say the name after them is another the thing goes by: "Tom Hale, also known as
# Zorbit", "Ann Ruiz - aka DJ Lumen", "the V100 jets - more often known as V1s", "Tom Hale - known
# by his online nickname Zorbit", "Vantor, formerly known as Kestrel", "Vantor was renamed Lumen".
# Adverbs may come before "known"; "dubbed" and "called" name what a thing is called by others,
# not always the thing itself, and stay out.
KNOWN_AS_ADVERBS = {"also", "better", "more", "most", "often", "widely", "commonly", "popularly", "affectionately",
                    "otherwise", "simply", "now", "locally", "formerly", "previously", "once", "later"}
ALIAS_MARKS = {",", "-", "–", "—", "("}
ALIAS_WORDS = {"aka", "a.k.a.", "a.k.a", "nicknamed", "renamed"}
# Words of a clause on the name before the alias: "Vantor, which was formerly known as Kestrel",
# "Vantor is to be renamed Lumen"
ALIAS_CLAUSE_WORDS = {"which", "who", "that", "is", "was", "are", "were", "has", "had", "have", "been", "being",
                      "to", "be", "will"}
# Any of those words (ALIAS_WORDS and "known"), as the hashes of a token's lower case
ALIAS_SAID = frozenset(get_string_id(w) for w in ALIAS_WORDS | {"known"})
# Words between "known by" and the name: "his internet nickname", "its trading name"
KNOWN_BY_NOUNS = {"nickname", "name", "alias", "pseudonym"}


def _merge_names_known_as(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"Tom Hale, also known as Zorbit", "DJ Ann Ruiz - aka Lumen": the name a mention is said to go
    by is the same thing's, of the class all its mentions vote for together. Not where a person
    would no longer be one: the text treats the other name as a thing of its own (a DJ's stage
    name whose records it names). Not a pair ("known as Hale and Ruiz" is two), nor a name ending
    a title ("Queen of the Lumen, otherwise known as Ann Ruiz" is her blog's), nor a country,
    named by ISO."""
    if not any(t.lower in ALIAS_SAID for t in tokens(doc)):
        return  # (most articles say none: one pass over the words spares a look after every mention)
    owner = {m.start: c for c in clusters.values() for m in c.mentions}
    for c in list(clusters.values()):
        if c.key not in clusters or c.cls() == COUNTRY:
            continue
        for m in list(c.mentions):
            alias = _alias_after(doc, m.end)
            other = owner.get(alias) if alias is not None else None
            if other is None or other is c or other.key not in clusters or other.cls() == COUNTRY \
                    or _after_of(doc, m.start) \
                    or any(n.text in {"and", "&"} for o in other.mentions for n in doc[o.start:o.end + 1]):
                continue
            classes = {c.cls(), other.cls()}
            if PERSON in classes and Cluster(c.key, c.mentions + other.mentions).cls() != PERSON:
                continue
            c.mentions.extend(other.mentions)
            del clusters[other.key]
            owner.update({o.start: c for o in other.mentions})


def _after_of(doc: Doc, start: int) -> bool:
    """Whether a name ends a longer title: after a capitalised word and "of" or "of the" ("Queen of
    the Lumen"; not "the leadership of Ann Ruiz")."""
    k = start - 1 - (start > 1 and doc[start - 1].lower_ == "the")
    return k > 0 and doc[k].lower_ == "of" and doc[k - 1].is_title


def _alias_after(doc: Doc, end: int) -> int | None:
    """Where the name another is said to go by starts, for a mention that ends at ``end``: after
    a mark (a noun may come before it: "the V100 jets -") or a clause's verb ("which was", "is to
    be"), then "aka", "nicknamed", "renamed (to)" or adverbs and "known as" / "known by his
    nickname", and a "the"; else None."""
    i = end
    # (a noun without a mark is what the other name is a kind of: "the Kestrel platform is known as
    # Zorbit" names the platform, not Kestrel)
    if i + 1 < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower and doc[i + 1].text in ALIAS_MARKS:
        i += 1
    if i < len(doc) and doc[i].text in ALIAS_MARKS:
        i += 1
    while i < len(doc) and doc[i].lower_ in ALIAS_CLAUSE_WORDS:
        i += 1
    while i < len(doc) and doc[i].lower_ in KNOWN_AS_ADVERBS:
        i += 1
    if i < len(doc) and doc[i].lower_ in ALIAS_WORDS:
        i += 1 + (i + 1 < len(doc) and doc[i].lower_ == "renamed" and doc[i + 1].lower_ in {"to", "as"})
    elif i + 1 < len(doc) and doc[i].lower_ == "known" and doc[i + 1].lower_ in {"as", "by"}:
        i += 2
        if doc[i - 1].lower_ == "by":  # "known by his internet nickname Zorbit"
            k = next((k for k in range(i, min(i + 4, len(doc))) if doc[k].lower_ in KNOWN_BY_NOUNS), None)
            if k is None:
                return None
            i = k + 1
    else:
        return None
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    return i if i < len(doc) else None


def _guess_taken_back(m: Mention, cls: str) -> Mention:
    """An acronym's or a nickname's mention joining the full name: the model's guess at it ("MoD" a
    place, "CEA" a person, five times each) becomes a vote for what the name is; the cues read in
    the text stand ("the hit show CSI" is a programme whatever its full name looks like)."""
    tally = Counter(dict(m.votes))
    guess = LABEL_VOTES.get(m.label)
    if guess is not None and tally[guess] > 0:
        tally[guess] -= 1
    tally[cls] += 1
    return replace(m, votes=tuple(sorted((k, n) for k, n in tally.items() if n > 0)))


def _acronym_of(c: Cluster) -> str | None:
    """The letters of the acronym a cluster names, as written ("BoE": "BE"), else read in capitals
    ("u.n." -> "UN")."""
    return next((letters for m in c.mentions if not m.text.isupper() and (letters := acronym_letters(m.text))),
                None) or acronym_letters(c.key.upper())


# A model's short name: "IE9", "PS3" (letters, then the model number).
MODEL_ACRONYM = re.compile(r"([A-Z]{2,4})(\d{1,4})")


def _merge_model_acronyms(clusters: dict[str, Cluster]) -> None:
    """"Internet Explorer 9 ... IE9", "PlayStation 3 ... PS3": a short name of initials and a
    number is the one product of the article whose words start so (capitals inside a word count:
    PlayStation) and whose name ends in that number."""
    products = [c for c in clusters.values() if c.cls() == PRODUCT and len(c.key.split()) > 1]
    for c in list(clusters.values()):
        found = MODEL_ACRONYM.fullmatch(max((m.text for m in c.mentions), key=len))
        if found is None or c.cls() == COUNTRY:
            continue
        letters, number = found.groups()
        fits = [p for p in products if p is not c and _model_initials(max((m.text for m in p.mentions), key=len))
                == (letters, number)]
        if len(fits) == 1:  # (the model's guess at "PS3" alone, often an organisation, is not counted)
            fits[0].mentions.extend(replace(m, votes=()) for m in c.mentions)
            del clusters[c.key]


def _model_initials(name: str) -> tuple[str, str] | None:
    """("IE", "9") for "Internet Explorer 9", ("PS", "3") for "PlayStation 3"; None without a number."""
    *words, last = name.split()
    if not words or not last.isdigit():
        return None
    return "".join(ch for w in words for ch in w if ch.isupper()), last


# How close a misspelt name must be to the name it stands for (rapidfuzz's ratio, 0-100), and the
# fewest letters a misspelt word has: "Buchtmann"/"Bauchtman" 89, "Fannie Mae"/"Fannie May" 90,
# while "Kujda"/"Kudja" (80) is too short to tell from another name.
MISSPELT_SURNAME = 85
MISSPELT_NAME = 90
MISSPELT_MIN_LETTERS = 6
MISSPELT_MAX_MENTIONS = 2  # a misspelling is a slip, not the way the article names someone


def _merge_misspelt(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"Lydia Buchtmann ... Bauchtman said", "Dennis DesRosier ... DesRoiser", "Fannie Mae ...
    Fannie May": a name written once or twice, close in spelling to one name of the article, is
    that name. Two people with the same first name and close surnames are told apart when both are
    written in one sentence, or when the one written less is written often."""
    people = [c for c in clusters.values() if c.cls() == PERSON and len(c.key.split()) > 1]
    orgs = [c for c in clusters.values() if c.cls() == ORGANIZATION and len(c.key.split()) > 1 and not _special(c.key)]
    people_words = _words_of_full_names(clusters)
    for c in list(clusters.values()):
        if len(c.mentions) > MISSPELT_MAX_MENTIONS or _special(c.key) or c.key not in clusters:
            continue
        words, cls = c.key.split(), c.cls()
        if len(words) == 1 and cls in {PERSON, ORGANIZATION} and len(c.key) >= MISSPELT_MIN_LETTERS \
                and c.key not in people_words:
            fits = [p for p in people if fuzz.ratio(c.key, p.key.split()[-1]) >= MISSPELT_SURNAME]
        elif len(words) > 1 and cls == PERSON and len(words[-1]) >= MISSPELT_MIN_LETTERS:
            fits = [p for p in people if p is not c and p.key.split()[0] == words[0] and p.key.split()[-1] != words[-1]
                    and len(p.mentions) >= len(c.mentions)
                    and fuzz.ratio(words[-1], p.key.split()[-1]) >= MISSPELT_SURNAME]
        elif len(words) > 1 and cls == ORGANIZATION and len(c.key) >= MISSPELT_MIN_LETTERS:
            fits = [o for o in orgs if o is not c and o.key.split()[0] == words[0] and len(o.mentions) >= len(c.mentions)
                    and fuzz.ratio(c.key, o.key) >= MISSPELT_NAME]
        else:
            continue
        fits = [f for f in fits if _misspelling(c.key, f.key)]
        if len(fits) != 1 or fits[0].key not in clusters:
            continue
        together = {doc[m.start].sent.start for m in fits[0].mentions} & {doc[m.start].sent.start for m in c.mentions}
        if not together:
            fits[0].mentions.extend(replace(m, votes=()) for m in c.mentions)
            del clusters[c.key]


def _misspelling(key: str, other: str) -> bool:
    """Whether the last words of two close names differ as a slip does, not as two names do: a
    name that only adds letters to the other is another name ("Stone" and "Stones", "Malone" and
    "Maloney", "William" and "Williams"), unless the letter added doubles the last ("Abbot",
    "Abbott")."""
    a, b = sorted((key.split()[-1], other.split()[-1]), key=len)
    return a == b or not b.startswith(a) or b == a + a[-1]


def _merge_product_short_names(clusters: dict[str, Cluster]) -> None:
    """"the Ford Taurus ... the Taurus", "Mozilla Firefox ... Firefox": a product's last word
    alone is that product, when it ends one product's name in the article, no person's name holds
    it, and only the model's guesses (no cue) gave it another class ("Firefox" as a person)."""
    ends: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters.values():
        words = c.key.split()
        if len(words) > 1 and c.cls() == PRODUCT:
            ends[words[-1]].append(c)
    people_words = _words_of_full_names(clusters)
    for c in [c for c in clusters.values() if len(c.key.split()) == 1 and ":" not in c.key]:
        targets = ends.get(c.key, [])
        if len(targets) != 1 or c.key in people_words or c.cls() == COUNTRY:
            continue
        if c.cls() != PRODUCT and c.cued():
            continue  # a cue says it is something else
        # (the model's other guesses at the word alone go with it: the product's name is said in full)
        targets[0].mentions.extend(c.mentions if c.cls() == PRODUCT else _read_as_product(c.mentions))
        del clusters[c.key]


def _read_as_product(mentions: list[Mention]) -> list[Mention]:
    """The mentions with one vote for a product in place of the model's guesses."""
    return [replace(m, votes=((PRODUCT, 1),)) for m in mentions]


def _products_where(clusters: dict[str, Cluster], test: Callable[[Cluster], bool]) -> None:
    """Make a product of each cluster that ``test`` picks, when only the model's guesses (no cue)
    gave it another class (not an undertaking named after a product: "the Zorbit Developer
    Program", UNDERTAKING_ENDINGS)."""
    for c in clusters.values():
        if c.cls() not in {PRODUCT, COUNTRY} and test(c) and not c.cued() \
                and c.key.split()[-1] not in UNDERTAKING_ENDINGS:
            c.mentions[:] = _read_as_product(c.mentions)


def _product_lines(clusters: dict[str, Cluster]) -> None:
    """"the Mac mini ... sales of the Mac", "the MacBook Pro ... the MacBook", "Zorbit 2 ... Zorbit":
    the name a model word or a sequel's number finishes is a product line, however the word is
    written."""
    lines = {m.text.rsplit(" ", 1)[0] for c in clusters.values() if c.cls() == PRODUCT
             for m in c.mentions if " " in m.text and (m.text.rsplit(" ", 1)[1].lower() in MODEL_WORDS
                                                        or SEQUEL.fullmatch(m.text.rsplit(" ", 1)[1]))}
    _products_where(clusters, lambda c: bool(c.surfaces() & lines))


# The number of a sequel or a second model: "Zorbit 2", "Zorbit III" (not "Zorbit 1", which is as
# often a channel or a station, nor "Zorbit 747", a maker's model).
SEQUEL = re.compile(r"[2-9]|II|III|IV|V|VI")


def _models_of_lines(clusters: dict[str, Cluster]) -> None:
    """"the Mac ... Mac OS X Lion", "the Xbox ... Xbox Live": a name that opens with the name of a
    product of the article and goes on is a model or an edition of it. (Not a market index's: "the
    Dow ... Dow Chemical".)"""
    products = {c.key for c in clusters.values()
                if c.cls() == PRODUCT and ":" not in c.key and markets.index_name(c.key) is None}
    _products_where(clusters, lambda c: any(" ".join(c.key.split()[:k]) in products
                                            for k in range(1, len(c.key.split()))))


def _merge_names_without_country(clusters: dict[str, Cluster]) -> None:
    """"the United States Air Force ... the Air Force": an organisation's name written without
    the country that opens it is that organisation, when one organisation of the article has it."""
    def without_country(key: str) -> str | None:
        # ("US Airways" leaves no "Airways" of its own)
        return key.split(" ", 1)[1] if key.startswith("nation:") and len(key.split()) > 2 else None

    _merge_into_the_one_full_name(clusters, ORGANIZATION, without_country)


# Last words of places' names that the news drops once it has named the place: "Guantanamo Bay ...
# Guantanamo", "the Kestrel River ... the Kestrel" (not "Park", "Island", "City", "Harbour": "Hyde
# Park", "Hong Kong Island", "Texas City" are places apart from what they open with)
DROPPED_PLACE_ENDINGS = frozenset({"bay", "river"})


def _merge_short_place_names(clusters: dict[str, Cluster]) -> None:
    """"Guantanamo Bay ... Guantanamo": a place's name without the last word that says what kind
    of place it is (DROPPED_PLACE_ENDINGS) is that place, when one place of the article has it and
    the rest is no state's or region's name of its own (the Mississippi River is not the state)."""
    def without_ending(key: str) -> str | None:
        words = key.split()
        return " ".join(words[:-1]) if len(words) > 1 and words[-1] in DROPPED_PLACE_ENDINGS else None

    _merge_into_the_one_full_name(clusters, PLACE, without_ending, apart=lambda short: any(
        regions.subdivision(s) or regions.state(s) for s in short.surfaces()))


def _merge_into_the_one_full_name(clusters: dict[str, Cluster], cls: str, shortened: Callable[[str], str | None],
                                  apart: Callable[[Cluster], bool] | None = None) -> None:
    """The cluster of class ``cls`` named by what ``shortened`` leaves of a name joins the one
    cluster of that class so named in full, unless ``apart`` says it is a thing of its own."""
    full: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters.values():
        if (key := shortened(c.key)) is not None and c.cls() == cls:
            full[key].append(c)
    for key, found in full.items():
        short = clusters.get(key)
        if len(found) == 1 and short is not None and short.cls() == cls and not (apart and apart(short)):
            found[0].mentions.extend(short.mentions)
            del clusters[key]


# A ministry's name, whose portfolios follow: "department for education and skills"
MINISTRY = re.compile(r"(?:department|ministry|office) (?:of|for) (?:the )?(.+)")


def _a_brief(name: str) -> bool:
    """Whether a name is all words of a minister's brief ("Education", "Trade and Industry"),
    no body's name of its own."""
    return all(w in BRIEF_WORDS for w in name.lower().split())


def _merge_briefs(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"the Department for Kestrel and Skills ... Kestrel Secretary Ann Ruiz": a minister's brief,
    which the model reads as an organisation (kg.extract.roles.organizations.brief_of), is the one
    ministry of the article whose portfolios it opens. Not a shadow minister's ("Shadow Kestrel
    Secretary Tom Hale" sits in the opposition), whose brief stays a title's."""
    ministries = [(c, found.group(1)) for c in clusters.values()
                  if c.cls() == ORGANIZATION and (found := MINISTRY.fullmatch(c.key))]
    if not ministries:
        return
    for c in [c for c in clusters.values() if c.cls() == ORGANIZATION and not _special(c.key)]:
        if not _a_brief(c.key):
            continue
        fits = [m for m, portfolios in ministries if m is not c and (portfolios + " ").startswith(c.key + " ")]
        held = [m for m in c.mentions if not (m.start and doc[m.start - 1].lower_ == "shadow")]
        if len(fits) == 1 and held:
            fits[0].mentions.extend(held)
            # (a shadow minister's brief stays, as the model read it, for the title to take)
            c.mentions[:] = [m if m.votes else replace(m, votes=((ORGANIZATION, 1),)) for m in c.mentions if m not in held]
            if not c.mentions:
                del clusters[c.key]


def _merge_spellings(clusters: dict[str, Cluster]) -> None:
    """"RipGuard ... Rip Guard", "TimeWarner ... Time Warner": names written apart only by spaces
    or hyphens (corpus.spelling) are one thing's, whose class the votes of both decide (the model
    may read one spelling as a firm and the other as a product)."""
    by_spelling: dict[str, list[Cluster]] = defaultdict(list)
    for c in clusters.values():
        if not _special(c.key) and not c.key.startswith("nation:"):
            by_spelling[spelling(c.key)].append(c)
    for found in by_spelling.values():
        if len(found) > 1:
            first, *rest = sorted(found, key=lambda c: (-len(c.mentions), c.key))
            for c in rest:
                first.mentions.extend(c.mentions)
                del clusters[c.key]


def _merge_plurals(clusters: dict[str, Cluster]) -> None:
    """"iPhones", "Zephyr Touches": a product in the plural is the product the article names;
    "Vantors" (a maker's cars, which the model reads as a firm or a product) and "the Liberals"
    are the organisation the article names in the singular, when the votes together still make it
    one. Not a word of a person's full name: "the Stones" is no "Joss Stone"."""
    people_words = _words_of_full_names(clusters)
    for c in [c for c in clusters.values() if c.cls() in {PRODUCT, ORGANIZATION} and _in_the_plural(c)]:
        for singular in singulars(c.key):
            target = clusters.get(singular)
            if target is None or target is c or singular in people_words:
                continue
            cls = target.cls()
            if (cls == PRODUCT == c.cls()) or cls in {PRODUCT, ORGANIZATION} \
                    and Cluster(target.key, target.mentions + c.mentions).cls() == cls:
                target.mentions.extend(c.mentions)
                del clusters[c.key]
                break


def _merge_possessives_missing_an_s(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"General Motor's chief" in an article that names General Motors: a possessive written with
    the plural's "s" left out is the organisation the article names in the plural (a name of two
    words or more; not "Rolling Stone's list" where the article names no Rolling Stones)."""
    for c in [c for c in clusters.values() if " " in c.key and c.cls() == ORGANIZATION]:
        target = clusters.get(c.key + "s")
        if target is not None and target.cls() == ORGANIZATION \
                and all(m.end < len(doc) and doc[m.end].lower_ in {"'s", "’s"} for m in c.mentions):
            # (written as the article writes the name, which names the organisation)
            target.mentions.extend(replace(m, text=m.text + "s") for m in c.mentions)
            del clusters[c.key]


def _in_the_plural(c: Cluster) -> bool:
    """Whether the article writes the name in the plural wherever it writes it."""
    return c.key.endswith("s") and all(written_in_the_plural(c.key, s) for s in c.surfaces())


def _a_persons_name(c: Cluster) -> bool:
    """Whether a cue or a given name first says a full name is a person's."""
    return c.cued() or any(known_given_name(m.text.split()[0]) for m in c.mentions)


def _where_a_company_stands(root: Token) -> bool:
    """"chairman of Brandt", "Brandt chairman Tomas Brandt", "shares in Brandt", "made by Brandt",
    "works for Brandt": a surname in these places may be the company named after its founder
    ("Brandt's" is as often the person's). Not after other nouns or verbs, which the person's name
    follows as often ("a bid for Brandt", "the withdrawal of Brandt", "stepping in for Brandt",
    "the Brandt successor"), nor before the nouns a headline's verbs are misparsed as ("Brandt
    issues warning")."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "with" and head.i and root.doc[head.i - 1].lower_ in {"along", "together"}:
        return False  # "honoured along with Okafor": listed beside people
    if root.dep_ == "compound":
        return _a_firms_word(head)
    if root.dep_ != "pobj" or head.lower_ not in {"of", "at", "for", "with", "by", "in"}:
        return False
    governor = head.head
    if governor.pos_ in {"VERB", "AUX"}:  # "made by Brandt", "works for Brandt" (not "stepping in for Brandt")
        return head.lower_ == "by" and governor.tag_ == "VBN" \
            or head.lower_ in {"for", "at"} and lemma(governor).lower() == "work"
    return _a_firms_word(governor)


# Posts and parts a firm has: "chairman of Brandt", "Brandt shares", "a stake in Brandt"
FIRMS_WORDS = ROLE_NOUNS | JOB_ROLES | FIRMS_PARTS | {"share", "stake"}


def _a_firms_word(token: Token) -> bool:
    return lemma(token).lower() in FIRMS_WORDS


def _canonical(cluster: Cluster, cls: str) -> str:
    if cls == COUNTRY and cluster.iso():
        return countries.label(cluster.iso())
    if cls == ORGANIZATION and cluster.key.startswith("party:"):
        return cluster.key.removeprefix("party:")
    named_by = countries.REGION_DEMONYMS
    if cls == PLACE and (region := next((named_by[m.text.lower()] for m in cluster.mentions
                                         if m.text.lower() in named_by), None)):
        return region  # "European": Europe; "Scottish": Scotland
    if cls == PLACE:  # "Md.", "MD" and "Maryland" are one state, named in full
        states = sorted({regions.state(m.text) or regions.postal(m.text) for m in cluster.mentions} - {None})
        if states:
            return states[0]
    if cls == PRODUCT and (index := next(filter(None, (markets.index_name(m.text) for m in cluster.mentions)), None)):
        return index  # "the FTSE", "the Footsie": the FTSE 100
    forms = Counter(singular_model(m.text.replace("’", "'")) for m in cluster.mentions)
    if cls == ORGANIZATION:  # "the Federal Reserve", not "the Fed" (_merge_nicknames), nor a brief (_merge_briefs)
        forms = Counter({f: n for f, n in forms.items() if f.casefold() not in ORG_NICKNAMES
                         and not _a_brief(f)}) or forms
    if cls in {ORGANIZATION, EVENT}:  # "Kurdistan Workers Party", not the "PKK" it spells out (_merge_acronyms)
        spelt = {a for f in forms for a in initials(f) if len(f.split()) > 1}
        forms = Counter({f: n for f, n in forms.items()
                         if (acronym_letters(f) or acronym_letters(f.upper())) not in spelt or " " in f}) or forms
    if cls in {PRODUCT, ORGANIZATION}:  # "iPhone", "Vantor", not the "iPhones", "Vantors" merged in (_merge_plurals)
        forms = Counter({f: n for f, n in forms.items() if not (f.endswith("s") and (f[:-1] in forms or f[:-2] in forms))
                         or cls == ORGANIZATION and _kind_in_the_plural(f)}) or forms
    if cls == PERSON:  # the fullest form of a name is the name
        return min(forms, key=lambda f: (-len(f.split()), -forms[f], f))
    if cls == PRODUCT:  # and of a product: "Ford Taurus", though the article says "the Taurus" after
        return min(forms, key=lambda f: (-len(f.split()), -forms[f], -len(f), f))
    most_used = min(forms, key=lambda f: (-forms[f], -len(f), f))
    if cls == ORGANIZATION:
        # "Merrill Lynch ... Merrill said": the full name the short one is the first words of; "the
        # Harbour Commission ... the Commission said": or the last (_merge_last_word_org_names), unless
        # the full name is shaped like a person's: "Ann Kestrel ... Kestrel won" read as a club is
        # mostly a person the model took for one, whose name is better left for the corpus to class
        fuller = [f for f in forms if f.startswith(most_used + " ") and _more_than_an_ending(f[len(most_used):])]
        fuller = fuller or [f for f in forms if f.endswith(" " + most_used) and _names_before(f[:-len(most_used)])
                            and not full_name(f)]
        return min(fuller, key=lambda f: (-len(f.split()), -forms[f], f), default=most_used)
    if cls == PLACE:  # "Guantanamo Bay", though the article says "Guantanamo" after (_merge_short_place_names)
        return next((f for f in sorted(forms) if f.startswith(most_used + " ")
                     and f.rsplit(" ", 1)[-1].lower() in DROPPED_PLACE_ENDINGS), most_used)
    return most_used


def _names_before(words: str) -> bool:
    """Words before an organisation's last word that name it more fully: all of them a name's
    ("Aston", "British and Irish"), not a sentence's the model ran into the name."""
    split = words.split()
    return bool(split) and _name_words(split)


# Words that join a name's words: "Bank of England", "Marks & Spencer", "Banque de France"
_NAME_JOINERS = {"of", "&", "and", "de", "du", "la"}


def _name_words(words: list[str]) -> bool:
    """Whether every word is a name's: capitalised, or one that joins a name's words."""
    return all(w[:1].isupper() or w in _NAME_JOINERS for w in words)


def _kind_in_the_plural(name: str) -> bool:
    """"Vantor Airlines", "Kestrel Networks": a firm's name whose last word is a kind of firm, in
    the plural, is its name as it writes it (the singular is the slip)."""
    last = name.rsplit(" ", 1)[-1].lower()
    return any(word in ORG_NOUNS | ORG_SUFFIXES for word in singulars(last))


# Words after a company's name that leave it the same company: the corpus's company endings
# ("Vantor Inc.", "Vantor Computer") and a few more ways of writing one ("Vantor Motors Co.", "Vantor N.V.").
_ENDINGS = {w.replace(".", "") for w in COMPANY_ENDINGS} | {"motors", "nv", "bv", "se", "spa"}


_REGIONS = set(countries.CONTINENT_DEMONYMS.values()) | {"Americas", "Asia-Pacific", "International"}


def _more_than_an_ending(words: str) -> bool:
    """Words that name the company more fully: more than an ending, all of them a name's (not a
    headline the model ran a name into, "Vantor rescues Kestrel"), and not opening with a place
    ("Vantor Europe" is a part of Vantor)."""
    split = words.split()
    return (any(w.casefold().replace(".", "") not in _ENDINGS for w in split)
            and _name_words(split)
            and not (countries.lookup(split[0]) or countries.sovereign(split[0]) or split[0] in _REGIONS))


def _designations(doc: Doc, cluster: Cluster, makers: Set[str]) -> set[tuple[str, ...]]:
    """A product's model number written without its maker: "A380" of "Airbus A380"; and without
    the family's name after it too: "787" of "Boeing 787 Dreamliner", "A350" of "A350 XWB" (not
    "A330" of "Airbus A330-300E", a variant's, nor "3G" of "3G iPhone", no model number)."""
    found = set()
    # (a name the model read as another kind, which the cues make a product, is one too: "787
    # Dreamliner" read as a firm)
    product = cluster.cls() == PRODUCT
    for m in cluster.mentions:
        if m.label not in {"PRODUCT", "PRODUCT_CUE"} and not product:
            continue
        cut = maker_prefix(doc, m.start, m.end, makers) if m.label == "PRODUCT" else None
        if cut is not None and any(ch.isdigit() for ch in doc[cut].text):
            found.add(tuple(t.text for t in doc[cut:m.end]))
        words = tuple(t.text for t in doc[m.start if cut is None else cut:m.end])
        if len(words) > 1 and MODEL_NUMBER_ALONE.fullmatch(words[0]) \
                and all(w.isalpha() and w[0].isupper() for w in words[1:]):
            found.add(words[:1])
    return found


def _merge_designations(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"A380", which the model reads as its own organisation, is the "Airbus A380" named before."""
    makers = maker_names(doc)
    owners: dict[str, list[Cluster]] = defaultdict(list)
    for cluster in clusters.values():
        for words in _designations(doc, cluster, makers):
            owners[norm(" ".join(words))].append(cluster)
    for key, found in owners.items():
        if len(found) == 1 and key in clusters and clusters[key] is not found[0]:
            found[0].mentions.extend(clusters.pop(key).mentions)


def _add_unlabelled(doc: Doc, clusters: dict[str, Cluster], taken: set[int]) -> None:
    """Find names the model missed in one place but tagged in another (e.g. in a headline), and
    the model numbers of products named after their makers ("A380" for "Airbus A380")."""
    makers = maker_names(doc)
    words_of = texts(doc)
    # the forms of each name, by their first word (a phrase matcher's work, without making a Doc
    # of every form of every name of every article)
    forms: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for key, cluster in clusters.items():
        designations = _designations(doc, cluster, makers)
        words = {tuple(words_of[m.start:m.end]) for m in cluster.mentions} | designations
        # and in the plural: "A320s" of "Airbus A320"
        words |= {(*w[:-1], w[-1] + "s") for w in words if PLURAL_MODEL.fullmatch(w[-1] + "s")}
        # (a name of several words may open with a number: "787 Dreamliner", "10 Downing Street";
        # a model number alone is the product's where it heads no count: "the new 787 will ...")
        for w in sorted(words):
            if w[0][:1].isupper() or w[0][:1].isdigit() and (len(w) > 1 or w in designations):
                forms[w[0]].append((w, key))
    toks = tokens(doc)
    found = sorted(((i, i + len(w), key) for i, text in enumerate(words_of) for w, key in forms.get(text, ())
                    if words_of[i:i + len(w)] == w and not (w[0][:1].isdigit() and len(w) == 1 and _a_count(toks[i]))),
                   key=lambda m: (m[0], m[0] - m[1]))
    for start, end, key in found:
        if any(i in taken for i in range(start, end)) or _prefixed(doc, start) or end - start == 1 and a_degree(doc, start):
            continue
        span = Span(doc, start, end, label=key)
        cluster = clusters[key]
        iso = cluster.iso()
        mention = Mention(span.start, span.end, span.text, "MATCH", votes(span, iso), iso)
        cluster.mentions.append(mention)
        taken.update(range(span.start, span.end))


def _a_count(token: Token) -> bool:
    """A number that counts, measures or dates something ("787 passengers", "$787m"), not a model."""
    return (token.dep_ in {"nummod", "quantmod", "compound", "npadvmod"}
            or token.ent_type_ in {"MONEY", "DATE", "TIME", "PERCENT", "QUANTITY"}
            or token.pos_ == "NUM" and token.head.pos_ == "NOUN" and token.head.i > token.i)


def _prefixed(doc: Doc, start: int) -> bool:
    """Whether a name is joined by a hyphen to a prefix that makes a word of it ("pro-Zorbia
    parties", "the post-Vantor era"), which names nothing (kg.mentions.names.clean)."""
    return start > 1 and doc[start - 1].text == "-" and doc[start - 2].lower_ in NAME_PREFIXES \
        and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_


def _lists_of_one_kind(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"Zorbit Days, Lumen, Kestrel Hill and Vantor Road were all nominated": names listed together
    are things of one kind. Where cues read two or more names of a list of three or more, all as
    one class, and only the model's guesses read another name of it, that name is of the cued
    class too (the model reads films, programs, bands and players named like places or firms as
    those; a list of two is as often a firm and its product). A list of people the model read
    without a cue (_people_listed) makes its full names and, in a match report, its surnames
    people too ("Paolo Maldini, Ruiz and Carl Vance", the model reading "Ruiz" as a firm)."""
    by_head: dict[int, Cluster] = {}
    for c in clusters.values():
        for m in c.mentions:
            if not _in_brackets(doc, m):  # (an aside to an item, no item: "Ann Ruiz (Kestrel), Tom Hale")
                by_head[m.span(doc).root.i] = c
    done: set[int] = set()
    for head in sorted(by_head):
        token = doc[head]
        if head in done or not token.conjuncts:
            continue
        members = [i for i in sorted({head, *(t.i for t in token.conjuncts)}) if i in by_head]
        done.update(members)
        listed = list({id(by_head[i]): by_head[i] for i in members}.values())
        if len(listed) < 3:
            continue
        read = [c for c in listed if c.cued_for(c.cls())]
        by_name = not read and _people_listed(listed)
        read = read or by_name
        cued = {c.cls() for c in read}
        if len(cued) != 1 or len(read) < 2 or any(c.cued() for c in listed if c not in read):
            continue  # (two cued names of one class, or two people by name, and no cue for another)
        (cls,) = cued
        if cls == COUNTRY:
            continue
        for c in listed:
            if c.cued() or c.cls() == cls or c.iso() or _kept_apart_in_a_list(c, cls) \
                    or by_name and not _one_of_the_people(token, c):
                continue
            c.mentions[:] = [replace(m, votes=((cls, 1),)) for m in c.mentions]


def _in_brackets(doc: Doc, m: Mention) -> bool:
    """Whether the mention is the whole of a bracket: "(Kestrel)"."""
    return 0 < m.start and m.end < len(doc) and doc[m.start - 1].text == "(" and doc[m.end].text == ")"


def _people_listed(listed: list[Cluster]) -> list[Cluster]:
    """The people the model read in a list of people: two or more written as full names ("Paolo
    Maldini"), and half the list or more read as people. (Not a list of places or of acts of
    music the model read some of as people: "Porto Alegre", "Franz Ferdinand".)"""
    people = [c for c in listed if c.cls() == PERSON and _named_like_a_person(c)]
    if len(people) >= 2 and 2 * sum(c.cls() == PERSON for c in listed) >= len(listed):
        return people
    return []


def _one_of_the_people(token: Token, c: Cluster) -> bool:
    """Whether a name listed among people is one: written as a full name, or, in a report of a
    match, a surname alone ("Hale, Ruiz and Carl Vance"); a band or a show in a list of acts stays
    what it was read as."""
    return _named_like_a_person(c) or " " not in max(c.surfaces(), key=len) and sports_report(token.sent)


def _named_like_a_person(c: Cluster) -> bool:
    """A known given name and a capitalised surname: "Paolo Maldini", "Ann Stone"."""
    words = max(c.surfaces(), key=len).split()
    return len(words) == 2 and known_given_name(words[0]) and words[1][:1].isupper()


def _kept_apart_in_a_list(c: Cluster, cls: str) -> bool:
    """Acts of music are listed together, bands and singers alike: a name shaped like a person's
    ("Ann Stone", a given name and another) stays a person among bands, and a band in capitals
    ("TOK") stays a band among singers."""
    if c.cls() == PERSON and cls == ORGANIZATION:
        return _named_like_a_person(c)
    return c.cls() == ORGANIZATION and cls == PERSON and bool(ACRONYM.fullmatch(max(c.surfaces(), key=len)))


def _countries_in_names(doc: Doc, clusters: dict[str, Cluster]) -> None:
    """"the Supreme Court of Canada", "the National Bank of Greece", "the U.S. Congress": an
    organisation's name that ends in "of <country>" or opens with a country's abbreviation
    mentions that country too, and says where the organisation is. So does a home nation, a place
    of its own, at the end of the name: "the Bank of England", "BBC Scotland"."""
    for cluster in list(clusters.values()):
        if cluster.cls() != ORGANIZATION:
            continue
        for m in list(cluster.mentions):
            for part in (_country_after_of(doc, m), _country_abbreviation_before(doc, m)):
                iso = countries.lookup(part.text) if part is not None else None
                if iso is None:
                    continue
                country = Mention(part.start, part.end, part.text, "IN_NAME", votes(part, iso), iso)
                clusters.setdefault("country:" + iso, Cluster("country:" + iso)).mentions.append(country)
            if (nation := _home_nation_ending(doc, m)) is not None:
                place = clusters.setdefault(norm(nation.text), Cluster(norm(nation.text)))
                if not place.mentions or place.cls() == PLACE:  # (not a national team the article names)
                    place.mentions.append(Mention(nation.start, nation.end, nation.text, "GPE", votes(nation)))


_HOME_NATION_LAST_WORDS = frozenset(name.split()[-1] for name in countries.HOME_NATIONS)


def _home_nation_ending(doc: Doc, m: Mention) -> Span | None:
    """England, Scotland, Wales or Northern Ireland as the last words of a name of two words or
    more ("the Bank of England", "BBC Scotland"; not "New England", nor a title, "the Prince of
    Wales", nor what the model ran together, "Sport and Sport England", "Cohen (England").)"""
    if doc[m.end - 1].text.casefold() not in _HOME_NATION_LAST_WORDS:
        return None  # (asked of every name: the last word first)
    name = doc[m.start:m.end]
    if name[0].lower_ in PLACE_TITLES or any(t.is_punct or t.lower_ == "and" for t in name):
        return None
    for size in (1, 2):
        part = doc[m.end - size:m.end]
        if m.end - m.start > size and part.text.casefold() in countries.HOME_NATIONS \
                and doc[m.end - size - 1].lower_ != "new":
            return Span(doc, part.start, part.end, label="GPE")
    return None


def _country_after_of(doc: Doc, m: Mention) -> Span | None:
    """"the Supreme Court of Canada": the words after the name's last "of"."""
    of = next((i for i in range(m.end - 2, m.start, -1) if doc[i].lower_ == "of"), None)
    return None if of is None else doc[of + 1:m.end]


def _country_abbreviation_before(doc: Doc, m: Mention) -> Span | None:
    """"the U.S. Congress", "the UK Treasury": a country's abbreviation opening the name (a full
    name may be something else's: "Georgia Power", "Jordan Grand Prix")."""
    first = doc[m.start]
    if m.end - m.start < 2 or not (first.text.isupper() or "." in first.text) or len(first.text.replace(".", "")) > 3:
        return None
    return doc[m.start:m.start + 1]


def _two_names_joined(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"Gazprom and Rosneft", "Arsenal and Real Madrid": the model may read two names joined by
    "and" as one. When the article writes each of them on its own elsewhere, they are two (a name
    with "and" inside it, "Marks and Spencer", is never written so in halves; in "the Department of
    Trade and Industry" the "and" is the "of" phrase's)."""
    alone = {m.text: m for m in mentions}
    out = []
    for m in mentions:
        joins = [i for i in range(m.start + 1, m.end - 1) if doc[i].lower_ == "and"]
        parts = [doc[m.start:joins[0]], doc[joins[0] + 1:m.end]] if len(joins) == 1 else []
        if parts and any(t.lower_ == "of" for t in parts[0]):
            parts = []
        if parts and all(part.text in alone for part in parts):
            for part in parts:
                other = alone[part.text]
                span = Span(doc, part.start, part.end, label=other.label)
                out.append(Mention(part.start, part.end, part.text, other.label, votes(span, other.iso), other.iso))
        else:
            out.append(m)
    return out


def resolve(doc: Doc) -> Resolution:
    mentions = _two_names_joined(doc, find_mentions(doc))
    clusters = _cluster(mentions)
    _merge_designations(doc, clusters)
    _add_unlabelled(doc, clusters, {i for m in mentions for i in range(m.start, m.end)})
    _merge_partial_names(doc, clusters)
    _merge_full_names_read_as_other(doc, clusters)
    _merge_surnames_read_as_other(doc, clusters)
    _merge_org_name_ends(doc, clusters)  # (before "Vantor" joins "Vantor Capital Markets")
    _merge_short_org_names(doc, clusters)
    _merge_last_word_org_names(doc, clusters)
    _merge_last_word_event_names(doc, clusters)
    _merge_acronyms(doc, clusters)
    _merge_names_without_country(clusters)
    _merge_short_place_names(clusters)
    _merge_briefs(doc, clusters)
    _merge_nicknames(clusters)  # (after: "US Federal Reserve" and "Federal Reserve" are one)
    _merge_names_known_as(doc, clusters)
    _merge_spellings(clusters)
    _merge_possessives_missing_an_s(doc, clusters)  # (before the plural joins the singular)
    _merge_plurals(clusters)
    _product_lines(clusters)
    _models_of_lines(clusters)
    _merge_product_short_names(clusters)  # (after: "Mac OS X Lion" is a product as a model of the Mac)
    _merge_model_acronyms(clusters)
    _merge_misspelt(doc, clusters)
    _countries_in_names(doc, clusters)
    _drop_lone_words_read_as_people(doc, clusters)
    _drop_common_words(doc, clusters)
    _lists_of_one_kind(doc, clusters)
    entities: dict[EntityRef, set[str]] = {}
    iso_codes: dict[EntityRef, str] = {}
    token_refs: dict[int, EntityRef] = {}
    token_spans: dict[int, tuple[int, int]] = {}
    pairs: list[tuple[Mention, EntityRef]] = []
    cued: set[EntityRef] = set()
    for cluster in clusters.values():
        cls = cluster.cls()
        ref = EntityRef(cls, _canonical(cluster, cls))
        if cluster.cued_for(cls):
            cued.add(ref)
        # A nationality word ("Chinese") refers to the country but is not one of its names.
        entities.setdefault(ref, set()).update(m.text for m in cluster.mentions if m.label != "NORP")
        if cls == PERSON:  # "Lord Vane": a peer is known by the title too, which a search may give
            entities[ref].update(f"{doc[m.start - 1].text} {m.text}" for m in cluster.mentions
                                 if m.start > 0 and doc[m.start - 1].lower_ in PEERAGE_TITLES
                                 and doc[m.start - 1].is_title)
        if cls == COUNTRY and cluster.iso():
            iso_codes[ref] = cluster.iso()
        for m in cluster.mentions:
            pairs.append((m, ref))
            for i in range(m.start, m.end):
                # a word of two names is the longer one's: "Scotland" of "BBC Scotland's
                # correspondent" names the broadcaster (_countries_in_names adds the country as a
                # mention of its own, in pairs)
                if i in token_spans and token_spans[i][1] - token_spans[i][0] > m.end - m.start:
                    continue
                token_refs[i] = ref
                token_spans[i] = (m.start, m.end)
    pairs.sort(key=lambda p: p[0].start)
    return Resolution(entities, iso_codes, token_refs, token_spans, pairs, cued)
