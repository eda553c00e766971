"""Case records -> one rdflib graph per report (no blank nodes, deterministic IRIs)."""
from __future__ import annotations

import bisect
import datetime
from decimal import Decimal
import re

from rdflib import Graph, Literal, URIRef

from kg import __version__
from kg.graph import iri as iris
from kg.graph.vocab import DCTERMS, KG, PROV, RDF, RDFS, SKOS, XSD
from kg.model import CaseRecord, Concept, Document, Evidence, Procedure, ReportRecord, Why

# term kind -> class of the term node
_TERM_CLASS = {
    "tumor": KG.Tumor, "drug": KG.Drug, "drug_class": KG.Drug, "gene": KG.Gene,
    "response": KG.ResponseTerm, "adverse_event": KG.AdverseEventTerm, "procedure": KG.ProcedureTerm,
}

_DATE_TYPES = [
    (re.compile(r"^\d{4}-\d{2}-\d{2}$"), XSD.date),
    (re.compile(r"^\d{4}-\d{2}$"), XSD.gYearMonth),
    (re.compile(r"^\d{4}$"), XSD.gYear),
]


def date_literal(value: str | None) -> Literal | None:
    """ISO partial date -> typed literal; anything else is dropped rather than stored wrongly."""
    if not value:
        return None
    for pattern, dtype in _DATE_TYPES:
        if pattern.match(value):
            parts = [int(p) for p in value.split("-")] + [1, 1]
            try:  # "2020-13" or "2021-02-30" would otherwise be stored as an ill-typed literal
                datetime.date(parts[0], parts[1], parts[2])
            except ValueError:
                return None
            return Literal(value, datatype=dtype)
    return None


def section_index(doc: Document, ev: Evidence) -> int:
    """Index in ``doc.sections`` of the section holding the evidence's sentence (-1: none, e.g. a
    document without sections)."""
    starts = [s.start for s in doc.sections]
    return bisect.bisect_right(starts, ev.sentence_start) - 1


