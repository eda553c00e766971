"""Named-query latency at scale: embedded Oxigraph (bulk load) beside a Virtuoso server and rdflib in memory.

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

Virtuoso (Debian's virtuoso-opensource; up to ``--virtuoso-max-cases``) runs as a server of its own
on loopback, loaded with its bulk loader (``ld_dir`` + ``rdf_loader_run``), and answers the same
named queries through kg.store.remote (same rows). ``kg cases --format json`` over the whole
store is run as a user runs it (time, first output, peak memory of the process).

Targets (issue 14): every cross-case named query p50 < 50 ms at 100k cases (the count queries:
their 100 largest counts), the first page (100 rows) of every listing < 50 ms, ``kg cases
--format json`` peak memory < 500 MB, load < 150 s. The table says by how much a target is missed. JSON goes to
benchmarks/out/query_latency-<sizes>-<time>.json. Not a test: timings depend on the machine.

    python benchmarks/query_latency.py                      # 10k and 100k
    python benchmarks/query_latency.py --sizes 1000 --runs 5
"""
from __future__ import annotations

import argparse
import io
import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.prefixes import namespace  # noqa: E402

TARGET_P50_MS = 50.0
PAGE = 100               # rows of a listing's first page
TARGET_MEM_MB = 2048.0
TARGET_KG_CASES_MB = 500.0   # issue 14: `kg cases --format json` over all cases streams in less
TARGET_LOAD_S = 150.0
KG = namespace("kg")   # the one prefix map (ontology/prefixes.json)


def _params(name: str, fact: str) -> dict:
    return {"cases_by_fusion_gene": {"gene": "ROS1"}, "evidence_for_fact": {"fact": fact}}.get(name, {})


def _cpu_s() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def _maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0  # KiB on Linux


class _Timeout(Exception):
    pass


def _alarm(_sig, _frm):
    raise _Timeout()


# ------------------------------------------------------------------ workers ---
LOAD_PARTS = min(2, os.cpu_count() or 1)   # more parts: no faster on 2 cores, ~1.6 GB more memory each


class _ByteRange(io.RawIOBase):
    """Bytes [start, end) of a file, read by one bulk loader: one part of the N-Quads file."""

    def __init__(self, path: Path, start: int, end: int):
        self._file = open(path, "rb", buffering=0)
        self._file.seek(start)
        self._left = end - start

    def readable(self) -> bool:
        return True

    def readinto(self, buf) -> int:
        if self._left <= 0:
            return 0
        n = self._file.readinto(memoryview(buf)[: min(len(buf), self._left)])
        self._left -= n
        return n

    def close(self) -> None:
        self._file.close()
        super().close()


