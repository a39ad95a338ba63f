"""A role fact from a person and a role noun: the label as written, and the organisation if one is said."""
from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from ...lang.en.lexicon import FORMER_ADVERBS, FOUNDING_ROLES, PERFORMER_ROLES, TITLE_WORDS, WORK_ROLES
from ...mentions.names import DASHES, spaced_dash
from ...model import CURRENT, FORMER, PERSON, ROLE, Evidence, Fact
from ...nlp import children, lemma
from ..base import Context, phrase
from .dating import role_change
from .organizations import antecedent, brief_of, brief_of_another_body, entity_tokens, organization_of
from .time import has_left, held, removed, without_time_words
from .words import is_title_word, word_tokens


def dated(evidence: Evidence, ctx: Context, person: Token, noun: Token | None, status: str,
          verb: Token | None = None) -> Evidence:
    """The sighting of a membership, with the days the sentence gives its start and end (of the
    role ``noun``, or of the change ``verb`` states when there is no role noun)."""
    change = role_change(person, noun, status, ctx.article.date, verb)
    return replace(evidence, began=change.began, ended=change.ended) if change != (None, None) else evidence


def role_fact(ctx: Context, person: Token, noun: Token, rule: str, with_org: float, alone: float,
              status: str = CURRENT, beside: Token | None = None) -> Fact | None:
    """The role ``noun`` gives ``person``, in the organisation the phrase names (or points back at),
    else as a job title. ``status`` is the time the verb gives; a time word in the phrase wins.
    ``beside`` is an organisation the parser hung elsewhere that the phrase still names."""
    org_token, org_tokens = organization_of(ctx, noun)
    if org_token is None and beside is not None:
        org_token, org_tokens = beside, entity_tokens(ctx, beside)
    brief = brief_of(ctx, org_token) if org_token is not None else None
    if brief is None and org_token is not None and brief_of_another_body(noun, org_tokens):
        brief = ctx.doc[org_tokens[0].i:org_tokens[-1].i + 1]
    if brief is not None:  # "Education Secretary Ann Ruiz": a title with its brief
        org_token, org_tokens = None, []
    status = held(noun, status)  # (a job title keeps its time word in its label)
    if status == CURRENT and lemma(noun).lower() not in FOUNDING_ROLES and (
            has_left(person, noun) or removed(person, noun)):
        status = FORMER
    if noun.pos_ == "PROPN":  # "US President Bill Clinton": the title words only, not the name's other parts
        words = word_tokens(noun)  # ("Under-Secretary" is three tokens)
        while words[0].i > 0 and words[0].nbor(-1).dep_ == "compound" and is_title_word(words[0].nbor(-1)):
            words.insert(0, words[0].nbor(-1))
        # "CEO" and "C.E.O." stay as written
        label = "".join((w.lower_ if w.is_title and not w.text.replace(".", "").isupper() else w.text) + w.whitespace_
                        for w in words).strip()
    else:
        # one person's share of a plural role: "two other chief technical officers" -> "chief technical officer"
        counted = [c for c in children(noun) if c.dep_ == "nummod" or c.lower_ in {"other", "several", "many"}] \
            if noun.tag_ == "NNS" else []
        # "Software firm Kestrel boss", "Rock band Kestrel drummer": words before the organisation
        # the role is in say what the organisation is (a title's word stays: "acting Kestrel chief")
        described = [t for t in noun.subtree if t.i < org_tokens[0].i and not is_title_word(t)] \
            if org_token is not None and org_tokens and org_tokens[0].i < noun.i else []
        label = phrase(noun, drop=org_tokens + counted + described + _another_persons_words(ctx, person, noun)
                       + _how_held(noun) + [t for t in person.subtree if ctx.entity(t) == ctx.entity(person)]
                       + _beyond_an_aside(noun))
        if noun.tag_ == "NNS":
            label = re.sub(rf"(?<![\w-]){re.escape(noun.text)}(?![\w-])", lemma(noun), label)
        word = word_tokens(noun)
        if len(word) > 1:  # "co-founder", "singer-songwriter", "co-head of investment banking" as written
            joined = "".join(t.text for t in word)
            pieces = [t.text for t in word if not t.is_punct]
            for form in (" ".join(t.text for t in word), " ".join(pieces), "".join(pieces), noun.text):
                found = re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", label)
                if joined not in label and found:
                    label = (label[:found.start()] + joined + label[found.end():]).strip()
                    break
    if not label or not any(ch.isalpha() for ch in label):
        return None
    if brief is not None:  # (in lower case, as titles are: "home affairs spokesman")
        if brief.text.lower() not in label.lower():  # before the title, or after its "of"/"for"
            label = f"{brief.text} {label}" if brief.start < noun.i else f"{label} {ctx.doc[brief.start - 1].text} {brief.text}"
        label = label.lower()
    # Titles are written "Chief Executive" or "chief executive", "Co-founder" (a sentence's first
    # word) or "co-founder": one role either way; names and initials ("CEO") stay.
    label = " ".join(w.lower() if _capitalised(w) and w.lower() in TITLE_WORDS else w for w in label.split())
    if lemma(noun).lower() in PERFORMER_ROLES:  # "Nordwind Street actress Ann Ruiz" acted in it, no member of it
        return _title(ctx, person, noun, label, rule, alone)
    # (a role in a work as often as in a band or a team, measured apart: "The Aviator star")
    member_rule = rule + "-in-a-work" if label.split()[-1].lower() in WORK_ROLES else rule
    if org_token is not None:
        return Fact(ROLE, ctx.entity(person), ctx.entity(org_token), without_time_words(label) or None,
                    dated(ctx.evidence(noun, member_rule, with_org), ctx, person, noun, status), status)
    org, said = antecedent(ctx, noun, ctx.entity(person))
    if org is not None:
        if said:  # "co-president of the firm": the role is "co-president"
            label = phrase(noun, drop=said + [t for t in person.subtree if ctx.entity(t) == ctx.entity(person)])
        label = " ".join(w for w in label.split() if w.lower() not in {"its", "company", "firm", "group", "'s"})
        # 7 of 12 right on 800 BBC articles read by hand; the misses are names of the wrong class
        return Fact(ROLE, ctx.entity(person), org, without_time_words(label) or None,
                    dated(ctx.evidence(noun, member_rule + "-anaphora", 0.55), ctx, person, noun, status), status)
    return _title(ctx, person, noun, label, rule, alone)


