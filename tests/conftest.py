"""Shared fixtures. The spaCy pipeline loads once per session; a seed build is made once and reused."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_e7d231e39e34906a.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from kg import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seed article built once: (result, out_dir)."""
    from kg.run.pipeline import build

    out = tmp_path_factory.mktemp("seed-out")
    return build([SEED], out), out


@pytest.fixture
def extract(nlp):
    """Run resolution and every extractor over a small text; returns the ArticleResult."""
    from kg.extract import extract_article
    from kg.model import Article

    def run(text: str, article_id: str = "t"):
        return extract_article(Article(article_id, text.split("\n")[0], text, "test"), nlp(text))

    return run


def chromium_path() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="session")
def browser():
    """Headless Debian chromium driven by Playwright; skipped where chromium is absent unless required."""
    path = chromium_path()
    if path is None:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required (KG_REQUIRE_BROWSER=1) but not installed")
        pytest.skip("chromium not installed (scripts/ensure-chromium.sh installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        yield b
        b.close()


@pytest.fixture(scope="session")
def demo_build(tmp_path_factory):
    """The whole of seeds/ (seed article and Wikinews demo corpus) built once: (result, out_dir)."""
    from kg.run.pipeline import build

    out = tmp_path_factory.mktemp("demo-out")
    return build([ROOT / "seeds"], out), out


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups from the marks
def pytest_collection_modifyitems(items):
    """The tests that read the demo build run in one worker (pyproject's --dist loadgroup): a
    session fixture is built once per worker process, and the demo corpus takes 30-40 s."""
    for item in items:
        if "demo_build" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.xdist_group("demo"))
