"""kg.rules.regex_cache: patterns compiled from the code kept on disk equal those ``re`` compiles itself."""
import json
import marshal
import re
from pathlib import Path

import pytest

from kg.rules.regex_cache import regex_codes_kept, sre_arguments

RULES = Path(__file__).resolve().parents[2] / "kg" / "rules"
plain = re._compiler.compile

MADE_UP = [
    (r"(?P<drug>\w+)\s+was\s+(?:stopped|held)", re.I),
    (r"(?<![-\w])grade\s+(?P<grade>[1-5])\b", 0),
    (r"^\s*case\s+(\d+)[.:]?$", re.I | re.M),
    (r"na\u00efve|\u00e9tat|[\u0391-\u03c9]+", re.I),
    (rb"\x00(?P<tag>[a-z]{2,4})\x01", 0),
    (r"(a)(b)?(?(2)c|d)", re.X),
]


def rule_regexes() -> list[tuple[str, int]]:
    """Every row regex of kg/rules/*.jsonl, as it is and case-insensitive."""
    found = []
    for path in sorted(RULES.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line) if line.strip() else {}
            if isinstance(row.get("regex"), str):
                found += [(row["regex"], 0), (row["regex"], re.I)]
    return found


def compiled_in(path: Path, patterns) -> list:
    re.purge()   # re's own per-process cache would answer without compiling
    with regex_codes_kept(path):
        return [re.compile(p, f) for p, f in patterns]


@pytest.mark.parametrize("patterns", [MADE_UP, rule_regexes()], ids=["made-up", "rule-rows"])
def test_patterns_from_the_file_equal_compiled_ones(tmp_path, monkeypatch, patterns):
    path = tmp_path / "codes.marshal"
    first = compiled_in(path, patterns)        # compiled, and written
    assert path.exists()

    def parsed_again(*_):
        raise AssertionError("parsed again: not read from the file")

    monkeypatch.setattr("kg.rules.regex_cache.sre_arguments", parsed_again)
    second = compiled_in(path, patterns)       # from the file, none parsed
    for (p, f), a, b in zip(patterns, first, second):
        expected = plain(p, f)
        # Pattern.__eq__ compares flags, pattern and the SRE code
        assert a == expected and b == expected, p
        assert b.groupindex == expected.groupindex and b.groups == expected.groups


def test_the_arguments_are_what_sre_is_given():
    for p, f in MADE_UP:
        assert re._compiler._sre.compile(p, *sre_arguments(p, f)) == plain(p, f)


def test_a_broken_file_or_entry_means_compiling_as_usual(tmp_path):
    path = tmp_path / "codes.marshal"
    path.write_bytes(b"not marshal data")
    assert compiled_in(path, MADE_UP) == [plain(p, f) for p, f in MADE_UP]
    # an entry whose code is not this engine's
    p, f = MADE_UP[0]
    args = list(sre_arguments(p, f))
    args[1] = [1, 2, 3]
    path.write_bytes(marshal.dumps({(p, int(f)): tuple(args)}))
    assert compiled_in(path, [(p, f)]) == [plain(p, f)]


def test_an_unwritable_cache_is_no_error(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    assert compiled_in(blocker / "codes.marshal", MADE_UP[:2]) == [plain(p, f) for p, f in MADE_UP[:2]]


def test_compiling_is_plain_again_outside(tmp_path):
    with regex_codes_kept(tmp_path / "codes.marshal"):
        assert re._compiler.compile is not plain
    assert re._compiler.compile is plain
