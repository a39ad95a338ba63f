"""Product - maker - organization: who makes a product, from its name, "X's", "made by" and "X unveiled"."""
from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from ..lang.en.lexicon import MAKER_VERBS
from ..mentions.products import camel_shaped, maker_names, maker_prefix
from ..model import MAKER, ORGANIZATION, PRODUCT, EntityRef, Fact
from ..nlp import lemma
from ..nlp.syntax import appositives, copula_attrs, first_conjunct, made_by
from .base import Context


def _org(ctx: Context, token: Token) -> EntityRef | None:
    ref = ctx.entity(token)
    return ref if ref and ref.cls == ORGANIZATION else None


def _maker_in_name(ctx: Context, span: Span) -> EntityRef | None:
    """"Boeing 747", "Airbus A380": the organisation whose name the product's name starts with;
    "Porsche's 911": the maker the name was given (kg.mentions.products.models_after_a_possessive)."""
    cut = maker_prefix(ctx.doc, span.start, span.end, maker_names(ctx.doc))
    if cut is not None:
        name = ctx.doc[span.start:cut].text
    else:
        named = next((m.text for m, _ in ctx.resolution.mentions if m.start == span.start and m.end == span.end),
                     span.text)
        if named == span.text or not named.endswith(" " + span.text):
            return None
        name = named[:-len(span.text) - 1]
    return next((ref for ref, surfaces in ctx.resolution.entities.items()
                 if ref.cls == ORGANIZATION and name in surfaces), None)


def _possessive_rule(span: Span) -> tuple[str, float]:
    """The rule and prior of "X's NAME": a name shaped like a model's (a number in it, or a
    lower-case letter before a capital: "Vantor's Zephyr 3", "Vantor's iDrive") is what an
    organisation makes; "Vantor's Mobility Command" or "the BBC's World Report" may as well be a
    unit or a programme, so it is measured apart and, unmeasured, stays under the default."""
    if any(ch.isdigit() for ch in span.text) or camel_shaped(span):
        return "maker-possessive-model", 0.8
    return "maker-possessive", 0.5


def _makers(ctx: Context, span: Span) -> Iterator[tuple[EntityRef, Token, str, float]]:
    root = span.root
    if (maker := _maker_in_name(ctx, span)) is not None:
        yield maker, root, "maker-name", 0.9
    heads = [root, *appositives(span)]
    for head in heads:
        for child in head.children:
            # "Sony's PSP", "OpenAI's latest innovation, Sora"
            if child.dep_ == "poss" and _org(ctx, child):
                if head.i != root.i:
                    yield _org(ctx, child), head, "maker-apposition", 0.8
                else:
                    yield _org(ctx, child), head, *_possessive_rule(span)
            # "the PSP, made by Sony"
            for verb, pobj in made_by(child):
                if _org(ctx, pobj):
                    yield _org(ctx, pobj), verb, "maker-passive", 0.85
    # "The Vexa is a compact car produced by Toyota"
    for attr in copula_attrs(root):
        for child in attr.children:
            for verb, pobj in made_by(child):
                if _org(ctx, pobj):
                    yield _org(ctx, pobj), verb, "maker-copula", 0.8
    if (maker := _maker_of_its(ctx, span)) is not None:
        yield maker
    # "Apple unveiled the iPod", "the iPod was developed by Apple", "unveiled the iPhone and iOS"
    listed = first_conjunct(root)
    if listed.dep_ in {"dobj", "nsubjpass"} and lemma(listed.head) in MAKER_VERBS:
        verb = listed.head
        for child in verb.children:
            if child.dep_ == "nsubj" and _org(ctx, child):
                yield _org(ctx, child), verb, "maker-verb", 0.75
            if child.dep_ == "agent":
                for pobj in child.children:
                    if _org(ctx, pobj):
                        yield _org(ctx, pobj), verb, "maker-passive", 0.85


def _maker_of_its(ctx: Context, span: Span) -> tuple[EntityRef, Token, str, float] | None:
    """"Vantor unveiled a new version of its Zephyr": "its" is the subject's, and what a company
    unveils, launches or develops of its own it makes. Not "sold" or "flies its Zephyrs": an airline
    or a shop owns what others make; nor a name that carries its maker ("Vantor V100")."""
    root = span.root
    holder = root.head if root.dep_ == "compound" else root  # "its Zephyr phone"
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in holder.children) \
            or _maker_in_name(ctx, span) is not None:
        return None
    verb = next((t for t in holder.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None or lemma(verb) not in MAKER_VERBS - {"sell", "ship"}:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    maker = _org(ctx, subject)
    return (maker, verb, "maker-its", 0.6) if maker is not None else None


def extract(ctx: Context) -> Iterator[Fact]:
    for span, ref in ctx.mentions_of(PRODUCT):
        for org, cue, rule, conf in _makers(ctx, span):
            yield Fact(MAKER, ref, org, None, ctx.evidence(cue, rule, conf))
