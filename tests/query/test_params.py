"""kg.query: loading, parameter checking and typing, injection safety, output formats."""
import csv
import io
import json

import pytest

from kg.errors import QueryError
from kg.query import format_rows, load_query, run_query

RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"


def test_query_load_parses_header():
    q = load_query("evidence_for_fact")
    assert q.name == "evidence_for_fact"
    assert q.summary.startswith("The text evidence")
    assert [(p.name, p.type) for p in q.params] == [("fact", "iri")]
    assert "SELECT" in q.text


@pytest.mark.parametrize("name", ["no_such_query", "../queries/cases", "cases;drop", ""])
def test_query_unknown_or_bad_name_is_query_error(store, name):
    with pytest.raises(QueryError):
        run_query(store, name, {})


def test_query_missing_param_is_query_error(store):
    with pytest.raises(QueryError) as ei:
        run_query(store, "cases_by_fusion_gene", {})
    assert "missing" in str(ei.value) and "gene" in str(ei.value)


def test_query_extra_param_is_query_error(store):
    with pytest.raises(QueryError) as ei:
        run_query(store, "cases_by_fusion_gene", {"gene": "ROS1", "limit": "3"})
    assert "unknown parameter" in str(ei.value) and "limit" in str(ei.value)
    with pytest.raises(QueryError):
        run_query(store, "cases_per_tumor_type", {"x": "1"})


@pytest.mark.parametrize("bad", ["not an iri", "http://x/a b", "<http://x>", "http://x/>} UNION {?s ?p ?o"])
def test_query_iri_param_must_be_a_valid_iri(store, bad):
    with pytest.raises(QueryError):
        run_query(store, "evidence_for_fact", {"fact": bad})


INJECTIONS = [
    'ROS1" ) } UNION { ?a ?b ?c } #',
    "ROS1' } UNION { GRAPH ?g { ?case ?p ?o } } #",
    '" || true || "',
    "} UNION {",
    "ROS1\" . FILTER(true) #",
    "{}}}{{",
    "\\\" ROS1",
    "ROS1\n} UNION { ?s ?p ?o }",
]


@pytest.mark.parametrize("value", INJECTIONS)
def test_query_literal_injection_does_not_change_the_query(store, value):
    cols, rows = run_query(store, "cases_by_fusion_gene", {"gene": value})
    assert cols == ["gene", "report", "case", "fusion", "five_prime", "three_prime"]
    assert rows == []  # the value is one literal that matches no gene symbol


def test_query_literal_is_bound_verbatim(store):
    cols, rows = run_query(store, "cases_by_fusion_gene", {"gene": "ROS1"})
    assert len(rows) == 1 and rows[0][0] == "ROS1"


def test_query_iri_with_injection_characters_encoded_matches_nothing(store):
    cols, rows = run_query(store, "evidence_for_fact", {"fact": RA + "/case/1%7D%20UNION%20%7B"})
    assert rows == []


def test_query_integer_param_typing(tmp_path, store):
    qdir = tmp_path / "q"
    qdir.mkdir()
    (qdir / "lines_from.rq").write_text(
        "# name: lines_from\n# summary: therapy lines numbered at least n\n"
        "# param: n (integer) — minimum line number\n"
        "PREFIX kg: <https://w3id.org/kg-oncocase/vocab#>\n"
        "SELECT ?n ?line WHERE { GRAPH ?g { ?l kg:lineNumber ?line } FILTER(?line >= ?n) } ORDER BY ?line\n",
        encoding="utf-8")
    cols, rows = run_query(store, "lines_from", {"n": "2"}, directory=qdir)
    assert [r[1] for r in rows] == [2, 2]
    with pytest.raises(QueryError):
        run_query(store, "lines_from", {"n": "2 } UNION {"}, directory=qdir)
    with pytest.raises(QueryError):
        run_query(store, "lines_from", {"n": "two"}, directory=qdir)


def test_query_header_with_unknown_param_type_is_rejected(tmp_path, store):
    qdir = tmp_path / "q"
    qdir.mkdir()
    (qdir / "bad.rq").write_text("# name: bad\n# summary: s\n# param: x (color) — a colour\nSELECT ?x WHERE {}\n")
    with pytest.raises(QueryError):
        run_query(store, "bad", {"x": "red"}, directory=qdir)


def test_query_invalid_sparql_is_query_error(tmp_path, store):
    qdir = tmp_path / "q"
    qdir.mkdir()
    (qdir / "broken.rq").write_text("# name: broken\n# summary: s\nSELECT WHERE {\n")
    with pytest.raises(QueryError):
        run_query(store, "broken", {}, directory=qdir)


COLS = ["drug", "grade", "note"]
ROWS = [["crizotinib", 1, 'has "quotes", commas'], ["alectinib", None, "é"]]


def test_query_format_json():
    assert json.loads(format_rows(COLS, ROWS, "json")) == [
        {"drug": "crizotinib", "grade": 1, "note": 'has "quotes", commas'},
        {"drug": "alectinib", "grade": None, "note": "é"}]


def test_query_format_csv():
    parsed = list(csv.reader(io.StringIO(format_rows(COLS, ROWS, "csv"))))
    assert parsed == [COLS, ["crizotinib", "1", 'has "quotes", commas'], ["alectinib", "", "é"]]


def test_query_format_table():
    out = format_rows(COLS, ROWS, "table")
    assert "crizotinib" in out and "alectinib" in out and "drug" in out
    assert out.strip().endswith("2 row(s)")


def test_query_format_unknown():
    with pytest.raises(QueryError):
        format_rows(COLS, ROWS, "xml")


def _write_query(tmp_path, param_line):
    (tmp_path / "one.rq").write_text(
        "# name: one\n# summary: test\n" + param_line + "\n"
        "PREFIX kg: <https://w3id.org/kg-oncocase/vocab#>\n"
        "SELECT ?case WHERE { GRAPH ?g { ?case a kg:PatientCase } } ORDER BY ?case\n", encoding="utf-8")
    return tmp_path


def test_query_optional_param_parsed_and_may_be_left_out(store, tmp_path):
    d = _write_query(tmp_path, "# param: case (iri, optional) — one case")
    q = load_query("one", d)
    assert [(p.name, p.type, p.optional) for p in q.params] == [("case", "iri", True)]
    _, everything = run_query(store, "one", {}, d)
    assert len(everything) == 2
    _, one = run_query(store, "one", {"case": everything[1][0]}, d)
    assert one == [everything[1]]


def test_query_required_param_is_not_optional(tmp_path):
    q = load_query("one", _write_query(tmp_path, "# param: case (iri) — one case"))
    assert q.params[0].optional is False


def test_query_unknown_param_flag_is_query_error(tmp_path):
    with pytest.raises(QueryError) as ei:
        load_query("one", _write_query(tmp_path, "# param: case (iri, sometimes) — one case"))
    assert "sometimes" in str(ei.value) and "optional" in str(ei.value)


def test_query_optional_param_still_type_checked(store):
    with pytest.raises(QueryError) as ei:
        run_query(store, "case_treatments", {"case": "not an iri"})
    assert "case" in str(ei.value)
