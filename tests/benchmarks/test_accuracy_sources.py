"""The corpora set's input: PubTator abstracts of ../shared/corpora turned into the JSONL kg reads.

benchmarks/accuracy.py writes {pmid, title, abstract} lines at run time (the texts stay in ../shared);
these tests check the PubTator parsing on a file written here, and that every corpora gold record gets a
text whose kg report id is the gold record's `report`.
"""
import importlib.util
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.readers import read_path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def _accuracy():
    spec = importlib.util.spec_from_file_location("kg_bench_accuracy_sources", ROOT / "benchmarks" / "accuracy.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# The sets written blind from the fourth on, in the order benchmarks/accuracy.py lists them, with their file counts
# (24 from webtext9 on).
LATER_WEBTEXT_SETS = [name for name in _accuracy().SETS if name.startswith("webtext")][3:]
_LATER_COUNTS = {"webtext4": 40, "webtext5": 40, "webtext6": 36, "webtext7": 36, "webtext8": 30,
                 "webtext36": 20}   # webtext36 (session 37): 20 longer PDF-text reports


def _write(path: Path, lines: list[str]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_read_pubtator_takes_title_and_abstract_lines_from_the_first_file_holding_a_pmid(tmp_path):
    acc = _accuracy()
    first, second = acc.PUBTATOR_FILES[0], acc.PUBTATOR_FILES[3]
    _write(tmp_path / "corpora" / first, [
        "111|t|Cisplatin-induced ototoxicity.",
        "111|a|A 50-year-old man had hearing loss | after cisplatin.",
        "111\t0\t9\tCisplatin\tChemical\tD002945",
        "",
        "222|t|Not wanted.",
        "222|a|Not wanted either.",
    ])
    _write(tmp_path / "corpora" / second, [
        "111|t|A different title in a later file.",
        "111|a|A different abstract.",
        "333|t|Only here.",
        "333|a|Its abstract.",
    ])
    texts = acc.read_pubtator(tmp_path, {"111", "333", "444"})
    assert texts == {
        "111": {"pmid": "111", "title": "Cisplatin-induced ototoxicity.",
                "abstract": "A 50-year-old man had hearing loss | after cisplatin."},
        "333": {"pmid": "333", "title": "Only here.", "abstract": "Its abstract."},
    }


@pytest.mark.skipif(not (SHARED / "corpora").is_dir(), reason=f"shared corpora not found at {SHARED}")
@pytest.mark.parametrize("gold_name", ["CORPORA_GOLD", "CORPORA2_GOLD"])
def test_every_corpora_gold_record_is_read_by_kg_under_its_report_id(tmp_path, gold_name):
    acc = _accuracy()
    gold_path = getattr(acc, gold_name)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    jsonl = acc.write_corpora_jsonl(SHARED.resolve(), tmp_path, gold_path)
    docs = list(read_path(jsonl))
    assert not [d for d in docs if isinstance(d, InputError)]
    assert sorted(d.primary_id for d in docs) == sorted(g["report"] for g in gold)
    assert all(d.title and len(d.text) > len(d.title) for d in docs)


def test_a_gold_pmid_without_text_stops_the_benchmark(tmp_path, monkeypatch):
    acc = _accuracy()
    gold = tmp_path / "gold.json"
    gold.write_text(json.dumps([{"report": "pmid:999", "no_case": True}]), encoding="utf-8")
    monkeypatch.setattr(acc, "CORPORA_GOLD", gold)
    (tmp_path / "corpora").mkdir()
    with pytest.raises(SystemExit, match="999"):
        acc.write_corpora_jsonl(tmp_path, tmp_path)


def test_each_pubtator_batch_gets_its_own_jsonl(tmp_path, monkeypatch):
    # the third and fourth batches are separate sets: their abstracts go to two JSONL files
    acc = _accuracy()
    _write(tmp_path / "corpora" / acc.PUBTATOR_FILES[0], ["1|t|T1.", "1|a|A1.", "", "2|t|T2.", "2|a|A2."])
    first, second = tmp_path / "first.gold.json", tmp_path / "second.gold.json"
    first.write_text(json.dumps([{"report": "pmid:1", "no_case": True}]), encoding="utf-8")
    second.write_text(json.dumps([{"report": "pmid:2", "no_case": True}]), encoding="utf-8")
    monkeypatch.setattr(acc, "CORPORA_GOLD", first)
    monkeypatch.setattr(acc, "CORPORA2_GOLD", second)
    paths = acc.source_paths(tmp_path, [acc.PUBTATOR, acc.PUBTATOR2], tmp_path)
    assert [Path(p).name for p in paths] == ["first.jsonl", "second.jsonl"]
    assert [json.loads(Path(p).read_text(encoding="utf-8"))["pmid"] for p in paths] == ["1", "2"]


def test_every_webtext_gold_record_is_read_by_kg_under_its_report_id():
    """The webtext set's texts are in the repository: each gold record names one file of benchmarks/webtext/pages,
    every file has a record, and kg's readers give the file the record's report id (or one of its aliases)."""
    acc = _accuracy()
    gold = json.loads(acc.WEBTEXT_GOLD.read_text(encoding="utf-8"))
    texts = sorted(p.name for p in (ROOT / "benchmarks" / "webtext" / "pages").glob("webtext_*"))
    assert sorted(Path(g["source_file"]).name for g in gold) == texts
    for g in gold:
        docs = list(read_path(ROOT / g["source_file"]))
        assert len(docs) == 1 and not isinstance(docs[0], InputError), g["source_file"]
        assert docs[0].primary_id in {g["report"], *g.get("aliases", [])}, g["source_file"]


def test_webtext_set_is_ingested_from_the_checkout_and_kept_out_of_the_split(tmp_path):
    acc = _accuracy()
    assert acc.source_paths(tmp_path, acc.SETS["webtext"][1], tmp_path) == [str(ROOT / "benchmarks" / "webtext" / "pages")]
    split = json.loads(acc.SPLIT.read_text(encoding="utf-8"))["split"]
    webtext_reports = {g["report"] for g in json.loads(acc.WEBTEXT_GOLD.read_text(encoding="utf-8"))}
    assert not webtext_reports & set(split)
    assert acc.WEBTEXT_GOLD not in acc.SETS["tune"][0] and acc.WEBTEXT_GOLD not in acc.SETS["check"][0]


def test_every_webtext2_gold_record_is_read_by_kg_under_its_report_id():
    """The second synthetic set (web pages, PDF text, PubMed abstracts): one gold record per file of
    benchmarks/webtext2/pages, and kg's readers give each file the record's report id (or an alias)."""
    acc = _accuracy()
    gold = json.loads(acc.WEBTEXT2_GOLD.read_text(encoding="utf-8"))
    texts = sorted(p.name for p in (ROOT / "benchmarks" / "webtext2" / "pages").glob("webtext2_*"))
    assert len(texts) == 36
    assert sorted(Path(g["source_file"]).name for g in gold) == texts
    for g in gold:
        docs = list(read_path(ROOT / g["source_file"]))
        assert len(docs) == 1 and not isinstance(docs[0], InputError), g["source_file"]
        assert docs[0].primary_id in {g["report"], *g.get("aliases", [])}, g["source_file"]


def test_webtext2_set_is_held_out_of_the_split_and_of_webtext(tmp_path):
    acc = _accuracy()
    assert acc.source_paths(tmp_path, acc.SETS["webtext2"][1], tmp_path) == [str(ROOT / "benchmarks" / "webtext2" / "pages")]
    split = json.loads(acc.SPLIT.read_text(encoding="utf-8"))["split"]
    reports = {g["report"] for g in json.loads(acc.WEBTEXT2_GOLD.read_text(encoding="utf-8"))}
    assert not reports & set(split)
    assert not reports & {g["report"] for g in json.loads(acc.WEBTEXT_GOLD.read_text(encoding="utf-8"))}
    assert all(acc.WEBTEXT2_GOLD not in acc.SETS[name][0] for name in ("tune", "check", "webtext"))


def test_every_webtext3_gold_record_is_read_by_kg_under_its_report_id():
    """The third synthetic set (web pages with site chrome, PubMed abstracts, negatives): one gold record per
    file of benchmarks/webtext3/pages, and kg's readers give each file the record's report id (or an alias)."""
    acc = _accuracy()
    gold = json.loads(acc.WEBTEXT3_GOLD.read_text(encoding="utf-8"))
    texts = sorted(p.name for p in (ROOT / "benchmarks" / "webtext3" / "pages").glob("webtext3_*"))
    assert len(texts) == 40
    assert sorted(Path(g["source_file"]).name for g in gold) == texts
    for g in gold:
        docs = list(read_path(ROOT / g["source_file"]))
        assert len(docs) == 1 and not isinstance(docs[0], InputError), g["source_file"]
        assert docs[0].primary_id in {g["report"], *g.get("aliases", [])}, g["source_file"]


def test_webtext3_set_is_held_out_of_the_split_and_of_the_other_synthetic_sets(tmp_path):
    acc = _accuracy()
    assert acc.source_paths(tmp_path, acc.SETS["webtext3"][1], tmp_path) == [str(ROOT / "benchmarks" / "webtext3" / "pages")]
    split = json.loads(acc.SPLIT.read_text(encoding="utf-8"))["split"]
    reports = {g["report"] for g in json.loads(acc.WEBTEXT3_GOLD.read_text(encoding="utf-8"))}
    assert not reports & set(split)
    for other in (acc.WEBTEXT_GOLD, acc.WEBTEXT2_GOLD):
        assert not reports & {g["report"] for g in json.loads(other.read_text(encoding="utf-8"))}
    assert all(acc.WEBTEXT3_GOLD not in acc.SETS[name][0] for name in ("tune", "check", "webtext", "webtext2"))


@pytest.mark.parametrize("name,count", [(name, _LATER_COUNTS.get(name, 24)) for name in LATER_WEBTEXT_SETS])
def test_every_later_webtext_gold_record_is_read_by_kg_under_its_report_id(name, count):
    """The synthetic sets from the fourth on (written blind): one gold record per file of
    benchmarks/<set>/pages, and kg's readers give each file the record's report id (or an alias)."""
    acc = _accuracy()
    (gold_path,) = acc.SETS[name][0]
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    texts = sorted(p.name for p in (ROOT / "benchmarks" / name / "pages").glob(f"{name}_*"))
    assert len(texts) == count
    assert sorted(Path(g["source_file"]).name for g in gold) == texts
    for g in gold:
        docs = list(read_path(ROOT / g["source_file"]))
        assert len(docs) == 1 and not isinstance(docs[0], InputError), g["source_file"]
        assert docs[0].primary_id in {g["report"], *g.get("aliases", [])}, g["source_file"]


@pytest.mark.parametrize("name", LATER_WEBTEXT_SETS)
def test_later_webtext_sets_are_held_out_of_the_split_and_of_each_other(name, tmp_path):
    acc = _accuracy()
    assert acc.source_paths(tmp_path, acc.SETS[name][1], tmp_path) == [str(ROOT / "benchmarks" / name / "pages")]
    (gold_path,) = acc.SETS[name][0]
    reports = {g["report"] for g in json.loads(gold_path.read_text(encoding="utf-8"))}
    assert not reports & set(json.loads(acc.SPLIT.read_text(encoding="utf-8"))["split"])
    others = [p for other in ("webtext", "webtext2", "webtext3", *LATER_WEBTEXT_SETS)
              if other != name
              for p in acc.SETS[other][0]]
    for other in others:
        assert not reports & {g["report"] for g in json.loads(other.read_text(encoding="utf-8"))}
    assert all(gold_path not in acc.SETS[s][0] for s in ("tune", "check", "webtext", "webtext2", "webtext3"))


def test_blind_sets_print_counts_without_report_ids_or_drug_names(capsys):
    """A blind set's leaks, false cases and missed cases are printed as counts only (names stay in --json)."""
    acc = _accuracy()
    blind = sorted(acc.BLIND_SETS)[0]
    row = {"records": 3, "macro_f1": 0.5, "fields": {}, "cases_found": 1, "case_records": 2, "false_case_count": 1,
           "no_case_records": 1, "false_cases": ["pmid:111"], "literature_leak_count": 1,
           "literature_leaks": ["pmid:222: cisplatin"], "missing_reports": ["pmid:333"]}
    summary = {"sources": ["x"], "ingest_seconds": 1.0, "ingest": "ingested", "predicted_cases": 1,
               "sets": {blind: row, "dev": dict(row)}}
    acc.print_report(summary)
    out = capsys.readouterr().out
    blind_part, open_part = out.split("== dev")
    assert "literature leaks 1" in blind_part and "pmid:" not in blind_part and "cisplatin" not in blind_part
    assert "pmid:222: cisplatin" in open_part and "pmid:111" in open_part and "pmid:333" in open_part
    acc.print_report(summary, show_blind=True)
    assert "pmid:222: cisplatin" in capsys.readouterr().out.split("== dev")[0]


def _response_pair(entry: dict) -> tuple[str, tuple[str, ...]]:
    classes = entry["response"] if isinstance(entry["response"], list) else [entry["response"]]
    return " ".join(entry["drug"].lower().split()), tuple(sorted(classes))


@pytest.mark.parametrize("gold_path", sorted((ROOT / "benchmarks" / "gold").glob("*cases.gold.json")),
                         ids=lambda p: p.name)
def test_no_gold_record_lists_a_drug_and_response_class_twice(gold_path):
    """The scorer pools a report's predicted pairs and keeps each (drug, class) once, so a gold pair listed twice
    can never be matched: it is a permanent false negative, not a harder case (the README's rule: each pair
    once per record). Session 17 found five such duplicates in webtext7/10/13/14/15 and removed them."""
    for record in json.loads(gold_path.read_text(encoding="utf-8")):
        pairs = [_response_pair(r) for r in record.get("responses", [])]
        repeated = sorted({p for p in pairs if pairs.count(p) > 1})
        assert not repeated, (record["report"], repeated)
