"""Session 31: complete made-up case reports whose responses are told the way real courses tell them (kg/nlp/
responses.py, kg/rules/responses.jsonl, kg/extraction/therapy.py). Every report was written for these tests, each
in another author's style: a result told in the sentence after its assessment ("A CT scan ... was performed. It
showed ..."), an imaging paragraph with measurements only, markers over time, a line-of-therapy table read as
text, the response only in the abstract or only in the Discussion, the line named by a pronoun or a description
("the combination", "this regimen", "the second-line treatment", "it"), several assessments of one line (SD then
PR: both are pairs), and negatives (a trial's response rate, another patient's response, "not evaluable", "to
assess response", a response of GVHD or of an infection).

Each report is (id, text, expected (drug, class, explicit) triples, (drug, class) pairs that must not be found).
Expected values follow benchmarks/gold/README.md: a named category is explicit, a measurement, "disappeared",
"shrinkage" or growth is that class not explicit, "stable" as an adjective is SD not explicit, a regimen's
response belongs to each of its drugs (leucovorin of a fluorouracil regimen too), regimen steroids and supportive
drugs get none."""

REPORTS = [
    ("alk-two-sentences",
     "Alectinib after crizotinib in ALK-positive lung adenocarcinoma: a case report\n\n"
     "Abstract\n\nWe describe a woman with ALK-rearranged lung adenocarcinoma treated with two ALK inhibitors.\n\n"
     "Case presentation\n\n"
     "A 54-year-old never-smoking woman presented in March 2019 with cough and weight loss. CT showed a 42 mm "
     "mass in the right lower lobe with mediastinal nodes and two liver lesions. Biopsy showed lung "
     "adenocarcinoma, and next-generation sequencing found an EML4::ALK fusion. Alectinib 600 mg twice daily was "
     "started in April 2019. A CT scan after three months was performed. It showed shrinkage of all lesions, the "
     "primary measuring 18 mm. She continued alectinib with mild myalgia only. In August 2021 CT showed new "
     "liver metastases while she was still taking alectinib. Lorlatinib 100 mg daily was started in September "
     "2021. Restaging was done after eight weeks. The liver lesions had disappeared and the primary was no "
     "longer visible. She remains on lorlatinib two years later.\n\n"
     "Discussion\n\n"
     "In the ALEX trial, alectinib achieved an objective response rate of 83% and a median progression-free "
     "survival of 35 months. Lorlatinib produced intracranial responses in most patients of the CROWN study. "
     "Our patient's durable response to lorlatinib supports its use after a second-generation inhibitor.\n",
     {("alectinib", "PR", False), ("alectinib", "PD", False), ("lorlatinib", "CR", False)},
     set()),

    ("colon-pronoun-combination",
     "Encorafenib and cetuximab in BRAF V600E colon cancer\n\n"
     "Abstract\n\nA 61-year-old man with BRAF V600E-mutant metastatic colon adenocarcinoma received first-line "
     "oxaliplatin, leucovorin and fluorouracil. After eight cycles the liver metastases had grown and new "
     "peritoneal nodules were seen. As second-line treatment he received encorafenib plus cetuximab. The "
     "combination produced a partial response that lasted eleven months. Tolerance was good apart from grade 2 "
     "acneiform rash.\n\nKeywords: BRAF; colorectal cancer; targeted therapy\n",
     {("encorafenib", "PR", True), ("cetuximab", "PR", True), ("oxaliplatin", "PD", False),
      ("fluorouracil", "PD", False), ("leucovorin", "PD", False)},
     set()),

    ("sarcoma-imaging-paragraph",
     "Pazopanib in metastatic synovial sarcoma\n\n"
     "Case presentation\n\n"
     "A 37-year-old man had a synovial sarcoma of the left thigh with an SS18::SSX1 fusion. He had wide "
     "excision and radiotherapy in 2017. Lung metastases were found in 2019. Doxorubicin and ifosfamide were "
     "given for six cycles; he stopped because of cumulative fatigue, with no change in the nodules. Pazopanib "
     "800 mg daily was started in January 2020.\n\n"
     "Imaging\n\n"
     "The sum of the target lesions was 71 mm at baseline. CT in April 2020: 64 mm. CT in July 2020: 62 mm. CT in "
     "January 2021: 96 mm, with new pleural nodules.\n\n"
     "Outcome\n\nPazopanib was stopped and he was referred for a trial of an anti-NY-ESO-1 T-cell therapy.\n",
     {("pazopanib", "SD", False), ("pazopanib", "PD", False), ("doxorubicin", "SD", False),
      ("ifosfamide", "SD", False)},
     set()),

    ("myeloma-markers-this",
     "Quadruplet induction in IgG kappa myeloma\n\n"
     "Case presentation\n\n"
     "A 66-year-old woman presented with back pain and anaemia. Serum protein electrophoresis showed an IgG kappa "
     "M-protein of 3.8 g/dL and the marrow held 40% clonal plasma cells, so multiple myeloma was diagnosed. "
     "Induction with daratumumab, bortezomib, lenalidomide and dexamethasone was started in June 2022. The "
     "M-protein fell to 1.1 g/dL after two cycles and to 0.2 g/dL after four cycles. This was considered a very "
     "good partial response. She then underwent autologous stem cell transplantation after high-dose melphalan "
     "and continued on lenalidomide maintenance.\n",
     {("daratumumab", "PR", True), ("bortezomib", "PR", True), ("lenalidomide", "PR", True)},
     {("dexamethasone", "PR"), ("melphalan", "PR")}),

    ("ovary-table",
     "Olaparib after platinum in BRCA1 ovarian carcinoma: a case with a long history\n\n"
     "Case presentation\n\n"
     "A 52-year-old woman with a germline BRCA1 mutation had stage IIIC high-grade serous ovarian carcinoma. She "
     "had primary debulking surgery followed by chemotherapy and later lines as listed in Table 1.\n\n"
     "Table 1. Lines of therapy\n"
     "Line\tPeriod\tRegimen\tBest response\tReason for stopping\n"
     "1\t01/2018-06/2018\tcarboplatin + paclitaxel\tPartial response\tcompleted\n"
     "2\t08/2018-11/2019\tolaparib maintenance\tStable disease\tProgression\n"
     "3\t12/2019-04/2020\tpegylated liposomal doxorubicin\tProgressive disease\tProgression\n\n"
     "Discussion\n\nPARP inhibitor maintenance prolongs progression-free survival after response to platinum.\n",
     {("carboplatin", "PR", True), ("paclitaxel", "PR", True), ("olaparib", "SD", True),
      ("olaparib", "PD", True), ("doxorubicin", "PD", True)},
     set()),

    ("hodgkin-abstract-only",
     "Brentuximab vedotin with AVD in stage IV Hodgkin lymphoma\n\n"
     "Abstract\n\nBackground:Advanced classical Hodgkin lymphoma is curable in most patients.Case presentation:A "
     "29-year-old man had stage IVB nodular sclerosis Hodgkin lymphoma and received six cycles of brentuximab "
     "vedotin, doxorubicin, vinblastine and dacarbazine.Outcome:End-of-treatment PET-CT showed a complete "
     "metabolic response.Conclusion:The regimen was effective and tolerable.\n\n"
     "Case presentation\n\n"
     "A 29-year-old man presented with night sweats, pruritus and cervical and mediastinal lymphadenopathy. "
     "Excision of a cervical node showed nodular sclerosis classical Hodgkin lymphoma. PET-CT staging found "
     "marrow and lung involvement (stage IVB). He received brentuximab vedotin, doxorubicin, vinblastine and "
     "dacarbazine every two weeks for six cycles with G-CSF support. End-of-treatment PET-CT was performed in "
     "May 2022. He has been followed without treatment since.\n",
     {("brentuximab vedotin", "CR", True), ("doxorubicin", "CR", True), ("vinblastine", "CR", True),
      ("dacarbazine", "CR", True)},
     set()),

    ("thyroid-discussion-only",
     "Lenvatinib in radioiodine-refractory follicular thyroid carcinoma\n\n"
     "Case presentation\n\n"
     "A 71-year-old woman had a widely invasive follicular thyroid carcinoma treated with total thyroidectomy and "
     "two courses of radioiodine in 2015 and 2016. Lung and bone metastases progressed despite radioiodine and "
     "were declared refractory in 2018. Lenvatinib 24 mg daily was started in March 2018. The dose was reduced to "
     "14 mg because of grade 3 hypertension. She remained on lenvatinib for 30 months with good quality of "
     "life.\n\n"
     "Discussion\n\n"
     "In the SELECT trial, lenvatinib gave a response rate of 65% against 2% with placebo. Another patient of "
     "our clinic treated with sorafenib progressed within six months. Our patient's durable partial response "
     "over 30 months shows that the reduced dose can keep the benefit.\n",
     {("lenvatinib", "PR", True)},
     {("sorafenib", "PD")}),

    ("rcc-second-line-it",
     "Three lines of therapy in clear cell renal cell carcinoma\n\n"
     "Case presentation\n\n"
     "A 63-year-old man had a left nephrectomy for clear cell renal cell carcinoma in 2014. Lung metastases "
     "appeared in 2016 and sunitinib 50 mg daily was started. Sunitinib was given for 14 months until the "
     "disease progressed in the lungs and the mediastinum. Second-line treatment consisted of nivolumab 240 mg "
     "every two weeks. It was well tolerated, and it led to a marked shrinkage of the lung metastases. After 22 "
     "months a new adrenal metastasis was found, and cabozantinib 60 mg daily was started as third-line "
     "treatment. This regimen kept the disease stable for nine months.\n\n"
     "Discussion\n\nSequencing of targeted agents and checkpoint inhibitors remains empirical.\n",
     {("sunitinib", "PD", True), ("nivolumab", "PR", False), ("nivolumab", "PD", False),
      ("cabozantinib", "SD", False)},
     set()),

    ("kras-best-response",
     "Sotorasib in KRAS G12C lung adenocarcinoma\n\n"
     "Case presentation\n\n"
     "A 68-year-old former smoker had stage IV lung adenocarcinoma with a KRAS G12C mutation and a PD-L1 score of "
     "5%. After progression on carboplatin, pemetrexed and pembrolizumab, sotorasib 960 mg daily was started in "
     "October 2022. The first assessment at six weeks showed stable disease. At twelve weeks the target lesions "
     "had shrunk by 38%, a partial response. The best response was a partial response, which lasted seven "
     "months.\n",
     {("sotorasib", "SD", True), ("sotorasib", "PR", True), ("carboplatin", "PD", True),
      ("pemetrexed", "PD", True), ("pembrolizumab", "PD", True)},
     set()),

    ("aml-negatives",
     "Venetoclax and azacitidine followed by transplantation in older AML\n\n"
     "Case presentation\n\n"
     "A 72-year-old man had acute myeloid leukaemia with 45% marrow blasts and a TP53 mutation. Azacitidine 75 "
     "mg/m2 on days 1-7 and venetoclax 400 mg daily were started. A marrow aspirate after cycle 1 was planned to "
     "assess response, but it was not evaluable because the sample was haemodilute. After cycle 2 the marrow "
     "showed complete remission with incomplete count recovery. He underwent allogeneic transplantation in "
     "March 2023. Acute graft-versus-host disease of the skin developed on day 30 and responded completely to "
     "ruxolitinib. A pneumonia resolved with meropenem. A patient of our centre treated with the same regimen "
     "had refractory disease.\n",
     {("azacitidine", "CR", True), ("venetoclax", "CR", True)},
     {("ruxolitinib", "CR"), ("azacitidine", "PD"), ("venetoclax", "PD")}),

    ("breast-years-dates",
     "A decade of HER2-positive breast cancer\n\n"
     "Case presentation\n\n"
     "In 2016 a 45-year-old woman was found to have HER2-positive invasive ductal carcinoma of the left breast "
     "with liver metastases. Docetaxel, trastuzumab and pertuzumab were given from February 2016. Restaging in "
     "June 2016 showed a complete response of the liver lesions. Docetaxel was stopped after eight cycles and "
     "maintenance trastuzumab and pertuzumab continued until November 2018, when two brain metastases appeared. "
     "They were treated with stereotactic radiosurgery. Trastuzumab deruxtecan was started in January 2019. An "
     "MRI in April 2019 was obtained. The enhancing lesions had decreased by 60%.\n",
     {("docetaxel", "CR", True), ("trastuzumab", "CR", True), ("pertuzumab", "CR", True),
      ("trastuzumab", "PD", False), ("pertuzumab", "PD", False), ("trastuzumab deruxtecan", "PR", False)},
     {("docetaxel", "PD")}),

    ("gastric-third-cycle",
     "Perioperative FLOT in gastric adenocarcinoma with liver metastasis\n\n"
     "Case report\n\n"
     "A 58-year-old man had a poorly cohesive gastric adenocarcinoma with a single liver metastasis. He received "
     "fluorouracil, leucovorin, oxaliplatin and docetaxel every two weeks. A CT scan after the third cycle was "
     "performed. It showed shrinkage of all lesions. After eight cycles he underwent gastrectomy and liver "
     "resection.\n",
     {("fluorouracil", "PR", False), ("oxaliplatin", "PR", False), ("docetaxel", "PR", False),
      ("leucovorin", "PR", False)},
     set()),
]

