"""NewsGold: news annotated with every fact of kg's families (../shared/benchmarks/newsgold).

`kg eval newsgold FILE` builds the graph of the file's articles exactly as `kg build` does and scores
it the way the reference scorer (score.py beside the data) scores a graph.ttl: facts are read through
kg's documented vocabulary, each article is found by its headline, and names match after the same
normalisation. ``by_rule`` adds, for every rule and the classifier, how many facts it wrote and how
many of them the annotation holds.

Development data is split by a hash of the article id into a tuning part (two thirds) and a check
part (a third): rules, thresholds and confidences are tuned on the first; floors sit on the second.
"""
from __future__ import annotations

import hashlib
import json
import re
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import KgError
from ..graph.convert import to_turtle
from ..sparql.query import QUERY_PREFIXES

PARTS = ("all", "tune", "check")
FAMILIES = ("person_org", "rivalry", "product_maker", "product_capability", "org_based_in")
CLASSES = ("Person", "Organization", "Country", "Place", "Product", "Event")
STOP = {"the", "and", "for", "with", "can", "its", "their", "that", "from", "has", "have", "was", "are"}
# The predicate (local name) each scored family is read from; memberships are org:Membership nodes.
KINDS = {"person_org": "member", "rivalry": "rivalOf", "product_maker": "madeBy",
         "product_capability": "hasCapability", "org_based_in": "basedIn"}

# Every fact with the headline of an article that states it, and the rule of each sighting (its
# record's: the fact's own evidence fields name one rule, and every article that states it).
FACTS = """SELECT DISTINCT ?kind ?s ?o ?h ?rule WHERE {
  { ?f a org:Membership ; org:member ?s ; org:organization ?o . BIND("member" AS ?kind) }
  UNION
  { ?f a rdf:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o . BIND(STRAFTER(STR(?p), "#") AS ?kind) }
  ?f kg:evidence ?ev . ?ev prov:wasDerivedFrom ?a ; kg:extractor ?rule . ?a schema:headline ?h .
}"""
ROLES = """SELECT DISTINCT ?s ?o ?r ?h WHERE {
  ?f a org:Membership ; org:member ?s ; org:organization ?o ; org:role/rdfs:label ?r .
  ?f (!rdf:type)? ?ev . ?ev prov:wasDerivedFrom ?a . ?a schema:headline ?h .
}"""
STATUS = """SELECT DISTINCT ?s ?o ?st ?h WHERE {
  ?f a org:Membership ; org:member ?s ; org:organization ?o ; kg:status ?st .
  ?f (!rdf:type)? ?ev . ?ev prov:wasDerivedFrom ?a . ?a schema:headline ?h .
}"""
NAMES = "SELECT ?e ?l WHERE { ?e rdfs:label|skos:altLabel ?l }"
CAPS = "SELECT ?c ?l WHERE { ?c a kg:Capability ; rdfs:label ?l }"
MENTIONS = """SELECT ?h ?e ?cls WHERE { ?a a schema:NewsArticle ; schema:headline ?h ; schema:mentions ?e . ?e a ?cls .
  FILTER (?cls IN (schema:Person, schema:Organization, schema:Country, schema:Place, schema:Product, schema:Event)) }"""


def part_of(article_id: str) -> str:
    """"check" for a third of the articles, "tune" for the rest: fixed by the id alone."""
    return "check" if int(hashlib.sha256(article_id.encode("utf-8")).hexdigest(), 16) % 3 == 0 else "tune"


def load(path: str | Path, part: str = "all") -> list[dict]:
    """The annotated articles of a NewsGold file (JSONL, or a JSON list), of one part."""
    if part not in PARTS:
        raise KgError(f"unknown part {part!r}; choose one of {', '.join(PARTS)}")
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise KgError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise KgError(f"{path}: not UTF-8 text") from None
    rows = []
    lines = [text] if text.lstrip().startswith("[") else text.splitlines()
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raise KgError(f"{path}:{lineno}: malformed JSON ({exc.msg})") from None
        rows.extend(data if isinstance(data, list) else [data])
    for row in rows:
        if not {"id", "text"} <= row.keys():
            raise KgError(f"{path}: an article without 'id' and 'text'")
        row.setdefault("headline", row.get("title", ""))
    return [r for r in rows if part == "all" or part_of(r["id"]) == part]


def norm(s: str) -> str:
    s = re.sub(r"\s+", " ", s.lower().replace("\u2019", "'")).strip(" .,'\"")
    s = re.sub(r"^(the|mr|mrs|ms|dr)\.? ", "", s)
    return re.sub(r"'s$", "", s).strip()


