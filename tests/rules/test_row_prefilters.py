"""Every rule row whose pattern walks along a text has a literal prefilter (kg.rules.prefilter).

A row is searched in every sentence of every report, and ``re`` tries a case-insensitive pattern
at every position of the text: ~100 µs a sentence for one row of cue phrases. The prefilter skips
the regex on sentences that lack the literals any match must contain, so a row costs a few ``in``
tests on most sentences. A row written so that no literal can be derived (a phrase cut into
classes and repeats only: ``[a-z]+\\s+\\w+``) silently costs the full search on every sentence:
this test names it.

A pattern needs no literal condition when ``re`` does not walk along the text with it anyway
(each kind is told apart from the parsed pattern, so rows added later are judged the same way):
- it is tried at the start of the text only (every alternative begins with ``^`` / ``\\A``);
- it matches the empty string at the start of any text (a gap test read with ``fullmatch``:
  ``[\\s,]{0,4}``): a search stops at offset 0;
- it needs a digit (``v?\\d+``): ``re`` finds no digit about as fast as the test would;
- it begins with a case-sensitive literal character (``G(?=[1-5])``): ``re`` scans for that
  character itself before it tries the rest.
What none of these covers and truly cannot have a literal goes in ``ALLOWED`` with the reason.
"""
from __future__ import annotations

import re
from re import _constants as C  # noqa: N812  (the parser's op codes)
from re import _parser

import pytest

from kg.rules import RULE_FILES, rules
from kg.rules.prefilter import _DIGIT, _derive_anchored, _implies_digit, _sequence, literal_filter

# row id -> why its pattern walks the text without a literal condition (keep this short)
ALLOWED: dict[str, str] = {
    # a word set (kg/nlp/drug_compounds.py, kg/nlp/term_ruler.py COMPOUND_SHORT_FORMS): rituximab's one-letter short
    # form, looked up as a glued piece's exact text ("R-CODOX-M"), never searched along a sentence
    "dd37-compound-short-rituximab": "a word set read by exact token text, never searched",
    # spliced inside the lab-value gap pattern (kg/nlp/adverse_events.py _LAB_GAP), read with fullmatch over the gap
    # between a lab value and its grade; never searched along a sentence on its own
    "ae21-lab-grade-lead": "a piece of _LAB_GAP's fullmatch, not searched on its own",
    # kg/nlp/grades.py searches it only in the text between a sentence's start and a grade mention found there (is the
    # grade the opening of its clause?), so it never walks a sentence that has no grade
    "ae24-grade-opens-clause": "searched only on the text before a grade mention, anchored at its end",
    # kg/nlp/grades.py reads it with match() right at a grade mention's end ("Grade: 3" alone on its line or as its
    # sentence), after GRADE_ANAPHOR_OPEN held: never searched along a sentence
    "ae25-grade-line-alone": "matched only at a grade mention's end",
    # kg/nlp/grades.py searches it only in the label of a table cell (a few words), never along a sentence
    "ae31-table-other-column": "searched only in a table cell's label",
    # a word set (kg/nlp/adverse_events.py GRADE_ANAPHOR_WORDS): membership tests on a clause's words, never searched
    "ae31-grade-anaphor-word": "read as a word set, never compiled as a search",
}

_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT)
_START = (C.AT_BEGINNING, C.AT_BEGINNING_STRING)


def _rows():
    for name in RULE_FILES:
        f = rules(name)
        for cat in f.categories:
            for row in f.rows(cat):
                if row.words or row.stems or row.regex_source:   # (token patterns run on tokens)
                    yield pytest.param(row, id=f"{name}:{row.id}")


def _parsed(pattern: re.Pattern):
    return _parser.parse(pattern.pattern, pattern.flags).data


def _unwrap(data):
    """The sequence inside groups that wrap all of it (``(?:...)``)."""
    while len(data) == 1 and data[0][0] is C.SUBPATTERN:
        data = data[0][1][3].data
    return data


def starts_at_text_start(data) -> bool:
    """Does every alternative begin with a start-of-text anchor (``re`` tries offset 0 only)?"""
    data = _unwrap(data)
    if not data:
        return False
    op, av = data[0]
    if op is C.AT:
        return av in _START
    if op is C.BRANCH:
        return all(starts_at_text_start(alt.data) for alt in av[1])
    return op is C.SUBPATTERN and starts_at_text_start(av[3].data)


def matches_empty_anywhere(data) -> bool:
    """Can the sequence match the empty string whatever the text around it (every element an optional
    repeat, or a group or alternative of such)? No look-around or anchor: those depend on the text."""
    for op, av in data:
        if op in _REPEATS:
            if av[0] != 0:
                return False
        elif op is C.SUBPATTERN:
            if not matches_empty_anywhere(av[3].data):
                return False
        elif op is C.BRANCH:
            if not any(matches_empty_anywhere(alt.data) for alt in av[1]):
                return False
        else:
            return False
    return True


