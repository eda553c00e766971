"""Every [text, target, expected] example of kg/rules/fusions.jsonl through the pipeline.

`expected` (README, fusions.jsonl): "FIVE::THREE" ("null" for an unnamed partner) — the FUSION
span covering `target` has those partners; None — no FUSION span covers `target`; "not the
patient's" / "patient" — the FUSION span covering `target` is / is not placed on cell lines, other
samples or a tumour type in general (``fusion["not_patient"]``)."""
import pytest

from kg.rules import rules

ROWS = rules("fusions").rules
CASES = [pytest.param(row.id, ex, id=f"{row.id}-{which}{i}")
         for row in ROWS for which in ("examples", "counter_examples")
         for i, ex in enumerate(getattr(row, which)) if not isinstance(ex, str)]


def _covering(nlp, text, target):
    start = text.index(target)
    return [e for e in nlp(text).ents
            if e.label_ == "FUSION" and e.start_char < start + len(target) and start < e.end_char]


def _partners(span) -> str:
    f = span._.fusion
    return "::".join((f[side] or {}).get("label") or "null" for side in ("five_prime", "three_prime"))


def test_every_row_has_an_outcome_example():
    assert all(any(not isinstance(e, str) for e in r.examples) for r in ROWS), \
        [r.id for r in ROWS if all(isinstance(e, str) for e in r.examples)]


@pytest.mark.parametrize("rid,example", CASES)
def test_fusion_example(nlp, rid, example):
    text, target, expected = example
    spans = _covering(nlp, text, target)
    if expected is None:
        assert not spans, (rid, [(s.text, _partners(s)) for s in spans])
    elif expected in ("not the patient's", "patient"):
        assert spans, (rid, text)
        assert bool(spans[0]._.fusion.get("not_patient")) == (expected == "not the patient's"), (rid, spans[0]._.fusion)
    else:
        assert [_partners(s) for s in spans] == [expected], (rid, [(s.text, _partners(s)) for s in spans])
