"""A drug's, tumour's or adverse event's short form defined in one section, used in another.

``kg_abbreviations`` gives "enfortumab vedotin (EV)" its entity everywhere in the section that
defines it. A report often defines the short form in its abstract or introduction and uses it in
the case section ("EV 1.25 mg/kg ... was started"; "epithelioid haemangioendothelioma (EHE)" in the
background, "a biopsy confirmed EHE" in the case), which the pipeline reads as another doc:
:func:`short_form_uses` finds those bare uses (whole tokens no entity holds) in every section.
"""
from __future__ import annotations

from typing import NamedTuple

from kg.nlp.ents import ents_of

# drugs (a short form of a drug is what a therapy line names again and again), tumours (a rare tumour's
# short form, defined where the disease is introduced, is often all the case section calls the patient's tumour)
# and adverse events ("cytokine release syndrome (CRS)" in the abstract or introduction, "grade 2 CRS" in the case;
# "hand-foot syndrome (HFS)", "febrile neutropenia (FN)", session 33: an event's short form is often too ambiguous
# for the term lists, CRS is also cytoreductive surgery, and is an event only where the report defines it so)
SHORT_FORM_LABELS = frozenset({"DRUG", "REGIMEN", "TUMOR", "ADVERSE_EVENT"})
_LISTED_LABELS = frozenset({"DRUG", "REGIMEN"})


class ShortFormUse(NamedTuple):
    section: int        # index of the doc in the list given
    start: int          # character offsets in that doc's text
    end: int
    label: str
    curie: str
    pref_label: str


# what may stand between the drugs of a long form that lists them ("vincristine and dactinomycin (VA)")
_LIST_GAP = frozenset({",", "and", "plus", "with", "/", "+", "&", "-"})


def _listed(sdoc, ls: int, le: int, last) -> list:
    """The drug entities of a long form that lists two or more drugs joined by "and", commas, "plus"
    ("vincristine and dactinomycin (VA)", "gemcitabine plus docetaxel (GD)"): each is the short form's;
    [``last``] when the long form is one drug (or names anything besides drugs and joiners)."""
    if last.label_ not in _LISTED_LABELS:
        return [last]   # (a tumour's long form names one tumour)
    ents = [e for e in ents_of(sdoc) if ls <= e.start and e.end <= le and e.label_ in _LISTED_LABELS]
    if len(ents) < 2 or ents[-1].end != last.end or ents[0].start != ls:
        return [last]
    for a, b in zip(ents, ents[1:]):
        if not all(t.text.lower() in _LIST_GAP for t in sdoc[a.end:b.start]):
            return [last]
    return ents


def _defined(sdocs) -> dict[str, list[tuple[str, str, str]]]:
    """short form -> (label, curie, preferred label) of each drug (or the tumour) the sections define it as."""
    out: dict[str, list[tuple[str, str, str]]] = {}
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
            drugs = [(e.label_, e._.curie, e._.pref_label or e.text) for e in _listed(sdoc, ls, le, ent) if e._.curie]
            if drugs and short not in out:
                out[short] = drugs
    return out


def short_form_uses(sdocs) -> list[ShortFormUse]:
    """Bare uses of a drug's or tumour's short form that no entity holds, in every section (the defining one
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
                for label, curie, pref in defined[tok.text]:
                    out.append(ShortFormUse(k, tok.idx, tok.idx + len(tok.text), label, curie, pref))
    return out


__all__ = ["ShortFormUse", "short_form_uses"]
