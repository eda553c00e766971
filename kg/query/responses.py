"""RECIST classes of the response terms in a case (``kg cases`` objects), the best of a therapy
line's responses and a case's best response: the one ranking `kg site`, `kg plot` and the
per-case exports (Phenopacket, CSV, KGX) share.

The class of a term comes from the shipped term list (``ontology/terms/responses.tsv``, column
``extra``: ``response_class=CR|PR|SD|PD``), looked up by CURIE, else by label or synonym.

>>> response_class("NCIT:C18058", "partial response")
'PR'
>>> response_class(None, "Complete remission")
'CR'
>>> response_class(None, "mixed response") is None
True
>>> best_response({"treatments": [{"responses": [{"id": "NCIT:C18213", "label": "stable disease"}]},
...                               {"responses": [{"id": "NCIT:C18058", "label": "partial response"}]}]})["label"]
'partial response'
>>> best_of([{"id": None, "label": "stable disease"}, {"id": None, "label": "Complete remission"}])["label"]
'Complete remission'
>>> best_of([]) is None
True
"""
from __future__ import annotations

from functools import lru_cache

from kg.terms.loader import read_term_file, shipped_terms_dir

# best first: the order RECIST ranks a best overall response
RECIST_ORDER = ("CR", "PR", "SD", "PD")
RECIST_NAMES = {"CR": "complete response", "PR": "partial response", "SD": "stable disease",
                "PD": "progressive disease"}


@lru_cache(maxsize=1)
def _classes() -> tuple[dict[str, str], dict[str, str]]:
    by_id: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for term in read_term_file(shipped_terms_dir() / "responses.tsv"):
        cls = term.extra.get("response_class")
        if cls in RECIST_ORDER:
            by_id[term.id] = cls
            for name in term.names:
                by_name.setdefault(name.lower(), cls)
    return by_id, by_name


def response_class(term_id: str | None, label: str | None = None) -> str | None:
    """CR, PR, SD or PD for a response term (by CURIE, else by label); None for any other."""
    by_id, by_name = _classes()
    if term_id in by_id:
        return by_id[term_id]
    return by_name.get((label or "").strip().lower())


def best_of(responses: list[dict]) -> dict | None:
    """The response (``{"id", "label"}``) with the best RECIST class (CR > PR > SD > PD), the first
    one assessed among equals; None when no response has a RECIST class."""
    best, rank = None, len(RECIST_ORDER)
    for r in responses:
        cls = response_class(r.get("id"), r.get("label"))
        if cls is not None and RECIST_ORDER.index(cls) < rank:
            best, rank = r, RECIST_ORDER.index(cls)
    return best


def best_response(case: dict) -> dict | None:
    """The best response of the case over all its therapy lines (``best_of`` their responses)."""
    return best_of([r for line in case.get("treatments", []) for r in line.get("responses", [])])


def progressive_disease_term() -> dict:
    """The shipped progressive-disease response term ``{"id", "label"}`` (the first PD term)."""
    by_id, _ = _classes()
    curie = next(c for c, cls in by_id.items() if cls == "PD")
    label = next(t.label for t in read_term_file(shipped_terms_dir() / "responses.tsv") if t.id == curie)
    return {"id": curie, "label": label}


__all__ = ["RECIST_ORDER", "RECIST_NAMES", "response_class", "best_of", "best_response", "progressive_disease_term"]
