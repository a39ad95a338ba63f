"""End to end: build the seed article with the real model and check the graph with SPARQL."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from conftest import ROOT, SEED
from rdflib import RDFS, Graph

pytestmark = pytest.mark.model

PREFIXES = """
PREFIX kg: <https://w3id.org/newskg/ontology#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


@pytest.fixture(scope="module", params=["seed", pytest.param("demo", marks=pytest.mark.xdist_group("demo"))])
def store(request):
    """The Turtle output read by an independent parser (pyoxigraph): the seed article alone, and
    the whole demo corpus, where every seed fact must hold as well."""
    _, out = request.getfixturevalue(f"{request.param}_build")
    s = ox.Store()
    s.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    return s


def ask(store, body: str) -> bool:
    return bool(store.query(PREFIXES + "ASK {" + body + "}"))


def select(store, query: str) -> list[tuple]:
    return [tuple(None if t is None else t.value for t in row) for row in store.query(PREFIXES + query)]


def test_sora_is_a_product_made_by_openai(store):
    assert ask(store, '?s a schema:Product ; rdfs:label "Sora" ; kg:madeBy ?o . ?o a schema:Organization ; rdfs:label "OpenAI"')
    assert not ask(store, '?s a schema:Person ; rdfs:label "Sora"')


def test_sora_generates_video_in_a_build_of_every_fact(every_fact):
    # "its ability to craft ... videos": a rule no news measured yet (its prior, 0.75, is under the
    # default threshold), so in a build that asks for every fact
    caps = select(every_fact, 'SELECT ?l WHERE { ?s rdfs:label "Sora" ; kg:hasCapability ?c . '
                              '?c a kg:Capability ; rdfs:label ?l }')
    assert any("videos" in label for (label,) in caps), caps


def test_a_weak_fact_stays_available_below_the_default_threshold(tmp_path):
    # "Sora, a text-to-video AI generator": a capability read from an apposition, a rule measured
    # at 0.16 precision on news; out of the default graph, in a build that asks for every fact
    from kg.graph.namespaces import KG
    from kg.run.pipeline import DEFAULT_MIN_CONFIDENCE, build

    def capabilities(graph):
        return {str(graph.value(c, RDFS.label)) for c in graph.objects(None, KG.hasCapability)}

    default = build([SEED], None).graph
    every = build([SEED], None, min_confidence=0.0).graph
    assert DEFAULT_MIN_CONFIDENCE > 0
    assert "text-to-video AI generator" in capabilities(every)
    assert "text-to-video AI generator" not in capabilities(default)
    assert capabilities(default) < capabilities(every)


def test_china_rival_of_the_united_states_one_node_with_us_alias(store):
    assert ask(store, '?c rdfs:label "China" ; a schema:Country ; kg:isoCode "CN" ; kg:rivalOf ?u . '
                      '?u rdfs:label "United States" ; a schema:Country ; kg:isoCode "US" ; skos:altLabel "U.S." ; kg:rivalOf ?c')
    assert select(store, 'SELECT (COUNT(?c) AS ?n) WHERE { ?c a schema:Country ; kg:isoCode "US" }') == [("1",)]
    assert not ask(store, '?x rdfs:label "U.S."')


@pytest.fixture(scope="module")
def every_fact():
    """The seed article built with every fact read, the weak ones included."""
    from kg.graph.convert import to_turtle
    from kg.run.pipeline import build

    s = ox.Store()
    s.load(to_turtle(build([SEED], None, min_confidence=0.0).graph).encode(), format=ox.RdfFormat.TURTLE)
    return s


@pytest.mark.parametrize("name, title", [
    ("Ma Heliang", "figure within China’s film sector"),
    ("Zhou Hongyi", "player in China’s tech sphere"),
    ("Liu Wei", "AI researcher"),
])
def test_people_with_their_roles(every_fact, name, title):
    # "Liu Wei, a prominent AI researcher": a title in apposition (measured 0.82 by reading), without
    # the judgement
    assert ask(every_fact, f'?p a schema:Person ; rdfs:label "{name}" ; schema:jobTitle "{title}"')


@pytest.mark.parametrize("label", ["Ma", "Zhou", "Liu", "AI", "AGI", "Sora’s"])
def test_no_partial_or_spurious_nodes(store, label):
    assert not ask(store, f'?x rdfs:label "{label}"')


def test_partial_names_are_alt_labels(store):
    assert ask(store, '?p rdfs:label "Ma Heliang" ; skos:altLabel "Ma"')


