"""Exact summaries behind the cross-case queries, kept in the summaries graph.

What is kept (vocabulary: ontology/kg.ttl, "summaries"):

* one **count node per key**, holding one number (``kg:cases``) and its band (``kg:casesBand``):
  ``kg:CaseCount`` (every patient case: sizes the pages of the listings), ``kg:TumorTypeCount``
  (cases per diagnosed tumor term), ``kg:AdverseEventCount`` (cases per attributed drug or none x
  adverse event term x CTCAE grade or none), ``kg:ResponseCount`` (cases per drug x response term x
  fusion label, for responses assessed on a therapy line that includes the drug);
* per patient case: its **best response per drug** (``kg:hasBestResponse``, one quad per case and
  drug, to a ``kg:BestResponse`` node shared by every case with the same drug and best response terms:
  ``kg:onDrug``, ``kg:bestResponse`` CR > PR > SD > PD, none when no response of these classes was
  reported on the lines with that drug), its **page bucket** (``kg:pageBucket``, kg/store/pages.py)
  and its **term pages** (``kg:termPage "<term hash> <page bucket>"``, one per fusion partner gene and
  per drug of its therapy lines: a listing of the cases with one gene or drug reads only those cases
  of each page, kg/query/paging.py).

The store keeps the counts itself: the update that replaces or removes a report (kg/store/layout.py)
subtracts what the old report graph counts, by SPARQL aggregates over that graph (``COUNTS``
below), before dropping it, and adds what the new graph counts after inserting it: the same
patterns over the same graph, so a report always takes off exactly what it added. Counts are
"distinct cases"; a case belongs to one report graph (its IRI is minted from the report key), so a
count is the sum of the reports' counts. A count that reaches zero is deleted.

The band of a count (its number of digits and leading digit, kg/graph/iri.py ``band``) lets a query
ask for the largest counts without reading every count: the counts of one band are one index lookup
(kg/query/ranking.py).

``summarize`` computes a report's counts and records in Python (bulk loads: kg/store/bulk.py, and
the best responses and page buckets of every replacement); ``recompute`` computes every summary from
the report graphs by SPARQL aggregates over the whole store (the reference the property test
compares with); ``read`` reads the kept summaries.
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
from kg.store.pages import page_bucket, term_page_key

KG = namespace("kg")
RDF_TYPE = namespace("rdf") + "type"
RDFS_LABEL = namespace("rdfs") + "label"
SKOS_NOTATION = namespace("skos") + "notation"
_XSD_INT = ox.NamedNode(namespace("xsd") + "integer")
_TYPE = ox.NamedNode(RDF_TYPE)

# RECIST order of the response classes (best first); which term is which class comes from the
# term list (ontology/terms/responses.tsv, extra response_class=...)
RANK = {"CR": 4, "PR": 3, "SD": 2, "PD": 1}


def _p(local: str) -> ox.NamedNode:
    return ox.NamedNode(KG + local)


def integer(n: int) -> ox.Literal:
    return ox.Literal(str(int(n)), datatype=_XSD_INT)


# ---------------------------------------------------------------- the counts ---
@dataclass(frozen=True)
class CountKind:
    """One kind of count: its class, its key (variable, property; in the order of the count's IRI
    hash, kg/graph/iri.py count_iri) and the pattern that finds (?case, key) in one report graph."""

    kind: str
    cls: str
    keys: tuple[tuple[str, str], ...]
    pattern: str

    @property
    def key_vars(self) -> list[str]:
        return [v for v, _ in self.keys]


_CASE_LINKS = ("hasDiagnosis", "hasFusion", "hasTherapyLine", "hasAdverseEvent", "hasProcedure")
# a subject typed kg:PatientCase or with one of these links is a case to the summaries
CASES_PATTERN = (f"{{ ?case a <{KG}PatientCase> }} UNION "
                 f"{{ ?case {'|'.join(f'<{KG}{p}>' for p in _CASE_LINKS)} ?x }}")

COUNTS = (
    CountKind("case_total", "CaseCount", (), CASES_PATTERN),
    CountKind("tumor", "TumorTypeCount", (("t", "countedTumor"),),
              f"?case <{KG}hasDiagnosis> ?dx . ?dx <{KG}concept> ?t ."),
    CountKind("adverse_event", "AdverseEventCount",
              (("d", "countedDrug"), ("a", "countedAdverseEvent"), ("grade", "countedGrade")),
              f"?case <{KG}hasAdverseEvent> ?ae . ?ae <{KG}concept> ?a . "
              f"OPTIONAL {{ ?ae <{KG}ctcaeGrade> ?grade }} OPTIONAL {{ ?ae <{KG}attributedTo> ?d }}"),
    # the fusion label last: the only key part that may hold a space (count_iri joins by spaces)
    CountKind("response", "ResponseCount", (("d", "countedDrug"), ("r", "countedResponse"), ("f", "fusionLabel")),
              f"?case <{KG}hasFusion> ?fu . ?fu <{RDFS_LABEL}> ?f . ?case <{KG}hasTherapyLine> ?line . "
              f"?line <{KG}hasAdministration> ?adm . ?adm <{KG}drug> ?d . "
              f"?line <{KG}hasResponse> ?resp . ?resp <{KG}concept> ?r ."),
)
KINDS = {c.kind: c for c in COUNTS}


def count_node(kind: str, key: tuple) -> ox.NamedNode:
    return ox.NamedNode(str(iris.count_iri(kind, key)))


def count_triples(kind: str, key: tuple, n: int) -> list[tuple]:
    """A count node's triples: type, key parts (an absent part: no triple), number and band."""
    c = KINDS[kind]
    row = count_node(kind, key)
    out = [(row, _TYPE, _p(c.cls))]
    for (var, prop), value in zip(c.keys, key):
        if value is None:
            continue
        if prop == "countedGrade":
            obj = integer(value)
        elif prop == "fusionLabel":
            obj = ox.Literal(value)
        else:
            obj = ox.NamedNode(value)
        out.append((row, _p(prop), obj))
    out += [(row, _p("cases"), integer(n)),
            (row, _p("casesBand"), ox.NamedNode(str(iris.band_iri(kind, iris.band(n)))))]
    return out


