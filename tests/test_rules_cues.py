"""Class cues of mentions (kg.mentions.cues.CUES), one at a time, on hand-built parses.

Each table is the parse of a sentence written for this test (scripts/doc_table.py prints one; an
entity column is set by hand where a case needs the model's usual reading of a name). The cue
must fire on the mention, and resolution must give the entity the class the cue votes for.
"""
from __future__ import annotations

import pytest
from spacy.tokens import Doc, Span

from docs import doc_from_table, vocab
from kg.lang.en.given_names import given_name, known_given_name
from kg.mentions.cues import CUES, LABEL_VOTES, named_like_a_person
from kg.mentions.find import find_mentions
from kg.mentions.resolve import resolve
from kg.nlp import english_word

BY_NAME = {cue.name: cue for cue in CUES}


def fired(doc, name: str) -> set[str]:
    """The cues that fire on the mention ``name`` (as the model labelled it)."""
    mention = next((m for m in find_mentions(doc) if m.text == name), None)
    if mention is None:  # (a mention no cue and no reading of the model votes for is left out: the entity then)
        span = next(ent for ent in doc.ents if ent.text == name)
        return {cue.name for cue in CUES if cue.test(span, None)}
    # the label the mention was voted with: its own for the model's labels (a product named after its
    # maker is one though the model read an organisation), else the model's, else the cue's
    label = mention.label if mention.label in LABEL_VOTES else doc[mention.start].ent_type_ or mention.label
    span = Span(doc, mention.start, mention.end, label=label)
    return {cue.name for cue in CUES if cue.test(span, mention.iso)}


