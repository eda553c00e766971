"""Session 32 (ae32): COMPLETE made-up case reports with adverse events in the shapes the held-out pages tell them,
written BEFORE reading kg's adverse-event rules: a severity word shared by a list ("mild constipation and myalgia"),
grades in Roman numerals and words ("grade III", "grade three"), one grade after a list, events named by synonyms
CTCAE lacks (hand-foot syndrome, transaminitis, neutropenic fever, mucositis, immune-related colitis, interstitial
lung disease), a plain-text table whose columns are separated by spaces, events of a later line, events retold in
the Discussion, laboratory events named by value with their grade, an event in an abstract that grades nothing; and
the negatives (another patient's event, a trial's rates, prophylaxis, a baseline condition). Each report names the
(CTCAE v5.0 term, grade) pairs the gold conventions of benchmarks/gold/README.md ask for; a tuple allows the
alternatives the convention allows (a severity word is [null, n]). Every text is our own."""
from __future__ import annotations

from ctcae_terms import ALT, FN, N, P, PPE, PSN  # noqa: F401 (the reports name them)

REPORTS: dict[str, tuple[str, list]] = {}

# 1. a PubMed abstract: Roman-numeral and word grades, one grade after a list, a severity word shared by a list,
# a later line, a trial's rates as a negative
REPORTS["abstract-roman-list"] = ("""Durable response to cabozantinib after sunitinib in metastatic papillary renal cell carcinoma

Abstract
A 61-year-old man with type 2 papillary renal cell carcinoma and lung and bone metastases received sunitinib \
50 mg daily (4 weeks on, 2 weeks off) from June 2018. Grade II hypertension and grade I hypothyroidism appeared \
during the second cycle and were controlled with ramipril and levothyroxine. Stomatitis, dysgeusia and fatigue, all \
grade 1, were noted in cycle 3. Computed tomography in December 2018 showed stable disease, but the lung nodules grew \
in September 2019. Cabozantinib 60 mg daily was started in October 2019; mild nausea and anorexia were managed with \
dietary advice, and palmar-plantar erythrodysaesthesia of grade three led to a reduction to 40 mg in January 2020. \
A partial response was recorded in April 2020 and has lasted 30 months. In the METEOR trial grade 3 diarrhoea \
occurred in 11% of patients. Cabozantinib is an active second-line option in papillary renal cancer.
""", [("Hypertension", 2), ("Hypothyroidism", 1), ("Mucositis oral", 1), ("Dysgeusia", 1), ("Fatigue", 1),
      ("Nausea", (None, 1)), ("Anorexia", (None, 1)), (PPE, 3)])

# 2. a structured abstract with glued labels: synonyms CTCAE lacks (transaminitis, hand-foot skin reaction), a
# "CTCAE grade" after the event, an event of the second line
REPORTS["glued-synonyms"] = ("""Lenvatinib after sorafenib in hepatocellular carcinoma: a case report

BackgroundSystemic therapy of advanced hepatocellular carcinoma has changed rapidly.
Case presentationA 69-year-old man with hepatitis C-related hepatocellular carcinoma, Child-Pugh A, and portal vein \
invasion began sorafenib 400 mg twice daily in May 2017. After three weeks a hand-foot skin reaction (CTCAE grade 2) \
appeared on both soles, and the dose was halved. Transaminitis of grade 3 in August 2017 prompted a pause of two \
weeks. Imaging in November 2017 showed progression of the portal thrombus. Lenvatinib 8 mg daily followed; during \
its first month he had proteinuria, grade 2, and grade 1 dysphonia. Alpha-fetoprotein fell from 5,400 to 310 ng/mL, \
and a partial response was seen by mRECIST in March 2018.
ConclusionsSequential multikinase inhibitors can give prolonged control of hepatocellular carcinoma.
""", [(PPE, 2), (ALT, 3), ("Proteinuria", 2), (("Hoarseness", "Voice alteration"), 1)])

