"""Which line a response belongs to, on whole made-up courses (session 31, rwin31): each course of
response_courses_s31 gives exactly the (drug, class) pairs the gold conventions give, and each patient of a
two-patient series keeps their own."""
import pytest

from kg.nlp import build_pipeline
from rule_examples import RESPONSE_CLASS, cases_of, response_pairs
from response_courses_s31 import COURSES, HARD, MORE, MORE2, SERIES, SERIES_PAIRS


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.parametrize("name", sorted({**COURSES, **HARD, **MORE, **MORE2}))
def test_course_gives_the_gold_pairs(nlp, name):
    text, want = {**COURSES, **HARD, **MORE, **MORE2}[name]
    got = response_pairs(nlp, text)
    assert got == want, f"extra {sorted(got - want)}, missed {sorted(want - got)}"


def test_series_keeps_each_patients_responses(nlp):
    got = [{(d.label.lower(), RESPONSE_CLASS.get(r.concept.label.lower(), r.concept.label.lower()))
            for t in c.treatments for d in t.drugs for r in t.responses} for c in cases_of(nlp, SERIES)]
    assert got == SERIES_PAIRS

