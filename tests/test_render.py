"""graph.html in a real browser (headless Debian chromium), with the network cut off."""
from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.model]

EVIL = ('<img src=x onerror="window.__xss=1">', "<script>window.__xss=2</script>")


def open_page(browser, path):
    context = browser.new_context(offline=True, viewport={"width": 1280, "height": 800})
    requests, errors = [], []
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-drawn=true]", timeout=30_000)
    page.wait_for_function("window.kgStable === true", timeout=30_000)
    return page, requests, errors


def node_id(page, label):
    return page.evaluate("l => kg.data.nodes.find(n => n.label === l).id", label)


def visible_labels(page):
    return set(page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.label)"))


def test_no_remote_resources_in_markup(seed_build):
    html = (seed_build[1] / "graph.html").read_text(encoding="utf-8")
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html, flags=re.I)
    assert tags, "expected script tags"
    assert not [t for t in tags if re.search(r"(src|href)\s*=\s*['\"]?(https?:)?//", t, flags=re.I)]


def test_graph_is_drawn_offline(browser, seed_build, tmp_path):
    page, requests, errors = open_page(browser, seed_build[1] / "graph.html")
    assert errors == []
    assert [u for u in requests if not u.startswith("file:")] == []
    assert {"Sora", "OpenAI", "China", "United States", "Ma Heliang"} <= visible_labels(page)
    painted = page.evaluate("""() => {
        const c = document.querySelector('#graph canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n; }""")
    assert painted > 1000
    legend = page.locator("#legend > span").all_text_contents()
    assert "Product" in legend and "Capability" in legend
    page.screenshot(path=str(tmp_path / "seed.png"))
    page.context.close()


def test_search_by_alias_focuses_the_node(browser, seed_build):
    page, _, _ = open_page(browser, seed_build[1] / "graph.html")
    page.fill("#search", "U.S.")
    page.press("#search", "Enter")
    assert page.evaluate("window.kgFocused") == node_id(page, "United States")
    assert page.evaluate("kgNetwork.getSelectedNodes()") == [node_id(page, "United States")]
    assert page.locator("#panel h2").text_content() == "United States"
    page.fill("#search", "no such entity")
    page.press("#search", "Enter")
    assert "No entity called" in page.locator("#message").text_content()
    page.context.close()


def test_filters_hide_classes_and_families(browser, demo_build):
    page, _, _ = open_page(browser, demo_build[1] / "graph.html")
    classes = set(page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.cls)"))
    assert "Person" in classes
    page.uncheck("#classes input[value=Person]")
    assert "Person" not in set(page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.cls)"))
    page.check("#classes input[value=Person]")
    assert "Person" in set(page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.cls)"))
    page.uncheck("#families input[value=role]")
    families = page.evaluate("kgNetwork.body.data.edges.get().flatMap(e => e.families)")
    assert families and "role" not in families
    page.context.close()


def test_top_n_control(browser, demo_build):
    page, _, _ = open_page(browser, demo_build[1] / "graph.html")
    first = page.evaluate("kgNetwork.body.data.nodes.length")
    assert 140 <= first <= 160
    page.select_option("#topn", "50")
    page.wait_for_function("window.kgStable === true")
    assert page.evaluate("kgNetwork.body.data.nodes.length") <= 52
    page.context.close()


def test_clicking_a_node_shows_its_facts_with_evidence(browser, seed_build):
    page, _, _ = open_page(browser, seed_build[1] / "graph.html")
    sora = node_id(page, "Sora")
    # A real click on the node's place on screen.
    pos = page.evaluate("id => { const p = kgNetwork.getPositions([id])[id]; return kgNetwork.canvasToDOM(p); }", sora)
    box = page.locator("#graph canvas").bounding_box()
    page.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
    panel = page.locator("#panel")
    assert panel.locator("h2").text_content() == "Sora"
    caps = panel.locator("section[data-family=capability]")
    assert "craft up-to-one-minute-long videos" in caps.text_content()
    quotes = " | ".join(caps.locator("blockquote").all_text_contents())
    assert "Sora stands out for its ability to craft up-to-one-minute-long videos" in quotes
    assert "AI breakthrough Sora" in caps.locator(".src").first.text_content()
    assert "OpenAI" in panel.locator("section[data-family=maker]").text_content()
    page.context.close()


