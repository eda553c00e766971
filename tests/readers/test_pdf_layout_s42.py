"""PDF text as extractors give it (session 42): running feet with "Page N of M" and their journal's citation, a foot
with the article's DOI between the halves of a sentence, table rows whose cells fill their columns, a figure legend
beside the last lines of a paragraph, a literature review under its own heading, a trial's numbered "Patients" part,
line-end hyphens of compounds. Every text here was written for this project."""
import pytest

from kg.readers import read_bytes
from kg.readers.headings import heading_kind
from kg.readers.text import _is_furniture, _join_lines


def read(text, name="report.txt"):
    [doc] = list(read_bytes(text.encode(), name))
    return doc


def sections(doc, kind):
    return [doc.text[s.start:s.end] for s in doc.sections if s.kind == kind]


def case_text(text):
    return "\n".join(sections(read(text), "case"))


# --- running feet ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("foot", [
    "Case Rep Renal Oncol 2023;8:211–219                                     Page 2 of 9",
    "Paediatr Neuro-Oncol Notes 2022; 4: 101-108                              page 2 of 8",
    "Rare Tumor Case Rev 2024;16:e2231                                        Page 2 of 11",
    "Haematology Practice Notes | 2020 | 12 | e3310                           2 / 6",
    "Journal of Childhood Lymphoma Cases · 2023 · Volume 4 · Article e0877          2",
    "J Rural Oncol Pract • Volume 12 • Number 3                                 118",
])
def test_a_running_foot_between_the_halves_of_a_word_goes(foot):
    text = ("Case presentation\nA 6-year-old boy received carboplatin and vincristine. During the fifth infusion he "
            f"had a grade 3 aller-\n\n{foot}\n\ngic reaction, and carboplatin was stopped.\n\nDiscussion\nAllergy to "
            "carboplatin is frequent.\n")
    case = case_text(text)
    assert "a grade 3 allergic reaction, and carboplatin was stopped." in case
    assert "Page" not in case and "Volume" not in case and "/ 6" not in case


@pytest.mark.parametrize("line", [
    "Case Rep Renal Oncol 2023;8:211–219      Page 2 of 9",
    "Thornton, Okafor, and Liu                                   CASE REPORT",
    "CASE REPORT                                                 Lindqvist et al.",
    "Tumour Notes | 2019 | Vol 7 | Article 112                   4",
])
def test_running_heads_and_feet_are_furniture(line):
    assert _is_furniture(line)


@pytest.mark.parametrize("line", [
    "The marrow was clear    2 of 3",                      # prose with a count after a gap
    "1     Carboplatin + vincristine 05/2019   08/2019   SD",  # a table's row
    "Case report    She was well and Liu",                  # no authors' list
    "CASE REPORT",                                          # an article's type alone stays for the type reader
])
def test_prose_and_table_rows_are_no_furniture(line):
    assert not _is_furniture(line)


def test_a_foot_with_the_articles_doi_between_the_halves_of_a_sentence_is_skipped_and_gives_the_id():
    text = ("Ganglioglioma treated with dabrafenib\n\nCase report\nA 14-year-old girl started dabrafenib in 2021. Grade 2 "
            "pyrexia in month 2 resolved with a short\n\nNeuro Onc Case Notes 2022;3:40–46 | DOI: 10.9999/oncn.2022.040"
            "          Page 2 of 7\n\ninterruption, and grade 1 fatigue needed no treatment.\n\nDiscussion\nPyrexia is "
            "frequent with dabrafenib. Other options after\n\nNeuro Onc Case Notes 2022;3:40–46 | DOI: "
            "10.9999/oncn.2022.040          Page 3 of 7\n\nprogression include trametinib.\n")
    doc = read(text)
    [case] = sections(doc, "case")
    assert "resolved with a short interruption, and grade 1 fatigue" in case
    [discussion] = sections(doc, "discussion")
    assert "Other options after progression include trametinib." in discussion
    assert "doi:10.9999/oncn.2022.040" in doc.ids


def test_a_sentence_cut_after_a_comma_goes_on_after_the_page_foot():
    text = ("Case presentation\nA core biopsy of a liver lesion in the 52-year-old woman showed breast carcinoma, ER "
            "90%,\n\nAnn Community Oncol • Volume 9 • Number 2                                        61\n\nPR 10%, HER2 "
            "0. Letrozole was started with ribociclib in May 2021.\n\nDiscussion\nEndocrine therapy came first.\n")
    assert "breast carcinoma, ER 90%, PR 10%, HER2 0. Letrozole was started" in case_text(text)


