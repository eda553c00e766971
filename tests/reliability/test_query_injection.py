"""SPARQL injection through the command line: `kg query NAME -p key=value`.

tests/query/test_params.py covers run_query() in-process; this goes through the CLI (argument
parsing, `key=value` splitting, output) with quotes, braces, `} UNION {`, comments, newlines and
IRIs with spaces. A positive control (gene=ROS1 -> one row) shows an injected UNION would be seen.

No user-facing path takes raw SPARQL: `kg query` only runs named queries from queries/ (names are
identifiers, never paths), `kg cases`/`kg stats` run fixed queries. pyoxigraph DOES execute
federated SERVICE calls (tested below as a control), so we also check that no shipped named query
uses SERVICE and that neither a query name nor a parameter value can smuggle one in (a loopback
listener must see no connection).
"""
from __future__ import annotations

import json
import re
import socket
import threading
from dataclasses import dataclass

import pyoxigraph as ox
import pytest

from fixture_helpers import FIXTURE_TRIG as FIXTURE
from kg.query import QUERIES_DIR, list_queries
from kg.store import open_store
from fixture_helpers import Listener
from reliability_inputs import error_lines, run_kg

RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
FUSION_COLUMNS = ["gene", "report", "case", "fusion", "five_prime", "three_prime"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("q") / "store"
    with open_store(path) as st:
        st.load_file(FIXTURE)
    return path


@pytest.fixture(scope="module")
def listener():
    lst = Listener()
    yield lst
    lst.sock.close()


@dataclass
class Result:
    returncode: int
    stdout: str
    stderr: str


def _query(store, name, *params, fmt="json") -> Result:
    """`kg query` in-process through the real command-line parser (typer's CliRunner): fast enough
    to try many values; test_cli_query_subprocess_positive_control runs the installed entry point."""
    from typer.testing import CliRunner

    from kg.cli.app import app

    args = ["query", name, "--store", str(store), "--format", fmt]
    for p in params:
        args += ["-p", p]
    r = CliRunner().invoke(app, args)
    if r.exception is not None and not isinstance(r.exception, SystemExit):
        raise r.exception
    return Result(r.exit_code, r.stdout, r.stderr)


@pytest.mark.system
def test_cli_query_subprocess_positive_control(store):
    res = run_kg("query", "cases_by_fusion_gene", "--store", str(store), "-p", "gene=ROS1", "--format", "json")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert len(rows) == 1 and rows[0]["gene"] == "ROS1" and rows[0]["fusion"] == "YWHAE::ROS1"
    res = run_kg("query", "cases_by_fusion_gene", "--store", str(store), "-p", 'gene=ROS1" } UNION { ?s ?p ?o } #',
                 "--format", "json")
    assert res.returncode == 0 and json.loads(res.stdout) == [], res.stderr


def test_cli_query_positive_control(store):
    res = _query(store, "cases_by_fusion_gene", "gene=ROS1")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert len(rows) == 1 and rows[0]["gene"] == "ROS1" and rows[0]["fusion"] == "YWHAE::ROS1"


LITERAL_INJECTIONS = [
    'ROS1"',
    "ROS1'",
    '"ROS1"',
    "{ROS1}",
    "} UNION {",
    'ROS1") } UNION { GRAPH ?g { ?report ?p ?case } } #',
    "ROS1' } UNION { ?s ?p ?o } #",
    "ROS1\n} UNION { GRAPH ?g { ?report ?p ?case } }\n#",
    "ROS1 # comment",
    "# ROS1",
    "ROS1\\",
    '\\" ) } #',
    "ROS1=ALK",        # a second '=' belongs to the value
    "",
]


@pytest.mark.parametrize("value", LITERAL_INJECTIONS)
def test_cli_literal_parameter_is_one_literal(store, value):
    res = _query(store, "cases_by_fusion_gene", f"gene={value}")
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == []  # bound verbatim: matches no gene symbol, adds no rows


def test_cli_csv_and_table_outputs_with_an_injection_value(store):
    value = 'ROS1" } UNION { GRAPH ?g { ?report ?p ?case } } #'
    res = _query(store, "cases_by_fusion_gene", f"gene={value}", fmt="csv")
    assert res.returncode == 0, res.stderr
    assert [ln for ln in res.stdout.splitlines() if ln] == [",".join(FUSION_COLUMNS)]
    res = _query(store, "cases_by_fusion_gene", f"gene={value}", fmt="table")
    assert res.returncode == 0 and res.stdout.strip().endswith("0 row(s)"), res.stdout


def test_cli_literal_with_whitespace_around_is_not_trimmed_into_a_match(store):
    # ' ROS1' is not 'ROS1': values are bound exactly as given
    res = _query(store, "cases_by_fusion_gene", "gene= ROS1")
    assert res.returncode == 0 and json.loads(res.stdout) == []


IRI_REJECTED = [
    f"{RA}/case/1 }} UNION {{ ?s ?p ?o }}",
    f"{RA}/case 1",                       # IRI with a space
    f"<{RA}/case/1>",
    f"{RA}/case/1> . ?s ?p ?o . <x:y",
    f"{RA}/case/1\n}} #",
    "not an iri",
    "",
]


@pytest.mark.parametrize("value", IRI_REJECTED)
def test_cli_invalid_iri_parameter_is_a_one_line_error(store, value):
    res = _query(store, "evidence_for_fact", f"fact={value}")
    assert res.returncode == 2, res.stdout
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(error_lines(res.stderr)) == 1 and lines[0].startswith("[ERROR] "), res.stderr
    assert "parameter fact" in lines[0] and res.stdout == ""


@pytest.mark.parametrize("value", ["x" * 120, "[/red] [bold]not markup[/bold]"])
def test_cli_error_is_one_verbatim_line(store, value):
    res = _query(store, "evidence_for_fact", f"fact={value}")
    assert res.returncode == 2
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("[ERROR] parameter fact: ") and value in lines[0], res.stderr


def test_cli_iri_parameter_positive_control_and_encoded_injection(store):
    res = _query(store, "evidence_for_fact", f"fact={RA}/case/1/fusion/1")
    assert res.returncode == 0, res.stderr
    rows = json.loads(res.stdout)
    assert len(rows) == 1 and rows[0]["mention_start"] == 210
    res = _query(store, "evidence_for_fact", f"fact={RA}/case/1/fusion/1%7D%20UNION%20%7B%3Fs%20%3Fp%20%3Fo%7D")
    assert res.returncode == 0 and json.loads(res.stdout) == []


@pytest.mark.parametrize("param", ["gene} UNION {=x", "gene #=x", "?gene=x", "gene"])
def test_cli_bad_parameter_names_are_refused(store, param):
    res = _query(store, "cases_by_fusion_gene", param)
    assert res.returncode == 2 and len(error_lines(res.stderr)) == 1, res.stderr


# ------------------------------------------------------------------ SERVICE ---
def test_pyoxigraph_executes_service_control(listener):
    """Control: a SERVICE clause makes pyoxigraph connect out, so the checks below matter."""
    got = []

    def accept():
        listener.sock.settimeout(5)
        try:
            c, _ = listener.sock.accept()
            got.append(1)
            c.close()
        except socket.timeout:
            pass

    t = threading.Thread(target=accept)
    t.start()
    with pytest.raises(Exception):  # noqa: B017 - the listener is not a SPARQL endpoint
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
    t.join()
    assert got == [1]


def _strip_comments(text: str) -> str:
    out = []
    for line in text.splitlines():
        # drop comments outside IRIs / strings (named queries keep '#' only in comments and IRIs)
        out.append(re.sub(r"(^|\s)#.*$", "", line))
    return "\n".join(out)


def test_no_named_query_uses_service():
    queries = list_queries(QUERIES_DIR)
    assert len(queries) >= 10
    for q in queries:
        assert not re.search(r"\bSERVICE\b", _strip_comments(q.text), re.I), f"{q.path} uses SERVICE"


@pytest.mark.parametrize("name", ["SELECT * WHERE { SERVICE <URL> { ?s ?p ?o } }", "../queries/cases",
                                  "/etc/passwd", "cases.rq", "cases;SERVICE"])
def test_cli_query_name_cannot_be_sparql_or_a_path(store, listener, name):
    res = _query(store, name.replace("URL", listener.url))
    assert res.returncode == 2 and error_lines(res.stderr), res.stderr
    assert "invalid query name" in res.stderr or "unknown query" in res.stderr
    assert listener.connections() == 0


def test_cli_parameter_cannot_smuggle_service(store, listener):
    for value in (f'x") }} SERVICE <{listener.url}> {{ ?s ?p ?o }} #',
                  f"x\n}} SERVICE <{listener.url}> {{ ?s ?p ?o }}\n#"):
        res = _query(store, "cases_by_fusion_gene", f"gene={value}")
        assert res.returncode == 0 and json.loads(res.stdout) == [], res.stderr
    res = _query(store, "evidence_for_fact", f"fact={listener.url}> }} SERVICE <{listener.url}> {{ ?s ?p ?o }} #")
    assert res.returncode == 2
    assert listener.connections() == 0


@pytest.mark.system
def test_cli_has_no_raw_sparql_option():
    res = run_kg("query", "--help")
    assert res.returncode == 0
    opts = set(re.findall(r"--[a-z][a-z-]+", res.stdout))
    # --limit/--offset are integers, --after a case IRI (validated, used as a cursor, never as SPARQL text)
    assert opts <= {"--param", "--store", "--format", "--list", "--show", "--help", "--limit", "--offset", "--after"}, opts
