"""What counts as a role: role nouns, title words, and the written word a role noun ends."""
from __future__ import annotations

from spacy.tokens import Token

from ...lang.en.lexicon import FIRM_NOUNS, KINSHIP, NOT_POSTS, RESIDENT_NOUNS, ROLE_NOUNS, TITLE_WORDS, agent_shaped
from ...nlp import lemma, tokens


def is_role(noun: Token) -> bool:
    word = lemma(noun).lower()
    if "." in word:  # "C.E.O."
        word = word.replace(".", "")
    if word in RESIDENT_NOUNS:  # "a resident of Dayton" says where, not what job
        return False
    if noun.pos_ == "PROPN":  # a capitalised title: "US President Bill Clinton"
        return word in ROLE_NOUNS
    if noun.pos_ == "ADJ" and noun.dep_ == "compound":  # "said chief executive Ann Ruiz", tagged an adjective
        return word in ROLE_NOUNS
    return noun.pos_ == "NOUN" and (word in ROLE_NOUNS or _agentive(word))


def is_person_noun(noun: Token) -> bool:
    """A noun for a person: a role, or what someone did or does to others ("killer", "shareholder"),
    which says who one is (and where from: "American killer Ann Ruiz") though it is no post."""
    return is_role(noun) or (noun.pos_ == "NOUN" and lemma(noun).lower() in NOT_POSTS)


def _agentive(word: str) -> bool:
    """A noun shaped like one for what a person does ("songwriter", "economist", not "newspaper"),
    which is neither a relative nor what one does to others ("killer", "shareholder"), nor a firm's
    noun no person is called ("carmaker", "insurer", "retailer")."""
    return agent_shaped(word) and word not in KINSHIP and word not in NOT_POSTS and word not in FIRM_NOUNS


def is_title_word(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in TITLE_WORDS or word in ROLE_NOUNS


def word_tokens(noun: Token) -> list[Token]:
    """The tokens of the written word a noun ends: the tokenizer splits "co-founder" into "co",
    "-", "founder", and the parser then hangs "Microsoft's" on "co"."""
    doc, start = noun.doc, noun.i
    while start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].text == "-" or doc[start].text == "-"):
        start -= 1
    return list(tokens(doc)[start:noun.i + 1])
