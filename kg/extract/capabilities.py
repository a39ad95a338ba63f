"""Product - capability: what a named product can do or has, as a short phrase ("can play music",
"lets users edit photos", "a double-deck aircraft", "a phone with a curved screen", "seats 180
people"), never its price, sales or reviews."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.symbols import NOUN
from spacy.tokens import Doc, Span, Token

from ..lang.en import markets
from ..lang.en.lexicon import (
    ABILITY_NOUNS,
    CAPACITY_VERBS,
    DEVICE_NOUNS,
    ENABLING_VERBS,
    EVALUATIVE,
    FEATURE_VERBS,
    HAVING_VERBS,
    MARKET_VERBS,
    NOT_CAPABILITIES,
    NOT_DESCRIPTIVE_PARTS,
    PRODUCT_NAME_HEADS,
    PRODUCT_NOUNS,
    PRODUCT_USERS,
    ROLE_NOUNS,
)
from ..mentions.cues import a_work
from ..mentions.products import product_noun_named
from ..model import CAPABILITY, CAPABILITY_OF, ORGANIZATION, PERSON, PRODUCT, EntityRef, Fact
from ..nlp import children, common_nouns, lemma, tokens
from ..nlp.syntax import appositives, compound_head, described_by, relative_of_its_head, subjects_before
from .base import Context, phrase

PRONOUNS = {"it", "its"}
# Nouns that only say a product has more: what it has is what they include ("200 new features,
# including a redesigned inbox").
INCLUDING_NOUNS = {"feature", "function", "functionality", "improvement", "capability", "option", "extra", "tool"}
RANKING_WORDS = {"first", "last", "next", "only", "second", "third"}
# Nouns a product's name stands before that are the product itself: "the new Zephyr design features ...".
ASPECT_NOUNS = {"design", "version", "edition"}
# Plural nouns a platform's name stands before that are other things, made for it: "Zephyr games
# let players ...", "Zephyr apps can ..." say what the games and apps do, not the Zephyr.
MADE_FOR_NOUNS = {"game", "app", "application", "title", "program", "programme", "accessory"}
# People a product serves, besides its users (PRODUCT_USERS) and people by their jobs (ROLE_NOUNS).
SERVED_PEOPLE = {"student", "pupil", "child", "gamer", "fan", "family", "parent", "patient", "traveller",
                 "commuter", "shopper", "teenager", "adult", "member", "worker", "employee"}
# Verbs of what someone means to do: "it plans to add paid services" is a company's plan (a
# product plans nothing), and what is planned is not yet had.
INTENT_VERBS = {"plan", "want", "hope", "aim", "intend", "seek", "decide", "agree", "promise", "try", "expect"}
# Endings of abstract nouns: "capacity", "performance", "innovation", "improvement".
ABSTRACT_ENDINGS = ("ity", "ance", "ence", "ment", "tion", "sion", "ness")
# What a comparison says of a price, a standing or a judgement, not of what a product is like.
NOT_COMPARED = {"cheap", "expensive", "costly", "pricey", "affordable", "dear", "good", "bad", "well", "popular",
                "successful", "profitable", "likely", "unlikely", "able", "capable", "late", "early", "easy",
                "hard", "difficult", "important", "attractive", "interesting", "nice", "much", "many"}
# Words that compare a figure as numbers do: "at double the speed", "twice the memory".
COMPARING_FIGURES = {"double", "twice", "triple", "half", "times"}
# Quantity nouns: "has a growing number of fans" is a count of what NOT_CAPABILITIES holds.
QUANTITY_NOUNS = {"number", "lot", "army", "host", "legion", "base", "crowd", "community", "million", "thousand"}


def _descriptor(noun: Token) -> bool:
    """An apposition says what a product does when it is more than "the latest innovation" or
    "a phone": a word that describes the kind of thing it is (nor "the fifth version": a rank)."""
    return any(c.dep_ in {"compound", "nmod", "amod"} and c.lower_ not in EVALUATIVE | RANKING_WORDS
               and c.ent_type_ != "ORDINAL" for c in children(noun))


def _capability_phrase(verb: Token) -> str:
    """The verb phrase of a capability, without subjects, auxiliaries and trailing clauses; a verb
    with no object of its own takes the next one's with it: "edit and share photos"."""
    # ("also plays films", "now runs ..."; and a clause before the verb is none of its phrase: "one
    # is flying to Leeds; the Zephyr will be carrying 500 people" may come out as its complement)
    drop = [c for c in children(verb) if c.dep_ in {"nsubj", "aux", "mark", "advcl", "punct", "cc", "conj"}
            or c.dep_ in {"advmod", "ccomp", "parataxis"} and c.i < verb.i]
    for tok in verb.subtree:
        if tok.dep_ == "relcl" and tok.i != verb.i:  # (the verb may head a relative clause itself)
            drop.append(tok)
    label = phrase(verb, drop=drop, keep_preps=True)
    alone = not any(c.dep_ in {"dobj", "prep", "ccomp", "xcomp", "prt"} for c in children(verb))
    cc = next((c for c in children(verb) if c.dep_ == "cc"), None)
    conj = next((c for c in children(verb) if c.dep_ == "conj" and c.i > verb.i), None)
    if alone and cc is not None and conj is not None:
        label = f"{label} {cc.text} {_capability_phrase(conj)}"
    return label


