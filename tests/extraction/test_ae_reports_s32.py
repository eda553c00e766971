"""Session 32 (ae32): the complete made-up reports of ``ae_reports_s32`` and short wordings of the mechanisms they
exercise: a severity word shared by a list ("mild constipation and myalgia"), an event told by what it did to the
running drug ("... led to a reduction to 40 mg"), an event managed with a remedy, plural and other names CTCAE lacks
("pleural effusions", "PPE", "peripheral arterial occlusive disease"), items with asides of their own in a
list graded together, one event told at two grades in one sentence (two entries). Every text is our own."""
from __future__ import annotations

import pytest

from ae_reports_s32 import ALT, FN, N, P, PPE, PSN, REPORTS
from rule_examples import cases_of
from test_ae_probes_s30 import mismatches


def events_by_case(nlp, text: str) -> list[set]:
    return [{(a.concept.label, a.grade) for a in c.adverse_events} for c in cases_of(nlp, text)]


@pytest.mark.parametrize("name", list(REPORTS))
def test_report(nlp, name):
    text, expected = REPORTS[name]
    found = events_by_case(nlp, text)
    per_case = expected if expected and isinstance(expected[0], list) else [expected]
    assert len(found) == len(per_case), f"{len(found)} cases: {found}"
    problems = [mismatches(f, e) for f, e in zip(found, per_case)]
    assert all(not m and not x for m, x in problems), f"missed/extra per case: {problems}"


