"""kg.store.remote without a triple store: endpoint URLs, parameter binding by safe substitution,
and refusing results a server announces as truncated (a real HTTP server on loopback)."""
from __future__ import annotations

import http.server
import threading

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, StoreError
from kg.query import load_query, run_query
from kg.store import open_store
from kg.store.remote import Endpoints, RemoteStore, bind_variables, term_n3

XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize("url, query, update", [
    ("http://127.0.0.1:7878", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update"),
    ("http://127.0.0.1:7878/", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update"),
    ("http://127.0.0.1:8890/sparql", "http://127.0.0.1:8890/sparql", "http://127.0.0.1:8890/sparql"),
    ("http://h:8890/sparql-auth", "http://h:8890/sparql-auth", "http://h:8890/sparql-auth"),
    ("http://h:3030/ds/query", "http://h:3030/ds/query", "http://h:3030/ds/update"),
    ("https://h/ds", "https://h/ds/query", "https://h/ds/update"),
])
def test_store_remote_endpoints_derived_from_url(url, query, update):
    ep = Endpoints(url)
    assert (ep.query, ep.update) == (query, update)


def test_store_remote_credentials_hidden():
    st = open_store("http://dba:s3cret@127.0.0.1:8890/sparql-auth")
    assert isinstance(st, RemoteStore)
    assert st.endpoints.user == "dba" and st.endpoints.password == "s3cret"
    assert "s3cret" not in st.location and "s3cret" not in repr(st)
    assert "s3cret" not in st.endpoints.query


def test_store_remote_bad_url():
    with pytest.raises(StoreError, match="not a SPARQL endpoint URL"):
        Endpoints("http:///sparql")


def test_store_remote_bind_literal_is_escaped_and_projected():
    text = load_query("cases_by_fusion_gene").text
    evil = 'x" ) } } ; DROP ALL ; SELECT * { { ?s ?p "'
    out = bind_variables(text, {"gene": ox.Literal(evil)})
    assert "?gene" not in out.replace("AS ?gene)", "")
    assert f"({term_n3(ox.Literal(evil))} AS ?gene)" in out
    assert 'UCASE(STR("x\\" ) } } ; DROP ALL' in out  # the quote is escaped inside one literal
    # the substituted query is still one valid query with the same shape
    st = ox.Store()
    assert list(st.query(out)) == []


def test_store_remote_bind_iri_validated():
    text = load_query("evidence_for_fact").text
    out = bind_variables(text, {"fact": ox.NamedNode("http://example.org/a#b")})
    assert "SELECT (<http://example.org/a#b> AS ?fact) ?evidence" in out
    assert "<http://example.org/a#b> kg:inSentence ?evidence" in out
    with pytest.raises(StoreError, match="not a valid IRI"):
        term_n3(__import__("rdflib").URIRef("http://x/a> } ; DROP ALL ; <y"))


def test_store_remote_bind_leaves_comments_strings_iris_and_other_vars():
    q = ('# ?x in a comment\nSELECT ?y ?x WHERE { ?s <http://e/?x> "?x" . FILTER(?x > 1) '
         "BIND(?x + 1 AS ?y) } GROUP BY ?x ?y ORDER BY DESC(?x) ?xx")
    out = bind_variables(q, {"x": ox.Literal("2", datatype=ox.NamedNode(XSD + "integer"))})
    two = '"2"^^<http://www.w3.org/2001/XMLSchema#integer>'
    assert out.startswith("# ?x in a comment\nSELECT ?y (" + two + " AS ?x) WHERE")
    assert '<http://e/?x> "?x"' in out and f"FILTER({two} > 1)" in out
    assert f"GROUP BY ({two}) ?y ORDER BY DESC(({two})) ?xx" in out


def test_store_remote_bind_refuses_assigned_parameter():
    with pytest.raises(StoreError, match="assigns"):
        bind_variables("SELECT ?x WHERE { BIND(1 AS ?x) }", {"x": ox.Literal("1")})
    with pytest.raises(StoreError, match="assigns"):
        bind_variables("SELECT ?x WHERE { VALUES ?x { 1 } }", {"x": ox.Literal("1")})


def test_store_remote_bound_query_equals_substitutions_on_embedded():
    """The substituted text gives what pyoxigraph's substitutions give, for every param query."""
    from pathlib import Path

    st = open_store(None)
    st.load_file(Path(__file__).resolve().parents[1] / "fixtures" / "graphs" / "two_cases.trig")
    ra = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
    for name, params in [("cases_by_fusion_gene", {"gene": ox.Literal("ROS1")}),
                         ("cases_by_fusion_gene", {"gene": ox.Literal("alk")}),
                         ("evidence_for_fact", {"fact": ox.NamedNode(ra + "/case/1/therapy/2/drug/1")})]:
        text = load_query(name).text
        want = [[str(s[v]) for v in s.keys()] if hasattr(s, "keys") else str(s)
                for s in st.raw.query(text, substitutions={ox.Variable(k): v for k, v in params.items()})]
        got = [[str(s[v]) for v in s.keys()] if hasattr(s, "keys") else str(s)
               for s in st.raw.query(bind_variables(text, params))]
        assert got == want and got, name


class _Truncating(http.server.BaseHTTPRequestHandler):
    body = b'{"head":{"vars":["n"]},"results":{"bindings":[{"n":{"type":"literal","value":"1"}}]}}'

    def do_POST(self):  # noqa: N802
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("X-SPARQL-MaxRows", "10000")  # what Virtuoso adds when ResultSetMaxRows cut the result
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *a):
        pass


def test_store_remote_truncated_results_refused():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Truncating)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        st = open_store(f"http://127.0.0.1:{srv.server_address[1]}/sparql")
        with pytest.raises(StoreError, match="truncated the result at 10000 rows"):
            st.named_graphs()
        with pytest.raises((StoreError, QueryError), match="ResultSetMaxRows"):
            run_query(st, "cases", {})
    finally:
        srv.shutdown()
        srv.server_close()
