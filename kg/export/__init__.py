"""Export the store as Turtle, TriG, N-Quads or JSON-LD.

Turtle holds one graph: with ``graph=IRI`` that report graph and the terms it
uses (kept once in the terminology graph), otherwise every named graph merged
into one default graph. TriG / N-Quads keep the named graphs
(or only ``graph``). JSON-LD is written by rdflib (named graphs as @graph
objects). Files are written to a temporary file in the target directory and
renamed into place, so a reader never sees a half-written export.

The target must be a new file or an existing regular file: a symbolic link, a device
(``/dev/null``, ``/dev/stdout``), a FIFO, a socket, a directory or a path inside the store
is refused (the rename would replace it). ``-`` is standard output.
"""
from __future__ import annotations

import os
import stat
import sys
import tempfile
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import ExportError, StoreError
from kg.store import PREFIXES, named_node, to_rdflib
from kg.store.layout import term_quads

EXPORT_FORMATS = ("turtle", "trig", "nquads", "jsonld")
_ALIASES = {"ttl": "turtle", "nq": "nquads", "n-quads": "nquads", "json-ld": "jsonld", "json": "jsonld"}


def _serialize(store, fmt: str, graph: str | None) -> bytes:
    raw = store.raw
    if graph is not None and not store.contains_graph(graph):
        raise ExportError(f"no named graph <{graph}> in the store; see `kg stats` / named_graphs()")
    try:
        if fmt == "turtle":
            if graph is not None:   # the report's graph with the terms it uses (stored once, apart)
                one = ox.Store()
                one.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph())
                           for q in [*raw.quads_for_pattern(None, None, None, named_node(graph)),
                                     *term_quads(store, graph)])
                return one.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
            merged = ox.Store()  # in-memory: union of all named graphs as the default graph
            merged.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in raw)
            return merged.dump(format=ox.RdfFormat.TURTLE, from_graph=ox.DefaultGraph(), prefixes=PREFIXES)
        if fmt in ("trig", "nquads"):
            rf = ox.RdfFormat.TRIG if fmt == "trig" else ox.RdfFormat.N_QUADS
            kwargs = {"prefixes": PREFIXES} if fmt == "trig" else {}
            if graph is None:
                return raw.dump(format=rf, **kwargs)
            one = ox.Store()
            g = named_node(graph)
            one.extend(raw.quads_for_pattern(None, None, None, g))
            one.extend(term_quads(store, graph))   # the terms it uses, in the terminology graph
            return one.dump(format=rf, **kwargs)
        if fmt == "jsonld":
            if graph is not None:
                g = store.graph(graph)
                for q in term_quads(store, graph):
                    g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
                return g.serialize(format="json-ld", context=PREFIXES, indent=1).encode("utf-8")
            ds = store.dataset()
            return ds.serialize(format="json-ld", context=PREFIXES, indent=1).encode("utf-8")
    except (OSError, ValueError, RuntimeError, StoreError) as e:
        raise ExportError(f"cannot serialize the store as {fmt}: {e}") from e
    raise ExportError(f"unknown export format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}")


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


def export(store, fmt: str, dest: str | os.PathLike | IO | None = None, graph: str | None = None,
           store_location: str | os.PathLike | None = None) -> int:
    """Write the export to ``dest`` (path, binary/text stream, or stdout when None or "-").
    Returns bytes written. A path is checked with ``check_target`` (``store_location``: the
    store's directory, never written into) before the store is read."""
    f = _ALIASES.get((fmt or "").lower(), (fmt or "").lower())
    if f not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: expected one of {', '.join(EXPORT_FORMATS)}")
    if dest is None or (isinstance(dest, (str, os.PathLike)) and os.fspath(dest) == "-"):
        dest = sys.stdout
    if not hasattr(dest, "write"):
        dest = check_target(dest, store_location if store_location is not None else getattr(store, "location", None))
    data = _serialize(store, f, graph)
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
    path = dest
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


__all__ = ["export", "check_target", "EXPORT_FORMATS"]
