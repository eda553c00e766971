"""The patient's diagnosis: the most specific tumor stated for them, revised diagnoses and
differentials left out. Cues: kg/rules/diagnosis.jsonl."""
from __future__ import annotations

import dataclasses
import re

from kg.extraction.mentions import Mention, Sentence, concept_of
from kg.model import Concept, Diagnosis
from kg.nlp.assertion import Other, engine
from kg.nlp.cue_specs import pattern_of
from kg.nlp.cues import WORD, Cue, label_fullmatcher, label_has, label_is, label_match
from kg.nlp.fusion import fusion_site_tumors, fusion_tumors
from kg.nlp.terms_index import _ADJECTIVE_ORGANS, _ORGAN_ADJECTIVES, _SUB_SITE_ORGANS
from kg.rules import rules

# Parsing helpers (no cues): a tumor word without its "malignant", the possessive or space that
# glues a word to the tumor word after it, the two genes of a fusion's notation
_MALIGNANT = re.compile(r"^malignant\s+")
_ADJACENT = re.compile(r"(?:['’]s)?\s*")  # "non-Hodgkin's lymphoma": the word right before the tumor word
_GENE_SPLIT = re.compile(r"-|::")
# "pleomorphic (sarcomatoid)" right before a tumor word: a type word and its bracketed alternative (parsing)
_BRACKETED_TYPE = re.compile(r"(?<![\w-])([a-z][\w-]+)\s*\(\s*([a-z][\w-]+)\s*\)\s*$", re.I)
_MUTATION_KINDS = frozenset({"mutation", "mutated", "mutant"})
_SUBTYPES: dict[int, dict[str, list[tuple[str, frozenset[str]]]]] = {}


def _is_generic_tumor(m: Mention) -> bool:
    """ "tumor", "cancer", "sarcoma" (OncoTree's "Sarcoma, NOS", labelled "Sarcoma")."""
    label = (m.pref_label or m.text).strip()
    return label_match(Cue.GENERIC_TUMOR, label) is not None


def _tells_diagnosis(s: Sentence) -> bool:
    """Does sentence ``s`` state the patient's diagnosis: a diagnosis cue of its own ("biopsy showed", "diagnosed
    with", "Histology: ...") or a line under a heading that says its lines are the diagnosis (DIAGNOSIS_HEADING: a
    clinical note's "PRINCIPAL DIAGNOSIS", a pathology report's "Final diagnosis")?"""
    return s.cue(Cue.DIAGNOSIS_CUE) is not None or (
        s.section is not None and bool(s.section.title) and label_match(Cue.DIAGNOSIS_HEADING, s.section.title) is not None)


def _modifiers_before(m: Mention) -> str:
    """The type words written right before a generic tumor word ("T-cell large cell" lymphoma,
    "secretory" carcinoma), as written; course, extent and grade words end them (the
    TYPE_MODIFIER run kg_cues reads before the mention)."""
    s = m.sentence
    run = s.cue_before(Cue.TYPE_MODIFIER, m.start)
    return s.text[run.start - s.start:m.start - s.start].strip() if run else ""


def _specified(m: Mention, context: tuple[Sentence, ...] = ()) -> Mention:
    """A generic tumor word as the text specifies it: "adenocarcinoma" in "biopsy of the lung mass
    showed adenocarcinoma" is the term lung adenocarcinoma (an organ of its sentence names, with the
    word, a tumor term; not in a sentence about metastases); "carcinoma" in "secretory carcinoma"
    is that unlisted tumor (no id, the words as its label); "adenocarcinoma of the lung" is the
    term its words name (a site that names no term is left out: "sarcoma of the thigh" stays "sarcoma")."""
    if m.sentence is None or m.sentence.terms is None:
        return m
    if not _is_generic_tumor(m):
        typed = _typed_after(m)
        typed = _typed_organ_tumor(m) if typed is m else typed
        typed = _typed_short_form(m) if typed is m else typed
        # "a breast mass; core biopsy showed invasive ductal carcinoma": a histology term that names no organ
        # takes its sentence's organ as the generic words do (a term its organ word and its name make)
        # (and a histology term no organ binds, "small cell carcinoma", takes one from the work-up sentences: _organ_free)
        free = _organ_free(m)
        return _twin(typed if typed is not m or not m.curie
                     or not (free or label_match(Cue.SITE_TAKING_TUMOR, (m.pref_label or m.text).strip()))
                     else _organ_of_sentence(m, context if _head_unlabelled(m) or free else ()))
    s, names = m.sentence, m.sentence.terms.lower_names
    before, after = s.before(m), s.after(m)
    # "pleomorphic (sarcomatoid) carcinoma", "mucinous (colloid) carcinoma of the breast": a type word with another
    # in brackets names the tumor by either (the first that, with the site written after, names a term)
    alt = _BRACKETED_TYPE.search(before) if before.rstrip().endswith(")") else None
    if alt is not None:
        site = s.cue_after(Cue.OF_SITE, m.end)
        for word in alt.group(1, 2):
            for end in ((site.end, m.end) if site else (m.end,)):
                key = " ".join(f"{word} {s.text[m.start - s.start:end - s.start]}".lower().split())
                tid = names.get(key) or names.get(key.replace("-", " "))
                info = s.terms.info(tid) if tid else None
                if info is not None and info.type == "tumor":
                    return dataclasses.replace(m, text=s.text[alt.start():end - s.start], start=s.start + alt.start(),
                                               end=end, curie=info.id, pref_label=info.label)
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
        # ("a sigmoid adenocarcinoma": a part of an organ as the type word names the organ's tumor, colon adenocarcinoma)
        first, _, rest = key.partition(" ")
        if tid is None and rest and first in _SUB_SITE_ORGANS:
            tid = next((t for form in _organ_names(first)[1:] if (t := names.get(f"{form} {rest}"))), None)
        info = s.terms.info(tid) if tid else None
        if info is not None and info.type == "tumor":
            return dataclasses.replace(m, text=text, start=start, end=end, curie=info.id, pref_label=info.label)
        if mods and end == m.end:
            unlisted = dataclasses.replace(m, text=text, start=start, end=end, curie=None, pref_label=" ".join(text.split()))
            # "a mass in the left kidney ... histology showed clear cell carcinoma": the type words with an
            # organ of the case may name a term (renal clear cell carcinoma)
            return _with_fewer_type_words(unlisted, m, context) if context else unlisted
    # (the term the organ makes may take the subtype written after the word: "adenocarcinoma, acinar predominant")
    return _typed_after(_twin(_organ_of_sentence(m, context)))


# words that cannot open a shorter run of type words ("and papillary clear cell", "cell"; parsing)
_NO_RUN_START = frozenset({"and", "or", "cell", "type"})


def _with_fewer_type_words(unlisted: Mention, m: Mention, context: tuple[Sentence, ...]) -> Mention:
    """ "a cyst of the left ovary ... histology showed tubulocystic and papillary clear cell carcinoma": type words that
    name no term with the case's organ may end on a run that does ("clear cell carcinoma": ovarian clear cell carcinoma);
    the shorter runs are tried, the longest first, each with the organ. None: the words as written (the term names are
    the vocabulary; parsing, no cue)."""
    found = _organ_of_sentence(unlisted, context)
    if found.curie is not None:
        return found
    s, names = m.sentence, m.sentence.terms.lower_names
    for w in list(WORD.finditer(unlisted.text[:m.start - unlisted.start]))[1:]:
        if w.group(0).lower() in _NO_RUN_START:
            continue
        start = unlisted.start + w.start()
        text = s.text[start - s.start:m.end - s.start]
        key = " ".join(text.lower().split())
        tid = names.get(key) or names.get(key.replace("-", " "))
        info = s.terms.info(tid) if tid else None
        run = dataclasses.replace(unlisted, text=text, start=start, curie=info.id if info is not None and info.type == "tumor"
                                  else None, pref_label=info.label if info is not None and info.type == "tumor" else key)
        sited = _organ_of_sentence(run, context)
        if sited.curie is not None and sited.curie != run.curie:
            return sited
    return found


def _twin(m: Mention) -> Mention:
    """A tumor term that spells its organ as a noun ("nasopharynx carcinoma", a DO name with no NCIt id of
    its own) is the NCIt term that spells it as the adjective ("nasopharyngeal carcinoma"), when one does."""
    s = m.sentence
    if not m.curie or not m.curie.startswith("KG:") or not m.pref_label:
        return m
    organ, _, rest = m.pref_label.lower().partition(" ")
    for adjective in _ORGAN_ADJECTIVES.get(organ, ()) if rest else ():
        tid = s.terms.lower_names.get(f"{adjective} {rest}")
        info = s.terms.info(tid) if tid else None
        if info is not None and info.type == "tumor" and info.id.startswith("NCIT:"):
            return dataclasses.replace(m, curie=info.id, pref_label=info.label)
    return m


def _head_unlabelled(m: Mention) -> bool:
    """Does the text end a histology term on a generic word its label lacks ("mucinous adenocarcinoma" for the
    term Mucinous Carcinoma)? Only such a term takes an organ from the sentences before it (a term the text
    writes in full, "invasive ductal carcinoma", keeps its own); parsing, no cue."""
    written, label = m.text.lower().split(), (m.pref_label or "").lower().split()
    return bool(written and label) and written[-1] != label[-1] and _is_generic_tumor(
        dataclasses.replace(m, pref_label=written[-1]))


_ORGAN_COUNTS: dict[tuple[int, str], int] = {}


def _organ_free(m: Mention) -> bool:
    """Is ``m`` a histology term that names no organ and implies none: one the term names compose with two or more
    organs ("papillary carcinoma": papillary thyroid carcinoma, ovarian papillary carcinoma ...; "small cell
    carcinoma")? Such a histology in a diagnosis sentence takes its organ from the work-up sentences before it as a
    bare "carcinoma" does; one bound to a single organ ("invasive ductal carcinoma", "urothelial carcinoma") keeps
    its own id (the term names are the vocabulary; parsing, no cue)."""
    if m.curie is None or not _sited_nowhere(m):
        return False
    terms = m.sentence.terms
    key = (id(terms), m.curie)
    if key not in _ORGAN_COUNTS:
        found = {tid for head in {_label(m), " ".join(m.text.lower().split())} for organ in _ORGAN_ADJECTIVES
                 for form in (organ, *_ORGAN_ADJECTIVES[organ]) for name in _site_names(head, form)
                 if (tid := terms.lower_names.get(name)) and tid != m.curie and terms.info(tid).type == "tumor"}
        _ORGAN_COUNTS[key] = len(found)
    return _ORGAN_COUNTS[key] >= 2


