"""Export a built graph to other RDF syntaxes and to GraphML for graph tools (Gephi, yEd)."""
from __future__ import annotations

import re

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph

from ..analysis.metrics import entity_graph
from ..errors import KgError
from ..graph.convert import TURTLE_PREFIXES
from ..graph.namespaces import KG

RDF_FORMATS = {"jsonld": "json-ld"}  # written by rdflib (a compacted document with the prefixes as context)
TRIPLE_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES"}  # every graph's triples: written by Oxigraph
DATASET_FORMATS = {"nquads": "N_QUADS", "trig": "TRIG"}  # keep named graphs: written by Oxigraph
FORMATS = ("turtle", "nt", *RDF_FORMATS, *DATASET_FORMATS, "graphml", "gexf", "csv")


def export_dataset(store: ox.Store, fmt: str) -> bytes:
    """N-Quads or TriG of a store, each article in its named graph."""
    return store.dump(format=getattr(ox.RdfFormat, DATASET_FORMATS[fmt]))


def export_triples(store: ox.Store, fmt: str) -> bytes:
    """Turtle or N-Triples of every graph of a store, streamed from it in its order (the same for
    the same graph): as quick as N-Quads, where going through rdflib took ten times the time and
    memory on a large graph."""
    triples = (ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None))
    format = getattr(ox.RdfFormat, TRIPLE_FORMATS[fmt])
    return ox.serialize(triples, format=format, prefixes=TURTLE_PREFIXES if fmt == "turtle" else None)


def export(graph: Graph, fmt: str) -> str:
    if fmt in RDF_FORMATS:
        if fmt == "jsonld":
            context = {p: str(ns) for p, ns in graph.namespaces() if p}
            return graph.serialize(format="json-ld", context=context, sort_keys=True)
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
        out.add_edge(str(a), str(b), relation="; ".join(data["relations"]), sightings=data["sightings"],
                     confidence=data["confidence"])
    return out


def edges_csv(graph: Graph) -> str:
    """One row per link between two entities: IRIs, labels, classes, relations, sightings and confidence."""
    import csv
    import io

    g = _attributed(graph)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(["source", "source_label", "source_class", "target", "target_label", "target_class", "relations",
                     "sightings", "confidence"])
    for a, b, data in sorted(g.edges(data=True)):
        writer.writerow([a, g.nodes[a]["label"], g.nodes[a]["class"], b, g.nodes[b]["label"], g.nodes[b]["class"],
                         data["relation"], data["sightings"], f"{data['confidence']:.3f}"])
    return buf.getvalue()
