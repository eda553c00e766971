"""Flatten NLP output into plain Mention/Sentence objects.

Extraction rules work on these instead of spaCy spans so they can be unit
tested without a pipeline and so offsets are already document-level.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import Concept, Evidence, Section
from kg.nlp.assertion import sentence_flags
from kg.nlp.terms_index import TermIndex, get_index

_EXTRA_ATTRS = ("fusion", "response_class", "response_explicit", "response_rule", "grade", "severity", "date", "duration_days",
                "relative", "dose", "term_type", "link_score", "age", "sex")


@dataclass
class Mention:
    label: str                 # NLP entity label (DRUG, TUMOR, FUSION, ...)
    text: str
    start: int                 # document offsets
    end: int
    curie: str | None = None
    pref_label: str | None = None
    attrs: dict = field(default_factory=dict)
    sentence: "Sentence | None" = None
    status: str | None = "affirmed"  # span._.status of kg_assertion (None: judged by kg.extraction.context)


@dataclass
class Sentence:
    index: int                 # position in the document (global order)
    text: str
    start: int
    end: int
    section: Section
    mentions: list[Mention] = field(default_factory=list)
    literature: bool = False
    patient_anchor: bool = False
    flags: frozenset = frozenset()   # kg_assertion's sentence flags (literature, patient_anchor, ...)
    # the term index the pipeline recognised this sentence with (doc._.kg_terms_key): term extras
    # and regimen components come from the same terms as the mentions (build_pipeline(terms=...))
    terms: TermIndex | None = field(default=None, repr=False, compare=False)

    def evidence_for(self, m: Mention | None = None) -> Evidence:
        """Evidence naming the fact's own span; without a mention, the sentence itself (never
        another mention of the sentence)."""
        return Evidence(
            section_kind=self.section.kind, section_title=self.section.title,
            sentence=self.text, sentence_start=self.start, sentence_end=self.end,
            mention=m.text if m else self.text[:80],
            # without a mention the sentence's first 80 characters stand for it: offsets of exactly those
            mention_start=m.start if m else self.start, mention_end=m.end if m else self.start + len(self.text[:80]),
        )

    def before(self, m: Mention) -> str:
        return self.text[: m.start - self.start]

    def after(self, m: Mention) -> str:
        return self.text[m.end - self.start:]


def sentences_from_doc(spacy_doc, section: Section, offset: int, first_index: int) -> list[Sentence]:
    """spaCy Doc of one section's text (starting at document offset ``offset``) -> Sentences."""
    out: list[Sentence] = []
    by_sent: dict[int, Sentence] = {}
    flags = sentence_flags(spacy_doc)
    key = spacy_doc._.kg_terms_key
    terms = get_index(key) if key else None
    for i, sent in enumerate(spacy_doc.sents):
        text = sent.text
        s = Sentence(index=first_index + i, text=text, start=offset + sent.start_char,
                     end=offset + sent.end_char, section=section, flags=flags.get(sent.start_char, frozenset()),
                     terms=terms)
        out.append(s)
        by_sent[sent.start] = s
    for ent in spacy_doc.ents:
        sent_start = ent.sent.start
        s = by_sent.get(sent_start)
        if s is None:
            continue
        attrs = {}
        for a in _EXTRA_ATTRS:
            if ent.has_extension(a):
                v = getattr(ent._, a)
                if v is not None:
                    attrs[a] = v
        curie = getattr(ent._, "curie", None) if ent.has_extension("curie") else None
        pref = getattr(ent._, "pref_label", None) if ent.has_extension("pref_label") else None
        m = Mention(label=ent.label_, text=ent.text, start=offset + ent.start_char,
                    end=offset + ent.end_char, curie=curie, pref_label=pref or ent.text,
                    attrs=attrs, sentence=s, status=ent._.status)
        s.mentions.append(m)
    return out


def concept_of(m: Mention, kind: str) -> Concept:
    """The ontology concept a mention names (its term type, else ``kind``)."""
    return Concept(id=m.curie, label=(m.pref_label or m.text), kind=m.attrs.get("term_type") or kind)