# --- tables, legends ---------------------------------------------------------------------------------------------

TABLE = """Case report
An 8-year-old boy with an optic pathway glioma received chemotherapy, then trametinib.

Table 1. Treatment course
Line  Regimen                   Start     Best response
1     Carboplatin + vincristine 03/2018   SD
2     Trametinib                02/2020   PR

Discussion
MEK inhibitors are active in these tumours.
"""


def test_a_row_whose_cell_fills_its_column_is_cut_where_the_header_cells_start():
    case = case_text(TABLE)
    assert "Regimen: Carboplatin + vincristine | Start: 03/2018 | Best response: SD" in case
    assert "Regimen: Trametinib | Start: 02/2020 | Best response: PR" in case


def test_the_last_row_of_a_count_table_stays_in_its_table():
    text = ("Results\nThirty patients were treated.\n\nTable 2. Best response\nResponse            n     %\nPartial response"
            "    12    40.0\nProgressive disease 6     20.0\n\nDiscussion\nResponses were frequent.\n")
    doc = read(text)
    [caption] = sections(doc, "caption")
    assert "Progressive disease | 6 | 20.0" in caption


def test_prose_after_a_table_is_no_row_of_it():
    text = TABLE.replace("2     Trametinib                02/2020   PR\n",
                         "2     Trametinib                02/2020   PR\nHe continues trametinib at the last visit.\n")
    case = case_text(text)
    assert "He continues trametinib at the last visit." in case
    assert "| He continues" not in case


def test_a_legend_beside_the_last_lines_of_a_paragraph_is_read_apart():
    # (the legend's lines start within a character or two of its label's column, as extractors place them)
    lines = ["Pembrolizumab was given from May 2021. After six cycles CT showed a partial response, and",
             "in March 2022 the tumour grew again, and she chose".ljust(58) + "Figure 2. MRI of the pelvis before",
             "to stop treatment and to enter hospice care in".ljust(59) + "pembrolizumab (a) and after six",
             "April 2022.".ljust(57) + "cycles (b)."]
    doc = read("Case presentation\n" + "\n".join(lines) + "\n\nDiscussion\nNo more.\n")
    [case] = sections(doc, "case")
    assert "the tumour grew again, and she chose to stop treatment and to enter hospice care in April 2022." in case
    assert "Figure 2" not in case
    assert any("Figure 2. MRI of the pelvis before pembrolizumab (a) and after six cycles (b)." in c
               for c in sections(doc, "caption"))


def test_a_right_columns_line_indented_under_its_cell_is_cut_at_the_gutter():
    text = """Case report

Lung cancer was found in 2023.   Table 1  Treatment
A 70-year-old man with lung      Line 1  osimertinib + carbo-
cancer had progressive dis-              platin -> PR
ease on osimertinib. He then     Line 2  docetaxel -> SD
started docetaxel, which gave    Line 3  atezolizumab -> PD
stable disease for six months    Line 4  best supportive care
before it progressed again in    Note: PR, partial response;
the liver and the bones.         SD, stable disease.
"""
    case = case_text(text)
    assert "had progressive disease on osimertinib. He then started docetaxel" in case
    assert "dis- platin" not in case


# --- headings ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["CASE SERIES AND LITERATURE REVIEW", "Case report and review of the literature",
                                  "Literature", "Review"])
def test_an_articles_type_with_a_review_or_a_lone_word_is_no_review_heading(line):
    assert heading_kind(line) != "discussion"


@pytest.mark.xfail(strict=True, reason="known gap: a 'Review of the literature' heading after the case is not known, so "
                   "the review's sentences stay in the case section; reading it as a discussion was withdrawn in "
                   "session 42 (one held-out response lost, one readable response gained)")
def test_the_review_after_the_case_is_out_of_the_case():
    text = ("Case report\nA 15-year-old boy received alectinib and had a partial response.\n\nReview of the literature\n"
            "We found 9 published patients; VEGFR inhibitors were mostly ineffective.\n\nDiscussion\nALK testing helps.\n")
    doc = read(text)
    assert "VEGFR" not in "\n".join(sections(doc, "case"))


@pytest.mark.parametrize("heading", ["Statement of Ethics", "Declarations", "Ethical approval"])
def test_a_journals_statements_are_back_matter(heading):
    assert heading_kind(heading) == "back_matter"


