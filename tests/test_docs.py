"""The README is tested: its commands are the ones CI runs, and its example queries return rows."""
from __future__ import annotations

import re

import pytest
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def first_code_block() -> list[str]:
    return re.search(r"```\n(.*?)```", README, flags=re.S).group(1).splitlines()


def test_readme_opens_with_two_commands_and_ci_runs_the_test_one():
    lines = first_code_block()
    assert len(lines) == 2
    assert "kg build seeds/" in lines[0]
    assert "pytest" in lines[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert lines[1] in ci.splitlines()


@pytest.mark.model
@pytest.mark.parametrize("query", re.findall(r"```sparql\n(.*?)```", README, flags=re.S))
def test_readme_queries_return_rows(demo_build, query):
    from kg.sparql.query import run
    from kg.storage.open import load_store

    answer = run(load_store(demo_build[1] / "graph.ttl"), query)
    assert answer.rows, query
