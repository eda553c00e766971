"""Dates of facts read from a sentence's DATE/DURATION mentions.

Public API: :func:`date_in` (the date of a fact in its sentence, or the date after an end cue),
:func:`passive_start_date`, :func:`date_near`, :func:`relative_date`, :func:`since_start`,
:func:`dated_long_after`, :func:`shift_date`. Cues: ``kg/rules/therapy.jsonl`` (PASSIVE_START, DATE_GAP_BREAK,
SAME_PERIOD, DURATION_OF_LINE).
"""
from __future__ import annotations

import datetime

from kg.extraction.mentions import Mention, Sentence
from kg.nlp.cues import Cue
# facts whose own date follows them closely ("a partial response in July 2018")
DATED_EVENTS = frozenset({"RESPONSE", "ADVERSE_EVENT", "PROCEDURE"})


def shift_date(iso: str, days: float) -> str:
    """An ISO partial date moved by a number of days, kept at its own precision. A shift of whole
    months or years ("eight months later": 240 days as measured) moves by calendar months and
    gives a month: the day is not known."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return str(parts[0] + int(round(days / 365.25)))
    months = None
    if days >= 365 and float(days / 365).is_integer():
        months = 12 * int(days // 365)
    elif days >= 28 and float(days / 30).is_integer():
        months = int(days // 30)
    if months is not None:
        year, month = divmod(parts[0] * 12 + parts[1] - 1 + months, 12)
        return f"{year:04d}-{month + 1:02d}"
    base = datetime.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 15)
    moved = base + datetime.timedelta(days=days)
    return moved.isoformat() if len(parts) > 2 else moved.strftime("%Y-%m")


def _dates(s: Sentence) -> list[Mention]:
    return [m for m in s.mentions if m.label == "DATE" and m.attrs.get("date")]


def date_in(s: Sentence, near: Mention | None = None, after_cue: Cue | None = None) -> str | None:
    """The date of ``near`` in its sentence (the closest DATE not owned by another dated event),
    the sentence's first date without ``near``, or with ``after_cue`` the date after that cue."""
    dates = _dates(s)
    if after_cue is not None:
        cue = s.cue(after_cue)
        if not cue:
            return None
        # (a date inside the cue's own words is not after it: "between May 2017 and January 2019")
        later = [d for d in dates if d.start >= cue.start and not (cue.start < d.start and d.end <= cue.end)]
        # "until June 2020"; else "In March 2021 ... crizotinib was stopped" (the only date)
        dates = later or (dates if len(dates) == 1 else [])
    if not dates:
        return None
    if near is None:
        return dates[0].attrs["date"]
    # "received lorlatinib, with a partial response in July 2018": that date is the response's
    # ... and "crizotinib until August 2021" ends something else: not the date of ``near``
    own = [d for d in dates if not any(o.label in DATED_EVENTS and o is not near and 0 <= d.start - o.end <= 20
                                       for o in s.mentions) and not _ends_something(s, d, near)] or dates
    # "crizotinib in 2015, then alectinib in 2016": a date right after the drug, in its clause, is its own
    following = sorted((d for d in own if 0 <= d.start - near.end <= 25
                        and not s.cue(Cue.DATE_GAP_BREAK, near.end, d.start)), key=lambda d: d.start)
    if following:
        return following[0].attrs["date"]
    return min(own, key=lambda d: abs(d.start - near.start)).attrs["date"]


def passive_start_date(s: Sentence, group: list[Mention]) -> str | None:
    """ "Because of progression in October 2020, entrectinib was started in November 2020": the
    date the drugs' own start verb governs, not the nearest (which dates the cause)."""
    last = max(m.end for m in group)
    cue = s.cue_after(Cue.PASSIVE_START, last)
    if not cue:
        return None
    for d in sorted(_dates(s), key=lambda d: d.start):
        if d.start >= cue.end and d.start - cue.end <= 25 and not s.cue(Cue.DATE_GAP_BREAK, cue.end, d.start):
            return d.attrs["date"]
    return None