def line_aligned_parts(path: Path, parts: int) -> list[tuple[int, int]]:
    """Cut the file into ``parts`` byte ranges that start and end at line ends (N-Quads: one quad per
    line, so each range parses on its own)."""
    size = path.stat().st_size
    cuts = [0]
    with open(path, "rb") as f:
        for i in range(1, parts):
            f.seek(max(size * i // parts, cuts[-1]))
            f.readline()
            cuts.append(min(f.tell(), size))
    cuts.append(size)
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def parallel_bulk_load(store, path: Path, parts: int = LOAD_PARTS) -> None:
    """Bulk-load one N-Quads file with ``parts`` bulk loaders side by side, one per line-aligned byte
    range (as ``oxigraph load`` does with several files): the parser of one bulk loader keeps only ~1.3
    cores busy, two keep both (100k cases, session 30: bulk load 118.5 s -> 104.1 s)."""
    import pyoxigraph as ox

    errors: list[BaseException] = []

    def load(start: int, end: int) -> None:
        try:
            with _ByteRange(path, start, end) as part:
                store.bulk_load(io.BufferedReader(part, 1 << 20), format=ox.RdfFormat.N_QUADS)
        except BaseException as e:   # re-raised in the caller's thread below
            errors.append(e)

    threads = [threading.Thread(target=load, args=r) for r in line_aligned_parts(path, parts)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]


def load_worker(data: Path, workdir: Path, optimize: bool = True, parts: int = LOAD_PARTS) -> dict:
    """Bulk-load the N-Quads into an on-disk Oxigraph store (its own process: own peak memory).

    ``optimize``: compact the store after the bulk load (``Store.optimize``). --no-optimize
    measures the queries on the store as the bulk load leaves it: at 100k cases (session 14) the
    first pages took 70-180 ms instead of 8-19 ms (measured beside low-priority work), so the
    compaction stays in the timed load. ``parts``: bulk loaders side by side (parallel_bulk_load)."""
    import pyoxigraph as ox

    loc = workdir / "oxigraph-store"
    shutil.rmtree(loc, ignore_errors=True)
    t0, c0 = time.perf_counter(), _cpu_s()
    raw = ox.Store(str(loc))
    parallel_bulk_load(raw, data, parts)
    bulk_s, bulk_cpu = time.perf_counter() - t0, _cpu_s() - c0
    if optimize:
        raw.optimize()   # compaction: the store is usable without it; timed apart
    load_s, load_cpu = time.perf_counter() - t0, _cpu_s() - c0
    quads = len(raw)
    reports = sum(1 for g in raw.named_graphs() if "/graph/" in g.value)
    del raw
    size = sum(f.stat().st_size for f in loc.rglob("*") if f.is_file())
    # CPU seconds (user + system, all threads) beside the wall clock: on a machine shared with other work
    # the wall clock of the same load varies 2x, its CPU time much less
    return {"quads": quads, "load_s": round(load_s, 2), "bulk_load_s": round(bulk_s, 2), "optimized": optimize,
            "load_parts": parts, "load_cpu_s": round(load_cpu, 1), "bulk_load_cpu_s": round(bulk_cpu, 1),
            "load_peak_mem_mb": round(_maxrss_mb()),
            "store_mb": round(size / 1e6), "quads_per_report": round(quads / max(reports, 1), 1)}


def _targets(queries, fact: str, sample_cases: list[str]) -> list[tuple[str, str, dict | None, list[str], int | None]]:
    """(label, query name, fixed params, cases to rotate through, limit) for every measurement.

    A listing (a query with the page anchor, kg.query.paging) is measured for its first page
    ("[first page]": 100 rows, the issue's target) and whole ("[all cases]": rows grow with the
    store); one with the optional ``case`` parameter also bound to one patient case (the lookup
    `kg cases --case` makes; a different case each run). A ranked count query (kg.query.ranking)
    is measured for its 100 largest counts ("[top 100]", the target) and for every count ("[all
    rows]": ~51k adverse event counts at 100k cases).
    """
    from kg.query import paging, ranking

    out = []
    for q in queries:
        fixed = _params(q.name, fact)
        if "case" in q.param_names:
            out.append((q.name, q.name, fixed, sample_cases, None))
        if paging.is_listing(q.text):
            out.append((q.name + " [first page]", q.name, fixed, [], PAGE))
            out.append((q.name + " [all cases]", q.name, fixed, [], None))
        elif ranking.ranked_kind(q.text):   # a count query: its 100 largest counts, and every count
            out.append((q.name + " [top 100]", q.name, fixed, [], PAGE))
            out.append((q.name + " [all rows]", q.name, fixed, [], None))
        elif "case" not in q.param_names:
            out.append((q.name, q.name, fixed, [], None))
    out.append(("cases_json", "cases_json", None, sample_cases, None))
    out.append(("cases_json [all cases]", "cases_json", None, [], None))
    return out


def worker(engine: str, data: Path, runs: int, timeout: float, workdir: Path, budget_s: float,
           whole: bool = True) -> dict:
    from kg.query import list_queries, run_query
    from kg.query.cases import cases_json

    t0 = time.perf_counter()
    load = {}
    if engine.startswith("http"):   # a SPARQL server (Virtuoso) loaded by the driver
        from kg.store import open_store

        store = open_store(engine, read_only=True)
        quads = store.count()
        query = store.raw.query
        engine = "virtuoso"
    elif engine == "oxigraph":
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
        "SELECT ?a WHERE { GRAPH ?g { ?l <%shasAdministration> ?a . ?a <%sinSentence> ?e } } LIMIT 1" % (KG, KG))))
    # cases spread over the store (every 97th), so lookups do not hit one warm page
    if engine != "rdflib":
        cases = (r[0].value for r in query("SELECT ?c WHERE { GRAPH ?g { ?c a <%sPatientCase> } }" % KG))
    else:  # rdflib's SPARQL takes minutes for this over 2.5M quads; its triple index does not
        import rdflib

        cases = (str(q[0]) for q in ds.quads((None, rdflib.RDF.type, rdflib.URIRef(KG + "PatientCase"), None)))
    sample_cases = sorted(c for i, c in enumerate(cases) if i % 97 == 0)[:50]
    open_s = time.perf_counter() - t0
    mem_after_open = _maxrss_mb()
    signal.signal(signal.SIGALRM, _alarm)
    results = {}
    for label, name, fixed, cases, limit in _targets(list_queries(), fact, sample_cases):
        if not whole and label.endswith(("[all cases]", "[all rows]")):
            continue
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
                    n = len(run_query(store, name, params, limit=limit)[1])
            except _Timeout:
                status = f"timeout>{timeout:g}s"
                break
            except Exception as e:  # noqa: BLE001 - one query failing on an engine is a cell, not the run
                status = f"error: {type(e).__name__}"
                print(f"{engine} {label}: {e}"[:400], file=sys.stderr)
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


