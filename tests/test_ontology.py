"""The vocabulary is a contract: code, ontology and README name the same terms."""
from __future__ import annotations

import re

from conftest import ROOT
from rdflib import OWL, RDF, Graph, URIRef

from kg.graph.namespaces import KG, KG_IRI


def ontology_terms() -> set[str]:
    g = Graph().parse(ROOT / "ontology" / "kg.ttl")
    terms = set()
    for kind in (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.NamedIndividual):
        terms.update(str(s)[len(KG_IRI):] for s in g.subjects(RDF.type, kind) if str(s).startswith(KG_IRI))
    return terms


def test_namespace_matches_ontology():
    assert set(KG.__annotations__) == ontology_terms()


def test_namespace_is_strict():
    import pytest

    with pytest.raises(AttributeError):
        KG.rivalof  # noqa: B018 - the typo must fail


def test_rival_of_is_symmetric():
    g = Graph().parse(ROOT / "ontology" / "kg.ttl")
    assert (URIRef(KG.rivalOf), RDF.type, OWL.SymmetricProperty) in g


def test_readme_documents_every_term():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [t for t in sorted(ontology_terms()) if not re.search(rf"kg:{t}\b", readme)]
    assert not missing, f"README does not document: {missing}"


def test_shapes_parse():
    g = Graph().parse(ROOT / "ontology" / "shapes.ttl")
    assert len(g) > 50
