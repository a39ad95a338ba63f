"""What kind of organisation a name says it is: a government body or a political party.

Analysts filter by it ("which government bodies does this story involve?"), and a membership of a
government body or a party is a public office or a party membership, not employment by a business:
Freebase, for one, keeps those apart from `/business/person/company` (in
`/government/government_position_held` and `/government/political_party_tenure`).
Read from the name alone, so one name always gets one kind. The roles that are no business
employment whatever the organisation is called (a mayor's, a left fielder's) are here too.
"""
from __future__ import annotations

from functools import lru_cache

from . import countries
from .lexicon import (
    CITY_OFFICES,
    COURT_WORDS,
    GOVERNMENT_NAMES,
    GOVERNMENT_WORDS,
    LEGISLATURE_WORDS,
    NATIONAL_PREFIXES,
    NOT_GOVERNMENT_ARMIES,
    NOT_GOVERNMENT_ENDINGS,
    PARTY_NAMES,
    PORTFOLIOS,
    PUBLIC_OFFICES,
    TEAM_POSITIONS,
)

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
    # "United States Commerce" (what "United States Commerce Secretary Ann C. Ruiz" leaves)
    national = next((text[len(p):] for p in NATIONAL_PREFIXES if text.startswith(p)), text)
    if national == text and len(words) > 1 and countries.demonym(words[0].title()):  # "Chinese Secret Service"
        national = " ".join(words[1:])
    # ("the Council" alone is a city's or the EU's; the British Council is neither)
    if text in GOVERNMENT_NAMES or (national in GOVERNMENT_NAMES and national != "council") or national in PORTFOLIOS:
        return GOVERNMENT
    if words[-1] in NOT_GOVERNMENT_ENDINGS:
        return None
    if words[-1] == "army" and len(words) > 1 and words[-2] in NOT_GOVERNMENT_ARMIES:
        return None
    if any(w in GOVERNMENT_WORDS for w in words) or "air force" in text:
        return GOVERNMENT
    # "Justice Department", "Department of Transportation", "Missouri Department of Transportation"
    if ("department" in words or "ministry" in words) and any(f" {p} " in f" {text} " for p in PORTFOLIOS):
        return GOVERNMENT
    # a legislature's committees ("Ways and Means Committee", "Assembly Health Committee"), a
    # city's offices ("City Planning Commission", "City Comptroller"), a county's government
    if words[-1] in {"committee", "subcommittee"} and words[0] in LEGISLATURE_WORDS:
        return GOVERNMENT
    if words[0] == "city" and words[-1] in CITY_OFFICES:
        return GOVERNMENT
    if words[-1] == "county" and len(words) > 1:
        return GOVERNMENT
    # "Central Command", "Strategic Air Command": commands of the armed forces
    if words[-1] == "command" and len(words) > 1:
        return GOVERNMENT
    # "State Supreme Court", "Court of Appeals"
    if (words[-1] == "court" and len(words) > 1 and words[-2] in COURT_WORDS) or text.startswith("court of "):
        return GOVERNMENT
    return None


def public_or_sporting(role: str | None) -> bool:
    """Whether a role is a public office ("mayor", "former governor") or a place on a team
    ("left fielder", "captain"), whatever the organisation's name: neither is business employment."""
    if not role:
        return False
    words = role.lower().split()
    return words[-1] in PUBLIC_OFFICES | TEAM_POSITIONS or " ".join(words[-2:]) in PUBLIC_OFFICES
