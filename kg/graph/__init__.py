"""The RDF graph: vocabulary, IRIs, building it from facts, reading it back, rdflib <-> Oxigraph."""
