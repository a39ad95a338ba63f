"""Resolution across the corpus: what a name is once every article that uses it has been read.

Per-article resolution (kg.mentions.resolve) settles what one article says; these settle what the
corpus says as a whole: the class a name takes everywhere, and the full name a lone surname stands for.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Container, Iterable, Mapping, Set

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from ..lang.en import countries
from ..lang.en.given_names import given_name, known_given_name, short_form
from ..lang.en.lexicon import (
    AWARD_NICKNAMES,
    EVENT_SHORT_FORMS,
    FORMER_WORDS,
    FUTURE_WORDS,
    HONORIFICS,
    JOB_ROLES,
    LISTED_EVENT_ENDINGS,
    MODEL_WORDS,
    ORG_ENDINGS,
    ORG_NICKNAMES,
    ORG_NOUNS,
    ORG_SUFFIXES,
    PEERAGE_TITLES,
    RELATIVES,
    ROLE_NOUNS,
    SURNAME_PARTICLES,
    UNIT_NAME_ENDINGS,
)
from ..model import EVENT, FORMER, FUTURE, ORGANIZATION, PERSON, PLACE, PRODUCT
from ..nlp import english_word
from .names import AMPERSAND_ACRONYM, capital_inside, country_written_once

# Classes whose reading the model often swaps; a name keeps one of them across the corpus.
CONFUSABLE = {PERSON, ORGANIZATION, PLACE, PRODUCT, EVENT}
MAJORITY = 0.7  # share of articles a class needs to win a name across the corpus
# Articles whose cues must bear a class out before it wins a name the majority does not settle: one
# cue can misfire ("the SNP's Nicola Sturgeon" read as the party's product).
CUED_ARTICLES = 2
# A person's full name ("Ann Ruiz", "Tom de Hale", "Ann McRuiz-Hale"): two or three words, each a
# capital and then small letters (not "JP Morgan", "Windows 2000"), the last not a word that ends a
# firm's or club's name.
NAME_WORD = r"(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
FULL_NAME = re.compile(rf"{NAME_WORD}(?: [a-z]{{2,3}})?(?: {NAME_WORD}){{1,2}}")


def corpus_classes(seen: dict[str, Counter], surnames: Container[str] = (),
                   cued: Mapping[str, Counter] | None = None,
                   names: Mapping[str, str] | None = None) -> dict[tuple[str, str], str]:
    """(casefolded name, class) -> class to use: a name read in the same class in at least 70% of
    the articles that mention it takes that class everywhere ("Labour" the party, not a person),
    unless cues from the text bore out another class that stands out (``_borne_out``) where no cue
    ever bore out the majority's: cues in 5 of 22 articles say "Zephyr" is a console the model
    read as a firm in the other 17.

    Short of that, a name that only one of its classes was ever read in by a cue from the text
    (``cued``: articles per name and class), in two articles at least, takes that class where the
    model's guess alone gave another: "actor Keanu Reeves" says what the model's "Keanu Reeves" as
    a firm elsewhere is. One article is enough for a person's full name as ``names`` spells it
    (FULL_NAME) that no cue ever read as anything else: a person's cue ("Mr", "said", a title) on
    a first and last name seldom misfires, where the model's guesses on a name split about evenly
    between people, firms and places. One article is enough for a product too, read as one in as
    many articles as in any other class and never by a cue as anything else: the model seldom
    takes a product for one, and a product's cues (a model number, "Vantor's Zephyr console")
    seldom misfire, so "Zephyr" a product in one article and a firm in another is the product in
    both. A name each reading of which some text bore out (Liverpool the city and the club) stays
    apart; so does a firm or a club that cues bore out in two articles at least where the
    majority's reading is a place that no cue ever bore out: the model reads "Kestrelton" the club
    as the town too ("Kestrelton boss Tom Hale"), and a town is named in more articles than its club.

    A one-word name is a person's only as a surname, and an article names a person in full first;
    so a one-word name that some articles read as a person and others as a club, a place or a firm
    ("Everton", "Sky", "Napster") is the latter, unless it is the surname of someone the corpus
    names in full (``surnames``). The other reading must come from two or more articles, and from
    at least a third as many as the person reading, so a lone slip of the model does not decide.
    """
    remap = {}
    for key, counts in seen.items():
        confusable = {c: n for c, n in counts.items() if c in CONFUSABLE}
        if len(confusable) < 2:
            continue
        bore_out = Counter({c: n for c, n in (cued or {}).get(key, {}).items() if c in confusable})
        own = Counter(bore_out)  # (the articles whose cues bore out each class as such)
        others = {c: n for c, n in confusable.items() if c != PERSON}
        person = confusable.get(PERSON, 0)
        if person and others and " " not in key and key not in surnames:
            total = sum(others.values())
            if total >= 2 and 3 * total >= person:
                best = min(others, key=lambda c: (-others[c], c))
                remap[(key, PERSON)] = best
                confusable = dict(others)
                confusable[best] += person
                bore_out[best] += bore_out.pop(PERSON, 0)
        top = min(confusable, key=lambda c: (-confusable[c], c))
        borne = _borne_out(bore_out, sum(confusable.values()))
        if borne is None and top == PERSON and not bore_out.get(PERSON):
            borne = _named_like_a_person(bore_out)
        # (against the commoner reading, cues in three articles: two product cues misfire on
        # "Sky", a broadcaster that sells a "Sky+ box"; and against one whose cues said a person,
        # folded into it above, only if none bore it out as such: "Zephyr" a film in four articles
        # by its cues, a firm in ten by the model's guess and a person by one cue's)
        if borne is not None and (borne == top or not own.get(top) and bore_out[borne] > CUED_ARTICLES):
            for cls in confusable:
                if cls != borne:
                    remap[(key, cls)] = borne
            if (key, PERSON) in remap:  # (a one-word name's person reading, folded in above)
                remap[(key, PERSON)] = borne
            continue
        if confusable[top] / sum(confusable.values()) >= MAJORITY:
            apart = ORGANIZATION if top == PLACE and bore_out[ORGANIZATION] >= CUED_ARTICLES and not bore_out[PLACE] else None
            for cls in confusable:
                if cls not in {top, apart}:
                    remap[(key, cls)] = top
            continue
        settled = [c for c, n in bore_out.items() if n]
        enough = 1 if settled == [PERSON] and full_name((names or {}).get(key, "")) else CUED_ARTICLES
        if settled == [PRODUCT] and all(confusable[PRODUCT] >= n for n in confusable.values()):
            enough = 1
        if len(settled) == 1 and bore_out[settled[0]] >= enough:
            for cls in confusable:
                if cls != settled[0]:
                    remap[(key, cls)] = settled[0]
            if (key, PERSON) in remap:  # (a one-word name's person reading, folded in above)
                remap[(key, PERSON)] = settled[0]
    return remap


# Of a name's articles, the share whose cues must bear a class out for it to outweigh the model's
# guesses everywhere else (corpus_classes)
BORNE_OUT_SHARE = 0.2


def _named_like_a_person(bore_out: Counter) -> str | None:
    """The one class cues bore out of a name the model reads as a person everywhere else and no
    cue ever did: a band, a firm or a work named like someone ("the band Kestrel Hale" in 3 of 19
    articles; the model's guess on a name's shape in the rest). Against the commoner reading it
    takes cues in more than CUED_ARTICLES articles, as any cued class does (corpus_classes)."""
    if len(bore_out) == 1:
        cls, n = next(iter(bore_out.items()))
        if n > CUED_ARTICLES:
            return cls
    return None


def _borne_out(bore_out: Counter, articles: int) -> str | None:
    """The class cues bore a name out in, if any stands out: in two articles or more, in three
    times as many as any other class's cues (one may misfire) and in a fifth of the name's
    articles at least ("the comedy Vantor Days" in 10 of 21, the model's "Vantor Days" a firm in
    the rest: a work, and so everywhere)."""
    if not bore_out:
        return None
    cls, n = min(bore_out.items(), key=lambda item: (-item[1], item[0]))
    rest = sum(bore_out.values()) - n
    return cls if n >= CUED_ARTICLES and n >= 3 * rest and n >= BORNE_OUT_SHARE * articles else None


# Articles that must read a name as an organisation before a job title it opens is a job there
# (title_employer). One is enough, where the name is no bare noun of bodies: "Committee chairman"
# names a committee the article knows, not one the model read as "Committee" elsewhere. Against
# three articles, the BBC and Wikinews graph gains 17 memberships, all right ("Investec economist",
# "Pompey coach"), and NewsGold dev's tuning part people F1 0.856 -> 0.868 (where two articles
# read as three do).
TITLE_EMPLOYER_ARTICLES = 1
# Nouns of bodies and of their parts ("committee", "board"; not the "executive" of "chief executive")
BODY_WORDS = ORG_NOUNS | UNIT_NAME_ENDINGS - {"executive"}


def title_employer(title: str, organizations: Mapping[str, int]) -> tuple[str, str, str | None] | None:
    """A job title that opens with the name of an organisation the corpus knows -> (that name as
    the title writes it, the role, the time its first word gives or None): "Kestrel chief
    executive" -> ("Kestrel", "chief executive", None), "former Kestrel boss" and "ex-Kestrel
    boss" -> ("Kestrel", "boss", FORMER), where ``organizations`` (casefolded name -> articles
    that read it as an organisation) has "kestrel" in TITLE_EMPLOYER_ARTICLES articles or more.
    The model missed the name in that sentence ("Kestrel boss Ann Ruiz", the parser reading
    "Kestrel" as an adjective), and the title was all the article could say. The role is an
    employer's or a club's (EMPLOYER_ROLES, CLUB_ROLES), in small letters, with no body of its own
    ("accounts committee chairman") nor a second job ("footballer and record company boss"); the
    name is no bare noun of bodies or of their parts ("Party chief executive", "Committee
    chairman")."""
    words = title.split()
    time = None
    if len(words) > 2 and words[0].lower() in FORMER_WORDS | FUTURE_WORDS:
        time, words = FORMER if words[0].lower() in FORMER_WORDS else FUTURE, words[1:]
    elif len(words) > 1 and words[0][:3].lower() == "ex-" and words[0][3:4].isupper():
        time, words = FORMER, [words[0][3:], *words[1:]]
    for k in range(min(3, len(words) - 1), 0, -1):
        name, role = words[:k], words[k:]
        if not all(w[:1].isupper() for w in name) or not all(w.islower() for w in role):
            continue
        if role[-1] not in JOB_ROLES or any(w in BODY_WORDS or w in {"and", "or"} for w in role):
            return None
        if k == 1 and (name[0].casefold() in ORG_NOUNS or name[0].casefold() in UNIT_NAME_ENDINGS):
            return None
        if _known_organization(name, organizations):
            return " ".join(name), " ".join(role), time
    return _employer_after(words, time, organizations)


def _known_organization(name: list[str], organizations: Mapping[str, int]) -> bool:
    """Whether the corpus reads the words of ``name`` as an organisation in enough articles."""
    return organizations.get(" ".join(name).casefold(), 0) >= TITLE_EMPLOYER_ARTICLES


# Words a job title joins its organisation with: "editor of Kestrel", "analyst at Vantor", "spokesman
# for Zorbit", "economist with Kestrel Bank".
EMPLOYER_PREPOSITIONS = frozenset({"of", "at", "for", "with"})
# Small words inside an organisation's name: "Commission for Fair Trade", "Marks and Spencer".
NAME_LINKS = frozenset({"of", "for", "and", "&", "on"})
# Words that may follow the organisation's name in such a title: "editor at Kestrel in London".
AFTER_A_NAME = frozenset({"in", "and", "since", "until", "from", "who", "which", "-", "–"})


def _employer_after(words: list[str], time: str | None, organizations: Mapping[str, int]) -> tuple[str, str, str | None] | None:
    """title_employer for a title that names its organisation after the role: "program director at
    Kestrel", "chief executive of Vantor, a music download service" -> ("Vantor", "chief executive").
    The model read the name as something else in that sentence, or missed it; the corpus reads it
    as an organisation. The role is in small letters and ends in an employer's or a club's role
    (or "director general"), with no body of its own nor a second job, as title_employer's; the
    name is the capitalised words right after the preposition (and "the"), up to a comma or a word
    in small letters."""
    at = next((k for k, w in enumerate(words) if w in EMPLOYER_PREPOSITIONS), None)
    if not at:
        return None
    role, rest = words[:at], words[at + 1:]
    head = role[-2] if len(role) > 1 and role[-1] == "general" else role[-1]
    if not all(w.islower() for w in role) or head not in JOB_ROLES \
            or any(w in BODY_WORDS or w in {"and", "or"} for w in role):
        return None
    if rest and rest[0] == "the":
        rest = rest[1:]
    name: list[str] = []
    for k, word in enumerate(rest):
        last = word.endswith(",")
        word = word.rstrip(",")
        capitalised = word[:1].isupper() and not word.endswith(("'s", "’s"))
        linking = word in NAME_LINKS and name and k + 1 < len(rest) and rest[k + 1][:1].isupper() and not last
        if not (capitalised or linking):
            break
        name.append(word)
        if last:
            break
    while name and not name[-1][:1].isupper():
        name.pop()
    if not name:
        return None
    after = rest[len(name)] if len(name) < len(rest) and not rest[len(name) - 1].endswith(",") else None
    if after is not None and after not in AFTER_A_NAME:
        return None  # a name that says what the body is of: "chairman of the Kestrel public accounts committee"
    if _known_organization(name, organizations):
        return " ".join(name), " ".join(role), time
    return None


def one_firm(names: Iterable[str]) -> bool:
    """Whether organisations' names are one firm's: one name, or one and others named after it as
    its divisions are ("Vantor", "Vantor Aircraft")."""
    names = set(names)
    first = min(names, key=lambda name: (len(name), name))
    return all(name == first or name.startswith(first + " ") for name in names)


def full_name(name: str) -> bool:
    """Whether a name is shaped like a person's full name (FULL_NAME), its last word no ending of
    a firm's or club's name ("Kestrel Commission", "Vantor Inc" are not)."""
    return bool(FULL_NAME.fullmatch(name)) and name.split()[-1].casefold() not in ORG_ENDINGS


SURNAME_SHARE = 0.9  # of the articles naming someone with that surname in full
SURNAME_MIN_ARTICLES = 5
SURNAME_FEW_ARTICLES = 2  # for a surname that is no given name


def corpus_surnames(seen: dict[str, Counter], names: dict[str, str], strict: Container[str] = ()) -> dict[str, str]:
    """One-word person names -> the full name they stand for across the corpus, where one person
    with that surname dominates ("Blair" in an article that never says "Tony Blair").

    ``seen`` counts articles per casefolded name and class; ``names`` maps casefolded names to
    their spelling. A surname shared by several well-known people is left alone. The names in
    ``strict`` need SURNAME_MIN_ARTICLES as a given name does (surnames_read_as_other).
    """
    by_surname = _full_names_by_surname(seen)
    out = {}
    for key, counts in seen.items():
        if " " in key or not counts.get(PERSON) or key not in by_surname:
            continue
        full = by_surname[key]
        written_out = {k: n for k, n in full.items() if not INITIALLED_KEY.fullmatch(k)} or full
        top = min(written_out, key=lambda k: (-written_out[k], k))
        # "George Bush" and "George W. Bush" beside "George W Bush" are the same name, written
        # without its middle initial or with a dot, and so is a team sheet's "G Bush": they count
        # for the top name here, though they keep their own nodes ("A Bush" is someone else)
        same = sum(n for k, n in full.items() if without_initials(k) == without_initials(top) or _initialled(k, top))
        # (two articles are enough for a surname no one is called by as a first name: "Anthony"
        # alone may be anyone's Anthony, "Heseltine" is Michael Heseltine's)
        least = SURNAME_MIN_ARTICLES if key in strict or given_name(names[key].title()) else SURNAME_FEW_ARTICLES
        if full[top] >= least and same / sum(full.values()) >= SURNAME_SHARE:
            out[key] = names[top]
    return out


def _initialled(key: str, name: str) -> bool:
    """Whether ``key`` is ``name`` written with its given name's initial: "g bush", "george bush"."""
    m = INITIALLED_KEY.fullmatch(key)
    return m is not None and name.startswith(m.group(1)) and name.endswith(" " + m.group(2))


def _full_names_by_surname(seen: Mapping[str, Counter]) -> dict[str, Counter]:
    """Casefolded surname -> the full names read as people's that end in it, with their articles."""
    by_surname: dict[str, Counter] = defaultdict(Counter)
    for key, counts in seen.items():
        words = key.split()
        if len(words) > 1 and counts.get(PERSON):
            by_surname[words[-1]][key] += counts[PERSON]
    return by_surname


INITIAL = re.compile(r"[a-z]\.?")  # a middle initial, as norm() and casefold() leave it: "f." or "f"


def without_initials(key: str) -> str:
    """A full name without its middle initials: "charles f. dolan" -> "charles dolan"."""
    words = key.split()
    return " ".join(w for i, w in enumerate(words) if i in (0, len(words) - 1) or not INITIAL.fullmatch(w))


# A given name written two ways for one person across the corpus: one a short form of the other
# ("Vince" and "Vincent"), or a slip of a letter or two ("Mathew" and "Matthew", "Kostas" and
# "Costas": rapidfuzz's ratio at least GIVEN_NAME_SLIP, both names of GIVEN_NAME_MIN_LETTERS or more).
GIVEN_NAME_SLIP = 80
GIVEN_NAME_MIN_LETTERS = 4
# Two people may bear one surname and close given names (a Jim and a James, a Michael and a
# Michelle): the two names are one person's only where their articles name the same rare things
# beside them. What they share is weighed as information, the sum of log(articles / articles
# naming it) over the names said beside both: in 2,200 articles, a name that a handful of articles
# say gives about 6, the country's biggest parties 2 each, the country itself 1.
SHARED_INFORMATION = 12.0
# A surname that many people of the corpus bear (Jones, Williams, Collins in the BBC's 2,200
# articles) may be two teammates' with close given names: their articles name the same rare things
# whoever they are, so the two names must be said in one article as well.
COMMON_SURNAME = 10


def corpus_given_name_forms(seen: Mapping[str, Counter], names: Mapping[str, str],
                            articles: Iterable[set[str]]) -> dict[str, str]:
    """Casefolded full names of people -> the full name the corpus names the same person by in the
    most articles, where the two differ only by the given name's form ("Steve Quenbyx" -> "Steven
    Quenbyx", "Mathew Zorbix" -> "Matthew Zorbix") and their articles name the same rare things
    beside them (SHARED_INFORMATION).

    ``seen`` counts articles per casefolded name and class, ``names`` spells casefolded names, and
    ``articles`` holds the casefolded names of each article."""
    people = {key: counts[PERSON] for key, counts in seen.items()
              if counts.get(PERSON) and full_name(_without_initials_written(names.get(key, key)))}
    by_surname: dict[str, list[str]] = defaultdict(list)
    for key in people:
        by_surname[without_initials(key).split(" ", 1)[1]].append(key)
    shared = {key for keys in by_surname.values() if len(keys) > 1 for key in keys}
    if not shared:
        return {}
    beside = NamedBeside(articles, shared)
    out = {}
    for surname, keys in by_surname.items():
        ranked = sorted(keys, key=lambda k: (-people[k], -len(k), k))
        for k, key in enumerate(ranked[1:], 1):
            for top in ranked[:k]:
                if top in out or not _forms_of_one_name(key.split()[0], top.split()[0]) \
                        or len(keys) >= COMMON_SURNAME and not beside.together(key, top):
                    continue
                # (not the surname, alone or in others' names: it is said beside both wherever they are)
                if beside.information(key, top, but=set(surname.split())) >= SHARED_INFORMATION:
                    out[key] = names[top]
                    break
    return out


class NamedBeside:
    """The names said in the articles that name each of some names, and in how many articles each
    name is said (corpus_given_name_forms, corpus_slips)."""

    def __init__(self, articles: Iterable[set[str]], keys: set[str]):
        self.naming: Counter[str] = Counter()
        self.beside: dict[str, set[str]] = defaultdict(set)
        self.total = 0
        for said in articles:
            self.total += 1
            self.naming.update(said)
            for key in said & keys:
                self.beside[key] |= said

    def together(self, a: str, b: str) -> bool:
        """Whether one article names both."""
        return b in self.beside[a]

    def information(self, a: str, b: str, but: Set[str] = frozenset()) -> float:
        """What the names said beside both tell (SHARED_INFORMATION), those with a word of ``but``
        left out."""
        both = {n for n in self.beside[a] & self.beside[b] if n not in (a, b) and not but & set(n.split())}
        return sum(math.log(self.total / self.naming[n]) for n in sorted(both))


def _forms_of_one_name(a: str, b: str) -> bool:
    """Whether two given names are two forms of one (GIVEN_NAME_SLIP). Not the same name: "Tom
    Hale" beside "Tom K. Hale" may be his father (corpus_surnames)."""
    if a == b:
        return False
    if min(len(a), len(b)) >= GIVEN_NAME_MIN_LETTERS and fuzz.ratio(a, b) >= GIVEN_NAME_SLIP:
        return True
    return short_form(a, b)


def _without_initials_written(name: str) -> str:
    """"Tom K. Hale" -> "Tom Hale"."""
    return re.sub(r" [A-Z]\.?(?= )", "", name)


# A name written with a slip of the pen ("Untied Nations", "Electronic Fronter Foundation", a
# person's "Tom Quenbey" for Tom Quenby): one word of it (after the first, of a person's name)
# SLIP_MIN_LETTERS long or more with one letter left out, added or changed, or two
# swapped (an optimal string alignment distance of 1), its first letter kept and no number in it;
# not a word that only gains letters at its end ("Stone" and "Stones", "Korea" and "Korean" are
# two names).
SLIP_MIN_LETTERS = 5
SLIPPED_CLASSES = (ORGANIZATION, PLACE, EVENT, PRODUCT, PERSON)


def corpus_slips(seen: Mapping[str, Counter], names: Mapping[str, str],
                 articles: Iterable[set[str]]) -> dict[tuple[str, str], str]:
    """(casefolded name, class) -> the name of that class it is a slip for: the one the corpus
    names in the most articles among those it differs from by a slip, when that is more articles
    than the slip's and their articles name the same rare things beside them (SHARED_INFORMATION:
    the towns of Harlowfield and Harlewfield stay apart). ``seen``, ``names`` and ``articles`` as
    corpus_given_name_forms takes them."""
    # (a word and the words it makes without one letter: two words one slip apart share one; only
    # the names that may be slipped from are held, those named in two articles or more)
    near: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for key, cls, i, word, cut in _slip_places(seen, least=2):
        near[_slip_block(key, cls, i, cut)].append((word, key))
    fits: dict[tuple[str, str], set[str]] = defaultdict(set)
    for key, cls, i, word, cut in _slip_places(seen):
        for other, right in near.get(_slip_block(key, cls, i, cut), ()):
            if seen[right][cls] > seen[key][cls] and _slip(word, other):
                fits[(key, cls)].add(right)
    if not fits:
        return {}
    beside = NamedBeside(articles, {key for (slip, _), rights in fits.items() for key in rights | {slip}})
    out = {}
    for (slip, cls), rights in fits.items():
        right = min(rights, key=lambda k: (-seen[k][cls], k))
        if beside.information(slip, right) >= SHARED_INFORMATION:
            out[(slip, cls)] = right
    for found, right in list(out.items()):  # ("Quenbyneftgas" -> "Quenbyneftegaz" -> ...)
        while (right, found[1]) in out:
            right = out[(right, found[1])]
        out[found] = right
    return {found: names[right] for found, right in out.items()}


def _slip_places(seen: Mapping[str, Counter], least: int = 1) -> Iterable[tuple[str, str, int, str, str]]:
    """(name, class, the word's place, the word, the word or the word less one letter) for each
    word of the names read in a class of SLIPPED_CLASSES in ``least`` articles or more."""
    for key, counts in seen.items():
        for cls in SLIPPED_CLASSES:
            if counts.get(cls, 0) >= least:
                for i, word in enumerate(key.split()):
                    # (a person's given name written otherwise is corpus_given_name_forms's; a
                    # surname alone may be another's, "Millar" no "Miller")
                    if cls == PERSON and i == 0:
                        continue
                    if len(word) >= SLIP_MIN_LETTERS and word.isalpha():
                        for cut in {word} | {word[:k] + word[k + 1:] for k in range(len(word))}:
                            yield key, cls, i, word, cut


def _slip_block(key: str, cls: str, i: int, cut: str) -> tuple:
    """Where a name's word, cut so, meets the words it may be a slip of: the same class, the other
    words the same, the same first letter."""
    words = key.split()
    return cls, " ".join(words[:i]), " ".join(words[i + 1:]), words[i][0], cut


def _slip(a: str, b: str) -> bool:
    """Whether two words differ by one slip and not as a word and its longer form do."""
    short, long = sorted((a, b), key=len)
    return OSA.distance(a, b) == 1 and not long.startswith(short)


# Of the articles that write an organisation's name without the country that opens it elsewhere
# ("Federal Reserve", "US Federal Reserve"), the share that must name that country for the two to
# be one: not the Rugby Football Union beside the "New Zealand Rugby Football Union", nor the
# Court of Appeal of London beside the "US Court of Appeal".
COUNTRY_NAMED_SHARE = 0.75


def corpus_country_dropped(seen: Mapping[str, Counter], names: Mapping[str, str],
                           articles: Iterable[set[str]]) -> dict[tuple[str, str], str]:
    """(casefolded organisation's name, ORGANIZATION) -> the name the corpus writes the same
    organisation by in the most articles, where one opens with a country the other leaves out
    ("US Securities and Exchange Commission", "Securities and Exchange Commission"), what is left
    is two words or more, and the articles that leave the country out name it (COUNTRY_NAMED_SHARE).
    A name that two countries open stays as written. ``seen``, ``names`` and ``articles`` as
    corpus_given_name_forms takes them."""
    orgs = {key for key, counts in seen.items() if counts.get(ORGANIZATION)}
    opened: dict[str, list[tuple[str, str]]] = defaultdict(list)  # name -> (the name with a country, the country)
    for key in orgs:
        # ("United States Air Force", "US Air Force": the country keyed "nation:us")
        nation, *rest = country_written_once(names.get(key, key).split(), key.split())
        bare = " ".join(rest)
        if nation.startswith("nation:") and len(rest) > 1 and bare in orgs:
            opened[bare].append((key, countries.label(nation.removeprefix("nation:").upper()).casefold()))
    if not opened:
        return {}
    leaving: Counter[str] = Counter()  # articles that leave the country out
    naming: Counter[tuple[str, str]] = Counter()  # ... and name it
    for said in articles:
        for bare in said & opened.keys():
            leaving[bare] += 1
            naming.update((bare, country) for country in {country for _, country in opened[bare]} if country in said)
    out = {}
    for bare, found in opened.items():
        countries_named = {country for _, country in found
                           if leaving[bare] and naming[(bare, country)] >= COUNTRY_NAMED_SHARE * leaving[bare]}
        if len(countries_named) == 1:
            same = [bare] + sorted(key for key, country in found if country in countries_named)
            top = min(same, key=lambda k: (-seen[k][ORGANIZATION], -len(k), k))
            out.update({(key, ORGANIZATION): names.get(top, top) for key in same if key != top})
    return out


# Articles that must name people with a surname in full before the surname alone, read as a
# product by the model's guess only, is read as theirs (surnames_read_as_products)
SURNAME_PRODUCT_ARTICLES = 2


def surnames_read_as_products(seen: Mapping[str, Counter], cued: Mapping[str, Counter]) -> set[str]:
    """Casefolded one-word names that only the model's guess read as a product, in every article
    and with no cue of a product anywhere, and that the corpus names people by in full as their
    surname in two articles or more: the model tags a player's surname alone a product in match
    reports ("Hale faces a lay-off" where others write "Tom Hale" and "Ann Hale")."""
    by_surname = _full_names_by_surname(seen)
    return {key for key, counts in seen.items()
            if " " not in key and set(counts) == {PRODUCT} and not (cued.get(key) or {}).get(PRODUCT)
            and sum(by_surname.get(key, Counter()).values()) >= SURNAME_PRODUCT_ARTICLES}


def surnames_read_as_other(seen: Mapping[str, Counter], cued: Mapping[str, Counter],
                           word: Callable[[str], bool | None] = lambda w: english_word(w, None)) -> set[str]:
    """Casefolded one-word names that only the model's guesses read, and never as a person, that
    are no word of the language (``word``: "Moody", "Fox" and "West" are) nor a country's name,
    and that the corpus names people by in full as their surname: "Federer" a firm in five match
    reports, "Myskina" a place in three. The caller reads them as the person when one dominates
    the surname in five articles (a town may bear a surname: "The Hague", William Hague's in four)."""
    by_surname = _full_names_by_surname(seen)
    return {key for key, counts in seen.items()
            if " " not in key and key in by_surname and not counts.get(PERSON) and not cued.get(key)
            and set(counts) <= {ORGANIZATION, PLACE} and word(key) is False and not countries.lookup(key)}


# A surname after one initial, casefolded: "c ruiz", "j de hale" (kg.mentions.cues.INITIALLED)
INITIALLED_KEY = re.compile(rf"([a-z])\.? ((?:(?:{'|'.join(SURNAME_PARTICLES)}) )?[a-z]+(?:[-'][a-z]+)?)")


# First words of a person's name that are words of the lexicon and no given names: a title, a
# rank, a relative, a job ("Baroness Amos", "Ayatollah Ali Khamenei", "Uncle Tom", "Olympian
# Tom Hale", "Wales physio Tom Hale": the words before the name aside, a person)
NOT_NAMES_BUT_PEOPLE = HONORIFICS | PEERAGE_TITLES | RELATIVES | ROLE_NOUNS | JOB_ROLES | frozenset({
    "prophet", "ayatollah", "imam", "sheikh", "mullah", "olympian", "newcomer", "veteran", "rookie"})


def corpus_not_people(seen: Mapping[str, Counter], cued: Mapping[str, Counter], names: Mapping[str, str],
                      word: Callable[[str], bool | None] = lambda w: english_word(w, None)) -> dict[str, str | None]:
    """Names the corpus reads as a person's though no cue ever did, that open with a noun or an
    adjective of the lexicon that is no one's given name: "Finding Nemo", "Scissor Sisters",
    "Canary Wharf", "Network Computing", "Team GB" -> the class the corpus reads them in otherwise
    (the most articles; ties alphabetical), or None where it never reads them otherwise: a work, a
    band, a firm or a place far more often than a person, whatever that is. (In the BBC and
    Wikinews graph, 97 of 103 such names were no one's; the other 6 were 2 people and 4 fictional
    characters, "Dirty Harry". Of the 11 that took another class, 7 took the right one.) Not a
    name after a title, a rank, a relative, a job or a nationality ("Baroness Amos", "Lords
    Bingham", "Brazilian Ronaldo"), nor a full name after other words ("Beach Boy Tom Hale"), nor
    an initial ("A Lo Cicero"), nor a name a cue read as a person anywhere ("Snoop Dogg")."""
    out: dict[str, str | None] = {}
    for key, counts in seen.items():
        words = names.get(key, key).split()
        if len(words) < 2 or not counts.get(PERSON) or cued.get(key, {}).get(PERSON):
            continue
        first = words[0]
        if len(first) < 2 or not first.isalpha() or not first[0].isupper() or known_given_name(first.title()) \
                or first.lower() in NOT_NAMES_BUT_PEOPLE or first.lower().removesuffix("s") in NOT_NAMES_BUT_PEOPLE \
                or countries.demonym(first) or first.lower() in countries.REGION_DEMONYMS or not word(first):
            continue
        if any(given_name(w) or known_given_name(w) and w.lower() not in MINOR_WORDS and not word(w) for w in words[1:-1]):
            continue  # a person's full name after other words: "Beach Boy Tom Hale", "Wales physio Tom Hale"
        other = {c: n for c, n in counts.items() if c != PERSON and c in CONFUSABLE}
        out[key] = min(other, key=lambda c: (-other[c], c)) if other else None
    return out


def corpus_initialled(seen: dict[str, Counter], names: dict[str, str]) -> dict[str, str]:
    """Names of one initial and a surname ("C Ruiz", as team sheets write players) -> the one
    person's full name the corpus has with that initial and surname ("Carla Ruiz"), whatever the
    model read them as; left alone where two people fit ("Carla" and "Colin Ruiz")."""
    full: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key, counts in seen.items():
        words = key.split()
        if counts.get(PERSON) and len(words) >= 2 and full_name(names.get(key, key)):
            for k in range(1, len(words)):
                full[(words[0][0], " ".join(words[k:]))].append(key)
    out = {}
    for key in seen:
        if (m := INITIALLED_KEY.fullmatch(key)) and names.get(key, key)[0].isupper():
            fits = full.get((m.group(1), m.group(2)), [])
            if len(fits) == 1:
                out[key] = names[fits[0]]
    return out


# Words a company's name may end with that do not change which company it is: "Apple Computer",
# "Ford Motor Company", "Nokia Corp." are Apple, Ford, Nokia ("General Motors" keeps its plural).
COMPANY_ENDINGS = ORG_SUFFIXES | {"computer", "motor", "holding"}
# Words an acronym skips: "International Monetary Fund" is IMF, "Bank of England" BoE.
MINOR_WORDS = {"of", "and", "the", "for", "&", "de", "du", "des", "la", "le", "on", "in"}
ACRONYM = re.compile(r"[A-Z]{2,6}")
# An acronym with the small initial of an "of", "for" or "the" in it: "BoE", "MoD", "DfES", "TfL".
MIXED_ACRONYM = re.compile(r"[A-Z](?:[oft]?[A-Z]){1,5}")
# An acronym two full names fit stands for the one the corpus uses far more ("IMF": the
# International Monetary Fund in 16 articles, a fund of the same initials in one), as a surname
# does (corpus_surnames).
ACRONYM_SHARE = 0.8
ACRONYM_MIN_ARTICLES = 3
# A product's acronym stands for the one name whose capitals spell it used in at least a third as
# many articles (corpus_product_names).
PRODUCT_ACRONYM_SHARE = 3


# The end of a web address a firm is named by: "Kestrel.com", "Vantor.co.uk".
WEB_ADDRESS_END = re.compile(r"\.(?:com|org|net|biz|co\.uk|org\.uk)$", re.IGNORECASE)


def _base(name: str) -> str:
    """The name a company's names share: no ending nor web address, one spelling of "-isation"
    ("World Trade Organisation" and "World Trade Organization" are one), and its words however they
    are joined or linked: "Time Warner" is "TimeWarner", "Exxon Mobil" "ExxonMobil", the "Office of National
    Statistics" the "Office for National Statistics" (writers slip on all three); and a one-word
    body "of" a thing is the thing's body: the "University of Leeds" is "Leeds University"."""
    name = WEB_ADDRESS_END.sub("", name)  # "Kestrel.com" is the firm Kestrel
    words = _without_endings(re.sub(r"isation\b", "ization", name.casefold().replace(",", "")).split())
    words = country_written_once(name.split(), words)  # ("U.S. Air Force", "US Air Force")
    if len(words) > 2 and words[1] in {"of", "for"} and sum(w in {"of", "for"} for w in words) == 1:
        words = words[2:] + words[:1]  # "Court of Appeal" is the "Appeal Court"
    return spelling(" ".join(words))


def _without_endings(words: list[str]) -> list[str]:
    """A casefolded name's words without the company endings it closes with ("ltd", "holding")."""
    while len(words) > 1 and words[-1] in COMPANY_ENDINGS:
        words = words[:-1]
    return words


def spelling(key: str) -> str:
    """A casefolded name's words run together, without hyphens or the small words inside it
    ("of", "for", "&"): how two spellings of one name compare ("Game Cube", "GameCube")."""
    words = key.replace("-", " ").split()
    return "".join(words[:1] + [w for w in words[1:] if w not in MINOR_WORDS])


def acronym_letters(written: str) -> str | None:
    """The letters an acronym is written with, as initials() spells a full name ("WTO"; "U.N." ->
    "UN"; "BoE" -> "BE"; "M&S", which only a name of two parts joined by "&" or "and" spells: Marks & Spencer,
    not Morgan Stanley), or None for a name that is no acronym."""
    written = written.replace(".", "")
    if MIXED_ACRONYM.fullmatch(written) and not written.isupper():
        return "".join(ch for ch in written if ch.isupper())  # "BoE": the Bank of England's "BE"
    return written if ACRONYM.fullmatch(written) or AMPERSAND_ACRONYM.fullmatch(written) else None


def initials(name: str) -> set[str]:
    """The acronyms a full name may go by, with and without a company ending, and with the "&"
    that joins its two parts ("Marks & Spencer": MS and M&S)."""
    words = [w for w in name.replace("-", " ").split() if w.casefold() not in MINOR_WORDS]
    out = {"".join(w[0] for w in words).upper()}
    if len(words) > 2 and words[-1].casefold() in COMPANY_ENDINGS:
        out.add("".join(w[0] for w in words[:-1]).upper())
    parts = re.split(r" (?:&|and) ", name.replace("-", " "))
    if len(parts) == 2:
        out |= {"&".join("".join(w[0] for w in part.split() if w.casefold() not in MINOR_WORDS).upper()
                         for part in parts)}
    return out


PLURAL_SHARE = 2  # how many times the plural's articles the singular needs (corpus_org_names)
# The word of a firm's trade that ends its full name and that news drops in running text, naming
# the same firm: "Zephyr Airlines" in one article is "Zephyr" in the next, "Vantor Networks" is
# "Vantor". (Not "studios", "pictures", "music", "news": a company's unit is named so.)
TRADE_ENDINGS = frozenset({"airlines", "airways", "networks", "communications", "telecommunications", "telecom",
                           "systems", "technologies", "software", "pharmaceuticals", "entertainment",
                           "international", "electronics", "industries"})
# A short name used in more than this many times the articles of its full name is likely the
# parent the full name is a unit of ("Disney" in 15 articles, "Disney Entertainment" in one).
TRADE_SHARE = 3


def _readings(counts: Mapping[str, int]) -> int:
    """The articles that read a name as any of the classes it may be taken for (CONFUSABLE)."""
    return sum(n for cls, n in counts.items() if cls in CONFUSABLE)


def corpus_org_names(seen: dict[str, Counter], names: dict[str, str]) -> dict[str, str]:
    """Organisation names -> the one name they stand for across the corpus: the company's name
    without its ending where the corpus also uses it so ("Apple Inc.", "Apple Computer" -> the
    more used of them and "Apple"), a firm's name without the word of its trade where the corpus
    has one full name for it ("Zephyr" -> "Zephyr Airlines": _without_trade), an acronym whose one
    full name the corpus uses ("WTO" ->
    "World Trade Organization"), or whose one full name it uses far more than any other that fits;
    left alone when two full names fit about as well; and a name in the plural whose singular the
    corpus reads as an organisation in twice as many articles or more, and mostly so ("sales of
    Zephyrs"; not where the plural ends a longer name, as clubs' and bands' names do: "Leeds
    Rhinos ... the Rhinos"); and a name a possessive cut from the "'s" the corpus names it with
    elsewhere ("McDonald's boss": McDonald's)."""
    orgs = {key: counts[ORGANIZATION] for key, counts in seen.items() if counts.get(ORGANIZATION)}
    groups: dict[str, list[str]] = defaultdict(list)
    for key in orgs:
        groups[_base(names[key])].append(key)
    out: dict[str, str] = {}
    for keys in groups.values():
        if len(keys) > 1:
            best = min(keys, key=lambda k: (-orgs[k], len(k), k))
            out.update({k: names[best] for k in keys if k != best})
    out.update(_without_trade(seen, names, orgs, out))
    # the last word of a longer name: a club's or a band's name is often a plural ("Leeds Rhinos")
    name_ends = {key.rsplit(" ", 1)[-1] for key in orgs if " " in key}
    # "Vauxhalls": a firm's one-word name in the plural (its cars, its people) is the firm ("Court
    # of Appeals" and "Court of Appeal" are two countries' courts)
    for key in orgs:
        if " " in key or key in out or key in name_ends or not written_in_the_plural(key, names[key]):
            continue
        singular = next((k for k in singulars(key) if orgs.get(k, 0) >= PLURAL_SHARE * orgs[key]
                         and orgs[k] / _readings(seen[k]) > 0.5), None)
        if singular is not None:
            out[key] = out.get(singular, names[singular])
    # "McDonald" of "McDonald's boss", where the corpus names the firm with its own "'s"
    # ("sales at McDonald's rose": kg.mentions.names.clean), in two articles at least ("the AAA's
    # in Sheffield" may be the association's championships)
    for key in orgs:
        own = next((k for k in (key + "'s", key + "’s") if orgs.get(k, 0) >= 2), None)
        if own is not None and key not in out:
            out[key] = out.get(own, names[own])
    # "World Service" where the corpus knows one "KBC World Service": the rest of a name that opens
    # with an organisation's acronym (not a country's) is it. (Not after any name the corpus reads
    # as an organisation: "Royal", "Karachi" may open more names than the corpus writes in full:
    # the "Stock Exchange" of one article is not the "Karachi Stock Exchange" of another.)
    ends: dict[str, list[str]] = defaultdict(list)
    for key in orgs:
        written = names[key].split()
        for k in range(1, len(written) - 1):
            lead = " ".join(written[:k])
            if ACRONYM.fullmatch(lead) and not countries.lookup(lead):
                ends[" ".join(key.split()[k:])].append(key)
    for key in orgs:
        if " " in key and key not in out and len(ends.get(key, [])) == 1:
            full = ends[key][0]
            out[key] = out.get(full, names[full])
    expansions: dict[str, list[str]] = defaultdict(list)
    for key in orgs:
        # (a name read as an organisation in half its articles or fewer is as often a product's:
        # "Windows Media Center" is no expansion of the mining firm WMC)
        if not ACRONYM.fullmatch(names[key]) and len(names[key].split()) > 1 and 2 * orgs[key] > _readings(seen[key]):
            for acronym in initials(names[key]):
                expansions[acronym].append(key)
    for key in orgs:
        letters = acronym_letters(names[key])
        full = expansions.get(letters, []) if letters else []
        uses: Counter[str] = Counter()
        for k in full:
            uses[out.get(k, names[k])] += orgs[k]
        if not uses:
            continue
        top = min(uses, key=lambda name: (-uses[name], name))
        if len(uses) == 1 or (uses[top] >= ACRONYM_MIN_ARTICLES and uses[top] / sum(uses.values()) >= ACRONYM_SHARE):
            out[key] = top
    # "the Fed": the organisation of the corpus its nickname stands for, the most used of those
    # whose name ends so (the Federal Reserve, rather than the US Federal Reserve)
    for nickname, ending in ORG_NICKNAMES.items():
        fits = [k for k in orgs if k == ending or k.endswith(" " + ending)]
        if nickname in orgs and fits:
            best = min(fits, key=lambda k: (-orgs[k], len(k), k))
            out[nickname] = out.get(best, names[best])
    return out


def _without_trade(seen: dict[str, Counter], names: dict[str, str], orgs: dict[str, int],
                   out: dict[str, str]) -> dict[str, str]:
    """A firm's name without the word of its trade -> its full name, where the corpus has one
    full name for it ("Vantor" and "Vantor Networks"), reads it mostly as an organisation and not
    as a country ("Kenya Airways" ... "Kenya"), opens no other organisation's name with it ("Sky":
    Sky News, Sky One, Sky Networks) and does not use it far more than the full name (a parent)."""
    opening: dict[str, set[str]] = defaultdict(set)  # first words -> the names they open
    for key in orgs:
        words, base = key.split(), _base(names[key])
        for k in range(1, len(words)):
            opening[" ".join(words[:k])].add(base)
    found = {}
    for key in orgs:
        words = _without_endings(key.split())
        if len(words) < 2 or words[-1] not in TRADE_ENDINGS:
            continue
        short = " ".join(words[:-1])
        if short not in orgs or short in out or countries.lookup(names[short]) or len(opening[short]) != 1:
            continue
        if 2 * orgs[short] > _readings(seen[short]) and orgs[short] <= TRADE_SHARE * orgs[key]:
            found[short] = out.get(key, names[key])
    return found


def corpus_product_names(seen: dict[str, Counter], names: dict[str, str]) -> dict[str, str]:
    """Product names -> the one name they stand for across the corpus:
    - a model's designation written alone ("A380", "777-200LR") where the corpus writes it after
      one maker's name ("Airbus A380"; the maker an organisation the corpus names), or after one
      such name in more articles than after any other ("an American Airlines 777" is Boeing's);
    - a product's name in the plural ("iPods") where the corpus names the product in the singular
      in as many articles or more (a name and its plural seen once each are one product more often
      than two);
    - a product's name spelt another way (``spelling``: "Game Cube", "GameCube") -> the spelling
      the corpus uses in more articles;
    - an acronym ("PSP") -> the one product name of the corpus whose capitals spell it
      ("PlayStation Portable"), where that name is used in a third as many articles at least (not
      a name that fits by chance: "DS" in six articles and a "Den Stadium" in one);
    - a model's name and its number ("Boeing 787") and that name alone ("Dreamliner") -> the name
      with both ("Boeing 787 Dreamliner"), where the corpus writes all three;
    - a title's first word alone ("Breakfast") where the corpus writes one product's name that goes
      on from it with a word in lower case ("Breakfast with Frost"), in as many articles or more:
      the model cut the title at the word, as it often does."""
    products = {key: counts[PRODUCT] for key, counts in seen.items() if counts.get(PRODUCT)}
    orgs = {key for key, counts in seen.items() if counts.get(ORGANIZATION)}
    makers_of: dict[str, list[str]] = defaultdict(list)
    for key in products:
        for cut in (i for i, ch in enumerate(key) if ch == " "):
            maker, model = key[:cut], key[cut + 1:]
            if maker in orgs and model in products and any(ch.isdigit() for ch in model):
                makers_of[model].append(key)
    out = {}
    for model, full in makers_of.items():
        # two makers' names before one designation ("Vantor 790", and "Kestrel Air 790" where an
        # airline flies it): the one the corpus writes in more articles than any other, in two at least
        uses = sorted(((products[k], k) for k in full), reverse=True)
        if len(uses) == 1 or uses[0][0] >= 2 and uses[0][0] > uses[1][0]:
            out[model] = names[uses[0][1]]
    for key in products:
        if key in out or not written_in_the_plural(key, names[key]):
            continue
        for singular in singulars(key):
            if singular in products and products[singular] >= products[key]:
                out[key] = out.get(singular, names[singular])
                break
    spellings: dict[str, list[str]] = defaultdict(list)
    for key in products:
        spellings[spelling(key)].append(key)
    for keys in spellings.values():
        best = min(keys, key=lambda k: (-products[k], len(k), k))
        for key in keys:
            if key != best and key not in out:
                out[key] = out.get(best, names[best])
    spelt_by: dict[str, list[str]] = defaultdict(list)  # capitals -> the names (of several words, or joined) they spell
    for key in products:
        written = names[key]
        if " " in written or capital_inside(written):
            spelt_by["".join(ch for ch in written if ch.isupper())].append(key)
    for key in products:
        full = spelt_by.get(names[key], []) if ACRONYM.fullmatch(names[key]) else []
        if key not in out and len(full) == 1 and PRODUCT_ACRONYM_SHARE * products[full[0]] >= products[key]:
            out[key] = out.get(full[0], names[full[0]])
    for key in sorted(products):
        # "the Boeing 787 Dreamliner", "the Boeing 787", "the Dreamliner": a word after a model's
        # number that the corpus also writes alone as a product's name is that model's own name, and
        # the three are one; a designation after the number is a variant ("777-200LR", "A330 MRTT")
        base, _, word = key.rpartition(" ")
        written = names[key].rsplit(" ", 1)[-1]
        if base in products and word in products and written.isalpha() and written.istitle() and word not in MODEL_WORDS \
                and any(ch.isdigit() for ch in base.rsplit(" ", 1)[-1]) and key not in out:
            for short in (base, word, *(k for k, name in out.items() if name.casefold() in {base, word})):
                out[short] = names[key]
    went_on: dict[str, list[str]] = defaultdict(list)  # a title's first word -> the titles it opens
    for key in products:
        written = names[key].split()
        # (not a list the model read as one name: "Zephyr and Zephyr Pro")
        if len(written) > 2 and written[1] in TITLE_JOINING_WORDS and written[0][:1].isupper() \
                and written[0] not in written[2:]:
            went_on[key.split()[0]].append(key)
    for key, titles in went_on.items():
        if key in products and key not in out and len(titles) == 1 and products[titles[0]] >= products[key]:
            out[key] = out.get(titles[0], names[titles[0]])
    return out


# Words in lower case a title goes on with after its first word: "Breakfast with Frost", "Lord of
# the Zephyrs", "Pride and Lumen"
TITLE_JOINING_WORDS = frozenset({"with", "of", "and", "in", "on", "at", "for", "from", "to", "the"})


# Articles that must read a name as a product before its plural, read as something else, is that
# product's ("sold 200 Zephyrs" read as a firm): one may be the model's slip.
PLURAL_OF_A_PRODUCT = 2


def plural_products(seen: dict[str, Counter], names: dict[str, str]) -> dict[str, str]:
    """Names in the plural never read as a product -> their singular, where the corpus reads the
    singular as a product in most of the articles that name it, in two at least and in as many as
    name the plural: "Zephyrs" the model took for a firm are the Zephyr the corpus knows as a
    product (not "Lions", named far more often than a product "Lion"). The caller makes them that
    product, in class and in name."""
    out = {}
    for key, counts in seen.items():
        if counts.get(PRODUCT) or not written_in_the_plural(key, names.get(key, key)):
            continue
        for singular in singulars(key):
            read = {c: n for c, n in seen.get(singular, {}).items() if c in CONFUSABLE}
            product = read.get(PRODUCT, 0)
            if product >= PLURAL_OF_A_PRODUCT and product >= sum(counts.values()) \
                    and product / sum(read.values()) > 0.5:
                out[key] = singular
                break
    return out


# Articles that must read a name as a product (a cue in one at least) before the name written
# after a maker's is that product: a word read once as a product may be a firm's ("Campbell Soup").
MAKERS_PRODUCT = 2


def maker_prefixed_products(seen: Mapping[str, Counter], cued: Mapping[str, Counter]) -> dict[str, str]:
    """Names of a maker and then a product ("vantor zephyr") -> the product's name alone, where
    the corpus reads the maker as an organisation and the product as a product, each in most of the
    articles that name it and in two at least (or, the maker, by a cue in one), and no cue read
    the whole name as anything but a product: the model's "Vantor Zephyr" a person or a firm is
    the Zephyr, written with its maker's name ("Mozilla Firefox", "Sony Walkman", "Apple iTunes").
    Not a person's full name ("Kestrel Parker" opening with a given name). The caller makes them
    that product, in class and in name. ``seen`` counts each article's reading as the corpus
    settled it (corpus_classes): "Windows" a town to the model in one article is the product."""
    def mostly(key: str, cls: str) -> bool:
        read = {c: n for c, n in seen.get(key, {}).items() if c in CONFUSABLE}
        return bool(read) and read.get(cls, 0) > sum(read.values()) - read.get(cls, 0)

    out = {}
    for key in seen:
        words = key.split()
        if len(words) < 2 or any(c != PRODUCT for c in cued.get(key, {})) or given_name(words[0].title()):
            continue
        for cut in range(1, len(words)):
            maker, product = " ".join(words[:cut]), " ".join(words[cut:])
            if not (mostly(maker, ORGANIZATION) and (seen[maker][ORGANIZATION] >= MAKERS_PRODUCT
                                                     or cued.get(maker, {}).get(ORGANIZATION))):
                continue
            if any(ch.isdigit() for ch in product):
                break  # a model's designation ("Vantor Z380"): corpus_product_names
            if mostly(product, PRODUCT) and seen[product][PRODUCT] >= MAKERS_PRODUCT \
                    and cued.get(product, {}).get(PRODUCT):
                out[key] = product
                break
    return out


def corpus_event_names(seen: dict[str, Counter], names: dict[str, str]) -> dict[str, str]:
    """Event names in the singular -> their plural, where the corpus names an event both ways: an
    award's ceremony and the award ("the Zephyr Awards", "won a Zephyr Award"), the championships
    and the championship are one event in the news, and the plural names the event (not a plural
    that lists several: "the London and Tokyo Marathons", LISTED_EVENT_ENDINGS). A name in
    the long form of EVENT_SHORT_FORMS -> the short one the corpus uses too: "the 2008 Olympic
    Games" are "the 2008 Olympics"; so are an award's ceremony and its name in the plural, where
    the corpus uses both ("the Zephyr Awards", "the Zephyrs"), an award and the nickname of
    AWARD_NICKNAMES, and "the Zephyr Games" and "the Zephyr Olympics"."""
    events = {key for key, counts in seen.items() if counts.get(EVENT)}
    out = {}
    for key in sorted(events):
        if len(key) >= 4 and key.endswith("s") and not key.endswith("ss") and key.split()[-1] not in LISTED_EVENT_ENDINGS:
            for singular in singulars(key):
                if singular in events and singular not in out:
                    out[singular] = names[key]
                    break
    for key in sorted(events):
        for long, short in EVENT_SHORT_FORMS.items():
            if re.search(rf"\b{long}\b", key) and (other := re.sub(rf"\b{long}\b", short, key)) in events:
                out[key] = out.get(other, names[other])
        for ending in (" awards", " award"):
            if key.endswith(ending) and (nickname := key.removesuffix(ending) + "s") in events:
                out[key] = names[nickname]
        if (nickname := AWARD_NICKNAMES.get(key)) is not None and nickname in events:
            out[key] = names[nickname]  # "the Academy Awards", "the Oscars"
        if key.endswith(" games") and (olympics := key.removesuffix(" games") + " olympics") in events:
            out[key] = names[olympics]  # "the Athens Games", where the corpus writes "the Athens Olympics"
    # ("Zephyr Award" -> "Zephyr Awards" -> "Zephyrs")
    return {key: out.get(name.casefold(), name) for key, name in out.items()}


def written_in_the_plural(key: str, written: str) -> bool:
    """"iPods", "Zephyrs" (not "iPod's", nor a short word: "Bus")."""
    return len(key) >= 4 and written.endswith("s") and written[-2].isalnum()


def singulars(name: str) -> list[str]:
    """What a name ending in "s" may be the plural of: "iphones" -> "iphone"; "touches" -> "touche",
    "touch"."""
    return [name[:-1], name[:-2]] if name.endswith("es") else [name[:-1]]
