"""Session 27 (ae27): grades told away from their event, read from whole made-up reports. After every other binding
step, an event still ungraded takes the one grade after it in its sentence when only words stand between ("diarrhoea
remained at grade 1", "hypertension appeared in week 3 and peaked at grade 3 despite amlodipine", "periorbital oedema
was noted at month two, classified by his oncologist as grade 1"). The negatives keep an improvement ("settled to grade 1"), a bound ("stayed below grade 2"), a trial
rate, a performance status and a tumour grade from grading the patient's event. Every text is our own."""
import pytest

from rule_examples import graded_events


REPORTS = [
    ('Osimertinib Case\n\nCase presentation\nA 63-year-old woman with EGFR-mutant lung adenocarcinoma started osimertinib 80 mg daily in March 2021. Six weeks later she developed diarrhoea and an acneiform rash on the face. The diarrhoea was grade 2 and the rash grade 1. Osimertinib was continued with loperamide.\n',
     [('Diarrhea', 2), ('Rash acneiform', 1)]),
    ('Sunitinib Toxicity\n\nCase presentation\nA 58-year-old man with renal cell carcinoma received sunitinib 50 mg daily from 2019. In cycle 2 he had hypertension and fatigue, both grade 2. The dose was reduced to 37.5 mg.\n',
     [('Fatigue', 2), ('Hypertension', 2)]),
    ('Capecitabine and Hand-Foot Syndrome\n\nCase presentation\nA 71-year-old woman with metastatic breast cancer was given capecitabine 1000 mg/m2 twice daily in 2020. After the third cycle painful redness and peeling of both palms appeared, consistent with hand-foot syndrome. This was graded as CTCAE grade 3. Capecitabine was withheld.\n',
     [('Palmar-plantar erythrodysesthesia syndrome', 3)]),
    ('Olaparib and Anaemia\n\nCase presentation\nA 60-year-old woman with BRCA1-mutant ovarian cancer started olaparib 300 mg twice daily in 2018. At week 10 her haemoglobin fell to 7.2 g/dL. This corresponded to grade 3 anaemia and she was transfused. Olaparib was held for two weeks.\n',
     [('Anemia', 3)]),
    ('Docetaxel Neutropenia\n\nCase presentation\nA 66-year-old man with prostate cancer received docetaxel 75 mg/m2 every three weeks from 2017. After cycle 1, his neutrophil count was 0.4 x 10^9/L (grade 4 neutropenia) and he needed G-CSF. Febrile neutropenia did not occur.\n',
     [('Neutrophil count decreased', 4)]),
    ('Lenvatinib Side Effects\n\nCase presentation\nA 67-year-old man with hepatocellular carcinoma started lenvatinib 12 mg daily in 2021. Adverse events are listed in Table 1.\nTable 1\nAdverse event | CTCAE grade | Management\nProteinuria | 2 | dose held\nHypothyroidism | 2 | levothyroxine\nDecreased appetite | 1 | none\nLenvatinib was resumed at 8 mg.\n',
     [('Anorexia', 1), ('Hypothyroidism', 2), ('Proteinuria', 2)]),
    ('Nivolumab Pneumonitis: A Case Report\n\nCase presentation\nA 69-year-old man with squamous lung cancer received nivolumab 240 mg every two weeks from January 2020. In April he presented with dry cough and dyspnoea, and CT showed bilateral ground-glass opacities consistent with pneumonitis. Nivolumab was stopped and prednisone 1 mg/kg was given.\n\nThe pneumonitis was considered grade 2 according to CTCAE version 5.0. It resolved within six weeks.\n\nDiscussion\nPneumonitis occurs in about 5% of patients treated with PD-1 inhibitors.\n',
     [('Pneumonitis', 2)]),
    ('Alectinib Myalgia\n\nCase presentation\nA 52-year-old woman with ALK-positive lung cancer started alectinib 600 mg twice daily in 2019 and had a partial response. After two months she developed myalgia and a raised creatine kinase.\n\nDiscussion\nIn our patient, the myalgia was grade 2 and the CK elevation grade 3, and both improved after a dose reduction to 450 mg. Myalgia has been described in up to 20% of patients in trials.\n',
     [('CPK increased', 3), ('Myalgia', 2)]),
    ('Trastuzumab Deruxtecan Case\n\nCase presentation\nA 55-year-old woman with HER2-positive breast cancer received trastuzumab deruxtecan 5.4 mg/kg from 2022. She had nausea (G2) and, in cycle 4, neutropenia of grade III which led to a dose reduction.\n',
     [('Nausea', 2), ('Neutrophil count decreased', 3)]),
    ('Irinotecan Diarrhoea\n\nCase presentation\nA 49-year-old man with colon cancer received FOLFIRI from 2016. After the second cycle he developed diarrhoea, which worsened over three days to grade 3 and required admission for intravenous fluids.\n',
     [('Diarrhea', 3)]),
    ('Paclitaxel Case\n\nCase presentation\nA 59-year-old woman with ovarian cancer received carboplatin and paclitaxel from 2019. Grade 2 toxicities included peripheral sensory neuropathy and alopecia, while grade 3 neutropenia was seen after cycle 4.\n',
     [('Alopecia', 2), ('Neutrophil count decreased', 3), ('Peripheral sensory neuropathy', 2)]),
    ('Ipilimumab Colitis\n\nCase presentation\nA 61-year-old man with melanoma received ipilimumab and nivolumab from 2020. After the second dose he developed bloody diarrhoea and colitis was confirmed on sigmoidoscopy. It was grade 3 in severity and required infliximab.\n',
     [('Colitis', 3)]),
    ('Hydroxyurea Case\n\nCase presentation\nA 70-year-old man with polycythaemia vera took hydroxyurea 1.5 g daily from 2015. After two years he had a painful ankle ulcer, grade 2, and his spleen enlarged. Ruxolitinib 10 mg twice daily replaced hydroxyurea. Shingles of the T8 dermatome (grade 2) was treated with aciclovir, and his diarrhoea remained at grade 1 throughout.\n',
     # (an ankle ulcer is Skin ulceration, benchmarks/gold/README.md; a term name since session 28)
     [('Diarrhea', 1), ('Shingles', 2), ('Skin ulceration', 2)]),
    ('Cabozantinib Case\n\nCase presentation\nA 57-year-old woman with renal carcinoma received cabozantinib 60 mg daily from 2020. The dose was lowered to 40 mg because of hand-foot syndrome; the mucositis stayed at grade 1 and the fatigue was kept at grade 2 with rest.\n',
     [('Fatigue', 2), ('Mucositis oral', 1)]),
    ('Sorafenib Case\n\nCase presentation\nA 62-year-old man with liver cancer took sorafenib 400 mg twice daily from 2012. Hypertension appeared in week 3 and peaked at grade 3 despite amlodipine.\n',
     [('Hypertension', 3)]),
    ('Gemcitabine Case\n\nCase presentation\nA 66-year-old woman with pancreatic cancer received gemcitabine and nab-paclitaxel from 2019. Thrombocytopenia developed after cycle 2, reaching grade 3 on day 15, and treatment was delayed.\n',
     [('Platelet count decreased', 3)]),
    ('Imatinib Case\n\nCase presentation\nA 48-year-old man with a gastrointestinal stromal tumour began imatinib 400 mg daily in 2016. Periorbital oedema was noted at month two, classified by his oncologist as grade 1, and no change was made.\n',
     [('Periorbital edema', 1)]),
    ('Toxicity table\n\nCase presentation\nA 59-year-old man with lung adenocarcinoma received pembrolizumab from 2021.\n\nTable 2. Immune-related adverse events\nAdverse event: Hypothyroidism | Onset: week 6 | Grade: 2 | Management: levothyroxine\nAdverse event: Colitis | Onset: week 14 | Grade: 3 | Management: prednisolone\n\nPembrolizumab was stopped after the colitis.\n',
     [('Colitis', 3), ('Hypothyroidism', 2)]),
    ('Capecitabine HFS\n\nCase presentation\nA 60-year-old woman with metastatic cancer started capecitabine in May 2020. After cycle 3 hand-foot syndrome appeared on both palms.\nCTCAE grade: 3.\nCapecitabine was withheld.\n',
     [('Palmar-plantar erythrodysesthesia syndrome', 3)]),
    ('Everolimus mucositis\n\nCase presentation\nA 60-year-old woman with metastatic cancer started everolimus 10 mg daily in May 2020. In week 3 she complained of painful oral mucositis. Its severity was grade 2, and dexamethasone mouthwash was prescribed.\n',
     [('Mucositis oral', 2)]),
    ('Irinotecan diarrhoea\n\nCase presentation\nA 60-year-old woman with metastatic cancer started irinotecan with 5-fluorouracil in May 2020. During cycle 2 she developed diarrhoea with eight stools a day. The toxicity was grade 3, and she was admitted.\n',
     [('Diarrhea', 3)]),
    ('Sunitinib hypertension\n\nCase presentation\nA 60-year-old woman with metastatic cancer started sunitinib 50 mg daily in May 2020. Her blood pressure rose to 178/104 mmHg in week 4, grade 3 hypertension by CTCAE, and amlodipine was added.\n',
     [('Hypertension', 3)]),
    ('Nivolumab hepatitis\n\nCase presentation\nA 60-year-old woman with metastatic cancer started nivolumab 240 mg every two weeks in May 2020. In June she had raised transaminases with an ALT of 410 U/L, and immune hepatitis was diagnosed; this was a grade 3 event per CTCAE, treated with methylprednisolone.\n',
     [('Alanine aminotransferase increased', 3)]),
]

