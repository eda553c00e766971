"""Named-query latency at scale: embedded Oxigraph (bulk load) beside rdflib in memory.

For each size (default 10k and 100k reports from benchmarks/generate_cases.py, generated
when missing): one subprocess bulk-loads the N-Quads file into an on-disk Oxigraph store,
a second one opens it read-only and runs every named query (queries/*.rq, realistic
parameters) ``--runs`` times through ``kg.query.run_query`` (so the time includes turning
the results into Python rows), then ``kg.query.cases.cases_json``. Queries with the
optional ``case`` parameter are measured bound to one patient case (a different one each
run: the lookup) and unbound ("[all cases]": a listing whose rows grow with the store).
A query is repeated until ``--runs`` or ``--budget`` seconds. Reported: load time, p50/p95
latency per query, rows, peak memory (ru_maxrss) of the load and of the query process.
rdflib (one process, in memory) gets a time limit per query (``--timeout``,
SIGALRM) and is skipped above ``--rdflib-max-cases`` (it holds every triple as Python
objects: ~15x the memory of the N-Quads text).

Targets (issue "Scale and speed"): every named query p50 < 50 ms at 100k cases; memory
< 2 GB at 100k. The table says by how much a target is missed. JSON goes to
benchmarks/out/query_latency-<sizes>.json. Not a test: timings depend on the machine.

    python benchmarks/query_latency.py                      # 10k and 100k
    python benchmarks/query_latency.py --sizes 1000 --runs 5
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.prefixes import namespace  # noqa: E402

TARGET_P50_MS = 50.0
TARGET_MEM_MB = 2048.0
KG = namespace("kg")   # the one prefix map (ontology/prefixes.json)


def _params(name: str, fact: str) -> dict:
    return {"cases_by_fusion_gene": {"gene": "ROS1"}, "evidence_for_fact": {"fact": fact}}.get(name, {})


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


class _Timeout(Exception):
    pass


def _alarm(_sig, _frm):
    raise _Timeout()


# ------------------------------------------------------------------ workers ---
def load_worker(data: Path, workdir: Path) -> dict:
    """Bulk-load the N-Quads into an on-disk Oxigraph store (its own process: own peak memory)."""
    import pyoxigraph as ox

    loc = workdir / "oxigraph-store"
    shutil.rmtree(loc, ignore_errors=True)
    t0 = time.perf_counter()
    raw = ox.Store(str(loc))
    raw.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)
    raw.optimize()
    quads = len(raw)
    del raw
    return {"quads": quads, "load_s": round(time.perf_counter() - t0, 2), "load_peak_mem_mb": round(_maxrss_mb())}


def _targets(queries, fact: str, sample_cases: list[str]) -> list[tuple[str, str, dict | None, list[str]]]:
    """(label, query name, fixed params, cases to rotate through) for every measurement.

    A query with the optional ``case`` parameter is measured twice: bound to one patient
    case (the lookup a researcher or `kg cases --case` makes; a different case each run) and
    unbound ("[all cases]": the whole listing, rows grow with the store).
    """
    out = []
    for q in queries:
        fixed = _params(q.name, fact)
        if "case" in q.param_names:
            out.append((q.name, q.name, fixed, sample_cases))
            out.append((q.name + " [all cases]", q.name, fixed, []))
        else:
            out.append((q.name, q.name, fixed, []))
    out.append(("cases_json", "cases_json", None, sample_cases))
    out.append(("cases_json [all cases]", "cases_json", None, []))
    return out


def worker(engine: str, data: Path, runs: int, timeout: float, workdir: Path, budget_s: float) -> dict:
    from kg.query import list_queries, run_query
    from kg.query.cases import cases_json

    t0 = time.perf_counter()
    load = {}
    if engine == "oxigraph":
        import pyoxigraph as ox

        from kg.store import CaseStore

        loc = workdir / "oxigraph-store"
        raw = ox.Store.read_only(str(loc))  # loaded by load_worker in another process
        store = CaseStore(raw, str(loc), True)
        quads = len(raw)
        query = raw.query
    else:
        import rdflib

        ds = rdflib.Dataset()
        ds.parse(str(data), format="nquads")
        quads = sum(len(g) for g in ds.graphs())
        store = _RdflibStore(ds)
        query = ds.query
        load = {"load_s": round(time.perf_counter() - t0, 2)}
    fact = str(_first(query(
        "SELECT ?a WHERE { GRAPH ?g { ?a a <%sDrugAdministration> ; <%sevidence> ?e } } LIMIT 1" % (KG, KG))))
    # cases spread over the store (every 97th), so lookups do not hit one warm page
    if engine == "oxigraph":
        cases = (r[0].value for r in query("SELECT ?c WHERE { GRAPH ?g { ?c a <%sPatientCase> } }" % KG))
    else:  # rdflib's SPARQL takes minutes for this over 2.5M quads; its triple index does not
        import rdflib

        cases = (str(q[0]) for q in ds.quads((None, rdflib.RDF.type, rdflib.URIRef(KG + "PatientCase"), None)))
    sample_cases = sorted(c for i, c in enumerate(cases) if i % 97 == 0)[:50]
    open_s = time.perf_counter() - t0
    mem_after_open = _maxrss_mb()
    signal.signal(signal.SIGALRM, _alarm)
    results = {}
    for label, name, fixed, cases in _targets(list_queries(), fact, sample_cases):
        times, rows, status = [], [], "ok"
        spent = 0.0
        for i in range(runs + 1):  # first run warms caches and is not counted
            params = dict(fixed or {})
            case = cases[i % len(cases)] if cases else None
            if case:
                params["case"] = case
            signal.setitimer(signal.ITIMER_REAL, timeout)
            t = time.perf_counter()
            try:
                if fixed is None:
                    n = len(cases_json(store, case=case))
                else:
                    n = len(run_query(store, name, params)[1])
            except _Timeout:
                status = f"timeout>{timeout:g}s"
                break
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            dt = time.perf_counter() - t
            spent += dt
            times.append(dt * 1000)
            rows.append(n)
            if spent > budget_s and len(times) >= 2:  # slow listings: fewer runs, said in "runs"
                break
        counted = times[1:] if len(times) > 1 else times
        results[label] = {
            "status": status, "rows": int(statistics.median(rows)) if rows else None, "runs": len(counted),
            "bound_case": bool(cases),
            "p50_ms": round(statistics.median(counted), 2) if counted and status == "ok" else None,
            "p95_ms": round(_pct(counted, 95), 2) if counted and status == "ok" else None,
        }
    return {"engine": engine, "quads": quads, **load, "open_s": round(open_s, 2),
            "mem_after_open_mb": round(mem_after_open), "peak_mem_mb": round(_maxrss_mb()), "queries": results}


def _first(result):
    for sol in result:
        v = sol[0]
        return v.value if hasattr(v, "value") else v
    return None


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


class _RdflibStore:
    """Just enough of a store for kg.query.run_query: rdflib SPARQL with initBindings."""

    def __init__(self, ds):
        self.ds = ds

    def query(self, text, substitutions=None):
        import pyoxigraph as ox

        from kg.store import to_ox, to_rdflib

        bindings = {k.value: to_rdflib(v) for k, v in (substitutions or {}).items()}
        res = self.ds.query(text, initBindings=bindings)
        cols = [str(v) for v in res.vars]
        # rebuild pyoxigraph solutions so run_query's conversion is the same for both engines
        bindings_out = []
        for r in res:
            b = {}
            for c, x in zip(cols, r):
                if x is None:
                    continue
                t = to_ox(x)
                if isinstance(t, ox.NamedNode):
                    b[c] = {"type": "uri", "value": t.value}
                elif isinstance(t, ox.BlankNode):
                    b[c] = {"type": "bnode", "value": t.value}
                else:
                    b[c] = {"type": "literal", "value": t.value}
                    if t.language:
                        b[c]["xml:lang"] = t.language
                    else:
                        b[c]["datatype"] = t.datatype.value
            bindings_out.append(b)
        doc = {"head": {"vars": cols}, "results": {"bindings": bindings_out}}
        return ox.parse_query_results(json.dumps(doc), ox.QueryResultsFormat.JSON)


# ------------------------------------------------------------------- driver ---
def _data_file(n: int, seed: int) -> Path:
    path = OUT / f"cases-{n}-seed{seed}.nq"
    if not path.exists():
        print(f"generating {n} reports -> {path}", flush=True)
        subprocess.run([sys.executable, str(HERE / "generate_cases.py"), "--cases", str(n), "--seed", str(seed),
                        "-o", str(path)], check=True)
    return path


def _run_worker(engine: str, path: Path, runs: int, timeout: float, workdir: Path, budget_s: float = 30.0) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", engine, "--data", str(path),
           "--runs", str(runs), "--timeout", str(timeout), "--workdir", str(workdir), "--budget", str(budget_s)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        return {"engine": engine, "error": (p.stderr or p.stdout).strip().splitlines()[-1:] or ["failed"]}
    return json.loads(p.stdout.strip().splitlines()[-1])


def _verdict_p50(p50: float | None, status: str) -> str:
    if p50 is None:
        return status
    if p50 <= TARGET_P50_MS:
        return "ok"
    return f"MISSED x{p50 / TARGET_P50_MS:.1f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="named-query latency, embedded Oxigraph vs rdflib")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rdflib-runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=30.0, help="rdflib time limit per query run (s)")
    ap.add_argument("--rdflib-max-cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--budget", type=float, default=30.0,
                    help="stop repeating a query after this many seconds (at least 1 counted run)")
    ap.add_argument("--worker", choices=["oxigraph-load", "oxigraph", "rdflib"], help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--workdir", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker == "oxigraph-load":
        print(json.dumps(load_worker(Path(args.data), Path(args.workdir))))
        return 0
    if args.worker:
        print(json.dumps(worker(args.worker, Path(args.data), args.runs, args.timeout, Path(args.workdir),
                                args.budget)))
        return 0

    OUT.mkdir(parents=True, exist_ok=True)
    report = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
              "targets": {"p50_ms": TARGET_P50_MS, "peak_mem_mb": TARGET_MEM_MB}, "sizes": {}}
    for n in args.sizes:
        path = _data_file(n, args.seed)
        workdir = OUT / f"work-{n}"
        workdir.mkdir(exist_ok=True)
        entry = {"file": str(path), "file_mb": round(path.stat().st_size / 1e6, 1)}
        print(f"\n== {n} reports ({entry['file_mb']} MB N-Quads)", flush=True)
        loaded = _run_worker("oxigraph-load", path, args.runs, 600.0, workdir)
        entry["oxigraph"] = {**loaded, **_run_worker("oxigraph", path, args.runs, 900.0, workdir, args.budget)}
        _print_table(n, {**entry, "rdflib": {"engine": "rdflib", "skipped": "running next"}})
        sys.stdout.flush()
        if n <= args.rdflib_max_cases:
            entry["rdflib"] = _run_worker("rdflib", path, args.rdflib_runs, args.timeout, workdir, args.budget)
        else:
            entry["rdflib"] = {"engine": "rdflib", "skipped": f"more than --rdflib-max-cases={args.rdflib_max_cases}"}
        shutil.rmtree(workdir, ignore_errors=True)
        report["sizes"][str(n)] = entry
        _print_table(n, entry)
    tag = "-".join(str(n) for n in args.sizes)
    out = OUT / f"query_latency-{tag}.json"
    out.write_text(json.dumps(report, indent=1))
    print(f"\nJSON: {out}")
    return 0


def _print_table(n: int, entry: dict) -> None:
    ox_, rl = entry["oxigraph"], entry["rdflib"]
    for e in (ox_, rl):
        if "error" in e or "skipped" in e:
            print(f"{e['engine']}: {e.get('error') or e.get('skipped')}")
            continue
        mems = [("queries", e["peak_mem_mb"])] + ([("bulk load", e["load_peak_mem_mb"])] if "load_peak_mem_mb" in e else [])
        mtxt = ", ".join(f"{what} {m} MB ({'ok' if m <= TARGET_MEM_MB else f'MISSED x{m / TARGET_MEM_MB:.2f}'})"
                         for what, m in mems)
        print(f"{e['engine']}: {e['quads']} quads, load {e['load_s']} s, peak memory {mtxt} "
              f"(target < {TARGET_MEM_MB:.0f} MB)")
    names = list(ox_.get("queries", {}))
    print(f"{'query (bound: one case per run)':36} {'rows':>8} {'oxi p50':>9} {'oxi p95':>9} {'target':>12} {'rdflib p50':>11} {'rdflib p95':>11}")
    for q in names:
        o = ox_["queries"][q]
        r = rl.get("queries", {}).get(q, {})
        rp50 = r.get("p50_ms") if r else None
        rtxt = f"{rp50:.1f}" if rp50 is not None else (r.get("status", "-") if r else "-")
        rp95 = f"{r['p95_ms']:.1f}" if r and r.get("p95_ms") is not None else "-"
        print(f"{q:36} {o['rows'] if o['rows'] is not None else '-':>8} "
              f"{o['p50_ms'] if o['p50_ms'] is not None else '-':>9} {o['p95_ms'] if o['p95_ms'] is not None else '-':>9} "
              f"{_verdict_p50(o['p50_ms'], o['status']):>12} {rtxt:>11} {rp95:>11}")


if __name__ == "__main__":
    sys.exit(main())
