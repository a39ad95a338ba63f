"""Export a built graph to other RDF syntaxes and to GraphML for graph tools (Gephi, yEd)."""
from __future__ import annotations

import re

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph

from ..analysis.metrics import entity_graph
from ..errors import KgError
from ..graph.convert import to_turtle
from ..graph.namespaces import KG

RDF_FORMATS = {"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}  # turtle is written by Oxigraph
DATASET_FORMATS = {"nquads": "N_QUADS", "trig": "TRIG"}  # keep named graphs: written by Oxigraph
FORMATS = (*RDF_FORMATS, *DATASET_FORMATS, "graphml", "gexf", "csv")


def export_dataset(store: ox.Store, fmt: str) -> bytes:
    """N-Quads or TriG of a store, each article in its named graph."""
    return store.dump(format=getattr(ox.RdfFormat, DATASET_FORMATS[fmt]))


def export(graph: Graph, fmt: str) -> str:
    if fmt in RDF_FORMATS:
        if fmt == "jsonld":
            context = {p: str(ns) for p, ns in graph.namespaces() if p}
            return graph.serialize(format="json-ld", context=context, sort_keys=True)
        if fmt == "nt":
            return "".join(sorted(graph.serialize(format="nt").splitlines(keepends=True)))
        return to_turtle(graph)
    if fmt == "graphml":
        return "\n".join(nx.generate_graphml(_attributed(graph))) + "\n"
    if fmt == "gexf":
        text = "\n".join(nx.generate_gexf(_attributed(graph))) + "\n"
        # networkx stamps today's date into <meta>: drop it so the same graph gives the same file.
        return re.sub(r'<meta lastmodifieddate="[^"]*">', "<meta>", text, count=1)
    if fmt == "csv":
        return edges_csv(graph)
    raise KgError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


def _attributed(graph: Graph) -> nx.Graph:
    """The entity graph with labels, classes and analysis values as plain node attributes."""
    g = entity_graph(graph)
    out = nx.Graph()
    for node, data in g.nodes(data=True):
        attrs = {"label": data["label"], "class": data["cls"]}
        for name, pred in (("pagerank", KG.pageRank), ("betweenness", KG.betweenness)):
            value = graph.value(node, pred)
            if value is not None:
                attrs[name] = float(value)
        for name, pred in (("degree", KG.degree), ("community", KG.community)):
            value = graph.value(node, pred)
            if value is not None:
                attrs[name] = int(value)
        out.add_node(str(node), **attrs)
    for a, b, data in g.edges(data=True):
        out.add_edge(str(a), str(b), relation="; ".join(data["relations"]))
    return out


def edges_csv(graph: Graph) -> str:
    """One row per link between two entities: IRIs, labels, classes and relations."""
    import csv
    import io

    g = _attributed(graph)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["source", "source_label", "source_class", "target", "target_label", "target_class", "relations"])
    for a, b, data in sorted(g.edges(data=True)):
        writer.writerow([a, g.nodes[a]["label"], g.nodes[a]["class"], b, g.nodes[b]["label"], g.nodes[b]["class"],
                         data["relation"]])
    return buf.getvalue()
