"""Span extensions of the output contract and the one place entities are added to a Doc."""
from __future__ import annotations

from typing import Iterable, NamedTuple

from spacy.tokens import Doc, Span

# Every attribute an entity may carry; writing all of them on acceptance overwrites
# values left in doc.user_data by a span that was later replaced at the same offsets.
SPAN_ATTRS = (
    "curie", "pref_label", "term_type", "link_score", "fusion", "fusion_evidence",
    "response_class", "response_explicit", "response_rule", "grade", "grades", "severity", "date", "duration_days", "relative", "dose",
    "age", "sex", "status",
)

# Priority on equal length (lower wins). RESPONSE beats ADVERSE_EVENT: CTCAE lists
# "Disease progression" as an adverse event, but in a case report it is a response.
PRIORITY = {"FUSION": 0, "DOSE": 1, "DATE": 1, "DURATION": 1, "AGE_SEX": 1, "RESPONSE": 1,
            "ADVERSE_EVENT": 2, "TUMOR": 2, "DRUG": 2, "REGIMEN": 2, "DRUG_CLASS": 2, "PROCEDURE": 2,
            "GENE": 3, "GRADE": 4}

TYPE_TO_LABEL = {"tumor": "TUMOR", "drug": "DRUG", "drug_class": "DRUG_CLASS", "gene": "GENE",
                 "response": "RESPONSE", "adverse_event": "ADVERSE_EVENT",
                 "procedure": "PROCEDURE", "fusion_class": "FUSION", "regimen": "REGIMEN"}


def register_extensions() -> None:
    for name in SPAN_ATTRS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Doc.has_extension("kg_terms_key"):
        Doc.set_extension("kg_terms_key", default=None)


register_extensions()


# --- doc.ents, read once per state of a doc -------------------------------------------------
# ``doc.ents`` builds a new Span per entity on every access (the components read it ~20 times
# per doc, most of them with no entity set in between). ``ents_of`` keeps the last doc's tuple;
# ``set_ents`` (every write of entities in kg: ``add_entities``, the components' filters) drops
# it. One slot: a component works on one doc at a time (``nlp.pipe`` runs a component over a
# batch doc by doc), so the reads of one component call hit it; it holds at most one doc alive.
# Never assign ``doc.ents`` directly in kg (tests/nlp/test_ents.py checks the sources).
_LAST: tuple | None = None   # (doc, its number of tokens, its ents)


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents`` (a tuple of Spans, sorted by start), built once until ``set_ents`` changes
    them. The Spans are shared by the callers: read them, never modify them (a Span's label or
    kb_id set on one would show in the next read; span extensions live in the doc and are fine)."""
    global _LAST
    last = _LAST
    if last is not None and last[0] is doc and last[1] == len(doc):
        return last[2]
    ents = doc.ents
    _LAST = (doc, len(doc), ents)
    return ents


def set_ents(doc: Doc, ents) -> None:
    """``doc.ents = ents``, and what ``ents_of`` kept of the doc dropped."""
    global _LAST
    _LAST = None
    doc.ents = ents


def forget_ents() -> None:
    """Drop what ``ents_of`` keeps (the doc it holds alive)."""
    global _LAST
    _LAST = None


class Cand(NamedTuple):
    start: int  # token indices
    end: int
    label: str
    attrs: dict


def term_attrs(info, score: float = 1.0) -> dict:
    return {"curie": info.id, "pref_label": info.label, "term_type": info.type, "link_score": score}


def add_entities(doc: Doc, cands: Iterable[Cand], *, replace_equal: bool = False) -> list[Span]:
    """Merge candidates into doc.ents: longest span wins, then PRIORITY, then the existing one.

    `replace_equal` lets a candidate replace an existing entity with exactly its offsets
    (used for abbreviations defined in the text). Returns the spans that were accepted.
    """
    cands = sorted(cands, key=lambda c: (-(c.end - c.start), PRIORITY.get(c.label, 5), c.start))
    if not cands:
        return []
    ents = ents_of(doc)
    owner = [-1] * len(doc)  # token -> index in ents
    for i, e in enumerate(ents):
        for t in range(e.start, e.end):
            owner[t] = i
    removed: set[int] = set()
    accepted: list[tuple[Span, dict]] = []
    new_owner: dict[int, int] = {}
    for c in cands:
        if c.start >= c.end:
            continue
        clash = {owner[t] for t in range(c.start, c.end) if owner[t] >= 0 and owner[t] not in removed}
        if any(t in new_owner for t in range(c.start, c.end)):
            continue  # a candidate of this batch already won these tokens
        ok = True
        for i in clash:
            e = ents[i]
            elen, clen = e.end - e.start, c.end - c.start
            if clen > elen:
                continue
            if replace_equal and (e.start, e.end) == (c.start, c.end):
                continue
            if clen == elen and PRIORITY.get(c.label, 5) < PRIORITY.get(e.label_, 5):
                continue
            ok = False
            break
        if not ok:
            continue
        removed |= clash
        span = Span(doc, c.start, c.end, label=c.label)
        for t in range(c.start, c.end):
            new_owner[t] = 1
        accepted.append((span, c.attrs))
    if not accepted:
        return []
    set_ents(doc, [e for i, e in enumerate(ents) if i not in removed] + [s for s, _ in accepted])
    ud = doc.user_data
    for span, attrs in accepted:
        # Same keys spaCy's Underscore uses for span extensions, written directly
        # (span._.set costs ~10 us per call); stale values at these offsets are dropped.
        sc, ec = span.start_char, span.end_char
        for name in SPAN_ATTRS:
            key = ("._.", name, sc, ec)
            value = attrs.get(name)
            if value is not None:
                ud[key] = value
            elif key in ud:
                del ud[key]
    return [s for s, _ in accepted]
