"""kg.validate: validate_graph / ensure_valid / validate_file."""

import pytest
import rdflib
from rdflib import Literal, URIRef

from fixture_helpers import FIXTURE_TRIG as FIXTURE
from kg.errors import InputError, ValidationError
from kg.graph.vocab import KG
from kg.validate import ensure_valid, validate_file, validate_graph

GA = "https://w3id.org/kg-oncocase/graph/3903f785d287a078"
GB = "https://w3id.org/kg-oncocase/graph/03ead7cb796a0e28"
CASE_B = URIRef("https://w3id.org/kg-oncocase/report/03ead7cb796a0e28/case/1")


def _dataset():
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    return ds


def _graph(iri):
    g = rdflib.Graph()
    for t in _dataset().graph(URIRef(iri)):
        g.add(t)
    return g


def test_validate_ensure_valid_returns_report_for_valid_graph():
    rep = ensure_valid(_graph(GA), "A")
    assert rep.conforms and rep.name == "A"


def test_validate_ensure_valid_raises_naming_shape_and_message():
    g = _graph(GB)
    g.set((CASE_B, KG.sex, Literal("unknown")))
    g.set((CASE_B, KG.ageYears, Literal(-3)))
    with pytest.raises(ValidationError) as ei:
        ensure_valid(g, "report B")
    err = ei.value
    assert err.graph_name == "report B"
    assert len(err.results) == 2
    assert "report B" in str(err) and "2 violation(s)" in str(err)
    assert any(r.startswith("PatientCaseShape:") and '"male" or "female"' in r and '"unknown"' in r for r in err.results)
    assert any("between 0 and 120" in r for r in err.results)
    assert err.exit_code == 1


def test_validate_rejects_dataset_argument():
    with pytest.raises(TypeError):
        validate_graph(_dataset(), "ds")


def test_validate_file_trig_reports_each_named_graph():
    reps = validate_file(FIXTURE)
    assert sorted(r.name for r in reps) == sorted([GA, GB])
    assert all(r.conforms for r in reps)


def test_validate_file_nquads_finds_the_broken_graph_only(tmp_path):
    ds = _dataset()
    ds.graph(URIRef(GB)).set((CASE_B, KG.sex, Literal("x")))
    out = tmp_path / "data.nq"
    out.write_text(ds.serialize(format="nquads"), encoding="utf-8")
    reps = {r.name: r for r in validate_file(out)}
    assert set(reps) == {GA, GB}
    assert reps[GA].conforms and not reps[GB].conforms
    assert any("kg:sex" in r for r in reps[GB].results)


def test_validate_file_turtle_by_content_without_extension(tmp_path):
    g = _graph(GA)
    out = tmp_path / "graph_without_ext"
    out.write_text(g.serialize(format="turtle"), encoding="utf-8")
    reps = validate_file(out)
    assert len(reps) == 1 and reps[0].conforms


def test_validate_file_detects_blank_nodes_in_turtle(tmp_path):
    out = tmp_path / "bnode.ttl"
    out.write_text(
        "@prefix kg: <https://w3id.org/kg-oncocase/vocab#> .\n"
        "[] a kg:Drug ; <http://www.w3.org/2000/01/rdf-schema#label> \"x\" ;"
        " <http://www.w3.org/2004/02/skos/core#notation> \"KG:drug-x\" .\n", encoding="utf-8")
    (rep,) = validate_file(out)
    assert not rep.conforms
    assert any(r.startswith("IRINodeShape:") for r in rep.results)


def test_validate_file_bad_syntax_is_input_error(tmp_path):
    out = tmp_path / "bad.ttl"
    out.write_text("<http://a> <http://b> .", encoding="utf-8")
    with pytest.raises(InputError) as ei:
        validate_file(out)
    assert "bad.ttl" in str(ei.value)


def test_validate_file_missing_file_is_input_error(tmp_path):
    with pytest.raises(InputError):
        validate_file(tmp_path / "nope.ttl")
