"""Case detection on whole made-up reports of the shapes that lost a case or made a false one (session 32, case32).

Every text here was written for this test. The shapes: a
patient's blog in the first person, a discharge summary's labelled lines, an editorial that tells a story, a
structured abstract's label glued to its text through its full stop ("Case description.A 38-year-old woman ..."), a
CARE abstract (Rationale / Patient concerns / Diagnoses / Interventions / Outcomes / Lessons) on lines of their own
and run together, a plain-text course table whose columns are separated by spaces in a story without a case heading,
a course over years with dates in a letter, a two-patient series, a patient in a structured abstract's Results, a
page whose only prose is a figure legend, a story opened by a time phrase before its person ("In the spring of 2021
a woman of 58 ..."), old terse abstracts that name their person inside the sentence of the event or the drug ("...
developed in a woman given dacarbazine", "Vincristine given weekly to a patient with ..."); and a review whose "Case
reports" section recounts the literature's patients, which is no case.
"""
import pytest

from kg.extraction.case_gate import case_gate
from kg.extraction.extract import extract_report
from kg.readers import read_bytes

CARE_ABSTRACT = """Apatinib for recurrent adenoid cystic carcinoma of the trachea: a case report

Abstract
Rationale: Adenoid cystic carcinoma of the trachea is an uncommon salivary-type tumour, and there is no standard systemic therapy once it recurs after surgery and radiotherapy.
Patient concerns: A 57-year-old man was admitted with progressive exertional dyspnoea and a dry cough for three months, eight years after resection of a tracheal tumour.
Diagnoses: Bronchoscopy showed an intraluminal mass of the lower trachea, and the biopsy confirmed recurrent adenoid cystic carcinoma; computed tomography showed multiple lung metastases.
Interventions: The patient received apatinib 500 mg once daily after an endoscopic debulking procedure.
Outcomes: After three months the lung metastases had shrunk by 35%, a partial response, and the response lasted 14 months. Grade 2 hypertension and grade 1 hand-foot skin reaction were controlled with amlodipine and topical urea.
Lessons: Apatinib may be a treatment option for recurrent adenoid cystic carcinoma of the airway.

Keywords: adenoid cystic carcinoma; apatinib; trachea; case report
"""

GLUED_LABELS = """Pralsetinib in RET fusion-positive papillary thyroid carcinoma with tracheal invasion

BackgroundPapillary thyroid carcinoma that invades the airway is hard to resect, and radioactive iodine often fails when the tumour has lost its differentiation. RET fusions occur in a minority of these tumours.
Case presentationA 61-year-old woman presented with hoarseness and haemoptysis. Neck computed tomography showed a 5-cm thyroid mass invading the trachea and oesophagus, with bilateral cervical nodes. Core biopsy showed papillary thyroid carcinoma, and next-generation sequencing found a CCDC6-RET fusion. Total thyroidectomy was judged not feasible. She started pralsetinib 400 mg daily. At eight weeks the primary tumour had shrunk by 48%, a partial response, allowing a near-total thyroidectomy with tracheal shaving. Grade 2 neutropenia and grade 1 constipation occurred; the dose was reduced to 300 mg.
ConclusionsNeoadjuvant pralsetinib made an unresectable RET fusion-positive thyroid cancer resectable.
"""

CAPITAL_LABELS = """Late relapse of Merkel cell carcinoma treated with avelumab

INTRODUCTION: Merkel cell carcinoma is an aggressive neuroendocrine carcinoma of the skin. Avelumab was approved after the JAVELIN Merkel 200 trial, in which the objective response rate was 33% among 88 patients.
CASE REPORT:An 83-year-old man had a Merkel cell carcinoma of the left cheek excised with adjuvant radiotherapy in 2015. In March 2019 he developed a parotid mass and cervical lymphadenopathy; fine-needle aspiration confirmed recurrent Merkel cell carcinoma. He received avelumab 800 mg every two weeks from April 2019. In July 2019 positron emission tomography showed a complete metabolic response. In 2020 he developed grade 2 hypothyroidism, treated with levothyroxine. Avelumab was stopped in April 2021, and he remained free of disease in 2023.
CONCLUSION: Avelumab can produce durable remission of relapsed Merkel cell carcinoma in the very elderly.
"""

