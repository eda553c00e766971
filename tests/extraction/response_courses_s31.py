"""Made-up treatment courses (session 31, rwin31) for which line a response belongs to: each a whole report with
2-4 lines told by dates, intervals, cycle counts, "then/subsequently", a flattened line table, a timeline, a switch
for toxicity, a response told only in the Discussion, a two-patient series; with the (drug, class) pairs the gold
conventions give (a regimen's response for each drug; relapse after a completed line and progression after a stop
for toxicity are no PD; progression on maintenance is PD of the drugs still given; one pair per drug and class)."""

HEAD = "{title}\n\nAbstract\n\n{abstract}\n\nCase presentation\n\n{case}\n\nDiscussion\n\n{discussion}\n"


def report(title: str, abstract: str, case: str, discussion: str) -> str:
    return HEAD.format(title=title, abstract=abstract, case=case, discussion=discussion)


COURSES = {
    # dates and months; an explicit PD ends each line
    "dated_egfr_lung": (report(
        "Three lines of therapy in EGFR-mutant lung adenocarcinoma: a case report",
        "We describe a woman with EGFR exon 19 deletion lung adenocarcinoma treated with three consecutive lines.",
        "A 61-year-old never-smoking woman was diagnosed with stage IV lung adenocarcinoma harbouring an EGFR exon "
        "19 deletion in March 2019. She started gefitinib 250 mg daily in April 2019. A CT scan in July 2019 "
        "showed a partial response of the primary tumour and the pleural nodules. In February 2021, CT revealed "
        "progressive disease with new liver metastases. A plasma assay detected EGFR T790M, and osimertinib was "
        "started in March 2021. Three months later, the liver lesions had decreased by 45%, a partial response by "
        "RECIST. In August 2022, MRI demonstrated disease progression in the brain, and she was switched to "
        "carboplatin and pemetrexed. After four cycles, restaging in December 2022 showed stable disease. She died "
        "of pneumonia in May 2023.",
        "Sequential EGFR inhibitors gave this patient almost three years of disease control. Chemotherapy after "
        "osimertinib remains the standard in the absence of a targetable resistance mechanism."),
        {("gefitinib", "PR"), ("gefitinib", "PD"), ("osimertinib", "PR"), ("osimertinib", "PD"),
         ("carboplatin", "SD"), ("pemetrexed", "SD")}),

    # progression told before the next line's drug in the same sentence; toxicity stop; "despite"
    "despite_sarcoma": (report(
        "Leiomyosarcoma of the uterus treated with four lines: case report",
        "A woman with metastatic uterine leiomyosarcoma received four lines of systemic therapy.",
        "A 52-year-old woman underwent hysterectomy for a uterine leiomyosarcoma in 2017; lung metastases appeared "
        "a year later. She received doxorubicin and ifosfamide. Progressive disease was documented after three "
        "cycles of doxorubicin and ifosfamide, and she was switched to gemcitabine and docetaxel. After four cycles "
        "of gemcitabine and docetaxel, the disease remained stable. Pazopanib was then started as third-line "
        "therapy in January 2020; it was stopped after six weeks because of grade 3 hepatotoxicity. Follow-up CT "
        "two months later showed progression of the lung nodules. She subsequently received trabectedin, with "
        "progressive disease after three cycles, and was referred to palliative care.",
        "Few options exist after anthracyclines in leiomyosarcoma. Trabectedin and eribulin have modest activity "
        "in trials."),
        {("doxorubicin", "PD"), ("ifosfamide", "PD"), ("gemcitabine", "SD"), ("docetaxel", "SD"),
         ("trabectedin", "PD")}),

    # induction then maintenance; progression on maintenance; salvage regimen named with components
    "maintenance_lymphoma": (report(
        "Relapsed follicular lymphoma after rituximab maintenance",
        "A man with follicular lymphoma relapsed during rituximab maintenance and responded to salvage therapy.",
        "A 58-year-old man with stage III follicular lymphoma received six cycles of R-CHOP (rituximab, "
        "cyclophosphamide, doxorubicin, vincristine and prednisone) from May 2015. The end-of-treatment PET-CT "
        "showed a complete metabolic response. He then received rituximab maintenance every two months. Eighteen "
        "months later, while still on maintenance, PET-CT showed progressive disease in the abdominal nodes. "
        "Salvage therapy with R-ICE (rituximab, ifosfamide, carboplatin and etoposide) was given for three cycles "
        "and achieved a partial response. He subsequently underwent autologous transplantation after BEAM "
        "conditioning and remains in remission two years later.",
        "Early progression during maintenance identifies patients at high risk. Transplantation consolidated the "
        "response in our patient."),
        {("rituximab", "CR"), ("cyclophosphamide", "CR"), ("doxorubicin", "CR"), ("vincristine", "CR"),
         ("rituximab", "PD"), ("rituximab", "PR"), ("ifosfamide", "PR"), ("carboplatin", "PR"),
         ("etoposide", "PR")}),

    # switch for toxicity without progression; response after the stop; later progression off therapy
    "toxicity_switch_melanoma": (report(
        "Response after discontinuation of combined checkpoint blockade in BRAF V600E melanoma",
        "A patient with BRAF V600E melanoma stopped immunotherapy for colitis and later received targeted therapy.",
        "A 47-year-old man presented with BRAF V600E-mutant melanoma metastatic to the lungs in October 2020. He "
        "received nivolumab plus ipilimumab. After two doses, he developed grade 3 colitis and treatment was "
        "permanently discontinued. Restaging at 12 weeks showed a partial response. Eleven months after the last "
        "dose, new subcutaneous nodules appeared and progression was confirmed. Dabrafenib and trametinib were "
        "started in November 2021, and by March 2022 he had a complete response.",
        "Responses to checkpoint blockade may persist after early discontinuation for toxicity."),
        {("nivolumab", "PR"), ("ipilimumab", "PR"), ("dabrafenib", "CR"), ("trametinib", "CR")}),

    # a flattened table of lines with a best response column
    "table_colon": (
        "Metastatic colon cancer with a long treatment history\n\nCase presentation\n\n"
        "A 66-year-old man with KRAS-mutant sigmoid adenocarcinoma and liver metastases received three lines of "
        "therapy, summarised in Table 1.\n\n"
        "Table 1. Lines of systemic therapy\n"
        "Line\tRegimen\tPeriod\tBest response\n"
        "1\tFOLFOX (5-fluorouracil, leucovorin, oxaliplatin)\t03/2018-09/2018\tPartial response\n"
        "2\tFOLFIRI (5-fluorouracil, leucovorin, irinotecan) plus bevacizumab\t11/2018-06/2019\tStable disease\n"
        "3\tRegorafenib\t07/2019-10/2019\tProgressive disease\n\n"
        "He entered hospice care in December 2019.\n\nDiscussion\n\nThe sequence followed current guidelines.\n",
        {("fluorouracil", "PR"), ("leucovorin", "PR"), ("oxaliplatin", "PR"), ("fluorouracil", "SD"),
         ("leucovorin", "SD"), ("irinotecan", "SD"), ("bevacizumab", "SD"), ("regorafenib", "PD")}),

    # a timeline paragraph of dated events
    "timeline_gist": (report(
        "Gastric GIST over three years: a timeline",
        "We report the course of a KIT exon 11-mutant gastric GIST.",
        "A 70-year-old woman had an unresectable KIT exon 11-mutant gastric GIST diagnosed in January 2017. "
        "Timeline: February 2017, imatinib 400 mg daily started; June 2017, CT showed a partial response; March "
        "2019, progression in the liver; April 2019, sunitinib started; August 2019, stable disease; January "
        "2020, progression; February 2020, regorafenib started. She was alive on regorafenib at last follow-up.",
        "Second- and third-line tyrosine kinase inhibitors give modest benefit in GIST."),
        {("imatinib", "PR"), ("imatinib", "PD"), ("sunitinib", "SD"), ("sunitinib", "PD")}),

    # a response told only in the Discussion
    "discussion_only_alk": (report(
        "Crizotinib then lorlatinib in ALK-rearranged lung cancer",
        "A man with ALK-rearranged lung adenocarcinoma received crizotinib and then lorlatinib.",
        "A 39-year-old man was diagnosed with ALK-rearranged lung adenocarcinoma in May 2018 and started "
        "crizotinib 250 mg twice daily. After 14 months, he was switched to lorlatinib because of new brain "
        "lesions. He continues lorlatinib at 20 months without new symptoms.",
        "In our patient, crizotinib produced a partial response lasting 14 months, and lorlatinib achieved a "
        "complete intracranial response. Alectinib has shown intracranial activity in prior reports of other "
        "patients."),
        {("crizotinib", "PR"), ("crizotinib", "PD"), ("lorlatinib", "CR")}),

    # "subsequently", intervals, cycle counts
    "intervals_prostate": (report(
        "Metastatic prostate cancer with a BRCA2 mutation",
        "We report a man with BRCA2-mutant metastatic prostate cancer treated with several lines.",
        "A 64-year-old man had de novo metastatic prostate adenocarcinoma in 2016. He received degarelix and six "
        "cycles of docetaxel; CT after the sixth cycle showed a partial response. Two years later, a rising PSA "
        "led to enzalutamide. Subsequently, after eight months of enzalutamide, bone scan and CT documented "
        "radiographic progression. Germline testing revealed a BRCA2 mutation and olaparib was started. Six "
        "months later, his disease remained stable by RECIST.",
        "PARP inhibition is effective in BRCA2-mutated prostate cancer."),
        {("degarelix", "PR"), ("docetaxel", "PR"), ("enzalutamide", "PD"), ("olaparib", "SD")}),

    # progression told before the new drug; a regimen response; the PD must not reach line 2
    "before_mention_urothelial": (report(
        "Pembrolizumab after platinum failure in urothelial carcinoma",
        "A patient with metastatic urothelial carcinoma responded to pembrolizumab after platinum failure.",
        "A 71-year-old man with metastatic bladder urothelial carcinoma was treated with gemcitabine and "
        "cisplatin from January 2020. Disease progressed despite four cycles of gemcitabine and cisplatin, so "
        "second-line pembrolizumab was started in June 2020. A CT after four months demonstrated a partial "
        "response, which was maintained at one year.",
        "Checkpoint inhibitors are the standard after platinum failure."),
        {("gemcitabine", "PD"), ("cisplatin", "PD"), ("pembrolizumab", "PR")}),

    # relapse long after a completed line; new line's response
    "restaging_late_glioma": (report(
        "Bevacizumab for recurrent glioblastoma",
        "A man with glioblastoma relapsed after completion of adjuvant temozolomide.",
        "A 55-year-old man underwent resection of an IDH-wildtype glioblastoma in 2017, followed by radiotherapy "
        "with concurrent temozolomide and twelve cycles of adjuvant temozolomide, completed in December 2018. An "
        "MRI in March 2020 showed recurrence in the resection cavity. Bevacizumab was started in April 2020, and "
        "MRI two months later showed stable disease. In November 2020 MRI revealed progressive disease and "
        "lomustine was added to bevacizumab.",
        "Late recurrences after temozolomide are common."),
        {("bevacizumab", "SD"), ("bevacizumab", "PD")}),

    # the progression ending line 1 is not line 2's; then line 2 responds
    "progression_renal": (report(
        "Nivolumab after sunitinib in clear cell renal cell carcinoma",
        "A woman with clear cell RCC received sunitinib and then nivolumab.",
        "A 60-year-old woman with metastatic clear cell renal cell carcinoma started sunitinib in 2016. CT after "
        "three months showed stable disease. In 2018, progression on sunitinib led to nivolumab. After six "
        "months of nivolumab the lung metastases had shrunk, a partial response.",
        "Nivolumab improves survival after antiangiogenic therapy."),
        {("sunitinib", "SD"), ("sunitinib", "PD"), ("nivolumab", "PR")}),

    # maintenance after induction with a CR continuing: no new response of the maintenance drug
    "maintenance_ovary": (report(
        "Olaparib maintenance in BRCA1-mutated ovarian cancer",
        "A woman with BRCA1-mutated high-grade serous ovarian carcinoma received chemotherapy and olaparib.",
        "A 49-year-old woman with stage IIIC high-grade serous ovarian carcinoma and a germline BRCA1 mutation "
        "underwent debulking surgery followed by six cycles of carboplatin and paclitaxel. CT after the sixth "
        "cycle showed a complete response. She then started olaparib maintenance in October 2019 and remains "
        "free of disease at 30 months.",
        "PARP inhibitor maintenance prolongs remission after platinum response."),
        {("carboplatin", "CR"), ("paclitaxel", "CR")}),
}

