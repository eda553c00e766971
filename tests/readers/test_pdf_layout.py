"""PDF-extracted text: journal running heads between two halves of a page, two columns side by side,
typographic ligatures (kg.readers.text.paragraphs)."""
from kg.readers.text import paragraphs

RUNNING_HEADS = [
    "Oral Oncology Reports 6 (2023) 100041                                   2",
    "J Thorac Oncol Clin Res Rep. 2022;3:100378                                            2",
    "Kidney Cancer Case Reports 2021                                                     90",
    "Journal of Rare Tumours · 2021 · 14:233",
    "Clin Case Rep. 2019; 7(4): 512-516          3",
]


def test_running_heads_between_two_halves_of_a_sentence_are_dropped():
    for head in RUNNING_HEADS:
        text = f"She received carboplatin and\n{head}\nT. Nguyen et al.\npaclitaxel for six cycles.\n"
        assert paragraphs(text) == ["She received carboplatin and paclitaxel for six cycles."], head


def test_prose_lines_with_a_year_and_a_number_are_kept():
    text = "Treatment started in March 2019 and she had       \n2 cycles of docetaxel before progression.\n"
    assert "March 2019" in paragraphs(text)[0]
    kept = "In 2019 cisplatin was given for 3 cycles   4"
    assert paragraphs(kept + "\nmore cycles followed.")[0].startswith("In 2019 cisplatin")


TWO_COLUMNS = """\
1. Case report                               fatigue grade 2 were managed with dose
A 64-year-old woman presented in May         reduction; lenvatinib was resumed at 14 mg
2021 with dyspnoea. CT showed a large        daily. At 3 months the response was
thyroid mass with lung metastases. She       confirmed.
received lenvatinib 24 mg daily. Hyper-      2. Discussion
tension grade 3 and                          Lenvatinib is standard in this setting.
"""


def test_two_columns_are_read_left_then_right():
    text = " ".join(paragraphs(TWO_COLUMNS))
    assert "Hypertension grade 3 and fatigue grade 2 were managed with dose reduction" in text
    assert text.index("A 64-year-old woman") < text.index("lenvatinib was resumed") < text.index("Discussion")


def test_a_table_with_wide_gaps_is_not_read_as_columns():
    table = "Haemoglobin     12.1     g/dL\nPlatelets     88     x10^9/L\nALT     140     U/L\nCreatinine     0.9     mg/dL\n"
    assert paragraphs(table) == ["Haemoglobin 12.1 g/dL Platelets 88 x10^9/L ALT 140 U/L Creatinine 0.9 mg/dL"]


def test_ligatures_are_spelled_out():
    assert paragraphs("The ﬁrst cycle was well tolerated; ﬂuorouracil was added to oxaliplatin.") == [
        "The first cycle was well tolerated; fluorouracil was added to oxaliplatin."]


# the left column filled up to the gutter: only one or two spaces before the right column on some lines
NARROW_GUTTER = """\
Case presentation                gery was not considered. She
A 71-year-old woman was seen in  started osimertinib 80 mg daily
April 2022 with a cough and      in June 2022 and the lesions
a right hilar mass; biopsy       shrank by half at the first
showed lung adenocarcinoma, with scan, a partial response. Grade
an EGFR exon 19 deletion. Sur-   2 paronychia was treated.
"""


def test_two_columns_with_a_narrow_gutter_are_read_left_then_right():
    text = " ".join(paragraphs(NARROW_GUTTER))
    assert "lung adenocarcinoma, with an EGFR exon 19 deletion. Surgery was not considered. She started osimertinib" in text
    assert "a partial response. Grade 2 paronychia was treated." in text


def test_a_running_foot_of_page_number_citation_and_first_author_is_dropped():
    for foot in ("88     Ann Rare Tumour Rep 2024; 11(2)     Lindqvist et al.",
                 "Okonkwo et al.     J Clin Case Oncol 2023; 5(1)     241"):
        text = f"The second cycle of docetaxel was\n{foot}\ngiven at a reduced dose.\n"
        assert paragraphs(text) == ["The second cycle of docetaxel was given at a reduced dose."], foot


