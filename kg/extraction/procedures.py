"""Treatment procedures (surgery, radiotherapy with dose/fractions); diagnostic tests left out.
Cues: kg/rules/procedures.jsonl."""
from __future__ import annotations

from kg.extraction.mentions import Sentence, concept_of
from kg.extraction.dates import date_in
from kg.model import Procedure
from kg.rules import rules

_TEST_PROC = rules("procedures").pattern("TEST_PROCEDURE")


def procedures(narrative: list[Sentence]) -> list[Procedure]:
    out, seen = [], set()
    for s in narrative:
        for m in s.mentions:
            if m.label != "PROCEDURE" or m.status != "affirmed":
                continue
            pclass = s.terms.extra(m.curie, "procedure_class")
            if pclass == "test" or (pclass is None and _TEST_PROC.search(m.text)):
                continue  # diagnostics (NGS, IHC, imaging) are not treatments
            label, dose_gy, fractions = m.text, None, None
            for d in s.mentions:
                dose = d.attrs.get("dose") or {}
                if d.label == "DOSE" and str(dose.get("unit", "")).lower() == "gy" and abs(d.start - m.end) < 80:
                    dose_gy = dose.get("amount")
                    fractions = dose.get("fractions")
                    label = f"{m.text} {d.text}"
                    break
            date = date_in(s, near=m)
            k = (m.curie or m.text.lower(), date, dose_gy)
            if k in seen:
                continue
            seen.add(k)
            out.append(Procedure(concept=concept_of(m, "procedure"), label=label, date=date,
                                 dose_gy=float(dose_gy) if dose_gy is not None else None,
                                 fractions=int(fractions) if fractions else None, evidence=s.evidence_for(m)))
    return out


