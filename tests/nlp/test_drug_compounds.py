"""Drugs glued into one token by a hyphen: 'carboplatin-pemetrexed', 'crizotinib-induced' (not '-naive')."""
import pytest


@pytest.mark.parametrize("sentence,drugs", [
    ("He received carboplatin-pemetrexed in 2019.", ["Carboplatin", "Pemetrexed"]),
    ("He received doxorubicin-ifosfamide.", ["Doxorubicin", "ifosfamide"]),
    ("He received cisplatin-based chemotherapy.", ["Cisplatin"]),
    ("She developed crizotinib-induced pneumonitis.", ["Crizotinib"]),
    ("She was crizotinib-naive.", []),
    ("The patient-reported outcome improved.", []),
])
def test_nlp_hyphen_glued_drugs_are_split(nlp, sentence, drugs):
    doc = nlp(sentence)
    assert doc.text == sentence
    assert [e._.pref_label for e in doc.ents if e.label_ == "DRUG"] == drugs


@pytest.mark.parametrize("sentence,names", [
    ("He received nivolumab+ipilimumab.", [("DRUG", "Nivolumab"), ("DRUG", "Ipilimumab")]),
    ("She got gemcitabine+nab-paclitaxel.", [("DRUG", "Gemcitabine"), ("DRUG", "nab-paclitaxel")]),
    ("He got 5-FU/oxaliplatin in 2018.", [("DRUG", "Fluorouracil"), ("DRUG", "Oxaliplatin")]),
    ("CAPOX+bevacizumab was given.", [("REGIMEN", "XELOX"), ("DRUG", "Bevacizumab")]),
    ("The tumor was ER+/PR+ and HER2-negative.", []),
    ("He was treated with 7+3 induction.", [("REGIMEN", "7+3")]),
    ("Local therapy and/or observation.", []),
])
def test_nlp_plus_and_slash_glued_drugs_are_split(nlp, sentence, names):
    """A token that glues whole drug or regimen names with '+' or '/' (hyphenated names too) is split;
    one that glues other words is not."""
    doc = nlp(sentence)
    assert doc.text == sentence
    assert [(e.label_, e._.pref_label) for e in doc.ents if e.label_ in ("DRUG", "REGIMEN")] == names


@pytest.mark.parametrize("sentence,drug,event", [
    # the last word of a drug named in two words, glued to a word about it (session 16, aehdr16)
    ("In May she had grade 2 enfortumab vedotin-related rash.", "enfortumab vedotin", ("rash", 2)),
    ("He developed grade 3 trastuzumab deruxtecan-induced pneumonitis.", "trastuzumab deruxtecan", ("pneumonitis", 3)),
])
def test_nlp_a_two_word_drug_glued_to_a_word_about_it_is_split(nlp, sentence, drug, event):
    doc = nlp(sentence)
    assert doc.text == sentence
    assert drug in [e.text for e in doc.ents if e.label_ == "DRUG"]
    assert event in [(e.text, e._.grade) for e in doc.ents if e.label_ == "ADVERSE_EVENT"]


def test_nlp_a_word_glued_to_related_that_ends_no_drug_name_stays_whole(nlp):
    doc = nlp("Treatment-related toxicity and dose-related nausea were recorded.")
    assert "Treatment-related" in [t.text for t in doc] and "dose-related" in [t.text for t in doc]


@pytest.mark.parametrize("sentence,drugs", [
    ("He received four cycles of carboplatin AUC5/etoposide.", ["Carboplatin", "Etoposide"]),
    ("She was given cisplatin 80mg/m2/vinorelbine on day 1.", ["Cisplatin", "Vinorelbine"]),
    ("Methotrexate was given at 12 mg/m2/day.", ["Methotrexate"]),
])
def test_nlp_a_dose_glued_to_the_next_drug_is_split(nlp, sentence, drugs):
    """A combination written with its doses, the dose glued by '/' to the next drug ("AUC5/etoposide"): the drug is
    seen; a dose glued to its units only ("mg/m2/day") stays as it was."""
    doc = nlp(sentence)
    assert doc.text == sentence
    assert [e._.pref_label for e in doc.ents if e.label_ == "DRUG"] == drugs
