"""kg.store.remote against real servers started here on loopback: the Oxigraph server (writable,
`oxigraph serve`) and Virtuoso (`virtuoso-t` with a generated virtuoso.ini; skipped when the
binary is absent). Every named query and `cases_json` must give what the embedded store gives."""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import rdflib
import rdflib.compare
import requests
from rdflib import Literal, URIRef

from fixture_helpers import FIXTURE_TRIG as FIXTURE, fixture_graph, report_part
from kg.errors import StoreError
from kg.query import list_queries, run_query
from kg.query.cases import cases_json
from kg.query.stats import store_stats
from kg.store import open_store
from kg.store.layout import summaries_graph, terms_graph
from kg.store.remote import RemoteStore

GA = "https://w3id.org/kg-oncocase/graph/3903f785d287a078"
GB = "https://w3id.org/kg-oncocase/graph/03ead7cb796a0e28"
RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"
KG = "https://w3id.org/kg-oncocase/vocab#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# parameters as in tests/query/test_queries_fixture.py
PARAMS = {
    "cases_by_fusion_gene": [{"gene": "ROS1"}, {"gene": "alk"}, {"gene": "YWHAE"}, {"gene": "EML4"}],
    "evidence_for_fact": [{"fact": RA + "/case/1/therapy/2/drug/1"}, {"fact": RB + "/case/1/fusion/1"}],
}
TERMS, SUMMARIES = terms_graph(), summaries_graph()
OXIGRAPH = Path(sys.executable).parent / "oxigraph"
VIRTUOSO = shutil.which("virtuoso-t")
START_TIMEOUT = 90.0


# ------------------------------------------------------------------ servers ---
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_http(url: str, proc: subprocess.Popen, log: Path, timeout: float = START_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}: {log.read_text(errors='replace')[-2000:]}")
        try:
            if requests.get(url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"server at {url} not up after {timeout:.0f} s: {log.read_text(errors='replace')[-2000:]}")


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _start(cmd: list[str], cwd: Path, probe: str) -> subprocess.Popen:
    log = cwd / "server.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_http(probe, proc, log)
    except BaseException:
        _stop(proc)
        raise
    return proc


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 512M
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
MaxClientConnections = 10
ServerThreads = 10
MaxKeepAlives = 10
KeepAliveTimeout = 10
Charset = UTF-8
EnabledGzipContent = 0

[SPARQL]
; the default 10000 silently truncates results (announced only by an X-SPARQL-MaxRows header)
ResultSetMaxRows = 1000000
MaxSortedTopRows = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
"""


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory):
    if not OXIGRAPH.exists():
        pytest.skip(f"the oxigraph server binary is not installed at {OXIGRAPH} (pip install oxigraph)")
    d = tmp_path_factory.mktemp("oxigraph-server")
    port = _free_port()
    proc = _start([str(OXIGRAPH), "serve", "--location", str(d / "db"), "--bind", f"127.0.0.1:{port}"],
                  d, f"http://127.0.0.1:{port}/query")
    yield f"http://127.0.0.1:{port}"
    _stop(proc)


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    if VIRTUOSO is None:
        pytest.skip("virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource)")
    d = tmp_path_factory.mktemp("virtuoso")
    http_port, sql_port = _free_port(), _free_port()
    (d / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=d, sql_port=sql_port, http_port=http_port))
    proc = _start([VIRTUOSO, "+foreground", "+configfile", str(d / "virtuoso.ini")],
                  d, f"http://127.0.0.1:{http_port}/sparql")
    yield f"http://127.0.0.1:{http_port}"
    _stop(proc)


@pytest.fixture(scope="session", params=["oxigraph", "virtuoso"])
def server_url(request):
    """Store URL as a user writes it: the Oxigraph server root, Virtuoso's /sparql-auth with the
    test instance's dba credentials (digest auth)."""
    if request.param == "oxigraph":
        return request.getfixturevalue("oxigraph_server")
    base = request.getfixturevalue("virtuoso_server")
    return base.replace("http://", "http://dba:dba@") + "/sparql-auth"


@pytest.fixture(scope="session")
def embedded():
    st = open_store(None)
    st.load_file(FIXTURE)
    yield st
    st.close()


@pytest.fixture
def remote(server_url):
    st = open_store(server_url)
    assert isinstance(st, RemoteStore)
    for g in st.named_graphs():
        st.remove_graph(g)
    st.replace_graph(GA, fixture_graph(GA))
    st.replace_graph(GB, fixture_graph(GB))
    yield st
    st.close()


