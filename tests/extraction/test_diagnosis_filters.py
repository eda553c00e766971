"""Diagnoses: tumor words that name a lab marker, a differential or a mimic are not the patient's diagnosis."""
from kg.extraction.extract import extract_report
from kg.nlp import build_pipeline
from kg.readers import read_bytes


def diagnoses_of(narrative: str, title: str = "An Unusual Presentation") -> list[str]:
    text = f"{title}: Case Report\n\nCASE PRESENTATION\n\n{narrative}\n"
    cases = extract_report(next(read_bytes(text.encode(), "case.txt")), build_pipeline()).cases
    return [d.concept.label.lower() for c in cases for d in c.diagnoses]


def test_extraction_cancer_antigen_is_a_lab_marker_not_a_diagnosis():
    got = diagnoses_of("A 52-year-old woman had abdominal pain. The cancer antigen 125 and carcinoembryonic antigen "
                       "levels were normal. She received cisplatin for a peritoneal lesion.")
    assert "malignant tumor" not in got


def test_extraction_mimic_and_differential_are_not_diagnoses():
    got = diagnoses_of("A 35-year-old woman with ascites was diagnosed with peritoneal tuberculosis, which can "
                       "mimic advanced ovarian cancer. The differential diagnosis included lymphoma, mesothelioma "
                       "and peritoneal carcinomatosis. She received isoniazid and cisplatin.")
    assert "ovarian carcinoma" not in got and "lymphoma" not in got and "mesothelioma" not in got


def test_extraction_ruled_out_in_an_earlier_clause_keeps_the_confirmed_diagnosis():
    got = diagnoses_of("A 9-year-old girl had a pelvic mass. Infection was ruled out; histology confirmed an "
                       "inflammatory myofibroblastic tumor and she received crizotinib.")
    assert got == ["inflammatory myofibroblastic tumor"]


def test_extraction_immunoglobulin_names_are_not_gammopathies():
    got = diagnoses_of("A 30-year-old man had weakness. Anti-GM1 IgM antibody titres were raised and IgG and IgA "
                       "were normal. He received prednisolone and cyclophosphamide.")
    assert not any("gammopathy" in d for d in got)


def test_extraction_not_otherwise_specified_term_is_the_fallback_diagnosis():
    assert diagnoses_of("A 44-year-old man was diagnosed with an undifferentiated sarcoma of the thigh and "
                        "received doxorubicin in 2019.") == ["sarcoma"]  # OncoTree "Sarcoma, NOS", labelled "Sarcoma"
    # the specific term wins however often the generic word is repeated
    got = diagnoses_of("A 60-year-old woman was diagnosed with lung adenocarcinoma. The adenocarcinoma was "
                       "EGFR wild-type; the adenocarcinoma progressed and she received pemetrexed in 2020.")
    assert got == ["lung adenocarcinoma"]


def test_extraction_disease_ontology_cancer_names_are_diagnoses():
    # NCIt codes reached through the DO cancer slim when OncoTree has no such node
    assert diagnoses_of("A 32-year-old woman was diagnosed with cT3N0M0 colon cancer and received capecitabine "
                        "and oxaliplatin after surgery.") == ["colon cancer"]
    assert diagnoses_of("A 60-year-old man had an esophageal carcinoma treated with cisplatin in 2020.") == [
        "esophageal carcinoma"]


def test_extraction_a_tumor_found_later_is_a_second_diagnosis():
    got = diagnoses_of("A 52-year-old woman was treated with tamoxifen for estrogen receptor-positive breast "
                       "carcinoma. After 17 months of raised transaminases, the patient was found to have a "
                       "granulosa cell tumor of the ovary.")
    assert got == ["breast carcinoma", "granulosa cell tumor"]
