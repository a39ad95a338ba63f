"""Running a build: the pipeline end to end, and the executors that parse (local processes, Dask)."""
