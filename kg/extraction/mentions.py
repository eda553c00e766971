"""Flatten NLP output into plain Mention/Sentence objects.

Extraction rules work on these instead of spaCy spans so they can be unit
tested without a pipeline and so offsets are already document-level.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.model import Evidence, Section
from kg.nlp.assertion import sentence_flags

_EXTRA_ATTRS = ("fusion", "response_class", "grade", "severity", "date", "duration_days",
                "relative", "dose", "term_type", "link_score")


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

    def evidence_for(self, m: Mention | None = None) -> Evidence:
        m = m or (self.mentions[0] if self.mentions else None)
        return Evidence(
            section_kind=self.section.kind, section_title=self.section.title,
            sentence=self.text, sentence_start=self.start, sentence_end=self.end,
            mention=m.text if m else self.text[:80],
            mention_start=m.start if m else self.start, mention_end=m.end if m else self.end,
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
    for i, sent in enumerate(spacy_doc.sents):
        text = sent.text
        s = Sentence(index=first_index + i, text=text, start=offset + sent.start_char,
                     end=offset + sent.end_char, section=section, flags=flags.get(sent.start_char, frozenset()))
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


# "grade II nutritional toxicities", "grade 3 hematological toxicity": an organ-class toxicity
# that no CTCAE term names; kept as a project-local adverse-event term when a grade is attached.
_TOXICITY = re.compile(r"\b((?:[a-z]+(?:al|ic|ous|ary))\s+toxicit(?:y|ies))\b", re.I)


def add_toxicity_mentions(s: Sentence) -> None:
    taken = [(m.start, m.end) for m in s.mentions if m.label == "ADVERSE_EVENT"]
    grades = [m for m in s.mentions if m.label == "GRADE" and m.attrs.get("grade") is not None]
    for hit in _TOXICITY.finditer(s.text):
        start, end = s.start + hit.start(1), s.start + hit.end(1)
        if any(a < end and start < b for a, b in taken):
            continue
        grade = next((g.attrs["grade"] for g in grades if 0 <= start - g.end <= 3), None)
        if grade is None:
            continue
        word = hit.group(1).lower()
        label = re.sub(r"toxicities$", "toxicity", word)
        s.mentions.append(Mention(label="ADVERSE_EVENT", text=hit.group(1), start=start, end=end, curie=None,
                                  pref_label=label, attrs={"grade": grade, "term_type": "adverse_event"}, sentence=s,
                                  status=None))
    s.mentions.sort(key=lambda m: m.start)
