"""Reading a built graph back: its articles, its facts with their evidence, and a graph file.

What graph.html, the report and `kg path` show is read here, so that each of them reads the RDF
the same way.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import NamedTuple

from rdflib import RDF, RDFS, Graph, Literal, URIRef

from ..errors import KgError
from ..model import CONFIRMED_ONLY
from .namespaces import KG, ORG, PROV, SCHEMA
from .terms import PREDICATES

FAMILY_NAMES = {
    "role": "roles", "rivalry": "rivalries", "capability": "capabilities", "maker": "makers",
    "based_in": "based in", "located_in": "located in", "lives_in": "lives in",
    "nationality": "nationality", "kill": "killings",
}
# Each family's fact read from its subject to its object: "Sora made by OpenAI" (a role says its own
# words: "chief executive of").
FACT_PHRASES = {
    "role": "member of", "rivalry": "rival of", "capability": "has capability", "maker": "made by",
    "based_in": "based in", "located_in": "located in", "lives_in": "lives in", "nationality": "citizen of",
    "kill": "killed",
}
PREDICATE_FAMILIES = {str(p): fam for fam, p in PREDICATES.items()}


class Sightings(NamedTuple):
    """What the page shows of articles, when the graph given to it does not hold them: a store
    build renders from its entity-level graph, the articles' own triples being in the store."""

    articles: dict[URIRef, dict]  # article -> {"id", "headline", "url", "date"}
    records: dict[URIRef, list[dict]]  # fact -> its sightings shown: {"article", "text", "rule", "conf"}, sorted
    mentions: dict[URIRef, int]  # entity -> articles that mention it


def read_sightings(graph: Graph) -> Sightings:
    """The Sightings of a whole graph, which holds its articles and evidence records."""
    articles = {}
    for a in graph.subjects(RDF.type, SCHEMA.NewsArticle):
        url, date = graph.value(a, SCHEMA.url), graph.value(a, SCHEMA.datePublished)
        articles[a] = {"id": str(graph.value(a, SCHEMA.identifier) or a), "headline": str(graph.value(a, SCHEMA.headline) or ""),
                       "url": str(url) if url else None, "date": str(date) if date else None}
    records = defaultdict(list)
    for fact, rec in graph.subject_objects(KG.evidence):
        records[fact].append((rec, {"article": graph.value(rec, PROV.wasDerivedFrom),
                                    "text": str(graph.value(rec, KG.evidenceText)),
                                    "rule": str(graph.value(rec, KG.extractor)),
                                    "conf": float(graph.value(rec, KG.confidence))}))
    mentions = defaultdict(set)
    for article, entity in graph.subject_objects(SCHEMA.mentions):
        mentions[entity].add(article)
    # The page lists the articles its evidence cites, as a store build's page does (an article
    # with no fact has nothing to show there).
    cited = {rec["article"] for recs in records.values() for _, rec in recs}
    return Sightings({a: v for a, v in articles.items() if a in cited},
                     {fact: [r for _, r in sorted(recs, key=_shown_first)] for fact, recs in records.items()},
                     {entity: len(arts) for entity, arts in mentions.items()})


def _shown_first(record: tuple) -> tuple:
    """The sightings that state a fact first, then those that name it again (kg.model.CONFIRMED_ONLY);
    each in the order of its record's IRI."""
    iri, fields = record
    return fields["rule"] in CONFIRMED_ONLY, iri


def read_articles(graph: Graph, sightings: Sightings | None = None) -> tuple[list[dict], dict[URIRef, int]]:
    """The articles the page lists, and each one's index; from ``sightings`` if given."""
    sightings = sightings or read_sightings(graph)
    arts = sorted(sightings.articles)
    return [sightings.articles[a] for a in arts], {a: i for i, a in enumerate(arts)}


def read_facts(graph: Graph, art_index: dict[URIRef, int], sightings: Sightings | None = None) -> list[dict]:
    """Every fact with its evidence: memberships and reified statements."""
    sightings = sightings or read_sightings(graph)
    facts = []

    def evidence(fact_node) -> list[dict]:
        return [{"text": r["text"], "art": art_index.get(r["article"]), "rule": r["rule"], "conf": r["conf"]}
                for r in sightings.records.get(fact_node, [])]

    def seen(fact_node) -> dict:
        """The first and last days the fact was stated (None when no article stating it is dated)."""
        first, last = graph.value(fact_node, KG.firstSeen), graph.value(fact_node, KG.lastSeen)
        return {"first": str(first) if first else None, "last": str(last) if last else None}

    for m in sorted(graph.subjects(RDF.type, ORG.Membership)):
        role, status = graph.value(m, ORG.role), graph.value(m, KG.status)
        facts.append({"family": "role", "s": str(graph.value(m, ORG.member)), "o": str(graph.value(m, ORG.organization)),
                      "role": str(graph.value(role, RDFS.label)) if role else None,
                      "status": str(status).rsplit("#", 1)[-1].lower() if status else None,
                      "conf": float(graph.value(m, KG.confidence)), "ev": evidence(m), **seen(m)})
    for st in sorted(graph.subjects(RDF.type, RDF.Statement)):
        p, o = graph.value(st, RDF.predicate), graph.value(st, RDF.object)
        family = "role" if p == SCHEMA.jobTitle else PREDICATE_FAMILIES.get(str(p))
        if family is None:
            continue
        fact = {"family": family, "s": str(graph.value(st, RDF.subject)), "conf": float(graph.value(st, KG.confidence)),
                "ev": evidence(st), **seen(st)}
        if isinstance(o, Literal):
            fact.update(o=None, role=str(o))
        else:
            fact.update(o=str(o), role=None)
        facts.append(fact)
    return facts


class GraphFileError(KgError):
    """A graph file that is missing or cannot be parsed; the message names it."""


def parse_file(path: str | Path) -> Graph:
    """An rdflib graph from a graph file (Turtle, or the syntax its suffix names)."""
    path = Path(path)
    if not path.is_file():
        raise GraphFileError(f"{path}: no such graph file or store (run `kg build` first, or pass --graph)")
    graph = Graph()
    try:
        graph.parse(path, format="turtle" if path.suffix in {".ttl", ""} else None)
    except Exception as exc:  # noqa: BLE001 - rdflib raises many parser-specific types
        raise GraphFileError(f"{path}: cannot read graph: {str(exc).splitlines()[0]}") from None
    return graph
