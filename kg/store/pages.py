"""Listings in pages: the page index of the case IRIs.

Case IRIs are ``.../report/<16 hex digits>/case/<n>`` (kg/graph/iri.py): the report key is a
hash, so cases spread evenly over its first three hex digits. Every case has a
``kg:pageBucket`` (0..4095, those three digits) in the summaries graph, and a listing asks for the
cases of a few consecutive buckets at a time (a VALUES block of bucket numbers, an index lookup)
instead of sorting every case of the store. Bucket order is the order of the case and report
IRIs, so pages taken bucket after bucket, each ordered by the query's own ORDER BY (which starts
with ?case or ?report), give exactly the rows of the whole listing, in its order.
"""
from __future__ import annotations

import hashlib

from kg.graph.iri import BASE

BUCKETS = 4096                       # three hex digits
_REPORTS = BASE + "report/"
_HEX = "0123456789abcdef"


def page_bucket(case_iri: str) -> int:
    """0..4095 for a case IRI minted by kg; -1 / 4096 for other IRIs sorting before / after them."""
    if case_iri.startswith(_REPORTS):
        digits = case_iri[len(_REPORTS):len(_REPORTS) + 3]
        if len(digits) == 3 and all(c in _HEX for c in digits):
            return int(digits, 16)
    return -1 if case_iri < _REPORTS else BUCKETS


def term_page_key(term_iri: str, bucket: int) -> str:
    """The page ``bucket`` of the cases with a term (a fusion partner gene, a drug of a line):
    "<first 16 hex digits of the SHA-1 of the term IRI> <bucket>" (``kg:termPage``; SPARQL builds the
    same string: CONCAT(SUBSTR(SHA1(STR(?term)), 1, 16), " ", STR(?page_bucket)))."""
    return f"{hashlib.sha1(term_iri.encode('utf-8')).hexdigest()[:16]} {int(bucket)}"
