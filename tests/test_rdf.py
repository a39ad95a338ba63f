"""Facts to RDF, on hand-built records (no model)."""
from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, SKOS, Graph, Literal

from kg.graph.build import GraphBuilder, StreamingBuilder, combined_confidence, to_graph
from kg.graph.namespaces import KG, ORG, PROV, SCHEMA
from kg.graph.terms import decimal
from kg.model import (
    CAPABILITY,
    COUNTRY,
    EVENT,
    NAMED_WITH_MAKER,
    ORGANIZATION,
    PERSON,
    PLACE,
    PRODUCT,
    ROLE,
    Article,
    ArticleResult,
    EntityRef,
    Evidence,
    Fact,
)

CHINA, US = EntityRef(COUNTRY, "China"), EntityRef(COUNTRY, "United States")


def result(aid, entities, facts=(), iso=None):
    art = Article(aid, f"Title {aid}", "text " * 20, f"{aid}.txt")
    return ArticleResult(art, entities, list(facts), iso or {}, 20)


def ev(aid, start=0, rule="r", conf=0.5):
    return Evidence(aid, start, start + 5, "text ", rule, conf)


def test_names_differing_in_case_are_one_node_with_one_label():
    g = to_graph([result("a", {EntityRef(ORGANIZATION, "Nasdaq"): {"Nasdaq"}}),
                  result("b", {EntityRef(ORGANIZATION, "NASDAQ"): {"NASDAQ"}}),
                  result("c", {EntityRef(ORGANIZATION, "Nasdaq"): {"Nasdaq"}})])
    (node,) = set(g.subjects(RDF.type, SCHEMA.Organization))
    assert list(g.objects(node, RDFS.label)) == [Literal("Nasdaq")]
    assert set(g.objects(node, SKOS.altLabel)) == {Literal("NASDAQ")}


@pytest.mark.parametrize("names", [
    ("Vantor Builder's Guild", "Vantor Builders Guild", "Vantor Builder's Guild"),
    ("Kestrel & Vane Partners", "Kestrel and Vane Partners", "Kestrel & Vane Partners"),
])
def test_names_differing_in_an_apostrophe_or_an_ampersand_are_one_node(names):
    g = to_graph([result(aid, {EntityRef(ORGANIZATION, name): {name}}) for aid, name in zip("abc", names)])
    (node,) = set(g.subjects(RDF.type, SCHEMA.Organization))
    assert list(g.objects(node, RDFS.label)) == [Literal(names[0])]
    assert set(g.objects(node, SKOS.altLabel)) == {Literal(names[1])}


def test_a_fact_about_names_differing_in_case_is_one_fact():
    # "Nasdaq" and "NASDAQ" share an IRI; their facts must not become two sets of fields on one node
    nasdaq, caps = EntityRef(ORGANIZATION, "Nasdaq"), EntityRef(ORGANIZATION, "NASDAQ")
    g = to_graph([result("a", {nasdaq: {"Nasdaq"}, US: {"US"}}, [Fact("based_in", nasdaq, US, None, ev("a", 0, conf=0.5))]),
                  result("b", {caps: {"NASDAQ"}, US: {"US"}},
                         [Fact("based_in", caps, US, None, ev("b", 0, rule="s", conf=0.5))])])
    (statement,) = set(g.subjects(RDF.predicate, KG.basedIn))
    assert list(g.objects(statement, KG.confidence)) == [decimal(0.75)]  # noisy-or of two rules' 0.5
    assert len(list(g.objects(statement, KG.evidence))) == 2
    assert len(list(g.objects(statement, KG.charStart))) == 1


def test_same_name_different_class_is_two_nodes():
    g = to_graph([result("a", {EntityRef(PERSON, "Jordan"): {"Jordan"}, EntityRef(COUNTRY, "Jordan"): {"Jordan"}})])
    assert len(set(g.subjects(RDFS.label, Literal("Jordan")))) == 2


def test_same_fact_in_two_articles_is_one_fact_with_two_evidence_records():
    facts_a = [Fact("rivalry", CHINA, US, None, ev("a", 0, conf=0.6))]
    facts_b = [Fact("rivalry", CHINA, US, None, ev("b", 10, rule="s", conf=0.5))]
    g = to_graph([result("a", {CHINA: {"China"}, US: {"U.S."}}, facts_a, {CHINA: "CN", US: "US"}),
                  result("b", {CHINA: {"China"}, US: {"US"}}, facts_b, {CHINA: "CN", US: "US"})])
    (st,) = set(g.subjects(RDF.type, RDF.Statement))
    assert len(set(g.objects(st, KG.evidence))) == 2
    assert len(set(g.objects(st, PROV.wasDerivedFrom))) == 2
    assert float(g.value(st, KG.confidence)) == 0.8  # 1 - 0.4 * 0.5
    china, us = g.value(st, RDF.subject), g.value(st, RDF.object)
    assert (china, KG.rivalOf, us) in g and (us, KG.rivalOf, china) in g
    assert set(g.objects(us, SKOS.altLabel)) == {Literal("U.S."), Literal("US")}
    assert g.value(us, KG.isoCode) == Literal("US")


def test_membership_and_job_title():
    p, o = EntityRef(PERSON, "Tim Cook"), EntityRef(ORGANIZATION, "Apple")
    facts = [Fact("role", p, o, "chief executive", ev("a")), Fact("role", p, None, "engineer", ev("a", 9))]
    g = to_graph([result("a", {p: {"Tim Cook", "Cook"}, o: {"Apple"}}, facts)])
    (m,) = set(g.subjects(RDF.type, ORG.Membership))
    assert g.value(g.value(m, ORG.role), RDFS.label) == Literal("chief executive")
    assert g.value(m, KG.extractor) == Literal("r") and g.value(m, KG.charStart) == Literal(0)
    person = g.value(m, ORG.member)
    assert g.value(person, SCHEMA.jobTitle) == Literal("engineer")


def test_a_role_spelt_two_ways_is_one_membership_with_the_spelling_most_used():
    # "director-general" and "director general" are one role node; a membership in either is one fact
    p, o = EntityRef(PERSON, "Tom Hale"), EntityRef(ORGANIZATION, "Vantor Guild")
    spellings = ["director-general", "director general", "director-general", "Director-General"]
    g = to_graph([result(aid, {p: {"Tom Hale"}, o: {"Vantor Guild"}}, [Fact("role", p, o, role, ev(aid))])
                  for aid, role in zip("abcd", spellings)])
    (m,) = set(g.subjects(RDF.type, ORG.Membership))
    assert len(set(g.objects(m, KG.evidence))) == 4
    assert list(g.objects(g.value(m, ORG.role), RDFS.label)) == [Literal("director-general")]


def test_a_job_title_opening_a_sentence_takes_the_spelling_in_lower_case():
    p = EntityRef(PERSON, "Tom Hale")
    g = to_graph([result(aid, {p: {"Tom Hale"}}, [Fact("role", p, None, title, ev(aid))])
                  for aid, title in zip("abc", ["Economy minister", "Economy minister", "economy minister"])])
    (statement,) = set(g.subjects(RDF.predicate, SCHEMA.jobTitle))
    assert g.value(statement, RDF.object) == Literal("economy minister")
    # a capital that names something stays, though a sighting writes the role in lower case
    g = to_graph([result(aid, {p: {"Tom Hale"}}, [Fact("role", p, None, title, ev(aid))])
                  for aid, title in zip("abc", ["Oscar-winning director", "Oscar-winning director",
                                                "oscar winning director"])])
    (statement,) = set(g.subjects(RDF.predicate, SCHEMA.jobTitle))
    assert g.value(statement, RDF.object) == Literal("Oscar-winning director")


def test_government_bodies_and_parties_get_their_kind_as_a_second_type():
    p = EntityRef(PERSON, "Ann Lee")
    senate, party, firm = (EntityRef(ORGANIZATION, n) for n in ("Senate", "Labour", "Acme"))
    facts = [Fact("role", p, o, None, ev("a", i)) for i, o in enumerate((senate, party, firm))]
    g = to_graph([result("a", {p: {"Ann Lee"}, senate: {"Senate"}, party: {"Labour"}, firm: {"Acme"}}, facts)])
    kinds = {str(g.value(n, RDFS.label)): {t for t in g.objects(n, RDF.type)} for n in g.subjects(RDF.type, SCHEMA.Organization)}
    assert kinds == {"Senate": {SCHEMA.Organization, SCHEMA.GovernmentOrganization},
                     "Labour": {SCHEMA.Organization, SCHEMA.PoliticalParty}, "Acme": {SCHEMA.Organization}}


def test_capability_node():
    prod, cap = EntityRef(PRODUCT, "Sora"), EntityRef(CAPABILITY, "text-to-video AI generator")
    g = to_graph([result("a", {prod: {"Sora"}}, [Fact("capability", prod, cap, None, ev("a"))])])
    (c,) = set(g.subjects(RDF.type, KG.Capability))
    assert g.value(c, RDFS.label) == Literal("text-to-video AI generator")


@pytest.mark.parametrize("sightings, expected", [
    ([ev("a", conf=0.7)], 0.7),
    # two rules, two sentences: independent, noisy-or
    ([ev("a", rule="r", conf=0.5), ev("b", rule="s", conf=0.5)], 0.75),
    # one rule firing again elsewhere: its mistakes are systematic, its best sighting counts
    ([ev("a", rule="r", conf=0.5), ev("b", rule="r", conf=0.5), ev("c", rule="r", conf=0.3)], 0.5),
    # two rules reading one sentence: the sentence counts once, with the more confident rule
    ([ev("a", rule="r", conf=0.55), ev("a", rule="s", conf=0.57)], 0.57),
    ([ev("a", rule="r", conf=0.5), ev("b", rule="r", conf=0.6), ev("c", rule="s", conf=0.5)], 0.8),
    # two rules that read one signal (a country named near a place) count as one
    ([ev("a", rule="located-article-country", conf=0.55), ev("b", rule="located-near-country", conf=0.57)], 0.57),
    ([ev("a", rule="located-article-country", conf=0.55), ev("b", rule="located-near-country", conf=0.57),
      ev("c", rule="located-comma", conf=0.64)], 0.8452),
    # so do a place's name by a person's and the classifier's guess from the same words
    ([ev("a", rule="origin-descriptor", conf=0.6), ev("b", rule="learned-live_in", conf=0.73)], 0.73),
])
def test_combined_confidence(sightings, expected):
    assert round(combined_confidence(sightings), 6) == expected


