"""kg.validate fast path: ensure_valid accepts/rejects exactly what pySHACL does.

The compiled check (kg/validate/fast.py) may only say "conforms" when pySHACL
says so; when it says no, ensure_valid asks pySHACL. Checked on the valid
fixtures, on every broken variant of tests/validate/test_shapes_case_graph.py, on
random mutations and on graphs built by the pipeline.
"""
from __future__ import annotations

import random

import pytest
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.errors import ValidationError
from kg.validate import ensure_valid, fast_check, load_shapes, validate_graph
from kg.validate.fast import FastShapes, Unsupported
from validate.test_shapes_case_graph import BROKEN, GA, GB, graph


@pytest.mark.parametrize("which", [GA, GB])
def test_validate_fast_accepts_the_valid_fixtures(which):
    g = graph(which)
    assert fast_check(g) is True
    assert validate_graph(g, "x").conforms


@pytest.mark.parametrize("label,which,mutate,shape,message", BROKEN, ids=[b[0] for b in BROKEN])
def test_validate_fast_rejects_every_broken_variant_and_pyshacl_reports_it(label, which, mutate, shape, message):
    g = graph(which)
    mutate(g)
    assert fast_check(g) is False
    with pytest.raises(ValidationError) as ei:
        ensure_valid(g, label)
    assert any(r.startswith(shape + ":") and message in r for r in ei.value.results)


def _mutations(g: rdflib.Graph, rng: random.Random):
    triples = sorted(g, key=lambda t: tuple(map(str, t)))
    s, p, o = rng.choice(triples)
    kind = rng.randrange(9)
    if kind == 0:
        g.remove((s, p, o))
    elif kind == 1 and isinstance(o, Literal):
        g.set((s, p, Literal(str(o))))                                   # typed -> plain string
    elif kind == 2 and isinstance(o, Literal):
        g.set((s, p, Literal(rng.choice([-1, 0, 1, 6, 121, 10 ** 6]))))  # another integer
    elif kind == 3:
        g.add((s, p, Literal("extra")))                                  # one value too many
    elif kind == 4:
        g.add((s, p, BNode()))
    elif kind == 5 and isinstance(o, URIRef):
        g.remove((o, RDF.type, None))                                    # dangling class reference
    elif kind == 6 and isinstance(o, Literal):
        g.set((s, p, Literal(str(o), datatype=rng.choice([XSD.gYear, XSD.decimal, XSD.boolean, XSD.date]))))
    elif kind == 7:
        g.add((s, RDFS.subClassOf, URIRef("https://w3id.org/kg-oncocase/vocab#Term")))
    else:
        g.set((s, p, Literal(str(o) + "x", datatype=o.datatype) if isinstance(o, Literal) else o))


@pytest.mark.parametrize("seed", range(6))
def test_validate_fast_never_accepts_what_pyshacl_rejects_on_random_mutations(seed):
    rng = random.Random(seed)
    agree = 0
    for i in range(25):
        g = graph(GA if i % 2 else GB)
        for _ in range(rng.randint(1, 2)):
            _mutations(g, rng)
        fast_ok = fast_check(g)
        try:
            pyshacl_ok = validate_graph(g, "m").conforms
        except Exception:  # noqa: BLE001 - pySHACL 0.40 crashes on ill-typed or blank-node values of sh:lessThanOrEquals
            assert not fast_ok
            continue
        assert not (fast_ok and not pyshacl_ok), f"fast check accepted a graph pySHACL rejects (seed {seed}, {i})"
        agree += fast_ok == pyshacl_ok
        try:
            ensure_valid(g, "m")
            ensured = True
        except ValidationError:
            ensured = False
        assert ensured == pyshacl_ok
    assert agree >= 15  # the fast check is not merely "always ask pySHACL"


def test_validate_fast_accepts_pipeline_graphs(tmp_path):
    from kg.extraction.extract import extract_report
    from kg.graph.build import build_report_graph
    from kg.nlp import build_pipeline
    from kg.readers import read_path
    from pipeline.test_parallel import EXAMPLE, case_text

    f = tmp_path / "c.txt"
    f.write_text(case_text(4), encoding="utf-8")
    nlp = build_pipeline()
    for path in (EXAMPLE, f):
        (doc,) = list(read_path(path))
        _, g = build_report_graph(extract_report(doc, nlp))
        assert validate_graph(g, "p").conforms
        assert fast_check(g) is True


@pytest.mark.parametrize("extra", [
    "kgsh:X a sh:NodeShape ; sh:targetClass kg:Drug ; sh:not [ sh:class kg:Gene ] .",
    "kgsh:X a sh:NodeShape ; sh:targetClass kg:Drug ; sh:property [ sh:path ( rdfs:label rdfs:label ) ; sh:minCount 1 ] .",
    "kgsh:X a sh:NodeShape ; sh:targetClass kg:Drug ; sh:severity sh:Warning ; sh:nodeKind sh:IRI .",
])
def test_validate_fast_refuses_shapes_it_does_not_implement(extra):
    shapes = rdflib.Graph()
    shapes += load_shapes()
    shapes.parse(data="@prefix kg: <https://w3id.org/kg-oncocase/vocab#> . "
                      "@prefix kgsh: <https://w3id.org/kg-oncocase/shapes#> . "
                      "@prefix sh: <http://www.w3.org/ns/shacl#> . "
                      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . " + extra, format="turtle")
    with pytest.raises(Unsupported):
        FastShapes(shapes)
