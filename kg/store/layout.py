"""What a report replacement writes, as ONE SPARQL update (embedded Oxigraph and remote stores alike).

The store holds three kinds of named graphs (IRIs minted in kg/graph/iri.py):

* one graph per report (``.../graph/<key>``): the report's facts and evidence, and nothing about
  the terms it points to;
* the terminology graph (``terms_graph_iri()``): every term node (type, label, notation) once,
  whichever reports use it. A term is written the first time a report uses it; later reports
  never change it (its label is the term list's preferred label, so the first is the only one);
* the summaries graph (``summaries_graph_iri()``): exact counts behind the cross-case queries and
  the page index of the listings (kg/store/summaries.py).

``replace_update`` builds the update that replaces a report: take what the old graph counts off
the counts (SPARQL aggregates over that graph, before it is dropped) and delete its cases' records,
drop the graph, insert the new graph, the terms it uses that are not stored yet and its cases'
records, add what the new graph counts (the same aggregates over it), delete counts that reached
zero. One update request is one transaction on Oxigraph (embedded and server) and on Virtuoso, so
the counts can never disagree with the graphs. A report new to the embedded store has nothing to
take off: its counts (``summarize``) are added to the stored count nodes, read under the store's
write lock, and written as data (``added_counts_ops``: the same quads, without the aggregates).
``remove_update`` does the same for ``kg remove``.

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
RDF_TYPE = namespace("rdf") + "type"
RDFS_LABEL = namespace("rdfs") + "label"
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


def _lookup(pattern: str, lateral: bool, optional: bool = False) -> str:
    """``pattern`` joined to the solutions before it, each looked up with their bindings.

    Oxigraph evaluates a plain join or OPTIONAL after a subquery by reading the whole right side
    (every count node: ~70 ms per operation at 10k cases); its LATERAL (a SPARQL 1.2 proposal that
    Oxigraph implements) evaluates the right side once per solution, by index lookups (0.2 ms).
    Servers without LATERAL (Virtuoso) get the plain SPARQL 1.1 form."""
    p = f"OPTIONAL {{ {pattern} }}" if optional else pattern
    return f"LATERAL {{ {p} }}" if lateral else (p if optional else f"{{ {p} }}")


def count_ops(graph_iri: str, sign: int, lateral: bool = False) -> list[str]:
    """Add (``sign`` 1) or take off (-1) what report graph ``graph_iri`` counts, one operation per
    kind of count: the graph's distinct cases per key (SPARQL aggregates over that one graph, the
    patterns of kg.store.summaries.COUNTS), added to the count node of the key (created when new)
    with its band recomputed. Counts that reach zero are left for ``zero_counts_op``.
    ``lateral``: the store evaluates Oxigraph's LATERAL (``_lookup``)."""
    s, g = summaries_graph(), _n3(named_node(graph_iri))
    op = "+" if sign > 0 else "-"
    ops = []
    for c in sums.COUNTS:
        keys = " ".join("?" + v for v in c.key_vars)
        group = f"GROUP BY {keys}" if keys else ""
        key_triples = "".join(f" <{KG}{prop}> ?{var} ;" for var, prop in c.keys)
        ops.append(
            f"DELETE {{ GRAPH <{s}> {{ ?row <{KG}cases> ?n . ?row <{KG}casesBand> ?ob }} }}\n"
            f"INSERT {{ GRAPH <{s}> {{ ?row a <{KG}{c.cls}> ;{key_triples} <{KG}cases> ?m ; <{KG}casesBand> ?nb }} }}\n"
            f"WHERE {{ {{ SELECT {keys} (COUNT(DISTINCT ?case) AS ?k) WHERE {{ GRAPH {g} {{ {c.pattern} }} }} {group} }}\n"
            f"  BIND({iris.count_iri_sparql(c.kind, c.key_vars, bound_var='k')} AS ?row)\n"
            f"  {_lookup(f'GRAPH <{s}> {{ ?row <{KG}cases> ?n }}', lateral, optional=True)}\n"
            f"  {_lookup(f'GRAPH <{s}> {{ ?row <{KG}casesBand> ?ob }}', lateral, optional=True)}\n"
            f"  BIND(COALESCE(?n, 0) {op} ?k AS ?m)\n"
            f"  BIND({iris.band_iri_sparql(c.kind, 'm')} AS ?nb) }}")
    return ops


def zero_counts_op() -> str:
    """Delete the count nodes whose number reached zero."""
    s = summaries_graph()
    return f"DELETE {{ GRAPH <{s}> {{ ?row ?p ?o }} }} WHERE {{ GRAPH <{s}> {{ ?row <{KG}cases> 0 . ?row ?p ?o }} }}"


