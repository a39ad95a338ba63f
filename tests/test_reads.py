"""Which predicates a query reads: what kg query --as-of copies for it."""
from __future__ import annotations

import pytest

from kg.sparql.query import named_queries
from kg.sparql.reads import predicates_read

KG = "https://w3id.org/newskg/ontology#"
ORG = "http://www.w3.org/ns/org#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@pytest.mark.parametrize("query, read", [
    ("SELECT ?n WHERE { ?x a kg:Capability ; rdfs:label ?n }", {RDF_TYPE, LABEL}),
    # paths: sequences, alternatives, inverses and one-or-more steps name their predicates
    ("SELECT ?n WHERE { ?m org:member/rdfs:label ?n }", {ORG + "member", LABEL}),
    ("SELECT ?o WHERE { ?x (kg:madeBy|^kg:hasCapability)+ ?o }", {KG + "madeBy", KG + "hasCapability"}),
    # what a FILTER EXISTS, a subquery or an OPTIONAL reads counts too
    ("SELECT ?x WHERE { ?x kg:basedIn ?p FILTER NOT EXISTS { ?x kg:status kg:Former } }", {KG + "basedIn", KG + "status"}),
    ("SELECT ?x ?r WHERE { { SELECT ?x WHERE { ?x kg:rank 1 } } OPTIONAL { ?x kg:degree ?r } }",
     {KG + "rank", KG + "degree"}),
    ("SELECT ?g WHERE { GRAPH ?g { ?e kg:evidenceText ?t } }", {KG + "evidenceText"}),
    # a CONSTRUCT's template is written, not read
    ("CONSTRUCT { ?x ?p ?y } WHERE { ?x kg:rivalOf ?y BIND(kg:rivalOf AS ?p) }", {KG + "rivalOf"}),
    ("ASK { }", set()),
])
def test_a_query_that_names_its_predicates_reads_those_alone(query, read):
    assert predicates_read(query) == read


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { ?s ?p ?o }",  # a variable in a predicate's place
    "SELECT ?x WHERE { ?x kg:rank 1 . ?x ?p ?y }",
    "SELECT ?x WHERE { ?x !rdf:type ?y }",  # a negated set: every other predicate
    "SELECT ?x ?y WHERE { ?x kg:locatedIn* ?y }",  # no step: every node of the graph to itself
    "SELECT ?x ?y WHERE { ?x kg:locatedIn? ?y }",
    "SELECT ?g WHERE { GRAPH ?g { } }",  # every graph, whatever its triples
    "DESCRIBE ?x WHERE { ?x kg:rank 1 }",  # all a node's triples
    # SPARQL past rdflib's grammar (Oxigraph's LATERAL) and no SPARQL at all
    "SELECT ?x ?n WHERE { ?x kg:rank 1 LATERAL { ?x rdfs:label ?n } }",
    "SELEKT nothing",
])
def test_a_query_that_may_read_any_predicate_is_unbounded(query):
    assert predicates_read(query) is None


def test_every_named_query_but_changes_names_its_predicates():
    # (changes answers from the whole graph; it uses LATERAL)
    read = {name: predicates_read(query.text) for name, query in named_queries().items()}
    assert {name for name, predicates in read.items() if predicates is None} == {"changes"}
    assert read["central"] == {RDF_TYPE, LABEL} | {KG + p for p in ("rank", "pageRank", "degree", "community")}
