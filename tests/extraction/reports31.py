"""Complete made-up case reports of session 31 (written for these tests; no page copied): diagnoses told the way
pathology and clinical notes tell them, and fusions told in context. Each entry: (name, text, expected diagnoses as
a list of alternatives sets, expected fusions as a set of (5', 3') pairs, None for an unnamed partner)."""

PATHOLOGY_LINE_LUNG = """Osimertinib in a never-smoker with EGFR L858R lung cancer: a case report

Abstract
A 64-year-old never-smoking woman presented with a dry cough of three months. Computed tomography showed a 3.8 cm
mass in the right lower lobe with mediastinal nodes and two small liver lesions.

Case presentation
Final diagnosis (surgical pathology): Lung, right lower lobe, core biopsy: adenocarcinoma, acinar predominant, TTF-1
positive, napsin A positive.
Next-generation sequencing of the biopsy found an EGFR exon 21 L858R mutation; no ALK, ROS1 or RET rearrangement was
detected. She started osimertinib 80 mg daily in March 2021. The primary tumour shrank by 52% at eight weeks, a
partial response, which was maintained for 19 months. Grade 1 paronychia and grade 2 diarrhoea were managed without
dose reduction. In October 2022 a new liver lesion appeared and a repeat biopsy again showed adenocarcinoma with the
L858R mutation and an acquired MET amplification.

Discussion
EGFR-mutant adenocarcinomas make up about half of lung cancers in never-smokers in East Asia. Acquired MET
amplification is a known route of resistance. In a previously reported patient, an EML4-ALK fusion emerged after
osimertinib and responded to alectinib (Tanaka et al.). Such fusions were not found in our patient.
"""

ORGAN_THEN_HISTOLOGY_PANCREAS = """Case presentation
A 58-year-old man was referred with painless jaundice and a weight loss of 8 kg. His mother had died of breast
cancer at 61, and a brother was treated for colon cancer.
Magnetic resonance imaging showed a 2.9 cm hypoenhancing lesion in the head of the pancreas with encasement of the
superior mesenteric vein, and three hepatic lesions. Because the liver lesions were the most accessible, a
percutaneous liver biopsy was done first; it showed metastatic adenocarcinoma of pancreatic origin (CK7 positive,
CK20 negative, SMAD4 loss). Endoscopic ultrasound of the pancreatic mass was then performed. Cytology of the mass
showed a moderately differentiated ductal adenocarcinoma.
Germline testing found a pathogenic BRCA2 variant. He received modified FOLFIRINOX for six months with a partial
response, then maintenance olaparib. After 11 months on olaparib the liver lesions progressed, and he received
gemcitabine with nab-paclitaxel.

Discussion
Pancreatic cancer with germline BRCA mutations is sensitive to platinum. A differential diagnosis of
cholangiocarcinoma and of ampullary carcinoma was considered but excluded by the imaging and by the immunoprofile.
"""

REVISED_GLIOBLASTOMA = """Regorafenib after bevacizumab failure in an adult with an astrocytic tumour

Case report
A 47-year-old man had a first generalised seizure. MRI showed a 5 cm non-enhancing mass in the left frontal lobe, and
a subtotal resection was done in May 2019. The working diagnosis on the initial histology was anaplastic astrocytoma
(WHO grade 3). Molecular work-up at the reference centre found no IDH1 or IDH2 mutation, a TERT promoter mutation
and gain of chromosome 7 with loss of chromosome 10, and the diagnosis was revised to WHO grade 4 IDH-wildtype
glioblastoma. He received radiotherapy with concurrent and adjuvant temozolomide. At progression in 2020 he was
given bevacizumab, and in 2021 regorafenib, with stable disease for seven months.

Discussion
Molecular grading under the 2021 WHO classification upgrades many histologically lower-grade astrocytomas to
glioblastoma. Lower-grade IDH-mutant astrocytomas have a much better prognosis.
"""

GRADED_BREAST_SECOND_PRIMARY = """CASE DESCRIPTION
A 52-year-old woman felt a lump in her left breast. Mammography and core biopsy revealed a grade 2 infiltrating
ductal carcinoma of the left breast, ER 90%, PR 40%, HER2 1+. She underwent lumpectomy with sentinel node biopsy
(pT1cN0) and adjuvant radiotherapy, and started letrozole.
Staging ultrasound of the neck, done for a palpable nodule, found a 1.4 cm hypoechoic thyroid nodule. Fine-needle
aspiration was Bethesda VI, and total thyroidectomy confirmed a second primary, a papillary thyroid carcinoma,
classic variant, pT1bN0. She received no radioiodine.
Three years later, bone metastases from the breast cancer were found, and palbociclib was added to fulvestrant.

DISCUSSION
Synchronous breast and thyroid cancers are more common than chance would predict.
"""

