"""Build kg's wheel, install it in a fresh venv outside the source tree and run the main commands.

    python tools/check_wheel.py              # dependencies: this Python's packages (no download)
    python tools/check_wheel.py --with-deps  # dependencies installed from the package index (CI)

Steps (each must exit 0): `pip wheel . --no-deps`; a fresh venv with only the wheel (plus the
dependencies); then, in an empty folder with a copy of the bundled example:
`kg ingest examples/`, `kg cases`, `kg query --list`, `kg query cases`, `kg export` (Turtle, Phenopacket),
`kg cases --format csv`, the cases JSON Schema and ontology/prefixes.json in the package, `kg validate`,
`kg site`, `kg plot swimmer`, and `kg serve` (started, queried over HTTP, stopped with SIGTERM).
The installed `kg` must not import from the source tree. Prints one line per step; exit 1 on failure.
"""
from __future__ import annotations

import argparse
import json
import os
import signal
import site
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

from kg.prefixes import namespace  # the report graphs' IRI space (the checking venv has kg too)

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "example_case_report.txt"


class CheckFailed(Exception):
    pass


def run(cmd: list[str], cwd: Path, env: dict[str, str], what: str) -> subprocess.CompletedProcess:
    r = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if r.returncode != 0:
        tail = (r.stderr or r.stdout).strip().splitlines()[-5:]
        raise CheckFailed(f"{what}: exit {r.returncode}: " + " | ".join(tail))
    print(f"ok  {what}", flush=True)
    return r


def check(tmp: Path, with_deps: bool) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "KG_QUERIES_DIR", "KG_TERMS_DIR",
                                                            "VIRTUAL_ENV", "PYTHONHOME")}
    dist = tmp / "dist"
    run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q",
         "-w", str(dist)], tmp, env, "pip wheel . --no-deps")
    wheels = sorted(dist.glob("kg_oncocase-*.whl"))
    if len(wheels) != 1:
        raise CheckFailed(f"expected one kg_oncocase wheel in {dist}, found {[w.name for w in wheels]}")
    venv = tmp / "venv"
    run([sys.executable, "-m", "venv", str(venv)], tmp, env, "fresh venv")
    py = venv / "bin" / "python"
    if with_deps:
        run([str(py), "-m", "pip", "install", "-q", str(wheels[0])], tmp, env, "pip install WHEEL (with dependencies)")
    else:
        run([str(py), "-m", "pip", "install", "-q", "--no-deps", str(wheels[0])], tmp, env, "pip install --no-deps WHEEL")
        # the dependencies: this interpreter's site-packages, appended AFTER the venv's own (a .pth
        # file adds paths but does not run the .pth files there, so no editable kg is visible)
        own = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             capture_output=True, text=True, check=True).stdout.strip()
        Path(own, "_kg_check_deps.pth").write_text("\n".join(site.getsitepackages()) + "\n")
        # ... and its scripts (the `oxigraph` server binary `kg serve` starts)
        env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    kg = str(venv / "bin" / "kg")
    work = tmp / "work"
    (work / "examples").mkdir(parents=True)
    (work / "examples" / EXAMPLE.name).write_bytes(EXAMPLE.read_bytes())
    where = run([str(py), "-c", "import kg, kg.query; print(kg.__file__); print(kg.query.QUERIES_DIR)"],
                work, env, "import kg").stdout.split()
    if any(Path(w).resolve().is_relative_to(REPO) for w in where) or not all(
            Path(w).resolve().is_relative_to(venv.resolve()) for w in where):
        raise CheckFailed(f"kg is not imported from the installed wheel: {where}")
    run([kg, "ingest", "examples/", "-j", "1"], work, env, "kg ingest examples/")
    cases = json.loads(run([kg, "cases"], work, env, "kg cases").stdout)
    if not cases or not cases[0]["treatments"]:
        raise CheckFailed(f"kg cases: expected the example's case with treatments, got {cases!r:.200}")
    listed = run([kg, "query", "--list"], work, env, "kg query --list").stdout
    if "alk_ros1_crizotinib_best_response" not in listed:
        raise CheckFailed("kg query --list does not list the named queries")
    run([kg, "query", "therapy_sequence"], work, env, "kg query therapy_sequence")
    run([kg, "export", "--format", "turtle", "-o", "out.ttl"], work, env, "kg export")
    packets = run([kg, "export", "--format", "phenopacket"], work, env, "kg export --format phenopacket").stdout
    if not packets.strip() or json.loads(packets.splitlines()[0])["metaData"]["phenopacketSchemaVersion"] != "2.0":
        raise CheckFailed(f"kg export --format phenopacket: expected Phenopacket v2 lines, got {packets!r:.200}")
    if not run([kg, "cases", "--format", "csv"], work, env, "kg cases --format csv").stdout.startswith("case,report,"):
        raise CheckFailed("kg cases --format csv: no CSV header")
    schema = run([str(py), "-c", "import json, kg.query.cases as c; print(json.load(open(c.SCHEMA_PATH))['title'])"],
                 work, env, "cases JSON Schema shipped").stdout.strip()
    if schema != "kg cases --format json":
        raise CheckFailed(f"kg/query/cases.schema.json: unexpected title {schema!r}")
    run([kg, "stats"], work, env, "kg stats")
    # the exported store holds one report graph: validate it as one graph
    run([kg, "export", "--format", "turtle", "-o", "report.ttl", "--graph",
         json.loads(run([kg, "query", "cases", "-f", "json"], work, env, "kg query cases").stdout)[0]["case"]
         .replace("/report/", "/graph/").rsplit("/case/", 1)[0]], work, env, "kg export --graph")
    run([kg, "validate", "report.ttl"], work, env, "kg validate")
    # the site's templates and assets are package data: a page rendered from the wheel proves they shipped
    run([kg, "site", "site", "-j", "1"], work, env, "kg site")
    page = next((work / "site" / "cases").glob("*.html"), None)
    if page is None or "<svg" not in page.read_text(encoding="utf-8") or not (work / "site" / "assets" / "filter.js").is_file():
        raise CheckFailed("kg site: expected a case page with its timeline and the assets")
    run([kg, "plot", "swimmer", "-o", "swimmer.png"], work, env, "kg plot swimmer")
    check_serve(kg, work, env)


