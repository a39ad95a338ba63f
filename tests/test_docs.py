"""The README is tested: its commands are the ones CI runs, its example queries return rows, and
the commands and options it and the pages of docs/ show are kg's."""
from __future__ import annotations

import re

import pytest
from conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
# what users read: the README and the pages it links to in docs/
DOCS = "\n".join([README] + [page.read_text(encoding="utf-8") for page in sorted((ROOT / "docs").glob("*.md"))])


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


def test_readme_links_lead_to_files():
    links = re.findall(r"\]\(([^)#:]+)\)", README)
    assert "docs/measured.md" in links
    assert [link for link in links if not (ROOT / link).is_file()] == []


def readme_commands() -> list[tuple[str, list[str]]]:
    """Every `kg COMMAND ...` the README and docs/ show, in code blocks and inline code, with the
    options written after it."""
    spans = re.findall(r"```[a-z]*\n(.*?)```", DOCS, flags=re.S) + re.findall(r"`([^`\n]+)`", DOCS)
    found = []
    for span in spans:
        for line in span.splitlines():
            for match in re.finditer(r"(?:^|[\s(;&|])kg ([a-z]+)\b([^;&|]*)", line):
                found.append((match.group(1), re.findall(r"(?<![\w-])(--?[a-zA-Z][\w-]*)", match.group(2))))
    return found


def test_every_command_and_option_in_the_readme_is_in_help():
    from click.testing import CliRunner

    from kg.cli import main

    shown = readme_commands()
    assert len(shown) > 20 and {"build", "query", "export", "serve", "analyze", "path", "eval"} <= {c for c, _ in shown}
    helps: dict[str, str] = {}
    for command, options in shown:
        if command not in main.commands and not options:
            continue  # prose, such as the list of prefixes "kg schema org ..."
        assert command in main.commands, f"the README or docs/ show `kg {command}`, which kg does not have"
        if command not in helps:
            result = CliRunner().invoke(main, [command, "--help"])
            assert result.exit_code == 0
            helps[command] = result.output
        for option in options:
            assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", helps[command]), \
                f"the README or docs/ give `kg {command} {option}`, which `kg {command} --help` does not list"


def test_export_help_lists_every_format():
    from click.testing import CliRunner

    from kg.cli import main
    from kg.output.export import FORMATS

    text = CliRunner().invoke(main, ["export", "--help"]).output
    for fmt in FORMATS:
        assert f"{fmt}:" in text


def test_every_option_the_readme_names_is_an_option_of_kg():
    # Options named on their own in the prose (`--jobs N`) belong to some command.
    from click.testing import CliRunner

    from kg.cli import main

    named = {o for span in re.findall(r"`([^`\n]+)`", DOCS) for o in re.findall(r"(?<![\w-])(--[a-z][\w-]*)", span)}
    assert len(named) > 15
    helps = " ".join(CliRunner().invoke(main, [c, "--help"]).output for c in main.commands)
    assert sorted(o for o in named if not re.search(rf"(?<![\w-]){re.escape(o)}(?![\w-])", helps)) == []
