"""Train the relation classifier of kg/extract/pairs.py on the CoNLL04 training split and on
NewsGold train (100 BBC articles).

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_relations.py ../shared/benchmarks/conll04/train.jsonl \
        --newsgold ../shared/benchmarks/newsgold/train.jsonl

CPU only, deterministic (lbfgs), about a minute. Candidate pairs come from kg's own entity
mentions, exactly as at extraction time; a pair is positive when both mentions match the gold
entities of a gold relation by head word. Per-relation thresholds are chosen by 5-fold
cross-validation on the same training split, so no evaluation data is used. They are chosen for
the system kg runs, not for the classifier alone: a pair the hand-written patterns already state
counts as predicted whatever the classifier says, so the classifier's threshold is set by the
pairs the patterns miss, which are the harder ones. Writes kg/models/relations.json (only
non-zero weights, rounded).

CoNLL04 is single sentences of old newswire; NewsGold train is whole news articles, annotated
with the people of organisations and where organisations are based, which is what kg reads on
news. A candidate pair of a NewsGold article is a positive when its two entities are those of an
annotated fact and its sentence is one of that fact's evidence sentences; a pair of an annotated
fact in another sentence is left out (the annotation gives one statement of a fact, not every one);
the other pairs of those kinds are negatives. NewsGold annotates neither where places lie nor
where people live nor killings, so its pairs of those kinds are left out. The classifier's facts
are calibrated on NewsGold dev's tuning part only (scripts/calibrate_rules.py), never on what it
was trained on.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from spacy.tokens import Span

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import nlp as nlp_mod  # noqa: E402
from kg.evaluation.datasets import load_conll04  # noqa: E402
from kg.evaluation.mapping import benchmark_relations  # noqa: E402
from kg.evaluation.newsgold import load as load_newsgold  # noqa: E402
from kg.evaluation.newsgold import norm  # noqa: E402
from kg.evaluation.score import span_root  # noqa: E402
from kg.extract import EXTRACTORS  # noqa: E402
from kg.extract.base import Context  # noqa: E402
from kg.extract.pairs import ALLOWED, MODEL_PATH, NONE, candidate_pairs, features  # noqa: E402
from kg.mentions.resolve import resolve  # noqa: E402
from kg.model import Article  # noqa: E402

C = 0.5


def examples(path: Path):
    nlp = nlp_mod.load()
    docs = load_conll04(path)
    X, y, allowed, stated = [], [], [], []
    for gold, doc in zip(docs, nlp.pipe(d.text for d in docs)):
        ctx = Context(doc, Article(gold.id, "", gold.text, "train"), resolve(doc))
        said = benchmark_relations("conll04", [f for name, extract in EXTRACTORS.items() if name != "pairs"
                                               for f in extract(ctx)])
        roots: dict[int, set[int]] = {}
        for ent in gold.entities:
            for start, end in ent.mentions:
                root = span_root(doc, start, end)
                if root is not None:
                    roots.setdefault(root, set()).add(ent.id)
        rels = {(r.label, r.head, r.tail) for r in gold.relations}
        for s1, r1, s2, r2, k1, k2, others in candidate_pairs(ctx):
            label = ALLOWED[(k1, k2)][0]
            g1, g2 = roots.get(s1.root.i, set()), roots.get(s2.root.i, set())
            positive = any((label, a, b) in rels for a in g1 for b in g2)
            X.append({f: 1 for f in features(s1, s2, k1, k2, others)})
            y.append(label if positive else NONE)
            allowed.append(label)
            stated.append((label, r1, r2) in said)
    return X, np.array(y), np.array(allowed), np.array(stated)


# NewsGold's families as the classifier's relations: (family key, subject key, object key)
NEWSGOLD_RELATIONS = {
    "Work_For": [("person_role_org", "person", "org"), ("person_org_no_role", "person", "org")],
    "OrgBased_In": [("org_based_in", "org", "place")],
}


def _names(fact: dict, key: str) -> set[str]:
    return {norm(n) for n in [fact[key], *fact.get(key + "_aliases", [])] if n}


def _in_evidence(sentence: str, evidence: str) -> bool:
    """Whether a sentence is one of the evidence sentences ("A ... B" joins two)."""
    text = " ".join(sentence.split())
    return any(part and (part in text or text in part) for part in (" ".join(p.split()) for p in evidence.split(" ... ")))


def newsgold_pairs(rows: list[dict], nlp) -> Iterator[tuple[Span, Span, str, str, list[str], bool]]:
    """(first mention, second mention, the relation the two may hold, label, features, stated by the
    patterns) of every candidate pair of the NewsGold articles ``rows`` that is an example, labelled
    as the module's docstring says: the relation, or "none"."""
    for row, doc in zip(rows, nlp.pipe(r["text"] for r in rows)):
        ctx = Context(doc, Article(row["id"], row.get("title", ""), row["text"], "train"), resolve(doc))
        said = {(f.subject, f.obj) for name, extract in EXTRACTORS.items() if name != "pairs"
                for f in extract(ctx) if f.obj is not None}
        for s1, r1, s2, r2, k1, k2, others in candidate_pairs(ctx):
            label = ALLOWED[(k1, k2)][0]
            if label not in NEWSGOLD_RELATIONS:
                continue
            n1 = {norm(x) for x in ctx.resolution.entities.get(r1, set()) | {r1.name}}
            n2 = {norm(x) for x in ctx.resolution.entities.get(r2, set()) | {r2.name}}
            facts = [f for key, a, b in NEWSGOLD_RELATIONS[label] for f in row.get(key, [])
                     if _names(f, a) & n1 and _names(f, b) & n2]
            sentence = ctx.sentence(s1.start).text
            if facts and not any(_in_evidence(sentence, f.get("evidence", "")) for f in facts):
                continue  # the fact holds, stated elsewhere: this sentence may or may not say it
            yield s1, s2, label, label if facts else NONE, features(s1, s2, k1, k2, others), (r1, r2) in said


