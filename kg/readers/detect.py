"""Decide what a byte string is from its content alone (never from the file name)."""
from __future__ import annotations

import re

from kg.readers.decode import bom_encoding

# The XML declaration, then any processing instructions (<?xml-stylesheet …?>) and comments, then
# the DOCTYPE or the root element. A comment still open at the end of the sniffed head is XML too.
_XML_PROLOG = re.compile(rb"^\s*(?:<\?[A-Za-z_][^>]*\?>\s*|<!--.*?-->\s*)*(?:<!DOCTYPE|<[A-Za-z_]|<!--(?!.*-->))", re.S)


def sniff(data: bytes) -> str:
    """One of "xml", "json", "text" (binary and empty inputs are rejected before this)."""
    head = data[:4096]
    encoding = bom_encoding(head)
    if encoding:  # UTF-16/32 text or XML: look at the decoded start
        head = head.decode(encoding, errors="ignore").encode("utf-8")
    head = head.lstrip()
    if _XML_PROLOG.match(head):
        return "xml"
    if head[:1] in (b"{", b"["):
        # "[" also opens ordinary prose like "[Case report]"; JSON lists start with a value.
        if head[:1] == b"{" or re.match(rb"\[\s*(?:[{\[\"\d\]-]|true|false|null)", head):
            return "json"
    return "text"
