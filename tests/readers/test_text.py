"""kg/readers/text.py: an adverse-event table pasted into a plain-text report (cells set apart by pipes or tabs)
stays one paragraph of rows, one row a line, and the prose after it stays apart from its last row. Tables are our
own made-up ones."""
import pytest

from kg.readers import read_bytes
from kg.readers.text import paragraphs

_INTRO = ("Case presentation\nA 66-year-old man with metastatic colorectal cancer started panitumumab with FOLFIRI in "
          "June 2023.\n")
_AFTER = "Irinotecan was then reduced by one dose level. He remains on treatment.\n"


@pytest.mark.parametrize("table", [
    # a one-character middle cell (the grade), with a header whose last cell ends on a preposition
    "Table 2. Toxicities\nEvent | Grade | Attributed to\nParonychia | 2 | panitumumab\nDiarrhoea | 3 | irinotecan\n",
    # cells set apart by tabs
    "Table 2. Toxicities\nSide effect\tWorst grade\tLinked to\nAcneiform rash\t2\tpanitumumab\nNeutropenia\tG3\tirinotecan\n",
])
def test_a_table_pasted_into_text_keeps_one_row_a_line(table):
    pars = paragraphs(_INTRO + table + _AFTER)
    [tab] = [p for p in pars if p.startswith("Table 2.")]
    assert len(tab.split("\n")) == 4
    [doc] = read_bytes((_INTRO + table + _AFTER).encode(), "case.txt")
    rows = doc.text.split("\n")
    # the first row is not glued to the header (which ends with "to"), nor the prose after the table to the last row
    assert any(r.startswith(("Paronychia", "Acneiform rash")) for r in rows)
    assert any(r.startswith("Irinotecan was then reduced") for r in rows)


def test_prose_lines_with_one_tab_are_no_table():
    # a single line with a tab among prose lines is no table: the lines still join as prose
    text = "Case presentation\nThe patient was seen in\tclinic on day 3 and\nreported no new symptoms.\n"
    assert "The patient was seen in clinic on day 3 and reported no new symptoms." in paragraphs(text)


# ---------------------------------------------------------------------------------------------------------------
# session 16, tab16: a flattened table of the case's own course or of a series' own patients (pipes, tabs or runs of
# spaces under a "Table N." caption in the case section) is read as case text, one row a line ("header: cell | ...",
# the HTML reader's form, decided by kg.readers.headings.course_lines); a table of published cases, a cohort or
# laboratory values stays a caption. All tables below are made up.
from kg.extraction.extract import extract_report  # noqa: E402

_SERIES_TOP = ("Selumetinib-free care in spindle cell tumours: three cases\n\nIntroduction\n\nSpindle cell tumours "
               "with kinase fusions are rare.\n\nCase series\n\nThree patients were followed at our unit from 2019 to "
               "2023. Their details are listed in Table 1.\n\n")
_SERIES_END = "\nDiscussion\n\nThese tumours may answer to kinase inhibitors.\n"


def _doc(text):
    [doc] = read_bytes(text.encode(), "series.txt")
    return doc


def _section_text(doc, kind):
    return [doc.text[s.start:s.end] for s in doc.sections if s.kind == kind]


def _case_text(doc):
    # (the rows are a case section of their own behind the case's prose, as a plain-text caption moves behind it)
    return "\n".join(_section_text(doc, "case"))


def _rows(sep):
    cells = [["Case", "Age/sex", "Fusion", "Therapy", "Best response"],
             ["1", "44/M", "LMNA-NTRK1", "larotrectinib", "Partial response"],
             ["2", "9/F", "TPR-NTRK1", "larotrectinib", "CR"],
             ["3", "71/F", "LMNA-NTRK1", "entrectinib", "Progressive disease"]]
    return "\n".join(sep.join(r) for r in cells) + "\n"


@pytest.mark.parametrize("sep", [" | ", "\t", "   ", "  "])
def test_a_flattened_table_of_the_series_patients_is_case_text_one_row_a_line(sep):
    doc = _doc(_SERIES_TOP + "Table 1. Clinical features of the three patients\n" + _rows(sep) + _SERIES_END)
    lines = _case_text(doc).split("\n")
    assert "Case: 2 | Age/sex: 9/F | Fusion: TPR-NTRK1 | Therapy: larotrectinib | Best response: CR" in lines
    assert sum(1 for ln in lines if ln.startswith("Case: ")) == 3
    # the caption and the header row stay a caption
    assert any("Case | Age/sex | Fusion" in c for c in _section_text(doc, "caption"))


def test_a_markdown_table_of_the_course_is_case_text():
    table = ("Table 2: Lines of treatment\n| Line | Regimen | Dates | Best response |\n|---|---|---|---|\n"
             "| 1 | carboplatin and pemetrexed | 03/2021-11/2021 | stable disease |\n"
             "| 2 | lorlatinib | 12/2021-08/2023 | partial response |\n")
    doc = _doc("Case presentation\n\nA 52-year-old woman who never smoked had stage IV lung adenocarcinoma. Her "
               "treatment lines are listed below.\n\n" + table + "\nDiscussion\n\nLorlatinib crosses into the brain.\n")
    case = _case_text(doc)
    assert "Line: 2 | Regimen: lorlatinib | Dates: 12/2021-08/2023 | Best response: partial response" \
        in case.split("\n")


