"""Session 30: a response belongs to the line(s) whose time window holds its assessment (kg/extraction/therapy.py).

Every course below was made up for this test, told as different authors tell it (dated, "after N cycles", "three
months later", a line table flattened to text, a terse abstract, a Discussion that retells the course). Each case
names the pairs it must give and the pairs it must not give, by the gold conventions (benchmarks/gold/README.md):
regimen partners share a line's response; a relapse after a completed line, or progression off therapy after a stop
for toxicity, is no PD of that line; a remission continuing through consolidation or maintenance is no new pair,
progression on maintenance is PD of the maintenance drugs; a response assessed after the next line started is the
next line's."""
import pytest

from rule_examples import response_pairs


def report(story: str, discussion: str | None = None) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\n" + (discussion or "The optimal sequence of treatment remains unclear.") + "\n")


def course(id_, story, present, absent, discussion=None, xfail=None):
    """One made-up course; ``xfail`` names why kg still gets it wrong (reported by the probe count, not hidden)."""
    marks = [pytest.mark.xfail(reason=xfail, strict=True)] if xfail else []
    return pytest.param(story, discussion, present, absent, id=id_, marks=marks)


RECOGNITION = "the response wording is not recognised (responses.jsonl, recognition side)"


# a line ended by progression keeps its own response and PD, and not the next line's response
NEXT_LINE = [
    course("pd-then-next-sd",
           "A 64-year-old woman had metastatic lung adenocarcinoma. Carboplatin and paclitaxel were given; after four "
           "cycles CT showed a partial response. During the sixth cycle new liver metastases appeared, consistent with "
           "progressive disease, and gemcitabine was started. After three cycles of gemcitabine the disease was stable.",
           {("carboplatin", "PR"), ("paclitaxel", "PR"), ("carboplatin", "PD"), ("gemcitabine", "SD")},
           {("carboplatin", "SD"), ("paclitaxel", "SD"), ("gemcitabine", "PD"), ("gemcitabine", "PR")}),
    course("brain-pd-switch-cr",
           "A 47-year-old man had ALK-rearranged lung adenocarcinoma. Crizotinib gave a partial response. After 14 "
           "months the disease progressed in the brain. He was switched to alectinib, and the brain lesions "
           "disappeared completely.",
           {("crizotinib", "PR"), ("crizotinib", "PD"), ("alectinib", "CR")},
           {("crizotinib", "CR"), ("alectinib", "PD"), ("alectinib", "PR")}),
    course("terse-abstract-lines",
           "A 58-year-old man with metastatic colon cancer. First-line FOLFOX produced stable disease for 8 months "
           "followed by progression; second-line FOLFIRI plus bevacizumab achieved a partial response.",
           {("oxaliplatin", "SD"), ("oxaliplatin", "PD"), ("irinotecan", "PR"), ("bevacizumab", "PR")},
           {("oxaliplatin", "PR"), ("irinotecan", "PD"), ("irinotecan", "SD"), ("bevacizumab", "SD")}),
    course("gist-controlled-then-sunitinib",
           "A 61-year-old man had a metastatic gastric GIST. Imatinib 400 mg daily kept the disease stable for three "
           "years, when CT revealed progressive disease. Sunitinib was then given and the disease stabilised again.",
           {("imatinib", "PD"), ("sunitinib", "SD")},
           {("sunitinib", "PD")}),
    course("dated-endocrine-lines",
           "A 55-year-old woman had metastatic breast cancer. In March 2018 she started letrozole and palbociclib. "
           "Scans in September 2018 showed a partial response. In February 2020 new bone lesions indicated "
           "progression. Fulvestrant and abemaciclib were begun in March 2020; in June 2020 the disease was stable.",
           {("letrozole", "PR"), ("palbociclib", "PR"), ("letrozole", "PD"), ("fulvestrant", "SD"),
            ("abemaciclib", "SD")},
           {("letrozole", "SD"), ("palbociclib", "SD"), ("fulvestrant", "PD"), ("abemaciclib", "PD")}),
    course("british-commenced",
           "A 69-year-old gentleman with metastatic renal cell carcinoma was commenced on nivolumab in May 2019. In "
           "November 2019, after twelve doses, CT demonstrated disease progression. Cabozantinib was instituted in "
           "December 2019, and a CT scan in March 2020 showed stable disease.",
           {("nivolumab", "PD"), ("cabozantinib", "SD")},
           {("nivolumab", "SD"), ("cabozantinib", "PD")}),
    course("after-progression-on-pembrolizumab",
           "A 66-year-old woman had metastatic triple-negative breast cancer. After progression on pembrolizumab, "
           "she was given carboplatin and paclitaxel; after two cycles the lesions had shrunk by 50%, a partial "
           "response.",
           {("carboplatin", "PR"), ("paclitaxel", "PR")},
           {("pembrolizumab", "PR")}),
    course("numbered-lines-terse",
           "A 52-year-old woman had EGFR-mutant lung adenocarcinoma. First line: gefitinib (partial response, 11 "
           "months). Second line: osimertinib (partial response, 20 months). Third line: carboplatin and pemetrexed "
           "(stable disease). Fourth line: docetaxel (progressive disease).",
           {("gefitinib", "PR"), ("osimertinib", "PR"), ("carboplatin", "SD"), ("pemetrexed", "SD"),
            ("docetaxel", "PD")},
           {("gefitinib", "SD"), ("osimertinib", "SD"), ("docetaxel", "SD"), ("pemetrexed", "PD"),
            ("osimertinib", "PD")}),
    course("three-months-later-subsequently",
           "A 63-year-old woman had metastatic pancreatic adenocarcinoma. Gemcitabine plus nab-paclitaxel was "
           "started. Three months later CT showed a partial response. Subsequently, after nine months, the disease "
           "progressed, and she was switched to FOLFIRI; after four cycles the disease was stable.",
           {("gemcitabine", "PR"), ("gemcitabine", "PD"), ("irinotecan", "SD")},
           {("gemcitabine", "SD"), ("irinotecan", "PR"), ("irinotecan", "PD")}),
    course("weekly-then-eribulin",
           "A 49-year-old woman had metastatic breast cancer. She was treated with weekly paclitaxel; after 12 weeks "
           "CT showed stable disease. At the next scan the liver lesions had grown, and eribulin was subsequently "
           "given, with a partial response lasting seven months.",
           {("paclitaxel", "SD"), ("eribulin", "PR")},
           {("paclitaxel", "PR"), ("eribulin", "SD")}),
]

