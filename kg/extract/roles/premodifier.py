"""A role written before the name it belongs to: "Microsoft chief executive Steve Ballmer"."""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from spacy.tokens import Span, Token

from ...lang.en.lexicon import CLUB_ROLES, EMPLOYER_ROLES, FORMER_WORDS, ORG_SUFFIXES, ROLE_NOUNS
from ...model import FORMER, ORGANIZATION, PERSON, Fact
from ...nlp import children, lemma
from ..base import Context
from .facts import role_fact
from .organizations import organization_of
from .words import is_role, is_title_word, word_tokens


def extract(ctx: Context, span: Span) -> Iterator[Fact]:
    root = span.root
    # (the parser may hang the title on the first name, and the organisation on either name:
    # "Vantor Chief Executive Ann Ruiz"; the title is its last word, "Executive")
    titles = sorted((c for tok in span for c in children(tok)
                     if c.i < span.start and c.dep_ in {"compound", "nmod"} and is_role(c)), key=lambda t: t.i)
    # "Vantor chairman Ann Ruiz and finance director Tom Hale": the parser may hang the first title
    # on the second, past the name it stands before
    before = ctx.doc[span.start - 1] if span.start > 0 else None
    if not titles and before is not None and before.dep_ in {"compound", "nmod"} and before.head.i >= span.end \
            and is_role(before):
        titles = [before]
    # "Labour former minister Ann Ruiz": or as an apposition of the word before it (the party)
    if not titles and before is not None and before.dep_ == "appos" and is_role(before):
        titles = [before]
    if not titles and (plural := _plural_title_before(span)) is not None:
        titles = [plural]
    for child in titles:
        if child.pos_ == "PROPN" and child.i + 1 < span.start and any(t.i == child.i + 1 for t in titles):
            continue  # "Chief" of "Chief Executive"
        beside = _organization_before(ctx, span, child) or _organization_of_first(ctx, root, child)
        fact = role_fact(ctx, root, child, "role-premodifier", 0.75, 0.6, beside=beside)
        if fact:
            yield _with_title_words_on_the_name(fact, child, span)
    yield from _positions(ctx, span, titles)


def _plural_title_before(span: Span) -> Token | None:
    """"Vantor directors Ann Ruiz and Tom Hale": a role in the plural written right before the
    names it lists is each one's. The parser hangs the first name on the role as an apposition,
    and the next names on the first. Not set off by a comma ("its directors, Ann Ruiz and ...":
    kg.extract.roles.apposition reads those)."""
    root = span.root
    first = root.head if root.dep_ == "conj" and root.head.i < root.i else root
    if first.dep_ != "appos":
        return None
    noun = first.head
    # (not a role listed beside an organisation: "groups such as Kestrel, Leeds campaigners Vantor
    # and ..." name groups, whatever the model read them as)
    if noun.tag_ != "NNS" or noun.i != first.left_edge.i - 1 or noun.dep_ == "conj" or not is_role(noun):
        return None
    return noun


# A club's roles, and the places and jobs in a side that are words of the language too.
POSITIONS = CLUB_ROLES | {"wing", "lock", "three-quarter", "substitute", "physio"}


def _positions(ctx: Context, span: Span, titles: list[Token]) -> Iterator[Fact]:
    """"Gloucester centre Ann Ruiz", "Kestrel prop Tom Hale": a player's position is a word of the
    language too ("centre", "prop", "hooker") that is no role on its own, but between a club's name
    and a person's it is the player's place in that club."""
    for child in (c for tok in span for c in children(tok)):
        if child.i >= span.start or child.dep_ not in {"compound", "nmod"} or child in titles \
                or lemma(child).lower() not in POSITIONS or child.pos_ != "NOUN":
            continue
        named = any(c.dep_ in {"compound", "nmod"} and (ref := ctx.entity(c)) is not None and ref.cls == ORGANIZATION
                    for c in children(child))
        fact = role_fact(ctx, span.root, child, "role-premodifier-position", 0.7, 0.5) if named else None
        if fact is not None and fact.obj is not None:
            yield fact


def _with_title_words_on_the_name(fact: Fact, title: Token, span: Span) -> Fact:
    """"Vantor's chief executive Ann Ruiz" parsed with "chief" on the name: it is the title's word."""
    words, status = [], fact.status
    i = title.i - 1
    while i >= 0 and (word := title.doc[i]).dep_ == "amod" and word.head.i in range(span.start, span.end) \
            and is_title_word(word):
        if word.lower_ in FORMER_WORDS:  # "Vantor's former chief executive": a time, not a title word
            status = FORMER
        else:
            words.insert(0, word.lower_)
        i -= 1
    if fact.role is None or fact.role.startswith(" ".join(words)):
        return replace(fact, status=status)
    return replace(fact, role=" ".join(words + [fact.role]), status=status)