# a two-patient series: each patient's pairs
SERIES = ("ALK and ROS1 fusion inflammatory myofibroblastic tumours in two children\n\nCase presentation\n\n"
          "Patient 1\n\nAn 8-year-old boy had an abdominal inflammatory myofibroblastic tumour with a TPM3::ALK fusion. "
          "Crizotinib was started in June 2019, and MRI at 3 months showed a partial response.\n\n"
          "Patient 2\n\nA 12-year-old girl had an endobronchial inflammatory myofibroblastic tumour with a TFG::ROS1 "
          "fusion. She received entrectinib from January 2020 and achieved a complete response by July 2020. "
          "Disease progression occurred in 2021, and she was switched to repotrectinib.\n\n"
          "Discussion\n\nKinase inhibitors are effective in fusion-positive IMT.\n")
SERIES_PAIRS = [{("crizotinib", "PR")}, {("entrectinib", "CR"), ("entrectinib", "PD")}]

# harder shapes: a stop told without the drug's name mid-sentence, local treatment inside a running line, a
# progression told before the drug it grew on with the course's length between
HARD = {
    "stop_unnamed_midsentence_glioma": (report(
        "Lomustine at first recurrence of glioblastoma",
        "A woman with glioblastoma was controlled on lomustine until myelotoxicity.",
        "A 49-year-old woman had an IDH-wildtype glioblastoma resected in 2020 and completed chemoradiation with "
        "temozolomide. At first recurrence, lomustine was started in March 2021. MRI after two cycles showed stable "
        "disease. After six cycles, in October 2021, treatment was discontinued because of grade 3 "
        "thrombocytopenia. In January 2022, MRI showed a new enhancing lesion, consistent with progression, and "
        "regorafenib was discussed but not given.",
        "Myelotoxicity limits lomustine."),
        {("lomustine", "SD")}),
    "stop_unnamed_midsentence_breast": (report(
        "Capecitabine in metastatic breast cancer",
        "A woman with metastatic breast cancer received capecitabine.",
        "A 63-year-old woman with hormone receptor-positive metastatic breast cancer started capecitabine in June "
        "2018. CT in September 2018 showed a partial response. In April 2019, because of grade 3 hand-foot "
        "syndrome, therapy was stopped. Eight months later, bone scan showed progressive disease.",
        "Hand-foot syndrome is common with capecitabine."),
        {("capecitabine", "PR")}),
    "palliative_rt_inside_line": (report(
        "Pembrolizumab in lung adenocarcinoma with a painful bone metastasis",
        "A man with lung adenocarcinoma progressed early on pembrolizumab.",
        "A 70-year-old man with PD-L1-high lung adenocarcinoma started pembrolizumab every three weeks in January "
        "2022. Palliative radiotherapy (8 Gy) was given to a painful rib metastasis. After four cycles, CT in "
        "April 2022 showed progressive disease with new adrenal metastases, and carboplatin and pemetrexed were "
        "started.",
        "Immunotherapy alone may be insufficient in some patients."),
        {("pembrolizumab", "PD")}),
    "palliative_rt_inside_line_response": (report(
        "Cabozantinib in renal cell carcinoma with spinal metastasis",
        "A woman with clear cell renal cell carcinoma responded to cabozantinib.",
        "A 57-year-old woman with metastatic clear cell renal cell carcinoma began cabozantinib 60 mg daily in "
        "February 2021. Stereotactic radiotherapy was delivered to a painful L2 metastasis in March 2021. CT in "
        "June 2021 showed progression of the lung nodules, and nivolumab was started.",
        "Nivolumab is a standard after antiangiogenic therapy."),
        {("cabozantinib", "PD")}),
    "grew_despite_count": (report(
        "Second-line immunotherapy after platinum in urothelial carcinoma",
        "A woman with urothelial carcinoma had progression on chemotherapy and responded to avelumab.",
        "A 66-year-old woman with metastatic urothelial carcinoma received gemcitabine and carboplatin from "
        "February 2021. The liver metastases grew despite three cycles of gemcitabine and carboplatin, and "
        "avelumab was started in May 2021. CT three months later showed a partial response.",
        "Avelumab is used as maintenance and after platinum failure."),
        {("gemcitabine", "PD"), ("carboplatin", "PD"), ("avelumab", "PR")}),
    "progressed_after_months_of": (report(
        "Sunitinib and then everolimus in a pancreatic neuroendocrine tumour",
        "A man with a pancreatic neuroendocrine tumour received two targeted agents.",
        "A 52-year-old man with a well-differentiated pancreatic neuroendocrine tumour and liver metastases began "
        "sunitinib in 2017; CT after three months showed stable disease. The disease progressed after 14 months "
        "of sunitinib, so everolimus was given from 2018. CT six months later showed stable disease.",
        "Targeted agents give disease control in pancreatic NET."),
        {("sunitinib", "SD"), ("sunitinib", "PD"), ("everolimus", "SD")}),
}

