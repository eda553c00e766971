"""Counts for `kg stats`, by SPARQL over all named graphs."""
from __future__ import annotations

import pyoxigraph as ox

_KG = "https://w3id.org/kg-oncocase/vocab#"
_CLASSES = [("reports", "CaseReport"), ("cases", "PatientCase"), ("diagnoses", "Diagnosis"),
            ("fusions", "GeneFusion"), ("therapy_lines", "TherapyLine"),
            ("drug_administrations", "DrugAdministration"), ("responses", "ResponseAssessment"),
            ("adverse_events", "AdverseEvent"), ("procedures", "Procedure"), ("evidence", "Evidence")]


def store_stats(store) -> dict[str, int]:
    raw = store.raw if hasattr(store, "raw") else store
    out: dict[str, int] = {"graphs": sum(1 for _ in raw.named_graphs()), "triples": len(raw)}
    for key, cls in _CLASSES:
        sols = raw.query("SELECT ?cls (COUNT(DISTINCT ?x) AS ?n) WHERE { GRAPH ?g { ?x a ?cls } } GROUP BY ?cls",
                         substitutions={ox.Variable("cls"): ox.NamedNode(_KG + cls)})
        out[key] = next((int(s["n"].value) for s in sols), 0)
    return out
