"""Session 33 (ae33): made-up wordings of graded adverse events kg missed or misread before this session: an event's
short form defined in another section than the one that grades it ("cytokine release syndrome (CRS)" in the abstract,
"grade 2 CRS" in the case), a G-notation grade shared by a list ("(both G2)"), a blood pressure told with both values,
an article before a nadir ("reached a nadir of"), QTcF, an aside that names and grades the reaction whose signs were
told before it ("fever with chills (pyrexia, grade 2)"), a grade that opens the event a predicate names ("which was
classified as a grade 3 allergic reaction"), a symptom of the tumour told with its own grade, and "the episode was
grade 3". Every text is our own."""
from __future__ import annotations

import pytest

from ctcae_terms import FN, N, P, PPE
from rule_examples import cases_of, graded_events


def _case(body: str) -> str:
    return f"Case report\n\nCase presentation\n{body}\n"


CRS = "Cytokine release syndrome"

SHORT_FORMS = [
    ("crs-in-abstract", """Axicabtagene ciloleucel for refractory large B-cell lymphoma: a case report

Abstract
Cytokine release syndrome (CRS) is the most frequent toxicity of CD19-directed CAR T cells. We report a patient \
treated with axicabtagene ciloleucel.

Case presentation
A 58-year-old man with refractory diffuse large B-cell lymphoma received axicabtagene ciloleucel in May 2021. Grade 1 \
CRS was recorded on day 1. On day 3 CRS progressed to grade 2 and tocilizumab was given. PET-CT at 3 months showed a \
complete metabolic response.
""", {(CRS, 1), (CRS, 2)}),
    ("fn-hfs-in-introduction", """Capecitabine toxicity in metastatic colon cancer: a case report

Introduction
Hand-foot syndrome (HFS) and diarrhoea are frequent with capecitabine; febrile neutropenia (FN) is rarer.

Case presentation
A 62-year-old woman with metastatic colon cancer received capecitabine from June 2020. In the second cycle she \
developed HFS grade 2 and FN (grade 3) that needed admission, and the dose was reduced by a quarter.
""", {(PPE, 2), (FN, 3)}),
]


@pytest.mark.parametrize("name, text, expected", SHORT_FORMS, ids=[s[0] for s in SHORT_FORMS])
def test_event_short_form_defined_in_another_section(nlp, name, text, expected):
    (case,) = cases_of(nlp, text)
    assert {(a.concept.label, a.grade) for a in case.adverse_events} == expected


WORDINGS = [
    # a G-notation grade after a sharing word is every listed event's, as "(all grade 2)" is
    ("all-g2", "A 64-year-old man with gastric cancer received FOLFOX from 2021. Nausea, vomiting and diarrhoea "
     "(all G2) were managed with supportive care.", {("Nausea", 2), ("Vomiting", 2), ("Diarrhea", 2)}),
    ("both-g3", "A 51-year-old woman with breast cancer received abemaciclib from 2022. She developed diarrhoea and "
     "fatigue, both G3, in the first month.", {("Diarrhea", 3), ("Fatigue", 3)}),
    # values that lead to a grade: both values of a blood pressure, an article before a nadir
    # (a gap since the merge of session 33: the diastolic value read as the systolic one's unit made this pass but lost
    # "climbed to 172/104 mmHg, grade 3" and graded a baseline value before the drug: rule ae30-lab-blood-pressure)
    pytest.param("blood-pressure-two-values", "A 57-year-old man with renal cancer received axitinib from 2020. His "
                 "blood pressure reached 168/102 mmHg (grade 3) in week 3 and amlodipine was started.",
                 {("Hypertension", 3)}, marks=pytest.mark.xfail(strict=True, reason="both values of a blood pressure "
                                                                 "before its grade: ae33's unit pattern withdrawn")),
    # (session 34: the article before a nadir or peak noun is a LAB_LINK phrase of its own, 'a nadir', so the row
    # keeps its literal prefilter)
    ("nadir-of", "A 66-year-old woman with ovarian cancer received carboplatin and paclitaxel in 2019. Her "
     "neutrophils reached a nadir of 400/uL, grade 4, on day 10.", {(N, 4)}),
    ("platelets-showed-nadir", "A 70-year-old man with bladder cancer received gemcitabine and cisplatin in 2018. The "
     "platelet count showed a nadir of 30 x 10^9/L (grade 3) after cycle 2.", {(P, 3)}),
    # QT corrected by Fridericia's formula
    ("qtcf", "A 59-year-old woman with breast cancer received ribociclib with letrozole in 2021. A QTcF prolongation "
     "to 481 ms (grade 1) on day 15 resolved without a change of dose.", {("Electrocardiogram QT corrected interval prolonged", 1)}),
    # an aside that names and grades the reaction whose signs were told before it
    ("aside-names-the-reaction", "A 45-year-old woman with melanoma received dabrafenib and trametinib from 2022. On "
     "day 12 she developed fever to 39.0 C with rigors (pyrexia, grade 2), and both drugs were paused.",
     {("Fever", 2)}),
    # ... but a syndrome's own manifestation in its aside is what the syndrome showed
    ("aside-manifestation-of-syndrome", "A 61-year-old man with ovarian cancer received carboplatin from 2020. During "
     "the sixth infusion a hypersensitivity reaction occurred (urticaria, grade 3).", {("Allergic reaction", 3)}),
    # a grade that opens the event a predicate names is that event's, not the signs' told before it
    ("predicate-names-the-event", "A 9-year-old boy with low-grade glioma received carboplatin and vincristine from "
     "2020. During the eighth carboplatin infusion he developed urticaria, wheezing and hypotension needing "
     "adrenaline, which was classified as a grade 3 allergic reaction.", {("Allergic reaction", 3)}),
    # an occurrence noun stated to be of a grade restates the event before it
    ("the-episode", "A 53-year-old woman with colon cancer received capecitabine from 2021. In week 3 she developed "
     "watery diarrhoea. The episode was grade 3 and she was admitted.", {("Diarrhea", 3)}),
]


@pytest.mark.parametrize("name, body, expected", WORDINGS, ids=[getattr(w, "values", w)[0] for w in WORDINGS])
def test_graded_wordings(nlp, name, body, expected):
    assert graded_events(nlp, _case(body)) == expected


def test_symptom_of_the_tumour_with_its_own_grade_is_no_adverse_event(nlp):
    body = ("A 68-year-old man with lung adenocarcinoma received pembrolizumab from 2021. Dyspnoea (grade 3) due to "
            "progressive lung metastases led to admission in 2022, and grade 2 hypothyroidism was treated with "
            "levothyroxine.")
    assert graded_events(nlp, _case(body)) == {("Hypothyroidism", 2)}


@pytest.mark.xfail(strict=True, reason="the NLP, which does not know a short form defined in another section, gives "
                   "its grade to a sign named before it in the sentence (the fever); taking it back from that sign "
                   "cost an event on a held-out half in session 33")
def test_short_form_grade_given_to_a_sign_before_it(nlp):
    text = SHORT_FORMS[0][1].replace("Grade 1 CRS was recorded on day 1.",
                                     "On day 1 he had a fever of 39.2 C, and grade 1 CRS was recorded.")
    (case,) = cases_of(nlp, text)
    assert {(a.concept.label, a.grade) for a in case.adverse_events} == {(CRS, 1), (CRS, 2)}
