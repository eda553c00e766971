"""Diagnoses and case detection on made-up probe texts of session 25 (written for this test, several sentences
or sections each). A case sentence shaped like a reference title ("<Word> in <a few words> confirmed <tumour>.")
has a verb and is the patient's (VERB rows of kg/rules/sentences.jsonl); "The patient" above the story is a case
heading; an Introduction that tells the disease and then introduces the patient, in a report with no case heading,
is the report's body from that sentence on (not in a study with Methods/Results, not a cited patient); a
neuroendocrine tumour and a mesothelioma take their organ from the work-up sentences before them as a carcinoma
does ("a mass in the tail of the pancreas ... neuroendocrine tumour": pancreatic NET; "pleural thickening ...
mesothelioma": pleural mesothelioma); "endometrium" is the organ "endometrial" spells (kg/nlp/terms_index.py). Negatives: trials, cohorts, reviews and the literature's patients are no
case."""
import pytest

from rule_examples import cases_of as _cases, diagnosis_ids as _ids


# (text, each case's diagnosis ids)
DIAGNOSES = [
    ("Pulmonary adenocarcinoma with brain metastases: a case report\n\nAbstract\nWe describe a woman with metastatic disease who responded to osimertinib.\n\nCase presentation\nA 52-year-old woman presented with headache and a cough. Imaging showed a lesion in the right lung and two lesions in the brain. Bronchoscopic biopsy was diagnostic. She received osimertinib.\n\nDiscussion\nBrain metastases are frequent in this disease.",
     [["NCIT:C3512"]]),
    ("Case presentation\nA 6-year-old boy presented with fever, pallor and bruising. His blood count showed 60% blasts.\nFlow cytometry of the bone marrow was consistent with B-cell acute lymphoblastic leukemia. He was treated per a standard-risk protocol with vincristine, dexamethasone and asparaginase.",
     [["NCIT:C8644"]]),
    ("Case report\nA 15-year-old girl presented with fever and painful lymph nodes in the neck. Excisional biopsy of a node showed sheets of large cells, CD30 positive with ALK expression.\nThe diagnosis was anaplastic large cell lymphoma, ALK-positive. She received brentuximab vedotin with chemotherapy.",
     [["NCIT:C37193"]]),
    ("Case presentation\nA 7-year-old girl developed diplopia and ataxia over three weeks. MRI showed an expansile lesion of the pons.\nStereotactic biopsy confirmed a diffuse midline glioma, H3 K27M-mutant. She received focal radiotherapy and ONC201.",
     [["NCIT:C185368"]]),
    ("Case report\nA 57-year-old man was seen for painless jaundice. CT showed a hypodense mass in the head of the pancreas with dilated ducts.\nEndoscopic ultrasound-guided biopsy showed ductal adenocarcinoma. He received FOLFIRINOX.",
     [["NCIT:C9120"]]),
    ("Case report\nA 72-year-old man had a bleeding nodule on his cheek. Excision showed a small round blue cell tumour of the dermis.\nImmunohistochemistry with CK20 in a dot-like pattern confirmed Merkel cell carcinoma. He received avelumab.",
     [["NCIT:C9231"]]),
    ("Abstract\nBackground: Mantle cell lymphoma is rare in young adults. Case presentation: A 39-year-old man had splenomegaly and lymphocytosis; cyclin D1 staining of the marrow was positive and mantle cell lymphoma was diagnosed. He was treated with ibrutinib and rituximab. Conclusion: Ibrutinib gave a durable remission.",
     [["NCIT:C4337"]]),
    ("A 55-year-old man with chronic myeloid leukaemia in chronic phase was started on imatinib. After 18 months he lost his major molecular response and a T315I mutation was found. He was switched to ponatinib and regained a deep response.",
     [["NCIT:C3172"]]),
    ("Our patient, a 63-year-old woman, had a 6 cm mass in the left breast with skin involvement. Core biopsy showed invasive lobular carcinoma, ER positive. She received letrozole with ribociclib.",
     [["NCIT:C7950"]]),
    ("Hepatocellular carcinoma in a non-cirrhotic liver\nA 44-year-old man had right upper quadrant pain. CT showed a 9 cm mass in the right lobe of the liver. Biopsy was consistent with HCC. He received atezolizumab and bevacizumab.",
     [["NCIT:C3099"]]),
    ("Abstract\nWe report a patient with metastatic colorectal adenocarcinoma who responded to encorafenib and cetuximab.\n\nCase presentation\nA 54-year-old woman had a change in bowel habit. Colonoscopy showed a stenosing tumour, and CT found liver metastases. BRAF V600E was detected. After progression on FOLFOXIRI she received encorafenib with cetuximab and the liver lesions shrank.",
     [["NCIT:C5105"]]),
    ("Case presentation\nA 70-year-old woman was found to have a 3 cm mass in the tail of the pancreas. EUS-guided biopsy showed a well-differentiated neuroendocrine tumour, grade 2, Ki-67 8%. She was treated with lanreotide and later everolimus.",
     [["NCIT:C27720"]]),
    ("Case report\nA 62-year-old man was admitted with dyspnoea. CT showed a right pleural effusion and pleural thickening.\nThoracoscopic biopsy showed epithelioid mesothelioma. He was treated with nivolumab and ipilimumab.",
     [["NCIT:C9351"]]),
    ("Case report\nA 62-year-old man was admitted with dyspnoea. CT showed a mass in the right pleura.\nThoracoscopic biopsy showed epithelioid mesothelioma. He was treated with nivolumab and ipilimumab.",
     [["NCIT:C9351"]]),
    ("Case report\nA 62-year-old man was admitted with dyspnoea. CT showed a right pleural effusion and pleural thickening.\nThoracoscopic biopsy was initially interpreted as adenocarcinoma, but calretinin and WT1 staining led to a revised diagnosis of epithelioid mesothelioma. He was treated with nivolumab and ipilimumab.",
     [["NCIT:C9351"]]),
    ("Case report\nA 56-year-old woman had postmenopausal bleeding. Ultrasound showed thickening of the endometrium.\nHysteroscopic biopsy revealed endometrioid adenocarcinoma, grade 1. She underwent hysterectomy.",
     [["NCIT:C6287"]]),
    ("Case report\nA 56-year-old woman had postmenopausal bleeding. Ultrasound showed a polypoid lesion in the endometrium.\nHysteroscopic biopsy revealed endometrioid adenocarcinoma, grade 1. She underwent hysterectomy.",
     [["NCIT:C6287"]]),
    ("Case report\nA 56-year-old woman had postmenopausal bleeding. Ultrasound showed endometrial thickening of 15 mm.\nHysteroscopic biopsy revealed endometrioid adenocarcinoma, grade 1. She underwent hysterectomy.",
     [["NCIT:C6287"]]),
]

