"""Every example of kg/rules/sentences.jsonl through ``kg_assertion``'s sentence flags.
``[text, "sentence", flag]``: the sentence has that flag (``"none"``: no flag). A string
counter-example does not get the flag of its row's category; for VERB, whose rows keep a sentence
with a verb from being a table row, a counter-example (no verb) is a ``table_row``."""
import pytest

from kg.nlp.assertion import FLAGS_KEY
from kg.rules import rules
from rule_examples import strings, triples

FLAG_OF = {"LITERATURE": "literature", "OTHER_REPORT": "other_report", "MODEL_DONOR": "model_donor", "PATIENT_ANCHOR": "patient_anchor", "CITATION_LINE": "citation_line",
           "FIGURE_CAPTION": "figure_caption", "LIST_LINE": "list_line",
           "REFERENCE_TITLE": "reference_title"}


def _flags(nlp, text):
    doc = nlp(text)  # the span group lives only as long as its doc
    return {s.label_ for s in doc.spans[FLAGS_KEY]}


def test_every_category_is_checked_here():
    assert set(rules("sentences").categories) == set(FLAG_OF) | {"VERB", "ASIDE"}


@pytest.mark.parametrize("row,text,target,expected", triples("sentences"))
def test_sentence_example(nlp, row, text, target, expected):
    assert target == "sentence"
    flags = _flags(nlp, text)
    assert (expected in flags) if expected != "none" else not flags, flags


@pytest.mark.parametrize("row,text", strings("sentences", "counter_examples"))
def test_sentence_counter_example(nlp, row, text):
    flags = _flags(nlp, text)
    if row.category == "VERB":
        assert "table_row" in flags, flags
    else:
        assert FLAG_OF[row.category] not in flags, flags