# a response assessed after the next line started belongs to the next line
LATE_ASSESSMENT = [
    course("toxicity-stop-no-scan",
           "A 70-year-old man had metastatic lung squamous cell carcinoma. Docetaxel was given for two cycles but was "
           "stopped in July 2020 because of grade 3 neutropenia, before any restaging scan. Pembrolizumab was "
           "started in August 2020, and CT in October 2020 showed a partial response.",
           {("pembrolizumab", "PR")},
           {("docetaxel", "PR")}),
    course("sorafenib-to-lenvatinib",
           "A 57-year-old man had hepatocellular carcinoma. Sorafenib was stopped after three weeks because of a "
           "hand-foot skin reaction. Lenvatinib was started, and two months later the tumour had shrunk by 40%, a "
           "partial response.",
           {("lenvatinib", "PR")},
           {("sorafenib", "PR")}),
    course("neuropathy-then-tdxd",
           "A 51-year-old woman had HER2-positive metastatic breast cancer. Paclitaxel was given weekly for eight "
           "weeks; because of neuropathy it was stopped, and trastuzumab deruxtecan was begun in May. In July, CT "
           "showed a partial response.",
           {("trastuzumab deruxtecan", "PR")},
           {("paclitaxel", "PR")}),
    course("hepatotoxicity-switch",
           "A 39-year-old woman had ALK-positive lung adenocarcinoma. Crizotinib caused grade 3 hepatotoxicity after "
           "six weeks and was replaced by alectinib. The first CT on alectinib showed a partial response.",
           {("alectinib", "PR")},
           {("crizotinib", "PR")}),
    course("immunotherapy-colitis-then-braf",
           "A 44-year-old woman had BRAF V600E metastatic melanoma. Ipilimumab and nivolumab were given; after two "
           "doses she developed grade 3 colitis and both were stopped. Three months later CT showed progression, and "
           "dabrafenib plus trametinib was started, with a partial response at the first restaging.",
           {("dabrafenib", "PR"), ("trametinib", "PR")},
           # (no assertion on their PD: the gold takes the first restaging after an early stop as the line's)
           {("ipilimumab", "PR"), ("nivolumab", "PR")}),
]

