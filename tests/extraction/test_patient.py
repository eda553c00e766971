"""Sex and case headings (kg/extraction/patient.py; cues in kg/rules/patient.jsonl)."""
import pytest

from kg.extraction.mentions import sentences_from_doc
from kg.extraction.patient import case_heading_number, case_number_of, find_sex
from kg.model import Section


def _sentences(nlp, text):
    return sentences_from_doc(nlp(text), Section(kind="case", title="", start=0, end=len(text)), 0, 0)


@pytest.mark.parametrize("text,number", [
    ("Case 2: A 60-year-old man with lung adenocarcinoma.", 2),
    ("Patient II. A woman presented with a mass.", 2),
    ("Case no. 3 - a boy with a renal mass.", 3),
    ("The case was discussed at the tumor board.", None),
])
def test_case_heading_number(nlp, text, number):
    assert case_heading_number(text) == number            # a section heading
    assert case_number_of(_sentences(nlp, text)[0]) == number  # a sentence that opens a case


@pytest.mark.parametrize("text,sex", [
    ("A 41-year-old woman presented with cough.", "female"),
    ("He was treated with crizotinib and his cough improved.", "male"),
    ("The tumor was resected.", None),
])
def test_find_sex(nlp, text, sex):
    assert find_sex(_sentences(nlp, text)) == sex


def test_sex_from_pronouns_counts_every_sentence(nlp):
    # no introducing noun: two "he"/"his" across two sentences outnumber none
    assert find_sex(_sentences(nlp, "He was treated with crizotinib. The cough improved.")) is None
    assert find_sex(_sentences(nlp, "He was treated with crizotinib. His cough improved.")) == "male"
