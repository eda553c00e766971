"""Session 30: responses told in words kg had no cue for (kg/nlp/responses.py, kg/rules/responses.jsonl).
Every report was made up for this test, as different authors would write them: responses told only by measurements,
by PET (Deauville, metabolic wording), by the marrow (blast counts, CRi, MRD), by IMWG/RANO/iRECIST words, by
"no evidence of disease" on a drug, "disease control", progression told as new lesions, relapse or growth, and plain
or translated English ("the tumour diminished", "regression of the lesion"). Expected classes follow the gold
conventions (benchmarks/gold/README.md): a measurement-only change is its class, not explicit; a named category is
explicit; a marker level alone (CA-125, PSA, CA 19-9) names no class; MR4 or better is CR, a major molecular response
PR or CR; "mixed response", pseudoprogression, a response of another patient or a trial, of a non-tumour condition
and a planned assessment are no responses.

Each probe is (story, pairs that must be found, pairs that must not be found)."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str, discussion: str = "The optimal sequence of treatment remains unclear.") -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\n" + discussion + "\n")




# "the disease recurred" read as the noun relapse is read (PD) gave PD to courses that had ended months before (the
# line-attachment rules that keep a relapse after a finished course off it do not hold there): left unread
RECURRED_VERB = pytest.mark.xfail(reason="a recurrence told with a verb is not read (precision on finished courses)",
                                  strict=True)


# Choi's criteria call a 10% shrinkage (or a 15% fall in density) a partial response; the percentage alone is read by
# RECIST's thresholds (stable), and the "Choi response" named after it is not read
CHOI = pytest.mark.xfail(reason="a Choi response named after a RECIST-stable percentage", strict=True)


# "X kept the marker low and the mass stable": the verb stands far from the subject it keeps stable
KEPT_APART = pytest.mark.xfail(reason="'kept ... the mass stable' with another object between", strict=True)


def regimen(cls, *drugs):
    return {(d, cls) for d in drugs}


MEASURED = [
    ("A 61-year-old man had metastatic lung adenocarcinoma with an EML4::ALK fusion. Alectinib was started. After "
     "three months the largest liver mass had shrunk from 5.2 to 2.1 cm.", {("alectinib", "PR")}, set()),
    ("A 55-year-old woman had metastatic breast cancer. She received docetaxel with trastuzumab and pertuzumab. "
     "Restaging CT after four cycles showed a 45% reduction in the sum of the target lesions.",
     regimen("PR", "docetaxel", "trastuzumab", "pertuzumab"), set()),
    ("A 47-year-old man had a gastrointestinal stromal tumour of the stomach with liver metastases. Imatinib 400 mg "
     "daily was given; the tumour volume decreased by 70% at six months.", {("imatinib", "PR")}, set()),
    ("A 66-year-old woman had a retroperitoneal leiomyosarcoma. Pazopanib was started in 2021. The mass was "
     "unchanged in size on CT after six months.", {("pazopanib", "SD")}, set()),
    ("A 58-year-old man had metastatic soft-tissue sarcoma. After three cycles of gemcitabine and docetaxel the sum "
     "of diameters had increased from 80 mm to 112 mm.", regimen("PD", "gemcitabine", "docetaxel"), set()),
    ("A 70-year-old man had metastatic clear cell renal cell carcinoma. Cabozantinib was given; the lung nodules "
     "grew by 35% within twelve weeks.", {("cabozantinib", "PD")}, set()),
    ("A 52-year-old woman had papillary thyroid carcinoma refractory to radioiodine. On lenvatinib the size of the "
     "pulmonary metastases remained essentially the same for a year.", {("lenvatinib", "SD")}, set()),
    ("A 44-year-old man had a desmoid tumour of the abdominal wall. Sorafenib was given, and the mass became "
     "smaller, measuring 4 cm instead of 9 cm.", {("sorafenib", "PR")}, set()),
    ("A 39-year-old woman had a metastatic GIST. Sunitinib was given as second line. The dominant hepatic lesion "
     "measured 62 mm before sunitinib and 31 mm after four months.", {("sunitinib", "PR")}, set()),
]

MARKERS = [
    ("A 63-year-old woman had high-grade serous ovarian carcinoma. Carboplatin and paclitaxel were given for six "
     "cycles. The CA-125 normalised after the third cycle.", set(),
     regimen("CR", "carboplatin", "paclitaxel") | regimen("PR", "carboplatin", "paclitaxel")),
    ("A 71-year-old man had metastatic castration-resistant prostate cancer. Enzalutamide was started, and the PSA "
     "fell to undetectable levels.", set(), {("enzalutamide", "CR"), ("enzalutamide", "PR")}),
    ("A 60-year-old woman had metastatic pancreatic adenocarcinoma treated with gemcitabine and nab-paclitaxel. The "
     "CA 19-9 rose from 40 to 900 U/mL.", set(), regimen("PD", "gemcitabine", "nab-paclitaxel")),
    ("A 45-year-old man had chronic myeloid leukaemia in chronic phase. Imatinib 400 mg daily was started. At 12 "
     "months the BCR-ABL1 transcripts were 0.008% on the International Scale (MR4).", {("imatinib", "CR")}, set()),
    ("A 38-year-old woman had chronic myeloid leukaemia. On nilotinib, BCR::ABL1 transcripts became undetectable "
     "by 18 months.", {("nilotinib", "CR")}, set()),
    ("A 52-year-old man had chronic myeloid leukaemia. Bosutinib was started; a complete cytogenetic response was "
     "reached at six months.", {("bosutinib", "CR")}, set()),
    ("A 68-year-old man had metastatic prostate cancer treated with abiraterone. After ten months the PSA rose "
     "and a bone scan showed new lesions in the pelvis.", {("abiraterone", "PD")}, set()),
]

METABOLIC = [
    ("A 24-year-old woman had classic Hodgkin lymphoma, stage IIB. She received doxorubicin, bleomycin, "
     "vinblastine and dacarbazine. Interim PET-CT after two cycles was Deauville 2.",
     regimen("CR", "doxorubicin", "bleomycin", "vinblastine", "dacarbazine"), set()),
    ("A 67-year-old man had diffuse large B-cell lymphoma. Six cycles of rituximab, cyclophosphamide, doxorubicin, "
     "vincristine and prednisone were given. End-of-treatment PET showed a Deauville score of 1.",
     regimen("CR", "rituximab", "cyclophosphamide", "doxorubicin", "vincristine"), set()),
    ("A 33-year-old man had relapsed Hodgkin lymphoma. Brentuximab vedotin was given. The SUVmax of the "
     "mediastinal mass fell from 14.2 to 3.1.", {("brentuximab vedotin", "PR")}, set()),
    ("A 59-year-old woman had metastatic melanoma. FDG-PET after four cycles of pembrolizumab showed a partial "
     "metabolic response.", {("pembrolizumab", "PR")}, set()),
    ("A 72-year-old man had follicular lymphoma. Bendamustine and rituximab were given. PET after three cycles "
     "showed new FDG-avid nodes, Deauville 5.", regimen("PD", "bendamustine", "rituximab"), set()),
    ("A 50-year-old woman had metastatic lung adenocarcinoma. Nivolumab was started. Restaging showed metabolic "
     "progression in the liver.", {("nivolumab", "PD")}, set()),
]

MARROW = [
    ("A 74-year-old man had acute myeloid leukaemia. Azacitidine and venetoclax were started. The day-28 marrow "
     "showed an MRD-negative complete remission.", regimen("CR", "azacitidine", "venetoclax"), set()),
    ("A 46-year-old woman had acute myeloid leukaemia. After induction with daunorubicin and cytarabine, the "
     "marrow blasts were below 5% with recovery of the blood counts.", regimen("CR", "daunorubicin", "cytarabine"),
     set()),
    ("A 77-year-old woman had acute myeloid leukaemia. The marrow showed CRi after two cycles of decitabine and "
     "venetoclax.", regimen("CR", "decitabine", "venetoclax"), set()),
    ("A 31-year-old man had relapsed B-cell acute lymphoblastic leukaemia. Blinatumomab was given. The marrow "
     "after one cycle was morphologically clear and MRD-negative.", {("blinatumomab", "CR")}, set()),
    ("A 62-year-old man had FLT3-mutated acute myeloid leukaemia. After two cycles of gilteritinib the marrow "
     "still showed 40% blasts.", set(), {("gilteritinib", "CR"), ("gilteritinib", "PR")}),
]

CRITERIA = [
    ("A 64-year-old man had multiple myeloma. Daratumumab, bortezomib and lenalidomide with dexamethasone gave a "
     "very good partial response after four cycles.", regimen("PR", "daratumumab", "bortezomib", "lenalidomide"),
     set()),
    ("A 58-year-old woman had relapsed multiple myeloma. Isatuximab with carfilzomib was given; an sCR was "
     "documented after eight cycles.", regimen("CR", "isatuximab", "carfilzomib"), set()),
    ("A 29-year-old man had a glioblastoma. After six cycles of adjuvant temozolomide the MRI showed stable disease "
     "by RANO criteria.", {("temozolomide", "SD")}, set()),
    ("A 57-year-old man had metastatic melanoma. At 8 weeks of nivolumab the lesions had enlarged, which was "
     "judged to be pseudoprogression; nivolumab was continued and at 16 weeks the lesions had shrunk by 40%.",
     {("nivolumab", "PR")}, {("nivolumab", "PD")}),
    ("A 61-year-old woman had metastatic colon adenocarcinoma. After four cycles of FOLFOX (oxaliplatin, "
     "leucovorin and fluorouracil), CT showed no evidence of disease.", regimen("CR", "oxaliplatin", "fluorouracil"),
     set()),
    ("A 69-year-old man had metastatic colorectal cancer. Regorafenib achieved disease control for eight months.",
     {("regorafenib", "SD")}, set()),
    ("A 48-year-old woman had metastatic thyroid cancer. Lenvatinib gave a mixed response, with shrinking lung "
     "nodules and a growing bone metastasis.", set(), {("lenvatinib", "PR"), ("lenvatinib", "PD")}),
]

PROGRESSION = [
    ("A 56-year-old woman had EGFR-mutant lung adenocarcinoma. Three months into osimertinib, new brain lesions "
     "appeared.", {("osimertinib", "PD")}, set()),
    pytest.param("A 65-year-old man had non-squamous lung cancer. Maintenance pemetrexed was given; during the ninth "
                 "cycle the disease recurred in the pleura.", {("pemetrexed", "PD")}, set(), marks=RECURRED_VERB),
    ("A 54-year-old man had metastatic rectal cancer treated with FOLFIRI (irinotecan, leucovorin and "
     "fluorouracil). The CEA rose and the lung nodules enlarged.", regimen("PD", "irinotecan", "fluorouracil"),
     set()),
    pytest.param("A 23-year-old man had a metastatic synovial sarcoma. The tumour continued to grow despite two "
                 "cycles of ifosfamide.", {("ifosfamide", "PD")}, set()),
    ("A 70-year-old man had hepatocellular carcinoma. The disease advanced on sorafenib after five months.",
     {("sorafenib", "PD")}, set()),
]

PLAIN_WORDS = [
    ("A 59-year-old man had small cell lung cancer. After three courses of cisplatin and etoposide the tumour "
     "diminished markedly.", regimen("PR", "cisplatin", "etoposide"), set()),
    pytest.param("A 43-year-old woman had ROS1-rearranged lung adenocarcinoma. Regression of the lung lesions was "
                 "noted after two months of crizotinib.", {("crizotinib", "PR")}, set()),
    ("A 66-year-old man had metastatic melanoma. CT after pembrolizumab showed the disappearance of all lesions.",
     {("pembrolizumab", "CR")}, set()),
    ("A 51-year-old woman had recurrent cervical cancer. With paclitaxel and bevacizumab, a remarkable reduction of "
     "the tumour size was seen.", regimen("PR", "paclitaxel", "bevacizumab"), set()),
    ("A 12-year-old boy had a BRAF V600E low-grade glioma. Dabrafenib and trametinib were started; the tumour "
     "shrank to less than half its size.", regimen("PR", "dabrafenib", "trametinib"), set()),
]

NO_RESPONSE = [
    ("A 68-year-old man had metastatic prostate cancer. Without any response after three cycles of docetaxel, "
     "cabazitaxel was started.", set(), {("docetaxel", "PR"), ("docetaxel", "CR")}),
    ("A 72-year-old woman had metastatic renal cell carcinoma. No objective response was seen with sunitinib.",
     set(), {("sunitinib", "PR"), ("sunitinib", "CR")}),
    ("A 49-year-old woman had KRAS G12C lung adenocarcinoma. Sotorasib was given and her disease was stable at "
     "six months.",
     {("sotorasib", "SD")}, {("sotorasib", "PR")}),
    ("A 40-year-old man had acute myeloid leukaemia and received an allogeneic transplant after induction with "
     "daunorubicin and cytarabine, which gave a complete remission. Acute graft-versus-host disease of the skin "
     "responded completely to ruxolitinib.", regimen("CR", "daunorubicin", "cytarabine"), {("ruxolitinib", "CR")}),
    ("A 62-year-old man had diffuse large B-cell lymphoma and was started on rituximab, cyclophosphamide, "
     "doxorubicin, vincristine and prednisone. Response will be assessed by PET after four cycles.", set(),
     regimen("CR", "rituximab", "doxorubicin") | regimen("PR", "rituximab", "doxorubicin")),
    ("A 6-year-old girl had an infantile fibrosarcoma with an ETV6::NTRK3 fusion. Larotrectinib was started and "
     "the disease remained stable.", {("larotrectinib", "SD")}, {("larotrectinib", "CR")}),
    ("A 55-year-old man had metastatic melanoma. Ipilimumab and nivolumab gave a partial response. Immune-related "
     "colitis resolved completely with steroids.", regimen("PR", "ipilimumab", "nivolumab"),
     regimen("CR", "ipilimumab", "nivolumab")),
    ("A 60-year-old woman had metastatic endometrial cancer. Carboplatin and paclitaxel were given; the cancer "
     "relapsed three years after the last cycle.", set(), regimen("PD", "carboplatin", "paclitaxel")),
]

DISCUSSIONS = [
    ("A 49-year-old woman had KRAS G12C lung adenocarcinoma. Sotorasib was given and her disease was stable at "
     "six months.", "In the phase 2 trial, sotorasib produced partial responses in 37% of patients.",
     {("sotorasib", "SD")}, {("sotorasib", "PR")}),
    ("A 6-year-old girl had an infantile fibrosarcoma with an ETV6::NTRK3 fusion. Larotrectinib was started and "
     "the disease remained stable.", "A similar child reported by others achieved a complete response with "
     "larotrectinib.", {("larotrectinib", "SD")}, {("larotrectinib", "CR")}),
]

# a second and a third batch, written later in the session as other authors would (terse abstracts, tables flattened
# to text, trial-style criteria, plain words), kept to check that the mechanisms hold beyond the first batch
SECOND_BATCH = [
    ("A 64-year-old man with EGFR exon 19 deleted lung adenocarcinoma was treated with osimertinib; the "
     "primary tumour decreased from 48 mm to 19 mm.",
     regimen("PR", "osimertinib"), set()),
    ("Line | Regimen | Best response\n1 | carboplatin + pemetrexed | tumour shrinkage 52%\n",
     regimen("PR", "carboplatin", "pemetrexed"), set()),
    ("A 57-year-old woman had metastatic breast cancer. Palbociclib and letrozole were given; at 6 months "
     "the bone and liver lesions showed a volume reduction of about 60%.",
     regimen("PR", "letrozole", "palbociclib"), set()),
    ("A 45-year-old man with a chordoma received imatinib. The tumour size was stable at 12 months.",
     regimen("SD", "imatinib"), set()),
    ("A 62-year-old man had metastatic melanoma. Following two doses of ipilimumab plus nivolumab, all "
     "metastases resolved on CT.",
     regimen("CR", "ipilimumab", "nivolumab"), set()),
    ("A 35-year-old man had a nonseminomatous germ cell tumour. After four cycles of cisplatin, etoposide "
     "and bleomycin, the retroperitoneal mass had regressed by 80% and AFP normalised.",
     regimen("PR", "bleomycin", "cisplatin", "etoposide"), set()),
    ("A 71-year-old woman had mantle cell lymphoma. On ibrutinib the lymphadenopathy regressed "
     "considerably.",
     regimen("PR", "ibrutinib"), set()),
    ("A 53-year-old man had hepatocellular carcinoma. Atezolizumab and bevacizumab were given; imaging at "
     "9 weeks showed a 20% increase of the target lesions and two new liver nodules.",
     regimen("PD", "atezolizumab", "bevacizumab"), set()),
    ("A 60-year-old man had chronic lymphocytic leukaemia. Venetoclax with obinutuzumab gave undetectable "
     "minimal residual disease in blood and marrow.",
     regimen("CR", "obinutuzumab", "venetoclax"), set()),
    ("A 48-year-old woman had acute promyelocytic leukaemia treated with tretinoin and arsenic trioxide. "
     "She reached a molecular remission, PML::RARA negative, after consolidation.",
     regimen("CR", "arsenic trioxide", "tretinoin"), set()),
    ("A 70-year-old man had metastatic urothelial carcinoma. Enfortumab vedotin and pembrolizumab were "
     "started; after three months the PET-CT showed complete metabolic remission.",
     regimen("CR", "enfortumab vedotin", "pembrolizumab"), set()),
    ("A 28-year-old woman had Hodgkin lymphoma. After two cycles of ABVD (doxorubicin, bleomycin, "
     "vinblastine, dacarbazine) the PET was positive with a Deauville score of 4, a partial metabolic "
     "response.",
     regimen("PR", "bleomycin", "dacarbazine", "doxorubicin", "vinblastine"), set()),
    ("A 66-year-old man had myelodysplastic syndrome with excess blasts. Azacitidine was given; after six "
     "cycles the marrow blasts had fallen from 14% to 3%.",
     set(), set()),
    ("A 55-year-old woman had multiple myeloma. Bortezomib, lenalidomide and dexamethasone gave a partial "
     "response by IMWG criteria, with the paraprotein falling from 38 to 12 g/L.",
     regimen("PR", "bortezomib", "lenalidomide"), set()),
    ("A 42-year-old woman had a grade 2 astrocytoma, IDH-mutant. Vorasidenib was started and the tumour "
     "has not grown for two years.",
     regimen("SD", "vorasidenib"), set()),
    ("A 75-year-old man had metastatic prostate cancer. Docetaxel was given; after six cycles, he "
     "developed new bone metastases and PSA doubled.",
     regimen("PD", "docetaxel"), set()),
    ("A 51-year-old woman had metastatic ovarian cancer. Progression was documented on olaparib "
     "maintenance after 14 months, with peritoneal nodules enlarging.",
     regimen("PD", "olaparib"), set()),
    ("A 64-year-old man had pancreatic cancer. During FOLFIRINOX (oxaliplatin, irinotecan, leucovorin and "
     "fluorouracil), liver metastases developed.",
     regimen("PD", "fluorouracil", "irinotecan", "oxaliplatin"), set()),
    ("A 19-year-old man had Ewing sarcoma. After vincristine, doxorubicin and cyclophosphamide, the soft "
     "tissue component had almost vanished.",
     regimen("PR", "cyclophosphamide", "doxorubicin", "vincristine"), set()),
    ("A 58-year-old woman had metastatic colorectal cancer. With FOLFOX and bevacizumab (oxaliplatin, "
     "leucovorin, fluorouracil, bevacizumab), the liver metastases decreased in size substantially.",
     regimen("PR", "bevacizumab", "fluorouracil", "oxaliplatin"), set()),
    ("A 66-year-old man had ALK-positive lung cancer. Lorlatinib produced an intracranial complete "
     "response.",
     regimen("CR", "lorlatinib"), set()),
    ("A 47-year-old woman had breast cancer. After neoadjuvant paclitaxel and trastuzumab she had a "
     "pathological complete response at surgery.",
     set(), set()),
    ("A 63-year-old man had metastatic renal cancer. Nivolumab did not produce any benefit, and the "
     "disease progressed.",
     regimen("PD", "nivolumab"), set()),
    ("A 44-year-old woman had a neuroendocrine tumour. Under everolimus the disease remained unchanged for"
     " 18 months.",
     regimen("SD", "everolimus"), set()),
    ("A 60-year-old man had DLBCL. After R-CHOP (rituximab, cyclophosphamide, doxorubicin, vincristine, "
     "prednisone) the PET-CT was negative.",
     regimen("CR", "cyclophosphamide", "doxorubicin", "rituximab", "vincristine"), set()),
    ("A 55-year-old man had metastatic gastric cancer. Under capecitabine and oxaliplatin the disease was "
     "kept under control for 10 months.",
     regimen("SD", "capecitabine", "oxaliplatin"), set()),
]

THIRD_BATCH = [
    ("A 58-year-old man had metastatic NSCLC. Pembrolizumab was started in March 2021. Response evaluation"
     " (RECIST 1.1) after 4 cycles: partial response (-42%).",
     regimen("PR", "pembrolizumab"), set()),
    ("A 66-year-old woman had ovarian cancer. Treatment: carboplatin + paclitaxel x6. Outcome: CR on CT, "
     "CA-125 12 U/mL.",
     regimen("CR", "carboplatin", "paclitaxel"), set()),
    ("A 71-year-old man had mantle cell lymphoma. Acalabrutinib was given; the spleen decreased from 19 to"
     " 13 cm and the nodes regressed.",
     regimen("PR", "acalabrutinib"), set()),
    ("A 49-year-old woman had a metastatic pheochromocytoma. After four cycles of lutetium Lu 177 dotatate"
     " the lesions were smaller.",
     regimen("PR", "lutetium lu 177 dotatate"), set()),
    ("A 60-year-old man had metastatic colorectal cancer. Panitumumab plus FOLFOX (oxaliplatin, "
     "leucovorin, fluorouracil) resulted in tumour shrinkage of 38%.",
     regimen("PR", "fluorouracil", "oxaliplatin", "panitumumab"), set()),
    ("A 37-year-old man had a glioblastoma. Bevacizumab was started; the contrast enhancement decreased "
     "markedly.",
     regimen("PR", "bevacizumab"), set()),
    ("A 73-year-old woman had CLL. Ibrutinib normalised the lymphocyte count and the lymphadenopathy "
     "disappeared.",
     regimen("PR", "ibrutinib"), set()),
    ("A 55-year-old man had acute myeloid leukaemia. After 7+3 induction with cytarabine and idarubicin he"
     " was in morphological remission.",
     regimen("CR", "cytarabine", "idarubicin"), set()),
    ("A 42-year-old woman had metastatic breast cancer. On eribulin the liver metastases progressed after "
     "three cycles.",
     regimen("PD", "eribulin"), set()),
    ("A 64-year-old man had castration-resistant prostate cancer. Radiographic progression per PCWG3 "
     "occurred on enzalutamide.",
     regimen("PD", "enzalutamide"), set()),
    ("A 52-year-old man had hepatocellular carcinoma. Lenvatinib achieved a partial response according to "
     "mRECIST.",
     regimen("PR", "lenvatinib"), set()),
    ("A 47-year-old woman had a neuroendocrine tumour. Octreotide LAR was given; the disease has been "
     "stable for three years.",
     regimen("SD", "octreotide"), set()),
    ("A 68-year-old man had urothelial carcinoma. After two cycles of gemcitabine and cisplatin, CT showed"
     " an increase in size of the bladder mass and new lung nodules.",
     regimen("PD", "cisplatin", "gemcitabine"), set()),
    ("A 34-year-old woman had Hodgkin lymphoma. Nivolumab was given at relapse; PET after 3 months showed "
     "complete metabolic remission.",
     regimen("CR", "nivolumab"), set()),
    ("A 63-year-old man had myeloma. Teclistamab gave a stringent complete response.",
     regimen("CR", "teclistamab"), set()),
    pytest.param(
        "A 59-year-old woman had metastatic melanoma. The lesions grew despite dabrafenib and trametinib.",
        regimen("PD", "dabrafenib", "trametinib"), set()),
    pytest.param(
        "A 57-year-old man had an unresectable GIST. On imatinib the tumour density decreased and the size "
        "fell by 15% (Choi response).",
        regimen("PR", "imatinib"), set(), marks=CHOI),
    ("A 45-year-old woman had advanced cervical cancer. After chemoradiation with cisplatin, the MRI "
     "showed no residual tumour.",
     regimen("CR", "cisplatin"), set()),
    ("A 61-year-old man had prostate cancer. Docetaxel was given and the PSA declined by 60%.",
     set(), regimen("PR", "docetaxel")),
    ("A 70-year-old woman had AML. Venetoclax and azacitidine gave no response; the marrow still had 35% "
     "blasts.",
     set(), regimen("CR", "azacitidine", "venetoclax")),
    ("A 52-year-old woman had lung cancer. After osimertinib, she achieved a durable response lasting 30 "
     "months.",
     regimen("PR", "osimertinib"), set()),
    ("A 66-year-old man had DLBCL. Glofitamab was given; the disease was refractory.",
     set(), regimen("CR", "glofitamab")),
    ("A 40-year-old man had a testicular germ cell tumour. After BEP (bleomycin, etoposide, cisplatin) the"
     " markers normalised and the residual mass measured 1 cm.",
     set(), set()),
    ("A 50-year-old woman had metastatic breast cancer. Trastuzumab deruxtecan led to a reduction of the "
     "target lesions by 55%.",
     regimen("PR", "trastuzumab deruxtecan"), set()),
    ("A 75-year-old man had a cutaneous squamous cell carcinoma. Cemiplimab led to complete clinical "
     "clearance of the lesion.",
     regimen("CR", "cemiplimab"), set()),
    ("A 62-year-old woman had small cell lung cancer. Lurbinectedin was started; after two cycles the "
     "disease had progressed in the liver.",
     regimen("PD", "lurbinectedin"), set()),
]

FOURTH_BATCH = [
    ("A 56-year-old man had metastatic RCC. Cabozantinib was started in 2022. Follow-up CT at 3 months: shrinkage of "
     "the renal mass and lung nodules by roughly a third.", regimen("PR", "cabozantinib"), set()),
    ("A 44-year-old woman had a desmoid tumour. Nirogacestat was started; MRI showed a decrease in T2 signal and 35% "
     "volume reduction.", regimen("PR", "nirogacestat"), set()),
    ("A 69-year-old man had myelofibrosis with a JAK2 mutation. Ruxolitinib reduced the spleen volume by 40%.",
     set(), regimen("PR", "ruxolitinib")),
    ("A 54-year-old woman had ALK-positive lung cancer. Brigatinib: intracranial lesions resolved, extracranial "
     "disease stable.", regimen("SD", "brigatinib"), set()),
    ("A 66-year-old man had metastatic pancreatic cancer. After 3 months of FOLFIRINOX (oxaliplatin, irinotecan, "
     "leucovorin, fluorouracil), restaging showed stable disease with CA 19-9 decrease.",
     regimen("SD", "oxaliplatin", "irinotecan", "fluorouracil"), set()),
    ("A 30-year-old woman had Burkitt lymphoma. After two cycles of R-CODOX-M (rituximab, cyclophosphamide, "
     "vincristine, doxorubicin, methotrexate) she was in complete remission.",
     regimen("CR", "rituximab", "cyclophosphamide", "vincristine", "doxorubicin", "methotrexate"), set()),
    ("A 72-year-old man had a metastatic melanoma. Response to nivolumab was documented as complete after one year.",
     regimen("CR", "nivolumab"), set()),
    ("A 48-year-old man had GIST. On regorafenib the disease was controlled for 9 months before progression.",
     regimen("SD", "regorafenib") | regimen("PD", "regorafenib"), set()),
    ("A 61-year-old man had metastatic colorectal cancer. Under trifluridine/tipiracil, the liver lesions increased "
     "and new peritoneal nodules appeared.", regimen("PD", "trifluridine/tipiracil"), set()),
    pytest.param(
        "A 39-year-old woman had ovarian granulosa cell tumour. Letrozole kept inhibin low and the pelvic mass stable "
        "for two years.", regimen("SD", "letrozole"), set(), marks=KEPT_APART),
    ("A 47-year-old man had NUT carcinoma. Despite cisplatin and etoposide, rapid progression occurred.",
     regimen("PD", "cisplatin", "etoposide"), set()),
    ("A 63-year-old woman had endometrial cancer. Lenvatinib plus pembrolizumab: best response PR (-48%), PFS 11 "
     "months.", regimen("PR", "lenvatinib", "pembrolizumab"), set()),
    ("A 55-year-old man had AML with FLT3-ITD. After midostaurin with daunorubicin and cytarabine, complete "
     "remission was achieved and he was transplanted.", regimen("CR", "midostaurin", "daunorubicin", "cytarabine"),
     set()),
    ("A 52-year-old woman had thyroid cancer. Dabrafenib and trametinib produced a striking regression of the neck "
     "mass.", regimen("PR", "dabrafenib", "trametinib"), set()),
]

PROBES = (MEASURED + MARKERS + METABOLIC + MARROW + CRITERIA + PROGRESSION + PLAIN_WORDS + NO_RESPONSE + SECOND_BATCH
          + THIRD_BATCH + FOURTH_BATCH)


@pytest.mark.parametrize("story, wanted, unwanted", PROBES)
def test_a_response_told_in_other_words_is_recognised(nlp, story, wanted, unwanted):
    found = pairs(nlp, report(story))
    assert wanted <= found, f"missed {wanted - found}; found {found}"
    assert not unwanted & found, f"wrong {unwanted & found}"


@pytest.mark.parametrize("story, discussion, wanted, unwanted", DISCUSSIONS)
def test_a_response_of_a_trial_or_another_patient_is_not_the_patients(nlp, story, discussion, wanted, unwanted):
    found = pairs(nlp, report(story, discussion))
    assert wanted <= found, f"missed {wanted - found}; found {found}"
    assert not unwanted & found, f"wrong {unwanted & found}"
