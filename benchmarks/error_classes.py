"""Counts of error CLASSES per tuned and held-out part, from one `accuracy.py --cases` output; no names.

    python benchmarks/accuracy.py --jobs 2 --cases /tmp/pred.json
    python benchmarks/error_classes.py /tmp/pred.json              # pooled webtext odd / even, real tune / check
    python benchmarks/error_classes.py /tmp/pred.json --per-set    # also every webtext set's even half

Why: a held-out half may only be looked at through aggregate counts (its pages and per-record errors stay
unread), and per-field P/R says *that* kg loses there, not *how*. These classes say how (a diagnosis substituted
by another or missed outright; a response with the right drug and the wrong class, or credited to another drug; an
adverse event found with the wrong grade, or not found), so that work can aim at the mechanisms behind held-out
errors instead of at the pages one has read. Matching is ../shared/eval/score_cases.py's own (its functions are
imported), so every part's error counts equal the scorer's fp/fn (tests/benchmarks/test_error_classes.py checks it).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
sys.path.insert(0, str(Path(__file__).resolve().parent))
import halves  # noqa: E402  (the parts: webtext odd/even pages, split.json tune/check)


def load_scorer(shared: Path = SHARED):
    spec = importlib.util.spec_from_file_location("kg_bench_score_cases", shared / "eval" / "score_cases.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def unmatched(preds: list, golds: list, same) -> tuple[list, list]:
    """The predictions and gold entries left over by the scorer's one-to-one first-fit greedy match."""
    _, left_preds, left_golds = _pair_off(preds, golds, same)
    return left_preds, left_golds


def _pair_off(left_p: list, left_g: list, related) -> tuple[int, list, list]:
    """Pair predictions with gold entries they are related to, one to one, first fit (score_cases.greedy's order):
    the count of pairs and what stays unpaired on each side."""
    used: set[int] = set()
    rest_p = []
    for p in left_p:
        for i, g in enumerate(left_g):
            if i not in used and related(p, g):
                used.add(i)
                break
        else:
            rest_p.append(p)
    return len(used), rest_p, [g for i, g in enumerate(left_g) if i not in used]


def classify_record(sc, cases: list[dict], gold: dict) -> Counter:
    """Error classes of one gold record against the cases predicted for its report. Each scorer fp/fn is counted
    once: a substitution (one fp and one fn that are the same fact told wrong) counts 1 under its class and is
    the pair's fp and fn both."""
    out: Counter = Counter()
    if gold.get("no_case"):
        if cases:
            out["record: false case"] += 1
    elif not cases:
        out["record: case missed"] += 1
    pred = sc.pooled(cases)
    g_diag = gold.get("diagnoses", [])
    fp, fn = unmatched(pred["diagnoses"], g_diag, sc.matches)
    n, fp, fn = _pair_off(fp, fn, lambda p, g: True)
    out["diagnoses: substituted (fp+fn)"] += n
    out["diagnoses: extra (fp)"] += len(fp)
    out["diagnoses: missed (fn)"] += len(fn)

    def same_fusion(p, g):
        return p[1] == (g["three_prime"] or "").upper() and (g["five_prime"] is None or p[0] == g["five_prime"].upper())

    fp, fn = unmatched(pred["fusions"], gold.get("fusions", []), same_fusion)
    n, fp, fn = _pair_off(fp, fn, lambda p, g: p[1] == (g["three_prime"] or "").upper() or
                          (g["five_prime"] or "").upper() in (p[0], p[1]))
    out["fusions: partner wrong (fp+fn)"] += n
    out["fusions: extra (fp)"] += len(fp)
    out["fusions: missed (fn)"] += len(fn)

    fp, fn = unmatched(pred["drugs"], gold.get("drugs_given", []), sc.matches)
    not_given = [p for p in fp if any(sc.matches(p, {"labels": [name]}) for name in gold.get("drugs_not_given", []))]
    out["drugs: not-given read as given (fp)"] += len(not_given)
    out["drugs: extra (fp)"] += len(fp) - len(not_given)
    out["drugs: missed (fn)"] += len(fn)

    def same_drug(p, g):
        return sc.matches(p[0], sc.drug_gold(gold, g["drug"]))

    def classes(g):
        return g["response"] if isinstance(g["response"], list) else [g["response"]]

    def same_resp(p, g):
        return p[1] in classes(g) and same_drug(p, g)

    fp, fn = unmatched(pred["responses"], gold.get("responses", []), same_resp)
    n, fp, fn = _pair_off(fp, fn, same_drug)
    out["responses: right drug, wrong class (fp+fn)"] += n
    n, fp, fn = _pair_off(fp, fn, lambda p, g: p[1] in classes(g))
    out["responses: right class, another drug (fp+fn)"] += n
    gold_drug = [p for p in fp if any(sc.matches(p[0], d) for d in gold.get("drugs_given", []))]
    out["responses: extra pair, drug given (fp)"] += len(gold_drug)
    out["responses: extra pair, drug not given (fp)"] += len(fp) - len(gold_drug)
    predicted_drug = [g for g in fn if any(sc.matches(d, sc.drug_gold(gold, g["drug"])) for d in pred["drugs"])]
    out["responses: missed, drug found (fn)"] += len(predicted_drug)
    out["responses: missed, drug not found (fn)"] += len(fn) - len(predicted_drug)

    def same_ae(p, g):
        return p[0] in {sc.norm(x) for x in g["labels"]} and p[1] in g.get("grade", [None])

    fp, fn = unmatched(pred["adverse_events"], gold.get("adverse_events", []), same_ae)
    n, fp, fn = _pair_off(fp, fn, lambda p, g: p[0] in {sc.norm(x) for x in g["labels"]})
    out["adverse events: right event, wrong grade (fp+fn)"] += n
    out["adverse events: extra (fp)"] += len(fp)
    graded = [g for g in fn if any(x is not None for x in g.get("grade", [None]))]
    out["adverse events: missed, graded (fn)"] += len(graded)
    out["adverse events: missed, ungraded (fn)"] += len(fn) - len(graded)
    return +out  # the classes that occur (a Counter's unary plus drops zero counts)