def _organ_of_sentence(m: Mention, context: tuple[Sentence, ...] = ()) -> Mention:
    """The tumor term an organ word of the mention's sentence names with the mention's words ("lung" and
    "adenocarcinoma" in "biopsy of the lung mass showed adenocarcinoma"): the organ glued before the
    mention, or in a site role (ORGAN_AS_SITE), not in a sentence about metastases. A diagnosis sentence
    that names no organ takes the one organ the sentences just before it name in a site role ("CT showed a
    mass in the left kidney. ... Histology showed clear cell carcinoma": renal clear cell carcinoma);
    ``context``: the case's sentences."""
    organs = _organs_in(m, m.sentence)
    # (only for a case that names its tumor by no other term: not beside another named tumor, which the
    # histology words restate, "... renal cell carcinoma, a translocation carcinoma", or which a later sentence
    # names as the diagnosis)
    # (a carcinoma or adenocarcinoma only, as _sited_nowhere: a sarcoma's or lymphoma's organ is as often where it
    # spread)
    if not organs and context and any(w.endswith(_LOOKBACK_HEADS) for w in _tokens(f"{_label(m)} {m.text}")) and _tells_diagnosis(m.sentence) \
            and m.sentence.cue(Cue.METASTATIC_SITE) is None \
            and not any(o.label == "TUMOR" and o.status == "affirmed" and (o.end <= m.start or m.end <= o.start)
                        and not _is_generic_tumor(o) for s in (m.sentence, *context) for o in s.mentions):
        # (a histology only: an organ-level term, "liver carcinoma" for a bare "carcinoma", would stand in for the
        # tumor a later sentence names)
        workup = _workup_before(m.sentence, context)
        organs = {tid for s in workup for tid in _organs_in(m, s)
                  if not label_match(Cue.ORGAN_LEVEL, m.sentence.terms.info(tid).label.lower())}
        # a histology term no organ binds ("small cell carcinoma") takes the organ only when the work-up names one:
        # "a mass of the bladder wall and nodules in the lung ... small cell carcinoma" does not say which
        if organs and not _is_generic_tumor(m) and len({o for s in workup for o in _site_organs(s)}) > 1:
            organs = set()
    if len(organs) == 1:
        info = m.sentence.terms.info(organs.pop())
        return dataclasses.replace(m, curie=info.id, pref_label=info.label)
    return m


# the tumor words that take an organ from the sentences before: a carcinoma's, a mesothelioma's and a neuroendocrine
# tumour's organ is where it arose ("a mass in the tail of the pancreas ... a well-differentiated neuroendocrine
# tumour"; "pleural thickening ... epithelioid mesothelioma"), a sarcoma's or lymphoma's as often where it spread (parsing)
_LOOKBACK_HEADS = ("carcinoma", "mesothelioma", "neuroendocrine")

# sentences before a diagnosis sentence whose organ (in a site role) its histology may take (parsing)
_ORGAN_LOOKBACK = 3


def _site_organs(s: Sentence) -> set[str]:
    """The organs sentence ``s`` names in a site role ("a mass of the bladder wall", "nodules in the lung"), each by
    its noun: the words whose "<word> carcinoma" or "<word> cancer" is a tumor term (the term names are the
    vocabulary; parsing, no cue)."""
    names = s.terms.lower_names
    site_before, site_after = pattern_of(Cue.ORGAN_AS_SITE_BEFORE), pattern_of(Cue.ORGAN_AS_SITE_AFTER)
    out = set()
    for hit in WORD.finditer(s.text):
        word = hit.group(0).lower()
        if any((tid := names.get(f"{word} {head}")) and s.terms.info(tid).type == "tumor" for head in ("carcinoma", "cancer")) \
                and (site_before.search(s.text[:hit.start()]) or site_after.match(s.text[hit.end():])):
            out.add(_ADJECTIVE_ORGANS.get(word, word))
    return out


def _workup_before(s: Sentence, context: tuple[Sentence, ...]) -> list[Sentence]:
    """The case's sentences right before ``s`` that tell the work-up: up to _ORGAN_LOOKBACK of them, back to
    one that tells a treatment or its outcome (a DRUG or RESPONSE mention: "progressive disease in the liver"
    is where the tumor spread), not literature."""
    out = []
    for prev in sorted((c for c in context if c.index < s.index), key=lambda c: c.index, reverse=True):
        if len(out) == _ORGAN_LOOKBACK or prev.literature or any(o.label in ("DRUG", "RESPONSE") for o in prev.mentions):
            break
        out.append(prev)
    return out


def _organ_names(word: str) -> tuple[str, ...]:
    """An organ word and its other forms ("kidney", "renal"): tumor names spell the organ either way; a part of an
    organ ("sigmoid", "antrum": _SUB_SITE_ORGANS) is named by its organ's forms."""
    word = word.lower()
    organ = _SUB_SITE_ORGANS.get(word)
    if organ is not None:
        return (word, organ, *_ORGAN_ADJECTIVES.get(organ, ()))
    return (word, *_ORGAN_ADJECTIVES.get(word, ()), *((_ADJECTIVE_ORGANS[word],) if word in _ADJECTIVE_ORGANS else ()))


def _organs_in(m: Mention, s: Sentence) -> set[str]:
    """The tumor terms an organ word of sentence ``s`` names with the words of ``m`` (m's own sentence or
    one before it)."""
    names = s.terms.lower_names
    own = s is m.sentence
    # in a sentence about metastases an organ word is where the tumor spread, unless it names its origin
    metastatic = s.cue(Cue.METASTATIC_SITE) is not None
    # (in the mention's own sentence, the clause after a semicolon that follows it is another statement: "Prostate
    # biopsies showed acinar adenocarcinoma; staging showed multiple bone metastases" names the biopsy's organ; its
    # organ words are then read up to the semicolon only; parsing, no cue)
    limit = len(s.text)
    if own and metastatic:
        cut = s.text.find(";", m.end - s.start)
        if cut >= 0 and s.cue(Cue.METASTATIC_SITE).start - s.start > cut:
            metastatic, limit = False, cut
    words = {m.text.lower(), _MALIGNANT.sub("", m.text.lower())}  # "pleural" + "malignant mesothelioma"
    # a short form by its long form: "pancreatic NET" is pancreatic neuroendocrine tumor
    short = m.text.removesuffix("s")
    if m.pref_label and 2 <= len(short) <= 6 and short.isalpha() and short.isupper():
        words.add(m.pref_label.lower())
    if not own:
        # a sentence before the diagnosis (no tumor word of its own, so no ORGAN_AS_SITE hits): the rows read
        # around each organ word here; the organ in its adjective or noun form ("a mass in the left kidney":
        # renal); not where the tumor spread
        if metastatic:
            return set()
        site_before, site_after = pattern_of(Cue.ORGAN_AS_SITE_BEFORE), pattern_of(Cue.ORGAN_AS_SITE_AFTER)
        found = set()
        for hit in WORD.finditer(s.text):
            # the first form that names a term (a noun form's DO twin is its NCIt term: _twin)
            tid = next((tid for word in words for organ in _organ_names(hit.group(0))
                        if (tid := names.get(f"{organ} {word}")) and s.terms.info(tid).type == "tumor"), None)
            if tid and (site_before.search(s.text[:hit.start()]) or site_after.match(s.text[hit.end():])):
                found.add(tid)
        return found
    # "Rectum, 8 cm from the anal verge, biopsy: adenocarcinoma": the organ a pathology line opens with is the tumor's,
    # whatever other organ word the line holds (not a line about a metastasis: "Liver, ...: metastatic adenocarcinoma")
    line = s.cue_before(Cue.PATHOLOGY_LINE, m.start)
    if line is not None and line.value and not metastatic:
        # (the organ noun after a site word too: "Sigmoid colon, biopsy: adenocarcinoma" is colon adenocarcinoma)
        tid = next((tid for word in words for value in dict.fromkeys((line.value, line.value.split()[-1]))
                    for organ in _organ_names(value)
                    if (tid := names.get(f"{organ} {word}")) and s.terms.info(tid).type == "tumor"), None)
        if tid is not None:
            return {tid}
    # (the organ in its noun or adjective form: "prostate biopsies showed acinar adenocarcinoma" is prostatic acinar
    # adenocarcinoma, a term spelt with the adjective)
    # (a word of another tumor the sentence names, a histology with no organ of its own, is that tumor's type word, not
    # this one's site: "anaplastic carcinoma with a component of papillary carcinoma" gives the anaplastic carcinoma
    # no "papillary" organ; "pancreatic adenocarcinoma" still lends its organ)
    others = [(o.start - s.start, o.end - s.start) for o in s.mentions if o.label == "TUMOR"
              and (o.end <= m.start or o.start >= m.end) and _sited_nowhere(o)]
    found = {(tid, hit.group(0).lower() in _SUB_SITE_ORGANS) for hit in WORD.finditer(s.text)
             if not m.start - s.start <= hit.start() < m.end - s.start
             and hit.start() < limit and not any(a <= hit.start() < b for a, b in others)
             for word in words
            if (tid := next((t for organ in _organ_names(hit.group(0)) if (t := names.get(f"{organ} {word}"))
                             and s.terms.info(t).type == "tumor"), None))
            # the organ word glued to the tumor word is its own site even beside metastases
            # ("a pancreatic NET with liver metastases")
            and ((hit.end() <= m.start - s.start and _ADJACENT.fullmatch(s.text[hit.end():m.start - s.start]))
                 or ((not metastatic or s.cue_after(Cue.PRIMARY_ORIGIN, s.start + hit.end()))
                     and (s.cue_before(Cue.ORGAN_AS_SITE_BEFORE, s.start + hit.start())
                          or s.cue_after(Cue.ORGAN_AS_SITE_AFTER, s.start + hit.end()))))}
    # (a part of an organ, "sigmoid", names the site only when no organ word of the sentence does: "of colorectal
    # origin; colonoscopy then found a sigmoid primary" is the colorectal adenocarcinoma)
    named = {tid for tid, part in found if not part}
    return named or {tid for tid, _part in found}


