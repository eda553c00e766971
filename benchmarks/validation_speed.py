"""SHACL validation speed in cases/s: our per-case validation (as ingest runs it) vs pySHACL.

    /work/venv/bin/python benchmarks/validation_speed.py [--store DIR] [--repeat 3] [--out benchmarks/out]

Case graphs: every report graph of ``--store`` (default benchmarks/out/bench-store,
left by ``ingest_throughput.py --keep-store``), or, when there is none, the
graphs built by the pipeline from the seeds and the 100 casereportbench texts.
Measured (median of --repeat):

* ``ensure_valid`` per case graph, as kg.pipeline runs it (compiled fast check,
  pySHACL only for graphs the fast check does not accept);
* pySHACL per case graph (``kg.validate.validate_graph``);
* pySHACL once on ONE merged graph of the same cases.

cases/s = case graphs (one per case report) per second, the target's unit; patient
cases/s (kg:PatientCase nodes) is printed beside it.
Target: >= 500 cases/s for the ingest validation. Writes
benchmarks/out/validation_speed.json.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import rdflib

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from kg.prefixes import namespace  # noqa: E402

DEFAULT_STORE = ROOT / "benchmarks" / "out" / "bench-store"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
TARGET = 500.0
KG = namespace("kg")


def graphs_from_store(location: Path) -> list[rdflib.Graph]:
    """Each report graph of the store with the terms it uses (terms are stored once, in the
    terminology graph; ingest validated each graph with its terms before storing it)."""
    from kg.store import open_store
    from kg.store.layout import terms_graph
    from kg.validate import with_terms

    with open_store(location, read_only=True) as st:
        terms = st.graph(terms_graph()) if st.contains_graph(terms_graph()) else None
        return [with_terms(st.graph(g), terms) for g in st.named_graphs()]


def graphs_from_pipeline(corpus: Path) -> list[rdflib.Graph]:
    from kg.extraction.extract import extract_report
    from kg.graph.build import build_report_graph
    from kg.nlp import build_pipeline
    from kg.pipeline import iter_documents

    nlp = build_pipeline()
    out = []
    for doc in iter_documents([corpus / "seeds", corpus / "text" / "casereportbench_cases.json"]):
        if isinstance(doc, Exception):
            continue
        out.append(build_report_graph(extract_report(doc, nlp))[1])
    return out


def n_cases(g: rdflib.Graph) -> int:
    return sum(1 for _ in g.subjects(rdflib.RDF.type, rdflib.URIRef(KG + "PatientCase")))


def timed(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--store", type=Path, default=DEFAULT_STORE)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pyshacl-sample", type=int, default=60, help="graphs validated one by one with pySHACL")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "out")
    a = ap.parse_args(argv)
    from kg.validate import ensure_valid, fast_check, load_shapes, validate_graph

    if a.store.is_dir():
        source = f"store {a.store}"
        graphs = graphs_from_store(a.store)
    else:
        source = "pipeline graphs of seeds + casereportbench"
        graphs = graphs_from_pipeline(a.corpus)
    graphs = [g for g in graphs if len(g)]
    with_cases = [g for g in graphs if n_cases(g)]
    cases = sum(n_cases(g) for g in graphs)
    load_shapes()
    fast_check(graphs[0])  # compile once (as a worker does on its first report)
    accepted = sum(1 for g in graphs if fast_check(g))

    def ours():
        for g in graphs:
            ensure_valid(g, "bench")

    sample = with_cases[:a.pyshacl_sample] or graphs[:a.pyshacl_sample]
    sample_cases = sum(n_cases(g) for g in sample)

    def pyshacl_each():
        for g in sample:
            validate_graph(g, "bench")

    merged = rdflib.Graph()
    for g in graphs:
        merged += g

    def pyshacl_merged():
        validate_graph(merged, "merged")

    def ours_sample():
        for g in sample:
            ensure_valid(g, "bench")

    t_ours = timed(ours, a.repeat)
    t_ours_sample = timed(ours_sample, a.repeat)
    t_each = timed(pyshacl_each, a.repeat)
    t_merged = timed(pyshacl_merged, max(1, min(a.repeat, 2)))
    # "cases/s" = case graphs (one per case report) per second; patient cases/s beside it
    res = {
        "source": source, "graphs": len(graphs), "patient_cases": cases, "triples": len(merged),
        "fast_check_accepted": accepted,
        "ensure_valid_all": {"s": t_ours, "graphs_per_s": len(graphs) / t_ours, "patient_cases_per_s": cases / t_ours},
        "ensure_valid_sample": {"s": t_ours_sample, "graphs": len(sample), "graphs_per_s": len(sample) / t_ours_sample,
                                "patient_cases_per_s": sample_cases / t_ours_sample},
        "pyshacl_per_case_sample": {"s": t_each, "graphs": len(sample), "graphs_per_s": len(sample) / t_each,
                                    "patient_cases_per_s": sample_cases / t_each},
        "pyshacl_merged_all": {"s": t_merged, "graphs_per_s": len(graphs) / t_merged,
                               "patient_cases_per_s": cases / t_merged},
    }
    rate = res["ensure_valid_sample"]["graphs_per_s"]
    res["verdict"] = (f"target >= {TARGET:.0f} cases/s (ensure_valid, case graphs with a patient case): {rate:,.0f} -> "
                      + ("MET" if rate >= TARGET else f"NOT MET ({TARGET / rate:.1f}x too slow)"))
    lines = [f"SHACL validation: {len(graphs)} report graphs, {cases} patient cases, {len(merged):,} triples "
             f"({source}); fast check accepted {accepted}/{len(graphs)}",
             f"{'run':<44}{'time s':>8}{'case graphs/s':>15}{'patient cases/s':>17}"]
    for label, key in ((f"ensure_valid, all {len(graphs)} graphs (ingest)", "ensure_valid_all"),
                       (f"ensure_valid, {len(sample)} graphs with cases", "ensure_valid_sample"),
                       (f"pySHACL per case, same {len(sample)} graphs", "pyshacl_per_case_sample"),
                       (f"pySHACL, one merged graph of all {len(graphs)}", "pyshacl_merged_all")):
        r = res[key]
        lines.append(f"{label:<44}{r['s']:>8.3f}{r['graphs_per_s']:>15,.0f}{r['patient_cases_per_s']:>17,.0f}")
    lines.append(res["verdict"])
    print("\n".join(lines))
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / "validation_speed.json").write_text(json.dumps(res, indent=1), encoding="utf-8")
    return res


if __name__ == "__main__":
    sys.exit(main() and 0)
