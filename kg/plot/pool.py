"""Draw many figures in worker processes (``kg site -j N``): matplotlib draws in one thread, so a
site of many cases is drawn on several cores.

Workers start from a forkserver that has imported matplotlib once (never a fork of a parent
that runs threads, such as rich's progress refresh); each dies with the process that started
it and leaves Ctrl-C to it, as the ingest workers do.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import signal
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor

from kg.limits import die_with


def _init_worker(parent_pid: int) -> None:
    die_with(parent_pid)
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def drawn(fn: Callable, items: Iterable, jobs: int = 1, chunksize: int = 8) -> Iterator:
    """``fn(item)`` for every item, in order: in this process (``jobs`` 1) or in ``jobs`` workers."""
    if jobs <= 1:
        yield from map(fn, items)
        return
    if "forkserver" in mp.get_all_start_methods():
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload(["kg.plot.timeline"])
    else:  # pragma: no cover - not Linux
        ctx = mp.get_context("spawn")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_init_worker,
                             initargs=(os.getpid(),)) as pool:
        yield from pool.map(fn, items, chunksize=chunksize)


__all__ = ["drawn"]
