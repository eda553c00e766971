"""Made-up case reports as a PDF-to-text tool gives them (session 37): running heads and feet inside sentences,
words hyphenated at line ends, ligatures, citation numbers glued to words and stops, flattened tables and figure
legends in mid-text, a title block, an abbreviations list and numbered references. Each is (id, text, expected):
the expected facts are what a reader of the page would record for the patient."""

ALK_LUNG = """\
Case Rep Oncol 2021;14:1123-1131
Received: March 2, 2021 Accepted: May 14, 2021 Published online: July 3, 2021
Crizotinib-Induced Hepatitis in a Young Woman with
EML4-ALK Positive Lung Adenocarcinoma
Maria T. Alvarez a Kenji Mori b
a Department of Oncology, City University Hospital, Lisbon, Portugal; b Institute of Pathology, Lisbon, Portugal
Keywords
Crizotinib · Hepatotoxicity · ALK
Abstract
A 38-year-old woman with EML4-ALK lung adenocarcinoma developed grade 3 hepatitis on crizotinib.
Case Report
A 38-year-old never-smoking woman presented with cough. Biopsy showed lung adeno-
carcinoma; next-generation sequencing found an EML4-
ALK fusion. Treatment with crizotinib12 was started on
Case Rep Oncol 2021;14:1123-1131
Page 3 of 8
250 mg twice daily in April 2020. After six weeks she developed grade 3 hepatitis,3,4 and crizo-
tinib was held. After recovery she was switched to alec-
tinib 600 mg twice daily, and a partial response was seen on the CT scan in August 2020. Lorlatinib was
not given, since the disease remained controlled.5
Discussion
Brigatinib and lorlatinib are effective after crizotinib.6,7 Alectinib improved survival in ALEX.8
References
1 Shaw AT, Kim DW, Nakagawa K, et al. Crizotinib versus chemotherapy in advanced ALK-positive lung cancer. N Engl J Med. 2013;368:2385-94.
2 Peters S, Camidge DR, Shaw AT. Alectinib versus crizotinib in untreated ALK-positive non-small-cell lung cancer. N Engl J Med. 2017;377:829-38.
"""

COLON_CHEMO = """\
Journal of Gastrointestinal Case Reports · 2022 · 9:45
FOLFOX-Associated Neuropathy in Metastatic Colon Cancer: A Case Report
Abbreviations: CR, complete response; PR, partial response; SD, stable disease; 5-FU, ﬂuorouracil; CAPOX,
capecitabine and oxaliplatin; PD-1, programmed death 1.
Introduction
Oxaliplatin-based regimens are standard for stage IV colorectal cancer.1
Case presentation
A 61-year-old man was diagnosed with metastatic colon adeno-
carcinoma with liver metastases in 2019. He received ﬁrst-line FOLFOX (oxali-
platin, leucovorin and ﬂuorouracil) plus bevaci-
zumab for eight cycles. The liver lesions shrank, a partial response.2 Grade 2 peri-
pheral sensory neuropathy developed after the sixth cycle and oxaliplatin was stopped.
Gastrointestinal Case Reports 2022;9:45–52                    47
Maintenance capecitabine was well tolerated. Panitumumab was not an option because the tumour was KRAS G12D mutated.
Table 1. Treatment history
Line | Regimen | Cycles | Best response
1 | FOLFOX + bevacizumab | 8 | PR
2 | capecitabine | 10 | SD
Discussion
Cetuximab and panitumumab benefit only RAS wild-type tumours.3,4
"""

MELANOMA_IO = """\
Oncology Case Notes · Vol 4 · 2022      17
A 54-year-old man with BRAF V600E metastatic melanoma was treated with nivolumab and ipili-
mumab. After four doses he developed grade 3 immune-mediated colitis;15 the anti-
PD-1 and anti-CTLA-4 antibodies were withheld and prednisolone 1 mg/kg was started.
Figure 2. CT of the chest in June 2021 showing complete response of the lung nodules.
The colitis resolved. In June 2021 the CT showed a complete response,16 and he has remained
off treatment. Dabrafenib and trametinib were kept in reserve but never
Oncology Case Notes · Vol 4 · 2022      18
started. He also had grade 2 hypothyroidism treated with levothyroxine.
References
1. Larkin J, Chiarion-Sileni V, Gonzalez R, et al. Combined nivolumab and ipilimumab or monotherapy in untreated melanoma. N Engl J Med 2015;373:23-34.
"""

THYROID_TKI = """\
Kidney and Thyroid Case Reports 2023                                            12
Lenvatinib in RET-
rearranged papillary thyroid carcinoma: a case report
Case report
A 47-year-old woman with well-
differentiated papillary thyroid carcinoma had lung metastases refractory to radio-
active iodine. A CCDC6-RET fusion was detected. She started lenvatinib 24 mg daily
Kidney and Thyroid Case Reports 2023                                            13
in January 2021; grade 3 hypertension and grade 2 proteinuria required a dose re-
duction to 14 mg. Stable disease lasted eleven months, after which she was switched to selper-
catinib, with a partial response at three months. Sorafenib was never given.
Conﬂict of interest
The authors declare no conﬂicts of interest.
"""