# -------------------------------------------------------------- normalising ---
def _norm_value(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return round(float(v), 6)  # Virtuoso writes 20.0 as "20", COUNT as xsd:integer...
    return v


def _norm(result):
    cols, rows = result
    return cols, sorted(json.dumps([_norm_value(x) for x in r], sort_keys=True) for r in rows)


def _all_query_runs():
    for q in list_queries():
        for params in PARAMS.get(q.name, [{}]):
            yield q.name, params


# -------------------------------------------------------------------- tests ---
@pytest.mark.system
def test_store_remote_every_named_query_matches_embedded(remote, embedded):
    runs = list(_all_query_runs())
    assert len(runs) >= 14
    for name, params in runs:
        want = run_query(embedded, name, params)
        got = run_query(remote, name, params)
        if name == "therapy_sequence":  # GROUP_CONCAT order is not defined by SPARQL
            got = (got[0], [[r[0], r[1], "|".join(sorted(r[2].split("|"))), *r[3:]] for r in got[1]])
            want = (want[0], [[r[0], r[1], "|".join(sorted(r[2].split("|"))), *r[3:]] for r in want[1]])
        assert _norm(got) == _norm(want), f"{name} {params} on {remote.location}"
    # and the rows are not trivially empty
    assert len(run_query(remote, "cases_by_fusion_gene", {"gene": "ROS1"})[1]) == 1
    assert len(run_query(remote, "evidence_for_fact", PARAMS["evidence_for_fact"][0])[1]) == 1


@pytest.mark.system
def test_store_remote_ordered_queries_keep_their_order(remote, embedded):
    for name in ("cases", "case_treatments", "time_on_drug"):
        got = [r[:2] for r in run_query(remote, name, {})[1]]
        want = [r[:2] for r in run_query(embedded, name, {})[1]]
        assert got == want, name


@pytest.mark.system
def test_store_remote_cases_json_matches_embedded(remote, embedded):
    got, want = cases_json(remote), cases_json(embedded)
    assert len(want) == 2
    assert json.loads(json.dumps(got)) == json.loads(json.dumps(want))


@pytest.mark.system
def test_store_remote_graph_listing_counts_hashes_and_stats(remote, embedded):
    assert remote.named_graphs() == [GB, GA] == embedded.named_graphs()
    assert remote.count() == embedded.count() > remote.count(GA) + remote.count(GB)   # + terms, summaries
    assert remote.count(GB) == len(report_part(fixture_graph(GB))) == embedded.count(GB)
    assert remote.content_hash(GA) == embedded.content_hash(GA) == "a" * 64
    assert remote.content_hash("https://w3id.org/kg-oncocase/graph/none") is None
    assert remote.graph_hashes() == embedded.graph_hashes()
    assert remote.contains_graph(GA) and not remote.contains_graph(GA + "x")
    assert store_stats(remote) == store_stats(embedded)


@pytest.mark.system
def test_store_remote_graph_and_dump_round_trip(remote, embedded):
    assert rdflib.compare.isomorphic(remote.graph(GA), embedded.graph(GA))
    ds = rdflib.Dataset()
    ds.parse(data=remote.dump("nquads"), format="nquads")
    want = rdflib.Dataset()
    want.parse(data=embedded.dump("nquads"), format="nquads")
    for g in (GA, GB, TERMS, SUMMARIES):
        a = ds.graph(URIRef(g))
        b = want.graph(URIRef(g))
        assert len(a) == len(b) > 50
        assert rdflib.compare.isomorphic(a, b), g
    ttl = remote.dump("turtle", graph=GB)
    assert rdflib.compare.isomorphic(rdflib.Graph().parse(data=ttl, format="turtle"), embedded.graph(GB))
    with pytest.raises(StoreError, match="no named graph"):
        remote.dump("turtle", graph=GB + "-missing")


@pytest.mark.system
def test_store_remote_replace_graph_replaces_and_is_idempotent(remote):
    before = remote.count()
    assert remote.replace_graph(GB, fixture_graph(GB)) == len(report_part(fixture_graph(GB)))
    assert remote.count() == before
    # a new version of report B: old triples gone, other graph untouched
    small = rdflib.Graph()
    rb = URIRef(RB)
    small.add((rb, URIRef(RDF_TYPE), URIRef(KG + "CaseReport")))
    small.add((rb, URIRef(KG + "contentHash"), Literal("c" * 64)))
    small.add((rb, URIRef(KG + "sentenceText"), Literal('quote " backslash \\ newline \n café – µ 😀')))
    assert remote.replace_graph(GB, small) == 3
    assert remote.count(GB) == 3 and remote.count(GA) == len(report_part(fixture_graph(GA)))
    assert remote.content_hash(GB) == "c" * 64
    assert rdflib.compare.isomorphic(remote.graph(GB), small)
    remote.replace_graph(GB, small, report_metadata={"content_hash": "d" * 64})
    assert remote.content_hash(GB) == "d" * 64 and remote.count(GB) == 3


@pytest.mark.system
def test_store_remote_more_than_10000_result_rows_are_not_truncated(server_url):
    """Virtuoso's default ResultSetMaxRows (10000) cuts results silently; the store must return every row."""
    n = 10_523
    st = open_store(server_url)
    g = "https://w3id.org/kg-oncocase/graph/many-cases"
    report = URIRef("https://w3id.org/kg-oncocase/report/many")
    triples = [(report, URIRef(RDF_TYPE), URIRef(KG + "CaseReport")),
               (report, URIRef(KG + "identifier"), Literal("pmid:999"))]
    for i in range(1, n + 1):
        case = URIRef(f"{report}/case/{i}")
        triples += [(report, URIRef(KG + "hasCase"), case), (case, URIRef(RDF_TYPE), URIRef(KG + "PatientCase")),
                    (case, URIRef(KG + "caseNumber"), Literal(i))]
    try:
        assert st.replace_graph(g, triples) == 2 + 3 * n  # many INSERT DATA operations, one request
        assert st.count(g) == 2 + 3 * n
        cols, rows = run_query(st, "cases", {})
        mine = [r for r in rows if r[1] == str(report)]
        assert len(mine) == n
        assert sorted(r[5] for r in mine) == list(range(1, n + 1))
        assert sum(1 for q in st.raw.quads_for_pattern(None, None, None, rdflib_nn(g))) == 2 + 3 * n
    finally:
        st.remove_graph(g)
        st.close()
    assert open_store(server_url).count(g) == 0


def rdflib_nn(iri):
    import pyoxigraph as ox

    return ox.NamedNode(iri)


@pytest.mark.system
def test_store_remote_read_only_refuses_writes(server_url):
    st = open_store(server_url, read_only=True)
    with pytest.raises(StoreError, match="read-only"):
        st.replace_graph(GA, fixture_graph(GA))
    with pytest.raises(StoreError, match="read-only"):
        st.remove_graph(GA)


@pytest.mark.system
def test_store_remote_virtuoso_auth(virtuoso_server):
    # the public /sparql endpoint may query but not update (SPARQL user lacks SPARQL_UPDATE)
    anon = open_store(virtuoso_server + "/sparql")
    assert isinstance(anon.count(), int)
    with pytest.raises(StoreError, match="refuses updates"):
        anon.replace_graph(GA, fixture_graph(GA))
    bad = open_store(virtuoso_server.replace("http://", "http://dba:wrong@") + "/sparql-auth")
    with pytest.raises(StoreError, match="HTTP 401") as e:
        bad.remove_graph(GA)
    assert "wrong" not in str(e.value)  # no password in messages
    # credentials from the environment work as well
    os.environ["KG_STORE_USER"], os.environ["KG_STORE_PASSWORD"] = "dba", "dba"
    try:
        env = open_store(virtuoso_server + "/sparql-auth")
        env.replace_graph(GB, fixture_graph(GB))
        assert env.count(GB) == len(report_part(fixture_graph(GB)))
    finally:
        del os.environ["KG_STORE_USER"], os.environ["KG_STORE_PASSWORD"]


def test_store_remote_unreachable_endpoint_is_a_store_error():
    st = open_store(f"http://127.0.0.1:{_free_port()}/sparql")
    with pytest.raises(StoreError, match="cannot reach SPARQL endpoint"):
        st.named_graphs()


@pytest.mark.system
def test_store_remote_summary_updates_use_lateral_where_the_server_has_it(server_url):
    """The Oxigraph server evaluates LATERAL (count nodes looked up one by one, kg/store/layout.py);
    Virtuoso does not and gets the SPARQL 1.1 form: both keep the same summaries
    (tests/store/test_summaries.py)."""
    st = open_store(server_url)
    assert st.lateral is ("sparql-auth" not in server_url)
