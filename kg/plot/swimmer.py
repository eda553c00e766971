"""A cohort swimmer plot: one lane per patient case, one bar per therapy line, response markers.

The cases are those a named query selects (its ``case`` column, e.g. ``cases_by_fusion_gene``
with ``gene=ROS1``), or every case; their lines come from ``kg cases`` (``cases_json``). On a
lane, x = 0 is the start of the case's first line and x is in months. A case whose lines are not
all dated gets lines ``ORDINAL_MONTHS`` wide in their order, drawn lighter with a dashed edge
("not to scale").

SVG ids: each bar is ``<g id="lane-I-line-N">`` (I = lane from the top, N = line), each response
``lane-I-response-N-K``.
"""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from kg.errors import ExportError, NotFoundError, QueryError
from kg.export import check_target   # one rule for every file kg writes: a regular file, outside the store
from kg.plot.course import layout, plain
from kg.plot.style import LINE_COLOURS, OPEN_END_HATCH, RESPONSE_STYLE, figure_style, line_colour, render, set_margins
from kg.query import run_query
from kg.query.cases import cases_json

ORDINAL_MONTHS = 3.0          # drawn width of one line of a case whose lines are not all dated
UNDATED_STYLE = {"alpha": 0.5, "linestyle": (0, (3, 2))}   # lighter, dashed edge: not to scale
FORMATS = ("svg", "png")
LOOKUP_LIMIT = 50             # up to this many selected cases are looked up one by one, else listed
MAX_PNG_PIXELS = 60000        # Agg draws at most 2^16 pixels per side
TOP_AXIS_LANES = 30


def select_cases(store, query: str | None = None, params: dict[str, str] | None = None) -> list[dict]:
    """The ``kg cases`` objects of the cases the named query selects (its ``case`` column, in its
    row order), or of every case when ``query`` is None."""
    if query is None:
        return cases_json(store)
    columns, rows = run_query(store, query, params or {})
    if "case" not in columns:
        raise QueryError(f"query {query} has no `case` column ({', '.join(columns)}): expected a query that "
                         "selects patient cases, e.g. cases_by_fusion_gene")
    at = columns.index("case")
    wanted = list(dict.fromkeys(r[at] for r in rows if r[at] is not None))
    if len(wanted) <= LOOKUP_LIMIT:
        found = {c["case"]: c for iri in wanted for c in cases_json(store, case=iri)}
    else:
        found = {c["case"]: c for c in cases_json(store)}
    return [found[iri] for iri in wanted if iri in found]


def _fusion(case: dict) -> str:
    for f in case.get("fusions", []):
        parts = [p["label"] or p["id"] for p in (f.get("five_prime"), f.get("three_prime")) if p]
        if parts:
            return "::".join(parts)
    return ""


def lane_labels(cases: list[dict]) -> list[str]:
    """``report [case N] · fusion`` per case (the case number only when a report gives several)."""
    per_report: dict[str, int] = {}
    for c in cases:
        per_report[c.get("report") or ""] = per_report.get(c.get("report") or "", 0) + 1
    labels = []
    for c in cases:
        name = c.get("report") or c["case"].rsplit("/report/", 1)[-1]
        if per_report[c.get("report") or ""] > 1:
            name += " case " + c["case"].rsplit("/", 1)[-1]
        fusion = _fusion(c)
        labels.append(plain(f"{name} · {fusion}" if fusion else name, 60))
    return labels


