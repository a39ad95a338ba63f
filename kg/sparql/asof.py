"""A graph as the news told it up to a day: what articles published later said is left out.

Facts and entities first seen after the day go, with every triple that names them; so do the
later articles and the evidence records read from them, and a statement's own triple (``?s
kg:madeBy ?o``). A fact or entity seen before and after the day keeps its first day and gets, as
its last, the last day it was seen by then. Undated articles, and the facts only they state, are
kept: when they were written is not known. A role's interval is drawn again from the sentences
left (each evidence record keeps the start and end its sentence dates), and a current membership
whose interval ended by the day, or that an article published by then called former, is shown as
former. Confidences and centralities stay those of the whole graph.
"""
from __future__ import annotations

import shutil
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from ..graph.convert import quads
from ..graph.iris import Minter
from ..graph.namespaces import KG_IRI, PROV, SCHEMA
from ..graph.roletime import ended_by_former, interval_triples, spanning
from ..model import ROLE
from .query import QUERY_PREFIXES, QueryError, iso_day

LAST_SEEN = ox.NamedNode(KG_IRI + "lastSeen")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
RIVAL_OF = ox.NamedNode(KG_IRI + "rivalOf")
STATUS = ox.NamedNode(KG_IRI + "status")
EVIDENCE = ox.NamedNode(KG_IRI + "evidence")
MENTIONS = ox.NamedNode(str(SCHEMA.mentions))
DERIVED_FROM = ox.NamedNode(str(PROV.wasDerivedFrom))
FORMER = ox.NamedNode(KG_IRI + "Former")

# Nodes of what was first said after the day: facts and entities, articles, evidence records.
LATER = """SELECT DISTINCT ?x WHERE {
  { ?x kg:firstSeen ?d FILTER(STR(?d) > ?day) }
  UNION { ?x schema:datePublished ?d FILTER(SUBSTR(STR(?d), 1, 10) > ?day) }
  UNION { ?x kg:articleDate ?d FILTER(SUBSTR(STR(?d), 1, 10) > ?day) } }"""
# Roles' intervals and their instants, which are drawn again from what is left
INTERVALS = """SELECT DISTINCT ?x WHERE {
  { ?m org:memberDuring ?x } UNION { ?m org:memberDuring/(time:hasBeginning|time:hasEnd) ?x }
  UNION { ?m org:memberDuring/time:hasEnd/(time:before|time:after) ?x } }"""
# Every membership with its days and the starts and ends its sentences date
MEMBERSHIPS = """SELECT ?m ?p ?o ?role ?status ?first ?last ?began ?ended WHERE {
  ?m a org:Membership ; org:member ?p ; org:organization ?o ; kg:status ?status .
  OPTIONAL { ?m org:role ?role }
  OPTIONAL { ?m kg:firstSeen ?first ; kg:lastSeen ?last }
  OPTIONAL { ?m kg:evidence ?ev . OPTIONAL { ?ev kg:roleBegan ?began } OPTIONAL { ?ev kg:roleEnded ?ended } } }"""
# The triples later statements assert
LATER_TRIPLES = """SELECT ?s ?p ?o WHERE {
  ?x a rdf:Statement ; kg:firstSeen ?d ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o FILTER(STR(?d) > ?day) }"""
# What was seen before and after the day, whose last day by then is to be found
SEEN_ACROSS = """SELECT ?x WHERE {
  { ?x kg:lastSeen ?l FILTER(STR(?l) > ?day) } ?x kg:firstSeen ?f FILTER(STR(?f) <= ?day) }"""
# The triples that say something of what was first said after the day, past the first ?skip
# (each at least one quad that leaving it out takes away)
LATER_SAY = """SELECT ?x WHERE { { """ + LATER + """ } ?x ?p ?o } OFFSET ?skip LIMIT 1"""
# The articles published by then, the latest first
LATEST_FIRST = """SELECT ?a ?seen WHERE {
  ?a schema:datePublished ?when BIND(SUBSTR(STR(?when), 1, 10) AS ?seen) FILTER(?seen <= ?day) } ORDER BY DESC(?seen) ?a"""
