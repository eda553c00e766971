"""kg.export: every format re-parses to the store's content, plus the rdf:type of the nodes the store
leaves untyped as RDFS entails it from kg.ttl (owlrl); Turtle also passes Debian's rapper."""
import io
import os
import shutil
import subprocess

import pytest
import rdflib
import rdflib.compare

from kg.errors import ExportError
from kg.export import export
from fixture_helpers import fixture_graph, report_part, term_part
from range_oracle import entailed_types
from kg.store import to_rdflib
from kg.store.layout import summaries_graph, terms_graph

GA = "https://w3id.org/kg-oncocase/graph/3903f785d287a078"
GB = "https://w3id.org/kg-oncocase/graph/03ead7cb796a0e28"


def store_graph(store, graph=None, types=True) -> rdflib.Graph:
    """Expected content read straight from the store's quads (one graph, or all merged), with the
    entailed types of its untyped nodes unless ``types`` is False."""
    g = rdflib.Graph()
    for q in store.raw:
        if graph is None or q.graph_name.value == graph:
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return g + entailed_types(g) if types else g


def parsed_graphs(ds: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    out = {}
    for g in ds.graphs():
        if len(g):
            mem = rdflib.Graph()
            for t in g:
                mem.add(t)
            out[str(g.identifier)] = mem
    return out


def _terms_of(store, graph) -> rdflib.Graph:
    """The terminology graph's triples about the nodes ``graph`` points to (read from the store)."""
    terms = store_graph(store, terms_graph(), types=False)
    g = store_graph(store, graph, types=False)
    out = rdflib.Graph()
    for o in set(g.objects()):
        for p, v in terms.predicate_objects(o):
            out.add((o, p, v))
    return out


def iso(a, b):
    return rdflib.compare.isomorphic(a, b)


def test_export_turtle_merged(store, tmp_path):
    out = tmp_path / "all.ttl"
    export(store, "turtle", out)
    g = rdflib.Graph().parse(out, format="turtle")
    expected = store_graph(store)
    # the two reports (6 term triples shared by both, stored once) and the summaries
    assert len(store_graph(store, types=False)) == 258 - 6 + store.count(summaries_graph())
    assert iso(g, expected)


def test_export_without_types_is_exactly_the_store(store, tmp_path):
    out = tmp_path / "bare.ttl"
    export(store, "turtle", out, types=False)
    assert iso(rdflib.Graph().parse(out, format="turtle"), store_graph(store, types=False))


def test_export_types_every_fact_node_once_and_no_term(store, tmp_path):
    out = tmp_path / "a.trig"
    export(store, "trig", out, graph=GA)
    ds = rdflib.Dataset()
    ds.parse(out, format="trig")
    g = parsed_graphs(ds)[GA]
    kg = "https://w3id.org/kg-oncocase/vocab#"
    lines = set(g.objects(None, rdflib.URIRef(kg + "hasTherapyLine")))
    assert lines and all(set(g.objects(x, rdflib.RDF.type)) == {rdflib.URIRef(kg + "TherapyLine")} for x in lines)
    sentences = set(g.objects(None, rdflib.URIRef(kg + "inSentence")))
    assert sentences and all((x, rdflib.RDF.type, rdflib.URIRef(kg + "Sentence")) in g for x in sentences)
    drugs = set(g.objects(None, rdflib.URIRef(kg + "drug")))
    assert drugs and not any(set(g.objects(d, rdflib.RDF.type)) for d in drugs)   # terms stay in the terms graph


def test_export_loads_back_without_its_added_types(store, tmp_path):
    from kg.store import open_store

    out = tmp_path / "all.nq"
    export(store, "nquads", out)
    again = open_store(None)
    again.load_file(out)
    assert len(again.raw) == len(store.raw)
    assert {str(q) for q in again.raw} == {str(q) for q in store.raw}


def test_export_turtle_one_graph(store, tmp_path):
    out = tmp_path / "b.ttl"
    export(store, "turtle", out, graph=GB)
    g = rdflib.Graph().parse(out, format="turtle")
    # the report's graph and the terms it uses: what the report's graph held before terms were apart
    assert len(store_graph(store, GB, types=False) + _terms_of(store, GB)) == 110
    assert iso(g, store_graph(store, GB) + _terms_of(store, GB))


@pytest.mark.parametrize("fmt,rdflib_fmt", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_export_dataset_formats_keep_named_graphs(store, tmp_path, fmt, rdflib_fmt):
    out = tmp_path / f"all.{fmt}"
    export(store, fmt, out)
    ds = rdflib.Dataset()
    ds.parse(out, format=rdflib_fmt)
    graphs = parsed_graphs(ds)
    assert set(graphs) == {GA, GB, terms_graph(), summaries_graph()}
    for g in graphs:
        assert iso(graphs[g], store_graph(store, g)), g


@pytest.mark.parametrize("fmt,rdflib_fmt", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_export_dataset_formats_one_graph(store, tmp_path, fmt, rdflib_fmt):
    out = tmp_path / f"a.{fmt}"
    export(store, fmt, out, graph=GA)
    ds = rdflib.Dataset()
    ds.parse(out, format=rdflib_fmt)
    graphs = parsed_graphs(ds)
    if fmt == "jsonld":  # a single graph is written as a plain JSON-LD graph, with the terms it uses
        assert len(graphs) == 1
        (g,) = graphs.values()
        assert iso(g, store_graph(store, GA) + _terms_of(store, GA))
    else:   # the report's graph, and the terms it uses in the terminology graph
        assert set(graphs) == {GA, terms_graph()}
        assert iso(graphs[GA], store_graph(store, GA))
        assert iso(graphs[terms_graph()], _terms_of(store, GA))
    assert len(fixture_graph(GA)) == len(report_part(fixture_graph(GA))) + len(term_part(fixture_graph(GA)))


def test_export_to_stream(store):
    buf = io.BytesIO()
    n = export(store, "nquads", buf, graph=GB)
    assert n == len(buf.getvalue()) > 0
    expected = store_graph(store, GB) + _terms_of(store, GB)
    assert len(buf.getvalue().decode("utf-8").strip().splitlines()) == len(expected) > 110


def test_export_is_atomic_replace(store, tmp_path):
    out = tmp_path / "x.ttl"
    out.write_text("old content", encoding="utf-8")
    export(store, "turtle", out, graph=GA)
    assert "old content" not in out.read_text(encoding="utf-8")
    assert [p.name for p in tmp_path.iterdir()] == ["x.ttl"]  # no temp file left behind


def test_export_new_file_gets_umask_mode_not_0600(store, tmp_path):
    out = tmp_path / "new.nq"
    export(store, "nquads", out)
    um = os.umask(0)
    os.umask(um)
    assert out.stat().st_mode & 0o777 == 0o666 & ~um


def test_export_errors(store, tmp_path):
    with pytest.raises(ExportError):
        export(store, "yaml", tmp_path / "x")
    with pytest.raises(ExportError):
        export(store, "turtle", tmp_path / "x.ttl", graph="https://w3id.org/kg-oncocase/graph/none")
    with pytest.raises(ExportError):
        export(store, "turtle", tmp_path / "missing-dir" / "x.ttl")
    with pytest.raises(ExportError):
        export(store, "turtle", tmp_path)
    assert not (tmp_path / "x").exists()


@pytest.mark.system
def test_export_turtle_accepted_by_rapper(store, tmp_path):
    rapper = shutil.which("rapper")
    if rapper is None:
        pytest.skip("rapper (Debian package raptor2-utils) is not installed; CI installs it")
    for name, graph, expected in (("all.ttl", None, len(store_graph(store))),
                                  ("b.ttl", GB, len(store_graph(store, GB) + _terms_of(store, GB)))):
        out = tmp_path / name
        export(store, "turtle", out, graph=graph)
        proc = subprocess.run([rapper, "-i", "turtle", "-c", str(out)], capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        assert f"returned {expected} triples" in proc.stderr
