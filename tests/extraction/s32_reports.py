"""Made-up whole reports (session 32, rrec32) whose responses are told in the shapes kg missed: a result in the
sentence after its assessment ("A CT scan ... was performed. It showed ..."), tumour markers over time, a pathological
response after neoadjuvant therapy, PET only (Deauville score, SUV), a flattened timeline table, a best response after
several assessments, clinical words only, a line named by a pronoun. Each entry: (id, text, expected (drug, class)
pairs by benchmarks/gold/README.md: a regimen's response for each of its drugs; inferred wording counts as its class)."""

REPORTS = [
    ("ovary-ca125-two-sentences",
     "Sustained response to carboplatin and paclitaxel in high-grade serous ovarian carcinoma: a case report\n\n"
     "Abstract\n\n"
     "We report a woman with stage IIIC high-grade serous ovarian carcinoma who was treated with carboplatin and "
     "paclitaxel after interval debulking and later with olaparib.\n\n"
     "Case presentation\n\n"
     "A 57-year-old woman presented with abdominal distension and weight loss. Computed tomography (CT) showed "
     "ascites, omental caking and bilateral adnexal masses; the serum CA-125 level was 2,340 U/mL. Laparoscopic "
     "biopsy confirmed high-grade serous ovarian carcinoma. She received three cycles of neoadjuvant carboplatin "
     "(AUC 5) and paclitaxel (175 mg/m2) every three weeks. A CT scan after the third cycle was performed. It showed "
     "a marked decrease of the omental disease and of the adnexal masses. Interval debulking surgery achieved no "
     "macroscopic residual tumour, and three further cycles of the same regimen were given. The CA-125 level fell to "
     "12 U/mL at the end of chemotherapy. Germline testing found a BRCA1 mutation, and olaparib 300 mg twice daily was "
     "started as maintenance. Fourteen months later the CA-125 rose to 96 U/mL and CT demonstrated new peritoneal "
     "nodules. Olaparib was stopped.\n\n"
     "Discussion\n\n"
     "PARP inhibitor maintenance prolongs progression-free survival in BRCA-mutated ovarian cancer, as the SOLO-1 "
     "trial showed. Our patient relapsed after fourteen months, which is shorter than the median reported.\n",
     {("carboplatin", "PR"), ("paclitaxel", "PR"), ("olaparib", "PD")}),

    ("hodgkin-pet-deauville",
     "Classical Hodgkin lymphoma in a young man: interim PET-guided therapy\n\n"
     "Case presentation\n\n"
     "A 24-year-old man presented with night sweats and a mediastinal mass. Excisional biopsy of a cervical node "
     "showed nodular sclerosis classical Hodgkin lymphoma, stage IIB. He received ABVD (doxorubicin, bleomycin, "
     "vinblastine and dacarbazine). After two cycles, interim PET-CT was performed. The residual mediastinal uptake "
     "was scored Deauville 2. He completed six cycles of ABVD. Two years later, he presented with new cervical "
     "lymphadenopathy; biopsy confirmed relapse. He received brentuximab vedotin. After four doses, PET-CT showed a "
     "Deauville score of 5 with new splenic lesions. He was then treated with pembrolizumab 200 mg every three weeks. "
     "Restaging PET-CT after six cycles showed the maximum standardized uptake value of the cervical nodes decreased "
     "from 11.4 to 2.3, with a Deauville score of 3.\n\n"
     "Discussion\n\n"
     "Anti-PD-1 antibodies are active in relapsed Hodgkin lymphoma after brentuximab vedotin, with response rates "
     "above 60% in the KEYNOTE-087 study.\n",
     {("doxorubicin", "CR"), ("bleomycin", "CR"), ("vinblastine", "CR"), ("dacarbazine", "CR"),
      ("brentuximab vedotin", "PD"), ("pembrolizumab", "CR")}),

    ("prostate-psa-years",
     "Prostate-specific antigen kinetics during abiraterone and docetaxel: a course over five years\n\n"
     "Case report\n\n"
     "A 66-year-old man was diagnosed in June 2017 with metastatic prostate adenocarcinoma, Gleason score 4+5, with "
     "multiple bone metastases; the serum prostate-specific antigen (PSA) was 284 ng/mL. Androgen deprivation with "
     "degarelix was started in July 2017. In October 2017, the PSA had decreased to 3.1 ng/mL and the bone pain had "
     "resolved. In March 2019, the PSA rose to 18 ng/mL on three consecutive measurements, and bone scintigraphy "
     "showed two new lesions in the pelvis. Abiraterone acetate 1000 mg daily with prednisone was added. Under "
     "abiraterone, the PSA declined to 0.8 ng/mL by August 2019. In January 2021, the PSA rose again to 42 ng/mL, and "
     "CT showed enlarging retroperitoneal lymph nodes. Docetaxel 75 mg/m2 every three weeks was given for six "
     "cycles. After docetaxel, the PSA fell by 60% and the nodes were stable in size. He is alive in 2022.\n\n"
     "Discussion\n\n"
     "A PSA decline of 50% or more is the usual marker of response in trials such as PREVAIL.\n",
     {("degarelix", "PD"), ("abiraterone", "PD"), ("docetaxel", "SD")}),

    ("rectum-pathologic-table",
     "Complete pathological response after total neoadjuvant therapy for rectal cancer\n\n"
     "Case presentation\n\n"
     "A 49-year-old woman with rectal bleeding was found to have a low rectal adenocarcinoma, cT3N1M0. She received "
     "total neoadjuvant therapy. The course is summarised in Table 1.\n\n"
     "Table 1. Treatment timeline\n"
     "Date | Treatment | Assessment\n"
     "Jan 2021 | FOLFOX (oxaliplatin, leucovorin, fluorouracil), 8 cycles | MRI: tumour reduced by 55%\n"
     "Jun 2021 | capecitabine with pelvic radiotherapy | MRI: further regression\n"
     "Sep 2021 | low anterior resection | ypT0N0, no residual tumour cells\n\n"
     "Histopathological examination of the resected specimen showed no residual viable tumour (tumour regression "
     "grade 0), a pathological complete response. She remains free of disease three years later.\n\n"
     "Discussion\n\n"
     "Total neoadjuvant therapy raises the rate of pathological complete response to about 28% in the RAPIDO "
     "trial.\n",
     {("oxaliplatin", "PR"), ("leucovorin", "PR"), ("fluorouracil", "PR"), ("capecitabine", "PR")}),

    ("two-patient-clinical-words",
     "Two patients with advanced soft-tissue tumours treated with targeted agents\n\n"
     "Case 1\n\n"
     "A 35-year-old woman had a desmoid tumour of the abdominal wall that grew despite observation. She started "
     "sorafenib 400 mg daily. After three months the pain resolved and the mass was no longer palpable; MRI at six "
     "months confirmed it had shrunk to 2 cm from 6 cm.\n\n"
     "Case 2\n\n"
     "A 61-year-old man had a metastatic gastrointestinal stromal tumour of the stomach with a KIT exon 11 mutation. "
     "He received imatinib 400 mg daily. Serial CT scans at three and six months showed stable disease; at twelve "
     "months the liver metastases had decreased by 40%, his best response being a partial response. After two years "
     "the disease progressed and it was replaced by sunitinib, which kept the disease stable for nine months.\n\n"
     "Discussion\n\n"
     "Sorafenib was active in a randomised trial of desmoid tumours.\n",
     {("sorafenib", "PR"), ("imatinib", "SD"), ("imatinib", "PR"), ("imatinib", "PD"), ("sunitinib", "SD")}),

    ("myeloma-structured-abstract",
     "Daratumumab after lenalidomide failure in IgG kappa multiple myeloma\n\n"
     "BackgroundDaratumumab-based triplets are standard at first relapse of myeloma.Case presentationA 72-year-old "
     "man with IgG kappa multiple myeloma, ISS stage II, received lenalidomide and dexamethasone as first-line "
     "therapy. The serum M-protein fell from 3.8 g/dL to 0.9 g/dL after four cycles. After 26 months on lenalidomide, "
     "the M-protein rose to 2.1 g/dL and a new lytic lesion of the sixth rib appeared. He was switched to "
     "daratumumab, bortezomib and dexamethasone. After six cycles the M-protein was no longer detectable on "
     "immunofixation and the bone marrow contained 2% plasma cells. He remained on daratumumab maintenance.ConclusionsThis "
     "triplet restored deep control after lenalidomide failure.\n",
     {("lenalidomide", "PD"), ("dexamethasone", "PD"), ("daratumumab", "CR"), ("bortezomib", "CR"),
      ("dexamethasone", "CR")}),

    ("cml-transcripts-years",
     "Chronic myeloid leukaemia over eight years: from imatinib to asciminib\n\n"
     "Case report\n\n"
     "A 45-year-old woman was diagnosed with chronic-phase chronic myeloid leukaemia in March 2014 (BCR::ABL1 p210, "
     "white cell count 96 x 10^9/L). She started imatinib 400 mg daily. By June 2014 her blood counts had "
     "normalised, a complete haematological response. The BCR::ABL1 transcripts (International Scale) were 8.2% at "
     "three months, 3.1% at six months and 2.4% at twelve months. Mutation analysis found no kinase-domain mutation, "
     "and she was switched to nilotinib for suboptimal response in April 2015. On nilotinib the transcripts fell to "
     "0.05% by 2016. In 2020 the transcripts rose to 1.8% and a T315I mutation was found, consistent with resistance "
     "to nilotinib; asciminib 200 mg twice daily was started. Eight months later the BCR::ABL1 transcript "
     "was undetectable. She continues asciminib in 2022.\n\n"
     "Discussion\n\n"
     "Asciminib binds the myristoyl pocket and is active against T315I, as shown in the ASC4FIRST and phase 1 "
     "studies.\n",
     {("imatinib", "CR"), ("nilotinib", "PD"), ("asciminib", "CR")}),

    ("lung-best-response-pronoun",
     "Durable response to selpercatinib in RET fusion-positive lung adenocarcinoma\n\n"
     "Case presentation\n\n"
     "A 53-year-old non-smoking man presented with cough. CT revealed a 48-mm mass in the right upper lobe with "
     "mediastinal nodes and bone metastases. Biopsy showed lung adenocarcinoma with a KIF5B::RET fusion. He first "
     "received carboplatin and pemetrexed with pembrolizumab. Restaging after two cycles showed stable disease. "
     "After four cycles, CT showed that the primary tumour had increased to 61 mm and new liver metastases were "
     "present. Selpercatinib 160 mg twice daily was then started. The first restaging at eight weeks showed "
     "stable disease, and at sixteen weeks the primary measured 22 mm, with the liver lesions no longer visible. "
     "It was well tolerated apart from grade 1 dry mouth. After 30 months on selpercatinib he remains in response.\n\n"
     "Discussion\n\n"
     "In LIBRETTO-001, selpercatinib produced responses in 64% of previously treated patients. Our patient's best "
     "response was a partial response after an initial period of stable disease.\n",
     {("carboplatin", "SD"), ("pemetrexed", "SD"), ("pembrolizumab", "SD"), ("carboplatin", "PD"),
      ("pemetrexed", "PD"), ("pembrolizumab", "PD"), ("selpercatinib", "SD"), ("selpercatinib", "PR")}),

    ("gtn-and-larynx-letter",
     "Two patients treated with chemotherapy alone: a letter\n\n"
     "To the Editor: We saw two patients whose tumours were followed by a serum marker or by endoscopy alone.\n\n"
     "Patient 1\n\n"
     "A 31-year-old woman presented five months after a molar pregnancy with bleeding; the serum beta-hCG was 42,000 "
     "IU/l and chest radiography showed two lung nodules. Low-risk gestational trophoblastic neoplasia was diagnosed "
     "(FIGO score 5). Weekly methotrexate was started; the beta-hCG declined at first, then plateaued after the fourth "
     "dose. She was switched to actinomycin D every two weeks. The beta-hCG was undetectable after the fourth course, "
     "and three consolidation courses were given.\n\n"
     "Patient 2\n\n"
     "A 63-year-old man had a T3N1 squamous cell carcinoma of the hypopharynx and declined surgery. He received "
     "three courses of docetaxel, cisplatin and fluorouracil. At endoscopy after the third course no tumour was "
     "visible, and chemoradiotherapy followed.\n",
     {("methotrexate", "PD"), ("dactinomycin", "CR"), ("docetaxel", "CR"), ("cisplatin", "CR"),
      ("fluorouracil", "CR")}),

    ("cll-spleen-course",
     "Chronic lymphocytic leukaemia over six years\n\n"
     "Case presentation\n\n"
     "A 67-year-old man was diagnosed with chronic lymphocytic leukaemia, Binet stage B, in 2016; the spleen "
     "measured 15 cm. He received six cycles of fludarabine, cyclophosphamide and rituximab, after which no "
     "lymphadenopathy or splenomegaly could be found and the blood counts were normal, a complete remission. In 2019 "
     "his lymphocytes rose to 84 x 10^9/L with bulky cervical nodes, and ibrutinib 420 mg daily was started. The "
     "nodes shrank and the lymphocytosis resolved within a year. In 2022 the lymphocyte count doubled and the spleen "
     "had grown from 14 to 20 cm while he was still taking ibrutinib; a BTK C481S mutation was found. He was then "
     "treated with venetoclax and obinutuzumab.\n",
     {("fludarabine", "CR"), ("cyclophosphamide", "CR"), ("rituximab", "CR"), ("ibrutinib", "PR"),
      ("ibrutinib", "PD")}),
]
