"""kg build --store URL against a real Oxigraph server (PyPI `oxigraph`) started here on loopback:
the graph lives in the server through the SPARQL 1.1 Graph Store Protocol."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT

from kg.cli import main
from kg.run.pipeline import build
from kg.storage.open import load_store

pytestmark = pytest.mark.model
OXIGRAPH = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path):
    port = free_port()
    proc = subprocess.Popen([OXIGRAPH, "serve", "--location", str(tmp_path / "oxigraph"), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"{base}/query?query=ASK%7B%7D", timeout=1).read()
                break
            except OSError:
                time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def sparql(base: str, query: str) -> dict:
    data = urllib.parse.urlencode({"query": query}).encode()
    request = urllib.request.Request(f"{base}/query", data=data, headers={"Accept": "application/sparql-results+json"})
    return json.loads(urllib.request.urlopen(request, timeout=10).read())


def corpus(path: Path, n: int, change: bool = False) -> Path:
    rows = [json.loads(line) for line in (ROOT / "seeds" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[:n]]
    if change:
        rows[0]["text"] += "\n\nTim Cook, the chief executive of Apple, spoke."
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_build_into_a_graph_store_server(server, tmp_path):
    url = f"{server}/store"
    first = build([corpus(tmp_path / "a.jsonl", 6)], tmp_path / "out", store=url)
    assert (first.report.parsed, first.report.articles) == (6, 6)
    assert (tmp_path / "out" / "graph.html").is_file()
    # the server holds it: each article in its named graph, the facts in the default graph
    articles = sparql(server, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?a a <https://schema.org/NewsArticle> } }")
    assert articles["results"]["bindings"][0]["n"]["value"] == "6"
    facts = sparql(server, "SELECT (COUNT(*) AS ?n) WHERE { ?f <https://w3id.org/newskg/ontology#evidenceText> ?t }")
    assert int(facts["results"]["bindings"][0]["n"]["value"]) > 0
    # the same graph as a folder store of the same articles
    local = tmp_path / "local"
    build([tmp_path / "a.jsonl"], store=local)
    assert set(load_store(url)) == set(load_store(local))
    # nothing new: nothing parsed, nothing rebuilt
    again = build([tmp_path / "a.jsonl"], tmp_path / "out", store=url)
    assert again.report.unchanged and again.report.parsed == 0
    # one changed article and one new: only those are parsed, the changed one's facts replaced
    third = build([corpus(tmp_path / "b.jsonl", 7, change=True)], tmp_path / "out", store=url)
    assert (third.report.parsed, third.report.articles) == (2, 7)
    ask = sparql(server, 'ASK { ?m <http://www.w3.org/ns/org#member>/<http://www.w3.org/2000/01/rdf-schema#label> "Tim Cook" }')
    assert ask["boolean"] is True
    # kg query reads it back through the protocol
    result = CliRunner().invoke(main, ["query", "--store", url, "--format", "csv",
                                       "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }"])
    assert result.exit_code == 0 and result.output.splitlines()[1] == "7"


def test_unreachable_graph_store_is_one_line(tmp_path):
    url = f"http://127.0.0.1:{free_port()}/store"
    result = CliRunner().invoke(main, ["build", str(corpus(tmp_path / "a.jsonl", 1)), "--store", url])
    assert result.exit_code == 1 and result.output.count("\n") == 1
    assert result.output.startswith(f"Error: {url}: cannot reach the graph store:")
