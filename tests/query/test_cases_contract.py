"""kg.query.cases.cases_json: the `kg cases --format json` contract, from the store by SPARQL."""
import json

import pytest
import rdflib
from rdflib import URIRef

from fixture_helpers import FIXTURE_TRIG as FIXTURE
from kg.query.cases import cases_json
from kg.store import open_store

RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"
KEYS = ["report", "report_ids", "case", "age", "sex", "diagnoses", "fusions", "treatments",
        "adverse_events", "procedures"]

EXPECTED_A = {
    "report": "doi:10.1000/jimt.2021.1",
    "report_ids": ["doi:10.1000/jimt.2021.1", "pmid:111"],
    "case": RA + "/case/1",
    "age": 23,
    "sex": "male",
    "diagnoses": [{"id": "NCIT:C6481", "label": "inflammatory myofibroblastic tumor"}],
    "fusions": [{"five_prime": {"id": "HGNC:12851", "label": "YWHAE"},
                 "three_prime": {"id": "HGNC:10261", "label": "ROS1"}}],
    "treatments": [
        {"drugs": [{"id": "NCIT:C456", "label": "doxorubicin"}, {"id": "NCIT:C564", "label": "ifosfamide"}],
         "start": "2018-11", "end": "2019-03", "line": 1,
         "responses": [{"id": "NCIT:C18213", "label": "stable disease", "date": "2019-03"}]},
        {"drugs": [{"id": "NCIT:C74061", "label": "crizotinib"}],
         "start": "2019-05", "end": "2020-01", "line": 2,
         "responses": [{"id": "NCIT:C18213", "label": "stable disease", "date": "2019-06"},
                       {"id": "NCIT:C18058", "label": "partial response", "date": "2019-09"}]},
    ],
    "adverse_events": [
        {"id": "MEDDRA:10029366", "label": "neutrophil count decreased", "grade": 4, "drugs": ["NCIT:C456", "NCIT:C564"]},
        {"id": "MEDDRA:10005886", "label": "blurred vision", "grade": 1, "drugs": ["NCIT:C74061"]},
    ],
    "procedures": [{"id": "KG:procedure-wide-excision", "label": "wide excision", "date": "2020-01"}],
}

EXPECTED_B = {
    "report": "pmid:222",
    "report_ids": ["pmid:222", "pmcid:pmc333"],
    "case": RB + "/case/1",
    "age": 61,
    "sex": "female",
    "diagnoses": [{"id": "NCIT:C2926", "label": "non-small cell lung carcinoma"}],
    "fusions": [{"five_prime": None, "three_prime": {"id": "HGNC:427", "label": "ALK"}}],
    "treatments": [
        {"drugs": [{"id": "NCIT:C74061", "label": "crizotinib"}],
         "start": "2017-03-01", "end": "2018-06-15", "line": 1,
         "responses": [{"id": "NCIT:C18213", "label": "stable disease", "date": "2017-06"},
                       {"id": "NCIT:C35571", "label": "progressive disease", "date": "2018-06"}]},
        {"drugs": [{"id": "NCIT:C101790", "label": "alectinib"}],
         "start": "2018", "end": "2020", "line": 2,
         "responses": [{"id": "NCIT:C4870", "label": "complete response", "date": "2019"}]},
    ],
    "adverse_events": [
        {"id": "MEDDRA:10001551", "label": "alanine aminotransferase increased", "grade": 2, "drugs": ["NCIT:C74061"]},
        {"id": "MEDDRA:10028411", "label": "myalgia", "grade": None, "drugs": ["NCIT:C101790"]},
    ],
    "procedures": [{"id": "KG:procedure-radiotherapy",
                    "label": "palliative radiotherapy 30 Gy in 10 fractions", "date": "2018-06"}],
}


@pytest.fixture(scope="module")
def cases():
    st = open_store(None)
    st.load_file(FIXTURE)
    out = cases_json(st)
    st.close()
    return out


def test_query_cases_exact_contract(cases):
    by_case = {c["case"]: c for c in cases}
    assert len(cases) == 2
    assert by_case[RA + "/case/1"] == EXPECTED_A
    assert by_case[RB + "/case/1"] == EXPECTED_B


def test_query_cases_key_order_and_json_serializable(cases):
    for c in cases:
        assert list(c) == KEYS
    assert json.loads(json.dumps(cases)) == cases


def test_query_cases_treatments_ordered_by_line_even_if_iris_disagree(tmp_path):
    """Line order comes from kg:lineNumber, not from IRIs or insertion order."""
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    g = ds.graph(URIRef("https://w3id.org/kg-oncocase/graph/3903f785d287a078"))
    kg = rdflib.Namespace("https://w3id.org/kg-oncocase/vocab#")
    l1, l2 = URIRef(RA + "/case/1/therapy/1"), URIRef(RA + "/case/1/therapy/2")
    g.set((l1, kg.lineNumber, rdflib.Literal(2)))
    g.set((l2, kg.lineNumber, rdflib.Literal(1)))
    st = open_store(None)
    st.replace_graph(str(g.identifier), g)
    (c,) = cases_json(st)
    assert [t["line"] for t in c["treatments"]] == [1, 2]
    assert c["treatments"][0]["drugs"] == [{"id": "NCIT:C74061", "label": "crizotinib"}]


def test_query_cases_empty_store_and_case_without_facts():
    st = open_store(None)
    assert cases_json(st) == []
    g = "https://w3id.org/kg-oncocase/graph/x"
    r = URIRef("https://w3id.org/kg-oncocase/report/x")
    c = URIRef("https://w3id.org/kg-oncocase/report/x/case/1")
    kg = rdflib.Namespace("https://w3id.org/kg-oncocase/vocab#")
    st.replace_graph(g, [(r, rdflib.RDF.type, kg.CaseReport), (r, kg.identifier, rdflib.Literal("file:x.txt")),
                         (r, kg.hasCase, c), (c, rdflib.RDF.type, kg.PatientCase),
                         (c, kg.caseNumber, rdflib.Literal(1))])
    assert cases_json(st) == [{
        "report": "file:x.txt", "report_ids": ["file:x.txt"], "case": str(c), "age": None, "sex": None,
        "diagnoses": [], "fusions": [], "treatments": [], "adverse_events": [], "procedures": []}]


def test_query_cases_one_case_equals_its_object_in_the_full_output(cases):
    st = open_store(None)
    st.load_file(FIXTURE)
    try:
        for c in cases:
            assert cases_json(st, case=c["case"]) == [c]
        assert cases_json(st, case="https://w3id.org/kg-oncocase/report/0000/case/1") == []
    finally:
        st.close()
