"""Storage is atomic and idempotent.

(a) ingesting the same reports twice, with --force, and into a fresh store from another process
    gives byte-identical N-Quads dumps (same triples, same IRIs);
(b) a failure while processing a new version of a report leaves its previous version intact;
(c) SIGKILL during a long `kg ingest`: the store opens (read-only and read-write), answers
    queries, and every graph in it is complete (report node with content hash, SHACL-valid);
(d) a failed export leaves neither a partial file nor a temporary file, and keeps the old file.
"""
from __future__ import annotations

import errno
import os
import signal
import subprocess
import time

import pytest

from kg.errors import ExportError, KGError, ValidationError
from kg.store import KG_NS, open_store
from reliability_inputs import KG, case_text, jats, pubmed_record, pubmed_set, run_kg, summary_line

REPORT_NODES = ("PREFIX kg: <" + KG_NS + "> SELECT ?g ?r ?h WHERE { GRAPH ?g { ?r a kg:CaseReport . "
                "OPTIONAL { ?r kg:contentHash ?h } } }")


def _ingest(paths, store, **kw):
    from kg.pipeline import ingest
    return ingest([str(p) for p in paths], str(store), jobs=1, **kw)


def _dump(store) -> list[str]:
    with open_store(store, read_only=True) as st:
        return sorted(st.dump("nquads").decode("utf-8").splitlines())


def _graph_lines(store, giri: str) -> list[str]:
    with open_store(store, read_only=True) as st:
        return sorted(st.dump("nquads", graph=giri).decode("utf-8").splitlines()) if st.contains_graph(giri) else []


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    d = tmp_path_factory.mktemp("reports")
    (d / "a.txt").write_text(case_text(1), encoding="utf-8")
    (d / "b.nxml").write_bytes(jats(pmid="33000002"))
    (d / "c.xml").write_bytes(pubmed_set([pubmed_record("33000003"), pubmed_record("33000004")]))
    return d


# ------------------------------------------------------------------ (a) ---
@pytest.mark.system
def test_ingest_twice_force_and_fresh_store_give_identical_dumps(reports, tmp_path):
    store = tmp_path / "s"
    first = _ingest([reports], store)
    assert len(first.ingested) == 4 and not first.rejected
    d1 = _dump(store)
    assert d1 and not any("_:" in ln for ln in d1)  # no blank nodes: sorted lines are a canonical form

    again = _ingest([reports], store)
    assert again.ingested == [] and len(again.unchanged) == 4
    assert _dump(store) == d1

    forced = _ingest([reports], store, force=True)
    assert len(forced.ingested) == 4
    assert _dump(store) == d1

    # another process, another hash seed, a fresh store: the same bytes
    fresh = tmp_path / "fresh"
    res = run_kg("ingest", str(reports), "--store", str(fresh), env_extra={"PYTHONHASHSEED": "12345"})
    assert res.returncode == 0, res.stderr
    assert summary_line(res.stderr).startswith("ingested 4 report(s)")
    assert _dump(fresh) == d1


# ------------------------------------------------------------------ (b) ---
def _report_graph(store) -> str:
    with open_store(store, read_only=True) as st:
        (g,) = st.named_graphs()
        return g


@pytest.mark.parametrize("stage", ["validator", "builder", "builder-bug"])
def test_failure_on_new_version_keeps_previous_version(tmp_path, monkeypatch, stage):
    report = tmp_path / "in" / "r.txt"
    report.parent.mkdir()
    report.write_text(case_text(7, age=50), encoding="utf-8")
    store = tmp_path / "s"
    assert len(_ingest([report], store).ingested) == 1
    giri = _report_graph(store)
    before = _graph_lines(store, giri)
    assert any('"50"' in ln for ln in before)

    report.write_text(case_text(7, age=61), encoding="utf-8")  # same report id, new content
    if stage == "validator":
        def boom(g, name="graph"):
            raise ValidationError(str(name), "Validation Report\nConforms: False\n", ["injected failure"])
        monkeypatch.setattr("kg.validate.ensure_valid", boom)
    else:
        exc = ValueError("injected builder failure") if stage == "builder" else KeyError("injected bug")

        def boom(record):
            raise exc
        monkeypatch.setattr("kg.graph.build.build_report_graph", boom)

    try:
        summary = _ingest([report], store)
    except KGError as e:  # a bug (non-KGError) aborts the run as a KGError naming the document
        assert stage != "validator" and "r.txt" in str(e)
    else:
        assert summary.ingested == [] and [s for s, _ in summary.rejected] == [str(report)]
    assert _graph_lines(store, giri) == before  # the previous version, intact

    monkeypatch.undo()
    assert len(_ingest([report], store).ingested) == 1  # and the new version goes in once fixed
    after = _graph_lines(store, giri)
    assert after != before and any('"61"' in ln for ln in after)


