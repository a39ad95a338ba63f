"""kg build --engine dask against a real Dask cluster: a `dask scheduler` and two `dask worker`
processes started here on loopback. The graph must be the one a local build makes."""
from __future__ import annotations

import json
import socket
import subprocess
import sys
import time

import pytest
from conftest import ROOT

from kg.run.pipeline import build

pytestmark = pytest.mark.model
distributed = pytest.importorskip("distributed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    work = tmp_path_factory.mktemp("dask")
    address = f"tcp://127.0.0.1:{free_port()}"
    common = ["--no-dashboard"]
    procs = [subprocess.Popen([sys.executable, "-m", "dask", "scheduler", "--host", "127.0.0.1",
                               "--port", address.rsplit(":", 1)[1], *common],
                              cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    for k in range(2):
        procs.append(subprocess.Popen([sys.executable, "-m", "dask", "worker", address, "--nthreads", "1",
                                       "--name", f"w{k}", "--local-directory", str(work / f"w{k}"), *common],
                                      cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                with distributed.Client(address, timeout=5) as client:
                    client.wait_for_workers(2, timeout=60)
                break
            except (OSError, TimeoutError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.5)
        yield address
    finally:
        # Their work is done and their shutdown is not under test: a worker's graceful close
        # took 8 s here.
        for proc in procs:
            proc.kill()
        for proc in procs:
            proc.wait()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    lines = (ROOT / "seeds" / "wikinews.jsonl").read_text(encoding="utf-8").splitlines()[:6]
    bad = json.dumps({"id": "empty", "title": "nothing", "text": "   "})
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl"
    path.write_text("\n".join(lines + [bad]) + "\n", encoding="utf-8")
    return path


def test_cluster_build_equals_local_build(cluster, corpus, tmp_path):
    local = build([corpus], tmp_path / "local")
    remote = build([corpus], tmp_path / "dask", scheduler=cluster)
    assert remote.report.parsed == local.report.parsed == 6
    assert (tmp_path / "dask" / "graph.ttl").read_bytes() == (tmp_path / "local" / "graph.ttl").read_bytes()
    assert (tmp_path / "dask" / "graph.html").read_bytes() == (tmp_path / "local" / "graph.html").read_bytes()
    assert [str(s) for s in remote.report.skipped] == [str(s) for s in local.report.skipped]
    # both workers took part, and each loaded the spaCy pipeline once
    def pipeline_loads() -> int:  # defined here: cloudpickle ships it by value to the workers
        from kg import nlp

        return nlp.load.cache_info().misses

    with distributed.Client(cluster, timeout=10) as client:
        loads = client.run(pipeline_loads)
    assert len(loads) == 2 and set(loads.values()) == {1}


def test_cluster_build_into_a_store(cluster, corpus, tmp_path):
    store = tmp_path / "store"
    first = build([corpus], store=store, scheduler=cluster)
    assert first.report.parsed == 6 and first.report.articles == 6
    build([corpus], store=tmp_path / "local-store")
    from kg.storage.open import load_store

    assert set(load_store(store)) == set(load_store(tmp_path / "local-store"))


def test_unreachable_scheduler_is_one_line(corpus, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    port = free_port()
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "o"), "--engine", "dask",
                                       "--scheduler", f"tcp://127.0.0.1:{port}"])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: cannot reach the Dask scheduler at tcp://127.0.0.1:{port}")
    assert result.output.count("\n") == 1
