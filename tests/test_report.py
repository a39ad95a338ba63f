"""kg analyze, kg path and kg.show over built graphs."""
from __future__ import annotations

import re
from collections import Counter

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kg.analysis.paths import find_entity, paths
from kg.analysis.report import summarize
from kg.cli import main
from kg.storage.open import load_store

pytestmark = pytest.mark.model


def run(*args):
    return CliRunner().invoke(main, list(map(str, args)), catch_exceptions=False)


def test_summary_of_the_seed(seed_build):
    graph = Graph().parse(seed_build[1] / "graph.ttl")
    summary, g, metrics = summarize(graph)
    assert summary.central["Product"][0][0] == "Sora"
    assert summary.central["Country"][0][0] in {"China", "United States"}
    assert summary.entities == g.number_of_nodes() and summary.links == g.number_of_edges()
    sora = next(c for c in summary.communities if "Sora" in c.members)
    # Sora, its maker and what it does; the largest community has three too
    assert set(sora.members) == {"Sora", "OpenAI", "text-to-video"} and summary.communities[0].size == 3
    assert sum(summary.components) + summary.isolated == summary.entities
    shorter, _, _ = summarize(graph, top=2)
    per_class = Counter(g.nodes[n]["cls"] for n in g)
    assert {cls: len(rows) for cls, rows in summary.central.items()} == {c: min(5, k) for c, k in per_class.items()}
    assert {cls: len(rows) for cls, rows in shorter.central.items()} == {c: min(2, k) for c, k in per_class.items()}
    assert all(rows == summary.central[cls][:len(rows)] for cls, rows in shorter.central.items())


def test_analyze_command_writes_report(seed_build, tmp_path):
    result = run("analyze", "--graph", seed_build[1] / "graph.ttl", "--report", tmp_path / "report.html")
    assert result.exit_code == 0
    assert "Most central: Product" in result.output and "Communities" in result.output
    # What the news is about comes first: people, organisations, products, then the rest.
    tables = re.findall(r"Most central: (\w+)", result.output)
    assert tables[:3] == ["Person", "Organization", "Product"] and "Country" in tables[3:]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert html.count("data:image/png;base64,") == 3 and "Sora" in html
    assert "http://" not in html and "https://" not in html


def test_path_between_entities_with_evidence(demo_build):
    found = paths(load_store(demo_build[1] / "graph.ttl"), "Sora", "OpenAI")
    assert found and len(found[0]) == 1
    step = found[0][0]
    assert step.relation == "made by" and step.facts == ["Sora made by OpenAI"]
    assert "OpenAI’s latest innovation, Sora" in step.evidence[0][0]
    # the other way round, each fact keeps its direction
    back = paths(load_store(demo_build[1] / "graph.ttl"), "OpenAI", "Sora")[0][0]
    assert (back.source, back.target, back.facts) == ("OpenAI", "Sora", ["Sora made by OpenAI"])


def test_path_command(seed_build):
    result = run("path", "Sora", "OpenAI", "--graph", seed_build[1] / "graph.ttl")
    assert result.exit_code == 0
    assert "Chain 1 (1 step): Sora → OpenAI" in result.output
    assert "  Sora made by OpenAI\n" in result.output
    assert "“As the Spring Festival in China concluded" in result.output


@pytest.mark.parametrize("a, b, message", [
    ("Nobody", "Sora", "Error: no entity called 'Nobody' in the graph"),
    ("Sora", "Ma Heliang", "Error: no chain of facts links 'Sora' and 'Ma Heliang'"),
])
def test_path_errors(seed_build, a, b, message):
    result = run("path", a, b, "--graph", seed_build[1] / "graph.ttl")
    assert result.exit_code == 1 and result.output.startswith(message)


def test_find_entity_by_alias(seed_build):
    from kg.analysis.paths import _entity_graph

    store = load_store(seed_build[1] / "graph.ttl")
    g, labels = _entity_graph(store)
    assert labels[find_entity(store, g, labels, "u.s.")] == "United States"


def test_show_in_a_notebook(seed_build):
    import kg

    view = kg.show(seed_build[1] / "graph.ttl")
    html = view._repr_html_()
    assert html.startswith("<iframe srcdoc=") and "Sora" in html and "<script>" not in html  # escaped inside srcdoc


@pytest.mark.browser
def test_links_in_the_notebook_view_can_open_articles(browser, seed_build):
    import kg

    html = kg.show(seed_build[1] / "graph.ttl")._repr_html_()
    page = browser.new_page()
    page.set_content(f"<html><body>{html}</body></html>")
    frame = page.frame_locator("iframe").first
    frame.locator("body[data-drawn=true]").wait_for(timeout=30_000)
    inner = next(f for f in page.frames if f != page.main_frame)
    # A link with target=_blank needs popups; a sandbox without allow-popups makes window.open null.
    with page.context.expect_page() as popup:
        assert inner.evaluate("() => window.open('about:blank') !== null")
    popup.value.close()
    page.close()
