"""Every example of kg/rules/diagnosis.jsonl through kg/extraction/diagnoses.py (``text`` read as a
case narrative by the whole pipeline). ``[text, target, expected]``:

* ``"diagnosis"``: the case's diagnosis is the tumor mentioned as ``target`` (and only it);
* ``"not_diagnosis"``: no diagnosis of the case is the tumor mentioned as ``target``;
* ``"diagnosis_too"``: the tumor mentioned as ``target`` is one of the case's diagnoses;
* ``"not_a_drug"`` (DISEASE_SLOT): the short form ``target`` is not given as a drug;
* ``"diagnosis_id"`` (FUSION_SUBTYPE): the case's one diagnosis has the id ``target``.

Rows anchored to what their caller cuts are checked as the caller uses them: GENERIC_TUMOR,
MORPHOLOGY_ONLY, ORGAN_LEVEL, BENIGN_TUMOR and FUSION_SUBTYPE match a tumor term's whole label (string examples are labels that match, string
counter-examples labels that do not); a NOT_A_DISEASE string example is a sentence whose tumor
words give the case no diagnosis. Other string examples are matches of the row
(tests/rules/test_rule_files.py)."""
import pytest

from kg.nlp.terms_index import get_index
from kg.rules import rules
from rule_examples import case_of, strings, triples

LABEL_CATEGORIES = ("GENERIC_TUMOR", "MORPHOLOGY_ONLY", "ORGAN_LEVEL", "BENIGN_TUMOR", "FUSION_SUBTYPE")


def check(nlp, text, target, expected):
    case = case_of(nlp, text)
    diagnoses = [d.evidence.mention.lower() for d in case.diagnoses]
    if expected == "diagnosis":
        assert diagnoses == [target.lower()], diagnoses
    elif expected == "not_diagnosis":
        assert target.lower() not in diagnoses, diagnoses
    elif expected == "diagnosis_too":  # one of the case's diagnoses
        assert target.lower() in diagnoses, diagnoses
    elif expected == "diagnosis_id":
        assert [d.concept.id for d in case.diagnoses] == [target], [(d.concept.id, d.concept.label) for d in case.diagnoses]
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


@pytest.mark.parametrize("row", [r for r in rules("diagnosis").rules if r.category == "FUSION_SUBTYPE"], ids=lambda r: r.id)
def test_fusion_subtype_names_shipped_tumor_terms(row):
    """A FUSION_SUBTYPE row's generic entities are tumor term labels and its subtype a shipped tumor term (a row
    naming a label no term has would never fire; ids are verified by tests/terms)."""
    terms = get_index("default")
    for name in row.words:
        tid = terms.lower_names.get(name)
        assert tid is not None and terms.info(tid).type == "tumor", (row.id, name)
    info = terms.info(row.fields["subtype"])
    assert info is not None and info.type == "tumor", (row.id, row.fields["subtype"])
    assert row.fields["genes"] and all(terms.gene_id(g) for g in row.fields["genes"]), (row.id, row.fields["genes"])
