"""Hypothesis properties of the graph stage (kg.model -> kg.graph.build -> RDF -> store).

- a ReportRecord of arbitrary CaseRecords builds a graph that round-trips through Turtle, TriG,
  N-Triples (rdflib) and the Oxigraph store (what `kg ingest` writes) isomorphically;
- building twice (and from a deep copy) gives the identical graph;
- IRIs minted by kg/graph/iri.py from arbitrary Unicode ids, labels and indices are valid IRIs for
  Oxigraph and survive serialization;
- a record with plausible values always conforms to the SHACL shapes; a record with any values
  either conforms or fails with kg.errors.ValidationError (never another exception).
"""
from __future__ import annotations

import copy
import datetime as dt
import hashlib
import string
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox
import rdflib
import rdflib.compare
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import ValidationError
from kg.graph import iri as iris
from kg.graph.build import build_report_graph
from kg.model import (SECTION_KINDS, AdverseEvent, CaseRecord, Concept, Diagnosis, Document, DrugAdministration,
                      Evidence, Fusion, Procedure, ReportRecord, Response, Treatment)
from kg.store import open_store, to_rdflib
from kg.validate import ensure_valid, validate_graph

FAST = settings(max_examples=40, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
SHACL = settings(max_examples=30, derandomize=True, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# Any Unicode the readers can hand out (they replace lone surrogates, see test_reliability_bad_inputs).
any_text = st.text(max_size=30)
plain_text = st.text(alphabet=string.ascii_letters + string.digits + " -().,/µé", min_size=1, max_size=30)
KINDS = ("tumor", "drug", "drug_class", "gene", "response", "adverse_event", "procedure")
PREFIXES = ("NCIT", "HGNC", "SO", "KG", "DRUGBANK", "MEDDRA", "ONCOTREE", "CHEBI")


# Roles of a term in a case graph -> the concept kinds the extractor gives it.
ROLE_KINDS = {"tumor": ("tumor",), "drug": ("drug", "drug_class"), "gene": ("gene",), "response": ("response",),
              "adverse_event": ("adverse_event",), "procedure": ("procedure",)}


def concepts(valid: bool, role: str = "drug"):
    """Plausible: the kind fits the role and each role has its own ids (the extractor never uses one
    CURIE as both a drug and a tumor). Any: every kind/id anywhere (such graphs may fail SHACL)."""
    if valid:
        local = st.text(alphabet=string.ascii_letters + string.digits + "_-.", min_size=1, max_size=12)
        curie = st.builds(lambda p, l: f"{p}:{role}{l}", st.sampled_from(PREFIXES), local)
        return st.builds(Concept, id=st.none() | curie, label=plain_text, kind=st.sampled_from(ROLE_KINDS[role]))
    curie = st.builds(lambda p, l: f"{p}:{l}", st.sampled_from(PREFIXES), any_text.filter(bool))
    return st.builds(Concept, id=st.none() | curie, label=any_text.filter(bool), kind=st.sampled_from(KINDS))


def evidences(valid: bool):
    @st.composite
    def ev(draw):
        n = st.integers(0, 10_000) if valid else st.integers(-5, 10_000)
        a, b, c, d = (draw(n) for _ in range(4))
        if valid:
            a, b = sorted((a, b))
            c, d = sorted((c, d))
        text = plain_text if valid else any_text
        kind = st.sampled_from(SECTION_KINDS) if valid else st.sampled_from(SECTION_KINDS) | any_text
        return Evidence(draw(kind), draw(text), draw(text), a, b, draw(text), c, d)
    return st.none() | ev()


def dates(valid: bool):
    good = st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)).flatmap(
        lambda d: st.sampled_from([d.isoformat(), d.isoformat()[:7], d.isoformat()[:4]]))
    return st.none() | good if valid else st.none() | good | any_text | st.just("2021-13-45")


