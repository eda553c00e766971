"""kg.store.summaries: the kept summaries always equal a recomputation from the report graphs.

A hypothesis state of reports is changed by ingesting reports, re-ingesting changed versions of
them (same identity, other content) and removing them, in random order; after every step the
summaries kept in the store (updated in the same update as the graph) must equal the summaries
recomputed from scratch by SPARQL aggregates over the whole store (kg.store.summaries.recompute),
on the embedded store and on two remote servers (an Oxigraph server and Virtuoso).
"""
from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import pytest
import rdflib
import rdflib.compare
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fixture_helpers import FIXTURE_TRIG, fixture_graph
from kg.graph.build import build_report_graph
from kg.query import run_query
from kg.store import open_store, summaries
from kg.store.bulk import report_quads
from kg.store.layout import summaries_graph, terms_graph
from kg.store.rdf import to_ox

GEN_PATH = Path(__file__).resolve().parents[2] / "benchmarks" / "generate_cases.py"
SLOTS = 5          # report identities the steps pick from


def _generator():
    spec = importlib.util.spec_from_file_location("generate_cases", GEN_PATH)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


GEN = _generator()
VOCAB = GEN.Vocabulary(7)


def report_version(slot: int, version: int):
    """(graph IRI, triples): report ``slot`` (one identity: pmid) in its ``version``-th content."""
    rec = GEN.make_record(slot, random.Random(f"{slot}-{version}"), VOCAB)
    rec.document.ids = [f"pmid:{30_000_000 + slot}"]
    giri, g = build_report_graph(rec)
    return str(giri), [tuple(to_ox(x) for x in t) for t in g]


STEPS = st.lists(st.one_of(
    st.tuples(st.just("ingest"), st.integers(0, SLOTS - 1), st.integers(0, 3)),
    st.tuples(st.just("remove"), st.integers(0, SLOTS - 1), st.just(0))), min_size=1, max_size=12)


def _clear(store):
    store.remove_graphs(store.named_graphs())
    store.raw.update(f"DROP SILENT GRAPH <{terms_graph()}> ; DROP SILENT GRAPH <{summaries_graph()}>")


def _apply_and_check(store, steps):
    stored: dict[str, int] = {}
    for op, slot, version in steps:
        giri, triples = report_version(slot, version)
        if op == "ingest":
            store.replace_graph(giri, triples)
            stored[giri] = version
        elif giri in stored:
            store.remove_graphs([giri])
            del stored[giri]
        kept = summaries.read(store)
        assert kept == summaries.recompute(store), (op, slot, version)
    assert sorted(store.named_graphs()) == sorted(stored)
    if not stored:   # nothing left: not a single count or record
        assert store.count(summaries_graph()) == 0


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=STEPS)
def test_summaries_equal_recomputation_after_any_ingest_reingest_remove_order(steps):
    store = open_store(None)
    _apply_and_check(store, steps)


def test_the_sparql_1_1_form_of_the_updates_keeps_the_same_summaries():
    """The form Virtuoso gets (no LATERAL), run on the embedded store: same summaries as the
    recomputation after every step (the remote test runs it on Virtuoso itself)."""
    from kg.store import distinct_triples, layout

    store = open_store(None)
    for op, slot, version in [("ingest", 0, 0), ("ingest", 1, 1), ("ingest", 0, 2), ("remove", 1, 0),
                              ("ingest", 2, 3), ("ingest", 0, 0), ("remove", 0, 0), ("remove", 2, 0)]:
        giri, triples = report_version(slot, version)
        if op == "ingest":
            store.raw.update(layout.replace_update(giri, distinct_triples(triples), lateral=False)[0])
        else:
            store.raw.update(layout.remove_update([giri], lateral=False))
        assert summaries.read(store) == summaries.recompute(store), (op, slot, version)
    assert store.count(summaries_graph()) == 0


def test_new_reports_counts_written_as_data_equal_the_aggregate_updates():
    """replace_graph writes a new report's counts as data (layout.added_counts_ops, from Python's
    counts and the stored count nodes); the store must end up with the very quads the SPARQL
    aggregate updates (count_ops) give, including counts that several reports add to."""
    from kg.store import distinct_triples, layout

    data, aggregates = open_store(None), open_store(None)
    steps = [("ingest", 0, 0), ("ingest", 1, 1), ("ingest", 2, 1), ("ingest", 0, 2), ("remove", 1, 0),
             ("ingest", 3, 3), ("ingest", 1, 0), ("ingest", 4, 0)]
    for op, slot, version in steps:
        giri, triples = report_version(slot, version)
        if op == "ingest":
            data.replace_graph(giri, triples)
            aggregates.raw.update(layout.replace_update(giri, distinct_triples(triples), lateral=True)[0])
        else:
            data.remove_graphs([giri])
            aggregates.remove_graphs([giri])
        assert sorted(map(str, data.raw)) == sorted(map(str, aggregates.raw)), (op, slot, version)
    kept = summaries.read(data)
    assert kept == summaries.recompute(data)
    assert max(kept["case_total"].values()) >= 4   # counts that several reports added to