def newsgold_examples(path: Path):
    """(features, labels, allowed relations, stated by the patterns) of NewsGold's candidate pairs."""
    X, y, allowed, stated = [], [], [], []
    for _, _, relation, label, feats, said in newsgold_pairs(load_newsgold(path), nlp_mod.load()):
        X.append({f: 1 for f in feats})
        y.append(label)
        allowed.append(relation)
        stated.append(said)
    return X, y, allowed, stated


def best_thresholds(y, allowed, stated, probs, labels) -> dict[str, float]:
    out = {}
    none = labels.index(NONE)
    for label in sorted(set(allowed)):
        idx = allowed == label
        k = labels.index(label)
        p = probs[idx, k] / (probs[idx, k] + probs[idx, none])
        truth, by_patterns = y[idx] == label, stated[idx]
        best, best_f1 = 0.5, -1.0
        for th in np.arange(0.2, 0.81, 0.025):
            pred = by_patterns | (p >= th)
            tp = int((pred & truth).sum())
            prec = tp / pred.sum() if pred.sum() else 0.0
            rec = tp / truth.sum() if truth.sum() else 0.0
            f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
            if f1 > best_f1 + 1e-9:
                best, best_f1 = float(round(th, 3)), f1
        out[label] = best
        print(f"  {label}: threshold {best:.3f}, cross-validated pair F1 with the patterns {best_f1:.3f}")
    return out


def main(train_path: str, newsgold: str | None = None) -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedKFold, cross_val_predict

    X, y, allowed, stated = examples(Path(train_path))
    trained_on = f"CoNLL04 train split ({len(load_conll04(Path(train_path)))} sentences)"
    if newsgold:
        nx, ny, nallowed, nstated = newsgold_examples(Path(newsgold))
        print(f"NewsGold: {len(ny)} candidate pairs: {dict(Counter(ny))}")
        X = X + nx
        y, allowed, stated = (np.concatenate([a, np.array(b)]) for a, b in ((y, ny), (allowed, nallowed), (stated, nstated)))
        trained_on += f" and NewsGold train ({len(load_newsgold(Path(newsgold)))} articles)"
    print(f"{len(y)} candidate pairs: {dict(Counter(y))}")
    vec = DictVectorizer()
    Xm = vec.fit_transform(X)
    model = LogisticRegression(C=C, max_iter=5000)
    folds = StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
    probs = cross_val_predict(model, Xm, y, cv=folds, method="predict_proba")
    labels = sorted(set(y))
    thresholds = best_thresholds(y, allowed, stated, probs, labels)
    model.fit(Xm, y)
    labels = list(model.classes_)
    names = vec.get_feature_names_out()
    coef = model.coef_.T  # features x classes
    weights = {str(name): [round(float(v), 5) for v in row] for name, row in zip(names, coef)
               if np.abs(row).max() > 1e-4}
    data = {
        "labels": labels,
        "intercept": [round(float(v), 5) for v in model.intercept_],
        "weights": dict(sorted(weights.items())),
        "thresholds": thresholds,
        "meta": {"trained_on": trained_on, "pairs": len(y), "C": C,
                 "model": "multinomial logistic regression (scikit-learn, lbfgs)"},
    }
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({len(weights)} features)")


if __name__ == "__main__":
    args = sys.argv[1:]
    newsgold = None
    if "--newsgold" in args:
        at = args.index("--newsgold")
        newsgold, args = args[at + 1], args[:at] + args[at + 2:]
    main(args[0] if args else str(ROOT.parent / "shared/benchmarks/conll04/train.jsonl"), newsgold)
