"""Which organisation a role is held in: said by the role phrase ("Microsoft's chief", "chief of
Microsoft", a chain of prepositions), by a common noun that names one ("the bank MBNA"), or by an
anaphor ("its chief executive", "the firm's chairman") pointing back at the organisation just named."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Span, Token

from ...lang.en.lexicon import (
    BRIEF_TITLES,
    BRIEF_WORDS,
    ELECTED_FOR_PLACES,
    GOVERNMENT_WORDS,
    ORG_NOUNS,
    PARTY_ALIASES,
    ROLE_NOUNS,
)
from ...model import COUNTRY, ORGANIZATION, PERSON, PLACE, EntityRef
from ...nlp import children, english_word, lemma
from ..base import Context, entity_tokens
from .words import word_tokens

# Prepositions that attach an organisation to a role: "chief executive of/at/for Microsoft".
ORG_PREPS = {"of", "at", "for", "with", "in"}
MAX_PREP_CHAIN = 3
# Titles of a government's posts, which only a brief stands before ("a Vantor spokesman" may be a
# firm's; "a Vantor minister" is no firm's)
MINISTERS_TITLES = {"minister", "secretary", "undersecretary", "under-secretary"}
# How the words of fields of policy end: "Communications", "Tourism", "Infrastructure", "Arts"
FIELD_ENDINGS = ("s", "ism", "ure", "ion", "ity", "ment", "ing", "ness", "ance", "ence")
# One-word names of a government's bodies, which a minister or a secretary is in
BODY_WORDS = GOVERNMENT_WORDS | ORG_NOUNS | {"treasury", "exchequer", "admiralty", "state", "commons", "lords"}
PARTY_NAMES = frozenset(PARTY_ALIASES.values())
NO_BRIEFS = BODY_WORDS | frozenset(PARTY_ALIASES)  # (nor a party's name: "Reform minister")
# Words that point back at an organisation named just before: "its chief executive", "the firm's
# chairman", "that company's founder".
ANAPHORIC_DETERMINERS = {"the", "that", "this"}
# Roles that, said with "the" and no organisation, are the chief of the organisation just named.
DEFINITE_ROLES = {"executive", "chairman", "chairwoman", "ceo", "founder", "co-founder", "cofounder", "chief"}


def organization_of(ctx: Context, noun: Token, shared: bool = True) -> tuple[Token | None, list[Token]]:
    """The organisation a role noun is tied to, and the tokens that say so (to leave out of the label).

    Directly: "Microsoft's chief executive", "Microsoft chief executive", "chief executive of
    Microsoft". Through a chain of prepositions: "a lecturer in modern history at Lyon
    University" (the nearest organisation wins; the chain stops at clauses). A bare role conjoined
    with another shares its organisation: "Microsoft's co-founder and chairman", "the chairman and
    founder of Vexa Mining".
    """
    named_chair = None
    # "CNEN Radioprotection Director": the organisation may premodify a premodifier
    premodifiers = [c for t in word_tokens(noun) for c in children(t)]
    premodifiers += [g for c in premodifiers if c.dep_ == "compound" and ctx.entity(c) is None
                     for g in children(c) if g.dep_ == "compound"]
    for child in premodifiers:
        ref = ctx.entity(child)
        if ref and ref.cls == ORGANIZATION and child.dep_ in {"poss", "compound", "nmod", "amod"}:
            if child.dep_ == "poss" or not any(c.dep_ == "prep" and c.lower_ in ORG_PREPS for c in children(noun)):
                return child, entity_tokens(ctx, child)
            # "the Bendheim professor of economics at Princeton University": a named chair, when
            # an organisation follows; "Microsoft chief executive" otherwise
            named_chair = child
    # ("MP for Sedgefield": the voters' place, which the model often reads as an organisation)
    elected = lemma(noun).lower() in ELECTED_FOR_PLACES
    frontier = [(c, c) for c in children(noun) if c.dep_ == "prep" and c.lower_ in ORG_PREPS
                and not (elected and c.lower_ == "for")]
    for _ in range(MAX_PREP_CHAIN):
        next_frontier = []
        for prep, top in frontier:
            for pobj in children(prep):
                if pobj.dep_ != "pobj":
                    continue
                ref = ctx.entity(pobj)
                if ref and ref.cls == ORGANIZATION:
                    host = _host_at(ctx, prep, pobj) if prep.lower_ in {"of", "for"} else None
                    if host is not None:  # the unit stays in the role's words
                        return host
                    return pobj, list(top.subtree)
                named = (named_by(ctx, pobj) or owner_of(ctx, pobj)) if ref is None else None
                if named is not None:  # "general counsel for the bank MBNA"
                    return named, list(top.subtree)
                if ref is None:  # go on through a common noun: "of political science at ..."
                    next_frontier += [(c, c) for c in children(pobj) if c.dep_ == "prep" and c.lower_ in ORG_PREPS]
        frontier = next_frontier
    if named_chair is not None:
        return named_chair, entity_tokens(ctx, named_chair)
    # Not for "co-founder of Microsoft and a philanthropist": an article of its own starts a new phrase.
    if shared and not any(c.dep_ in {"poss", "prep"} or c.lower_ in {"a", "an"} for c in children(noun)):
        for other in noun.conjuncts:
            found = organization_of(ctx, other, shared=False)
            if found[0] is not None:
                return found[0], []
    return None, []


def _host_at(ctx: Context, prep: Token, unit: Token) -> tuple[Token, list[Token]] | None:
    """"director of Marine Studies at Kestrel University", "head of Retail Banking at Vantor Bank":
    the organisation after "at" holds the unit the role is of, and the role is held there (the
    parser hangs the "at" on the unit or on the role). The organisation and the tokens that say so."""
    for token in (unit, prep.head):
        for pobj in organizations_after(ctx, token, "at", unit.i):
            if ctx.entity(pobj) != ctx.entity(unit):
                return pobj, list(pobj.head.subtree)
    return None


def organizations_after(ctx: Context, token: Token, word: str, after: int) -> Iterator[Token]:
    """The organisations named by the objects of a "<word>" the parser hung on ``token`` after the
    index ``after``: "Yale University" of "the Bauer Center at Yale University" ("at")."""
    for prep in children(token):
        if prep.dep_ == "prep" and prep.lower_ == word and prep.i > after:
            for pobj in children(prep):
                ref = ctx.entity(pobj)
                if pobj.dep_ == "pobj" and ref is not None and ref.cls == ORGANIZATION:
                    yield pobj


def brief_of(ctx: Context, org: Token) -> Span | None:
    """The mention of a government title's brief that the model read as the organisation ``org``
    names, else None: "Education" of "Education Secretary Ann Ruiz", "Home Affairs" of "Home Affairs
    spokesman", "Culture" of "Secretary of State for Culture". The post is the person's, the brief no body."""
    ref = ctx.entity(org)
    if ref is None or ref.cls != ORGANIZATION:
        return None
    words = ref.name.lower().replace(",", " ").split()
    start, end = ctx.bounds(org)
    doc = org.doc
    if not all(w in BRIEF_WORDS for w in words):
        # "Communications Minister", "Arts minister": a field's word of the language before a
        # minister's title is a brief whatever field it is; not a body's noun ("Treasury
        # Secretary", "Cabinet minister"), initials ("UN", "Opec") nor a party's name ("Reform")
        common = len(words) == 1 and org.is_title and words[0].endswith(FIELD_ENDINGS) \
            and english_word(words[0], doc.vocab) and words[0] not in NO_BRIEFS
        if not (common and end < len(doc) and lemma(doc[end]).lower() in MINISTERS_TITLES):
            return None
    before = doc[start - 1] if start > 0 else None
    if end < len(doc) and lemma(doc[end]).lower() in BRIEF_TITLES or (
            before is not None and before.lower_ in {"of", "for"} and lemma(before.head).lower() in BRIEF_TITLES):
        return doc[start:end]
    return None


