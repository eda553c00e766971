"""The `kg cases --format json` contract (see /work/shared/gold/README.md), built by SPARQL.

One object per patient case::

    {"report", "report_ids", "case", "age", "sex", "diagnoses": [{id, label}],
     "fusions": [{"five_prime": {id, label} | null, "three_prime": ...}],
     "treatments": [{"drugs": [{id, label}], "start", "end", "line",
                     "responses": [{id, label, date}]}],           # ordered by line
     "adverse_events": [{id, label, grade, "drugs": [drug CURIE]}],
     "procedures": [{id, label, date}]}

ids are the skos:notation (CURIE) of the term nodes; unknown values are null.

``cases_json(store, iris=True)`` also names the graph nodes behind every fact, for callers that
look up a fact's evidence (`kg site`): ``"iris": [IRI, ...]`` on each diagnosis, fusion, therapy
line (the line node), drug (its administration nodes), response, adverse event and procedure
(a list because equal diagnoses or drugs of one line are merged into one entry). The contract
output (``iris=False``, the default) has no such key.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.query import paging, rows_as_dicts, run_buckets, run_query

#: JSON Schema (draft 2020-12) of the list `kg cases --format json` prints, shipped with the package
SCHEMA_PATH = Path(__file__).with_name("cases.schema.json")

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


def _add_iri(item: dict, iri: str | None) -> None:
    if iri is not None and iri not in item["iris"]:
        item["iris"].append(iri)


def _strip_iris(c: dict) -> None:
    for key in ("diagnoses", "fusions", "adverse_events", "procedures"):
        for item in c[key]:
            item.pop("iris", None)
    for t in c["treatments"]:
        t.pop("iris", None)
        for item in t["drugs"] + t["responses"]:
            item.pop("iris", None)


# page buckets per batch of `kg cases`: ~1/16 of the cases at a time (memory stays flat)
BATCH_BUCKETS = 256
FIRST_BATCH_BUCKETS = 8


def iter_cases(store, case: str | None = None, batch: int = BATCH_BUCKETS, iris: bool = False) -> Iterator[dict]:
    """Every patient case (or only the one with IRI ``case``) as contract objects, streamed: the
    cases of ``batch`` page buckets at a time, in the order of their report and case IRIs."""
    if case is not None:
        yield from _cases(store, case=case, iris=iris)
        return
    i, n = 0, min(batch, FIRST_BATCH_BUCKETS)   # a small first batch: the first cases come at once
    while i < len(paging.ALL_BUCKETS):
        yield from _cases(store, buckets=paging.ALL_BUCKETS[i:i + n], iris=iris)
        i, n = i + n, batch


def cases_json(store, case: str | None = None, iris: bool = False) -> list[dict]:
    """Every patient case in the store (or only the one with IRI ``case``) as contract objects
    (``SCHEMA_PATH`` is their JSON Schema); ``iris=True`` adds the fact nodes (module docstring).

    ``store`` below is an open store (``open_store("kg-store", read_only=True)``) holding two reports:

    >>> cases = cases_json(store)
    >>> [(c["report"], c["age"], c["sex"]) for c in cases]
    [('pmid:222', 61, 'female'), ('doi:10.1000/jimt.2021.1', 23, 'male')]
    >>> line = cases[1]["treatments"][1]
    >>> line["line"], [d["label"] for d in line["drugs"]], [r["label"] for r in line["responses"]]
    (2, ['crizotinib'], ['stable disease', 'partial response'])
    >>> cases[0]["fusions"]                            # the 5' partner is not named
    [{'five_prime': None, 'three_prime': {'id': 'HGNC:427', 'label': 'ALK'}}]
    """
    return list(iter_cases(store, case, iris=iris))


def _cases(store, case: str | None = None, buckets: list[int] | None = None, iris: bool = False) -> list[dict]:
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
            found = cases[r["case"]]["diagnoses"]
            d = next((x for x in found if (x["id"], x["label"]) == (r["id"], r["label"])), None)
            if d is None:
                d = {"id": r["id"], "label": r["label"], "iris": []}
                found.append(d)
            _add_iri(d, r["diagnosis"])

    for r in sorted(_q("case_fusions"), key=lambda r: _natural(r["fusion"])):
        if r["case"] in cases:
            cases[r["case"]]["fusions"].append({
                "five_prime": _term(r["five_id"], r["five_label"]),
                "three_prime": _term(r["three_id"], r["three_label"]),
                "iris": [r["fusion"]],
            })

    lines: dict[str, dict] = {}
    line_case: dict[str, str] = {}
    for r in sorted(_q("case_treatments"), key=lambda r: _natural(r["administration"])):
        if r["case"] not in cases:
            continue
        t = lines.get(r["therapy"])
        if t is None:
            t = lines[r["therapy"]] = {"drugs": [], "start": r["start"], "end": r["end"],
                                       "line": r["line"], "responses": [], "iris": [r["therapy"]]}
            line_case[r["therapy"]] = r["case"]
        if r["administration"] is not None:
            d = next((x for x in t["drugs"] if (x["id"], x["label"]) == (r["drug_id"], r["drug_label"])), None)
            if d is None:
                d = {"id": r["drug_id"], "label": r["drug_label"], "iris": []}
                t["drugs"].append(d)
            _add_iri(d, r["administration"])
    for r in _q("case_responses"):
        t = lines.get(r["therapy"])
        if t is not None:
            t["responses"].append((_natural(r["response"]), {"id": r["id"], "label": r["label"], "date": r["date"],
                                                             "iris": [r["response"]]}))
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
            a = aes[r["adverse_event"]] = {"id": r["id"], "label": r["label"], "grade": r["grade"], "drugs": [],
                                           "iris": [r["adverse_event"]]}
            cases[r["case"]]["adverse_events"].append(a)
        if r["drug_id"] is not None and r["drug_id"] not in a["drugs"]:
            a["drugs"].append(r["drug_id"])
    for a in aes.values():
        a["drugs"].sort()

    for r in sorted(_q("case_procedures"), key=lambda r: _natural(r["procedure"])):
        if r["case"] in cases:
            cases[r["case"]]["procedures"].append({
                "id": r["id"], "label": r["label"] if r["label"] is not None else r["term_label"],
                "date": r["date"], "iris": [r["procedure"]]})

    if not iris:
        for c in cases.values():
            _strip_iris(c)
    return [cases[k] for k in sorted(cases, key=lambda k: (order[k][0] or "", order[k][1], _natural(k)))]


__all__ = ["cases_json", "iter_cases", "SCHEMA_PATH"]
