"""Listings in pages and as streams: a named listing query run a few page buckets at a time.

A *listing* query (one whose rows belong to patient cases) carries the page anchor
``GRAPH ?pages { ?case kg:pageBucket ?page_bucket }``: each case's bucket (0..4095, the first
three hex digits of its report key; kg/store/pages.py) is kept in the summaries graph. A page is
the query run with ``VALUES ?page_bucket { b b+1 ... }`` put in front of the anchor: Oxigraph
starts from those buckets' cases (index lookups) instead of every case of the store, and sorts
only their rows. Buckets follow the order of the case and report IRIs and every listing's ORDER
BY starts with ?case or ?report, so the batches, one after the other, give exactly the rows of
the whole listing in its order. The bucket numbers are integers written by this module, never
user text; user values stay bound parameters.

How many buckets a batch takes adapts to what came back: the first batch takes a few, the next
ones as many as the rows seen per bucket say are needed for the rest of the page (a store of 10k
cases has ~2.5 cases per bucket, one of 100k ~25).

When a bucket holds many more cases than a page needs (more than SPLIT_ABOVE, e.g. ~25 at 100k cases,
~300 evidence rows for a page of 100), the page's first bucket is read a few whole reports at a time:
its case IRIs are listed (one index lookup) and the listing runs with ``VALUES ?case`` of those cases
beside the bucket's VALUES. Whole reports keep both listing orders (by ?case, and by ?report then
?case_number) intact from batch to batch.
"""
from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator

from kg.errors import QueryError
from kg.prefixes import namespace
from kg.store.pages import BUCKETS, page_bucket, term_page_key

ANCHOR = re.compile(r"GRAPH\s+\?\w+\s*\{\s*\?case\s+kg:pageBucket\s+\?page_bucket\s*\}")
# a listing of the cases with one term (a fusion partner gene, a drug) reads the page's cases that have
# the term: kg:termPage "<term IRI hash> <bucket>" (kg/store/summaries.py), built from the bucket
TERM_ANCHOR = re.compile(r'BIND\(\s*CONCAT\(\s*SUBSTR\(\s*SHA1\(\s*STR\([^()]*\)\s*\)\s*,\s*1\s*,\s*16\s*\)\s*,\s*" "\s*,'
                         r'\s*STR\(\?page_bucket\)\s*\)\s*AS\s+\?term_page\s*\)')
FIRST_BATCH = 4          # buckets in the first batch of a page when the case count is unknown
MAX_BATCH = 512          # most buckets in one query (kg cases streams with ~this many)
FIRST_SHARE = 5          # a first batch covers about one case per FIRST_SHARE wanted rows: most listings have
                         # several rows per case (evidence: ~12), and the next batch is sized by what came back
MIN_CASES = 10           # fewest cases a first batch covers (a query costs ~1 ms before its first row)
ALL_BUCKETS = list(range(-1, BUCKETS + 1))   # -1 and BUCKETS: IRIs not minted by kg (kg/store/pages.py)
SPLIT_ABOVE = 8          # a first bucket holding more cases than this (estimated) is read a few reports at a time:
                         # at 100k cases a bucket holds ~25 cases, ~300 evidence rows for a page of 100
_KG = namespace("kg")
_CASE_IRI = re.compile(re.escape(namespace("kgr")) + r"[0-9a-f]+/case/\d+")   # minted by kg/graph/iri.py


def is_listing(text: str) -> bool:
    return ANCHOR.search(text) is not None or TERM_ANCHOR.search(text) is not None


