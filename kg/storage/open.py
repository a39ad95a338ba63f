"""Open a built graph wherever it lives: a graph file, a store folder or a Graph Store Protocol URL."""
from __future__ import annotations

import tempfile
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph

from ..graph.convert import store_from_file, to_rdflib
from ..graph.read import parse_file
from . import filecache
from .local import GraphStore, is_store
from .remote import RemoteStore, is_remote


def load_store(location: str | Path, in_memory: bool = False) -> ox.Store:
    """A queryable store from a graph file or a store folder: opened read-only on disk (a graph
    file's cache, when it holds this graph, or one made now for a large file; else the file is
    loaded into memory), or, with ``in_memory``, copied into memory for the many queries of a
    long-lived process."""
    if is_remote(location):
        return RemoteStore(str(location)).open()
    if is_store(location):
        return GraphStore(location).open(in_memory)
    if not in_memory:
        if (cached := filecache.open_cached(location)) is None:
            cached = filecache.make(location)
        if cached is not None:
            return cached
    return store_from_file(location)


def load_graph(location: str | Path) -> Graph:
    """An rdflib graph from a graph file or a store (all of its graphs)."""
    if is_remote(location):
        return to_rdflib(RemoteStore(str(location)).open())
    if is_store(location):
        return to_rdflib(GraphStore(location).open())
    return parse_file(location)


def scratch_beside(location: str | Path) -> tempfile.TemporaryDirectory:
    """A scratch folder beside a graph file or a store folder, where a checkpoint of its store can
    hard-link the store's files; in the system's temporary folder when that one cannot be written."""
    if not is_remote(location):
        try:
            return tempfile.TemporaryDirectory(prefix=".kg-scratch-", dir=Path(location).resolve().parent)
        except OSError:
            pass
    return tempfile.TemporaryDirectory(prefix="kg-scratch-")
