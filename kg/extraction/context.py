"""Whose fact is it? Assembly of the NLP's assertion statuses with the section kind.

The cues and their scopes are recognised once, by ``kg_assertion`` (``kg/nlp/assertion.py``,
rules in ``kg/rules/context.jsonl`` and ``kg/rules/sentences.jsonl``): each mention arrives with
its status, each sentence with its flags. What is left here is the one decision that needs the
section: outside the case narrative a sentence counts only when it is about this patient.

Statuses: affirmed, negated, refused, not_done, hypothetical, concomitant (the patient's usual
medication, e.g. "she regularly takes metformin"), family, literature.
"""
from __future__ import annotations

from kg.extraction.mentions import Mention, Sentence
from kg.nlp.assertion import AFFIRMED, Other, engine
from kg.nlp.cues import Cue


def classify_sentence(s: Sentence, introduces_patient: bool = False, case_like: bool = False) -> None:
    """Set s.literature and s.patient_anchor from the sentence's flags and its section. A sentence
    that introduces the report's own patient ("The clinical response of one patient with
    ROS1-rearranged NSCLC to crizotinib was investigated") is about the patient, whatever
    study words it also holds. ``case_like``: the sentence's section is the case narrative of a
    document without a case section (a case report's abstract or body)."""
    # "Lee et al. described an 8-year-old boy ...": a patient of another report, not this one's
    introduces_patient = introduces_patient and not s.flags & {"other_report", "model_donor"}
    s.patient_anchor = "patient_anchor" in s.flags or introduces_patient
    if "ae_table" in s.flags and (s.section.kind == "case" or case_like) and not (
            s.flags & {"literature", "citation_line", "figure_caption", "list_line"}):
        # an adverse-event table in the case narrative ("Adverse event Worst grade" / "Hypertension 3 4")
        # grades the patient's own events; its other mentions stay out (mention_status). A trial's table
        # counts patients per grade ("Grade 3-4 (%)"), which is no such header (AE_TABLE_GRADE_HEADER)
        s.literature = False
    elif "table_row" in s.flags and (s.section.kind == "case" or case_like) and _own_row(s):
        # a line of the case's own list or timeline ("* 68-year-old man, Gleason 4+5 ... (2020)", "Line 2
        # (2022): docetaxel x 6 | stable disease | grade 3 febrile neutropenia"): the patient's facts, set
        # out in cells rather than told, not a row of another report's table
        s.literature = "literature" in s.flags and not s.patient_anchor
    elif s.flags & {"table_row", "citation_line", "figure_caption", "list_line"} or (
            "reference_title" in s.flags and s.section.kind != "title"):  # a report's own title reads like one
        s.literature = True
    elif introduces_patient:
        s.literature = False
    elif s.section.kind == "case" or case_like:
        s.literature = "literature" in s.flags and not s.patient_anchor
    else:
        # outside the case narrative a sentence counts only when it is about this patient
        s.literature = "literature" in s.flags or not s.patient_anchor


def _own_row(s: Sentence) -> bool:
    """A bulleted item or a line of pipe-separated cells of the case narrative (OWN_ROW rows of
    kg/rules/patient.jsonl), of no other report."""
    return not s.flags & {"other_report", "citation_line", "figure_caption", "list_line", "reference_title"} \
        and s.cue(Cue.OWN_ROW) is not None


def mention_status(s: Sentence, m: Mention) -> str:
    if s.literature or m.status == "literature_aside":
        return "literature"
    if "ae_table" in s.flags and not (m.label == "ADVERSE_EVENT" and m.attrs.get("grade") is not None):
        return "literature"  # a table's drugs and ungraded words are no story of the patient
    return m.status


def annotate(sentences: list[Sentence], introduces_patient=lambda s: False, case_like=lambda s: False) -> None:
    """Final statuses; ``introduces_patient(sentence)`` says whether a sentence introduces the
    report's patient (kg.extraction.cases)."""
    for s in sentences:
        classify_sentence(s, introduces_patient(s), case_like(s))
        for m in s.mentions:
            if m.status is None:  # made after the NLP (e.g. organ-class toxicities): same engine
                m.status = engine().status(s.text, m.start - s.start, m.end - s.start, m.label,
                                           [Other(o.label, o.start - s.start, o.end - s.start) for o in s.mentions])
            m.status = mention_status(s, m)
    _same_use_throughout(sentences)


def _same_use_throughout(sentences: list[Sentence]) -> None:
    """A drug the report names as the patient's usual medication or as given for a non-cancer disease
    ("cyclophosphamide for cerebral vasculitis") keeps that use where the report names it again
    without one ("... exposure of the urothelium to cyclophosphamide")."""
    usual = {m.text.lower() for s in sentences for m in s.mentions if m.label == "DRUG" and m.status == "concomitant"}
    if usual:
        for s in sentences:
            for m in s.mentions:
                if m.label == "DRUG" and m.status == AFFIRMED and m.text.lower() in usual:
                    m.status = "concomitant"


__all__ = ["annotate", "classify_sentence", "mention_status", "AFFIRMED"]
