"""What counts as a role: role nouns, title words, and the written word a role noun ends."""
from __future__ import annotations

from spacy.tokens import Token

from ...lang.en.lexicon import AGENTIVE, KINSHIP, RESIDENT_NOUNS, ROLE_NOUNS, TITLE_WORDS
from ...nlp import lemma


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
    return noun.pos_ == "NOUN" and (word in ROLE_NOUNS or bool(AGENTIVE.search(word)) and len(word) > 4
                                    and word not in KINSHIP)


def is_title_word(token: Token) -> bool:
    word = token.lower_.rstrip(".")
    return word in TITLE_WORDS or word in ROLE_NOUNS


def word_tokens(noun: Token) -> list[Token]:
    """The tokens of the written word a noun ends: the tokenizer splits "co-founder" into "co",
    "-", "founder", and the parser then hangs "Microsoft's" on "co"."""
    doc, start = noun.doc, noun.i
    while start > 0 and not doc[start - 1].whitespace_ and (doc[start - 1].text == "-" or doc[start].text == "-"):
        start -= 1
    return list(doc[start:noun.i + 1])
