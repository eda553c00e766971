"""Drugs of multi-agent paediatric and transplant regimens are terms of their own
(ontology/terms/curated/overlay.tsv): thiotepa, dinutuximab, isotretinoin. Sentences written for this test."""
from narrative import therapy_of


def given(nlp, text):
    return [sorted(d.label.lower() for d in t.drugs) for t in therapy_of(nlp, text).treatments()]


def test_conditioning_and_anti_gd2_maintenance(nlp):
    lines = given(nlp, "A 3-year-old boy with neuroblastoma was treated. In November 2019 he received thiotepa "
                       "and cyclophosphamide. In April 2020 post-consolidation therapy began with five cycles of "
                       "dinutuximab and isotretinoin for the residual tumor.")
    assert lines == [["cyclophosphamide", "thiotepa"], ["dinutuximab", "isotretinoin"]]


def test_isotretinoin_for_acne_is_no_tumor_treatment(nlp):
    assert given(nlp, "He had started oral isotretinoin 20 mg/day for acne five months before.") == []
