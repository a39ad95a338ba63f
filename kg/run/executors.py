"""Where parsing and extraction run, chosen by name (`kg build --engine NAME`).

Every executor takes the articles to parse and yields their ArticleResults in input order, so the
graph does not depend on which one ran. ``local`` parses in this process, or with ``jobs`` > 1 in
worker processes; ``dask`` sends batches to the workers of a Dask cluster (``scheduler``).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from .. import nlp as nlp_mod
from ..errors import KgError
from ..model import Article, ArticleResult, Skipped
from .cluster import extract_on_cluster
from .parse import extract_all
from .processes import extract_in_processes

Progress = Callable[[int], None] | None


def local(articles: Iterable[Article], total: int, model: str | None, skipped: list[Skipped], progress: Progress,
          jobs: int = 1, scheduler: str | None = None) -> Iterator[ArticleResult]:
    if jobs > 1:
        return extract_in_processes(articles, model, jobs, skipped, progress)
    return extract_all(articles, nlp_mod.load(model), skipped, progress)


def dask(articles: Iterable[Article], total: int, model: str | None, skipped: list[Skipped], progress: Progress,
         jobs: int = 1, scheduler: str | None = None) -> Iterator[ArticleResult]:
    if not scheduler:
        raise KgError("the dask engine needs a scheduler address (--scheduler tcp://HOST:PORT)")
    return extract_on_cluster(articles, total, model, scheduler, skipped, progress)


EXECUTORS = {"local": local, "dask": dask}


def executor(name: str):
    try:
        return EXECUTORS[name]
    except KeyError:
        raise KgError(f"unknown engine {name!r}; choose one of {', '.join(EXECUTORS)}") from None
