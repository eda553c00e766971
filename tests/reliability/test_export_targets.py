"""Issue 15, item 8: `kg export -o` writes only to a new or regular file: devices, FIFOs,
symbolic links, directories and paths inside the store are refused (and left as they were);
`-` or no -o is standard output."""
from __future__ import annotations

import os
import stat
import subprocess

import pytest

from fixture_helpers import FIXTURE_TRIG
from kg.errors import ExportError
from kg.export import export
from kg.store import open_store
from reliability_inputs import KG, error_lines, run_kg


@pytest.fixture(scope="module")
def disk_store(tmp_path_factory):
    loc = tmp_path_factory.mktemp("exp") / "store"
    with open_store(loc) as st:
        st.load_file(FIXTURE_TRIG)
    return loc


def test_refuses_a_fifo_and_leaves_it(store, tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match="it is a FIFO"):
        export(store, "nquads", fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_refuses_a_symbolic_link_and_leaves_it_and_its_target(store, tmp_path):
    target = tmp_path / "target.nq"
    target.write_text("keep")
    os.symlink(target, tmp_path / "link.nq")
    with pytest.raises(ExportError, match="it is a symbolic link"):
        export(store, "nquads", tmp_path / "link.nq")
    assert os.path.islink(tmp_path / "link.nq") and target.read_text() == "keep"


@pytest.mark.parametrize("dev", ["/dev/null", "/dev/stdout"])
def test_refuses_devices(store, dev):
    before = os.lstat(dev).st_mode
    with pytest.raises(ExportError, match="it is a (character device|symbolic link).*`-o -`"):
        export(store, "nquads", dev)
    assert os.lstat(dev).st_mode == before


def test_refuses_a_directory(store, tmp_path):
    with pytest.raises(ExportError, match="it is a directory"):
        export(store, "nquads", tmp_path)


def test_refuses_paths_inside_the_store(disk_store):
    current = disk_store / "CURRENT"
    before = current.read_bytes()
    with open_store(disk_store, read_only=True) as st:
        for target in (current, disk_store / "new.nq"):
            with pytest.raises(ExportError, match="inside the store"):
                export(st, "nquads", target)
    assert current.read_bytes() == before and not (disk_store / "new.nq").exists()
    with open_store(disk_store, read_only=True) as st:   # still opens
        assert len(st.raw) > 0


def test_new_and_regular_files_are_written(store, tmp_path):
    assert export(store, "nquads", tmp_path / "new.nq") > 0
    (tmp_path / "old.nq").write_text("old")
    export(store, "nquads", tmp_path / "old.nq")
    assert (tmp_path / "old.nq").read_text() == (tmp_path / "new.nq").read_text()


@pytest.mark.system
def test_cli_dash_is_stdout_and_a_refusal_is_one_line(disk_store, tmp_path):
    res = subprocess.run([*KG, "export", "--store", str(disk_store), "-f", "nquads", "-o", "-"],
                         capture_output=True, text=True, timeout=300)
    assert res.returncode == 0 and res.stdout.count("\n") > 10
    res = run_kg("export", "--store", str(disk_store), "-f", "nquads", "-o", str(disk_store / "CURRENT"))
    assert res.returncode == 2 and len(error_lines(res.stderr)) == 1 == len(res.stderr.strip().splitlines())
    assert "inside the store" in res.stderr
