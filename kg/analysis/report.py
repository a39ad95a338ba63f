"""What the entity graph says as a whole: central entities, communities, bridges, components.

Plain functions over an rdflib graph; `kg analyze` prints them and writes report.html.
"""
from __future__ import annotations

import base64
import html
import io
from collections import defaultdict
from dataclasses import dataclass, field

import networkx as nx
from rdflib import Graph

from .metrics import Metrics, by_centrality, compute, entity_graph

TOP = 5


@dataclass
class Community:
    number: int
    size: int
    label: str  # its most central members
    members: list[str]


@dataclass
class Summary:
    entities: int
    links: int
    central: dict[str, list[tuple[str, float, float]]]  # class -> (label, PageRank, betweenness)
    communities: list[Community]
    bridges: list[tuple[str, str, int, int]]  # label a, label b, community a, community b
    components: list[int]  # sizes, largest first (isolated entities excluded)
    isolated: int
    degree_histogram: list[int] = field(default_factory=list)


def summarize(graph: Graph, top: int = TOP) -> tuple[Summary, nx.Graph, Metrics]:
    g = entity_graph(graph)
    metrics = compute(g)
    label = lambda n: g.nodes[n]["label"]  # noqa: E731
    order = by_centrality(g, metrics)
    central: dict[str, list] = defaultdict(list)
    for n in order:
        cls = g.nodes[n]["cls"]
        if len(central[cls]) < top:
            central[cls].append((label(n), metrics.pagerank[n], metrics.betweenness[n]))
    members: dict[int, list] = defaultdict(list)
    for n in order:
        if g.degree(n) > 0:
            members[metrics.community[n]].append(n)
    communities = [Community(c, len(ms), " · ".join(label(m) for m in ms[:3]), [label(m) for m in ms[:8]])
                   for c, ms in sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0]))]
    rank = {n: i for i, n in enumerate(order)}
    crossing = [(a, b) for a, b in g.edges if metrics.community[a] != metrics.community[b]]
    crossing.sort(key=lambda e: (min(rank[e[0]], rank[e[1]]), max(rank[e[0]], rank[e[1]])))
    bridges = [(label(a), label(b), metrics.community[a], metrics.community[b]) for a, b in crossing[:10]]
    comps = sorted((len(c) for c in nx.connected_components(g) if len(c) > 1), reverse=True)
    isolated = sum(1 for n in g if g.degree(n) == 0)
    summary = Summary(g.number_of_nodes(), g.number_of_edges(), dict(central), communities, bridges, comps,
                      isolated, nx.degree_histogram(g))
    return summary, g, metrics


def _plot(draw) -> str:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(7, 3.6), dpi=100)
    draw(ax)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})  # no timestamp: same input, same bytes
    plt.close(fig)
    return base64.b64encode(buf.getvalue()).decode()


def report_html(summary: Summary, g: nx.Graph, metrics: Metrics) -> str:
    e = html.escape
    top = by_centrality(g, metrics)[:15]

    def top_entities(ax):
        labels = [g.nodes[n]["label"] for n in reversed(top)]
        ax.barh(labels, [metrics.pagerank[n] for n in reversed(top)], color="#0072B2")
        ax.set_xlabel("PageRank")
        ax.set_title("Most central entities")

    def degrees(ax):
        hist = summary.degree_histogram
        ax.bar(range(1, len(hist)), hist[1:], color="#E69F00")
        ax.set_yscale("log")
        ax.set_xlabel("degree (entities linked)")
        ax.set_ylabel("entities")
        ax.set_title(f"Degree distribution ({summary.isolated} entities with no fact left out)")

    def sizes(ax):
        shown = summary.communities[:20]
        ax.bar([str(c.number) for c in shown], [c.size for c in shown], color="#009E73")
        ax.set_xlabel("community")
        ax.set_ylabel("entities")
        ax.set_title("Community sizes (largest 20)")

    parts = ["<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>kg analysis</title><style>",
             "body{font-family:system-ui,sans-serif;margin:1.5rem auto;max-width:60rem;color:#222}",
             "table{border-collapse:collapse;margin:.5rem 0 1.2rem}"
             "td,th{border-bottom:1px solid #ddd;padding:.2rem .6rem;text-align:left}",
             "img{max-width:100%}</style></head><body><h1>kg analysis</h1>",
             f"<p>{summary.entities} entities, {summary.links} links, {len(summary.communities)} communities, "
             f"{len(summary.components)} connected components of two or more entities "
             f"(largest: {summary.components[0] if summary.components else 0}), {summary.isolated} entities in no fact.</p>"]
    for draw in (top_entities, degrees, sizes):
        parts.append(f"<img alt='' src='data:image/png;base64,{_plot(draw)}'>")
    parts.append("<h2>Most central entities by class</h2>")
    for cls, rows in sorted(summary.central.items()):
        parts.append(f"<h3>{e(cls)}</h3><table><tr><th>entity</th><th>PageRank</th><th>betweenness</th></tr>")
        parts += [f"<tr><td>{e(name)}</td><td>{pr:.4f}</td><td>{bt:.4f}</td></tr>" for name, pr, bt in rows]
        parts.append("</table>")
    parts.append("<h2>Communities</h2><table><tr><th>#</th><th>size</th><th>main members</th></tr>")
    parts += [f"<tr><td>{c.number}</td><td>{c.size}</td><td>{e(', '.join(c.members))}</td></tr>"
              for c in summary.communities[:30]]
    parts.append("</table><h2>Bridges between communities</h2><table><tr><th>entity</th><th>entity</th><th>communities</th></tr>")
    parts += [f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{ca} – {cb}</td></tr>" for a, b, ca, cb in summary.bridges]
    parts.append("</table></body></html>\n")
    return "".join(parts)
