"""The failure tally every generated bench prints (tools/make_abstract_shapes.py, make_old_abstracts.py,
make_series_shapes.py): reports wrong per shape, problem kinds with a first example, failure rate per slot.

Kept in one place so that the benches report alike and a change to the report is made once.
"""
from __future__ import annotations

from collections import Counter


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
