"""The kg vocabulary as a strict namespace: a misspelt term fails at import, not in a user's query.

Kept equal to ontology/kg.ttl by tests/test_ontology.py.
"""
from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KG_IRI = "https://w3id.org/newskg/ontology#"
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")


class KG(DefinedNamespace):
    _NS = Namespace(KG_IRI)
    _fail = True

    # classes
    Capability: URIRef
    Evidence: URIRef
    MembershipStatus: URIRef
    # when a membership is held: kg:status, one of the individuals of MembershipStatus
    status: URIRef
    Current: URIRef
    Former: URIRef
    Future: URIRef
    # facts
    rivalOf: URIRef
    hasCapability: URIRef
    madeBy: URIRef
    basedIn: URIRef
    locatedIn: URIRef
    livesIn: URIRef
    killed: URIRef
    # entities
    isoCode: URIRef
    nameKey: URIRef
    # evidence
    evidence: URIRef
    evidenceText: URIRef
    charStart: URIRef
    charEnd: URIRef
    extractor: URIRef
    confidence: URIRef
    # time: the days a fact was first and last stated; the date of an evidence record's article
    firstSeen: URIRef
    firstSeenIn: URIRef
    lastSeen: URIRef
    articleDate: URIRef
    roleBegan: URIRef
    roleEnded: URIRef
    # analysis
    degree: URIRef
    pageRank: URIRef
    betweenness: URIRef
    community: URIRef
    rank: URIRef
    classRank: URIRef
