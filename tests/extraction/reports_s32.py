"""Complete made-up case reports of session 32 (written for these tests; no page copied) that stress which mention of
the tumour wins: title against case, organ and histology in separate sentences, a grade or stage between, a WHO name
with its grade, a metastasis restating the primary, a precursor component, lineage words of leukaemias, a carcinoma of
unknown primary, a two-patient series; and fusions told after negative panels, by exons, by FISH or karyotype.
Entries: (name, text, expected diagnoses as a list of alternative-id sets, expected fusions as (5', 3') pairs)."""

CUP_ADENOCARCINOMA = """Metastatic adenocarcinoma of unknown primary responding to carboplatin and paclitaxel: a case report

Abstract
Background: Carcinoma of unknown primary accounts for a few percent of all cancers. Case presentation: A 67-year-old man presented with abdominal distension. Imaging showed multiple liver lesions and para-aortic nodes without an identifiable primary. Conclusion: Empirical platinum doublet chemotherapy can give durable control.

Case presentation
A 67-year-old man, a former smoker, was admitted in February 2022 with abdominal distension and a weight loss of 6 kg. Computed tomography showed more than ten hepatic lesions up to 4 cm and enlarged para-aortic lymph nodes. Gastroscopy, colonoscopy, mammography-equivalent chest imaging and PET-CT did not reveal a primary tumour. A core biopsy of segment VI of the liver showed a moderately differentiated adenocarcinoma. Immunohistochemistry was positive for CK7 and negative for CK20, TTF-1, CDX2, PSA and NKX3.1. The multidisciplinary board concluded that he had adenocarcinoma of unknown primary site, favourable features absent.
He received carboplatin AUC 5 and paclitaxel 175 mg/m2 every three weeks from March 2022. After four cycles the liver lesions had shrunk by 45%, a partial response. Grade 2 peripheral sensory neuropathy developed after the fifth cycle. He remained progression-free for 11 months.

Discussion
Most adenocarcinomas of unknown primary with a CK7+/CK20- profile arise in the lung, pancreas or biliary tract. Gene expression profiling was not available. In a trial of site-specific therapy, patients did not live longer than with empirical chemotherapy.
"""

PROSTATE_CORES = """Prostate cancer with visceral metastases treated with docetaxel and darolutamide

Case presentation
A 71-year-old man was referred in May 2020 for a prostate-specific antigen of 212 ng/mL. Digital rectal examination found a hard, nodular prostate. Magnetic resonance imaging showed a PI-RADS 5 lesion of the left peripheral zone. Transrectal biopsy was performed: 10 of 12 cores contained acinar adenocarcinoma, Gleason score 4 + 5 = 9 (grade group 5), with perineural invasion. Bone scintigraphy showed multiple vertebral metastases, and CT found two lung nodules.
He started androgen deprivation with degarelix, and docetaxel 75 mg/m2 with darolutamide 600 mg twice daily was added in June 2020. The PSA fell to 0.4 ng/mL after six cycles. Grade 3 febrile neutropenia occurred after the second cycle and was treated with antibiotics.
In 2022 the PSA rose again and a lung nodule grew; a biopsy of the nodule showed metastatic prostatic adenocarcinoma without neuroendocrine features.

Discussion
Intraductal carcinoma of the prostate and neuroendocrine prostate cancer carry a worse prognosis; neither was found here. In the ARASENS trial, darolutamide added to docetaxel and androgen deprivation prolonged survival.
"""

AML_GLUED_LABELS = """BackgroundAcute myeloid leukaemia with KMT2A rearrangement is an adverse-risk disease. Case presentationA 34-year-old woman presented with gum hypertrophy and fatigue. The white cell count was 86 x 10^9/L with 72% blasts. Flow cytometry showed myeloid blasts positive for CD33, CD64 and CD14, with monocytic differentiation. Karyotype was 46,XX,t(9;11)(p21.3;q23.3)[18]/46,XX[2], and RT-PCR confirmed a KMT2A-MLLT3 fusion transcript. The diagnosis was acute myeloid leukemia with t(9;11)(p21.3;q23.3); KMT2A::MLLT3. She received induction with daunorubicin and cytarabine (7+3) and achieved a complete remission with incomplete count recovery after one course. Grade 3 oral mucositis and grade 4 neutropenia were recorded. She underwent allogeneic stem cell transplantation from a matched sibling in first remission. ConclusionsMenin inhibitors such as revumenib are under study for KMT2A-rearranged leukemia.
"""

