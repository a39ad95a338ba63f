"""Roles, one construction at a time, on hand-built parses: no model needed (tests/docs.py).

Each table is the parse of a sentence written for this test (scripts/doc_table.py prints one);
the expected facts name the rule that must read them. The classifier's guesses are left out:
these test the patterns.
"""
from __future__ import annotations

import pytest

from docs import doc_from_table
from kg.extract import extract_article
from kg.extract.roles import titled
from kg.mentions.resolve import resolve
from kg.model import ORGANIZATION, PERSON, ROLE, Article, EntityRef, Evidence, Fact


def pattern_roles(table: str) -> list:
    """The role facts the patterns read in a hand-built parse (the classifier's left out)."""
    doc = doc_from_table(table)
    result = extract_article(Article("t", doc.text, doc.text, "test"), doc)
    return [f for f in result.facts if f.family == ROLE and not f.evidence.rule.startswith("learned-")]


def role_facts(table: str) -> set[tuple]:
    return {(f.evidence.rule, f.subject.name, f.obj.name if f.obj else None, f.role) for f in pattern_roles(table)}


# "Ann Ruiz will succeed Tom Hale as chief executive of Kestrel Bank.", read for the roles and their times
SUCCESSION = """
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 3 I-PERSON
        2 will will AUX MD aux 3 O
        3 succeed succeed VERB VB ROOT 3 O
        4 Tom Tom PROPN NNP compound 5 B-PERSON
        5 Hale Hale PROPN NNP dobj 3 I-PERSON
        6 as as ADP IN prep 3 O
        7 chief chief ADJ JJ amod 8 O
        8 executive executive NOUN NN pobj 6 O
        9 of of ADP IN prep 8 O
        10 Kestrel Kestrel PROPN NNP compound 11 B-ORG
        11 Bank Bank PROPN NNP pobj 9 I-ORG
        12 . . PUNCT . punct 3 O
"""

# "Ann Ruiz (Zorbit Wanderers), Tom Hale (Quenbyx, capt), Li Wei (Zorbit Wanderers), Sam Marsh
# (Bob Kent).": a team sheet, the model reading none of its clubs
TEAM_SHEET = """
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP ROOT 1 I-PERSON
        2 ( ( PUNCT -LRB- punct 4 O
        3 Zorbit Zorbit PROPN NNP compound 4 O
        4 Wanderers Wanderers PROPN NNPS appos 1 O
        5 ) ) PUNCT -RRB- punct 4 O
        6 , , PUNCT , punct 1 O
        7 Tom Tom PROPN NNP compound 8 B-PERSON
        8 Hale Hale PROPN NNP appos 1 I-PERSON
        9 ( ( PUNCT -LRB- punct 10 O
        10 Quenbyx Quenbyx PROPN NNP appos 8 O
        11 , , PUNCT , punct 10 O
        12 capt capt PROPN NNP npadvmod 10 O
        13 ) ) PUNCT -RRB- punct 10 O
        14 , , PUNCT , punct 8 O
        15 Li Li PROPN NNP compound 16 B-PERSON
        16 Wei Wei PROPN NNP conj 8 I-PERSON
        17 ( ( PUNCT -LRB- punct 19 O
        18 Zorbit Zorbit PROPN NNP compound 19 O
        19 Wanderers Wanderers PROPN NNPS parataxis 16 O
        20 ) ) PUNCT -RRB- punct 16 O
        21 , , PUNCT , punct 16 O
        22 Sam Sam PROPN NNP compound 23 B-PERSON
        23 Marsh Marsh PROPN NNP conj 16 I-PERSON
        24 ( ( PUNCT -LRB- punct 23 O
        25 Bob Bob PROPN NNP compound 26 B-PERSON
        26 Kent Kent PROPN NNP appos 23 I-PERSON
        27 ) ) PUNCT -RRB- punct 23 O
        28 . . PUNCT . punct 1 O
"""

