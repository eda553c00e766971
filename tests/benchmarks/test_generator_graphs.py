"""benchmarks/generate_cases.py: synthetic reports have exactly kg's graph shape (SHACL-valid),
are deterministic per seed, stream to N-Quads, and the named queries find their facts."""
from __future__ import annotations

import importlib.util
import sys
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
    sys.modules[spec.name] = mod   # its process pool pickles its functions by module name
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


def test_benchmark_generator_parallel_writer_writes_the_same_quads(gen, tmp_path):
    one, two = tmp_path / "one.nq", tmp_path / "two.nq"
    n = gen.write_nquads(one, 45, seed=4)
    # chunks of 10 reports in 2 processes: terms used by reports of several chunks, counts summed across chunks
    assert gen.write_nquads_parallel(two, 45, seed=4, jobs=2, chunk=10) == n
    assert sorted(one.read_bytes().splitlines()) == sorted(two.read_bytes().splitlines())
    assert not list(tmp_path.glob("*.part"))


def test_benchmark_generator_shares_sentences_as_often_as_the_corpus(gen):
    """About 1.33 fact mentions per sentence (SAME_SENTENCE) and 86% of decisions citing words of a sentence
    that holds a fact mention (DECISION_IN_FACT_SENTENCE), both measured on ../shared/corpus; every mention,
    facts' and decisions', is found at its offsets in its sentence."""
    mentions = sentences = decisions = in_fact_sentence = 0
    for rec in gen.generate_records(400, seed=9):
        evs, whys = set(), []
        for c in rec.cases:
            holders = [c, *c.diagnoses, *c.fusions, *c.adverse_events, *c.procedures]
            holders += [h for t in c.treatments for h in (t, *t.administrations, *t.responses)]
            evs |= {h.evidence for h in holders if h.evidence is not None}
            whys += [w for h in (c, *c.treatments) for w in h.why if w.evidence is not None]
        for e in evs | {w.evidence for w in whys}:
            assert e.sentence[e.mention_start - e.sentence_start:e.mention_end - e.sentence_start] == e.mention
            assert e.sentence_end - e.sentence_start == len(e.sentence)
        for w in whys:
            assert (w.start, w.end) == (w.evidence.mention_start, w.evidence.mention_end)
        mentions += len({(e.mention_start, e.mention_end) for e in evs})
        fact_sentences = {(e.sentence_start, e.sentence_end) for e in evs}
        sentences += len(fact_sentences)
        decisions += len(whys)
        in_fact_sentence += sum((w.evidence.sentence_start, w.evidence.sentence_end) in fact_sentences for w in whys)
    assert 1.25 < mentions / sentences < 1.42
    assert decisions > 500 and 0.78 < in_fact_sentence / decisions < 0.93
