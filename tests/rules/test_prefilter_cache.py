"""kg/rules/prefilter_cache.json: the shipped analyses are exactly what kg.rules.prefilter derives,
and a cache that does not fit (edited patterns, an edited module, another Python) changes nothing."""
from __future__ import annotations

import json
import random
import re

import pytest

from kg.rules import prefilter
from kg.rules.prefilter import CACHE_FILE, cache_key, cache_text, derive, fingerprint, load_cache


def _shipped() -> dict[str, dict]:
    """The cache file's entries as written, whatever its fingerprint."""
    return json.loads(CACHE_FILE.read_text(encoding="utf-8"))["analyses"]


def _pattern(key: str) -> re.Pattern:
    return _keyed(key)[0]


def _keyed(key: str) -> tuple[re.Pattern, bool]:
    """(pattern, fold) of a cache key ("fold:" first: the analysis of prefiltered(..., fold=True))."""
    fold = key.startswith("fold:")
    flags, text = key.removeprefix("fold:").split(":", 1)
    return re.compile(text, int(flags)), fold


@pytest.fixture
def fresh_cache(monkeypatch):
    """kg.rules.prefilter with its in-process cache emptied (restored after the test)."""
    monkeypatch.setattr(prefilter, "_cache", None)
    return prefilter


def test_the_shipped_cache_holds_the_analyses_of_the_rule_patterns():
    shipped = _shipped()
    assert len(shipped) > 200     # every pattern the pipeline builds: 273 when written
    assert any(v["filter"] for v in shipped.values()) and any(v["anchored"] for v in shipped.values())


def test_every_cached_analysis_is_the_derived_one():
    # derived from the pattern text here, with no cache: a cache written by an older module fails here
    mismatched = [k for k, v in _shipped().items() if derive(*_keyed(k)) != v]
    assert not mismatched, f"{len(mismatched)} stale entries, first {mismatched[0][:120]!r}: " \
                           "run python tools/build_prefilters.py"


def test_the_shipped_cache_is_read_when_written_for_this_module_and_python():
    if json.loads(CACHE_FILE.read_text(encoding="utf-8"))["fingerprint"] != fingerprint():
        pytest.fail("kg/rules/prefilter.py changed since the cache was written: run python tools/build_prefilters.py")
    assert load_cache() == _shipped()


def test_the_file_is_deterministic_and_reads_back():
    shipped = _shipped()
    keys = list(shipped)
    random.Random(7).shuffle(keys)
    text = cache_text({k: shipped[k] for k in keys})
    assert text == CACHE_FILE.read_text(encoding="utf-8")
    assert json.loads(text)["analyses"] == shipped


def test_a_cache_of_another_module_or_python_is_ignored(tmp_path):
    shipped = _shipped()
    other = tmp_path / "cache.json"
    other.write_text(json.dumps({"fingerprint": "0" * 64, "analyses": shipped}), encoding="utf-8")
    assert load_cache(other) == {}
    other.write_text("{not json", encoding="utf-8")
    assert load_cache(other) == {}
    assert load_cache(tmp_path / "missing.json") == {}


def test_a_cached_analysis_is_used_only_for_the_exact_pattern_text_and_flags(fresh_cache):
    word = re.compile(r"\bcrizotinib\b", re.I)
    # a poisoned entry for the pattern as it was before an edit, and one for other flags
    poison = {"filter": "False", "anchored": False, "backref": False}
    fresh_cache._cache = {cache_key(re.compile(r"\bcrizotinibs?\b", re.I)): poison,
                          cache_key(re.compile(r"\bcrizotinib\b")): poison}
    may = fresh_cache.literal_filter(word)
    assert may("treated with crizotinib") and not may("treated with alectinib")
    assert fresh_cache.prefiltered(word).search("Crizotinib was started").group(0) == "Crizotinib"
    # the entry that is there is used as it is (what the test above guards against being stale)
    fresh_cache._cache = {cache_key(word): poison}
    assert fresh_cache.prefiltered(word).search("Crizotinib was started") is None


def test_without_a_cache_every_rule_pattern_gives_the_shipped_prefilter(fresh_cache):
    from kg.rules import RULE_FILES, rules

    fresh_cache._cache = {}
    shipped = _shipped()
    checked = 0
    for name in RULE_FILES:
        f = rules(name)
        for cat in f.categories:
            p = f.pattern(cat)
            if cache_key(p) in shipped:
                assert fresh_cache._analysis(p) == shipped[cache_key(p)]
                checked += 1
    assert checked > 20


def test_a_pattern_the_cache_lacks_is_analysed_and_counted_as_a_miss(fresh_cache, monkeypatch):
    monkeypatch.setattr(fresh_cache, "_missed", [])
    shipped_key = next(iter(_shipped()))
    fresh_cache._cache = {shipped_key: _shipped()[shipped_key]}
    new = re.compile(r"\bentrectinib\s+(?:was|is)\s+started\b", re.I)
    assert fresh_cache.literal_filter(new)("entrectinib was started") is True
    fresh_cache._analysis(_pattern(shipped_key))
    assert fresh_cache.cache_misses() == [cache_key(new)]


def test_folded_analyses_are_cached_apart():
    from kg.nlp import fusion

    pat = fusion.PAIR_PHRASE_RE._re
    shipped = _shipped()
    assert cache_key(pat, fold=True) in shipped and cache_key(pat) in shipped
    assert shipped[cache_key(pat, fold=True)]["filter"] and not shipped[cache_key(pat)]["filter"]
    assert _keyed(cache_key(pat, fold=True)) == (pat, True)
