"""Adverse events of session 42 (ae42), our own made-up texts in several voices.

- A PDF's running foot ("Oncol Case Notes 2024;12:45–52        Page 3 of 7") that breaks a sentence telling graded
  events is page furniture: glued into the sentence, its citation made the sentence a citation line and its events
  literature, so the patient's graded events were lost (kg/readers/text.py ``_HEAD_CELL``).
- An AE table names the QT event finding-then-state ("QTc prolonged"), as it writes "ALT increased".
- One reaction is one entry, its unsized signs folded into it (a syndrome term's ``manifestations``); a sign the report
  sizes with a severity word of its own ("mild diarrhoea and grade 3 colitis") is an entry of its own (the gold's
  convention 5; benchmarks/gold/README.md), and a drug-induced pulmonary fibrosis folds its dyspnoea as pneumonitis does.
"""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes
from kg.readers.text import _is_furniture

TITLE = "Sequential Kinase Inhibitors in Metastatic Thyroid Carcinoma: A Case Report"


def events(nlp, text: str):
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return sorted((a.concept.label, a.grade) for a in case.adverse_events)


def _pdf_page(foot: str, before: str, after: str) -> str:
    """A case told over a page break: the sentence ``before`` + ``after`` is broken by the page's running ``foot``."""
    return (f"{TITLE}\n\nCase presentation\n"
            "A 58-year-old woman with metastatic papillary thyroid carcinoma started lenvatinib 24 mg\n"
            "daily in May 2021. CT in August 2021 showed a partial response (-38%).\n"
            f"{before}\n\n{foot}\n\n{after}\n"
            "In March 2022 CT showed progressive disease and lenvatinib was stopped.\n")


@pytest.mark.parametrize("foot,before,after,expected", [
    ("Thyroid Case Notes 2024;12:45–52                                Page 3 of 7",
     "Grade 3 proteinuria required an interruption; grade 2 fatigue and grade 1 dysgeusia were also",
     "noted during the first months.",
     [("Dysgeusia", 1), ("Fatigue", 2), ("Proteinuria", 3)]),
    ("Endocr Oncol Rep 2023; 7: 101-109                                    page 2 of 8",
     "Lenvatinib was reduced to 14 mg after grade 3 hypertension, and grade 2 diarrhoea was",
     "managed with loperamide.",
     [("Diarrhea", 2), ("Hypertension", 3)]),
    ("J Head Neck Oncol Cases 2025;9(2):310–318                            Page 4 of 10",
     "She then developed grade 2 palmar-plantar erythrodysesthesia syndrome and grade 1",
     "stomatitis, both of which settled after a one-week pause.",
     [("Mucositis oral", 1), ("Palmar-plantar erythrodysesthesia syndrome", 2)]),
])
def test_graded_events_broken_by_a_running_foot_are_the_patients(nlp, foot, before, after, expected):
    assert events(nlp, _pdf_page(foot, before, after)) == expected


@pytest.mark.parametrize("line", [
    "Thyroid Case Notes 2024;12:45–52                                Page 3 of 7",
    "Endocr Oncol Rep 2023; 7: 101-109                                    page 2 of 8",
    "Gastrointest Tumour Rep 2022;11:300–309                           Page 12 of 14",
])
def test_a_citation_and_page_of_pages_is_a_running_foot(line):
    assert _is_furniture(line)


@pytest.mark.parametrize("line", [
    # prose with a year, a number "of" a number and a wide gap is no running foot
    "In 2023; 9 of 10 planned cycles          were given",
    "Grade 2 rash was noted              Page 2 of 8",
    "Lenvatinib 2024;12 doses of 24 mg were given    Page 3 of 7",
])
def test_prose_with_a_page_count_is_no_running_foot(line):
    assert not _is_furniture(line)


