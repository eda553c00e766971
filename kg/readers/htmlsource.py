"""The text of an HTML file: which encoding its bytes are in, and the same text with its markup
blanked out so that the reader's text can be aligned to it (evidence offsets into the file).

``mask_markup`` keeps every character of the file at its place: tags, comments and the content
of <script>/<style> become spaces, a character reference (``&amp;``, ``&#945;``) becomes its
character followed by spaces, and a citation marker (``<sup><a href="#B3">3</a></sup>``, which
the reader leaves out) becomes spaces. kg/readers/origin.align treats a run of spaces like any
white space, so it maps the reader's text onto the file's text as if the markup were not there;
``unmap_markup_spaces`` then takes back the positions of the reader's white space that fell on
markup, so that a span never starts or ends inside a tag.
"""
from __future__ import annotations

import codecs
import html
import re

from kg.model import SourceMap

# A citation marker: in-page links holding reference numbers ("3", "[3]", "3,4", "(3-5)").
CITATION_MARK = re.compile(r"[\[(]?\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*[\])]?")

_META_CHARSET = re.compile(rb"<meta\b[^<>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
_XML_ENCODING = re.compile(rb"^\s*<\?xml\b[^<>]{0,200}?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]{1,40})", re.I)
# Codecs no web page is written in: refused as a declaration (UTF-7 and the escape codecs can turn
# harmless bytes into markup); UTF-16/32 without a byte-order mark are read as UTF-8, as browsers do.
_NOT_WEB = {"utf-7", "unicode-escape", "raw-unicode-escape", "punycode", "idna", "palmos", "undefined"}
_WINDOWS_1252 = {"latin-1", "iso8859-1", "ascii"}   # labels browsers read as windows-1252


def declared_charset(data: bytes) -> str | None:
    """The encoding a page declares in its first 4 KB (<meta charset>, <meta http-equiv> or the
    XML declaration), as a Python codec name; None when absent, unknown or not a web encoding."""
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in _NOT_WEB or name.startswith(("utf-16", "utf-32")):
        return None
    return "cp1252" if name in _WINDOWS_1252 else name


_TOKEN = re.compile(r"<!--|<(script|style)\b|<[A-Za-z/!?][^<>]*>"
                    r"|&(?:#[0-9]{1,7};?|#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)", re.I)
_CLOSE = {"script": re.compile(r"</script\s*>", re.I), "style": re.compile(r"</style\s*>", re.I)}
_SUP_OPEN = re.compile(r"<sup\b", re.I)
_SUP_CLOSE = re.compile(r"</sup\s*>", re.I)
_TAG = re.compile(r"<[^<>]*>")
_SUP_WINDOW = 400   # a citation marker's markup is short; longer <sup>s are text


def mask_markup(src: str) -> str:
    """``src`` with markup replaced by spaces (same length, same offsets); see the module doc.
    Linear: each character is looked at a bounded number of times (a tag stops at the next "<")."""
    out: list[str] = []
    pos, n = 0, len(src)
    while pos < n:
        m = _TOKEN.search(src, pos)
        if m is None:
            out.append(src[pos:])
            break
        out.append(src[pos:m.start()])
        token = m.group(0)
        if token[0] == "&":
            char = html.unescape(token)
            if char != token and 0 < len(char) <= len(token):
                out.append(char + " " * (len(token) - len(char)))
            else:
                out.append(token)  # "&D" of "R&D": text
            pos = m.end()
            continue
        if token == "<!--":
            close = src.find("-->", m.end())
            end = n if close < 0 else close + 3
        elif m.group(1):  # script/style: their content is not text either
            close = _CLOSE[m.group(1).lower()].search(src, m.end())
            end = close.end() if close else n
        else:
            end = _citation_end(src, m) or m.end()
        out.append(" " * (end - m.start()))
        pos = end
    return "".join(out)


def _citation_end(src: str, m: re.Match) -> int | None:
    """End of a citation marker <sup>…</sup> starting at ``m`` (the reader drops those)."""
    if not _SUP_OPEN.match(m.group(0)):
        return None
    close = _SUP_CLOSE.search(src, m.end(), m.end() + _SUP_WINDOW)
    if close is None:
        return None
    inner = src[m.end():close.start()]
    if "href" not in inner or "#" not in inner:
        return None
    return close.end() if CITATION_MARK.fullmatch(html.unescape(_TAG.sub("", inner)).strip()) else None


_SPACE = re.compile(r"\s")


def unmap_markup_spaces(smap: SourceMap | None, doc: str, src: str) -> SourceMap | None:
    """``smap`` without the white space of ``doc`` that was aligned to blanked-out markup of
    ``src`` (the line break after a paragraph aligned to "<" of "</p>"): those characters get no
    file position of their own, like other white space the reader inserted."""
    if smap is None:
        return None
    starts: list[int] = []
    sources: list[int] = []
    lengths: list[int] = []

    def keep(d: int, s: int, n: int) -> None:
        if n > 0:
            starts.append(d)
            sources.append(s)
            lengths.append(n)

    for d, s, n in zip(smap.doc_starts, smap.src_starts, smap.lengths):
        cut = d
        for m in _SPACE.finditer(doc, d, d + n):
            k = m.start()
            if not src[s + k - d].isspace():
                keep(cut, s + cut - d, k - cut)
                cut = k + 1
        keep(cut, s + cut - d, d + n - cut)
    return SourceMap(tuple(starts), tuple(sources), tuple(lengths))
