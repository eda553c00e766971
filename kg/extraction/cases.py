"""Cases in a narrative: is a patient introduced, where each patient's story starts ("Case 1"),
and the outcome. Cues: kg/rules/patient.jsonl."""
from __future__ import annotations

from kg.extraction.mentions import Sentence
from kg.extraction.patient import case_heading_number, case_number_of
from kg.nlp.cues import Cue, CueSpan, label_match


def introduces_patient(sentences: list[Sentence], in_cohort: bool = False) -> bool:
    """Does the text introduce one patient (not a cohort)? ``in_cohort``: the text is a trial's or
    cohort's own report (``reports_cohort``), where "a 46-year-old woman had the single complete
    response" is one of the cohort's results: only rows marked ``in_cohort`` introduce a case there."""
    return patient_intro(sentences, in_cohort) is not None or (
        not in_cohort and (title_introduces_patient(sentences) or tells_one_patients_story(sentences))) or (
        in_cohort and tells_participants_story(sentences))


# how many sentences of a text must speak of one person for the text to be that person's story: one "he" or one
# "the patient" is said in passing (a study's "the patient's consent"); a story keeps coming back to its patient
ONE_PATIENT_SENTENCES = 2
# sentence flags (kg_assertion) of what is not told of this report's patient: another report's, a laboratory model's
# donor, a reference, a caption, a list or table line (read before and after the sections' kinds are settled alike)
_NOT_ONE_PATIENTS = frozenset({"literature", "other_report", "model_donor", "citation_line", "figure_caption",
                               "list_line", "reference_title", "table_row"})


def tells_one_patients_story(sentences: list[Sentence]) -> bool:
    """Is the text (no case section, no sentence that introduces a patient) one person's story all the same? Real
    reports open in many ways no introduction row knows ("The patient, a retired teacher, ...", "According to his
    parents, the 18-month-old boy ...", "A patient with CML treated with busulfan had ..."), but whatever the opening,
    a story opens with its person (a sentence that opens with one or a few persons named indefinitely, "A patient
    with ...", "Three men with ...": INDEFINITE_PERSON) or goes on speaking of one person: at least
    :data:`ONE_PATIENT_SENTENCES` of its sentences tell in the past (TOLD_PAST) of one patient (a personal pronoun,
    "the patient", "this woman": ONE_PATIENT_REF rows of kg/rules/patient.jsonl), and none counts a group
    (GROUP_STATISTIC: "6 of 32 patients", "p = 0.03", "the median survival was 19 months"), which a study does
    whatever else it says.
    Not the title, another report's patient (literature), a caption or a table line; not a text that derives a
    laboratory model from a patient (MODEL_DONOR, kg/rules/sentences.jsonl), whose one person is the donor."""
    told = [s for s in sentences if s.section.kind != "title" and not s.flags & _NOT_ONE_PATIENTS]
    # a laboratory model's donor is the one person a cell-line paper speaks of ("She had received no treatment")
    if any(s.cue(Cue.GROUP_STATISTIC) for s in told) or any("model_donor" in s.flags for s in sentences):
        return False
    return any(s.cue(Cue.INDEFINITE_PERSON) for s in told if tells_of_one(s)) or \
        sum(1 for s in told if tells_of_one(s) and s.cue(Cue.ONE_PATIENT_REF)) >= ONE_PATIENT_SENTENCES


# how many sentences of a trial's or cohort's own report must tell in the past of one person for that person to be a
# case of it (a participant described individually): a count of the cohort's results says it once ("One patient, a
# 41-year-old man, had a partial response"), a participant's story goes on over several sentences
PARTICIPANT_SENTENCES = 4


def tells_participants_story(sentences: list[Sentence]) -> bool:
    """Does a trial's or cohort's own report tell one participant's story ("He had progressed on gemcitabine. His
    CA 19-9 fell ... He remains on treatment ...": :data:`PARTICIPANT_SENTENCES` sentences told in the past of one
    person, ONE_PATIENT_REF), whatever group numbers it reports around it?"""
    told = [s for s in sentences if s.section.kind != "title" and not s.flags & _NOT_ONE_PATIENTS]
    if any("model_donor" in s.flags for s in sentences):
        return False
    return sum(1 for s in told if s.cue(Cue.ONE_PATIENT_REF) and s.cue(Cue.TOLD_PAST)) >= PARTICIPANT_SENTENCES