@pytest.mark.parametrize("row,expected", [
    ("QTc prolonged (electrocardiogram) | 1 | monitoring", ("Electrocardiogram QT corrected interval prolonged", 1)),
    ("QT interval prolonged | 2 | dose reduced", ("Electrocardiogram QT corrected interval prolonged", 2)),
    ("QTc interval prolonged | 3 | interrupted", ("Electrocardiogram QT corrected interval prolonged", 3)),
])
def test_an_ae_table_names_qt_prolongation_finding_then_state(nlp, row, expected):
    text = (f"{TITLE}\n\nCase presentation\nA 61-year-old man with medullary thyroid carcinoma started vandetanib "
            "300 mg daily in 2021 and reached a partial response.\n\nTable 2. Adverse events during vandetanib\n"
            f"Event | Max grade | Action\nDiarrhoea | 2 | loperamide\n{row}\n")
    assert expected in events(nlp, text)


INTRO = "A 52-year-old man with metastatic melanoma received nivolumab plus ipilimumab from March 2022. "


@pytest.mark.parametrize("narrative,expected", [
    # a sign sized on its own is an entry beside its syndrome
    ("Adverse events were mild diarrhoea and grade 3 colitis, and both drugs were stopped.",
     [("Colitis", 3), ("Diarrhea", None)]),
    ("After the second dose he had moderate diarrhoea; grade 3 colitis followed in May and ipilimumab was stopped.",
     [("Colitis", 3), ("Diarrhea", None)]),
    ("In April his diarrhoea was mild; in May he developed grade 3 colitis and ipilimumab was stopped.",
     [("Colitis", 3), ("Diarrhea", None)]),
])
def test_a_sign_sized_on_its_own_stays_beside_its_syndrome(nlp, narrative, expected):
    assert events(nlp, f"{TITLE}\n\nCase presentation\n{INTRO}{narrative}\n") == expected


@pytest.mark.parametrize("narrative,expected", [
    # ... while an unsized sign is the syndrome's (one reaction, one entry)
    ("After the second dose he developed grade 3 colitis; the diarrhoea settled with budesonide.", [("Colitis", 3)]),
    ("In May he developed grade 3 colitis with diarrhoea and abdominal pain, and both drugs were stopped.",
     [("Colitis", 3)]),
])
def test_an_unsized_sign_is_its_syndromes(nlp, narrative, expected):
    assert events(nlp, f"{TITLE}\n\nCase presentation\n{INTRO}{narrative}\n") == expected


@pytest.mark.parametrize("abstract,expected", [
    ("A 49-year-old man with glioblastoma received carmustine. After the fifth course he developed progressive "
     "dyspnoea, and pulmonary fibrosis due to carmustine was diagnosed; the drug was stopped.",
     [("Pulmonary fibrosis", None)]),
    ("A 33-year-old man with testicular cancer received bleomycin, etoposide and cisplatin. Cough and dyspnoea "
     "appeared after the third cycle; CT showed bleomycin-induced pulmonary fibrosis.",
     [("Pulmonary fibrosis", None)]),
])
def test_the_signs_of_a_drug_induced_pulmonary_fibrosis_are_its(nlp, abstract, expected):
    text = f"Pulmonary Fibrosis After Chemotherapy: A Case Report\n\nAbstract\n{abstract}\n"
    assert events(nlp, text) == expected


@pytest.mark.parametrize("narrative,expected", [
    ("After the second dose a grade 3 amylase rise was found and both drugs were held.", ("Serum amylase increased", 3)),
    ("In June his lab panel showed grade 2 amylase increased, without pain.", ("Serum amylase increased", 2)),
    ("In May a grade 2 creatinine rise led to a pause of nivolumab.", ("Creatinine increased", 2)),
    ("A grade 1 rise in serum creatinine was recorded after the third dose.", ("Creatinine increased", 1)),
    ("In July he developed grade 3 neutropenic colitis and was admitted.", ("Typhlitis", 3)),
    ("In July he developed grade 2 gynaecomastia.", ("Gynecomastia", 2)),
])
def test_ctcae_terms_under_the_names_reports_use(nlp, narrative, expected):
    assert expected in events(nlp, f"{TITLE}\n\nCase presentation\n{INTRO}{narrative}\n")