def test_every_fact_has_evidence_pointing_into_the_article(store):
    rows = select(store, """SELECT ?fact ?text ?start ?end ?body ?rule ?conf WHERE {
        { ?fact a org:Membership } UNION { ?fact a rdf:Statement }
        ?fact kg:evidence ?ev .
        ?ev prov:wasDerivedFrom ?article ; kg:evidenceText ?text ; kg:charStart ?start ; kg:charEnd ?end ;
            kg:extractor ?rule ; kg:confidence ?conf .
        ?article a schema:NewsArticle ; schema:articleBody ?body }""")
    # 1 rivalry (2 sentences), 1 maker (the titles and capabilities measured, or guessed, under the default)
    assert len(rows) >= 3
    for fact, text, start, end, body, rule, conf in rows:
        assert body[int(start):int(end)] == text, fact
        assert rule and 0 < float(conf) <= 1


def test_rivalry_has_one_fact_with_two_evidence_records(store):
    rows = select(store, """SELECT (COUNT(?ev) AS ?n) WHERE {
        ?st a rdf:Statement ; rdf:predicate kg:rivalOf ; rdf:subject/rdfs:label "China" ;
            rdf:object/rdfs:label "United States" ; kg:evidence ?ev .
        ?ev prov:wasDerivedFrom/schema:identifier "000_e7d231e39e34906a" }""")
    assert rows == [("2",)]


def test_article_node(store):
    assert ask(store, '?a a schema:NewsArticle ; schema:headline ?h ; schema:mentions ?e . ?e rdfs:label "Sora" '
                      'FILTER(STRSTARTS(?h, "AI breakthrough Sora"))')


def test_analysis_written_back(store):
    rows = select(store, 'SELECT ?pr ?c ?d WHERE { ?s rdfs:label "Sora" ; kg:pageRank ?pr ; kg:community ?c ; kg:degree ?d }')
    # its degree is the number of entities its facts link it to: its maker (and capabilities, when in)
    linked = select(store, """SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s rdfs:label "Sora" .
        { ?s kg:madeBy|kg:hasCapability|kg:rivalOf ?o } UNION { ?o kg:madeBy|kg:hasCapability|kg:rivalOf ?s } }""")
    assert len(rows) == 1 and float(rows[0][0]) > 0 and int(rows[0][2]) == int(linked[0][0]) >= 1
    missing = select(store, """SELECT (COUNT(?e) AS ?n) WHERE { ?e rdfs:label ?l .
        { ?e a schema:Person } UNION { ?e a schema:Organization } UNION { ?e a schema:Product }
        FILTER NOT EXISTS { ?e kg:pageRank ?pr ; kg:betweenness ?b ; kg:community ?c ; kg:degree ?d } }""")
    assert missing == [("0",)]


# The demo graph takes pyshacl over a minute: a slow test, which CI runs apart (.ci/run).
@pytest.mark.parametrize("which", [
    "seed_build", pytest.param("demo_build", marks=[pytest.mark.slow, pytest.mark.xdist_group("demo")])])
def test_conforms_to_shapes(request, which):
    from pyshacl import validate

    _, out = request.getfixturevalue(which)
    data = Graph().parse(out / "graph.ttl")
    shapes = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    conforms, _, text = validate(data, shacl_graph=shapes, advanced=True)
    assert conforms, text


