"""The terms kg writes, as code reads them: class IRIs, the predicate of each fact family, prefixes."""
from __future__ import annotations

from decimal import Decimal

from rdflib import RDFS, SKOS, XSD, Graph, Literal
from rdflib.namespace import OWL, TIME

from ..model import BASED_IN, CAPABILITY, CAPABILITY_OF, KILL, LIVES_IN, LOCATED_IN, MAKER, NATIONALITY, RIVALRY
from .iris import DEFAULT_BASE
from .namespaces import KG, ORG, PROV, SCHEMA

CLASS_IRIS = {
    "Person": SCHEMA.Person, "Organization": SCHEMA.Organization, "Country": SCHEMA.Country,
    "Place": SCHEMA.Place, "Product": SCHEMA.Product, "Event": SCHEMA.Event, CAPABILITY: KG.Capability,
}

IRI_CLASSES = {iri: name for name, iri in CLASS_IRIS.items()}

# Binary fact families and the predicate each asserts.
PREDICATES = {RIVALRY: KG.rivalOf, CAPABILITY_OF: KG.hasCapability, MAKER: KG.madeBy, BASED_IN: KG.basedIn,
              LOCATED_IN: KG.locatedIn, LIVES_IN: KG.livesIn, NATIONALITY: SCHEMA.nationality, KILL: KG.killed}

PREFIXES = {"kg": KG._NS, "schema": SCHEMA, "org": ORG, "prov": PROV, "skos": SKOS, "rdfs": RDFS,
            "owl": OWL, "xsd": XSD, "time": TIME}


def decimal(value: float, places: int = 3) -> Literal:
    return Literal(Decimal(f"{value:.{places}f}"), datatype=XSD.decimal)


def new_graph(base: str = DEFAULT_BASE) -> Graph:
    graph = Graph()
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns)
    graph.bind("id", base)
    return graph
