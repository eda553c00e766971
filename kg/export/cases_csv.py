"""`kg cases --format csv`: one row per therapy line, for pandas / spreadsheets.

Columns (``CSV_COLUMNS``): the case IRI, its report and every report id, diagnoses, fusions, the
line number, drugs (labels and CURIEs), start, end, the line's best response (CR > PR > SD > PD) and
its CURIE, the adverse events attributed to the line's drugs (``label (grade N)``), the adverse
events of the case attributed to no drug, and the discontinuation reason. A case without a therapy
line is one row with empty line columns, so every case appears. Several values in one cell are
separated by ``|``; unknown values are empty cells.

>>> case = {"case": "https://w3id.org/kg-oncocase/report/x/case/1", "report": "pmid:1",
...         "report_ids": ["pmid:1"], "age": 61, "sex": "female",
...         "diagnoses": [{"id": "NCIT:C2926", "label": "non-small cell lung cancer"}],
...         "fusions": [{"five_prime": None, "three_prime": {"id": "HGNC:427", "label": "ALK"}}],
...         "treatments": [{"line": 1, "start": "2017-03", "end": None, "responses": [],
...                         "drugs": [{"id": "NCIT:C74061", "label": "crizotinib"}]}],
...         "adverse_events": [], "procedures": []}
>>> row = case_rows(case)[0]
>>> row["fusions"], row["line"], row["drugs"], row["start"], row["end"]
('?::ALK', 1, 'crizotinib', '2017-03', None)
"""
from __future__ import annotations

import csv
import io

from kg.export.details import CaseDetails, selected_cases
from kg.query.responses import best_of

CSV_COLUMNS = ("case", "report", "report_ids", "age", "sex", "diagnoses", "diagnosis_ids", "fusions", "line",
               "drugs", "drug_ids", "start", "end", "best_response", "best_response_id", "adverse_events",
               "other_adverse_events", "discontinuation_reason")


def _join(values) -> str | None:
    values = [v for v in values if v]
    return "|".join(values) if values else None


def fusion_label(fusion: dict) -> str:
    five, three = fusion.get("five_prime"), fusion.get("three_prime")
    return f"{five['label'] if five else '?'}::{three['label'] if three else '?'}"


def _ae_text(ae: dict) -> str:
    return f"{ae['label']} (grade {ae['grade']})" if ae.get("grade") else ae["label"]


def case_rows(case: dict, details: CaseDetails | None = None) -> list[dict]:
    """The rows of one `kg cases` contract object."""
    base = {
        "case": case["case"], "report": case["report"], "report_ids": _join(case["report_ids"]),
        "age": case["age"], "sex": case["sex"],
        "diagnoses": _join(d["label"] for d in case["diagnoses"]),
        "diagnosis_ids": _join(d["id"] for d in case["diagnoses"]),
        "fusions": _join(fusion_label(f) for f in case["fusions"]),
        "other_adverse_events": _join(_ae_text(a) for a in case["adverse_events"] if not a["drugs"]),
    }
    rows = []
    for line in case["treatments"]:
        ids = {d["id"] for d in line["drugs"]}
        best = best_of(line["responses"])
        reason = details.lines.get(line["line"]).reason if details and line["line"] in details.lines else None
        rows.append({**base, "line": line["line"], "drugs": _join(d["label"] for d in line["drugs"]),
                     "drug_ids": _join(d["id"] for d in line["drugs"]), "start": line["start"], "end": line["end"],
                     "best_response": best["label"] if best else None, "best_response_id": best["id"] if best else None,
                     "adverse_events": _join(_ae_text(a) for a in case["adverse_events"] if ids & set(a["drugs"])),
                     "discontinuation_reason": reason})
    return rows or [base]


def cases_csv(store, case: str | None = None, graph: str | None = None) -> str:
    """CSV text (header + one row per therapy line) of every case in the store (or only ``case``,
    or the cases of one report ``graph``)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, lineterminator="\n", restval="")
    writer.writeheader()
    for c, details in selected_cases(store, case, graph):
        for row in case_rows(c, details):
            writer.writerow({k: ("" if v is None else v) for k, v in row.items()})
    return buf.getvalue()


__all__ = ["cases_csv", "case_rows", "CSV_COLUMNS", "fusion_label"]
