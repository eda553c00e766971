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

Batches: each pool task costs the parent a pickle, a pipe write and a wake-up of the pool's
threads both ways (~0.3 ms of CPU per task on 2 cores, as much as reading and hashing the
document). ``batch_submit`` groups calls into tasks of up to ``batch_size`` calls (fewer when their
``weight``, e.g. the characters of the documents, reaches ``batch_weight``), run one after the other
by ``run_batch`` in a worker, each with its own outcome: an exception is the outcome of its own call,
not of the batch. Each call gets a future of its own (``BatchMember``); a batch is sent when it is
full, or when the result of one of its calls is asked for. When a worker dies, every call of every
broken batch is recovered as above, **each alone**: the one that killed the worker is the one that
dies again, the others of its batch give their results.
"""
from __future__ import annotations

import os
import signal
from concurrent.futures.process import BrokenProcessPool

__all__ = ["BrokenProcessPool", "BatchMember", "WorkerPool", "run_alone", "run_batch", "death_reason"]


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
    """Body of the process of one document: the ingest workers' initializer (if any), then ``fn(*args)``."""
    if initializer is not None:
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


def run_batch(calls):
    """In a worker: ``fn(*args)`` for each ``(fn, args)`` of ``calls``, in order; the outcome of each,
    ``("ok", value)`` or ``("error", exception)`` (the exception of one call does not stop the others)."""
    out = []
    for fn, args in calls:
        try:
            out.append(("ok", fn(*args)))
        except Exception as e:  # noqa: BLE001 - the outcome of this call, raised by its BatchMember
            out.append(("error", e))
    return out


class _Batch:
    """Calls grouped into one pool task; ``future`` is None until the batch is sent."""

    __slots__ = ("calls", "weight", "future")

    def __init__(self):
        self.calls: list[tuple] = []
        self.weight = 0
        self.future = None


class BatchMember:
    """The future of one call of a batch (``WorkerPool.batch_submit``): ``result()`` sends the batch
    if it is not sent yet, then gives this call's value or raises its exception; it raises
    ``BrokenProcessPool`` when a worker died with the batch (``WorkerPool.recover`` then reruns
    this call alone)."""

    __slots__ = ("_pool", "_batch", "_index")

    def __init__(self, pool: "WorkerPool", batch: _Batch, index: int):
        self._pool, self._batch, self._index = pool, batch, index

    def _sent(self):
        if self._batch.future is None:
            self._pool.flush()
        return self._batch.future

    def result(self):
        kind, value = self._sent().result()[self._index]
        if kind == "error":
            raise value
        return value

    @property
    def kg_generation(self) -> int:   # the pool generation the batch was sent to (WorkerPool.recover)
        return self._sent().kg_generation

    def cancel(self) -> bool:
        """Cancel the whole batch (an error stops the run); a batch not sent yet is never sent."""
        if self._batch.future is None:
            self._pool._drop(self._batch)
            return True
        return self._batch.future.cancel()


class WorkerPool:
    """A process pool that is rebuilt when a worker dies (see the module docstring).

    ``submit`` works as on the pool; ``recover(future, fn, *args)`` is called by whoever finds
    ``BrokenProcessPool`` in a future: it restarts the pool once per break and reruns the task alone.
    """

    def __init__(self, make_pool, ctx, initializer, batch_size: int = 1, batch_weight: int = 0):
        self._make = make_pool
        self.batch_size = max(1, int(batch_size))
        self.batch_weight = batch_weight   # 0: no limit on a batch's weight
        self._open: _Batch | None = None   # the batch being filled
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

    def batch_submit(self, fn, *args, weight: int = 0) -> BatchMember:
        """``submit`` of one call, grouped with the next ones into a task of up to ``batch_size``
        calls (sent when full or when its weight reaches ``batch_weight``; ``flush`` sends it now)."""
        batch = self._open
        if batch is None:
            batch = self._open = _Batch()
        batch.calls.append((fn, args))
        batch.weight += weight
        member = BatchMember(self, batch, len(batch.calls) - 1)
        if len(batch.calls) >= self.batch_size or (self.batch_weight and batch.weight >= self.batch_weight):
            self.flush()
        return member

    def flush(self) -> None:
        """Send the batch being filled (if any)."""
        batch, self._open = self._open, None
        if batch is not None and batch.calls:
            batch.future = self.submit(run_batch, batch.calls)

    def _drop(self, batch: _Batch) -> None:
        if self._open is batch:
            self._open = None

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
        if not cancel_futures:
            self.flush()
        self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.shutdown(wait=True)
        return None
