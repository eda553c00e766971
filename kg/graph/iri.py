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
from urllib.parse import quote

from rdflib import URIRef

BASE = "https://w3id.org/kg-oncocase/"

_CURIE_BASES = {
    "NCIT": "http://purl.obolibrary.org/obo/NCIT_",
    "SO": "http://purl.obolibrary.org/obo/SO_",
    "HGNC": "http://identifiers.org/hgnc:",
    "MEDDRA": "http://identifiers.org/meddra:",
    "CHEBI": "http://purl.obolibrary.org/obo/CHEBI_",
    "DRUGBANK": "http://identifiers.org/drugbank:",
    "ONCOTREE": "http://identifiers.org/oncotree:",
    "MONDO": "http://purl.obolibrary.org/obo/MONDO_",
    "DOID": "http://purl.obolibrary.org/obo/DOID_",
    "KG": BASE + "term/",
}


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


def case_iri(primary_id: str, case_number: int) -> URIRef:
    return URIRef(f"{report_iri(primary_id)}/case/{case_number}")


def fact_iri(case: URIRef, kind: str, *index: int) -> URIRef:
    """e.g. fact_iri(case, 'therapy', 2, 'drug', 1) -> .../case/1/therapy/2/drug/1."""
    parts = "/".join(quote(str(p), safe="") for p in index)
    return URIRef(f"{case}/{kind}/{parts}" if parts else f"{case}/{kind}")


def evidence_iri(primary_id: str, start: int, end: int) -> URIRef:
    return URIRef(f"{report_iri(primary_id)}/evidence/{int(start)}-{int(end)}")


_SLUG = re.compile(r"[^a-z0-9]+")


def local_term_id(kind: str, label: str) -> str:
    """Project-local CURIE for a term without a verified external id."""
    slug = _SLUG.sub("-", label.lower()).strip("-") or "term"
    return f"KG:{kind}-{slug}"


def term_iri(curie: str) -> URIRef:
    """IRI of an ontology term given as a CURIE (NCIT:C6481, HGNC:427, SO:0001565, KG:...)."""
    prefix, _, local = curie.partition(":")
    base = _CURIE_BASES.get(prefix.upper())
    if base is None or not local:
        raise ValueError(f"cannot expand CURIE {curie!r}: expected one of {sorted(_CURIE_BASES)} prefixes")
    return URIRef(base + quote(local, safe="-._~"))


def curie_of(iri: str) -> str | None:
    """Inverse of term_iri."""
    for prefix, base in _CURIE_BASES.items():
        if iri.startswith(base):
            from urllib.parse import unquote
            return f"{prefix}:{unquote(iri[len(base):])}"
    return None


# --- store layout: graphs that are not a report's (kg/store/layout.py) -------------------------
def terms_graph_iri() -> URIRef:
    """The one terminology graph: term types, labels and notations, stored once for every report."""
    return URIRef(f"{BASE}terms")


def summaries_graph_iri() -> URIRef:
    """The graph of exact summaries kept with the report graphs (kg/store/summaries.py)."""
    return URIRef(f"{BASE}summaries")


def summary_iri(kind: str, *key: str) -> URIRef:
    """A summary node: ``kind`` plus a hash of its key (term IRIs, labels, case IRIs as strings)."""
    h = hashlib.sha256("\x1f".join(key).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return URIRef(f"{BASE}summary/{quote(kind, safe='')}/{h}")
