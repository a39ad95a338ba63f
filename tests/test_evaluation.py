"""kg eval: loaders and scoring on hand-made data, and a quality floor on slices of the dev sets."""
from __future__ import annotations

import json
import os

import pytest
from conftest import SHARED

from kg.evaluation.datasets import load_conll04, load_nyt, load_redocred
from kg.evaluation.mapping import benchmark_relations
from kg.evaluation.score import Counts, Scores, score_doc
from kg.model import BASED_IN, ORGANIZATION, PERSON, PLACE, ROLE, Article, ArticleResult, EntityRef, Evidence, Fact

BENCH = SHARED / "benchmarks"


def test_load_redocred_offsets(tmp_path):
    doc = {"title": "T", "sents": [["Ann", "works", "at", "Acme", "."], ["Acme", "is", "in", "Oslo", "."]],
           "vertexSet": [[{"name": "Ann", "pos": [0, 1], "sent_id": 0, "type": "PER"}],
                         [{"name": "Acme", "pos": [3, 4], "sent_id": 0, "type": "ORG"},
                          {"name": "Acme", "pos": [0, 1], "sent_id": 1, "type": "ORG"}]],
           "labels": [{"r": "P108", "h": 0, "t": 1, "evidence": [0]}]}
    (tmp_path / "d.json").write_text(json.dumps([doc]))
    (d,) = load_redocred(tmp_path / "d.json")
    assert d.text == "Ann works at Acme . Acme is in Oslo ."
    assert [d.text[s:e] for s, e in d.entities[1].mentions] == ["Acme", "Acme"]
    assert d.relations[0].label == "P108"


def test_load_nyt_finds_mentions(tmp_path):
    (tmp_path / "n.json").write_text(json.dumps([{"text": "Ann Lee of Acme said Acme grew .",
                                                  "triple_list": [["Ann Lee", "/business/person/company", "Acme"]]}]))
    (d,) = load_nyt(tmp_path / "n.json")
    assert [len(e.mentions) for e in d.entities] == [1, 2]


def test_bad_benchmark_line_names_file_and_line(tmp_path):
    from kg.errors import KgError

    (tmp_path / "c.jsonl").write_text('{"text": "x", "entities": [], "relations": []}\n{bad\n')
    with pytest.raises(KgError, match=r"c\.jsonl:2: not a CoNLL04 record"):
        load_conll04(tmp_path / "c.jsonl")


def test_mapping_directions_and_derived_labels():
    p, o, oslo = EntityRef(PERSON, "Ann"), EntityRef(ORGANIZATION, "Acme"), EntityRef(PLACE, "Oslo")
    ev = Evidence("a", 0, 1, "x", "r", 0.5)
    facts = [Fact(ROLE, p, o, "co-founder", ev), Fact(BASED_IN, o, oslo, None, ev)]
    assert benchmark_relations("nyt", facts) == {("/business/person/company", p, o), ("/business/company/founders", o, p)}
    assert benchmark_relations("redocred", facts) == {("P108", p, o), ("P159", o, oslo)}
    assert benchmark_relations("conll04", facts) == {("Work_For", p, o), ("OrgBased_In", o, oslo)}


def test_a_public_office_is_no_business_employment_for_nyt():
    p, ev = EntityRef(PERSON, "Ann"), Evidence("a", 0, 1, "x", "r", 0.5)
    senate, party = EntityRef(ORGANIZATION, "Senate"), EntityRef(ORGANIZATION, "Likud Party")
    facts = [Fact(ROLE, p, senate, "senator", ev), Fact(ROLE, p, party, "leader", ev)]
    assert benchmark_relations("nyt", facts) == set()
    assert benchmark_relations("conll04", facts) == {("Work_For", p, senate), ("Work_For", p, party)}
    assert benchmark_relations("redocred", facts) == {("P108", p, senate), ("P108", p, party)}


