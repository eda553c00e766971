"""kg.store.serving: a store is served or written, never both (issue #13 item 8: `kg serve` kept
answering the store as it was when it started while `kg ingest` wrote it, which Oxigraph's
read-only mode does not support)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from fixture_helpers import FIXTURE_TRIG
from kg_cli import run_kg as kg
from kg.errors import StoreError
from kg.store import open_store
from kg.store.serving import LOCK_NAME, lock_for_serving

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "example_case_report.txt"


@pytest.fixture
def store_dir(tmp_path):
    loc = tmp_path / "kg-store"
    with open_store(loc) as st:
        st.load_file(FIXTURE_TRIG)
    return loc


def test_a_served_store_is_not_opened_for_writing_but_read(store_dir):
    with lock_for_serving(store_dir):
        with pytest.raises(StoreError, match="`kg serve` is serving it.*stop kg serve, write, then start it again"):
            open_store(store_dir)
        with open_store(store_dir, read_only=True) as st:       # readers are welcome
            assert len(st.named_graphs()) == 2
        with lock_for_serving(store_dir):                         # so is a second server
            pass
    with open_store(store_dir) as st:                             # the server has stopped: writable again
        assert len(st.named_graphs()) == 2


def test_a_store_open_for_writing_is_not_served(store_dir):
    with open_store(store_dir):
        with pytest.raises(StoreError, match="a kg command .* is writing it"):
            with lock_for_serving(store_dir):
                pytest.fail("served while written")
    with lock_for_serving(store_dir):                             # closed: servable
        pass


def test_a_second_writer_still_gets_the_databases_own_message(store_dir):
    with open_store(store_dir):
        with pytest.raises(StoreError, match="another process has it open for writing"):
            open_store(store_dir)


def test_a_read_only_store_directory_is_served_without_a_lock_file(tmp_path, monkeypatch):
    import kg.store.serving as serving

    monkeypatch.setattr(serving.os, "open", lambda *a, **k: (_ for _ in ()).throw(PermissionError(13, "read-only")))
    with lock_for_serving(tmp_path):
        pass
    assert not (tmp_path / LOCK_NAME).exists()


@pytest.mark.parametrize("cmd", [["ingest", EXAMPLE, "-j", "1"], ["remove", "pmid:222"]])
def test_writing_commands_refuse_a_served_store_in_one_line(capsys, monkeypatch, store_dir, cmd):
    with lock_for_serving(store_dir):
        code, out, err = kg(capsys, monkeypatch, *cmd, "--store", store_dir)
    assert code == 2 and out == ""
    errors = [line for line in err.splitlines() if line.startswith("[ERROR]")]
    assert len(errors) == 1 and "`kg serve` is serving it" in errors[0] and "Traceback" not in err
    with open_store(store_dir, read_only=True) as st:
        assert len(st.named_graphs()) == 2                         # nothing written


@pytest.mark.system
def test_kg_serve_and_kg_ingest_on_one_store(capsys, monkeypatch, store_dir):
    """With the Oxigraph server running: `kg ingest` is refused (it used to succeed while the server
    went on answering the old counts); after the server stops it works."""
    from kg.server import ServerError, find_oxigraph, running_server

    try:
        find_oxigraph()
    except ServerError as e:
        pytest.skip(str(e))
    from kg.prefixes import namespace

    # report graphs (the terminology and summaries graphs sit beside them)
    count = ("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
             f"FILTER(STRSTARTS(STR(?g), '{namespace('kgg')}')) }}")
    with running_server(store_dir, timeout_s=10) as srv:
        code, _, err = kg(capsys, monkeypatch, "ingest", EXAMPLE, "--store", store_dir, "-j", "1")
        assert code == 2 and "`kg serve` is serving it" in err
        assert json.loads(srv.query(count))["results"]["bindings"][0]["n"]["value"] == "2"
    code, _, err = kg(capsys, monkeypatch, "ingest", EXAMPLE, "--store", store_dir, "-j", "1")
    assert code == 0, err
    with running_server(store_dir, timeout_s=10) as srv:          # a restarted server answers the new store
        assert json.loads(srv.query(count))["results"]["bindings"][0]["n"]["value"] == "3"
