"""Decide what a byte string is from its content alone (never from the file name)."""
from __future__ import annotations

import re

from kg.readers.decode import bom_encoding

# The XML declaration, then any processing instructions (<?xml-stylesheet …?>) and comments, then
# the DOCTYPE or the root element. A comment still open at the end of the sniffed head is XML too.
_PROLOG = rb"^\s*(?:<\?[A-Za-z_][^>]*\?>\s*|<!--.*?-->\s*)*"
_XML_PROLOG = re.compile(_PROLOG + rb"(?:<!DOCTYPE|<[A-Za-z_]|<!--(?!.*-->))", re.S)
# A web page: an HTML DOCTYPE or <html>/<head>/<body> first (also after an XML declaration or a
# "saved from" comment), or a fragment whose first element is an HTML element.
_HTML_START = re.compile(_PROLOG + rb"(?:<!DOCTYPE\s+html\b|<(?:html|head|body)\b)", re.S | re.I)
_FRAGMENT_TAGS = (rb"div|p|section|span|table|h[1-6]|main|ul|ol|dl|figure|header|footer|nav|aside|meta|title|link|"
                  rb"style|script|center|font|b|i|em|strong|a|img|br|hr|blockquote|pre|form|iframe|noscript")
_HTML_FRAGMENT = re.compile(_PROLOG + rb"<(?:" + _FRAGMENT_TAGS + rb")(?=[\s/>])", re.S | re.I)
_HTML_TAG = re.compile(rb"<(?:" + _FRAGMENT_TAGS + rb"|li|tr|td|th|article|body|html|head|sup|sub)"
                       rb"(?:\s[^<>]{0,400})?/?>", re.I)
_HTML_CLOSE = re.compile(rb"</(?:" + _FRAGMENT_TAGS + rb"|li|tr|td|th|article|body|html|head|sup|sub)\s*>", re.I)
# HTML5 and JATS both have <article>; a JATS one says so in its first kilobytes.
_ARTICLE_ROOT = re.compile(_PROLOG + rb"<article\b", re.S)
_JATS_MARKS = re.compile(rb"<front\b|<article-meta\b|<journal-meta\b|dtd-version=|article-type=|xmlns:xlink=")


def looks_like_html(head: bytes) -> bool:
    """Markup of a web page: three HTML tags, one of them a closing tag."""
    return bool(_HTML_CLOSE.search(head)) and sum(1 for _, __ in zip(range(3), _HTML_TAG.finditer(head))) >= 3


def sniff(data: bytes) -> str:
    """One of "html", "xml", "json", "text" (binary and empty inputs are rejected before this)."""
    head = data[:4096]
    encoding = bom_encoding(head)
    if encoding:  # UTF-16/32 text or XML: look at the decoded start
        head = head.decode(encoding, errors="ignore").encode("utf-8")
    head = head.lstrip()
    if _HTML_START.match(head) or _HTML_FRAGMENT.match(head):
        return "html"
    if _XML_PROLOG.match(head):
        if _ARTICLE_ROOT.match(head) and not _JATS_MARKS.search(head) and looks_like_html(head):
            return "html"
        return "xml"
    if head[:1] in (b"{", b"["):
        # "[" also opens ordinary prose like "[Case report]"; JSON lists start with a value.
        if head[:1] == b"{" or re.match(rb"\[\s*(?:[{\[\"\d\]-]|true|false|null)", head):
            return "json"
    if looks_like_html(head):   # a page's source pasted after a line of text
        return "html"
    return "text"
