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

import networkx as nx
import pyvis
from jinja2 import Environment, FileSystemLoader
from pyvis.network import Network
from rdflib import SKOS, Graph

from ..analysis.metrics import Metrics
from ..graph.namespaces import KG
from ..graph.read import FAMILY_NAMES, Sightings, read_articles, read_facts, read_sightings

TEMPLATES = Path(__file__).parent / "templates"
PYVIS_TEMPLATES = Path(pyvis.__file__).parent / "templates"
# Colour-blind-safe palette (Okabe-Ito), one colour per class.
COLORS = {
    "Person": "#0072B2", "Organization": "#E69F00", "Country": "#009E73", "Place": "#56B4E9",
    "Product": "#D55E00", "Event": "#CC79A7", "Capability": "#999999",
}
DEFAULT_MAX_NODES = 150  # drawn at first; the page's control shows more or all
SHOW_ALL_BELOW = 60  # entities; smaller graphs are drawn whole, isolated entities included
LAYOUT_NODES = 800  # the most central entities get positions computed here
SEED = 42


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
                max_nodes: int = DEFAULT_MAX_NODES, sightings: Sightings | None = None,
                turtle_digest: str | None = None) -> str:
    """The page. ``turtle_digest``, the SHA-256 of the graph.ttl written with it, is shown in the
    page, so that a page and a graph.ttl of different builds (a kill between the two writes) can
    be told apart."""
    data = page_data(graph, g, metrics, max_nodes, sightings)
    net = build_network(data)
    net.set_template_dir(str(TEMPLATES), "graph.html")
    # Our template first; pyvis's own folder for the vis-network files it inlines.
    net.templateEnv = Environment(loader=FileSystemLoader([str(TEMPLATES), str(PYVIS_TEMPLATES)]), autoescape=True)
    net.templateEnv.globals.update(page_title=title, kg_data=data, turtle_digest=turtle_digest)
    return net.generate_html(name="graph.html")
