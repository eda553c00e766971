"""PubMed's MEDLINE text format (PubMed "Save" / "Send to: File", format "PubMed"; efetch rettype=medline): one
record per PMID, each field a tag of up to four capitals, a dash and its value, continued on lines indented by six
spaces::

    PMID- 37123456
    TI  - Durable response to entrectinib in a ROS1-rearranged lung adenocarcinoma with
          brain metastases: a case report.
    AB  - BACKGROUND: ROS1 fusions ... CASE PRESENTATION: A 47-year-old man ...
    PT  - Case Reports

Read as the PubMed XML record is (kg/readers/pubmed.py): the title, the abstract's labelled parts as sections,
the ids (PMID, the DOI of LID/AID, PMC), the publication types (PT), journal and year; authors, affiliations,
keywords and MeSH terms are front matter. Read as plain text, every tag line ran into one paragraph."""
from __future__ import annotations

import re
from collections.abc import Iterator

from kg.errors import InputError, NoContentError
from kg.model import Document
from kg.readers.builder import DocumentBuilder, iter_records
from kg.readers.ids import doi_curie, pmcid_curie, pmid_curie, unique
from kg.readers.headings import care_part_kind
from kg.readers.pubmed import label_kind
from kg.readers.pubtypes import publication_types, says_case_report

_FIELD = re.compile(r"^([A-Z][A-Z0-9]{0,3})\s*- ?(.*)$")
_CONTINUATION = re.compile(r"^ {2,}\S")
_RECORD_START = re.compile(r"^PMID- ?\d+\s*$", re.M)
# a labelled part of a structured abstract: "BACKGROUND: ", "CASE PRESENTATION: " (capitals, at most five words)
_AB_LABEL = re.compile(r"(?:^|(?<=[.!?)\]])\s+)([A-Z][A-Z&/'-]*(?: [A-Z][A-Z&/'-]*){0,4}): (?=\S)")


def looks_like_medline(text: str) -> bool:
    """A MEDLINE file: its first line is a "PMID- " tag, and more tag lines follow (a title or an abstract)."""
    head = text.lstrip()[:20_000]
    return bool(re.match(r"PMID- ?\d+\s*\n", head)) and bool(re.search(r"^(?:TI|AB)  - ", head, re.M))


def read_medline(text: str, source: str) -> Iterator[Document | InputError]:
    starts = [m.start() for m in _RECORD_START.finditer(text)]
    chunks = [text[a:b] for a, b in zip(starts, starts[1:] + [len(text)])]
    if len(chunks) == 1:
        return iter([record_document(chunks[0], source)])   # one record: its failure is the file's
    return iter_records(chunks, source, record_document, what="MEDLINE record")


def fields(chunk: str) -> list[tuple[str, str]]:
    """(tag, value) in order; continuation lines joined to their field with a space."""
    out: list[tuple[str, str]] = []
    for line in chunk.replace("\r\n", "\n").split("\n"):
        if out and _CONTINUATION.match(line):
            out[-1] = (out[-1][0], f"{out[-1][1]} {line.strip()}")
            continue
        m = _FIELD.match(line)
        if m:
            out.append((m.group(1), m.group(2).strip()))
    return out


def abstract_parts(abstract: str) -> list[tuple[str, str]]:
    """(label, text) of an abstract with its labels inline ("BACKGROUND: ... CASE PRESENTATION: ..."); one
    unlabelled part otherwise."""
    marks = list(_AB_LABEL.finditer(abstract))
    if not marks or marks[0].start() > 0 and abstract[:marks[0].start()].strip():
        return [("", abstract)]
    parts = []
    for m, nxt in zip(marks, marks[1:] + [None]):
        parts.append((m.group(1), abstract[m.end():nxt.start() if nxt else len(abstract)].strip()))
    return parts


def record_document(chunk: str, source: str) -> Document:
    tags = fields(chunk)
    values: dict[str, list[str]] = {}
    for tag, value in tags:
        values.setdefault(tag, []).append(value)
    pmid = (values.get("PMID") or [""])[0]
    title = " ".join(values.get("TI") or values.get("TT") or [])
    abstract = " ".join(values.get("AB", []))
    if not abstract:
        raise NoContentError(source, f"MEDLINE record pmid:{pmid} has no abstract (AB); expected its abstract "
                             "(title-only records carry nothing to extract)")
    builder = DocumentBuilder()
    builder.add("title", "", title)
    front = ["; ".join(values.get("FAU") or values.get("AU") or []), *values.get("AD", []),
             *(f"Keywords: {'; '.join(values[t])}" for t in ("OT",) if values.get(t)),
             *(f"MeSH terms: {'; '.join(values[t])}" for t in ("MH",) if values.get(t))]
    builder.add("front_matter", "", "\n".join(p for p in front if p))
    parts = abstract_parts(abstract)
    care = any(care_part_kind(label or "") == "case" for label, _ in parts)   # ("PATIENT CONCERNS")
    for label, text in parts:
        kind = label_kind(label, care) if label else "abstract"
        builder.add(kind, label.title() if label.isupper() else label, text)
    builder.add("back_matter", "", "\n".join(values.get("CI", []) + values.get("COIS", [])))
    types = publication_types(values.get("PT", []))
    doi = [re.sub(r"\s*\[doi\]$", "", v) for t in ("LID", "AID") for v in values.get(t, []) if v.endswith("[doi]")]
    ids = unique([pmid_curie(pmid) if pmid.isdigit() else None, *(doi_curie(d) for d in doi),
                  *(pmcid_curie(v) for v in values.get("PMC", []))])
    year = re.search(r"\b(1[89]\d\d|20\d\d)\b", " ".join(values.get("DP", [])))
    return builder.build(
        source=source, format="pubmed", ids=ids, title=title,
        article_type="case-report" if says_case_report(types) else next(
            (re.sub(r"[^a-z0-9]+", "-", t).strip("-") for t in types), None),
        license=" ".join(values.get("CI", [])) or None,
        journal=" ".join(values.get("JT", [])) or None, year=int(year.group(1)) if year else None,
        publication_types=types,
    )
