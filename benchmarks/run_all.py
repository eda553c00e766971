"""Run every speed benchmark of part A and print their tables.

    /work/venv/bin/python benchmarks/run_all.py [--quick] [--repeat N]

1. benchmarks/ingest_throughput.py (-j 1 and -j 2 beside the floor; keeps the
   -j 1 store in benchmarks/out/bench-store);
2. benchmarks/validation_speed.py on the graphs of that store;
3. benchmarks/query_latency.py at --query-sizes generated cases (default 10000 and
   100000; the 100k run generates a 5 GB file and takes well over an hour on 2 cores).

Results: benchmarks/out/ingest_throughput.json, validation_speed.json and
run_all.json (git-ignored). Exit status 0 even when a target is missed: the
tables say by how much.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ingest_throughput  # noqa: E402
import validation_speed  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="leave the 1,090 abstracts out of the ingest benchmark")
    ap.add_argument("--repeat", type=int, default=1, help="ingest repeats (validation always takes a median of 3)")
    ap.add_argument("--query-sizes", type=int, nargs="*", default=[10_000, 100_000],
                    help="generated case counts for the query benchmark (none: skip it)")
    ap.add_argument("--query-runs", type=int, default=5)
    a = ap.parse_args()
    argv = ["--keep-store", "--repeat", str(a.repeat)] + (["--quick"] if a.quick else [])
    ing = ingest_throughput.main(argv)
    print()
    val = validation_speed.main(["--store", str(OUT / "bench-store")])
    verdicts = ing.get("verdicts", []) + [val["verdict"]]
    if a.query_sizes:
        import query_latency

        print()
        query_latency.main(["--sizes", *map(str, a.query_sizes), "--runs", str(a.query_runs)])
        verdicts.append("query latency: see the table above and benchmarks/out/query_latency-*.json")
    print("\nsummary:\n  " + "\n  ".join(verdicts))
    (OUT / "run_all.json").write_text(json.dumps({"verdicts": verdicts}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