CASES = [
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Motors Motors PROPN NNPS nsubj 3 I-ORG
        2 will will AUX MD aux 3 O
        3 cut cut VERB VB ccomp 7 O
        4 500 500 NUM CD nummod 5 B-CARDINAL
        5 jobs job NOUN NNS dobj 3 O
        6 , , PUNCT , punct 7 O
        7 said say VERB VBD ROOT 7 O
        8 union union NOUN NN compound 9 O
        9 official official NOUN NN compound 11 O
        10 Tom Tom PROPN NNP compound 11 B-PERSON
        11 Hale Hale PROPN NNP nsubj 7 I-PERSON
        12 . . PUNCT . punct 7 O
    """, {('role-premodifier-title', 'Tom Hale', None, 'union official')},
        id='Kestrel Motors will cut 500 jobs, said union official Tom Hale. (the union is no firm named before)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 chief chief ADJ JJ amod 3 O
        3 executive executive NOUN NN nsubj 15 O
        4 , , PUNCT , punct 3 O
        5 Ann Ann PROPN NNP compound 6 B-PERSON
        6 Ruiz Ruiz PROPN NNP appos 3 I-PERSON
        7 , , PUNCT , punct 6 O
        8 and and CCONJ CC cc 6 O
        9 its its PRON PRP$ poss 10 O
        10 chairman chairman NOUN NN conj 6 O
        11 , , PUNCT , punct 10 O
        12 Tom Tom PROPN NNP compound 13 B-PERSON
        13 Hale Hale PROPN NNP appos 10 I-PERSON
        14 , , PUNCT , punct 10 O
        15 spoke speak VERB VBD ROOT 15 O
        16 . . PUNCT . punct 15 O
    """, {('role-apposition', 'Ann Ruiz', 'Vantor', 'chief executive'),
          ('role-before-name', 'Ann Ruiz', 'Vantor', 'chief executive'),
          ('role-apposition-anaphora', 'Tom Hale', 'Vantor', 'chairman')},
        id="Vantor's chief executive, Ann Ruiz, and its chairman, Tom Hale, spoke. (the second role has its own "
           "name beside it; its: the firm, not the person named between)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 1 B-ORG
        1 directors director NOUN NNS nsubj 7 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP appos 1 I-PERSON
        4 and and CCONJ CC cc 3 O
        5 Tom Tom PROPN NNP compound 6 B-PERSON
        6 Hale Hale PROPN NNP conj 3 I-PERSON
        7 met meet VERB VBD ROOT 7 O
        8 investors investor NOUN NNS dobj 7 O
        9 . . PUNCT . punct 7 O
    """, {('role-premodifier', 'Ann Ruiz', 'Vantor', 'director'), ('role-premodifier', 'Tom Hale', 'Vantor', 'director')},
        id='Vantor directors Ann Ruiz and Tom Hale met investors. (a plural role before the names it lists)'),
    pytest.param("""
        0 Critics critic NOUN NNS nsubj 1 O
        1 include include VERB VBP ROOT 1 O
        2 Kestrel Kestrel PROPN NNP compound 3 B-ORG
        3 Trust Trust PROPN NNP dobj 1 I-ORG
        4 , , PUNCT , punct 3 O
        5 local local ADJ JJ amod 6 O
        6 campaigners campaigner NOUN NNS conj 3 O
        7 Zorbit Zorbit PROPN NNP compound 8 B-PERSON
        8 Watch Watch PROPN NNP appos 6 I-PERSON
        9 and and CCONJ CC cc 8 O
        10 the the DET DT det 12 O
        11 city city NOUN NN compound 12 O
        12 council council NOUN NN conj 8 O
        13 . . PUNCT . punct 1 O
    """, set(), id='Critics include Kestrel Trust, local campaigners Zorbit Watch and the city council. (groups '
                   'listed, no members)'),
    pytest.param("""
        0 Education Education PROPN NNP compound 1 B-ORG
        1 Secretary Secretary PROPN NNP compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        4 launched launch VERB VBD ROOT 4 O
        5 the the DET DT det 6 O
        6 plan plan NOUN NN dobj 4 O
        7 . . PUNCT . punct 4 O
    """, {('role-premodifier-title', 'Ann Ruiz', None, 'education secretary')},
        id='Education Secretary Ann Ruiz launched the plan. (the brief of a post is no body)'),
    pytest.param("""
        0 New New PROPN NNP compound 1 B-ORG
        1 Home Home PROPN NNP compound 2 I-ORG
        2 Secretary Secretary PROPN NNP compound 4 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubj 5 I-PERSON
        5 vowed vow VERB VBD ROOT 5 O
        6 to to PART TO aux 7 O
        7 act act VERB VB xcomp 5 O
        8 . . PUNCT . punct 5 O
    """, {('role-premodifier-title', 'Tom Hale', None, 'home secretary')},
        id='New Home Secretary Tom Hale vowed to act. (the "New" opening the sentence is no word of the brief)'),
    pytest.param("""
        0 A a DET DT det 2 O
        1 jury jury NOUN NN compound 2 O
        2 poll poll NOUN NN nsubj 3 O
        3 saw see VERB VBD compound 4 O
        4 director director NOUN NN compound 6 O
        5 Ann Ann PROPN NNP compound 6 B-PERSON
        6 Ruiz Ruiz PROPN NNP compound 7 I-PERSON
        7 win win NOUN NN ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, {('role-premodifier-title', 'Ann Ruiz', None, 'director')},
        id="A jury poll saw director Ann Ruiz win. (a verb the parser hung on the title is no word of it)"),
    pytest.param("""
        0 She she PRON PRP nsubj 1 O
        1 waved wave VERB VBD ROOT 1 O
        2 and and CCONJ CC cc 1 O
        3 thanked thank VERB VBN amod 4 O
        4 director director NOUN NN compound 6 O
        5 Tom Tom PROPN NNP compound 6 B-PERSON
        6 Hale Hale PROPN NNP conj 1 I-PERSON
        7 . . PUNCT . punct 1 O
    """, {('role-premodifier-title', 'Tom Hale', None, 'director')},
        id="She waved and thanked director Tom Hale. (nor a participle after an 'and' joining verbs)"),
    pytest.param("""
        0 Home Home PROPN NNP compound 1 B-ORG
        1 Affairs Affairs PROPN NNPS compound 2 I-ORG
        2 spokesman spokesman NOUN NN compound 4 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubj 5 I-PERSON
        5 demanded demand VERB VBD ROOT 5 O
        6 answers answer NOUN NNS dobj 5 O
        7 . . PUNCT . punct 5 O
    """, {('role-premodifier-title', 'Tom Hale', None, 'home affairs spokesman')},
        id="Home Affairs spokesman Tom Hale demanded answers. (nor a spokesman's)"),
    pytest.param("""
        0 Treasury Treasury PROPN NNP compound 1 B-ORG
        1 Secretary Secretary PROPN NNP compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        4 spoke speak VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, {('role-premodifier', 'Ann Ruiz', 'Treasury', 'secretary')},
        id="Treasury Secretary Ann Ruiz spoke. (a department's own name is one)"),
    pytest.param("""
        0 Communications Communications PROPN NNP compound 1 B-ORG
        1 Minister Minister PROPN NNP compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        4 launched launch VERB VBD ROOT 4 O
        5 the the DET DT det 6 O
        6 plan plan NOUN NN dobj 4 O
        7 . . PUNCT . punct 4 O
    """, {('role-premodifier-title', 'Ann Ruiz', None, 'communications minister')},
        id="Communications Minister Ann Ruiz launched the plan. (a field's word before a minister's title is a "
           "brief, whatever the field)"),
    pytest.param("""
        0 Former former ADJ JJ amod 2 O
        1 Government Government PROPN NNP compound 2 B-ORG
        2 minister minister NOUN NN compound 4 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubj 5 I-PERSON
        5 spoke speak VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, {('role-premodifier', 'Tom Hale', 'Government', 'minister')},
        id="Former Government minister Tom Hale spoke. (a government's body is no brief)"),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 14 I-PERSON
        2 , , PUNCT , punct 1 O
        3 who who PRON WP nsubj 4 O
        4 covers cover VERB VBZ relcl 1 O
        5 Harlow Harlow PROPN NNP compound 6 B-ORG
        6 Foods Foods PROPN NNPS dobj 4 I-ORG
        7 as as ADP IN prep 4 O
        8 an an DET DT det 9 O
        9 analyst analyst NOUN NN pobj 7 O
        10 at at ADP IN prep 9 O
        11 a a DET DT det 12 O
        12 brokerage brokerage NOUN NN pobj 10 O
        13 , , PUNCT , punct 1 O
        14 said say VERB VBD ROOT 14 O
        15 sales sale NOUN NNS nsubj 16 O
        16 fell fall VERB VBD ccomp 14 O
        17 . . PUNCT . punct 14 O
    """, set(),
        id="Tom Hale, who covers Harlow Foods as an analyst at a brokerage, said sales fell. (a role held "
           "elsewhere, not at the firm the verb acts on)"),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 took take VERB VBD ROOT 2 O
        3 her her PRON PRP$ poss 4 O
        4 son son NOUN NN dobj 2 O
        5 to to ADP IN prep 2 O
        6 Harlow Harlow PROPN NNP pobj 5 B-GPE
        7 . . PUNCT . punct 2 O
        8 The the DET DT det 11 O
        9 Kestrel Kestrel PROPN NNP compound 10 B-ORG
        10 Clinic Clinic PROPN NNP compound 11 I-ORG
        11 staff staff NOUN NN nsubj 12 O
        12 did do VERB VBD ROOT 12 O
        13 all all PRON DT dobj 12 O
        14 they they PRON PRP nsubj 15 O
        15 could could AUX MD relcl 13 O
        16 . . PUNCT . punct 12 O
    """, set(), id="Ann Ruiz took her son to Harlow. The Kestrel Clinic staff did all they could. (a firm's staff "
                   "are many, and the one named before is none of them)"),
    pytest.param("""
        0 The the DET DT det 1 O
        1 plan plan NOUN NN nsubjpass 3 O
        2 was be AUX VBD auxpass 3 O
        3 backed back VERB VBN ROOT 3 O
        4 by by ADP IN agent 3 O
        5 Ann Ann PROPN NNP compound 6 B-PERSON
        6 Ruiz Ruiz PROPN NNP pobj 4 I-PERSON
        7 and and CCONJ CC cc 6 O
        8 Tom Tom PROPN NNP compound 9 B-PERSON
        9 Hale Hale PROPN NNP conj 6 I-PERSON
        10 , , PUNCT , punct 6 O
        11 chief chief ADJ JJ amod 12 O
        12 executive executive NOUN NN appos 6 O
        13 of of ADP IN prep 12 O
        14 Vantor Vantor PROPN NNP pobj 13 B-ORG
        15 . . PUNCT . punct 3 O
    """, {('role-apposition', 'Tom Hale', 'Vantor', 'chief executive')},
        id="The plan was backed by Ann Ruiz and Tom Hale, chief executive of Vantor. (the last name's, hung on the first)"),
    pytest.param("""
        0 The the DET DT det 1 O
        1 law law NOUN NN nsubjpass 3 O
        2 was be AUX VBD auxpass 3 O
        3 made make VERB VBN ROOT 3 O
        4 by by ADP IN agent 3 O
        5 his his PRON PRP$ poss 6 O
        6 predecessor predecessor NOUN NN pobj 4 O
        7 , , PUNCT , punct 6 O
        8 Tom Tom PROPN NNP compound 9 B-PERSON
        9 Hale Hale PROPN NNP appos 6 I-PERSON
        10 . . PUNCT . punct 3 O
    """, set(), id='The law was made by his predecessor, Tom Hale. (who came before is no post)'),
    pytest.param("""
        0 " " PUNCT `` punct 6 O
        1 It it PRON PRP nsubj 3 O
        2 will will AUX MD aux 3 O
        3 help help VERB VB ccomp 6 O
        4 , , PUNCT , punct 6 O
        5 " " PUNCT '' punct 6 O
        6 said say VERB VBD ROOT 6 O
        7 Ann Ann PROPN NNP compound 8 B-PERSON
        8 Ruiz Ruiz PROPN NNP nsubj 6 I-PERSON
        9 , , PUNCT , punct 8 O
        10 from from ADP IN prep 8 O
        11 brand brand NOUN NN compound 12 O
        12 research research NOUN NN compound 13 O
        13 firm firm NOUN NN compound 15 O
        14 Vantor Vantor PROPN NNP compound 15 B-ORG
        15 Media Media PROPN NNP pobj 10 I-ORG
        16 . . PUNCT . punct 6 O
    """, {('member-of-quoted', 'Ann Ruiz', 'Vantor Media', None)},
        id='"It will help," said Ann Ruiz, from brand research firm Vantor Media. (words saying what the firm is)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 16 I-PERSON
        2 , , PUNCT , punct 1 O
        3 European european ADJ JJ amod 4 B-NORP
        4 co co NOUN NN appos 1 O
        5 - - NOUN NN appos 1 O
        6 ordinator ordinator NOUN NN appos 1 O
        7 for for ADP IN prep 1 O
        8 the the DET DT det 10 B-ORG
        9 Kestrel Kestrel PROPN NNP compound 10 I-ORG
        10 Foundation Foundation PROPN NNP pobj 7 I-ORG
        11 which which PRON WDT nsubj 12 O
        12 campaigns campaign VERB VBZ relcl 10 O
        13 on on ADP IN prep 12 O
        14 privacy privacy NOUN NN pobj 13 O
        15 , , PUNCT , punct 1 O
        16 expressed express VERB VBD ROOT 16 O
        17 doubts doubt NOUN NNS dobj 16 O
        18 . . PUNCT . punct 16 O
    """, {('role-apposition', 'Tom Hale', 'Kestrel Foundation', 'co-ordinator')},
        id='Tom Hale, European co-ordinator for the Kestrel Foundation which campaigns on privacy, expressed doubts. '
           '(the role\'s "for" hung on the name)'),
    pytest.param("""
        0 In in ADP IN prep 15 O
        1 a a DET DT det 2 O
        2 talk talk NOUN NN pobj 0 O
        3 with with ADP IN prep 2 O
        4 the the DET DT det 6 O
        5 Kestrel Kestrel PROPN NNP compound 6 B-ORG
        6 Post Post PROPN NNP poss 9 I-ORG
        7 's 's PART POS case 6 O
        8 political political ADJ JJ amod 9 O
        9 editor editor NOUN NN pobj 3 O
        10 Ann Ann PROPN NNP compound 11 B-PERSON
        11 Ruiz Ruiz PROPN NNP appos 9 I-PERSON
        12 , , PUNCT , punct 15 O
        13 Mr Mr PROPN NNP compound 14 O
        14 Hale Hale PROPN NNP nsubj 15 B-PERSON
        15 said say VERB VBD ROOT 15 O
        16 so so ADV RB advmod 15 O
        17 . . PUNCT . punct 15 O
    """, {('role-apposition', 'Ann Ruiz', 'Kestrel Post', 'political editor')},
        id="In a talk with the Kestrel Post's political editor Ann Ruiz, Mr Hale said so. (the role is the name's in it)"),
    pytest.param("""
        0 Head Head PROPN NNP nsubj 12 O
        1 of of ADP IN prep 0 O
        2 research research NOUN NN pobj 1 O
        3 at at ADP IN prep 2 O
        4 the the DET DT det 6 B-ORG
        5 Kestrel Kestrel PROPN NNP compound 6 I-ORG
        6 Institute Institute PROPN NNP pobj 3 I-ORG
        7 , , PUNCT , punct 6 O
        8 Professor Professor PROPN NNP compound 10 O
        9 Tom Tom PROPN NNP compound 10 B-PERSON
        10 Hale Hale PROPN NNP appos 6 I-PERSON
        11 , , PUNCT , punct 6 O
        12 said say VERB VBD ROOT 12 O
        13 so so ADV RB advmod 12 O
        14 . . PUNCT . punct 12 O
    """, {('role-before-name', 'Tom Hale', 'Kestrel Institute', 'head'),
          ('role-premodifier-title', 'Tom Hale', None, 'professor')},
        id='Head of research at the Kestrel Institute, Professor Tom Hale, said so. (a title between comma and name)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 9 I-PERSON
        2 , , PUNCT , punct 4 O
        3 campaigns campaign VERB VBZ compound 4 O
        4 director director NOUN NN nsubj 9 O
        5 at at ADP IN prep 4 O
        6 Kestrel Kestrel PROPN NNP compound 7 B-ORG
        7 Trust Trust PROPN NNP pobj 5 I-ORG
        8 , , PUNCT , punct 4 O
        9 said say VERB VBD ROOT 9 O
        10 so so ADV RB advmod 9 O
        11 . . PUNCT . punct 9 O
    """, {('role-apposition', 'Ann Ruiz', 'Kestrel Trust', 'campaigns director')},
        id='Ann Ruiz, campaigns director at Kestrel Trust, said so. (a compound the parser tagged a verb)'),
    pytest.param("""
        0 But but CCONJ CC cc 8 O
        1 Kestrel Kestrel PROPN NNP compound 2 B-ORG
        2 Bank Bank PROPN NNP compound 7 I-ORG
        3 Under under ADP IN compound 5 O
        4 - - PUNCT HYPH punct 5 O
        5 Secretary Secretary PROPN NNP compound 7 O
        6 Ann Ann PROPN NNP compound 7 B-PERSON
        7 Ruiz Ruiz PROPN NNP nsubj 8 I-PERSON
        8 said say VERB VBD ROOT 8 O
        9 so so ADV RB advmod 8 O
        10 . . PUNCT . punct 8 O
    """, {('role-premodifier', 'Ann Ruiz', 'Kestrel Bank', 'under-secretary')},
        id='But Kestrel Bank Under-Secretary Ann Ruiz said so. (a title written with a hyphen is one word)'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 Vantor Vantor PROPN NNP compound 2 B-ORG
        2 chairman chairman NOUN NN nsubj 10 O
        3 Ann Ann PROPN NNP compound 4 B-PERSON
        4 Ruiz Ruiz PROPN NNP appos 2 I-PERSON
        5 and and CCONJ CC cc 4 O
        6 deputy deputy NOUN NN compound 7 O
        7 chairman chairman NOUN NN conj 4 O
        8 Tom Tom PROPN NNP compound 9 B-PERSON
        9 Hale Hale PROPN NNP appos 2 I-PERSON
        10 met meet VERB VBD ROOT 10 O
        11 on on ADP IN prep 10 O
        12 Monday Monday PROPN NNP pobj 11 B-DATE
        13 . . PUNCT . punct 10 O
    """, {('role-apposition', 'Ann Ruiz', 'Vantor', 'chairman'), ('role-apposition-title', 'Tom Hale', None, 'deputy chairman'),
          ('role-title-context', 'Tom Hale', 'Vantor', 'deputy chairman')},
        id='The Vantor chairman Ann Ruiz and deputy chairman Tom Hale met on Monday. (read as two appositions '
           'of "chairman": each name has the title right before it)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Bank Bank PROPN NNP compound 2 I-ORG
        2 chairman chairman NOUN NN compound 7 O
        3 Ann Ann PROPN NNP nmod 4 B-PERSON
        4 Ruiz Ruiz PROPN NNP nmod 7 I-PERSON
        5 and and CCONJ CC cc 4 O
        6 finance finance NOUN NN compound 7 O
        7 director director NOUN NN compound 9 O
        8 Tom Tom PROPN NNP compound 9 B-PERSON
        9 Hale Hale PROPN NNP nsubj 10 I-PERSON
        10 resigned resign VERB VBD ROOT 10 O
        11 on on ADP IN prep 10 O
        12 Monday Monday PROPN NNP pobj 11 B-DATE
        13 . . PUNCT . punct 10 O
    """, {('role-premodifier', 'Ann Ruiz', 'Kestrel Bank', 'chairman'),
          ('role-premodifier', 'Tom Hale', 'Kestrel Bank', 'finance director')},
        id='Kestrel Bank chairman Ann Ruiz and finance director Tom Hale resigned on Monday. (each name its own '
           'title, however the parser hung the first)'),
    pytest.param("""
        0 The the DET DT det 4 O
        1 Vantor Vantor PROPN NNP compound 2 B-ORG
        2 President President PROPN NNP compound 4 O
        3 Ann Ann PROPN NNP compound 4 B-PERSON
        4 Ruiz Ruiz PROPN NNP nsubj 10 I-PERSON
        5 and and CCONJ CC cc 4 O
        6 Vice Vice PROPN NNP compound 7 O
        7 President President PROPN NNP compound 9 O
        8 Tom Tom PROPN NNP compound 9 B-PERSON
        9 Hale Hale PROPN NNP conj 4 I-PERSON
        10 said say VERB VBD ROOT 10 O
        11 so so ADV RB advmod 10 O
        12 . . PUNCT . punct 10 O
    """, {('role-premodifier', 'Ann Ruiz', 'Vantor', 'president'),
          ('role-premodifier', 'Tom Hale', 'Vantor', 'vice president')},
        id='The Vantor President Ann Ruiz and Vice President Tom Hale said so. (the title under the first '
           'shares its organisation)'),
    pytest.param("""
        0 Prices price NOUN NNS nsubj 2 O
        1 will will AUX MD aux 2 O
        2 rise rise VERB VB ccomp 4 O
        3 , , PUNCT , punct 4 O
        4 said say VERB VBD ROOT 4 O
        5 analyst analyst NOUN NN compound 7 O
        6 Ann Ann PROPN NNP compound 7 B-PERSON
        7 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        8 at at ADP IN prep 7 O
        9 Vantor Vantor PROPN NNP pobj 8 B-ORG
        10 . . PUNCT . punct 4 O
    """, {('role-premodifier-title', 'Ann Ruiz', None, 'analyst'), ('member-of-quoted', 'Ann Ruiz', 'Vantor', 'analyst')},
        id='Prices will rise, said analyst Ann Ruiz at Vantor. (the title before the name, the organisation '
           'after it: one role)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 posted post VERB VBD ROOT 1 O
        2 a a DET DT det 3 O
        3 profit profit NOUN NN dobj 1 O
        4 . . PUNCT . punct 1 O
        5 Chief chief ADJ JJ amod 6 O
        6 executive executive NOUN NN compound 8 O
        7 Ann Ann PROPN NNP compound 8 B-PERSON
        8 Ruiz Ruiz PROPN NNP nsubj 9 I-PERSON
        9 said say VERB VBD ROOT 9 O
        10 the the DET DT det 11 O
        11 firm firm NOUN NN nsubj 13 O
        12 would would AUX MD aux 13 O
        13 grow grow VERB VB ccomp 9 O
        14 . . PUNCT . punct 9 O
    """, {('role-premodifier-title', 'Ann Ruiz', None, 'chief executive'),
          ('role-title-context', 'Ann Ruiz', 'Vantor', 'chief executive')},
        id='Vantor posted a profit. Chief executive Ann Ruiz said the firm would grow. (the officer of the '
           'company the story is about)'),
    pytest.param("""
        0 For for ADP IN prep 7 O
        1 the the DET DT det 3 O
        2 Kestrel Kestrel PROPN NNP compound 3 B-ORG
        3 Party Party PROPN NNP pobj 0 I-ORG
        4 , , PUNCT , punct 7 O
        5 Ann Ann PROPN NNP compound 6 B-PERSON
        6 Ruiz Ruiz PROPN NNP nsubj 7 I-PERSON
        7 said say VERB VBD ROOT 7 O
        8 taxes tax NOUN NNS nsubj 10 O
        9 would would AUX MD aux 10 O
        10 fall fall VERB VB ccomp 7 O
        11 . . PUNCT . punct 7 O
    """, {('member-speaking-for', 'Ann Ruiz', 'Kestrel Party', None)},
        id='For the Kestrel Party, Ann Ruiz said taxes would fall. (the side a speaker answers for)'),
    pytest.param("""
        0 For for ADP IN prep 6 O
        1 Kestrel Kestrel PROPN NNP pobj 0 B-ORG
        2 , , PUNCT , punct 6 O
        3 Ann Ann PROPN NNP compound 4 B-PERSON
        4 Ruiz Ruiz PROPN NNP nsubj 6 I-PERSON
        5 then then ADV RB advmod 6 O
        6 bought buy VERB VBD ROOT 6 O
        7 shares share NOUN NNS dobj 6 O
        8 . . PUNCT . punct 6 O
    """, set(), id='For Kestrel, Ann Ruiz then bought shares. (one buys for a firm without speaking for it)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 cut cut VERB VBD ROOT 1 O
        2 prices price NOUN NNS dobj 1 O
        3 . . PUNCT . punct 1 O
        4 Spokesman spokesman NOUN NN compound 6 O
        5 Tom Tom PROPN NNP compound 6 B-PERSON
        6 Hale Hale PROPN NNP nsubj 7 I-PERSON
        7 said say VERB VBD ROOT 7 O
        8 sales sale NOUN NNS nsubj 9 O
        9 rose rise VERB VBD ccomp 7 O
        10 . . PUNCT . punct 7 O
    """, {('role-premodifier-title', 'Tom Hale', None, 'spokesman'),
          ('role-title-context', 'Tom Hale', 'Vantor', 'spokesman')},
        id='Vantor cut prices. Spokesman Tom Hale said sales rose. (a spokesman speaks for the company '
           'the story is about)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 made make VERB VBD ROOT 1 O
        2 films film NOUN NNS dobj 1 O
        3 . . PUNCT . punct 1 O
        4 Director director NOUN NN compound 6 O
        5 Tom Tom PROPN NNP compound 6 B-PERSON
        6 Hale Hale PROPN NNP nsubj 7 I-PERSON
        7 said say VERB VBD ROOT 7 O
        8 sales sale NOUN NNS nsubj 9 O
        9 rose rise VERB VBD ccomp 7 O
        10 . . PUNCT . punct 7 O
    """, {('role-premodifier-title', 'Tom Hale', None, 'director')},
        id='Vantor made films. Director Tom Hale said sales rose. (a director may direct a film, not the firm)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP nsubj 1 B-ORG
        1 cut cut VERB VBD ROOT 1 O
        2 prices price NOUN NNS dobj 1 O
        3 . . PUNCT . punct 1 O
        4 Shares share NOUN NNS nsubj 5 O
        5 fell fall VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
        7 Vantor Vantor PROPN NNP nsubj 8 B-ORG
        8 grew grow VERB VBD ROOT 8 O
        9 . . PUNCT . punct 8 O
        10 Boss boss NOUN NN compound 12 O
        11 Tom Tom PROPN NNP compound 12 B-PERSON
        12 Hale Hale PROPN NNP nsubj 13 I-PERSON
        13 said say VERB VBD ROOT 13 O
        14 sales sale NOUN NNS nsubj 15 O
        15 rose rise VERB VBD ccomp 13 O
        16 . . PUNCT . punct 13 O
    """, {('role-premodifier-title', 'Tom Hale', None, 'boss'),
          ('role-title-context', 'Tom Hale', 'Vantor', 'boss')},
        id='Kestrel cut prices. Shares fell. Vantor grew. Boss Tom Hale said sales rose. (a story of two '
           'firms: the officer is of the one named alone before him)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 operator operator NOUN NN nsubj 6 O
        2 , , PUNCT , punct 1 O
        3 Vantor Vantor PROPN NNP appos 1 B-ORG
        4 , , PUNCT , punct 1 O
        5 has have AUX VBZ aux 6 O
        6 seen see VERB VBN ROOT 6 O
        7 sales sale NOUN NNS nsubj 8 O
        8 fall fall VERB VB ccomp 6 O
        9 . . PUNCT . punct 6 O
        10 " " PUNCT `` punct 15 O
        11 Costs cost NOUN NNS nsubj 12 O
        12 rose rise VERB VBD ccomp 15 O
        13 , , PUNCT , punct 15 O
        14 " " PUNCT '' punct 15 O
        15 said say VERB VBD ROOT 15 O
        16 chief chief ADJ JJ amod 17 O
        17 executive executive ADJ JJ compound 19 O
        18 Tom Tom PROPN NNP compound 19 B-PERSON
        19 Hale Hale PROPN NNP nsubj 15 I-PERSON
        20 . . PUNCT . punct 15 O
    """, {('role-premodifier-title', 'Tom Hale', None, 'chief executive'),
          ('role-title-context', 'Tom Hale', 'Vantor', 'chief executive')},
        id='The operator, Vantor, has seen sales fall. "Costs rose," said chief executive Tom Hale. (the '
           'company named beside the subject; "executive" tagged an adjective is still the title)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 beat beat VERB VBD ROOT 1 O
        2 Kestrel Kestrel PROPN NNP dobj 1 B-ORG
        3 . . PUNCT . punct 1 O
        4 Kestrel Kestrel PROPN NNP nsubj 5 B-ORG
        5 lost lose VERB VBD ROOT 5 O
        6 to to ADP IN prep 5 O
        7 Vantor Vantor PROPN NNP pobj 6 B-ORG
        8 . . PUNCT . punct 5 O
        9 Chairman chairman NOUN NN compound 11 O
        10 Ann Ann PROPN NNP compound 11 B-PERSON
        11 Ruiz Ruiz PROPN NNP nsubj 12 I-PERSON
        12 spoke speak VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('role-premodifier-title', 'Ann Ruiz', None, 'chairman')},
        id='Vantor beat Kestrel. Kestrel lost to Vantor. Chairman Ann Ruiz spoke. (two companies named as '
           'often: whose chairman is not said)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 posted post VERB VBD ROOT 1 O
        2 a a DET DT det 3 O
        3 profit profit NOUN NN dobj 1 O
        4 . . PUNCT . punct 1 O
        5 The the DET DT det 6 O
        6 firm firm NOUN NN poss 8 O
        7 's 's PART POS case 6 O
        8 president president NOUN NN nsubj 16 O
        9 and and CCONJ CC cc 8 O
        10 chief chief ADJ JJ amod 11 O
        11 executive executive NOUN NN conj 8 O
        12 , , PUNCT , punct 8 O
        13 Tom Tom PROPN NNP compound 14 B-PERSON
        14 Hale Hale PROPN NNP appos 8 I-PERSON
        15 , , PUNCT , punct 8 O
        16 spoke speak VERB VBD ROOT 16 O
        17 . . PUNCT . punct 16 O
    """, {('role-apposition-anaphora', 'Tom Hale', 'Vantor', 'president'),
          ('role-apposition-anaphora', 'Tom Hale', 'Vantor', 'chief executive')},
        id="Vantor posted a profit. The firm's president and chief executive, Tom Hale, spoke. (both roles the firm's)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 makes make VERB VBZ ROOT 1 O
        2 steel steel NOUN NN dobj 1 O
        3 in in ADP IN prep 1 O
        4 Harlowfield Harlowfield PROPN NNP pobj 3 B-GPE
        5 . . PUNCT . punct 1 O
        6 Its its PRON PRP$ poss 7 O
        7 chairman chairman NOUN NN nsubj 12 O
        8 , , PUNCT , punct 7 O
        9 Tom Tom PROPN NNP compound 10 B-PERSON
        10 Hale Hale PROPN NNP appos 7 I-PERSON
        11 , , PUNCT , punct 7 O
        12 spoke speak VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('role-apposition-anaphora', 'Tom Hale', 'Vantor', 'chairman')},
        id="Vantor makes steel in Harlowfield. Its chairman, Tom Hale, spoke. (its: what the sentence is about, "
           "not the place named last)"),
    pytest.param("""
        0 Shares share NOUN NNS nsubj 3 O
        1 in in ADP IN prep 0 O
        2 Vantor Vantor PROPN NNP pobj 1 B-ORG
        3 fell fall VERB VBD ROOT 3 O
        4 in in ADP IN prep 3 O
        5 Harlowfield Harlowfield PROPN NNP pobj 4 B-GPE
        6 . . PUNCT . punct 3 O
        7 Its its PRON PRP$ poss 8 O
        8 chairman chairman NOUN NN nsubj 13 O
        9 , , PUNCT , punct 8 O
        10 Tom Tom PROPN NNP compound 11 B-PERSON
        11 Hale Hale PROPN NNP appos 8 I-PERSON
        12 , , PUNCT , punct 8 O
        13 spoke speak VERB VBD ROOT 13 O
        14 . . PUNCT . punct 13 O
    """, {('role-apposition-anaphora', 'Tom Hale', 'Vantor', 'chairman')},
        id="Shares in Vantor fell in Harlowfield. Its chairman, Tom Hale, spoke. (a name inside the subject is "
           "what the sentence is about)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 said say VERB VBD ROOT 1 O
        2 Harlowfield Harlowfield PROPN NNP nsubj 3 B-GPE
        3 lost lose VERB VBD ccomp 1 O
        4 jobs job NOUN NNS dobj 3 O
        5 . . PUNCT . punct 1 O
        6 Its its PRON PRP$ poss 7 O
        7 mayor mayor NOUN NN nsubj 12 O
        8 , , PUNCT , punct 7 O
        9 Tom Tom PROPN NNP compound 10 B-PERSON
        10 Hale Hale PROPN NNP appos 7 I-PERSON
        11 , , PUNCT , punct 7 O
        12 spoke speak VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('role-apposition-title', 'Tom Hale', None, 'mayor')},
        id="Vantor said Harlowfield lost jobs. Its mayor, Tom Hale, spoke. (a place that is a subject too: "
           "its may be the place's, so no firm is given)"),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 9 I-PERSON
        2 , , PUNCT , punct 1 O
        3 news news NOUN NN compound 4 O
        4 editor editor NOUN NN appos 1 O
        5 at at ADP IN prep 4 O
        6 Vantor Vantor PROPN NNP compound 7 B-ORG
        7 magazine magazine NOUN NN pobj 5 O
        8 , , PUNCT , punct 1 O
        9 said say VERB VBD ROOT 9 O
        10 so so ADV RB advmod 9 O
        11 . . PUNCT . punct 9 O
    """, {('role-apposition', 'Tom Hale', 'Vantor', 'news editor')},
        id="Tom Hale, news editor at Vantor magazine, said so. (the magazine is Vantor)"),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 10 I-PERSON
        2 , , PUNCT , punct 1 O
        3 an an DET DT det 4 O
        4 engineer engineer NOUN NN appos 1 O
        5 at at ADP IN prep 4 O
        6 a a DET DT det 8 O
        7 Vantor Vantor PROPN NNP compound 8 B-ORG
        8 subsidiary subsidiary NOUN NN pobj 5 O
        9 , , PUNCT , punct 1 O
        10 said say VERB VBD ROOT 10 O
        11 . . PUNCT . punct 10 O
    """, {('role-apposition-title', 'Ann Ruiz', None, 'engineer at a Vantor subsidiary')},
        id="Ann Ruiz, an engineer at a Vantor subsidiary, said so. (a subsidiary is not Vantor)"),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 12 I-PERSON
        2 , , PUNCT , punct 1 O
        3 who who PRON WP nsubj 4 O
        4 is be AUX VBZ relcl 1 O
        5 also also ADV RB advmod 4 O
        6 head head NOUN NN attr 4 O
        7 of of ADP IN prep 6 O
        8 research research NOUN NN pobj 7 O
        9 at at ADP IN prep 4 O
        10 Vantor Vantor PROPN NNP pobj 9 B-ORG
        11 , , PUNCT , punct 1 O
        12 spoke speak VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('role-copula', 'Ann Ruiz', 'Vantor', 'head of research')},
        id="Ann Ruiz, who is also head of research at Vantor, spoke. (the organisation hung on the verb)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 1 B-ORG
        1 chairman chairman NOUN NN compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 9 I-PERSON
        4 and and CCONJ CC cc 3 O
        5 chief chief ADJ JJ amod 6 O
        6 executive executive NOUN NN compound 8 O
        7 Tom Tom PROPN NNP compound 8 B-PERSON
        8 Hale Hale PROPN NNP conj 3 I-PERSON
        9 resigned resign VERB VBD ROOT 9 O
        10 . . PUNCT . punct 9 O
    """, {('role-premodifier', 'Ann Ruiz', 'Vantor', 'chairman'), ('role-premodifier', 'Tom Hale', 'Vantor', 'chief executive')},
        id="Vantor chairman Ann Ruiz and chief executive Tom Hale resigned. (the second officer shares the firm)"),
    pytest.param("""
        0 They they PRON PRP nsubj 1 O
        1 replaced replace VERB VBD ROOT 1 O
        2 Vantor Vantor PROPN NNP poss 4 B-ORG
        3 's 's PART POS case 2 O
        4 chairman chairman NOUN NN dobj 1 O
        5 Ann Ann PROPN NNP compound 6 B-PERSON
        6 Ruiz Ruiz PROPN NNP appos 4 I-PERSON
        7 and and CCONJ CC cc 4 O
        8 chief chief ADJ JJ amod 11 O
        9 executive executive ADJ JJ compound 11 O
        10 Tom Tom PROPN NNP compound 11 B-PERSON
        11 Hale Hale PROPN NNP conj 4 I-PERSON
        12 . . PUNCT . punct 1 O
    """, {('role-apposition', 'Ann Ruiz', 'Vantor', 'chairman'), ('role-premodifier', 'Tom Hale', 'Vantor', 'chief executive')},
        id="They replaced Vantor's chairman Ann Ruiz and chief executive Tom Hale. (the second name hung on the "
           "first title)"),
    pytest.param("""
        0 It it PRON PRP nsubj 1 O
        1 cites cite VERB VBZ ROOT 1 O
        2 work work NOUN NN dobj 1 O
        3 by by ADP IN prep 2 O
        4 Kestrel Kestrel PROPN NNP compound 5 B-ORG
        5 Institute Institute PROPN NNP nmod 10 I-ORG
        6 of of ADP IN prep 5 I-ORG
        7 Farming Farming PROPN NNP pobj 6 I-ORG
        8 lecturer lecturer NOUN NN compound 10 O
        9 Tom Tom PROPN NNP compound 10 B-PERSON
        10 Hale Hale PROPN NNP pobj 3 I-PERSON
        11 . . PUNCT . punct 1 O
    """, {('role-premodifier', 'Tom Hale', 'Kestrel Institute of Farming', 'lecturer')},
        id="It cites work by Kestrel Institute of Farming lecturer Tom Hale. (the name's last word hangs inside it)"),
    pytest.param("""
        0 Sales Sales NOUN NNS nsubj 1 O
        1 rose rise VERB VBD ccomp 3 O
        2 , , PUNCT , punct 3 O
        3 said say VERB VBD ROOT 3 O
        4 Vantor Vantor PROPN NNP poss 9 B-ORG
        5 's 's PART POS case 4 O
        6 chief chief ADJ JJ amod 9 O
        7 executive executive NOUN NN compound 9 O
        8 Ann Ann PROPN NNP compound 9 B-PERSON
        9 Ruiz Ruiz PROPN NNP nsubj 3 I-PERSON
        10 . . PUNCT . punct 3 O
    """, {('role-premodifier', 'Ann Ruiz', 'Vantor', 'chief executive')},
        id="Sales rose, said Vantor's chief executive Ann Ruiz. (parsed with the firm and 'chief' on the name)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 1 B-ORG
        1 chairman chairman NOUN NN compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 8 I-PERSON
        4 and and CCONJ CC cc 3 O
        5 singer singer NOUN NN compound 7 O
        6 Tom Tom PROPN NNP compound 7 B-PERSON
        7 Hale Hale PROPN NNP conj 3 I-PERSON
        8 met meet VERB VBD ROOT 8 O
        9 . . PUNCT . punct 8 O
    """, {('role-premodifier', 'Ann Ruiz', 'Vantor', 'chairman'), ('role-premodifier-title', 'Tom Hale', None, 'singer')},
        id="Vantor chairman Ann Ruiz and singer Tom Hale met. (a singer is no officer of the firm)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 rose rise VERB VBD ROOT 1 O
        2 . . PUNCT . punct 1 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubj 14 I-PERSON
        5 , , PUNCT , punct 4 O
        6 the the DET DT det 7 O
        7 chairman chairman NOUN NN appos 4 O
        8 of of ADP IN prep 7 O
        9 the the DET DT det 10 O
        10 trust trust NOUN NN poss 12 O
        11 's 's PART POS case 10 O
        12 board board NOUN NN pobj 8 O
        13 , , PUNCT , punct 4 O
        14 spoke speak VERB VBD ROOT 14 O
        15 . . PUNCT . punct 14 O
    """, {('role-apposition-title', 'Tom Hale', None, "chairman of the trust's board")},
        id="Vantor rose. Tom Hale, the chairman of the trust's board, spoke. (whose chairman is said: not Vantor's)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Agency Agency PROPN NNP nsubj 2 I-ORG
        2 won win VERB VBD ROOT 2 O
        3 . . PUNCT . punct 2 O
        4 The the DET DT det 5 O
        5 agency agency NOUN NN poss 7 O
        6 's 's PART POS case 5 O
        7 treasurer treasurer NOUN NN nsubj 12 O
        8 , , PUNCT , punct 7 O
        9 Tom Tom PROPN NNP compound 10 B-PERSON
        10 Hale Hale PROPN NNP appos 7 I-PERSON
        11 , , PUNCT , punct 7 O
        12 quit quit VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('role-apposition-anaphora', 'Tom Hale', 'Kestrel Agency', 'treasurer')},
        id="Kestrel Agency won. The agency's treasurer, Tom Hale, quit."),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 University University PROPN NNP nsubj 2 I-ORG
        2 won win VERB VBD ROOT 2 O
        3 . . PUNCT . punct 2 O
        4 The the DET DT det 5 O
        5 school school NOUN NN poss 7 O
        6 's 's PART POS case 5 O
        7 treasurer treasurer NOUN NN nsubj 12 O
        8 , , PUNCT , punct 7 O
        9 Tom Tom PROPN NNP compound 10 B-PERSON
        10 Hale Hale PROPN NNP appos 7 I-PERSON
        11 , , PUNCT , punct 7 O
        12 quit quit VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('role-apposition-anaphora', 'Tom Hale', 'Kestrel University', 'treasurer')},
        id="Kestrel University won. The school's treasurer, Tom Hale, quit. (a university is a school)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 won win VERB VBD ROOT 1 O
        2 . . PUNCT . punct 1 O
        3 Company company NOUN NN compound 4 O
        4 spokesman spokesman NOUN NN compound 6 O
        5 Tom Tom PROPN NNP compound 6 B-PERSON
        6 Hale Hale PROPN NNP nsubj 7 I-PERSON
        7 spoke speak VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, {('role-premodifier-anaphora', 'Tom Hale', 'Vantor', 'spokesman')},
        id="Vantor won. Company spokesman Tom Hale spoke. (a bare kind of body points back as 'the company's')"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 won win VERB VBD ROOT 1 O
        2 . . PUNCT . punct 1 O
        3 Record record ADJ JJ compound 4 O
        4 company company NOUN NN compound 5 O
        5 boss boss NOUN NN compound 7 O
        6 Tom Tom PROPN NNP compound 7 B-PERSON
        7 Hale Hale PROPN NNP nsubj 8 I-PERSON
        8 spoke speak VERB VBD ROOT 8 O
        9 . . PUNCT . punct 8 O
    """, {('role-premodifier-title', 'Tom Hale', None, 'Record company boss')},
        id="Vantor won. Record company boss Tom Hale spoke. (a trade's kind of firm names none)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 won win VERB VBD ROOT 1 O
        2 . . PUNCT . punct 1 O
        3 The the DET DT det 4 O
        4 agency agency NOUN NN poss 6 O
        5 's 's PART POS case 4 O
        6 treasurer treasurer NOUN NN nsubj 11 O
        7 , , PUNCT , punct 6 O
        8 Tom Tom PROPN NNP compound 9 B-PERSON
        9 Hale Hale PROPN NNP appos 6 I-PERSON
        10 , , PUNCT , punct 6 O
        11 quit quit VERB VBD ROOT 11 O
        12 . . PUNCT . punct 11 O
    """, {('role-apposition-title', 'Tom Hale', None, 'treasurer')},
        id="Vantor won. The agency's treasurer, Tom Hale, quit. (Vantor's name says no agency)"),
    pytest.param("""
        0 Zephyr Zephyr PROPN NNP compound 1 B-ORG
        1 Nights Nights PROPN NNP compound 2 I-ORG
        2 star star NOUN NN compound 4 O
        3 Ann Ann PROPN NNP compound 4 B-PERSON
        4 Ruiz Ruiz PROPN NNP nsubj 5 I-PERSON
        5 sang sing VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, {('role-premodifier-in-a-work', 'Ann Ruiz', 'Zephyr Nights', 'star')},
        id="Zephyr Nights star Ann Ruiz sang. (a star of a show as often as of a band: measured apart)"),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 8 I-PERSON
        2 , , PUNCT , punct 1 O
        3 chief chief ADJ JJ amod 4 O
        4 executive executive NOUN NN appos 1 O
        5 of of ADP IN prep 4 O
        6 Siemens Siemens PROPN NNP pobj 5 B-ORG
        7 , , PUNCT , punct 1 O
        8 said say VERB VBD ROOT 8 O
        9 the the DET DT det 10 O
        10 plan plan NOUN NN nsubj 11 O
        11 was be AUX VBD ccomp 8 O
        12 ready ready ADJ JJ acomp 11 O
        13 . . PUNCT . punct 8 O
    """, {('role-apposition', 'Maria Lopez', 'Siemens', 'chief executive')},
        id='Maria Lopez, chief executive of Siemens, said the plan was ready.'),
    pytest.param("""
        0 Kenji Kenji PROPN NNP compound 1 B-PERSON
        1 Sato Sato PROPN NNP nsubj 7 I-PERSON
        2 , , PUNCT , punct 1 O
        3 Toyota Toyota PROPN NNP poss 5 B-ORG
        4 's 's PART POS case 3 O
        5 chairman chairman NOUN NN appos 1 O
        6 , , PUNCT , punct 1 O
        7 visited visit VERB VBD ROOT 7 O
        8 the the DET DT det 9 O
        9 plant plant NOUN NN dobj 7 O
        10 . . PUNCT . punct 7 O
    """, {('role-apposition', 'Kenji Sato', 'Toyota', 'chairman')}, id="Kenji Sato, Toyota's chairman, visited the plant."),
    pytest.param("""
        0 Anna Anna PROPN NNP compound 1 B-PERSON
        1 Berg Berg PROPN NNP nsubj 7 I-PERSON
        2 , , PUNCT , punct 1 O
        3 a a DET DT det 5 O
        4 software software NOUN NN compound 5 O
        5 engineer engineer NOUN NN appos 1 O
        6 , , PUNCT , punct 1 O
        7 left leave VERB VBD ROOT 7 O
        8 early early ADV RB advmod 7 O
        9 . . PUNCT . punct 7 O
    """, {('role-apposition-title', 'Anna Berg', None, 'software engineer')}, id='Anna Berg, a software engineer, left early.'),
    pytest.param("""
        0 Paul Paul PROPN NNP compound 1 B-PERSON
        1 Meyer Meyer PROPN NNP nsubj 11 I-PERSON
        2 , , PUNCT , punct 1 O
        3 one one NUM CD appos 1 B-CARDINAL
        4 of of ADP IN prep 3 O
        5 Nokia Nokia PROPN NNP poss 9 B-ORG
        6 's 's PART POS case 5 O
        7 three three NUM CD nummod 9 B-CARDINAL
        8 vice vice NOUN NN compound 9 O
        9 presidents president NOUN NNS pobj 4 O
        10 , , PUNCT , punct 1 O
        11 resigned resign VERB VBD ROOT 11 O
        12 . . PUNCT . punct 11 O
    """, {('role-apposition', 'Paul Meyer', 'Nokia', 'vice president')},
        id="Paul Meyer, one of Nokia's three vice presidents, resigned."),
    pytest.param("""
        0 The the DET DT det 1 O
        1 chairman chairman NOUN NN nsubj 8 O
        2 of of ADP IN prep 1 O
        3 Siemens Siemens PROPN NNP pobj 2 B-ORG
        4 , , PUNCT , punct 3 O
        5 Maria Maria PROPN NNP compound 6 B-PERSON
        6 Lopez Lopez PROPN NNP appos 3 I-PERSON
        7 , , PUNCT , punct 1 O
        8 said say VERB VBD ROOT 8 O
        9 the the DET DT det 10 O
        10 plan plan NOUN NN nsubj 11 O
        11 was be AUX VBD ccomp 8 O
        12 ready ready ADJ JJ acomp 11 O
        13 . . PUNCT . punct 8 O
    """, {('role-before-name', 'Maria Lopez', 'Siemens', 'chairman')},
        id='The chairman of Siemens, Maria Lopez, said the plan was ready.'),
    pytest.param("""
        0 Siemens Siemens PROPN NNP nmod 2 B-ORG
        1 chief chief ADJ JJ amod 2 O
        2 executive executive NOUN NN compound 4 O
        3 Maria Maria PROPN NNP compound 4 B-PERSON
        4 Lopez Lopez PROPN NNP nsubj 5 I-PERSON
        5 spoke speak VERB VBD ROOT 5 O
        6 on on ADP IN prep 5 O
        7 Monday Monday PROPN NNP pobj 6 B-DATE
        8 . . PUNCT . punct 5 O
    """, {('role-premodifier', 'Maria Lopez', 'Siemens', 'chief executive')},
        id='Siemens chief executive Maria Lopez spoke on Monday.'),
    pytest.param("""
        0 But but CCONJ CC cc 7 O
        1 Kestrel Kestrel PROPN NNP compound 6 B-ORG
        2 Air Air PROPN NNP compound 3 I-ORG
        3 Chief Chief PROPN NNP compound 6 O
        4 Executive Executive PROPN NNP compound 6 O
        5 Ann Ann PROPN NNP compound 6 B-PERSON
        6 Ruiz Ruiz PROPN NNP nsubj 7 I-PERSON
        7 stated state VERB VBD ROOT 7 O
        8 that that SCONJ IN mark 11 O
        9 the the DET DT det 10 O
        10 jets jet NOUN NNS nsubj 11 O
        11 were be AUX VBD ccomp 7 O
        12 better well ADJ JJR acomp 11 O
        13 . . PUNCT . punct 7 O
    """, {('role-premodifier', 'Ann Ruiz', 'Kestrel Air', 'chief executive')},
        id='But Kestrel Air Chief Executive Ann Ruiz stated that the jets were better. (a capitalised title)'),
    pytest.param("""
        0 But but CCONJ CC cc 7 O
        1 Kestrel Kestrel PROPN NNP compound 5 B-ORG
        2 Air Air PROPN NNP compound 4 I-ORG
        3 Chief Chief PROPN NNP compound 4 O
        4 Executive Executive PROPN NNP compound 5 O
        5 Ann Ann PROPN NNP compound 6 B-PERSON
        6 Ruiz Ruiz PROPN NNP nsubj 7 I-PERSON
        7 stated state VERB VBD ROOT 7 O
        8 that that SCONJ IN mark 11 O
        9 the the DET DT det 10 O
        10 jets jet NOUN NNS nsubj 11 O
        11 were be AUX VBD ccomp 7 O
        12 better well ADJ JJR acomp 11 O
        13 . . PUNCT . punct 7 O
    """, {('role-premodifier', 'Ann Ruiz', 'Kestrel Air', 'chief executive')},
        id='But Kestrel Air Chief Executive Ann Ruiz stated ... (title and company hung on the first name)'),
    pytest.param("""
        0 Chief chief ADJ JJ amod 2 O
        1 investment investment NOUN NN compound 2 O
        2 officer officer NOUN NN nsubj 9 O
        3 at at ADP IN prep 2 O
        4 Kestrel Kestrel PROPN NNP compound 6 B-ORG
        5 Capital Capital PROPN NNP compound 6 I-ORG
        6 Group Group PROPN NNP compound 8 I-ORG
        7 Mary Mary PROPN NNP compound 8 B-PERSON
        8 Olsen Olsen PROPN NNP pobj 3 I-PERSON
        9 said say VERB VBD ROOT 9 O
        10 the the DET DT det 11 O
        11 market market NOUN NN nsubj 13 O
        12 had have AUX VBD aux 13 O
        13 fallen fall VERB VBN ccomp 9 O
        14 . . PUNCT . punct 9 O
    """, {('role-before-name-run-on', 'Mary Olsen', 'Kestrel Capital Group', 'chief investment officer')},
        id='Chief investment officer at Kestrel Capital Group Mary Olsen said the market had fallen.'),
    pytest.param("""
        0 said say VERB VBD ROOT 0 O
        1 the the DET DT det 3 O
        2 vice vice NOUN NN compound 3 O
        3 president president NOUN NN nsubj 0 O
        4 and and CCONJ CC cc 3 O
        5 chairman chairman NOUN NN conj 3 O
        6 of of ADP IN prep 5 O
        7 Vantor Vantor PROPN NNP compound 8 B-ORG
        8 LLC LLC PROPN NNP compound 10 O
        9 Tom Tom PROPN NNP compound 10 B-PERSON
        10 Hale Hale PROPN NNP pobj 6 I-PERSON
        11 . . PUNCT . punct 0 O
    """, {('role-before-name-run-on', 'Tom Hale', 'Vantor', 'chairman')},
        id='said the chairman of Vantor LLC Tom Hale (the firm hung on its ending, the name read as an employer)'),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 4 I-PERSON
        2 of of ADP IN prep 1 O
        3 Siemens Siemens PROPN NNP pobj 2 B-ORG
        4 spoke speak VERB VBD ROOT 4 O
        5 on on ADP IN prep 4 O
        6 Monday Monday PROPN NNP pobj 5 B-DATE
        7 . . PUNCT . punct 4 O
    """, {('member-of', 'Maria Lopez', 'Siemens', None)}, id='Maria Lopez of Siemens spoke on Monday.'),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 6 I-PERSON
        2 of of ADP IN prep 1 O
        3 the the DET DT det 5 O
        4 Kestrel Kestrel PROPN NNP compound 5 B-ORG
        5 Party Party PROPN NNP pobj 2 I-ORG
        6 spoke speak VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """, {('member-of-party', 'Maria Lopez', 'Kestrel Party', None)},
        id='Maria Lopez of the Kestrel Party spoke. (a party named on a person: measured apart)'),
    pytest.param("""
        0 Tory Tory PROPN NNP compound 2 B-PERSON
        1 Maria Maria PROPN NNP compound 2 I-PERSON
        2 Lopez Lopez PROPN NNP nsubj 3 I-PERSON
        3 spoke speak VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
    """, {('member-of-party', 'Maria Lopez', 'Conservative Party', None)},
        id='Tory Maria Lopez spoke. (the party and the person the model read as one name)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 7 I-PERSON
        2 , , PUNCT , punct 1 O
        3 of of ADP IN prep 1 O
        4 Nordwind Nordwind PROPN NNP compound 5 B-ORG
        5 Bank Bank PROPN NNP pobj 3 I-ORG
        6 , , PUNCT , punct 1 O
        7 said say VERB VBD ROOT 7 O
        8 the the DET DT det 9 O
        9 rate rate NOUN NN nsubj 11 O
        10 would would AUX MD aux 11 O
        11 fall fall VERB VB ccomp 7 O
        12 . . PUNCT . punct 7 O
    """, {('member-of-quoted', 'Tom Hale', 'Nordwind Bank', None)},
        id='Tom Hale, of Nordwind Bank, said the rate would fall. (quoted with an organisation)'),
    pytest.param("""
        0 " " PUNCT `` punct 6 O
        1 Demand demand NOUN NN nsubj 2 O
        2 is be AUX VBZ ccomp 6 O
        3 strong strong ADJ JJ acomp 2 O
        4 , , PUNCT , punct 6 O
        5 " " PUNCT '' punct 6 O
        6 said say VERB VBD ROOT 6 O
        7 Vantor Vantor PROPN NNP poss 10 B-ORG
        8 's 's PART POS case 7 O
        9 Lena Lena PROPN NNP compound 10 B-PERSON
        10 Park Park PROPN NNP nsubj 6 I-PERSON
        11 . . PUNCT . punct 6 O
    """, {('member-possessive-quoted', 'Lena Park', 'Vantor', None)},
        id='"Demand is strong," said Vantor\'s Lena Park. (quoted, the firm\'s possessive on the name)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 Lena Lena PROPN NNP compound 3 B-PERSON
        3 Park Park PROPN NNP nsubj 4 I-PERSON
        4 scored score VERB VBD ROOT 4 O
        5 twice twice ADV RB advmod 4 O
        6 . . PUNCT . punct 4 O
    """, {('member-possessive-name', 'Lena Park', 'Vantor', None)},
        id="Vantor's Lena Park scored twice. (a club's possessive on a person's name)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 prop prop NOUN NN compound 3 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP nsubj 4 I-PERSON
        4 scored score VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, {('role-premodifier-position', 'Tom Hale', 'Kestrel', 'prop')},
        id="Kestrel prop Tom Hale scored. (a player's position between the club's name and his)"),
    pytest.param("""
        0 Injured injured ADJ JJ amod 1 O
        1 prop prop NOUN NN compound 3 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP nsubj 4 I-PERSON
        4 rested rest VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, set(), id="Injured prop Tom Hale rested. (a position with no club named is no role of its own)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 physio physio NOUN NN compound 3 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP nsubj 4 I-PERSON
        4 was be AUX VBD ROOT 4 O
        5 hopeful hopeful ADJ JJ acomp 4 O
        6 . . PUNCT . punct 4 O
    """, {('role-premodifier-position', 'Tom Hale', 'Kestrel', 'physio')},
        id="Kestrel physio Tom Hale was hopeful. (a job in a side)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 Zephyr Zephyr PROPN NNP compound 3 B-PERSON
        3 Robot Robot PROPN NNP nsubj 4 I-PERSON
        4 danced dance VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, set(),
        id="Vantor's Zephyr Robot danced. (a firm's robot the model took for a person is no member)"),
    pytest.param("""
        0 " " PUNCT `` punct 5 O
        1 Costs cost NOUN NNS nsubj 2 O
        2 rose rise VERB VBD ccomp 5 O
        3 , , PUNCT , punct 5 O
        4 " " PUNCT '' punct 5 O
        5 said say VERB VBD ROOT 5 O
        6 Tom Tom PROPN NNP compound 7 B-PERSON
        7 Hale Hale PROPN NNP nsubj 5 I-PERSON
        8 , , PUNCT , punct 7 O
        9 from from ADP IN prep 7 O
        10 Kestrelbank Kestrelbank PROPN NNP pobj 9 B-ORG
        11 . . PUNCT . punct 5 O
    """, {('member-of-quoted', 'Tom Hale', 'Kestrelbank', None)},
        id='"Costs rose," said Tom Hale, from Kestrelbank. (quoted, the firm one comes from)'),
    pytest.param("""
        0 Costs cost NOUN NNS nsubj 1 O
        1 are be AUX VBP ccomp 4 O
        2 high high ADJ JJ acomp 1 O
        3 , , PUNCT , punct 4 O
        4 said say VERB VBD ROOT 4 O
        5 Lena Lena PROPN NNP compound 6 B-PERSON
        6 Park Park PROPN NNP nsubj 4 I-PERSON
        7 of of ADP IN prep 6 O
        8 Kestrel Kestrel PROPN NNP poss 10 B-ORG
        9 's 's PART POS case 8 O
        10 results result NOUN NNS pobj 7 O
        11 . . PUNCT . punct 4 O
    """, {('member-of', 'Lena Park', 'Kestrel', None)},
        id="Costs are high, said Lena Park of Kestrel's results. (the firm is what she speaks of: not the "
           "quoted reading)"),
    pytest.param("""
        0 Ana Ana PROPN NNP compound 1 B-PERSON
        1 Diaz Diaz PROPN NNP nsubj 7 I-PERSON
        2 and and CCONJ CC cc 1 O
        3 Marco Marco PROPN NNP compound 4 B-PERSON
        4 Rossi Rossi PROPN NNP conj 1 I-PERSON
        5 of of ADP IN prep 4 O
        6 Fiat Fiat PROPN NNP pobj 5 B-ORG
        7 attended attend VERB VBD ROOT 7 O
        8 the the DET DT det 9 O
        9 launch launch NOUN NN dobj 7 O
        10 . . PUNCT . punct 7 O
    """, {('member-of-list', 'Ana Diaz', 'Fiat', None), ('member-of', 'Marco Rossi', 'Fiat', None)},
        id='Ana Diaz and Marco Rossi of Fiat attended the launch.'),
    pytest.param("""
        0 Britain Britain PROPN NNP poss 3 B-GPE
        1 's 's PART POS case 0 O
        2 Gordon Gordon PROPN NNP compound 3 B-PERSON
        3 Brown Brown PROPN NNP nsubj 4 I-PERSON
        4 flew fly VERB VBD ROOT 4 O
        5 to to ADP IN prep 4 O
        6 Paris Paris PROPN NNP pobj 5 B-GPE
        7 . . PUNCT . punct 4 O
    """, set(), id="Britain's Gordon Brown flew to Paris."),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 2 I-PERSON
        2 is be AUX VBZ ROOT 2 O
        3 the the DET DT det 4 O
        4 chairman chairman NOUN NN attr 2 O
        5 of of ADP IN prep 4 O
        6 Nokia Nokia PROPN NNP pobj 5 B-ORG
        7 . . PUNCT . punct 2 O
    """, {('role-copula', 'Maria Lopez', 'Nokia', 'chairman')}, id='Maria Lopez is the chairman of Nokia.'),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 10 I-PERSON
        2 , , PUNCT , punct 1 O
        3 who who PRON WP nsubj 4 O
        4 is be AUX VBZ relcl 1 O
        5 the the DET DT det 6 O
        6 chairman chairman NOUN NN attr 4 O
        7 of of ADP IN prep 6 O
        8 Nokia Nokia PROPN NNP pobj 7 B-ORG
        9 , , PUNCT , punct 1 O
        10 spoke speak VERB VBD ROOT 10 O
        11 . . PUNCT . punct 10 O
    """, {('role-copula', 'Maria Lopez', 'Nokia', 'chairman')}, id='Maria Lopez, who is the chairman of Nokia, spoke.'),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 2 I-PERSON
        2 founded found VERB VBD ROOT 2 O
        3 Nokia Nokia PROPN NNP dobj 2 B-ORG
        4 in in ADP IN prep 2 O
        5 1990 1990 NUM CD pobj 4 B-DATE
        6 and and CCONJ CC cc 2 O
        7 later later ADV RB advmod 8 O
        8 joined join VERB VBD conj 2 O
        9 Siemens Siemens PROPN NNP dobj 8 B-ORG
        10 . . PUNCT . punct 2 O
    """, {('role-verb-found', 'Maria Lopez', 'Nokia', 'founder'), ('role-verb-join', 'Maria Lopez', 'Siemens', None)},
        id='Maria Lopez founded Nokia in 1990 and later joined Siemens.'),
    pytest.param("""
        0 Nokia Nokia PROPN NNP nsubjpass 2 B-ORG
        1 was be AUX VBD auxpass 2 O
        2 founded found VERB VBN ROOT 2 O
        3 by by ADP IN agent 2 O
        4 Maria Maria PROPN NNP compound 5 B-PERSON
        5 Lopez Lopez PROPN NNP pobj 3 I-PERSON
        6 in in ADP IN prep 2 O
        7 1990 1990 NUM CD pobj 6 B-DATE
        8 . . PUNCT . punct 2 O
    """, {('role-verb-found', 'Maria Lopez', 'Nokia', 'founder')}, id='Nokia was founded by Maria Lopez in 1990.'),
    pytest.param("""
        0 Nordwind Nordwind PROPN NNP nsubjpass 2 B-ORG
        1 was be AUX VBD auxpass 2 O
        2 started start VERB VBN ROOT 2 O
        3 by by ADP IN agent 2 O
        4 Ann Ann PROPN NNP compound 5 B-PERSON
        5 Ruiz Ruiz PROPN NNP pobj 3 I-PERSON
        6 and and CCONJ CC cc 5 O
        7 Tom Tom PROPN NNP compound 8 B-PERSON
        8 Hale Hale PROPN NNP conj 5 I-PERSON
        9 in in ADP IN prep 2 O
        10 1998 1998 NUM CD pobj 9 B-DATE
        11 . . PUNCT . punct 2 O
    """, {('role-verb-start', 'Ann Ruiz', 'Nordwind', 'founder'), ('role-verb-start', 'Tom Hale', 'Nordwind', 'founder')},
        id='Nordwind was started by Ann Ruiz and Tom Hale in 1998.'),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 7 I-PERSON
        2 , , PUNCT , punct 1 O
        3 who who PRON WP nsubj 4 O
        4 heads head VERB VBZ relcl 1 O
        5 Siemens Siemens PROPN NNP dobj 4 B-ORG
        6 , , PUNCT , punct 1 O
        7 said say VERB VBD ROOT 7 O
        8 the the DET DT det 9 O
        9 deal deal NOUN NN nsubjpass 11 O
        10 was be AUX VBD auxpass 11 O
        11 done do VERB VBN ccomp 7 O
        12 . . PUNCT . punct 7 O
    """, {('role-verb-head', 'Maria Lopez', 'Siemens', 'head')}, id='Maria Lopez, who heads Siemens, said the deal was done.'),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 2 I-PERSON
        2 works work VERB VBZ ROOT 2 O
        3 for for ADP IN prep 2 O
        4 Toyota Toyota PROPN NNP pobj 3 B-ORG
        5 in in ADP IN prep 2 O
        6 Tokyo Tokyo PROPN NNP pobj 5 B-GPE
        7 . . PUNCT . punct 2 O
    """, {('role-verb-work', 'Maria Lopez', 'Toyota', None)}, id='Maria Lopez works for Toyota in Tokyo.'),
    pytest.param("""
        0 Marco Marco PROPN NNP compound 1 B-PERSON
        1 Rossi Rossi PROPN NNP nsubj 2 I-PERSON
        2 served serve VERB VBD ROOT 2 O
        3 as as ADP IN prep 2 O
        4 chairman chairman NOUN NN pobj 3 O
        5 of of ADP IN prep 4 O
        6 Fiat Fiat PROPN NNP pobj 5 B-ORG
        7 until until ADP IN prep 2 O
        8 2004 2004 NUM CD pobj 7 B-DATE
        9 . . PUNCT . punct 2 O
    """, {('role-as', 'Marco Rossi', 'Fiat', 'chairman')}, id='Marco Rossi served as chairman of Fiat until 2004.'),
    pytest.param("""
        0 Fiat Fiat PROPN NNP nsubj 1 B-ORG
        1 named name VERB VBD ROOT 1 O
        2 Marco Marco PROPN NNP compound 3 B-PERSON
        3 Rossi Rossi PROPN NNP dobj 1 I-PERSON
        4 chief chief ADJ JJ amod 5 O
        5 executive executive NOUN NN oprd 1 O
        6 on on ADP IN prep 1 O
        7 Monday Monday PROPN NNP pobj 6 B-DATE
        8 . . PUNCT . punct 1 O
    """, {('role-appointed', 'Marco Rossi', 'Fiat', 'chief executive')}, id='Fiat named Marco Rossi chief executive on Monday.'),
    pytest.param("""
        0 Marco Marco PROPN NNP compound 1 B-PERSON
        1 Rossi Rossi PROPN NNP nsubjpass 3 I-PERSON
        2 was be AUX VBD auxpass 3 O
        3 hired hire VERB VBN ROOT 3 O
        4 by by ADP IN agent 3 O
        5 Fiat Fiat PROPN NNP pobj 4 B-ORG
        6 as as ADP IN prep 3 O
        7 chief chief ADJ JJ amod 8 O
        8 executive executive NOUN NN pobj 6 O
        9 . . PUNCT . punct 3 O
    """, {('role-appointed', 'Marco Rossi', 'Fiat', 'chief executive')}, id='Marco Rossi was hired by Fiat as chief executive.'),
    pytest.param("""
        0 Fiat Fiat PROPN NNP nsubj 1 B-ORG
        1 promoted promote VERB VBD ROOT 1 O
        2 Marco Marco PROPN NNP compound 3 B-PERSON
        3 Rossi Rossi PROPN NNP dobj 1 I-PERSON
        4 to to ADP IN prep 1 O
        5 chief chief ADJ JJ amod 6 O
        6 executive executive NOUN NN pobj 4 O
        7 . . PUNCT . punct 1 O
    """, {('role-appointed', 'Marco Rossi', 'Fiat', 'chief executive')}, id='Fiat promoted Marco Rossi to chief executive.'),
    pytest.param("""
        0 Marco Marco PROPN NNP compound 1 B-PERSON
        1 Rossi Rossi PROPN NNP nsubjpass 3 I-PERSON
        2 was be AUX VBD auxpass 3 O
        3 appointed appoint VERB VBN ROOT 3 O
        4 chief chief ADJ JJ amod 5 O
        5 executive executive NOUN NN oprd 3 O
        6 of of ADP IN prep 5 O
        7 Fiat Fiat PROPN NNP pobj 6 B-ORG
        8 in in ADP IN prep 3 O
        9 2004 2004 NUM CD pobj 8 B-DATE
        10 . . PUNCT . punct 3 O
    """, {('role-appointed', 'Marco Rossi', 'Fiat', 'chief executive')},
        id='Marco Rossi was appointed chief executive of Fiat in 2004.'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 2 I-PERSON
        2 taught teach VERB VBD ROOT 2 O
        3 at at ADP IN prep 2 O
        4 Yale Yale PROPN NNP compound 5 B-ORG
        5 University University PROPN NNP pobj 3 I-ORG
        6 , , PUNCT , punct 5 O
        7 where where SCONJ WRB advmod 9 O
        8 he he PRON PRP nsubj 9 O
        9 is be AUX VBZ relcl 5 O
        10 a a DET DT det 11 O
        11 professor professor NOUN NN attr 9 O
        12 of of ADP IN prep 11 O
        13 history history NOUN NN pobj 12 O
        14 . . PUNCT . punct 2 O
    """, {('role-where', 'Tom Hale', 'Yale University', 'professor of history')},
        id='Tom Hale taught at Yale University, where he is a professor of history.'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 13 I-PERSON
        2 , , PUNCT , punct 1 O
        3 the the DET DT det 4 O
        4 director director NOUN NN appos 1 O
        5 of of ADP IN prep 4 O
        6 the the DET DT det 8 B-ORG
        7 Bauer Bauer PROPN NNP compound 8 I-ORG
        8 Center Center PROPN NNP pobj 5 I-ORG
        9 at at ADP IN prep 8 O
        10 Yale Yale PROPN NNP compound 11 B-ORG
        11 University University PROPN NNP pobj 9 I-ORG
        12 , , PUNCT , punct 1 O
        13 said say VERB VBD ROOT 13 O
        14 so so ADV RB advmod 13 O
        15 . . PUNCT . punct 13 O
    """, {('role-apposition', 'Tom Hale', 'Yale University', 'director of the Bauer Center')},
        id='Tom Hale, the director of the Bauer Center at Yale University, said so. (held where the unit is)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 13 I-PERSON
        2 , , PUNCT , punct 1 O
        3 a a DET DT det 4 O
        4 lecturer lecturer NOUN NN appos 1 O
        5 at at ADP IN prep 4 O
        6 the the DET DT det 8 B-ORG
        7 Bauer Bauer PROPN NNP compound 8 I-ORG
        8 Center Center PROPN NNP pobj 5 I-ORG
        9 at at ADP IN prep 8 O
        10 Yale Yale PROPN NNP compound 11 B-ORG
        11 University University PROPN NNP pobj 9 I-ORG
        12 , , PUNCT , punct 1 O
        13 said say VERB VBD ROOT 13 O
        14 so so ADV RB advmod 13 O
        15 . . PUNCT . punct 13 O
    """, {('role-apposition', 'Tom Hale', 'Bauer Center', 'lecturer'), ('member-of-parent', 'Tom Hale', 'Yale University', None)},
        id='Tom Hale, a lecturer at the Bauer Center at Yale University, said so. (a unit "at", not "of": its parent too)'),
    pytest.param("""
        0 Nordwind Nordwind PROPN NNP compound 1 B-ORG
        1 Radio Radio PROPN NNP compound 2 I-ORG
        2 actress actress NOUN NN compound 4 O
        3 Ann Ann PROPN NNP compound 4 B-PERSON
        4 Ruiz Ruiz PROPN NNP nsubj 5 I-PERSON
        5 quit quit VERB VBD ROOT 5 O
        6 the the DET DT det 7 O
        7 show show NOUN NN dobj 5 O
        8 . . PUNCT . punct 5 O
    """, {('role-premodifier-title', 'Ann Ruiz', None, 'actress')},
        id='Nordwind Radio actress Ann Ruiz quit the show. (an actress acts in a work, no member of it)'),
    pytest.param("""
        0 Writing write VERB VBG advcl 9 O
        1 in in ADP IN prep 0 O
        2 the the DET DT det 5 O
        3 Kestrel Kestrel PROPN NNP compound 4 B-ORG
        4 Post Post PROPN NNP compound 5 I-ORG
        5 newspaper newspaper NOUN NN pobj 1 O
        6 , , PUNCT , punct 9 O
        7 Ann Ann PROPN NNP compound 8 B-PERSON
        8 Ruiz Ruiz PROPN NNP nsubj 9 I-PERSON
        9 says say VERB VBZ ROOT 9 O
        10 speed speed NOUN NN nsubj 11 O
        11 kills kill VERB VBZ ccomp 9 O
        12 . . PUNCT . punct 9 O
    """, set(), id='Writing in the Kestrel Post newspaper, Ann Ruiz says speed kills. (a newspaper is no role)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 promised promise VERB VBD ROOT 2 O
        3 lower low ADJ JJR amod 4 O
        4 taxes taxis NOUN NNS dobj 2 O
        5 . . PUNCT . punct 2 O
        6 The the DET DT det 9 O
        7 Kestrel Kestrel PROPN NNP compound 8 B-ORG
        8 Party Party PROPN NNP compound 9 I-ORG
        9 leader leader NOUN NN nsubj 11 O
        10 also also ADV RB advmod 11 O
        11 spoke speak VERB VBD ROOT 11 O
        12 . . PUNCT . punct 11 O
    """, {('role-described', 'Ann Ruiz', 'Kestrel Party', 'leader')},
        id='Ann Ruiz promised lower taxes. The Kestrel Party leader also spoke. (the one person just named)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP poss 3 I-PERSON
        2 's 's PART POS case 1 I-PERSON
        3 plan plan NOUN NN nsubj 4 O
        4 is be AUX VBZ ccomp 12 O
        5 a a DET DT det 6 O
        6 sham sham NOUN NN attr 4 O
        7 , , PUNCT , punct 12 O
        8 the the DET DT det 11 B-ORG
        9 Kestrel Kestrel PROPN NNP compound 10 I-ORG
        10 Party Party PROPN NNP compound 11 I-ORG
        11 leader leader NOUN NN nsubj 12 O
        12 said say VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, set(), id="Ann Ruiz's plan is a sham, the Kestrel Party leader said. (one named in what the leader says)"),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 5 I-PERSON
        2 and and CCONJ CC cc 1 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP conj 1 I-PERSON
        5 met meet VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
        7 The the DET DT det 10 O
        8 Kestrel Kestrel PROPN NNP compound 9 B-ORG
        9 Party Party PROPN NNP compound 10 I-ORG
        10 leader leader NOUN NN nsubj 11 O
        11 spoke speak VERB VBD ROOT 11 O
        12 . . PUNCT . punct 11 O
    """, set(), id='Ann Ruiz and Tom Hale met. The Kestrel Party leader spoke. (two people: which one is not said)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Bank Bank PROPN NNP compound 2 I-ORG
        2 chairman chairman NOUN NN compound 4 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubj 5 I-PERSON
        5 spoke speak VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
        7 The the DET DT det 9 O
        8 Vantor Vantor PROPN NNP compound 9 B-ORG
        9 spokesman spokesman NOUN NN nsubj 10 O
        10 said say VERB VBD ROOT 10 O
        11 sales sale NOUN NNS nsubj 12 O
        12 rose rise VERB VBD ccomp 10 O
        13 . . PUNCT . punct 10 O
    """, {('role-premodifier', 'Tom Hale', 'Kestrel Bank', 'chairman')},
        id="Kestrel Bank chairman Tom Hale spoke. The Vantor spokesman said sales rose. (another firm's man)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Bank Bank PROPN NNP compound 2 I-ORG
        2 chairman chairman NOUN NN compound 4 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubj 5 I-PERSON
        5 met meet VERB VBD ROOT 5 O
        6 Ann Ann PROPN NNP compound 7 B-PERSON
        7 Ruiz Ruiz PROPN NNP dobj 5 I-PERSON
        8 . . PUNCT . punct 5 O
        9 The the DET DT det 11 O
        10 Vantor Vantor PROPN NNP compound 11 B-ORG
        11 spokeswoman spokeswoman NOUN NN nsubj 12 O
        12 smiled smile VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('role-premodifier', 'Tom Hale', 'Kestrel Bank', 'chairman'),
          ('role-described', 'Ann Ruiz', 'Vantor', 'spokeswoman')},
        id="Kestrel Bank chairman Tom Hale met Ann Ruiz. The Vantor spokeswoman smiled. (the one of two "
           "with no role elsewhere)"),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 rang ring VERB VBD ROOT 2 O
        3 . . PUNCT . punct 2 O
        4 " " PUNCT `` punct 10 O
        5 We we PRON PRP nsubj 6 O
        6 are be AUX VBP ccomp 10 O
        7 pleased pleased ADJ JJ acomp 6 O
        8 , , PUNCT , punct 10 O
        9 " " PUNCT '' punct 10 O
        10 said say VERB VBD ROOT 10 O
        11 the the DET DT det 14 O
        12 Kestrel Kestrel PROPN NNP compound 13 B-ORG
        13 Bank Bank PROPN NNP compound 14 I-ORG
        14 spokesman spokesman NOUN NN nsubj 10 O
        15 . . PUNCT . punct 10 O
    """, set(), id='Ann Ruiz rang. "We are pleased," said the Kestrel Bank spokesman. (an unnamed source)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Motors Motors PROPN NNP nsubjpass 3 I-ORG
        2 today today NOUN NN npadvmod 3 B-DATE
        3 named name VERB VBD ROOT 3 O
        4 Ann Ann PROPN NNP compound 5 B-PERSON
        5 Ruiz Ruiz PROPN NNP dobj 3 I-PERSON
        6 as as ADP IN prep 3 O
        7 its its PRON PRP$ poss 10 O
        8 new new ADJ JJ amod 10 O
        9 chief chief ADJ JJ amod 10 O
        10 executive executive NOUN NN pobj 6 O
        11 . . PUNCT . punct 3 O
    """, {('role-appointed', 'Ann Ruiz', 'Kestrel Motors', 'chief executive')},
        id='Kestrel Motors today named Ann Ruiz as its new chief executive. ("its" is the one that names)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubjpass 3 I-PERSON
        2 was be AUX VBD auxpass 3 O
        3 named name VERB VBN ROOT 3 O
        4 player player NOUN NN oprd 3 O
        5 of of ADP IN prep 4 O
        6 the the DET DT det 7 B-DATE
        7 year year NOUN NN pobj 5 I-DATE
        8 by by ADP IN agent 3 O
        9 the the DET DT det 12 B-ORG
        10 Kestrel Kestrel PROPN NNP compound 12 I-ORG
        11 Tennis Tennis PROPN NNP compound 12 I-ORG
        12 Association Association PROPN NNP pobj 8 I-ORG
        13 . . PUNCT . punct 3 O
    """, set(), id='Tom Hale was named player of the year by the Kestrel Tennis Association. (a prize, not a post)'),
    pytest.param(SUCCESSION, {('role-succeeded', 'Ann Ruiz', 'Kestrel Bank', 'chief executive'),
          ('role-succeeded', 'Tom Hale', 'Kestrel Bank', 'chief executive'),
          ('role-as', 'Ann Ruiz', 'Kestrel Bank', 'chief executive')},
        id='Ann Ruiz will succeed Tom Hale as chief executive of Kestrel Bank. (the one succeeded held it)'),
    # a title that opens the sentence is the same role as in lower case
    pytest.param("""
        0 Co co NOUN NN nsubj 10 O
        1 - - NOUN NN punct 0 O
        2 founder founder NOUN NN nsubj 10 O
        3 of of ADP IN prep 2 O
        4 Vantor Vantor PROPN NNP compound 5 B-ORG
        5 Labs Labs PROPN NNP pobj 3 I-ORG
        6 , , PUNCT , punct 5 O
        7 Tom Tom PROPN NNP compound 8 B-PERSON
        8 Hale Hale PROPN NNP appos 5 I-PERSON
        9 , , PUNCT , punct 5 O
        10 said say VERB VBD ROOT 10 O
        11 sales sale NOUN NNS nsubj 12 O
        12 rose rise VERB VBD ccomp 10 O
        13 . . PUNCT . punct 10 O
    """, {('role-before-name', 'Tom Hale', 'Vantor Labs', 'co-founder')},
        id='Co-founder of Vantor Labs, Tom Hale, said sales rose.'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 11 I-PERSON
        2 , , PUNCT , punct 1 O
        3 director director NOUN NN appos 1 O
        4 of of ADP IN prep 3 O
        5 Marine Marine PROPN NNP compound 6 B-ORG
        6 Studies Studies PROPN NNPS pobj 4 I-ORG
        7 at at ADP IN prep 3 O
        8 Kestrel Kestrel PROPN NNP compound 9 B-ORG
        9 University University PROPN NNP pobj 7 I-ORG
        10 , , PUNCT , punct 1 O
        11 said say VERB VBD ROOT 11 O
        12 prices price NOUN NNS nsubj 14 O
        13 would would AUX MD aux 14 O
        14 fall fall VERB VB ccomp 11 O
        15 . . PUNCT . punct 11 O
    """, {('role-apposition', 'Ann Ruiz', 'Kestrel University', 'director of Marine Studies')},
        id='Ann Ruiz, director of Marine Studies at Kestrel University, said prices would fall. (held where the unit is)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 11 I-PERSON
        2 , , PUNCT , punct 1 O
        3 head head NOUN NN appos 1 O
        4 of of ADP IN prep 3 O
        5 Retail Retail PROPN NNP compound 6 B-ORG
        6 Banking Banking PROPN NNP pobj 4 I-ORG
        7 at at ADP IN prep 6 O
        8 Vantor Vantor PROPN NNP compound 9 B-ORG
        9 Bank Bank PROPN NNP pobj 7 I-ORG
        10 , , PUNCT , punct 1 O
        11 said say VERB VBD ROOT 11 O
        12 the the DET DT det 13 O
        13 figures figure NOUN NNS nsubj 14 O
        14 were be AUX VBD ccomp 11 O
        15 poor poor ADJ JJ acomp 14 O
        16 . . PUNCT . punct 11 O
    """, {('role-apposition', 'Tom Hale', 'Vantor Bank', 'head of Retail Banking')},
        id='Tom Hale, head of Retail Banking at Vantor Bank, said the figures were poor. (the "at" hung on the unit)'),
    pytest.param("""
        0 Rock rock NOUN NN compound 1 O
        1 band band NOUN NN compound 2 O
        2 Kestrel Kestrel PROPN NNP nsubj 4 B-ORG
        3 will will AUX MD aux 4 O
        4 tour tour VERB VB ROOT 4 O
        5 . . PUNCT . punct 4 O
        6 Drummer drummer NOUN NN compound 8 O
        7 Roger Roger PROPN NNP compound 8 B-PERSON
        8 Hale Hale PROPN NNP nsubj 9 I-PERSON
        9 said say VERB VBD ROOT 9 O
        10 so so ADV RB advmod 9 O
        11 . . PUNCT . punct 9 O
    """, {('role-premodifier-title', 'Roger Hale', None, 'drummer'),
          ('role-band-context', 'Roger Hale', 'Kestrel', 'drummer')},
        id='Rock band Kestrel will tour. Drummer Roger Hale said so. (a player of the one band of the article)'),
    pytest.param(TEAM_SHEET, {('member-bracketed', 'Ann Ruiz', 'Zorbit Wanderers', None),
                              ('member-bracketed', 'Tom Hale', 'Quenbyx', 'captain'),
                              ('member-bracketed', 'Li Wei', 'Zorbit Wanderers', None)},
                 id='Ann Ruiz (Zorbit Wanderers), Tom Hale (Quenbyx, capt), ... (a team sheet: each player his club)'),
]


@pytest.mark.parametrize("table, expected", CASES)
def test_role_constructions(table, expected):
    assert role_facts(table) == expected


def test_every_construction_module_is_exercised():
    from kg.extract.roles import PERSON_CONSTRUCTIONS

    rules = {rule for case in CASES for rule, *_ in case.values[1]}
    families = {"apposition": {"role-apposition", "role-before-name"}, "premodifier": {"role-premodifier"},
                "membership": {"member-of", "member-of-quoted", "member-of-list", "member-of-parent"}, "copula": {"role-copula"},
                "leading": {"role-verb-found", "role-verb-head"}, "serving": {"role-verb-work", "role-as"},
                "appointing": {"role-appointed"}, "bracketed": {"member-bracketed"}}
    assert {c.__module__.rsplit(".", 1)[1] for c in PERSON_CONSTRUCTIONS} == set(families)
    for module, wanted in families.items():
        assert wanted & rules, f"no case for {module}"
    assert "role-where" in rules
    assert "role-title-context" in rules
    assert "role-described" in rules
    assert "role-band-context" in rules


@pytest.mark.parametrize("text", [
    # two bands: which one is the drummer's is left open
    "Rock band Kestrel will tour with the band Zorbit next year. Drummer Roger Hale said the band was ready.",
    # a band the model did not read as a name is the drummer's own
    "Rock band Kestrel will tour next year. He has also played with The Who drummer Roger Hale.",
])
def test_a_player_is_the_articles_bands_only_where_nothing_says_otherwise(extract, text):
    assert not [f for f in extract(text).facts if f.evidence.rule == "role-band-context"]


@pytest.mark.parametrize("text", [
    "Vantor Scotland's chief economist Tom Hale said rates would rise.",
    "Vantor Scotland chief economist Tom Hale said rates would rise.",
])
def test_a_firm_whose_name_ends_in_a_home_nation_is_the_firm_its_roles_name(extract, text):
    # "Scotland" is a place the name mentions too, but the word the role hangs on names the firm
    roles = {(f.subject.name, f.obj.name if f.obj else None, f.role) for f in extract(text).facts if f.family == ROLE}
    assert roles == {("Tom Hale", "Vantor Scotland", "chief economist")}


def test_a_job_title_starts_after_a_line_break_and_a_dash(extract):
    # a list's items, a dash after the line break: the parser runs the last line into the next
    text = "The panel met in Harlowfield \n - assistant manager Tom Hale said the show would run."
    assert {f.role for f in extract(text).facts if f.family == ROLE} == {"assistant manager"}


def role_times(table: str) -> set[tuple]:
    return {(f.subject.name, f.obj.name if f.obj else None, f.role, f.status) for f in pattern_roles(table)}


TIME_CASES = [
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 1 B-ORG
        1 Bank Bank PROPN NNP nsubj 3 I-ORG
        2 has have AUX VBZ aux 3 O
        3 named name VERB VBN ROOT 3 O
        4 Ann Ann PROPN NNP compound 5 B-PERSON
        5 Ruiz Ruiz PROPN NNP dobj 3 I-PERSON
        6 as as ADP IN prep 3 O
        7 its its PRON PRP$ poss 10 O
        8 next next ADJ JJ amod 10 O
        9 chief chief ADJ JJ amod 10 O
        10 executive executive NOUN NN pobj 6 O
        11 . . PUNCT . punct 3 O
    """, {('Ann Ruiz', 'Vantor Bank', 'chief executive', 'future')},
        id='Vantor Bank has named Ann Ruiz as its next chief executive. ("next": a role to come)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 9 I-PERSON
        2 , , PUNCT , punct 1 O
        3 now now ADV RB advmod 4 O
        4 chairman chairman NOUN NN appos 1 O
        5 of of ADP IN prep 4 O
        6 Vantor Vantor PROPN NNP compound 7 B-ORG
        7 Bank Bank PROPN NNP pobj 5 I-ORG
        8 , , PUNCT , punct 1 O
        9 spoke speak VERB VBD ROOT 9 O
        10 . . PUNCT . punct 9 O
    """, {('Tom Hale', 'Vantor Bank', 'chairman', 'current')},
        id='Tom Hale, now chairman of Vantor Bank, spoke. ("now" is the time, not a word of the role)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 met meet VERB VBD ROOT 2 O
        3 then then ADV RB advmod 2 O
        4 Vantor Vantor PROPN NNP compound 6 B-ORG
        5 chief chief NOUN NN compound 6 O
        6 executive executive NOUN NN compound 8 O
        7 Tom Tom PROPN NNP compound 8 B-PERSON
        8 Hale Hale PROPN NNP npadvmod 2 I-PERSON
        9 . . PUNCT . punct 2 O
    """, {('Tom Hale', 'Vantor', 'chief executive', 'former')},
        id='Ann Ruiz met then Vantor chief executive Tom Hale. ("then" on the verb dates the role)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 left leave VERB VBD ROOT 2 O
        3 , , PUNCT , punct 2 O
        4 and and CCONJ CC cc 2 O
        5 then then ADV RB advmod 11 O
        6 Vantor Vantor PROPN NNP compound 8 B-ORG
        7 chief chief NOUN NN amod 8 O
        8 executive executive NOUN NN compound 10 O
        9 Tom Tom PROPN NNP compound 10 B-PERSON
        10 Hale Hale PROPN NNP nsubj 11 I-PERSON
        11 spoke speak VERB VBD conj 2 O
        12 . . PUNCT . punct 11 O
    """, {('Tom Hale', 'Vantor', 'chief executive', 'current')},
        id='Ann Ruiz left, and then Vantor chief executive Tom Hale spoke. ("and then" orders events)'),
    pytest.param(SUCCESSION, {('Ann Ruiz', 'Kestrel Bank', 'chief executive', 'future'),
          ('Tom Hale', 'Kestrel Bank', 'chief executive', 'former')},
        id='Ann Ruiz will succeed Tom Hale as chief executive of Kestrel Bank. (to come, and past)'),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 10 I-PERSON
        2 , , PUNCT , punct 1 O
        3 the the DET DT det 6 O
        4 former former ADJ JJ amod 6 O
        5 chief chief ADJ JJ amod 6 O
        6 executive executive NOUN NN appos 1 O
        7 of of ADP IN prep 6 O
        8 Siemens Siemens PROPN NNP pobj 7 B-ORG
        9 , , PUNCT , punct 1 O
        10 said say VERB VBD ROOT 10 O
        11 the the DET DT det 12 O
        12 plan plan NOUN NN nsubj 13 O
        13 was be AUX VBD ccomp 10 O
        14 ready ready ADJ JJ acomp 13 O
        15 . . PUNCT . punct 10 O
    """, {('Maria Lopez', 'Siemens', 'chief executive', 'former')},
        id='Maria Lopez, the former chief executive of Siemens, said the plan was ready.'),
    pytest.param("""
        0 Ex Ex PROPN NNP compound 3 B-ORG
        1 - - ADJ JJ amod 3 I-ORG
        2 Nokia Nokia PROPN NNP compound 3 I-ORG
        3 chairman chairman NOUN NN compound 5 O
        4 Paul Paul PROPN NNP compound 5 B-PERSON
        5 Meyer Meyer PROPN NNP nsubj 6 I-PERSON
        6 spoke speak VERB VBD ROOT 6 O
        7 on on ADP IN prep 6 O
        8 Monday Monday PROPN NNP pobj 7 B-DATE
        9 . . PUNCT . punct 6 O
    """, {('Paul Meyer', 'Nokia', 'chairman', 'former')},
        id='Ex-Nokia chairman Paul Meyer spoke on Monday.'),
    pytest.param("""
        0 Marco Marco PROPN NNP compound 1 B-PERSON
        1 Rossi Rossi PROPN NNP nsubj 2 I-PERSON
        2 resigned resign VERB VBD ROOT 2 O
        3 as as ADP IN prep 2 O
        4 chairman chairman NOUN NN pobj 3 O
        5 of of ADP IN prep 4 O
        6 Fiat Fiat PROPN NNP pobj 5 B-ORG
        7 in in ADP IN prep 4 O
        8 May May PROPN NNP pobj 7 B-DATE
        9 . . PUNCT . punct 2 O
    """, {('Marco Rossi', 'Fiat', 'chairman', 'former')},
        id='Marco Rossi resigned as chairman of Fiat in May.'),
    pytest.param("""
        0 Marco Marco PROPN NNP compound 1 B-PERSON
        1 Rossi Rossi PROPN NNP nsubj 2 I-PERSON
        2 left leave VERB VBD ROOT 2 O
        3 Fiat Fiat PROPN NNP dobj 2 B-ORG
        4 in in ADP IN prep 2 O
        5 2004 2004 NUM CD pobj 4 B-DATE
        6 . . PUNCT . punct 2 O
    """, {('Marco Rossi', 'Fiat', None, 'former')},
        id='Marco Rossi left Fiat in 2004.'),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 3 I-PERSON
        2 will will AUX MD aux 3 O
        3 become become VERB VB ROOT 3 O
        4 chief chief ADJ JJ amod 5 O
        5 executive executive NOUN NN attr 3 O
        6 of of ADP IN prep 5 O
        7 Nokia Nokia PROPN NNP pobj 6 B-ORG
        8 . . PUNCT . punct 3 O
    """, {('Maria Lopez', 'Nokia', 'chief executive', 'future')},
        id='Maria Lopez will become chief executive of Nokia.'),
    pytest.param("""
        0 Maria Maria PROPN NNP compound 1 B-PERSON
        1 Lopez Lopez PROPN NNP nsubj 2 I-PERSON
        2 is be AUX VBZ ROOT 2 O
        3 the the DET DT det 4 O
        4 chairman chairman NOUN NN attr 2 O
        5 of of ADP IN prep 4 O
        6 Nokia Nokia PROPN NNP pobj 5 B-ORG
        7 . . PUNCT . punct 2 O
    """, {('Maria Lopez', 'Nokia', 'chairman', 'current')},
        id='Maria Lopez is the chairman of Nokia.'),
    # a party named on a person is the person's party; a time word before it dates it
    pytest.param("""
        0 Former former ADJ JJ amod 2 O
        1 Kestrel Kestrel PROPN NNP compound 2 B-ORG
        2 Party Party PROPN NNP compound 4 I-ORG
        3 Maria Maria PROPN NNP compound 4 B-PERSON
        4 Lopez Lopez PROPN NNP nsubj 5 I-PERSON
        5 spoke speak VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, {('Maria Lopez', 'Kestrel Party', None, 'former')},
        id='Former Kestrel Party Maria Lopez spoke.'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Party Party PROPN NNP compound 3 I-ORG
        2 Maria Maria PROPN NNP compound 3 B-PERSON
        3 Lopez Lopez PROPN NNP nsubj 4 I-PERSON
        4 spoke speak VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, {('Maria Lopez', 'Kestrel Party', None, 'current')},
        id='Kestrel Party Maria Lopez spoke.'),
    # ... but not one after it, that dates what comes after: the former rebel is in the party still
    pytest.param("""
        0 But but CCONJ CC cc 6 O
        1 Labour Labour ADJ JJ compound 5 B-ORG
        2 former former ADJ JJ amod 3 O
        3 rebel rebel NOUN NN appos 1 O
        4 Tom Tom PROPN NNP compound 5 B-PERSON
        5 Hale Hale PROPN NNP nsubj 6 I-PERSON
        6 spoke speak VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """, {('Tom Hale', 'Labour Party', None, 'current')},
        id='But Labour former rebel Tom Hale spoke.'),
    # a title the parser hung on the organisation before it, as its apposition, is the title
    pytest.param("""
        0 But but CCONJ CC cc 6 O
        1 Labour Labour ADJ JJ compound 5 B-ORG
        2 former former ADJ JJ amod 3 O
        3 chairman chairman NOUN NN appos 1 O
        4 Tom Tom PROPN NNP compound 5 B-PERSON
        5 Hale Hale PROPN NNP nsubj 6 I-PERSON
        6 spoke speak VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """, {('Tom Hale', 'Labour Party', 'chairman', 'former')},
        id='But Labour former chairman Tom Hale spoke.'),
    # the title read before the name keeps its time word; the membership read after it takes the
    # title without it, and its time
    pytest.param("""
        0 Shares share NOUN NNS nsubj 1 O
        1 fell fall VERB VBD ccomp 3 O
        2 , , PUNCT , punct 1 O
        3 said say VERB VBD ROOT 3 O
        4 former former ADJ JJ amod 5 O
        5 analyst analyst NOUN NN compound 7 O
        6 Ann Ann PROPN NNP compound 7 B-PERSON
        7 Ruiz Ruiz PROPN NNP nsubj 3 I-PERSON
        8 at at ADP IN prep 7 O
        9 Kestrel Kestrel PROPN NNP compound 10 B-ORG
        10 Bank Bank PROPN NNP pobj 8 I-ORG
        11 . . PUNCT . punct 3 O
    """, {('Ann Ruiz', None, 'former analyst', 'current'), ('Ann Ruiz', 'Kestrel Bank', 'analyst', 'former')},
        id='Shares fell, said former analyst Ann Ruiz at Kestrel Bank.'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 posted post VERB VBD ROOT 1 O
        2 a a DET DT det 3 O
        3 profit profit NOUN NN dobj 1 O
        4 . . PUNCT . punct 1 O
        5 Former former ADJ JJ amod 7 O
        6 chief chief ADJ JJ amod 7 O
        7 executive executive NOUN NN compound 9 O
        8 Ann Ann PROPN NNP compound 9 B-PERSON
        9 Ruiz Ruiz PROPN NNP nsubj 10 I-PERSON
        10 said say VERB VBD ROOT 10 O
        11 the the DET DT det 12 O
        12 firm firm NOUN NN nsubj 14 O
        13 would would AUX MD aux 14 O
        14 grow grow VERB VB ccomp 10 O
        15 . . PUNCT . punct 10 O
    """, {('Ann Ruiz', None, 'former chief executive', 'current'), ('Ann Ruiz', 'Vantor', 'chief executive', 'former')},
        id='Vantor posted a profit. Former chief executive Ann Ruiz said the firm would grow.'),
    # the holder of the role the name carries has left it
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 2 B-ORG
        1 chief chief NOUN NN compound 2 O
        2 executive executive NOUN NN compound 4 O
        3 Ann Ann PROPN NNP compound 4 B-PERSON
        4 Ruiz Ruiz PROPN NNP nsubj 6 I-PERSON
        5 has have AUX VBZ aux 6 O
        6 stepped step VERB VBN ccomp 11 O
        7 down down ADV RB advmod 6 O
        8 , , PUNCT , punct 11 O
        9 the the DET DT det 10 O
        10 company company NOUN NN nsubj 11 O
        11 said say VERB VBD ROOT 11 O
        12 . . PUNCT . punct 11 O
    """, {('Ann Ruiz', 'Vantor', 'chief executive', 'former')},
        id='Vantor chief executive Ann Ruiz has stepped down, the company said.'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 bassist bassist NOUN NN compound 3 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP nsubj 5 I-PERSON
        4 has have AUX VBZ aux 5 O
        5 retired retire VERB VBN ROOT 5 O
        6 from from ADP IN prep 5 O
        7 the the DET DT det 8 O
        8 stage stage NOUN NN pobj 6 O
        9 . . PUNCT . punct 5 O
    """, {('Tom Hale', 'Kestrel', 'bassist', 'former')},
        id='Kestrel bassist Tom Hale has retired from the stage.'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 2 B-ORG
        1 chief chief NOUN NN compound 2 O
        2 executive executive NOUN NN compound 4 O
        3 Ann Ann PROPN NNP compound 4 B-PERSON
        4 Ruiz Ruiz PROPN NNP nsubj 5 I-PERSON
        5 resigned resign VERB VBD ROOT 5 O
        6 in in ADP IN prep 5 O
        7 March March PROPN NNP pobj 6 B-DATE
        8 . . PUNCT . punct 5 O
    """, {('Ann Ruiz', 'Vantor', 'chief executive', 'former')},
        id='Vantor chief executive Ann Ruiz resigned in March.'),
    # not when the leaving is denied, to come, or from somewhere else the text names
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 1 B-ORG
        1 chairman chairman NOUN NN compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 6 I-PERSON
        4 will will AUX MD aux 6 O
        5 not not PART RB neg 6 O
        6 resign resign VERB VB ROOT 6 O
        7 . . PUNCT . punct 6 O
    """, {('Ann Ruiz', 'Vantor', 'chairman', 'current')},
        id='Vantor chairman Ann Ruiz will not resign.'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 1 B-ORG
        1 chairman chairman NOUN NN compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        4 resigned resign VERB VBD ROOT 4 O
        5 from from ADP IN prep 4 O
        6 the the DET DT det 8 O
        7 Kestrel Kestrel PROPN NNP compound 8 B-ORG
        8 board board NOUN NN pobj 5 O
        9 . . PUNCT . punct 4 O
    """, {('Ann Ruiz', 'Vantor', 'chairman', 'current')},
        id='Vantor chairman Ann Ruiz resigned from the Kestrel board.'),
    pytest.param("""
        0 Critics critic NOUN NNS nsubj 1 O
        1 denied deny VERB VBD ROOT 1 O
        2 that that SCONJ IN mark 7 O
        3 Vantor Vantor PROPN NNP compound 4 B-ORG
        4 chairman chairman NOUN NN compound 6 O
        5 Ann Ann PROPN NNP compound 6 B-PERSON
        6 Ruiz Ruiz PROPN NNP nsubj 7 I-PERSON
        7 resigned resign VERB VBD ccomp 1 O
        8 . . PUNCT . punct 1 O
    """, {('Ann Ruiz', 'Vantor', 'chairman', 'current')},
        id='Critics denied that Vantor chairman Ann Ruiz resigned.'),
    # a post the simple past gives is held no more; the present or a reported clause keeps it
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 chaired chair VERB VBD ROOT 2 O
        3 Vantor Vantor PROPN NNP compound 4 B-ORG
        4 Mining Mining PROPN NNP dobj 2 I-ORG
        5 for for ADP IN prep 2 O
        6 six six NUM CD nummod 7 B-DATE
        7 years year NOUN NNS pobj 5 I-DATE
        8 . . PUNCT . punct 2 O
    """, {('Ann Ruiz', 'Vantor Mining', 'chair', 'former')},
        id='Ann Ruiz chaired Vantor Mining for six years.'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 chairs chair VERB VBZ ROOT 2 O
        3 Vantor Vantor PROPN NNP compound 4 B-ORG
        4 Mining Mining PROPN NNP dobj 2 I-ORG
        5 . . PUNCT . punct 2 O
    """, {('Ann Ruiz', 'Vantor Mining', 'chair', 'current')},
        id='Ann Ruiz chairs Vantor Mining.'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 2 I-PERSON
        2 was be AUX VBD ROOT 2 O
        3 finance finance NOUN NN compound 4 O
        4 director director NOUN NN attr 2 O
        5 at at ADP IN prep 4 O
        6 Vantor Vantor PROPN NNP compound 7 B-ORG
        7 Mining Mining PROPN NNP pobj 5 I-ORG
        8 when when SCONJ WRB advmod 11 O
        9 the the DET DT det 10 O
        10 scandal scandal NOUN NN nsubj 11 O
        11 broke break VERB VBD advcl 2 O
        12 . . PUNCT . punct 2 O
    """, {('Tom Hale', 'Vantor Mining', 'finance director', 'former')},
        id='Tom Hale was finance director at Vantor Mining when the scandal broke.'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 founded found VERB VBD ROOT 2 O
        3 Vantor Vantor PROPN NNP compound 4 B-ORG
        4 Mining Mining PROPN NNP dobj 2 I-ORG
        5 . . PUNCT . punct 2 O
    """, {('Ann Ruiz', 'Vantor Mining', 'founder', 'current')},
        id='Ann Ruiz founded Vantor Mining. (a founder stays one)'),
    pytest.param("""
        0 Critics critic NOUN NNS nsubj 1 O
        1 said say VERB VBD ROOT 1 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        4 ran run VERB VBD ccomp 1 O
        5 Vantor Vantor PROPN NNP compound 6 B-ORG
        6 Mining Mining PROPN NNP dobj 4 I-ORG
        7 . . PUNCT . punct 1 O
    """, {('Ann Ruiz', 'Vantor Mining', 'head', 'current')},
        id='Critics said Ann Ruiz ran Vantor Mining. (the saying sets the tense)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 10 I-PERSON
        2 , , PUNCT , punct 1 O
        3 a a DET DT det 8 O
        4 one one NUM CD nummod 6 B-CARDINAL
        5 - - PUNCT HYPH punct 6 O
        6 time time NOUN NN compound 8 O
        7 Kestrel Kestrel PROPN NNP compound 8 B-ORG
        8 director director NOUN NN appos 1 O
        9 , , PUNCT , punct 1 O
        10 spoke speak VERB VBD ROOT 10 O
        11 . . PUNCT . punct 10 O
    """, {('Tom Hale', 'Kestrel', 'director', 'former')},
        id='Tom Hale, a one-time Kestrel director, spoke. (the hyphened time word, split by the tokenizer)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 ex ex NOUN NN nsubjpass 12 O
        2 - - NOUN NN nsubjpass 12 O
        3 president president NOUN NN appos 2 O
        4 of of ADP IN prep 3 O
        5 Kestrel Kestrel PROPN NNP compound 6 B-ORG
        6 Bank Bank PROPN NNP pobj 4 I-ORG
        7 , , PUNCT , punct 6 O
        8 Ann Ann PROPN NNP compound 9 B-PERSON
        9 Ruiz Ruiz PROPN NNP appos 6 I-PERSON
        10 , , PUNCT , punct 6 O
        11 was be AUX VBD auxpass 12 O
        12 jailed jail VERB VBN ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('Ann Ruiz', 'Kestrel Bank', 'president', 'former')},
        id='The ex-president of Kestrel Bank, Ann Ruiz, was jailed. (the parser leaves "ex" off the role)'),
    pytest.param("""
        0 Tory tory NOUN NN compound 5 B-NORP
        1 ex ex NOUN NN compound 5 O
        2 - - NOUN NN compound 5 O
        3 minister minister NOUN NN compound 5 O
        4 Tom Tom PROPN NNP compound 5 B-PERSON
        5 Hale Hale PROPN NNP nsubj 6 I-PERSON
        6 said say VERB VBD ROOT 6 O
        7 so so ADV RB advmod 6 O
        8 . . PUNCT . punct 6 O
    """, {('Tom Hale', 'Conservative Party', 'minister', 'former')},
        id='Tory ex-minister Tom Hale said so. (each piece of "ex-minister" hung on the name)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 8 I-PERSON
        2 , , PUNCT , punct 1 O
        3 once once ADV RB advmod 4 O
        4 chairman chairman NOUN NN appos 1 O
        5 of of ADP IN prep 4 O
        6 Vantor Vantor PROPN NNP pobj 5 B-ORG
        7 , , PUNCT , punct 1 O
        8 agreed agree VERB VBD ROOT 8 O
        9 . . PUNCT . punct 8 O
    """, {('Ann Ruiz', 'Vantor', 'chairman', 'former')},
        id='Ann Ruiz, once chairman of Vantor, agreed. (an adverb that dates the role)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 12 I-PERSON
        2 , , PUNCT , punct 1 O
        3 formerly formerly ADV RB advmod 1 O
        4 a a DET DT det 6 O
        5 Vantor Vantor PROPN NNP compound 6 B-ORG
        6 executive executive NOUN NN appos 1 O
        7 running run VERB VBG acl 6 O
        8 its its PRON PRP$ poss 10 O
        9 phone phone NOUN NN compound 10 O
        10 unit unit NOUN NN dobj 7 O
        11 , , PUNCT , punct 1 O
        12 agreed agree VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('Tom Hale', 'Vantor', 'executive', 'former')},
        id='Tom Hale, formerly a Vantor executive running its phone unit, agreed. (the adverb hung on the name)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Bank Bank PROPN NNP nsubj 2 I-ORG
        2 sacked sack VERB VBD ROOT 2 O
        3 its its PRON PRP$ poss 5 O
        4 chief chief ADJ JJ amod 5 O
        5 executive executive NOUN NN dobj 2 O
        6 Tom Tom PROPN NNP compound 7 B-PERSON
        7 Hale Hale PROPN NNP appos 5 I-PERSON
        8 on on ADP IN prep 2 O
        9 Monday Monday PROPN NNP pobj 8 B-DATE
        10 . . PUNCT . punct 2 O
    """, {('Tom Hale', 'Kestrel Bank', 'chief executive', 'former')},
        id='Kestrel Bank sacked its chief executive Tom Hale on Monday. (a body put its holder out)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Bank Bank PROPN NNP nsubj 3 I-ORG
        2 could could AUX MD aux 3 O
        3 fire fire VERB VB ROOT 3 O
        4 its its PRON PRP$ poss 6 O
        5 chief chief ADJ JJ amod 6 O
        6 executive executive NOUN NN dobj 3 O
        7 Tom Tom PROPN NNP compound 8 B-PERSON
        8 Hale Hale PROPN NNP appos 6 I-PERSON
        9 . . PUNCT . punct 3 O
    """, {('Tom Hale', 'Kestrel Bank', 'chief executive', 'current')},
        id='Kestrel Bank could fire its chief executive Tom Hale. (what could be done is not done)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubjpass 3 I-PERSON
        2 was be AUX VBD auxpass 3 O
        3 sacked sack VERB VBN ROOT 3 O
        4 as as ADP IN prep 3 O
        5 manager manager NOUN NN pobj 4 O
        6 of of ADP IN prep 5 O
        7 Kestrel Kestrel PROPN NNP compound 8 B-ORG
        8 Rovers Rovers PROPN NNPS pobj 6 I-ORG
        9 in in ADP IN prep 5 O
        10 May May PROPN NNP pobj 9 B-DATE
        11 . . PUNCT . punct 3 O
    """, {('Ann Ruiz', 'Kestrel Rovers', 'manager', 'former')},
        id='Ann Ruiz was sacked as manager of Kestrel Rovers in May. (a passive removal with "as")'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubjpass 4 I-PERSON
        2 could could AUX MD aux 4 O
        3 be be AUX VB auxpass 4 O
        4 sacked sack VERB VBN ROOT 4 O
        5 as as ADP IN prep 4 O
        6 chairman chairman NOUN NN pobj 5 O
        7 of of ADP IN prep 6 O
        8 Kestrel Kestrel PROPN NNP compound 9 B-ORG
        9 Bank Bank PROPN NNP pobj 7 I-ORG
        10 . . PUNCT . punct 4 O
    """, {('Tom Hale', 'Kestrel Bank', 'chairman', 'current')},
        id='Tom Hale could be sacked as chairman of Kestrel Bank. (a removal only wished for)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Airways Airways PROPN NNP nsubj 2 I-ORG
        2 said say VERB VBD ROOT 2 O
        3 its its PRON PRP$ poss 4 O
        4 chairman chairman NOUN NN nsubj 10 O
        5 , , PUNCT , punct 4 O
        6 Tom Tom PROPN NNP compound 7 B-PERSON
        7 Hale Hale PROPN NNP appos 4 I-PERSON
        8 , , PUNCT , punct 4 O
        9 had have AUX VBD aux 10 O
        10 resigned resign VERB VBN ccomp 2 O
        11 . . PUNCT . punct 2 O
    """, {('Tom Hale', 'Kestrel Airways', 'chairman', 'former')},
        id='Kestrel Airways said its chairman, Tom Hale, had resigned. (the role phrase is the subject, the name beside it)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Bank Bank PROPN NNP compound 2 I-ORG
        2 chairman chairman NOUN NN compound 4 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubjpass 6 I-PERSON
        5 was be AUX VBD auxpass 6 O
        6 ousted oust VERB VBN ROOT 6 O
        7 in in ADP IN prep 6 O
        8 a a DET DT det 10 O
        9 boardroom boardroom NOUN NN compound 10 O
        10 coup coup NOUN NN pobj 7 O
        11 . . PUNCT . punct 6 O
    """, {('Tom Hale', 'Kestrel Bank', 'chairman', 'former')},
        id='Kestrel Bank chairman Tom Hale was ousted in a boardroom coup. (the holder of a premodified role ousted)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 stepped step VERB VBD ROOT 2 O
        3 down down ADV RB advmod 2 O
        4 as as ADP IN prep 2 O
        5 chairman chairman NOUN NN pobj 4 O
        6 of of ADP IN prep 5 O
        7 Kestrel Kestrel PROPN NNP pobj 6 B-ORG
        8 in in ADP IN prep 2 O
        9 May May PROPN NNP pobj 8 B-DATE
        10 . . PUNCT . punct 2 O
    """, {('Ann Ruiz', 'Kestrel', 'chairman', 'former')},
        id='Ann Ruiz stepped down as chairman of Kestrel in May. ("down" parsed as an adverb)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 3 I-PERSON
        2 will will AUX MD aux 3 O
        3 step step VERB VB ROOT 3 O
        4 down down ADP RP prt 3 O
        5 as as ADP IN prep 3 O
        6 chairman chairman NOUN NN pobj 5 O
        7 of of ADP IN prep 6 O
        8 Kestrel Kestrel PROPN NNP pobj 7 B-ORG
        9 next next ADJ JJ amod 10 B-DATE
        10 year year NOUN NN npadvmod 3 I-DATE
        11 . . PUNCT . punct 3 O
    """, {('Ann Ruiz', 'Kestrel', 'chairman', 'current')},
        id='Ann Ruiz will step down as chairman of Kestrel next year. (she holds the post until then)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 2 I-PERSON
        2 is be AUX VBZ ROOT 2 O
        3 to to PART TO aux 4 O
        4 step step VERB VB xcomp 2 O
        5 down down ADP RP prt 4 O
        6 as as ADP IN prep 4 O
        7 chairman chairman NOUN NN pobj 6 O
        8 of of ADP IN prep 7 O
        9 Vantor Vantor PROPN NNP pobj 8 B-ORG
        10 . . PUNCT . punct 2 O
    """, {('Tom Hale', 'Vantor', 'chairman', 'current')},
        id='Tom Hale is to step down as chairman of Vantor. (a to-infinitive on "be": planned, held until then)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 is be AUX VBZ ROOT 2 O
        3 to to PART TO aux 4 O
        4 join join VERB VB xcomp 2 O
        5 Kestrel Kestrel PROPN NNP dobj 4 B-ORG
        6 as as ADP IN prep 4 O
        7 finance finance NOUN NN compound 8 O
        8 director director NOUN NN pobj 6 O
        9 . . PUNCT . punct 2 O
    """, {('Ann Ruiz', 'Kestrel', 'finance director', 'future')},
        id='Ann Ruiz is to join Kestrel as finance director. (a role to come)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 9 I-PERSON
        2 , , PUNCT , punct 1 O
        3 previously previously ADV RB advmod 6 O
        4 a a DET DT det 6 O
        5 Vantor Vantor PROPN NNP compound 6 B-ORG
        6 engineer engineer NOUN NN appos 1 O
        7 , , PUNCT , punct 1 O
        8 has have AUX VBZ aux 9 O
        9 joined join VERB VBN ROOT 9 O
        10 Kestrel Kestrel PROPN NNP dobj 9 B-ORG
        11 . . PUNCT . punct 9 O
    """, {('Tom Hale', 'Vantor', 'engineer', 'former'), ('Tom Hale', 'Kestrel', None, 'current')},
        id='Tom Hale, previously a Vantor engineer, has joined Kestrel. (the adverb is no part of the role)'),
    # a founder who leaves stays the founder; the post held beside it ends
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 1 B-ORG
        1 founder founder NOUN NN compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 5 I-PERSON
        4 has have AUX VBZ aux 5 O
        5 retired retire VERB VBN ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, {('Ann Ruiz', 'Vantor', 'founder', 'current')},
        id='Vantor founder Ann Ruiz has retired.'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 11 I-PERSON
        2 , , PUNCT , punct 1 O
        3 the the DET DT det 4 O
        4 founder founder NOUN NN appos 1 O
        5 and and CCONJ CC cc 4 O
        6 chairman chairman NOUN NN conj 4 O
        7 of of ADP IN prep 6 O
        8 Vantor Vantor PROPN NNP pobj 7 B-ORG
        9 , , PUNCT , punct 1 O
        10 has have AUX VBZ aux 11 O
        11 retired retire VERB VBN ROOT 11 O
        12 . . PUNCT . punct 11 O
    """, {('Ann Ruiz', 'Vantor', 'founder', 'current'), ('Ann Ruiz', 'Vantor', 'chairman', 'former')},
        id='Ann Ruiz, the founder and chairman of Vantor, has retired.'),
]


