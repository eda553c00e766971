"""Session 27 (drug27): which drugs a whole made-up report tells given, and which it names without giving them.
Not given: a plan whose following sentences tell the treatment cancelled or called off, or that no anticancer drug
was given at all, even when they name the first cycle or infusion booked (PLAN_CANCELLED ``next_sentences``); a
neoadjuvant plan dropped when the biopsy showed no cancer; a consolidation scheduled and never started; a drug of
a trial told in the Discussion. Given: regimen short forms (FOLFOX, R-CHOP, VDC/IE, ABVD), "X with Y was begun",
a regimen in a table flattened with "|", a drug given alone after its partner was omitted.
Texts written for this test (no benchmark page)."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes


def drugs_of(nlp, text):
    docs = [d for d in read_bytes((text + "\n").encode(), "probe.txt") if hasattr(d, "ids")]
    return {d.label.lower() for c in extract_report(docs[0], nlp).cases for t in c.treatments for d in t.drugs}


REPORTS = [
    (['venetoclax', 'azacitidine', 'tagraxofusp'], [],
     'Abstract\nWe describe a woman with blastic plasmacytoid dendritic cell neoplasm treated with two regimens.\n\nCase presentation\nA 66-year-old woman had purple skin plaques for two months. Biopsy showed blastic plasmacytoid dendritic cell neoplasm. She received tagraxofusp on days 1-5 of each cycle. A complete response was recorded after two cycles. Eleven months later, new nodules appeared. Venetoclax with azacitidine was begun, complicated by grade 3 neutropenia. After two cycles the nodules had regressed.'),
    (['oxaliplatin', 'fluorouracil', 'leucovorin'], ['bevacizumab'],
     'Case report\nA 58-year-old man presented with rectal bleeding; colonoscopy showed a sigmoid adenocarcinoma with liver metastases. He was treated with FOLFOX for six cycles. Bevacizumab was planned but was not given because of a recent bowel perforation. A partial response was seen on CT.'),
    (['rituximab', 'cyclophosphamide', 'doxorubicin', 'vincristine'], ['polatuzumab'],
     'Case presentation\nA 61-year-old woman was diagnosed with diffuse large B-cell lymphoma, stage IV. She received six cycles of R-CHOP and achieved complete metabolic remission. Polatuzumab vedotin was considered for relapse but she remains in remission.'),
    (['vincristine', 'doxorubicin', 'cyclophosphamide', 'ifosfamide', 'etoposide'], [],
     'Case report\nA 17-year-old boy presented with a painful swelling of the left femur. Biopsy showed Ewing sarcoma with an EWSR1::FLI1 fusion. He was treated with interval-compressed VDC/IE chemotherapy. After six cycles, the tumour had shrunk and he underwent resection.'),
    (['doxorubicin', 'bleomycin', 'vinblastine', 'dacarbazine'], ['brentuximab vedotin'],
     'Case presentation\nA 24-year-old woman had cervical lymphadenopathy and night sweats. Excision biopsy showed classical Hodgkin lymphoma, stage IIB. Four cycles of ABVD were administered. Brentuximab vedotin was recommended by the tumour board as consolidation but the patient declined. PET after chemotherapy showed a complete metabolic response.'),
    (['osimertinib'], ['amivantamab', 'lazertinib'],
     'Case presentation\nA 55-year-old woman with EGFR-mutant lung adenocarcinoma received osimertinib 80 mg daily and had a partial response for 18 months.\n\nDiscussion\nIn the MARIPOSA trial, amivantamab plus lazertinib improved progression-free survival compared with osimertinib. Such combinations were not available to our patient.'),
    (['capecitabine'], ['oxaliplatin'],
     'Case report\nA 79-year-old woman underwent right hemicolectomy for stage III colon cancer. Adjuvant CAPOX was offered but the oxaliplatin was omitted because of pre-existing neuropathy. She received capecitabine alone for six months. She is free of recurrence.'),
    (['cisplatin', 'etoposide'], ['durvalumab'],
     'Case report\nA 66-year-old man with limited-stage small cell lung cancer received concurrent chemoradiotherapy with cisplatin and etoposide. Consolidation durvalumab was scheduled, but he developed grade 3 pneumonitis and it was never started. The tumour showed a partial response.'),
    (['gemcitabine', 'cisplatin'], [],
     'Case presentation\nA 70-year-old man had biliary obstruction due to an intrahepatic cholangiocarcinoma.\n\nTreatment\n| Line | Regimen | Cycles | Best response |\n| 1 | Gemcitabine + cisplatin | 8 | Partial response |'),
    ([], ['pembrolizumab', 'axitinib'],
     'Case presentation\nA 60-year-old man had right flank pain and a 6-cm renal mass with enlarged hilar nodes. The tumour board staged it as advanced renal cell carcinoma, and neoadjuvant pembrolizumab with axitinib was planned before surgery. The first infusion was booked, but a core biopsy taken the week before showed only inflammatory cells and no malignancy, and treatment was cancelled. He underwent nephrectomy and histology showed an abscess. No anticancer drug was ever given.'),
    ([], ['carboplatin', 'paclitaxel'],
     'Case report\nA 49-year-old woman was thought to have ovarian cancer on imaging, with ascites and a raised CA-125. Neoadjuvant carboplatin and paclitaxel were arranged. Before the first cycle, the laparoscopy showed tuberculous peritonitis on histology. Chemotherapy was therefore never administered, and she completed antituberculous therapy.'),
    ([], ['imatinib'],
     'Case presentation\nA 45-year-old man had a gastric submucosal mass suspected to be a gastrointestinal stromal tumour. Preoperative imatinib was proposed to shrink the lesion. The resection specimen, however, showed a schwannoma, positive for S100. Systemic therapy was not required at any point.'),
    ([], ['rituximab', 'bendamustine'],
     'Case report\nA 72-year-old woman with generalised lymphadenopathy was referred for suspected follicular lymphoma. Bendamustine plus rituximab was scheduled to begin the next week. Excision of a cervical node then revealed Kikuchi disease with no lymphoma. The chemotherapy was called off, and the nodes regressed spontaneously.'),
    (['temozolomide'], ['bevacizumab', 'lomustine'],
     'Case report\nA 54-year-old man underwent resection of a glioblastoma followed by radiotherapy with concomitant temozolomide. At progression, bevacizumab or lomustine were discussed as options.\nHe died of the disease before either could be started.'),
    (['lenvatinib'], ['atezolizumab', 'bevacizumab'],
     'Case report\nA 66-year-old man with hepatitis B-related hepatocellular carcinoma and portal vein thrombosis was evaluated. Atezolizumab plus bevacizumab was the preferred first-line option. Because of large oesophageal varices that had bled twice, the combination was judged unsafe. He was given lenvatinib 8 mg daily, and the tumour shrank by 35%.'),
    ([], ['alectinib'],
     'Case presentation\nA 39-year-old non-smoker had a left lung mass; next-generation sequencing of the biopsy found an EML4-ALK fusion. Alectinib was prescribed. Two days later she was admitted with a massive pulmonary embolism and died before taking the first dose.'),
]


@pytest.mark.parametrize("given, not_given, text", REPORTS, ids=[f"report{i}" for i in range(len(REPORTS))])
def test_drugs_given_and_not_given(nlp, given, not_given, text):
    drugs = drugs_of(nlp, text)
    assert set(given) <= drugs, f"missed {set(given) - drugs}"
    assert not set(not_given) & drugs, f"not given but read as given: {set(not_given) & drugs}"