def test_a_name_takes_its_majority_class_across_the_corpus_and_misfit_facts_go():
    from kg.mentions.corpus import corpus_classes

    labour_org, labour_person = EntityRef(ORGANIZATION, "Labour"), EntityRef(PERSON, "Labour")
    blair = EntityRef(PERSON, "Tony Blair")
    results = [result(str(i), {labour_org: {"Labour"}}) for i in range(3)]
    # one article misreads the party as a person, and a role fact hangs on that misreading
    results.append(result("x", {labour_person: {"Labour"}, blair: {"Tony Blair"}},
                          [Fact("role", labour_person, None, "leader", ev("x")),
                           Fact("role", blair, labour_person, "leader", ev("x", 5))]))
    g = to_graph(results)
    assert set(g.subjects(RDFS.label, Literal("Labour"))) == set(g.subjects(RDF.type, SCHEMA.Organization))
    assert not set(g.subjects(RDF.type, SCHEMA.Person)) - {g.value(predicate=RDFS.label, object=Literal("Tony Blair"))}
    (m,) = set(g.subjects(RDF.type, ORG.Membership))  # Blair's membership now points at the party
    assert g.value(g.value(m, ORG.organization), RDFS.label) == Literal("Labour")
    assert (None, SCHEMA.jobTitle, Literal("leader")) not in g  # a party has no job title
    # no majority, no change
    assert corpus_classes({"jordan": {"Person": 1, "Place": 1}}) == {}
    assert corpus_classes({"chelsea": {"Organization": 8, "Person": 2, "Country": 5}}) == {("chelsea", "Person"): "Organization"}


def test_a_name_the_model_reads_as_a_person_takes_the_one_class_cues_bore_out():
    from kg.mentions.corpus import corpus_classes

    # "the band Kestrel Hale" in three articles, the model's person in sixteen: a band
    seen = {"kestrel hale": {"Person": 16, "Organization": 3}}
    assert corpus_classes(seen, cued={"kestrel hale": {"Organization": 3}}) == {("kestrel hale", "Person"): "Organization"}
    # one or two cues may misfire; cues that disagree, or a cue for the person, decide nothing
    for n in (1, 2):
        assert corpus_classes(seen, cued={"kestrel hale": {"Organization": n}}) == {("kestrel hale", "Organization"): "Person"}
    both = {"kestrel hale": {"Person": 16, "Organization": 3, "Product": 2}}
    assert corpus_classes(both, cued={"kestrel hale": {"Organization": 3, "Product": 2}}).get(("kestrel hale", "Person")) is None
    assert corpus_classes(seen, cued={"kestrel hale": {"Organization": 3, "Person": 1}}).get(("kestrel hale", "Person")) is None
    # nor where the majority is a place: the town and its club stay apart
    assert corpus_classes({"kestrelton": {"Place": 44, "Organization": 8}},
                          cued={"kestrelton": {"Organization": 8}}) == {}


def test_a_cue_for_a_person_folded_into_the_commoner_reading_does_not_bear_it_out():
    from kg.mentions.corpus import corpus_classes

    # "Zephyr" a film by its cues in four articles, a firm by the model's guess in ten, and a
    # person in one (by a cue): the film, everywhere, the person's article too
    seen = {"zephyr": {"Product": 4, "Organization": 10, "Person": 1}}
    remap = corpus_classes(seen, cued={"zephyr": {"Product": 4, "Person": 1}})
    assert remap == {("zephyr", "Organization"): "Product", ("zephyr", "Person"): "Product"}
    # a cue that bore the firm out as a firm still keeps the firm's majority
    remap = corpus_classes(seen, cued={"zephyr": {"Product": 4, "Organization": 1}})
    assert remap.get(("zephyr", "Organization")) is None


def test_a_club_the_corpus_reads_as_its_town_leaves_the_role_as_a_job_title():
    # one article's "Kestrelton boss Tom Hale" reads the club; four read the town: the club's
    # membership cannot stand, and the boss is still the Kestrelton boss
    town, club = EntityRef(PLACE, "Kestrelton"), EntityRef(ORGANIZATION, "Kestrelton")
    hale, ruiz = EntityRef(PERSON, "Tom Hale"), EntityRef(PERSON, "Ann Ruiz")
    results = [result(str(i), {town: {"Kestrelton"}}) for i in range(4)]
    results.append(result("x", {club: {"Kestrelton"}, hale: {"Tom Hale"}, ruiz: {"Ann Ruiz"}},
                          [Fact("role", hale, club, "boss", ev("x")),
                           Fact("role", ruiz, club, "spokeswoman", ev("x", 5))]))
    g = to_graph(results)
    assert not set(g.subjects(RDF.type, ORG.Membership))
    hale_node = g.value(predicate=RDFS.label, object=Literal("Tom Hale"))
    assert set(g.objects(hale_node, SCHEMA.jobTitle)) == {Literal("Kestrelton boss")}
    # a role no club has is no club's title: it goes with the membership
    assert (g.value(predicate=RDFS.label, object=Literal("Ann Ruiz")), SCHEMA.jobTitle, None) not in g


def test_a_job_title_that_opens_with_a_firm_the_corpus_knows_is_a_job_there():
    from kg.mentions.corpus import title_employer
    from kg.precision import measured_precision

    known = {"kestrel": 3, "vantor group": 5, "zephyr": 1, "party": 9, "committee": 4}
    assert title_employer("Kestrel chief executive", known) == ("Kestrel", "chief executive", None)
    assert title_employer("Zephyr chief executive", known) == ("Zephyr", "chief executive", None)  # one article's reading
    assert title_employer("Vantor Group finance director", known) == ("Vantor Group", "finance director", None)
    assert title_employer("Kestrel striker", known) == ("Kestrel", "striker", None)
    # a job that was, or will be
    assert title_employer("former Kestrel boss", known) == ("Kestrel", "boss", "former")
    assert title_employer("ex-Kestrel boss", known) == ("Kestrel", "boss", "former")
    assert title_employer("incoming Vantor Group finance director", known) == ("Vantor Group", "finance director", "future")
    # a name the corpus never reads as a firm; a role no firm has, or two jobs, or a body of its own
    # in the role; a bare noun of bodies, or of a body's part; a title with no name before the role
    for title in ("Zorbit chief executive", "Kestrel star", "Kestrel singer and record company boss",
                  "Kestrel audit committee chairman", "Party chief executive", "Committee chairman",
                  "former chief executive", "Kestrel", "former Kestrel"):
        assert title_employer(title, known) is None, title
    # in a graph: "Kestrel boss Ann Ruiz" in an article where the model missed the firm
    kestrel, ruiz = EntityRef(ORGANIZATION, "Kestrel"), EntityRef(PERSON, "Ann Ruiz")
    results = [result(str(i), {kestrel: {"Kestrel"}}) for i in range(3)]
    title = Fact("role", ruiz, None, "Kestrel boss", ev("x", rule="role-premodifier-title", conf=0.9))
    results.append(result("x", {ruiz: {"Ann Ruiz"}}, [title]))
    g = to_graph(results)
    (m,) = set(g.subjects(RDF.type, ORG.Membership))
    assert g.value(g.value(m, ORG.organization), RDFS.label) == Literal("Kestrel")
    assert g.value(g.value(m, ORG.role), RDFS.label) == Literal("boss")
    assert (None, SCHEMA.jobTitle, None) not in g
    assert g.value(m, KG.extractor) == Literal("role-title-employer")
    assert float(g.value(m, KG.confidence)) == measured_precision()["role-title-employer"]
    # ... not where no other article reads the firm
    g = to_graph(results[3:])
    assert not set(g.subjects(RDF.type, ORG.Membership))
    assert (None, SCHEMA.jobTitle, Literal("Kestrel boss")) in g
    # "ex-Kestrel boss Ann Ruiz": a job there that was
    was = Fact("role", ruiz, None, "ex-Kestrel boss", ev("x", rule="role-premodifier-title", conf=0.9))
    g = to_graph([*results[:3], result("x", {ruiz: {"Ann Ruiz"}}, [was])])
    (m,) = set(g.subjects(RDF.type, ORG.Membership))
    assert g.value(g.value(m, ORG.role), RDFS.label) == Literal("boss") and g.value(m, KG.status) == KG.Former


def test_a_job_title_that_names_a_firm_the_corpus_knows_after_the_role_is_a_job_there():
    from kg.mentions.corpus import title_employer

    known = {"kestrel": 3, "vantor group": 5, "zephyr pro": 1, "council for fair trade": 2, "zorbit": 2}
    # "Ann Ruiz, deputy editor at Zephyr Pro": the model read the magazine as something else there
    assert title_employer("deputy editor at Zephyr Pro", known) == ("Zephyr Pro", "deputy editor", None)
    assert title_employer("chief executive of Kestrel, a music download service", known) == (
        "Kestrel", "chief executive", None)
    assert title_employer("economist with the Vantor Group in London", known) == ("Vantor Group", "economist", None)
    assert title_employer("director general of the Council for Fair Trade", known) == (
        "Council for Fair Trade", "director general", None)
    assert title_employer("former spokesman for Kestrel", known) == ("Kestrel", "spokesman", "former")
    # a name the corpus never reads as a firm; a role no firm has; a role with a body of its own, or
    # two jobs; a name that only says what the body is of ("the Kestrel audit committee"); a possessive's
    # unit; a capitalised role (an award's category)
    for title in ("deputy editor at Harlowfield Weekly", "star of Kestrel", "committee chairman of Kestrel",
                  "singer and chief executive of Kestrel",
                  "chairman of the Kestrel audit committee", "spokesman for Zorbit software",
                  "head of Kestrel's games unit", "Best director for Kestrel"):
        assert title_employer(title, known) is None, title


def test_the_last_word_of_a_name_taken_for_it_counts_as_a_reading_of_that_word():
    # Three articles take "the Assembly" for the Vantor Assembly they name; one reads "Assembly"
    # alone as an organisation, one as a product: the organisation reading holds there too.
    assembly = EntityRef(ORGANIZATION, "Vantor Assembly")
    results = [result(str(i), {assembly: {"Vantor Assembly", "Assembly"}}) for i in range(3)]
    results.append(result("o", {EntityRef(ORGANIZATION, "Assembly"): {"Assembly"}}))
    results.append(result("p", {EntityRef(PRODUCT, "Assembly"): {"Assembly"}}))
    g = to_graph(results)
    assert not set(g.subjects(RDF.type, SCHEMA.Product))
    (node,) = {n for n in g.subjects(RDFS.label, Literal("Assembly"))}
    assert (node, RDF.type, SCHEMA.Organization) in g