def _typed_organ_tumor(m: Mention) -> Mention:
    """ "secretory carcinoma of the breast", "secretory breast carcinoma": an organ-level tumor term
    ("carcinoma of the breast" is Breast Carcinoma) with a type word or two written right before it
    is the term those words name with the organ ("breast secretory carcinoma"), when one does; the
    term names are the vocabulary (parsing, no cue)."""
    s, label = m.sentence, (m.pref_label or "").lower()
    if not m.curie or not label_match(Cue.ORGAN_LEVEL, label):
        return m
    organ, head = label.rsplit(" ", 1)
    # (an aside right before the mention that gives the type words another name is passed over: "small cell (oat
    # cell) carcinoma of the lung" is small cell lung cancer; parsing, no cue)
    before = s.text[:m.start - s.start].rstrip()
    glued = len(before)
    if before.endswith(")") and 0 < before.rfind("(") and ")" not in before[before.rfind("("):-1]:
        glued = before.rfind("(")
    words = list(WORD.finditer(s.text[:glued]))
    for k in (2, 1):
        run = words[-k:] if len(words) >= k else []
        # the words must end right before the mention (or its aside), one space apart
        if not run or s.text[run[-1].end():glued].strip():
            continue
        mods = " ".join(w.group(0).lower() for w in run)
        for h in {head, _SAME_WORD.get(head, head)}:
            for name in (f"{organ} {mods} {h}", f"{mods} {organ} {h}", f"{mods} {h} of the {organ}", f"{mods} {h} of {organ}"):
                tid = s.terms.lower_names.get(name)
                info = s.terms.info(tid) if tid else None
                if info is not None and info.type == "tumor" and info.id != m.curie:
                    start = s.start + run[0].start()
                    return dataclasses.replace(m, text=s.text[run[0].start():m.end - s.start], start=start,
                                               curie=info.id, pref_label=info.label)
    return m


# the spellings a subtype's words take in the term names ("germinal centre" is written "germinal center" there)
_BRITISH_SPELLING = (("centre", "center"), ("tumour", "tumor"), ("oesophag", "esophag"), ("leukaem", "leukem"))


def _subtype_names(name: str, subtype: str) -> tuple[str, ...]:
    """The ways a term name may join a tumor's name and its subtype words ("DLBCL" + "GCB": "GCB DLBCL",
    "DLBCL, GCB type", "DLBCL, GCB subtype"; parsing, no cue)."""
    return (f"{subtype} {name}", f"{name}, {subtype}", f"{name} {subtype}", f"{name}, {subtype} type",
            f"{name} {subtype} type", f"{name}, {subtype} subtype", f"{name} {subtype} subtype",
            f"{name}, {subtype} variant", f"{subtype} variant {name}", f"{subtype} type {name}",
            f"{name}, {subtype} predominant", f"{subtype}-predominant {name}", f"{subtype} predominant {name}")


def _typed_after(m: Mention) -> Mention:
    """ "DLBCL, GCB type", "papillary thyroid carcinoma, tall cell variant", "NSCLC of squamous histology": a tumor
    term with its subtype written after it (SUBTYPE_AFTER) is the term its name and the subtype words name together,
    when one does (the term names are the vocabulary); the mention then spans both."""
    s = m.sentence
    # (a CNS tumour's WHO grade after its name is such a subtype too: "astrocytoma, IDH-mutant, CNS WHO grade 2" names
    # Astrocytoma, IDH-Mutant, Grade 2)
    cue = (s.cue_after(Cue.SUBTYPE_AFTER, m.end) or s.cue_after(Cue.WHO_GRADE_AFTER, m.end)) if m.curie else None
    if cue is None or not cue.value:
        return m
    subtype = " ".join(cue.value.lower().split())
    for british, american in _BRITISH_SPELLING:
        subtype = subtype.replace(british, american)
    # as written ("DLBCL" takes the subtypes the names give DLBCL), and by the term it names: "adenocarcinoma" its
    # sentence made lung adenocarcinoma ("Lung, right lower lobe, biopsy: adenocarcinoma, acinar predominant")
    # (by the term's name only a subtype set off by a comma and with an NCIt id: a project-local OncoTree subtype,
    # "Pleural Mesothelioma, Epithelioid Type", is stated by the parent's id, as the gold conventions state a subtype
    # no NCIt id names; "adenocarcinoma of intestinal type" in a stomach stays stomach adenocarcinoma, as they do)
    written = " ".join(m.text.lower().split())
    # (a grade in brackets too: "IDH-mutant astrocytoma (WHO grade 3)")
    by_term = m.pref_label if s.text[m.end - s.start:cue.end - s.start].lstrip().startswith(",") \
        or cue.cue is Cue.WHO_GRADE_AFTER else None
    names = dict.fromkeys(" ".join(x.lower().split()) for x in (m.text, by_term or "") if x)
    for name, key in ((name, k) for name in names for k in _subtype_names(name, subtype)):
        tid = s.terms.lower_names.get(key) or s.terms.lower_names.get(key.replace("-", " "))
        info = s.terms.info(tid) if tid else None
        # (a grade names only an NCIt entity: OncoTree's local "Oligodendroglioma ..., Grade 3" is stated by the NCIt
        # term the name alone gives, as the gold conventions state it)
        if info is not None and info.type == "tumor" and info.id != m.curie \
                and (name == written and cue.cue is not Cue.WHO_GRADE_AFTER or info.id.startswith("NCIT:")):
            return dataclasses.replace(m, text=s.text[m.start - s.start:cue.end - s.start], end=cue.end,
                                       curie=info.id, pref_label=info.label)
    return m


def _typed_short_form(m: Mention) -> Mention:
    """ "an anaplastic PXA": a tumor written by its short form with a type word right before it is the term the type
    word names with the short form's long form ("anaplastic pleomorphic xanthoastrocytoma"), as when the text writes
    the name in full; not a course or extent word (NOT_TYPE_MODIFIER: "metastatic", "primary"); the term names are
    the vocabulary (parsing, no cue)."""
    s, short = m.sentence, m.text.removesuffix("s")
    if not m.curie or not m.pref_label or not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return m
    words = list(WORD.finditer(s.text[:m.start - s.start]))
    if not words or s.text[words[-1].end():m.start - s.start] != " ":
        return m
    word = words[-1].group(0).lower()
    if label_is(Cue.NOT_TYPE_MODIFIER, word):
        return m
    tid = s.terms.lower_names.get(f"{word} {m.pref_label.lower()}")
    info = s.terms.info(tid) if tid else None
    if info is None or info.type != "tumor" or info.id == m.curie:
        return m
    return dataclasses.replace(m, text=s.text[words[-1].start():m.end - s.start], start=s.start + words[-1].start(),
                               curie=info.id, pref_label=info.label)


def _subtypes(terms) -> dict[str, list[tuple[str, frozenset[str]]]]:
    """base tumor id -> its mutation-defined subtypes (term id, gene ids), read off the subtype
    terms' names (MOLECULAR_SUBTYPE: "AML with NPM1 Mutation" is the NPM1 subtype of what "AML"
    names). A subtype a fusion or rearrangement defines ("AML with RUNX1-RUNX1T1 Fusion") is left out
    here: the FUSION_SUBTYPE rows name the few WHO entities a fusion defines and the generic tumors they
    specify (``_defined_by_fusion``). Built once per term index."""
    got = _SUBTYPES.get(id(terms))
    if got is not None:
        return got
    got = {}
    # label_fullmatch(Cue.MOLECULAR_SUBTYPE, name), the same hits (kg.nlp.cues.label_fullmatcher): most of
    # the ~47k names hold none of the words the rule needs (" with ", "-mutated "), and the regex read
    # each of them at every start-up (~0.1 s of CPU)
    subtype = label_fullmatcher(Cue.MOLECULAR_SUBTYPE)
    for name, tid in terms.lower_names.items():
        hit = subtype(name)
        if not hit or terms.info(tid).type != "tumor":
            continue
        base, genes, kind = hit["base"] or hit["base2"], hit["genes"] or hit["genes2"], hit["kind"] or hit["kind2"]
        base_id = terms.lower_names.get(base) or terms.abbrevs.get(base.upper())
        gene_ids = frozenset(terms.gene_id(g.upper()) for g in _GENE_SPLIT.split(genes))
        if base_id is None or base_id == tid or None in gene_ids or len(gene_ids) > 1 \
                or (kind or "mutation") not in _MUTATION_KINDS:
            continue
        if (tid, gene_ids) not in got.setdefault(base_id, []):
            got[base_id].append((tid, gene_ids))
    _SUBTYPES[id(terms)] = got
    return got


def _mutated(sentences: list[Sentence], genes: frozenset[str]) -> bool:
    """Does the case state the gene mutated: GENE_MUTATED right before or after an affirmed
    mention of it ("an NPM1 type A mutation", "a mutation in the NPM1 gene"), or glued to its
    symbol ("NPM1-mutated")?"""
    terms = sentences[0].terms if sentences else None
    symbols = [terms.info(g).label for g in genes if terms is not None and terms.info(g)]
    # the tokenizer keeps "NPM1-mutated" whole, so no gene mention marks it: where the symbols stand
    # (known only once the subtype is chosen) is a name search; the cue after them is kg_cues'
    glued = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, symbols)) + r")(?=-)") if symbols else None
    for s in sentences:
        if glued is not None and any(s.cue_after(Cue.GENE_MUTATED_AFTER, s.start + hit.end())
                                     for hit in glued.finditer(s.text)):
            return True
        if any(g.label == "GENE" and g.status == "affirmed" and g.curie in genes
               and (s.cue_before(Cue.GENE_MUTATED_BEFORE, g.start) or s.cue_after(Cue.GENE_MUTATED_AFTER, g.end))
               for g in s.mentions):
            return True
    return False


def _molecular_subtype(m: Mention, sentences: list[Sentence]) -> Mention:
    """ "AML ... molecular testing showed an NPM1 type A mutation": the tumor is its subtype term
    "AML with NPM1 Mutation" when the case states the subtype's mutation."""
    if m.curie is None or m.sentence is None or m.sentence.terms is None:
        return m
    for tid, genes in _subtypes(m.sentence.terms).get(m.curie, ()):
        if _mutated(sentences, genes):
            info = m.sentence.terms.info(tid)
            return dataclasses.replace(m, curie=info.id, pref_label=info.label)
    return m