# a relapse or restaging long after a line was completed is no response of that line
AFTER_COMPLETION = [
    course("rchop-cr-relapse-years",
           "A 62-year-old man had diffuse large B-cell lymphoma. Six cycles of R-CHOP gave a complete metabolic "
           "response. Three years later, PET/CT showed relapse in the abdomen, and he was referred for CAR T-cell "
           "therapy.",
           {("rituximab", "CR"), ("doxorubicin", "CR"), ("vincristine", "CR"), ("cyclophosphamide", "CR")},
           {("rituximab", "PD"), ("doxorubicin", "PD"), ("vincristine", "PD"), ("cyclophosphamide", "PD")}),
    course("adjuvant-capox-then-metastases",
           "A 59-year-old woman had stage III colon cancer. After surgery, adjuvant capecitabine and oxaliplatin were "
           "given for six months, completed in January 2017. In 2019 a surveillance CT showed liver metastases, "
           "consistent with disease progression.",
           set(),
           {("capecitabine", "PD"), ("oxaliplatin", "PD")}),
    course("temozolomide-eighteen-months",
           "A 41-year-old man had an IDH-mutant astrocytoma. Temozolomide was given for 12 cycles with stable "
           "disease. Eighteen months after the last cycle, MRI showed tumour progression.",
           {("temozolomide", "SD")},
           {("temozolomide", "PD")}),
    course("chemoradiation-then-recurrence",
           "A 56-year-old man had oropharyngeal squamous cell carcinoma. Chemoradiation with weekly cisplatin was "
           "completed in April 2021, with a complete response on PET. Eight months later a neck recurrence was "
           "found, and cetuximab was given.",
           {("cisplatin", "CR")},
           {("cisplatin", "PD")}),
    course("ovarian-platinum-free",
           "A 60-year-old woman had high-grade serous ovarian cancer. Carboplatin and paclitaxel were given for six "
           "cycles after debulking, with a complete response. Her disease recurred 14 months after the last cycle, "
           "and carboplatin with gemcitabine achieved a partial response.",
           {("carboplatin", "CR"), ("paclitaxel", "CR"), ("gemcitabine", "PR"), ("carboplatin", "PR")},
           {("paclitaxel", "PD"), ("paclitaxel", "PR"), ("gemcitabine", "CR")}),
]

# induction, consolidation and maintenance: the remission is the induction's; progression on maintenance is the
# maintenance drugs'
PHASES = [
    course("aml-7plus3-azacitidine",
           "A 64-year-old woman had acute myeloid leukaemia. Induction with cytarabine and daunorubicin (7+3) led to "
           "complete remission. Two cycles of high-dose cytarabine consolidation followed, then azacitidine "
           "maintenance. She remains in remission two years later.",
           {("cytarabine", "CR"), ("daunorubicin", "CR")},
           {("azacitidine", "CR")}),
    course("bevacizumab-maintenance-pd",
           "A 53-year-old woman had ovarian cancer. Carboplatin, paclitaxel and bevacizumab were given for six cycles "
           "with a partial response, and bevacizumab was continued as maintenance. After ten months of maintenance, "
           "CA-125 rose and CT showed progressive disease.",
           {("carboplatin", "PR"), ("paclitaxel", "PR"), ("bevacizumab", "PR"), ("bevacizumab", "PD")},
           {("carboplatin", "PD"), ("paclitaxel", "PD")}),
    course("pemetrexed-pembrolizumab-maintenance",
           "A 67-year-old man had non-squamous lung cancer. Four cycles of carboplatin and pemetrexed plus "
           "pembrolizumab achieved a partial response; maintenance pemetrexed and pembrolizumab followed. "
           "Progression was noted at 14 months.",
           {("carboplatin", "PR"), ("pemetrexed", "PD"), ("pembrolizumab", "PD")},
           {("carboplatin", "PD")}),
    course("rituximab-maintenance-relapse-after",
           "A 58-year-old woman had follicular lymphoma. R-CHOP x6 gave a complete response; rituximab maintenance "
           "every two months followed for two years. Relapse occurred six months after the end of maintenance.",
           {("rituximab", "CR"), ("cyclophosphamide", "CR")},
           {("rituximab", "PD"), ("cyclophosphamide", "PD")}),
    course("myeloma-deeper-on-maintenance",
           "A 60-year-old man had multiple myeloma. Induction with bortezomib, lenalidomide and dexamethasone "
           "produced a very good partial response. He underwent autologous transplant after high-dose melphalan, and "
           "lenalidomide maintenance followed; on maintenance a stringent complete response was documented.",
           {("bortezomib", "PR"), ("lenalidomide", "PR"), ("lenalidomide", "CR")},
           {("melphalan", "CR"), ("bortezomib", "CR")}),
    course("all-induction-blinatumomab-maintenance",
           "A 22-year-old man had B-cell acute lymphoblastic leukaemia. Induction with vincristine, daunorubicin and "
           "pegaspargase gave an MRD-negative complete remission. Consolidation with blinatumomab followed, then "
           "maintenance with mercaptopurine and methotrexate. Fourteen months after maintenance started, the "
           "leukaemia relapsed in the marrow.",
           {("vincristine", "CR"), ("daunorubicin", "CR"), ("mercaptopurine", "PD")},
           {("blinatumomab", "CR"), ("vincristine", "PD"), ("blinatumomab", "PD")},
           xfail=RECOGNITION),
]

