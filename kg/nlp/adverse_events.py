"""``kg_adverse_events``: organ-class toxicities as ADVERSE_EVENT entities, and the AE tables.

"grade 3 hematological toxicity", "grade II nutritional toxicities": an organ-class toxicity no
CTCAE term names (``TOXICITY`` in ``kg/rules/adverse_events.jsonl``) becomes an ADVERSE_EVENT
span when a GRADE entity ends at most three characters before it and no entity holds its tokens.
Sets ``grade``, ``pref_label`` ("hematological toxicity"), ``term_type`` ("adverse_event");
``curie`` stays None (a project-local term).

Tables read by ``kg_context`` (grade and severity attachment): :data:`SEVERITY` (word ->
severity, from the SEVERITY rows), :data:`GRADE_GAP_WORDS`, :data:`VERSION`.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.ents import Cand, add_entities
from kg.rules import rules

RULES = rules("adverse_events")
SEVERITY = {w.lower(): row.fields["severity"] for row in RULES.rows("SEVERITY") for w in row.words}
GRADE_GAP_WORDS = frozenset(w.lower() for w in RULES.words("GRADE_GAP"))
VERSION = RULES.pattern("VERSION")
_TOXICITY = RULES.pattern("TOXICITY")
_PLURAL, _SINGULAR = "toxicities", "toxicity"


@Language.factory("kg_adverse_events", assigns=["doc.ents", "span._.grade", "span._.pref_label"],
                  requires=["doc.ents"])
class ToxicityFinder:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        if "toxicit" not in text.lower():
            return doc
        ents = list(doc.ents)
        grades = [e for e in ents if e.label_ == "GRADE" and e._.grade is not None]
        if not grades:
            return doc
        taken = [(e.start_char, e.end_char) for e in ents]
        cands = []
        for hit in _TOXICITY.finditer(text):
            start, end = hit.start(1), hit.end(1)
            if any(a < end and start < b for a, b in taken):
                continue
            grade = next((g._.grade for g in grades if 0 <= start - g.end_char <= 3), None)
            span = doc.char_span(start, end)
            if grade is None or span is None:
                continue
            word = hit.group(1).lower()
            label = word[: -len(_PLURAL)] + _SINGULAR if word.endswith(_PLURAL) else word
            cands.append(Cand(span.start, span.end, "ADVERSE_EVENT",
                              {"grade": grade, "pref_label": label, "term_type": "adverse_event"}))
        add_entities(doc, cands)
        return doc


__all__ = ["ToxicityFinder", "SEVERITY", "GRADE_GAP_WORDS", "VERSION"]