MORE_REPORTS = [
    ("series-two-patients",
     "Larotrectinib in two children with infantile fibrosarcoma\n\n"
     "Abstract\n\nWe report two infants with ETV6::NTRK3-positive infantile fibrosarcoma treated with larotrectinib.\n\n"
     "Case 1\n\n"
     "A 4-month-old boy had a 6-cm mass of the left forearm. Biopsy showed infantile fibrosarcoma with an ETV6::NTRK3 "
     "fusion. Vincristine and dactinomycin were given for three cycles, but the mass kept growing. Larotrectinib "
     "100 mg/m2 twice daily was started. MRI after eight weeks was obtained. It showed a 70% reduction of the "
     "mass.\n\n"
     "Case 2\n\n"
     "A 2-month-old girl had a congenital mass of the right thigh, with the same fusion on sequencing. Larotrectinib "
     "was started as the first treatment. After six months the mass had disappeared on MRI, and she remains "
     "without disease off therapy.\n\n"
     "Discussion\n\n"
     "In the pooled analysis of the larotrectinib trials, the objective response rate in infantile fibrosarcoma "
     "was above 90%.\n",
     {("vincristine", "PD", False), ("dactinomycin", "PD", False), ("larotrectinib", "PR", False),
      ("larotrectinib", "CR", False)},
     set()),

    ("gtn-markers",
     "Choriocarcinoma after a term pregnancy\n\n"
     "Case presentation\n\n"
     "A 31-year-old woman presented five months after a term delivery with vaginal bleeding and a serum hCG of "
     "84,000 IU/L. Chest CT showed four lung nodules, and curettage showed gestational choriocarcinoma. Weekly "
     "methotrexate was started. The hCG fell to 9,000 IU/L after three doses, then rose to 15,000 IU/L after the "
     "fifth, which was taken as resistance to methotrexate. EMA-CO (etoposide, methotrexate, dactinomycin, "
     "cyclophosphamide and vincristine) was substituted. The hCG normalised after four courses and the lung "
     "nodules resolved; three consolidation courses were given.\n",
     {("methotrexate", "PD", False), ("methotrexate", "CR", False), ("etoposide", "CR", False), ("dactinomycin", "CR", False),
      ("cyclophosphamide", "CR", False), ("vincristine", "CR", False)},
     set()),

    ("lymphoma-lugano-retold",
     "Polatuzumab vedotin with bendamustine and rituximab in relapsed DLBCL\n\n"
     "Case presentation\n\n"
     "A 74-year-old man had stage III diffuse large B-cell lymphoma. He received six cycles of R-CHOP "
     "(rituximab, cyclophosphamide, doxorubicin, vincristine and prednisone) in 2020, and end-of-treatment PET-CT "
     "showed a complete metabolic response (Deauville 2). In 2022 the disease relapsed in the abdomen. He was not a "
     "candidate for CAR T cells. Polatuzumab vedotin, bendamustine and rituximab were given for six cycles. "
     "Interim PET after three cycles: Deauville 4 with a reduction in uptake, a partial metabolic response. End-of-"
     "treatment PET: Deauville 3.\n\n"
     "Discussion\n\n"
     "Our patient's second remission on polatuzumab-based therapy has lasted eighteen months.\n",
     {("rituximab", "CR", True), ("cyclophosphamide", "CR", True), ("doxorubicin", "CR", True),
      ("vincristine", "CR", True), ("polatuzumab vedotin", "PR", True), ("bendamustine", "PR", True),
      ("rituximab", "PR", True), ("polatuzumab vedotin", "CR", True), ("bendamustine", "CR", True)},
     {("prednisone", "CR")}),

    ("structured-abstract-only",
     "Cabozantinib in metastatic medullary thyroid carcinoma\n\n"
     "BACKGROUND: Medullary thyroid carcinoma with a RET M918T mutation is often aggressive. CASE: A 47-year-old woman "
     "had medullary thyroid carcinoma with liver and bone metastases and a RET M918T mutation. She received "
     "cabozantinib 140 mg daily, reduced to 100 mg for hand-foot syndrome. RESULTS: CT at twelve weeks showed a "
     "partial response, and calcitonin fell by 80%. The disease progressed after 19 months, and selpercatinib was "
     "started, with stable disease at the latest scan. CONCLUSION: Sequential multikinase and selective RET "
     "inhibition gave prolonged control.\n",
     {("cabozantinib", "PR", True), ("cabozantinib", "PD", True), ("selpercatinib", "SD", True)},
     set()),

    ("prostate-psa-and-scan",
     "Enzalutamide after docetaxel in castration-resistant prostate cancer\n\n"
     "Case presentation\n\n"
     "A 69-year-old man had metastatic prostate adenocarcinoma with bone metastases. He received androgen deprivation "
     "with leuprolide and six cycles of docetaxel. PSA fell from 210 to 4 ng/mL. Two years later the PSA rose to "
     "38 ng/mL and a bone scan showed new lesions in the pelvis, progression despite castration. Enzalutamide "
     "160 mg daily was added. The PSA fell to 1.2 ng/mL. Bone scan after six months: no new lesions. Enzalutamide "
     "continues.\n",
     {("leuprolide", "PD", True)},
     {("enzalutamide", "PD"), ("docetaxel", "PD")}),

    ("melanoma-discussion-lines",
     "Ipilimumab and nivolumab after progression on pembrolizumab in melanoma\n\n"
     "Case presentation\n\n"
     "A 58-year-old woman had BRAF wild-type melanoma with lung and liver metastases. Pembrolizumab was started in "
     "2021. After four cycles the liver metastases had grown and two new lung nodules had appeared. Ipilimumab and "
     "nivolumab were then given for four doses, followed by nivolumab maintenance. Grade 3 colitis required "
     "steroids.\n\n"
     "Discussion\n\n"
     "In CheckMate 067, the combination gave a response rate of 58%. In our patient, ipilimumab with nivolumab "
     "produced a partial response that has lasted two years, although pembrolizumab alone had failed.\n",
     {("pembrolizumab", "PD", False), ("ipilimumab", "PR", True), ("nivolumab", "PR", True)},
     set()),
]
