"""The patient's diagnosis: the most specific tumor stated for them, revised diagnoses and
differentials left out. Cues: kg/rules/diagnosis.jsonl."""
from __future__ import annotations

import dataclasses
import re

from kg.extraction.mentions import Mention, Sentence, concept_of
from kg.model import Diagnosis
from kg.nlp.cues import Cue, label_has, label_match

# a word of the sentence, to look up "<organ> <tumor word>" among the term names (parsing, no cue)
_WORD = re.compile(r"[A-Za-z][\w/-]*")


def _is_generic_tumor(m: Mention) -> bool:
    """ "tumor", "cancer", "sarcoma" (OncoTree's "Sarcoma, NOS", labelled "Sarcoma")."""
    label = (m.pref_label or m.text).strip()
    return label_match(Cue.GENERIC_TUMOR, label) is not None


def _modifiers_before(m: Mention) -> str:
    """The type words written right before a generic tumor word ("T-cell large cell" lymphoma,
    "secretory" carcinoma), as written; course, extent and grade words end them (the
    TYPE_MODIFIER run kg_cues reads before the mention)."""
    s = m.sentence
    run = s.cue_before(Cue.TYPE_MODIFIER, m.start)
    return s.text[run.start - s.start:m.start - s.start].strip() if run else ""


def _specified(m: Mention) -> Mention:
    """A generic tumor word as the text specifies it: "adenocarcinoma" in "biopsy of the lung mass
    showed adenocarcinoma" is the term lung adenocarcinoma (an organ of its sentence names, with the
    word, a tumor term; not in a sentence about metastases); "carcinoma" in "secretory carcinoma"
    is that unlisted tumor (no id, the words as its label); "adenocarcinoma of the lung" is the
    term its words name (a site that names no term is left out: "sarcoma of the thigh" stays "sarcoma")."""
    if not _is_generic_tumor(m) or m.sentence is None or m.sentence.terms is None:
        return m
    s, names = m.sentence, m.sentence.terms.lower_names
    before, after = s.before(m), s.after(m)
    mods = _modifiers_before(m)
    site = s.cue_after(Cue.OF_SITE, m.end)
    if not s.cue_in(Cue.EXPANDABLE_HEAD, m):
        mods, site = "", None
    start = s.start + len(before.rstrip()) - len(mods) if mods else m.start
    end = site.end if site else m.end
    for end in (end, m.end):  # with its site when that names a term; its type words make a tumor anyway
        text = s.text[start - s.start:end - s.start]
        if text == m.text:
            break
        key = " ".join(text.lower().split())
        tid = names.get(key) or names.get(key.replace("-", " "))  # "large-cell" for "large cell"
        info = s.terms.info(tid) if tid else None
        if info is not None and info.type == "tumor":
            return dataclasses.replace(m, text=text, start=start, end=end, curie=info.id, pref_label=info.label)
        if mods and end == m.end:
            return dataclasses.replace(m, text=text, start=start, end=end, curie=None, pref_label=" ".join(text.split()))
    if s.cue(Cue.METASTATIC_SITE):
        return m
    word = m.text.lower()
    organs = {tid for w in _WORD.findall(before + " " + after)
              if (tid := names.get(f"{w.lower()} {word}")) and s.terms.info(tid).type == "tumor"}
    if len(organs) == 1:
        info = s.terms.info(organs.pop())
        return dataclasses.replace(m, curie=info.id, pref_label=info.label)
    return m


def _label(m: Mention) -> str:
    return (m.pref_label or m.text).strip().lower()


def refines(c: Mention, b: Mention) -> bool:
    """Is tumor ``c`` a more specific statement of tumor ``b``? (lung adenocarcinoma refines
    non-small cell lung cancer through OncoTree's main type; any named tumor refines a generic one;
    a subtype refines its organ-level cancer; "lung adenocarcinoma" refines "adenocarcinoma")."""
    if (c.curie or _label(c)) == (b.curie or _label(b)) or _is_generic_tumor(c):
        return False
    cl, bl = _label(c), _label(b)
    main_type = (c.sentence.terms.extra(c.curie, "main_type") or "").lower()
    return bool((main_type and main_type == bl and main_type != cl) or _is_generic_tumor(b)
                or (label_match(Cue.ORGAN_LEVEL, bl) and bl.split()[0] in cl.split())
                or (bl in cl and len(cl) > len(bl)))


def _new_primary(m: Mention) -> bool:
    return m.sentence.cue_before(Cue.NEW_PRIMARY, m.start) is not None


def _related(a: Mention, b: Mention) -> bool:
    return (a.curie or _label(a)) == (b.curie or _label(b)) or refines(a, b) or refines(b, a)


def _with_new_primaries(chosen: list[Mention], stated: list[Mention]) -> list[Mention]:
    """ "A year later, she developed acute myeloid leukemia": a tumor the patient developed that is
    unrelated to the chosen one is a second diagnosis. If the chosen one is itself such a later
    tumor (the latest statement wins ties), the first diagnosis comes back beside it."""
    if len(chosen) != 1:
        return chosen
    later = [m for m in stated if _new_primary(m)]
    first = chosen
    if chosen[0] in later or any(_related(chosen[0], m) for m in later):
        earlier = [m for m in stated if not _new_primary(m) and not _related(m, chosen[0])]
        first = earlier[:1] or chosen
    out = list(first)
    for m in later:
        if not any(_related(m, o) for o in out):
            out.append(m)
    return out


