"""Session 24 (ae24): adverse events whose grade or whose patient is told in CONTEXT, not in the event's own
clause: the grade one or two sentences later ("The CTCAE grade was 2.", "Both were grade 2.", "; grade 4 was reached",
"Grade 2 per CTCAE.", "These were grade 3 and grade 2, respectively."), in an aside ("consistent with grade 2"), in a
bulleted or flattened list under a heading, in a Discussion that retells the patient ("The present patient
experienced grade 3 diarrhea ..., as most patients do") or dates it in the patient's course ("Grade 3 pneumonitis
developed four months after osimertinib was started"), or an event told before the first drug is named ("on day 9
of alpelisib"). Every report is our own made-up text (abstract, case presentation, discussion or a web page with
headings), read whole by kg; the negatives keep trial rates, other patients, plans and monitoring out."""
import pytest

from rule_examples import graded_events


REPORTS = [
    ('Alectinib-Induced Toxicity in ALK-Positive Lung Cancer: A Case Report\n\nAbstract\n\nWe describe a woman with ALK-positive lung adenocarcinoma treated with alectinib.\n\nCase presentation\n\nA 58-year-old woman with ALK-rearranged lung adenocarcinoma started alectinib 600 mg twice daily in March 2018. Four weeks later she developed diarrhoea with six stools per day. The CTCAE grade was 2. Loperamide controlled it and alectinib was continued.\n\nDiscussion\n\nDiarrhoea is a known effect of ALK inhibitors. In the pivotal trial, diarrhoea occurred in 12% of patients.\n',
     [('Diarrhea', 2)]),
    ('Pneumonitis During Osimertinib: Case Report\n\nAbstract\n\nA man with EGFR-mutant lung cancer developed pneumonitis on osimertinib.\n\nCase presentation\n\nA 66-year-old man with EGFR exon 19 deleted lung adenocarcinoma was given osimertinib 80 mg daily from May 2019. In August he presented with cough and dyspnoea. A CT scan showed bilateral ground-glass opacities consistent with pneumonitis; the CTCAE grade was 3. Osimertinib was stopped and prednisone was started.\n\nDiscussion\n\nInterstitial lung disease is rare with osimertinib.\n',
     [('Pneumonitis', 3)]),
    ('Severe Neutropenia After Docetaxel: A Case Report\n\nAbstract\n\nA woman developed neutropenia after docetaxel.\n\nCase presentation\n\nA 49-year-old woman with metastatic breast cancer received docetaxel 75 mg/m2 every three weeks. After the second cycle she developed neutropenia; grade 4 was reached on day 10. Filgrastim was given and the count recovered.\n\nDiscussion\n\nGrowth factor support should be considered.\n',
     [('Neutrophil count decreased', 4)]),
    ('Hand-Foot Syndrome With Capecitabine\n\nAbstract\n\nHand-foot syndrome developed during capecitabine.\n\nCase presentation\n\nA 70-year-old man with metastatic colon cancer was treated with capecitabine 1000 mg/m2 twice daily. In cycle 3 he reported painful peeling of the palms and soles (hand-foot syndrome, consistent with grade 2). The dose was reduced by 25%.\n\nDiscussion\n\nDose reduction is the usual management.\n',
     [('Palmar-plantar erythrodysesthesia syndrome', 2)]),
    ('Cutaneous Reactions to Cetuximab: Case Report\n\nAbstract\n\nA man developed an acneiform rash on cetuximab.\n\nCase presentation\n\nA 62-year-old man with RAS wild-type colorectal cancer started cetuximab with FOLFIRI in 2017. An acneiform rash appeared on the face and chest after two weeks. Skin toxicity was graded as 2. Doxycycline was started.\n\nDiscussion\n\nAcneiform rash may predict response to EGFR antibodies.\n',
     [('Rash acneiform', 2)]),
    ('Immune-Related Colitis With Pembrolizumab: A Case Report\n\nAbstract\n\nWe report a patient with melanoma who developed colitis on pembrolizumab.\n\nCase presentation\n\nA 55-year-old man with metastatic melanoma received pembrolizumab 200 mg every three weeks from January 2020. After the fifth dose he developed bloody diarrhoea and abdominal pain. Colonoscopy showed colitis. Pembrolizumab was withheld and methylprednisolone was given.\n\nDiscussion\n\nImmune-related colitis occurs in 1-3% of patients treated with PD-1 inhibitors. Our patient developed grade 3 colitis after five doses, which responded to steroids. Other series report grade 3 or higher colitis in up to 2% of patients.\n',
     [('Colitis', 3)]),
    ('Lenvatinib in Thyroid Cancer: Case Report\n\nAbstract\n\nLenvatinib controlled a radioiodine-refractory thyroid cancer.\n\nCase presentation\n\nA 64-year-old woman with radioiodine-refractory papillary thyroid carcinoma started lenvatinib 24 mg daily in 2016.\n\nAdverse events:\n- Hypertension: grade 3\n- Fatigue: grade 2\n- Proteinuria: grade 1\n\nThe dose was reduced to 14 mg.\n\nDiscussion\n\nHypertension is the most common toxicity of lenvatinib.\n',
     [('Fatigue', 2), ('Hypertension', 3), ('Proteinuria', 1)]),
    ('Sunitinib Toxicity in Renal Cell Carcinoma\n\nAbstract\n\nToxicities of sunitinib in one patient.\n\nCase presentation\n\nA 59-year-old man with clear cell renal carcinoma received sunitinib 50 mg daily, four weeks on and two off.\n\nTable 1. Toxicity | Grade | Cycle\nHypothyroidism | 2 | 3\nMucositis | 3 | 2\nThrombocytopenia | 1 | 1\n\nLevothyroxine was started.\n\nDiscussion\n\nHypothyroidism is common with sunitinib.\n',
     [('Hypothyroidism', 2), ('Mucositis oral', 3), ('Platelet count decreased', 1)]),
    ('Nausea and Fatigue on Olaparib\n\nAbstract\n\nOlaparib maintenance in ovarian cancer.\n\nCase presentation\n\nA 52-year-old woman with BRCA1-mutated ovarian cancer started olaparib maintenance 300 mg twice daily in 2019. She developed nausea and fatigue in the first month. Both were grade 2 and improved with ondansetron and rest.\n\nDiscussion\n\nNausea is frequent with PARP inhibitors.\n',
     [('Fatigue', 2), ('Nausea', 2)]),
    ('Hyperglycaemia With Alpelisib: A Case Report\n\nAbstract\n\nAlpelisib caused hyperglycaemia.\n\nCase presentation\n\nA 60-year-old woman with PIK3CA-mutant breast cancer was seen in April 2020. Hyperglycaemia of grade 3 developed on day 9 of alpelisib 300 mg daily and fulvestrant. Metformin was added.\n\nDiscussion\n\nHyperglycaemia is expected with alpelisib.\n',
     [('Hyperglycemia', 3)]),
    ('Stomatitis on Everolimus\n\nAbstract\n\nA woman with breast cancer developed stomatitis.\n\nCase presentation\n\nA 63-year-old woman with hormone receptor-positive breast cancer started everolimus 10 mg daily with exemestane. Mild stomatitis appeared after ten days, which reached grade 3 the following week despite mouthwash. Everolimus was paused.\n\nDiscussion\n\nDexamethasone mouthwash prevents stomatitis.\n',
     [('Mucositis oral', 3)]),
    ('Peripheral Neuropathy After Paclitaxel\n\nAbstract\n\nNeuropathy after weekly paclitaxel.\n\nCase presentation\n\nA 57-year-old woman with ovarian carcinoma received weekly paclitaxel 80 mg/m2.\n\nAfter 9 weeks she reported a sensory neuropathy of the fingers.\nCTCAE grade: 2\n\nPaclitaxel was reduced.\n\nDiscussion\n\nNeuropathy is dose-limiting for taxanes.\n',
     [('Peripheral sensory neuropathy', 2)]),
    ('Haematological Toxicity of Temozolomide\n\nAbstract\n\nThrombocytopenia after temozolomide.\n\nCase presentation\n\nA 39-year-old man with glioblastoma received temozolomide 75 mg/m2 daily with radiotherapy in 2021. In week 4 his platelet count fell to 20 x 10^9/L. This was a grade 4 thrombocytopaenia, and temozolomide was withheld. Platelets recovered after 3 weeks.\n\nDiscussion\n\nMyelosuppression with temozolomide is idiosyncratic.\n',
     [('Platelet count decreased', 4)]),
    ('Immune Checkpoint Inhibitor Myocarditis: A Case Report\n\nAbstract\nA man with melanoma developed myocarditis after nivolumab and ipilimumab.\n\nCase Presentation\nA 71-year-old man with metastatic melanoma received nivolumab 1 mg/kg plus ipilimumab 3 mg/kg in March 2021. Twelve days after the first dose he presented with chest pain and a troponin of 2.4 ng/mL. Cardiac MRI confirmed myocarditis. Both drugs were stopped and high-dose methylprednisolone was started.\n\nDiscussion\nMyocarditis is a rare immune-related adverse event, reported in about 1% of patients given combined checkpoint blockade. In our case, the myocarditis was grade 4 and required intensive care. Early steroids are recommended.\n',
     [('Myocarditis', 4)]),
    ('Severe Diarrhea With Neratinib in HER2-Positive Breast Cancer\n\nIntroduction\nNeratinib is an irreversible pan-HER tyrosine kinase inhibitor.\n\nCase Report\nA 44-year-old woman with HER2-positive breast cancer began extended adjuvant neratinib 240 mg daily in 2019 without loperamide prophylaxis. On day 4 she had watery stools up to nine times daily and was admitted for intravenous fluids.\n\nDiscussion\nIn the ExteNET trial grade 3 diarrhea was seen in 40% of patients without prophylaxis. The present patient experienced grade 3 diarrhea within the first week, as most patients do. Loperamide prophylaxis is now standard.\n',
     [('Diarrhea', 3)]),
    ("Vemurafenib Photosensitivity: A Case Report\n\nCase\nA 52-year-old woman with BRAF V600E melanoma started vemurafenib 960 mg twice daily in summer 2014. After a day at the beach she developed a painful erythematous rash over the forearms and face.\n\nComment\nPhotosensitivity occurs in up to a third of patients on vemurafenib. This patient's photosensitivity reaction was grade 2, and sun protection allowed vemurafenib to continue.\n",
     [('Photosensitivity', 2)]),
    ('Lenvatinib-associated proteinuria in hepatocellular carcinoma\nPatient history: A 67-year-old man with hepatitis C-related hepatocellular carcinoma began lenvatinib 8 mg daily in 2020.\nCourse: After six weeks urine testing showed proteinuria of 3.5 g per day, classified as grade 3. Lenvatinib was interrupted and resumed at 4 mg.\nOutcome: The tumour remained stable for 14 months.\n',
     [('Proteinuria', 3)]),
    ('Capecitabine-Induced Hand-Foot Syndrome and Diarrhoea: Case Report\n\nCase presentation\nA 73-year-old woman with metastatic breast cancer began capecitabine 1250 mg/m2 twice daily for 14 of 21 days in January 2018. In the second cycle she reported redness and pain of the palms, and loose stools four to five times a day.\n\nToxicity\nThe hand-foot syndrome reached grade 2 and the diarrhoea grade 2. Capecitabine was reduced to 1000 mg/m2.\n',
     [('Diarrhea', 2), ('Palmar-plantar erythrodysesthesia syndrome', 2)]),
    ('Pembrolizumab-Induced Hypophysitis: Case Report\n\nCase description\nA 63-year-old man with non-small cell lung cancer received pembrolizumab 200 mg every 3 weeks from October 2019. After eight cycles he reported fatigue and headache; morning cortisol was low and MRI showed an enlarged pituitary gland, consistent with hypophysitis. Hydrocortisone replacement was started.\n\nDiscussion\nHypophysitis is more common with anti-CTLA-4 antibodies, occurring in up to 10% of patients. With PD-1 antibodies the incidence is below 1%. Our patient had grade 2 hypophysitis and grade 2 fatigue; both resolved on replacement therapy except the adrenal insufficiency, which persisted.\n',
     [('Fatigue', 2), ('Hypophysitis', 2)]),
    ('Mucositis With Methotrexate: A Case Report\n\nCase presentation\nA 19-year-old man with osteosarcoma received high-dose methotrexate 12 g/m2 in May 2016. Methotrexate clearance was delayed. On day 5 he had painful ulcers throughout the mouth and could not eat; the oral mucositis was CTCAE grade 3. Glucarpidase was given.\n',
     [('Mucositis oral', 3)]),
    ('Ribociclib and Letrozole: Case Report\n\nCase presentation\nA 61-year-old woman with hormone receptor-positive metastatic breast cancer started ribociclib 600 mg with letrozole in 2019. After the first cycle she had neutropenia and elevated ALT. These were grade 3 and grade 2, respectively. Ribociclib was reduced to 400 mg.\n',
     [('Alanine aminotransferase increased', 2), ('Neutrophil count decreased', 3)]),
    ('Bleomycin Pneumonitis in Germ Cell Tumour\n\nCase presentation\nA 28-year-old man with metastatic testicular cancer received three cycles of bleomycin, etoposide and cisplatin in 2015. Two weeks after the third cycle he became breathless and CT showed bilateral interstitial changes of bleomycin pneumonitis. The severity was grade 3 and he needed oxygen.\n',
     [('Pneumonitis', 3)]),
    ('Adverse Events of Cabozantinib\n\nCase presentation\nA 57-year-old man with papillary renal cell carcinoma started cabozantinib 60 mg daily in 2021.\nAdverse events during the first three months:\n• diarrhoea, G2\n• hand–foot skin reaction, G3\n• hypertension, G1\nCabozantinib was reduced to 40 mg.\n',
     [('Diarrhea', 2), ('Hypertension', 1), ('Palmar-plantar erythrodysesthesia syndrome', 3)]),
    ('Hypothyroidism After Atezolizumab\n\nCase presentation\nA 69-year-old woman with small cell lung cancer received atezolizumab with carboplatin and etoposide from February 2020. At week 9 her TSH was 45 mIU/L with low free T4, consistent with hypothyroidism. Grade 2 per CTCAE. Levothyroxine was started and atezolizumab continued.\n',
     [('Hypothyroidism', 2)]),
    ('A patient with ROS1 lung cancer and lorlatinib edema\n\nA 50-year-old woman with ROS1-rearranged lung adenocarcinoma was started on lorlatinib 100 mg daily in 2022 after progression on crizotinib.\n\nWithin two months she gained 6 kg and developed oedema of both legs. The oedema was grade 2. Her cholesterol rose as well; hypercholesterolaemia reached grade 3 and atorvastatin was started.\n\nLorlatinib was continued and her tumour remained controlled.\n',
     [('Cholesterol high', 3), ('Edema limbs', 2)]),
    ('Ipilimumab Hepatitis: Case Report\n\nCase presentation\nA 47-year-old man with metastatic melanoma received ipilimumab 3 mg/kg. Three weeks after the second dose his transaminases rose and a diagnosis of immune-mediated hepatitis was made.\n\nHe was treated with prednisolone 1 mg/kg and recovered. The hepatitis met criteria for grade 3.\n',
     [('Alanine aminotransferase increased', 3)]),
    ('Docetaxel Febrile Neutropenia\n\nCase presentation\nA 66-year-old man with prostate cancer started docetaxel 75 mg/m2 in January 2017. On day 7 he developed febrile neutropenia with a temperature of 39.1 C. It reached grade 4 by day 9 and he was given meropenem.\n',
     [('Febrile neutropenia', 4)]),
    ('Gemcitabine Thrombotic Microangiopathy\n\nCase presentation\nA 70-year-old man with pancreatic cancer received gemcitabine 1000 mg/m2 weekly for 10 months. He then presented with anaemia, thrombocytopenia and renal impairment, and thrombotic microangiopathy was diagnosed. Anaemia was G3 and thrombocytopenia G3. Gemcitabine was stopped.\n',
     [('Anemia', 3), ('Platelet count decreased', 3)]),
    ('Nivolumab Colitis\n\nCase presentation\nA 68-year-old man with renal cell carcinoma received nivolumab 240 mg every two weeks from 2018. After the sixth dose a grade 3 immune-related adverse event occurred: colitis with ten stools a day. Infliximab was given.\n',
     [('Colitis', 3)]),
    ('Osimertinib Pneumonitis: Case Report\n\nCase presentation\nA 66-year-old woman with EGFR-mutant lung adenocarcinoma started osimertinib 80 mg daily in May 2019. In September she reported dry cough and breathlessness and CT showed new ground-glass opacities.\n\nDiscussion\nInterstitial lung disease is reported in 2-4% of patients treated with osimertinib [3]. Grade 3 pneumonitis developed four months after osimertinib was started and resolved within six weeks of prednisone. Rechallenge remains controversial.\n',
     [('Pneumonitis', 3)]),
    ('Pazopanib Hepatotoxicity\n\nCase\nA 51-year-old man with metastatic soft tissue sarcoma began pazopanib 800 mg daily in 2016. Liver tests were checked every two weeks.\n\nAt week 6 the ALT was 9 times the upper limit of normal, a grade 3 ALT increase, and pazopanib was withheld. Liver tests normalised within a month.\n\nPazopanib-induced liver injury is common and usually appears in the first 18 weeks [7].\n',
     [('Alanine aminotransferase increased', 3)]),
]


