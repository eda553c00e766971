"""A trial's or cohort's own report is no case report: its one-patient sentences ("the complete
response was seen in a 52-year-old man") are results of the cohort (kg/rules/patient.jsonl
COHORT_REPORT; kg/extraction/cases.py). Texts written for this project (tests/fixtures/reports)."""
from pathlib import Path

import pytest

from kg.extraction.cases import introduces_patient, reports_cohort
from kg.extraction.extract import extract_report
from kg.extraction.mentions import sentences_from_doc
from kg.model import Section
from kg.readers import read_path

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def _doc(name):
    [doc] = [d for d in read_path(REPORTS / name) if hasattr(d, "ids")]
    return doc


def _sentences(nlp, text):
    return sentences_from_doc(nlp(text), Section(kind="abstract", title="", start=0, end=len(text)), 0, 0)


def test_trial_report_with_a_single_responder_has_no_case(nlp):
    assert extract_report(_doc("trial_with_single_response.txt"), nlp).cases == []


def test_patients_heading_under_methods_is_no_case_section():
    doc = _doc("trial_with_single_response.txt")
    assert "case" not in {s.kind for s in doc.sections}
    assert any(s.kind == "methods" and "Eligible patients" in doc.text[s.start:s.end] for s in doc.sections)


def test_cohort_abstract_with_an_embedded_case_keeps_its_case(nlp):
    assert len(extract_report(_doc("cohort_with_embedded_case.txt"), nlp).cases) == 1


@pytest.mark.parametrize("text", [
    "Between 2018 and 2021, 36 patients were enrolled. The complete response was seen in a 52-year-old man.",
    "We retrospectively reviewed 41 patients with IMT. A 7-year-old girl had a complete response to crizotinib.",
])
def test_age_noun_introduces_no_case_inside_a_cohort_report(nlp, text):
    sentences = _sentences(nlp, text)
    assert reports_cohort(sentences)
    assert introduces_patient(sentences) and not introduces_patient(sentences, in_cohort=True)


def test_a_case_presented_by_the_cohort_report_is_its_case(nlp):
    sentences = _sentences(nlp, "Forty patients were treated with alectinib. We also present a patient with a "
                                "rare EML4-ALK variant who responded.")
    assert reports_cohort(sentences) and introduces_patient(sentences, in_cohort=True)


def _abstract_doc(title, abstract):
    import json
    from kg.readers import read_bytes
    [doc] = list(read_bytes((json.dumps({"pmid": "1", "title": title, "abstract": abstract}) + "\n").encode(), "a.jsonl"))
    return doc


def test_a_title_naming_one_patient_keeps_a_case_with_its_diagnosis_only(nlp):
    # older abstracts: the title names the patient, the abstract gives no age, sex or treatment
    title = "Loss of heterozygosity in an adrenocortical carcinoma from a patient with familial polyposis."
    abstract = ("An adrenocortical carcinoma was studied in a patient with a family history of polyposis. "
                "Loss of heterozygosity near the APC gene was detected in this carcinoma.")
    cases = extract_report(_abstract_doc(title, abstract), nlp).cases
    assert len(cases) == 1 and cases[0].diagnoses
    # the same abstract under a study title is no case: a diagnosis alone is no patient's fact
    assert extract_report(_abstract_doc("Loss of heterozygosity in adrenocortical carcinomas.", abstract), nlp).cases == []


def test_a_small_toxicity_series_is_a_case_but_not_in_a_trials_own_report(nlp):
    series = ("Five patients with carcinoma developed thrombotic microangiopathy after treatment with cisplatin "
              "and bleomycin. Renal biopsies showed intravascular coagulation.")
    assert len(extract_report(_abstract_doc("Thrombotic microangiopathy after chemotherapy.", series), nlp).cases) == 1
    trial = "In this phase II trial, 46 patients were enrolled and received cisplatin. " + series
    assert extract_report(_abstract_doc("Cisplatin and bleomycin in carcinoma: a phase II trial.", trial), nlp).cases == []


@pytest.mark.parametrize("title,abstract", [
    ("Organoids of a ROS1-rearranged lung adenocarcinoma acquire resistance to crizotinib",
     "We established patient-derived organoids from a pleural effusion of a 54-year-old woman with CD74-ROS1 "
     "fusion-positive lung adenocarcinoma. The organoids responded to crizotinib in vitro. Long-term exposure to "
     "crizotinib selected a G2032R mutation, which repotrectinib overcame."),
    ("Acquired MET amplification in an EGFR-mutant lung cancer model",
     "Tumour cells were isolated from the malignant pleural effusion of a 62-year-old man with EGFR-mutant lung "
     "adenocarcinoma. Savolitinib combined with osimertinib suppressed their growth, whereas osimertinib alone "
     "had no effect."),
])
def test_the_donor_of_a_laboratory_model_is_no_case(nlp, title, abstract):
    # MODEL_DONOR (kg/rules/sentences.jsonl): a preclinical study names the age of the patient whose tissue
    # made its model; that introduces no case, and the model's drugs are no patient's
    assert extract_report(_abstract_doc(title, abstract), nlp).cases == []


def test_a_case_report_that_also_made_a_model_keeps_its_case(nlp):
    abstract = ("A 4-month-old girl presented with a mass of the left thigh; biopsy showed infantile fibrosarcoma with "
                "an ETV6-NTRK3 fusion. Larotrectinib was started and MRI after 8 weeks showed a partial response. A "
                "cell line was established from the biopsy of this girl and was sensitive to larotrectinib in vitro.")
    cases = extract_report(_abstract_doc("Larotrectinib in infantile fibrosarcoma: a case report", abstract), nlp).cases
    assert [d.label.lower() for c in cases for t in c.treatments for d in t.drugs] == ["larotrectinib"]


@pytest.mark.parametrize("title,abstract", [
    # a family study: "at least one case of" counts relatives, it presents no patient
    ("Founder variants in hereditary gastric cancer kindreds.",
     "We have genotyped 26 kindreds with at least one case of diffuse gastric cancer. Truncating CDH1 variants were "
     "found in nine kindreds, including one with a case of lobular breast cancer in a man."),
    # a radiotherapy cohort whose toxicity is told as "one case of grade 4"
    ("Hypofractionated radiotherapy for hilar lung tumours.",
     "We retrospectively reviewed outcomes in 57 patients with hilar tumours treated with five fractions. Two-year "
     "local control was 81%. Toxicity was uncommon, with one case of grade 4 bronchial stenosis and a case of grade 5 "
     "haemoptysis."),
    # "a series of 40" is no small series
    ("Salvage lobectomy after high-dose chemoradiation.",
     "We report a series of 44 patients with stage III lung cancer who underwent lobectomy after chemoradiation. "
     "There was no operative death."),
])
def test_counts_of_cases_in_cohorts_and_family_studies_make_no_case(nlp, title, abstract):
    assert extract_report(_abstract_doc(title, abstract), nlp).cases == []


def test_a_described_patient_with_an_age_after_an_adjective_is_a_case(nlp):
    abstract = ("We describe a previously fit 58-year-old man with leukaemia who developed complete heart block during "
                "an infusion of an antiemetic. The block resolved when the drug was stopped.")
    assert len(extract_report(_abstract_doc("Heart block during an antiemetic infusion.", abstract), nlp).cases) == 1