def cases_by_report(predicted: list[dict]) -> dict[str, list[dict]]:
    by: dict[str, list[dict]] = {}
    for c in predicted:
        for i in {str(c.get("report", "")).lower()} | {str(x).lower() for x in c.get("report_ids", [])}:
            by.setdefault(i, []).append(c)
    return by


def cases_for(by: dict[str, list[dict]], gold: dict) -> list[dict]:
    """The cases predicted for a gold record's report, under its id or an alias (as the scorer finds them)."""
    cases, seen = [], set()
    for key in [gold["report"], *gold.get("aliases", [])]:
        for c in by.get(key.lower(), []):
            if id(c) not in seen:
                seen.add(id(c))
                cases.append(c)
    return cases


def classify_part(sc, by: dict[str, list[dict]], records: list[dict]) -> Counter:
    total: Counter = Counter()
    for gold in records:
        total += classify_record(sc, cases_for(by, gold), gold)
    return total


def columns(per_set: bool) -> list[tuple[str, list[dict]]]:
    """Pooled parts (webtext odd, webtext even, real-abstract tune, real-abstract check), then, with per_set,
    every webtext set's even half."""
    pooled: dict[str, list[dict]] = {"webtext odd": [], "webtext even": [], "real tune": [], "real check": []}
    per: list[tuple[str, list[dict]]] = []
    for label, records in halves.parts():
        name, part = label.split(" ", 1)
        if name.startswith("webtext"):
            pooled["webtext odd" if part.startswith("odd") else "webtext even"] += records
            if per_set and part.startswith("even"):
                per.append((f"{name} even", records))
        else:
            pooled[f"real {part}"] += records
    return list(pooled.items()) + per


def render(table: list[tuple[str, Counter]]) -> str:
    names = sorted({k for _, c in table for k in c}, key=lambda k: (k.split(":")[0], k))
    width = max(len(n) for n in names) if names else 10
    head = " " * width + "".join(f"{label:>14s}" for label, _ in table)
    lines = [head]
    for n in names:
        lines.append(f"{n:{width}s}" + "".join(f"{c.get(n, 0):14d}" for _, c in table))
    return "\n".join(lines)


def parse_args(argv: list[str], doc: str | None, records: bool = False) -> argparse.Namespace:
    """The command line shared by this script and miss_classes.py (`--help` prints the module's docstring)."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("predictions", type=Path, help="the JSON that accuracy.py --cases wrote")
    parser.add_argument("--per-set", action="store_true", help="also a column for every webtext set's even half")
    if records:
        parser.add_argument("--records", action="store_true", help="count records a class occurs in, not facts")
    return parser.parse_args(argv)


def load_predictions(path: Path) -> dict:
    """The predictions file, or exit with one line saying what is wrong with it (no traceback)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SystemExit(f"{path}: expected the JSON written by accuracy.py --cases; could not read it ({exc})")


def main(argv: list[str]) -> None:
    args = parse_args(argv, __doc__)
    pred = load_predictions(args.predictions)
    sc = load_scorer()
    by = cases_by_report(pred)
    table = [(label, classify_part(sc, by, records)) for label, records in columns(args.per_set)]
    print(render(table))


if __name__ == "__main__":
    main(sys.argv[1:])