# ------------------------------------------------------------ response ranks ---
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


# ----------------------------------------------------------- one report's part ---
@dataclass
class ReportSummary:
    """The summaries of one report graph: its counts and its cases' records."""

    graph: str
    # (kind, key) -> distinct cases of this report with that key
    counts: dict[tuple, int] = field(default_factory=dict)
    # (case, drug) -> (rank, sorted best response term IRIs)
    best: dict[tuple[str, str], tuple[int, tuple[str, ...]]] = field(default_factory=dict)
    cases: list[str] = field(default_factory=list)
    # case -> its fusion partner genes and the drugs of its therapy lines
    page_terms: dict[str, set[str]] = field(default_factory=dict)

    def record_triples(self) -> list[tuple]:
        """The per-case records (page buckets, term pages, best responses) as pyoxigraph triples: one
        ``kg:hasBestResponse`` per case and drug, to the shared node of (drug, best terms)
        (``shared_triples``)."""
        out: list[tuple] = []
        for case in self.cases:
            out.append((ox.NamedNode(case), _p("pageBucket"), integer(page_bucket(case))))
            out += [(ox.NamedNode(case), _p("termPage"), term_page(t, case)) for t in sorted(self.page_terms.get(case, ()))]
        for (case, drug), (_rank, terms) in sorted(self.best.items()):
            out.append((ox.NamedNode(case), _p("hasBestResponse"), best_node(drug, terms)))
        return out

    def shared_triples(self) -> dict[str, list[tuple]]:
        """{best response node: its triples} for the (drug, best terms) this report's cases point to: one
        node per drug and set of terms, shared by every case with that best response, in any report
        (written if absent; a node no case points to any more is left: it describes a constant)."""
        out: dict[str, list[tuple]] = {}
        for (_case, drug), (_rank, terms) in sorted(self.best.items()):
            b = best_node(drug, terms)
            if b.value not in out:
                out[b.value] = ([(b, _TYPE, _p("BestResponse")), (b, _p("onDrug"), ox.NamedNode(drug))]
                                + [(b, _p("bestResponse"), ox.NamedNode(t)) for t in terms])
        return out