LABEL_THROUGH_FULL_STOP = """Alectinib for ALK-rearranged lung adenocarcinoma with leptomeningeal spread

Background. Leptomeningeal metastasis of lung cancer carries a poor prognosis. Brain penetration of ALK inhibitors differs.
Case description.A 38-year-old never-smoking woman was diagnosed with stage IV lung adenocarcinoma with an EML4-ALK fusion. She received crizotinib for 11 months until headache and diplopia developed; magnetic resonance imaging showed leptomeningeal enhancement. She was switched to alectinib 600 mg twice daily. The headache resolved within two weeks, and magnetic resonance imaging at three months showed a complete response of the leptomeningeal disease. Grade 1 myalgia and grade 2 elevation of creatine kinase were noted.
Conclusion. Alectinib controlled leptomeningeal disease after crizotinib failure.
"""

SPACED_COURSE_TABLE = """Long-term control of metastatic gastrointestinal stromal tumour over eleven years

Gastrointestinal stromal tumours (GIST) carry KIT or PDGFRA mutations, and imatinib changed their outcome. Secondary resistance usually arises from new KIT mutations.

A 49-year-old man had a 12-cm gastric GIST resected in 2011; the tumour carried a KIT exon 11 deletion. Liver metastases appeared in 2012. His treatments are summarised in Table 1.

Table 1. Treatment course
Year        Treatment                 Best response          Reason for stopping
2012        imatinib 400 mg           partial response       progression
2016        imatinib 800 mg           stable disease         progression
2017        sunitinib                 stable disease         grade 3 hand-foot syndrome
2019        regorafenib               partial response       progression
2022        ripretinib                stable disease         ongoing

Sequencing of a progressing liver lesion in 2016 found a KIT exon 17 mutation. He remains on ripretinib with good performance status.
"""

REVIEW_OF_CASE_REPORTS = """Immune checkpoint inhibitor myocarditis: a review of published cases

Introduction
Myocarditis is a rare but often fatal complication of immune checkpoint inhibitors. We searched PubMed for reports published between 2016 and 2023.

Case reports
Johnson et al. described two patients with melanoma who developed fulminant myocarditis after the first dose of ipilimumab and nivolumab [4]. A 65-year-old man treated with pembrolizumab for lung cancer developed complete heart block and died despite high-dose methylprednisolone [7]. In another report, a 72-year-old woman with urothelial carcinoma recovered after treatment with abatacept [9]. She had received atezolizumab for four cycles.

Discussion
Most cases occurred within six weeks of the first dose. Troponin monitoring during the first cycles is recommended. Combination therapy carries a higher risk than monotherapy.

Conclusion
Myocarditis should be suspected early in patients receiving checkpoint inhibitors.
"""

LETTER_OVER_YEARS = """Correspondence

Sustained remission of BRAF V600E hairy cell leukaemia with vemurafenib after purine analogue failure

Sir,
Hairy cell leukaemia nearly always carries BRAF V600E. In December 2017 a 66-year-old farmer was found to have pancytopenia and splenomegaly; marrow biopsy showed hairy cell leukaemia. He received cladribine in January 2018 and achieved a complete remission, but relapsed in 2020. A second course of cladribine in 2020 gave only a partial response, complicated by grade 4 neutropenia and pneumonia. In March 2021 vemurafenib 240 mg twice daily was started. His blood counts normalised within eight weeks, and a marrow biopsy in September 2021 showed complete remission. Grade 1 arthralgia and a grade 2 maculopapular rash were the only toxicities. He remains in remission off therapy in 2024.
"""

