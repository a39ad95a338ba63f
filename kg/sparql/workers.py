"""Queries in worker processes that can be killed: pyoxigraph cannot cancel a running query, so a
query past its deadline has its process killed and replaced, and stops using CPU and memory at
once. Workers are forked from the server after the store is loaded, so they share its memory
(copy-on-write) and start in milliseconds.
"""
from __future__ import annotations

import multiprocessing
import queue
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection


@dataclass(eq=False)  # a worker is itself, not its fields: kept in a set
class _Worker:
    process: multiprocessing.Process
    conn: Connection


def _die_with_parent() -> None:
    """Ask Linux to kill this process when the server dies, however it dies."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the pipe's end-of-file still stops the worker


def _serve(conn: Connection, others: list[Connection], setup: Callable[[], None], run: Callable[..., object]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is for the server, which stops the workers
    _die_with_parent()
    for other in others:  # the server's ends of the pipes, copied by the fork
        try:
            other.close()
        except OSError:
            pass  # already gone
    setup()
    while True:
        try:
            args = conn.recv()
        except (EOFError, OSError):  # the server went away
            return
        conn.send(run(*args))


class Workers:
    """``size`` processes, each running ``run(*args)`` for one request at a time; ``setup()`` runs
    once in each new process (to open what cannot be shared across a fork)."""

    def __init__(self, run: Callable[..., object], size: int = 4, setup: Callable[[], None] = lambda: None):
        self.run = run
        self.setup = setup
        self.context = multiprocessing.get_context("fork")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.all: set[_Worker] = set()
        self.lock = threading.Lock()
        self.closed = False
        for _ in range(size):
            self.idle.put(self._start())

    def _start(self) -> _Worker:
        # One fork at a time, and never while a pipe is being closed: requests that time out
        # together replace their workers from several threads, and a child forked half way
        # through another thread's close inherits a pipe end that is no longer there.
        with self.lock:
            parent, child = self.context.Pipe()
            # (the fork copies the server's end of this worker's own pipe too: closed in the worker,
            # so that it reads end-of-file when the server is gone, even one that died before the
            # worker asked Linux to kill it with its parent)
            others = [w.conn for w in self.all] + [parent]
            process = self.context.Process(target=_serve, args=(child, others, self.setup, self.run), daemon=True)
            process.start()
            child.close()
            worker = _Worker(process, parent)
            self.all.add(worker)
        return worker

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        with self.lock:
            worker.conn.close()
            self.all.discard(worker)
        if not self.closed:
            self.idle.put(self._start())

    def call(self, timeout: float, *args) -> tuple[str, object]:
        """("ok", result); ("timeout", None) when no worker was free or the answer was late (that
        worker is killed and replaced); ("died", None) when the worker ended without answering."""
        deadline = time.monotonic() + timeout
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            return "timeout", None
        try:
            worker.conn.send(args)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                return "timeout", None
            result = worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker)
            return "died", None
        self.idle.put(worker)
        return "ok", result

    def close(self) -> None:
        self.closed = True
        with self.lock:
            workers = list(self.all)
        for worker in workers:
            worker.process.kill()
            worker.process.join()
            worker.conn.close()
