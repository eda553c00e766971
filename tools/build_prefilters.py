#!/usr/bin/env python
"""Regenerate kg/rules/prefilter_cache.json: the literal prefilters (and the other analyses of
kg.rules.prefilter) of every regular expression the NLP pipeline builds, derived once here instead of
in every process that builds the pipeline (the forkserver of `kg ingest -j N` included).

    python tools/build_prefilters.py          # write the cache
    python tools/build_prefilters.py --check  # exit 1 when the cache is not what would be written

Run it after editing kg/rules/*.jsonl or kg/rules/prefilter.py (--check says whether it is due).
A stale cache never changes a result: entries are keyed by the exact pattern text and flags, and the
whole file is ignored when kg/rules/prefilter.py or the Python version changed (its fingerprint);
what it misses is derived at start-up as without a cache. Deterministic: the same patterns and
module give the same bytes. Runs in a fresh interpreter so that every analysis made while the
pipeline is built (module-level patterns included) is recorded.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

_RECORD = r"""
import sys
from kg.rules import prefilter
prefilter._recording = {}
from kg.pipeline import warm_up, worker_nlp
worker_nlp()
warm_up()
sys.stdout.write(prefilter.cache_text(prefilter._recording))
"""


def cache_text() -> str:
    """The cache as this checkout's pipeline would have it (built in a child interpreter)."""
    r = subprocess.run([sys.executable, "-c", _RECORD], cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    if r.returncode != 0:
        sys.exit(f"building the pipeline failed:\n{r.stderr[-3000:]}")
    return r.stdout


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    a = ap.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from kg.rules.prefilter import CACHE_FILE

    text = cache_text()
    n = text.count("\n") - 3
    if a.check:
        current = CACHE_FILE.read_text(encoding="utf-8") if CACHE_FILE.exists() else ""
        if current != text:
            print(f"{CACHE_FILE.relative_to(ROOT)} is out of date: run python tools/build_prefilters.py")
            return 1
        print(f"{CACHE_FILE.relative_to(ROOT)} is up to date ({n} patterns)")
        return 0
    CACHE_FILE.write_text(text, encoding="utf-8")
    print(f"wrote {CACHE_FILE.relative_to(ROOT)} ({n} patterns)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