def test_a_one_word_person_reading_gives_way_unless_it_is_a_known_surname():
    from kg.mentions.corpus import corpus_classes

    # the club, though the model read it as a person in more articles
    assert corpus_classes({"everton": {"Person": 13, "Organization": 6}}) == {("everton", "Person"): "Organization"}
    # the person reading goes; city and club stay two things
    assert corpus_classes({"liverpool": {"Person": 1, "Place": 23, "Organization": 22}}) == {
        ("liverpool", "Person"): "Place"}
    # someone the corpus names in full keeps the person reading
    assert corpus_classes({"hewitt": {"Person": 4, "Place": 4}}, surnames={"hewitt"}) == {}
    # one article's other reading does not decide; nor does it for a full name
    assert corpus_classes({"usher": {"Person": 2, "Organization": 1}}) == {}
    assert corpus_classes({"davis cup": {"Event": 5, "Person": 1, "Organization": 2, "Place": 8}}) == {}
    # a third as many articles at least; then the usual majority decides
    assert corpus_classes({"lauren": {"Person": 7, "Place": 2}}) == {("lauren", "Place"): "Person"}


def test_a_full_name_one_article_read_as_a_person_is_that_person_everywhere():
    ruiz_org, ruiz = EntityRef(ORGANIZATION, "Ann Ruiz"), EntityRef(PERSON, "Ann Ruiz")
    cued = result("c", {ruiz: {"Ann Ruiz"}})
    cued.cued.add(ruiz)  # "actress Ann Ruiz"
    g = to_graph([result("a", {ruiz_org: {"Ann Ruiz"}}), result("b", {ruiz_org: {"Ann Ruiz"}}), cued])
    (node,) = g.subjects(RDFS.label, Literal("Ann Ruiz"))
    assert (node, RDF.type, SCHEMA.Person) in g and not set(g.subjects(RDF.type, SCHEMA.Organization))


def test_with_no_majority_the_one_class_a_cue_bore_out_wins():
    from kg.mentions.corpus import corpus_classes

    # "actress Ann Ruiz" in two articles; elsewhere the model alone took the name for a firm
    seen = {"ann ruiz": {"Person": 5, "Organization": 4}}
    assert corpus_classes(seen, cued={"ann ruiz": {"Person": 2}}) == {("ann ruiz", "Organization"): "Person"}
    assert corpus_classes(seen, cued={}) == {}
    # one article's cue may have misfired: it does not decide alone
    assert corpus_classes(seen, cued={"ann ruiz": {"Person": 1}}) == {}
    assert corpus_classes({"vantor": {"Organization": 2, "Place": 2}}, cued={"vantor": {"Place": 1}}) == {}
    # ... unless it read a person's full name as one, and no cue read the name as anything else
    for name in ("Ann Ruiz", "Ann de Ruiz", "Tom McHale", "Ann Ruiz-Hale", "Ann Maria Ruiz"):
        key = name.casefold()
        assert corpus_classes({key: {"Person": 5, "Organization": 4}}, cued={key: {"Person": 1}},
                              names={key: name}) == {(key, "Organization"): "Person"}, name
    for name in ("VT Ruiz", "Zorbit 2000", "Vantor Group", "Kestrel United"):
        key = name.casefold()
        assert corpus_classes({key: {"Person": 5, "Organization": 4}}, cued={key: {"Person": 1}},
                              names={key: name}) == {}, name
    assert corpus_classes(seen, cued={"ann ruiz": {"Person": 1, "Organization": 1}}, names={"ann ruiz": "Ann Ruiz"}) == {}
    # a one-word name's person reading goes to the class it gives way to, and with it to the one borne out
    assert corpus_classes({"zorbit": {"Person": 1, "Place": 13, "Organization": 14}},
                          cued={"zorbit": {"Person": 1, "Organization": 1}}) == {
        ("zorbit", "Person"): "Organization", ("zorbit", "Place"): "Organization"}
    assert corpus_classes({"zorbit": {"Person": 1, "Place": 13, "Organization": 14}},
                          cued={"zorbit": {"Place": 2}}) == {
        ("zorbit", "Person"): "Place", ("zorbit", "Organization"): "Place"}
    # a town and a club of one name, each borne out somewhere, stay two things
    assert corpus_classes({"kestrel": {"Place": 5, "Organization": 4}},
                          cued={"kestrel": {"Place": 1, "Organization": 1}}) == {}
    # ... and so do a town and its club that cues bore out in two articles, though the model read
    # the town in far more (not from one article's cue, nor where a cue bore the town out too)
    seen = {"kestrelton": {"Place": 40, "Organization": 5, "Person": 1}}
    assert corpus_classes(seen, cued={"kestrelton": {"Organization": 2}}) == {("kestrelton", "Person"): "Place"}
    for cued in ({"Organization": 1}, {"Organization": 2, "Place": 1}):
        assert corpus_classes(seen, cued={"kestrelton": cued}) == {
            ("kestrelton", "Person"): "Place", ("kestrelton", "Organization"): "Place"}, cued


def test_a_class_cues_bore_out_outweighs_a_majority_no_cue_bore_out():
    from kg.mentions.corpus import corpus_classes

    # "the comedy Zephyr Days" in 5 of 22 articles; the model alone read a firm in the other 17
    seen = {"zephyr days": {"Organization": 17, "Product": 5}}
    assert corpus_classes(seen, cued={"zephyr days": {"Product": 5}}) == {("zephyr days", "Organization"): "Product"}
    # ... and over a lone cue for a third class, where it falls short of a majority
    assert corpus_classes({"zephyr days": {"Product": 10, "Organization": 8, "Person": 1}},
                          cued={"zephyr days": {"Product": 10, "Person": 1}}) == {
        ("zephyr days", "Organization"): "Product", ("zephyr days", "Person"): "Product"}
    # not where a cue bore out the majority's class too, nor from under a fifth of the articles
    assert corpus_classes(seen, cued={"zephyr days": {"Product": 5, "Organization": 1}}) == {
        ("zephyr days", "Product"): "Organization"}
    assert corpus_classes({"vantor": {"Organization": 13, "Person": 2}}, cued={"vantor": {"Person": 2}}) == {
        ("vantor", "Person"): "Organization"}
    # against the commoner reading, two articles' cues are not enough
    assert corpus_classes({"kestrel": {"Organization": 5, "Product": 2}}, cued={"kestrel": {"Product": 2}}) == {
        ("kestrel", "Product"): "Organization"}


def test_a_product_one_article_bore_out_is_that_product_where_the_model_read_a_firm():
    from kg.mentions.corpus import corpus_classes

    # "Vantor's Zephyr console" in one article; another read "Zephyr" alone as a firm
    assert corpus_classes({"zephyr": {"Product": 1, "Organization": 1}}, cued={"zephyr": {"Product": 1}}) == {
        ("zephyr", "Organization"): "Product"}
    assert corpus_classes({"zephyr x2": {"Product": 2, "Person": 1, "Place": 2}},
                          cued={"zephyr x2": {"Product": 1}}) == {
        ("zephyr x2", "Person"): "Product", ("zephyr x2", "Place"): "Product"}
    # not where the firm's reading is the commoner, nor where a cue bore out the firm too
    assert corpus_classes({"zephyr": {"Product": 1, "Organization": 2}}, cued={"zephyr": {"Product": 1}}) == {}
    assert corpus_classes({"zephyr": {"Product": 1, "Organization": 1}},
                          cued={"zephyr": {"Product": 1, "Organization": 1}}) == {}
    # another class borne out by one article still needs a second
    assert corpus_classes({"zephyr": {"Place": 1, "Organization": 1}}, cued={"zephyr": {"Place": 1}}) == {}
    # end to end: the cue travels with the article's result
    ruiz_p, ruiz_o = EntityRef(PERSON, "Ann Ruiz"), EntityRef(ORGANIZATION, "Ann Ruiz")
    results = [result(f"p{i}", {ruiz_p: {"Ann Ruiz"}}) for i in range(2)]
    results += [result(f"o{i}", {ruiz_o: {"Ann Ruiz"}}) for i in range(2)]
    results[0].cued = results[1].cued = {ruiz_p}
    g = to_graph(results)
    (node,) = set(g.subjects(RDFS.label, Literal("Ann Ruiz")))
    assert (node, RDF.type, SCHEMA.Person) in g


def test_a_lone_surname_joins_the_one_famous_full_name():
    tony, blair = EntityRef(PERSON, "Tony Blair"), EntityRef(PERSON, "Blair")
    brown_g, brown_w, brown = EntityRef(PERSON, "Gordon Brown"), EntityRef(PERSON, "Wes Brown"), EntityRef(PERSON, "Brown")
    results = [result(f"t{i}", {tony: {"Tony Blair"}, brown_g: {"Gordon Brown"}}) for i in range(9)]
    results += [result("w", {brown_w: {"Wes Brown"}}), result("w2", {brown_w: {"Wes Brown"}})]
    results.append(result("x", {blair: {"Blair"}, brown: {"Brown"}}))
    g = to_graph(results)
    people = {str(g.value(n, RDFS.label)) for n in g.subjects(RDF.type, SCHEMA.Person)}
    assert "Blair" not in people  # 9 of 9 full-name articles say Tony Blair
    assert "Brown" in people  # Gordon 9, Wes 2: 82% is not enough to guess
    node = g.value(predicate=RDFS.label, object=Literal("Tony Blair"))
    assert Literal("Blair") in set(g.objects(node, SKOS.altLabel))
    assert len(set(g.subjects(SCHEMA.mentions, node))) == 10


def test_two_articles_naming_someone_in_full_are_enough_for_a_surname_no_one_is_called_by():
    from collections import Counter

    from kg.mentions.corpus import corpus_surnames

    # "Quenbyx" alone: the Tom Quenbyx two articles name in full; "Anthony" alone may be anyone
    # called Anthony, where two articles name a Marc Anthony; five would do
    seen = {"quenbyx": Counter({PERSON: 1}), "tom quenbyx": Counter({PERSON: 2}),
            "anthony": Counter({PERSON: 1}), "marc anthony": Counter({PERSON: 2})}
    spelling = {k: k.title() for k in seen}
    assert corpus_surnames(seen, spelling) == {"quenbyx": "Tom Quenbyx"}
    seen["marc anthony"] = Counter({PERSON: 5})
    assert corpus_surnames(seen, spelling) == {"quenbyx": "Tom Quenbyx", "anthony": "Marc Anthony"}


def test_a_team_sheets_initialled_name_counts_for_the_full_name_it_fits():
    from collections import Counter

    from kg.mentions.corpus import corpus_surnames

    # "Quenbyx" alone: Tom Quenbyx, whom team sheets write "T Quenbyx"; an "A Quenbyx" is another
    # player, and then the surname alone may be either
    seen = {"quenbyx": Counter({PERSON: 1}), "tom quenbyx": Counter({PERSON: 4}), "t quenbyx": Counter({PERSON: 3})}
    spelling = {k: k.title() for k in seen} | {"t quenbyx": "T Quenbyx"}
    assert corpus_surnames(seen, spelling) == {"quenbyx": "Tom Quenbyx"}
    # (written with the initial more often than in full, it is still the full name the surname takes)
    assert corpus_surnames(seen | {"t quenbyx": Counter({PERSON: 6})}, spelling) == {"quenbyx": "Tom Quenbyx"}
    seen["a quenbyx"] = Counter({PERSON: 1})
    assert corpus_surnames(seen, spelling | {"a quenbyx": "A Quenbyx"}) == {}


