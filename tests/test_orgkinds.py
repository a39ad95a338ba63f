"""Kinds of organisation read from their names."""
from __future__ import annotations

import pytest

from kg.orgkinds import GOVERNMENT, PARTY, organization_kind


@pytest.mark.parametrize("name, kind", [
    # legislatures, ministries and departments with a portfolio, the armed forces, police, courts
    ("Senate", GOVERNMENT), ("the House of Representatives", GOVERNMENT), ("European Parliament", GOVERNMENT),
    ("Foreign Ministry", GOVERNMENT), ("Justice Department", GOVERNMENT),
    ("Missouri Department of Transportation", GOVERNMENT), ("Defense", GOVERNMENT), ("U.S. Army", GOVERNMENT),
    ("Air Force", GOVERNMENT), ("New York Police Department", GOVERNMENT), ("State Supreme Court", GOVERNMENT),
    ("Senate Finance Committee", GOVERNMENT), ("City Council", GOVERNMENT),
    # parties, by their last word or a short name
    ("Palestinian Authority", GOVERNMENT), ("Joint Chiefs of Staff", GOVERNMENT),
    ("Likud Party", PARTY), ("Labour", PARTY), ("Hezbollah", PARTY), ("National Republican Senatorial Committee", PARTY),
    # bodies that only carry such a word, and everything else
    ("Salvation Army", None), ("Irish Republican Army", None), ("Police Athletic League", None),
    ("Department of History", None), ("Earls Court", None), ("Council on Foreign Relations", None),
    ("Muslim Canadian Congress", None), ("Microsoft", None), ("Stanford University", None), ("State Street", None),
])
def test_organization_kind(name, kind):
    assert organization_kind(name) == kind
