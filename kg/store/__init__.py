"""The case store: an embedded Oxigraph (pyoxigraph) database on disk.

One named graph per report, one terminology graph, one summaries graph
(kg/store/layout.py). ``replace_graph`` swaps a report's graph, adds the terms
it uses that are not stored yet and updates the summaries in ONE SPARQL update,
which Oxigraph applies as a single transaction: readers see the old graph or
the new one, never a mix, and ingesting the same graph twice changes nothing.

Only one process may open a store for writing (RocksDB holds a lock), and not while `kg serve`
serves it (``kg.store.serving``); readers use ``open_store(location, read_only=True)``.
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.term import BNode, Literal, URIRef

from kg.errors import StoreError, StoreNotFoundError
from kg.graph.range_types import is_added_type
from kg.prefixes import PREFIXES, namespace
from kg.store import layout, summaries
from kg.store.rdf import _sparql_term, named_node, to_ox, to_rdflib  # noqa: F401  (re-exported)
from kg.store.serving import lock_for_writing

DEFAULT_LOCATION = "kg-store"
KG_NS = namespace("kg")
_RDF_TYPE = namespace("rdf") + "type"
_CASES, _CASES_BAND = ox.NamedNode(KG_NS + "cases"), ox.NamedNode(KG_NS + "casesBand")


@lru_cache(maxsize=1)
def _summaries_node() -> ox.NamedNode:
    return ox.NamedNode(layout.summaries_graph())

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES, "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML, "xml": ox.RdfFormat.RDF_XML,
}


# ----------------------------------------------------------------- the store ---
def distinct_triples(triples, report_metadata=None) -> list[tuple]:
    """Distinct (s, p, o) pyoxigraph triples, checked (never formatted from strings)."""
    triples = list(triples)
    if report_metadata:
        triples = _apply_metadata(triples, report_metadata)
    seen: set[tuple] = set()
    out: list[tuple] = []
    for t in triples:
        if len(t) != 3:
            raise StoreError(f"expected (subject, predicate, object) triples, got {t!r}")
        s, p, o = (to_ox(x) for x in t)
        if isinstance(s, ox.Literal) or not isinstance(p, ox.NamedNode):
            raise StoreError(f"invalid triple {t!r}: subject must be an IRI or blank node, predicate an IRI")
        key = (s, p, o)
        if key not in seen:
            seen.add(key)
            out.append(key)
    return out


def load_update(quads, chunk: int | None = None, lateral: bool = False) -> str:
    """One update loading ``quads`` (pyoxigraph): each named graph replaces that report graph, the
    terminology graph's terms are added if absent, the summaries graph is left to be derived,
    default-graph triples are added as they are. ``lateral``: kg.store.layout.replace_update.
    The rdf:type quads an export adds (kg.graph.range_types) are dropped: the store keeps those nodes untyped."""
    by_graph: dict[str, list[tuple]] = {}
    default: list[tuple] = []
    for q in quads:
        if is_added_type(q.predicate, q.object):
            continue
        t = (q.subject, q.predicate, q.object)
        if isinstance(q.graph_name, ox.DefaultGraph):
            default.append(t)
        else:
            by_graph.setdefault(q.graph_name.value, []).append(t)
    ops: list[str] = []
    terms_g, summaries_g = layout.derived_graphs()
    terms = by_graph.pop(terms_g, [])
    by_graph.pop(summaries_g, None)
    if terms:
        ops.append(layout.terms_insert(terms, chunk))
    for g, triples in by_graph.items():
        ops.append(layout.replace_update(g, distinct_triples(triples), chunk, lateral)[0])
    if default:
        ops.append("INSERT DATA {\n" + "\n".join(f"{s} {p} {o} ." for s, p, o in default) + "\n}")
    return " ;\n".join(o for o in ops if o)


class CaseStore:
    """A pyoxigraph Store on disk with the operations kg needs."""

    def __init__(self, store: ox.Store, location: str | None, read_only: bool, lock_fd: int | None = None):
        self._store = store
        self.location = location
        self.read_only = read_only
        self._lock_fd = lock_fd   # kg.store.serving: no `kg serve` while this store is open for writing
        # replace_graph asks whether a graph exists, then writes: one writer thread at a time
        self._write_lock = threading.Lock()

    # context manager / lifetime
    def __enter__(self) -> "CaseStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        """Flush (writable stores) and release the database (and its lock)."""
        if self._store is None:
            return
        if not self.read_only and self.location is not None:
            try:
                self._store.flush()
            except OSError:
                pass
        self._store = None
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None

    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph Store."""
        if self._store is None:
            raise StoreError("the store is closed")
        return self._store

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"store {self.location} was opened read-only; open it without read_only to write")
        return self.raw

    # writing
    def replace_graph(self, graph_iri: str, triples: rdflib.Graph | Iterable[tuple],
                      report_metadata: Mapping[str, str] | None = None) -> int:
        """Replace the report graph ``graph_iri`` with ``triples`` in one transaction.

        ``triples``: an rdflib Graph or an iterable of (s, p, o) rdflib or pyoxigraph terms. Term
        nodes among them go to the terminology graph (written once), the report's summaries are
        updated in the same update (kg/store/layout.py).
        ``report_metadata``: optional {"report": IRI, "content_hash": ..., "kg_version": ...,
        "source_file": ...}; each given value replaces that property of the report node.
        Returns the number of triples in the stored report graph.
        """
        store = self._writable()
        node = named_node(graph_iri)
        triples = distinct_triples(triples, report_metadata)
        with self._write_lock:   # RocksDB lets one process write; this lock, one thread of it
            # a new report (the common case of an ingest) has nothing to take off the summaries
            absent = not store.contains_named_graph(node)
            update, n = layout.replace_update(graph_iri, triples, lateral=True, absent=absent,
                                              stored_count=self._stored_count)
            try:
                store.update(update)
            except (OSError, SyntaxError, ValueError, RuntimeError) as e:
                raise StoreError(f"cannot replace graph <{graph_iri}> in {self.location}: {e}") from e
        return n

    def _stored_count(self, kind: str, key: tuple):
        """(cases literal, band node or None) of the count node of (kind, key), None when absent."""
        raw, row = self.raw, summaries.count_node(kind, key)
        sg = _summaries_node()
        cases = next(raw.quads_for_pattern(row, _CASES, None, sg), None)
        if cases is None:
            return None
        band = next(raw.quads_for_pattern(row, _CASES_BAND, None, sg), None)
        return cases.object, None if band is None else band.object

    def remove_graph(self, graph_iri: str) -> None:
        self.remove_graphs([graph_iri])

    def remove_graphs(self, graph_iris: Iterable[str]) -> None:
        """Drop every report graph of ``graph_iris`` and its summaries in ONE update (all or none)."""
        nodes = [named_node(g) for g in graph_iris]
        if not nodes:
            return
        try:
            self._writable().update(layout.remove_update((n.value for n in nodes), lateral=True))
        except (OSError, RuntimeError, ValueError) as e:
            raise StoreError(f"cannot remove {len(nodes)} graph(s) from {self.location}: {e}") from e

    def load_file(self, path: str | Path, fmt: str | None = None) -> None:
        """Load a TriG / N-Quads file (an export of a store, or report graphs with their term
        nodes) in one transaction: every named graph replaces the report graph of that name (terms
        to the terminology graph, summaries updated); the summaries graph of the file is not read
        (it is derived). Held in memory: for the test fixtures and exports of a few thousand reports."""
        p = Path(path)
        rf = FORMATS[fmt] if fmt else ox.RdfFormat.from_extension(p.suffix.lstrip("."))
        if rf is None:
            raise StoreError(f"cannot tell the RDF format of {p}; pass fmt=")
        try:
            update = load_update(ox.parse(path=str(p), format=rf), lateral=True)
            if update:
                with self._write_lock:   # no graph appears between replace_graph's check and its write
                    self._writable().update(update)
        except (OSError, SyntaxError, ValueError, RuntimeError) as e:
            raise StoreError(f"cannot load {p}: {e}") from e

    # reading
    def named_graphs(self) -> list[str]:
        """The report graphs (not the terminology and summaries graphs)."""
        derived = layout.derived_graphs()
        return sorted(g.value for g in self.raw.named_graphs() if isinstance(g, ox.NamedNode) and g.value not in derived)

    def contains_graph(self, graph_iri: str) -> bool:
        return self.raw.contains_named_graph(named_node(graph_iri))

    def count(self, graph: str | None = None) -> int:
        """Number of quads in the store, or of triples in one named graph."""
        if graph is None:
            return len(self.raw)
        return sum(1 for _ in self.raw.quads_for_pattern(None, None, None, named_node(graph)))

    def graph_hash(self, graph_iri: str) -> str | None:
        """The kg:contentHash stored on the report node of ``graph_iri`` (None if absent)."""
        node = named_node(graph_iri)
        if not self.raw.contains_named_graph(node):   # a new report (most of an ingest): no query to run
            return None
        sols = self.raw.query(
            "SELECT ?g ?h WHERE { GRAPH ?g { ?r kg:contentHash ?h } } ORDER BY ?h LIMIT 1",
            prefixes={"kg": KG_NS}, substitutions={ox.Variable("g"): node})
        for s in sols:
            return s["h"].value
        return None

    content_hash = graph_hash  # name used by kg.pipeline

    def graph_hashes(self) -> dict[str, str]:
        """{graph IRI: content hash} for every report graph."""
        sols = self.raw.query(
            "SELECT ?g ?h WHERE { GRAPH ?g { ?r kg:contentHash ?h } }",
            prefixes={"kg": KG_NS})
        return {s["g"].value: s["h"].value for s in sols}

    def query(self, sparql: str, substitutions: Mapping | None = None):
        """Run SPARQL on the store (pyoxigraph result objects)."""
        subs = {ox.Variable(k) if isinstance(k, str) else k: v for k, v in (substitutions or {}).items()}
        try:
            return self.raw.query(sparql, substitutions=subs or None)
        except SyntaxError as e:
            raise StoreError(f"invalid SPARQL: {e}") from e
        except (OSError, RuntimeError, ValueError) as e:
            raise StoreError(f"query failed: {e}") from e

    def dump(self, format: str = "trig", graph: str | None = None) -> bytes:
        """Serialize the whole dataset (trig/nquads) or one named graph (any format)."""
        rf = FORMATS.get(format.lower())
        if rf is None:
            raise StoreError(f"unknown RDF format {format!r}: expected one of {sorted(FORMATS)}")
        kwargs = {}
        if graph is not None:
            if not self.contains_graph(graph):
                raise StoreNotFoundError(f"no named graph <{graph}> in the store (`kg stats`, `kg cases` "
                                         "show what it holds)")
            kwargs["from_graph"] = named_node(graph)
        elif not rf.supports_datasets:
            raise StoreError(f"{format} holds one graph: pass graph=IRI or use trig/nquads")
        if rf in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
            kwargs["prefixes"] = PREFIXES
        try:
            return self.raw.dump(format=rf, **kwargs)
        except (OSError, ValueError, RuntimeError) as e:
            raise StoreError(f"cannot dump the store: {e}") from e

    def graph(self, graph_iri: str) -> rdflib.Graph:
        """One named graph as an in-memory rdflib Graph."""
        g = rdflib.Graph(identifier=URIRef(graph_iri))
        for q in self.raw.quads_for_pattern(None, None, None, named_node(graph_iri)):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def dataset(self) -> rdflib.Dataset:
        """Everything as an in-memory rdflib Dataset."""
        ds = rdflib.Dataset()
        for q in self.raw:
            gname = q.graph_name
            ctx = ds.default_graph if isinstance(gname, ox.DefaultGraph) else ds.graph(to_rdflib(gname))
            ctx.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return ds


