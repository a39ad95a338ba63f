"""The query cache a file build leaves beside graph.ttl: the Oxigraph store the build wrote the
Turtle from, kept as ``.graph.ttl.oxigraph/``.

Loading a large graph.ttl into memory takes seconds (BBC: 1.4 s of a 1.6 s query); opening the
store it came from takes milliseconds. The cache names the SHA-256 of the graph.ttl it holds,
so a graph.ttl edited, replaced or copied without it is not answered from it. A large graph file
that has no cache of its own (copied, downloaded, edited, or written by another tool) gets one on
its first query, where its folder can be written; a small one is read into memory each time.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import pyoxigraph as ox

from ..graph.convert import file_format

DIGEST = "kg-graph.sha256"  # inside the store's folder; RocksDB leaves files it does not know alone
# A graph file this large takes a second or so to read into memory at every query (the BBC
# corpus's 18 MB graph.ttl: 1.2 s); below it, reading the file costs less than making a cache.
CACHE_FROM_BYTES = 8_000_000


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
    try:
        return _open(graph_file, file_digest(graph_file))
    except OSError:
        return None


def _open(graph_file: str | Path, digest: str) -> ox.Store | None:
    """The cache of the graph file whose SHA-256 is ``digest``, opened read-only, or None."""
    cache = cache_of(graph_file)
    try:
        if (cache / DIGEST).read_text(encoding="ascii").strip() != digest:
            return None
        return ox.Store.read_only(str(cache))
    except (OSError, ValueError):
        return None


def make(graph_file: str | Path) -> ox.Store | None:
    """A new cache for a large ``graph_file`` that has none (or a stale one), made beside it and
    opened read-only; None for a small file, a folder that cannot be written or a file that cannot
    be read (the caller reads it into memory, and says what is wrong with it)."""
    graph_file = Path(graph_file)
    try:
        if not graph_file.is_file() or graph_file.stat().st_size < CACHE_FROM_BYTES:
            return None
        with tempfile.TemporaryDirectory(prefix=".kg-scratch-", dir=graph_file.resolve().parent) as tmp:
            digest = file_digest(graph_file)
            folder = Path(tmp) / "oxigraph"
            store = ox.Store(str(folder))
            store.bulk_load(path=str(graph_file), format=file_format(graph_file))
            del store  # closed, so that it can be moved and opened read-only
            if file_digest(graph_file) != digest:  # (changed while it was read)
                return None
            if (made := _open(graph_file, digest)) is not None:  # (another query made it meanwhile)
                return made
            keep(folder, graph_file, digest, Path(tmp))
    except (OSError, SyntaxError, ValueError, RuntimeError):
        return None
    return _open(graph_file, digest)