def _product_at(ctx: Context, token: Token) -> EntityRef | None:
    """The product a token names, or an "it"/"its" refers to: for "its", the subject of its clause
    ("the Zephyr doubles its range"); for "it", the subject before it (``_subject_before``); else
    the latest product."""
    ref = ctx.entity(token)
    if ref is not None:
        return ref if ref.cls == PRODUCT else None
    if token.lower_ not in PRONOUNS:
        return None
    head = token
    while head.dep_ not in {"ROOT"} and not any(c.dep_ == "nsubj" for c in children(head)):
        head = head.head
    for child in children(head):
        if child.dep_ == "nsubj" and child.i != token.i:
            ref = ctx.entity(child) or next((ctx.entity(a) for a in appositives(child.doc[child.i:child.i + 1])
                                             if ctx.entity(a)), None)
            if ref and ref.cls == PRODUCT:
                return ref
    if token.lower_ == "it" and token.dep_ in {"nsubj", "nsubjpass"}:
        found, ref = _subject_before(ctx, token)
        if found:
            return ref
    earlier = [r for m, r in ctx.resolution.mentions
               if r.cls == PRODUCT and m.start < token.i and ctx.sentence(token.i).start - m.start < 80]
    return earlier[-1] if earlier else None


def _subject_before(ctx: Context, token: Token, depth: int = 0) -> tuple[bool, EntityRef | None]:
    """What a subject "it" refers to, read as readers do: the last subject before it that could be
    an "it" (in its sentence, else the one or two before): a product, or "the" and a product noun
    (the product named last before that); an organisation or any other thing is no product ("The
    company expects strong sales. It will ..."). People, plurals and other pronouns are passed
    over. (False, None) when no such subject is found."""
    for subject in subjects_before(token, ctx.start_back(token.i, 2)):
        if subject.tag_ in {"NNS", "NNPS"}:
            continue
        ref = ctx.entity(subject)
        if ref is not None:
            if ref.cls == PERSON:
                continue
            return True, ref if ref.cls == PRODUCT else None
        if subject.pos_ == "PRON":
            if subject.lower_ == "it" and depth < 3:
                return _subject_before(ctx, subject, depth + 1)
            continue
        if subject.pos_ == "PROPN":  # a name that is no entity of ours: "Wippit offers ... It has ..."
            return True, None
        if subject.pos_ == "NOUN":
            if lemma(subject).lower() in PRODUCT_NOUNS and any(c.lower_ == "the" for c in children(subject)):
                earlier = [r for m, r in ctx.resolution.mentions if r.cls == PRODUCT and m.start < subject.i]
                return True, (earlier[-1] if earlier else None)
            return True, None
    return False, None


def _capabilities(ctx: Context, span: Span, ref: EntityRef) -> Iterator[tuple[str, Token, str, float]]:
    # "Sora, a text-to-video AI generator"
    for noun in appositives(span):
        if lemma(noun).lower() in PRODUCT_NOUNS and _descriptor(noun):
            label = phrase(noun, keep_preps=False)
            if label:
                yield label, noun, "capability-apposition", 0.7
    for verb in _verbs_of_product(span):
        yield from _verb_capabilities(ctx, verb)
    described = described_by(span)
    yield from _modifier_capabilities(ctx, span, described)
    # "an iPod capable of showing video", "a jet able to fly 9,000 miles": the adjective after the noun
    for noun in [span.root, *described]:
        for adjective in children(noun):
            if adjective.dep_ == "amod" and adjective.i > noun.i:
                yield from _able(adjective)
    # "a phone with a 6-inch screen", "the Zephyr, a laptop with two batteries"
    for noun in [span.root, *described]:
        for prep in children(noun):
            if prep.dep_ == "prep" and prep.lower_ == "with" and not _inside_a_title(prep):
                for obj in children(prep):
                    if obj.dep_ == "pobj" and obj.pos_ == "NOUN" and not ctx.entity(obj) and not _a_count_or_price(obj):
                        yield phrase(obj, keep_preps=True), obj, "capability-with", 0.6


