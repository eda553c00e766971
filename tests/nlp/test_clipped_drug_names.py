"""Drug names as clinicians clip them in notes and web case reports: "carbo/pem + pembro", "nivo/ipi",
"atezo", "durva", "TDM-1", and the short forms of Chinese-language reports ("DDP" cisplatin, "DTX"
docetaxel, "ADM" adriamycin). Each is linked to its NCIt drug or to a regimen of those drugs."""
import pytest


@pytest.mark.parametrize("text,written,label", [
    ("She received carbo plus pemetrexed for four cycles.", "carbo", "Carboplatin"),
    ("Pembro maintenance was continued for a year.", "Pembro", "Pembrolizumab"),
    ("He was switched to nivo after the second relapse.", "nivo", "Nivolumab"),
    ("Atezo was added to the chemotherapy.", "Atezo", "Atezolizumab"),
    ("Consolidation durva followed chemoradiation.", "durva", "Durvalumab"),
    ("TDM-1 was given every three weeks.", "TDM-1", "Trastuzumab Emtansine"),
    ("The patient received DDP and DTX every three weeks.", "DDP", "Cisplatin"),
    ("The patient received DDP and DTX every three weeks.", "DTX", "Docetaxel"),
    ("Chemotherapy with ADM and ifosfamide was started.", "ADM", "Doxorubicin"),
])
def test_a_clipped_drug_name_is_that_drug(nlp, text, written, label):
    ents = [(e.text, e.label_, e._.pref_label) for e in nlp(text).ents]
    assert (written, "DRUG", label) in ents, ents


@pytest.mark.parametrize("text,written", [
    ("She received carbo/pem plus pembro for four cycles.", "carbo/pem"),
    ("Cis/pem was given for six cycles.", "Cis/pem"),
    ("Nivo/ipi was started in May.", "Nivo/ipi"),
])
def test_a_clipped_regimen_is_a_regimen(nlp, text, written):
    assert (written, "REGIMEN") in [(e.text, e.label_) for e in nlp(text).ents]


def test_a_clipped_regimen_gives_its_drugs(nlp):
    from kg.extraction.extract import extract_report
    from kg.readers import read_bytes
    text = ("A 63-year-old woman had metastatic lung adenocarcinoma. She received carbo/pem with pembro for four "
            "cycles and had a partial response.\n")
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    given = {a.drug.label.lower() for t in case.treatments for a in t.administrations}
    assert given == {"carboplatin", "pemetrexed", "pembrolizumab"}, given


def test_the_international_prognostic_index_is_no_ipilimumab(nlp):
    # "IPI" in lymphoma reports is the prognostic score; ipilimumab is clipped only inside "nivo/ipi"
    ents = [(e.text, e.label_) for e in nlp("Diffuse large B-cell lymphoma, Ann Arbor stage IVB, IPI 3; "
                                            "R-CHOP was started.").ents]
    assert not any(t.lower() == "ipi" for t, _ in ents), ents
