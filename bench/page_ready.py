"""How fast graph.html becomes still and responsive in headless Debian chromium, and how
readable its first view is.

    .venv/bin/python bench/page_ready.py out/graph.html [--runs 3]

Prints, per run: seconds until the graph is drawn, until it is still (layout done, physics off),
and how long a search (focus + side panel) and a class filter take once it is still. Then, once:
the first view (entities drawn, the most any of them links to, overlapping labels, the labels'
size on screen), and how long opening the side panel of the entities with the most facts takes
(issue 18: under 200 ms on the BBC page).
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import time
from pathlib import Path

from playwright.sync_api import sync_playwright


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("html")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    page_file = Path(args.html).resolve()
    print(f"{page_file} ({page_file.stat().st_size / 1e6:.1f} MB)")
    results = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        for run in range(args.runs):
            page = browser.new_context(offline=True, viewport={"width": 1400, "height": 900}).new_page()
            start = time.perf_counter()
            page.goto(page_file.as_uri())
            page.wait_for_selector("body[data-drawn=true]", timeout=120_000)
            drawn = time.perf_counter() - start
            page.wait_for_function("window.kgStable === true", timeout=120_000)
            still = time.perf_counter() - start
            label = page.evaluate("kg.data.nodes[0].label")
            t = time.perf_counter()
            page.fill("#search", label)
            page.press("#search", "Enter")
            page.wait_for_selector("#panel.open h2")
            search = time.perf_counter() - t
            t = time.perf_counter()
            page.uncheck("#classes input[value=Person]")
            page.wait_for_function("window.kgStable === true")
            toggle = time.perf_counter() - t
            shown = page.evaluate("kgNetwork.body.data.nodes.length")
            total = page.evaluate("kg.data.nodes.length")
            print(f"run {run + 1}: drawn {drawn:.2f} s, still {still:.2f} s, search {search * 1000:.0f} ms, "
                  f"filter {toggle * 1000:.0f} ms ({shown} of {total} entities drawn after the filter)")
            results.append(still)
            page.context.close()
        page = browser.new_context(offline=True, viewport={"width": 1400, "height": 900}).new_page()
        page.goto(page_file.as_uri())
        page.wait_for_function("window.kgStable === true", timeout=120_000)
        view = page.evaluate(FIRST_VIEW)
        print(f"first view: {view['drawn']} entities, the most linked links to {view['widest']} "
              f"({view['widest'] / max(1, view['drawn']):.0%}), {view['overlaps']} overlapping labels, "
              f"labels {view['font']:.1f} px on screen")
        for label, facts, ms in page.evaluate(PANELS):
            print(f"panel of {label} ({facts:,} facts): {ms:.0f} ms")
        page.context.close()
        browser.close()
    print(f"median time to a still graph: {statistics.median(results):.2f} s")


FIRST_VIEW = """() => {
  const ids = kgNetwork.body.data.nodes.getIds(), links = {};
  kgNetwork.body.data.edges.get().forEach(e => {
    links[e.from] = (links[e.from] || 0) + 1; links[e.to] = (links[e.to] || 0) + 1; });
  const boxes = ids.map(id => kgNetwork.body.nodes[id].labelModule.size);
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.left + b.width && b.left < a.left + a.width &&
        a.top < b.top + b.height && b.top < a.top + a.height) overlaps++;
  }
  return { drawn: ids.length, widest: Math.max(0, ...Object.values(links)), overlaps: overlaps,
           font: 14 * kgNetwork.getScale(), unlinked: ids.filter(id => !links[id]).length };
}"""
# The three entities with the most facts: open each one's panel, time it to the end of the work.
PANELS = """() => {
  const count = {};
  kg.data.facts.forEach(f => { count[f.s] = (count[f.s] || 0) + 1; if (f.o) count[f.o] = (count[f.o] || 0) + 1; });
  return Object.keys(count).sort((a, b) => count[b] - count[a]).slice(0, 3).map(id => {
    const t = performance.now();
    kg.showNode(id);
    document.getElementById('panel').getBoundingClientRect();  // layout included
    return [kg.data.nodes.find(n => n.id === id).label, count[id], performance.now() - t];
  });
}"""


if __name__ == "__main__":
    main()