def _inside_a_title(word: Token) -> bool:
    """"Breakfast with Frost": a word between two capitalised words is part of a name."""
    doc = word.doc
    return 0 < word.i < len(doc) - 1 and doc[word.i - 1].is_title and doc[word.i + 1].is_title


def _modifier_capabilities(ctx: Context, span: Span, described: list[Token]) -> Iterator[tuple[str, Token, str, float]]:
    """"the twin-deck Zephyr", "a long-range airliner", "its short-haul V100s": a hyphened modifier of
    the product, or of a noun that says what it is (``described_by``), describes it. Unhyphened
    adjectives mostly judge ("popular", "cheap") and stay out."""
    root = span.root
    holders = [root] + [n for n in described if lemma(n).lower() in PRODUCT_NOUNS]
    if root.dep_ == "compound" and lemma(root.head).lower() in PRODUCT_NOUNS:  # "the Zephyr phone"
        holders.append(root.head)
    doc = span.doc
    for noun in holders:
        start = noun.left_edge.i
        end = span.start if noun.i == root.i else noun.i
        # (a comma right before the name ends what modifies it: "if you like things open-ended,
        # Zephyr will ..." - the parse may still hang the words on the name)
        if end > start and doc[end - 1].text == ",":
            continue
        if noun.i == root.i:
            start = max([start, *(t.i + 1 for t in doc[start:end] if _another_name(t, ctx))])
        i = start
        while i < end:
            chain_end = _hyphen_chain(doc, i, end)
            if chain_end is None:
                i += 1
                continue
            words = doc[i:chain_end]
            outer = next((t for t in words if not words.start <= t.head.i < words.end), words[-1])
            if _descriptive(words, ctx) and _modifies(outer, noun):
                yield words.text, noun, "capability-modifier", 0.6
            i = chain_end


def _another_name(word: Token, ctx: Context) -> bool:
    """A name before the product's that no modifier of it reaches over: "the eight-player Kestrel
    Kart Zephyr" describes the game, not the Zephyr (a maker's name is the product's own: "the
    twin-deck Vantor V300")."""
    ref = ctx.entity(word)
    return ref is not None and ref.cls != ORGANIZATION


def _modifies(word: Token, noun: Token) -> bool:
    """Whether ``word`` modifies ``noun``: in "anti-virus firm Zephyr" it modifies the firm the
    name is said to be, in "the online role-playing game Zephyr" the game, which is the product,
    and in "a text-to-video AI generator" the generator."""
    while word.i != noun.i:
        if word.dep_ not in {"amod", "compound", "nmod", "npadvmod", "advmod", "nummod"} or word.head.i < word.i:
            return False
        word = word.head
        if word.head.i == noun.i and noun.pos_ == "PROPN" and word.pos_ == "NOUN" \
                and lemma(word).lower() not in PRODUCT_NOUNS:
            return False
    return True


def _hyphen_chain(doc: Doc, i: int, end: int) -> int | None:
    """The end of "word-word(-word)*" starting at token ``i`` and ending before ``end``, else None."""
    k = i
    while k + 2 < end and doc[k + 1].text == "-" and not doc[k].whitespace_ and not doc[k + 1].whitespace_:
        k += 2
    return k + 1 if k > i and doc[i].text != "-" else None


def _descriptive(words: Span, ctx: Context) -> bool:
    """A modifier that says what the product is like: not a judgement, a date, a place or a
    comparison with another ("similarly-sized")."""
    parts = [t.lower_ for t in words if t.text != "-"]
    # (a superlative ranks the product: "the quickest-moving")
    return (not any(p in NOT_DESCRIPTIVE_PARTS or p in EVALUATIVE or p.endswith("ly") for p in parts)
            and not any(t.tag_ in {"JJS", "RBS"} or t.lower_.endswith("est") and t.tag_.startswith("JJ") for t in words)
            and not any(t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "GPE", "NORP", "PERSON", "DATE", "MONEY", "TIME"}
                        or ctx.entity(t) for t in words)
            and any(p.isalpha() and len(p) > 1 for p in parts))


