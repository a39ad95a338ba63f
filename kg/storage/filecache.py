"""The query cache a file build leaves beside graph.ttl: the Oxigraph store the build wrote the
Turtle from, kept as ``.graph.ttl.oxigraph/``.

Loading a large graph.ttl into memory takes seconds (BBC: 1.4 s of a 1.6 s query); opening the
store it came from takes milliseconds. The cache names the SHA-256 of the graph.ttl it holds,
so a graph.ttl edited, replaced or copied without it is read from the file as before.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pyoxigraph as ox

DIGEST = "kg-graph.sha256"  # inside the store's folder; RocksDB leaves files it does not know alone


def cache_of(graph_file: str | Path) -> Path:
    graph_file = Path(graph_file)
    return graph_file.with_name(f".{graph_file.name}.oxigraph")


def file_digest(path: str | Path) -> str:
    with open(path, "rb") as file:
        return hashlib.file_digest(file, "sha256").hexdigest()


def keep(store_dir: Path, graph_file: Path, digest: str, scratch: Path) -> None:
    """Put the closed Oxigraph store at ``store_dir`` in place as the cache of ``graph_file``
    (whose SHA-256 is ``digest``); the cache it replaces goes into ``scratch``, a folder on the
    same file system that is about to be removed. A kill between the two renames leaves no cache,
    never a wrong one."""
    (store_dir / DIGEST).write_text(digest + "\n", encoding="ascii")
    target = cache_of(graph_file)
    if target.exists():
        os.replace(target, scratch / "replaced-cache")
    os.replace(store_dir, target)


def open_cached(graph_file: str | Path) -> ox.Store | None:
    """The cache of ``graph_file`` opened read-only, or None when there is none or it holds
    another graph."""
    cache = cache_of(graph_file)
    try:
        named = (cache / DIGEST).read_text(encoding="ascii").strip()
        if named != file_digest(graph_file):
            return None
        return ox.Store.read_only(str(cache))
    except (OSError, ValueError):
        return None
