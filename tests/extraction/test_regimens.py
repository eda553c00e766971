"""kg/extraction/regimens.py: a regimen mention expands to its component drugs, read from the
term index the pipeline recognised the text with (no second term source)."""
import pytest

from kg.extraction.extract import extract_report
from kg.extraction.mentions import Mention
from kg.extraction.regimens import expand_regimen
from kg.nlp import build_pipeline
from kg.nlp.terms_index import build_index, get_index, register_terms
from kg.readers.text import read_text
from kg.terms import load_terms
from kg.terms.loader import Term
from narrative import therapy_of

TERMS = [
    Term("TEST:reg", "TESTOX", "regimen", extra={"components": "alphamab, Betatinib, gammacept"}),
    Term("TEST:alpha", "alphamab", "drug"),
    Term("TEST:beta", "betatinib", "drug", synonyms=("BTX-1",)),
    Term("TEST:beta2", "betatinib sodium", "drug", synonyms=("betatinib",)),  # the first drug with a name wins
    Term("TEST:lung", "lung adenocarcinoma", "tumor"),
]


def test_regimen_components_resolve_to_drug_terms_first_name_wins():
    index = build_index(TERMS)
    assert index.regimen_drugs == {"TEST:reg": (("TEST:alpha", "alphamab"), ("TEST:beta", "betatinib"),
                                                (None, "gammacept"))}


def test_shipped_folfox_mention_expands_to_its_three_drugs():
    index = get_index(register_terms(None))
    folfox = next(t for t in load_terms() if t.type == "regimen" and t.label == "FOLFOX")
    m = Mention(label="REGIMEN", text="FOLFOX", start=10, end=16, curie=folfox.id, pref_label="FOLFOX",
                status="affirmed")
    drugs = expand_regimen(m, index)
    assert sorted(d.pref_label.lower() for d in drugs) == ["fluorouracil", "leucovorin", "oxaliplatin"]
    assert all(d.curie and d.label == "DRUG" and (d.start, d.end) == (10, 16) for d in drugs)
    assert all(d.status == "affirmed" and d.attrs["regimen"] == "FOLFOX" for d in drugs)


def test_a_term_that_is_no_regimen_expands_to_nothing():
    m = Mention(label="DRUG", text="alphamab", start=0, end=8, curie="TEST:alpha")
    assert expand_regimen(m, build_index(TERMS)) == []


def test_build_pipeline_terms_reach_regimen_expansion(tmp_path, monkeypatch):
    """build_pipeline(terms=...) decides the regimen's drugs, not kg.terms.load_terms()."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    nlp = build_pipeline(terms=TERMS)
    doc = read_text("Case presentation\n\nA 60-year-old man with lung adenocarcinoma received TESTOX in "
                    "May 2019.\n", "case.txt")
    [case] = extract_report(doc, nlp).cases
    [line] = case.treatments
    assert [(a.drug.id, a.drug.label) for a in line.administrations] == [
        ("TEST:alpha", "alphamab"), ("TEST:beta", "betatinib"), (None, "gammacept")]
    assert {a.evidence.mention for a in line.administrations} == {"TESTOX"}


@pytest.mark.parametrize("text, drugs", [
    ("A man with biliary tract cancer received GemCis from March 2021.", ["cisplatin", "gemcitabine"]),
    ("She received Gem/Cis from 2020 for cholangiocarcinoma.", ["cisplatin", "gemcitabine"]),
    ("A boy with neuroblastoma received rapid COJEC induction in 2019.", ["carboplatin", "cisplatin", "cyclophosphamide",
                                                                        "etoposide", "vincristine"]),
    ("A woman with gestational trophoblastic neoplasia received EMA-CO from June 2022.",
     ["cyclophosphamide", "dactinomycin", "etoposide", "methotrexate", "vincristine"]),
    ("A man with follicular lymphoma was treated with R-Benda from 2019.", ["bendamustine", "rituximab"]),
    ("A man with peripheral T-cell lymphoma received BV-CHP in 2021.", ["brentuximab vedotin", "cyclophosphamide",
                                                                      "doxorubicin"]),
])
def test_shipped_regimen_acronyms_give_their_drugs_regimen_steroids_left_out(nlp, text, drugs):
    tb = therapy_of(nlp, text)
    assert sorted(d.label.lower() for t in tb.treatments() for d in t.drugs) == drugs


def test_regimen_short_form_defined_by_its_drugs_in_the_introduction_keeps_its_drugs(tmp_path, monkeypatch):
    """A long form that lists the regimen's own drugs defines its short form; it does not give it another meaning
    (the case section's later use still names the regimen and its drugs)."""
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    nlp = build_pipeline(terms=TERMS)
    doc = read_text("Introduction\n\nCombining alphamab, betatinib and gammacept (TESTOX) is common in lung "
                    "adenocarcinoma.\n\nCase presentation\n\nA 58-year-old woman with lung adenocarcinoma "
                    "was given four cycles of TESTOX from June 2020.\n", "case.txt")
    [case] = extract_report(doc, nlp).cases
    [line] = case.treatments
    assert sorted(a.drug.label for a in line.administrations) == ["alphamab", "betatinib", "gammacept"]



# session 18: regimens named by their letters and a regimen word only (bare "EP", "PE", "MAP", "P6" name other
# things: an electrophysiology study, a pulmonary embolism, a mean arterial pressure); texts written for this test
@pytest.mark.parametrize("text,drugs", [
    ("A 66-year-old man with small-cell lung cancer received four cycles of EP chemotherapy from March 2020.",
     ["cisplatin", "etoposide"]),
    ("A 29-year-old man with a mediastinal germ cell tumour was given the PE regimen in June 2019.",
     ["cisplatin", "etoposide"]),
    ("A 15-year-old girl with osteosarcoma of the femur started MAP chemotherapy in January 2022.",
     ["cisplatin", "doxorubicin", "methotrexate"]),
    ("A 19-year-old man with an abdominal sarcoma received seven cycles of the P6 protocol from May 2021.",
     ["cyclophosphamide", "doxorubicin", "etoposide", "ifosfamide", "vincristine"]),
])
def test_regimen_named_by_letters_and_a_regimen_word_gives_its_drugs(nlp, text, drugs):
    tb = therapy_of(nlp, text)
    assert sorted(d.label.lower() for t in tb.treatments() for d in t.drugs) == drugs


def test_letters_of_a_pressure_or_an_embolism_are_no_regimen(nlp):
    tb = therapy_of(nlp, "A 70-year-old man with lung cancer was admitted; his MAP was 58 mmHg and a PE was "
                         "seen on CT angiography.")
    assert [d for t in tb.treatments() for d in t.drugs] == []
