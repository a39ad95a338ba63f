"""SPARQL over a built graph, answered by pyoxigraph (milliseconds where rdflib takes seconds).

Named queries live in kg/queries/*.rq. Their parameters are bound by substitution (SPARQL
SEP-0007, done by the engine on the parsed query), never pasted into the query text, so a value
with quotes or angle brackets is just a value.
"""
from __future__ import annotations

import datetime as dt
import re
import threading
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ..errors import KgError
from ..graph.convert import TURTLE_PREFIXES
from .guard import problem, select_star

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
# Prefixes every query may use without declaring them.
QUERY_PREFIXES = TURTLE_PREFIXES
QUERIES = Path(__file__).parent / "queries"


class QueryError(KgError):
    """A query or graph the user gave cannot be used; the message says why in one line."""


@dataclass
class Answer:
    kind: str  # "select", "ask" or "graph"
    variables: list[str]
    rows: list[list[str | None]]  # SELECT: display values
    boolean: bool | None
    triples: list | None = None  # CONSTRUCT and DESCRIBE answers


def _display(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, (ox.Literal, ox.NamedNode)):
        return term.value
    return str(term)


def execute(store: ox.Store, sparql: str, where: str = "query", substitutions: dict | None = None):
    """The raw pyoxigraph result; errors become one-line QueryErrors naming ``where``."""
    if refused := problem(sparql, services=None):  # a query that would crash the engine
        raise QueryError(f"{where}: {refused}")
    try:
        # A store keeps each article in its own named graph; queries see all of them at once.
        def ask(text: str):
            return store.query(text, prefixes=QUERY_PREFIXES, substitutions=substitutions,
                               use_default_graph_as_union=True)

        result = ask(sparql)
        if isinstance(result, ox.QuerySolutions) and (star := select_star(sparql)):
            # Oxigraph sorts SELECT * columns by name: ask again for them in the query's order.
            (start, end), order = star
            rank = {name: i for i, name in enumerate(order)}
            names = [v.value for v in result.variables]
            wanted = sorted(names, key=lambda n: (rank.get(n, len(rank)), names.index(n)))
            if wanted != names:
                result = ask(sparql[:start] + " ".join("?" + n for n in wanted) + sparql[end:])
        return result
    except SyntaxError as exc:
        message = re.sub(r"^error at (\d+):(\d+)", r"line \1, column \2", str(exc).splitlines()[0])
        raise QueryError(f"{where}: invalid SPARQL: {message}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"{where}: query failed: {str(exc).splitlines()[0]}") from None


def run(store: ox.Store, sparql: str, where: str = "query", substitutions: dict | None = None) -> Answer:
    result = execute(store, sparql, where, substitutions)
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", [], [], bool(result))
    if isinstance(result, ox.QueryTriples):
        return Answer("graph", [], [], None, list(result))
    variables = [v.value for v in result.variables]
    rows = [[_display(sol[v]) for v in variables] for sol in result]
    return Answer("select", variables, rows, None)


def as_text(answer: Answer) -> str:
    """An ASK answer as true/false, a graph answer as Turtle (what the table format shows for them)."""
    if answer.kind == "graph":
        return ox.serialize(answer.triples, format=ox.RdfFormat.TURTLE, prefixes=QUERY_PREFIXES).decode()
    return ("true" if answer.boolean else "false") + "\n"


def serialize(store: ox.Store, sparql: str, fmt: str, where: str = "query",
              substitutions: dict | None = None) -> str:
    """Run a query and give its answer in a standard format: SPARQL 1.1 results as JSON, XML, CSV
    or TSV; CONSTRUCT and DESCRIBE as Turtle (or N-Triples with fmt="nt")."""
    result = execute(store, sparql, where, substitutions)
    if isinstance(result, ox.QueryTriples):
        if fmt == "nt":
            return ox.serialize(result, format=ox.RdfFormat.N_TRIPLES).decode()
        return ox.serialize(result, format=ox.RdfFormat.TURTLE, prefixes=QUERY_PREFIXES).decode()
    if isinstance(result, ox.QueryBoolean) and fmt in {"csv", "tsv", "table"}:
        return ("true" if bool(result) else "false") + "\n"
    return result.serialize(format=RESULT_FORMATS[fmt]).decode()


def within(seconds: float | None, where: str, work):
    """``work()``'s value, or a QueryError once ``seconds`` have passed. pyoxigraph cannot cancel a
    running query, so the work runs in a daemon thread that a command-line process leaves behind
    when it exits with the error."""
    if not seconds:
        return work()
    box: dict = {}

    def target():
        try:
            box["value"] = work()
        except BaseException as exc:  # noqa: BLE001 - re-raised in the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=target, daemon=True, name="kg-query")
    thread.start()
    thread.join(seconds)
    if thread.is_alive():
        raise QueryError(f"{where}: timed out after {seconds:g} s (raise --timeout, or add a LIMIT)")
    if "error" in box:
        raise box["error"]
    return box["value"]


# ---------------------------------------------------------------- named queries
@dataclass(frozen=True)
class NamedQuery:
    name: str
    text: str
    summary: str
    params: dict[str, str]  # name -> description
    # the parameter that names the one entity the query is about ("# focus: name"): what the
    # query reads lies around it (kg.sparql.asof.neighbourhood), which kg query --as-of uses
    focus: str | None = None


def named_queries() -> dict[str, NamedQuery]:
    out = {}
    for path in sorted(QUERIES.glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        comments = [line[1:].strip() for line in text.splitlines() if line.startswith("#")]
        summary = next((c for c in comments if c and not c.startswith(("param ", "focus:"))), "")
        params = {}
        for c in comments:
            m = re.match(r"param (\w+):\s*(.*)", c)
            if m:
                params[m.group(1)] = m.group(2)
        focus = next((m.group(1) for c in comments if (m := re.fullmatch(r"focus:\s*(\w+)", c))), None)
        out[path.stem] = NamedQuery(path.stem, text, summary, params, focus)
    return out


def bind(query: NamedQuery, values: dict[str, str]) -> dict:
    """Substitutions for a named query's parameters: each value becomes a plain string literal
    (lower-cased for parameters matched "any case", against kg:nameKey)."""
    unknown = sorted(set(values) - set(query.params))
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {unknown[0]!r} "
                         f"(it takes: {', '.join(query.params) or 'none'})")
    bound = {}
    for key, value in values.items():
        if allowed := choices(query.params[key]):
            # A value from a closed list (a class name) may be written in any case; anything else
            # would silently match nothing, so it is refused with the list.
            match = [a for a in allowed if a.casefold() == value.strip().casefold()]
            if not match:
                raise QueryError(f"query {query.name!r}: {key}={value!r} is not one of {', '.join(allowed)}")
            value = match[0]
        elif "(any case)" in query.params[key]:
            value = value.lower()
        elif "YYYY-MM-DD" in query.params[key]:  # compared as an ISO day: anything else matches nothing
            if (day := iso_day(value)) is None:
                raise QueryError(f"query {query.name!r}: {key}={value!r} is not a day (YYYY-MM-DD)")
            value = day
        bound[ox.Variable(key)] = ox.Literal(value)
    return bound


def iso_day(value: str) -> str | None:
    """``value`` as an ISO day (YYYY-MM-DD), or None when it is not one."""
    try:
        return dt.date.fromisoformat(value.strip()).isoformat()
    except ValueError:
        return None


def choices(description: str) -> list[str]:
    """The values a parameter takes, when its description ends with "one of: A, B, C"."""
    _, found, values = description.partition("one of: ")
    return [v.strip() for v in values.split(",") if v.strip()] if found else []
