"""benchmarks/halves.py --fields shows a held-out part through per-field counts only."""
import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _halves():
    spec = importlib.util.spec_from_file_location("kg_bench_halves", ROOT / "benchmarks" / "halves.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORER_OUTPUT = [
    "diagnoses        P=1.000 R=0.500 F1=0.667  (tp=1 fp=0 fn=1)",
    "fusions          P=1.000 R=1.000 F1=1.000  (tp=2 fp=0 fn=0)",
    "drugs            P=0.750 R=1.000 F1=0.857  (tp=3 fp=1 fn=0)",
    "responses        P=0.500 R=0.500 F1=0.500  (tp=1 fp=1 fn=1)",
    "adverse_events   P=1.000 R=0.800 F1=0.889  (tp=4 fp=0 fn=1)",
    "drugs reported as given that were only discussed or refused: pmid:123: cisplatin",
    "macro F1 0.783",
]


def test_field_lines_keep_the_five_fields_and_drop_the_leak_names():
    kept = _halves().field_lines(SCORER_OUTPUT)
    assert [line.split()[0] for line in kept] == ["diagnoses", "fusions", "drugs", "responses", "adverse_events"]
    assert not any("cisplatin" in line or "pmid:" in line for line in kept)


def test_every_webtext_set_of_accuracy_is_split_into_halves():
    spec = importlib.util.spec_from_file_location("kg_bench_accuracy_for_halves", ROOT / "benchmarks" / "accuracy.py")
    accuracy = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(accuracy)
    wired = {name for name in accuracy.SETS if name.startswith("webtext")}
    assert wired == set(_halves().WEBTEXT_SETS)


def test_a_set_whose_even_half_was_opened_has_only_its_dev_part():
    # session 35 opened webtext14's whole even half: all 24 records count as dev, no empty held-out line is printed
    labels = {label: records for label, records in _halves().parts()}
    assert len(labels["webtext14 odd (dev)"]) == 24
    assert "webtext14 even (held out)" not in labels
    assert labels["webtext13 even (held out)"], "a set with unopened even pages keeps its held-out part"
