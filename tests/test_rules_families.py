"""Rivalries, products, capabilities and places, one construction at a time, on hand-built parses.

Each table is the parse of a sentence written for this test (scripts/doc_table.py prints one); the
expected facts name the rule that must read them. The classifier's guesses are left out, and so
are the products and organisations named together, which state a maker only where a rule read it,
and the names that may carry a maker the article does not name apart (kg.model.CORPUS_DECIDES;
tests/test_rdf.py).
"""
from __future__ import annotations

import pytest

from docs import doc_from_table
from kg.extract import extract_article, origins
from kg.model import BASED_IN, CORPUS_DECIDES, COUNTRY, ORGANIZATION, ROLE, Article, EntityRef, Evidence, Fact


def family_facts(table: str) -> set[tuple]:
    doc = doc_from_table(table)
    result = extract_article(Article("t", doc.text, doc.text, "test"), doc)
    return {(f.evidence.rule, f.subject.name, f.obj.name if f.obj else None, f.role) for f in result.facts
            if f.family != ROLE and not f.evidence.rule.startswith("learned-") and f.evidence.rule not in CORPUS_DECIDES}


CASES = [
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP poss 5 B-ORG
        1 's 's PART POS case 0 O
        2 Paris Paris PROPN NNP npadvmod 4 B-GPE
        3 - - PUNCT HYPH punct 4 O
        4 based base VERB VBN amod 5 O
        5 unit unit NOUN NN nsubj 6 O
        6 said say VERB VBD ROOT 6 O
        7 profits profit NOUN NNS nsubj 8 O
        8 rose rise VERB VBD ccomp 6 O
        9 . . PUNCT . punct 6 O
    """, set(), id="Kestrel's Paris-based unit said profits rose. (the unit's place, not its owner's)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP poss 5 B-ORG
        1 's 's PART POS case 0 O
        2 Paris Paris PROPN NNP npadvmod 4 B-GPE
        3 - - PUNCT HYPH punct 4 O
        4 based base VERB VBN amod 5 O
        5 affiliate affiliate NOUN NN compound 7 O
        6 Vantor Vantor PROPN NNP compound 7 B-ORG
        7 Group Group PROPN NNP nsubj 8 I-ORG
        8 hired hire VERB VBD ROOT 8 O
        9 staff staff NOUN NN dobj 8 O
        10 . . PUNCT . punct 8 O
    """, {('based-compound', 'Vantor Group', 'Paris', None)},
        id="Kestrel's Paris-based affiliate Vantor Group hired staff. (the affiliate's place)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP poss 5 B-ORG
        1 's 's PART POS case 0 O
        2 Paris Paris PROPN NNP npadvmod 4 B-GPE
        3 - - PUNCT HYPH punct 4 O
        4 based base VERB VBN amod 5 O
        5 Zephyr Zephyr PROPN NNP nsubj 6 B-PRODUCT
        6 sold sell VERB VBD ROOT 6 O
        7 well well ADV RB advmod 6 O
        8 . . PUNCT . punct 6 O
    """, {('maker-possessive', 'Zephyr', 'Kestrel', None)},
        id="Kestrel's Paris-based Zephyr sold well. (what is Paris-based is the Zephyr, no organisation)"),
    pytest.param("""
        0 She she PRON PRP nsubj 1 O
        1 spoke speak VERB VBD ROOT 1 O
        2 on on ADP IN prep 1 O
        3 Kestrel Kestrel PROPN NNP poss 5 B-ORG
        4 's 's PART POS case 3 O
        5 Lunch Lunch PROPN NNP pobj 2 B-PRODUCT
        6 with with ADP IN prep 5 O
        7 Vane Vane PROPN NNP pobj 6 O
        8 . . PUNCT . punct 1 O
    """, set(), id="She spoke on Kestrel's Lunch with Vane. (a programme's title, cut before its preposition)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 Zephyr Zephyr PROPN NNP compound 3 B-PRODUCT
        3 Centre Centre PROPN NNP nsubj 4 I-PRODUCT
        4 opened open VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, set(), id="Kestrel's Zephyr Centre opened. (a body's name ending: no product)"),
    pytest.param("""
        0 Zorbit Zorbit PROPN NNP nsubjpass 12 B-PERSON
        1 and and CCONJ CC cc 0 O
        2 Kestrel Kestrel PROPN NNP conj 0 B-GPE
        3 , , PUNCT , punct 0 O
        4 Spain Spain PROPN NNP poss 9 B-GPE
        5 's 's PART POS case 4 O
        6 other other ADJ JJ amod 9 O
        7 big big ADJ JJ amod 9 O
        8 mobile mobile ADJ JJ amod 9 O
        9 operator operator NOUN NN appos 0 O
        10 , , PUNCT , punct 0 O
        11 were be AUX VBD auxpass 12 O
        12 fined fine VERB VBN ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('based-descriptor', 'Kestrel', 'Spain', None)},
        id="Zorbit and Kestrel, Spain's other big mobile operator, were fined. (the last name's, though hung on the first)"),
    pytest.param("""
        0 Last last ADJ JJ amod 1 B-DATE
        1 year year NOUN NN npadvmod 2 I-DATE
        2 saw see VERB VBD ROOT 2 O
        3 portable portable ADJ JJ amod 4 O
        4 players player NOUN NNS dobj 2 O
        5 , , PUNCT , punct 4 O
        6 such such ADJ JJ amod 7 O
        7 as as ADP IN prep 4 O
        8 the the DET DT det 14 O
        9 Windows Windows PROPN NNP npadvmod 11 B-GPE
        10 - - PUNCT HYPH punct 11 O
        11 based base VERB VBN amod 14 O
        12 Vantor Vantor PROPN NNP compound 13 B-PRODUCT
        13 Zen Zen PROPN NNP compound 14 I-PRODUCT
        14 player player NOUN NN pobj 7 O
        15 , , PUNCT , punct 14 O
        16 the the DET DT det 18 O
        17 Kestrel Kestrel PROPN NNP compound 18 B-ORG
        18 Yepp Yepp PROPN NNP conj 14 I-ORG
        19 and and CCONJ CC cc 18 O
        20 the the DET DT det 22 O
        21 Lumen Lumen PROPN NNP compound 22 B-PRODUCT
        22 PMC-100 PMC-100 PROPN NNP conj 18 O
        23 . . PUNCT . punct 2 O
    """, set(),
        id='Last year saw players, such as the Windows-based Vantor Zen player, the Kestrel Yepp and ... '
           '(a product is no firm, and a list item is not the described noun)'),
    pytest.param("""
        0 US US PROPN NNP compound 2 B-GPE
        1 rock rock NOUN NN compound 2 O
        2 band band NOUN NN compound 3 O
        3 Kestrel Kestrel PROPN NNP nsubj 4 B-PERSON
        4 cancelled cancel VERB VBD ROOT 4 O
        5 its its PRON PRP$ poss 6 O
        6 tour tour NOUN NN dobj 4 O
        7 . . PUNCT . punct 4 O
    """, {('based-descriptor', 'Kestrel', 'United States', None)},
        id='US rock band Kestrel cancelled its tour. (a band read as a person)'),
    pytest.param("""
        0 Shares share NOUN NNS nsubj 9 O
        1 in in ADP IN prep 0 O
        2 Brazil Brazil PROPN NNP poss 5 B-GPE
        3 's 's PART POS case 2 O
        4 biggest big ADJ JJS amod 5 O
        5 brewer brewer NOUN NN pobj 1 O
        6 , , PUNCT , punct 0 O
        7 Kestrel Kestrel PROPN NNP compound 8 B-ORG
        8 Beers Beers PROPN NNP appos 0 I-ORG
        9 rose rise VERB VBD ROOT 9 O
        10 . . PUNCT . punct 9 O
    """, {('based-descriptor', 'Kestrel Beers', 'Brazil', None)},
        id="Shares in Brazil's biggest brewer, Kestrel Beers rose. (the name set beside the noun, hung elsewhere)"),
    pytest.param("""
        0 In in ADP IN prep 7 O
        1 a a DET DT det 3 O
        2 US US PROPN NNP compound 3 B-GPE
        3 court court NOUN NN pobj 0 O
        4 , , PUNCT , punct 7 O
        5 Kestrel Kestrel PROPN NNP compound 6 B-ORG
        6 Bank Bank PROPN NNP nsubj 7 I-ORG
        7 pleaded plead VERB VBD ROOT 7 O
        8 guilty guilty ADJ JJ acomp 7 O
        9 . . PUNCT . punct 7 O
    """, set(), id='In a US court, Kestrel Bank pleaded guilty. (a comma before the subject ends an adverbial)'),
    pytest.param("""
        0 US US PROPN NNP compound 2 B-GPE
        1 rock rock NOUN NN compound 2 O
        2 band band NOUN NN compound 3 O
        3 Kestrel Kestrel PROPN NNP nsubj 4 O
        4 cancelled cancel VERB VBD ROOT 4 O
        5 its its PRON PRP$ poss 6 O
        6 tour tour NOUN NN dobj 4 O
        7 . . PUNCT . punct 4 O
    """, {('based-descriptor', 'Kestrel', 'United States', None)},
        id='US rock band Kestrel cancelled its tour. (a name the model missed after a noun of organisations '
           'is an organisation)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubjpass 3 B-PRODUCT
        2 is be AUX VBZ auxpass 3 O
        3 made make VERB VBN ROOT 3 O
        4 by by ADP IN agent 3 O
        5 Vantor Vantor PROPN NNP pobj 4 B-ORG
        6 . . PUNCT . punct 3 O
        7 Sales sale NOUN NNS nsubj 12 O
        8 of of ADP IN prep 7 O
        9 the the DET DT det 10 O
        10 Zephyr Zephyr PROPN NNP pobj 8 B-PRODUCT
        11 4 4 NUM CD nummod 10 I-PRODUCT
        12 rose rise VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('maker-passive', 'Zephyr', 'Vantor', None), ('maker-product-line', 'Zephyr 4', 'Vantor', None)},
        id='The Zephyr is made by Vantor. Sales of the Zephyr 4 rose. (a model of a line whose maker is said)'),
    pytest.param("""
        0 The the DET DT det 2 B-ORG
        1 European European PROPN NNP compound 2 I-ORG
        2 Union Union PROPN NNP nsubj 3 I-ORG
        3 fined fin VERB VBD ROOT 3 O
        4 Vantor Vantor PROPN NNP dobj 3 B-ORG
        5 . . PUNCT . punct 3 O
        6 Canada Canada PROPN NNP nsubj 7 B-GPE
        7 filed file VERB VBD ROOT 7 O
        8 a a DET DT det 9 O
        9 complaint complaint NOUN NN dobj 7 O
        10 against against ADP IN prep 9 O
        11 Brussels Brussels PROPN NNP pobj 10 B-GPE
        12 . . PUNCT . punct 7 O
    """, {('rivalry-object-with', 'Canada', 'European Union', None)},
        id='The European Union fined Vantor. Canada filed a complaint against Brussels. (Brussels for the EU)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 has have VERB VBZ ROOT 2 O
        3 a a DET DT det 5 O
        4 big big ADJ JJ amod 5 O
        5 screen screen NOUN NN dobj 2 O
        6 , , PUNCT , punct 2 O
        7 letting let VERB VBG advcl 2 O
        8 owners owner NOUN NNS nsubj 9 O
        9 watch watch VERB VB ccomp 7 O
        10 films film NOUN NNS dobj 9 O
        11 . . PUNCT . punct 2 O
    """, {('capability-has', 'Zephyr', 'screen', None), ('capability-enables', 'Zephyr', 'watch films', None)},
        id='The Zephyr has a big screen, letting owners watch films. (what that lets them do)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 offers offer VERB VBZ ROOT 2 O
        3 reliability reliability NOUN NN dobj 2 O
        4 , , PUNCT , punct 3 O
        5 performance performance NOUN NN conj 3 O
        6 and and CCONJ CC cc 5 O
        7 a a DET DT det 9 O
        8 foldable foldable ADJ JJ amod 9 O
        9 keyboard keyboard NOUN NN conj 5 O
        10 . . PUNCT . punct 2 O
    """, {('capability-features', 'Zephyr', 'foldable keyboard', None)},
        id='The Zephyr offers reliability, performance and a foldable keyboard. (a bare quality says nothing of it)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 includes include VERB VBZ ROOT 2 O
        3 a a DET DT det 5 O
        4 lyrics lyric NOUN NNS compound 5 O
        5 booklet booklet NOUN NN dobj 2 O
        6 and and CCONJ CC cc 5 O
        7 songs song NOUN NNS conj 5 O
        8 by by ADP IN prep 7 O
        9 Ann Ann PROPN NNP compound 10 B-PERSON
        10 Ruiz Ruiz PROPN NNP pobj 8 I-PERSON
        11 . . PUNCT . punct 2 O
    """, {('capability-features', 'Zephyr', 'lyrics booklet', None)},
        id='The Zephyr includes a lyrics booklet and songs by Ann Ruiz. (a credit is no capability)'),
    # what the parser hung apart from the thing had still says what it is like
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 3 B-PRODUCT
        2 will will AUX MD aux 3 O
        3 provide provide VERB VB ROOT 3 O
        4 access access NOUN NN dobj 3 O
        5 at at ADP IN prep 3 O
        6 twice twice DET PDT predet 8 O
        7 the the DET DT det 8 O
        8 speed speed NOUN NN pobj 5 O
        9 of of ADP IN prep 8 O
        10 the the DET DT det 12 O
        11 old old ADJ JJ amod 12 O
        12 model model NOUN NN pobj 9 O
        13 . . PUNCT . punct 3 O
    """, {('capability-features', 'Zephyr', 'access at twice the speed of the old model', None)},
        id='The Zephyr will provide access at twice the speed of the old model.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 offers offer VERB VBZ ROOT 2 O
        3 a a DET DT det 4 O
        4 service service NOUN NN dobj 2 O
        5 giving give VERB VBG acl 4 O
        6 the the DET DT det 7 O
        7 times time NOUN NNS dobj 5 O
        8 of of ADP IN prep 7 O
        9 trains train NOUN NNS pobj 8 O
        10 . . PUNCT . punct 2 O
    """, {('capability-features', 'Zephyr', 'service giving the times of trains', None)},
        id='The Zephyr offers a service giving the times of trains.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 3 B-PRODUCT
        2 will will AUX MD aux 3 O
        3 provide provide VERB VB ROOT 3 O
        4 graphics graphic NOUN NNS dobj 3 O
        5 indistinguishable indistinguishable ADJ JJ dobj 3 O
        6 from from ADP IN prep 5 O
        7 film film NOUN NN pobj 6 O
        8 . . PUNCT . punct 3 O
    """, {('capability-features', 'Zephyr', 'graphics indistinguishable from film', None)},
        id='The Zephyr will provide graphics indistinguishable from film. (read as two objects)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 includes include VERB VBZ ROOT 2 O
        3 over over ADP IN quantmod 4 B-CARDINAL
        4 200 200 NUM CD nummod 6 I-CARDINAL
        5 new new ADJ JJ amod 6 O
        6 features feature NOUN NNS dobj 2 O
        7 and and CCONJ CC cc 6 O
        8 a a DET DT det 10 O
        9 faster fast ADJ JJR amod 10 O
        10 camera camera NOUN NN conj 6 O
        11 . . PUNCT . punct 2 O
    """, {('capability-features', 'Zephyr', 'faster camera', None)},
        id='The Zephyr includes over 200 new features and a faster camera. (how many features says none)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 showed show VERB VBD ROOT 1 O
        2 the the DET DT det 4 O
        3 Zephyr Zephyr PROPN NNP compound 4 B-PRODUCT
        4 handset handset NOUN NN dobj 1 O
        5 . . PUNCT . punct 1 O
        6 It it PRON PRP nsubj 7 O
        7 works work VERB VBZ ROOT 7 O
        8 with with ADP IN prep 7 O
        9 the the DET DT det 11 O
        10 Kestrel Kestrel PROPN NNP compound 11 B-PRODUCT
        11 technology technology NOUN NN pobj 8 O
        12 . . PUNCT . punct 7 O
        13 The the DET DT det 14 O
        14 handset handset NOUN NN nsubj 16 O
        15 can can AUX MD aux 16 O
        16 play play VERB VB ROOT 16 O
        17 radio radio NOUN NN dobj 16 O
        18 . . PUNCT . punct 16 O
    """, {('capability-can-anaphora', 'Zephyr', 'play radio', None)},
        id='Vantor showed the Zephyr handset. It works with the Kestrel technology. The handset can play radio. '
           '(a handset is no technology)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 is be AUX VBZ ROOT 2 O
        3 very very ADV RB advmod 4 O
        4 cheap cheap ADJ JJ acomp 2 O
        5 . . PUNCT . punct 2 O
        6 Acmeo Acmeo PROPN NNP nsubj 7 O
        7 offers offer VERB VBZ ROOT 7 O
        8 songs song NOUN NNS dobj 7 O
        9 for for ADP IN prep 7 O
        10 it it PRON PRP pobj 9 O
        11 . . PUNCT . punct 7 O
        12 It it PRON PRP nsubj 13 O
        13 has have VERB VBZ ROOT 13 O
        14 a a DET DT det 15 O
        15 catalogue catalogue NOUN NN dobj 13 O
        16 of of ADP IN prep 15 O
        17 old old ADJ JJ amod 18 O
        18 hits hit NOUN NNS pobj 16 O
        19 . . PUNCT . punct 13 O
    """, set(), id='The Zephyr is very cheap. Acmeo offers songs for it. It has a catalogue of old hits. (it: the name before)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 provides provide VERB VBZ ROOT 2 O
        3 teachers teacher NOUN NNS dobj 2 O
        4 with with ADP IN prep 2 O
        5 lesson lesson NOUN NN compound 6 O
        6 plans plan NOUN NNS pobj 4 O
        7 and and CCONJ CC cc 6 O
        8 a a DET DT det 10 O
        9 marking mark VERB VBG amod 10 O
        10 tool tool NOUN NN conj 6 O
        11 . . PUNCT . punct 2 O
    """, set(), id='The Zephyr provides teachers with lesson plans and a marking tool. (whom it serves is no feature)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 lets let VERB VBZ ROOT 2 O
        3 old old ADJ JJ amod 5 O
        4 phone phone NOUN NN compound 5 O
        5 lines line NOUN NNS nsubj 6 O
        6 carry carry VERB VBP ccomp 2 O
        7 video video NOUN NN dobj 6 O
        8 . . PUNCT . punct 2 O
    """, set(), id='The Zephyr lets old phone lines carry video. (what it lets things do is how it works)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 is be AUX VBZ ROOT 2 O
        3 smaller small ADJ JJR acomp 2 O
        4 and and CCONJ CC cc 3 O
        5 lighter light ADJ JJR conj 3 O
        6 than than ADP IN prep 5 O
        7 its its PRON PRP$ poss 8 O
        8 predecessor predecessor NOUN NN pobj 6 O
        9 . . PUNCT . punct 2 O
    """, {('capability-comparative', 'Zephyr', 'smaller and lighter than its predecessor', None)},
        id='The Zephyr is smaller and lighter than its predecessor. (what it is like, compared)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 is be AUX VBZ ROOT 2 O
        3 cheaper cheap ADJ JJR acomp 2 O
        4 than than ADP IN prep 3 O
        5 its its PRON PRP$ poss 6 O
        6 rivals rival NOUN NNS pobj 4 O
        7 . . PUNCT . punct 2 O
    """, set(), id='The Zephyr is cheaper than its rivals. (a price compared is no capability)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 has have VERB VBZ ROOT 2 O
        3 flash flash NOUN NN compound 4 O
        4 memory memory NOUN NN dobj 2 O
        5 rather rather ADV RB advmod 6 O
        6 than than ADP IN cc 4 O
        7 hard hard ADJ JJ amod 8 O
        8 drives drive NOUN NNS conj 4 O
        9 . . PUNCT . punct 2 O
    """, {('capability-has', 'Zephyr', 'flash memory', None)},
        id='The Zephyr has flash memory rather than hard drives. (not what it has instead)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 is be AUX VBZ ROOT 2 O
        3 popular popular ADJ JJ acomp 2 O
        4 . . PUNCT . punct 2 O
        5 It it PRON PRP nsubj 6 O
        6 plans plan VERB VBZ ROOT 6 O
        7 to to PART TO aux 8 O
        8 add add VERB VB xcomp 6 O
        9 video video NOUN NN compound 10 O
        10 calls call NOUN NNS dobj 8 O
        11 . . PUNCT . punct 6 O
    """, set(), id='The Zephyr is popular. It plans to add video calls. (a plan is no capability)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 has have VERB VBZ ROOT 2 O
        3 two two NUM CD nummod 5 B-CARDINAL
        4 serious serious ADJ JJ amod 5 O
        5 flaws flaw NOUN NNS dobj 2 O
        6 and and CCONJ CC cc 5 O
        7 a a DET DT det 9 O
        8 large large ADJ JJ amod 9 O
        9 screen screen NOUN NN conj 5 O
        10 . . PUNCT . punct 2 O
    """, {('capability-has', 'Zephyr', 'large screen', None)},
        id='The Zephyr has two serious flaws and a large screen. (a fault is no ability)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 sold sell VERB VBD ROOT 1 O
        2 more more ADJ JJR amod 3 O
        3 cars car NOUN NNS dobj 1 O
        4 . . PUNCT . punct 1 O
        5 The the DET DT det 7 O
        6 German german ADJ JJ amod 7 B-NORP
        7 carmaker carmaker NOUN NN nsubj 9 O
        8 is be AUX VBZ aux 9 O
        9 aiming aim VERB VBG ROOT 9 O
        10 to to PART TO aux 11 O
        11 boost boost VERB VB xcomp 9 O
        12 sales sale NOUN NNS dobj 11 O
        13 . . PUNCT . punct 9 O
    """, {('based-descriptor-anaphora', 'Vantor', 'Germany', None)},
        id='Vantor sold more cars. The German carmaker is aiming to boost sales. (the company named before)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 sold sell VERB VBD ROOT 1 O
        2 more more ADJ JJR amod 3 O
        3 cars car NOUN NNS dobj 1 O
        4 . . PUNCT . punct 1 O
        5 The the DET DT det 6 O
        6 company company NOUN NN nsubj 13 O
        7 , , PUNCT , punct 6 O
        8 based base VERB VBN acl 6 O
        9 in in ADP IN prep 8 O
        10 Leeds Leeds PROPN NNPS pobj 9 B-GPE
        11 , , PUNCT , punct 6 O
        12 is be AUX VBZ aux 13 O
        13 hiring hire VERB VBG ROOT 13 O
        14 . . PUNCT . punct 13 O
    """, {('based-descriptor-anaphora', 'Vantor', 'Leeds', None)},
        id='Vantor sold more cars. The company, based in Leeds, is hiring. (where the company named before is based)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 sold sell VERB VBD ROOT 1 O
        2 more more ADJ JJR amod 3 O
        3 cars car NOUN NNS dobj 1 O
        4 . . PUNCT . punct 1 O
        5 The the DET DT det 9 O
        6 Leeds Leeds PROPN NNP npadvmod 8 B-GPE
        7 - - PUNCT HYPH punct 8 O
        8 based base VERB VBN amod 9 O
        9 carmaker carmaker NOUN NN nsubj 11 O
        10 is be AUX VBZ aux 11 O
        11 hiring hire VERB VBG ROOT 11 O
        12 . . PUNCT . punct 11 O
    """, {('based-descriptor-anaphora', 'Vantor', 'Leeds', None)},
        id='Vantor sold more cars. The Leeds-based carmaker is hiring.'),
    pytest.param("""
        0 German german ADJ JJ amod 1 B-NORP
        1 carmaker carmaker NOUN NN compound 2 O
        2 Vantor Vantor PROPN NNP nsubj 3 B-ORG
        3 sold sell VERB VBD ROOT 3 O
        4 more more ADJ JJR amod 5 O
        5 cars car NOUN NNS dobj 3 O
        6 . . PUNCT . punct 3 O
        7 The the DET DT det 9 O
        8 Japanese japanese ADJ JJ amod 9 B-NORP
        9 firm firm NOUN NN nsubj 11 O
        10 is be AUX VBZ aux 11 O
        11 hiring hire VERB VBG ROOT 11 O
        12 . . PUNCT . punct 11 O
    """, {('based-descriptor', 'Vantor', 'Germany', None)},
        id='German carmaker Vantor sold more cars. The Japanese firm is hiring. (another firm: Vantor is German)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 sold sell VERB VBD ROOT 1 O
        2 more more ADJ JJR amod 3 O
        3 cars car NOUN NNS dobj 1 O
        4 . . PUNCT . punct 1 O
        5 The the DET DT det 7 O
        6 German german ADJ JJ amod 7 B-NORP
        7 government government NOUN NN nsubj 8 O
        8 welcomed welcome VERB VBD ROOT 8 O
        9 the the DET DT det 10 O
        10 news news NOUN NN dobj 8 O
        11 . . PUNCT . punct 8 O
    """, set(),
        id="Vantor sold more cars. The German government welcomed the news. (a nation's own institution)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 sold sell VERB VBD ROOT 1 O
        2 more more ADJ JJR amod 3 O
        3 cars car NOUN NNS dobj 1 O
        4 . . PUNCT . punct 1 O
        5 Kestrel Kestrel PROPN NNP nsubj 7 B-ORG
        6 may may AUX MD aux 7 O
        7 buy buy VERB VB ROOT 7 O
        8 the the DET DT det 10 O
        9 German german ADJ JJ amod 10 B-NORP
        10 carmaker carmaker NOUN NN dobj 7 O
        11 . . PUNCT . punct 7 O
    """, set(),
        id='Vantor sold more cars. Kestrel may buy the German carmaker. (an object is a third firm as often)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 met meet VERB VBD ROOT 2 O
        3 Tom Tom PROPN NNP compound 4 B-PERSON
        4 Hale Hale PROPN NNP dobj 2 I-PERSON
        5 . . PUNCT . punct 2 O
        6 The the DET DT det 8 O
        7 German german ADJ JJ amod 8 B-NORP
        8 company company NOUN NN nsubj 9 O
        9 said say VERB VBD ROOT 9 O
        10 so so ADV RB advmod 9 O
        11 . . PUNCT . punct 9 O
    """, set(), id='Ann Ruiz met Tom Hale. The German company said so. (no company named before)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 had have VERB VBD ROOT 1 O
        2 a a DET DT det 4 B-DATE
        3 strong strong ADJ JJ amod 4 I-DATE
        4 year year NOUN NN dobj 1 I-DATE
        5 . . PUNCT . punct 1 O
        6 The the DET DT det 7 O
        7 company company NOUN NN nsubj 8 O
        8 unveiled unveil VERB VBD ROOT 8 O
        9 the the DET DT det 10 O
        10 Zephyr Zephyr PROPN NNP dobj 8 B-PRODUCT
        11 in in ADP IN prep 8 O
        12 May May PROPN NNP pobj 11 B-DATE
        13 . . PUNCT . punct 8 O
    """, {('maker-verb-anaphora', 'Zephyr', 'Vantor', None)},
        id='Vantor had a strong year. The company unveiled the Zephyr in May. (the company named before)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 left leave VERB VBD ROOT 2 O
        3 Vantor Vantor PROPN NNP dobj 2 B-ORG
        4 . . PUNCT . punct 2 O
        5 They they PRON PRP nsubj 6 O
        6 unveiled unveil VERB VBD ROOT 6 O
        7 the the DET DT det 8 O
        8 Zephyr Zephyr PROPN NNP dobj 6 B-PRODUCT
        9 in in ADP IN prep 6 O
        10 May May PROPN NNP pobj 9 B-DATE
        11 . . PUNCT . punct 6 O
    """, set(), id='Ann Ruiz left Vantor. They unveiled the Zephyr in May. (after a person, no company is meant)'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 fifth fifth ADJ JJ amod 2 B-ORDINAL
        2 version version NOUN NN nsubj 7 O
        3 ( ( PUNCT -LRB- punct 2 O
        4 Zephyr Zephyr PROPN NNP appos 2 B-PRODUCT
        5 5 5 NUM CD nummod 4 I-PRODUCT
        6 ) ) PUNCT -RRB- punct 2 O
        7 introduces introduce VERB VBZ ROOT 7 O
        8 a a DET DT det 11 O
        9 new new ADJ JJ amod 11 O
        10 search search NOUN NN compound 11 O
        11 tool tool NOUN NN dobj 7 O
        12 . . PUNCT . punct 7 O
    """, {('capability-features', 'Zephyr 5', 'search tool', None)},
        id='The fifth version (Zephyr 5) introduces a new search tool. (the product beside the noun; a rank is no capability)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 2 B-ORG
        1 has have AUX VBZ aux 2 O
        2 unveiled unveil VERB VBN ROOT 2 O
        3 a a DET DT det 5 O
        4 longer long ADJ JJR amod 5 O
        5 version version NOUN NN dobj 2 O
        6 of of ADP IN prep 5 O
        7 its its PRON PRP$ poss 9 O
        8 770 770 NUM CD nummod 9 B-CARDINAL
        9 airliner airliner NOUN NN pobj 6 O
        10 . . PUNCT . punct 2 O
        11 The the DET DT det 14 O
        12 770 770 NUM CD nummod 14 B-PRODUCT
        13 - - PUNCT HYPH punct 14 I-PRODUCT
        14 300XR 300XR PROPN NNP nsubj 16 I-PRODUCT
        15 can can AUX MD aux 16 O
        16 fly fly VERB VB ROOT 16 O
        17 for for ADP IN prep 16 O
        18 8,000 8,000 NUM CD nummod 19 B-QUANTITY
        19 miles mile NOUN NNS pobj 17 I-QUANTITY
        20 . . PUNCT . punct 16 O
    """, {('maker-name', 'Vantor 770', 'Vantor', None), ('maker-name', 'Vantor 770-300XR', 'Vantor', None),
          ('capability-can', 'Vantor 770-300XR', 'fly for 8,000 miles', None),
          ('capability-capacity', 'Vantor 770-300XR', 'fly for 8,000 miles', None)},
        id="Vantor has unveiled a longer version of its 770 airliner. The 770-300XR can fly for 8,000 miles. "
           "(its maker's model, and a variant of it)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP nsubj 1 B-ORG
        1 flies fly VERB VBZ ROOT 1 O
        2 its its PRON PRP$ poss 4 O
        3 770 770 NUM CD nummod 4 B-CARDINAL
        4 jets jet NOUN NNS dobj 1 O
        5 to to ADP IN prep 1 O
        6 Lima Lima PROPN NNP pobj 5 B-GPE
        7 . . PUNCT . punct 1 O
    """, set(), id='Kestrel flies its 770 jets to Lima. (an operator is no maker)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 said say VERB VBD ROOT 1 O
        2 US US PROPN NNP compound 4 B-GPE
        3 - - PUNCT HYPH punct 4 O
        4 China China PROPN NNP compound 5 B-GPE
        5 tensions tension NOUN NNS nsubj 6 O
        6 rose rise VERB VBD ccomp 1 O
        7 again again ADV RB advmod 6 O
        8 . . PUNCT . punct 1 O
    """, {('rivalry-hyphen-pair', 'China', 'United States', None)},
        id='Vantor said US-China tensions rose again. (two parties joined by a hyphen)'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 US US PROPN NNP compound 2 B-GPE
        2 embargo embargo NOUN NN nsubj 6 O
        3 on on ADP IN prep 2 O
        4 Cuba Cuba PROPN NNP pobj 3 B-GPE
        5 has have AUX VBZ aux 6 O
        6 lasted last VERB VBN ROOT 6 O
        7 decades decade NOUN NNS dobj 6 B-DATE
        8 . . PUNCT . punct 6 O
    """, {('rivalry-penalty-on', 'Cuba', 'United States', None)},
        id='The US embargo on Cuba has lasted decades. (who imposes it, written before the penalty)'),
    pytest.param("""
        0 US US PROPN NNP nmod 3 B-GPE
        1 and and CCONJ CC cc 0 O
        2 EU EU PROPN NNP conj 0 B-ORG
        3 sanctions sanction NOUN NNS nsubjpass 7 O
        4 on on ADP IN prep 3 O
        5 Iran Iran PROPN NNP pobj 4 B-GPE
        6 were be AUX VBD auxpass 7 O
        7 tightened tighten VERB VBN ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, {('rivalry-penalty-on', 'Iran', 'United States', None), ('rivalry-penalty-on', 'Iran', 'EU', None)},
        id='US and EU sanctions on Iran were tightened. (the two who impose them are no rivals)'),
    pytest.param("""
        0 The the DET DT det 4 O
        1 France France PROPN NNP compound 3 B-GPE
        2 - - PUNCT HYPH punct 3 O
        3 Italy Italy PROPN NNP compound 4 B-GPE
        4 match match NOUN NN nsubj 5 O
        5 ended end VERB VBD ROOT 5 O
        6 in in ADP IN prep 5 O
        7 a a DET DT det 8 O
        8 draw draw NOUN NN pobj 6 O
        9 . . PUNCT . punct 5 O
    """, set(), id='The France-Italy match ended in a draw. (a match is no rivalry)'),
    pytest.param("""
        0 Peru Peru PROPN NNP nsubj 1 B-GPE
        1 is be AUX VBZ ROOT 1 O
        2 in in ADP IN prep 1 O
        3 a a DET DT det 5 O
        4 bitter bitter ADJ JJ amod 5 O
        5 dispute dispute NOUN NN pobj 2 O
        6 with with ADP IN prep 5 O
        7 Chile Chile PROPN NNP pobj 6 B-GPE
        8 over over ADP IN prep 5 O
        9 fishing fish VERB VBG pobj 8 O
        10 . . PUNCT . punct 1 O
    """, {('rivalry-subject-with', 'Chile', 'Peru', None)},
        id='Peru is in a bitter dispute with Chile over fishing. (one party the subject, the other the with)'),
    pytest.param("""
        0 Norway Norway PROPN NNP nsubj 3 B-GPE
        1 has have AUX VBZ aux 3 O
        2 long long ADV RB advmod 3 O
        3 been be AUX VBN ROOT 3 O
        4 at at ADP IN prep 3 O
        5 odds odd NOUN NNS pobj 4 O
        6 with with ADP IN prep 5 O
        7 Iceland Iceland PROPN NNP pobj 6 B-GPE
        8 over over ADP IN prep 3 O
        9 whaling whaling NOUN NN pobj 8 O
        10 . . PUNCT . punct 3 O
    """, {('rivalry-subject-with', 'Iceland', 'Norway', None)},
        id='Norway has long been at odds with Iceland over whaling.'),
    pytest.param("""
        0 Peru Peru PROPN NNP nsubj 1 B-GPE
        1 is be AUX VBZ ROOT 1 O
        2 in in ADP IN prep 1 O
        3 talks talk NOUN NNS pobj 2 O
        4 with with ADP IN prep 3 O
        5 Chile Chile PROPN NNP pobj 4 B-GPE
        6 over over ADP IN prep 3 O
        7 fishing fish VERB VBG pobj 6 O
        8 . . PUNCT . punct 1 O
    """, set(), id='Peru is in talks with Chile over fishing. (talks are no rivalry)'),
    pytest.param("""
        0 China China PROPN NNP nsubjpass 4 B-GPE
        1 and and CCONJ CC cc 0 O
        2 Japan Japan PROPN NNP conj 0 B-GPE
        3 are be AUX VBP auxpass 4 O
        4 locked lock VERB VBN ROOT 4 O
        5 in in ADP IN prep 4 O
        6 a a DET DT det 8 O
        7 bitter bitter ADJ JJ amod 8 O
        8 row row NOUN NN pobj 5 O
        9 . . PUNCT . punct 4 O
    """, {('rivalry-parties', 'China', 'Japan', None)},
        id='China and Japan are locked in a bitter row. (the subjects of a passive)'),
    pytest.param("""
        0 Tensions tension NOUN NNS nsubj 5 O
        1 between between ADP IN prep 0 O
        2 Japan Japan PROPN NNP pobj 1 B-GPE
        3 and and CCONJ CC cc 2 O
        4 China China PROPN NNP conj 2 B-GPE
        5 rose rise VERB VBD ROOT 5 O
        6 after after ADP IN prep 5 O
        7 the the DET DT det 8 O
        8 visit visit NOUN NN pobj 6 O
        9 . . PUNCT . punct 5 O
    """, {('rivalry-between', 'China', 'Japan', None)}, id='Tensions between Japan and China rose after the visit.'),
    pytest.param("""
        0 Talks talk NOUN NNS nsubj 1 O
        1 stalled stall VERB VBN ROOT 1 O
        2 amid amid ADP IN prep 1 O
        3 worsening worsen VERB VBG pcomp 2 O
        4 relations relation NOUN NNS dobj 3 O
        5 between between ADP IN prep 4 O
        6 Canada Canada PROPN NNP pobj 5 B-GPE
        7 and and CCONJ CC cc 6 O
        8 Brazil Brazil PROPN NNP conj 6 B-GPE
        9 . . PUNCT . punct 1 O
    """, {('rivalry-between', 'Brazil', 'Canada', None)}, id='Talks stalled amid worsening relations between Canada and Brazil.'),
    pytest.param("""
        0 Relations relation NOUN NNS nsubj 5 O
        1 between between ADP IN prep 0 O
        2 France France PROPN NNP pobj 1 B-GPE
        3 and and CCONJ CC cc 2 O
        4 Spain Spain PROPN NNP conj 2 B-GPE
        5 improved improve VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, set(), id='Relations between France and Spain improved. (relations are no rivalry unless said bad)'),
    pytest.param("""
        0 Officials official NOUN NNS nsubj 1 O
        1 met meet VERB VBD ROOT 1 O
        2 India India PROPN NNP poss 5 B-GPE
        3 's 's PART POS case 2 O
        4 rival rival ADJ JJ amod 5 O
        5 Pakistan Pakistan PROPN NNP dobj 1 B-GPE
        6 . . PUNCT . punct 1 O
    """, {('rivalry-called-rival', 'India', 'Pakistan', None)}, id="Officials met India's rival Pakistan."),
    pytest.param("""
        0 Protesters protester NOUN NNS nsubj 1 O
        1 condemned condemn VERB VBD ROOT 1 O
        2 the the DET DT det 6 O
        3 Peru Peru PROPN NNP npadvmod 5 B-GPE
        4 - - PUNCT HYPH punct 5 O
        5 led lead VERB VBN amod 6 O
        6 invasion invasion NOUN NN dobj 1 O
        7 of of ADP IN prep 6 O
        8 Chile Chile PROPN NNP pobj 7 B-GPE
        9 . . PUNCT . punct 1 O
    """, {('rivalry-act-of', 'Chile', 'Peru', None)}, id='Protesters condemned the Peru-led invasion of Chile.'),
    pytest.param("""
        0 Peru Peru PROPN NNP poss 2 B-GPE
        1 's 's PART POS case 0 O
        2 occupation occupation NOUN NN nsubj 5 O
        3 of of ADP IN prep 2 O
        4 Chile Chile PROPN NNP pobj 3 B-GPE
        5 ended end VERB VBD ROOT 5 O
        6 in in ADP IN prep 5 O
        7 1884 1884 NUM CD pobj 6 B-DATE
        8 . . PUNCT . punct 5 O
    """, {('rivalry-act-of', 'Chile', 'Peru', None)}, id="Peru's occupation of Chile ended in 1884."),
    pytest.param("""
        0 Chile Chile PROPN NNP nsubj 3 B-GPE
        1 is be AUX VBZ aux 3 O
        2 still still ADV RB advmod 3 O
        3 recovering recover VERB VBG ROOT 3 O
        4 from from ADP IN prep 3 O
        5 its its PRON PRP$ poss 6 O
        6 war war NOUN NN pobj 4 O
        7 with with ADP IN prep 6 O
        8 Peru Peru PROPN NNP pobj 7 B-GPE
        9 . . PUNCT . punct 3 O
    """, {('rivalry-with', 'Chile', 'Peru', None)}, id="Chile is still recovering from its war with Peru. ('its': the subject)"),
    pytest.param("""
        0 Officials official NOUN NNS nsubj 1 O
        1 met meet VERB VBD ROOT 1 O
        2 India India PROPN NNP poss 4 B-GPE
        3 's 's PART POS case 2 O
        4 partner partner NOUN NN dobj 1 O
        5 Pakistan Pakistan PROPN NNP appos 4 B-GPE
        6 . . PUNCT . punct 1 O
    """, set(), id="Officials met India's partner Pakistan."),
    pytest.param("""
        0 Ministers minister NOUN NNS nsubj 1 O
        1 debated debate VERB VBD ROOT 1 O
        2 the the DET DT det 3 O
        3 EU EU PROPN NNP poss 5 B-ORG
        4 's 's PART POS case 3 O
        5 embargo embargo NOUN NN dobj 1 O
        6 on on ADP IN prep 5 O
        7 China China PROPN NNP pobj 6 B-GPE
        8 . . PUNCT . punct 1 O
    """, {('rivalry-with', 'China', 'EU', None)}, id="Ministers debated the EU's embargo on China."),
    pytest.param("""
        0 Japan Japan PROPN NNP nsubj 1 B-GPE
        1 filed file VERB VBD ROOT 1 O
        2 a a DET DT det 3 O
        3 complaint complaint NOUN NN dobj 1 O
        4 against against ADP IN prep 3 O
        5 China China PROPN NNP pobj 4 B-GPE
        6 . . PUNCT . punct 1 O
    """, {('rivalry-object-with', 'China', 'Japan', None)}, id='Japan filed a complaint against China.'),
    pytest.param("""
        0 France France PROPN NNP nsubj 1 B-GPE
        1 competes compete VERB VBZ ROOT 1 O
        2 with with ADP IN prep 1 O
        3 Germany Germany PROPN NNP pobj 2 B-GPE
        4 for for ADP IN prep 1 O
        5 the the DET DT det 6 O
        6 contract contract NOUN NN pobj 4 O
        7 . . PUNCT . punct 1 O
    """, {('rivalry-with', 'France', 'Germany', None)}, id='France competes with Germany for the contract.'),
    pytest.param("""
        0 Japan Japan PROPN NNP nsubj 3 B-GPE
        1 and and CCONJ CC cc 0 O
        2 China China PROPN NNP conj 0 B-GPE
        3 clashed clash VERB VBD ROOT 3 O
        4 over over ADP IN prep 3 O
        5 the the DET DT det 6 O
        6 islands island NOUN NNS pobj 4 O
        7 . . PUNCT . punct 3 O
    """, {('rivalry-subjects', 'China', 'Japan', None)}, id='Japan and China clashed over the islands.'),
    pytest.param("""
        0 Japan Japan PROPN NNP nsubj 5 B-GPE
        1 , , PUNCT , punct 0 O
        2 China China PROPN NNP conj 0 B-GPE
        3 and and CCONJ CC cc 2 O
        4 India India PROPN NNP conj 2 B-GPE
        5 signed sign VERB VBD ROOT 5 O
        6 the the DET DT det 8 O
        7 climate climate NOUN NN compound 8 O
        8 deal deal NOUN NN dobj 5 O
        9 . . PUNCT . punct 5 O
    """, set(), id='Japan, China and India signed the climate deal.'),
    pytest.param("""
        0 Sony Sony PROPN NNP nsubj 1 B-ORG
        1 unveiled unveil VERB VBD ROOT 1 O
        2 the the DET DT det 3 O
        3 Walkman Walkman PROPN NNP dobj 1 B-PRODUCT
        4 in in ADP IN prep 1 O
        5 1979 1979 NUM CD pobj 4 B-DATE
        6 . . PUNCT . punct 1 O
    """, {('maker-verb', 'Walkman', 'Sony', None)}, id='Sony unveiled the Walkman in 1979.'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 2 B-ORG
        1 's 's PART POS case 0 O
        2 phones phone NOUN NNS nsubj 8 O
        3 , , PUNCT , punct 2 O
        4 Zorbit Zorbit PROPN NNP appos 2 B-PRODUCT
        5 and and CCONJ CC cc 4 O
        6 Kestrel Kestrel PROPN NNP conj 4 B-PRODUCT
        7 , , PUNCT , punct 2 O
        8 sold sell VERB VBD ROOT 8 O
        9 well well ADV RB advmod 8 O
        10 . . PUNCT . punct 8 O
    """, {('maker-apposition', 'Zorbit', 'Vantor', None), ('maker-apposition', 'Kestrel', 'Vantor', None)},
        id="Vantor's phones, Zorbit and Kestrel, sold well. (each name listed after a plural noun is one of them)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 2 B-ORG
        1 's 's PART POS case 0 O
        2 phones phone NOUN NNS nsubj 9 O
        3 , , PUNCT , punct 2 O
        4 a a DET DT det 5 O
        5 Zorbit Zorbit PROPN NNP appos 2 B-PRODUCT
        6 and and CCONJ CC cc 5 O
        7 Kestrel Kestrel PROPN NNP conj 5 B-ORG
        8 , , PUNCT , punct 2 O
        9 sold sell VERB VBD ROOT 9 O
        10 well well ADV RB advmod 9 O
        11 . . PUNCT . punct 9 O
    """, {('maker-apposition', 'Zorbit', 'Vantor', None)},
        id="Vantor's phones, a Zorbit and Kestrel, sold well. (after a noun of the list, the next name is no phone "
           "of Vantor's)"),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Walkman Walkman PROPN NNP ROOT 1 B-PRODUCT
        2 , , PUNCT , punct 1 O
        3 made make VERB VBN acl 1 O
        4 by by ADP IN agent 3 O
        5 Sony Sony PROPN NNP pobj 4 B-ORG
        6 , , PUNCT , punct 1 O
        7 sold sell VERB VBN acl 1 O
        8 well well ADV RB advmod 7 O
        9 . . PUNCT . punct 1 O
    """, {('maker-passive', 'Walkman', 'Sony', None)}, id='The Walkman, made by Sony, sold well.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Walkman Walkman PROPN NNP nsubj 2 B-PRODUCT
        2 is be AUX VBZ ROOT 2 O
        3 a a DET DT det 5 O
        4 music music NOUN NN compound 5 O
        5 player player NOUN NN attr 2 O
        6 made make VERB VBN acl 5 O
        7 by by ADP IN agent 6 O
        8 Sony Sony PROPN NNP pobj 7 B-ORG
        9 . . PUNCT . punct 2 O
    """, {('maker-copula', 'Walkman', 'Sony', None)}, id='The Walkman is a music player made by Sony.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Vexa Vexa PROPN NNP nsubj 13 B-ORG
        2 , , PUNCT , punct 1 O
        3 a a DET DT det 8 O
        4 voice voice NOUN NN npadvmod 6 O
        5 - - PUNCT HYPH punct 6 O
        6 controlled control VERB VBN amod 8 O
        7 home home NOUN NN compound 8 O
        8 assistant assistant NOUN NN appos 1 O
        9 made make VERB VBN acl 8 O
        10 by by ADP IN agent 9 O
        11 Nokia Nokia PROPN NNP pobj 10 B-ORG
        12 , , PUNCT , punct 1 O
        13 went go VERB VBD ROOT 13 O
        14 on on ADP IN prep 13 O
        15 sale sale NOUN NN pobj 14 O
        16 . . PUNCT . punct 13 O
    """, {('maker-passive', 'Vexa', 'Nokia', None), ('capability-apposition', 'Vexa', 'voice-controlled home assistant', None),
          ('capability-modifier', 'Vexa', 'voice-controlled', None)},
        id='The Vexa, a voice-controlled home assistant made by Nokia, went on sale.'),
    pytest.param("""
        0 Sony Sony PROPN NNP poss 2 B-ORG
        1 's 's PART POS case 0 O
        2 Walkman Walkman PROPN NNP nsubj 3 B-PRODUCT
        3 features feature VERB VBZ ROOT 3 O
        4 a a DET DT det 6 O
        5 cassette cassette NOUN NN compound 6 O
        6 deck deck NOUN NN dobj 3 O
        7 . . PUNCT . punct 3 O
    """, {('capability-features', 'Walkman', 'cassette deck', None), ('maker-possessive', 'Walkman', 'Sony', None)},
        id="Sony's Walkman features a cassette deck."),
    pytest.param("""
        0 Sony Sony PROPN NNP poss 2 B-ORG
        1 's 's PART POS case 0 O
        2 Walkman Walkman PROPN NNP nsubj 3 O
        3 lets let VERB VBZ ROOT 3 O
        4 users user NOUN NNS nsubj 5 O
        5 skip skip VERB VB ccomp 3 O
        6 songs song NOUN NNS dobj 5 O
        7 . . PUNCT . punct 3 O
    """, {('capability-enables', 'Walkman', 'skip songs', None), ('maker-possessive', 'Walkman', 'Sony', None)},
        id="Sony's Walkman lets users skip songs."),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zorbit Zorbit PROPN NNP nsubj 3 B-PRODUCT
        2 can can AUX MD aux 3 O
        3 track track VERB VB ROOT 3 O
        4 sleep sleep NOUN NN dobj 3 O
        5 and and CCONJ CC cc 3 O
        6 measure measure VERB VB conj 3 O
        7 heart heart NOUN NN compound 8 O
        8 rate rate NOUN NN dobj 6 O
        9 . . PUNCT . punct 3 O
    """, {('capability-can', 'Zorbit', 'track sleep', None), ('capability-can', 'Zorbit', 'measure heart rate', None)},
        id="The Zorbit can track sleep and measure heart rate. (two things it can do)"),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zorbit Zorbit PROPN NNP nsubj 3 B-PRODUCT
        2 can can AUX MD aux 3 O
        3 track track VERB VB ROOT 3 O
        4 sleep sleep NOUN NN dobj 3 O
        5 and and CCONJ CC cc 3 O
        6 goes go VERB VBZ conj 3 O
        7 on on ADP IN prep 6 O
        8 sale sale NOUN NN pobj 7 O
        9 in in ADP IN prep 6 O
        10 May May PROPN NNP pobj 9 B-DATE
        11 . . PUNCT . punct 3 O
    """, {('capability-can', 'Zorbit', 'track sleep', None)},
        id="The Zorbit can track sleep and goes on sale in May. (a verb of its own tense is no more it can do)"),
    pytest.param("""
        0 Sony Sony PROPN NNP poss 2 B-ORG
        1 's 's PART POS case 0 O
        2 Walkman Walkman PROPN NNP nsubj 4 B-PRODUCT
        3 can can AUX MD aux 4 O
        4 play play VERB VB ROOT 4 O
        5 tapes tape NOUN NNS dobj 4 O
        6 for for ADP IN prep 4 O
        7 ten ten NUM CD nummod 8 B-TIME
        8 hours hour NOUN NNS pobj 6 I-TIME
        9 . . PUNCT . punct 4 O
    """, {('capability-can', 'Walkman', 'play tapes for ten hours', None), ('maker-possessive', 'Walkman', 'Sony', None)},
        id="Sony's Walkman can play tapes for ten hours."),
    pytest.param("""
        0 Sony Sony PROPN NNP poss 2 B-ORG
        1 's 's PART POS case 0 O
        2 Walkman Walkman PROPN NNP nsubj 4 B-PRODUCT
        3 could could AUX MD aux 4 O
        4 find find VERB VB ROOT 4 O
        5 a a DET DT det 6 O
        6 role role NOUN NN dobj 4 O
        7 in in ADP IN prep 6 O
        8 cars car NOUN NNS pobj 7 O
        9 . . PUNCT . punct 4 O
    """, {('maker-possessive', 'Walkman', 'Sony', None)},
        id="Sony's Walkman could find a role in cars. (a guess, not what it can do)"),
    pytest.param("""
        0 Munich Munich PROPN NNP npadvmod 2 B-GPE
        1 - - PUNCT HYPH punct 2 O
        2 based base VERB VBN amod 3 O
        3 Siemens Siemens PROPN NNP nsubj 4 B-ORG
        4 reported report VERB VBD ROOT 4 O
        5 profits profit NOUN NNS dobj 4 O
        6 . . PUNCT . punct 4 O
    """, {('based-compound', 'Siemens', 'Munich', None)}, id='Munich-based Siemens reported profits.'),
    pytest.param("""
        0 Nordwind Nordwind PROPN NNP compound 1 B-ORG
        1 Telecom Telecom PROPN NNP nsubj 11 I-ORG
        2 , , PUNCT , punct 1 O
        3 which which PRON WDT nsubjpass 5 O
        4 is be AUX VBZ auxpass 5 O
        5 based base VERB VBN relcl 1 O
        6 in in ADP IN prep 5 O
        7 Leeds Leeds PROPN NNP pobj 6 B-GPE
        8 and and CCONJ CC cc 7 O
        9 Lyon Lyon PROPN NNP conj 7 B-GPE
        10 , , PUNCT , punct 1 O
        11 chose choose VERB VBD ROOT 11 O
        12 it it PRON PRP dobj 11 O
        13 . . PUNCT . punct 11 O
    """, {('based-in', 'Nordwind Telecom', 'Leeds', None), ('based-in', 'Nordwind Telecom', 'Lyon', None)},
        id='Nordwind Telecom, which is based in Leeds and Lyon, chose it. (what "which" stands for)'),
    pytest.param("""
        0 Nordwind Nordwind PROPN NNP compound 1 B-ORG
        1 Telecom Telecom PROPN NNP nsubj 9 I-ORG
        2 , , PUNCT , punct 1 O
        3 a a DET DT det 7 O
        4 Leeds Leeds PROPN NNP npadvmod 6 B-GPE
        5 - - PUNCT HYPH punct 6 O
        6 based base VERB VBN amod 7 O
        7 firm firm NOUN NN appos 1 O
        8 , , PUNCT , punct 1 O
        9 chose choose VERB VBD ROOT 9 O
        10 it it PRON PRP dobj 9 O
        11 . . PUNCT . punct 9 O
    """, {('based-compound', 'Nordwind Telecom', 'Leeds', None)},
        id='Nordwind Telecom, a Leeds-based firm, chose it. (the firm the apposition describes)'),
    pytest.param("""
        0 Nordwind Nordwind PROPN NNP compound 1 B-ORG
        1 Telecom Telecom PROPN NNP nsubj 12 I-ORG
        2 , , PUNCT , punct 1 O
        3 the the DET DT det 7 O
        4 Leeds Leeds PROPN NNP npadvmod 6 B-GPE
        5 - - PUNCT HYPH punct 6 O
        6 based base VERB VBN amod 7 O
        7 group group NOUN NN appos 1 O
        8 which which PRON WDT nsubj 9 O
        9 controls control VERB VBZ relcl 7 O
        10 Vantor Vantor PROPN NNP dobj 9 B-ORG
        11 , , PUNCT , punct 1 O
        12 grew grow VERB VBD ROOT 12 O
        13 . . PUNCT . punct 12 O
    """, {('based-compound', 'Nordwind Telecom', 'Leeds', None)},
        id='Nordwind Telecom, the Leeds-based group which controls Vantor, grew. (not what the clause names)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 Zephyr Zephyr PROPN NNP compound 3 B-PRODUCT
        3 3 3 NUM CD nsubj 4 I-PRODUCT
        4 sold sell VERB VBD ROOT 4 O
        5 well well ADV RB advmod 4 O
        6 . . PUNCT . punct 4 O
    """, {('maker-possessive-model', 'Zephyr 3', 'Vantor', None)}, id="Vantor's Zephyr 3 sold well."),
    pytest.param("""
        0 With with SCONJ IN mark 11 O
        1 Vantor Vantor PROPN NNP poss 6 B-ORG
        2 's 's PART POS case 1 O
        3 ZorbitPad ZorbitPad PROPN NNP nmod 5 B-PRODUCT
        4 topping topping NOUN NN compound 5 O
        5 wish wish NOUN NN compound 6 O
        6 lists list NOUN NNS nsubj 11 O
        7 again again ADV RB advmod 11 O
        8 , , PUNCT , punct 11 O
        9 shops shop NOUN NNS nsubj 11 O
        10 may may AUX MD aux 11 O
        11 run run VERB VB ROOT 11 O
        12 out out ADP RP prt 11 O
        13 . . PUNCT . punct 11 O
    """, {('maker-possessive', 'ZorbitPad', 'Vantor', None)},
        id="With Vantor's ZorbitPad topping wish lists again, shops may run out. (the owner hung on the noun after)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 4 B-ORG
        1 's 's PART POS case 0 O
        2 iZephyr iZephyr PROPN NNP compound 4 O
        3 Music Music PROPN NNP compound 4 B-PERSON
        4 Store Store PROPN NNP nsubj 5 I-PERSON
        5 opened open VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, {('maker-possessive-model', 'iZephyr Music Store', 'Vantor', None)},
        id="Vantor's iZephyr Music Store opened. (one name, though its last word names a shop)"),
    pytest.param("""
        0 Fans fan NOUN NNS nsubj 1 O
        1 buy buy VERB VBP ROOT 1 O
        2 songs song NOUN NNS dobj 1 O
        3 from from ADP IN prep 1 O
        4 Vantor Vantor PROPN NNP poss 7 B-ORG
        5 's 's PART POS case 4 O
        6 iZephyr iZephyr PROPN NNP compound 7 O
        7 store store NOUN NN pobj 3 O
        8 . . PUNCT . punct 1 O
    """, {('maker-possessive-noun', 'iZephyr', 'Vantor', None)},
        id="Fans buy songs from Vantor's iZephyr store. (a product by its shape)"),
    pytest.param("""
        0 Fans fan NOUN NNS nsubj 1 O
        1 shop shop VERB VBP ROOT 1 O
        2 at at ADP IN prep 1 O
        3 Vantor Vantor PROPN NNP poss 6 B-ORG
        4 's 's PART POS case 3 O
        5 Kestrel Kestrel PROPN NNP compound 6 B-GPE
        6 store store NOUN NN pobj 2 O
        7 . . PUNCT . punct 1 O
    """, set(), id="Fans shop at Vantor's Kestrel store. (a shop, no product)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 launched launch VERB VBD ROOT 1 O
        2 the the DET DT det 4 O
        3 Zephyr Zephyr PROPN NNP compound 4 B-PRODUCT
        4 console console NOUN NN dobj 1 O
        5 in in ADP IN prep 1 O
        6 Japan Japan PROPN NNP pobj 5 B-GPE
        7 . . PUNCT . punct 1 O
    """, {('maker-verb', 'Zephyr', 'Vantor', None)},
        id="Vantor launched the Zephyr console in Japan. (the verb takes the noun the name stands before)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 plans plan VERB VBZ ROOT 1 O
        2 to to PART TO aux 3 O
        3 launch launch VERB VB xcomp 1 O
        4 the the DET DT det 6 O
        5 Zephyr Zephyr PROPN NNP compound 6 B-PRODUCT
        6 phone phone NOUN NN dobj 3 O
        7 , , PUNCT , punct 1 O
        8 but but CCONJ CC cc 1 O
        9 Vantor Vantor PROPN NNP nsubj 10 B-ORG
        10 asked ask VERB VBD conj 1 O
        11 Kestrel Kestrel PROPN NNP dobj 10 B-ORG
        12 to to PART TO aux 13 O
        13 build build VERB VB xcomp 10 O
        14 the the DET DT det 16 O
        15 Zorbit Zorbit PROPN NNP compound 16 B-PRODUCT
        16 phone phone NOUN NN dobj 13 O
        17 . . PUNCT . punct 10 O
    """, {('maker-verb', 'Zephyr', 'Vantor', None)},
        id="Vantor plans to launch the Zephyr phone, but Vantor asked Kestrel to build the Zorbit phone. "
           "(the subject of the verb it completes; not through an object)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 2 B-ORG
        1 has have AUX VBZ aux 2 O
        2 launched launch VERB VBN ROOT 2 O
        3 the the DET DT det 6 O
        4 ZX ZX PROPN NNP compound 5 O
        5 handheld handheld ADJ JJ compound 6 O
        6 console console NOUN NN dobj 2 O
        7 in in ADP IN prep 6 O
        8 Europe Europe PROPN NNP pobj 7 B-LOC
        9 . . PUNCT . punct 2 O
    """, {('maker-verb', 'ZX', 'Vantor', None)},
        id="Vantor has launched the ZX handheld console in Europe. (a name the model missed, before its device)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 2 B-ORG
        1 has have AUX VBZ aux 2 O
        2 launched launch VERB VBN ROOT 2 O
        3 the the DET DT det 7 O
        4 Zorbit Zorbit PROPN NNP compound 5 O
        5 ZX ZX PROPN NNP nmod 7 O
        6 digital digital ADJ JJ amod 7 O
        7 camera camera NOUN NN dobj 2 O
        8 in in ADP IN prep 7 O
        9 Europe Europe PROPN NNP pobj 8 B-LOC
        10 . . PUNCT . punct 2 O
    """, {('maker-verb', 'Zorbit ZX', 'Vantor', None)},
        id="Vantor has launched the Zorbit ZX digital camera in Europe. (the parser hangs the name on the "
           "device past its adjective)"),
    pytest.param("""
        0 He he PRON PRP nsubj 1 O
        1 said say VERB VBD ROOT 1 O
        2 Vantor Vantor PROPN NNP poss 8 B-ORG
        3 's 's PART POS case 2 O
        4 Zephyr Zephyr PROPN NNP compound 6 B-PERSON
        5 KX KX PROPN NNP compound 6 I-PERSON
        6 Z50 Z50 PROPN NNP compound 8 O
        7 media medium NOUN NNS compound 8 O
        8 player player NOUN NN nsubj 9 O
        9 sold sell VERB VBD ccomp 1 O
        10 well well ADV RB advmod 9 O
        11 . . PUNCT . punct 1 O
    """, {('maker-possessive-noun', 'Zephyr KX', 'Vantor', None)},
        id="He said Vantor's Zephyr KX Z50 media player sold well. (the end of a name the model cut short "
           "is no product of its own)"),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Commission Commission PROPN NNP nsubj 2 B-ORG
        2 forced force VERB VBD ROOT 2 O
        3 Vantor Vantor PROPN NNP dobj 2 B-ORG
        4 to to PART TO aux 5 O
        5 cut cut VERB VB xcomp 2 O
        6 prices price NOUN NNS dobj 5 O
        7 in in ADP IN prep 5 O
        8 its its PRON PRP$ poss 10 O
        9 iZephyr iZephyr PROPN NNP compound 10 O
        10 store store NOUN NN pobj 7 O
        11 . . PUNCT . punct 2 O
    """, set(), id="The Commission forced Vantor to cut prices in its iZephyr store. (whose store, 'its' does not say)"),
    pytest.param("""
        0 the the DET DT det 6 O
        1 Oslo Oslo PROPN NNP npadvmod 3 B-GPE
        2 - - PUNCT HYPH punct 3 O
        3 based base VERB VBN amod 5 O
        4 ferry ferry NOUN NN compound 5 O
        5 maker maker NOUN NN compound 6 O
        6 Vantor Vantor PROPN NNP nsubj 7 B-ORG
        7 grew grow VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, {('based-compound', 'Vantor', 'Oslo', None)}, id='the Oslo-based ferry maker Vantor grew.'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 1 B-ORG
        1 machines machine NOUN NNS nsubj 2 O
        2 were be AUX VBD ROOT 2 O
        3 Oslo Oslo PROPN NNP npadvmod 4 B-GPE
        4 based base VERB VBN acomp 2 O
        5 . . PUNCT . punct 2 O
    """, set(), id='Vantor machines were Oslo based.'),  # "based" describes no organisation here
    pytest.param("""
        0 Siemens Siemens PROPN NNP nsubjpass 2 B-ORG
        1 is be AUX VBZ auxpass 2 O
        2 headquartered headquarter VERB VBN ROOT 2 O
        3 in in ADP IN prep 2 O
        4 Munich Munich PROPN NNP pobj 3 B-GPE
        5 . . PUNCT . punct 2 O
    """, {('based-in', 'Siemens', 'Munich', None)}, id='Siemens is headquartered in Munich.'),
    pytest.param("""
        0 Siemens Siemens PROPN NNP nsubj 6 B-ORG
        1 , , PUNCT , punct 0 O
        2 based base VERB VBN acl 0 O
        3 in in ADP IN prep 2 O
        4 Munich Munich PROPN NNP pobj 3 B-GPE
        5 , , PUNCT , punct 0 O
        6 reported report VERB VBD ROOT 6 O
        7 profits profit NOUN NNS dobj 6 O
        8 . . PUNCT . punct 6 O
    """, {('based-in', 'Siemens', 'Munich', None)}, id='Siemens, based in Munich, reported profits.'),
    pytest.param("""
        0 Lyon Lyon PROPN NNP nsubj 4 B-ORG
        1 , , PUNCT , punct 0 O
        2 France France PROPN NNP appos 0 B-GPE
        3 , , PUNCT , punct 0 O
        4 is be AUX VBZ ROOT 4 O
        5 a a DET DT det 7 O
        6 large large ADJ JJ amod 7 O
        7 city city NOUN NN attr 4 O
        8 . . PUNCT . punct 4 O
    """, {('located-comma', 'Lyon', 'France', None), ('located-near-country', 'Lyon', 'France', None)},
        id='Lyon, France, is a large city.'),
    pytest.param("""
        0 Subs sub NOUN NNS ROOT 0 O
        1 : : PUNCT : punct 0 O
        2 Hale Hale PROPN NNP appos 0 B-PERSON
        3 , , PUNCT , punct 2 O
        4 Kestrelton Kestrelton PROPN NNP conj 2 B-GPE
        5 , , PUNCT , punct 4 O
        6 Leeds Leeds PROPN NNP conj 4 B-GPE
        7 , , PUNCT , punct 6 O
        8 Ruiz Ruiz PROPN NNP conj 6 B-PERSON
        9 . . PUNCT . punct 0 O
    """, set(), id='Subs: Hale, Kestrelton, Leeds, Ruiz. (names of a team sheet: no place within another)'),
    pytest.param("""
        0 Lena Lena PROPN NNP compound 1 B-PERSON
        1 Park Park PROPN NNP nsubj 7 I-PERSON
        2 , , PUNCT , punct 1 O
        3 a a DET DT det 5 O
        4 French french ADJ JJ amod 5 B-NORP
        5 actress actress NOUN NN appos 1 O
        6 , , PUNCT , punct 1 O
        7 spoke speak VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, {('nationality-descriptor', 'Lena Park', 'France', None)}, id='Lena Park, a French actress, spoke.'),
    pytest.param("""
        0 American american ADJ JJ amod 1 B-NORP
        1 killer killer NOUN NN compound 3 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP nsubjpass 5 I-PERSON
        4 was be AUX VBD auxpass 5 O
        5 jailed jail VERB VBN ROOT 5 O
        6 for for ADP IN prep 5 O
        7 life life NOUN NN pobj 6 O
        8 . . PUNCT . punct 5 O
    """, {('nationality-descriptor', 'Tom Hale', 'United States', None)},
        id='American killer Tom Hale was jailed for life. (no post, but who he is and where from)'),
    pytest.param("""
        0 Ann Ann PROPN NNP compound 1 B-PERSON
        1 Ruiz Ruiz PROPN NNP nsubj 2 I-PERSON
        2 beat beat VERB VBD ROOT 2 O
        3 US US PROPN NNP compound 5 B-GPE
        4 Open open ADJ JJ amod 5 O
        5 champion champion NOUN NN compound 7 O
        6 Tina Tina PROPN NNP compound 7 B-PERSON
        7 Hale Hale PROPN NNP dobj 2 I-PERSON
        8 . . PUNCT . punct 2 O
    """, set(), id='Ann Ruiz beat US Open champion Tina Hale. (where the event is held, not who she is)'),
    pytest.param("""
        0 Ireland Ireland PROPN NNP compound 1 B-GPE
        1 coach coach NOUN NN compound 3 O
        2 Tom Tom PROPN NNP compound 3 B-PERSON
        3 Hale Hale PROPN NNP nsubj 4 I-PERSON
        4 agreed agree VERB VBD ROOT 4 O
        5 with with ADP IN prep 4 O
        6 Irish irish ADJ JJ amod 7 B-NORP
        7 coach coach NOUN NN compound 9 O
        8 Li Li PROPN NNP compound 9 B-PERSON
        9 Wei Wei PROPN NNP pobj 5 I-PERSON
        10 . . PUNCT . punct 4 O
    """, {('nationality-descriptor', 'Li Wei', 'Ireland', None)},
        id="Ireland coach Tom Hale agreed with Irish coach Li Wei. (a national side's coach may be from abroad)"),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 10 I-PERSON
        2 , , PUNCT , punct 1 O
        3 chief chief ADJ JJ amod 5 O
        4 US US PROPN NNP compound 5 B-GPE
        5 economist economist NOUN NN appos 1 O
        6 at at ADP IN prep 5 O
        7 Kestrel Kestrel PROPN NNP compound 8 B-ORG
        8 Bank Bank PROPN NNP pobj 6 I-ORG
        9 , , PUNCT , punct 1 O
        10 agreed agree VERB VBD ROOT 10 O
        11 with with ADP IN prep 10 O
        12 British british ADJ JJ amod 13 B-NORP
        13 economist economist NOUN NN compound 15 O
        14 Ann Ann PROPN NNP compound 15 B-PERSON
        15 Ruiz Ruiz PROPN NNP pobj 11 I-PERSON
        16 . . PUNCT . punct 10 O
    """, {('nationality-descriptor', 'Ann Ruiz', 'United Kingdom', None)},
        id="Tom Hale, chief US economist at Kestrel Bank, agreed with British economist Ann Ruiz. (a firm's post's region)"),
    pytest.param("""
        0 Scotland Scotland PROPN NNP nsubj 1 B-GPE
        1 lost lose VERB VBD ROOT 1 O
        2 to to ADP IN prep 1 O
        3 Italy Italy PROPN NNP pobj 2 B-GPE
        4 in in ADP IN prep 1 O
        5 Rome Rome PROPN NNP pobj 4 B-GPE
        6 . . PUNCT . punct 1 O
    """, {('located-near-country', 'Rome', 'Italy', None)},
        id="Scotland lost to Italy in Rome. (a nation of the UK lies in no other country its sentence names)"),
    pytest.param("""
        0 UK UK PROPN NNP nsubj 1 B-GPE
        1 sportswear sportswear VERB VBZ dep 5 O
        2 firm firm NOUN NN amod 3 O
        3 Kestrel Kestrel PROPN NNP nsubj 5 B-ORG
        4 has have AUX VBZ aux 5 O
        5 posted post VERB VBN ROOT 5 O
        6 a a DET DT det 7 O
        7 rise rise NOUN NN dobj 5 O
        8 . . PUNCT . punct 5 O
    """, {('based-descriptor', 'Kestrel', 'United Kingdom', None)},
        id="UK sportswear firm Kestrel has posted a rise. (read word by word where the parser lost the phrase)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Air Air PROPN NNP nsubj 2 I-ORG
        2 says say VERB VBZ ROOT 2 O
        3 the the DET DT det 5 O
        4 new new ADJ JJ amod 5 O
        5 jet jet NOUN NN nsubj 7 O
        6 will will AUX MD aux 7 O
        7 save save VERB VB ccomp 2 O
        8 fuel fuel NOUN NN dobj 7 O
        9 , , PUNCT , punct 7 O
        10 while while SCONJ IN mark 14 O
        11 Zorbit Zorbit PROPN NNP compound 12 B-ORG
        12 Air Air PROPN NNP nsubj 14 I-ORG
        13 has have AUX VBZ aux 14 O
        14 estimated estimate VERB VBN advcl 7 O
        15 a a DET DT det 18 O
        16 30 30 NUM CD nummod 17 B-PERCENT
        17 % % NOUN NN compound 18 I-PERCENT
        18 saving save VERB VBG dobj 14 O
        19 over over ADP IN prep 18 O
        20 their their PRON PRP$ poss 23 O
        21 existing exist VERB VBG amod 23 O
        22 iZephyr iZephyr PROPN NNP compound 23 O
        23 jets jet NOUN NNS pobj 19 O
        24 . . PUNCT . punct 2 O
    """, set(), id="Kestrel Air says the jet will save fuel, while Zorbit Air has estimated a saving over their existing "
                   "iZephyr jets. (their: Zorbit Air's, an owner's, not the speaker's)"),
    pytest.param("""
        0 Scottish scottish ADJ JJ amod 1 B-NORP
        1 brewer brewer NOUN NN compound 2 O
        2 Kestrel Kestrel PROPN NNP nsubj 3 B-ORG
        3 said say VERB VBD ROOT 3 O
        4 orders order NOUN NNS nsubj 5 O
        5 rose rise VERB VBD ccomp 3 O
        6 . . PUNCT . punct 3 O
    """, {('based-descriptor', 'Kestrel', 'Scotland', None)},
        id="Scottish brewer Kestrel said orders rose. (a nation of the UK is where a firm is based, as a country is)"),
    pytest.param("""
        0 The the DET DT det 3 B-ORG
        1 Scottish Scottish PROPN NNP compound 3 I-ORG
        2 Prison Prison PROPN NNP compound 3 I-ORG
        3 Service Service PROPN NNP nsubj 4 I-ORG
        4 runs run VERB VBZ ROOT 4 O
        5 jails jail VERB VBZ dobj 4 O
        6 in in ADP IN prep 5 O
        7 Scotland Scotland PROPN NNP pobj 6 B-GPE
        8 . . PUNCT . punct 4 O
    """, {('based-nation-in-name', 'Scottish Prison Service', 'Scotland', None)},
        id="The Scottish Prison Service runs jails in Scotland. (a nation's adjective opening a name)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Canada Canada PROPN NNP nsubj 2 I-ORG
        2 cut cut VERB VBD ROOT 2 O
        3 prices price NOUN NNS dobj 2 O
        4 across across ADP IN prep 2 O
        5 Canada Canada PROPN NNP pobj 4 B-GPE
        6 . . PUNCT . punct 2 O
    """, {('based-nation-in-name', 'Kestrel Canada', 'Canada', None)},
        id="Kestrel Canada cut prices across Canada. (a country ending a firm's name: its arm there)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP compound 2 B-ORG
        1 North North PROPN NNP compound 2 I-ORG
        2 America America PROPN NNP nsubj 3 I-ORG
        3 opened open VERB VBD ROOT 3 O
        4 a a DET DT det 5 O
        5 plant plant NOUN NN dobj 3 O
        6 in in ADP IN prep 5 O
        7 the the DET DT det 9 B-GPE
        8 United United PROPN NNP compound 9 I-GPE
        9 States States PROPN NNP pobj 6 I-GPE
        10 . . PUNCT . punct 3 O
    """, set(), id="Vantor North America opened a plant in the United States. (a continent, not the country "
                   "that its last word names)"),
    pytest.param("""
        0 The the DET DT det 2 B-ORG
        1 Kestrel Kestrel PROPN NNP compound 2 I-ORG
        2 Campaign Campaign PROPN NNP nsubj 6 I-ORG
        3 for for ADP IN prep 2 I-ORG
        4 Britain Britain PROPN NNP pobj 3 I-ORG
        5 also also ADV RB advmod 6 O
        6 met meet VERB VBD ROOT 6 O
        7 in in ADP IN prep 6 O
        8 Britain Britain PROPN NNP pobj 7 B-GPE
        9 . . PUNCT . punct 6 O
    """, set(), id="The Kestrel Campaign for Britain also met in Britain. (a cause after a preposition, no home)"),
    pytest.param("""
        0 Welsh welsh ADJ JJ amod 1 B-NORP
        1 singer singer NOUN NN compound 3 O
        2 Ann Ann PROPN NNP compound 3 B-PERSON
        3 Ruiz Ruiz PROPN NNP nsubj 4 I-PERSON
        4 toured tour VERB VBD ROOT 4 O
        5 the the DET DT det 6 O
        6 UK UK PROPN NNP dobj 4 B-GPE
        7 . . PUNCT . punct 4 O
    """, {('origin-descriptor', 'Ann Ruiz', 'Wales', None), ('nationality-descriptor', 'Ann Ruiz', 'United Kingdom', None),
          ('located-home-nation', 'Wales', 'United Kingdom', None), ('located-near-country', 'Wales', 'United Kingdom', None)},
        id="Welsh singer Ann Ruiz toured the UK. (from Wales, a national of the UK)"),
    pytest.param("""
        0 Japanese japanese ADJ JJ amod 1 B-NORP
        1 drugmaker drugmaker NOUN NN compound 2 O
        2 Kestrel Kestrel PROPN NNP nsubj 3 B-ORG
        3 said say VERB VBD ROOT 3 O
        4 orders order NOUN NNS nsubj 5 O
        5 rose rise VERB VBD ccomp 3 O
        6 . . PUNCT . punct 3 O
    """, {('based-descriptor', 'Kestrel', 'Japan', None)},
        id="Japanese drugmaker Kestrel said orders rose. (a maker of one trade is a firm, not a person's job)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 unveiled unveil VERB VBD ROOT 1 O
        2 its its PRON PRP$ poss 4 O
        3 latest late ADJ JJS amod 4 O
        4 addition addition NOUN NN dobj 1 O
        5 to to ADP IN prep 4 O
        6 the the DET DT det 8 O
        7 Zephyr Zephyr PROPN NNP compound 8 O
        8 range range NOUN NN pobj 5 O
        9 , , PUNCT , punct 8 O
        10 the the DET DT det 12 O
        11 Zephyr Zephyr PROPN NNP compound 12 B-PRODUCT
        12 X3 X3 PROPN NNP appos 8 I-PRODUCT
        13 . . PUNCT . punct 1 O
    """, {('maker-verb', 'Zephyr X3', 'Vantor', None)},
        id="Vantor unveiled its latest addition to the Zephyr range, the Zephyr X3. (what is unveiled is named beside)"),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP nsubj 1 B-ORG
        1 said say VERB VBD ROOT 1 O
        2 Vantor Vantor PROPN NNP nsubj 3 B-ORG
        3 announced announce VERB VBD ccomp 1 O
        4 a a DET DT det 5 O
        5 phone phone NOUN NN dobj 3 O
        6 , , PUNCT , punct 5 O
        7 the the DET DT det 9 O
        8 Kestrel Kestrel PROPN NNP compound 9 B-PRODUCT
        9 K10 K10 PROPN NNP appos 5 I-PRODUCT
        10 , , PUNCT , punct 5 O
        11 on on ADP IN prep 3 O
        12 Monday Monday PROPN NNP pobj 11 B-DATE
        13 . . PUNCT . punct 1 O
    """, {('maker-name', 'Kestrel K10', 'Kestrel', None)},
        id="Kestrel said Vantor announced a phone, the Kestrel K10, on Monday. (a name that carries its maker)"),
    pytest.param("""
        0 Fans fan NOUN NNS nsubj 3 O
        1 of of ADP IN prep 0 O
        2 Kestrel Kestrel PROPN NNP pobj 1 B-ORG
        3 waited wait VERB VBD ROOT 3 O
        4 . . PUNCT . punct 3 O
        5 Kestrel Kestrel PROPN NNP nsubjpass 8 B-PRODUCT
        6 2 2 NUM CD nummod 5 I-PRODUCT
        7 was be AUX VBD auxpass 8 O
        8 released release VERB VBN ROOT 8 O
        9 . . PUNCT . punct 8 O
    """, set(), id="Fans of Kestrel waited. Kestrel 2 was released. (a sequel's number, not a maker's model)"),
    pytest.param("""
        0 The the DET DT det 3 O
        1 first first ADJ JJ amod 3 B-ORDINAL
        2 V380 V380 PROPN NNP compound 3 B-PRODUCT
        3 superjumbo superjumbo NOUN NN nsubjpass 10 O
        4 , , PUNCT , punct 3 O
        5 made make VERB VBN acl 3 O
        6 by by ADP IN agent 5 O
        7 Vantor Vantor PROPN NNP pobj 6 B-ORG
        8 , , PUNCT , punct 3 O
        9 was be AUX VBD auxpass 10 O
        10 delivered deliver VERB VBN ROOT 10 O
        11 today today NOUN NN npadvmod 10 B-DATE
        12 . . PUNCT . punct 10 O
    """, {('maker-passive', 'V380', 'Vantor', None)},
        id="The first V380 superjumbo, made by Vantor, was delivered today. (a superjumbo is a product's noun)"),
    pytest.param("""
        0 Lena Lena PROPN NNP compound 1 B-PERSON
        1 Park Park PROPN NNP nsubj 8 I-PERSON
        2 , , PUNCT , punct 1 O
        3 a a DET DT det 4 O
        4 resident resident NOUN NN appos 1 O
        5 of of ADP IN prep 4 O
        6 Dayton Dayton PROPN NNP pobj 5 B-ORG
        7 , , PUNCT , punct 1 O
        8 spoke speak VERB VBD ROOT 8 O
        9 . . PUNCT . punct 8 O
    """, {('lives-resident', 'Lena Park', 'Dayton', None)}, id='Lena Park, a resident of Dayton, spoke.'),
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
    """, {('maker-name', 'Boeing 787', 'Boeing', None)}, id='Boeing said the Boeing 787 will fly in May.'),
    pytest.param("""
        0 Skype Skype PROPN NNP nsubj 1 O
        1 allows allow VERB VBZ ROOT 1 O
        2 people people NOUN NNS nsubj 4 O
        3 to to PART TO aux 4 O
        4 make make VERB VB ccomp 1 O
        5 free free ADJ JJ amod 6 O
        6 calls call NOUN NNS dobj 4 O
        7 . . PUNCT . punct 1 O
    """, {('capability-enables', 'Skype', 'make free calls', None)}, id='Skype allows people to make free calls.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 helped help VERB VBD ROOT 2 O
        3 people people NOUN NNS nsubj 4 O
        4 share share VERB VB ccomp 2 O
        5 photos photo NOUN NNS dobj 4 O
        6 . . PUNCT . punct 2 O
    """, set(), id='The Zephyr helped people share photos. (what it helped do is what happened)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 3 B-PRODUCT
        2 can can AUX MD aux 3 O
        3 run run VERB VB ROOT 3 O
        4 older old ADJ JJR amod 5 O
        5 games game NOUN NNS dobj 3 O
        6 . . PUNCT . punct 3 O
    """, {('capability-can', 'Zephyr', 'run older games', None)},
        id='The Zephyr can run older games. (a verb of having, with "can", says what it can do)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 3 B-PRODUCT
        2 can can AUX MD aux 3 O
        3 carry carry VERB VB ROOT 3 O
        4 500 500 NUM CD nummod 5 B-CARDINAL
        5 people people NOUN NNS dobj 3 O
        6 ( ( PUNCT -LRB- punct 5 O
        7 400 400 NUM CD appos 5 B-CARDINAL
        8 in in ADP IN prep 3 O
        9 two two NUM CD nummod 10 B-CARDINAL
        10 classes class NOUN NNS pobj 8 O
        11 ) ) PUNCT -RRB- punct 3 O
        12 . . PUNCT . punct 3 O
    """, {('capability-can', 'Zephyr', 'carry 500 people', None), ('capability-capacity', 'Zephyr', 'carry 500 people', None)},
        id='The Zephyr can carry 500 people (400 in two classes). (a label ends before a bracket it cannot close)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 3 B-PRODUCT
        2 had have AUX VBD aux 3 O
        3 allowed allow VERB VBN ROOT 3 O
        4 users user NOUN NNS nsubj 6 O
        5 to to PART TO aux 6 O
        6 share share VERB VB ccomp 3 O
        7 photos photo NOUN NNS dobj 6 O
        8 . . PUNCT . punct 3 O
    """, set(), id='The Zephyr had allowed users to share photos. (the perfect, too)'),
    pytest.param("""
        0 Some some DET DT det 2 O
        1 Zephyr Zephyr PROPN NNP compound 2 B-PRODUCT
        2 games game NOUN NNS nsubj 3 O
        3 let let VERB VBD ROOT 3 O
        4 players player NOUN NNS nsubj 5 O
        5 race race VERB VB ccomp 3 O
        6 online online ADV RB advmod 5 O
        7 . . PUNCT . punct 3 O
    """, set(), id='Some Zephyr games let players race online. (the games do, not the Zephyr)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 has have VERB VBZ ROOT 2 O
        3 a a DET DT det 5 O
        4 loyal loyal ADJ JJ amod 5 O
        5 army army NOUN NN dobj 2 O
        6 of of ADP IN prep 5 O
        7 fans fan NOUN NNS pobj 6 O
        8 and and CCONJ CC cc 5 O
        9 a a DET DT det 11 O
        10 large large ADJ JJ amod 11 O
        11 screen screen NOUN NN conj 5 O
        12 . . PUNCT . punct 2 O
    """, {('capability-has', 'Zephyr', 'large screen', None)},
        id='The Zephyr has a loyal army of fans and a large screen. (a count of fans is no ability)'),
    pytest.param("""
        0 The the DET DT det 3 O
        1 FTSE FTSE PROPN NNP nmod 3 B-ORG
        2 100 100 NUM CD nummod 3 I-ORG
        3 index index NOUN NN nsubj 4 O
        4 rose rise VERB VBD ROOT 4 O
        5 2 2 NUM CD nummod 6 B-PERCENT
        6 % % NOUN NN npadvmod 4 I-PERCENT
        7 on on ADP IN prep 4 O
        8 Monday Monday PROPN NNP pobj 7 B-DATE
        9 . . PUNCT . punct 4 O
    """, set(), id='The FTSE 100 index rose 2% on Monday.'),
    pytest.param("""
        0 China China PROPN NNP nsubj 1 B-GPE
        1 accused accuse VERB VBD ROOT 1 O
        2 Japan Japan PROPN NNP dobj 1 B-GPE
        3 of of ADP IN prep 1 O
        4 dumping dump VERB VBG pcomp 3 O
        5 steel steel NOUN NN dobj 4 O
        6 . . PUNCT . punct 1 O
    """, {('rivalry-verb', 'China', 'Japan', None)}, id='China accused Japan of dumping steel.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 EU EU PROPN NNP nsubj 2 B-ORG
        2 imposed impose VERB VBD ROOT 2 O
        3 tariffs tariff NOUN NNS dobj 2 O
        4 on on ADP IN prep 2 O
        5 US US PROPN NNP compound 6 B-GPE
        6 steel steel NOUN NN pobj 4 O
        7 . . PUNCT . punct 2 O
    """, {('rivalry-penalty', 'United States', 'EU', None)}, id='The EU imposed tariffs on US steel.'),
    pytest.param("""
        0 Scotland Scotland PROPN NNP nsubj 1 B-GPE
        1 is be AUX VBZ ROOT 1 O
        2 part part NOUN NN attr 1 O
        3 of of ADP IN prep 2 O
        4 the the DET DT det 5 O
        5 UK UK PROPN NNP pobj 3 B-GPE
        6 , , PUNCT , punct 1 O
        7 and and CCONJ CC cc 1 O
        8 England England PROPN NNP nsubj 9 B-GPE
        9 lies lie VERB VBZ conj 1 O
        10 south south ADV RB advmod 9 O
        11 of of ADP IN prep 10 O
        12 it it PRON PRP pobj 11 O
        13 . . PUNCT . punct 9 O
    """, {
        ('located-home-nation', 'England', 'United Kingdom', None),
        ('located-home-nation', 'Scotland', 'United Kingdom', None),
        ('located-near-country', 'Scotland', 'United Kingdom', None),
    },
        id='Scotland is part of the UK, and England lies south of it.'),
    pytest.param("""
        0 Ferries ferry NOUN NNS nsubjpass 7 O
        1 from from ADP IN prep 0 O
        2 Hong Hong PROPN NNP compound 3 B-GPE
        3 Kong Kong PROPN NNP pobj 1 I-GPE
        4 to to ADP IN prep 0 O
        5 China China PROPN NNP pobj 4 B-GPE
        6 were be AUX VBD auxpass 7 O
        7 cancelled cancel VERB VBN ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, {('located-territory', 'Hong Kong', 'China', None), ('located-near-country', 'Hong Kong', 'China', None)},
        id='Ferries from Hong Kong to China were cancelled.'),
    pytest.param("""
        0 Both both DET DT det 1 O
        1 sides side NOUN NNS nsubj 2 O
        2 back back VERB VBP ROOT 2 O
        3 Asian asian ADJ JJ amod 5 B-NORP
        4 chip chip NOUN NN compound 5 O
        5 maker maker NOUN NN compound 6 O
        6 Samsung Samsung PROPN NNP dobj 2 B-ORG
        7 and and CCONJ CC cc 6 O
        8 its its PRON PRP$ poss 10 O
        9 US US PROPN NNP compound 10 B-GPE
        10 rival rival NOUN NN conj 6 O
        11 Intel Intel PROPN NNP appos 10 B-ORG
        12 . . PUNCT . punct 2 O
    """, {('based-descriptor', 'Samsung', 'Asia', None), ('based-descriptor', 'Intel', 'United States', None)},
        id='Both sides back Asian chip maker Samsung and its US rival Intel.'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 Kestrel Kestrel PROPN NNP compound 2 B-ORG
        2 Bank Bank PROPN NNP nsubj 9 I-ORG
        3 of of ADP IN prep 2 O
        4 Leeds Leeds PROPN NNP pobj 3 B-GPE
        5 and and CCONJ CC cc 2 O
        6 Vantor Vantor PROPN NNP conj 2 B-ORG
        7 of of ADP IN prep 6 O
        8 Leeds Leeds PROPN NNP pobj 7 B-GPE
        9 fell fall VERB VBD ROOT 9 O
        10 . . PUNCT . punct 9 O
    """, {('based-of', 'Vantor', 'Leeds', None)},
        id='The Kestrel Bank of Leeds and Vantor of Leeds fell. (a bank\'s name goes on past "of": the model cut it)'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 Japanese japanese ADJ JJ amod 2 B-NORP
        2 Toyota Toyota PROPN NNP nsubj 3 B-ORG
        3 reported report VERB VBD ROOT 3 O
        4 a a DET DT det 5 O
        5 loss loss NOUN NN dobj 3 O
        6 . . PUNCT . punct 3 O
    """, {('based-adjective', 'Toyota', 'Japan', None)}, id='The Japanese Toyota reported a loss.'),
    pytest.param("""
        0 The the DET DT det 3 O
        1 Welsh welsh ADJ JJ amod 3 B-NORP
        2 Labour Labour PROPN NNP compound 3 B-ORG
        3 Party Party PROPN NNP nsubj 4 I-ORG
        4 lost lose VERB VBD ROOT 4 O
        5 two two NUM CD nummod 6 B-CARDINAL
        6 seats seat NOUN NNS dobj 4 O
        7 in in ADP IN prep 4 O
        8 Wales Wales PROPN NNP pobj 7 B-GPE
        9 . . PUNCT . punct 4 O
    """, set(), id='The Welsh Labour Party lost two seats in Wales. (a national party\'s branch there)'),
    pytest.param("""
        0 The the DET DT det 4 O
        1 US US PROPN NNP compound 4 B-GPE
        2 - - PUNCT HYPH punct 4 O
        3 Japan Japan PROPN NNP compound 4 B-GPE
        4 Commission Commission PROPN NNP nsubj 5 B-ORG
        5 met meet VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, set(), id='The US-Japan Commission met. (a body of two nations\' dealings)'),
    pytest.param("""
        0 Plants plant NOUN NNS nsubj 1 O
        1 shut shut VERB VBD ROOT 1 O
        2 : : PUNCT : punct 1 O
        3 * * PUNCT NFP punct 1 O
        4 Leeds Leeds PROPN NNP compound 7 B-GPE
        5 * * PUNCT NFP punct 7 O
        6 Vantor Vantor PROPN NNP compound 7 B-ORG
        7 Works Works PROPN NNP appos 1 I-ORG
        8 . . PUNCT . punct 1 O
    """, set(), id='Plants shut: * Leeds * Vantor Works. (a bullet between place and name)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 2 B-ORG
        1 is be AUX VBZ aux 2 O
        2 entering enter VERB VBG ROOT 2 O
        3 a a DET DT det 4 O
        4 market market NOUN NN dobj 2 O
        5 dominated dominate VERB VBN acl 4 O
        6 by by ADP IN agent 5 O
        7 Kestrel Kestrel PROPN NNP pobj 6 B-ORG
        8 . . PUNCT . punct 2 O
        9 It it PRON PRP nsubj 10 O
        10 launched launch VERB VBD ROOT 10 O
        11 its its PRON PRP$ poss 13 O
        12 Zephyr Zephyr PROPN NNP compound 13 B-PRODUCT
        13 console console NOUN NN dobj 10 O
        14 last last ADJ JJ amod 15 B-DATE
        15 year year NOUN NN npadvmod 10 I-DATE
        16 . . PUNCT . punct 10 O
        17 Kestrel Kestrel PROPN NNP nsubj 18 B-ORG
        18 said say VERB VBD ROOT 18 O
        19 it it PRON PRP nsubj 21 O
        20 would would AUX MD aux 21 O
        21 release release VERB VB ccomp 18 O
        22 the the DET DT det 23 O
        23 Zephyr Zephyr PROPN NNP dobj 21 B-PRODUCT
        24 in in ADP IN prep 21 O
        25 May May PROPN NNP pobj 24 B-DATE
        26 . . PUNCT . punct 18 O
    """, {('maker-verb-anaphora', 'Zephyr', 'Kestrel', None)},
        id='Vantor is entering a market dominated by Kestrel. It launched its Zephyr console ... (the "it" '
           'of an earlier sentence gives way to the maker the article names with it)'),
    pytest.param("""
        0 The the DET DT det 4 O
        1 Turkey Turkey PROPN NNP compound 3 B-GPE
        2 - - PUNCT HYPH punct 3 O
        3 EU EU PROPN NNP compound 4 B-ORG
        4 talks talk NOUN NNS nsubj 5 O
        5 resumed resume VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, set(), id='The Turkey-EU talks resumed. (one of a pair: the talks\' countries, not the body\'s)'),
    pytest.param("""
        0 The the DET DT det 4 O
        1 British british ADJ JJ amod 4 B-NORP
        2 and and CCONJ CC cc 1 O
        3 Irish Irish PROPN NNP conj 1 O
        4 Kestrels Kestrels PROPN NNPS nsubj 5 B-ORG
        5 won win VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, set(), id='The British and Irish Kestrels won. (a team of two nations is based in neither)'),
    pytest.param("""
        0 Ireland Ireland PROPN NNP nsubj 1 B-GPE
        1 lost lose VERB VBD ROOT 1 O
        2 . . PUNCT . punct 1 O
        3 The the DET DT det 7 O
        4 British british ADJ JJ amod 7 B-NORP
        5 and and CCONJ CC cc 4 O
        6 Irish Irish PROPN NNP conj 4 B-ORG
        7 Kestrels Kestrels PROPN NNPS nsubj 8 I-ORG
        8 won win VERB VBD ROOT 8 O
        9 . . PUNCT . punct 8 O
    """, set(), id='Ireland lost. The British and Irish Kestrels won. (the nation opening the name is one of two)'),
    pytest.param("""
        0 The the DET DT det 3 O
        1 Turkish turkish ADJ JJ amod 2 B-NORP
        2 EU EU PROPN NNP compound 3 B-ORG
        3 bid bid NOUN NN nsubj 4 O
        4 stalled stall VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, set(), id='The Turkish EU bid stalled. (the union of its member states is based in none)'),
    pytest.param("""
        0 Beck Beck PROPN NNP compound 1 B-ORG
        1 Steel Steel PROPN NNP nsubj 2 I-ORG
        2 is be AUX VBZ ROOT 2 O
        3 a a DET DT det 6 O
        4 specialist specialist ADJ JJ amod 6 O
        5 steel steel NOUN NN compound 6 O
        6 firm firm NOUN NN attr 2 O
        7 in in ADP IN prep 6 O
        8 Lille Lille PROPN NNP pobj 7 B-GPE
        9 . . PUNCT . punct 2 O
    """, {('based-described-in', 'Beck Steel', 'Lille', None)}, id='Beck Steel is a specialist steel firm in Lille.'),
    pytest.param("""
        0 Apple Apple PROPN NNP nsubj 1 B-ORG
        1 unveiled unveil VERB VBD ROOT 1 O
        2 the the DET DT det 3 O
        3 iPhone iPhone PROPN NNP dobj 1 O
        4 4 4 NUM CD nummod 3 O
        5 and and CCONJ CC cc 3 O
        6 iOS ios NOUN NN compound 7 O
        7 5 5 NUM CD conj 3 O
        8 on on ADP IN prep 1 O
        9 Monday Monday PROPN NNP pobj 8 B-DATE
        10 . . PUNCT . punct 1 O
    """, {('maker-verb', 'iOS 5', 'Apple', None), ('maker-verb', 'iPhone 4', 'Apple', None)},
        id='Apple unveiled the iPhone 4 and iOS 5 on Monday.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 EU EU PROPN NNP nsubj 5 B-ORG
        2 and and CCONJ CC cc 1 O
        3 the the DET DT det 4 O
        4 US US PROPN NNP conj 1 B-GPE
        5 hope hope VERB VBP ROOT 5 O
        6 to to PART TO aux 7 O
        7 settle settle VERB VB xcomp 5 O
        8 the the DET DT det 9 O
        9 dispute dispute NOUN NN dobj 7 O
        10 at at ADP IN prep 7 O
        11 the the DET DT det 12 O
        12 WTO WTO PROPN NNP pobj 10 B-ORG
        13 . . PUNCT . punct 5 O
    """, {('rivalry-parties', 'United States', 'EU', None)}, id='The EU and the US hope to settle the dispute at the WTO.'),
    pytest.param("""
        0 Japan Japan PROPN NNP nsubj 3 B-GPE
        1 and and CCONJ CC cc 0 O
        2 China China PROPN NNP conj 0 B-GPE
        3 hope hope VERB VBP ROOT 3 O
        4 to to PART TO aux 5 O
        5 avoid avoid VERB VB xcomp 3 O
        6 having have VERB VBG xcomp 5 O
        7 to to PART TO aux 8 O
        8 settle settle VERB VB xcomp 6 O
        9 the the DET DT det 10 O
        10 dispute dispute NOUN NN dobj 8 O
        11 in in ADP IN prep 10 O
        12 court court NOUN NN pobj 11 O
        13 . . PUNCT . punct 3 O
    """, {('rivalry-parties', 'China', 'Japan', None)},
        id='Japan and China hope to avoid having to settle the dispute in court. (four verbs up)'),
    pytest.param("""
        0 Critics critic NOUN NNS nsubj 1 O
        1 want want VERB VBP ROOT 1 O
        2 to to PART TO aux 3 O
        3 end end VERB VB xcomp 1 O
        4 Canada Canada PROPN NNP poss 6 B-GPE
        5 's 's PART POS case 4 O
        6 ban ban NOUN NN dobj 3 O
        7 on on ADP IN prep 6 O
        8 beef beef NOUN NN compound 9 O
        9 imports import NOUN NNS pobj 7 O
        10 from from ADP IN prep 9 O
        11 Brazil Brazil PROPN NNP pobj 10 B-GPE
        12 . . PUNCT . punct 1 O
    """, {('rivalry-with', 'Brazil', 'Canada', None)}, id="Critics want to end Canada's ban on beef imports from Brazil."),
    pytest.param("""
        0 Canada Canada PROPN NNP poss 2 B-GPE
        1 's 's PART POS case 0 O
        2 ban ban NOUN NN nsubj 7 O
        3 on on ADP IN prep 2 O
        4 smoking smoking NOUN NN pobj 3 O
        5 in in ADP IN prep 4 O
        6 bars bar NOUN NNS pobj 5 O
        7 follows follow VERB VBZ ROOT 7 O
        8 Ireland Ireland PROPN NNP dobj 7 B-GPE
        9 's 's PART POS case 8 O
        10 . . PUNCT . punct 7 O
    """, set(), id="Canada's ban on smoking in bars follows Ireland's. (a ban on no other country)"),
    pytest.param("""
        0 Japan Japan PROPN NNP nsubj 3 B-GPE
        1 and and CCONJ CC cc 0 O
        2 China China PROPN NNP conj 0 B-GPE
        3 signed sign VERB VBD ROOT 3 O
        4 a a DET DT det 6 O
        5 trade trade NOUN NN compound 6 O
        6 deal deal NOUN NN dobj 3 O
        7 . . PUNCT . punct 3 O
    """, set(), id='Japan and China signed a trade deal.'),
    pytest.param("""
        0 Sony Sony PROPN NNP poss 2 B-ORG
        1 's 's PART POS case 0 O
        2 PSP PSP PROPN NNP nsubj 3 O
        3 went go VERB VBD ROOT 3 O
        4 on on ADP IN prep 3 O
        5 sale sale NOUN NN pobj 4 O
        6 in in ADP IN prep 3 O
        7 Japan Japan PROPN NNP pobj 6 B-GPE
        8 . . PUNCT . punct 3 O
        9 It it PRON PRP nsubj 11 O
        10 can can AUX MD aux 11 O
        11 play play VERB VB ROOT 11 O
        12 music music NOUN NN dobj 11 O
        13 and and CCONJ CC cc 12 O
        14 films film NOUN NNS conj 12 O
        15 . . PUNCT . punct 11 O
    """, {('maker-possessive', 'PSP', 'Sony', None), ('capability-can-anaphora', 'PSP', 'play music and films', None)},
        id="Sony's PSP went on sale in Japan. It can play music and films."),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 unveiled unveil VERB VBD ROOT 1 O
        2 the the DET DT det 3 O
        3 Zephyr Zephyr PROPN NNP dobj 1 B-PRODUCT
        4 , , PUNCT , punct 3 O
        5 a a DET DT det 9 O
        6 double double ADJ JJ amod 8 O
        7 - - PUNCT HYPH punct 8 O
        8 deck deck NOUN NN compound 9 O
        9 aircraft aircraft NOUN NN appos 3 O
        10 which which PRON WDT nsubj 11 O
        11 seats seat VERB VBZ relcl 9 O
        12 up up ADV RB advmod 11 O
        13 to to ADP IN prep 11 O
        14 600 600 NUM CD nummod 15 B-CARDINAL
        15 people people NOUN NNS pobj 13 O
        16 . . PUNCT . punct 1 O
    """, {('maker-verb', 'Zephyr', 'Vantor', None), ('capability-apposition', 'Zephyr', 'double-deck aircraft', None),
          ('capability-modifier', 'Zephyr', 'double-deck', None),
          ('capability-capacity', 'Zephyr', 'seats up to 600 people', None)},
        id='Vantor unveiled the Zephyr, a double-deck aircraft which seats up to 600 people.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 has have VERB VBZ ROOT 2 O
        3 a a DET DT det 4 O
        4 range range NOUN NN dobj 2 O
        5 from from ADP IN prep 2 O
        6 700 700 NUM CD pobj 5 B-QUANTITY
        7 to to ADP IN prep 5 I-QUANTITY
        8 900 900 NUM CD nummod 9 I-QUANTITY
        9 miles mile NOUN NNS pobj 7 I-QUANTITY
        10 . . PUNCT . punct 2 O
    """, {('capability-has', 'Zephyr', 'range from 700 to 900 miles', None)},
        id='The Zephyr has a range from 700 to 900 miles. (the figures hung on the verb)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Lumen Lumen PROPN NNP nsubj 2 B-PRODUCT
        2 is be AUX VBZ ROOT 2 O
        3 a a DET DT det 4 O
        4 phone phone NOUN NN attr 2 O
        5 with with ADP IN prep 4 O
        6 a a DET DT det 8 O
        7 curved curved ADJ JJ amod 8 O
        8 screen screen NOUN NN pobj 5 O
        9 . . PUNCT . punct 2 O
    """, {('capability-with', 'Lumen', 'curved screen', None)},
        id='The Lumen is a phone with a curved screen.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Lumen Lumen PROPN NNP nsubj 2 B-PRODUCT
        2 adds add VERB VBZ ROOT 2 O
        3 40 40 NUM CD nummod 5 B-CARDINAL
        4 new new ADJ JJ amod 5 O
        5 features feature NOUN NNS dobj 2 O
        6 , , PUNCT , punct 5 O
        7 including include VERB VBG prep 5 O
        8 a a DET DT det 10 O
        9 voice voice NOUN NN compound 10 O
        10 recorder recorder NOUN NN pobj 7 O
        11 and and CCONJ CC cc 10 O
        12 a a DET DT det 13 O
        13 torch torch NOUN NN conj 10 O
        14 . . PUNCT . punct 2 O
    """, {('capability-features', 'Lumen', 'voice recorder', None), ('capability-features', 'Lumen', 'torch', None)},
        id='The Lumen adds 40 new features, including a voice recorder and a torch.'),
    pytest.param("""
        0 Can can AUX MD aux 3 O
        1 the the DET DT det 2 O
        2 Zephyr Zephyr PROPN NNP nsubj 3 B-PRODUCT
        3 carry carry VERB VB ROOT 3 O
        4 600 600 NUM CD nummod 5 B-CARDINAL
        5 people people NOUN NNS dobj 3 O
        6 ? ? PUNCT . punct 3 O
    """, set(),
        id='Can the Zephyr carry 600 people? (a question says no capacity)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP nsubj 1 B-ORG
        1 flies fly VERB VBZ ROOT 1 O
        2 long long ADV RB advmod 4 O
        3 - - PUNCT HYPH punct 4 O
        4 awaited await VERB VBN amod 5 O
        5 Zephyrs Zephyrs PROPN NNPS dobj 1 B-PRODUCT
        6 and and CCONJ CC cc 5 O
        7 short short ADJ JJ amod 9 O
        8 - - PUNCT HYPH punct 9 O
        9 haul haul NOUN NN compound 10 O
        10 Lumens Lumens PROPN NNPS conj 5 B-PRODUCT
        11 . . PUNCT . punct 1 O
    """, {('capability-modifier', 'Lumens', 'short-haul', None)},
        id='Kestrel flies long-awaited Zephyrs and short-haul Lumens. (a judgement is no capability)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 carried carry VERB VBD ROOT 2 O
        3 600 600 NUM CD nummod 4 B-CARDINAL
        4 people people NOUN NNS dobj 2 O
        5 to to ADP IN prep 2 O
        6 Oslo Oslo PROPN NNP pobj 5 B-GPE
        7 . . PUNCT . punct 2 O
    """, set(),
        id='The Zephyr carried 600 people to Oslo. (what it did is no capacity)'),

    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 unveiled unveil VERB VBD ROOT 1 O
        2 a a DET DT det 4 O
        3 new new ADJ JJ amod 4 O
        4 version version NOUN NN dobj 1 O
        5 of of ADP IN prep 4 O
        6 its its PRON PRP$ poss 7 O
        7 Zephyr Zephyr PROPN NNP pobj 5 B-PRODUCT
        8 . . PUNCT . punct 1 O
    """, {('maker-its', 'Zephyr', 'Vantor', None), ('maker-verb', 'Zephyr', 'Vantor', None)},
        id='Vantor unveiled a new version of its Zephyr.'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP nsubj 1 B-ORG
        1 flies fly VERB VBZ ROOT 1 O
        2 its its PRON PRP$ poss 3 O
        3 Zephyrs Zephyrs PROPN NNPS dobj 1 B-PRODUCT
        4 . . PUNCT . punct 1 O
    """, set(), id='Kestrel flies its Zephyrs. (an airline owns what others make)'),

    pytest.param("""
        0 Critics critic NOUN NNS nsubj 1 O
        1 praised praise VERB VBD ROOT 1 O
        2 Vantor Vantor PROPN NNP poss 6 B-ORG
        3 's 's PART POS case 2 O
        4 911 911 NUM CD nummod 6 B-CARDINAL
        5 sports sport NOUN NNS compound 6 O
        6 car car NOUN NN dobj 1 O
        7 . . PUNCT . punct 1 O
    """, {('maker-name', 'Vantor 911', 'Vantor', None)}, id="Critics praised Vantor's 911 sports car."),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 50 50 NUM CD nummod 3 B-CARDINAL
        3 employees employee NOUN NNS nsubj 4 O
        4 left leave VERB VBN ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, set(), id="Vantor's 50 employees left. (a count of something else)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 3 B-ORG
        1 's 's PART POS case 0 O
        2 2004 2004 NUM CD nummod 3 B-DATE
        3 profits profit NOUN NNS nsubj 4 O
        4 rose rise VERB VBD ROOT 4 O
        5 . . PUNCT . punct 4 O
    """, set(), id="Vantor's 2004 profits rose. (a year)"),
    pytest.param("""
        0 She she PRON PRP nsubj 1 O
        1 owns own VERB VBZ ROOT 1 O
        2 a a DET DT det 5 O
        3 Zephyr Zephyr PROPN NNP compound 5 B-PRODUCT
        4 music music NOUN NN compound 5 O
        5 player player NOUN NN dobj 1 O
        6 , , PUNCT , punct 5 O
        7 which which PRON WDT nsubjpass 9 O
        8 is be AUX VBZ auxpass 9 O
        9 made make VERB VBN relcl 5 O
        10 by by ADP IN agent 9 O
        11 Vantor Vantor PROPN NNP pobj 10 B-ORG
        12 . . PUNCT . punct 1 O
    """, {('maker-passive', 'Zephyr', 'Vantor', None)}, id='She owns a Zephyr music player, which is made by Vantor.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 V300 V300 PROPN NNP nsubj 2 B-PRODUCT
        2 is be AUX VBZ ROOT 2 O
        3 a a DET DT det 5 O
        4 new new ADJ JJ amod 5 O
        5 jet jet NOUN NN attr 2 O
        6 under under ADP IN prep 5 O
        7 development development NOUN NN pobj 6 O
        8 by by ADP IN prep 5 O
        9 Vantor Vantor PROPN NNP pobj 8 B-ORG
        10 . . PUNCT . punct 2 O
    """, {('maker-copula', 'V300', 'Vantor', None)}, id='The V300 is a new jet under development by Vantor.'),
    pytest.param("""
        0 The the DET DT det 2 O
        1 Lumen Lumen PROPN NNP compound 2 B-PRODUCT
        2 2 2 NUM CD nsubjpass 4 I-PRODUCT
        3 was be AUX VBD auxpass 4 O
        4 introduced introduce VERB VBN ROOT 4 O
        5 by by ADP IN agent 4 O
        6 Vantor Vantor PROPN NNP compound 8 B-ORG
        7 chief chief NOUN NN compound 8 O
        8 executive executive NOUN NN compound 10 O
        9 Ann Ann PROPN NNP compound 10 B-PERSON
        10 Ruiz Ruiz PROPN NNP pobj 5 I-PERSON
        11 . . PUNCT . punct 4 O
    """, {('maker-passive', 'Lumen 2', 'Vantor', None)},
        id='The Lumen 2 was introduced by Vantor chief executive Ann Ruiz. (the officer speaks for the maker)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 is be AUX VBZ ROOT 2 O
        3 a a DET DT det 4 O
        4 family family NOUN NN attr 2 O
        5 of of ADP IN prep 4 O
        6 airliners airliner NOUN NNS pobj 5 O
        7 built build VERB VBN acl 6 O
        8 by by ADP IN agent 7 O
        9 Vantor Vantor PROPN NNP pobj 8 B-ORG
        10 . . PUNCT . punct 2 O
    """, {('maker-copula', 'Zephyr', 'Vantor', None)}, id='The Zephyr is a family of airliners built by Vantor.'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 unveiled unveil VERB VBD ROOT 1 O
        2 plans plan NOUN NNS dobj 1 O
        3 for for ADP IN prep 2 O
        4 the the DET DT det 5 O
        5 Zephyr Zephyr PROPN NNP pobj 3 B-PRODUCT
        6 . . PUNCT . punct 1 O
    """, {('maker-verb', 'Zephyr', 'Vantor', None)}, id='Vantor unveiled plans for the Zephyr.'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 launched launch VERB VBD ROOT 1 O
        2 a a DET DT det 4 O
        3 music music NOUN NN compound 4 O
        4 service service NOUN NN dobj 1 O
        5 called call VERB VBN acl 4 O
        6 Zorbit Zorbit PROPN NNP oprd 5 B-GPE
        7 . . PUNCT . punct 1 O
    """, {('maker-verb', 'Zorbit', 'Vantor', None)},
        id='Vantor launched a music service called Zorbit. (the name a product noun is given names the product)'),
    pytest.param("""
        0 Users user NOUN NNS nsubj 1 O
        1 joined join VERB VBD ROOT 1 O
        2 Vantor Vantor PROPN NNP poss 5 B-ORG
        3 's 's PART POS case 2 O
        4 gaming gaming NOUN NN compound 5 O
        5 system system NOUN NN dobj 1 O
        6 dubbed dub VERB VBN acl 5 O
        7 Zorbit Zorbit PROPN NNP oprd 6 B-ORG
        8 . . PUNCT . punct 1 O
    """, {('maker-possessive-noun', 'Zorbit', 'Vantor', None)},
        id="Users joined Vantor's gaming system dubbed Zorbit."),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP poss 4 B-ORG
        1 's 's PART POS case 0 O
        2 Zephyr Zephyr PROPN NNP nmod 4 B-ORG
        3 handheld handheld ADJ JJ amod 4 O
        4 console console NOUN NN nsubj 5 O
        5 went go VERB VBD ROOT 5 O
        6 on on ADP IN prep 5 O
        7 sale sale NOUN NN pobj 6 O
        8 . . PUNCT . punct 5 O
    """, {('maker-possessive-noun', 'Zephyr', 'Kestrel', None)},
        id="Kestrel's Zephyr handheld console went on sale. (the owner's console is a product, whatever the model read)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 4 B-ORG
        1 's 's PART POS case 0 O
        2 Zephyr Zephyr PROPN NNP compound 3 B-ORG
        3 ZX-900 ZX-900 PROPN NNP compound 4 O
        4 jukebox jukebox NOUN NN nsubj 5 O
        5 sold sell VERB VBD ROOT 5 O
        6 well well ADV RB advmod 5 O
        7 . . PUNCT . punct 5 O
    """, {('maker-possessive-noun', 'Zephyr ZX-900', 'Vantor', None)},
        id="Vantor's Zephyr ZX-900 jukebox sold well. (a model number the tokenizer kept whole after a name)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 5 B-ORG
        1 's 's PART POS case 0 O
        2 new new ADJ JJ amod 5 O
        3 Zephyr Zephyr PROPN NNP compound 4 B-PRODUCT
        4 Portable Portable PROPN NNP compound 5 O
        5 console console NOUN NN nsubj 6 O
        6 went go VERB VBD ROOT 6 O
        7 on on ADP IN prep 6 O
        8 sale sale NOUN NN pobj 7 O
        9 . . PUNCT . punct 6 O
    """, {('maker-possessive-noun', 'Zephyr Portable', 'Vantor', None)},
        id="Vantor's new Zephyr Portable console went on sale. (the model cut the name short: no product 'Portable')"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP poss 5 B-ORG
        1 's 's PART POS case 0 O
        2 new new ADJ JJ amod 5 O
        3 Zephyr Zephyr PROPN NNP compound 5 B-GPE
        4 Portable Portable PROPN NNP compound 5 O
        5 console console NOUN NN nsubj 6 O
        6 went go VERB VBD ROOT 6 O
        7 on on ADP IN prep 6 O
        8 sale sale NOUN NN pobj 7 O
        9 . . PUNCT . punct 6 O
    """, {('maker-possessive-noun', 'Zephyr Portable', 'Vantor', None)},
        id="Vantor's new Zephyr Portable console went on sale. (cut short and read as a place: the device's name is whole)"),
    pytest.param("""
        0 Air Air PROPN NNP compound 1 B-ORG
        1 Zephyr Zephyr PROPN NNP nsubj 2 I-ORG
        2 said say VERB VBD ROOT 2 O
        3 it it PRON PRP nsubj 4 O
        4 flew fly VERB VBD ccomp 2 O
        5 . . PUNCT . punct 2 O
        6 Another another DET DT det 9 O
        7 Air Air PROPN NNP compound 8 B-ORG
        8 Zephyr Zephyr PROPN NNP compound 9 I-ORG
        9 A330 A330 PROPN NNP nsubj 10 B-PRODUCT
        10 landed land VERB VBD ROOT 10 O
        11 in in ADP IN prep 10 O
        12 Leeds Leeds PROPN NNP pobj 11 B-GPE
        13 . . PUNCT . punct 10 O
    """, set(), id="Air Zephyr said it flew. Another Air Zephyr A330 landed in Leeds. (an airline flies the model)"),
    pytest.param("""
        0 Shoppers shopper NOUN NNS nsubj 1 O
        1 queued queue VERB VBD ROOT 1 O
        2 for for ADP IN prep 1 O
        3 the the DET DT det 6 O
        4 Vantor Vantor PROPN NNP compound 5 B-ORG
        5 Zephyr Zephyr PROPN NNP compound 6 O
        6 console console NOUN NN pobj 2 O
        7 on on ADP IN prep 1 O
        8 Friday Friday PROPN NNP pobj 7 B-DATE
        9 . . PUNCT . punct 1 O
    """, {('maker-before-name', 'Zephyr', 'Vantor', None)},
        id="Shoppers queued for the Vantor Zephyr console on Friday. (a name the model missed before a device "
           "is the device, and the firm before it its maker)"),
    pytest.param("""
        0 The the DET DT det 1 O
        1 games game NOUN NNS nsubj 3 O
        2 will will AUX MD aux 3 O
        3 include include VERB VB ROOT 3 O
        4 Kestrel Kestrel PROPN NNP poss 7 B-ORG
        5 's 's PART POS case 4 O
        6 Vantor Vantor PROPN NNP compound 7 B-ORG
        7 Zephyr-2 Zephyr-2 PROPN NNP dobj 3 B-PRODUCT
        8 . . PUNCT . punct 3 O
    """, {('maker-possessive-model', 'Zephyr-2', 'Kestrel', None)},
        id="The games will include Kestrel's Vantor Zephyr-2. (after a possessive, the name before the model is "
           "the title's, and the owner the maker)"),
    pytest.param("""
        0 Reviewers reviewer NOUN NNS nsubj 1 O
        1 said say VERB VBD ROOT 1 O
        2 the the DET DT det 4 O
        3 Zephyr Zephyr PROPN NNP compound 4 O
        4 handheld handheld NOUN NN nsubj 6 O
        5 can can AUX MD aux 6 O
        6 play play VERB VB ccomp 1 O
        7 films film NOUN NNS dobj 6 O
        8 . . PUNCT . punct 1 O
    """, {('capability-can', 'Zephyr', 'play films', None)},
        id="Reviewers said the Zephyr handheld can play films. (an untagged name before a device names it)"),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 is be AUX VBZ ROOT 2 O
        3 capable capable ADJ JJ acomp 2 O
        4 of of ADP IN prep 3 O
        5 flying fly VERB VBG pcomp 4 O
        6 9,000 9,000 NUM CD nummod 7 B-QUANTITY
        7 miles mile NOUN NNS dobj 5 I-QUANTITY
        8 . . PUNCT . punct 2 O
    """, {('capability-able', 'Zephyr', 'flying 9,000 miles', None)},
        id="The Zephyr is capable of flying 9,000 miles. (what it can do, without the 'of')"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 unveiled unveil VERB VBD ROOT 1 O
        2 a a DET DT det 3 O
        3 Zephyr Zephyr PROPN NNP dobj 1 B-PRODUCT
        4 capable capable ADJ JJ amod 3 O
        5 of of ADP IN prep 4 O
        6 showing show VERB VBG pcomp 5 O
        7 video video NOUN NN dobj 6 O
        8 . . PUNCT . punct 1 O
    """, {('maker-verb', 'Zephyr', 'Vantor', None), ('capability-able', 'Zephyr', 'showing video', None)},
        id="Vantor unveiled a Zephyr capable of showing video. (the adjective after the name, as after 'is')"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 uses use VERB VBZ ROOT 1 O
        2 a a DET DT det 3 O
        3 tool tool NOUN NN dobj 1 O
        4 called call VERB VBN acl 3 O
        5 Zephyr Zephyr PROPN NNP oprd 4 B-PRODUCT
        6 that that PRON WDT nsubj 7 O
        7 lets let VERB VBZ relcl 3 O
        8 its its PRON PRP$ poss 9 O
        9 customers customer NOUN NNS nsubj 10 O
        10 track track VERB VB ccomp 7 O
        11 parcels parcel NOUN NNS dobj 10 O
        12 . . PUNCT . punct 1 O
    """, {('capability-enables', 'Zephyr', 'track parcels', None)},
        id="Vantor uses a tool called Zephyr that lets its customers track parcels. (the clause hangs on the "
           "noun the name is given to)"),
    pytest.param("""
        0 Zephyr Zephyr PROPN NNP nsubj 1 B-PRODUCT
        1 is be AUX VBZ ROOT 1 O
        2 a a DET DT det 3 O
        3 suite suite NOUN NN attr 1 O
        4 of of ADP IN prep 3 O
        5 programs program NOUN NNS pobj 4 O
        6 that that PRON WDT nsubj 7 O
        7 allow allow VERB VBP relcl 5 O
        8 workers worker NOUN NNS nsubj 10 O
        9 to to PART TO aux 10 O
        10 share share VERB VB ccomp 7 O
        11 files file NOUN NNS dobj 10 O
        12 . . PUNCT . punct 1 O
    """, {('capability-enables', 'Zephyr', 'share files', None)},
        id="Zephyr is a suite of programs that allow workers to share files. (what the programs of the suite "
           "let people do)"),
    pytest.param("""
        0 Its its PRON PRP$ poss 2 O
        1 latest late ADJ JJS amod 2 O
        2 tool tool NOUN NN nsubj 6 O
        3 , , PUNCT , punct 2 O
        4 Zephyr Zephyr PROPN NNP appos 2 B-PRODUCT
        5 , , PUNCT , punct 6 O
        6 enables enable VERB VBZ ROOT 6 O
        7 artists artist NOUN NNS dobj 6 O
        8 to to PART TO aux 9 O
        9 draw draw VERB VB xcomp 6 O
        10 faces face NOUN NNS dobj 9 O
        11 . . PUNCT . punct 6 O
    """, {('capability-enables', 'Zephyr', 'draw faces', None)},
        id="Its latest tool, Zephyr, enables artists to draw faces. (the name set beside the subject, a "
           "product noun)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 says say VERB VBZ ROOT 1 O
        2 its its PRON PRP$ poss 5 O
        3 new new ADJ JJ amod 5 O
        4 Zephyr Zephyr PROPN NNP compound 5 B-ORG
        5 technology technology NOUN NN nsubj 7 O
        6 will will AUX MD aux 7 O
        7 block block VERB VB ccomp 1 O
        8 copying copying NOUN NN dobj 7 O
        9 . . PUNCT . punct 1 O
    """, {('maker-its-said', 'Zephyr', 'Vantor', None)}, id='Vantor says its new Zephyr technology will block copying.'),
    pytest.param("""
        0 Vexa Vexa PROPN NNP compound 1 B-PRODUCT
        1 Kestrel Kestrel PROPN NNP nsubj 2 I-PRODUCT
        2 scored score VERB VBD ROOT 2 O
        3 . . PUNCT . punct 2 O
        4 Then then ADV RB advmod 7 O
        5 Vexa Vexa PROPN NNP compound 6 B-ORG
        6 Kestrel Kestrel PROPN NNP nsubj 7 O
        7 ran run VERB VBD ROOT 7 O
        8 . . PUNCT . punct 7 O
    """, set(), id="Vexa Kestrel scored. Then Vexa Kestrel ran. (a 'maker' only ever written before the rest "
                   "of the name is part of it)"),
    pytest.param("""
        0 One one NUM CD nsubj 2 O
        1 is be AUX VBZ aux 2 O
        2 flying fly VERB VBG ccomp 9 O
        3 to to ADP IN prep 2 O
        4 Leeds Leeds PROPN NNP pobj 3 B-GPE
        5 ; ; PUNCT : punct 9 O
        6 the the DET DT det 7 O
        7 Zephyr Zephyr PROPN NNP nsubj 9 B-PRODUCT
        8 can can AUX MD aux 9 O
        9 carry carry VERB VB ROOT 9 O
        10 500 500 NUM CD nummod 11 B-CARDINAL
        11 people people NOUN NNS dobj 9 O
        12 . . PUNCT . punct 9 O
    """, {('capability-can', 'Zephyr', 'carry 500 people', None), ('capability-capacity', 'Zephyr', 'carry 500 people', None)},
        id="One is flying to Leeds; the Zephyr can carry 500 people. (the clause before is none of it)"),
    pytest.param("""
        0 She she PRON PRP nsubj 1 O
        1 starred star VERB VBD ROOT 1 O
        2 in in ADP IN prep 1 O
        3 Silent Silent PROPN NNP compound 4 B-ORG
        4 Kestrel Kestrel PROPN NNP pobj 2 I-ORG
        5 of of ADP IN prep 4 O
        6 the the DET DT det 8 O
        7 Hollow Hollow PROPN NNP compound 8 B-FAC
        8 Vale Vale PROPN NNP pobj 5 I-FAC
        9 . . PUNCT . punct 1 O
    """, set(), id="She starred in Silent Kestrel of the Hollow Vale. (a title; a town takes no 'the')"),
    pytest.param("""
        0 If if SCONJ IN mark 2 O
        1 you you PRON PRP nsubj 2 O
        2 like like VERB VBP advcl 10 O
        3 things thing NOUN NNS dobj 2 O
        4 open open ADV RB advmod 6 O
        5 - - PUNCT HYPH punct 6 O
        6 ended end VERB VBN amod 8 O
        7 , , PUNCT , punct 8 O
        8 Zephyr Zephyr PROPN NNP nsubj 10 B-PRODUCT
        9 will will AUX MD aux 10 O
        10 please please VERB VB ROOT 10 O
        11 you you PRON PRP dobj 10 O
        12 . . PUNCT . punct 10 O
    """, set(), id='If you like things open-ended, Zephyr will please you. (a comma ends what modifies the name, '
                   'however parsed)'),
    pytest.param("""
        0 They they PRON PRP nsubj 1 O
        1 saw see VERB VBD ROOT 1 O
        2 the the DET DT det 8 O
        3 eight eight NUM CD nummod 5 O
        4 - - PUNCT HYPH punct 5 O
        5 player player NOUN NN compound 8 O
        6 Kestrel Kestrel PROPN NNP compound 8 B-PERSON
        7 Kart Kart PROPN NNP compound 8 I-PERSON
        8 Zephyr Zephyr PROPN NNP dobj 1 B-PRODUCT
        9 . . PUNCT . punct 1 O
    """, set(), id="They saw the eight-player Kestrel Kart Zephyr. (the game's players, not the Zephyr's)"),
    pytest.param("""
        0 Shown show VERB VBN ROOT 0 O
        1 were be AUX VBD auxpass 0 O
        2 Vantor Vantor PROPN NNP poss 4 B-ORG
        3 's 's PART POS case 2 O
        4 Zephyr Zephyr PROPN NNP nsubjpass 0 B-PRODUCT
        5 , , PUNCT , punct 4 O
        6 Kestrel Kestrel PROPN NNP poss 10 B-ORG
        7 's 's PART POS case 6 O
        8 Orbit Orbit PROPN NNP nmod 10 B-PRODUCT
        9 instant instant NOUN NN compound 10 O
        10 messenger messenger NOUN NN appos 4 O
        11 . . PUNCT . punct 0 O
    """, {('maker-possessive', 'Zephyr', 'Vantor', None), ('maker-possessive', 'Orbit', 'Kestrel', None)},
        id="Shown were Vantor's Zephyr, Kestrel's Orbit instant messenger. (a list, however parsed: each its own)"),
    pytest.param("""
        0 Zephyr Zephyr PROPN NNP compound 1 B-ORG
        1 Airlines Airlines PROPN NNPS nsubj 2 I-ORG
        2 says say VERB VBZ ROOT 2 O
        3 its its PRON PRP$ poss 5 O
        4 new new ADJ JJ amod 5 O
        5 V9s V9s PROPN NNPS nsubj 7 B-PRODUCT
        6 will will AUX MD aux 7 O
        7 arrive arrive VERB VB ccomp 2 O
        8 late late ADV RB advmod 7 O
        9 . . PUNCT . punct 2 O
    """, set(), id='Zephyr Airlines says its new V9s will arrive late. (an airline flies them)'),
    pytest.param("""
        0 He he PRON PRP nsubj 1 O
        1 told tell VERB VBD ROOT 1 O
        2 Kestrel Kestrel PROPN NNP poss 5 B-ORG
        3 's 's PART POS case 2 O
        4 Evening Evening PROPN NNP compound 5 B-PRODUCT
        5 Hour Hour PROPN NNP compound 6 I-PRODUCT
        6 programme programme NOUN NN dobj 1 O
        7 the the DET DT det 8 O
        8 plan plan NOUN NN nsubj 9 O
        9 was be AUX VBD relcl 6 O
        10 dead dead ADJ JJ acomp 9 O
        11 . . PUNCT . punct 1 O
    """, set(), id="He told Kestrel's Evening Hour programme the plan was dead. (a broadcast, not a made product)"),
    pytest.param("""
        0 At at ADP IN prep 5 O
        1 the the DET DT det 2 O
        2 show show NOUN NN pobj 0 O
        3 , , PUNCT , punct 5 O
        4 Vantor Vantor PROPN NNP nsubj 5 B-ORG
        5 unveiled unveil VERB VBD ROOT 5 O
        6 plans plan NOUN NNS dobj 5 O
        7 for for ADP IN prep 6 O
        8 the the DET DT det 9 O
        9 V300 V300 PROPN NNP pobj 7 B-PRODUCT
        10 , , PUNCT , punct 9 O
        11 a a DET DT det 15 O
        12 twin twin ADJ JJ amod 14 O
        13 - - PUNCT HYPH punct 14 O
        14 deck deck NOUN NN compound 15 O
        15 jet jet NOUN NN dobj 5 O
        16 that that PRON WDT nsubj 18 O
        17 can can AUX MD aux 18 O
        18 carry carry VERB VB relcl 15 O
        19 up up ADP RP quantmod 21 O
        20 to to PART TO quantmod 21 O
        21 700 700 NUM CD nummod 22 B-CARDINAL
        22 people people NOUN NNS dobj 18 O
        23 . . PUNCT . punct 5 O
    """, {('maker-verb', 'V300', 'Vantor', None), ('capability-capacity', 'V300', 'carry up to 700 people', None),
          ('capability-can', 'V300', 'carry up to 700 people', None), ('capability-modifier', 'V300', 'twin-deck', None)},
        id='At the show, Vantor unveiled plans for the V300, a twin-deck jet that can carry up to 700 people. '
           '(the jet hung on the verb, not on the name)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 hopes hope VERB VBZ ROOT 1 O
        2 to to PART TO aux 3 O
        3 sell sell VERB VB xcomp 1 O
        4 its its PRON PRP$ poss 7 O
        5 new new ADJ JJ amod 7 O
        6 V300 V300 PROPN NNP compound 7 B-PRODUCT
        7 airliner airliner NOUN NN dobj 3 O
        8 flying fly VERB VBG acl 7 O
        9 up up ADP IN quantmod 11 O
        10 to to ADP IN quantmod 11 O
        11 500 500 NUM CD nummod 12 B-CARDINAL
        12 people people NOUN NNS dobj 8 O
        13 between between ADP IN prep 12 O
        14 big big ADJ JJ amod 15 O
        15 hubs hub NOUN NNS pobj 13 O
        16 . . PUNCT . punct 1 O
    """, {('maker-its-said', 'V300', 'Vantor', None), ('maker-verb', 'V300', 'Vantor', None),
          ('capability-capacity', 'V300', 'flying up to 500 people between hubs', None)},
        id='Vantor hopes to sell its new V300 airliner flying up to 500 people between big hubs.'),
    pytest.param("""
        0 The the DET DT det 3 O
        1 Norwegian norwegian ADJ JJ amod 3 B-NORP
        2 ferry ferry NOUN NN compound 3 O
        3 company company NOUN NN ROOT 3 O
        4 Vantor Vantor PROPN NNP nsubj 5 B-ORG
        5 filed file VERB VBD relcl 3 O
        6 for for ADP IN prep 5 O
        7 bankruptcy bankruptcy NOUN NN pobj 6 O
        8 on on ADP IN prep 5 O
        9 Thursday Thursday PROPN NNP pobj 8 B-DATE
        10 . . PUNCT . punct 5 O
    """, {('based-descriptor', 'Vantor', 'Norway', None)},
        id='The Norwegian ferry company Vantor filed for bankruptcy on Thursday. (the noun hung apart from the name)'),
    pytest.param("""
        0 French french ADJ JJ amod 1 B-NORP
        1 sportswear sportswear NOUN NN compound 2 O
        2 firm firm NOUN NN compound 3 O
        3 Vantor Vantor PROPN NNP nsubj 4 B-ORG
        4 posted post VERB VBD ROOT 4 O
        5 a a DET DT det 6 O
        6 rise rise NOUN NN dobj 4 O
        7 in in ADP IN prep 6 O
        8 profit profit NOUN NN pobj 7 O
        9 . . PUNCT . punct 4 O
    """, {('based-descriptor', 'Vantor', 'France', None)},
        id='French sportswear firm Vantor posted a rise in profit. (the nation hung on the trade)'),
    pytest.param("""
        0 Swiss swiss ADJ JJ amod 1 B-NORP
        1 banks bank NOUN NNS compound 2 O
        2 Vantor Vantor PROPN NNP nsubj 5 B-ORG
        3 and and CCONJ CC cc 2 O
        4 Kestrel Kestrel PROPN NNP conj 2 B-ORG
        5 reported report VERB VBD ROOT 5 O
        6 strong strong ADJ JJ amod 7 O
        7 results result NOUN NNS dobj 5 O
        8 . . PUNCT . punct 5 O
    """, {('based-descriptor', 'Vantor', 'Switzerland', None), ('based-descriptor', 'Kestrel', 'Switzerland', None)},
        id='Swiss banks Vantor and Kestrel reported strong results. (a plural noun describes the list)'),
    pytest.param("""
        0 Tom Tom PROPN NNP compound 1 B-PERSON
        1 Hale Hale PROPN NNP nsubj 2 I-PERSON
        2 joined join VERB VBD ROOT 2 O
        3 Swiss swiss ADJ JJ amod 5 B-NORP
        4 bank bank NOUN NN compound 5 O
        5 Vantor Vantor PROPN NNP dobj 2 B-ORG
        6 and and CCONJ CC cc 5 O
        7 Kestrel Kestrel PROPN NNP conj 5 B-ORG
        8 last last ADJ JJ amod 9 B-DATE
        9 year year NOUN NN npadvmod 2 I-DATE
        10 . . PUNCT . punct 2 O
    """, {('based-descriptor', 'Vantor', 'Switzerland', None), ('based-adjective', 'Vantor', 'Switzerland', None)},
        id='Tom Hale joined Swiss bank Vantor and Kestrel last year. (a singular noun describes one name)'),
    pytest.param("""
        0 When when SCONJ WRB advmod 3 O
        1 the the DET DT det 2 O
        2 navy navy NOUN NN nsubj 3 O
        3 selected select VERB VBD advcl 5 O
        4 Oslo Oslo PROPN NNP dobj 3 B-GPE
        5 based base VERB VBD ccomp 14 O
        6 Vantor Vantor PROPN NNP compound 7 B-ORG
        7 Marine Marine PROPN NNP dobj 5 I-ORG
        8 to to PART TO aux 9 O
        9 build build VERB VB xcomp 5 O
        10 the the DET DT det 11 O
        11 ship ship NOUN NN dobj 9 O
        12 , , PUNCT , punct 14 O
        13 critics critic NOUN NNS nsubj 14 O
        14 objected object VERB VBD ROOT 14 O
        15 . . PUNCT . punct 14 O
    """, {('based-compound', 'Vantor Marine', 'Oslo', None)},
        id='When the navy selected Oslo based Vantor Marine to build the ship, critics objected. (no hyphen)'),
    pytest.param("""
        0 Chinese chinese ADJ JJ amod 1 B-NORP
        1 officials official NOUN NNS nsubj 2 O
        2 accused accuse VERB VBD ROOT 2 O
        3 Japan Japan PROPN NNP dobj 2 B-GPE
        4 of of ADP IN prep 2 O
        5 lying lie VERB VBG pcomp 4 O
        6 . . PUNCT . punct 2 O
    """, {('rivalry-verb', 'China', 'Japan', None)}, id="Chinese officials accused Japan of lying. (a state's officials)"),
    pytest.param("""
        0 Many many ADJ JJ amod 2 O
        1 US US PROPN NNP compound 2 B-GPE
        2 lawmakers lawmaker NOUN NNS nsubj 9 O
        3 who who PRON WP nsubj 4 O
        4 blame blame VERB VBP relcl 2 O
        5 China China PROPN NNP dobj 4 B-GPE
        6 for for ADP IN prep 4 O
        7 lost lost ADJ JJ amod 8 O
        8 jobs job NOUN NNS pobj 6 O
        9 want want VERB VBP ROOT 9 O
        10 a a DET DT det 12 O
        11 new new ADJ JJ amod 12 O
        12 law law NOUN NN dobj 9 O
        13 . . PUNCT . punct 9 O
    """, {('rivalry-verb', 'China', 'United States', None)},
        id='Many US lawmakers who blame China for lost jobs want a new law. (the relative clause\'s subject)'),
    pytest.param("""
        0 Though though SCONJ IN mark 4 O
        1 Russia Russia PROPN NNP nsubj 4 B-GPE
        2 and and CCONJ CC cc 1 O
        3 Ukraine Ukraine PROPN NNP conj 1 B-GPE
        4 met meet VERB VBD advcl 11 O
        5 , , PUNCT , punct 4 O
        6 tension tension NOUN NN nsubj 11 O
        7 between between ADP IN prep 6 O
        8 Moscow Moscow PROPN NNP pobj 7 B-GPE
        9 and and CCONJ CC cc 8 O
        10 Kiev Kiev PROPN NNP conj 8 B-GPE
        11 grew grow VERB VBD ROOT 11 O
        12 . . PUNCT . punct 11 O
    """, {('rivalry-between', 'Russia', 'Ukraine', None)},
        id='Though Russia and Ukraine met, tension between Moscow and Kiev grew. (capitals for their states)'),
    pytest.param("""
        0 Japan Japan PROPN NNP ROOT 0 B-GPE
        1 in in ADP IN prep 0 O
        2 China China PROPN NNP pobj 1 B-GPE
        3 trade trade NOUN NN compound 4 O
        4 row row NOUN NN appos 0 O
    """, {('rivalry-in', 'China', 'Japan', None)}, id='Japan in China trade row'),
    pytest.param("""
        0 Tension tension NOUN NN nsubj 5 O
        1 between between ADP IN prep 0 O
        2 Moscow Moscow PROPN NNP pobj 1 B-GPE
        3 and and CCONJ CC cc 2 O
        4 Kiev Kiev PROPN NNP conj 2 B-GPE
        5 grew grow VERB VBD ROOT 5 O
        6 . . PUNCT . punct 5 O
    """, set(), id='Tension between Moscow and Kiev grew. (capitals of countries the article does not name)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 show show NOUN NN nsubjpass 3 O
        2 was be AUX VBD auxpass 3 O
        3 held hold VERB VBN ROOT 3 O
        4 at at ADP IN prep 3 O
        5 Vantor Vantor PROPN NNP poss 7 B-ORG
        6 's 's PART POS case 5 O
        7 headquarters headquarters NOUN NN pobj 4 O
        8 located locate VERB VBN acl 7 O
        9 in in ADP IN prep 8 O
        10 Bergen Bergen PROPN NNP pobj 9 B-GPE
        11 . . PUNCT . punct 3 O
    """, {('based-headquarters', 'Vantor', 'Bergen', None)},
        id="The show was held at Vantor's headquarters located in Bergen."),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP poss 4 B-ORG
        1 's 's PART POS case 0 O
        2 Zephyr Zephyr PROPN NNP nmod 4 B-PRODUCT
        3 handheld handheld ADJ JJ amod 4 O
        4 console console NOUN NN nsubj 6 O
        5 can can AUX MD aux 6 O
        6 play play VERB VB ROOT 6 O
        7 games game NOUN NNS dobj 6 O
        8 and and CCONJ CC cc 7 O
        9 music music NOUN NN conj 7 O
        10 . . PUNCT . punct 6 O
    """, {('capability-can', 'Zephyr', 'play games and music', None), ('maker-possessive-noun', 'Zephyr', 'Kestrel', None)},
        id="Kestrel's Zephyr handheld console can play games and music. (the product's noun is the subject)"),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 4 B-PRODUCT
        2 can can AUX MD aux 4 O
        3 not not PART RB neg 4 O
        4 play play VERB VB ROOT 4 O
        5 films film NOUN NNS dobj 4 O
        6 . . PUNCT . punct 4 O
    """, set(), id='The Zephyr cannot play films. (a capability denied)'),
    pytest.param("""
        0 Fans fan NOUN NNS nsubj 1 O
        1 love love VERB VBP ROOT 1 O
        2 how how SCONJ WRB advmod 3 O
        3 much much ADJ JJ dobj 7 O
        4 the the DET DT det 5 O
        5 Zephyr Zephyr PROPN NNP nsubj 7 B-PRODUCT
        6 can can AUX MD aux 7 O
        7 do do VERB VB ccomp 1 O
        8 . . PUNCT . punct 1 O
    """, set(), id='Fans love how much the Zephyr can do. (points at a capability, names none)'),
    pytest.param("""
        0 Critics critic NOUN NNS nsubj 1 O
        1 praised praise VERB VBD ROOT 1 O
        2 the the DET DT det 6 O
        3 award award NOUN NN npadvmod 5 O
        4 - - PUNCT HYPH punct 5 O
        5 winning win VERB VBG amod 6 O
        6 Zephyr Zephyr PROPN NNP dobj 1 B-PRODUCT
        7 . . PUNCT . punct 1 O
    """, set(), id='Critics praised the award-winning Zephyr. (a judgement)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP nsubj 1 B-ORG
        1 said say VERB VBD ROOT 1 O
        2 the the DET DT det 3 O
        3 Zephyr Zephyr PROPN NNP nsubj 4 B-PRODUCT
        4 was be AUX VBD ccomp 1 O
        5 the the DET DT det 9 O
        6 quickest quick ADV RBS advmod 8 O
        7 - - PUNCT HYPH punct 8 O
        8 moving move VERB VBG amod 9 O
        9 robot robot NOUN NN attr 4 O
        10 yet yet ADV RB advmod 4 O
        11 . . PUNCT . punct 1 O
    """, set(), id='Kestrel said the Zephyr was the quickest-moving robot yet. (a superlative ranks, it does not describe)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 makes make VERB VBZ ROOT 1 O
        2 the the DET DT det 3 O
        3 Zephyr Zephyr PROPN NNP dobj 1 B-PRODUCT
        4 . . PUNCT . punct 1 O
        5 Vantor Vantor PROPN NNP nsubj 7 B-ORG
        6 will will AUX MD aux 7 O
        7 ship ship VERB VB ROOT 7 O
        8 it it PRON PRP dobj 7 O
        9 in in ADP IN prep 7 O
        10 May May PROPN NNP pobj 9 B-DATE
        11 and and CCONJ CC cc 7 O
        12 the the DET DT det 13 O
        13 console console NOUN NN nsubj 15 O
        14 should should AUX MD aux 15 O
        15 sell sell VERB VB conj 7 O
        16 well well ADV RB advmod 15 O
        17 . . PUNCT . punct 15 O
        18 It it PRON PRP nsubj 20 O
        19 will will AUX MD aux 20 O
        20 store store VERB VB ROOT 20 O
        21 500 500 NUM CD nummod 22 B-CARDINAL
        22 songs song NOUN NNS dobj 20 O
        23 . . PUNCT . punct 20 O
    """, {('capability-capacity-anaphora', 'Zephyr', 'store 500 songs', None), ('maker-verb', 'Zephyr', 'Vantor', None)},
        id='Vantor makes the Zephyr. Vantor will ship it in May and the console should sell well. It will store 500 songs. '
           '("it" is the subject before it, "the console": the product)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 makes make VERB VBZ ROOT 1 O
        2 the the DET DT det 3 O
        3 Zephyr Zephyr PROPN NNP dobj 1 B-PRODUCT
        4 . . PUNCT . punct 1 O
        5 The the DET DT det 6 O
        6 company company NOUN NN nsubj 7 O
        7 expects expect VERB VBZ ROOT 7 O
        8 strong strong ADJ JJ amod 9 O
        9 sales sale NOUN NNS dobj 7 O
        10 . . PUNCT . punct 7 O
        11 It it PRON PRP nsubj 13 O
        12 will will AUX MD aux 13 O
        13 store store VERB VB ROOT 13 O
        14 500 500 NUM CD nummod 15 B-CARDINAL
        15 songs song NOUN NNS dobj 13 O
        16 . . PUNCT . punct 13 O
    """, {('maker-verb', 'Zephyr', 'Vantor', None)},
        id='Vantor makes the Zephyr. The company expects strong sales. It will store 500 songs. '
           '("it" is the company, the subject before it)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 showed show VERB VBD ROOT 1 O
        2 a a DET DT det 5 O
        3 new new ADJ JJ amod 5 O
        4 Zephyr Zephyr PROPN NNP compound 5 B-PRODUCT
        5 feature feature NOUN NN dobj 1 O
        6 that that PRON WDT nsubj 7 O
        7 mirrors mirror VERB VBZ relcl 5 O
        8 a a DET DT det 9 O
        9 user user NOUN NN poss 11 O
        10 's 's PART POS case 9 O
        11 library library NOUN NN dobj 7 O
        12 . . PUNCT . punct 1 O
    """, {('capability-does', 'Zephyr', "mirrors a user's library", None)},
        id="Vantor showed a new Zephyr feature that mirrors a user's library. (what its feature does)"),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 sells sell VERB VBZ ROOT 1 O
        2 the the DET DT det 3 O
        3 Zephyr Zephyr PROPN NNP dobj 1 B-PRODUCT
        4 , , PUNCT , punct 3 O
        5 a a DET DT det 6 O
        6 console console NOUN NN appos 3 O
        7 that that PRON WDT nsubj 9 O
        8 also also ADV RB advmod 9 O
        9 plays play VERB VBZ relcl 6 O
        10 films film NOUN NNS dobj 9 O
        11 . . PUNCT . punct 1 O
    """, {('capability-does', 'Zephyr', 'plays films', None), ('maker-verb', 'Zephyr', 'Vantor', None)},
        id='Vantor sells the Zephyr, a console that also plays films. (what the noun it is said to be does)'),
    pytest.param("""
        0 Lumen Lumen PROPN NNP nsubj 1 B-ORG
        1 owns own VERB VBZ ROOT 1 O
        2 Zephyr Zephyr PROPN NNP dobj 1 B-PRODUCT
        3 , , PUNCT , punct 2 O
        4 which which PRON WDT nsubj 5 O
        5 rates rate VERB VBZ relcl 2 O
        6 hotels hotel NOUN NNS dobj 5 O
        7 . . PUNCT . punct 1 O
    """, set(), id='Lumen owns Zephyr, which rates hotels. (said of the name alone: as likely a firm as a product)'),
    pytest.param("""
        0 The the DET DT det 3 O
        1 new new ADJ JJ amod 3 O
        2 Zephyr Zephyr PROPN NNP compound 3 B-PRODUCT
        3 design design NOUN NN nsubj 4 O
        4 features feature VERB VBZ ROOT 4 O
        5 a a DET DT det 7 O
        6 larger large ADJ JJR amod 7 O
        7 screen screen NOUN NN dobj 4 O
        8 . . PUNCT . punct 4 O
    """, {('capability-features', 'Zephyr', 'larger screen', None)},
        id='The new Zephyr design features a larger screen. (its design is the product)'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 Zephyr Zephyr PROPN NNP nsubj 2 B-PRODUCT
        2 is be AUX VBZ ROOT 2 O
        3 cheap cheap ADJ JJ acomp 2 O
        4 . . PUNCT . punct 2 O
        5 It it PRON PRP nsubj 8 O
        6 does do AUX VBZ aux 8 O
        7 not not PART RB neg 8 O
        8 have have VERB VB ROOT 8 O
        9 a a DET DT det 10 O
        10 camera camera NOUN NN dobj 8 O
        11 . . PUNCT . punct 8 O
    """, set(), id='The Zephyr is cheap. It does not have a camera. (what it lacks)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 launched launch VERB VBD ROOT 1 O
        2 the the DET DT det 3 O
        3 Zephyr Zephyr PROPN NNP dobj 1 B-PRODUCT
        4 , , PUNCT , punct 3 O
        5 a a DET DT det 6 O
        6 tool tool NOUN NN appos 3 O
        7 to to PART TO aux 8 O
        8 track track VERB VB relcl 6 O
        9 runs run NOUN NNS dobj 8 O
        10 . . PUNCT . punct 1 O
    """, {('capability-purpose', 'Zephyr', 'track runs', None), ('maker-verb', 'Zephyr', 'Vantor', None)},
        id='Vantor launched the Zephyr, a tool to track runs. (what it is for)'),
    pytest.param("""
        0 Vantor Vantor PROPN NNP nsubj 1 B-ORG
        1 unveiled unveil VERB VBD ROOT 1 O
        2 the the DET DT det 3 O
        3 Zephyr Zephyr PROPN NNP dobj 1 B-PRODUCT
        4 , , PUNCT , punct 3 O
        5 a a DET DT det 6 O
        6 phone phone NOUN NN appos 3 O
        7 to to PART TO aux 8 O
        8 go go VERB VB relcl 6 O
        9 on on ADP IN prep 8 O
        10 sale sale NOUN NN pobj 9 O
        11 in in ADP IN prep 8 O
        12 May May PROPN NNP pobj 11 B-DATE
        13 . . PUNCT . punct 1 O
    """, {('maker-verb', 'Zephyr', 'Vantor', None)},
        id='Vantor unveiled the Zephyr, a phone to go on sale in May. (what becomes of it is no capability; nor a '
           'bare kind of thing)'),
    pytest.param("""
        0 Kestrel Kestrel PROPN NNP compound 1 B-ORG
        1 Labs Labs PROPN NNP nsubjpass 10 I-ORG
        2 , , PUNCT , punct 1 O
        3 makers maker NOUN NNS appos 1 O
        4 of of ADP IN prep 3 O
        5 the the DET DT det 7 O
        6 Zorbit Zorbit PROPN NNP compound 7 B-PRODUCT
        7 software software NOUN NN pobj 4 O
        8 , , PUNCT , punct 1 O
        9 was be AUX VBD auxpass 10 O
        10 bought buy VERB VBN ROOT 10 O
        11 in in ADP IN prep 10 O
        12 2003 2003 NUM CD pobj 11 B-DATE
        13 . . PUNCT . punct 10 O
    """, {('maker-of', 'Zorbit', 'Kestrel Labs', None)},
        id='Kestrel Labs, makers of the Zorbit software, was bought in 2003.'),
    pytest.param("""
        0 The the DET DT det 1 O
        1 union union NOUN NN nsubj 3 O
        2 is be AUX VBZ aux 3 O
        3 suing sue VERB VBG ROOT 3 O
        4 Kestrel Kestrel PROPN NNP compound 5 B-ORG
        5 Networks Networks PROPN NNP dobj 3 I-ORG
        6 , , PUNCT , punct 5 O
        7 the the DET DT det 8 O
        8 company company NOUN NN appos 5 O
        9 behind behind ADP IN prep 8 O
        10 the the DET DT det 12 O
        11 Zorbit Zorbit PROPN NNP compound 12 B-PERSON
        12 player player NOUN NN pobj 9 O
        13 . . PUNCT . punct 3 O
    """, {('maker-of', 'Zorbit', 'Kestrel Networks', None)},
        id='The union is suing Kestrel Networks, the company behind the Zorbit player. (a product, whatever the '
           'model read it as)'),
    pytest.param("""
        0 He he PRON PRP nsubj 1 O
        1 joined join VERB VBD ROOT 1 O
        2 Kestrel Kestrel PROPN NNP compound 3 B-ORG
        3 Studios Studios PROPN NNP dobj 1 I-ORG
        4 , , PUNCT , punct 3 O
        5 which which PRON WDT nsubj 6 O
        6 produced produce VERB VBD relcl 3 O
        7 Zorbit Zorbit PROPN NNP dobj 6 B-PRODUCT
        8 in in ADP IN prep 6 O
        9 1999 1999 NUM CD pobj 8 B-DATE
        10 . . PUNCT . punct 1 O
    """, {('maker-verb', 'Zorbit', 'Kestrel Studios', None)},
        id='He joined Kestrel Studios, which produced Zorbit in 1999. (the subject of a relative clause)'),
    pytest.param("""
        0 Shares share NOUN NNS nsubj 10 O
        1 in in ADP IN prep 0 O
        2 Vantor Vantor PROPN NNP pobj 1 B-ORG
        3 , , PUNCT , punct 2 O
        4 the the DET DT det 5 O
        5 firm firm NOUN NN appos 2 O
        6 behind behind ADP IN prep 5 O
        7 Ann Ann PROPN NNP compound 8 B-PERSON
        8 Ruiz Ruiz PROPN NNP pobj 6 I-PERSON
        9 , , PUNCT , punct 2 O
        10 fell fall VERB VBD ROOT 10 O
        11 . . PUNCT . punct 10 O
    """, set(), id='Shares in Vantor, the firm behind Ann Ruiz, fell. (a person is made by no one)'),]


@pytest.mark.parametrize("table, expected", CASES)
def test_fact_constructions(table, expected):
    assert family_facts(table) == expected


def test_a_guess_leaves_a_description_read_back_standing():
    """A description read back to the firm named last is dropped where another rule reads that
    firm based in another country, not where the classifier or the article's country guesses so."""
    vantor, japan, germany = EntityRef(ORGANIZATION, "Vantor"), EntityRef(COUNTRY, "Japan"), EntityRef(COUNTRY, "Germany")

    def based(country, rule, confidence):
        return Fact(BASED_IN, vantor, country, None, Evidence("a", 0, 1, "x", rule, confidence))

    described = based(japan, origins.DESCRIBED_BEFORE, 0.8)
    for guess in ("learned-orgbased_in", origins.ARTICLE_COUNTRY):
        assert origins.without_contradicted([described, based(germany, guess, 0.9)]) == [
            described, based(germany, guess, 0.9)]
    # ("the Japanese-German group": one description, two countries)
    both = [described, based(germany, origins.DESCRIBED_BEFORE, 0.8)]
    assert origins.without_contradicted(both) == both
    assert origins.without_contradicted([described, based(germany, "based-descriptor", 0.99)]) == [
        based(germany, "based-descriptor", 0.99)]
    assert origins.without_contradicted([described, based(japan, "based-descriptor", 0.99)]) == [
        described, based(japan, "based-descriptor", 0.99)]


def test_a_match_between_national_teams_is_no_rivalry():
    table = """
        0 Scotland Scotland PROPN NNP nsubj 1 B-GPE
        1 beat beat VERB VBD ROOT 1 O
        2 Italy Italy PROPN NNP dobj 1 B-GPE
        3 20 20 NUM CD npadvmod 1 B-DATE
        4 - - SYM SYM punct 5 I-DATE
        5 10 10 NUM CD prep 3 I-DATE
        6 in in ADP IN prep 1 O
        7 the the DET DT det 9 B-EVENT
        8 Six six NUM CD nummod 9 I-EVENT
        9 Nations nation NOUN NNS pobj 6 I-EVENT
        10 . . PUNCT . punct 1 O
    """
    assert not {f for f in family_facts(table) if f[0].startswith("rivalry")}
