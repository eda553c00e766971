"""A case store behind a SPARQL 1.1 endpoint (Virtuoso, Oxigraph server, Fuseki...).

``open_store("http://...")`` returns a :class:`RemoteStore`, which offers the
methods of :class:`kg.store.CaseStore` that the rest of kg uses
(``replace_graph``, ``content_hash``, ``named_graphs``, ``count``, ``dump``,
``graph``, ``query``...) and a ``raw`` object with the subset of the
``pyoxigraph.Store`` API that ``kg.query``, ``kg.query.stats`` and
``kg.export`` call (``query(sparql, substitutions=, prefixes=)``,
``named_graphs()``, ``len()``, iteration, ``quads_for_pattern``, ``dump``).

Endpoints are derived from the URL (see README, "Remote stores"):

* ``.../sparql`` or ``.../sparql-auth`` (Virtuoso): queries and updates both go
  to that URL (SPARQL 1.1 protocol, ``query=`` / ``update=`` form posts);
* ``.../query`` (Oxigraph server, Fuseki): updates go to ``.../update``;
* any other URL is a dataset base: ``BASE/query`` and ``BASE/update``
  (``http://127.0.0.1:7878`` -> Oxigraph server's ``/query`` and ``/update``).

Credentials come from the URL (``http://user:password@host/...``) or from the
``KG_STORE_USER`` / ``KG_STORE_PASSWORD`` environment variables; the scheme
(Digest, as Virtuoso's ``/sparql-auth`` wants, or Basic) follows the server's
challenge. Passwords never appear in ``location`` or in error messages.

Parameters of named queries cannot be bound on the server (the protocol has no
bindings), so :func:`bind_variables` substitutes them into the query text as
RDF terms written by rdflib's ``.n3()`` after validation (IRIs checked by
pyoxigraph and rdflib, literals escaped by rdflib) -- never raw strings.

``replace_graph`` sends ONE update request (kg/store/layout.py: summaries
subtracted, ``DROP SILENT GRAPH <g>``, ``INSERT DATA`` of the graph in operations
of at most ``chunk_triples`` triples, terms added if absent, summaries added):
Oxigraph server applies an update request as one transaction, Virtuoso runs one
request in one transaction too.

Virtuoso silently truncates results at ``[SPARQL] ResultSetMaxRows`` and
returns partial results when ``MaxQueryExecutionTime`` is hit ("anytime"
queries); both are announced by response headers, which this module turns into
a StoreError instead of returning fewer rows.
"""
from __future__ import annotations

import os
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit, urlunsplit

import pyoxigraph as ox
import rdflib
from rdflib.term import Literal, URIRef

from kg.errors import StoreError
from kg.prefixes import namespace
from kg.store import layout

GRAPH_PREFIX = namespace("kgg")
_KG = namespace("kg")
_URL_RE = re.compile(r"^https?://", re.IGNORECASE)

