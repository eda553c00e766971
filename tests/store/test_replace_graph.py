"""kg.store: atomic per-report graph replacement, hashes, read-only opening, one writer."""
import pyoxigraph as ox
import pytest
import rdflib
import rdflib.compare
from rdflib import Literal, URIRef

from fixture_helpers import fixture_graph, report_part, term_part
from kg.errors import StoreError
from kg.graph.vocab import KG
from kg.store import open_store, summaries
from kg.store.layout import summaries_graph, terms_graph

GA = "https://w3id.org/kg-oncocase/graph/3903f785d287a078"
GB = "https://w3id.org/kg-oncocase/graph/03ead7cb796a0e28"
RB = URIRef("https://w3id.org/kg-oncocase/report/03ead7cb796a0e28")
CASE_B = URIRef(str(RB) + "/case/1")


def _quads(store):
    return sorted(str(q) for q in store.raw)


@pytest.fixture
def store(tmp_path):
    st = open_store(tmp_path / "kg-store")
    yield st
    st.close()


def test_store_replace_graph_inserts_into_named_graph(store):
    gb = fixture_graph(GB)
    n = store.replace_graph(GB, gb)
    assert n == len(report_part(gb)) == len(gb) - 3 * 10   # 10 term nodes of 3 triples each
    assert store.named_graphs() == [GB]
    assert store.count(GB) == n
    assert store.count() == n + store.count(terms_graph()) + store.count(summaries_graph())
    assert {q.graph_name.value for q in store.raw} == {GB, terms_graph(), summaries_graph()}
    # the report graph and the terminology graph together hold exactly what was given
    assert rdflib.compare.isomorphic(store.graph(GB), _canon_decimals(report_part(gb)))
    assert rdflib.compare.isomorphic(store.graph(terms_graph()), term_part(gb))


def test_store_replace_graph_keeps_each_term_once(store):
    store.replace_graph(GA, fixture_graph(GA))
    store.replace_graph(GB, fixture_graph(GB))
    terms = term_part(fixture_graph(GA)) + term_part(fixture_graph(GB))
    assert rdflib.compare.isomorphic(store.graph(terms_graph()), terms)
    assert store.count(terms_graph()) == len(terms) < len(term_part(fixture_graph(GA))) + len(term_part(fixture_graph(GB)))
    assert summaries.read(store) == summaries.recompute(store)


def test_store_replace_graph_twice_changes_nothing(store):
    store.replace_graph(GA, fixture_graph(GA))
    store.replace_graph(GB, fixture_graph(GB))
    before = _quads(store)
    store.replace_graph(GB, fixture_graph(GB))
    store.replace_graph(GA, fixture_graph(GA))
    assert _quads(store) == before
    assert store.count(GA) + store.count(GB) == len(report_part(fixture_graph(GA))) + len(report_part(fixture_graph(GB)))


def test_store_replace_graph_drops_old_triples_and_leaves_other_graphs(store):
    store.replace_graph(GA, fixture_graph(GA))
    store.replace_graph(GB, fixture_graph(GB))
    a_before = sorted(str(q) for q in store.raw.quads_for_pattern(None, None, None, ox.NamedNode(GA)))
    g = fixture_graph(GB)
    g.set((CASE_B, KG.ageYears, Literal(62)))
    g.remove((CASE_B, KG.sex, None))
    store.replace_graph(GB, g)
    ages = [q.object.value for q in store.raw.quads_for_pattern(ox.NamedNode(str(CASE_B)), ox.NamedNode(str(KG.ageYears)), None)]
    assert ages == ["62"]
    assert not list(store.raw.quads_for_pattern(ox.NamedNode(str(CASE_B)), ox.NamedNode(str(KG.sex)), None))
    assert store.count(GB) == len(report_part(fixture_graph(GB))) - 1
    assert sorted(str(q) for q in store.raw.quads_for_pattern(None, None, None, ox.NamedNode(GA))) == a_before


def test_store_replace_graph_accepts_triple_iterables_with_special_literals(store):
    s = URIRef("https://w3id.org/kg-oncocase/report/x")
    tricky = 'quote " backslash \\ newline \n brace } UNION { tab \t unicode é ∆'
    triples = [(s, KG.sourceFile, Literal(tricky)), (s, KG.outcome, Literal("fr", lang="fr")),
               (s, KG.ageYears, Literal(5))]
    store.replace_graph("https://w3id.org/kg-oncocase/graph/x", triples)
    got = {q.predicate.value: q.object for q in store.raw}
    assert got[str(KG.sourceFile)].value == tricky
    assert got[str(KG.outcome)].language == "fr"
    assert got[str(KG.ageYears)].datatype.value == "http://www.w3.org/2001/XMLSchema#integer"


def test_store_update_with_drop_and_insert_is_one_transaction(store):
    """replace_graph relies on Oxigraph applying a multi-operation update atomically."""
    store.replace_graph(GB, fixture_graph(GB))
    before = _quads(store)
    with pytest.raises(Exception):
        store.raw.update(f"DROP GRAPH <{GB}> ; DROP GRAPH <https://w3id.org/kg-oncocase/graph/does-not-exist>")
    assert _quads(store) == before  # the first DROP was rolled back


