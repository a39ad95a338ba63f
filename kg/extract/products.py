"""Product - maker - organization: who makes a product, from its name, "X's", "made by" and "X unveiled"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..lang.en.given_names import given_name
from ..lang.en.lexicon import (
    MADE_THROUGH_NOUNS,
    MAKER_VERBS,
    ORG_SUFFIXES,
    OWN_MAKING_VERBS,
    OWNED_PRODUCT_HEADS,
    PRODUCT_NAME_HEADS,
    ROLE_NOUNS,
    SPEAKING_VERBS,
    TITLE_PREPOSITIONS,
    UNMADE_HEADS,
)
from ..lang.en.orgkinds import organization_kind
from ..mentions.corpus import one_firm
from ..mentions.products import (
    a_version_or_edition,
    an_airline,
    camel_shaped,
    maker_names,
    maker_prefix,
    numbered_or_camel,
    product_noun_named,
)
from ..model import COUNTRY, MAKER, MAKER_NAMED_ELSEWHERE, NAMED_WITH_MAKER, ORGANIZATION, PERSON, PLACE, PRODUCT, EntityRef, Fact
from ..nlp import children, lemma
from ..nlp.syntax import (
    antecedent,
    appositives,
    compound_head,
    described_by,
    first_conjunct,
    maker_said_of,
    makers_named,
    subjects_before,
)
from .base import Context, organization_referred


def _org(ctx: Context, token: Token) -> EntityRef | None:
    ref = ctx.entity(token)
    return ref if ref and ref.cls == ORGANIZATION else None


def _agent_org(ctx: Context, pobj: Token) -> EntityRef | None:
    """The organisation that made a thing "by" ``pobj``: the organisation itself, or the one whose
    officer it is ("introduced by Vantor chief executive Ann Ruiz")."""
    if (org := _org(ctx, pobj)) is not None:
        return org
    ref = ctx.entity(pobj)
    if ref is None or ref.cls != PERSON:
        return None
    before = [t for t in pobj.subtree if t.i < pobj.i]
    org = next((t for t in before if _org(ctx, t)), None)
    if org is None or not any(lemma(t).lower() in ROLE_NOUNS for t in before if t.i > org.i):
        return None
    return _org(ctx, org)


def _maker_in_name(ctx: Context, span: Span) -> EntityRef | None:
    """"Boeing 747", "Airbus A380": the organisation whose name the product's name starts with;
    "Porsche's 911": the maker the name was given (kg.mentions.products.models_after_a_possessive)."""
    doc = ctx.doc
    cut = maker_prefix(doc, span.start, span.end, maker_names(doc))
    rest = doc[cut:span.end].text if cut is not None else None
    if rest is not None and a_version_or_edition(rest) or _an_index(span):
        return None
    if cut is not None:
        name = ctx.doc[span.start:cut].text
    else:
        named = next((m.text for m, _ in ctx.resolution.mentions if m.start == span.start and m.end == span.end),
                     span.text)
        if named == span.text or not named.endswith(" " + span.text):
            return None
        name = named[:-len(span.text) - 1]
    maker = next((ref for ref, surfaces in ctx.resolution.entities.items()
                  if ref.cls == ORGANIZATION and name in surfaces), None)
    if maker is not None and cut is not None and not _named_apart(ctx, maker, ctx.doc[cut:span.end].text):
        return None
    return maker


def _named_apart(ctx: Context, maker: EntityRef, rest: str) -> bool:
    """Whether the article names the maker on its own somewhere, not only as the first words of
    the product's name: in "the new MacBook Pro" or "Ann Ruiz" the model read "MacBook" and "Ann"
    as firms, each time with the rest of the name after it."""
    doc = ctx.doc
    words = rest.split()
    return any(doc[m.end:m.end + len(words)].text != rest for m, ref in ctx.resolution.mentions if ref == maker)


def _maker_before_name(ctx: Context, span: Span) -> EntityRef | None:
    """"the Nintendo DS console", "the Apple Mac mini": an organisation written as the first words of
    the product's noun phrase, which the model read apart from the product's name. (An airline may
    stand there too, "a Qantas 747": the rule's precision is measured on its own.)"""
    doc = ctx.doc
    if span.start == 0 or not _model_shaped(span):
        return None
    if span.end < len(doc) and doc[span.end].pos_ == "PROPN":
        return None  # the name goes on, and names something else: "the Vantor Leeds Road Race"
    word = doc[span.start - 1]
    ref = ctx.entity(word)
    if ref is None or ref.cls != ORGANIZATION or word.dep_ != "compound" \
            or any(c.dep_ == "poss" for c in children(word)) \
            or span.start > 1 and doc[span.start - 2].tag_ == "POS":  # ("Vantor's Zephyr K2": Zephyr is no maker)
        return None
    if an_airline(ref.name):
        return None  # "another Air Zephyr A330": the airline flies it
    # the two together name a company or a person the model read whole elsewhere ("Lockheed Martin")
    # (or the word is the first of the product's own name, as the article writes it in full)
    whole = doc[span.start - 1:span.end].text
    product = ctx.entity(span.root)
    if any(ent.text == whole and ent.label_ in {"ORG", "PERSON"} for ent in doc.ents) \
            or product is not None and product.name.startswith(word.text + " "):
        return None
    named = compound_head(span.root)
    return ref if span.start <= word.head.i < span.end or word.head.i == named.i else None


def _model_shaped(span: Span) -> bool:
    """A name shaped like a model's ("PSP", "PlayStation 2", "iPod") or written before the device it
    names ("the Kodak Brownie camera"): after a company's name, a plain word is as often the rest
    of the company's name the model cut off ("Lockheed Martin") or a station ("BBC Radio Five Live")."""
    named = compound_head(span.root)
    if span[-1].lower_ in ORG_SUFFIXES:  # ("Vantor Verkehrsgesellschaft mbH" is one company)
        return False
    return (numbered_or_camel(span) or any(t.is_upper and len(t) > 1 for t in span)
            or named.i != span.root.i and named.tag_ == "NN" and lemma(named).lower() in OWNED_PRODUCT_HEADS)


def _possessive_rule(ctx: Context, span: Span, owner: EntityRef | None) -> tuple[str, float] | None:
    """The rule and prior of "X's NAME", or None where X's NAME is no product of X: a name shaped
    like a model's (a number in it, or a lower-case letter before a capital: "Vantor's Zephyr 3",
    "Vantor's iDrive") is what an organisation makes; "Vantor's Mobility Command" or "the BBC's
    World Report" may as well be a unit or a programme, so a plain name is measured apart (and the
    ones that read as no product are left out: _owned_like_a_product)."""
    if numbered_or_camel(span):
        return "maker-possessive-model", 0.8
    return ("maker-possessive", 0.5) if _owned_like_a_product(ctx, span, owner) else None


# Words that end the name of a body or a unit, not a product's: "Vantor's Research Centre".
BODY_NAME_ENDINGS = frozenset({
    "office", "centre", "center", "society", "organisation", "organization", "committee", "council",
    "commission", "department", "ministry", "institute", "foundation", "group", "unit", "division",
    "agency", "association", "fund", "labs", "laboratory", "laboratories", "college", "school",
    "university", "union", "review", "policy", "campaign", "initiative", "award", "day",
})


def _owned_like_a_product(ctx: Context, span: Span, owner: EntityRef | None) -> bool:
    """Whether "X's NAME" (a plain name, not a model's) reads as X's product, not as X's unit,
    programme or person: not a name with a body's ending ("Vantor's Research Centre") or a
    person's given name first ("Vantor's Ann Ruiz"), nor a title cut before its preposition
    ("Kestrel's Lunch with Vane", "Kestrel's Thought for the Day"; not "Vantor's Zephyr in
    Leeds"), nor what one tells ("told Kestrel One's Evening Report"), nor what a government body
    or a party owns (a review, a policy, a committee)."""
    doc = ctx.doc
    words = span.text.split()
    if words[-1].lower() in BODY_NAME_ENDINGS or words[0].lower() in BODY_NAME_ENDINGS \
            or len(words) > 1 and given_name(words[0]):
        return False
    if span.end + 1 < len(doc) and doc[span.end].lower_ in TITLE_PREPOSITIONS:
        after = doc[span.end + 1]
        if after.lower_ == "the" and span.end + 2 < len(doc):
            after = doc[span.end + 2]  # "Thought for the Day"
        place = ctx.entity(after)
        if after.is_title and (place is None or place.cls not in {COUNTRY, PLACE}):  # (not "Vantor's Zephyr in Leeds")
            return False
    if _told(span):
        return False
    return owner is None or organization_kind(owner.name) is None


def _an_index(span: Span) -> bool:
    """"the Kestrel 25 index": a market's index, which no one makes."""
    return span.end < len(span.doc) and span.doc[span.end].lower_ == "index"


def _told(span: Span) -> bool:
    """"told Kestrel News 24": what one tells is a channel or a paper, no product."""
    return span.root.dep_ in {"dobj", "dative"} and lemma(span.root.head).lower() == "tell"


def _makers(ctx: Context, span: Span) -> Iterator[tuple[EntityRef, Token, str, float]]:
    root = span.root
    named_maker = _maker_in_name(ctx, span)
    if named_maker is not None:
        yield named_maker, root, "maker-name", 0.9
    elif (maker := _maker_before_name(ctx, span)) is not None:
        yield maker, root, "maker-before-name", 0.6
    heads = [root, *appositives(span)]
    named = compound_head(root)  # "the Zephyr music player"
    # "Vantor's music service called Zephyr": the service is the Zephyr
    called = product_noun_named(ctx.doc, span.start) if named.i == root.i else None
    named = called if called is not None else named
    # (not "the BBC's Evening Hour programme"; but "Vantor's iZephyr Music Store" and "Vantor's
    # iZephyr music store" are products by the shape of their names)
    unmade = lemma(named).lower() in UNMADE_HEADS
    owner_makes = not unmade or camel_shaped(span)
    if named.i != root.i and owner_makes and lemma(named).lower() in PRODUCT_NAME_HEADS:
        heads.append(named)
    its_maker = _maker_of_its(ctx, span)
    for head in heads:
        for child in children(head):
            # "Sony's PSP", "OpenAI's latest innovation, Sora", "Sony's PSP handheld console"
            if owner_makes and child.dep_ == "poss" and _org(ctx, child):
                if head.i == root.i:
                    if (rule := _possessive_rule(ctx, span, _org(ctx, child))) is not None:
                        yield _org(ctx, child), head, *rule
                elif head.i == named.i:
                    yield _org(ctx, child), head, "maker-possessive-noun", 0.8
                # (not when the name has its owner of its own: "Vantor's Zephyr, Kestrel's Orbit
                # messenger and ..." lists the next one; nor a broadcast set beside it: "the
                # BBC's flagship programme Evening Hour")
                elif not any(c.dep_ == "poss" for c in children(root)) and lemma(head).lower() not in UNMADE_HEADS:
                    yield _org(ctx, child), head, "maker-apposition", 0.8
            # "Sony said its Betamax video recorder ...": "its" is the company the clause is about
            # (unless a maker verb or a speaking verb reads it: maker-its)
            elif not unmade and head.i == named.i and head.i != root.i and head.tag_ == "NN" and child.dep_ == "poss" \
                    and child.lower_ == "its" and its_maker is None \
                    and (maker := _subject_org_before(ctx, child)) is not None:
                yield maker, head, "maker-its-noun", 0.6
        # "the PSP, made by Sony", "a player which is made by Sony", "a jet under development by Vantor"
        for cue, pobj in makers_named(head):
            if (maker := _agent_org(ctx, pobj)) is not None:
                yield maker, cue, "maker-passive", 0.85
        # "Kestrel Labs, makers of the Zephyr software", "the company behind the Zephyr player"
        if (firm := maker_said_of(head)) is not None and (maker := _org(ctx, firm)) is not None:
            yield maker, head.head.head, "maker-of", 0.8
    # "with Vantor's Zephyr topping wish lists": the parser hangs the owner written right before the
    # name on the noun the name modifies, which no product names; written so, the owner is the name's
    doc = ctx.doc
    if named.i != root.i and named not in heads and owner_makes and span.start > 1 and doc[span.start - 1].tag_ == "POS":
        owner = doc[span.start - 2]
        if owner.dep_ == "poss" and owner.head.i == named.i and (maker := _org(ctx, owner)) is not None \
                and (rule := _possessive_rule(ctx, span, maker)) is not None:
            yield maker, named, *rule
    # "The Vexa is a compact car produced by Toyota", "... a family of airliners built by Vantor"
    for noun in described_by(span):
        if noun in heads:
            continue
        for cue, pobj in makers_named(noun):
            if (maker := _agent_org(ctx, pobj)) is not None:
                yield maker, cue, "maker-copula", 0.8
    if its_maker is not None:
        yield its_maker
    # "Apple unveiled the iPod", "the iPod was developed by Apple", "unveiled the iPhone and iOS"
    # (the name may stand before its noun, which the verb takes: "Vantor launched the Zephyr console")
    listed = _made_thing(first_conjunct(called if called is not None else named if named in heads else root))
    if listed.dep_ in {"dobj", "nsubjpass"} and lemma(listed.head) in MAKER_VERBS:
        verb = listed.head
        for subject in _subjects(verb):
            # (not "Vantor announced a phone, the Kestrel K1": a name that carries its maker says who made it)
            if (maker := _org(ctx, subject)) and named_maker in {None, maker}:
                yield maker, verb, "maker-verb", 0.75
            elif (maker := organization_referred(ctx, subject)) is not None and named_maker in {None, maker}:
                yield maker, verb, "maker-verb-anaphora", 0.6  # "The company unveiled the Zephyr"
        for child in children(verb):
            if child.dep_ == "agent":
                for pobj in children(child):
                    if (maker := _agent_org(ctx, pobj)) is not None:
                        yield maker, verb, "maker-passive", 0.85


def _subjects(verb: Token) -> list[Token]:
    """The verb's subject, or the subject of the verb it completes when it has none of its own:
    "Vantor plans to launch the Zephyr", "Vantor will continue building it", "Vantor is expected to
    unveil it"; of a relative clause, the noun it is on. Not through a verb with an object, whose
    object does it: "Vantor asked Kestrel to build it"."""
    head = verb
    while not any(c.dep_ in {"nsubj", "nsubjpass"} for c in children(head)) and head.dep_ == "xcomp" \
            and not any(c.dep_ in {"dobj", "iobj"} for c in children(head.head)):
        head = head.head
    wanted = {"nsubj"} if head is verb else {"nsubj", "nsubjpass"}
    # ("Kestrel Studios, which in 1999 produced Zephyr": the "which" is the noun the clause is on)
    return [antecedent(c) for c in children(head) if c.dep_ in wanted]


def _subject_org_before(ctx: Context, token: Token) -> EntityRef | None:
    """The organisation an "its" points back at: the last subject before it in its sentence, when
    that is an organisation (people and other things are not)."""
    subject = next(subjects_before(token, ctx.sentence(token.i).start), None)
    return _org(ctx, subject) if subject is not None else None


def _made_thing(token: Token) -> Token:
    """What a maker verb takes when it reaches the product through a noun: "unveiled plans for the
    Zephyr", "launched a new version of the Zephyr" (the plans, the version), "unveiled its latest
    addition to the range, the Zephyr" (the addition the name is set beside)."""
    if token.dep_ == "pobj" and token.head.lower_ in {"for", "of"} \
            and lemma(token.head.head).lower() in MADE_THROUGH_NOUNS:
        return token.head.head
    if token.dep_ == "appos" and token.head.pos_ == "NOUN":
        noun = token.head
        # (the parser may hang the name on the last noun before it: "its addition to the range, the Zephyr")
        if noun.dep_ == "pobj" and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
        if noun.dep_ in {"dobj", "nsubjpass"}:
            return noun
    return token


def _maker_of_its(ctx: Context, span: Span) -> tuple[EntityRef, Token, str, float] | None:
    """"Vantor unveiled a new version of its Zephyr": "its" is the subject's, and what a company
    unveils, launches or develops of its own it makes. Not "sold" or "flies its Zephyrs": an airline
    or a shop owns what others make; nor a name that carries its maker ("Vantor V100")."""
    root = span.root
    holder = root.head if root.dep_ == "compound" else root  # "its Zephyr phone"
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in children(holder)) \
            or _maker_in_name(ctx, span) is not None:
        return None
    verb = next((t for t in holder.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is not None and lemma(verb) in OWN_MAKING_VERBS:
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        maker = _org(ctx, subject)
        return (maker, verb, "maker-its", 0.6) if maker is not None else None
    # "Vantor says its new Zephyr phone will ...": a company speaking of its own product (not where
    # a nearer clause has a subject of its own, whose "its" or "their" it is: "Vantor says ..., while
    # Kestrel Air has saved fuel over their Zephyrs")
    speaker = next((t for t in holder.ancestors if lemma(t).lower() in SPEAKING_VERBS), None)
    subject = next((c for c in children(speaker) if c.dep_ == "nsubj"), None) if speaker is not None else None
    if subject is None or holder.i < speaker.i:
        return None
    between = list(holder.ancestors)
    between = between[:between.index(speaker)]
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.pos_ != "PRON"  # ("Vantor said it expected its ...")
           and holder not in c.subtree  # ("Vantor says its Zephyr technology will ...": the thing itself)
           for t in between if t.pos_ in {"VERB", "AUX"} for c in children(t)):
        return None
    maker = _org(ctx, subject)
    # ("Air Zephyr says its new Vantor V9s will ...": an airline speaks of the planes it flies)
    return (maker, speaker, "maker-its-said", 0.6) if maker is not None and not an_airline(maker.name) else None


def _lines(name: str, other: str) -> bool:
    """Whether one product's name is the other's with words added: "iPod" and "iPod Classic",
    "Zephyr" and "Zephyr 4"."""
    a, b = name.split(), other.split()
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return len(shorter) < len(longer) and longer[:len(shorter)] == shorter


def _makers_of_the_line(ctx: Context, made: dict[EntityRef, set[EntityRef]]) -> Iterator[Fact]:
    """"the iPod Classic" in an article that says who makes the iPod: a model of a line the
    article names, or the line of a model it names, has that one maker."""
    seen: set[EntityRef] = set()
    for span, ref in ctx.mentions_of(PRODUCT):
        if ref in made or ref in seen:
            continue
        seen.add(ref)
        makers = {org for other, orgs in made.items() if _lines(ref.name, other.name) for org in orgs}
        if len(makers) == 1:
            yield Fact(MAKER, ref, makers.pop(), None, ctx.evidence(span.root, "maker-product-line", 0.7))


def _named_together(ctx: Context, read: set[tuple[int, EntityRef, EntityRef]]) -> Iterator[Fact]:
    """Every product and organisation named in one sentence, as a sighting of the maker fact that
    holds only where another rule read it (kg.model.CONFIRMED_ONLY): news names a maker beside its
    product far more often than it says it makes it ("Vantor hopes sales of the Zephyr ..."), and
    an organisation named with a product it does not make (a buyer, a rival) is not its maker
    anywhere else. ``read``: (sentence start, product, maker) another rule read already."""
    orgs: dict[int, list[EntityRef]] = {}
    for span, ref in ctx.mentions_of(ORGANIZATION):
        orgs.setdefault(ctx.sentence(span.start).start, []).append(ref)
    said = set(read)
    for span, product in ctx.mentions_of(PRODUCT):
        sentence = ctx.sentence(span.start).start
        for org in orgs.get(sentence, ()):
            if (sentence, product, org) not in said:
                said.add((sentence, product, org))
                yield Fact(MAKER, product, org, None, ctx.evidence(span.root, NAMED_WITH_MAKER, 0.9))


def _contested_from_afar(ctx: Context, read: list[tuple[Fact, int]]) -> set[Fact]:
    """Makers read through an "it" that stands for a firm named in an earlier sentence, where the
    article gives the product another maker: "Sony is entering a market dominated by Nintendo. It
    launched its DS ..." is Nintendo's, not the last subject's. (A product has one maker, or one
    firm and its divisions named after it.) ``read``: each fact with the start of its sentence."""
    if not any(fact.evidence.rule == "maker-verb-anaphora" for fact, _ in read):
        return set()
    makers: dict[EntityRef, set[EntityRef]] = {}
    for fact, _ in read:
        makers.setdefault(fact.subject, set()).add(fact.obj)
    named_in: dict[int, set[EntityRef]] = {}
    for span, org in ctx.mentions_of(ORGANIZATION):
        named_in.setdefault(ctx.sentence(span.start).start, set()).add(org)
    return {fact for fact, sentence in read
            if fact.evidence.rule == "maker-verb-anaphora" and fact.obj not in named_in.get(sentence, ())
            and any(not one_firm((m.name, fact.obj.name)) for m in makers[fact.subject])}


def extract(ctx: Context) -> Iterator[Fact]:
    made: dict[EntityRef, set[EntityRef]] = {}
    read: set[tuple[int, EntityRef, EntityRef]] = set()
    found = [(Fact(MAKER, ref, org, None, ctx.evidence(cue, rule, conf)), ctx.sentence(cue.i).start)
             for span, ref in ctx.mentions_of(PRODUCT) for org, cue, rule, conf in _makers(ctx, span)]
    contested = _contested_from_afar(ctx, found)
    for fact, sentence in found:
        if fact not in contested:
            made.setdefault(fact.subject, set()).add(fact.obj)
            read.add((sentence, fact.subject, fact.obj))
            yield fact
    lines = list(_makers_of_the_line(ctx, made))
    yield from lines
    yield from _named_together(ctx, read)
    read_for = {fact.subject for fact, _ in found} | {fact.subject for fact in lines}
    yield from _makers_named_elsewhere(ctx, read_for)


# The prior of MAKER_NAMED_ELSEWHERE's reading, until it is measured.
NAMED_ELSEWHERE_PRIOR = 0.8


def _makers_named_elsewhere(ctx: Context, read_for: set[EntityRef]) -> Iterator[Fact]:
    """"the recently released Kestrel Zephyr" in an article that names no firm Kestrel: a product
    with no maker read for it here, whose name may open with its maker's, or with the name of a
    product line ("iZephyr Mini"). Which maker, if any, is the corpus's to say
    (kg.model.MAKER_NAMED_ELSEWHERE): the article names the maker only inside the product's name,
    where "Ann" of "Ann Ruiz" or "MacBook" of "MacBook Pro" is read as a firm as readily
    (kg.extract.products._named_apart). A name of one word too: "ten Z380s", where other articles
    write "Vantor Z380", is the Vantor Z380 once the corpus is known
    (kg.mentions.corpus.corpus_product_names)."""
    for span, ref in ctx.mentions_of(PRODUCT):
        if ref in read_for or _an_index(span) or _told(span):
            continue
        yield Fact(MAKER, ref, None, None, ctx.evidence(span.root, MAKER_NAMED_ELSEWHERE, NAMED_ELSEWHERE_PRIOR))
