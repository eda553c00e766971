"""Predict cases for the real texts of ../shared that no gold file uses (the silver review's input).

Usage: python benchmarks/silver/predict.py OUT.json [--shared DIR] [--jobs N]

Sources: the NSCLC-guideline abstracts (corpus/abstracts), every PubTator abstract of ../shared/corpora
(written as {pmid, title, abstract} JSONL at run time, as accuracy.py does), the CaseReportBench texts and the
BioC web-page reports (corpus/text, corpus/annotated). Records whose report id or alias is named by any gold
file (benchmarks/gold/*.json, ../shared/gold/*.json) are left out before ingesting where the source allows it
(the JSONL abstracts) and dropped from the output otherwise, so no held-out record's output is written.
OUT gets `kg cases --format json` of the rest (extracted facts only, no text).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
import accuracy  # noqa: E402  (benchmarks/accuracy.py: PubTator files, kg binary)


def gold_ids(shared: Path) -> set[str]:
    """Every report id and alias any gold file names, lower-cased (readers and gold differ in the case of
    `pmcid:PMC...`)."""
    ids: set[str] = set()
    for path in [*sorted((ROOT / "benchmarks" / "gold").glob("*.json")), *sorted((shared / "gold").glob("*.json"))]:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, list):
            continue
        for rec in data:
            if isinstance(rec, dict) and "report" in rec:
                ids.add(rec["report"].lower())
                ids.update(a.lower() for a in rec.get("aliases") or [])
    return ids


def all_pubtator_pmids(shared: Path) -> set[str]:
    pmids: set[str] = set()
    for rel in accuracy.PUBTATOR_FILES:
        path = shared / "corpora" / rel
        if path.is_file():
            with path.open(encoding="utf-8") as f:
                for line in f:
                    pmid, sep, rest = line.partition("|")
                    if sep and rest.startswith("t|"):
                        pmids.add(pmid)
    return pmids


def write_sources(shared: Path, workdir: Path, excluded: set[str]) -> list[str]:
    """The paths to ingest: filtered JSONL copies (in workdir) and the multi-record corpus files."""
    keep = lambda pmid: f"pmid:{pmid}" not in excluded  # noqa: E731
    abstracts = workdir / "silver_abstracts.jsonl"
    with abstracts.open("w", encoding="utf-8") as out:
        for line in (shared / "corpus" / "abstracts" / "nsclc_guideline_cited_abstracts.jsonl").open(encoding="utf-8"):
            if line.strip() and keep(json.loads(line)["pmid"]):
                out.write(line)
    texts = accuracy.read_pubtator(shared, {p for p in all_pubtator_pmids(shared) if keep(p)})
    pubtator = workdir / "silver_pubtator.jsonl"
    with pubtator.open("w", encoding="utf-8") as out:
        for pmid in sorted(texts, key=int):
            out.write(json.dumps(texts[pmid], ensure_ascii=False) + "\n")
    return [str(abstracts), str(pubtator), str(shared / "corpus" / "text" / "casereportbench_cases.json"),
            str(shared / "corpus" / "annotated")]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--shared", type=Path, default=accuracy.default_shared())
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    shared = args.shared.resolve()
    excluded = gold_ids(shared)
    kg = accuracy.kg_binary()
    with tempfile.TemporaryDirectory(prefix="kg-silver-") as tmp:
        work = Path(tmp)
        paths = write_sources(shared, work, excluded)
        done = subprocess.run([kg, "ingest", "--store", str(work / "store"), "--jobs", str(args.jobs), *paths],
                              capture_output=True, text=True)
        summary = next((ln for ln in (done.stdout + done.stderr).splitlines() if ln.startswith("ingested ")), "")
        if done.returncode not in (0, 1) or not summary:
            raise SystemExit(f"kg ingest failed ({done.returncode}):\n{done.stderr[-2000:]}")
        out = subprocess.run([kg, "cases", "--store", str(work / "store"), "--format", "json"],
                             capture_output=True, text=True, check=True)
    cases = [c for c in json.loads(out.stdout)
             if not ({i.lower() for i in [c.get("report") or "", *(c.get("report_ids") or [])]} & excluded)]
    args.out.write_text(json.dumps(cases, indent=1), encoding="utf-8")
    print(f"{summary.strip()}; {len(cases)} cases outside the gold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
