"""cases_json(iris=True): every entry names the fact nodes behind it; the contract output has none."""
import json

import rdflib

from kg.query.cases import cases_json

RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
CA = RA + "/case/1"


def test_cases_iris_name_the_fact_nodes(store):
    a = next(c for c in cases_json(store, iris=True) if c["case"] == CA)
    assert [d["iris"] for d in a["diagnoses"]] == [[CA + "/diagnosis/1"]]
    assert [f["iris"] for f in a["fusions"]] == [[CA + "/fusion/1"]]
    assert [t["iris"] for t in a["treatments"]] == [[CA + "/therapy/1"], [CA + "/therapy/2"]]
    assert [[d["iris"] for d in t["drugs"]] for t in a["treatments"]] == [
        [[CA + "/therapy/1/drug/1"], [CA + "/therapy/1/drug/2"]], [[CA + "/therapy/2/drug/1"]]]
    assert [[r["iris"] for r in t["responses"]] for t in a["treatments"]] == [
        [[CA + "/therapy/1/response/1"]], [[CA + "/therapy/2/response/1"], [CA + "/therapy/2/response/2"]]]
    assert [e["iris"] for e in a["adverse_events"]] == [[CA + "/adverse_event/1"], [CA + "/adverse_event/2"]]
    assert [p["iris"] for p in a["procedures"]] == [[CA + "/procedure/1"]]


def test_cases_without_iris_is_the_contract_unchanged(store):
    plain = cases_json(store)
    assert "iris" not in json.dumps(plain)
    with_iris = cases_json(store, iris=True)

    def strip(x):
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k != "iris"}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x

    assert strip(with_iris) == plain
    assert list(plain[0]) == ["report", "report_ids", "case", "age", "sex", "diagnoses", "fusions", "treatments",
                              "adverse_events", "procedures"]


def test_cases_equal_diagnoses_merge_their_nodes():
    from kg.store import open_store

    st = open_store(None)
    g = rdflib.Graph().parse(format="turtle", data="""
        PREFIX kg: <https://w3id.org/kg-oncocase/vocab#>
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        <http://example.org/r> kg:hasCase <http://example.org/r/case/1> .
        <http://example.org/r/case/1> a kg:PatientCase ; kg:caseNumber 1 ;
            kg:hasDiagnosis <http://example.org/r/case/1/diagnosis/1>, <http://example.org/r/case/1/diagnosis/2> .
        <http://example.org/r/case/1/diagnosis/1> kg:concept <http://example.org/t> .
        <http://example.org/r/case/1/diagnosis/2> kg:concept <http://example.org/t> .
        <http://example.org/t> a kg:Tumor ; skos:notation "NCIT:C6481" ; rdfs:label "IMT" .
        """)
    st.replace_graph("http://example.org/g", g)   # the store's layout: the term apart, the case in the page index
    (case,) = cases_json(st, iris=True)
    assert case["diagnoses"] == [{"id": "NCIT:C6481", "label": "IMT", "iris": [
        "http://example.org/r/case/1/diagnosis/1", "http://example.org/r/case/1/diagnosis/2"]}]