def test_a_given_name_written_two_ways_is_one_person_where_their_articles_agree():
    from collections import Counter

    from kg.mentions.corpus import corpus_given_name_forms

    # 200 articles about other things; "Steven Quenbyx" in four, "Steve Quenbyx" in one, each
    # beside the Kestrel Rovers, Harlow Park and the Zorbit Cup
    articles = [{f"other {i}", "united kingdom"} for i in range(200)]
    club = {"kestrel rovers", "harlow park", "zorbit cup", "ann ruiz", "united kingdom"}
    articles += [club | {"steven quenbyx"} for _ in range(4)] + [club | {"steve quenbyx"}]
    # "Mathew Zorbix" a slip for "Matthew Zorbix"; "Jim Vantorelli" and "James Vantorelli" share
    # only the country; "Tom K. Hale" may be Tom Hale's father
    band = {"the zephyrs", "lumen records", "kea", "tom ruiz"}
    articles += [band | {"matthew zorbix"}, band | {"matthew zorbix"}, band | {"mathew zorbix"},
                 {"jim vantorelli", "united kingdom", "leeds"}, {"james vantorelli", "united kingdom", "harlow"},
                 band | {"tom hale"}, band | {"tom hale"}, band | {"tom k. hale"}]
    seen = {name: Counter() for names in articles for name in names}
    for names in articles:
        for name in names:
            seen[name][PERSON if name.split()[-1] in {"quenbyx", "zorbix", "vantorelli", "hale", "ruiz"} else ORGANIZATION] += 1
    spelling = {key: key.title() for key in seen}
    assert corpus_given_name_forms(seen, spelling, articles) == {"steve quenbyx": "Steven Quenbyx",
                                                                 "mathew zorbix": "Matthew Zorbix"}
    # a surname ten people bear (teammates may have close given names): only where one article says both
    for given in ("ann", "bo", "cy", "di", "ed", "flo", "gus", "hal"):
        articles.append({f"{given} quenbyx", "united kingdom"})
        seen[f"{given} quenbyx"] = Counter({PERSON: 1})
        spelling[f"{given} quenbyx"] = f"{given.title()} Quenbyx"
    assert corpus_given_name_forms(seen, spelling, articles) == {"mathew zorbix": "Matthew Zorbix"}
    articles.append(club | {"steve quenbyx", "steven quenbyx"})
    seen["steve quenbyx"][PERSON] += 1
    seen["steven quenbyx"][PERSON] += 1
    assert corpus_given_name_forms(seen, spelling, articles)["steve quenbyx"] == "Steven Quenbyx"


def other_articles(count=200):
    """Articles about other things: the names a test's own articles share are rare beside them."""
    return [result(f"o{i}", {EntityRef(ORGANIZATION, f"Other {i}"): {f"Other {i}"}}) for i in range(count)]


def test_a_given_names_other_form_takes_its_facts_to_the_one_node():
    steven, steve = EntityRef(PERSON, "Steven Quenbyx"), EntityRef(PERSON, "Steve Quenbyx")
    rovers = EntityRef(ORGANIZATION, "Kestrel Rovers")
    club = {rovers: {"Kestrel Rovers"}, EntityRef(PLACE, "Harlow Park"): {"Harlow Park"},
            EntityRef(EVENT, "Zorbit Cup"): {"Zorbit Cup"}, EntityRef(PERSON, "Ann Ruiz"): {"Ann Ruiz"}}
    results = other_articles()
    results += [result(f"s{i}", {steven: {"Steven Quenbyx"}, **club}) for i in range(4)]
    results.append(result("x", {steve: {"Steve Quenbyx"}, **club},
                          [Fact(ROLE, steve, rovers, "captain", ev("x", conf=0.9))]))
    g = both(results)  # (a store build's too)
    people = {str(g.value(n, RDFS.label)) for n in g.subjects(RDF.type, SCHEMA.Person)}
    assert "Steve Quenbyx" not in people
    node = g.value(predicate=RDFS.label, object=Literal("Steven Quenbyx"))
    assert Literal("Steve Quenbyx") in set(g.objects(node, SKOS.altLabel))
    assert len(set(g.subjects(SCHEMA.mentions, node))) == 5
    (membership,) = g.subjects(ORG.member, node)
    assert g.value(membership, ORG.organization) == g.value(predicate=RDFS.label, object=Literal("Kestrel Rovers"))


def test_a_name_written_with_a_slip_joins_the_name_its_articles_agree_with():
    from collections import Counter

    from kg.mentions.corpus import corpus_slips

    trust = {"ann ruiz", "harlow park", "zorbit cup", "kea", "united kingdom"}
    articles = [{f"other {i}", "united kingdom"} for i in range(200)]
    articles += [trust | {"vantor frontier trust"} for _ in range(3)] + [trust | {"vantor fronter trust"}]
    # a misspelling of a misspelling goes to the name the corpus writes most
    oil = {"tom hale", "leeds port", "lumen", "zephyr field"}
    articles += [oil | {"quenbyneftegas"} for _ in range(4)] + [oil | {"quenbyneftegaz"}] * 2
    articles += [oil | {"quenbyneftgas"}]
    # a word and its longer form are two names; two towns one letter apart with nothing in common
    # too; and two names written as often as each other cannot tell which is the slip
    articles += [trust | {"zorbix stone"}, trust | {"zorbix stones"}, trust | {"zorbix stones"}]
    articles += [{"harlowfield", "leeds"}, {"harlowfield", "leeds"}, {"harlewfield", "kestrel"}]
    articles += [trust | {"kestrelco"}, trust | {"kestrelca"}]
    # a person's surname too, not the given name (corpus_given_name_forms reads that) nor a surname alone
    crew = {"kestrel rovers", "lumen park", "zephyr trophy", "harlow town"}
    articles += [crew | {"tom quenby", "thomas quenby", "bradley"} for _ in range(3)]
    articles += [crew | {"tom quenbey", "thomsa quenby", "bradly"}]
    places = {"harlowfield", "harlewfield", "harlow park", "leeds", "lumen park"}
    people = {"ann ruiz", "tom quenby", "tom quenbey", "thomas quenby", "thomsa quenby", "bradley", "bradly"}
    seen = {name: Counter() for names in articles for name in names}
    for names in articles:
        for name in names:
            seen[name][PLACE if name in places else PERSON if name in people else ORGANIZATION] += 1
    spelling = {key: key.title() for key in seen}
    assert corpus_slips(seen, spelling, articles) == {
        ("vantor fronter trust", ORGANIZATION): "Vantor Frontier Trust",
        ("quenbyneftegaz", ORGANIZATION): "Quenbyneftegas", ("quenbyneftgas", ORGANIZATION): "Quenbyneftegas",
        ("tom quenbey", PERSON): "Tom Quenby"}


def test_a_slips_facts_go_to_the_name_it_stands_for():
    right, slip = EntityRef(ORGANIZATION, "Vantor Frontier Trust"), EntityRef(ORGANIZATION, "Vantor Fronter Trust")
    ruiz = EntityRef(PERSON, "Ann Ruiz")
    around = {EntityRef(PLACE, "Harlow Park"): {"Harlow Park"}, EntityRef(EVENT, "Zorbit Cup"): {"Zorbit Cup"},
              EntityRef(ORGANIZATION, "KEA"): {"KEA"}, ruiz: {"Ann Ruiz"}}
    results = other_articles()
    results += [result(f"r{i}", {right: {"Vantor Frontier Trust"}, **around}) for i in range(3)]
    results.append(result("x", {slip: {"Vantor Fronter Trust"}, **around},
                          [Fact(ROLE, ruiz, slip, "director", ev("x", conf=0.9))]))
    g = both(results)  # (a store build's too)
    organisations = {str(g.value(n, RDFS.label)) for n in g.subjects(RDF.type, SCHEMA.Organization)}
    assert "Vantor Fronter Trust" not in organisations
    node = g.value(predicate=RDFS.label, object=Literal("Vantor Frontier Trust"))
    assert len(set(g.subjects(SCHEMA.mentions, node))) == 4
    (membership,) = g.subjects(ORG.organization, node)
    assert g.value(membership, ORG.member) == g.value(predicate=RDFS.label, object=Literal("Ann Ruiz"))


def test_an_organisations_name_without_its_country_is_one_with_it_where_its_articles_name_the_country():
    from collections import Counter

    from kg.mentions.corpus import corpus_country_dropped

    # "the Kestrel Trading Commission" in three articles, each naming the United States, is the "US
    # Kestrel Trading Commission" of one; the "Zorbit Football Union" of three articles that never
    # name New Zealand is not the "New Zealand Zorbit Football Union"; and a "Vantor Air Guard" both
    # countries open is left alone
    articles = [{"kestrel trading commission", "united states"} for _ in range(3)]
    articles += [{"us kestrel trading commission", "united states"}]
    articles += [{"zorbit football union", "england"} for _ in range(3)]
    articles += [{"new zealand zorbit football union", "new zealand"}]
    articles += [{"vantor air guard", "united states", "japan"}, {"us vantor air guard"}, {"japan vantor air guard"}]
    seen = {name: Counter({COUNTRY if name in {"united states", "new zealand", "japan"} else ORGANIZATION: 0})
            for names in articles for name in names}
    for names in articles:
        for name in names:
            seen[name][next(iter(seen[name]))] += 1
    spelling = {key: " ".join(w.upper() if w == "us" else w.title() for w in key.split()) for key in seen}
    assert corpus_country_dropped(seen, spelling, articles) == {
        ("us kestrel trading commission", ORGANIZATION): "Kestrel Trading Commission"}
    # in a graph: the facts of the one go to the other
    bare, opened = EntityRef(ORGANIZATION, "Kestrel Trading Commission"), EntityRef(ORGANIZATION, "US Kestrel Trading Commission")
    ruiz = EntityRef(PERSON, "Ann Ruiz")
    results = [result(f"k{i}", {bare: {bare.name}, US: {"US"}}) for i in range(3)]
    results.append(result("u", {opened: {opened.name}, US: {"US"}, ruiz: {"Ann Ruiz"}},
                          [Fact(ROLE, ruiz, opened, "chair", ev("u", conf=0.9))]))
    g = both(results)  # (a store build's too)
    node = g.value(predicate=RDFS.label, object=Literal("Kestrel Trading Commission"))
    assert g.value(predicate=RDFS.label, object=Literal("US Kestrel Trading Commission")) is None
    assert len(set(g.subjects(SCHEMA.mentions, node))) == 4
    (membership,) = g.subjects(ORG.organization, node)
    assert g.value(membership, ORG.member) == g.value(predicate=RDFS.label, object=Literal("Ann Ruiz"))


