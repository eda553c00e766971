"""Plain data passed between the stages: readers -> nlp -> extraction -> graph.

Offsets are always character offsets into ``Document.text`` (the whole
document's text as the readers assembled it), so evidence can be traced back;
``Document.source_map`` (plain-text files) maps them to offsets into the file's text.
"""
from __future__ import annotations

import bisect
import hashlib
from dataclasses import dataclass, field

# Section kinds a reader assigns. Only CASE (or ABSTRACT when a document has no
# CASE section) contributes patient facts.
SECTION_KINDS = (
    "title", "abstract", "introduction", "case", "discussion", "conclusion",
    "methods", "results", "references", "caption", "front_matter", "back_matter", "other",
)


@dataclass
class Section:
    kind: str            # one of SECTION_KINDS
    title: str           # heading as written ("" when none)
    start: int           # offset of the section's text in Document.text
    end: int

    def text_of(self, doc: "Document") -> str:
        return doc.text[self.start:self.end]


@dataclass(frozen=True)
class SourceMap:
    """Runs of Document.text characters and where they sit in the file's text.

    Run k covers Document offsets ``doc_starts[k] .. doc_starts[k] + lengths[k]`` and starts at
    file offset ``src_starts[k]``; characters in no run (white space the reader inserted) have no
    file position of their own.
    """

    doc_starts: tuple[int, ...]
    src_starts: tuple[int, ...]
    lengths: tuple[int, ...]

    def _first_at_or_after(self, i: int, end: int) -> int | None:
        k = bisect.bisect_right(self.doc_starts, i) - 1
        if k >= 0 and i < self.doc_starts[k] + self.lengths[k]:
            return self.src_starts[k] + i - self.doc_starts[k]
        k += 1
        if k < len(self.doc_starts) and self.doc_starts[k] < end:
            return self.src_starts[k]
        return None

    def _last_before(self, end: int, start: int) -> int | None:
        k = bisect.bisect_right(self.doc_starts, end - 1) - 1
        if k < 0:
            return None
        last = min(end - 1, self.doc_starts[k] + self.lengths[k] - 1)
        if last < start:
            return None
        return self.src_starts[k] + last - self.doc_starts[k]

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """File offsets ``(s, e)`` of the Document span ``[start, end)``; None if no character of
        it came from the file."""
        first = self._first_at_or_after(start, end)
        last = self._last_before(end, start)
        if first is None or last is None or last < first:
            return None
        return first, last + 1


@dataclass
class Document:
    source: str                      # path (or path#n for multi-record files)
    format: str                      # "jats", "pubmed", "text"
    ids: list[str]                   # CURIEs, lower-case prefix: doi:, pmid:, pmcid:; file:<name> if none
    title: str
    text: str
    sections: list[Section]
    article_type: str | None = None  # e.g. "case-report", "research-article"
    license: str | None = None
    journal: str | None = None
    year: int | None = None
    # Publication types the source states, normalised lower-case ("case report", "clinical trial",
    # "review", "research article"): PubMed PublicationType, JATS article-type and subject, a
    # "Case Report" label line in text. A signal for case detection, never a fact of a patient.
    publication_types: list[str] = field(default_factory=list)
    # Plain-text files: where each character of ``text`` is in the file's text (kg/readers/origin.py);
    # None for XML and JSON sources, whose evidence offsets count in a section's text instead.
    source_map: SourceMap | None = None

    @property
    def primary_id(self) -> str:
        return self.ids[0]


@dataclass(frozen=True)
class Concept:
    """An ontology term: CURIE (None for a project-local term) and preferred label."""

    id: str | None
    label: str
    kind: str = ""  # tumor, drug, drug_class, gene, response, adverse_event, procedure


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence and the mention inside it."""

    section_kind: str
    section_title: str
    sentence: str
    sentence_start: int
    sentence_end: int
    mention: str
    mention_start: int
    mention_end: int


@dataclass(frozen=True)
class Why:
    """A decision extraction took because of a cue: the decision, the cue (``kg.nlp.cues.Cue``
    value, ``file/CATEGORY``), the rule row that matched (its id in ``kg/rules/<file>.jsonl``), the
    cue's own document offsets and its words as evidence (None for a zero-width cue, e.g. an empty
    gap between two mentions). Written to the graph as a kg:Decision of the fact (kg.graph.build);
    not in the cases JSON."""

    decision: str
    cue: str
    rule: str
    start: int
    end: int
    evidence: Evidence | None = None


@dataclass
class Diagnosis:
    concept: Concept
    evidence: Evidence | None = None
    why: list[Why] = field(default_factory=list, compare=False, repr=False)


@dataclass
class Fusion:
    five_prime: Concept | None       # None when the report does not name it ("ALK rearrangement")
    three_prime: Concept | None
    evidence: Evidence | None = None


@dataclass
class Response:
    concept: Concept                 # NCIt response term
    date: str | None = None          # ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD"
    explicit: bool = True            # RECIST class named by the authors, or inferred
    evidence: Evidence | None = None
    why: list[Why] = field(default_factory=list, compare=False, repr=False)


@dataclass
class DrugAdministration:
    drug: Concept
    dose: str | None = None          # "250 mg"
    route: str | None = None         # "orally"
    schedule: str | None = None      # "twice daily"
    start: str | None = None
    end: str | None = None
    evidence: Evidence | None = None


@dataclass
class Treatment:
    """One therapy line: drugs given together (a regimen), in sequence order."""

    line: int
    administrations: list[DrugAdministration]
    start: str | None = None
    end: str | None = None
    responses: list[Response] = field(default_factory=list)
    discontinuation_reason: str | None = None
    evidence: Evidence | None = None
    why: list[Why] = field(default_factory=list, compare=False, repr=False)

    @property
    def drugs(self) -> list[Concept]:
        return [a.drug for a in self.administrations]


@dataclass
class AdverseEvent:
    concept: Concept
    grade: int | None = None
    drugs: list[Concept] = field(default_factory=list)
    evidence: Evidence | None = None
    why: list[Why] = field(default_factory=list, compare=False, repr=False)


@dataclass
class Procedure:
    concept: Concept
    label: str                       # as described, e.g. "palliative radiotherapy 20 Gy in 2 fractions"
    date: str | None = None
    dose_gy: float | None = None
    fractions: int | None = None
    evidence: Evidence | None = None


@dataclass
class CaseRecord:
    number: int                      # 1-based within the report
    age: int | None = None
    sex: str | None = None           # "male" | "female"
    diagnoses: list[Diagnosis] = field(default_factory=list)
    fusions: list[Fusion] = field(default_factory=list)
    treatments: list[Treatment] = field(default_factory=list)
    adverse_events: list[AdverseEvent] = field(default_factory=list)
    procedures: list[Procedure] = field(default_factory=list)
    outcome: str | None = None
    evidence: Evidence | None = None  # where the patient is introduced
    why: list[Why] = field(default_factory=list, compare=False, repr=False)


@dataclass
class ReportRecord:
    """Everything extracted from one document."""

    document: Document
    cases: list[CaseRecord]
    content_hash: str = ""


def content_hash(doc: Document) -> str:
    """SHA-256 of what a report's graph is made from (format, ids, title, text): an unchanged
    report is skipped before any NLP. Here, not in kg.extraction, so that the ingest process
    (which hashes every document) does not import spaCy."""
    h = hashlib.sha256()
    for part in (doc.format, "\x00".join(doc.ids), doc.title, doc.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x01")
    return h.hexdigest()
