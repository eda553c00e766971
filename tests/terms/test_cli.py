"""`kg terms import|report` sub-app: thin wrappers, exit codes from the error hierarchy; what a user
without ../shared gets (issue #13 item 8)."""
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import kg.terms.verify as verify
from kg.cli.app import main
from kg_cli import run_kg as kg
from kg.terms.cli import app

SHARED = Path(__file__).resolve().parents[3] / "shared"
needs_shared = pytest.mark.skipif(not (SHARED / "terminology").is_dir(), reason=f"../shared not found: {SHARED}")
FIXTURE = SHARED / "terminology" / "drugbank" / "drugbank_5.1.10_fixture.csv"


@needs_shared
def test_import_and_wrong_file(tmp_path):
    r = CliRunner().invoke(app, ["import", "ctcae", str(SHARED / "terminology/ctcae/CTCAE_v5.0.xlsx"), "--dest", str(tmp_path)])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "ctcae_CTCAE_v5.0.tsv").read_text(encoding="utf-8").count("\n") == 838
    r = CliRunner().invoke(app, ["import", "hgnc", str(SHARED / "terminology/ctcae/CTCAE_v5.0.xlsx"), "--dest", str(tmp_path / "x")])
    assert r.exit_code == 1 and "expected an HGNC" in " ".join(r.output.split())


@needs_shared
def test_report_ok():
    r = CliRunner().invoke(app, ["report", "--shared", str(SHARED)])
    assert r.exit_code == 0, r.output
    assert "verified: 2539" in r.output or "verified:" in r.output and "problem" not in r.output


def test_report_without_shared_gives_the_counts_and_says_ids_are_not_verified(capsys, monkeypatch, tmp_path):
    """A user has no ../shared: `kg terms report` failed with exit 2 and a raw 'No such file' (issue #13)."""
    monkeypatch.setattr(verify, "DEFAULT_SHARED", tmp_path / "shared")
    code, out, err = kg(capsys, monkeypatch, "terms", "report")
    assert code == 0, err
    assert "tumor" in err and "drug" in err and "[ERROR]" not in err
    assert f"ids not verified: no authoritative files at {tmp_path / 'shared' / 'terminology'}" in err


def test_report_with_a_shared_folder_that_is_not_one_is_one_line_exit_1(capsys, monkeypatch, tmp_path):
    code, _, err = kg(capsys, monkeypatch, "terms", "report", "--shared", tmp_path)
    assert code == 1
    assert err.splitlines() == [f"[ERROR] no terminology folder at {tmp_path / 'terminology'}: --shared names the "
                                "folder that holds terminology/ (the project's ../shared)"]


def test_import_help_names_the_real_default_folder(capsys, monkeypatch):
    """`--dest` said '(default: $KG_TERMS_DIR)' although without it kg writes to ~/.local/share/kg/terms."""
    monkeypatch.setattr(sys, "argv", ["kg", "terms", "import", "--help"])
    monkeypatch.setenv("COLUMNS", "200")
    with pytest.raises(SystemExit):
        main()
    assert "$KG_TERMS_DIR, else ~/.local/share/kg/terms" in " ".join(capsys.readouterr().out.split())


@needs_shared
@pytest.mark.parametrize("env", [True, False])
def test_import_without_dest_writes_where_it_says_and_kg_reads_it(capsys, monkeypatch, tmp_path, env):
    from kg.terms import load_terms

    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    if env:
        monkeypatch.setenv("KG_TERMS_DIR", str(tmp_path / "terms"))
        expected = tmp_path / "terms"
    else:
        monkeypatch.delenv("KG_TERMS_DIR", raising=False)
        expected = home / ".local" / "share" / "kg" / "terms"
    code, _, err = kg(capsys, monkeypatch, "terms", "import", "drugbank", FIXTURE)
    assert code == 0, err
    written = expected / "drugbank_drugbank_5.1.10_fixture.tsv"
    assert written.is_file() and f"-> {written}" in err
    assert "DRUGBANK:DB00522" in {t.id for t in load_terms()}     # bentiromide: only in the imported file
