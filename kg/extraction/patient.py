"""Age, sex and the split of a narrative into patients ("Case 1", "Patient 2")."""
from __future__ import annotations

import re

_NUM_WORDS = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}

_AGE = re.compile(
    r"\b(\d{1,3}|" + "|".join(_NUM_WORDS) + r")[- ](?:years?|yrs?|yr)[- ]?old\b"
    r"|\baged? (?:of )?(\d{1,3})(?: years)?\b"
    r"|\b(\d{1,3})[- ]?(?:year|yr)s?[- ]of[- ]age\b"
    r"|\b(\d{1,3})\s?(?:y/o|yo)\b",
    re.I,
)
_MONTHS_OLD = re.compile(r"\b(\d{1,2}|" + "|".join(_NUM_WORDS) + r")[- ]months?[- ]old\b", re.I)

_MALE = re.compile(r"\b(?:man|male|boy|gentleman|he|his|him|mr\.?|father|son)\b", re.I)
_FEMALE = re.compile(r"\b(?:woman|female|girl|lady|she|her|hers|mrs\.?|ms\.?|mother|daughter|pregnan\w*)\b", re.I)
_SEX_NOUN = re.compile(r"\b(man|male|boy|gentleman|woman|female|girl|lady)\b", re.I)

_CASE_HEAD = re.compile(r"^\s*(?:case|patient)\s*(?:no\.?\s*)?(\d+|[ivx]+)\b\s*[:.)\-–]?", re.I)


def _num(tok: str) -> int | None:
    tok = tok.lower()
    if tok.isdigit():
        return int(tok)
    return _NUM_WORDS.get(tok)


def find_age(text: str) -> int | None:
    """First stated age in years; infants given in months are 0."""
    m = next((x for x in _AGE.finditer(text)
              if not re.search(r"(?:median|mean|average|range|aged between)\W+(?:\w+\W+){0,2}$", text[max(0, x.start() - 30):x.start()], re.I)), None)
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
    m = _SEX_NOUN.search(text)
    if m:
        return "male" if m.group(1).lower() in {"man", "male", "boy", "gentleman"} else "female"
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
    tok = m.group(1).lower()
    if tok.isdigit():
        return int(tok)
    roman = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
    return roman.get(tok)
