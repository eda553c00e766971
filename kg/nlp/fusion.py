"""Gene fusion mentions: "EML4-ALK", "EML4::ALK", "ALK rearrangement", "ROS1 fusion"...

Partners are only accepted when they resolve to gene terms, so "ALK-negative",
"ROS1-TKI" or "PD-L1" never become fusions.
"""
from __future__ import annotations

import re
from typing import Iterator

from kg.nlp.terms_index import TermIndex
from kg.rules import rules

_SYM = r"[A-Z][A-Z0-9]{1,9}"
_CUE = r"(?:fusions?|rearrangements?|rearranged|translocations?|transcripts?)"
# Two partners: YWHAE-ROS1, EML4::ALK, EML4/ALK, EML4–ALK (+ an optional "fusion" cue).
PAIR_RE = re.compile(rf"(?<![\w-])(?P<g5>{_SYM})(?:::|-|–|/)(?P<g3>{_SYM})(?![A-Za-z0-9])"
                     rf"(?P<tail>(?:\s+(?:kinase\s+|gene\s+)?{_CUE})?)")
# One partner followed by a cue: ALK-rearranged, ALK rearrangement(s), ROS1 (kinase) fusion.
# "anaplastic lymphoma kinase (ALK)-rearranged": the symbol may close a parenthesis
SINGLE_AFTER_RE = re.compile(rf"(?<![\w-])(?P<g>{_SYM})\)?(?:-|\s+)(?:(?:kinase|gene)\s+)?"
                             rf"(?P<cue>{_CUE}|fusion-positive)\b", re.I)
# Cue first: rearrangement of ALK, fusion involving the ROS1 gene.
SINGLE_BEFORE_RE = re.compile(rf"\b(?P<cue>{_CUE})\s+(?:of|involving|in|at)\s+(?:the\s+)?(?P<g>{_SYM})\b", re.I)
# "ALK-positive": rearranged ALK only when the sentence speaks of fusion/IHC/FISH.
NEGATIVE_AFTER_RE = re.compile(r"[-\s](?:negative|wild-type|wildtype|wt)\b", re.I)
POSITIVE_RE = re.compile(rf"(?<![\w-])(?P<g>{_SYM})\)?(?:-|\s+)positive\b", re.I)
# "ALK-positive IMT": for the kinases in kg/rules/fusions.jsonl positivity names the fusion itself
KINASE_POSITIVE_RE = rules("fusions").pattern("POSITIVE_MEANS_FUSION")
POSITIVE_CONTEXT_RE = re.compile(r"\b(?:fusions?|rearrange\w*|translocat\w*|IHC|immunohistochem\w*|FISH|"
                                 r"break-?apart)\b", re.I)


def _partner(index: TermIndex, gid: str | None) -> dict | None:
    info = index.info(gid)
    return {"id": info.id, "label": info.label} if info else None


def find_fusions(text: str, index: TermIndex, sentence_of) -> Iterator[tuple[int, int, str, dict]]:
    """Yield (start_char, end_char, "FUSION", attrs). `sentence_of(char)` -> (start, end)."""
    for m in PAIR_RE.finditer(text):
        s5, s3 = m.group("g5"), m.group("g3")
        g5, g3 = index.gene_id(s5), index.gene_id(s3)
        # A stray digit ("YWHAE1-ROS1") is forgiven only next to a known fusion kinase.
        if g5 is None and g3 is not None and index.is_kinase(g3):
            g5 = index.gene_id(s5, allow_stray_digit=True)
        if g3 is None and g5 is not None and index.is_kinase(g5):
            g3 = index.gene_id(s3, allow_stray_digit=True)
        # any other approved gene as the partner of a known kinase: "EZR-ROS1", "NCOA4-RET"
        if g5 is None and g3 is not None and index.is_kinase(g3) and len(s5) >= 3:
            g5 = index.partner_id(s5)
        if g3 is None and g5 is not None and index.is_kinase(g5) and len(s3) >= 3:
            g3 = index.partner_id(s3)
        if g5 is None or g3 is None or g5 == g3:
            continue
        if NEGATIVE_AFTER_RE.match(text, m.end("g3")):
            continue  # "ALK/ROS1-negative"
        if m.group(0)[len(s5)] == "/" and not m.group("tail") and (
                index.is_kinase(g5) == index.is_kinase(g3)):
            continue  # "ALK/ROS1", "ER/PR": a list of genes unless exactly one is the kinase
        yield m.start(), m.end(), "FUSION", {
            "fusion": {"five_prime": _partner(index, g5), "three_prime": _partner(index, g3)},
            "fusion_evidence": m.group(0),
        }
    for rx in (SINGLE_AFTER_RE, SINGLE_BEFORE_RE):
        for m in rx.finditer(text):
            gid = index.gene_id(m.group("g"))
            if gid is None:
                continue
            yield m.start(), m.end(), "FUSION", _single(index, gid, m.group(0))
    for m in POSITIVE_RE.finditer(text):
        gid = index.gene_id(m.group("g"))
        if gid is None or not index.is_kinase(gid):
            continue
        s, e = sentence_of(m.start())
        ctx = POSITIVE_CONTEXT_RE.search(text, s, e)
        if ctx is None:
            continue
        yield m.start(), m.end(), "FUSION", _single(index, gid, f"{m.group(0)} ({ctx.group(0)})")
    for m in KINASE_POSITIVE_RE.finditer(text):
        gid = index.gene_id(next(g for g in m.groups() if g))
        if gid is not None:
            yield m.start(), m.end(), "FUSION", _single(index, gid, m.group(0))


def _single(index: TermIndex, gid: str, evidence: str) -> dict:
    # The kinase of "ALK rearrangement" is the 3' partner; its 5' partner is unknown.
    # A non-kinase single gene ("EWSR1 rearrangement") is usually the 5' partner.
    if index.is_kinase(gid):
        fusion = {"five_prime": None, "three_prime": _partner(index, gid)}
    else:
        fusion = {"five_prime": _partner(index, gid), "three_prime": None}
    return {"fusion": fusion, "fusion_evidence": evidence}
