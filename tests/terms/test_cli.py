"""`kg terms import|report` sub-app: thin wrappers, exit codes from the error hierarchy."""
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.terms.cli import app

SHARED = Path(__file__).resolve().parents[3] / "shared"
if not (SHARED / "terminology").is_dir():
    pytest.skip(f"../shared not found: {SHARED}", allow_module_level=True)


def test_import_and_wrong_file(tmp_path):
    r = CliRunner().invoke(app, ["import", "ctcae", str(SHARED / "terminology/ctcae/CTCAE_v5.0.xlsx"), "--dest", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "ctcae_CTCAE_v5.0.tsv").read_text(encoding="utf-8").count("\n") == 838
    r = CliRunner().invoke(app, ["import", "hgnc", str(SHARED / "terminology/ctcae/CTCAE_v5.0.xlsx"), "--dest", str(tmp_path / "x")])
    assert r.exit_code == 1 and "expected an HGNC" in " ".join(r.output.split())


def test_report_ok():
    r = CliRunner().invoke(app, ["report", "--shared", str(SHARED)])
    assert r.exit_code == 0, r.output
    assert "verified: 2539" in r.output or "verified:" in r.output and "problem" not in r.output