# more shapes: glued labels of a structured abstract, one sentence telling the whole sequence, a regimen named
# once by its acronym, a maintenance that progressed, a Discussion retelling each line's response, a timeline
# told latest first, the progression that ended line 1 told at line 2's start
MORE = {
    "structured_abstract_labels": (
        "Sequential therapy in metastatic gastric cancer\n\nAbstract\n\n"
        "Background: HER2-positive gastric cancer is treated with trastuzumab and chemotherapy. Case presentation: A "
        "59-year-old man with HER2-positive gastric adenocarcinoma and liver metastases received capecitabine, "
        "oxaliplatin and trastuzumab from September 2020. CT after three cycles showed a partial response. "
        "Progression was documented in July 2021, and ramucirumab plus paclitaxel was started.Outcomes:The "
        "disease remained stable on ramucirumab and paclitaxel for seven months. Conclusions: Second-line "
        "ramucirumab can control disease after trastuzumab-based therapy.\n",
        {("capecitabine", "PR"), ("oxaliplatin", "PR"), ("trastuzumab", "PR"), ("capecitabine", "PD"),
         ("oxaliplatin", "PD"), ("trastuzumab", "PD"), ("ramucirumab", "SD"), ("paclitaxel", "SD")}),
    "one_sentence_sequence": (report(
        "Three lines in a desmoplastic small round cell tumour",
        "A young man with DSRCT received three lines.",
        "A 22-year-old man with desmoplastic small round cell tumour received vincristine, doxorubicin and "
        "cyclophosphamide, then irinotecan and temozolomide, and subsequently pazopanib. The first regimen gave a "
        "partial response, the second stable disease, and pazopanib was stopped after two months at progression.",
        "DSRCT has a poor prognosis."),
        {("vincristine", "PR"), ("doxorubicin", "PR"), ("cyclophosphamide", "PR"), ("irinotecan", "SD"),
         ("temozolomide", "SD"), ("pazopanib", "PD")}),
    "acronym_response_once": (report(
        "ABVD for classic Hodgkin lymphoma",
        "A woman with classic Hodgkin lymphoma reached complete remission.",
        "A 27-year-old woman with stage IIB nodular sclerosis classic Hodgkin lymphoma received ABVD (doxorubicin, "
        "bleomycin, vinblastine and dacarbazine) from January 2022. Interim PET after two cycles was negative "
        "(Deauville 2), and bleomycin was omitted for the remaining four cycles. End-of-treatment PET showed a "
        "complete metabolic response after ABVD.",
        "Omitting bleomycin after a negative interim PET is standard."),
        {("doxorubicin", "CR"), ("bleomycin", "CR"), ("vinblastine", "CR"), ("dacarbazine", "CR")}),
    "maintenance_progression_pemetrexed": (report(
        "Pemetrexed maintenance in non-squamous lung cancer",
        "A man with lung adenocarcinoma progressed on maintenance.",
        "A 64-year-old man with metastatic lung adenocarcinoma without driver alterations received four cycles of "
        "carboplatin, pemetrexed and pembrolizumab from May 2020, with a partial response. He continued "
        "pemetrexed and pembrolizumab maintenance. In March 2021, CT showed progression in the liver, and "
        "docetaxel was started.",
        "Progression on maintenance is common within a year."),
        {("carboplatin", "PR"), ("pemetrexed", "PR"), ("pembrolizumab", "PR"), ("pemetrexed", "PD"),
         ("pembrolizumab", "PD")}),
    "discussion_retelling_each_line": (report(
        "A long course of ROS1-rearranged lung adenocarcinoma",
        "A woman with ROS1-rearranged lung adenocarcinoma received two ROS1 inhibitors.",
        "A 44-year-old woman was diagnosed with CD74::ROS1 lung adenocarcinoma in 2017. She received crizotinib "
        "from March 2017 until April 2019 and then entrectinib from May 2019. She is alive in 2022.",
        "Our patient had a partial response to crizotinib lasting 25 months, and progression with brain "
        "metastases then led to entrectinib, which achieved stable disease. In another reported case, "
        "lorlatinib produced a complete response."),
        {("crizotinib", "PR"), ("crizotinib", "PD"), ("entrectinib", "SD")}),
    "latest_first_timeline": (report(
        "Regorafenib after two lines in colorectal cancer",
        "A man with metastatic colorectal cancer received regorafenib as third line.",
        "A 61-year-old man with metastatic rectal cancer started regorafenib in June 2020 after progression on "
        "FOLFIRI (5-fluorouracil, leucovorin and irinotecan). FOLFIRI had been given from June 2019 and had "
        "produced stable disease for eight months. Before that, he had received FOLFOX (5-fluorouracil, "
        "leucovorin and oxaliplatin) from 2018, with a partial response. On regorafenib, CT in September 2020 "
        "showed progressive disease.",
        "Regorafenib has modest activity."),
        {("fluorouracil", "PR"), ("leucovorin", "PR"), ("oxaliplatin", "PR"), ("fluorouracil", "SD"),
         ("leucovorin", "SD"), ("irinotecan", "SD"), ("fluorouracil", "PD"), ("leucovorin", "PD"),
         ("irinotecan", "PD"), ("regorafenib", "PD")}),
    "dated_restaging_next_line": (report(
        "Imatinib and nilotinib in chronic myeloid leukaemia",
        "A man with CML switched tyrosine kinase inhibitors.",
        "A 45-year-old man with chronic-phase BCR::ABL1 chronic myeloid leukaemia began imatinib 400 mg daily in "
        "January 2016. A complete haematological response was reached in March 2016. Because of grade 3 muscle "
        "cramps, imatinib was replaced by nilotinib in September 2016. Bone marrow in December 2016 showed a "
        "complete cytogenetic response.",
        "Switching for intolerance is common in CML."),
        {("imatinib", "CR"), ("nilotinib", "CR")}),
}

