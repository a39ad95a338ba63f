"""Memberships with no role said: "Roger K. Crouch of NASA", "NASA's Bill Nelson", "<name> and
<name> of <org>", "Brian Mulroney's Progressive Conservative Party"; and who works in a unit
works for the organisation the unit is at."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.en.lexicon import FIRMS_OF_A_TRADE, ORG_NOUNS, QUOTING_VERBS
from ...lang.en.orgkinds import PARTY, organization_kind
from ...mentions.names import spelt_like_a_persons_name
from ...model import CURRENT, ORGANIZATION, PERSON, ROLE, EntityRef, Fact
from ...nlp import children, lemma
from ...nlp.syntax import first_conjunct
from ..base import Context
from .organizations import a_brief, organization_of, organizations_after
from .time import phrase_status


def extract(ctx: Context, span: Span) -> Iterator[Fact]:
    root = span.root
    yield from _speaking_for(ctx, span)
    # "Brian Mulroney's Progressive Conservative Party": the organisation is his
    owned = ctx.entity(root.head) if root.dep_ == "poss" else None
    if owned is not None and owned.cls == ORGANIZATION and owned != ctx.entity(root):
        yield Fact(ROLE, ctx.entity(root), owned, None, ctx.evidence(root, "member-possessive", 0.55))
    # "Roger K. Crouch of NASA", "NASA's Bill Nelson": a member, role unsaid
    # (Conjoined names do not share it: "Ana Diaz, at Yale, and Paul Meyer, at Lyon University".)
    org_token, _ = organization_of(ctx, root, shared=False)
    if org_token is not None and a_brief(ctx, org_token):
        return  # "Education Secretary Ann Ruiz": a post, whose brief is no body (kg.extract.roles.facts)
    if org_token is not None and ctx.entity(org_token) != ctx.entity(root):
        # "NASA's Bill Nelson" apart from "Bill Nelson of NASA": a firm's possessive is as often on
        # its product the model took for a person ("Vantor's Zephyr Portable"), so it is measured
        # apart; quoted ("said NASA's Bill Nelson") it is a person speaking for the organisation
        if org_token.dep_ == "poss" and span.start <= org_token.head.i < span.end:
            quoted = _quoted(span.root)
            if not quoted and not spelt_like_a_persons_name(ctx.entity(root).name, ctx.doc.vocab):
                return  # "Vantor's Zephyr Robot": the owner's thing, read as a person
            rule = "member-possessive-quoted" if quoted else "member-possessive-name"
        else:
            rule = _of_a_party(ctx.entity(org_token), _quoted_or_plain(span, org_token))
        yield Fact(ROLE, ctx.entity(root), ctx.entity(org_token), None, ctx.evidence(root, rule, 0.6),
                   _status_on_the_name(ctx, span, org_token))
    elif org_token is None and (org_token := _org_right_after(ctx, span)) is not None:
        yield Fact(ROLE, ctx.entity(root), ctx.entity(org_token), None,
                   ctx.evidence(root, _of_a_party(ctx.entity(org_token), _quoted_or_plain(span, org_token)), 0.6))
    elif org_token is None and _quoted(root) and (org_token := _org_right_after(ctx, span, "from")) is not None:
        # "said Ann Ruiz, from Vantor": quoted, the organisation one comes from is one's employer
        yield Fact(ROLE, ctx.entity(root), ctx.entity(org_token), None, ctx.evidence(root, "member-of-quoted", 0.6))
    elif org_token is None:
        org_token = _list_organization(ctx, root)
        if org_token is not None:
            yield Fact(ROLE, ctx.entity(root), ctx.entity(org_token), None,
                       ctx.evidence(root, "member-of-list", 0.5))


def _status_on_the_name(ctx: Context, span: Span, org: Token) -> str:
    """"former Tory Ann Ruiz": a time word before an organisation written right before the name
    dates the membership; one after it dates a role ("Labour former minister Tom Hale" is a
    former minister, and in Labour still)."""
    return phrase_status(span.root) if ctx.bounds(org)[1] == span.start else CURRENT


def _speaking_for(ctx: Context, span: Span) -> Iterator[Fact]:
    """"For the Liberal Democrats, Ann Ruiz said ...": the sentence opens with the organisation the
    speaker answers for, as news quotes each party or side in turn."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.pos_ != "VERB" or lemma(verb).lower() not in QUOTING_VERBS:
        return
    sentence = ctx.sentence(span.start)
    for prep in children(verb):
        if prep.dep_ == "prep" and prep.lower_ == "for" and prep.i == sentence.start and prep.i < span.start:
            for pobj in children(prep):
                org = ctx.entity(pobj)
                if pobj.dep_ == "pobj" and org is not None and org.cls == ORGANIZATION:
                    yield Fact(ROLE, ctx.entity(root), org, None, ctx.evidence(prep, "member-speaking-for", 0.6))


