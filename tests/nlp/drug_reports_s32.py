"""Made-up complete reports of session 32 (drug32), each with the drugs its patient was given and the drugs it names
without giving them to the patient (supportive care, premedication, a class word, the literature). Written for this
project; no text is copied from a benchmark page."""
from __future__ import annotations

# (name, report text, drugs given, drugs named but not given)
REPORTS = [
    ("pubmed_abstract_hodgkin",
     "Brentuximab vedotin after ABVD failure in a young woman with nodular sclerosis Hodgkin lymphoma\n\n"
     "Abstract\n"
     "A 24-year-old woman presented with cervical lymphadenopathy, night sweats and a mediastinal mass. Excisional "
     "biopsy showed classic Hodgkin lymphoma, nodular sclerosis subtype, stage IIB. She received six cycles of ABVD "
     "with ondansetron and aprepitant as antiemetic prophylaxis. Interim PET after two cycles was negative, but "
     "eight months after the last cycle new hypermetabolic nodes appeared in the axilla. Salvage therapy with two "
     "cycles of ICE was followed by high-dose chemotherapy with BEAM and autologous stem cell rescue; pegfilgrastim "
     "supported count recovery. Consolidation with Adcetris (brentuximab vedotin) 1.8 mg/kg every 3 weeks was given "
     "for 16 cycles, complicated by grade 2 peripheral sensory neuropathy. She remains in complete metabolic "
     "remission 3 years after transplantation. Checkpoint inhibitors such as pembrolizumab remain an option at "
     "relapse.\n",
     {"doxorubicin", "bleomycin", "vinblastine", "dacarbazine", "ifosfamide", "carboplatin", "etoposide",
      "carmustine", "cytarabine", "melphalan", "brentuximab vedotin"},
     {"ondansetron", "aprepitant", "pegfilgrastim", "pembrolizumab"}),
    ("structured_glued_pancreas",
     "Metastatic pancreatic adenocarcinoma with a germline BRCA2 mutation: a case report\n"
     "BackgroundPlatinum sensitivity is common in BRCA-mutated pancreatic cancer.\n"
     "Case presentationA 57-year-old man was diagnosed with pancreatic ductal adenocarcinoma with liver metastases "
     "in March 2021. Germline testing found a pathogenic BRCA2 variant. He started modified FOLFIRINOX with "
     "dexamethasone and palonosetron premedication; irinotecan was reduced after grade 3 diarrhoea at cycle 3. "
     "After 8 cycles the liver lesions had shrunk by 45%, a partial response. Maintenance olaparib (Lynparza) "
     "300 mg twice daily began in November 2021 and kept the disease stable for 14 months. At progression he "
     "received gemcitabine plus nab-paclitaxel (Abraxane), and loperamide and creon were continued.\n"
     "ConclusionsPARP inhibitor maintenance after platinum induction is effective in BRCA2 carriers.\n",
     {"fluorouracil", "leucovorin", "irinotecan", "oxaliplatin", "olaparib", "gemcitabine", "nab-paclitaxel"},
     {"dexamethasone", "palonosetron", "loperamide"}),
    ("fulltext_prostate_discussion",
     "Case presentation\n"
     "A 68-year-old man presented with bone pain and a PSA of 212 ng/mL. Biopsy showed prostatic adenocarcinoma, "
     "Gleason score 4+5=9, with multiple bone metastases. Androgen deprivation with goserelin (Zoladex) 10.8 mg every "
     "12 weeks was started after a short course of bicalutamide to prevent flare, and docetaxel 75 mg/m2 with "
     "prednisone was added for six cycles. Denosumab was given for the bone metastases. The PSA fell to 0.8 ng/mL. "
     "Two years later the PSA rose and a PSMA PET showed new lesions; enzalutamide was started. After further "
     "progression he received four cycles of 177Lu-PSMA-617 (lutetium Lu 177 vipivotide tetraxetan), with a PSA "
     "decline of 70%.\n"
     "Discussion\n"
     "In the CHAARTED trial, docetaxel added to ADT prolonged survival, and in TITAN apalutamide did the same. "
     "Cabazitaxel and radium-223 are further options after enzalutamide [12]. Olaparib benefits men with "
     "homologous recombination repair mutations, which our patient did not have.\n",
     {"goserelin", "bicalutamide", "docetaxel", "enzalutamide", "lutetium lu 177 vipivotide tetraxetan"},
     {"denosumab", "apalutamide", "cabazitaxel", "radium ra 223 dichloride", "olaparib"}),
    ("pdf_hyphenation_aml",
     "Journal of Leukemia Cases 2026; 4: 55-58\n"
     "A 45-year-old woman was admitted with fatigue and a white cell count of 84 x 10^9/L. Bone marrow showed acute "
     "myeloid leukaemia with NPM1 and FLT3-ITD mutations. Induction with 7+3 (cytarabine 100 mg/m2 for seven days "
     "and dauno-\n"
     "rubicin 60 mg/m2 for three days) plus midostaurin achieved complete remission. She received three cycles of "
     "high-dose cytara-\n"
     "bine consolidation and then an allogeneic transplant after conditioning with fludarabine and busulfan. "
     "Relapse at 14 months was treated with gilteri-\n"
     "tinib 120 mg daily, with a second complete remission with incomplete count recovery. Allopurinol, "
     "posaconazole and aciclovir were given as prophylaxis throughout, and hydroxyurea was used briefly for "
     "cytoreduction before induction.\n",
     {"cytarabine", "daunorubicin", "midostaurin", "fludarabine", "busulfan", "gilteritinib", "hydroxyurea"},
     {"allopurinol", "posaconazole", "aciclovir"}),
    ("table_lines_breast",
     "Course of a woman with HR-positive, HER2-negative metastatic breast cancer\n"
     "A 52-year-old woman had a left breast invasive ductal carcinoma treated in 2012 with surgery, four cycles of "
     "AC followed by weekly paclitaxel, and tamoxifen for five years. In 2019 bone and liver metastases appeared.\n"
     "Table 1. Lines of therapy\n"
     "Line | Regimen | Dates | Best response\n"
     "1 | Letrozole + palbociclib (Ibrance) | 03/2019-08/2021 | PR\n"
     "2 | Fulvestrant + alpelisib | 09/2021-04/2022 | SD\n"
     "3 | Capecitabine (Xeloda) | 05/2022-01/2023 | PD\n"
     "4 | Trastuzumab deruxtecan (Enhertu) | 02/2023-ongoing | PR\n"
     "Zoledronic acid was given monthly for bone metastases. The HER2-low status allowed the antibody-drug "
     "conjugate in the fourth line.\n",
     {"doxorubicin", "cyclophosphamide", "paclitaxel", "tamoxifen", "letrozole", "palbociclib", "fulvestrant",
      "alpelisib", "capecitabine", "trastuzumab deruxtecan"},
     {"zoledronic acid"}),
    ("two_patient_series_all",
     "Two adolescents with B-cell acute lymphoblastic leukaemia\n"
     "Case 1\n"
     "A 15-year-old boy with B-ALL was treated on a BFM-based protocol with vincristine, daunorubicin, "
     "pegaspargase (Oncaspar) and prednisone, with intrathecal methotrexate. MRD was positive at the end of "
     "induction, and blinatumomab (Blincyto) was given for two cycles, after which MRD was negative.\n"
     "Case 2\n"
     "A 17-year-old girl with Ph-negative B-ALL relapsed 8 months after completing therapy. She received "
     "inotuzumab ozogamicin followed by tisagenlecleucel (Kymriah) after lymphodepletion with fludarabine and "
     "cyclophosphamide. Cytokine release syndrome grade 2 was treated with tocilizumab. She remains in remission "
     "at 18 months.\n",
     {"vincristine", "daunorubicin", "pegaspargase", "methotrexate", "blinatumomab", "inotuzumab ozogamicin",
      "tisagenlecleucel", "fludarabine", "cyclophosphamide"},
     {"tocilizumab"}),
    ("course_over_years_gist_rcc",
     "A 61-year-old man underwent resection of a 9-cm gastric GIST with a KIT exon 11 deletion in June 2014 and "
     "took adjuvant imatinib mesylate (Gleevec) 400 mg daily for three years. In February 2019 peritoneal nodules "
     "were found; imatinib was restarted and the nodules shrank. After progression in 2021 he was switched to "
     "sunitinib malate (Sutent) 37.5 mg continuous daily dosing, then in 2022 to regorafenib (Stivarga), and "
     "finally, in May 2023, to ripretinib (Qinlock), which stabilised the disease. Levothyroxine was started for "
     "sunitinib-induced hypothyroidism. Avapritinib was not considered because the tumour had no PDGFRA D842V "
     "mutation.\n",
     {"imatinib", "sunitinib", "regorafenib", "ripretinib"},
     {"levothyroxine", "avapritinib"}),
    ("bladder_intravesical_myeloma",
     "Case report\n"
     "A 72-year-old man had a non-muscle-invasive high-grade urothelial carcinoma of the bladder resected in 2018 "
     "and was given intravesical BCG (bacillus Calmette-Guerin) induction and maintenance, and a single "
     "post-operative instillation of mitomycin C. In 2023 he was diagnosed with IgG kappa multiple myeloma. He "
     "received daratumumab, bortezomib (Velcade), lenalidomide (Revlimid) and dexamethasone, with aciclovir "
     "prophylaxis and monthly zoledronic acid, and reached a very good partial response. Lenalidomide maintenance "
     "continues.\n",
     {"bcg vaccine", "mitomycin", "daratumumab", "bortezomib", "lenalidomide"},
     {"dexamethasone", "aciclovir", "zoledronic acid"}),
]