# alternating regimens are one line: a response after course N is every component's
ALTERNATING = [
    course("vdc-ie-course-6",
           "A 14-year-old boy had Ewing sarcoma of the femur. He was treated with alternating cycles of VDC "
           "(vincristine, doxorubicin, cyclophosphamide) and IE (ifosfamide, etoposide). After course 6, MRI showed "
           "a partial response, and the femur was resected.",
           {("vincristine", "PR"), ("doxorubicin", "PR"), ("cyclophosphamide", "PR"), ("ifosfamide", "PR"),
            ("etoposide", "PR")},
           set()),
    course("vdc-ice-shrinkage",
           "A 3-year-old girl had a high-risk neuroblastoma. Chemotherapy alternated vincristine, doxorubicin and "
           "cyclophosphamide with ifosfamide, carboplatin and etoposide. After six courses the primary tumour showed "
           "a partial response.",
           {("vincristine", "PR"), ("cyclophosphamide", "PR"), ("ifosfamide", "PR"), ("carboplatin", "PR"),
            ("etoposide", "PR")},
           set()),
    course("named-regimen-course-of-two",
           "A 9-year-old boy had an alveolar rhabdomyosarcoma of the hand. Treatment alternated VAC (vincristine, "
           "dactinomycin, cyclophosphamide) with IE (ifosfamide, etoposide). After two VAC courses the mass had shrunk "
           "by 40%, a partial response. MRI after course 8 showed a complete response.",
           {("vincristine", "PR"), ("dactinomycin", "PR"), ("cyclophosphamide", "PR"), ("vincristine", "CR"),
            ("ifosfamide", "CR"), ("etoposide", "CR")},
           {("ifosfamide", "PR"), ("etoposide", "PR")},
           xfail="the second regimen named by its drugs only is not split off (a split by unlisted drugs cost held-out "
                 "pairs)"),
    course("alternating-cycles-of-two-names",
           "A 16-year-old girl had Ewing sarcoma of the rib. She received alternating cycles of VDC and IE. After the "
           "second IE course, MRI showed a partial response; after course 8 the response was complete.",
           {("ifosfamide", "PR"), ("etoposide", "PR"), ("vincristine", "CR"), ("ifosfamide", "CR")},
           {("vincristine", "PR"), ("doxorubicin", "PR")},
           xfail="'IE' is no regimen term (its drugs are not found)"),
    course("alternating-then-irinotecan",
           "A 17-year-old girl had Ewing sarcoma of the pelvis. Alternating VDC/IE was given for 14 cycles with a "
           "complete response. Twelve months after completion, lung metastases appeared. Irinotecan and temozolomide "
           "were given, and after course 6 the nodules had shrunk, a partial response.",
           {("vincristine", "CR"), ("etoposide", "CR"), ("irinotecan", "PR"), ("temozolomide", "PR")},
           {("vincristine", "PR"), ("ifosfamide", "PR"), ("etoposide", "PR"), ("vincristine", "PD"),
            ("etoposide", "PD"), ("irinotecan", "CR")}),
]

# a response told once for a regimen name reaches every component
REGIMEN_NAME = [
    course("flag-ida",
           "A 38-year-old woman had relapsed acute myeloid leukaemia. She received FLAG-Ida and achieved a complete "
           "remission.",
           {("fludarabine", "CR"), ("cytarabine", "CR"), ("idarubicin", "CR")},
           set()),
    course("interim-pet-rchop",
           "A 71-year-old man had diffuse large B-cell lymphoma. After two cycles of R-CHOP, interim PET showed a "
           "complete metabolic response.",
           {("rituximab", "CR"), ("cyclophosphamide", "CR"), ("doxorubicin", "CR"), ("vincristine", "CR")},
           {("prednisone", "CR")}),
    course("abvd",
           "A 24-year-old woman had classic Hodgkin lymphoma. ABVD x 4 led to a complete metabolic remission.",
           {("doxorubicin", "CR"), ("bleomycin", "CR"), ("vinblastine", "CR"), ("dacarbazine", "CR")},
           set()),
    course("folfirinox",
           "A 54-year-old man had locally advanced pancreatic cancer. FOLFIRINOX was started; after four cycles CT "
           "showed a partial response.",
           {("oxaliplatin", "PR"), ("irinotecan", "PR")},
           set()),
    course("bep",
           "A 29-year-old man had a metastatic non-seminomatous germ cell tumour. Three cycles of BEP achieved a "
           "complete response.",
           {("bleomycin", "CR"), ("etoposide", "CR"), ("cisplatin", "CR")},
           set()),
    course("gd-named-after",
           "A 45-year-old woman had uterine leiomyosarcoma. Chemotherapy with gemcitabine and docetaxel was started in "
           "June 2021. After four cycles of GD, a partial response was seen.",
           {("gemcitabine", "PR"), ("docetaxel", "PR")},
           set()),
    course("capox-stable",
           "A 66-year-old man had metastatic rectal cancer. Stable disease was achieved with the CAPOX regimen for "
           "eight months.",
           {("capecitabine", "SD"), ("oxaliplatin", "SD")},
           set()),
]

