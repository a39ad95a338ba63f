"""What a query may ask before it reaches the engine: how deeply it nests, and which remote
endpoints its SERVICE clauses may call.

Oxigraph's parser recurses once per bracket and ends the process (SIGSEGV) somewhere past 4,000;
and it follows every SERVICE clause, so an endpoint open to others would fetch any URL a query
names (server-side request forgery). pyoxigraph has no switch for either, so queries are read
here first with a small SPARQL lexer: comments, strings and IRIs are skipped whole, brackets
counted, and the keyword SERVICE found with the endpoint that follows it.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

# Far deeper than any query a person or a tool writes (tens), far from where the parser fails.
MAX_NESTING = 200

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w]+)
  | (?P<name>[A-Za-z_][\w.-]*(?::[\w.:%-]*)?|:[\w.:%-]*)
  | (?P<open>[({\[])
  | (?P<close>[)}\]])
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


def _tokens(sparql: str) -> Iterator[tuple[str, str]]:
    for match in _TOKEN.finditer(sparql):
        if match.lastgroup not in ("space", "comment"):
            yield match.lastgroup, match.group()


def select_star(sparql: str) -> tuple[tuple[int, int], list[str]] | None:
    """Where the ``*`` of a query's outer ``SELECT *`` is (start, end), and the variables in the
    order they first appear after it; None for any other query. SPARQL leaves the order of
    ``SELECT *`` columns open and Oxigraph sorts them by name; people expect the order they wrote."""
    matches = (m for m in _TOKEN.finditer(sparql) if m.lastgroup not in ("space", "comment"))
    for match in matches:
        if match.lastgroup == "name" and match.group().upper() == "SELECT":
            break
        if match.lastgroup == "name" and match.group().upper() in ("ASK", "CONSTRUCT", "DESCRIBE"):
            return None
    else:
        return None
    star = next(matches, None)
    if star is not None and star.lastgroup == "name" and star.group().upper() in ("DISTINCT", "REDUCED"):
        star = next(matches, None)
    if star is None or star.group() != "*":
        return None
    order = dict.fromkeys(m.group()[1:] for m in matches if m.lastgroup == "var")
    return star.span(), list(order)


def problem(sparql: str, services: Sequence[str] | None = ()) -> str | None:
    """Why ``sparql`` may not run, or None: it nests deeper than MAX_NESTING, or calls a SERVICE
    whose endpoint is not a full IRI starting with one of ``services`` (None: any endpoint)."""
    depth = 0
    tokens = _tokens(sparql)
    for kind, value in tokens:
        if kind == "open":
            depth += 1
            if depth > MAX_NESTING:
                return f"the query nests brackets more than {MAX_NESTING} deep; no real query needs that"
        elif kind == "close":
            depth -= 1
        elif kind == "name" and value.upper() == "SERVICE" and services is not None:
            kind, value = next(tokens, ("end", ""))
            if kind == "name" and value.upper() == "SILENT":
                kind, value = next(tokens, ("end", ""))
            if refused := _service_problem(kind, value, services):
                return refused
    return None


def _service_problem(kind: str, value: str, services: Sequence[str]) -> str | None:
    if not services:
        return ("SERVICE (a federated query) is off on this endpoint; "
                "its operator can allow named endpoints with kg serve --allow-service URL-PREFIX")
    if kind != "iri":
        return f"a SERVICE endpoint must be written as a full <IRI> here, one of those allowed: {', '.join(services)}"
    if not any(value[1:-1].startswith(prefix) for prefix in services):
        return f"SERVICE {value} is not allowed on this endpoint; allowed: {', '.join(services)}"
    return None
