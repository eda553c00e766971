"""Diagnoses and case detection on made-up probe texts of session 24 (written for this test, several sentences
or sections each): a histology a diagnosis sentence names without an organ takes the one organ the sentences
just before it name in a site role ("a mass in the left kidney ... histology showed clear cell carcinoma"),
in its noun or adjective form, and not an organ where the tumor spread nor one of two; a DO term that spells
its organ as a noun is the NCIt term with the adjective ("carcinoma of the nasopharynx"); "favoured Y over
X" keeps Y; a series told as "The first, a 49-year-old woman ... The second, ..." is two cases, while trial
and review abstracts are none."""
import pytest

from kg.extraction.extract import extract_report
from kg.nlp import build_pipeline
from kg.readers import read_bytes


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def _ids(nlp, text: str) -> list[list[str]]:
    cases = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return [sorted(d.concept.id for d in c.diagnoses) for c in cases]


# (text, each case's diagnosis ids; a histology term the text writes in full, "invasive ductal carcinoma",
# "urothelial carcinoma", keeps its own id when only an earlier sentence names the organ)
DIAGNOSES = [
    ('Abstract\nA 44-year-old man with undifferentiated carcinoma of the nasopharynx and neck nodes received cisplatin and gemcitabine followed by chemoradiotherapy. The primary tumour regressed completely.',
     [['NCIT:C3871']]),
    ('Carcinoma of the nasopharynx in a young man: a case report\nA 23-year-old man presented with epistaxis. Biopsy confirmed a carcinoma of the nasopharynx, EBV positive. He was given induction docetaxel, cisplatin and fluorouracil.',
     [['NCIT:C3871']]),
    ('Case report\nA 61-year-old man presented with haematuria. CT showed a 7 cm mass in the left kidney.\n\nNephrectomy was performed. Histology showed clear cell carcinoma, Fuhrman grade 3. He received sunitinib after recurrence.',
     [['NCIT:C4033']]),
    ('Case presentation\nA 66-year-old man had rectal bleeding. Colonoscopy found an ulcerated tumour in the sigmoid colon. Biopsies showed adenocarcinoma, moderately differentiated. He underwent sigmoidectomy and adjuvant capecitabine.',
     [['NCIT:C4349']]),
    ('Case presentation\nA 58-year-old woman, a never smoker, had a persistent cough. Chest CT revealed a 3 cm nodule in the right upper lobe of the lung with mediastinal nodes.\nA CT-guided core biopsy was performed. Histology showed adenocarcinoma with an EGFR exon 19 deletion. Osimertinib was started.',
     [['NCIT:C3512']]),
    ('Case report\nA 70-year-old man had epigastric pain and weight loss. Upper endoscopy revealed an ulcerated lesion of the stomach. Biopsy showed poorly differentiated adenocarcinoma with signet ring cells. He received FLOT chemotherapy.',
     [['NCIT:C4004']]),
    ('Case report\nA 41-year-old woman had postcoital bleeding. Examination showed an exophytic lesion of the cervix. Punch biopsy revealed keratinising squamous cell carcinoma. She was treated with cisplatin-based chemoradiation.',
     [['NCIT:C4028']]),
    ('Case presentation\nA 62-year-old man with hepatitis B had a 5 cm lesion in the liver on ultrasound. Biopsy confirmed a moderately differentiated carcinoma; the features were those of hepatocellular carcinoma. He received lenvatinib.',
     [['NCIT:C3099']]),
    ('Case presentation:A 62-year-old man with hepatitis B had a 5 cm lesion in segment VII of the liver. Biopsy showed hepatocellular carcinoma. He received lenvatinib.',
     [['NCIT:C3099']]),
    ('Case Presentation:A 49-year-old woman noticed a lump in her left breast. Core biopsy showed invasive ductal carcinoma, ER positive. She received letrozole and palbociclib.',
     [['NCIT:C4017']]),
    ('Abstract\nBackground: Lung adenocarcinoma with ALK rearrangement is uncommon.\nCase presentation: A 38-year-old woman presented with dyspnoea. Biopsy showed adenocarcinoma of the lung with an EML4::ALK fusion. She received alectinib.\nConclusions: Alectinib was effective.',
     [['NCIT:C3512']]),
    ('Case report\nA 73-year-old man had dysphagia. Endoscopy found a tumour at the gastric cardia. Biopsy showed adenocarcinoma, HER2 3+. He received trastuzumab with capecitabine and oxaliplatin.',
     [['NCIT:C4004']]),
    ('Case report\nA 64-year-old woman had flank pain. Imaging showed a solid renal mass measuring 8 cm. Renal cell carcinoma was suspected, and lymphoma was considered in the differential. Partial nephrectomy revealed clear cell renal cell carcinoma. She was followed.',
     [['NCIT:C4033']]),
    ('Case presentation\nA 63-year-old man had a cough. CT showed a mass in the right lung and multiple lesions in the liver.\nBiopsy of a liver lesion showed adenocarcinoma, TTF-1 positive, consistent with a lung primary. He received osimertinib.',
     [['NCIT:C3512']]),
    ('Case presentation\nA 63-year-old man had weight loss. CT showed a mass in the pancreas and a nodule in the left lung.\nBiopsy showed adenocarcinoma. He received gemcitabine.',
     [['KG:tumor-adenocarcinoma-nos']]),
    ('Case presentation\nA 70-year-old woman had anaemia. Colonoscopy showed a stenosing tumour in the ascending colon. CT found lesions in the liver consistent with metastases.\nHistology of the colonic biopsy showed adenocarcinoma. She received FOLFOX.',
     [['NCIT:C4349']]),
    ('Case report\nA 55-year-old man presented with seizures. MRI showed a lesion in the left frontal lobe. Chest CT showed a lung mass.\nA biopsy of the lung mass showed adenocarcinoma. He received alectinib.',
     [['NCIT:C3512']]),
    ('Case report\nA 60-year-old man had a neck mass. Imaging found enlarged nodes in the left neck; no primary site was found.\nExcision of the node revealed squamous cell carcinoma, p16 negative. He received cisplatin with radiotherapy.',
     [['KG:tumor-squamous-cell-carcinoma-nos']]),
    ('Case report\nA 61-year-old man presented with haematuria. Ultrasound showed a solid lesion in the right kidney.\nHe underwent radical nephrectomy. Pathology revealed clear cell carcinoma with sarcomatoid areas. He was given pembrolizumab and axitinib.',
     [['NCIT:C4033']]),
    ('Case report\nA 46-year-old woman felt a lump in her right breast. Mammography showed a spiculated mass.\nCore needle biopsy showed invasive ductal carcinoma, ER positive, HER2 negative. She received neoadjuvant chemotherapy.',
     [['NCIT:C4017']]),
    ('Case report\nA 39-year-old woman had abnormal bleeding. A friable tumour of the cervix was seen on speculum examination.\nBiopsies demonstrated squamous cell carcinoma. She was given cisplatin with pelvic radiotherapy.',
     [['NCIT:C4028']]),
    ('Introduction\nHepatocellular carcinoma arises in cirrhosis.\nCase presentation\nA 66-year-old man with alcoholic cirrhosis had a 4 cm lesion in the liver. Biopsy confirmed hepatocellular carcinoma. He was given atezolizumab and bevacizumab.',
     [['NCIT:C3099']]),
    ('Case report\nA 58-year-old man had melaena. Gastroscopy found an ulcerated mass in the gastric antrum. Biopsies revealed adenocarcinoma of intestinal type. He received FLOT.',
     [['NCIT:C4004']]),
    ('Case report\nA 71-year-old woman, a former smoker, had haemoptysis. Bronchoscopy showed an endobronchial tumour in the left upper lobe bronchus of the lung.\nHistopathology: adenocarcinoma, PD-L1 80%. Pembrolizumab was started.',
     [['NCIT:C3512']]),
    ('Case presentation\nA 50-year-old woman underwent hysterectomy for a presumed fibroid. The initial report described a leiomyosarcoma.\n\nExpert review of the slides, with CD10 staining and JAZF1 rearrangement, favoured low-grade endometrial stromal sarcoma over leiomyosarcoma. She was treated with letrozole.',
     [['NCIT:C4263']]),
    ('Case report\nA 19-year-old man had an abdominal mass. The referral diagnosis was diffuse large B-cell lymphoma.\nAt our centre, MYC rearrangement and a Ki-67 near 100% led to a final diagnosis of Burkitt lymphoma. He received R-CODOX-M/IVAC.',
     [['NCIT:C2912']]),
    ('Case report\nA 40-year-old man had a mediastinal mass initially thought to be a lymphoma.\nCore biopsy, however, showed a thymic carcinoma. He received carboplatin and paclitaxel.',
     [['NCIT:C7569']]),
    ('Case presentation\nA 62-year-old man had headaches. MRI showed a ring-enhancing lesion in the right temporal lobe. Metastasis and abscess were considered.\nStereotactic biopsy established glioblastoma, IDH-wildtype. He received temozolomide with radiotherapy.',
     [['NCIT:C3058']]),
    ('Case report\nA 66-year-old woman had been treated for breast carcinoma in 2012 with surgery and tamoxifen.\nIn 2022 a lung nodule was found. Biopsy showed a second primary, lung adenocarcinoma (TTF-1 positive, GATA3 negative), not a breast metastasis. She received pembrolizumab.',
     [['NCIT:C3512', 'NCIT:C4872']]),
    ('Case report\nA 58-year-old woman with breast carcinoma treated five years earlier presented with back pain.\nMRI showed lesions in the spine, and CT found nodules in the lung. Biopsy of a spinal lesion showed metastatic carcinoma of breast origin, ER positive. She received letrozole and ribociclib.',
     [['NCIT:C4872']]),
    ("Case report\nA 67-year-old man had progressive dysphagia. Endoscopy revealed a stricturing tumour of the distal "
     "oesophagus.\nBiopsies were taken. Histology demonstrated moderately differentiated squamous cell carcinoma. He "
     "received carboplatin and paclitaxel with radiotherapy.",
     [["NCIT:C4024"]]),
    ("Case report\nA 59-year-old woman presented with jaundice. CT showed a 3-cm mass in the head of the pancreas.\n"
     "EUS-guided fine-needle aspiration showed adenocarcinoma. She received FOLFIRINOX.",
     [["NCIT:C8294"]]),
    ("Case report\nA 72-year-old man had painless haematuria. Cystoscopy showed a papillary tumour in the bladder.\n"
     "Transurethral resection revealed urothelial carcinoma invading the muscle. He received gemcitabine and cisplatin.",
     [["KG:tumor-transitional-cell-carcinoma"]]),
    # a bare "carcinoma" takes no organ-level term from an earlier sentence: the tumor named later is the diagnosis
    ("Case report\nA 61-year-old man had right upper quadrant pain. Imaging found a lesion of the liver.\nBiopsy "
     "showed a carcinoma. Immunohistochemistry later established hepatocellular carcinoma. He received sorafenib.",
     [["NCIT:C3099"]]),
    # revised diagnoses told in several wordings: the later one
    ("Case report\nA 34-year-old woman had an abdominal mass. The outside hospital diagnosed a leiomyosarcoma of the "
     "small bowel.\n\nOn our review, DOG1 and KIT were strongly positive and a KIT exon 11 deletion was found; the "
     "tumour turned out to be a gastrointestinal stromal tumour. She received imatinib.",
     [["NCIT:C3868"]]),
    ("Case report\nA 29-year-old man had a testicular mass. Orchiectomy was read locally as seminoma.\nAt central "
     "review the tumour proved to be an embryonal carcinoma, and he was given BEP chemotherapy.",
     [["NCIT:C8108"]]),
    ("Case report\nA 63-year-old man had melaena. A gastric submucosal tumour was thought to be a schwannoma at first.\n"
     "After resection it was reclassified as a gastrointestinal stromal tumour with high mitotic count. Adjuvant "
     "imatinib was given.",
     [["NCIT:C3868"]]),
    ("Case report\nA 27-year-old woman had a mediastinal mass. A needle biopsy was interpreted as thymoma.\n\n"
     "Excisional biopsy later changed the diagnosis to classic Hodgkin lymphoma, nodular sclerosis type. She received "
     "ABVD.",
     [["NCIT:C3518"]]),
    # the organ of a progression or of another named tumor's sentence is not the histology's site
    ("Case report\nA 30-year-old man had a renal mass. Nephrectomy showed papillary renal cell carcinoma. He received "
     "sunitinib, but CT after six months showed progressive disease in the liver.\n\nReview of the specimen revealed "
     "a carcinoma with TFE3 rearrangement; the diagnosis was revised to translocation renal cell carcinoma. Cabozantinib "
     "was started.",
     [["NCIT:C27891"]]),
    ("Case report\nA 52-year-old woman received letrozole for breast carcinoma. Two years later CT showed new lesions "
     "in the liver.\nBiopsy showed adenocarcinoma, GATA3 positive, consistent with metastatic breast carcinoma. "
     "Fulvestrant was given.",
     [["NCIT:C5214"]]),
]

