"""A clinical note's "Plan" covers its own visit only (session 42, sec42): in notes told visit after visit, the next
visit's heading, a SOAP note's "Subjective:" or a dated line that tells what happened is the patient's story again,
while a tumour board's recommendation, or a plan's own schedule of steps still to come, stays a plan whose drugs
were not given. Texts written for this project."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes
from kg.readers.headings import opens_note, opens_visit, soap_objective

# inline labels, numbered visits; the first visit's lines one a line under a labelled background
INLINE_VISITS = """Oncology Bedside Notes, No. 7
Two years of ALK-positive lung cancer in clinic notes

Background: ALK rearrangements occur in about 4% of lung adenocarcinomas.

VISIT 1 - thoracic clinic, 01/2024
58F never smoker, cough x 2 mo.
CT: RUL mass, pleural + bone mets.
Bx: adenocarcinoma, ALK IHC+, FISH EML4-ALK.
Dx: stage IVB lung adenocarcinoma.
Plan: alectinib 600 mg BID. Dental review first.

VISIT 2 - 03/2024
Alectinib well tolerated. CT: PR, pleural effusion resolved.

VISIT 3 - 06/2024
Myalgia G2, CK 6x ULN (G3 CPK increase). Alectinib held 1 wk then resumed 450 mg BID.
"""

# labels on their own lines, each visit under a dated heading line of its own
LABELS_ON_THEIR_OWN_LINES = """Case study from the melanoma clinic

Clinic visit, 4 February 2025
A 61-year-old man was seen with a BRAF V600E melanoma metastatic to the liver.

Assessment
Stage IV melanoma, LDH normal.

Plan
Dabrafenib plus trametinib.

Clinic visit, 18 March 2025
He had started dabrafenib and trametinib three weeks earlier and developed grade 2 pyrexia, which settled when both were paused.

Clinic visit, 30 May 2025
CT showed a partial response of the liver metastases.
"""

# SOAP notes, one visit after another
SOAP_NOTES = """Progress notes shared for teaching

Case presentation

Visit on day 1
Subjective: A 47-year-old woman with HER2-positive breast cancer metastatic to the lungs.
Exam: ECOG 1, SpO2 97%.
Assessment: first line for metastatic disease.
Plan: trastuzumab deruxtecan 5.4 mg/kg every three weeks.

Subjective: after cycle 3 she reports a dry cough; CT showed grade 2 pneumonitis and trastuzumab deruxtecan was held.
Assessment: drug-related pneumonitis.
"""

# a dated timeline after the plan
DATED_TIMELINE = """Fellow's case log

Case presentation
A 66-year-old man had metastatic colorectal adenocarcinoma, RAS wild type.

Plan: FOLFIRI with cetuximab every two weeks.

12/02/2024: cycle 1 of FOLFIRI and cetuximab given; grade 3 acneiform rash on day 10, cetuximab reduced.

On day 60 CT showed a partial response.
"""

# counter-examples: a tumour board's recommendation, its dated schedule still to come
BOARD_RECOMMENDATION = """MOLECULAR TUMOUR BOARD SUMMARY

Patient: 72-year-old woman, ECOG 1, lung adenocarcinoma with an EGFR exon 19 deletion.
History: carboplatin and pemetrexed from 2023, progression in the liver.

Recommendation
Osimertinib 80 mg daily.
06/2026: start osimertinib and repeat liver tests after two weeks.
Week 8: restage with CT.
"""

# a guideline's recommendations after its discussion: a dated line there is the literature's
REVIEW_RECOMMENDATIONS = """Case report

Case presentation
A 55-year-old man with a KRAS G12C lung adenocarcinoma received sotorasib with stable disease.

Discussion
KRAS G12C inhibitors changed second-line practice.

