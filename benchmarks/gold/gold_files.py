"""Apply gold conventions to every gold file of benchmarks/gold, printing counts per set only (never record
content: some records are held out). Shared by the apply_conventions<session>.py scripts."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable

GOLD = Path(__file__).resolve().parent


def apply_to_gold_files(conventions: dict[str, Callable[[dict], int]], argv: list[str]) -> None:
    """Run each convention (record -> number of changes) over every record; write a file only if it changed
    (its indent and final newline kept) unless --dry-run; print per set the counts that are not zero."""
    dry = "--dry-run" in argv
    counts: dict[str, Counter] = defaultdict(Counter)
    for path in sorted(GOLD.glob("*_cases.gold.json")):
        text = path.read_text(encoding="utf-8")
        records = json.loads(text)
        indent = 2 if text.startswith("[\n  ") else 1
        name = path.name.split("_cases")[0]
        for record in records:
            for key, fn in conventions.items():
                counts[name][key] += fn(record)
        if not dry and sum(counts[name].values()):
            out = json.dumps(records, indent=indent, ensure_ascii=False) + ("\n" if text.endswith("\n") else "")
            path.write_text(out, encoding="utf-8")
    for name, c in counts.items():
        if sum(c.values()):
            print(name, dict((k, v) for k, v in c.items() if v))