@pytest.mark.parametrize("table, expected", TIME_CASES)
def test_when_a_role_is_held(table, expected):
    assert role_times(table) == expected


def test_a_dated_title_is_no_guessed_memberships_time():
    hale, labour = EntityRef(PERSON, "Tom Hale"), EntityRef(ORGANIZATION, "Labour Party")
    sentence = "Tom Hale, a former minister, defected to Labour."

    def fact(obj, role, rule):
        return Fact(ROLE, hale, obj, role, Evidence("t", 0, len(sentence), sentence, rule, 0.8))

    title = fact(None, "former minister", "role-apposition-title")
    # the classifier's membership may be another one than the title's: it takes no title and no time
    assert titled.extract([title, fact(labour, None, "learned-work_for")]) == []
    # a pattern's membership read with the title is the title's: the role without its time word, and the time
    (joined,) = titled.extract([title, fact(labour, None, "member-of")])
    assert (joined.role, joined.status) == ("minister", "former")


def test_an_employer_the_model_missed_is_read_from_a_named_persons_job():
    # "an analyst at Kestrelbank": the job of a named person names an employer the model left untagged
    missed = """
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 8 I-PERSON
        2 , , PUNCT , punct 1 O
        3 an an DET DT det 4 O
        4 analyst analyst NOUN NN appos 1 O
        5 at at ADP IN prep 4 O
        6 Kestrelbank Kestrelbank PROPN NNP pobj 5 O
        7 , , PUNCT , punct 1 O
        8 said say VERB VBD ROOT 8 O
        9 costs cost NOUN NNS nsubj 10 O
        10 fell fall VERB VBD ccomp 8 O
        11 . . PUNCT . punct 8 O
    """
    assert ('role-apposition', 'Tom Hale', 'Kestrelbank', 'analyst') in role_facts(missed)
    # ... but not the end of a longer name the parse cut: "the Vantor and Kestrel Project"
    cut = """
        0 Lena Lena PROPN NNP compound 1 B-PERSON
        1 Park Park PROPN NNP nsubj 11 I-PERSON
        2 , , PUNCT , punct 1 O
        3 director director NOUN NN appos 1 O
        4 of of ADP IN prep 3 O
        5 the the DET DT det 9 O
        6 Vantor Vantor PROPN NNP nmod 9 O
        7 and and CCONJ CC cc 6 O
        8 Kestrel Kestrel PROPN NNP compound 9 O
        9 Project Project PROPN NNP pobj 4 O
        10 , , PUNCT , punct 1 O
        11 said say VERB VBD ROOT 11 O
        12 costs cost NOUN NNS nsubj 13 O
        13 fell fall VERB VBD ccomp 11 O
        14 . . PUNCT . punct 11 O
    """
    assert not any(obj for _rule, _who, obj, _role in role_facts(cut))


