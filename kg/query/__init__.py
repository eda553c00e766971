"""Named SPARQL queries (queries/*.rq) run against the case store.

Each ``.rq`` file starts with a comment header::

    # name: cases_by_fusion_gene
    # summary: one line
    # param: gene (literal) — HGNC symbol
    # param: case (iri, optional) — restrict the rows to one patient case

Parameter types: ``literal`` (plain xsd:string), ``iri``, ``integer``, ``decimal``,
``boolean``, and ``term``: an ontology term given as a CURIE (``HGNC:427``, expanded through
the project's one prefix map in kg/graph/iri.py) or an IRI, bound as that IRI; any other value
(a label such as ``ROS1``) is bound as a plain string, for the query to match by label. Values are bound with pyoxigraph ``substitutions`` (never formatted
into the query text). Oxigraph only substitutes variables of the SELECT
projection, so every parameter variable is projected by its query. An optional
parameter left out stays an ordinary variable (e.g. all cases instead of one).
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

import kg
from kg.errors import QueryError
from kg.graph.iri import term_iri, terms_graph_iri
from kg.prefixes import namespace
from kg.query import paging, ranking
from kg.query.safety import refuse_service
from kg.store.pages import page_bucket
from kg.store.summaries import case_total

QUERIES_DIR = Path(os.environ.get("KG_QUERIES_DIR") or kg.QUERIES_DIR)   # queries/, or its copy in a wheel
PARAM_TYPES = ("literal", "iri", "integer", "decimal", "boolean", "term")
_XSD = namespace("xsd")
_RDFS_LABEL = namespace("rdfs") + "label"
_INT_TYPES = {_XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                  "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                  "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {_XSD + t for t in ("decimal", "double", "float")}

_CURIE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]*:[^\s:/][^\s]*$")   # PREFIX:local, not http://...
_NAME_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_PARAM_RE = re.compile(r"^#\s*param:\s*([A-Za-z_][A-Za-z0-9_]*)\s*"
                       r"(?:\(\s*([A-Za-z]+)\s*(?:,\s*([A-Za-z]+)\s*)?\))?\s*(?:—|–|--|-|:)?\s*(.*)$")


@dataclass(frozen=True)
class QueryParam:
    name: str
    type: str = "literal"
    description: str = ""
    optional: bool = False


@dataclass(frozen=True)
class NamedQuery:
    name: str
    summary: str
    params: list[QueryParam] = field(default_factory=list)
    text: str = ""
    path: str = ""
    # the query without its final top-level ORDER BY (callers that sort rows themselves)
    unordered_text: str = ""
    # a listing by term pages (kg.query.paging): the term parameter or CURIE its pages are of
    page_by: str = ""

    @property
    def param_names(self) -> list[str]:
        return [p.name for p in self.params]


# "ORDER BY ?a ?b" as the query's last line (outside any braces): Oxigraph compares IRIs by
# their strings, so sorting 100k rows costs more than finding them.
_FINAL_ORDER_BY = re.compile(r"\n[ \t]*ORDER BY[^\n{}]*\s*\Z", re.I)


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    name, summary, params, page_by = path.stem, "", [], ""
    for line in text.splitlines():
        s = line.strip()
        if not s:
            continue
        if not s.startswith("#"):
            break
        body = s.lstrip("#").strip()
        if body.startswith("name:"):
            name = body[5:].strip()
        elif body.startswith("summary:"):
            summary = body[8:].strip()
        elif body.startswith("page by:"):
            page_by = body[8:].strip()
        elif body.startswith("param:"):
            m = _PARAM_RE.match(s)
            if not m:
                raise QueryError(f"{path}: cannot read parameter line {s!r}: expected '# param: NAME (TYPE) — description'")
            ptype = (m.group(2) or "literal").lower()
            if ptype == "string":
                ptype = "literal"
            if ptype not in PARAM_TYPES:
                raise QueryError(f"{path}: parameter {m.group(1)} has unknown type {ptype!r}: expected one of {PARAM_TYPES}")
            flag = (m.group(3) or "").lower()
            if flag not in ("", "optional"):
                raise QueryError(f"{path}: parameter {m.group(1)} has unknown flag {m.group(3)!r}: expected '(TYPE)' "
                                 "or '(TYPE, optional)'")
            params.append(QueryParam(m.group(1), ptype, m.group(4).strip(), optional=flag == "optional"))
    # the embedded store would execute a federated SERVICE call: no named query may reach out
    refuse_service(text, str(path))
    if name != path.stem:
        raise QueryError(f"{path}: header says name {name!r} but the file is {path.stem}.rq; make them equal")
    for p in params:
        if not re.search(r"\?" + re.escape(p.name) + r"\b", text):
            raise QueryError(f"{path}: parameter {p.name} is declared but ?{p.name} is not used in the query")
    if page_by and not any(p.name == page_by and p.type == "term" for p in params) and not _CURIE_RE.match(page_by):
        raise QueryError(f"{path}: '# page by: {page_by}' names neither a term parameter nor a CURIE")
    if bool(page_by) != bool(paging.TERM_ANCHOR.search(text)):
        raise QueryError(f"{path}: a listing by term pages needs both a '# page by:' header and the anchor "
                         "BIND(CONCAT(SUBSTR(SHA1(STR(...)), 1, 16), \" \", STR(?page_bucket)) AS ?term_page)")
    tail = _FINAL_ORDER_BY.search(text)
    return NamedQuery(name=name, summary=summary, params=params, text=text, path=str(path),
                      unordered_text=text[:tail.start()] + "\n" if tail else text, page_by=page_by)


def list_queries(directory: str | Path | None = None) -> list[NamedQuery]:
    d = Path(directory) if directory else QUERIES_DIR
    if not d.is_dir():
        raise QueryError(f"query directory {d} not found (set KG_QUERIES_DIR)")
    return [_parse(p) for p in sorted(d.glob("*.rq"))]


def load_query(name: str, directory: str | Path | None = None) -> NamedQuery:
    d = Path(directory) if directory else QUERIES_DIR
    if not isinstance(name, str) or not _NAME_RE.match(name):
        raise QueryError(f"invalid query name {name!r}: expected letters, digits and underscores")
    path = d / f"{name}.rq"
    if not path.is_file():
        known = ", ".join(q.name for q in list_queries(d)) if d.is_dir() else ""
        raise QueryError(f"unknown query {name!r}; known queries: {known or '(none)'}")
    return _parse(path)


def _term(param: QueryParam, value: str) -> ox.NamedNode | ox.Literal:
    """A ``term`` parameter: CURIE or IRI -> the term's IRI; anything else -> a label literal."""
    v = value.strip()
    if v.startswith(("http://", "https://")):
        return _bind(QueryParam(param.name, "iri"), v)
    if _CURIE_RE.match(v):
        try:
            return ox.NamedNode(str(term_iri(v)))
        except ValueError as e:
            raise QueryError(f"parameter {param.name}: {value!r} looks like a CURIE but {e}") from e
    return ox.Literal(value)

