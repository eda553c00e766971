"""Every queries/*.rq against the hand-written two-report fixture, with the expected rows."""
import re
from pathlib import Path

import pytest

from fixture_helpers import FIXTURE_TRIG
from kg.errors import QueryError
from kg.query import list_queries, run_query
from kg.store import open_store

QUERIES = Path(__file__).resolve().parents[2] / "queries"
RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"
CA, CB = RA + "/case/1", RB + "/case/1"

REQUIRED = {"cases_by_fusion_gene", "responses_by_drug_and_fusion", "therapy_sequence",
            "adverse_events_by_drug_and_grade", "cases_per_tumor_type", "evidence_for_fact",
            "alk_ros1_crizotinib_best_response", "time_on_drug", "cases"}


def rows(store, name, **params):
    cols, rs = run_query(store, name, params)
    return [dict(zip(cols, r)) for r in rs]


def test_queries_required_set_present_with_headers():
    qs = {q.name: q for q in list_queries()}
    assert REQUIRED <= set(qs)
    for q in qs.values():
        assert q.summary, f"{q.name} has no '# summary:' line"
        head = Path(q.path).read_text(encoding="utf-8").splitlines()[0]
        assert head == f"# name: {q.name}"
    assert [p.name for p in qs["cases_by_fusion_gene"].params] == ["gene"]
    assert qs["cases_by_fusion_gene"].params[0].type == "term"
    assert [(p.name, p.type) for p in qs["evidence_for_fact"].params] == [("fact", "iri")]


def test_queries_all_read_every_named_graph():
    for path in QUERIES.glob("*.rq"):
        assert "GRAPH ?g" in path.read_text(encoding="utf-8"), path.name


def test_queries_cases_by_fusion_gene_ros1(store):
    assert rows(store, "cases_by_fusion_gene", gene="ROS1") == [
        {"gene": "ROS1", "report": RA, "case": CA, "fusion": "YWHAE::ROS1", "five_prime": "YWHAE", "three_prime": "ROS1"}]


def test_queries_cases_by_fusion_gene_alk_lower_case_and_unknown_5prime(store):
    assert rows(store, "cases_by_fusion_gene", gene="alk") == [
        {"gene": "alk", "report": RB, "case": CB, "fusion": "ALK fusion", "five_prime": None, "three_prime": "ALK"}]


def test_queries_cases_by_fusion_gene_partner_5prime_and_no_match(store):
    assert [r["case"] for r in rows(store, "cases_by_fusion_gene", gene="YWHAE")] == [CA]
    assert rows(store, "cases_by_fusion_gene", gene="EML4") == []


@pytest.mark.parametrize("gene, case", [
    ("HGNC:10261", CA), ("HGNC:12851", CA), ("hgnc:427", CB), (" HGNC:427 ", CB),
    ("http://identifiers.org/hgnc/427", CB)])
def test_queries_cases_by_fusion_gene_by_curie_or_iri(store, gene, case):
    """`-p gene=HGNC:427` names the gene by its id (expanded through kg/graph/iri.py's prefix map)."""
    got = rows(store, "cases_by_fusion_gene", gene=gene)
    assert [r["case"] for r in got] == [case]
    assert got[0]["three_prime"] == ("ALK" if case == CB else "ROS1")


def test_queries_cases_by_fusion_gene_unknown_id_or_prefix(store):
    assert rows(store, "cases_by_fusion_gene", gene="HGNC:999999") == []
    with pytest.raises(QueryError, match="FOO:1.*CURIE"):
        rows(store, "cases_by_fusion_gene", gene="FOO:1")


def test_queries_responses_by_drug_and_fusion(store):
    got = [(r["fusion"], r["drug"], r["response"], r["cases"]) for r in rows(store, "responses_by_drug_and_fusion")]
    assert sorted(got) == sorted([
        ("YWHAE::ROS1", "doxorubicin", "stable disease", 1),
        ("YWHAE::ROS1", "ifosfamide", "stable disease", 1),
        ("YWHAE::ROS1", "crizotinib", "stable disease", 1),
        ("YWHAE::ROS1", "crizotinib", "partial response", 1),
        ("ALK fusion", "crizotinib", "stable disease", 1),
        ("ALK fusion", "crizotinib", "progressive disease", 1),
        ("ALK fusion", "alectinib", "complete response", 1),
    ])


