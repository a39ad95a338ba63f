"""A graph as the news told it up to a day: what articles published later said is left out.

Facts and entities first seen after the day go, with every triple that names them; so do the
later articles and the evidence records read from them, and a statement's own triple (``?s
kg:madeBy ?o``). A fact or entity seen before and after the day keeps its first day and gets, as
its last, the last day it was seen by then. Undated articles, and the facts only they state, are
kept: when they were written is not known. A current membership whose org:memberDuring ended by
the day, or that an article published by then called former, is shown as former. Confidences and
centralities stay those of the whole graph.
"""
from __future__ import annotations

import pyoxigraph as ox

from ..graph.namespaces import KG_IRI
from .query import QUERY_PREFIXES, QueryError, iso_day

LAST_SEEN = ox.NamedNode(KG_IRI + "lastSeen")
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
RIVAL_OF = ox.NamedNode(KG_IRI + "rivalOf")
STATUS = ox.NamedNode(KG_IRI + "status")
FORMER = ox.NamedNode(KG_IRI + "Former")

# Nodes of what was first said after the day: facts and entities, articles, evidence records; a
# role's end that only a later article calling it former bounds (and its interval, if that is
# all it held).
LATER = """SELECT DISTINCT ?x WHERE {
  { ?x kg:firstSeen ?d FILTER(STR(?d) > ?day) }
  UNION { ?x schema:datePublished ?d FILTER(SUBSTR(STR(?d), 1, 10) > ?day) }
  UNION { ?x kg:articleDate ?d FILTER(SUBSTR(STR(?d), 1, 10) > ?day) }
  UNION { ?i time:hasEnd ?x . ?x time:before/time:inXSDDate ?d FILTER(STR(?d) > ?day) }
  UNION { ?end time:before/time:inXSDDate ?d ; time:before|time:after ?x FILTER(STR(?d) > ?day) }
  UNION { ?x time:hasEnd/time:before/time:inXSDDate ?d FILTER(STR(?d) > ?day)
          FILTER NOT EXISTS { ?x time:hasBeginning ?b } } }"""
# The triples later statements assert
LATER_TRIPLES = """SELECT ?s ?p ?o WHERE {
  ?x a rdf:Statement ; kg:firstSeen ?d ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o FILTER(STR(?d) > ?day) }"""
# The last day by then of what was seen before and after it: a fact by its evidence, an entity by
# the articles that name it
LAST_BY_THEN = """SELECT ?x (MAX(?seen) AS ?last) WHERE {
  ?x kg:firstSeen ?f ; kg:lastSeen ?l FILTER(STR(?f) <= ?day && STR(?l) > ?day)
  { ?x kg:evidence/kg:articleDate ?when } UNION { ?a schema:mentions ?x ; schema:datePublished ?when }
  BIND(SUBSTR(STR(?when), 1, 10) AS ?seen) FILTER(?seen <= ?day) } GROUP BY ?x"""
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


def as_of(store: ox.Store, day: str) -> ox.Store:
    """A new in-memory store: ``store`` as the articles published on or before ``day`` told it."""
    day = day_of(day, "as_of")  # nothing but a day goes into the query text

    def select(query: str):
        return store.query(query.replace("?day", f'"{day}"'), prefixes=QUERY_PREFIXES,
                           use_default_graph_as_union=True)

    later = {row["x"] for row in select(LATER)}
    asserted = set()
    for row in select(LATER_TRIPLES):
        asserted.add((row["s"], row["p"], row["o"]))
        if row["p"] == RIVAL_OF:  # asserted both ways
            asserted.add((row["o"], row["p"], row["s"]))
    last = {row["x"]: row["last"].value for row in select(LAST_BY_THEN)}
    ended = {row["m"] for row in select(ENDED)}
    out = ox.Store()

    def kept():
        for quad in store.quads_for_pattern(None, None, None, None):
            s, p, o = quad.subject, quad.predicate, quad.object
            if s in later or o in later or (s, p, o) in asserted:
                continue
            if p == LAST_SEEN and s in last:
                quad = ox.Quad(s, p, ox.Literal(last[s], datatype=XSD_DATE), quad.graph_name)
            elif p == STATUS and s in ended:
                quad = ox.Quad(s, p, FORMER, quad.graph_name)
            yield quad

    out.bulk_extend(kept())
    return out
