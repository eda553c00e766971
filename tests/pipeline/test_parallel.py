"""kg.pipeline.ingest: streaming, parallel (-j N) ingest gives exactly the -j 1 result."""
from __future__ import annotations

import json
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from kg import pipeline
from kg.pipeline import DocResult, ingest, process_to_result
from kg.store import open_store

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "example_case_report.txt"
KG = [sys.executable, "-m", "kg.cli.app"]


def case_text(n: int, drug: str = "crizotinib") -> str:
    return (f"{drug.capitalize()} response in ALK-rearranged lung adenocarcinoma: case report {n}\n\n"
            f"doi: 10.5555/kg.pipeline.{n}\n\nCASE PRESENTATION\n\n"
            f"In March 2021 a {40 + n}-year-old woman presented with cough. Biopsy confirmed lung "
            f"adenocarcinoma and sequencing revealed an EML4-ALK fusion. In May 2021 she started {drug} "
            "(250 mg orally, twice daily). After 3 months a partial response was observed.\n\n"
            "DISCUSSION\n\nALK inhibitors are effective.\n")


def make_corpus(root: Path) -> Path:
    d = root / "corpus"
    (d / "sub").mkdir(parents=True)
    (d / "a_example.txt").write_bytes(EXAMPLE.read_bytes())
    for n in range(1, 6):
        (d / f"case_{n}.txt").write_text(case_text(n), encoding="utf-8")
    (d / "sub" / "dup_of_case_2.txt").write_text(case_text(2), encoding="utf-8")   # same report again
    records = [{"pmid": str(32000000 + i), "title": f"ALK fusion case {i}",
                "abstract": f"A {50 + i}-year-old man with lung adenocarcinoma harbouring an EML4-ALK fusion "
                            "received crizotinib and had a partial response."} for i in range(3)]
    (d / "sub" / "records.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    (d / "sub" / "empty.txt").write_bytes(b"")
    (d / "sub" / "binary.txt").write_bytes(bytes(range(256)) * 4)
    return d


def run(paths, store, **kw):
    events = []
    summary = ingest(paths, store, on_event=lambda *e: events.append(e), **kw)
    return summary, events


from kg.store.layout import summaries_graph, terms_graph  # noqa: E402


def dump(store) -> list[str]:
    with open_store(store, read_only=True) as st:
        return sorted(st.dump("nquads").decode("utf-8").splitlines())


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return make_corpus(tmp_path_factory.mktemp("pipeline"))


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    store = tmp_path_factory.mktemp("serial") / "store"
    summary, events = run([corpus, corpus / "missing.txt"], store, jobs=1)
    return store, summary, events


def test_pipeline_serial_ingests_rejects_and_skips_duplicates(serial):
    store, summary, events = serial
    assert len(summary.ingested) == 9          # example + 5 cases + 3 records
    assert [s for s in summary.unchanged] == [str(next(e[1] for e in events if "dup_of_case_2" in e[1]))]
    rejected = {Path(s.split("#")[0]).name: r for s, r in summary.rejected}
    assert set(rejected) == {"empty.txt", "binary.txt", "missing.txt"}
    assert summary.exit_code == 1 and summary.cases >= 6 and summary.triples > 500
    # the triples counted are those of the report graphs (terms and summaries are graphs of their own)
    derived = (f"<{terms_graph()}> .", f"<{summaries_graph()}> .")
    assert len([q for q in dump(store) if not q.endswith(derived)]) == summary.triples


@pytest.mark.system
def test_pipeline_two_workers_give_the_same_store_events_and_summary(serial, corpus, tmp_path):
    store1, summary1, events1 = serial
    summary2, events2 = run([corpus, corpus / "missing.txt"], tmp_path / "store", jobs=2, window=3)
    assert events2 == events1                  # same order: results are committed in input order
    assert summary2 == summary1
    assert dump(tmp_path / "store") == dump(store1)


def test_pipeline_unchanged_reports_are_skipped_before_any_nlp(serial, corpus, tmp_path, monkeypatch):
    store, summary1, _ = serial
    copy = tmp_path / "store"
    with open_store(store, read_only=True) as st:
        data = st.dump("nquads")
    with open_store(copy) as st:
        st.raw.load(data, format=__import__("pyoxigraph").RdfFormat.N_QUADS)

    def boom(doc):
        raise AssertionError(f"NLP ran on unchanged {doc.source}")
    monkeypatch.setattr(pipeline, "process_to_result", boom)
    summary, events = run([corpus], copy, jobs=1)
    assert summary.ingested == [] and len(summary.unchanged) == 10
    assert {e[0] for e in events} == {"unchanged", "rejected"}


@pytest.mark.system
def test_pipeline_changed_report_replaces_its_graph(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    f = d / "case.txt"
    f.write_text(case_text(7), encoding="utf-8")
    store = tmp_path / "store"
    s1, _ = run([d], store, jobs=1)
    before = dump(store)
    f.write_text(case_text(7, drug="alectinib"), encoding="utf-8")
    s2, _ = run([d], store, jobs=2)
    after = dump(store)
    assert len(s1.ingested) == 1 and len(s2.ingested) == 1
    assert any("alectinib" in q.lower() for q in after) and not any("alectinib" in q.lower() for q in before)
    assert not any("crizotinib" in q.lower() and "drug" in q.lower() and "alectinib" not in q.lower()
                   for q in after if "/therapy/" in q and "Drug" in q)


@pytest.mark.system
def test_pipeline_force_reprocesses_and_changes_nothing(serial, corpus, tmp_path):
    store, summary1, _ = serial
    summary, _ = run([corpus / "case_1.txt", corpus / "case_1.txt"], tmp_path / "s", jobs=2, force=True)
    assert len(summary.ingested) == 2 and summary.unchanged == []


class _LazyFuture:
    def __init__(self, fn, args, log):
        self.fn, self.args, self.log = fn, args, log

    def result(self):
        self.log["pending"] -= 1
        return self.fn(*self.args)


class _CountingExecutor:
    """Records how many submitted tasks are outstanding at most (bounded window)."""

    def __init__(self):
        self.log = {"pending": 0, "max": 0, "submitted": 0}

    def submit(self, fn, *args):
        self.log["pending"] += 1
        self.log["submitted"] += 1
        self.log["max"] = max(self.log["max"], self.log["pending"])
        return _LazyFuture(fn, args, self.log)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


def test_pipeline_keeps_a_bounded_number_of_documents_in_flight(corpus, tmp_path):
    ex = _CountingExecutor()
    summary, _ = run([corpus], tmp_path / "store", executor=ex, window=2)
    assert ex.log["submitted"] == 9 and ex.log["pending"] == 0
    assert ex.log["max"] <= 3          # window + the one being submitted
    assert len(summary.ingested) == 9


def test_pipeline_worker_result_is_plain_bytes_and_rejections_are_reasons(tmp_path, monkeypatch):
    from kg.readers import read_path

    f = tmp_path / "c.txt"
    f.write_text(case_text(3), encoding="utf-8")
    (doc,) = list(read_path(f))
    res = process_to_result(doc)
    assert isinstance(res, DocResult) and res.rejected is None
    assert isinstance(res.ntriples, bytes) and res.ntriples.count(b" .\n") == res.triples
    assert pickle.loads(pickle.dumps(res)) == res
    assert "rdflib" not in pickle.dumps(res).decode("latin-1")

    import kg.graph.build as build
    from rdflib import Literal, URIRef

    real = build.build_report_graph

    def broken(record):
        giri, g = real(record)
        g.add((URIRef(str(giri).replace("/graph/", "/report/") + "/case/1"),
               URIRef("https://w3id.org/kg-oncocase/vocab#sex"), Literal("M")))
        return giri, g
    monkeypatch.setattr(build, "build_report_graph", broken)
    res = process_to_result(doc)
    assert res.rejected and "SHACL validation failed" in res.rejected and res.ntriples == b""


def test_pipeline_out_of_memory_is_a_rejection_not_an_internal_error(tmp_path, monkeypatch):
    """A MemoryError while processing one document rejects that document (it stopped the run before)."""
    import kg.pipeline as pipeline
    from kg.readers import read_path

    f = tmp_path / "big.txt"
    f.write_text(case_text(4), encoding="utf-8")
    (doc,) = list(read_path(f))

    def exhausted(doc, nlp):
        raise MemoryError

    monkeypatch.setattr(pipeline, "worker_nlp", lambda: None)
    monkeypatch.setattr(pipeline, "process_document", exhausted)
    res = process_to_result(doc)
    assert res.rejected and "out of memory" in res.rejected and res.ntriples == b""


@pytest.mark.system
def test_pipeline_cli_parallel_reports_errors_on_stderr_only(corpus, tmp_path):
    store = tmp_path / "store"
    r = subprocess.run(KG + ["ingest", str(corpus), "-j", "2", "--store", str(store)], capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    assert r.stdout == ""
    errors = [line for line in r.stderr.splitlines() if line.startswith("[ERROR] ")]
    assert len(errors) == 2 and all(": " in e for e in errors)
    assert any("empty.txt: " in e for e in errors) and any("binary.txt: " in e for e in errors)
    assert "ingested 9 report(s)" in r.stderr and "unchanged 1, rejected 2" in r.stderr
    r2 = subprocess.run(KG + ["ingest", str(corpus / "case_1.txt"), "-j", "2", "--store", str(store)],
                        capture_output=True, text=True)
    assert r2.returncode == 0 and "unchanged 1" in r2.stderr