@pytest.mark.parametrize("table", [
    # published cases (an author and year column)
    "Table 3. Reported cases\nAuthor | Year | Age | Treatment | Response\nOkoro | 2019 | 40 | crizotinib | PR\n"
    "Lindqvist | 2021 | 12 | ceritinib | CR\n",
    # a cohort's rates
    "Table 3. Outcomes by regimen\nRegimen\tPatients\tORR (%)\nFOLFOX\t41\t38\nFOLFIRI\t37\t33\n",
    # laboratory values over time
    "Table 3. Laboratory findings\nDate | Platelets | Creatinine | Treatment\n1 May | 88 | 1.4 | sunitinib\n"
    "9 June | 140 | 1.1 | sunitinib\n",
])
def test_other_tables_stay_captions(table):
    doc = _doc("Case presentation\n\nA 58-year-old man had a renal mass and was treated at our centre.\n\n" + table
               + "\nDiscussion\n\nSuch cases are uncommon.\n")
    [case] = _section_text(doc, "case")
    assert "|" not in case and "\t" not in case
    assert any("Table 3." in c for c in _section_text(doc, "caption"))


def test_a_line_of_prose_with_double_spaces_under_no_caption_is_no_row():
    text = "Case presentation\nThe man  was admitted  in March with cough.\nHe had lost weight.\n"
    assert "The man was admitted in March with cough. He had lost weight." in paragraphs(text)


@pytest.mark.parametrize("sep", [" | ", "\t"])
def test_the_series_table_pairs_each_patients_drug_with_its_response(nlp, sep):
    [doc] = read_bytes((_SERIES_TOP + "Table 1. Clinical features of the three patients\n" + _rows(sep)
                        + _SERIES_END).encode(), "series.txt")
    cases = extract_report(doc, nlp).cases
    pairs = {(a.drug.label.lower(), r.concept.label.lower()) for c in cases for t in c.treatments
             for a in t.administrations for r in t.responses}
    assert ("entrectinib", "progressive disease") in pairs
    assert any(d == "larotrectinib" and "partial" in r for d, r in pairs)
    assert not any(d == "entrectinib" and ("complete" in r or "partial" in r) for d, r in pairs)


def test_the_table_rows_go_behind_the_prose_of_the_case():
    # the last row's drug is not the drug of the prose after the table (a relapse told after it is the first line's)
    table = ("Table 1. Treatment lines\nLine | Regimen | Best response\n1 | R-CHOP x6 | CR\n2 | polatuzumab vedotin "
             "with bendamustine | PR\n")
    doc = _doc("Case presentation\n\nA 70-year-old woman with diffuse large B-cell lymphoma was given R-CHOP.\n\n"
               + table
               + "\nIn the following spring a biopsy showed relapse.\n\nDiscussion\n\nRelapse is common.\n")
    case = _case_text(doc)
    assert case.index("a biopsy showed relapse") < case.index("Line: 1 | Regimen: R-CHOP x6 | Best response: CR")


def test_space_rows_in_a_block_under_a_caption_line_are_rows():
    table = ("Table 1. Course of treatment\n\nLine   Agent        Best response\n1      imatinib     "
             "complete cytogenetic response\n2      dasatinib    major molecular response\n")
    doc = _doc("Case presentation\n\nA 39-year-old man had chronic myeloid leukaemia in chronic phase.\n\n" + table
               + "\nDiscussion\n\nSecond-generation inhibitors are options.\n")
    assert "Line: 2 | Agent: dasatinib | Best response: major molecular response" in _case_text(doc).split("\n")


@pytest.mark.parametrize("sep", [" | ", "\t", "   "])
def test_an_adverse_event_table_of_the_case_is_graded_whatever_its_cell_gaps(nlp, sep):
    rows = [["Adverse event", "Grade", "Drug"], ["Hand-foot skin reaction", "3", "regorafenib"],
            ["Hypertension", "2", "regorafenib"]]
    table = "Table 2. Toxicities on regorafenib\n" + "\n".join(sep.join(r) for r in rows) + "\n"
    text = ("Case presentation\n\nA 61-year-old man with metastatic rectal cancer began regorafenib in May 2022.\n\n"
            + table + "\nRestaging in August showed stable disease.\n\nDiscussion\n\nDose reductions are common.\n")
    [doc] = read_bytes(text.encode(), "ae.txt")
    events = {(a.concept.label.lower(), a.grade) for c in extract_report(doc, nlp).cases for a in c.adverse_events}
    assert any("hypertension" in label and grade == 2 for label, grade in events), events
    assert any(("hand" in label or "palmar" in label) and grade == 3 for label, grade in events), events


@pytest.mark.parametrize("caption", ["Table 1 Treatment history", "Table 1 (as printed). Agent | Period | Outcome",
                                     "TABLE 1: Treatment history"])
def test_loose_table_captions_over_rows(caption):
    head = "" if "|" in caption else "Agent | Period | Outcome\n"
    table = caption + "\n" + head + "everolimus | 2019-2021 | SD\ncabozantinib | 2021-2023 | PR\n"
    doc = _doc("Case presentation\n\nA 45-year-old woman had a pancreatic neuroendocrine tumour with liver spread.\n\n"
               + table + "\nDiscussion\n\nSequencing of these agents is debated.\n")
    assert "Agent: cabozantinib | Period: 2021-2023 | Outcome: PR" in _case_text(doc).split("\n")


def test_a_sentence_opening_with_table_is_no_caption():
    text = ("Case presentation\n\nA 45-year-old woman had a pancreatic neuroendocrine tumour.\n\nTable 1 shows her "
            "laboratory values at diagnosis, which were normal.\n\nDiscussion\n\nSuch tumours grow slowly.\n")
    assert "Table 1 shows her laboratory values" in _case_text(_doc(text))