TRIAL = """Trametinib in pretreated glioma: a phase II study

1 Introduction
MEK inhibitors are active in glioma.

2 Methods
2.1 Patients. Eligible patients were aged 3–21 years with progressive glioma. Patients with prior MEK inhibitor
therapy were excluded.

3 Results
3.1 Patients. Between 2019 and 2022, 41 patients were enrolled (median age 9).
3.2 Efficacy. Twelve had a partial response.

4 Discussion
Trametinib was active.
"""


def test_a_trials_numbered_patients_part_stays_in_its_methods_and_results():
    doc = read(TRIAL)
    assert not sections(doc, "case")
    assert any("Eligible patients were aged" in m for m in sections(doc, "methods"))
    assert any("41 patients were enrolled" in r for r in sections(doc, "results"))


def test_a_case_reports_patient_heading_is_still_the_case():
    text = "Introduction\nRare.\n\nPatient\nA 61-year-old man received trametinib in 2020 and had a partial response.\n"
    assert "61-year-old man received trametinib" in case_text(text)


# --- line-end hyphens --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("a, b, joined", [
    ("a 61-year-", "old woman", "a 61-year-old woman"),
    ("a 3-week-", "long course", "a 3-week-long course"),
    ("weekly nab-", "paclitaxel", "weekly nab-paclitaxel"),
    ("KRAS wild-", "type tumour", "KRAS wild-type tumour"),
    ("grade 2 hand-", "foot skin reaction", "grade 2 hand-foot skin reaction"),
    ("started treat-", "ment", "started treatment"),      # a word the layout broke
    ("(p16-nega-", "tive)", "(p16-negative)"),             # ... also after a gene's name and a number
])
def test_a_line_end_hyphen_stays_in_a_compound_and_goes_in_a_broken_word(a, b, joined):
    assert _join_lines(a, b) == joined


def test_a_compound_the_text_spells_hyphenated_elsewhere_keeps_its_hyphen():
    text = ("Case report\nThe tumour had KRAS and STK11 co-mutations. Sotorasib was started, although KRAS and STK11 co-\n"
            "mutations predict short benefit, and cabozan-\ntinib was kept for later.\n")
    case = case_text(text)
    assert "KRAS and STK11 co-mutations predict short benefit" in case
    assert "cabozantinib was kept" in case


def test_a_right_column_that_goes_on_across_the_page_after_the_left_one_ended():
    text = """Abstract                                      Introduction
We report a 52-year-old woman whose           Gastrointestinal stromal tumour is
tumour progressed on imatinib and who         driven by KIT or PDGFRA mutations.
responded to ripretinib in the fourth         Imatinib controls most tumours for
line.                                         years; sunitinib and regorafenib are
                                              given after it, with response rates
of about 7% in the second line. Ripretinib was then approved in the fourth line
after a trial in which its progression-free survival was longer than with placebo,
and it also showed activity in patients who had received every approved kinase
inhibitor before it.

Case report
A 52-year-old woman received imatinib in 2015.
"""
    doc = read(text)
    [abstract] = sections(doc, "abstract")
    assert abstract.endswith("responded to ripretinib in the fourth line.")
    [intro] = sections(doc, "introduction")
    assert "with response rates of about 7% in the second line. Ripretinib was then approved" in intro
    assert "showed activity in patients who had received every approved kinase inhibitor before it." in intro


def test_lines_of_two_columns_that_read_down_are_no_full_width_tail():
    text = """Abstract                                      Introduction
We report a 52-year-old woman whose           Gastrointestinal stromal tumour is
tumour progressed on imatinib and who         driven by KIT or PDGFRA mutations.
responded to ripretinib in the fourth         Imatinib controls most tumours for
line.                                         years.

Case report
A 52-year-old woman received imatinib in 2015.
"""
    doc = read(text)
    [abstract] = sections(doc, "abstract")
    assert abstract == "We report a 52-year-old woman whose tumour progressed on imatinib and who responded to ripretinib in the fourth line."


def test_a_compound_first_word_goes_on_as_the_word_the_text_spells_whole():
    text = ("Case report\nA secondary tumour was excluded. The lesion was a second-\nary deposit, and second-\n"
            "line sunitinib was started.\n")
    case = case_text(text)
    assert "a secondary deposit" in case
    assert "second-line sunitinib" in case
