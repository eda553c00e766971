"""Sentence splitting and the date/duration/dose regexes, on case-report phrasing."""
from __future__ import annotations

import pytest

from kg.nlp.sentencizer import sentence_starts
from kg.nlp.measures import find_dates, find_doses, find_durations, find_grades


def split(text):
    cuts = [0, *sentence_starts(text), len(text)]
    return [text[a:b].strip() for a, b in zip(cuts, cuts[1:])]


def test_abbreviations_and_decimals_do_not_end_sentences():
    text = ("As reported by Lovly et al. (2014), ROS1 fusions occur (Fig. 2). Doses were 1.2 mg/m2 i.v. on day 1 "
            "vs. approx. 2.5 mg/m2 later, e.g. Crizotinib. The patient improved.")
    assert split(text) == [
        "As reported by Lovly et al. (2014), ROS1 fusions occur (Fig. 2).",
        "Doses were 1.2 mg/m2 i.v. on day 1 vs. approx. 2.5 mg/m2 later, e.g. Crizotinib.",
        "The patient improved.",
    ]


def test_a_grade_abbreviated_before_its_number_does_not_end_a_sentence():
    text = "Toxicity: hand-foot syndrome gr. 3 (capecitabine). Fatigue Gr. 1 followed. She was given 2 gr. Then it stopped."
    assert split(text) == ["Toxicity: hand-foot syndrome gr. 3 (capecitabine).", "Fatigue Gr. 1 followed.",
                           "She was given 2 gr.", "Then it stopped."]


def test_blank_lines_end_sentences_and_initials_do_not():
    text = "Case Presentation\n\nA 24-year-old man was referred by J. Smith. He had pain."
    assert split(text) == ["Case Presentation", "A 24-year-old man was referred by J. Smith.", "He had pain."]


def test_table_rows_and_page_link_lines_end_at_their_line_break():
    text = ("Table 1\nLipids on lorlatinib\nParameter | Baseline | Week 4\nTriglycerides (mmol/L) | 1.4 | 4.9\n"
            "Open in a separate window\nAfter four weeks, she developed grade 2 hypertriglyceridemia.")
    assert split(text) == [
        "Table 1\nLipids on lorlatinib\nParameter | Baseline | Week 4",
        "Triglycerides (mmol/L) | 1.4 | 4.9",
        "Open in a separate window",
        "After four weeks, she developed grade 2 hypertriglyceridemia.",
    ]
    # a line broken inside a sentence (no cells) stays one sentence
    assert split("Crizotinib was started\nin May 2019.") == ["Crizotinib was started\nin May 2019."]


def test_bulleted_items_on_lines_of_their_own_are_sentences():
    text = "* 61-year-old man, lung adenocarcinoma (2020)\n* ADT since 2020\n\u2022 Osimertinib from May 2021"
    assert split(text) == ["* 61-year-old man, lung adenocarcinoma (2020)", "* ADT since 2020",
                           "\u2022 Osimertinib from May 2021"]
    assert split("She received crizotinib -\nand then lorlatinib.") == ["She received crizotinib -\nand then lorlatinib."]


@pytest.mark.parametrize("text,iso", [
    ("In May 2019 he relapsed", "2019-05"),
    ("seen on March 15, 2020 in clinic", "2020-03-15"),
    ("seen on 15 March 2020 in clinic", "2020-03-15"),
    ("stopped in 11/2021.", "2021-11"),
    ("diagnosed in 2019, he", "2019"),
    ("scan of 2020-03-15 showed", "2020-03-15"),
    ("started in mid-2019 and", "2019"),
    ("until late-2020, when", "2020"),
])
def test_dates(text, iso):
    assert [d[3]["date"] for d in find_dates(text)] == [iso]


@pytest.mark.parametrize("text,dates", [
    # a month without its year at one end of a range takes the range's year
    ("given from February to June 2019, when", [("February", "2019-02"), ("June 2019", "2019-06")]),
    ("between March and May 2018 she", [("March", "2018-03"), ("May 2018", "2018-05")]),
    ("from 5 February to 20 June 2019", [("5 February", "2019-02-05"), ("20 June 2019", "2019-06-20")]),
    ("(Feb–Jun 2019)", [("Feb", "2019-02"), ("Jun 2019", "2019-06")]),
    ("from November to February 2019", [("November", "2018-11"), ("February 2019", "2019-02")]),
    ("from November 2018 to February, when", [("November 2018", "2018-11"), ("February", "2019-02")]),
    # year precision for the parts of a year
    ("in early 2019 she", [("2019", "2019")]),
    ("until late 2017, when", [("2017", "2017")]),
    # a month alone is no date; a name that begins like a month is no month
    ("seen in March. In June 2019 he", [("June 2019", "2019-06")]),
    ("Marcus to June 2019", [("June 2019", "2019-06")]),
])
def test_month_ranges_and_parts_of_years(text, dates):
    assert sorted((text[s:e], a["date"]) for s, e, _, a in find_dates(text)) == sorted(dates)


@pytest.mark.parametrize("text", ["crizotinib 2000 mg daily", "doi: 10.3389/fonc.2021.658327",
                                  "a 2019 patients cohort", "ALK (p.F1174L) at position 1174", "sample 12-2019 was"])
def test_numbers_that_are_not_dates(text):
    assert list(find_dates(text)) == []


