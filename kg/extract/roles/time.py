"""When a role is held, as the sentence says: a word in the role phrase ("former chief executive",
"ex-chairman", "then-president", "once chairman", "the incoming chairman", "chairman-designate") or
the verb that gives the role ("resigned as chairman", "left the bank", "sacked its chief executive"
for the past; "will become", "is to join" for what is to come). A role with no time word is current."""
from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ...lang.en.lexicon import FORMER_ADVERBS, FORMER_WORDS, FUTURE_WORDS, LEFT_VERBS, REMOVAL_VERBS
from ...model import CURRENT, FORMER, FUTURE
from ...nlp import children, lemma, tokens

# "ex-chairman", "then-president", "chairman-designate", "president-elect" as one written word
_PREFIXED = re.compile(r"^(?:ex|then)-(?=\w)", re.IGNORECASE)
_SUFFIXED = re.compile(r"(?<=\w)-(?:designate|elect)$", re.IGNORECASE)
# Words of a role's label that put it in the past ("former chief executive", "once chairman")
_DATED_PAST = FORMER_WORDS | FORMER_ADVERBS
# Adverbs that say a role is held at the time of writing ("Tom Hale, now chairman of Vantor"),
# in lower case ("Now" may open a name)
NOW_WORDS = frozenset({"now", "currently", "presently"})
# "its next chief executive": the role is to come (in lower case: "Next" opens names, a retailer's)
NEXT = frozenset({"next"})
# Words that date a role only as written in lower case
_DATED_IN_LOWER_CASE = NOW_WORDS | NEXT


def phrase_status(noun: Token) -> str:
    """The time a role phrase gives its role: the words from the phrase's start to its head noun,
    and a "-designate" or "-elect" right after it."""
    doc = noun.doc
    if _then_before(doc, noun.left_edge.i) or _adverb_before_apposition(noun):
        return FORMER
    for token in tokens(doc)[noun.left_edge.i:noun.i + 1]:
        word = token.lower_
        if word in FORMER_WORDS or _one_time(token) or word in FORMER_ADVERBS and token.dep_ == "advmod" \
                and token.head.i == noun.i or _ex_joined(token):
            return FORMER
        if (word in FUTURE_WORDS or token.text in NEXT) and token.i < noun.i:
            return FUTURE
    after = tokens(doc)[noun.i + 1:noun.i + 3]
    if len(after) == 2 and after[0].text == "-" and after[1].lower_ in {"designate", "elect"}:
        return FUTURE
    return CURRENT


def _ex_joined(token: Token) -> bool:
    """"Tory ex-minister Ann Ruiz", "ex-Home Secretary Tom Hale": the tokenizer splits "ex-" off the
    word it dates, and the parser hangs "ex" and "-" anywhere but on the role."""
    doc, i = token.doc, token.i
    return (i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "ex"
            and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_)


def _one_time(token: Token) -> bool:
    """"a one-time Vantor director", which the tokenizer writes as "one", "-", "time"."""
    doc, i = token.doc, token.i
    return token.lower_ == "time" and i > 1 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "one"


def _adverb_before_apposition(noun: Token) -> bool:
    """"Tom Hale, formerly a Vantor executive running its phones, ...": the parser may hang the
    adverb on the name the role stands beside rather than on the role; right after the comma and
    right before the role's phrase, it dates the role all the same."""
    doc, start = noun.doc, noun.left_edge.i
    if noun.dep_ != "appos" or start < 2:
        return False
    adverb = doc[start - 1]
    return (adverb.lower_ in FORMER_ADVERBS and adverb.dep_ == "advmod" and adverb.head.i == noun.head.i
            and doc[start - 2].text == ",")


def _then_before(doc: Doc, start: int) -> bool:
    """"met then Vantor chief executive Ann Ruiz", "imposed by then president Ruiz": a "then" the
    parser hung on the verb, right before the role's phrase, dates the role (not "and then", nor
    ", then", which order events)."""
    return (start > 1 and doc[start - 1].lower_ == "then" and doc[start - 1].dep_ == "advmod"
            and doc[start - 2].is_alpha and doc[start - 2].lower_ not in {"and", "but", "or"})


def label_status(label: str) -> str:
    """The time a job title's words give it ("former host", "ex-chairman", "chairman-designate"):
    a title with no organisation keeps its time in its label, which a membership made from it
    takes as its status."""
    words = label.lower().split()
    if any(w in _DATED_PAST or _PREFIXED.match(w) for w in words):
        return FORMER
    if any(w in FUTURE_WORDS or _SUFFIXED.search(w) for w in words):
        return FUTURE
    return CURRENT


def without_time_words(label: str) -> str:
    """The role without the words that date it: "former chief executive" -> "chief executive",
    "now chairman" -> "chairman" (the time is the membership's status)."""
    words = [_SUFFIXED.sub("", _PREFIXED.sub("", w)) for w in label.split()]
    return " ".join(w for w in words if w.lower() not in _DATED_PAST
                    and w.lower() not in FUTURE_WORDS and w not in _DATED_IN_LOWER_CASE and w not in {"-", ""})