def _apply_metadata(triples: list, meta: Mapping[str, str]) -> list:
    report = meta.get("report")
    if report is None:
        reports = {s for s, p, o in triples
                   if str(p) == _RDF_TYPE and str(o) in (KG_NS + "Report", KG_NS + "CaseReport")}
        if len(reports) != 1:
            raise StoreError("report_metadata needs \"report\" (IRI) when the graph does not hold exactly one "
                             "kg:Report")
        report = next(iter(reports))
    report = URIRef(str(report))
    props = {"content_hash": "contentHash", "kg_version": "kgVersion", "source_file": "sourceFile",
             "article_type": "articleType"}
    unknown = set(meta) - set(props) - {"report"}
    if unknown:
        raise StoreError(f"unknown report_metadata keys {sorted(unknown)}: expected {sorted(props)} and 'report'")
    out = list(triples)
    for key, local in props.items():
        if meta.get(key) is None:
            continue
        pred = URIRef(KG_NS + local)
        out = [t for t in out if not (str(t[0]) == str(report) and str(t[1]) == str(pred))]
        out.append((report, pred, Literal(str(meta[key]))))
    return out


def open_store(location: str | Path | None = DEFAULT_LOCATION, read_only: bool = False) -> CaseStore:
    """Open (creating if needed) the store at ``location``; ``None`` = in-memory (tests).

    read_only=True opens an existing store for reading only (several readers may
    share it; never while another process writes it).

    An ``http(s)://`` URL opens a SPARQL 1.1 endpoint instead (Virtuoso ``.../sparql``,
    Oxigraph server ``http://host:7878``...): a ``kg.store.remote.RemoteStore`` with
    the same methods (see README, "Remote stores").

    ``graph_file`` below is a TriG file of two report graphs:

    >>> with open_store(None) as store:               # in memory
    ...     store.load_file(graph_file)
    ...     [store.count(g) for g in store.named_graphs()]    # report graphs: their terms are stored apart
    [80, 115]
    >>> open_store("no-such-store", read_only=True)
    Traceback (most recent call last):
    kg.errors.StoreNotFoundError: no store at no-such-store: run `kg ingest --store no-such-store ...` first
    """
    if isinstance(location, str) and location.strip().lower().startswith(("http://", "https://")):
        from kg.store.remote import RemoteStore

        return RemoteStore(location, read_only=read_only)
    if location is None:
        if read_only:
            raise StoreError("an in-memory store cannot be opened read-only")
        return CaseStore(ox.Store(), None, False)
    loc = os.fspath(location)
    try:
        if read_only:
            if not Path(loc).is_dir():
                raise StoreNotFoundError(f"no store at {loc}: run `kg ingest --store {loc} ...` first")
            return CaseStore(ox.Store.read_only(loc), loc, True)
        if Path(loc).exists() and not Path(loc).is_dir():
            raise StoreError(f"store location {loc} exists and is not a directory")
        raw = ox.Store(loc)   # first: a second writer is refused by the database's own lock
        try:
            lock_fd = lock_for_writing(loc)
        except StoreError:
            del raw
            raise
        return CaseStore(raw, loc, False, lock_fd)
    except (OSError, RuntimeError) as e:
        msg = str(e)
        hint = ""
        if "lock" in msg.lower():
            hint = " (another process has it open for writing; only one writer at a time)"
        raise StoreError(f"cannot open store {loc}{' read-only' if read_only else ''}: {msg}{hint}") from e


__all__ = ["CaseStore", "open_store", "DEFAULT_LOCATION", "FORMATS", "PREFIXES", "to_ox", "to_rdflib", "named_node"]
