"""The pipeline's attribute ruler, applied by table lookup instead of spaCy's Matcher.

en_core_web_sm's attribute ruler maps each fine-grained tag to its coarse part of speech and
morphology, with about a hundred exceptions keyed on the word ("'d" -> lemma "would"). spaCy runs
its 180 patterns through the general Matcher, which costs a fifth of the whole parse. The same
patterns are almost all one token with equality tests on TAG, LOWER, DEP or IS_SPACE, so they can
be indexed by tag and tested with dictionary lookups. The result is the same annotation: the same
patterns, applied in the same order (later patterns win), with the same attribute setter.
tests/test_attributes.py checks that every token of real articles comes out identical.
"""
from __future__ import annotations

import re
from collections import defaultdict

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

ANY = "*"  # index key of patterns that do not fix the tag


class UnsupportedPattern(ValueError):
    pass


def _test(key: str, value):
    """A predicate over (tag, lower, dep, is_space) for one token condition of a pattern."""
    pos = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}.get(key)
    if pos is None:
        raise UnsupportedPattern(key)
    if not isinstance(value, dict):
        return lambda tok: tok[pos] == value
    if set(value) == {"IN"}:
        allowed = frozenset(value["IN"])
        return lambda tok: tok[pos] in allowed
    if set(value) == {"NOT_IN"}:
        banned = frozenset(value["NOT_IN"])
        return lambda tok: tok[pos] not in banned
    if set(value) == {"REGEX"}:
        rx = re.compile(value["REGEX"])
        return lambda tok: bool(rx.search(tok[pos]))
    raise UnsupportedPattern(f"{key}: {value}")


SLOTS = {"TAG": 0, "LOWER": 1, "DEP": 2, "IS_SPACE": 3}
FIRST_LETTER = 4  # a fifth index: by the first letter a LOWER regex "^x..." demands


def _anchor(token_pattern: dict) -> tuple[int, list, dict]:
    """Where to index a token pattern, most selective first: under the LOWER, TAG, DEP or IS_SPACE
    values it fixes, or the first letter its LOWER regex fixes, else among the patterns tried
    everywhere; and the conditions left to test there."""
    for key in ("LOWER", "TAG", "DEP", "IS_SPACE"):
        value = token_pattern.get(key)
        if isinstance(value, (str, bool)) or (isinstance(value, dict) and set(value) == {"IN"}):
            rest = {k: v for k, v in token_pattern.items() if k != key}
            return SLOTS[key], list(value["IN"]) if isinstance(value, dict) else [value], rest
    regex = token_pattern.get("LOWER", {}).get("REGEX") if isinstance(token_pattern.get("LOWER"), dict) else None
    if regex and len(regex) > 1 and regex[0] == "^" and regex[1].isalnum():
        return FIRST_LETTER, [regex[1]], token_pattern
    return -1, [], token_pattern


class FastAttributeRuler:
    """Built from an AttributeRuler; raises UnsupportedPattern for a pattern it cannot index."""

    def __init__(self, ruler: AttributeRuler):
        # Patterns by their first token's anchor (see SLOTS); each entry is
        # (order, tests left for the first token, tests of the following tokens, index, attrs).
        self.index: tuple[dict, ...] = tuple(defaultdict(list) for _ in range(5))
        self.anywhere: list = []
        for order, rule in enumerate(ruler.patterns):
            attrs = ruler.attrs[order]  # as spaCy keeps them: attribute ids to value ids, ready to set
            for pattern in rule["patterns"]:
                slot, values, rest = _anchor(pattern[0])
                first = [_test(k, v) for k, v in rest.items()]
                following = [[_test(k, v) for k, v in tok.items()] for tok in pattern[1:]]
                entry = (order, first, following, ruler.indices[order], attrs)
                if slot < 0:
                    self.anywhere.append(entry)
                for value in values:
                    self.index[slot][value].append(entry)

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if not n:
            return doc
        strings = doc.vocab.strings
        by_tag, by_lower, by_dep, by_space, by_letter = self.index
        toks = [(strings[t], strings[lo], strings[d], bool(sp))
                for t, lo, d, sp in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        hits: list[tuple[int, int, dict]] = []  # (pattern order, token index, attributes)
        for i, tok in enumerate(toks):
            for candidates in (by_tag.get(tok[0]), by_lower.get(tok[1]), by_dep.get(tok[2]),
                               by_space.get(tok[3]), by_letter.get(tok[1][:1]), self.anywhere):
                if not candidates:
                    continue
                for order, first, following, index, attrs in candidates:
                    if first and not all(test(tok) for test in first):
                        continue
                    if following:
                        width = len(following) + 1
                        if i + width > n or not all(all(t(toks[i + k]) for t in tests)
                                                    for k, tests in enumerate(following, 1)):
                            continue
                        hits.append((order, i + (index if index >= 0 else width + index), attrs))
                    else:
                        hits.append((order, i, attrs))
        # spaCy applies matches by pattern, then position: a later pattern overrides an earlier one.
        hits.sort(key=lambda h: (h[0], h[1]))
        for _order, i, attrs in hits:
            set_token_attrs(doc[i], attrs)
        return doc


@Language.factory("kg_attribute_ruler")
def make_fast_attribute_ruler(nlp: Language, name: str):
    """Stands in for the pipeline's "attribute_ruler" (added by kg.nlp.load, which disables that one)."""
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))