CASES = [
    pytest.param("""
        0 Lena Lena PROPN NNP compound 1 B-PERSON
        1 Park Park PROPN NNP nsubj 6 I-PERSON
        2 , , PUNCT , punct 1 O
        3 an an DET DT det 4 O
        4 engineer engineer NOUN NN appos 1 O
        5 , , PUNCT , punct 1 O
        6 spoke speak VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """, 'Lena Park', 'apposition-role', 'Person', id='apposition-role'),
    pytest.param("""
        0 Gemini Gemini PROPN NNP nsubj 5 B-ORG
        1 , , PUNCT , punct 0 O
        2 a a DET DT det 3 O
        3 chatbot chatbot NOUN NN appos 0 O
        4 , , PUNCT , punct 0 O
        5 answered answer VERB VBD ROOT 5 O
        6 the the DET DT det 7 O
        7 question question NOUN NN dobj 5 O
        8 . . PUNCT . punct 5 O
    """, 'Gemini', 'apposition-product', 'Product', id='apposition-product'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP ROOT 1 I-PERSON
        2 ( ( PUNCT -LRB- punct 4 O
        3 Zorbit Zorbit PROPN NNP compound 4 B-PERSON
        4 Rugby Rugby PROPN NNP appos 1 I-PERSON
        5 ) ) PUNCT -RRB- punct 4 O
        6 , , PUNCT , punct 1 O
        7 Tom Tom PROPN NNP compound 8 B-PERSON
        8 Hale Hale PROPN NNP appos 1 I-PERSON
        9 ( ( PUNCT -LRB- punct 10 O
        10 Quenbyx Quenbyx PROPN NNP appos 8 O
        11 ) ) PUNCT -RRB- punct 10 O
        12 , , PUNCT , punct 8 O
        13 Li Li PROPN NNP compound 14 B-PERSON
        14 Wei Wei PROPN NNP conj 8 I-PERSON
        15 ( ( PUNCT -LRB- punct 16 O
        16 Vantor Vantor PROPN NNP appos 14 O
        17 ) ) PUNCT -RRB- punct 16 O
        18 . . PUNCT . punct 1 O
    """, 'Zorbit Rugby', 'team-sheets-club', 'Organization', id='team-sheets-club'),
    pytest.param("""
        0 Leeds Leeds PROPN NNPS compound 1 B-PERSON
        1 United United PROPN NNP nsubj 2 I-PERSON
        2 won win VERB VBD ROOT 2 O
        3 the the DET DT det 4 O
        4 match match NOUN NN dobj 2 O
        5 . . PUNCT . punct 2 O
    """, 'Leeds United', 'organisation-name-ending', 'Organization', id='organisation-name-ending'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 Zorbit Zorbit PROPN NNP compound 2 B-PERSON
        2 Harriers Harriers PROPN NNPS nsubj 3 I-PERSON
        3 won win VERB VBD ROOT 3 O
        4 the the DET DT det 5 O
        5 relay relay NOUN NN dobj 3 O
        6 on on ADP IN prep 3 O
        7 Sunday Sunday PROPN NNP pobj 6 B-DATE
        8 . . PUNCT . punct 3 O
    """, 'Zorbit Harriers', 'a-plural-no-person-bears', 'Organization', id='a-plural-no-person-bears'),
    pytest.param("""
        0 Telekom Telekom PROPN NNP compound 1 B-PERSON
        1 Zorbit Zorbit PROPN NNP poss 4 I-PERSON
        2 's 's PART POS case 1 O
        3 mobile mobile ADJ JJ amod 4 O
        4 division division NOUN NN nsubj 5 O
        5 grew grow VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, 'Telekom Zorbit', 'owns-a-firms-part', 'Organization', id='owns-a-firms-part'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 O
        1 agreed agree VERB VBD ROOT 1 O
        2 a a DET DT det 3 O
        3 merger merger NOUN NN dobj 1 O
        4 between between ADP IN prep 3 O
        5 Kestrel Kestrel PROPN NNP pobj 4 B-GPE
        6 and and CCONJ CC cc 5 O
        7 Zorbit Zorbit PROPN NNP conj 5 B-GPE
        8 . . PUNCT . punct 1 O
    """, 'Zorbit', 'bought-or-merged', 'Organization', id='bought-or-merged'),
    pytest.param("""
        0 The the DET DT det 2 B-EVENT
        1 Italian Italian PROPN NNP compound 2 I-EVENT
        2 Open Open PROPN NNP nsubj 3 I-EVENT
        3 began begin VERB VBD ROOT 3 O
        4 on on ADP IN prep 3 O
        5 Monday Monday PROPN NNP pobj 4 B-DATE
        6 . . PUNCT . punct 3 O
    """, 'Italian Open', 'event-name-ending', 'Event', id='event-name-ending'),
    pytest.param("""
        0 Crowds crowd NOUN NNS nsubj 1 O
        1 gathered gather VERB VBD ROOT 1 O
        2 in in ADP IN prep 1 O
        3 Leeds Leeds PROPN NNPS pobj 2 B-GPE
        4 for for ADP IN prep 1 O
        5 Zorbit Zorbit PROPN NNP compound 7 B-PERSON
        6 Remembrance Remembrance PROPN NNP compound 7 I-PERSON
        7 Day Day PROPN NNP pobj 4 I-PERSON
        8 . . PUNCT . punct 1 O
    """, 'Zorbit Remembrance Day', 'a-named-day', 'Event', id='a-named-day'),
    pytest.param("""
        0 Nokia Nokia PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 new new ADJ JJ amod 3 O
        3 phone phone NOUN NN nsubj 4 O
        4 sold sell VERB VBN ROOT 4 O
        5 well well ADV RB advmod 4 O
        6 . . PUNCT . punct 4 O
    """, 'Nokia', 'owns-an-artefact', 'Organization', id='owns-an-artefact'),
    pytest.param("""
        0 Sony Sony PROPN NNP poss 2 B-ORG
        1 's 's PART POS case 0 O
        2 Walkman Walkman PROPN NNP nsubj 3 O
        3 sold sell VERB VBD ROOT 3 O
        4 well well ADV RB advmod 3 O
        5 . . PUNCT . punct 3 O
    """, 'Walkman', 'made-by-an-organisation', 'Product', id='made-by-an-organisation'),
    pytest.param("""
        0 Mr Mr PROPN NNP compound 1 O
        1 Pell Pell PROPN NNP nsubj 2 B-PERSON
        2 spoke speak VERB VBD ROOT 2 O
        3 to to ADP IN prep 2 O
        4 reporters reporter NOUN NNS pobj 3 O
        5 . . PUNCT . punct 2 O
    """, 'Pell', 'honorific', 'Person', id='honorific'),
    pytest.param("""
        0 Labour labour NOUN NN nsubj 1 B-ORG
        1 won win VERB VBD ROOT 1 O
        2 the the DET DT det 3 O
        3 vote vote NOUN NN dobj 1 O
        4 . . PUNCT . punct 1 O
    """, 'Labour', 'party-name', 'Organization', id='party-name'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 G7 G7 PROPN NNP nsubj 2 B-GPE
        2 met meet VERB VBD ROOT 2 O
        3 in in ADP IN prep 2 O
        4 Rome Rome PROPN NNP pobj 3 B-GPE
        5 . . PUNCT . punct 2 O
    """, 'G7', 'group-of-countries', 'Organization', id='group-of-countries'),
    pytest.param("""
        0 Oscar Oscar PROPN NNP compound 1 B-PERSON
        1 nominations nomination NOUN NNS nsubjpass 3 O
        2 were be AUX VBD auxpass 3 O
        3 announced announce VERB VBN ROOT 3 O
        4 . . PUNCT . punct 3 O
    """, 'Oscar', 'award', 'Event', id='award'),
    pytest.param("""
        0 Tal Tal PROPN NNP compound 1 B-PERSON
        1 Amir Amir PROPN NNP nsubj 5 I-PERSON
        2 , , PUNCT , punct 1 O
        3 45 45 NUM CD appos 1 B-DATE
        4 , , PUNCT , punct 1 O
        5 said say VERB VBD ROOT 5 O
        6 he he PRON PRP nsubj 8 O
        7 was be AUX VBD aux 8 O
        8 leaving leave VERB VBG ccomp 5 O
        9 . . PUNCT . punct 5 O
    """, 'Tal Amir', 'age-or-birth', 'Person', id='age-or-birth'),
    pytest.param("""
        0 Lena Lena PROPN NNP compound 1 B-PERSON
        1 Park Park PROPN NNP nsubj 2 I-PERSON
        2 is be AUX VBZ ROOT 2 O
        3 a a DET DT det 4 O
        4 singer singer NOUN NN attr 2 O
        5 . . PUNCT . punct 2 O
    """, 'Lena Park', 'holds-a-role', 'Person', id='holds-a-role'),
    pytest.param("""
        0 Lena Lena PROPN NNP compound 1 B-ORG
        1 Park Park PROPN NNP poss 3 I-ORG
        2 's 's PART POS case 1 I-PERSON
        3 home home NOUN NN nsubjpass 5 O
        4 was be AUX VBD auxpass 5 O
        5 sold sell VERB VBN ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, 'Lena Park', 'owns-a-home', 'Person', id='owns-a-home'),
    pytest.param("""
        0 Lena Lena PROPN NNP compound 1 B-ORG
        1 Park Park PROPN NNP poss 3 I-ORG
        2 's 's PART POS case 1 O
        3 funeral funeral NOUN NN nsubjpass 5 O
        4 was be AUX VBD auxpass 5 O
        5 held hold VERB VBN ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, 'Lena Park', 'owns-a-life', 'Person', id='owns-a-life'),
    pytest.param("""
        0 Olympic Olympic PROPN NNP compound 1 B-GPE
        1 champion champion NOUN NN nsubj 2 O
        2 won win VERB VBD ROOT 2 O
        3 . . PUNCT . punct 2 O
    """, 'Olympic', 'games-adjective', 'Event', id='games-adjective'),
    pytest.param("""
        0 He he PRON PRP nsubj 1 O
        1 is be AUX VBZ ROOT 1 O
        2 a a DET DT det 3 O
        3 resident resident NOUN NN attr 1 O
        4 of of ADP IN prep 3 O
        5 Dayton Dayton PROPN NNP pobj 4 B-ORG
        6 . . PUNCT . punct 1 O
    """, 'Dayton', 'where-someone-lives', 'Place', id='where-someone-lives'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 8 I-PERSON
        2 , , PUNCT , punct 1 O
        3 MP MP PROPN NNP appos 1 O
        4 for for ADP IN prep 3 O
        5 Kestrel Kestrel PROPN NNP compound 6 B-ORG
        6 Vale Vale PROPN NNP pobj 4 I-ORG
        7 , , PUNCT , punct 1 O
        8 said say VERB VBD ROOT 8 O
        9 so so ADV RB advmod 8 O
        10 . . PUNCT . punct 8 O
    """, 'Kestrel Vale', 'elected-for', 'Place', id='elected-for'),  # the voters' place, read as a body
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 won win VERB VBD ROOT 2 O
        3 the the DET DT det 6 O
        4 Zorbiton Zorbiton PROPN NNP compound 5 B-ORG
        5 Vale Vale PROPN NNP compound 6 I-ORG
        6 seat seat NOUN NN dobj 2 O
        7 . . PUNCT . punct 2 O
    """, 'Zorbiton Vale', 'a-seat', 'Place', id='a-seat'),  # the place a seat is named for, read as a body
    pytest.param("""
        0 She she PRON PRP nsubj 1 O
        1 is be AUX VBZ ROOT 1 O
        2 the the DET DT det 3 O
        3 founder founder NOUN NN attr 1 O
        4 of of ADP IN prep 3 O
        5 Zetra Zetra PROPN NNP pobj 4 B-PERSON
        6 . . PUNCT . punct 1 O
    """, 'Zetra', 'employer', 'Organization', id='employer'),
    pytest.param("""
        0 Ada Ada PROPN NNP compound 1 B-PERSON
        1 Quist Quist PROPN NNP nsubj 7 I-PERSON
        2 , , PUNCT , punct 1 O
        3 an an DET DT det 4 O
        4 economist economist NOUN NN appos 1 O
        5 at at ADP IN prep 4 O
        6 Harlow Harlow PROPN NNP pobj 5 B-GPE
        7 said say VERB VBD ROOT 7 O
        8 so so ADV RB advmod 7 O
        9 . . PUNCT . punct 7 O
    """, 'Harlow', 'employer', 'Organization', id='employer-of-an-economist'),  # the firm, read as a town
    pytest.param("""
        0 British British ADJ JJ amod 2 B-NORP
        1 car car NOUN NN compound 2 O
        2 maker maker NOUN NN compound 4 O
        3 Vantor Vantor PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP nsubj 5 I-PERSON
        5 grew grow VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, 'Vantor Hale', 'employer', 'Organization', id='employer-a-maker-of-goods'),  # a car maker is a firm
    pytest.param("""
        0 She she PRON PRP nsubj 1 O
        1 is be AUX VBZ ROOT 1 O
        2 the the DET DT det 3 O
        3 daughter daughter NOUN NN attr 1 O
        4 of of ADP IN prep 3 O
        5 Ruth Ruth PROPN NNP compound 6 B-PERSON
        6 Cole Cole PROPN NNP pobj 4 I-PERSON
        7 . . PUNCT . punct 1 O
    """, 'Ruth Cole', 'parent-of-someone', 'Person', id='parent-of-someone'),
    pytest.param("""
        0 Stars star NOUN NNS nsubj 7 O
        1 including include VERB VBG prep 0 O
        2 Ben Ben PROPN NNP compound 3 B-PERSON
        3 Cole Cole PROPN NNP pobj 1 I-PERSON
        4 and and CCONJ CC cc 3 O
        5 Amy Amy PROPN NNP compound 6 B-PERSON
        6 Wu Wu PROPN NNP conj 3 I-PERSON
        7 came come VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, 'Amy Wu', 'among-people', 'Person', id='among-people'),
    pytest.param("""
        0 Sales sale NOUN NNS nsubj 1 O
        1 fell fall VERB VBD ROOT 1 O
        2 at at ADP IN prep 1 O
        3 retailers retailer NOUN NNS pobj 2 O
        4 , , PUNCT , punct 1 O
        5 including include VERB VBG prep 0 O
        6 Kestrel Kestrel PROPN NNP compound 7 B-PERSON
        7 Hale Hale PROPN NNP pobj 5 I-PERSON
        8 and and CCONJ CC cc 7 O
        9 Zorbit Zorbit PROPN NNP conj 7 B-GPE
        10 . . PUNCT . punct 1 O
    """, 'Kestrel Hale', 'among-firms', 'Organization', id='among-firms'),  # the example hung on the clause
    pytest.param("""
        0 Firms firm NOUN NNS nsubj 6 O
        1 such such ADJ JJ amod 2 O
        2 as as ADP IN prep 0 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Vane Vane PROPN NNP pobj 2 I-PERSON
        5 will will AUX MD aux 6 O
        6 bid bid VERB VB ROOT 6 O
        7 . . PUNCT . punct 6 O
    """, 'Tom Vane', 'among-firms', 'Organization', id='among-firms-such-as'),
    pytest.param("""
        0 Retailers retailer NOUN NNS nsubj 9 O
        1 , , PUNCT , punct 0 O
        2 including include VERB VBG prep 0 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Vane Vane PROPN NNP nmod 7 I-PERSON
        5 and and CCONJ CC cc 4 O
        6 Zorbit Zorbit PROPN NNP compound 7 B-ORG
        7 Labs Labs PROPN NNP pobj 2 I-ORG
        8 , , PUNCT , punct 0 O
        9 cut cut VERB VBD ROOT 9 O
        10 prices price NOUN NNS dobj 9 O
        11 . . PUNCT . punct 9 O
    """, 'Tom Vane', 'among-firms', 'Organization', id='among-firms-first-of-a-pair-hung-on-the-second'),
    pytest.param("""
        0 Media medium NOUN NNS compound 1 O
        1 players player NOUN NNS nsubj 7 O
        2 such such ADJ JJ amod 3 O
        3 as as ADP IN prep 1 O
        4 the the DET DT det 6 O
        5 Zorbit Zorbit PROPN NNP compound 6 B-ORG
        6 Lumo Lumo PROPN NNP pobj 3 I-ORG
        7 sold sell VERB VBD ROOT 7 O
        8 well well ADV RB advmod 7 O
        9 . . PUNCT . punct 7 O
    """, 'Zorbit Lumo', 'among-products', 'Product', id='among-products-such-as'),
    pytest.param("""
        0 Films film NOUN NNS nsubj 7 O
        1 , , PUNCT , punct 0 O
        2 including include VERB VBG prep 0 O
        3 Kestrel Kestrel PROPN NNP compound 4 B-PERSON
        4 Vane Vane PROPN NNP pobj 2 I-PERSON
        5 , , PUNCT , punct 0 O
        6 were be AUX VBD aux 7 O
        7 shown show VERB VBN ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, 'Kestrel Vane', 'among-products', 'Product', id='among-products-including'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 leaked leak VERB VBD ROOT 1 O
        2 news news NOUN NN dobj 1 O
        3 of of ADP IN prep 2 O
        4 new new ADJ JJ amod 5 O
        5 products product NOUN NNS pobj 3 O
        6 , , PUNCT , punct 5 O
        7 including include VERB VBG prep 5 O
        8 the the DET DT det 10 O
        9 Zorbit Zorbit PROPN NNP compound 10 B-PERSON
        10 Mini Mini PROPN NNP pobj 7 I-PERSON
        11 . . PUNCT . punct 1 O
    """, 'Zorbit Mini', 'among-products', 'Product', id='among-products-products'),
    pytest.param("""
        0 Kestrelton Kestrelton PROPN NNP nsubjpass 2 B-GPE
        1 were be AUX VBD auxpass 2 O
        2 relegated relegate VERB VBN ROOT 2 O
        3 on on ADP IN prep 2 O
        4 Saturday Saturday PROPN NNP pobj 3 B-DATE
        5 . . PUNCT . punct 2 O
    """, 'Kestrelton', 'plural-verb', 'Organization', id='plural-verb'),
    pytest.param("""
        0 Lena Lena PROPN NNP compound 1 B-PERSON
        1 Park Park PROPN NNP nsubjpass 3 I-PERSON
        2 was be AUX VBD auxpass 3 O
        3 born bear VERB VBN ROOT 3 O
        4 in in ADP IN prep 3 O
        5 1970 1970 NUM CD pobj 4 B-DATE
        6 . . PUNCT . punct 3 O
    """, 'Lena Park', 'was-born', 'Person', id='was-born'),
    pytest.param("""
        0 Vantor vantor NOUN NN ROOT 0 O
        1 : : PUNCT : punct 0 O
        2 C C PROPN NNP compound 3 B-ORG
        3 Ruiz Ruiz PROPN NNP appos 0 I-ORG
        4 ; ; PUNCT : punct 3 O
        5 T T PROPN NNP compound 6 O
        6 Hale Hale PROPN NNP conj 3 O
        7 , , PUNCT , punct 6 O
        8 A a PRON DT compound 9 O
        9 Okafor Okafor PROPN NNP appos 6 O
        10 , , PUNCT , punct 9 O
        11 N N PROPN NNP compound 12 O
        12 Vance Vance PROPN NNP conj 9 O
        13 . . PUNCT . punct 0 O
    """, 'C Ruiz', 'in-a-team-sheet', 'Person', id='in-a-team-sheet'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 comedy comedy NOUN NN nsubj 4 O
        2 Zephyr Zephyr PROPN NNP compound 3 B-GPE
        3 Days Days PROPN NNP nsubj 4 I-GPE
        4 won win VERB VBD ROOT 4 O
        5 the the DET DT det 6 O
        6 award award NOUN NN dobj 4 O
        7 . . PUNCT . punct 4 O
    """, 'Zephyr Days', 'a-work', 'Product', id='a-work'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 plant plant NOUN NN nsubj 2 O
        2 is be AUX VBZ ROOT 2 O
        3 in in ADP IN prep 2 O
        4 Dayton Dayton PROPN NNP pobj 3 B-GPE
        5 , , PUNCT , punct 4 O
        6 Ohio Ohio PROPN NNP appos 4 B-GPE
        7 . . PUNCT . punct 2 O
    """, 'Dayton', 'town-of-a-region', 'Place', id='town-of-a-region'),
    pytest.param("""
        0 Kestrelton Kestrelton PROPN NNP npadvmod 2 B-ORG
        1 - - PUNCT HYPH punct 2 O
        2 based base VERB VBN amod 4 O
        3 Vantor Vantor PROPN NNP compound 4 B-ORG
        4 Labs Labs PROPN NNP nsubj 5 I-ORG
        5 grew grow VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, 'Kestrelton', 'based-there', 'Place', id='based-there'),  # a town read as a firm
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 is be AUX VBZ ROOT 1 O
        2 a a DET DT det 3 O
        3 firm firm NOUN NN attr 1 O
        4 based base VERB VBN acl 3 O
        5 in in ADP IN prep 4 O
        6 Kestrelton Kestrelton PROPN NNP pobj 5 B-PRODUCT
        7 . . PUNCT . punct 1 O
    """, 'Kestrelton', 'based-there', 'Place', id='based-in-there'),  # a town read as a product
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 closed close VERB VBD ROOT 1 O
        2 its its PRON PRP$ poss 3 O
        3 factory factory NOUN NN dobj 1 O
        4 in in ADP IN prep 3 O
        5 Kestrelton Kestrelton PROPN NNP pobj 4 B-ORG
        6 . . PUNCT . punct 1 O
    """, 'Kestrelton', 'based-there', 'Place', id='site-in-there'),  # where a factory is: a town
    pytest.param("""
        0 She she PRON PRP nsubj 1 O
        1 lives live VERB VBZ ROOT 1 O
        2 in in ADP IN prep 1 O
        3 Park Park PROPN NNP compound 4 B-ORG
        4 Slope Slope PROPN NNP pobj 2 I-ORG
        5 , , PUNCT , punct 4 O
        6 Brooklyn Brooklyn PROPN NNP appos 4 B-GPE
        7 . . PUNCT . punct 1 O
    """, 'Brooklyn', 'district', 'Place', id='district'),
    pytest.param("""
        0 Ana Ana PROPN NNP compound 1 B-PERSON
        1 Diaz Diaz PROPN NNP nsubj 5 I-PERSON
        2 of of ADP IN prep 1 O
        3 Hale Hale PROPN NNP compound 4 B-PERSON
        4 Dorr Dorr PROPN NNP pobj 2 I-PERSON
        5 spoke speak VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, 'Hale Dorr', 'firm-of-a-person', 'Organization', id='firm-of-a-person'),
    pytest.param("""
        0 The the DET DT det 1 B-ORG
        1 Center Center PROPN NNP nsubj 5 B-FAC
        2 for for ADP IN prep 1 I-FAC
        3 Data Data PROPN NNP compound 4 I-FAC
        4 Policy Policy PROPN NNP pobj 2 I-FAC
        5 said say VERB VBD ROOT 5 O
        6 so so ADV RB advmod 5 O
        7 . . PUNCT . punct 5 O
    """, 'Center for Data Policy', 'named-like-a-body', 'Organization', id='named-like-a-body'),
    pytest.param("""
        0 Boeing Boeing PROPN NNP nsubj 1 B-ORG
        1 said say VERB VBD ROOT 1 O
        2 the the DET DT det 3 O
        3 Boeing Boeing PROPN NNP nsubj 6 B-ORG
        4 787 787 NUM CD nummod 3 B-PRODUCT
        5 will will AUX MD aux 6 O
        6 fly fly VERB VB ccomp 1 O
        7 in in ADP IN prep 6 O
        8 May May PROPN NNP pobj 7 B-DATE
        9 . . PUNCT . punct 1 O
    """, 'Boeing 787', 'named-by-its-maker', 'Product', id='named-by-its-maker'),
    pytest.param("""
        0 Skype Skype PROPN NNP nsubj 1 O
        1 allows allow VERB VBZ ROOT 1 O
        2 people people NOUN NNS nsubj 4 O
        3 to to PART TO aux 4 O
        4 make make VERB VB ccomp 1 O
        5 free free ADJ JJ amod 6 O
        6 calls call NOUN NNS dobj 4 O
        7 . . PUNCT . punct 1 O
    """, 'Skype', 'lets-people-do', 'Product', id='lets-people-do'),
    pytest.param("""
        0 The the DET DT det 3 O
        1 new new ADJ JJ amod 3 O
        2 iOS iOS PROPN NNP advmod 3 O
        3 5 5 NUM CD nsubj 4 B-CARDINAL
        4 arrives arrive VERB VBZ ROOT 4 O
        5 in in ADP IN prep 4 O
        6 June June PROPN NNP pobj 5 B-DATE
        7 . . PUNCT . punct 4 O
    """, 'iOS 5', 'shaped-like-a-product', 'Product', id='shaped-like-a-product'),
    pytest.param("""
        0 It it PRON PRP nsubj 1 O
        1 uses use VERB VBZ ROOT 1 O
        2 a a DET DT det 3 O
        3 technology technology NOUN NN dobj 1 O
        4 known know VERB VBN acl 3 O
        5 as as ADP IN prep 4 O
        6 Zorbit Zorbit PROPN NNP pobj 5 B-LOC
        7 . . PUNCT . punct 1 O
    """, 'Zorbit', 'called-a-product', 'Product', id='called-a-product'),
    pytest.param("""
        0 Users user NOUN NNS nsubj 1 O
        1 downloaded download VERB VBD ROOT 1 O
        2 Zorbit Zorbit PROPN NNP compound 3 B-PERSON
        3 2.0 2.0 NUM CD dobj 1 I-PERSON
        4 . . PUNCT . punct 1 O
    """, 'Zorbit 2.0', 'version-number', 'Product', id='version-number'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 O
        1 unveiled unveil VERB VBD ROOT 1 O
        2 the the DET DT det 4 O
        3 787 787 NUM CD nummod 4 B-ORG
        4 Zephyr Zephyr PROPN NNP dobj 1 I-ORG
        5 . . PUNCT . punct 1 O
    """, '787 Zephyr', 'model-number-first', 'Product', id='model-number-first'),
    pytest.param("""
        0 Zorbit Zorbit PROPN NNP compound 1 B-PERSON
        1 Racer Racer PROPN NNP nsubj 3 I-PERSON
        2 2 2 NUM CD nummod 1 I-PERSON
        3 topped top VERB VBD ROOT 3 O
        4 the the DET DT det 5 O
        5 charts chart NOUN NNS dobj 3 O
        6 . . PUNCT . punct 3 O
    """, 'Zorbit Racer 2', 'numbered-work', 'Product', id='numbered-work'),
    pytest.param("""
        0 Sales sale NOUN NNS nsubj 4 O
        1 of of ADP IN prep 0 O
        2 the the DET DT det 3 O
        3 iPod iPod PROPN NNP pobj 1 B-ORG
        4 rose rise VERB VBD ROOT 4 O
        5 again again ADV RB advmod 4 O
        6 . . PUNCT . punct 4 O
    """, 'iPod', 'shaped-like-a-product', 'Product', id='shaped-like-a-product-read-as-an-organisation'),
    pytest.param("""
        0 Shares share NOUN NNS nsubj 3 O
        1 in in ADP IN prep 0 O
        2 KestrelVantor KestrelVantor PROPN NNP pobj 1 B-PERSON
        3 rose rise VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
    """, 'KestrelVantor', 'joined-words', 'Organization', id='joined-words'),
    pytest.param("""
        0 Work work NOUN NN nsubj 5 O
        1 on on ADP IN prep 0 O
        2 the the DET DT det 4 O
        3 Kestrel Kestrel PROPN NNP compound 4 B-ORG
        4 Dam Dam PROPN NNP pobj 1 I-ORG
        5 goes go VERB VBZ ROOT 5 O
        6 on on ADP RP prt 5 O
        7 . . PUNCT . punct 5 O
    """, 'Kestrel Dam', 'place-name-ending', 'Place', id='place-name-ending'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 8 B-PERSON
        1 , , PUNCT , punct 0 O
        2 the the DET DT det 3 O
        3 world world NOUN NN poss 6 O
        4 's 's PART POS case 3 O
        5 largest large ADJ JJS amod 6 O
        6 brewer brewer NOUN NN appos 0 O
        7 , , PUNCT , punct 0 O
        8 said say VERB VBD ROOT 8 O
        9 profits profit NOUN NNS nsubj 10 O
        10 fell fall VERB VBD ccomp 8 O
        11 . . PUNCT . punct 8 O
    """, 'Vantor', 'described-as-a-firm', 'Organization', id='described-as-a-firm'),
    pytest.param("""
        0 London London PROPN NNP poss 4 B-GPE
        1 's 's PART POS case 0 O
        2 FTSE FTSE PROPN NNP nmod 4 B-ORG
        3 100 100 NUM CD nummod 4 B-CARDINAL
        4 index index NOUN NN nsubj 5 O
        5 fell fall VERB VBD ROOT 5 O
        6 12 12 NUM CD nummod 7 B-CARDINAL
        7 points point NOUN NNS npadvmod 5 O
        8 to to ADP IN prep 5 O
        9 4,820 4,820 NUM CD pobj 8 B-CARDINAL
        10 . . PUNCT . punct 5 O
    """, 'FTSE 100 index', 'stock-index', 'Product', id='stock-index'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Dow Dow PROPN NNP nsubj 2 B-ORG
        2 closed close VERB VBD ROOT 2 O
        3 30 30 NUM CD nummod 4 B-CARDINAL
        4 points point NOUN NNS npadvmod 5 O
        5 higher high ADJ JJR advmod 2 O
        6 as as SCONJ IN mark 8 O
        7 oil oil NOUN NN nsubj 8 O
        8 eased ease VERB VBD advcl 2 O
        9 . . PUNCT . punct 2 O
    """, 'Dow', 'stock-index', 'Product', id='stock-index-by-its-move'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 Zafi Zafi PROPN NNP compound 2 B-PERSON
        2 virus virus NOUN NN nsubj 3 O
        3 deletes delete VERB VBZ ROOT 3 O
        4 files file NOUN NNS dobj 3 O
        5 . . PUNCT . punct 3 O
    """, 'Zafi', 'names-the-product-noun', 'Product', id='names-the-product-noun'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 Zorbit Zorbit PROPN NNP compound 2 B-GPE
        2 worm worm NOUN NN nsubj 3 O
        3 deletes delete VERB VBZ ROOT 3 O
        4 files file NOUN NNS dobj 3 O
        5 . . PUNCT . punct 3 O
    """, 'Zorbit', 'names-the-product-noun', 'Product', id='names-the-product-noun-read-as-a-place'),
    pytest.param("""
        0 She she PRON PRP nsubj 1 O
        1 bought buy VERB VBD ROOT 1 O
        2 the the DET DT det 7 O
        3 Lena Lena PROPN NNP compound 4 B-PERSON
        4 Zephyr Zephyr PROPN NNP compound 7 I-PERSON
        5 portable portable ADJ JJ amod 7 O
        6 music music NOUN NN compound 7 O
        7 player player NOUN NN dobj 1 O
        8 . . PUNCT . punct 1 O
    """, 'Lena Zephyr', 'names-the-product-noun', 'Product', id='names-the-product-noun-through-modifiers'),
    pytest.param("""
        0 He he PRON PRP nsubj 1 O
        1 tested test VERB VBD ROOT 1 O
        2 the the DET DT det 7 B-ORG
        3 Vantor Vantor PROPN NNP compound 4 I-ORG
        4 Lumo Lumo PROPN NNP compound 5 I-ORG
        5 SX SX PROPN NNP nmod 7 I-ORG
        6 digital digital ADJ JJ amod 7 O
        7 camera camera NOUN NN dobj 1 O
        8 . . PUNCT . punct 1 O
    """, 'Vantor Lumo SX', 'names-the-product-noun', 'Product', id='names-the-product-noun-model-designation'),
    pytest.param("""
        0 Fans fan NOUN NNS nsubj 1 O
        1 liked like VERB VBD ROOT 1 O
        2 Kestrel Kestrel PROPN NNP poss 6 B-ORG
        3 's 's PART POS case 2 O
        4 Zephyr Zephyr PROPN NNP compound 6 B-ORG
        5 game game NOUN NN compound 6 O
        6 console console NOUN NN dobj 1 O
        7 . . PUNCT . punct 1 O
    """, 'Zephyr', 'names-an-owned-product', 'Product', id='names-an-owned-product'),
    pytest.param("""
        0 A a DET DT det 1 O
        1 report report NOUN NN nsubj 6 O
        2 by by ADP IN prep 1 O
        3 analysts analyst NOUN NNS compound 5 O
        4 Kestrel Kestrel PROPN NNP compound 5 B-PERSON
        5 Analytics Analytics PROPN NNP pobj 2 I-PERSON
        6 predicted predict VERB VBD ROOT 6 O
        7 growth growth NOUN NN dobj 6 O
        8 . . PUNCT . punct 6 O
    """, 'Kestrel Analytics', 'firm-of-a-trade', 'Organization', id='firm-of-a-trade'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 study study NOUN NN nsubj 8 O
        2 , , PUNCT , punct 1 O
        3 by by ADP IN prep 1 O
        4 consultants consultant NOUN NNS pobj 3 O
        5 Kestrel Kestrel PROPN NNP compound 6 B-PERSON
        6 Hale Hale PROPN NNP appos 4 I-PERSON
        7 , , PUNCT , punct 1 O
        8 found find VERB VBD ROOT 8 O
        9 growth growth NOUN NN dobj 8 O
        10 . . PUNCT . punct 8 O
    """, 'Kestrel Hale', 'firm-of-a-trade', 'Organization', id='firm-of-a-trade-set-beside'),
    pytest.param("""
        0 Zorbitex Zorbitex PROPN NNP nsubj 1 B-PERSON
        1 said say VERB VBD ROOT 1 O
        2 no no DET DT det 3 O
        3 more more ADJ JJR dobj 1 O
        4 . . PUNCT . punct 1 O
        5 Zorbitex Zorbitex PROPN NNP compound 6 B-ORG
        6 Europe Europe PROPN NNP nsubj 7 I-ORG
        7 agreed agree VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, 'Zorbitex', 'has-a-branch', 'Organization', id='has-a-branch'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 Zorbix Zorbix PROPN NNP compound 2 B-ORG
        2 virus virus NOUN NN nsubj 3 O
        3 spread spread VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
    """, 'Zorbix', 'names-a-program', 'Product', id='names-a-program'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 ZephyrBook ZephyrBook PROPN NNP compound 2 B-PERSON
        2 Pro Pro PROPN NNP nsubj 3 I-PERSON
        3 shipped ship VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
    """, 'ZephyrBook Pro', 'model-word-ending', 'Product', id='model-word-ending'),
    pytest.param("""
        0 But but CCONJ CC cc 6 O
        1 the the DET DT det 3 O
        2 new new ADJ JJ amod 3 O
        3 tool tool NOUN NN compound 4 O
        4 Zephyr Zephyr PROPN NNP nsubj 6 B-ORG
        5 could could AUX MD aux 6 O
        6 end end VERB VB ROOT 6 O
        7 arguments argument NOUN NNS dobj 6 O
        8 in in ADP IN prep 7 O
        9 minutes minute NOUN NNS pobj 8 B-TIME
        10 . . PUNCT . punct 6 O
    """, 'Zephyr', 'named-as-a-product', 'Product', id='named-as-a-product'),
    pytest.param("""
        0 Applications application NOUN NNS nsubj 5 O
        1 from from ADP IN prep 0 O
        2 England England PROPN NNP pobj 1 B-GPE
        3 and and CCONJ CC cc 2 O
        4 Wales Wales PROPN NNP conj 2 B-ORG
        5 rose rise VERB VBD ROOT 5 O
        6 last last ADJ JJ amod 7 B-DATE
        7 year year NOUN NN npadvmod 5 I-DATE
        8 . . PUNCT . punct 5 O
    """, 'Wales', 'home-nation', 'Place', id='home-nation'),
    # a group noun before a name the model read as a person's; however the parser hung the two
    pytest.param("""
        0 The the DET DT det 1 O
        1 band band NOUN NN nsubj 3 O
        2 Kestrel Kestrel PROPN NNP nsubj 3 B-PERSON
        3 released release VERB VBD ROOT 3 O
        4 a a DET DT det 6 O
        5 new new ADJ JJ amod 6 O
        6 album album NOUN NN dobj 3 O
        7 . . PUNCT . punct 3 O
    """, 'Kestrel', 'named-group', 'Organization', id='named-group'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-PERSON
        1 frontman frontman NOUN NN compound 3 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP nsubj 4 I-PERSON
        4 thanked thank VERB VBD ROOT 4 O
        5 fans fan NOUN NNS dobj 4 O
        6 . . PUNCT . punct 4 O
    """, 'Kestrel', 'band-of-a-member', 'Organization', id='band-of-a-member'),
    pytest.param("""
        0 Kestrelton Kestrelton PROPN NNP compound 1 B-GPE
        1 striker striker NOUN NN compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        4 scored score VERB VBD ROOT 4 O
        5 twice twice ADV RB advmod 4 O
        6 . . PUNCT . punct 4 O
    """, 'Kestrelton', 'club-of-a-player', 'Organization', id='club-of-a-player'),
    pytest.param("""
        0 Critics critic NOUN NNS nsubj 1 O
        1 praised praise VERB VBD ROOT 1 O
        2 Kimberly Kimberly PROPN NNP compound 3 B-ORG
        3 Quenby Quenby PROPN NNP dobj 1 I-ORG
        4 for for ADP IN prep 1 O
        5 the the DET DT det 6 O
        6 role role NOUN NN pobj 4 O
        7 . . PUNCT . punct 1 O
    """, 'Kimberly Quenby', 'named-like-a-person', 'Person', id='named-like-a-person'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Bank Bank PROPN NNP poss 4 I-ORG
        2 's 's PART POS case 1 O
        3 Tom Tom PROPN NNP compound 4 B-GPE
        4 Hale Hale PROPN NNP nsubj 5 I-GPE
        5 said say VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, 'Tom Hale', 'staff-of-an-organisation', 'Person', id='staff-of-an-organisation'),
    pytest.param("""
        0 They they PRON PRP nsubj 1 O
        1 beat beat VERB VBD ROOT 1 O
        2 Atletico Atletico PROPN NNP compound 3 B-PERSON
        3 Zorbit Zorbit PROPN NNP dobj 1 I-PERSON
        4 on on ADP IN prep 1 O
        5 Sunday Sunday PROPN NNP pobj 4 B-DATE
        6 . . PUNCT . punct 1 O
    """, 'Atletico Zorbit', 'club-name-opening', 'Organization', id='club-name-opening'),
    pytest.param("""
        0 Miners miner NOUN NNS nsubj 3 O
        1 in in ADP IN prep 0 O
        2 Zorbitshire Zorbitshire PROPN NNP pobj 1 B-PERSON
        3 voted vote VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
    """, 'Zorbitshire', 'county-name', 'Place', id='county-name'),
    pytest.param("""
        0 Lord Lord PROPN NNP compound 1 O
        1 Hale Hale PROPN NNP nsubj 4 O
        2 of of ADP IN prep 1 O
        3 Kestrelton Kestrelton PROPN NNP pobj 2 B-ORG
        4 said say VERB VBD ROOT 4 O
        5 so so ADV RB advmod 4 O
        6 . . PUNCT . punct 4 O
    """, 'Kestrelton', 'seat-of-a-peer', 'Place', id='seat-of-a-peer'),
    pytest.param("""
        0 Zorbit Zorbit PROPN NNP compound 1 B-PERSON
        1 Incorporated Incorporated PROPN NNP nsubj 2 I-PERSON
        2 grew grow VERB VBD ROOT 2 O
        3 . . PUNCT . punct 2 O
    """, 'Zorbit Incorporated', 'organisation-name-ending', 'Organization', id='organisation-name-ending-incorporated'),
    pytest.param("""
        0 Labour Labour PROPN NNP nsubj 1 B-ORG
        1 won win VERB VBD ROOT 1 O
        2 the the DET DT det 4 O
        3 General General PROPN NNP compound 4 B-ORG
        4 Election Election PROPN NNP dobj 1 I-ORG
        5 . . PUNCT . punct 1 O
    """, 'General Election', 'event-name-ending', 'Event', id='event-name-ending-election'),
    pytest.param("""
        0 She she PRON PRP nsubj 2 O
        1 has have AUX VBZ aux 2 O
        2 won win VERB VBN ROOT 2 O
        3 the the DET DT det 5 O
        4 Zorbit Zorbit PROPN NNP compound 5 B-ORG
        5 Marathons Marathons PROPN NNPS dobj 2 I-ORG
        6 twice twice ADV RB advmod 2 O
        7 . . PUNCT . punct 2 O
    """, 'Zorbit Marathons', 'event-name-ending', 'Event', id='event-name-ending-plural'),
]


@pytest.mark.parametrize("verb, lemma, holds", [("appointed", "appoint", False), ("joined", "join", True)])
def test_who_appoints_someone_as_a_role_holds_no_role(verb, lemma, holds):
    # "Vantor appointed Tom Hale as manager": the role is Tom Hale's; "Vantor joined Kestrel as
    # manager": it is the subject's
    doc = doc_from_table(f"""
        0 Vantor Vantor PROPN NNP nsubj 1 B-PERSON
        1 {verb} {lemma} VERB VBD ROOT 1 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP dobj 1 I-PERSON
        4 as as ADP IN prep 1 O
        5 manager manager NOUN NN pobj 4 O
        6 . . PUNCT . punct 1 O
    """)
    assert ("holds-a-role" in fired(doc, "Vantor")) is holds


@pytest.mark.parametrize("first, last, tag, holds", [
    ("full", "back", "ADV RB", True), ("fly", "half", "NOUN NN", True), ("laid", "back", "ADV RB", False)])
def test_a_position_written_with_a_hyphen_before_a_name_is_a_players(first, last, tag, holds):
    # "Kestrelton full-back Ann Ruiz kicked": the tokenizer splits the position in three, and the
    # tagger may call its last part an adverb; the model read the name as a place
    pos, tag = tag.split()
    doc = doc_from_table(f"""
        0 Kestrelton Kestrelton PROPN NNP compound 4 O
        1 {first} {first} ADJ JJ amod 3 O
        2 - - PUNCT HYPH punct 3 O
        3 {last} {last} {pos} {tag} compound 5 O
        4 Ann Ann PROPN NNP compound 5 B-GPE
        5 Ruiz Ruiz PROPN NNP nsubj 6 I-GPE
        6 kicked kick VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """)
    assert ("holds-a-role" in fired(doc, "Ann Ruiz")) is holds


@pytest.mark.parametrize("before, found", [("The", []), ("the", ["Zorbit Code"]), ("this", ["Zorbit Code"])])
def test_a_name_after_a_capital_the_is_no_persons(before, found):
    # "the plot of The Zorbit Code": a title the model read as a person's name
    doc = doc_from_table(f"""
        0 Fans fan NOUN NNS nsubj 1 O
        1 read read VERB VBD ROOT 1 O
        2 {before} {before} DET DT det 4 O
        3 Zorbit Zorbit PROPN NNP compound 4 B-PERSON
        4 Code Code PROPN NNP dobj 1 I-PERSON
        5 . . PUNCT . punct 1 O
    """)
    assert [m.text for m in find_mentions(doc)] == found


@pytest.mark.parametrize("noun, holds", [("son", True), ("widow", True), ("parent", False)])
def test_a_relative_beside_a_name_says_it_is_a_persons(noun, holds):
    # "Tom Hale, the son of a rock star": a relative only a person is ("the parent of Kestrel" is a firm's)
    doc = doc_from_table(f"""
        0 Tom Tom PROPN NNP compound 1 B-ORG
        1 Hale Hale PROPN NNP nsubj 9 I-ORG
        2 , , PUNCT , punct 1 O
        3 the the DET DT det 4 O
        4 {noun} {noun} NOUN NN appos 1 O
        5 of of ADP IN prep 4 O
        6 Ann Ann PROPN NNP compound 7 B-PERSON
        7 Ruiz Ruiz PROPN NNP pobj 5 I-PERSON
        8 , , PUNCT , punct 1 O
        9 spoke speak VERB VBD ROOT 9 O
        10 . . PUNCT . punct 9 O
    """)
    assert ("apposition-role" in fired(doc, "Tom Hale")) is holds


@pytest.mark.parametrize("noun, label, cls", [
    ("regulator", "ORG", "Organization"), ("broadcaster", "ORG", "Organization"),
    ("broadcaster", "PERSON", "Person"), ("engineer", "ORG", "Person"),
    # a bank advising a deal or lending to a firm: "its adviser, Kestrel Capital"
    ("adviser", "ORG", "Organization"), ("banker", "ORG", "Organization"), ("adviser", "PERSON", "Person")])
def test_a_noun_of_bodies_as_well_as_people_beside_a_name_says_neither(noun, label, cls):
    # "Zorbicom, the telecoms regulator": a body; "Ann Ruiz, the broadcaster" a person only as the
    # model reads her; a noun of people alone ("engineer") says a person whatever the model read
    doc = doc_from_table(f"""
        0 Zorbicom Zorbicom PROPN NNP nsubj 6 B-{label}
        1 , , PUNCT , punct 0 O
        2 the the DET DT det 4 O
        3 telecoms telecom NOUN NNS compound 4 O
        4 {noun} {noun} NOUN NN appos 0 O
        5 , , PUNCT , punct 0 O
        6 said say VERB VBD ROOT 6 O
        7 the the DET DT det 8 O
        8 plan plan NOUN NN nsubj 9 O
        9 was be AUX VBD ccomp 6 O
        10 sound sound ADJ JJ acomp 9 O
        11 . . PUNCT . punct 6 O
    """)
    assert ("apposition-role" in fired(doc, "Zorbicom")) is (noun == "engineer")
    assert {ref.cls for ref in resolve(doc).entities} == {cls}


@pytest.mark.parametrize("noun", ["banker", "adviser", "lawyer"])
def test_what_an_adviser_is_based_in_is_a_place(noun):
    # "the Harlow-based banker": a place, whoever the banker is (only beside a name is a banker a bank's role)
    doc = doc_from_table(f"""
        0 The the DET DT det 4 O
        1 Harlow Harlow PROPN NNP npadvmod 3 B-ORG
        2 - - PUNCT HYPH punct 3 O
        3 based base VERB VBN amod 4 O
        4 {noun} {noun} NOUN NN nsubj 5 O
        5 said say VERB VBD ROOT 5 O
        6 so so ADV RB advmod 5 O
        7 . . PUNCT . punct 5 O
    """)
    assert "based-there" in fired(doc, "Harlow")


def test_a_subject_said_to_be_an_adviser_is_a_person():
    # (beside a name "adviser" may be a bank's role: a subject that "was adviser to" someone is a person's)
    doc = doc_from_table("""
        0 Zorbit Zorbit PROPN NNP nsubj 1 B-ORG
        1 was be AUX VBD ROOT 1 O
        2 adviser adviser NOUN NN attr 1 O
        3 to to ADP IN prep 2 O
        4 the the DET DT det 5 O
        5 king king NOUN NN pobj 3 O
        6 . . PUNCT . punct 1 O
    """)
    assert "holds-a-role" in fired(doc, "Zorbit")
    assert {ref.cls for ref in resolve(doc).entities} == {"Person"}


@pytest.mark.parametrize("trade, label, person", [
    ("tracker", "ORG", False), ("bookmaker", "ORG", False), ("suitor", "ORG", False),
    ("bookmaker", "PERSON", False), ("lawyer", "ORG", True)])
def test_a_trade_that_names_firms_holds_no_role(trade, label, person):
    # "box office tracker Zorbitex", "bookmaker Zorbitex": a firm's trade, though shaped like a person's
    doc = doc_from_table(f"""
        0 A a DET DT det 1 O
        1 spokesman spokesman NOUN NN nsubj 5 O
        2 for for ADP IN prep 1 O
        3 {trade} {trade} NOUN NN compound 4 O
        4 Zorbitex Zorbitex PROPN NNP pobj 2 B-{label}
        5 said say VERB VBD ROOT 5 O
        6 the the DET DT det 7 O
        7 film film NOUN NN nsubj 8 O
        8 did do VERB VBD ccomp 5 O
        9 well well ADV RB advmod 8 O
        10 . . PUNCT . punct 5 O
    """)
    assert ("holds-a-role" in fired(doc, "Zorbitex")) is person
    if label == "ORG":
        assert {ref.cls for ref in resolve(doc).entities} == {"Person" if person else "Organization"}


@pytest.mark.parametrize("thing, label, owned", [
    ("guitar", "PERSON", False), ("car", "PERSON", False), ("successor", "PERSON", False),
    ("browser", "PERSON", True), ("guitar", "ORG", True)])
def test_what_a_person_has_for_their_own_use_makes_them_no_maker(thing, label, owned):
    # "Hale's guitar" is a person's; "Hale's browser" a maker's, as "Kestrel's guitar" read as a firm's
    doc = doc_from_table(f"""
        0 The the DET DT det 1 O
        1 singer singer NOUN NN nsubj 2 O
        2 unplugged unplug VERB VBD ROOT 2 O
        3 Hale Hale PROPN NNP poss 5 B-{label}
        4 's 's PART POS case 3 O
        5 {thing} {thing} NOUN NN dobj 2 O
        6 . . PUNCT . punct 2 O
    """)
    assert ("owns-an-artefact" in fired(doc, "Hale")) is owned


SPOKESMAN = """
    0 On on ADP IN prep 7 O
    1 Monday Monday PROPN NNP pobj 0 B-DATE
    2 , , PUNCT , punct 7 O
    3 Tom Tom PROPN NNP compound 4 B-PERSON
    4 Hale Hale PROPN NNP poss 6 I-PERSON
    5 's 's PART POS case 4 O
    6 spokesman spokesman NOUN NN nsubj 7 O
    7 said say VERB VBD ROOT 7 O
    8 so so ADV RB advmod 7 O
    9 . . PUNCT . punct 7 O
"""
PRODUCER = """
    0 The the DET DT det 1 O
    1 film film NOUN NN poss 4 O
    2 's 's PART POS case 1 O
    3 executive executive ADJ JJ amod 4 O
    4 producer producer NOUN NN nsubj 7 O
    5 Tom Tom PROPN NNP compound 6 B-PERSON
    6 Hale Hale PROPN NNP appos 4 I-PERSON
    7 said say VERB VBD ROOT 7 O
    8 . . PUNCT . punct 7 O
"""


@pytest.mark.parametrize("table, name, person", [
    (SPOKESMAN, "Tom Hale", True), (PRODUCER, "Tom Hale", True),
    (SPOKESMAN.replace("Tom Tom", "Kestrel Kestrel").replace("Hale Hale", "Media Media"), "Kestrel Media", False),
    (PRODUCER.replace("4 producer producer", "4 company company"), "Tom Hale", False)])
def test_a_persons_full_name_keeps_its_spokesman_and_a_producers_role(table, name, person):
    # "Tom Hale's spokesman": people have spokesmen; "executive producer Tom Hale" may be a person's
    # role as a firm's; "Kestrel Media's spokesman" and "the company Tom Hale" are firms'
    doc = doc_from_table(table)
    assert ("employer" in fired(doc, name)) is not person
    assert {ref.cls for ref in resolve(doc).entities} == {"Person" if person else "Organization"}


@pytest.mark.parametrize("noun, label, product", [
    ("website", "PERSON", False), ("television", "PERSON", False), ("browser", "PERSON", True),
    ("game", "PERSON", True), ("website", "ORG", False)])
def test_a_persons_website_names_no_product(noun, label, product):
    # "the Hale website" is Tom Hale's; "the Hale browser" a program, "the Hale game" one as often
    doc = doc_from_table(f"""
        0 Visitors visitor NOUN NNS nsubj 3 O
        1 could could AUX MD aux 3 O
        2 not not PART RB neg 3 O
        3 reach reach VERB VB ROOT 3 O
        4 the the DET DT det 6 O
        5 Hale Hale PROPN NNP compound 6 B-{label}
        6 {noun} {noun} NOUN NN dobj 3 O
        7 on on ADP IN prep 3 O
        8 Friday Friday PROPN NNP pobj 7 B-DATE
        9 . . PUNCT . punct 3 O
    """)
    assert ("names-the-product-noun" in fired(doc, "Hale")) is product


def test_a_persons_assistant_is_no_product():
    # "his assistant, Ann Ruiz": a person's aide ("Vexa, a voice assistant" read as a firm is a product)
    table = """
        0 His his PRON PRP$ poss 1 O
        1 assistant assistant NOUN NN nsubj 5 O
        2 , , PUNCT , punct 1 O
        3 Ann Ann PROPN NNP compound 4 B-PERSON
        4 Ruiz Ruiz PROPN NNP appos 1 I-PERSON
        5 spoke speak VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """
    assert "apposition-product" not in fired(doc_from_table(table), "Ann Ruiz")
    as_a_firm = table.replace("B-PERSON", "B-ORG").replace("I-PERSON", "I-ORG")
    assert "apposition-product" in fired(doc_from_table(as_a_firm), "Ann Ruiz")


@pytest.mark.parametrize("before, district", [("November", False), ("Harlow", True)])
def test_a_name_after_a_month_and_a_comma_is_no_district(before, district):
    # "In November, Vantor, which ...": a month is no place ("in Harlow, Vantor, ..." may be a district)
    doc = doc_from_table(f"""
        0 In in ADP IN prep 10 O
        1 {before} {before} PROPN NNP pobj 0 {"B-DATE" if before == "November" else "B-GPE"}
        2 , , PUNCT , punct 10 O
        3 Vantor Vantor PROPN NNP nsubj 10 B-ORG
        4 , , PUNCT , punct 3 O
        5 which which PRON WDT nsubj 6 O
        6 owns own VERB VBZ relcl 3 O
        7 the the DET DT det 8 O
        8 bank bank NOUN NN dobj 6 O
        9 , , PUNCT , punct 3 O
        10 said say VERB VBD ROOT 10 O
        11 so so ADV RB advmod 10 O
        12 . . PUNCT . punct 10 O
    """)
    assert ("district" in fired(doc, "Vantor")) is district


@pytest.mark.parametrize("finance, product", [("investment", False), ("holding", False), ("electric", True)])
def test_an_investment_vehicle_is_no_product(finance, product):
    # "their Zorbit investment vehicle" is a company that holds shares; "their Zorbit electric vehicle" a car
    doc = doc_from_table(f"""
        0 They they PRON PRP nsubj 1 O
        1 invest invest VERB VBP ROOT 1 O
        2 through through ADP IN prep 1 O
        3 their their PRON PRP$ poss 6 O
        4 Zorbit Zorbit PROPN NNP compound 6 B-ORG
        5 {finance} {finance} NOUN NN compound 6 O
        6 vehicle vehicle NOUN NN pobj 2 O
        7 . . PUNCT . punct 1 O
    """)
    assert ("names-an-owned-product" in fired(doc, "Zorbit")) is product


ORGANISERS = """
    0 They they PRON PRP nsubj 1 O
    1 thanked thank VERB VBD ROOT 1 O
    2 the the DET DT det 4 O
    3 show show NOUN NN compound 4 O
    4 organisers organiser NOUN NNS dobj 1 O
    5 , , PUNCT , punct 4 O
    6 the the DET DT det 7 O
    7 KEA KEA PROPN NNP appos 4 B-ORG
    8 , , PUNCT , punct 4 O
    9 on on ADP IN prep 1 O
    10 Tuesday Tuesday PROPN NNP pobj 9 B-DATE
    11 . . PUNCT . punct 1 O
"""
CAMPAIGNERS = """
    0 They they PRON PRP nsubj 1 O
    1 thanked thank VERB VBD ROOT 1 O
    2 local local ADJ JJ amod 3 O
    3 campaigners campaigner NOUN NNS dobj 1 O
    4 Zorbit Zorbit PROPN NNP compound 5 B-ORG
    5 Watch Watch PROPN NNP appos 3 I-ORG
    6 and and CCONJ CC cc 5 O
"""


@pytest.mark.parametrize("table, name, person", [
    (ORGANISERS, "KEA", False),
    (ORGANISERS.replace("6 the the DET DT det 7 O", "6 a a DET DT det 7 O"), "KEA", True),
    (CAMPAIGNERS + """
    7 the the DET DT det 8 O
    8 borough borough NOUN NN conj 5 O
    9 of of ADP IN prep 8 O
    10 Harlow Harlow PROPN NNP pobj 9 B-GPE
    11 . . PUNCT . punct 1 O
    """, "Zorbit Watch", False),
    (CAMPAIGNERS + """
    7 Harlow Harlow PROPN NNP compound 8 B-ORG
    8 Watch Watch PROPN NNP conj 5 I-ORG
    9 . . PUNCT . punct 1 O
    """, "Zorbit Watch", True)])
def test_a_plural_role_beside_one_name_says_a_body(table, name, person):
    # "show organisers, the KEA", "campaigners Zorbit Watch and the borough of Harlow": one body
    # of such people; names listed after the noun ("campaigners Zorbit Watch and Harlow Watch")
    # are each one of them
    assert ("apposition-role" in fired(doc_from_table(table), name)) is person


@pytest.mark.parametrize("name, band", [("Zorbit", True), ("Soul", False), ("Devon", False)])
def test_a_name_before_singer_is_a_bands_unless_a_kind_of_music_or_a_region(name, band):
    # "Zorbit singer Ann Ruiz": a band the model read as a person; "Soul singer" names a style and
    # "Devon singer" a home
    doc = doc_from_table(f"""
        0 {name} {name} PROPN NNP compound 1 B-PERSON
        1 singer singer NOUN NN compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        4 sang sing VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """)
    assert ("band-of-a-member" in fired(doc, name)) is band


@pytest.mark.parametrize("title, seat", [("Lord", True), ("Baroness", True), ("Sir", False)])
def test_the_place_after_a_peers_name_is_their_seat(title, seat):
    # "Lord Hale of Kestrelton": a peer's title names a place; a knight's "of" names his firm
    doc = doc_from_table(f"""
        0 {title} {title} PROPN NNP compound 2 O
        1 Tom Tom PROPN NNP compound 2 B-PERSON
        2 Hale Hale PROPN NNP nsubj 5 I-PERSON
        3 of of ADP IN prep 2 O
        4 Kestrelton Kestrelton PROPN NNP pobj 3 B-ORG
        5 spoke speak VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """)
    assert ("seat-of-a-peer" in fired(doc, "Kestrelton")) is seat


@pytest.mark.parametrize("before, name, label, after, seat", [
    ([], "Zorbiton Vale", "ORG", ["seat"], True),
    ([], "Zorbiton", "PERSON", ["constituency"], True),
    ([], "Harlow South", "ORG", ["seat"], True),  # a town's name and a word of the language
    ([], "Zorbiton Vale", "ORG", ["by", "-", "election"], True),
    ([], "Lib Dem", "ORG", ["seat"], False),  # a party's seat
    ([], "Sinn Fein", "ORG", ["seat"], False),
    ([], "Zorbiton Vale", "ORG", ["office"], False),  # no seat
    ([], "Security Council", "ORG", ["seat"], False),  # a body's
    (["Mr"], "Zorbit", "PERSON", ["seat"], False),  # a panel's place named for a person
    ([], "Ann Ruiz", "PERSON", ["ward"], False),  # a hospital's ward named for one
    ([], "Commons", "ORG", ["seat"], False),  # a word of the language, no town
    ([], "Social Care", "ORG", ["constituency"], False),  # words of the language: a trade's seat
    ([], "Zorbiton Vale", "ORG", ["seat", "belt"], False),  # the noun is another thing's part
])
def test_the_name_before_a_seat_is_its_constituency(before, name, label, after, seat):
    # "She won the Zorbiton Vale seat": the place whose voters fill it, however the model read it
    words = [*before, *name.split(), *after]
    noun = 3 + len(words) - 1  # the last word of ``after``, which every word before it hangs on
    rows = ["0 She she PRON PRP nsubj 1 O", "1 won win VERB VBD ROOT 1 O", f"2 the the DET DT det {noun} O"]
    for k, w in enumerate(before, 3):
        rows.append(f"{k} {w} {w} PROPN NNP compound {noun} O")
    for k, w in enumerate(name.split(), 3 + len(before)):
        rows.append(f"{k} {w} {w} PROPN NNP compound {noun} {'B' if k == 3 + len(before) else 'I'}-{label}")
    # ("by" and the hyphen of "by-election" hang on "election" as the parser hangs them)
    parts = {"by": "ADP IN prep", "-": "PUNCT HYPH punct"}
    for k, w in enumerate(after[:-1], noun - len(after) + 1):
        rows.append(f"{k} {w} {w.lower()} {parts.get(w, 'NOUN NN compound')} {noun} O")
    rows += [f"{noun} {after[-1]} {after[-1]} NOUN NN dobj 1 O", f"{noun + 1} . . PUNCT . punct 1 O"]
    doc = doc_from_table("\n".join(rows))
    assert ("a-seat" in fired(doc, name)) is seat


@pytest.mark.parametrize("line, name, player", [
    # a whole item of a line-up with a substitute and his minute: the model's firm is a player
    ("Hale , Ruiz , Lumen ( Okafor 82 ) , Vance , Zorbit , Kestrel .", "Zorbit", True),
    ("Subs : Hale , Ruiz , Lumen , Vance , Zorbit , Kestrel .", "Zorbit", True),
    # ... or a line of seven names and nothing else (a team sheet without the minutes)
    ("Hale , Ruiz , Lumen , Vance , Zorbit , Kestrel , S Okafor .", "Zorbit", True),
    # ... not a shorter list with no such mark, the club a line-up opens with, nor a club in brackets
    ("Hale , Ruiz , Lumen , Vance , Zorbit , Kestrel .", "Zorbit", False),
    ("Fans of Hale , Ruiz , Lumen , Vance , Zorbit , Kestrel , Okafor .", "Zorbit", False),
    ("Zorbit : Hale , Ruiz , Lumen ( Okafor 82 ) , Vance , Kestrel .", "Zorbit", False),
    ("Hale ( Zorbit ) , Ruiz , Lumen ( Okafor 82 ) , Vance , Kestrel .", "Zorbit", False),
])
def test_a_name_that_is_an_item_of_a_line_up_is_a_players(line, name, player):
    words = line.split()
    k = words.index(name)
    doc = Doc(vocab(), words=words, sent_starts=[i == 0 for i in range(len(words))],
              spaces=[i + 1 < len(words) and words[i + 1] not in {",", ".", ")", ":"} and w != "(" for i, w in enumerate(words)])
    doc.ents = [Span(doc, k, k + 1, label="ORG")]
    assert ("in-a-team-sheet" in fired(doc, name)) is player


def test_a_countys_name_is_no_persons_and_yields_to_what_the_text_says():
    # "Sarah Zorbitshire" is a person; "project leader at Zorbitshire" a university or a club
    person = doc_from_table("""
        0 Sarah Sarah PROPN NNP compound 1 B-PERSON
        1 Zorbitshire Zorbitshire PROPN NNP nsubj 2 I-PERSON
        2 acted act VERB VBD ROOT 2 O
        3 . . PUNCT . punct 2 O
    """)
    assert "county-name" not in fired(person, "Sarah Zorbitshire")
    employer = doc_from_table("""
        0 He he PRON PRP nsubj 1 O
        1 said say VERB VBD ROOT 1 O
        2 so so ADV RB advmod 1 O
        3 , , PUNCT , punct 1 O
        4 said say VERB VBD ccomp 1 O
        5 Professor Professor PROPN NNP compound 7 O
        6 Ann Ann PROPN NNP compound 7 B-PERSON
        7 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        8 , , PUNCT , punct 7 O
        9 project project NOUN NN compound 10 O
        10 leader leader NOUN NN appos 7 O
        11 at at ADP IN prep 10 O
        12 Zorbitshire Zorbitshire PROPN NNP pobj 11 B-GPE
        13 . . PUNCT . punct 1 O
    """)
    assert {ref.name: ref.cls for ref in resolve(employer).entities}["Zorbitshire"] == "Organization"


def test_a_common_noun_in_lower_case_opens_no_persons_name():
    from kg.mentions.names import clean

    doc = doc_from_table("""
        0 buying buy VERB VBG ROOT 0 O
        1 broadcaster broadcaster NOUN NN compound 2 B-PERSON
        2 ZephyrNet ZephyrNet PROPN NNP poss 4 I-PERSON
        3 's 's PART POS case 2 O
        4 stake stake NOUN NN dobj 0 O
        5 van van PROPN NNP compound 6 B-PERSON
        6 Hale Hale PROPN NNP appos 4 I-PERSON
    """)
    assert clean(doc.ents[0]).text == "ZephyrNet"
    assert clean(doc.ents[1]).text == "van Hale"


def test_a_ground_named_after_a_word_of_clubs_is_no_club():
    doc = doc_from_table("""
        0 They they PRON PRP nsubj 1 O
        1 played play VERB VBD ROOT 1 O
        2 at at ADP IN prep 1 O
        3 the the DET DT det 4 O
        4 Stade Stade PROPN NNP pobj 2 B-FAC
        5 de de PROPN NNP flat 4 I-FAC
        6 Zorbit Zorbit PROPN NNP flat 4 I-FAC
        7 . . PUNCT . punct 1 O
    """)
    assert "club-name-opening" not in fired(doc, "Stade de Zorbit")


def test_a_full_name_after_the_field_of_a_role_is_its_holder():
    # "director of rugby Tom Hale": the name is the director's, no employer's ("chairman of Kestrel
    # Rugby" names one)
    doc = doc_from_table("""
        0 Kestrel Kestrel PROPN NNP nsubj 6 B-ORG
        1 director director NOUN NN appos 0 O
        2 of of ADP IN prep 1 O
        3 rugby rugby PROPN NNP compound 5 O
        4 Tom Tom PROPN NNP compound 5 B-PERSON
        5 Hale Hale PROPN NNP pobj 2 I-PERSON
        6 said say VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """)
    assert "employer" not in fired(doc, "Tom Hale")
    assert {ref.cls for ref, surfaces in resolve(doc).entities.items() if "Tom Hale" in surfaces} == {"Person"}


def test_a_full_name_after_a_possessive_the_model_missed_is_a_person():
    # and no product of the organisation's, though it is owned by name
    doc = doc_from_table("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Networks Networks PROPN NNPS poss 5 I-ORG
        2 ' ' PART POS case 1 I-ORG
        3 Ann Ann PROPN NNP compound 5 O
        4 Zadie Zadie PROPN NNP compound 5 O
        5 Ruiz Ruiz PROPN NNP nsubj 6 O
        6 spoke speak VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """)
    assert {ref.cls for ref, surfaces in resolve(doc).entities.items() if "Ann Zadie Ruiz" in surfaces} == {"Person"}
    # a name that does not open with a given name may be the firm's product
    doc = doc_from_table("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Networks Networks PROPN NNPS poss 4 I-ORG
        2 ' ' PART POS case 1 I-ORG
        3 Zephyr Zephyr PROPN NNP compound 4 B-PRODUCT
        4 Player Player PROPN NNP nsubj 5 I-PRODUCT
        5 sold sell VERB VBD ROOT 5 O
        6 well well ADV RB advmod 5 O
        7 . . PUNCT . punct 5 O
    """)
    assert "staff-of-an-organisation" not in fired(doc, "Zephyr Player")


def test_what_a_product_is_built_on_is_no_place():
    doc = doc_from_table("""
        0 Kestrel Kestrel PROPN NNP npadvmod 2 B-ORG
        1 - - PUNCT HYPH punct 2 O
        2 based base VERB VBN amod 3 O
        3 computers computer NOUN NNS nsubj 4 O
        4 sold sell VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """)
    assert "based-there" not in fired(doc, "Kestrel")


def test_a_name_opening_what_is_based_somewhere_is_not_said_to_be_the_place():
    # "The unit was based in the Hale barracks.": the barracks are where it is based
    doc = doc_from_table("""
        0 The the DET DT det 1 O
        1 unit unit NOUN NN nsubjpass 3 O
        2 was be AUX VBD auxpass 3 O
        3 based base VERB VBN ROOT 3 O
        4 in in ADP IN prep 3 O
        5 the the DET DT det 7 O
        6 Hale Hale PROPN NNP compound 7 B-PERSON
        7 barracks barracks NOUN NN pobj 4 O
        8 . . PUNCT . punct 3 O
    """)
    assert "based-there" not in fired(doc, "Hale")


def test_a_maker_of_works_may_be_a_person():
    # a film's or a game's maker may be its director or designer: no firm is said
    for trade, word in (("film", "film"), ("games", "game")):
        doc = doc_from_table(f"""
            0 British British ADJ JJ amod 2 B-NORP
            1 {trade} {word} NOUN NNS compound 2 O
            2 maker maker NOUN NN compound 4 O
            3 Ann Ann PROPN NNP compound 4 B-PERSON
            4 Ruiz Ruiz PROPN NNP nsubj 5 I-PERSON
            5 spoke speak VERB VBD ROOT 5 O
            6 . . PUNCT . punct 5 O
        """)
        assert "employer" not in fired(doc, "Ann Ruiz")


def test_a_name_before_a_plural_or_read_as_a_company_names_no_product():
    # "Saturn vehicles" are a maker's many products; "the Vantor jet" names its maker
    for table, name in (("""
        0 Future future NOUN NN amod 2 O
        1 Saturn Saturn PROPN NNP compound 2 B-PERSON
        2 vehicles vehicle NOUN NNS nsubj 4 O
        3 will will AUX MD aux 4 O
        4 be be AUX VB ROOT 4 O
        5 smaller small ADJ JJR acomp 4 O
        6 . . PUNCT . punct 4 O
    """, 'Saturn'), ("""
        0 The the DET DT det 2 O
        1 Vantor Vantor PROPN NNP compound 2 B-ORG
        2 jet jet NOUN NN nsubj 3 O
        3 landed land VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
    """, 'Vantor'), ("""
        0 The the DET DT det 3 O
        1 My my PROPN NNP compound 3 O
        2 Acme Acme PROPN NNP compound 3 B-PERSON
        3 service service NOUN NN nsubj 4 O
        4 grew grow VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, 'Acme'), ("""
        0 The the DET DT det 3 B-ORG
        1 Vantor Vantor PROPN NNP compound 2 I-ORG
        2 Motors Motors PROPN NNP compound 4 I-ORG
        3 electric electric ADJ JJ amod 4 O
        4 car car NOUN NN nsubj 5 O
        5 sold sell VERB VBD ROOT 5 O
        6 well well ADV RB advmod 5 O
        7 . . PUNCT . punct 5 O
    """, 'Vantor Motors')):
        assert 'names-the-product-noun' not in fired(doc_from_table(table), name)