NUT_STRUCTURED = """Background: NUT carcinoma is a rare, aggressive carcinoma defined by rearrangement of NUTM1.
Case presentationA 29-year-old man presented with nasal obstruction and epistaxis. CT showed a destructive mass of
the left nasal cavity and ethmoid sinus. Biopsy showed sheets of undifferentiated cells with abrupt keratinisation;
nuclear NUT staining was diffusely positive, and FISH with a NUTM1 break-apart probe showed a split signal. RNA
sequencing then identified a BRD4::NUTM1 fusion. The diagnosis was NUT carcinoma of the sinonasal tract. He received
induction with cisplatin and etoposide followed by chemoradiation, and had a partial response.
ConclusionsNUT carcinoma should be considered in undifferentiated carcinomas of the midline in young adults.
"""

SMARCB1_SINONASAL = """Case presentation
A 61-year-old woman had a six-week history of right facial pain and diplopia. MRI showed a mass of the right
maxillary sinus with orbital invasion. The initial impression was sinonasal undifferentiated carcinoma. On review,
the tumour cells had a basaloid and rhabdoid appearance, and immunohistochemistry showed complete loss of SMARCB1
(INI1) expression with retained SMARCA4. The final diagnosis was SMARCB1-deficient sinonasal carcinoma. She received
docetaxel, cisplatin and fluorouracil and then proton-beam chemoradiation, and was free of disease at 14 months.
"""

ALK_HISTIOCYTOSIS = """Case presentation
A 7-month-old girl was brought for hepatosplenomegaly, anaemia and a papular skin rash. Skin and liver biopsies
showed infiltrates of histiocytes with foamy and Touton-like cells. The differential diagnosis included Langerhans cell
histiocytosis, juvenile xanthogranuloma and Erdheim-Chester disease; CD1a and langerin were negative. The histiocytes
stained strongly for ALK, and targeted RNA sequencing showed a KIF5B-ALK fusion joining exon 24 of KIF5B to exon 20 of
ALK. The diagnosis was ALK-positive histiocytosis with systemic involvement. She was treated with alectinib, and the
liver and spleen returned to normal size within four months.
"""

FL_TRANSFORMED_DATES = """History of present illness
In 2012, a 56-year-old man was found to have cervical and axillary lymphadenopathy. Excision of an axillary node showed
follicular lymphoma, grade 1-2, stage IIIA. He was observed until 2015, when he received six cycles of bendamustine and
rituximab with a complete response, followed by rituximab maintenance until 2017.
In March 2020 he developed night sweats, a rising LDH and a rapidly enlarging retroperitoneal mass with an SUVmax of
24. A core biopsy of the mass showed transformation to diffuse large B-cell lymphoma, germinal centre type. He
received R-CHOP for six cycles with a partial response and then axicabtagene ciloleucel in January 2021, which led to
a complete metabolic response.
"""

EMC_TABLE = """Case presentation
A 44-year-old man noticed a slowly growing painless mass in the posterior right thigh. MRI showed a 9 cm lobulated
intramuscular lesion with high T2 signal. An ultrasound-guided biopsy was performed.
Table 1. Pathology and molecular findings
Finding | Result
Histology | Cords of eosinophilic cells in abundant myxoid stroma
Immunohistochemistry | S100 focal, INSM1 positive, keratin negative
Molecular | EWSR1-NR4A3 fusion (RT-PCR)
Diagnosis | Extraskeletal myxoid chondrosarcoma
He underwent wide excision and was well for three years, after which lung metastases appeared. He was treated with
pazopanib and the lung nodules remained stable for 16 months.
"""

TWO_PATIENT_SERIES = """Case 1
A 72-year-old man, a heavy smoker, was diagnosed with stage IIIB lung squamous cell carcinoma of the left upper lobe.
He was treated with concurrent carboplatin, paclitaxel and radiotherapy followed by durvalumab consolidation, with a
partial response lasting two years.
Case 2
A 16-year-old girl had a painful swelling of the left paraspinal soft tissue. Biopsy showed a small round blue cell
tumour with membranous CD99 staining. FISH with an EWSR1 break-apart probe was positive, and RT-PCR detected an
EWSR1-FLI1 fusion transcript. She was diagnosed with extraskeletal Ewing sarcoma and received vincristine,
doxorubicin and cyclophosphamide alternating with ifosfamide and etoposide, with a complete response.
"""