def _names(t: Mention, n: Mention) -> bool:
    """Does title tumor ``t`` name narrative tumor ``n`` (the same term, or a word of its label:
    the title's "T-cell lymphoma"/"lymphoma" names the narrative's "T-cell large cell lymphoma")?"""
    return bool((t.curie and t.curie == n.curie) or _label(t) in _label(n))


def _with_title_pair(chosen: list[Mention], title: list[Sentence], stated: list[Mention]) -> list[Mention]:
    """ "Coincident Kaposi sarcoma and T-cell lymphoma in a patient with ...": a title that names
    two or more different tumors names the patient's tumors; each the narrative states in a
    diagnosis sentence is a diagnosis beside the chosen one."""
    named = [m for s in title for m in s.mentions if m.label == "TUMOR" and m.status in ("affirmed", "literature")
             and not label_has(Cue.BENIGN_TUMOR, m.pref_label or m.text)]
    if len({m.curie or _label(m) for m in named}) < 2:
        return chosen
    out = list(chosen)
    for n in stated:
        if not _is_generic_tumor(n) and any(_names(t, n) for t in named) and not any(_related(n, o) for o in out):
            out.append(n)
    return out


def diagnoses(title: list[Sentence], narrative: list[Sentence], support: list[Sentence],
              refine_from: list[Sentence] = ()) -> list[Diagnosis]:
    """``title``: title sentences whose tumors are the patient's (case reports); ``refine_from``:
    title sentences that may only make the chosen diagnosis more specific."""
    def tumors(sents):
        return [_specified(m) for s in sents for m in s.mentions if m.label == "TUMOR" and m.status == "affirmed"
                and not label_has(Cue.BENIGN_TUMOR, m.pref_label or m.text) and not s.cue_after(Cue.NOT_A_DISEASE, m.end)
                and not s.cue_before(Cue.NOT_THIS_DIAGNOSIS, m.start)]

    def narrative_best() -> Mention | None:
        narr = [m for m in tumors(narrative)
                if not m.sentence.cue_before(Cue.REVISED, m.start)]
        diag = [m for m in narr if m.sentence.cue(Cue.DIAGNOSIS_CUE)]
        tiers = (diag, tumors(support), narr)
        # a named tumor anywhere beats "leukemia"/"cancer" in a diagnosis sentence
        pool = next((spec for t in tiers if (spec := [m for m in t if not _is_generic_tumor(m)])), None) \
            or diag or tiers[1] or narr
        if not pool:
            return None
        # the diagnosis the title names, then the most often stated one, the latest on ties
        # (earlier ones get revised)
        counts: dict[str, int] = {}
        for m in pool:
            counts[m.curie or m.text.lower()] = counts.get(m.curie or m.text.lower(), 0) + 1
        return max(pool, key=lambda m: (any(_names(t, m) for t in titled), counts[m.curie or m.text.lower()], m.start))

    titled = [m for s in [*title, *refine_from] for m in s.mentions if m.label == "TUMOR"
              and m.status in ("affirmed", "literature") and not _is_generic_tumor(m)]

    title_tumors = tumors(title)
    in_title = [m for m in title_tumors if not _is_generic_tumor(m)]
    best = narrative_best()
    if in_title:
        chosen = in_title
        # an organ-level title ("... Lung Cancer") gives way to the narrative's subtype of that organ
        organ = [m for m in in_title if label_match(Cue.ORGAN_LEVEL, m.pref_label or m.text)]
        if best is not None and len(organ) == len(in_title) and all(
                (m.pref_label or m.text).split()[0].lower() in (best.pref_label or best.text).lower() for m in organ):
            chosen = [best]
    else:
        # a patient whose tumor the case text never names has the report's subject tumor (the title's)
        chosen = [best] if best is not None else (
            title_tumors[:1] or [m for s in refine_from for m in s.mentions if m.label == "TUMOR"
                                 and m.status in ("affirmed", "literature") and not _is_generic_tumor(m)][:1])
    if len(chosen) == 1:
        # a more specific statement of the same tumor wins: the title's or a diagnosis sentence's
        # "lung adenocarcinoma" over the narrative's "NSCLC"
        stated = [m for s in [*title, *refine_from] for m in s.mentions if m.label == "TUMOR" and m.status in ("affirmed", "literature")
                  and not s.cue_after(Cue.NOT_A_DISEASE, m.end)]
        for c in stated + [m for m in tumors(narrative) if m.sentence.cue(Cue.DIAGNOSIS_CUE)]:
            if refines(c, chosen[0]):
                chosen = [c]
    chosen = _with_new_primaries(chosen, [m for m in tumors(narrative) if not _is_generic_tumor(m)])
    chosen = _with_title_pair(chosen, [*title, *refine_from], [m for m in tumors(narrative) if m.sentence.cue(Cue.DIAGNOSIS_CUE)])
    out, seen = [], set()
    for m in chosen:
        k = m.curie or (m.pref_label or m.text).lower()
        if k in seen or label_has(Cue.BENIGN_TUMOR, m.pref_label or m.text):  # also when a title or refinement named it
            continue
        seen.add(k)
        out.append(Diagnosis(concept=concept_of(m, "tumor"), evidence=m.sentence.evidence_for(m)))
    return out


