"""Chains of facts: the shortest paths of facts linking two entities, each step with its evidence."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import islice

import networkx as nx
from rdflib import SKOS, Graph, URIRef

from ..errors import KgError
from ..graph.read import FAMILY_NAMES, read_articles, read_facts, read_sightings
from .metrics import entity_graph


def find_entity(graph: Graph, g: nx.Graph, name: str) -> URIRef:
    """The entity called ``name`` (label or alternative name, any case); a clear error otherwise."""
    key = name.strip().casefold()
    exact = [n for n in g if g.nodes[n]["label"].casefold() == key]
    if not exact:
        exact = [n for n in g if any(str(a).casefold() == key for a in graph.objects(n, SKOS.altLabel))]
    if not exact:
        close = sorted(g.nodes[n]["label"] for n in g if key in g.nodes[n]["label"].casefold())[:5]
        hint = f"; did you mean {', '.join(repr(c) for c in close)}?" if close else ""
        raise KgError(f"no entity called {name!r} in the graph{hint}")
    if len(exact) > 1:
        exact.sort(key=lambda n: -g.degree(n))
    return exact[0]


@dataclass
class Step:
    source: str
    target: str
    relation: str
    evidence: list[tuple[str, str]]  # (sentence, headline)


def _relation(fact: dict) -> str:
    return (fact["role"] or "member of") if fact["family"] == "role" else FAMILY_NAMES[fact["family"]]


def paths(graph: Graph, source: str, target: str, limit: int = 3) -> list[list[Step]]:
    """The shortest chains of facts linking two entities, each step with its evidence."""
    g = entity_graph(graph)
    a, b = find_entity(graph, g, source), find_entity(graph, g, target)
    if a == b:
        raise KgError(f"{source!r} and {target!r} are the same entity")
    try:
        found = list(islice(nx.all_shortest_paths(g, a, b), limit))
    except nx.NetworkXNoPath:
        return []
    # Read every fact once, indexed by the pair of entities it links.
    sightings = read_sightings(graph)
    articles, art_index = read_articles(graph, sightings)
    between: dict[frozenset, list[dict]] = defaultdict(list)
    for fact in read_facts(graph, art_index, sightings):
        if fact["o"] is not None:
            between[frozenset((fact["s"], fact["o"]))].append(fact)
    out = []
    for path in found:
        steps = []
        for x, y in zip(path, path[1:]):
            facts = between[frozenset((str(x), str(y)))]
            relation = ", ".join(dict.fromkeys(_relation(f) for f in facts))
            evidence = [(ev["text"], articles[ev["art"]]["headline"]) for f in facts for ev in f["ev"]]
            steps.append(Step(g.nodes[x]["label"], g.nodes[y]["label"], relation, evidence))
        out.append(steps)
    return out