TITLE_OTHER_TUMOUR = """Beyond renal cell carcinoma: cabozantinib in a patient with a neuroendocrine tumour of the thyroid

Case presentation
A 59-year-old woman had a 3 cm nodule in the right thyroid lobe and a calcitonin of 2100 pg/mL. Total thyroidectomy
with central neck dissection confirmed medullary thyroid carcinoma with a germline RET C634R variant. Two years later
she had liver and bone metastases and started cabozantinib, approved for renal cell carcinoma and medullary thyroid
cancer; the calcitonin fell by 70% and the metastases were stable for 22 months.

Discussion
In renal cell carcinoma, cabozantinib prolongs survival after anti-angiogenic therapy (METEOR trial).
"""

CLINICAL_NOTE_FALLOPIAN = """PRINCIPAL DIAGNOSIS
Stage IVB high-grade serous carcinoma of the fallopian tube, germline BRCA1 mutation.

HISTORY OF PRESENT ILLNESS
A 63-year-old woman presented with abdominal distension. CT showed ascites, omental caking and a left pleural
effusion. Laparoscopic biopsy of the omentum showed high-grade serous carcinoma, WT1 and PAX8 positive, p53 aberrant.
At interval debulking the left fallopian tube fimbria was the site of origin, with serous tubal intraepithelial
carcinoma. She received carboplatin and paclitaxel for six cycles with a complete response and then olaparib
maintenance.
"""

ALK_BREAK_APART_IMT = """Case presentation
A 34-year-old woman had haemoptysis. Bronchoscopy showed a polypoid mass in the right main bronchus, and an endobronchial
biopsy showed a spindle cell proliferation with a lymphoplasmacytic infiltrate, ALK (D5F3) positive. FISH with an ALK
break-apart probe showed rearrangement in 62% of nuclei; the fusion partner could not be determined. The tumour was an
inflammatory myofibroblastic tumour of the lung. Because a sleeve resection would have sacrificed the right lung, she
received crizotinib, and the mass shrank by 80% before a bronchoscopic resection.

Discussion
Several partners of ALK have been described in inflammatory myofibroblastic tumour, such as TPM3::ALK and RANBP2::ALK,
the latter in epithelioid inflammatory myofibroblastic sarcoma.
"""

MEDICINE_STYLE_LABELS = """Rationale: Primary neuroendocrine neoplasms of the pancreas may first show themselves as liver metastases.
Patient concerns: A 49-year-old woman had right upper quadrant discomfort for two months.
Diagnoses: Liver, segment 6, needle biopsy: metastatic well-differentiated neuroendocrine tumour, grade 2 (Ki-67 8%),
consistent with a pancreatic primary. Gallium-68 DOTATATE PET then showed the primary in the pancreatic tail.
Interventions: She received lanreotide, and at progression 14 months later, everolimus.
Outcomes: The liver lesions were stable on everolimus for 20 months.
Lessons: A liver biopsy can name the primary of a neuroendocrine tumour before imaging finds it.
"""

PATHOLOGY_LINE_KIDNEY = """Case presentation
A 66-year-old man had painless haematuria. CT showed an 8 cm mass of the left kidney with a tumour thrombus in the
renal vein and two lung nodules.
Pathology: Kidney, left, radical nephrectomy: clear cell renal cell carcinoma, ISUP grade 3, pT3aN0, margins clear.
He started nivolumab and ipilimumab, and after four doses continued nivolumab alone. The lung nodules disappeared, a
complete response that lasted three years. Grade 2 hypothyroidism was treated with levothyroxine.
Discussion
Sarcomatoid features, which this tumour lacked, predict a good response to immune checkpoint inhibitors in renal
cell carcinoma. Papillary and chromophobe renal cell carcinomas respond less often.
"""

UNKNOWN_PRIMARY_THEN_FOUND = """Case report
A 57-year-old man, a non-smoker, noticed a painless lump in the right side of his neck. Fine-needle aspiration of a
level II lymph node showed metastatic squamous cell carcinoma, p16 positive. PET-CT then showed an FDG-avid lesion of
the right base of tongue, and a directed biopsy confirmed HPV-associated squamous cell carcinoma of the base of
tongue. He was treated with radiotherapy with weekly cisplatin and had a complete metabolic response. His father had
a laryngeal carcinoma.
"""

GLIOMA_GRADE_BETWEEN = """Case presentation
A 38-year-old woman had headaches and a focal seizure. MRI showed a calcified right frontal mass. Gross total
resection was done in 2016. Histology and molecular testing showed a WHO grade 2 oligodendroglioma, IDH-mutant and
1p/19q-codeleted. She was observed. In 2022 the tumour recurred with contrast enhancement; the second resection
showed progression to a CNS WHO grade 3 oligodendroglioma, and she received radiotherapy followed by PCV
chemotherapy (procarbazine, lomustine and vincristine).
"""

