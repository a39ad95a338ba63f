"""Roles set beside a name: an apposition ("Ann Ruiz, chief executive of Nordwind, ..."), "one of
<org>'s <roles>", a role phrase after the name between commas that the parser read as something
else, and a role phrase right before ", <name>" (a plural one covering a list of names)."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ...lang.en.lexicon import HONORIFICS
from ...model import ORGANIZATION, PERSON, Fact
from ...nlp import children
from ...nlp.syntax import appositives, first_conjunct
from ..base import Context
from .facts import another_person, role_fact
from .organizations import organization_of
from .words import is_role, word_tokens


def extract(ctx: Context, span: Span) -> Iterator[Fact]:
    root = span.root
    # "Ma Heliang, an influential figure within China's film sector" / "Microsoft's boss, Bill Gates"
    for appositive in appositives(span):
        # (its later conjuncts only: in "the founder of Nordwind, Karl B. Ruiz, and his daughter,
        # Ana" the parser makes the founder and the daughter items of one list)
        nouns = [appositive, *(c for c in appositive.conjuncts if c.i > appositive.i)]
        # "a lecturer at Lyon University ... and honorary chair of the Chess Federation": the
        # parser often hangs a second role on the first one's organisation.
        nouns += [t for t in appositive.subtree if t.dep_ == "conj" and t not in nouns]
        for noun in nouns:
            # "the Vantor chairman Ann Ruiz and deputy chairman Tom Hale", which the parser may read
            # as two appositions of "chairman": a title before another person's name is not this
            # one's
            if _another_persons_title(ctx, noun, span):
                continue
            # One person is not "high achievers, like ...": a plural noun lists a group.
            if is_role(noun) and noun.tag_ != "NNS":
                fact = role_fact(ctx, root, noun, "role-apposition", 0.8, 0.7, beside=_hung_on_the_name(ctx, root, noun))
                if fact:
                    yield fact
    # "Ray Ozzie, one of Microsoft's three chief technical officers"
    for one in children(root):
        if one.dep_ == "appos" and one.lower_ == "one":
            for noun in (p for prep in children(one) if prep.dep_ == "prep" and prep.lower_ == "of"
                         for p in children(prep) if p.dep_ == "pobj" and p.tag_ == "NNS" and is_role(p)):
                fact = role_fact(ctx, root, noun, "role-apposition", 0.8, 0.7)
                if fact and fact.obj is not None:
                    yield fact
    # "Nic Harcourt, KCRW's music director, ...": the same, when the parser read no apposition
    noun = None if any(is_role(a) for a in appositives(span)) else _role_after(ctx, span)
    if noun is not None:
        fact = role_fact(ctx, root, noun, "role-apposition", 0.8, 0.7)
        if fact and fact.obj is not None:
            yield fact
    # "the deputy head of the Trade Ministry, Omar Idris": a role phrase just before the name,
    # whatever the parser made of the comma between them
    noun = _role_before(ctx, span)
    lead = first_conjunct(root)
    if noun is None and lead.i != root.i and ctx.entity(lead) is not None and ctx.entity(lead).cls == PERSON:
        # "Nordwind's two other vice presidents, Ana Diaz and Paul Meyer": a plural role covers
        # every name of the list after it
        start = ctx.bounds(lead)[0]
        before = _role_before(ctx, span.doc[start:lead.i + 1])
        noun = before if before is not None and before.tag_ == "NNS" else None
    if noun is not None:
        fact = role_fact(ctx, root, noun, "role-before-name", 0.65, 0.55)
        if fact and fact.obj is not None:
            yield fact


def _another_persons_title(ctx: Context, noun: Token, span: Span) -> bool:
    """Whether another person is named between a role noun and the name after it, or right after a
    role noun that follows the name ("chairman Ann Ruiz and deputy chairman Tom Hale": neither
    "chairman" is the other's)."""
    doc = span.doc
    after = doc[noun.i + 1:span.start] if noun.i < span.start else doc[noun.i + 1:noun.i + 2]
    # ("Vantor's chief executive, Ann Ruiz, and its chairman, Tom Hale": the second role, which the
    # parser joins to the first name, has its own name set beside it)
    return any(another_person(ctx, t, span.root) for t in after) or (
        noun.i > span.start and any(c.dep_ == "appos" and another_person(ctx, c, span.root) for c in children(noun)))


def _hung_on_the_name(ctx: Context, person: Token, noun: Token) -> Token | None:
    """"Tom Hale, co-ordinator for Vantor": the parser may hang the role's "for <organisation>" on
    the name (here, the written word "co-ordinator" read as three appositions); a preposition right
    after the role phrase is still the role's."""
    return next((pobj for prep in children(person) if prep.dep_ == "prep" and prep.i == noun.right_edge.i + 1
                 and prep.lower_ in {"for", "at", "of", "with"}
                 for pobj in children(prep) if pobj.dep_ == "pobj"
                 and (ref := ctx.entity(pobj)) is not None and ref.cls == ORGANIZATION), None)


def _role_before(ctx: Context, span: Span) -> Token | None:
    """The role noun whose phrase ends right before ", <name>" (or ", Professor <name>"), if it
    names an organisation."""
    doc = span.doc
    start = span.start
    while start > 0 and doc[start - 1].lower_ in HONORIFICS and doc[start - 1].is_title:
        start -= 1
    if start < 3 or doc[start - 1].text != ",":
        return None
    last = doc[start - 2]
    below = None
    for noun in [last, *last.ancestors]:
        # climbing out of a list item leaves the phrase: not "the founder of Cablevision, Charles F.
        # Dolan, and his son, James" (but "the founder of Microsoft and Corbis, Bill Gates")
        if noun.i >= start or (below is not None and below.dep_ == "conj" and ctx.entity(below) is None):
            break
        below = noun
        # The parser may hang the name on the phrase ("of SoftBank, Masayoshi Son"): the edge before it counts.
        if is_role(noun) and max(t.i for t in noun.subtree if t.i < start and not t.is_punct) == last.i:
            # (a name in the phrase has the role: "the Post's editor Ann Ruiz, Mr Hale said")
            if any(r is not None and r.cls == PERSON for t in doc[noun.left_edge.i:start] if (r := ctx.entity(t))):
                return None
            return noun if organization_of(ctx, noun)[0] is not None else None
    return None


# What may close a phrase set off by commas after a name.
PHRASE_END = {",", ".", ";", ":", "--", "—", "–", "-RRB-", ")"}
MAX_APPOSITION = 12


def _role_after(ctx: Context, span: Span) -> Token | None:
    """The role noun heading the phrase between ", " after the name and the next comma, when the
    parser made no apposition of it: "Ana Diaz, KXRT's news director, said" (read as a
    preposition), "Omar Idris, the World Bank president, and ..." (read as a list)."""
    doc = span.doc
    sentence_end = span.sent.end
    if span.end + 1 >= sentence_end or doc[span.end].text != ",":
        return None
    start = span.end + 1
    end = next((t.i for t in doc[start:sentence_end] if t.text in PHRASE_END), sentence_end)
    phrase_tokens = doc[start:end]
    if not 0 < len(phrase_tokens) <= MAX_APPOSITION or phrase_tokens[0].dep_ == "cc":
        return None
    # a noun phrase only: no verb ("who heads ...") and no other person in it (a word the parser
    # hung on a noun as a compound is no verb, whatever its tag: "campaigns director")
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "compound" or t.ent_type_ == "PERSON" for t in phrase_tokens):
        return None
    heads = [t for t in phrase_tokens if not start <= t.head.i < end or t.head.i == t.i]
    # one written word may be several heads: "co", "-", "founder"
    if not heads or any(t not in word_tokens(heads[-1]) for t in heads):
        return None
    noun = heads[-1]
    return noun if is_role(noun) and noun.tag_ != "NNS" and organization_of(ctx, noun)[0] is not None else None