def _ends_something(s: Sentence, d: Mention, near: Mention | None) -> bool:
    """Is ``d`` the end of a period ("until August 2021", "from 2019 to 2021": a date range's END cue right
    before it) that does not start at ``near``?"""
    rng = s.cue(Cue.END)
    # (a range before any drug of the sentence: "X from 2015 to 2016; Y was started" is X's range, and
    # its end may well be when Y started)
    ends = s.cue_before(Cue.END_BEFORE_DATE, d.start) is not None or (
        rng is not None and rng.end <= d.start and d.start - rng.end <= 3 and not any(
            o.label in ("DRUG", "DRUG_CLASS", "REGIMEN") and o is not near and o.start < d.start for o in s.mentions))
    return ends and not (near is not None and 0 <= d.start - near.end <= 12)


def date_near(s: Sentence, pos: int) -> str | None:
    """The date closest to a document offset, preferring one that follows it in the clause; a date
    with another dated event or drug between it and ``pos`` dates that one, not this fact."""
    dates = [d for d in _dates(s) if not any(
        o.label in DATED_EVENTS | {"DRUG", "DRUG_CLASS"} and min(pos, d.start) < o.start < max(pos, d.start)
        and o.start != pos for o in s.mentions)]
    if not dates:
        return None
    for d in sorted(dates, key=lambda d: d.start):
        if d.start >= pos and d.start - pos < 60 and not s.cue(Cue.DATE_GAP_BREAK, pos, d.start):
            return d.attrs["date"]  # "a complete response in March 2021"
    return min(dates, key=lambda d: abs(d.start - pos)).attrs["date"]


def relative_date(s: Sentence, last_date: str | None) -> str | None:
    """'Five months later' / 'in the same month' after the last absolute date of the narrative."""
    if last_date is None:
        return None
    if s.cue(Cue.SAME_PERIOD):
        return last_date
    for m in s.mentions:
        if m.label == "DURATION" and m.attrs.get("relative") in ("later", "after") and m.attrs.get("duration_days"):
            if s.cue_after(Cue.DURATION_OF_LINE, m.end):
                continue  # "after 3 months of therapy" measures a line, it does not date one
            return shift_date(last_date, float(m.attrs["duration_days"]))
    return None


def _month_number(iso: str) -> int:
    """Months since year 0 of an ISO partial date (a year alone counts as its middle)."""
    parts = iso.split("-")
    return int(parts[0]) * 12 + (int(parts[1]) if len(parts) > 1 else 6)


def dated_long_after(s: Sentence, start: str | None, months: int = 12) -> bool:
    """Does the sentence carry a date more than ``months`` after ``start`` ("chemotherapy in 2015 ...
    In 2019 she developed cough": the story has moved on from that line)?"""
    if not start:
        return False
    return any(_month_number(d.attrs["date"]) - _month_number(start) > months for d in _dates(s))


def dated_long_after_iso(start: str, when: str, months: int) -> bool:
    """Is the ISO partial date ``when`` more than ``months`` after ``start``?"""
    return _month_number(when) - _month_number(start) > months


def since_start(s: Sentence, start: str | None) -> str | None:
    """ "After 3 months of treatment, CT showed a partial response": a line's start + 3 months
    (only when the sentence gives no other absolute date)."""
    if not start or any(d.attrs.get("date") not in (None, start) for d in s.mentions if d.label == "DATE"):
        return None
    for m in s.mentions:
        if m.label == "DURATION" and m.attrs.get("relative") == "after" and m.attrs.get("duration_days"):
            return shift_date(start, float(m.attrs["duration_days"]))
    return None


__all__ = ["date_in", "passive_start_date", "date_near", "relative_date", "since_start", "dated_long_after",
           "dated_long_after_iso", "shift_date", "DATED_EVENTS"]
