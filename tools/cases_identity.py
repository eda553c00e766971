"""Guard for performance work: `kg cases --format json` over all of ../shared/corpus, byte for byte.

    python tools/cases_identity.py record REF.json [--jobs 2] [--corpus DIR]
    python tools/cases_identity.py check REF.json [--jobs 2] [--corpus DIR] [--keep OUT.json]

Ingests the whole corpus into a fresh temporary store with the `kg` beside this interpreter
(`kg ingest -j N`), runs `kg cases --format json`, and either writes the output (record) or
compares it with REF byte for byte (check: exit 0 when identical; else exit 1 and print the first
differing report). An optimisation must not change a single byte of what is extracted.

Beside REF, REF.nq holds every quad of the store (`kg export --format nquads`, lines sorted):
evidence sentences, offsets and mention statuses are in the graphs but not in the cases JSON,
so the check compares those too.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def kg_executable() -> str:
    beside = Path(sys.executable).with_name("kg")
    return str(beside) if beside.exists() else (shutil.which("kg") or sys.exit("kg not found"))


def corpus_cases(corpus: Path, jobs: int) -> tuple[bytes, bytes]:
    """The raw stdout of `kg cases --format json` after ingesting ``corpus`` into a fresh store,
    and the store's quads (N-Quads, lines sorted)."""
    kg = kg_executable()
    with tempfile.TemporaryDirectory(prefix="kg-identity-") as tmp:
        store = str(Path(tmp) / "store")
        t0 = time.perf_counter()
        r = subprocess.run([kg, "ingest", "--store", store, "-j", str(jobs), str(corpus)],
                           capture_output=True, text=True)
        if r.returncode not in (0, 1):  # 1: some inputs rejected (the corpus has a few)
            sys.exit(f"kg ingest failed ({r.returncode}):\n{r.stderr[-2000:]}")
        print(f"ingest: {time.perf_counter() - t0:.1f}s", file=sys.stderr)
        out = subprocess.run([kg, "cases", "--store", store, "--format", "json"], capture_output=True)
        if out.returncode != 0:
            sys.exit(f"kg cases failed ({out.returncode}):\n{out.stderr.decode()[-2000:]}")
        nq = subprocess.run([kg, "export", "--store", store, "--format", "nquads"], capture_output=True)
        if nq.returncode != 0:
            sys.exit(f"kg export failed ({nq.returncode}):\n{nq.stderr.decode()[-2000:]}")
        return out.stdout, b"".join(sorted(nq.stdout.splitlines(keepends=True)))


def first_difference(ref: bytes, new: bytes) -> str:
    try:
        a, b = json.loads(ref), json.loads(new)
    except ValueError:
        return "output is not JSON"
    if len(a) != len(b):
        return f"{len(a)} cases before, {len(b)} now"
    for x, y in zip(a, b):
        if x != y:
            keys = sorted(k for k in set(x) | set(y) if x.get(k) != y.get(k))
            return f"report {x.get('report')!r}: fields {keys} differ"
    return "same JSON values, different bytes (order or formatting)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("mode", choices=["record", "check"])
    ap.add_argument("ref", type=Path)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--keep", type=Path, help="check: also write the new output here")
    a = ap.parse_args(argv)
    new, quads = corpus_cases(a.corpus, a.jobs)
    digest = hashlib.sha256(new).hexdigest()[:16]
    n, nquads = len(json.loads(new)), quads.count(b"\n")
    ref_quads = a.ref.with_name(a.ref.name + ".nq")
    if a.mode == "record":
        a.ref.write_bytes(new)
        ref_quads.write_bytes(quads)
        print(f"recorded {n} cases, {len(new):,} bytes, sha256 {digest} -> {a.ref}; {nquads:,} quads -> {ref_quads}")
        return 0
    if a.keep:
        a.keep.write_bytes(new)
        a.keep.with_name(a.keep.name + ".nq").write_bytes(quads)
    ref = a.ref.read_bytes()
    ok = True
    if ref == new:
        print(f"cases IDENTICAL: {n} cases, {len(new):,} bytes, sha256 {digest}")
    else:
        ok = False
        print(f"cases DIFFERENT: {first_difference(ref, new)} "
              f"(sha256 {hashlib.sha256(ref).hexdigest()[:16]} -> {digest})")
    if ref_quads.exists():
        old = ref_quads.read_bytes()
        if old == quads:
            print(f"quads IDENTICAL: {nquads:,} quads, sha256 {hashlib.sha256(quads).hexdigest()[:16]}")
        else:
            ok = False
            a_, b_ = set(old.splitlines()), set(quads.splitlines())
            print(f"quads DIFFERENT: {len(a_ - b_)} only before, {len(b_ - a_)} only now; e.g. "
                  f"{sorted(a_ - b_)[:2]} / {sorted(b_ - a_)[:2]}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
