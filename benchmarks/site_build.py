"""`kg site` and `kg plot swimmer` on a generated store: build time, page sizes, plot time.

    python benchmarks/site_build.py                 # 1,000 generated reports, -j 1 and all cores
    python benchmarks/site_build.py --cases 200 --jobs 1 2 --repeat 3

The reports come from benchmarks/generate_cases.py (same seed, same cases), bulk-loaded into an
on-disk Oxigraph store in benchmarks/out/ (kept between runs). Printed: cases, the site's build
time (wall seconds; CPU seconds of the building process: all the work with -j 1, what is left
beside the drawing workers with -j N; the machine may be shared), the
number of pages, total and largest page size (and the largest case page), the fastest build per
process count and its speedup over the fewest processes, and the swimmer plot
time and file size for every case and for the ROS1 cases (`--query cases_by_fusion_gene -p
gene=ROS1`). JSON in benchmarks/out/site_build.json.
"""
from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from generate_cases import OUT, write_nquads  # noqa: E402
from kg.pipeline import default_jobs  # noqa: E402
from kg.plot.swimmer import write_swimmer  # noqa: E402
from kg.site import build_site  # noqa: E402
from kg.store import open_store  # noqa: E402


def _cpu() -> float:
    """CPU seconds of this process (the pool's workers are the forkserver's children, not ours)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    return own.ru_utime + own.ru_stime


def generated_store(cases: int, seed: int) -> Path:
    """The store of ``cases`` generated reports (made once, then reused)."""
    store = OUT / f"site-store-{cases}-seed{seed}"
    if (store / "done").is_file():
        return store
    nq = OUT / f"cases-{cases}-seed{seed}.nq"
    if not nq.is_file():
        write_nquads(nq, cases, seed)
    shutil.rmtree(store, ignore_errors=True)
    raw = ox.Store(str(store))
    raw.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    raw.optimize()
    del raw
    (store / "done").write_text("loaded\n")
    return store


def measure_site(st, out: Path, jobs: int) -> dict:
    shutil.rmtree(out, ignore_errors=True)
    wall, cpu = time.perf_counter(), _cpu()
    s = build_site(st, out, jobs=jobs)
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    case_pages = sorted((p.stat().st_size, p.name) for p in (out / "cases").glob("*.html"))
    return {"jobs": jobs, "cases": s.cases, "pages": s.pages, "build_s": round(wall, 1), "cpu_s": round(cpu, 1),
            "ms_per_case": round(1000 * wall / max(s.cases, 1), 1), "total_mb": round(s.total_bytes / 1e6, 2),
            "largest_page": s.largest_page, "largest_kb": round(s.largest_bytes / 1e3, 1),
            "largest_case_page_kb": round(case_pages[-1][0] / 1e3, 1) if case_pages else 0,
            "median_case_page_kb": round(case_pages[len(case_pages) // 2][0] / 1e3, 1) if case_pages else 0}


def measure_swimmer(st, out: Path, query: str | None, params: dict) -> dict:
    wall = time.perf_counter()
    lanes = write_swimmer(st, out, query, params)
    return {"plot": out.name, "query": query, "params": params, "lanes": lanes,
            "seconds": round(time.perf_counter() - wall, 1), "kb": round(out.stat().st_size / 1e3, 1)}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=1000, help="generated reports (default 1000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--jobs", type=int, nargs="*", default=None,
                    help="process counts to build the site with (default: 1 and all cores)")
    ap.add_argument("--repeat", type=int, default=2,
                    help="builds per process count, alternating between the counts (default 2); the fastest "
                         "of each count is the one compared: the others ran beside more of the machine's other work")
    args = ap.parse_args(argv)
    jobs = args.jobs or sorted({1, default_jobs()})
    OUT.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    store = generated_store(args.cases, args.seed)
    print(f"store: {args.cases} generated reports in {store} (ready in {time.perf_counter() - t0:.1f} s)")
    result = {"reports": args.cases, "site": [], "swimmer": []}
    with open_store(store, read_only=True) as st:
        for _ in range(max(1, args.repeat)):
            for j in jobs:
                r = measure_site(st, OUT / f"site-{args.cases}", j)
                result["site"].append(r)
                # with -j > 1 the timelines are drawn in workers: this process's CPU is what it does besides
                cpu = f"; CPU {r['cpu_s']} s" if j == 1 else f"; CPU of this process {r['cpu_s']} s"
                print(f"kg site -j {j}: {r['cases']} cases, {r['pages']} pages in {r['build_s']} s "
                      f"({r['ms_per_case']} ms per case{cpu}); total {r['total_mb']} MB, largest page "
                      f"{r['largest_page']} {r['largest_kb']} kB, largest case page {r['largest_case_page_kb']} kB, "
                      f"median case page {r['median_case_page_kb']} kB", flush=True)
        best = {j: min(r["build_s"] for r in result["site"] if r["jobs"] == j) for j in jobs}
        result["site_best_s"] = best
        if len(best) > 1:
            base = best[min(best)]
            print("kg site fastest build: " + ", ".join(
                f"-j {j} {s} s (x{base / s:.2f})" for j, s in best.items()), flush=True)
        for name, query, params in ((f"swimmer-{args.cases}.svg", None, {}), (f"swimmer-{args.cases}.png", None, {}),
                                    (f"swimmer-{args.cases}-ros1.svg", "cases_by_fusion_gene", {"gene": "ROS1"})):
            r = measure_swimmer(st, OUT / name, query, params)
            result["swimmer"].append(r)
            what = f"--query {query} " + " ".join(f"-p {k}={v}" for k, v in params.items()) if query else "every case"
            print(f"kg plot swimmer {what} -o {name}: {r['lanes']} lanes in {r['seconds']} s, {r['kb']} kB")
    (OUT / "site_build.json").write_text(json.dumps(result, indent=1) + "\n")
    return result


if __name__ == "__main__":
    main()
