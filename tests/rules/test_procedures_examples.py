"""Every example of kg/rules/procedures.jsonl through kg/extraction/procedures.py (``text`` read as a
case narrative by the whole pipeline). TEST_PROCEDURE decides for a procedure term without a
curated ``procedure_class`` (every shipped procedure term has one, so the examples run over a
small term list whose procedures have none): a diagnostic test is no treatment procedure.
``[text, target, "test"]`` and string examples: the case records no procedure from ``text`` (none
worded ``target``); a string counter-example: the case records its procedure."""
import pytest

from kg.nlp import build_pipeline
from kg.rules import rules
from kg.terms.loader import Term
from rule_examples import case_of, strings, triples

# procedures named in the examples, none with a procedure_class (ids invented for the test)
PROCEDURES = ["next-generation sequencing", "CT scan", "FISH", "PET-CT", "wide excision"]
TERMS = [Term(f"TEST:p{i}", name, "procedure") for i, name in enumerate(PROCEDURES)] + [
    Term("TEST:imt", "inflammatory myofibroblastic tumor", "tumor")]


@pytest.fixture(scope="module")
def unclassified(tmp_path_factory):
    mp = pytest.MonkeyPatch()
    mp.setenv("KG_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    try:
        yield build_pipeline(terms=TERMS)
    finally:
        mp.undo()


def _procedures(nlp, text):
    return [p.evidence.mention for p in case_of(nlp, text).procedures]


@pytest.mark.parametrize("row,text,target,expected", triples("procedures"))
def test_procedure_example(unclassified, row, text, target, expected):
    assert expected == "test", f"procedures.jsonl: unknown expected outcome {expected!r}"
    procedures = _procedures(unclassified, text)
    assert not [p for p in procedures if target.lower() in p.lower()], procedures


@pytest.mark.parametrize("row,text", strings("procedures", "examples", ("TEST_PROCEDURE",)))
def test_diagnostic_test_is_no_procedure(unclassified, row, text):
    assert _procedures(unclassified, text) == []


@pytest.mark.parametrize("row,text", strings("procedures", "counter_examples", ("TEST_PROCEDURE",)))
def test_treatment_procedure_is_recorded(unclassified, row, text):
    assert _procedures(unclassified, text)


# GENERIC_PROCEDURE matches a procedure term's whole label (kg/extraction/procedures.py)
@pytest.mark.parametrize("row,label", strings("procedures", "examples", ("GENERIC_PROCEDURE",)))
def test_generic_procedure_label(row, label):
    assert rules("procedures").pattern("GENERIC_PROCEDURE").fullmatch(label)


@pytest.mark.parametrize("row,label", strings("procedures", "counter_examples", ("GENERIC_PROCEDURE",)))
def test_specific_procedure_label(row, label):
    assert not rules("procedures").pattern("GENERIC_PROCEDURE").fullmatch(label)


def test_generic_procedure_beside_a_specific_one_is_the_same_event(nlp):
    text = ("A 16-year-old girl had an inflammatory myofibroblastic tumor. Cerebral metastases were treated with "
            "stereotactic body radiation therapies (SBRT) in 2012. The disarticulation was done in April 2013. "
            "After the disarticulation she was well.")
    got = [(p.concept.label.lower(), p.date) for p in case_of(nlp, text).procedures]
    assert got == [("stereotactic body radiation therapy", "2012"), ("disarticulation", "2013-04")]
