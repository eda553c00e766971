"""Session 30 (ae30): made-up probes of graded adverse events, written BEFORE reading kg's adverse-event rules, as
many authors would tell them: grade notations (G3, grade-3, grade III, CTCAE grade >=3, "(CTCAE v5.0)" between grade
and event), tables flattened to text, a grade after a lab value, severity words without a grade, events of several
drugs, a list sharing one grade, two grades in one sentence, dose-limiting events and dose reductions, and the
negatives (no grade 3 toxicity, without neutropenia, prophylaxis, risk of, another person's or a trial's rates, an
event present before treatment). Each probe names the (CTCAE v5.0 term, grade) pairs the gold conventions of
benchmarks/gold/README.md ("Conventions settled in session 18") ask for; an alternative label or grade is allowed
where the convention allows it (a severity word is [null, n], "grade 3/4" is [3, 4], a liver-enzyme rise may be
ALT or AST). Every text is our own."""
from __future__ import annotations

import pytest

from rule_examples import graded_events

ALT = ("Alanine aminotransferase increased", "Aspartate aminotransferase increased")


def _report(body: str) -> str:
    return f"Case report\n\nCase presentation\n{body}\n"


def _want(label, grades):
    """One expected event: ``label`` (a term or a tuple of acceptable terms), ``grades`` (an int, None or a tuple)."""
    labels = label if isinstance(label, tuple) else (label,)
    grades = grades if isinstance(grades, tuple) else (grades,)
    return labels, grades


def mismatches(found: set, expected: list) -> tuple[list, list]:
    """(expected events kg missed, events kg found that no expectation names)."""
    wanted = [_want(*e) for e in expected]
    missed = [w for w in wanted if not any(lab in w[0] and g in w[1] for lab, g in found)]
    extra = [(lab, g) for lab, g in found if not any(lab in w[0] and g in w[1] for w in wanted)]
    return missed, extra


N = "Neutrophil count decreased"
P = "Platelet count decreased"