def drop_records_ops(graph_iri: str, lateral: bool = False) -> list[str]:
    """Delete the per-case records of the cases of report graph ``graph_iri``: their page buckets, term
    pages and best responses (a case is a subject of its report's graph), then the shared best response
    nodes of the graph's drugs that no case points to any more (a few per drug: lookups; a replacement
    that still uses one writes it again after)."""
    s, g = summaries_graph(), _n3(named_node(graph_iri))
    orphan = (f"GRAPH <{s}> {{ ?b <{KG}onDrug> ?d . ?b ?p ?o "
              f"FILTER NOT EXISTS {{ ?c <{KG}hasBestResponse> ?b }} }}")
    return [
        f"DELETE {{ GRAPH <{s}> {{ ?case ?page ?b }} }}\n"
        f"WHERE {{ {{ SELECT DISTINCT ?case WHERE {{ GRAPH {g} {{ ?case ?p ?o }} }} }} "
        f"{_lookup(f'VALUES ?page {{ <{KG}pageBucket> <{KG}termPage> <{KG}hasBestResponse> }} GRAPH <{s}> {{ ?case ?page ?b }}', lateral)} }}",
        f"DELETE {{ GRAPH <{s}> {{ ?b ?p ?o }} }}\n"
        f"WHERE {{ {{ SELECT DISTINCT ?d WHERE {{ GRAPH {g} {{ ?adm <{KG}drug> ?d }} }} }} {_lookup(orphan, lateral)} }}",
    ]


def take_off_ops(graph_iri: str, lateral: bool = False) -> list[str]:
    """Everything a stored report graph put into the summaries, taken off (the graph still there)."""
    return count_ops(graph_iri, -1, lateral) + drop_records_ops(graph_iri, lateral)


def added_counts_ops(counts: Mapping[tuple, int], stored) -> list[str]:
    """``count_ops(graph, +1)`` for a report graph the store does not hold yet, from its counts as
    ``summarize`` finds them ({(kind, key): distinct cases}: the same numbers as the SPARQL
    aggregates, tests/store/test_summaries.py) and ``stored(kind, key)``, the store's own
    ``(cases literal, band node)`` of that count node (None: no such node), read by the caller in the
    same write lock: each count node is rewritten with its new total and band as data (DELETE DATA /
    INSERT DATA), which the store applies by index lookups instead of evaluating four aggregate
    queries with their joins (~0.5 ms of the parent's ~0.65 ms update per new report)."""
    if not counts:
        return []
    gone: list[str] = []
    lines: list[str] = []
    for (kind, key), k in counts.items():
        old = stored(kind, key)
        n = k
        if old is not None:
            cases, band = old
            n += int(cases.value)
            row = _n3(sums.count_node(kind, key))
            gone.append(f"{row} <{KG}cases> {_n3(cases)} .")
            if band is not None:
                gone.append(f"{row} <{KG}casesBand> {_n3(band)} .")
        lines += [f"{_n3(s)} {_n3(p)} {_n3(o)} ." for s, p, o in sums.count_triples(kind, key, n)]
    s = _n3(named_node(summaries_graph()))
    ops = [f"DELETE DATA {{ GRAPH {s} {{\n" + "\n".join(gone) + "\n} }"] if gone else []
    return ops + _insert_data(summaries_graph(), lines, None)


def replace_update(graph_iri: str, triples: list[tuple], chunk: int | None = None,
                   lateral: bool = False, absent: bool = False, stored_count=None) -> tuple[str, int]:
    """(the update replacing report graph ``graph_iri`` by ``triples``, triples in the report graph).

    ``triples``: distinct pyoxigraph (s, p, o), term triples included (they go to the terminology
    graph). ``chunk``: most triples per INSERT DATA / VALUES block (remote servers). ``lateral``:
    the store evaluates Oxigraph's LATERAL (embedded Oxigraph, Oxigraph server). ``absent``: the
    caller knows the store has no graph ``graph_iri`` (and no writer can add one before this update
    runs), so there is nothing to take off the summaries: the take-off operations (~45% of a new
    report's write on the embedded store) are left out; the result is the same. ``stored_count``
    (with ``absent``): ``(kind, key) -> (cases, band) | None``, the store's count nodes as they are
    (read under the same lock): the additions are then written as data (``added_counts_ops``).
    """
    report, terms = split_terms(triples)
    summary = sums.summarize(graph_iri, report, terms)
    lines = [f"{_n3(s)} {_n3(p)} {_n3(o)} ." for s, p, o in report]
    shared = [t for triples in summary.shared_triples().values() for t in triples]   # idempotent: set semantics
    r_lines = [f"{_n3(s)} {_n3(p)} {_n3(o)} ." for s, p, o in summary.record_triples() + shared]
    ops = [] if absent else take_off_ops(graph_iri, lateral)
    ops.append(f"DROP SILENT GRAPH {_n3(named_node(graph_iri))}")
    ops += _insert_data(graph_iri, lines, chunk)
    ops += _terms_ops(terms, chunk)
    ops += _insert_data(summaries_graph(), r_lines, chunk)
    if absent and stored_count is not None:   # nothing taken off: no count can reach zero
        ops += added_counts_ops(summary.counts, stored_count)
    else:
        ops += count_ops(graph_iri, +1, lateral)
        ops.append(zero_counts_op())
    return " ;\n".join(ops), len(lines)


def remove_update(graph_iris: Iterable[str], lateral: bool = False) -> str:
    """The update that removes every report graph of ``graph_iris`` and what it put in the summaries."""
    ops: list[str] = []
    for g in graph_iris:
        ops += take_off_ops(g, lateral)
        ops.append(f"DROP SILENT GRAPH {_n3(named_node(g))}")
    if ops:
        ops.append(zero_counts_op())
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
