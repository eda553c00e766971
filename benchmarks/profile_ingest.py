"""Where ingest spends its CPU: cProfile of the per-report work over the corpus, one process.

    python benchmarks/profile_ingest.py [--corpus DIR] [--quick] [--limit N] [--top 25]
                                        [--sort tottime|cumtime] [--out FILE.prof]

The same corpus as benchmarks/ingest_throughput.py. Documents are read first (not profiled),
the pipeline is built and warmed up on one document, then every document goes through
``kg.pipeline.process_to_result`` (NLP, extraction, graph, SHACL, N-Triples) and the parent's
store write (N-Triples parse + ``replace_graph`` into an in-memory store) under cProfile.
Prints CPU ms per report (process time; ``--no-profile``: without the profiler) and the top functions.
For a sampling profile with less overhead: ``py-spy record -f raw -o OUT -- python
benchmarks/profile_ingest.py --no-profile``.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import itertools
import pstats
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_throughput import DEFAULT_CORPUS, corpus_paths  # noqa: E402


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--quick", action="store_true", help="leave the 1,090 abstracts out")
    ap.add_argument("--limit", type=int, default=0, help="first N documents only (0: all)")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--sort", default="tottime", choices=["tottime", "cumtime"])
    ap.add_argument("--out", type=Path, help="write the raw profile here (snakeviz, pstats)")
    ap.add_argument("--no-profile", action="store_true", help="time only (CPU ms per report, no cProfile)")
    a = ap.parse_args(argv)

    from kg.pipeline import _triples_of, iter_documents, process_to_result, worker_nlp
    from kg.store import open_store

    docs = [d for d in iter_documents(corpus_paths(a.corpus, a.quick)) if not isinstance(d, Exception)]
    if a.limit:
        docs = docs[:a.limit]
    worker_nlp()
    process_to_result(docs[0], None)  # warm-up: lazy imports, caches, SHACL shapes
    store = open_store(None)

    def run() -> None:
        for doc in docs:
            res = process_to_result(doc, None)
            if res.rejected is None:
                store.replace_graph(res.graph_iri, _triples_of(res.ntriples))

    if a.no_profile:
        t0 = time.process_time()
        run()
        print(f"{len(docs)} reports: {(time.process_time() - t0) / len(docs) * 1000:.2f} CPU ms/report (no profiler)")
        return
    # one run, profiled from cold (a second run would find the linker's memo and the tokenizer's
    # cache full, as no ingest worker does)
    prof = cProfile.Profile()
    t0 = time.process_time()
    prof.enable()
    run()
    prof.disable()
    print(f"{len(docs)} reports: {(time.process_time() - t0) / len(docs) * 1000:.2f} CPU ms/report under cProfile")
    if a.out:
        prof.dump_stats(str(a.out))
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats(a.sort).print_stats(a.top)
    print("\n".join(line for line in buf.getvalue().splitlines()[6:] if line.strip()))


if __name__ == "__main__":
    main()
