"""What users take away: graph.html, and the graph in other formats."""
