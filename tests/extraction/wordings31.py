"""Short made-up diagnosis wordings of session 31 (written for these tests, no page copied): a case paragraph each,
the way pathology lines and clinical notes tell a tumour (organ and histology apart, a stage or grade between, a
metastasis biopsied first, a molecular class, a revision, a subtype after the name). Each: (name, text, the ids any
of which the one case's one diagnosis may have)."""

C = "Case presentation\n"

WORDINGS = [
 ("path_line_colon_rectum", C + "A 59-year-old man had rectal bleeding.\nPathology: Rectum, 8 cm from the anal verge, biopsy: adenocarcinoma, moderately differentiated, MMR proficient.\nHe received capecitabine with radiotherapy.", {"NCIT:C9383"}),
 ("path_line_stomach", C + "A 63-year-old woman had epigastric pain. Stomach, antrum, endoscopic biopsy: poorly cohesive carcinoma with signet-ring cells. She received FLOT.", {"NCIT:C5250", "NCIT:C4004"}),
 ("path_line_prostate", C + "A 71-year-old man had a PSA of 48 ng/mL. Prostate, right base, needle core biopsy: acinar adenocarcinoma, Gleason score 4+4=8. He began degarelix.", {"NCIT:C5596", "NCIT:C2919"}),
 ("path_line_breast", C + "A 44-year-old woman felt a lump. Breast, left, 2 o'clock, core biopsy: invasive carcinoma of no special type, grade 3, ER negative, PR negative, HER2 3+. She received docetaxel, trastuzumab and pertuzumab.", {"NCIT:C4194", "NCIT:C4017"}),
 ("path_line_endometrium", C + "A 66-year-old woman had postmenopausal bleeding. Endometrium, curettage: endometrioid adenocarcinoma, FIGO grade 1. She underwent hysterectomy.", {"NCIT:C6287"}),
 ("organ_next_sentence_kidney", C + "A 58-year-old man had flank pain. CT showed a 7 cm mass of the right kidney. Percutaneous biopsy showed clear cell carcinoma, and he received pembrolizumab with axitinib.", {"NCIT:C4033"}),
 ("organ_next_sentence_ovary", C + "A 61-year-old woman had bloating. Ultrasound showed a 12 cm complex mass of the left ovary. Histology after salpingo-oophorectomy showed a clear cell carcinoma. She received carboplatin and paclitaxel.", {"NCIT:C40078"}),
 ("organ_next_sentence_thyroid", C + "A 37-year-old woman had a neck swelling. Ultrasound showed a 2.5 cm nodule in the left thyroid lobe. Fine-needle aspiration showed papillary carcinoma, and total thyroidectomy followed.", {"NCIT:C4035"}),
 ("stage_between_lung_scc", C + "A 68-year-old smoker was diagnosed with stage IVA squamous cell lung carcinoma and received pembrolizumab with carboplatin and paclitaxel.", {"NCIT:C3493"}),
 ("stage_between_nsclc_adeno", C + "A 52-year-old never-smoker had stage IV non-small cell lung adenocarcinoma harbouring an EGFR exon 19 deletion; osimertinib was started.", {"NCIT:C3512"}),
 ("grade_between_breast", C + "A 49-year-old woman was found to have a grade 2 infiltrating ductal carcinoma of the right breast and received letrozole with ribociclib.", {"NCIT:C4194", "NCIT:C4017"}),
 ("who_grade_glioblastoma", C + "A 55-year-old man had aphasia. Resection showed a CNS WHO grade 4 glioblastoma, IDH-wildtype, MGMT promoter unmethylated. He received radiotherapy with temozolomide.", {"NCIT:C3058", "NCIT:C39750"}),
 ("idh_wildtype_before", C + "A 62-year-old woman was treated for an IDH-wildtype glioblastoma of the left temporal lobe with radiotherapy and temozolomide.", {"NCIT:C3058", "NCIT:C39750"}),
 ("grade_between_fl", C + "A 60-year-old man had grade 3A follicular lymphoma, stage IV, and received obinutuzumab with bendamustine.", {"NCIT:C3209"}),
 ("metastasis_first_liver_colon", C + "A 54-year-old man had abnormal liver tests. A liver biopsy showed metastatic adenocarcinoma, CK20 and CDX2 positive, of colorectal origin; colonoscopy then found a sigmoid primary. He received FOLFOX with panitumumab.", {"NCIT:C4349", "NCIT:C5105", "NCIT:C213278"}),
 ("metastasis_first_bone_lung", C + "A 66-year-old woman had back pain. Biopsy of a T10 vertebral lesion showed metastatic adenocarcinoma of pulmonary origin, TTF-1 positive. She received osimertinib for an EGFR L858R mutation.", {"NCIT:C3512"}),
 ("metastasis_first_node_breast", C + "A 47-year-old woman had an axillary lump. Excision of the node showed metastatic carcinoma consistent with a breast primary, GATA3 positive; MRI found a 9 mm lesion in the left breast. She received chemotherapy.", {"NCIT:C4872"}),
 ("molecular_class_nut", C + "A 24-year-old man had a mediastinal mass. Biopsy showed NUT carcinoma, and he received cisplatin and etoposide.", {"NCIT:C45716", "KG:tumor-nut-carcinoma-of-the-lung"}),
 ("molecular_class_alk_histiocytosis", C + "A 2-year-old boy had a mass of the brain stem. Biopsy showed ALK-positive histiocytosis, and he received lorlatinib.", {"KG:tumor-alk-positive-histiocytosis"}),
 ("molecular_class_dmg", C + "A 7-year-old girl had diplopia. MRI showed a pontine lesion, and biopsy showed a diffuse midline glioma, H3 K27-altered. She received radiotherapy and then ONC201.", {"NCIT:C185368"}),
 ("revised_after_ihc", C + "A 45-year-old woman had a pelvic mass. The initial diagnosis was leiomyosarcoma, but immunohistochemistry showed diffuse CD10 and cyclin D1 positivity, and the diagnosis was revised to high-grade endometrial stromal sarcoma. She received doxorubicin.", {"NCIT:C8973"}),
 ("revised_on_review", C + "A 33-year-old man had cervical lymphadenopathy, first reported as classical Hodgkin lymphoma. On central review the diagnosis was changed to ALK-negative anaplastic large cell lymphoma, and he received brentuximab vedotin with CHP.", {"NCIT:C37194"}),
 ("family_history_not_dx", C + "A 39-year-old woman, whose mother and aunt had ovarian cancer, was diagnosed with triple-negative breast cancer and received pembrolizumab with chemotherapy.", {"NCIT:C4872"}),
 ("differential_list_not_dx", C + "A 14-year-old boy had a femoral mass. The differential diagnosis included Ewing sarcoma, lymphoma and osteomyelitis. Biopsy showed osteosarcoma, and he received methotrexate, doxorubicin and cisplatin.", {"NCIT:C9145"}),
 ("extraskeletal_osteosarcoma", C + "A 62-year-old man had a thigh mass. Resection showed an extraskeletal osteosarcoma, and he received doxorubicin and ifosfamide.", {"NCIT:C8810"}),
 ("soft_tissue_variant_ewing", C + "A 19-year-old woman had a chest wall mass. Biopsy showed extraskeletal Ewing sarcoma with an EWSR1::FLI1 fusion, and VDC/IE chemotherapy was started.", {"NCIT:C27293", "KG:tumor-ewing-sarcoma-of-soft-tissue"}),
 ("histology_then_site_of", C + "A 57-year-old man had dysphagia. Endoscopy showed a mass at 30 cm; biopsy showed squamous cell carcinoma of the oesophagus, and he received chemoradiation with carboplatin and paclitaxel.", {"NCIT:C4024"}),
 ("subtype_after_dlbcl", C + "A 70-year-old woman had diffuse large B-cell lymphoma, non-germinal centre B-cell type, stage IIIA, and received R-CHOP.", {"NCIT:C36081", "NCIT:C45231"}),
 ("subtype_after_rms", C + "A 6-year-old boy had an orbital mass; biopsy showed rhabdomyosarcoma, embryonal type, and he received vincristine, actinomycin D and cyclophosphamide.", {"NCIT:C8971"}),
 ("transformation_cll_richter", C + "A 68-year-old man with chronic lymphocytic leukaemia on ibrutinib had rising LDH; a node biopsy showed Richter transformation to diffuse large B-cell lymphoma. He received R-CHOP.", None),
 ("second_primary_after_years", C + "A 74-year-old man had been treated for prostate adenocarcinoma with radiotherapy in 2012. In 2020 he developed a cough, and bronchoscopic biopsy showed small cell lung carcinoma; he received carboplatin and etoposide.", None),
 ("clinical_note_dx_label", "PRINCIPAL DIAGNOSIS\nMetastatic pancreatic ductal adenocarcinoma.\n\nHISTORY OF PRESENT ILLNESS\nA 69-year-old woman presented with jaundice. A biopsy showed adenocarcinoma. She received gemcitabine and nab-paclitaxel.", {"NCIT:C9120"}),
 ("final_dx_heading_hgsc", "Final diagnosis\nHigh-grade serous carcinoma of the ovary, FIGO IIIC.\n\nCase presentation\nA 58-year-old woman had ascites. Biopsy of the omentum showed serous carcinoma. She received carboplatin and paclitaxel.", {"KG:tumor-high-grade-serous-ovarian-cancer"}),
 ("adenocarcinoma_solid_predominant", C + "A 72-year-old man underwent lobectomy of the right upper lobe of the lung; histology showed invasive adenocarcinoma, solid predominant, and he received adjuvant chemotherapy with cisplatin and pemetrexed.", {"NCIT:C3512"}),
]

