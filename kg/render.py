"""Render the knowledge graph as one self-contained, interactive HTML page (pyvis / vis-network).

pyvis's stock template loads vis-network and Bootstrap from CDNs; ours inlines vis-network from
the pyvis package so the page works with no network. Everything the page shows (names, facts,
evidence sentences, headlines) reaches it as JSON and is put on screen with textContent, never
parsed as HTML. Positions are computed here with networkx, so even a large graph is still and
responsive as soon as it is drawn.
"""
from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader
from pyvis.network import Network
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from .analyze import Metrics
from .namespaces import KG, ORG, PROV, SCHEMA
from .rdf import PREDICATES

TEMPLATES = Path(__file__).parent / "templates"
PYVIS_TEMPLATES = Path(pyvis.__file__).parent / "templates"
# Colour-blind-safe palette (Okabe-Ito), one colour per class.
COLORS = {
    "Person": "#0072B2", "Organization": "#E69F00", "Country": "#009E73", "Place": "#56B4E9",
    "Product": "#D55E00", "Event": "#CC79A7", "Capability": "#999999",
}
FAMILY_NAMES = {
    "role": "roles", "rivalry": "rivalries", "capability": "capabilities", "maker": "makers",
    "based_in": "based in", "located_in": "located in", "lives_in": "lives in",
    "nationality": "nationality", "kill": "killings",
}
PREDICATE_FAMILIES = {str(p): fam for fam, p in PREDICATES.items()}
DEFAULT_MAX_NODES = 150  # drawn at first; the page's control shows more or all
SHOW_ALL_BELOW = 60  # entities; smaller graphs are drawn whole, isolated entities included
LAYOUT_NODES = 800  # the most central entities get positions computed here
SEED = 42


class Sightings(NamedTuple):
    """What the page shows of articles, when the graph given to it does not hold them: a store
    build renders from its entity-level graph, the articles' own triples being in the store."""

    articles: dict[URIRef, dict]  # article -> {"id", "headline", "url", "date"}
    records: dict[URIRef, list[dict]]  # fact -> its sightings shown: {"article", "text", "rule", "conf"}, sorted
    mentions: dict[URIRef, int]  # entity -> articles that mention it


def read_sightings(graph: Graph) -> Sightings:
    """The Sightings of a whole graph, which holds its articles and evidence records."""
    articles = {}
    for a in graph.subjects(RDF.type, SCHEMA.NewsArticle):
        url, date = graph.value(a, SCHEMA.url), graph.value(a, SCHEMA.datePublished)
        articles[a] = {"id": str(graph.value(a, SCHEMA.identifier) or a), "headline": str(graph.value(a, SCHEMA.headline) or ""),
                       "url": str(url) if url else None, "date": str(date) if date else None}
    records = defaultdict(list)
    for fact, rec in graph.subject_objects(KG.evidence):
        records[fact].append((rec, {"article": graph.value(rec, PROV.wasDerivedFrom),
                                    "text": str(graph.value(rec, KG.evidenceText)),
                                    "rule": str(graph.value(rec, KG.extractor)),
                                    "conf": float(graph.value(rec, KG.confidence))}))
    mentions = defaultdict(set)
    for article, entity in graph.subject_objects(SCHEMA.mentions):
        mentions[entity].add(article)
    # The page lists the articles its evidence cites, as a store build's page does (an article
    # with no fact has nothing to show there).
    cited = {rec["article"] for recs in records.values() for _, rec in recs}
    return Sightings({a: v for a, v in articles.items() if a in cited},
                     {fact: [r for _, r in sorted(recs, key=lambda x: x[0])] for fact, recs in records.items()},
                     {entity: len(arts) for entity, arts in mentions.items()})


def read_articles(graph: Graph, sightings: Sightings | None = None) -> tuple[list[dict], dict[URIRef, int]]:
    """The articles the page lists, and each one's index; from ``sightings`` if given."""
    sightings = sightings or read_sightings(graph)
    arts = sorted(sightings.articles)
    return [sightings.articles[a] for a in arts], {a: i for i, a in enumerate(arts)}


def read_facts(graph: Graph, art_index: dict[URIRef, int], sightings: Sightings | None = None) -> list[dict]:
    """Every fact with its evidence: memberships and reified statements."""
    sightings = sightings or read_sightings(graph)
    facts = []

    def evidence(fact_node) -> list[dict]:
        return [{"text": r["text"], "art": art_index.get(r["article"]), "rule": r["rule"], "conf": r["conf"]}
                for r in sightings.records.get(fact_node, [])]

    for m in sorted(graph.subjects(RDF.type, ORG.Membership)):
        role = graph.value(m, ORG.role)
        facts.append({"family": "role", "s": str(graph.value(m, ORG.member)), "o": str(graph.value(m, ORG.organization)),
                      "role": str(graph.value(role, RDFS.label)) if role else None,
                      "conf": float(graph.value(m, KG.confidence)), "ev": evidence(m)})
    for st in sorted(graph.subjects(RDF.type, RDF.Statement)):
        p, o = graph.value(st, RDF.predicate), graph.value(st, RDF.object)
        family = "role" if p == SCHEMA.jobTitle else PREDICATE_FAMILIES.get(str(p))
        if family is None:
            continue
        fact = {"family": family, "s": str(graph.value(st, RDF.subject)), "conf": float(graph.value(st, KG.confidence)),
                "ev": evidence(st)}
        if isinstance(o, Literal):
            fact.update(o=None, role=str(o))
        else:
            fact.update(o=str(o), role=None)
        facts.append(fact)
    return facts


