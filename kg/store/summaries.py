"""Exact summaries behind the cross-case queries, kept in the summaries graph.

What is kept (vocabulary: ontology/kg.ttl, "summaries"):

* ``kg:CaseCount`` -- every patient case (sizes the pages of the listings);
* ``kg:TumorTypeCount``  -- cases per diagnosed tumor term (``kg:countedTumor``);
* ``kg:AdverseEventCount`` -- cases per (attributed drug or none, adverse event term, CTCAE grade or none);
* ``kg:ResponseCount`` -- cases per (fusion label, drug, response term) for responses assessed on a
  therapy line that includes the drug;
* best responses -- per case and drug (``kg:ofCase``, ``kg:onDrug``): the best response term(s) on
  the lines with that drug (``kg:bestResponse``, CR > PR > SD > PD; none when no response of
  these classes was reported);
* the page index of the listings: ``<case> kg:pageBucket n`` (kg/store/pages.py).

A count is the sum of the reports' *contributions*: each report that adds to a count has one
contribution node (``kg:fromGraph``, ``kg:toCount``, ``kg:cases``; untyped, 3 quads). Cases belong to one
report, so "distinct cases with key K" over the store is the sum over reports of the distinct
cases of each report with key K. Replacing or removing a report subtracts its stored
contributions and adds the new ones in the same update (kg/store/layout.py), so no count has to
be recomputed from the graphs. Every record derived from a report carries ``kg:fromGraph``.

``summarize`` computes a report's records from its triples (Python, at ingest);
``recompute`` computes every summary from the report graphs by SPARQL aggregates (the reference
the property test compares with, and the way to rebuild); ``read`` reads the kept summaries.
"""
from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pyoxigraph as ox

import kg
from kg.graph import iri as iris
from kg.prefixes import namespace
from kg.store.pages import page_bucket

KG = namespace("kg")
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_NOTATION = "http://www.w3.org/2004/02/skos/core#notation"
_XSD_INT = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_TYPE = ox.NamedNode(RDF_TYPE)

# RECIST order of the response classes (best first); which term is which class comes from the
# term list (ontology/terms/responses.tsv, extra response_class=...)
RANK = {"CR": 4, "PR": 3, "SD": 2, "PD": 1}


def _p(local: str) -> ox.NamedNode:
    return ox.NamedNode(KG + local)


def integer(n: int) -> ox.Literal:
    return ox.Literal(str(int(n)), datatype=_XSD_INT)


def graph_literal(graph_iri: str) -> ox.Literal:
    """How summary records name the report graph they come from (``kg:fromGraph``)."""
    return ox.Literal(str(graph_iri))


