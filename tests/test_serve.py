"""kg serve on loopback, spoken to by real clients (SPARQLWrapper and plain HTTP)."""
from __future__ import annotations

import csv
import io
import json
import threading
import urllib.error
import urllib.parse
import urllib.request

import pytest
from rdflib import Graph

from kg.sparql.serve import Endpoint, make_server, negotiate
from kg.storage.open import load_store

pytestmark = pytest.mark.model

RIVALS = "SELECT ?a ?b WHERE { ?x kg:rivalOf ?y . ?x rdfs:label ?a . ?y rdfs:label ?b } ORDER BY ?a"


@pytest.fixture(scope="module")
def endpoint(seed_build):
    out = seed_build[1]
    server = make_server(Endpoint(load_store(out / "graph.ttl"), (out / "graph.html").read_bytes(), timeout=0.5,
                                  max_bytes=20_000), "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def http(url, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type"), resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.headers.get("Content-Type"), err.read().decode()


def test_sparqlwrapper_select_json_and_xml(endpoint):
    from SPARQLWrapper import JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setQuery(RIVALS)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [(r["a"]["value"], r["b"]["value"]) for r in rows] == [("China", "United States"), ("United States", "China")]
    client.setReturnFormat(XML)
    xml = client.query().convert()
    assert len(xml.getElementsByTagName("result")) == 2


def test_sparqlwrapper_post_and_construct(endpoint):
    from SPARQLWrapper import POST, TURTLE, SPARQLWrapper

    client = SPARQLWrapper(f"{endpoint}/sparql")
    client.setMethod(POST)
    client.setQuery("CONSTRUCT { ?a kg:rivalOf ?b } WHERE { ?a kg:rivalOf ?b }")
    client.setReturnFormat(TURTLE)
    assert len(Graph().parse(data=client.query().convert(), format="turtle")) == 2


@pytest.mark.parametrize("accept, ctype", [
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv"), ("*/*", "application/sparql-results+json"),
])
def test_content_negotiation(endpoint, accept, ctype):
    status, got, body = http(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": RIVALS}), headers={"Accept": accept})
    assert status == 200 and got.startswith(ctype)
    if ctype == "text/csv":
        assert list(csv.reader(io.StringIO(body)))[1] == ["China", "United States"]


def test_construct_as_ntriples(endpoint):
    status, ctype, body = http(f"{endpoint}/sparql?" + urllib.parse.urlencode(
        {"query": "DESCRIBE ?s WHERE { ?s rdfs:label \"Sora\" }"}), headers={"Accept": "application/n-triples"})
    assert status == 200 and ctype.startswith("application/n-triples") and len(Graph().parse(data=body, format="nt")) > 5


@pytest.mark.parametrize("how", ["get", "form", "body"])
def test_updates_are_refused(endpoint, how):
    update = "INSERT DATA { <http://x> <http://y> <http://z> }"
    if how == "get":
        status, _, body = http(f"{endpoint}/sparql?" + urllib.parse.urlencode({"update": update}))
    elif how == "form":
        status, _, body = http(f"{endpoint}/sparql", urllib.parse.urlencode({"update": update}).encode(),
                               {"Content-Type": "application/x-www-form-urlencoded"})
    else:
        status, _, body = http(f"{endpoint}/sparql", update.encode(), {"Content-Type": "application/sparql-update"})
    assert status == 403 and "read-only" in body
    # and a query that tries to update is a parse error, not an update
    status, _, _ = http(f"{endpoint}/sparql", update.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 400


def test_bad_query_is_400_with_the_parser_message(endpoint):
    status, ctype, body = http(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": "SELECT ?x WHERE { ?x"}))
    assert status == 400 and ctype.startswith("text/plain") and body.startswith("invalid SPARQL: line 1")


def test_timeout_and_size_cap(endpoint):
    # 5m rows of three copies of the seed graph, each with a string built: about 2 s on a fast
    # machine (the bare count took under 0.5 s there; a fourth copy would run on for minutes)
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
            "FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i))) > 0) }")
    status, _, body = http(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": slow}))
    assert status == 503 and "timed out after 0.5 s" in body
    status, _, body = http(f"{endpoint}/sparql?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}))
    assert status == 413 and "add a LIMIT" in body


def test_graph_page_and_not_found(endpoint):
    status, ctype, body = http(f"{endpoint}/")
    assert status == 200 and ctype.startswith("text/html") and "kgNetwork" in body
    assert http(f"{endpoint}/nope")[0] == 404
    assert http(f"{endpoint}/sparql")[0] == 400


def test_negotiate():
    offered = ["application/sparql-results+json", "text/csv"]
    assert negotiate(None, offered) == offered[0]
    assert negotiate("text/*", offered) == "text/csv"
    assert negotiate("image/png", offered) is None
    assert negotiate("text/csv;q=0.2, application/sparql-results+json;q=0.3", offered) == offered[0]


def test_kg_serve_command(seed_build):
    import re
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(seed_build[1] / "graph.ttl"),
                             "--port", "0"], stdout=subprocess.PIPE, text=True)
    try:
        line = proc.stdout.readline()
        url = re.search(r"SPARQL at (http://127\.0\.0\.1:\d+/sparql)", line).group(1)
        status, _, body = http(url + "?" + urllib.parse.urlencode({"query": "ASK { ?s rdfs:label \"Sora\" }"}))
        assert status == 200 and json.loads(body)["boolean"] is True
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_sparqlwrapper_defaults_for_all_four_query_forms(endpoint):
    from SPARQLWrapper import SPARQLWrapper

    def query(text):
        client = SPARQLWrapper(f"{endpoint}/sparql")  # its default return formats and Accept headers
        client.setQuery(text)
        return client.query().convert()

    assert len(query(RIVALS).getElementsByTagName("result")) == 2  # SELECT: XML results
    assert query('ASK { ?s rdfs:label "Sora" }').getElementsByTagName("boolean")[0].firstChild.data == "true"
    built = query("CONSTRUCT { ?x kg:rivalOf ?y } WHERE { ?x kg:rivalOf ?y }")  # RDF/XML, read into rdflib
    assert len(built) == 2
    described = query('DESCRIBE ?x WHERE { ?x rdfs:label "Sora" }')
    assert len(described) > 3


def test_json_ld_and_favicon(endpoint):
    status, ctype, body = http(f"{endpoint}/sparql?" + urllib.parse.urlencode(
        {"query": "CONSTRUCT { ?x kg:rivalOf ?y } WHERE { ?x kg:rivalOf ?y }"}), headers={"Accept": "application/ld+json"})
    assert status == 200 and ctype.startswith("application/ld+json")
    assert len(Graph().parse(data=body, format="json-ld")) == 2
    assert http(f"{endpoint}/favicon.ico")[0] == 204
