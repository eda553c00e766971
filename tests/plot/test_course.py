"""kg.plot.course: where lines, responses, adverse events and procedures of a case are drawn."""
import pytest

from kg.plot.course import OPEN_END_MONTHS, layout, plain
from kg.plot.dates import month_number


def line(n, start=None, end=None, drugs=("crizotinib",), responses=()):
    return {"line": n, "start": start, "end": end, "iris": [f"t{n}"],
            "drugs": [{"id": f"NCIT:{d}", "label": d, "iris": []} for d in drugs],
            "responses": [{"id": rid, "label": label, "date": date, "iris": []} for rid, label, date in responses]}


def test_dated_lines_run_from_start_to_end_next_start_or_last_response():
    case = {"treatments": [
        line(1, "2019-01", "2019-07", responses=[("NCIT:C18058", "partial response", "2019-04")]),
        line(2, "2019-09", None),                                       # runs to line 3's start
        line(3, "2020-01", None, responses=[("NCIT:C4870", "complete response", "2020-05"),
                                            ("NCIT:C18213", "stable disease", None)])]}  # to its last dated response
    c = layout(case)
    assert c.dated
    spans = [(b.x0 - month_number("2019-01"), b.x1 - month_number("2019-01"), b.end_reported) for b in c.bars]
    assert spans == [(0, 6, True), (8, 12, False), (12, 16, False)]
    resp = [(m.row, m.cls, m.x - month_number("2019-01")) for m in c.marks if m.kind == "response"]
    # a dated response at its date, an undated one spread over its bar
    assert resp == [(0, "PR", 3), (2, "CR", 16), (2, "SD", 12 + 4 / 2)]


def test_a_last_line_without_end_or_later_response_is_drawn_a_few_months():
    c = layout({"treatments": [line(1, "2019-01", None, responses=[("NCIT:C18058", "partial response", "2018-12")])]})
    (bar,) = c.bars
    assert (bar.x1 - bar.x0, bar.end_reported) == (OPEN_END_MONTHS, False)


def test_a_line_without_start_makes_the_axis_ordinal():
    case = {"treatments": [line(1, "2008"), line(2, None, "2021-08",
                                                   responses=[("NCIT:C18213", "stable disease", "2014-07"),
                                                              ("NCIT:C18058", "partial response", None)])],
            "procedures": [{"id": "P", "label": "surgery", "date": "2010", "iris": []},
                           {"id": "P", "label": "biopsy", "date": "2007", "iris": []},
                           {"id": "P", "label": "CT", "date": None, "iris": []}]}
    c = layout(case, slot=2.0)
    assert not c.dated and all(not b.to_scale for b in c.bars)
    assert [(b.x0 >= 0, b.x1 <= 2.0) for b in c.bars[:1]] == [(True, True)]
    assert c.bars[1].x0 >= 2.0 and c.bars[1].x1 <= 4.0
    # responses in the report's order inside their line, dated or not
    xs = [m.x for m in c.marks if m.kind == "response"]
    assert c.bars[1].x0 < xs[0] < xs[1] < c.bars[1].x1
    # procedures in date order (undated last) across the axis, keeping their list number
    procs = sorted((m for m in c.marks if m.kind == "procedure"), key=lambda m: m.x)
    assert [(m.label, m.index) for m in procs] == [("biopsy", 2), ("surgery", 1), ("CT", 3)]


def test_adverse_events_on_the_first_line_with_their_drug_others_unplaced():
    case = {"treatments": [line(1, "2019-01", "2019-03", drugs=("A",)), line(2, "2019-04", "2019-09", drugs=("B", "C"))],
            "adverse_events": [{"id": "x", "label": "rash", "grade": 2, "drugs": ["NCIT:C"], "iris": []},
                               {"id": "y", "label": "fatigue", "grade": None, "drugs": [], "iris": []},
                               {"id": "z", "label": "nausea", "grade": 1, "drugs": ["NCIT:A", "NCIT:B"], "iris": []}],
            "procedures": [{"id": "p", "label": "CT", "date": None, "iris": []}]}
    c = layout(case)
    aes = [(m.label, m.row, m.index) for m in c.marks if m.kind == "adverse_event"]
    assert sorted(aes) == [("nausea", 0, 3), ("rash", 1, 1)]
    assert c.unplaced == 2           # fatigue (no drug) and the undated procedure on a dated axis


def test_relative_layout_starts_at_zero_and_no_lines_no_bars():
    c = layout({"treatments": [line(1, "2019-05", "2019-08"), line(2, "2019-10", "2020-02")]}, relative=True)
    assert [(b.x0, b.x1) for b in c.bars] == [(0, 3), (5, 9)]
    empty = layout({"treatments": [], "procedures": []})
    assert empty.bars == [] and empty.marks == [] and not empty.dated


def test_an_end_before_the_start_is_not_trusted():
    (bar,) = layout({"treatments": [line(1, "2020-05", "2019-01")]}).bars
    assert not bar.end_reported and bar.x1 == pytest.approx(bar.x0 + OPEN_END_MONTHS)


def test_plain_drops_control_and_bidi_characters_and_cuts():
    assert plain("a\x1b[31m\u202eb\n c") == "a [31m b c"
    assert plain("x" * 100, 10) == "x" * 9 + "…"
    assert plain(None) == ""
