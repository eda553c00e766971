"""kg.readers.decode: which decoded texts are binary (mostly unprintable characters)."""
from __future__ import annotations

from kg.readers.decode import _UNPRINTABLE, _mostly_unprintable


def _unprintable(ch: str) -> bool:
    """The definition: a control character other than tab, newline, vertical tab, form feed and
    carriage return, DEL or a C1 control, or the replacement character of a failed decoding."""
    return (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0 or ch == "\ufffd"


def test_the_character_class_is_the_definition_over_every_code_point():
    assert [c for c in range(0x110000) if _unprintable(chr(c)) != bool(_UNPRINTABLE.fullmatch(chr(c)))] == []


def test_report_text_with_layout_characters_is_printable():
    text = "Case 2\tA 63-year-old man\r\nreceived\fcapecitabine\v(1000 mg/m²) – “partial response”.\n" * 40
    assert not _mostly_unprintable(text)


def test_bytes_read_as_text_are_unprintable():
    assert _mostly_unprintable("PK\x03\x04\x14\x00\x06\x00\x08\x00" * 30 + "word/document.xml")
    assert _mostly_unprintable("\ufffd\ufffdJFIF\ufffd\x00\x01" * 50)


def test_a_few_stray_controls_do_not_make_a_text_binary():
    text = "The tumour shrank by 40% after two cycles.\x0c " * 20 + "\x00\x01"
    assert not _mostly_unprintable(text)
    assert not _mostly_unprintable("")