def _verbs_of_product(span: Span) -> list[Token]:
    """The verbs a product is the subject of: its own verb and the verbs conjoined to it with no
    subject of their own ("uses small discs, can play music and supports wireless play"), and the
    verb of a relative clause or an "-ing" clause on it or on a noun that says what it is ("Skype
    In, a service which would let users receive calls", "a family of jets carrying 300 people")."""
    root = span.root
    # "the Zephyr airliner flying up to 600 people", "the Zephyr console can ...", "the new Zephyr
    # design features ...", "a Zephyr feature that mirrors ..."
    noun = compound_head(root)
    named = noun.i != root.i and lemma(noun).lower() in PRODUCT_NAME_HEADS | ASPECT_NOUNS | INCLUDING_NOUNS \
        and not (noun.tag_ == "NNS" and lemma(noun).lower() in MADE_FOR_NOUNS)  # ("Zephyr games let you ...")
    subjects = [root, noun] if named else [root]
    # "Its latest tool, Zephyr, lets artists ...", "Vantor's new robot, Zephyr, can walk": the name
    # set beside the subject, a noun that says what the product is
    if root.dep_ == "appos" and root.head.i < root.i and root.head.pos == NOUN \
            and lemma(root.head).lower() in PRODUCT_NAME_HEADS:
        subjects.append(root.head)
    holders = [root, *described_by(span), *subjects[1:]]
    verbs = [s.head for s in subjects if s.dep_ == "nsubj" and s.head.pos_ in {"VERB", "AUX"}]
    # "a tool called Zephyr that lets ...", "a technology called Zephyr, which ... and enables ...":
    # the parser hangs the clause written after the name on the noun the name is given to
    if (given := product_noun_named(span.doc, span.start)) is not None:
        verbs += [c for c in children(given) if c.i >= span.end and relative_of_its_head(c, frozenset({"nsubj"}))]
    for holder in holders:
        for clause in children(holder):
            if relative_of_its_head(clause, frozenset({"nsubj"})):
                verbs.append(clause)
            elif clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.i > holder.i:  # "a jet carrying 300 people"
                verbs.append(clause)
            elif holder.i != root.i and _purpose(clause):  # "a new Zephyr service to sync photos"
                verbs.append(clause)
    # the verbs after it in a list, however the parser hung them ("uses ..., can play ... and
    # supports ...": "play" may come out as an open clause of "uses", "supports" as its conjunct)
    # (not the open clause of "be": in "it is important to support teachers" "it" does nothing)
    for verb in verbs:
        verbs += [c for c in children(verb) if c.dep_ in {"conj", "xcomp"} and c.pos_ in {"VERB", "AUX"} and c.i > verb.i
                  and c not in verbs and not any(d.dep_ in {"nsubj", "nsubjpass"} for d in children(c))
                  and not (c.dep_ == "xcomp" and (lemma(verb) == "be" or _intended(verb)))]
        # "features wi-fi, letting users browse the web": what that lets them do, it lets them do
        verbs += [c for c in children(verb) if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > verb.i
                  and lemma(c).lower() in ENABLING_VERBS and c not in verbs]
    return verbs


def _intended(verb: Token) -> bool:
    """"plans to add", "hopes to offer" (not "is expected to offer", said of the product)."""
    return lemma(verb).lower() in INTENT_VERBS and not any(c.dep_ == "auxpass" for c in children(verb))


def _purpose(clause: Token) -> bool:
    """"a service to sync photos", "an app to track runs": an infinitive on a product noun says
    what the product is for; not when it says what will become of it ("a jet to be built in
    Toulouse", "a phone to go on sale in May")."""
    return (clause.dep_ in {"acl", "relcl"} and clause.pos_ == "VERB" and clause.i > clause.head.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(clause))
            and not any(c.dep_ in {"auxpass", "nsubj", "nsubjpass"} for c in children(clause))
            and lemma(clause).lower() not in MARKET_VERBS
            # ("the first program to use ...", "the next big application to drive ..." rank it)
            and not any(c.lower_ in RANKING_WORDS or c.tag_ == "JJS" for c in children(clause.head)))


def _more_it_does(verb: Token) -> list[Token]:
    """The verbs joined to a capability's verb that say more it does, sharing its subject and its
    "can" or "lets": "can track sleep and measure heart rate", "lets people share photos and send
    messages" (a verb with no object of its own is one phrase with the next: _capability_phrase)."""
    if not any(c.dep_ in {"dobj", "prep", "ccomp", "xcomp", "prt"} for c in children(verb)):
        return []
    return [other for other in verb.conjuncts
            if other.i > verb.i and other.pos_ == "VERB" and other.head.i == verb.i
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(other))]


def _verb_capabilities(ctx: Context, verb: Token) -> Iterator[tuple[str, Token, str, float]]:
    found = list(_stated_capabilities(ctx, verb))
    yield from found
    if not found and _what_it_does(verb):  # "a service which sells music", "software that watches ..."
        yield _capability_phrase(verb), verb, "capability-does", 0.5