def with_buckets(text: str, buckets: list[int], terms: list[str] | None = None) -> str:
    """``text`` restricted to the cases of ``buckets`` (a VALUES block in front of every anchor).

    A term anchor (``BIND(... AS ?term_page)``) is replaced by ``VALUES ?term_page`` of the term
    pages of ``terms`` (term IRIs) in those buckets: after a BIND, Oxigraph joins the term pages
    by reading all of them (~0.6 s at 10k cases); after VALUES, by lookups."""
    values = "VALUES ?page_bucket { " + " ".join(str(int(b)) for b in buckets) + " }\n  "
    out, n = ANCHOR.subn(lambda m: values + m.group(0), text)
    if TERM_ANCHOR.search(out):
        if terms is None:
            raise QueryError("a listing by term pages needs its terms (the query's '# page by:' header)")
        pages = " ".join(f'"{term_page_key(t, b)}"' for t in terms for b in buckets)
        out, k = TERM_ANCHOR.subn(lambda m: "VALUES ?term_page { " + pages + " }", out)
        n += k
    if not n:
        raise QueryError("not a listing query: it has no page anchor GRAPH ?pages { ?case kg:pageBucket ?page_bucket }")
    return out


def with_cases(text: str, bucket: int, cases: list[str]) -> str:
    """``text`` restricted to ``cases`` of page bucket ``bucket``: the bucket's VALUES and a VALUES of
    the case IRIs in front of the anchor (IRIs read from the store and checked to be kg's own case
    IRIs, never user text)."""
    bad = [c for c in cases if not _CASE_IRI.fullmatch(c)]
    if bad:
        raise QueryError(f"not a case IRI minted by kg: {bad[0]!r}")
    values = ("VALUES ?page_bucket { " + str(int(bucket)) + " }\n  VALUES ?case { "
              + " ".join(f"<{c}>" for c in cases) + " }\n  ")
    out, n = ANCHOR.subn(lambda m: values + m.group(0), text)
    if not n:
        raise QueryError("not a listing query: it has no page anchor GRAPH ?pages { ?case kg:pageBucket ?page_bucket }")
    return out


def bucket_cases_query(bucket: int) -> str:
    """The case IRIs of one page bucket, in IRI order."""
    return (f"PREFIX kg: <{_KG}>\nSELECT ?case WHERE {{ VALUES ?page_bucket {{ {int(bucket)} }}\n"
            "  GRAPH ?pages { ?case kg:pageBucket ?page_bucket } } ORDER BY ?case")


def _report_groups(cases: list[str]) -> list[list[str]]:
    """Cases grouped by their report, in IRI order: a listing ordered by ?report then ?case_number
    and one ordered by ?case both keep a report's cases together, so whole reports never reorder."""
    groups: list[list[str]] = []
    for c in sorted(cases):
        report = c.rsplit("/case/", 1)[0]
        if groups and groups[-1][0].rsplit("/case/", 1)[0] == report:
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups


def _split_bucket(run, text: str, bucket: int, want: int,
                  after: str | None = None) -> Iterator[tuple[list[str], list[list], int]]:
    """One bucket read a few reports at a time: (columns, rows, cases read) per batch; the first batch
    takes MIN_CASES cases (whole reports), the next ones as many as the rows seen per case say the rest
    of the page needs (on 10k cases, case_evidence for 10 cases: 16 ms against 41 ms for 27)."""
    _, found = run(bucket_cases_query(bucket))
    cases = [r[0] for r in found if r and isinstance(r[0], str)]
    if any(not _CASE_IRI.fullmatch(c) for c in cases):   # IRIs not minted by kg: the whole bucket at once
        cols, rows = run(with_buckets(text, [bucket]))
        yield cols, rows, len(cases)
        return
    groups = _report_groups(cases)
    if after is not None:   # reports before the cursor's report are skipped whole; its own report is read
        # whole and cut by _after (the listing order inside a report is the query's)
        report = after.rsplit("/case/", 1)[0]
        groups = [g for g in groups if g[0].rsplit("/case/", 1)[0] >= report]
    size = MIN_CASES   # then sized by the rows seen per case: one more small query is cheaper than an overshoot
    seen_rows = seen_cases = 0
    while groups:
        chunk: list[str] = []
        while groups and (not chunk or len(chunk) + len(groups[0]) <= size):
            chunk += groups.pop(0)
        cols, rows = run(with_cases(text, bucket, chunk))
        seen_rows, seen_cases = seen_rows + len(rows), seen_cases + len(chunk)
        want -= len(rows)
        yield cols, rows, len(chunk)
        if want <= 0:
            return
        size = max(1, math.ceil(want / max(seen_rows / seen_cases, 0.1) * 1.2))


