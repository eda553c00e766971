"""benchmarks/error_classes.py: every scorer fp/fn falls in exactly one class, and the classes say how a fact went
wrong (made-up records; the scorer is ../shared/eval/score_cases.py itself)."""
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

pytestmark = pytest.mark.skipif(not (SHARED / "eval" / "score_cases.py").is_file(),
                                reason=f"the scorer is not at {SHARED / 'eval'} (a fresh clone without ../shared)")


def _module():
    spec = importlib.util.spec_from_file_location("kg_bench_error_classes", ROOT / "benchmarks" / "error_classes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


GOLD = {
    "report": "pmid:900001", "aliases": ["file:made_up_01.txt"],
    "diagnoses": [{"id": "NCIT:C3512", "labels": ["lung adenocarcinoma"]},
                  {"id": "NCIT:C4878", "labels": ["lung carcinoma"]}],
    "fusions": [{"five_prime": "EML4", "three_prime": "ALK"}, {"five_prime": "CD74", "three_prime": "ROS1"}],
    "drugs_given": [{"id": "NCIT:C74061", "labels": ["crizotinib"]}, {"id": "NCIT:C101790", "labels": ["alectinib"]},
                    {"id": "NCIT:C61614", "labels": ["pemetrexed"]}],
    "drugs_not_given": ["lorlatinib"],
    "responses": [{"drug": "crizotinib", "response": "PR", "explicit": True},
                  {"drug": "crizotinib", "response": "PD", "explicit": True},
                  {"drug": "alectinib", "response": "CR", "explicit": True},
                  {"drug": "pemetrexed", "response": "SD", "explicit": True}],
    "adverse_events": [{"labels": ["Alanine aminotransferase increased"], "grade": [3]},
                       {"labels": ["Nausea"], "grade": [1]},
                       {"labels": ["Fatigue"], "grade": [None]}],
}

CASE = {
    "report": "doi:10.9999/made.up.1", "report_ids": ["pmid:900001"],
    "diagnoses": [{"id": "NCIT:C3512", "label": "lung adenocarcinoma"},
                  {"id": "NCIT:C2926", "label": "non-small cell lung carcinoma"},  # in place of the lung carcinoma
                  {"id": "NCIT:C3224", "label": "melanoma"}],  # one too many
    "fusions": [{"five_prime": {"label": "EML4"}, "three_prime": {"label": "ALK"}},
                {"five_prime": {"label": "SDC4"}, "three_prime": {"label": "ROS1"}}],  # partner wrong
    "treatments": [
        {"drugs": [{"id": "NCIT:C74061", "label": "crizotinib"}],
         "responses": [{"class": "PR"}, {"class": "SD"}]},  # SD in place of PD: right drug, wrong class
        {"drugs": [{"id": "NCIT:C101790", "label": "alectinib"}], "responses": []},  # its CR missed, drug found
        {"drugs": [{"id": "NCIT:C113655", "label": "lorlatinib"}], "responses": [{"class": "PR"}]},  # not given
    ],
    "adverse_events": [{"label": "Alanine aminotransferase increased", "grade": 2},  # wrong grade
                       {"label": "Rash maculo-papular", "grade": 1}],  # extra; Nausea G1 and Fatigue missed
}


def test_each_class_of_a_made_up_record():
    ec = _module()
    sc = ec.load_scorer()
    got = ec.classify_record(sc, [CASE], GOLD)
    assert got["diagnoses: substituted (fp+fn)"] == 1 and got["diagnoses: extra (fp)"] == 1
    assert got["fusions: partner wrong (fp+fn)"] == 1
    assert got["drugs: not-given read as given (fp)"] == 1 and got["drugs: missed (fn)"] == 1  # pemetrexed
    assert got["responses: right drug, wrong class (fp+fn)"] == 1
    assert got["responses: missed, drug found (fn)"] == 1  # alectinib CR
    assert got["responses: missed, drug not found (fn)"] == 1  # pemetrexed SD
    assert got["responses: extra pair, drug not given (fp)"] == 1  # lorlatinib PR
    assert got["adverse events: right event, wrong grade (fp+fn)"] == 1
    assert got["adverse events: extra (fp)"] == 1
    assert got["adverse events: missed, graded (fn)"] == 1 and got["adverse events: missed, ungraded (fn)"] == 1
    assert not got["record: case missed"]


def test_the_classes_add_up_to_the_scorers_false_positives_and_negatives():
    ec = _module()
    sc = ec.load_scorer()
    counts, _ = sc.score_report(sc.pooled([CASE]), GOLD, False)
    got = ec.classify_record(sc, [CASE], GOLD)
    fields = {"diagnoses": "diagnoses", "fusions": "fusions", "drugs": "drugs", "responses": "responses",
              "adverse_events": "adverse events"}
    for field, prefix in fields.items():
        _, fp, fn = counts[field]
        fps = sum(n for k, n in got.items() if k.startswith(prefix + ":") and "(fp" in k)
        fns = sum(n for k, n in got.items() if k.startswith(prefix + ":") and ("fn)" in k or "+fn" in k))
        assert (fps, fns) == (fp, fn), field


def test_a_record_with_no_predicted_case_counts_as_missed_and_a_negative_with_one_as_false():
    ec = _module()
    sc = ec.load_scorer()
    assert ec.classify_record(sc, [], GOLD)["record: case missed"] == 1
    negative = {"report": "pmid:900002", "no_case": True}
    assert ec.classify_record(sc, [CASE], negative)["record: false case"] == 1
    assert not ec.classify_record(sc, [], negative)


def test_cases_are_found_under_an_alias_as_the_scorer_finds_them():
    ec = _module()
    by = ec.cases_by_report([CASE])
    assert ec.cases_for(by, {"report": "doi:other", "aliases": ["PMID:900001"]}) == [CASE]
    assert ec.cases_for(by, {"report": "pmid:1"}) == []


def test_the_table_names_classes_and_parts_only():
    ec = _module()
    from collections import Counter
    text = ec.render([("webtext odd", Counter({"drugs: missed (fn)": 2})),
                      ("webtext even", Counter({"drugs: missed (fn)": 5, "record: case missed": 1}))])
    lines = text.splitlines()
    assert "webtext odd" in lines[0] and "webtext even" in lines[0]
    row = next(line for line in lines if line.startswith("drugs: missed (fn)"))
    assert row.split()[-2:] == ["2", "5"]
    assert any(line.startswith("record: case missed") and line.split()[-2:] == ["0", "1"] for line in lines)


@pytest.mark.system  # starts the scripts as processes
@pytest.mark.parametrize("script", ["error_classes.py", "miss_classes.py"])
def test_help_prints_the_usage_and_a_missing_predictions_file_is_one_line(script, tmp_path):
    import subprocess
    import sys
    path = ROOT / "benchmarks" / script
    shown = subprocess.run([sys.executable, str(path), "--help"], capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0 and "predictions" in shown.stdout and "--per-set" in shown.stdout
    missing = tmp_path / "no_such_predictions.json"
    failed = subprocess.run([sys.executable, str(path), str(missing)], capture_output=True, text=True, timeout=120)
    assert failed.returncode == 1
    assert failed.stderr.strip().splitlines() == [failed.stderr.strip()]  # one line, no traceback
    assert str(missing) in failed.stderr and "accuracy.py --cases" in failed.stderr