def test_a_home_nation_in_a_match_report_is_a_team():
    table = """
        0 Wales Wales PROPN NNP nsubj 1 B-ORG
        1 beat beat VERB VBD ROOT 1 O
        2 Italy Italy PROPN NNP dobj 1 B-GPE
        3 20 20 NUM CD npadvmod 1 B-CARDINAL
        4 - - SYM SYM punct 5 O
        5 10 10 NUM CD prep 3 B-CARDINAL
        6 . . PUNCT . punct 1 O
    """
    assert 'home-nation' not in fired(doc_from_table(table), 'Wales')


def test_a_nation_or_a_town_before_a_role_any_body_has_names_no_club():
    # a national team takes the nation's name and is no club; a town's mayor or player may be no team's
    for name, role in (("Wales", "coach"), ("Kestrelton", "player"), ("Kestrelton", "mayor")):
        table = f"""
            0 {name} {name} PROPN NNP compound 1 B-GPE
            1 {role} {role} NOUN NN compound 3 O
            2 Ann Ann PROPN NNP compound 3 B-PERSON
            3 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
            4 spoke speak VERB VBD ROOT 4 O
            5 . . PUNCT . punct 4 O
        """
        assert 'club-of-a-player' not in fired(doc_from_table(table), name), (name, role)


