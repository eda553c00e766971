"""Session 25 (ae25): adverse events graded in shapes the earlier rules missed, read from whole made-up reports (abstract,
case presentation, discussion or a flowed table): a class of events graded and then named ("grade 2 skin toxicity, namely a
maculopapular rash", "grade 3 gastrointestinal toxicity in the form of diarrhoea", "grade 3 toxicity occurred in the form of
hypertension"), a flowed adverse-event table whose header line opens with its caption number ("Table 1. Adverse event | Grade"),
Roman grades, "G2 diarrhoea", "Toxicity: diarrhoea (G3)", grades on the next line of a bullet, "grade 3-4", event names written as
phrases ("elevated liver enzymes", "transaminitis", "skin eruption", "low platelets", "QTc prolongation"). The negatives keep
trial rates (in prose or in a table), "no grade 3 or 4 toxicity" and a "high-grade" tumour out. Every text is our own."""
import pytest

from rule_examples import graded_events


REPORTS = [
    ('Sunitinib Hand-Foot Skin Reaction: A Case Report\n\nAbstract\nA man with renal cancer developed skin toxicity on sunitinib.\n\nCase presentation\nA 61-year-old man with metastatic clear cell renal carcinoma started sunitinib 50 mg daily in 2017. After three weeks he had painful blisters on both soles; hand-foot syndrome grade III was diagnosed. Sunitinib was interrupted for ten days.\n\nDiscussion\nHand-foot skin reaction is frequent with multikinase inhibitors.\n',
     [('Palmar-plantar erythrodysesthesia syndrome', 3)]),
    ('Afatinib Diarrhoea: Case Report\n\nCase presentation\nA 54-year-old woman with EGFR-mutant lung adenocarcinoma was started on afatinib 40 mg daily in June 2018. She developed G2 diarrhoea and G1 paronychia during the first month. Afatinib was reduced to 30 mg and both settled.\n',
     [('Diarrhea', 2), ('Paronychia', 1)]),
    ('Capecitabine Toxicity\n\nCase presentation\nA 68-year-old man with rectal cancer received capecitabine with radiotherapy in 2019.\nToxicity: diarrhoea (G3), mucositis (G2).\nCapecitabine was stopped for a week.\n',
     [('Diarrhea', 3), ('Mucositis oral', 2)]),
    ('Lenvatinib Case\n\nCase presentation\nA 70-year-old woman with hepatocellular carcinoma started lenvatinib 8 mg daily in 2020. Side effects during treatment:\n- hypertension\n  grade 2, controlled with amlodipine\n- fatigue\n  grade 1\nLenvatinib was continued.\n',
     [('Fatigue', 1), ('Hypertension', 2)]),
    ('Thrombocytopenia on Niraparib\n\nCase presentation\nA 59-year-old woman with ovarian cancer started niraparib 300 mg daily as maintenance in 2018. On day 21 she had grade 3-4 thrombocytopenia with a platelet count of 18 x 10^9/L. Niraparib was held and restarted at 200 mg.\n',
     [('Platelet count decreased', 4)]),
    ('Toxicities of Cabozantinib\n\nCase presentation\nA 63-year-old man with hepatocellular carcinoma received cabozantinib 60 mg daily from 2020.\n\nTable 2 Adverse events\nEvent | Onset (week) | CTCAE grade\nDiarrhoea | 2 | 2\nHypertension | 4 | 3\nFatigue | 6 | 1\n\nThe dose was reduced to 40 mg.\n',
     [('Diarrhea', 2), ('Fatigue', 1), ('Hypertension', 3)]),
    ('Ribociclib Case Report\n\nCase presentation\nA 55-year-old woman with metastatic breast cancer started ribociclib 600 mg with letrozole in 2020. At week 4 she had elevated liver enzymes (grade 3) and QTc prolongation (grade 2). Ribociclib was held.\n',
     [('Alanine aminotransferase increased', 3), ('Electrocardiogram QT corrected interval prolonged', 2)]),
    ('Temozolomide Case\n\nCase presentation\nA 41-year-old woman with glioblastoma received temozolomide with radiotherapy in 2022. In week 5 she had low platelets, grade 3, and temozolomide was stopped.\n',
     [('Platelet count decreased', 3)]),
    ('Immunotherapy Skin Toxicity: Case Report\n\nCase presentation\nA 72-year-old man with melanoma received nivolumab 480 mg every four weeks from January 2021. In April he developed grade 2 skin toxicity, namely a pruritic maculopapular rash over the trunk. Topical steroids were started.\n',
     [('Rash maculo-papular', 2)]),
    ('Osimertinib Paronychia\n\nCase presentation\nA 60-year-old woman with EGFR-mutant lung cancer received osimertinib 80 mg daily from 2019. After two months painful paronychia of several fingers appeared.\n\nIt was classified as grade 2 according to CTCAE v5.0, and she was treated with topical antiseptics.\n\nDiscussion\nParonychia affects up to a third of patients on EGFR inhibitors.\n',
     [('Paronychia', 2)]),
    ('Bevacizumab Case\n\nCase presentation\nA 66-year-old man with colon cancer received FOLFOX plus bevacizumab in 2016. During cycle 5 grade 3 toxicity occurred in the form of hypertension, requiring two drugs.\n',
     [('Hypertension', 3)]),
    ('Cisplatin Toxicity\n\nCase presentation\nA 50-year-old man with head and neck cancer received cisplatin 100 mg/m2 with radiotherapy in 2017.\nToxicities observed:\nGrade 3: mucositis, dysphagia\nGrade 2: nausea\nHe needed a feeding tube.\n',
     [('Dysphagia', 3), ('Mucositis oral', 3), ('Nausea', 2)]),
    ('Dabrafenib and Trametinib\n\nCase presentation\nA 45-year-old man with BRAF-mutant melanoma started dabrafenib and trametinib in 2018. He developed grade 2 transaminitis after six weeks and grade 1 skin eruption. Treatment was paused.\n',
     [('Rash maculo-papular', 1), ('Alanine aminotransferase increased', 2)]),
    ('Crizotinib Toxicity: Case Report\n\nCase presentation\nA 57-year-old man with ALK-positive lung cancer started crizotinib 250 mg twice daily in 2016. In the third week he had grade 3 gastrointestinal toxicity in the form of diarrhoea, and crizotinib was held for a week.\n\nDiscussion\nDiarrhoea is common with crizotinib.\n',
     [('Diarrhea', 3)]),
    ('Cetuximab Skin Toxicity\n\nCase presentation\nA 64-year-old woman with colorectal cancer received cetuximab and irinotecan from 2018. Two weeks later grade 2 cutaneous toxicity manifesting as an acneiform rash appeared on her face. Minocycline was started.\n',
     [('Rash acneiform', 2)]),
    ('Nivolumab Hepatotoxicity\n\nCase presentation\nA 58-year-old man with renal cell carcinoma was given nivolumab 3 mg/kg every two weeks from May 2017. After the sixth infusion he developed grade 3 hepatic toxicity, i.e. hepatitis with ALT eight times normal. Prednisolone was started.\n',
     [('Alanine aminotransferase increased', 3)]),
    ('Pembrolizumab Colitis: A Case Report\n\nCase presentation\nA 70-year-old woman with melanoma received pembrolizumab from 2019. In her fifth month of therapy a grade 3 immune-related adverse event developed as colitis, with eight stools a day. Infliximab was needed.\n',
     [('Colitis', 3)]),
    ('Docetaxel Case\n\nCase presentation\nA 62-year-old man with prostate cancer received docetaxel 75 mg/m2 in 2015. After cycle 2, grade 2 toxicity was observed manifesting as peripheral oedema. Diuretics were given.\n',
     [('Edema limbs', 2)]),
    ('Sorafenib Toxicities in Hepatocellular Carcinoma\n\nCase presentation\nA 66-year-old man with hepatocellular carcinoma began sorafenib 400 mg twice daily in 2013.\n\nTable 1. Adverse event | Grade | Action\nHand-foot skin reaction | 3 | dose reduced\nDiarrhoea | 2 | loperamide\nHypertension | 2 | amlodipine\n\nSorafenib was continued at 400 mg daily.\n',
     [('Diarrhea', 2), ('Hypertension', 2), ('Palmar-plantar erythrodysesthesia syndrome', 3)]),
]