def check_serve(kg: str, work: Path, env: dict[str, str]) -> None:
    """`kg serve` from the wheel answers a SPARQL query over HTTP and stops with SIGTERM (exit 0)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([kg, "serve", "--port", str(port)], cwd=work, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/query?" + urllib.parse.urlencode(
        # report graphs only: the terminology and summaries graphs sit beside them (README "Store layout")
        {"query": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                  f"FILTER(STRSTARTS(STR(?g), '{namespace('kgg')}')) }}"})
    answer, deadline = None, time.monotonic() + 60   # a bound on waiting for the start, not a speed target
    try:
        while answer is None and proc.poll() is None and time.monotonic() < deadline:
            try:
                req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
                with urllib.request.urlopen(req, timeout=5) as resp:
                    answer = json.loads(resp.read())
            except OSError:
                time.sleep(0.2)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        _, err = proc.communicate(timeout=60)
    if answer is None:
        raise CheckFailed(f"kg serve: no answer on port {port}: exit {proc.returncode}: {err.strip()[-300:]}")
    if answer["results"]["bindings"][0]["n"]["value"] != "1" or proc.returncode != 0:
        raise CheckFailed(f"kg serve: expected 1 report graph and exit 0 after SIGTERM, got {answer!r:.200}, "
                          f"exit {proc.returncode}")
    print("ok  kg serve", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--with-deps", action="store_true", help="install the dependencies from the package index")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-wheel-") as d:
        try:
            check(Path(d), args.with_deps)
        except CheckFailed as e:
            print(f"[ERROR] wheel check: {e}", file=sys.stderr)
            return 1
    print("wheel check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
