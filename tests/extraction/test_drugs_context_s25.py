"""Session 25 (drug25): which drugs a whole made-up report tells given, and which it names without giving them,
told by context over several sentences or paragraphs (abstract, case presentation, discussion, headings, label
lines, tables flattened with "|"). Not given: an option raised, brought up or put forward and given up in a later
sentence (never administered, not commenced, dropped, omitted, judged contraindicated, not reimbursed, not yet
licensed, not commercially available, declined by the patient or refused by the payer); one of a tumour board's
options when another was chosen ("X was chosen over Y"); a plan told in the future or kept for progression; a drug
the Discussion names for other patients or trials. Given near those cues: a switch, a drug held, interrupted or
dose-reduced, a plan taken up in the same breath. Regimen short forms (R-CVP, BR, ABVD, VIP, R-ICE, CAPOX, EC-T,
gem/nab-P, Aza-Ven, A-AVD, CAPTEM, 7+3), brand and code names, radiopharmaceuticals, a carboplatin-pemetrexed doublet.
Texts written for this test (no benchmark page); nab-paclitaxel is paclitaxel (ontology/terms/curated/overlay.tsv),
the steroid of a regimen is no drug given (benchmarks/gold/README.md)."""
import pytest

from rule_examples import drugs_given


REPORTS = [
    (['carboplatin', 'etoposide'], ['atezolizumab'],
     'Abstract\nWe report a man with extensive-stage small cell lung cancer.\n\nCase presentation\nA '
     '64-year-old man, a heavy smoker, presented with haemoptysis. CT showed a hilar mass with liver '
     'metastases and biopsy showed small cell carcinoma. The addition of atezolizumab to chemotherapy was '
     'discussed. Unfortunately atezolizumab was not reimbursed in his country at that time. He therefore '
     'received carboplatin plus etoposide for four cycles, with a partial response on the restaging CT.'),
    (['sotorasib'], ['adagrasib'],
     'Case report\nA 59-year-old woman with KRAS G12C-mutant lung adenocarcinoma progressed after '
     'chemo-immunotherapy. Two KRAS G12C inhibitors were considered. Adagrasib had not been approved by '
     'the regulatory agency at the time, so it could not be prescribed. Sotorasib 960 mg daily was '
     'commenced in March 2022 and the lesions shrank by 40%.'),
    (['anastrozole'], ['tamoxifen'],
     'Case presentation\nA 68-year-old woman underwent mastectomy for an ER-positive invasive ductal '
     'carcinoma. Adjuvant endocrine therapy was recommended. She had a history of pulmonary embolism two '
     'years earlier. Tamoxifen was therefore contraindicated. Anastrozole was prescribed and she remains '
     'disease free after three years.'),
    (['osimertinib'], ['bevacizumab'],
     'Case presentation\nA 52-year-old non-smoking man was found to have EGFR exon 19-deleted lung '
     'adenocarcinoma. He started osimertinib 80 mg daily. Combining bevacizumab with osimertinib was '
     'raised at the clinic. Bevacizumab was deferred because of recent haemoptysis and was never given. '
     'Osimertinib alone produced a complete response of the brain lesions.'),
    (['gemcitabine'], ['FOLFIRINOX'],
     'Case report\nAn 81-year-old man presented with painless jaundice and a pancreatic head mass; EUS '
     'biopsy confirmed adenocarcinoma with liver metastases. We considered FOLFIRINOX but his ECOG '
     'performance status of 2 and age made it too toxic. Gemcitabine monotherapy was given and the disease '
     'was stable for five months.'),
    (['cabozantinib'], ['lenvatinib', 'everolimus'],
     'Case report\nA 57-year-old man had metastatic clear cell renal cell carcinoma progressing after '
     'nivolumab and ipilimumab.\nThe multidisciplinary team meeting considered three options for second '
     'line: cabozantinib, lenvatinib plus everolimus, or a clinical trial. The team favoured cabozantinib, '
     'which was initiated at 60 mg daily. After three months a partial response was seen.'),
    (['docetaxel'], ['cabazitaxel'],
     'Case presentation\nA 71-year-old man with metastatic castration-resistant prostate cancer received '
     'docetaxel 75 mg/m2 every three weeks for six cycles, and his PSA fell from 120 to 8 '
     'ng/mL.\n\nDiscussion\nAt progression he is expected to receive cabazitaxel. Our patient remains on '
     'surveillance.'),
    (['dabrafenib', 'trametinib'], ['vemurafenib', 'cobimetinib'],
     'Case presentation\nA 45-year-old woman had BRAF V600E metastatic melanoma and was treated with '
     'dabrafenib and trametinib, with a complete response after six months.\n\nDiscussion\nVemurafenib with '
     'cobimetinib has been used by others in similar patients, with comparable responses. Smith and '
     'colleagues treated a woman with vemurafenib for 3 years.'),
    (['sunitinib', 'pazopanib'], [],
     'Case presentation\nA 63-year-old woman with metastatic renal cell carcinoma started sunitinib 50 mg '
     'daily. Severe hand-foot syndrome developed in the second cycle. She was switched from sunitinib to '
     'pazopanib, which she tolerated well, and the disease remained stable for 14 months.'),
    (['capecitabine', 'oxaliplatin'], [],
     'Case presentation\nA 58-year-old man underwent resection of a stage III colon cancer and received '
     'adjuvant XELOX. After the third cycle oxaliplatin was held because of grade 2 neuropathy. '
     'Capecitabine was dose-reduced to 75% and continued to complete six months.'),
    (['rituximab', 'cyclophosphamide', 'vincristine'], [],
     'Case report\nA 77-year-old woman was diagnosed with stage IV follicular lymphoma, grade 2. Because of '
     'her cardiac history, R-CVP was chosen and six cycles were given. A PET-CT after treatment showed a '
     'complete metabolic response.'),
    (['bendamustine', 'rituximab'], [],
     'Case presentation\nA 69-year-old man had mantle cell lymphoma with splenomegaly. He was treated with '
     'BR (bendamustine and rituximab) for six cycles and achieved complete remission.'),
    (['doxorubicin', 'bleomycin', 'vinblastine', 'dacarbazine'], [],
     'Case presentation\nA 24-year-old woman presented with cervical lymphadenopathy and night sweats; '
     'excision biopsy showed classical Hodgkin lymphoma, nodular sclerosis type. She received ABVD for six '
     'cycles and the interim PET was negative.'),
    (['cisplatin', 'ifosfamide', 'etoposide'], [],
     'Case presentation\nA 32-year-old man with a relapsed testicular germ cell tumour was given salvage '
     'chemotherapy. The regimen consisted of cisplatin, ifosfamide and etoposide (VIP) every 21 days. '
     'Tumour markers normalised after two cycles.'),
    (['azacitidine', 'venetoclax'], ['gilteritinib'],
     'Case presentation\nA 78-year-old man was diagnosed with acute myeloid leukaemia with '
     'myelodysplasia-related changes. He was unfit for intensive chemotherapy. Aza-Ven (azacitidine 75 '
     'mg/m2 days 1-7 and venetoclax 400 mg daily) was started. A bone marrow examination after two cycles '
     'showed complete remission with incomplete count recovery.\n\nDiscussion\nGilteritinib is an option for '
     'FLT3-mutant relapse, but our patient had no FLT3 mutation.'),
    (['tretinoin', 'arsenic trioxide'], [],
     'Case presentation\nA 35-year-old woman presented with gum bleeding and was found to have acute '
     'promyelocytic leukaemia with PML-RARA. Induction with ATRA and ATO was started immediately. She '
     'achieved molecular remission after consolidation.'),
    (['blinatumomab', 'tisagenlecleucel'], [],
     'Case presentation\nA 19-year-old man with relapsed B-cell acute lymphoblastic leukaemia received '
     'blinatumomab as a bridge, and then tisagenlecleucel (Kymriah) was infused. Day 28 marrow showed '
     'MRD-negative remission.'),
    (['paclitaxel', 'carboplatin', 'bevacizumab'], [],
     'Case presentation\nA 61-year-old woman with high-grade serous ovarian carcinoma underwent debulking '
     'surgery.\nTable 1. Treatment history\nLine | Regimen | Cycles | Best response\n1 | Paclitaxel + '
     'carboplatin | 6 | CR\n2 | Bevacizumab maintenance | 12 | SD\n'),
    (['pembrolizumab', 'lenvatinib'], [],
     'Case presentation\nA 63-year-old woman had recurrent endometrial carcinoma, mismatch repair '
     'proficient. She was started on Keytruda 200 mg every 3 weeks with Lenvima 20 mg daily, and the CT '
     'after 12 weeks showed a partial response.'),
    (['gemcitabine', 'paclitaxel'], [],
     'Case presentation\nA 66-year-old woman had metastatic pancreatic adenocarcinoma. First-line gem/nab-P '
     'was started and CA 19-9 fell from 2400 to 310 U/mL after three cycles.'),
    (['epirubicin', 'cyclophosphamide', 'docetaxel'], [],
     'Case presentation\nA 41-year-old woman had a triple-negative breast cancer, cT2N1. Neoadjuvant EC-T '
     'was given and surgery showed a pathological complete response.'),
    (['lutetium Lu 177 dotatate'], ['everolimus'],
     'Case presentation\nA 56-year-old man had a metastatic well-differentiated ileal neuroendocrine tumour '
     'with high somatostatin receptor uptake. He received four cycles of 177Lu-DOTATATE. Everolimus was '
     'kept in reserve for progression. The liver metastases decreased in size (partial response).'),
    (['letrozole'], ['abemaciclib'],
     'Abstract\nAn elderly woman with metastatic breast cancer is described.\n\nCase presentation\nA '
     '82-year-old woman had ER-positive breast cancer with bone metastases. Letrozole with abemaciclib was '
     'proposed.\nAfter discussing diarrhoea and the blood tests needed, she elected to take letrozole only. '
     'Her bone pain improved and the disease was stable at one year.'),
    (['cisplatin', 'etoposide'], ['lurbinectedin'],
     'Case report\nA 60-year-old woman had relapsed small cell lung cancer 8 months after first-line '
     'therapy. Lurbinectedin was not available at our institution. She was rechallenged with cisplatin and '
     'etoposide, with a partial response.'),
    (['enfortumab vedotin', 'pembrolizumab'], ['cisplatin'],
     'Case presentation\nA 70-year-old man had metastatic urothelial carcinoma and chronic kidney disease '
     '(creatinine clearance 35 mL/min), making him cisplatin-ineligible. Enfortumab vedotin plus '
     'pembrolizumab was given and the CT showed a complete response.'),
    (['nivolumab'], ['relatlimab'],
     'Case presentation\nA 50-year-old man had unresectable stage IIIC melanoma. Nivolumab and relatlimab '
     'was the recommended combination.\n\nThe insurance company denied coverage of the fixed-dose '
     'combination. He was therefore treated with nivolumab monotherapy 480 mg every four weeks, and the '
     'nodes regressed.'),
    (['osimertinib'], ['bevacizumab'],
     'Case presentation\nA 52-year-old man had EGFR-mutant lung adenocarcinoma and started osimertinib. '
     'Adding bevacizumab was brought up at the clinic visit.\nIn the end bevacizumab was never administered '
     'because of haemoptysis. Osimertinib alone produced a partial response.'),
    (['carboplatin', 'paclitaxel'], ['pembrolizumab'],
     'Case report\nA 66-year-old woman with advanced endometrial cancer was seen. The oncologist suggested '
     'pembrolizumab in combination with chemotherapy.\nHowever, the patient had active Crohn disease, and '
     'immunotherapy was judged unsafe. Carboplatin and paclitaxel were administered for six cycles.'),
    (['temozolomide'], ['bevacizumab'],
     'Case presentation\nA 45-year-old man underwent resection of an IDH-wildtype glioblastoma and received '
     'radiotherapy with concurrent temozolomide.\n\nAt recurrence bevacizumab was requested but the request '
     'was rejected by the health fund. He died of progressive disease six months later.'),
    (['ibrutinib'], ['venetoclax', 'obinutuzumab'],
     'Case presentation\nA 73-year-old man had chronic lymphocytic leukaemia with del(17p). Venetoclax plus '
     'obinutuzumab and ibrutinib monotherapy were both discussed. Given his poor renal function and the '
     'risk of tumour lysis, ibrutinib was preferred. The lymphocyte count normalised within four months.'),
    (['trastuzumab', 'pertuzumab', 'docetaxel'], ['trastuzumab emtansine'],
     'Abstract\nWe describe HER2-positive breast cancer with brain metastases.\nCase\nA 48-year-old woman '
     'received docetaxel, trastuzumab and pertuzumab as first-line treatment with a partial response. '
     'T-DM1 is planned at progression.'),
    (['nivolumab'], ['ipilimumab'],
     'Case presentation\nA 58-year-old man with hepatocellular carcinoma progressed on sorafenib and was '
     'switched to nivolumab. Ipilimumab could be added if the disease progresses. At 9 months his AFP had '
     'normalised.'),
    (['azacitidine'], ['venetoclax'],
     'Case report\nAn 84-year-old woman was diagnosed with AML. Azacitidine and venetoclax was the intended '
     'regimen; venetoclax, however, was omitted because of concurrent azole therapy and severe '
     'neutropenia. She received azacitidine alone and reached a partial remission.'),
    (['capecitabine'], ['oxaliplatin'],
     'Case presentation\nAn 80-year-old man had stage III colon cancer resected. Oxaliplatin was not added '
     'owing to pre-existing neuropathy. Adjuvant capecitabine was given for 6 months and there has been no '
     'recurrence.'),
    (['imatinib'], ['avapritinib'],
     'Case presentation\nA 62-year-old man was found to have a gastric GIST with a PDGFRA exon 18 mutation '
     '(not D842V). He received imatinib 400 mg daily with a partial response.\n\nDiscussion\nAvapritinib is '
     'approved for PDGFRA D842V-mutant GIST, a mutation that our patient did not have. Imatinib '
     'sensitivity depends on the exact PDGFRA variant.'),
    (['cisplatin', 'pemetrexed'], ['nivolumab', 'ipilimumab'],
     'Case presentation\nA 70-year-old man with epithelioid pleural mesothelioma was referred. Nivolumab '
     'plus ipilimumab was offered but he was worried about autoimmune side effects and chose chemotherapy. '
     'He received cisplatin-pemetrexed for six cycles with stable disease.'),
    (['leuprolide', 'abiraterone'], ['docetaxel'],
     'Case presentation\nA 67-year-old man was diagnosed with de novo metastatic hormone-sensitive prostate '
     'cancer. He started leuprolide and abiraterone with prednisone. Docetaxel was not pursued given his '
     'frailty. His PSA became undetectable.'),
    (['rituximab', 'bendamustine'], ['polatuzumab vedotin'],
     'Case presentation\nA 79-year-old woman had relapsed diffuse large B-cell lymphoma. Pola-BR was '
     'considered, but polatuzumab vedotin was unavailable at our hospital. She received bendamustine and '
     'rituximab and achieved a partial response.'),
    (['daratumumab', 'lenalidomide'], ['bortezomib'],
     'Case presentation\nA 76-year-old man was diagnosed with IgG kappa multiple myeloma. Because of '
     'baseline neuropathy, bortezomib was avoided, and daratumumab with lenalidomide and dexamethasone '
     '(DRd) was started. A very good partial response was obtained.'),
    (['sunitinib'], ['cabozantinib'],
     'Case presentation\nA 61-year-old man had metastatic renal cell carcinoma treated with '
     'sunitinib.\nTable 2. Lines of therapy\nDrug | Start | Status\nSunitinib | Jan 2020 | given\nCabozantinib '
     '| - | declined by the patient\n'),
    (['paclitaxel', 'carboplatin'], ['bevacizumab'],
     'Case report\nA 57-year-old woman had stage IIIC high-grade serous ovarian carcinoma. She received six '
     'cycles of carboplatin and paclitaxel after surgery. Maintenance bevacizumab was recommended. She did '
     'not wish to continue intravenous treatment. She remained on follow-up.'),
    (['gemcitabine', 'cisplatin'], ['pembrolizumab'],
     'Case presentation\nA 63-year-old woman with advanced biliary tract cancer received gemcitabine and '
     'cisplatin. Pembrolizumab was proposed to be added. The patient refused. The tumour remained stable '
     'for eight months.'),
    (['erlotinib'], ['osimertinib'],
     'Case presentation\nIn 2014 a 56-year-old woman was found to have EGFR L858R lung adenocarcinoma and '
     'started erlotinib. At progression a T790M mutation was detected. Osimertinib was not yet licensed in '
     'her country and she could not access it. She died in 2016.'),
    (['vincristine', 'carboplatin'], ['dinutuximab'],
     'Case presentation\nA 4-year-old boy had a low-grade glioma of the optic pathway treated with '
     'carboplatin and vincristine.\n\nDiscussion\nIn children with neuroblastoma, dinutuximab improves '
     'survival. Our case differs because the tumour was a glioma.'),
    (['pralsetinib'], ['selpercatinib'],
     'Case report\nA 38-year-old woman had RET-fusion positive lung adenocarcinoma (KIF5B-RET). '
     'Selpercatinib would have been our first choice.\nAt that time selpercatinib was not commercially '
     'available in our country. She was enrolled in an access programme and received BLU-667 (pralsetinib) '
     '400 mg daily, with a partial response at eight weeks.'),
    (['imatinib'], [],
     'Case presentation\nA 44-year-old man had chronic myeloid leukaemia in chronic phase. Imatinib '
     'mesylate 400 mg/day was started and a major molecular response was reached at 12 months.'),
    (['cytarabine', 'daunorubicin'], ['midostaurin'],
     'Case presentation\nA 51-year-old woman had AML with an NPM1 mutation and no FLT3 alteration. She '
     'received 7+3 induction (cytarabine and daunorubicin). Midostaurin was not indicated because FLT3 was '
     'wild-type. Complete remission was documented on day 28.'),
    (['carboplatin', 'pemetrexed', 'pembrolizumab'], [],
     'Case presentation\nA 60-year-old man had metastatic non-squamous NSCLC without driver alterations and '
     'PD-L1 of 10%. The treatment consisted of a carboplatin-pemetrexed doublet plus pembrolizumab every '
     'three weeks. The restaging CT after four cycles showed a partial response.'),
    (['rituximab', 'ifosfamide', 'carboplatin', 'etoposide'], [],
     'Case presentation\nA 55-year-old man had relapsed DLBCL 10 months after R-CHOP. Salvage R-ICE was '
     'given for two cycles, with a partial metabolic response.'),
    (['oxaliplatin', 'capecitabine'], [],
     'Case presentation\nA 64-year-old woman had stage III gastric adenocarcinoma after gastrectomy. She '
     'received adjuvant CAPOX (XELOX) for eight cycles.'),
    (['fluorouracil', 'oxaliplatin', 'irinotecan', 'leucovorin'], ['gemcitabine'],
     'Case presentation\nA 52-year-old man had borderline resectable pancreatic cancer. After discussion, '
     'mFOLFIRINOX was chosen over gemcitabine-based therapy, and eight cycles were completed before a '
     'Whipple procedure.'),
    (['lutetium Lu 177 vipivotide tetraxetan'], ['cabazitaxel'],
     'Case presentation\nA 72-year-old man had PSMA-positive metastatic castration-resistant prostate '
     'cancer after enzalutamide and docetaxel. He preferred not to receive cabazitaxel. He was treated '
     'with [177Lu]Lu-PSMA-617 every six weeks and the PSA declined by more than 50%.'),
    (['gemcitabine', 'cisplatin'], ['durvalumab'],
     'Abstract\nBiliary cancer case.\n\nCase presentation\nA 58-year-old woman had unresectable intrahepatic '
     'cholangiocarcinoma.\n\nTreatment\nThe team planned gemcitabine, cisplatin and durvalumab. Durvalumab '
     'could not be obtained. The chemotherapy doublet was started on 3 May 2021 and the tumour shrank by '
     '35%.'),
    (['temozolomide', 'capecitabine'], ['everolimus', 'sunitinib'],
     'Case presentation\nA 47-year-old woman had a metastatic pancreatic neuroendocrine tumour, G2. '
     'Options: everolimus | sunitinib | CAPTEM. She started CAPTEM (capecitabine and temozolomide) and the '
     'liver lesions regressed.'),
    (['cisplatin', 'gemcitabine'], ['avelumab'],
     'Case presentation\nA 69-year-old man with metastatic bladder cancer received gemcitabine and '
     'cisplatin for six cycles and had a partial response. Avelumab maintenance was offered, which he '
     'turned down because he wished to travel. He was followed with scans every three months.'),
    (['ruxolitinib'], ['fedratinib'],
     'Case presentation\nA 66-year-old man had primary myelofibrosis with splenomegaly and was treated with '
     'ruxolitinib 20 mg twice daily, with a 50% reduction of spleen length. Fedratinib is reserved for '
     'ruxolitinib failure.'),
    (['trastuzumab deruxtecan'], [],
     'Case presentation\nA 55-year-old woman with HER2-positive metastatic breast cancer progressed after '
     'T-DM1. Enhertu (5.4 mg/kg every 3 weeks) was started, and after four cycles her liver metastases had '
     'shrunk by half.'),
    (['cabozantinib'], ['nivolumab'],
     'Case presentation\nA 75-year-old man had metastatic papillary renal cell carcinoma. Nivolumab '
     'combined with cabozantinib was proposed. Owing to his history of myasthenia gravis, nivolumab was '
     'judged contraindicated and omitted. Single-agent cabozantinib was given with stable disease.'),
    (['brentuximab vedotin', 'doxorubicin', 'vinblastine', 'dacarbazine'], ['bleomycin'],
     'Case presentation\nA 62-year-old man had stage IV Hodgkin lymphoma and interstitial lung disease. '
     'Bleomycin was excluded because of his lungs, and he received A-AVD (brentuximab vedotin, '
     'doxorubicin, vinblastine and dacarbazine).'),
    (['pembrolizumab'], ['ipilimumab'],
     'Case presentation\nA 59-year-old man had MSI-high metastatic colorectal cancer.\nHe was treated with '
     'pembrolizumab 200 mg every three weeks; a complete response was reached after one '
     'year.\n\nDiscussion\nNivolumab combined with ipilimumab is another first-line option in MSI-high '
     'disease. Whether adding ipilimumab would have helped our patient is unknown.'),
    (['enzalutamide'], ['olaparib'],
     'Case presentation\nA 70-year-old man had metastatic castration-resistant prostate cancer with a '
     'germline BRCA2 mutation. Olaparib was recommended by the molecular tumour board.\nThe patient, '
     'however, wished to keep an oral hormonal agent and was started on enzalutamide. His PSA fell by 80%.'),
    (['letrozole'], ['ribociclib'],
     'Case presentationA 69-year-old woman had ER-positive, HER2-negative breast cancer with lung '
     'metastases. Ribociclib with letrozole was put forward as first-line treatment. Her QTc interval was '
     'prolonged at baseline (510 ms), so the CDK4/6 inhibitor was dropped. Letrozole monotherapy led to '
     'stable disease.'),
    (['carboplatin', 'etoposide'], ['durvalumab'],
     'Case presentation\nA 63-year-old man with ES-SCLC started carboplatin and etoposide. Durvalumab was '
     'to be added from cycle 2.\nHowever, he developed a severe flare of his myasthenia gravis, and '
     'durvalumab was not commenced. After four cycles the primary tumour had shrunk by 60%.'),
    (['osimertinib'], ['savolitinib'],
     'Case presentation\nA 61-year-old woman with EGFR-mutant lung adenocarcinoma progressed on osimertinib '
     'with MET amplification. We applied for compassionate use of savolitinib.\nThe application was turned '
     'down. She continued osimertinib beyond progression with local radiotherapy to the growing lesion.'),
    (['paclitaxel'], ['ramucirumab'],
     'Case presentation\nA 56-year-old man had metastatic gastric adenocarcinoma progressing after FOLFOX. '
     'Ramucirumab plus paclitaxel would have been the standard second line, but ramucirumab is not '
     'reimbursed in our country. Weekly paclitaxel was given alone and the disease was stable for four '
     'months.'),
    (['nivolumab'], ['ipilimumab'],
     'Case presentation\nA 62-year-old man had metastatic melanoma.\nTreatment plan: nivolumab plus '
     'ipilimumab.\nTreatment given: nivolumab alone (ipilimumab declined by the patient).\nOutcome: partial '
     'response at week 12.'),
    (['gemcitabine', 'docetaxel'], ['trabectedin', 'eribulin'],
     'Case presentation\nA 52-year-old woman had metastatic uterine leiomyosarcoma after '
     'doxorubicin.\nSecond-line options (trabectedin, eribulin, gemcitabine/docetaxel) were reviewed with '
     'her. She opted for gemcitabine-docetaxel, and a partial response was obtained.'),
    (['fulvestrant'], ['alpelisib'],
     'Case presentation\nA 59-year-old woman had PIK3CA-mutant metastatic breast cancer. Because of poorly '
     'controlled diabetes (HbA1c 9.8%), alpelisib was considered unsuitable. Fulvestrant was started, with '
     'stable disease.'),
    (['capecitabine', 'temozolomide'], ['lutetium'],
     'Case presentation\nA 58-year-old man had a metastatic pancreatic NET with low SSTR expression on '
     'Ga-68 DOTATATE PET; he was therefore not a candidate for PRRT with lutetium-177. CAPTEM was started '
     'and the tumour shrank.'),
    (['trastuzumab', 'capecitabine', 'oxaliplatin'], ['pembrolizumab'],
     'Case report\nA 60-year-old man had HER2-positive metastatic gastric cancer with PD-L1 CPS of '
     '0.\nPembrolizumab was not added, because his CPS was below 1. He was treated with trastuzumab and '
     'CAPOX and the liver metastases regressed.'),
    (['vemurafenib'], ['dabrafenib'],
     'Case presentation\nA 70-year-old woman had BRAF V600E-mutant Erdheim-Chester disease. She received '
     'vemurafenib 960 mg twice daily and the FDG uptake decreased.\n\nDiscussion\nIf vemurafenib is not '
     'tolerated, a switch to dabrafenib will be considered.'),
    (['imatinib'], ['dasatinib'],
     'Case presentation\nA 47-year-old man had Philadelphia-positive CML. Imatinib was started in '
     '2018.\n\nFollow-up\nA switch to dasatinib was planned in 2020 after a loss of major molecular response '
     'but, as the transcript fell again, the switch was cancelled and imatinib was continued.'),
    (['pemetrexed', 'cisplatin'], ['bevacizumab'],
     'Case presentation\nA 49-year-old man had malignant pleural mesothelioma. Cisplatin and pemetrexed '
     'were given. Bevacizumab, studied with this doublet in MAPS, was not used because of a recent '
     'thrombosis.'),
]


@pytest.mark.parametrize("given,not_given,text", REPORTS)
def test_the_report_tells_which_drugs_were_given(nlp, given, not_given, text):
    got = drugs_given(nlp, text)
    missed = [d for d in given if not any(d.lower() in g for g in got)]
    leaked = [d for d in not_given if any(d.lower() in g for g in got)]
    assert not missed and not leaked, (missed, leaked, sorted(got))