TWO_CHILDREN_LEUKAEMIA = """Two children with B-lineage leukemia: a series

Introduction
We describe two patients treated at our centre.

Patient 1
A 6-year-old boy presented with pallor and bone pain in 2019. The blood count showed 48% blasts. Bone marrow aspirate confirmed B-cell precursor acute lymphoblastic leukemia (common ALL, CD10+). Cytogenetics showed t(12;21) with an ETV6-RUNX1 fusion. He was treated on a standard-risk protocol with vincristine, dexamethasone and pegaspargase and was MRD negative at day 29.

Patient 2
A 14-year-old girl presented with a mediastinal mass and a white cell count of 210 x 10^9/L in 2021. Flow cytometry of the pleural fluid showed blasts positive for cytoplasmic CD3, CD7 and TdT, negative for CD19. The diagnosis was T-lymphoblastic leukemia/lymphoma. She received induction with prednisone, vincristine, daunorubicin and pegaspargase, followed by nelarabine for persistent MRD.

Discussion
Both patients remain in first remission.
"""

GLIOMA_INTEGRATED_DIAGNOSIS = """A diffuse glioma in a young adult: tumour board case

Case
A 29-year-old man had a first generalised seizure in January 2018. MRI showed a non-enhancing T2-hyperintense lesion in the left frontal lobe. He underwent gross total resection in February 2018.
Pathology: Brain, left frontal lobe, resection: diffuse glioma. The tumour showed moderate cellularity without necrosis or microvascular proliferation; mitoses were rare. Immunohistochemistry showed IDH1 R132H positivity and loss of ATRX, and 1p/19q was retained.
Integrated diagnosis: Astrocytoma, IDH-mutant, CNS WHO grade 2.
He was observed until 2021, when a contrast-enhancing nodule appeared. He received radiotherapy 54 Gy followed by temozolomide for 12 cycles. Vorasidenib was discussed at a later board but was not given.

Discussion
Older classifications would have called this tumour a diffuse astrocytoma. Glioblastoma was excluded because of the absence of necrosis.
"""

LUNG_EFFUSION_ROS1 = """Crizotinib in ROS1-rearranged non-small cell lung cancer diagnosed on a pleural effusion

Case report
A 48-year-old never-smoking woman presented in April 2021 with dyspnoea. CT showed a right pleural effusion and a 2.5 cm nodule in the right upper lobe. Cytology of the effusion showed malignant cells; the cell block was TTF-1 and napsin A positive, in keeping with metastatic adenocarcinoma of pulmonary origin. Stage was cT1cN2M1a (stage IVA). Next-generation sequencing of the cell block found a CD74-ROS1 fusion (CD74 exon 6 joined to ROS1 exon 34); EGFR, KRAS and ALK were wild type. Fluorescence in situ hybridisation with a ROS1 break-apart probe showed split signals in 62% of nuclei.
She started crizotinib 250 mg twice daily in May 2021. At three months the effusion had resolved and the nodule had shrunk to 1.1 cm, a partial response. Grade 1 visual disturbance and grade 2 oedema occurred. Brain metastases appeared in 2023 and she was switched to lorlatinib.

Discussion
ROS1 fusions are found in 1-2% of lung adenocarcinomas. In another published patient, an SLC34A2-ROS1 fusion was found in a gastric cancer.
"""

OVARY_ORGAN_THEN_HISTOLOGY = """Ovarian cancer arising in endometriosis: report of a case

Abstract
A 52-year-old woman with a long history of endometriosis presented with a pelvic mass. She underwent total hysterectomy, bilateral salpingo-oophorectomy and omentectomy. Final pathology showed clear cell carcinoma of the left ovary, FIGO stage IC2, arising in an endometriotic cyst. She received six cycles of carboplatin and paclitaxel and remained without evidence of disease at 30 months.

Case presentation
The patient, a 52-year-old nulliparous woman, had been treated for endometriosis for 20 years. In 2019 ultrasound showed a 9 cm complex cyst of the left ovary. CA-125 was 148 U/mL. At surgery the cyst had ruptured. Histology showed tubulocystic and papillary clear cell carcinoma, napsin A positive, with atypical endometriosis in the cyst wall. ARID1A expression was lost. Adjuvant carboplatin AUC 5 and paclitaxel were given for six cycles; grade 2 alopecia and grade 1 nausea occurred.
"""

HODGKIN_PREGNANCY = """Nodular sclerosis Hodgkin lymphoma in pregnancy

Abstract
We report a 27-year-old woman diagnosed with classic Hodgkin lymphoma at 22 weeks of gestation.

Case presentation
A 27-year-old woman in her second pregnancy noticed a painless left supraclavicular lump. Excision biopsy of the node showed effaced architecture with Reed-Sternberg cells in a background of collagen bands; the cells were CD30 and CD15 positive and CD20 negative. The diagnosis was classic Hodgkin lymphoma, nodular sclerosis subtype, stage IIA. Non-Hodgkin lymphoma had been considered before the biopsy. She received ABVD (doxorubicin, bleomycin, vinblastine and dacarbazine) from week 24 and delivered a healthy infant at 37 weeks. PET after four cycles was negative (Deauville 2), a complete metabolic response.
"""