def _run_worker(engine: str, path: Path, runs: int, timeout: float, workdir: Path, budget_s: float = 30.0,
                whole: bool = True, optimize: bool = True, load_parts: int = LOAD_PARTS) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", engine, "--data", str(path)] + \
        ([] if whole else ["--no-whole"]) + ([] if optimize else ["--no-optimize"]) + [
           "--load-parts", str(load_parts),
           "--runs", str(runs), "--timeout", str(timeout), "--workdir", str(workdir), "--budget", str(budget_s)]
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        return {"engine": engine, "error": (p.stderr or p.stdout).strip().splitlines()[-1:] or ["failed"]}
    return json.loads(p.stdout.strip().splitlines()[-1])


def cases_cli(workdir: Path) -> dict:
    """`kg cases --format json` over the whole store, as a user runs it: time, output size and the
    peak memory of the kg process (ru_maxrss of the child)."""
    import resource

    loc = workdir / "oxigraph-store"
    kg = Path(sys.executable).parent / "kg"
    cmd = [str(kg), "cases", "--format", "json", "--store", str(loc)] if kg.exists() else \
        [sys.executable, "-m", "kg.cli.app", "cases", "--format", "json", "--store", str(loc)]
    # GNU time reports the peak RSS of this one process (RUSAGE_CHILDREN would be the largest of
    # every child so far: the bulk load's)
    timer = shutil.which("time") or "/usr/bin/time"
    rss_file = workdir / "kg-cases.rss"
    cmd = [timer, "-f", "%M", "-o", str(rss_file)] + cmd
    t0 = time.perf_counter()
    first = None
    size = 0
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as p:
        while True:
            chunk = p.stdout.read(1 << 16)
            if not chunk:
                break
            if first is None:
                first = time.perf_counter() - t0
            size += len(chunk)
        err = p.stderr.read().decode(errors="replace")
        rc = p.wait()
    try:
        peak = int(rss_file.read_text().strip().splitlines()[-1]) / 1024.0
    except (OSError, ValueError, IndexError):
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0
    return {"rc": rc, "s": round(time.perf_counter() - t0, 1), "first_output_s": round(first or 0, 2),
            "mb_out": round(size / 1e6, 1), "peak_mem_mb": round(peak), "error": err.strip()[-300:] if rc else ""}


