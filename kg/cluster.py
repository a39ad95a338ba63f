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
import threading
from collections.abc import Callable, Iterator

from .errors import KgError
from .model import Article, ArticleResult, Skipped

BATCH = 32  # articles per task: large enough to keep spaCy's batching, small enough to spread
MAX_IN_FLIGHT = 64  # tasks submitted ahead of the results read; bounds the client's memory
_PIPELINE_LOCK = threading.Lock()  # a worker with several threads still runs one parse at a time


class ClusterError(KgError):
    pass


def parse_batch(articles: list[Article], model: str | None) -> tuple[list[ArticleResult], list[Skipped]]:
    """The task a worker runs: parse and extract a batch with the worker's own pipeline."""
    from . import nlp as nlp_mod
    from .pipeline import extract_all

    skipped: list[Skipped] = []
    with _PIPELINE_LOCK:
        results = list(extract_all(articles, nlp_mod.load(model), skipped))
    return results, skipped


def connect(scheduler: str):
    try:
        from distributed import Client
    except ImportError:
        raise ClusterError("--engine dask needs Dask: pip install 'kg[cluster]'") from None
    try:
        return Client(scheduler, timeout=15, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None


def extract_on_cluster(articles: list[Article], model: str | None, scheduler: str, skipped: list[Skipped],
                       progress: Callable[[int], None] | None = None) -> Iterator[ArticleResult]:
    """Like pipeline.extract_all, with the work done by the cluster's workers; results come back in
    input order."""
    client = connect(scheduler)
    try:
        if not client.scheduler_info().get("workers"):
            client.wait_for_workers(1, timeout=60)
        # At least four tasks per worker, so that a small corpus still spreads over all of them.
        workers = len(client.scheduler_info().get("workers", {})) or 1
        size = max(1, min(BATCH, math.ceil(len(articles) / (4 * workers))))
        batches = [articles[i:i + size] for i in range(0, len(articles), size)]
        pending = []
        for batch in batches:
            # pure=False: every submission is a task of its own, under a fresh key, so an equal batch
            # (a corpus given twice, the same build run again) never reuses an earlier result.
            pending.append(client.submit(parse_batch, batch, model, pure=False))
            if len(pending) >= MAX_IN_FLIGHT:
                yield from _collect(pending.pop(0), skipped, progress, scheduler)
        for future in pending:
            yield from _collect(future, skipped, progress, scheduler)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"the Dask cluster at {scheduler} failed: {exc}") from None
    finally:
        client.close()


def _collect(future, skipped: list[Skipped], progress, scheduler: str) -> Iterator[ArticleResult]:
    try:
        results, lost = future.result()
    except Exception as exc:  # noqa: BLE001 - a lost worker, a killed task: the build cannot go on
        raise ClusterError(f"a task failed on the Dask cluster at {scheduler}: {type(exc).__name__}: {exc}") from None
    future.release()
    skipped.extend(lost)
    for result in results:
        yield result
        if progress:
            progress(1)
    if progress and lost:
        progress(len(lost))
