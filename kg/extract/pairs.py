"""Relations between two entities of one sentence, read by a small trained classifier.

Hand-written patterns cover the constructions news repeats most ("X, chief executive of Y"); the
long tail ("Li Wen at the Institute of Optics", "Ruth Mayer of Newport") is
learned: a multinomial logistic regression over the dependency path between the two names, the
words around and between them and their classes. It is trained on the CoNLL04 training split and
on NewsGold train's news articles by scripts/train_relations.py (one command, CPU, half a minute)
and shipped as kg/models/relations.json;
inference is a sparse dot product, so the product needs no machine-learning library.
"""
from __future__ import annotations

import json
import math
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from spacy.symbols import VERB
from spacy.tokens import Span

from ..lang.en.lexicon import ROLE_NOUNS
from ..model import (
    BASED_IN,
    COUNTRY,
    CURRENT,
    FORMER,
    KILL,
    LIVES_IN,
    LOCATED_IN,
    ORGANIZATION,
    PERSON,
    PLACE,
    ROLE,
    EntityRef,
    Fact,
)
from ..nlp import lemma, tokens
from ..nlp.syntax import dependency_path
from .base import Context
from .roles.organizations import a_brief
from .roles.time import held_before, phrase_status

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "relations.json"
NONE = "none"
# Our classes as the classifier sees them: countries and other places are both places.
KIND = {PERSON: "PER", ORGANIZATION: "ORG", PLACE: "LOC", COUNTRY: "LOC"}
# Which relation each ordered pair of kinds may hold, and the fact family it becomes.
ALLOWED = {
    ("PER", "ORG"): ("Work_For", ROLE),
    ("ORG", "LOC"): ("OrgBased_In", BASED_IN),
    ("LOC", "LOC"): ("Located_In", LOCATED_IN),
    ("PER", "LOC"): ("Live_In", LIVES_IN),
    ("PER", "PER"): ("Kill", KILL),
}
MAX_GAP = 40  # tokens; farther pairs in one sentence are rarely related and cost time


def _bucket(n: int) -> str:
    for limit in (0, 1, 2, 3, 5, 8, 12, 20):
        if n <= limit:
            return str(limit)
    return "many"


def features(s1: Span, s2: Span, k1: str, k2: str, others_between: int) -> list[str]:
    """Feature strings for the ordered pair (s1, s2); every feature is conjoined with the kinds."""
    t = f"{k1}>{k2}"
    toks = tokens(s1.doc)  # (a slice of the doc, or doc[i], makes new Tokens at each reading)
    r1, r2 = s1.root, s2.root
    feats = [f"{t}", f"{t}|order={'fwd' if s1.start < s2.start else 'rev'}"]
    path = dependency_path(r1, r2)
    if path is not None:
        up, lca, down = path
        deps_up = "/".join(x.dep_ for x in up)
        deps_down = "/".join(x.dep_ for x in reversed(down))
        feats.append(f"{t}|upath={deps_up}^{deps_down}")
        feats.append(f"{t}|path={deps_up}^{lemma(lca).lower()}^{deps_down}")
        feats.append(f"{t}|lca={lemma(lca).lower()}")
        feats.append(f"{t}|plen={_bucket(len(up) + len(down))}")
        for tok in up[1:] + [lca] + down[1:]:
            if not (s1.start <= tok.i < s1.end or s2.start <= tok.i < s2.end):
                feats.append(f"{t}|pw={lemma(tok).lower()}")
    left, right = (s1, s2) if s1.start < s2.start else (s2, s1)
    between = toks[left.end:right.start]
    feats.append(f"{t}|gap={_bucket(len(between))}")
    if len(between) <= 10:
        feats.extend(f"{t}|bw={tok.lower_}" for tok in between)
    if len(between) <= 4:
        feats.append(f"{t}|between={' '.join(tok.lower_ for tok in between)}")
    words1, words2 = _around(s1), _around(s2)
    for name, (before, after, head, _, _, _) in (("1", words1), ("2", words2)):
        feats.append(f"{t}|l{name}={before}")
        feats.append(f"{t}|r{name}={after}")
        feats.append(f"{t}|h{name}={head}")
    feats.append(f"{t}|others={_bucket(others_between)}")
    for name, (_, _, _, governor, grand, kind) in (("1", words1), ("2", words2)):
        feats.append(f"{t}|g{name}={governor}")
        feats.append(f"{t}|gg{name}={grand}")
        feats.append(f"{t}|n{name}={kind}")
    verbs = [lemma(tok).lower() for tok in between if tok.pos == VERB]  # (the tagger's id: read of every word between)
    feats.extend(f"{t}|bv={v}" for v in verbs[:4])
    return feats


# What each mention's features say of it alone, for the doc last asked about: a mention is in many
# pairs, and its words and lemmas were read anew for each.
_mentions_read: list = [None, {}]