def story_opening(sentences: list[Sentence]) -> Sentence | None:
    """The sentence where the one person's story of :func:`tells_one_patients_story` opens (its first sentence told of
    them), or None when the text tells no such story."""
    if not tells_one_patients_story(sentences):
        return None
    return next(s for s in sentences
                if s.section.kind != "title" and not s.flags & _NOT_ONE_PATIENTS and tells_of_one(s))


def tells_of_one(s: Sentence) -> bool:
    """Does the sentence tell in the past (TOLD_PAST: a guideline's "the patient should ..." or "a woman who carries
    BRCA1 has ..." speaks of anyone) of one person (ONE_PATIENT_REF) or of persons it names indefinitely
    (INDEFINITE_PERSON)?"""
    return (s.cue(Cue.ONE_PATIENT_REF) is not None or s.cue(Cue.INDEFINITE_PERSON) is not None) \
        and s.cue(Cue.TOLD_PAST) is not None


def patient_intro(sentences: list[Sentence], in_cohort: bool = False) -> CueSpan | None:
    """The first cue of the text (not its title) that introduces one patient: PATIENT_INTRO rows of
    kg/rules/patient.jsonl (only those marked ``in_cohort`` inside a trial's or cohort's own report)."""
    cue = Cue.PATIENT_INTRO_IN_COHORT if in_cohort else Cue.PATIENT_INTRO
    # the donor of a laboratory model (MODEL_DONOR, kg/rules/sentences.jsonl) is no patient of this report
    return next((hit for s in sentences if s.section.kind != "title" and "model_donor" not in s.flags
                 for hit in [s.cue(cue)] if hit), None)


def is_notice(doc) -> bool:
    """Is the document a notice that corrects or withdraws another article (erratum, correction,
    retraction, expression of concern: its publication type, or a title "Erratum: ...")? It retells
    that article's case (its patient, drugs and responses) and presents no patient of its own."""
    return "correction" in doc.publication_types or \
        (doc.article_type or "").lower() in {"correction", "retraction", "expression-of-concern"} or \
        bool(label_match(Cue.NOTICE_TITLE, doc.title or ""))


def animal_patient(title: list[Sentence], narrative: list[Sentence]) -> bool:
    """Is the report's patient an animal (a veterinary case: "a 7-year-old dog", "an 11-year-old
    domestic shorthair cat")? Read in the title and the narrative's first sentences, where the
    patient is introduced (ANIMAL_PATIENT rows of kg/rules/patient.jsonl)."""
    return any(s.cue(Cue.ANIMAL_PATIENT) for s in title + narrative[:2])


def titled_review(sentences: list[Sentence]) -> bool:
    """Does the title call the report a review ("NTRK fusions in sarcoma: a narrative review": REVIEW_TITLE rows
    of kg/rules/patient.jsonl), whatever type its source states? A review is a document type of its own: the
    patients it recounts are the literature's ("One published patient had a complete response"), and it is a
    case only when it presents a patient of its own (``reviews_own_patient``). Not a title that also names its
    patient or calls itself a case report ("...: a case report and review of the literature": TITLE_INTRO)."""
    return any(s.section.kind == "title" and s.cue(Cue.REVIEW_TITLE) for s in sentences) \
        and not title_introduces_patient(sentences)


def title_introduces_patient(sentences: list[Sentence]) -> bool:
    """Does the title name the report's patient(s) ("... in a patient taking diphenylhydantoin",
    "report of a case and review of the literature")? TITLE_INTRO rows of kg/rules/patient.jsonl."""
    return any(s.section.kind == "title" and s.cue(Cue.TITLE_INTRO) for s in sentences)


# where a study reports its own patients (an introduction or discussion recounts other reports' cohorts)
COHORT_SECTIONS = frozenset({"title", "abstract", "results", "methods"})


def reports_cohort(sentences: list[Sentence]) -> bool:
    """Does the text report a trial or cohort of its own ("48 patients were enrolled", "The ORR was
    35%")? Cues: COHORT_REPORT rows of kg/rules/patient.jsonl; not a review's account of another
    report's cohort (OTHER_STUDY: "in the KEYNOTE-062 trial"), unless the sentence names the report's
    own study (OWN_STUDY: "in this trial"), not a sentence that itself introduces the report's
    few patients (PATIENT_INTRO), and not the BACKGROUND part of a structured abstract (BACKGROUND_HEADING)."""
    return any(s.section.kind in COHORT_SECTIONS and s.cue(Cue.COHORT_REPORT)
               and (not s.cue(Cue.OTHER_STUDY) or s.cue(Cue.OWN_STUDY))
               # the BACKGROUND of a structured abstract tells what other studies found ("In a phase 1 cohort
               # the response rate was 40%"); the report's own cohort is told in its methods and results
               and not (s.section.kind == "abstract" and s.section.title
                        and label_match(Cue.BACKGROUND_HEADING, s.section.title))
               # "we noted X in 10 consecutive patients who had received Y": the sentence that
               # introduces a small series is not a cohort's count
               and not s.cue(Cue.PATIENT_INTRO) for s in sentences)


