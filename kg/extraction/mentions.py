"""Flatten NLP output into plain Mention/Sentence objects.

Extraction rules work on these instead of spaCy spans so they can be unit
tested without a pipeline and so offsets are already document-level.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from kg.model import Concept, Evidence, Section, Why
from kg.nlp.assertion import sentence_flags
from kg.nlp.cues import Cue, CueSpan, cue_spans, matches_empty, sentence_cues
from kg.nlp.ents import ents_of
from kg.nlp.terms_index import TermIndex, get_index

_EXTRA_ATTRS = ("fusion", "response_class", "response_explicit", "response_rule", "grade", "grades", "severity", "date", "duration_days",
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
    # the sentence's cue hits (kg_cues spans, document offsets), read with cue()/cue_before()/...
    cue_hits: dict = field(default_factory=dict, repr=False, compare=False)

    # --- cues: found once by kg_cues (kg/nlp/cues.py); extraction asks, never scans text ---------
    def add_cue(self, span: CueSpan) -> None:
        if span.evidence is None and span.end > span.start:   # a decision cites the hit (kg.graph)
            span = replace(span, evidence=self.evidence_at(span.start, span.end))
        self.cue_hits.setdefault(span.cue, []).append(span)

    def read_cues(self) -> "Sentence":
        """Find the sentence's cues from its own text and mentions, as ``kg_cues`` does in the
        pipeline (for a Sentence made without one, e.g. in a unit test)."""
        self.cue_hits = {}
        ents = [(m.label, m.start - self.start, m.end - self.start, m.pref_label or m.text) for m in self.mentions]
        for cue, rule, a, b, a0, a1, value in sentence_cues(self.text, ents, section=self.section.kind):
            self.add_cue(CueSpan(cue, rule, self.start + a, self.start + b,
                                 None if a0 < 0 else (self.start + a0, self.start + a1), value))
        return self

    def cues(self, cue: Cue, start: int | None = None, end: int | None = None) -> list[CueSpan]:
        """The sentence-wide hits of ``cue`` lying within ``[start, end]`` (document offsets), in
        text order."""
        a = self.start if start is None else start
        b = self.end if end is None else end
        return [h for h in self.cue_hits.get(cue, ()) if h.anchor is None and a <= h.start and h.end <= b]

    def cue(self, cue: Cue, start: int | None = None, end: int | None = None) -> CueSpan | None:
        """The first sentence-wide hit of ``cue`` within ``[start, end]`` (the whole sentence by
        default), or None."""
        hits = self.cues(cue, start, end)
        return hits[0] if hits else None

    def _anchored(self, cue: Cue, a: int, b: int | None = None) -> CueSpan | None:
        for h in self.cue_hits.get(cue, ()):
            if h.anchor is not None and h.anchor[0] == a and (b is None or h.anchor[1] == b):
                return h
        return None

    def cue_before(self, cue: Cue, pos: int) -> CueSpan | None:
        """The hit of ``cue`` in the window before the mention that starts at ``pos`` (rows
        ending in ``$``: the cue ends right before it)."""
        return self._anchored(cue, pos, pos)

    def cue_after(self, cue: Cue, pos: int, limit: int | None = None) -> CueSpan | None:
        """The hit of ``cue`` in the window after the mention that ends at ``pos`` (or after a
        chained cue's hit that ends there, with that hit's window end ``limit``)."""
        return self._anchored(cue, pos, limit)

    def cue_in(self, cue: Cue, m: Mention) -> CueSpan | None:
        """The hit of ``cue`` inside the mention's own text."""
        return self._anchored(cue, m.start, m.end)

    def cue_between(self, cue: Cue, left: int, right: int) -> CueSpan | None:
        """The hit of ``cue`` in the gap ``[left, right)`` between two mentions (document
        offsets); for an empty or reversed gap, a zero-width hit when the cue's test holds for an
        empty gap."""
        if right <= left:
            return CueSpan(cue, "", left, left, (left, right)) if matches_empty(cue) else None
        return self._anchored(cue, left, right)

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

    def evidence_at(self, start: int, end: int) -> Evidence:
        """Evidence naming the words at document offsets ``[start, end)`` of this sentence (a cue)."""
        return Evidence(
            section_kind=self.section.kind, section_title=self.section.title,
            sentence=self.text, sentence_start=self.start, sentence_end=self.end,
            mention=self.text[start - self.start:end - self.start], mention_start=start, mention_end=end)

    def before(self, m: Mention) -> str:
        return self.text[: m.start - self.start]

    def after(self, m: Mention) -> str:
        return self.text[m.end - self.start:]


