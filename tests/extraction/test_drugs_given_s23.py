"""Session 23 (drug23): drugs given and not given, from made-up case narratives in many wordings.
Given: a name ending in a hyphen and a capital letter at a sentence's end ("Ara-C.", "AC-T."), a drug the patient
joined a trial of, a therapeutic trial of a drug, a plan carried out in the next sentence, FEC-D. Not given: a drug
only intended, being planned or requested, prescribed "but she never took it", a drug the patient died before;
general statements (the preferred agent of a setting, a drug's class, what patients in general receive), a drug a
molecular finding predicts a response or resistance to, a spouse's drug, a table row of treatment options.
Texts written for this test (no benchmark page)."""
import pytest

from rule_examples import drugs_given

INTRO = ("Case report\n\nA 61-year-old woman presented with dyspnoea. Biopsy showed a lung adenocarcinoma with an "
         "ALK rearrangement and liver metastases. She was treated with alectinib and had a partial response. ")


@pytest.mark.parametrize("text,drugs", [
    ("At relapse she received Ara-C.", ["cytarabine"]),
    ("Consolidation was with high-dose ara-C. She remained in remission.", ["cytarabine"]),
    ("She received 4 cycles of AC-T.", ["doxorubicin", "cyclophosphamide"]),
    ("Adjuvant therapy was ddAC-T.", ["doxorubicin", "cyclophosphamide"]),
    ("She enrolled in a clinical trial of lorlatinib and received it for a year.", ["lorlatinib"]),
    ("She then joined a phase 1 study of brigatinib.", ["brigatinib"]),
    ("A trial of lorlatinib was given for six weeks.", ["lorlatinib"]),
    ("The team was planning to commence brigatinib. It was started a week later.", ["brigatinib"]),
    ("Adjuvant therapy was FEC-D.", ["epirubicin", "docetaxel"]),
    ("Lorlatinib was requested through compassionate use and started in June.", ["lorlatinib"]),
    ("We planned to start lorlatinib and she began it on 3 May.", ["lorlatinib"]),
    ("We started lorlatinib, as it is the preferred agent in this setting.", ["lorlatinib"]),
    ("She received osimertinib, which is the preferred first-line agent for EGFR-mutant disease.", ["osimertinib"]),
    ("She received lorlatinib, a third-generation ALK inhibitor, with a partial response.", ["lorlatinib"]),
])
def test_a_drug_given_is_a_drug_of_the_case(nlp, text, drugs):
    got = drugs_given(nlp, INTRO + text)
    for drug in drugs:
        assert any(drug in d for d in got), (drug, got)


@pytest.mark.parametrize("text,drug", [
    ("We intend to start lorlatinib.", "lorlatinib"),
    ("We are planning to commence brigatinib.", "brigatinib"),
    ("The intention is to begin lorlatinib after radiotherapy.", "lorlatinib"),
    ("Lorlatinib has been requested through compassionate use.", "lorlatinib"),
    ("She is to start cabozantinib in two weeks.", "cabozantinib"),
    ("Lorlatinib was prescribed, but she never took it.", "lorlatinib"),
    ("Docetaxel was ordered; however, it was never given because of sepsis.", "docetaxel"),
    ("She died before lorlatinib could be started.", "lorlatinib"),
    ("Her condition deteriorated rapidly before the first dose of docetaxel.", "docetaxel"),
    ("Osimertinib is the preferred first-line agent for EGFR-mutant disease.", "osimertinib"),
    ("Imatinib remains the standard drug for advanced GIST.", "imatinib"),
    ("Brigatinib and lorlatinib are next-generation ALK inhibitors.", "lorlatinib"),
    ("Selpercatinib is a highly selective RET inhibitor.", "selpercatinib"),
    ("Patients progressing on alectinib are usually switched to lorlatinib.", "lorlatinib"),
    ("Patients with ROS1 fusions are generally treated with crizotinib or entrectinib.", "crizotinib"),
    ("The tumour harboured a mutation associated with resistance to gefitinib.", "gefitinib"),
    ("The mutation predicts sensitivity to osimertinib.", "osimertinib"),
    ("Her tumour was predicted to respond to larotrectinib.", "larotrectinib"),
    ("NGS identified an actionable target for selpercatinib.", "selpercatinib"),
    ("The fusion is targetable by larotrectinib or entrectinib.", "entrectinib"),
    ("Her husband had received cisplatin for testicular cancer.", "cisplatin"),
    ("Treatment options | lorlatinib | brigatinib | chemotherapy", "brigatinib"),
])

def test_a_drug_not_given_is_no_drug_of_the_case(nlp, text, drug):
    assert not any(drug in d for d in drugs_given(nlp, INTRO + text))


@pytest.mark.parametrize("text,drug", [
    ("She developed acquired resistance to brigatinib after 11 months.", "brigatinib"),
    ("Her husband drove her to the clinic, where brigatinib was started.", "brigatinib"),
])
def test_a_drug_given_near_a_not_given_cue_stays_given(nlp, text, drug):
    assert any(drug in d for d in drugs_given(nlp, INTRO + text))