def verb_status(verb: Token) -> str:
    """The time a verb gives the role it states: "resigned as", "left", "chaired", "was sacked as"
    (former); "will become", "is to join" (future); current otherwise, "will resign as" too (the
    post is held until then)."""
    word = lemma(verb).lower()
    if word in LEFT_VERBS or word == "step" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down"
                                                    for c in children(verb)):
        # "resigned as", "stepped down as" (the parser may make "down" an adverb); who "will step
        # down as" or "is to resign as" chairman holds the post still
        return CURRENT if _to_come(verb) else FORMER
    if word in REMOVAL_VERBS and _done(verb):
        return FORMER
    if any(c.dep_ == "aux" and c.lower_ in WILL for c in children(verb)) or planned(verb):
        return FUTURE
    return FORMER if held_before(verb) else CURRENT


# Auxiliaries of what is still to come: "will join", "shall retire"
WILL = frozenset({"will", "'ll", "shall"})


def planned(verb: Token, on: frozenset[str] = frozenset({"be"})) -> bool:
    """"is to join", "are to become": a to-infinitive on a form of "be" (or of another word
    ``on`` names: "is due to retire"), a change planned."""
    return verb.dep_ == "xcomp" and lemma(verb.head).lower() in on and any(c.lower_ == "to" for c in children(verb))


def _to_come(verb: Token) -> bool:
    """Whether the verb's act is yet to come, or only wished or denied: "will resign", "may quit",
    "did not step down", "is to retire", "plans to leave"."""
    return verb.dep_ == "xcomp" or any(c.dep_ in {"aux", "neg"} and c.lower_ in _UNSAID | {"to"}
                                       for c in children(verb))


# Verbs of holding a post. Not "found" or "join": a founder stays one, and who joined is there still.
HOLDING_VERBS = frozenset({"be", "head", "lead", "run", "chair", "direct", "manage", "serve", "work", "edit",
                           "present", "host"})


def held_before(verb: Token) -> bool:
    """A post the simple past gives ("he chaired the party", "she was finance director at Vantor",
    "who ran its bank"): news tells a post still held in the present, so one held in the past is
    held no more. Not in a clause a verb of saying reports, whose tense follows the saying's ("she
    said she was happy as chairman")."""
    return verb.tag_ == "VBD" and lemma(verb).lower() in HOLDING_VERBS and verb.dep_ != "ccomp"


# Verbs that report a clause as so: "... has resigned, the company said" ("denied that ..." does not).
_SAID = {"say", "announce", "confirm", "tell"}
# Words on a verb that keep it from saying something happened: "will not quit", "should resign".
_UNSAID = {"not", "n't", "never", "will", "'ll", "would", "should", "could", "may", "might", "must", "shall", "can"}


def _done(verb: Token) -> bool:
    """Whether the sentence says the verb's act was done: in the past, not denied nor wished for
    ("was sacked", "has fired"; not "could be sacked", "will not fire")."""
    return verb.tag_ in {"VBD", "VBN"} and not any(
        c.dep_ in {"neg", "aux", "auxpass"} and c.lower_ in _UNSAID for c in children(verb))


def removed(person: Token, noun: Token) -> bool:
    """"Vantor sacked its chief executive Tom Hale", "Kestrel has fired manager Ann Ruiz", "chief
    executive Tom Hale was ousted": the holder was put out of the role, which is past."""
    for holder in (noun, person):
        verb = holder.head
        if holder.dep_ in {"dobj", "nsubjpass"} and lemma(verb).lower() in REMOVAL_VERBS and _done(verb):
            return True
    return False


def has_left(person: Token, noun: Token) -> bool:
    """"Zorbit chairman Tom Hale resigned on Monday", "... has stepped down", "... has retired from
    the stage": the sentence says the holder of the role that ``noun``, a phrase on the name,
    gives has left it, so the role is past. The leaving must be stated: in the past or the
    perfect, in a main clause or one a statement reports, not denied or wished for; and not from
    somewhere the text names ("quit Vantor", "resigned from the Vantor board" may be another
    post; "resigned as ..." is the role the verb gives)."""
    # ("Vantor's chairman, Tom Hale, has resigned": the role phrase is the subject, the name beside it)
    subject = noun if person.dep_ == "appos" and person.head.i == noun.i else person
    verb = subject.head
    if noun != subject and not subject.is_ancestor(noun):  # "Hale retired, returning as a student at ...": a role taken up after
        return False
    if subject.dep_ != "nsubj" or not _done(verb) or not (
            verb.dep_ in {"ROOT", "conj"} or verb.dep_ == "ccomp" and lemma(verb.head) in _SAID):
        return False
    word = lemma(verb).lower()
    if not (word in LEFT_VERBS or word == "step" and any(c.dep_ in {"prt", "advmod"} and c.lower_ == "down"
                                                         for c in children(verb))):
        return False
    if verb.tag_ == "VBN" and not any(c.dep_ == "aux" and lemma(c) == "have" for c in children(verb)):
        return False
    for child in children(verb):
        if child.dep_ == "dobj":
            return False
        if child.dep_ == "prep" and child.lower_ in {"as", "from"} and (
                child.lower_ == "as" or any(t.ent_type_ for t in child.subtree)):
            return False
    return True


def held(noun: Token, given: str) -> str:
    """The time of the role ``noun`` says, where the verb that gives it says ``given``: the
    phrase's own word first ("will become the former ..." is no future)."""
    said = phrase_status(noun)
    return said if said != CURRENT else given
