"""A graph as the news told it up to a day: what articles published later said is left out.

Facts and entities first seen after the day go, with every triple that names them; so do the
later articles and the evidence records read from them, and a statement's own triple (``?s
kg:madeBy ?o``). A fact or entity seen before and after the day keeps its first day and gets, as
its last, the last day it was seen by then. Undated articles, and the facts only they state, are
kept: when they were written is not known. A role's interval is drawn again from the sentences
left (each evidence record keeps the start and end its sentence dates), and a current membership
whose interval ended by the day, or that an article published by then called former, is shown as
former. Confidences and centralities stay those of the whole graph. A query that names every
predicate it reads (``reads.predicates_read``: every named query but ``changes``) is answered from
the triples with those predicates alone, copied: a fraction of the graph.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef

from ..graph.convert import quads
from ..graph.iris import Minter
from ..graph.namespaces import KG_IRI, ORG, PROV, SCHEMA
from ..graph.roletime import During, ended_by_former, interval_triples, spanning
from ..model import CURRENT, ROLE
from .query import QUERY_PREFIXES, QueryError, iso_day

LAST_SEEN = ox.NamedNode(KG_IRI + "lastSeen")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
RIVAL_OF = ox.NamedNode(KG_IRI + "rivalOf")
STATUS = ox.NamedNode(KG_IRI + "status")
EVIDENCE = ox.NamedNode(KG_IRI + "evidence")
MENTIONS = ox.NamedNode(str(SCHEMA.mentions))
PUBLISHED = ox.NamedNode(str(SCHEMA.datePublished))
DERIVED_FROM = ox.NamedNode(str(PROV.wasDerivedFrom))
FORMER = ox.NamedNode(KG_IRI + "Former")
FIRST_SEEN = ox.NamedNode(KG_IRI + "firstSeen")
ARTICLE_DATE = ox.NamedNode(KG_IRI + "articleDate")
ROLE_BEGAN = ox.NamedNode(KG_IRI + "roleBegan")
ROLE_ENDED = ox.NamedNode(KG_IRI + "roleEnded")
TYPE = ox.NamedNode(str(RDF.type))
MEMBERSHIP = ox.NamedNode(str(ORG.Membership))
MEMBER = ox.NamedNode(str(ORG.member))
ORGANIZATION = ox.NamedNode(str(ORG.organization))
ORG_ROLE = ox.NamedNode(str(ORG.role))
NAME_KEY = ox.NamedNode(KG_IRI + "nameKey")
# What a fact names its sides with: a membership's member and organisation, a statement's subject and object
SIDES = (MEMBER, ORGANIZATION, ox.NamedNode(str(RDF.subject)), ox.NamedNode(str(RDF.object)))

# Nodes of what was first said after the day: facts and entities, and articles; then the evidence
# records read from those articles (each in its article's graph, and the object of kg:evidence alone)
_FIRST_LATER = """{ ?x kg:firstSeen ?d FILTER(STR(?d) > ?day) }
  UNION { ?x schema:datePublished ?d FILTER(SUBSTR(STR(?d), 1, 10) > ?day) }"""
LATER_NODES = f"SELECT DISTINCT ?x WHERE {{ {_FIRST_LATER} }}"
LATER = f"""SELECT DISTINCT ?x WHERE {{ {_FIRST_LATER}
  UNION {{ ?x kg:articleDate ?d FILTER(SUBSTR(STR(?d), 1, 10) > ?day) }} }}"""
# Roles' intervals and their instants, which are drawn again from what is left
INTERVALS = """SELECT DISTINCT ?x WHERE {
  { ?m org:memberDuring ?x } UNION { ?m org:memberDuring/(time:hasBeginning|time:hasEnd) ?x }
  UNION { ?m org:memberDuring/time:hasEnd/(time:before|time:after) ?x } }"""
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


def day_of(value: str, option: str) -> str:
    """A day given to ``option`` on the command line, as ISO; a QueryError when it is not one."""
    if (day := iso_day(value)) is None:
        raise QueryError(f"{option} {value!r} is not a day (YYYY-MM-DD)")
    return day


def as_of(store: ox.Store, day: str, scratch: str | Path | None = None, own: bool = False,
          reads: frozenset[str] | None = None, focus: set | None = None) -> ox.Store:
    """A store: ``store`` as the articles published on or before ``day`` told it.

    Given ``reads``, the predicates a query reads (``predicates_read``), it holds only the triples with
    those: a copy in memory of what of them was said by then, which costs what is kept of them alone;
    given ``focus`` too, the nodes the query can reach (``neighbourhood``: a question about one
    entity), only those nodes' triples, which costs what is said of them. Else, where later articles
    said little (a recent day), and ``store`` is on disk and ``scratch`` is given (a folder not made
    yet, best on the file system of the store's files), it is a checkpoint of ``store`` there (RocksDB
    hard-links its files: milliseconds) with what they said taken out, which costs what they said; a
    store in memory that is the caller's ``own`` (a graph file loaded for one question) has it taken
    out in place. Where they said much (a day early in the news), it is an in-memory copy of what was
    said by then, which costs what is kept: copying a triple takes about a fifth of what deleting one
    from RocksDB does. ``store`` is changed only when it is ``own`` and in memory and ``reads`` is not
    given."""
    day = day_of(day, "as_of")  # nothing but a day goes into the query text
    # (intervals: drawn again.) An evidence record's own triples are in its article's graph, which
    # goes whole, so the records need finding (a third of the time) only for a query that reads
    # kg:evidence, or in a graph without named graphs (a graph file's triples)
    records = reads is None or EVIDENCE.value in reads or next(iter(store.named_graphs()), None) is None
    queries = (LATER if records else LATER_NODES, INTERVALS)
    later = {row["x"] for query in queries for row in _select(store, day, query)}
    asserted = set()
    for row in _select(store, day, LATER_TRIPLES):
        asserted.add(ox.Triple(row["s"], row["p"], row["o"]))
        if row["p"] == RIVAL_OF:  # asserted both ways
            asserted.add(ox.Triple(row["o"], row["p"], row["s"]))
    focus = focus if reads is not None else None
    roles = _roles_by_then(store, day, later, focus)  # (read before ``store`` may change)
    if reads is not None:
        view = ox.Store()
        view.bulk_extend(_kept(store, later, asserted, reads, focus))
        # (the last days by then are read from the articles and evidence: here, only in ``store``)
        lasts = _last_by_then(store, day, focus) if LAST_SEEN.value in reads else {}
        _correct(view, lasts, roles, reads)
        return view
    budget = len(store) // 5
    # (asking the store first: gathering what goes, to find it is too much, took a quarter of the
    # time where later articles said much)
    view = None if _said_later_more_than(store, day, budget) else _taken_out(store, scratch, own, later, asserted, budget)
    if view is None:
        view = ox.Store()
        view.bulk_extend(_kept(store, later, asserted))
    _correct(view, _last_by_then(view, day), roles)
    return view


def neighbourhood(store: ox.Store, key: ox.Literal, reads: frozenset[str]) -> set:
    """The nodes a question about one entity reads (``reads``: its predicates): the entities whose
    kg:nameKey is ``key``; the facts that name them (as member, organisation, subject or object), if
    it reads facts, and what those hang on: their other sides, their roles, their evidence records
    and those records' articles; the articles that mention the entities, if it reads schema:mentions.
    (A named query whose parameter names such an entity says so: ``# focus: name``.)"""
    def nodes(node, predicates) -> set:
        return {o for p in predicates for o in _objects(store, node, p) if isinstance(o, ox.NamedNode)}

    entities = {q.subject for q in store.quads_for_pattern(None, NAME_KEY, key, None)}
    sides = [p for p in SIDES if p.value in reads]
    facts = {q.subject for e in entities for p in sides for q in store.quads_for_pattern(None, p, e, None)}
    records = {r for fact in facts for r in nodes(fact, (EVIDENCE,))}
    mentioning = ({q.subject for e in entities for q in store.quads_for_pattern(None, MENTIONS, e, None)}
                  if MENTIONS.value in reads else set())
    return (entities | facts | records | {n for fact in facts for n in nodes(fact, (*SIDES, ORG_ROLE))}
            | {a for r in records for a in nodes(r, (DERIVED_FROM,))} | mentioning)


def _objects(store: ox.Store, node, predicate: ox.NamedNode) -> list:
    """The objects of ``node``'s triples with ``predicate``, in any graph."""
    return [quad.object for quad in store.quads_for_pattern(node, predicate, None, None)]


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


def _kept(store: ox.Store, later: set, asserted: set, reads: frozenset[str] | None = None,
          focus: set | None = None):
    """The quads of ``store`` (with a predicate of ``reads``, if given, and a subject of ``focus``,
    if given) but those of ``later`` nodes and the ``asserted`` triples; an article's own graph,
    if later, skipped whole."""
    said_of = {triple.subject for triple in asserted}  # (a quad's triple is made anew when asked for)
    if reads is not None and focus is not None:
        # (asked node by node: a few thousand lookups at most, where asking by the predicate reads
        # every fact's; one lookup a node, its predicates sifted here: one a predicate took four
        # times as long for the thousands of nodes around a country)
        predicates = {ox.NamedNode(p) for p in reads}
        chunks = ((q for q in store.quads_for_pattern(node, None, None, None) if q.predicate in predicates)
                  for node in sorted(focus, key=str))
    elif reads is None:
        chunks = (store.quads_for_pattern(None, None, None, graph)
                  for graph in [ox.DefaultGraph(), *store.named_graphs()] if graph not in later)
    else:
        named = list(store.named_graphs())
        kept = [graph for graph in named if graph not in later]
        # A day early in the news keeps few articles: asking each kept article's graph skips the
        # triples of the others, which asking by the predicate alone reads (the mentions as of an
        # early day at ten times the BBC corpus: 0.18 s against 1.48 s); past half, the other way.
        # A predicate no article's graph holds is asked of the default graph alone (asked of each
        # kept graph in vain, it cost a second where a query read a dozen).
        few = [ox.DefaultGraph(), *kept] if 2 * len(kept) <= len(named) else [None]
        chunks = (store.quads_for_pattern(None, node, None, graph)
                  for node in map(ox.NamedNode, sorted(reads))
                  for graph in (few if _in_named_graphs(store, node) else [ox.DefaultGraph()]))
    for chunk in chunks:
        for quad in chunk:
            if quad.graph_name not in later and quad.subject not in later and quad.object not in later and (
                    quad.subject not in said_of or quad.triple not in asserted):
                yield quad


def _in_named_graphs(store: ox.Store, predicate: ox.NamedNode) -> bool:
    """Whether a named graph of ``store`` holds a triple with ``predicate`` (Oxigraph stops at the first)."""
    return bool(store.query("ASK { GRAPH ?g { ?s ?p ?o } }", substitutions={ox.Variable("p"): predicate}))


def _correct(store: ox.Store, lasts: dict, roles: tuple[Graph, set], reads: frozenset[str] | None = None) -> None:
    """Cap in ``store`` the last days later articles moved (``lasts``), and put in the roles'
    intervals drawn again and the end of those that ended by then (``roles``), keeping to the
    predicates of ``reads`` if given."""
    stale, changed = [], []
    for node, last in lasts.items():
        for quad in store.quads_for_pattern(node, LAST_SEEN, None, None):
            stale.append(quad)
            changed.append(ox.Quad(node, LAST_SEEN, ox.Literal(last, datatype=XSD_DATE), quad.graph_name))
    for quad in stale:
        store.remove(quad)
    store.bulk_extend(changed)
    intervals, gone = roles
    store.bulk_extend(quad for quad in quads(intervals) if reads is None or quad.predicate.value in reads)
    ended = [quad for member in gone for quad in store.quads_for_pattern(member, STATUS, None, None)]
    for quad in ended:
        store.remove(quad)
    store.bulk_extend(ox.Quad(quad.subject, STATUS, FORMER, quad.graph_name) for quad in ended)


def _last_by_then(store: ox.Store, day: str, among: set | None = None) -> dict:
    """The last day by ``day`` on which each fact and entity seen both before and after it was
    seen (a fact by its evidence, an entity by the articles that name it): the articles published
    by then are read from the latest back until each has its day. (As one SPARQL aggregate this
    read every sighting of those facts and entities: 7 s on the BBC corpus ten times over; what
    recurs is found again a few articles back.) Only for the nodes ``among``, if given: each
    looked up through its own sightings, against the days of the articles by then (read back, a
    node seen long before the day kept the rest waiting: 0.6 s around the United States)."""
    pending = _seen_across(store, day, among)
    if among is not None:
        days: dict = {}
        for row in _select(store, day, LATEST_FIRST):
            days.setdefault(row["a"], row["seen"].value)  # (the latest first, as below)
        return {node: seen for node in pending if (seen := _last_seen_by(store, node, days)) is not None}
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


def _last_seen_by(store: ox.Store, node, days: dict) -> str | None:
    """The last day on which ``node`` was seen, of the ``days`` of the articles published by then:
    the latest of those that name it or state it (through its evidence records)."""
    articles = [quad.subject for quad in store.quads_for_pattern(None, MENTIONS, node, None)]
    articles += [article for record in _objects(store, node, EVIDENCE) for article in _objects(store, record, DERIVED_FROM)]
    return max(filter(None, map(days.get, articles)), default=None)


def _seen_across(store: ox.Store, day: str, among: set | None = None) -> set:
    """The facts and entities first seen by ``day`` and seen again after it; of ``among`` alone, if
    given, each looked up on its own (asking the whole store to keep a few of its answers took a
    fifth of a question's time about one entity)."""
    if among is None:
        return {row["x"] for row in _select(store, day, SEEN_ACROSS)}
    # (lexical forms: ISO days compare as strings, as STR() does in SEEN_ACROSS)
    return {node for node in among if any(last.value > day for last in _objects(store, node, LAST_SEEN))
            and any(first.value <= day for first in _objects(store, node, FIRST_SEEN))}


def _roles_by_then(store: ox.Store, day: str, later: set, among: set | None = None) -> tuple[Graph, set]:
    """The roles' intervals as the builders draw them from the sentences published by ``day``
    (each evidence record keeps the start and end its sentence dates), and the current
    memberships that ended by then: their end, as the text dates it (a day, a month or a year), is
    past, or an article published by then called the role former. Only a membership with a dated
    sentence, or of a member and an organisation that a membership calls former, can have an
    interval; those alone are read (one query over every membership and its evidence took a second
    on the BBC corpus ten times over). Only the memberships ``among``, if given."""
    def objects(node, predicate) -> list:
        return _objects(store, node, predicate)

    def subjects(predicate, node) -> set:
        return {quad.subject for quad in store.quads_for_pattern(None, predicate, node, None)}

    candidates: set = set()
    for edge in (ROLE_BEGAN, ROLE_ENDED):
        for said in store.quads_for_pattern(None, edge, None, None):
            candidates |= subjects(EVIDENCE, said.subject)
    for former in subjects(STATUS, FORMER):
        for member in objects(former, MEMBER):
            for organization in objects(former, ORGANIZATION):
                candidates |= subjects(MEMBER, member) & subjects(ORGANIZATION, organization)
    if among is not None:
        candidates &= among
    keys: dict[tuple, ox.NamedNode] = {}
    dates: dict[tuple, During] = {}
    seen: dict[tuple, tuple[str, str] | None] = {}
    for fact in sorted(candidates - later, key=str):
        member, organization, status = objects(fact, MEMBER), objects(fact, ORGANIZATION), objects(fact, STATUS)
        if MEMBERSHIP not in objects(fact, TYPE) or not (member and organization and status):
            continue
        role = next(iter(objects(fact, ORG_ROLE)), None)
        key = (ROLE, member[0], organization[0], role, status[0].value.rsplit("#", 1)[-1].lower())
        began, ended, said = [], [], []
        for record in objects(fact, EVIDENCE):
            days = [when.value[:10] for when in objects(record, ARTICLE_DATE)]
            if all(when <= day for when in days):  # (an undated sentence is kept)
                began += [when.value for when in objects(record, ROLE_BEGAN)]
                ended += [when.value for when in objects(record, ROLE_ENDED)]
                said += days
        first, last = objects(fact, FIRST_SEEN), objects(fact, LAST_SEEN)
        # a role stated again after the day was last stated by then in its latest sentence published by then
        seen[key] = (first[0].value, min(last[0].value, max(said, default=first[0].value))) if first and last else None
        keys[key], dates[key] = fact, spanning(began, ended)
    durings = ended_by_former(dates, seen)
    graph, gone = Graph(), set()
    for key, fact in keys.items():
        iri = URIRef(fact.value)
        for triple in interval_triples(Minter(iri[:iri.rindex("membership/")]), iri, durings[key]):
            graph.add(triple)
        if key[4] == CURRENT and _ended_by(durings[key], day):
            gone.add(fact)
    return graph, gone


def _ended_by(during: During, day: str) -> bool:
    """Whether a role's end, as drawn, is past on ``day``: the end the text dates (compared at its
    precision: "in 2008" is past on 2009-01-01, not on 2008-12-31), or the first day an article
    called it former."""
    if during.ended:
        return during.ended < day[:len(during.ended)] or during.ended == day
    return during.before is not None and during.before <= day
