"""How fast graph.html becomes still and responsive in headless Debian chromium.

    .venv/bin/python bench/page_ready.py out/graph.html [--runs 3]

Prints, per run: seconds until the graph is drawn, until it is still (layout done, physics off),
and how long a search (focus + side panel) and a class filter take once it is still.
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
        browser.close()
    print(f"median time to a still graph: {statistics.median(results):.2f} s")


if __name__ == "__main__":
    main()