# (report, the events it must hold, (label, grade) pairs it must not hold)
NEGATIVES = [
    ('Erlotinib Case\n\nCase presentation\nA 70-year-old woman with EGFR-mutant lung cancer started erlotinib 150 mg daily in 2014 and had a partial response. She had no grade 3 or higher toxicity.\n\nDiscussion\nIn the pivotal trial, grade 3 rash occurred in 13% and grade 3 diarrhoea in 5% of patients.\n',
     [], [('Diarrhea', 3), ('Rash maculo-papular', 3)]),
    ('Pembrolizumab Case\n\nCase presentation\nA 64-year-old man with melanoma received pembrolizumab from 2018 with a complete response. He tolerated it without adverse events.\n\nDiscussion\nA similar patient reported by others developed grade 4 myocarditis on pembrolizumab.\n',
     [], [('Myocarditis', 4)]),
    ('Negative grade of tumour\n\nCase presentation\nA 52-year-old woman with breast cancer received docetaxel from 2018 and developed alopecia. Histology had shown a grade 3 invasive ductal carcinoma.\n',
     [('Alopecia', None)], [('Alopecia', 3)]),
    ('Sunitinib neg\n\nCase presentation\nA 60-year-old woman with metastatic cancer started sunitinib 50 mg daily in May 2020. She developed hypertension in week 3, treated with amlodipine. Grade 3 events did not occur during the first year.\n',
     [('Hypertension', None)], [('Hypertension', 3)]),
    ('Folfox neg\n\nCase presentation\nA 60-year-old woman with metastatic cancer started FOLFOX in May 2020. Nausea began during cycle 1 and was treated with ondansetron. In the pivotal trials, grade 3 nausea occurred in 5% of patients.\n',
     [], [('Nausea', 3)]),
    ('ECOG neg\n\nCase presentation\nA 60-year-old woman with metastatic cancer started osimertinib 80 mg daily in May 2020. She developed diarrhoea in week 2 and took loperamide. Her ECOG performance status was grade 1 at that time.\n',
     [('Diarrhea', None)], [('Diarrhea', 1)]),
    ('Tumour neg\n\nCase presentation\nA 60-year-old woman with metastatic cancer started alectinib 600 mg twice daily in May 2020. She developed myalgia in month 2, treated with paracetamol. Review of the original biopsy confirmed a grade 3 tumour.\n',
     [('Myalgia', None)], [('Myalgia', 3)]),
]
IMPROVED = ("Cabozantinib Diarrhoea\n\nCase presentation\nA 58-year-old man with renal carcinoma started cabozantinib 60 mg "
            "daily in 2021. He developed grade 3 colitis in week 6 and cabozantinib was held. Once the diarrhoea had settled "
            "to grade 1, cabozantinib was restarted at 40 mg, and grade 2 hypothyroidism was treated with levothyroxine.\n")


@pytest.mark.parametrize("text,expected", REPORTS, ids=[t.split("\n", 1)[0] for t, _ in REPORTS])
def test_grade_told_away_from_its_event(nlp, text, expected):
    assert graded_events(nlp, text) == {tuple(e) for e in expected}


@pytest.mark.parametrize("text,must,must_not", NEGATIVES, ids=[t.split("\n", 1)[0] for t, _, _ in NEGATIVES])
def test_no_grade_from_a_bound_a_rate_or_another_thing(nlp, text, must, must_not):
    events = graded_events(nlp, text)
    assert {tuple(e) for e in must} <= events, events
    assert not events & {tuple(e) for e in must_not}, events


def test_an_improvement_to_a_grade_grades_no_event(nlp):
    assert graded_events(nlp, IMPROVED) == {("Colitis", 3), ("Hypothyroidism", 2)}
