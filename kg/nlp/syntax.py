"""Reading the parse: lists, appositions, copulas, passives and dependency paths.

Small questions every later stage asks of spaCy's dependency tree, answered one way in one place.
"""
from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN, PROPN, acl, appos, attr, conj, nsubj, pobj, prep, relcl
from spacy.tokens import Span, Token

from ..lang.en.lexicon import FIRMS_BEHIND, KIND_NOUNS, MAKER_OF_NOUNS, MAKER_VERBS, ROLE_NOUNS
from .pipeline import children, lemma


def head_noun(noun: Token) -> Token:
    """The head of "the US handset and network maker": the parser takes "handset" for it and "maker",
    with no article of its own, for a second thing; English puts the head last."""
    for c in children(noun):
        if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i > noun.i and not any(d.dep_ == "det" for d in children(c)):
            return c
    return noun


def relative_of_its_head(clause: Token, subjects: frozenset[str] = frozenset({"nsubj", "nsubjpass"})) -> bool:
    """Whether ``clause`` is a relative clause whose subject (of a dependency in ``subjects``) is
    "which" or "that": what it says, it says of the noun it hangs on ("Vantor, which is based in
    Leeds")."""
    return clause.dep_ == "relcl" and any(c.dep_ in subjects and c.lower_ in {"which", "that"} for c in children(clause))


def antecedent(subject: Token) -> Token:
    """The noun a relative clause's "which" or "that" stands for ("Vantor Studios, which produced
    Zephyr": Vantor Studios); any other subject is itself."""
    clause = subject.head
    return clause.head if subject.lower_ in {"which", "that"} and clause.dep_ == "relcl" else subject


def what_is_based(based: Token) -> Token:
    """The noun "based" describes: "Oslo-based Acme" -> Acme, "the Leeds-based steel firm" -> firm
    (over the compound the parser hangs it on)."""
    head = based.head
    return head.head if head.dep_ == "compound" else head


def first_conjunct(token: Token) -> Token:
    """The first item of the list ``token`` is in ("Norma" for "Irving" in "Norma and Irving"),
    on which the parser hangs the rest."""
    while token.dep_ == "conj":
        token = token.head
    return token


def joining_hyphen(token: Token) -> bool:
    """A hyphen (or en dash) inside a written word, with no space on either side: the "-" of
    "US-China" or "think-tank", not a dash that sets words apart."""
    return token.text in {"-", "–"} and token.i > 0 and not token.doc[token.i - 1].whitespace_ \
        and not token.whitespace_


def written_word_end(token: Token) -> Token:
    """The last token of the written word a token opens: the tokenizer splits "co-founder" into
    "co", "-", "founder", and the parser may hang a name before the word on "co", and "founder" on
    the person after it."""
    doc, end = token.doc, token.i
    while end + 2 < len(doc) and joining_hyphen(doc[end + 1]):
        end += 2
    return doc[end]


def one_of_a_pair(word: Token) -> bool:
    """Whether the word is one of two joined ("Turkey-EU", "British and Irish"): a nation word so
    joined before a name says the country of dealings between two, or of a team of two nations,
    not of the body named."""
    doc = word.doc
    after = doc[word.i + 1] if word.i + 1 < len(doc) else None
    # (the second of the two as well: "China" of "the US-China commission")
    second = word.i > 1 and joining_hyphen(doc[word.i - 1]) and (doc[word.i - 2].is_title or doc[word.i - 2].is_upper)
    return (after is not None and after.text in {"-", "–"} and not after.whitespace_ or second
            or word.dep_ == "conj" or any(c.dep_ in {"cc", "conj"} for c in children(word)))


def compound_head(token: Token) -> Token:
    """The noun a name stands before ("player" for "Zephyr" in "the Zephyr music player"), else the
    token; through an adjective the parser hung the name on ("the Zephyr handheld game console")."""
    while token.dep_ in {"compound", "nmod"} and token.head.i > token.i:
        head = token.head
        if head.pos_ == "ADJ" and head.dep_ in {"amod", "compound"} and head.head.i > head.i:
            head = head.head
        if head.pos_ not in {"NOUN", "PROPN"}:
            break
        token = head
    return token


def subjects_before(token: Token, start: int) -> Iterator[Token]:
    """The subjects from token ``start`` up to ``token``, nearest first, relative pronouns aside:
    what an "it" or "its" most often points back at."""
    for subject in reversed(token.doc[start:token.i]):
        if subject.dep_ in {"nsubj", "nsubjpass"} and subject.tag_ not in {"WDT", "WP"}:
            yield subject


def not_a_name(token: Token) -> bool:
    """Outside the model's entities, or a title it took for one ("C.E.O." as an organisation)."""
    return not token.ent_type_ or token.lower_.replace(".", "") in ROLE_NOUNS


