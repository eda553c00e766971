"""kg.limits.die_with: a process ends when the process it follows ends, and at once when that
process is already gone (the orphaned-pool-worker case of `kg ingest -j N` killed early)."""
from __future__ import annotations

import signal
import subprocess
import sys

import pytest

pytestmark = pytest.mark.system

FOLLOW = ("import sys, time\n"
          "from kg.limits import die_with\n"
          "die_with(int(sys.argv[1]))\n"
          "time.sleep(30)\n"
          "print('outlived', flush=True)\n")


def _exited_pid() -> int:
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()  # reaped: the pid names no process
    return gone.pid


def test_die_with_a_process_already_gone_ends_at_once():
    res = subprocess.run([sys.executable, "-c", FOLLOW, str(_exited_pid())],
                         capture_output=True, text=True, timeout=25)
    assert res.returncode == -signal.SIGKILL, res.stderr[-400:]
    assert "outlived" not in res.stdout


def test_die_with_ends_when_the_followed_process_ends():
    leader = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(1)"])
    res = subprocess.run([sys.executable, "-c", FOLLOW, str(leader.pid)],
                         capture_output=True, text=True, timeout=25)
    leader.wait()
    assert res.returncode == -signal.SIGKILL, res.stderr[-400:]
    assert "outlived" not in res.stdout