COLON_PATHOLOGY_LINE_METASTASIS = """Case presentation
A 63-year-old man presented with rectal bleeding in 2017. Colonoscopy found an ulcerated mass 25 cm from the anal verge. Biopsies were taken. Histopathology: sigmoid colon, biopsy: invasive adenocarcinoma, moderately differentiated, arising in a tubulovillous adenoma with high-grade dysplasia. Mismatch repair proteins were retained and RAS was wild type. Staging CT found four liver metastases.
He received FOLFOX with panitumumab from May 2017; after eight cycles the liver metastases shrank by 60%. Grade 3 acneiform rash led to a dose reduction of panitumumab.
In 2019 a lung nodule was resected, and pathology showed metastatic colorectal adenocarcinoma.
"""

KIDNEY_SARCOMATOID = """Renal cell carcinoma with sarcomatoid features treated with nivolumab and ipilimumab

Case presentation
A 59-year-old woman presented in 2020 with flank pain and haematuria. CT showed an 11 cm mass of the right kidney with a tumour thrombus in the renal vein and multiple lung nodules. Cytoreductive nephrectomy was performed. Histology: clear cell renal cell carcinoma, WHO/ISUP grade 4, with a sarcomatoid component of 30%. She received nivolumab and ipilimumab for four doses followed by nivolumab maintenance. The lung nodules disappeared, a complete response. Grade 2 hypothyroidism developed.
"""

THYROID_ANAPLASTIC_COMPONENT = """Anaplastic thyroid carcinoma arising from papillary thyroid carcinoma with BRAF V600E

Case presentation
A 70-year-old woman had a rapidly enlarging neck mass over three weeks. Fine needle aspiration suggested a poorly differentiated malignancy. Core biopsy showed anaplastic (undifferentiated) carcinoma with a residual component of papillary carcinoma, tall cell variant. The BRAF V600E mutation was found in both components. She received dabrafenib and trametinib, and the mass shrank by 70% within six weeks, allowing a total thyroidectomy. Grade 2 pyrexia occurred.
"""

PMBCL_DIFFERENTIAL = """Primary mediastinal large B-cell lymphoma in a young man

Abstract
A 24-year-old man with a bulky anterior mediastinal mass was diagnosed with primary mediastinal (thymic) large B-cell lymphoma and treated with DA-EPOCH-R, with a complete metabolic response.

Case presentation
The patient presented with facial swelling (superior vena cava syndrome). CT-guided core biopsy of the 12 cm mediastinal mass showed sheets of large B cells with sclerosis, CD20+, CD23+, CD30 weakly positive, PD-L1 positive. Diffuse large B-cell lymphoma, NOS and classic Hodgkin lymphoma were considered in the differential diagnosis; the final diagnosis was primary mediastinal B-cell lymphoma. He received six cycles of dose-adjusted EPOCH-R (etoposide, prednisone, vincristine, cyclophosphamide, doxorubicin, rituximab). End-of-treatment PET was negative. Grade 4 neutropenia occurred once.
"""

LUNG_IMT_NTRK3 = """Entrectinib for an ETV6-NTRK3 inflammatory myofibroblastic tumour of the lung

Case presentation
A 29-year-old man presented with haemoptysis. CT showed a 5 cm mass of the right lower lobe. Bronchoscopic biopsy revealed an inflammatory myofibroblastic tumour; ALK and ROS1 immunohistochemistry were negative, while pan-TRK staining was diffusely positive. RNA sequencing identified an ETV6-NTRK3 fusion. He received entrectinib 600 mg daily from March 2022, and the mass shrank by 48% at three months, a partial response. Grade 2 dysgeusia and grade 1 weight gain occurred.
"""

LUNG_RET_AFTER_NEGATIVES = """Case presentation
A 55-year-old never-smoking man was diagnosed in 2020 with stage IV lung adenocarcinoma. Tissue next-generation sequencing found no EGFR, KRAS or BRAF alteration, and ALK, ROS1 and RET fusions were not detected. Plasma testing later identified a KIF5B-RET fusion. Fluorescence in situ hybridisation for ALK was negative. He received selpercatinib 160 mg twice daily and had a partial response at eight weeks; grade 3 hypertension and grade 2 ALT increase occurred.
"""

