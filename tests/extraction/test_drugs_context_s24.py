"""Session 24 (drug24): drugs given and not given told by the CONTEXT of a whole made-up report (several sentences
or paragraphs: abstract, case presentation, discussion; headings; tables flattened with "|"), not by one clause.
Not given: a drug proposed, recommended or offered and then declined, never started or never added in a later
sentence; options of a tumour board of which one was given; a plan told in the future or kept for progression; a
drug the Discussion names as what others gave or what could be tried; a drug refused for cost or insurance, or
unavailable; a drug withheld in favour of radiotherapy; a patient who died before the first dose; drugs named only
in the title or keywords; a drug told only as withheld for a reason, withdrawn from the market, that could not be
used, or planned for next month; a plan whose chemotherapy was later cancelled. Given, near those cues: a plan
taken up, a drug paused (withheld, then resumed), a planned course stopped early, a drug after another's refusal
with its own predicate ("declined X, and Y alone was given"); regimen short forms and shorthand (CBDCA/PTX,
gem-cis, cis/etoposide, GDP, DOC+RAM, FOLFIRINOX, R-CHOP, a carboplatin-pemetrexed doublet), code and brand
names, salts, a drug in a flattened table, a regimen told in a later sentence. Texts written for this test (no
benchmark page); the steroid of a regimen (GDP's dexamethasone) is no drug given (benchmarks/gold/README.md)."""
import pytest

from rule_examples import drugs_given