# several diagnoses expected: (name, text, list of alternatives sets)
MULTI = [
 ("transformation_cll_richter", dict((n, t) for n, t, _ in WORDINGS)["transformation_cll_richter"],
  [{"NCIT:C3163"}, {"NCIT:C45231"}]),
 ("second_primary_after_years", dict((n, t) for n, t, _ in WORDINGS)["second_primary_after_years"],
  [{"NCIT:C2919"}, {"NCIT:C4917"}]),
]

# fusions in context: (name, text, the one case's fusions as (5', 3') pairs, None for an unnamed partner)
FUSIONS = [
 ("fish_probe_showed_rearrangement", C + "A 34-year-old woman had an endobronchial mass. FISH with an ALK break-apart probe showed rearrangement in 62% of nuclei, and the partner was not identified. She received crizotinib.", {(None, "ALK")}),
 ("fish_probe_revealed_split", C + "A 45-year-old man had lung adenocarcinoma. Interphase FISH using a ROS1 break-apart probe revealed split signals in 40% of cells; he received entrectinib.", {(None, "ROS1")}),
 ("probe_for_gene_detected", C + "A 61-year-old woman had papillary thyroid carcinoma. A break-apart probe for the RET gene detected a rearrangement, and selpercatinib was started.", {(None, "RET")}),
 ("fish_probe_no_rearrangement", C + "A 66-year-old man had lung adenocarcinoma. FISH with an ALK break-apart probe showed no rearrangement, and he received carboplatin and pemetrexed.", set()),
 ("fish_then_partner_next_sentence", C + "A 36-year-old man had lung adenocarcinoma. FISH with a ROS1 break-apart probe showed a rearrangement. Sequencing later identified SLC34A2 as the fusion partner, and crizotinib was given.", {("SLC34A2", "ROS1")}),
 ("exons_both_partners_non_kinase", C + "A 58-year-old woman had a pleural mass; RNA sequencing found a NAB2 exon 4 to STAT6 exon 2 fusion, and she received pazopanib.", {("NAB2", "STAT6")}),
 ("fusion_between_non_kinase", C + "A 40-year-old man had a thigh sarcoma; sequencing showed a fusion between FUS and DDIT3, and he received trabectedin.", {("FUS", "DDIT3")}),
 ("gene_list_not_fusion", C + "A 55-year-old woman had lung adenocarcinoma; rearrangements of ALK and ROS1 were not found, and she received pembrolizumab.", set()),
 ("cited_patient_fusion", "Case presentation\nA 49-year-old woman had lung adenocarcinoma with an EGFR L858R mutation and received osimertinib.\n\nDiscussion\nIn a previously reported patient, a CCDC6-RET fusion emerged at progression on osimertinib.", set()),
 ("pathology_paragraph_fusion", C + "A 9-month-old boy had a mass of the forearm. Histology showed a spindle cell tumour in fascicles; RT-PCR detected an ETV6-NTRK3 fusion transcript, and the diagnosis was infantile fibrosarcoma. He received larotrectinib.", {("ETV6", "NTRK3")}),
]