Recommendations
In March 2021 the agency approved sotorasib after a single-arm trial. Adagrasib was approved in 2022.
"""


def _document(text):
    return next(read_bytes(text.encode(), "notes.txt"))


def _kind_of(doc, words):
    """The kind of the section holding ``words``."""
    at = doc.text.index(words)
    return next(s.kind for s in doc.sections if s.start <= at < s.end)


@pytest.mark.parametrize("text,first,plan,story", [
    (INLINE_VISITS, "58F never smoker", "alectinib 600 mg BID", "Myalgia G2"),
    (INLINE_VISITS, "58F never smoker", "alectinib 600 mg BID", "Alectinib well tolerated"),
    (LABELS_ON_THEIR_OWN_LINES, "A 61-year-old man", "Dabrafenib plus trametinib.", "grade 2 pyrexia"),
    (LABELS_ON_THEIR_OWN_LINES, "A 61-year-old man", "Dabrafenib plus trametinib.", "partial response of the liver"),
    (SOAP_NOTES, "A 47-year-old woman", "trastuzumab deruxtecan 5.4", "grade 2 pneumonitis"),
    (DATED_TIMELINE, "A 66-year-old man", "FOLFIRI with cetuximab every", "grade 3 acneiform rash"),
    (DATED_TIMELINE, "A 66-year-old man", "FOLFIRI with cetuximab every", "On day 60 CT"),
], ids=["inline-2", "inline-3", "own-lines-2", "own-lines-3", "soap", "timeline", "on-day"])
def test_the_next_visit_after_a_plan_is_the_story_again(text, first, plan, story):
    doc = _document(text)
    assert _kind_of(doc, plan) == "discussion"   # the plan itself stays a plan
    assert _kind_of(doc, story) == _kind_of(doc, first) in ("case", "other", "abstract")


def test_a_soap_notes_objective_label_is_the_story():
    # "Objective:" under "Subjective:" is the note's findings, not a study's aim: the plan after it still follows
    # the story, and the next visit is the story again
    doc = _document(SOAP_NOTES.replace("Exam:", "Objective:"))
    assert _kind_of(doc, "SpO2 97%") == "case"
    assert _kind_of(doc, "grade 2 pneumonitis") == "case"


def test_a_studys_objective_label_stays_its_aim():
    assert not soap_objective("Objective", "Background: Fusions are rare.")
    assert soap_objective("Objective", "Subjective: tired, eating less.")


def test_notes_read_under_a_labelled_introduction_are_the_case():
    # "Background: ..." then "VISIT 1 - ...": the notes are no part of the background
    doc = _document(INLINE_VISITS)
    assert _kind_of(doc, "58F never smoker") == "case"
    assert _kind_of(doc, "ALK rearrangements occur") != "case"


@pytest.mark.parametrize("text,words", [
    (BOARD_RECOMMENDATION, "Osimertinib 80 mg daily"),
    (BOARD_RECOMMENDATION, "start osimertinib and repeat"),
    (BOARD_RECOMMENDATION, "restage with CT"),
    (REVIEW_RECOMMENDATIONS, "the agency approved sotorasib"),
])
def test_a_boards_plan_and_its_schedule_stay_a_plan(text, words):
    assert _kind_of(_document(text), words) == "discussion"


def _case(nlp, text):
    [case] = extract_report(_document(text), nlp).cases
    return case


def test_a_later_visits_graded_event_is_the_patients(nlp):
    case = _case(nlp, DATED_TIMELINE)
    events = {(e.concept.label.lower(), e.grade) for e in case.adverse_events}
    assert any("rash" in label and grade == 3 for label, grade in events), events
    assert "irinotecan" in {d.label.lower() for t in case.treatments for d in t.drugs}


def test_a_boards_recommended_drug_stays_not_given(nlp):
    given = {d.label.lower() for t in _case(nlp, BOARD_RECOMMENDATION).treatments for d in t.drugs}
    assert "osimertinib" not in given and "pemetrexed" in given


@pytest.mark.parametrize("line", [
    "NOTE 3 - C2D1 05/2025 tolerating well",
    "Visit 2 (14/05/2025)",
    "Clinic visit, 3 March 2025",
    "Progress note 12/03/2025: seen with her husband",
    "Follow-up visit #4",
    "Subjective: no new complaints",
])
def test_a_numbered_or_dated_note_heading_opens_a_note(line):
    assert opens_note(line) and opens_visit(line)


@pytest.mark.parametrize("line,told", [
    ("04/2025: osimertinib started; G2 rash.", True),
    ("On day 15 she developed grade 3 diarrhoea.", True),
    ("At follow-up, he had a grade 2 rash on the face.", True),
    ("Two weeks later he was admitted with fever.", True),
    ("Labs: ANC 0.6 (grade 3), no fever.", True),
    # steps still to come, and labels that are no visit
    ("06/2026: start osimertinib 80 mg daily.", False),
    ("Week 4: restage with CT.", False),
    ("Day 1: osimertinib 80 mg.", False),
    ("Response: will be assessed by CT after cycle 3.", False),
    ("Rationale: an EGFR exon 19 deletion was found.", False),
    ("Visit the clinic if fever develops.", False),
    ("Consultation with cardiology was requested.", False),
])
def test_a_dated_or_labelled_line_opens_a_visit_only_when_it_tells_what_happened(line, told):
    assert opens_visit(line) is told