# a dose interruption or a toxicity switch within a line keeps the line's response
SAME_LINE = [
    course("sunitinib-dose-reduced",
           "A 63-year-old man had metastatic renal cell carcinoma. Sunitinib was interrupted for grade 3 hypertension "
           "and restarted at a lower dose; the disease remained stable for two years.",
           {("sunitinib", "SD")},
           set()),
    course("cisplatin-to-carboplatin",
           "A 58-year-old man had bladder cancer. Gemcitabine and cisplatin were started; cisplatin was replaced by "
           "carboplatin after cycle 2 because of ototoxicity. After six cycles in total, CT showed a partial "
           "response.",
           {("gemcitabine", "PR"), ("carboplatin", "PR")},
           set(),
           xfail="a swap told in the sentence that opened the line is read as a new line"),
    course("two-responses-one-line",
           "A 36-year-old woman had BRAF V600E melanoma. Dabrafenib and trametinib gave a partial response at two "
           "months and a complete response at eight months.",
           {("dabrafenib", "PR"), ("dabrafenib", "CR"), ("trametinib", "CR")},
           set()),
    course("ongoing-line-pd-years-later",
           "A 50-year-old woman had ALK-positive lung cancer. Lorlatinib was started in 2019 with a complete "
           "intracranial response and continued; in 2023, while still on lorlatinib, new brain lesions appeared, "
           "consistent with progression.",
           {("lorlatinib", "CR"), ("lorlatinib", "PD")},
           set()),
]

# line tables flattened to text
TABLES = [
    course("line-table-cells",
           "A 60-year-old man had RET-rearranged lung adenocarcinoma.\n\nLine: 1 | Regimen: carboplatin + pemetrexed | "
           "Dates: 2018-2019 | Best response: PR\nLine: 2 | Regimen: docetaxel | Dates: 2019 | Best response: PD\n"
           "Line: 3 | Regimen: selpercatinib | Dates: 2020- | Best response: CR",
           {("carboplatin", "PR"), ("pemetrexed", "PR"), ("docetaxel", "PD"), ("selpercatinib", "CR")},
           {("docetaxel", "PR"), ("docetaxel", "CR"), ("carboplatin", "PD"), ("selpercatinib", "PD"),
            ("pemetrexed", "CR")}),
    course("pipe-rows",
           "A 57-year-old woman had FGFR2-fused cholangiocarcinoma. Her treatment is summarised below.\n\n"
           "Gemcitabine/cisplatin | 01/2019-06/2019 | stable disease\nPemigatinib | 08/2019-03/2021 | partial "
           "response\nFutibatinib | 04/2021-10/2021 | progressive disease",
           {("gemcitabine", "SD"), ("pemigatinib", "PR"), ("futibatinib", "PD")},
           {("gemcitabine", "PR"), ("pemigatinib", "PD"), ("futibatinib", "PR"), ("pemigatinib", "SD")}),
]

# the course retold in the Discussion
RETOLD = [
    course("discussion-first-and-topotecan",
           "A 68-year-old man had extensive-stage small cell lung cancer. He received carboplatin and etoposide, and "
           "later topotecan.",
           {("carboplatin", "PR"), ("etoposide", "PR"), ("topotecan", "PD")},
           {("topotecan", "PR"), ("carboplatin", "PD")},
           discussion="Our patient responded partially to first-line chemotherapy but progressed rapidly on "
                      "topotecan.",
           xfail="a retelling naming the line by its ordinal is not read (reading every ordinal in a Discussion cost a "
                 "held-out pair)"),
    course("discussion-larotrectinib",
           "A 4-year-old boy had an NTRK-fused infantile fibrosarcoma. Vincristine and dactinomycin were given in "
           "2020, then larotrectinib from March 2021.",
           {("larotrectinib", "CR"), ("vincristine", "SD")},
           {("vincristine", "CR"), ("larotrectinib", "SD")},
           discussion="The response to larotrectinib in our patient was complete and durable, whereas chemotherapy "
                      "with vincristine and dactinomycin had only achieved stable disease.",
           xfail=RECOGNITION),
]

ALL = NEXT_LINE + LATE_ASSESSMENT + AFTER_COMPLETION + PHASES + ALTERNATING + REGIMEN_NAME + SAME_LINE + TABLES + RETOLD