def _title(ctx: Context, person: Token, noun: Token, label: str, rule: str, confidence: float) -> Fact | None:
    """A job title alone, unless what it says is no post (NO_POST; in a firm, "the number two at
    Vantor" is one)."""
    if NO_POST.search(label):
        return None
    return Fact(ROLE, ctx.entity(person), None, label, ctx.evidence(noun, rule + "-title", confidence))


# What a label says that is no post: an award's category ("Best actor nominee": what was, or may be,
# won) and a rank in a sport ("world number 37", "British number one"; a rugby team's "number eight"
# is a place in it, and "the number two at Vantor" a post in a firm).
NO_POST = re.compile(r"^best\b|\bnumber (?:\d+|one|two|three|four|five|six|seven|nine|ten)\b(?! (?:at|in|of|to|for)\b)",
                     re.IGNORECASE)


# Marks no job title runs across, besides a spaced dash (an aside: names.spaced_dash) and a line
# break (a list's next item): a quotation mark opens a quote; a full stop, a colon or a semicolon a
# new sentence or clause the parse ran on into. (Not "!" nor "?": names hold them, "Kerrang! editor".)
TITLE_BREAKS = frozenset({'"', "“", "”", ".", ":", ";"})


def _beyond_an_aside(noun: Token) -> list[Token]:
    """The words of a role noun's phrase across a TITLE_BREAK from it, which the parser hung on it:
    "Vantor's finance director - Ann Ruiz's rival -" is no title of Ruiz's rival, nor is "the
    Leeds festival - best actor" one of an actor. (A dash inside a word joins it: "co-founder".)"""
    def breaks(t: Token) -> bool:
        if t.is_space:
            return "\n" in t.text  # (a line break: a list's next item)
        return spaced_dash(t) if t.text in DASHES else t.text in TITLE_BREAKS
    words = list(noun.subtree)
    left = max((t.i for t in words if t.i < noun.i and breaks(t)), default=-1)
    right = min((t.i for t in words if t.i > noun.i and breaks(t)), default=len(noun.doc))
    return [t for t in words if t.i <= left or t.i >= right]


# Adverbs that say how, or how much, a role is held: "now effectively deputy", "an equally
# unconventional director" (besides those in "-ly"). A word that dates a role is no such adverb.
HOW_HELD = frozenset({"now", "still", "also", "just", "even", "already"})


def _how_held(noun: Token) -> list[Token]:
    """The adverbs before a role noun that say how it is held, which are no part of its label."""
    doc = noun.doc
    # (not a word joined to the next by a hyphen: "newly-appointed", "jelly-legged")
    return [t for t in noun.subtree if t.i < noun.i and t.dep_ == "advmod" and t.is_lower and t.is_alpha
            and (t.lower_ in HOW_HELD
                 or t.pos_ == "ADV" and t.lower_.endswith("ly") and t.lower_ not in FORMER_ADVERBS and t.lower_ != "only")
            and not (doc[t.i + 1].text == "-" and not t.whitespace_)]


def _capitalised(word: str) -> bool:
    """Whether a word is written capitalised: in title case ("Chief", "Vice-President") or with its
    first letter alone a capital ("Co-founder"); not initials ("CEO")."""
    return word.istitle() or word[:1].isupper() and not any(ch.isupper() for ch in word[1:])


def another_person(ctx: Context, token: Token, person: Token) -> bool:
    """Whether ``token`` names a person other than ``person``'s."""
    ref = ctx.entity(token)
    return ref is not None and ref.cls == PERSON and ref != ctx.entity(person)


def _another_persons_words(ctx: Context, person: Token, noun: Token) -> list[Token]:
    """The words of a role phrase up to another person's name in it: in "Vantor chairman Ann Ruiz
    and finance director Tom Hale" the parser may hang all of it on "director", which is Hale's."""
    others = [t.i for t in noun.subtree if t.i < noun.i and another_person(ctx, t, person)]
    cut = max(others, default=None)
    doc = noun.doc
    # (a name listed before: "... Ann Ruiz and finance director"; not a word the model took for a
    # name, "former Blackburn boss")
    if cut is None or doc[cut + 1].lower_ not in {"and", ","}:
        return []
    return [t for t in noun.subtree if t.i <= cut + 1]
