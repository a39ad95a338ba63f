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

from ..analysis.metrics import Metrics, by_centrality
from ..graph.namespaces import KG
from ..graph.read import FACT_PHRASES, FAMILY_NAMES, Sightings, read_articles, read_facts, read_sightings
from ..model import CONFIRMED_ONLY

TEMPLATES = Path(__file__).parent / "templates"
PYVIS_TEMPLATES = Path(pyvis.__file__).parent / "templates"
# Colour-blind-safe palette (Okabe-Ito), one colour per class.
COLORS = {
    "Person": "#0072B2", "Organization": "#E69F00", "Country": "#009E73", "Place": "#56B4E9",
    "Product": "#D55E00", "Event": "#CC79A7", "Capability": "#999999",
}
DEFAULT_MAX_NODES = 130  # drawn at first (labels stay readable on a laptop); the page's control shows more or all
SHOW_ALL_BELOW = 60  # entities; smaller graphs are drawn whole, isolated entities included
LAYOUT_NODES = 800  # the most central entities get positions computed here
SEED = 42
ASPECT = 1.6  # the first view's width to height: 16:10, a laptop's screen (1280x800, 1440x900)
WIDEST = 2.0  # the widest the first view is laid out, width to height: a page's canvas under its header
SQUEEZES = 6  # times the first view may be squeezed back towards WIDEST
SIDEWAYS = 3.0  # spread() pushes labels apart sideways unless that is this many times further
HUB_SHARE = 0.25  # in the first view no entity links to more than this share of the drawn ones...
HUB_LINKS = 0.12  # ...and it starts from this, which leaves dense hubs readable
FONT = 14  # px, the labels' size in canvas units (vis-network's default)
CHAR_WIDTH = 0.58 * FONT  # a generous average width of one character of a label
LABEL_CHARS = 24  # longer names are cut ("…") on the graph; the tooltip and panel give them whole
# Article texts the page carries whole, in characters, summed over the build's articles; past
# that, each article keeps the paragraphs its evidence comes from (ArticleTexts).
TEXT_BUDGET = 8_000_000


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


def node_size(pagerank: float, top: float) -> int:
    """A node's radius on the page, in canvas units: its PageRank against the highest."""
    return round(8 + 32 * math.sqrt(pagerank / (top or 1)))


def first_view(g: nx.Graph, ranked: list, size: int) -> list:
    """The entities drawn when the page opens: the ends of the strongest links (by the rank of
    their ends, as the page picks them), up to ``size`` entities, such that none links to more
    than HUB_SHARE of those drawn. Otherwise a news graph opens on a star around one country,
    which says little. Greedy; the cap tightens until the entities drawn meet it."""
    rank = {n: i for i, n in enumerate(ranked)}
    links = sorted((tuple(sorted((a, b), key=rank.__getitem__)) for a, b in g.edges() if a != b),
                   key=lambda e: (rank[e[0]], rank[e[1]]))
    cap = max(1, int(size * HUB_LINKS))
    while True:
        chosen: dict = {}  # entity -> its links to the others chosen
        for a, b in links:
            if len(chosen) >= size:
                break
            new = [n for n in (a, b) if n not in chosen]
            if not new:
                continue
            near = {n: [m for m in g[n] if m in chosen or (m in new and m != n)] for n in new}
            touched = [m for n in new for m in near[n] if m in chosen]
            if any(len(near[n]) > cap for n in new) or any(chosen[m] + touched.count(m) > cap for m in set(touched)):
                continue
            for m in touched:
                chosen[m] += 1
            for n in new:
                chosen[n] = len(near[n])
        widest = max(chosen.values(), default=0)
        if widest <= len(chosen) * HUB_SHARE or cap == 1:
            return list(chosen)
        cap -= 1


def label_boxes(labels: list[str], sizes: list[int]):
    """Half widths and the vertical extent (above, below the centre) of each node drawn with its
    label under it, in canvas units."""
    import numpy as np

    half = np.array([max(min(len(label), LABEL_CHARS + 1) * CHAR_WIDTH / 2 + 2, r) for label, r in zip(labels, sizes)])
    up = np.array(sizes, dtype=float)
    down = np.array([r + 4 + FONT * 1.3 for r in sizes])
    return half, up, down


def spread(pos, half, up, down, rounds: int = 600, ways: tuple[float, ...] = (SIDEWAYS, 1.0)):
    """Move nodes apart until no two of their boxes (dot and label) overlap: each round, each
    overlapping pair is pushed apart by a quarter of its overlap each way, along the axis where it
    overlaps least. Sideways first, unless that is SIDEWAYS times further: labels are wide and
    short, and pushing them up and down makes a tall view on a wide screen; then, for what is
    left, along the shorter way."""
    import numpy as np

    pos = np.array(pos, dtype=float)
    n = len(pos)
    ties = np.sign(np.arange(n)[:, None] - np.arange(n)[None, :])  # two nodes at one place: by index
    for sideways in ways:
        for _ in range(rounds):
            dx = pos[:, 0][:, None] - pos[:, 0][None, :]
            dy = pos[:, 1][:, None] - pos[:, 1][None, :]
            over_x = half[:, None] + half[None, :] + 2 - np.abs(dx)
            # i below j (dy > 0): i's top against j's bottom; i above j: j's top against i's bottom
            over_y = np.where(dy >= 0, up[:, None] + down[None, :], down[:, None] + up[None, :]) + 2 - np.abs(dy)
            hit = (over_x > 0) & (over_y > 0)
            np.fill_diagonal(hit, False)
            if not hit.any():
                return pos
            along_x = hit & (over_x <= over_y * sideways)
            along_y = hit & ~along_x
            sx = np.where(dx == 0, ties, np.sign(dx))
            sy = np.where(dy == 0, ties, np.sign(dy))
            pos[:, 0] += np.where(along_x, over_x * sx, 0).sum(axis=1) / 4
            pos[:, 1] += np.where(along_y, over_y * sy, 0).sum(axis=1) / 4
    return pos


