"""SPARQL over a built graph: queries, named queries, and the SPARQL 1.1 Protocol endpoint."""