def iter_batches(run: Callable[[str], tuple[list[str], list[list]]], text: str, *, want: int | None = None,
                 after: str | None = None, cases_total: int | None = None, terms: list[str] | None = None,
                 max_batch: int = MAX_BATCH) -> Iterator[tuple[list[str], list[list]]]:
    """(columns, rows) batch after batch, in listing order, from the bucket of ``after`` on.

    ``run(query_text) -> (columns, rows)``. ``want``: rows still wanted (None: all), sizes the
    batches with ``cases_total`` (the store's case count; a first batch of about one case per
    FIRST_SHARE wanted rows). Rows of cases up to and including the case ``after`` are left out.
    """
    start = ALL_BUCKETS.index(page_bucket(after)) if after else 0
    n = FIRST_BATCH
    if want is None:
        n = max_batch
    elif cases_total:   # about one case per FIRST_SHARE wanted rows, never fewer than MIN_CASES cases
        per_bucket = cases_total / BUCKETS
        n = min(max_batch, max(1, math.ceil(max(want / FIRST_SHARE, MIN_CASES) / per_bucket)))
    i, seen_rows, seen_buckets = start, 0, 0
    passed = after is None
    split = (want is not None and bool(cases_total) and cases_total / BUCKETS > SPLIT_ABOVE
             and not TERM_ANCHOR.search(text))
    if split and ALL_BUCKETS[i] == -1:   # IRIs not minted by kg (usually none): on their own first
        cols, rows = run(with_buckets(text, [-1], terms))
        if not passed:
            rows, passed = _after(cols, rows, after)
        want -= len(rows)
        yield cols, rows
        if want <= 0:
            return
        i += 1
    first = ALL_BUCKETS[i] if i < len(ALL_BUCKETS) else None
    if split and first is not None and 0 <= first < BUCKETS:
        # a bucket holds many more cases than the page needs: its reports a few at a time
        cols = None
        for cols, rows, _ in _split_bucket(run, text, first, want, after):
            if not passed:
                rows, passed = _after(cols, rows, after)
            seen_rows += len(rows)
            want -= len(rows)
            yield cols, rows
            if want <= 0:
                return
        i, seen_buckets = i + 1, 1
        per_bucket = seen_rows / seen_buckets
        n = min(max_batch, max(1, math.ceil(want / per_bucket * 1.2))) if per_bucket else min(max_batch, n * 4)
    while i < len(ALL_BUCKETS):
        buckets = ALL_BUCKETS[i:i + n]
        cols, rows = run(with_buckets(text, buckets, terms))
        i += len(buckets)
        if not passed:
            rows, passed = _after(cols, rows, after)
        seen_rows += len(rows)
        seen_buckets += len(buckets)
        if want is not None:
            want -= len(rows)
        yield cols, rows
        if want is not None and want <= 0:
            return
        per_bucket = seen_rows / seen_buckets
        if want is None:
            n = max_batch
        elif per_bucket == 0:
            n = min(max_batch, n * 4)
        else:   # as many buckets as the rows seen so far say the rest needs, with a margin (an
            # overshoot costs the engine's time for every case of the batch)
            n = min(max_batch, max(1, math.ceil(want / per_bucket * 1.2)))


def _after(cols: list[str], rows: list[list], after: str) -> tuple[list[list], bool]:
    """The rows after the last row of case ``after`` (rows of one case are consecutive); when the
    case is not there (removed), the rows of cases whose IRI sorts after it."""
    k = cols.index("case")
    last = max((j for j, r in enumerate(rows) if r[k] == after), default=None)
    if last is None:
        return [r for r in rows if (r[k] or "") > after], True
    return rows[last + 1:], True


__all__ = ["is_listing", "with_buckets", "iter_batches", "ANCHOR", "TERM_ANCHOR"]