def _what_it_does(verb: Token) -> bool:
    """A relative or "-ing" clause on a product in the present says what it does ("a bracelet
    which stores ...", "a phone running ..."); the past says what it did, the passive what was done
    with it, and verbs of the market what becomes of it."""
    if verb.dep_ not in {"relcl", "acl"} or any(c.dep_ in {"auxpass", "neg"} for c in children(verb)):
        return False
    word = lemma(verb).lower()
    if word in MARKET_VERBS | HAVING_VERBS | FEATURE_VERBS | CAPACITY_VERBS | ENABLING_VERBS:
        return False
    modal = any(c.dep_ == "aux" and c.lower_ in {"can", "will", "would", "could"} for c in children(verb))
    # Only on a noun that says what the product is ("the Zephyr, a console that also plays films")
    # or on its feature or design ("a Zephyr feature that mirrors ..."): on the name itself, the
    # clause says as much of what the model took for a product and was a company or a film ("S&P,
    # which rates borrowers"), and the noun after a name may be another thing ("a Zephyr virus that
    # deletes files").
    holder = verb.head
    noun = lemma(holder).lower()
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in children(holder))
    if not (noun in INCLUDING_NOUNS | ASPECT_NOUNS if named else noun in PRODUCT_NOUNS and holder.pos_ == "NOUN"):
        return False
    return verb.tag_ in {"VBZ", "VBP"} or (modal and verb.tag_ == "VB") or (verb.tag_ == "VBG" and verb.dep_ == "acl")


def _stated_capabilities(ctx: Context, verb: Token) -> Iterator[tuple[str, Token, str, float]]:
    word = lemma(verb).lower()
    if _purpose(verb):
        yield _capability_phrase(verb), verb, "capability-purpose", 0.6
        return
    # "can", not "could": in news "could" guesses ("the Zephyr could win over schools"); both
    # facts of "could" read outside NewsGold were guesses, all four of "can" were capabilities
    modal = any(c.dep_ == "aux" and c.lower_ == "can" for c in children(verb))
    if modal and word not in {"have", "be"}:  # "Sora can create videos", "it can run older games"
        yield _capability_phrase(verb), verb, "capability-can", 0.6
        # (what "can" governs: the verbs in the base form, not "and goes on sale", "and has no ...")
        yield from ((_capability_phrase(other), other, "capability-can", 0.6) for other in _more_it_does(verb)
                    if other.tag_ == "VB" and lemma(other).lower() not in MARKET_VERBS
                    and not any(c.dep_ == "neg" for c in children(other)))
    acomps = [c for c in children(verb) if c.dep_ == "acomp"] if word == "be" else []
    for acomp in acomps:
        # "is lighter than its predecessor", "twice as fast as" (not what it was, nor what it is not)
        if verb.tag_ != "VBD" and _compared(acomp) and not any(c.dep_ == "neg" for c in children(verb)):
            end = max(w.right_edge.i for w in (acomp, *acomp.conjuncts)) + 1
            yield " ".join(acomp.doc[acomp.left_edge.i:end].text.split()), acomp, "capability-comparative", 0.6
        yield from _able(acomp)  # "is able to record from any source"
    # (what it let or helped someone do is what happened: "it helped define laptops", "had allowed us to cut fares")
    # (what it lets things do is how it works: "lets copper lines carry high speeds")
    if word in ENABLING_VERBS and not _past(verb) and not _things_enabled(verb):  # "lets users edit"
        for comp in children(verb):
            # (not a passive one: "lets customers order SIMs, which will be rented from ...")
            if comp.dep_ in {"ccomp", "xcomp"} and comp.pos_ == "VERB" \
                    and not any(c.dep_ in {"auxpass", "nsubjpass"} for c in children(comp)):
                yield _capability_phrase(comp), comp, "capability-enables", 0.7
                # "lets people share photos and send messages": two things it lets them do
                for other in _more_it_does(comp):
                    yield _capability_phrase(other), other, "capability-enables", 0.7
    if word in CAPACITY_VERBS and _with_figures(verb):  # "seats 180 people", "can hold up to 40GB"
        # (what it did is no capacity: "carried 2m passengers last year")
        if not (verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in children(verb))):
            yield _capability_phrase(verb), verb, "capability-capacity", 0.6
    elif word in FEATURE_VERBS or word in HAVING_VERBS and not modal:  # "the phone features a 12MP camera", "has two screens"
        rule = "capability-features" if word in FEATURE_VERBS else "capability-has"
        if any(c.dep_ == "neg" for c in children(verb)):
            return  # "it does not have a hope"
        if verb.tag_ == "VBD" or verb.tag_ == "VBN" and not any(c.dep_ == "auxpass" for c in children(verb)):
            return  # what it had or has had ("used actors", "has had a big audience") is its past
        for obj in children(verb):
            if obj.dep_ == "dobj" and obj.pos_ in {"NOUN", "PROPN"} and not any(
                    c.dep_ == "det" and c.lower_ == "no" for c in children(obj)):  # "has no slots"
                for had in _what_is_had(obj):
                    if not ctx.entity(had) and not _a_count_or_price(had) and not _credited(had) \
                            and not _served(had):
                        label = _had_phrase(verb, had)
                        if not _bare(had, label):
                            yield label, had, rule, 0.6


