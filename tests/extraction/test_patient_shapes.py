"""Is there a patient case in the document, whatever its shape (issue #11)? A conference abstract whose
BACKGROUND and CASE parts run together is its patient's case; a laboratory study that names the cell
line it made from a patient's tumour is not. Texts written for this project."""
from kg.extraction.extract import extract_report
from kg.readers import read_bytes

CONFERENCE_ABSTRACT = """International Thoracic Oncology Meeting 2025 · Book of abstracts · Abstract #ITO25-311 (poster)
doi: 10.9999/itom.2025.311

RET-REARRANGED LUNG ADENOCARCINOMA IN A 38-YEAR-OLD WOMAN: RESPONSE TO SELPERCATINIB AFTER PEMBROLIZUMAB

Introduction: RET fusions occur in 1-2% of lung adenocarcinomas and predict response to selective RET inhibitors.
Case: A 38-year-old woman presented with cough and a right upper lobe mass. Biopsy showed lung
adenocarcinoma; RNA sequencing detected a KIF5B::RET fusion. She received carboplatin, pemetrexed and
pembrolizumab with progressive disease after 3 cycles. Selpercatinib 160 mg twice daily was started and CT at
8 weeks showed a partial response, with grade 2 hypertension.
Conclusion: Testing for RET fusions before immunotherapy matters.
"""

LAB_STUDY = """Journal of Sarcoma Models (2025) 4:11-19                                  https://doi.org/10.9999/jsm.2025.0011

ORIGINAL ARTICLE

A patient-derived cell line of alveolar soft part sarcoma reveals sensitivity to MET inhibition

Ana Ruiz · Peter Holm

Received: 2 January 2025 / Accepted: 1 April 2025

Abstract  Alveolar soft part sarcoma (ASPS) is defined by the ASPSCR1::TFE3 fusion. We established the cell line
ASPS-RH2 from the lung metastasis of a 24-year-old woman who had progressed on pazopanib. Crizotinib reduced
the growth of the cells, and cabozantinib produced stable disease in mice.

1 Introduction
ASPS affects mainly adolescents and young adults.

2 Results
The ASPSCR1::TFE3 transcript was confirmed in the cell line.
"""


def cases(nlp, text, name):
    [doc] = [d for d in read_bytes(text.encode(), name) if hasattr(d, "ids")]
    return extract_report(doc, nlp).cases


def test_a_conference_abstracts_case_part_is_its_patient(nlp):
    [case] = cases(nlp, CONFERENCE_ABSTRACT, "abstract.txt")
    assert (case.age, case.sex) == (38, "female")
    assert [f.three_prime.label for f in case.fusions] == ["RET"]
    drugs = {d.label.lower() for t in case.treatments for d in t.drugs}
    assert {"selpercatinib", "pembrolizumab"} <= drugs


def test_the_donor_of_a_named_cell_line_is_no_case(nlp):
    assert cases(nlp, LAB_STUDY, "lab.txt") == []


TUMOUR_BOARD = """MOLECULAR TUMOUR BOARD - CASE SUMMARY
Lakeside University Hospital · Board meeting 02.05.2024
doi:10.9999/mtb.2024.0102

Patient: 66-year-old woman, former smoker, ECOG PS 1
Diagnosis: metastatic lung adenocarcinoma, stage IVA (March 2023)
Molecular findings: CD74::ROS1 fusion by RNA NGS
History: she received crizotinib 250 mg twice daily from April 2023 with a partial response, then progression in the brain.
Question to the board: next line after crizotinib?
Recommendation: repotrectinib; lorlatinib if unavailable.
"""

TELEGRAPHIC_SUMMARY = """Tumor Board Summary - Pediatric Solid Tumors

Summary: 7-year-old boy with a right adrenal mass and bone marrow disease. Biopsy: neuroblastoma, MYCN amplified.
He received rapid COJEC induction with a partial response.
Board recommendation: high-dose busulfan and melphalan with stem cell rescue.
"""

