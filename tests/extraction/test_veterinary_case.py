"""A veterinary case report's patient is an animal: no case (ANIMAL_PATIENT rows of
kg/rules/patient.jsonl, read in the title and the narrative's first sentences). A human patient's
report that mentions an animal keeps its case. Texts written for this project."""
from kg.extraction.extract import extract_report
from kg.readers import read_bytes


def cases_of(text: str, nlp):
    [doc] = [d for d in read_bytes(text.encode(), "page.txt") if hasattr(d, "ids")]
    return extract_report(doc, nlp).cases


def test_a_dog_with_lymphoma_is_no_case(nlp):
    text = ("Multicentric lymphoma in a 6-year-old Golden retriever\n\nCase presentation\n"
            "A 6-year-old spayed female Golden retriever was presented with generalised lymphadenopathy. "
            "She received vincristine, cyclophosphamide and doxorubicin and achieved a complete response.\n")
    assert cases_of(text, nlp) == []


def test_a_cat_with_carcinoma_is_no_case(nlp):
    text = ("Case report\n\nAn 12-year-old neutered male domestic shorthair cat presented with a mass of the "
            "tongue. Biopsy showed squamous cell carcinoma, and carboplatin was given with stable disease.\n")
    assert cases_of(text, nlp) == []


def test_a_man_bitten_by_a_dog_keeps_his_case(nlp):
    text = ("Case presentation\n\nA 58-year-old man presented after a dog bite to the left hand. "
            "Biopsy of a non-healing ulcer showed melanoma, and he received pembrolizumab with a partial response.\n")
    [case] = cases_of(text, nlp)
    assert case.age == 58