# Current memberships whose end, as the text dates it (a day, a month or a year), is past by then,
# or that an article published by then called former (an end before that article's day)
ENDED = """SELECT ?m WHERE {
  { ?m kg:status kg:Current ; org:memberDuring/time:hasEnd/(time:inXSDDate|time:inXSDgYearMonth|time:inXSDgYear) ?end
    FILTER(STR(?end) < SUBSTR(?day, 1, STRLEN(STR(?end))) || STR(?end) = ?day) }
  UNION { ?m kg:status kg:Current ; org:memberDuring/time:hasEnd/time:before/time:inXSDDate ?by
          FILTER(STR(?by) <= ?day) } }"""


def day_of(value: str, option: str) -> str:
    """A day given to ``option`` on the command line, as ISO; a QueryError when it is not one."""
    if (day := iso_day(value)) is None:
        raise QueryError(f"{option} {value!r} is not a day (YYYY-MM-DD)")
    return day


def as_of(store: ox.Store, day: str, scratch: str | Path | None = None, own: bool = False) -> ox.Store:
    """A store: ``store`` as the articles published on or before ``day`` told it.

    Where later articles said little (a recent day), and ``store`` is on disk and ``scratch`` is
    given (a folder not made yet, best on the file system of the store's files), it is a
    checkpoint of ``store`` there (RocksDB hard-links its files: milliseconds) with what they said
    taken out, which costs what they said; a store in memory that is the caller's ``own`` (a graph
    file loaded for one question) has it taken out in place. Where they said much (a day early in
    the news), it is an in-memory copy of what was said by then, which costs what is kept: copying
    a triple takes about a fifth of what deleting one from RocksDB does. ``store`` is changed only
    when it is ``own`` and in memory."""
    day = day_of(day, "as_of")  # nothing but a day goes into the query text
    later = {row["x"] for query in (LATER, INTERVALS) for row in _select(store, day, query)}  # (intervals: drawn again)
    asserted = set()
    for row in _select(store, day, LATER_TRIPLES):
        asserted.add(ox.Triple(row["s"], row["p"], row["o"]))
        if row["p"] == RIVAL_OF:  # asserted both ways
            asserted.add(ox.Triple(row["o"], row["p"], row["s"]))
    budget = len(store) // 5
    # (asking the store first: gathering what goes, to find it is too much, took a quarter of the
    # time where later articles said much)
    view = None if _said_later_more_than(store, day, budget) else _taken_out(store, scratch, own, later, asserted, budget)
    if view is None:
        view = ox.Store()
        view.bulk_extend(_kept(store, later, asserted))
    _correct(view, day)
    return view


def _select(store: ox.Store, day: str, query: str):
    """The rows of one of the queries above, asked of ``store`` for ``day`` (an ISO day, checked)."""
    return store.query(query.replace("?day", f'"{day}"'), prefixes=QUERY_PREFIXES, use_default_graph_as_union=True)


def _said_later_more_than(store: ox.Store, day: str, budget: int) -> bool:
    """Whether more than ``budget`` triples (each counted once, in whichever graphs) have a subject
    first said after ``day``; the store stops looking at the first past ``budget``."""
    return bool(list(_select(store, day, LATER_SAY.replace("?skip", str(int(budget))))))


def _taken_out(store: ox.Store, scratch: str | Path | None, own: bool, later: set, asserted: set,
               budget: int) -> ox.Store | None:
    """``store`` without the triples of ``later`` nodes and the ``asserted`` ones: a checkpoint of
    it in ``scratch``, or, in memory and ``own``, the store itself; None if neither can be had or
    those triples are more than ``budget``."""
    if scratch is None:
        return None
    in_memory = False
    try:  # first: what goes would be gathered for nothing from a store that has no checkpoints
        store.backup(str(scratch))
    except RuntimeError as error:  # "not possible to backup an in-memory database", or a folder already there
        if "in-memory" not in str(error):
            return None
        in_memory = True
    except OSError:  # a folder that cannot be written
        return None
    if in_memory and not own:
        return None
    gone: set[ox.Quad] = set()
    for node in later:
        gone.update(store.quads_for_pattern(node, None, None, None))
        gone.update(store.quads_for_pattern(None, None, node, None))
        if len(gone) > budget:
            break
    else:
        for triple in asserted:
            gone.update(store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None))
    if len(gone) > budget:
        if not in_memory:
            shutil.rmtree(scratch, ignore_errors=True)
        return None
    view = store if in_memory else ox.Store(str(scratch))
    for quad in gone:
        view.remove(quad)
    return view