MORE2 = {}

# a course in cycles that reached a complete remission: a later relapse is off it
MORE2["cycled_course_relapse_lymphoma"] = (report(
    "Relapse after a complete remission in extranodal NK/T-cell lymphoma",
    "A man with NK/T-cell lymphoma relapsed after chemotherapy and responded to pembrolizumab.",
    "A 48-year-old man with stage IE extranodal NK/T-cell lymphoma received pegaspargase, gemcitabine and "
    "oxaliplatin every three weeks, with radiotherapy after the third cycle. The end-of-treatment PET-CT showed a "
    "complete metabolic response. Ten months later the nasal lesion reappeared and biopsy confirmed relapse. "
    "Pembrolizumab was started and produced a partial response.",
    "Anti-PD-1 therapy is active at relapse."),
    {("pegaspargase", "CR"), ("gemcitabine", "CR"), ("oxaliplatin", "CR"), ("pembrolizumab", "PR")})
MORE2["cycled_course_relapse_rhabdoid"] = (report(
    "Alternating courses in a rhabdoid tumour",
    "An infant with a rhabdoid tumour reached complete remission and relapsed in the brain.",
    "A 10-month-old girl had a malignant rhabdoid tumour of the kidney with lung nodules. Courses of vincristine, "
    "doxorubicin and cyclophosphamide were given. CT after course 4 showed no nodules: complete remission. A "
    "brain recurrence was found at 15 months.",
    "CNS relapse remains a problem."),
    {("vincristine", "CR"), ("doxorubicin", "CR"), ("cyclophosphamide", "CR")})