def test_a_plural_role_set_beside_one_name_names_a_firm_only_of_a_trade_firms_are_named_by():
    table = """
        0 Voters voter NOUN NNS nsubj 1 O
        1 backed back VERB VBD ROOT 1 O
        2 councillors councillor NOUN NNS dobj 1 O
        3 Ann Ann PROPN NNP compound 4 B-PERSON
        4 Ruiz Ruiz PROPN NNP appos 2 I-PERSON
        5 . . PUNCT . punct 1 O
    """
    assert 'firm-of-a-trade' not in fired(doc_from_table(table), 'Ann Ruiz')


def test_a_place_before_a_noun_of_its_team_names_no_product():
    table = """
        0 He he PRON PRP nsubj 1 O
        1 missed miss VERB VBD ROOT 1 O
        2 the the DET DT det 4 O
        3 Leeds Leeds PROPN NNP compound 4 B-GPE
        4 game game NOUN NN dobj 1 O
        5 . . PUNCT . punct 1 O
    """
    assert 'names-the-product-noun' not in fired(doc_from_table(table), 'Leeds')


def test_a_plural_role_before_a_list_names_people():
    table = """
        0 The the DET DT det 1 O
        1 film film NOUN NN nsubj 2 O
        2 stars star VERB VBZ ROOT 2 O
        3 actors actor NOUN NNS compound 5 O
        4 Ann Ann PROPN NNP compound 5 B-PERSON
        5 Ruiz Ruiz PROPN NNP dobj 2 I-PERSON
        6 , , PUNCT , punct 5 O
        7 Tom Tom PROPN NNP compound 8 B-PERSON
        8 Hale Hale PROPN NNP appos 5 I-PERSON
        9 and and CCONJ CC cc 8 O
        10 Li Li PROPN NNP compound 11 B-PERSON
        11 Wei Wei PROPN NNP conj 8 I-PERSON
        12 . . PUNCT . punct 2 O
    """
    assert 'firm-of-a-trade' not in fired(doc_from_table(table), 'Ann Ruiz')
    assert 'holds-a-role' in fired(doc_from_table(table), 'Ann Ruiz')


