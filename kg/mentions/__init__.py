"""Mentions and entities: finding names in a parse, voting on their class, resolving them into
entities within an article (resolve) and across the corpus (corpus)."""