def test_clicking_an_edge_shows_its_evidence(browser, seed_build):
    page, _, _ = open_page(browser, seed_build[1] / "graph.html")
    china, us = node_id(page, "China"), node_id(page, "United States")
    mid = page.evaluate("""([a, b]) => { const p = kgNetwork.getPositions([a, b]);
        return kgNetwork.canvasToDOM({x: (p[a].x + p[b].x) / 2, y: (p[a].y + p[b].y) / 2}); }""", [china, us])
    box = page.locator("#graph canvas").bounding_box()
    page.mouse.click(box["x"] + mid["x"], box["y"] + mid["y"])
    text = page.locator("#panel").text_content()
    assert "rivalries" in text and "widening technological rift between China and the U.S." in text
    page.context.close()


def test_article_text_is_never_html(browser, tmp_path):
    from kg.run.pipeline import build

    text = ("Rivalry report\n\n"
            f"Tensions between Japan and China rose after the visit, the {EVIL[1]} report says {EVIL[0]}.\n")
    (tmp_path / "evil.txt").write_text(text, encoding="utf-8")
    build([tmp_path / "evil.txt"], tmp_path / "out")
    page, _, errors = open_page(browser, tmp_path / "out" / "graph.html")
    page.evaluate("id => kg.focus(id)", node_id(page, "Japan"))
    quote = page.locator("#panel blockquote").first.text_content()
    assert EVIL[0] in quote and EVIL[1] in quote  # shown as typed
    # any script the quote could have injected runs by the next frames: wait for two of them
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))")
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert errors == []
    page.context.close()


def test_entity_names_are_never_html(browser, tmp_path):
    """Names come from text too: a graph whose labels are markup renders them as text."""
    from kg.analysis.metrics import analyze
    from kg.graph.build import to_graph
    from kg.model import COUNTRY, PERSON, Article, ArticleResult, EntityRef, Evidence, Fact
    from kg.output.html import render_html

    evil_person = EntityRef(PERSON, f"Mallory {EVIL[0]}")
    country = EntityRef(COUNTRY, f"Evilland {EVIL[1]}")
    ev = Evidence("a", 0, 10, f"Mallory {EVIL[0]} is from Evilland.", "test", 0.5)
    result = ArticleResult(Article("a", f"Headline {EVIL[1]}", "x" * 40, "a.txt"), {evil_person: {evil_person.name},
                           country: {country.name}}, [Fact("nationality", evil_person, country, None, ev)], {country: "EV"}, 5)
    graph = to_graph([result])
    g, metrics = analyze(graph)
    (tmp_path / "g.html").write_text(render_html(graph, g, metrics), encoding="utf-8")
    page, _, errors = open_page(browser, tmp_path / "g.html")
    assert evil_person.name in visible_labels(page)
    page.fill("#search", "Mallory")
    page.press("#search", "Enter")
    assert page.locator("#panel h2").text_content() == evil_person.name
    assert EVIL[1] in page.locator("#panel .src").first.text_content()
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('img, #panel script').length") == 0
    assert errors == []
    page.context.close()


def test_layout_is_the_same_in_every_process():
    # String hashing differs per process (PYTHONHASHSEED); positions must not follow it.
    import os
    import subprocess
    import sys

    code = ("import networkx as nx; from rdflib import URIRef; from kg.output.html import layout; "
            "g = nx.Graph(); g.add_edges_from((URIRef(f'http://x/{i}'), URIRef(f'http://x/{(i * 7) % 40}')) for i in range(40)); "
            "print(sorted(layout(g, sorted(g)[:15], 100.0).items()))")  # a subset, as graph.html places
    outs = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2", "3")}
    assert len(outs) == 1 and outs.pop().startswith("[(")
