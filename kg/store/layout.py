"""What a report replacement writes, as ONE SPARQL update (embedded Oxigraph and remote stores alike).

The store holds three kinds of named graphs (IRIs minted in kg/graph/iri.py):

* one graph per report (``.../graph/<key>``): the report's facts and evidence, and nothing about
  the terms it points to;
* the terminology graph (``terms_graph_iri()``): every term node (type, label, notation) once,
  whichever reports use it. A term is written the first time a report uses it; later reports
  never change it (its label is the term list's preferred label, so the first is the only one);
* the summaries graph (``summaries_graph_iri()``): exact counts behind the cross-case queries and
  the page index of the listings (kg/store/summaries.py).

``replace_update`` builds the update that replaces a report: subtract the old version's
contributions from the counts, drop its summary records, drop its graph, insert the new graph,
the terms it uses that are not stored yet and its summary records, add its contributions. One
update request is one transaction on Oxigraph (embedded and server) and on Virtuoso, so the
counts can never disagree with the graphs. ``remove_update`` does the same for ``kg remove``.

Why terms apart: every report graph used to carry its own copy of each term node (3 triples per
term and report, ~10% of the quads); the SHACL gate still sees them, because the worker validates
the graph as built (terms included) before the store splits them off.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

import pyoxigraph as ox

from kg.graph import iri as iris
from kg.prefixes import namespace
from kg.store import summaries as sums
from kg.store.rdf import named_node

KG = namespace("kg")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
# classes of term nodes (kg/graph/build.py _TERM_CLASS, ontology/shapes.ttl TermShape)
TERM_CLASSES = frozenset(KG + c for c in ("Term", "Gene", "Drug", "Tumor", "ResponseTerm", "AdverseEventTerm",
                                          "ProcedureTerm"))


def terms_graph() -> str:
    return str(iris.terms_graph_iri())


def summaries_graph() -> str:
    return str(iris.summaries_graph_iri())


def derived_graphs() -> tuple[str, str]:
    """The graphs that are not a report's."""
    return terms_graph(), summaries_graph()


def _n3(t) -> str:
    return str(t)   # pyoxigraph's str() is the N-Triples form, valid in SPARQL


def split_terms(triples: Iterable[tuple]) -> tuple[list[tuple], dict[str, list[tuple]]]:
    """(report triples, {term IRI: its triples}) of pyoxigraph triples: every triple whose subject
    is typed with a term class goes with the term."""
    triples = list(triples)
    term_nodes = {s.value for s, p, o in triples
                  if isinstance(s, ox.NamedNode) and p.value == RDF_TYPE and isinstance(o, ox.NamedNode)
                  and o.value in TERM_CLASSES}
    if not term_nodes:
        return triples, {}
    report: list[tuple] = []
    terms: dict[str, list[tuple]] = {}
    for t in triples:
        s = t[0]
        if isinstance(s, ox.NamedNode) and s.value in term_nodes:
            terms.setdefault(s.value, []).append(t)
        else:
            report.append(t)
    return report, terms


def _insert_data(graph: str, lines: list[str], chunk: int | None) -> list[str]:
    if not lines:
        return []
    step = chunk or len(lines)
    return ["INSERT DATA { GRAPH " + _n3(named_node(graph)) + " {\n" + "\n".join(lines[i:i + step]) + "\n} }"
            for i in range(0, len(lines), step)]


def _terms_ops(terms: Mapping[str, list[tuple]], chunk: int | None) -> list[str]:
    """Insert each term's triples unless the terminology graph already has the term (its label)."""
    if not terms:
        return []
    rows = [f"({_n3(s)} {_n3(p)} {_n3(o)})" for triples in terms.values() for s, p, o in triples]
    step = chunk or len(rows)
    t = terms_graph()
    return [f"INSERT {{ GRAPH <{t}> {{ ?t ?p ?o }} }}\nWHERE {{ VALUES (?t ?p ?o) {{\n" + "\n".join(rows[i:i + step])
            + f"\n}}\nFILTER NOT EXISTS {{ GRAPH <{t}> {{ ?t <{RDFS_LABEL}> ?any }} }} }}"
            for i in range(0, len(rows), step)]


def terms_insert(triples: Iterable[tuple], chunk: int | None = None) -> str:
    """Operations adding the terms of ``triples`` (a terminology graph's content) unless present."""
    terms: dict[str, list[tuple]] = {}
    for t in triples:
        terms.setdefault(t[0].value, []).append(t)
    return " ;\n".join(_terms_ops(terms, chunk))