def test_build_twice_is_byte_identical(seed_build, tmp_path):
    from kg.run.pipeline import build

    _, out = seed_build
    build([SEED], tmp_path)
    assert (tmp_path / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()
    assert (tmp_path / "graph.html").read_bytes() == (out / "graph.html").read_bytes()


def test_cross_article_entities_merge_by_class_and_name(tmp_path):
    from kg.run.pipeline import build

    (tmp_path / "a.txt").write_text("Tim Cook is the chief executive of Apple.\n")
    (tmp_path / "b.txt").write_text("Apple unveiled the iPod Nano on Wednesday, Tim Cook said.\n")
    graph = build([tmp_path], None).graph
    s = ox.Store()
    s.load(graph.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES)
    assert select(s, 'SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a rdfs:label "Apple" }') == [("1",)]
    assert select(s, 'SELECT (COUNT(?art) AS ?n) WHERE { ?art schema:mentions ?a . ?a rdfs:label "Tim Cook" }') == [("2",)]


def test_a_product_named_with_its_maker_elsewhere_is_a_sighting_of_that_fact(tmp_path):
    # Article b says who makes the iPod; a only names the iPod beside Apple, and beside a shop
    from kg.run.pipeline import build

    (tmp_path / "b.txt").write_text("Apple's iPod is selling fast.\n")
    (tmp_path / "a.txt").write_text("Shares in Apple rose as demand for the iPod grew. "
                                    "Retailers such as Dixons said the iPod sold out.\n")
    s = ox.Store()
    s.load(build([tmp_path], None).graph.serialize(format="nt").encode(), format=ox.RdfFormat.N_TRIPLES)
    made = 'SELECT ?maker ?rule ?text WHERE { ?f rdf:predicate kg:madeBy ; rdf:subject/rdfs:label "iPod" ; ' \
           'rdf:object/rdfs:label ?maker ; kg:evidence [ kg:extractor ?rule ; kg:evidenceText ?text ] }'
    assert set(select(s, made)) == {
        ("Apple", "maker-possessive-model", "Apple's iPod is selling fast."),
        ("Apple", "maker-named-together", "Shares in Apple rose as demand for the iPod grew.")}
    # the fact's own evidence is the sentence that says it, though article a comes first
    assert select(s, 'SELECT ?rule WHERE { ?f rdf:predicate kg:madeBy ; kg:extractor ?rule }') == [("maker-possessive-model",)]


def test_python_api_returns_the_graph(tmp_path):
    import kg

    graph = kg.build([SEED], out=None)
    assert isinstance(graph, Graph) and len(graph) > 100
    assert not (tmp_path / "graph.ttl").exists()


def test_demo_articles_keep_date_and_url(demo_build):
    _, out = demo_build
    s = ox.Store()
    s.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    rows = select(s, """SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle ; schema:headline ?h ;
        schema:datePublished ?d ; schema:url ?u FILTER(STRSTARTS(STR(?u), "https://en.wikinews.org/")) }""")
    assert rows == [("144",)]


def test_every_demo_fact_is_dated_by_its_evidence(demo_build):
    # every demo article is dated (the seed text by its dateline): every fact has its first and
    # last days, the earliest and latest of its evidence records' article dates
    _, out = demo_build
    s = ox.Store()
    s.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    rows = select(s, """SELECT (COUNT(?f) AS ?n) (SUM(?ok) AS ?right) WHERE {
        { SELECT ?f (MIN(?day) AS ?first) (MAX(?day) AS ?last) WHERE {
            { ?f a org:Membership } UNION { ?f a rdf:Statement }
            OPTIONAL { ?f kg:evidence/kg:articleDate ?d BIND(SUBSTR(STR(?d), 1, 10) AS ?day) } } GROUP BY ?f }
        OPTIONAL { ?f kg:firstSeen ?fs ; kg:lastSeen ?ls }
        BIND(IF(BOUND(?fs) && STR(?fs) = ?first && STR(?ls) = ?last, 1, 0) AS ?ok) }""")
    (n, right), = rows
    assert int(n) > 400 and right == n


def test_parallel_parsing_gives_the_same_graph(tmp_path, monkeypatch):
    from kg.run import processes
    from kg.run.pipeline import build

    # Batches of two, so that six articles make three tasks spread over the two workers (at the
    # usual 16 a task, one worker would parse them all and the other none).
    monkeypatch.setattr(processes, "BATCH", 2)
    lines = (ROOT / "seeds" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = build([tmp_path / "in.jsonl"], tmp_path / "one", jobs=1)
    two = build([tmp_path / "in.jsonl"], tmp_path / "two", jobs=2)
    assert one.report.articles == two.report.articles == 6
    assert (tmp_path / "one" / "graph.ttl").read_bytes() == (tmp_path / "two" / "graph.ttl").read_bytes()


def test_a_text_over_the_pipelines_limit_is_skipped_and_the_rest_parsed(nlp, monkeypatch):
    from kg.model import Article
    from kg.run.parse import extract_all

    monkeypatch.setattr(nlp, "max_length", 200)
    articles = (Article(f"a{i}", "", text, f"in.jsonl:{i}") for i, text in enumerate(
        ["Tim Cook runs Apple.", "word " * 100, "Satya Nadella, chief executive of Microsoft, spoke."]))
    skipped = []
    results = list(extract_all(articles, nlp, skipped))
    assert [r.article.id for r in results] == ["a0", "a2"]
    assert [s.where for s in skipped] == ["in.jsonl:1"] and "text too long" in skipped[0].reason
