"""Session 37 (old37): older, terse PubMed case abstracts (1975-2008 shape). Each mechanism on made-up texts of its
own, in several voices: responses in the old voice (a stabilization that lasts, two diameters before and after, a
named class that concludes the findings, "given without response"), a patient introduced only by the passive of the
diagnosis, and the old name "malignant histiocytosis"."""
import pytest

from rule_examples import cases_of


def _pairs(case):
    return {(d.concept.label.lower(), r.concept.id) for t in case.treatments for d in t.drugs for r in t.responses}


def _classes(case):
    return sorted({r.concept.label for t in case.treatments for r in t.responses})


@pytest.mark.parametrize("sentence", [
    "High-dose ifosfamide was then given, with stabilization for 4 months.",
    "Medroxyprogesterone acetate was started, with stabilisation lasting eight months.",
    "Tamoxifen was continued with stabilization for over a year.",
])
def test_a_stabilization_that_lasts_is_stable_disease(nlp, sentence):
    text = f"A 51-year-old woman with metastatic endometrial carcinoma is reported. {sentence}"
    (case,) = cases_of(nlp, text)
    assert _classes(case) == ["stable disease"]


def test_a_stabilization_after_a_pause_is_the_condition_settling(nlp):
    text = ("A 47-year-old man with metastatic melanoma received nivolumab. He was admitted with sepsis; nivolumab "
            "was paused and resumed after stabilisation.")
    (case,) = cases_of(nlp, text)
    assert "stable disease" not in _classes(case)


@pytest.mark.parametrize("sentence,cls", [
    ("After six courses the tumour had decreased from 8 x 6 cm to 3 x 2 cm.", "partial response"),
    ("The pulmonary mass shrank from 5 x 4 cm to 4.5 x 4 cm.", "stable disease"),
    ("The hepatic metastasis grew from 2 x 2 cm to 4 x 3 cm.", "progressive disease"),
])
def test_two_diameters_before_and_after_are_classed_on_the_longest(nlp, sentence, cls):
    text = f"A 9-year-old boy with a rhabdomyosarcoma of the thigh received vincristine and actinomycin D. {sentence}"
    (case,) = cases_of(nlp, text)
    assert _classes(case) == [cls]


@pytest.mark.parametrize("sentence", [
    "After four courses the gastric lesion had disappeared and the hepatic metastases were no longer visible; a "
    "complete remission was thus obtained, which has lasted 20 months.",
    "After three courses the liver metastases had disappeared and the primary lesion was no longer visible at "
    "endoscopy; the patient was thus in complete remission.",
    "The lung nodules had disappeared and the mediastinal nodes were no longer visible, i.e. a complete response.",
])
def test_a_named_class_that_concludes_the_findings_is_the_only_response(nlp, sentence):
    text = (f"A 61-year-old man with gastric adenocarcinoma received 5-fluorouracil, adriamycin and mitomycin C. "
            f"{sentence}")
    (case,) = cases_of(nlp, text)
    assert _classes(case) == ["complete response"]


@pytest.mark.parametrize("sentence", [
    "CCNU and methotrexate had been given without response.",
    "VM-26 was then tried, without any response.",
    "Vindesine brought no response.",
    "Second-line mitomycin produced no objective response.",
    "Tamoxifen was given but no response was observed.",
])
def test_a_drug_given_without_response_has_no_shrinkage_class(nlp, sentence):
    text = (f"A 58-year-old woman with oat cell carcinoma of the bronchus and hyponatremia is reported. Her tumour "
            f"had recurred in the liver after cyclophosphamide. {sentence} She died four months later.")
    (case,) = cases_of(nlp, text)
    assert "progressive disease" in _classes(case) and "partial response" not in _classes(case)


@pytest.mark.parametrize("opening", [
    "Malignant histiocytosis was diagnosed in a previously healthy farmer.",
    "Oat cell carcinoma of the bronchus was found at autopsy in a woman of 58 who had presented with hypokalemia.",
    "A hypernephroma was discovered incidentally in a young man investigated for haematuria.",
])
def test_a_patient_introduced_by_the_passive_of_the_diagnosis_is_a_case(nlp, opening):
    text = f"{opening} Cyclophosphamide, adriamycin and vincristine were given, with a complete remission."
    assert len(cases_of(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    "Lomustine in recurrent glioma. Thirty-two patients with recurrent malignant glioma received CCNU every 6 weeks. "
    "A partial response was found in 4 patients; the median survival was 7 months. Grade 3 thrombocytopenia was "
    "detected in a third of patients.",
    "Malignant histiocytosis: a review. Malignant histiocytosis was first diagnosed in a young man by Scott and "
    "Robb-Smith in 1939. Since then over 200 cases have been published. The literature is reviewed.",
])
def test_a_trial_or_review_stays_no_case(nlp, text):
    assert cases_of(nlp, text) == []


def test_malignant_histiocytosis_is_histiocytic_sarcoma(nlp):
    text = ("Malignant histiocytosis was diagnosed in a 34-year-old man. CHOP induced a complete remission lasting "
            "18 months.")
    (case,) = cases_of(nlp, text)
    assert [d.concept.id for d in case.diagnoses] == ["NCIT:C27349"]
