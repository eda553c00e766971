"""Many reports at once, in the store's layout, as a stream of quads (for a bulk load of a new store).

``report_quads(graphs)`` turns (graph IRI, triples) pairs into exactly what replacing the reports
one by one would store (kg/store/layout.py): the report graphs without their term nodes, each
term once in the terminology graph, every case's records and, at the end, one node per count with
its total and band, computed in Python (kg.store.summaries.summarize) where the store computes them
by SPARQL for one report at a time. ``CaseStore.bulk_extend`` / Oxigraph's bulk loader load such a
stream into an empty embedded store with no transaction per report, which is how
benchmarks/query_latency.py builds its 100k-case stores; tests/store/test_summaries.py checks that
the result equals replacing the reports one at a time.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from kg.store import summaries as sums
from kg.store.layout import split_terms, summaries_graph, terms_graph


def report_part(giri: str, triples: Iterable[tuple]) -> tuple[list[ox.Quad], dict[str, list[ox.Quad]], dict]:
    """One report's share of the layout: (its report graph and summary record quads, {shared node IRI:
    its quads}, its counts {(kind, key): n}). Shared nodes are the terms (in the terminology graph) and
    the best response nodes (in the summaries graph), written once however many reports use them.
    Reports are independent until their shared nodes are deduplicated and their counts added
    (``report_quads``), so parts can be computed in parallel (benchmarks/generate_cases.py --jobs)."""
    tg, sg = ox.NamedNode(terms_graph()), ox.NamedNode(summaries_graph())
    g = ox.NamedNode(str(giri))
    report, terms = split_terms(triples)
    own = [ox.Quad(s, p, o, g) for s, p, o in dict.fromkeys(report)]
    summary = sums.summarize(str(giri), report, terms)
    own += [ox.Quad(s, p, o, sg) for s, p, o in summary.record_triples()]
    term_quads = {t: [ox.Quad(s, p, o, tg) for s, p, o in dict.fromkeys(tt)] for t, tt in terms.items()}
    for b, bt in summary.shared_triples().items():
        term_quads[b] = [ox.Quad(s, p, o, sg) for s, p, o in bt]
    return own, term_quads, dict(summary.counts)


def count_quads(totals: dict) -> Iterator[ox.Quad]:
    """The count nodes (total and band) of the summed counts {(kind, key): n} of every report."""
    sg = ox.NamedNode(summaries_graph())
    for (kind, key), n in totals.items():
        for s, p, o in sums.count_triples(kind, key, n):
            yield ox.Quad(s, p, o, sg)


def report_quads(graphs: Iterable[tuple[str, Iterable[tuple]]]) -> Iterator[ox.Quad]:
    """Quads of the report graphs, the terminology graph and the summaries graph for ``graphs``
    ((graph IRI, pyoxigraph triples with their term nodes) pairs, each graph IRI once)."""
    seen_terms: set[str] = set()
    totals: dict[tuple, int] = {}
    for giri, triples in graphs:
        own, terms, counts = report_part(giri, triples)
        yield from own
        for t, quads in terms.items():
            if t not in seen_terms:   # first label wins, as replace_update's insert-if-absent
                seen_terms.add(t)
                yield from quads
        for key, n in counts.items():
            totals[key] = totals.get(key, 0) + n
    yield from count_quads(totals)


__all__ = ["count_quads", "report_part", "report_quads"]
