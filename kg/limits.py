"""OS limits for child processes, and children that die with their parent (Linux).

``ChildLimits`` is a ``preexec_fn`` for ``subprocess.Popen`` (the Oxigraph server child): in the
child, before exec, it sets ``RLIMIT_AS`` (address space: an allocation beyond it fails and
the server aborts instead of taking the machine's memory), ``RLIMIT_CPU`` (total CPU seconds
of the child: SIGXCPU at the limit) and the parent-death signal (``PR_SET_PDEATHSIG``: the
child gets SIGTERM when the process that started it dies, even by kill -9).

``die_with(pid)`` is for processes that are not direct children (the ingest workers, forked
by multiprocessing's forkserver): a daemon thread waits on a pidfd of ``pid`` and ends this
process when ``pid`` exits.
"""
from __future__ import annotations

import ctypes
import os
import resource
import select
import signal
import threading
from dataclasses import dataclass

PR_SET_PDEATHSIG = 1
_MB = 1024 * 1024


def _libc():
    try:
        return ctypes.CDLL(None, use_errno=True)
    except OSError:  # pragma: no cover - not Linux
        return None


def set_parent_death_signal(sig: int = signal.SIGTERM) -> bool:
    """Ask the kernel to send ``sig`` to this process when its parent dies (Linux only)."""
    lib = _libc()
    if lib is None or not hasattr(lib, "prctl"):
        return False
    return lib.prctl(PR_SET_PDEATHSIG, int(sig), 0, 0, 0) == 0


def default_memory_mb() -> int:
    """Half of the physical memory, at least 2 GiB: the default address-space limit of the server."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // _MB
    except (ValueError, OSError, AttributeError):  # pragma: no cover - not POSIX
        return 8192
    return max(2048, total // 2)


@dataclass
class ChildLimits:
    """preexec_fn: address-space and CPU limits, and the parent-death signal, for one child."""

    memory_mb: int | None = None        # RLIMIT_AS in MiB (None: unchanged)
    cpu_s: int | None = None            # RLIMIT_CPU in seconds of CPU time (None: unchanged)
    death_signal: int = signal.SIGTERM
    parent_pid: int = 0                 # set when the limits are made (in the parent)

    def __post_init__(self) -> None:
        self.parent_pid = self.parent_pid or os.getpid()

    def __call__(self) -> None:  # runs in the child between fork and exec: no allocation-heavy work
        if self.memory_mb:
            limit = int(self.memory_mb) * _MB
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        if self.cpu_s:
            soft = int(self.cpu_s)
            resource.setrlimit(resource.RLIMIT_CPU, (soft, soft + 5))  # SIGXCPU, then SIGKILL
        set_parent_death_signal(self.death_signal)
        if os.getppid() != self.parent_pid:  # the parent died before the signal was armed
            os._exit(1)


def die_with(pid: int) -> bool:
    """End this process (SIGKILL to itself) as soon as process ``pid`` exits; at once if ``pid``
    is already gone (a pool worker can start after its ingest process was killed: waiting for a
    task from a dead parent, it would live on as an orphan). False if the kernel lacks pidfds
    (Linux < 5.3)."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        os.kill(os.getpid(), signal.SIGKILL)
        raise  # pragma: no cover - SIGKILL does not return
    except (AttributeError, OSError):
        return False

    def watch() -> None:
        select.select([fd], [], [])
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name=f"die-with-{pid}", daemon=True).start()
    return True


__all__ = ["ChildLimits", "default_memory_mb", "die_with", "set_parent_death_signal"]
