"""Kinds of organisation read from their names, and roles that are no business employment."""
from __future__ import annotations

import pytest

from kg.lang.en.orgkinds import GOVERNMENT, PARTY, organization_kind, public_or_sporting


@pytest.mark.parametrize("name, kind", [
    # legislatures, ministries and departments with a portfolio, the armed forces, police, courts
    ("Senate", GOVERNMENT), ("the House of Representatives", GOVERNMENT), ("European Parliament", GOVERNMENT),
    ("Foreign Ministry", GOVERNMENT), ("Justice Department", GOVERNMENT),
    ("Missouri Department of Transportation", GOVERNMENT), ("Defense", GOVERNMENT), ("U.S. Army", GOVERNMENT),
    ("Air Force", GOVERNMENT), ("New York Police Department", GOVERNMENT), ("State Supreme Court", GOVERNMENT),
    ("Senate Finance Committee", GOVERNMENT), ("City Council", GOVERNMENT),
    ("Palestinian Authority", GOVERNMENT), ("Joint Chiefs of Staff", GOVERNMENT), ("United States Embassy", GOVERNMENT),
    ("United States Commerce", GOVERNMENT), ("Chinese Secret Service", GOVERNMENT), ("Central Command", GOVERNMENT),
    ("Ways and Means Committee", GOVERNMENT), ("Assembly Health Committee", GOVERNMENT),
    ("City Planning Commission", GOVERNMENT), ("Nassau County", GOVERNMENT),
    # parties, by their last word or a short name
    ("Likud Party", PARTY), ("Labour", PARTY), ("Hezbollah", PARTY), ("National Republican Senatorial Committee", PARTY),
    # bodies that only carry such a word, and everything else
    ("Salvation Army", None), ("Irish Republican Army", None), ("Police Athletic League", None),
    ("Department of History", None), ("Earls Court", None), ("Council on Foreign Relations", None),
    ("Muslim Canadian Congress", None), ("Microsoft", None), ("Stanford University", None), ("State Street", None),
    ("British Council", None), ("City University of New York", None), ("International Olympic Committee", None),
    ("Orange County Choppers", None),
])
def test_organization_kind(name, kind):
    assert organization_kind(name) == kind


@pytest.mark.parametrize("role, public_or_team", [
    ("mayor", True), ("former governor", True), ("attorney general", True), ("left fielder", True),
    ("captain", True), ("chief executive", False), ("Michelin one-star chef", False), ("former star", False),
    ("president", False), ("secretary", False), (None, False),
])
def test_public_offices_and_team_places(role, public_or_team):
    assert public_or_sporting(role) == public_or_team
