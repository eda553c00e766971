"""Re-ingesting real reports never changes the store (issue #15, done-when): a sample of every
format in ../shared/corpus ingested, ingested again on top (skipped as unchanged, then forced
through the whole pipeline), and ingested into a new store in the reverse order with another
number of workers gives the same store dump and the same `kg cases`, byte for byte."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from reliability_inputs import run_kg, summary_line

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

pytestmark = pytest.mark.system


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> list[Path]:
    """Paths to ingest: the seeds, JATS and PubMed folders, and a few records of each collection
    (written to a temporary folder: the shared data is never copied into the repository)."""
    if not CORPUS.is_dir():
        pytest.skip(f"../shared not found: {CORPUS} (the corpus lives beside the checkout)")
    out = tmp_path_factory.mktemp("sample")
    lines = (CORPUS / "abstracts" / "nsclc_guideline_cited_abstracts.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [ln for ln in lines if "year-old" in json.loads(ln).get("abstract", "")][:10]
    (out / "abstracts.jsonl").write_text("\n".join(lines[:20] + cases) + "\n", encoding="utf-8")
    crb = json.loads((CORPUS / "text" / "casereportbench_cases.json").read_text(encoding="utf-8"))
    (out / "casereportbench.json").write_text(json.dumps(crb[:12]), encoding="utf-8")
    bioc = json.loads((CORPUS / "annotated" / "ada_case_report_corpus.bioc.json").read_text(encoding="utf-8"))
    bioc["documents"] = bioc["documents"][:8]
    (out / "bioc.json").write_text(json.dumps(bioc), encoding="utf-8")
    return [CORPUS / "seeds", CORPUS / "jats", CORPUS / "pubmed", out / "abstracts.jsonl",
            out / "casereportbench.json", out / "bioc.json"]


def ingest(store: Path, paths: list[Path], *extra: str):
    run = run_kg("ingest", *map(str, paths), "--store", str(store), *extra, timeout=1200)
    assert run.returncode in (0, 1) and "Traceback" not in run.stderr, run.stderr[-3000:]
    return run


def snapshot(store: Path) -> tuple[str, str]:
    dump = run_kg("export", "--store", str(store), "--format", "nquads")
    cases = run_kg("cases", "--store", str(store))
    assert dump.returncode == 0 and cases.returncode == 0, dump.stderr + cases.stderr
    return dump.stdout, cases.stdout


def test_corpus_reingest_is_byte_identical_in_any_order(sample, tmp_path):
    first = ingest(tmp_path / "a", sample, "-j", "2")
    reports = int(summary_line(first.stderr).split()[1])
    assert reports >= 40, first.stderr[-2000:]
    dump, cases = snapshot(tmp_path / "a")
    assert len(json.loads(cases)) >= 10 and dump.count("\n") > 1000

    again = ingest(tmp_path / "a", sample, "-j", "2")        # on top: every report unchanged
    assert summary_line(again.stderr).startswith("ingested 0 report(s)")
    assert f"unchanged {reports}" in summary_line(again.stderr)
    assert snapshot(tmp_path / "a") == (dump, cases)

    forced = ingest(tmp_path / "a", sample, "-j", "2", "--force")   # on top, through the whole pipeline
    assert summary_line(forced.stderr).startswith(f"ingested {reports} report(s)")
    assert snapshot(tmp_path / "a") == (dump, cases)

    reverse = ingest(tmp_path / "b", sample[::-1], "-j", "1")   # a new store, the other order
    assert summary_line(reverse.stderr).startswith(f"ingested {reports} report(s)")
    assert snapshot(tmp_path / "b") == (dump, cases)
