"""Which predicates a query can read: a query whose every pattern names its predicate sees only
the triples with those predicates, so a graph made for it (kg query --as-of) need hold no others."""
from __future__ import annotations

from rdflib import URIRef, Variable
from rdflib.paths import AlternativePath, InvPath, MulPath, NegatedPath, Path, SequencePath
from rdflib.plugins.sparql import prepareQuery
from rdflib.plugins.sparql.parserutils import CompValue

from .query import QUERY_PREFIXES


class _Unbounded(Exception):
    """A pattern that can match a triple of any predicate."""


def predicates_read(sparql: str) -> frozenset[str] | None:
    """The IRIs of every predicate ``sparql`` names in a pattern (in a path, a FILTER EXISTS, a
    subquery too), or None when it may read triples of any predicate: a variable or a negated set
    in a predicate's place, a path that may take no step (``p*``, ``p?``), ``GRAPH ?g {}``, a
    DESCRIBE, or a query rdflib cannot read (SPARQL 1.1's grammar: Oxigraph's LATERAL is past it)."""
    try:
        query = prepareQuery(sparql, initNs=QUERY_PREFIXES)
    except Exception:  # noqa: BLE001 (pyparsing's and rdflib's own errors alike: the query is read as unbounded)
        return None
    if query.algebra.name == "DescribeQuery":
        return None
    found: set[str] = set()
    try:
        _walk(query.algebra, found)
    except _Unbounded:
        return None
    return frozenset(found)


def _walk(node, found: set[str]) -> bool:
    """Whether ``node`` holds a triple pattern; the predicates of those it holds go into ``found``."""
    held = False
    if isinstance(node, CompValue):
        for key, value in node.items():
            if key == "template":  # what a CONSTRUCT writes, not what it reads
                continue
            if key == "triples" and isinstance(value, list):
                for triple in value:
                    _predicate(triple[1], found)
                held = held or bool(value)
            else:
                held = _walk(value, found) or held
        if node.name == "Graph" and not held:
            raise _Unbounded  # GRAPH ?g {} names every graph, whatever its triples
    elif isinstance(node, (list, tuple)):
        for item in node:
            held = _walk(item, found) or held
    return held


def _predicate(term, found: set[str]) -> None:
    if isinstance(term, Variable) or isinstance(term, NegatedPath):
        raise _Unbounded
    if isinstance(term, URIRef):
        found.add(str(term))
    elif isinstance(term, (SequencePath, AlternativePath)):
        for part in term.args:
            _predicate(part, found)
    elif isinstance(term, MulPath):
        if term.mod != "+":  # p* and p? match a path of no steps: from any node of the graph to itself
            raise _Unbounded
        _predicate(term.path, found)
    elif isinstance(term, InvPath):
        _predicate(term.arg, found)
    elif isinstance(term, Path):  # a kind of path this walk does not know
        raise _Unbounded