def test_a_surname_alone_the_model_read_as_a_product_is_a_person():
    # "Hale faces a lay-off": the model's product, where two articles name Tom Hale and Ann Hale;
    # "Zorbit" has a product's cue somewhere, and "Lumen" is the surname of no one named twice
    hale, zorbit, lumen = EntityRef(PRODUCT, "Hale"), EntityRef(PRODUCT, "Zorbit"), EntityRef(PRODUCT, "Lumen")
    tom, ann = EntityRef(PERSON, "Tom Hale"), EntityRef(PERSON, "Ann Hale")
    cued = result("z", {zorbit: {"Zorbit"}, EntityRef(PERSON, "Ed Zorbit"): {"Ed Zorbit"}})
    cued.cued = {zorbit}
    results = [result("t", {tom: {"Tom Hale"}}), result("a", {ann: {"Ann Hale"}}),
               result("x", {hale: {"Hale"}, zorbit: {"Zorbit"}, lumen: {"Lumen"}}), cued,
               result("y", {EntityRef(PERSON, "Ed Zorbit"): {"Ed Zorbit"}, EntityRef(PERSON, "Jo Lumen"): {"Jo Lumen"}})]
    g = to_graph(results)
    people = {str(g.value(n, RDFS.label)) for n in g.subjects(RDF.type, SCHEMA.Person)}
    products = {str(g.value(n, RDFS.label)) for n in g.subjects(RDF.type, SCHEMA.Product)}
    assert "Hale" in people and "Hale" not in products  # Tom or Ann: no one full name to join
    assert {"Zorbit", "Lumen"} <= products


def test_a_surname_alone_the_model_read_as_a_firm_or_a_place_joins_the_one_full_name():
    # "Vantorelli wins in Dubai": the model's firm, where five articles name Tom Vantorelli; and
    # "Quenbyx" its place in one. Not a word of the language ("Moody": moody), nor a name a cue
    # read as a firm ("Zorbitti"), nor a surname two people share in full ("Kestrani")
    full = {n: EntityRef(PERSON, n) for n in ("Tom Vantorelli", "Ann Quenbyx", "Ed Moody", "Jo Zorbitti",
                                             "Al Kestrani", "Bo Kestrani")}
    results = [result(f"t{i}", {ref: {ref.name} for name, ref in full.items() if name != "Bo Kestrani"})
               for i in range(5)]
    results += [result(f"b{i}", {full["Bo Kestrani"]: {"Bo Kestrani"}}) for i in range(2)]
    short = {n: EntityRef(ORGANIZATION, n) for n in ("Vantorelli", "Moody", "Zorbitti", "Kestrani")}
    short["Quenbyx"] = EntityRef(PLACE, "Quenbyx")
    for i in range(2):
        r = result(f"x{i}", {ref: {name} for name, ref in short.items()})
        r.cued = {short["Zorbitti"]}
        results.append(r)
    g = to_graph(results)
    people = {str(g.value(n, RDFS.label)) for n in g.subjects(RDF.type, SCHEMA.Person)}
    others = {str(g.value(n, RDFS.label)) for n in g.subjects(RDF.type, None)} - people
    assert {"Vantorelli", "Quenbyx"}.isdisjoint(people | others)  # joined the full names
    vantorelli = g.value(predicate=RDFS.label, object=Literal("Tom Vantorelli"))
    assert Literal("Vantorelli") in set(g.objects(vantorelli, SKOS.altLabel))
    assert len(set(g.subjects(SCHEMA.mentions, vantorelli))) == 7
    assert {"Moody", "Zorbitti", "Kestrani"} <= others
    # a place named in full as someone's surname in fewer than five articles stays a place: a
    # town may bear a surname ("The Hague", where William Hague is named in full in four)
    hagux = [result(f"h{i}", {EntityRef(PERSON, "Al Hagux"): {"Al Hagux"}}) for i in range(4)]
    hagux += [result(f"p{i}", {EntityRef(PLACE, "Hagux"): {"Hagux"}}) for i in range(2)]
    g = to_graph(hagux)
    assert g.value(predicate=RDFS.label, object=Literal("Hagux")) in set(g.subjects(RDF.type, SCHEMA.Place))


def test_a_full_name_without_its_middle_initial_counts_for_the_one_with_it():
    # "Hale" where 9 articles say "Tom B Hale" and 2 "Tom Hale" (the same name, written without
    # the initial) and one "Ann Hale": 11 of 12 stand for Tom B Hale; without the initial's
    # variant, 9 of 12 would not be enough
    full, short, ann, hale = (EntityRef(PERSON, n) for n in ("Tom B Hale", "Tom Hale", "Ann Hale", "Hale"))
    results = [result(f"t{i}", {full: {"Tom B Hale"}}) for i in range(9)]
    results += [result("s1", {short: {"Tom Hale"}}), result("s2", {short: {"Tom Hale"}}), result("a", {ann: {"Ann Hale"}})]
    results.append(result("x", {hale: {"Hale"}}))
    g = to_graph(results)
    people = {str(g.value(n, RDFS.label)) for n in g.subjects(RDF.type, SCHEMA.Person)}
    assert "Hale" not in people and {"Tom B Hale", "Tom Hale", "Ann Hale"} <= people
    node = g.value(predicate=RDFS.label, object=Literal("Tom B Hale"))
    assert len(set(g.subjects(SCHEMA.mentions, node))) == 10


@pytest.mark.parametrize("names, expected", [
    # a company's ending does not make another company; "General Motors" keeps its plural
    ({"Apple": 5, "Apple Inc.": 2, "Apple Computer": 1, "Apple Corps": 1},
     {"apple inc.": "Apple", "apple computer": "Apple"}),
    ({"General Motors": 3, "General": 1}, {}),
    # an acronym whose one full name the corpus uses, with or without the company's ending
    ({"WTO": 3, "World Trade Organization": 2}, {"wto": "World Trade Organization"}),
    ({"EADS": 1, "European Aeronautic Defence and Space Company": 1},
     {"eads": "European Aeronautic Defence and Space Company"}),
    # written with "&", only a name of two parts joined so: not "Vantor Kapital"
    ({"V&K": 2, "Vantor & Kestrel": 3, "Vantor Kapital": 5}, {"v&k": "Vantor & Kestrel"}),
    ({"V&K": 2, "Vantor Kapital": 5}, {}),
    # two full names fit: left alone, unless the corpus uses one far more
    ({"BA": 2, "British Airways": 3, "Bank of America": 1}, {}),
    ({"IMF": 6, "International Monetary Fund": 8, "Ivory Mutual Fund": 1}, {"imf": "International Monetary Fund"}),
    # one name in two spellings
    ({"WTO": 3, "World Trade Organisation": 2, "World Trade Organization": 1},
     {"wto": "World Trade Organisation", "world trade organization": "World Trade Organisation"}),
    # a firm's name in the plural is the firm, where the corpus names it in the singular far more;
    # not a plural that ends a longer name (a club's: "Leeds Kestrels ... the Kestrels")
    ({"Vantor": 6, "Vantors": 2, "Zorbit": 4, "Zorbits": 3, "Kestrel": 9, "Kestrels": 2, "Leeds Kestrels": 1},
     {"vantors": "Vantor"}),
    # words run together, linked or joined by a small word are one name's spellings
    ({"Vantor Kestrel": 4, "VantorKestrel": 1, "Zorbit-Lumen": 1, "Zorbit Lumen": 3,
      "Office of Zephyr Studies": 1, "Office for Zephyr Studies": 2, "Vantor": 3, "Vantor & Co": 1},
     {"vantorkestrel": "Vantor Kestrel", "zorbit-lumen": "Zorbit Lumen",
      "office of zephyr studies": "Office for Zephyr Studies", "vantor & co": "Vantor"}),
    # the rest of a name that opens with an organisation's acronym; not two fits, not a country's
    # name, not one word (a firm's own name: "KTV Zorbit ... Zorbit")
    ({"KTV World Service": 5, "World Service": 2, "KTV Zorbit": 2, "Zorbit": 3}, {"world service": "KTV World Service"}),
    ({"KTV Radio 4": 3, "ZBC Radio 4": 2, "Radio 4": 2}, {}),
    ({"UK Zephyr Council": 3, "Zephyr Council": 2}, {}),
    # a body "of" a thing is the thing's body (one word before "of", one "of")
    ({"University of Kestrel": 3, "Kestrel University": 2, "Court of Zephyr Appeals": 4, "Zephyr Appeals Court": 1,
      "Bank of Vantor and Zorbit": 1, "Vantor Bank": 2},
     {"kestrel university": "University of Kestrel", "zephyr appeals court": "Court of Zephyr Appeals"}),
    # a firm's name without the word of its trade is the firm, where the corpus has one such full
    # name for it; not a country's name, a name that opens two names, nor a parent used far more
    ({"Vantor Networks": 2, "Vantor": 3, "Zephyr Airlines International": 1, "Zephyr Airlines": 1,
      "Kestrel Holding LLC": 1, "Kestrel": 4},
     {"vantor": "Vantor Networks", "zephyr airlines": "Zephyr Airlines International", "kestrel holding llc": "Kestrel"}),
    ({"Kenya Airways": 3, "Kenya": 1, "Zorbit Systems": 1, "Zorbit News": 2, "Zorbit": 2, "Lumen Software": 1,
      "Lumen": 4}, {}),
    # a firm named by its web address is the firm
    ({"Kestrel.com": 2, "Kestrel": 5, "Vantor.co.uk": 3, "Vantor": 1}, {"kestrel.com": "Kestrel", "vantor": "Vantor.co.uk"}),
])
def test_one_node_per_organisation_across_the_corpus(names, expected):
    from collections import Counter

    from kg.mentions.corpus import corpus_org_names

    seen = {name.casefold(): Counter({ORGANIZATION: n}) for name, n in names.items()}
    assert corpus_org_names(seen, {name.casefold(): name for name in names}) == expected


@pytest.mark.parametrize("product, org, expands", [(2, 1, False), (1, 1, False), (1, 3, True)])
def test_an_acronym_stands_for_a_name_the_corpus_reads_mostly_as_an_organisations(product, org, expands):
    # "VZC" of a mining firm is no "Vantor Zorbit Center", which the corpus reads as a product as often
    from collections import Counter

    from kg.mentions.corpus import corpus_org_names

    seen = {"vzc": Counter({ORGANIZATION: 3}), "vantor zorbit center": Counter({ORGANIZATION: org, PRODUCT: product})}
    names = {"vzc": "VZC", "vantor zorbit center": "Vantor Zorbit Center"}
    assert ("vzc" in corpus_org_names(seen, names)) is expands