def _able(adjective: Token) -> Iterator[tuple[str, Token, str, float]]:
    """What "able" or "capable" says it can do: "able to record from any source", "capable of
    flying 9,000 miles" (what it can do is "flying 9,000 miles")."""
    if adjective.lower_ not in {"able", "capable"}:
        return
    for comp in children(adjective):
        if comp.dep_ in {"xcomp", "prep"} and (comp.pos_ == "VERB" or comp.lower_ == "of"):
            label = _capability_phrase(comp)
            if comp.lower_ == "of":
                label = label.removeprefix(comp.text).lstrip()
            yield label, comp, "capability-able", 0.6


def _compared(adjective: Token) -> bool:
    """An adjective that compares the product on what it is like ("smaller and lighter", "20% more
    fuel efficient", "twice as fast"), not on its price, its standing or an opinion of it ("cheaper",
    "more popular", "better")."""
    words = [adjective, *adjective.conjuncts]
    if any(lemma(w).lower() in EVALUATIVE | NOT_COMPARED or w.pos_ != "ADJ" for w in words):
        return False
    before = [t for t in adjective.subtree if t.i < adjective.i]
    if any(t.lower_ in {"no", "not", "never"} for t in before):  # "no bigger than a card" says how small
        return False
    return (adjective.tag_ == "JJR" or any(t.lower_ in {"more", "less"} for t in before)
            or any(t.lower_ == "as" for t in before) and any(t.lower_ in {"twice", "times", "half"} for t in before))


def _things_enabled(verb: Token) -> bool:
    """Whether a verb of enabling lets things, not people, do what follows: "lets phone lines
    support ..." (the people: "lets users ...", "allows you to ...", "lets Ann Ruiz ...")."""
    enabled = [c for c in children(verb) if c.dep_ == "dobj"] + [
        s for comp in children(verb) if comp.dep_ in {"ccomp", "xcomp"} for s in children(comp) if s.dep_ == "nsubj"]
    return any(e.pos_ == "NOUN" and not _people(e) for e in enabled)


def _past(verb: Token) -> bool:
    """"helped", "had cut fares and allowed us to ...": a verb in the past or the perfect (not "let",
    which the tagger reads as past as often as it is present)."""
    return verb.tag_ in {"VBD", "VBN"} and verb.lower_ != "let" and not any(c.dep_ == "auxpass" for c in children(verb))


