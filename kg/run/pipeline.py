"""The whole build: read -> parse -> extract & resolve -> RDF -> analyse -> Turtle + HTML."""
from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import socket
import sqlite3
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, RDFS, Graph

from .. import nlp as nlp_mod
from ..analysis.metrics import analyze, by_centrality
from ..errors import KgError
from ..fetch import Fetcher, FetchOptions, read_web
from ..fetch.cache import HttpCache
from ..graph.build import GraphBuilder, StreamingBuilder
from ..graph.convert import TURTLE_PREFIXES, quads, store_from_file, to_rdflib
from ..graph.iris import DEFAULT_BASE
from ..graph.terms import IRI_CLASSES
from ..ingest import iter_articles
from ..io import remove_leftovers, write_atomic
from ..model import Article, ArticleResult, Notice, Skipped
from ..output.export import export_triples
from ..output.html import DEFAULT_MAX_NODES, ArticleTexts, render_html
from ..storage import filecache
from ..storage.cache import content_hash, extraction_key, from_json, to_json
from ..storage.local import GraphStore
from ..storage.remote import RemoteStore, is_remote
from .executors import executor

DEFAULT_INPUTS = ("seeds",)
SUMMARY_CLASSES = ("Person", "Organization", "Product")  # what the build summary ranks, a few each
SUMMARY_EACH = 4
DEFAULT_OUT = "out"


class _Default(str):
    """``out`` left as it was: "out" for a file build; no files for a build into a store folder,
    which publishes there (a build into a graph store server still writes its page to "out")."""


OUT_UNLESS_STORE = _Default(DEFAULT_OUT)
# Facts less likely right than this stay out of a build (kg build --min-confidence): each fact's
# confidence is its rules' precision measured on news (kg/models/rule_precision.json), combined
# over its sightings. 0.74: below it, NewsGold's tuning part and train gain wrong facts and no right
# ones (0.72 lets in two wrong bases on train and nothing right); 0.76 would leave out the
# classifier's memberships, measured 0.74 (17 of 23 right there: 7 right facts lost, none wrong). At
# 0.74 people in organisations, based-in, product-maker and rivalry meet the precision
# floors on the check third (people 0.914 >= 0.85). The "member of" rule, which
# writes no role word, stays under it: right 5 of 8 times on NewsGold but 7 of 22 on BBC news
# outside it, where its mistakes are films, bands and products read as people (0.40 in all); said
# of a person quoted with the organisation (member-of-quoted, 48 of 52 outside NewsGold) it enters.
DEFAULT_MIN_CONFIDENCE = 0.74
# Quads per bulk load into Oxigraph: its bulk loader's memory grows with the batch (400k quads in
# one call cost 0.8 GB), and so does the batch's own (50,000 quads held in Python: about 25 MB), so
# a store build loads in slices. 10,000 keeps a 5,000-page archive's peak within 5% of a 500-page
# one's (bench/warc_memory.py) and loads as fast as 50,000.
LOAD_BATCH = 10_000


@dataclass
class BuildReport:
    articles: int = 0
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    notices: list[Notice] = field(default_factory=list)  # read, but not as well as they could be
    entities: Counter = field(default_factory=Counter)  # class -> count
    facts: Counter = field(default_factory=Counter)  # family -> distinct facts
    triples: int = 0
    seconds: float = 0.0
    outputs: dict[str, Path] = field(default_factory=dict)
    top: list[tuple[str, str, float]] = field(default_factory=list)  # label, class, PageRank
    pipeline: str = ""
    parsed: int = 0  # articles parsed in this run (with a store, the others came from its cache)
    reused: int = 0
    unchanged: bool = False  # a store build with nothing to do: the live build stands
    fetched: int = 0  # web pages and feeds whose body the server sent in this run
    not_modified: int = 0  # those it answered "not modified", read again from the store's fetch cache


class NoArticles(KgError):
    """Nothing could be read; the report lists why."""

    def __init__(self, report: BuildReport):
        super().__init__("no article could be read from the inputs")
        self.report = report


