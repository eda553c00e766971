"""kg.query.paging: listings page by case buckets and stream; pages put together are the listing.

The reference is the named query run once over the whole store by Oxigraph (its ORDER BY over
every row), never the pager itself.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

import pyoxigraph as ox

from kg.query import _bind, _py, format_rows, iter_query, list_queries, load_query, paging, run_query
from kg.query.cases import cases_json, iter_cases
from kg.errors import QueryError
from kg.store import open_store
from store.test_summaries import report_version

LISTINGS = [q.name for q in list_queries() if paging.is_listing(q.text)]
PARAMS = {"cases_by_fusion_gene": {"gene": "ALK"}}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    loc = tmp_path_factory.mktemp("paging") / "store"
    st = open_store(loc)
    for slot in range(60):   # 60 reports spread over the buckets (report keys are hashes)
        giri, triples = report_version(slot, 0)
        st.replace_graph(giri, triples)
    yield st
    st.close()


def _whole(store, name):
    """The listing as Oxigraph answers the query text over every case (no pages)."""
    q = load_query(name)
    subs = {ox.Variable(k): _bind(next(p for p in q.params if p.name == k), v) for k, v in PARAMS.get(name, {}).items()}
    res = store.raw.query(q.text, substitutions=subs or None)
    return [v.value for v in res.variables], [[_py(x) for x in sol] for sol in res]


def test_listings_are_the_queries_with_the_page_anchor():
    assert set(LISTINGS) == {"cases", "case_adverse_events", "case_diagnoses", "case_fusions", "case_procedures",
                             "case_responses", "case_treatments", "therapy_sequence", "time_on_drug",
                             "cases_by_fusion_gene", "alk_ros1_crizotinib_best_response",
                             # kg site and the per-case exports read these
                             "case_evidence", "case_line_details", "case_summary",
                             # why kg decided (kg:decidedBecause)
                             "case_decisions"}


@pytest.mark.parametrize("name", LISTINGS)
def test_paged_listing_equals_the_whole_query_in_its_order(store, name):
    cols, want = _whole(store, name)
    assert want, f"{name}: the generated reports give no rows"
    got_cols, got = run_query(store, name, PARAMS.get(name, {}))
    assert got_cols == cols
    if name == "therapy_sequence":   # GROUP_CONCAT order is not defined by SPARQL
        want = [[*r[:2], "|".join(sorted(r[2].split("|"))), *r[3:]] for r in want]
        got = [[*r[:2], "|".join(sorted(r[2].split("|"))), *r[3:]] for r in got]
    assert got == want


@pytest.mark.parametrize("name", ["cases", "case_treatments", "cases_by_fusion_gene"])
def test_pages_by_offset_and_by_cursor_put_together_are_the_listing(store, name):
    params = PARAMS.get(name, {})
    _, whole = run_query(store, name, params)
    by_offset = []
    for offset in range(0, len(whole) + 7, 7):
        by_offset += run_query(store, name, params, limit=7, offset=offset)[1]
    assert by_offset == whole
    # cursor: the last case of the previous page (a page cut inside a case drops that case: it
    # comes whole with the next page)
    k = run_query(store, name, params, limit=1)[0].index("case")
    by_cursor, after = [], None
    while True:
        page = run_query(store, name, params, limit=40, after=after)[1]
        if not page:
            break
        if len(page) == 40:
            assert len({r[k] for r in page}) > 1
            page = [r for r in page if r[k] != page[-1][k]]
        by_cursor += page
        after = page[-1][k]
    assert by_cursor == whole


def test_first_page_reads_a_few_buckets_not_the_store(store, monkeypatch):
    import kg.query as kq

    texts = []
    real = kq._execute
    monkeypatch.setattr(kq, "_execute", lambda st, q, text, subs: texts.append(text) or real(st, q, text, subs))
    cols, rows = run_query(store, "cases", limit=5)
    assert len(rows) == 5 and texts and all("VALUES ?page_bucket" in t for t in texts)


def test_not_a_listing_takes_limit_offset_but_no_cursor(store):
    _, rows = run_query(store, "cases_per_tumor_type")
    assert run_query(store, "cases_per_tumor_type", limit=3, offset=2)[1] == rows[2:5]
    with pytest.raises(QueryError, match="not a listing"):
        run_query(store, "cases_per_tumor_type", after="https://w3id.org/kg-oncocase/report/0/case/1")
    with pytest.raises(QueryError):
        run_query(store, "cases", limit=-1)
    with pytest.raises(QueryError):
        paging.with_buckets("SELECT * WHERE { ?s ?p ?o }", [1])


def test_rows_stream_one_batch_at_a_time(store):
    cols, rows = iter_query(store, "case_treatments")
    first = next(rows)
    assert len(first) == len(cols)


def test_iter_cases_streams_the_cases_json(store):
    streamed = list(iter_cases(store, batch=64))
    assert streamed == cases_json(store)
    assert [c["case"] for c in streamed] == list(dict.fromkeys(r[0] for r in run_query(store, "cases")[1]))
    assert len({c["case"] for c in streamed}) == len(streamed) >= 60


def test_cli_streams_json_as_json_dumps_writes_it(store, tmp_path):
    loc = store.location
    store.close()
    try:
        out = subprocess.run([sys.executable, "-m", "kg.cli.app", "cases", "--store", loc], capture_output=True,
                             text=True, timeout=300)
        assert out.returncode == 0, out.stderr
        ro = open_store(loc, read_only=True)
        assert out.stdout == json.dumps(cases_json(ro), indent=1, ensure_ascii=False) + "\n"
        q = subprocess.run([sys.executable, "-m", "kg.cli.app", "query", "cases", "--store", loc, "--format", "json",
                            "--limit", "3"], capture_output=True, text=True, timeout=300)
        assert q.returncode == 0, q.stderr
        cols, rows = run_query(ro, "cases", limit=3)
        assert json.loads(q.stdout) == json.loads(format_rows(cols, rows, "json")) and len(rows) == 3
        ro.close()
    finally:
        store._store = open_store(loc).raw


# ------------------------------------------------ a bucket read a few reports at a time ---
@pytest.fixture()
def as_if_large(monkeypatch):
    """The pager sized as for a store of ~100 cases per bucket (400k cases): a first bucket is read
    a few reports at a time (VALUES ?case), however few cases the fixture store really has."""
    import kg.query as kq

    texts = []
    real = kq._execute
    monkeypatch.setattr(kq, "case_total", lambda st: 100 * paging.BUCKETS)
    monkeypatch.setattr(kq, "_execute", lambda st, q, text, subs: texts.append(text) or real(st, q, text, subs))
    return texts


def _by_cursor(store, name, params, limit):
    """The listing put together page by page, each page after the last whole case of the one before
    (a page that ends inside a case leaves that case to the next page)."""
    k = run_query(store, name, params, limit=1)[0].index("case")
    out, after = [], None
    while True:
        page = run_query(store, name, params, limit=limit, after=after)[1]
        if not page:
            return out
        if len(page) == limit:
            assert len({r[k] for r in page}) > 1, "a page of one case: take a larger limit"
            page = [r for r in page if r[k] != page[-1][k]]
        out += page
        after = page[-1][k]


# a page after a cursor starts in the cursor's bucket, one that holds cases: that bucket is split
@pytest.mark.parametrize("name", [n for n in LISTINGS if n not in ("cases_by_fusion_gene", "alk_ros1_crizotinib_best_response")])
def test_a_split_first_bucket_gives_the_listing_page_by_page(store, as_if_large, name):
    params = PARAMS.get(name, {})
    _, whole = run_query(store, name, params)
    as_if_large.clear()
    pages = _by_cursor(store, name, params, 40)
    if name == "therapy_sequence":   # GROUP_CONCAT order is not defined by SPARQL
        whole = [[*r[:2], "|".join(sorted(r[2].split("|"))), *r[3:]] for r in whole]
        pages = [[*r[:2], "|".join(sorted(r[2].split("|"))), *r[3:]] for r in pages]
    assert pages == whole
    assert any("VALUES ?case {" in t for t in as_if_large), "no first bucket was split"
    by_offset = []
    for offset in range(0, len(whole) + 5, 5):
        by_offset += run_query(store, name, params, limit=5, offset=offset)[1]
    if name == "therapy_sequence":
        by_offset = [[*r[:2], "|".join(sorted(r[2].split("|"))), *r[3:]] for r in by_offset]
    assert by_offset == whole


def test_only_kg_case_iris_are_written_into_a_page():
    with pytest.raises(QueryError, match="not a case IRI"):
        paging.with_cases(load_query("cases").text, 5, ["https://example.org/x> } DROP ALL { <y"])