def _had_phrase(verb: Token, had: Token) -> str:
    """What is had, with what the parser hung elsewhere that still says what it is like: the
    figures on the verb ("has a range from 500 to 900 miles" is a range "from 500 to 900 miles",
    "provides access at twice the speed" access "at twice the speed"), an adjective set after it
    ("graphics indistinguishable from film", read as a second object) and a participle on it ("a
    service giving the times of trains")."""
    label = phrase(had, keep_preps=True)
    doc, after = had.doc, had.right_edge.i + 1
    told = [c for c in children(had) if c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"} and c.i > had.i]
    told += [c for c in children(verb) if c.i == after and (
        c.dep_ == "prep" and any(t.like_num or t.lower_ in COMPARING_FIGURES for t in c.subtree)
        or c.dep_ in {"dobj", "oprd", "amod"} and c.pos_ == "ADJ")]
    return " ".join([label, *(" ".join(doc[c.left_edge.i:c.right_edge.i + 1].text.split()) for c in told)])


def _what_is_had(obj: Token) -> list[Token]:
    """The object and the nouns listed with it ("adds a mail app, a reader and tabs"); for "200 new
    features, including a mail app", what they include."""
    # (not what it has instead: "flash memory rather than hard drives")
    listed = [obj, *(c for c in obj.conjuncts if not _instead(c))]
    if lemma(obj).lower() in INCLUDING_NOUNS:
        included = [pobj for prep in children(obj) if prep.dep_ == "prep" and prep.lower_ in {"including", "like"}
                    for pobj in children(prep) if pobj.dep_ == "pobj"]
        if included:
            listed = [n for first in included for n in (first, *first.conjuncts)]
    # ("over 200 new features" counts them and says none)
    return [n for n in listed if n.pos_ in {"NOUN", "PROPN"} and not _counted_features(n)]


def _counted_features(noun: Token) -> bool:
    """"includes over 200 new features", "adds 50 improvements": how many, with nothing said of them."""
    return lemma(noun).lower() in INCLUDING_NOUNS and any(c.dep_ == "nummod" for c in children(noun)) \
        and all(c.dep_ in {"nummod", "amod", "det", "cc", "conj", "punct"} for c in children(noun))


def _bare(noun: Token, label: str) -> bool:
    """An abstract noun with nothing said of it ("offers the capacity, performance and ...", "has
    some innovations") names a quality every product has some of; how much is unsaid. A thing
    ("has a camera", "a torch"), a name ("supports Bluetooth"), a written compound ("wi-fi") or
    the figures after it ("a range from 500 to 900 miles", hung on the verb) say enough."""
    return (noun.pos_ == "NOUN" and noun.is_alpha and len(label.split()) == 1
            and lemma(noun).lower().endswith(ABSTRACT_ENDINGS)
            and not any(c.dep_ not in {"det", "punct", "cc", "conj", "predet"} for c in children(noun)))


def _served(noun: Token) -> bool:
    """Whom a product serves: "supports students", "provides teachers with ..." (a "player" it has
    is a device; nor is every noun shaped like a person's: "trackers", "a number of ...")."""
    return _people(noun) and lemma(noun).lower() not in PRODUCT_NOUNS | PRODUCT_NAME_HEADS


def _people(noun: Token) -> bool:
    word = lemma(noun).lower()
    return word in PRODUCT_USERS or word in SERVED_PEOPLE or word in ROLE_NOUNS


def _credited(noun: Token) -> bool:
    """"includes text by Ann Ruiz", "features songs by Tom Hale": who made a work's parts, named, is
    a credit, not something a product can do or has."""
    return any(prep.dep_ == "prep" and prep.lower_ == "by" and any(
        pobj.dep_ == "pobj" and pobj.pos_ == "PROPN" for pobj in children(prep)) for prep in children(noun))


def _instead(noun: Token) -> bool:
    """A noun listed after "rather than" or "instead of": what the product does without."""
    doc, start = noun.doc, noun.left_edge.i
    return start >= 2 and (doc[start - 2].lower_, doc[start - 1].lower_) in {("rather", "than"), ("instead", "of")}


def _with_figures(verb: Token) -> bool:
    """A number in what the verb takes, not money or a date: "carries 300 passengers"."""
    taken = [t for c in children(verb) if c.dep_ in {"dobj", "prep", "prt", "npadvmod"} for t in c.subtree]
    return any(t.like_num or t.ent_type_ in {"CARDINAL", "QUANTITY"} for t in taken) \
        and not any(t.ent_type_ in {"MONEY", "DATE", "PERCENT"} for t in taken)


def _a_count_or_price(noun: Token) -> bool:
    """"has 28 million users", "has sold 2m units", "has a price of $500": figures, not abilities;
    nor "has the best reliability", a ranking (an opinion, as often as not)."""
    return noun.like_num or noun.ent_type_ in {"MONEY", "CARDINAL", "PERCENT", "QUANTITY", "DATE", "TIME"} \
        or lemma(noun).lower() in NOT_CAPABILITIES \
        or lemma(noun).lower() in QUANTITY_NOUNS and any(  # "a growing number of fans"
            lemma(o).lower() in NOT_CAPABILITIES for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of"
            for o in children(p) if o.dep_ == "pobj") \
        or any(c.tag_ in {"JJS", "RBS"} for c in children(noun) if c.dep_ in {"amod", "advmod", "compound"})


def _ability_facts(ctx: Context) -> Iterator[Fact]:
    """"its ability to craft videos", "Sora has the capacity to ..."."""
    if not ctx.mentions_of(PRODUCT):
        return  # an ability needs a product to own it
    for noun in common_nouns(ctx.doc):
        if lemma(noun).lower() not in ABILITY_NOUNS:
            continue
        # (an infinitive: "its ability to craft videos", not "wi-fi capability built in")
        verbs = [c for c in children(noun) if c.dep_ == "acl" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))]
        if not verbs:
            continue
        owner = next((_product_at(ctx, c) for c in children(noun) if c.dep_ == "poss"), None)
        if owner is None and noun.dep_ == "dobj" and lemma(noun.head) == "have":
            owner = next((_product_at(ctx, c) for c in children(noun.head) if c.dep_ == "nsubj"), None)
        if owner is None:
            continue
        label = _closed(_capability_phrase(verbs[0]))
        if label:  # (never seen on NewsGold or read outside it: its prior keeps it under the default)
            yield Fact(CAPABILITY_OF, owner, EntityRef(CAPABILITY, label), None,
                       ctx.evidence(noun, "capability-ability", 0.7))