def test_queries_therapy_sequence_ordered_by_line(store):
    got = rows(store, "therapy_sequence")
    by_case = {}
    for r in got:
        by_case.setdefault(r["case"], []).append((r["line"], sorted(r["drugs"].split("|")), r["start"], r["end"]))
    assert by_case == {
        CA: [(1, ["doxorubicin", "ifosfamide"], "2018-11", "2019-03"), (2, ["crizotinib"], "2019-05", "2020-01")],
        CB: [(1, ["crizotinib"], "2017-03-01", "2018-06-15"), (2, ["alectinib"], "2018", "2020")],
    }


def test_queries_adverse_events_by_drug_and_grade(store):
    got = [(r["drug"], r["adverse_event"], r["grade"], r["cases"]) for r in rows(store, "adverse_events_by_drug_and_grade")]
    assert sorted(got, key=str) == sorted([
        ("doxorubicin", "neutrophil count decreased", 4, 1),
        ("ifosfamide", "neutrophil count decreased", 4, 1),
        ("crizotinib", "blurred vision", 1, 1),
        ("crizotinib", "alanine aminotransferase increased", 2, 1),
        ("alectinib", "myalgia", None, 1),
    ], key=str)


def test_queries_cases_per_tumor_type(store):
    got = {(r["tumor_id"], r["tumor"], r["cases"]) for r in rows(store, "cases_per_tumor_type")}
    assert got == {("NCIT:C6481", "inflammatory myofibroblastic tumor", 1),
                   ("NCIT:C2926", "non-small cell lung carcinoma", 1)}


def test_queries_evidence_for_fact(store):
    got = rows(store, "evidence_for_fact", fact=RA + "/case/1/therapy/2/drug/1")
    assert got == [{
        "fact": RA + "/case/1/therapy/2/drug/1", "evidence": RA + "/evidence/300-310", "report": RA,
        "section": "case", "section_title": "CASE PRESENTATION",
        "sentence": "In May 2019 he started crizotinib 250 mg orally twice daily.",
        "sentence_start": 277, "sentence_end": 337, "mention": "crizotinib", "mention_start": 300, "mention_end": 310,
        "offsets_into": "section"}]
    assert rows(store, "evidence_for_fact", fact=RB + "/case/1/fusion/1") == []  # no evidence recorded


def test_queries_alk_ros1_crizotinib_best_response(store):
    got = {(r["case"], r["fusion_gene"], r["best_response"], r["best_response_id"])
           for r in rows(store, "alk_ros1_crizotinib_best_response")}
    # case A: SD then PR on crizotinib -> PR; case B: SD then PD on crizotinib -> SD (the alectinib CR does not count)
    assert got == {(CA, "ROS1", "partial response", "NCIT:C18058"),
                   (CB, "ALK", "stable disease", "NCIT:C18213")}


def test_queries_time_on_drug(store):
    got = {(r["case"], r["line"], r["drug"]): (r["months"], r["precision"]) for r in rows(store, "time_on_drug")}
    assert got == {
        (CA, 1, "doxorubicin"): (4.0, "month"),     # 2018-11 .. 2019-03
        (CA, 1, "ifosfamide"): (4.0, "month"),
        (CA, 2, "crizotinib"): (8.0, "month"),      # 2019-05 .. 2020-01
        (CB, 1, "crizotinib"): (15.5, "day"),       # 2017-03-01 .. 2018-06-15: 15 months + 14 days
        (CB, 2, "alectinib"): (24.0, "year"),       # 2018 .. 2020
    }