# short wordings, each a one-patient case paragraph: (name, text, expected (term, grade) pairs)
SHORT = [
    # a severity word before the first event of a list sizes the list's later events
    ("severity-shared-and", "A 61-year-old man with lung cancer received alectinib from May 2019. Creatine kinase "
     "rose to grade 3 at month 4, and alectinib was held; mild constipation and myalgia were managed conservatively.",
     [("CPK increased", 3), ("Constipation", (None, 1)), ("Myalgia", (None, 1))]),
    ("severity-shared-comma", "A 57-year-old woman with ovarian cancer received olaparib. Grade 2 anaemia needed a "
     "transfusion, and moderate nausea, vomiting and fatigue were managed conservatively.",
     [("Anemia", 2), ("Nausea", (None, 2)), ("Vomiting", (None, 2)), ("Fatigue", (None, 2))]),
    ("severity-own-word-stops", "A 49-year-old woman with thyroid cancer received cabozantinib in March 2021; "
     "moderate hand-foot syndrome and mild diarrhoea led to a reduction to 40 mg.",
     [(PPE, (None, 2)), ("Diarrhea", (None, 1))]),
    # an event told by the action on the running drug it caused
    ("drug-action-required", "A 66-year-old man with renal cancer received sunitinib. Grade 2 hypertension was "
     "treated with amlodipine, and severe mucositis required a dose interruption of one week.",
     [("Hypertension", 2), ("Mucositis oral", (None, 3))]),
    ("drug-action-prompted", "A 52-year-old woman with breast cancer received palbociclib and letrozole. Grade 3 "
     "neutropenia occurred in cycle 1; later, moderate fatigue prompted a further dose reduction.",
     [(N, 3), ("Fatigue", (None, 2))]),
    # an event managed with a remedy
    ("managed-with", "A 59-year-old man with lung cancer received crizotinib. Grade 1 visual disturbance was "
     "noted, and mild nausea was managed with ondansetron.", [("Blurred vision", 1), ("Nausea", (None, 1))]),
    # names CTCAE lacks
    ("plural-effusions", "A 50-year-old man with CML received dasatinib. Grade 2 pleural effusions required "
     "diuretics.", [("Pleural effusion", 2)]),
    ("ppe-short-form", "A 63-year-old woman with endometrial cancer received lenvatinib with pembrolizumab. Grade 2 "
     "hypothyroidism and grade 2 PPE developed.", [("Hypothyroidism", 2), (PPE, 2)]),
    ("arterial-occlusive", "A 55-year-old man with CML received nilotinib. Grade 2 peripheral arterial occlusive "
     "disease was found in 2016.", [("Peripheral ischemia", 2)]),
    # grades written as Roman numerals or words
    ("roman-and-words", "A 58-year-old man with renal cancer received axitinib. Grade three diarrhoea and grade IV "
     "hypertension occurred.", [("Diarrhea", 3), ("Hypertension", 4)]),
    # lab events named by value with their grade
    ("lab-values", "A 62-year-old man with AML received cytarabine. Platelets 18,000/uL (grade 4) and haemoglobin "
     "7.2 g/dL (grade 3) required transfusions.", [(P, 4), ("Anemia", 3)]),
    ("fn-synonym", "A 70-year-old man with prostate cancer received docetaxel. He developed neutropenic fever (grade "
     "3) on day 9.", [(FN, 3)]),
    # a list whose items carry asides of their own, graded together after it
    ("aside-list-both-were", "A 71-year-old man with myeloma received lenalidomide. In 2021 neutropenia (ANC 0.7 x "
     "10^9/L) and thrombocytopenia (platelets 45 x 10^9/L) developed. Both were grade 3.", [(N, 3), (P, 3)]),
    ("aside-list-both-grade", "A 66-year-old woman with colon cancer received capecitabine. She developed rash "
     "(maculopapular, on the trunk) and diarrhoea (up to six stools a day), both grade 2.",
     [(("Rash maculo-papular", "Rash acneiform"), 2), ("Diarrhea", 2)]),
    ("aside-list-severity", "A 60-year-old man with lung cancer received crizotinib. Mild nausea (on days 1-3) and "
     "vomiting were managed with ondansetron.", [("Nausea", (None, 1)), ("Vomiting", (None, 1))]),
    # more names CTCAE lacks
    ("dermatitis-acneiform", "A 52-year-old man with colorectal cancer received encorafenib and cetuximab. He "
     "developed arthralgia of grade 2 and grade 2 dermatitis acneiform.", [("Arthralgia", 2), ("Rash acneiform", 2)]),
    # one event told at two grades in one sentence is two entries (the gold's convention 4)
    ("two-grades-dates", "A 48-year-old woman with CML received imatinib. Alanine aminotransferase increased to grade "
     "1 in 2014 and to grade 2 in 2015.", [(ALT, 1), (ALT, 2)]),
    ("two-grades-thereafter", "A 52-year-old man with CML received bosutinib. Diarrhoea was grade 2 during the first "
     "month and grade 1 thereafter.", [("Diarrhea", 2), ("Diarrhea", 1)]),
    ("two-grades-aside", "A 61-year-old woman with breast cancer received capecitabine. Hand-foot syndrome (grade 1 "
     "in cycle 2, grade 3 in cycle 4) led to a dose reduction.", [(PPE, 1), (PPE, 3)]),
    ("one-grade-next-event", "A 57-year-old man with lung cancer received docetaxel. Fatigue was grade 1 in cycle 1, "
     "and grade 3 neutropenia followed in cycle 2.", [("Fatigue", 1), (N, 3)]),
    # negatives: a baseline condition, prophylaxis, a trial's rate
    ("neg-baseline-prophylaxis", "A 64-year-old woman with lymphoma had grade 1 peripheral neuropathy from diabetes "
     "before treatment. She received R-CHOP with pegfilgrastim as prophylaxis against febrile neutropenia. In the "
     "pivotal trial grade 3 neuropathy occurred in 9% of patients. Grade 2 constipation followed cycle 3.",
     [("Constipation", 2)]),
    ("neg-severity-at-exam", "A 66-year-old man presented with mild anaemia and weight loss. Colon cancer was "
     "diagnosed, and he received FOLFOX. Grade 1 neuropathy followed.", [(PSN, 1)]),
]


@pytest.mark.parametrize("name,text,expected", [pytest.param(*p, id=p[0]) for p in SHORT])
def test_short(nlp, name, text, expected):
    found = events_by_case(nlp, f"Case report\n\nCase presentation\n{text}\n")
    assert len(found) == 1, f"{len(found)} cases: {found}"
    missed, extra = mismatches(found[0], expected)
    assert not missed and not extra, f"missed {missed}, extra {extra}"