TWO_CHILDREN = """Selpercatinib in two children with RET-altered tumours

Two children treated under compassionate use are reported.

Patient 1, a 9-year-old girl, had metastatic medullary thyroid carcinoma with a germline RET M918T mutation after total thyroidectomy. Calcitonin kept rising and lung nodules grew. Selpercatinib 92 mg/m2 twice daily produced a partial response at six months, with grade 1 fatigue.

Patient 2, a 14-year-old boy, had papillary thyroid carcinoma with an NCOA4-RET fusion and diffuse lung metastases refractory to radioactive iodine. On selpercatinib his lung disease shrank, a partial response, and oxygen was no longer needed; grade 2 weight gain occurred.

Both remain on treatment.
"""

CARE_RUN_TOGETHER = """Durable response to lenvatinib plus pembrolizumab in recurrent endometrial clear cell carcinoma: A case report.

Rationale: Clear cell carcinoma of the endometrium responds poorly to platinum chemotherapy. Patient concerns: A 66-year-old woman had a vaginal vault recurrence and para-aortic nodal metastases 18 months after hysterectomy and carboplatin-paclitaxel for stage II clear cell carcinoma of the endometrium. Diagnoses: Biopsy of the vault confirmed recurrent clear cell carcinoma; the tumour was mismatch repair proficient. Interventions: She received lenvatinib 20 mg daily and pembrolizumab 200 mg every three weeks. Outcomes: A complete response was seen after six months and persisted at 30 months. Grade 3 hypertension required lenvatinib dose reduction, and grade 2 hypothyroidism was treated with levothyroxine. Lessons: Lenvatinib plus pembrolizumab can induce durable remission in recurrent clear cell endometrial carcinoma.
"""

LEGEND_ONLY = """Images in clinical oncology: Leonine facies in Sezary syndrome

Figure 1. A 74-year-old man with Sezary syndrome presented with diffuse infiltrated erythroderma and leonine facies (A). Flow cytometry showed 4,800 CD4+CD7- cells per microlitre. After six cycles of mogamulizumab the erythroderma and facial infiltration had largely cleared (B), a partial response. He developed a grade 2 drug eruption that resolved with topical steroids.
"""

PATIENT_IN_RESULTS = """Regression of desmoid tumour on nirogacestat after failure of sorafenib

Objective: To describe the course of a patient with a progressive desmoid tumour. Methods: Clinical records, imaging and histology were reviewed. Results: A 29-year-old woman developed an intra-abdominal desmoid tumour two years after caesarean delivery, with a CTNNB1 T41A mutation. The mass grew despite sorafenib, which was stopped after grade 3 hand-foot skin reaction. Nirogacestat 150 mg twice daily was begun, and after 12 months the tumour had decreased by 40%, a partial response. Grade 2 diarrhoea and ovarian dysfunction occurred. Conclusion: Gamma-secretase inhibition can control desmoid tumours refractory to tyrosine kinase inhibitors.
"""

UNPUNCTUATED_CAPITAL_LABELS = """Ewing sarcoma of the kidney in an adolescent

ABSTRACT
BACKGROUND Primary renal Ewing sarcoma is very rare and is often mistaken for Wilms tumour.
CASE PRESENTATION A 16-year-old boy had flank pain and haematuria. Computed tomography showed a 10-cm left renal mass with a tumour thrombus in the renal vein. Nephrectomy revealed small round blue cells positive for CD99 and NKX2.2, and an EWSR1-FLI1 fusion was found. He received vincristine, doxorubicin and cyclophosphamide alternating with ifosfamide and etoposide. Febrile neutropenia (grade 3) complicated the fourth cycle. He is free of disease 26 months after diagnosis.
CONCLUSIONS Renal Ewing sarcoma should be considered in young patients with a renal mass.
"""

