"""Session 27 (drug27): which drugs a whole made-up report tells given, and which it names without giving them.
Not given: a plan whose following sentences tell the treatment cancelled or called off, or that no anticancer drug
was given at all, even when they name the first cycle or infusion booked (PLAN_CANCELLED ``next_sentences``); a
neoadjuvant plan dropped when the biopsy showed no cancer; a consolidation scheduled and never started; a drug of
a trial told in the Discussion; every item of a list of options, considerations or refusals whose cue reached only
its first or last item ("referred for consideration of X, Y and Z", "X, Y and Z remain available"); a drug to be
added "but was unavailable". Given: regimen short forms (FOLFOX, R-CHOP, VDC/IE, ABVD), "X with Y was begun",
a regimen in a table flattened with "|", a drug given alone after its partner was omitted.
Texts written for this test (no benchmark page)."""
import pytest

from rule_examples import check_drugs


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
    (['carboplatin', 'paclitaxel'], ['bevacizumab', 'olaparib', 'niraparib'],
     'Case presentation\nA 59-year-old woman presented with abdominal distension and was found to have high-grade serous ovarian carcinoma. Standard options for advanced disease include carboplatin and paclitaxel, with bevacizumab, olaparib or niraparib as maintenance. She underwent debulking surgery and received six cycles of carboplatin and paclitaxel. CT after treatment showed a complete response.'),
    (['pembrolizumab'], ['cisplatin', 'fluorouracil', 'cetuximab'],
     'Case presentation\nA 71-year-old man with recurrent oropharyngeal squamous cell carcinoma was referred to our clinic for consideration of cisplatin, fluorouracil and cetuximab (the EXTREME regimen). In view of his renal impairment and a PD-L1 combined positive score of 40, he was started on pembrolizumab monotherapy instead. A partial response was seen after 12 weeks.'),
    (['gemcitabine', 'nab-paclitaxel'], ['oxaliplatin', 'irinotecan', 'leucovorin', 'fluorouracil'],
     'Case report\nA 68-year-old woman with metastatic pancreatic adenocarcinoma was evaluated. FOLFIRINOX (oxaliplatin, irinotecan, leucovorin and fluorouracil) was discussed but considered too toxic for her performance status. She was treated with gemcitabine and nab-paclitaxel, and the CA 19-9 fell by 60%.'),
    (['imatinib'], ['sunitinib', 'regorafenib', 'ripretinib'],
     'Case presentation\nA 52-year-old man had a KIT exon 11-mutant gastrointestinal stromal tumour with liver metastases. He started imatinib 400 mg daily and the liver lesions shrank. Second-line sunitinib, third-line regorafenib and fourth-line ripretinib remain available should the disease progress.'),
    (['osimertinib'], ['gefitinib', 'erlotinib', 'afatinib'],
     'Case report\nA 48-year-old woman with EGFR-mutant lung adenocarcinoma received osimertinib. Unlike earlier-generation inhibitors (gefitinib, erlotinib and afatinib), osimertinib penetrates the central nervous system well. Her brain metastases regressed completely.'),
    (['azacitidine', 'venetoclax'], ['cytarabine', 'daunorubicin'],
     'Case presentation\nA 77-year-old man was diagnosed with acute myeloid leukaemia with myelodysplasia-related changes. He was not a candidate for intensive induction (cytarabine and daunorubicin, "7+3"). He was treated with azacitidine and venetoclax and achieved complete remission with incomplete count recovery after two cycles.'),
    (['letrozole', 'palbociclib'], ['fulvestrant', 'everolimus', 'exemestane'],
     'Case report\nA 64-year-old woman had hormone receptor-positive metastatic breast cancer. She received letrozole with palbociclib as first-line treatment. At progression the options would be fulvestrant, or everolimus with exemestane. She has had stable disease for 26 months.'),
    (['cisplatin', 'pemetrexed'], ['pembrolizumab'],
     'Case presentation\nA 62-year-old man with pleural mesothelioma was treated with cisplatin and pemetrexed. The addition of pembrolizumab, as in recent trials, was not possible outside a study. He had stable disease after four cycles.'),
    (['imatinib'], ['sunitinib', 'regorafenib', 'ripretinib'],
     'Case presentation\nA 52-year-old man had a KIT exon 11-mutant gastrointestinal stromal tumour with liver metastases. He started imatinib 400 mg daily and the liver lesions shrank. Second-line sunitinib, third-line regorafenib and fourth-line ripretinib remain available should the disease progress.'),
    (['capecitabine', 'temozolomide'], ['everolimus', 'sunitinib', 'lutetium'],
     'Case presentation\nA 57-year-old woman with a metastatic pancreatic neuroendocrine tumour received capecitabine and temozolomide (CAPTEM) with a partial response. Everolimus, sunitinib or lutetium-177 dotatate would be considered at progression.'),
    (['nivolumab', 'ipilimumab'], [],
     'Case report\nA 45-year-old man with metastatic melanoma was treated. Nivolumab and ipilimumab were given for four doses, followed by nivolumab maintenance. He had a complete response.'),
    (['trastuzumab', 'pertuzumab', 'docetaxel'], ['trastuzumab deruxtecan'],
     'Case presentation\nA 50-year-old woman with HER2-positive metastatic breast cancer received trastuzumab, pertuzumab and docetaxel. Trastuzumab deruxtecan is reserved for progression. The liver metastases responded partially.'),
    (['sorafenib'], ['lenvatinib', 'atezolizumab', 'bevacizumab'],
     'Case report\nA 69-year-old man with hepatocellular carcinoma was offered lenvatinib, atezolizumab plus bevacizumab or sorafenib. He chose sorafenib because of cost. The disease was stable at 6 months.'),
    (['cisplatin', 'etoposide'], ['lurbinectedin', 'topotecan'],
     'Case report\nA 64-year-old woman with small cell lung cancer was treated with cisplatin and etoposide. At relapse, lurbinectedin or topotecan were considered, but she opted for best supportive care.'),
    (['carboplatin', 'pemetrexed', 'pembrolizumab'], ['docetaxel', 'ramucirumab'],
     'Case presentation\nA 60-year-old man received carboplatin, pemetrexed and pembrolizumab for metastatic lung adenocarcinoma. He declined docetaxel and ramucirumab at progression and entered hospice.'),
    (['gemcitabine'], ['oxaliplatin', 'irinotecan', 'fluorouracil', 'leucovorin'],
     'Case report\nAn 80-year-old man had metastatic pancreatic cancer. FOLFIRINOX was judged too toxic given his age and comorbidities. He was treated with gemcitabine monotherapy and had stable disease for 5 months.'),
    (['cytarabine', 'daunorubicin'], ['gemtuzumab ozogamicin'],
     'Case report\nA 42-year-old woman with CBF acute myeloid leukaemia received 7+3 induction. Gemtuzumab ozogamicin was to be added on day 1 but was unavailable in the hospital pharmacy. She achieved complete remission after one course.'),
    (['doxorubicin', 'ifosfamide'], ['trabectedin', 'pazopanib'],
     'Case presentation\nA 35-year-old man with a high-grade synovial sarcoma of the thigh received doxorubicin and ifosfamide before resection. Histology showed 90% necrosis.\n\nDiscussion\nFor later lines, trabectedin and pazopanib have shown activity in synovial sarcoma (ref. 12). Our patient has not needed them.'),
    (['carboplatin', 'etoposide'], ['atezolizumab'],
     'Case report\nA 70-year-old woman with extensive-stage small cell lung cancer was treated with carboplatin and etoposide (atezolizumab was not reimbursed). A partial response was documented after four cycles.'),
    (['rituximab', 'bendamustine'], ['obinutuzumab', 'chlorambucil'],
     'Case presentation\nA 76-year-old man with follicular lymphoma grade 2 had bulky disease. The haematologist recommended BR (bendamustine and rituximab) rather than obinutuzumab-chlorambucil. He completed six cycles of BR with a complete response.'),
    (['tamoxifen'], ['anastrozole', 'letrozole', 'exemestane'],
     'Case report\nA 41-year-old premenopausal woman had hormone receptor-positive breast cancer. Aromatase inhibitors (anastrozole, letrozole or exemestane) were not suitable as she was premenopausal and declined ovarian suppression. She took tamoxifen for five years and remains free of disease.'),
    (['etoposide', 'cisplatin', 'bleomycin'], ['ifosfamide', 'paclitaxel'],
     'Case presentation\nA 28-year-old man had a non-seminomatous germ cell tumour with lung metastases. He received three cycles of BEP. Salvage TIP (paclitaxel, ifosfamide and cisplatin) would have been used had his markers risen. He remains in complete remission.'),
]


@pytest.mark.parametrize("given, not_given, text", REPORTS, ids=[f"report{i}" for i in range(len(REPORTS))])
def test_drugs_given_and_not_given(nlp, given, not_given, text):
    check_drugs(nlp, text, given, not_given)
