"""Where graphs live between runs: the extraction cache, the local store, a remote Graph Store Protocol store."""