def words(s: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", s.lower()) if len(w) > 2 and w not in STOP}


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"p": round(p, 3), "r": round(r, 3), "f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
            "tp": tp, "fp": fp, "fn": fn}


@dataclass
class Scored:
    scores: dict
    # (headline, kind, subject, object) of every predicted fact of a scored family -> whether the
    # annotation holds it (optional facts included)
    judged: dict[tuple, bool] = field(default_factory=dict)
    rules: dict[tuple, set[str]] = field(default_factory=dict)  # predicted fact -> rules that read it


def _rows(store: ox.Store, query: str) -> list[list[str]]:
    return [[term.value for term in row] for row in store.query(query, prefixes=QUERY_PREFIXES)]


def score_store(store: ox.Store, gold: list[dict]) -> Scored:
    """Score the graph in ``store`` against the annotated articles ``gold`` (score.py's measures)."""
    names: dict[str, set[str]] = defaultdict(set)
    for entity, label in _rows(store, NAMES):
        names[entity].add(norm(label))
    heads = {x["headline"] for x in gold}
    facts: dict[tuple, set] = defaultdict(set)  # (headline, kind) -> {(s, o)}
    rules: dict[tuple, set[str]] = defaultdict(set)
    for kind, s, o, h, rule in _rows(store, FACTS):
        if h in heads:
            facts[(h, kind)].add((s, o))
            rules[(h, kind, s, o)].add(rule)
    caps = dict(_rows(store, CAPS))
    roles: dict[tuple, set[str]] = defaultdict(set)
    for s, o, r, h in _rows(store, ROLES):
        roles[(h, s, o)].add(r.lower())
    status: dict[tuple, set[str]] = defaultdict(set)
    for s, o, st, h in _rows(store, STATUS):
        status[(h, s, o)].add(st.rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower())
    mentions: dict[str, dict] = defaultdict(dict)
    for h, e, cls in _rows(store, MENTIONS):
        if h in heads:
            mentions[h][e] = cls.rsplit("/", 1)[-1]

    def match(entity: str, forms) -> bool:
        return bool(names.get(entity, set()) & {norm(x) for x in forms if x})

    counts = {fam: [0, 0, 0] for fam in FAMILIES}
    role = Counter()
    time = Counter()
    former = [0, 0, 0]
    judged: dict[tuple, bool] = {}

    def family(fam, golds, forms_s, forms_o, symmetric=False, obj_test=None):
        kind = KINDS[fam]
        for art in gold:
            h = art["headline"]
            pred = facts.get((h, kind), set())
            if symmetric:
                pred = {tuple(sorted(p)) for p in pred}
            used = set()
            for x in golds(art):
                subjects, objects = forms_s(x), (forms_o(x) if forms_o else [])
                hit = [p for p in pred if (match(p[0], subjects) and (obj_test(p[1], x) if obj_test else match(p[1], objects)))
                       or (symmetric and match(p[1], subjects) and match(p[0], objects))]
                if x.get("optional"):
                    used.update(hit)
                elif hit:
                    counts[fam][0] += 1
                    used.update(hit)
                    if fam == "person_org":
                        if x.get("role"):
                            role["of"] += 1
                            got = set().union(*(roles.get((h, s, o), set()) for s, o in hit))
                            role["ok"] += any(words(x["role"]) & words(r) for r in got)
                        want = x.get("time") or "current"
                        got = set().union(*(status.get((h, s, o), set()) for s, o in hit)) or {"current"}
                        time["of"] += 1
                        time["ok"] += want in got
                        former[0] += want == "former" and "former" in got
                        former[1] += want != "former" and "former" in got
                        former[2] += want == "former" and "former" not in got
                else:
                    counts[fam][2] += 1
            counts[fam][1] += len(pred - used)
            for s, o in pred:
                judged[(h, kind, s, o)] = (s, o) in used
                if symmetric:
                    judged[(h, kind, o, s)] = (s, o) in used

    def forms(key):
        return lambda x: [x[key]] + x.get(key + "_aliases", [])

    def cap_ok(cap_node: str, x) -> bool:
        wanted = words(x["capability"])
        return bool(wanted) and len(wanted & words(caps.get(cap_node, ""))) / len(wanted) >= 0.5

    family("person_org", lambda a: a.get("person_role_org", []) + a.get("person_org_no_role", []),
           forms("person"), forms("org"))
    family("rivalry", lambda a: a.get("country_rivalry", []), forms("a"), forms("b"), symmetric=True)
    family("product_maker", lambda a: a.get("product_maker", []), forms("product"), forms("org"))
    family("org_based_in", lambda a: a.get("org_based_in", []), forms("org"), forms("place"))
    family("product_capability", lambda a: a.get("product_capability", []), forms("product"), None, obj_test=cap_ok)
    res: dict = {fam: prf(*c) for fam, c in counts.items()}
    res["macro_f1"] = round(sum(res[f]["f1"] for f in FAMILIES) / len(FAMILIES), 3)
    res["role_accuracy"] = {"ok": role["ok"], "of": role["of"],
                            "rate": round(role["ok"] / role["of"], 3) if role["of"] else 0.0}
    res["role_time"] = {"ok": time["ok"], "of": time["of"],
                        "rate": round(time["ok"] / time["of"], 3) if time["of"] else 0.0, "former": prf(*former)}
    res["entities"] = _entities(gold, mentions, match)
    return Scored(res, judged, dict(rules))


