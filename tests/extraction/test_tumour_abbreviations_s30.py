"""Tumour abbreviations a report may use alone, without ever writing the long form (an abstract's "a man with ESCC"):
each names its one NCIt term (ontology/terms/curated/overlay.tsv, session 30 rows); short forms that are also
ordinary words or other tumours' names (ALL, MM, ATC) are not made synonyms. Made-up texts."""
import pytest

from rule_examples import diagnosis_ids

CASES = [
    ("A 64-year-old man with ESCC received cisplatin and fluorouracil with radiotherapy.", "NCIT:C4024"),
    ("A 70-year-old woman with unresectable ESCC after oesophagitis was treated with nivolumab.", "NCIT:C4024"),
    ("A 45-year-old man from Guangdong had NPC with neck nodes and received gemcitabine and cisplatin.", "NCIT:C3871"),
    ("An 81-year-old farmer with a cSCC of the scalp was given cemiplimab.", "NCIT:C4819"),
    ("A 77-year-old woman with locally advanced CSCC of the cheek received cemiplimab.", "NCIT:C4819"),
    ("A 69-year-old shipyard worker with MPM received nivolumab and ipilimumab.", "NCIT:C9351"),
    ("A 58-year-old smoker with ES-SCLC received carboplatin, etoposide and atezolizumab.", "NCIT:C4917"),
    ("A 60-year-old woman with LS-SCLC had concurrent chemoradiotherapy with cisplatin and etoposide.", "NCIT:C4917"),
    ("A 66-year-old man with extensive-stage SCLC was given durvalumab with platinum-etoposide.", "NCIT:C4917"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_abbreviation_alone_names_its_tumour(nlp, text, expected):
    assert diagnosis_ids(nlp, text) == [[expected]]


def test_a_millimetre_measurement_is_no_tumour(nlp):
    # "MM" stays out: it is how many reports write millimetres; the myeloma is named in words
    text = "A 70-year-old man with lung adenocarcinoma had a 12 MM nodule and received osimertinib."
    assert diagnosis_ids(nlp, text) == [["NCIT:C3512"]]
