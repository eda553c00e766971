"""Assemble Document.text from sections while recording exact offsets."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from kg.errors import InputError, InvalidRecordError
from kg.model import SECTION_KINDS, Document, Section

SECTION_SEP = "\n\n"


class DocumentBuilder:
    """Append (kind, title, text) in reading order; sections are separated by a blank line."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.sections: list[Section] = []

    def add(self, kind: str, title: str, text: str) -> None:
        if kind not in SECTION_KINDS:  # a programming error, not an input problem
            raise ValueError(f"unknown section kind {kind!r}; expected one of {SECTION_KINDS}")
        text = text.strip()
        if not text:
            return
        if self._parts:
            self._parts.append(SECTION_SEP)
            self._length += len(SECTION_SEP)
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        self.sections.append(Section(kind=kind, title=title.strip(), start=start, end=self._length))

    @property
    def text(self) -> str:
        return "".join(self._parts)

    def has(self, *kinds: str) -> bool:
        return any(s.kind in kinds for s in self.sections)

    def build(self, **fields) -> Document:
        return Document(text="".join(self._parts), sections=self.sections, **fields)


def iter_records(items: Iterable, source: str, make: Callable[[object, str], Document],
                 what: str = "record", hint: str = "") -> Iterator[Document | InputError]:
    """One Document per record of a multi-record file (``source#n``); a record that fails is
    yielded as an InputError so the good ones around it are still read."""
    for n, item in enumerate(items, 1):
        rec = f"{source}#{n}"
        try:
            yield make(item, rec)
        except InputError as exc:
            yield exc
        except Exception as exc:  # one odd record must not stop the others
            yield InvalidRecordError(rec, f"{what} could not be read ({type(exc).__name__}: {exc}){hint}")
