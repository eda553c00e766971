"""Time per 10,000 characters of one document, from 5 k to 1 MB of case narrative.

    python benchmarks/extraction_scaling.py [--sizes 5000,10000,...] [--limit 300] [--out benchmarks/out]

Each size is one plain-text case report whose CASE PRESENTATION section is real-looking
narrative (dates, drugs, doses, responses, toxicities, outcomes: the phrasings that exercise
the extraction rules) repeated up to the size. The document goes through
``kg.pipeline.process_to_result`` exactly as an ingest worker runs it (NLP in bounded chunks,
extraction, graph, SHACL), under the per-document time limit ``--limit`` (the default of
`kg ingest --doc-timeout`). A size that hits the limit is printed as ``rejected (time limit)``
and the larger sizes are skipped: they would only hit it too.

Target: seconds per 10 k characters flat (linear time per document) from 5 k to 1 MB, and no
size ever an error.

Then whole files through `kg ingest` (``kg.pipeline.ingest``, ``-j 1``: reading, alignment of the
reader's text to the file's, NLP, extraction, graph, SHACL, store) for the sizes of ``--files``
(default a 1 MB and a 10 MB text): wall and CPU seconds and the outcome (a text over the
per-document budget of 2,000,000 characters is one rejection, made by the reader before any NLP).
Writes benchmarks/out/extraction_scaling.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000, 1_000_000)

_PARAGRAPHS = [
    "In March {y} a {a}-year-old woman presented with cough and a 4 cm mass of the right lower lobe; "
    "biopsy confirmed lung adenocarcinoma and sequencing revealed an EML4-ALK fusion.",
    "In May {y} she started crizotinib (250 mg orally, twice daily). After 3 months of therapy a partial "
    "response was observed, and grade 2 nausea was managed with ondansetron.",
    "Disease progression in the brain was noted in January {y2}; alectinib 600 mg twice daily was started "
    "and the lesions were radiologically stable after 2 months.",
    "Palliative radiotherapy (20 Gy in 5 fractions) was given to a painful bone lesion. The patient remained "
    "alive without evidence of disease at the last follow-up visit, although her sister died of breast cancer.",
]


def narrative(size: int) -> str:
    """A plain-text case report of about ``size`` characters."""
    head = ("Crizotinib and alectinib in ALK-rearranged lung adenocarcinoma: a case report\n\n"
            "doi: 10.5555/kg.scaling\n\nCASE PRESENTATION\n\n")
    tail = "\n\nDISCUSSION\n\nALK inhibitors are effective in ALK-positive disease.\n"
    parts, n, i = [], len(head) + len(tail), 0
    while n < size:
        p = _PARAGRAPHS[i % len(_PARAGRAPHS)].format(y=2000 + i % 20, y2=2001 + i % 20, a=30 + i % 50)
        parts.append(p)
        n += len(p) + 2
        i += 1
    return head + "\n\n".join(parts) + tail


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)), help="comma-separated character counts")
    ap.add_argument("--limit", type=float, default=300.0, help="per-document time limit, seconds")
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
    ap.add_argument("--files", default="1000000,10000000",
                    help="comma-separated sizes of whole text files to ingest (empty: none)")
    args = ap.parse_args(argv)

    from kg.pipeline import process_to_result, worker_nlp
    from kg.readers import read_bytes

    worker_nlp()  # built once, outside the timings
    rows = []
    print(f"{'chars':>10} {'seconds':>9} {'s/10k':>8}  outcome", flush=True)
    for size in (int(s) for s in args.sizes.split(",")):
        text = narrative(size)
        doc = next(read_bytes(text.encode("utf-8"), f"scaling-{size}.txt"))
        t0 = time.perf_counter()
        res = process_to_result(doc, args.limit)
        dt = time.perf_counter() - t0
        outcome = "ingested" if res.rejected is None else (
            "rejected (time limit)" if "per-document limit" in res.rejected else f"rejected: {res.rejected}")
        rows.append({"chars": len(text), "seconds": round(dt, 3), "s_per_10k": round(dt / len(text) * 1e4, 4),
                     "outcome": outcome, "triples": res.triples})
        print(f"{len(text):>10,} {dt:>9.2f} {dt / len(text) * 1e4:>8.3f}  {outcome}", flush=True)
        if res.rejected is not None:
            print(f"(larger sizes skipped: they would hit the {args.limit:g} s limit too)")
            break
    files = [ingest_file(int(s), args.limit) for s in args.files.split(",") if s.strip()]
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    (out / "extraction_scaling.json").write_text(json.dumps({"limit_s": args.limit, "rows": rows, "files": files},
                                                            indent=1))
    return 0


def ingest_file(size: int, limit: float) -> dict:
    """`kg ingest -j 1` of one text file of ``size`` characters into a new store: seconds and outcome."""
    import resource
    import tempfile

    from kg.pipeline import ingest

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"narrative-{size}.txt"
        path.write_text(narrative(size), encoding="utf-8")
        mb = path.stat().st_size / 1e6
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        summary = ingest([path], str(Path(tmp) / "store"), jobs=1, doc_timeout=limit)
        wall = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
    cpu = cpu1.ru_utime + cpu1.ru_stime - cpu0.ru_utime - cpu0.ru_stime
    outcome = (f"ingested ({summary.triples} triples)" if summary.ingested
               else "rejected: " + "; ".join(r for _, r in summary.rejected))
    print(f"kg ingest -j 1 of a {mb:.1f} MB text: {wall:.1f} s ({cpu:.1f} s CPU): {outcome}",
          flush=True)
    return {"chars": size, "mb": round(mb, 1), "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2), "outcome": outcome}


if __name__ == "__main__":
    sys.exit(main())
