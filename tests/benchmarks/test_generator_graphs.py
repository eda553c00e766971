"""benchmarks/generate_cases.py: synthetic reports have exactly kg's graph shape (SHACL-valid),
are deterministic per seed, stream to N-Quads, and the named queries find their facts."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kg.query import run_query
from kg.query.cases import cases_json
from kg.store import open_store
from kg.validate import validate_graph

GEN_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "generate_cases.py"


@pytest.fixture(scope="module")
def gen():
    spec = importlib.util.spec_from_file_location("generate_cases", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_benchmark_generator_graphs_conform_to_shapes(gen):
    graphs = list(gen.generate_graphs(25, seed=3))
    assert len({str(g) for g, _ in graphs}) == 25
    for giri, g in graphs:
        assert str(giri).startswith("https://w3id.org/kg-oncocase/graph/")
        report = validate_graph(g, str(giri))
        assert report.conforms, (giri, getattr(report, "results", report))
        assert len(g) > 30


def test_benchmark_generator_deterministic_per_seed(gen, tmp_path):
    a, b, c = tmp_path / "a.nq", tmp_path / "b.nq", tmp_path / "c.nq"
    na = gen.write_nquads(a, 20, seed=11)
    assert gen.write_nquads(b, 20, seed=11) == na > 20 * 30
    gen.write_nquads(c, 20, seed=12)
    assert sorted(a.read_bytes().splitlines()) == sorted(b.read_bytes().splitlines())
    assert a.read_bytes() != c.read_bytes()
    assert not list(tmp_path.glob("*.part"))


def test_benchmark_generator_data_answers_named_queries(gen, tmp_path):
    path = tmp_path / "cases.nq"
    gen.write_nquads(path, 120, seed=5)
    st = open_store(None)
    st.load_file(path)
    assert len(st.named_graphs()) == 120
    cases = cases_json(st)
    assert len(cases) >= 120
    assert sum(1 for c in cases if c["fusions"]) > 80
    assert sum(1 for c in cases if c["treatments"] and c["treatments"][0]["responses"]) > 40
    assert any(a["grade"] is not None and a["drugs"] for c in cases for a in c["adverse_events"])
    assert run_query(st, "cases_by_fusion_gene", {"gene": "ALK"})[1]
    assert run_query(st, "alk_ros1_crizotinib_best_response", {})[1]
    assert run_query(st, "time_on_drug", {})[1]
    cols, rows = run_query(st, "adverse_events_by_drug_and_grade", {})
    assert rows and all(r[cols.index("cases")] >= 1 for r in rows)
