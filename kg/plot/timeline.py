"""One patient's course as a figure: one bar per therapy line, response and adverse-event markers,
dates and procedures (``kg site`` puts it inline in the case page).

SVG ids (for the page and its tests): each line's bar is ``<g id="line-N">`` (N = 1 for the
first line shown) and links to ``#fact-line-N``; a response is ``response-N-K`` (K-th of line N),
an adverse event ``adverse-event-K`` (linking to ``#fact-ae-K``) and a procedure ``procedure-K``
(``#fact-procedure-K``, labelled ``PK``), K counting in the case's lists.
"""
from __future__ import annotations

import textwrap

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, MultipleLocator

from kg.plot.course import Course, layout, plain
from kg.plot.dates import month_label
from kg.plot.style import (AE_STYLE, OPEN_END_HATCH, PROCEDURE_STYLE, RESPONSE_STYLE, figure_style, inline_svg,
                           line_colour, set_margins)

BAR_HEIGHT = 0.5
NAMED_PROCEDURES = 4       # more procedures than this are drawn by number only
MONTH_STEPS = (1, 2, 3, 6, 12, 24, 60, 120)


def month_step(span: float, ticks: int = 8) -> int:
    """Months between date ticks: the smallest calendar step giving at most ``ticks`` ticks."""
    return next((s for s in MONTH_STEPS if span / s <= ticks), MONTH_STEPS[-1])


def _wrap(label: str, width: int = 34) -> str:
    """A row label on at most two lines (the plot keeps its width)."""
    lines = textwrap.wrap(label, width)
    return "\n".join(lines[:1] + [plain(" ".join(lines[1:]), width)]) if len(lines) > 1 else label


def _range_text(start: str | None, end: str | None, end_reported: bool) -> str:
    return f"{start or '?'} – {end if end_reported and end else 'end not reported'}"


def _draw_lines(ax, course: Course) -> None:
    for bar in course.bars:
        n = bar.row + 1
        (patch,) = ax.barh(bar.row, bar.x1 - bar.x0, left=bar.x0, height=BAR_HEIGHT, color=line_colour(bar.row),
                           edgecolor="#333333", linewidth=0.8, hatch=None if bar.end_reported else OPEN_END_HATCH)
        patch.set_gid(f"line-{n}")
        patch.set_url(f"#fact-line-{n}")
        if bar.start or bar.end:
            ax.text(bar.x1, bar.row + BAR_HEIGHT / 2 + 0.05, " " + _range_text(bar.start, bar.end, bar.end_reported),
                    va="top", ha="left", fontsize=7, color="#333333", clip_on=False)
    lo, hi = course.extent
    per_bar: dict[int, int] = {}
    for m in course.marks:
        if m.kind == "adverse_event":
            per_bar[m.row] = per_bar.get(m.row, 0) + 1
    for m in course.marks:
        if m.kind == "response":
            marker, colour, _ = RESPONSE_STYLE.get(m.cls, RESPONSE_STYLE[None])
            (pt,) = ax.plot([m.x], [m.row], marker=marker, color=colour, markersize=9, markeredgecolor="white",
                            linestyle="none", zorder=3)
            pt.set_gid(f"response-{m.row + 1}-{m.index}")
        elif m.kind == "adverse_event":
            marker, colour, _ = AE_STYLE
            y = m.row - BAR_HEIGHT / 2 - 0.1
            (pt,) = ax.plot([m.x], [y], marker=marker, color=colour, markersize=7, linestyle="none", zorder=3)
            pt.set_gid(f"adverse-event-{m.index}")
            pt.set_url(f"#fact-ae-{m.index}")
            bar = course.bars[m.row]
            room = (bar.x1 - bar.x0) / (per_bar[m.row] + 1) / max(hi - lo, 1e-9)
            if m.grade is not None and room > 0.04:   # the event's name is in the page's table, one click away
                ax.text(m.x, y - 0.12, f"G{m.grade}", ha="center", va="bottom", fontsize=6.5, color=colour)