def test_an_owners_plural_or_broadcast_names_no_product_it_made():
    for table, name in (("""
        0 Kestrel Kestrel PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 Vantor Vantor PROPN NNP compound 3 B-ORG
        3 jets jet NOUN NNS nsubj 4 O
        4 landed land VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, 'Vantor'), ("""
        0 Kestrel Kestrel PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 Newsround Newsround PROPN NNP compound 3 B-ORG
        3 programme programme NOUN NN nsubj 4 O
        4 ended end VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, 'Newsround')):
        assert 'names-an-owned-product' not in fired(doc_from_table(table), name)


def test_a_firm_or_a_rival_between_owner_and_name_makes_no_product():
    # "Vantor's European rival Kestrel" and "Vantor's carmaker Kestrel" are firms; "Vantor's new
    # Kestrel" is still a thing Vantor made
    table = """
        0 Vantor Vantor PROPN NNP poss 4 B-ORG
        1 's 's PART POS case 0 O
        2 {first} {first_lemma} ADJ JJ amod 3 O
        3 {second} {second} {pos} {tag} compound 4 O
        4 Kestrel Kestrel PROPN NNP nsubj 5 B-ORG
        5 grew grow VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """
    for first, second, pos, tag, made in (("European", "rival", "ADJ", "JJ", False),
                                           ("Swedish", "carmaker", "NOUN", "NN", False),
                                           ("shiny", "new", "ADJ", "JJ", True)):
        doc = doc_from_table(table.format(first=first, first_lemma=first.lower(), second=second, pos=pos, tag=tag))
        assert ('made-by-an-organisation' in fired(doc, 'Kestrel')) == made


def test_a_name_shaped_like_a_model_that_a_firm_owns_is_a_product_though_read_as_a_person():
    # "games made for Kestrel's ZephyrBox Advance": no person's name has a capital inside a word
    # or a number; "Kestrel's Ann Ruiz" is still a person
    table = """
        0 The the DET DT det 1 O
        1 DS DS PROPN NNP nsubj 3 O
        2 can can AUX MD aux 3 O
        3 run run VERB VB ROOT 3 O
        4 games game NOUN NNS dobj 3 O
        5 produced produce VERB VBN acl 4 O
        6 for for ADP IN prep 5 O
        7 Kestrel Kestrel PROPN NNP poss 10 B-ORG
        8 's 's PART POS case 7 O
        9 {first} {first} PROPN NNP compound 10 B-PERSON
        10 {last} {last} PROPN NNP pobj 6 I-PERSON
        11 . . PUNCT . punct 3 O
    """
    for first, last, cls in (("ZephyrBox", "Advance", "Product"), ("Zephyr", "360", "Product"), ("Ann", "Ruiz", "Person")):
        doc = doc_from_table(table.format(first=first, last=last))
        name = f"{first} {last}"
        assert ('made-by-an-organisation' in fired(doc, name)) == (cls == "Product")
        assert {ref.cls for ref, surfaces in resolve(doc).entities.items() if name in surfaces} == {cls}


@pytest.mark.parametrize("table, name, cue, cls", CASES)
def test_cue_fires_and_decides_the_class(table, name, cue, cls):
    doc = doc_from_table(table)
    assert cue in fired(doc, name)
    assert BY_NAME[cue].cls == cls
    classes = {ref.cls for ref, surfaces in resolve(doc).entities.items() if name in surfaces}
    assert classes == {cls}


def test_every_cue_has_a_case():
    assert {case.values[2] for case in CASES} == set(BY_NAME)


def test_a_duo_of_names_is_two_people():
    doc = doc_from_table("""
        0 Comedy comedy NOUN NN compound 1 O
        1 duo duo NOUN NN compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 7 I-PERSON
        4 and and CCONJ CC cc 3 O
        5 Tom Tom PROPN NNP compound 6 B-PERSON
        6 Hale Hale PROPN NNP conj 3 I-PERSON
        7 hosted host VERB VBD ROOT 7 O
        8 the the DET DT det 9 O
        9 show show NOUN NN dobj 7 O
        10 . . PUNCT . punct 7 O
    """)
    assert "named-group" not in fired(doc, "Ann Ruiz")
    assert {ref.cls for ref in resolve(doc).entities} == {"Person"}


def test_the_subject_of_a_clause_on_a_group_noun_is_no_group():
    doc = doc_from_table("""
        0 The the DET DT det 1 O
        1 band band NOUN NN ROOT 1 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP nsubj 4 I-PERSON
        4 formed form VERB VBD relcl 1 O
        5 in in ADP IN prep 4 O
        6 1990 1990 NUM CD pobj 5 B-DATE
        7 split split VERB VBD conj 4 O
        8 up up ADP RP prt 7 O
        9 last last ADJ JJ amod 10 B-DATE
        10 year year NOUN NN npadvmod 7 I-DATE
        11 . . PUNCT . punct 4 O
    """)
    assert "named-group" not in fired(doc, "Tom Hale")
    assert ("Person", "Tom Hale") in {(ref.cls, ref.name) for ref in resolve(doc).entities}


def test_a_place_ending_after_of_or_and_ends_no_place():
    # "the University of the Highlands and Islands": its head is its first word
    doc = doc_from_table("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 joined join VERB VBD ROOT 2 O
        3 Vantor Vantor PROPN NNP dobj 2 B-ORG
        4 and and CCONJ CC cc 3 I-ORG
        5 Islands Islands PROPN NNPS conj 3 I-ORG
        6 . . PUNCT . punct 2 O
    """)
    assert 'place-name-ending' not in fired(doc, 'Vantor and Islands')


def test_a_firm_noun_of_another_name_leaves_the_name_alone():
    # "Ann Ruiz of Kestrel, the Leeds brewer": the brewer is Kestrel; "Ann Ruiz, rock group Vexa and
    # ...": a list of names
    doc = doc_from_table("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 9 I-PERSON
        2 of of ADP IN prep 1 O
        3 Kestrel Kestrel PROPN NNP pobj 2 B-ORG
        4 , , PUNCT , punct 1 O
        5 the the DET DT det 7 O
        6 Leeds Leeds PROPN NNP compound 7 B-GPE
        7 brewer brewer NOUN NN appos 1 O
        8 , , PUNCT , punct 1 O
        9 spoke speak VERB VBD ROOT 9 O
        10 . . PUNCT . punct 9 O
    """)
    assert 'described-as-a-firm' not in fired(doc, 'Ann Ruiz')
    doc = doc_from_table("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 6 I-PERSON
        2 , , PUNCT , punct 1 O
        3 rock rock NOUN NN compound 4 O
        4 group group NOUN NN appos 1 O
        5 Vexa Vexa PROPN NNP appos 4 O
        6 won win VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """)
    assert 'described-as-a-firm' not in fired(doc, 'Ann Ruiz')


def test_a_customer_may_be_a_firm():
    # firms are customers, clients and specialists as often as people are: no vote for a person
    doc = doc_from_table("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-PERSON
        1 Air Air PROPN NNP nsubj 2 I-PERSON
        2 is be AUX VBZ ROOT 2 O
        3 the the DET DT det 6 O
        4 other other ADJ JJ amod 6 O
        5 launch launch NOUN NN compound 6 O
        6 customer customer NOUN NN attr 2 O
        7 . . PUNCT . punct 2 O
    """)
    assert 'holds-a-role' not in fired(doc, 'Kestrel Air')


def test_an_auditor_or_a_dealer_may_be_a_firm():
    # "Kestrel Bank is the biggest currency dealer", "Vantor, the firm's auditor"
    doc = doc_from_table("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Bank Bank PROPN NNP nsubj 2 I-ORG
        2 is be AUX VBZ ROOT 2 O
        3 the the DET DT det 6 O
        4 biggest big ADJ JJS amod 6 O
        5 currency currency NOUN NN compound 6 O
        6 dealer dealer NOUN NN attr 2 O
        7 . . PUNCT . punct 2 O
    """)
    assert 'holds-a-role' not in fired(doc, 'Kestrel Bank')
    doc = doc_from_table("""
        0 Vantor Vantor PROPN NNP nsubj 6 B-ORG
        1 , , PUNCT , punct 0 O
        2 the the DET DT det 4 O
        3 firm firm NOUN NN poss 4 O
        4 auditor auditor NOUN NN appos 0 O
        5 , , PUNCT , punct 0 O
        6 resigned resign VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """)
    assert 'apposition-role' not in fired(doc, 'Vantor')


def test_a_thing_shaped_like_an_agent_before_a_name_is_no_role():
    # "plunder" ends like "founder", "management" like "agent": neither names what someone does
    for word, lemma in (("plunders", "plunder"), ("management", "management")):
        doc = doc_from_table(f"""
            0 Zorbit Zorbit PROPN NNP nsubj 1 B-PERSON
            1 said say VERB VBD ROOT 1 O
            2 its its PRON PRP$ poss 5 O
            3 {word} {lemma} NOUN NN compound 5 O
            4 Kestrel Kestrel PROPN NNP compound 5 B-ORG
            5 Mail Mail PROPN NNP dobj 1 I-ORG
            6 . . PUNCT . punct 1 O
        """)
        assert 'holds-a-role' not in fired(doc, 'Kestrel Mail')


def test_a_name_listed_beside_another_is_not_described_by_it():
    # "artists include Ann Ruiz, The Game and Vexa": "The Game" is a band's name, not "a game"
    doc = doc_from_table("""
        0 Artists artist NOUN NNS nsubj 1 O
        1 include include VERB VBP ROOT 1 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP dobj 1 I-PERSON
        4 , , PUNCT , punct 3 O
        5 The the DET DT det 6 O
        6 Game Game PROPN NNP appos 3 O
        7 and and CCONJ CC cc 6 O
        8 Vexa Vexa PROPN NNP conj 6 B-ORG
        9 . . PUNCT . punct 1 O
    """)
    assert 'apposition-product' not in fired(doc, 'Ann Ruiz')


def test_a_city_named_after_its_state_is_no_club():
    # "... City" ends club names ("Manchester City"), not a city named after its state
    doc = doc_from_table("""
        0 She she PRON PRP nsubj 1 O
        1 moved move VERB VBD ROOT 1 O
        2 to to ADP IN prep 1 O
        3 Kansas Kansas PROPN NNP compound 4 B-GPE
        4 City City PROPN NNP pobj 2 I-GPE
        5 last last ADJ JJ amod 6 B-DATE
        6 year year NOUN NN npadvmod 1 I-DATE
        7 . . PUNCT . punct 1 O
    """)
    assert "organisation-name-ending" not in fired(doc, "Kansas City")
    assert {ref.cls for ref in resolve(doc).entities} == {"Place"}


@pytest.mark.parametrize("where, place", [("east", True), ("resort", True), ("fans", False)])
def test_a_city_said_to_lie_somewhere_or_to_be_a_town_is_no_club(where, place):
    # "east of Zorbit City", "the resort of Zorbit City" name the town; "fans of Zorbit City" the club
    doc = doc_from_table(f"""
        0 It it PRON PRP nsubj 1 O
        1 lies lie VERB VBZ ROOT 1 O
        2 {where} {where} NOUN NN dobj 1 O
        3 of of ADP IN prep 2 O
        4 Zorbit Zorbit PROPN NNP compound 5 B-GPE
        5 City City PROPN NNP pobj 3 I-GPE
        6 . . PUNCT . punct 1 O
    """)
    assert ("organisation-name-ending" not in fired(doc, "Zorbit City")) is place
    assert {ref.cls for ref in resolve(doc).entities} == {"Place" if place else "Organization"}


def test_a_name_cut_short_keeps_no_dangling_word():
    # the model stopped the newspaper's name after "of" (the town set as O by hand)
    doc = doc_from_table("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 12 I-PERSON
        2 of of ADP IN prep 1 O
        3 The the DET DT det 6 B-ORG
        4 Free Free PROPN NNP compound 6 I-ORG
        5 - - PUNCT HYPH punct 6 I-ORG
        6 Press Press PROPN NNP pobj 2 I-ORG
        7 of of ADP IN prep 6 I-ORG
        8 Mobile Mobile PROPN NNP pobj 7 O
        9 , , PUNCT , punct 8 O
        10 Ala. Ala. PROPN NNP appos 8 B-GPE
        11 , , PUNCT , punct 8 O
        12 won win VERB VBD ROOT 12 O
        13 the the DET DT det 15 O
        14 press press NOUN NN compound 15 O
        15 award award NOUN NN dobj 12 O
        16 . . PUNCT . punct 12 O
    """)
    assert "Free-Press" in {m.text for m in find_mentions(doc)}
    assert not any(m.text.endswith(" of") for m in find_mentions(doc))


def test_an_exchange_that_shares_an_index_name_stays_an_organisation():
    doc = doc_from_table("""
        0 Quillon Quillon PROPN NNP compound 1 O
        1 Labs Labs PROPN NNPS compound 2 O
        2 shares share NOUN NNS nsubjpass 4 O
        3 are be AUX VBP auxpass 4 O
        4 listed list VERB VBN ROOT 4 O
        5 on on ADP IN prep 4 O
        6 the the DET DT det 7 O
        7 Nasdaq Nasdaq PROPN NNP pobj 5 B-ORG
        8 . . PUNCT . punct 4 O
    """)
    assert "stock-index" not in fired(doc, "Nasdaq")
    assert {ref.cls for ref, surfaces in resolve(doc).entities.items() if "Nasdaq" in surfaces} == {"Organization"}
    doc = doc_from_table("""
        0 Dow Dow PROPN NNP nsubj 1 B-ORG
        1 closed close VERB VBD ROOT 1 O
        2 its its PRON PRP$ poss 4 O
        3 Ohio Ohio PROPN NNP compound 4 B-GPE
        4 plant plant NOUN NN dobj 1 O
        5 in in ADP IN prep 1 O
        6 May May PROPN NNP pobj 5 B-DATE
        7 . . PUNCT . punct 1 O
    """)
    assert "stock-index" not in fired(doc, "Dow")


def test_an_index_moves_by_points():
    doc = doc_from_table("""
        0 The the DET DT det 1 O
        1 Nasdaq Nasdaq PROPN NNP nsubj 2 B-ORG
        2 lost lose VERB VBD ROOT 2 O
        3 40 40 NUM CD nummod 4 B-CARDINAL
        4 points point NOUN NNS dobj 2 O
        5 on on ADP IN prep 2 O
        6 Friday Friday PROPN NNP pobj 5 B-DATE
        7 . . PUNCT . punct 2 O
    """)
    assert "stock-index" in fired(doc, "Nasdaq")


def test_a_surname_the_model_read_as_an_organisation_is_the_person():
    doc = doc_from_table("""
        0 Nadia Nadia PROPN NNP compound 1 B-PERSON
        1 Okafor Okafor PROPN NNP nsubj 2 I-PERSON
        2 runs run VERB VBZ ROOT 2 O
        3 the the DET DT det 4 O
        4 lab lab NOUN NN dobj 2 O
        5 . . PUNCT . punct 2 O
        6 Okafor Okafor PROPN NNP nsubj 7 B-ORG
        7 said say VERB VBD ROOT 7 O
        8 the the DET DT det 9 O
        9 tests test NOUN NNS nsubj 10 O
        10 went go VERB VBD ccomp 7 O
        11 well well ADV RB advmod 10 O
        12 . . PUNCT . punct 7 O
    """)
    entities = resolve(doc).entities
    assert [(ref.cls, surfaces) for ref, surfaces in entities.items() if "Okafor" in surfaces] == [
        ("Person", {"Nadia Okafor", "Okafor"})]


def test_a_surname_in_the_sentence_of_the_full_name_is_the_person():
    doc = doc_from_table("""
        0 Critics critic NOUN NNS nsubj 1 O
        1 included include VERB VBD ROOT 1 O
        2 campaigner campaigner NOUN NN compound 4 O
        3 Nadia Nadia PROPN NNP compound 4 B-PERSON
        4 Okafor Okafor PROPN NNP dobj 1 I-PERSON
        5 , , PUNCT , punct 1 O
        6 with with ADP IN prep 1 O
        7 Okafor Okafor PROPN NNP nsubj 8 B-ORG
        8 saying say VERB VBG pcomp 6 O
        9 the the DET DT det 10 O
        10 rules rule NOUN NNS nsubj 11 O
        11 were be AUX VBD ccomp 8 O
        12 unfair unfair ADJ JJ acomp 11 O
        13 . . PUNCT . punct 1 O
    """)
    entities = resolve(doc).entities
    assert [(ref.cls, surfaces) for ref, surfaces in entities.items() if "Okafor" in surfaces] == [
        ("Person", {"Nadia Okafor", "Okafor"})]


