"""CARE-guideline case reports split the patient's story over several headed sections."""
import pytest

from kg.readers import read_bytes
from kg.readers.headings import heading_kind

CARE = b"""<?xml version="1.0"?>
<article article-type="case-report"><front><article-meta><article-id pub-id-type="doi">10.5555/care.1</article-id>
<title-group><article-title>Alectinib in ALK-positive lung adenocarcinoma: a case report</article-title></title-group>
</article-meta></front><body>
<sec><title>Introduction</title><p>ALK fusions occur in 5% of lung adenocarcinomas.</p></sec>
<sec><title>Patient information</title><p>A 62-year-old woman presented with dyspnea in May 2018.</p></sec>
<sec><title>Diagnostic assessment</title><p>Biopsy showed an EML4-ALK fusion.</p>
<sec><title>Molecular testing</title><p>FISH confirmed ALK rearrangement.</p></sec></sec>
<sec><title>Therapeutic intervention</title><p>Alectinib was started in June 2018.</p></sec>
<sec><title>Follow-up and outcomes</title><p>She remains on alectinib.</p></sec>
<sec><title>Discussion</title><p>Alectinib is standard.</p></sec>
</body></article>"""


def test_readers_care_sections_are_all_case_narrative():
    doc = next(read_bytes(CARE, "care.nxml"))
    kinds = {s.title: s.kind for s in doc.sections}
    for title in ("Patient information", "Diagnostic assessment", "Molecular testing",
                  "Therapeutic intervention", "Follow-up and outcomes"):
        assert kinds[title] == "case", title
    assert kinds["Introduction"] == "introduction" and kinds["Discussion"] == "discussion"


def test_readers_longer_case_titles_in_jats_but_not_plain_text_titles():
    from kg.readers.headings import heading_kind

    for title in ("Case presentation and treatment", "Report of a case", "Clinical case description"):
        assert heading_kind(title, loose=True) == "case", title
    assert heading_kind("Lorlatinib response: a case report") is None
    assert heading_kind("Case discussion", loose=True) == "discussion"


def test_readers_care_words_are_not_headings_in_plain_text():
    from kg.readers.headings import heading_kind

    assert heading_kind("Treatment", loose=True) == "case"
    assert heading_kind("Treatment") is None  # a table column in PDF text, not a section
    assert heading_kind("Follow-up and outcomes") is None


@pytest.mark.parametrize("heading, kind", [
    ("2 CASE HISTORY/EXAMINATION", "case"),
    ("Case presentation/clinical course", "case"),
    ("Discussion/conclusion", "discussion"),
    ("3 METHODS (DIFFERENTIAL DIAGNOSIS, INVESTIGATIONS AND TREATMENT)", "case"),
    ("4 CONCLUSION AND RESULTS (OUTCOME AND FOLLOW-UP)", "case"),
    ("Results (diagnostic assessment, therapeutic intervention, follow-up and outcomes)", "case"),
    ("Methods (n = 45)", None),               # a bracket of no CARE parts names no case
    ("Treatment (chemotherapy and surgery)", None),
])
def test_slash_and_bracketed_care_headings(heading, kind):
    assert heading_kind(heading) == kind


def test_teaching_case_headings():
    from kg.readers.headings import heading_kind
    assert heading_kind("Question 2") == heading_kind("Quiz") == "discussion"
    # a quiz's answer reveals the patient's own diagnosis: not read like a discussion
    assert heading_kind("Answer") == heading_kind("Answer 2") == "case"
    assert heading_kind("Answer and discussion") == "discussion"
    from kg.readers.headings import bracketed_heading, is_question_heading
    assert is_question_heading("Question 2") and is_question_heading("QUIZ:") and not is_question_heading("Answer")
    assert bracketed_heading("[ CASE ]") == "CASE" and bracketed_heading("CASE") is None
    assert heading_kind("Case continued") == heading_kind("[ CASE ]") == "case"
    # a case report's summary box, not a section of the story or a discussion that closes the abstract
    assert heading_kind("Learning points") is None


