"""Chains of facts: the shortest paths of facts linking two entities, each step with its evidence.

Read from the store with SPARQL, not through rdflib: the entities and their links are a small
part of a built graph, and the evidence is needed only for the steps found (on the BBC graph
this takes a second where reading the whole graph into rdflib took ten).
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import islice

import networkx as nx
import pyoxigraph as ox

from ..errors import KgError
from ..graph.convert import TURTLE_PREFIXES
from ..graph.read import FACT_PHRASES, PREDICATE_FAMILIES
from ..graph.terms import IRI_CLASSES, PREDICATES
from ..model import CONFIRMED_ONLY

_CLASSES = " ".join(f"<{c}>" for c in IRI_CLASSES)
_LINKS = " ".join(f"<{p}>" for p in PREDICATES.values())

ENTITIES = f"SELECT ?e ?label WHERE {{ VALUES ?c {{ {_CLASSES} }} ?e a ?c ; rdfs:label ?label }}"
ALIASES = "SELECT ?e ?name WHERE { ?e skos:altLabel ?name }"
LINKS = f"""SELECT DISTINCT ?s ?o WHERE {{
  {{ ?m a org:Membership ; org:member ?s ; org:organization ?o }}
  UNION {{ VALUES ?p {{ {_LINKS} }} ?s ?p ?o }}
}}"""
# The facts with subject ?s and object ?o, each with its sightings.
EVIDENCE = """SELECT ?fact ?rec ?rule ?s ?o ?p ?role ?text ?headline ?id WHERE {
  { ?fact a org:Membership ; org:member ?s ; org:organization ?o . OPTIONAL { ?fact org:role/rdfs:label ?role } }
  UNION { ?fact a rdf:Statement ; rdf:subject ?s ; rdf:object ?o ; rdf:predicate ?p }
  ?fact kg:evidence ?rec . ?rec kg:evidenceText ?text ; kg:extractor ?rule ; prov:wasDerivedFrom ?art .
  OPTIONAL { ?art schema:headline ?headline }
  OPTIONAL { ?art schema:identifier ?id }
} ORDER BY ?fact ?rec"""


@dataclass
class Step:
    source: str
    target: str
    relation: str  # what links them, each read from its fact's subject: "made by", "rival of", "chief executive of"
    evidence: list[tuple[str, str]]  # (sentence, headline)
    facts: list[str]  # each fact with its direction: "Sora made by OpenAI"


def _ask(store: ox.Store, query: str, **bound: str):
    """Every graph of the store at once, with kg's prefixes; ``bound`` variables set to IRIs."""
    return store.query(query, prefixes=TURTLE_PREFIXES, use_default_graph_as_union=True,
                       substitutions={ox.Variable(k): ox.NamedNode(v) for k, v in bound.items()})


def _entity_graph(store: ox.Store) -> tuple[nx.Graph, dict[str, str]]:
    labels = {s["e"].value: s["label"].value for s in _ask(store, ENTITIES)}
    g = nx.Graph()
    g.add_nodes_from(sorted(labels))
    pairs = {tuple(sorted((s["s"].value, s["o"].value))) for s in _ask(store, LINKS)}
    g.add_edges_from(sorted((a, b) for a, b in pairs if a in labels and b in labels and a != b))
    return g, labels


def find_entity(store: ox.Store, g: nx.Graph, labels: dict[str, str], name: str) -> str:
    """The entity called ``name`` (label or alternative name, any case), the best linked one when
    several are; a clear error otherwise."""
    key = name.strip().casefold()
    exact = [n for n, label in labels.items() if label.casefold() == key]
    if not exact:
        aliases = _ask(store, ALIASES)
        exact = sorted({s["e"].value for s in aliases if s["name"].value.casefold() == key and s["e"].value in labels})
    if not exact:
        close = sorted(label for label in labels.values() if key in label.casefold())[:5]
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise KgError(f"no entity called {name!r} in the graph{hint}")
    return sorted(exact, key=lambda n: (-g.degree(n), n))[0]


def _phrase(p: ox.NamedNode | None, role: ox.Literal | None) -> str:
    if p is None:
        return f"{role.value} of" if role is not None else "member of"
    return FACT_PHRASES[PREDICATE_FAMILIES[p.value]]


def _step(store: ox.Store, labels: dict[str, str], x: str, y: str) -> Step:
    # each fact's sentences that state it first, then those that name it again (kg.model.CONFIRMED_ONLY)
    rows = sorted((row for s, o in ((x, y), (y, x)) for row in _ask(store, EVIDENCE, s=s, o=o)),
                  key=lambda row: (row["fact"].value, row["rule"].value in CONFIRMED_ONLY, row["rec"].value))
    facts: dict[str, str] = {}
    relations: dict[str, None] = {}
    evidence = []
    for row in rows:
        phrase = _phrase(row["p"], row["role"])
        facts.setdefault(row["fact"].value, f"{labels[row['s'].value]} {phrase} {labels[row['o'].value]}")
        relations.setdefault(phrase, None)
        headline = row["headline"] or row["id"]
        evidence.append((row["text"].value, headline.value if headline is not None else ""))
    return Step(labels[x], labels[y], ", ".join(relations), evidence, list(facts.values()))


def paths(store: ox.Store, source: str, target: str, limit: int = 3) -> list[list[Step]]:
    """The shortest chains of facts linking two entities, each step with its evidence."""
    g, labels = _entity_graph(store)
    a, b = find_entity(store, g, labels, source), find_entity(store, g, labels, target)
    if a == b:
        raise KgError(f"{source!r} and {target!r} are the same entity")
    try:
        found = list(islice(nx.all_shortest_paths(g, a, b), limit))
    except nx.NetworkXNoPath:
        return []
    return [[_step(store, labels, x, y) for x, y in zip(path, path[1:])] for path in found]
