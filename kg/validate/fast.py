"""A fast, conservative pre-check of the project's SHACL shapes.

pySHACL needs 20-70 ms per case graph; ingest validates every graph, so that
alone would cap ingest at ~30 reports/s per core. ``FastShapes`` compiles the
shapes graph ONCE into plain Python checks of the SHACL Core components the
shapes use (targets, sh:nodeKind, sh:property with an IRI path, sh:minCount,
sh:maxCount, sh:datatype, sh:pattern, sh:class, sh:in, sh:min/maxInclusive,
sh:min/maxExclusive, sh:lessThanOrEquals, sh:or) and checks a graph in ~1 ms.

It is *conservative*: ``check(graph)`` returns True only when the graph
certainly conforms (every check is as strict as pySHACL's or stricter: direct
rdf:type for sh:class, numbers/strings only for comparisons, no
rdfs:subClassOf in the data...). When it returns False the caller runs pySHACL,
which decides and gives the readable report. So ``ensure_valid`` accepts and
rejects exactly what pySHACL does (tests/validate/test_fast_equivalence.py).

If the shapes use anything not listed above (sh:not, sh:node, complex paths,
sh:severity, SPARQL...), ``compile_shapes`` raises ``Unsupported`` and
validation always uses pySHACL.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal
from functools import lru_cache

import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD


class Unsupported(Exception):
    """The shapes use a SHACL feature the fast check does not implement."""


_NODE_SHAPE_KEYS = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode,
                    SH.property, SH["or"], SH.message, SH.nodeKind, SH.datatype, SH.pattern, SH.flags,
                    SH["in"], SH["class"], SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive,
                    SH.name, SH.description, RDFS.label, RDFS.comment, RDFS.seeAlso, OWL.versionInfo}
_PROPERTY_SHAPE_KEYS = _NODE_SHAPE_KEYS | {SH.path, SH.minCount, SH.maxCount, SH.lessThanOrEquals}
_TARGETS = (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode)

# value constraint: (graph, value node) -> ok ; node check: (graph, focus) -> ok
Check = Callable[[rdflib.Graph, object], bool]


def _is_number(v) -> bool:
    return isinstance(v, (int, Decimal, float)) and not isinstance(v, bool)


_XSD_STRING = XSD.string
_VALUE_TYPE = {  # datatype -> test of the Python value, as pySHACL's DatatypeConstraintComponent
    XSD.string: lambda x: isinstance(x, str),
    XSD.integer: lambda x: isinstance(x, int) and not isinstance(x, bool),
    XSD.decimal: lambda x: isinstance(x, Decimal),
    XSD.boolean: lambda x: isinstance(x, bool),
    XSD.float: lambda x: isinstance(x, float),
    XSD.dateTime: lambda x: isinstance(x, datetime),
    XSD.date: lambda x: isinstance(x, date),
    XSD.time: lambda x: isinstance(x, time),
}


def _datatype_ok(rule: URIRef) -> Check:
    value_ok = _VALUE_TYPE.get(rule, lambda x: True)  # gYear, gYearMonth...: not ill-typed, as pySHACL
    rule_is_string = rule == _XSD_STRING
    rule_s = str(rule)

    def ok(g, v):
        if not isinstance(v, Literal) or v.language is not None:
            return False
        dt = v.datatype
        if dt is None:  # plain literal: only xsd:string accepts it
            return rule_is_string and isinstance(v.value, str)
        if str.__ne__(dt, rule_s) or getattr(v, "ill_typed", None) is True:
            return False
        return value_ok(v.value)
    return ok


def _node_kind_ok(kind: URIRef) -> Check:
    allowed = {
        SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,),
        SH.BlankNodeOrIRI: (BNode, URIRef), SH.BlankNodeOrLiteral: (BNode, Literal),
        SH.IRIOrLiteral: (URIRef, Literal),
    }.get(kind)
    if allowed is None:
        raise Unsupported(f"sh:nodeKind {kind}")
    return lambda g, v: isinstance(v, allowed)


def _pattern_ok(pattern: str, flags: str) -> Check:
    f = 0
    for ch in flags:
        f |= {"i": re.I, "m": re.M, "s": re.S, "x": re.X}.get(ch, 0)
        if ch not in "imsx":
            raise Unsupported(f"sh:flags {flags!r}")
    rx = re.compile(pattern, f)

    plain = (None, _XSD_STRING)

    def ok(g, v):
        if isinstance(v, Literal):
            if v.datatype not in plain or v.language is not None or not isinstance(v.value, str):
                return False
            return rx.search(v.value) is not None
        return isinstance(v, URIRef) and rx.search(str(v)) is not None
    return ok


def _compare_ok(bound: Literal, op: Callable[[object, object], bool]) -> Check:
    if not isinstance(bound, Literal) or not _is_number(bound.value):
        raise Unsupported(f"non-numeric range bound {bound!r}")
    b = bound.value

    def ok(g, v):
        return isinstance(v, Literal) and getattr(v, "ill_typed", None) is not True and _is_number(v.value) \
            and op(v.value, b)
    return ok


def _class_ok(cls: URIRef) -> Check:
    rdf_type = RDF.type   # looked up once: a DefinedNamespace attribute costs ~2 us per use
    return lambda g, v: isinstance(v, URIRef) and cls in g.objects(v, rdf_type)


def _comparable(a, b) -> bool:
    if isinstance(a, Literal) and isinstance(b, Literal) and getattr(a, "ill_typed", None) is not True \
            and getattr(b, "ill_typed", None) is not True:
        x, y = a.value, b.value
        return (_is_number(x) and _is_number(y)) or (isinstance(x, str) and isinstance(y, str))
    return False


class _Index:
    """One pass over the data graph: subject -> predicate -> [objects], predicate -> subjects/objects."""

    __slots__ = ("spo", "ps", "po", "types")
    _EMPTY: list = []

    def __init__(self, g: rdflib.Graph):
        spo: dict = {}
        ps: dict = {}
        po: dict = {}
        types: dict = {}
        rdf_type = RDF.type
        for s, p, o in g:
            spo.setdefault(s, {}).setdefault(p, []).append(o)
            ps.setdefault(p, set()).add(s)
            po.setdefault(p, set()).add(o)
            if p == rdf_type:
                types.setdefault(o, set()).add(s)
        self.spo, self.ps, self.po, self.types = spo, ps, po, types

    def objects(self, s, p) -> list:
        d = self.spo.get(s)
        return d.get(p, self._EMPTY) if d else self._EMPTY

    def instances(self, cls):
        return self.types.get(cls, ())

    def subjects_of(self, p):
        return self.ps.get(p, ())

    def objects_of(self, p):
        return self.po.get(p, ())


class _Shape:
    """One compiled shape: targets, checks on value nodes, checks on the focus node."""

    def __init__(self):
        self.path: URIRef | None = None
        self.value_checks: list[Check] = []
        self.focus_checks: list[Check] = []
        self.min_count = 0
        self.max_count: int | None = None
        self.less_equal: list[URIRef] = []
        self.targets: list[tuple[URIRef, object]] = []
        self.selectors: list[tuple[Callable | None, object]] = []   # (_Index method | None: the node, arg)

    def conforms(self, g: rdflib.Graph, focus) -> bool:
        if self.path is None:
            values = [focus]
        else:
            values = g.objects(focus, self.path)
            if len(values) < self.min_count or (self.max_count is not None and len(values) > self.max_count):
                return False
            for other in self.less_equal:
                others = g.objects(focus, other)
                for v in values:
                    for o in others:
                        if not _comparable(v, o) or not v.value <= o.value:
                            return False
        for v in values:
            for check in self.value_checks:
                if not check(g, v):
                    return False
        for check in self.focus_checks:
            if not check(g, focus):
                return False
        return True

    def focus_nodes(self, g: "_Index") -> set:
        """The focus nodes of the targets (``selectors``: each target's kind resolved when the shape
        was compiled, not compared again with the SH namespace for every graph)."""
        out: set = set()
        for select, arg in self.selectors:
            if select is None:   # sh:targetNode
                out.add(arg)
            else:
                out.update(select(g, arg))
        return out


_SELECT = {SH.targetClass: _Index.instances, SH.targetSubjectsOf: _Index.subjects_of,
           SH.targetObjectsOf: _Index.objects_of}   # sh:targetNode: the node itself


def _compile(sg: rdflib.Graph, node, is_property: bool, depth: int = 0) -> _Shape:
    if depth > 8:
        raise Unsupported("shapes nested too deeply")
    keys = set(sg.predicates(node, None))
    extra = keys - (_PROPERTY_SHAPE_KEYS if is_property else _NODE_SHAPE_KEYS)
    if extra:
        raise Unsupported(f"shape {node} uses {sorted(str(k) for k in extra)}")
    if (node, RDF.type, RDFS.Class) in sg or (node, RDF.type, OWL.Class) in sg:
        raise Unsupported("implicit class targets")
    s = _Shape()
    if is_property:
        path = sg.value(node, SH.path)
        if not isinstance(path, URIRef):
            raise Unsupported(f"property shape {node} has a complex sh:path")
        s.path = path
        mc = list(sg.objects(node, SH.minCount))
        xc = list(sg.objects(node, SH.maxCount))
        if len(mc) > 1 or len(xc) > 1:
            raise Unsupported("several sh:minCount / sh:maxCount")
        s.min_count = int(mc[0]) if mc else 0
        s.max_count = int(xc[0]) if xc else None
        s.less_equal = [p for p in sg.objects(node, SH.lessThanOrEquals)]
        if not all(isinstance(p, URIRef) for p in s.less_equal):
            raise Unsupported("sh:lessThanOrEquals with a non-IRI")
    for t in _TARGETS:
        for o in sg.objects(node, t):
            s.targets.append((t, o))
            s.selectors.append((_SELECT.get(t), o))
    for o in sg.objects(node, SH.nodeKind):
        s.value_checks.append(_node_kind_ok(o))
    for o in sg.objects(node, SH.datatype):
        s.value_checks.append(_datatype_ok(o))
    flags = [str(f) for f in sg.objects(node, SH.flags)]
    for o in sg.objects(node, SH.pattern):
        s.value_checks.append(_pattern_ok(str(o), flags[0] if flags else ""))
    for o in sg.objects(node, SH["class"]):
        s.value_checks.append(_class_ok(o))
    for lst in sg.objects(node, SH["in"]):
        allowed = frozenset(Collection(sg, lst))
        s.value_checks.append(lambda g, v, allowed=allowed: v in allowed)
    ops = {SH.minInclusive: lambda a, b: a >= b, SH.maxInclusive: lambda a, b: a <= b,
           SH.minExclusive: lambda a, b: a > b, SH.maxExclusive: lambda a, b: a < b}
    for pred, op in ops.items():
        for o in sg.objects(node, pred):
            s.value_checks.append(_compare_ok(o, op))
    for lst in sg.objects(node, SH["or"]):
        alternatives = [_compile(sg, m, (m, SH.path, None) in sg, depth + 1) for m in Collection(sg, lst)]
        if not alternatives:
            raise Unsupported("empty sh:or")
        s.value_checks.append(lambda g, v, alts=alternatives: any(a.conforms(g, v) for a in alts))
    for p in sg.objects(node, SH.property):
        ps = _compile(sg, p, True, depth + 1)
        s.focus_checks.append(ps.conforms)
    return s


class FastShapes:
    """The shapes graph compiled to Python checks (see module docstring)."""

    def __init__(self, shapes: rdflib.Graph):
        if any(True for _ in shapes.triples((None, SH.sparql, None))) or \
                any(True for _ in shapes.triples((None, SH.deactivated, None))):
            raise Unsupported("SPARQL constraints or deactivated shapes")
        roots = set()
        for t in _TARGETS:
            roots.update(shapes.subjects(t, None))
        roots.update(s for s in shapes.subjects(RDF.type, SH.NodeShape) if any(shapes.objects(s, p) for p in _TARGETS))
        self.shapes = [_compile(shapes, r, (r, SH.path, None) in shapes) for r in sorted(roots, key=str)]

    def check(self, g: rdflib.Graph) -> bool:
        """True only if ``g`` certainly conforms; False = ask pySHACL."""
        if (None, RDFS.subClassOf, None) in g:
            return False  # SHACL class targets/checks would follow subclasses: leave it to pySHACL
        idx = _Index(g)
        for shape in self.shapes:
            for focus in shape.focus_nodes(idx):
                if not shape.conforms(idx, focus):
                    return False
        return True


@lru_cache(maxsize=4)
def compiled(shapes_id: int, shapes: rdflib.Graph) -> FastShapes | None:
    try:
        return FastShapes(shapes)
    except Unsupported:
        return None


__all__ = ["FastShapes", "Unsupported", "compiled"]