def brief_of_another_body(noun: Token, org_tokens: list[Token]) -> bool:
    """Whether the body a role's words name is the brief of a post held elsewhere: after "shadow"
    ("Shadow Treasury chief secretary Tom Hale", "shadow leader of the Commons": the opposition's
    post that watches the Treasury, no post in it), or before a role a party owns ("the party's
    Treasury spokesman": the party's, on the Treasury). ("Kestrel Party shadow chancellor" names
    the party before "shadow": its member.)"""
    if not org_tokens:
        return False
    first = org_tokens[0].i
    if any(t.lower_ == "shadow" and t.i < first for t in noun.subtree):
        return True
    # (a party's: any other owner may own the body named, "the group's Kestrel Motors chief", or
    # be it, "the hosts' Kestrelton striker")
    return first < noun.i and any(c.dep_ == "poss" and c.i < first and (lemma(c).lower() == "party" or c.lower_ in PARTY_ALIASES)
                                  for c in children(noun))


def a_brief(ctx: Context, org: Token) -> bool:
    """Whether the organisation ``org`` names is a post's brief, no body the holder is in: of the
    post it names (brief_of: "Education Secretary") or of one held elsewhere (in_a_brief: "the
    party's Treasury spokesman")."""
    return brief_of(ctx, org) is not None or in_a_brief(ctx, org)