def _quoted_or_plain(span: Span, org: Token) -> str:
    """"said Ann Ruiz of Vantor", "Tom Hale, at Nordwind, expects ...", "according to Ann Ruiz of
    Vantor": a person quoted with the organisation named after the name speaks as one of its people,
    which holds far more often than "<name> of <name>" at large (the title of a film, a town someone
    comes from), so the quoted reading is measured apart. Not when the organisation owns what follows
    ("said Ann Ruiz of Vantor's results"): then it is the topic of the quote. Nor for a word before
    the name ("Theatre impresario Ann Ruiz said"), which is as often a field or a product."""
    if org.dep_ == "poss" or org.i < span.end:
        return "member-of"
    return "member-of-quoted" if _quoted(span.root) else "member-of"


def _of_a_party(org: EntityRef, rule: str) -> str:
    """"Liberal Democrat Ann Ruiz", "Tom Hale of the Kestrel Party": a party named on a person says
    the person's party, where "<name> of <name>" at large is as often a film's or a town's, so a
    party's reading is measured apart."""
    return "member-of-party" if rule == "member-of" and organization_kind(org.name) == PARTY else rule


def _quoted(person: Token) -> bool:
    """The person is given as the source of what is said: "said Ann Ruiz", "Ann Ruiz told ...",
    "according to Ann Ruiz"."""
    verb = person.head
    return (person.dep_ == "nsubj" and verb.pos_ == "VERB" and lemma(verb).lower() in QUOTING_VERBS) or (
        person.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according")


def _org_right_after(ctx: Context, span: Span, word: str = "of") -> Token | None:
    """"Ana Diaz of Radio Nord and Paul Meyer of KXRT": an organisation named right after "<name>
    of" (or "<name>, from"), wherever the parser hung it (here on "Radio Nord"), or after words
    saying what it is: "Ana Diaz of brokers Kestrel", "Paul Meyer, from research firm Vantor"."""
    doc, i = span.doc, span.end
    if word == "from" and i < len(doc) and doc[i].text == ",":
        i += 1
    if i + 1 >= len(doc) or doc[i].lower_ != word:
        return None
    first = doc[i + 2] if doc[i + 1].lower_ == "the" and i + 2 < len(doc) else doc[i + 1]
    described = first.i
    while described < min(first.i + 3, len(doc) - 1) and doc[described].is_lower and doc[described].is_alpha:
        described += 1
    if described > first.i and ((noun := lemma(doc[described - 1]).lower()) in ORG_NOUNS or noun in FIRMS_OF_A_TRADE):
        first = doc[described]
    ref = ctx.entity(first)
    if ref is None or ref.cls != ORGANIZATION or ctx.bounds(first)[0] != first.i:
        return None
    return first if ref != ctx.entity(span.root) else None


def _list_organization(ctx: Context, person: Token) -> Token | None:
    """"Ana Diaz and Marco Rossi of Fiat": the organisation after the last of a list of names is
    every name's, when only people are listed and no other name has its own."""
    first = first_conjunct(person)
    names = [first, *first.conjuncts]
    last = max(names, key=lambda t: t.i)
    if last.i == person.i or any(ctx.entity(t) is None or ctx.entity(t).cls != PERSON for t in names):
        return None
    if any(c.dep_ in {"prep", "appos", "relcl"} for t in names if t.i != last.i for c in children(t)):
        return None
    # one list, not a list of lists: "designers like Ana Diaz, Paul Meyer, and Marco Rossi and
    # Lena Park of Vexa"
    if sum(c.dep_ == "cc" for t in names for c in children(t)) > 1:
        return None
    return next(organizations_after(ctx, last, "of", -1), None)


def parent_organizations(ctx: Context, facts: list[Fact]) -> Iterator[Fact]:
    """"the director of the Bauer Center at Yale University": who works in a unit works for the
    organisation the unit is at."""
    by_ref: dict[EntityRef, list] = {}
    for span, ref in ctx.mentions_of(ORGANIZATION):
        by_ref.setdefault(ref, []).append(span)
    for fact in facts:
        if fact.family != ROLE or fact.obj is None:
            continue
        for span in by_ref.get(fact.obj, ()):
            if not (fact.evidence.start <= span.start_char < fact.evidence.end):
                continue
            for pobj in organizations_after(ctx, span.root, "at", span.end - 1):
                if (outer := ctx.entity(pobj)) not in {fact.obj, fact.subject}:
                    yield Fact(ROLE, fact.subject, outer, None, ctx.evidence(pobj, "member-of-parent", 0.6))
