"""Where ingest spends its CPU: cProfile of the per-report work over the corpus, one process.

    python benchmarks/profile_ingest.py [--corpus DIR] [--quick] [--limit N] [--top 25]
                                        [--sort tottime|cumtime] [--out FILE.prof]

The same corpus as benchmarks/ingest_throughput.py. Documents are read first (not profiled),
the pipeline is built and warmed up on one document, then every document goes through
``kg.pipeline.process_to_result`` (NLP, extraction, graph, SHACL, N-Triples) and the parent's
store write (N-Triples parse + ``replace_graph`` into an in-memory store) under cProfile.
Prints CPU ms per report (process time; ``--no-profile``: without the profiler) and the top functions.
``--components``: no profiler; CPU ms per report (process time) of each NLP component and of
each stage after NLP (extraction rules, graph build, SHACL gate, N-Triples out, store write),
measured inside the same calls the ingest makes (the components are wrapped, not re-run).
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
    ap.add_argument("--components", action="store_true",
                    help="CPU ms per report of each NLP component and each later stage (no cProfile)")
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

    if a.components:
        component_times(docs, store)
        return
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


class _Timed:
    """A pipeline component with its CPU time added to ``acc[name]`` (the batch ``pipe`` too)."""

    def __init__(self, name, proc, acc):
        self.name, self.proc, self.acc = name, proc, acc

    def __call__(self, doc):
        t = time.process_time()
        out = self.proc(doc)
        self.acc[self.name] = self.acc.get(self.name, 0.0) + time.process_time() - t
        return out

    def pipe(self, docs, **kw):
        for d in docs:
            yield self(d)

    def __getattr__(self, attr):  # the component's own attributes (kg_terms.index, ...)
        return getattr(self.proc, attr)


def component_times(docs, store) -> None:
    """CPU ms per report of every NLP component and of the stages after NLP, in one ingest pass."""
    import kg.extraction.extract as extract_mod
    import kg.graph.build as build_mod
    import kg.pipeline as pipeline_mod
    import kg.validate as validate_mod
    from kg.pipeline import _triples_of, process_to_result, worker_nlp

    acc: dict[str, float] = {}
    nlp = worker_nlp()
    make_doc = nlp.make_doc

    def timed_make_doc(text):
        t = time.process_time()
        d = make_doc(text)
        acc["nlp: tokenizer"] = acc.get("nlp: tokenizer", 0.0) + time.process_time() - t
        return d

    def timed(key, fn):
        def wrapper(*args, **kw):
            t = time.process_time()
            try:
                return fn(*args, **kw)
            finally:
                acc[key] = acc.get(key, 0.0) + time.process_time() - t
        return wrapper

    nlp.make_doc = timed_make_doc
    nlp._components = [(n, _Timed("nlp: " + n, p, acc)) for n, p in nlp._components]
    extract_mod.extract_report = timed("extract (incl. NLP)", extract_mod.extract_report)
    build_mod.build_report_graph = timed("graph build", build_mod.build_report_graph)
    validate_mod.ensure_valid = timed("validate (ensure_valid)", validate_mod.ensure_valid)
    pipeline_mod.check_budget = timed("read checks (budget)", pipeline_mod.check_budget)
    t0 = time.process_time()
    for doc in docs:
        res = process_to_result(doc, None)
        if res.rejected is None:
            t = time.process_time()
            store.replace_graph(res.graph_iri, _triples_of(res.ntriples))
            acc["N-Triples in + store write"] = acc.get("N-Triples in + store write", 0.0) + time.process_time() - t
    total = time.process_time() - t0
    nlp_total = sum(v for k, v in acc.items() if k.startswith("nlp: "))
    acc["extract: rules after NLP"] = acc.pop("extract (incl. NLP)", 0.0) - nlp_total
    acc["other (N-Triples out, pipeline)"] = total - sum(acc.values())
    n = len(docs)
    print(f"{n} reports: {total / n * 1000:.2f} CPU ms/report (process time, components wrapped)")
    print(f"  {'NLP total':<34}{nlp_total / n * 1000:>8.2f}")
    for k, v in sorted(acc.items(), key=lambda kv: -kv[1]):
        print(f"  {k:<34}{v / n * 1000:>8.2f}")


if __name__ == "__main__":
    main()
