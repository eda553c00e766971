"""kg.query.ranking: a page of a ranked count query is exactly that page of the whole query, read
from the top count bands only."""
from __future__ import annotations

import random

import pyoxigraph as ox
import pytest

from kg.graph import iri as iris
from kg.query import load_query, ranking, run_query
from kg.store import open_store, summaries
from kg.store.layout import summaries_graph, terms_graph

KG = "https://w3id.org/kg-oncocase/vocab#"
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
NOTATION = ox.NamedNode("http://www.w3.org/2004/02/skos/core#notation")
NCIT = "http://purl.obolibrary.org/obo/NCIT_"


@pytest.fixture(scope="module")
def counts_store():
    """300 tumor counts from 1 to ~5000 cases (every band from 11 to 45), labelled in the
    terminology graph; several counts tie, so the order's second key (the label) matters."""
    rnd = random.Random(14)
    st = open_store(None)
    sg, tg = ox.NamedNode(summaries_graph()), ox.NamedNode(terms_graph())
    quads = []
    for i in range(300):
        t = f"{NCIT}C{9000 + i}"
        n = rnd.choice([1, 1, 2, 3, 9, 10, 11, 19, 20, 57, 99, 100, 101, 512, 999, 1000, 4999]) if i % 3 else \
            int(5000 / (1 + i) ** 1.2) + 1
        quads += [ox.Quad(s, p, o, sg) for s, p, o in summaries.count_triples("tumor", (t,), n)]
        quads += [ox.Quad(ox.NamedNode(t), RDFS_LABEL, ox.Literal(f"tumor {rnd.randrange(10**6):06d}"), tg),
                  ox.Quad(ox.NamedNode(t), NOTATION, ox.Literal(f"NCIT:C{9000 + i}"), tg)]
    st.raw.extend(quads)
    return st


@pytest.mark.parametrize("limit, offset", [(1, 0), (5, 0), (100, 0), (17, 40), (100, 100), (299, 0), (1000, 0),
                                           (10, 295), (0, 0)])
def test_a_page_of_a_ranked_query_is_that_page_of_the_whole_query(counts_store, limit, offset):
    _, whole = run_query(counts_store, "cases_per_tumor_type")
    assert len(whole) == 300 and [r[2] for r in whole] == sorted((r[2] for r in whole), reverse=True)
    _, page = run_query(counts_store, "cases_per_tumor_type", limit=limit, offset=offset)
    assert page == whole[offset:offset + limit]


def test_the_top_bands_hold_the_page_and_no_more_than_needed(counts_store):
    sizes = {}
    for sol in counts_store.raw.query(f"SELECT ?b (COUNT(?r) AS ?n) WHERE {{ GRAPH ?g {{ ?r <{KG}casesBand> ?b }} }} "
                                      "GROUP BY ?b"):
        sizes[sol[0].value] = int(sol[1].value)

    def select(text):
        return [(s[0].value, int(s[1].value)) for s in counts_store.raw.query(text)]

    for want in (1, 10, 50, 200, 300, 5000):
        bands = ranking.top_bands(select, "tumor", want)
        held = [sizes[b] for b in bands]
        # the bands are the largest ones, in order, and the last one is needed
        order = sorted(sizes, key=lambda b: -int(b.rsplit("/", 1)[1]))
        assert bands == order[:len(bands)]
        assert sum(held) >= min(want, 300) and sum(held[:-1]) < want


def test_only_queries_with_the_band_anchor_are_ranked():
    assert ranking.ranked_kind(load_query("adverse_events_by_drug_and_grade").text) == "adverse_event"
    assert ranking.ranked_kind(load_query("responses_by_drug_and_fusion").text) == "response"
    assert ranking.ranked_kind(load_query("cases_per_tumor_type").text) == "tumor"
    assert ranking.ranked_kind(load_query("cases").text) is None


def test_band_numbers_split_counts_by_digits_and_leading_digit():
    assert [iris.band(n) for n in (1, 9, 10, 19, 20, 99, 100, 199, 1000, 12345)] == [11, 19, 21, 21, 22, 29, 31, 31, 41, 51]
    # one band's counts are within a factor of two, and a higher band's counts are all larger
    for n in range(1, 3000):
        assert iris.band(n) <= iris.band(n + 1)
