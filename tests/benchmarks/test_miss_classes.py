"""benchmarks/miss_classes.py: where in kg a missed or leaked fact arises, read off kg's own mentions of a page (a
made-up page and made-up gold and predictions; the scorer is ../shared/eval/score_cases.py itself)."""
import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"

pytestmark = [pytest.mark.system,  # runs the NLP pipeline cold
              pytest.mark.skipif(not (SHARED / "eval" / "score_cases.py").is_file(),
                                 reason=f"the scorer is not at {SHARED / 'eval'} (a fresh clone without ../shared)")]

PAGE = """<html><head><title>Response to crizotinib in ROS1-rearranged lung adenocarcinoma</title></head><body>
<h1>Response to crizotinib in ROS1-rearranged lung adenocarcinoma</h1>
<h2>Case presentation</h2>
<p>A 49-year-old woman was diagnosed with metastatic lung adenocarcinoma with an EZR-ROS1 fusion. She started
crizotinib 250 mg twice daily. Two months later she developed a rash. Alectinib was started in May. The CT scan
showed a partial response.</p>
<h2>Discussion</h2><p>ROS1 fusions are rare.</p>
</body></html>
"""

GOLD = {
    "report": "pmid:900002", "aliases": ["file:made_up_02.html"],
    "drugs_given": [{"id": "NCIT:C74061", "labels": ["crizotinib"]}, {"id": None, "labels": ["carboplatin"]}],
    "drugs_not_given": ["alectinib"],
    "adverse_events": [{"labels": ["Rash maculo-papular"], "grade": [2]}],
}
# what kg predicts for the page (crizotinib and alectinib given, the rash without a grade)
CASE = {
    "report": "pmid:900002", "report_ids": ["pmid:900002"],
    "treatments": [{"drugs": [{"id": "NCIT:C74061", "label": "Crizotinib"}], "responses": []},
                   {"drugs": [{"id": "NCIT:C101790", "label": "Alectinib"}], "responses": []}],
    "adverse_events": [{"id": None, "label": "Rash maculo-papular", "grade": None}],
}


@pytest.fixture(scope="module")
def mc():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    spec = importlib.util.spec_from_file_location("kg_bench_miss_classes", ROOT / "benchmarks" / "miss_classes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def classes(mc, tmp_path_factory):
    page = tmp_path_factory.mktemp("pages") / "made_up_02.html"
    page.write_text(PAGE, encoding="utf-8")
    mc.page_path = lambda gold: page
    sc = mc.ec.load_scorer()
    return mc.classify_record(sc, mc.Reader(), [CASE], GOLD)


def test_a_leak_is_placed_in_its_section_with_the_words_around_it(classes):
    assert classes["leak: evidence section kind = case"] == 1
    assert classes["leak: evidence sentence has no not-given drug"] == 1
    assert classes["leak: named elsewhere with status = none"] == 1


def test_a_drug_never_named_is_never_recognised(classes):
    assert classes["drug missed: never recognised (or only inside a regimen name)"] == 1
    assert classes["drug missed (not recognised): a gold label is written in the text = False"] == 1


def test_an_event_told_without_its_grade_is_recognised_but_ungraded(classes):
    assert classes["AE missed: recognised as given, no grade on the mention"] == 1
    assert classes["AE missed (ungraded): a grade word in its sentence = False"] == 1


def test_records_only_counts_each_class_once(mc, tmp_path):
    page = tmp_path / "made_up_02.html"
    page.write_text(PAGE, encoding="utf-8")
    mc.page_path = lambda gold: page
    gold = dict(GOLD, drugs_given=GOLD["drugs_given"] + [{"id": None, "labels": ["docetaxel"]}])
    sc = mc.ec.load_scorer()
    facts = mc.classify_record(sc, mc.Reader(), [CASE], gold)
    records = mc.classify_record(sc, mc.Reader(), [CASE], gold, records_only=True)
    assert facts["drug missed: never recognised (or only inside a regimen name)"] == 2
    assert records["drug missed: never recognised (or only inside a regimen name)"] == 1


def test_structural_titles_print_and_others_do_not(mc):
    assert mc._title_class("Case presentation:") == "case presentation"
    assert mc._title_class("Osimertinib in the elderly") == "other title"
    assert mc._title_class("") == "no title"
    assert mc._shape(": 3 | Dose") == ":_9_|_a"
