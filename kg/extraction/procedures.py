"""Treatment procedures (surgery, radiotherapy with dose/fractions); diagnostic tests left out.
Cues: kg/rules/procedures.jsonl."""
from __future__ import annotations

from kg.extraction.mentions import Sentence, concept_of
from kg.extraction.dates import date_in
from kg.model import Procedure
from kg.nlp.cues import Cue, label_is


def _generic_beside_specific(s: Sentence, m) -> bool:
    """ "stereotactic body radiation therapies (SBRT)": a generic radiotherapy/surgery mention beside
    a specific procedure of the same class in the sentence is the same event."""
    if not label_is(Cue.GENERIC_PROCEDURE, (m.pref_label or m.text).lower()):
        return False
    cls = s.terms.extra(m.curie, "procedure_class")
    return any(o is not m and o.label == "PROCEDURE" and o.status == "affirmed" and o.curie != m.curie
               and s.terms.extra(o.curie, "procedure_class") == cls
               and not label_is(Cue.GENERIC_PROCEDURE, (o.pref_label or o.text).lower()) for o in s.mentions)


def procedures(narrative: list[Sentence]) -> list[Procedure]:
    out, seen = [], set()
    for s in narrative:
        for m in s.mentions:
            if m.label != "PROCEDURE" or m.status != "affirmed":
                continue
            pclass = s.terms.extra(m.curie, "procedure_class")
            if pclass == "test" or (pclass is None and s.cue_in(Cue.TEST_PROCEDURE, m)):
                continue  # diagnostics (NGS, IHC, imaging) are not treatments
            label, dose_gy, fractions = m.text, None, None
            for d in s.mentions:
                dose = d.attrs.get("dose") or {}
                if d.label == "DOSE" and str(dose.get("unit", "")).lower() == "gy" and abs(d.start - m.end) < 80:
                    dose_gy = dose.get("amount")
                    fractions = dose.get("fractions")
                    label = f"{m.text} {d.text}"
                    break
            if _generic_beside_specific(s, m):
                continue
            date = date_in(s, near=m)
            concept = m.curie or m.text.lower()
            if (concept, date, dose_gy) in seen or (date is None and any(c == concept for c, _, _ in seen)):
                continue  # the same procedure again, or restated without a date
            seen.add((concept, date, dose_gy))
            out.append(Procedure(concept=concept_of(m, "procedure"), label=label, date=date,
                                 dose_gy=float(dose_gy) if dose_gy is not None else None,
                                 fractions=int(fractions) if fractions else None, evidence=s.evidence_for(m)))
    # in time order: an undated procedure keeps the place of the dated one before it
    last, keyed = "", []
    for i, p in enumerate(out):
        last = p.date or last
        keyed.append((last, i, p))
    return [p for _, _, p in sorted(keyed, key=lambda k: (k[0], k[1]))]
