"""Band members whose band the text leaves to the reader: "Rock band Kestrel are to tour. ...
Drummer Ann Ruiz said ..." ("the band's frontman Tom Hale" is read as any owner's title is:
kg.extract.roles.premodifier).

News about a band names it once as one ("rock band Kestrel") and then its members by what they
play. A player of a band's instrument with no band of their own written is a member of the band,
when the article names one band only: a story that names two ("Kestrel drummer Ann Ruiz joined
Zephyr's tour") leaves it open which one.
"""
from __future__ import annotations

from collections.abc import Iterator

from ...mentions.cues import BAND_ROLES
from ...model import ORGANIZATION, PERSON, ROLE, EntityRef, Fact
from ...nlp import tokens
from ..base import Context
from .context import TITLE_RULES
from .time import label_status, without_time_words


def _the_band(ctx: Context) -> EntityRef | None:
    """The one organisation the article calls a band where it names it ("rock band Kestrel", "the
    band Kestrel"), if there is one."""
    toks = tokens(ctx.doc)
    bands = {ref for m, ref in ctx.resolution.mentions
             if ref.cls == ORGANIZATION and m.start > 0 and toks[m.start - 1].lower_ == "band" and toks[m.start - 1].is_lower}
    return next(iter(bands)) if len(bands) == 1 else None


def _after_a_name(ctx: Context, start: int) -> bool:
    """"The Who drummer Tom Hale": a capitalised word before the player's title is a band's name
    the model did not read as one; the player is that band's, not the article's."""
    toks = tokens(ctx.doc)
    if start < 2 or toks[start - 1].lower_ not in BAND_ROLES:
        return False
    before = toks[start - 2]
    return not before.is_sent_start and (before.is_title or before.is_upper) and before.is_alpha


def extract(ctx: Context, facts: list[Fact]) -> Iterator[Fact]:
    """A membership of the article's band for each title of a band's player said with no band
    ("drummer Ann Ruiz", "Tom Hale, the guitarist"), unless the person is given a band elsewhere."""
    placed = {f.subject for f in facts if f.family == ROLE and f.obj is not None}
    players = [f for f in facts if f.family == ROLE and f.obj is None and f.subject not in placed
               and f.evidence.rule in TITLE_RULES and f.role and without_time_words(f.role).lower() in BAND_ROLES]
    band = _the_band(ctx) if players else None
    if band is None:
        return
    for span, ref in ctx.mentions_of(PERSON):
        if _after_a_name(ctx, span.start):
            continue
        sentence = ctx.sentence(span.start)
        for fact in players:
            if fact.subject == ref and sentence.start_char <= fact.evidence.start < sentence.end_char:
                yield Fact(ROLE, ref, band, without_time_words(fact.role),
                           ctx.evidence(span.root, "role-band-context", 0.6), label_status(fact.role))
                break