MELANOMA_YEARS = """History
In 2014, a 61-year-old man had a pigmented lesion of the upper back excised; it was a superficial spreading melanoma,
Breslow thickness 2.1 mm, ulcerated, with a positive sentinel node (stage IIIC). BRAF testing showed a V600E mutation.
He received adjuvant nivolumab for one year. In 2019 lung and brain metastases appeared, and he was treated with
dabrafenib and trametinib with a partial response. In 2021 the disease progressed and ipilimumab with nivolumab
was given. A basal cell carcinoma of the nose was excised in 2020.
"""

DIFFERENTIAL_THEN_LYMPHOMA = """Case presentation
A 34-year-old man had fevers, night sweats and a mediastinal mass of 11 cm. The differential diagnosis included
thymoma, a germ cell tumour, classical Hodgkin lymphoma and primary mediastinal large B-cell lymphoma. Serum AFP and
beta-hCG were normal. A CT-guided biopsy showed large B cells with sclerosis, CD20, CD23 and CD30 positive, and the
final diagnosis was primary mediastinal large B-cell lymphoma. He received DA-EPOCH-R for six cycles and achieved a
complete metabolic response.
"""

REPORTS = [
    ("pathology_line_lung", PATHOLOGY_LINE_LUNG, [{"NCIT:C5649"}], set()),
    ("organ_then_histology_pancreas", ORGAN_THEN_HISTOLOGY_PANCREAS, [{"NCIT:C9120"}], set()),
    ("revised_glioblastoma", REVISED_GLIOBLASTOMA, [{"NCIT:C3058", "NCIT:C39750"}], set()),
    ("graded_breast_second_primary", GRADED_BREAST_SECOND_PRIMARY, [{"NCIT:C4194", "NCIT:C4017"}, {"NCIT:C4035"}], set()),
    ("nut_structured", NUT_STRUCTURED, [{"NCIT:C45716"}], {("BRD4", "NUTM1")}),
    ("smarcb1_sinonasal", SMARCB1_SINONASAL, [{"KG:tumor-maxillary-sinus-cancer", "KG:tumor-paranasal-sinus-cancer"}], set()),
    ("alk_histiocytosis", ALK_HISTIOCYTOSIS, [{"KG:tumor-alk-positive-histiocytosis"}], {("KIF5B", "ALK")}),
    ("fl_transformed_dates", FL_TRANSFORMED_DATES, [{"NCIT:C3209"}, {"NCIT:C36080", "NCIT:C45231", "NCIT:C8851"}], set()),
    ("emc_table", EMC_TABLE, [{"NCIT:C27502", "NCIT:C7924"}], {("EWSR1", "NR4A3")}),
    ("title_other_tumour", TITLE_OTHER_TUMOUR, [{"NCIT:C3879"}], set()),
    ("clinical_note_fallopian", CLINICAL_NOTE_FALLOPIAN, [{"KG:tumor-high-grade-serous-fallopian-tube-cancer"}], set()),
    ("medicine_style_labels", MEDICINE_STYLE_LABELS, [{"NCIT:C27720"}], set()),
    ("pathology_line_kidney", PATHOLOGY_LINE_KIDNEY, [{"NCIT:C4033"}], set()),
    ("unknown_primary_then_found", UNKNOWN_PRIMARY_THEN_FOUND, [{"NCIT:C4648", "NCIT:C8181"}], set()),
    ("glioma_grade_between", GLIOMA_GRADE_BETWEEN, [{"NCIT:C129321", "NCIT:C3288", "NCIT:C4326"}], set()),
    ("melanoma_years", MELANOMA_YEARS, [{"NCIT:C3510", "NCIT:C3224"}, {"NCIT:C2921"}], set()),
    ("differential_then_lymphoma", DIFFERENTIAL_THEN_LYMPHOMA, [{"NCIT:C9280"}], set()),
    ("alk_break_apart_imt", ALK_BREAK_APART_IMT, [{"NCIT:C39740", "NCIT:C6481"}], {(None, "ALK")}),
]

# A two-patient series: one list per case.
SERIES = [("two_patient_series", TWO_PATIENT_SERIES,
           [[{"NCIT:C3493"}], [{"NCIT:C27293", "KG:tumor-ewing-sarcoma-of-soft-tissue"}]],
           [set(), {("EWSR1", "FLI1")}])]