def view_layout(g: nx.Graph, nodes: list, labels: dict, sizes: dict) -> dict:
    """Positions for the first view: a spring layout, then spread so that no labels overlap."""
    if not nodes:
        return {}
    scale = 18 * math.sqrt(max(len(nodes), 4))  # compact: spread() makes the room labels need
    rough = layout(g, nodes, scale)
    order = sorted(rough)
    half, up, down = label_boxes([labels[n] for n in order], [sizes[n] for n in order])
    # Wider than tall, as screens are (and labels are).
    pos = spread([(x * ASPECT, y) for x, y in (rough[n] for n in order)], half, up, down)
    # Pushing wide labels apart sideways can leave a band far wider than any screen, drawn with
    # labels too small to read once fitted: squeeze it back towards the screen's shape, and make
    # the room the labels need up and down as much as sideways.
    for _ in range(SQUEEZES):
        width = (pos[:, 0] + half).max() - (pos[:, 0] - half).min()
        height = (pos[:, 1] + down).max() - (pos[:, 1] - up).min()
        if width <= WIDEST * height:
            break
        pos[:, 0] *= math.sqrt(WIDEST * height / width)
        pos = spread(pos, half, up, down, ways=(1.0,))
    return {n: (round(float(x), 1), round(float(y), 1)) for n, (x, y) in zip(order, pos)}


class ArticleTexts:
    """The text of each article the page cites, to show a sentence in context: whole while the
    corpus's text fits TEXT_BUDGET, else the paragraphs that hold its evidence."""

    def __init__(self, total_chars: int, budget: int = TEXT_BUDGET):
        self.whole = total_chars <= budget
        self.paragraphs: dict[str, list[str]] = {}  # article id -> its paragraphs shown

    def add(self, result) -> None:
        sentences = {fact.evidence.sentence for fact in result.facts if fact.evidence.rule not in CONFIRMED_ONLY}
        if not sentences:
            return
        text = result.article.text
        if self.whole:
            self.paragraphs[result.article.id] = [text]
        else:
            kept = [p for p in text.split("\n") if any(s in p for s in sentences)]
            self.paragraphs[result.article.id] = kept or sorted(sentences)


def page_data(graph: Graph, g: nx.Graph, metrics: Metrics, max_nodes: int = DEFAULT_MAX_NODES,
              sightings: Sightings | None = None, texts: ArticleTexts | None = None,
              articles_read: int | None = None, min_confidence: float = 0.0) -> dict:
    """Everything graph.html shows, as plain JSON-able data; ``sightings`` when ``graph`` lacks
    its articles and evidence records; ``texts`` of the articles, to show evidence in context;
    ``articles_read``, how many articles the build read (the page lists those its facts cite)."""
    sightings = sightings or read_sightings(graph)
    articles, art_index = read_articles(graph, sightings)
    if texts is not None:
        articles = [dict(a, text=texts.paragraphs[a["id"]], whole=texts.whole) if a["id"] in texts.paragraphs else a
                    for a in articles]
    facts = read_facts(graph, art_index, sightings)
    ranked = by_centrality(g, metrics)
    small = g.number_of_nodes() <= SHOW_ALL_BELOW
    placed = ranked if small else [n for n in ranked if g.degree(n) > 0][:LAYOUT_NODES]
    scale = 30 * math.sqrt(max(len(placed), 4))
    positions = layout(g, placed, scale)
    top = metrics.pagerank.get(ranked[0], 0.0) if ranked else 0.0
    sizes = {n: node_size(metrics.pagerank.get(n, 0.0), top) for n in ranked}
    view = ranked if small else first_view(g, ranked, max_nodes)
    view_pos = view_layout(g, view, {n: g.nodes[n]["label"] for n in view}, sizes)
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
        node["size"] = sizes[n]
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
            "families": FAMILY_NAMES, "phrases": FACT_PHRASES, "communities": communities,
            "initial": len(nodes) if small else max_nodes, "showIsolated": small,
            "view": [[str(n), *view_pos[n]] for n in view], "labelChars": LABEL_CHARS,
            "articlesRead": len(articles) if articles_read is None else articles_read,
            "minConfidence": min_confidence}


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
                turtle_digest: str | None = None, texts: ArticleTexts | None = None,
                articles_read: int | None = None, min_confidence: float = 0.0) -> str:
    """The page. ``turtle_digest``, the SHA-256 of the graph.ttl written with it, is shown in the
    page, so that a page and a graph.ttl of different builds (a kill between the two writes) can
    be told apart. ``min_confidence`` is the build's: where the page's confidence control starts."""
    data = page_data(graph, g, metrics, max_nodes, sightings, texts, articles_read, min_confidence)
    net = build_network(data)
    net.set_template_dir(str(TEMPLATES), "graph.html")
    # Our template first; pyvis's own folder for the vis-network files it inlines.
    net.templateEnv = Environment(loader=FileSystemLoader([str(TEMPLATES), str(PYVIS_TEMPLATES)]), autoescape=True)
    net.templateEnv.globals.update(page_title=title, kg_data=data, turtle_digest=turtle_digest)
    return net.generate_html(name="graph.html")
