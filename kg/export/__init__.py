"""Export the store as Turtle, TriG, N-Quads or JSON-LD; the cases as Phenopackets, CSV or KGX.

Turtle holds one graph: with ``graph=IRI`` that report graph and the terms it
uses (kept once in the terminology graph), otherwise every named graph merged
into one default graph. TriG / N-Quads keep the named graphs
(or only ``graph``). JSON-LD is written by rdflib (named graphs as @graph
objects). Files are written to a temporary file in the target directory and
renamed into place, so a reader never sees a half-written export.

The RDF formats state the class of every node the store leaves untyped (fact, sentence, section and
decision nodes: their class is the range of the link that leads to them) as an rdf:type quad in
the node's graph (kg/graph/range_types.py); ``types=False`` (`kg export --no-types`) writes exactly the
stored quads.

The target must be a new file or an existing regular file: a symbolic link, a device
(``/dev/null``, ``/dev/stdout``), a FIFO, a socket, a directory or a path inside the store
is refused (the rename would replace it). ``-`` is standard output.
"""
from __future__ import annotations

import json
import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import ExportError, NotFoundError, StoreError
from kg.export.cases_csv import cases_csv
from kg.export.kgx import kgx_tsv
from kg.export.phenopacket import phenopackets
from kg.graph.range_types import store_type_quads
from kg.prefixes import PREFIXES, compress, jsonld_context
from kg.store import named_node, to_rdflib
from kg.store.layout import term_quads

RDF_FORMATS = ("turtle", "trig", "nquads", "jsonld")
CASE_FORMATS = ("phenopacket", "csv")              # one record per case (or per therapy line)
EXPORT_FORMATS = RDF_FORMATS + CASE_FORMATS + ("kgx",)
_ALIASES = {"ttl": "turtle", "nq": "nquads", "n-quads": "nquads", "json-ld": "jsonld", "json": "jsonld",
            "phenopackets": "phenopacket", "jsonl": "phenopacket"}


def _serialize(store, fmt: str, graph: str | None, types: bool = True) -> bytes:
    raw = store.raw
    if graph is not None and not store.contains_graph(graph):
        raise ExportError(f"no named graph <{graph}> in the store; see `kg stats` / named_graphs()")
    g = named_node(graph) if graph is not None else None
    added = store_type_quads(raw, g) if types else []
    try:
        if fmt == "turtle":
            if graph is not None:   # the report's graph with the terms it uses (stored once, apart)
                one = ox.Store()
                one.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                           for q in [*raw.quads_for_pattern(None, None, None, g), *term_quads(store, graph), *added])
                return one.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
            merged = ox.Store()  # in-memory: union of all named graphs as the default graph
            merged.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in [*raw, *added])
            return merged.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
        if fmt in ("trig", "nquads"):
            rf = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
            kwargs = {"prefixes": PREFIXES} if fmt == "trig" else {}
            if graph is None:
                # the stored quads as they are, then the added types: a TriG document may open a
                # graph block again (and declare its prefixes again), N-Quads is line by line
                out = raw.dump(format=rf, **kwargs)
                if added:
                    types_only = ox.Store()
                    types_only.extend(added)
                    out += types_only.dump(format=rf, **kwargs)
                return out
            one = ox.Store()
            one.extend(raw.quads_for_pattern(None, None, None, g))
            one.extend(term_quads(store, graph))   # the terms it uses, in the terminology graph
            one.extend(added)
            return one.dump(format=rf, **kwargs)
        if fmt == "jsonld":
            if graph is not None:
                rdf = store.graph(graph)
                for q in [*term_quads(store, graph), *added]:   # the terms it uses, in the terminology graph
                    rdf.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
            else:
                rdf = store.dataset()
                for q in added:
                    rdf.graph(to_rdflib(q.graph_name)).add((to_rdflib(q.subject), to_rdflib(q.predicate),
                                                            to_rdflib(q.object)))
            doc = json.loads(rdf.serialize(format="json-ld", context=jsonld_context()))
            return json.dumps(_compact_ids(doc), indent=1, ensure_ascii=False).encode("utf-8")
    except (OSError, ValueError, RuntimeError, StoreError) as e:
        raise ExportError(f"cannot serialize the store as {fmt}: {e}") from e
    raise ExportError(f"unknown export format {fmt!r}: expected one of {', '.join(RDF_FORMATS)}")


