"""Betweenness from igraph must be networkx's exact betweenness, normalised the same way."""
from __future__ import annotations

import networkx as nx
import pytest

from kg.analysis.metrics import betweenness_centrality


@pytest.mark.parametrize("graph", [
    nx.karate_club_graph(),
    nx.disjoint_union(nx.path_graph(6), nx.star_graph(4)),  # two components
    nx.Graph([("a", "b")]),
])
def test_betweenness_equals_networkx(graph):
    graph = graph.copy()
    graph.add_nodes_from(["lone-1", "lone-2"])  # unlinked entities are most of a news graph
    expected = nx.betweenness_centrality(graph)
    got = betweenness_centrality(graph)
    assert got.keys() == expected.keys()
    assert max(abs(got[n] - expected[n]) for n in graph) < 1e-12
    assert any(v > 0 for v in got.values()) or graph.number_of_edges() == 1
