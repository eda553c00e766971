"""Philadelphia chromosome-like ("Ph-like", "BCR::ABL1-like") B-cell ALL is the WHO entity B-lymphoblastic
leukaemia/lymphoma with BCR-ABL1-like features (NCIT:C129787), not the Ph-positive one; the curated overlay
carries these names. Sentences are our own."""
import pytest


@pytest.mark.parametrize("text,written", [
    ("Gene-expression profiling classified the blasts as Ph-like acute lymphoblastic leukemia.",
     "Ph-like acute lymphoblastic leukemia"),
    ("A 15-year-old girl with Philadelphia chromosome-like acute lymphoblastic leukaemia carried a JAK2 fusion.",
     "Philadelphia chromosome-like acute lymphoblastic leukaemia"),
    ("Her BCR::ABL1-like B-ALL had an ABL2 rearrangement.", "BCR::ABL1-like B-ALL"),
])
def test_ph_like_all_is_the_bcr_abl1_like_entity(nlp, text, written):
    tumors = [(e.text, e._.curie) for e in nlp(text).ents if e.label_ == "TUMOR"]
    assert tumors == [(written, "NCIT:C129787")]


def test_ph_positive_all_keeps_its_own_entity(nlp):
    tumors = [e._.curie for e in nlp("He had Ph-positive acute lymphoblastic leukaemia.").ents if e.label_ == "TUMOR"]
    assert tumors and "NCIT:C129787" not in tumors
