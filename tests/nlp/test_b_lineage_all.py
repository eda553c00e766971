"""Acute lymphoblastic leukaemia named with its B-precursor stage ("pro-B", "pre-B", "precursor B")
is B-cell ALL (NCIT:C8644), not the unspecified ALL; the curated overlay carries these names.
Sentences are our own."""
import pytest


@pytest.mark.parametrize("text,written", [
    ("The marrow showed CD10-negative pro-B acute lymphoblastic leukaemia with a KMT2A rearrangement.",
     "pro-B acute lymphoblastic leukaemia"),
    ("Flow cytometry of the blood confirmed pre-B ALL in the 3-year-old boy.", "pre-B ALL"),
    ("She was diagnosed with precursor B acute lymphoblastic leukemia in 2019.",
     "precursor B acute lymphoblastic leukemia"),
    # the names the term had before the overlay row stay
    ("He had B-cell acute lymphocytic leukemia.", "B-cell acute lymphocytic leukemia"),
])
def test_b_precursor_all_is_b_cell_all(nlp, text, written):
    tumors = [(e.text, e._.curie) for e in nlp(text).ents if e.label_ == "TUMOR"]
    assert tumors == [(written, "NCIT:C8644")]
