"""``kg_abbreviations``: a short form defined as "long form (SF)" inherits the long form's entity
everywhere in the text (``doc.ents``; the long form's curie, label, type, fusion, response class)."""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.doc_text import doc_text
from kg.nlp.ents import Cand, add_entities, ents_of, register_extensions

register_extensions()


_DRUG_LABELS = frozenset({"DRUG", "REGIMEN"})


def _dosed_as_drug(label: str, end: int, doses_at: set[int]) -> bool:
    """Is a use of a short form defined as an event or a tumour written right before a dose ("PLD 30 mg/m2 every 4
    weeks" where the section defines "palmar-plantar erythrodysesthesia (PLD)")? A dose is given of a drug: the
    use names the drug another section defines it as (kg.nlp.short_forms), not this section's event."""
    return label not in _DRUG_LABELS and end in doses_at


@Language.factory("kg_abbreviations", assigns=["doc.ents", "span._.curie", "span._.pref_label", "span._.term_type",
                                              "span._.link_score", "span._.fusion", "span._.response_class"],
                  requires=["doc._.abbreviations", "doc.ents"])
class AbbreviationPropagator:
    """A short form defined as "long form (SF)" inherits the long form's entity everywhere."""

    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not Doc.has_extension("abbreviations") or not doc._.abbreviations:
            return doc
        ents_by_end = {e.end: e for e in ents_of(doc)}
        doses_at = {e.start for e in ents_of(doc) if e.label_ == "DOSE"}
        cands = []
        done: set[str] = set()
        text = doc_text(doc)
        for ab in doc._.abbreviations:
            if isinstance(ab, dict):
                short, ls, le = ab["short_text"], ab["long_start"], ab["long_end"]
            else:
                lf = ab._.long_form
                if not isinstance(lf, Span):
                    continue
                short, ls, le = ab.text, lf.start, lf.end
            if short in done:
                continue
            ent = ents_by_end.get(le)
            # the entity must cover most of the long form ("the inflammatory myofibroblastic tumor")
            if ent is None or ent.start < ls or (ent.end - ent.start) * 2 < (le - ls):
                continue
            if ent.label_ in ("DATE", "DURATION", "DOSE", "GRADE", "AGE_SEX"):
                continue
            done.add(short)
            attrs = {n: ent._.get(n) for n in ("curie", "pref_label", "term_type", "link_score",
                                              "fusion", "response_class")}
            # a plural short form ("neuroendocrine tumours (NETs)") names the singular too ("an ileal NET")
            stem = short[:-1] if len(short) >= 3 and short.endswith("s") and short[:-1].isupper() else short
            for m in re.finditer(rf"(?<![\w-]){re.escape(stem)}s?(?![\w-])", text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="strict")
                if span is not None and (span.start >= le or span.end <= ls) \
                        and not _dosed_as_drug(ent.label_, span.end, doses_at):
                    cands.append(Cand(span.start, span.end, ent.label_, dict(attrs)))
        add_entities(doc, cands, replace_equal=True)
        return doc
