"""Diagnoses and case detection on made-up probe texts of session 23 (written for this test, in many wordings):
a passive exclusion ("X was ruled out, and biopsy showed Y") closes its clause and leaves Y the diagnosis; a
histology term that names no organ takes the organ its sentence names as a site; revised diagnoses keep the later
one; single-patient introductions in terse or glued-label wordings make a case, while trials, cohorts and
laboratory studies do not."""
import pytest

from rule_examples import cases_of as _cases, diagnosis_ids as _ids



# (text, the one case's diagnosis ids)
DIAGNOSES = [
    # an exclusion closed by its own clause
    ("A 48-year-old man presented with jaundice. Lymphoma and tuberculosis were ruled out, and biopsy showed "
     "hepatocellular carcinoma. Sorafenib was started.", ["NCIT:C3099"]),
    ("A 48-year-old man presented with jaundice. After lymphoma was excluded, biopsy showed hepatocellular "
     "carcinoma. Sorafenib was started.", ["NCIT:C3099"]),
    ("A 51-year-old man had night sweats. Tuberculosis was excluded and a biopsy of the neck node showed "
     "Hodgkin lymphoma. He received ABVD.", ["NCIT:C9357"]),
    ("A 48-year-old man presented with jaundice. Lymphoma was ruled out. Biopsy showed hepatocellular carcinoma. "
     "Sorafenib was started.", ["NCIT:C3099"]),
    ("A 48-year-old man presented with jaundice. Biopsy showed hepatocellular carcinoma; metastatic "
     "adenocarcinoma was excluded by immunohistochemistry. Sorafenib was started.", ["NCIT:C3099"]),
    ("A 62-year-old man had a gastric ulcer. Gastric lymphoma was considered in the differential diagnosis, but "
     "biopsy demonstrated gastric adenocarcinoma. He received FLOT.", ["NCIT:C4004"]),
    ("A 36-year-old woman had axillary lymphadenopathy. Breast cancer was suspected but not confirmed; "
     "excisional biopsy showed Hodgkin lymphoma. ABVD was given.", ["NCIT:C9357"]),
    # revised diagnoses: the later one
    ("A 54-year-old woman was initially diagnosed with leiomyosarcoma of the uterus. On central pathology review, "
     "the diagnosis was changed to low-grade endometrial stromal sarcoma. She received letrozole.", ["NCIT:C4263"]),
    ("A 61-year-old man had a renal mass. The tumour was first reported as a clear cell renal cell carcinoma but "
     "was later reclassified as a chromophobe renal cell carcinoma after immunohistochemistry. He underwent "
     "nephrectomy.", ["NCIT:C4146"]),
    ("A 30-year-old man had a renal tumour. The diagnosis of papillary renal cell carcinoma was revised to "
     "translocation renal cell carcinoma after TFE3 FISH. He received cabozantinib.", ["NCIT:C27891"]),
    ("We present a 45-year-old man with a mediastinal mass. Biopsy initially suggested thymoma; the final "
     "diagnosis was primary mediastinal large B-cell lymphoma. He received R-CHOP.", ["NCIT:C9280"]),
    ("Pathology was consistent with diffuse large B-cell lymphoma, but review by a haematopathologist "
     "established the diagnosis of Burkitt lymphoma. The 22-year-old man received rituximab with intensive "
     "chemotherapy.", ["NCIT:C2912"]),
    ("A 44-year-old man was diagnosed with Ewing sarcoma; however, molecular testing later showed a CIC::DUX4 "
     "fusion, and the tumour was re-diagnosed as CIC-rearranged sarcoma. He received chemotherapy.", ["NCIT:C120224"]),
    ("A 51-year-old man with hepatitis C cirrhosis was found to have a liver mass. Hepatocellular carcinoma was "
     "suspected, and cholangiocarcinoma could not be excluded. Biopsy established a combined "
     "hepatocellular-cholangiocarcinoma. He received atezolizumab and bevacizumab.", ["NCIT:C3828"]),
    # the most specific tumour; a histology with its organ
    ("A 67-year-old man presented with cough. CT showed a lung mass and biopsy confirmed non-small cell lung "
     "cancer, specifically lung adenocarcinoma with an EGFR exon 19 deletion. Osimertinib was started.",
     ["NCIT:C3512"]),
    ("A 70-year-old smoker was diagnosed with NSCLC. Further immunostaining showed squamous cell carcinoma of the "
     "lung. Carboplatin and paclitaxel were given.", ["NCIT:C3493"]),
    ("A 58-year-old woman underwent core biopsy of a breast mass, which showed invasive ductal carcinoma. She "
     "received letrozole.", ["NCIT:C4194"]),
    ("A 58-year-old woman had a breast mass; core biopsy showed invasive ductal carcinoma. She received "
     "letrozole.", ["NCIT:C4194"]),
    ("A 69-year-old man underwent resection of a colonic tumour; histology showed a mucinous adenocarcinoma. He "
     "received FOLFIRI.", ["NCIT:C7966"]),
    ("A 35-year-old woman had a cervical mass, and biopsy showed squamous cell carcinoma. She was treated with "
     "cisplatin-based chemoradiotherapy.", ["NCIT:C4028"]),
    ("A 63-year-old man had haemoptysis. Bronchoscopic biopsy revealed an adenocarcinoma of pulmonary origin "
     "(TTF-1 positive). He received pemetrexed and carboplatin.", ["NCIT:C3512"]),
    # metastases are no new tumour; a second primary is
    ("A 59-year-old woman with colon adenocarcinoma developed liver metastases two years after surgery. FOLFOX "
     "was given.", ["NCIT:C4349"]),
    ("A 64-year-old man had a prostate-specific antigen of 80 ng/mL. Biopsy showed prostate adenocarcinoma, "
     "Gleason 9. Bone scan showed multiple bone metastases. He received docetaxel.", ["NCIT:C2919"]),
    ("A 66-year-old man treated for prostate adenocarcinoma with enzalutamide was found two years later to have a "
     "second primary, a urothelial carcinoma of the bladder. He underwent cystectomy.",
     ["NCIT:C2919", "NCIT:C39851"]),
    # subtypes, paediatric tumours
    ("A 12-year-old girl with ALK-positive anaplastic large cell lymphoma was treated with crizotinib and "
     "achieved complete remission.", ["NCIT:C37193"]),
    ("A 3-year-old boy presented with an abdominal mass and raised alpha-fetoprotein. Biopsy showed "
     "hepatoblastoma. He received cisplatin.", ["NCIT:C3728"]),
    ("A 7-year-old girl had proptosis. Biopsy of the orbital mass showed embryonal rhabdomyosarcoma. She was "
     "treated with vincristine, actinomycin D and cyclophosphamide.", ["NCIT:C8971"]),
]


