"""Sex and case headings ("Case 1", "Patient 2"). Age is read by the NLP (AGE_SEX spans,
``kg/nlp/measures.py``). Cues: ``kg/rules/patient.jsonl`` (SEX_NOUN, SEX_*_WORD, CASE_HEADING).
"""
from __future__ import annotations

from kg.rules import rules

_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}

_RULES = rules("patient")
_MALE = _RULES.pattern("SEX_MALE_WORD")
_FEMALE = _RULES.pattern("SEX_FEMALE_WORD")
_SEX_NOUNS = [(row.compiled(), row.fields["sex"]) for row in _RULES.rows("SEX_NOUN")]
_CASE_HEAD = _RULES.pattern("CASE_HEADING")


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