def test_scoring_strict_and_lenient(nlp):
    text = "President Ann Lee works at Acme in Oslo ."
    gold = load_conll04_from(text, [("Peop", "President Ann Lee"), ("Org", "Acme"), ("Loc", "Oslo")],
                             [("Work_For", 0, 1), ("OrgBased_In", 1, 2)])
    p, o = EntityRef(PERSON, "Ann Lee"), EntityRef(ORGANIZATION, "Acme")
    ev = Evidence("a", 0, 1, "x", "r", 0.5)
    result = ArticleResult(Article("a", "", text, "x"), {}, [Fact(ROLE, p, o, None, ev)], {}, 8,
                           {p: [(10, 17)], o: [(27, 31)]})  # "Ann Lee": right head word, not the gold span
    scores = Scores()
    score_doc("conll04", {"Work_For", "OrgBased_In"}, gold, result, nlp(text), scores)
    strict, lenient = scores.strict["Work_For"], scores.lenient["Work_For"]
    assert (strict.tp, strict.fp, strict.fn) == (0, 1, 1)
    assert (lenient.tp, lenient.fp, lenient.fn) == (1, 0, 0)
    assert scores.lenient["OrgBased_In"].fn == 1


def test_strict_match_ignores_the_full_stop_conll04_glues_onto_the_last_word(nlp):
    text = "Greg Thayer works for the Forest Service."
    gold = load_conll04_from(text, [("Peop", "Greg Thayer"), ("Org", "Forest Service.")], [("Work_For", 0, 1)])
    p, o = EntityRef("Person", "Greg Thayer"), EntityRef("Organization", "Forest Service")
    ev = Evidence("a", 0, 1, "x", "r", 0.5)
    result = ArticleResult(Article("a", "", text, "x"), {}, [Fact(ROLE, p, o, None, ev)], {}, 7,
                           {p: [(0, 11)], o: [(26, 40)]})
    scores = Scores()
    score_doc("conll04", {"Work_For"}, gold, result, nlp(text), scores)
    assert (scores.strict["Work_For"].tp, scores.strict["Work_For"].fp) == (1, 0)


def load_conll04_from(text, entities, relations):
    from kg.evaluation.datasets import EvalDoc, GoldEntity, GoldRelation

    ents = tuple(GoldEntity(i, label, ((text.index(name), text.index(name) + len(name)),))
                 for i, (label, name) in enumerate(entities))
    return EvalDoc("t", text, ents, tuple(GoldRelation(*r) for r in relations))


def test_counts():
    c = Counts(tp=3, fp=1, fn=1, pred_right=3)
    assert (c.precision, c.recall, round(c.f1, 3)) == (0.75, 0.75, 0.75)
    assert Counts().f1 == 0.0


# Floors a little under the figures measured on these slices, so quality cannot silently drop.
FLOORS = [
    ("conll04", BENCH / "conll04" / "dev.jsonl", None, "lenient", "micro", 0.56),
    ("conll04", BENCH / "conll04" / "dev.jsonl", None, "lenient", "Work_For", 0.66),
    ("conll04", BENCH / "conll04" / "dev.jsonl", None, "strict", "Work_For", 0.56),
    ("conll04", BENCH / "conll04" / "dev.jsonl", None, "lenient", "OrgBased_In", 0.45),
    ("nyt", BENCH / "nyt" / "dev_triples.json", 1000, "strict", "micro", 0.41),
    ("redocred", BENCH / "re-docred" / "dev_revised.json", 100, "lenient", "micro", 0.45),
]


@pytest.mark.model
@pytest.mark.parametrize("fmt, path, limit, mode, label, floor", FLOORS)
def test_quality_floor(fmt, path, limit, mode, label, floor):
    from kg.evaluation.run import evaluate

    if not path.is_file():
        if os.environ.get("CI"):  # CI runs with shared/ beside the clone: a missing set is an error
            pytest.fail(f"{path} not present")
        pytest.skip(f"{path} not present (it lives in ../shared)")
    report = evaluate(fmt, path, limit).as_dict()
    assert report[mode][label]["f1"] >= floor, report[mode][label]


def bench_file(path):
    if not path.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{path} not present")
        pytest.skip(f"{path} not present (it lives in ../shared)")
    return path


