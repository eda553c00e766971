"""PDF text whose page breaks fall mid-sentence, with the running head or foot and a drawn rule between the
two halves: the furniture goes and the sentence is whole again. Texts written for this project."""
from kg.readers import read_bytes

HEAD = """Journal of Rare Tumour Reports 2024;5:10-15                      https://doi.org/10.9999/jrtr.2024.0010

Crizotinib before surgery for a bladder tumour in a child

Case presentation
A 7-year-old girl had haematuria. Because cystectomy would have been needed for a complete resection, the tumour

J Rare Tumour Rep                                                                                Page 11
-----------------------------------------------------------------------------------------------------------

board recommended neoadjuvant crizotinib. Oxaliplatin was stopped because of grade 3 peripheral

12
————————————————————————————————————————————————————————————————————————————————————————————————
Journal of Rare Tumour Reports 2024;5:10–15                                           Okafor et al.

sensory neuropathy. She then received a 46-
hour infusion of fluorouracil and later trifluridine/
tipiracil. She declined further treatment and died in

Journal of Rare Tumour Reports 2024;5                                                              13
──────────────────────────────────────────────────────────────────────────────────────────────────
05/2024.

Discussion
Neoadjuvant targeted therapy spares organs.
"""


def case_text(text):
    [doc] = list(read_bytes(text.encode(), "report.txt"))
    [case] = [s for s in doc.sections if s.kind == "case"]
    return doc.text[case.start:case.end]


def test_running_heads_and_rules_between_halves_of_a_sentence_go():
    text = case_text(HEAD)
    assert "the tumour board recommended neoadjuvant crizotinib." in text
    assert "grade 3 peripheral sensory neuropathy." in text
    assert "et al" not in text and "Page 11" not in text and "---" not in text and "───" not in text


def test_a_hyphen_or_slash_at_a_line_end_stays_without_a_space():
    text = case_text(HEAD)
    assert "a 46-hour infusion" in text and "trifluridine/tipiracil" in text


def test_a_sentence_that_ends_on_in_goes_on_after_the_page_break():
    assert "died in 05/2024." in case_text(HEAD)


def test_a_table_row_with_a_number_is_no_running_head():
    text = "Case presentation\nA 60-year-old man was treated.\n\nDrug            Cycles\nCrizotinib      12\n"
    [doc] = list(read_bytes(text.encode(), "table.txt"))
    assert "Crizotinib 12" in doc.text or "Crizotinib      12" in doc.text


# session 35 (drug35): the first author and the short title set apart by a bar or a middle dot, the page number by a
# wide gap (webtext22 24, webtext26 23): glued to the sentence it broke, its "et al." made the patient's drugs literature
AUTHOR_TITLE_HEAD = """Case presentation
A 41-year-old woman with a metastatic sarcoma started doxorubicin and ifosfamide in March. After the

{head}

second cycle she had grade 3 neutropenia, and ifosfamide was continued at a lower dose.

Discussion
Such sarcomas are rare.
"""


def test_an_author_and_short_title_running_head_goes():
    for head in ("Marchetti et al. | Sarcoma on second-line therapy                                               14",
                 "Ngata et al. · Sarcoma on second-line therapy                                                   7",
                 "22                                                    Lindqvist-Berg et al. | Sarcoma after anthracyclines"):
        text = case_text(AUTHOR_TITLE_HEAD.format(head=head))
        assert "After the second cycle she had grade 3 neutropenia" in text, head
        assert "et al" not in text


def test_a_sentence_citing_authors_with_a_bar_is_no_running_head():
    text = case_text(AUTHOR_TITLE_HEAD.format(head="Dose | Cycle 1 | Cycle 2\nIfosfamide g/m2 | 9 | 7"))
    assert "Ifosfamide" in text