PROBES = [
    # --- grade notations
    ("ctcae-between", "A 61-year-old man with lung adenocarcinoma received docetaxel from May 2021. After the second "
     "cycle he developed grade 3 (CTCAE v5.0) neutropenia.", [(N, 3)]),
    ("G3", "A 57-year-old woman with breast cancer received paclitaxel weekly. G3 neutropenia on day 15 delayed the "
     "next dose.", [(N, 3)]),
    ("grade-hyphen", "A 49-year-old man with colon cancer started FOLFIRI in 2020. He had grade-3 diarrhoea after "
     "cycle 2.", [("Diarrhea", 3)]),
    ("roman", "A 66-year-old man with head and neck squamous cell carcinoma received cisplatin with radiotherapy. "
     "Grade III mucositis developed in week 5.", [("Mucositis oral", 3)]),
    ("ctcae-geq", "A 70-year-old woman with ovarian cancer received carboplatin and gemcitabine. She had CTCAE grade "
     "\u22653 thrombocytopenia after cycle 3.", [(P, (3, 4))]),
    ("hfs-capital", "A 52-year-old woman with colorectal cancer took capecitabine from 2019. Grade 2 hand-foot "
     "syndrome led to a pause of one week.", [("Palmar-plantar erythrodysesthesia syndrome", 2)]),
    ("grade-word", "A 63-year-old man with gastric cancer received FOLFOX. Grade two nausea responded to ondansetron.",
     [("Nausea", 2)]),
    ("nci-ctc", "A 45-year-old woman with acute myeloid leukaemia received cytarabine and daunorubicin in 2018. NCI-CTC "
     "grade 4 neutropenia lasted 21 days.", [(N, 4)]),
    ("who-grade", "A 58-year-old man with nasopharyngeal carcinoma received cisplatin and fluorouracil. WHO grade 3 "
     "stomatitis developed after the second course.", [("Mucositis oral", 3)]),
    ("slash", "A 60-year-old man with small cell lung cancer received carboplatin and etoposide. Grade 3/4 neutropenia "
     "occurred after every cycle.", [(N, (3, 4))]),
    ("range", "A 55-year-old woman with renal cell carcinoma took sunitinib from 2017. Grade 1-2 fatigue was present "
     "throughout.", [("Fatigue", (1, 2))]),
    ("ctcae-version", "A 64-year-old woman with colon cancer received oxaliplatin with capecitabine. Peripheral sensory "
     "neuropathy, grade 2 according to CTCAE v4.03, appeared after cycle 6.",
     [("Peripheral sensory neuropathy", 2)]),
    # --- grade after the event
    ("paren-G", "A 48-year-old man with Hodgkin lymphoma received ABVD in 2016. Neutropenia (G4) was seen before "
     "cycle 3.", [(N, 4)]),
    ("paren-ctcae", "A 59-year-old man with pancreatic cancer received FOLFIRINOX. Diarrhoea (CTCAE grade 2) "
     "followed the first cycle.", [("Diarrhea", 2)]),
    ("commas", "A 62-year-old man with melanoma received nivolumab from 2019. Colitis, grade 3, required "
     "infliximab.", [("Colitis", 3)]),
    ("of-grade", "A 54-year-old woman with lung cancer received pemetrexed. A neutropenia of grade 4 was observed on "
     "day 12.", [(N, 4)]),
    ("asthenia", "A 67-year-old man with prostate cancer received docetaxel. The appearance of a grade 2 asthenia "
     "led to a reduction of the dose.", [("Fatigue", 2)]),
    ("grade-of", "A 71-year-old man with lung cancer received carboplatin and pemetrexed. Grade 3 of febrile "
     "neutropenia appeared on day 8.", [("Febrile neutropenia", 3)]),
    ("complicated-by", "A 68-year-old man with melanoma received ipilimumab and nivolumab. His course was complicated "
     "by grade 3 colitis requiring infliximab.", [("Colitis", 3)]),
    ("reached", "A 50-year-old woman with lung cancer took osimertinib. Her diarrhoea reached grade 2 in month 2.",
     [("Diarrhea", 2)]),
    # --- lab values with their grade
    ("lab-then-grade", "A 57-year-old man with hepatocellular carcinoma took sorafenib. In week 3 his ALT rose to "
     "245 U/L (grade 3).", [("Alanine aminotransferase increased", 3)]),
    ("lab-paren-event", "A 69-year-old woman with myeloma received lenalidomide. Her platelet count fell to "
     "38 x 10^9/L (grade 3 thrombocytopenia).", [(P, 3)]),
    ("na-grade", "A 62-year-old man with small cell lung cancer received cisplatin and etoposide. Hyponatraemia "
     "(sodium 124 mmol/L; grade 3) developed after the first cycle.", [("Hyponatremia", 3)]),
    ("creat", "A 58-year-old woman with cervical cancer received cisplatin. Her creatinine rose to 2.1 mg/dL, grade 2, "
     "and cisplatin was replaced by carboplatin.", [("Creatinine increased", 2)]),
    ("bp-grade", "A 66-year-old man with renal cell carcinoma took axitinib. Grade 3 hypertension (180/110 mmHg) "
     "needed two drugs.", [("Hypertension", 3)]),
    ("anc-grade4", "A 35-year-old woman with Ewing sarcoma received VDC/IE chemotherapy. Her absolute neutrophil count "
     "was 0.3 x 10^9/L on day 9, a grade 4 neutropenia.", [(N, 4)]),
    # --- lists sharing one grade, two grades in a sentence
    ("list-before", "A 61-year-old woman with ovarian cancer received carboplatin and paclitaxel. She had grade 2 "
     "nausea, vomiting and fatigue.", [("Nausea", 2), ("Vomiting", 2), ("Fatigue", 2)]),
    ("list-pair", "A 60-year-old man with lung cancer received carboplatin and etoposide. Grade 3 neutropenia and "
     "thrombocytopenia followed cycle 2.", [(N, 3), (P, 3)]),
    ("all-grade", "A 53-year-old woman with breast cancer received trastuzumab deruxtecan. Nausea, vomiting and "
     "diarrhoea, all grade 1, did not need treatment.", [("Nausea", 1), ("Vomiting", 1), ("Diarrhea", 1)]),
    ("two-grades", "A 59-year-old man with colorectal cancer received cetuximab with FOLFIRI. He developed a grade 2 "
     "acneiform rash and grade 3 diarrhoea.", [("Rash acneiform", 2), ("Diarrhea", 3)]),
    ("paren-pairs", "A 64-year-old man with DLBCL received R-CHOP. Neutropenia (grade 4) and anaemia (grade 2) "
     "followed the third cycle.", [(N, 4), ("Anemia", 2)]),
    ("included", "A 56-year-old woman with breast cancer received docetaxel and cyclophosphamide. Adverse events "
     "included anaemia (grade 2), neutropenia (grade 3) and nausea (grade 1).",
     [("Anemia", 2), (N, 3), ("Nausea", 1)]),
    ("following", "A 58-year-old man with gastric cancer received nivolumab with chemotherapy. The following "
     "toxicities were recorded: grade 2 anorexia and grade 1 nausea.", [("Anorexia", 2), ("Nausea", 1)]),
    # --- tables flattened to text
    ("table-inline", "A 62-year-old man with lung cancer received carboplatin and pemetrexed. Adverse events "
     "(CTCAE v5.0): Neutropenia 3; Anaemia 2; Fatigue 1.", [(N, 3), ("Anemia", 2), ("Fatigue", 1)]),
    ("table-rows", "A 47-year-old woman with cervical cancer received cisplatin with radiotherapy.\n\nTable 2. "
     "Toxicities during treatment\nEvent Grade\nNeutropenia 3\nAnaemia 2\nDiarrhoea 2",
     [(N, 3), ("Anemia", 2), ("Diarrhea", 2)]),
    ("max-grade", "A 52-year-old man with AML received azacitidine and venetoclax. Maximum grade: neutropenia 4, "
     "thrombocytopenia 3.", [(N, 4), (P, 3)]),
    ("cycle-table", "A 57-year-old woman with breast cancer received docetaxel. Cycle 1: neutropenia G2; cycle 2: "
     "neutropenia G3.", [(N, 2), (N, 3)]),
    # --- dose-limiting, dose reduction
    ("dose-limiting", "A 66-year-old man with lung cancer took lorlatinib. Dose-limiting grade 3 hypercholesterolaemia "
     "led to a reduction to 75 mg.", [("Cholesterol high", 3)]),
    ("dose-reduction", "A 61-year-old man with colon cancer received FOLFOX. Grade 2 peripheral neuropathy required "
     "dose reduction of oxaliplatin.", [("Peripheral sensory neuropathy", 2)]),
    ("interrupted", "A 44-year-old woman with GIST took imatinib. Imatinib was interrupted for grade 3 "
     "neutropenia.", [(N, 3)]),
    # --- event names (synonyms)
    ("low-platelets", "A 72-year-old man with myelodysplastic syndrome received azacitidine. Low platelets (grade 3) "
     "delayed cycle 2.", [(P, 3)]),
    ("liver-enzymes", "A 55-year-old woman with melanoma received pembrolizumab. Grade 2 liver enzyme elevation "
     "resolved on prednisone.", [(ALT, 2)]),
    ("skin-rash", "A 62-year-old man with lung cancer took erlotinib. A grade 2 skin rash appeared on his face.",
     [(("Rash maculo-papular", "Rash acneiform"), 2)]),
    ("neuropathy-plain", "A 58-year-old woman with ovarian cancer received paclitaxel. Grade 2 neuropathy of the "
     "feet persisted.", [("Peripheral sensory neuropathy", 2)]),
    ("mucositis-plain", "A 40-year-old man with AML received high-dose cytarabine. Grade 3 mucositis required "
     "morphine.", [("Mucositis oral", 3)]),
    ("fn", "A 19-year-old man with Ewing sarcoma received VDC. He was admitted with grade 3 febrile neutropenia.",
     [("Febrile neutropenia", 3)]),
    ("pneumonitis", "A 66-year-old woman with lung cancer received durvalumab after chemoradiation. Grade 2 "
     "pneumonitis was treated with prednisolone.", [("Pneumonitis", 2)]),
    ("qtc", "A 54-year-old man with APL received arsenic trioxide. Grade 3 QTc prolongation prompted a pause.",
     [("Electrocardiogram QT corrected interval prolonged", 3)]),
    ("transaminitis", "A 48-year-old woman with lung cancer took crizotinib. Grade 3 transaminitis appeared in "
     "week 6.", [(ALT, 3)]),
    ("hfsr", "A 60-year-old man with liver cancer took sorafenib. A grade 3 hand\u2013foot skin reaction appeared.",
     [("Palmar-plantar erythrodysesthesia syndrome", 3)]),
    ("leg-oedema", "A 51-year-old woman with GIST took imatinib. Grade 2 oedema of the legs developed.",
     [("Edema limbs", 2)]),
    ("hypomag", "A 60-year-old man with colorectal cancer received panitumumab. Grade 2 hypomagnesaemia needed "
     "infusions.", [("Hypomagnesemia", 2)]),
    ("infusion", "A 70-year-old woman with follicular lymphoma received obinutuzumab. A grade 2 infusion reaction "
     "occurred during the first dose.", [("Infusion related reaction", 2)]),
    ("crs", "A 59-year-old man with DLBCL received axicabtagene ciloleucel. Cytokine release syndrome (CRS) grade 1 "
     "began on day 2.", [("Cytokine release syndrome", 1)]),
    ("thrombocytopenia-word", "A 73-year-old man with CLL received venetoclax. Thrombocytopaenia grade 3 appeared in "
     "week 5.", [(P, 3)]),
    ("leukopenia", "A 12-year-old girl with osteosarcoma received methotrexate. Grade 4 leucopenia followed.",
     [("White blood cell decreased", 4)]),
    ("hyperglyc", "A 61-year-old woman with breast cancer took alpelisib. Grade 3 hyperglycaemia needed insulin.",
     [("Hyperglycemia", 3)]),
    ("ild", "A 57-year-old woman with breast cancer received trastuzumab deruxtecan. Grade 2 interstitial lung "
     "disease led to its withdrawal.", [("Pneumonitis", 2)]),
    ("lvef", "A 52-year-old woman with HER2-positive breast cancer received trastuzumab. A grade 2 decrease in "
     "ejection fraction was noted.", [("Ejection fraction decreased", 2)]),
    ("hearing", "A 9-year-old boy with medulloblastoma received cisplatin. Grade 2 hearing loss was found on "
     "audiometry.", [("Hearing impaired", 2)]),
    ("stomatitis", "A 58-year-old woman with breast cancer took everolimus. Grade 2 stomatitis improved with a "
     "dexamethasone mouthwash.", [("Mucositis oral", 2)]),
    ("radiation", "A 62-year-old woman with breast cancer received radiotherapy after lumpectomy. Grade 2 radiation "
     "dermatitis developed in week 4.", [("Dermatitis radiation", 2)]),
    # --- severity words, an ungraded report
    ("severe", "A 68-year-old man with colon cancer received irinotecan. He developed severe diarrhoea and was "
     "admitted.", [("Diarrhea", (None, 3))]),
    ("mild", "A 50-year-old woman with thyroid cancer took lenvatinib. Mild nausea settled in a week.",
     [("Nausea", (None, 1))]),
    ("moderate", "A 63-year-old man with renal cancer took cabozantinib. Moderate fatigue persisted.",
     [("Fatigue", (None, 2))]),
    ("fatal", "A 77-year-old man with AML received azacitidine. He died of neutropenic sepsis after cycle 2.",
     [("Sepsis", (None, 5))]),
    # --- time: after the drug is stopped
    ("after-stop", "A 64-year-old man with renal cell carcinoma took sunitinib from 2016 to 2018. Grade 2 "
     "hypothyroidism persisted after sunitinib was stopped.", [("Hypothyroidism", 2)]),
    # --- negatives
    ("no-grade3", "A 55-year-old woman with breast cancer received letrozole and palbociclib. Grade 2 neutropenia "
     "occurred; no grade 3 or 4 toxicity was seen.", [(N, 2)]),
    ("without", "A 58-year-old man with lung cancer received pembrolizumab. He tolerated treatment without "
     "neutropenia; grade 1 fatigue was the only event.", [("Fatigue", 1)]),
    ("prophylaxis", "A 45-year-old woman with breast cancer received docetaxel with pegfilgrastim as prophylaxis "
     "against febrile neutropenia. Grade 2 alopecia occurred.", [("Alopecia", 2)]),
    ("risk-of", "A 66-year-old man with lung cancer received osimertinib. The risk of grade 3 pneumonitis was "
     "explained to him. Grade 1 diarrhoea occurred.", [("Diarrhea", 1)]),
    ("trial-rate", "A 61-year-old man with lung cancer received carboplatin, pemetrexed and pembrolizumab. In "
     "KEYNOTE-189, grade 3 neutropenia occurred in 16% of patients. He had grade 2 fatigue.", [("Fatigue", 2)]),
    ("other-person", "A 48-year-old woman with ovarian cancer received paclitaxel. Her sister had had grade 3 "
     "neuropathy on the same drug. She herself had grade 1 myalgia.", [("Myalgia", 1)]),
    ("no-events", "A 57-year-old man with GIST took imatinib from 2019. No grade 3 or higher adverse events "
     "occurred.", []),
    ("none-observed", "A 60-year-old woman with colon cancer received FOLFOX. No neutropenia or thrombocytopenia was "
     "observed; grade 2 peripheral neuropathy appeared after cycle 8.", [("Peripheral sensory neuropathy", 2)]),
    ("baseline", "A 65-year-old man with gastric cancer had grade 2 anaemia from tumour bleeding at diagnosis. He then "
     "received FOLFOX and developed grade 2 peripheral neuropathy.", [("Peripheral sensory neuropathy", 2)]),
    ("tls-prevent", "A 70-year-old man with CLL received venetoclax. Allopurinol was given to prevent tumour lysis "
     "syndrome. Grade 3 neutropenia occurred in week 4.", [(N, 3)]),
    ("ruled-out", "A 63-year-old woman with lung cancer received nivolumab. Pneumonitis was suspected but ruled out; "
     "she had grade 2 hypothyroidism.", [("Hypothyroidism", 2)]),
    ("geq-none", "A 52-year-old man with melanoma received dabrafenib and trametinib. Grade \u22653 adverse events did "
     "not occur; grade 2 pyrexia did.", [("Fever", 2)]),
]