def _draw_procedures(ax, course: Course, row: int) -> None:
    marker, colour, _ = PROCEDURE_STYLE
    marks = [m for m in course.marks if m.kind == "procedure"]
    named = len(marks) <= NAMED_PROCEDURES
    for k, m in enumerate(marks):
        (pt,) = ax.plot([m.x], [row], marker=marker, color=colour, markersize=8, linestyle="none", zorder=3)
        pt.set_gid(f"procedure-{m.index}")
        pt.set_url(f"#fact-procedure-{m.index}")
        # P<K> is the procedure's number in the page's table; names only while they fit
        text = f"P{m.index} {plain(m.label, 32)}" if named else f"P{m.index}"
        if not course.dated and m.date:
            text += f" ({m.date})" if named else ""
        ax.text(m.x, row + 0.22 + 0.22 * (k % 2), text, ha="center", va="top", fontsize=6.5, color=colour)


def _legend(ax, course: Course) -> None:
    handles = []
    classes = [m.cls for m in course.marks if m.kind == "response"]
    for cls in ("CR", "PR", "SD", "PD", None):
        if cls in classes:
            marker, colour, text = RESPONSE_STYLE[cls]
            handles.append(Line2D([], [], marker=marker, color=colour, linestyle="none", label=text))
    for kind, (marker, colour, text) in (("adverse_event", AE_STYLE), ("procedure", PROCEDURE_STYLE)):
        if any(m.kind == kind for m in course.marks):
            handles.append(Line2D([], [], marker=marker, color=colour, linestyle="none", label=text))
    if any(not b.end_reported for b in course.bars):
        handles.append(Patch(facecolor="white", edgecolor="#333333", hatch=OPEN_END_HATCH, label="end not reported"))
    if handles:
        ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)


def timeline_figure(case: dict) -> Figure | None:
    """The figure of one ``kg cases`` object; None when it has neither therapy lines nor procedures."""
    course = layout(case)
    has_procedures = any(m.kind == "procedure" for m in course.marks)
    if not course.bars and not has_procedures:
        return None
    rows = len(course.bars) + (1 if has_procedures else 0)
    with figure_style():
        fig = Figure(figsize=(9.5, 1.1 + 0.62 * rows))
        ax = fig.add_subplot()
        _draw_lines(ax, course)
        labels = [_wrap(f"Line {b.line if b.line is not None else b.row + 1}: {b.label}") for b in course.bars]
        if has_procedures:
            _draw_procedures(ax, course, len(course.bars))
            labels.append("Procedures")
        ax.set_yticks(range(rows), labels)
        set_margins(fig, labels)
        ax.set_ylim(rows - 0.4, -0.7)
        lo, hi = course.extent
        span = max(hi - lo, 1.0)
        ax.set_xlim(lo - 0.04 * span, hi + 0.22 * span)   # room for the date text right of the last bar
        if course.dated:
            step = month_step(span)
            ax.xaxis.set_major_locator(MultipleLocator(step))   # month numbers: multiples of 12 are Januaries
            ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: month_label(v)[: 4 if step >= 12 else 7]))
            ax.set_xlabel("date")
        else:
            ax.set_xticks([])
            ax.set_xlabel("therapy lines in the order reported (not every line is dated: not to scale)")
        ax.grid(axis="x", color="#eeeeee", linewidth=0.6)
        ax.set_axisbelow(True)
        _legend(ax, course)
    return fig


def timeline_svg(case: dict) -> str | None:
    """The case's timeline as an inline ``<svg>`` element, or None (nothing to draw)."""
    fig = timeline_figure(case)
    if fig is None:
        return None
    # matplotlib opens every link in a new window; ours lead to rows of the same page. (Report text
    # cannot hold this attribute: in the SVG its quotes are escaped.)
    return inline_svg(fig).replace(' target="_blank"', "")


__all__ = ["timeline_figure", "timeline_svg"]
