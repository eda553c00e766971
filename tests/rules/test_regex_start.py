"""kg.rules.regex_start: a pattern with its first characters tested up front matches exactly as before."""
from __future__ import annotations

import re

from kg.nlp import measures
from kg.rules.prefilter import PrefilteredPattern, prefiltered
from kg.rules.regex_start import fast_start, first_chars

# made-up sentences, with dates, years, grades, ages, doses and durations in several wordings
TEXTS = [
    "In mid-2019 a 54-year-old woman was seen; on 3 March 2020 she started drug X 40 mg/m2 orally twice daily.",
    "Grade 3-4 neutropenia (G2 -> G3) occurred after two weeks; CTCAE 2 rash resolved within 10 days.",
    "A seven-month-old boy, aged 7 months, was treated in 12/2018 and again on 2021-04-05 (1998 cases, 2005 mg).",
    "II-degree mucositis, grade II/III fatigue and grades 1 to 2 nausea were recorded between 1999 and 2001.",
    "Ünïcode text: 41-year-old männlich patient, Gr. 2 diarrhea, 60 Gy in 30 fractions over six weeks.",
    "",
]


def _spans(rx, text):
    return [(m.span(), m.groupdict()) for m in rx.finditer(text)]


def test_first_chars_exact_or_unknown():
    assert first_chars(r"(?<![\w./:-])(?:19[5-9]|20[0-4])\d", 0) == "[12]"
    assert first_chars(r"\bx|y?", 0) is None          # may match nothing
    assert first_chars(r"[^.;]+", 0) is None          # a negated class: not known


def test_fast_start_same_matches_as_the_measure_patterns():
    originals = {"bare year": measures.BARE_YEAR_RE, "grade": measures.GRADE_RES[0], "age": measures._AGE,
                 "age in months": measures._AGE_MONTHS, "dose": measures.DOSE_RE}
    originals.update({f"date {i}": rx for i, rx in enumerate(measures.DATE_RES)})
    for name, fast in originals.items():
        plain = getattr(fast, "_re", fast)
        plain = re.compile(re.sub(r"^\(\?=\[[^\]]*\]\)\(\?:(.*)\)$", r"\1", plain.pattern, flags=re.S), plain.flags)
        for text in TEXTS:
            assert _spans(fast, text) == _spans(plain, text), (name, text)
    assert any(_spans(measures.BARE_YEAR_RE, t) for t in TEXTS)
    assert any(_spans(measures._AGE, t) for t in TEXTS)


def test_fast_start_keeps_the_prefilter_and_leaves_unknown_patterns_alone():
    rx = prefiltered(re.compile(r"(?<![\w-])(?:alpha|beta)\b"))
    assert isinstance(rx, PrefilteredPattern)
    fast = fast_start(rx)
    assert isinstance(fast, PrefilteredPattern) and fast._may_match is rx._may_match
    assert fast._re.pattern.startswith("(?=[")
    assert [m.span() for m in fast.finditer("x alpha, beta-alpha")] == [m.span() for m in rx.finditer("x alpha, beta-alpha")]
    unknown = re.compile(r"[^a]*b")
    assert fast_start(unknown) is unknown


def test_a_case_sensitive_group_in_a_folding_pattern_keeps_its_first_characters():
    # "(?-i:...)" inside an IGNORECASE pattern: its first letters, tested in any case, still cover
    # every match; a group that adds IGNORECASE to a case-sensitive pattern stays unknown
    assert first_chars(r"(?-i:\b(?:in|of)\s+[A-Z]+-\d)", re.I) == "[io]"
    assert first_chars(r"(?i:\bwith\b)", 0) is None
    rx = re.compile(r"(?-i:\b(?:in|of)\s+(?:the\s+)?[A-Z][A-Za-z]*-\d{1,3}\b)", re.I)
    fast = fast_start(rx)
    assert fast is not rx
    texts = ["Results of KEYNOTE-189 and of the CheckMate-9 trial were cited.", "IN ALEX-3, Of CROWN-1 in alex-3",
             "She was treated in Hall-2 ward of the clinic.", ""]
    for text in texts:
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in rx.finditer(text)], text
    assert fast.search(texts[0]) is not None and fast.search(texts[1]) is None


def test_patterns_anchored_at_the_start_are_not_wrapped():
    """re tries an anchored search at the start only; a look-ahead in front would have it try every
    position (measured ~10x slower on a sentence)."""
    for source in (r"^\s*(?:then\s+)?(?:he|she)\b", r"(?:^was given)|(?:^\W*started)", r"\Aafter\b", r"(^x)"):
        rx = re.compile(source, re.I)
        assert fast_start(rx) is rx, source
    for source in (r"(?:^|(?<=:\s))\d+ years", r"(?m:^)he\b", r"\bhe\b"):
        rx = re.compile(source, re.I)
        fast = fast_start(rx)
        for text in ("He was seen; then he left.", "Age: 44 years", "then she went home", ""):
            assert _spans(fast, text) == _spans(rx, text)
    rx = re.compile(r"^he\b", re.I | re.M)   # every line start: not the text's start only
    assert fast_start(rx) is not rx and _spans(fast_start(rx), "x\nhe went") == _spans(rx, "x\nhe went")


def test_one_parse_serves_both_tests_in_any_order():
    # fast_start asks anchored_at_start, then first_chars, of one pattern: the parse they share
    # (kept for the last few patterns) gives each the answer it gives alone, in either order
    from kg.rules import regex_start as R

    sources = [(r"\b(?:he|his|man)\b", re.I), (r"^\s*(?:case|patient)\b", re.I), (r"x?", 0),
               (r"(?:^a|^b)", 0), (r"[^.;]{0,40}for", 0), (r"\bt\(\s*9\s*;\s*22\s*\)", 0)]
    alone = []
    for src, fl in sources:
        R._parsed.cache_clear()
        alone.append((R.anchored_at_start(re.compile(src, fl)), R._parsed.cache_clear() or R.first_chars(src, fl)))
    R._parsed.cache_clear()
    both = [(R.anchored_at_start(re.compile(src, fl)), R.first_chars(src, fl)) for src, fl in sources]
    rev = [(R.anchored_at_start(re.compile(src, fl)), R.first_chars(src, fl)) for src, fl in reversed(sources)]
    assert both == alone == rev[::-1]
    assert alone[0] == (False, "[hm]") and alone[1][0] is True and alone[2] == (False, None)
    for src, fl in sources:   # and the wrapped pattern matches as the plain one on made-up text
        text = "His case: t(9;22) for the man, then a patient, he said x."
        plain, fast = re.compile(src, fl), fast_start(re.compile(src, fl))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