# a second batch, written after the first ran: grades told in another sentence or clause than their event, lists
# sharing a grade in other shapes, lab values graded by their multiple of the upper limit, tables with pipes or
# columns, and severity told next to a grade
PROBES += [
    ("next-sentence", "A 59-year-old woman with ovarian cancer received olaparib. She developed anaemia in month 3. "
     "It was grade 3 and she was transfused.", [("Anemia", 3)]),
    ("definite-next", "A 66-year-old man with prostate cancer received docetaxel. Neutropenia followed cycle 1. The "
     "neutropenia was grade 4.", [(N, 4)]),
    ("which-reached", "A 71-year-old woman with myeloma received bortezomib. Thrombocytopenia, which reached grade 4, "
     "required platelet transfusion.", [(P, 4)]),
    ("consistent-with", "A 64-year-old man with AML received decitabine. His platelets fell to 35,000/\u00b5L, "
     "consistent with grade 3 thrombocytopenia.", [(P, 3)]),
    ("uln-times", "A 53-year-old woman with lung cancer took alectinib. Her ALT rose to 6 times the upper limit of "
     "normal (grade 3).", [("Alanine aminotransferase increased", 3)]),
    ("uln-x", "A 60-year-old man with melanoma received nivolumab. AST reached 4.5 x ULN, grade 2.",
     [("Aspartate aminotransferase increased", 2)]),
    ("slash-events", "A 50-year-old woman with breast cancer received doxorubicin and cyclophosphamide. Grade 2 "
     "nausea/vomiting followed each cycle.", [("Nausea", 2), ("Vomiting", 2)]),
    ("two-grades-and", "A 57-year-old man with gastric cancer received FLOT. He had grade 2 nausea and grade 1 "
     "vomiting.", [("Nausea", 2), ("Vomiting", 1)]),
    ("worst-was", "A 62-year-old woman with lung cancer received carboplatin and paclitaxel. The worst toxicity was "
     "grade 3 neutropenia.", [(N, 3)]),
    ("severity-and-grade", "A 68-year-old man with colon cancer received irinotecan. Grade 3 (severe) diarrhoea needed "
     "admission.", [("Diarrhea", 3)]),
    ("requiring-then-grade", "A 61-year-old man with rectal cancer received capecitabine. Diarrhoea requiring "
     "hospitalisation (grade 3) occurred in week 2.", [("Diarrhea", 3)]),
    ("abbrev-hfs", "A 58-year-old woman with breast cancer took capecitabine. Hand-foot syndrome (HFS) of grade 2 "
     "appeared after cycle 3.", [("Palmar-plantar erythrodysesthesia syndrome", 2)]),
    ("irae-colitis", "A 55-year-old man with melanoma received ipilimumab and nivolumab. Immune-related colitis grade "
     "3 was treated with steroids.", [("Colitis", 3)]),
    ("pipe-table", "A 63-year-old man with lung cancer received docetaxel and ramucirumab.\n\nAdverse event | Grade | "
     "Drug\nNeutropenia | 3 | docetaxel\nEpistaxis | 1 | ramucirumab",
     [(N, 3), ("Epistaxis", 1)]),
    ("column-table", "A 52-year-old woman with colorectal cancer received FOLFIRI.\n\nAdverse event Grade Attribution"
     "\nDiarrhoea 3 irinotecan\nNausea 2 irinotecan", [("Diarrhea", 3), ("Nausea", 2)]),
    ("restated-discussion", "A 69-year-old man with lung cancer received pembrolizumab. Grade 2 pneumonitis developed "
     "in month 4.\n\nDiscussion\nIn our patient, the grade 2 pneumonitis resolved with prednisone.",
     [("Pneumonitis", 2)]),
    ("day-of-course", "A 65-year-old man with gastric cancer received S-1 and oxaliplatin. Grade 3 anorexia appeared "
     "on day 10 of the first course.", [("Anorexia", 3)]),
    ("form-of", "A 72-year-old woman with ovarian cancer received gemcitabine. She had grade 3 toxicity in the form "
     "of thrombocytopenia.", [(P, 3)]),
    ("ast-alt-slash", "A 47-year-old man with lung cancer took crizotinib. Grade 2 AST/ALT elevation led to a dose "
     "hold.", [("Aspartate aminotransferase increased", 2), ("Alanine aminotransferase increased", 2)]),
    ("bp-rise", "A 60-year-old woman with thyroid cancer took lenvatinib. Her blood pressure rose to grade 3 within a "
     "month.", [("Hypertension", 3)]),
]