# further shapes: abbreviations and brand names only, PDF breaks inside names, regimens told by their parts
REPORTS += [
    ("brand_names_lung",
     "Osimertinib after first-line EGFR inhibitor failure: a case report\n"
     "Case presentation\n"
     "A 66-year-old never-smoking woman was diagnosed in 2019 with stage IVA lung adenocarcinoma harbouring an EGFR "
     "exon 19 deletion. She was treated with Gilotrif 40 mg daily for 22 months. At progression a plasma test found "
     "T790M and Tagrisso 80 mg daily was started, with a partial response lasting 2 years. After further progression "
     "she received carbo/pem plus Avastin for four cycles, then pemetrexed and bevacizumab maintenance. Brain "
     "metastases were treated with stereotactic radiosurgery and dexamethasone.\n"
     "Discussion\n"
     "Amivantamab with lazertinib is an alternative first line in other patients, as shown in the MARIPOSA trial.\n",
     {"afatinib", "osimertinib", "carboplatin", "pemetrexed", "bevacizumab"},
     {"dexamethasone", "amivantamab", "lazertinib"}),
    ("pdf_breaks_ovary",
     "Gynecologic Oncology Reports 12 (2026) 101-104\n"
     "A 59-year-old woman presented with abdominal distension and a CA-125 of 1450 U/mL. Imaging showed "
     "bilateral adnexal masses and omental caking, and biopsy confirmed high-grade serous carcinoma of the "
     "ovary, FIGO stage IIIC. She received three cycles of neoadjuvant carbo-\n"
     "platin (AUC 5) and pacli-\n"
     "taxel 175 mg/m2, interval debulking, and three further cycles, and then maintenance with niraparib. At "
     "platinum-sensitive relapse two years later, pegylated liposomal doxorubicin was combined with carboplatin "
     "for six cycles (PLD-carboplatin). Her third-line therapy was weekly pacli- taxel with beva- cizumab, which "
     "controlled the ascites for a year.\n",
     {"carboplatin", "paclitaxel", "niraparib", "doxorubicin", "bevacizumab"},
     set()),
    ("abstract_only_lymphoma_cart",
     "Axicabtagene ciloleucel for double-refractory DLBCL in an 81-year-old man\n"
     "An 81-year-old man with diffuse large B-cell lymphoma, activated B-cell type, was treated with six cycles of "
     "R-mini-CHOP, with a complete metabolic response. Relapse 9 months later was treated with R-GemOx, without "
     "response. After bridging with polatuzumab vedotin plus bendamustine and rituximab (Pola-BR), he received "
     "axi-cel following lymphodepleting chemotherapy with Flu/Cy. He developed grade 1 cytokine release syndrome "
     "and grade 2 ICANS, treated with tocilizumab and dexamethasone. The day-90 PET showed a complete response.\n",
     {"rituximab", "cyclophosphamide", "doxorubicin", "vincristine", "gemcitabine", "oxaliplatin",
      "polatuzumab vedotin", "bendamustine", "axicabtagene ciloleucel", "fludarabine"},
     {"prednisone", "tocilizumab", "dexamethasone"}),
    ("salts_and_formulations_sarcoma",
     "Case description\n"
     "A 34-year-old man with a high-grade undifferentiated pleomorphic sarcoma of the thigh received doxorubicin "
     "hydrochloride 75 mg/m2 with ifosfamide and mesna for six cycles before resection. A lung relapse one year later "
     "was treated with gemcitabine hydrochloride and docetaxel (Taxotere), and then with trabectedin (Yondelis). "
     "Pazopanib hydrochloride 800 mg daily was the fourth-line treatment, which kept the disease stable for 8 "
     "months. Dexrazoxane was not used. Filgrastim and ondansetron supported the anthracycline cycles.\n",
     {"doxorubicin", "ifosfamide", "gemcitabine", "docetaxel", "trabectedin", "pazopanib"},
     {"mesna", "dexrazoxane", "filgrastim", "ondansetron"}),
    ("regimens_in_words_gastric_testis",
     "Two patients treated at our centre\n"
     "Patient 1\n"
     "A 62-year-old man with locally advanced gastric adenocarcinoma received perioperative FLOT (four cycles "
     "before and four after gastrectomy). At relapse he received XELOX with nivolumab, and ramucirumab with weekly "
     "paclitaxel in the second line.\n"
     "Patient 2\n"
     "A 29-year-old man with a metastatic non-seminomatous germ cell tumour of the testis received 3 cycles of BEP "
     "and, after a marker relapse, 4 cycles of TIP (paclitaxel, ifosfamide, cisplatin), followed by high-dose "
     "carboplatin and etoposide with autologous stem cell rescue.\n",
     {"fluorouracil", "leucovorin", "oxaliplatin", "docetaxel", "capecitabine", "nivolumab", "ramucirumab",
      "paclitaxel", "bleomycin", "etoposide", "cisplatin", "ifosfamide", "carboplatin"},
     set()),
    ("hormone_neuro_thyroid",
     "Case report\n"
     "A 47-year-old premenopausal woman with ER-positive breast cancer received ovarian suppression with monthly "
     "leuprorelin and exemestane after adjuvant dose-dense EC followed by paclitaxel. Five years later, "
     "a papillary thyroid carcinoma was treated with total thyroidectomy and radioactive iodine (I-131, 100 mCi); "
     "lung metastases later became iodine-refractory and lenvatinib (Lenvima) 24 mg daily was started. Abemaciclib "
     "was not added because of diarrhoea on a previous course.\n",
     {"leuprolide", "exemestane", "epirubicin", "cyclophosphamide", "paclitaxel", "sodium iodide i-131",
      "lenvatinib"},
     set()),
]
