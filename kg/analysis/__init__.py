"""What the entity graph says as a whole: centrality and communities, the report, chains of facts."""