def test_a_question_part_is_its_question_and_options_not_prose():
    from kg.readers.text import _is_question_part
    assert _is_question_part("What is the next step?\nA. Regorafenib\nB. Trifluridine/tipiracil")
    assert _is_question_part("Which drug would you add?\nLapatinib plus capecitabine\nNeratinib plus capecitabine")
    assert _is_question_part("(a) pirtobrutinib (b) zanubrutinib")
    assert not _is_question_part("She started encorafenib plus cetuximab in February 2022.")
    assert not _is_question_part("What next?\nSequencing showed a BRAF V600E mutation, and she started encorafenib.")


def test_a_case_heading_with_a_subtitle_or_a_gloss_is_a_case_heading():
    from kg.readers.headings import heading_kind
    # a case told as a table of dated events, and a case told in parts under subtitled headings
    for heading in ("Clinical timeline (month | event)", "Case timeline", "Timeline of the case",
                    "Case - the first primary", "Case \u2013 relapse", "Case 2 \u2014 second-line treatment",
                    "Patient history (summary)"):
        assert heading_kind(heading) == "case", heading
    # an article title that calls itself a case report is no heading, nor is a bare CARE column word
    for text in ("Case report: an unusual sarcoma of the heart", "Lorlatinib response: a case report",
                 "Timeline", "Treatment (first line)",
                 # the patient's line of a summary, a case's opening sentence
                 "Patient: 58-year-old man, ECOG 1", "Case 2: A 60-year-old man had a cough.",
                 "Patient - 71-year-old woman", "Case (n = 1)"):
        assert heading_kind(text) is None, text


def test_a_letters_salutation_opens_its_body():
    from kg.readers import read_bytes
    text = ("Oncology Letters 2031\n\nSecond opinion on a relapsed lymphoma\n\nDear Colleague,\n\n"
            "Thank you for referring this 70-year-old lady, whom I saw in clinic on Monday.\n\n"
            "She relapsed after R-CHOP in 2030 and her PET showed new nodes in the neck.\n")
    [doc] = [d for d in read_bytes(text.encode(), "letter.txt") if hasattr(d, "ids")]
    kinds = [(s.kind, doc.text[s.start:s.end][:20]) for s in doc.sections]
    assert ("abstract", "Thank you for referr") in kinds, kinds


def test_a_care_heading_with_a_gloss_is_a_case_heading_in_markup_only():
    from kg.readers.headings import heading_kind
    for heading in ("Follow-up (six months later)", "Outcome - two years later"):
        assert heading_kind(heading, loose=True) == "case", heading
        assert heading_kind(heading) is None, heading


def test_readers_addendum_after_the_discussion_is_the_case_later_course():
    for title in ("Addendum", "ADDENDUM", "Follow-up addendum", "Note added in proof"):
        assert heading_kind(title) == "case", title
    text = (b"Imatinib-resistant gastrointestinal stromal tumour: a case report\n\nCase presentation\n\n"
            b"A 51-year-old man with a KIT exon 11 gastric GIST started sunitinib in March 2024.\n\n"
            b"Discussion\n\nSunitinib is the standard second line.\n\nAddendum\n\n"
            b"In January 2025 CT showed a partial response, and sunitinib continues.\n")
    doc = next(read_bytes(text, "addendum.txt"))
    assert [s.kind for s in doc.sections if s.title == "Addendum"] == ["case"]


def test_readers_case_heading_placed_in_time_is_the_case():
    for title in ("TREATMENT COURSE AFTER THE BOARD", "Clinical course since diagnosis",
                  "Treatment course following surgery"):
        assert heading_kind(title) == "case", title
    # the bare words stay table-column words in plain text; other kinds placed in time are not cases
    assert heading_kind("Treatment course") is None
    assert heading_kind("Discussion after all") is None
    # (an addendum's heading, "Follow-up (added before publication)", is a known heading of its own:
    # test_addendum_headings_are_the_patients_later_course)
    assert heading_kind("Follow-up (added before publication)") == "case"


