"""Train the relation classifier of kg/extract/pairs.py on the CoNLL04 training split.

    .venv/bin/pip install -e '.[train]'
    .venv/bin/python scripts/train_relations.py ../shared/benchmarks/conll04/train.jsonl

CPU only, deterministic (lbfgs), about a minute. Candidate pairs come from kg's own entity
mentions, exactly as at extraction time; a pair is positive when both mentions match the gold
entities of a gold relation by head word. Per-relation thresholds are chosen by 5-fold
cross-validation on the same training split, so no evaluation data is used. They are chosen for
the system kg runs, not for the classifier alone: a pair the hand-written patterns already state
counts as predicted whatever the classifier says, so the classifier's threshold is set by the
pairs the patterns miss, which are the harder ones. Writes kg/models/relations.json (only
non-zero weights, rounded).
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedKFold, cross_val_predict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import nlp as nlp_mod  # noqa: E402
from kg.evaluation.datasets import load_conll04  # noqa: E402
from kg.evaluation.mapping import benchmark_relations  # noqa: E402
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


def main(train_path: str) -> None:
    X, y, allowed, stated = examples(Path(train_path))
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
        "meta": {"trained_on": "CoNLL04 train split (922 sentences)", "pairs": len(y), "C": C,
                 "model": "multinomial logistic regression (scikit-learn, lbfgs)"},
    }
    MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    MODEL_PATH.write_text(json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {MODEL_PATH} ({len(weights)} features)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else str(ROOT.parent / "shared/benchmarks/conll04/train.jsonl"))
