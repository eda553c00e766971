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
