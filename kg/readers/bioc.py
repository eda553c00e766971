"""BioC JSON collections (PMC BioC exports, or web-scraped pages as in the ADA corpus)."""
from __future__ import annotations

import re

from kg.errors import InvalidRecordError, NoContentError
from kg.model import Document, Section
from kg.readers.builder import DocumentBuilder
from kg.readers.headings import heading_kind
from kg.readers.ids import doi_curie, file_curie, pmcid_curie, pmid_curie, unique

# BioC-PMC passage section_type values.
_SECTION_TYPES = {
    "TITLE": "title", "ABSTRACT": "abstract", "INTRO": "introduction", "METHODS": "methods",
    "RESULTS": "results", "DISCUSS": "discussion", "CONCL": "conclusion", "CASE": "case",
    "FIG": "caption", "TABLE": "caption", "REF": "references", "KEYWORD": "front_matter",
    "ACK_FUND": "back_matter", "AUTH_CONT": "back_matter", "COMP_INT": "back_matter",
    "SUPPL": "back_matter", "ABBR": "back_matter", "APPENDIX": "back_matter", "REVIEW_INFO": "back_matter",
}
_PASSAGE_TYPES = {"front": "title", "title": "title", "title_1": "title", "abstract": "abstract",
                  "fig_caption": "caption", "table_caption": "caption", "ref": "references", "footnote": "back_matter"}

# In a scraped page a heading is only recognisable as a capitalised phrase between runs of
# text ("...is described. Case report A 42-year-old ..."); lower-case "discussion" is prose.
# (a numbered subsection may follow: "2. DISCUSSION 2.1. Differential Diagnosis ...")
_AFTER = r"(?=:?\s+(?:\d+(?:\.\d+)*\.?\s+)?(?!Open Access)[A-Z])"
_CASE_HEAD = re.compile(r"(?:^|(?<=\s))((?:CASE|Case) (?:REPORTS?|PRESENTATIONS?|DESCRIPTION|HISTORY|"
                        r"[Rr]eports?|[Pp]resentations?|[Dd]escription|[Hh]istory)(?: \d+)?)" + _AFTER)
_END_HEAD = re.compile(r"(?:^|(?<=\s))(Discussion|DISCUSSION|Conclusions?|CONCLUSIONS?|References|REFERENCES|"
                       r"Introduction|INTRODUCTION|Acknowledge?ments?|ACKNOWLEDGE?MENTS?)" + _AFTER)
_MIN_CASE_CHARS = 200
# Web furniture that never occurs inside a real case description.
_BOILERPLATE = re.compile(r"Skip to (?:main )?content|Warning:\s+The NCBI|Download\s+Citations|Policies and Guidelines"
                          r"|Open Access|Find articles by|Share this article|Cookies?\b|JavaScript")


def is_bioc(data: dict) -> bool:
    """A BioC collection: a ``documents`` list of which some hold a ``passages`` list (a document
    without one is one bad record, rejected by ``bioc_document``)."""
    return isinstance(data.get("documents"), list) and any(
        isinstance(d, dict) and isinstance(d.get("passages"), list) for d in data["documents"])


def bioc_document(doc: dict, source: str) -> Document:
    if not isinstance(doc, dict) or not isinstance(doc.get("passages"), list):
        found = "is not an object" if not isinstance(doc, dict) else (
            "has no 'passages'" if "passages" not in doc else f"has 'passages' of type {type(doc['passages']).__name__}")
        raise InvalidRecordError(source, f"BioC document {found}; expected an object with a 'passages' list")
    passages = [p for p in doc.get("passages", []) if isinstance(p, dict) and (p.get("text") or "").strip()]
    if not passages:
        raise NoContentError(source, "BioC document has no passage text; expected passages with 'text'")
    ids = _ids(str(doc.get("id", "")), doc.get("infons") or {}) or [file_curie(source)]
    if len(passages) == 1 and _passage_kind(passages[0]) is None:
        return _web_page_document(passages[0]["text"], source, ids)
    builder = DocumentBuilder()
    title = ""
    for p in passages:
        infons = p.get("infons") or {}
        kind = _passage_kind(p) or heading_kind(infons.get("section")) or "other"
        if kind == "title" and not title:
            title = " ".join(p["text"].split())
        builder.add(kind, str(infons.get("section") or infons.get("section_type") or ""), p["text"])
    return builder.build(source=source, format="bioc", ids=ids, title=title)


def _passage_kind(passage: dict) -> str | None:
    infons = passage.get("infons") or {}
    st = str(infons.get("section_type") or "").upper()
    if st in _SECTION_TYPES:
        return _SECTION_TYPES[st]
    return _PASSAGE_TYPES.get(str(infons.get("type") or "").lower())


def _ids(doc_id: str, infons: dict) -> list[str]:
    found = []
    m = re.search(r"\bPMC\d+", doc_id)
    found.append(pmcid_curie(m.group(0)) if m else None)
    m = re.search(r"pubmed/(\d+)", doc_id)
    found.append(pmid_curie(m.group(1)) if m else None)
    if doc_id.strip().isdigit():
        found.append(pmid_curie(doc_id.strip()))
    for key in ("article-id_doi", "doi"):
        found.append(doi_curie(str(infons.get(key) or "")))
    return unique(found)


def _web_page_document(text: str, source: str, ids: list[str]) -> Document:
    """Keep the page text verbatim (so BioC annotation offsets stay valid); only the case
    report's own "Case report ... Discussion" span is marked "case", the rest (navigation,
    abstract, discussion, references, footer) is "other"."""
    span = find_case_span(text)
    sections: list[Section] = []
    if span:
        (start, end, heading) = span
        if start > 0:
            sections.append(Section("other", "", 0, start))
        sections.append(Section("case", heading, start, end))
        if end < len(text):
            sections.append(Section("other", "", end, len(text)))
    else:
        sections.append(Section("other", "", 0, len(text)))
    title = re.split(r"\s{2,}| \| | - PubMed|Warning:", text.strip(), maxsplit=1)[0][:300].strip()
    return Document(source=source, format="bioc", ids=ids, title=title, text=text, sections=sections,
                    article_type="case-report" if re.search(r"case report", text[:2000], re.I) else None)


def find_case_span(text: str) -> tuple[int, int, str] | None:
    """(start, end, heading) of the case description in flat page text, or None.

    Pages repeat headings in tables of contents and abstracts; the body's case section
    is the candidate with the longest run of text before the next major heading.
    """
    ends = [m.start(1) for m in _END_HEAD.finditer(text)]
    best = None
    for m in _CASE_HEAD.finditer(text):
        c = m.start(1)
        e = next((e for e in ends if e > c), None)
        if e is None or e - c < _MIN_CASE_CHARS or _BOILERPLATE.search(text, c, e):
            continue
        if best is None or e - c > best[1] - best[0]:
            best = (c, e, m.group(1))
    return best