REVIEW_WITH_OUR_PATIENT = """Reviews in Thoracic Oncology 2024; 9: 45-58                                  doi:10.9999/rto.2024.0047

REVIEW

RET fusions in thyroid and lung cancer: a review

Maria Lindqvist, Henrik Aalto

Abstract
RET fusions drive papillary thyroid and lung cancers. We review selpercatinib, pralsetinib and multikinase
inhibitors, and we also describe our own patient.

1. Introduction
Cabozantinib and vandetanib gave modest responses in RET-rearranged NSCLC [1]. Pralsetinib was approved in 2020 [2].

2. Our patient
A 44-year-old man presented with cough. Biopsy of a right lung mass showed adenocarcinoma with a KIF5B::RET
fusion. Selpercatinib 160 mg twice daily was started and CT at 2 months showed a partial response.

3. Discussion
Selective RET inhibitors are now the standard first line [3].
"""


def drugs_of(case):
    return {d.label.lower() for t in case.treatments for d in t.drugs}


def test_a_tumour_board_summary_is_its_patients_case(nlp):
    [case] = cases(nlp, TUMOUR_BOARD, "board.txt")
    assert (case.age, case.sex) == (66, "female")
    assert [f.three_prime.label for f in case.fusions] == ["ROS1"]
    # what the board recommends is the plan, not a drug given
    assert drugs_of(case) == {"crizotinib"}


def test_a_telegraphic_summary_introduces_its_patient(nlp):
    [case] = cases(nlp, TELEGRAPHIC_SUMMARY, "summary.txt")
    assert (case.age, case.sex) == (7, "male")
    assert not drugs_of(case) & {"busulfan", "melphalan"}


def test_a_reviews_own_patient_under_our_patient(nlp):
    [case] = cases(nlp, REVIEW_WITH_OUR_PATIENT, "review.txt")
    assert (case.age, case.sex) == (44, "male")
    # the drugs the review recounts are not the patient's
    assert drugs_of(case) == {"selpercatinib"}


REVIEW_JATS = """<?xml version="1.0" encoding="UTF-8"?>
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="review-article">
<front><journal-meta><journal-title-group><journal-title>Reviews in Example Oncology</journal-title></journal-title-group></journal-meta>
<article-meta><article-id pub-id-type="doi">10.9999/reo.2024.{n}</article-id>
<title-group><article-title>ALK inhibitors in lung cancer: a review</article-title></title-group>
<abstract><p>ALK rearrangements define 5% of NSCLC. We review crizotinib, ceritinib, alectinib and lorlatinib.{own}</p></abstract>
</article-meta></front>
<body>
<sec><title>Sequential ALK inhibitors</title><p>A 45-year-old woman with ALK-rearranged NSCLC who progressed on crizotinib
responded to ceritinib and later to lorlatinib (<xref ref-type="bibr" rid="B1">1</xref>).</p></sec>
<sec><title>Case reports</title><p>A 33-year-old man treated with crizotinib developed renal cysts.</p></sec>
{section}
</body>
</article>"""

OWN_SECTION = """<sec><title>Illustrative case</title><p>A 51-year-old never-smoker presented with cough. Biopsy showed
ALK-rearranged lung adenocarcinoma. Alectinib 600 mg twice daily was started and CT at 8 weeks showed a partial
response.</p></sec>"""


def test_a_review_that_recounts_other_reports_patients_is_no_case(nlp):
    assert cases(nlp, REVIEW_JATS.format(n="1", own="", section=""), "review.nxml") == []


def test_a_review_with_a_section_of_its_own_patient_is_a_case(nlp):
    [case] = cases(nlp, REVIEW_JATS.format(n="2", own="", section=OWN_SECTION), "review.nxml")
    assert case.age == 51 and drugs_of(case) == {"alectinib"}


def test_a_review_that_announces_its_own_patient_is_a_case(nlp):
    text = REVIEW_JATS.format(n="3", own=" We also describe our patient.", section=OWN_SECTION.replace(
        "Illustrative case", "Targeted therapy"))
    [case] = cases(nlp, text, "review.nxml")
    assert case.age is not None


TEXT_REVIEW = """Reviews in Haematology 2024; 7: 12-20                                  doi:10.9999/rih.2024.0012

REVIEW

Menin inhibitors in KMT2A-rearranged leukaemia

Ana Ruiz, Peter Holm

Abstract
KMT2A rearrangements define an adverse-risk acute leukaemia. We review revumenib and ziftomenib.

1. Published cases
A 34-year-old woman with KMT2A::MLLT3 AML who relapsed after transplant achieved a complete remission on revumenib.
A 6-year-old boy with KMT2A::AFF1 ALL developed differentiation syndrome on ziftomenib.

2. Discussion
Menin inhibition is active after transplant.
"""


