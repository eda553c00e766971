"""Regular expressions for dates, durations, doses, grades and age/sex.

They run once over the whole document text (C-speed `finditer`), never per token.
Every finder yields (start_char, end_char, label, attrs).
"""
from __future__ import annotations

import bisect
import re
from typing import Iterator

from kg.rules import rules
from kg.rules.prefilter import prefiltered
from kg.rules.regex_start import fast_start

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9,
    "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = r"(?P<month>" + "|".join(sorted((m.capitalize() for m in MONTHS), key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<year>(?:19[5-9]|20[0-4])\d)"

WORD_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "half a": 0.5, "a half": 0.5,
    "several": None, "few": None,
}


def _by_first_letter(words: list[str]) -> str:
    """The alternation ``w1|w2|...`` written with the words grouped by their first letter, each group
    in the words' own order: "a half|an|a" -> "a(?: half|n|)". The same matches: at a position only
    the words of one first letter can match (ASCII words), and they are tried in the same order; but
    ``re`` reads the first letter once instead of entering every word (under IGNORECASE it does not
    skip a word on its first letter), at each of the many word starts a number may begin at."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(first + ("(?:" + "|".join(rest) + ")" if len(rest) > 1 else rest[0])
                    for first, rest in groups.items())


_NUMWORDS = sorted((w for w in WORD_NUMBERS if WORD_NUMBERS[w] is not None), key=len, reverse=True)
if not all(w.isascii() and w[0].isalpha() for w in _NUMWORDS):
    # what _by_first_letter's grouping needs (checked at import, also under python -O, where an assert is gone)
    raise ValueError("WORD_NUMBERS: every number word must be ASCII and start with a letter")
_NUMWORD = _by_first_letter(_NUMWORDS)
_NUM = rf"(?P<num>\d+(?:[.,]\d+)?|{_NUMWORD})"
# What a _NUM can start with, tested once where a pattern begins with one: re tries every
# alternative of _NUMWORD at each word start otherwise (same matches, half the time).
_NUM_START = "(?=[0-9" + "".join(sorted({w[0] for w in WORD_NUMBERS if WORD_NUMBERS[w] is not None})) + "])"
# A year is 365 days and a month 30: what clinicians mean by "one year later".
UNIT_DAYS = {"day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0, "hour": 1 / 24}
_UNIT = r"(?P<unit>days?|weeks?|months?|years?|hours?|wks?|mos?)"
_UNIT_ALIASES = {"wk": "week", "wks": "week", "mo": "month", "mos": "month"}

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5}

DATE_RES = [
    # 15 March 2020 / March 15, 2020 / May 2019 / Sept. 2019
    re.compile(rf"\b(?:(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH}"
               rf"(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)?,?\s+{_YEAR}\b"),
    # 2020-03-15 / 2020-03
    re.compile(r"(?<![\w./-])(?P<year>(?:19|20)\d\d)-(?P<mnum>[01]\d)(?:-(?P<day1>[0-3]\d))?(?![\w/-]|\.\d)"),
    # 11/2021, 03/15/2020, 15.03.2020
    re.compile(r"(?<![\w./-])(?:(?P<a>[0-3]?\d)[/.])?(?P<b>[01]?\d)[/.](?P<year>(?:19|20)\d\d)(?![\w/-]|\.\d)"),
]
# A bare year ("mid-2019" too), unless it is a quantity ("2000 mg", "2019 patients") or part of an identifier.
BARE_YEAR_RE = re.compile(
    r"(?:(?<=\bmid-)|(?<=\blate-)|(?<=\bearly-)|(?<![\w./:-]))(?P<year>(?:19[5-9]|20[0-4])\d)(?![\w/-]|\.\d|\s*(?:%|mg|g\b|µg|mcg|Gy|cGy|mm|cm|ml|mL|"
    r"kg|IU|U\b|units|patients|cases|cells|subjects|participants|/))"
)

DURATION_RES = [
    # one year later / ten days after / two weeks before / 3 months ago
    re.compile(rf"\b{_NUM_START}{_NUM}(?:\s+|-)(?:more\s+|further\s+)?{_UNIT}\s+(?P<rel>later|after|afterwards|before|earlier|ago|post)\b",
               re.I),
    # after 3 months (of therapy) / within two weeks / for 6 months
    re.compile(rf"\b(?P<rel>after|within|for|over|during)\s+(?:about\s+|approximately\s+|almost\s+|nearly\s+)?"
               rf"(?:the\s+(?:first\s+|next\s+)?)?{_NUM}(?:\s+|-){_UNIT}\b(?!-old|\s+old)", re.I),
    # 3 months of therapy
    re.compile(rf"\b{_NUM_START}{_NUM}(?:\s+|-){_UNIT}\s+(?P<rel>of)\b(?!\s+age)", re.I),
]

_ROUTE = (r"(?P<route>orally|per\s+os|p\.\s?o\.|p\.o|intravenously|i\.\s?v\.|i\.v|iv|IV|subcutaneously|s\.c\.|"
          r"intramuscularly|i\.m\.|intrathecally|topically|by\s+mouth|intravenous(?:\s+infusion)?|oral)")
_SCHED = (r"(?P<schedule>(?:once|twice|three\s+times|four\s+times|\d\s+times)\s+(?:a\s+|per\s+)?(?:daily|day|weekly|week|monthly)"
          r"|every\s+(?:\d+|other|two|three|four|six)\s+(?:days?|weeks?|hours?|months?)|daily|weekly|"
          r"b\.?i\.?d\.?|t\.?i\.?d\.?|q\.?d\.?|q\d+w|q\d+h|BID|QD|TID|per\s+day|a\s+day|/day|/d\b)")
_FRACTIONS = r"(?:\s+(?:in|over)\s+(?P<fractions>\d+|" + _NUMWORD + r")\s+(?:daily\s+)?(?:fractions|sessions|fx))"
DOSE_RE = re.compile(
    r"(?<![\w.])(?P<amount>\d+(?:[.,]\d+)?)\s*(?P<unit>mg/m2|mg/m²|mg/m\^2|mg/kg/day|mg/kg|mg/day|mg/d|µg/kg|mcg/kg|"
    r"mg|µg|mcg|μg|g/m2|g|cGy|Gy|IU|mL/h|mL|ml)(?![\w/])"
    rf"(?:{_FRACTIONS}|(?:,?\s*{_ROUTE}\b)?(?:,?\s*{_SCHED})?)"
)

GRADE_RES = [
    # "grade 3", "grade 3/4", "grades 3-4", "grade 3 and 4", "grade III or IV", "grade 1 -> 2": a range
    # keeps its worst grade (kg_context splits "rash gr 2 and grade 3 neutropenia"); "grade ≥3" its least;
    # "gr. 2" or "gr 2" in a table cell or shorthand; "graded 3", "graded as grade 2"; "II degree" / "degree 3"
    # in translated English (roman numerals only before "degree": "first-degree AV block" is an event)
    # "the CTCAE grade was 2" (session 24: a grade stated of the event told before it, kg_context's grade-anaphor);
    # "reached a grade of 2" (session 29: the article is the grade's, so no word of its own stands between the event's
    # course and the grade, while "weight gain, a grade 2 differentiation syndrome" keeps "a" apart)
    # "grade: 3", "Grading: 3" (a labelled cell of a table or one-line record: "Rash | Grading: 3"; not a cell's
    # list of grades, "Grade: 2, 1", which the row's events share out in order)
    re.compile(r"(?:\b(?:(?:a\s+)?[Gg]rade\s+of(?=\s*(?:[1-5]|IV|III|II|I|V)\b)|[Gg]rades?(?:\s+(?:was|were|is)(?=\s*(?:[1-5]|IV|III|II|I|V)\b))?|[Gg]rading|[Gg]raded(?:\s+as)?(?:\s+(?:CTCAE\s+)?grade)?|[Gg]r\.?)\s*(?::(?!\s*(?:[1-5]|IV|III|II|I|V)\s*,\s*(?:[1-5]|IV|III|II|I|V)\b)\s*)?(?:≥|⩾|>=)?\s*|\b[Dd]egree\s+|(?=\b(?:IV|III|II|I)[- ]degree\b))"
               r"(?P<g>[1-5]|IV|III|II|I|V)(?:[- ]degree\b)?"
               r"(?:\s*(?:-|–|—|/|to|or|and|->|→)\s*(?:[Gg]rade\s*)?(?P<g2>[1-5]|IV|III|II|I|V)\b"
               r"(?!\s*(?:%|patients|cases|weeks?|days?|months?|years?|cycles?|courses?|doses?|times|mg)\b))?\b"),
    # "G2", "(G1 -> G2)" (the worst), "colitis, CTCAE 3" (not a version: "CTCAE 4.03", "CTCAE 5 criteria")
    re.compile(r"\b(?:CTCAE\s+)?G(?P<g>[1-5])(?:\s*(?:->|→|-|–|to)\s*G(?P<g2>[1-5])|[-–/](?P<g4>[1-5]))?\b"
               r"|\bCTCAE\s+(?P<g3>[1-5])\b(?![.,]\d|\s*(?:grade|criteria|version|scale)\b)"),
]
# Each runs once over a section: behind the literal prefilter (kg.rules.prefilter) a section that
# lacks their words is not scanned (same matches; DURATION_RES[1:] and DOSE_RE gain nothing from it).
DATE_RES = [prefiltered(rx) for rx in DATE_RES]
BARE_YEAR_RE = prefiltered(BARE_YEAR_RE)
DURATION_RES[0] = prefiltered(DURATION_RES[0])
GRADE_RES = [prefiltered(rx) for rx in GRADE_RES]
# Their first characters tested up front (kg.rules.regex_start: same matches). Over the corpus
# sections, CPU ms per report: BARE_YEAR_RE 0.116 -> 0.029, GRADE_RES[0] 0.119 -> 0.032, the dates
# 0.141 -> 0.099, DURATION_RES[1] 0.059 -> 0.042, DOSE_RE 0.047 -> 0.038 (DURATION_RES[0] and [2]
# already start with a class: no gain, left as they are).
DATE_RES = [fast_start(rx) for rx in DATE_RES]
BARE_YEAR_RE = fast_start(BARE_YEAR_RE)
DURATION_RES[1] = fast_start(DURATION_RES[1])
DOSE_RE = fast_start(DOSE_RE)
GRADE_RES[0] = fast_start(GRADE_RES[0])


def number_value(s: str) -> float | None:
    """The value of a number written in digits ("6", "2,5") or as a word ("six"), or None."""
    s = s.lower()
    if s in WORD_NUMBERS:
        return WORD_NUMBERS[s]
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


def grade_number(s: str) -> int:
    """A grade written in digits or Roman numerals ("3", "III")."""
    return int(s) if s.isdigit() else ROMAN[s.lower()]


def _iso(year: int, month: int | None, day) -> str:
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{int(day):02d}" if month and day else "")


# A month without its year at one end of a range: "from February to June 2019", "between March and May
# 2018", "from 5 February to 20 June 2019", "from November 2018 to February" (written words: the month
# names of MONTHS, capitalised, never followed by a letter: "Mar" is not "Marcus").
_OPEN_MONTH_RE = re.compile(rf"\b(?:(?P<day1>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?{_MONTH}(?![A-Za-z])"
                            r"(?:\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?![\w:.,]\d))?")
_OPEN_MONTH = fast_start(prefiltered(_OPEN_MONTH_RE))  # once over a section: same matches, ~2x less CPU
_RANGE_LINK = re.compile(r"\s*(?:-|–|—|to|until|till|through|and)\s*")
_MAX_LINK = 12


def _open_months(text: str, full: list[tuple[int, int, int, int | None]], taken: list[tuple[int, int]]):
    """DATE spans for the open end of a month range: it takes the year of the dated end (the year
    before when the open start's month comes later, the year after when the open end's comes earlier)."""
    if not full:
        return
    starts = {s: (y, mo) for s, _, y, mo in full if mo}
    ends = {e: (y, mo) for _, e, y, mo in full if mo}
    spans = sorted(taken)   # the dates found so far do not overlap: the one starting last before a hit is enough
    span_starts = [s for s, _ in spans]
    for m in _OPEN_MONTH.finditer(text):
        k = bisect.bisect_left(span_starts, m.end()) - 1
        if k >= 0 and spans[k][1] > m.start():
            continue
        month = MONTHS[m.group("month").lower()]
        link = _RANGE_LINK.match(text, m.end())
        year = None
        if link and link.end() > m.end() and link.end() in starts:      # "from February to June 2019"
            y, mo = starts[link.end()]
            year = y - 1 if month > mo else y
        else:                                                             # "from November 2018 to February"
            for end in range(max(0, m.start() - _MAX_LINK), m.start()):   # a link is a few characters
                if end in ends and text[end:m.start()].strip() and _RANGE_LINK.fullmatch(text, end, m.start()):
                    y, mo = ends[end]
                    year = y + 1 if month < mo else y
                    break
        if year is None:
            continue
        day = m.group("day1") or m.group("day2")
        day = day if day and 1 <= int(day) <= 31 else None
        taken.append((m.start(), m.end()))
        yield m.start(), m.end(), "DATE", {"date": _iso(year, month, day)}


def find_dates(text: str) -> Iterator[tuple[int, int, str, dict]]:
    taken: list[tuple[int, int]] = []
    full: list[tuple[int, int, int, int | None]] = []   # (start, end, year, month) of the dates with a year
    for i, rx in enumerate(DATE_RES):
        for m in rx.finditer(text):
            gd = m.groupdict()
            year = int(gd["year"])
            month = day = None
            if i == 0:
                month = MONTHS[gd["month"].lower()]
                day = gd.get("day1") or gd.get("day2")
            elif i == 1:
                month, day = int(gd["mnum"]), gd.get("day1")
            else:
                a, b = gd.get("a"), int(gd["b"])
                if a is None:
                    month = b
                else:
                    a = int(a)
                    # dd/mm/yyyy unless that is impossible; ambiguous day/month keeps the year only.
                    if a > 12 >= b:
                        month, day = b, a
                    elif b > 12 >= a:
                        month, day = a, b
                    elif a == b:
                        month, day = a, a
            if month is not None and not 1 <= month <= 12:
                continue
            if day is not None and not 1 <= int(day) <= 31:
                day = None
            taken.append((m.start(), m.end()))
            full.append((m.start(), m.end(), year, month))
            yield m.start(), m.end(), "DATE", {"date": _iso(year, month, day)}
    yield from _open_months(text, full, taken)
    for m in BARE_YEAR_RE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        yield m.start(), m.end(), "DATE", {"date": m.group("year")}


def find_durations(text: str) -> Iterator[tuple[int, int, str, dict]]:
    taken: list[tuple[int, int]] = []  # earlier patterns are more specific: no overlaps
    for rx in DURATION_RES:
        for m in rx.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            n = number_value(m.group("num"))
            if n is None:
                continue
            unit = m.group("unit").lower()
            unit = _UNIT_ALIASES.get(unit, unit.rstrip("s"))
            rel = m.group("rel").lower()
            end = m.end() if rel != "of" else m.end("unit")  # "of" is not part of the mention
            taken.append((m.start(), end))
            yield m.start(), end, "DURATION", {"duration_days": float(n) * UNIT_DAYS[unit], "relative": rel}


def find_doses(text: str) -> Iterator[tuple[int, int, str, dict]]:
    for m in DOSE_RE.finditer(text):
        unit = m.group("unit").replace("²", "2").replace("^2", "").replace("μ", "µ")
        fr = m.group("fractions")
        route = m.group("route")
        sched = m.group("schedule")
        end = m.end()
        dose = {
            "amount": float(m.group("amount").replace(",", ".")),
            "unit": unit,
            "route": re.sub(r"\s+", " ", route) if route else None,
            "schedule": re.sub(r"\s+", " ", sched) if sched else None,
            "fractions": int(number_value(fr)) if fr and number_value(fr) else None,
        }
        yield m.start(), end, "DOSE", {"dose": dose}


def _course(text: str, m: re.Match, first: int, second: int) -> list[int] | None:
    """ "from grade 1 to grade 3", "G1 -> G2": a range that tells the event's course up to a higher grade
    (GRADE_COURSE rows of kg/rules/adverse_events.jsonl: the words between the two numbers, or 'from' right before
    the range) gives both grades in order, one adverse event per grade (the gold's convention 4); an uncertain grade
    ("grade 3/4", "grade 1-2") and an improvement keep one."""
    if second <= first:
        return None
    link = text[m.end("g"):m.start("g2")]
    if _GRADE_COURSE_LINK.fullmatch(link) or _GRADE_COURSE_FROM.search(text, max(0, m.start() - 40), m.start()):
        return [first, second]
    return None


def find_grades(text: str) -> Iterator[tuple[int, int, str, dict]]:
    for m in GRADE_RES[0].finditer(text):
        g = grade_number(m.group("g"))
        attrs = {}
        if m.group("g2"):
            g2 = grade_number(m.group("g2"))
            course = _course(text, m, g, g2)
            if course:
                attrs["grades"] = course
            g = max(g, g2)  # "grade 3-4": the worst grade counts
        yield m.start(), m.end(), "GRADE", {"grade": g, **attrs}
    for m in GRADE_RES[1].finditer(text):
        g = int(m.group("g") or m.group("g3"))
        attrs = {}
        if m.group("g2") or m.group("g4"):  # "G1 -> G2", "G2-3": the worst
            g2 = int(m.group("g2") or m.group("g4"))
            course = _course(text, m, g, g2) if m.group("g2") else None
            if course:
                attrs["grades"] = course
            g = max(g, g2)
        yield m.start(), m.end(), "GRADE_SHORT", {"grade": g, **attrs}


def short_grade_at(text: str, start: int) -> tuple[int, dict] | None:
    """The short grade that starts at ``start`` ("G1 -> G2", "G1 to G2", "G3") as find_grades reads it: its end and
    attributes (``grades`` when the range tells the event's course), or None."""
    m = GRADE_RES[1].match(text, start)
    if m is None or m.group("g") is None:
        return None
    g = int(m.group("g"))
    if not m.group("g2"):
        return None
    g2 = int(m.group("g2"))
    course = _course(text, m, g, g2)
    return m.end(), {"grade": max(g, g2), **({"grades": course} if course else {})}


def find_ages(text: str) -> Iterator[tuple[int, int, str, dict]]:
    """AGE_SEX spans: the patient's age in years (cues: kg/rules/patient.jsonl AGE, AGE_MONTHS;
    an age right after AGE_AGGREGATE words is a cohort statistic) and a sex noun right after it."""
    for m in _AGE.finditer(text):
        if _AGE_AGGREGATE.search(text[max(0, m.start() - 30):m.start()]):
            continue
        age = next((n for n in map(_age_number, m.groups()) if n is not None), None)
        if age is None or age > 120:
            continue
        end, sex = m.end(), None
        noun = _SEX_AFTER.match(text, end)
        if noun:
            end, sex = noun.end(), _SEX_OF[noun.group(1).lower()]
        yield m.start(), end, "AGE_SEX", {"age": age, "sex": sex}
    for m in _AGE_MONTHS.finditer(text):
        yield m.start(), m.end(), "AGE_SEX", {"age": 0, "sex": None}


_AE_RULES = rules("adverse_events")
_GRADE_COURSE_LINK = _AE_RULES.pattern("GRADE_COURSE", window="link")
_GRADE_COURSE_FROM = _AE_RULES.pattern("GRADE_COURSE", window="before")

_PATIENT_RULES = rules("patient")
_AGE = fast_start(prefiltered(_PATIENT_RULES.pattern("AGE")))                # 0.170 -> 0.101 ms/report
_AGE_MONTHS = fast_start(prefiltered(_PATIENT_RULES.pattern("AGE_MONTHS")))  # 0.090 -> 0.057
_AGE_AGGREGATE = _PATIENT_RULES.pattern("AGE_AGGREGATE")
_SEX_OF = {w: row.fields["sex"] for row in _PATIENT_RULES.rows("SEX_NOUN") for w in row.words}
_SEX_AFTER = re.compile(r"\s+(" + "|".join(sorted(_SEX_OF, key=len, reverse=True)) + r")\b", re.I)


def _age_number(tok: str | None) -> int | None:
    if not tok:
        return None
    if tok.isdigit():
        return int(tok)
    n = WORD_NUMBERS.get(tok.lower())
    return int(n) if n is not None else None
