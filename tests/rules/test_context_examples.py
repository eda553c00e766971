"""Every ``[text, target, expected]`` example of kg/rules/context.jsonl, run through the pipeline:
``kg_assertion`` gives the mention ``target`` the status ``expected`` (sentences.jsonl:
tests/rules/test_sentences_examples.py)."""
import pytest

from kg.nlp.assertion import PRECEDENCE, STATUS
from kg.rules import rules


def _cases(name: str, which: str):
    for row in rules(name).rules:
        for i, ex in enumerate(getattr(row, which)):
            if not isinstance(ex, str):
                yield pytest.param(row, *ex, id=f"{row.id}-{i}")


def _status(nlp, text: str, target: str) -> str:
    doc = nlp(text)
    found = [e for e in doc.ents if e.text == target]
    assert found, f"{target!r} is not an entity of {text!r}: {[e.text for e in doc.ents]}"
    return found[0]._.status


@pytest.mark.parametrize("row,text,target,expected", list(_cases("context", "examples")))
def test_context_example(nlp, row, text, target, expected):
    assert _status(nlp, text, target) == expected


@pytest.mark.parametrize("row,text,target,expected", list(_cases("context", "counter_examples")))
def test_context_counter_example(nlp, row, text, target, expected):
    got = _status(nlp, text, target)
    assert got == expected
    if row.category in STATUS:
        assert got != STATUS[row.category], f"{row.id} fired on its counter-example"


def test_every_status_category_has_rows():
    assert set(PRECEDENCE) <= set(rules("context").categories)
