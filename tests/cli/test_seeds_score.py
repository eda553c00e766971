"""`kg ingest` the seed reports, `kg cases --format json`, score with ../shared's scorer.

Guards the accuracy bar (macro F1 >= 0.95, also with --explicit-only) and that no
drug the patient did not receive (literature, refused access) is reported as given.
"""
import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
KG = [sys.executable, "-m", "kg.cli.app"]
pytestmark = pytest.mark.system  # kg ingest/cases run as processes


@pytest.fixture(scope="module")
def predicted(tmp_path_factory):
    if not (SHARED / "corpus" / "seeds").is_dir():
        pytest.skip("../shared not found: the seed reports and gold are needed")
    tmp = tmp_path_factory.mktemp("seeds")
    store = tmp / "store"
    seeds = sorted(str(p) for p in (SHARED / "corpus" / "seeds").iterdir())
    run = subprocess.run(KG + ["ingest", *seeds, "--store", str(store)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    out = subprocess.run(KG + ["cases", "--store", str(store), "--format", "json"], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    path = tmp / "cases.json"
    path.write_text(out.stdout)
    return path


def score(predicted: Path, *flags: str) -> dict:
    run = subprocess.run([sys.executable, str(SHARED / "eval" / "score_cases.py"), str(predicted),
                          str(SHARED / "gold" / "seeds.gold.json"), "--json", *flags],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout)


def test_cli_seeds_macro_f1_at_least_095(predicted):
    result = score(predicted)
    assert result["missing_reports"] == []
    assert result["macro_f1"] >= 0.95, result["fields"]


def test_cli_seeds_explicit_only_macro_f1_at_least_095(predicted):
    assert score(predicted, "--explicit-only")["macro_f1"] >= 0.95


def test_cli_seeds_no_drug_reported_that_was_not_given(predicted):
    assert score(predicted)["literature_leaks"] == []


def test_cli_seeds_cases_follow_the_contract(predicted):
    cases = json.loads(predicted.read_text())
    assert {c["report"] for c in cases} == {"doi:10.3389/fonc.2021.658327", "doi:10.3389/fonc.2024.1505257"}
    for c in cases:
        assert set(c) >= {"report", "report_ids", "case", "age", "sex", "diagnoses", "fusions", "treatments",
                          "adverse_events", "procedures"}
        lines = [t["line"] for t in c["treatments"]]
        assert lines == sorted(lines) and lines[0] == 1


def test_cli_cases_one_case_lookup(predicted):
    full = json.loads(predicted.read_text())
    store = predicted.parent / "store"
    for c in full:
        out = subprocess.run(KG + ["cases", "--store", str(store), "--case", c["case"]], capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        assert json.loads(out.stdout) == [c]
    bad = subprocess.run(KG + ["cases", "--store", str(store), "--case", "not an iri"], capture_output=True, text=True)
    assert bad.returncode != 0 and "case" in bad.stderr and "Traceback" not in bad.stderr
