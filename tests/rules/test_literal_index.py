"""kg/rules/literal_index.py and the set forms of kg.rules.prefilter: the literals of a text found
in one pass, and every filter's set form answers as its text form (same rules, later rows too)."""
from __future__ import annotations

import re

import pytest

from kg.rules import literal_index, rules
from kg.rules.literal_index import LiteralIndex
from kg.rules.prefilter import (MatchesAnywhere, _analysis, literal_filter, literal_filter_in, prefiltered,
                                row_picker, search_known)

pytest.importorskip("ahocorasick")

# made-up sentences, in the words case reports use (none copied from a report)
SENTENCES = [
    "she was started on crizotinib and had a partial response after two cycles.",
    "he declined further chemotherapy and chose hospice care at home.",
    "similar cases have been reported previously by several groups (smith et al.).",
    "the hers2 status was equivocal; fish showed no amplification.",
    "in our patient, grade 3 neutropenia resolved once the dose was held.",
    "",
]


def test_every_registered_literal_is_found_overlapping_ones_too():
    index = LiteralIndex()
    index.register(["she ", "he ", "hers", "her", "response", "respon", "ponse"])
    text = "ushers said she had a response"
    assert index.literals_in(text) == {w for w in ["she ", "he ", "hers", "her", "response", "respon", "ponse"]
                                       if w in text}


def test_a_literal_registered_after_a_text_was_read_is_found_in_it():
    index = LiteralIndex()
    index.register(["relapse"])
    assert index.literals_in("no relapse after surgery") == {"relapse"}
    index.register(["surgery"])   # a filter built later (rules loaded late): the automaton is rebuilt
    assert index.literals_in("no relapse after surgery") == {"relapse", "surgery"}


def test_without_registered_literals_nothing_is_known():
    assert LiteralIndex().literals_in("any text") is None


def _rule_patterns():
    """Every row pattern and category alternation of the context and sentence rules (rows added
    later are read the same way)."""
    out = []
    for name in ("sentences", "context"):
        f = rules(name)
        for r in f.rules:
            out.append(r.compiled())
    return out


def test_the_set_form_of_every_rule_filter_answers_as_its_text_form():
    checked = 0
    for pattern in _rule_patterns():
        text_form, set_form = literal_filter(pattern), literal_filter_in(pattern)
        if set_form is None:
            continue
        for t in SENTENCES:   # (lower case: what a case-insensitive filter reads)
            assert bool(set_form(t, literal_index.literals_in(t))) == bool(text_form(t)), (pattern.pattern[:80], t)
        checked += 1
    assert checked > 50


def test_the_set_form_looks_up_longer_literals_and_searches_short_ones():
    pattern = re.compile(r"\bis\b.{0,40}\b(?:reported|described)\b", re.I)
    found = _analysis(pattern)
    assert "'reported' in S" in found["set_filter"] and "'described' in S" in found["set_filter"]
    assert "'is' in t" in found["set_filter"]   # two characters: searched in the text
    assert found["indexed"] == ["described", "reported"]


def test_row_picker_set_form_picks_the_same_rows():
    rows = [re.compile(p, re.I) for p in (r"\bet al\b", r"\bpreviously (?:reported|described)\b",
                                          r"\bour patient\b", r"\bgrade [1-4]\b")]
    pairs = [(literal_filter(r), r) for r in rows]
    text_pick, set_pick = row_picker(pairs), row_picker(pairs, with_set=True)
    for s in SENTENCES:
        assert set_pick(s, literal_index.literals_in(s)) == text_pick(s), s


def test_matches_anywhere_with_known_literals_answers_as_without():
    f = rules("sentences")
    for cat in ("LITERATURE", "OTHER_REPORT", "PATIENT_ANCHOR"):
        anywhere = MatchesAnywhere(f.pattern(cat), [r.compiled() for r in f.rows(cat)])
        for s in SENTENCES:
            lits = literal_index.literals_in(s.lower())
            assert anywhere(s, lits) == anywhere(s), (cat, s)
            assert anywhere.narrowed(s, lits) == anywhere.narrowed(s), (cat, s)


def test_search_known_is_search():
    pattern = prefiltered(re.compile(r"\b(?:organoids?|xenografts?) (?:were )?(?:established|derived)\b", re.I))
    for s in SENTENCES + ["Organoids were established from the resected tumour.",
                          "A xenograft derived from her biopsy grew in mice."]:
        low = s.lower()
        found = search_known(pattern, s, low, literal_index.literals_in(low))
        plain = pattern.search(s)
        assert (found is None) == (plain is None) and (found is None or found.span() == plain.span()), s