def cases(valid: bool):
    e, d = evidences(valid), dates(valid)

    def c_(role):
        return concepts(valid, role)
    text = plain_text if valid else any_text
    adm = st.builds(DrugAdministration, drug=c_("drug"), dose=st.none() | text, route=st.none() | text,
                    schedule=st.none() | text, start=d, end=d, evidence=e)
    resp = st.builds(Response, concept=c_("response"), date=d, explicit=st.booleans(), evidence=e)
    line = st.builds(Treatment, line=st.integers(1, 9) if valid else st.integers(-1, 9),
                     administrations=st.lists(adm, min_size=1 if valid else 0, max_size=3), start=d, end=d,
                     responses=st.lists(resp, max_size=2), discontinuation_reason=st.none() | text, evidence=e)
    dose = (st.none() | st.floats(0.5, 200, allow_nan=False)) if valid else \
        (st.none() | st.floats(-10, 1e6, allow_nan=False, allow_infinity=False))
    return st.builds(
        CaseRecord, number=st.integers(1, 5) if valid else st.integers(-1, 5),
        age=st.none() | (st.integers(0, 120) if valid else st.integers(-5, 300)),
        sex=st.none() | (st.sampled_from(["male", "female"]) if valid else text),
        diagnoses=st.lists(st.builds(Diagnosis, concept=c_("tumor"), evidence=e), max_size=2),
        fusions=st.lists(st.builds(Fusion, five_prime=c_("gene") if valid else st.none() | c_("gene"),
                                   three_prime=st.none() | c_("gene"), evidence=e), max_size=2),
        treatments=st.lists(line, max_size=2).map(_unique_lines),
        adverse_events=st.lists(st.builds(AdverseEvent, concept=c_("adverse_event"),
                                          grade=st.none() | (st.integers(1, 5) if valid else st.integers(-1, 9)),
                                          drugs=st.lists(c_("drug"), max_size=2), evidence=e), max_size=2),
        procedures=st.lists(st.builds(Procedure, concept=c_("procedure"), label=plain_text if valid else any_text, date=d,
                                      dose_gy=dose, fractions=st.none() | st.integers(1, 40), evidence=e),
                            max_size=2),
        outcome=st.none() | text, evidence=e)


def _unique_lines(lines):
    seen, out = set(), []
    for t in lines:
        if t.line not in seen:
            seen.add(t.line)
            out.append(t)
    return out


def records(valid: bool):
    ident = (st.from_regex(r"[a-z]{2,8}:[A-Za-z0-9./_-]{1,20}", fullmatch=True) if valid
             else st.builds(lambda p, s: f"{p}:{s}", st.sampled_from(["doi", "pmid", "file"]), any_text))

    @st.composite
    def rec(draw):
        ids = draw(st.lists(ident, min_size=1, max_size=3, unique=True))
        doc = Document(source=draw(plain_text if valid else any_text) or "x", format="text", ids=ids,
                       title=draw(plain_text if valid else any_text), text="", sections=[],
                       article_type=draw(st.none() | st.just("case-report")), license=draw(st.none() | plain_text))
        numbered = draw(st.lists(cases(valid), max_size=2))
        if valid:  # case numbers are 1..n within a report
            for n, c in enumerate(numbered, 1):
                c.number = n
        return ReportRecord(document=doc, cases=numbered,
                            content_hash=hashlib.sha256(repr(ids).encode()).hexdigest())
    return rec()


def _roundtrip_rdflib(g: rdflib.Graph, fmt: str) -> rdflib.Graph:
    if fmt == "trig":
        ds = rdflib.Dataset()
        ds.parse(data=_as_dataset(g).serialize(format="trig"), format="trig")
        (named,) = [x for x in ds.graphs() if len(x)]
        out = rdflib.Graph()
        for t in named:
            out.add(t)
        return out
    return rdflib.Graph().parse(data=g.serialize(format=fmt), format=fmt)


def _as_dataset(g: rdflib.Graph) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ng = ds.graph(rdflib.URIRef("https://w3id.org/kg-oncocase/graph/test"))
    for t in g:
        ng.add(t)
    return ds


