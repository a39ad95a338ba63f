"""Measure by reading the precision of rules no annotated news covers (places, residence, citizenship,
killings): sample each rule's facts from a built graph, read each one's sentence, record a verdict.
Or measure by reading what a user of a graph gets: a sample of its facts, family by family.

    .venv/bin/python scripts/judge_facts.py corpus CORPUS.jsonl NEWSGOLD_DIR N [--seed 7] > sample.jsonl
    .venv/bin/python scripts/judge_facts.py sample GRAPH.ttl RULE [RULE ...] [--per-rule 20] [--seed 1]
    .venv/bin/python scripts/judge_facts.py facts GRAPH.ttl [--leave-out NEWSGOLD_DIR] [--per-family 15] [--seed 71]
    .venv/bin/python scripts/judge_facts.py tally VERDICTS.json [--measured-on TEXT] > judged.json

`corpus` draws N articles (seeded) from a corpus, leaving out every article NewsGold holds, to be
built with `kg build sample.jsonl`. `sample` prints, per rule, a seeded sample of its sightings: a
key (article id, sentence offsets, rule, subject, object), the fact and the sentence. The reader
writes VERDICTS.json: {key: true|false, ...} (keys only: the sentences of a copyrighted corpus stay
out of the project; scripts/data/judged_facts.json holds ours). `tally` counts facts and verdicts
of true per rule, the input of scripts/calibrate_rules.py.

`facts` prints, per family (the fact's predicate), a seeded sample of the graph's facts (a fact
once, however many articles state it), each with up to two of its sentences: the precision a
reader of that graph meets. A default build's graph holds the default graph's facts alone.
`--leave-out` skips the sentences of the articles NewsGold holds (by their ids; a BBC article's
"tech/222" is NewsGold's "bbc-tech-222"), and the facts no other article states. Its keys are
"fact|family|subject|object"; `tally` counts those per family.
"""
from __future__ import annotations

import json
import random
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox

SIGHTINGS = """SELECT ?rule ?id ?start ?end ?s ?p ?o ?text WHERE {
  ?f kg:evidence ?ev .
  { ?f rdf:subject/rdfs:label ?s ; rdf:predicate ?p ; rdf:object ?obj .
    OPTIONAL { ?obj rdfs:label ?ol } BIND(COALESCE(?ol, STR(?obj)) AS ?o) }
  UNION { ?f org:member/rdfs:label ?s ; org:organization/rdfs:label ?o . BIND(org:memberOf AS ?p) }
  ?ev kg:extractor ?rule ; kg:charStart ?start ; kg:charEnd ?end ; kg:evidenceText ?text ;
      prov:wasDerivedFrom/schema:identifier ?id .
}"""
PREFIXES = {"kg": "https://w3id.org/newskg/ontology#", "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "org": "http://www.w3.org/ns/org#",
            "prov": "http://www.w3.org/ns/prov#", "schema": "https://schema.org/"}


def option(args: list[str], name: str, default: str) -> tuple[str, list[str]]:
    if name in args:
        i = args.index(name)
        return args[i + 1], args[:i] + args[i + 2:]
    return default, args


def _local(iri: str) -> str:
    """A predicate's own name: "madeBy" of ".../ontology#madeBy", "memberOf" of ".../org#memberOf"."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _newsgold_rows(directory: Path) -> Iterator[dict]:
    """Every annotated article of NewsGold (dev and train) in ``directory``."""
    for name in ("dev.jsonl", "train.jsonl"):
        for line in (directory / name).open(encoding="utf-8"):
            if line.strip():
                yield json.loads(line)


def sample(args: list[str]) -> None:
    per_rule, args = option(args, "--per-rule", "20")
    seed, args = option(args, "--seed", "1")
    graph, rules = args[0], set(args[1:])
    store = ox.Store()
    store.load(path=graph, format=ox.RdfFormat.TURTLE)
    found: dict[str, list] = defaultdict(list)
    for row in store.query(SIGHTINGS, prefixes=PREFIXES):
        rule, aid, start, end, s, p, o, text = (t.value for t in row)
        if rule in rules:
            found[rule].append((f"{aid}|{start}-{end}|{rule}|{s}|{o}", s, _local(p), o, text))
    for rule in sorted(found):
        rows = sorted(set(found[rule]))
        random.Random(int(seed)).shuffle(rows)
        print(f"== {rule}: {len(rows)} sightings, {min(len(rows), int(per_rule))} read")
        for key, s, p, o, text in rows[:int(per_rule)]:
            print(f"{key}\n  {s} --{p}--> {o}\n  {' '.join(text.split())}")


def facts(args: list[str]) -> None:
    per_family, args = option(args, "--per-family", "15")
    seed, args = option(args, "--seed", "71")
    newsgold, args = option(args, "--leave-out", "")
    held: set[str] = set()
    if newsgold:
        held = {row["id"] for row in _newsgold_rows(Path(newsgold))}
    store = ox.Store()
    store.load(path=args[0], format=ox.RdfFormat.TURTLE)
    said: dict[tuple[str, str, str], set] = defaultdict(set)
    for row in store.query(SIGHTINGS, prefixes=PREFIXES):
        _rule, aid, _start, _end, s, p, o, text = (t.value for t in row)
        if aid in held or "bbc-" + aid.replace("/", "-") in held:
            continue
        said[(_local(p), s, o)].add((aid, " ".join(text.split())))
    rng = random.Random(int(seed))
    for family in sorted({f for f, _s, _o in said}):
        found = sorted(fact for fact in said if fact[0] == family)
        picked = rng.sample(found, min(len(found), int(per_family)))
        print(f"== {family}: {len(found)} facts, {len(picked)} read")
        for fact in picked:
            print(f"fact|{'|'.join(fact)}\n  {fact[1]} --{family}--> {fact[2]}")
            for aid, text in sorted(said[fact])[:2]:
                print(f"  {aid}: {text}")


def corpus(args: list[str]) -> None:
    seed, args = option(args, "--seed", "7")
    path, newsgold, n = args[0], Path(args[1]), int(args[2])
    held = {row["text"].strip()[:200] for row in _newsgold_rows(newsgold)}
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    rows = [r for r in rows if r["text"].strip()[:200] not in held]
    random.Random(int(seed)).shuffle(rows)
    for row in rows[:n]:
        print(json.dumps(row))


def tally(args: list[str]) -> None:
    measured_on, args = option(args, "--measured-on", "read by hand")
    verdicts = json.loads(open(args[0], encoding="utf-8").read())
    counts: dict[str, Counter] = defaultdict(Counter)
    for key, right in verdicts.items():
        fields = key.split("|")
        rule = fields[1] if fields[0] == "fact" else fields[2]  # (a family, for the keys of `facts`)
        counts[rule]["facts"] += 1
        counts[rule]["right"] += bool(right)
    print(json.dumps({rule: {"facts": c["facts"], "right": c["right"], "measured_on": measured_on}
                      for rule, c in sorted(counts.items())}, indent=1))


if __name__ == "__main__":
    commands = {"corpus": corpus, "sample": sample, "facts": facts, "tally": tally}
    if len(sys.argv) < 3 or sys.argv[1] not in commands:
        sys.exit("\n".join(line.strip() for line in __doc__.splitlines() if "judge_facts.py" in line))
    commands[sys.argv[1]](sys.argv[2:])