def subtract_ops(graph_iri: str) -> list[str]:
    """Take a stored report's contributions off the counts and drop its summary records."""
    s, g = summaries_graph(), _n3(sums.graph_literal(graph_iri))
    return [
        # its contributions off the counts (one contribution per count and report)
        f"DELETE {{ GRAPH <{s}> {{ ?row <{KG}cases> ?n }} }} INSERT {{ GRAPH <{s}> {{ ?row <{KG}cases> ?m }} }}\n"
        f"WHERE {{ GRAPH <{s}> {{ ?c <{KG}fromGraph> {g} ; <{KG}toCount> ?row ; <{KG}cases> ?k . "
        f"?row <{KG}cases> ?n }} BIND(?n - ?k AS ?m) }}",
        # every summary record derived from it (contributions, best responses, page index)
        f"DELETE {{ GRAPH <{s}> {{ ?x ?p ?o }} }} WHERE {{ GRAPH <{s}> {{ ?x <{KG}fromGraph> {g} . ?x ?p ?o }} }}",
        # counts that reached zero
        f"DELETE {{ GRAPH <{s}> {{ ?row ?p ?o }} }} WHERE {{ GRAPH <{s}> {{ ?row <{KG}cases> 0 . ?row ?p ?o }} }}",
    ]


def add_ops(graph_iri: str) -> list[str]:
    """Add a report's contributions (inserted just before) to the counts."""
    s, g = summaries_graph(), _n3(sums.graph_literal(graph_iri))
    return [
        f"DELETE {{ GRAPH <{s}> {{ ?row <{KG}cases> ?n }} }} INSERT {{ GRAPH <{s}> {{ ?row <{KG}cases> ?m }} }}\n"
        f"WHERE {{ GRAPH <{s}> {{ ?c <{KG}fromGraph> {g} ; <{KG}toCount> ?row ; <{KG}cases> ?k . }}\n"
        f"OPTIONAL {{ GRAPH <{s}> {{ ?row <{KG}cases> ?n }} }} BIND(COALESCE(?n, 0) + ?k AS ?m) }}",
    ]


def replace_update(graph_iri: str, triples: list[tuple], chunk: int | None = None) -> tuple[str, int]:
    """(the update replacing report graph ``graph_iri`` by ``triples``, triples in the report graph).

    ``triples``: distinct pyoxigraph (s, p, o), term triples included (they go to the terminology
    graph). ``chunk``: most triples per INSERT DATA / VALUES block (remote servers).
    """
    report, terms = split_terms(triples)
    summary = sums.summarize(graph_iri, report, terms)
    lines = [f"{_n3(s)} {_n3(p)} {_n3(o)} ." for s, p, o in report]
    s_lines = [f"{_n3(s)} {_n3(p)} {_n3(o)} ." for s, p, o in summary.triples()]
    ops = subtract_ops(graph_iri)
    ops.append(f"DROP SILENT GRAPH {_n3(named_node(graph_iri))}")
    ops += _insert_data(graph_iri, lines, chunk)
    ops += _terms_ops(terms, chunk)
    ops += _insert_data(summaries_graph(), s_lines, chunk)
    ops += add_ops(graph_iri)
    return " ;\n".join(ops), len(lines)


def remove_update(graph_iris: Iterable[str]) -> str:
    """The update that removes every report graph of ``graph_iris`` with its summary records."""
    ops: list[str] = []
    for g in graph_iris:
        ops += subtract_ops(g)
        ops.append(f"DROP SILENT GRAPH {_n3(named_node(g))}")
    return " ;\n".join(ops)


def term_quads(store, graph_iri: str) -> list:
    """The terminology graph's quads about the terms report graph ``graph_iri`` uses (pyoxigraph Quads
    in the terminology graph): what a report's export or validation needs beside its graph."""
    t = terms_graph()
    sols = store.raw.query(f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH {_n3(named_node(graph_iri))} {{ ?x ?y ?s }} "
                           f"GRAPH <{t}> {{ ?s ?p ?o }} }}")
    tg = ox.NamedNode(t)
    return [ox.Quad(sol["s"], sol["p"], sol["o"], tg) for sol in sols]


__all__ = ["term_quads", "split_terms", "replace_update", "remove_update", "terms_graph", "summaries_graph", "derived_graphs",
           "TERM_CLASSES"]