TIME_PHRASE_OPENING = """Pseudoprogression of hepatocellular carcinoma under atezolizumab and bevacizumab

In the spring of 2021 a woman of 58 with hepatitis B cirrhosis was found to have a 7-cm hepatocellular carcinoma with portal vein invasion. Atezolizumab and bevacizumab were started. Two months later her alpha-fetoprotein had doubled and the tumour appeared larger, but she felt well and treatment was continued. By the sixth month the tumour had shrunk markedly and the alpha-fetoprotein had normalised, a partial response by mRECIST. Grade 2 proteinuria led to one missed dose of bevacizumab. She remains on treatment 20 months later. Early enlargement under immunotherapy should not be taken as progression when the patient is well.
"""

EVENT_IN_A_WOMAN_GIVEN = """Hepatic veno-occlusive disease after dacarbazine

Hepatic veno-occlusive disease developed in a woman given dacarbazine for metastatic melanoma. After the second course, abdominal pain, ascites and jaundice appeared, and liver biopsy showed occlusion of the central veins. Despite supportive care, hepatic failure progressed and death occurred on day 19. Dacarbazine should be stopped at the first sign of hepatic dysfunction.
"""

EVENT_IN_A_PATIENT_BEING_TREATED = """Severe hypocalcaemia during cisplatin therapy

Severe hypocalcaemia and hypomagnesaemia with tetany occurred in a patient being treated with cisplatin for an ovarian carcinoma. Magnesium replacement corrected the calcium level. Serum magnesium should be monitored during cisplatin therapy.
"""

REPORT_CONCERNS_A_MAN = """Erythema multiforme after methotrexate

This report concerns an elderly man with psoriasis and squamous cell carcinoma of the skin treated with methotrexate who developed erythema multiforme. The eruption resolved after withdrawal of the drug. Rechallenge was not attempted.
"""

DIAGNOSED_IN_A_GIRL = """Fatal pancreatitis associated with L-asparaginase

Acute haemorrhagic pancreatitis complicating L-asparaginase therapy was diagnosed in an adolescent girl with acute lymphoblastic leukaemia. She died despite intensive care. At autopsy the pancreas was necrotic. Amylase levels should be followed during therapy.
"""

GIVEN_TO_A_PATIENT = """Vincristine neurotoxicity

Vincristine given weekly to a patient with Hodgkin's disease was followed by bilateral vocal cord paralysis. Stridor resolved after the drug was withdrawn. Vocal cord paralysis is a rare manifestation of vincristine neurotoxicity.
"""

WE_HAVE_TREATED = """Cardiomyopathy following mitoxantrone

We have treated a man with acute myeloid leukaemia who developed congestive heart failure after a cumulative mitoxantrone dose of 120 mg/m2. Previous anthracycline exposure had been modest. Echocardiography showed a left ventricular ejection fraction of 25%. Cardiac function improved partially with diuretics and captopril. Caution is advised when mitoxantrone follows anthracyclines.
"""

THE_CASE_OF_A_WOMAN = """Tumour lysis syndrome after a single dose of tamoxifen

Tumour lysis syndrome is rare in solid tumours. We describe the case of a woman with breast cancer metastatic to the liver who developed hyperuricaemia, hyperkalaemia and acute renal failure four days after starting tamoxifen. Haemodialysis was needed for one week. Her renal function then recovered. Clinicians should be aware of this complication in patients with a large tumour burden.
"""

PATIENTS_BLOG = """My year with a rare sarcoma

Posted by Jenna, March 2025

I was 31 when the lump in my thigh started to ache. My GP thought it was a pulled muscle, but by the summer it was the size of a plum. An MRI and a biopsy at the sarcoma centre showed a myxoid liposarcoma. I had five weeks of radiotherapy and then the surgeons removed the tumour with clear margins in October 2023.

Eight months later a scan found spots in my lungs. My oncologist started me on doxorubicin and ifosfamide. The nausea was awful and I needed a blood transfusion after the third cycle. After six cycles the spots had shrunk by half. I then switched to trabectedin, and the last two scans have shown no growth.

If you have just been diagnosed, find a specialist centre. It made all the difference for me.
"""

