"""Macro F1 of the tuned and held-out parts of every dev set, from one `accuracy.py --cases` output.

    python benchmarks/accuracy.py --jobs 2 --cases /tmp/pred.json
    python benchmarks/halves.py /tmp/pred.json
    python benchmarks/halves.py /tmp/pred.json --fields    # also P/R/F1 of each field per part

webtext* sets: odd-numbered pages (dev, may be tuned on) and even-numbered pages (held out); an even page listed
in benchmarks/gold/opened.json (opened later, for the reason given there) counts with the dev part;
dev, corpora, corpora2 and ../shared's abstracts gold: the tune and check parts of
benchmarks/gold/split.json. Each part is scored by ../shared/eval/score_cases.py on the gold
records of that part only.
"""
from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "benchmarks" / "gold"
# every synthetic set with a gold file here, in the order they were written (webtext, webtext2, ...)
WEBTEXT_SETS = tuple(sorted((p.name.split("_")[0] for p in GOLD.glob("webtext*_cases.gold.json")),
                            key=lambda name: int(name[len("webtext"):] or 1)))
SPLIT_SETS = {"dev": GOLD / "dev_cases.gold.json", "corpora": GOLD / "corpora_cases.gold.json", "corpora2": GOLD / "corpora2_cases.gold.json",
              "abstracts": SHARED / "gold" / "abstracts_cases.gold.json"}


# held-out pages opened as dev later, by page stem ("webtext7_06"), with the reason each was opened
OPENED = set(json.loads((GOLD / "opened.json").read_text(encoding="utf-8"))["pages"])

FIELDS = ("diagnoses", "fusions", "drugs", "responses", "adverse_events")


def score_lines(pred: Path, records: list[dict]) -> list[str]:
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
        json.dump(records, fh)
    out = subprocess.run([sys.executable, str(SHARED / "eval" / "score_cases.py"), str(pred), fh.name],
                         capture_output=True, text=True, check=True).stdout
    Path(fh.name).unlink()
    return out.strip().splitlines()


def field_lines(lines: list[str]) -> list[str]:
    """The per-field count lines only: the scorer's leak line names drugs and reports, which a held-out part must
    not show (aggregate counts are what a held-out half may be looked at through)."""
    # (the leak line starts with "drugs reported as given ...": a field line is the name, then its P= column)
    return [line for line in lines if line.split(" ", 1)[0] in FIELDS and re.match(r"\S+\s+P=", line)]


def is_dev_page(source_file: str) -> bool:
    """An odd-numbered page, or an even one opened later (OPENED)."""
    stem = Path(source_file).stem
    return int(re.search(r"_(\d+)$", stem).group(1)) % 2 == 1 or stem in OPENED


def parts() -> list[tuple[str, list[dict]]]:
    out = []
    for name in WEBTEXT_SETS:
        gold = json.loads((GOLD / f"{name}_cases.gold.json").read_text(encoding="utf-8"))
        dev = {id(r) for r in gold if is_dev_page(r["source_file"])}
        out.append((f"{name} odd (dev)", [r for r in gold if id(r) in dev]))
        held_out = [r for r in gold if id(r) not in dev]
        if held_out:  # a set whose whole even half was opened has no held-out part left to print
            out.append((f"{name} even (held out)", held_out))
    split = json.loads((GOLD / "split.json").read_text(encoding="utf-8"))["split"]
    for name, path in SPLIT_SETS.items():
        gold = json.loads(path.read_text(encoding="utf-8"))
        for part in ("tune", "check"):
            out.append((f"{name} {part}", [r for r in gold if split.get(r["report"]) == part]))
    return out


def main(argv: list[str]) -> None:
    pred = Path(argv[0])
    for label, records in parts():
        lines = score_lines(pred, records)
        print(f"{label:28s} {len(records):3d} records  {lines[-1]}")
        if "--fields" in argv:
            for line in field_lines(lines):
                print(f"    {line}")


if __name__ == "__main__":
    main(sys.argv[1:])
