"""Partial dates as the graph stores them (xsd:gYear ``2019``, xsd:gYearMonth ``2019-05``,
xsd:date ``2019-05-14``) on a month axis.

A date is placed at the start of the period it names (``2019`` -> January 2019), as
``time_on_drug`` counts months.

>>> month_number("2019-05")
24232.0
>>> month_number("2019-05-16") - month_number("2019-05")
0.5
>>> month_number("May 2019") is None
True
>>> month_label(month_number("2019-05"))
'2019-05'
"""
from __future__ import annotations

import re

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def month_number(value: str | None) -> float | None:
    """Months since year 0 (fractional for a day), or None for a value that is no partial date."""
    m = _DATE.match((value or "").strip())
    if not m:
        return None
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year * 12 + (month - 1) + (day - 1) / 30.0


def month_label(months: float) -> str:
    """``YYYY-MM`` of a month number (tick labels of a dated axis)."""
    whole = int(months // 1)
    return f"{whole // 12:04d}-{whole % 12 + 1:02d}"


__all__ = ["month_number", "month_label"]