def _compact_ids(node):
    """Write every ``@id`` / ``@type`` IRI of a JSON-LD document as a CURIE of the prefix map.

    rdflib compacts only with prefixes that end in ``/`` or ``#``; the OBO ones (``NCIT_``) are
    declared ``@prefix: true`` in the context, which JSON-LD 1.1 needs to expand them again."""
    if isinstance(node, list):
        return [_compact_ids(x) for x in node]
    if not isinstance(node, dict):
        return node
    out = {}
    for k, v in node.items():
        if k == "@context":
            out[k] = v
        elif k in ("@id", "@type") and isinstance(v, str):
            out[k] = _curie(v)
        elif k == "@type" and isinstance(v, list):
            out[k] = [_curie(x) if isinstance(x, str) else x for x in v]
        else:
            out[k] = _compact_ids(v)
    return out


def _curie(iri: str) -> str:
    curie = compress(iri) if "://" in iri else None
    return curie if curie and not curie.endswith(":") else iri


def _file_mode(path: Path) -> int:
    """Keep an existing file's mode; new files get 0666 minus the umask (mkstemp makes 0600)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        um = os.umask(0)
        os.umask(um)
        return 0o666 & ~um


_KINDS = ((stat.S_ISLNK, "a symbolic link"), (stat.S_ISDIR, "a directory"), (stat.S_ISFIFO, "a FIFO / named pipe"),
          (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def check_target(path: str | os.PathLike, store_location: str | os.PathLike | None = None) -> Path:
    """``path`` if an export may be written there: a new file or an existing regular file, in an
    existing directory, outside the store. Raises ExportError otherwise."""
    path = Path(path)
    expected = "expected a new or regular file (use `-o -` or no -o for standard output)"
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e.strerror or e}; {expected}") from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        kind = next((name for test, name in _KINDS if test(st.st_mode)), "a special file")
        raise ExportError(f"refusing to write the export to {path}: it is {kind}, which would be replaced; {expected}")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ExportError(f"cannot write {path}: directory {parent} does not exist")
    if store_location is not None and not str(store_location).lower().startswith(("http://", "https://")):
        store_dir = os.path.realpath(store_location)
        target = os.path.join(os.path.realpath(parent), path.name)
        if target == store_dir or target.startswith(store_dir.rstrip(os.sep) + os.sep):
            raise ExportError(f"refusing to write the export to {path}: it is inside the store {store_location} "
                              f"(the store would be damaged); {expected} outside the store")
    return path


def _serialize_cases(store, fmt: str, graph: str | None, case: str | None) -> bytes:
    """The per-case formats: Phenopacket (JSON lines; one JSON document for ``case``) or CSV."""
    if graph is not None and not store.contains_graph(graph):
        raise ExportError(f"no named graph <{graph}> in the store; see `kg stats` / named_graphs()")
    if fmt == "csv":
        return cases_csv(store, case=case, graph=graph).encode("utf-8")
    docs = phenopackets(store, case=case, graph=graph)
    if case is not None:
        if not docs:
            raise NotFoundError(f"no patient case <{case}> in the store: `kg cases` lists the case IRIs")
        return (json.dumps(docs[0], indent=1, ensure_ascii=False) + "\n").encode("utf-8")
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")


def kgx_paths(dest: str | os.PathLike) -> tuple[Path, Path]:
    """``NAME_nodes.tsv`` and ``NAME_edges.tsv`` for ``-o NAME`` (a ``.tsv`` or ``_nodes.tsv`` suffix
    of NAME is dropped first), as KGX names them."""
    base = str(dest)
    for suffix in ("_nodes.tsv", "_edges.tsv", ".tsv"):
        if base.endswith(suffix):
            base = base[: -len(suffix)]
            break
    return Path(base + "_nodes.tsv"), Path(base + "_edges.tsv")


def export(store, fmt: str, dest: str | os.PathLike | IO | None = None, graph: str | None = None,
           store_location: str | os.PathLike | None = None, case: str | None = None, types: bool = True) -> int:
    """Write the export to ``dest`` (path, binary/text stream, or stdout when None or "-").
    Returns bytes written. A path is checked with ``check_target`` (``store_location``: the
    store's directory, never written into) before the store is read.

    ``fmt``: ``turtle``, ``trig``, ``nquads``, ``jsonld`` (RDF; ``graph`` = one named graph),
    ``phenopacket`` (one GA4GH Phenopacket v2 per case, JSON lines; one JSON document with
    ``case``), ``csv`` (one row per therapy line, as `kg cases --format csv`) or ``kgx`` (two files,
    ``NAME_nodes.tsv`` and ``NAME_edges.tsv`` for ``dest`` NAME; not to a stream). ``types``: the RDF
    formats add the rdf:type of the nodes the store leaves untyped (kg/graph/range_types.py); False writes
    exactly the stored quads.

    ``store`` below is an open store (``open_store("kg-store")``) holding two case reports:

    >>> import io, json
    >>> buf = io.BytesIO()
    >>> _ = export(store, "phenopacket", buf)
    >>> [json.loads(line)["subject"]["sex"] for line in buf.getvalue().splitlines()]
    ['FEMALE', 'MALE']
    >>> _ = export(store, "turtle", "cases.ttl")       # written atomically  # doctest: +SKIP
    """
    f = _ALIASES.get((fmt or "").lower(), (fmt or "").lower())
    if f not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}")
    if case is not None and f not in CASE_FORMATS:
        raise ExportError(f"--case selects one case of a per-case format ({', '.join(CASE_FORMATS)}), not {f}")
    if dest is None or (isinstance(dest, (str, os.PathLike)) and os.fspath(dest) == "-"):
        dest = sys.stdout
    location = store_location if store_location is not None else getattr(store, "location", None)
    if f == "kgx":
        if hasattr(dest, "write"):
            raise ExportError("kgx writes two files (NAME_nodes.tsv, NAME_edges.tsv): give -o NAME, not standard output")
        paths = [check_target(p, location) for p in kgx_paths(dest)]
        if graph is not None and not store.contains_graph(graph):
            raise ExportError(f"no named graph <{graph}> in the store; see `kg stats` / named_graphs()")
        tables = kgx_tsv(store, case=case, graph=graph)
        if case is not None and tables[0].count("\n") <= 1:
            raise NotFoundError(f"no patient case <{case}> in the store: `kg cases` lists the case IRIs")
        return sum(_write_file(p, t.encode("utf-8")) for p, t in zip(paths, tables))
    if not hasattr(dest, "write"):
        dest = check_target(dest, location)
    data = _serialize_cases(store, f, graph, case) if f in CASE_FORMATS else _serialize(store, f, graph, types)
    if hasattr(dest, "write"):
        try:
            if hasattr(dest, "buffer"):
                dest.flush()
                dest.buffer.write(data)
                dest.buffer.flush()
            else:
                try:
                    dest.write(data)
                except TypeError:
                    dest.write(data.decode("utf-8"))
        except OSError as e:
            raise ExportError(f"cannot write the export: {e}") from e
        return len(data)
    return _write_file(dest, data)


def _write_file(path: Path, data: bytes) -> int:
    """Write ``data`` to a temporary file beside ``path``, then rename it into place."""
    parent = path.parent if str(path.parent) else Path(".")
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode(path))
        os.replace(tmp, path)
        tmp = None
    except OSError as e:
        raise ExportError(f"cannot write {path}: {e.strerror or e}") from e
    finally:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
    return len(data)


__all__ = ["export", "check_target", "kgx_paths", "EXPORT_FORMATS", "RDF_FORMATS", "CASE_FORMATS"]
