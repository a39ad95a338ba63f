"""The persistent store: incremental builds, replaced facts, queries and exports, kills survived."""
from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from conftest import ROOT, SEED
from rdflib import RDF, URIRef

from kg.cli import main
from kg.run.pipeline import DEFAULT_MIN_CONFIDENCE, build
from kg.sparql.query import run
from kg.storage.cache import from_json, to_json
from kg.storage.local import GraphStore
from kg.storage.open import load_store

pytestmark = pytest.mark.model
SEEDS = ROOT / "seeds"
KG_CONFIDENCE = URIRef("https://w3id.org/newskg/ontology#confidence")
ORG_MEMBERSHIP = URIRef("http://www.w3.org/ns/org#Membership")

ARTICLES = [
    {"id": "a1", "title": "Apple", "text": "Tim Cook, the chief executive of Apple, spoke."},
    {"id": "a2", "title": "Rift", "text": "Tensions between Japan and China rose after the visit."},
]


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def ask(store_dir, body):
    return run(load_store(store_dir), "ASK {" + body + "}").boolean


def test_incremental_build_parses_only_what_is_new_or_changed(tmp_path):
    store = tmp_path / "store"
    first = build([write_jsonl(tmp_path / "one.jsonl", ARTICLES[:1])], store=store).report
    assert (first.parsed, first.reused, first.articles) == (1, 0, 1)
    second = build([write_jsonl(tmp_path / "one.jsonl", ARTICLES)], store=store).report
    assert (second.parsed, second.reused, second.articles) == (1, 1, 2)
    assert ask(store, '?m org:member/rdfs:label "Tim Cook" ; org:role/rdfs:label "chief executive"')
    # the article changes: its old facts are replaced, not kept beside the new ones
    changed = [{**ARTICLES[0], "text": "Tim Cook, the chairman of Apple, spoke."}, ARTICLES[1]]
    third = build([write_jsonl(tmp_path / "one.jsonl", changed)], store=store).report
    assert (third.parsed, third.reused, third.articles) == (1, 1, 2)
    assert ask(store, '?m org:member/rdfs:label "Tim Cook" ; org:role/rdfs:label "chairman"')
    assert not ask(store, '?m org:role/rdfs:label "chief executive"')
    # an earlier article not given again stays in the store
    fourth = build([write_jsonl(tmp_path / "two.jsonl", ARTICLES[1:])], store=store).report
    assert (fourth.parsed, fourth.articles) == (0, 2)


