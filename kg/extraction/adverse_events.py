"""Adverse events of a sentence on treatment, read from its ADVERSE_EVENT spans.

Cues: ``kg/rules/adverse_events.jsonl`` (AE_RESOLVED, AE_CUE, AE_ONSET, AE_TREATMENT_WORD,
AE_NEGATED_SUMMARY, AE_DISEASE_CAUSE, AE_OTHER_CAUSE, ASIDE, LIST_GAP). Grades and severity are
attached in the NLP (``kg_context``; ``kg_adverse_events`` for organ-class toxicities, "level 3"
and grades after lab values).

An event counts when it is graded, when its sentence attributes it (AE_CUE: "treatment-related",
"crizotinib-induced", "stopped because of"...), or when an onset word ("developed", "complicated
by": AE_ONSET) reports it in a story tied to the treatment: a treatment word or a therapy line's
drug in the sentence, a line named in the sentence before (``anchored``), or a severity word on the
event ("developed a severe rash"). Otherwise an onset is the course of the disease ("months later
she developed abdominal bloating"). A severity word is kept as the event's severity: it is no grade
("severe rash": grade None) and no cue of its own (exam findings such as "mild anemia" or "severe
dehydration" are no adverse events). An event does not count when it comes before the first
treatment of the story (``treated_from``: "she presented with cough and crizotinib was started"),
when it went away ("resolution of the effusion"), when a negated summary names it as an example
("no grade ≥3 adverse events such as neutropenia"), or when the report puts it down to the tumour
("headache due to brain metastases") or to radiotherapy or surgery ("radiation-induced neuropathy").
"""
from __future__ import annotations

from kg.extraction.mentions import Mention, Sentence, concept_of
from kg.model import AdverseEvent, Concept
from kg.rules import rules

_RULES = rules("adverse_events")
_RESOLVED = _RULES.pattern("AE_RESOLVED")
_CUE = _RULES.pattern("AE_CUE")
_ONSET = _RULES.pattern("AE_ONSET")
_TREATMENT_WORD = _RULES.pattern("AE_TREATMENT_WORD")
_NEGATED_SUMMARY = _RULES.pattern("AE_NEGATED_SUMMARY")
_DISEASE_CAUSE = _RULES.pattern("AE_DISEASE_CAUSE")
_OTHER_CAUSE_BEFORE = _RULES.pattern("AE_OTHER_CAUSE", "before")
_OTHER_CAUSE_AFTER = _RULES.pattern("AE_OTHER_CAUSE", "after")
_ASIDE = _RULES.pattern("ASIDE")
_LIST_GAP = _RULES.pattern("LIST_GAP")


def _counts(s: Sentence, m: Mention) -> bool:
    before, after = s.before(m), s.after(m)
    return not (_RESOLVED.search(before) or _NEGATED_SUMMARY.search(before) or _OTHER_CAUSE_BEFORE.search(before)
                or _DISEASE_CAUSE.search(after) or _OTHER_CAUSE_AFTER.search(after))


def _reported(s: Sentence, aes: list[Mention], anchored: bool) -> bool:
    """Does the sentence report its ungraded events as adverse events (module docstring)?"""
    if _CUE.search(s.text):
        return True
    if not _ONSET.search(s.text):
        return False
    return anchored or bool(_TREATMENT_WORD.search(s.text)) or any(m.attrs.get("severity") for m in aes)


def add_adverse_events(events: list[AdverseEvent], s: Sentence, attributed: list[Concept],
                       anchored: bool = False, treated_from: int | None = None) -> None:
    """Add the sentence's adverse events (attributed to ``attributed`` drugs) to ``events``;
    a restated event is merged into the one already recorded. ``anchored``: the sentence names a
    drug of a therapy line, or follows one that does; ``treated_from``: the document offset where
    the story's first treatment is named, when this sentence starts it (events before it are
    symptoms at presentation)."""
    aes = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and m.status == "affirmed" and _counts(s, m)
           and (treated_from is None or m.start >= treated_from)]
    if not aes:
        return
    graded = any(m.attrs.get("grade") is not None for m in aes)
    if not graded and not _reported(s, aes, anchored):
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