@pytest.mark.parametrize("text,expected", REPORTS, ids=[f"report{i}" for i in range(len(REPORTS))])
def test_a_grade_told_in_context_grades_the_patients_event(nlp, text, expected):
    got = graded_events(nlp, text)
    assert {tuple(e) for e in expected} <= got, got


NEGATIVES = [
    ('Well-Tolerated Trastuzumab Deruxtecan: A Case Report\n\nAbstract\n\nA woman with HER2-positive breast cancer responded to trastuzumab deruxtecan.\n\nCase presentation\n\nA 47-year-old woman with HER2-positive metastatic breast cancer received trastuzumab deruxtecan 5.4 mg/kg every 3 weeks. The treatment was tolerated well and there was no grade 3 or higher toxicity. We monitored for interstitial lung disease and neutropenia with regular CT scans and blood counts.\n\nDiscussion\n\nIn the DESTINY-Breast03 trial, grade 3 neutropenia occurred in 19% and interstitial lung disease in 10% of patients. Another patient in our centre developed grade 2 pneumonitis.\n',
     ['Lung disease', 'Neutrophil count decreased', 'Pneumonitis']),
    ('Osimertinib Tolerance: A Case Report\n\nCase presentation\nA 59-year-old woman with EGFR L858R lung adenocarcinoma received osimertinib 80 mg daily from 2018. She tolerated the drug well and had no toxicity of grade 3 or above. Her tumour shrank by 60%.\n\nDiscussion\nIn FLAURA, grade 3 or higher adverse events occurred in 34% of patients, and interstitial lung disease in 4%. Rash and diarrhea of grade 1-2 were the most frequent. Another patient of ours developed grade 3 QT prolongation.\n',
     ['Diarrhea', 'Electrocardiogram QT corrected interval prolonged', 'Lung disease', 'Pneumonitis', 'Rash acneiform', 'Rash maculo-papular']),
    ('Brentuximab Vedotin in Hodgkin Lymphoma: A Case Report\n\nCase presentation\nA 34-year-old man with relapsed Hodgkin lymphoma started brentuximab vedotin 1.8 mg/kg every 3 weeks. Because grade 2 or higher peripheral neuropathy is common, we monitored him for neuropathy at every visit and planned a dose reduction if grade 2 neuropathy developed. After 8 cycles he was in complete remission.\n',
     ['Peripheral motor neuropathy', 'Peripheral neuropathy', 'Peripheral sensory neuropathy']),
    ('Sorafenib in Hepatocellular Carcinoma: A Case Report\n\nCase presentation\nA 62-year-old man with hepatocellular carcinoma started sorafenib 400 mg twice daily in 2012. He had no significant side effects. The tumour remained stable for two years.\n\nDiscussion\nHand-foot skin reaction of grade 3 develops in about 8% of patients on sorafenib, and grade 3 diarrhoea in 8%. Patients should be monitored for hypertension. In one reported case, grade 4 hepatic failure followed the first dose.\n',
     ['Diarrhea', 'Hepatic failure', 'Hypertension', 'Palmar-plantar erythrodysesthesia syndrome']),
    ('Two Siblings Treated With Dabrafenib: Case Report\n\nCase presentation\nA 15-year-old girl with BRAF V600E low-grade glioma received dabrafenib 4.5 mg/kg daily from 2020. She had intermittent fever. Her brother, who received the same drug for a different tumour at another hospital, developed grade 3 pyrexia and grade 2 rash.\n',
     ['Fever', 'Rash maculo-papular']),
    ('Capecitabine Adjuvant Therapy\n\nCase presentation\nA 60-year-old woman with stage III colon cancer started capecitabine 1250 mg/m2 twice daily. She was told to stop the drug if grade 2 diarrhoea or hand-foot syndrome developed. She completed eight cycles without toxicity.\n',
     ['Diarrhea', 'Palmar-plantar erythrodysesthesia syndrome']),
    ('Osimertinib Case Report\n\nCase presentation\nA 66-year-old woman with EGFR-mutant lung adenocarcinoma started osimertinib 80 mg daily in May 2019 and remained well for two years.\n\nDiscussion\nGrade 3 pneumonitis developed in 3% of patients in the FLAURA trial. Grade 2 rash typically develops within two weeks of starting EGFR inhibitors. Diarrhoea of grade 3 was reported in 2% of patients after a median of 3 weeks.\n',
     ['Diarrhea', 'Pneumonitis', 'Rash acneiform', 'Rash maculo-papular']),
]


@pytest.mark.parametrize("text,absent", NEGATIVES, ids=[f"negative{i}" for i in range(len(NEGATIVES))])
def test_trial_rates_other_patients_and_plans_stay_out(nlp, text, absent):
    got = graded_events(nlp, text)
    assert not {label for label, _ in got} & set(absent), got
