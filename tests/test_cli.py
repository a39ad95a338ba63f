"""The kg command, run in-process: exact messages for bad input, every output format read back."""
from __future__ import annotations

import csv
import io
import json
import re

import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import SEED
from rdflib import Graph

from kg.cli import main


@pytest.fixture
def run():
    def invoke(*args):
        return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)

    return invoke


@pytest.fixture(scope="module")
def graph_file(seed_build):
    return seed_build[1] / "graph.ttl"


@pytest.mark.model
def test_build_prints_summary_and_skipped(run, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "in" / "bad.txt").write_bytes(b"\x89PNG\x00\x01\x02")
    (tmp_path / "in" / "lines.jsonl").write_text('{"id": "x", "text": "Tim Cook, chief executive of Apple, spoke."}\n{oops\n')
    result = run("build", tmp_path / "in", tmp_path / "missing.txt", "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "Built the graph of 2 articles" in out
    assert re.search(r"^extracting: 2 of 2 articles, [\d.]+ articles/s, ETA -$", out, re.M)  # not a terminal: lines
    assert f"skipped {tmp_path / 'in' / 'bad.txt'}: binary file" in out
    assert f"skipped {tmp_path / 'in' / 'lines.jsonl'}:2: malformed JSON" in out
    assert f"skipped {tmp_path / 'missing.txt'}: no such file or directory" in out
    assert "Skipped inputs: 3" in out
    # the rules' families exactly; the learned classifier's lives_in guesses move with retraining
    # (of the seed's capabilities the hyphened modifier, "text-to-video", is measured right 13 times
    # in 17, 0.75; the apposition is below the default confidence, "its ability to ..." unmeasured;
    # its three titles in apposition are measured right 67 times in 81, 0.82)
    assert re.search(r"^Facts: capability 1, (lives_in \d+, )?maker 1, rivalry 1, role 4$", out, re.M), out
    # The summary ranks people, organisations and products, a few each, not a row of countries.
    table = out[out.index("Most central people, organisations and products"):]
    rows = re.findall(r"^│\s*\d+ │ (.+?)\s+│ (\w+)\s+│", table, re.M)
    assert "Sora" in dict(rows) and {cls for _, cls in rows} <= {"Person", "Organization", "Product"}
    classes = [cls for _, cls in rows]
    assert classes == sorted(classes, key=["Person", "Organization", "Product"].index)
    assert f"Wrote {tmp_path / 'out' / 'graph.ttl'}" in out
    assert f"Wrote {tmp_path / 'out' / 'graph.html'}" in out
    assert "Traceback" not in out


@pytest.mark.model
def test_control_characters_from_articles_are_shown_not_sent_to_the_terminal(run, tmp_path):
    rows = tmp_path / "esc.jsonl"
    rows.write_text('{"id": "e\\u001b[2J", "title": "Bell\\u0007 and \\u001b[31mred", '
                    '"text": "Ada Brandt is the chief executive of Quillon Systems."}\n'
                    '{"id": "x\\u001b]0;owned\\u0007", "text": ""}\n', encoding="utf-8")
    built = run("build", rows, "--out", tmp_path / "out")
    table = run("query", "--graph", tmp_path / "out" / "graph.ttl", "SELECT ?h WHERE { ?a schema:headline ?h }")
    for result in (built, table):
        assert result.exit_code == 0, result.output
        assert not any(ch in result.output for ch in "\x1b\x07"), repr(result.output)
    assert "Bell\\x07 and \\x1b[31mred" in table.output
    assert f"skipped {rows}:2: missing or empty 'text'" in built.output
    # Machine formats carry the data as it is, escaped by their own rules.
    data = run("query", "--graph", tmp_path / "out" / "graph.ttl", "--format", "json",
               "SELECT ?h WHERE { ?a schema:headline ?h }")
    assert json.loads(data.output)["results"]["bindings"][0]["h"]["value"] == "Bell\x07 and \x1b[31mred"


def test_progress_lines_come_every_interval_and_at_the_end(capsys):
    from kg.cli import _progress_factory

    factory, _ = _progress_factory("lines", every=3600)
    tick = factory(3)
    tick(1)
    tick(1)
    assert capsys.readouterr().err == ""  # within the interval: quiet
    tick(1)
    assert capsys.readouterr().err.startswith("extracting: 3 of 3 articles, ")
    factory, _ = _progress_factory("lines", every=0)
    tick = factory(4)
    tick(1)
    line = capsys.readouterr().err
    assert re.match(r"extracting: 1 of 4 articles, [\d.]+ articles/s, ETA \d+ s\n$", line), line
    factory, _ = _progress_factory(None)
    assert factory(4) is None


def test_build_help_states_the_default_threshold(run):
    from kg.run.pipeline import DEFAULT_MIN_CONFIDENCE

    assert f"Default {DEFAULT_MIN_CONFIDENCE}:" in " ".join(run("build", "--help").output.split())


def test_build_with_nothing_readable_fails_cleanly(run, tmp_path):
    (tmp_path / "empty.txt").write_text("")
    result = run("build", tmp_path / "empty.txt", "--out", tmp_path / "out")
    assert result.exit_code == 1
    assert f"skipped {tmp_path / 'empty.txt'}: empty file" in result.output
    assert "Error: no article could be read from the inputs" in result.output
    assert not (tmp_path / "out").exists()


RIVALS = "SELECT ?a ?b WHERE { ?x kg:rivalOf ?y . ?x rdfs:label ?a . ?y rdfs:label ?b } ORDER BY ?a"


def test_query_table(run, graph_file):
    result = run("query", RIVALS, "--graph", graph_file)
    assert result.exit_code == 0
    assert "China" in result.output and "United States" in result.output and "2 rows" in result.output


def test_query_csv_tsv_json(run, graph_file):
    rows = list(csv.reader(io.StringIO(run("query", RIVALS, "--graph", graph_file, "--format", "csv").output)))
    assert rows == [["a", "b"], ["China", "United States"], ["United States", "China"]]
    tsv = run("query", RIVALS, "--graph", graph_file, "--format", "tsv").output.splitlines()
    assert tsv[0] == "?a\t?b" and tsv[1] == '"China"\t"United States"'
    doc = json.loads(run("query", RIVALS, "--graph", graph_file, "--format", "json").output)
    assert doc["head"]["vars"] == ["a", "b"]
    assert doc["results"]["bindings"][0]["a"] == {"type": "literal", "value": "China"}


def test_query_ask_and_construct(run, graph_file, tmp_path):
    assert run("query", 'ASK { ?s rdfs:label "Sora" }', "--graph", graph_file).output == "true\n"
    assert json.loads(run("query", 'ASK { ?s rdfs:label "Nope" }', "--graph", graph_file, "--format", "json").output) \
        == {"head": {}, "boolean": False}
    (tmp_path / "q.rq").write_text("CONSTRUCT { ?a kg:rivalOf ?b } WHERE { ?a kg:rivalOf ?b }")
    ttl = run("query", "-f", tmp_path / "q.rq", "--graph", graph_file).output
    assert len(Graph().parse(data=ttl, format="turtle")) == 2
    describe = run("query", "DESCRIBE ?s WHERE { ?s rdfs:label \"Sora\" }", "--graph", graph_file).output
    assert len(Graph().parse(data=describe, format="turtle")) > 5


def test_invalid_query_is_one_line(run, graph_file, tmp_path):
    result = run("query", "SELECT ?x WHERE { ?x ", "--graph", graph_file)
    assert result.exit_code == 1, result.output
    assert result.output.startswith("Error: query: invalid SPARQL: ") and result.output.count("\n") == 1
    (tmp_path / "bad.rq").write_text("SELECT ?x\nWHERE { ?x ?y }")
    result = run("query", "-f", tmp_path / "bad.rq", "--graph", graph_file)
    assert result.output.startswith(f"Error: {tmp_path / 'bad.rq'}: invalid SPARQL: line 2, column 16")


def test_query_missing_graph(run, tmp_path):
    result = run("query", "ASK {}", "--graph", tmp_path / "none.ttl")
    assert result.exit_code == 1
    assert result.output == (f"Error: {tmp_path / 'none.ttl'}: no such graph file or store "
                             "(run `kg build` first, or pass --graph)\n")


def test_query_corrupt_graph(run, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .\n")
    result = run("query", "ASK {}", "--graph", bad)
    assert result.exit_code == 1 and result.output.startswith(f"Error: {bad}: cannot read graph:")


@pytest.mark.parametrize("fmt", ["turtle", "nt", "jsonld"])
def test_export_rdf_formats_read_back(run, graph_file, tmp_path, fmt):
    target = tmp_path / f"g.{fmt}"
    assert run("export", "--graph", graph_file, "--format", fmt, "-o", target).exit_code == 0
    original = Graph().parse(graph_file)
    back = Graph().parse(target, format={"turtle": "turtle", "nt": "nt", "jsonld": "json-ld"}[fmt])
    assert len(back) == len(original)
    # and an independent parser
    store = ox.Store()
    store.load(path=str(target), format={"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
                                         "jsonld": ox.RdfFormat.JSON_LD}[fmt])
    assert len(store) == len(original)
    first = target.read_bytes()
    run("export", "--graph", graph_file, "--format", fmt, "-o", target)
    assert target.read_bytes() == first  # the same graph, the same bytes


def test_dataset_export_of_a_graph_file_says_where_named_graphs_come_from(run, graph_file):
    result = run("export", "--graph", graph_file, "--format", "nquads")
    assert result.exit_code == 0
    assert "note" in result.stderr and "named graph" in result.stderr and "--store" in result.stderr
    assert len(result.stdout.splitlines()) == len(Graph().parse(graph_file))


def test_export_graphml(run, graph_file, tmp_path):
    target = tmp_path / "g.graphml"
    run("export", "--graph", graph_file, "--format", "graphml", "-o", target)
    g = nx.read_graphml(target)
    sora = next(n for n, d in g.nodes(data=True) if d["label"] == "Sora")
    assert g.nodes[sora]["class"] == "Product" and g.degree(sora) == 2  # its maker and what it does
    assert {d["relation"] for _, _, d in g.edges(sora, data=True)} == {"made by", "has capability"}
    # each link carries its weight: the sentences that state it and the confidence of its surest fact
    assert all(d["sightings"] >= 1 and 0 < d["confidence"] <= 1 for _, _, d in g.edges(data=True))


def test_export_gexf_and_csv(run, graph_file, tmp_path):
    run("export", "--graph", graph_file, "--format", "gexf", "-o", tmp_path / "g.gexf")
    g = nx.read_gexf(tmp_path / "g.gexf")
    assert "Sora" in {d["label"] for _, d in g.nodes(data=True)}
    first = (tmp_path / "g.gexf").read_bytes()
    run("export", "--graph", graph_file, "--format", "gexf", "-o", tmp_path / "g.gexf")
    assert (tmp_path / "g.gexf").read_bytes() == first
    rows = list(csv.DictReader(io.StringIO(run("export", "--graph", graph_file, "--format", "csv").output)))
    rivals = [r for r in rows if r["relations"] == "rival of"]
    assert {(r["source_label"], r["target_label"]) for r in rivals} in (
        {("China", "United States")}, {("United States", "China")})
    assert rivals[0]["sightings"] == "2" and 0.7 <= float(rivals[0]["confidence"]) <= 1  # the rivalries query says 2
    weights = [(float(e["sightings"]), float(e["confidence"])) for e in g.edges.values()]
    assert weights and all(s >= 1 and 0 < c <= 1 for s, c in weights)


def test_named_queries_list_and_run(run, graph_file):
    listing = run("query", "--list").output
    for name in ("people", "people_at", "rivalries", "products", "evidence", "central", "central_in_class", "articles"):
        assert f"{name}: " in listing
    rows = list(csv.DictReader(io.StringIO(
        run("query", "--name", "evidence", "--param", "name=Sora", "--graph", graph_file, "--format", "csv").output)))
    assert {r["other"] for r in rows} == {"OpenAI", "text-to-video"}
    rows = list(csv.DictReader(io.StringIO(
        run("query", "--name", "articles", "-p", "name=u.s.", "--graph", graph_file, "--format", "csv").output)))
    assert len(rows) == 1 and rows[0]["headline"].startswith("AI breakthrough Sora")
    rows = list(csv.DictReader(io.StringIO(run("query", "--name", "rivalries", "--graph", graph_file, "--format", "csv").output)))
    assert [(r["a"], r["b"], r["sightings"]) for r in rows] == [("China", "United States", "2")]
    rows = list(csv.DictReader(io.StringIO(run("query", "--name", "central", "--graph", graph_file, "--format", "csv").output)))
    assert [r["rank"] for r in rows] == [str(i) for i in range(1, 13)]  # all 12 entities, in rank order
    # Sora with its maker and what it does, and the two rivals
    assert {row["entity"] for row in rows[:5]} == {"Sora", "OpenAI", "text-to-video", "China", "United States"}
    assert rows[0]["entity"] == "Sora"
    rows = list(csv.DictReader(io.StringIO(run("query", "--name", "central_in_class", "-p", "class=Country",
                                               "--graph", graph_file, "--format", "csv").output)))
    assert {r["entity"] for r in rows} == {"China", "United States"}
    lower = run("query", "--name", "central_in_class", "-p", "class=country", "--graph", graph_file, "--format", "csv")
    assert list(csv.DictReader(io.StringIO(lower.output))) == rows  # a class name in any case
    rows = list(csv.DictReader(io.StringIO(run("query", "--name", "people_at", "-p", "org=OPENAI",
                                               "--graph", graph_file, "--format", "csv").output)))
    assert rows == []  # the seed names no one at OpenAI


@pytest.mark.parametrize("value", ['Sora" } UNION { ?e ?p ?o } #', "<https://w3id.org/newskg/id/product/sora>", "Sora'"])
def test_named_query_parameters_are_values_not_sparql(run, graph_file, value):
    result = run("query", "--name", "evidence", "--param", f"name={value}", "--graph", graph_file, "--format", "csv")
    assert result.exit_code == 0
    assert result.output.splitlines()[1:] == []  # no entity has that name; nothing was injected


@pytest.mark.parametrize("args, message", [
    (("--name", "nope"), "Error: no named query 'nope'; kg query --list shows them"),
    (("--name", "evidence"), "Error: query 'evidence' needs --param name=…"),
    (("--name", "evidence", "-p", "name=x", "-p", "bad=1"), "Error: query 'evidence' has no parameter 'bad'"),
    (("--name", "central_in_class", "-p", "class=people"), "Error: query 'central_in_class': class='people' is not "
     "one of Person, Organization, Country, Place, Product, Event, Capability"),
])
def test_named_query_errors(run, graph_file, args, message):
    result = run("query", *args, "--graph", graph_file)
    assert result.exit_code != 0 and message in result.output


@pytest.mark.parametrize("command", ["build", "query", "export", "eval", "analyze", "path", "serve"])
def test_help_shows_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "Example:" in result.output and f"kg {command}" in result.output


@pytest.mark.model
def test_query_timeout_is_one_line_and_exits(graph_file):
    # A real process: pyoxigraph cannot cancel the query, so kg must leave it behind and exit.
    import subprocess
    import sys
    import time

    # 5m rows of three copies of the seed graph, each with a string built: about 2 s on a fast
    # machine (the bare count took under 0.5 s there; a fourth copy would run on for minutes)
    slow = ("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i "
            "FILTER(STRLEN(CONCAT(STR(?c), STR(?f), STR(?i))) > 0) }")
    start = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "kg", "query", slow, "--graph", str(graph_file), "--timeout", "0.5"],
                          capture_output=True, text=True, timeout=60)
    assert time.monotonic() - start < 30
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == "Error: query: timed out after 0.5 s (raise --timeout, or add a LIMIT)\n"