def test_summaries_fixture_counts_as_the_old_queries_computed_them():
    store = open_store(None)
    store.load_file(FIXTURE_TRIG)
    kept = summaries.read(store)
    ncit = "http://purl.obolibrary.org/obo/NCIT_"
    assert kept["case_total"] == {(): 2}
    assert kept["tumor"] == {(ncit + "C6481",): 1, (ncit + "C2926",): 1}
    # best responses: case A SD then PR on crizotinib -> PR; case B SD then PD -> SD, alectinib CR
    best = {(c.rsplit("/", 3)[1], d.rsplit("_", 1)[1]): terms for (c, d), terms in kept["best"].items()}
    assert best[("3903f785d287a078", "C74061")] == (ncit + "C18058",)
    assert best[("03ead7cb796a0e28", "C74061")] == (ncit + "C18213",)
    assert best[("03ead7cb796a0e28", "C101790")] == (ncit + "C4870",)
    assert kept == summaries.recompute(store)


def test_summaries_one_report_twice_counts_once_and_removal_leaves_nothing():
    store = open_store(None)
    giri, triples = report_version(1, 0)
    store.replace_graph(giri, triples)
    first = summaries.read(store)
    store.replace_graph(giri, triples)
    assert summaries.read(store) == first
    store.remove_graphs([giri])
    assert store.count(summaries_graph()) == 0 and store.count(terms_graph()) > 0


def test_summaries_response_rank_from_the_term_list():
    assert summaries.response_rank("NCIT:C4870", None) == 4
    assert summaries.response_rank("NCIT:C35571", "progressive disease") == 1
    assert summaries.response_rank("KG:response-x", "near complete response of the liver lesions") == 4
    assert summaries.response_rank("KG:response-y", "mixed response") == 0


def test_bulk_quads_equal_replacing_the_reports_one_by_one():
    reports = [report_version(slot, 1) for slot in range(SLOTS)]
    one_by_one = open_store(None)
    for giri, triples in reports:
        one_by_one.replace_graph(giri, triples)
    bulk = open_store(None)
    bulk.raw.bulk_extend(report_quads(reports))
    want = rdflib.Dataset()
    want.parse(data=one_by_one.dump("nquads"), format="nquads")
    got = rdflib.Dataset()
    got.parse(data=bulk.dump("nquads"), format="nquads")
    for g in [*one_by_one.named_graphs(), terms_graph(), summaries_graph()]:
        assert rdflib.compare.isomorphic(got.graph(rdflib.URIRef(g)), want.graph(rdflib.URIRef(g))), g
    assert summaries.read(bulk) == summaries.recompute(bulk)


def test_named_queries_read_the_summaries_not_the_report_graphs():
    """Counts come from the summaries graph: a store whose summaries say otherwise answers otherwise."""
    store = open_store(None)
    store.load_file(FIXTURE_TRIG)
    store.raw.update(f"""DELETE {{ GRAPH <{summaries_graph()}> {{ ?row <https://w3id.org/kg-oncocase/vocab#cases> ?n }} }}
        INSERT {{ GRAPH <{summaries_graph()}> {{ ?row <https://w3id.org/kg-oncocase/vocab#cases> 7 }} }}
        WHERE {{ GRAPH <{summaries_graph()}> {{ ?row a <https://w3id.org/kg-oncocase/vocab#TumorTypeCount> ;
                 <https://w3id.org/kg-oncocase/vocab#cases> ?n }} }}""")
    cols, rows = run_query(store, "cases_per_tumor_type")
    assert sorted(r[2] for r in rows) == [7, 7]


# ----------------------------------------------------------- remote servers ---
from store.test_remote_servers import oxigraph_server, server_url, virtuoso_server  # noqa: E402,F401  (session fixtures)


@pytest.mark.system
def test_summaries_equal_recomputation_on_a_remote_server(server_url):  # noqa: F811
    """The same random ingest / re-ingest / remove steps on an Oxigraph server and on Virtuoso: every
    replacement and removal is one update request there, the counts computed by the server."""
    remote = open_store(server_url)

    @settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                     HealthCheck.function_scoped_fixture])
    @given(steps=STEPS)
    def run(steps):
        _clear(remote)
        _apply_and_check(remote, steps)

    run()
    # and the fixture reports give the embedded store's summaries
    _clear(remote)
    remote.replace_graph(GA, fixture_graph(GA))
    remote.replace_graph(GB, fixture_graph(GB))
    embedded = open_store(None)
    embedded.load_file(FIXTURE_TRIG)
    assert summaries.read(remote) == summaries.read(embedded) == summaries.recompute(remote)
    _clear(remote)


GA = "https://w3id.org/kg-oncocase/graph/3903f785d287a078"
GB = "https://w3id.org/kg-oncocase/graph/03ead7cb796a0e28"
