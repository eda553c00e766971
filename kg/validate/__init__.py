"""SHACL validation of case graphs with pySHACL on in-memory rdflib graphs.

Always validate an in-memory ``rdflib.Graph`` (never an Oxigraph-backed graph:
literal comparison through a store wrapper gives false ``sh:in`` violations).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SH

import kg

from kg.errors import InputError, ValidationError

SHAPES_PATH = kg.ONTOLOGY_DIR / "shapes.ttl"     # ontology/, or its copy in a wheel

_EXT_FORMATS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt",
    ".nq": "nquads", ".nquads": "nquads", ".trig": "trig", ".jsonld": "json-ld",
    ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".n3": "n3",
}
_QUAD_FORMATS = {"trig", "nquads"}


@dataclass
class ValidationReport:
    name: str
    conforms: bool
    results: list[str] = field(default_factory=list)  # "ShapeName: message (focus <node>, path <p>, value v)"
    text: str = ""


@lru_cache(maxsize=4)
def _shapes(path: str = str(SHAPES_PATH)) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(path, format="turtle")
    return g


def load_shapes() -> rdflib.Graph:
    """The project's shapes graph (parsed once)."""
    return _shapes()


def _short(term) -> str:
    if term is None:
        return "-"
    s = str(term)
    for ns in ("https://w3id.org/kg-oncocase/shapes#", "https://w3id.org/kg-oncocase/vocab#"):
        if s.startswith(ns):
            return s[len(ns):] if "shapes#" in ns else "kg:" + s[len(ns):]
    return s


def _shape_name(shapes: rdflib.Graph, shape) -> str:
    """Name of the node shape a result comes from (property shapes are blank nodes)."""
    if isinstance(shape, rdflib.URIRef):
        return _short(shape)
    parent = shapes.value(predicate=SH.property, object=shape)
    if parent is not None:
        return _short(parent)
    return "shape"


def _results(report_graph: rdflib.Graph, shapes: rdflib.Graph) -> list[str]:
    out = []
    for r in report_graph.subjects(RDF.type, SH.ValidationResult):
        shape = report_graph.value(r, SH.sourceShape)
        msgs = [str(m) for m in report_graph.objects(r, SH.resultMessage)]
        # prefer the shape's own sh:message (pySHACL copies it, but may add its own too)
        own = [str(m) for m in shapes.objects(shape, SH.message)] if shape is not None else []
        if not own and shape is not None:
            parent = shapes.value(predicate=SH.property, object=shape)
            own = [str(m) for m in shapes.objects(parent, SH.message)] if parent is not None else []
        msg = own[0] if own else (msgs[0] if msgs else "constraint violated")
        focus = report_graph.value(r, SH.focusNode)
        path = report_graph.value(r, SH.resultPath)
        value = report_graph.value(r, SH.value)
        detail = f"focus {focus.n3() if hasattr(focus, 'n3') else focus}"
        if path is not None:
            detail += f", path {_short(path)}"
        if value is not None:
            detail += f", value {value.n3() if hasattr(value, 'n3') else value}"
        out.append(f"{_shape_name(shapes, shape)}: {msg} ({detail})")
    return sorted(out)


def validate_graph(g: rdflib.Graph, name: str = "graph") -> ValidationReport:
    """Validate one case graph (an in-memory rdflib.Graph) against ontology/shapes.ttl."""
    import pyshacl

    if not isinstance(g, rdflib.Graph) or isinstance(g, rdflib.Dataset):
        raise TypeError("validate_graph expects one in-memory rdflib.Graph (not a Dataset or store-backed graph)")
    data = g
    if type(g.store).__name__ != "Memory":  # copy store-backed graphs into memory
        data = rdflib.Graph()
        for t in g:
            data.add(t)
    shapes = load_shapes()
    conforms, report_graph, text = pyshacl.validate(
        data, shacl_graph=shapes, inference="none", abort_on_first=False,
        allow_warnings=False, advanced=False, meta_shacl=False)
    return ValidationReport(name=str(name), conforms=bool(conforms),
                            results=_results(report_graph, shapes), text=text)


def fast_check(g: rdflib.Graph) -> bool:
    """True only if ``g`` certainly conforms (compiled shapes, ~1 ms); False: ask pySHACL.

    See kg/validate/fast.py. Always False when the shapes use a feature the
    fast check does not implement.
    """
    from kg.validate.fast import compiled

    shapes = load_shapes()
    checker = compiled(id(shapes), shapes)
    return checker is not None and checker.check(g)


def ensure_valid(g: rdflib.Graph, name: str = "graph") -> ValidationReport:
    """Validate ``g``, raising kg.errors.ValidationError (naming shape and message) if it fails.

    The fast compiled check accepts graphs that certainly conform; anything else
    goes to pySHACL (validate_graph), which decides and writes the report. The
    result is therefore exactly pySHACL's (tests/test_validate_fast_equivalence.py).
    """
    if isinstance(g, rdflib.Graph) and not isinstance(g, rdflib.Dataset) \
            and type(g.store).__name__ == "Memory" and fast_check(g):
        return ValidationReport(name=str(name), conforms=True, results=[], text="Validation Report\nConforms: True\n")
    rep = validate_graph(g, name)
    if not rep.conforms:
        raise ValidationError(str(name), rep.text, rep.results)
    return rep


def _guess_format(path: Path, head: bytes) -> str:
    fmt = _EXT_FORMATS.get(path.suffix.lower())
    if fmt:
        return fmt
    text = head.lstrip()
    if text.startswith(b"{") or text.startswith(b"["):
        return "json-ld"
    if text.startswith(b"<?xml") or text.startswith(b"<rdf:RDF"):
        return "xml"
    if b"GRAPH" in head or (b"{" in head and b"@prefix" in head):
        return "trig"
    return "turtle"


def validate_file(path: str | Path) -> list[ValidationReport]:
    """Validate any RDF file. TriG / N-Quads: one report per named graph (default graph too if not empty)."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as e:
        raise InputError(str(p), f"cannot read RDF file: {e.strerror or e}") from e
    fmt = _guess_format(p, data[:4096])
    try:
        if fmt in _QUAD_FORMATS or fmt == "json-ld":
            ds = rdflib.Dataset()
            ds.parse(data=data, format=fmt)
            reports = []
            for graph in ds.graphs():
                if len(graph) == 0 and graph.identifier == rdflib.graph.DATASET_DEFAULT_GRAPH_ID:
                    continue
                mem = rdflib.Graph()
                for t in graph:
                    mem.add(t)
                gname = "default graph" if graph.identifier == rdflib.graph.DATASET_DEFAULT_GRAPH_ID else str(graph.identifier)
                reports.append(validate_graph(mem, gname))
            return sorted(reports, key=lambda r: r.name)
        g = rdflib.Graph()
        g.parse(data=data, format=fmt)
    except ValueError as e:  # BadSyntax etc. are ValueError/SyntaxError subclasses
        raise InputError(str(p), f"not valid {fmt} RDF: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from e
    except SyntaxError as e:
        raise InputError(str(p), f"not valid {fmt} RDF: {e}") from e
    return [validate_graph(g, str(p))]


__all__ = ["ValidationReport", "validate_graph", "ensure_valid", "fast_check", "validate_file", "load_shapes", "SHAPES_PATH"]