def _entities(gold: list[dict], mentions: dict, match) -> dict:
    found = right_class = total = predicted = matched_total = wrong = dup_in_article = 0
    across: dict[str, set[str]] = defaultdict(set)
    for art in gold:
        ments = mentions.get(art["headline"], {})
        matched = set()
        for ent in art.get("entities", []):
            if ent.get("class") not in CLASSES:
                continue
            total += 1
            forms = [ent["name"]] + ent.get("aliases", [])
            nodes = [e for e in ments if match(e, forms)]
            matched.update(nodes)
            if nodes:
                found += 1
                right_class += any(ments[e] == ent["class"] for e in nodes)
                dup_in_article += len(nodes) > 1
                across[norm(ent["name"]) + "|" + ent["class"]].update(nodes)
        predicted += len(ments)
        matched_total += len(matched)
        wrong += sum(1 for e in matched if not any(
            ments[e] == ent["class"] for ent in art.get("entities", []) if match(e, [ent["name"]] + ent.get("aliases", []))))
    return {"gold": total, "found": found, "recall": round(found / total, 3) if total else 0.0,
            "recall_right_class": round(right_class / total, 3) if total else 0.0,
            "precision": round(matched_total / predicted, 3) if predicted else 0.0, "predicted": predicted,
            "wrong_class_rate": round(wrong / matched_total, 3) if matched_total else 0.0,
            "duplicates_in_article": dup_in_article,
            "duplicates_across_corpus": sum(1 for nodes in across.values() if len(nodes) > 1),
            "things_across_corpus": len(across)}


def by_rule(scored: Scored) -> dict[str, dict]:
    """rule -> facts it wrote in the scored families, how many the annotation holds, their precision.
    A fact read by several rules counts for each."""
    tally: dict[str, Counter] = defaultdict(Counter)
    for fact, right in scored.judged.items():
        for rule in scored.rules.get(fact, ()):
            tally[rule]["facts"] += 1
            tally[rule]["right"] += right
    return {rule: {"facts": c["facts"], "right": c["right"], "precision": round(c["right"] / c["facts"], 3)}
            for rule, c in sorted(tally.items())}


@dataclass
class NewsGoldReport:
    part: str
    articles: int
    scored: Scored
    seconds: float

    def as_dict(self, rules: bool = False) -> dict:
        out = {"format": "newsgold", "part": self.part, "articles": self.articles, "seconds": round(self.seconds, 2),
               **self.scored.scores}
        if rules:
            out["by_rule"] = by_rule(self.scored)
        return out


def evaluate_newsgold(path: str | Path, part: str = "all", model: str | None = None,
                      min_confidence: float | None = None) -> NewsGoldReport:
    """Build the graph of the articles of ``part`` as `kg build` would, and score it."""
    import time

    from ..run.pipeline import build

    gold = load(path, part)
    if not gold:
        raise KgError(f"{path}: no article in part {part!r}")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-newsgold-") as tmp:
        inputs = Path(tmp) / "articles.jsonl"
        inputs.write_text("".join(json.dumps({k: row[k] for k in ("id", "title", "text", "url", "date") if k in row},
                                             ensure_ascii=False) + "\n" for row in gold), encoding="utf-8")
        options = {} if min_confidence is None else {"min_confidence": min_confidence}
        graph = build([inputs], out=None, model=model, **options).graph
    store = ox.Store()
    store.load(to_turtle(graph).encode("utf-8"), format=ox.RdfFormat.TURTLE)
    return NewsGoldReport(part, len(gold), score_store(store, gold), time.perf_counter() - started)