def _around(span: Span) -> tuple[str, str, str, str, str, str]:
    """The words either side of the mention, its head's, and what the head is to its sentence
    ("nsubj of say", "pobj of of", "appos of chairman"), its grandparent's too, and its entity type."""
    doc = span.doc
    if _mentions_read[0] is not doc:
        _mentions_read[0], _mentions_read[1] = doc, {}
    read = _mentions_read[1]
    key = (span.start, span.end)
    found = read.get(key)
    if found is None:
        toks, root = tokens(doc), span.root
        head = root.head
        found = read[key] = (
            toks[span.start - 1].lower_ if span.start > 0 else "<s>",
            toks[span.end].lower_ if span.end < len(toks) else "</s>",
            root.lower_,
            f"{root.dep_}^{lemma(head).lower()}",
            f"{root.dep_}^{lemma(head).lower()}^{head.dep_}^{lemma(head.head).lower()}",
            root.ent_type_ or "-",
        )
    return found


def candidate_pairs(ctx: Context) -> Iterator[tuple[Span, EntityRef, Span, EntityRef, str, str, int]]:
    """Ordered pairs of mentions of different entities in one sentence whose kinds may be related."""
    by_sentence: dict[int, list[tuple[Span, EntityRef]]] = {}
    for m, ref in ctx.resolution.mentions:
        if ref.cls in KIND:
            span = m.span(ctx.doc)
            by_sentence.setdefault(ctx.sentence(span.start).start, []).append((span, ref))
    for mentions in by_sentence.values():
        for i, (s1, ref1) in enumerate(mentions):
            for j, (s2, ref2) in enumerate(mentions):
                if i == j or ref1 == ref2:
                    continue
                kinds = (KIND[ref1.cls], KIND[ref2.cls])
                if kinds not in ALLOWED or abs(s1.start - s2.start) > MAX_GAP:
                    continue
                lo, hi = min(s1.end, s2.end), max(s1.start, s2.start)
                others = sum(1 for s, _ in mentions if lo <= s.start and s.end <= hi)
                yield s1, ref1, s2, ref2, kinds[0], kinds[1], others


class RelationModel:
    """Weights of the trained classifier; ``predict`` gives the best label and its probability."""

    def __init__(self, data: dict):
        self.labels: list[str] = data["labels"]
        self.intercept: list[float] = data["intercept"]
        self.weights: dict[str, list[float]] = data["weights"]
        self.thresholds: dict[str, float] = data.get("thresholds", {})
        self.meta: dict = data.get("meta", {})

    def predict(self, feats: list[str], allowed: str) -> tuple[str, float]:
        """The allowed relation if it beats "none" and its threshold, else ("none", p)."""
        # Only "none" and the one relation these kinds can hold compete: the softmax over the two
        # scores, the other labels' cancelling out.
        rel, none = self.labels.index(allowed), self.labels.index(NONE)
        s_rel, s_none = self.intercept[rel], self.intercept[none]
        # (the features' weights looked up in one pass, most features having none; summed in order)
        for w in [w for w in map(self.weights.get, feats) if w is not None]:
            s_rel += w[rel]
            s_none += w[none]
        p = 1.0 / (1.0 + math.exp(s_none - s_rel))
        return (allowed, p) if p >= self.thresholds.get(allowed, 0.5) else (NONE, p)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> RelationModel | None:
    if not path.is_file():
        return None
    return RelationModel(json.loads(path.read_text(encoding="utf-8")))


def _status(person: Span, org: Span) -> str:
    """When the membership between ``person`` and ``org`` is held: as the words before the person's
    name say, else as a role noun on the way from the person to the organisation says."""
    said = phrase_status(person.root)
    if said != CURRENT:
        return said
    path = dependency_path(person.root, org.root)
    if path is None:
        return CURRENT
    up, head, down = path
    between = [t for t in (*up[1:], head, *down[1:]) if t.i not in range(person.start, person.end)
               and t.i not in range(org.start, org.end)]
    said = next((s for t in between if t.pos_ == "NOUN" and lemma(t).lower() in ROLE_NOUNS
                 and (s := phrase_status(t)) != CURRENT), CURRENT)
    # ("Ann Ruiz chaired Vantor", "Ann Ruiz was a director at Vantor": a post held before)
    return FORMER if said == CURRENT and head.pos_ in {"VERB", "AUX"} and held_before(head) else said


def extract(ctx: Context) -> Iterator[Fact]:
    model = load_model()
    if model is None:
        return
    for s1, ref1, s2, ref2, k1, k2, others in candidate_pairs(ctx):
        label, family = ALLOWED[(k1, k2)]
        if family == LOCATED_IN and ref1.cls == COUNTRY:
            continue  # a country does not lie inside another place; lists of countries fool the model
        if family == ROLE and not any(t.pos_ in {"VERB", "AUX"} for t in ctx.sentence(s1.start)):
            continue  # a listing, an address or a caption states no membership; the model was trained on clauses
        if family == ROLE and a_brief(ctx, s2.root):
            continue  # "Education Secretary Ann Ruiz": the brief of a post is no body (kg.extract.roles.facts)
        predicted, p = model.predict(features(s1, s2, k1, k2, others), label)
        if predicted == NONE:
            continue
        # a membership the words before the name date ("former Vantor chief Ann Ruiz") is dated so,
        # as is one a dated role between the two names gives ("Ann Ruiz, a former executive at Vantor")
        status = _status(s1, s2) if family == ROLE else CURRENT
        yield Fact(family, ref1, ref2, None, ctx.evidence(s1.root, f"learned-{label.lower()}", round(p, 3)), status)
