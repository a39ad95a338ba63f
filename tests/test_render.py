"""graph.html in a real browser (headless Debian chromium), with the network cut off."""
from __future__ import annotations

import re

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.model]

NO_NETWORK_ARGS = {"offline": True, "viewport": {"width": 1280, "height": 800}}


def open_page(browser, path):
    context = browser.new_context(**NO_NETWORK_ARGS)
    requests = []
    page = context.new_page()
    page.on("request", lambda r: requests.append(r.url))
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.resolve().as_uri())
    page.wait_for_selector("body[data-drawn=true]", timeout=30_000)
    return page, requests, errors


def test_no_remote_resources_in_markup(seed_build):
    html = (seed_build[1] / "graph.html").read_text(encoding="utf-8")
    tags = re.findall(r"<(?:script|link|img|iframe)\b[^>]*>", html, flags=re.I)
    assert tags, "expected script tags"
    assert not [t for t in tags if re.search(r"(src|href)\s*=\s*['\"]?(https?:)?//", t, flags=re.I)]


def test_graph_is_drawn_offline(browser, seed_build, tmp_path):
    page, requests, errors = open_page(browser, seed_build[1] / "graph.html")
    assert errors == []
    assert [u for u in requests if not u.startswith("file:")] == []
    labels = page.evaluate("kgNetwork.body.data.nodes.get().map(n => n.label).sort()")
    assert {"Sora", "OpenAI", "China", "United States", "Ma Heliang"} <= set(labels)
    # Something was painted: the canvas is not blank.
    painted = page.evaluate("""() => {
        const c = document.querySelector('#graph canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n; }""")
    assert painted > 1000
    legend = page.evaluate("[...document.querySelectorAll('#legend > span')].filter(e => e.style.display != 'none').map(e => e.textContent)")
    assert "Product" in legend and "Capability" in legend
    page.screenshot(path=str(tmp_path / "graph.png"))
    page.context.close()


def test_article_text_is_never_html(browser, tmp_path):
    from kg.pipeline import build

    evil = ('<img src=x onerror="window.__xss=1">', "<script>window.__xss=2</script>")
    text = ("Rivalry report\n\n"
            f"Tensions between Japan and China rose after the visit, the {evil[1]} report says {evil[0]}.\n")
    (tmp_path / "evil.txt").write_text(text, encoding="utf-8")
    build([tmp_path / "evil.txt"], tmp_path / "out")
    page, _, errors = open_page(browser, tmp_path / "out" / "graph.html")
    page.wait_for_timeout(500)
    assert page.evaluate("window.__xss") is None
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    tip = page.evaluate("kgNetwork.body.data.edges.get()[0].title.textContent")
    assert evil[0] in tip and evil[1] in tip  # shown as typed
    page.context.close()
