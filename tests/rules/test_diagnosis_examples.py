"""Every example of kg/rules/diagnosis.jsonl through kg/extraction/diagnoses.py (``text`` read as a
case narrative by the whole pipeline). ``[text, target, expected]``:

* ``"diagnosis"``: the case's diagnosis is the tumor mentioned as ``target`` (and only it);
* ``"not_diagnosis"``: no diagnosis of the case is the tumor mentioned as ``target``;
* ``"diagnosis_too"``: the tumor mentioned as ``target`` is one of the case's diagnoses;
* ``"not_a_drug"`` (DISEASE_SLOT): the short form ``target`` is not given as a drug.

Rows anchored to what their caller cuts are checked as the caller uses them: GENERIC_TUMOR,
MORPHOLOGY_ONLY, ORGAN_LEVEL and BENIGN_TUMOR match a tumor term's whole label (string examples are labels that match, string
counter-examples labels that do not); a NOT_A_DISEASE string example is a sentence whose tumor
words give the case no diagnosis. Other string examples are matches of the row
(tests/rules/test_rule_files.py)."""
import pytest

from kg.rules import rules
from rule_examples import case_of, strings, triples

LABEL_CATEGORIES = ("GENERIC_TUMOR", "MORPHOLOGY_ONLY", "ORGAN_LEVEL", "BENIGN_TUMOR")


def check(nlp, text, target, expected):
    case = case_of(nlp, text)
    diagnoses = [d.evidence.mention.lower() for d in case.diagnoses]
    if expected == "diagnosis":
        assert diagnoses == [target.lower()], diagnoses
    elif expected == "not_diagnosis":
        assert target.lower() not in diagnoses, diagnoses
    elif expected == "diagnosis_too":  # one of the case's diagnoses
        assert target.lower() in diagnoses, diagnoses
    elif expected == "not_a_drug":
        given = [a.evidence.mention for ln in case.treatments for a in ln.administrations]
        assert target not in given, given
    else:
        raise AssertionError(f"diagnosis.jsonl: unknown expected outcome {expected!r}")


@pytest.mark.parametrize("row,text,target,expected", triples("diagnosis"))
def test_diagnosis_example(nlp, row, text, target, expected):
    check(nlp, text, target, expected)


@pytest.mark.parametrize("row,label", strings("diagnosis", "examples", LABEL_CATEGORIES))
def test_label_example_matches_the_whole_label(row, label):
    assert rules("diagnosis").pattern(row.category).search(label), (row.id, label)


@pytest.mark.parametrize("row,label", strings("diagnosis", "counter_examples", LABEL_CATEGORIES))
def test_label_counter_example_does_not_match(row, label):
    assert not rules("diagnosis").pattern(row.category).search(label), (row.id, label)


@pytest.mark.parametrize("row,text", strings("diagnosis", "examples", ("NOT_A_DISEASE",)))
def test_tumor_word_that_is_no_disease_gives_no_diagnosis(nlp, row, text):
    assert case_of(nlp, text).diagnoses == []
