"""Drugs as case reports name them: brand, code and older names, salts, abbreviations, regimen acronyms
(ontology/terms/curated/antineoplastics.tsv and the regimens of overlay.tsv). Sentences written for this test."""
import pytest


@pytest.mark.parametrize("sentence,expected", [
    # older / Japanese agents and their abbreviations
    ("He was given oral carmofur (HCFU) after gastrectomy.", [("DRUG", "carmofur"), ("DRUG", "carmofur")]),
    ("Adjuvant UFT was continued for two years.", [("DRUG", "tegafur-uracil")]),
    ("She received nimustine (ACNU) for the glioma.", [("DRUG", "nimustine"), ("DRUG", "nimustine")]),
    # brand and code names resolve to the generic drug
    ("Keytruda was started every three weeks.", [("DRUG", "Pembrolizumab")]),
    ("He was switched to TAS-102.", [("DRUG", "trifluridine/tipiracil")]),
    ("Treatment with Calquence was well tolerated.", [("DRUG", "acalabrutinib")]),
    ("She had received Herceptin and Perjeta.", [("DRUG", "Trastuzumab"), ("DRUG", "Pertuzumab")]),
    ("The EGFR inhibitor ASP8273 was given in a trial.", [("DRUG_CLASS", "EGFR inhibitor"), ("DRUG", "naquotinib")]),
    # a salt is its drug; liposomal doxorubicin is doxorubicin
    ("Imatinib mesylate 400 mg daily was begun.", [("DRUG", "Imatinib")]),
    ("She received pegylated liposomal doxorubicin.", [("DRUG", "Doxorubicin")]),
    # a regimen acronym followed by 'regimen' is the regimen (its drugs), and variants name it
    ("He received the FOLFOX regimen for six cycles.", [("REGIMEN", "FOLFOX")]),
    ("mFOLFOX6 was given every two weeks.", [("REGIMEN", "FOLFOX")]),
    ("Salvage DA-EPOCH-R was given, then BEAM before transplant.", [("REGIMEN", "DA-EPOCH-R"), ("REGIMEN", "BEAM")]),
    ("Induction with CPX-351 followed.", [("REGIMEN", "CPX-351")]),
    # radioligands in the nuclide-in-brackets notation, and without the mass number
    ("He began [177Lu]Lu-PSMA-617 every six weeks.", [("DRUG", "lutetium Lu 177 vipivotide tetraxetan")]),
    ("Four cycles of [177Lu]Lu-DOTATATE were given for the ileal NET.", [("DRUG", "lutetium Lu 177 dotatate")]),
    ("Lu-PSMA-617 was well tolerated.", [("DRUG", "lutetium Lu 177 vipivotide tetraxetan")]),
])
def test_nlp_drug_names_link_to_their_drug(nlp, sentence, expected):
    doc = nlp(sentence)
    assert [(e.label_, e._.pref_label) for e in doc.ents if e.label_ in ("DRUG", "DRUG_CLASS", "REGIMEN")] == expected


@pytest.mark.parametrize("sentence", [
    "Ethics approval: not applicable.",
    "Consent for publication: Not applicable.",
    "She was then treated with radioactive iodine.",
])
def test_nlp_phrases_that_are_no_drugs(nlp, sentence):
    assert [e.text for e in nlp(sentence).ents if e.label_ == "DRUG"] == []


def test_nlp_platinum_doublet_is_a_class_named_as_chemotherapy(nlp):
    doc = nlp("He received platinum doublet chemotherapy with cisplatin and pemetrexed.")
    assert [(e.label_, e._.pref_label) for e in doc.ents if e.label_ in ("DRUG", "DRUG_CLASS")] == [
        ("DRUG_CLASS", "Platinum Compound"), ("DRUG", "Cisplatin"), ("DRUG", "Pemetrexed")]
