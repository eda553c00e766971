"""``kg_rules``: fusions, dates, durations, doses, grades and age/sex, found by regular expressions
over the whole text (finders in kg/nlp/fusion.py and kg/nlp/measures.py; cues in kg/rules).

Sets ``doc.ents`` (FUSION, DATE, DURATION, DOSE, GRADE, AGE_SEX) and their span attributes
(``fusion``, ``fusion_evidence``, ``date``, ``duration_days``, ``relative``, ``dose``, ``grade``,
``age``, ``sex``; FUSION also ``curie``/``pref_label`` of the fusion class).
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import IDX, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp import fusion, measures
from kg.nlp.doc_text import doc_text
from kg.nlp.ents import Cand, add_entities, register_extensions
from kg.nlp.terms_index import get_index

register_extensions()


@Language.factory("kg_rules", default_config={"terms_key": "default", "age_sex": True},
                  assigns=["doc.ents", "span._.fusion", "span._.fusion_evidence", "span._.date",
                           "span._.duration_days", "span._.relative", "span._.dose", "span._.grade",
                           "span._.age", "span._.sex", "span._.curie", "span._.pref_label", "span._.term_type",
                           "span._.link_score"],
                  requires=["token.is_sent_start"])
class MeasureRules:
    """Regex finders over doc.text (see kg/nlp/measures.py and kg/nlp/fusion.py)."""

    def __init__(self, nlp: Language, name: str, terms_key: str, age_sex: bool):
        self.name = name
        self.index = get_index(terms_key)
        self.age_sex = age_sex

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        # Sentence char ranges from the SENT_START array (iterating doc.sents is slow).
        if doc.has_annotation("SENT_START"):
            arr = doc.to_array([SENT_START, IDX])
            starts = arr[arr[:, 0] == 1, 1]
            if not len(starts) or starts[0] != 0:
                starts = np.concatenate([[0], starts])
        else:
            starts = np.array([0])
        ends = np.concatenate([starts[1:], [len(text)]])

        def sentence_of(ch: int) -> tuple[int, int]:
            k = max(0, int(np.searchsorted(starts, ch, side="right")) - 1)
            return int(starts[k]), int(ends[k])

        found = list(fusion.find_fusions(text, self.index, sentence_of))
        found += measures.find_dates(text)
        found += measures.find_durations(text)
        found += measures.find_doses(text)
        found += (g for g in measures.find_grades(text) if g[2] == "GRADE")
        if self.age_sex:
            found += measures.find_ages(text)
        cands = []
        for s, e, label, attrs in found:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            if label in ("DATE", "DURATION", "DOSE", "GRADE", "AGE_SEX"):
                attrs.setdefault("link_score", None)
            else:
                attrs.setdefault("link_score", 1.0)
            if label == "FUSION":
                fc = self.index.info(self.index.fusion_class_id)
                attrs.update(term_type="fusion", curie=fc.id if fc else None, pref_label=fc.label if fc else None)
            cands.append(Cand(span.start, span.end, label, attrs))
        add_entities(doc, cands)
        fusion.name_in_tumors(doc, [f for f in found if f[2] == "FUSION"])
        return doc
