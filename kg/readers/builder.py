"""Assemble Document.text from sections while recording exact offsets."""
from __future__ import annotations

import re
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
        text = "".join(self._parts)
        return Document(text=text, sections=introduction_as_body(self.sections, text), **fields)


# the kinds a report's own text (its story or its summary) is read from
_BODY_KINDS = frozenset({"case", "abstract", "other", "results", "methods"})
_LINE_START = re.compile(r"^", re.M)


def _story_paragraph():
    from kg.rules import rules  # (the rules load their files once)

    return rules("patient").pattern("STORY_PARAGRAPH")


def introduction_as_body(sections: list[Section], text: str) -> list[Section]:
    """A report whose only body heading is an Introduction may tell its case under it: a short case report's
    "Introduction" runs on, with no heading of its own, into a paragraph that opens the patient's story ("A
    71-year-old man ...", "Here we report a 12-year-old boy ..."; STORY_PARAGRAPH rows of kg/rules/patient.jsonl),
    then a "Conclusion" or "Discussion" follows. Without any other body section (no case, abstract, untitled body,
    results or methods), an Introduction is parted at its first such paragraph: the paragraphs before it stay the
    introduction, the rest is the body ("other", untitled, as an untitled body is read). With another body section,
    or with no such paragraph, the Introduction stays the literature it usually is."""
    if any(s.kind in _BODY_KINDS for s in sections) or not any(s.kind == "introduction" for s in sections):
        return sections
    opener = _story_paragraph()
    out: list[Section] = []
    for sec in sections:
        at = None
        if sec.kind == "introduction":
            for p in _LINE_START.finditer(text, sec.start, sec.end):
                hit = opener.match(text, p.start(), sec.end)
                if hit:
                    at = p.start() + len(hit.group()) - len(hit.group().lstrip())
                    break
        if at is None:
            out.append(sec)
            continue
        before = text[sec.start:at].rstrip()
        if before:
            out.append(Section(kind="introduction", title=sec.title, start=sec.start, end=sec.start + len(before)))
        out.append(Section(kind="other", title="", start=at, end=sec.end))
        # (one story: the later introductions, if any, stay what they are)
        out.extend(s for s in sections[sections.index(sec) + 1:])
        return out
    return out


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
