"""Render the knowledge graph as one self-contained HTML page with pyvis (vis-network).

pyvis's stock template loads vis-network and Bootstrap from CDNs; ours inlines vis-network from
the pyvis package so the page works with no network. Article text reaches the page only as JSON
data and is put on screen with textContent, never parsed as HTML.
"""
from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader
from pyvis.network import Network
from rdflib import RDF, RDFS, SKOS, Graph, URIRef

from .analyze import Metrics
from .namespaces import KG, ORG, PROV, SCHEMA

TEMPLATES = Path(__file__).parent / "templates"
PYVIS_TEMPLATES = Path(pyvis.__file__).parent / "templates"
# Colour-blind-safe palette (Okabe-Ito), one colour per class.
COLORS = {
    "Person": "#0072B2", "Organization": "#E69F00", "Country": "#009E73", "Place": "#56B4E9",
    "Product": "#D55E00", "Event": "#CC79A7", "Capability": "#999999",
}
DEFAULT_MAX_NODES = 500
SHOW_ALL_BELOW = 60  # entities; smaller graphs are drawn whole, isolated entities included
MAX_EVIDENCE_IN_TOOLTIP = 3


def _evidence_by_edge(graph: Graph) -> dict[tuple[URIRef, URIRef], list[str]]:
    """Evidence sentences, with the article headline, for each pair of linked entities."""
    out: dict[tuple[URIRef, URIRef], list[str]] = defaultdict(list)

    def add(a, b, fact) -> None:
        if a is None or not isinstance(b, URIRef):
            return
        for record in sorted(graph.objects(fact, KG.evidence)):
            text = graph.value(record, KG.evidenceText)
            article = graph.value(record, PROV.wasDerivedFrom)
            headline = graph.value(article, SCHEMA.headline) if article is not None else None
            out[tuple(sorted((a, b)))].append(f"“{text}”\n— {headline}")

    for m in graph.subjects(RDF.type, ORG.Membership):
        add(graph.value(m, ORG.member), graph.value(m, ORG.organization), m)
    for st in graph.subjects(RDF.type, RDF.Statement):
        add(graph.value(st, RDF.subject), graph.value(st, RDF.object), st)
    return out


def _node_tooltip(graph: Graph, node: URIRef, cls: str, metrics: Metrics) -> str:
    lines = [f"{graph.value(node, RDFS.label)} ({cls})"]
    aliases = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
    if aliases:
        lines.append("Also: " + ", ".join(aliases))
    titles = sorted(str(t) for t in graph.objects(node, SCHEMA.jobTitle))
    if titles:
        lines.append("Described as: " + "; ".join(titles))
    code = graph.value(node, KG.isoCode)
    if code:
        lines.append(f"ISO code: {code}")
    mentions = len(set(graph.subjects(SCHEMA.mentions, node)))
    lines.append(f"Mentioned in {mentions} article{'s' if mentions != 1 else ''}")
    lines.append(f"PageRank {metrics.pagerank.get(node, 0):.4f} · degree {metrics.degree.get(node, 0)}"
                 f" · community {metrics.community.get(node, 0)}")
    return "\n".join(lines)


def build_network(graph: Graph, g: nx.Graph, metrics: Metrics, max_nodes: int = DEFAULT_MAX_NODES) -> Network:
    """A pyvis Network of the most central ``max_nodes`` entities and the facts between them."""
    # In a large graph, an entity in no fact says little in a picture of links: draw the linked ones.
    candidates = [n for n in g.nodes if g.degree(n) > 0]
    if g.number_of_nodes() <= SHOW_ALL_BELOW or not candidates:
        candidates = list(g.nodes)
    ranked = sorted(candidates, key=lambda n: (-metrics.pagerank.get(n, 0), str(n)))
    shown = sorted(ranked[:max_nodes])
    shown_set = set(shown)
    top = max((metrics.pagerank.get(n, 0) for n in shown), default=1.0) or 1.0
    net = Network(height="100%", width="100%", directed=False, cdn_resources="in_line")
    for node in shown:
        cls = g.nodes[node]["cls"]
        size = 8 + 32 * math.sqrt(metrics.pagerank.get(node, 0) / top)
        net.add_node(str(node), label=g.nodes[node]["label"], title=_node_tooltip(graph, node, cls, metrics),
                     color=COLORS[cls], size=round(size, 2), cls=cls, shape="dot")
    evidence = _evidence_by_edge(graph)
    for a, b, data in sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1]))):
        if a in shown_set and b in shown_set:
            key = tuple(sorted((a, b)))
            sentences = evidence.get(key, [])
            extra = len(sentences) - MAX_EVIDENCE_IN_TOOLTIP
            tip = "\n\n".join(sentences[:MAX_EVIDENCE_IN_TOOLTIP]) + (f"\n\n(+{extra} more)" if extra > 0 else "")
            label = ", ".join(data["relations"])
            net.add_edge(str(a), str(b), label=label, title=f"{label}\n\n{tip}".strip())
    net.options = {
        "physics": {"enabled": True, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 300, "fit": True}},
        "interaction": {"hover": True, "tooltipDelay": 120, "navigationButtons": False},
        "edges": {"font": {"size": 10, "align": "middle"}, "color": {"color": "#b0b0b0"}, "smooth": False},
        "nodes": {"font": {"size": 14}},
    }
    net.heading = f"{len(shown)} of {g.number_of_nodes()} entities · {g.number_of_edges()} links"
    return net


def render_html(graph: Graph, g: nx.Graph, metrics: Metrics, title: str = "kg — news knowledge graph",
                max_nodes: int = DEFAULT_MAX_NODES) -> str:
    net = build_network(graph, g, metrics, max_nodes)
    net.set_template_dir(str(TEMPLATES), "graph.html")
    # Our template first; pyvis's own folder for the vis-network files it inlines.
    net.templateEnv = Environment(loader=FileSystemLoader([str(TEMPLATES), str(PYVIS_TEMPLATES)]), autoescape=True)
    net.templateEnv.globals.update(page_title=title, legend=[{"cls": c, "color": COLORS[c]} for c in COLORS])
    return net.generate_html(name="graph.html")
