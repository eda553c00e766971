"""The SERVICE check reads queries with a SPARQL parser: every form of SERVICE is refused, the
word elsewhere is not, and no query it accepts makes Oxigraph connect anywhere."""
import socket
import threading

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import QueryError
from kg.query.safety import refuse_service


class Listener:
    """A TCP listener on 127.0.0.1 that counts connections (the SERVICE target)."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.settimeout(0.2)
        self.connections = 0
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/sparql"
        self._stop = False
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self):
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            self.connections += 1
            conn.close()

    def close(self):
        self._stop = True
        self._thread.join()
        self.sock.close()


@pytest.fixture(scope="module")
def listener():
    lst = Listener()
    yield lst
    lst.close()


def _store() -> ox.Store:
    """One triple in the default graph and one in a named graph: no pattern is empty."""
    store = ox.Store()
    s, p, o = (ox.NamedNode(f"http://example.org/{x}") for x in "spo")
    store.add(ox.Quad(s, p, o))
    store.add(ox.Quad(s, p, o, ox.NamedNode("http://example.org/g")))
    return store


def _connects(query: str, listener: Listener) -> bool:
    """Does Oxigraph (the engine `kg query` runs) open a connection for ``query``?"""
    before = listener.connections
    subs = {ox.Variable("where"): ox.NamedNode(listener.url)}   # as `kg query -p where=...` would bind it
    try:
        result = _store().query(query, substitutions=subs if "?where" in query else None)
        if not isinstance(result, ox.QueryBoolean):
            list(result)
    except Exception:  # noqa: BLE001 - syntax errors, refused connections: only the count matters
        pass
    return listener.connections > before


def _refused(query: str) -> bool:
    try:
        refuse_service(query, "q.rq")
    except QueryError:
        return True
    return False


SERVICE_FORMS = [
    "SELECT * WHERE { SERVICE <{L}> { ?s ?p ?o } }",
    "select * where { service <{L}> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE SILENT <{L}> { ?s ?p ?o } }",
    "SELECT ?where WHERE { SERVICE ?where { ?s ?p ?o } }",   # the endpoint a bound parameter
    "SELECT * WHERE { ?a ?b ?c OPTIONAL { SERVICE <{L}> { ?s ?p ?o } } }",
    "SELECT * WHERE { { ?a ?b ?c } UNION { SERVICE <{L}> { ?s ?p ?o } } }",
    "SELECT * WHERE { ?a ?b ?c MINUS { SERVICE <{L}> { ?a ?b ?c } } }",
    "SELECT * WHERE { GRAPH ?g { SERVICE <{L}> { ?s ?p ?o } } }",
    "SELECT * WHERE { { SELECT ?s WHERE { SERVICE <{L}> { ?s ?p ?o } } } }",
    "SELECT * WHERE { BIND(1 AS ?one) FILTER EXISTS { SERVICE <{L}> { ?s ?p ?o } } }",
    "ASK { SERVICE <{L}> { ?s ?p ?o } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{L}> { ?s ?p ?o } }",
    "DESCRIBE ?s WHERE { SERVICE <{L}> { ?s ?p ?o } }",
    "PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:p ?o .\n  SERVICE <{L}> { ?s ?p ?o } }",
    # what hid SERVICE from the old string stripper: '#' or a quote inside an IRI on the same line
    "SELECT * WHERE { BIND(<http://example.org/#p> AS ?x) SERVICE <{L}> { ?s ?p ?o } }",
    "SELECT * WHERE { BIND(<http://example.org/it's> AS ?x) SERVICE <{L}> { ?s ?p ?o } BIND(<http://example.org/'> AS ?y) }",
    # a comment ends at a carriage return in SPARQL (rdflib alone reads on to the line feed)
    "SELECT * WHERE { ?s ?p ?o # note\rSERVICE <{L}> { ?a ?b ?c }\n}",
]

NOT_SERVICE = [
    "# name: w\n# SERVICE <http://example.org/> { }\nSELECT ?s WHERE { ?s ?p ?o }",
    'SELECT ?s WHERE { ?s ?p "SERVICE <http://example.org/> { }" }',
    "SELECT ?s WHERE { ?s ?p '''a\nSERVICE <http://example.org/> { ?s ?p ?o }\n''' }",
    "SELECT ?service WHERE { ?service ?p ?o }",
    "SELECT ?s WHERE { ?s <http://example.org/SERVICE> ?o }",
    "PREFIX ex: <http://example.org/>\nSELECT ?s WHERE { ?s ex:SERVICE ex:service }",
    "SELECT ?s WHERE { ?s ?p ?o FILTER(CONTAINS(STR(?o), \"service\")) }",
]


@pytest.mark.parametrize("template", SERVICE_FORMS)
def test_every_form_of_service_is_refused(template, listener):
    query = template.replace("{L}", listener.url)
    assert _connects(query, listener), "the case must be a real SERVICE call to Oxigraph"
    with pytest.raises(QueryError, match=r"^q\.rq: .*SERVICE"):
        refuse_service(query, "q.rq")


@pytest.mark.parametrize("query", NOT_SERVICE)
def test_service_as_a_word_in_text_is_not_a_call(query):
    refuse_service(query, "q.rq")   # no error


def test_unparseable_query_is_refused_not_run():
    with pytest.raises(QueryError, match="cannot be checked|refused"):
        refuse_service("SELECT * WHERE { ?s ?p ", "broken.rq")


# Fragments a hostile query is made of: comments, strings, IRIs with '#' and quotes, line ends.
_FRAGMENTS = [
    "?s ?p ?o .", "?s <http://example.org/#p> ?o .", "?s <http://example.org/it's> ?o .",
    "?s ?p \"a # b\" .", "?s ?p 'it''s' .", "?s ?p '''x\n# y''' .", "?s ?p \"\"\"q\"\" \"\"\" .",
    "# comment", "#", "\n", "\r", "\r\n", " ", "\t",
    "SERVICE <{L}> { ?a ?b ?c }", "service silent <{L}> { }", "OPTIONAL { ?s ?p ?o }",
    "\"", "'", "<", ">", "{", "}", "\\u0053ERVICE <{L}> { }", "FILTER(?o != \"#\")",
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_FRAGMENTS), min_size=1, max_size=8))
def test_no_accepted_query_connects(listener, parts):
    """Property: whatever the check lets through, Oxigraph runs without a SERVICE connection."""
    query = "SELECT * WHERE { " + " ".join(parts).replace("{L}", listener.url) + " }"
    if not _refused(query):
        assert not _connects(query, listener), repr(query)
