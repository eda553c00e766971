"""Adverse events of a sentence on treatment, read from its ADVERSE_EVENT spans.

Cues: ``kg/rules/adverse_events.jsonl`` (AE_RESOLVED, AE_CUE, AE_NEGATED_SUMMARY,
AE_DISEASE_CAUSE, ASIDE, LIST_GAP). Grades and severity are attached in the NLP (``kg_context``;
``kg_adverse_events`` for organ-class toxicities, "level 3" and grades after lab values).

An event counts when it is graded or its sentence has an AE cue ("developed", "treatment-related",
"stopped because of"...). A severity word is kept as the event's severity: it is no grade ("severe
rash": grade None) and no cue of its own (exam findings such as "mild anemia" or "severe
dehydration" are no adverse events). An event does not count when it went away ("resolution of
the effusion"), when a negated summary names it as an example ("no grade ≥3 adverse events such as
neutropenia"), or when the report puts it down to the tumour ("headache due to brain metastases").
"""
from __future__ import annotations

from kg.extraction.mentions import Mention, Sentence, concept_of
from kg.model import AdverseEvent, Concept
from kg.rules import rules

_RULES = rules("adverse_events")
_RESOLVED = _RULES.pattern("AE_RESOLVED")
_CUE = _RULES.pattern("AE_CUE")
_NEGATED_SUMMARY = _RULES.pattern("AE_NEGATED_SUMMARY")
_DISEASE_CAUSE = _RULES.pattern("AE_DISEASE_CAUSE")
_ASIDE = _RULES.pattern("ASIDE")
_LIST_GAP = _RULES.pattern("LIST_GAP")


def _counts(s: Sentence, m: Mention) -> bool:
    before = s.before(m)
    return not (_RESOLVED.search(before) or _NEGATED_SUMMARY.search(before) or _DISEASE_CAUSE.search(s.after(m)))


def add_adverse_events(events: list[AdverseEvent], s: Sentence, attributed: list[Concept]) -> None:
    """Add the sentence's adverse events (attributed to ``attributed`` drugs) to ``events``;
    a restated event is merged into the one already recorded."""
    aes = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and m.status == "affirmed" and _counts(s, m)]
    if not aes:
        return
    graded = any(m.attrs.get("grade") is not None for m in aes)
    if not graded and not _CUE.search(s.text):
        return
    # "visual disturbances (blurred vision)": the aside restates the same event
    kept: list[Mention] = []
    for m in aes:
        if kept and _ASIDE.fullmatch(s.text[kept[-1].end - s.start: m.start - s.start]):
            kept[-1] = m
            continue
        kept.append(m)
    uniq = list({(c.id, c.label): c for c in attributed}.values())
    prev_grade = None
    for i, m in enumerate(kept):
        grade = m.attrs.get("grade")
        if grade is None and prev_grade is not None and i > 0:
            if _LIST_GAP.fullmatch(s.text[kept[i - 1].end - s.start: m.start - s.start]):
                grade = prev_grade  # "grade II diarrhea and asthenia"
        prev_grade = grade
        concept = concept_of(m, "adverse_event")
        same = next((a for a in events if (a.concept.id or a.concept.label) == (concept.id or concept.label)
                     and a.grade in (grade, None)), None)
        if same is not None:  # the same event restated: keep one, with the grade if given now
            same.grade = same.grade if same.grade is not None else grade
            same.drugs.extend(d for d in uniq if d not in same.drugs)
            continue
        events.append(AdverseEvent(concept=concept, grade=grade, drugs=list(uniq), evidence=s.evidence_for(m)))


__all__ = ["add_adverse_events", "concept_of"]
