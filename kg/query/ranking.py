"""Ranked queries: the largest counts first, read without reading every count.

A *ranked* query reads one kind of count node of the summaries graph (kg/store/summaries.py) and
orders its rows by ``DESC(?cases)`` first. It carries the band anchor ``?row kg:casesBand
?cases_band``: every count node names the band of its number (kg/graph/iri.py ``band``: 1-9,
10-19, 20-29, ..., 100-199, ...; one node per kind and band). The N largest counts are in the
top bands, so a page of N rows runs the query with ``VALUES ?cases_band { ... }`` in front of the
anchor, listing only the top bands that together hold at least N counts (found by counting the
counts of the bands from the top, a decade at a time): every count outside them is smaller than
every count inside, so the page is exactly the first N rows of the whole query, and the query
reads a few hundred count nodes instead of tens of thousands (100k cases: ~51k adverse event
counts). Band IRIs are minted by kg/graph/iri.py, never from user text.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from kg.graph import iri as iris
from kg.store import summaries as sums

ANCHOR = re.compile(r"\?row\s+kg:casesBand\s+\?cases_band\s*\.")
_CLASS = re.compile(r"\?row\s+a\s+kg:(\w+Count)\b")
_KIND_OF_CLASS = {c.cls: c.kind for c in sums.COUNTS}
MAX_DIGITS = 12          # counts below 10**12


def ranked_kind(text: str) -> str | None:
    """The kind of count (tumor, adverse_event, ...) a ranked query reads; None for other queries."""
    if not ANCHOR.search(text):
        return None
    m = _CLASS.search(text)
    return _KIND_OF_CLASS.get(m.group(1)) if m else None


def with_bands(text: str, bands: list[str]) -> str:
    """``text`` restricted to the counts of ``bands`` (band node IRIs): a VALUES block before the anchor."""
    values = "VALUES ?cases_band { " + " ".join(f"<{b}>" for b in bands) + " }\n    "
    return ANCHOR.sub(lambda m: values + m.group(0), text, count=1)


def _decades() -> list[list[int]]:
    """Band numbers, largest first, in rounds: every count of 1000 or more at once, then 100-999,
    10-99, 1-9."""
    def decade(d: int) -> list[int]:
        return [d * 10 + lead for lead in range(9, 0, -1)]
    return [[b for d in range(MAX_DIGITS, 3, -1) for b in decade(d)], decade(3), decade(2), decade(1)]


def top_bands(select: Callable[[str], list[tuple[str, int]]], kind: str, want: int) -> list[str]:
    """The fewest top bands of ``kind`` that hold at least ``want`` counts (all bands when the store
    has fewer). ``select(sparql)`` runs a SELECT and returns its (band IRI, count) rows."""
    s = iris.summaries_graph_iri()
    kg = sums.KG
    chosen: list[str] = []
    have = 0
    for round_ in _decades():
        band_iris = [str(iris.band_iri(kind, b)) for b in round_]
        sizes = dict(select(
            f"SELECT ?b (COUNT(?row) AS ?n) WHERE {{ VALUES ?b {{ {' '.join(f'<{b}>' for b in band_iris)} }} "
            f"GRAPH <{s}> {{ ?row <{kg}casesBand> ?b }} }} GROUP BY ?b"))
        for b in band_iris:   # largest first
            if sizes.get(b):
                chosen.append(b)
                have += sizes[b]
                if have >= want:
                    return chosen
    return chosen


__all__ = ["ranked_kind", "with_bands", "top_bands", "ANCHOR"]
