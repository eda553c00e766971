"""What the generated benches of made-up reports share (tools/make_abstract_shapes.py, make_old_abstracts.py,
make_series_shapes.py): their command line (--check / --show / --seed / --verbose), kg's cases of one generated
file, the run over the generated items, and the failure tally they print (reports wrong per shape, problem kinds
with a first example, failure rate per slot).

Kept in one place so that the benches run and report alike and a change is made once. Each bench supplies only its
vocabulary, `generate(n, seed)` and `problems(expected, cases)`.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path


def bench_parser(description: str, noun: str, seed: int) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--check", type=int, metavar="N", help=f"run kg on N {noun} and list the failures")
    ap.add_argument("--show", type=int, metavar="N", help=f"print N {noun} with their expected facts")
    ap.add_argument("--seed", type=int, default=seed)
    ap.add_argument("--verbose", action="store_true", help=f"print every failing one of the {noun}")
    return ap


def bench_main(argv, description: str, noun: str, seed: int, generate, problems) -> int:
    """--show N prints generated items; --check N runs kg on them and prints the failure tally."""
    a = bench_parser(description, noun, seed).parse_args(argv)
    if a.show:
        show(generate(a.show, a.seed))
        return 0
    tally = FailureTally()
    for name, text, exp, errs, _cases in run_bench(generate(a.check or 200, a.seed), pipeline(), problems):
        tally.add(name, exp, errs)
        if errs and a.verbose:
            print(name, exp["slots"], errs, "\n   ", text.replace("\n", " | ")[:900], "\n")
    tally.print_problems(noun)
    tally.print_slot_rates()
    return 0


def show(items) -> None:
    for name, text, exp in items:
        print(name, exp["slots"], json.dumps(exp["cases"]), "\n", text, "\n")


def pipeline():
    """kg's NLP pipeline, from this checkout (the tools run as scripts, without kg installed too)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from kg.nlp import build_pipeline
    return build_pipeline()


def cases_of(nlp, name: str, text: str) -> list:
    """kg's cases of one generated file, read and extracted as `kg ingest` does."""
    from kg.extraction.extract import extract_report
    from kg.readers import read_bytes
    docs = [d for d in read_bytes(text.encode(), name) if hasattr(d, "ids")]
    return [c for d in docs for c in extract_report(d, nlp).cases]


def match_cases(exp: dict, cases: list) -> tuple[list[str], list[tuple[list, list]], bool]:
    """The count check every generated bench starts with: (problems so far, the (kg's cases, the wanted
    cases) to compare, pooled). A negative gives only "false cases N", a case text without any case "no
    case"; a series read as one case is no problem (the scorer pools a report's cases), and any other
    count mismatch is compared pooled."""
    want = exp["cases"]
    if not want:
        return ([f"false cases {len(cases)}"] if cases else []), [], False
    if not cases:
        return ["no case"], [], False
    out = []
    if len(cases) != len(want) and not (exp.get("series") and len(cases) == 1):
        out.append(f"cases {len(cases)} != {len(want)}")
    pooled = len(cases) != len(want)
    return out, ([(cases, want)] if pooled else [([c], [w]) for c, w in zip(cases, want)]), pooled


def run_bench(items, nlp, problems):
    """(name, text, expected, problems, cases) per generated item; a file kg cannot read is a finding, not a crash."""
    for name, text, exp in items:
        try:
            cases = cases_of(nlp, name, text)
        except Exception as exc:  # noqa: BLE001 (a report that cannot be read is a finding)
            yield name, text, exp, [f"ERROR {str(exc)[:60]}"], []
            continue
        yield name, text, exp, problems(exp, cases), cases


class FailureTally:
    def __init__(self) -> None:
        self.shapes: Counter = Counter()
        self.failing: Counter = Counter()
        self.kinds: Counter = Counter()
        self.by_slot: Counter = Counter()
        self.slot_total: Counter = Counter()
        self.example: dict = {}

    def add(self, name: str, exp: dict, errs: list[str]) -> None:
        """One generated report: `exp` holds its "shape" and "slots"; `errs` the problems found ("... (got ...)")."""
        self.shapes[exp["shape"]] += 1
        self.failing[exp["shape"]] += bool(errs)
        for k, v in exp["slots"].items():
            self.slot_total[f"{k}={v}"] += 1
            self.by_slot[f"{k}={v}"] += bool(errs)
        for e in errs:
            key = (exp["shape"], e.split(" (got")[0])
            self.kinds[key] += 1
            self.example.setdefault(key, name)

    def print_problems(self, noun: str, width: int = 50) -> None:
        print(f"{sum(self.failing.values())} of {sum(self.shapes.values())} {noun} wrong")
        for s in sorted(self.shapes):
            print(f"  {s:20} {self.failing[s]:3}/{self.shapes[s]}")
        print("problems:")
        for k, v in sorted(self.kinds.items(), key=lambda kv: -kv[1]):
            print(f"  {v:3} {k[0]:14} {k[1]:{width}} {self.example[k]}")

    def print_slot_rates(self) -> None:
        print("failure rate by slot:")
        for k in sorted(self.slot_total, key=lambda k: -self.by_slot[k] / self.slot_total[k]):
            if self.by_slot[k]:
                print(f"  {k:40} {self.by_slot[k]}/{self.slot_total[k]}")