def test_an_employer_the_model_missed_is_read_before_a_job_with_words_of_its_own():
    # "Zorbit Trust chief executive, Ann Ruiz, said": the job's own words stand between the
    # employer and the job, and the name comes after it between commas
    commas = """
        0 Costs cost NOUN NNS nsubj 1 O
        1 fell fall VERB VBD ROOT 1 O
        2 . . PUNCT . punct 1 O
        3 Zorbit Zorbit PROPN NNP nmod 4 O
        4 Trust Trust PROPN NNP nmod 6 O
        5 chief chief ADJ JJ amod 6 O
        6 executive executive NOUN NN nsubj 11 O
        7 , , PUNCT , punct 6 O
        8 Ann Ann PROPN NNP compound 9 B-PERSON
        9 Ruiz Ruiz PROPN NNP appos 6 I-PERSON
        10 , , PUNCT , punct 6 O
        11 said say VERB VBD ROOT 11 O
        12 costs cost NOUN NNS nsubj 13 O
        13 fell fall VERB VBD ccomp 11 O
        14 . . PUNCT . punct 11 O
    """
    assert ('role-apposition', 'Ann Ruiz', 'Zorbit Trust', 'chief executive') in role_facts(commas)
    before = """
        0 Costs cost NOUN NNS nsubj 1 O
        1 fell fall VERB VBD ccomp 3 O
        2 , , PUNCT , punct 3 O
        3 said say VERB VBD ROOT 3 O
        4 Kestrel Kestrel PROPN NNP compound 5 O
        5 Bank Bank PROPN NNP compound 7 O
        6 finance finance NOUN NN compound 7 O
        7 director director NOUN NN compound 9 O
        8 Tom Tom PROPN NNP compound 9 B-PERSON
        9 Hale Hale PROPN NNP nsubj 3 I-PERSON
        10 . . PUNCT . punct 3 O
    """
    assert any(who == 'Tom Hale' and obj == 'Kestrel Bank' and role == 'finance director'
               for _rule, who, obj, role in role_facts(before))
    # ... but a film's title the parse cut ("Touching the Zephyr director Ann Ruiz") is no employer
    film = """
        0 The the DET DT det 1 O
        1 panel panel NOUN NN nsubj 2 O
        2 included include VERB VBD ROOT 2 O
        3 Touching Touching PROPN NNP compound 6 O
        4 the the DET DT det 6 O
        5 Zephyr Zephyr PROPN NNP compound 6 O
        6 director director NOUN NN dobj 2 O
        7 Ann Ann PROPN NNP compound 8 B-PERSON
        8 Ruiz Ruiz PROPN NNP appos 6 I-PERSON
        9 . . PUNCT . punct 2 O
    """
    assert not any(obj for _rule, _who, obj, _role in role_facts(film))


