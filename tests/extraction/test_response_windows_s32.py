"""Which line a response belongs to, on whole made-up courses (session 32, rwin32): each course of
response_courses_s32 gives exactly the (drug, class) pairs the gold conventions give, and each patient of the
two-patient series keeps their own."""
import pytest

from kg.nlp import build_pipeline
from rule_examples import RESPONSE_CLASS, cases_of, response_pairs
from response_courses_s32 import COURSES, MORE, SERIES_PAIRS

SINGLE = {name: course for name, course in {**COURSES, **MORE}.items() if course[1] is not None}


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.mark.parametrize("name", sorted(SINGLE))
def test_course_gives_the_gold_pairs(nlp, name):
    text, want = SINGLE[name]
    got = response_pairs(nlp, text)
    assert got == want, f"extra {sorted(got - want)}, missed {sorted(want - got)}"


def test_series_keeps_each_patients_responses(nlp):
    got = [{(d.label.lower(), RESPONSE_CLASS.get(r.concept.label.lower(), r.concept.label.lower()))
            for t in c.treatments for d in t.drugs for r in t.responses} for c in cases_of(nlp, COURSES["rcc_breast_series"][0])]
    assert got == SERIES_PAIRS
