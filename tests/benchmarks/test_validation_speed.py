"""benchmarks/validation_speed.py reads report graphs back from a store: since terms are stored
once (terminology graph), a report graph alone lacks its term types; the benchmark must validate
each graph with the terms it uses, as ingest did before storing it."""
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
sys.path.insert(0, str(ROOT / "benchmarks"))

import validation_speed  # noqa: E402

from kg.pipeline import ingest  # noqa: E402
from kg.validate import ensure_valid  # noqa: E402


@pytest.mark.system
def test_store_graphs_validate_with_their_terms(tmp_path):
    store = tmp_path / "store"
    summary = ingest([SEEDS], store)
    assert len(summary.ingested) == 2
    graphs = validation_speed.graphs_from_store(store)
    assert len(graphs) == 2
    for g in graphs:
        ensure_valid(g, "seed")   # raised ValidationError (no kg:Tumor type) before the fix


@pytest.mark.system
def test_benchmark_runs_on_a_store(tmp_path):
    store = tmp_path / "store"
    ingest([SEEDS], store)
    result = validation_speed.main(["--store", str(store), "--repeat", "1", "--out", str(tmp_path)])
    assert result["fast_check_accepted"] == result["graphs"] == 2
    assert result["patient_cases"] == 2