@pytest.mark.parametrize("names, expected", [
    # a surname after one initial is the one person of that initial and surname the corpus names
    ({"C Ruiz": (ORGANIZATION, 2), "Carla Ruiz": (PERSON, 3), "T de Hale": (PLACE, 1), "Tom de Hale": (PERSON, 1)},
     {"c ruiz": "Carla Ruiz", "t de hale": "Tom de Hale"}),
    # not where two people fit, nor a name of two capitals ("GE Capital"), nor another initial
    ({"C Ruiz": (ORGANIZATION, 2), "Carla Ruiz": (PERSON, 3), "Colin Ruiz": (PERSON, 1)}, {}),
    ({"GE Vance": (ORGANIZATION, 2), "Gary Vance": (PERSON, 3), "K Vance": (PERSON, 1)}, {}),
])
def test_a_name_with_an_initial_is_the_person_named_in_full(names, expected):
    from collections import Counter

    from kg.mentions.corpus import corpus_initialled

    seen = {name.casefold(): Counter({cls: n}) for name, (cls, n) in names.items()}
    assert corpus_initialled(seen, {name.casefold(): name for name in names}) == expected


def test_a_player_on_a_team_sheet_is_the_person_named_in_full():
    carla, initialled = EntityRef(PERSON, "Carla Ruiz"), EntityRef(ORGANIZATION, "C Ruiz")
    g = to_graph([result("a", {carla: {"Carla Ruiz"}}), result("b", {initialled: {"C Ruiz"}})])
    (node,) = set(g.subjects(RDFS.label, Literal("Carla Ruiz")))
    assert (node, RDF.type, SCHEMA.Person) in g and Literal("C Ruiz") in set(g.objects(node, SKOS.altLabel))
    assert len(set(g.subjects(SCHEMA.mentions, node))) == 2
    assert not set(g.subjects(RDFS.label, Literal("C Ruiz")))


@pytest.mark.parametrize("products, orgs, expected", [
    # a model's designation alone is the model its maker's name is written before elsewhere
    ({"Z300": 2, "Vantor Z300": 3, "Zephyr": 4}, {"Vantor": 5}, {"z300": "Vantor Z300"}),
    # not when two makers' names fit as often, nor a name without a number, nor after a word that is no maker
    ({"Z300": 2, "Vantor Z300": 1, "Kestrel Z300": 1}, {"Vantor": 5, "Kestrel": 2}, {}),
    # (one written in more articles, two at least, is the one: "Kestrel Air Z300" is an airline's)
    ({"Z300": 2, "Vantor Z300": 2, "Kestrel Air Z300": 1}, {"Vantor": 5, "Kestrel Air": 2}, {"z300": "Vantor Z300"}),
    ({"Zephyr": 2, "Vantor Zephyr": 3}, {"Vantor": 5}, {}),
    ({"Z300": 2, "New Z300": 3}, {"Vantor": 5}, {}),
    # a plural is the product the corpus names in the singular as often or more; not the other way round
    ({"Zephyrs": 2, "Zephyr": 9, "Lumen Pods": 5, "Lumen Pod": 1}, {}, {"zephyrs": "Zephyr"}),
    ({"Zephyr Touches": 1, "Zephyr Touch": 3}, {}, {"zephyr touches": "Zephyr Touch"}),
    ({"Zephyr Touches": 1, "Zephyr Touch": 1}, {}, {"zephyr touches": "Zephyr Touch"}),
    # one name in two spellings: the one more articles use
    ({"Zephyr Cube": 3, "ZephyrCube": 1, "Kestrel-Man 2": 1, "Kestrelman 2": 2}, {},
     {"zephyrcube": "Zephyr Cube", "kestrel-man 2": "Kestrelman 2"}),
    # an acronym is the one product whose capitals spell it, named in a third as many articles at
    # least; not two that fit, nor one named once against an acronym used six times
    ({"ZPP": 5, "ZephyrPlay Portable": 2, "KD": 6, "Kestrel Dome": 1, "LT": 2, "Lumen Tab": 2, "Lumen Track": 2},
     {}, {"zpp": "ZephyrPlay Portable"}),
    # a model's own name after its number, which the corpus also writes alone, joins the three; a
    # word never written alone is a variant's ("Vantor Z300 Freighter"), a designation too ("Z400 XR")
    ({"Vantor Z300": 3, "Z300": 1, "Vantor Z300 Skylark": 2, "Skylark": 2, "Vantor Z300 Freighter": 1,
      "Vantor Z400": 1, "Vantor Z400 XR": 1, "XR": 1}, {"Vantor": 5},
     {"z300": "Vantor Z300 Skylark", "vantor z300": "Vantor Z300 Skylark", "skylark": "Vantor Z300 Skylark"}),
    # a title's first word alone is the one title that goes on from it in lower case, written in as
    # many articles: not one of two, nor one written less, nor a list read as one name
    ({"Sunrise": 4, "Sunrise with Zorbit": 5, "Dusk": 2, "Dusk of the Lumens": 1, "Dusk in Kestrelton": 1,
      "Noon": 3, "Noon at Vantor": 2, "Zephyr": 2, "Zephyr and Zephyr Pro": 2},
     {}, {"sunrise": "Sunrise with Zorbit"}),
])


def test_one_node_per_product_across_the_corpus(products, orgs, expected):
    from collections import Counter

    from kg.mentions.corpus import corpus_product_names
    from kg.model import PRODUCT

    seen = {name.casefold(): Counter({PRODUCT: n}) for name, n in products.items()}
    seen.update({name.casefold(): Counter({ORGANIZATION: n}) for name, n in orgs.items()})
    spelling = {name.casefold(): name for name in [*products, *orgs]}
    assert corpus_product_names(seen, spelling) == expected


def test_a_models_designation_alone_joins_the_model_named_with_its_maker():
    from kg.model import PRODUCT

    full, alone, maker = EntityRef(PRODUCT, "Vantor Z300"), EntityRef(PRODUCT, "Z300"), EntityRef(ORGANIZATION, "Vantor")
    g = to_graph([result("a", {full: {"Vantor Z300"}, maker: {"Vantor"}}), result("b", {alone: {"Z300"}})])
    (node,) = set(g.subjects(RDF.type, SCHEMA.Product))
    assert (node, RDFS.label, Literal("Vantor Z300")) in g and (node, SKOS.altLabel, Literal("Z300")) in g
    assert len(set(g.subjects(SCHEMA.mentions, node))) == 2


def test_an_event_named_in_the_singular_and_the_plural_is_one_event():
    from collections import Counter

    from kg.mentions.corpus import corpus_event_names
    from kg.model import EVENT

    seen = {"zephyr awards": Counter({EVENT: 3}), "zephyr award": Counter({EVENT: 9}),
            "kestrel games": Counter({EVENT: 2}), "kestrel game": Counter({ORGANIZATION: 2}),
            "vantor championships": Counter({EVENT: 1}), "vantor championship": Counter({EVENT: 1}),
            "lumen cross": Counter({EVENT: 1}), "lumen cros": Counter({EVENT: 1}),
            "zorbit marathons": Counter({EVENT: 1}), "zorbit marathon": Counter({EVENT: 7})}
    spelling = {"zephyr awards": "Zephyr Awards", "zephyr award": "Zephyr Award", "kestrel games": "Kestrel Games",
                "vantor championships": "Vantor Championships", "vantor championship": "Vantor Championship",
                "lumen cross": "Lumen Cross", "lumen cros": "Lumen Cros",
                "zorbit marathons": "Zorbit Marathons", "zorbit marathon": "Zorbit Marathon"}
    # the plural names the event; a singular read as something else, "-ss", and a plural that lists
    # several events ("the Lumen and Zorbit Marathons") are left alone
    assert corpus_event_names(seen, spelling) == {"zephyr award": "Zephyr Awards",
                                                  "vantor championship": "Vantor Championships"}
    award, awards = EntityRef(EVENT, "Zephyr Award"), EntityRef(EVENT, "Zephyr Awards")
    g = to_graph([result("a", {award: {"Zephyr Award"}}), result("b", {awards: {"the Zephyr Awards"}}),
                  result("c", {award: {"Zephyr Award"}})])
    (node,) = set(g.subjects(RDF.type, SCHEMA.Event))
    assert (node, RDFS.label, Literal("Zephyr Awards")) in g and (node, SKOS.altLabel, Literal("Zephyr Award")) in g


def test_an_events_long_and_short_names_are_one_event():
    from collections import Counter

    from kg.mentions.corpus import corpus_event_names
    from kg.model import EVENT

    seen = {"2030 olympic games": Counter({EVENT: 2}), "2030 olympics": Counter({EVENT: 5}),
            "kestrel olympic games": Counter({EVENT: 1}), "olympic gamesmanship": Counter({EVENT: 1}),
            "olympicsmanship": Counter({EVENT: 1}), "kestrelton games": Counter({EVENT: 2}),
            "kestrelton olympics": Counter({EVENT: 3}), "vantor games": Counter({EVENT: 1})}
    spelling = {"2030 olympic games": "2030 Olympic Games", "2030 olympics": "2030 Olympics",
                "kestrel olympic games": "Kestrel Olympic Games", "olympic gamesmanship": "Olympic Gamesmanship",
                "olympicsmanship": "Olympicsmanship", "kestrelton games": "Kestrelton Games",
                "kestrelton olympics": "Kestrelton Olympics", "vantor games": "Vantor Games"}
    # not a long name whose short form the corpus never writes, nor the words inside another word;
    # "the Kestrelton Games" are its Olympics where the corpus names them so ("the Vantor Games" are not)
    assert corpus_event_names(seen, spelling) == {"2030 olympic games": "2030 Olympics",
                                                  "kestrelton games": "Kestrelton Olympics"}
    games, short = EntityRef(EVENT, "2030 Olympic Games"), EntityRef(EVENT, "2030 Olympics")
    g = to_graph([result("a", {games: {"the 2030 Olympic Games"}}), result("b", {short: {"2030 Olympics"}})])
    (node,) = set(g.subjects(RDF.type, SCHEMA.Event))
    assert (node, RDFS.label, Literal("2030 Olympics")) in g


def test_an_awards_ceremony_and_its_name_in_the_plural_are_one_event():
    from collections import Counter

    from kg.mentions.corpus import corpus_event_names
    from kg.model import EVENT

    seen = {"zephyr awards": Counter({EVENT: 2}), "zephyr award": Counter({EVENT: 1}), "zephyrs": Counter({EVENT: 6}),
            "kestrel awards": Counter({EVENT: 3}), "kestrels": Counter({ORGANIZATION: 4})}
    spelling = {"zephyr awards": "Zephyr Awards", "zephyr award": "Zephyr Award", "zephyrs": "Zephyrs",
                "kestrel awards": "Kestrel Awards", "kestrels": "Kestrels"}
    # not where the plural is no event the corpus names ("the Kestrels", a team)
    assert corpus_event_names(seen, spelling) == {"zephyr awards": "Zephyrs", "zephyr award": "Zephyrs"}