# ------------------------------------------------------------------ (c) ---
def _check_store_complete(st) -> int:
    from kg.store import summaries, to_rdflib
    from kg.store.layout import term_quads
    from kg.validate import validate_graph

    graphs = st.named_graphs()
    nodes = {}
    for row in st.query(REPORT_NODES):
        nodes.setdefault(row["g"].value, []).append(row["h"])
    for g in graphs:
        assert len(nodes.get(g, [])) == 1, f"{g}: expected one kg:CaseReport node, got {nodes.get(g)}"
        assert nodes[g][0] is not None and len(nodes[g][0].value) >= 16, f"{g}: no kg:contentHash"
        # a report graph is complete with the terms it uses (stored once, in the terminology graph)
        data = st.graph(g)
        for q in term_quads(st, g):
            data.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
        rep = validate_graph(data, g)
        assert rep.conforms, rep.results[:3]
    assert st.count() > 0
    # and the summaries are those of the graphs that made it (same transaction as each graph)
    assert summaries.read(st) == summaries.recompute(st)
    return len(graphs)


@pytest.mark.system
def test_sigkill_during_ingest_leaves_a_consistent_store(tmp_path):
    n = 200
    inp = tmp_path / "in"
    inp.mkdir()
    for i in range(n):
        (inp / f"r{i:03d}.txt").write_text(case_text(1000 + i), encoding="utf-8")
    store = tmp_path / "s"
    env = dict(os.environ, NO_COLOR="1")
    proc = subprocess.Popen([*KG, "ingest", str(inp), "--store", str(store)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 240
        seen = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if store.is_dir():
                try:
                    with open_store(store, read_only=True) as st:
                        seen = len(st.named_graphs())
                except KGError:
                    seen = 0  # the writer is creating the store
            if seen >= 1:
                break
            time.sleep(0.1)
        assert proc.poll() is None, f"ingest ended (rc={proc.returncode}) before it could be killed"
        assert seen >= 1, "no graph appeared in the store in time"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(30)
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)  # worker processes of the killed ingest
        except ProcessLookupError:
            pass
        proc.wait(30)
    assert proc.returncode == -signal.SIGKILL

    with open_store(store, read_only=True) as st:
        present = _check_store_complete(st)
    assert 1 <= present < n, f"{present} graphs: the kill did not interrupt the ingest"

    with open_store(store) as st:  # read-write: recovers, answers, accepts writes
        assert _check_store_complete(st) == present
        g = st.named_graphs()[0]
        st.replace_graph(g, st.graph(g))
    with open_store(store, read_only=True) as st:
        assert _check_store_complete(st) == present


# ------------------------------------------------------------------ (d) ---
@pytest.fixture()
def small_store(tmp_path, reports):
    store = tmp_path / "s"
    _ingest([reports / "b.nxml"], store)
    return store


def test_failed_export_write_leaves_old_file_and_no_temp_file(small_store, tmp_path, monkeypatch):
    import kg.export

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "cases.trig"
    out.write_text("previous export\n", encoding="utf-8")

    def disk_full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(kg.export.os, "fsync", disk_full)
    with open_store(small_store, read_only=True) as st:
        for fmt in ("turtle", "trig", "nquads", "jsonld"):
            with pytest.raises(ExportError, match="No space left"):
                kg.export.export(st, fmt, out)
            assert out.read_text(encoding="utf-8") == "previous export\n"
            assert sorted(p.name for p in out_dir.iterdir()) == ["cases.trig"]
            with pytest.raises(ExportError):
                kg.export.export(st, fmt, out_dir / "new.out")
            assert sorted(p.name for p in out_dir.iterdir()) == ["cases.trig"]


@pytest.mark.system
def test_cli_export_failure_creates_no_file(small_store, tmp_path):
    out = tmp_path / "x.ttl"
    res = run_kg("export", "--store", str(small_store), "-o", str(out), "--graph", "https://example.org/no-graph")
    assert res.returncode != 0 and res.stderr.startswith("[ERROR] ")
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".x.ttl")] == []
    res = run_kg("export", "--store", str(small_store), "-o", str(out), "--format", "trig")
    assert res.returncode == 0, res.stderr
    assert "33000002" in out.read_text(encoding="utf-8")
