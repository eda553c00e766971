"""A patient's course on one axis: where each therapy line, response, adverse event and procedure
of a ``kg cases`` object goes. Shared by the per-case timeline and the cohort swimmer plot.

Two ways to place the lines:

* **dated**, when every line has a start date: x is in months (``kg.plot.dates``). A line without
  an end date runs to the next line's start, else to its last dated response, else a few
  months; such a bar is marked ``end_reported=False``.
* **ordinal**, otherwise: line k fills slot k (``slot`` wide, in line order) and
  ``to_scale=False``; responses are spread over their line in the order the report gives them.

Adverse events carry no date: each is marked on the first line that gives one of its attributed
drugs. Procedures are marked at their date on a dated axis, in date order on an ordinal one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.plot.dates import month_number
from kg.query.responses import response_class

OPEN_END_MONTHS = 3.0   # drawn length of a last line whose end is not reported
MIN_BAR_MONTHS = 0.5    # a line that starts and ends in the same month stays visible
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


def plain(text: object, limit: int = 60) -> str:
    """One line of report text for a figure: control and bidirectional characters dropped,
    whitespace collapsed, cut at ``limit`` characters."""
    s = " ".join(_CONTROL.sub(" ", str(text if text is not None else "")).split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


@dataclass
class Bar:
    row: int                 # 0 = the first line
    line: int | None         # line number as stored
    label: str               # the line's drugs
    x0: float
    x1: float
    start: str | None
    end: str | None
    end_reported: bool
    to_scale: bool
    iris: list[str] = field(default_factory=list)


@dataclass
class Mark:
    kind: str                # "response", "adverse_event" or "procedure"
    x: float
    row: int                 # the bar's row; -1 for the procedures row
    label: str
    cls: str | None = None   # RECIST class of a response
    grade: int | None = None  # CTCAE grade of an adverse event
    date: str | None = None
    iris: list[str] = field(default_factory=list)
    index: int = 0           # 1-based place in its list: the line's responses, the case's events or procedures


@dataclass
class Course:
    bars: list[Bar]
    marks: list[Mark]
    dated: bool
    unplaced: int = 0        # adverse events and procedures not drawn (no line, no date)

    @property
    def extent(self) -> tuple[float, float]:
        xs = [b.x0 for b in self.bars] + [b.x1 for b in self.bars] + [m.x for m in self.marks]
        return (min(xs), max(xs)) if xs else (0.0, 1.0)


def drugs_label(line: dict) -> str:
    return " + ".join(plain(d.get("label") or d.get("id"), 40) for d in line.get("drugs", [])) or "drug not named"


def _spread(x0: float, x1: float, n: int) -> list[float]:
    return [x0 + (x1 - x0) * (k + 1) / (n + 1) for k in range(n)]


def _dated_bars(lines: list[dict], starts: list[float]) -> list[Bar]:
    bars = []
    for i, line in enumerate(lines):
        x0 = starts[i]
        end = month_number(line.get("end"))
        reported = end is not None and end >= x0
        if reported:
            x1 = end
        elif i + 1 < len(lines) and starts[i + 1] > x0:
            x1 = starts[i + 1]
        else:
            seen = [month_number(r.get("date")) for r in line.get("responses", [])]
            later = [x for x in seen if x is not None and x > x0]
            x1 = max(later) if later else x0 + OPEN_END_MONTHS
        bars.append(Bar(i, line.get("line"), drugs_label(line), x0, max(x1, x0 + MIN_BAR_MONTHS),
                        line.get("start"), line.get("end"), reported, True, list(line.get("iris", []))))
    return bars


def _ordinal_bars(lines: list[dict], slot: float) -> list[Bar]:
    pad = slot * 0.06
    return [Bar(i, line.get("line"), drugs_label(line), i * slot + pad, (i + 1) * slot - pad,
                line.get("start"), line.get("end"), line.get("end") is not None, False, list(line.get("iris", [])))
            for i, line in enumerate(lines)]


def layout(case: dict, *, slot: float = 1.0, relative: bool = False) -> Course:
    """Place the facts of one case (a ``kg cases`` object, ``iris`` optional).

    ``relative=True`` puts x = 0 at the first line's start (swimmer lanes); ``slot`` is the width
    of one line on an ordinal axis.
    """
    lines = list(case.get("treatments", []))
    starts = [month_number(t.get("start")) for t in lines]
    dated = bool(lines) and all(s is not None for s in starts)
    bars = _dated_bars(lines, starts) if dated else _ordinal_bars(lines, slot)
    marks: list[Mark] = []
    for bar, line in zip(bars, lines):
        responses = line.get("responses", [])
        # on a dated axis a response goes to its date; the others are spread over the bar in order
        at = [month_number(r.get("date")) if dated else None for r in responses]
        free = [k for k, x in enumerate(at) if x is None]
        for k, x in zip(free, _spread(bar.x0, bar.x1, len(free))):
            at[k] = x
        for k, (r, x) in enumerate(zip(responses, at), start=1):
            marks.append(Mark("response", x, bar.row,
                              plain(r.get("label") or r.get("id")), response_class(r.get("id"), r.get("label")),
                              date=r.get("date"), iris=list(r.get("iris", [])), index=k))
    unplaced = 0
    on_bar: dict[int, list[tuple[int, dict]]] = {}
    for index, ae in enumerate(case.get("adverse_events", []), start=1):
        drugs = set(ae.get("drugs") or [])
        bar = next((b for b, t in zip(bars, lines) if drugs & {d.get("id") for d in t.get("drugs", [])}), None)
        if bar is None:
            unplaced += 1
        else:
            on_bar.setdefault(bar.row, []).append((index, ae))
    for row, aes in on_bar.items():
        bar = bars[row]
        for x, (index, ae) in zip(_spread(bar.x0, bar.x1, len(aes)), aes):
            marks.append(Mark("adverse_event", x, row, plain(ae.get("label") or ae.get("id")), grade=ae.get("grade"),
                              iris=list(ae.get("iris", [])), index=index))
    procedures = list(enumerate(case.get("procedures", []), start=1))
    if dated:
        for index, p in procedures:
            x = month_number(p.get("date"))
            if x is None:
                unplaced += 1
                continue
            marks.append(Mark("procedure", x, -1, plain(p.get("label") or p.get("id")), date=p.get("date"),
                              iris=list(p.get("iris", [])), index=index))
    elif procedures:
        # no time scale: the procedures in date order (undated ones last, as the report tells them)
        order = sorted(procedures, key=lambda ip: (month_number(ip[1].get("date")) is None,
                                                   month_number(ip[1].get("date")) or 0))
        width = max(len(lines), 1) * slot
        for x, (index, p) in zip(_spread(0.0, width, len(order)), order):
            marks.append(Mark("procedure", x, -1, plain(p.get("label") or p.get("id")), date=p.get("date"),
                              iris=list(p.get("iris", [])), index=index))
    course = Course(bars, marks, dated, unplaced)
    if relative and dated:
        shift = bars[0].x0
        for b in bars:
            b.x0, b.x1 = b.x0 - shift, b.x1 - shift
        for m in marks:
            m.x -= shift
    return course


__all__ = ["Bar", "Mark", "Course", "layout", "plain", "drugs_label", "OPEN_END_MONTHS"]
