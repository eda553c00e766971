"""Every ``[text, target, expected]`` example and counter-example of kg/rules/therapy.jsonl, read as
a case narrative by the whole pipeline and kg/extraction/therapy.py (lines, their dates and
responses). ``expected``:

* ``"line N"``: the drug ``target`` is given on line N and no other (a drug mention), or the
  response worded ``target`` belongs to line N (a response mention);
* ``"not given"``: no line gives the drug mentioned as ``target``;
* ``"start DATE"`` / ``"end DATE"``: the line giving ``target`` starts / ends then (``none``: no date);
* ``"none"``: ``target`` is neither a drug given nor a response of any line.

String examples are matches of the row (tests/rules/test_rule_files.py)."""
import pytest

from rule_examples import case_of, triples


def _lines_naming(case, target: str) -> tuple[list[int], list[int]]:
    """Lines that give a drug mentioned as ``target``, lines with a response worded ``target``."""
    t = target.lower()
    given = [ln.line for ln in case.treatments if any(a.evidence.mention.lower() == t for a in ln.administrations)]
    responded = [ln.line for ln in case.treatments if any(r.evidence.mention.lower() == t for r in ln.responses)]
    return given, responded


def check(nlp, text: str, target: str, expected: str) -> None:
    case = case_of(nlp, text)
    given, responded = _lines_naming(case, target)
    summary = [(ln.line, [a.drug.label for a in ln.administrations], ln.start, ln.end,
                [(r.concept.label, r.evidence.mention) for r in ln.responses]) for ln in case.treatments]
    what, _, value = expected.partition(" ")
    if expected == "not given":
        assert given == [], summary
    elif expected == "none":
        assert given == [] and responded == [], summary
    elif what == "line":
        assert (given or responded) == [int(value)], summary
    elif what in ("start", "end"):
        assert len(given) == 1, summary
        line = case.treatments[given[0] - 1]
        assert getattr(line, what) == (None if value == "none" else value), summary
    else:
        raise AssertionError(f"therapy.jsonl: unknown expected outcome {expected!r}")


@pytest.mark.parametrize("row,text,target,expected", triples("therapy"))
def test_therapy_example(nlp, row, text, target, expected):
    check(nlp, text, target, expected)