def test_a_persons_version_of_a_work_is_no_artefact_a_firm_made():
    doc = doc_from_table("""
        0 Nadia Nadia PROPN NNP compound 1 B-PERSON
        1 Okafor Okafor PROPN NNP nsubj 2 I-PERSON
        2 directed direct VERB VBD ROOT 2 O
        3 the the DET DT det 4 O
        4 film film NOUN NN dobj 2 O
        5 . . PUNCT . punct 2 O
        6 Okafor Okafor PROPN NNP poss 8 B-PERSON
        7 's 's PART POS case 6 O
        8 version version NOUN NN nsubjpass 10 O
        9 was be AUX VBD auxpass 10 O
        10 shelved shelve VERB VBN ROOT 10 O
        11 . . PUNCT . punct 10 O
    """)
    assert "owns-an-artefact" not in fired(doc, "Okafor")
    entities = resolve(doc).entities
    assert [(ref.cls, surfaces) for ref, surfaces in entities.items() if "Okafor" in surfaces] == [
        ("Person", {"Nadia Okafor", "Okafor"})]


def test_a_surname_listed_along_with_others_is_the_person():
    doc = doc_from_table("""
        0 Nadia Nadia PROPN NNP compound 1 B-PERSON
        1 Okafor Okafor PROPN NNP nsubj 2 I-PERSON
        2 directed direct VERB VBD ROOT 2 O
        3 the the DET DT det 4 O
        4 film film NOUN NN dobj 2 O
        5 . . PUNCT . punct 2 O
        6 A a DET DT det 7 O
        7 studio studio NOUN NN nsubjpass 9 O
        8 was be AUX VBD auxpass 9 O
        9 honoured honour VERB VBN ROOT 9 O
        10 along along ADV RB advmod 11 O
        11 with with ADP IN prep 9 O
        12 Okafor Okafor PROPN NNP pobj 11 B-ORG
        13 . . PUNCT . punct 9 O
    """)
    entities = resolve(doc).entities
    assert [(ref.cls, surfaces) for ref, surfaces in entities.items() if "Okafor" in surfaces] == [
        ("Person", {"Nadia Okafor", "Okafor"})]


def test_a_full_name_the_model_read_as_an_organisation_is_the_person_its_surname_names():
    doc = doc_from_table("""
        0 Leeds Leeds PROPN NNP poss 3 B-GPE
        1 's 's PART POS case 0 O
        2 Nadia Nadia PROPN NNP compound 3 B-ORG
        3 Okafor Okafor PROPN NNP nsubj 4 I-ORG
        4 won win VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
        6 Okafor Okafor PROPN NNP nsubj 7 B-PERSON
        7 said say VERB VBD ROOT 7 O
        8 it it PRON PRP nsubj 9 O
        9 was be AUX VBD ccomp 7 O
        10 hard hard ADJ JJ acomp 9 O
        11 . . PUNCT . punct 7 O
    """)
    entities = resolve(doc).entities
    assert [(ref.cls, ref.name, surfaces) for ref, surfaces in entities.items() if "Okafor" in ref.name] == [
        ("Person", "Nadia Okafor", {"Nadia Okafor", "Okafor"})]


@pytest.mark.parametrize("first", ["American", "Editors"])
def test_a_name_opened_by_a_nationality_or_a_noun_of_people_is_no_full_name_of_a_person(first):
    doc = doc_from_table(f"""
        0 {first} {first} PROPN NNP compound 1 B-ORG
        1 Okafor Okafor PROPN NNP nsubj 2 I-ORG
        2 returned return VERB VBD ROOT 2 O
        3 . . PUNCT . punct 2 O
        4 Okafor Okafor PROPN NNP nsubj 5 B-PERSON
        5 said say VERB VBD ROOT 5 O
        6 it it PRON PRP nsubj 7 O
        7 was be AUX VBD ccomp 5 O
        8 hard hard ADJ JJ acomp 7 O
        9 . . PUNCT . punct 5 O
    """)
    classes = sorted((ref.cls, ref.name) for ref in resolve(doc).entities if "Okafor" in ref.name)
    assert classes == [("Organization", f"{first} Okafor"), ("Person", "Okafor")]


def test_a_company_named_after_its_founder_stays_apart():
    doc = doc_from_table("""
        0 Tomas Tomas PROPN NNP compound 1 B-PERSON
        1 Brandt Brandt PROPN NNP nsubj 8 I-PERSON
        2 , , PUNCT , punct 1 O
        3 the the DET DT det 4 O
        4 chairman chairman NOUN NN appos 1 O
        5 of of ADP IN prep 4 O
        6 Brandt Brandt PROPN NNP pobj 5 B-ORG
        7 , , PUNCT , punct 1 O
        8 spoke speak VERB VBD ROOT 8 O
        9 . . PUNCT . punct 8 O
    """)
    classes = {ref.cls for ref, surfaces in resolve(doc).entities.items() if surfaces & {"Brandt", "Tomas Brandt"}}
    assert classes == {"Person", "Organization"}


def test_a_surname_a_cue_reads_as_a_company_stays_the_companys():
    # "Okafor's shareholders": only a firm has them, so the name alone is her firm's, however few
    # the model's readings (its guesses alone would give the name to her)
    doc = doc_from_table("""
        0 Nadia Nadia PROPN NNP compound 1 B-PERSON
        1 Okafor Okafor PROPN NNP nsubj 2 I-PERSON
        2 runs run VERB VBZ ROOT 2 O
        3 the the DET DT det 4 O
        4 lab lab NOUN NN dobj 2 O
        5 . . PUNCT . punct 2 O
        6 Okafor Okafor PROPN NNP poss 8 B-ORG
        7 's 's PART POS case 6 O
        8 shareholders shareholder NOUN NNS nsubj 9 O
        9 met meet VERB VBD ROOT 9 O
        10 . . PUNCT . punct 9 O
    """)
    entities = resolve(doc).entities
    assert sorted((ref.cls, sorted(surfaces)) for ref, surfaces in entities.items()) == [
        ("Organization", ["Okafor"]), ("Person", ["Nadia Okafor"])]