def layout(g: nx.Graph, nodes: list, scale: float) -> dict:
    """Positions for ``nodes`` (a spring layout of the subgraph they induce; fixed seed)."""
    if not nodes:
        return {}
    # A fresh graph in sorted order: g.subgraph() iterates its node *set*, whose order follows
    # string hashing and so changes from one process to the next, and with it the layout.
    keep = set(nodes)
    sub = nx.Graph()
    sub.add_nodes_from(sorted(keep))
    sub.add_edges_from(sorted(tuple(sorted(e)) for e in g.subgraph(keep).edges()))
    pos = nx.spring_layout(sub, seed=SEED, iterations=60, k=1.6 / math.sqrt(max(len(nodes), 1)))
    return {n: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for n, (x, y) in pos.items()}


def page_data(graph: Graph, g: nx.Graph, metrics: Metrics, max_nodes: int = DEFAULT_MAX_NODES,
              sightings: Sightings | None = None) -> dict:
    """Everything graph.html shows, as plain JSON-able data; ``sightings`` when ``graph`` lacks
    its articles and evidence records."""
    sightings = sightings or read_sightings(graph)
    articles, art_index = read_articles(graph, sightings)
    facts = read_facts(graph, art_index, sightings)
    ranked = sorted(g.nodes, key=lambda n: (-metrics.pagerank.get(n, 0), str(n)))
    small = g.number_of_nodes() <= SHOW_ALL_BELOW
    placed = ranked if small else [n for n in ranked if g.degree(n) > 0][:LAYOUT_NODES]
    scale = 30 * math.sqrt(max(len(placed), 4))
    positions = layout(g, placed, scale)
    nodes = []
    for n in ranked:
        data = g.nodes[n]
        node = {"id": str(n), "label": data["label"], "cls": data["cls"],
                "names": sorted(str(a) for a in graph.objects(n, SKOS.altLabel)),
                "pr": round(metrics.pagerank.get(n, 0.0), 6), "bt": round(metrics.betweenness.get(n, 0.0), 6),
                "deg": metrics.degree.get(n, 0), "comm": metrics.community.get(n, 0),
                "mentions": sightings.mentions.get(n, 0)}
        code = graph.value(n, KG.isoCode)
        if code:
            node["iso"] = str(code)
        if n in positions:
            node["x"], node["y"] = positions[n]
        nodes.append(node)
    index = {str(n): i for i, n in enumerate(ranked)}
    by_pair: dict[tuple[str, str], dict] = {}
    for k, fact in enumerate(facts):
        if fact["o"] is None or fact["s"] not in index or fact["o"] not in index:
            continue
        pair = tuple(sorted((fact["s"], fact["o"])))
        edge = by_pair.setdefault(pair, {"from": pair[0], "to": pair[1], "families": set(), "facts": []})
        edge["families"].add(fact["family"])
        edge["facts"].append(k)
    edges = [dict(e, families=sorted(e["families"])) for _, e in sorted(by_pair.items())]
    # Community labels: their most central members.
    members: dict[int, list[str]] = defaultdict(list)
    for node in nodes:
        if len(members[node["comm"]]) < 3:
            members[node["comm"]].append(node["label"])
    communities = {str(c): " · ".join(m) for c, m in members.items()}
    return {"nodes": nodes, "edges": edges, "facts": facts, "articles": articles, "colors": COLORS,
            "families": FAMILY_NAMES, "communities": communities,
            "initial": len(nodes) if small else max_nodes, "showIsolated": small}


def build_network(data: dict) -> Network:
    """The pyvis network: vis options, and the nodes and edges drawn first (the page redraws on demand)."""
    net = Network(height="100%", width="100%", directed=False, cdn_resources="in_line")
    net.options = {
        # The page runs a bounded stabilisation from the precomputed positions, then stops physics.
        "physics": {"enabled": False, "solver": "forceAtlas2Based",
                    "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 80, "avoidOverlap": 0.4},
                    "stabilization": {"enabled": False}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
        "edges": {"font": {"size": 10, "align": "middle"}, "color": {"color": "#b0b0b0"}, "smooth": False},
        "nodes": {"font": {"size": 14}, "shape": "dot"},
    }
    net.heading = f"{len(data['nodes'])} entities · {len(data['edges'])} links · {len(data['articles'])} articles"
    return net


def render_html(graph: Graph, g: nx.Graph, metrics: Metrics, title: str = "kg — news knowledge graph",
                max_nodes: int = DEFAULT_MAX_NODES, sightings: Sightings | None = None) -> str:
    data = page_data(graph, g, metrics, max_nodes, sightings)
    net = build_network(data)
    net.set_template_dir(str(TEMPLATES), "graph.html")
    # Our template first; pyvis's own folder for the vis-network files it inlines.
    net.templateEnv = Environment(loader=FileSystemLoader([str(TEMPLATES), str(PYVIS_TEMPLATES)]), autoescape=True)
    net.templateEnv.globals.update(page_title=title, kg_data=data)
    return net.generate_html(name="graph.html")