# 3. full text: Case presentation + Discussion retelling the event and citing trials and another patient
REPORTS["discussion-other-patient"] = ("""Interstitial lung disease during osimertinib: rechallenge after recovery

Introduction
Osimertinib is the standard first-line therapy for EGFR-mutant non-small cell lung cancer.

Case presentation
A 66-year-old never-smoking woman with EGFR exon 19-deleted lung adenocarcinoma and brain metastases started \
osimertinib 80 mg daily in February 2021. After eleven weeks she became breathless, and computed tomography showed \
bilateral ground-glass opacities. Drug-induced interstitial lung disease, grade 2, was diagnosed; osimertinib was \
held and prednisolone 0.5 mg/kg was given. The opacities cleared within six weeks, and osimertinib was resumed at \
80 mg under close observation. Grade 1 paronychia of two fingers followed in July 2021. Her brain and lung lesions \
showed a partial response, which lasted until May 2023.

Discussion
Interstitial lung disease occurs in about 3% of patients on osimertinib, and grade 3 or higher events were seen \
in 1% in the FLAURA trial. Our patient's grade 2 interstitial lung disease resolved with steroids, and rechallenge \
was uneventful. In a similar case reported by Tanaka and colleagues, the patient developed grade 4 pneumonitis on \
rechallenge and died. Pre-existing interstitial abnormalities are a risk factor for pneumonitis.
""", [("Pneumonitis", 2), ("Paronychia", 1)])

# 4. a flattened table whose columns are separated by spaces (lymphoma), laboratory events named by value
REPORTS["space-table-lab-values"] = ("""Case report

Case presentation
A 72-year-old woman with stage IV diffuse large B-cell lymphoma received six cycles of R-CHOP with pegfilgrastim as \
primary prophylaxis against febrile neutropenia from September 2022. She had grade 1 peripheral neuropathy from \
diabetes before treatment. Toxicities by cycle are shown in Table 1.

Table 1. Adverse events during R-CHOP (CTCAE v5.0)
Adverse event              Cycle    Grade
Febrile neutropenia        2        3
Oral mucositis             2        2
Constipation               3        1
Peripheral neuropathy      4        2

After cycle 5 her platelets fell to 38,000/uL (grade 3) and the absolute neutrophil count to 0.4 x 10^9/L \
(grade 4); cycle 6 was delayed by one week. Positron emission tomography after six cycles showed a complete \
metabolic response.
""", [(FN, 3), ("Mucositis oral", 2), ("Constipation", 1), (PSN, 2), (P, 3), (N, 4)])

# 5. a course over years with dates (CML): later lines, "grade III", a grade told apart in a "this was" sentence
REPORTS["course-years-later-lines"] = ("""Case report

Case presentation
A 45-year-old man was diagnosed with chronic-phase BCR::ABL1-positive chronic myeloid leukaemia in March 2012 and \
started imatinib 400 mg daily. Periorbital oedema and muscle cramps, both grade 1, were tolerated. He achieved a \
major molecular response in 2013. In 2015 a loss of response with the T315I-negative F359V mutation led to \
nilotinib 300 mg twice daily; in June 2015 lipase rose to three times the upper limit of normal, which was grade III, \
without pancreatitis. Nilotinib was stopped in 2016 because of grade 2 peripheral arterial occlusive disease. \
Dasatinib 100 mg daily followed from April 2016. In 2018 a pleural effusion needing thoracentesis appeared; this was \
graded as grade 3, and dasatinib was reduced to 70 mg. He has remained in deep molecular response (MR4.5) since 2019.
""", [("Periorbital edema", 1), ("Muscle cramp", 1), ("Lipase increased", 3), ("Peripheral ischemia", 2),
      ("Pleural effusion", 3)])

# 6. a two-patient series: each patient's events; a baseline condition and prophylaxis are no events
REPORTS["two-patient-series"] = ("""Two patients with BRAF V600E melanoma treated with dabrafenib and trametinib

Case 1
A 52-year-old woman with BRAF V600E-mutant stage IV melanoma started dabrafenib 150 mg twice daily and trametinib \
2 mg daily in January 2020. Pyrexia of grade 2 with chills occurred in weeks 2 and 5 and was managed by \
interrupting both drugs. An acneiform rash, grade 1, followed. A complete response was seen in July 2020.

Case 2
A 38-year-old man with BRAF V600E-mutant melanoma and brain metastases had grade 2 hypertension at baseline, \
controlled with amlodipine. He received dabrafenib and trametinib from March 2021 with ondansetron as prophylaxis \
against nausea. Grade 3 ejection fraction decrease was detected at week 12, and trametinib was withheld. Colitis of \
grade two followed in May 2021. The brain metastases showed a partial response.
""", [[("Fever", 2), ("Rash acneiform", 1)], [("Ejection fraction decreased", 3), ("Colitis", 2)]])