def test_queries_cases_one_row_per_identifier(store):
    got = {(r["case"], r["identifier"], r["age"], r["sex"]) for r in rows(store, "cases")}
    assert got == {(CA, "doi:10.1000/JIMT.2021.1", 23, "male"), (CA, "pmid:111", 23, "male"),
                   (CB, "pmid:222", 61, "female"), (CB, "pmcid:PMC333", 61, "female")}


def test_queries_case_fusions_unknown_partner_unbound(store):
    got = {r["case"]: (r["five_id"], r["three_id"]) for r in rows(store, "case_fusions")}
    assert got == {CA: ("HGNC:12851", "HGNC:10261"), CB: (None, "HGNC:427")}


def test_queries_case_adverse_events_rows_per_drug(store):
    got = sorted((r["label"], r["grade"], r["drug_id"]) for r in rows(store, "case_adverse_events") if r["case"] == CA)
    assert got == [("blurred vision", 1, "NCIT:C74061"),
                   ("neutrophil count decreased", 4, "NCIT:C456"),
                   ("neutrophil count decreased", 4, "NCIT:C564")]


def test_queries_every_query_runs_on_empty_store():
    empty = open_store(None)
    for q in list_queries():
        params = {p.name: ("http://example.org/x" if p.type == "iri" else "1") for p in q.params}
        cols, rs = run_query(empty, q.name, params)
        assert cols and rs == [], q.name


def test_queries_case_param_gives_exactly_that_cases_rows(store):
    """Every query with the optional `case` parameter: bound rows == the unbound rows of that case."""
    scoped = [q for q in list_queries() if "case" in q.param_names]
    assert {q.name for q in scoped} >= {"cases", "case_diagnoses", "case_fusions", "case_treatments",
                                        "case_responses", "case_adverse_events", "case_procedures",
                                        "therapy_sequence", "time_on_drug"}
    for q in scoped:
        assert all(p.optional for p in q.params if p.name == "case"), q.name
        everything = rows(store, q.name)
        assert {r["case"] for r in everything} <= {CA, CB}, q.name
        for case in (CA, CB):
            assert rows(store, q.name, case=case) == [r for r in everything if r["case"] == case], q.name
        assert rows(store, q.name, case=RA + "/case/9") == [], q.name


def test_queries_unordered_variant_drops_only_the_final_order_by(store):
    for q in list_queries():
        if "ORDER BY" not in q.text.rsplit("}", 1)[-1]:
            assert q.unordered_text == q.text, q.name
            continue
        assert "ORDER BY" not in q.unordered_text.rsplit("}", 1)[-1], q.name
        params = {"gene": "ROS1"} if q.name == "cases_by_fusion_gene" else (
            {"fact": CA} if q.name == "evidence_for_fact" else {})
        ordered = run_query(store, q.name, params)
        unordered = run_query(store, q.name, params, ordered=False)
        assert ordered[0] == unordered[0]
        key = lambda r: repr(r)  # noqa: E731
        assert sorted(ordered[1], key=key) == sorted(unordered[1], key=key), q.name


# ---------------------------------------------- therapy lines without a response ---
LINES_TRIG = Path(__file__).resolve().parents[1] / "fixtures" / "graphs" / "lines_without_responses.trig"
RC = "https://w3id.org/kg-oncocase/report/40b4e0371648aaff"
RD = "https://w3id.org/kg-oncocase/report/73b23d481d00477e"
CC, CD = RC + "/case/1", RD + "/case/1"


@pytest.fixture(scope="module")
def lines_store():
    """The two-case fixture plus two reports whose therapy lines have no response."""
    st = open_store(None)
    st.load_file(FIXTURE_TRIG)
    st.load_file(LINES_TRIG)
    yield st
    st.close()


