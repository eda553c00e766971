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


def test_overlay_row_with_an_explicit_id_folds_a_generated_term_into_it(tmp_path):
    # CIViC's "Taxol" resolves to NCIT:C1411 (ChEBI's name) and "Paclitaxel" to DrugBank; the curated
    # row "NCIT:C1411 Paclitaxel ... Taxol" makes one term with the curated label
    b = _build_module().Builder(SHARED)
    b.add("NCIT:C1411", "Taxol", "drug", [], "NCIt")
    b.add("DRUGBANK:DB01229", "Paclitaxel", "drug", ["Abraxane"], "DrugBank")
    b.curate("NCIT:C1411", "Paclitaxel", "drug", ["Taxol"], "NCIt", "", [], {})
    assert "DRUGBANK:DB01229" not in b.terms
    rec = b.terms["NCIT:C1411"]
    assert rec["label"] == "Paclitaxel" and {"Taxol", "Abraxane"} <= set(rec["synonyms"])
    assert "DRUGBANK:DB01229" in rec["xrefs"] and b.by_name[("drug", "abraxane")] == "NCIT:C1411"
