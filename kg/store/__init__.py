"""The case store: an embedded Oxigraph (pyoxigraph) database on disk.

One named graph per report. ``replace_graph`` swaps a report's graph in ONE
SPARQL update (``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> { ... } }``),
which Oxigraph applies as a single transaction: readers see the old graph or
the new one, never a mix, and ingesting the same graph twice changes nothing.

Only one process may open a store for writing (RocksDB holds a lock), and not while `kg serve`
serves it (``kg.store.serving``); readers use ``open_store(location, read_only=True)``.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

import pyoxigraph as ox
import rdflib
from rdflib.term import BNode, Literal, URIRef

from kg.errors import StoreError, StoreNotFoundError
from kg.prefixes import PREFIXES, namespace
from kg.store.serving import lock_for_writing

DEFAULT_LOCATION = "kg-store"
KG_NS = namespace("kg")
_RDF_TYPE = namespace("rdf") + "type"
_XSD_STRING = namespace("xsd") + "string"

FORMATS = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS, "nq": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES, "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML, "xml": ox.RdfFormat.RDF_XML,
}



# --------------------------------------------------------------- conversion ---
def named_node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(str(iri))
    except ValueError as e:
        raise StoreError(f"not a valid IRI: {str(iri)!r} ({e})") from e


def to_ox(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """rdflib term -> pyoxigraph term."""
    if isinstance(term, URIRef):
        return named_node(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=named_node(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term
    raise StoreError(f"cannot store RDF term {term!r} of type {type(term).__name__}")


def to_rdflib(term):
    """pyoxigraph term -> rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if term is None:
        return None
    raise StoreError(f"unexpected term {term!r}")


def _sparql_term(t) -> str:
    # pyoxigraph's str() is the N-Triples form (escaped), valid in SPARQL INSERT DATA
    return str(t)


# ----------------------------------------------------------------- the store ---
def triple_lines(triples, report_metadata=None) -> list[str]:
    """Distinct triples as SPARQL/N-Triples lines for an INSERT DATA (checked, never formatted from strings)."""
    triples = list(triples)
    if report_metadata:
        triples = _apply_metadata(triples, report_metadata)
    seen: set[tuple[str, str, str]] = set()
    lines: list[str] = []
    for t in triples:
        if len(t) != 3:
            raise StoreError(f"expected (subject, predicate, object) triples, got {t!r}")
        s, p, o = (to_ox(x) for x in t)
        if isinstance(s, ox.Literal) or not isinstance(p, ox.NamedNode):
            raise StoreError(f"invalid triple {t!r}: subject must be an IRI or blank node, predicate an IRI")
        key = (_sparql_term(s), _sparql_term(p), _sparql_term(o))
        if key not in seen:
            seen.add(key)
            lines.append(" ".join(key) + " .")
    return lines


class CaseStore:
    """A pyoxigraph Store on disk with the operations kg needs."""

    def __init__(self, store: ox.Store, location: str | None, read_only: bool, lock_fd: int | None = None):
        self._store = store
        self.location = location
        self.read_only = read_only
        self._lock_fd = lock_fd   # kg.store.serving: no `kg serve` while this store is open for writing

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
        """Replace the named graph ``graph_iri`` with ``triples`` in one transaction.

        ``triples``: an rdflib Graph or an iterable of (s, p, o) rdflib or pyoxigraph terms.
        ``report_metadata``: optional {"report": IRI, "content_hash": ..., "kg_version": ...,
        "source_file": ...}; each given value replaces that property of the report node.
        Returns the number of triples in the stored graph.
        """
        store = self._writable()
        g = named_node(graph_iri)
        lines = triple_lines(triples, report_metadata)
        update = f"DROP SILENT GRAPH {_sparql_term(g)} ;\n"
        if lines:
            update += "INSERT DATA { GRAPH " + _sparql_term(g) + " {\n" + "\n".join(lines) + "\n} }"
        try:
            store.update(update)
        except (OSError, SyntaxError, ValueError, RuntimeError) as e:
            raise StoreError(f"cannot replace graph <{graph_iri}> in {self.location}: {e}") from e
        return len(lines)

    def remove_graph(self, graph_iri: str) -> None:
        try:
            self._writable().update(f"DROP SILENT GRAPH {_sparql_term(named_node(graph_iri))}")
        except (OSError, RuntimeError) as e:
            raise StoreError(f"cannot remove graph <{graph_iri}>: {e}") from e

    def remove_graphs(self, graph_iris: Iterable[str]) -> None:
        """Drop every named graph of ``graph_iris`` in ONE update (one transaction: all or none)."""
        nodes = [named_node(g) for g in graph_iris]
        if not nodes:
            return
        try:
            self._writable().update(" ;\n".join(f"DROP SILENT GRAPH {_sparql_term(g)}" for g in nodes))
        except (OSError, RuntimeError, ValueError) as e:
            raise StoreError(f"cannot remove {len(nodes)} graph(s) from {self.location}: {e}") from e

    def load_file(self, path: str | Path, fmt: str | None = None) -> None:
        """Load a TriG / N-Quads file (graphs as in the file) in one transaction."""
        p = Path(path)
        rf = FORMATS[fmt] if fmt else ox.RdfFormat.from_extension(p.suffix.lstrip("."))
        if rf is None:
            raise StoreError(f"cannot tell the RDF format of {p}; pass fmt=")
        try:
            self._writable().load(path=str(p), format=rf)
        except (OSError, SyntaxError, ValueError, RuntimeError) as e:
            raise StoreError(f"cannot load {p}: {e}") from e

    # reading
    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self.raw.named_graphs() if isinstance(g, ox.NamedNode))

    def contains_graph(self, graph_iri: str) -> bool:
        return self.raw.contains_named_graph(named_node(graph_iri))

    def count(self, graph: str | None = None) -> int:
        """Number of quads in the store, or of triples in one named graph."""
        if graph is None:
            return len(self.raw)
        return sum(1 for _ in self.raw.quads_for_pattern(None, None, None, named_node(graph)))

    def graph_hash(self, graph_iri: str) -> str | None:
        """The kg:contentHash stored on the report node of ``graph_iri`` (None if absent)."""
        sols = self.raw.query(
            "SELECT ?g ?h WHERE { GRAPH ?g { ?r kg:contentHash ?h } } ORDER BY ?h LIMIT 1",
            prefixes={"kg": KG_NS}, substitutions={ox.Variable("g"): named_node(graph_iri)})
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
    ...     len(store.named_graphs()), store.count()
    (2, 289)
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
