"""The verbs a person is the subject of, however the parser hung them: as subject, through a relative
clause, a conjoined verb, an open clause ("went on to become") or a participle clause."""
from __future__ import annotations

from spacy.tokens import Token

from ...nlp import children, lemma
from .time import planned

# Verbs of leaving whose to-clause says what the subject went on to do: "left in March to run
# Hewlett-Packard", "is leaving to join Citigroup" (not "plans to join": that may not happen).
LEAVING_VERBS = {"leave", "quit", "resign", "retire", "go", "move", "return", "depart"}
RELATIVE_SUBJECTS = {"who", "that", "whom"}
COPULAS = {"be", "become", "remain"}


def verbs_of(span) -> list[Token]:
    """The verbs the person is the subject of: as subject ("Gates founded ..."), through a relative
    clause on the name or on an apposition ("Derwinski, a Republican who served ..."), and the
    verbs conjoined to those that have no subject of their own ("... and later joined Corbis")."""
    root = span.root
    verbs = [root.head] if root.dep_ == "nsubj" and root.head.pos_ in {"VERB", "AUX"} else []
    # "Ruiz, who was ..., left in May and is now ...": a finite verb the parser hung on
    # the name as a modifier, the name left as the sentence's root
    if root.dep_ == "ROOT":
        verbs += [c for c in children(root) if c.dep_ == "acl"
                  and any(v.tag_ in {"VBD", "VBZ", "VBP"} for v in (c, *c.conjuncts))  # not "the man left behind"
                  and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in children(c))]
    # Any apposition, a nationality or party word included: "Derwinski, a Republican who served ...".
    for holder in [root, *(c for c in children(root) if c.dep_ == "appos")]:
        for clause in children(holder):
            who = next((c for c in children(clause) if c.dep_ == "nsubj" and c.lower_ in RELATIVE_SUBJECTS), None)
            # "who" is about the nearest name before it: in "John Nettle, ...; Tim Daly of Michael
            # Foods and Kenneth Bowman, who worked ..." the parser may hang the clause on the first
            if clause.dep_ == "relcl" and who is not None and not any(
                    t.ent_type_ == "PERSON" for t in span.doc[span.end:who.i]):
                verbs.append(clause)
    for verb in list(verbs):
        verbs += [c for c in verb.conjuncts if c.pos_ in {"VERB", "AUX"} and not any(
            d.dep_ in {"nsubj", "nsubjpass"} for d in children(c))]
    # "went on to become", "quit to become", "is to step down": an open clause shares the subject
    for verb in list(verbs):
        verbs += [c for c in children(verb) if c.dep_ in {"xcomp", "advcl"}
                  and (lemma(c) in COPULAS or c.tag_ == "VB" and (left_to(verb) or planned(c)))
                  and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in children(c))]
    # "Since retiring as chairman of Northrop Grumman, Kent Kresa has ...", "After joining Google,
    # she ...": a participle clause with no subject of its own is about the sentence's subject
    if root.dep_ == "nsubj":
        clauses = [c for c in children(root.head) if c.dep_ == "advcl"]
        clauses += [c for p in children(root.head) if p.dep_ == "prep" for c in children(p) if c.dep_ == "pcomp"]
        verbs += [c for c in clauses if c.tag_ in {"VBG", "VBN"} and c not in verbs
                  and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in children(c))]
    return verbs


def left_to(verb: Token) -> bool:
    """A verb of leaving whose to-clause tells what followed: "left to run", "went on to found";
    not "is going to join", which is a plan."""
    return lemma(verb) in LEAVING_VERBS and not (lemma(verb) == "go" and verb.tag_ == "VBG")