def test_a_club_the_model_missed_or_took_for_a_common_noun_is_read_before_a_players_place():
    # "the hosts' Kestrelton striker Tom Hale": a club named after its town, untagged, and read
    # as the noun "kestrelton" by the parser; a national team ("Wales coach") is left to the nation
    for word, pos in (("Kestrelton", "PROPN NNP"), ("Kestrelton", "NOUN NN"), ("Wales", "NOUN NNS")):
        table = f"""
            0 Costs cost NOUN NNS nsubj 1 O
            1 fell fall VERB VBD ccomp 3 O
            2 , , PUNCT , punct 1 O
            3 said say VERB VBD ROOT 3 O
            4 the the DET DT det 5 O
            5 hosts host NOUN NNS poss 8 O
            6 ' ' PART POS case 5 O
            7 {word} {word.lower()} {pos} compound 8 O
            8 striker striker NOUN NN compound 10 O
            9 Tom Tom PROPN NNP compound 10 B-PERSON
            10 Hale Hale PROPN NNP nsubj 3 I-PERSON
            11 . . PUNCT . punct 3 O
        """
        clubs = {obj for _rule, who, obj, _role in role_facts(table) if who == 'Tom Hale' and obj}
        assert clubs == (set() if word == "Wales" else {word}), (word, pos)