INFANTILE_FIBROSARCOMA_EXONS = """Dramatic response to larotrectinib in an infant with fibrosarcoma

Case presentation
A 4-month-old girl had a rapidly growing mass of the left forearm since birth. Biopsy showed a spindle cell neoplasm arranged in fascicles. Immunohistochemistry was positive for pan-TRK. Sequencing detected a fusion between ETV6 exon 5 and NTRK3 exon 15. The diagnosis was infantile fibrosarcoma. Larotrectinib was started at 100 mg/m2 twice daily, and after two months the mass had shrunk by 80%. No adverse event above grade 1 occurred.

Discussion
NTRK fusions are also found in secretory carcinoma, where the ETV6-NTRK3 fusion is characteristic. In a previous report, a TPM3-NTRK1 fusion was found in an infantile fibrosarcoma-like tumour.
"""

SYNOVIAL_SARCOMA_FISH = """Case presentation
A 42-year-old woman presented with a soft tissue mass of the thigh. Core biopsy showed a monomorphic spindle cell sarcoma. Fluorescence in situ hybridisation showed rearrangement of the SS18 gene, and RT-PCR detected an SS18-SSX2 transcript, confirming monophasic synovial sarcoma. She received neoadjuvant doxorubicin and ifosfamide, followed by wide excision; 90% of the tumour was necrotic. Grade 4 neutropenia occurred after cycle 2.
"""

CML_PHILADELPHIA = """Case report
A 38-year-old man presented with fatigue and splenomegaly. The white cell count was 180 x 10^9/L with basophilia. Cytogenetics showed the Philadelphia chromosome, t(9;22)(q34;q11), and quantitative PCR detected BCR-ABL1 p210 transcripts. Chronic myeloid leukemia in chronic phase was diagnosed. He started imatinib 400 mg daily and reached a major molecular response at 12 months. Grade 2 muscle cramps and grade 1 periorbital oedema occurred. A T315I mutation was not found.
"""
REPORTS = [
    # gold conventions: the most specific entity stated; an organ found in the work-up names the histology's term
    ("cup_adenocarcinoma", CUP_ADENOCARCINOMA, [{"NCIT:C3812", "KG:tumor-cancer-of-unknown-primary-nos"}], set()),
    ("prostate_cores", PROSTATE_CORES, [{"NCIT:C5596"}], set()),
    ("aml_glued_labels", AML_GLUED_LABELS, [{"NCIT:C174129"}], {("KMT2A", "MLLT3")}),
    ("glioma_integrated_diagnosis", GLIOMA_INTEGRATED_DIAGNOSIS, [{"NCIT:C129271"}], set()),
    ("lung_effusion_ros1", LUNG_EFFUSION_ROS1, [{"NCIT:C3512"}], {("CD74", "ROS1")}),
    # (two NCIt ids name ovarian clear cell carcinoma; the gold of webtext20 took C40078)
    ("ovary_organ_then_histology", OVARY_ORGAN_THEN_HISTOLOGY, [{"NCIT:C40076", "NCIT:C40078"}], set()),
    ("hodgkin_pregnancy", HODGKIN_PREGNANCY, [{"NCIT:C3518"}], set()),
    ("colon_pathology_line_metastasis", COLON_PATHOLOGY_LINE_METASTASIS, [{"NCIT:C4349"}], set()),
    ("kidney_sarcomatoid", KIDNEY_SARCOMATOID, [{"NCIT:C4033"}], set()),
    ("thyroid_anaplastic_component", THYROID_ANAPLASTIC_COMPONENT, [{"NCIT:C3878"}], set()),
    ("pmbcl_differential", PMBCL_DIFFERENTIAL, [{"NCIT:C9280"}], set()),
    ("lung_imt_ntrk3", LUNG_IMT_NTRK3, [{"NCIT:C39740"}], {("ETV6", "NTRK3")}),
    ("lung_ret_after_negatives", LUNG_RET_AFTER_NEGATIVES, [{"NCIT:C3512"}], {("KIF5B", "RET")}),
    ("infantile_fibrosarcoma_exons", INFANTILE_FIBROSARCOMA_EXONS, [{"NCIT:C4244"}], {("ETV6", "NTRK3")}),
    ("synovial_sarcoma_fish", SYNOVIAL_SARCOMA_FISH, [{"NCIT:C6534"}], {("SS18", "SSX2")}),
    ("cml_philadelphia", CML_PHILADELPHIA, [{"NCIT:C3172"}], {("BCR", "ABL1")}),
]

SERIES = [("two_children_leukaemia", TWO_CHILDREN_LEUKAEMIA,
           [[{"NCIT:C80334"}], [{"NCIT:C8694"}]],
           [{("ETV6", "RUNX1")}, set()])]