def _marker_subtype_table() -> dict[str, list[tuple[frozenset[str], str]]]:
    """MARKER_SUBTYPE rows: a generic entity's label -> [(the markers any of which defines its subtype, the subtype's id)]."""
    out: dict[str, list[tuple[frozenset[str], str]]] = {}
    for row in rules("diagnosis").rows("MARKER_SUBTYPE"):
        for name in row.words:
            out.setdefault(name.lower(), []).append((frozenset(row.fields["markers"]), row.fields["subtype"]))
    return out


_MARKER_SUBTYPES = _marker_subtype_table()
# TUMOR_MARKER row id -> the marker it states
_MARKER_OF_ROW = {row.id: row.fields["marker"] for row in rules("diagnosis").rows("TUMOR_MARKER")}


def _marker_subtype(m: Mention, sentences: list[Sentence]) -> Mention:
    """ "an oligodendroglioma ... sequencing found an IDH1 R132H mutation and 1p/19q codeletion": a generic entity of a
    MARKER_SUBTYPE row is the WHO entity the row's markers define when the case states one of them (TUMOR_MARKER rows),
    not in a sentence of the literature."""
    table = _MARKER_SUBTYPES.get(_label(m))
    if not table or m.sentence is None or m.sentence.terms is None:
        return m
    stated = {_MARKER_OF_ROW.get(hit.rule) for s in sentences if not s.literature for hit in s.cues(Cue.TUMOR_MARKER)}
    for markers, subtype in table:
        info = m.sentence.terms.info(subtype)
        if info is not None and markers & stated:
            return dataclasses.replace(m, curie=info.id, pref_label=info.label)
    return m


def _histology_subtype_table() -> dict[str, list[tuple[frozenset[str], tuple[str, ...], str]]]:
    """HISTOLOGY_SUBTYPE rows: an entity named by its site's name (primary CNS lymphoma) -> [(the histology term ids,
    the histology's words, the id of the entity of that site and histology)]."""
    out: dict[str, list[tuple[frozenset[str], tuple[str, ...], str]]] = {}
    for row in rules("diagnosis").rows("HISTOLOGY_SUBTYPE"):
        for name in row.words:
            out.setdefault(name.lower(), []).append((frozenset(row.fields["histologies"]),
                                                     tuple(w.lower() for w in row.fields["histology_words"]),
                                                     row.fields["subtype"]))
    return out


_HISTOLOGY_SUBTYPES = _histology_subtype_table()
_HISTOLOGY_REACH = 30  # characters after a site-named entity where its histology may be written (parsing)


def _histology_subtype(m: Mention, sentences: list[Sentence]) -> tuple[Mention, frozenset[str]]:
    """ "primary CNS lymphoma ... biopsy showed a diffuse large B-cell lymphoma", "primary CNS DLBCL": an entity named
    by its site (HISTOLOGY_SUBTYPE rows) whose histology the case states (a tumor mention of the histology, not in
    the literature, or the histology's words inside the name as written) is the entity of that site and histology;
    the histology ids it absorbed come back too (the histology is no second diagnosis)."""
    if m.sentence is None or m.sentence.terms is None:
        return m, frozenset()
    stated = [t for s in sentences if not s.literature for t in s.mentions if t.label == "TUMOR" and t.status == "affirmed"]
    # the name as written and the words right after it ("PCNSL of diffuse large B-cell type", "PCNSL (DLBCL)")
    written = m.sentence.text[m.start - m.sentence.start:m.end - m.sentence.start + _HISTOLOGY_REACH].lower()
    for site_name, rows in _HISTOLOGY_SUBTYPES.items():
        for histologies, words, subtype in rows:
            info = m.sentence.terms.info(subtype)
            if info is None:
                continue
            if _label(m) == site_name and ({t.curie for t in stated} & histologies or any(w in written for w in words)):
                return dataclasses.replace(m, curie=info.id, pref_label=info.label), histologies
            # "biopsy showed a diffuse large B-cell lymphoma ... primary CNS lymphoma was treated": the histology
            # chosen, the site's entity stated too
            if m.curie in histologies and any(_label(t) == site_name for t in stated):
                return dataclasses.replace(m, curie=info.id, pref_label=info.label), histologies
    return m, frozenset()


def _fusion_pairs(sentences: list[Sentence]) -> list[tuple[str, ...]]:
    """The gene symbols of each of the case's own fusions, 5' first (one symbol for a partner-less "KMT2A
    rearrangement"), in text order."""
    out: list[tuple[str, ...]] = []
    for s in sentences:
        for g in s.mentions:
            f = g.attrs.get("fusion") or {}
            # the title's fusion ("... in NPM1::ALK anaplastic large cell lymphoma: three children") is
            # every patient's of the report
            title = s.section.kind == "title" and g.status == "literature"
            if g.label != "FUSION" or (g.status != "affirmed" and not title) or f.get("not_patient"):
                continue
            pair = tuple(symbol for side in ("five_prime", "three_prime") if (symbol := (f.get(side) or {}).get("label")))
            if pair and pair not in out:
                out.append(pair)
    return out


def _fusion_genes(sentences: list[Sentence]) -> list[str]:
    """The gene symbols of the case's own fusions (either partner), in text order."""
    out: list[str] = []
    for pair in _fusion_pairs(sentences):
        out.extend(symbol for symbol in pair if symbol not in out)
    return out


def _fusion_subtype_table() -> dict[str, list[tuple[frozenset[str], str]]]:
    """FUSION_SUBTYPE rows: a generic entity's name -> [(the genes of its defining fusion, the entity's id)]."""
    out: dict[str, list[tuple[frozenset[str], str]]] = {}
    for row in rules("diagnosis").rows("FUSION_SUBTYPE"):
        for name in row.words:
            out.setdefault(name.lower(), []).append((frozenset(row.fields["genes"]), row.fields["subtype"]))
    return out


_FUSION_SUBTYPES = _fusion_subtype_table()


def _defined_by_fusion(m: Mention, sentences: list[Sentence]) -> Mention:
    """ "acute myeloid leukaemia ... RT-PCR detected RUNX1-RUNX1T1", "B-ALL with t(12;21)": a generic entity is the
    WHO entity its defining fusion names (FUSION_SUBTYPE rows: AML with RUNX1::RUNX1T1, B-ALL with ETV6::RUNX1, B-ALL
    with a KMT2A rearrangement ...) when one fusion of the patient's tumour holds the row's genes."""
    table = _FUSION_SUBTYPES.get(_label(m))
    if not table or m.sentence is None or m.sentence.terms is None:
        return m
    pairs = _fusion_pairs(sentences)
    for genes, subtype in table:
        info = m.sentence.terms.info(subtype)
        if info is not None and any(genes <= set(pair) for pair in pairs):
            return dataclasses.replace(m, curie=info.id, pref_label=info.label)
    return m


def _fusion_subtype(m: Mention, sentences: list[Sentence]) -> Mention:
    """ "NPM1::ALK anaplastic large cell lymphoma", "ALCL ... RT-PCR showed NPM1-ALK": a tumor whose
    "<GENE>-positive" subtype is a term ("ALK-Positive Anaplastic Large-Cell Lymphoma") is that subtype
    when the case states a fusion of the gene (the term names are the vocabulary; parsing, no cue); a
    generic entity of a FUSION_SUBTYPE row is the entity its defining fusion names (``_defined_by_fusion``)."""
    if m.curie is None or m.sentence is None or m.sentence.terms is None:
        return m
    defined = _defined_by_fusion(m, sentences)
    if defined is not m:
        return defined
    terms = m.sentence.terms
    base = (m.pref_label or m.text).strip().lower()
    for gene in _fusion_genes(sentences):
        for name in (f"{gene.lower()}-positive {base}", f"{gene.lower()} positive {base}"):
            tid = terms.lower_names.get(name)
            info = terms.info(tid) if tid else None
            if info is not None and info.type == "tumor" and info.id != m.curie:
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
    # OncoTree's main type "Colorectal Cancer" is the term "Colorectal Carcinoma"
    return bool((main_type and _tokens(main_type) == _tokens(bl) and _tokens(main_type) != _tokens(cl))
                or _is_generic_tumor(b)
                # (an organ's sarcoma, lymphoma or melanoma is another tumor of the organ, not its carcinoma stated more
                # specifically: a radiation-associated angiosarcoma after breast cancer)
                or (label_match(Cue.ORGAN_LEVEL, bl) and not label_has(Cue.NON_EPITHELIAL, cl)
                    and (bl.split()[0] in cl.split() or _named_with(c, bl.split()[0])))
                or (len(cl) > len(bl) and _within_label(bl, cl)) or _words_within(b, c))


def _most_specific(c: Mention, others: list[Mention]) -> Mention:
    """``c``, or the statement among ``others`` that refines it, and so on: the most specific statement of the tumor."""
    for _ in others:
        d = next((d for d in others if refines(d, c) and not refines(c, d)), None)
        if d is None:
            break
        c = d
    return c


def _within_label(part: str, label: str) -> bool:
    """Is ``part`` a whole phrase of ``label`` (two term labels; parsing, no cue)?"""
    return re.search(rf"(?<![\w-]){re.escape(part)}\b", label) is not None


_BESIDE = 6  # characters between a tumor and a histology written right after it (" (", " of the "; parsing)
_TOKEN = re.compile(r"[a-z0-9]+")  # the words of a name, to compare names word by word (parsing)
_SAME_WORD = {"cancer": "carcinoma", "tumour": "tumor", "leukaemia": "leukemia", "haemangioma": "hemangioma"}
_NEGATING = frozenset({"non", "not", "no", "without", "negative", "free"})
_NAME_TOKENS: dict[int, dict[str, list[frozenset[str]]]] = {}


def _tokens(text: str) -> frozenset[str]:
    return frozenset(_SAME_WORD.get(w, w) for w in _TOKEN.findall(text.lower()))


def _name_tokens(c: Mention) -> list[frozenset[str]]:
    """The words of each name of ``c``'s term (its label and synonyms)."""
    terms = c.sentence.terms if c.sentence is not None else None
    if terms is None or c.curie is None:
        return []
    names = _NAME_TOKENS.get(id(terms))
    if names is None:
        names = _NAME_TOKENS[id(terms)] = {}
        for name, tid in terms.lower_names.items():
            names.setdefault(tid, []).append(_tokens(name))
    return names.get(c.curie, [])


def _named_with(c: Mention, word: str) -> bool:
    """Does a name of ``c``'s term hold ``word``? ("gastric adenocarcinoma", a synonym of Stomach Adenocarcinoma,
    names the organ of "gastric cancer")."""
    return any(word in n for n in _name_tokens(c))