def test_queries_best_response_with_lines_without_a_response(lines_store):
    got = sorted((r["case"], r["fusion_gene"], r["best_response"], r["best_response_id"])
                 for r in rows(lines_store, "alk_ros1_crizotinib_best_response"))
    # case C: crizotinib line 1 without a response, re-challenge line 2 PR then CR -> CR only;
    # case D: its only crizotinib line has no response -> one row, no best response
    assert got == sorted([(CA, "ROS1", "partial response", "NCIT:C18058"),
                          (CB, "ALK", "stable disease", "NCIT:C18213"),
                          (CC, "ROS1", "complete response", "NCIT:C4870"),
                          (CD, "ALK", None, None)])


def test_queries_responses_by_drug_and_fusion_skip_lines_without_a_response(lines_store):
    got = [(r["fusion"], r["drug"], r["response"], r["cases"]) for r in rows(lines_store, "responses_by_drug_and_fusion")
           if r["fusion"] in ("CD74::ROS1", "EML4::ALK")]
    assert sorted(got) == [("CD74::ROS1", "crizotinib", "complete response", 1),
                           ("CD74::ROS1", "crizotinib", "partial response", 1)]


def test_queries_therapy_sequence_keeps_lines_without_a_response(lines_store):
    got = [(r["case"], r["line"], r["drugs"], r["start"], r["end"]) for r in rows(lines_store, "therapy_sequence")
           if r["case"] in (CC, CD)]
    assert got == [(CC, 1, "crizotinib", "2019-01", "2019-06"), (CC, 2, "crizotinib", "2020-01", None),
                   (CC, 3, "lorlatinib", None, None), (CD, 1, "crizotinib", "2021-03", None)]


def test_queries_adverse_events_and_tumor_counts_with_lines_without_a_response(lines_store):
    ae = [(r["drug"], r["adverse_event"], r["grade"], r["cases"])
          for r in rows(lines_store, "adverse_events_by_drug_and_grade")]
    assert ("crizotinib", "nausea", 1, 1) in ae and len(ae) == 6
    tumors = {(r["tumor_id"], r["cases"]) for r in rows(lines_store, "cases_per_tumor_type")}
    assert tumors == {("NCIT:C6481", 1), ("NCIT:C2926", 3)}


def test_queries_time_on_drug_lines_without_a_response(lines_store):
    got = {(r["case"], r["line"], r["drug"]): (r["months"], r["precision"]) for r in rows(lines_store, "time_on_drug")
           if r["case"] in (CC, CD)}
    assert got[(CC, 1, "crizotinib")] == (5.0, "month")


# ------------------------------------------------- the per-case queries behind `kg cases` ---
def _short(value):
    return value.replace(RA, "A").replace(RB, "B").replace(RC, "C").replace(RD, "D") if isinstance(value, str) else value


def test_queries_case_diagnoses(lines_store):
    assert [(_short(r["case"]), _short(r["diagnosis"]), r["id"], r["label"]) for r in rows(lines_store, "case_diagnoses")] == [
        ("B/case/1", "B/case/1/diagnosis/1", "NCIT:C2926", "non-small cell lung carcinoma"),
        ("A/case/1", "A/case/1/diagnosis/1", "NCIT:C6481", "inflammatory myofibroblastic tumor"),
        ("C/case/1", "C/case/1/diagnosis/1", "NCIT:C2926", "non-small cell lung carcinoma"),
        ("D/case/1", "D/case/1/diagnosis/1", "NCIT:C2926", "non-small cell lung carcinoma")]


