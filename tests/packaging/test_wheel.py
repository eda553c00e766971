"""The wheel works without the source tree: ontology/ and queries/ travel inside it (kg/_data)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.system
def test_wheel_installs_and_runs_outside_the_source_tree():
    r = subprocess.run([sys.executable, str(REPO / "tools" / "check_wheel.py")], capture_output=True, text=True,
                       timeout=900)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "ok  kg query --list" in r.stdout and "ok  kg validate" in r.stdout
    assert "ok  kg site" in r.stdout and "ok  kg plot swimmer" in r.stdout   # templates and assets shipped
    assert "ok  kg serve" in r.stdout


def test_resource_dirs_are_the_top_level_folders_in_a_checkout():
    import kg
    from kg.query import QUERIES_DIR
    from kg.validate import SHAPES_PATH

    assert kg.ONTOLOGY_DIR == REPO / "ontology" and QUERIES_DIR == REPO / "queries"
    assert SHAPES_PATH == REPO / "ontology" / "shapes.ttl" and SHAPES_PATH.is_file()