GIST_IMATINIB = """\
A Rare Case of Gastric GIST with KIT Exon 11 Mutation
Tomás Reyes1, Ana Lima2
1Department of Surgery, Hospital Central, Madrid, Spain
2Department of Medical Oncology, Hospital Central, Madrid, Spain
Correspondence: Tomás Reyes, email treyes@example.org
Case description
A 66-year-old man had a 9 cm gastric gastrointestinal stromal tumour with liver metas-
tases. Imatinib 400 mg daily was started in May 2018 and a partial response was ob-
served at 6 months.9 In 2020 the liver lesions progressed and sunitinib was given; he
developed grade 3 hand-foot skin reaction and grade 2 fatigue.10,11 Regorafenib was dis-
cussed but he declined further treatment.
Reyes et al. | Gastric GIST on imatinib
Follow-up
He died in 2021 of progressive disease.
"""

BREAST_HER2 = """\
CASE REPORTS IN BREAST ONCOLOGY  |  Vol 7  |  2023
Case report
A 52-year-old woman with HER2-positive metastatic breast cancer received trastuzu-
mab, pertuzumab and docetaxel as first-line therapy. Grade 4 febrile neutro-
penia occurred after cycle 2.7 Docetaxel was omitted from cycle 3 onward and she had a com-
plete response of the liver metastases in 2022. On progression in the brain, trastuzumab de-
ruxtecan was started; she developed grade 2 interstitial lung disease and the drug was stopped.
Tucatinib was not given.
Fig. 1 MRI of the brain (a) before and (b) after trastuzumab deruxtecan.
References
1. Swain SM, et al. Pertuzumab, trastuzumab, and docetaxel in HER2-positive metastatic breast cancer. N Engl J Med. 2015;372:724-34.
"""

OVARY_PARP = """\
Gynecologic Oncology Reports 41 (2022) 100987
Olaparib Maintenance in BRCA1-Mutated Ovarian Cancer
Case
A 59-year-old woman with high-grade serous ovarian carcinoma and a germline BRCA1 mutation was treated
with six cycles of carboplatin and pacli-
taxel after debulking surgery, with a complete response.4 She then received ola-
parib 300 mg twice daily as maintenance. Grade 3 anaemia required
Gynecologic Oncology Reports 41 (2022) 100987
2
transfusion and an interruption of olaparib. Niraparib and rucaparib were not
used. She remains free of disease.
"""

TABLE_SPACED = """\
Case Report
A 70-year-old man with metastatic clear cell renal cell carcinoma received pazopanib
800 mg daily from 2019, with stable disease, then cabozantinib from 2020 with a
partial response. Grade 3 diarrhoea occurred on cabozantinib.
Table 2. Adverse events
Event          Grade    Drug
Diarrhoea      3        cabozantinib
Hypertension   2        pazopanib
Nivolumab was considered but not given because of his autoimmune hepatitis.
"""

ET_AL_HEAD = """\
Okafor et al.        Sarcoma on pazopanib
Case report
A 33-year-old woman with metastatic synovial sarcoma carrying an SS18-SSX1 fusion
received doxorubicin and ifosfa-
mide for six cycles with stable disease.22 Grade 4 neutropenia occurred.23 She
then received pazopanib 800 mg daily and had
Okafor et al.        Sarcoma on pazopanib
a partial response. Trabectedin was not given.
"""

