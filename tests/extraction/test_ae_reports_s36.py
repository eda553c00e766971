"""Session 36 (ae36): adverse events told in three wordings, read from whole made-up reports (every text is our own).

1. A grade shared by a word written after it ('G3 for both', 'grade 2 in each') grades every lab value listed before it,
   also when an aside names the syndrome the values make up first ('(hepatitis, G3 for both)'), and a multiple whose
   reference is named once ('ALT rose to 12 times and AST to 8 times the upper limit of normal').
2. A graded hepatitis or hepatotoxicity is recorded under Alanine aminotransferase increased when the case names the
   transaminases (CTCAE has no non-viral hepatitis term and grades it by them); told with no value it keeps its name.
3. A grade glued to the event after it is that event's: signs told before it ('fatigue was recorded as grade 2
   hypothyroidism') do not take it.
4. A named clinician rating 'it' ('My oncologist graded it as grade 2') grades the event told before.
"""
import pytest

from rule_examples import graded_events

ALT, AST = "Alanine aminotransferase increased", "Aspartate aminotransferase increased"
INTRO = "Case presentation\nA 61-year-old man with metastatic melanoma started nivolumab with ipilimumab in March 2022. "

REPORTS = [
    # 1. a sharing word after the grade
    ("Hepatic toxicity of nivolumab\n\n" + INTRO + "Two weeks after the second dose his AST was 230 U/L and ALT 305 U/L "
     "(G3 for both), and the drugs were stopped.\n", {(AST, 3), (ALT, 3)}),
    ("Renal toxicity of nivolumab\n\n" + INTRO + "In May his creatinine was 2.4 mg/dL and bilirubin 3.3 mg/dL "
     "(grade 2 in each), and nivolumab was held.\n", {("Creatinine increased", 2), ("Blood bilirubin increased", 2)}),
    ("Liver injury on nivolumab\n\n" + INTRO + "After dose 3 his ALT rose to 11 times and AST to 7 times the upper limit of "
     "normal (immune-mediated hepatitis, grade 3 for both). Prednisolone was given.\n", {(ALT, 3), (AST, 3)}),
    # 2. hepatitis named by the measured CTCAE term
    ("Immune hepatitis\n\n" + INTRO + "In June his transaminases rose, with an ALT of 390 U/L, and grade 3 immune-related "
     "hepatitis was diagnosed. Methylprednisolone was started.\n", {(ALT, 3)}),
    ("Immune hepatitis without values\n\n" + INTRO + "In June he developed grade 3 immune-related hepatitis and "
     "methylprednisolone was started.\n", {("Hepatitis", 3)}),
    # 3. the signs of a graded syndrome named after them
    ("Thyroid toxicity\n\n" + INTRO + "In week 10 a TSH of 16 mU/L with fatigue was recorded as grade 2 hypothyroidism, and "
     "levothyroxine was started. Grade 1 pruritus followed.\n", {("Hypothyroidism", 2), ("Pruritus", 1)}),
    ("Cytokine release\n\n" + INTRO + "After the first dose he had fever, hypotension and hypoxia, consistent with grade 2 "
     "cytokine release syndrome, and tocilizumab was given. Grade 1 rash followed.\n",
     {("Cytokine release syndrome", 2), ("Rash maculo-papular", 1)}),
    # 4. a clinician grading 'it'
    ("Pleural effusion\n\n" + INTRO + "In August an X-ray showed a right pleural effusion. His oncologist graded it as grade 2 "
     "and paused both drugs. Grade 1 nausea was also noted.\n", {("Pleural effusion", 2), ("Nausea", 1)}),
]


@pytest.mark.parametrize("text,expected", REPORTS, ids=[r[0].split("\n")[0] for r in REPORTS])
def test_adverse_events_of_the_report(nlp, text, expected):
    assert graded_events(nlp, text) == expected


def test_a_grade_shared_after_a_list_of_sites_is_no_sharing_word(nlp):
    # "in both feet" names where the event is, not the events that share the grade
    got = graded_events(nlp, "Neuropathy\n\n" + INTRO + "In May he had arthralgia and paraesthesia, grade 1 in both feet.\n")
    assert ("Arthralgia", 1) not in got


@pytest.mark.xfail(strict=True, reason="the short grade 'G3' is read only next to an event or after a lab value; reading it "
                   "after a clause that points back ('It was G2') or closing the event's aside cost an extra event on a "
                   "held-out half in session 36 (a tumour's or another 'G2' taken for an event's grade)")
def test_short_grade_after_an_anaphor(nlp):
    got = graded_events(nlp, "Rash on nivolumab\n\n" + INTRO + "In May a rash spread over his trunk. It was G2, and topical "
                             "steroids were given.\n")
    assert got == {("Rash maculo-papular", 2)}
