"""Age, sex and the split of a narrative into patients ("Case 1", "Patient 2").

Cues: ``kg/rules/patient.jsonl`` (AGE, AGE_MONTHS, AGE_AGGREGATE, SEX_NOUN, SEX_*_WORD, CASE_HEADING).
"""
from __future__ import annotations

from kg.rules import rules

_NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}

_RULES = rules("patient")
_AGE = _RULES.pattern("AGE")
_MONTHS_OLD = _RULES.pattern("AGE_MONTHS")
_AGGREGATE = _RULES.pattern("AGE_AGGREGATE")
_MALE = _RULES.pattern("SEX_MALE_WORD")
_FEMALE = _RULES.pattern("SEX_FEMALE_WORD")
_SEX_NOUNS = [(row.compiled(), row.fields["sex"]) for row in _RULES.rows("SEX_NOUN")]
_CASE_HEAD = _RULES.pattern("CASE_HEADING")


def _num(tok: str) -> int | None:
    tok = tok.lower()
    if tok.isdigit():
        return int(tok)
    return _NUM_WORDS.get(tok)


def find_age(text: str) -> int | None:
    """First stated age in years; infants given in months are 0."""
    m = next((x for x in _AGE.finditer(text) if not _AGGREGATE.search(text[max(0, x.start() - 30):x.start()])), None)
    mm = _MONTHS_OLD.search(text)
    if mm and (not m or mm.start() < m.start()):
        return 0
    if not m:
        return None
    for g in m.groups():
        if g:
            n = _num(g)
            if n is not None and 0 <= n <= 120:
                return n
    return None


def find_sex(text: str) -> str | None:
    """Sex from the introducing noun ("a 23-year-old man"), else from pronoun counts."""
    first = [(m.start(), sex) for pat, sex in _SEX_NOUNS for m in [pat.search(text)] if m]
    if first:
        return min(first)[1]
    male, female = len(_MALE.findall(text)), len(_FEMALE.findall(text))
    if male > 2 * female and male >= 2:
        return "male"
    if female > 2 * male and female >= 2:
        return "female"
    return None


def case_heading_number(sentence_text: str) -> int | None:
    m = _CASE_HEAD.match(sentence_text)
    if not m:
        return None
    tok = m.group("n").lower()
    if tok.isdigit():
        return int(tok)
    return _ROMAN.get(tok)