def in_a_brief(ctx: Context, org: Token) -> bool:
    """Whether the organisation ``org`` names is the brief of a post held elsewhere
    (brief_of_another_body), as the role phrase it stands in says: the role noun it hangs on, as a
    premodifier or after "of"."""
    noun = org
    while noun.dep_ in {"compound", "nmod", "amod", "pobj", "prep"} and noun.head.i != noun.i and noun.pos_ != "VERB":
        noun = noun.head
        if noun.pos_ == "NOUN" and lemma(noun).lower() in ROLE_NOUNS:
            return brief_of_another_body(noun, entity_tokens(ctx, org))
    return False


def owner_of(ctx: Context, noun: Token) -> Token | None:
    """The organisation whose part a common noun is: "of the DEM's division of groundwater"."""
    for child in children(noun):
        ref = ctx.entity(child)
        if child.dep_ == "poss" and ref is not None and ref.cls == ORGANIZATION:
            return child
    return None


# Nouns of organisations that name another organisation's part or partner when a name stands
# before them: "a Vantor subsidiary" is not Vantor, as "Macworld magazine" is Macworld.
RELATIONAL_ORG_NOUNS = {"subsidiary", "unit", "division", "rival", "supplier", "provider", "partner", "affiliate"}


def named_by(ctx: Context, noun: Token) -> Token | None:
    """The organisation a common noun of organisations names: "the packaging company Tetra Pak",
    "the bank MBNA", and with the name before it "Macworld magazine"."""
    word = lemma(noun).lower()
    if word not in ORG_NOUNS:
        return None
    for child in children(noun):
        ref = ctx.entity(child)
        if ref is None or ref.cls != ORGANIZATION or child.dep_ not in {"appos", "compound"}:
            continue
        if child.i > noun.i or (child.dep_ == "compound" and word not in RELATIONAL_ORG_NOUNS):
            return child
    return None


def organizations_among(ctx: Context, tokens: Iterable[Token]) -> Iterator[Token]:
    """The organisations among ``tokens`` and their conjuncts ("founded Microsoft and Corbis")."""
    for tok in tokens:
        for t in [tok, *tok.conjuncts]:
            ref = ctx.entity(t)
            if ref is not None and ref.cls == ORGANIZATION:
                yield t
            elif ref is None and (named := named_by(ctx, t)) is not None:  # "his own company, Fisker Coachbuild"
                yield named
            elif ref is None and lemma(t).lower() in ORG_NOUNS and (owner := owner_of(ctx, t)) is not None:
                yield owner  # "runs Microsoft's games unit"


# Kinds of bodies whose names say what they are ("Child Support Agency", "Kestrel County Council"):
# "the agency's chief" points back at an agency, not at the last organisation named; a school is
# named as a university or a college as well. (A union, a bank or a charity may be named anyhow:
# "the Teamsters", "Barclays", "Oxfam".)
KIND_WORDS = {
    "agency": {"agency"}, "council": {"council"}, "committee": {"committee"}, "commission": {"commission"},
    "party": {"party"},
    # (a union's name says so: "union official Ann Ruiz" after a firm the union deals with is no firm's)
    "union": {"union", "federation", "workers"},
    **dict.fromkeys(("university", "school", "college"), {"university", "school", "college"}),
}


def _of_the_kind(org: EntityRef, kind: str | None) -> bool:
    """Whether an organisation can be "the <kind>" a role phrase points back at: a party is named
    as parties are ("Labour", "the Lib Dems"), the other KIND_WORDS by the word."""
    if kind not in KIND_WORDS:
        return True
    if kind == "party" and org.name in PARTY_NAMES:
        return True
    return bool(KIND_WORDS[kind] & set(org.name.lower().replace("-", " ").split()))