def sentences_from_doc(spacy_doc, section: Section, offset: int, first_index: int,
                       text: str | None = None) -> list[Sentence]:
    """spaCy Doc of one section's text (starting at document offset ``offset``) -> Sentences.
    ``text``: the string the Doc was made from, when the caller has it (Span.text re-joins tokens)."""
    from bisect import bisect_right

    from spacy.tokens import Span

    if text is None:
        text = spacy_doc.text
    out: list[Sentence] = []
    by_sent: dict[int, Sentence] = {}
    flags = sentence_flags(spacy_doc)
    key = spacy_doc._.kg_terms_key
    terms = get_index(key) if key else None
    for i, sent in enumerate(spacy_doc.sents):
        start_char, end_char = sent.start_char, sent.end_char
        s = Sentence(index=first_index + i, text=text[start_char:end_char], start=offset + start_char,
                     end=offset + end_char, section=section, flags=flags.get(start_char, frozenset()),
                     terms=terms)
        out.append(s)
        by_sent[sent.start] = s
    starts = sorted(by_sent)   # ent.sent.start: the last sentence start at or before the entity
    extra = [a for a in _EXTRA_ATTRS if Span.has_extension(a)]
    has_curie, has_pref = Span.has_extension("curie"), Span.has_extension("pref_label")
    # Plain span extensions (default None, no getter/method) are read from doc.user_data under the
    # key spaCy's Underscore uses (as kg.nlp.ents writes them): what ``ent._.<name>`` returns.
    plain = {a for a in (*extra, "curie", "pref_label", "status")
             if Span.has_extension(a) and Span.get_extension(a) == (None, None, None, None)}
    ud = spacy_doc.user_data

    def value(ent, name, start_char, end_char):
        return ud.get(("._.", name, start_char, end_char)) if name in plain else getattr(ent._, name)

    for ent in ents_of(spacy_doc):
        k = bisect_right(starts, ent.start) - 1
        s = by_sent.get(starts[k]) if k >= 0 else None
        if s is None:
            continue
        start_char, end_char = ent.start_char, ent.end_char
        attrs = {}
        for a in extra:
            v = value(ent, a, start_char, end_char)
            if v is not None:
                attrs[a] = v
        curie = value(ent, "curie", start_char, end_char) if has_curie else None
        pref = value(ent, "pref_label", start_char, end_char) if has_pref else None
        mention = text[start_char:end_char]
        m = Mention(label=ent.label_, text=mention, start=offset + start_char,
                    end=offset + end_char, curie=curie, pref_label=pref or mention,
                    attrs=attrs, sentence=s, status=value(ent, "status", start_char, end_char))
        s.mentions.append(m)
    if starts:
        by_char = sorted((s.start - offset, s) for s in out)
        char_starts = [c for c, _ in by_char]
        for hit in cue_spans(spacy_doc, offset):
            at = hit.anchor[0] if hit.anchor is not None else hit.start  # a window may reach back
            k = bisect_right(char_starts, at - offset) - 1
            if k >= 0:
                by_char[k][1].add_cue(hit)
    return out


def because(decision: str, cue: CueSpan) -> Why:
    """The record of a decision taken because of ``cue`` (for a model object's ``why``)."""
    return Why(decision=decision, cue=cue.cue.value, rule=cue.rule, start=cue.start, end=cue.end,
               evidence=cue.evidence)


def concept_of(m: Mention, kind: str) -> Concept:
    """The ontology concept a mention names (its term type, else ``kind``)."""
    return Concept(id=m.curie, label=(m.pref_label or m.text), kind=m.attrs.get("term_type") or kind)