def _legend(ax, rows: int, any_open: bool, any_undated: bool, classes: set) -> None:
    handles = [Patch(facecolor=LINE_COLOURS[k], edgecolor="#333333",
                     label=f"line {k + 1}" + ("+" if k == len(LINE_COLOURS) - 1 else ""))
               for k in range(min(rows, len(LINE_COLOURS)))]
    for cls in ("CR", "PR", "SD", "PD", None):
        if cls in classes:
            marker, colour, text = RESPONSE_STYLE[cls]
            handles.append(Line2D([], [], marker=marker, color=colour, linestyle="none", label=text))
    if any_open:
        handles.append(Patch(facecolor="white", edgecolor="#333333", hatch=OPEN_END_HATCH, label="end not reported"))
    if any_undated:
        handles.append(Patch(facecolor="#d9d9d9", edgecolor="#333333", **UNDATED_STYLE,
                             label=f"not dated: {ORDINAL_MONTHS:g} months per line, not to scale"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=7, frameon=False)


def swimmer_figure(cases: list[dict], title: str | None = None) -> Figure:
    """The swimmer plot of ``cases`` (``kg cases`` objects), first case on top."""
    with figure_style():
        fig = Figure(figsize=(10.5, 1.6 + 0.3 * max(len(cases), 1)))
        ax = fig.add_subplot()
        max_rows, any_open, any_undated, classes, right = 0, False, False, set(), ORDINAL_MONTHS
        for lane, case in enumerate(cases):
            course = layout(case, slot=ORDINAL_MONTHS, relative=True)
            max_rows = max(max_rows, len(course.bars))
            for bar in course.bars:
                open_end = bar.to_scale and not bar.end_reported
                any_open |= open_end
                any_undated |= not bar.to_scale
                (patch,) = ax.barh(lane, bar.x1 - bar.x0, left=bar.x0, height=0.62, color=line_colour(bar.row),
                                   edgecolor="#333333", linewidth=0.5, hatch=OPEN_END_HATCH if open_end else None,
                                   **({} if bar.to_scale else UNDATED_STYLE))
                patch.set_gid(f"lane-{lane + 1}-line-{bar.row + 1}")
                right = max(right, bar.x1)
            for m in course.marks:
                if m.kind != "response":
                    continue
                marker, colour, _ = RESPONSE_STYLE.get(m.cls, RESPONSE_STYLE[None])
                classes.add(m.cls)
                (pt,) = ax.plot([m.x], [lane], marker=marker, color=colour, markersize=6, markeredgecolor="white",
                                markeredgewidth=0.5, linestyle="none", zorder=3)
                pt.set_gid(f"lane-{lane + 1}-response-{m.row + 1}-{m.index}")
                right = max(right, m.x)
        labels = lane_labels(cases)
        ax.set_yticks(range(len(cases)), labels, fontsize=7)
        set_margins(fig, labels, label_size=7, top_in=0.5)
        ax.set_ylim(len(cases) - 0.5, -0.6)
        ax.set_xlim(0, right * 1.03 + 0.5)
        ax.set_xlabel("months since the start of the first therapy line")
        if len(cases) > TOP_AXIS_LANES:   # a tall plot: the month scale at its top too
            ax.tick_params(axis="x", top=True, labeltop=True)
        ax.grid(axis="x", color="#eeeeee", linewidth=0.6)
        ax.set_axisbelow(True)
        if title:
            ax.set_title(plain(title, 120), fontsize=9, loc="left")
        _legend(ax, max_rows, any_open, any_undated, classes)
    return fig


def write_swimmer(store, output: str | os.PathLike, query: str | None = None, params: dict[str, str] | None = None,
                  store_location: str | os.PathLike | None = None) -> int:
    """Draw the swimmer plot of the selected cases to ``output`` (``.svg`` or ``.png``, written
    beside and renamed). Returns the number of lanes."""
    path = Path(output)
    fmt = path.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"cannot write a plot to {path}: expected a file name ending in .svg or .png")
    path = check_target(path, store_location)
    cases = select_cases(store, query, params)
    if not cases:
        what = f"query {query} ({', '.join(f'{k}={v}' for k, v in (params or {}).items()) or 'no parameters'})"
        raise NotFoundError(f"{what if query else 'the store'} selects no patient case: nothing to draw")
    title = f"{query} {' '.join(f'{k}={v}' for k, v in (params or {}).items())}".strip() if query else "all cases"
    fig = swimmer_figure(cases, f"{title}: {len(cases)} case(s)")
    height_in = fig.get_figheight()
    data = render(fig, fmt, dpi=min(100.0, MAX_PNG_PIXELS / height_in))
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent if str(path.parent) else ".")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)   # as a file opened for writing would be (mkstemp makes it private)
        os.replace(tmp, path)
    except OSError as e:
        Path(tmp).unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {e.strerror or e}") from None
    return len(cases)


__all__ = ["select_cases", "swimmer_figure", "write_swimmer", "lane_labels", "FORMATS"]
