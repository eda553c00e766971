"""kg_responses (kg/nlp/responses.py): wordings read as no response of the tumour. Sentences written
for this test."""
import pytest


def classes(nlp, text):
    return [(e.text, e._.response_class) for e in nlp(text).ents if e.label_ == "RESPONSE"]


@pytest.mark.parametrize("text", [
    "Because of thrombocytopenia, gemcitabine was reduced by 25% from cycle 3.",
    "After hand-foot syndrome, capecitabine dose was decreased by 20%.",
    "Nivolumab was then increased by 50% to the flat dose.",
])
def test_a_change_whose_subject_is_a_drug_is_its_dose(nlp, text):
    # _drug_changed: only auxiliary words between the drug and the change
    assert classes(nlp, text) == []


@pytest.mark.parametrize("text, cls", [
    ("On crizotinib the mass shrank by 45% within two months.", "PR"),
    ("After two cycles of docetaxel, the liver metastases decreased by 35%.", "PR"),
])
def test_a_change_of_the_tumour_after_a_drug_is_a_response(nlp, text, cls):
    assert cls in [c for _, c in classes(nlp, text)]