def best_node(drug: str, terms: tuple[str, ...]) -> ox.NamedNode:
    """The shared node of a best response: ``drug`` and its best response terms (none: no CR/PR/SD/PD)."""
    return ox.NamedNode(str(iris.summary_iri("best-response", drug, *sorted(terms))))


def term_page(term: str, case: str) -> ox.Literal:
    """A case's page among the cases with ``term`` (kg/store/pages.py ``term_page_key``)."""
    return ox.Literal(term_page_key(term, page_bucket(case)))


class _Index:
    """subject -> predicate IRI -> objects, of one report's triples."""

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


def summarize(graph_iri: str, report_triples, terms: dict[str, list[tuple]] | None = None,
              term_info=None) -> ReportSummary:
    """The summaries of one report from its triples (pyoxigraph terms): what ``COUNTS`` finds in its
    graph, and its cases' records.

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
    links = {KG + p for p in _CASE_LINKS}
    cases = sorted(s for s, po in ix.out.items()
                   if any(o.value == KG + "PatientCase" for o in po.get(RDF_TYPE, [])) or links & po.keys())
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
        terms_of_case = {g for f in ix.iris(case, KG + "hasFusion")
                         for p in ("fivePrimePartner", "threePrimePartner") for g in ix.iris(f, KG + p)}
        best: dict[str, tuple[int, set]] = {}
        for line in ix.iris(case, KG + "hasTherapyLine"):
            drugs = ix.path(line, KG + "hasAdministration", KG + "drug")
            terms_of_case.update(drugs)
            responses = ix.path(line, KG + "hasResponse", KG + "concept")
            for d in drugs:
                for r in responses:
                    for fu in fusions:
                        per_key[("response", (d, r, fu))].add(case)
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
        if terms_of_case:
            out.page_terms[case] = terms_of_case
    out.counts = {key: len(cs) for key, cs in per_key.items()}
    if cases:
        out.counts[("case_total", ())] = len(cases)
    out.cases = cases
    return out


# ------------------------------------------------------- reading / recomputing ---
def _summaries_graph() -> str:
    return str(iris.summaries_graph_iri())


def _read_counts(kind: CountKind) -> str:
    opts = " ".join(f"OPTIONAL {{ ?row <{KG}{prop}> ?{var} }}" for var, prop in kind.keys)
    return (f"SELECT ?row ?n ?band {' '.join('?' + v for v in kind.key_vars)} WHERE {{ GRAPH <{_summaries_graph()}> {{ "
            f"?row a <{KG}{kind.cls}> ; <{KG}cases> ?n . OPTIONAL {{ ?row <{KG}casesBand> ?band }} {opts} }} }}")


def _recompute_counts(kind: CountKind) -> str:
    keys = " ".join("?" + v for v in kind.key_vars)
    group = f"GROUP BY {keys}" if keys else ""
    return f"SELECT {keys} (COUNT(DISTINCT ?case) AS ?n) WHERE {{ GRAPH ?g {{ {kind.pattern} }} }} {group}"


_BEST_QUERY = f"""SELECT ?case ?d ?r WHERE {{ GRAPH ?s {{ ?case <{KG}hasBestResponse> ?b . ?b <{KG}onDrug> ?d .
                 OPTIONAL {{ ?b <{KG}bestResponse> ?r }} }} }}"""
_PAGES_QUERY = f"SELECT ?case ?b WHERE {{ GRAPH ?s {{ ?case <{KG}pageBucket> ?b }} }}"
_TERM_PAGES_QUERY = f"SELECT ?case ?tp WHERE {{ GRAPH ?s {{ ?case <{KG}termPage> ?tp }} }}"
_RECOMPUTE_TERM_PAGES = f"""SELECT DISTINCT ?case ?t WHERE {{ GRAPH ?g {{
                 {{ ?case <{KG}hasFusion> ?f . ?f <{KG}fivePrimePartner>|<{KG}threePrimePartner> ?t }} UNION
                 {{ ?case <{KG}hasTherapyLine> ?l . ?l <{KG}hasAdministration> ?a . ?a <{KG}drug> ?t }} }} }}"""
_RECOMPUTE_BEST = f"""SELECT DISTINCT ?case ?d ?r WHERE {{ GRAPH ?g {{ ?case <{KG}hasTherapyLine> ?line .
                 ?line <{KG}hasAdministration>/<{KG}drug> ?d .
                 OPTIONAL {{ ?line <{KG}hasResponse>/<{KG}concept> ?r }} }} }}"""
_RECOMPUTE_PAGES = f"SELECT DISTINCT ?case WHERE {{ GRAPH ?g {{ {CASES_PATTERN} }} }}"
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
    q = f"SELECT ?n WHERE {{ GRAPH <{_summaries_graph()}> {{ ?row a <{KG}CaseCount> ; <{KG}cases> ?n }} }}"
    for sol in _raw(store).query(q):
        return int(sol[0].value)
    return 0


def read(store) -> dict:
    """The summaries kept in the store: {kind: {key: cases}} for every kind of ``COUNTS``,
    "bands": {(kind, key): band node}, "misnamed": count nodes whose IRI is not their key's,
    "best": {(case, drug): best response terms}, "pages": {case: bucket}, "term_pages": [(case, page)]."""
    raw = _raw(store)
    out: dict = {"bands": {}, "misnamed": []}
    for kind in COUNTS:
        out[kind.kind] = {}
        for sol in raw.query(_read_counts(kind)):
            row, n, band, *key = (_v(x) for x in sol)
            key = tuple(key)
            out[kind.kind][key] = n
            out["bands"][(kind.kind, key)] = band
            if row != str(iris.count_iri(kind.kind, key)):
                out["misnamed"].append(row)
    best: dict = {}
    for sol in raw.query(_BEST_QUERY):
        case, d, r = (_v(x) for x in sol)
        terms = best.get((case, d), ())
        best[(case, d)] = tuple(sorted(set(terms) | ({r} if r else set())))
    out["best"] = best
    out["pages"] = {_v(s[0]): _v(s[1]) for s in raw.query(_PAGES_QUERY)}
    out["term_pages"] = sorted((_v(s[0]), _v(s[1])) for s in raw.query(_TERM_PAGES_QUERY))
    return out


def recompute(store) -> dict:
    """Every summary computed from scratch from the report graphs (same shape as ``read``)."""
    raw = _raw(store)
    out: dict = {"bands": {}, "misnamed": []}
    for kind in COUNTS:
        out[kind.kind] = {}
        for sol in raw.query(_recompute_counts(kind)):
            *key, n = (_v(x) for x in sol)
            if n:   # COUNT over nothing is one row of 0; a kept count of 0 is removed
                out[kind.kind][tuple(key)] = n
                out["bands"][(kind.kind, tuple(key))] = str(iris.band_iri(kind.kind, iris.band(n)))
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
    out["term_pages"] = sorted((_v(s[0]), term_page(_v(s[1]), _v(s[0])).value)
                               for s in raw.query(_RECOMPUTE_TERM_PAGES))
    return out


__all__ = ["COUNTS", "KINDS", "CountKind", "CASES_PATTERN", "ReportSummary", "summarize", "count_triples",
           "count_node", "term_page", "read", "recompute", "case_total", "response_rank", "RANK"]
