"""Betweenness from igraph must be networkx's exact betweenness, normalised the same way."""
from __future__ import annotations

import networkx as nx
import pytest

from kg.analysis.metrics import betweenness_centrality


@pytest.mark.parametrize("graph", [
    nx.karate_club_graph(),
    nx.disjoint_union(nx.path_graph(6), nx.star_graph(4)),  # two components
    nx.Graph([("a", "b")]),
])
def test_betweenness_equals_networkx(graph):
    graph = graph.copy()
    graph.add_nodes_from(["lone-1", "lone-2"])  # unlinked entities are most of a news graph
    expected = nx.betweenness_centrality(graph)
    got = betweenness_centrality(graph)
    assert got.keys() == expected.keys()
    assert max(abs(got[n] - expected[n]) for n in graph) < 1e-12
    assert any(v > 0 for v in got.values()) or graph.number_of_edges() == 1


def test_a_link_the_news_states_often_weighs_more_in_pagerank():
    """Ann Ruiz, stated six times as Vantor's chief, outranks Tom Hale, stated once at Vantor and
    once at Kestrel; with every link alike, Tom Hale's two links put him first."""
    from rdflib import RDF, RDFS, Graph, Literal, URIRef

    from kg.analysis.metrics import compute, entity_graph
    from kg.graph.namespaces import KG, ORG, SCHEMA

    graph, ns = Graph(), "https://example.org/"

    def entity(name, cls):
        node = URIRef(ns + name.replace(" ", "_"))
        graph.add((node, RDF.type, cls))
        graph.add((node, RDFS.label, Literal(name)))
        return node

    def member(person, org, said):
        fact = URIRef(f"{person}/at/{org.rsplit('/', 1)[-1]}")
        graph.add((fact, RDF.type, ORG.Membership))
        graph.add((fact, ORG.member, person))
        graph.add((fact, ORG.organization, org))
        for k in range(said):
            graph.add((fact, KG.evidence, URIRef(f"{fact}/sighting/{k}")))
        return fact

    ann, tom = entity("Ann Ruiz", SCHEMA.Person), entity("Tom Hale", SCHEMA.Person)
    vantor, kestrel = entity("Vantor", SCHEMA.Organization), entity("Kestrel", SCHEMA.Organization)
    said = {member(ann, vantor, 6): 6, member(tom, vantor, 1): 1, member(tom, kestrel, 1): 1}
    g = entity_graph(graph)
    assert (g[ann][vantor]["sightings"], g[tom][vantor]["sightings"]) == (6, 1)
    weighted = compute(g).pagerank
    assert weighted[ann] > weighted[tom]
    assert nx.pagerank(g)[tom] > nx.pagerank(g)[ann]  # every link alike
    # a store build's graph keeps the records in the articles' graphs: it is weighed by the count given
    bare = Graph()
    for triple in graph:
        if triple[1] != KG.evidence:
            bare.add(triple)
    assert compute(entity_graph(bare, said)).pagerank == weighted
    assert compute(entity_graph(bare)).pagerank == pytest.approx(nx.pagerank(g, tol=1e-10))  # none given: all alike


def test_entities_in_no_fact_rank_by_the_articles_that_mention_them():
    """Every entity in no fact has the same PageRank: the one more articles mention comes first
    (the Zorbit Awards, named in three, before the Kestrel Cup named in one), in the rank the
    graph keeps and in the order the summaries show; given the counts, the same order."""
    from rdflib import RDF, RDFS, Graph, Literal, URIRef

    from kg.analysis.metrics import analyze, by_centrality
    from kg.graph.namespaces import KG, SCHEMA

    graph, ns = Graph(), "https://example.org/"
    cup, awards = URIRef(ns + "a-kestrel-cup"), URIRef(ns + "b-zorbit-awards")
    for node, name, articles in ((cup, "Kestrel Cup", 1), (awards, "Zorbit Awards", 3)):
        graph.add((node, RDF.type, SCHEMA.Event))
        graph.add((node, RDFS.label, Literal(name)))
        for k in range(articles):
            graph.add((URIRef(f"{ns}article/{k}"), SCHEMA.mentions, node))
    g, metrics = analyze(graph)
    assert metrics.pagerank[cup] == metrics.pagerank[awards]
    assert by_centrality(g, metrics) == [awards, cup]
    assert (graph.value(awards, KG.rank), graph.value(cup, KG.rank)) == (Literal(1), Literal(2))
    bare = Graph()
    for triple in graph.triples((None, None, None)):
        if triple[1] != SCHEMA.mentions:
            bare.add(triple)
    g, metrics = analyze(bare, mentioned={cup: 1, awards: 3})
    assert by_centrality(g, metrics) == [awards, cup]