@pytest.mark.parametrize("story, discussion, present, absent", ALL)
def test_a_response_belongs_to_the_line_whose_window_holds_it(nlp, story, discussion, present, absent):
    found = response_pairs(nlp, report(story, discussion))
    assert present <= found, f"missed {present - found}; found {sorted(found)}"
    assert not absent & found, f"wrong line: {absent & found}"


# longer courses: the assessment told sentences after the line began, with events, scans and surgery between
LONG = [
    course("long-dated-three-lines",
           "A 61-year-old man presented in January 2019 with cough. CT showed a right upper lobe mass with "
           "mediastinal nodes, and biopsy confirmed lung adenocarcinoma with an EML4::ALK fusion. Alectinib 600 mg "
           "twice daily was started in February 2019. He developed grade 2 myalgia in March 2019, managed with "
           "analgesics. CT in May 2019 showed a partial response. He remained well for two years. In June 2021, MRI "
           "showed three new brain metastases, consistent with progression, and stereotactic radiosurgery was "
           "given. Lorlatinib was started in July 2021. His cholesterol rose, and atorvastatin was added. In "
           "October 2021, MRI showed complete resolution of the brain lesions. In March 2023, CT showed new liver "
           "lesions. A liver biopsy showed the same adenocarcinoma. Carboplatin and pemetrexed were given from "
           "April 2023, and CT after four cycles showed stable disease.",
           {("alectinib", "PR"), ("alectinib", "PD"), ("lorlatinib", "CR"), ("lorlatinib", "PD"),
            ("carboplatin", "SD"), ("pemetrexed", "SD")},
           {("alectinib", "CR"), ("lorlatinib", "PR"), ("lorlatinib", "SD"), ("alectinib", "SD"),
            ("carboplatin", "PD"), ("pemetrexed", "PD")}),
    course("long-lymphoma-salvage",
           "A 54-year-old woman was diagnosed with diffuse large B-cell lymphoma, stage IV, in 2020. She received six "
           "cycles of R-CHOP. She had febrile neutropenia after cycle 3, and pegfilgrastim was added. End-of-"
           "treatment PET showed a complete metabolic response. Nine months later she noticed a new axillary mass. "
           "Biopsy confirmed relapsed DLBCL. Salvage R-ICE was given for three cycles; PET then showed a partial "
           "response. Autologous transplantation was not possible because stem-cell collection failed. She "
           "received glofitamab after obinutuzumab pretreatment, and after six cycles PET showed a complete "
           "metabolic response.",
           {("cyclophosphamide", "CR"), ("doxorubicin", "CR"), ("ifosfamide", "PR"), ("carboplatin", "PR"),
            ("glofitamab", "CR")},
           {("cyclophosphamide", "PD"), ("doxorubicin", "PD"), ("ifosfamide", "CR"), ("carboplatin", "CR"),
            ("cyclophosphamide", "PR"), ("glofitamab", "PR")}),
    course("long-sarcoma-toxicity-switch",
           "A 35-year-old woman had a metastatic synovial sarcoma of the thigh. In August 2021 she started "
           "doxorubicin and ifosfamide. After the second cycle she developed grade 4 febrile neutropenia and grade "
           "3 encephalopathy, and ifosfamide was omitted; doxorubicin alone was continued for four more cycles. CT "
           "in January 2022 showed a partial response of the lung nodules. Six months after the last doxorubicin "
           "dose the nodules enlarged. Pazopanib was started in August 2022. CT in November 2022 showed stable "
           "disease. She had grade 2 hypertension. In May 2023 the disease progressed and she entered hospice "
           "care.",
           {("doxorubicin", "PR"), ("pazopanib", "SD"), ("pazopanib", "PD")},
           {("doxorubicin", "PD"), ("doxorubicin", "SD"), ("pazopanib", "PR")}),
    course("long-aml-phases",
           "A 45-year-old man presented with fatigue; the marrow showed acute myeloid leukaemia with an NPM1 "
           "mutation and FLT3-ITD. Induction with daunorubicin, cytarabine and midostaurin was started in March "
           "2022. The day 28 marrow showed complete remission. He received three cycles of high-dose cytarabine "
           "with midostaurin as consolidation, then midostaurin maintenance. In February 2023, during maintenance, "
           "blasts reappeared in the blood and the marrow confirmed relapse. Gilteritinib was started, and the "
           "marrow after two months showed complete remission with incomplete count recovery.",
           {("daunorubicin", "CR"), ("cytarabine", "CR"), ("midostaurin", "CR"), ("midostaurin", "PD"),
            ("gilteritinib", "CR")},
           {("daunorubicin", "PD"), ("cytarabine", "PD"), ("gilteritinib", "PD")}),
    course("long-colon-retold",
           "A 48-year-old woman had metastatic colon cancer with liver metastases, KRAS wild-type. FOLFOX with "
           "panitumumab was started in May 2020. After six cycles, CT showed a partial response, and after 12 "
           "cycles oxaliplatin was stopped because of grade 2 neuropathy. 5-FU, leucovorin and panitumumab were "
           "continued as maintenance. In March 2021 the liver lesions grew. FOLFIRI with bevacizumab was begun, and "
           "the disease was stable at the first restaging.",
           {("oxaliplatin", "PR"), ("panitumumab", "PR"), ("panitumumab", "PD"), ("irinotecan", "SD"),
            ("bevacizumab", "SD")},
           {("oxaliplatin", "PD"), ("irinotecan", "PD"), ("irinotecan", "PR"), ("panitumumab", "SD")}),
    course("long-gist-surgery-between",
           "A 66-year-old man had a 12 cm gastric GIST with a KIT exon 11 deletion and liver metastases. Imatinib "
           "400 mg daily was started in 2017, and CT after six months showed a partial response. The residual "
           "gastric tumour was resected in 2018, and imatinib was continued. In 2021 a new liver lesion grew, "
           "consistent with progression. The imatinib dose was increased to 800 mg, without benefit, and sunitinib "
           "was started in 2022. The disease remained stable on sunitinib for 14 months.",
           {("imatinib", "PR"), ("imatinib", "PD"), ("sunitinib", "SD")},
           {("sunitinib", "PR"), ("sunitinib", "PD"), ("imatinib", "SD")}),
    course("long-neuroblastoma-phases",
           "A 3-year-old boy was diagnosed with MYCN-amplified neuroblastoma with bone marrow involvement. Induction "
           "comprised six cycles of cyclophosphamide, topotecan, cisplatin, etoposide, doxorubicin and vincristine. "
           "After induction, MIBG scan showed a partial response. The primary tumour was resected. Consolidation "
           "was tandem autologous transplantation after thiotepa and then busulfan with melphalan, followed by "
           "radiotherapy. Dinutuximab with isotretinoin was given as maintenance. Eleven months after maintenance "
           "ended, MIBG showed new bone lesions.",
           {("cyclophosphamide", "PR"), ("topotecan", "PR"), ("cisplatin", "PR")},
           {("dinutuximab", "PD"), ("dinutuximab", "PR"), ("melphalan", "PR"), ("cyclophosphamide", "PD")}),
    course("long-breast-months-later",
           "A 42-year-old woman had HER2-positive metastatic breast cancer. Docetaxel, trastuzumab and pertuzumab "
           "were given for six cycles, followed by trastuzumab and pertuzumab. The liver metastases responded "
           "partially. Twenty-two months later, a brain metastasis was found and treated with radiosurgery, and "
           "trastuzumab with pertuzumab was continued. Four months later, the liver lesions progressed. "
           "Trastuzumab deruxtecan was started, and three months later CT showed a partial response.",
           {("docetaxel", "PR"), ("trastuzumab", "PR"), ("trastuzumab", "PD"), ("trastuzumab deruxtecan", "PR")},
           {("docetaxel", "PD"), ("trastuzumab deruxtecan", "PD")}),
]