def _words_within(b: Mention, c: Mention) -> bool:
    """ "serous carcinoma" (the words the text wrote, a term of their own) is stated more specifically
    by a tumor one of whose names holds all these words and more ("high-grade serous ovarian
    carcinoma")."""
    written = _tokens(b.text)
    # "non-small cell lung cancer" holds every word of "small cell lung cancer" and is another tumor
    return len(written) >= 2 and any(written < n and not (n - written) & _NEGATING for n in _name_tokens(c))


def _histology_of(m: Mention, site: Mention, any_histology: bool = False) -> Mention | None:
    """A generic histology word ("adenocarcinoma", "squamous cell carcinoma") of the case read with
    an organ word of the tumor ``site`` names ("non-small cell lung cancer": "lung") when the two
    name a tumor term: "lung adenocarcinoma". ``any_histology``: also a histology term that is not
    a generic word ("Squamous Cell Carcinoma"), whose name with the organ word is a term."""
    s = m.sentence
    if s is None or s.terms is None or site.sentence is None:
        return None
    heads = [_label(m)]
    # "mucinous adenocarcinoma" (the term "Mucinous Carcinoma"): the words as written compose with the organ too
    # ("colon mucinous adenocarcinoma")
    written = " ".join(m.text.lower().split())
    if any_histology and m.curie is not None and written not in heads:
        heads.append(written)
    # "acinar adenocarcinoma": a generic word its type words made an unlisted tumor (no id) is read
    # with the organ as its generic word ("prostate adenocarcinoma") when the type words and the
    # organ name no term together
    word = heads[0].rsplit(" ", 1)[-1]
    widened = m.curie is None and word != heads[0] and label_match(Cue.GENERIC_TUMOR, word) is not None
    if widened:
        heads.append(word)
    elif not (any_histology or _is_generic_tumor(m)):
        return None
    for head in heads:
        # (the organ in its noun or adjective form: "prostate" + "acinar adenocarcinoma" is prostatic acinar adenocarcinoma)
        for word in _TOKEN.findall((site.pref_label or site.text).lower()):
            tid = s.terms.lower_names.get(f"{word} {head}")
            info = s.terms.info(tid) if tid else None
            if info is not None and info.type == "tumor" and info.id != m.curie:
                return dataclasses.replace(m, curie=info.id, pref_label=info.label)
    return None


def _site_names(head: str, organ: str) -> tuple[str, ...]:
    """The names a histology and an organ word compose into ("adenocarcinoma" + "pancreatic": "pancreatic
    adenocarcinoma"; "papillary carcinoma" + "thyroid": "papillary thyroid carcinoma", "papillary carcinoma
    of the thyroid"): looked up among the term names, which are the vocabulary (parsing, no cue)."""
    words = head.split()
    inserted = (" ".join([*words[:-1], organ, words[-1]]),) if len(words) > 1 else ()
    return (f"{organ} {head}", *inserted, f"{head} of the {organ}", f"{head} of {organ}")


def _site_composed(m: Mention, organ: str) -> set[str]:
    """The tumor terms histology ``m`` names with ``organ`` (a word of the text) that state ``m`` more specifically."""
    s, out = m.sentence, set()
    for head in {_label(m), " ".join(m.text.lower().split())}:
        for h in {head, " ".join(_SAME_WORD.get(w, w) for w in head.split())}:
            for name in _site_names(h, organ):
                tid = s.terms.lower_names.get(name)
                info = s.terms.info(tid) if tid else None
                if info is not None and info.type == "tumor" and info.id != m.curie:
                    out.add(tid)
    return out


def _sited_nowhere(m: Mention) -> bool:
    """Is ``m`` a histology with no organ of its own: a generic word a type may follow ("adenocarcinoma",
    "carcinoma"; EXPANDABLE_HEAD), or a term OncoTree places in no tissue (or "Other") whose label says
    nothing the text did not write ("papillary carcinoma", "small cell carcinoma"; not "mucoepidermoid
    carcinoma" read as the term "salivary gland mucoepidermoid carcinoma", nor "neuroblastoma")?"""
    s = m.sentence
    # a carcinoma only: a sarcoma's or lymphoma's organ word is as often where it spread ("a thigh mass
    # and lung nodules ... sarcoma") and their gold keeps the histology
    if "carcinoma" not in _tokens(f"{_label(m)} {m.text}"):
        return False
    if _is_generic_tumor(m):
        return s.cue_in(Cue.EXPANDABLE_HEAD, m) is not None
    if m.curie is None or (s.terms.extra(m.curie, "tissue") or "Other") != "Other":
        return False
    return _tokens(_label(m)) <= _tokens(m.text) | {"malignant"}


def _keeps_organ() -> frozenset[str]:
    """The ids of the NEW_PRIMARY rows whose new tumor keeps the first one's organ (``keeps_organ``: a transformation)."""
    return frozenset(r.id for c in ("NEW_PRIMARY", "NEW_PRIMARY_AFTER") for r in rules("diagnosis").rows(c)
                     if r.fields.get("keeps_organ"))


def _transformed_site(chosen: list[Mention]) -> list[Mention]:
    """ "lung adenocarcinoma ... a rebiopsy showed transformation to small cell carcinoma": a histology with
    no organ of its own that a tumor of the case transformed into (a NEW_PRIMARY or NEW_PRIMARY_AFTER row
    marked ``keeps_organ``) keeps that tumor's organ: the term it names with an organ word of the first
    diagnosis ("lung": small cell lung cancer), when exactly one does."""
    if len(chosen) < 2:
        return chosen
    out = list(chosen)
    for k, m in enumerate(chosen[1:], 1):
        s = m.sentence
        if s is None or s.terms is None or not _sited_nowhere(m):
            continue
        hits = (s.cue_before(Cue.NEW_PRIMARY, m.start), s.cue_after(Cue.NEW_PRIMARY_AFTER, m.end))
        if not any(h is not None and h.rule in _keeps_organ() for h in hits) and _named_transformation(m) is None:
            continue
        found = {}
        for word in _TOKEN.findall(_label(chosen[0])):
            for tid in _site_composed(m, word):
                info = s.terms.info(tid)
                c = dataclasses.replace(m, curie=info.id, pref_label=info.label)
                if refines(c, m):
                    found[tid] = c
        if len(found) == 1:
            out[k] = next(iter(found.values()))
    return out


def _new_primary(m: Mention) -> bool:
    s = m.sentence
    return s.cue_before(Cue.NEW_PRIMARY, m.start) is not None or s.cue_after(Cue.NEW_PRIMARY_AFTER, m.end) is not None \
        or _named_transformation(m) is not None


def _named_transformation(m: Mention):
    """ "a liver biopsy showed small cell carcinoma ...: small-cell transformation of the adenocarcinoma": the
    transformation named later in the sentence by histology words that the tumor's own name holds
    (TRANSFORMATION_NAMED; "squamous transformation" names a squamous cell carcinoma, not the adenocarcinoma
    it came from)."""
    s = m.sentence
    name = " " + " ".join((_label(m) + " " + m.text.lower()).replace("-", " ").split()) + " "
    for hit in s.cues(Cue.TRANSFORMATION_NAMED, m.end):
        kind = " ".join((hit.value or "").lower().replace("-", " ").split())
        # (a neuroendocrine transformation is most often told by its small cell carcinoma)
        if kind and any(f" {k} " in name for k in ((kind, "small cell") if kind == "neuroendocrine" else (kind,))):
            return hit
    return None


def _precursor(m: Mention, s: Sentence) -> bool:
    """ "anaplastic thyroid carcinoma arising from papillary carcinoma": a tumor the sentence names as
    the precursor (or background) of a tumor it named before it is not stated as the diagnosis."""
    return s.cue_before(Cue.PRECURSOR, m.start) is not None and any(
        o.label == "TUMOR" and o.end <= m.start for o in s.mentions)


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
        # (a generic histology named as the transformation is no vaguer name of the first tumor: "squamous cell
        # carcinoma ..., consistent with squamous transformation" of a lung adenocarcinoma)
        named = _named_transformation(m) is not None and _is_generic_tumor(m)
        if not any((m.curie or _label(m)) == (o.curie or _label(o)) if named else _related(m, o) for o in out):
            out.append(m)
    return out


def _title_tumors_as_told(chosen: list[Mention], told: list[Mention], narrative: list[Sentence]) -> list[Mention]:
    """ "Acute megakaryoblastic leukaemia after a mediastinal germ cell tumour" over a case that tells "a primary
    mediastinal nonseminomatous germ cell tumour": each of the title's tumors is the case's more specific statement of
    it, when the case makes one (as for a title's one tumor; one that is no other title tumor's, nor a first reading
    the case revised)."""
    out = list(chosen)
    for k, m in enumerate(out):
        for c in told:
            if refines(c, m) and not any(_related(c, o) for j, o in enumerate(out) if j != k) \
                    and not c.sentence.cue_before(Cue.REVISED, c.start) and not _revised_later(c, narrative):
                out[k] = m = c
    return out


def _earlier_primary(m: Mention) -> bool:
    s = m.sentence
    return s.cue_before(Cue.EARLIER_PRIMARY, m.start) is not None or s.cue_after(Cue.EARLIER_PRIMARY_AFTER, m.end) is not None


def _past_tumor(m: Mention) -> bool:
    """ "a history of prostate cancer", "prior breast carcinoma": a tumor of the patient's past (PAST_TUMOR)."""
    return m.sentence.cue_before(Cue.PAST_TUMOR, m.start) is not None


def _with_earlier_primaries(chosen: list[Mention], stated: list[Mention]) -> list[Mention]:
    """ "He had been treated for a Wilms tumour at the age of 4", "a survivor of
    childhood Wilms tumour": an earlier cancer of the patient's history, unrelated to the chosen
    tumors, is a diagnosis beside them (EARLIER_PRIMARY); it never takes the present tumor's place."""
    if not chosen:
        return chosen
    out = list(chosen)
    for m in stated:
        if _earlier_primary(m) and not any(_related(m, o) for o in out):
            out.append(m)
    return out


def _names(t: Mention, n: Mention) -> bool:
    """Does title tumor ``t`` name narrative tumor ``n`` (the same term, or a word of its label:
    the title's "T-cell lymphoma"/"lymphoma" names the narrative's "T-cell large cell lymphoma")?"""
    return bool((t.curie and t.curie == n.curie) or _label(t) in _label(n))