def test_a_boss_a_spokesman_and_a_president_name_the_firm_they_work_for():
    # "said Zorbit boss Tom Hale": the firm of a boss, a manager, a spokesman or a president,
    # whether the model read the name as a person or missed it
    boss = """
        0 Costs cost NOUN NNS nsubj 1 O
        1 fell fall VERB VBD ccomp 3 O
        2 , , PUNCT , punct 3 O
        3 said say VERB VBD ROOT 3 O
        4 Zorbit Zorbit PROPN NNP compound 5 {tag}
        5 boss boss NOUN NN compound 7 O
        6 Tom Tom PROPN NNP compound 7 B-PERSON
        7 Hale Hale PROPN NNP nsubj 3 I-PERSON
        8 . . PUNCT . punct 3 O
    """
    for tag in ("B-PERSON", "O"):
        assert ('role-premodifier', 'Tom Hale', 'Zorbit', 'boss') in role_facts(boss.format(tag=tag))
    # "president of the industry's tracker Zorbit Data": the firm the president heads, though a
    # noun shaped like a person's job stands before its name
    tracker = """
        0 Sales sale NOUN NNS nsubj 1 O
        1 rose rise VERB VBD ccomp 3 O
        2 , , PUNCT , punct 3 O
        3 said say VERB VBD ROOT 3 O
        4 Tom Tom PROPN NNP compound 5 B-PERSON
        5 Hale Hale PROPN NNP nsubj 3 I-PERSON
        6 , , PUNCT , punct 5 O
        7 president president NOUN NN appos 5 O
        8 of of ADP IN prep 7 O
        9 the the DET DT det 10 O
        10 industry industry NOUN NN poss 12 O
        11 's 's PART POS case 10 O
        12 tracker tracker NOUN NN compound 14 O
        13 Zorbit Zorbit PROPN NNP compound 14 O
        14 Data Data PROPN NNP pobj 8 O
        15 . . PUNCT . punct 3 O
    """
    assert ('role-apposition', 'Tom Hale', 'Zorbit Data', 'president') in role_facts(tracker)
    # ... but "a T-Zorbit spokesperson" does not name a firm "Zorbit"
    hyphened = """
        0 Costs cost NOUN NNS nsubj 1 O
        1 fell fall VERB VBD ccomp 3 O
        2 , , PUNCT , punct 3 O
        3 said say VERB VBD ROOT 3 O
        4 Tom Tom PROPN NNP compound 5 B-PERSON
        5 Hale Hale PROPN NNP nsubj 3 I-PERSON
        6 , , PUNCT , punct 5 O
        7 a a DET DT det 11 O
        8 T T PROPN NNP compound 10 O
        9 - - PUNCT HYPH punct 10 O
        10 Zorbit Zorbit PROPN NNP compound 11 O
        11 spokesperson spokesperson NOUN NN appos 5 O
        12 . . PUNCT . punct 3 O
    """
    assert not any(obj == 'Zorbit' for _rule, _who, obj, _role in role_facts(hyphened))
    # ... nor does a singer's manager work for a firm named like the singer
    manager = """
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP compound 2 I-PERSON
        2 manager manager NOUN NN compound 4 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubj 5 I-PERSON
        5 dies die VERB VBZ ROOT 5 O
        6 . . PUNCT . punct 5 O
    """
    assert not any(obj for _rule, _who, obj, _role in role_facts(manager))


