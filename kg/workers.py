"""The worker pool of ``kg ingest -j N``, which survives the death of a worker.

A worker can die without a Python exception: the kernel's out-of-memory killer (SIGKILL), a
crash in compiled code (SIGSEGV, SIGABRT), a signal sent by someone else. A
``ProcessPoolExecutor`` then breaks as a whole: every document in flight fails with
``BrokenProcessPool`` and no later one can be submitted. Which document killed the worker is not
known (several were in flight).

``WorkerPool`` restarts the pool on the first failure it sees, and each document that was in
flight is processed again **alone, in a process of its own** (``run_alone``). Documents that were
only bystanders give their result as usual; the one that kills its own process again is the
cause, and becomes a rejection that names the signal. The run goes on with the rest; what is
stored was never at risk (only the parent writes the store).
"""
from __future__ import annotations

import os
import signal
from concurrent.futures.process import BrokenProcessPool

__all__ = ["BrokenProcessPool", "WorkerPool", "run_alone", "death_reason"]


def death_reason(exitcode: int | None) -> str:
    """Why a worker ended, from its exit code (negative: the signal that killed it)."""
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        why = " (sent by the kernel's out-of-memory killer, among others)" if -exitcode == signal.SIGKILL else ""
        return (f"the worker processing this document was killed by {name}{why}; it was retried alone and "
                "killed again, so it was not stored: check the document's size, or the memory available")
    return (f"the worker processing this document ended without a result (exit status {exitcode}); "
            "it was retried alone and ended again, so it was not stored")


def _child(conn, initializer, fn, args, parent_pid: int) -> None:
    """Body of the process of one document: the ingest workers' initializer, then ``fn(*args)``."""
    initializer(parent_pid)
    try:
        result = ("ok", fn(*args))
    except BaseException as e:  # noqa: BLE001 - sent to the parent, which raises it as its own
        result = ("error", e)
    conn.send(result)
    conn.close()


def run_alone(ctx, initializer, fn, *args):
    """``fn(*args)`` in a new process of ``ctx`` (the pool's start method: the forkserver, whose
    preloaded spaCy pipeline makes this cheap), after ``initializer(parent_pid)`` (the pool
    workers' own, passed in: kg.workers does not import the pipeline that uses it). Returns ``("ok", value)``, ``("error", exception)``
    or ``("died", exitcode)`` when the process ended without an answer."""
    from multiprocessing.connection import wait

    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, initializer, fn, args, os.getpid()), daemon=True)
    proc.start()
    child.close()
    try:
        wait([parent, proc.sentinel])
        try:
            outcome = parent.recv() if parent.poll() else None
        except (EOFError, OSError):
            outcome = None
        proc.join()
    finally:
        parent.close()
        if proc.is_alive():  # pragma: no cover - interrupted while waiting
            proc.kill()
            proc.join()
    return outcome if outcome is not None else ("died", proc.exitcode)


class WorkerPool:
    """A process pool that is rebuilt when a worker dies (see the module docstring).

    ``submit`` works as on the pool; ``recover(future, fn, *args)`` is called by whoever finds
    ``BrokenProcessPool`` in a future: it restarts the pool once per break and reruns the task alone.
    """

    def __init__(self, make_pool, ctx, initializer):
        self._make = make_pool
        self._ctx = ctx
        self._initializer = initializer  # of a worker, called with the parent's pid (run_alone)
        self._pool = make_pool()
        self.generation = 0
        self.restarts = 0

    def submit(self, fn, *args):
        try:
            future = self._pool.submit(fn, *args)
        except BrokenProcessPool:  # a worker died since the last submit: its documents recover at commit
            self._restart(self.generation)
            future = self._pool.submit(fn, *args)
        future.kg_generation = self.generation
        return future

    def _restart(self, generation: int) -> None:
        if generation != self.generation:  # this break was already handled
            return
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = self._make()
        self.generation += 1
        self.restarts += 1

    def recover(self, future, fn, *args):
        """The result of ``fn(*args)``, whose ``future`` broke with the pool: the pool is restarted,
        the task runs alone. Returns ``("ok", value)``, ``("error", exc)`` or ``("died", exitcode)``."""
        self._restart(getattr(future, "kg_generation", self.generation))
        return run_alone(self._ctx, self._initializer, fn, *args)

    def map(self, fn, *iterables, **kwargs):  # as the pool's (benchmarks ask the workers for their usage)
        return self._pool.map(fn, *iterables, **kwargs)

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown(wait=True)
        return None
