"""Every [text, target, expected] example of kg/rules/responses.jsonl through the pipeline:
the RESPONSE span covering `target` has class `expected` (None: no response there)."""
import pytest

from kg.rules import rules


CASES = [(row.id, ex) for row in rules("responses").rules for ex in row.examples + row.counter_examples
         if not isinstance(ex, str) and row.category not in ("NOT_TUMOR_SIZE", "NEGATION_BEFORE")]


@pytest.mark.parametrize("rid,example", CASES, ids=[f"{r}:{e[0][:30]}" for r, e in CASES])
def test_response_example(nlp, rid, example):
    text, target, expected = example
    start = text.lower().index(target.lower())
    doc = nlp(text)
    hits = [e for e in doc.ents if e.label_ == "RESPONSE" and e.start_char < start + len(target) and start < e.end_char]
    if expected is None:
        assert not hits, (rid, [(e.text, e._.response_class) for e in hits])
    else:
        assert hits and hits[0]._.response_class == expected, (rid, [(e.text, e.label_) for e in doc.ents])


def test_negated_and_not_tumor_size_wording_is_no_response(nlp):
    for row in rules("responses").rows("NOT_TUMOR_SIZE") + rules("responses").rows("NEGATION_BEFORE"):
        for text, target, _ in (e for e in row.examples if not isinstance(e, str)):
            doc = nlp(text)
            assert not [e for e in doc.ents if e.label_ == "RESPONSE" and target in text[e.start_char:e.end_char + 20]], text
