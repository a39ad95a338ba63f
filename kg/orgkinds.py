"""What kind of organisation a name says it is: a government body or a political party.

Analysts filter by it ("which government bodies does this story involve?"), and a membership of a
government body or a party is a public office or a party membership, not employment by a business:
Freebase, for one, keeps those apart from `/business/person/company` (in
`/government/government_position_held` and `/government/political_party_tenure`).
Read from the name alone, so one name always gets one kind.
"""
from __future__ import annotations

from functools import lru_cache

from .lexicon import (COURT_WORDS, GOVERNMENT_NAMES, GOVERNMENT_WORDS, NOT_GOVERNMENT_ARMIES, NOT_GOVERNMENT_ENDINGS,
                      PARTY_NAMES, PORTFOLIOS)

GOVERNMENT = "GovernmentOrganization"
PARTY = "PoliticalParty"


@lru_cache(maxsize=65536)
def organization_kind(name: str) -> str | None:
    """GOVERNMENT, PARTY or None (any other organisation: a company, a university, a club ...)."""
    text = " ".join(name.replace("’", "'").split()).lower()
    if text.startswith("the "):
        text = text[4:]
    words = text.split()
    if not words:
        return None
    if text in PARTY_NAMES or (words[-1] == "party" and len(words) > 1):
        return PARTY
    # "Democratic National Committee", "National Republican Senatorial Committee"
    if words[-1] == "committee" and ("republican" in words or "democratic" in words):
        return PARTY
    if text in GOVERNMENT_NAMES or text in PORTFOLIOS:
        return GOVERNMENT
    if words[-1] in NOT_GOVERNMENT_ENDINGS:
        return None
    if words[-1] == "army" and len(words) > 1 and words[-2] in NOT_GOVERNMENT_ARMIES:
        return None
    if any(w in GOVERNMENT_WORDS for w in words) or "air force" in text:
        return GOVERNMENT
    # "Justice Department", "Department of Transportation", "Missouri Department of Transportation"
    if ("department" in words or "ministry" in words) and any(
            p in text for p in PORTFOLIOS):
        return GOVERNMENT
    # "State Supreme Court", "Court of Appeals"
    if (words[-1] == "court" and len(words) > 1 and words[-2] in COURT_WORDS) or text.startswith("court of "):
        return GOVERNMENT
    return None
