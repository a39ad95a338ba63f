"""`kg eval`: run the real extraction over public relation-extraction benchmarks and score it."""