ALL += LONG


# a counted course has a time window (its cycles from its start): a progression dated well past it is a relapse after
# the course, however the time is told (since diagnosis, a date after an undated course told after a dated sentence)
COURSE_WINDOW = [
    course("since-diagnosis-chemoradiation",
           "A 33-year-old man underwent resection of a left frontal glioblastoma. He then received radiotherapy with "
           "concurrent temozolomide and then six adjuvant cycles. Twenty months after diagnosis MRI showed a new "
           "enhancing lesion, consistent with progression. Bevacizumab was started.",
           set(), {("temozolomide", "PD")}),
    course("since-diagnosis-counted",
           "A 12-year-old girl was diagnosed with a medulloblastoma. After resection and craniospinal irradiation she "
           "received eight cycles of cisplatin, lomustine and vincristine. Two years from the initial diagnosis, MRI "
           "showed spinal relapse.",
           set(), {("cisplatin", "PD"), ("lomustine", "PD"), ("vincristine", "PD")}),
    course("dated-before-undated-course",
           "A 27-year-old woman had a nephrectomy for a Wilms tumour in May 2016. Histology showed favourable "
           "histology. She received six cycles of vincristine and dactinomycin. She remained well until April 2019, "
           "when CT showed lung metastases, consistent with relapse.",
           set(), {("vincristine", "PD"), ("dactinomycin", "PD")}),
    course("still-inside-window",
           "A 59-year-old man was diagnosed with metastatic gastric cancer. He received six cycles of oxaliplatin and "
           "capecitabine. Three months after diagnosis CT showed progression in the liver.",
           {("oxaliplatin", "PD")}, set()),
]

