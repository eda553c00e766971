"""kg.pipeline.warm_up (run in the forkserver of `kg ingest -j N`) processes a made-up report so that
what the NLP loads on first use is loaded once: it must leave nothing that changes a later result."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "example_case_report.txt"

_RUN = r"""
import sys
from kg.pipeline import iter_documents, process_to_result, warm_up, worker_nlp
worker_nlp()
if sys.argv[1] == "warm":
    warm_up()
for doc in iter_documents(sys.argv[2:]):
    r = process_to_result(doc, None)
    sys.stdout.buffer.write(b"== " + doc.source.encode() + b"\n" + (r.rejected or "").encode() + b"\n" + r.ntriples)
"""


@pytest.mark.system
def test_a_warmed_up_pipeline_gives_the_same_graphs_as_a_cold_one():
    inputs = [str(EXAMPLE)]
    seeds = SHARED / "corpus" / "seeds"
    if seeds.is_dir():
        inputs.append(str(seeds))
    out = {}
    for mode in ("cold", "warm"):
        r = subprocess.run([sys.executable, "-c", _RUN, mode, *inputs], capture_output=True, timeout=600)
        assert r.returncode == 0, r.stderr.decode()[-2000:]
        out[mode] = sorted(r.stdout.splitlines())   # N-Triples lines: their order is the serializer's
    assert sum(line.startswith(b"== ") for line in out["cold"]) >= len(inputs)   # every document processed
    assert any(b"EML4" in line for line in out["cold"])    # the example's fusion is in its graph
    assert out["warm"] == out["cold"]


def test_gc_paused_restores_the_collector_state():
    import gc

    from kg.pipeline import gc_paused

    was = gc.isenabled()
    try:
        gc.enable()
        with gc_paused():
            assert not gc.isenabled()
        assert gc.isenabled()
        gc.disable()   # a caller that turned it off keeps it off
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
        gc.enable()
        with pytest.raises(RuntimeError), gc_paused():   # on again after an error in the build
            raise RuntimeError("made-up build failure")
        assert gc.isenabled()
    finally:
        (gc.enable if was else gc.disable)()


def test_the_forkserver_preload_leaves_the_collector_on():
    """A worker forked from the server inherits its collector setting: on, after the build."""
    r = subprocess.run([sys.executable, "-c", "import gc, kg.distributed.preload; print(gc.isenabled())"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.strip() == "True"