@lru_cache(maxsize=1)
def _response_classes() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """({CURIE: class}, [(label lower-case, class)]) of the shipped response terms."""
    by_id: dict[str, str] = {}
    by_label: list[tuple[str, str]] = []
    with open(kg.ONTOLOGY_DIR / "terms" / "responses.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            extra = dict(kv.split("=", 1) for kv in (row.get("extra") or "").split(";") if "=" in kv)
            cls = extra.get("response_class")
            if cls in RANK:
                by_id[row["id"]] = cls
                by_label.append((row["label"].lower(), cls))
    by_label.sort(key=lambda lc: -RANK[lc[1]])   # as the old query: a label naming CR is CR first
    return by_id, by_label


def response_rank(notation: str | None, label: str | None) -> int:
    """4 CR, 3 PR, 2 SD, 1 PD, 0 other: by the term's CURIE, else by its label naming a class
    ("complete response" in "complete response of the lung lesions")."""
    by_id, by_label = _response_classes()
    if notation in by_id:
        return RANK[by_id[notation]]
    low = (label or "").lower()
    for words, cls in by_label:
        if words in low:
            return RANK[cls]
    return 0


# ------------------------------------------------------------------ records ---
@dataclass
class ReportSummary:
    """The summary records of one report graph."""

    graph: str
    # (kind, key) -> distinct cases of this report; kind in tumor / adverse_event / response
    counts: dict[tuple, int] = field(default_factory=dict)
    # (case, drug) -> (rank, sorted best response term IRIs)
    best: dict[tuple[str, str], tuple[int, tuple[str, ...]]] = field(default_factory=dict)
    cases: list[str] = field(default_factory=list)

    def triples(self, with_keys: bool = True) -> list[tuple]:
        """The records as pyoxigraph triples for the summaries graph (and, ``with_keys``, the key
        triples of the counts it contributes to: type, term IRIs, grade, fusion label)."""
        g = graph_literal(self.graph)
        out: list[tuple] = []
        for (kind, key), n in sorted(self.counts.items(), key=lambda kv: repr(kv[0])):
            row = count_iri(kind, key)
            if with_keys:
                out += count_key_triples(kind, key, row)
            c = ox.NamedNode(str(iris.summary_iri("contribution", row.value, self.graph)))
            out += [(c, _p("fromGraph"), g), (c, _p("toCount"), row), (c, _p("cases"), integer(n))]
        for (case, drug), (rank, terms) in sorted(self.best.items()):
            b = ox.NamedNode(str(iris.summary_iri("best-response", case, drug)))
            out += [(b, _p("fromGraph"), g), (b, _p("ofCase"), ox.NamedNode(case)), (b, _p("onDrug"), ox.NamedNode(drug))]
            out += [(b, _p("bestResponse"), ox.NamedNode(t)) for t in terms]
        for case in self.cases:
            c = ox.NamedNode(case)
            out += [(c, _p("fromGraph"), g), (c, _p("pageBucket"), integer(page_bucket(case)))]
        return out


_COUNT_CLASS = {"case_total": "CaseCount", "tumor": "TumorTypeCount", "adverse_event": "AdverseEventCount", "response": "ResponseCount"}


def count_iri(kind: str, key: tuple) -> ox.NamedNode:
    return ox.NamedNode(str(iris.summary_iri(kind, *("" if k is None else str(k) for k in key))))


def count_key_triples(kind: str, key: tuple, row: ox.NamedNode) -> list[tuple]:
    out = [(row, _TYPE, _p(_COUNT_CLASS[kind]))]
    if kind == "case_total":
        pass
    elif kind == "tumor":
        out.append((row, _p("countedTumor"), ox.NamedNode(key[0])))
    elif kind == "adverse_event":
        drug, ae, grade = key
        if drug is not None:
            out.append((row, _p("countedDrug"), ox.NamedNode(drug)))
        out.append((row, _p("countedAdverseEvent"), ox.NamedNode(ae)))
        if grade is not None:
            out.append((row, _p("countedGrade"), integer(grade)))
    else:
        fusion, drug, response = key
        out += [(row, _p("fusionLabel"), ox.Literal(fusion)), (row, _p("countedDrug"), ox.NamedNode(drug)),
                (row, _p("countedResponse"), ox.NamedNode(response))]
    return out


class _Index:
    """subject -> predicate local name (kg: or label/type) -> objects, of one report's triples."""

    def __init__(self, triples):
        self.out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for s, p, o in triples:
            self.out[s.value][p.value].append(o)

    def objs(self, s: str, p: str) -> list:
        return self.out.get(s, {}).get(p, [])

    def iris(self, s: str, p: str) -> list[str]:
        return [o.value for o in self.objs(s, p) if isinstance(o, ox.NamedNode)]

    def path(self, s: str, *ps: str) -> list[str]:
        nodes = [s]
        for p in ps:
            nodes = [o for n in nodes for o in self.iris(n, p)]
        return nodes


# a subject with one of these is a case to the queries, typed kg:PatientCase or not
_CASE_LINKS = frozenset(KG + p for p in ("hasDiagnosis", "hasFusion", "hasTherapyLine", "hasAdverseEvent",
                                         "hasProcedure"))


def summarize(graph_iri: str, report_triples, terms: dict[str, list[tuple]] | None = None,
              term_info=None) -> ReportSummary:
    """The summary records of one report from its triples (pyoxigraph terms).

    ``terms``: {term IRI: its triples} (what the report's graph carried about its terms: labels and
    notations of response terms decide their rank). ``term_info(iri) -> (notation, label)`` is
    asked for a response term not in ``terms`` (None: the CURIE from the IRI, no label).
    """
    ix = _Index(report_triples)
    info = {}
    for t, triples in (terms or {}).items():
        notation = next((o.value for _, p, o in triples if p.value == SKOS_NOTATION), None)
        label = next((o.value for _, p, o in triples if p.value == RDFS_LABEL), None)
        info[t] = (notation, label)

    def rank(term: str) -> int:
        if term not in info:
            info[term] = term_info(term) if term_info else (iris.curie_of(term), None)
        return response_rank(*info[term])

    out = ReportSummary(str(graph_iri))
    per_key: dict[tuple, set] = defaultdict(set)
    cases = sorted(s for s, po in ix.out.items()
                   if any(o.value == KG + "PatientCase" for o in po.get(RDF_TYPE, [])) or _CASE_LINKS & po.keys())
    for case in cases:
        for t in ix.path(case, KG + "hasDiagnosis", KG + "concept"):
            per_key[("tumor", (t,))].add(case)
        for ae in ix.iris(case, KG + "hasAdverseEvent"):
            grades = [int(o.value) for o in ix.objs(ae, KG + "ctcaeGrade")] or [None]
            drugs = ix.iris(ae, KG + "attributedTo") or [None]
            for a in ix.iris(ae, KG + "concept"):
                for d in drugs:
                    for gr in grades:
                        per_key[("adverse_event", (d, a, gr))].add(case)
        fusions = [o.value for f in ix.iris(case, KG + "hasFusion") for o in ix.objs(f, RDFS_LABEL)]
        best: dict[str, tuple[int, set]] = {}
        for line in ix.iris(case, KG + "hasTherapyLine"):
            drugs = ix.path(line, KG + "hasAdministration", KG + "drug")
            responses = ix.path(line, KG + "hasResponse", KG + "concept")
            for d in drugs:
                for r in responses:
                    for fu in fusions:
                        per_key[("response", (fu, d, r))].add(case)
                top, terms_ = best.get(d, (0, set()))
                for r in responses:
                    k = rank(r)
                    if k > top:
                        top, terms_ = k, {r}
                    elif k == top and k > 0:
                        terms_ = terms_ | {r}
                best[d] = (top, terms_)
        for d, (top, terms_) in best.items():
            out.best[(case, d)] = (top, tuple(sorted(terms_)))
    out.counts = {key: len(cs) for key, cs in per_key.items()}
    if cases:
        out.counts[("case_total", ())] = len(cases)
    out.cases = cases
    return out


# ------------------------------------------------------- reading / recomputing ---
_SUMMARY_QUERIES = {
    "case_total": f"SELECT ?n WHERE {{ GRAPH ?s {{ ?row a <{KG}CaseCount> ; <{KG}cases> ?n }} }}",
    "tumor": f"""SELECT ?t ?n WHERE {{ GRAPH ?s {{ ?row a <{KG}TumorTypeCount> ; <{KG}countedTumor> ?t ;
                 <{KG}cases> ?n }} }}""",
    "adverse_event": f"""SELECT ?d ?a ?grade ?n WHERE {{ GRAPH ?s {{ ?row a <{KG}AdverseEventCount> ;
                 <{KG}countedAdverseEvent> ?a ; <{KG}cases> ?n .
                 OPTIONAL {{ ?row <{KG}countedDrug> ?d }} OPTIONAL {{ ?row <{KG}countedGrade> ?grade }} }} }}""",
    "response": f"""SELECT ?f ?d ?r ?n WHERE {{ GRAPH ?s {{ ?row a <{KG}ResponseCount> ; <{KG}fusionLabel> ?f ;
                 <{KG}countedDrug> ?d ; <{KG}countedResponse> ?r ; <{KG}cases> ?n }} }}""",
}
_BEST_QUERY = f"""SELECT ?case ?d ?r WHERE {{ GRAPH ?s {{ ?b <{KG}ofCase> ?case ; <{KG}onDrug> ?d .
                 OPTIONAL {{ ?b <{KG}bestResponse> ?r }} }} }}"""
_PAGES_QUERY = f"SELECT ?case ?b WHERE {{ GRAPH ?s {{ ?case <{KG}pageBucket> ?b }} }}"

# the reference: the counts as the cross-case queries computed them from the report graphs
_RECOMPUTE = {
    "case_total": f"""SELECT (COUNT(DISTINCT ?case) AS ?n) WHERE {{ GRAPH ?g {{ {{ ?case a <{KG}PatientCase> }} UNION
                 {{ ?case <{KG}hasDiagnosis>|<{KG}hasFusion>|<{KG}hasTherapyLine>|<{KG}hasAdverseEvent>|<{KG}hasProcedure> ?x }}
                 }} }}""",
    "tumor": f"""SELECT ?t (COUNT(DISTINCT ?case) AS ?n) WHERE {{ GRAPH ?g {{
                 ?case <{KG}hasDiagnosis>/<{KG}concept> ?t }} }} GROUP BY ?t""",
    "adverse_event": f"""SELECT ?d ?a ?grade (COUNT(DISTINCT ?case) AS ?n) WHERE {{ GRAPH ?g {{
                 ?case <{KG}hasAdverseEvent> ?ae . ?ae <{KG}concept> ?a .
                 OPTIONAL {{ ?ae <{KG}ctcaeGrade> ?grade }} OPTIONAL {{ ?ae <{KG}attributedTo> ?d }} }} }}
                 GROUP BY ?d ?a ?grade""",
    "response": f"""SELECT ?f ?d ?r (COUNT(DISTINCT ?case) AS ?n) WHERE {{ GRAPH ?g {{
                 ?case <{KG}hasFusion>/<{RDFS_LABEL}> ?f ; <{KG}hasTherapyLine> ?line .
                 ?line <{KG}hasAdministration>/<{KG}drug> ?d ; <{KG}hasResponse>/<{KG}concept> ?r }} }}
                 GROUP BY ?f ?d ?r""",
}
_RECOMPUTE_BEST = f"""SELECT DISTINCT ?case ?d ?r WHERE {{ GRAPH ?g {{ ?case <{KG}hasTherapyLine> ?line . ?line <{KG}hasAdministration>/<{KG}drug> ?d .
                 OPTIONAL {{ ?line <{KG}hasResponse>/<{KG}concept> ?r }} }} }}"""
_RECOMPUTE_PAGES = f"""SELECT DISTINCT ?case WHERE {{ GRAPH ?g {{ {{ ?case a <{KG}PatientCase> }} UNION
                 {{ ?case <{KG}hasDiagnosis>|<{KG}hasFusion>|<{KG}hasTherapyLine>|<{KG}hasAdverseEvent>|<{KG}hasProcedure> ?x }}
                 }} }}"""
_TERM_INFO = f"""SELECT ?t ?notation ?label WHERE {{ GRAPH ?tg {{ ?t <{SKOS_NOTATION}> ?notation .
                 OPTIONAL {{ ?t <{RDFS_LABEL}> ?label }} }} }}"""


def _v(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal) and term.datatype is not None and term.datatype.value.endswith(
            ("#integer", "#int", "#long", "#decimal")):
        return int(float(term.value))
    return term.value


def _raw(store):
    return store.raw if hasattr(store, "raw") else store


def case_total(store) -> int:
    """The number of patient cases in the store (the kept count: one lookup)."""
    for sol in _raw(store).query(_SUMMARY_QUERIES["case_total"]):
        return int(sol[0].value)
    return 0


def read(store) -> dict:
    """The summaries kept in the store: {"tumor": {key: n}, "adverse_event": ..., "response": ...,
    "best": {(case, drug): best response terms}, "pages": {case: bucket}}."""
    raw = _raw(store)
    out: dict = {}
    for kind, q in _SUMMARY_QUERIES.items():
        out[kind] = {}
        for sol in raw.query(q):
            vals = [_v(x) for x in sol]
            out[kind][tuple(vals[:-1])] = vals[-1]
    best: dict = {}
    for sol in raw.query(_BEST_QUERY):
        case, d, r = (_v(x) for x in sol)
        terms = best.get((case, d), ())
        best[(case, d)] = tuple(sorted(set(terms) | ({r} if r else set())))
    out["best"] = best
    out["pages"] = {_v(s[0]): _v(s[1]) for s in raw.query(_PAGES_QUERY)}
    return out


def recompute(store) -> dict:
    """Every summary computed from scratch from the report graphs (same shape as ``read``)."""
    raw = _raw(store)
    out: dict = {}
    for kind, q in _RECOMPUTE.items():
        out[kind] = {}
        for sol in raw.query(q):
            vals = [_v(x) for x in sol]
            if vals[-1]:   # COUNT over nothing is one row of 0; a kept count of 0 is removed
                out[kind][tuple(vals[:-1])] = vals[-1]
    info = {_v(s[0]): (_v(s[1]), _v(s[2])) for s in raw.query(_TERM_INFO)}
    best: dict = {}
    for sol in raw.query(_RECOMPUTE_BEST):
        case, d, r = (_v(x) for x in sol)
        top, terms = best.get((case, d), (0, ()))
        k = response_rank(*info.get(r, (iris.curie_of(r), None))) if r else 0
        if k > top:
            top, terms = k, (r,)
        elif k == top and k > 0 and r not in terms:
            terms = tuple(sorted(terms + (r,)))
        best[(case, d)] = (top, terms)
    out["best"] = {k: terms for k, (_, terms) in best.items()}
    out["pages"] = {_v(s[0]): page_bucket(_v(s[0])) for s in raw.query(_RECOMPUTE_PAGES)}
    return out


__all__ = ["ReportSummary", "summarize", "read", "recompute", "response_rank", "graph_literal", "RANK"]