# an author's conclusion or a general claim restates the story: no new assessment of the running line
CONCLUSIONS = [
    course("our-case-shows-relapse",
           "A 40-year-old woman had acute myeloid leukaemia with FLT3-ITD. Induction chemotherapy with daunorubicin "
           "and cytarabine gave a complete remission, and she had an allogeneic transplant. Six months later the "
           "leukaemia relapsed. Gilteritinib was started, and the marrow after two months showed a second complete "
           "remission. Our case shows that gilteritinib can restore remission after relapse following transplant.",
           {("gilteritinib", "CR"), ("daunorubicin", "CR")}, {("gilteritinib", "PD")}),
    course("general-claim-relapse-common",
           "A 6-year-old boy had an ALK-positive inflammatory myofibroblastic tumour of the bladder. Crizotinib gave a "
           "complete response and was stopped after two years. Such tumours respond well to ALK inhibitors, but "
           "relapse after stopping is common.",
           {("crizotinib", "CR")}, {("crizotinib", "PD")}),
]

ALL += COURSE_WINDOW + CONCLUSIONS


# an assessment dated or told after the next line began is the next line's; one dated inside an earlier line is that
# line's
AFTER_THE_SWITCH = [
    course("dated-after-toxicity-stop",
           "A 52-year-old woman had a metastatic leiomyosarcoma. Pazopanib was started in June 2019. It was stopped in "
           "August 2019 because of hepatotoxicity. Trabectedin was started in September 2019. In December 2019, CT "
           "showed stable disease.",
           {("trabectedin", "SD")}, {("pazopanib", "SD")}),
    course("switched-six-months-later",
           "A 49-year-old man had ALK-positive lung cancer. He was switched from crizotinib to lorlatinib in 2020 after "
           "progression in the brain. Six months later, MRI showed a partial intracranial response.",
           {("crizotinib", "PD"), ("lorlatinib", "PR")}, {("crizotinib", "PR")}),
    course("switch-for-neuropathy-months",
           "A 60-year-old woman had metastatic pancreatic cancer. After four cycles of FOLFIRINOX, gemcitabine plus "
           "nab-paclitaxel was given because of neuropathy. CT after two months showed a partial response.",
           {("gemcitabine", "PR")}, {("irinotecan", "PR")},
           xfail="a course named as the time ('After four cycles of X, Y was given') in the first drug sentence joins Y's line"),
    course("progressed-at-26-months",
           "A 57-year-old woman had hormone receptor-positive metastatic breast cancer. Ribociclib and letrozole were "
           "begun; after three months the liver lesions were smaller, a partial response. At 26 months she progressed; "
           "capecitabine was given, and the next CT showed stable disease.",
           {("ribociclib", "PR"), ("ribociclib", "PD"), ("capecitabine", "SD")},
           {("ribociclib", "SD"), ("capecitabine", "PD"), ("capecitabine", "PR")}),
    course("dated-inside-earlier-line",
           "A 58-year-old woman had BRCA1-mutated ovarian cancer. In March 2017 she began carboplatin and paclitaxel. In "
           "October 2017 she started olaparib maintenance. A CT in August 2017, after six cycles, had shown a complete "
           "response.",
           {("carboplatin", "CR"), ("paclitaxel", "CR")}, {("olaparib", "CR")}),
    course("replaced-because-of-progression",
           "A 63-year-old man had a metastatic GIST. Because of progression, imatinib was replaced by sunitinib in May "
           "2015; by August the liver lesions had shrunk, a partial response.",
           {("imatinib", "PD"), ("sunitinib", "PR")}, {("imatinib", "PR"), ("sunitinib", "PD")}),
    course("timeline-lines",
           "A 66-year-old man had extensive-stage small cell lung cancer.\n\nJanuary 2019: carboplatin, etoposide and "
           "atezolizumab started.\nApril 2019: CT showed a partial response.\nNovember 2019: progression; topotecan "
           "started.\nJanuary 2020: CT showed progressive disease.",
           {("carboplatin", "PR"), ("atezolizumab", "PR"), ("topotecan", "PD")},
           {("topotecan", "PR"), ("carboplatin", "SD")}),
    course("retold-after-second-line",
           "A 47-year-old man had metastatic melanoma with a BRAF V600E mutation. Dabrafenib and trametinib were given "
           "from 2018. Nivolumab was started in 2020 after progression. Dabrafenib and trametinib had produced a "
           "partial response lasting 20 months.",
           {("dabrafenib", "PR"), ("trametinib", "PR")}, {("nivolumab", "PR")}),
]

ALL += AFTER_THE_SWITCH
