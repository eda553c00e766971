"""`kg remove`: delete reports from a store (embedded or remote) in one transaction.

A report is named by one of its identifiers as ``kg cases`` prints them (``doi:...``,
``pmid:...``, ``pmcid:PMC...``, ``file:<name>``: every report carrying it), by its graph IRI
(``https://w3id.org/kg-oncocase/graph/...``) or by its report IRI. Everything the store keeps
about a report (facts, evidence, content hash, source file name) lives in the report's named
graph, so dropping the graph removes it all; the graphs of every named report are dropped by one
update, so a failure removes none of them.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import Literal

from kg.errors import NotFoundError, StoreError
from kg.graph.iri import BASE
from kg.prefixes import namespace

GRAPH_BASE = BASE + "graph/"
REPORT_BASE = BASE + "report/"
_KG = namespace("kg")

# (a bound variable must be projected: pyoxigraph substitutes only projected variables)
# ?id bound: every report with that identifier; ?r bound: that report
_BY_IDENTIFIER = f"SELECT DISTINCT ?g ?r ?id WHERE {{ GRAPH ?g {{ ?r <{_KG}identifier> ?id }} }} ORDER BY ?g"
# DOIs compare case-insensitively (kg.readers.ids lower-cases them; hand-made graphs may not)
_BY_DOI = (f"SELECT DISTINCT ?g ?want WHERE {{ GRAPH ?g {{ ?r <{_KG}identifier> ?id }} "
           "FILTER(LCASE(STR(?id)) = ?want) } ORDER BY ?g")
_GRAPH_EXISTS = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"


@dataclass
class Removal:
    ref: str                 # as the user wrote it
    graphs: list[str]        # the named graphs it resolved to


def _normalise_curie(ref: str) -> str:
    """Prefixes are lower-case (doi:, pmid:, pmcid:, file:), PMC ids upper-case, as kg.readers.ids writes them."""
    prefix, _, local = ref.strip().partition(":")
    prefix = prefix.lower()
    if prefix == "pmcid":
        return f"pmcid:{local.upper()}"
    return f"{prefix}:{local}"


def resolve(store, ref: str) -> list[str]:
    """The named graphs a report reference names (possibly none)."""
    from kg.store import named_node

    text = ref.strip()
    if not text:
        raise StoreError("an empty report reference: expected an identifier (doi:..., pmid:..., "
                         "pmcid:..., file:<name>) or a graph IRI")
    if text.startswith(("http://", "https://")):
        if text.startswith(GRAPH_BASE):
            sols = store.query(_GRAPH_EXISTS, {"g": named_node(text)})
            return [text] if any(True for _ in sols) else []
        if text.startswith(REPORT_BASE):
            sols = store.query(_BY_IDENTIFIER, {"r": named_node(text)})
            return sorted({s["g"].value for s in sols})
        raise StoreError(f"{text!r} is not a kg report: expected a graph IRI under {GRAPH_BASE}, a report "
                         f"IRI under {REPORT_BASE} or an identifier (doi:..., pmid:..., file:<name>)")
    if ":" not in text:
        raise StoreError(f"{text!r} is not a report reference: expected an identifier with its prefix "
                         "(doi:..., pmid:..., pmcid:..., file:<name>) or a graph IRI, as `kg cases` prints them")
    from kg.store import to_ox

    curie = _normalise_curie(text)
    if curie.startswith("doi:"):
        sols = store.query(_BY_DOI, {"want": to_ox(Literal(curie.lower()))})
    else:
        sols = store.query(_BY_IDENTIFIER, {"id": to_ox(Literal(curie))})
    return sorted({s["g"].value for s in sols})


def remove_reports(store, refs: Iterable[str]) -> list[Removal]:
    """Remove every report named in ``refs`` in ONE transaction; NotFoundError (nothing removed)
    when a reference names no report in the store."""
    removals = [Removal(r, resolve(store, r)) for r in refs]
    missing = [r.ref for r in removals if not r.graphs]
    if missing:
        raise NotFoundError(f"no report {', '.join(missing)} in the store (nothing was removed); "
                            "`kg cases` lists the reports (report_ids) and `kg export` their graphs")
    graphs = sorted({g for r in removals for g in r.graphs})
    store.remove_graphs(graphs)
    return removals


__all__ = ["Removal", "remove_reports", "resolve"]