def _kept(store: ox.Store, later: set, asserted: set):
    """The quads of ``store`` but those of ``later`` nodes and the ``asserted`` triples; an
    article's own graph, if later, skipped whole."""
    said_of = {triple.subject for triple in asserted}  # (a quad's triple is made anew when asked for)
    for graph in [ox.DefaultGraph(), *store.named_graphs()]:
        if graph in later:
            continue
        for quad in store.quads_for_pattern(None, None, None, graph):
            if quad.subject not in later and quad.object not in later and (
                    quad.subject not in said_of or quad.triple not in asserted):
                yield quad


def _correct(store: ox.Store, day: str) -> None:
    """Cap in ``store`` what later articles moved, and draw the roles' intervals again from the
    sentences left."""
    stale, changed = [], []
    for node, last in _last_by_then(store, day).items():
        for quad in store.quads_for_pattern(node, LAST_SEEN, None, None):
            stale.append(quad)
            changed.append(ox.Quad(node, LAST_SEEN, ox.Literal(last, datatype=XSD_DATE), quad.graph_name))
    for quad in stale:
        store.remove(quad)
    store.bulk_extend(changed)
    store.bulk_extend(quads(_intervals(_select(store, day, MEMBERSHIPS))))
    ended = [quad for row in _select(store, day, ENDED)
             for quad in store.quads_for_pattern(row["m"], STATUS, None, None)]
    for quad in ended:
        store.remove(quad)
    store.bulk_extend(ox.Quad(quad.subject, STATUS, FORMER, quad.graph_name) for quad in ended)


def _last_by_then(store: ox.Store, day: str) -> dict:
    """The last day by ``day`` on which each fact and entity seen both before and after it was
    seen (a fact by its evidence, an entity by the articles that name it): the articles published
    by then are read from the latest back until each has its day. (As one SPARQL aggregate this
    read every sighting of those facts and entities: 7 s on the BBC corpus ten times over; what
    recurs is found again a few articles back.)"""
    pending = {row["x"] for row in _select(store, day, SEEN_ACROSS)}
    last: dict = {}
    for row in _select(store, day, LATEST_FIRST):
        if not pending:
            break
        article, seen = row["a"], row["seen"].value
        named = [quad.object for quad in store.quads_for_pattern(article, MENTIONS, None, None)]
        stated = [fact.subject for record in store.quads_for_pattern(None, DERIVED_FROM, article, None)
                  for fact in store.quads_for_pattern(None, EVIDENCE, record.subject, None)]
        for node in named + stated:
            if node in pending:
                pending.discard(node)
                last[node] = seen
    return last


def _intervals(rows) -> Graph:
    """The memberships' intervals as the builders draw them, from the starts and ends their
    sentences date, and their first and last days."""
    keys: dict[tuple, ox.NamedNode] = {}
    dates: dict[tuple, tuple[list, list]] = defaultdict(lambda: ([], []))
    seen: dict[tuple, tuple[str, str] | None] = {}
    for row in rows:
        role = row["role"]
        key = (ROLE, row["p"], row["o"], role, row["status"].value.rsplit("#", 1)[-1].lower())
        keys[key] = row["m"]
        seen[key] = (row["first"].value, row["last"].value) if row["first"] else None
        dates[key][0].append(row["began"].value if row["began"] else None)
        dates[key][1].append(row["ended"].value if row["ended"] else None)
    durings = ended_by_former({key: spanning(*dates[key]) for key in keys}, seen)
    graph = Graph()
    for key, member in keys.items():
        fact = URIRef(member.value)
        for triple in interval_triples(Minter(fact[:fact.rindex("membership/")]), fact, durings[key]):
            graph.add(triple)
    return graph
