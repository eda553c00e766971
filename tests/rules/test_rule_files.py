"""Every row of every rule file is well formed, has an example, and matches its string examples
(no pipeline). What each example states, through the component that reads the file:
tests/rules/test_<file>_examples.py, one module per rule file."""
import json
import re
from importlib import resources
from pathlib import Path

import pytest

from kg.errors import ConfigError
from kg.rules import DIRECTIONS, RULE_FILES, Rule, rules

ROWS = [r for name in RULE_FILES for r in rules(name).rules]


def _anchored(row: Rule) -> bool:
    """Rows anchored with ^/$ match a slice their caller cuts (the text right before or after a
    mention, a term label); their examples are checked as the caller uses them (test_<file>_examples)."""
    src = row.source()
    return src.endswith("$") or src.endswith("$)") or src.startswith("^") or src.startswith("(?:^")


def _text(example):
    return example if isinstance(example, str) else example[0]


def test_every_rule_file_has_its_examples_test():
    here = Path(__file__).parent
    missing = [name for name in RULE_FILES if not (here / f"test_{name}_examples.py").is_file()]
    assert not missing, f"rule files whose examples no test runs: {missing}"


def test_rule_files_are_shipped():
    assert {"patient"} <= set(RULE_FILES)
    assert len(ROWS) > 10


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.file}:{r.id}")
def test_row_has_examples(row: Rule):
    assert row.examples, f"{row.file}.jsonl row {row.id} has no example"
    assert row.direction in DIRECTIONS
    for ex in row.examples + row.counter_examples:
        assert isinstance(ex, str) or (len(ex) == 3 and isinstance(ex[0], str)), (row.id, ex)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: f"{r.file}:{r.id}")
def test_row_matches_its_examples(row: Rule):
    if row.token_pattern is not None and not (row.words or row.stems or row.regex_source):
        pytest.skip("token patterns are checked through the pipeline (test_<file>_examples)")
    pat = row.compiled()
    for ex in row.examples:
        text = _text(ex)
        if _anchored(row):
            continue  # anchored rows match a slice the caller cuts; their outcome tests cover them
        assert pat.search(text), f"{row.file}:{row.id} does not match its example {text!r}"
    for ex in row.counter_examples:
        if isinstance(ex, str) and not _anchored(row):
            assert not pat.search(ex), f"{row.file}:{row.id} matches its counter-example {ex!r}"


@pytest.mark.parametrize("name", RULE_FILES)
def test_every_category_compiles(name):
    rf = rules(name)
    for cat in rf.categories:
        assert isinstance(rf.pattern(cat), re.Pattern)


def test_row_ids_unique_and_json_lines_valid():
    for name in RULE_FILES:
        lines = (resources.files("kg.rules") / f"{name}.jsonl").read_text().splitlines()
        ids = [json.loads(line)["id"] for line in lines if line.strip()]
        assert len(ids) == len(set(ids)), name


def test_unknown_category_is_a_config_error():
    with pytest.raises(ConfigError, match="has no category"):
        rules(RULE_FILES[0]).rows("NO_SUCH_CATEGORY")


def test_unknown_file_is_a_config_error():
    with pytest.raises(ConfigError, match="no rule file"):
        rules("no_such_file")


def test_a_category_named_in_braces_stands_for_its_rows():
    # AE_TABLE_GRADE_HEADER's regex names the column words' categories; the loaded row holds their patterns
    ae = rules("adverse_events")
    [header] = [r for r in ae.rows("AE_TABLE_GRADE_HEADER") if r.id == "ae-table-grade-header"]
    assert "{AE_TABLE" not in header.regex_source
    assert ae.pattern("AE_TABLE_EVENT_COLUMN").pattern in header.regex_source
    assert ae.pattern("AE_TABLE_GRADE_COLUMN").pattern in header.regex_source


def _rule(rid: str, category: str, regex: str) -> Rule:
    return Rule(id=rid, file="made_up", category=category, regex_source=regex, examples=("x",))


def test_category_references_resolve_in_turn_and_group_each_category():
    from kg.rules import _resolve
    rows = _resolve("made_up", [_rule("a1", "A", "cat"), _rule("a2", "A", "dog"), _rule("b", "B", "big {A}s?"),
                                _rule("c", "C", "^{B}$")])
    pat = re.compile(rows[-1].source())
    assert pat.match("big cat") and pat.match("big dogs") and not pat.match("big cow")


@pytest.mark.parametrize("regex,message", [("{NOPE} x", "names no category"), ("x {C}", "refers back to itself")])
def test_a_bad_category_reference_is_a_config_error(regex, message):
    from kg.rules import _resolve
    with pytest.raises(ConfigError, match=message):
        _resolve("made_up", [_rule("a", "A", "x"), _rule("c", "C", regex)])


def _plain(row: Rule) -> str:
    """A words/stems row's pattern written as the plain alternation (what Rule.source grouped)."""
    from kg.rules import _phrase

    alts = []
    if row.words:
        alts.append(r"\b(?:" + "|".join(_phrase(w) for w in sorted(row.words, key=len, reverse=True)) + r")\b")
    if row.stems:
        alts.append(r"\b(?:" + "|".join(_phrase(w) for w in sorted(row.stems, key=len, reverse=True)) + r")")
    if row.regex_source:
        alts.append(row.regex_source)
    body = alts[0] if len(alts) == 1 else "|".join(f"(?:{a})" for a in alts)
    return f"{row.prefix}(?:{body}){row.suffix}" if (row.prefix or row.suffix) else body


_WORD_ROWS = [r for name in RULE_FILES for r in rules(name).rules if r.words or r.stems]


@pytest.mark.parametrize("row", _WORD_ROWS, ids=lambda r: r.id)
def test_words_grouped_by_first_letter_match_as_the_plain_alternation(row: Rule):
    # every words/stems row, also one added later: the grouped pattern finds the same spans as the
    # plain alternation, on the row's examples and on its own words run together in three casings
    flags = 0 if row.case_sensitive else re.I
    grouped, plain = re.compile(row.source(), flags), re.compile(_plain(row), flags)
    words = list(row.words) + list(row.stems)
    texts = [e[0] if isinstance(e, tuple) else e for e in row.examples + row.counter_examples]
    texts += [" ".join(words), ", ".join(w.upper() for w in words) + ".", "x".join(w.title() for w in words),
              "".join(words)]
    for text in texts:
        assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_alternation_groups_phrases_by_first_character_in_their_order():
    from kg.rules import _alternation

    assert _alternation(["fever", "flushing", "rash", "fatigue"]) == r"f(?:ever|lushing|atigue)|rash"
    # a one-letter first word, and a phrase that is only the first letter: the empty rest keeps its place
    assert _alternation(["a few", "an", "a"]) == r"a(?:\s+few|n|)"
    # first letters that differ only in case, or a non-ASCII one: the plain alternation
    assert _alternation(["Mr", "mr"]) == "Mr|mr"
    assert _alternation(["ödema", "oedema"]) == "ödema|oedema"
    pattern = re.compile(r"\b(?:" + _alternation(["swelling", "sore throat", "stomatitis"]) + r")\b", re.I)
    assert [m.group(0) for m in pattern.finditer("A Sore  throat, then stomatitis and SWELLING.")] == \
        ["Sore  throat", "stomatitis", "SWELLING"]