@pytest.mark.model
def test_the_page_names_the_graph_ttl_it_was_drawn_from(run, tmp_path):
    import hashlib
    import subprocess
    import sys

    out = tmp_path / "out"
    assert run("build", SEED, "--out", out).exit_code == 0
    digest = hashlib.sha256((out / "graph.ttl").read_bytes()).hexdigest()
    assert f'<meta name="kg-graph-ttl" content="sha256:{digest}">' in (out / "graph.html").read_text(encoding="utf-8")
    # A graph.ttl of another build beside the page (a kill between the two writes): kg serve says so.
    with (out / "graph.ttl").open("a", encoding="utf-8") as file:
        file.write('<https://example.org/x> <https://example.org/p> "another build" .\n')
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--graph", str(out / "graph.ttl"), "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        proc.stdout.readline()
    finally:
        proc.terminate()
        _, errors = proc.communicate(timeout=10)
    assert f"note {out / 'graph.html'} was drawn from another graph.ttl" in errors


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_select_star_keeps_the_query_variable_order(run, graph_file, fmt):
    # Oxigraph itself would sort the columns by name (label, type, x).
    sparql = "SELECT * WHERE { ?x a ?type ; rdfs:label ?label } LIMIT 1"
    output = run("query", sparql, "--graph", graph_file, "--format", fmt).output
    if fmt == "table":
        header = next(line for line in output.splitlines() if "label" in line)
        assert header.split()[1::2] == ["x", "type", "label"]  # the cells between the │ rules
        return
    quote = {"json": '"{}"', "xml": 'name="{}"', "tsv": "?{}", "csv": "{}"}[fmt]
    positions = [output.index(quote.format(name)) for name in ("x", "type", "label")]
    assert positions == sorted(positions)