def test_a_party_that_opens_a_name_before_a_members_title_is_the_members_party():
    # "Lib Dem Treasury spokesman Tom Hale": the model read the party and the brief as one name
    table = """
        0 Lib Lib PROPN NNP compound 2 B-PERSON
        1 Dem Dem PROPN NNP compound 2 I-PERSON
        2 Treasury Treasury PROPN NNP compound 3 I-PERSON
        3 spokesman spokesman NOUN NN compound 5 O
        4 Tom Tom PROPN NNP compound 5 B-PERSON
        5 Hale Hale PROPN NNP nsubj 6 I-PERSON
        6 said say VERB VBD ROOT 6 O
        7 costs cost NOUN NNS nsubj 8 O
        8 fell fall VERB VBD ccomp 6 O
        9 . . PUNCT . punct 6 O
    """
    assert {(who, obj, role) for _rule, who, obj, role in role_facts(table) if obj} == {
        ('Tom Hale', 'Liberal Democrats', 'Treasury spokesman')}


def test_a_partys_whole_name_before_a_title_is_the_party_whole():
    # "A Labour Party spokesman": no party "Labour" and a brief "Party", a word the name matcher
    # would then find alone
    from kg.mentions.find import find_mentions

    doc = doc_from_table("""
        0 A a DET DT det 3 O
        1 Labour Labour PROPN NNP compound 2 B-ORG
        2 Party Party PROPN NNP compound 3 I-ORG
        3 spokesman spokesman NOUN NN nsubj 4 O
        4 spoke speak VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """)
    assert [(m.start, m.end, m.text) for m in find_mentions(doc)] == [(1, 3, "Labour Party")]


@pytest.mark.parametrize("word, role", [
    ("songwriter", True), ("economist", True), ("correspondent", True), ("chairman", True),
    ("newspaper", False), ("incident", False), ("thriller", False), ("statement", False),
    ("department", False), ("father", False), ("killer", False), ("shareholder", False),
    ("plant", False), ("consultant", True),  # a works, a person's job ("the assembly plant Vantor Motors")
    # a firm's noun no person is called, a person's job that a firm may be too
    ("carmaker", False), ("insurer", False), ("retailer", False), ("publisher", True), ("producer", True),
])
def test_a_noun_shaped_like_a_persons_job_is_one_only_if_it_names_a_person(word, role):
    from kg.extract.roles.words import is_role

    doc = doc_from_table(f"""
        0 the the DET DT det 1 O
        1 {word} {word} NOUN NN ROOT 1 O
    """)
    assert is_role(doc[1]) is role


def test_a_firm_the_model_missed_opening_the_sentence_is_named_when_no_word_of_the_language_is():
    # "Zorbitco chief economist Tom Hale said ...": the capital opening the sentence hides whether
    # the word is a name; one that no English noun or adjective is, is one, however the tagger
    # read it (an adjective, even). "Auction chief economist Tom Hale" opens with a word: no firm.
    table = """
        0 {word} {word} {pos} {tag} {dep} 2 O
        1 chief chief ADJ JJ amod 2 O
        2 economist economist NOUN NN compound 4 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubj 5 I-PERSON
        5 said say VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """
    for pos, tag, dep in (("PROPN", "NNP", "compound"), ("ADJ", "JJ", "amod"), ("NOUN", "NN", "compound")):
        facts = role_facts(table.format(word="Zorbitco", pos=pos, tag=tag, dep=dep))
        assert ('role-premodifier', 'Tom Hale', 'Zorbitco', 'chief economist') in facts, pos
        facts = role_facts(table.format(word="Auction", pos=pos, tag=tag, dep=dep))
        assert not any(obj for _rule, _who, obj, _role in facts), pos


def test_words_before_the_organisation_in_a_title_say_what_it_is_not_the_role():
    # "Rock band Kestrel drummer Tom Hale", "Software firm Vantor boss Ann Ruiz" (a time word stays
    # the status's)
    table = """
        0 Rock rock NOUN NN compound 1 O
        1 band band NOUN NN compound 3 O
        2 Kestrel Kestrel PROPN NNP compound 3 B-ORG
        3 drummer drummer NOUN NN compound 5 O
        4 Tom Tom PROPN NNP compound 5 B-PERSON
        5 Hale Hale PROPN NNP nsubj 14 I-PERSON
        6 and and CCONJ CC cc 5 O
        7 former former ADJ JJ amod 11 O
        8 software software NOUN NN compound 9 O
        9 firm firm NOUN NN compound 11 O
        10 Vantor Vantor PROPN NNP compound 11 B-ORG
        11 boss boss NOUN NN compound 13 O
        12 Ann Ann PROPN NNP compound 13 B-PERSON
        13 Ruiz Ruiz PROPN NNP conj 5 I-PERSON
        14 spoke speak VERB VBD ROOT 14 O
        15 . . PUNCT . punct 14 O
    """
    doc = doc_from_table(table)
    result = extract_article(Article("t", "", doc.text, "test"), doc)
    assert {(f.subject.name, f.obj.name, f.role, f.status) for f in result.facts if f.family == ROLE and f.obj} == {
        ("Tom Hale", "Kestrel", "drummer", "current"), ("Ann Ruiz", "Vantor", "boss", "former")}


@pytest.mark.parametrize("table, expected", [
    # a judgement written with a hyphen: "Tom Hale, a well-known civil rights activist, spoke."
    ("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 11 I-PERSON
        2 , , PUNCT , punct 1 O
        3 a a DET DT det 9 O
        4 well well ADV RB advmod 6 O
        5 - - PUNCT HYPH punct 6 O
        6 known know VERB VBN amod 9 O
        7 civil civil ADJ JJ amod 8 O
        8 rights right NOUN NNS compound 9 O
        9 activist activist NOUN NN appos 1 O
        10 , , PUNCT , punct 1 O
        11 spoke speak VERB VBD ROOT 11 O
        12 . . PUNCT . punct 11 O
    """, ("Tom Hale", None, "civil rights activist")),
    # how the role is held: "Ann Ruiz, now effectively the deputy chairman, spoke."
    ("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 9 I-PERSON
        2 , , PUNCT , punct 1 O
        3 now now ADV RB advmod 7 O
        4 effectively effectively ADV RB advmod 7 O
        5 the the DET DT det 7 O
        6 deputy deputy NOUN NN compound 7 O
        7 chairman chairman NOUN NN appos 1 O
        8 , , PUNCT , punct 1 O
        9 spoke speak VERB VBD ROOT 9 O
        10 . . PUNCT . punct 9 O
    """, ("Ann Ruiz", None, "deputy chairman")),
    # a judgement: "Ann Ruiz, the disgraced chairman, spoke."
    ("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 7 I-PERSON
        2 , , PUNCT , punct 1 O
        3 the the DET DT det 5 O
        4 disgraced disgrace VERB VBN amod 5 O
        5 chairman chairman NOUN NN appos 1 O
        6 , , PUNCT , punct 1 O
        7 spoke speak VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, ("Ann Ruiz", None, "chairman")),
    # a word that dates the role stays in a title: "Ann Ruiz, once chairman, spoke."
    ("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 6 I-PERSON
        2 , , PUNCT , punct 1 O
        3 once once ADV RB advmod 4 O
        4 chairman chairman NOUN NN appos 1 O
        5 , , PUNCT , punct 1 O
        6 spoke speak VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """, ("Ann Ruiz", None, "once chairman")),
    # and so does one in "-ly": "Ann Ruiz, previously chairman, spoke."
    ("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 6 I-PERSON
        2 , , PUNCT , punct 1 O
        3 previously previously ADV RB advmod 4 O
        4 chairman chairman NOUN NN appos 1 O
        5 , , PUNCT , punct 1 O
        6 spoke speak VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """, ("Ann Ruiz", None, "previously chairman")),
    # words across a spaced dash the parser hung on the role: "It fell, said club staff – assistant
    # manager Tom Hale." (a dash inside a word is none: "co-founder")
    ("""
        0 It it PRON PRP nsubj 1 O
        1 fell fall VERB VBD ccomp 3 O
        2 , , PUNCT , punct 3 O
        3 said say VERB VBD ROOT 3 O
        4 club club NOUN NN compound 5 O
        5 staff staff NOUN NN compound 8 O
        6 – – PUNCT : punct 5 O
        7 assistant assistant NOUN NN compound 8 O
        8 manager manager NOUN NN compound 10 O
        9 Tom Tom PROPN NNP compound 10 B-PERSON
        10 Hale Hale PROPN NNP nsubj 3 I-PERSON
        11 . . PUNCT . punct 3 O
    """, ("Tom Hale", None, "assistant manager")),
])
def test_a_roles_label_holds_no_judgement_nor_how_it_is_held(table, expected):
    doc = doc_from_table(table)
    result = extract_article(Article("t", "", doc.text, "test"), doc)
    assert [(f.subject.name, f.obj.name if f.obj else None, f.role) for f in result.facts if f.family == ROLE] == [expected]