def test_newsgold_parts_split_by_id_two_thirds_to_one():
    from kg.evaluation.newsgold import part_of

    parts = [part_of(f"article-{k}") for k in range(3000)]
    assert 900 < parts.count("check") < 1100 and set(parts) == {"tune", "check"}
    assert part_of("article-7") == part_of("article-7")  # by the id alone


def test_newsgold_bad_files_fail_with_one_line_naming_the_file(tmp_path):
    from kg.errors import KgError
    from kg.evaluation.newsgold import load

    (tmp_path / "latin1.jsonl").write_bytes('{"id": "a", "text": "Caf\u00e9"}\n'.encode("latin-1"))
    with pytest.raises(KgError, match=r"latin1\.jsonl: not UTF-8 text"):
        load(tmp_path / "latin1.jsonl")
    (tmp_path / "broken.jsonl").write_text('{"id": "a", "text": "x"}\n{"id": \n', encoding="utf-8")
    with pytest.raises(KgError, match=r"broken\.jsonl:2: malformed JSON"):
        load(tmp_path / "broken.jsonl")


@pytest.mark.model
def test_kg_eval_newsgold_agrees_with_the_reference_scorer(tmp_path):
    # a slice of the dev file: kg eval's figures against score.py's on a graph `kg build` wrote
    import subprocess
    import sys

    from kg.evaluation.newsgold import FAMILIES, evaluate_newsgold
    from kg.run.pipeline import build

    dev = bench_file(BENCH / "newsgold" / "dev.jsonl")
    lines = [line for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()]
    slice_ = tmp_path / "slice.jsonl"
    slice_.write_text("\n".join(lines[::8]) + "\n", encoding="utf-8")
    build([slice_], tmp_path / "out")
    proc = subprocess.run([sys.executable, str(BENCH / "newsgold" / "score.py"), str(tmp_path / "out" / "graph.ttl"),
                           str(slice_), "--json"], capture_output=True, text=True, check=True)
    reference = json.loads(proc.stdout)
    ours = evaluate_newsgold(slice_).as_dict(rules=True)
    for fam in FAMILIES:
        for measure in ("p", "r", "f1"):
            assert abs(ours[fam][measure] - reference[fam][measure]) <= 0.005, (fam, measure)
    assert abs(ours["macro_f1"] - reference["macro_f1"]) <= 0.005
    assert ours["entities"]["wrong_class_rate"] == pytest.approx(reference["entities"]["wrong_class_rate"], abs=0.005)
    assert ours["role_accuracy"] == reference["role_accuracy"]
    rules = ours["by_rule"]
    assert rules and all(0 <= r["right"] <= r["facts"] for r in rules.values())
    assert sum(r["right"] for r in rules.values()) > 0


# Floors on the check third of NewsGold dev (never tuned on), a little under what it measures:
# macro F1 0.561, person-org F1 0.790, based-in F1 0.560, maker F1 0.636, rivalry 0.400 (1 of 4),
# capability 0.419; role words right 0.906 (29 of 32) and role time right 0.969 (31 of 32), held
# to the issues' own targets, 0.85 and 0.95.
NEWSGOLD_FLOORS = {"macro_f1": 0.54, "person_org": 0.75, "org_based_in": 0.55, "product_maker": 0.62,
                   "rivalry": 0.35, "product_capability": 0.40}


@pytest.mark.model
def test_newsgold_check_part_floors():
    from kg.evaluation.newsgold import evaluate_newsgold

    report = evaluate_newsgold(bench_file(BENCH / "newsgold" / "dev.jsonl"), part="check").as_dict()
    got = {key: report[key] if key == "macro_f1" else report[key]["f1"] for key in NEWSGOLD_FLOORS}
    assert all(got[key] >= floor for key, floor in NEWSGOLD_FLOORS.items()), got
    # the quality issue's precision floors for the default graph
    assert report["person_org"]["p"] >= 0.85, report["person_org"]
    assert all(report[key]["p"] >= 0.80 for key in ("org_based_in", "product_maker", "rivalry")), report
    # (capability: 13 of 17 right, 0.76; 43 of 48 on the whole file)
    assert report["product_capability"]["p"] >= 0.75, report["product_capability"]
    assert report["role_accuracy"]["rate"] >= 0.85, report["role_accuracy"]
    assert report["role_time"]["rate"] >= 0.95, report["role_time"]