def test_an_award_known_by_its_nickname_is_one_event():
    from collections import Counter

    from kg.mentions.corpus import corpus_event_names
    from kg.model import EVENT

    seen = {"academy awards": Counter({EVENT: 3}), "academy award": Counter({EVENT: 2}), "oscars": Counter({EVENT: 5}),
            "sony radio academy awards": Counter({EVENT: 1}), "british academy film awards": Counter({EVENT: 1})}
    spelling = {"academy awards": "Academy Awards", "academy award": "Academy Award", "oscars": "Oscars",
                "sony radio academy awards": "Sony Radio Academy Awards",
                "british academy film awards": "British Academy Film Awards"}
    # another academy's awards are not the Oscars; a nickname the corpus never writes joins nothing
    assert corpus_event_names(seen, spelling) == {"academy awards": "Oscars", "academy award": "Oscars"}


def test_a_plural_read_as_a_firm_is_the_product_the_corpus_names_in_the_singular():
    from collections import Counter

    from kg.mentions.corpus import plural_products
    from kg.model import PRODUCT

    seen = {"zephyrs": Counter({ORGANIZATION: 2}), "zephyr": Counter({PRODUCT: 6, ORGANIZATION: 5}),
            "lumens": Counter({ORGANIZATION: 5}), "lumen": Counter({PRODUCT: 2}),
            "kestrels": Counter({ORGANIZATION: 1}), "kestrel": Counter({PRODUCT: 1}),
            "vantors": Counter({PERSON: 1}), "vantor": Counter({ORGANIZATION: 5, PRODUCT: 2})}
    spelling = {k: k.title() for k in seen}
    # not a name named more often than its product, one article's product, nor a firm's plural
    assert plural_products(seen, spelling) == {"zephyrs": "zephyr"}
    zephyr, zephyrs = EntityRef(PRODUCT, "Zephyr"), EntityRef(ORGANIZATION, "Zephyrs")
    g = to_graph([result("a", {zephyr: {"Zephyr"}}), result("b", {zephyr: {"Zephyr"}}),
                  result("c", {zephyrs: {"Zephyrs"}})])
    (node,) = set(g.subjects(RDF.type, SCHEMA.Product))
    assert (node, RDFS.label, Literal("Zephyr")) in g and (node, SKOS.altLabel, Literal("Zephyrs")) in g
    assert not set(g.subjects(RDF.type, SCHEMA.Organization))


def test_a_makers_name_before_a_product_the_corpus_knows_is_that_product():
    from collections import Counter

    from kg.mentions.corpus import maker_prefixed_products
    from kg.model import PRODUCT

    seen = {"vantor zephyr": Counter({PERSON: 1}), "vantor": Counter({ORGANIZATION: 5}),
            "zephyr": Counter({PRODUCT: 4}), "vantor lumen": Counter({ORGANIZATION: 1}),
            "lumen": Counter({PRODUCT: 1}), "ann zephyr": Counter({PERSON: 1}), "ann": Counter({ORGANIZATION: 3}),
            "vantor kestrel": Counter({ORGANIZATION: 2}), "kestrel": Counter({PRODUCT: 2, ORGANIZATION: 3})}
    cued = {"zephyr": Counter({PRODUCT: 2}), "lumen": Counter({PRODUCT: 1}), "kestrel": Counter({PRODUCT: 2})}
    # not a product read so once ("Lumen"), one read as a firm as often ("Kestrel"), a person's name
    assert maker_prefixed_products(seen, cued) == {"vantor zephyr": "zephyr"}
    # nor a name a cue read as a person ("Vantor Zephyr said")
    assert maker_prefixed_products(seen, {**cued, "vantor zephyr": Counter({PERSON: 1})}) == {}
    # in a graph: the model's person "Vantor Zephyr" is the Zephyr
    vantor, zephyr, misread = EntityRef(ORGANIZATION, "Vantor"), EntityRef(PRODUCT, "Zephyr"), EntityRef(PERSON, "Vantor Zephyr")
    results = [result(str(i), {vantor: {"Vantor"}, zephyr: {"Zephyr"}}) for i in range(2)]
    for r in results:
        r.cued.update({vantor, zephyr})
    g = to_graph([*results, result("x", {misread: {"Vantor Zephyr"}})])
    (node,) = set(g.subjects(RDF.type, SCHEMA.Product))
    assert (node, RDFS.label, Literal("Zephyr")) in g and (node, SKOS.altLabel, Literal("Vantor Zephyr")) in g
    assert not set(g.subjects(RDF.type, SCHEMA.Person))


def test_a_makers_name_before_a_product_counts_the_product_as_the_corpus_settles_it():
    # cues read "Zephyr" as a product in two articles; the model alone, as a town in three: the
    # corpus settles it a product (corpus_classes), and the model's firm "Vantor Zephyr" is it
    vantor, zephyr = EntityRef(ORGANIZATION, "Vantor"), EntityRef(PRODUCT, "Zephyr")
    results = [result(f"p{i}", {vantor: {"Vantor"}, zephyr: {"Zephyr"}}) for i in range(2)]
    for r in results:
        r.cued.update({vantor, zephyr})
    towns = [result(f"t{i}", {EntityRef(PLACE, "Zephyr"): {"Zephyr"}}) for i in range(3)]
    g = to_graph([*results, *towns, result("x", {EntityRef(ORGANIZATION, "Vantor Zephyr"): {"Vantor Zephyr"}})])
    (node,) = set(g.subjects(RDF.type, SCHEMA.Product))
    assert (node, RDFS.label, Literal("Zephyr")) in g and (node, SKOS.altLabel, Literal("Vantor Zephyr")) in g
    assert {str(o) for o in g.objects(None, RDFS.label)} >= {"Vantor"} and not any(
        str(o) == "Vantor Zephyr" for o in g.objects(None, RDFS.label))


def test_names_only_the_model_reads_as_people_opening_with_a_word_are_no_one():
    from collections import Counter

    from kg.mentions.corpus import corpus_not_people

    names = {key.lower(): key for key in ("Lantern Parade", "Thimble Works", "Pebble Ruiz", "Ann Ruiz", "Baroness Vane",
                                          "Barons Vane", "Lanterns Tom Hale", "P Ruiz", "Orchard Vane", "Quenbyx Hale")}
    seen = {key: Counter({PERSON: 1}) for key in names} | {"thimble works": Counter({PERSON: 2, ORGANIZATION: 1})}
    cued = {"pebble ruiz": Counter({PERSON: 1})}
    # no one ("Lantern Parade"), or the firm the corpus reads it as elsewhere ("Thimble Works"); not a
    # name a cue read as a person's, one opening with a given name (a word or not: "Orchard"), a
    # title (or titles: "Barons Vane and Hale"), an initial or a word of no lexicon ("Quenbyx"), nor
    # a full name after another word
    assert corpus_not_people(seen, cued, names) == {"lantern parade": None, "thimble works": ORGANIZATION}
    # in a graph: the person is gone, with the facts said of it and its mentions; the firm takes
    # every article
    parade, works = EntityRef(PERSON, "Lantern Parade"), EntityRef(PERSON, "Thimble Works")
    firm, ruiz = EntityRef(ORGANIZATION, "Thimble Works"), EntityRef(PERSON, "Ann Ruiz")
    g = both([result("a", {parade: {"Lantern Parade"}, ruiz: {"Ann Ruiz"}},
                     [Fact(ROLE, parade, None, "singer", ev("a")), Fact(ROLE, ruiz, None, "singer", ev("a", 9))]),
              result("b", {parade: {"Lantern Parade"}, works: {"Thimble Works"}}),
              result("c", {works: {"Thimble Works"}}), result("d", {firm: {"Thimble Works"}})])
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert "Lantern Parade" not in labels and {"Ann Ruiz", "Thimble Works"} <= labels
    assert {str(o) for o in g.objects(None, SCHEMA.jobTitle)} == {"singer"}
    assert len(set(g.subjects(SCHEMA.jobTitle, None))) == 1
    (node,) = [s for s in g.subjects(RDFS.label, Literal("Thimble Works"))]
    assert (node, RDF.type, SCHEMA.Organization) in g and len(set(g.subjects(SCHEMA.mentions, node))) == 3


# ---- a product named with its maker (kg.model.CONFIRMED_ONLY)

ZEPHYR, VANTOR, KESTREL = EntityRef(PRODUCT, "Zephyr"), EntityRef(ORGANIZATION, "Vantor"), EntityRef(ORGANIZATION, "Kestrel")
NAMED = {ZEPHYR: {"Zephyr"}, VANTOR: {"Vantor"}, KESTREL: {"Kestrel"}}


def made_by(aid, org, rule, conf):
    return Fact("maker", ZEPHYR, org, None, ev(aid, rule=rule, conf=conf))


def together(aid, *orgs):
    """An article naming the Zephyr in one sentence with each of ``orgs``."""
    return result(aid, NAMED, [made_by(aid, org, NAMED_WITH_MAKER, 0.9) for org in orgs])


def streamed(results, min_confidence=0.0):
    """The graph a store build streams (kg.graph.build.StreamingBuilder), in one graph."""
    builder = StreamingBuilder(min_confidence=min_confidence)
    for r in results:
        builder.observe(r)
    builder.settle()
    for r in results:
        builder.count(r)
    g = Graph()
    for r in results:
        g += builder.article_graph(r)
    return g + builder.finish()


def both(results, min_confidence=0.0):
    """The graph of a whole-graph build, after checking that a store build gives the same."""
    builder = GraphBuilder(min_confidence=min_confidence)
    for r in results:
        builder.add(r)
    whole = builder.finish()
    assert set(whole) == set(streamed(results, min_confidence))
    return whole


def makers(g):
    """(maker, articles of its evidence, confidence, the rule of the fact's own evidence) per maker fact."""
    return {(str(g.value(g.value(st, RDF.object), RDFS.label)),
             frozenset(str(g.value(a, SCHEMA.identifier)) for a in g.objects(st, PROV.wasDerivedFrom)),
             float(g.value(st, KG.confidence)), str(g.value(st, KG.extractor)))
            for st in g.subjects(RDF.predicate, KG.madeBy)}


def test_a_product_named_with_its_maker_is_a_sighting_of_the_fact_a_rule_read():
    g = both([result("a", NAMED, [made_by("a", VANTOR, "maker-possessive", 0.8)]), together("b", VANTOR, KESTREL)])
    # Vantor's fact gets article b's sighting, which adds nothing to its confidence; Kestrel, only
    # named with the Zephyr, makes nothing
    assert makers(g) == {("Vantor", frozenset("ab"), 0.8, "maker-possessive")}


def test_naming_a_product_with_an_organisation_alone_states_nothing():
    assert makers(both([together("b", VANTOR), together("c", VANTOR)])) == set()


