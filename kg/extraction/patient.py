"""Sex and case headings ("Case 1", "Patient 2"). Age is read by the NLP (AGE_SEX spans,
``kg/nlp/measures.py``). Cues (``kg/rules/patient.jsonl``: SEX_NOUN, SEX_*_WORD, CASE_HEADING) are
``kg_cues`` spans of the sentences; a section heading, which is no sentence, is read with
``kg.nlp.cues.label_match``.
"""
from __future__ import annotations

from kg.extraction.mentions import Sentence
from kg.nlp.cues import Cue, CueSpan, label_match, rows_of

# the sex each SEX_NOUN row names (a field of the row)
_SEX_OF_ROW = {r.id: r.fields["sex"] for r in rows_of(Cue.SEX_NOUN)}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
# "The second patient was ...": a series told without headings (case-ordinal-opener, kg/rules/patient.jsonl)
_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
# "Case two", "Patient B" (a capital letter: case-heading, kg/rules/patient.jsonl)
_WORD = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_LETTER = {"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6}


def sex_cue(sentences: list[Sentence]) -> CueSpan | None:
    """The first introducing noun ("a 23-year-old man") of the sentences (SEX_NOUN)."""
    for s in sentences:
        hits = s.cues(Cue.SEX_NOUN)
        if hits:
            return min(hits, key=lambda h: (h.start, _noun_sex(h)))
    return None


def _noun_sex(hit: CueSpan) -> str:
    return _SEX_OF_ROW[hit.rule]


def find_sex(sentences: list[Sentence]) -> str | None:
    """Sex from the introducing noun ("a 23-year-old man"), else from pronoun counts."""
    noun = sex_cue(sentences)
    if noun is not None:
        return _noun_sex(noun)
    male = sum(len(s.cues(Cue.SEX_MALE_WORD)) for s in sentences)
    female = sum(len(s.cues(Cue.SEX_FEMALE_WORD)) for s in sentences)
    if male > 2 * female and male >= 2:
        return "male"
    if female > 2 * male and female >= 2:
        return "female"
    return None


def _number(token: str) -> int | None:
    token = token.lower()
    return int(token) if token.isdigit() else \
        _ROMAN.get(token) or _ORDINAL.get(token) or _WORD.get(token) or _LETTER.get(token)


def case_heading_number(heading: str) -> int | None:
    """The case a section heading opens ("Case 2", "Patient II")."""
    m = label_match(Cue.CASE_HEADING, heading)
    return _number(m.group("n")) if m else None


def case_number_of(s: Sentence) -> int | None:
    """The case a sentence opens ("Case 2: A 60-year-old man ...")."""
    cue = s.cue(Cue.CASE_HEADING)
    return _number(cue.value) if cue is not None and cue.start == s.start else None


