"""Session 38 (case39): older PubMed abstracts of a small series opened in voices no row knew (made-up texts in several
voices and tumours), and made-up persons (a hypothetical, composite or fictional patient of a talk, a course or a
teaching vignette) who are no patient of the report. Negatives: a trial's count of cases, a cohort, a composite
endpoint, a real patient's composite lymphoma."""
import json

import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes
from rule_examples import case_of


def abstract(nlp, title, text):
    [doc] = [d for d in read_bytes(json.dumps({"pmid": "1", "title": title, "abstract": text}).encode(), "a.json")
             if hasattr(d, "ids")]
    return extract_report(doc, nlp).cases


@pytest.mark.parametrize("title, text", [
    # the perfect tense of the authors' own few patients
    ("Cisplatin and hypocalcaemia", "We have seen three cases of severe hypocalcaemia following cisplatin for head and "
     "neck carcinoma. Tetany occurred in one patient."),
    ("Pentostatin keratitis", "Over two years we have encountered two elderly men with hairy cell leukaemia in whom "
     "pentostatin caused painful keratitis. Both recovered after the drug was stopped."),
    # the patients' course or histories announced
    ("Veno-occlusive disease in Wilms' tumour", "The clinical course of two siblings with Wilms' tumor treated with "
     "actinomycin D and vincristine is described. Both developed hepatic veno-occlusive disease."),
    ("Mitomycin and HUS", "Among 35 patients treated with mitomycin for gastric cancer at our hospital, three developed "
     "hemolytic uremic syndrome; their clinical histories are described. All three died."),
    # the verb first; a series named as such
    ("Temporal bone histiocytosis", "Described are two patients with Langerhans cell histiocytosis of the temporal "
     "bone. Both presented with otorrhoea."),
    ("Histiocytosis and diabetes insipidus", "A series of 4 children with Langerhans cell histiocytosis and diabetes "
     "insipidus is reported."),
    # the event and drug first, the few patients after
    ("Busulfan alopecia", "Permanent alopecia after busulfan was seen in 2 patients with chronic myeloid leukemia. Hair "
     "did not regrow after 3 years."),
])
def test_a_small_series_opening_gives_a_case(nlp, title, text):
    assert abstract(nlp, title, text)


@pytest.mark.parametrize("title, text", [
    ("Docetaxel in gastric cancer: a phase II trial", "Two cases of febrile neutropenia were reported among the 48 "
     "patients enrolled in this phase II trial of docetaxel. The objective response rate was 32%."),
    ("Relapse in medulloblastoma", "We describe three patterns of relapse in a cohort of 112 patients with "
     "medulloblastoma treated with cisplatin. Five-year survival was 62%."),
    ("Irinotecan in colorectal cancer", "Forty patients with metastatic colorectal cancer received irinotecan. Two "
     "patients had grade 4 neutropenia and one patient died of sepsis. The response rate was 20%."),
    # a made-up person of a teaching vignette or a talk
    ("Periorbital oedema on imatinib: a teaching module", "The vignette, a composite of several real patients, describes "
     "a 52-year-old man with KIT-mutant GIST given imatinib. He developed periorbital oedema. The questions ask how to "
     "manage the oedema."),
    ("Fusion-driven cancers: a meeting report", "The congress devoted a session to rare fusions. A phase 2 study of 120 "
     "patients reported a response rate of 41%. A speaker illustrated the data with an 8-year-old girl with "
     "infantile fibrosarcoma, presented as a composite without clinical details. No individual patient data are "
     "reported."),
])
def test_no_case_from_a_count_a_cohort_or_a_made_up_person(nlp, title, text):
    assert abstract(nlp, title, text) == []


@pytest.mark.parametrize("title, text", [
    ("Composite lymphoma of the stomach", "A 58-year-old woman presented with a composite lymphoma of the stomach. She "
     "received R-CHOP and achieved a complete response."),
    ("Pembrolizumab in lung cancer", "A 61-year-old man with lung adenocarcinoma received pembrolizumab. Hypothetical "
     "concerns about pneumonitis were raised, but he did well and had a partial response."),
])
def test_a_real_patient_near_such_words_keeps_the_case(nlp, title, text):
    [case] = abstract(nlp, title, text)
    assert case.treatments


@pytest.mark.parametrize("title, text", [
    ("Orbital pseudolymphoma", "Two cases of pseudolymphoma of the orbit are reported. Both resolved after radiotherapy."),
    ("Cutaneous metastases", "Three cases are presented of cutaneous metastases from carcinoma of the kidney. The lesions "
     "appeared years after nephrectomy."),
])
def test_a_few_cases_announced_keep_their_case_without_a_fact(nlp, title, text):
    assert abstract(nlp, title, text)


def response_pairs(case):
    return sorted((a.drug.label.lower(), r.concept.label.lower()) for t in case.treatments for r in t.responses
                  for a in t.administrations)


@pytest.mark.parametrize("title, text", [
    # an older terse abstract whose subject is the event: its course is no response of the tumour
    ("Methotrexate pneumonitis", "Interstitial pneumonitis induced by methotrexate in a woman with breast carcinoma "
     "responded promptly to prednisone. She was well a year later."),
    ("Asparaginase pancreatitis", "Acute pancreatitis after asparaginase in an adolescent with lymphoblastic leukaemia "
     "responded to supportive care and octreotide. Asparaginase was not given again."),
])
def test_the_course_of_the_event_told_of_a_person_is_no_response(nlp, title, text):
    # (read as a case section, so that the case is there whichever rows open it)
    case = case_of(nlp, text)
    assert case.treatments and response_pairs(case) == []
