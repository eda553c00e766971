"""The `kg cases --format json` contract (see /work/shared/gold/README.md), built by SPARQL.

One object per patient case::

    {"report", "report_ids", "case", "age", "sex", "diagnoses": [{id, label}],
     "fusions": [{"five_prime": {id, label} | null, "three_prime": ...}],
     "treatments": [{"drugs": [{id, label}], "start", "end", "line",
                     "responses": [{id, label, date}]}],           # ordered by line
     "adverse_events": [{id, label, grade, "drugs": [drug CURIE]}],
     "procedures": [{id, label, date}]}

ids are the skos:notation (CURIE) of the term nodes; unknown values are null.
"""
from __future__ import annotations

import re

from collections.abc import Iterator

from kg.query import paging, rows_as_dicts, run_buckets, run_query

_ID_ORDER = {"doi": 0, "pmid": 1, "pmcid": 2}


def _id_key(curie: str) -> tuple:
    prefix = curie.split(":", 1)[0]
    return (_ID_ORDER.get(prefix, 3), curie)


def _natural(iri: str | None) -> tuple:
    """Sort key that orders .../adverse_event/2 before .../adverse_event/10."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in re.split(r"(\d+)", iri or ""))


def _q_rows(store, name: str, case: str | None = None, buckets: list[int] | None = None) -> list[dict]:
    if buckets is not None:
        cols, rows = run_buckets(store, name, buckets, ordered=False)   # sorted below
    else:
        cols, rows = run_query(store, name, {"case": case} if case else {}, ordered=False)
    return rows_as_dicts(cols, rows)


def _term(id_, label):
    if id_ is None and label is None:
        return None
    return {"id": id_, "label": label}


# page buckets per batch of `kg cases`: ~1/16 of the cases at a time (memory stays flat)
BATCH_BUCKETS = 256
FIRST_BATCH_BUCKETS = 8


def iter_cases(store, case: str | None = None, batch: int = BATCH_BUCKETS) -> Iterator[dict]:
    """Every patient case (or only the one with IRI ``case``) as contract objects, streamed: the
    cases of ``batch`` page buckets at a time, in the order of their report and case IRIs."""
    if case is not None:
        yield from _cases(store, case=case)
        return
    i, n = 0, min(batch, FIRST_BATCH_BUCKETS)   # a small first batch: the first cases come at once
    while i < len(paging.ALL_BUCKETS):
        yield from _cases(store, buckets=paging.ALL_BUCKETS[i:i + n])
        i, n = i + n, batch


def cases_json(store, case: str | None = None) -> list[dict]:
    """Every patient case in the store (or only the one with IRI ``case``) as contract objects."""
    return list(iter_cases(store, case))


def _cases(store, case: str | None = None, buckets: list[int] | None = None) -> list[dict]:
    """The contract objects of one case, or of the cases of page ``buckets``."""
    def _q(name):
        return _q_rows(store, name, case, buckets)

    cases: dict[str, dict] = {}
    order: dict[str, tuple] = {}
    for r in _q("cases"):
        c = cases.get(r["case"])
        if c is None:
            c = cases[r["case"]] = {
                "report": None, "report_ids": [], "case": r["case"], "age": r["age"], "sex": r["sex"],
                "diagnoses": [], "fusions": [], "treatments": [], "adverse_events": [], "procedures": [],
            }
            order[r["case"]] = (r["report"], r["case_number"] if r["case_number"] is not None else 0)
        if r["identifier"] is not None:
            ident = r["identifier"].strip().lower()
            if ident not in c["report_ids"]:
                c["report_ids"].append(ident)
    for c in cases.values():
        c["report_ids"].sort(key=_id_key)
        c["report"] = c["report_ids"][0] if c["report_ids"] else None

    for r in sorted(_q("case_diagnoses"), key=lambda r: _natural(r["diagnosis"])):
        if r["case"] in cases:
            d = {"id": r["id"], "label": r["label"]}
            if d not in cases[r["case"]]["diagnoses"]:
                cases[r["case"]]["diagnoses"].append(d)

    for r in sorted(_q("case_fusions"), key=lambda r: _natural(r["fusion"])):
        if r["case"] in cases:
            cases[r["case"]]["fusions"].append({
                "five_prime": _term(r["five_id"], r["five_label"]),
                "three_prime": _term(r["three_id"], r["three_label"]),
            })

    lines: dict[str, dict] = {}
    line_case: dict[str, str] = {}
    for r in sorted(_q("case_treatments"), key=lambda r: _natural(r["administration"])):
        if r["case"] not in cases:
            continue
        t = lines.get(r["therapy"])
        if t is None:
            t = lines[r["therapy"]] = {"drugs": [], "start": r["start"], "end": r["end"],
                                       "line": r["line"], "responses": []}
            line_case[r["therapy"]] = r["case"]
        if r["administration"] is not None:
            d = {"id": r["drug_id"], "label": r["drug_label"]}
            if d not in t["drugs"]:
                t["drugs"].append(d)
    for r in _q("case_responses"):
        t = lines.get(r["therapy"])
        if t is not None:
            t["responses"].append((_natural(r["response"]), {"id": r["id"], "label": r["label"], "date": r["date"]}))
    for t in lines.values():
        # assessment order as the narrative tells it (undated assessments keep their place)
        t["responses"] = [resp for _, resp in sorted(t["responses"], key=lambda x: x[0])]
    for therapy in sorted(lines, key=lambda k: (lines[k]["line"] is None, lines[k]["line"] or 0, _natural(k))):
        cases[line_case[therapy]]["treatments"].append(lines[therapy])

    aes: dict[str, dict] = {}
    for r in sorted(_q("case_adverse_events"), key=lambda r: _natural(r["adverse_event"])):
        if r["case"] not in cases:
            continue
        a = aes.get(r["adverse_event"])
        if a is None:
            a = aes[r["adverse_event"]] = {"id": r["id"], "label": r["label"], "grade": r["grade"], "drugs": []}
            cases[r["case"]]["adverse_events"].append(a)
        if r["drug_id"] is not None and r["drug_id"] not in a["drugs"]:
            a["drugs"].append(r["drug_id"])
    for a in aes.values():
        a["drugs"].sort()

    for r in sorted(_q("case_procedures"), key=lambda r: _natural(r["procedure"])):
        if r["case"] in cases:
            cases[r["case"]]["procedures"].append({
                "id": r["id"], "label": r["label"] if r["label"] is not None else r["term_label"],
                "date": r["date"]})

    # report IRI, then case number: the order of the page buckets (kg/store/pages.py)
    return [cases[k] for k in sorted(cases, key=lambda k: (order[k][0] or "", order[k][1], _natural(k)))]


__all__ = ["cases_json", "iter_cases"]
