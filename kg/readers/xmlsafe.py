"""The hardened parsers of the project: every XML parse goes through parse_xml, every HTML
parse through parse_html (one place for parser hardening).

Threats handled: entity expansion (billion laughs), external entities (XXE),
parameter entities, external DTD loading, network access, XInclude (never
processed: we simply never call ``xinclude()``), and excessive nesting.
HTML: libxml2's HTML parser never loads a DTD and knows only the built-in HTML entities; it
also gets no network, keeps libxml2's size and depth limits (no huge_tree), drops comments and
processing instructions, and never runs or fetches anything (scripts, <base href>, <img src>,
<link>, <iframe> are inert elements to it). A DOCTYPE that declares entities is refused as in XML.
"""
from __future__ import annotations

import re

from lxml import etree

from kg.errors import MalformedXMLError, UnsafeXMLError

MAX_DEPTH = 1000  # libxml2 already stops at 256 without huge_tree; this guards a future change


def _parser(deep: bool) -> etree.XMLParser:
    # A fresh parser per call: lxml parsers keep error logs and are not thread-safe.
    # huge_tree only lifts libxml2's depth/size limits; entities stay refused either way.
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
        huge_tree=deep, remove_comments=True, remove_pis=True,
    )


_TOO_BIG = re.compile(r"too big|too long|huge|excessive length|exceeds", re.I)


def _one_line(message: str) -> str:
    return " ".join(str(message).split())


def parse_xml(data: bytes, source: str, max_depth: int | None = None) -> etree._Element:
    """Parse ``data`` safely and return the root element.

    ``max_depth`` above libxml2's default (256) is for trusted terminology releases
    (NCIt OWL nests RDF lists ~260 deep); articles always use the default.

    Raises UnsafeXMLError for entity declarations or excessive depth and
    MalformedXMLError (with lxml's line/column) for anything not well-formed.
    """
    try:
        root = etree.fromstring(data, _parser(deep=bool(max_depth and max_depth > 256)))
    except etree.XMLSyntaxError as exc:
        msg = _one_line(exc.msg or str(exc))
        if "Excessive depth" in msg:
            raise UnsafeXMLError(source, f"XML nesting deeper than the parser allows ({msg}); "
                                 "expected an ordinary JATS/PubMed document") from None
        if "Detected an entity reference loop" in msg or "entity" in msg.lower() and "amplification" in msg.lower():
            raise UnsafeXMLError(source, f"XML entity expansion refused ({msg})") from None
        if _TOO_BIG.search(msg):  # libxml2's per-item limits (10,000,000 bytes for one comment, text node...)
            raise UnsafeXMLError(source, f"XML holds one item (comment, text, CDATA, name or attribute) larger than "
                                 f"the parser allows ({msg}); expected ordinary JATS/PubMed content: remove the "
                                 "oversized item or split the document") from None
        raise MalformedXMLError(source, f"XML is not well-formed: {msg}; expected a complete "
                                "JATS or PubMed XML file, re-download or re-export it") from None
    if root is None:
        raise MalformedXMLError(source, "XML has no root element; expected a JATS or PubMed document")
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.iterentities()):
        names = ", ".join(e.name for e in dtd.iterentities())
        raise UnsafeXMLError(source, f"DOCTYPE declares entities ({names}); entity declarations "
                             "are refused (XXE / entity expansion risk): remove the internal DTD subset")
    _check_depth(root, source, max_depth or MAX_DEPTH)
    return root


def _check_depth(root: etree._Element, source: str, limit: int) -> None:
    # Iterative walk: recursion would itself be the weakness we guard against.
    stack = [(root, 1)]
    while stack:
        el, depth = stack.pop()
        if depth > limit:
            raise UnsafeXMLError(source, f"XML nesting deeper than {limit} elements; "
                                 "expected an ordinary JATS/PubMed document")
        stack.extend((child, depth + 1) for child in el)


# --- HTML ------------------------------------------------------------------
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]{0,2000}\[(.{0,20000}?)\]\s*>", re.I | re.S)
_ENTITY_DECL = re.compile(r"<!ENTITY\s+%?\s*([^\s>]+)", re.I)


def _html_parser() -> etree.HTMLParser:
    # Fresh per call (error logs, thread safety). The caller hands over UTF-8 bytes of text it
    # decoded itself, so ``encoding`` is fixed: a <meta charset> cannot make lxml re-decode them.
    return etree.HTMLParser(
        encoding="utf-8", no_network=True, huge_tree=False, recover=True, remove_comments=True,
        remove_pis=True, default_doctype=False, collect_ids=False, compact=True,
    )


def parse_html(text: str, source: str) -> etree._Element:
    """Parse an HTML page (already decoded) safely and return its root element.

    libxml2 recovers from any malformed HTML, so the errors raised are few: UnsafeXMLError for a
    DOCTYPE declaring entities, nesting deeper than libxml2's limit (256) or one item larger than
    it allows (the rest of the page would be lost silently), MalformedXMLError when no element is
    left at all.
    """
    head = text[:65536]
    at = head.upper().find("<!DOCTYPE")  # only the first DOCTYPE counts (a parser ignores later ones)
    subset = _DOCTYPE_SUBSET.match(head, at) if at >= 0 else None
    if subset and _ENTITY_DECL.search(subset.group(1)):
        names = ", ".join(m.group(1) for m in _ENTITY_DECL.finditer(subset.group(1)))[:200]
        raise UnsafeXMLError(source, f"HTML DOCTYPE declares entities ({names}); entity declarations are refused "
                             "(XXE / entity expansion risk): remove the internal DTD subset")
    parser = _html_parser()
    try:
        root = etree.fromstring(text.encode("utf-8", "replace"), parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise MalformedXMLError(source, f"HTML could not be parsed ({_one_line(str(exc))}); expected a web page "
                                "saved as HTML") from None
    for entry in parser.error_log:
        msg = _one_line(entry.message)
        if "Excessive depth" in msg:
            raise UnsafeXMLError(source, f"HTML nesting deeper than the parser allows ({msg}); the rest of the page "
                                 "would be lost: expected an ordinary web page") from None
        if entry.type_name == "ERR_RESOURCE_LIMIT" or _TOO_BIG.search(msg):
            raise UnsafeXMLError(source, f"HTML holds one item larger than the parser allows ({msg}); expected an "
                                 "ordinary web page: remove the oversized item or split the page") from None
    if root is None:
        raise MalformedXMLError(source, "HTML holds no elements; expected a web page saved as HTML")
    _check_depth(root, source, MAX_DEPTH)
    return root
