"""What the per-case exports need beyond the `kg cases` contract, read by named queries.

``cases_json`` (the contract) gives each case's terms; the Phenopacket, CSV and KGX exports also
need the report's title, the patient's outcome, each line's discontinuation reason and each drug's
dose/route/schedule, the evidence sentences, and a ranking of responses. They are read here with
the named queries ``case_summary``, ``case_line_details`` and ``case_evidence`` (one pass each over
the store, or one case; ``kg site`` reads the same ``case_summary`` and ``case_evidence``).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from kg.graph.iri import curie_of, report_of_graph
from kg.query import rows_as_dicts, run_query
from kg.query.cases import cases_json
from kg.terms.loader import read_term_file, shipped_terms_dir

# RECIST order, best first; a line's best response is the first class among its responses
RESPONSE_ORDER = ("CR", "PR", "SD", "PD")


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
    """{case IRI: CaseDetails} for every case in the store (or only ``case``)."""
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


@cache
def response_classes() -> dict[str, str]:
    """{response term CURIE: "CR" | "PR" | "SD" | "PD"} from the shipped term list."""
    return {t.id: dict(t.extra)["response_class"] for t in read_term_file(shipped_terms_dir() / "responses.tsv")
            if dict(t.extra).get("response_class")}


_CLASS_WORDS = {"CR": "complete response", "PR": "partial response", "SD": "stable disease", "PD": "progressive disease"}


def response_class(term: dict | None) -> str | None:
    """RECIST class of a response term {id, label}: by its id, else by its label (RECIST-specific codes)."""
    if not term:
        return None
    cls = response_classes().get(term.get("id") or "")
    if cls:
        return cls
    label = (term.get("label") or "").lower()
    return next((c for c, words in _CLASS_WORDS.items() if words in label), None)


def best_response(responses: list[dict]) -> dict | None:
    """The best of a line's responses (CR > PR > SD > PD), or None when none has a RECIST class.

    >>> best_response([{"id": "NCIT:C18213", "label": "stable disease"},
    ...                {"id": "NCIT:C18058", "label": "partial response"}])["label"]
    'partial response'
    >>> best_response([]) is None
    True
    """
    ranked = [(RESPONSE_ORDER.index(c), i) for i, r in enumerate(responses) if (c := response_class(r))]
    return responses[min(ranked)[1]] if ranked else None


def progressive_disease_term() -> dict:
    """The shipped progressive-disease response term {id, label}."""
    curie = next(c for c, cls in response_classes().items() if cls == "PD")
    label = next(t.label for t in read_term_file(shipped_terms_dir() / "responses.tsv") if t.id == curie)
    return {"id": curie, "label": label}


__all__ = ["CaseDetails", "LineDetails", "case_details", "selected_cases", "best_response", "response_class",
           "progressive_disease_term", "RESPONSE_ORDER"]