# the Discussion gives the outcome of the line the story left without one (every earlier line ended in progression)
MORE2["discussion_gives_last_outcome"] = (report(
    "Colorectal-type chemotherapy in a urachal adenocarcinoma",
    "A man with metastatic urachal adenocarcinoma received two lines of chemotherapy.",
    "A 52-year-old man had a urachal adenocarcinoma resected in 2019. Lung metastases appeared in 2020 and he "
    "received carboplatin and gemcitabine; CT after three cycles showed progressive disease. FOLFOX "
    "(5-fluorouracil, leucovorin and oxaliplatin) was then given every two weeks.",
    "Our patient reached a partial response only on the second regimen, which lasted nine months. Intestinal-type "
    "tumours may respond better to colorectal regimens."),
    {("carboplatin", "PD"), ("gemcitabine", "PD"), ("fluorouracil", "PR"), ("leucovorin", "PR"), ("oxaliplatin", "PR")})
MORE2["discussion_outcome_not_guessed"] = (report(
    "Two lines in a gastric adenocarcinoma",
    "A woman with gastric adenocarcinoma received two lines.",
    "A 66-year-old woman with metastatic gastric adenocarcinoma received capecitabine and oxaliplatin, with stable "
    "disease, and then paclitaxel with ramucirumab.",
    "Our patient had a partial response, which is uncommon in this setting."),
    {("capecitabine", "SD"), ("oxaliplatin", "SD")})

