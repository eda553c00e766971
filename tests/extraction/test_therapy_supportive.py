"""Steroids, NSAIDs, immunosuppressants and supportive-care agents are the patient's tumor
treatment only when the sentence says they treat the tumor (kg/rules/therapy.jsonl:
SUPPORTIVE_ONLY_CLASS, CONDITIONAL_CLASS, TUMOR_DIRECTED). Sentences written for this test."""
import pytest

from narrative import therapy_of


def given(nlp, text):
    tb = therapy_of(nlp, text)
    return [d.label.lower() for t in tb.treatments() for d in t.drugs]


@pytest.mark.parametrize("text, drug", [
    ("After the kidney transplant in 2015 he was treated with tacrolimus and methylprednisolone.", "methylprednisolone"),
    ("She is currently receiving hydrocortisone and is on regular follow-up.", "hydrocortisone"),
    ("Ibuprofen was taken for two weeks.", "ibuprofen"),
    # beside antineoplastic drugs a steroid is supportive or the regimen's backbone: the dev gold
    # leaves it out ("excluding ... steroids", ../shared/gold/abstracts_cases.README.md)
    ("She received vincristine, doxorubicin and dexamethasone in March 2019.", "dexamethasone"),
])
def test_steroid_or_nsaid_without_the_tumor_is_not_a_line(nlp, text, drug):
    assert drug not in given(nlp, text)


@pytest.mark.parametrize("text, drug", [
    ("At relapse in 2008 she was treated with naproxen and corticosteroids.", "corticosteroid"),
    ("The mass shrank on prednisolone, given for three months.", "prednisolone"),
])
def test_steroid_or_nsaid_treating_the_tumor_is_a_line(nlp, text, drug):
    assert drug in given(nlp, text)


def test_supportive_care_agent_is_never_a_line_but_its_companion_is(nlp):
    drugs = given(nlp, "In May 2018 she received ifosfamide with mesna.")
    assert "ifosfamide" in drugs and "mesna" not in drugs


@pytest.mark.parametrize("text, drug, companion", [
    ("Low-dose aspirin was continued alongside nilotinib from 2021.", "aspirin", "nilotinib"),
    ("Lenalidomide was restarted with acetylsalicylic acid as thromboprophylaxis.", "aspirin", "lenalidomide"),
])
def test_aspirin_beside_an_antineoplastic_drug_is_supportive(nlp, text, drug, companion):
    drugs = given(nlp, text)
    assert companion in drugs and drug not in drugs, drugs


@pytest.mark.parametrize("text, drug", [
    ("Letrozole and palbociclib were started in June 2020, with denosumab for bone protection.", "denosumab"),
    ("Docetaxel and zoledronic acid were given from March 2018 for the bone metastases.", "zoledronic acid"),
    ("She also received monthly pamidronate from 2016.", "pamidronic acid"),
    # given alone, but for the skeleton (SKELETAL_SUPPORT): the metastases it names are not its target
    ("Zoledronic acid 4 mg every 12 weeks was given for the bone metastases throughout.", "zoledronic acid"),
    ("Denosumab was started in 2019 to prevent skeletal-related events from the vertebral metastases.", "denosumab"),
])
def test_bone_modifying_agent_beside_therapy_or_alone_is_not_a_line(nlp, text, drug):
    assert drug not in given(nlp, text)


def test_bone_modifying_agent_given_for_the_tumor_is_a_line(nlp):
    drugs = given(nlp, "The unresectable giant cell tumor of the sacrum was treated with denosumab from 2017.")
    assert drugs == ["denosumab"]


@pytest.mark.parametrize("text", [
    "A woman with CNS lymphoma received high-dose methotrexate in May 2021. Her creatinine rose, and "
    "glucarpidase was given together with leucovorin.",
    "A boy with osteosarcoma received methotrexate in 2019. Folinic acid was continued until the level fell.",
])
def test_folate_named_without_an_antineoplastic_drug_is_not_a_line(nlp, text):
    # PARTNER_ONLY_CLASS: leucovorin treats the tumour only as a fluoropyrimidine's partner
    assert "leucovorin" not in given(nlp, text)


@pytest.mark.parametrize("text", [
    "A man with rectal cancer received fluorouracil, leucovorin and oxaliplatin from March 2020.",
    "In 2018 she was given leucovorin plus 5-FU and irinotecan every two weeks.",
])
def test_folate_beside_a_fluoropyrimidine_is_given(nlp, text):
    assert "leucovorin" in given(nlp, text)
