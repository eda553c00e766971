"""Responses read from a sentence (kg/extraction/responses.py): negated progression wording is no
progression. Sentences written for this test."""
from narrative import drug_response_pairs as responses


def test_negated_new_lesions_are_no_progression(nlp):
    got = responses(nlp, "A woman with renal cell carcinoma was treated. Cabozantinib was started in 2021. "
                         "Restaging MRI in 2022: no new cerebral lesion. The renal mass was smaller.")
    assert ("cabozantinib", "progressive disease") not in got


def test_new_lesions_stated_are_progression(nlp):
    got = responses(nlp, "A woman with renal cell carcinoma was treated. Cabozantinib was started in 2021. "
                         "Restaging MRI in 2022 showed two new cerebral lesions.")
    assert ("cabozantinib", "progressive disease") in got