REPORTS = [
    ("alk_lung", ALK_LUNG, {
        "drugs": {"crizotinib", "alectinib"}, "not_given": {"lorlatinib", "brigatinib"},
        "responses": {"alectinib": "Partial Response"},
        "aes": {("Hepatitis", 3)}, "fusion": ("EML4", "ALK")}),
    ("colon_chemo", COLON_CHEMO, {
        "drugs": {"oxaliplatin", "leucovorin", "fluorouracil", "bevacizumab", "capecitabine"},
        "not_given": {"panitumumab", "cetuximab"},
        "responses": {"oxaliplatin": "Partial Response"},
        "aes": {("Peripheral sensory neuropathy", 2)}}),
    ("melanoma_io", MELANOMA_IO, {
        "drugs": {"nivolumab", "ipilimumab"}, "not_given": {"dabrafenib", "trametinib"},
        "responses": {"nivolumab": "Complete Response"},
        "aes": {("Colitis", 3), ("Hypothyroidism", 2)}}),
    ("thyroid_tki", THYROID_TKI, {
        "drugs": {"lenvatinib", "selpercatinib"}, "not_given": {"sorafenib"},
        "responses": {"lenvatinib": "Stable Disease", "selpercatinib": "Partial Response"},
        "aes": {("Hypertension", 3), ("Proteinuria", 2)}, "fusion": ("CCDC6", "RET")}),
    ("gist_imatinib", GIST_IMATINIB, {
        "drugs": {"imatinib", "sunitinib"}, "not_given": {"regorafenib"},
        "responses": {"imatinib": "Partial Response"},
        "aes": {("Palmar-plantar erythrodysesthesia syndrome", 3), ("Fatigue", 2)}}),
    ("breast_her2", BREAST_HER2, {
        "drugs": {"trastuzumab", "pertuzumab", "docetaxel", "trastuzumab deruxtecan"}, "not_given": {"tucatinib"},
        "responses": {"trastuzumab": "Complete Response"},
        "aes": {("Febrile neutropenia", 4), ("Pneumonitis", 2)}}),
    ("ovary_parp", OVARY_PARP, {
        "drugs": {"carboplatin", "paclitaxel", "olaparib"}, "not_given": {"niraparib", "rucaparib"},
        "responses": {"carboplatin": "Complete Response"},
        "aes": {("Anemia", 3)}}),
    ("table_spaced", TABLE_SPACED, {
        "drugs": {"pazopanib", "cabozantinib"}, "not_given": {"nivolumab"},
        "responses": {"pazopanib": "Stable Disease", "cabozantinib": "Partial Response"},
        "aes": {("Diarrhea", 3), ("Hypertension", 2)}}),
    ("et_al_head", ET_AL_HEAD, {
        "drugs": {"doxorubicin", "ifosfamide", "pazopanib"}, "not_given": {"trabectedin"},
        "responses": {"pazopanib": "Partial Response", "doxorubicin": "Stable Disease"},
        "aes": {("Neutrophil count decreased", 4)}, "fusion": ("SS18", "SSX1")}),
]

KARGER_FOOT = """\
Case Rep Oncol 2020;13:845–852
DOI: 10.1159/000508921
© 2020 The Author(s). Published by S. Karger AG, Basel
www.karger.com/cro
Pembrolizumab-Induced Myocarditis in Urothelial Carcinoma
Case Report
A 72-year-old man with metastatic urothelial carcinoma of the bladder progressed after gemcitabine and cisplatin,
with grade 2 thrombocytopenia during the fourth cycle. Second-line pembrolizumab 200 mg every 3 weeks was
started in October 2019. After the second dose he developed grade 4 myocarditis and
Case Rep Oncol 2020;13:845–852
DOI: 10.1159/000508921
Lindqvist et al.: Myocarditis on Pembrolizumab
www.karger.com/cro
pembrolizumab was permanently discontinued. Enfortumab vedotin was proposed but not given; he had stable
disease at the last follow-up.
Abbreviations: ICI, immune checkpoint inhibitor; EV, enfortumab vedotin; GC, gemcitabine and cisplatin; TKI,
tyrosine kinase inhibitor; ERD, erdafitinib.
"""

LEGEND_INSIDE = """\
Gastric Cancer Case Reports 2024;6:77–83
Case presentation
A 57-year-old woman with HER2-positive gastric adenocarcinoma received trastuzumab with capecitabine and
oxaliplatin (XELOX) for six cycles, achieving a partial response in the liver. Maintenance trastuzumab was con-
Fig. 2. Abdominal CT before (a) and after (b) six cycles of trastuzumab with XELOX, showing a partial response of the
liver metastases. Ramucirumab is shown for comparison in (c).
tinued until progression in 2023, when she received ramucirumab and paclitaxel with grade 3 neutropenia. Zolbetux-
imab was not available.
"""

TWO_COLUMN_BITS = """\
Case report                                    and a partial response was noted on the
A 45-year-old man with metastatic              first scan; grade 2 rash and grade 1
NTRK1-rearranged spindle cell sarcoma         diarrhoea were managed without dose
(TPM3-NTRK1 fusion) started larotrec-          change. Entrectinib was not used.
tinib 100 mg twice daily in June 2022,         Discussion
"""

REPORTS += [
    ("karger_foot", KARGER_FOOT, {
        "drugs": {"gemcitabine", "cisplatin", "pembrolizumab"}, "not_given": {"enfortumab vedotin", "erdafitinib"},
        "responses": {},   # ("he had stable disease" after a drug not given: an attribution gap, not the layout's)
        "aes": {("Myocarditis", 4), ("Platelet count decreased", 2)}}),
    ("legend_inside", LEGEND_INSIDE, {
        "drugs": {"trastuzumab", "capecitabine", "oxaliplatin", "ramucirumab", "paclitaxel"},
        "not_given": {"zolbetuximab"},
        "responses": {"trastuzumab": "Partial Response"},
        "aes": {("Neutrophil count decreased", 3)}}),
    ("two_column_bits", TWO_COLUMN_BITS, {
        "drugs": {"larotrectinib"}, "not_given": {"entrectinib"},
        "responses": {"larotrectinib": "Partial Response"},
        "aes": {("Rash maculo-papular", 2), ("Diarrhea", 1)}, "fusion": ("TPM3", "NTRK1")}),
]