@pytest.mark.parametrize("text,expected", REPORTS, ids=[f"report{i}" for i in range(len(REPORTS))])
def test_a_graded_event_in_a_new_shape_is_the_patients(nlp, text, expected):
    got = graded_events(nlp, text)
    assert {tuple(e) for e in expected} <= got, got


NEGATIVES = [
    ('High-Grade Serous Carcinoma: Case Report\n\nCase presentation\nA 61-year-old woman with high-grade serous ovarian carcinoma received carboplatin and paclitaxel in 2018. She had nausea. No grade 3 or 4 toxicity was recorded.\n\nDiscussion\nIn trials, grade 3-4 neutropenia occurred in 40% of patients and grade 2 alopecia in most.\n',
     ['Alopecia', 'Neutrophil count decreased']),
    ('Erlotinib Case\n\nCase presentation\nA 70-year-old man with EGFR-mutant lung cancer took erlotinib from 2014 and tolerated it well.\nTable 1. Adverse events in the BR.21 trial | Grade 3-4 (%)\nRash | 9\nDiarrhoea | 6\n',
     ['Diarrhea', 'Rash acneiform', 'Rash maculo-papular']),
    ('Sunitinib Case\n\nCase presentation\nA 60-year-old man with renal cancer took sunitinib from 2015 without significant toxicity.\n\nDiscussion\nIn the pivotal trial grade 3 toxicity occurred in the form of hypertension in 12% of patients, and grade 3 skin toxicity, namely hand-foot syndrome, in 9%.\n',
     ['Hypertension', 'Palmar-plantar erythrodysesthesia syndrome']),
    ('Erlotinib Case\n\nCase presentation\nA 70-year-old man with EGFR-mutant lung cancer took erlotinib from 2014 and tolerated it well.\n\nTable 1. Adverse events | Grade 3-4 (%)\nRash | 9\nDiarrhoea | 6\n',
     ['Diarrhea', 'Rash acneiform', 'Rash maculo-papular']),
    ('Osimertinib Case\n\nCase presentation\nA 61-year-old woman with EGFR-mutant lung cancer took osimertinib from 2019.\n\nTable 2. Adverse events in the FLAURA trial | Grade\nDiarrhoea | 3\nRash | 2\n',
     ['Diarrhea', 'Rash acneiform', 'Rash maculo-papular']),
]


