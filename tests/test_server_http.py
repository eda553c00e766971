"""kg.server: the read-only Oxigraph server answers SPARQL over HTTP and refuses writes."""
import http.server
import json
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.server import ServerError, find_oxigraph, free_port, running_server, server_command
from kg.store import open_store

FIXTURE = Path(__file__).parent / "fixtures" / "graphs" / "two_cases.trig"
RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"

try:
    find_oxigraph()
    HAVE_OXIGRAPH = True
except ServerError:
    HAVE_OXIGRAPH = False
needs_server = pytest.mark.skipif(not HAVE_OXIGRAPH, reason="oxigraph server binary not installed")


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory):
    loc = tmp_path_factory.mktemp("srv") / "kg-store"
    with open_store(loc) as st:
        st.load_file(FIXTURE)
    return loc


@pytest.fixture(scope="module")
def server(store_dir):
    with running_server(store_dir, port=free_port(), timeout_s=10) as srv:
        yield srv


def _bindings(body: bytes):
    data = json.loads(body)
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


@needs_server
def test_server_answers_sparql_over_http(server):
    q = ("PREFIX kg: <https://w3id.org/kg-oncocase/vocab#> "
         "SELECT ?case ?age WHERE { GRAPH ?g { ?case kg:ageYears ?age } } ORDER BY ?age")
    rows = _bindings(server.query(q))
    assert rows == [{"case": RA + "/case/1", "age": "23"}, {"case": RB + "/case/1", "age": "61"}]


@needs_server
def test_server_answers_get_with_urlencoded_query(server):
    q = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    url = server.query_url + "?" + urllib.parse.urlencode({"query": q})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        assert _bindings(resp.read()) == [{"n": "281"}]


@needs_server
@pytest.mark.parametrize("path,ctype,body", [
    ("/update", "application/sparql-update", "INSERT DATA { <http://a> <http://b> <http://c> }"),
    ("/update", "application/sparql-update", "DROP ALL"),
    ("/store?default", "application/n-triples", "<http://a> <http://b> <http://c> ."),
])
def test_server_refuses_writes(server, path, ctype, body):
    req = urllib.request.Request(server.url + path, data=body.encode(), method="POST", headers={"Content-Type": ctype})
    with pytest.raises(urllib.error.HTTPError) as ei:
        urllib.request.urlopen(req, timeout=10)
    assert ei.value.code == 403
    rows = _bindings(server.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"))
    assert rows == [{"n": "281"}]


@needs_server
def test_server_update_sent_to_query_endpoint_is_rejected(server):
    with pytest.raises(urllib.error.HTTPError) as ei:
        server.query("INSERT DATA { <http://a> <http://b> <http://c> }")
    assert ei.value.code == 400


@needs_server
def test_server_does_not_refuse_federated_service_calls(server):
    """Oxigraph 0.5's server has no option to disable SERVICE: it calls out to the given endpoint.

    This documents the behaviour (keep the server on loopback); the 'remote' endpoint
    here is a local HTTP server that records the request.
    """
    seen = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def _answer(self):
            seen.append(self.path)
            body = json.dumps({"head": {"vars": ["x"]},
                               "results": {"bindings": [{"x": {"type": "literal", "value": "from-remote"}}]}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            self._answer()

        def do_POST(self):
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            self._answer()

        def log_message(self, *a):
            pass

    remote = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    t = threading.Thread(target=remote.serve_forever, daemon=True)
    t.start()
    try:
        port = remote.server_address[1]
        rows = _bindings(server.query(f"SELECT ?x WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?x }} }}"))
    finally:
        remote.shutdown()
        remote.server_close()
    assert seen, "the server did not contact the SERVICE endpoint"
    assert rows == [{"x": "from-remote"}]


def test_server_refuses_non_loopback_bind(store_dir):
    with pytest.raises(ServerError) as ei:
        server_command(store_dir, host="0.0.0.0", port=7878)
    assert "loopback" in str(ei.value)
    cmd = server_command(store_dir, host="0.0.0.0", port=7878, allow_remote=True)
    assert "0.0.0.0:7878" in cmd


def test_server_command_flags(store_dir):
    cmd = server_command(store_dir, host="127.0.0.1", port=8123, timeout_s=12)
    assert cmd[1:] == ["serve-read-only", "--location", str(store_dir), "--bind", "127.0.0.1:8123", "--timeout-s", "12"]
    assert server_command(store_dir, host="::1", port=8123)[5] == "[::1]:8123"


def test_server_missing_store(tmp_path):
    with pytest.raises(StoreError):
        server_command(tmp_path / "none")


@needs_server
def test_server_stops_after_context(store_dir):
    port = free_port()
    with running_server(store_dir, port=port) as srv:
        proc = srv.process
        assert proc.poll() is None
    assert proc.poll() is not None
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2)