@pytest.mark.parametrize("table, expected", [
    # a rank in a sport: "Tom Hale, the world number 37, won."
    ("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 8 I-PERSON
        2 , , PUNCT , punct 1 O
        3 the the DET DT det 5 O
        4 world world NOUN NN compound 5 O
        5 number number NOUN NN appos 1 O
        6 37 37 NUM CD nummod 5 B-CARDINAL
        7 , , PUNCT , punct 1 O
        8 won win VERB VBD ROOT 8 O
        9 . . PUNCT . punct 8 O
    """, []),
    # an award's category: "Best actor nominee Tom Hale arrived."
    ("""
        0 Best good ADJ JJS amod 2 O
        1 actor actor NOUN NN compound 2 O
        2 nominee nominee NOUN NN compound 4 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubj 5 I-PERSON
        5 arrived arrive VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, []),
    # a post in a firm: "Ann Ruiz, the number two at Kestrel, lost."
    ("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP ROOT 1 I-PERSON
        2 , , PUNCT , punct 1 O
        3 the the DET DT det 4 O
        4 number number NOUN NN appos 1 O
        5 two two NUM CD nummod 4 B-CARDINAL
        6 at at ADP IN prep 4 O
        7 Kestrel Kestrel PROPN NNP pobj 6 O
        8 , , PUNCT , punct 1 O
        9 lost lose VERB VBN acl 1 O
        10 . . PUNCT . punct 1 O
    """, [("Ann Ruiz", "number two at Kestrel")]),
])
def test_a_rank_in_a_sport_or_an_awards_category_is_no_job_title(table, expected):
    doc = doc_from_table(table)
    result = extract_article(Article("t", "", doc.text, "test"), doc)
    assert [(f.subject.name, f.role) for f in result.facts if f.family == ROLE] == expected


def test_a_word_opening_the_sentence_before_a_job_is_a_firm_where_the_article_writes_it_alone_as_a_name():
    # "Kestrels boss Tom Hale said ..." with "Ann Ruiz left Kestrels" later: the tagger reads the
    # capital opening the sentence as an adjective or a noun, and "kestrels" is a word of the
    # language; written alone with its capital inside a sentence, it is a name. "Health" of
    # "Health Secretary" stands beside another capital: no name alone, no firm.
    table = """
        0 {word} {word} ADJ JJ amod 1 O
        1 boss boss NOUN NN compound 3 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP nsubj 4 I-PERSON
        4 said say VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
        6 Ann Ann PROPN NNP compound 7 B-PERSON
        7 Ruiz Ruiz PROPN NNP nsubj 8 I-PERSON
        8 left leave VERB VBD ROOT 8 O
        9 {word} {word} PROPN NNP {dep} 8 O
        10 {after} {after} {after_pos} {after_tag} {after_dep} {after_head} O
        11 . . PUNCT . punct 8 O
    """
    alone = dict(dep="dobj", after="today", after_pos="NOUN", after_tag="NN", after_dep="npadvmod", after_head=8)
    facts = role_facts(table.format(word="Kestrels", **alone))
    assert ('role-premodifier', 'Tom Hale', 'Kestrels', 'boss') in facts
    beside = dict(dep="compound", after="Secretary", after_pos="PROPN", after_tag="NNP", after_dep="dobj", after_head=8)
    facts = role_facts(table.format(word="Health", **beside))
    assert not any(obj for _rule, _who, obj, _role in facts)


def test_a_name_the_parser_hangs_loosely_on_a_job_is_the_firm_only_right_before_the_jobs_words():
    # "Vantor deputy chief executive Tom Hale": the parser may hang the firm on the job as "nmod";
    # right before the job's own words, it is the job's firm, however the model read it. With a
    # dash or another name between, it is not: "Tom Hale - but finance director Ann Ruiz ...".
    table = """
        0 Vantor Vantor PROPN NNP nmod 3 B-PERSON
        1 deputy deputy NOUN NN amod 3 O
        2 chief chief ADJ JJ amod 3 O
        3 executive executive NOUN NN compound 5 O
        4 Tom Tom PROPN NNP compound 5 B-PERSON
        5 Hale Hale PROPN NNP nsubj 6 I-PERSON
        6 said say VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """
    assert ('role-premodifier', 'Tom Hale', 'Vantor', 'deputy chief executive') in role_facts(table)
    dashed = """
        0 Vantor Vantor PROPN NNP nmod 4 B-PERSON
        1 - - PUNCT : punct 4 O
        2 but but CCONJ CC cc 4 O
        3 finance finance NOUN NN compound 4 O
        4 director director NOUN NN compound 6 O
        5 Ann Ann PROPN NNP compound 6 B-PERSON
        6 Ruiz Ruiz PROPN NNP nsubj 7 I-PERSON
        7 said say VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """
    assert not any(obj for _rule, _who, obj, _role in role_facts(dashed))
    # "Vantor named Tom Hale chief executive": the parser hangs the holder on the job as "nmod";
    # a job set before no one's name makes no employer of the name before it
    appointed = """
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 named name VERB VBD ROOT 1 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP nmod 5 I-PERSON
        4 chief chief ADJ JJ amod 5 O
        5 executive executive NOUN NN oprd 1 O
        6 . . PUNCT . punct 1 O
    """
    found = {ref.name: ref.cls for ref in resolve(doc_from_table(appointed)).entities}
    assert found["Tom Hale"] == "Person"


def test_a_body_a_post_only_watches_or_speaks_on_is_its_brief_not_the_holders_body():
    # "Shadow Kestrel Office chief secretary Tom Hale": the opposition's post that watches the
    # office, no post in it; "the party's Kestrel Office spokesman": the party's, on the office. No
    # rule and no guess of the classifier makes either a member of the office; the party's
    # spokesman is the party's. "Deputy Kestrel Office chief secretary Tom Hale" is the office's.
    def memberships(table: str) -> set[tuple]:
        doc = doc_from_table(table)
        facts = extract_article(Article("t", doc.text, doc.text, "test"), doc).facts
        return {(f.subject.name, f.obj.name, f.role) for f in facts if f.family == ROLE and f.obj is not None}

    shadow = """
        0 {shadow} {shadow} PROPN NNP compound 4 O
        1 Kestrel Kestrel PROPN NNP compound 2 B-ORG
        2 Office Office PROPN NNP compound 4 I-ORG
        3 chief chief NOUN NN compound 4 O
        4 secretary secretary NOUN NN compound 6 O
        5 Tom Tom PROPN NNP compound 6 B-PERSON
        6 Hale Hale PROPN NNP nsubj 7 I-PERSON
        7 said say VERB VBD ROOT 7 O
        8 the the DET DT det 9 O
        9 figures figure NOUN NNS nsubj 10 O
        10 were be AUX VBD ccomp 7 O
        11 wrong wrong ADJ JJ acomp 10 O
        12 . . PUNCT . punct 7 O
    """
    assert not memberships(shadow.format(shadow="Shadow"))
    assert ('shadow kestrel office chief secretary' in
            {role for _rule, _who, obj, role in role_facts(shadow.format(shadow="Shadow")) if obj is None})
    deputy = shadow.replace("0 {shadow} {shadow} PROPN NNP compound 4 O", "0 Deputy deputy ADJ JJ amod 4 O")
    assert ("Tom Hale", "Kestrel Office", "deputy chief secretary") in memberships(deputy)
    party = """
        0 The the DET DT det 2 B-ORG
        1 Vantor Vantor PROPN NNP compound 2 I-ORG
        2 Party Party PROPN NNP nsubj 3 I-ORG
        3 wants want VERB VBZ ROOT 3 O
        4 a a DET DT det 6 O
        5 new new ADJ JJ amod 6 O
        6 tax tax NOUN NN dobj 3 O
        7 . . PUNCT . punct 3 O
        8 Tom Tom PROPN NNP compound 9 B-PERSON
        9 Hale Hale PROPN NNP nsubj 18 I-PERSON
        10 , , PUNCT , punct 9 O
        11 the the DET DT det 12 O
        12 party party NOUN NN poss 16 O
        13 's 's PART POS case 12 O
        14 Kestrel Kestrel PROPN NNP compound 15 B-ORG
        15 Office Office PROPN NNP compound 16 I-ORG
        16 spokesman spokesman NOUN NN appos 9 O
        17 , , PUNCT , punct 9 O
        18 said say VERB VBD ROOT 18 O
        19 it it PRON PRP nsubj 20 O
        20 was be AUX VBD ccomp 18 O
        21 fair fair ADJ JJ acomp 20 O
        22 . . PUNCT . punct 18 O
    """
    found = memberships(party)
    assert not any(obj == "Kestrel Office" for _who, obj, _role in found)
    assert ("Tom Hale", "Vantor Party", "kestrel office spokesman") in found


def test_a_team_sheets_clubs_the_model_missed_are_clubs():
    # read from the sheet's shape, a captain's mark beside one (the facts: CASES); a one-word club,
    # "Quenbyx", is no acronym of the player's name before it, and a person in brackets no club
    refs = {m.text: ref for m, ref in resolve(doc_from_table(TEAM_SHEET)).mentions}
    assert refs["Quenbyx"] == EntityRef(ORGANIZATION, "Quenbyx") and refs["Tom Hale"] == EntityRef(PERSON, "Tom Hale")
    assert refs["Zorbit Wanderers"] == EntityRef(ORGANIZATION, "Zorbit Wanderers")
    assert refs["Bob Kent"] == EntityRef(PERSON, "Bob Kent")


def test_a_list_of_nominees_gives_no_club_but_a_club_named_twice_in_words_of_the_language():
    # "Ann Ruiz (Blind Faith), Tom Hale (Stand Up), Li Wei (Mother), Sam Marsh (Wasps), Jo Kent
    # (Wasps).": films are named once each; a club's players are several
    nominees = """
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP ROOT 1 I-PERSON
        2 ( ( PUNCT -LRB- punct 1 O
        3 Blind Blind PROPN NNP compound 4 O
        4 Faith Faith PROPN NNP appos 1 O
        5 ) ) PUNCT -RRB- punct 1 O
        6 , , PUNCT , punct 1 O
        7 Tom Tom PROPN NNP compound 8 B-PERSON
        8 Hale Hale PROPN NNP appos 1 I-PERSON
        9 ( ( PUNCT -LRB- punct 10 O
        10 Stand stand VERB VB parataxis 1 O
        11 Up up ADP IN dobj 10 O
        12 ) ) PUNCT -RRB- punct 1 O
        13 , , PUNCT , punct 1 O
        14 Li Li PROPN NNP compound 15 B-PERSON
        15 Wei Wei PROPN NNP appos 1 I-PERSON
        16 ( ( PUNCT -LRB- punct 17 O
        17 Mother Mother PROPN NNP appos 15 O
        18 ) ) PUNCT -RRB- punct 15 O
        19 , , PUNCT , punct 15 O
        20 Sam Sam PROPN NNP compound 21 B-PERSON
        21 Marsh Marsh PROPN NNP conj 15 I-PERSON
        22 ( ( PUNCT -LRB- punct 23 O
        23 Wasps Wasps PROPN NNP appos 21 O
        24 ) ) PUNCT -RRB- punct 21 O
        25 , , PUNCT , punct 21 O
        26 Jo Jo PROPN NNP compound 27 B-PERSON
        27 Kent Kent PROPN NNP conj 21 I-PERSON
        28 ( ( PUNCT -LRB- punct 29 O
        29 Wasps Wasps PROPN NNP appos 27 O
        30 ) ) PUNCT -RRB- punct 27 O
        31 . . PUNCT . punct 1 O
    """
    assert {f for f in role_facts(nominees) if f[0] == "member-bracketed"} == {
        ("member-bracketed", "Sam Marsh", "Wasps", None),
        ("member-bracketed", "Jo Kent", "Wasps", None),
    }


def test_a_player_written_with_another_initial_is_not_the_one_named_in_full():
    # "Coach Ann Hale picked the side. T Hale (Quenbyx), Li Wei (Zorbit), Sam Marsh (Vantor).":
    # "T Hale" is no Ann Hale, whom the surname alone the model read would be
    sheet = """
        0 Coach coach NOUN NN compound 2 O
        1 Ann Ann PROPN NNP compound 2 B-PERSON
        2 Hale Hale PROPN NNP nsubj 3 I-PERSON
        3 picked pick VERB VBD ROOT 3 O
        4 the the DET DT det 5 O
        5 side side NOUN NN dobj 3 O
        6 . . PUNCT . punct 3 O
        7 T T PROPN NNP compound 8 O
        8 Hale Hale PROPN NNP ROOT 8 B-PERSON
        9 ( ( PUNCT -LRB- punct 10 O
        10 Quenbyx Quenbyx PROPN NNP appos 8 O
        11 ) ) PUNCT -RRB- punct 10 O
        12 , , PUNCT , punct 8 O
        13 Li Li PROPN NNP compound 14 B-PERSON
        14 Wei Wei PROPN NNP appos 8 I-PERSON
        15 ( ( PUNCT -LRB- punct 16 O
        16 Zorbit Zorbit PROPN NNP appos 14 O
        17 ) ) PUNCT -RRB- punct 16 O
        18 , , PUNCT , punct 14 O
        19 Sam Sam PROPN NNP compound 20 B-PERSON
        20 Marsh Marsh PROPN NNP conj 14 I-PERSON
        21 ( ( PUNCT -LRB- punct 22 O
        22 Vantor Vantor PROPN NNP appos 20 O
        23 ) ) PUNCT -RRB- punct 22 O
        24 . . PUNCT . punct 8 O
    """
    facts = {f for f in role_facts(sheet) if f[0] == "member-bracketed"}
    assert facts == {("member-bracketed", "T Hale", "Quenbyx", None), ("member-bracketed", "Li Wei", "Zorbit", None),
                     ("member-bracketed", "Sam Marsh", "Vantor", None)}


def test_the_clubs_in_brackets_are_no_items_of_a_team_sheets_list_of_people():
    # "Ann Ruiz (Zorbit), Tom Hale (Quenbyx), Li Wei (Vantor), Sam Marsh (Kestrelby).", the parser
    # listing the clubs with the players and the model reading one player as a firm: the names
    # around him make him a person as in any list of people, the clubs beside each name no items
    sheet = """
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP ROOT 1 I-PERSON
        2 ( ( PUNCT -LRB- punct 3 O
        3 Zorbit Zorbit PROPN NNP conj 1 O
        4 ) ) PUNCT -RRB- punct 3 O
        5 , , PUNCT , punct 1 O
        6 Tom Tom PROPN NNP compound 7 B-PERSON
        7 Hale Hale PROPN NNP conj 1 I-PERSON
        8 ( ( PUNCT -LRB- punct 9 O
        9 Quenbyx Quenbyx PROPN NNP conj 7 O
        10 ) ) PUNCT -RRB- punct 9 O
        11 , , PUNCT , punct 7 O
        12 Li Li PROPN NNP compound 13 B-ORG
        13 Wei Wei PROPN NNP conj 7 I-ORG
        14 ( ( PUNCT -LRB- punct 15 O
        15 Vantor Vantor PROPN NNP conj 13 O
        16 ) ) PUNCT -RRB- punct 15 O
        17 , , PUNCT , punct 13 O
        18 Sam Sam PROPN NNP compound 19 B-PERSON
        19 Marsh Marsh PROPN NNP conj 13 I-PERSON
        20 ( ( PUNCT -LRB- punct 21 O
        21 Kestrelby Kestrelby PROPN NNP conj 19 O
        22 ) ) PUNCT -RRB- punct 21 O
        23 . . PUNCT . punct 1 O
    """
    refs = {m.text: ref for m, ref in resolve(doc_from_table(sheet)).mentions}
    assert refs["Li Wei"] == EntityRef(PERSON, "Li Wei") and refs["Vantor"] == EntityRef(ORGANIZATION, "Vantor")
    assert ("member-bracketed", "Li Wei", "Vantor", None) in role_facts(sheet)


def test_a_bracket_alone_or_in_a_list_of_places_names_no_club():
    # "Ann Ruiz (Quenbyx) said prices rose.": one bracket is as often an acronym or another name
    alone = """
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 5 I-PERSON
        2 ( ( PUNCT -LRB- punct 3 O
        3 Quenbyx Quenbyx PROPN NNP appos 1 B-ORG
        4 ) ) PUNCT -RRB- punct 1 O
        5 said say VERB VBD ROOT 5 O
        6 prices price NOUN NNS nsubj 7 O
        7 rose rise VERB VBD ccomp 5 O
        8 . . PUNCT . punct 5 O
    """
    assert not [f for f in role_facts(alone) if f[0] == "member-bracketed"]
    # "Harlow (Zorbit Valley), Leeds (Kestrel Dales) and Tom Hale (Quenbyx) led.": a list of
    # places, each with its own name in brackets, and one person
    places = """
        0 Harlow Harlow PROPN NNP nsubj 17 B-GPE
        1 ( ( PUNCT -LRB- punct 0 O
        2 Zorbit Zorbit PROPN NNP compound 3 O
        3 Valley Valley PROPN NNP npadvmod 0 O
        4 ) ) PUNCT -RRB- punct 0 O
        5 , , PUNCT , punct 0 O
        6 Leeds Leeds PROPN NNPS conj 0 B-GPE
        7 ( ( PUNCT -LRB- punct 6 O
        8 Kestrel Kestrel PROPN NNP compound 9 O
        9 Dales Dales PROPN NNP appos 6 O
        10 ) ) PUNCT -RRB- punct 6 O
        11 and and CCONJ CC cc 6 O
        12 Tom Tom PROPN NNP compound 13 B-PERSON
        13 Hale Hale PROPN NNP conj 6 I-PERSON
        14 ( ( PUNCT -LRB- punct 15 O
        15 Quenbyx Quenbyx PROPN NNP appos 13 B-ORG
        16 ) ) PUNCT -RRB- punct 15 O
        17 led lead VERB VBD ROOT 17 O
        18 . . PUNCT . punct 17 O
    """
    assert not [f for f in role_facts(places) if f[0] == "member-bracketed"]
    assert "Zorbit Valley" not in {m.text for m, _ref in resolve(doc_from_table(places)).mentions}


def test_a_word_in_brackets_after_a_bodys_name_is_still_its_acronym():
    # "The Hellenic Zorbit Federation (Segas) met in Athens.": not a team sheet, nor a person's
    # name before the bracket; the acronym of another language's name keeps standing for it
    named = """
        0 The the DET DT det 3 B-ORG
        1 Hellenic Hellenic PROPN NNP compound 3 I-ORG
        2 Zorbit Zorbit PROPN NNP compound 3 I-ORG
        3 Federation Federation PROPN NNP nsubj 7 I-ORG
        4 ( ( PUNCT -LRB- punct 3 O
        5 Segas Segas PROPN NNP appos 3 B-PERSON
        6 ) ) PUNCT -RRB- punct 3 O
        7 met meet VERB VBD ROOT 7 O
        8 in in ADP IN prep 7 O
        9 Athens Athens PROPN NNP pobj 8 B-GPE
        10 . . PUNCT . punct 7 O
    """
    refs = {m.text: ref for m, ref in resolve(doc_from_table(named)).mentions}
    assert refs["Segas"] == refs["Hellenic Zorbit Federation"]


def test_a_team_sheets_club_the_model_read_as_a_person_is_the_club():
    # the sheet above with its first club "Zorbit Rugby", a name with no club's ending, which the
    # model read as a person's; a person's full name in brackets ("Bob Kent") stays one
    as_read = TEAM_SHEET.replace("3 Zorbit Zorbit PROPN NNP compound 4 O", "3 Zorbit Zorbit PROPN NNP compound 4 B-PERSON") \
        .replace("4 Wanderers Wanderers PROPN NNPS appos 1 O", "4 Rugby Rugby PROPN NNP appos 1 I-PERSON")
    assert as_read.count("PERSON") == TEAM_SHEET.count("PERSON") + 2
    refs = {m.text: ref for m, ref in resolve(doc_from_table(as_read)).mentions}
    assert refs["Zorbit Rugby"] == EntityRef(ORGANIZATION, "Zorbit Rugby")
    assert refs["Bob Kent"] == EntityRef(PERSON, "Bob Kent")
    assert ("member-bracketed", "Ann Ruiz", "Zorbit Rugby", None) in role_facts(as_read)


def test_two_players_of_one_surname_keep_their_initials():
    # "Ann Ruiz (Zorbit), A Hale (Quenbyx), S Hale (Vantor), Li Wei (Zorbit).", the model reading
    # one surname alone and the other with an "S" a possessive's might be: two players, each with
    # his club, not one "Hale" of both
    sheet = """
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP ROOT 1 I-PERSON
        2 ( ( PUNCT -LRB- punct 3 O
        3 Zorbit Zorbit PROPN NNP appos 1 O
        4 ) ) PUNCT -RRB- punct 3 O
        5 , , PUNCT , punct 1 O
        6 A A PROPN NNP compound 7 O
        7 Hale Hale PROPN NNP conj 1 B-PERSON
        8 ( ( PUNCT -LRB- punct 9 O
        9 Quenbyx Quenbyx PROPN NNP appos 7 O
        10 ) ) PUNCT -RRB- punct 9 O
        11 , , PUNCT , punct 7 O
        12 S S PROPN NNP compound 13 B-PERSON
        13 Hale Hale PROPN NNP conj 7 I-PERSON
        14 ( ( PUNCT -LRB- punct 15 O
        15 Vantor Vantor PROPN NNP appos 13 O
        16 ) ) PUNCT -RRB- punct 15 O
        17 , , PUNCT , punct 13 O
        18 Li Li PROPN NNP compound 19 B-PERSON
        19 Wei Wei PROPN NNP conj 13 I-PERSON
        20 ( ( PUNCT -LRB- punct 21 O
        21 Zorbit Zorbit PROPN NNP appos 19 O
        22 ) ) PUNCT -RRB- punct 21 O
        23 . . PUNCT . punct 1 O
    """
    assert {f for f in role_facts(sheet) if f[0] == "member-bracketed"} == {
        ("member-bracketed", "Ann Ruiz", "Zorbit", None), ("member-bracketed", "A Hale", "Quenbyx", None),
        ("member-bracketed", "S Hale", "Vantor", None), ("member-bracketed", "Li Wei", "Zorbit", None)}


def test_a_surname_found_again_after_another_initial_is_not_the_one_named_in_full():
    # "Coach Jon Hale picked the side. Hale said it was strong. G Hale (Quenbyx), Li Wei (Zorbit),
    # Sam Marsh (Vantor).", the model reading nothing of "G Hale": the surname, found again as
    # Jon Hale's, follows another initial
    sheet = """
        0 Coach Coach PROPN NNP compound 2 O
        1 Jon Jon PROPN NNP compound 2 B-PERSON
        2 Hale Hale PROPN NNP nsubj 3 I-PERSON
        3 picked pick VERB VBD ROOT 3 O
        4 the the DET DT det 5 O
        5 side side NOUN NN dobj 3 O
        6 . . PUNCT . punct 3 O
        7 Hale Hale PROPN NNP nsubj 8 B-PERSON
        8 said say VERB VBD ROOT 8 O
        9 it it PRON PRP nsubj 10 O
        10 was be AUX VBD ccomp 8 O
        11 strong strong ADJ JJ acomp 10 O
        12 . . PUNCT . punct 8 O
        13 G G PROPN NNP compound 14 O
        14 Hale Hale PROPN NNP ROOT 14 O
        15 ( ( PUNCT -LRB- punct 16 O
        16 Quenbyx Quenbyx PROPN NNP appos 14 O
        17 ) ) PUNCT -RRB- punct 16 O
        18 , , PUNCT , punct 14 O
        19 Li Li PROPN NNP compound 20 B-PERSON
        20 Wei Wei PROPN NNP appos 14 I-PERSON
        21 ( ( PUNCT -LRB- punct 22 O
        22 Zorbit Zorbit PROPN NNP appos 20 O
        23 ) ) PUNCT -RRB- punct 22 O
        24 , , PUNCT , punct 20 O
        25 Sam Sam PROPN NNP compound 26 B-PERSON
        26 Marsh Marsh PROPN NNP conj 20 I-PERSON
        27 ( ( PUNCT -LRB- punct 28 O
        28 Vantor Vantor PROPN NNP appos 26 O
        29 ) ) PUNCT -RRB- punct 28 O
        30 . . PUNCT . punct 14 O
    """
    assert {f for f in role_facts(sheet) if f[0] == "member-bracketed"} == {
        ("member-bracketed", "Li Wei", "Zorbit", None), ("member-bracketed", "Sam Marsh", "Vantor", None)}


def test_officers_of_the_police_and_the_courts_hold_their_posts_there(extract):
    def roles(text):
        return {(f.subject.name, f.obj.name if f.obj else None, f.role) for f in extract(text).facts
                if f.family == "role" and f.evidence.rule == "role-apposition"}

    assert roles('Tom Hale, assistant chief constable of Harlow Police, said: "We have always acted fairly."') == {
        ("Tom Hale", "Harlow Police", "assistant chief constable")}
    assert roles("Ann Ruiz, a solicitor at Kestrel Law, said the case was weak.") == {
        ("Ann Ruiz", "Kestrel Law", "solicitor")}
    # a court's justice; the justice of a department or a cause is no one's post
    facts = extract("Supreme Court Justice Ann Ruiz said the ruling stood. The Justice Department said the case "
                    "was closed. Tom Hale, a campaigner for social justice, said the plan was unfair.").facts
    assert {(f.subject.name, f.obj.name if f.obj else None, f.role) for f in facts if f.family == "role"} == {
        ("Ann Ruiz", "Supreme Court", "justice"), ("Tom Hale", None, "campaigner for social justice")}


def test_places_in_a_team_and_in_a_sport_are_job_titles(extract):
    def titles(text):
        return {(f.subject.name, f.role) for f in extract(text).facts if f.family == "role" and f.obj is None}

    # (the model runs the word into the name; it is the title, and the name is the person's)
    assert titles("Sprinter Tom Hale will also not compete in Leeds. Keeper Ann Ruiz echoed the coach.") == {
        ("Tom Hale", "sprinter"), ("Ann Ruiz", "keeper")}
