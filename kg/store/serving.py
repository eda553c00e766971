"""One lock between `kg serve` and the commands that write a store.

The Oxigraph server reads the store in read-only mode: it answers from the store as it was when
it started, and a process writing the store meanwhile is undefined behaviour in that mode. So a
store is either served or written, never both: `kg serve` holds a shared ``flock`` on
``STORE/kg-serve.lock`` while its server runs (several servers may share a store), and a writable
``open_store`` holds an exclusive one while it is open. Whichever comes second is refused with
one line saying why. ``flock`` locks end with their process, however it ends, so a killed
`kg serve` or `kg ingest` leaves no stale lock.

A store directory that cannot hold the lock file (a read-only directory) cannot be written either:
there the lock is skipped.
"""
from __future__ import annotations

import contextlib
import fcntl
import os
from pathlib import Path

from kg.errors import StoreError

LOCK_NAME = "kg-serve.lock"


def _open_lock(location: str | os.PathLike) -> int | None:
    try:
        return os.open(Path(location) / LOCK_NAME, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError:   # read-only store directory: nothing can write it, nothing to guard
        return None


def lock_for_writing(location: str | os.PathLike) -> int | None:
    """Take the exclusive lock of a store opened for writing; returns its file descriptor (close it
    to release), None where the store directory cannot hold the lock file. Raises StoreError when
    `kg serve` serves the store."""
    fd = _open_lock(location)
    if fd is None:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        raise StoreError(f"cannot write store {location}: `kg serve` is serving it, from the store as it was "
                         "when the server started; stop kg serve, write, then start it again") from None
    return fd


@contextlib.contextmanager
def lock_for_serving(location: str | os.PathLike):
    """Hold the shared lock of a served store for the ``with`` block; StoreError when a kg command
    has the store open for writing."""
    fd = _open_lock(location)
    if fd is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise StoreError(f"cannot serve store {location}: a kg command (ingest, remove) is writing it; "
                             "serve it when that has ended") from None
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)


__all__ = ["LOCK_NAME", "lock_for_writing", "lock_for_serving"]