DISCHARGE_SUMMARY = """DISCHARGE SUMMARY

Admission: 02/03/2024   Discharge: 11/03/2024
Diagnosis: febrile neutropenia after chemotherapy for diffuse large B-cell lymphoma

History: 68 yo F with stage IV DLBCL, cycle 2 of R-CHOP given on 22/02/2024. Admitted with fever 39.1 C and neutrophils 0.2 x10^9/L (grade 4).
Course: piperacillin-tazobactam started; blood cultures grew E. coli. Fever settled in 48 h. Filgrastim given. Neutrophils recovered by day 6. Interim PET after cycle 2 showed a complete metabolic response.
Plan: pegfilgrastim prophylaxis with cycle 3 onwards; continue R-CHOP for six cycles.
"""

EDITORIAL_WITH_A_STORY = """Editorial: When the driver is a fusion

Targeted therapy has transformed the care of tumours driven by gene fusions, yet testing remains patchy. The message is best told through a story. Last year, at our clinic, a man of 44 who had never smoked came to us with a lung adenocarcinoma metastatic to the brain. Chemotherapy had failed. RNA sequencing, requested late, found a CD74-ROS1 fusion. Within eight weeks of starting entrectinib his brain lesions had almost vanished, a near-complete response. He is back at work.

Such stories should be the rule. Every patient with advanced non-squamous lung cancer deserves comprehensive fusion testing at diagnosis.
"""

# A known gap: an old terse abstract that names its person only inside the sentence of the event or the drug ("...
# developed in a woman given dacarbazine", "Vincristine given weekly to a patient with ..."). An INDEFINITE_PERSON row
# for it found two more cases of the corpora check part (45 -> 47 of 48), but their diagnoses came out substituted and
# their responses paired with another class or drug, and corpora's macro F1 fell 0.845 -> 0.818 (below its floor): the
# row waits for those facts (session 32, case32).
GAP = "a person named only inside the event's sentence opens no story yet"
KNOWN_GAP = pytest.mark.xfail(strict=True, reason=GAP)

# (name, text, number of cases, drugs given in the first case, a word of its diagnosis)
REPORTS = [
    ("care abstract", CARE_ABSTRACT, 1, {"apatinib"}, "adenoid cystic"),
    ("glued labels", GLUED_LABELS, 1, {"pralsetinib"}, "thyroid"),
    ("capital labels glued through a colon", CAPITAL_LABELS, 1, {"avelumab"}, "merkel"),
    ("label glued through its full stop", LABEL_THROUGH_FULL_STOP, 1, {"alectinib"}, "adenocarcinoma"),
    ("course table with spaced columns", SPACED_COURSE_TABLE, 1, {"imatinib", "sunitinib", "regorafenib", "ripretinib"},
     "stromal"),
    ("review of case reports", REVIEW_OF_CASE_REPORTS, 0, set(), ""),
    ("letter over years", LETTER_OVER_YEARS, 1, {"cladribine", "vemurafenib"}, "hairy cell"),
    ("two children", TWO_CHILDREN, 2, {"selpercatinib"}, "medullary"),
    ("care abstract run together", CARE_RUN_TOGETHER, 1, {"lenvatinib", "pembrolizumab"}, "clear cell"),
    ("figure legend only", LEGEND_ONLY, 1, {"mogamulizumab"}, "sezary"),
    ("patient in results", PATIENT_IN_RESULTS, 1, {"sorafenib", "nirogacestat"}, "desmoid"),
    ("unpunctuated capital labels", UNPUNCTUATED_CAPITAL_LABELS, 1, {"vincristine", "ifosfamide"}, "ewing"),
    ("time phrase opening", TIME_PHRASE_OPENING, 1, {"atezolizumab", "bevacizumab"}, "hepatocellular"),
    # passes since session 36 (dd36's "<event> occurred in a woman given <drug>" patient intro rows)
    ("event in a woman given", EVENT_IN_A_WOMAN_GIVEN, 1, {"dacarbazine"}, "melanoma"),
    pytest.param("event in a patient being treated", EVENT_IN_A_PATIENT_BEING_TREATED, 1, {"cisplatin"}, "ovarian",
                 marks=KNOWN_GAP),
    ("report concerns a man", REPORT_CONCERNS_A_MAN, 1, {"methotrexate"}, "squamous"),
    # passes since session 37 (old37's PATIENT_INTRO row: a patient introduced by the passive of the diagnosis)
    ("diagnosed in a girl", DIAGNOSED_IN_A_GIRL, 1, {"asparaginase"}, "lymphoblastic"),
    pytest.param("given to a patient", GIVEN_TO_A_PATIENT, 1, {"vincristine"}, "hodgkin",
                 marks=KNOWN_GAP),
    ("we have treated", WE_HAVE_TREATED, 1, {"mitoxantrone"}, "myeloid"),
    ("the case of a woman", THE_CASE_OF_A_WOMAN, 1, {"tamoxifen"}, "breast"),
    ("a patient's blog in the first person", PATIENTS_BLOG, 1, {"doxorubicin", "ifosfamide", "trabectedin"}, "liposarcoma"),
    ("discharge summary", DISCHARGE_SUMMARY, 1, {"rituximab", "doxorubicin"}, "large b-cell"),
    ("editorial with a story", EDITORIAL_WITH_A_STORY, 1, {"entrectinib"}, "adenocarcinoma"),
]