def test_a_review_label_line_types_the_text_and_its_recounted_patients_make_no_case(nlp):
    [doc] = [d for d in read_bytes(TEXT_REVIEW.encode(), "review.txt") if hasattr(d, "ids")]
    assert "review" in doc.publication_types and doc.title == "Menin inhibitors in KMT2A-rearranged leukaemia"
    assert extract_report(doc, nlp).cases == []


# A poster: bracketed headings, bulleted facts and a one-line-per-line timeline (cells set apart by pipes).
POSTER = """POSTER 112  |  Thoracic Session, Lakeside Oncology Days 2025
doi:10.9999/lod.2025.p112

[ INTRODUCTION ]
ROS1 fusions occur in 1-2% of lung adenocarcinomas.

[ CASE ]
* 52-year-old woman, never smoker, lung adenocarcinoma with CD74::ROS1 fusion (2021)
* Brain metastases at diagnosis
* No EGFR or ALK alteration -> osimertinib not indicated

[ TREATMENT TIMELINE ]
Line 1 (2021-2022): crizotinib 250 mg bid | partial response | grade 2 oedema | progression in brain at month 14
Line 2 (2023): repotrectinib 160 mg/d | complete response of brain lesions | grade 1 dizziness

[ CONCLUSIONS ]
Brain-penetrant ROS1 inhibitors can rescue intracranial progression.
"""

POSTER_BULLETS_ONLY = """Poster P-44 • Haematology Spring Meeting 2024

【Background】
Venetoclax combinations are standard for unfit patients with AML.

【Case】
• 79-year-old man, AML with NPM1 mutation, unfit for intensive chemotherapy
• Azacitidine plus venetoclax from May 2023 | complete remission after 2 cycles | grade 3 neutropenia
• Ongoing remission at 12 months

【Conclusion】
Elderly patients can achieve deep remissions.
"""


def responses_of(case):
    return {(d.label.lower(), r.concept.label.lower()) for t in case.treatments for d in t.drugs for r in t.responses}


def test_a_poster_with_bracketed_headings_and_a_timeline_is_a_case(nlp):
    [case] = cases(nlp, POSTER, "poster.txt")
    assert (case.age, case.sex) == (52, "female")
    assert drugs_of(case) == {"crizotinib", "repotrectinib"}
    assert {("crizotinib", "partial response"), ("repotrectinib", "complete response")} <= responses_of(case)


def test_a_posters_bulleted_case_is_a_case(nlp):
    [case] = cases(nlp, POSTER_BULLETS_ONLY, "poster2.txt")
    assert (case.age, case.sex) == (79, "male")
    assert drugs_of(case) == {"azacitidine", "venetoclax"}


# A pharmacovigilance study quoting one anonymised report as an example: a record of its database, no case.
PHARMACOVIGILANCE = """Journal of Oncology Drug Safety 2025;3:40-47
doi:10.9999/jods.2025.040

Pneumonitis with EGFR inhibitors: a disproportionality analysis of a national adverse drug reaction database

Abstract
Methods: Individual case safety reports from 2012 to 2024 were extracted and reporting odds ratios computed.
Results: Of 6,210 reports involving EGFR inhibitors, 233 concerned pneumonitis.

Results
An example report (anonymised) described a 71-year-old woman with lung adenocarcinoma who developed grade 3
pneumonitis 5 weeks after starting osimertinib; the drug was withdrawn and she recovered on prednisolone.

Discussion
Signals were consistent with published series.
"""


def test_a_pharmacovigilance_study_with_an_anonymised_narrative_is_no_case(nlp):
    assert cases(nlp, PHARMACOVIGILANCE, "pv.txt") == []


# Teaching cases: numbered questions with answer options and answers, and a question asked in the case's own text.
GRAND_ROUNDS = """Haematology Grand Rounds 2025;7:114
doi:10.9999/hgr.2025.114

Grand Rounds: a fit older man with relapsed chronic lymphocytic leukaemia

Case vignette
A 71-year-old man with chronic lymphocytic leukaemia (unmutated IGHV, no TP53 aberration) received six cycles of bendamustine and rituximab in 2019 with a complete response. In 2023 he relapsed with bulky lymphadenopathy.

Question 1. Which treatment would you choose at relapse?
A. Fludarabine, cyclophosphamide and rituximab
B. Chlorambucil plus obinutuzumab
C. Venetoclax plus rituximab
D. Acalabrutinib
E. Idelalisib plus rituximab

Answer: C. In MURANO, venetoclax plus rituximab prolonged progression-free survival over bendamustine-rituximab. Acalabrutinib would also be an option.

Case continued
He started venetoclax with a 5-week ramp-up and rituximab for six cycles. CT after 6 months showed a partial response. He had grade 3 neutropenia.

Question 2. What would you do at next progression? (a) pirtobrutinib (b) zanubrutinib (c) CAR T-cell therapy
Answer: (a). Pirtobrutinib is active after covalent BTK inhibitors.
"""

