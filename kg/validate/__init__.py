"""SHACL validation of case graphs with pySHACL on in-memory rdflib graphs.

Always validate an in-memory ``rdflib.Graph`` (never an Oxigraph-backed graph:
literal comparison through a store wrapper gives false ``sh:in`` violations).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import rdflib
from rdflib.namespace import RDF, SH

import kg

from kg.errors import InputError, ValidationError
from kg.prefixes import namespace

SHAPES_PATH = kg.ONTOLOGY_DIR / "shapes.ttl"     # ontology/, or its copy in a wheel

_EXT_FORMATS = {
    ".ttl": "turtle", ".turtle": "turtle", ".nt": "nt", ".ntriples": "nt",
    ".nq": "nquads", ".nquads": "nquads", ".trig": "trig", ".jsonld": "json-ld",
    ".json": "json-ld", ".rdf": "xml", ".owl": "xml", ".xml": "xml", ".n3": "n3",
}


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
    for ns in (namespace("kgsh"), namespace("kg")):
        if s.startswith(ns):
            return s[len(ns):] if ns == namespace("kgsh") else "kg:" + s[len(ns):]
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
    result is therefore exactly pySHACL's (tests/validate/test_fast_equivalence.py).
    """
    if isinstance(g, rdflib.Graph) and not isinstance(g, rdflib.Dataset) \
            and type(g.store).__name__ == "Memory" and fast_check(g):
        return ValidationReport(name=str(name), conforms=True, results=[], text="Validation Report\nConforms: True\n")
    rep = validate_graph(g, name)
    if not rep.conforms:
        raise ValidationError(str(name), rep.text, rep.results)
    return rep


_OX_FORMATS = {"turtle": "TURTLE", "nt": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG",
               "json-ld": "JSON_LD", "xml": "RDF_XML", "n3": "N3"}
_FORMAT_NAMES = {"turtle": "Turtle", "nt": "N-Triples", "nquads": "N-Quads", "trig": "TriG",
                 "json-ld": "JSON-LD", "xml": "RDF/XML", "n3": "N3"}
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.I)


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


def parse_rdf_file(path: str | Path) -> dict[str, rdflib.Graph]:
    """{graph name: in-memory rdflib Graph} of an RDF file, parsed safely by pyoxigraph.

    One InputError line (file, format, position) for a syntax error, an empty file or a file
    without triples. Hardened: JSON-LD remote and file: contexts are never loaded (pyoxigraph has
    no document loader), RDF/XML with a DOCTYPE or entity declarations is refused (no entity
    expansion at all), the whole file is bounded by MAX_RDF_BYTES.
    """
    import pyoxigraph as ox

    from kg.store import to_rdflib

    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_RDF_BYTES:
            raise InputError(str(p), f"{size} bytes is more than the {MAX_RDF_BYTES}-byte limit for validation; "
                                     "validate the graphs one by one (kg export --graph IRI)")
        data = p.read_bytes()
    except IsADirectoryError:
        raise InputError(str(p), "is a directory: expected an RDF file") from None
    except FileNotFoundError:
        raise InputError(str(p), "no such file: expected an RDF file (Turtle, TriG, N-Quads, N-Triples, "
                                 "JSON-LD, RDF/XML)") from None
    except OSError as e:
        raise InputError(str(p), f"cannot read RDF file: {e.strerror or e}") from e
    if not data.strip():
        raise InputError(str(p), "empty file: holds no RDF triples, so there is nothing to validate")
    fmt = _guess_format(p, data[:4096])
    name = _FORMAT_NAMES[fmt]
    if fmt == "xml" and _DTD.search(data):
        raise InputError(str(p), "RDF/XML with a DOCTYPE or entity declarations is refused (entities are never "
                                 "expanded); remove the DOCTYPE")
    graphs: dict[str, rdflib.Graph] = {}
    try:
        for q in ox.parse(data, format=getattr(ox.RdfFormat, _OX_FORMATS[fmt])):
            gname = "default graph" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
            g = graphs.get(gname)
            if g is None:
                g = graphs[gname] = rdflib.Graph()
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    except (SyntaxError, ValueError) as e:
        msg = " ".join(str(e).split()) or type(e).__name__
        if "LoadDocumentCallback" in msg:
            msg = "a remote or file: @context is never loaded; put the context inline"
        raise InputError(str(p), f"not valid {name}: {msg}") from None
    if not graphs:
        raise InputError(str(p), f"holds no RDF triples ({name} without any statement), so there is nothing "
                                 "to validate")
    return graphs


MAX_RDF_BYTES = 512 * 1024 * 1024


def validate_file(path: str | Path) -> list[ValidationReport]:
    """Validate any RDF file. TriG / N-Quads: one report per named graph (default graph too if not empty).

    A store's export holds the terminology graph (terms once) and the summaries graph (derived
    counts, not a case graph): each report graph is validated together with the terms it uses,
    the terminology graph on its own, the summaries graph not at all."""
    from kg.store.layout import summaries_graph, terms_graph

    graphs = parse_rdf_file(path)
    if list(graphs) == ["default graph"]:
        return [validate_graph(graphs["default graph"], str(path))]
    graphs.pop(summaries_graph(), None)
    terms = graphs.get(terms_graph())
    return sorted((validate_graph(with_terms(g, terms) if name != terms_graph() else g, name)
                   for name, g in graphs.items()), key=lambda r: r.name)


def with_terms(g: rdflib.Graph, terms: rdflib.Graph | None) -> rdflib.Graph:
    """``g`` plus the triples of ``terms`` about the nodes ``g`` points to."""
    if terms is None:
        return g
    out = rdflib.Graph()
    for t in g:
        out.add(t)
    for o in set(g.objects()):
        for p, v in terms.predicate_objects(o):
            out.add((o, p, v))
    return out


__all__ = ["ValidationReport", "validate_graph", "ensure_valid", "with_terms", "fast_check", "validate_file", "load_shapes", "SHAPES_PATH", "parse_rdf_file"]