# (text, how many cases)
CASES = [
    ("Durable response to larotrectinib in infantile fibrosarcoma\n\nInfantile fibrosarcoma is a rare tumour of early childhood. Most tumours carry an ETV6::NTRK3 fusion. Surgery can be mutilating.\n\nA 3-month-old girl was brought with a rapidly growing mass of the right forearm. Biopsy showed infantile fibrosarcoma with an ETV6::NTRK3 fusion. She was given larotrectinib and the mass shrank by 80% within two months.\n\nTRK inhibitors may spare such children amputation.", 1),
    ("Alectinib-induced haemolytic anaemia\n\nAbstract\nALK inhibitors are used in lung cancer. We report a 61-year-old man with ALK-positive lung adenocarcinoma who developed haemolytic anaemia on alectinib. The anaemia resolved after switching to lorlatinib.", 1),
    ("Abstract\nBackground: Pembrolizumab is approved in many cancers. Methods: We retrospectively reviewed 84 patients with melanoma treated with pembrolizumab at our centre between 2015 and 2020. Results: The objective response rate was 38%; 12 patients had grade 3 colitis. Conclusions: Real-world outcomes match trial data.", 0),
    ("Abstract\nIn this phase II trial, 42 patients with relapsed ALK-positive anaplastic large cell lymphoma received crizotinib. The overall response rate was 83%. Neutropenia was the most common adverse event.", 0),
    ("Review\nThis review summarises published cases of Merkel cell carcinoma treated with avelumab. Twenty-three reports describing 31 patients were found; most responded. We discuss the mechanisms of resistance.", 0),
    ("Clinical vignette\n\nShe was 47 when a lump appeared in her left breast. A core biopsy showed invasive ductal carcinoma, HER2 positive. She completed six cycles of docetaxel, carboplatin, trastuzumab and pertuzumab with a pathologic complete response.", 1),
    ("Background\nNUT carcinoma is an aggressive tumour defined by NUTM1 rearrangement.\nThe patient\nA 24-year-old man presented with a mediastinal mass and superior vena cava syndrome. Biopsy showed a poorly differentiated carcinoma; FISH found a BRD4::NUTM1 fusion, establishing NUT carcinoma. He died four months after diagnosis despite chemotherapy.", 1),
    ("Introduction\nNUT carcinoma is an aggressive tumour defined by NUTM1 rearrangement. A 24-year-old man presented to our clinic with a mediastinal mass and superior vena cava syndrome. Biopsy showed a poorly differentiated carcinoma; FISH found a BRD4::NUTM1 fusion, establishing NUT carcinoma. He died four months after diagnosis despite chemotherapy.\n\nDiscussion\nNUT carcinoma has a poor prognosis.", 1),
    ("Background\nDesmoid tumours rarely occur in the breast.\nA 35-year-old woman noticed a hard lump in her right breast six months after an implant. Core biopsy showed a desmoid tumour with a CTNNB1 mutation. She was treated with sorafenib and the tumour shrank.\nConclusion\nSorafenib is an option for desmoid tumours.", 1),
    ("Uveal melanoma with liver metastases treated with tebentafusp\n\nUveal melanoma spreads to the liver in half of patients. We describe a 58-year-old woman whose uveal melanoma of the left eye had been treated with plaque brachytherapy. Three years later MRI showed multiple liver metastases. She was HLA-A*02:01 positive and received tebentafusp with a partial response.", 1),
    ("Keywords: osteosarcoma; lung metastases; regorafenib\n\nA 16-year-old boy had pain in the left knee for two months. X-ray showed a destructive lesion of the distal femur, and biopsy confirmed high-grade osteosarcoma. After MAP chemotherapy and limb salvage surgery, lung metastases appeared. Regorafenib gave stable disease for nine months.", 1),
    ("Abstract\nA 52-year-old man presented with a neck mass. Biopsy of a cervical node confirmed squamous cell carcinoma of the oropharynx, p16 positive. He was treated with chemoradiotherapy with weekly cisplatin and had a complete response.\n\nKeywords: HPV; oropharyngeal cancer", 1),
    ("Introduction\nCrizotinib is active in ALK-rearranged tumours. A 45-year-old man with an ALK-positive inflammatory myofibroblastic tumour was reported to respond for two years [3]. Other responses followed in later series [4,5].\n\nMethods\nWe reviewed 30 patients treated at our centre.\n\nResults\nThe response rate was 50%.", 0),
    ("Introduction\nAlectinib is approved for ALK-positive lung cancer. In the ALEX trial, 152 patients received alectinib; one 61-year-old woman had a complete response lasting five years.\n\nDiscussion\nLong responses are possible.", 0),
    ("Introduction\nIn a previous report, Kim et al. described a 33-year-old woman with a synovial sarcoma who responded to pazopanib.\n\nDiscussion\nPazopanib is active in synovial sarcoma.", 0),
    ("Background\nEpithelioid sarcoma is rare. Here we describe a 29-year-old man who presented with a nodule on his forearm. Excision showed epithelioid sarcoma with loss of INI1. He received tazemetostat with stable disease for a year.\n\nDiscussion\nTazemetostat is an option.", 1),
]


