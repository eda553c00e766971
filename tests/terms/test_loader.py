"""Loader: shipped lists load, the user dir extends/overrides, bad files fail clearly."""

import pytest

from kg.errors import TerminologyError
from kg.terms import Term, load_terms, read_term_file

HEADER = "id\tlabel\ttype\tsynonyms\tsource\tsource_version\txrefs\textra\n"


def by_id(terms):
    return {t.id: t for t in terms}


def test_shipped_lists_load_with_known_terms(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_TERMS_DIR", str(tmp_path / "none"))
    terms = by_id(load_terms())
    assert terms["NCIT:C74061"].label.lower() == "crizotinib"
    assert "Xalkori" in terms["NCIT:C74061"].synonyms
    assert terms["NCIT:C6481"].type == "tumor"
    assert "inflammatory pseudotumor" in terms["NCIT:C6481"].synonyms
    assert terms["HGNC:427"].label == "ALK" and terms["HGNC:427"].extra["kinase"] == "yes"
    assert terms["HGNC:12851"].label == "YWHAE" and terms["HGNC:12851"].extra["fusion_partner"] == "yes"
    assert terms["NCIT:C18058"].extra["response_class"] == "PR"
    assert terms["SO:0001565"].xrefs == ("NCIT:C20195",)
    assert "neutropenia" in terms["MEDDRA:10029366"].synonyms  # Neutrophil count decreased
    assert terms["MEDDRA:10029366"].label == "Neutrophil count decreased"
    sbrt = [t for t in terms.values() if "SBRT" in t.synonyms]
    assert len(sbrt) == 1 and sbrt[0].extra["procedure_class"] == "radiotherapy"
    assert all(isinstance(t, Term) for t in terms.values())


def test_user_term_extends_and_overrides(tmp_path, monkeypatch):
    (tmp_path / "mine.tsv").write_text(
        HEADER
        + "NCIT:C74061\tcrizotinib\tdrug\tcrizo|XALKORI 250\tlocal\t\tDRUGBANK:DB08865\tnote=mine\n"
        + "KG:drug-foo\tfoo\tdrug\t\t\t\t\t\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("KG_TERMS_DIR", str(tmp_path))
    terms = by_id(load_terms())
    c = terms["NCIT:C74061"]
    assert c.label == "crizotinib"
    assert "crizo" in c.synonyms and "Xalkori" in c.synonyms  # shipped synonyms kept
    assert c.extra["note"] == "mine" and c.extra["drug_class"] == "alk_inhibitor"
    assert terms["KG:drug-foo"].source == "local"


def test_extra_dirs_and_bad_header(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_TERMS_DIR", str(tmp_path / "none"))
    d = tmp_path / "x"
    d.mkdir()
    (d / "bad.tsv").write_text("code\tname\n1\ta\n", encoding="utf-8")
    with pytest.raises(TerminologyError, match="expected header"):
        load_terms([d])


def test_bad_type_and_bad_extra(tmp_path):
    f = tmp_path / "t.tsv"
    f.write_text(HEADER + "KG:x-a\ta\tanimal\t\t\t\t\t\n", encoding="utf-8")
    with pytest.raises(TerminologyError, match="type must be one of"):
        read_term_file(f)
    f.write_text(HEADER + "KG:x-a\ta\tdrug\t\t\t\t\tnot-a-pair\n", encoding="utf-8")
    with pytest.raises(TerminologyError, match="key=value"):
        read_term_file(f)
