"""Complete made-up case reports of session 31, second batch (written for these tests; no page copied): the shapes of
ordinary journal case reports (a PubMed abstract, a structured abstract with glued labels, a full text whose
Discussion cites other patients, a course over years with dates, a letter, a revision after immunohistochemistry, a
fusion told by FISH and its partner found later). Entries as in reports31."""

GCT_THEN_AML = """Acute megakaryoblastic leukaemia after a mediastinal germ cell tumour: a case report

Abstract
We describe a 26-year-old man with a primary mediastinal nonseminomatous germ cell tumour. The resected mass contained
yolk sac tumour and mature teratoma components. He received four cycles of bleomycin, etoposide and cisplatin, and the
alpha-fetoprotein normalised. Eight months later he developed thrombocytopenia, and a marrow trephine showed acute
megakaryoblastic leukaemia with isochromosome 12p in the blasts, sharing the clonal origin of the germ cell tumour. He
received azacitidine with venetoclax but died of sepsis. Haematological malignancies arising from mediastinal germ cell
tumours carry a very poor prognosis.
"""

SFT_GLUED = """BackgroundSolitary fibrous tumours are fibroblastic neoplasms defined by a NAB2::STAT6 fusion; most are benign, but
a minority metastasise.
Case presentationA 66-year-old woman had dyspnoea and a large right pleural mass. Resection showed a cellular spindle
cell tumour with staghorn vessels, 9 mitoses per 10 high-power fields and necrosis, with diffuse nuclear STAT6 staining.
RNA sequencing detected a NAB2 exon 6 to STAT6 exon 16 fusion. The diagnosis was malignant solitary fibrous tumour of the
pleura. Liver metastases appeared three years later, and she received temozolomide with bevacizumab, with stable
disease for 18 months, then pazopanib.
ConclusionsPazopanib and temozolomide-bevacizumab are options for metastatic solitary fibrous tumour.
"""

ROS1_DISCUSSION_CITES = """Case presentation
A 43-year-old never-smoking woman had a cough and a left pleural effusion. Thoracoscopic pleural biopsy showed
adenocarcinoma, TTF-1 positive, consistent with a lung primary. Targeted RNA sequencing found a CD74::ROS1 fusion
(CD74 exon 6, ROS1 exon 34). She received entrectinib, and the effusion resolved; a partial response lasted 26 months.
At progression a brain metastasis was resected, and the tumour still carried CD74::ROS1 with an added ROS1 G2032R
mutation. Repotrectinib was started.

Discussion
ROS1 fusions occur in about 2% of lung adenocarcinomas. Among the published patients treated after crizotinib, an
EZR::ROS1-positive tumour responded to lorlatinib, and an SDC4-ROS1 tumour with G2032R did not. In a second reported
case, SLC34A2::ROS1 co-existed with an EGFR mutation.
"""

LOBULAR_YEARS = """Case report
In March 2015, a 51-year-old woman was diagnosed with invasive lobular carcinoma of the right breast, grade 2, ER 95%,
PR 20%, HER2 negative, pT2N1a. She had mastectomy, adjuvant docetaxel and cyclophosphamide, radiotherapy and then
anastrozole. In June 2019 bone metastases were found, and palbociclib was added to fulvestrant. In August 2022 a liver
lesion was biopsied; it showed metastatic carcinoma with a lobular pattern, E-cadherin negative, consistent with the
known breast primary. She then received capecitabine. Her sister had been treated for a serous ovarian carcinoma.
"""

LETTER_MDS_AML = """To the Editor:
We read with interest the report of venetoclax combinations in secondary leukaemias. We treated a 72-year-old man with
myelodysplastic syndrome with excess blasts-2, who received six cycles of azacitidine. In 2023 his marrow blasts rose
to 34%, and the disease had progressed to acute myeloid leukaemia with myelodysplasia-related changes. Venetoclax was
added to azacitidine, and a complete remission with incomplete count recovery was reached after two cycles.
"""

CUP_REVISED_MELANOMA = """Case presentation
A 58-year-old man had an enlarged left inguinal node. Excision was first reported as poorly differentiated carcinoma
of unknown primary. Further immunohistochemistry showed SOX10, S100 and HMB-45 positivity with negative keratins, and
the diagnosis was revised to metastatic melanoma of unknown primary. A BRAF V600E mutation was found, and he received
dabrafenib and trametinib with a complete response.
"""

ROS1_FISH_THEN_PARTNER = """Case presentation
A 36-year-old man had haemoptysis and a right hilar mass. Bronchoscopic biopsy showed lung adenocarcinoma. FISH with a
ROS1 break-apart probe showed a rearrangement in 55% of tumour cells. Next-generation sequencing later identified SLC34A2
as the fusion partner. He received crizotinib and had a partial response.
"""

CLEAR_CELL_SARCOMA_TITLE = """Lessons from melanoma: clear cell sarcoma of the Achilles tendon treated with immunotherapy

Case presentation
A 31-year-old woman had a slowly growing mass at the right heel. Excision showed nests of pale cells with
melanocytic markers (S100, HMB-45, SOX10), and RT-PCR detected an EWSR1::ATF1 fusion, establishing clear cell sarcoma
of the Achilles tendon rather than melanoma. Lung metastases appeared two years later, and she received ipilimumab
and nivolumab with a partial response.

Discussion
Clear cell sarcoma was once called malignant melanoma of soft parts. Unlike cutaneous melanoma, it lacks BRAF
mutations.
"""

REPORTS = [
    ("gct_then_aml", GCT_THEN_AML, [{"KG:tumor-non-seminomatous-germ-cell-tumor", "NCIT:C4290"}, {"NCIT:C3170"}], set()),
    ("sft_glued", SFT_GLUED, [{"NCIT:C7634"}], {("NAB2", "STAT6")}),
    ("ros1_discussion_cites", ROS1_DISCUSSION_CITES, [{"NCIT:C3512"}], {("CD74", "ROS1")}),
    ("lobular_years", LOBULAR_YEARS, [{"NCIT:C7950"}], set()),
    ("letter_mds_aml", LETTER_MDS_AML, [{"NCIT:C7168"}, {"NCIT:C7600"}], set()),
    ("cup_revised_melanoma", CUP_REVISED_MELANOMA, [{"KG:tumor-melanoma-of-unknown-primary", "NCIT:C3224"}], set()),
    ("ros1_fish_then_partner", ROS1_FISH_THEN_PARTNER, [{"NCIT:C3512"}], {("SLC34A2", "ROS1")}),
    ("clear_cell_sarcoma_title", CLEAR_CELL_SARCOMA_TITLE, [{"NCIT:C3745"}], {("EWSR1", "ATF1")}),
]
