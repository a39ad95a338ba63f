"""kg: a knowledge graph of news, built offline with spaCy and rdflib.

>>> import kg
>>> graph = kg.build(["seeds"], out=None)   # an rdflib.Graph
"""
from __future__ import annotations

__version__ = "0.1.0"

from pathlib import Path


def build(inputs=("seeds",), out: str | Path | None = "out", **options):
    """Build the graph of ``inputs`` (files or folders); write outputs into ``out`` unless None.

    Returns the rdflib Graph. Options are those of :func:`kg.pipeline.build`.
    """
    from .pipeline import build as _build

    return _build(inputs, out, **options).graph


__all__ = ["build", "__version__"]
