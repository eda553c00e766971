"""Session 19 (leak19): drugs a report names without giving them to its patient - the term of a comparison,
a drug the patient could not start, a drug that "could be used" or sits among alternatives, a sentence on what a drug does in general - are no drugs of the case; controls that give the
drug keep it. Texts written for this test (no benchmark page)."""
import pytest

from rule_examples import drugs_given

INTRO = ("Case report\n\nA 54-year-old man presented with abdominal pain. Biopsy showed a gastrointestinal stromal "
         "tumour with a KIT exon 11 mutation. He was treated with imatinib 400 mg daily and had a partial response. ")


@pytest.mark.parametrize("text,drug", [
    ("Unlike sunitinib, ripretinib has activity against many secondary KIT mutations.", "sunitinib"),
    ("Compared with regorafenib, avapritinib gives deeper responses in PDGFRA D842V tumours.", "regorafenib"),
    ("In contrast to nilotinib and sorafenib, ripretinib is approved in the fourth line.", "sorafenib"),
    ("He was too frail to start sunitinib and was referred to palliative care.", "sunitinib"),
    ("He died three weeks later before starting regorafenib.", "regorafenib"),
    ("Before sunitinib could be started, he was admitted with a bleeding ulcer.", "sunitinib"),
    ("Agents such as regorafenib could be used if the disease grows.", "regorafenib"),
    ("Alternatives include sunitinib or a clinical trial.", "sunitinib"),
    ("Sunitinib inhibits KIT, PDGFR and VEGF receptors.", "sunitinib"),
    ("A secondary exon 17 mutation confers resistance to sunitinib.", "sunitinib"),
    ("Avapritinib has received accelerated approval for PDGFRA-mutant disease.", "avapritinib"),
    ("The optimal duration of adjuvant sunitinib remains unknown.", "sunitinib"),
])
def test_a_drug_named_without_being_given_is_no_drug_of_the_case(nlp, text, drug):
    assert not any(drug in d for d in drugs_given(nlp, INTRO + text))


@pytest.mark.parametrize("text,drug", [
    ("At progression sunitinib was started at 37.5 mg daily.", "sunitinib"),
    ("After declining surgery, he received sunitinib.", "sunitinib"),
    ("The board recommended sunitinib, and it was started the following week.", "sunitinib"),
    ("He was switched to regorafenib in March 2021 and had stable disease.", "regorafenib"),
    ("Unlike imatinib, which caused oedema, sunitinib was started without trouble.", "sunitinib"),
])
def test_a_drug_given_stays_a_drug_of_the_case(nlp, text, drug):
    assert any(drug in d for d in drugs_given(nlp, INTRO + text))
