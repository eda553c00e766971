"""Readers: turn an input file into Documents, detecting the format from the content.

``read_path``/``read_bytes`` return an iterator of Document (or, for a broken record
inside a multi-record file, an InputError instance to report while the others go on).
File-level problems raise an InputError subclass immediately, before iteration.
"""
from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator

from kg.errors import (EmptyInputError, InputError, InputTooLargeError, UnreadableInputError,
                       UnsupportedFormatError)
from kg.model import Document
from kg.readers.decode import check_not_binary, decode_text
from kg.readers.detect import sniff

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
# A document with more text than this is rejected before any NLP is run (a case report is rarely
# over 100,000 characters; 2,000,000 is the text of a 600-page book). The pipeline checks every
# document (kg.pipeline.check_budget); the text reader checks before its costly part, the
# alignment of its text to the file's (kg.readers.origin), so a 10 MB text is refused in seconds.
MAX_DOCUMENT_CHARS = 2_000_000

__all__ = ["DEFAULT_MAX_BYTES", "MAX_DOCUMENT_CHARS", "over_budget", "read_path", "read_bytes"]

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_CLOEXEC = getattr(os, "O_CLOEXEC", 0)


def read_path(path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Read one file: yields a Document per report (one per record of a collection file), or an
    InputError for a record that cannot be used. The size is checked (fstat of the opened file)
    BEFORE any byte is read, and only regular files are read: a FIFO, socket or device is refused
    instead of blocking or streaming forever. A file that cannot be used at all raises InputError.

    ``example`` below is the bundled ``examples/example_case_report.txt``:

    >>> [doc] = read_path(example)
    >>> doc.format, doc.ids
    ('text', ['doi:10.5555/kg.example.2026.001'])
    >>> doc.title[:45]
    'Sustained Response to Alectinib After Crizoti'
    >>> [s.kind for s in doc.sections if s.kind in ("abstract", "case")]
    ['abstract', 'case']
    """
    source = str(path)
    try:
        # O_NONBLOCK: opening a FIFO without a writer must not hang; fstat on the open
        # descriptor (not a second stat of the path) so the checked file is the one read.
        fd = os.open(os.fspath(path), os.O_RDONLY | _O_NONBLOCK | _O_CLOEXEC)
    except OSError as exc:
        if os.path.isdir(path):  # platforms where a directory cannot be opened
            raise UnreadableInputError(source, "is a directory; expected a file (pass the files inside it)") from None
        raise _unreadable(source, exc) from None
    try:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise UnreadableInputError(source, "is a directory; expected a file (pass the files inside it)")
        if not stat.S_ISREG(st.st_mode):
            raise UnreadableInputError(source, f"is not a regular file ({_file_kind(st.st_mode)}); expected a "
                                       "JATS/PubMed XML, JSON or text file")
        if st.st_size > max_bytes:
            raise _too_large(source, st.st_size, max_bytes)
        if _O_NONBLOCK:
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb") as handle:
            fd = -1  # owned (and closed) by the file object now
            data = handle.read(max_bytes + 1)  # the file may have grown since fstat()
    except OSError as exc:
        raise _unreadable(source, exc) from None
    finally:
        if fd >= 0:
            os.close(fd)
    return read_bytes(data, source, max_bytes=max_bytes)


def read_bytes(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Documents (and per-record InputErrors) of ``data``; file-level problems raise an InputError.

    Every string handed out is valid Unicode: lone surrogates (JSON escapes such as "\\ud800",
    or file names that are not UTF-8) become U+FFFD, one character for one, so offsets hold.
    """
    try:
        return map(_valid_unicode, _read_bytes(data, source, max_bytes))
    except InputError as exc:
        raise _valid_unicode(exc) from None


def _read_bytes(data: bytes, source: str, max_bytes: int) -> Iterator[Document | InputError]:
    if len(data) > max_bytes:
        raise _too_large(source, len(data), max_bytes)
    if not data.strip():
        raise EmptyInputError(source, "file is empty; expected JATS/PubMed XML or plain text")
    check_not_binary(data, source)
    kind = sniff(data)
    if kind == "html":
        from kg.readers.html import read_html
        return iter([read_html(data, source)])
    if kind == "xml":
        return _read_xml(data, source)
    text = decode_text(data, source)
    from kg.readers.jsonrecords import looks_like_jsonl, read_json
    # a JSONL whose first line is not an object ("null", "42") does not sniff as JSON
    if kind == "json" or looks_like_jsonl(text):
        return read_json(text, source)
    from kg.readers.medline import looks_like_medline, read_medline
    from kg.readers.origin import align
    if looks_like_medline(text):   # PubMed's MEDLINE text format ("PMID- ", "TI  - ", "AB  - ")
        records = list(read_medline(text, source))
        if len(records) == 1 and isinstance(records[0], Document):
            records[0].source_map = align(records[0].text, text)
        return iter(records)
    from kg.readers.text import read_text
    if len(text) > 2 * MAX_DOCUMENT_CHARS:   # far over: no reading either (joining lines cannot halve it)
        raise over_budget(source, len(text))
    doc = read_text(text, source)
    if len(doc.text) > MAX_DOCUMENT_CHARS:   # before the alignment, the reader's costly part
        raise over_budget(source, len(doc.text))
    doc.source_map = align(doc.text, text)   # evidence offsets into the file's text
    return iter([doc])


def over_budget(source: str, chars: int, max_chars: int = MAX_DOCUMENT_CHARS) -> InputTooLargeError:
    """The rejection of a document with more than ``max_chars`` characters of text."""
    return InputTooLargeError(source, f"{chars:,} characters of text exceeds the per-document budget of "
                              f"{max_chars:,}; expected a case report: split the document")


def _read_xml(data: bytes, source: str) -> Iterator[Document | InputError]:
    from kg.readers import jats, pubmed
    from kg.readers.xmlsafe import parse_xml
    from kg.readers.xmltext import localname

    root = parse_xml(data, source)
    name = localname(root)
    if name in ("article", *jats.CONTAINER_ROOTS):
        records = jats.read_jats(root, source)
    elif name in pubmed.ROOT_TAGS:
        records = pubmed.read_pubmed(root, source)
    else:
        raise UnsupportedFormatError(source, f"XML root element <{name}>; expected <article>, <articles>, "
                                     "<pmc-articleset> (JATS) or <PubmedArticleSet> (PubMed)")
    # Materialise the first record now so single-document failures raise here, not mid-iteration.
    first = next(records, None)
    if first is None:
        raise UnsupportedFormatError(source, f"<{name}> holds no records; expected at least one article")
    return _chain(first, records)


def _chain(first, rest):
    yield first
    yield from rest


def _too_large(source: str, size: int, limit: int) -> InputTooLargeError:
    return InputTooLargeError(source, f"{size:,} bytes exceeds the {limit:,}-byte limit; expected a smaller "
                              "file: split it, or raise the limit (max_bytes / configuration)")


def _unreadable(source: str, exc: OSError) -> UnreadableInputError:
    return UnreadableInputError(source, f"cannot be read ({exc.strerror or exc}); expected a readable file: "
                                "check the path and permissions")


def _file_kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO / named pipe"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value):
    if isinstance(value, str) and _SURROGATE.search(value):
        return _SURROGATE.sub("\ufffd", value)
    return value


def _valid_unicode(item):
    """Replace lone surrogates in everything a reader produces (they cannot be encoded as UTF-8:
    serializing the graph or printing the error would fail far from the cause)."""
    if isinstance(item, InputError):
        path, reason = _clean(item.path), _clean(item.reason)
        if (path, reason) != (item.path, item.reason):
            item.path, item.reason = path, reason
            item.args = (f"{path}: {reason}",)
        return item
    for name in ("source", "title", "text", "article_type", "license", "journal"):
        setattr(item, name, _clean(getattr(item, name)))
    item.ids = [_clean(i) for i in item.ids]
    for sec in item.sections:
        sec.title = _clean(sec.title)
    return item
