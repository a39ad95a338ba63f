"""The package's shape: every module imports on its own, no import cycles, and imports point only
down the flow ingest -> fetch -> nlp -> mentions -> extract -> graph -> analysis -> output -> sparql ->
storage -> run."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "kg"
# The stages in the order data flows; a module may import from its own stage and those before it.
# The shared records, language data and the rules' measured precision come first; evaluation, the package's entry points
# (kg/__init__.py: kg.build, kg.show) and the CLI sit on top of everything.
STAGES = ["version", "model", "errors", "io", "lang", "precision", "ingest", "fetch", "nlp", "mentions", "extract", "graph",
          "analysis", "output", "sparql", "storage", "run", "evaluation", "", "cli", "__main__"]


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports(name: str, path: Path) -> set[str]:
    """The kg modules ``name`` imports anywhere in its code, functions included; ``from X import Y``
    counts as importing X.Y where Y is a module."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            for alias in node.names:
                found.add(f"{source}.{alias.name}" if f"{source}.{alias.name}" in MODULES else source)
    return {m for m in found if m in MODULES and m != name}


def import_graph() -> nx.DiGraph:
    g = nx.DiGraph()
    g.add_nodes_from(MODULES)
    for name, path in MODULES.items():
        g.add_edges_from((name, target) for target in imports(name, path))
    return g


def stage(name: str) -> int:
    parts = name.split(".")
    return STAGES.index(parts[1] if len(parts) > 1 else "")


def test_the_walker_sees_relative_absolute_and_local_imports(tmp_path):
    g = import_graph()
    assert ("kg.run.pipeline", "kg.graph.build") in g.edges  # from ..graph.build import ...
    assert ("kg.cli", "kg.run.pipeline") in g.edges  # inside a function
    assert ("kg.run.pipeline", "kg.nlp") in g.edges  # from .. import nlp
    assert len(g) == len(MODULES) > 60


def test_no_import_cycles():
    cycles = list(nx.simple_cycles(import_graph()))
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c + [c[0]]) for c in cycles)


def test_imports_point_down_the_flow():
    upward = [(a, b) for a, b in import_graph().edges if stage(b) > stage(a)]
    assert not upward, "imports against the flow: " + ", ".join(f"{a} -> {b}" for a, b in upward)


def test_no_private_name_is_imported_from_another_module():
    private = []
    for path in [*MODULES.values(), *sorted((PACKAGE.parent / "scripts").glob("*.py")),
                 *sorted((PACKAGE.parent / "bench").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                private += [f"{path.name}: {node.module}.{a.name}" for a in node.names
                            if a.name.startswith("_") and a.name != "__version__"]
    assert not private, private


def test_every_module_imports_in_a_fresh_interpreter():
    # One interpreter, each module imported with no kg module loaded before it, so none relies on
    # another having been imported first (as `import kg.resolve` once did).
    script = (
        "import importlib, sys\n"
        "failed = []\n"
        "for name in sys.argv[1:]:\n"
        "    for loaded in [m for m in sys.modules if m == 'kg' or m.startswith('kg.')]:\n"
        "        del sys.modules[loaded]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as exc:\n"
        "        failed.append(f'{name}: {type(exc).__name__}: {exc}')\n"
        "print('\\n'.join(failed))\n"
        "sys.exit(1 if failed else 0)\n")
    runnable = [m for m in MODULES if m != "kg.__main__"]  # importing it runs the CLI
    proc = subprocess.run([sys.executable, "-c", script, *runnable], capture_output=True, text=True, timeout=240,
                          cwd=PACKAGE.parent)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("folder", ["ingest", "fetch", "nlp", "mentions", "extract", "graph", "analysis", "output", "sparql",
                                    "storage", "run", "lang"])
def test_each_stage_is_a_package_that_says_what_it_is(folder):
    init = PACKAGE / folder / "__init__.py"
    assert init.is_file() and ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
