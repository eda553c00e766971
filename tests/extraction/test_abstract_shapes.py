"""The abstract-shapes bench (tools/make_abstract_shapes.py) on a fixed seed sample: made-up PubMed case
abstracts of the shapes older literature has (terse, passive, "The authors report ...", "A case of ... is
presented", the patient introduced late or as "a woman aged 43", the diagnosis only in the title), drug-toxicity
reports and small series, with negatives (trial, cohort, review, laboratory abstracts; one patient inside a
cohort). Each abstract's cases, ages, sexes, diagnoses, drugs, adverse events (grade, drug) and responses must
come out as composed; negatives give no case. Plus the mechanisms the bench led to, each on texts of its own."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from rule_examples import case_of

from kg.extraction.extract import extract_report
from kg.readers import read_bytes

_spec = importlib.util.spec_from_file_location(
    "make_abstract_shapes", Path(__file__).resolve().parents[2] / "tools" / "make_abstract_shapes.py")
bench = importlib.util.module_from_spec(_spec)
sys.modules.setdefault("make_abstract_shapes", bench)
_spec.loader.exec_module(bench)

SAMPLE = bench.generate(150, seed=15)
# known failures of the sample, kept strict so a fix shows: index -> why
KNOWN = {
    # 9, 32, 129, 149 ('Toxicity reached grade III', a grade told of the toxicity as a whole) pass since session
    # 16 (old16: AE_WHOLE_GRADE gives it to the case's one event)
    **{i: "'cerebellar toxicity' is no adverse-event term, and its signs (ataxia) are read as presentation"
       for i in (16, 37, 42, 43, 136)},
    **{i: "the patient named by sex only after the event ('X is reported in a male treated with Y'): no "
          "introduction (a row for it lowered held-out corpora, see test_a_patient_named_by_sex_only_...)"
       for i in (109, 127)},
    # 30, 72, 122, 137, 140 ('X is reported in a male treated with Y') pass since session 37 (case37's PATIENT_INTRO
    # row '<event> is reported in a <person>')
    # 34 passes since session 31 (case31): "The patient was 16 years old. ... The patient recovered slowly" tells one
    # patient's story in the past (kg.extraction.cases.tells_one_patients_story)
    0: "the drug is named only in a general opening sentence ('X is widely used ...; Y is an uncommon "
       "complication'), the patient's sentence says 'this complication'",
    4: "a title's 'in two patients with soft tissue sarcoma' reads as patients in general: no diagnosis",
    62: "'in whom pneumonitis followed bleomycin' (a series' lead-in): 'followed' is no onset of the event",
    105: "'in whom thyroiditis followed interferon' (a series' lead-in): 'followed' is no onset of the event",
    73: "'a case of myocardial infarction in a man ... who had received 5-fluorouracil': the event named "
        "before the patient is read as presentation",
    124: "cyclophosphamide in a report that names no tumour is no cancer therapy (it also treats vasculitis)",
}


@pytest.mark.parametrize("i", [pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=KNOWN[i])) if i in KNOWN
                               else i for i in range(len(SAMPLE))])
def test_abstract_shape_sample(nlp, i):
    name, text, exp = SAMPLE[i]
    assert bench.problems(exp, bench.cases_of(nlp, name, text)) == [], (exp["slots"], text)


def test_sample_covers_the_shapes():
    slots = {f"{k}={v}" for _, _, exp in SAMPLE for k, v in exp["slots"].items()}
    assert {"kind=single_tox", "kind=single_treat", "kind=series", "kind=negative", "format=json", "format=text",
            "format=pubmed_case_type", "format=pubmed_journal_article", "age_sex=aged", "age_sex=of_age",
            "intro=passive_observed", "intro=case_is_presented", "opening=authors_report_cases",
            "negative=cohort_one_patient"} <= slots


def test_negatives_of_a_larger_sample_give_no_case(nlp):
    negatives = [(n, t, e) for n, t, e in bench.generate(400, seed=3) if e["shape"] == "negative"]
    assert len(negatives) > 40
    assert [(n, e["slots"]["negative"]) for n, t, e in negatives if bench.cases_of(nlp, n, t)] == []


# ------------------------------------------------------------------ the mechanisms, on texts of their own ---
def abstract(nlp, title, text):
    [doc] = [d for d in read_bytes(json.dumps({"pmid": "1", "title": title, "abstract": text}).encode(), "a.json")
             if hasattr(d, "ids")]
    return extract_report(doc, nlp).cases


def drugs(case):
    return sorted(a.drug.label.lower() for t in case.treatments for a in t.administrations)


@pytest.mark.parametrize("title, text, age, sex", [
    ("Severe mucositis after capecitabine", "Severe mucositis was seen in a woman aged 43 after the third cycle "
     "of capecitabine for gastric cancer. She recovered.", 43, "female"),
    ("Gastric lymphoma: long remission", "A complete remission was documented in a man, 66 years of age, with "
     "gastric lymphoma treated with chlorambucil. He is alive.", 66, "male"),
])
def test_an_age_after_the_noun_introduces_the_patient(nlp, title, text, age, sex):
    [case] = abstract(nlp, title, text)
    assert (case.age, case.sex) == (age, sex)


def test_a_toxicity_report_naming_no_cancer_keeps_its_cytotoxic_drug_and_event(nlp):
    [case] = abstract(nlp, "Pulmonary damage after bleomycin", "A 29-year-old man developed pneumonitis after "
                      "receiving bleomycin. He recovered with prednisone.")
    assert drugs(case) == ["bleomycin"]
    assert [(a.concept.label, [d.label for d in a.drugs]) for a in case.adverse_events] == [("Pneumonitis", ["Bleomycin"])]


def test_a_drug_for_another_disease_is_still_dropped_in_a_story_naming_no_cancer(nlp):
    [case] = abstract(nlp, "Cystitis in vasculitis", "A 52-year-old woman with granulomatosis with polyangiitis "
                      "developed haemorrhagic cystitis after receiving cyclophosphamide.")
    assert drugs(case) == []


def test_chemotherapy_scheduled_for_a_suspected_cancer_that_was_a_mimic_stays_dropped(nlp):
    cases = abstract(nlp, "Sarcoidosis mimicking lymphoma in a 47-year-old man",
                     "A 47-year-old man had mediastinal nodes and lymphoma was suspected; doxorubicin and "
                     "bleomycin were provisionally planned. Biopsy showed non-caseating granulomas and lymphoma "
                     "was excluded. He received prednisone.")
    assert [drugs(c) for c in cases] == [[]]


def test_a_series_lead_in_is_every_patients(nlp):
    cases = abstract(nlp, "Neurotoxicity of vinca alkaloids",
                     "Two patients with non-Hodgkin's lymphoma who developed peripheral neuropathy after "
                     "vincristine are described. Case 1: a 34-year-old man had foot drop. Case 2: a 71-year-old "
                     "woman had jaw pain.")
    assert [(c.age, c.sex) for c in cases] == [(34, "male"), (71, "female")]
    for c in cases:
        assert drugs(c) == ["vincristine"]
        assert [d.concept.label for d in c.diagnoses] and [a.concept.label for a in c.adverse_events]


@pytest.mark.parametrize("text, drug", [
    ("A 58-year-old woman with rectal carcinoma developed 5-fluorouracil-induced angina.", "fluorouracil"),
    ("A 71-year-old man with pancreatic cancer had nab-paclitaxel-associated neuropathy.", "paclitaxel"),
])
def test_a_hyphenated_drug_glued_to_induced_is_read(nlp, text, drug):
    assert any(drug in d for d in drugs(case_of(nlp, text)))


@pytest.mark.parametrize("text, drug, response", [
    ("A 61-year-old man with myeloma obtained a complete remission after thalidomide.", "thalidomide",
     "complete response"),
    ("A partial response was obtained in a woman aged 70 with gastric cancer treated with capecitabine.",
     "capecitabine", "partial response"),
])
def test_a_response_told_before_its_drug_is_that_drugs(nlp, text, drug, response):
    case = case_of(nlp, text)
    assert [(drugs(case), [r.concept.label.lower() for t in case.treatments for r in t.responses])] == \
        [([drug], [response])]


def test_an_event_told_before_the_patient_and_drug_is_the_drugs(nlp):
    [case] = abstract(nlp, "Neuropathy on vincristine", "Peripheral neuropathy developed in a 60-year-old man "
                      "receiving vincristine for lymphoma. It improved on dose reduction.")
    assert [(a.concept.label, [d.label for d in a.drugs]) for a in case.adverse_events] == \
        [("Peripheral sensory neuropathy", ["Vincristine"])]


_DEVELOPED_IN_GAP = pytest.mark.xfail(
    strict=True, reason="a PATIENT_INTRO row for 'X developed in a woman with Y who had received Z' (session 15, "
    "intro15; again case37 in session 37) found two more held-out corpora cases but their responses and diagnoses "
    "were wrong: corpora 0.846 -> 0.827, under its floor; left out")


@pytest.mark.parametrize("title, text, sex", [
    pytest.param("Hepatic necrosis on methotrexate", "Fatal hepatic necrosis developed in a woman with "
                 "choriocarcinoma who had received methotrexate. Autopsy confirmed it.", "female",
                 marks=_DEVELOPED_IN_GAP),
    # passes since session 37 (case37's PATIENT_INTRO row: '<event> is reported in a <person>')
    ("Pancreatitis and asparaginase", "Acute pancreatitis is reported in a young man treated with asparaginase for "
     "lymphoblastic leukaemia. He recovered.", "male"),
])
def test_a_patient_named_by_sex_only_after_the_event_is_a_case(nlp, title, text, sex):
    [case] = abstract(nlp, title, text)
    assert case.sex == sex and drugs(case) and case.adverse_events


def test_a_trial_that_counts_an_event_in_its_patients_gives_no_case(nlp):
    assert abstract(nlp, "Asparaginase in adult leukaemia: a phase II study",
                    "Sixty-two patients with leukaemia were enrolled and received asparaginase. Pancreatitis "
                    "developed in 14 of 62 patients treated with asparaginase. The response rate was 71%.") == []


def test_a_series_announced_as_reported_in_two_patients_keeps_its_drug_and_event(nlp):
    cases = abstract(nlp, "Stomatitis after methotrexate: two cases",
                     "Severe stomatitis after methotrexate is reported in two patients with osteosarcoma. A "
                     "17-year-old boy had oral ulcers. A 22-year-old woman had oral ulcers.")
    assert cases and all(drugs(c) == ["methotrexate"] for c in cases)
    assert any(c.adverse_events for c in cases)


def test_the_title_tumour_is_the_patients_when_the_abstract_never_names_it(nlp):
    [case] = abstract(nlp, "Pneumonitis after bleomycin in a man with seminoma",
                      "A 31-year-old man developed pneumonitis after the third course of bleomycin. He recovered.")
    assert [d.concept.label for d in case.diagnoses] == ["Seminoma"]
