"""Every example of kg/rules/patient.jsonl through its reader: age (``kg_rules``' AGE_SEX spans, the
case's age), sex and case headings (kg/extraction/patient.py), patient introductions and the outcome
(kg/extraction/cases.py). ``[text, field, expected]``: ``text`` read as a case narrative gives the
case ``age`` / ``sex`` / ``outcome`` ``expected`` (null: none), or its first sentence opens case
number ``expected`` (``case_number``). String examples of PATIENT_INTRO introduce a patient (its
counter-examples do not); of OUTCOME and OUTCOME_SUBJECT give the case an outcome; AGE and
CASE_HEADING string counter-examples give no age / no case number; COHORT_REPORT examples make the
text a trial's or cohort's own report (its counter-examples do not)."""
import pytest

from kg.extraction.cases import (reviews_own_patient, announces_own_patients, introduces_patient, reports_cohort,
                                 titled_review)
from kg.extraction.mentions import sentences_from_doc
from kg.extraction.patient import case_heading_number, case_number_of
from kg.model import Section
from kg.nlp.cues import Cue, label_match
from kg.rules import rules
from kg.extraction.extract import extract_report
from rule_examples import case_of, document, strings, triples

FIELDS = {"age", "sex", "outcome", "case_number"}


def test_every_category_is_checked_here():
    checked = {"AGE", "AGE_MONTHS", "AGE_AGGREGATE", "SEX_NOUN", "SEX_MALE_WORD", "SEX_FEMALE_WORD",
               "CASE_HEADING", "OWN_ROW", "BACKGROUND_HEADING", "CONCLUSION_HEADING", "COURSE_HEADING", "OWN_CASE_HEADING", "NOTICE_TITLE", "REVIEW_TITLE", "ANIMAL_PATIENT", "STORY_OPENER", "PATIENT_INTRO", "TITLE_INTRO", "OUTCOME", "OUTCOME_SUBJECT", "OUTCOME_NOT", "COHORT_REPORT", "OTHER_STUDY", "OWN_STUDY", "STORY_PARAGRAPH", "TOLD_PAST",
               "ONE_PATIENT_REF", "GROUP_STATISTIC", "INDEFINITE_PERSON"}  # (the last three: tests/extraction/test_case_shapes_s31.py)
    assert set(rules("patient").categories) == checked


@pytest.mark.parametrize("row,text,field,expected", triples("patient"))
def test_patient_example(nlp, row, text, field, expected):
    assert field in FIELDS, f"patient.jsonl: unknown field {field!r}"
    if field == "case_number":
        assert case_heading_number(text) == expected   # as a section heading
        first = sentences_from_doc(nlp(text), Section(kind="case", title="", start=0, end=len(text)), 0, 0)[0]
        assert case_number_of(first) == expected        # as the sentence that opens the case
    else:
        case = case_of(nlp, text)
        assert getattr(case, field) == expected, (case.age, case.sex, case.outcome)


def _introduces(nlp, text):
    sentences = sentences_from_doc(nlp(text), Section(kind="abstract", title="", start=0, end=len(text)), 0, 0)
    return introduces_patient(sentences)


@pytest.mark.parametrize("row,text", strings("patient", "examples", ("PATIENT_INTRO",)))
def test_patient_introduction(nlp, row, text):
    assert _introduces(nlp, text)


@pytest.mark.parametrize("row,text", strings("patient", "counter_examples", ("PATIENT_INTRO",)))
def test_no_patient_introduction(nlp, row, text):
    assert not _introduces(nlp, text)


def _title_introduces(nlp, text, abstract="The tumor was resected."):
    """``text`` read as a title above a plain abstract sentence: does the report introduce a patient?"""
    title = sentences_from_doc(nlp(text), Section(kind="title", title="", start=0, end=len(text)), 0, 0)
    body = sentences_from_doc(nlp(abstract), Section(kind="abstract", title="", start=0, end=len(abstract)), 0, len(title))
    return introduces_patient(title + body)


@pytest.mark.parametrize("row,text", strings("patient", "examples", ("TITLE_INTRO",)))
def test_title_introduction(nlp, row, text):
    assert _title_introduces(nlp, text)


@pytest.mark.parametrize("row,text", strings("patient", "counter_examples", ("TITLE_INTRO",)))
def test_no_title_introduction(nlp, row, text):
    assert not _title_introduces(nlp, text)


def test_a_title_introduction_does_not_count_in_a_cohorts_own_report(nlp):
    title = "Hypotension in three patients receiving cisplatin and 5-fluorouracil."
    abstract = "Between 2001 and 2004, 48 patients were enrolled in this phase II trial."
    sentences = sentences_from_doc(nlp(title), Section(kind="title", title="", start=0, end=len(title)), 0, 0)
    sentences += sentences_from_doc(nlp(abstract), Section(kind="abstract", title="", start=0, end=len(abstract)), 0, 1)
    assert introduces_patient(sentences) and reports_cohort(sentences)
    assert not introduces_patient(sentences, in_cohort=reports_cohort(sentences))


