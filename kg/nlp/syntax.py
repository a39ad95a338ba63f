"""Reading the parse: lists, appositions, copulas, passives and dependency paths.

Small questions every later stage asks of spaCy's dependency tree, answered one way in one place.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from ..lang.en.lexicon import MAKER_VERBS, ROLE_NOUNS
from .pipeline import lemma


def first_conjunct(token: Token) -> Token:
    """The first item of the list ``token`` is in ("Norma" for "Irving" in "Norma and Irving"),
    on which the parser hangs the rest."""
    while token.dep_ == "conj":
        token = token.head
    return token


def not_a_name(token: Token) -> bool:
    """Outside the model's entities, or a title it took for one ("C.E.O." as an organisation)."""
    return not token.ent_type_ or token.lower_.replace(".", "") in ROLE_NOUNS


def appositives(span: Span) -> list[Token]:
    """Common nouns in apposition with the span, on either side: "X, a N" and "N, X"."""
    root = span.root
    found = [child for child in root.children if child.dep_ == "appos" and not_a_name(child)]
    # ("N, X", unless N already stands beside a name: in "Ann Ruiz, the chair of KXRT and head of
    # the station's parent company, Nordwind" the parser hangs Nordwind on "chair")
    if root.dep_ == "appos" and not_a_name(root.head) and not (
            root.head.dep_ == "appos" and root.head.head.ent_type_ and root.head.head.i < root.head.i):
        found.append(root.head)
    return [tok for tok in found if tok.pos_ in {"NOUN", "PROPN"} and not (span.start <= tok.i < span.end)]


def copula_attrs(root: Token) -> list[Token]:
    """What the subject of "is" is said to be: "The Vexa is a compact car ..."."""
    if root.dep_ == "nsubj" and lemma(root.head) == "be":
        return [c for c in root.head.children if c.dep_ == "attr"]
    return []


def made_by(clause: Token) -> list[tuple[Token, Token]]:
    """(verb, agent) for a clause "made by X", "created and produced by X"; empty for other clauses."""
    if clause.dep_ != "acl" or lemma(clause) not in MAKER_VERBS:
        return []
    return [(verb, pobj) for verb in (clause, *clause.conjuncts) for agent in verb.children if agent.dep_ == "agent"
            for pobj in agent.children if pobj.dep_ == "pobj"]


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
