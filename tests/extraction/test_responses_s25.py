"""Session 25 responses told without their drug, in context (kg/extraction/therapy.py: a progression told in a cause
or time clause after the drug a sentence switches to, _line_named_by_kind_in_retelling; kg/rules/therapy.jsonl
cause-clause, resp25-cause-clause-subject, resp24-drug-brought-response; kg/rules/responses.jsonl
resp25-inferred-pd-metastases-appeared, tumor-word). Every report was made up for this test: a title, an abstract, a
case presentation in paragraphs and a discussion, each shape in several wordings; the negatives (a progression before
the first line, the new line's own progression, lesions that only looked smaller, a trial's and another patient's
responses, a Discussion naming a kind of treatment the story gave twice) stay out."""
import pytest

from rule_examples import response_pairs as pairs


CASES = [
    ('Switch: a case report\n\nAbstract\n\nA woman with lung cancer.\n\nCase presentation\n\nA 59-year-old woman had EGFR L858R lung adenocarcinoma. Gefitinib was started in 2018.\n\nIn 2020 she was changed to osimertinib owing to progression of the lung primary. Osimertinib produced a partial response.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('gefitinib', 'PD'), ('osimertinib', 'PR')], [('osimertinib', 'PD')]),
    ('Switch: a case report\n\nAbstract\n\nA woman with melanoma.\n\nCase presentation\n\nA 47-year-old woman had metastatic melanoma. Pembrolizumab was given from 2019.\n\nIpilimumab plus nivolumab was substituted in 2020 when new liver lesions appeared. The liver lesions later shrank by half.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('ipilimumab', 'PR'), ('nivolumab', 'PR'), ('pembrolizumab', 'PD')], [('ipilimumab', 'PD'), ('nivolumab', 'PD')]),
    ('Switch with reason after: a case report\n\nAbstract\n\nA man with GIST.\n\nCase presentation\n\nA 55-year-old man had metastatic gastrointestinal stromal tumour with a KIT exon 11 mutation. Imatinib 400 mg daily was given from 2017.\n\nIn 2019 he was switched to sunitinib because the liver metastases had grown. Sunitinib gave stable disease for ten months.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('imatinib', 'PD'), ('sunitinib', 'SD')], [('sunitinib', 'PD')]),
    ('Switch: a case report\n\nAbstract\n\nA man with prostate cancer.\n\nCase presentation\n\nA 70-year-old man had metastatic prostate cancer. Enzalutamide was started in 2018.\n\nDocetaxel was introduced in 2020 once the bone disease had clearly progressed. After six cycles the bone lesions were stable.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('docetaxel', 'SD'), ('enzalutamide', 'PD')], [('docetaxel', 'PD')]),
    ('Switch: a case report\n\nAbstract\n\nA woman with breast cancer.\n\nCase presentation\n\nA 51-year-old woman had HER2-positive metastatic breast cancer. Trastuzumab and pertuzumab with docetaxel were given from 2019.\n\nShe received trastuzumab emtansine from March 2021, as the hepatic metastases had enlarged. The liver lesions later shrank by 40%.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('pertuzumab', 'PD'), ('trastuzumab', 'PD'), ('trastuzumab emtansine', 'PR')], [('trastuzumab emtansine', 'PD')]),
    ('Switch: a case report\n\nAbstract\n\nA man with kidney cancer.\n\nCase presentation\n\nA 66-year-old man had metastatic renal cell carcinoma. Pazopanib was started in 2016.\n\nCabozantinib followed in 2018 after the lung nodules progressed. The nodules then remained stable.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('cabozantinib', 'SD'), ('pazopanib', 'PD')], [('cabozantinib', 'PD')]),
    ('Switch: a case report\n\nAbstract\n\nA woman with ovarian cancer.\n\nCase presentation\n\nA 60-year-old woman had platinum-resistant ovarian cancer. Weekly paclitaxel was given from 2020.\n\nBevacizumab and pegylated liposomal doxorubicin were begun in 2021 due to rising CA-125 and progression of the peritoneal implants. CT after three cycles showed stable disease.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('bevacizumab', 'SD'), ('paclitaxel', 'PD')], [('bevacizumab', 'PD')]),
    ('First line: a case report\n\nAbstract\n\nA man with lung cancer.\n\nCase presentation\n\nA 63-year-old man had a resected lung adenocarcinoma in 2016 and was followed without therapy.\n\nPembrolizumab was started in 2019 when the disease recurred in the mediastinum. CT after four cycles showed a partial response.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('pembrolizumab', 'PR')], [('pembrolizumab', 'PD')]),
    ('First line: a case report\n\nAbstract\n\nA woman with cholangiocarcinoma.\n\nCase presentation\n\nA 58-year-old woman underwent resection of cholangiocarcinoma in 2017.\n\nGemcitabine and cisplatin were given from 2019 because the liver metastases had progressed on surveillance imaging. Later the disease was stable.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('gemcitabine', 'SD')], [('cisplatin', 'PD'), ('gemcitabine', 'PD')]),
    ('Own PD: a case report\n\nAbstract\n\nA man with lung cancer.\n\nCase presentation\n\nA 60-year-old man had ALK-positive lung cancer. Crizotinib was given from 2017 with a partial response.\n\nIn 2019 alectinib was started, and the disease progressed after 14 months.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('alectinib', 'PD'), ('crizotinib', 'PR')], [('crizotinib', 'PD')]),
    ('Appeared: a case report\n\nAbstract\n\nA woman with lung cancer.\n\nCase presentation\n\nA 44-year-old woman had ROS1-rearranged lung adenocarcinoma. Crizotinib was started in 2018 and the chest lesions shrank markedly.\n\nIn 2020 brain metastases appeared and lorlatinib was started. MRI after three months showed stable disease.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('crizotinib', 'PD'), ('crizotinib', 'PR'), ('lorlatinib', 'SD')], [('lorlatinib', 'PD')]),
    ('Emerged: a case report\n\nAbstract\n\nA man with kidney cancer.\n\nCase presentation\n\nA 57-year-old man had renal cell carcinoma. Sunitinib was given from 2017, and the disease was stable.\n\nIn 2019 bone metastases emerged; nivolumab was then given.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('sunitinib', 'PD'), ('sunitinib', 'SD')], [('nivolumab', 'PD')]),
    ('Appeared smaller: a case report\n\nAbstract\n\nA man with liver cancer.\n\nCase presentation\n\nA 65-year-old man had hepatocellular carcinoma. Atezolizumab and bevacizumab were started in 2021.\n\nAt three months the liver lesions appeared smaller.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [], [('atezolizumab', 'PD'), ('bevacizumab', 'PD')]),
    ('Retelling: a case report\n\nAbstract\n\nA man with lung cancer.\n\nCase presentation\n\nA 66-year-old man had EGFR exon 19-deleted lung adenocarcinoma. Osimertinib was started in 2019. He later received carboplatin and pemetrexed.\n\nDiscussion\n\nIn our patient, osimertinib produced a partial response lasting 22 months, and platinum-based chemotherapy achieved only stable disease.\n',
     [('carboplatin', 'SD'), ('osimertinib', 'PR'), ('pemetrexed', 'SD')], [('carboplatin', 'PR'), ('osimertinib', 'SD')]),
    ('Retelling: a case report\n\nAbstract\n\nA man with lung cancer.\n\nCase presentation\n\nA 62-year-old man had BRAF V600E-mutant colon cancer. He received FOLFOX first. Encorafenib and cetuximab followed.\n\nDiscussion\n\nIn our patient, chemotherapy gave only stable disease, whereas encorafenib with cetuximab produced a partial response.\n',
     [('cetuximab', 'PR'), ('encorafenib', 'PR'), ('oxaliplatin', 'SD')], [('encorafenib', 'SD'), ('oxaliplatin', 'PR')]),
    ('Cabozantinib in renal cancer: a case report\n\nAbstract\n\nWe report a man with renal cell carcinoma treated with several lines.\n\nCase presentation\n\nA 63-year-old man was diagnosed with metastatic clear cell renal cell carcinoma. He started sunitinib 50 mg daily in March 2019. He tolerated it well.\n\nIn January 2020, restaging CT demonstrated new pulmonary nodules and he was switched to nivolumab. After six doses, the lung nodules had decreased by 40%.\n\nBecause of further progression in the liver in November 2020, cabozantinib was begun. The disease has remained stable for 14 months.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('cabozantinib', 'SD'), ('nivolumab', 'PD'), ('sunitinib', 'PD')], [('cabozantinib', 'PD'), ('nivolumab', 'SD'), ('sunitinib', 'SD')]),
    ('Lorlatinib after alectinib: a case report\n\nAbstract\n\nA woman with ALK-positive lung cancer.\n\nCase presentation\n\nA 45-year-old woman was found to have ALK-rearranged lung adenocarcinoma with brain metastases. Alectinib 600 mg twice daily was initiated in June 2018.\n\nShe reported mild myalgia. Her performance status improved over the following weeks.\n\nThe first restaging CT, performed after three months, revealed a partial response in the chest and the brain.\n\nIn August 2020 she developed new hepatic metastases and alectinib was replaced by lorlatinib. Restaging after eight weeks showed stable disease.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('alectinib', 'PD'), ('alectinib', 'PR'), ('lorlatinib', 'SD')], [('lorlatinib', 'PD'), ('lorlatinib', 'PR')]),
    ('Switch after progression: a case report\n\nAbstract\n\nA man with melanoma.\n\nCase presentation\n\nA 70-year-old man had BRAF V600E-mutant metastatic melanoma. He received dabrafenib and trametinib from February 2020.\n\nThree months later a CT scan showed a marked decrease of all lesions. In November 2020, the disease progressed, so ipilimumab and nivolumab were started. Two months after the switch, the nodal disease continued to grow.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('dabrafenib', 'PD'), ('dabrafenib', 'PR'), ('nivolumab', 'PD'), ('trametinib', 'PR')], [('ipilimumab', 'PR'), ('nivolumab', 'PR')]),
    ('Negatives: a case report\n\nAbstract\n\nA man with lung cancer.\n\nCase presentation\n\nA 60-year-old man had ROS1-rearranged lung adenocarcinoma. He started entrectinib in 2020. A response was hoped for given the reported activity. \n\nDiscussion\n\nIn the STARTRK trials entrectinib produced objective responses in 77% of patients. A previously reported patient achieved a complete response to entrectinib.\n',
     [], [('entrectinib', 'CR'), ('entrectinib', 'PR')]),
    ('Switch with reason after: a case report\n\nAbstract\n\nA man with GIST.\n\nCase presentation\n\nA 55-year-old man had metastatic gastrointestinal stromal tumour with a KIT exon 11 mutation. Imatinib 400 mg daily was given from 2017.\n\nIn 2019 he was switched to sunitinib because the liver metastases had grown. Sunitinib gave stable disease for ten months.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('imatinib', 'PD'), ('sunitinib', 'SD')], [('sunitinib', 'PD')]),
    ('At progression: a case report\n\nAbstract\n\nA man with lung cancer.\n\nCase presentation\n\nA 70-year-old man had MET exon 14-skipping lung adenocarcinoma. Capmatinib led to a partial response lasting a year.\n\nAt progression, crizotinib was tried but proved ineffective.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('capmatinib', 'PD'), ('capmatinib', 'PR'), ('crizotinib', 'PD')], [('crizotinib', 'PR')]),
    ('Local treatment: a case report\n\nAbstract\n\nA woman with breast cancer.\n\nCase presentation\n\nA 48-year-old woman had HER2-positive breast cancer with lung metastases. Trastuzumab and pertuzumab with paclitaxel were started in 2019 and gave a partial response.\n\nIn 2021 a new brain metastasis was found; it was treated with stereotactic radiosurgery while trastuzumab and pertuzumab continued.\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n',
     [('pertuzumab', 'PD'), ('trastuzumab', 'PD'), ('trastuzumab', 'PR')], []),
]


@pytest.mark.parametrize("text,expected,unexpected", CASES)
def test_response_goes_to_its_line(nlp, text, expected, unexpected):
    got = pairs(nlp, text)
    assert {tuple(p) for p in expected} <= got
    assert not got & {tuple(p) for p in unexpected}


def test_a_kind_of_treatment_the_story_gave_twice_names_no_line_in_a_retelling(nlp):
    text = ("Two chemotherapies: a case report\n\nAbstract\n\nA man with lung cancer.\n\nCase presentation\n\n"
            "A 62-year-old man had metastatic lung cancer. He received carboplatin and paclitaxel first. Docetaxel "
            "was given at progression. Nivolumab followed.\n\nDiscussion\n\nIn our patient, chemotherapy achieved only stable disease.\n")
    got = pairs(nlp, text)
    assert not {p for p in got if p[1] == "SD"}