def _with_title_pair(chosen: list[Mention], title: list[Sentence], stated: list[Mention]) -> list[Mention]:
    """ "Coincident Kaposi sarcoma and T-cell lymphoma in a patient with ...": a title that names
    two or more different tumors names the patient's tumors; each the narrative states in a
    diagnosis sentence is a diagnosis beside the chosen one. A tumor the title says its subject was taken for
    ("... first diagnosed as papillary carcinoma", EXCLUDED_TITLE) names none of them."""
    mimicked = mimicked_in_title(title)
    named = [(m, s.cue_before(Cue.REVISED, m.start) is not None) for s in title for m in s.mentions
             if m.label == "TUMOR" and m.status in ("affirmed", "literature") and m not in mimicked
             and not label_has(Cue.BENIGN_TUMOR, m.pref_label or m.text)]
    if len({m.curie or _label(m) for m, _ in named}) < 2:
        return chosen
    out = list(chosen)
    for n in stated:
        naming = [revised for t, revised in named if _names(t, n)]
        # "... ALCL in a young adult initially diagnosed with Hodgkin lymphoma" / "initially reported as
        # classic Hodgkin lymphoma": a tumor both the title and the case tell as the first impression
        # (REVISED) is not a second diagnosis
        if naming and all(naming) and n.sentence.cue_before(Cue.REVISED, n.start):
            continue
        if not _is_generic_tumor(n) and naming and not any(_related(n, o) for o in out):
            out.append(n)
    return out


def _with_introduced_patients(chosen: list[Mention], narrative_tumors: list[Mention]) -> list[Mention]:
    """ "in a 5-year-old girl with acute lymphoblastic leukemia and a 57-year-old man with lymphoblastic
    lymphoma": a story that introduces two or more patients by their age and tumor (PATIENT_WITH)
    without case headings has each one's tumor as a diagnosis."""
    introduced: dict[int, Mention] = {}
    for m in narrative_tumors:
        s = m.sentence
        # the mention as recognised (its type words may have widened it to the left)
        start = next((r.start for r in s.mentions if r.label == "TUMOR" and r.end == m.end), m.start)
        ages = [a for a in s.mentions if a.label == "AGE_SEX" and a.end <= start]
        if ages and s.cue_between(Cue.PATIENT_WITH, ages[-1].end, start):
            introduced.setdefault(ages[-1].start, m)
    if len(introduced) < 2:
        return chosen
    out = list(chosen)
    # two patients' tumors are two diagnoses even when one name holds the other's words
    # ("acute lymphoblastic leukemia", "lymphoblastic lymphoma"); only the same tumor is one
    keys = {o.curie or _label(o) for o in out}
    for m in introduced.values():
        if not _is_generic_tumor(m) and (m.curie or _label(m)) not in keys:
            out.append(m)
            keys.add(m.curie or _label(m))
    return out



def _with_introducing_tumor(chosen: list[Mention], narrative_tumors: list[Mention],
                            narrative: list[Sentence] = ()) -> list[Mention]:
    """ "A 70-year-old man with chronic lymphocytic leukaemia developed enlarging nodes; biopsy showed diffuse
    large B-cell lymphoma": the named tumor the story introduces its one patient with (age, PATIENT_WITH) is a
    diagnosis of the patient beside an unrelated one found later (a transformation, a second cancer)."""
    if len(chosen) != 1:
        return chosen
    for m in narrative_tumors:
        s = m.sentence
        start = next((r.start for r in s.mentions if r.label == "TUMOR" and r.end == m.end), m.start)
        ages = [a for a in s.mentions if a.label == "AGE_SEX" and a.end <= start]
        if not (ages and s.cue_between(Cue.PATIENT_WITH, ages[-1].end, start)):
            continue
        # (a tumor of the patient's past, "a woman with prior breast carcinoma", is EARLIER_PRIMARY's question)
        if _is_generic_tumor(m) or s.cue_before(Cue.REVISED, m.start) or _past_tumor(m) \
                or _revised_later(m, list(narrative)) \
                or any(_related(m, o) for o in chosen) or m.start >= chosen[0].start or _apposed(m, chosen[0]):
            return chosen
        return [*chosen, m]
    return chosen


def _apposed(a: Mention, b: Mention) -> bool:
    """Is tumor ``b`` written right after ``a`` as another name of it, in brackets or in apposition (APPOSITION rows:
    "nephroblastoma (Wilms tumour)", "a low-grade glioma, a pilocytic astrocytoma")?"""
    s = a.sentence
    return b.sentence is s and a.end <= b.start and s.cue_between(Cue.TUMOR_APPOSITION, a.end, b.start) is not None