def test_commands_that_read_a_built_graph_do_not_load_spacy(graph_file):
    # spaCy takes half a second to import: a query, a path or an export must not pay for it.
    import subprocess
    import sys

    code = ("import sys\nfrom click.testing import CliRunner\nfrom kg.cli import main\n"
            "for args in (['query', '--name', 'central'], ['path', 'Sora', 'OpenAI'], ['export', '--format', 'nt']):\n"
            "    result = CliRunner().invoke(main, args + ['--graph', sys.argv[1]])\n"
            "    assert result.exit_code == 0, result.output\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc')))\n")
    done = subprocess.run([sys.executable, "-c", code, str(graph_file)], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_a_file_build_leaves_a_query_cache_that_only_serves_its_own_graph(run, tmp_path):
    from kg.storage.filecache import cache_of, open_cached

    out = tmp_path / "out"
    run("build", SEED, "--out", out, "--no-progress")
    graph_file = out / "graph.ttl"
    assert cache_of(graph_file).is_dir() and open_cached(graph_file) is not None
    sparql = "SELECT ?label WHERE { ?e a schema:Product ; rdfs:label ?label } ORDER BY ?label"
    cached = run("query", sparql, "--graph", graph_file, "--format", "csv").output
    assert "Sora" in cached
    # a graph.ttl changed after the build is read from the file, not answered from the stale cache
    text = graph_file.read_text(encoding="utf-8").replace('"Sora"', '"Sora Turbo"')
    graph_file.write_text(text, encoding="utf-8")
    assert open_cached(graph_file) is None
    assert "Sora Turbo" in run("query", sparql, "--graph", graph_file, "--format", "csv").output
    # and a rebuild puts a fresh cache in place of the old one
    run("build", SEED, "--out", out, "--no-progress")
    assert open_cached(graph_file) is not None
    assert run("query", sparql, "--graph", graph_file, "--format", "csv").output == cached
    assert [p.name for p in out.iterdir() if p.name.startswith(".")] == [".graph.ttl.oxigraph"]


def test_a_large_graph_file_without_its_cache_gets_one_on_its_first_query(run, graph_file, tmp_path, monkeypatch):
    from kg.storage import filecache

    lone = tmp_path / "copied" / "graph.ttl"  # a graph.ttl copied without its cache
    lone.parent.mkdir()
    lone.write_bytes(graph_file.read_bytes())
    sparql = "SELECT ?label WHERE { ?e a schema:Organization ; rdfs:label ?label } ORDER BY ?label"
    expected = run("query", sparql, "--graph", graph_file, "--format", "csv").output
    # a small file is read into memory each time: making a cache would cost more than it saves
    assert run("query", sparql, "--graph", lone, "--format", "csv").output == expected
    assert sorted(p.name for p in lone.parent.iterdir()) == ["graph.ttl"]
    monkeypatch.setattr(filecache, "CACHE_FROM_BYTES", 1)
    # where its folder cannot be written, a large one is too
    def refused(*args, **kwargs):
        raise PermissionError("read-only folder")
    with monkeypatch.context() as m:
        m.setattr(filecache.tempfile, "TemporaryDirectory", refused)
        assert run("query", sparql, "--graph", lone, "--format", "csv").output == expected
    assert filecache.open_cached(lone) is None
    # else its first query leaves a cache beside it (and no scratch), which the next ones open
    assert run("query", sparql, "--graph", lone, "--format", "csv").output == expected
    assert sorted(p.name for p in lone.parent.iterdir()) == [".graph.ttl.oxigraph", "graph.ttl"]
    assert filecache.open_cached(lone) is not None
    assert run("query", sparql, "--graph", lone, "--format", "csv").output == expected
    # an edited file is not answered from the stale cache, and gets a fresh one
    lone.write_text(lone.read_text(encoding="utf-8").replace('"OpenAI"', '"OpenAI Global"'), encoding="utf-8")
    edited = run("query", sparql, "--graph", lone, "--format", "csv").output
    assert "OpenAI Global" in edited and edited != expected
    assert filecache.open_cached(lone) is not None
    assert sorted(p.name for p in lone.parent.iterdir()) == [".graph.ttl.oxigraph", "graph.ttl"]
    # a file that cannot be read still gets its one-line error, and leaves nothing behind
    broken = tmp_path / "broken" / "graph.ttl"
    broken.parent.mkdir()
    broken.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    result = run("query", sparql, "--graph", broken)
    assert result.exit_code != 0 and "cannot read graph" in result.output and "Traceback" not in result.output
    assert sorted(p.name for p in broken.parent.iterdir()) == ["graph.ttl"]
