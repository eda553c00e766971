"""Counts for `kg stats`, by SPARQL over all named graphs."""
from __future__ import annotations

import pyoxigraph as ox

from kg.prefixes import namespace

_KG = namespace("kg")
# every ingested document is a kg:Report; the ones that describe a patient case are also kg:CaseReport
_CLASSES = [("case_reports", "CaseReport"), ("cases", "PatientCase"), ("diagnoses", "Diagnosis"),
            ("fusions", "GeneFusion"), ("therapy_lines", "TherapyLine"),
            ("drug_administrations", "DrugAdministration"), ("responses", "ResponseAssessment"),
            ("adverse_events", "AdverseEvent"), ("procedures", "Procedure")]
# evidence nodes carry no rdf:type (ontology/kg.ttl, kg:Evidence): they are the objects of kg:evidence
_EVIDENCE = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { GRAPH ?g { ?fact <%sevidence> ?e } }" % _KG
# graphs written before kg:Report existed type their report node kg:CaseReport only
_REPORTS = ("SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?t } VALUES ?t { <%sReport> <%sCaseReport> } }"
            % (_KG, _KG))


def store_stats(store) -> dict[str, int]:
    """{"graphs", "triples", "reports", "case_reports", "reports_without_cases", "cases", ...}."""
    raw = store.raw if hasattr(store, "raw") else store
    # graphs: the report graphs; triples: every quad of kg's graphs (reports, terms, summaries)
    graphs = len(store.named_graphs()) if hasattr(store, "named_graphs") else sum(1 for _ in raw.named_graphs())
    out: dict[str, int] = {"graphs": graphs, "triples": store.count() if hasattr(store, "count") else len(raw)}
    out["reports"] = next((int(s["n"].value) for s in raw.query(_REPORTS)), 0)
    for key, cls in _CLASSES:
        sols = raw.query("SELECT ?cls (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?cls } } GROUP BY ?cls",
                         substitutions={ox.Variable("cls"): ox.NamedNode(_KG + cls)})
        out[key] = next((int(s["n"].value) for s in sols), 0)
        if key == "case_reports":
            out["reports_without_cases"] = out["reports"] - out["case_reports"]
    out["evidence"] = next((int(s["n"].value) for s in raw.query(_EVIDENCE)), 0)
    return out