def test_a_product_with_two_makers_read_gets_no_sightings_from_being_named_with_either():
    g = both([result("a", NAMED, [made_by("a", VANTOR, "maker-possessive", 0.8)]),
              result("c", NAMED, [made_by("c", KESTREL, "maker-verb", 0.8)]), together("b", VANTOR, KESTREL)])
    assert makers(g) == {("Vantor", frozenset("a"), 0.8, "maker-possessive"),
                         ("Kestrel", frozenset("c"), 0.8, "maker-verb")}


def test_a_firm_and_its_division_named_after_it_are_one_maker():
    division = EntityRef(ORGANIZATION, "Vantor Aerospace")
    g = both([result("a", NAMED, [made_by("a", VANTOR, "maker-possessive", 0.8)]),
              result("c", {**NAMED, division: {"Vantor Aerospace"}}, [made_by("c", division, "maker-verb", 0.8)]),
              together("b", VANTOR, KESTREL)])
    assert makers(g) == {("Vantor", frozenset("ab"), 0.8, "maker-possessive"),
                         ("Vantor Aerospace", frozenset("c"), 0.8, "maker-verb")}


def test_a_maker_fact_under_the_threshold_is_not_lifted_by_being_named_again():
    results = [result("a", NAMED, [made_by("a", VANTOR, "maker-possessive", 0.6)]), together("b", VANTOR)]
    assert makers(both(results, min_confidence=0.74)) == set()
    # ... and a weaker maker left out does not stop the one that enters from being named again
    results.append(result("c", NAMED, [made_by("c", KESTREL, "maker-verb", 0.8)]))
    results.append(together("d", KESTREL))
    assert makers(both(results, min_confidence=0.74)) == {("Kestrel", frozenset("cd"), 0.8, "maker-verb")}


def test_a_possessives_product_counts_as_a_makers_where_another_rule_reads_the_owner_a_maker():
    from kg.graph.build import OWNED_BY_A_MAKER, OWNED_BY_A_MAKER_PRIOR
    from kg.precision import confidence

    orbit = EntityRef(PRODUCT, "Orbit")
    named = {**NAMED, orbit: {"Orbit"}}
    possessive = [result("a", named, [made_by("a", VANTOR, "maker-possessive", 0.45)]),
                  result("b", named, [made_by("b", KESTREL, "maker-possessive", 0.45)])]
    # "Vantor unveiled the Orbit" (article c): "Vantor's Zephyr" is a maker's product; Kestrel,
    # read as making nothing else, may own a programme or a unit so named
    unveiled = result("c", named, [Fact("maker", orbit, VANTOR, None, ev("c", rule="maker-verb", conf=0.9))])
    assert makers(both([*possessive, unveiled])) == {
        ("Vantor", frozenset("a"), confidence(OWNED_BY_A_MAKER, OWNED_BY_A_MAKER_PRIOR), OWNED_BY_A_MAKER),
        ("Kestrel", frozenset("b"), 0.45, "maker-possessive"),
        ("Vantor", frozenset("c"), 0.9, "maker-verb")}
    # a reading under the default graph's threshold makes no maker
    weak = result("c", named, [Fact("maker", orbit, VANTOR, None, ev("c", rule="maker-verb", conf=0.6))])
    assert ("Vantor", frozenset("a"), 0.45, "maker-possessive") in makers(both([*possessive, weak]))


def test_a_product_whose_name_opens_with_a_makers_is_made_by_it_where_the_corpus_reads_that_maker():
    from kg.model import MAKER_NAMED_ELSEWHERE

    lumo, zorbit_lumo = EntityRef(PRODUCT, "Vantor Lumo"), EntityRef(PRODUCT, "Zorbit Lumo")
    zorbit = EntityRef(ORGANIZATION, "Zorbit")  # named, read as making nothing
    edition, other = EntityRef(PRODUCT, "Vantor 2005"), EntityRef(PRODUCT, "Vantor Orbit")
    named = {**NAMED, lumo: {"Vantor Lumo"}, zorbit_lumo: {"Zorbit Lumo"}, edition: {"Vantor 2005"},
             other: {"Vantor Orbit"}, zorbit: {"Zorbit"}}
    unveiled = result("c", named, [made_by("c", VANTOR, "maker-verb", 0.9),
                                   Fact("maker", other, KESTREL, None, ev("c", rule="maker-verb", conf=0.9))])
    # article d names no firm apart: which maker a name opens with is the corpus's to say
    unnamed = result("d", named, [Fact("maker", product, None, None, ev("d", rule=MAKER_NAMED_ELSEWHERE, conf=0.85))
                                  for product in (lumo, zorbit_lumo, edition, other)])
    assert makers(both([unveiled, unnamed])) == {
        ("Vantor", frozenset("c"), 0.9, "maker-verb"),  # the Zephyr
        ("Kestrel", frozenset("c"), 0.9, "maker-verb"),  # the Vantor Orbit, read as Kestrel's
        ("Vantor", frozenset("d"), 0.85, MAKER_NAMED_ELSEWHERE)}  # the Vantor Lumo
    # Zorbit makes nothing, Kestrel makes the Vantor Orbit, Vantor 2005 is an edition; and
    # without article c no one reads Vantor as a maker
    assert makers(both([unnamed])) == set()


def test_a_product_whose_name_opens_with_a_line_the_corpus_reads_as_one_firms_is_made_by_that_firm():
    from kg.graph.build import LINE, LINE_PRIOR
    from kg.model import MAKER_NAMED_ELSEWHERE
    from kg.precision import confidence

    orbit, mini, orbit_mini = EntityRef(PRODUCT, "Orbit"), EntityRef(PRODUCT, "Zephyr Mini"), EntityRef(PRODUCT, "Orbit Mini")
    named = {**NAMED, orbit: {"Orbit"}, mini: {"Zephyr Mini"}, orbit_mini: {"Orbit Mini"}}
    # article c reads Vantor as the Zephyr's maker, and two firms as the Orbit's
    unveiled = result("c", named, [made_by("c", VANTOR, "maker-verb", 0.9),
                                   Fact("maker", orbit, VANTOR, None, ev("c", rule="maker-verb", conf=0.9)),
                                   Fact("maker", orbit, KESTREL, None, ev("c", 2, rule="maker-verb", conf=0.9))])
    # article d names no firm: the Zephyr Mini is a model of Vantor's line
    unnamed = result("d", named, [Fact("maker", product, None, None, ev("d", rule=MAKER_NAMED_ELSEWHERE, conf=0.85))
                                  for product in (mini, orbit_mini)])
    line = ("Vantor", frozenset("d"), confidence(LINE, LINE_PRIOR), LINE)
    assert line in makers(both([unveiled, unnamed]))
    # the Orbit's makers are two firms, so its line names none: of article d's, only the Zephyr Mini's
    assert {m for m in makers(both([unveiled, unnamed])) if m[1] == frozenset("d")} == {line}
    # without article c no one reads the Zephyr as anyone's
    assert makers(both([unnamed])) == set()
    # a reading under the default graph's threshold makes no line, whatever the build's threshold
    weak = result("c", named, [made_by("c", VANTOR, "maker-verb", 0.6)])
    assert makers(both([weak, unnamed])) == {("Vantor", frozenset("c"), 0.6, "maker-verb")}


# ---- a party role given to the person named before a description (kg.extract.roles.described)

def test_a_described_party_role_is_not_given_to_a_member_of_another_party():
    hale, ruiz = EntityRef(PERSON, "Tom Hale"), EntityRef(PERSON, "Ann Ruiz")
    greens, blues = EntityRef(ORGANIZATION, "Green Party"), EntityRef(ORGANIZATION, "Blue Party")
    named = {hale: {"Tom Hale"}, ruiz: {"Ann Ruiz"}, greens: {"Green Party"}, blues: {"Blue Party"}}
    by_name = [result(aid, named, [Fact("role", hale, greens, "leader", ev(aid, rule="role-premodifier", conf=0.9)),
                                   # (a guess well under the default graph names him in no party)
                                   Fact("role", hale, blues, None, ev(aid, 5, rule="learned-work_for", conf=0.4))])
               for aid in "ab"]
    # "Mr Hale spoke ... the Blue Party leader countered": someone else; Ann Ruiz, never named in
    # another party, keeps the role the description gives her
    described = result("c", named, [Fact("role", hale, blues, "leader", ev("c", rule="role-described", conf=0.8)),
                                    Fact("role", ruiz, blues, "leader", ev("c", 5, rule="role-described", conf=0.8))])

    def members(g):
        return {(str(g.value(g.value(m, ORG.member), RDFS.label)), str(g.value(g.value(m, ORG.organization), RDFS.label)))
                for m in g.subjects(RDF.type, ORG.Membership)}

    assert members(both([*by_name, described], min_confidence=0.5)) == {("Tom Hale", "Green Party"),
                                                                        ("Ann Ruiz", "Blue Party")}
    # named a member of the other party in one article only: the description may be right
    assert ("Tom Hale", "Blue Party") in members(both([by_name[0], described], min_confidence=0.5))


def test_a_party_held_now_that_the_corpus_names_far_less_often_than_another_is_a_misreading():
    from kg.model import FORMER

    hale = EntityRef(PERSON, "Tom Hale")
    greens, blues = EntityRef(ORGANIZATION, "Green Party"), EntityRef(ORGANIZATION, "Blue Party")
    named = {hale: {"Tom Hale"}, greens: {"Green Party"}, blues: {"Blue Party"}}
    led = [result(aid, named, [Fact("role", hale, greens, "leader", ev(aid, rule="role-premodifier", conf=0.9))])
           for aid in "abcde"]

    def parties(results):
        g = both(results, min_confidence=0.5)
        return {str(g.value(g.value(m, ORG.organization), RDFS.label)) for m in g.subjects(RDF.type, ORG.Membership)}

    # "an attack on the Blues' record and party leader Tom Hale": one article against five
    slip = result("f", named, [Fact("role", hale, blues, "leader", ev("f", rule="role-premodifier", conf=0.9))])
    assert parties([*led, slip]) == {"Green Party"}
    # against four, the corpus does not say enough
    assert parties([*led[:4], slip]) == {"Green Party", "Blue Party"}
    # a party he has left is no misreading: people change parties
    left = result("f", named, [Fact("role", hale, blues, "leader", ev("f", rule="role-premodifier", conf=0.9), FORMER)])
    assert parties([*led, left]) == {"Green Party", "Blue Party"}


def test_a_party_read_counts_at_the_default_graphs_threshold():
    # (kg.graph cannot ask kg.run for it: dependencies point the other way)
    from kg.graph.build import PARTY_READ_CONFIDENCE
    from kg.run.pipeline import DEFAULT_MIN_CONFIDENCE

    assert PARTY_READ_CONFIDENCE == DEFAULT_MIN_CONFIDENCE