TEACHING_QUESTION_INLINE = """Teaching case: relapsed follicular lymphoma
doi:10.9999/tc.2025.07

Case presentation
A 64-year-old woman with follicular lymphoma grade 2 received six cycles of bendamustine and rituximab in 2018 with a complete response. In 2022 she relapsed with bulky disease. Which would you choose: mosunetuzumab, tazemetostat or lenalidomide plus rituximab? She started lenalidomide plus rituximab and CT after 6 months showed a partial response.

Discussion
Mosunetuzumab gave a complete response rate of 60% in a phase 2 trial.
"""


def test_a_teaching_cases_answer_options_are_no_drugs_given(nlp):
    [case] = cases(nlp, GRAND_ROUNDS, "rounds.txt")
    assert drugs_of(case) == {"bendamustine", "rituximab", "venetoclax"}
    # "What would you do at next progression?" asks; no progression of venetoclax is told
    assert ("venetoclax", "progressive disease") not in responses_of(case)


def test_the_drugs_of_a_question_are_choices_not_given(nlp):
    [case] = cases(nlp, TEACHING_QUESTION_INLINE, "teaching.txt")
    assert drugs_of(case) == {"bendamustine", "rituximab", "lenalidomide"}


# A pathology quiz: the question lists options, its answer reveals the patient's own diagnosis and driver.
PATHOLOGY_QUIZ = """Pathology Quiz Case: a mediastinal mass in a young man
doi:10.9999/pq.2025.31

Clinical history
A 27-year-old man presented with cough and chest pain for three weeks. CT showed a 9-cm anterior mediastinal mass.
A core biopsy showed sheets of undifferentiated cells with abrupt keratinisation.

Question 1
What is the most likely diagnosis? A. Thymic carcinoma B. Lymphoblastic lymphoma C. NUT carcinoma D. Seminoma

Answer
C. NUT carcinoma. Nuclear NUT staining was diffuse, and fluorescence in situ hybridisation confirmed a BRD4::NUTM1
fusion. He received cisplatin and etoposide with radiotherapy.

Discussion
NUT carcinoma is defined by NUTM1 rearrangements; BET inhibitors have been studied in early trials.
"""


def test_a_quiz_answer_tells_the_patients_own_driver_and_treatment(nlp):
    [case] = cases(nlp, PATHOLOGY_QUIZ, "quiz.txt")
    assert [(f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("BRD4", "NUTM1")]
    assert drugs_of(case) == {"cisplatin", "etoposide"}
    # the answer options of the question are no diagnosis of the patient
    assert "Seminoma" not in {d.concept.label for d in case.diagnoses}


# A case challenge: a question interrupts the case, and the case goes on in a paragraph with no heading of its own.
CASE_CHALLENGE = """Oncology Case Challenge: a woman with metastatic colorectal cancer
doi:10.9999/occ.2025.02

Case presentation
A 58-year-old woman with metastatic adenocarcinoma of the sigmoid colon received eight cycles of FOLFOX with
bevacizumab, with stable disease, and then progressed in the liver in January 2022.

Question 1
What is the next step?
A. Regorafenib
B. Trifluridine/tipiracil
C. Encorafenib plus cetuximab

Next-generation sequencing of the tumour showed a BRAF V600E mutation. She started encorafenib plus cetuximab in
February 2022, and CT after three months showed a partial response.

Discussion
In BEACON, encorafenib plus cetuximab improved survival over irinotecan-based therapy.
"""


def test_the_case_goes_on_after_a_question_and_its_options(nlp):
    [case] = cases(nlp, CASE_CHALLENGE, "challenge.txt")
    assert drugs_of(case) == {"fluorouracil", "leucovorin", "oxaliplatin", "bevacizumab", "encorafenib", "cetuximab"}
    assert ("encorafenib", "partial response") in responses_of(case)