def _kind_before(noun: Token) -> Token | None:
    """"Company spokesman Ann Ruiz", "party leader Tom Hale", "club manager": a bare noun of a kind
    of body opening the role's phrase, which points back at the body just named as "the company's"
    does (not "record company boss", a trade; nor "Kestrel party leader", which names it)."""
    first = noun.doc[noun.left_edge.i]
    if (first.i < noun.i and first.dep_ == "compound" and first.head.i == noun.i and first.pos_ == "NOUN"
            and lemma(first).lower() in ORG_NOUNS and not list(children(first))):
        return first
    return None


def antecedent(ctx: Context, noun: Token, holder: EntityRef | None) -> tuple[EntityRef | None, list[Token]]:
    """The organisation "its" or "the company's" before a role noun stands for: the nearest name
    before it in this sentence or the one before, people's aside, if that is an organisation's.
    "Kazakhstan has been dominated by its president" is not about an organisation; "that
    company's" skips places ("Shares in Vodafone fell in London. The firm's chief executive ...")."""
    owner = next((c for t in word_tokens(noun) for c in children(t) if c.dep_ == "poss"), None)
    if owner is None and noun.dep_ == "conj" and noun.head.pos_ == "NOUN" \
            and not any(c.dep_ == "det" for c in children(noun)):
        # "the firm's president and chief executive": the owner of the first role owns the second
        # (not "its chairman and a former minister": an article of its own starts a new phrase)
        owner = next((c for t in word_tokens(noun.head) for c in children(t) if c.dep_ == "poss"), None)
    said: list[Token] = []
    if owner is None:  # "a co-president of the firm"
        for prep in children(noun):
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in children(prep):
                    if pobj.dep_ == "pobj" and lemma(pobj).lower() in ORG_NOUNS:
                        owner, said = pobj, list(prep.subtree)
    bare = owner is None and (owner := _kind_before(noun)) is not None
    if bare:  # ("party leader": the role is "leader")
        said = [owner]
    if owner is None and lemma(noun).lower() in DEFINITE_ROLES and any(
            c.dep_ == "det" and c.lower_ == "the" for c in children(noun)) \
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children(noun)):
        # "Kevin B. Rollins, the chief executive, ...": the company just named (not "the chairman
        # of the project's panel", which says whose chairman he is)
        owner = noun
    if owner is None:
        return None, []
    pronoun = owner.lower_ == "its" or owner is noun
    if not pronoun and not (lemma(owner).lower() in ORG_NOUNS and (bare or any(
            d.dep_ == "det" and d.lower_ in ANAPHORIC_DETERMINERS for d in children(owner)))):
        return None, []
    start = ctx.start_back(noun.i, 1)
    # the kind of body the phrase points back at: "the agency's chief", "the committee chairman"
    if owner is noun:
        kind = next((lemma(c).lower() for c in children(noun) if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    else:
        kind = None if pronoun else lemma(owner).lower()
    # (no person is an "its" or a "the firm's": "Vantor's chief, Ann Ruiz, and its chairman")
    before = [(m, ref) for m, ref in ctx.resolution.mentions
              if ref != holder and ref.cls != PERSON and start <= m.start and m.end <= owner.i
              and (pronoun or ref.cls not in {PLACE, COUNTRY})
              and (ref.cls != ORGANIZATION or _of_the_kind(ref, kind))]
    if not before:
        return None, []
    nearest = max(before, key=lambda mr: mr[0].end)[1]
    if pronoun and nearest.cls in {PLACE, COUNTRY}:
        # "Vantor makes steel in Leeds. Its chairman, ...": the place where it happens is said of
        # what the sentence is about, its subject, and "its" points at that (a country as subject
        # keeps the role out: "Kazakhstan has been dominated by its president")
        about = [(m, ref) for m, ref in before if _in_a_subject(ctx.doc[m.start:m.end].root)]
        nearest = max(about, key=lambda mr: mr[0].end)[1] if about else nearest
    return (nearest, said) if nearest.cls == ORGANIZATION else (None, [])


def _in_a_subject(word: Token) -> bool:
    """Whether a word is in the subject of its clause: "Vantor" of "Vantor fell" and of "Shares in
    Vantor fell"."""
    while word.dep_ not in {"nsubj", "nsubjpass"}:
        if word.head.i == word.i or word.pos_ in {"VERB", "AUX"}:
            return False
        word = word.head
    return True
