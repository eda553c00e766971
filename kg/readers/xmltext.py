"""Flatten XML elements (JATS/PubMed inline markup) into clean one-line text."""
from __future__ import annotations

import re

from lxml import etree

# Elements whose boundaries separate words even when the XML has no whitespace there.
_BLOCK = {
    "p", "title", "label", "caption", "list-item", "td", "th", "tr", "break", "def-item", "term", "def",
    "disp-quote", "AbstractText", "ref", "mixed-citation", "element-citation", "citation", "license-p",
    # parts of <element-citation>, which carries no spaces of its own between them
    "person-group", "name", "surname", "article-title", "source", "year", "volume", "issue", "fpage", "lpage", "pub-id",
}
_SPACE = re.compile(r"\s+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[])\s+")


def localname(el) -> str:
    tag = el.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def flatten(el, skip: frozenset[str] | set[str] = frozenset()) -> str:
    """Text of ``el`` with inline markup dissolved and whitespace collapsed.

    Entity-reference nodes (never resolved by the safe parser) contribute nothing,
    so an unresolved reference cannot smuggle content in. Elements named in
    ``skip`` are left out (their tail text is kept).
    """
    parts: list[str] = []
    _walk(el, parts, skip)
    text = _SPACE.sub(" ", "".join(parts)).strip()
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    return _SPACE_AFTER_OPEN.sub(r"\1", text)


# A citation or footnote marker: "crizotinib<sup><xref ref-type="bibr">12</xref></sup>" or
# "reported<xref ref-type="bibr">3,4</xref>" would read "crizotinib12", "reported3,4" (a drug or word the term
# lists no longer match); a marker in brackets, "[<xref>3</xref>]", stays as it is written.
_MARKER_TYPES = {"bibr", "fn", "table-fn"}
_MARKER_TEXT = re.compile(r"[\s\d,–—-]*")


def _is_marker(el, parts: list[str]) -> bool:
    name = localname(el)
    glued = bool(parts) and parts[-1][-1:].isalnum() if parts and parts[-1] else False
    if name == "xref":
        return (el.get("ref-type") or "") in _MARKER_TYPES and glued and bool(_MARKER_TEXT.fullmatch(el.xpath("string()")))
    if name == "sup":
        refs = [c for c in el if isinstance(c.tag, str)]
        return bool(refs) and all(localname(c) == "xref" and (c.get("ref-type") or "") in _MARKER_TYPES for c in refs) \
            and bool(_MARKER_TEXT.fullmatch(el.xpath("string()")))
    return False


def _walk(el, parts: list[str], skip) -> None:
    name = localname(el)
    if name in ("xref", "sup") and _is_marker(el, parts):
        return
    if name and name not in skip:
        block = name in _BLOCK
        if block:
            parts.append(" ")
        if el.text:
            parts.append(el.text)
        for child in el:
            if isinstance(child.tag, str):
                _walk(child, parts, skip)
            if child.tail:  # comments/PIs/entities: only their tail is document text
                parts.append(child.tail)
        if block:
            parts.append(" ")
