"""`kg remove`: reports removed by identifier or IRI, all in one transaction, embedded and remote."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from fixture_helpers import FIXTURE_TRIG
from kg.errors import NotFoundError, StoreError
from kg.store import open_store, summaries
from kg.store.layout import summaries_graph, terms_graph
from kg.store.remove import remove_reports

GA = "https://w3id.org/kg-oncocase/graph/3903f785d287a078"     # doi:10.1000/JIMT.2021.1, pmid:111
GB = "https://w3id.org/kg-oncocase/graph/03ead7cb796a0e28"     # pmid:222, pmcid:PMC333
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"
KG = [sys.executable, "-m", "kg.cli.app"]


def fixture_store(path: Path | None = None):
    st = open_store(path)
    st.load_file(FIXTURE_TRIG)
    return st


@pytest.mark.parametrize("ref,gone", [
    ("doi:10.1000/jimt.2021.1", GA),        # DOIs compare case-insensitively
    ("PMID:111", GA),
    ("pmcid:pmc333", GB),
    (GB, GB),
    (RB, GB),
])
def test_remove_by_identifier_or_iri_drops_the_whole_graph(ref, gone):
    st = fixture_store()
    (kept,) = [g for g in (GA, GB) if g != gone]
    kept_quads = st.count(kept)
    removed = remove_reports(st, [ref])
    assert [r.graphs for r in removed] == [[gone]]
    assert not st.contains_graph(gone) and len(st.named_graphs()) == 1
    assert st.count(kept) == kept_quads
    # its summaries went with it: what is kept equals a recomputation over the remaining graph
    kept_summaries = summaries.read(st)
    assert kept_summaries == summaries.recompute(st) and kept_summaries["case_total"] == {(): 1}
    assert not any(gone.rsplit("/", 1)[1] in case for case in kept_summaries["pages"])
    # nothing about the report is left anywhere (content hash, identifiers, source file)
    assert st.graph_hash(gone) is None and st.count(gone) == 0


def test_remove_unknown_report_removes_nothing():
    st = fixture_store()
    before = st.count()
    with pytest.raises(NotFoundError, match="pmid:999"):
        remove_reports(st, ["pmid:111", "pmid:999"])      # all or nothing
    assert st.count() == before and len(st.named_graphs()) == 2


@pytest.mark.parametrize("ref", ["111", "https://example.org/graph/1", ""])
def test_remove_refuses_what_is_not_a_report_reference(ref):
    with pytest.raises(StoreError, match="expected"):
        remove_reports(fixture_store(), [ref])


def test_remove_all_named_reports_in_one_update(monkeypatch):
    st = fixture_store()
    updates = []
    monkeypatch.setattr(st, "_store", _Recording(st.raw, updates))
    remove_reports(st, ["pmid:111", "pmid:222"])
    assert len(updates) == 1 and updates[0].count("DROP") == 2
    assert st.named_graphs() == []


class _Recording:
    def __init__(self, store, log):
        self._s, self._log = store, log

    def update(self, text, **kw):
        self._log.append(text)
        return self._s.update(text, **kw)

    def __getattr__(self, name):
        return getattr(self._s, name)


@pytest.mark.system
def test_cli_remove_then_ingest_again(tmp_path):
    st = fixture_store(tmp_path / "store")
    st.close()
    r = subprocess.run(KG + ["remove", "pmid:222", "--store", str(tmp_path / "store")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "removed pmid:222: 1 report graph(s)" in r.stderr
    with open_store(tmp_path / "store", read_only=True) as st:
        assert st.named_graphs() == [GA]
    r = subprocess.run(KG + ["remove", "pmid:222", "--store", str(tmp_path / "store")], capture_output=True, text=True)
    assert r.returncode == 1 and r.stderr.startswith("[ERROR] no report pmid:222") and r.stderr.count("\n") == 1
    r = subprocess.run(KG + ["remove", "pmid:1", "--store", str(tmp_path / "nostore")], capture_output=True, text=True)
    assert r.returncode == 1 and r.stderr.startswith("[ERROR] no store at") and not (tmp_path / "nostore").exists()


@pytest.mark.system
def test_remove_on_a_remote_oxigraph_server(tmp_path):
    from store.test_remote_servers import OXIGRAPH, _free_port, _start, _stop

    if not OXIGRAPH.exists():
        pytest.skip(f"the oxigraph server binary is not installed at {OXIGRAPH} (pip install oxigraph)")
    port = _free_port()
    proc = _start([str(OXIGRAPH), "serve", "--location", str(tmp_path / "db"), "--bind", f"127.0.0.1:{port}"],
                  tmp_path, f"http://127.0.0.1:{port}/query")
    try:
        url = f"http://127.0.0.1:{port}"
        with open_store(url) as st:
            st.load_file(FIXTURE_TRIG)
            assert st.named_graphs() == sorted([GA, GB])
            with pytest.raises(NotFoundError):
                remove_reports(st, ["doi:10.1000/jimt.2021.1", "pmid:999"])
            assert st.named_graphs() == sorted([GA, GB])
            removed = remove_reports(st, ["doi:10.1000/jimt.2021.1", RB])
            assert [r.graphs for r in removed] == [[GA], [GB]]
            # the terms stay (reference data); every count and summary record went with the reports
            assert st.named_graphs() == [] and st.count(summaries_graph()) == 0
            assert st.count() == st.count(terms_graph()) > 0
    finally:
        _stop(proc)
