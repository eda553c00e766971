"""Counts for `kg stats`, by SPARQL over all named graphs."""
from __future__ import annotations

import pyoxigraph as ox

from kg.prefixes import namespace

_KG = namespace("kg")
# every ingested document is a kg:Report; the ones that describe a patient case are also kg:CaseReport
_CLASSES = [("case_reports", "CaseReport"), ("cases", "PatientCase")]
# fact nodes carry no rdf:type (ontology/kg.ttl): each kind is the objects of the link that leads to it
_LINKS = [("diagnoses", "hasDiagnosis"), ("fusions", "hasFusion"), ("therapy_lines", "hasTherapyLine"),
          ("drug_administrations", "hasAdministration"), ("responses", "hasResponse"),
          ("adverse_events", "hasAdverseEvent"), ("procedures", "hasProcedure")]
# evidence: the distinct mentions facts were read from (a fact carries its sentence and mention offsets;
# two facts read from one mention carry the same ones: ontology/kg.ttl, kg:inSentence)
_EVIDENCE = ("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?a ?b WHERE { GRAPH ?g { "
             "?fact <%sinSentence> ?s ; <%smentionStart> ?a ; <%smentionEnd> ?b } } }" % (_KG, _KG, _KG))
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
    for key, link in _LINKS:
        sols = raw.query("SELECT ?link (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?s ?link ?x } } GROUP BY ?link",
                         substitutions={ox.Variable("link"): ox.NamedNode(_KG + link)})
        out[key] = next((int(s["n"].value) for s in sols), 0)
    out["evidence"] = next((int(s["n"].value) for s in raw.query(_EVIDENCE)), 0)
    return out
