"""Bytes -> str for non-XML inputs, and the binary-file check.

XML is handed to lxml as bytes so that its declared encoding is honoured.
"""
from __future__ import annotations

import codecs
import re

from kg.errors import EmptyInputError, UnsupportedFormatError

BINARY_REASON = "binary file, expected JATS/PubMed XML or plain text"
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: its BOM starts with FF FE
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = {
    b"%PDF": "PDF file; expected JATS/PubMed XML or plain text: extract the text first (e.g. pdftotext)",
    b"PK\x03\x04": "ZIP/Office archive; expected JATS/PubMed XML or plain text: unpack or export it first",
    b"\x1f\x8b": "gzip archive; expected JATS/PubMed XML or plain text: decompress it first",
}


def bom_encoding(data: bytes) -> str | None:
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def check_not_binary(data: bytes, source: str) -> None:
    """Raise UnsupportedFormatError for data that is not text in any encoding we accept."""
    for magic, reason in _MAGIC.items():
        if data.startswith(magic):
            raise UnsupportedFormatError(source, reason)
    if bom_encoding(data) in ("utf-16", "utf-32"):
        return  # NUL bytes are expected there; decoded text is checked below
    head = data[:65536]
    if b"\x00" in head:
        raise UnsupportedFormatError(source, BINARY_REASON)


def decode_text(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode: BOM-declared encoding, else the ``declared`` one (an HTML page's meta charset) when
    the bytes are valid in it, else UTF-8, else Windows-1252/Latin-1 (never fails)."""
    encoding = bom_encoding(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise UnsupportedFormatError(source, f"{encoding} byte-order mark but undecodable content ({exc.reason}); "
                                         "expected text in that encoding: re-save the file as UTF-8") from None
    else:
        text = _first_decoding(data, (declared, "utf-8", "cp1252", "latin-1"))
    if _mostly_unprintable(text):
        raise UnsupportedFormatError(source, BINARY_REASON)
    if not text.strip():
        raise EmptyInputError(source, "file holds only whitespace; expected JATS/PubMed XML or plain text")
    return text


# control characters other than \t \n \v \f \r, DEL and the C1 controls, the replacement character
_UNPRINTABLE = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")


def _mostly_unprintable(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    bad = len(_UNPRINTABLE.findall(sample))   # (one C scan: a Python test per character cost ~10 ms per MB)
    return bad / len(sample) > 0.05


def _first_decoding(data: bytes, encodings) -> str:
    for name in encodings:
        if not name:
            continue
        try:
            return data.decode(name)
        except (UnicodeDecodeError, LookupError):  # a wrong or unknown declaration: try the next
            continue
    return data.decode("latin-1")  # every byte is a Latin-1 character