def announces_own_patients(sentences: list[Sentence]) -> bool:
    """Does the text say that the report itself presents its patients (not a patient met in
    passing in a cohort's results: "One patient whose tumor ... responded")?"""
    return any(s.cue(Cue.PATIENT_INTRO_REPORT_LEVEL) for s in sentences)


def tells_own_patient(narrative: list[Sentence], titled: bool) -> bool:
    """Is the narrative the report's own patient's story even when no fact of it is read (a story of
    another disease)? The report says it presents its patient ("We report a case of ...", "A patient
    is reported who ...": PATIENT_INTRO rows marked ``report_level``), or the title names one patient
    (``titled``: "Pure red cell aplasia in a patient taking phenytoin"), whether or not the text introduces them
    again (an old terse abstract tells the event and its course only; a title's patient counts only outside a
    trial's or cohort's own report, kg.extraction.extract). A passing "one case of bleeding" in a trial's results
    is neither."""
    return announces_own_patients(narrative) or titled


def reviews_own_patient(sentences: list[Sentence]) -> bool:
    """Does a review present a patient of its own? A review recounts other reports' patients ("A 45-year-old
    woman who progressed on crizotinib responded to ceritinib [12]"), which introduce no case of it; its own
    patient is announced ("We also describe our patient": PATIENT_INTRO rows marked ``own``), given a section
    of its own ("Our patient", "Illustrative case": OWN_CASE_HEADING), or told in a case section of no other report
    (:func:`_told_as_own`). Not a title's "case reports": "Case reports of ALK inhibitor toxicity: a review"
    reviews them (a case report that reviews the literature says it is a case report by its type)."""
    # (a sentence that also recounts other reports still says "our patient": "We review the published cases,
    # and we also describe our own patient")
    return any(s.cue(Cue.PATIENT_INTRO_OWN) for s in sentences) \
        or any(s.section.kind == "case" and label_match(Cue.OWN_CASE_HEADING, s.section.title) for s in sentences) \
        or any(_told_as_own(part) for part in _case_sections(sentences))


# sentence flags (kg_assertion) of a sentence that recounts another report: its citation, its patient, its reference
_RECOUNTED = frozenset({"literature", "other_report", "citation_line"})


def _case_sections(sentences: list[Sentence]) -> list[list[Sentence]]:
    """The sentences of each case section, section by section."""
    parts: dict[int, list[Sentence]] = {}
    for s in sentences:
        if s.section.kind == "case":
            parts.setdefault(id(s.section), []).append(s)
    return list(parts.values())


def _told_as_own(part: list[Sentence]) -> bool:
    """Is a review's case section its own patient's whatever its heading ("Case presentation")? The literature's
    patients are recounted with their citations and authors (a sentence flagged literature or other_report: "A
    45-year-old woman responded to ceritinib [12]"); a section told without any of them that keeps coming back to
    one patient (two or more sentences anchored to the patient, kg_assertion's patient_anchor) is the review's own."""
    return not any(s.flags & _RECOUNTED for s in part) and sum("patient_anchor" in s.flags for s in part) >= 2


def others_case_sections(sentences: list[Sentence]) -> set[int]:
    """In a review with a section of its own patient ("Illustrative case"), the ids of its other case
    sections ("Case reports", "Published cases"): they recount the literature's patients, not its own."""
    own = {id(s.section) for s in sentences if s.section.kind == "case" and label_match(Cue.OWN_CASE_HEADING, s.section.title)}
    return {id(s.section) for s in sentences if s.section.kind == "case" and id(s.section) not in own} if own else set()


