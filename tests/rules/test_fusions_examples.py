"""Every example of kg/rules/fusions.jsonl through the fusion recogniser (kg/nlp/fusion.py in
``kg_rules``) and kg/extraction/fusions.py, ``text`` read as a case narrative by the whole pipeline.
``[text, target, "FIVE::THREE"]``: the case has a fusion worded ``target`` with those partner
symbols (``null``: not named). A string example gives the case a fusion; a string counter-example
gives it none."""
import pytest

from rule_examples import case_of, strings, triples


def _fusions(nlp, text):
    return [(f.evidence.mention, f"{f.five_prime.label if f.five_prime else 'null'}::"
                                 f"{f.three_prime.label if f.three_prime else 'null'}")
            for f in case_of(nlp, text).fusions]


@pytest.mark.parametrize("row,text,target,expected", triples("fusions"))
def test_fusion_example(nlp, row, text, target, expected):
    assert (target, expected) in _fusions(nlp, text), _fusions(nlp, text)


@pytest.mark.parametrize("row,text", strings("fusions", "examples"))
def test_positivity_names_a_fusion(nlp, row, text):
    assert _fusions(nlp, text)


@pytest.mark.parametrize("row,text", strings("fusions", "counter_examples"))
def test_counter_example_names_no_fusion(nlp, row, text):
    assert _fusions(nlp, text) == []