def test_a_changed_word_list_makes_the_next_store_build_parse_again(tmp_path, monkeypatch):
    # The cache key covers the extraction code and data, whatever kg's version says: here a copy
    # of the package whose word list changes between two builds.
    import shutil

    from kg.storage import cache

    package = tmp_path / "kg"
    shutil.copytree(cache.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE", package)
    store, inputs = tmp_path / "store", write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    assert build([inputs], store=store).report.parsed == 2
    again = build([inputs], store=store).report
    assert (again.parsed, again.reused, again.unchanged) == (0, 2, True)
    lexicon = package / "lang" / "en" / "lexicon.py"
    lexicon.write_text(lexicon.read_text(encoding="utf-8").replace('"ai", "a.i.",', '"ai", "a.i.", "xyzzy",', 1),
                       encoding="utf-8")
    assert "xyzzy" in lexicon.read_text(encoding="utf-8")
    changed = build([inputs], store=store).report
    assert (changed.parsed, changed.reused, changed.unchanged) == (2, 0, False)
    # a file outside extraction (the page's template) changes the published build, not the cache
    template = package / "output" / "templates" / "graph.html"
    template.write_text(template.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    page = build([inputs], store=store).report
    assert (page.parsed, page.reused, page.unchanged) == (0, 2, False)


def test_one_named_graph_per_article_and_dataset_exports(tmp_path):
    store = tmp_path / "store"
    build([write_jsonl(tmp_path / "in.jsonl", ARTICLES)], store=store)
    answer = run(load_store(store), "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a schema:NewsArticle } } ORDER BY ?g")
    assert [r[0].rsplit("/", 1)[1] for r in answer.rows] == ["a1", "a2"]
    # the copy in memory that kg serve answers from holds exactly the quads on disk
    on_disk, in_memory = load_store(store), load_store(store, in_memory=True)
    assert set(in_memory.quads_for_pattern(None, None, None, None)) == set(on_disk.quads_for_pattern(None, None, None, None))
    assert run(in_memory, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?a a schema:NewsArticle } } ORDER BY ?g").rows == answer.rows
    runner = CliRunner()
    for fmt, rdf_format in (("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
        target = tmp_path / f"g.{fmt}"
        assert runner.invoke(main, ["export", "--store", str(store), "--format", fmt, "-o", str(target)]).exit_code == 0
        back = ox.Store()
        back.load(path=str(target), format=rdf_format)
        assert len(list(back.named_graphs())) == 2 and len(back) == len(load_store(store))
        from rdflib import Dataset  # a second, independent parser

        ds = Dataset()
        ds.parse(target, format={"nquads": "nquads", "trig": "trig"}[fmt])
        assert len([g for g in ds.graphs() if str(g.identifier).startswith("https://w3id.org/newskg/id/article/")]) == 2
    ttl = runner.invoke(main, ["export", "--store", str(store), "--format", "turtle"]).output
    assert "Tim Cook" in ttl


def test_query_serve_page_from_a_store(tmp_path):
    store = tmp_path / "store"
    build([SEED], store=store)
    result = CliRunner().invoke(main, ["query", "--store", str(store), "--name", "rivalries", "--format", "csv"])
    assert "China,United States,2" in result.output
    assert b"kgNetwork" in GraphStore(store).page()


def test_result_json_round_trip():
    from kg import nlp as nlp_mod
    from kg.extract import extract_article
    from kg.model import Article

    text = SEED.read_text(encoding="utf-8")
    r = extract_article(Article("s", "t", text, "s"), nlp_mod.load()(text))
    back = from_json(to_json(r))
    assert back.facts == r.facts and back.entities == r.entities and back.spans == r.spans
    assert r.cued and back.cued == r.cued  # which classes a cue settled, for the corpus-wide vote


@pytest.mark.parametrize("make, message", [
    (lambda p: None, "no such graph file or store"),
    (lambda p: p.mkdir() or (p / "cache.sqlite").write_bytes(b"not a database at all" * 100), "damaged"),
])
def test_missing_or_corrupt_store(tmp_path, make, message):
    target = tmp_path / "st"
    make(target)
    result = CliRunner().invoke(main, ["query", "--store", str(target), "ASK {}"])
    assert result.exit_code == 1 and message in result.output and "Traceback" not in result.output


def test_a_killed_build_loses_nothing_earlier(tmp_path):
    store = tmp_path / "store"
    build([write_jsonl(tmp_path / "first.jsonl", ARTICLES)], store=store)
    many = [json.loads(line) for line in (ROOT / "seeds" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()]
    write_jsonl(tmp_path / "more.jsonl", many[:20])
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(tmp_path / "more.jsonl"), "--store", str(store),
                             "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = sqlite3.connect(store / "cache.sqlite")
    deadline = time.time() + 120
    while db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] < 5 and time.time() < deadline:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    cached = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    assert 5 <= cached < 22  # killed part way
    # the live build is the earlier, complete one
    assert ask(store, '?m org:member/rdfs:label "Tim Cook"')
    assert run(load_store(store), "SELECT (COUNT(?a) AS ?n) WHERE { ?a a schema:NewsArticle }").rows == [["2"]]
    # running again resumes: what was parsed before the kill is not parsed again
    report = build([tmp_path / "more.jsonl"], store=store).report
    assert report.reused == cached - 2 and report.parsed == 20 - (cached - 2) and report.articles == 22


def test_a_run_with_nothing_new_reuses_the_live_build(tmp_path):
    store, inputs = tmp_path / "store", write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    first = build([inputs], store=store)
    again = build([inputs], store=store)
    # no new version, the same figures, and the graph is still there when asked for
    assert again.report.outputs["store"] == first.report.outputs["store"]
    assert (again.report.parsed, again.report.reused, again.report.articles) == (0, 2, 2)
    for field in ("words", "triples", "entities", "facts", "top"):
        assert getattr(again.report, field) == getattr(first.report, field), field
    assert len(again.graph) == first.report.triples
    # other options make another build, and so does a new article
    other = build([inputs], store=store, max_nodes=10)
    assert other.report.outputs["store"] != first.report.outputs["store"]
    more = build([write_jsonl(tmp_path / "more.jsonl", [{"id": "a3", "title": "x", "text": "Sony makes the PSP."}])],
                 store=store, max_nodes=10)
    assert more.report.parsed == 1 and more.report.articles == 3


@pytest.mark.parametrize("threshold", [0.0, 0.6])
def test_a_store_build_streams_the_same_quads_as_a_whole_graph_build(tmp_path, threshold):
    # kg.graph.build.StreamingBuilder (store builds, memory flat in the corpus) against GraphBuilder,
    # with every fact and with the facts under a confidence threshold left out
    from kg.graph.convert import quads

    lines = (SEEDS / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    streamed = build([inputs], store=tmp_path / "store", min_confidence=threshold)
    whole = build([inputs], None, min_confidence=threshold)
    expected = ox.Store()
    expected.bulk_extend(quads(whole.graph))
    assert set(load_store(tmp_path / "store")) == set(expected)
    assert streamed.report.triples == len(expected)
    assert (streamed.report.facts, streamed.report.entities, streamed.report.top) == \
        (whole.report.facts, whole.report.entities, whole.report.top)
    facts = {*whole.graph.subjects(RDF.type, ORG_MEMBERSHIP), *whole.graph.subjects(RDF.type, RDF.Statement)}
    confidences = [float(whole.graph.value(f, KG_CONFIDENCE)) for f in facts]
    assert confidences and min(confidences) >= threshold


def test_min_confidence_leaves_out_the_weaker_facts_and_keeps_their_entities(tmp_path):
    inputs = write_jsonl(tmp_path / "a.jsonl", ARTICLES)
    every = build([inputs], None, min_confidence=0.0)
    strong = build([inputs], None, min_confidence=0.999)
    assert sum(every.report.facts.values()) > sum(strong.report.facts.values()) == 0
    assert strong.report.entities == {cls: n for cls, n in every.report.entities.items() if cls != "Capability"}
    assert not list(strong.graph.objects(None, KG_CONFIDENCE))
    # a store built with another threshold is rebuilt, not reused
    store = tmp_path / "store"
    build([inputs], store=store, min_confidence=0.0)
    again = build([inputs], store=store, min_confidence=0.999).report
    assert not again.unchanged and sum(again.facts.values()) == 0


def test_a_store_build_shows_the_same_page_as_a_whole_graph_build(tmp_path):
    # The store's page is drawn from the streaming builder's tallies, not from the whole graph;
    # with no fact seen more than PAGE_SIGHTINGS times, it must show exactly the same.
    from kg.graph.build import PAGE_SIGHTINGS

    lines = (SEEDS / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("\n".join(lines) + "\n", encoding="utf-8")
    whole = build([inputs], None)  # in memory: the whole graph at once
    from kg.analysis.metrics import analyze
    from kg.graph.namespaces import KG
    from kg.output.html import page_data

    counts = [len(list(whole.graph.objects(f, KG.evidence))) for f in set(whole.graph.subjects(KG.evidence, None))]
    assert max(counts) <= PAGE_SIGHTINGS
    build([inputs], store=tmp_path / "store")
    page = (tmp_path / "store" / "current" / "graph.html").read_text(encoding="utf-8")
    g, metrics = analyze(whole.graph)
    shown = json.loads(re.search(r"var DATA = (\{.*?\});\n", page, flags=re.S).group(1))
    # the article texts come from the articles, not the graph: the rest comes from the graph
    assert all(a.pop("whole") and a.pop("text") for a in shown["articles"])
    assert shown == page_data(whole.graph, g, metrics, articles_read=whole.report.articles,
                                 min_confidence=DEFAULT_MIN_CONFIDENCE)
    # A file build streams as a store build does: the same page, naming the graph.ttl beside it.
    build([inputs], tmp_path / "out")
    named = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert re.sub(r'\n<meta name="kg-graph-ttl"[^>]*>| title="Drawn from the graph.ttl[^"]*"', "", named) == page


def test_a_second_build_waits_for_the_first_or_stops_with_no_wait(tmp_path):
    import threading

    from kg.storage.local import StoreError

    store, inputs = tmp_path / "store", write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    holder = GraphStore(store, create=True)
    with holder.locked():
        result = CliRunner().invoke(main, ["build", str(inputs), "--store", str(store), "--no-wait", "--no-progress"])
        assert result.exit_code == 1
        assert result.output.strip().splitlines() == [
            f"Error: {store}: another build (pid {os.getpid()}) is running into this store"]
        with pytest.raises(StoreError):
            build([inputs], store=store, wait=False)
    # A build that waits starts when the other ends, and says why it waited.
    said = []
    release = threading.Event()

    def hold():
        with holder.locked():
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    time.sleep(0.2)
    threading.Timer(1.0, release.set).start()
    started = time.monotonic()
    report = build([inputs], store=store, waiting=said.append).report
    thread.join()
    assert time.monotonic() - started >= 0.7 and report.articles == 2
    assert said == [f"waiting for another build (pid {os.getpid()}) to finish with {store}"]


def test_a_build_does_not_publish_over_one_published_while_it_ran(tmp_path):
    from kg.storage.local import StoreError

    store, inputs = tmp_path / "store", write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    build([inputs], store=store)
    mine = GraphStore(store)
    with mine.locked():
        target, ox_store = mine.begin()
        # Another build, not holding the lock (an older kg), publishes meanwhile.
        other = GraphStore(store)
        other_target, other_store = other.begin()
        other.commit(other_target, other_store, None)
        with pytest.raises(StoreError, match="another build was published while this one ran"):
            mine.commit(target, ox_store, None)
    assert GraphStore(store).current() == other_target and not target.exists()


def test_retention_keeps_the_live_build_and_clears_what_a_kill_left(tmp_path):
    store, inputs = tmp_path / "store", write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    live = build([inputs], store=store).report.outputs["store"]
    # A run killed mid-build leaves a half-written build (newer than the live one) and the link it
    # was about to switch to.
    broken = store / "v000009"
    (broken / "oxigraph").mkdir(parents=True)
    os.symlink(broken.name, store / ".current.tmp")
    write_jsonl(tmp_path / "in.jsonl", [*ARTICLES, {"id": "a3", "title": "x", "text": "Sony makes the PSP."}])
    newest = build([inputs], store=store).report.outputs["store"]
    assert sorted(p.name for p in store.glob("v0*")) == sorted([live.name, newest.name])
    assert not (store / ".current.tmp").exists() and GraphStore(store).current() == newest


@pytest.mark.parametrize("target", ["--out", "--store"])
def test_a_full_disk_is_one_line_and_publishes_nothing(tmp_path, target):
    # The file size limit (RLIMIT_FSIZE, with SIGXFSZ ignored) makes every write past 64 KB fail
    # with EFBIG, as a full disk fails with ENOSPC: in the cache, the Oxigraph store, the outputs.
    import resource

    many = [json.loads(line) for line in (ROOT / "seeds" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()]
    inputs = write_jsonl(tmp_path / "in.jsonl", many[:8])
    where = tmp_path / ("out" if target == "--out" else "store")

    def small_disk():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (64_000, 64_000))

    proc = subprocess.run([sys.executable, "-m", "kg", "build", str(inputs), target, str(where), "--no-progress"],
                          capture_output=True, text=True, preexec_fn=small_disk, timeout=300)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: cannot write ") and "nothing was published" in lines[0], lines
    assert "Traceback" not in proc.stderr
    if target == "--out":
        assert not (where / "graph.ttl").exists() and not (where / "graph.html").exists()
        assert not list(where.glob(".*"))  # no temporary files left
    else:
        assert GraphStore(where).current() is None and not list(where.glob("v0*"))


def test_a_file_build_clears_what_a_killed_build_left(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)  # a process that has ended
    (out / f".kg-build-{pid}-abc" / "oxigraph").mkdir(parents=True)
    (out / f".graph.ttl.{pid}.x1y2.tmp").write_text("half a graph")
    running = out / f".graph.html.{os.getpid()}.z9.tmp"  # a live writer's (this process)
    running.write_text("being written")
    build([write_jsonl(tmp_path / "in.jsonl", ARTICLES)], out)
    assert sorted(p.name for p in out.iterdir()) == sorted(["graph.ttl", "graph.html", ".graph.ttl.oxigraph",
                                                            running.name])  # the query cache stays


def test_a_store_build_given_out_writes_graph_ttl_and_page_there_too(tmp_path):
    store, out, inputs = tmp_path / "store", tmp_path / "files", write_jsonl(tmp_path / "in.jsonl", ARTICLES)
    result = CliRunner().invoke(main, ["build", str(inputs), "--store", str(store), "--out", str(out), "--no-progress"])
    assert result.exit_code == 0, result.output
    assert f"Wrote {out / 'graph.ttl'}" in result.output and f"Wrote {out / 'graph.html'}" in result.output
    # graph.ttl holds every graph of the store, and the page names it
    back = ox.Store()
    back.load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    assert len(back) == len(load_store(store))
    page = (out / "graph.html").read_text(encoding="utf-8")
    assert re.search(r'<meta name="kg-graph-ttl" content="sha256:[0-9a-f]{64}">', page)
    from kg.cli import _page_matches

    assert _page_matches(page.encode(), out / "graph.ttl")
    # without --out, a store build writes nowhere else
    result = CliRunner().invoke(main, ["build", str(inputs), "--store", str(tmp_path / "s2"), "--no-progress"])
    assert result.exit_code == 0 and "Wrote" not in result.output