# a third batch: the event told after another's management ("needed no change, and ..."), the exception to a negated
# summary ("no toxicity other than ..."), a rise verb after an adverb, and a qualified grade heading leading a list
PROBES += [
    ("no-change-and", "A 63-year-old woman with polycythaemia vera took ruxolitinib. Grade 2 anaemia needed no change, "
     "and herpes zoster of the T8 dermatome (grade 2) was treated with valaciclovir.", [("Anemia", 2), ("Shingles", 2)]),
    ("no-treatment-and", "A 57-year-old woman with breast cancer received docetaxel. Grade 1 nausea required no "
     "treatment, and fatigue (grade 2) resolved after a week.", [("Nausea", 1), ("Fatigue", 2)]),
    ("no-intervention-and", "A 49-year-old man with melanoma received nivolumab. Grade 1 pruritus needed no "
     "intervention and grade 2 arthralgia responded to ibuprofen.", [("Pruritus", 1), ("Arthralgia", 2)]),
    ("other-than", "A 60-year-old man with lung cancer received osimertinib. There was no toxicity other than grade 1 "
     "diarrhoea.", [("Diarrhea", 1)]),
    ("except", "A 58-year-old woman with lung cancer received osimertinib. No adverse events except grade 2 "
     "paronychia were seen.", [("Paronychia", 2)]),
    ("besides", "A 66-year-old man with lung cancer received erlotinib. He experienced no toxicities besides a grade 1 "
     "rash.", [(("Rash maculo-papular", "Rash acneiform"), 1)]),
    ("exception-of", "A 54-year-old woman with breast cancer received palbociclib and letrozole. She had no side "
     "effects with the exception of grade 1 nausea.", [("Nausea", 1)]),
    ("also-rose", "A 70-year-old woman with AML received gilteritinib. Her transaminases also rose (grade 1).",
     [(ALT, 1)]),
    ("worst-grade-lead", "A 68-year-old man with AML received azacitidine and venetoclax. Worst grade: neutropenia 4, "
     "anaemia 3.", [(N, 4), ("Anemia", 3)]),
    ("suspected-excluded", "A 61-year-old man with lung cancer received pembrolizumab. Colitis was initially "
     "suspected, but was excluded by colonoscopy; grade 2 hypothyroidism needed levothyroxine.",
     [("Hypothyroidism", 2)]),
]