REPORTS = [
    (['carboplatin', 'pemetrexed'], ['pembrolizumab'],
     'Abstract\nA 58-year-old man with metastatic lung adenocarcinoma is described.\n\nCase presentation\nA '
     '58-year-old man presented with cough. Biopsy confirmed lung adenocarcinoma with bone metastases. '
     'Pembrolizumab was proposed as first-line therapy. The patient preferred to avoid immunotherapy because of '
     'his psoriasis. He was therefore treated with carboplatin and pemetrexed for four cycles, and a CT scan '
     'showed a partial response.'),
    (['docetaxel'], ['osimertinib'],
     'Case presentation\nA 66-year-old woman was diagnosed with EGFR-mutant lung adenocarcinoma with brain '
     'metastases. Osimertinib was recommended by the oncologist. She was reluctant to take an oral targeted '
     'drug, and osimertinib was never started. She received docetaxel every three weeks and the disease '
     'remained stable for six months.'),
    (['gemcitabine', 'cisplatin'], ['durvalumab', 'nab-paclitaxel'],
     'Case report\nA 49-year-old man was found to have an intrahepatic cholangiocarcinoma with peritoneal '
     'spread. The case was discussed at the multidisciplinary tumour board. Options discussed: gemcitabine with '
     'cisplatin, durvalumab, or nab-paclitaxel. He was given gemcitabine and cisplatin, and after three cycles '
     'the tumour markers fell and the lesions shrank (partial response).'),
    (['imatinib'], ['regorafenib'],
     'Case presentation\nA 70-year-old man had a gastric GIST with liver metastases. He was started on imatinib '
     '400 mg daily and achieved a partial response. At the last visit the disease was stable. If the disease '
     'progresses, she will start regorafenib.'),
    (['imatinib'], ['sunitinib'],
     'Case presentation\nA 55-year-old woman with a metastatic GIST received imatinib 400 mg daily. After two '
     'years the liver lesions grew. Sunitinib is planned as second-line therapy. She will start sunitinib next '
     'month.'),
    (['alectinib'], ['crizotinib', 'lorlatinib'],
     'Case report\nA 39-year-old woman with ALK-rearranged lung adenocarcinoma was treated with alectinib and '
     'had a complete response of her brain metastases.\n\nDiscussion\nCrizotinib was the first ALK inhibitor '
     'approved, and most earlier reports described patients treated with crizotinib. Lorlatinib could be tried '
     'at progression, as it penetrates the central nervous system. In our patient alectinib achieved a durable '
     'response.'),
    (['capecitabine'], ['trastuzumab deruxtecan'],
     'Case presentation\nA 62-year-old woman with HER2-low metastatic breast cancer progressed on endocrine '
     'therapy. Trastuzumab deruxtecan was considered, but the cost of trastuzumab deruxtecan was prohibitive '
     'and her insurance declined to cover it. She received capecitabine instead, with stable disease for eight '
     'months.'),
    ([], ['temozolomide'],
     'Case presentation\nA 71-year-old man was diagnosed with a glioblastoma of the left temporal lobe. After '
     'subtotal resection, temozolomide was withheld in favour of radiotherapy alone because of his poor '
     'performance status. He received 40 Gy in 15 fractions and died four months later.'),
    (['sorafenib'], ['lenvatinib'],
     'Case report\nA 60-year-old man with hepatocellular carcinoma received sorafenib and had stable disease.\n'
     '\nDiscussion\nAnother patient with a similar tumour responded to lenvatinib for more than two years. In a '
     'previously reported case, lenvatinib produced a partial response. Our patient continued sorafenib.'),
    (['larotrectinib'], ['entrectinib'],
     'Entrectinib-resistant NTRK fusion sarcoma: a case report\nKeywords: NTRK; entrectinib; sarcoma\nCase '
     'presentation\nA 12-year-old girl had an infantile fibrosarcoma with an ETV6-NTRK3 fusion. She was treated '
     'with larotrectinib and had a complete response after six months.'),
    (['pembrolizumab'], ['ipilimumab'],
     'Case presentation\nA 67-year-old man with metastatic melanoma was treated with pembrolizumab. Adding '
     'ipilimumab was discussed with the patient. He declined the combination because of the risk of toxicity. '
     'Pembrolizumab alone produced a partial response.'),
    (['letrozole'], ['palbociclib'],
     'Case presentation\nA 74-year-old woman had hormone-receptor-positive metastatic breast cancer. We offered '
     'palbociclib with letrozole. She refused palbociclib after hearing about the risk of neutropenia, and '
     'letrozole alone was begun. Her disease was stable at 12 months.'),
    (['fluorouracil', 'oxaliplatin'], ['bevacizumab'],
     'Case presentation\nA 52-year-old man with metastatic colon cancer started FOLFOX. Bevacizumab was to be '
     'added from the second cycle but was omitted because of a recent bleed. After six cycles the liver '
     'metastases had decreased in size.'),
    (['nivolumab'], ['cabozantinib'],
     'Case presentation\nA 64-year-old man with clear-cell renal cell carcinoma was treated with nivolumab and '
     'had a partial response. Cabozantinib is an option at progression and will be started should the disease '
     'progress.'),
    (['rituximab'], ['ibrutinib'],
     'Case presentation\nA 77-year-old man with mantle cell lymphoma received rituximab and bendamustine. '
     'Ibrutinib was requested but not approved by his insurer, so it could not be given. He achieved a complete '
     'remission.'),
    (['osimertinib'], ['amivantamab'],
     'Case presentation\nA 50-year-old woman with EGFR-mutant lung cancer had a partial response to '
     'osimertinib. At progression, amivantamab was suggested, but the patient opted for best supportive care '
     'and died two months later.'),
    (['sunitinib'], ['pazopanib', 'nivolumab'],
     'Metastatic renal cell carcinoma with a durable response: a case report\nAbstract\nWe describe a patient '
     'with metastatic clear cell renal cell carcinoma treated with sunitinib.\n\nCase presentation\nA '
     '58-year-old man presented with haematuria. A left nephrectomy showed clear cell renal cell carcinoma and '
     'CT revealed lung metastases. The tumour board considered pazopanib or sunitinib; sunitinib 50 mg daily '
     'was chosen. After 6 months the lung nodules had shrunk.\n\nDiscussion\nNivolumab is an established '
     'second-line option in this setting. Pazopanib has similar efficacy to sunitinib in trials.'),
    (['tamoxifen'], ['abemaciclib'],
     'Case presentation\nA 44-year-old woman had early breast cancer. The oncologist recommended adjuvant '
     'abemaciclib with endocrine therapy. Because of the expense, abemaciclib could not be obtained. She has '
     'taken tamoxifen since surgery and remains disease-free.'),
    ([], ['lorlatinib'],
     'Case presentation\nA 70-year-old woman with ALK-positive lung cancer and brain metastases was admitted '
     'with confusion. Lorlatinib was prescribed. Unfortunately she died of pneumonia four days later, before '
     'the first dose.'),
    ([], ['enfortumab vedotin'],
     'Case report\nAn 81-year-old man had metastatic urothelial carcinoma. Enfortumab vedotin was discussed. '
     'Given his frailty and his wishes, the family chose hospice care.'),
    (['cabozantinib'], ['lenvatinib'],
     'Case presentation\nA 52-year-old woman with medullary thyroid carcinoma progressed. The treatment options '
     'were cabozantinib and vandetanib. She began cabozantinib 140 mg daily.\n\nDiscussion\nOther authors used '
     'lenvatinib in similar tumours, with responses in a minority of patients.'),
    (['gemcitabine'], ['olaparib'],
     'Case presentation\nA 63-year-old man with pancreatic cancer and a germline BRCA2 mutation was treated '
     'with gemcitabine. Maintenance olaparib will be considered if the disease remains stable after six months.'),
    (['docetaxel'], ['enzalutamide'],
     'Case presentation\nA 69-year-old man had metastatic castration-resistant prostate cancer. He was offered '
     'enzalutamide, but his insurer would not pay for it. Docetaxel was therefore given every three weeks with '
     'a fall in PSA.'),
    (['dabrafenib', 'trametinib'], ['ipilimumab', 'nivolumab'],
     'Case presentation\nA 34-year-old woman with BRAF V600E metastatic melanoma was started on dabrafenib plus '
     'trametinib and had a complete response. Combined ipilimumab and nivolumab is kept in reserve for '
     'progression.'),
    (['vincristine', 'carboplatin'], ['bevacizumab'],
     'Case presentation\nA 6-year-old boy with a low-grade glioma was treated with vincristine and carboplatin. '
     'Bevacizumab was requested for progression in 2020, but approval was denied. The tumour has remained '
     'stable.'),
    (['imatinib'], ['nilotinib', 'dasatinib'],
     'Case presentation\nA 30-year-old man with chronic myeloid leukaemia achieved a major molecular response '
     'on imatinib. Switching to nilotinib or dasatinib was not necessary.'),
    (['azacitidine'], ['venetoclax'],
     'Case presentation\nA 78-year-old woman with acute myeloid leukaemia began azacitidine. Adding venetoclax '
     'was considered. However, owing to severe neutropenia, venetoclax was never added. She died eight months '
     'later.'),
    (['paclitaxel', 'carboplatin'], ['pembrolizumab'],
     "Case presentation\nA 60-year-old woman had recurrent endometrial cancer. Pembrolizumab was the team's "
     'preferred choice, but the drug was unavailable in her country. She was instead treated with paclitaxel '
     'and carboplatin, with a partial response.'),
    (['rituximab'], ['cisplatin', 'etoposide'],
     'Case presentation\nA 47-year-old woman presented with nasal obstruction and a destructive sinonasal mass. '
     'The first biopsy suggested an undifferentiated carcinoma. Induction chemotherapy with cisplatin and '
     'etoposide was planned, and a central line was inserted. Before the first cycle, a second biopsy showed '
     'vasculitis. The diagnosis was revised to granulomatosis with polyangiitis and the chemotherapy was '
     'cancelled. She received rituximab weekly for four weeks, and the mass regressed.'),
    (['cisplatin', 'fluorouracil'], ['bleomycin'],
     'Case presentation\nA 50-year-old man had nasopharyngeal carcinoma with bone metastases. He received '
     'cisplatin and fluorouracil for three courses with a partial response. Bleomycin was withheld because of a '
     'reduced diffusing capacity. He relapsed in the liver a year later.'),
    (['romidepsin'], ['brentuximab vedotin', 'fludarabine', 'treosulfan'],
     'Case presentation\nA 62-year-old man had a relapsed peripheral T-cell lymphoma. Brentuximab vedotin could '
     'not be used because CD30 was expressed in fewer than 5% of the tumour cells. Romidepsin was given on days '
     '1, 8 and 15 and the lesions shrank. He was referred for allogeneic transplantation, with conditioning '
     'with fludarabine and treosulfan planned for next month.'),
    (['amivantamab'], ['mobocertinib'],
     'Case presentation\nA 55-year-old woman had lung adenocarcinoma with an EGFR exon 20 insertion. After '
     'platinum doublet chemotherapy the disease progressed. Mobocertinib had been withdrawn from the market, so '
     'amivantamab was started, with a partial response.'),
    (['gemcitabine', 'cisplatin'], [],
     'Case presentation\nA 41-year-old man had a relapsed Hodgkin lymphoma. Two cycles of GDP were given before '
     'autologous transplantation, with a complete metabolic response on PET.'),
    (['osimertinib'], [],
     'Case presentation\nA 61-year-old woman had EGFR-mutant lung cancer. Osimertinib was recommended. She '
     'received osimertinib 80 mg daily, and the tumour shrank. Radiotherapy was declined.'),
    (['pembrolizumab', 'carboplatin', 'pemetrexed'], [],
     'Case presentation\nA 57-year-old man had lung adenocarcinoma. The board recommended carboplatin, '
     'pemetrexed and pembrolizumab. He completed four cycles with a partial response. He refused maintenance '
     'radiotherapy.'),
    (['letrozole', 'palbociclib'], [],
     'Case presentation\nA 66-year-old woman had metastatic breast cancer. Palbociclib with letrozole was '
     'offered. She accepted, and palbociclib and letrozole were started in March with stable disease.'),
    (['sunitinib'], [],
     'Case presentation\nA 59-year-old man had a metastatic renal cell carcinoma. Sunitinib was started in '
     '2019. Sunitinib was withheld for two weeks because of grade 3 hand-foot syndrome and then resumed at a '
     'lower dose; the metastases remained stable.'),
    (['docetaxel'], [],
     'Case presentation\nA 70-year-old man had prostate cancer. Six cycles of docetaxel were planned, but '
     'treatment was stopped after four cycles because of neuropathy. PSA fell by 60%.'),
    (['nivolumab'], ['ipilimumab'],
     'Case presentation\nA 48-year-old man had metastatic melanoma. Ipilimumab plus nivolumab was proposed. He '
     'declined ipilimumab, and nivolumab alone was given, with a complete response.'),
    (['imatinib'], [],
     'Case presentation\nA 45-year-old woman had a GIST. Imatinib was advised after surgery. She was reluctant '
     'at first because of the side effects. She later agreed and received imatinib for three years.'),
    (['carboplatin', 'paclitaxel'], [],
     'Case presentation\nA 63-year-old man with squamous cell lung cancer was treated with CBDCA/PTX. After '
     'four courses, the primary tumour had shrunk by 40%.'),
    (['gemcitabine', 'cisplatin'], [],
     'Case report\nA 57-year-old woman with advanced biliary tract cancer began gem-cis chemotherapy. Her '
     'CA19-9 fell and CT showed a partial response after three months.'),
    (['cisplatin', 'etoposide'], [],
     'Case presentation\nA 68-year-old smoker had extensive-stage small cell lung cancer. He received '
     'cis/etoposide for four cycles and achieved a partial response.'),
    (['gemcitabine', 'cisplatin'], [],
     'Case presentation\nA 45-year-old man with relapsed Hodgkin lymphoma was given salvage GDP chemotherapy '
     '(two cycles) before autologous transplant. PET showed a complete metabolic response.'),
    (['oxaliplatin', 'irinotecan'], [],
     'Case presentation\nA 59-year-old woman with locally advanced pancreatic cancer received modified '
     'FOLFIRINOX for six months. The tumour decreased in size and was resected.'),
    (['rituximab', 'cyclophosphamide', 'doxorubicin', 'vincristine'], [],
     'Case presentation\nA 71-year-old man with diffuse large B-cell lymphoma was treated with six cycles of '
     'R-CHOP and had a complete response.'),
    (['carboplatin', 'pemetrexed'], [],
     'Case presentation\nA 60-year-old woman with non-squamous lung cancer started a carboplatin-pemetrexed '
     'doublet. After four cycles the disease was stable.'),
    (['carboplatin', 'pemetrexed', 'pembrolizumab'], [],
     'Case presentation\nA 54-year-old man had metastatic lung adenocarcinoma without driver alterations. '
     'First-line chemo-immunotherapy was started. The regimen consisted of carboplatin AUC 5, pemetrexed 500 '
     'mg/m2 and pembrolizumab 200 mg every 3 weeks. A partial response was seen at 9 weeks.'),
    (['trastuzumab deruxtecan'], [],
     'Case presentation\nA 48-year-old woman with HER2-positive breast cancer had progressed on two lines. She '
     'was treated with T-DXd 5.4 mg/kg every three weeks and the liver metastases regressed.'),
    (['repotrectinib'], [],
     'Case presentation\nA 35-year-old woman with ROS1-positive lung cancer progressed on crizotinib with a '
     'G2032R mutation. She then received repotrectinib (TPX-0005) and had a partial response.'),
    (['capmatinib'], [],
     'Case presentation\nA 79-year-old man had lung adenocarcinoma with a MET exon 14 skipping mutation. '
     'Tabrecta was started at 400 mg twice daily, and the tumour shrank markedly.'),
    (['osimertinib'], [],
     'Case presentation\nTable 1. Treatment history | Line | Agent | Best response\n1 | Osimertinib 80 mg | PR\n'
     'A 52-year-old woman with EGFR-mutant lung cancer is described.'),
    (['imatinib'], [],
     'Case presentation\nA 66-year-old man with a KIT-mutant GIST received imatinib mesylate 400 mg/day with a '
     'partial response.'),
    (['cytarabine', 'daunorubicin'], [],
     'Case presentation\nA 40-year-old man with acute myeloid leukaemia received 7+3 induction with cytarabine '
     'and daunorubicin and reached complete remission.'),
    (['docetaxel', 'ramucirumab'], [],
     'Case presentation\nA 61-year-old man with lung adenocarcinoma progressed on first-line chemotherapy. '
     'Second-line DOC+RAM was started, and he had stable disease for 5 months.'),
    (['paclitaxel', 'carboplatin'], [],
     'Case presentation\nA 50-year-old woman with ovarian cancer underwent debulking surgery followed by six '
     'cycles of TC (paclitaxel and carboplatin). CA-125 normalised.'),
]


@pytest.mark.parametrize("given,not_given,text", REPORTS)
def test_the_report_tells_which_drugs_were_given(nlp, given, not_given, text):
    got = drugs_given(nlp, text)
    missed = [d for d in given if not any(d in g for g in got)]
    leaked = [d for d in not_given if any(d in g for g in got)]
    assert not missed and not leaked, (missed, leaked, sorted(got))
