"""Diagnoses of session 33 (diag33), on made-up reports written for these tests: a transformation named by its
histology later in the sentence than the tumour it produced; the abstract's introduction of the patient in a report
whose case section names the histology only; a tumour with no id of its own recorded under its parent's id
(convention 7); tumour names told with a marker's state hyphenated or not; the ids the gold gives Wilms tumour, pleural
mesothelioma and castration-resistant prostate cancer."""
import pytest

from rule_examples import case_of, cases_of

C = "Case presentation\n"


def _ids(case) -> set[str]:
    return {d.concept.id for d in case.diagnoses}


@pytest.mark.parametrize("text,expected", [
    # small cell carcinoma named first, the transformation after a colon: a second diagnosis with the lung's organ
    (C + "A 52-year-old man had ALK-rearranged lung adenocarcinoma and received alectinib for three years. At "
         "progression a rebiopsy of a liver lesion showed small cell carcinoma (synaptophysin positive) with the same "
         "ALK fusion: small-cell transformation of the adenocarcinoma. He received carboplatin and etoposide.",
     {"NCIT:C3512", "NCIT:C4917"}),
    # a generic histology ("squamous cell carcinoma") named as the transformation is a tumour of its own
    (C + "A 66-year-old woman with EGFR-mutant lung adenocarcinoma progressed on osimertinib after two years; a "
         "biopsy of an enlarging pleural nodule found squamous cell carcinoma with the original EGFR deletion, "
         "consistent with squamous transformation, and she started carboplatin with paclitaxel.",
     {"NCIT:C3512", "NCIT:C3493"}),
    # a neuroendocrine transformation told by its small cell carcinoma keeps the prostate
    (C + "A 71-year-old man had prostate adenocarcinoma treated with enzalutamide for four years. A bone lesion "
         "biopsied in 2023 showed small cell carcinoma, in keeping with neuroendocrine transdifferentiation, and "
         "cisplatin with etoposide was given.",
     {"NCIT:C2919", "NCIT:C6766"}),
])
def test_transformation_named_later_in_the_sentence(nlp, text, expected):
    assert _ids(case_of(nlp, text)) == expected


def test_a_transformation_in_general_makes_no_second_tumour(nlp):
    text = (C + "A 58-year-old woman had lung adenocarcinoma with an EGFR exon 19 deletion and received osimertinib. "
                "Small-cell transformation, reported in a minority of such tumours, was not found on rebiopsy at "
                "progression, and she received carboplatin and pemetrexed.")
    assert _ids(case_of(nlp, text)) == {"NCIT:C3512"}


ABSTRACT_AND_CASE = (
    "Abstract\n"
    "A 63-year-old man who had never smoked had stage IV lung adenocarcinoma with a BRAF V600E mutation. "
    "Dabrafenib and trametinib gave a partial response for 14 months.\n\n"
    "Case presentation\n"
    "In May 2022 a 63-year-old man presented with cough. CT showed a right upper lobe mass and liver metastases. "
    "Biopsy showed adenocarcinoma, and sequencing found BRAF V600E. Dabrafenib and trametinib gave a partial "
    "response, and the disease progressed after 14 months.\n")


def test_the_abstract_introduction_tells_the_tumour_the_case_names_by_histology_only(nlp):
    cases = cases_of(nlp, ABSTRACT_AND_CASE)
    assert len(cases) == 1
    assert _ids(cases[0]) == {"NCIT:C3512"}


def test_the_abstract_general_statement_tells_no_tumour(nlp):
    text = ABSTRACT_AND_CASE.replace(
        "A 63-year-old man who had never smoked had stage IV lung adenocarcinoma with a BRAF V600E mutation.",
        "BRAF V600E mutations occur in 2% of lung adenocarcinomas.")
    cases = cases_of(nlp, text)
    assert len(cases) == 1
    assert "NCIT:C3512" not in _ids(cases[0])


def test_a_tumour_with_no_id_of_its_own_is_recorded_under_its_parent(nlp):
    case = case_of(nlp, C + "A 47-year-old woman had a secretory carcinoma of the parotid gland with an ETV6::NTRK3 "
                            "fusion and received larotrectinib.")
    assert [(d.concept.id, d.concept.label) for d in case.diagnoses] == [
        ("NCIT:C9272", "Mammary Analogue Secretory Carcinoma")]


@pytest.mark.parametrize("text,expected", [
    ("A 38-year-old man had ALK-positive large B-cell lymphoma and received alectinib.", "NCIT:C7225"),
    ("A 44-year-old woman had ALK negative anaplastic large-cell lymphoma and received brentuximab vedotin.",
     "NCIT:C37194"),
    ("A 5-year-old girl had a Wilms' tumour of the right kidney and received vincristine and dactinomycin.",
     "NCIT:C3267"),
    ("A 3-year-old boy had a nephroblastoma and received vincristine and dactinomycin.", "NCIT:C3267"),
    ("A 69-year-old man had an epithelioid malignant pleural mesothelioma and received nivolumab and ipilimumab.",
     "NCIT:C9351"),
    ("A 74-year-old man had metastatic castration-resistant prostate cancer and received cabazitaxel.", "NCIT:C2919"),
])
def test_tumour_names_and_the_ids_the_gold_gives_them(nlp, text, expected):
    assert _ids(case_of(nlp, C + text)) == {expected}
