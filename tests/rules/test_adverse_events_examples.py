"""Every [text, target, expected] example of kg/rules/adverse_events.jsonl through the pipeline.

`expected` (README, adverse_events.jsonl): a grade (int) — the case has an adverse event whose
evidence is `target`, with that grade; a list of grades — one entry per grade, all with that evidence (one event at
two stated grades, the gold's convention 4); a severity word — the ADVERSE_EVENT span `target` has that
severity; "adverse event" / "ungraded adverse event" / "not an adverse event" — the case has (with
no grade) / has no adverse event whose evidence is `target`. The text is read as the case narrative
of a patient on treatment; a text with a line break is a title (its first line, AE_TITLE_* rows) and
the narrative after it."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes
from kg.rules import rules

ROWS = rules("adverse_events").rules
CASES = [pytest.param(row.id, ex, id=f"{row.id}-{which}{i}")
         for row in ROWS for which in ("examples", "counter_examples")
         for i, ex in enumerate(getattr(row, which)) if not isinstance(ex, str)]
SEVERITIES = {w for row in rules("adverse_events").rows("SEVERITY") for w in [row.fields["severity"]]}
INTRO = "A 50-year-old woman with lung adenocarcinoma started crizotinib in May 2019."


def case_events(nlp, text):
    title, _, text = text.rpartition("\n") if "\n" in text else ("Lung Adenocarcinoma: Case Report", "", text)
    doc = f"{title}\n\nCASE PRESENTATION\n\n{INTRO} {text}\n"
    (case,) = extract_report(next(read_bytes(doc.encode(), "case.txt")), nlp).cases
    return [(a.evidence.mention, a.grade) for a in case.adverse_events]


def test_every_row_with_an_outcome_example_is_run():
    assert {r.category for r in ROWS if any(not isinstance(e, str) for e in r.examples)} >= {
        "SEVERITY", "TOXICITY", "GRADE_WORD", "LAB_TEST", "AE_NEGATED_SUMMARY", "AE_DISEASE_CAUSE", "AE_RESOLVED"}


@pytest.mark.parametrize("rid,example", CASES)
def test_adverse_event_example(nlp, rid, example):
    text, target, expected = example
    if not isinstance(expected, list) and expected in SEVERITIES:
        spans = [e for e in nlp(text).ents if e.label_ == "ADVERSE_EVENT" and e.text == target]
        assert spans and spans[0]._.severity == expected, (rid, [(e.text, e.label_) for e in nlp(text).ents])
        return
    events = case_events(nlp, text)
    mine = [g for mention, g in events if mention == target]
    if expected == "not an adverse event":
        assert not mine, (rid, events)
    elif expected == "adverse event":
        assert mine, (rid, events)
    elif expected == "ungraded adverse event":
        assert mine == [None], (rid, events)
    elif isinstance(expected, list):   # one event at several stated grades: one entry per grade
        assert sorted(mine) == sorted(expected), (rid, events)
    else:
        assert mine == [expected], (rid, events)


# the adverse-event table rows: column words (AE_TABLE_*_COLUMN, a cell's whole text in a grid) and the header-line
# forms built on them (anchored to the line; kg/nlp/grades.py and kg/readers/headings.ae_table read one line at a time)
AE_TABLE_ROWS = [r for r in ROWS if r.category.startswith("AE_TABLE_")]


@pytest.mark.parametrize("row", AE_TABLE_ROWS, ids=lambda r: r.id)
def test_adverse_event_table_rows_match_their_string_examples_as_read(row):
    pat = row.compiled()
    column = row.category.endswith("_COLUMN")
    for ex in row.examples:
        assert (pat.fullmatch(ex) if column else pat.search(ex)), (row.id, ex)
    for ex in row.counter_examples:
        assert not (pat.fullmatch(ex) if column else pat.search(ex)), (row.id, ex)


# the gaps read whole between a grade and the word beside it (GRADE_GAP_BESIDE: an event's short form the NLP did not
# know in its section; GRADE_GAP_ASIDE: an aside's one event and its closing grade): the string examples are gaps
GAP_ROWS = [r for r in ROWS if r.category in ("GRADE_GAP_BESIDE", "GRADE_GAP_ASIDE")]


@pytest.mark.parametrize("row", GAP_ROWS, ids=lambda r: r.id)
def test_grade_gap_rows_match_their_string_examples_whole(row):
    pat = row.compiled()
    for ex in row.examples:
        if isinstance(ex, str):
            assert pat.fullmatch(ex), (row.id, ex)
    for ex in row.counter_examples:
        if isinstance(ex, str):
            assert not pat.fullmatch(ex), (row.id, ex)