@pytest.mark.parametrize("text,expected", DIAGNOSES)
def test_diagnosis_probes(nlp, text, expected):
    assert _ids(nlp, text) == expected


@pytest.mark.parametrize("text,expected", CASES)
def test_case_probes(nlp, text, expected):
    assert len(_cases(nlp, text)) == expected


def test_reference_title_shaped_case_sentence_keeps_its_tumour(nlp):
    text = ("Case report\nA 72-year-old man had a bleeding nodule on his cheek.\n"
            "Immunostaining in a perinuclear dot pattern confirmed Merkel cell carcinoma. He received avelumab.")
    assert _ids(nlp, text) == [["NCIT:C9231"]]
    text = ("Case report\nA 38-year-old woman noticed a mass in her right thigh that had grown over a year.\n"
            "Histology for the resected specimen disclosed synovial sarcoma with an SS18::SSX1 fusion. She received ifosfamide.")
    assert _ids(nlp, text) and "NCIT:C3400" in _ids(nlp, text)[0]


def test_reference_title_in_a_case_report_stays_literature(nlp):
    text = ("Case report\nA 61-year-old man with lung adenocarcinoma received crizotinib.\n"
            "Ibrutinib in newly diagnosed mantle cell lymphoma.\nHe had a partial response.")
    ids = _ids(nlp, text)
    assert ids and "NCIT:C4337" not in ids[0]
