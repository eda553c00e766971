"""The one place that mints IRIs.

Deterministic: the same report identity and the same fact position give the
same IRI on every run. Report keys are a hash of the report's *identity*
(``report_identity``): its first doi:/pmid:/pmcid: CURIE when it has one, else
``sha256:<hash of its content>`` -- never its file name, so two files with one
name are two reports and a renamed file is the same report (README, "Identity
rules"). Hashing means any identifier (spaces, slashes, unicode) yields an IRI
that always serializes.
"""
from __future__ import annotations

import hashlib
import re
from urllib.parse import quote, unquote

from rdflib import URIRef

from kg import prefixes

# the project's IRI space; report/, graph/ and term/ IRIs are the kgr:, kgg: and KG: prefixes of the map
BASE = prefixes.namespace("kgr").removesuffix("report/")


# identifiers that name a publication; anything else (file:<name>) is not an identity
IDENTIFIER_PREFIXES = ("doi:", "pmid:", "pmcid:")


def content_identity(fmt: str, title: str, text: str) -> str:
    """``sha256:<hex>`` of a document's content (format, title, text), not of its name."""
    h = hashlib.sha256()
    for part in (fmt or "", title or "", text or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x01")
    return "sha256:" + h.hexdigest()


def report_identity(doc) -> str:
    """What a Document's IRIs are minted from: its first doi:/pmid:/pmcid: CURIE, else its content.

    ``doc`` is a kg.model.Document (anything with ids, format, title, text).
    """
    for i in doc.ids:
        if str(i).strip().lower().startswith(IDENTIFIER_PREFIXES):
            return str(i)
    return content_identity(doc.format, doc.title, doc.text)


def report_graph_iri(doc) -> URIRef:
    """The named graph of a Document (see report_identity)."""
    return graph_iri(report_identity(doc))


def report_key(primary_id: str) -> str:
    return hashlib.sha256(primary_id.strip().lower().encode("utf-8")).hexdigest()[:16]


def report_iri(primary_id: str) -> URIRef:
    return URIRef(f"{BASE}report/{report_key(primary_id)}")


def graph_iri(primary_id: str) -> URIRef:
    """Named graph holding one report's facts."""
    return URIRef(f"{BASE}graph/{report_key(primary_id)}")


def report_of_graph(graph: str) -> URIRef:
    """The report IRI of a report's named graph (both carry the same key).

    >>> report_of_graph(graph_iri("pmid:1")) == report_iri("pmid:1")
    True
    """
    graph = str(graph)
    if not graph.startswith(f"{BASE}graph/"):
        raise ValueError(f"{graph!r} is not a report graph IRI ({BASE}graph/<key>)")
    return URIRef(f"{BASE}report/{graph[len(BASE) + len('graph/'):]}")


def case_iri(primary_id: str, case_number: int) -> URIRef:
    return URIRef(f"{report_iri(primary_id)}/case/{case_number}")


def fact_iri(case: URIRef, kind: str, *index: int) -> URIRef:
    """e.g. fact_iri(case, 'therapy', 2, 'drug', 1) -> .../case/1/therapy/2/drug/1."""
    parts = "/".join(quote(str(p), safe="") for p in index)
    return URIRef(f"{case}/{kind}/{parts}" if parts else f"{case}/{kind}")


def decision_iri(fact: URIRef, k: int) -> URIRef:
    """The k-th decision (kg:Decision) taken about a fact: e.g. .../case/1/therapy/2/decision/1.

    >>> str(decision_iri(URIRef("https://x/case/1/therapy/2"), 1))
    'https://x/case/1/therapy/2/decision/1'
    """
    return URIRef(f"{fact}/decision/{int(k)}")


def sentence_iri(primary_id: str, start: int, end: int) -> URIRef:
    """A sentence of a report, shared by every mention read in it: ``start``/``end`` are its
    offsets in Document.text.

    >>> str(sentence_iri("pmid:1", 10, 52)).endswith("/sentence/10-52")
    True
    """
    return URIRef(f"{report_iri(primary_id)}/sentence/{int(start)}-{int(end)}")


def section_iri(primary_id: str, start: int) -> URIRef:
    """A section of a report: ``start`` is its offset in Document.text (0: a text without sections)."""
    return URIRef(f"{report_iri(primary_id)}/section/{int(start)}")


_SLUG = re.compile(r"[^a-z0-9]+")


def local_term_id(kind: str, label: str) -> str:
    """Project-local CURIE for a term without a verified external id."""
    slug = _SLUG.sub("-", label.lower()).strip("-") or "term"
    return f"KG:{kind}-{slug}"


def term_iri(curie: str) -> URIRef:
    """IRI of an ontology term given as a CURIE (NCIT:C6481, HGNC:427, SO:0001565, KG:...).

    The prefix is read upper-case (term lists write ``NCIT``, ``HGNC``, ``KG``...), so ``kg:x`` is
    the project-local term ``KG:x``, never the vocabulary; the URI prefix comes from the one prefix
    map (``ontology/prefixes.json``).

    >>> str(term_iri("HGNC:427"))
    'http://identifiers.org/hgnc/427'
    >>> str(term_iri("ncit:C6481"))
    'http://purl.obolibrary.org/obo/NCIT_C6481'
    """
    prefix, _, local = curie.partition(":")
    if not local:
        raise ValueError(f"cannot expand CURIE {curie!r}: expected PREFIX:local")
    return URIRef(prefixes.expand(f"{prefix.upper()}:{quote(local, safe='-._~')}"))


def curie_of(iri: str) -> str | None:
    """Inverse of term_iri (also for the IRI forms listed as synonyms in the prefix map).

    >>> curie_of("http://identifiers.org/hgnc:427")
    'HGNC:427'
    """
    curie = prefixes.compress(str(iri))
    if curie is None:
        return None
    prefix, _, local = curie.partition(":")
    return f"{prefix}:{unquote(local)}"


# --- store layout: graphs that are not a report's (kg/store/layout.py) -------------------------
def terms_graph_iri() -> URIRef:
    """The one terminology graph: term types, labels and notations, stored once for every report."""
    return URIRef(f"{BASE}terms")


def summaries_graph_iri() -> URIRef:
    """The graph of exact summaries kept with the report graphs (kg/store/summaries.py)."""
    return URIRef(f"{BASE}summaries")


def summary_iri(kind: str, *key: str) -> URIRef:
    """A summary record that is not a count (a best response): ``kind`` plus a hash of its key."""
    h = hashlib.sha256("\x1f".join(key).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return URIRef(f"{BASE}summary/{quote(kind, safe='')}/{h}")


# A count node's IRI is minted both here (bulk loads) and inside SPARQL updates (the store computes
# a report's counts itself, kg/store/layout.py): the SHA-1 of the key's parts (term IRIs, a grade,
# a fusion label last: the only part that may hold a space) joined by spaces, "" for a part that is
# absent. SPARQL's SHA1() gives the same hex digest as hashlib on the UTF-8 text.
def count_iri(kind: str, key: tuple) -> URIRef:
    """The node of one count: ``kind`` (tumor, adverse_event, ...) and its key parts (None: absent)."""
    text = " ".join("" if k is None else str(k) for k in key)
    return URIRef(f"{BASE}summary/{kind}/{hashlib.sha1(text.encode('utf-8', 'surrogatepass')).hexdigest()}")


def count_iri_sparql(kind: str, key_vars: list[str], bound_var: str | None = None) -> str:
    """The SPARQL expression of ``count_iri`` for the key variables (names without "?").

    ``bound_var``: a variable every solution binds, appended as an empty string: the expression is
    then never a constant (a count without key parts): Virtuoso 7 folds a constant subject into the
    patterns, and an OPTIONAL on that subject that finds nothing then drops the solution."""
    parts = ', " ", '.join(f'COALESCE(STR(?{v}), "")' for v in key_vars) or '""'
    tail = f", SUBSTR(STR(?{bound_var}), 1, 0)" if bound_var else ""
    return f'IRI(CONCAT("{BASE}summary/{kind}/", SHA1(CONCAT({parts})){tail}))'


def band(n: int) -> int:
    """The band of a count n >= 1: its number of digits times ten plus its leading digit (1-9 -> 11-19,
    10-19 -> 21, 20-29 -> 22, ..., 100-199 -> 31): counts of one band are within a factor of two."""
    text = str(int(n))
    return len(text) * 10 + int(text[0])


def band_iri(kind: str, b: int) -> URIRef:
    """The node naming band ``b`` of the counts of ``kind`` (the counts of one band: one index lookup)."""
    return URIRef(f"{BASE}summary/{kind}/band/{int(b)}")


def band_iri_sparql(kind: str, count_var: str) -> str:
    """The SPARQL expression of ``band_iri(kind, band(?count_var))``."""
    c = f"STR(?{count_var})"
    return (f'IRI(CONCAT("{BASE}summary/{kind}/band/", STR(STRLEN({c}) * 10 + '
            f'<{prefixes.namespace("xsd")}integer>(SUBSTR({c}, 1, 1)))))')