# ------------------------------------------------------------------ virtuoso ---
VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 60
DirsAllowed = ., {d}, {data}
NumberOfBuffers = 170000
MaxDirtyBuffers = 130000
MaxQueryMem = 1G
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 4
[SPARQL]
ResultSetMaxRows = 10000000
MaxSortedTopRows = 10000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
"""


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Virtuoso:
    """A Virtuoso server of its own (loopback, temp dir) holding one N-Quads file (its bulk loader)."""

    def __init__(self, data: Path, workdir: Path):
        self.data, self.dir = data, workdir / "virtuoso"
        self.proc = None

    def __enter__(self):
        import requests

        binary = shutil.which("virtuoso-t")
        if binary is None:
            raise RuntimeError("virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource)")
        shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True)
        self.http, self.sql = _free_port(), _free_port()
        (self.dir / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=self.dir, data=self.data.parent,
                                                                   sql_port=self.sql, http_port=self.http))
        self.proc = subprocess.Popen([binary, "+foreground", "+configfile", str(self.dir / "virtuoso.ini")],
                                     cwd=self.dir, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     start_new_session=True)
        self.url = f"http://127.0.0.1:{self.http}/sparql"
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if requests.get(self.url, params={"query": "ASK {}"}, timeout=2).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.5)
        else:
            raise RuntimeError("virtuoso did not start")
        t0 = time.perf_counter()
        isql = shutil.which("isql-vt") or shutil.which("isql")
        script = (f"ld_dir('{self.data.parent}', '{self.data.name}', 'urn:kg:default'); "
                  "rdf_loader_run(); checkpoint;")
        subprocess.run([isql, str(self.sql), "dba", "dba", f"exec={script}"], check=True,
                       capture_output=True, timeout=7200)
        self.load_s = round(time.perf_counter() - t0, 1)
        return self

    def __exit__(self, *exc):
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def _verdict_p50(p50: float | None, status: str) -> str:
    if p50 is None:
        return status
    if p50 <= TARGET_P50_MS:
        return "ok"
    return f"MISSED x{p50 / TARGET_P50_MS:.1f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="named-query latency: embedded Oxigraph, Virtuoso, rdflib")
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rdflib-runs", type=int, default=3)
    ap.add_argument("--timeout", type=float, default=30.0, help="rdflib time limit per query run (s)")
    ap.add_argument("--rdflib-max-cases", type=int, default=10_000)
    ap.add_argument("--virtuoso-max-cases", type=int, default=10_000,
                    help="run the same queries on a Virtuoso server up to this size (0: never)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--no-whole", action="store_true",
                    help="leave out the whole listings and every count ([all cases], [all rows]): first pages, "
                         "top 100 and lookups only (a quicker second measurement)")
    ap.add_argument("--budget", type=float, default=30.0,
                    help="stop repeating a query after this many seconds (at least 1 counted run)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--data", help=argparse.SUPPRESS)
    ap.add_argument("--no-optimize", action="store_true",
                    help="leave out the compaction (Store.optimize) after the bulk load, as kg's own loads do; the "
                         "queries then run on the store as the bulk load leaves it")
    ap.add_argument("--load-parts", type=int, default=LOAD_PARTS,
                    help="bulk loaders side by side, each on its own line-aligned part of the N-Quads file")
    ap.add_argument("--workdir", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.worker == "oxigraph-load":
        print(json.dumps(load_worker(Path(args.data), Path(args.workdir), optimize=not args.no_optimize,
                                     parts=args.load_parts)))
        return 0
    if args.worker:
        print(json.dumps(worker(args.worker, Path(args.data), args.runs, args.timeout, Path(args.workdir),
                                args.budget, whole=not args.no_whole)))
        return 0

    OUT.mkdir(parents=True, exist_ok=True)
    report = {"machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0],
                          "load_average": os.getloadavg()},
              "targets": {"p50_ms": TARGET_P50_MS, "peak_mem_mb": TARGET_MEM_MB}, "sizes": {}}
    for n in args.sizes:
        path = _data_file(n, args.seed)
        workdir = OUT / f"work-{n}"
        workdir.mkdir(exist_ok=True)
        entry = {"file": str(path), "file_mb": round(path.stat().st_size / 1e6, 1), "load_average": os.getloadavg()}
        print(f"\n== {n} reports ({entry['file_mb']} MB N-Quads; load average {os.getloadavg()[0]:.1f})", flush=True)
        loaded = _run_worker("oxigraph-load", path, args.runs, 600.0, workdir, optimize=not args.no_optimize,
                             load_parts=args.load_parts)
        entry["oxigraph"] = {**loaded, **_run_worker("oxigraph", path, args.runs, 900.0, workdir, args.budget,
                                                         whole=not args.no_whole)}
        entry["kg_cases"] = cases_cli(workdir)
        entry["rdflib"] = {"engine": "rdflib", "skipped": "running next"}
        entry["virtuoso"] = {"engine": "virtuoso", "skipped": "running next"}
        _print_table(n, entry)
        sys.stdout.flush()
        if n <= args.virtuoso_max_cases:
            try:
                with Virtuoso(path, workdir) as v:
                    entry["virtuoso"] = {**_run_worker(v.url, path, args.rdflib_runs, args.timeout, workdir,
                                                       args.budget, whole=not args.no_whole), "load_s": v.load_s}
            except (RuntimeError, OSError, subprocess.SubprocessError) as e:
                entry["virtuoso"] = {"engine": "virtuoso", "error": [str(e)]}
        else:
            entry["virtuoso"] = {"engine": "virtuoso", "skipped": f"more than --virtuoso-max-cases={args.virtuoso_max_cases}"}
        if n <= args.rdflib_max_cases:
            entry["rdflib"] = _run_worker("rdflib", path, args.rdflib_runs, args.timeout, workdir, args.budget,
                                          whole=not args.no_whole)
        else:
            entry["rdflib"] = {"engine": "rdflib", "skipped": f"more than --rdflib-max-cases={args.rdflib_max_cases}"}
        shutil.rmtree(workdir, ignore_errors=True)
        report["sizes"][str(n)] = entry
        _print_table(n, entry)
    tag = "-".join(str(n) for n in args.sizes)
    stamp = time.strftime("%Y%m%d-%H%M")
    out = OUT / f"query_latency-{tag}{'-no-whole' if args.no_whole else ''}-{stamp}.json"
    out.write_text(json.dumps(report, indent=1))
    print(f"\nJSON: {out}")
    return 0


def _cell(e: dict, q: str) -> str:
    r = e.get("queries", {}).get(q)
    if not r:
        return "-"
    return f"{r['p50_ms']:.1f}" if r.get("p50_ms") is not None else r.get("status", "-")


def _print_table(n: int, entry: dict) -> None:
    ox_ = entry["oxigraph"]
    engines = [ox_, entry["virtuoso"], entry["rdflib"]]
    for e in engines:
        if "error" in e or "skipped" in e:
            print(f"{e['engine']}: {e.get('error') or e.get('skipped')}")
            continue
        mems = [("queries", e["peak_mem_mb"])] + ([("bulk load", e["load_peak_mem_mb"])] if "load_peak_mem_mb" in e else [])
        mtxt = ", ".join(f"{what} {m} MB" for what, m in mems)
        extra = f", store {e['store_mb']} MB, {e['quads_per_report']} quads/report" if "store_mb" in e else ""
        bulk = ""
        if "bulk_load_s" in e:
            bulk = f" ({e.get('load_parts', 1)} bulk loaders {e['bulk_load_s']} s + optimize)" if e.get("optimized", True) else " (bulk load, no optimize)"
        if "load_cpu_s" in e:
            bulk += f" [CPU {e['load_cpu_s']} s, bulk load {e['bulk_load_cpu_s']} s]"
        target = ""
        if "bulk_load_s" in e:
            target = f" (target < {TARGET_LOAD_S:.0f} s: {'ok' if e['load_s'] < TARGET_LOAD_S else 'MISSED'})"
        print(f"{e['engine']}: {e['quads']} quads, load {e.get('load_s', '-')} s{bulk}{target}{extra}, peak memory {mtxt}")
    kc = entry.get("kg_cases")
    if kc:
        verdict = "ok" if kc["peak_mem_mb"] < TARGET_KG_CASES_MB else "MISSED"
        print(f"kg cases --format json (all cases): {kc['s']} s, first output after {kc['first_output_s']} s, "
              f"{kc['mb_out']} MB out, peak memory {kc['peak_mem_mb']} MB (target < {TARGET_KG_CASES_MB:.0f} MB: {verdict})"
              + (f" rc={kc['rc']} {kc['error']}" if kc["rc"] else ""))
    print(f"{'query (p50 ms; bound: one case per run)':46} {'rows':>8} {'oxigraph':>9} {'p95':>8} {'target':>10} "
          f"{'virtuoso':>9} {'rdflib':>9}")
    for q in ox_.get("queries", {}):
        o = ox_["queries"][q]
        print(f"{q:46} {o['rows'] if o['rows'] is not None else '-':>8} "
              f"{o['p50_ms'] if o['p50_ms'] is not None else '-':>9} {o['p95_ms'] if o['p95_ms'] is not None else '-':>8} "
              f"{_verdict_p50(o['p50_ms'], o['status']) if not q.endswith(('[all cases]', '[all rows]')) else '':>10} "
              f"{_cell(entry['virtuoso'], q):>9} {_cell(entry['rdflib'], q):>9}")


if __name__ == "__main__":
    sys.exit(main())