# an aside opened right after a mention or its site ("carcinosarcoma of the ovary (...)"; parsing, no cue)
_ASIDE_OPEN = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*[(:]")


def _component_spans(s: Sentence) -> set[tuple[int, int]]:
    """ "a mixed germ cell tumour (embryonal carcinoma 60%, teratoma 30%, yolk sac tumour 10%)", "mixed
    germ cell tumour: 60% embryonal carcinoma, 30% teratoma": an aside (or a colon's list) right after a
    tumor mention that names two or more other tumors lists the parts of that tumor, not the patient's tumors. The (start, end) of the parts' mentions."""
    tumors = [m for m in s.mentions if m.label == "TUMOR"]
    if len(tumors) < 3:
        return set()
    out: set[tuple[int, int]] = set()
    for t in tumors:
        opened = _ASIDE_OPEN.match(s.text, t.end - s.start)
        listed = s.cue_after(Cue.COMPONENT_LIST, t.end) if not opened else None
        if listed:
            # "a mixed germ cell tumour with embryonal carcinoma and yolk sac tumour components"
            inside = [m for m in tumors if t.end <= m.start and m.end <= listed.end]
            if len({m.curie or _label(m) for m in inside} - {t.curie or _label(t)}) >= 2:
                out |= {(m.start, m.end) for m in inside}
            continue
        if not opened:
            continue
        # "(...)" or a list after a colon ("mixed germ cell tumour: 60% embryonal carcinoma, ...") up to ";"
        close = s.text.find(")" if opened.group(0).endswith("(") else ";", opened.end())
        end = s.start + (close if close >= 0 else len(s.text))
        inside = [m for m in tumors if s.start + opened.end() <= m.start and m.end <= end]
        if len({m.curie or _label(m) for m in inside} - {t.curie or _label(t)}) >= 2:
            out |= {(m.start, m.end) for m in inside}
    return out


def _fusion_defined(sentences: list[Sentence]) -> list[Diagnosis]:
    """ "RT-PCR confirmed the EWSR1::WT1 fusion" in a case whose text calls the tumour only "a small
    round cell tumour": the patient's fusions that define a tumour entity
    (``ontology/fusions/fusion_tumors.tsv``: EWSR1::FLI1 Ewing sarcoma, COL1A1::PDGFB DFSP ...)
    name that tumour, one diagnosis per tumour. A fusion several entities share names the one of the
    organ the case states (``ontology/fusions/fusion_site_tumors.tsv``: ETV6::NTRK3 in a parotid mass is
    secretory carcinoma of the salivary gland), when the case states one organ of them only."""
    table, by_site = fusion_tumors(), fusion_site_tumors()
    text = " ".join(s.text for s in sentences)
    out: list[Diagnosis] = []
    for s in sentences:
        for m in s.mentions:
            f = m.attrs.get("fusion") or {}
            if m.label != "FUSION" or m.status != "affirmed" or f.get("not_patient"):
                continue
            pair = ((f.get("five_prime") or {}).get("label"), (f.get("three_prime") or {}).get("label"))
            hit = table.get(pair)
            if hit is None:
                sited = {(tid, label) for site, tid, label in by_site.get(pair, ()) if site.search(text)}
                hit = sited.pop() if len(sited) == 1 else None
            if hit is None or any(d.concept.id == hit[0] for d in out):
                continue
            info = s.terms.info(hit[0]) if s.terms is not None else None
            out.append(Diagnosis(concept=Concept(id=hit[0], label=info.label if info else hit[1], kind="tumor"),
                                 evidence=s.evidence_for(m)))
    return out


def excluded_tumors(title: list[Sentence], narrative: list[Sentence]) -> list[Mention]:
    """Tumors the report excludes ("Lymphoma was excluded", "... was excluded by A, and lymphoma by B") or says
    another disease mimicked ("tuberculosis mimicking lymphoma"): EXCLUDED cues right before or after a tumor mention of
    the title or the case (not of the literature), and the tumors the title says its subject was
    taken for (``mimicked_in_title``)."""
    return [m for s in [*title, *narrative] for m in s.mentions if m.label == "TUMOR"
            and (m.status != "literature" or s.section.kind == "title")
            and (s.cue_before(Cue.EXCLUDED_BEFORE, m.start) or s.cue_after(Cue.EXCLUDED_AFTER, m.end)
                 # "ALCL was excluded by the phenotype, and plasmablastic lymphoma by EBER negativity"
                 or (s.cue_before(Cue.EXCLUDED_GAPPED_BEFORE, m.start) and s.cue_after(Cue.EXCLUDED_GAPPED_AFTER, m.end)))] \
        + mimicked_in_title(title)


def mimicked_in_title(title: list[Sentence]) -> list[Mention]:
    """ "Nocardiosis staged as metastatic lung cancer", "GPA ... suspected to be sinonasal undifferentiated
    carcinoma": a tumor the title says the report's subject was staged as or taken for (EXCLUDED_TITLE)."""
    return [m for s in title for m in s.mentions if m.label == "TUMOR" and s.cue_before(Cue.EXCLUDED_TITLE, m.start)]


def _mimic_of_no_tumor(title: list[Sentence]) -> list[Mention]:
    """The title's mimicked tumors when the subject taken for them is no tumor ("nocardiosis staged as lung
    cancer"); a tumor taken for another ("pulmonary lymphoma misdiagnosed as lung cancer") is the diagnosis,
    and only the mimicked tumor itself is excluded (``excluded_tumors``)."""
    out = []
    for m in mimicked_in_title(title):
        s = m.sentence
        cue = s.cue_before(Cue.EXCLUDED_TITLE, m.start)
        # (not a tumor the title denies: "A pancreatic head mass that was not cancer: autoimmune pancreatitis
        # mimicking ...", its status from its own cues, the title's sentence being read as no story)
        if not any(t.label == "TUMOR" and t.end <= cue.start and engine().status(
                s.text, t.start - s.start, t.end - s.start, t.label,
                [Other(o.label, o.start - s.start, o.end - s.start) for o in s.mentions]) != "negated"
                for t in s.mentions):
            out.append(m)
    return out


def _believed_mimic(m: Mention, mimicked: list[Mention]) -> bool:
    """Is ``m`` a tumor the title says was a mimic, or a more or less specific name of it? While the mimic was
    believed the case names it more specifically ("most consistent with metastatic non-small cell lung
    cancer" under "... staged as metastatic lung cancer"); no statement of it is the diagnosis."""
    key = m.curie or _label(m)
    return any((e.curie or _label(e)) == key or refines(m, e) or refines(e, m) or _head_of_written(m, e)
               for e in mimicked)


def _head_of_written(m: Mention, e: Mention) -> bool:
    """Is ``m`` written as the last words of ``e`` ("lymphoma" of "salivary MALT lymphoma"), a shorter name of it
    whatever terms the two link to (parsing, no cue)?"""
    short = _MALIGNANT.sub("", " ".join(m.text.lower().split()))
    written = " ".join(e.text.lower().split())
    return short != written and written.endswith(" " + short)


def benign_only(title: list[Sentence], narrative: list[Sentence]) -> bool:
    """Does the case name a benign or non-neoplastic 'tumour' term (BENIGN_TUMOR: IgG4-related
    disease, Castleman disease, a hemangioma) as its disease and no cancer at all? Its drugs then
    treated that disease (a case with no diagnosis keeps its drugs otherwise: a drug-toxicity report
    need not name the cancer)."""
    tumors = [m for s in [*title, *narrative] for m in s.mentions if m.label == "TUMOR" and m.status == "affirmed"]
    benign = [m for m in tumors if label_has(Cue.BENIGN_TUMOR, m.pref_label or m.text)]
    return bool(benign) and len(benign) == len(tumors)


def _ruled_out(m: Mention, excluded: list[Mention], narrative: list[Sentence]) -> bool:
    """Is tumor ``m`` one the report excluded: the excluded tumor itself or a less specific word
    for it ("cancer" beside an excluded "lung cancer")? A named tumor the case states in a
    diagnosis sentence after the exclusion is the diagnosis after all; so is a named tumor the case
    states in a diagnosis sentence anywhere when only a subtype of it was excluded ("The diagnosis was
    acute myeloid leukaemia ... acute promyelocytic leukaemia was excluded")."""
    for e in excluded:
        key = m.curie or _label(m)
        subtype = (e.curie or _label(e)) != key
        if subtype and not refines(e, m):
            continue
        if _is_generic_tumor(m):
            return True
        if not any(n.label == "TUMOR" and n.status == "affirmed" and (subtype or n.start > e.end) and (n.curie or _label(n)) == key
                   and not s.cue_after(Cue.TENTATIVE_AFTER, n.end)
                   for s in narrative if _tells_diagnosis(s) for n in s.mentions):
            return True
    return False


def _revised_later(m: Mention, narrative: list[Sentence]) -> bool:
    """ "referred with ovarian carcinoma. Central review revised this to a granulosa cell tumour": a revision
    phrase (REVISED_TO) after the tumour, in its sentence or the next one, followed in its own sentence by
    another, named tumour makes this one a first impression."""
    s = m.sentence
    if s is None:
        return False
    k = next((i for i, x in enumerate(narrative) if x is s), None)
    if k is None:
        return False
    key = m.curie or _label(m)
    for sent in narrative[k:k + 2]:
        for hit in sent.cues(Cue.REVISED_TO, m.end if sent is s else None):
            # (not a class the first tumour belongs to, "reclassified as a low-grade glioma": an OncoTree NOS term)
            if any(t.label == "TUMOR" and t.start >= hit.end and t.status == "affirmed" and not _is_generic_tumor(t)
                   and (t.curie or _label(t)) != key and not refines(m, t)
                   and (sent.terms is None or sent.terms.extra(t.curie, "nos") != "yes") for t in sent.mentions):
                return True
    return False


def diagnoses(title: list[Sentence], narrative: list[Sentence], support: list[Sentence],
              refine_from: list[Sentence] = (), abstract: list[Sentence] = ()) -> list[Diagnosis]:
    """The case's diagnoses (``_diagnoses``), each a project-local term that has no id of its own in the
    terminologies recorded under its parent's id (``_under_parent``). ``abstract``: the abstract's sentences of a
    one-patient report with a case section, literature ones too (``_introduced_in_abstract``)."""
    terms = next((s.terms for s in [*narrative, *title, *support, *refine_from] if s.terms is not None), None)
    out: list[Diagnosis] = []
    for d in _diagnoses(title, narrative, support, refine_from, abstract):
        d = _under_parent(d, terms)
        if d.concept.id is None or not any(o.concept.id == d.concept.id for o in out):
            out.append(d)
    return out


def _title_entity(out: list[Diagnosis], titled: list[Mention], excluded: list[Mention], mimicked: list[Mention],
                  narrative: list[Sentence]) -> list[Diagnosis]:
    """ "High-grade endometrial stromal sarcoma with YWHAE::NUTM2B fusion: ..." over a case that names the tumour by its
    cells only ("Histology showed a high-grade round cell sarcoma", MORPHOLOGY_ONLY): the one entity the title names is
    the patient's tumour, the case's words its morphology (as a defining fusion names it, ``_fusion_defined``). Only
    for a morphology-only diagnosis (a generic word is refined by the title already), and a title that names one
    tumour, not a first impression, an excluded or a mimicked one. [] when not so."""
    if not out or not any(label_match(Cue.MORPHOLOGY_ONLY, d.concept.label.strip()) is not None for d in out):
        return []
    named = {m.curie: m for m in titled if m.curie is not None
             and label_match(Cue.MORPHOLOGY_ONLY, _label(m)) is None
             and not m.sentence.cue_before(Cue.REVISED, m.start)
             and not (excluded and _ruled_out(m, excluded, narrative)) and not (mimicked and _believed_mimic(m, mimicked))}
    if len(named) != 1:
        return []
    m = next(iter(named.values()))
    return [Diagnosis(concept=concept_of(m, "tumor"), evidence=m.sentence.evidence_for(m))]


def _under_parent(d: Diagnosis, terms) -> Diagnosis:
    """ "secretory carcinoma of the parotid gland": a tumour no terminology gives an id of its own (a project-local
    term, KG:) whose term names its parent (``parent=`` in the term list: Salivary Carcinoma, NCIT:C9272) is recorded
    under the parent's id with its own name, the gold's convention 7 (the parent id, the specific name among its
    labels), as an adverse event's local term is recorded under its CTCAE term."""
    tid = d.concept.id or ""
    parent = terms.extra(tid, "parent") if terms is not None and tid.startswith("KG:") else None
    if not parent:
        return d
    return dataclasses.replace(d, concept=Concept(id=parent, label=d.concept.label, kind=d.concept.kind))


def _introduced_in_abstract(support: list[Sentence]) -> list[Mention]:
    """ "A 57-year-old woman who had never smoked had stage IVB lung adenocarcinoma with an ERBB2 exon 20 insertion.":
    the abstract's sentence that introduces the patient (by age and sex) of a report with a case section, read as no
    story (its sentences count only with a patient anchor) though it tells the patient's tumour, whatever words
    the case section uses for it later ("Biopsy showed adenocarcinoma"): its tumors with the status their own
    cues give them (kg_assertion), not the sentence's. No sentence a literature cue marks."""
    out = []
    for s in support:
        if s.section.kind != "abstract" or not s.literature or s.flags & {"literature", "other_report", "model_donor"}:
            continue
        # (the patient named by age and sex before the tumour: kg_cues reads PATIENT_INTRO rows only in reports
        # without a case section)
        person = next((p for p in s.mentions if p.label == "AGE_SEX" and p.attrs.get("age") is not None), None)
        if person is None:
            continue
        for m in s.mentions:
            if m.label != "TUMOR" or m.start < person.end or label_has(Cue.BENIGN_TUMOR, m.pref_label or m.text):
                continue
            status = engine().status(s.text, m.start - s.start, m.end - s.start, m.label,
                                     [Other(o.label, o.start - s.start, o.end - s.start) for o in s.mentions])
            if status == "affirmed" and not s.cue_after(Cue.NOT_A_DISEASE, m.end) and not _precursor(m, s):
                out.append(dataclasses.replace(m, status="affirmed"))
    return out


def _diagnoses(title: list[Sentence], narrative: list[Sentence], support: list[Sentence],
               refine_from: list[Sentence] = (), abstract: list[Sentence] = ()) -> list[Diagnosis]:
    """``title``: title sentences whose tumors are the patient's (case reports); ``refine_from``:
    title sentences that may only make the chosen diagnosis more specific. A title sentence that
    asks (TITLE_QUESTION) states neither; a tumor the report excludes is no diagnosis."""
    excluded = excluded_tumors([*title, *refine_from], narrative)
    mimicked = _mimic_of_no_tumor([*title, *refine_from])
    title = [s for s in title if not s.cue(Cue.TITLE_QUESTION)]
    refine_from = [s for s in refine_from if not s.cue(Cue.TITLE_QUESTION)]

    def in_situ(m: Mention) -> bool:
        return label_has(Cue.IN_SITU, m.pref_label or m.text)

    # "invasive ductal carcinoma with DCIS": a carcinoma in situ beside an invasive tumor of the
    # case is its precursor component, not the diagnosis
    invasive = any(not _is_generic_tumor(t) and not in_situ(t) for s in [*title, *narrative] for m in s.mentions
                   if m.label == "TUMOR" and m.status in ("affirmed", "literature") for t in [_specified(m)])

    # "mixed germ cell tumour (embryonal carcinoma 60%, teratoma 30%)": the named parts of a tumour
    # of the case; the same part found again ("the residual mass showed mature teratoma") is still
    # that tumour's part, not a diagnosis of its own
    components = [m for s in [*title, *narrative, *support] for parts in [_component_spans(s)] for m in s.mentions
                  if (m.start, m.end) in parts and not _is_generic_tumor(m)]

    case = tuple(narrative)

    def tumors(sents, mentions=None):
        # (``mentions``: the sentences' mentions to read, when not all of theirs: _introduced_in_abstract)
        return [t for s in sents for parts in [_component_spans(s)]
                for m in (s.mentions if mentions is None else [x for x in mentions if x.sentence is s])
                if m.label == "TUMOR" and m.status == "affirmed" and (m.start, m.end) not in parts
                and not label_has(Cue.BENIGN_TUMOR, m.pref_label or m.text) and not s.cue_after(Cue.NOT_A_DISEASE, m.end)
                and not s.cue_before(Cue.NOT_THIS_DIAGNOSIS, m.start) and not s.cue_after(Cue.TENTATIVE_AFTER, m.end)
                and not _precursor(m, s) and not (invasive and in_situ(m))
                and not any(_related(m, c) for c in components)
                # (the excluded mention itself, also when the case's organ makes it more specific: "ductal
                # adenocarcinoma ... excluded" in a pancreas case is no pancreatic ductal adenocarcinoma)
                for t in [_specified(m, case)] if not (excluded and (m in excluded or _ruled_out(t, excluded, narrative)))
                and not (mimicked and (_believed_mimic(m, mimicked) or _believed_mimic(t, mimicked)))]

    def narrative_best() -> Mention | None:
        narr = [m for m in tumors(narrative)
                if not m.sentence.cue_before(Cue.REVISED, m.start) and not _revised_later(m, narrative)]
        diag = [m for m in narr if _tells_diagnosis(m.sentence)]
        # (the abstract's introduction of the patient, read with the same filters: not an excluded or mimicked tumour)
        introduced = _introduced_in_abstract(abstract)
        tiers = (diag, tumors(support) + tumors(abstract, introduced) if introduced else tumors(support), narr)
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
        # (on a tie, the primary's own pathology before a metastasis's restatement: "sigmoid colon, biopsy: adenocarcinoma
        # ... the lung nodule showed metastatic colorectal adenocarcinoma" is colon adenocarcinoma)
        return max(pool, key=lambda m: (any(_names(t, m) for t in titled), counts[m.curie or m.text.lower()],
                                        m.sentence.cue_before(Cue.METASTASIS_OF, m.start) is None, m.start))

    titled = [m for s in [*title, *refine_from] for m in s.mentions if m.label == "TUMOR"
              and m.status in ("affirmed", "literature") and not _is_generic_tumor(m)]

    title_tumors = tumors(title)
    in_title = [m for m in title_tumors if not _is_generic_tumor(m)]
    # "... lymphoma in a man initially diagnosed with Hodgkin lymphoma": beside another title tumor, one
    # told as the first impression (REVISED) is not the patient's
    kept = [m for m in in_title if not m.sentence.cue_before(Cue.REVISED, m.start)]
    if kept:
        in_title = kept
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
        for c in stated + [m for m in tumors(narrative) if _tells_diagnosis(m.sentence)]:
            # (not a first impression: "reported locally as papillary renal cell carcinoma" before the revision)
            if refines(c, chosen[0]) and not c.sentence.cue_before(Cue.REVISED, c.start):
                chosen = [c]
        # the case's own words may state the title's tumor more specifically anywhere ("metastatic
        # sigmoid colon adenocarcinoma" under a "colorectal cancer" title), or give its histology
        # only ("RET fusion-positive adenocarcinoma" under an "NSCLC" title: lung adenocarcinoma; "small cell
        # carcinoma", a histology term with no organ of its own, under a "lung cancer" title: small cell lung cancer)
        if chosen[0].sentence is not None and chosen[0].sentence.section.kind == "title":
            refining = []
            for c in [m for m in tumors(narrative) if not _is_generic_tumor(m)] + \
                    [h for m in tumors(narrative) for h in [_histology_of(m, chosen[0], any_histology=_sited_nowhere(m) or (
                        # "Histology showed a mucinous adenocarcinoma" under a "colon cancer" title: a histology a
                        # diagnosis sentence gives is read with the title's organ (when the two name a term)
                        _tells_diagnosis(m.sentence)
                        and label_match(Cue.ORGAN_LEVEL, _label(chosen[0])) is not None))]
                     if h is not None]:
                # (not a first reading the case revised: "reported locally as papillary renal cell carcinoma ...
                # the diagnosis was revised to ALK-rearranged renal cell carcinoma" under an "... renal cell carcinoma" title)
                if refines(c, chosen[0]) and not _is_generic_tumor(chosen[0]) \
                        and not c.sentence.cue_before(Cue.REVISED, c.start) and not _revised_later(c, narrative):
                    refining.append(c)
            # the most specific of them: "prostatic adenocarcinoma" of a metastasis and the biopsy's "acinar
            # adenocarcinoma" read with the title's organ under a "Prostate cancer" title: prostatic acinar adenocarcinoma
            if refining:
                chosen = [_most_specific(refining[0], refining)]
        else:
            # "non-small cell lung cancer; the biopsy showed squamous cell carcinoma": the histology a
            # diagnosis sentence gives, read with the chosen tumor's organ, is lung squamous cell carcinoma
            # (and the other way round: "lung cancer ... biopsy showed small cell carcinoma", the chosen
            # histology read with the organ of the case's organ-level tumor)
            key = chosen[0].curie or _label(chosen[0])
            narr = tumors(narrative)
            # "a history of prostate cancer ... histology was adenocarcinoma": a past tumor lends no organ to
            # the histology found now, which is the diagnosis
            now = [m for m in narr if _past_tumor(chosen[0]) and m.start > chosen[0].end and not _past_tumor(m)
                   and _tells_diagnosis(m.sentence) and (m.curie or _label(m)) != key]
            if now:
                chosen = now[:1]
            # (a histology written right after the chosen tumor states it too: "NSCLC (adenocarcinoma)", "NSCLC of
            # adenocarcinoma histology"; a few characters apart, not a cohort's "NSCLC ... in both squamous and
            # adenocarcinoma histology")
            beside = [m for m in narr if m.sentence.start == chosen[0].sentence.start and 0 <= m.start - chosen[0].end <= _BESIDE]
            pairs = [] if now else [(m, chosen[0]) for m in narr if _tells_diagnosis(m.sentence) or m in beside] + \
                    [(chosen[0], o) for o in narr if label_match(Cue.ORGAN_LEVEL, o.pref_label or o.text)
                     and not _earlier_primary(o) and not _past_tumor(o)]  # "a history of breast carcinoma": another, earlier tumor's organ
            for m, organ in pairs:
                h = _histology_of(m, organ, any_histology=True)
                if h is not None and refines(h, organ) and not _is_generic_tumor(organ) \
                        and key in (m.curie or _label(m), organ.curie or _label(organ)):
                    chosen = [h]
                    break
            # "Biopsy showed Gleason 4 + 5 acinar adenocarcinoma" in a report titled "... metastatic prostate
            # adenocarcinoma": a histology the case names only in words no term has (its type words made it an
            # unlisted tumor) is read with the organ of the title's one tumor
            titled_tumors = {t.curie or _label(t): t for t in stated if not _is_generic_tumor(t)
                             and not t.sentence.cue_before(Cue.REVISED, t.start)
                             and not (excluded and _ruled_out(t, excluded, narrative))}
            if chosen[0].curie is None and len(titled_tumors) == 1:
                h = _histology_of(chosen[0], next(iter(titled_tumors.values())))
                if h is not None:
                    chosen = [h]
    if len(chosen) > 1:
        chosen = _title_tumors_as_told(chosen, [m for m in tumors(narrative) if not _is_generic_tumor(m)], narrative)
    # (a histology named as the transformation is a tumor of its own, generic word or not: "squamous cell carcinoma
    # ..., consistent with squamous transformation" keeps the organ of the tumor it came from, _transformed_site)
    chosen = _with_new_primaries(chosen, [m for m in tumors(narrative)
                                          if not _is_generic_tumor(m) or _named_transformation(m) is not None])
    chosen = _with_earlier_primaries(chosen, [m for m in tumors(narrative) if not _is_generic_tumor(m)])
    chosen = _with_introduced_patients(chosen, tumors(narrative))
    chosen = _with_introducing_tumor(chosen, tumors(narrative), narrative)
    chosen = _with_title_pair(chosen, [*title, *refine_from], [m for m in tumors(narrative) if _tells_diagnosis(m.sentence)])
    chosen = _transformed_site(chosen)
    case_sentences = [*title, *narrative, *support]
    chosen = [_fusion_subtype(_marker_subtype(_molecular_subtype(m, case_sentences), case_sentences),
                              [*refine_from, *case_sentences]) for m in chosen]
    histology_read = [_histology_subtype(m, case_sentences) for m in chosen]
    absorbed = frozenset().union(*(h for _, h in histology_read))
    chosen = [m for m, h in histology_read if h or m.curie not in absorbed]
    out, seen = [], set()
    for m in chosen:
        k = m.curie or (m.pref_label or m.text).lower()
        if k in seen or label_has(Cue.BENIGN_TUMOR, m.pref_label or m.text):  # also when a title or refinement named it
            continue
        if excluded and _ruled_out(m, excluded, narrative):  # a title or refinement may name an excluded tumor
            continue
        if mimicked and _believed_mimic(m, mimicked):
            continue
        seen.add(k)
        out.append(Diagnosis(concept=concept_of(m, "tumor"), evidence=m.sentence.evidence_for(m)))
    # a tumour the text names only by a generic word ("a small round cell tumour", "sarcoma") or by its cells
    # ("an undifferentiated round cell sarcoma": MORPHOLOGY_ONLY), or not at all, is the entity its defining
    # fusion names
    if all(label_match(Cue.GENERIC_TUMOR, d.concept.label.strip()) is not None
           or label_match(Cue.MORPHOLOGY_ONLY, d.concept.label.strip()) is not None for d in out):
        return _fusion_defined([*narrative, *support]) or _title_entity(out, titled, excluded, mimicked, narrative) or out
    # ... and a tumour named by the family the fusion's entity belongs to ("a liposarcoma ... FUS::DDIT3": myxoid
    # liposarcoma; "rhabdomyosarcoma ... PAX3::FOXO1": alveolar rhabdomyosarcoma) is that entity: the entity's name
    # ends with the family's (a term's name: the family is a term too)
    if any(m.label == "FUSION" for s in [*narrative, *support] for m in s.mentions):
        defined = _fusion_defined([*narrative, *support])
        for k, d in enumerate(out):
            if d.concept.id is None:
                continue   # a histology no term names keeps the report's own words ("secretory carcinoma")
            family = " " + d.concept.label.strip().lower()
            sub = next((f for f in defined if (f.concept.label or "").lower().endswith(family)), None)
            if sub is not None and not any(o.concept.id == sub.concept.id for o in out):
                out[k] = sub
    return out


