"""Cases in a narrative: is a patient introduced, where each patient's story starts ("Case 1"),
and the outcome. Cues: kg/rules/patient.jsonl."""
from __future__ import annotations

import re

from kg.extraction.mentions import Sentence
from kg.extraction.patient import case_heading_number
from kg.rules import rules
from kg.rules.prefilter import prefiltered

_RULES = rules("patient")
_INTRODUCES_PATIENT = prefiltered(_RULES.pattern("PATIENT_INTRO"))  # per sentence: skipped when its words are absent
# rows marked report_level: "we report responses ... in four patients", "this report presents a patient"
_ANNOUNCES_OWN_PATIENTS = re.compile("|".join(f"(?:{r.source()})" for r in _RULES.rows("PATIENT_INTRO")
                                              if r.fields.get("report_level")), re.I)
# rows marked in_cohort: what introduces a case even inside a trial's or cohort's own report
# ("we also present case reports of ...", "the clinical response of one patient ... was investigated")
_INTRODUCES_IN_COHORT = re.compile("|".join(f"(?:{r.source()})" for r in _RULES.rows("PATIENT_INTRO")
                                            if r.fields.get("in_cohort")), re.I)
# a title that names one patient or a handful ("... in a patient taking X", "report of a case"):
# the abstract is their story (only outside a trial's or cohort's own report)
_TITLE_INTRO = _RULES.pattern("TITLE_INTRO")
_COHORT_REPORT = prefiltered(_RULES.pattern("COHORT_REPORT"))
_OTHER_STUDY = _RULES.pattern("OTHER_STUDY")
_OWN_STUDY = _RULES.pattern("OWN_STUDY")
_OUTCOME = _RULES.pattern("OUTCOME")
_OUTCOME_SUBJECT = _RULES.pattern("OUTCOME_SUBJECT")
_OUTCOME_NOT = _RULES.pattern("OUTCOME_NOT")


def introduces_patient(sentences: list[Sentence], in_cohort: bool = False) -> bool:
    """Does the text introduce one patient (not a cohort)? ``in_cohort``: the text is a trial's or
    cohort's own report (``reports_cohort``), where "a 46-year-old woman had the single complete
    response" is one of the cohort's results: only rows marked ``in_cohort`` introduce a case there."""
    pattern = _INTRODUCES_IN_COHORT if in_cohort else _INTRODUCES_PATIENT
    return any(pattern.search(s.text) for s in sentences if s.section.kind != "title") or (
        not in_cohort and title_introduces_patient(sentences))


def title_introduces_patient(sentences: list[Sentence]) -> bool:
    """Does the title name the report's patient(s) ("... in a patient taking diphenylhydantoin",
    "report of a case and review of the literature")? TITLE_INTRO rows of kg/rules/patient.jsonl."""
    return any(s.section.kind == "title" and _TITLE_INTRO.search(s.text) for s in sentences)


# where a study reports its own patients (an introduction or discussion recounts other reports' cohorts)
COHORT_SECTIONS = frozenset({"title", "abstract", "results", "methods"})


def reports_cohort(sentences: list[Sentence]) -> bool:
    """Does the text report a trial or cohort of its own ("48 patients were enrolled", "The ORR was
    35%")? Cues: COHORT_REPORT rows of kg/rules/patient.jsonl; not a review's account of another
    report's cohort (OTHER_STUDY: "in the KEYNOTE-062 trial"), unless the sentence names the report's
    own study (OWN_STUDY: "in this trial"), and not a sentence that itself introduces the report's
    few patients (PATIENT_INTRO)."""
    return any(s.section.kind in COHORT_SECTIONS and _COHORT_REPORT.search(s.text)
               and (not _OTHER_STUDY.search(s.text) or _OWN_STUDY.search(s.text))
               # "we noted X in 10 consecutive patients who had received Y": the sentence that
               # introduces a small series is not a cohort's count
               and not _INTRODUCES_PATIENT.search(s.text) for s in sentences)


def announces_own_patients(sentences: list[Sentence]) -> bool:
    """Does the text say that the report itself presents its patients (not a patient met in
    passing in a cohort's results: "One patient whose tumor ... responded")?"""
    return any(_ANNOUNCES_OWN_PATIENTS.search(s.text) for s in sentences)


def split_cases(narrative: list[Sentence]) -> list[list[Sentence]]:
    """'Case 1 ... Case 2 ...' (as headings, section titles or sentence openers) -> one list per patient."""
    groups: list[tuple[int, list[Sentence]]] = []
    for s in narrative:
        n = case_heading_number(s.section.title) if s.section.title else None
        n = n or case_heading_number(s.text)
        if n is not None and (not groups or groups[-1][0] != n):
            groups.append((n, [s]))
        elif groups:
            groups[-1][1].append(s)
        else:
            groups.append((0, [s]))
    if len(groups) > 1 and groups[0][0] == 0 and len(groups[0][1]) <= 2:
        groups[1] = (groups[1][0], groups[0][1] + groups[1][1])  # a short lead-in before "Case 1"
        groups.pop(0)
    numbered = [g for g in groups if g[0]]
    if len(numbered) < 2:
        return [narrative]
    return [g[1] for g in groups]


def _clause_around(text: str, start: int, end: int) -> str:
    """The clause (between '.'/';') that holds text[start:end]: linear, unlike a regex that
    scans '[^.;]*' from every position."""
    left = max(text.rfind(".", 0, start), text.rfind(";", 0, start)) + 1
    right = min([i for i in (text.find(".", end), text.find(";", end)) if i >= 0] or [len(text)])
    return text[left:right]


def outcome(narrative: list[Sentence]) -> str | None:
    """The patient's outcome: the clause of the last narrative sentence with an OUTCOME cue."""
    for s in reversed(narrative):
        if s.literature:
            continue
        m = _OUTCOME.search(s.text)
        if not m:
            continue
        clause = _clause_around(s.text, m.start(), m.end())
        if _OUTCOME_SUBJECT.search(clause) and not _OUTCOME_NOT.search(clause):
            return clause.strip()[:200]
    return None