def needs_a_digit(pattern: re.Pattern, data) -> bool:
    _, cond = _sequence(data, bool(pattern.flags & re.IGNORECASE))
    return cond is not None and _implies_digit(cond)


def begins_with_a_cased_literal(pattern: re.Pattern, data) -> bool:
    data = _unwrap(data)
    return not pattern.flags & re.IGNORECASE and bool(data) and data[0][0] is C.LITERAL


def why_no_walk(pattern: re.Pattern) -> str | None:
    """Why ``re`` does not try ``pattern`` along the whole text, or None when it does."""
    data = _parsed(pattern)
    multiline = bool(pattern.flags & re.MULTILINE)   # "^" at every line start (the parser writes it as without)
    if not multiline and (_derive_anchored(pattern) or starts_at_text_start(data)):
        return "tried at the start of the text only"
    if matches_empty_anywhere(data):
        return "matches the empty string at offset 0"
    if needs_a_digit(pattern, data):
        return "needs a digit, which re finds as fast as the test"
    if begins_with_a_cased_literal(pattern, data):
        return "re scans for its first character itself"
    return None


def has_literal_condition(row) -> bool:
    """The row's pattern has a literal prefilter, read as the components read it (a case-sensitive
    pattern's ``(?i:...)`` words on the lower-cased text: ``prefiltered(..., fold=True)``)."""
    return literal_filter(row.compiled(), fold=row.case_sensitive) is not None


@pytest.mark.parametrize("row", list(_rows()))
def test_every_row_that_walks_the_text_has_a_literal_prefilter(row):
    if row.id in ALLOWED or has_literal_condition(row):
        return
    assert why_no_walk(row.compiled()) is not None, (
        f"row {row.id!r} ({row.file}:{row.category}): its pattern is searched at every position of a "
        "sentence and no literal it needs could be derived, so it costs a full regex search in every "
        "sentence. Write a word it always needs as a literal (not only as classes and repeats), or, "
        "if it truly has none, add it to ALLOWED with the reason.")


def test_allowed_rows_exist_and_still_need_the_exception():
    ids = {row.values[0].id: row.values[0] for row in _rows()}
    for rid, reason in ALLOWED.items():
        assert reason.strip(), rid
        assert rid in ids, f"ALLOWED names a row that no longer exists: {rid}"
        assert not has_literal_condition(ids[rid]), f"{rid} has a literal prefilter now: drop it from ALLOWED"


@pytest.mark.parametrize("source, flags", [
    (r"\b[a-z]+\s+\w+", re.I),                  # classes and repeats only
    (r"(?:\w+\s+){0,3}(?:[a-z]{4,})\b", re.I),   # a repeat that can match nothing, then a class
    (r"\b(?:[a-z]+|\w)\s+[A-Z]{2,}", 0),
])
def test_a_pattern_without_literals_is_caught(source, flags):
    pattern = re.compile(source, flags)
    assert literal_filter(pattern) is None
    assert why_no_walk(pattern) is None


@pytest.mark.parametrize("source, flags", [
    (r"^\s*[a-z]+\s*\d+", re.I),                 # the start of the text only
    (r"\A[a-z]+\s|^\W*\w+", re.I),
    (r"[\s,;:-]{0,4}", re.I),                     # a gap read whole: empty at offset 0
    (r"(?:(?!and\b)[\w-]+\s+){0,3}", re.I),
    (r"v?\d+(?:\.\d+)*", re.I),                   # a digit
    (r"G(?=[1-5]\b)", 0),                         # re's own scan for "G"
])
def test_patterns_re_does_not_walk_with_are_told_apart(source, flags):
    pattern = re.compile(source, flags)
    assert literal_filter(pattern) is None
    assert why_no_walk(pattern) is not None


def test_a_multiline_caret_walks_the_lines():
    assert why_no_walk(re.compile(r"^[a-z]+\s+[a-z]+", re.I | re.M)) is None
    assert why_no_walk(re.compile(r"^[a-z]+\s+[a-z]+", re.I)) is not None


def test_the_digit_condition_is_the_prefilter_module_s_own():
    # needs_a_digit reads the same condition kg.rules.prefilter derives (its digit test, _D)
    assert _DIGIT.code() == "_D(t)"
    assert needs_a_digit(re.compile(r"[1-4]\s*mg"), _parsed(re.compile(r"[1-4]\s*mg")))
    assert not needs_a_digit(re.compile(r"[a-d]\s*\w"), _parsed(re.compile(r"[a-d]\s*\w")))
