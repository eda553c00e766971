"""What the per-case exports need beyond the `kg cases` contract, read by named queries.

``cases_json`` (the contract) gives each case's terms; the Phenopacket, CSV and KGX exports also
need the report's title, the patient's outcome, each line's discontinuation reason and each drug's
dose/route/schedule and the evidence sentences. They are read here with the named queries
``case_summary``, ``case_line_details`` and ``case_evidence`` (one pass each over the store, or one
case; ``kg site`` reads the same ``case_summary`` and ``case_evidence``). Responses are ranked by
``kg.query.responses``, as on the site.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.graph.iri import curie_of, report_of_graph
from kg.query import rows_as_dicts, run_query
from kg.query.cases import cases_json


@dataclass
class LineDetails:
    reason: str | None = None
    # drug CURIE -> {"dose", "route", "schedule"} (values None when not told)
    drugs: dict[str, dict] = field(default_factory=dict)


@dataclass
class CaseDetails:
    report: str | None = None          # report IRI
    title: str | None = None
    outcome: str | None = None
    lines: dict[int, LineDetails] = field(default_factory=dict)
    evidence: list[dict] = field(default_factory=list)   # case_evidence rows, in text order


def selected_cases(store, case: str | None = None, graph: str | None = None) -> list[tuple[dict, CaseDetails]]:
    """(contract object, details) of every case in the store, of one ``case``, or of the cases of
    one report ``graph``; in `kg cases` order."""
    details = case_details(store, case)
    cases = cases_json(store, case=case)
    if graph is not None:
        prefix = f"{report_of_graph(graph)}/case/"
        cases = [c for c in cases if c["case"].startswith(prefix)]
    return [(c, details.get(c["case"]) or CaseDetails()) for c in cases]


def _rows(store, name: str, case: str | None) -> list[dict]:
    cols, rows = run_query(store, name, {"case": case} if case else {})
    return rows_as_dicts(cols, rows)


def case_details(store, case: str | None = None) -> dict[str, CaseDetails]:
    """{case IRI: CaseDetails} for every case in the store (or only ``case``).

    >>> d = case_details(store)["https://w3id.org/kg-oncocase/report/3903f785d287a078/case/1"]
    >>> d.title, d.outcome, d.lines[1].reason
    ('ROS1-rearranged inflammatory myofibroblastic tumor treated with crizotinib', 'alive without evidence of disease', 'no response')
    >>> [(e["kind"], e["mention"]) for e in d.evidence][:2]
    [('PatientCase', 'man'), ('Diagnosis', 'inflammatory myofibroblastic tumor')]
    """
    out: dict[str, CaseDetails] = {}
    for r in _rows(store, "case_summary", case):
        out[r["case"]] = CaseDetails(report=r["report"], title=r["title"], outcome=r["outcome"])
    for r in _rows(store, "case_line_details", case):
        d = out.setdefault(r["case"], CaseDetails())
        line = d.lines.setdefault(r["line"], LineDetails())
        line.reason = line.reason or r["reason"]
        drug = curie_of(r["drug"]) or r["drug"]
        line.drugs.setdefault(drug, {"dose": r["dose"], "route": r["route"], "schedule": r["schedule"]})
    for r in _rows(store, "case_evidence", case):
        out.setdefault(r["case"], CaseDetails()).evidence.append(r)
    return out


__all__ = ["CaseDetails", "LineDetails", "case_details", "selected_cases"]
