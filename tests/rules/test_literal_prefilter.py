"""kg.rules.prefilter: a pattern behind its literal prefilter gives exactly the regex's results."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.rules import RULE_FILES, rules
from kg.rules.prefilter import FOLD_TRAPS, PrefilteredPattern, literal_filter, prefiltered, uncased

SHARED = Path(__file__).resolve().parents[2].parent / "shared"


def _every_pattern():
    """Every category pattern and every row pattern of every rule file (as the components compile them)."""
    for name in RULE_FILES:
        f = rules(name)
        for cat in f.categories:
            yield f"{name}:{cat}", f.pattern(cat)
            for row in f.rows(cat):
                yield f"{name}:{row.id}", row.compiled()


PATTERNS = dict(_every_pattern())


def _rule_texts() -> list[str]:
    out = []
    for name in RULE_FILES:
        for row in rules(name).rules:
            for ex in row.examples + row.counter_examples:
                out.append(ex if isinstance(ex, str) else ex[0])
    return out


def _corpus_sentences(limit: int = 4000) -> list[str]:
    """Sentence-sized pieces of real reports (the seeds and the CaseReportBench texts), if present."""
    import json

    texts = []
    seeds = SHARED / "corpus" / "seeds"
    if seeds.is_dir():
        texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(seeds.iterdir())]
    crb = SHARED / "corpus" / "text" / "casereportbench_cases.json"
    if crb.exists():
        data = json.loads(crb.read_text(encoding="utf-8"))
        texts += [v for item in data for v in (item.values() if isinstance(item, dict) else [item])
                  if isinstance(v, str)]
    pieces = [p for t in texts for p in re.split(r"(?<=[.;])\s+", t) if p.strip()]
    return pieces[:limit]


def _same(pattern: re.Pattern, fast, text: str) -> None:
    def key(m):
        return None if m is None else (m.span(), m.group(0), m.groups())

    assert key(fast.search(text)) == key(pattern.search(text))
    assert key(fast.match(text)) == key(pattern.match(text))
    assert key(fast.fullmatch(text)) == key(pattern.fullmatch(text))
    assert [key(m) for m in fast.finditer(text)] == [key(m) for m in pattern.finditer(text)]
    assert fast.findall(text) == pattern.findall(text)
    assert fast.sub("#", text) == pattern.sub("#", text)
    assert fast.subn("#", text) == pattern.subn("#", text)


def test_fold_traps_are_every_character_re_matches_to_an_ascii_letter_unlike_lower():
    """A non-ASCII character that `re` (IGNORECASE) matches to an ASCII literal is either found by
    str.lower() (the Kelvin sign -> "k") or listed in FOLD_TRAPS (the text then goes to the regex)."""
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    missed = {}
    for code in range(0x20, 0x7F):
        a = chr(code)
        for ch in re.compile(re.escape(a), re.I).findall(every):
            if ch not in FOLD_TRAPS and a.lower() not in ch.lower():
                missed[ch] = a
    assert not missed
    assert all(re.fullmatch(a, t, re.I) for a, t in (("i", "\u0130"), ("i", "\u0131"), ("s", "\u017f")))


def test_characters_without_case_are_matched_by_re_only_to_themselves_and_kept_by_lower():
    """The non-ASCII characters a case-insensitive condition may name (kg.rules.prefilter.uncased):
    ``re`` (IGNORECASE) matches each of them to itself and nothing else, and str.lower() keeps them."""
    every = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    kept = [ch for ch in every if uncased(ch)]
    assert "\u2022" in kept and "\u2013" in kept and "\u00b5" not in kept and "\u0130" not in kept
    assert all(ch.lower() == ch for ch in kept)
    runs, start = [], None   # the kept characters as one class of ranges
    for prev, ch in zip([None] + kept, kept):
        if prev is None or ord(ch) != ord(prev) + 1:
            if start is not None:
                runs.append((start, prev))
            start = ch
    runs.append((start, kept[-1]))
    cls = re.compile("[" + "".join(re.escape(a) + "-" + re.escape(b) for a, b in runs) + "]", re.I)
    assert cls.findall(every) == kept
    assert not cls.findall("".join(chr(c) for c in range(0x80)))


def test_a_bullet_or_dash_is_a_literal_of_a_case_insensitive_pattern():
    pat = re.compile(r"^\s*[*\u2022\u25aa][ \t]+\S|\S[ \t]+\|[ \t]+\S", re.I)
    cond = literal_filter(pat)
    assert cond is not None
    assert cond("\u2022 alectinib from may 2021") and cond("cycle 2 | pr")
    assert not cond("she was given alectinib in may 2021.")
    fast = prefiltered(pat)
    for text in ("\u2022 Alectinib from May 2021", "  * Cycle 3", "Cycle 2 | PR | none", "No bullet here.",
                 "\u0130 \u2022 dotted capital first"):
        _same(pat, fast, text)


def test_the_filter_rules_out_only_texts_without_the_words():
    cond = literal_filter(re.compile(r"\bprevious stud(?:y|ies)\b|\bNCT\d+", re.I))
    assert cond is not None
    assert cond("in a previous study, x") and cond("see nct01234")
    assert not cond("the students were previously seen")  # neither "previous study/studies" nor "nct"


def test_patterns_without_literals_are_left_as_they_are():
    for source in (r"\d+", r"[A-Z][a-z]+", r"(\w+)\s+\1", r"a|\d"):
        pat = re.compile(source)
        assert prefiltered(pat) is pat


def test_the_stand_in_passes_attributes_and_pickles():
    import pickle

    pat = re.compile(r"\b(?P<w>complete|partial) response\b", re.I)
    fast = prefiltered(pat)
    assert isinstance(fast, PrefilteredPattern)
    assert (fast.pattern, fast.flags, fast.groups, fast.groupindex) == (pat.pattern, pat.flags, pat.groups,
                                                                          pat.groupindex)
    again = pickle.loads(pickle.dumps(fast))
    assert again.search("A Partial Response.").group("w") == "Partial"
    assert fast.search("no answer") is None


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_every_rule_pattern_gives_the_same_results(name):
    pattern = PATTERNS[name]
    fast = prefiltered(pattern)
    texts = _rule_texts()
    texts += [t.upper() for t in texts[:200]] + [t.replace("i", "\u0131").replace("s", "\u017f") for t in texts[:200]]
    for text in texts:
        _same(pattern, fast, text)


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus is absent (a fresh clone)")
def test_every_rule_category_gives_the_same_results_on_report_sentences():
    sentences = _corpus_sentences(1500)
    assert len(sentences) == 1500
    for name, pattern in PATTERNS.items():
        if ":" in name and name.split(":")[1] not in rules(name.split(":")[0]).categories:
            continue  # rows: their categories hold them
        fast = prefiltered(pattern)
        for text in sentences:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in pattern.finditer(text)], name


_WORDS = ["previous", "study", "studies", "trial", "et", "al", "patient", "the", "we", "report", "case", "of",
          "a", "an", "year", "old", "n", "=", "3", "%", "ORR", "response", "partial", "complete", "nct", "0"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + [" ", "-", ".", ";", "\u0130", "\u212a", "S", "\u017f"]), max_size=14),
       st.sampled_from(sorted(PATTERNS)))
def test_random_texts_of_cue_words_give_the_same_results(words, name):
    text = "".join(w if w in " -.;" else w + " " for w in words)
    _same(PATTERNS[name], prefiltered(PATTERNS[name]), text)


def test_patterns_anchored_at_the_start_that_fail_at_once_are_left_as_they_are():
    for source in (r"^-?(?:negative|neg)\b", r"(?:^\s*,?\s*was negative)|(?:^\W*not detected)", r"\Aabc",
                   r"^\d{1,3}\.\s+[A-Z]\w+ et al"):
        pat = re.compile(source, re.I)
        assert prefiltered(pat) is pat, source
    assert isinstance(prefiltered(re.compile(r"(?:^was negative)|(?:not detected)")), PrefilteredPattern)


@pytest.mark.parametrize("source", [
    r"^[^.;]{0,40}?\bwas negative\b",                       # a lazy walk up to 40 characters
    r"(?:^\s*was negative)|(?:^[^.;]{0,40}?not detected)",    # one alternative walks
    r"^\W*(?:\w+\W+){0,6}?this plan was abandoned",          # words skipped before the cue
    r"^(?!.*\bgiven\b).*\bplanned\b",                       # a look-ahead reads the whole text
    r"^(?:[^:|]{1,40}:\s*)?not given",                       # an optional label of up to 40 characters
])
def test_anchored_patterns_that_walk_along_the_text_are_prefiltered(source):
    pat = re.compile(source, re.I)
    fast = prefiltered(pat)
    assert isinstance(fast, PrefilteredPattern)
    for text in ("The ALK test, done twice, was negative.", "Nothing here.", "Dose: 5 mg; not given",
                 "Then the doctors met; this plan was abandoned.", "It was planned and given."):
        _same(pat, fast, text)


def _section_patterns():
    """The patterns kg_rules runs once over each section, as wrapped there (pattern, prefiltered)."""
    from kg.nlp import fusion, measures

    out = {f"DATE_RES[{i}]": rx for i, rx in enumerate(measures.DATE_RES)}
    out.update({f"DURATION_RES[{i}]": rx for i, rx in enumerate(measures.DURATION_RES)})
    out.update({f"GRADE_RES[{i}]": rx for i, rx in enumerate(measures.GRADE_RES)})
    out.update(BARE_YEAR=measures.BARE_YEAR_RE, AGE=measures._AGE, AGE_MONTHS=measures._AGE_MONTHS,
               SINGLE_AFTER=fusion.SINGLE_AFTER_RE, SINGLE_BEFORE=fusion.SINGLE_BEFORE_RE,
               POSITIVE=fusion.POSITIVE_RE, KINASE_POSITIVE=fusion.KINASE_POSITIVE_RE,
               PAIR_PHRASE=fusion.PAIR_PHRASE_RE)
    out.update({f"EXON_CODE:{row.id}": rx for row, rx in fusion.EXON_CODES})
    return {k: (getattr(v, "_re", v), v) for k, v in out.items()}


def test_the_section_patterns_are_prefiltered_and_match_as_before():
    pats = _section_patterns()
    assert sum(isinstance(fast, PrefilteredPattern) for _, fast in pats.values()) >= 12
    texts = _rule_texts()
    texts += [" ".join(texts[i:i + 40]) for i in range(0, len(texts), 40)]   # section-sized texts
    texts += _corpus_sentences(3000) if (SHARED / "corpus").is_dir() else []
    for name, (pattern, fast) in pats.items():
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in pattern.finditer(text)], (name, text[:80])


def test_matches_anywhere_row_by_row_answers_as_the_whole_alternation():
    from kg.rules.prefilter import MatchesAnywhere

    texts = _rule_texts()
    texts += [t.upper() for t in texts[:300]] + [t.replace("s", "\u017f") for t in texts[:300]]
    texts += _corpus_sentences(3000) if (SHARED / "corpus").is_dir() else []
    checked = 0
    for name in RULE_FILES:
        f = rules(name)
        for cat in f.categories:
            rows = [r for r in f.rows(cat) if r.fields.get("window") is None]
            if len(rows) != len(f.rows(cat)):
                continue  # windowed categories are compiled per window
            whole = f.pattern(cat)
            anywhere = MatchesAnywhere(whole, [r.compiled() for r in rows])
            for text in texts:
                assert anywhere(text) == (whole.search(text) is not None), (name, cat, text[:80])
            checked += 1
    assert checked > 40


def test_matches_anywhere_keeps_the_whole_pattern_when_a_row_has_a_backreference():
    from kg.rules.prefilter import MatchesAnywhere

    rows = [re.compile(r"(a)x"), re.compile(r"(b)\1")]
    whole = re.compile(r"(?:(a)x)|(?:(b)\1)")   # here \1 is the first row's group
    anywhere = MatchesAnywhere(whole, rows)
    for text in ("bb", "ax", "bab", "b"):
        assert anywhere(text) == (whole.search(text) is not None)


def _categories_read_row_by_row(names=None):
    """(name, MatchesAnywhere, whole pattern) of each category without windows (or of ``names``)."""
    from kg.rules.prefilter import MatchesAnywhere

    for name in RULE_FILES:
        f = rules(name)
        for cat in f.categories:
            rows = [r for r in f.rows(cat) if r.fields.get("window") is None]
            if len(rows) == len(f.rows(cat)) and (names is None or f"{name}:{cat}" in names):
                yield f"{name}:{cat}", MatchesAnywhere(f.pattern(cat), [r.compiled() for r in rows]), f.pattern(cat)


_RULE_TEXTS: list[str] = []   # built on first use (hypothesis draws many examples)
_CATS: list[tuple] = []


def _slices(text: str):
    """Slices of ``text`` as kg_assertion reads them (a mention's phrase), and a few more."""
    n = len(text)
    cuts = sorted({0, n, n // 3, n // 2, 2 * n // 3} | {m.start() for m in re.finditer(r"[,;(]", text)}
                  | {m.end() for m in re.finditer(r"[,;)]\s*", text)})
    return [text[a:b] for a in cuts for b in cuts if a < b]


def test_matches_anywhere_narrowed_to_a_texts_rows_answers_for_every_slice_of_it():
    """The prefilter never skips a slice a rule would match: the rows narrowed to a sentence
    (their literals occur in it) answer for each slice of it as the whole alternation does."""
    texts = _rule_texts()
    texts += [t.upper() for t in texts[:300]] + [t.replace("s", "\u017f") for t in texts[:300]]
    texts += ["Σ was ΑΣ, " + t for t in texts[:50]]
    texts += _corpus_sentences(600) if (SHARED / "corpus").is_dir() else []
    # the categories kg_assertion narrows (their every slice), then every other one on the texts' halves
    read = {"sentences:LITERATURE", "sentences:PATIENT_ANCHOR"}
    checked = set()
    for name, anywhere, whole in _categories_read_row_by_row():
        for text in texts:
            rows = anywhere.narrowed(text)
            parts = _slices(text) if name in read else [text[:len(text) // 2], text[len(text) // 3:]]
            for part in parts:
                assert anywhere.within(part, rows) == (whole.search(part) is not None), (name, text[:60], part[:60])
        checked.add(name)
    assert read <= checked and len(checked) > 40


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_matches_anywhere_within_a_random_slice_of_a_rule_example(data):
    """Property over the rule examples: any slice of an example (with random text around it)."""
    from kg.rules.prefilter import MatchesAnywhere  # noqa: F401

    _CATS[:] = _CATS or _categories_read_row_by_row({"sentences:LITERATURE", "sentences:PATIENT_ANCHOR"})
    name, anywhere, whole = data.draw(st.sampled_from(_CATS))
    _RULE_TEXTS[:] = _RULE_TEXTS or _rule_texts()
    example = data.draw(st.sampled_from(_RULE_TEXTS))
    text = data.draw(st.text(max_size=20)) + example + data.draw(st.text(max_size=20))
    a = data.draw(st.integers(0, len(text)))
    b = data.draw(st.integers(a, len(text)))
    rows = anywhere.narrowed(text)
    assert anywhere.within(text[a:b], rows) == (whole.search(text[a:b]) is not None), (name, text, a, b)


def test_case_sensitive_group_in_a_case_insensitive_pattern_keeps_its_literals():
    """(?-i:...) inside an IGNORECASE pattern: its literals, lower-cased, must occur in the lower-cased
    text (a filter exists and rules texts out); (?i:...) inside a case-sensitive one gives none."""
    mixed = re.compile(r"\bet\s+al\b|(?-i:\breported\s+by\s+Dr\.?\s+[A-Z][a-z]+)", re.I)
    cond = literal_filter(mixed)
    assert cond is not None
    for text in ("As reported by Dr. Smith, the tumor shrank.", "Lee ET AL described", "nothing of the kind",
                 "REPORTED BY DR. SMITH", "reported by dr. smith", "reported by Dr Smith"):
        assert (mixed.search(text) is not None) <= cond(text.lower()), text
        assert prefiltered(mixed).search(text) == mixed.search(text) or \
            prefiltered(mixed).search(text).span() == mixed.search(text).span(), text
    assert not cond("nothing of the kind")
    assert literal_filter(re.compile(r"(?i:reported)\s+by")) is not None   # 'by' is still case-sensitive
    assert literal_filter(re.compile(r"(?i:reported)")) is None


def _condition(node, text: str) -> bool:
    """What a derived condition means, read off its tree (no ordering, guard or factoring)."""
    from kg.rules import prefilter as pf

    if isinstance(node, pf._Lit):
        return any(s in text for s in node.strings)
    if isinstance(node, pf._Digit):
        return any(c.isdigit() for c in text)
    if isinstance(node, pf._And):
        return all(_condition(p, text) for p in node.parts if p.useful())
    return any(_condition(p, text) for p in node.parts)


def test_the_generated_filter_is_its_condition_whatever_the_order_of_its_tests():
    """The code a condition compiles to (its tests ordered, shared literal sets factored out of
    alternatives, an alternation's guard tested first) answers as the condition itself."""
    from kg.rules import prefilter as pf

    texts = _rule_texts()
    texts += _corpus_sentences(1500) if (SHARED / "corpus").is_dir() else []
    factored = 0
    for name, pattern in PATTERNS.items():
        pat = getattr(pattern, "_re", pattern)
        ignorecase = bool(pat.flags & re.I)
        _, cond = pf._sequence(pf._parser.parse(pat.pattern, pat.flags).data, ignorecase)
        if cond is None or not cond.useful():
            continue
        code = cond.code()
        factored += isinstance(cond, pf._Or) and len(pf._factored(cond.parts)) < len(cond.parts)
        check = eval(f"lambda t: {code}", dict(pf.FILTER_ENV))  # noqa: S307 - the module's own generated code
        for text in texts:
            t = text.lower() if ignorecase else text
            assert bool(check(t)) == _condition(cond, t), (name, text[:80])
    assert factored >= 5   # the rule files do have alternatives that share words


def test_alternatives_sharing_a_word_test_it_once():
    from kg.rules.prefilter import _filter_code

    pattern = re.compile(r"\b(?:mild|severe)\s+pain\b|\b(?:mild|severe)\s+ache\b|\bcramps\b", re.I)
    code = _filter_code(pattern)
    assert code.count("'severe' in t") == 1 and code.count("'mild' in t") == 1
    cond = literal_filter(pattern)
    assert cond("severe pain") and cond("mild ache") and cond("cramps") and cond("severe, pain")
    assert not cond("severe cough") and not cond("pain and ache")


def _component_patterns():
    """Patterns the kg components read whole sections or sentences with, as wrapped there (behind the
    literal prefilter, first characters tested up front), beside the plain pattern they stand for."""
    from kg.nlp import adverse_events, measures, responses

    ae, resp = rules("adverse_events"), rules("responses")
    out = {"TOXICITY": (ae.pattern("TOXICITY"), adverse_events._TOXICITY),
           "AE_ADJECTIVE": (ae.pattern("AE_ADJECTIVE"), adverse_events._ADJECTIVE),
           "RISE_VERB": (adverse_events._RISE_VERB_RE, adverse_events._RISE_VERB),
           "OPEN_MONTH": (measures._OPEN_MONTH_RE, measures._OPEN_MONTH),
           "FAILURE_BEFORE": (resp.pattern("FAILURE_BEFORE"), responses._FAILURE_BEFORE)}
    out.update({f"NAMED_WITH_WORDS:{row.id}": (row.compiled(), fast) for row, fast in responses._NAMED_WITH_WORDS})
    assert [row.id for row, _ in responses._NAMED_WITH_WORDS] == [r.id for r in resp.rows("NAMED_WITH_WORDS")]
    return out


def test_the_component_patterns_match_as_the_plain_ones():
    texts = _rule_texts()
    texts += [" ".join(texts[i:i + 40]) for i in range(0, len(texts), 40)]   # section-sized texts
    texts += _corpus_sentences(3000) if (SHARED / "corpus").is_dir() else []
    texts += ["Her AST and ALT levels rose sharply in May; she became neutropenic and anemic.",
              "Hepatic toxicity was seen from 3 March to 20 June 2019, after failure of the first line."]
    for name, (plain, fast) in _component_patterns().items():
        assert fast is not plain, name
        for text in texts:
            assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
                   [(m.span(), m.groupdict()) for m in plain.finditer(text)], (name, text[:80])
            found, expected = fast.search(text), plain.search(text)
            assert (found and found.span()) == (expected and expected.span()), (name, text[:80])


# --- digit conditions: what a pattern that consumes a digit class needs (no literal says it) ----

def test_a_pattern_that_needs_a_digit_is_skipped_on_texts_without_one():
    pat = re.compile(r"\b(?:after|before)\s+\d{1,2}\s+(?:weeks|months)\b", re.I)
    cond = literal_filter(pat)
    assert cond is not None
    assert cond("relapse after 6 months of therapy")
    assert not cond("relapse after six months of therapy")   # the words but no digit
    assert not cond("no such words at 12 units")             # a digit but not the words
    p = prefiltered(pat)
    for text in ("Seen again After 14 Weeks.", "after two weeks", "before 3 months", "before\u0663 months",
                 "Before \u0663 months she was well"):   # Arabic-Indic three: \d matches it
        assert (p.search(text) is None) == (pat.search(text) is None), text


def test_digit_classes_of_every_kind_give_the_digit_condition():
    from kg.rules.prefilter import _filter_code

    for source in (r"\bstage\s+\d\b", r"\bstage\s+[0-9]{1,2}\b", r"\bday\s+[0-9]+\s+of\b", r"\bgrade\s+[1-4]\d*x\b"):
        code = _filter_code(re.compile(source, re.I))
        assert code is not None and "_D(t)" in code, (source, code)
    # a class with more than digits says nothing about digits
    assert "_D(t)" not in (_filter_code(re.compile(r"\bstage\s+[\dIV]+\b", re.I)) or "")
    assert "_D(t)" not in (_filter_code(re.compile(r"\bcycle\s+\w+\b", re.I)) or "")
    # a literal with a digit already needs one: no second test
    assert _filter_code(re.compile(r"\bgrade 3\d*\b", re.I)) == "'grade 3' in t"
    # a single digit alone is no useful literal, but it does need a digit
    assert _filter_code(re.compile(r"\bgrade\s+3\d*\b", re.I)) == "('grade' in t) and (_D(t))"


def test_a_digit_alone_is_no_prefilter():
    for source in (r"\d+\s*(?:mg|g)", r"[0-9]{2,}"):
        pat = re.compile(source)
        assert prefiltered(pat) is pat


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab 19x\u0663\u0130K", max_size=30))
def test_digit_condition_agrees_with_the_regex_on_random_texts(text):
    for source, flags in ((r"ab\s?\d", re.I), (r"b[0-9]x", 0), (r"(?:ab|ba)[1-9]|x\d\dk", re.I)):
        pat = re.compile(source, flags)
        assert (prefiltered(pat).search(text) is None) == (pat.search(text) is None), (source, text)


# --- fold: a case-sensitive pattern's case-insensitive words, tested on the lower-cased text ------

def test_folded_filter_of_a_case_sensitive_pattern_reads_its_case_insensitive_words():
    from kg.nlp import fusion

    pat = re.compile(r"\b(?P<a>[A-Z][A-Z0-9]{1,9})\s+(?i:was\s+fused)\s+(?i:to)\s+(?P<b>[A-Z][A-Z0-9]{1,9})\b")
    assert prefiltered(pat) is pat          # as written: no literal it must contain in this case
    fast = prefiltered(pat, fold=True)
    assert isinstance(fast, PrefilteredPattern)
    texts = ["In the tumour, NPM1 WAS FUSED TO ALK on chromosome 2.", "In this case TPM3 was fused to NTRK1.",
             "tpm3 was fused to ntrk1", "The pathologist found no such event.", "ALK Was Fused To EML4",
             "\u0130n this case TPM3 was fused to NTRK1.", "A was fused to B"]
    for text in texts:
        assert [m.groupdict() for m in fast.finditer(text)] == [m.groupdict() for m in pat.finditer(text)], text
    assert fast.search("The pathologist found no such event.") is None
    assert isinstance(fusion.PAIR_PHRASE_RE, PrefilteredPattern) and fusion.PAIR_PHRASE_RE._fold


def test_folded_stand_in_pickles_with_its_fold():
    import pickle

    pat = re.compile(r"\b(?P<g>[A-Z][A-Z0-9]{1,5})\s+(?i:break-?apart)\s+(?i:positive)\b")
    fast = prefiltered(pat, fold=True)
    back = pickle.loads(pickle.dumps(fast))
    assert isinstance(back, PrefilteredPattern) and back._fold and back._re == pat
    assert back.search("the ROS1 Break-apart POSITIVE result").group("g") == "ROS1"
    assert back.search("a ROS1 split signal") is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab ABfusdeFUSEDtoTO\u0130\u017f\u212a", max_size=30))
def test_folded_filter_agrees_with_the_regex_on_random_texts(text):
    for source in (r"[A-Z]{2}\s?(?i:fused)\s(?i:to)", r"(?i:used)|AB(?i:to)", r"(?-i:ST)(?i:k)"):
        pat = re.compile(source)
        assert (prefiltered(pat, fold=True).search(text) is None) == (pat.search(text) is None), (source, text)


# --- heads: re's parser factors a common prefix out of an alternation ("versus|vs" -> "v" + ...) ----

def test_a_factored_alternation_keeps_its_whole_words():
    from kg.rules.prefilter import _filter_code

    # parsed as "v" + (?:ersus|s\.?): the word is still "versus" or "vs", not the letter "v"
    assert _filter_code(re.compile(r"\b(?:versus|vs\.?)\s", re.I)).strip("()") == "'versus' in t or 'vs' in t"
    code = _filter_code(re.compile(r"\bgiven (?:weekly|week(?:s|ly)?\s+\d)", re.I))
    assert code is not None and "'given week' in t" in code
    pat = prefiltered(re.compile(r"\b(?:cisplatin|carboplatin|cis\-?plat)\b\s+(?:plus|with)", re.I))
    for text in ("Cisplatin plus etoposide", "cis-plat with RT", "carboplatin alone", "CIS PLAT plus", "platinum with x"):
        assert (pat.search(text) is None) == (re.compile(pat.pattern, re.I).search(text) is None), text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="versu .VS\u0130ab", max_size=25))
def test_head_conditions_agree_with_the_regex_on_random_texts(text):
    for source, flags in ((r"\b(?:versus|vs\.?)\s", re.I), (r"(?:ab|a\.?)(?:vs|ve)", 0), (r"x?(?:vers|ve\.?)+u", re.I)):
        pat = re.compile(source, flags)
        assert (prefiltered(pat).search(text) is None) == (pat.search(text) is None), (source, text)