def _script(name: str):
    """The module of scripts/<name>.py, loaded from its file (scripts/ is no package)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_judge_facts_samples_a_graphs_facts_by_family_and_tallies_them(seed_build, tmp_path, capsys):
    # scripts/judge_facts.py facts: each family's facts once, seeded; --leave-out drops what only
    # NewsGold's articles state; tally counts the verdicts per family
    judge = _script("judge_facts")
    graph = str(seed_build[1] / "graph.ttl")
    judge.facts([graph, "--per-family", "2", "--seed", "5"])
    first = capsys.readouterr().out
    judge.facts([graph, "--per-family", "2", "--seed", "5"])
    assert capsys.readouterr().out == first
    headers = [line for line in first.splitlines() if line.startswith("== ")]
    keys = [line for line in first.splitlines() if line.startswith("fact|")]
    assert {h.split(":")[0][3:] for h in headers} >= {"madeBy", "rivalOf"}
    assert len(keys) == len(set(keys)) and all(len(k.split("|")) == 4 for k in keys)
    assert "fact|madeBy|Sora|OpenAI" in keys  # (the family holds one fact: it is always read)
    # the seed article's id among NewsGold's: nothing is left to read
    store = judge.ox.Store()
    store.load(path=graph, format=judge.ox.RdfFormat.TURTLE)
    ids = [row[0].value for row in store.query("SELECT ?id WHERE { ?a <https://schema.org/identifier> ?id }")]
    newsgold = tmp_path / "newsgold"
    newsgold.mkdir()
    (newsgold / "dev.jsonl").write_text("".join(json.dumps({"id": i}) + "\n" for i in ids), encoding="utf-8")
    (newsgold / "train.jsonl").write_text("", encoding="utf-8")
    judge.facts([graph, "--leave-out", str(newsgold)])
    assert ids and capsys.readouterr().out == ""
    verdicts = tmp_path / "verdicts.json"
    verdicts.write_text(json.dumps({keys[0]: True, "fact|madeBy|Sora|OpenAI": False,
                                    "a1|0-9|maker-name|Zephyr|Vantor": True}), encoding="utf-8")
    judge.tally([str(verdicts)])
    counted = json.loads(capsys.readouterr().out)
    family = keys[0].split("|")[1]
    assert counted["madeBy"]["facts"] == 1 + (family == "madeBy") and counted["maker-name"] == {
        "facts": 1, "right": 1, "measured_on": "read by hand"}


def test_a_rule_with_few_facts_is_shrunk_toward_its_family():
    # scripts/calibrate_rules.py: 3 of 3 right in a family right 80% of the time is 0.92, not 1.0;
    # 1 of 1 in a family right 40% of the time is 0.6; many facts weigh more than the family
    calibrate = _script("calibrate_rules")
    assert calibrate.smoothed(3, 3, 0.8) == 0.92
    assert calibrate.smoothed(1, 1, 0.4) == 0.6
    assert calibrate.smoothed(20, 100, 0.9) == 0.21


def test_newsgold_pairs_are_labelled_in_the_evidence_sentence_only(nlp):
    # scripts/train_relations.py: an annotated fact is a positive where its evidence sentence states
    # it, is left out where another sentence names the two, and other pairs are negatives
    train = _script("train_relations")
    stated = "Kestrel Bank chief executive Ann Ruiz said profits rose."
    row = {"id": "t1", "title": "", "text": f"{stated} Ann Ruiz has led Kestrel Bank since 2001. "
           "Tom Hale, a rival banker, praised Kestrel Bank on Friday.",
           "person_role_org": [{"person": "Ann Ruiz", "role": "chief executive", "org": "Kestrel Bank",
                                "time": "current", "evidence": stated}]}
    got = [(s1.text, s2.text, s1.sent[0].text, label) for s1, s2, _, label, _, _ in train.newsgold_pairs([row], nlp)]
    assert got == [("Ann Ruiz", "Kestrel Bank", "Kestrel", "Work_For"), ("Tom Hale", "Kestrel Bank", "Tom", "none")]
