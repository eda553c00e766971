"""Named regimens (FOLFOX, R-CHOP, VAC) -> the drugs given, from the pipeline's own term index."""
from __future__ import annotations

from kg.extraction.mentions import Mention
from kg.nlp.terms_index import TermIndex


def expand_regimen(m: Mention, terms: TermIndex) -> list[Mention]:
    """One DRUG mention per component, sharing the regimen's span and status."""
    return [Mention(label="DRUG", text=m.text, start=m.start, end=m.end, curie=tid, pref_label=label,
                    attrs={"term_type": "drug", "regimen": m.pref_label}, sentence=m.sentence, status=m.status)
            for tid, label in terms.regimen_drugs.get(m.curie or "", ())]