# a fourth batch: management told with 'without' before the event, 'despite', a ceiling ('never more than'), and a
# tolerance sentence with an exception
PROBES += [
    ("without-despite", "A 62-year-old woman with breast cancer received docetaxel. She continued without dose "
     "reduction despite grade 2 neuropathy.", [("Peripheral sensory neuropathy", 2)]),
    ("without-comma", "A 59-year-old woman with ovarian cancer received weekly paclitaxel. Without any dose delay, "
     "grade 2 alopecia developed.", [("Alopecia", 2)]),
    ("never-more-than", "A 64-year-old woman with breast cancer received paclitaxel. She never had more than grade 1 "
     "nausea.", [("Nausea", 1)]),
    ("tolerating-apart", "A 61-year-old man with myeloma is on lenalidomide maintenance since 2024, tolerating it "
     "apart from grade 1 diarrhoea.", [("Diarrhea", 1)]),
    ("no-delay-negative", "A 58-year-old woman with breast cancer received paclitaxel. There was no neutropenia, and "
     "no dose delay; grade 1 fatigue was recorded.", [("Fatigue", 1)]),
]

# a fifth batch: a report that grades nothing, the drug named as the subject of a relative clause's cause verb
PROBES += [
    ("which-caused", "A 50-year-old woman with thyroid cancer took lenvatinib, which caused moderate hypertension.",
     [("Hypertension", (None, 2))]),
    ("which-then-caused", "A 61-year-old man with renal cancer received sunitinib, which then caused hypothyroidism.",
     [("Hypothyroidism", None)]),
]


# probes kg still gets wrong (strict: a fix must remove the entry), with the mechanism that fails
KNOWN_FAILS = {
    "mild": "a severity word before an event told with no onset word ('Mild nausea settled') is no report of an event "
            "(kg keeps exam findings such as 'mild anaemia' out); the gold counts it in a report that grades nothing",
    "moderate": "as 'mild': 'Moderate fatigue persisted' has no onset word or attribution",
    "column-table": "the text reader joins a two-row table under its header line into one paragraph "
                    "('Adverse event Grade Attribution Diarrhoea 3 irinotecan ...'): the rows lose their line starts",
}


def _param(probe):
    name = probe[0]
    marks = [pytest.mark.xfail(strict=True, reason=KNOWN_FAILS[name])] if name in KNOWN_FAILS else []
    return pytest.param(*probe, marks=marks, id=name)


@pytest.mark.parametrize("name,body,expected", [_param(p) for p in PROBES])
def test_probe(nlp, name, body, expected):
    missed, extra = mismatches(graded_events(nlp, _report(body)), expected)
    assert not missed and not extra, f"missed {missed}, extra {extra}"