def _repeated_case_sections(narrative: list[Sentence]) -> dict[int, int]:
    """Section id -> case number where one unnumbered heading comes back over several sections that each open by
    introducing a patient: a page of meeting abstracts ("Background / Case / Conclusion" once per abstract), a
    newsletter's two case vignettes under "Case presentation" each. Not a section that goes on after a figure
    under its heading (it opens with no patient introduction)."""
    firsts: dict[int, Sentence] = {}
    for s in narrative:
        if s.section.title and id(s.section) not in firsts:
            firsts[id(s.section)] = s
    by_title: dict[str, list[int]] = {}
    for sid, s in firsts.items():
        if case_heading_number(s.section.title) is None and patient_intro([s]) is not None:
            by_title.setdefault(" ".join(s.section.title.lower().rstrip(" :.").split()), []).append(sid)
    return {sid: k for sids in by_title.values() if len(sids) >= 2 for k, sid in enumerate(sids, 1)}


def _numbered_groups(narrative: list[Sentence]) -> list[tuple[int, list[Sentence]]]:
    """(case number, sentences) runs of a narrative: a run opens at "Case 2" (a heading, a section title or a
    sentence opener; or the second of the sections one heading repeats, each introducing a patient); the
    sentences before the first number are run 0."""
    groups: list[tuple[int, list[Sentence]]] = []
    repeated = _repeated_case_sections(narrative)
    opened: set[int] = set()
    for s in narrative:
        n = case_heading_number(s.section.title) if s.section.title else None
        n = n or case_number_of(s)
        if n is None and id(s.section) in repeated and id(s.section) not in opened:
            n = repeated[id(s.section)]
        opened.add(id(s.section))
        if n is not None and (not groups or groups[-1][0] != n):
            groups.append((n, [s]))
        elif groups:
            groups[-1][1].append(s)
        else:
            groups.append((0, [s]))
    return groups


def _short_lead(groups: list[tuple[int, list[Sentence]]]) -> bool:
    """A lead-in of up to three sentences before "Case 1" / "In the first patient" (the disease in a sentence, the
    patients introduced, the treatment they all began) is the series', not a patient of its own."""
    return len(groups) > 1 and groups[0][0] == 0 and len(groups[0][1]) <= 3


def split_cases(narrative: list[Sentence]) -> list[list[Sentence]]:
    """'Case 1 ... Case 2 ...' (as headings, section titles or sentence openers) -> one list per patient."""
    groups = _numbered_groups(narrative)
    if _short_lead(groups):
        groups[1] = (groups[1][0], groups[0][1] + groups[1][1])  # a short lead-in before "Case 1"
        groups.pop(0)
    numbered = [g for g in groups if g[0]]
    if len(numbered) < 2:
        return [narrative]
    # a story that goes back and forth between its patients ("Patient A needed oxygen ... Patient B was discharged
    # ... Patient A was readmitted"): each patient's sentences are one case, wherever they stand
    merged: dict[int, list[Sentence]] = {}
    for n, sents in groups:
        merged.setdefault(n, []).extend(sents)
    return list(merged.values())


def series_lead(narrative: list[Sentence]) -> list[Sentence]:
    """The short lead-in of a series told case by case ("Two patients with Hodgkin's disease who developed
    haemorrhagic cystitis after cyclophosphamide are described. Case 1: ... Case 2: ..."): what it says of
    the patients (their tumour, the drug, the event) is every patient's, not only the first one's. [] when
    the narrative is not split into cases or opens with no short lead-in (split_cases files it with case 1)."""
    groups = _numbered_groups(narrative)
    if not _short_lead(groups) or len([g for g in groups if g[0]]) < 2:
        return []
    return groups[0][1]


def _clause_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets in ``text`` of the clause (between '.'/';') that holds text[start:end]: linear,
    unlike a regex that scans '[^.;]*' from every position."""
    left = max(text.rfind(".", 0, start), text.rfind(";", 0, start)) + 1
    right = min([i for i in (text.find(".", end), text.find(";", end)) if i >= 0] or [len(text)])
    return left, right


def outcome(narrative: list[Sentence]) -> str | None:
    """The patient's outcome: the clause of the last narrative sentence with an OUTCOME cue."""
    found = outcome_and_cue(narrative)
    return found[0] if found else None


def outcome_and_cue(narrative: list[Sentence]) -> tuple[str, CueSpan] | None:
    """The patient's outcome and the OUTCOME cue it was read because of."""
    for s in reversed(narrative):
        if s.literature:
            continue
        cue = s.cue(Cue.OUTCOME)
        if not cue:
            continue
        left, right = _clause_around(s.text, cue.start - s.start, cue.end - s.start)
        a, b = s.start + left, s.start + right
        if s.cue(Cue.OUTCOME_SUBJECT, a, b) and not s.cue(Cue.OUTCOME_NOT, a, b):
            return s.text[left:right].strip()[:200], cue
    return None