def test_a_part_of_an_organisation_its_event_or_its_short_name_is_no_product_it_owns():
    # "Vantor's Review Board" and "the Kestrel Bank's Rates Committee" are parts of them, "Vantor's
    # Worldwide Developers Conference" an event it holds; "(KDS)" after "Kestrel Data Services'" is
    # its short name, which the parser hangs on the name as a possessive; "Kestrel's Zorbit
    # Society" a body of its own, "Vantor's Office of Safety" a part
    for table, name, cls in (("""
        0 The the DET DT det 1 O
        1 chair chair NOUN NN nsubj 7 O
        2 of of ADP IN prep 1 O
        3 Vantor Vantor PROPN NNP poss 6 B-ORG
        4 's 's PART POS case 3 O
        5 Review Review PROPN NNP compound 6 B-ORG
        6 Board Board PROPN NNP pobj 2 I-ORG
        7 resigned resign VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, 'Review Board', "Organization"), ("""
        0 A a DET DT det 1 O
        1 study study NOUN NN nsubj 10 O
        2 by by ADP IN prep 1 O
        3 Kestrel Kestrel PROPN NNP compound 5 B-ORG
        4 Data Data PROPN NNP compound 5 I-ORG
        5 Services Services PROPN NNPS poss 8 I-ORG
        6 ' ' PART POS case 5 O
        7 ( ( PUNCT -LRB- punct 8 O
        8 KDS KDS PROPN NNP pobj 2 B-ORG
        9 ) ) PUNCT -RRB- punct 8 O
        10 found find VERB VBD ROOT 10 O
        11 little little ADJ JJ oprd 10 O
        12 . . PUNCT . punct 10 O
    """, 'KDS', "Organization"), ("""
        0 The the DET DT det 2 O
        1 Kestrel Kestrel PROPN NNP compound 2 B-ORG
        2 Bank Bank PROPN NNP poss 5 I-ORG
        3 's 's PART POS case 2 O
        4 Rates Rates PROPN NNP compound 5 B-ORG
        5 Committee Committee PROPN NNP nsubj 6 I-ORG
        6 met meet VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """, 'Rates Committee', "Organization"), ("""
        0 Vantor Vantor PROPN NNP poss 4 B-ORG
        1 's 's PART POS case 0 O
        2 Worldwide Worldwide PROPN NNP compound 4 B-ORG
        3 Developers Developers PROPN NNP compound 4 I-ORG
        4 Conference Conference PROPN NNP nsubj 5 I-ORG
        5 opened open VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, 'Worldwide Developers Conference', "Event"), ("""
        0 He he PRON PRP nsubj 1 O
        1 spoke speak VERB VBD ROOT 1 O
        2 to to ADP IN prep 1 O
        3 Kestrel Kestrel PROPN NNP poss 6 B-ORG
        4 's 's PART POS case 3 O
        5 Zorbit Zorbit PROPN NNP compound 6 B-ORG
        6 Society Society PROPN NNP pobj 2 I-ORG
        7 . . PUNCT . punct 1 O
    """, 'Zorbit Society', "Organization"), ("""
        0 Ruiz Ruiz PROPN NNP nsubj 7 B-PERSON
        1 of of ADP IN prep 0 O
        2 Vantor Vantor PROPN NNP poss 4 B-ORG
        3 's 's PART POS case 2 O
        4 Office Office PROPN NNP pobj 1 B-ORG
        5 of of ADP IN prep 4 I-ORG
        6 Safety Safety PROPN NNP pobj 5 I-ORG
        7 spoke speak VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, 'Office of Safety', "Organization")):
        doc = doc_from_table(table)
        assert 'made-by-an-organisation' not in fired(doc, name)
        assert {ref.cls for ref, surfaces in resolve(doc).entities.items() if name in surfaces} == {cls}


def test_a_device_or_program_noun_before_a_name_is_no_persons_role():
    # "browser" ends like "writer", but names a program
    table = """
        0 Web web NOUN NN compound 1 O
        1 browser browser NOUN NN compound 3 O
        2 Zorbit Zorbit PROPN NNP compound 3 B-PERSON
        3 Nine Nine PROPN NNP nsubj 4 I-PERSON
        4 arrives arrive VERB VBZ ROOT 4 O
        5 . . PUNCT . punct 4 O
    """
    assert 'holds-a-role' not in fired(doc_from_table(table), 'Zorbit Nine')


def test_a_name_opening_a_sentence_before_an_officers_title_is_the_employer_when_written_so_again():
    # "Zorbit" opens the second sentence, but is written with its capital inside the first: a name.
    # "Auction" in "Auction chairman Ann Ruiz" is written so only where it opens a sentence, and is
    # a word of the language: no name (one that no English word is, is: test_rules_roles).
    table = """
        0 Shares share NOUN NNS nsubj 3 O
        1 in in ADP IN prep 0 O
        2 Zorbit Zorbit PROPN NNP pobj 1 O
        3 rose rise VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
        5 Zorbit Zorbit PROPN NNP compound 6 O
        6 chairman chairman NOUN NN compound 8 O
        7 Ann Ann PROPN NNP compound 8 B-PERSON
        8 Ruiz Ruiz PROPN NNP nsubj 9 I-PERSON
        9 spoke speak VERB VBD ROOT 9 O
        10 . . PUNCT . punct 9 O
    """
    mentions = find_mentions(doc_from_table(table))
    assert any(m.start == 5 and m.text == "Zorbit" for m in mentions)
    alone = """
        0 Auction Auction PROPN NNP compound 1 O
        1 chairman chairman NOUN NN compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        4 spoke speak VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """
    assert not any(m.text == "Auction" for m in find_mentions(doc_from_table(alone)))


def test_a_name_the_model_cut_short_after_a_naming_verb_is_no_product():
    # "a service dubbed Zorbit to Go": the model's "Zorbit" is the firm, the service is longer
    table = """
        0 Zorbit Zorbit PROPN NNP nsubj 1 B-ORG
        1 launched launch VERB VBD ROOT 1 O
        2 a a DET DT det 3 O
        3 service service NOUN NN dobj 1 O
        4 dubbed dub VERB VBN acl 3 O
        5 Zorbit Zorbit PROPN NNP oprd 4 B-ORG
        6 to to PART TO aux 7 O
        7 Go Go PROPN NNP xcomp 4 O
        8 . . PUNCT . punct 1 O
    """
    from kg.mentions.cues import called_a_product

    doc = doc_from_table(table)
    assert not called_a_product(Span(doc, 5, 6, label="ORG"), None)
    assert called_a_product(Span(doc, 5, 8, label="ORG"), None)  # the whole name is the service's


def test_a_house_of_a_trade_is_no_home():
    # "Vantor's auction house was sold": a firm's house, where "Vantor's house" would be a home
    table = """
        0 Vantor Vantor PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 auction auction NOUN NN compound 3 O
        3 house house NOUN NN nsubjpass 5 O
        4 was be AUX VBD auxpass 5 O
        5 sold sell VERB VBN ROOT 5 O
        6 . . PUNCT . punct 5 O
    """
    assert 'owns-a-home' not in fired(doc_from_table(table), 'Vantor')
    home = table.replace("2 auction auction NOUN NN compound 3 O", "2 old old ADJ JJ amod 3 O")
    assert 'owns-a-home' in fired(doc_from_table(home), 'Vantor')


def test_a_rival_set_beside_a_name_may_be_a_person_or_a_product():
    # "Vantor praised its rival, Zorbit": no firm for it; "its old club, Zorbit" is a club
    table = """
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 praised praise VERB VBD ROOT 1 O
        2 its its PRON PRP$ poss 3 O
        3 rival rival NOUN NN dobj 1 O
        4 , , PUNCT , punct 3 O
        5 Zorbit Zorbit PROPN NNP appos 3 B-PRODUCT
        6 . . PUNCT . punct 1 O
    """
    assert 'employer' not in fired(doc_from_table(table), 'Zorbit')
    club = table.replace("3 rival rival NOUN NN dobj 1 O", "3 club club NOUN NN dobj 1 O")
    assert 'employer' in fired(doc_from_table(club), 'Zorbit')


def test_a_camel_name_goes_on_in_the_capitalised_words_it_is_a_compound_of():
    # "Zorbit's iZephyr Music Store": the model reads "Music Store" as a person's name of its own
    table = """
        0 Zorbit Zorbit PROPN NNP poss 4 B-ORG
        1 's 's PART POS case 0 O
        2 iZephyr iZephyr PROPN NNP compound 4 O
        3 Music Music PROPN NNP compound 4 B-PERSON
        4 Store Store PROPN NNP nsubj 5 I-PERSON
        5 opened open VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """
    doc = doc_from_table(table)
    assert [(m.text, m.label) for m in find_mentions(doc) if m.text != "Zorbit"] == [("iZephyr Music Store", "PRODUCT_CUE")]
    assert {ref.cls for ref, surfaces in resolve(doc).entities.items() if "iZephyr Music Store" in surfaces} == {"Product"}


def test_a_camel_name_stops_before_a_name_that_goes_on_past_its_head():
    # "the iZephyr Ann Ruiz Smith designed": the model's name runs past the noun the camel word hangs on
    table = """
        0 the the DET DT det 2 O
        1 iZephyr iZephyr PROPN NNP compound 2 O
        2 Ann Ann PROPN NNP nsubj 5 B-PERSON
        3 Ruiz Ruiz PROPN NNP compound 2 I-PERSON
        4 Smith Smith PROPN NNP appos 2 I-PERSON
        5 left leave VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """
    assert "iZephyr" in [m.text for m in find_mentions(doc_from_table(table))]


@pytest.mark.parametrize("table, name", [("""
        0 the the DET DT det 2 O
        1 video video NOUN NN compound 2 O
        2 game game NOUN NN nsubjpass 7 O
        3 Kestrel Kestrel PROPN NNP nsubjpass 7 B-LAW
        4 Quest Quest PROPN NNP compound 3 I-LAW
        5 has have AUX VBZ aux 7 O
        6 been be AUX VBN auxpass 7 O
        7 released release VERB VBN ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, "Kestrel Quest"), ("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 tested test VERB VBD ROOT 1 O
        2 a a DET DT det 3 O
        3 product product NOUN NN dobj 1 O
        4 code code NOUN NN npadvmod 6 O
        5 - - PUNCT HYPH punct 6 O
        6 named name VERB VBN acl 3 O
        7 Lumo Lumo PROPN NNP oprd 6 B-WORK_OF_ART
        8 . . PUNCT . punct 1 O
    """, "Lumo")])
def test_a_title_the_text_calls_a_product_is_one(table, name):
    # the model reads games and programs as laws or works of art, which name no entity of ours
    doc = doc_from_table(table)
    assert {ref.cls for ref, surfaces in resolve(doc).entities.items() if name in surfaces} == {"Product"}


def test_a_title_with_no_product_noun_is_no_entity():
    table = """
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 wrote write VERB VBD ROOT 2 O
        3 the the DET DT det 5 O
        4 novel novel NOUN NN compound 5 O
        5 Lumo Lumo PROPN NNP dobj 2 B-WORK_OF_ART
        6 . . PUNCT . punct 2 O
    """
    assert [m.text for m in find_mentions(doc_from_table(table))] == ["Ann Ruiz"]


def test_what_the_model_read_as_a_firm_lets_people_do_things_as_a_firm():
    # firms and clubs let people do things too: the cue outvotes no organisation or place
    table = """
        0 Vantor Vantor PROPN NNP nsubj 2 B-ORG
        1 will will AUX MD aux 2 O
        2 let let VERB VB ROOT 2 O
        3 you you PRON PRP nsubj 4 O
        4 read read VERB VB ccomp 2 O
        5 its its PRON PRP$ poss 6 O
        6 news news NOUN NN dobj 4 O
        7 . . PUNCT . punct 2 O
    """
    doc = doc_from_table(table)
    assert 'lets-people-do' not in fired(doc, 'Vantor')
    assert {ref.cls for ref, surfaces in resolve(doc).entities.items() if 'Vantor' in surfaces} == {"Organization"}


def test_a_name_after_a_title_only_people_carry_is_a_person():
    # the model left "Vane" unlabelled and read "Ms Ruiz" as an organisation; "Lord Chancellor" is an office
    table = """
        0 Lord Lord PROPN NNP compound 1 O
        1 Vane Vane PROPN NNP nsubj 2 O
        2 told tell VERB VBD ROOT 2 O
        3 Ms Ms PROPN NNP compound 4 B-ORG
        4 Ruiz Ruiz PROPN NNP dobj 2 I-ORG
        5 the the DET DT det 8 O
        6 Lord Lord PROPN NNP compound 7 O
        7 Chancellor Chancellor PROPN NNP compound 8 O
        8 agreed agree VERB VBD ccomp 2 O
        9 . . PUNCT . punct 2 O
    """
    doc = doc_from_table(table)
    classes = {surface: ref.cls for ref, surfaces in resolve(doc).entities.items() for surface in surfaces}
    assert classes == {"Vane": "Person", "Lord Vane": "Person", "Ruiz": "Person"}  # (a peer by title too)


def test_an_office_or_half_a_name_after_a_title_is_no_person():
    # "Mr Justice Hale" names the judge by office (the model's "Hale" is the person), and the model
    # left a double-barrelled name unread: half of it is no one's name
    table = """
        0 Mr Mr PROPN NNP compound 2 O
        1 Justice Justice PROPN NNP compound 2 O
        2 Hale Hale PROPN NNP nsubj 8 O
        3 and and CCONJ CC cc 2 O
        4 Dr Dr PROPN NNP compound 5 O
        5 Ruiz Ruiz PROPN NNP conj 2 O
        6 - - PUNCT HYPH punct 7 O
        7 Vane Vane PROPN NNP conj 5 O
        8 agreed agree VERB VBD ROOT 8 O
        9 . . PUNCT . punct 8 O
    """
    assert find_mentions(doc_from_table(table)) == []


def test_an_unread_name_set_beside_a_noun_of_firms_is_an_organization():
    table = """
        0 Zorbit Zorbit PROPN NNP nsubj 8 O
        1 , , PUNCT , punct 0 O
        2 the the DET DT det 6 O
        3 third third ADV RB advmod 5 B-ORDINAL
        4 - - PUNCT HYPH punct 5 O
        5 biggest big ADJ JJS amod 6 O
        6 bank bank NOUN NN appos 0 O
        7 , , PUNCT , punct 0 O
        8 hired hire VERB VBD ROOT 8 O
        9 Ann Ann PROPN NNP compound 10 B-PERSON
        10 Ruiz Ruiz PROPN NNP dobj 8 I-PERSON
        11 . . PUNCT . punct 8 O
    """
    doc = doc_from_table(table)
    classes = {surface: ref.cls for ref, surfaces in resolve(doc).entities.items() for surface in surfaces}
    assert classes == {"Zorbit": "Organization", "Ann Ruiz": "Person"}


def test_a_sentence_opening_word_is_no_part_of_a_firm_set_beside_its_noun():
    table = """
        0 Merging Merging PROPN NNP compound 1 O
        1 Zorbit Zorbit PROPN NNP nsubj 9 O
        2 , , PUNCT , punct 1 O
        3 the the DET DT det 7 O
        4 third third ADV RB advmod 6 B-ORDINAL
        5 - - PUNCT HYPH punct 6 O
        6 biggest big ADJ JJS amod 7 O
        7 bank bank NOUN NN appos 1 O
        8 , , PUNCT , punct 1 O
        9 made make VERB VBD ROOT 9 O
        10 sense sense NOUN NN dobj 9 O
        11 . . PUNCT . punct 9 O
    """
    assert [(m.text, m.label) for m in find_mentions(doc_from_table(table))] == [("Zorbit", "ORG")]


def test_a_given_name_before_a_word_or_another_given_name_is_no_cue_of_a_person():
    # a place or a work ends in an English word ("Hills", "Harbour", "Drake"), a firm often in a
    # second given name ("Morgan Stanley"); "Paris St Germain" is a club; a country opens no name
    for words, label in ((("Stanley", "Harbour"), "GPE"), (("Vera", "Drake"), "ORG"), (("Morgan", "Stanley"), "ORG"),
                         (("Paris", "St", "Quenby"), "GPE"), (("Jordan", "Quenby"), "ORG"), (("Kimberly", "Quenby"), "PERSON")):
        ents = ["O", "O", f"B-{label}", *[f"I-{label}"] * (len(words) - 1), "O"]
        doc = Doc(vocab(), words=["We", "visited", *words, "."], ents=ents)
        assert not named_like_a_person(Span(doc, 2, 2 + len(words), label=label), None), words
    # nor where the given name alone names a firm in the article, nor a name the article hyphens
    doc = Doc(vocab(), words=["Kimberly", "grew", "and", "Kimberly", "Quenby", "fell", "."],
              ents=["B-ORG", "O", "O", "B-ORG", "I-ORG", "O", "O"])
    assert not named_like_a_person(Span(doc, 3, 5, label="ORG"), None)
    doc = Doc(vocab(), words=["Kimberly", "Quenby", "and", "Kimberly", "-", "Quenby", "fell", "."],
              spaces=[True, True, True, False, False, True, False, False], ents=["B-ORG", "I-ORG", *["O"] * 6])
    assert not named_like_a_person(Span(doc, 0, 2, label="ORG"), None)
    doc = Doc(vocab(), words=["Kimberly", "Quenby", "fell", "."], ents=["B-ORG", "I-ORG", "O", "O"])
    assert named_like_a_person(Span(doc, 0, 2, label="ORG"), None)


def test_the_english_lexicon_and_the_given_names_the_cue_reads():
    assert all(english_word(word, vocab()) for word in ("Hills", "Diaries", "churches", "Palace", "drake"))
    assert english_word("Quenby", vocab()) is False
    assert given_name("Kimberly") and given_name("Sean") and not given_name("Quenby") and not given_name("kimberly")
    assert known_given_name("Hans") and known_given_name("Kimberly") and not known_given_name("Songwriter")


def test_players_of_a_team_or_a_trade_list_no_products():
    # "key players such as Zorbit" are firms or people; "media players such as Zorbit" are devices
    table = """
        0 {mod} {mod_lemma} {mod_pos} {mod_tag} {mod_dep} 1 O
        1 players player NOUN NNS nsubj 6 O
        2 such such ADJ JJ amod 3 O
        3 as as ADP IN prep 1 O
        4 Zorbit Zorbit PROPN NNP pobj 3 B-ORG
        5 will will AUX MD aux 6 O
        6 win win VERB VB ROOT 6 O
        7 . . PUNCT . punct 6 O
    """
    key = table.format(mod="Key", mod_lemma="key", mod_pos="ADJ", mod_tag="JJ", mod_dep="amod")
    trade = table.format(mod="Technology", mod_lemma="technology", mod_pos="NOUN", mod_tag="NN", mod_dep="compound")
    media = table.format(mod="MP3", mod_lemma="mp3", mod_pos="NOUN", mod_tag="NN", mod_dep="compound")
    assert 'among-products' not in fired(doc_from_table(key), 'Zorbit')
    assert 'among-products' not in fired(doc_from_table(trade), 'Zorbit')
    assert 'among-products' in fired(doc_from_table(media), 'Zorbit')


def test_a_title_the_model_missed_listed_among_works_is_a_product_read_whole():
    # "films such as Zephyr Days and Kestrel Road": names the model missed; not the end of a title
    # the parse cut ("My Zephyr Days"), nor a title's first words ("Days of Kestrel")
    table = """
        0 He he PRON PRP nsubj 1 O
        1 liked like VERB VBD ROOT 1 O
        2 films film NOUN NNS dobj 1 O
        3 such such ADJ JJ amod 4 O
        4 as as ADP IN prep 2 O
        5 {first} {first} {first_pos} {first_tag} {first_dep} 7 O
        6 Zephyr Zephyr PROPN NNP compound 7 O
        7 Days Days PROPN NNP pobj 4 O
        8 {after} {after} {after_pos} {after_tag} {after_dep} {after_head} O
        9 Kestrel Kestrel PROPN NNP {last_dep} {last_head} O
        10 . . PUNCT . punct 1 O
    """
    listed = table.format(first="the", first_pos="DET", first_tag="DT", first_dep="det", after="and",
                          after_pos="CCONJ", after_tag="CC", after_dep="cc", after_head=7, last_dep="conj", last_head=7)
    assert {"Zephyr Days", "Kestrel"} <= {m.text for m in find_mentions(doc_from_table(listed))}
    mine = listed.replace("5 the the DET DT det", "5 My my PRON PRP$ poss")
    assert not any(m.text == "Zephyr Days" for m in find_mentions(doc_from_table(mine)))
    cut = table.format(first="the", first_pos="DET", first_tag="DT", first_dep="det", after="of",
                       after_pos="ADP", after_tag="IN", after_dep="prep", after_head=7, last_dep="pobj", last_head=8)
    assert not any(m.text == "Zephyr Days" for m in find_mentions(doc_from_table(cut)))


@pytest.mark.parametrize("first, whole", [
    ("Huw", True),  # a given name no English word is: the model cut it off
    ("Singer", False),  # a word of the language (a given name somewhere too)
    ("Dr", False),  # a title
    ("Zorbit", False),  # no given name
])
def test_a_first_name_the_model_left_out_of_a_person_joins_the_name(first, whole):
    # "the show's host Huw Quenby": the model read only "Quenby" as the person
    table = f"""
        0 The the DET DT det 1 O
        1 host host NOUN NN nsubj 4 O
        2 {first} {first} PROPN NNP compound 3 O
        3 Quenby Quenby PROPN NNP appos 1 B-PERSON
        4 spoke speak VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """
    names = {m.text for m in find_mentions(doc_from_table(table))}
    assert names == ({f"{first} Quenby"} if whole else {"Quenby"})
    assert known_given_name("Huw") and english_word("Huw", vocab) is False  # what the case rests on


def test_a_plural_verb_after_a_list_a_title_a_home_nation_or_in_a_headline_says_no_body():
    # "Kestrelton were relegated." and "Vantor, who won, were seventh" name a club or a band; not
    # "Kestrel, Vantor and Zorbit are ..." (a list the parser did not join), "Mr Hale have ..." (a
    # slip), "England are ..." (the team of a home nation, which stays the place), nor a headline's
    # present tense ("Kestrelton clinch cup")
    def fired_on(words: list[tuple[str, str, str, str, int, str]], name: str) -> bool:
        table = "\n".join(f"{i} {w} {lem} {pos} {tag} {dep} {head} {ent}"
                          for i, (w, lem, pos, tag, dep, head, ent) in enumerate(words))
        return 'plural-verb' in fired(doc_from_table(table), name)

    listed = [("Kestrel", "Kestrel", "PROPN", "NNP", "appos", 2, "B-ORG"), (",", ",", "PUNCT", ",", "punct", 2, "O"),
              ("Vantor", "Vantor", "PROPN", "NNP", "nsubj", 3, "B-ORG"), ("are", "be", "AUX", "VBP", "ROOT", 3, "O"),
              ("here", "here", "ADV", "RB", "advmod", 3, "O"), (".", ".", "PUNCT", ".", "punct", 3, "O")]
    assert not fired_on(listed, "Vantor")
    clause = [("Vantor", "Vantor", "PROPN", "NNP", "nsubj", 6, "B-PERSON"), (",", ",", "PUNCT", ",", "punct", 0, "O"),
              ("who", "who", "PRON", "WP", "nsubj", 3, "O"), ("won", "win", "VERB", "VBD", "relcl", 0, "O"),
              (",", ",", "PUNCT", ",", "punct", 0, "O"), ("then", "then", "ADV", "RB", "advmod", 6, "O"),
              ("were", "be", "AUX", "VBD", "ROOT", 6, "O"), ("seventh", "seventh", "ADJ", "JJ", "acomp", 6, "O"),
              (".", ".", "PUNCT", ".", "punct", 6, "O")]
    assert fired_on(clause, "Vantor")  # "Vantor, who won, then were seventh": a clause, no list
    # "Kestrel and British movie Vantor have shared ...": two works joined, however the parser hung
    # the "and"; and a work its noun names
    joined = [("Kestrel", "Kestrel", "PROPN", "NNP", "nmod", 4, "B-ORG"), ("and", "and", "CCONJ", "CC", "cc", 0, "O"),
              ("British", "british", "ADJ", "JJ", "amod", 3, "B-NORP"), ("movie", "movie", "NOUN", "NN", "conj", 0, "O"),
              ("Vantor", "Vantor", "PROPN", "NNP", "nsubj", 6, "B-ORG"), ("have", "have", "AUX", "VBP", "aux", 6, "O"),
              ("shared", "share", "VERB", "VBN", "ROOT", 6, "O"), ("it", "it", "PRON", "PRP", "dobj", 6, "O"),
              (".", ".", "PUNCT", ".", "punct", 6, "O")]
    assert not fired_on(joined, "Vantor")
    named = [("The", "the", "DET", "DT", "det", 2, "O"), ("movie", "movie", "NOUN", "NN", "compound", 2, "O"),
             ("Vantor", "Vantor", "PROPN", "NNP", "nsubj", 4, "B-ORG"), ("have", "have", "AUX", "VBP", "aux", 4, "O"),
             ("won", "win", "VERB", "VBN", "ROOT", 4, "O"), (".", ".", "PUNCT", ".", "punct", 4, "O")]
    assert not fired_on(named, "Vantor")
    titled = [("Mr", "Mr", "PROPN", "NNP", "compound", 1, "O"), ("Hale", "Hale", "PROPN", "NNP", "nsubj", 2, "B-PERSON"),
              ("have", "have", "AUX", "VBP", "ROOT", 2, "O"), ("won", "win", "VERB", "VBN", "dep", 2, "O"),
              (".", ".", "PUNCT", ".", "punct", 2, "O")]
    assert not fired_on(titled, "Hale")
    nation = [("England", "England", "PROPN", "NNP", "nsubj", 1, "B-GPE"), ("are", "be", "AUX", "VBP", "ROOT", 1, "O"),
              ("top", "top", "ADJ", "JJ", "acomp", 1, "O"), (".", ".", "PUNCT", ".", "punct", 1, "O")]
    assert not fired_on(nation, "England")
    club = [("Kestrelton", "Kestrelton", "PROPN", "NNP", "nsubj", 1, "B-GPE"), ("are", "be", "AUX", "VBP", "ROOT", 1, "O"),
            ("top", "top", "ADJ", "JJ", "acomp", 1, "O"), (".", ".", "PUNCT", ".", "punct", 1, "O")]
    assert fired_on(club, "Kestrelton")
    assert not fired_on(club[:-1], "Kestrelton")  # the headline "Kestrelton are top"


def test_a_listed_works_first_word_the_model_left_out_joins_its_title():
    # "films such as Lost and Desperate Zephyrs": the model read "Zephyrs" alone, and the parser hung
    # "Desperate" on the title before it
    table = """
        0 He he PRON PRP nsubj 1 O
        1 liked like VERB VBD ROOT 1 O
        2 films film NOUN NNS dobj 1 O
        3 such such ADJ JJ amod 4 O
        4 as as ADP IN prep 2 O
        5 Lost Lost PROPN NNP nmod 8 O
        6 and and CCONJ CC cc 5 O
        7 Desperate Desperate PROPN NNP conj 5 O
        8 Zephyrs Zephyrs PROPN NNPS pobj 4 {tag}
        9 . . PUNCT . punct 1 O
    """
    for tag in ("B-PERSON", "B-ORG"):
        names = {m.text for m in find_mentions(doc_from_table(table.format(tag=tag)))}
        assert "Desperate Zephyrs" in names and "Zephyrs" not in names, tag


@pytest.mark.parametrize("label, age", [("PRODUCT", False), ("PERSON", True)])
def test_a_number_after_a_name_that_ends_in_one_is_an_age_only_of_a_person(label, age):
    # "Zorbit 95, 98, ME and XP" lists versions; "Ruiz 45, Hale 60" of a team sheet read as people
    doc = doc_from_table(f"""
        0 The the DET DT det 1 O
        1 bug bug NOUN NN nsubj 2 O
        2 hits hit VERB VBZ ROOT 2 O
        3 computers computer NOUN NNS dobj 2 O
        4 running run VERB VBG acl 3 O
        5 Zorbit Zorbit PROPN NNP dobj 4 B-{label}
        6 95 95 NUM CD nummod 5 I-{label}
        7 , , PUNCT , punct 5 O
        8 98 98 NUM CD conj 5 B-DATE
        9 , , PUNCT , punct 8 O
        10 ME ME PROPN NNP conj 8 O
        11 . . PUNCT . punct 2 O
    """)
    assert ('age-or-birth' in fired(doc, "Zorbit 95")) is age


def test_what_only_a_person_has_says_a_person():
    # "Vantor's widow spoke": a widow, a death, a father are a person's, whatever the model read
    table = """
        0 Vantor Vantor PROPN NNP poss 2 B-ORG
        1 's 's PART POS case 0 O
        2 widow widow NOUN NN nsubj 3 O
        3 spoke speak VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
    """
    assert 'owns-a-life' in fired(doc_from_table(table), 'Vantor')
    death = table.replace("2 widow widow", "2 death death").replace("3 spoke speak VERB VBD", "3 shocked shock VERB VBD")
    assert 'owns-a-life' in fired(doc_from_table(death), 'Vantor')
    # a firm's many things are not ("Vantor's products"), nor a paper's column ("the Vantor's aunt")
    products = table.replace("2 widow widow NOUN NN", "2 products product NOUN NNS")
    assert 'owns-a-life' not in fired(doc_from_table(products), 'Vantor')
    paper = """
        0 the the DET DT det 1 O
        1 Vantor Vantor PROPN NNP poss 4 B-ORG
        2 's 's PART POS case 1 O
        3 agony agony ADJ JJ amod 4 O
        4 aunt aunt NOUN NN nsubj 5 O
        5 spoke speak VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """
    assert 'owns-a-life' not in fired(doc_from_table(paper), 'Vantor')


def test_the_death_of_a_name_says_a_person_but_not_of_a_longer_name():
    table = """
        0 the the DET DT det 1 O
        1 death death NOUN NN nsubj 4 O
        2 of of ADP IN prep 1 O
        3 Zorbit Zorbit PROPN NNP pobj 2 B-FAC
        4 shocked shock VERB VBD ROOT 4 O
        5 fans fan NOUN NNS dobj 4 O
        6 . . PUNCT . punct 4 O
    """
    assert 'owns-a-life' in fired(doc_from_table(table), 'Zorbit')
    # "the son of a Zorbit minister": the name is a word of what the son is of
    longer = table.replace("4 shocked shock VERB VBD ROOT 4 O", "4 minister minister NOUN NN ROOT 4 O")
    assert 'owns-a-life' not in fired(doc_from_table(longer), 'Zorbit')


def test_a_role_in_the_plural_said_of_one_name_says_no_person():
    # "Vantor Lynch are the bookrunners": a firm's job; "Ann Ruiz is the bookrunner" a person's,
    # and "Ann Ruiz and Tom Hale are analysts" people's
    table = """
        0 Vantor Vantor PROPN NNP compound 1 B-ORG
        1 Lynch Lynch PROPN NNP nsubj 2 I-ORG
        2 are be AUX VBP ROOT 2 O
        3 the the DET DT det 4 O
        4 analysts analyst NOUN NNS attr 2 O
        5 . . PUNCT . punct 2 O
    """
    assert 'holds-a-role' not in fired(doc_from_table(table), 'Vantor Lynch')
    one = table.replace("2 are be AUX VBP", "2 is be AUX VBZ").replace("4 analysts analyst NOUN NNS", "4 analyst analyst NOUN NN")
    assert 'holds-a-role' in fired(doc_from_table(one), 'Vantor Lynch')
    two = """
        0 Ann Ann PROPN NNP nsubj 3 B-PERSON
        1 and and CCONJ CC cc 0 O
        2 Tom Tom PROPN NNP conj 0 B-PERSON
        3 are be AUX VBP ROOT 3 O
        4 analysts analyst NOUN NNS attr 3 O
        5 . . PUNCT . punct 3 O
    """
    assert 'holds-a-role' in fired(doc_from_table(two), 'Ann')


def test_what_a_firm_makes_in_a_relative_clause_is_a_product():
    # "Vantor Studios, which produced Zorbit": the "which" is the studio
    table = """
        0 Vantor Vantor PROPN NNP compound 1 B-ORG
        1 Studios Studios PROPN NNP nsubj 7 I-ORG
        2 , , PUNCT , punct 1 O
        3 which which PRON WDT nsubj 4 O
        4 produced produce VERB VBD relcl 1 O
        5 Zorbit Zorbit PROPN NNP dobj 4 B-GPE
        6 , , PUNCT , punct 1 O
        7 closed close VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """
    assert 'made-by-an-organisation' in fired(doc_from_table(table), 'Zorbit')
    # a person's "which" is none: "Ann Ruiz, who produced Zorbit"
    person = table.replace("0 Vantor Vantor PROPN NNP compound 1 B-ORG", "0 Ann Ann PROPN NNP compound 1 B-PERSON") \
        .replace("1 Studios Studios PROPN NNP nsubj 7 I-ORG", "1 Ruiz Ruiz PROPN NNP nsubj 7 I-PERSON") \
        .replace("3 which which PRON WDT", "3 who who PRON WP")
    assert 'made-by-an-organisation' not in fired(doc_from_table(person), 'Zorbit')


def test_a_possessive_inside_a_name_owns_nothing():
    # "the Kestrel Bankers' Association": the model's one name, whose possessive is its own; the
    # association is no product of the "Kestrel Bankers"
    table = """
        0 the the DET DT det 4 O
        1 Kestrel Kestrel PROPN NNP compound 2 B-ORG
        2 Bankers Bankers PROPN NNPS poss 4 I-ORG
        3 ' ' PART POS case 2 I-ORG
        4 Association Association PROPN NNP nsubj 5 I-ORG
        5 said say VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """
    assert 'made-by-an-organisation' not in fired(doc_from_table(table), "Kestrel Bankers' Association")
    # an owner before the name still makes it its product: "Kestrel's Zorbit said"
    owned = """
        0 Kestrel Kestrel PROPN NNP poss 2 B-ORG
        1 's 's PART POS case 0 O
        2 Zorbit Zorbit PROPN NNP nsubj 3 B-PRODUCT
        3 sold sell VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
    """
    assert 'made-by-an-organisation' in fired(doc_from_table(owned), "Zorbit")


def test_a_given_name_before_day_is_a_persons_name():
    doc = doc_from_table("""
        0 Crowds crowd NOUN NNS nsubj 1 O
        1 gathered gather VERB VBD ROOT 1 O
        2 in in ADP IN prep 1 O
        3 Leeds Leeds PROPN NNPS pobj 2 B-GPE
        4 for for ADP IN prep 1 O
        5 Wendy Wendy PROPN NNP compound 6 B-PERSON
        6 Day Day PROPN NNP pobj 4 I-PERSON
        7 . . PUNCT . punct 1 O
    """)
    assert "a-named-day" not in fired(doc, "Wendy Day")


@pytest.mark.parametrize("first, last, fires", [
    ("Zorbit", "Harriers", True),
    ("Tony", "Harriers", False),  # a given name first: a surname that is a plural ("Tiger Woods")
    ("G", "Harriers", False),  # ... or an initial
    ("Zorbit", "Wales", False),  # a country's name is no plural
])
def test_a_plural_ending_a_name_is_no_persons_after_no_given_name(first, last, fires):
    doc = doc_from_table(f"""
        0 {first} {first} PROPN NNP compound 1 B-PERSON
        1 {last} {last} PROPN NNPS nsubj 2 I-PERSON
        2 won win VERB VBD ROOT 2 O
        3 . . PUNCT . punct 2 O
    """)
    assert ("a-plural-no-person-bears" in fired(doc, f"{first} {last}")) is fires


@pytest.mark.parametrize("noun, owner", [
    ("phone", True),
    ("assistant", False),  # owned, an assistant is a person's aide, no artefact
])
def test_what_a_name_owns_says_a_maker_only_if_an_artefact(noun, owner):
    doc = doc_from_table(f"""
        0 Kestrelby Kestrelby PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 former former ADJ JJ amod 3 O
        3 {noun} {noun} NOUN NN nsubj 6 O
        4 at at ADP IN prep 3 O
        5 Leeds Leeds PROPN NNPS pobj 4 B-GPE
        6 is be AUX VBZ ROOT 6 O
        7 new new ADJ JJ acomp 6 O
        8 . . PUNCT . punct 6 O
    """)
    assert ("owns-an-artefact" in fired(doc, "Kestrelby")) is owner


def _name_speaking(name: str, start: int) -> str:
    """Table rows from token ``start`` on of "<name> spoke.", the name read as a person's when it
    opens with "Ann", else as an organisation's."""
    words = name.split()
    label = "PERSON" if words[0] == "Ann" else "ORG"
    last = start + len(words) - 1
    rows = [f"{start + k} {w} {w} PROPN NNP {'compound' if start + k < last else 'nsubj'} "
            f"{last if start + k < last else last + 1} {'B' if k == 0 else 'I'}-{label}" for k, w in enumerate(words)]
    rows += [f"{last + 1} spoke speak VERB VBD ROOT {last + 1} O", f"{last + 2} . . PUNCT . punct {last + 1} O"]
    return "\n".join(rows)


@pytest.mark.parametrize("name, elsewhere, place", [
    ("Slowdowns", None, False),  # a word of the language no gazetteer knows: no place the text names
    ("Bethan", None, False),  # a given name
    ("Zorbitex", "Ann Zorbitex", False),  # read elsewhere as a part of a person's name
    ("Zorbitex", "Zorbitex", False),  # ... or as a firm's whole name
    ("Zorbitex", None, True),  # nothing says otherwise: the model's reading stands
    ("Zorbitex", "Zorbitex Bank", True),  # (a firm's name may hold a place's)
    ("Bath", None, True),  # a word, and a town of GeoNames
    ("Armentières", None, True), ("Armentieres", None, True),  # with its accent or without
    ("Rajasthan", None, True),  # a region of ISO 3166-2 ("Rājasthān")
    ("Europe", None, True),  # a continent
    ("Sideways", None, False), ("ZRX", None, True),  # (initials are left to the names they join)
])
def test_a_one_word_place_no_gazetteer_knows_is_none_where_it_is_a_word_a_name_or_read_otherwise(name, elsewhere, place):
    table = f"""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 praised praise VERB VBD ROOT 2 O
        3 {name} {name} PROPN NNP dobj 2 B-GPE
        4 . . PUNCT . punct 2 O
    """
    if elsewhere:
        table += _name_speaking(elsewhere, 5)
    found = {ref.name: ref.cls for ref in resolve(doc_from_table(table)).entities}
    assert (found.get(name) == "Place") is place


@pytest.mark.parametrize("label, elsewhere, cls", [
    ("LOC", "Zorbitex", "Organization"),  # a region's reading of a firm the model reads so elsewhere
    ("FAC", "Zorbitex", "Organization"),  # ... or a building's
    ("LOC", None, "Place"),  # nothing says otherwise
    ("FAC", "Ann Zorbitex", "Person"),  # a surname: the reading stands, for the resolver to give her
])
def test_a_one_word_region_or_building_no_gazetteer_knows_is_none_where_read_whole_as_no_place(label, elsewhere, cls):
    table = f"""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 praised praise VERB VBD ROOT 2 O
        3 Zorbitex Zorbitex PROPN NNP dobj 2 B-{label}
        4 . . PUNCT . punct 2 O
        5 He he PRON PRP nsubj 6 O
        6 praised praise VERB VBD ROOT 6 O
        7 Zorbitex Zorbitex PROPN NNP dobj 6 B-{label}
        8 again again ADV RB advmod 6 O
        9 . . PUNCT . punct 6 O
    """
    if elsewhere:  # (once, against the model's two readings as a place)
        table += _name_speaking(elsewhere, 10)
    found = {surface: ref.cls for ref, surfaces in resolve(doc_from_table(table)).entities.items() for surface in surfaces}
    assert found["Zorbitex"] == cls


@pytest.mark.parametrize("name, branch, cls", [
    ("Zorbitex", "Europe", "Organization"),  # "a spokesman for Zorbitex Europe"
    ("Zorbitex", "USA", "Organization"),  # a country's name after it
    ("Zorbitex", "Radio", "Person"),  # no branch's word
    ("Harlow", "International", "Person"),  # a town's name: "the Harlow International" is a tournament
])
def test_a_name_the_article_also_writes_before_a_branchs_word_is_the_firms(name, branch, cls):
    doc = doc_from_table(f"""
        0 {name} {name} PROPN NNP nsubj 1 B-PERSON
        1 said say VERB VBD ROOT 1 O
        2 the the DET DT det 3 O
        3 idea idea NOUN NN nsubj 4 O
        4 worked work VERB VBD ccomp 1 O
        5 . . PUNCT . punct 1 O
        6 A a DET DT det 7 O
        7 spokesman spokesman NOUN NN nsubj 11 O
        8 for for ADP IN prep 7 O
        9 {name} {name} PROPN NNP compound 10 B-ORG
        10 {branch} {branch} PROPN NNP pobj 8 I-ORG
        11 agreed agree VERB VBD ROOT 11 O
        12 . . PUNCT . punct 11 O
    """)
    assert ("has-a-branch" in fired(doc, name)) is (cls == "Organization")
    found = {surface: ref.cls for ref, surfaces in resolve(doc).entities.items() for surface in surfaces}
    assert found[name] == cls


@pytest.mark.parametrize("noun, first, group", [
    ("act", "Zorbit", True),  # "dance act Zorbit Lumens"
    ("outfit", "Zorbit", True),
    ("act", "Ann", False),  # "pop act Ann Lumens": a singer may be an act
    ("band", "Ann", True),  # (a band may bear a given name)
])
def test_an_act_or_an_outfit_before_a_name_is_a_group_unless_a_given_name_opens_it(noun, first, group):
    doc = doc_from_table(f"""
        0 The the DET DT det 2 O
        1 dance dance NOUN NN compound 2 O
        2 {noun} {noun} NOUN NN nsubj 5 O
        3 {first} {first} PROPN NNP compound 4 B-PERSON
        4 Lumens Lumens PROPN NNP appos 2 I-PERSON
        5 won win VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """)
    assert ("named-group" in fired(doc, f"{first} Lumens")) is group


@pytest.mark.parametrize("verb, lemma_, product", [
    ("crashed", "crash", True),  # nothing the name does says a firm: "the Lumen computer" is the product
    ("said", "say", False),  # "Lumen said ...": a firm, and "the Lumen computer" its maker's
    ("unveiled", "unveil", False),  # "Lumen unveiled ...": a maker
])
def test_a_name_the_model_read_as_a_firm_before_a_gadget_is_the_gadget_unless_the_name_acts_as_a_firm(verb, lemma_, product):
    doc = doc_from_table(f"""
        0 The the DET DT det 2 O
        1 Lumen Lumen PROPN NNP compound 2 B-ORG
        2 computer computer NOUN NN nsubj 3 O
        3 sold sell VERB VBD ROOT 3 O
        4 well well ADV RB advmod 3 O
        5 . . PUNCT . punct 3 O
        6 Lumen Lumen PROPN NNP nsubj 7 B-ORG
        7 {verb} {lemma_} VERB VBD ROOT 7 O
        8 again again ADV RB advmod 7 O
        9 . . PUNCT . punct 7 O
    """)
    assert ("names-the-product-noun" in fired(doc, "Lumen")) is product


def _name_before_a_noun(label: str, name: str, noun: str, score: bool) -> Doc:
    """"The <name> <noun> grew quickly.", or with ``score`` "The <name> <noun> ended 2 - 1.", the
    name's words read by the model as ``label``."""
    words = name.split()
    noun_at = len(words) + 1
    verb = noun_at + 1
    rows = [f"0 The the DET DT det {noun_at} O"]
    rows += [f"{k} {w} {w} PROPN NNP compound {k + 1} {'B' if k == 1 else 'I'}-{label}" for k, w in enumerate(words, 1)]
    rows.append(f"{noun_at} {noun} {noun} NOUN NN nsubj {verb} O")
    if score:
        rows += [f"{verb} ended end VERB VBD ROOT {verb} O", f"{verb + 1} 2 2 NUM CD dobj {verb} O",
                 f"{verb + 2} - - SYM SYM punct {verb + 1} O", f"{verb + 3} 1 1 NUM CD prep {verb + 1} O",
                 f"{verb + 4} . . PUNCT . punct {verb} O"]
    else:
        rows += [f"{verb} grew grow VERB VBD ROOT {verb} O", f"{verb + 1} quickly quickly ADV RB advmod {verb} O",
                 f"{verb + 2} . . PUNCT . punct {verb} O"]
    return doc_from_table("\n".join(rows))


@pytest.mark.parametrize("name, noun, end, product", [
    ("Zorbix", "game", "quickly", True),  # "The Zorbix game grew quickly" ("game" itself no sign of a sports report)
    ("Zorbix", "store", "quickly", True),
    ("Zorbix", "technology", "quickly", True),
    ("Zorbix", "website", "quickly", False),  # as often the firm's site as a site's own name
    ("Zorbix", "office", "quickly", False),  # no thing sold under its own name
    ("Zorbix", "game", "2-1", False),  # "the Zorbix game ended 2-1": a score, a match
    ("Harlow", "game", "quickly", False),  # a town's name: its club's match
    ("Digital", "technology", "quickly", False),  # an adjective the model read as a name
    ("Group", "technology", "quickly", False),  # an organisation's ending: "the Kestrel Group technology"
])
def test_a_name_the_model_read_as_a_firm_before_a_thing_sold_under_its_own_name_is_the_things(name, noun, end, product):
    doc = _name_before_a_noun("ORG", name, noun, score=end == "2-1")
    assert ("names-the-product-noun" in fired(doc, name)) is product


@pytest.mark.parametrize("label, end, product", [
    ("PERSON", "quickly", True),  # "The Tom Hale game grew quickly": a game named after its hero
    ("PERSON", "2-1", False),  # "the Tom Hale game ended 2-1": a match, whatever the model read
    ("EVENT", "2-1", False),
])
def test_a_name_before_game_in_a_sports_report_names_a_match(label, end, product):
    doc = _name_before_a_noun(label, "Tom Hale", "game", score=end == "2-1")
    assert ("names-the-product-noun" in fired(doc, "Tom Hale")) is product


@pytest.mark.parametrize("second, cls", [
    ("again", "Product"),  # "The Zorbix virus spread again": the program
    ("firm", "Organization"),  # "Zorbix grew. Zorbix fell.": read as a firm twice more, which one vote does not outweigh
    ("employer", "Organization"),  # "A spokesman for Zorbix software agreed": a firm whose name ends in "Software"
])
def test_a_name_the_model_read_as_a_firm_before_a_programs_noun_is_the_program_with_a_weak_vote(second, cls):
    rows = """
        0 The the DET DT det 2 O
        1 Zorbix Zorbix PROPN NNP compound 2 B-ORG
        2 virus virus NOUN NN nsubj 3 O
        3 spread spread VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
    """
    if second == "again":
        rows += """
        5 The the DET DT det 7 O
        6 Zorbix Zorbix PROPN NNP compound 7 B-ORG
        7 virus virus NOUN NN nsubj 8 O
        8 spread spread VERB VBD ROOT 8 O
        9 again again ADV RB advmod 8 O
        10 . . PUNCT . punct 8 O
        """
    elif second == "firm":
        rows += """
        5 Zorbix Zorbix PROPN NNP nsubj 6 B-ORG
        6 grew grow VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
        8 Zorbix Zorbix PROPN NNP nsubj 9 B-ORG
        9 fell fall VERB VBD ROOT 9 O
        10 . . PUNCT . punct 9 O
        """
    else:
        rows += """
        5 A a DET DT det 6 O
        6 spokesman spokesman NOUN NN nsubj 10 O
        7 for for ADP IN prep 6 O
        8 Zorbix Zorbix PROPN NNP compound 9 B-ORG
        9 software software NOUN NN pobj 7 O
        10 agreed agree VERB VBD ROOT 10 O
        11 . . PUNCT . punct 10 O
        """
    found = {surface: ref.cls for ref, surfaces in resolve(doc_from_table(rows)).entities.items() for surface in surfaces}
    assert found["Zorbix"] == cls


@pytest.mark.parametrize("first, product", [("ZephyrBook", True), ("Ann", False)])
def test_a_name_ending_in_a_models_word_is_the_models_unless_a_given_name_opens_it(first, product):
    doc = doc_from_table(f"""
        0 {first} {first} PROPN NNP compound 1 B-PERSON
        1 Nano Nano PROPN NNP nsubj 2 I-PERSON
        2 arrived arrive VERB VBD ROOT 2 O
        3 . . PUNCT . punct 2 O
    """)
    assert ("model-word-ending" in fired(doc, f"{first} Nano")) is product


def test_a_role_before_a_list_says_a_person_only_of_the_name_beside_it():
    # the next names of the list may be a band or a firm: "British stars" list singers and bands
    doc = doc_from_table("""
        0 British British ADJ JJ amod 1 B-NORP
        1 stars star NOUN NNS nsubj 6 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP appos 1 I-PERSON
        4 and and CCONJ CC cc 3 O
        5 Kestrel Kestrel PROPN NNP conj 3 B-ORG
        6 toured tour VERB VBD ROOT 6 O
        7 . . PUNCT . punct 6 O
    """)
    assert "apposition-role" in fired(doc, "Ann Ruiz")
    assert "apposition-role" not in fired(doc, "Kestrel")