# the right column's paragraph ends early and the left one goes on alone; its last line runs up to one space
# before where the right column stood (session 18)
LEFT_GOES_ON = """\
   Cabozantinib 60 mg daily was started in    Our patient is the third reported
March 2023; the liver lesions shrank by a     with this fusion to respond to a
third at twelve weeks, a partial response.    multikinase inhibitor. Others
Grade 2 hand-foot syndrome forced a dose      (regorafenib, sorafenib) were
reduction to 40 mg.                           not tried in such tumours.
Discussion
Rearranged kinases are rare in this tumour
type; they are not tested for routinely, and
we now urge routine RNA testing at diagnosis.
"""


def test_a_left_line_alone_may_run_to_one_space_before_the_right_column():
    text = " ".join(paragraphs(LEFT_GOES_ON))
    assert "a partial response. Grade 2 hand-foot syndrome forced a dose reduction to 40 mg." in text
    assert text.index("routine RNA testing at diagnosis.") < text.index("Our patient is the third reported")
    assert "(regorafenib, sorafenib) were not tried" in text


# one column of justified text with a wide gap in every line: each line reads across, not as two columns
# (session 29: "pembroli-" at the end of a line's right half goes on with "zumab" at the next line's left)
def _gapped(rows: list[tuple[str, str]]) -> str:
    """Lines of two halves, the right halves starting at one column (as a PDF extractor sets them)."""
    return "".join(f"{left:<56}{right}\n" for left, right in rows)


ACROSS = [
    (_gapped([("and was treated with levothyrox-", "ine. During maintenance with pemetrexed and pembroli-"),
              ("zumab, new liver lesions appeared in March 2024.", "Trastuzumab deruxtecan 5.4 mg/kg every 3 weeks was"),
              ("started in April 2024. Grade 2 nausea was con-", "trolled with ondansetron. CT after four cycles"),
              ("showed a partial response. Poziotinib was con-", "sidered but not chosen because of its toxicity.")]),
     "Trastuzumab deruxtecan 5.4 mg/kg every 3 weeks was started in April 2024. Grade 2 nausea was controlled"),
    # (a report names its drugs whole elsewhere, here in its summary: a word joined across the gap is one of them)
    ("Summary: a woman with follicular lymphoma given bendamustine, rituximab, filgrastim and ibrutinib.\n\n" +
     _gapped([("After the second relapse she was given bendamus-", "tine with rituximab for six cycles, and the"),
              ("nodes shrank by half. Grade 3 neutropenia oc-", "curred in the fourth cycle and was treated with fil-"),
              ("grastim. Two years later the spleen enlarged", "again, and ibrutinib 420 mg daily was begun"),
              ("in June. Atrial fibrillation was noted at", "the third month and ibrutinib was stopped.")]),
     "she was given bendamustine with rituximab for six cycles, and the nodes shrank by half. Grade 3 neutropenia "
     "occurred in the fourth cycle and was treated with filgrastim."),
    (_gapped([("Carboplatin and etoposide were given with", "atezolizumab for four cycles, followed by atezo-"),
              ("lizumab maintenance. The liver metastases", "regressed by 60%, a partial response. In"),
              ("October new brain lesions appeared; they", "were treated with radiosurgery while ate-"),
              ("zolizumab was continued for another year.", "Tarlatamab was begun at progression.")]),
     "followed by atezolizumab maintenance. The liver metastases regressed by 60%, a partial response. In October"),
]


def test_lines_that_read_across_a_wide_gap_are_not_split_into_columns():
    for block, told in ACROSS:
        text = " ".join(paragraphs(block))
        assert told in text, text


def test_two_real_columns_still_read_down_each_column():
    # (the blocks above read across; these read down: kg.readers.text._reads_across tells them apart)
    assert "Hypertension grade 3 and fatigue grade 2 were managed" in " ".join(paragraphs(TWO_COLUMNS))
    assert "Surgery was not considered. She started osimertinib" in " ".join(paragraphs(NARROW_GUTTER))
