"""Session 27 (resp27): which line a response told without its drug belongs to, read from the report's time
structure. An assessment dated by a cycle ("the CT after cycle 4") speaks of a course given in cycles, not of a
maintenance or a drug taken every day that runs when the sentence is read; "At progression she was started on X"
is the progression of the line before X. Multi-paragraph reports written for this test (title, sections, several
lines each); the last ones guard shapes the line attribution already read right."""
import pytest

from rule_examples import cases_of

_CLASSES = (("complete", "CR"), ("partial", "PR"), ("stable", "SD"), ("progress", "PD"))


def pairs(nlp, text: str) -> set[tuple[str, str]]:
    """(drug label, response class) of every line of every case kg reads in ``text``."""
    out = set()
    for case in cases_of(nlp, text):
        for line in case.treatments:
            for r in line.responses:
                cls = next((c for word, c in _CLASSES if word in r.concept.label.lower()), r.concept.label)
                out |= {(d.label.lower(), cls) for d in line.drugs}
    return out


REPORTS = [
    pytest.param('Brain-only progression during alectinib treated with radiosurgery\n\nCase presentation\nA '
                 '57-year-old man with ALK-positive lung adenocarcinoma started alectinib 600 mg twice daily in '
                 'May 2019. The first CT after eight weeks showed a partial response.\n\nAt 14 months, a single '
                 'new brain metastasis was found while the thoracic disease remained controlled; it was treated '
                 'with stereotactic radiosurgery and alectinib was continued.\n\nSystemic progression followed '
                 'five months later, with new liver lesions. Lorlatinib was then started.',
                 [('alectinib', 'PR'), ('alectinib', 'PD')],
                 [('lorlatinib', 'PD')], id='q01'),
    pytest.param('HER2-positive breast cancer with oligoprogression in the brain\n\nCase report\nA 48-year-old '
                 'woman with HER2-positive metastatic breast cancer was treated with trastuzumab and pertuzumab '
                 'plus docetaxel from January 2018; after six cycles, docetaxel was stopped and the antibodies '
                 'were continued.\n\nIn 2019, isolated intracranial progression was treated with stereotactic '
                 'radiosurgery while trastuzumab and pertuzumab were continued.\n\nEleven months later, CT '
                 'demonstrated progressive liver metastases, and trastuzumab deruxtecan was begun.',
                 [('trastuzumab', 'PD'), ('pertuzumab', 'PD')],
                 [('trastuzumab deruxtecan', 'PD')], id='q02'),
    pytest.param('Gemcitabine-based chemotherapy followed by a targeted agent in cholangiocarcinoma\n\nCase '
                 'presentation\nA 60-year-old woman with intrahepatic cholangiocarcinoma received gemcitabine '
                 'and cisplatin on days 1 and 8 every three weeks. Cisplatin was dropped from cycle 6 because '
                 'of neuropathy.\n\nAt progression she was started on ivosidenib 500 mg daily. Grade 2 QT '
                 'prolongation was managed with electrolyte correction.\n\nThe CT after cycle 4 had shown a 35% '
                 'reduction of the hepatic mass, a partial response. On ivosidenib the disease remained stable '
                 'for 10 months.',
                 [('gemcitabine', 'PR'), ('cisplatin', 'PR'), ('gemcitabine', 'PD'), ('ivosidenib', 'SD')],
                 [('ivosidenib', 'PR'), ('ivosidenib', 'PD')], id='q03'),
    pytest.param('Lung adenocarcinoma with EGFR exon 20 insertion\n\nCase presentation\nA 59-year-old woman '
                 'received carboplatin and pemetrexed for stage IV lung adenocarcinoma. When sequencing found '
                 'an EGFR exon 20 insertion after the first cycle, amivantamab was added from cycle 2.\n\nFour '
                 'cycles of the triplet were given, followed by pemetrexed and amivantamab maintenance. '
                 'Restaging after cycle 4 showed a partial response.\n\nAt 12 months, two brain metastases were '
                 'treated with radiosurgery and maintenance was continued. Extracranial progression followed 3 '
                 'months later, and sunvozertinib was started.',
                 [('carboplatin', 'PR'), ('pemetrexed', 'PR'), ('amivantamab', 'PR'), ('amivantamab', 'PD')],
                 [('sunvozertinib', 'PD')], id='q04'),
    pytest.param('Thymic carcinoma treated with sunitinib after chemotherapy\n\nCase presentation\nA '
                 '52-year-old man had thymic carcinoma. He received six cycles of carboplatin and paclitaxel, '
                 'with stable disease; progression was documented four months later.\n\nSunitinib 50 mg daily '
                 'on a 4-weeks-on, 2-weeks-off schedule was started in June 2022. CT after two cycles showed a '
                 'partial response.',
                 [('carboplatin', 'SD'), ('sunitinib', 'PR')],
                 [('carboplatin', 'PR')], id='r01'),
    pytest.param('Relapsed AML treated with gilteritinib\n\nCase report\nA 47-year-old woman with FLT3-mutated '
                 'AML received induction with daunorubicin and cytarabine. The day 28 marrow showed complete '
                 'remission, and two cycles of high-dose cytarabine were given.\n\nIn May 2023 she relapsed. '
                 'Gilteritinib 120 mg daily was started. Differentiation syndrome on day 10 was treated with '
                 'dexamethasone.\n\nThe marrow after three cycles showed complete remission.',
                 [('daunorubicin', 'CR'), ('gilteritinib', 'CR')],
                 [], id='r02'),
    pytest.param('Pancreatic cancer: nab-paclitaxel and gemcitabine, then olaparib\n\nCase presentation\nA '
                 '61-year-old man with a germline BRCA2 mutation and metastatic pancreatic adenocarcinoma was '
                 'treated with gemcitabine and nab-paclitaxel on days 1, 8 and 15 of 28-day cycles from '
                 'February 2021.\n\nBecause of neuropathy he was switched to olaparib 300 mg twice daily in '
                 'August 2021, without radiological progression.\n\nThe restaging CT after the third cycle of '
                 'chemotherapy had shown a partial response, with the liver metastases reduced by 45%. On '
                 'olaparib, the disease remained stable for a year.',
                 [('gemcitabine', 'PR'), ('olaparib', 'SD')],
                 [('olaparib', 'PR')], id='r03'),
    pytest.param('A case of gastric cancer: FOLFOX then maintenance capecitabine\n\nCase presentation\nA '
                 '58-year-old woman with metastatic gastric adenocarcinoma received FOLFOX every two weeks. '
                 'After eight cycles, oxaliplatin was stopped because of neuropathy and she was maintained on '
                 'capecitabine alone.\n\nA CT scan performed after the sixth cycle had demonstrated a partial '
                 'response. Progression occurred after five months of capecitabine.',
                 [('oxaliplatin', 'PR'), ('capecitabine', 'PD')],
                 [('capecitabine', 'PR')], id='r04'),
    pytest.param('Osimertinib in EGFR-mutant lung cancer\n\nCase presentation\nA 70-year-old woman with EGFR '
                 'L858R lung adenocarcinoma received four cycles of carboplatin and pemetrexed elsewhere, with '
                 'progression at the end of chemotherapy.\n\nShe was then started on osimertinib 80 mg once '
                 'daily. After two cycles, CT showed a partial response.',
                 [('osimertinib', 'PR')],
                 [('carboplatin', 'PR')], id='r05'),
    pytest.param('Cholangiocarcinoma with FGFR2 fusion: chemotherapy, then pemigatinib\n\nCase report\nA '
                 '45-year-old woman was diagnosed with intrahepatic cholangiocarcinoma with an FGFR2 fusion. '
                 'Gemcitabine and cisplatin were given every three weeks from March 2020.\n\nAt progression in '
                 'October 2020, she started pemigatinib 13.5 mg daily; hyperphosphataemia was managed with a '
                 'low-phosphate diet.\n\nLooking back, the interim CT after cycle three had shown a partial '
                 'response. Pemigatinib gave stable disease for nine months.',
                 [('gemcitabine', 'PR'), ('cisplatin', 'PR'), ('gemcitabine', 'PD'), ('pemigatinib', 'SD')],
                 [('pemigatinib', 'PR')], id='r06'),
    pytest.param('Sequential targeted therapy in ALK-positive lung adenocarcinoma: a case report\n\nAbstract\nA '
                 '52-year-old woman with ALK-rearranged lung adenocarcinoma received crizotinib and later '
                 'alectinib. She responded to both agents.\n\nCase presentation\nA 52-year-old never-smoking '
                 'woman presented with cough in January 2017. Biopsy showed lung adenocarcinoma with an ALK '
                 'rearrangement. Crizotinib 250 mg twice daily was started in February 2017.\n\nRestaging CT in '
                 'May 2017 demonstrated a partial response of the primary tumour and the mediastinal '
                 'nodes.\n\nIn March 2018, MRI revealed new brain metastases, consistent with progressive '
                 'disease. Crizotinib was stopped and alectinib 600 mg twice daily was commenced.\n\nAfter '
                 'three months of alectinib, the brain lesions had shrunk markedly, a partial response. She '
                 'remains on treatment.\n\nDiscussion\nALK inhibitors are effective in this setting.',
                 [('crizotinib', 'PR'), ('crizotinib', 'PD'), ('alectinib', 'PR')],
                 [('alectinib', 'PD')], id='p01'),
    pytest.param('Metastatic colorectal cancer treated with three lines: a case report\n\nCase presentation\nA '
                 '61-year-old man was diagnosed with metastatic adenocarcinoma of the sigmoid colon in June '
                 '2019. He was started on FOLFOX plus bevacizumab.\n\nAfter six cycles, the CT scan showed a '
                 'partial response of the liver metastases.\n\nIn January 2020 the liver lesions enlarged and '
                 'new lung nodules appeared. Because of this progression, he was switched to FOLFIRI with '
                 'cetuximab.\n\nThe first restaging after four cycles revealed stable disease. Progression was '
                 'documented in September 2020, and regorafenib was started.\n\nRegorafenib was poorly '
                 'tolerated and the disease progressed after two months. He was referred to palliative care.',
                 [('oxaliplatin', 'PR'), ('oxaliplatin', 'PD'), ('irinotecan', 'SD'), ('cetuximab', 'SD'), ('irinotecan', 'PD'), ('regorafenib', 'PD')],
                 [('regorafenib', 'SD'), ('cetuximab', 'PR'), ('bevacizumab', 'SD')], id='p02'),
    pytest.param('EGFR-mutant lung cancer: osimertinib after gefitinib\n\nCase presentation\nA 49-year-old '
                 'woman with EGFR exon 19 deletion adenocarcinoma started gefitinib 250 mg daily in 2016. A '
                 'partial response was seen at 3 months and lasted two years.\n\nIn mid-2018 CT revealed '
                 'progression in the lungs; a re-biopsy found the T790M mutation. Osimertinib 80 mg daily was '
                 'therefore commenced in August 2018.\n\nBy November 2018 the lung lesions had decreased by '
                 '40%, a partial response. Progression occurred in May 2020 and she received carboplatin and '
                 'pemetrexed.\n\nAfter two cycles the disease progressed further, and she died in September '
                 '2020.',
                 [('gefitinib', 'PR'), ('gefitinib', 'PD'), ('osimertinib', 'PR'), ('osimertinib', 'PD'), ('carboplatin', 'PD'), ('pemetrexed', 'PD')],
                 [('carboplatin', 'PR'), ('gefitinib', 'CR')], id='p05'),
    pytest.param('Melanoma treated with dual checkpoint blockade, then BRAF-MEK inhibition\n\nAbstract\nWe '
                 'describe a patient with BRAF V600E melanoma who progressed on ipilimumab plus nivolumab and '
                 'then responded to dabrafenib and trametinib.\n\nCase report\nA 45-year-old man had metastatic '
                 'melanoma with lung and liver metastases. Ipilimumab and nivolumab were started in January '
                 '2021.\n\nThe first CT, twelve weeks later, showed progressive disease with enlarging liver '
                 'metastases. Targeted therapy with dabrafenib and trametinib was begun in May 2021.\n\nAt the '
                 '8-week scan the liver metastases were 50% smaller, a partial response. He continues '
                 'dabrafenib and trametinib.',
                 [('ipilimumab', 'PD'), ('nivolumab', 'PD'), ('dabrafenib', 'PR'), ('trametinib', 'PR')],
                 [('dabrafenib', 'PD'), ('nivolumab', 'PR')], id='p07'),
    pytest.param('Small cell lung cancer: first-line chemo-immunotherapy and topotecan\n\nCase presentation\nA '
                 '66-year-old female smoker was diagnosed with extensive-stage small cell lung cancer. She '
                 'received carboplatin, etoposide and atezolizumab for four cycles, followed by atezolizumab '
                 'maintenance.\n\nA partial response was documented after the fourth cycle.\n\nFive months into '
                 'maintenance, CT revealed new liver metastases. Topotecan was given as second-line treatment. '
                 'After three cycles there was further progression, and she was transitioned to hospice care.',
                 [('carboplatin', 'PR'), ('etoposide', 'PR'), ('atezolizumab', 'PR'), ('atezolizumab', 'PD'), ('topotecan', 'PD')],
                 [('topotecan', 'PR'), ('carboplatin', 'PD')], id='p10'),
    pytest.param('Re-challenge with trastuzumab in HER2-positive breast cancer\n\nCase presentation\nA '
                 '44-year-old woman with HER2-positive metastatic breast cancer received docetaxel, trastuzumab '
                 'and pertuzumab from March 2017. The liver metastases decreased in size, consistent with a '
                 'partial response, after six cycles.\n\nTrastuzumab and pertuzumab were continued as '
                 'maintenance until progression in June 2019, when trastuzumab emtansine was started.\n\nT-DM1 '
                 'produced stable disease for 10 months. After progression in April 2020, she was re-challenged '
                 'with trastuzumab plus capecitabine. This combination again gave a partial response.',
                 [('docetaxel', 'PR'), ('trastuzumab', 'PR'), ('pertuzumab', 'PD'), ('trastuzumab emtansine', 'SD'), ('trastuzumab emtansine', 'PD'), ('capecitabine', 'PR')],
                 [('capecitabine', 'SD'), ('docetaxel', 'SD')], id='p11'),
    pytest.param('Late relapse of breast cancer: letrozole and palbociclib, then capecitabine\n\nAbstract\nWe '
                 'report a 60-year-old woman with hormone receptor-positive breast cancer. Letrozole plus '
                 'palbociclib achieved stable disease for 18 months. At progression, fulvestrant was given '
                 'without benefit, and capecitabine then produced a partial response.\n\nCase presentation\nA '
                 '60-year-old woman developed bone metastases in 2019, eight years after surgery. Letrozole and '
                 'palbociclib were started in March 2019.\n\nThe disease remained stable until September 2020, '
                 'when new liver lesions appeared. Fulvestrant was given, but CT after three months showed '
                 'further progression. Capecitabine 1000 mg/m2 twice daily on days 1-14 was then started, and '
                 'the liver lesions shrank by 40%.',
                 [('letrozole', 'SD'), ('palbociclib', 'SD'), ('letrozole', 'PD'), ('fulvestrant', 'PD'), ('capecitabine', 'PR')],
                 [('capecitabine', 'PD'), ('fulvestrant', 'PR')], id='s01'),
    pytest.param('Ewing sarcoma treated with VDC/IE and later irinotecan-temozolomide\n\nAbstract\nAn '
                 'adolescent with metastatic Ewing sarcoma achieved a complete response to VDC/IE chemotherapy, '
                 'relapsed 14 months after the end of treatment and responded again to irinotecan and '
                 'temozolomide.\n\nCase report\nA 15-year-old boy presented with a pelvic mass and lung '
                 'nodules. He received alternating cycles of vincristine, doxorubicin and cyclophosphamide and '
                 'ifosfamide and etoposide for 14 cycles, with local radiotherapy. The end-of-treatment scans '
                 'showed a complete response.\n\nFourteen months after the end of treatment, new lung nodules '
                 'appeared. Irinotecan and temozolomide were started, and after four cycles the nodules had '
                 'decreased, a partial response.',
                 [('vincristine', 'CR'), ('ifosfamide', 'CR'), ('irinotecan', 'PR'), ('temozolomide', 'PR')],
                 [('irinotecan', 'CR'), ('vincristine', 'PD'), ('irinotecan', 'PD')], id='s02'),
]


@pytest.mark.parametrize("text, expected, unexpected", REPORTS)
def test_a_response_told_without_its_drug_goes_to_the_line_of_its_time(nlp, text, expected, unexpected):
    got = pairs(nlp, text)
    assert set(expected) <= got, sorted(got)
    assert not set(unexpected) & got, sorted(got)
