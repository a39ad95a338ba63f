"""Parsing and extraction in local worker processes (`kg build --jobs N`).

Each worker loads the spaCy pipeline once and runs the whole per-article stage, parse and
extraction, sending back ArticleResults (small records of entities and facts). spaCy's own
``nlp.pipe(n_process=N)`` was the first design: it sends every parsed Doc back to the main
process, which deserialises it and extracts there, so on two cores the main process competed
with both parsers and ``--jobs 2`` stayed near 1.5x. Here the main process only assembles.

Batches go out in input order and come back in input order, so the graph is the same as a
one-process build's.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from .. import nlp as nlp_mod
from ..errors import KgError
from ..model import Article, ArticleResult, Skipped
from .parse import batches, in_order, parse_batch

BATCH = 16  # articles per task: spaCy's own batch size, and fine-grained enough to spread
IN_FLIGHT_PER_WORKER = 4  # tasks queued ahead per worker: keeps workers busy, bounds memory


class WorkerError(KgError):
    pass


def _load(model: str | None) -> None:
    nlp_mod.load(model)


def extract_in_processes(articles: Iterable[Article], model: str | None, jobs: int, skipped: list[Skipped],
                         progress: Callable[[int], None] | None = None) -> Iterator[ArticleResult]:
    """Like kg.run.parse.extract_all with ``jobs`` worker processes doing the parsing and extraction."""
    # spawn, not fork: the parent may run threads (the progress bar's) that a fork would copy
    # mid-flight, and a spawned worker loads only what it needs.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_load, initargs=(model,)) as pool:
        try:
            yield from in_order(lambda batch: pool.submit(parse_batch, batch, model), batches(articles, BATCH),
                                jobs * IN_FLIGHT_PER_WORKER, skipped, progress)
        except BrokenProcessPool as exc:
            raise WorkerError(f"a worker process died ({exc}); is there memory for {jobs} pipelines?") from None
        except KgError:
            raise
        except Exception as exc:  # noqa: BLE001 - e.g. the pipeline cannot load in a worker
            raise WorkerError(f"a worker process failed: {type(exc).__name__}: {exc}") from None
