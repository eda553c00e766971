"""Session 29 (drug29): which drugs a whole made-up report tells given, and which it only names. Not given: a drug of a
cited trial or of another patient in the Discussion; a drug requested and then refused, denied, not granted, not
covered, unaffordable, contraindicated or not (yet) approved ("Funding for X was not granted", "X had not been
approved in Japan"); the options of a choice when the one chosen is told with its own subject or predicate ("..., and
she chose X", "The choice was between Y and X, and X was preferred"); general statements (approval, licence, activity,
a drug's target, "X deserves early use"); a drug the patient would receive at progression, that would follow, or that
is kept or reserved for a later line; drugs of keyword or abbreviation lines, an introduction, a learning-points
paragraph. Texts written for this test in several countries' styles (no benchmark page); nab-paclitaxel is a drug of its
own (ontology/terms/curated/antineoplastics.tsv), the steroid of a regimen is no drug given (benchmarks/gold/README.md)."""
import pytest

from rule_examples import check_drugs


REPORTS = [
    # a drug of a cited trial, or of another patient, named in the Discussion
    (['crizotinib'], ['lorlatinib', 'alectinib'],
     'Case report\nA 45-year-old woman had ROS1-rearranged lung adenocarcinoma. She received crizotinib '
     '250 mg twice daily and the lesions shrank by 60%.\n\nDiscussion\nIn the PROFILE 1001 cohort crizotinib '
     'gave a response rate of 72%. Lorlatinib achieved intracranial responses in pretreated patients in a '
     'phase 1/2 trial, and alectinib has been reported in small series.'),
    (['larotrectinib'], ['entrectinib'],
     'Case presentation\nA 3-month-old girl had an infantile fibrosarcoma with an ETV6::NTRK3 fusion. '
     'Larotrectinib was started and the mass shrank by 80% in eight weeks.\n\nDiscussion\nA similar infant '
     'described by Tanaka and colleagues was treated with entrectinib and had a complete response.'),
    (['pembrolizumab'], ['nivolumab', 'ipilimumab'],
     'Case report\nA 71-year-old man had metastatic Merkel cell carcinoma. Pembrolizumab 200 mg every '
     'three weeks was given and a complete response was documented after six months.\n\nDiscussion\nWe '
     'previously treated a 68-year-old man with the combination of nivolumab and ipilimumab, who had a '
     'partial response.'),
    (['imatinib'], ['ripretinib', 'avapritinib'],
     'Case report\nA 62-year-old man presented with a gastric GIST with a KIT exon 11 deletion. He '
     'received imatinib 400 mg daily with a partial remission.\n\nDiscussion\nFor PDGFRA D842V mutated GIST, '
     'avapritinib showed an overall response rate of 91% in the NAVIGATOR study; ripretinib prolonged '
     'progression-free survival in INVICTUS.'),
    (['regorafenib'], ['trifluridine/tipiracil', 'fruquintinib'],
     'Case report\nA 66-year-old man had metastatic colorectal cancer refractory to FOLFOX and FOLFIRI. '
     'Regorafenib 160 mg daily was started and the disease was stable for 7 months.\n\nDiscussion\nIn the '
     'FRESCO-2 trial, patients treated with fruquintinib lived longer than those given placebo, and '
     'trifluridine/tipiracil improved survival in RECOURSE.'),
    (['brentuximab vedotin'], ['crizotinib'],
     'Case report\nA 19-year-old man had ALK-positive anaplastic large cell lymphoma relapsing after CHOP. '
     'Brentuximab vedotin induced a complete metabolic response.\n\nDiscussion\nIn an earlier patient at our '
     'institution, crizotinib produced a durable remission.'),
    (['selpercatinib'], ['cabozantinib'],
     'Case report\nA 28-year-old woman had RET-mutant medullary thyroid cancer. Selpercatinib 160 mg twice '
     'daily gave a partial response.\n\nDiscussion\nCabozantinib yielded a 28% objective response in EXAM, '
     'at the cost of diarrhoea and hand-foot syndrome.'),
    (['entrectinib'], ['larotrectinib'],
     'Case presentation\nA 44-year-old woman had an NTRK1-rearranged salivary carcinoma and received '
     'entrectinib 600 mg daily with a partial response.\n\nDiscussion\nA 52-year-old woman with a similar '
     'tumour responded to larotrectinib for 30 months (5).'),
    (['osimertinib'], ['amivantamab', 'lazertinib'],
     'Case report\nA 56-year-old woman had EGFR L858R lung adenocarcinoma. She received osimertinib and '
     'had a partial response.\n\nDiscussion\nIn MARIPOSA, patients received amivantamab with lazertinib, '
     'with longer progression-free survival.'),
    # requested, then refused, denied, not granted, not covered, unaffordable, contraindicated or not approved
    (['docetaxel'], ['cabazitaxel'],
     'Case report\nA 69-year-old man had metastatic castration-resistant prostate cancer. Cabazitaxel was '
     'requested from the insurer but reimbursement was denied. Docetaxel 75 mg/m2 was given every three '
     'weeks and the PSA fell by 70%.'),
    (['sunitinib'], ['cabozantinib'],
     'Case presentation\nA 58-year-old woman had metastatic renal cell carcinoma. An application for '
     'cabozantinib was submitted and rejected by the health fund. Sunitinib 50 mg was started on a 4/2 '
     'schedule with stable disease.'),
    (['carboplatin', 'etoposide'], ['atezolizumab'],
     'Case report\nAn 80-year-old Japanese man was diagnosed with extensive-stage small cell lung cancer. '
     'Addition of atezolizumab was proposed to the family, who declined it because of cost. Carboplatin '
     'and etoposide were administered for four courses and partial response was obtained.'),
    (['lenvatinib'], ['atezolizumab', 'bevacizumab'],
     'Case report\nA 70-year-old man had hepatocellular carcinoma and active ulcerative colitis. '
     'Atezolizumab plus bevacizumab was contraindicated because of the colitis. Lenvatinib 8 mg daily was '
     'started.'),
    (['paclitaxel', 'carboplatin'], ['dostarlimab'],
     'Case presentation\nA 57-year-old woman had dMMR endometrial carcinoma. Dostarlimab was unavailable '
     'in our country at that time. She was treated with paclitaxel and carboplatin for six cycles.'),
    (['anlotinib'], ['selpercatinib'],
     'Case report\nA 46-year-old female with RET fusion-positive lung adenocarcinoma. Selpercatinib was '
     'recommended, however it was not covered by her medical insurance and the patient could not afford '
     'it. Anlotinib 12 mg was given orally and the disease remained stable for 9 months.'),
    (['gemcitabine', 'cisplatin'], ['futibatinib'],
     'Case report\nA 52-year-old woman had FGFR2 fusion-positive intrahepatic cholangiocarcinoma. A '
     'request for compassionate use of futibatinib was turned down. She continued gemcitabine and '
     'cisplatin, with stable disease.'),
    (['capecitabine'], ['tucatinib'],
     'Case presentation\nA 47-year-old woman had HER2-positive breast cancer with brain metastases. '
     'Funding for tucatinib was not granted. Capecitabine 1000 mg/m2 twice daily was started.'),
    (['paclitaxel'], ['ramucirumab'],
     'Case report\nA 61-year-old man had metastatic gastric adenocarcinoma progressing on FOLFOX. '
     'Ramucirumab was denied by his insurance company, so weekly paclitaxel alone was started.'),
    (['temozolomide'], ['bevacizumab'],
     'Case report\nA 45-year-old woman had recurrent glioblastoma. She could not receive bevacizumab '
     'because of a recent intracranial haemorrhage. Temozolomide was rechallenged at 150 mg/m2.'),
    (['carboplatin', 'etoposide'], ['durvalumab'],
     'Case presentation\nA 72-year-old woman had extensive-stage small cell lung cancer and myasthenia '
     'gravis. Durvalumab was judged too risky given her myasthenia. Carboplatin and etoposide were given '
     'for four cycles.'),
    (['trastuzumab', 'pertuzumab', 'docetaxel'], ['trastuzumab deruxtecan'],
     'Case report\nA 53-year-old woman had HER2-positive metastatic breast cancer. The health insurance '
     'refused to cover trastuzumab deruxtecan in first line. Therefore trastuzumab, pertuzumab and '
     'docetaxel were administered.'),
    (['gefitinib'], ['osimertinib'],
     'Case report\nA 58-year-old lady with EGFR exon 19 deleted adenocarcinoma lung. Osimertinib was '
     'unaffordable for the family. Gefitinib 250 mg once daily was started and she had partial response.'),
    (['nivolumab'], ['pembrolizumab'],
     'Case report\nA 67-year-old Japanese man had advanced gastric cancer. Pembrolizumab had not been '
     'approved in Japan for this indication at the time. Nivolumab was therefore administered as '
     'third-line therapy.'),
    # options discussed or offered, and the one chosen (told with its own subject or predicate) is the only one given
    (['olaparib'], ['niraparib', 'bevacizumab'],
     'Case report\nA 55-year-old woman had BRCA1-mutated ovarian carcinoma in remission after carboplatin '
     'and paclitaxel. Maintenance options (olaparib, niraparib or bevacizumab) were discussed, and she '
     'chose olaparib.'),
    (['ribociclib', 'letrozole'], ['palbociclib', 'abemaciclib'],
     'Case presentation\nA 60-year-old woman had HR-positive metastatic breast cancer. We offered '
     'palbociclib, ribociclib or abemaciclib with letrozole; the patient selected ribociclib with '
     'letrozole.'),
    (['cabozantinib'], ['everolimus'],
     'Case report\nA 67-year-old man had metastatic renal cell carcinoma after nivolumab. The choice was '
     'between everolimus and cabozantinib, and cabozantinib was preferred. It was started at 40 mg daily.'),
    (['azacitidine', 'venetoclax'], ['decitabine', 'cytarabine'],
     'Case report\nA 79-year-old man had acute myeloid leukaemia. The multidisciplinary meeting proposed '
     'low-dose cytarabine, decitabine or azacitidine with venetoclax. Azacitidine-venetoclax was retained '
     'and a complete remission was obtained after two cycles.'),
    (['pembrolizumab'], ['cemiplimab'],
     'Case report\nA 78-year-old man had unresectable cutaneous squamous cell carcinoma. Options included '
     'cemiplimab or pembrolizumab; he opted for pembrolizumab, which produced a partial response.'),
    (['abiraterone'], ['enzalutamide'],
     'Case report\nA 73-year-old man had metastatic castration-resistant prostate cancer. Two alternatives '
     'were presented: enzalutamide and abiraterone. The patient preferred abiraterone, which was started '
     'with prednisone.'),
    (['capecitabine'], ['eribulin', 'paclitaxel'],
     'Case report\nA 70-year-old woman had metastatic breast cancer. Eribulin, weekly paclitaxel and '
     'capecitabine were discussed as third-line options. She preferred an oral drug and capecitabine was '
     'prescribed.'),
    (['gemcitabine', 'nab-paclitaxel'], ['FOLFIRINOX'],
     'Case report\nA 62-year-old man had metastatic pancreatic cancer. The tumour board recommended either '
     'FOLFIRINOX or gemcitabine with nab-paclitaxel; gemcitabine with nab-paclitaxel was chosen because '
     'of his performance status.'),
    (['pembrolizumab'], ['nivolumab', 'ipilimumab'],
     'Case report\nA 66-year-old man had metastatic melanoma. Pembrolizumab monotherapy was chosen rather '
     'than nivolumab plus ipilimumab because of his age.'),
    # general statements: approved, licensed, active, standard, indicated, a drug's target, what a drug deserves
    (['dabrafenib', 'trametinib'], ['vemurafenib', 'cobimetinib'],
     'Case report\nA 38-year-old woman had BRAF V600E-mutant melanoma. Vemurafenib with cobimetinib is '
     'approved for BRAF-mutant melanoma. She received dabrafenib and trametinib and had a partial '
     'response.'),
    (['paclitaxel'], ['pazopanib', 'eribulin'],
     'Case report\nA 72-year-old man had angiosarcoma of the scalp. Pazopanib has shown activity in '
     'soft-tissue sarcoma, and eribulin is effective in liposarcoma. Weekly paclitaxel was started and '
     'the lesion regressed.'),
    (['gemcitabine'], ['FOLFIRINOX'],
     'Case presentation\nAn 84-year-old woman had metastatic pancreatic adenocarcinoma. FOLFIRINOX is the '
     'standard of care in fit patients. Given her age she received gemcitabine monotherapy.'),
    (['imatinib'], ['nilotinib', 'dasatinib'],
     'Case report\nA 41-year-old man had chronic myeloid leukaemia in chronic phase. Second-generation '
     'inhibitors such as nilotinib and dasatinib are indicated in first line as well. He was started on '
     'imatinib 400 mg daily and reached a major molecular response.'),
    (['nivolumab'], ['tislelizumab'],
     'Case report\nA 64-year-old man had advanced oesophageal squamous cell carcinoma. Tislelizumab '
     'received approval for this indication in 2024. He was treated with nivolumab 240 mg every two weeks '
     'and had stable disease.'),
    (['carboplatin', 'paclitaxel'], ['pembrolizumab'],
     'Case presentation\nA 66-year-old woman had recurrent cervical cancer. Current guidelines recommend '
     'pembrolizumab for PD-L1-positive disease. Her tumour was PD-L1 negative, and she received '
     'carboplatin and paclitaxel.'),
    (['sunitinib'], ['belzutifan'],
     'Case report\nA 40-year-old man with von Hippel-Lindau disease had metastatic clear cell renal cell '
     'carcinoma. Belzutifan is effective for VHL-associated tumours. He received sunitinib 50 mg daily '
     'with a partial response.'),
    (['imatinib'], ['avapritinib'],
     'Case report\nA 55-year-old woman had a gastric GIST with a KIT exon 11 deletion. Imatinib 400 mg '
     'daily was started with a partial response. Avapritinib can be used for PDGFRA exon 18 mutations.'),
    (['olaparib'], ['talazoparib'],
     'Case report\nA 39-year-old woman with a germline BRCA2 mutation had metastatic HER2-negative breast '
     'cancer. Talazoparib is licensed for this setting in Europe. Olaparib 300 mg twice daily was begun.'),
    # a drug for later: would be considered, would receive / would follow, kept or reserved for a later line
    (['osimertinib'], ['amivantamab'],
     'Case report\nA 60-year-old woman had EGFR-mutant lung adenocarcinoma. She was treated with '
     'osimertinib and had a partial response. Amivantamab would be considered at progression.'),
    (['enzalutamide'], ['docetaxel', 'lutetium Lu 177 vipivotide tetraxetan'],
     'Case report\nA 74-year-old man had metastatic prostate cancer on enzalutamide with a falling PSA. At '
     'progression, docetaxel will be offered, followed by lutetium Lu 177 vipivotide tetraxetan.'),
    (['trastuzumab', 'pertuzumab', 'docetaxel'], ['trastuzumab deruxtecan'],
     'Case report\nA 49-year-old woman had HER2-positive metastatic breast cancer treated with '
     'trastuzumab, pertuzumab and docetaxel with a complete response. Trastuzumab deruxtecan remains the '
     'next-line option.'),
    (['rituximab', 'bendamustine'], ['obinutuzumab'],
     'Case report\nA 66-year-old man had follicular lymphoma treated with bendamustine and rituximab, '
     'achieving complete metabolic remission. Obinutuzumab-based therapy has been earmarked should he '
     'relapse.'),
    (['lorlatinib'], ['brigatinib'],
     'Case report\nA 35-year-old man had ALK-positive lung adenocarcinoma with brain metastases. '
     'Lorlatinib 100 mg daily was started with an intracranial complete response. In case of progression, '
     'brigatinib could be given.'),
    (['azacitidine'], ['venetoclax'],
     'Case report\nAn 80-year-old woman had myelodysplastic syndrome with excess blasts. She received '
     'azacitidine for eight cycles with a haematological improvement. Venetoclax is the planned next step '
     'if the blasts rise.'),
    (['alectinib'], ['lorlatinib'],
     'Case report\nA 49-year-old woman had ALK-positive lung cancer on alectinib for 3 years with a '
     'continuing partial response. Lorlatinib could be considered in the future if resistance develops.'),
    (['letrozole', 'palbociclib'], ['fulvestrant', 'everolimus'],
     'Case report\nA 65-year-old woman had metastatic ER-positive breast cancer treated with letrozole and '
     'palbociclib. At progression she would receive fulvestrant, and everolimus would follow.'),
    (['nivolumab'], ['cabozantinib'],
     'Case report\nA 57-year-old man had metastatic renal cell carcinoma. Nivolumab 480 mg every four '
     'weeks achieved a partial response, and cabozantinib is being kept for second line.'),
    (['rituximab', 'bendamustine'], ['lenalidomide'],
     'Case report\nA 70-year-old woman had marginal zone lymphoma and received bendamustine and rituximab, '
     'with a complete response. Should the disease progress, lenalidomide with rituximab is the intended '
     'second-line therapy.'),
    # drugs of a title, keyword or abbreviation line, an introduction or a learning-points paragraph
    (['sorafenib'], ['lenvatinib', 'regorafenib'],
     'Sorafenib in hepatocellular carcinoma: a case report\n\nKeywords: sorafenib; lenvatinib; regorafenib; '
     'hepatocellular carcinoma\n\nCase presentation\nA 59-year-old man had hepatocellular carcinoma with '
     'portal vein invasion. Sorafenib 400 mg twice daily was started and the disease was stable for 10 '
     'months.'),
    (['selpercatinib'], ['pralsetinib', 'cabozantinib', 'vandetanib'],
     'Case report\nA 33-year-old woman had RET-mutant medullary thyroid carcinoma. Selpercatinib 160 mg '
     'twice daily was started and the calcitonin fell by 90%.\n\nDiscussion\nMultikinase inhibitors such as '
     'cabozantinib and vandetanib were the first approved drugs in medullary thyroid cancer. Selective '
     'RET inhibitors, selpercatinib and pralsetinib, have since changed practice.'),
    (['bortezomib', 'lenalidomide'], ['daratumumab', 'carfilzomib'],
     'Case report\nA 62-year-old man had multiple myeloma. He was treated with bortezomib, lenalidomide '
     'and dexamethasone and had a very good partial response.\n\nAbbreviations: DARA, daratumumab; CFZ, '
     'carfilzomib; VGPR, very good partial response.'),
    (['trastuzumab', 'capecitabine', 'oxaliplatin'], ['trastuzumab deruxtecan', 'zolbetuximab'],
     'Case report\nA 58-year-old man had HER2-positive gastric cancer. He received trastuzumab with '
     'capecitabine and oxaliplatin and had a partial response.\n\nLearning points\nTrastuzumab deruxtecan is '
     'active after trastuzumab. Zolbetuximab targets claudin 18.2-positive tumours.'),
    (['lorlatinib'], ['crizotinib', 'ceritinib', 'brigatinib'],
     'Introduction\nSeveral ALK inhibitors are available: crizotinib, ceritinib, brigatinib and '
     'lorlatinib.\n\nCase presentation\nA 38-year-old man had ALK-positive lung adenocarcinoma with brain '
     'metastases. Lorlatinib 100 mg daily produced a complete intracranial response.'),
    (['dabrafenib', 'trametinib'], ['encorafenib', 'binimetinib'],
     'Case report\nA 12-year-old girl had a BRAF V600E-mutant low-grade glioma. Dabrafenib with trametinib '
     'was started and the tumour shrank.\n\nTake-home message\nEncorafenib with binimetinib is an '
     'alternative BRAF/MEK combination.'),
    # an anti-inflammatory agent that an adverse event settled with treats the event; oral decitabine-cedazuridine is
    # decitabine; nab-sirolimus is an antineoplastic of its own; a treatment said to merit earlier use, in general
    (['blinatumomab'], ['tocilizumab'],
     'Case report\nA 24-year-old woman had relapsed B-cell acute lymphoblastic leukaemia. Blinatumomab was started; a '
     'grade 2 cytokine release syndrome developed on day 1 and resolved with tocilizumab. The marrow was MRD-negative '
     'after one cycle.'),
    (['decitabine'], [],
     'Case presentation\nA 74-year-old man had myelodysplastic syndrome with excess blasts. He started oral '
     'decitabine-cedazuridine (Inqovi) on days 1-5 of 28-day cycles and the blasts fell to 3%.'),
    (['nab-sirolimus'], [],
     'Case report\nA 51-year-old woman had a metastatic perivascular epithelioid cell tumour with TSC2 loss. She '
     'received nab-sirolimus 100 mg/m2 on days 1 and 8 every 21 days, and the liver lesions shrank by 45%.'),
    (['pembrolizumab'], ['asparaginase'],
     'Case report\nA 40-year-old man had relapsed extranodal NK/T-cell lymphoma and received pembrolizumab, with a '
     'complete metabolic response.\n\nConclusion\nAnti-PD-1 therapy merits earlier use after asparaginase-based '
     'chemotherapy.'),
    # round 3: payers, programmes and parents; options told with "either ... or ... was possible"; recent data,
    # reference treatments; future plans
    (['carboplatin', 'paclitaxel'], ['bevacizumab'],
     'Case report\nA 59-year-old woman had stage IV ovarian cancer. Her insurer would not pay for '
     'bevacizumab. Carboplatin and paclitaxel were given for six cycles.'),
    (['everolimus', 'exemestane'], ['alpelisib'],
     'Case report\nA 62-year-old woman had PIK3CA-mutant breast cancer. An application for alpelisib was '
     'unsuccessful, so everolimus with exemestane was prescribed.'),
    (['docetaxel'], ['sacituzumab govitecan'],
     'Case report\nA 45-year-old woman had metastatic triple-negative breast cancer. The access programme '
     'for sacituzumab govitecan had closed, and she received docetaxel.'),
    (['tamoxifen'], ['goserelin'],
     'Case report\nA 38-year-old premenopausal woman had ER-positive breast cancer. She refused goserelin '
     'because she wished to conceive, and tamoxifen alone was given.'),
    (['vincristine', 'carboplatin'], ['bevacizumab'],
     'Case report\nA 6-year-old boy had a low-grade glioma. The parents did not consent to bevacizumab. '
     'Vincristine and carboplatin were started.'),
    (['carboplatin', 'gemcitabine'], ['cisplatin'],
     'Case report\nA 75-year-old man had muscle-invasive bladder cancer. Cisplatin was not possible '
     'because of renal impairment, so carboplatin and gemcitabine were given.'),
    (['letrozole'], ['tamoxifen'],
     'Case presentation\nA 67-year-old woman had ER-positive breast cancer. We proposed tamoxifen or '
     'letrozole; she chose letrozole.'),
    (['trifluridine/tipiracil'], ['regorafenib'],
     'Case report\nA 70-year-old man had refractory metastatic colorectal cancer. Third-line options: '
     'regorafenib or trifluridine/tipiracil. Trifluridine/tipiracil was started in May.'),
    (['ponatinib'], ['asciminib'],
     'Case report\nA 48-year-old man had chronic myeloid leukaemia with a T315I mutation. Asciminib and '
     'ponatinib were both considered; ponatinib 45 mg daily was started.'),
    (['atezolizumab', 'bevacizumab'], ['durvalumab', 'tremelimumab'],
     'Case report\nA 66-year-old man had unresectable hepatocellular carcinoma. Either durvalumab with '
     'tremelimumab or atezolizumab with bevacizumab was possible. After endoscopy, atezolizumab with '
     'bevacizumab was started.'),
    (['pembrolizumab'], ['dostarlimab'],
     'Case report\nA 58-year-old woman had dMMR endometrial carcinoma. Dostarlimab has been shown to '
     'improve survival in this setting. She received pembrolizumab and had a complete response.'),
    (['alectinib'], ['lorlatinib'],
     'Case report\nA 41-year-old man had ALK-positive lung adenocarcinoma. Recent data favour lorlatinib '
     'in first line. He received alectinib 600 mg twice daily with a partial response.'),
    (['osimertinib'], ['amivantamab'],
     'Case report\nA 61-year-old woman had EGFR exon 19-deleted lung adenocarcinoma and received '
     'osimertinib. Amivantamab is an option for EGFR exon 20 insertions.'),
    (['cabozantinib'], ['sunitinib', 'pazopanib'],
     'Case report\nA 52-year-old man had metastatic papillary renal cell carcinoma. Sunitinib and '
     'pazopanib remain reference treatments for clear cell histology. Cabozantinib 60 mg was started.'),
    (['nivolumab'], ['ipilimumab'],
     'Case report\nA 44-year-old woman had metastatic melanoma on nivolumab with stable disease. '
     'Ipilimumab will be added if the disease progresses.'),
    (['imatinib'], ['sunitinib', 'regorafenib'],
     'Case report\nA 60-year-old man had metastatic GIST on imatinib with a partial response. Sunitinib '
     'and regorafenib remain future options.'),
    (['gemcitabine', 'cisplatin', 'durvalumab'], ['futibatinib'],
     'Case report\nA 57-year-old woman had FGFR2 fusion-positive cholangiocarcinoma treated with '
     'gemcitabine, cisplatin and durvalumab. We plan to use futibatinib at progression.'),
    (['lenvatinib'], ['cabozantinib'],
     'Case report\nA 70-year-old man had hepatocellular carcinoma on lenvatinib. Cabozantinib may be '
     'considered as second-line treatment.'),
    (['pralsetinib'], ['selpercatinib'],
     'Case report\nA 60-year-old woman had RET fusion-positive lung adenocarcinoma. Pralsetinib 400 mg '
     'daily was started and the tumour shrank by 50%.\n\nDiscussion\nOne reported patient received '
     'selpercatinib after pralsetinib-induced pneumonitis.'),
    (['temozolomide'], ['lomustine'],
     'Case report\nA 39-year-old man had an IDH-mutant astrocytoma treated with radiotherapy and '
     'temozolomide.\n\nDiscussion\nIn their series, lomustine was used at recurrence.'),
    # round 4: regimen short forms never given (too toxic, not feasible, reserved, bullet or table options, a
    # relative's), trial arms; round 5: refused across a line break, could not be introduced, not permitted, out of
    # stock, on hold
    (['gemcitabine'], ['oxaliplatin', 'irinotecan', 'fluorouracil', 'leucovorin'],
     'Case report\nA 79-year-old man had metastatic pancreatic cancer. FOLFIRINOX was considered too toxic '
     'for him. Gemcitabine 1000 mg/m2 weekly was given.'),
    (['rituximab', 'bendamustine'], ['cyclophosphamide', 'doxorubicin', 'vincristine'],
     'Case report\nAn 84-year-old woman had diffuse large B-cell lymphoma and an ejection fraction of 30%. '
     'R-CHOP, the standard regimen, was not feasible. She received rituximab with bendamustine.'),
    (['temozolomide'], ['procarbazine', 'lomustine', 'vincristine'],
     'Case report\nA 35-year-old woman had an IDH-mutant oligodendroglioma treated with radiotherapy and '
     'temozolomide. PCV chemotherapy is reserved for recurrence.'),
    (['gemcitabine', 'nab-paclitaxel'], ['oxaliplatin', 'irinotecan', 'fluorouracil'],
     'Case report\nA 68-year-old woman had metastatic pancreatic adenocarcinoma.\nTreatment options '
     'discussed:\n- FOLFIRINOX\n- gemcitabine plus nab-paclitaxel\nShe chose gemcitabine plus '
     'nab-paclitaxel, which was started in March.'),
    (['imatinib'], ['nilotinib', 'dasatinib', 'bosutinib'],
     'Case report\nA 52-year-old man had chronic-phase chronic myeloid leukaemia. Second-generation TKIs '
     '(nilotinib, dasatinib, bosutinib) were alternatives, but imatinib 400 mg daily was chosen because '
     'of his diabetes.'),
    (['lisocabtagene maraleucel'], ['glofitamab', 'epcoritamab'],
     'Case report\nA 63-year-old man had relapsed diffuse large B-cell lymphoma after R-CHOP and R-ICE. '
     'Glofitamab and epcoritamab were discussed as third-line options. He received lisocabtagene '
     'maraleucel and had a complete metabolic response.'),
    (['dasatinib'], ['ponatinib', 'asciminib'],
     'Case report\nA 44-year-old woman had chronic myeloid leukaemia and received dasatinib with a major '
     'molecular response. Ponatinib or asciminib would be used after failure.'),
    (['osimertinib'], ['amivantamab', 'lazertinib'],
     'Case report\nA 60-year-old woman had EGFR L858R lung adenocarcinoma. She received osimertinib 80 mg '
     'daily.\n\nTable 2. Options at progression\nRegimen | Evidence\nAmivantamab plus lazertinib | MARIPOSA\n'),
    (['ibrutinib'], ['rituximab', 'cyclophosphamide', 'doxorubicin', 'vincristine'],
     'Case report\nA 66-year-old man had mantle cell lymphoma. His brother had been treated with R-CHOP '
     'for lymphoma. He received ibrutinib 560 mg daily with a partial response.'),
    (['capecitabine', 'oxaliplatin'], ['irinotecan'],
     'Case report\nA 58-year-old man had metastatic colon cancer and received CAPOX for six cycles with a '
     'partial response.\n\nDiscussion\nFOLFIRI is the usual second-line regimen after oxaliplatin failure.'),
    (['carboplatin', 'etoposide', 'atezolizumab'], ['durvalumab'],
     'Case report\nA 66-year-old man had extensive-stage small cell lung cancer. Carboplatin, etoposide '
     'and atezolizumab were given for four cycles with a partial response.\n\nDiscussion\nIn CASPIAN, '
     'platinum-etoposide plus durvalumab prolonged survival.'),
    (['trastuzumab', 'pertuzumab', 'paclitaxel'], ['trastuzumab emtansine'],
     'Case report\nA 44-year-old woman had HER2-positive breast cancer treated with trastuzumab, '
     'pertuzumab and paclitaxel before surgery. T-DM1 is recommended for residual disease; she had a '
     'pathological complete response.'),
    (['docetaxel'], ['cabazitaxel'],
     'Case report\nA 70-year-old man had castration-resistant prostate cancer. Cabazitaxel was '
     're-\nquested, but the in-\nsurer refused it. Docetaxel 75 mg/m2 was given every three weeks.'),
    (['lenvatinib'], ['atezolizumab'],
     'Case report\nA 72-year-old man had hepatocellular carcinoma. Atezolizumab could not be introduced '
     'because of insurance restrictions. Lenvatinib was administered.'),
    (['sunitinib'], ['everolimus'],
     'Case report\nA 50-year-old woman had a metastatic pancreatic neuroendocrine tumour. Everolimus was '
     'off-label in her country and not permitted. She received sunitinib 37.5 mg daily.'),
    (['carboplatin', 'pemetrexed'], ['cisplatin'],
     'Case report\nA 64-year-old man had lung adenocarcinoma. Cisplatin was initially planned, but '
     'carboplatin was substituted because of hearing loss; carboplatin and pemetrexed were given for four '
     'cycles.'),
    (['vinblastine'], ['vincristine'],
     'Case report\nA 7-year-old girl had Langerhans cell histiocytosis. Vincristine was out of stock '
     'nationally, so vinblastine with prednisone was used.'),
    (['letrozole'], ['abemaciclib'],
     'Case report\nA 61-year-old woman had metastatic breast cancer. Abemaciclib was prescribed but never '
     'taken, as she was admitted with pneumonia the next day. Letrozole alone was continued.'),
    (['gemcitabine', 'docetaxel'], ['trabectedin'],
     'Case report\nA 49-year-old woman had metastatic uterine leiomyosarcoma. We did not use trabectedin '
     'because of liver dysfunction. Gemcitabine and docetaxel were given.'),
    (['fulvestrant'], ['capivasertib'],
     'Case report\nA 59-year-old woman had PIK3CA-mutant breast cancer. Fulvestrant was started, and '
     'capivasertib is on hold pending glucose control.'),
    (['sotorasib'], ['adagrasib'],
     'Case report\nA 60-year-old man had KRAS G12C lung cancer and was treated with sotorasib, with a '
     'partial response.\n\nDiscussion\nAt progression we intend to offer adagrasib.'),
]


@pytest.mark.parametrize("given, not_given, text", REPORTS, ids=[f"report{i}" for i in range(len(REPORTS))])
def test_drugs_given_and_not_given(nlp, given, not_given, text):
    check_drugs(nlp, text, given, not_given)
