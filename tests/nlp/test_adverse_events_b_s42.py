"""Adverse events of session 42 (ae42b), our own made-up texts in several voices.

- An event restated in the next sentence by a noun of its own ("The reactivation was graded 2"), after a sentence
  that told it only through its virus's test ("CMV DNA became detectable"): the virus names the event, the noun's
  clause grades it (AE_NAMED_ANAPHOR, kg_context ``_named_anaphor_events``).
- "Cognitive slowing" is CTCAE Cognitive disturbance, and the word-finding difficulty its aside names is what it
  showed (the term's ``manifestations``): one entry.
- An event told only by what a change of the running drug's dose did to it ("improved after a dose reduction") is
  an event of that drug (AE_ONSET).
"""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes

TITLE = "Alemtuzumab and Lorlatinib: Two Courses of Treatment, A Case Report"
INTRO = ("A 57-year-old man with T-cell prolymphocytic leukaemia started intravenous alemtuzumab 30 mg three times "
         "weekly in April 2020.")


def events(nlp, body: str, intro: str = INTRO):
    text = f"{TITLE}\n\nCase presentation\n{intro} {body}\nIn 2022 the disease progressed.\n"
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return sorted((a.concept.label, a.grade) for a in case.adverse_events)


@pytest.mark.parametrize("body,expected", [
    ("CMV DNA was first detected in the sixth week of treatment. The reactivation was graded 2 and "
     "valganciclovir was given.", [("Cytomegalovirus infection reactivation", 2)]),
    ("By week five the cytomegalovirus load had risen to 12,000 IU/mL; this reactivation was grade 3.",
     [("Cytomegalovirus infection reactivation", 3)]),
    ("HBV DNA climbed to 4.1 log IU/mL in the second month. The viral reactivation was classified as grade 2, "
     "and tenofovir was added.", [("Hepatitis B reactivation", 2)]),
    # the event already named in the sentence before takes the grade (one entry)
    ("In week six he developed a CMV reactivation. The reactivation was graded 2.",
     [("Cytomegalovirus infection reactivation", 2)]),
])
def test_a_restating_noun_grades_the_event_its_virus_names(nlp, body, expected):
    assert events(nlp, body) == expected


@pytest.mark.parametrize("body", [
    # no virus named before the noun: the noun names nothing
    "In week six his fatigue was grade 1. The reactivation was graded 2 by the ward team.",
    # the virus is told two sentences before: too far
    "CMV DNA became detectable in week six. Valganciclovir was started at once. The reactivation was graded 2.",
])
def test_a_restating_noun_without_its_virus_just_before_adds_no_event(nlp, body):
    assert ("Cytomegalovirus infection reactivation", 2) not in events(nlp, body)


LORLATINIB = "A 49-year-old woman with ALK-positive lung adenocarcinoma started lorlatinib 100 mg daily in May 2021."


@pytest.mark.parametrize("body,expected", [
    ("She developed grade 2 hypercholesterolaemia. Mild cognitive slowing (word-finding difficulty) was noted in "
     "August and improved after a dose reduction to 75 mg.",
     [("Cholesterol high", 2), ("Cognitive disturbance", None)]),
    ("Grade 1 cognitive slowing appeared after two months of lorlatinib.", [("Cognitive disturbance", 1)]),
    ("In July grade 2 hypertriglyceridaemia developed; grade 1 mental slowing followed in August.",
     [("Cognitive disturbance", 1), ("Hypertriglyceridemia", 2)]),
])
def test_cognitive_slowing_is_cognitive_disturbance(nlp, body, expected):
    assert events(nlp, body, LORLATINIB) == expected


@pytest.mark.parametrize("body,expected", [
    ("She had grade 2 hypercholesterolaemia. Mild blurred vision was noted in August and improved after a dose "
     "reduction.", [("Blurred vision", None), ("Cholesterol high", 2)]),
    ("She had grade 2 hypercholesterolaemia. In September her moderate fatigue resolved completely following a "
     "two-week treatment interruption.", [("Cholesterol high", 2), ("Fatigue", None)]),
])
def test_an_event_eased_by_a_dose_change_is_the_drugs(nlp, body, expected):
    assert events(nlp, body, LORLATINIB) == expected


def test_an_event_eased_by_another_remedy_is_not_the_drugs(nlp):
    body = ("She had grade 2 hypercholesterolaemia. Mild anaemia from her earlier surgery improved with iron "
            "tablets.")
    assert events(nlp, body, LORLATINIB) == [("Cholesterol high", 2)]
