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


def _walk(el, parts: list[str], skip) -> None:
    name = localname(el)
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