def test_store_replace_graph_invalid_iri_changes_nothing(store):
    store.replace_graph(GB, fixture_graph(GB))
    before = _quads(store)
    with pytest.raises(StoreError):
        store.replace_graph("not an iri", fixture_graph(GB))
    bad = list(fixture_graph(GB)) + [(URIRef("http://x/a b"), KG.sex, Literal("male"))]
    with pytest.raises(StoreError):
        store.replace_graph(GB, bad)
    assert _quads(store) == before


def test_store_graph_hash_reads_content_hash(store):
    store.replace_graph(GA, fixture_graph(GA))
    store.replace_graph(GB, fixture_graph(GB))
    assert store.graph_hash(GA) == "a" * 64
    assert store.content_hash(GB) == "b" * 64
    assert store.graph_hash("https://w3id.org/kg-oncocase/graph/none") is None
    assert store.graph_hashes() == {GA: "a" * 64, GB: "b" * 64}


def test_store_report_metadata_replaces_hash_on_report_node(store):
    store.replace_graph(GB, fixture_graph(GB), report_metadata={"content_hash": "c" * 64, "kg_version": "9.9"})
    assert store.graph_hash(GB) == "c" * 64
    versions = [q.object.value for q in store.raw.quads_for_pattern(ox.NamedNode(str(RB)), ox.NamedNode(str(KG.kgVersion)), None)]
    assert versions == ["9.9"]
    with pytest.raises(StoreError):
        store.replace_graph(GB, fixture_graph(GB), report_metadata={"colour": "red"})


def test_store_remove_graph(store):
    store.replace_graph(GA, fixture_graph(GA))
    store.replace_graph(GB, fixture_graph(GB))
    store.remove_graph(GA)
    assert store.named_graphs() == [GB]


def test_store_persists_and_opens_read_only(tmp_path):
    loc = tmp_path / "s"
    with open_store(loc) as st:
        st.replace_graph(GA, fixture_graph(GA))
    with open_store(loc, read_only=True) as ro:
        assert ro.read_only
        assert ro.named_graphs() == [GA]
        assert ro.graph_hash(GA) == "a" * 64
        with pytest.raises(StoreError):
            ro.replace_graph(GB, fixture_graph(GB))
        with pytest.raises(Exception):
            ro.raw.update("INSERT DATA { <http://a> <http://b> <http://c> }")
        assert ro.count(GA) == len(report_part(fixture_graph(GA)))


def test_store_read_only_missing_store_is_store_error(tmp_path):
    with pytest.raises(StoreError) as ei:
        open_store(tmp_path / "nothing-here", read_only=True)
    assert "kg ingest" in str(ei.value)


def test_store_second_writer_is_refused(tmp_path):
    loc = tmp_path / "s"
    with open_store(loc):
        with pytest.raises(StoreError) as ei:
            open_store(loc)
        assert "writ" in str(ei.value)
    with open_store(loc) as again:  # the lock is released on close
        assert again.count() == 0


def test_store_dump_formats(store):
    store.replace_graph(GA, fixture_graph(GA))
    store.replace_graph(GB, fixture_graph(GB))
    ds = rdflib.Dataset()
    ds.parse(data=store.dump("nquads"), format="nquads")
    assert len(ds.graph(URIRef(GA))) == len(report_part(fixture_graph(GA)))
    assert len(ds.graph(URIRef(GB))) == len(report_part(fixture_graph(GB)))
    g = rdflib.Graph().parse(data=store.dump("turtle", graph=GB), format="turtle")
    assert len(g) == len(report_part(fixture_graph(GB)))
    with pytest.raises(StoreError):
        store.dump("turtle")  # Turtle holds one graph: a graph is required
    with pytest.raises(StoreError):
        store.dump("trig", graph="https://w3id.org/kg-oncocase/graph/none")
    with pytest.raises(StoreError):
        store.dump("yaml")


def _canon_decimals(g):
    """Oxigraph stores xsd:decimal in canonical lexical form ("30.0" -> "30")."""
    from decimal import Decimal
    out = rdflib.Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.datatype == rdflib.XSD.decimal:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=rdflib.XSD.decimal)
        out.add((s, p, o))
    return out


def test_store_graph_returns_in_memory_rdflib_graph(store):
    store.replace_graph(GB, fixture_graph(GB))
    g = store.graph(GB)
    assert type(g.store).__name__ == "Memory"
    assert rdflib.compare.isomorphic(g, _canon_decimals(report_part(fixture_graph(GB))))
    doses = list(g.objects(None, KG.radiationDoseGy))
    assert len(doses) == 1 and doses[0].toPython() == 30


def test_store_new_graph_write_without_take_off_equals_the_full_update(store):
    """replace_graph leaves the summaries' take-off operations out for a graph the store does not
    hold yet (layout.replace_update absent=True); the store must end up exactly as with them."""
    from kg.store import distinct_triples, layout

    store.replace_graph(GA, fixture_graph(GA))
    assert not store.contains_graph(GB)
    store.replace_graph(GB, fixture_graph(GB))            # new graph: the short update
    short = _quads(store)
    with open_store(None) as full:
        full.replace_graph(GA, fixture_graph(GA))
        update, _ = layout.replace_update(GB, distinct_triples(fixture_graph(GB)), lateral=True, absent=False)
        full.raw.update(update)                          # the same write with the take-off operations
        assert _quads(full) == short
    assert summaries.read(store) == summaries.recompute(store)
    # a graph the store holds is taken off first: writing it again changes nothing
    store.replace_graph(GB, fixture_graph(GB))
    assert _quads(store) == short
