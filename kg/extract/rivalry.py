"""Country - rivalry - country, only where the sentence puts the two against each other: "the rift
between China and the U.S.", "China and Japan clashed", "Japan's dispute with China", "China accused
Japan of ...", "imposed sanctions on Iran". A list of countries is no rivalry, nor a match between
national teams."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..lang.en import countries
from ..lang.en.lexicon import (
    HOSTILE_ACT_NOUNS,
    HOSTILE_VERBS,
    PENALTY_NOUNS,
    RELATION_NOUNS,
    RIVAL_NOUNS,
    RIVALRY_NOUNS,
    RIVALRY_VERBS,
    STATE_NOUNS,
    STRAINED_WORDS,
    UNION_NAMES,
    WORSENING_VERBS,
)
from ..mentions.context import sports_report
from ..model import COUNTRY, ORGANIZATION, PLACE, RIVALRY, EntityRef, Fact
from ..nlp import children, lemma
from .base import Context


def _is_cue(token: Token) -> bool:
    # Sentence-initial nouns ("Tensions between ...") are often tagged PROPN by the small model.
    if token.pos_ in {"NOUN", "PROPN"}:
        word = lemma(token).lower()
        if token.lower_ in {"odds", "loggerheads"}:  # "at odds with", "at loggerheads with"
            return token.head.lower_ == "at"
        return word in RIVALRY_NOUNS or word in RELATION_NOUNS and _strained(token)
    return token.pos_ == "VERB" and lemma(token).lower() in RIVALRY_VERBS


def _strained(relations: Token) -> bool:
    """"strained ties", "worsening relations" (which the parser may read as a verb and its
    object), "relations soured"."""
    return any(c.dep_ == "amod" and c.lower_ in STRAINED_WORDS for c in children(relations)) or (
        relations.dep_ in {"dobj", "nsubj", "nsubjpass"} and (relations.head.lower_ in STRAINED_WORDS
                                                 or lemma(relations.head).lower() in WORSENING_VERBS))


def is_party(ref: EntityRef | None) -> bool:
    """What can be a rival: a country, or the European Union, which trades and disputes as one."""
    return ref is not None and (ref.cls == COUNTRY or ref.cls == ORGANIZATION and ref.name.casefold() in UNION_NAMES)


def _party(ctx: Context, token: Token) -> EntityRef | None:
    """The country or union a token names, whose government or officials it names ("Chinese
    officials", "the US government"), or whose capital stands for its government ("Moscow accused
    Kiev"), when the article names that country (or the EU, for Brussels) too."""
    ref = ctx.entity(token)
    if is_party(ref):
        return ref
    if ref is None and lemma(token).lower() in STATE_NOUNS:  # "Chinese officials", "the US government"
        return next((r for c in children(token) if c.dep_ in {"amod", "compound", "nmod", "poss"}
                     and (r := ctx.entity(c)) is not None and is_party(r)), None)
    if ref is not None and ref.cls == PLACE and ref.name.casefold() == "brussels":
        # "Canada took Brussels to court": where the EU sits stands for the EU, in an
        # article that names the EU (its institutions sit there, as a government in its capital)
        union = next((r for r in ctx.resolution.entities if r.cls == ORGANIZATION and is_party(r)), None)
        if union is not None:
            return union
    if ref is None or ref.cls != PLACE or (code := countries.CAPITALS.get(ref.name.casefold())) is None:
        return None
    country = EntityRef(COUNTRY, countries.label(code))
    return country if country in ctx.resolution.entities else None


def _conjuncts(ctx: Context, token: Token) -> list[EntityRef]:
    refs = [_party(ctx, t) for t in (token, *token.conjuncts)]
    return [r for r in refs if r is not None]


def _pair(a: EntityRef, b: EntityRef) -> tuple[EntityRef, EntityRef] | None:
    return None if a == b else tuple(sorted((a, b)))


def _hostile(ctx: Context, sent: Span, emit) -> Iterator[Fact]:
    """"China accused Japan of ...", "the US sanctioned Iran", "imposed sanctions on Iran"."""
    for verb in sent:
        if verb.pos_ != "VERB":
            continue
        word = lemma(verb).lower()
        subjects = [r for c in _subject_tokens(verb) for r in _conjuncts(ctx, c)]
        if not subjects:
            continue
        if word in HOSTILE_VERBS:
            for obj in children(verb):
                if obj.dep_ == "dobj":
                    for other in _conjuncts(ctx, obj):
                        for subject in subjects:
                            yield from emit(subject, other, verb, "rivalry-verb", 0.75)
        # "imposed sanctions on Iran", "slapped tariffs on Chinese steel"
        for obj in children(verb):
            if obj.dep_ == "dobj" and lemma(obj).lower() in PENALTY_NOUNS:
                for prep in [*children(verb), *children(obj)]:
                    if prep.dep_ == "prep" and prep.lower_ in {"on", "against"}:
                        for pobj in children(prep):
                            targets = _conjuncts(ctx, pobj) or [r for t in pobj.subtree if (r := _party(ctx, t)) is not None]
                            for other in targets:
                                for subject in subjects:
                                    yield from emit(subject, other, obj, "rivalry-penalty", 0.75)


def _subject_tokens(verb: Token) -> list[Token]:
    """The subjects of a verb; for a relative clause, what its "who/which" stands for ("US
    lawmakers who blame China")."""
    subjects = [c for c in children(verb) if c.dep_ == "nsubj"]
    if verb.dep_ == "relcl" and any(s.lower_ in {"who", "which", "that"} for s in subjects):
        return [verb.head]
    return subjects


def _hostile_act(ctx: Context, sent: Span, emit) -> Iterator[Fact]:
    """"the US invasion of Iraq", "Iraq's occupation of Kuwait", "the US-led invasion of Iraq":
    who does it written before the noun, whom it is done to after its "of"."""
    for act in sent:
        if act.pos_ != "NOUN" or lemma(act).lower() not in HOSTILE_ACT_NOUNS:
            continue
        doers = [t for c in children(act) if c.dep_ in {"poss", "compound", "nmod"} for t in (c, *c.conjuncts)]
        # "US-led": the leader hangs on "led"
        doers += [t for c in children(act) if c.dep_ == "amod" and c.lower_ == "led"
                  for t in children(c) if t.dep_ in {"npadvmod", "compound", "nmod"}]
        parties = [r for t in doers if (r := _party(ctx, t) or _owner_of_its(ctx, t)) is not None]
        targets = [r for prep in children(act) if prep.dep_ == "prep" and prep.lower_ == "of"
                   for pobj in children(prep) for r in _conjuncts(ctx, pobj)]
        for party in parties:
            for target in targets:
                yield from emit(party, target, act, "rivalry-act-of", 0.75)


def _owner_of_its(ctx: Context, owner: Token) -> EntityRef | None:
    """The party an "its" or "their" stands for: the subject of the clause it is in ("China could
    use ... to threaten its rival", "Iraq is recovering from its war with Iran"), if one party."""
    if owner.lower_ not in {"its", "their"}:
        return None
    verb = next((t for t in owner.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    while verb is not None and not any(c.dep_ == "nsubj" for c in children(verb)) and verb.dep_ in {"xcomp", "conj"}:
        verb = verb.head  # "China could use ... to threaten its rival"
    parties = [r for c in (children(verb) if verb is not None else ()) if c.dep_ == "nsubj" for r in _conjuncts(ctx, c)]
    return parties[0] if len(parties) == 1 else None


def _called_rival(ctx: Context, sent: Span, emit) -> Iterator[Fact]:
    """"India's rival Pakistan", "Japan's old rival China" (where the parser may make either word
    the head), "China ... threaten its rival Taiwan" ("its": the subject of the clause)."""
    for token in sent:
        if lemma(token).lower() not in RIVAL_NOUNS:
            continue
        named = [token.head] if token.dep_ in {"amod", "compound", "nmod"} else []
        named += [c for c in children(token) if c.dep_ == "appos"]
        if token.dep_ == "nsubj":  # "Japan's old rival China protested": two subjects side by side
            named += [c for c in children(token.head) if c.dep_ == "nsubj" and c.i == token.i + 1]
        for holder in {token, *named}:
            for owner in (c for c in children(holder) if c.dep_ == "poss"):
                parties = _conjuncts(ctx, owner)
                if not parties and (its := _owner_of_its(ctx, owner)) is not None:
                    parties = [its]
                for other in (r for n in named for r in _conjuncts(ctx, n)):
                    for party in parties:
                        yield from emit(party, other, token, "rivalry-called-rival", 0.75)


def _sentence_facts(ctx: Context, sent: Span) -> Iterator[Fact]:
    if sports_report(sent):
        return
    seen: set[tuple[EntityRef, EntityRef]] = set()

    def emit(a: EntityRef, b: EntityRef, cue: Token, rule: str, conf: float) -> Iterator[Fact]:
        pair = _pair(a, b)
        if pair and pair not in seen:
            seen.add(pair)
            yield Fact(RIVALRY, pair[0], pair[1], None, ctx.evidence(cue, rule, conf))

    yield from _hostile(ctx, sent, emit)
    yield from _hostile_act(ctx, sent, emit)
    yield from _called_rival(ctx, sent, emit)
    cues = [t for t in sent if _is_cue(t)]
    if not cues:
        return
    doc = sent.doc
    # "China and U.S. in close race", "France and Italy in row over ...": a pair written straight
    # before "in" and a rivalry word, as headlines put it (whatever the parser hung "in" on)
    for token in sent:
        pair = _conjuncts(ctx, token) if token.dep_ != "conj" else []
        if len(pair) >= 2:
            last = max([token, *token.conjuncts], key=lambda t: t.i)
            end = ctx.bounds(last)[1]
            after = doc[end:min(end + 4, sent.end)]
            if len(after) and after[0].lower_ == "in" and any(t in cues for t in after[1:]):
                yield from emit(pair[0], pair[1], next(t for t in after[1:] if t in cues), "rivalry-in", 0.7)
        # "Japan in China trade row", "France in fresh row with Italy": one party before "in", the
        # other named in the rivalry's phrase
        elif len(pair) == 1 and token.dep_ != "conj":
            end = ctx.bounds(token)[1]
            after = doc[end:min(end + 6, sent.end)]
            cue = next((t for t in after[1:] if t in cues), None)
            if len(after) and after[0].lower_ == "in" and cue is not None:
                named = [r for t in doc[end + 1:cue.i] if (r := _party(ctx, t)) is not None]
                named += [r for prep in children(cue) if prep.dep_ == "prep" and prep.lower_ in {"with", "against"}
                          for pobj in children(prep) for r in _conjuncts(ctx, pobj)]
                for other in named:
                    yield from emit(pair[0], other, cue, "rivalry-in", 0.7)
    for cue in cues:
        # "the EU and the US hope to settle the dispute": the parties are the subjects of the verbs
        # the rivalry word is the object of, a clause or two up
        verb = cue
        for _ in range(4):  # ("the EU and the US hope to avoid having to settle the dispute")
            if verb.dep_ not in {"dobj", "xcomp", "ccomp", "pobj", "prep"} or verb.head.i == verb.i:
                break
            verb = verb.head
            # ("China and Japan are locked in a row": the passive's subjects too)
            subjects = [r for c in children(verb) if c.dep_ in {"nsubj", "nsubjpass"} for r in _conjuncts(ctx, c)]
            if len(subjects) >= 2:
                yield from emit(subjects[0], subjects[1], cue, "rivalry-parties", 0.75)
                break
            # "the US is in a dispute with Iran", "Russia is embroiled in a row with Ukraine", "at
            # odds with Iran": one party the subject, the other the rivalry's "with"
            if subjects and cue.dep_ == "pobj" and cue.head.lower_ in {"in", "at", "into"} and verb.i == cue.head.head.i:
                yield from _against(ctx, cue, subjects, "rivalry-subject-with", 0.7, emit)
                break
        # "US-China tensions", "India-Pakistan relations have soured": two parties joined by a
        # hyphen before the rivalry word
        for dash in doc[max(cue.left_edge.i, sent.start) + 1:cue.i - 1]:
            if dash.text in {"-", "–"} and not dash.whitespace_ and not doc[dash.i - 1].whitespace_:
                a, b = _party(ctx, doc[dash.i - 1]), _party(ctx, doc[dash.i + 1])
                if a is not None and b is not None:
                    yield from emit(a, b, cue, "rivalry-hyphen-pair", 0.8)
        for child in children(cue):
            # "the rift between China and the U.S."
            if child.dep_ == "prep" and child.lower_ == "between":
                for pobj in children(child):
                    refs = _conjuncts(ctx, pobj)
                    if len(refs) >= 2:
                        yield from emit(refs[0], refs[1], cue, "rivalry-between", 0.85)
            # "China and the U.S. compete", "China competes with the U.S.", "China's rivalry with
            # Japan", "Iraq ... its war with Iran"
            if child.dep_ in {"nsubj", "poss"}:
                subjects = _conjuncts(ctx, child)
                if not subjects and child.dep_ == "poss" and (its := _owner_of_its(ctx, child)) is not None:
                    subjects = [its]
                if len(subjects) >= 2:
                    yield from emit(subjects[0], subjects[1], cue, "rivalry-subjects", 0.8)
                yield from _against(ctx, cue, subjects, "rivalry-with", 0.8, emit)
            # "the US embargo on Cuba", "EU tariffs on US steel": who imposes it, written before it
            # ("US and EU sanctions on Iran" put the two side by side, not against each other)
            elif child.dep_ in {"compound", "amod", "nmod"} and lemma(cue).lower() in PENALTY_NOUNS:
                yield from _against(ctx, cue, _conjuncts(ctx, child), "rivalry-penalty-on", 0.75, emit)
        # "Japan filed a complaint against China", "the US has a dispute with Canada": the
        # party is the subject of the verb the rivalry word is the object of
        if cue.dep_ == "dobj" and not any(c.dep_ in {"nsubj", "poss"} for c in children(cue)):
            subjects = [r for c in children(cue.head) if c.dep_ == "nsubj" for r in _conjuncts(ctx, c)]
            yield from _against(ctx, cue, subjects, "rivalry-object-with", 0.7, emit)


def _against(ctx: Context, cue: Token, subjects: list[EntityRef], rule: str, prior: float, emit) -> Iterator[Fact]:
    """The parties of "with Y" or "against Y" after the rivalry word ("on Y" after a penalty: "the
    EU's embargo on China"), and of "Y" beside it ("Japan's old rival China"), each against each
    subject."""
    penalty = lemma(cue).lower() in PENALTY_NOUNS
    preps = {"with", "against"} | ({"on"} if penalty else set())
    others = [pobj for prep in children(cue) if prep.dep_ == "prep" and prep.lower_ in preps
              for pobj in children(prep)]
    others += [c for c in children(cue) if c.dep_ == "appos"]
    for token in others:
        # a penalty falls on a country's goods or trade as well: "tariffs on Chinese steel", "an
        # embargo on arms sales to Iran"
        targets = _conjuncts(ctx, token) or ([r for t in token.subtree if (r := _party(ctx, t)) is not None]
                                             if penalty else [])
        for other in targets:
            for subject in subjects:
                yield from emit(subject, other, cue, rule, prior)


def extract(ctx: Context) -> Iterator[Fact]:
    # Every rule needs two parties (countries, the EU) in one sentence: most sentences are skipped
    # before any cue word is looked at.
    parties = sorted((i, ref) for i in ctx.resolution.token_refs if (ref := _party(ctx, ctx.doc[i])) is not None)
    starts = [i for i, _ in parties]
    for sent in ctx.doc.sents:
        lo, hi = bisect_left(starts, sent.start), bisect_left(starts, sent.end)
        if len({ref for _, ref in parties[lo:hi]}) >= 2:
            yield from _sentence_facts(ctx, sent)