def run_on(ctx: Context, span: Span) -> Iterator[Fact]:
    """"chief investment officer at Vantor Capital Ann Ruiz said": a role, "at/of", an organisation
    and the name with no comma, which the parser reads as one name with the organisation in it."""
    root = span.root
    # (a role word, not any agent noun: "the involvement of Solicitor General Ann Ruiz")
    if root.dep_ != "pobj" or root.head.lower_ not in {"at", "of"} \
            or lemma(role := root.head.head).lower() not in ROLE_NOUNS or not is_role(role):
        return
    # (a title the model read as an organisation is none: "Solicitor General"; the organisation may
    # hang on its ending: "Kestrel <- LLC <- Ann Ruiz")
    before = [c for tok in span for c in children(tok) if c.i < span.start and c.dep_ in {"compound", "nmod"}]
    before += [c for e in before if e.lower_.rstrip(".") in ORG_SUFFIXES for c in children(e) if c.dep_ == "compound"]
    org = next((c for c in before if (ref := ctx.entity(c)) is not None and ref.cls == ORGANIZATION
                and not is_title_word(c)), None)
    if org is not None:
        fact = role_fact(ctx, root, role, "role-before-name-run-on", 0.65, 0.55, beside=org)
        if fact and fact.obj is not None:
            yield fact


def _organization_of_first(ctx: Context, name: Token, title: Token) -> Token | None:
    """"Vantor's chairman Ann Ruiz and chief executive Tom Hale": the second of two names with a
    title of a firm's officer each shares the organisation the first title names (not "Vantor
    chairman Ann Ruiz and singer Tom Hale")."""
    first = name.head
    if name.dep_ != "conj":
        return None
    if is_role(first) and any(c.dep_ == "appos" and (r := ctx.entity(c)) is not None and r.cls == PERSON
                              for c in children(first)):
        titles = [first]  # the parser hung the second name on the first title: "chairman <- Ann Ruiz"
    elif (ref := ctx.entity(first)) is None or ref.cls == ORGANIZATION:
        return None
    else:
        titles = [t for t in children(first) if t.i < first.i and t.dep_ in {"compound", "nmod"} and is_role(t)]
        if first.dep_ == "appos" and is_role(first.head):  # "Vantor's chairman, Ann Ruiz"
            titles.append(first.head)
    word = lemma(title).lower()
    for other in titles:
        # officers' titles, or one title and the one under it: "the Vantor President Ann Ruiz and
        # Vice President Tom Hale"
        if not (word in EMPLOYER_ROLES and lemma(other).lower() in EMPLOYER_ROLES
                or word == lemma(other).lower() and _ranked_under(title)):
            continue
        org, _ = organization_of(ctx, other)
        if org is not None or other is first:
            return org
        start = min(t.i for t in first.subtree if ctx.entity(t) == ref)
        return _organization_before(ctx, ctx.doc[start:first.i + 1], other)
    return None


def _ranked_under(title: Token) -> bool:
    """"Vice President", "deputy chairman": a title under the one its last word names."""
    before = title.doc[title.i - 1] if title.i > 0 else None
    return before is not None and before.lower_ in {"vice", "deputy", "assistant"}


def _organization_before(ctx: Context, span: Span, title: Token) -> Token | None:
    """"Vantor Chief Executive Ann Ruiz", "Vantor's chief executive Ann Ruiz": the organisation named
    right before the title words (the written word's first part: "Vantor Under-Secretary Ann Ruiz")."""
    i = word_tokens(title)[0].i
    while i > 0 and ctx.doc[i - 1].dep_ in {"compound", "amod"} and is_title_word(ctx.doc[i - 1]) \
            and not ctx.entity(ctx.doc[i - 1]):
        i -= 1
    if i > 1 and ctx.doc[i - 1].tag_ == "POS":
        i -= 1
    before = ctx.doc[i - 1] if i > 0 else None
    ref = ctx.entity(before) if before is not None else None
    if ref is None or ref.cls != ORGANIZATION:
        return None
    # (the whole name hangs on the title or the person: its last word may hang inside it, "the
    # Vantor Institute of Technology professor Ann Ruiz")
    start, end = ctx.bounds(before)
    if not any(not start <= t.head.i < end and t.head.i in range(i, span.end) for t in ctx.doc[start:end]):
        return None
    return before
