"""kg: a knowledge graph of news, built offline with spaCy and rdflib.

>>> import kg
>>> graph = kg.build(["seeds"], out=None)   # an rdflib.Graph
"""
from __future__ import annotations

from pathlib import Path

from .version import __version__


def build(inputs=("seeds",), out: str | Path | None = "out", **options):
    """Build the graph of ``inputs`` (files or folders); write outputs into ``out`` unless None.

    Returns the rdflib Graph. Options are those of :func:`kg.run.pipeline.build`.
    """
    from .run.pipeline import build as _build

    return _build(inputs, out, **options).graph


class GraphView:
    """graph.html inline in a notebook (Jupyter shows any object with ``_repr_html_``)."""

    def __init__(self, page: str, height: int = 650):
        self.page = page
        self.height = height

    def _repr_html_(self) -> str:
        import html

        # srcdoc keeps the page self-contained and its scripts apart from the notebook's; the
        # sandbox lets its links to articles open in a tab of their own (popups), nothing more.
        return (f'<iframe srcdoc="{html.escape(self.page, quote=True)}" style="width:100%;'
                f'height:{self.height}px;border:1px solid #ddd" '
                'sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>')


def show(graph=None, *, max_nodes: int = 150, height: int = 650) -> GraphView:
    """Display a graph inline in a notebook: an rdflib Graph, a graph file, or out/graph.ttl.

    >>> kg.show(kg.build(["seeds"], out=None))   # doctest: +SKIP
    """
    from rdflib import Graph

    from .analysis.metrics import analyze
    from .output.html import render_html
    from .storage.open import load_graph

    if not isinstance(graph, Graph):
        graph = load_graph(graph or "out/graph.ttl")
    g, metrics = analyze(graph)
    return GraphView(render_html(graph, g, metrics, max_nodes=max_nodes), height)


__all__ = ["build", "show", "GraphView", "__version__"]
