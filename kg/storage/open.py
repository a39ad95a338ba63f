"""Open a built graph wherever it lives: a graph file, a store folder or a Graph Store Protocol URL."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from ..graph.convert import store_from_file, to_rdflib
from ..graph.read import parse_file
from .local import GraphStore, is_store
from .remote import RemoteStore, is_remote


def load_store(location: str | Path, in_memory: bool = False) -> ox.Store:
    """A queryable store from a graph file (loaded into memory) or a store folder (opened read-only
    on disk, or copied into memory with ``in_memory`` when many queries will follow)."""
    if is_remote(location):
        return RemoteStore(str(location)).open()
    if is_store(location):
        return GraphStore(location).open(in_memory)
    return store_from_file(location)


def load_graph(location: str | Path) -> Graph:
    """An rdflib graph from a graph file or a store (all of its graphs)."""
    if is_remote(location):
        return to_rdflib(RemoteStore(str(location)).open())
    if is_store(location):
        return to_rdflib(GraphStore(location).open())
    return parse_file(location)
