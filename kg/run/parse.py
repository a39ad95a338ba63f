"""The per-article stage, parse and extract, in this process; and the batching every executor shares."""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future

from .. import nlp as nlp_mod
from ..extract import extract_article
from ..model import Article, ArticleResult, Skipped

BATCH_SIZE = 16  # documents per nlp.pipe batch
PIPELINE_LOCK = threading.Lock()  # a worker with several threads (Dask's) still runs one parse at a time


def extract_all(articles: Iterable[Article], nlp, skipped: list[Skipped],
                progress: Callable[[int], None] | None = None) -> Iterator[ArticleResult]:
    """Parse and extract every article, one batch in memory at a time; one that fails is reported
    and the rest go on."""
    def parseable() -> Iterator[tuple[str, Article]]:
        # The pipeline refuses texts over max_length; leave those out so that no batch fails.
        for article in articles:
            if len(article.text) > nlp.max_length:
                skipped.append(Skipped(article.source, f"text too long ({len(article.text):,} characters; "
                                                       f"the pipeline's limit is {nlp.max_length:,})"))
            else:
                yield article.text, article

    for doc, article in nlp.pipe(parseable(), batch_size=BATCH_SIZE, as_tuples=True):
        try:
            yield extract_article(article, doc)
        except Exception as exc:  # noqa: BLE001 - one bad article must not lose the others
            skipped.append(Skipped(article.source, f"extraction failed: {type(exc).__name__}: {exc}"))
        if progress:
            progress(1)


def parse_batch(articles: list[Article], model: str | None) -> tuple[list[ArticleResult], list[Skipped]]:
    """The task a worker runs: parse and extract a batch with the worker's own pipeline (loaded
    once per process: kg.nlp.load is cached)."""
    skipped: list[Skipped] = []
    with PIPELINE_LOCK:
        results = list(extract_all(articles, nlp_mod.load(model), skipped))
    return results, skipped


def batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def in_order(submit: Callable[[list[Article]], Future], work: Iterable[list[Article]], in_flight: int,
             skipped: list[Skipped], progress: Callable[[int], None] | None = None) -> Iterator[ArticleResult]:
    """Submit batches, at most ``in_flight`` ahead of the one being read, and yield their results
    in submission order. ``submit`` returns a future whose result is (results, skipped)."""
    pending: list[Future] = []
    for batch in work:
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield from _collect(pending.pop(0), skipped, progress)
    for future in pending:
        yield from _collect(future, skipped, progress)


def _collect(future: Future, skipped: list[Skipped], progress) -> Iterator[ArticleResult]:
    results, lost = future.result()
    skipped.extend(lost)
    for result in results:
        yield result
        if progress:
            progress(1)
    if progress and lost:
        progress(len(lost))