@FAST
@given(records(valid=False))
def test_built_graph_roundtrips_through_turtle_trig_ntriples_and_the_store(record):
    giri, g = build_report_graph(record)
    assert not any(isinstance(x, rdflib.BNode) for t in g for x in t)
    for fmt in ("turtle", "trig", "nt"):
        back = _roundtrip_rdflib(g, fmt)
        assert rdflib.compare.isomorphic(back, g), fmt
    # what `kg ingest` does: N-Triples bytes -> pyoxigraph -> replace_graph -> read back
    nt = g.serialize(format="nt", encoding="utf-8")
    triples = [(t.subject, t.predicate, t.object) for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)]
    st_ = open_store(None)
    st_.replace_graph(str(giri), triples)
    # the report graph and the terminology graph (its term nodes, stored once) hold the graph built
    stored = st_.graph(str(giri)) + st_.graph(terms_graph())
    assert _canonical(stored) == _canonical(g)


from kg.store.layout import terms_graph  # noqa: E402

_DECIMAL = rdflib.URIRef("http://www.w3.org/2001/XMLSchema#decimal")


def _canonical(g) -> set:
    """Triples with xsd:decimal literals compared by value: Oxigraph stores the canonical lexical
    form ("30.0" -> "30"), which is the same number."""
    def term(x):
        if isinstance(x, rdflib.Literal) and x.datatype == _DECIMAL:
            try:
                return ("decimal", Decimal(str(x)).normalize())
            except InvalidOperation:
                return x
        return x
    return {tuple(term(x) for x in t) for t in g}


@FAST
@given(records(valid=False))
def test_building_twice_gives_identical_graphs(record):
    iri1, g1 = build_report_graph(record)
    iri2, g2 = build_report_graph(record)
    iri3, g3 = build_report_graph(copy.deepcopy(record))
    assert iri1 == iri2 == iri3
    assert set(g1) == set(g2) == set(g3)
    assert sorted(g1.serialize(format="nt").splitlines()) == sorted(g3.serialize(format="nt").splitlines())


@FAST
@given(st.text(min_size=1, max_size=60), st.integers(1, 10**6), any_text, any_text,
       st.lists(st.integers(0, 10**6) | any_text, max_size=4), st.integers(0, 10**9), st.integers(0, 10**9))
def test_minted_iris_are_valid_and_reparse_for_arbitrary_unicode(pid, n, kind_label, label, index, a, b):
    case = iris.case_iri(pid, n)
    minted = [iris.report_iri(pid), iris.graph_iri(pid), case, iris.decision_iri(iris.fact_iri(case, "therapy", n), n),
              iris.sentence_iri(pid, a, b), iris.section_iri(pid, a),
              iris.fact_iri(case, "therapy", *index), iris.term_iri(iris.local_term_id("drug", label)),
              iris.term_iri(f"NCIT:{label}") if label else iris.term_iri("NCIT:C1")]
    assert iris.report_iri(pid) == iris.report_iri(pid) and iris.graph_iri(pid) != iris.report_iri(pid)
    g = rdflib.Graph()
    for i, node in enumerate(minted):
        ox.NamedNode(str(node))  # Oxigraph's strict IRI check
        assert not any(ch in str(node) for ch in ' <>"{}|\\^`') and str(node).isprintable()
        g.add((node, rdflib.URIRef("https://w3id.org/kg-oncocase/vocab#p"), rdflib.Literal(i)))
    for fmt in ("turtle", "nt"):
        back = rdflib.Graph().parse(data=g.serialize(format=fmt), format=fmt)
        assert set(back) == set(g)
    parsed = list(ox.parse(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES))
    assert {to_rdflib(t.subject) for t in parsed} == set(minted)
    # the CURIE of a local term survives the IRI (kg cases reports CURIEs)
    curie = iris.local_term_id("drug", label)
    assert iris.curie_of(str(iris.term_iri(curie))) == curie


@SHACL
@given(records(valid=True))
def test_plausible_records_always_conform(record):
    _, g = build_report_graph(record)
    rep = validate_graph(g, "generated")
    assert rep.conforms, rep.results[:5]
    ensure_valid(g, "generated")  # the fast path agrees


@SHACL
@given(records(valid=False))
def test_any_record_conforms_or_fails_with_validation_error_only(record):
    _, g = build_report_graph(record)
    try:
        ensure_valid(g, "generated")
    except ValidationError as e:
        assert e.results and not validate_graph(g, "generated").conforms
    else:
        assert validate_graph(g, "generated").conforms