def file_offsets(doc: Document, ev: Evidence) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The (sentence span, mention span) of ``ev`` in the source file's text (plain-text files,
    through ``doc.source_map``), or None when the document has no source map or a span has no
    character from the file. Spans are [start, end) in characters."""
    if doc.source_map is None:
        return None
    sentence = doc.source_map.span(ev.sentence_start, ev.sentence_end)
    mention = doc.source_map.span(ev.mention_start, ev.mention_end)
    return (sentence, mention) if sentence is not None and mention is not None else None


def section_offsets(doc: Document, ev: Evidence) -> tuple[tuple[int, int], tuple[int, int]]:
    """The (sentence span, mention span) of ``ev`` in the extracted text of its section."""
    k = section_index(doc, ev)
    base = doc.sections[k].start if k >= 0 else 0
    return ((ev.sentence_start - base, ev.sentence_end - base),
            (ev.mention_start - base, ev.mention_end - base))


def source_offsets(doc: Document, ev: Evidence) -> tuple[str, tuple[int, int], tuple[int, int]]:
    """Where an integrator finds the evidence: ``("file", sentence span, mention span)`` with
    offsets into the source file's text (plain-text files, through ``doc.source_map``), else
    ``("section", ...)`` with offsets into the extracted text of the evidence's section (XML,
    JSON; README "Evidence offsets"). Spans are [start, end) in characters."""
    in_file = file_offsets(doc, ev)
    return ("file", *in_file) if in_file is not None else ("section", *section_offsets(doc, ev))


def mention_text(sentence: str, sentence_start: int, mention_start: int, mention_end: int) -> str:
    """The words of a mention as the named queries give them when the graph stores no kg:mentionText:
    the sentence text between the mention's offsets (SPARQL: SUBSTR(text, start - sentence start + 1,
    end - start)). Offsets outside the sentence give "" (the graph then stores the mention text)."""
    a, b = mention_start - sentence_start, mention_end - sentence_start
    return sentence[a:b] if 0 <= a <= b <= len(sentence) else ""


def chronological(procedures: list[Procedure]) -> list[Procedure]:
    """Procedures in date order, for numbering: a report tells them in any order ("In 2013 ...
    surgery ... she had received radiation in 2012"). An undated procedure keeps its place after
    the procedure told just before it (it sorts with that one's date; before any dated one, first).
    ISO partial dates compare as strings ("2012" < "2012-02" < "2012-02-10"); the sort is stable."""
    keyed, last = [], ""
    for pr in procedures:
        last = pr.date or last
        keyed.append((last, pr))
    return [pr for _, pr in sorted(keyed, key=lambda kv: kv[0])]


def concept_id(concept: Concept, kind: str) -> str:
    return concept.id or iris.local_term_id(kind or concept.kind or "term", concept.label)


class _ReportGraph(Graph):
    """A report's graph: its prefixes (rdflib's core ones, then kg, skos, prov, dcterms) are bound
    when its namespace manager is first used (a Turtle serialization, ``g.bind``, ``g.namespaces()``),
    not when it is made: binding nine prefixes (~0.1 ms) is most of an empty Graph's cost, and the
    ingest path (N-Triples, the SHACL gate) never uses them. Bound, they are the same as before."""

    _PREFIXES = (("kg", KG), ("skos", SKOS), ("prov", PROV), ("dcterms", DCTERMS))

    @property
    def namespace_manager(self):
        first = self._Graph__namespace_manager is None
        nm = Graph.namespace_manager.fget(self)
        if first:
            for prefix, ns in self._PREFIXES:
                nm.bind(prefix, ns)
        return nm

    @namespace_manager.setter
    def namespace_manager(self, nm) -> None:
        Graph.namespace_manager.fset(self, nm)


class _Builder:
    def __init__(self, record: ReportRecord):
        self.record = record
        self.doc = record.document
        self.pid = iris.report_identity(self.doc)   # IRIs come from the identity, not the file name
        # only the core prefixes (rdf, rdfs, owl, xsd, xml) and ours, bound when first asked for
        # (_ReportGraph): the graph leaves as N-Triples, which never asks
        self.g = _ReportGraph(bind_namespaces="core")
        self.report = iris.report_iri(self.pid)
        self.evidence_of: list[tuple[URIRef, Evidence]] = []   # (fact node, the Evidence of its mention), in fact order

    def add(self, s, p, o):
        if o is not None:
            self.g.add((s, p, o))

    def term(self, concept: Concept, kind: str) -> URIRef:
        cid = concept_id(concept, kind)
        node = iris.term_iri(cid)
        if (node, RDFS.label, None) in self.g:
            return node  # first label wins: a term carries exactly one label per graph
        self.add(node, RDF.type, _TERM_CLASS.get(kind or concept.kind, KG.Term))
        self.add(node, RDFS.label, Literal(concept.label))
        self.add(node, SKOS.notation, Literal(cid))
        return node

    def fact(self, owner: URIRef, link, base: URIRef, kind: str, *index) -> URIRef:
        """Mint a fact node under ``base`` and link it from ``owner``. Its class is the range of ``link``
        (kg:hasDiagnosis -> kg:Diagnosis, ...): no rdf:type quad is stored (ontology/kg.ttl)."""
        node = iris.fact_iri(base, kind, *index)
        self.add(owner, link, node)
        return node

    def evidence(self, subject: URIRef, ev: Evidence | None):
        """Note the evidence of ``subject``'s mention; its quads are written by ``write_evidence`` once
        every fact is known (a section's offsets basis depends on all of its evidence)."""
        if ev is not None:
            self.evidence_of.append((subject, ev))

    def decisions(self, subject: URIRef, whys: list[Why]):
        """Why extraction decided what ``subject`` says (ontology/README.md, "Decisions"): per decision
        a kg:Decision node with what was decided, the cue (kg/rules file and category), the rule row
        that matched and the cue's words as evidence."""
        for k, why in enumerate(whys, 1):
            node = iris.decision_iri(subject, k)
            self.add(subject, KG.decidedBecause, node)
            self.add(node, KG.decision, Literal(why.decision))
            self.add(node, KG.cue, Literal(why.cue))
            if why.rule:
                self.add(node, KG.ruleRow, Literal(why.rule))
            self.evidence(node, why.evidence)

    def write_evidence(self):
        """The evidence model (ontology/README.md, "Evidence"): each fact carries the offsets of its
        mention and the sentence it was read in (kg:mentionStart, kg:mentionEnd, kg:inSentence: no node
        per mention); per sentence one kg:Sentence node shared by every fact read in it (text, start,
        kg:inSection), per section one kg:Section node (kind, title, what the offsets count in,
        prov:wasDerivedFrom the report). Sentence and section nodes are typed by the range of
        kg:inSentence / kg:inSection, not by an rdf:type quad each.

        Text is stored once: the mention's words are the sentence text between the offsets
        (kg:mentionText only where they are not, e.g. a plain-text file whose reader joined a line-end
        hyphen inside the sentence), the sentence end is its start plus its length (kg:sentenceEnd only
        where it is not). The named queries give both either way.

        A section's offsets count in the source file ("file") when every sentence and mention read in
        it has file offsets, else in the section's extracted text ("section"): one basis per section."""
        doc, add = self.doc, self.add
        by_section: dict[int, list[tuple[URIRef, Evidence]]] = {}
        for node, ev in self.evidence_of:
            by_section.setdefault(section_index(doc, ev), []).append((node, ev))
        for k, items in sorted(by_section.items()):
            in_file = [file_offsets(doc, ev) for _, ev in items]
            basis = "file" if all(o is not None for o in in_file) else "section"
            spans = in_file if basis == "file" else [section_offsets(doc, ev) for _, ev in items]
            section = iris.section_iri(self.pid, doc.sections[k].start if k >= 0 else 0)
            first = items[0][1]
            add(section, PROV.wasDerivedFrom, self.report)
            add(section, KG.sectionKind, Literal(first.section_kind))
            add(section, KG.sectionTitle, Literal(first.section_title))
            add(section, KG.offsetsInto, Literal(basis))
            for (node, ev), ((ss, se), (ms, me)) in zip(items, spans):
                sentence = iris.sentence_iri(self.pid, ev.sentence_start, ev.sentence_end)
                add(sentence, KG.inSection, section)
                add(sentence, KG.sentenceText, Literal(ev.sentence))
                add(sentence, KG.sentenceStart, Literal(ss))
                if se - ss != len(ev.sentence):
                    add(sentence, KG.sentenceEnd, Literal(se))
                add(node, KG.inSentence, sentence)
                add(node, KG.mentionStart, Literal(ms))
                add(node, KG.mentionEnd, Literal(me))
                if mention_text(ev.sentence, ss, ms, me) != ev.mention:
                    add(node, KG.mentionText, Literal(ev.mention))

    def build(self) -> Graph:
        doc, add, r = self.doc, self.add, self.report
        add(r, RDF.type, KG.Report)
        if self.record.cases:  # a document without a patient case (trial, lab paper, licence) is a kg:Report only
            add(r, RDF.type, KG.CaseReport)
        for i in doc.ids:
            add(r, KG.identifier, Literal(i))
        add(r, DCTERMS.title, Literal(doc.title or ""))
        if doc.article_type:
            add(r, KG.articleType, Literal(doc.article_type))
        if doc.license:
            add(r, DCTERMS.license, Literal(doc.license))
        add(r, KG.sourceFile, Literal(doc.source.rsplit("/", 1)[-1]))
        if self.record.content_hash:
            add(r, KG.contentHash, Literal(self.record.content_hash))
        add(r, KG.kgVersion, Literal(__version__))
        for case in self.record.cases:
            self.case(case)
        self.write_evidence()
        return self.g

    def case(self, case: CaseRecord):
        add = self.add
        c = iris.case_iri(self.pid, case.number)
        add(self.report, KG.hasCase, c)
        add(c, RDF.type, KG.PatientCase)
        add(c, KG.caseNumber, Literal(case.number))
        add(c, KG.describedIn, self.report)
        if case.age is not None:
            add(c, KG.ageYears, Literal(int(case.age)))
        if case.sex:
            add(c, KG.sex, Literal(case.sex))
        if case.outcome:
            add(c, KG.outcome, Literal(case.outcome))
        self.evidence(c, case.evidence)
        self.decisions(c, case.why)
        for n, dx in enumerate(case.diagnoses, 1):
            node = self.fact(c, KG.hasDiagnosis, c, "diagnosis", n)
            add(node, KG.concept, self.term(dx.concept, "tumor"))
            self.evidence(node, dx.evidence)
            self.decisions(node, dx.why)
        for n, fu in enumerate(case.fusions, 1):
            node = self.fact(c, KG.hasFusion, c, "fusion", n)
            five = fu.five_prime.label if fu.five_prime else "?"
            three = fu.three_prime.label if fu.three_prime else "?"
            add(node, RDFS.label, Literal(f"{five}::{three}"))
            if fu.five_prime:
                add(node, KG.fivePrimePartner, self.term(fu.five_prime, "gene"))
            if fu.three_prime:
                add(node, KG.threePrimePartner, self.term(fu.three_prime, "gene"))
            self.evidence(node, fu.evidence)
        for t in case.treatments:
            node = self.fact(c, KG.hasTherapyLine, c, "therapy", t.line)
            add(node, KG.lineNumber, Literal(t.line))
            add(node, KG.startDate, date_literal(t.start))
            add(node, KG.endDate, date_literal(t.end))
            if t.discontinuation_reason:
                add(node, KG.discontinuationReason, Literal(t.discontinuation_reason))
            self.evidence(node, t.evidence)
            self.decisions(node, t.why)
            for k, adm in enumerate(t.administrations, 1):
                a = self.fact(node, KG.hasAdministration, c, "therapy", t.line, "drug", k)
                add(a, KG.drug, self.term(adm.drug, adm.drug.kind or "drug"))
                for prop, val in ((KG.dose, adm.dose), (KG.route, adm.route), (KG.schedule, adm.schedule)):
                    if val:
                        add(a, prop, Literal(val))
                add(a, KG.startDate, date_literal(adm.start))
                add(a, KG.endDate, date_literal(adm.end))
                self.evidence(a, adm.evidence)
            for k, resp in enumerate(t.responses, 1):
                rn = self.fact(node, KG.hasResponse, c, "therapy", t.line, "response", k)
                add(rn, KG.concept, self.term(resp.concept, "response"))
                add(rn, KG.date, date_literal(resp.date))
                add(rn, KG.explicit, Literal(bool(resp.explicit)))
                self.evidence(rn, resp.evidence)
                self.decisions(rn, resp.why)
        for n, ae in enumerate(case.adverse_events, 1):
            node = self.fact(c, KG.hasAdverseEvent, c, "adverse-event", n)
            add(node, KG.concept, self.term(ae.concept, "adverse_event"))
            if ae.grade is not None:
                add(node, KG.ctcaeGrade, Literal(int(ae.grade)))
            for d in ae.drugs:
                add(node, KG.attributedTo, self.term(d, d.kind or "drug"))
            self.evidence(node, ae.evidence)
            self.decisions(node, ae.why)
        for n, pr in enumerate(chronological(case.procedures), 1):   # procedure/1 is the earliest
            node = self.fact(c, KG.hasProcedure, c, "procedure", n)
            add(node, KG.concept, self.term(pr.concept, "procedure"))
            add(node, RDFS.label, Literal(pr.label))
            add(node, KG.date, date_literal(pr.date))
            if pr.dose_gy is not None:
                dose = format(Decimal(repr(float(pr.dose_gy))), "f")  # never "1e-05": not an xsd:decimal
                add(node, KG.radiationDoseGy, Literal(dose, datatype=XSD.decimal))
            if pr.fractions is not None:
                add(node, KG.fractions, Literal(int(pr.fractions)))
            self.evidence(node, pr.evidence)


def build_report_graph(record: ReportRecord) -> tuple[URIRef, Graph]:
    """Return (named graph IRI, graph) for one report."""
    return iris.report_graph_iri(record.document), _Builder(record).build()
