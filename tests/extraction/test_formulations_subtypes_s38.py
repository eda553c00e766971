"""Drug formulations and tumour subtypes as reports write them (issue #11, session 38 dd39).

Held-out counts (benchmarks/error_classes.py, webtext even) showed two classes kg lost whatever the sentence:
albumin-bound paclitaxel folded into paclitaxel, so that a case listed "Paclitaxel" where the report and the gold give
"nab-paclitaxel" (6 of 6 such drugs missed on the held-out half); and a diagnosis given as the generic tumour where the
report names the subtype in older or hyphenated words ("nodular sclerosing Hodgkin's disease", "mixed-cellularity
Hodgkin lymphoma"). DLBCL by its cell of origin is left as it was: the gold gives "activated B-cell type DLBCL"
DLBCL NOS's id (a synonym for the ABC subtype cost a dev record). Every text here was written for this test.
"""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes


def _cases(nlp, body: str):
    text = "Case presentation\n\n" + body + "\n\nDiscussion\n\nSuch tumours are rare.\n"
    for doc in read_bytes(text.encode(), "case.txt"):
        if hasattr(doc, "ids"):
            yield from extract_report(doc, nlp).cases


def given(nlp, sentence: str) -> set[str]:
    body = ("A 61-year-old patient was diagnosed with a metastatic adenocarcinoma in 2020 and was referred to our "
            "centre. " + sentence)
    return {d.label.lower() for c in _cases(nlp, body) for t in c.treatments for d in t.drugs}


def diagnoses(nlp, sentence: str) -> set[str]:
    return {d.concept.label.lower() for c in _cases(nlp, sentence + " She was treated and followed up.")
            for d in c.diagnoses}


@pytest.mark.parametrize("sentence, drugs", [
    ("First-line nab-paclitaxel with gemcitabine was started in May.", {"nab-paclitaxel", "gemcitabine"}),
    ("She then received Abraxane weekly for three months.", {"nab-paclitaxel"}),
    ("He was switched to albumin-bound paclitaxel because of a reaction to the solvent.", {"nab-paclitaxel"}),
    ("Four cycles of GnP were given as second-line therapy.", {"gemcitabine", "nab-paclitaxel"}),
    ("He received CBDCA plus nab-PTX for four cycles.", {"carboplatin", "nab-paclitaxel"}),
    ("Treatment with nanoparticle albumin-bound paclitaxel and atezolizumab began in 2021.",
     {"nab-paclitaxel", "atezolizumab"}),
])
def test_albumin_bound_paclitaxel_is_listed_as_written(nlp, sentence, drugs):
    got = given(nlp, sentence)
    assert drugs <= got
    assert "paclitaxel" not in got


@pytest.mark.parametrize("sentence", [
    "She received weekly paclitaxel and carboplatin for six cycles.",
    "Taxol was given every three weeks.",
])
def test_solvent_based_paclitaxel_stays_paclitaxel(nlp, sentence):
    got = given(nlp, sentence)
    assert "paclitaxel" in got and "nab-paclitaxel" not in got


@pytest.mark.parametrize("sentence, label", [
    ("A 24-year-old woman was found to have stage IIB nodular sclerosing Hodgkin's disease.",
     "nodular sclerosis classical hodgkin lymphoma"),
    ("Excision of a cervical node showed nodular-sclerosis Hodgkin lymphoma in a 19-year-old man.",
     "nodular sclerosis classical hodgkin lymphoma"),
    ("A 52-year-old man was diagnosed with mixed-cellularity Hodgkin lymphoma in 2018.",
     "mixed cellularity classical hodgkin lymphoma"),
    ("Our patient, a 60-year-old woman, had mixed cellularity Hodgkin's disease.",
     "mixed cellularity classical hodgkin lymphoma"),
    ("A 70-year-old man presented with lymphocyte-depleted Hodgkin's disease of the bone marrow.",
     "lymphocyte-depleted classical hodgkin lymphoma"),
])
def test_a_subtype_named_in_older_or_hyphenated_words_is_the_subtype(nlp, sentence, label):
    assert label in diagnoses(nlp, sentence)


def test_non_hodgkin_lymphoma_gets_no_hodgkin_subtype(nlp):
    got = diagnoses(nlp, "A 63-year-old man was diagnosed with non-Hodgkin's lymphoma in 2015.")
    assert not any("hodgkin lymphoma" in x and not x.startswith("non") for x in got)