def test_a_title_read_as_abstract_text_is_no_title_introduction(nlp):
    # TITLE_INTRO rows read titles only: in an abstract "in a patient with" may be a cohort's count
    assert not _introduces(nlp, "The single response was seen in a patient with hepatic metastases.")


def test_the_sentence_that_introduces_a_small_series_is_no_cohort_count(nlp):
    text = "We noted abnormal ocular motility in 10 consecutive patients with retinoblastoma who had received carboplatin."
    sentences = sentences_from_doc(nlp(text), Section(kind="abstract", title="", start=0, end=len(text)), 0, 0)
    assert introduces_patient(sentences) and not reports_cohort(sentences)
    text = "Between 2001 and 2004, 10 patients with retinoblastoma received carboplatin."
    sentences = sentences_from_doc(nlp(text), Section(kind="abstract", title="", start=0, end=len(text)), 0, 0)
    assert reports_cohort(sentences)


def _announces(nlp, text):
    sentences = sentences_from_doc(nlp(text), Section(kind="abstract", title="", start=0, end=len(text)), 0, 0)
    return announces_own_patients(sentences)


@pytest.mark.parametrize("row,text", [p for p in strings("patient", "examples", ("PATIENT_INTRO",))
                                      if p.values[0].fields.get("report_level")])
def test_report_level_introduction_announces_the_reports_own_patients(nlp, row, text):
    assert _announces(nlp, text)


def test_a_patient_met_in_a_cohorts_results_is_no_announcement(nlp):
    text = "One patient whose tumor harbored a NCOA4-RET fusion achieved a durable partial response to selpercatinib."
    assert _introduces(nlp, text) and not _announces(nlp, text)


@pytest.mark.parametrize("row,text", strings("patient", "examples", ("OUTCOME", "OUTCOME_SUBJECT")))
def test_outcome_example_gives_the_case_an_outcome(nlp, row, text):
    assert case_of(nlp, text).outcome


@pytest.mark.parametrize("row,text", strings("patient", "counter_examples", ("AGE",)))
def test_age_counter_example_gives_no_age(nlp, row, text):
    assert case_of(nlp, text).age is None


@pytest.mark.parametrize("row,text", strings("patient", "counter_examples", ("CASE_HEADING",)))
def test_case_heading_counter_example_opens_no_case(nlp, row, text):
    assert case_heading_number(text) is None
    first = sentences_from_doc(nlp(text), Section(kind="case", title="", start=0, end=len(text)), 0, 0)[0]
    assert case_number_of(first) is None


def _reports_cohort(nlp, text):
    return reports_cohort(sentences_from_doc(nlp(text), Section(kind="abstract", title="", start=0, end=len(text)), 0, 0))


@pytest.mark.parametrize("row,text", strings("patient", "examples", ("COHORT_REPORT",)))
def test_cohort_report(nlp, row, text):
    assert _reports_cohort(nlp, text)


@pytest.mark.parametrize("row,text", strings("patient", "counter_examples", ("COHORT_REPORT",)))
def test_no_cohort_report(nlp, row, text):
    assert not _reports_cohort(nlp, text)


@pytest.mark.parametrize("row,text", strings("patient", "examples", ("OWN_STUDY",)))
def test_own_study_keeps_a_literature_sentence_a_cohort_report(nlp, row, text):
    assert _reports_cohort(nlp, text)


@pytest.mark.parametrize("row,text", strings("patient", "counter_examples", ("OWN_STUDY",)))
def test_another_reports_cohort_is_no_cohort_report(nlp, row, text):
    assert not _reports_cohort(nlp, text)


@pytest.mark.parametrize("row,text", strings("patient", "examples", ("OTHER_STUDY",)))
def test_another_studys_cohort_is_no_cohort_report(nlp, row, text):
    assert not _reports_cohort(nlp, text)


@pytest.mark.parametrize("row,heading", strings("patient", "examples", ("BACKGROUND_HEADING",)))
def test_background_heading(row, heading):
    assert label_match(Cue.BACKGROUND_HEADING, heading)


@pytest.mark.parametrize("row,heading", strings("patient", "counter_examples", ("BACKGROUND_HEADING",)))
def test_not_a_background_heading(row, heading):
    assert not label_match(Cue.BACKGROUND_HEADING, heading)


@pytest.mark.parametrize("row,heading", strings("patient", "examples", ("CONCLUSION_HEADING",)))
def test_conclusion_heading(row, heading):
    assert label_match(Cue.CONCLUSION_HEADING, heading)


@pytest.mark.parametrize("row,heading", strings("patient", "counter_examples", ("CONCLUSION_HEADING",)))
def test_not_a_conclusion_heading(row, heading):
    assert not label_match(Cue.CONCLUSION_HEADING, heading)