# (text, each case's diagnosis ids; [] for a report that describes no patient)
CASES = [
    ('Abstract\nBackground: ALK-rearranged lung adenocarcinoma responds to ALK inhibitors, but brain metastases remain a problem.\nMethods: We reviewed the records of our institution.\nResults: A 44-year-old woman with ALK-rearranged lung adenocarcinoma and six brain metastases received alectinib 600 mg twice daily. All brain lesions regressed.\nConclusions: Alectinib controls brain disease.',
     [['NCIT:C3512']]),
    ('Renal cell carcinoma with pancreatic metastases: a case report\nIntroduction\nRenal cell carcinoma metastasises to the pancreas years after nephrectomy.\nDiscussion of the literature shows that resection is an option.\nCase presentation\nOur patient, a 71-year-old man, had undergone nephrectomy for renal cell carcinoma nine years earlier. CT showed two pancreatic lesions. He received cabozantinib.',
     [['NCIT:C9385']]),
    ('Abstract\nAcute myeloid leukemia with FLT3-ITD carries a poor prognosis. The index patient was a 52-year-old man with FLT3-ITD acute myeloid leukemia who received midostaurin with induction chemotherapy and reached complete remission.',
     [['NCIT:C3171']]),
    ('Abstract\nWe describe two patients with BRAF V600E colon adenocarcinoma. The first, a 49-year-old woman, received encorafenib and cetuximab. The second, a 63-year-old man, received the same combination after FOLFOX.',
     [['NCIT:C4349'], ['NCIT:C4349']]),
    ('Abstract\nBackground: Osimertinib is standard for EGFR-mutant lung adenocarcinoma.\nMethods: In this phase 2 trial, 84 patients received osimertinib 80 mg daily.\nResults: The objective response rate was 61%; median progression-free survival was 14 months. Grade 3 diarrhoea occurred in 4 patients.\nConclusions: Osimertinib was active.',
     []),
    ('Abstract\nWe reviewed 37 published cases of pancreatic metastases from renal cell carcinoma. Median age was 64 years. Most patients underwent resection, and sunitinib was given to 11 patients.',
     []),
]


@pytest.mark.parametrize("text,expected", DIAGNOSES)
def test_diagnosis_probes(nlp, text, expected):
    assert _ids(nlp, text) == expected


@pytest.mark.parametrize("text,expected", CASES)
def test_case_probes(nlp, text, expected):
    assert _ids(nlp, text) == expected