def test_queries_case_treatments_one_row_per_drug_and_lines_without_dates(lines_store):
    got = [(_short(r["administration"]), r["line"], r["start"], r["end"], r["drug_id"], r["drug_label"])
           for r in rows(lines_store, "case_treatments")]
    assert got == [
        ("B/case/1/therapy/1/drug/1", 1, "2017-03-01", "2018-06-15", "NCIT:C74061", "crizotinib"),
        ("B/case/1/therapy/2/drug/1", 2, "2018", "2020", "NCIT:C101790", "alectinib"),
        ("A/case/1/therapy/1/drug/1", 1, "2018-11", "2019-03", "NCIT:C456", "doxorubicin"),
        ("A/case/1/therapy/1/drug/2", 1, "2018-11", "2019-03", "NCIT:C564", "ifosfamide"),
        ("A/case/1/therapy/2/drug/1", 2, "2019-05", "2020-01", "NCIT:C74061", "crizotinib"),
        ("C/case/1/therapy/1/drug/1", 1, "2019-01", "2019-06", "NCIT:C74061", "crizotinib"),
        ("C/case/1/therapy/2/drug/1", 2, "2020-01", None, "NCIT:C74061", "crizotinib"),     # no end
        ("C/case/1/therapy/3/drug/1", 3, None, None, "NCIT:C113655", "lorlatinib"),        # no dates
        ("D/case/1/therapy/1/drug/1", 1, "2021-03", None, "NCIT:C74061", "crizotinib")]


def test_queries_case_responses_in_date_order_and_none_for_lines_without_one(lines_store):
    got = [(_short(r["response"]), r["id"], r["label"], r["date"]) for r in rows(lines_store, "case_responses")]
    assert got == [
        ("B/case/1/therapy/1/response/1", "NCIT:C18213", "stable disease", "2017-06"),
        ("B/case/1/therapy/1/response/2", "NCIT:C35571", "progressive disease", "2018-06"),
        ("B/case/1/therapy/2/response/1", "NCIT:C4870", "complete response", "2019"),
        ("A/case/1/therapy/1/response/1", "NCIT:C18213", "stable disease", "2019-03"),
        ("A/case/1/therapy/2/response/1", "NCIT:C18213", "stable disease", "2019-06"),
        ("A/case/1/therapy/2/response/2", "NCIT:C18058", "partial response", "2019-09"),
        ("C/case/1/therapy/2/response/1", "NCIT:C18058", "partial response", "2020-04"),   # line 1 and 3: none
        ("C/case/1/therapy/2/response/2", "NCIT:C4870", "complete response", "2020-10")]  # case D: none


def test_queries_case_procedures(store):
    got = [(_short(r["procedure"]), r["id"], r["label"], r["term_label"], r["date"]) for r in rows(store, "case_procedures")]
    assert got == [
        ("B/case/1/procedure/1", "KG:procedure-radiotherapy", "palliative radiotherapy 30 Gy in 10 fractions",
         "radiotherapy", "2018-06"),
        ("A/case/1/procedure/1", "KG:procedure-wide-excision", "wide excision", "wide excision", "2020-01")]


def test_every_named_query_has_a_test_with_expected_rows():
    """Every queries/*.rq is run by name in a test of tests/query/ that states its rows."""
    here = Path(__file__).parent
    called = set()
    for path in here.glob("test_*.py"):
        called |= set(re.findall(r"""rows\(\s*\w+,\s*["']([a-z_0-9]+)["']""", path.read_text(encoding="utf-8")))
    assert {q.name for q in list_queries()} - called == set()


def test_queries_case_decisions_with_rule_rows_evidence_and_missing_values(store):
    got = rows(store, "case_decisions", case=CA)
    assert [(r["fact"], r["decision"], r["cue"], r["rule_row"], r["mention"], r["mention_start"], r["mention_end"])
            for r in got] == [
        (CA, "sex", "patient/SEX_NOUN", "sex-noun-male", "man", 100, 103),
        (CA + "/therapy/1", "discontinuation reason", "therapy/REASON", "no-response", "because of no response", 254, 276)]
    assert got[1]["sentence"] == "Chemotherapy was stopped because of no response."
    # a decision on a response two steps below the case, without a rule row or words: unbound, not dropped
    assert rows(store, "case_decisions", case=CB) == [{
        "case": CB, "fact": CB + "/therapy/1/response/2", "decision_node": CB + "/therapy/1/response/2/decision/1",
        "decision": "cause of the switch: the line before", "cue": "therapy/CAUSE", "rule_row": None, "mention": None,
        "mention_start": None, "mention_end": None, "sentence": None}]
    assert rows(store, "case_decisions", case=RA + "/case/9") == []
