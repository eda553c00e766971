"""A drug's short form defined in one section, used in another.

``kg_abbreviations`` gives "enfortumab vedotin (EV)" its entity everywhere in the section that
defines it. A report often defines the short form in its abstract or introduction and uses it in
the case section ("EV 1.25 mg/kg ... was started"), which the pipeline reads as another doc:
:func:`short_form_uses` finds those bare uses (whole tokens no entity holds) in every section.
"""
from __future__ import annotations

from typing import NamedTuple

from kg.nlp.ents import ents_of

# only drugs: a short form of a drug is what a therapy line names again and again
SHORT_FORM_LABELS = frozenset({"DRUG", "REGIMEN"})


class ShortFormUse(NamedTuple):
    section: int        # index of the doc in the list given
    start: int          # character offsets in that doc's text
    end: int
    label: str
    curie: str
    pref_label: str


def _defined(sdocs) -> dict[str, tuple[str, str, str]]:
    """short form -> (label, curie, preferred label) of the drugs the sections define."""
    out: dict[str, tuple[str, str, str]] = {}
    for sdoc in sdocs:
        abbreviations = getattr(sdoc._, "abbreviations", None) or []
        if not abbreviations:
            continue
        ents_by_end = {e.end: e for e in ents_of(sdoc)}
        for ab in abbreviations:
            if isinstance(ab, dict):
                short, ls, le = ab["short_text"], ab["long_start"], ab["long_end"]
            else:
                lf = ab._.long_form
                if lf is None:
                    continue
                short, ls, le = ab.text, lf.start, lf.end
            ent = ents_by_end.get(le)
            if ent is None or ent.start < ls or ent.label_ not in SHORT_FORM_LABELS or len(short) < 2:
                continue
            if ent._.curie and short not in out:
                out[short] = (ent.label_, ent._.curie, ent._.pref_label or ent.text)
    return out


def short_form_uses(sdocs) -> list[ShortFormUse]:
    """Bare uses of a drug's short form that no entity holds, in every section (the defining one
    included: ``kg_abbreviations`` has already linked its uses there, so none is left)."""
    defined = _defined(sdocs)
    if not defined:
        return []
    out = []
    for k, sdoc in enumerate(sdocs):
        held = {t.i for e in ents_of(sdoc) for t in e}
        for tok in sdoc:
            if tok.text in defined and tok.i not in held:
                nxt = sdoc[tok.i + 1] if tok.i + 1 < len(sdoc) else None
                if nxt is not None and not tok.whitespace_ and nxt.text in ("-", "/"):
                    continue  # "EV-302": a trial name, not the drug
                label, curie, pref = defined[tok.text]
                out.append(ShortFormUse(k, tok.idx, tok.idx + len(tok.text), label, curie, pref))
    return out


__all__ = ["ShortFormUse", "short_form_uses"]