@pytest.mark.parametrize("heading,kind", [
    # an editorial's or a commentary's own patient, told under a heading of its own
    ("A patient from my clinic", "case"), ("One patient of ours", "case"), ("Our own patient", "case"),
    ("A case from our department", "case"),
    # what the case teaches is the author's comment on it
    ("What this case teaches", "discussion"), ("Lessons from our patient", "discussion"),
    # not a patient heading: a trial's patients, a general sentence
    ("Patients and methods", "methods"), ("A patient-centred approach", None),
])
def test_own_patient_and_lesson_headings(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("heading,addendum", [
    ("Addendum", True), ("4. Addendum", True), ("Note added in proof", True), ("Postscript", True),
    ("Follow-up (added after acceptance)", True), ("Update since submission", True),
    ("Follow-up", False), ("Case 2", False), ("Discussion", False),
])
def test_addendum_headings_are_the_patients_later_course(heading, addendum):
    from kg.readers.headings import is_addendum_heading
    assert is_addendum_heading(heading) is addendum
    if addendum:
        assert heading_kind(heading) == "case"


@pytest.mark.parametrize("heading,kind", [
    # a journal editor's lead-in and comment around a case it prints
    ("Introduction written by the editors", "introduction"), ("Editor's note", "introduction"),
    ("Editors' comment", "discussion"), ("Expert comment", "discussion"), ("Discussion points", "discussion"),
    # the clinician's own record printed as the case
    ("Dictation begins", "case"), ("Transcript", "case"), ("The referral letter", "case"),
    ("Letter", None),
])
def test_editors_frame_and_printed_record_headings(heading, kind):
    assert heading_kind(heading) == kind


def test_table_grid_carries_cells_spanning_rows_and_keeps_a_group_label_in_one_column():
    from kg.readers.headings import table_grid
    rows = [[("Line", 1, 1), ("Regimen", 1, 1), ("Response", 1, 1)],
            [("1", 2, 1), ("Gemcitabine", 1, 1), ("SD", 1, 1)],
            [("Capecitabine", 1, 1), ("PD", 1, 1)],
            [("After the relapse", 1, 3)],
            [("2", 1, 1), ("Olaparib", 1, 1), ("PR", 1, 1)]]
    assert table_grid(rows) == [["Line", "Regimen", "Response"], ["1", "Gemcitabine", "SD"], ["1", "Capecitabine", "PD"],
                                ["After the relapse", "", ""], ["2", "Olaparib", "PR"]]


def test_course_lines_pair_cells_with_their_headers_and_skip_tables_of_measurements():
    from kg.readers.headings import course_lines
    assert course_lines([["Cycle", "Drug", "Toxicity"], ["3", "Ixabepilone", "grade 2 neuropathy"]]) == [
        "Cycle: 3 | Drug: Ixabepilone | Toxicity: grade 2 neuropathy"]
    assert course_lines([["Date", "Marrow blasts", "Status"], ["04/2022", "3%", "remission"]]) is None
    assert course_lines([["Toxicity", "Worst grade", "Cycle"], ["Neuropathy", "2", "3"]]) == [
        "Toxicity | Worst grade | Cycle", "Neuropathy | 2 | 3"]


# session 18: a plain-text tumour board's story goes on under "Outcome" after the board's discussion (texts written
# for this test)
BOARD = """Tumour board: a relapsed salivary carcinoma

Case summary
A 61-year-old woman had an adenoid cystic carcinoma of the submandibular gland resected in 2019. Lung nodules
appeared in 2022.

Question for the board
Which systemic treatment should she receive?

Board discussion
Lenvatinib and axitinib were discussed; responses are modest.

Outcome
She started lenvatinib 24 mg daily in March 2023 and has had stable disease for a year.
"""

LITERATURE = """A review of salivary carcinoma treatment

Discussion
Lenvatinib and axitinib give modest responses in adenoid cystic carcinoma.

Follow-up
Imaging every three months is advised for five years after resection.
"""


def _kinds(text: str) -> list[tuple[str, str]]:
    doc = next(read_bytes(text.encode(), "board.txt"))
    return [(s.kind, s.title) for s in doc.sections if s.kind not in ("title", "front_matter")]


def test_outcome_heading_after_a_board_discussion_is_the_case_going_on():
    assert ("case", "Outcome") in _kinds(BOARD)


def test_a_follow_up_heading_over_general_advice_stays_in_the_discussion():
    assert all(kind != "case" for kind, _ in _kinds(LITERATURE))


@pytest.mark.parametrize("heading", ["Observation", "Clinical observation", "Case observation"])
def test_a_translated_reports_observation_heading_is_the_case(heading):
    # session 18: French "Observation" kept in translation (and a journal's "Clinical observation")
    assert heading_kind(heading) == "case"


def test_observations_of_a_study_are_no_case_heading():
    assert heading_kind("Observations and measurements") != "case"
