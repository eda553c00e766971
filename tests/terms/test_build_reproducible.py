"""tools/build_terms.py regenerates exactly the shipped term lists from ../shared + the overlay."""
import importlib.util
from pathlib import Path

import pytest

import kg

SHARED = Path(__file__).resolve().parents[3] / "shared"
if not (SHARED / "terminology").is_dir():
    pytest.skip(f"../shared not found: {SHARED}", allow_module_level=True)


def _build_module():
    spec = importlib.util.spec_from_file_location("build_terms", kg.ROOT / "tools" / "build_terms.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_build_matches_shipped_files(tmp_path):
    counts = _build_module().build(SHARED, tmp_path)
    shipped = kg.ONTOLOGY_DIR / "terms"
    assert set(counts) == {p.name for p in shipped.glob("*.tsv")}
    for name in counts:
        assert (tmp_path / name).read_bytes() == (shipped / name).read_bytes(), f"{name} is stale: run tools/build_terms.py"