@pytest.mark.parametrize("text,expected", DIAGNOSES)
def test_diagnosis_probe(nlp, text, expected):
    got = _ids(nlp, text)
    assert got == [sorted(expected)], got


# single-patient introductions: one case (its tumour found)
INTRODUCED = [
    ("Case presentation: The patient, aged 66, had a long history of smoking. Chest CT revealed a mass in the "
     "right upper lobe, and biopsy showed small cell lung cancer. Carboplatin and etoposide were given.",
     "NCIT:C4917"),
    ("Case description: Mr. A, 59, presented with dysphagia. Endoscopy showed oesophageal squamous cell "
     "carcinoma. He received carboplatin and paclitaxel with radiotherapy.", "NCIT:C4024"),
    ("An elderly man (78 years) presented with anaemia. Colonoscopy showed a caecal adenocarcinoma. He underwent "
     "right hemicolectomy and adjuvant capecitabine.", "NCIT:C5543"),
    ("Case history. Male, 72 years. Presented with haematuria. Cystoscopy and biopsy: muscle-invasive urothelial "
     "carcinoma of the bladder. Treated with gemcitabine and cisplatin.", "NCIT:C39851"),
    ("Our patient, a 58-year-old man, was diagnosed with pancreatic adenocarcinoma in 2021 and received "
     "FOLFIRINOX.", "NCIT:C8294"),
    ("The index patient was a 34-year-old woman with Ewing sarcoma of the pelvis treated with vincristine, "
     "doxorubicin and cyclophosphamide.", "NCIT:C4817"),
    ("Here we present a 62-year-old woman with metastatic melanoma who responded to nivolumab.", "NCIT:C3224"),
]


@pytest.mark.parametrize("text,tumour", INTRODUCED)
def test_single_patient_is_a_case(nlp, text, tumour):
    cases = _cases(nlp, text)
    assert len(cases) == 1 and tumour in [d.concept.id for d in cases[0].diagnoses], \
        [[d.concept.id for d in c.diagnoses] for c in cases]


NOT_CASES = [
    "In this phase 2 trial, 84 patients with advanced NSCLC received pembrolizumab. The objective response rate "
    "was 32% and grade 3 pneumonitis occurred in 4 patients.",
    "We retrospectively reviewed 120 patients with diffuse large B-cell lymphoma treated with R-CHOP at our "
    "centre between 2010 and 2020. Complete response was achieved in 78%.",
    "In xenograft models, sotorasib inhibited KRAS G12C colorectal cancer cells. Tumour regression was seen in 8 "
    "of 10 mice.",
    "Patients aged 18 to 75 with untreated myeloma were eligible. The patients, aged 40-70, received bortezomib "
    "and the overall response rate was 81%.",
]


@pytest.mark.parametrize("text", NOT_CASES)
def test_trials_cohorts_and_laboratory_studies_are_no_case(nlp, text):
    assert _cases(nlp, text) == []


def test_two_patients_are_two_cases(nlp):
    got = _ids(nlp, "We describe two patients with ALK-positive lung adenocarcinoma. Patient 1, a 45-year-old man, "
                    "received alectinib. Patient 2, a 52-year-old woman, received lorlatinib.")
    assert got == [["NCIT:C3512"], ["NCIT:C3512"]], got


def test_an_excluded_tumour_alone_is_no_diagnosis(nlp):
    got = _ids(nlp, "A 71-year-old man had a lung nodule. PET-CT excluded lung cancer, and the biopsy showed an "
                    "organising pneumonia. He recovered.")
    assert got in ([], [[]]), got
