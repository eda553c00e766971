"""How the figures look: one matplotlib style for the timeline and the swimmer plot.

Figures are made with ``matplotlib.figure.Figure`` (never pyplot: no global figure list, no GUI
backend; PNG is drawn by Agg). Report text is drawn as text, never parsed as mathtext, so a
``$`` in a drug or event name is just a character.
"""
from __future__ import annotations

import io
from contextlib import contextmanager

import matplotlib

RC = {
    "text.parse_math": False,     # report text may hold "$"
    "svg.fonttype": "none",       # text stays text (<text>, escaped), not glyph paths: small, searchable
    "svg.hashsalt": "kg-oncocase",  # the same figure gives the same SVG ids
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "hatch.color": "#555555",
}

# (marker, colour, legend text) per RECIST class; None: a response term of no RECIST class
RESPONSE_STYLE = {
    "CR": ("D", "#1b7837", "complete response"),
    "PR": ("o", "#5aae61", "partial response"),
    "SD": ("s", "#878787", "stable disease"),
    "PD": ("X", "#d73027", "progressive disease"),
    None: (".", "#000000", "other response"),
}
AE_STYLE = ("v", "#7b3294", "adverse event (CTCAE grade)")
PROCEDURE_STYLE = ("^", "#2166ac", "procedure")
# bar colours by line number (1st, 2nd, ...; the last colour for every later line)
LINE_COLOURS = ("#92c5de", "#f4a582", "#b8e186", "#c2a5cf", "#fee090", "#d9d9d9")
OPEN_END_HATCH = "///"


CHAR_IN = 0.068       # mean width of a 9 pt DejaVu Sans character, inches (label margins)
LEGEND_IN = 2.2       # room right of the axes for the legend, inches


def set_margins(fig, labels: list[str], label_size: float = 9.0, top_in: float = 0.35, bottom_in: float = 0.6) -> None:
    """Fixed margins from the row labels' length (matplotlib's constrained layout measures every
    text and draws the figure twice: most of the drawing time of a small figure)."""
    width, height = fig.get_size_inches()
    longest = max((len(part) for label in labels for part in label.split("\n")), default=4)
    left_in = 0.2 + CHAR_IN * label_size / 9.0 * longest
    fig.subplots_adjust(left=min(left_in / width, 0.5), right=1 - LEGEND_IN / width,
                        top=1 - top_in / height, bottom=bottom_in / height)


def line_colour(row: int) -> str:
    return LINE_COLOURS[min(row, len(LINE_COLOURS) - 1)]


@contextmanager
def figure_style():
    with matplotlib.rc_context(RC):
        yield


def render(fig, fmt: str, dpi: float = 100) -> bytes:
    """The figure as SVG or PNG bytes (no creation date: the same data give the same file)."""
    buf = io.BytesIO()
    metadata = {"Date": None} if fmt == "svg" else {}
    with figure_style():
        fig.savefig(buf, format=fmt, dpi=dpi, metadata=metadata)
    return buf.getvalue()


def inline_svg(fig) -> str:
    """The figure as an ``<svg>`` element for an HTML page (no XML prolog or DOCTYPE)."""
    text = render(fig, "svg").decode("utf-8")
    return text[text.index("<svg"):]


__all__ = ["RC", "LINE_COLOURS", "set_margins", "RESPONSE_STYLE", "AE_STYLE", "PROCEDURE_STYLE", "line_colour", "figure_style", "render",
           "inline_svg", "OPEN_END_HATCH"]