class BuildResult:
    """The graph and the report of a build. A store build that found nothing to do reads its graph
    from the store only when asked for it."""

    def __init__(self, graph: Graph | Callable[[], Graph], report: BuildReport):
        self._graph = graph
        self.report = report

    @property
    def graph(self) -> Graph:
        if callable(self._graph):
            self._graph = self._graph()
        return self._graph


def build(inputs: Iterable[str | Path] = DEFAULT_INPUTS, out: str | Path | None = OUT_UNLESS_STORE, *,
          model: str | None = None, base: str = DEFAULT_BASE, max_nodes: int = DEFAULT_MAX_NODES,
          store: str | Path | None = None, jobs: int = 1, scheduler: str | None = None, engine: str | None = None,
          min_confidence: float = DEFAULT_MIN_CONFIDENCE, feeds: Sequence[str] = (), fetch: FetchOptions | None = None,
          progress: Callable[[int, int], Callable[[int], None]] | None = None, wait: bool = True,
          waiting: Callable[[str], None] | None = None) -> BuildResult:
    """Build the knowledge graph of ``inputs``.

    Without ``store``: write ``graph.ttl`` and ``graph.html`` into ``out`` unless it is None.
    With ``store`` (a folder): parse only new or changed articles, keep every article ever built
    there, and publish the whole graph into the store (see kg.storage); graph.ttl and graph.html
    go to ``out`` as well when it is given. ``engine`` names where
    parsing and extraction run (kg.run.executors): "local" (``jobs`` processes) or "dask" (the
    workers of the cluster whose scheduler is at ``scheduler``; the default when one is given).
    Facts whose combined confidence is under ``min_confidence`` stay out of the graph, the page and
    the counts. Inputs may be http(s) URLs of pages, and ``feeds`` URLs of RSS, Atom or JSON feeds
    whose entries' pages are read (kg.fetch, with ``fetch`` options); with a store, pages are asked
    for with the validators of the last fetch, and one that has not changed is not sent again.
    ``progress(total)`` may return a callback advanced per article parsed. A build into a store
    folder holds the store's lock: if another build holds it, this one waits (after telling
    ``waiting`` why) or, without ``wait``, stops with a StoreError.
    """
    started = time.perf_counter()
    if jobs < 1:
        raise KgError(f"--jobs must be 1 or more, not {jobs}")
    if not 0.0 <= min_confidence <= 1.0:
        raise KgError(f"--min-confidence must be between 0 and 1, not {min_confidence}")
    report = BuildReport()
    report.pipeline = nlp_mod.describe(model)
    graph_store = None
    if store is not None:
        graph_store = RemoteStore(str(store), base) if is_remote(store) else GraphStore(store, create=True)
        if isinstance(out, _Default) and isinstance(graph_store, GraphStore):
            out = None
    with contextlib.ExitStack() as held:
        if isinstance(graph_store, GraphStore):  # one build into a store at a time
            held.enter_context(graph_store.locked(wait=wait, waiting=waiting))
        try:
            return _build(inputs, out, graph_store, report, started, model=model, base=base, max_nodes=max_nodes,
                          jobs=jobs, scheduler=scheduler, engine=engine, min_confidence=min_confidence, feeds=feeds,
                          fetch=fetch, progress=progress)
        except (OSError, sqlite3.Error) as exc:
            # Reading never raises (bad inputs are Skipped), so besides the network (a cluster's
            # scheduler, a store's server: their own errors) this is a write that failed: a full
            # disk, a folder that cannot be written. What was live stays live.
            if isinstance(exc, ConnectionError | TimeoutError | socket.gaierror):
                raise
            where = getattr(exc, "filename", None) or (store if store is not None else out)
            reason = getattr(exc, "strerror", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
            raise KgError(f"cannot write {where}: {reason}; nothing was published") from None


def _build(inputs, out, graph_store, report: BuildReport, started: float, *, model, base, max_nodes, jobs, scheduler,
           engine, min_confidence, feeds, fetch, progress) -> BuildResult:
    inputs = _fetch_web(list(inputs), feeds, fetch, graph_store, report)
    # The inputs are read twice, one article at a time, so that no corpus is ever held whole:
    # once to count them and find what to parse, once to parse it. (Web pages are fetched once,
    # above, and held: a feed's worth of articles.)
    # What every article's cache key shares: the extraction code, its data and the pipeline.
    cache_key = extraction_key(report.pipeline) if graph_store is not None else ""
    found, todo = _scan(inputs, report, graph_store.hashes() if graph_store is not None else None, cache_key)
    if not found and graph_store is None:
        raise NoArticles(report)
    articles = (a for a in iter_articles(inputs, []) if a.id in todo)
    run = executor(engine or ("dask" if scheduler else "local"))
    results = _parse(articles, len(todo), model, report.skipped, progress, report, run, jobs, scheduler)
    if graph_store is not None:
        report.reused = found - len(todo)
        if not todo and graph_store.published_state() == graph_store.state(base, max_nodes, min_confidence):
            # Nothing new, nothing changed, same kg and options: the live build is this build.
            return _unchanged(graph_store, report, started)
        for result in results:
            # Digested again: the file may have changed since the scan; this is what was parsed.
            graph_store.put(result, content_hash(result.article, cache_key))  # committed at once: a kill loses nothing
        if not graph_store.hashes():
            raise NoArticles(report)
        if isinstance(graph_store, GraphStore):
            return _assemble_in_store(graph_store, base, max_nodes, min_confidence, report, started, out)
        results = graph_store.results()
    elif out is not None:
        return _assemble_files(results, Path(out), base, max_nodes, min_confidence, report, started)
    builder = GraphBuilder(base, min_confidence)
    texts = ArticleTexts(0)  # the whole graph is in memory here: the texts go whole
    for result in results:
        builder.add(result)
        texts.add(result)
        report.articles += 1
        report.words += result.words
    graph = builder.finish()
    g, metrics = analyze(graph)
    report.facts = Counter(key[0] for key in builder.kept)
    report.triples = len(graph)
    _entities_and_top(report, graph, g, metrics)
    if graph_store is not None:  # a store on a server: the graph goes there whole
        page = render_html(graph, g, metrics, max_nodes=max_nodes, texts=texts, articles_read=report.articles,
                           min_confidence=min_confidence)
        state = graph_store.state(base, max_nodes, min_confidence)  # what this build was made from, for the next run
        report.outputs["store"] = graph_store.publish(graph, page, state, _summary(report))
        if out is not None:  # a server holds no page: it goes to out
            report.outputs["html"] = write_atomic(Path(out) / "graph.html", page)
    report.seconds = time.perf_counter() - started
    return BuildResult(graph, report)


def _assemble_in_store(graph_store: GraphStore, base: str, max_nodes: int, min_confidence: float,
                       report: BuildReport, started: float, out: str | Path | None = None) -> BuildResult:
    """Assemble the graph of every cached article into a new build of the store, streaming (see
    _stream): each article's triples go into its named graph. With ``out``, graph.ttl (all of
    the graphs in one) and graph.html are written there as well, as a file build writes them."""
    builder = StreamingBuilder(base, min_confidence)
    target, ox_store = graph_store.begin()
    try:
        graph, g, metrics, texts = _stream(graph_store.iter_results, builder, ox_store, report, named=True)
        digest = None
        if out is not None:
            turtle = export_triples(ox_store, "turtle")
            digest = hashlib.sha256(turtle).hexdigest()
        page = render_html(graph, g, metrics, max_nodes=max_nodes, sightings=builder.sightings(), turtle_digest=digest,
                           texts=texts, articles_read=report.articles, min_confidence=min_confidence)
        state = graph_store.state(base, max_nodes, min_confidence)  # what this build was made from, for the next run
        report.outputs["store"] = graph_store.commit(target, ox_store, page, state, _summary(report))
        if out is not None:
            report.outputs["turtle"] = write_atomic(Path(out) / "graph.ttl", turtle)
            report.outputs["html"] = write_atomic(Path(out) / "graph.html", page)
    except OSError:
        del ox_store
        shutil.rmtree(target, ignore_errors=True)  # no half-written build left behind
        raise
    del ox_store
    report.seconds = time.perf_counter() - started
    return BuildResult(lambda: to_rdflib(graph_store.open()), report)


def _assemble_files(results: Iterable[ArticleResult], out: Path, base: str, max_nodes: int, min_confidence: float,
                    report: BuildReport, started: float) -> BuildResult:
    """graph.ttl and graph.html of a file build, streaming as a store build does, so that memory
    grows with the entities and facts of the corpus and not with its articles: the parsed articles
    are spilled to a file beside the outputs, read back three times, and their triples gathered in
    an Oxigraph store on disk, from which Turtle is written. Triples go out in the store's order,
    the same for the same graph."""
    out.mkdir(parents=True, exist_ok=True)
    remove_leftovers(out)  # a killed build's temporary folder and files
    with tempfile.TemporaryDirectory(dir=out, prefix=f".kg-build-{os.getpid()}-") as tmp:
        spill = Path(tmp) / "articles.jsonl"
        with spill.open("w", encoding="utf-8") as file:
            for result in results:
                file.write(to_json(result) + "\n")

        def spilled() -> Iterator[ArticleResult]:
            with spill.open(encoding="utf-8") as file:
                for line in file:
                    yield from_json(line)

        builder = StreamingBuilder(base, min_confidence)
        ox_store = ox.Store(str(Path(tmp) / "oxigraph"))
        graph, g, metrics, texts = _stream(spilled, builder, ox_store, report, named=False)
        if not report.articles:
            raise NoArticles(report)
        turtle = Path(tmp) / "graph.ttl"
        ox_store.dump(str(turtle), format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=TURTLE_PREFIXES)
        del ox_store
        # Two files cannot be replaced in one step: the page names the graph.ttl it was drawn
        # from, so that a kill between the two leaves a pair that says it is not one.
        digest = filecache.file_digest(turtle)
        page = render_html(graph, g, metrics, max_nodes=max_nodes, sightings=builder.sightings(), turtle_digest=digest,
                           texts=texts, articles_read=report.articles, min_confidence=min_confidence)
        report.outputs["turtle"] = out / "graph.ttl"
        # The store the Turtle came from stays beside it, for quick queries (kg.storage.filecache).
        filecache.keep(Path(tmp) / "oxigraph", report.outputs["turtle"], digest, Path(tmp))
        os.replace(turtle, report.outputs["turtle"])  # the same file system: atomic
        report.outputs["html"] = write_atomic(out / "graph.html", page)
    report.seconds = time.perf_counter() - started
    return BuildResult(lambda: to_rdflib(store_from_file(out / "graph.ttl")), report)


def _stream(each: Callable[[], Iterable[ArticleResult]], builder: StreamingBuilder, ox_store: ox.Store,
            report: BuildReport, named: bool):
    """Build the graph of the articles ``each()`` gives into ``ox_store``, holding in memory only
    the entity-level graph (kg.graph.build.StreamingBuilder). The articles are read three times:
    to settle names and classes, to tally each fact's sightings (so that its confidence is known
    before it is written), and to write. With ``named`` each article's own triples go into its
    named graph, else all into the default graph. Returns the analysed entity-level graph, and
    the article texts graph.html shows evidence in."""
    batch: list = []

    def load(items) -> None:
        nonlocal batch
        for item in items:
            batch.append(item if named else ox.Quad(item.subject, item.predicate, item.object))
            if len(batch) >= LOAD_BATCH:
                ox_store.bulk_extend(batch)
                batch = []

    chars = 0
    for result in each():
        builder.observe(result)
        report.articles += 1
        report.words += result.words
        chars += len(result.article.text)
    builder.settle()
    texts = ArticleTexts(chars)
    for result in each():
        builder.count(result)
        texts.add(result)
    for result in each():
        load(quads(builder.article_graph(result)))
    graph = builder.finish()
    g, metrics = analyze(graph, builder.fact_sightings, builder.mentioned)
    load(quads(graph))
    ox_store.bulk_extend(batch)
    report.facts = Counter(key[0] for key in builder.kept)
    report.triples = len(ox_store)
    _entities_and_top(report, graph, g, metrics)
    return graph, g, metrics, texts


def _entities_and_top(report: BuildReport, graph: Graph, g, metrics) -> None:
    """Entities per class and the most central people, organisations and products, a few each,
    from an analysed graph: overall, the top of a news graph is a row of countries, which says
    little about what the news is about."""
    report.entities = Counter(IRI_CLASSES[cls] for _, cls in graph.subject_objects(RDF.type) if cls in IRI_CLASSES)
    order = by_centrality(g, metrics)
    report.top = []
    for cls in SUMMARY_CLASSES:
        of_class = [n for n in order if g.nodes[n]["cls"] == cls][:SUMMARY_EACH]
        report.top += [(str(graph.value(n, RDFS.label)), cls, metrics.pagerank[n]) for n in of_class]


def _summary(report: BuildReport) -> dict:
    """What a later run with nothing to do prints again."""
    return {"articles": report.articles, "words": report.words, "entities": dict(report.entities),
            "facts": dict(report.facts), "triples": report.triples, "top": [list(t) for t in report.top]}


def _unchanged(graph_store, report: BuildReport, started: float) -> BuildResult:
    summary = graph_store.published_summary()
    report.articles, report.words, report.triples = summary["articles"], summary["words"], summary["triples"]
    report.entities, report.facts = Counter(summary["entities"]), Counter(summary["facts"])
    report.top = [tuple(t) for t in summary["top"]]
    report.outputs["store"] = graph_store.current()
    report.unchanged = True
    report.seconds = time.perf_counter() - started
    return BuildResult(lambda: to_rdflib(graph_store.open()), report)


def _fetch_web(inputs: list, feeds: Sequence[str], options: FetchOptions | None, graph_store, report: BuildReport) -> list:
    """The inputs with every URL and feed read: local paths as given, then the web's articles."""
    urls = [str(i) for i in inputs if "://" in str(i)]
    if not urls and not feeds:
        return inputs
    cache = HttpCache(_fetch_cache(graph_store)) if graph_store is not None else None
    fetcher = Fetcher(options, cache)
    try:
        web = list(read_web(urls, feeds, fetcher))
    finally:
        fetcher.close()
        if cache:
            cache.close()
    report.fetched, report.not_modified = fetcher.counts["fetched"], fetcher.counts["not modified"]
    return [i for i in inputs if "://" not in str(i)] + web


def _fetch_cache(graph_store) -> Path:
    """Where a store keeps what it fetched: inside a store folder; for a store on a server, in the
    user's cache folder under a name of the server's URL."""
    if isinstance(graph_store, GraphStore):
        return graph_store.path / "fetch.sqlite"
    home = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return home / "kg" / f"fetch-{hashlib.sha256(str(graph_store.url).encode()).hexdigest()[:16]}.sqlite"


def _scan(inputs, report: BuildReport, known: dict[str, str] | None, cache_key: str) -> tuple[int, set[str]]:
    """First pass over the inputs: how many articles there are, and the ids of those to parse (all
    of them, or with a store's ``known`` digests the new and changed ones). Notes what is skipped."""
    found, todo = 0, set()
    for article in iter_articles(inputs, report.skipped, report.notices):
        found += 1
        if known is None or known.get(article.id) != content_hash(article, cache_key):
            todo.add(article.id)
    return found, todo


def _parse(articles: Iterable[Article], total: int, model, skipped, progress, report: BuildReport, run,
           jobs: int = 1, scheduler: str | None = None) -> Iterator[ArticleResult]:
    tick = progress(total) if progress and total else None
    if not total:
        return
    for result in run(articles, total, model, skipped, tick, jobs=jobs, scheduler=scheduler):
        report.parsed += 1
        yield result
