"""A worker of `kg ingest -j 2` killed by a signal (as the out-of-memory killer does) costs one
document, reported in one line; the pool is rebuilt, the run goes on, nothing stored is lost.

The kill comes from a `sitecustomize` put on PYTHONPATH by this test only: in every process of
the run (the forkserver, the workers) it wraps kg.pipeline.process_to_result so that the process
sends itself SIGKILL when handed the document named in KG_TEST_KILL_ON. Nothing in kg knows.
"""
from __future__ import annotations

import signal

import pytest

from kg.store import open_store
from kg.workers import death_reason
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