def describe_queries(queries: list[NamedQuery]) -> str:
    """What `kg query --list` prints: per query its name and parameters (``[name]`` when optional)
    and summary on one line, then one indented line per parameter with its type and meaning (from
    the ``# param:`` lines of the .rq header).

    >>> q = NamedQuery("cases_by_fusion_gene", "Cases with a fusion of a gene.",
    ...                [QueryParam("gene", "literal", "HGNC symbol of a partner (e.g. ROS1)")])
    >>> print(describe_queries([q]), end="")
    cases_by_fusion_gene gene — Cases with a fusion of a gene.
        gene (literal, required): HGNC symbol of a partner (e.g. ROS1)
    """
    lines = []
    for q in queries:
        params = " ".join(f"[{p.name}]" if p.optional else p.name for p in q.params)
        lines.append(f"{q.name}{' ' + params if params else ''} — {q.summary}")
        for p in q.params:
            lines.append(f"    {p.name} ({p.type}, {'optional' if p.optional else 'required'}): "
                         f"{p.description or '-'}")
    return "".join(line + "\n" for line in lines)


def _bind(param: QueryParam, value) -> ox.NamedNode | ox.Literal:
    if not isinstance(value, str):
        value = str(value)
    t = param.type
    if t == "term":
        return _term(param, value)
    if t == "iri":
        try:
            return ox.NamedNode(value.strip())
        except ValueError as e:
            raise QueryError(f"parameter {param.name}: {value!r} is not a valid absolute IRI ({e})") from e
    if t == "integer":
        try:
            return ox.Literal(str(int(value.strip())), datatype=ox.NamedNode(_XSD + "integer"))
        except ValueError as e:
            raise QueryError(f"parameter {param.name}: {value!r} is not an integer") from e
    if t == "decimal":
        try:
            d = Decimal(value.strip())
            if not d.is_finite():
                raise InvalidOperation
        except InvalidOperation as e:
            raise QueryError(f"parameter {param.name}: {value!r} is not a decimal number") from e
        return ox.Literal(format(d, "f"), datatype=ox.NamedNode(_XSD + "decimal"))
    if t == "boolean":
        v = value.strip().lower()
        if v not in ("true", "false", "1", "0"):
            raise QueryError(f"parameter {param.name}: {value!r} is not a boolean (true/false)")
        return ox.Literal("true" if v in ("true", "1") else "false", datatype=ox.NamedNode(_XSD + "boolean"))
    return ox.Literal(value)


