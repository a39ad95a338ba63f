"""Parsing and extraction as tasks on a Dask distributed cluster (`kg build --engine dask`).

The expensive part of a build, spaCy plus extraction, is independent per article, so it is what
goes out: articles travel to the workers in batches, each worker process loads the spaCy pipeline
once (kg.nlp.load is cached per process) and sends back ArticleResults, small records of entities
and facts. Everything that needs the whole corpus (resolution across articles, RDF, analysis,
publishing) stays with the client, which takes the results in input order, so the graph is the
same as a local build's. Workers must have kg installed, the same version as the client.
"""
from __future__ import annotations

import math
import socket
from collections.abc import Callable, Iterable, Iterator
from urllib.parse import urlsplit

from ..errors import KgError
from ..model import Article, ArticleResult, Skipped
from .parse import batches, in_order, parse_batch

BATCH = 32  # articles per task: large enough to keep spaCy's batching, small enough to spread
MAX_IN_FLIGHT = 64  # tasks submitted ahead of the results read; bounds the client's memory


CONNECT_TIMEOUT = 15  # seconds for Dask's handshake with a scheduler that answers


class ClusterError(KgError):
    pass


def _reachable(scheduler: str) -> None:
    """Fail at once when nothing listens at a tcp:// address: Dask's client would retry a refused
    connection until its timeout."""
    address = urlsplit(scheduler)
    if address.scheme != "tcp" or not address.hostname or not address.port:
        return  # another transport (tls://, inproc://): let Dask judge it
    try:
        socket.create_connection((address.hostname, address.port), timeout=CONNECT_TIMEOUT).close()
    except OSError as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc.strerror or exc}") from None


def connect(scheduler: str):
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--engine dask needs Dask: pip install 'kg[cluster]'") from None
    _reachable(scheduler)
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def extract_on_cluster(articles: Iterable[Article], total: int, model: str | None, scheduler: str,
                       skipped: list[Skipped], progress: Callable[[int], None] | None = None) -> Iterator[ArticleResult]:
    """Like kg.run.parse.extract_all, with the work done by the cluster's workers; results come back in
    input order."""
    client = connect(scheduler)
    try:
        if not client.scheduler_info().get("workers"):
            client.wait_for_workers(1, timeout=60)
        # At least four tasks per worker, so that a small corpus still spreads over all of them.
        workers = len(client.scheduler_info().get("workers", {})) or 1
        size = max(1, min(BATCH, math.ceil(total / (4 * workers))))
        # pure=False: every submission is a task of its own, under a fresh key, so an equal batch
        # (a corpus given twice, the same build run again) never reuses an earlier result.
        yield from in_order(lambda batch: client.submit(parse_batch, batch, model, pure=False),
                            batches(articles, size), MAX_IN_FLIGHT, skipped, progress)
    except ClusterError:
        raise
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"the Dask cluster at {scheduler} failed: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - a lost worker, a killed task: the build cannot go on
        raise ClusterError(f"a task failed on the Dask cluster at {scheduler}: {type(exc).__name__}: {exc}") from None
    finally:
        client.close()
