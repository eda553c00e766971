"""What the literal prefilters (kg.rules.prefilter) cost per sentence, machine-independently.

    python benchmarks/literal_filters.py [--corpus DIR] [--sentences 3000] [--top 12]

Every filter of kg/rules/prefilter_cache.json (the code the pipeline runs before a rule's regex) is
evaluated on the same sample of report sentences (the corpus of benchmarks/ingest_throughput.py,
split at sentence ends; a fixed seed), case-folded for case-insensitive patterns. Prints the number
of ``in`` tests per sentence over all filters (a count: the load of a shared machine does not
change it), CPU µs per sentence (process time, best of 3) and the filters with the most tests.
Use it to compare the code generator's output before and after a change (same sample, same rules).
"""
from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_throughput import DEFAULT_CORPUS, corpus_paths  # noqa: E402


class _Counted(str):
    """A str that counts the ``in`` tests made on it."""

    tests = 0

    def __contains__(self, x):
        _Counted.tests += 1
        return str.__contains__(self, x)


def _folded(key: str) -> bool:
    """Is the filter of this cache key read on the lower-cased text? (A key is "[fold:]FLAGS:PATTERN"
    (kg.rules.prefilter.cache_key): case-insensitive patterns and ``fold`` ones are.)"""
    fold, flags = key.startswith("fold:"), key.removeprefix("fold:").split(":", 1)[0]
    return fold or bool(int(flags) & re.IGNORECASE)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sentences", type=int, default=3000)
    ap.add_argument("--top", type=int, default=12)
    a = ap.parse_args(argv)

    from kg.pipeline import iter_documents
    from kg.rules.prefilter import CACHE_FILE, FILTER_ENV

    docs = [d for d in iter_documents(corpus_paths(a.corpus, False)) if not isinstance(d, Exception)]
    sentences = [p for d in docs for p in re.split(r"(?<=[.;])\s+", d.text) if p.strip()]
    random.seed(0)
    sentences = random.sample(sentences, min(a.sentences, len(sentences)))
    analyses = json.loads(CACHE_FILE.read_text(encoding="utf-8"))["analyses"]
    filters = [(_folded(key), v["filter"]) for key, v in analyses.items() if v["filter"]]
    folded = [s.lower() for s in sentences]
    per = []
    for fold, code in filters:
        check = eval(f"lambda t: {code}", dict(FILTER_ENV))  # noqa: S307 - the cache's own code: repr() of literals only
        texts = folded if fold else sentences
        before = _Counted.tests
        for t in texts:
            check(_Counted(t))
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            for t in texts:
                check(t)
            best = min(best, time.process_time() - t0)
        per.append((_Counted.tests - before, best, code))
    n = len(sentences)
    print(f"{len(filters)} filters, {n} sentences: {sum(p[0] for p in per) / n:.0f} literal tests and "
          f"{sum(p[1] for p in per) / n * 1e6:.0f} CPU µs per sentence (all filters on every sentence)")
    for tests, cpu, code in sorted(per, reverse=True)[:a.top]:
        print(f"{tests / n:8.1f} tests {cpu / n * 1e6:6.2f} µs  {code[:100]}")


if __name__ == "__main__":
    main()