def _py(term):
    """pyoxigraph term -> plain Python value (IRIs and strings as str)."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype is not None else ""
        try:
            if dt in _INT_TYPES:
                return int(term.value)
            if dt in _FLOAT_TYPES:
                return float(term.value)
            if dt == _XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    return term.value  # NamedNode / BlankNode


def _raw_store(store):
    return store.raw if hasattr(store, "raw") else store


def _prepare(store, name: str, params: dict | None, directory) -> tuple[NamedQuery, dict]:
    q = load_query(name, directory)
    params = dict(params or {})
    declared = {p.name: p for p in q.params}
    missing = [p for p in declared if p not in params and not declared[p].optional]
    extra = [p for p in params if p not in declared]
    if missing or extra:
        parts = []
        if missing:
            parts.append(f"missing parameter(s) {', '.join(missing)}")
        if extra:
            parts.append(f"unknown parameter(s) {', '.join(extra)}")
        expected = ", ".join(f"{p.name} ({p.type}{', optional' if p.optional else ''})" for p in q.params) or "none"
        raise QueryError(f"query {name}: {'; '.join(parts)}; expected: {expected}")
    return q, {ox.Variable(k): _bind(declared[k], v) for k, v in params.items()}


def _execute(store, q: NamedQuery, text: str, subs: dict) -> tuple[list[str], list[list]]:
    try:
        result = _raw_store(store).query(text, substitutions=subs or None)
    except SyntaxError as e:
        raise QueryError(f"query {q.name} ({q.path}) is not valid SPARQL: {e}") from e
    except (OSError, RuntimeError, ValueError) as e:
        raise QueryError(f"query {q.name} failed: {e}") from e
    if isinstance(result, ox.QueryBoolean):
        return ["result"], [[bool(result)]]
    if isinstance(result, ox.QuerySolutions):
        columns = [v.value for v in result.variables]
        rows = [[_py(v) for v in sol] for sol in result]  # positional: values in `columns` order
        return columns, rows
    # CONSTRUCT / DESCRIBE
    columns = ["subject", "predicate", "object"]
    return columns, [[_py(t.subject), _py(t.predicate), _py(t.object)] for t in result]


def _page_args(limit, offset, after) -> tuple[int | None, int, str | None]:
    try:
        limit = None if limit is None else int(limit)
        offset = int(offset or 0)
    except (TypeError, ValueError) as e:
        raise QueryError(f"limit and offset must be whole numbers ({e})") from e
    if (limit is not None and limit < 0) or offset < 0:
        raise QueryError("limit and offset must not be negative")
    if after is not None:
        try:
            after = ox.NamedNode(str(after).strip()).value
        except ValueError as e:
            raise QueryError(f"after: {after!r} is not a valid case IRI ({e})") from e
    return limit, offset, after


def iter_query(store, name: str, params: dict[str, str] | None = None, directory: str | Path | None = None,
               ordered: bool = True, limit: int | None = None, offset: int = 0,
               after: str | None = None) -> tuple[list[str], Iterator[list]]:
    """Run the named query; (columns, rows as they come). See ``run_query``.

    A listing (kg.query.paging) without a bound ``case`` runs a few page buckets at a time, so
    the first rows come at once and memory stays flat however many cases the store holds."""
    q, subs = _prepare(store, name, params, directory)
    limit, offset, after = _page_args(limit, offset, after)
    text = q.text if ordered else q.unordered_text
    listing = paging.is_listing(text) and "case" not in (params or {})
    if paging.is_listing(text) and not listing:
        # one case: its page bucket as the VALUES a page has (Oxigraph plans the bound case alone
        # differently: case_evidence 170 ms -> 2.5 ms at 10k cases)
        text = paging.with_buckets(text, [page_bucket(str(params["case"]).strip())], _page_terms(store, q, subs))
    if not listing:
        if after is not None:
            raise QueryError(f"query {name} is not a listing of cases: it takes limit/offset, not after")
        kind = ranking.ranked_kind(text)
        if ordered and limit is not None and kind is not None and not params:
            # the largest counts: only the top bands' count nodes are read (kg.query.ranking); a
            # parameter could leave out counts of those bands, so a query with one reads them all
            text = ranking.with_bands(text, ranking.top_bands(lambda t: _band_sizes(store, t), kind, limit + offset))
        if limit is not None or offset:
            text += f"\nLIMIT {limit if limit is not None else 10**18} OFFSET {offset}\n"   # integers only
        columns, rows = _execute(store, q, text, subs)
        return columns, iter(rows)
    want = None if limit is None else limit + offset
    total = case_total(store) if want is not None else None
    batches = paging.iter_batches(lambda t: _execute(store, q, t, subs), text, want=want, after=after,
                                  cases_total=total, terms=_page_terms(store, q, subs))
    try:
        columns, first = next(batches)
    except StopIteration:   # pragma: no cover - there is always at least one batch
        columns, first = [], []

    def rows() -> Iterator[list]:
        skip, left = offset, limit
        for batch in _chain(first, batches):
            for r in batch:
                if skip:
                    skip -= 1
                    continue
                if left is not None:
                    if left <= 0:
                        return
                    left -= 1
                yield r

    return columns, rows()


def _page_terms(store, q: NamedQuery, subs: dict) -> list[str] | None:
    """The term IRIs whose term pages a listing by term pages reads (its '# page by:' header): a
    CURIE, or a term parameter's IRI, or the terms whose label is the parameter's text (any case)."""
    if not q.page_by:
        return None
    if q.page_by not in q.param_names:
        return [str(term_iri(q.page_by))]
    value = subs.get(ox.Variable(q.page_by))
    if value is None:
        return []
    if isinstance(value, ox.NamedNode):
        return [value.value]
    quick = _terms_labelled(store, value)
    if quick:
        return quick
    found = _raw_store(store).query(
        f"SELECT DISTINCT ?t ?label WHERE {{ GRAPH <{terms_graph_iri()}> {{ ?t <{_RDFS_LABEL}> ?l }} "
        "FILTER(UCASE(STR(?l)) = UCASE(STR(?label))) }", substitutions={ox.Variable("label"): value})
    return sorted({sol["t"].value for sol in found if isinstance(sol["t"], ox.NamedNode)})


def _terms_labelled(store, value) -> list[str]:
    """The terms labelled ``value`` as given, upper-case, lower-case or capitalized (ROS1, crizotinib,
    Crizotinib): index lookups on the embedded store (~0.1 ms), where matching every label of the
    terminology graph in any case takes a scan (~15-30 ms). [] when none is (the caller then scans:
    a label in another casing), or on a store without quad lookups (remote)."""
    raw = _raw_store(store)
    if not isinstance(value, ox.Literal) or not hasattr(raw, "quads_for_pattern"):
        return []
    text, label, graph = value.value, ox.NamedNode(_RDFS_LABEL), ox.NamedNode(str(terms_graph_iri()))
    found = {q.subject.value
             for v in dict.fromkeys((text, text.upper(), text.lower(), text.capitalize()))
             for q in raw.quads_for_pattern(None, label, ox.Literal(v), graph) if isinstance(q.subject, ox.NamedNode)}
    return sorted(found)


def _band_sizes(store, text: str) -> list[tuple[str, int]]:
    try:
        return [(sol[0].value, int(sol[1].value)) for sol in _raw_store(store).query(text)]
    except (OSError, RuntimeError, ValueError, SyntaxError) as e:
        raise QueryError(f"cannot read the bands of the kept counts: {e}") from e


def run_buckets(store, name: str, buckets: list[int], params: dict[str, str] | None = None,
                directory: str | Path | None = None, ordered: bool = True) -> tuple[list[str], list[list]]:
    """The rows of a listing for the cases of the page ``buckets`` only (kg.query.paging)."""
    q, subs = _prepare(store, name, params, directory)
    text = q.text if ordered else q.unordered_text
    return _execute(store, q, paging.with_buckets(text, buckets, _page_terms(store, q, subs)), subs)


def _chain(first: list, batches) -> Iterator[list]:
    yield first
    for _, rows in batches:
        yield rows


def run_query(store, name: str, params: dict[str, str] | None = None,
              directory: str | Path | None = None, ordered: bool = True, limit: int | None = None,
              offset: int = 0, after: str | None = None) -> tuple[list[str], list[list]]:
    """Run the named query with its parameters bound; returns (columns, rows).

    ``ordered=False`` drops the query's final ORDER BY, for callers that sort the rows
    themselves (`kg cases`): same rows, in any order, at a fraction of the cost.
    ``limit`` / ``offset``: a page of the rows (in the query's order); ``after``: a listing's rows
    after those of the case with this IRI (a cursor: the last case of the previous page).
    Parameters are bound as RDF terms of their declared type, never formatted into the query.

    ``store`` below is an open store (``open_store("kg-store", read_only=True)``) holding two reports:

    >>> columns, rows = run_query(store, "cases_by_fusion_gene", {"gene": "ROS1"})
    >>> columns
    ['gene', 'report', 'case', 'fusion', 'five_prime', 'three_prime']
    >>> [row[3:] for row in rows]
    [['YWHAE::ROS1', 'YWHAE', 'ROS1']]
    >>> rows_as_dicts(*run_query(store, "cases_per_tumor_type"))[0]
    {'tumor_id': 'NCIT:C6481', 'tumor': 'inflammatory myofibroblastic tumor', 'cases': 1}
    """
    columns, rows = iter_query(store, name, params, directory, ordered, limit, offset, after)
    return columns, list(rows)


def rows_as_dicts(columns: list[str], rows: list[list]) -> list[dict]:
    return [dict(zip(columns, r)) for r in rows]


def format_rows(columns: list[str], rows: list[list], fmt: str = "table") -> str:
    """Render rows as a rich table (plain text), CSV or JSON (list of objects)."""
    fmt = (fmt or "table").lower()
    if fmt == "json":
        return json.dumps(rows_as_dicts(columns, rows), indent=1, ensure_ascii=False)
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if v is None else (str(v).lower() if isinstance(v, bool) else v) for v in r])
        return buf.getvalue()
    if fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r))
        console = Console(file=io.StringIO(), width=200, record=True, color_system=None)
        console.print(table)
        return console.export_text().rstrip("\n") + f"\n{len(rows)} row(s)"
    raise QueryError(f"unknown output format {fmt!r}: expected table, csv or json")


def format_stream(columns: list[str], rows, fmt: str = "table", chunk: int = 500) -> Iterator[str]:
    """``format_rows`` as text pieces, rows read as they come (memory flat): CSV and JSON are the
    same text as ``format_rows``; a table is printed in tables of ``chunk`` rows."""
    fmt = (fmt or "table").lower()
    if fmt not in ("table", "csv", "json"):
        raise QueryError(f"unknown output format {fmt!r}: expected table, csv or json")
    n = 0
    if fmt == "json":
        for r in rows:
            obj = json.dumps(dict(zip(columns, r)), indent=1, ensure_ascii=False)
            yield ("[\n" if n == 0 else ",\n") + "\n".join(" " + line for line in obj.split("\n"))
            n += 1
        yield "\n]\n" if n else "[]\n"
        return
    if fmt == "csv":
        yield format_rows(columns, [], "csv")
        batch: list[list] = []
        for r in rows:
            batch.append(r)
            if len(batch) >= chunk:
                yield format_rows(columns, batch, "csv").split("\n", 1)[1]
                batch = []
        if batch:
            yield format_rows(columns, batch, "csv").split("\n", 1)[1]
        return
    batch = []
    for r in rows:
        batch.append(r)
        n += 1
        if len(batch) >= chunk:
            yield format_rows(columns, batch, "table").rsplit("\n", 1)[0] + "\n"
            batch = []
    if batch or not n:
        yield format_rows(columns, batch, "table").rsplit("\n", 1)[0] + "\n"
    yield f"{n} row(s)\n"


__all__ = ["format_stream", "NamedQuery", "QueryParam", "list_queries", "load_query", "run_query", "iter_query", "run_buckets", "format_rows", "describe_queries",
           "rows_as_dicts", "QUERIES_DIR", "PARAM_TYPES"]
