"""Screenshot a graph.html in headless Debian chromium (for the README): python scripts/screenshot.py IN.html OUT.png"""
from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright


def main(html: str, png: str, width: int = 1400, height: int = 900) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        page = browser.new_context(offline=True, viewport={"width": width, "height": height}).new_page()
        started = time.perf_counter()
        page.goto(Path(html).resolve().as_uri())
        page.wait_for_selector("body[data-drawn=true]", timeout=120_000)
        page.wait_for_function("window.kgStable === true", timeout=120_000)
        print(f"drawn and still after {time.perf_counter() - started:.1f} s")
        page.screenshot(path=png)
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