@pytest.mark.parametrize("text,absent", NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_trial_rates_and_negated_summaries_stay_out(nlp, text, absent):
    got = graded_events(nlp, text)
    assert not {label for label, _ in got} & set(absent), got


STORY = ("Capecitabine Case Report\n\nCase presentation\nA 60-year-old woman with metastatic breast cancer started capecitabine "
         "1000 mg/m2 twice daily in March 2019. {}\n\nDiscussion\nCapecitabine is an oral fluoropyrimidine.\n")
GRADE_AFTER = [
    ("In cycle 2 she had diarrhoea. According to CTCAE version 5.0, it was a grade 3 event.", ("Diarrhea", 3)),
    ("Cycle 2 was complicated by diarrhoea; its grade was 3.", ("Diarrhea", 3)),
    ("In cycle 2 diarrhoea developed. Grade: 3. Capecitabine was held.", ("Diarrhea", 3)),
    ("In cycle 2 diarrhoea occurred.\nGrade: 3\n\nCapecitabine was held.", ("Diarrhea", 3)),
    ("In the second cycle she developed hand-foot syndrome. Per NCI-CTCAE v5.0, this was graded as grade 2.",
     ("Palmar-plantar erythrodysesthesia syndrome", 2)),
    ("She developed G2 diarrhoea in cycle 2 and hand-foot syndrome which was of grade III severity in cycle 4.",
     ("Palmar-plantar erythrodysesthesia syndrome", 3)),
]


@pytest.mark.parametrize("sentences,expected", GRADE_AFTER, ids=[f"after{i}" for i in range(len(GRADE_AFTER))])
def test_a_grade_stated_after_the_event_in_a_new_wording(nlp, sentences, expected):
    got = graded_events(nlp, STORY.format(sentences))
    assert expected in got, got


def test_a_grade_heading_over_a_list_is_no_earlier_events_grade(nlp):
    text = STORY.format("In cycle 2 fatigue developed.\n\nToxicities in cycle 3:\nGrade 3\n- diarrhoea\n- mucositis")
    got = graded_events(nlp, text)
    assert ("Fatigue", 3) not in got, got
