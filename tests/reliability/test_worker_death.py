"""A worker of `kg ingest -j 2` killed by a signal (as the out-of-memory killer does) costs one
document, reported in one line; the pool is rebuilt, the run goes on, nothing stored is lost.

The kill comes from a `sitecustomize` put on PYTHONPATH by this test only: in every process of
the run (the forkserver, the workers) it wraps kg.pipeline.process_to_result so that the process
sends itself SIGKILL when handed the document named in KG_TEST_KILL_ON. Nothing in kg knows.
"""
from __future__ import annotations

import signal
from concurrent.futures.process import BrokenProcessPool

import pytest

from kg.store import open_store
from kg.workers import WorkerPool, death_reason, run_batch
from reliability_inputs import case_text, error_lines, run_kg, summary_line

HOOK = '''
import functools, os, signal
if os.environ.get("KG_TEST_KILL_ON"):
    import kg.pipeline as _p
    _real = _p.process_to_result

    @functools.wraps(_real)
    def process_to_result(doc, *args, **kwargs):
        if doc.source.endswith(os.environ["KG_TEST_KILL_ON"]):
            os.kill(os.getpid(), signal.SIGKILL)
        return _real(doc, *args, **kwargs)

    _p.process_to_result = process_to_result
'''


def test_death_reason_names_the_signal():
    assert "SIGKILL" in death_reason(-signal.SIGKILL) and "out-of-memory" in death_reason(-signal.SIGKILL)
    assert "SIGSEGV" in death_reason(-signal.SIGSEGV)
    assert "exit status 3" in death_reason(3)


def _graphs(store_dir) -> dict[str, bytes]:
    with open_store(store_dir, read_only=True) as st:
        return {g: st.dump("nquads", graph=g) for g in st.named_graphs()}


@pytest.mark.system
def test_a_killed_worker_costs_its_document_only(tmp_path):
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(HOOK)
    store = tmp_path / "store"
    (tmp_path / "before").mkdir()
    (tmp_path / "before" / "kept.txt").write_text(case_text(50))
    first = run_kg("ingest", str(tmp_path / "before"), "--store", str(store), "-j", "1")
    assert first.returncode == 0, first.stderr
    stored_before = _graphs(store)

    inp = tmp_path / "in"
    inp.mkdir()
    names = ["a.txt", "b.txt", "c-kill-me.txt", "d.txt", "e.txt", "f.txt"]
    for n, name in enumerate(names, 1):
        (inp / name).write_text(case_text(n))
    run = run_kg("ingest", str(inp), "--store", str(store), "-j", "2",
                 env_extra={"PYTHONPATH": str(hook), "KG_TEST_KILL_ON": "c-kill-me.txt"})

    assert run.returncode == 1, run.stderr
    (line,) = error_lines(run.stderr)
    assert "c-kill-me.txt" in line and "SIGKILL" in line, line
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    assert summary_line(run.stderr).startswith("ingested 5 report(s)")
    assert "rejected 1" in summary_line(run.stderr)

    after = _graphs(store)
    assert len(after) == len(stored_before) + 5
    for g, dump in stored_before.items():  # what was stored before the run is untouched
        assert after[g] == dump

    # the document itself is fine: without the kill it is ingested, the others are unchanged
    again = run_kg("ingest", str(inp), "--store", str(store), "-j", "2")
    assert again.returncode == 0, again.stderr
    assert summary_line(again.stderr).startswith("ingested 1 report(s)") and "unchanged 5" in again.stderr


# --- batches (kg.workers.WorkerPool.batch_submit): one pool task per few calls, each recovered alone ---
class _Tasks:
    """A stand-in for the process pool (in this process): runs each task at submit, counts the tasks."""

    def __init__(self, log):
        self.log = log

    def submit(self, fn, *args):
        from concurrent.futures import Future

        self.log.append(args[0] if fn is run_batch else args)
        f = Future()
        f.set_result(fn(*args))
        return f

    def shutdown(self, wait=True, cancel_futures=False):
        pass


def test_calls_are_grouped_into_batches_each_with_its_own_outcome():
    import math

    tasks = []
    pool = WorkerPool(lambda: _Tasks(tasks), None, None, batch_size=3, batch_weight=100)
    first = [pool.batch_submit(math.sqrt, x, weight=1) for x in (4.0, -1.0, 9.0)]   # full: sent
    assert len(tasks) == 1 and [len(t) for t in tasks] == [3]
    heavy = pool.batch_submit(math.sqrt, 16.0, weight=60)
    assert len(tasks) == 1                                   # still filling
    heavier = pool.batch_submit(math.sqrt, 25.0, weight=60)   # 120 >= 100: sent with two calls
    assert [len(t) for t in tasks] == [3, 2]
    last = pool.batch_submit(math.sqrt, 36.0)
    assert len(tasks) == 2                                   # not sent until asked for
    assert last.result() == 6.0 and [len(t) for t in tasks] == [3, 2, 1]
    assert first[0].result() == 2.0 and first[2].result() == 3.0
    with pytest.raises(ValueError):                          # the error is its own call's, not the batch's
        first[1].result()
    assert heavy.result() == 4.0 and heavier.result() == 5.0


@pytest.mark.system
def test_a_worker_killed_in_a_batch_costs_its_own_call_only():
    """A batch of four calls, one of which kills its worker: the pool breaks, is rebuilt once, and
    each call of the broken batches is rerun alone: the killer dies again ("died", the signal), the
    others give their value or their own error. The rebuilt pool batches again."""
    import math
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    ctx = mp.get_context("forkserver")
    pool = WorkerPool(lambda: ProcessPoolExecutor(max_workers=2, mp_context=ctx), ctx, None, batch_size=4)
    calls = [(math.sqrt, 4.0), (signal.raise_signal, signal.SIGKILL), (math.sqrt, -1.0), (math.sqrt, 9.0),
             (math.sqrt, 16.0)]   # the fifth: a batch of its own, sent when asked for (maybe after the break)
    with pool:
        members = [pool.batch_submit(fn, arg) for fn, arg in calls]
        outcomes = []
        for m, (fn, arg) in zip(members, calls):
            try:
                outcomes.append(("ok", m.result()))
            except BrokenProcessPool:
                outcomes.append(pool.recover(m, fn, arg))
            except ValueError as e:
                outcomes.append(("error", e))
        assert [k for k, _ in outcomes] == ["ok", "died", "error", "ok", "ok"], outcomes
        assert outcomes[1][1] == -signal.SIGKILL and "SIGKILL" in death_reason(outcomes[1][1])
        assert [outcomes[i][1] for i in (0, 3, 4)] == [2.0, 3.0, 4.0]
        assert isinstance(outcomes[2][1], ValueError)
        assert pool.restarts == 1       # one break, one rebuild, however many calls were recovered
        again = [pool.batch_submit(math.sqrt, x) for x in (1.0, 4.0)]
        assert [m.result() for m in again] == [1.0, 2.0]