def appositives(span: Span, listed: bool = True) -> list[Token]:
    """Common nouns in apposition with the span, on either side: "X, a N" and "N, X"."""
    root = span.root
    # (the parser's ids, not its labels' strings: asked of every child of every name's head)
    found = [child for child in children(root) if child.dep == appos and not_a_name(child)
             and not any(_set_after(joined, child) for joined in children(root) if joined.dep == conj)]
    # "Vantor and Kestrel, Spain's other operator": the parser hangs a noun set after the last of
    # names listed on the first; one thing (a singular) set right after a name describes that name
    dep = root.dep
    if dep == conj and root.head.i < root.i:
        found += [c for c in children(root.head) if c.dep == appos and not_a_name(c) and _set_after(root, c)]
    # ("N, X", unless N already stands beside a name: in "Ann Ruiz, the chair of KXRT and head of
    # the station's parent company, Nordwind" the parser hangs Nordwind on "chair")
    if dep == appos and not_a_name(root.head) and not (
            root.head.dep == appos and root.head.head.ent_type_ and root.head.head.i < root.head.i):
        found.append(root.head)
    # "its two programs, Zorbit and Vexa": the names listed after a plural noun are each one of
    # them, the parser hanging the second on the first (not after a singular: in "its chief, Ann
    # Ruiz, and Tom Hale" only the first is the chief; nor after a noun in the list: "three
    # officials, a lawyer, Ann Ruiz and ..." lists people of several kinds). ``listed=False``
    # leaves them out: "British stars Ann Ruiz and Kestrel" may list a singer and a band.
    head = root.head
    if listed and dep == conj and head.i < root.i and head.dep == appos and head.head.tag_ in {"NNS", "NNPS"} \
            and head.head.i < head.i and not_a_name(head.head) and head.pos == PROPN \
            and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in children(head)):
        found.append(head.head)
    return [tok for tok in found if (tok.pos == NOUN or tok.pos == PROPN) and not (span.start <= tok.i < span.end)]


def _set_after(name: Token, noun: Token) -> bool:
    """Whether a singular noun stands right after ``name``'s phrase and a comma."""
    after = name.right_edge.i + 1
    return noun.tag_ == "NN" and after < len(name.doc) and name.doc[after].text == "," and noun.left_edge.i == after + 1


def copula_attrs(root: Token) -> list[Token]:
    """What the subject of "is" is said to be: "The Vexa is a compact car ..."."""
    if root.dep == nsubj and lemma(root.head) == "be":
        return [c for c in children(root.head) if c.dep == attr]
    return []


def described_by(span: Span) -> list[Token]:
    """The nouns that say what a name is: its appositions, what "is" makes it, and the noun of
    "a family / range / line of N"."""
    nouns = [*appositives(span), *copula_attrs(span.root), *loose_apposition(span)]
    for noun in list(nouns):
        if lemma(noun).lower() in KIND_NOUNS:
            nouns += [pobj for prep in children(noun) if prep.dep_ == "prep" and prep.lower_ == "of"
                      for pobj in children(prep) if pobj.dep_ == "pobj"]
    return nouns


def loose_apposition(span: Span) -> list[Token]:
    """"Vantor unveiled the V300, a twin-deck jet that ...": a noun phrase set off after the name,
    which the parser hung elsewhere (here as the verb's object)."""
    doc = span.doc
    if span.end + 2 >= len(doc) or doc[span.end].text != "," or doc[span.end + 1].lower_ not in {"a", "an"}:
        return []
    noun = doc[span.end + 1].head
    if noun.i <= span.end + 1 or noun.left_edge.i != span.end + 1 or noun.pos_ != "NOUN" \
            or noun.dep_ in {"appos", "conj"} or noun.head.i == span.root.i:
        return []
    return [noun]


def made_by(clause: Token) -> list[tuple[Token, Token]]:
    """(verb, agent) for a clause "made by X", "created and produced by X", "which is made by X";
    empty for other clauses."""
    if clause.dep != acl and clause.dep != relcl:
        return []  # (by the parser's ids first: asked of every child of every name's head)
    if not (clause.dep_ == "acl" or relative_of_its_head(clause, frozenset({"nsubjpass"}))) \
            or lemma(clause) not in MAKER_VERBS:
        return []
    return [(verb, maker) for verb in (clause, *clause.conjuncts) for agent in children(verb) if agent.dep_ == "agent"
            for maker in children(agent) if maker.dep == pobj]


def makers_named(noun: Token) -> list[tuple[Token, Token]]:
    """(cue, maker) for what a noun's own clauses say made it: "a jet built by X", "a player which
    is made by X", "a design (currently) under development by X"."""
    found: list[tuple[Token, Token]] = []
    preps = []
    for child in children(noun):  # (by the parser's ids: asked of every name's head)
        if child.dep == prep:
            preps.append(child)
        else:
            found += made_by(child)  # (which asks first whether the child is a clause)
    developing = next((p for p in preps if p.lower_ == "under"
                       and any(o.lower_ == "development" for o in children(p) if o.dep == pobj)), None)
    if developing is not None:
        found += [(developing, o) for p in preps if p.lower_ == "by" and p.i > developing.i
                  for o in children(p) if o.dep == pobj]
    return found


def maker_said_of(thing: Token) -> Token | None:
    """The word a maker's noun of ``thing`` is said of: "Kestrel Labs, makers of the Zephyr
    software", "Kestrel is the developer of Zephyr", "the maker of Zephyr, Kestrel", "Kestrel, the
    company behind the Zephyr player" (Labs, Kestrel); None if no such noun takes it."""
    if thing.dep != pobj:
        return None
    preposition, noun = thing.head, thing.head.head
    word = lemma(noun).lower()
    if not (preposition.lower_ == "of" and word in MAKER_OF_NOUNS or preposition.lower_ == "behind" and word in FIRMS_BEHIND):
        return None
    if noun.dep_ == "appos":
        return noun.head
    if noun.dep_ == "attr" and lemma(noun.head) == "be":
        return next((c for c in children(noun.head) if c.dep_ == "nsubj"), None)
    return next((c for c in children(noun) if c.dep_ == "appos"), None)


def dependency_path(a: Token, b: Token) -> tuple[list[Token], Token, list[Token]] | None:
    """The arcs from ``a`` up to the lowest common head and down to ``b``: (a's side, the head,
    b's side), each side starting at its end token; None if they are in different sentences."""
    up = [a, *a.ancestors]
    down = [b, *b.ancestors]
    index = {t.i: k for k, t in enumerate(down)}
    for k, tok in enumerate(up):
        if tok.i in index:
            return up[:k], tok, down[:index[tok.i]]
    return None