_RESULT_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES = {
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
_ACCEPT = ("application/sparql-results+json, application/n-triples;q=0.9, "
           "text/turtle;q=0.8, application/sparql-results+xml;q=0.5")


def is_store_url(location) -> bool:
    return isinstance(location, str) and bool(_URL_RE.match(location.strip()))


# ------------------------------------------------------- binding by substitution ---
def term_n3(term) -> str:
    """A validated RDF term (pyoxigraph or rdflib) in SPARQL/N-Triples syntax, via rdflib ``.n3()``."""
    if isinstance(term, ox.NamedNode):
        term = URIRef(term.value)
    elif isinstance(term, ox.Literal):
        if term.language:
            term = Literal(term.value, lang=term.language)
        else:
            dt = term.datatype.value if term.datatype is not None else None
            if dt == namespace("xsd") + "string":
                dt = None
            term = Literal(term.value, datatype=URIRef(dt) if dt else None)
    if isinstance(term, URIRef):
        try:
            ox.NamedNode(str(term))  # RFC 3987 check
            return term.n3()
        except Exception as e:  # rdflib raises a bare Exception for unsafe IRIs
            raise StoreError(f"not a valid IRI: {str(term)!r} ({e})") from e
    if isinstance(term, Literal):
        return term.n3()
    raise StoreError(f"cannot bind {term!r}: only IRIs and literals can be query parameters")


_TOKEN_RE = re.compile(r"""
    (?P<ws>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
               |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
  | (?P<var>[?$][A-Za-z0-9_\u00B7\u00C0-\uFFFF]+)
  | (?P<word>[A-Za-z_\u00C0-\uFFFF][\w.\-\u00B7\u00C0-\uFFFF]*(?::[\w.\-%\u00B7\u00C0-\uFFFF]*)?|:[\w.\-%]*)
  | (?P<other>.)
""", re.VERBOSE | re.DOTALL)


def bind_variables(sparql: str, bindings: Mapping[str, object]) -> str:
    """Replace the variables in ``bindings`` by constant RDF terms in the query text.

    Same effect as pyoxigraph's ``substitutions`` for kg's named queries: in the
    WHERE clause ``?x`` becomes the term, a projected ``?x`` becomes ``(term AS ?x)``
    (so the column is still returned), and in GROUP BY / ORDER BY / HAVING it
    becomes ``(term)``. A parameter that the query assigns (``AS ?x``) or lists
    in VALUES is refused. Comments, strings and IRIs are never touched.
    """
    if not bindings:
        return sparql
    terms = {}
    for k, v in bindings.items():
        name = k.value if isinstance(k, ox.Variable) else str(k).lstrip("?$")
        terms[name] = term_n3(v)
    out: list[str] = []
    brace = 0
    paren = 0
    projection = False          # inside SELECT ... (before WHERE / '{')
    proj_paren = 0
    prev = ""                   # previous significant token, upper-cased
    for m in _TOKEN_RE.finditer(sparql):
        kind, tok = m.lastgroup, m.group()
        if kind in ("ws", "comment"):
            out.append(tok)
            continue
        if kind == "word":
            up = tok.upper()
            if up == "SELECT":
                projection, proj_paren = True, paren
            elif up in ("WHERE", "FROM") and projection:
                projection = False
        elif kind == "other":
            if tok == "{":
                brace += 1
                projection = False
            elif tok == "}":
                brace -= 1
            elif tok == "(":
                paren += 1
            elif tok == ")":
                paren -= 1
        elif kind == "var" and tok[1:] in terms:
            name, term = tok[1:], terms[tok[1:]]
            if prev in ("AS", "VALUES") or (prev == "(" and _last_word_is_values(out)):
                raise StoreError(f"cannot bind ?{name}: the query assigns it (AS / VALUES)")
            if projection:
                tok = f"({term} AS ?{name})" if paren == proj_paren else term
            elif brace > 0:
                tok = term
            else:
                tok = f"({term})"
        out.append(tok)
        prev = tok.upper() if kind in ("word", "other") else kind
    return "".join(out)


def _last_word_is_values(out: list[str]) -> bool:
    for t in reversed(out[:-1]):
        if t.strip():
            return t.upper() == "VALUES"
    return False


# ------------------------------------------------------------------ endpoints ---
class Endpoints:
    """Query / update URLs and credentials derived from a store URL."""

    def __init__(self, url: str):
        url = url.strip()
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise StoreError(f"not a SPARQL endpoint URL: {url!r}: expected http(s)://host[:port]/path")
        self.user = unquote(parts.username) if parts.username else os.environ.get("KG_STORE_USER")
        self.password = (unquote(parts.password) if parts.password is not None
                         else os.environ.get("KG_STORE_PASSWORD"))
        netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
        if parts.port:
            netloc += f":{parts.port}"
        path = parts.path.rstrip("/")
        base = urlunsplit((parts.scheme, netloc, path, parts.query, ""))
        last = path.rsplit("/", 1)[-1].lower()
        if last in ("sparql", "sparql-auth"):
            self.query = self.update = base
        elif last == "query":
            self.query = base
            self.update = urlunsplit((parts.scheme, netloc, path[: -len("query")] + "update", parts.query, ""))
        else:
            self.query = urlunsplit((parts.scheme, netloc, path + "/query", parts.query, ""))
            self.update = urlunsplit((parts.scheme, netloc, path + "/update", parts.query, ""))
        shown = netloc if not self.user else f"{quote(self.user, safe='')}:***@{netloc}"
        self.display = urlunsplit((parts.scheme, shown, parts.path, parts.query, ""))


class _Http:
    """requests sessions (one per thread), auth chosen from the server's challenge."""

    def __init__(self, ep: Endpoints, timeout: float):
        self.ep = ep
        self.timeout = timeout
        self._local = threading.local()
        self._auth = None

    def _session(self):
        s = getattr(self._local, "session", None)
        if s is None:
            import requests

            s = self._local.session = requests.Session()
        return s

    def post(self, url: str, data: dict, accept: str | None = None, what: str = "request"):
        import requests

        headers = {"Accept": accept} if accept else {}
        sess = self._session()
        try:
            r = sess.post(url, data=data, headers=headers, auth=self._auth, timeout=(10, self.timeout))
            if r.status_code == 401 and self.ep.user is not None and self._auth is None:
                challenge = r.headers.get("WWW-Authenticate", "")
                self._auth = (requests.auth.HTTPDigestAuth(self.ep.user, self.ep.password or "")
                              if challenge.lower().startswith("digest")
                              else requests.auth.HTTPBasicAuth(self.ep.user, self.ep.password or ""))
                r = sess.post(url, data=data, headers=headers, auth=self._auth, timeout=(10, self.timeout))
        except requests.RequestException as e:
            raise StoreError(f"cannot reach SPARQL endpoint {self.ep.display} ({what}): {e}") from e
        if r.status_code >= 400:
            body = r.text.strip().replace("\n", " ")[:400]
            hint = ""
            if r.status_code in (401, 403) or "SECURITY" in body or "permission" in body.lower():
                hint = (" (the endpoint refuses updates: for Virtuoso use /sparql-auth with credentials, "
                        "e.g. http://dba:PASSWORD@host:8890/sparql-auth, or grant SPARQL_UPDATE to the SPARQL user)")
            raise StoreError(f"SPARQL endpoint {self.ep.display} failed the {what}: HTTP {r.status_code}: {body}{hint}")
        _check_complete(r, self.ep.display)
        return r


def _check_complete(r, display: str) -> None:
    """Refuse results that Virtuoso cut short (ResultSetMaxRows, anytime queries)."""
    h = {k.lower(): v for k, v in r.headers.items()}
    if "x-sparql-maxrows" in h:
        raise StoreError(f"{display} truncated the result at {h['x-sparql-maxrows']} rows: raise [SPARQL] "
                         "ResultSetMaxRows in virtuoso.ini (kg refuses partial results)")
    if h.get("x-sql-state") and h.get("x-sql-state") != "00000":
        raise StoreError(f"{display} returned partial results ({h.get('x-sql-state')}: "
                         f"{h.get('x-sql-message', '')}): raise [SPARQL] MaxQueryExecutionTime in virtuoso.ini")


# ---------------------------------------------------------------------- store ---
class RemoteStore:
    """kg's case store on a SPARQL 1.1 endpoint.

    ``graph_prefix``: only named graphs whose IRI starts with it are listed,
    counted and dumped (Virtuoso keeps its own system graphs in the same
    dataset); kg's report graphs all live under ``GRAPH_PREFIX``. Named queries
    read every graph (they match kg's vocabulary only).
    """

    def __init__(self, url: str, read_only: bool = False, *, timeout: float = 300.0,
                 chunk_triples: int = 1000, graph_prefix: str = GRAPH_PREFIX):
        self.endpoints = Endpoints(url)
        self.location = self.endpoints.display
        self.read_only = read_only
        self.chunk_triples = max(1, int(chunk_triples))
        self.graph_prefix = graph_prefix or ""
        self._http: _Http | None = _Http(self.endpoints, timeout)
        self._raw = _RemoteRaw(self)
        self._lateral: bool | None = None

    def __repr__(self) -> str:
        return f"RemoteStore({self.location!r}, read_only={self.read_only})"

    # lifetime
    def __enter__(self) -> "RemoteStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._http = None

    @property
    def http(self) -> _Http:
        if self._http is None:
            raise StoreError("the store is closed")
        return self._http

    @property
    def raw(self) -> "_RemoteRaw":
        self.http  # raises when closed
        return self._raw

    # protocol
    def _select(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean:
        res = self.query(sparql)
        if not isinstance(res, (ox.QuerySolutions, ox.QueryBoolean)):
            raise StoreError(f"{self.location} answered a SELECT/ASK query with a graph")
        return res

    def query(self, sparql: str, substitutions: Mapping | None = None, prefixes: Mapping | None = None):
        """Run SPARQL on the endpoint; pyoxigraph result objects (solutions, boolean or triples)."""
        text = bind_variables(sparql, substitutions or {})
        if prefixes:
            text = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in prefixes.items()) + text
        r = self.http.post(self.endpoints.query, {"query": text}, accept=_ACCEPT, what="query")
        ctype = r.headers.get("Content-Type", "").split(";")[0].strip().lower()
        try:
            if ctype in _RESULT_TYPES:
                return ox.parse_query_results(r.content, _RESULT_TYPES[ctype])
            if ctype in _GRAPH_TYPES:
                return iter(list(ox.parse(r.content, _GRAPH_TYPES[ctype])))
        except (SyntaxError, ValueError) as e:
            raise StoreError(f"{self.location} sent unreadable {ctype} results: {e}") from e
        raise StoreError(f"{self.location} answered with unexpected content type {ctype!r}")

    def update(self, sparql: str, what: str = "update") -> None:
        if self.read_only:
            raise StoreError(f"store {self.location} was opened read-only; open it without read_only to write")
        self.http.post(self.endpoints.update, {"update": sparql}, what=what)

    @property
    def lateral(self) -> bool:
        """Whether the server evaluates LATERAL (Oxigraph does; Virtuoso does not): the summary
        updates then look count nodes up one by one (kg/store/layout.py). Asked once."""
        if self._lateral is None:
            try:
                self.query("SELECT ?y WHERE { BIND(1 AS ?x) LATERAL { BIND(?x AS ?y) } }")
                self._lateral = True
            except StoreError:
                self._lateral = False
        return self._lateral

    # writing
    def replace_graph(self, graph_iri: str, triples: rdflib.Graph | Iterable[tuple],
                      report_metadata: Mapping[str, str] | None = None) -> int:
        """Replace the report graph ``graph_iri`` with ``triples`` in ONE update request: terms to
        the terminology graph, summaries updated (kg/store/layout.py), as the embedded store does."""
        from kg.store import distinct_triples, named_node

        if self.read_only:
            raise StoreError(f"store {self.location} was opened read-only; open it without read_only to write")
        named_node(graph_iri)
        update, n = layout.replace_update(graph_iri, distinct_triples(triples, report_metadata),
                                          chunk=self.chunk_triples, lateral=self.lateral)
        self.update(update, what=f"replacement of graph <{graph_iri}>")
        return n

    def remove_graph(self, graph_iri: str) -> None:
        self.remove_graphs([graph_iri])

    def remove_graphs(self, graph_iris: Iterable[str]) -> None:
        """Drop every report graph of ``graph_iris`` and its summaries in ONE update request (one transaction)."""
        from kg.store import named_node

        nodes = [named_node(g).value for g in graph_iris]
        if nodes:
            self.update(layout.remove_update(nodes, lateral=self.lateral), what=f"removal of {len(nodes)} graph(s)")

    def load_file(self, path: str | Path, fmt: str | None = None) -> None:
        """Load a TriG / N-Quads file as ``CaseStore.load_file`` does, in one update request."""
        from kg.store import FORMATS, load_update

        p = Path(path)
        rf = FORMATS[fmt] if fmt else ox.RdfFormat.from_extension(p.suffix.lstrip("."))
        if rf is None:
            raise StoreError(f"cannot tell the RDF format of {p}; pass fmt=")
        try:
            update = load_update(ox.parse(path=str(p), format=rf), chunk=self.chunk_triples, lateral=self.lateral)
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"cannot load {p}: {e}") from e
        if update:
            self.update(update, what="load")

    # reading
    def _scope(self, var: str = "?g") -> str:
        """kg's graphs: the report graphs (``graph_prefix``), the terminology and summaries graphs."""
        if not self.graph_prefix:
            return ""
        derived = ", ".join(f"<{g}>" for g in layout.derived_graphs())
        return f"FILTER(STRSTARTS(STR({var}), {term_n3(Literal(self.graph_prefix))}) || {var} IN ({derived}))"

    def named_graphs(self) -> list[str]:
        """The report graphs (not the terminology and summaries graphs)."""
        sols = self._select(f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._scope()} }}")
        derived = layout.derived_graphs()
        return sorted(s["g"].value for s in sols if isinstance(s["g"], ox.NamedNode) and s["g"].value not in derived)

    def contains_graph(self, graph_iri: str) -> bool:
        from kg.store import named_node

        res = self.query("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": named_node(graph_iri)})
        return bool(res)

    def count(self, graph: str | None = None) -> int:
        """Number of quads in kg's graphs, or of triples in one named graph."""
        from kg.store import named_node

        if graph is None:
            sols = self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._scope()} }}")
        else:
            sols = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": named_node(graph)})
        return next((int(s["n"].value) for s in sols), 0)

    def graph_hash(self, graph_iri: str) -> str | None:
        from kg.store import named_node

        sols = self.query(
            "SELECT ?g ?h WHERE { GRAPH ?g { ?r kg:contentHash ?h } } ORDER BY ?h LIMIT 1",
            {"g": named_node(graph_iri)}, prefixes={"kg": _KG})
        for s in sols:
            return s["h"].value
        return None

    content_hash = graph_hash

    def graph_hashes(self) -> dict[str, str]:
        sols = self.query("SELECT ?g ?h WHERE { GRAPH ?g { ?r kg:contentHash ?h } }",
                          prefixes={"kg": _KG})
        return {s["g"].value: s["h"].value for s in sols}

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        """Quads of one named graph, or of every graph in scope (one SELECT, streamed by the server)."""
        from kg.store import named_node

        if graph is not None:
            g = named_node(graph)
            sols = self.query("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": g})
        else:
            sols = self._select(f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._scope()} }}")
        for s in sols:
            yield ox.Quad(s["s"], s["p"], s["o"], s["g"])

    def _local_copy(self, graph: str | None = None) -> ox.Store:
        st = ox.Store()
        st.extend(self.quads(graph))
        return st

    def dump(self, format: str = "trig", graph: str | None = None) -> bytes:
        from kg.store import CaseStore

        if graph is not None and not self.contains_graph(graph):
            from kg.errors import StoreNotFoundError

            raise StoreNotFoundError(f"no named graph <{graph}> in the store (`kg stats`, `kg cases` show what it holds)")
        return CaseStore(self._local_copy(graph), None, False).dump(format, graph)

    def graph(self, graph_iri: str) -> rdflib.Graph:
        from kg.store import to_rdflib

        g = rdflib.Graph(identifier=URIRef(graph_iri))
        for q in self.quads(graph_iri):
            g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        return g

    def dataset(self) -> rdflib.Dataset:
        from kg.store import CaseStore

        return CaseStore(self._local_copy(), None, False).dataset()


