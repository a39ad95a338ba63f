"""The one table that maps kg's facts to each benchmark's relation labels.

A kg fact first becomes one or more *relation names* (what it says, in plain words); each
benchmark then lists which relation names count as which of its labels, and in which direction.

| kg fact                                   | relation name | conll04     | redocred                 | nyt                         |
|-------------------------------------------|---------------|-------------|--------------------------|-----------------------------|
| org:Membership (person, org), any role    | employee_of   | Work_For    | P108 employer            |                             |
| ... unless the org is a government body or party, or the role a public office or a place on a team (kg.lang.en.orgkinds) | nongovernmental_employee_of | | | /business/person/company |
| org:Membership with role "founder"        | founder_of    |             |                          | /business/company/founders (reversed) |
| org:Membership with role "member"         | member_of     |             | P463 member of           |                             |
| kg:basedIn (org, place)                   | based_in      | OrgBased_In | P159 headquarters (place not a country), P17 country (a country) | |
| kg:locatedIn (place, place)               | located_in    | Located_In  | P17 country (a country)  |                             |
| kg:livesIn (person, place)                | lives_in      | Live_In     | P27 (when the place is a country) |                    |
| schema:nationality (person, country)      | citizen_of    | Live_In     | P27 country of citizenship |                           |
| kg:madeBy (product, org)                  | made_by       |             | P176 manufacturer, P178 developer |                    |
| kg:killed (person, person)                | killed        | Kill        |                          |                             |

NYT's labels are Freebase's, which keeps public offices, party memberships and team rosters out
of `/business/person/company` (they are `/government/government_position_held`,
`/government/political_party_tenure` and `/sports/sports_team_roster` there). So a seat in the
Senate, a post at the Justice Department, a mayor's office or a left fielder's place on the
Yankees does not map to NYT's label. CoNLL04's Work_For and Wikidata's P108 make no such split.
"""
from __future__ import annotations

from ..lang.en.orgkinds import organization_kind, public_or_sporting
from ..model import BASED_IN, CORPUS_DECIDES, COUNTRY, KILL, LIVES_IN, LOCATED_IN, MAKER, NATIONALITY, ROLE, EntityRef, Fact

Relation = tuple[str, EntityRef, EntityRef]


def relation_names(fact: Fact) -> list[Relation]:
    """What a fact says, as (relation name, subject, object) triples."""
    s, o, role = fact.subject, fact.obj, (fact.role or "").lower()
    if fact.evidence.rule in CORPUS_DECIDES:
        return []  # says something only where the corpus does, which one article may not
    if o is None:
        return []
    if fact.family == ROLE:
        out = [("employee_of", s, o)]
        if organization_kind(o.name) is None and not public_or_sporting(fact.role):
            out.append(("nongovernmental_employee_of", s, o))
        if "founder" in role:
            out.append(("founder_of", s, o))
        if role in {"member", "members"}:
            out.append(("member_of", s, o))
        return out
    if fact.family == BASED_IN:
        return [("based_in", s, o)] + ([("in_country", s, o)] if o.cls == COUNTRY else [("headquarters", s, o)])
    if fact.family == LOCATED_IN:
        return [("located_in", s, o)] + ([("in_country", s, o)] if o.cls == COUNTRY else [])
    if fact.family == LIVES_IN:  # living in a country is the closest a sentence gets to citizenship
        return [("lives_in", s, o)] + ([("citizen_of", s, o)] if o.cls == COUNTRY else [])
    if fact.family == NATIONALITY:
        return [("citizen_of", s, o), ("nationality", s, o)]
    if fact.family == MAKER:
        return [("made_by", s, o)]
    if fact.family == KILL:
        return [("killed", s, o)]
    return []


# benchmark -> its label -> [(relation name, reversed?)]
MAPPING: dict[str, dict[str, list[tuple[str, bool]]]] = {
    "conll04": {
        "Work_For": [("employee_of", False)],
        "OrgBased_In": [("based_in", False)],
        "Located_In": [("located_in", False)],
        "Live_In": [("lives_in", False), ("nationality", False)],
        "Kill": [("killed", False)],
    },
    "redocred": {
        "P108": [("employee_of", False)],
        "P463": [("member_of", False)],
        "P178": [("made_by", False)],
        "P176": [("made_by", False)],
        "P27": [("citizen_of", False)],
        "P17": [("in_country", False)],
        "P159": [("headquarters", False)],
    },
    "nyt": {
        "/business/person/company": [("nongovernmental_employee_of", False)],
        "/business/company/founders": [("founder_of", True)],
    },
}

# The headline figure of each benchmark: micro-averaged over these labels (as the issue sets them).
HEADLINE = {
    "conll04": ("Work_For", "OrgBased_In", "Located_In", "Live_In"),
    "redocred": ("P108", "P463", "P178", "P176", "P27", "P17", "P159"),
    "nyt": ("/business/person/company",),
}


def benchmark_relations(fmt: str, facts: list[Fact]) -> set[Relation]:
    """The facts of one document as (benchmark label, head, tail) triples."""
    by_name: dict[str, list[tuple[str, bool]]] = {}
    for label, sources in MAPPING[fmt].items():
        for name, rev in sources:
            by_name.setdefault(name, []).append((label, rev))
    out: set[Relation] = set()
    for fact in facts:
        for name, s, o in relation_names(fact):
            for label, rev in by_name.get(name, []):
                out.add((label, o, s) if rev else (label, s, o))
    return out