def _document(text):
    return next(read_bytes(text.encode(), "case.txt"))


def _values(r):
    return r.values if hasattr(r, "values") else r


@pytest.mark.parametrize("name,text,n,drugs,diagnosis", REPORTS, ids=[_values(r)[0] for r in REPORTS])
def test_report_shape(nlp, name, text, n, drugs, diagnosis):
    cases = extract_report(_document(text), nlp).cases
    assert len(cases) == n, f"{name}: {len(cases)} cases"
    if n:
        given = {d.label.lower() for t in cases[0].treatments for d in t.drugs}
        assert drugs <= given, given
        assert any(diagnosis in d.concept.label.lower() for d in cases[0].diagnoses), cases[0].diagnoses


FOUND = [_values(r) for r in REPORTS if not hasattr(r, "marks") and _values(r)[2]]


@pytest.mark.parametrize("name,text", [(r[0], r[1]) for r in FOUND], ids=[r[0] for r in FOUND])
def test_the_case_gate_never_skips_a_case(nlp, name, text):
    assert not case_gate(nlp).cannot_hold_case(_document(text))


def test_a_label_glued_through_its_full_stop_opens_the_case_section():
    doc = _document(LABEL_THROUGH_FULL_STOP)
    case = [s for s in doc.sections if s.kind == "case"]
    assert [s.title for s in case] == ["Case description"]
    assert doc.text[case[0].start:case[0].end].startswith("A 38-year-old never-smoking woman")


def test_a_reviews_case_reports_heading_does_not_make_it_a_case_report():
    assert _document(REVIEW_OF_CASE_REPORTS).article_type is None
    assert _document(LABEL_THROUGH_FULL_STOP).article_type == "case-report"


def test_a_legend_that_tells_the_patient_is_the_pages_story():
    doc = _document(LEGEND_ONLY)
    assert [s.kind for s in doc.sections] == ["title", "other"]


def test_the_prose_after_a_course_table_stays_the_body():
    doc = _document(SPACED_COURSE_TABLE)
    assert "front_matter" not in [s.kind for s in doc.sections]
    rows = [s for s in doc.sections if s.kind == "abstract" and "sunitinib" in doc.text[s.start:s.end]]
    assert rows and "Treatment: sunitinib" in doc.text[rows[0].start:rows[0].end]