def _referred_capabilities(ctx: Context) -> Iterator[tuple[EntityRef, str, Token, str, float]]:
    """"It can play music", "the console lets players ...": a capability said of "it" or of "the"
    and a product noun, about the product named last (in this sentence or the one before)."""
    if not ctx.mentions_of(PRODUCT):
        return
    for token in tokens(ctx.doc):
        if token.dep_ != "nsubj" or ctx.entity(token) is not None:
            continue
        referring = token.lower_ == "it" or (  # ("the 15 games" are many, not the product named last)
            lemma(token).lower() in PRODUCT_NOUNS and token.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)))
        if not referring:
            continue
        # "The fifth version (Zephyr 5) adds ...": the product named beside the noun, not the last one before
        named = next((r for a in children(token) if a.dep_ == "appos" and (r := ctx.entity(a)) and r.cls == PRODUCT), None)
        ref = named or (_product_at(ctx, token) if token.lower_ == "it" else _latest_product(ctx, token))
        if ref is None:
            continue
        for verb in _verbs_of_product(token.doc[token.i:token.i + 1]):
            for label, cue, rule, conf in _verb_capabilities(ctx, verb):
                yield (ref, label, cue, rule, conf) if named else (ref, label, cue, f"{rule}-anaphora", conf - 0.1)


def _latest_product(ctx: Context, token: Token) -> EntityRef | None:
    """The product named last before ``token`` ("the handset"), in its sentence or the two before,
    that can be what the noun calls it: "the handset" is no technology ("compatible with Vantor's
    new Zephyr technology. The handset can ..." is about the phone named before)."""
    start = ctx.start_back(token.i, 2)
    device = lemma(token).lower() in DEVICE_NOUNS
    earlier = [r for m, r in ctx.resolution.mentions if r.cls == PRODUCT and start <= m.start < token.i]
    kinds = _kinds(ctx, set(earlier))
    fitting = [r for r in earlier if not kinds.get(r) or device in kinds[r]]
    return fitting[-1] if fitting else None


def _kinds(ctx: Context, refs: set[EntityRef]) -> dict[EntityRef, set[bool]]:
    """For each product, whether the nouns the article writes its name before are devices' ("the
    Zephyr handset": True) or other products' ("the Zephyr technology": False)."""
    kinds: dict[EntityRef, set[bool]] = {}
    for m, ref in ctx.resolution.mentions:
        if ref in refs:
            noun = compound_head(ctx.doc[m.end - 1])
            if noun.i >= m.end and lemma(noun).lower() in PRODUCT_NAME_HEADS:
                kinds.setdefault(ref, set()).add(lemma(noun).lower() in DEVICE_NOUNS)
    return kinds


def _closed(label: str) -> str:
    """A label the sentence's end of phrase cut inside a bracket ends before it: "carry 500 people
    (400 in two classes" says "carry 500 people" ("fly far (9,000 miles)" stays whole)."""
    cut = label.rfind("(")
    return label[:cut].rstrip(" ,;-") if cut >= 0 and ")" not in label[cut:] else label


def _capability_fact(ctx: Context, ref: EntityRef, label: str, cue: Token, rule: str, conf: float) -> Fact | None:
    label = _closed(label)
    if not label or not any(ch.isalpha() for ch in label):
        return None
    if markets.index_name(ref.name):
        return None  # a market index does nothing: "the technology-dominated Nasdaq" describes it
    if ctx.sentence(cue.i).text.rstrip(" \"'”’").endswith("?"):
        return None  # "How can it fail?" asks, and says nothing the product can do
    if _denied_or_asked(cue):
        return None
    return Fact(CAPABILITY_OF, ref, EntityRef(CAPABILITY, label), None, ctx.evidence(cue, rule, conf))


def _denied_or_asked(verb: Token) -> bool:
    """"it cannot handle 3D graphics" denies a capability; "how much it can do" and "what the robot
    can do" only point at one."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "neg" for c in children(verb)) or any(
        t.tag_ in {"WP", "WRB", "WDT"} and t.lower_ not in {"which", "that"} for t in verb.subtree if t.i < verb.i)


def extract(ctx: Context) -> Iterator[Fact]:
    # A film, a record or a show ("the comedy Zephyr Days") is a product with no capabilities:
    # "it would reach an audience" is a hope, "the sci-fi thriller" a genre.
    works = {ref for span, ref in ctx.mentions_of(PRODUCT) if a_work(span, None)}
    for fact in _facts(ctx):
        if fact.subject not in works:
            yield fact


def _facts(ctx: Context) -> Iterator[Fact]:
    for span, ref in ctx.mentions_of(PRODUCT):
        for label, cue, rule, conf in _capabilities(ctx, span, ref):
            if (fact := _capability_fact(ctx, ref, label, cue, rule, conf)) is not None:
                yield fact
    for ref, label, cue, rule, conf in _referred_capabilities(ctx):
        if (fact := _capability_fact(ctx, ref, label, cue, rule, conf)) is not None:
            yield fact
    yield from _ability_facts(ctx)