class _RemoteRaw:
    """The part of the pyoxigraph Store API that kg.query / kg.query.stats / kg.export use."""

    def __init__(self, store: RemoteStore):
        self._s = store

    def query(self, query: str, *, substitutions: Mapping | None = None, prefixes: Mapping | None = None,
              **_ignored):
        return self._s.query(query, substitutions, prefixes)

    def update(self, update: str, **_ignored) -> None:
        self._s.update(update)

    def named_graphs(self) -> Iterator[ox.NamedNode]:
        return iter([ox.NamedNode(g) for g in self._s.named_graphs()])

    def contains_named_graph(self, graph) -> bool:
        return self._s.contains_graph(graph.value if isinstance(graph, ox.NamedNode) else str(graph))

    def __len__(self) -> int:
        return self._s.count()

    def __iter__(self) -> Iterator[ox.Quad]:
        return self._s.quads()

    def quads_for_pattern(self, subject=None, predicate=None, object=None, graph_name=None) -> Iterator[ox.Quad]:
        quads = self._s.quads(graph_name.value if isinstance(graph_name, ox.NamedNode) else None)
        return (q for q in quads
                if (subject is None or q.subject == subject) and (predicate is None or q.predicate == predicate)
                and (object is None or q.object == object))

    def dump(self, output=None, format=None, *, from_graph=None, **kwargs):
        graph = from_graph.value if isinstance(from_graph, ox.NamedNode) else None
        local = self._s._local_copy(graph)
        data = local.dump(format=format, from_graph=from_graph, **kwargs) if from_graph is not None \
            else local.dump(format=format, **kwargs)
        if output is None:
            return data
        if hasattr(output, "write"):
            output.write(data)
        else:
            Path(output).write_bytes(data)
        return None


__all__ = ["RemoteStore", "Endpoints", "bind_variables", "term_n3", "is_store_url", "GRAPH_PREFIX"]
