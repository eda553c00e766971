"""Tokens per second of the kg NLP pipeline on the seed reports.

    /work/venv/bin/python benchmarks/nlp_speed.py [DIR] [--repeat N]

Prints the full pipeline and tokenizer + term rules alone (kg_terms, kg_rules).
"""
from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from kg.nlp import build_pipeline

_TAG = re.compile(r"<[^>]+>")


def load_texts(d: Path) -> list[str]:
    texts = []
    for p in sorted(d.iterdir()):
        if not p.is_file():
            continue
        t = p.read_text(encoding="utf-8", errors="replace")
        if t.lstrip().startswith("<"):
            t = _TAG.sub(" ", t)  # crude: enough for a speed measurement on XML seeds
        texts.append(t)
    return texts


def rate(nlp, texts, disable=()) -> tuple[int, float]:
    t0 = time.perf_counter()
    with nlp.select_pipes(disable=list(disable)):
        n = sum(len(d) for d in nlp.pipe(texts, batch_size=16))
    return n, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("dir", nargs="?", default="/work/shared/corpus/seeds")
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()
    texts = load_texts(Path(a.dir)) * a.repeat
    t0 = time.perf_counter()
    nlp = build_pipeline()
    print(f"pipeline built in {time.perf_counter() - t0:.2f}s: {nlp.pipe_names}")
    rate(nlp, texts[:1])  # warm-up (linker memo, lazy init)
    n, s = rate(nlp, texts)
    print(f"full pipeline:           {n} tokens in {s:.2f}s = {n / s:,.0f} tokens/s")
    rules_only = [p for p in nlp.pipe_names if p not in ("kg_terms", "kg_rules")]
    n, s = rate(nlp, texts, disable=rules_only)
    print(f"tokenizer + entity rules: {n} tokens in {s:.2f}s = {n / s:,.0f} tokens/s")
    n, s = rate(nlp, texts, disable=nlp.pipe_names)
    print(f"tokenizer alone:          {n} tokens in {s:.2f}s = {n / s:,.0f} tokens/s")


if __name__ == "__main__":
    main()