# a response told before its drug's first mention ("grew despite six months of X"): that drug's line
MORE2["before_first_mention_gist"] = (report(
    "Sunitinib after imatinib failure in a small-bowel GIST",
    "A man with a KIT exon 9 GIST progressed on imatinib and was controlled on sunitinib.",
    "A 57-year-old man had a metastatic KIT exon 9-mutant GIST of the jejunum. The liver metastases enlarged "
    "despite six months of imatinib, and sunitinib was started in May 2019. CT three months later showed stable "
    "disease.",
    "Sunitinib is the standard second line."),
    {("imatinib", "PD"), ("sunitinib", "SD")})

# a stop told by the kind of treatment ("Immunotherapy was stopped" after a grade 3 event) ends the running line, so
# progression months later is no PD of it (gold: progression off therapy after a stop for toxicity is no PD)
OPEN = {}
MORE2.update({
    "class_word_stop_melanoma": (report(
        "Hepatitis on combined checkpoint blockade",
        "A woman with melanoma stopped immunotherapy for hepatitis.",
        "A 59-year-old woman with BRAF V600K melanoma and liver metastases received nivolumab plus ipilimumab. "
        "After dose 3, immune-mediated hepatitis (grade 3) developed. Immunotherapy was stopped, and she received "
        "methylprednisolone. CT at week 12 showed a partial response. At month 7, CT showed progression in the "
        "liver; she then received dabrafenib plus trametinib, with a partial response.",
        "Responses may outlast early discontinuation."),
        {("nivolumab", "PR"), ("ipilimumab", "PR"), ("dabrafenib", "PR"), ("trametinib", "PR")}),
    "class_word_stop_chemo": (report(
        "Neuropathy on FOLFOX",
        "A man with colon cancer stopped chemotherapy for neuropathy.",
        "A 62-year-old man with metastatic colon cancer started FOLFOX (5-fluorouracil, leucovorin and "
        "oxaliplatin) in February 2020. CT after four cycles showed stable disease. Chemotherapy was discontinued "
        "after cycle 8 because of grade 3 peripheral sensory neuropathy. Five months later, CT revealed "
        "progressive disease, and FOLFIRI (5-fluorouracil, leucovorin and irinotecan) was started, with stable "
        "disease at the first restaging.",
        "Stop-and-go strategies limit neuropathy."),
        {("fluorouracil", "SD"), ("leucovorin", "SD"), ("oxaliplatin", "SD"), ("irinotecan", "SD")}),
})

# an unstructured abstract that ends with a recommendation naming progression: no progression of the running line
MORE2["abstract_ends_with_recommendation"] = (
    "Docetaxel after osimertinib and chemotherapy in EGFR-mutant lung adenocarcinoma\n\nAbstract\n\n"
    "A 58-year-old woman with EGFR L858R lung adenocarcinoma received osimertinib from 2019, with a partial "
    "response. After 20 months, CT showed progression, and carboplatin and pemetrexed were given, with stable "
    "disease. She is currently receiving docetaxel. Re-biopsy at progression should be routine, and resistance "
    "mechanisms can emerge on any EGFR inhibitor.\n",
    {("osimertinib", "PR"), ("osimertinib", "PD"), ("carboplatin", "SD"), ("pemetrexed", "SD")})
