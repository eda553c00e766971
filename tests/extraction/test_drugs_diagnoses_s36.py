"""Drugs, diagnoses and case detection of session 36 (dd36), on made-up reports written for these tests: a dose glued
to a drug's name; a drug's short form hyphen-glued to a regimen; the oesophagogastric junction by its short forms; the
small bowel's well-differentiated neuroendocrine tumour named by its segment; an eponym of renal cell carcinoma;
primary CNS lymphoma by its clinical name; and old terse abstracts that tell one patient, or a handful, with no age."""
import json

import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes
from rule_examples import case_of

C = "Case presentation\n"


def _drugs(case) -> set[str]:
    return {d.label.lower() for t in case.treatments for d in t.drugs}


def _diagnoses(case) -> set[str]:
    return {d.concept.label.lower() for d in case.diagnoses}


@pytest.mark.parametrize("sentence, drug", [
    ("A 61-year-old woman with lung adenocarcinoma received osimertinib80 mg daily from March 2020.", "osimertinib"),
    ("A 57-year-old man with lung adenocarcinoma was started on alectinib600mg twice daily in 2021.", "alectinib"),
    ("A 66-year-old woman with lung cancer was given Tagrisso80mg once a day.", "osimertinib"),
    ("A 49-year-old man with CML was given imatinib400 mg and later dasatinib100mg.", "dasatinib"),
])
def test_a_dose_glued_to_the_name_leaves_the_drug(nlp, sentence, drug):
    assert drug in _drugs(case_of(nlp, C + sentence))


@pytest.mark.parametrize("sentence, drugs", [
    ("A 48-year-old man with lymphoma received CHOP-Bleo for six cycles.", {"bleomycin", "cyclophosphamide"}),
    ("A 58-year-old man with colon cancer received FOLFOX-Bev and then FOLFIRI-Cet.", {"bevacizumab", "cetuximab", "irinotecan"}),
    ("A 62-year-old woman with rectal cancer received CapeOX-Bev in 2019.", {"bevacizumab", "capecitabine"}),
    ("A 35-year-old man with a seminoma received Etop+Cis+Bleo.", {"bleomycin", "etoposide", "cisplatin"}),
])
def test_a_short_form_hyphen_glued_to_a_regimen_joins_it(nlp, sentence, drugs):
    assert drugs <= _drugs(case_of(nlp, C + sentence))


def test_bleomycins_gene_letters_alone_are_no_drug(nlp):
    text = C + "A 30-year-old man with Hodgkin lymphoma received AVD; the BLM gene was sequenced and normal."
    assert "bleomycin" not in _drugs(case_of(nlp, text))


@pytest.mark.parametrize("sentence, label", [
    ("A 65-year-old man with adenocarcinoma of the GE junction received FOLFOX.", "esophagogastric adenocarcinoma"),
    ("A 70-year-old man with GEJ adenocarcinoma received FLOT before surgery.", "esophagogastric adenocarcinoma"),
    ("A 59-year-old woman had an ileal well-differentiated NET and received lanreotide.",
     "small bowel well-differentiated neuroendocrine tumor"),
    ("A 63-year-old man had a neuroendocrine tumour of the terminal ileum and received octreotide.",
     "small bowel well-differentiated neuroendocrine tumor"),
    ("A 52-year-old woman had a jejunal neuroendocrine tumor with liver metastases and received everolimus.",
     "small bowel well-differentiated neuroendocrine tumor"),
    ("A 50-year-old man had a Grawitz tumour and received sunitinib.", "renal cell carcinoma"),
    ("A 66-year-old man had a primary central nervous system lymphoma and received methotrexate.", "primary cns lymphoma"),
])
def test_diagnoses_named_by_short_forms_segments_and_eponyms(nlp, sentence, label):
    assert label in _diagnoses(case_of(nlp, C + sentence))


def _abstract_cases(nlp, title: str, abstract: str) -> list:
    rec = json.dumps({"pmid": "9000001", "title": title, "abstract": abstract}) + "\n"
    return [c for doc in read_bytes(rec.encode(), "abstracts.jsonl") if hasattr(doc, "ids")
            for c in extract_report(doc, nlp).cases]


@pytest.mark.parametrize("title, abstract", [
    ("Fatal hepatotoxicity of dacarbazine.",
     "Hepatic veno-occlusive disease developed in a woman given dacarbazine for metastatic melanoma. She died."),
    ("Bleomycin lung.", "Described is a man with testicular teratoma who developed fatal pulmonary fibrosis after bleomycin."),
    ("Cardiac toxicity of 5-fluorouracil.",
     "Angina developed during 5-fluorouracil infusion given to a man with carcinoma of the rectum."),
    ("Leukoencephalopathy after methotrexate.",
     "This woman with breast cancer developed leukoencephalopathy after intrathecal methotrexate."),
    ("Tumor lysis syndrome after fludarabine.",
     "Tumor lysis syndrome complicated the first course of fludarabine in a man with chronic lymphocytic leukemia."),
    ("Patient with breast cancer who developed hemolytic anemia after mitomycin.",
     "Hemolytic anemia and renal failure appeared after mitomycin. The woman recovered after plasma exchange."),
    ("Hand-foot syndrome with capecitabine.",
     "Eight women with breast cancer were treated with capecitabine and developed hand-foot syndrome."),
    ("Ifosfamide encephalopathy.",
     "We retrospectively reviewed the records of six patients who developed encephalopathy after ifosfamide for sarcoma."),
    ("Gemcitabine lung.", "A series of four patients with pancreatic cancer who developed pneumonitis on gemcitabine is described."),
    ("Cisplatin nephrotoxicity.", "Renal failure was seen in 3 patients with head and neck cancer after cisplatin."),
])
def test_old_terse_abstracts_of_one_patient_or_a_few_are_cases(nlp, title, abstract):
    assert _abstract_cases(nlp, title, abstract)


@pytest.mark.parametrize("title, abstract", [
    ("Docetaxel in advanced breast cancer: a phase II study.",
     "Forty patients received docetaxel every three weeks. Grade 4 neutropenia occurred in 30%. The response rate was 45%."),
    ("Vincristine dosing.", "Vincristine should never be given to a child with hepatic dysfunction without dose reduction."),
    ("Cisplatin ototoxicity in children.",
     "We reviewed the records of 120 children treated with cisplatin. Hearing loss occurred in 40%."),
])
def test_studies_and_advice_are_no_case(nlp, title, abstract):
    assert not _abstract_cases(nlp, title, abstract)