@pytest.mark.parametrize("text,days,rel", [
    ("One year later, the tumor recurred", 365.0, "later"),
    ("ten days after the first dose", 10.0, "after"),
    ("after 3 months of therapy", 90.0, "after"),
    ("two weeks after surgery", 14.0, "after"),
])
def test_relative_durations(text, days, rel):
    (d,) = list(find_durations(text))
    assert d[3] == {"duration_days": days, "relative": rel}


def test_age_is_not_a_duration():
    assert list(find_durations("a 24-year-old man")) == []


@pytest.mark.parametrize("text,dose", [
    ("250 mg orally, twice daily", {"amount": 250.0, "unit": "mg", "route": "orally", "schedule": "twice daily",
                                    "fractions": None}),
    ("20 Gy in two fractions", {"amount": 20.0, "unit": "Gy", "route": None, "schedule": None, "fractions": 2}),
    ("54 Gy in 25 sessions", {"amount": 54.0, "unit": "Gy", "route": None, "schedule": None, "fractions": 25}),
    ("vinorelbine 1.2 mg/m2 on day 1", {"amount": 1.2, "unit": "mg/m2", "route": None, "schedule": None,
                                        "fractions": None}),
    ("prednisone 100 mg/day", {"amount": 100.0, "unit": "mg/day", "route": None, "schedule": None,
                               "fractions": None}),
])
def test_doses(text, dose):
    (d,) = list(find_doses(text))
    assert d[3]["dose"] == dose


def test_sizes_are_not_doses():
    assert list(find_doses("a 5 cm mass and 12 mm nodules")) == []


@pytest.mark.parametrize("text,grade,span", [
    ("grade 3 and 4 neutropenia", 4, "grade 3 and 4"),
    ("grades 3–4 neutropenia", 4, "grades 3–4"),
    ("grade III or IV diarrhea", 4, "grade III or IV"),
    ("grade 3 and grade 4 toxicities", 4, "grade 3 and grade 4"),
    ("grade 2 nausea and 3 weeks later", 2, "grade 2"),   # a number of weeks is no second grade
    ("grade 2 and 3 patients", 2, "grade 2"),
    # a grade told with the verb
    ("the colitis was graded 3 and budesonide was begun", 3, "graded 3"),
    ("mucositis, graded as grade 2 by the nurse", 2, "graded as grade 2"),
])
def test_grade_ranges_keep_their_worst_grade(text, grade, span):
    (g,) = [g for g in find_grades(text) if g[2] == "GRADE"]
    assert (g[3]["grade"], text[g[0]:g[1]]) == (grade, span)


def test_duration_patterns_with_the_number_start_lookahead_find_what_they_found_without():
    """measures._NUM_START (a lookahead on what a number can start with) only saves work: the
    duration patterns find the same spans and groups as the same patterns without it."""
    import re as _re
    from pathlib import Path as _Path

    from kg.nlp import measures

    texts = ["one year later", "Two weeks after", "3 months of therapy", "after 3 months", "ſix days later",
             "HALF A year ago", "an hour post", "twenty-four months of age", "eleven-days before", "A few months later",
             "ten days, 12 weeks and three months of follow-up; 1.5 years earlier"]
    seeds = _Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "seeds"
    if seeds.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(seeds.iterdir())]
    checked = 0
    for rx in measures.DURATION_RES:
        raw = getattr(rx, "_re", rx)
        if measures._NUM_START not in raw.pattern:
            continue
        plain = _re.compile(raw.pattern.replace(measures._NUM_START, ""), raw.flags)
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in plain.finditer(text)], text[:80]
        checked += 1
    assert checked == 2


def test_number_words_grouped_by_first_letter_find_what_the_plain_alternation_found():
    """measures._NUMWORD (the number words grouped by first letter, for speed) matches as the plain
    alternation of the words in the same order does: spans and groups of every duration pattern."""
    import re as _re

    from kg.nlp import measures

    assert measures._by_first_letter(["a half", "an", "one", "a"]) == r"a(?:\ half|n|)|one"
    plain_words = "|".join(measures._NUMWORDS)
    texts = ["a half year later", "An hour post surgery", "HALF A year ago", "ſeven days later", "eleven-days before",
             "for a year and a half months", "thirteen weeks of therapy, then fourteen months of follow-up",
             "after twenty weeks", "a few months later", "one-month after", "seventy days of age", "an 8-week course"]
    checked = 0
    for rx in measures.DURATION_RES:
        raw = getattr(rx, "_re", rx)
        if measures._NUMWORD not in raw.pattern:
            continue
        plain = _re.compile(raw.pattern.replace(measures._NUMWORD, plain_words), raw.flags)
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in rx.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in plain.finditer(text)], text
        checked += 1
    assert checked == 3
    assert [m.group("num") for m in measures.DURATION_RES[0].finditer("a half year later; an hour later")] == \
        ["a half", "an"]


def test_hyphen_and_dash_bullets_on_lines_of_their_own_are_sentences():
    # a Markdown or e-mail list: "- item" / "– item", one fact a line, often without a period
    text = "Findings:\n- 70-year-old man, ex-smoker\n- Biopsy: squamous carcinoma\n\u2013 Cetuximab from June 2022"
    assert split(text) == ["Findings:", "- 70-year-old man, ex-smoker", "- Biopsy: squamous carcinoma",
                           "\u2013 Cetuximab from June 2022"]
    # a hyphen inside a line, or a word broken over a line, starts no sentence
    assert split("She had a 3-week break - then resumed.\nDose-\nreduced later.") == [
        "She had a 3-week break - then resumed.", "Dose-\nreduced later."]
