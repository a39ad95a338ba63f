"""SPARQL over a built graph, answered by pyoxigraph (milliseconds where rdflib takes seconds)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from .errors import KgError
from .rdf import PREFIXES

RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                  "tsv": ox.QueryResultsFormat.TSV}
# Prefixes every query may use without declaring them.
PROLOGUE = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items())) + \
    "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"


class QueryError(KgError):
    """A query or graph the user gave cannot be used; the message says why in one line."""


@dataclass
class Answer:
    kind: str  # "select", "ask" or "graph"
    variables: list[str]
    rows: list[list[str | None]]  # SELECT: display values
    boolean: bool | None
    raw: object  # pyoxigraph result, for standard serialisations


def load_store(graph_file: str | Path) -> ox.Store:
    path = Path(graph_file)
    if not path.is_file():
        raise QueryError(f"{path}: no such graph file (run `kg build` first, or pass --graph)")
    store = ox.Store()
    try:
        store.bulk_load(path=str(path), format=_format_of(path))
    except (SyntaxError, ValueError, OSError) as exc:
        raise QueryError(f"{path}: cannot read graph: {str(exc).splitlines()[0]}") from None
    return store


def _format_of(path: Path) -> ox.RdfFormat:
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".") or "ttl")
    return fmt or ox.RdfFormat.TURTLE


def _display(term) -> str | None:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def run(store: ox.Store, sparql: str, where: str = "query") -> Answer:
    try:
        result = store.query(PROLOGUE + sparql)
    except SyntaxError as exc:
        raise QueryError(f"{where}: invalid SPARQL: {_shift_line(str(exc))}") from None
    except (OSError, ValueError, RuntimeError) as exc:
        raise QueryError(f"{where}: query failed: {str(exc).splitlines()[0]}") from None
    if isinstance(result, ox.QueryBoolean):
        return Answer("ask", [], [], bool(result), result)
    if isinstance(result, ox.QueryTriples):
        return Answer("graph", [], [], None, list(result))
    variables = [v.value for v in result.variables]
    rows = [[_display(sol[v]) for v in variables] for sol in result]
    return Answer("select", variables, rows, None, (variables, rows, store, sparql))


def _shift_line(message: str) -> str:
    """Report error positions in the user's query, not in our prologue."""
    import re

    offset = PROLOGUE.count("\n")
    first = message.splitlines()[0]
    return re.sub(r"(\d+):(\d+)", lambda m: f"line {max(1, int(m.group(1)) - offset)}, column {m.group(2)}",
                  first, count=1)


def serialize(answer: Answer, fmt: str) -> str:
    """The answer in a standard format: SPARQL JSON/CSV/TSV results, or Turtle for graphs."""
    if answer.kind == "graph":
        return ox.serialize(answer.raw, format=ox.RdfFormat.TURTLE, prefixes={p: str(ns) for p, ns in PREFIXES.items()}).decode()
    if answer.kind == "ask":
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": answer.boolean}) + "\n"
        return ("true" if answer.boolean else "false") + "\n"
    variables, _rows, store, sparql = answer.raw
    # Re-run to serialise: pyoxigraph results are single-pass iterators.
    result = store.query(PROLOGUE + sparql)
    return result.serialize(format=RESULT_FORMATS[fmt]).decode()