@pytest.mark.parametrize("row,heading", strings("patient", "examples", ("COURSE_HEADING",)))
def test_course_heading(row, heading):
    assert label_match(Cue.COURSE_HEADING, heading)


@pytest.mark.parametrize("row,heading", strings("patient", "counter_examples", ("COURSE_HEADING",)))
def test_not_a_course_heading(row, heading):
    assert not label_match(Cue.COURSE_HEADING, heading)


@pytest.mark.parametrize("row,title", strings("patient", "examples", ("NOTICE_TITLE",)))
def test_notice_title(row, title):
    assert label_match(Cue.NOTICE_TITLE, title)


@pytest.mark.parametrize("row,title", strings("patient", "counter_examples", ("NOTICE_TITLE",)))
def test_not_a_notice_title(row, title):
    assert not label_match(Cue.NOTICE_TITLE, title)


@pytest.mark.parametrize("row,text", strings("patient", "examples", ("ANIMAL_PATIENT",)))
def test_animal_patient(nlp, row, text):
    # the sentence as a case report's narrative: a veterinary patient makes no case
    assert any(s.cue(Cue.ANIMAL_PATIENT) for s in _case_sentences(nlp, text))
    assert extract_report(document(text), nlp).cases == []


@pytest.mark.parametrize("row,text", strings("patient", "counter_examples", ("ANIMAL_PATIENT",)))
def test_not_an_animal_patient(nlp, row, text):
    assert not any(s.cue(Cue.ANIMAL_PATIENT) for s in _case_sentences(nlp, text))


@pytest.mark.parametrize("row,text", strings("patient", "examples", ("STORY_OPENER",)))
def test_story_opener(nlp, row, text):
    assert _abstract_sentences(nlp, text)[0].cue(Cue.STORY_OPENER)


@pytest.mark.parametrize("row,text", strings("patient", "counter_examples", ("STORY_OPENER",)))
def test_not_a_story_opener(nlp, row, text):
    assert not _abstract_sentences(nlp, text)[0].cue(Cue.STORY_OPENER)


@pytest.mark.parametrize("row,text", strings("patient", "examples", ("TOLD_PAST",)))
def test_told_in_the_past(nlp, row, text):
    assert _abstract_sentences(nlp, text)[0].cue(Cue.TOLD_PAST)


@pytest.mark.parametrize("row,text", strings("patient", "counter_examples", ("TOLD_PAST",)))
def test_not_told_in_the_past(nlp, row, text):
    assert not _abstract_sentences(nlp, text)[0].cue(Cue.TOLD_PAST)


def _abstract_sentences(nlp, text):
    return sentences_from_doc(nlp(text), Section(kind="abstract", title="", start=0, end=len(text)), 0, 0)


def _case_sentences(nlp, text):
    return sentences_from_doc(nlp(text), Section(kind="case", title="Case presentation", start=0, end=len(text)), 0, 0)


@pytest.mark.parametrize("row,heading", strings("patient", "examples", ("OWN_CASE_HEADING",)))
def test_own_case_heading(row, heading):
    assert label_match(Cue.OWN_CASE_HEADING, heading)


@pytest.mark.parametrize("row,heading", strings("patient", "counter_examples", ("OWN_CASE_HEADING",)))
def test_not_an_own_case_heading(row, heading):
    assert not label_match(Cue.OWN_CASE_HEADING, heading)


@pytest.mark.parametrize("row,text", [p for p in strings("patient", "examples", ("PATIENT_INTRO",))
                                      if p.values[0].fields.get("own")])
def test_own_introduction_makes_a_review_a_case(nlp, row, text):
    # the same sentence in a review's introduction (where no case section is read) still says the patient is its own
    sentences = sentences_from_doc(nlp(text), Section(kind="introduction", title="", start=0, end=len(text)), 0, 0)
    assert reviews_own_patient(sentences)


def _own_row(nlp, text):
    [first] = sentences_from_doc(nlp(text), Section(kind="case", title="", start=0, end=len(text)), 0, 0)[:1]
    return first.cue(Cue.OWN_ROW) is not None


@pytest.mark.parametrize("row,text", strings("patient", "examples", ("OWN_ROW",)))
def test_own_row(nlp, row, text):
    assert _own_row(nlp, text)


@pytest.mark.parametrize("row,text", strings("patient", "counter_examples", ("OWN_ROW",)))
def test_no_own_row(nlp, row, text):
    assert not _own_row(nlp, text)


def _title(nlp, text):
    return sentences_from_doc(nlp(text), Section(kind="title", title="", start=0, end=len(text)), 0, 0)


@pytest.mark.parametrize("row,title", strings("patient", "examples", ("REVIEW_TITLE",)))
def test_review_title(nlp, row, title):
    assert titled_review(_title(nlp, title))


@pytest.mark.parametrize("row,title", strings("patient", "counter_examples", ("REVIEW_TITLE",)))
def test_no_review_title(nlp, row, title):
    assert not titled_review(_title(nlp, title))
