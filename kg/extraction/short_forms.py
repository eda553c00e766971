"""A drug's short form defined in one section, used in another.

``kg_abbreviations`` gives "enfortumab vedotin (EV)" its entity everywhere in the section that
defines it; a report often defines the short form in its abstract or introduction and uses it in
the case section ("EV 1.25 mg/kg ... was started"), which the pipeline reads as another doc. Here
the other sections' bare uses get the long form's drug; their status is judged by
``kg.extraction.context`` like any mention made after the NLP.
"""
from __future__ import annotations

import re

from kg.extraction.mentions import Mention, Sentence

# only drugs: a short form of a drug is what a therapy line names again and again
SHORT_FORM_LABELS = frozenset({"DRUG", "REGIMEN"})


def _defined_drugs(sdocs) -> dict[str, tuple[str, str, str]]:
    """short form -> (label, curie, preferred label) of the drugs the sections define."""
    out: dict[str, tuple[str, str, str]] = {}
    for sdoc in sdocs:
        abbreviations = getattr(sdoc._, "abbreviations", None) or []
        if not abbreviations:
            continue
        ents_by_end = {e.end: e for e in sdoc.ents}
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
            curie = ent._.curie
            if curie and short not in out:
                out[short] = (ent.label_, curie, ent._.pref_label or ent.text)
    return out


def add_short_form_drugs(sdocs, sentences: list[Sentence]) -> None:
    """Give every bare use of a drug's short form, in a section that does not define it, the drug."""
    defined = _defined_drugs(sdocs)
    if not defined:
        return
    pattern = re.compile(r"(?<![\w-])(" + "|".join(re.escape(k) for k in sorted(defined, key=len, reverse=True))
                         + r")(?![\w-])")
    for s in sentences:
        added = False
        for hit in pattern.finditer(s.text):
            start, end = s.start + hit.start(1), s.start + hit.end(1)
            if any(m.start < end and start < m.end for m in s.mentions):
                continue
            label, curie, pref = defined[hit.group(1)]
            s.mentions.append(Mention(label=label, text=hit.group(1), start=start, end=end, curie=curie,
                                      pref_label=pref, sentence=s, status=None))
            added = True
        if added:
            s.mentions.sort(key=lambda m: m.start)


__all__ = ["add_short_form_drugs"]
