"""Readers: turn an input file into Documents, detecting the format from the content.

``read_path``/``read_bytes`` return an iterator of Document (or, for a broken record
inside a multi-record file, an InputError instance to report while the others go on).
File-level problems raise an InputError subclass immediately, before iteration.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.errors import (EmptyInputError, InputError, InputTooLargeError, UnreadableInputError,
                       UnsupportedFormatError)
from kg.model import Document
from kg.readers.decode import check_not_binary, decode_text
from kg.readers.detect import sniff

DEFAULT_MAX_BYTES = 50 * 1024 * 1024

__all__ = ["DEFAULT_MAX_BYTES", "read_path", "read_bytes"]


def read_path(path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    source = str(path)
    p = Path(path)
    try:
        if p.is_dir():
            raise UnreadableInputError(source, "is a directory; expected a file (pass the files inside it)")
        size = p.stat().st_size
        if size > max_bytes:
            raise _too_large(source, size, max_bytes)
        with open(p, "rb") as handle:
            data = handle.read(max_bytes + 1)  # the file may have grown since stat()
    except OSError as exc:
        raise UnreadableInputError(source, f"cannot be read ({exc.strerror or exc}); expected a readable file: "
                                   "check the path and permissions") from None
    return read_bytes(data, source, max_bytes=max_bytes)


def read_bytes(data: bytes, source: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    if len(data) > max_bytes:
        raise _too_large(source, len(data), max_bytes)
    if not data.strip():
        raise EmptyInputError(source, "file is empty; expected JATS/PubMed XML or plain text")
    check_not_binary(data, source)
    kind = sniff(data)
    if kind == "xml":
        return _read_xml(data, source)
    text = decode_text(data, source)
    if kind == "json":
        from kg.readers.jsonrecords import read_json
        return read_json(text, source)
    from kg.readers.text import read_text
    return iter([read_text(text, source)])


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
