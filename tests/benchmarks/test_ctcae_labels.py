"""benchmarks/gold/ctcae_labels.py: every development gold adverse event carries its CTCAE v5.0 term.

The check reads the CTCAE v5.0 term file in ../shared/terminology; without ../shared (a user's fresh
clone) the tests skip and say so.
"""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CTCAE = SHARED / "terminology" / "ctcae" / "ctcae_v5.0_terms.tsv"

pytestmark = pytest.mark.skipif(not CTCAE.is_file(),
                                reason=f"../shared is absent: no CTCAE v5.0 term file at {CTCAE}")


def _tool():
    spec = importlib.util.spec_from_file_location("kg_bench_ctcae_labels", ROOT / "benchmarks" / "gold" / "ctcae_labels.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod   # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def _gold(path: Path, events: list[dict]) -> Path:
    path.write_text(json.dumps([{"report": "pmid:1", "adverse_events": events}]), encoding="utf-8")
    return path


def test_every_development_gold_adverse_event_has_a_ctcae_term_or_a_listed_exception():
    tool = _tool()
    rep = tool.check(tool.DEFAULT_GOLD, tool.read_ctcae_terms(CTCAE))
    assert rep.failures == []
    assert rep.checked == rep.with_term + len(rep.excepted)
    assert rep.with_term > 0


def test_the_ctcae_file_holds_the_terms_the_gold_was_mapped_to():
    terms = _tool().read_ctcae_terms(CTCAE)
    assert len(terms) > 700   # 837 rows, minus the "- Other, specify" rows
    for name in ("Peripheral sensory neuropathy", "Cystitis noninfective", "Chest pain - cardiac",
                 "Mobitz (type) II atrioventricular block"):
        assert terms[name.lower()] == name
    assert not any("other, specify" in t for t in terms)


def test_an_event_named_only_by_its_common_name_fails(tmp_path):
    tool = _tool()
    gold = _gold(tmp_path / "x_cases.gold.json",
                 [{"labels": ["hemorrhagic cystitis"], "grade": [None], "drugs": ["busulfan"]},
                  {"labels": ["haemorrhagic cystitis", "CYSTITIS  NONINFECTIVE"], "grade": [2], "drugs": []}])
    rep = tool.check([gold], tool.read_ctcae_terms(CTCAE), exceptions={})
    assert rep.with_term == 1   # case and spacing do not matter
    assert len(rep.failures) == 1 and "hemorrhagic cystitis" in rep.failures[0]


def test_an_other_specify_row_is_no_term_and_an_exception_needs_its_entry(tmp_path):
    tool = _tool()
    gold = _gold(tmp_path / "x_cases.gold.json",
                 [{"labels": ["Eye disorders - Other, specify"], "grade": [None], "drugs": []},
                  {"labels": ["jaw pain"], "grade": [1], "drugs": []}])
    rep = tool.check([gold], tool.read_ctcae_terms(CTCAE),
                     exceptions={("x_cases.gold.json", "pmid:1", "jaw pain"): "no jaw term",
                                 ("x_cases.gold.json", "pmid:1", "gone"): "stale"})
    assert [e[2] for e in rep.excepted] == ["jaw pain"]
    assert len(rep.failures) == 2
    assert "Other, specify" in rep.failures[0] and "'gone' names no adverse event" in rep.failures[1]


def test_the_command_passes_on_the_gold_and_fails_on_a_bad_file(tmp_path, capsys):
    tool = _tool()
    assert tool.main([]) == 0
    assert "RESULT: PASS" in capsys.readouterr().out
    bad = _gold(tmp_path / "bad_cases.gold.json", [{"labels": ["peripheral neuropathy"], "grade": [None], "drugs": []}])
    assert tool.main([str(bad)]) == 1
    assert "RESULT: FAIL" in capsys.readouterr().out
    assert tool.main([str(bad), "--shared", str(tmp_path)]) == 2
