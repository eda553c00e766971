"""Sex and case headings (kg/extraction/patient.py; cues in kg/rules/patient.jsonl)."""
import pytest

from kg.extraction.patient import case_heading_number, find_sex


@pytest.mark.parametrize("text,number", [
    ("Case 2: A 60-year-old man with lung adenocarcinoma.", 2),
    ("Patient II. A woman presented with a mass.", 2),
    ("Case no. 3 - a boy with a renal mass.", 3),
    ("The case was discussed at the tumor board.", None),
])
def test_case_heading_number(text, number):
    assert case_heading_number(text) == number


@pytest.mark.parametrize("text,sex", [
    ("A 41-year-old woman presented with cough.", "female"),
    ("He was treated with crizotinib and his cough improved.", "male"),
    ("The tumor was resected.", None),
])
def test_find_sex(text, sex):
    assert find_sex(text) == sex
