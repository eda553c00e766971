"""Adverse events of a sentence on treatment, read from its ADVERSE_EVENT spans, and the case's
events once its story is read (the title's event, a syndrome's manifestations).

Cues: ``kg/rules/adverse_events.jsonl`` (AE_RESOLVED, AE_CUE, AE_CAUSE_VERB, AE_ONSET,
AE_TREATMENT_WORD, AE_AFTER_TREATMENT, AE_GENERIC, AE_MANIFESTATION, AE_RESTATED_AS, AE_SYNDROME_PART, AE_NEGATED_SUMMARY,
AE_DISEASE_CAUSE, AE_OTHER_CAUSE, AE_TITLE_CAUSE, AE_TITLE_NOT_CAUSE, AE_TITLE_DRUG_LIST, ASIDE,
LIST_GAP). Grades and severity are attached in the NLP (``kg_context``; ``kg_adverse_events`` for
organ-class toxicities, "level 3" and grades after lab values).

An event counts when it is graded, when its sentence attributes it (AE_CUE: "treatment-related",
"crizotinib-induced", "stopped because of"...; AE_CAUSE_VERB after a drug or treatment word: "the
infusion caused"; AE_CAUSE_AFTER between the event and a drug or treatment word: "renal failure
after HD-MTX therapy"), or when an onset word ("developed", "complicated by": AE_ONSET; "became" right before the event:
AE_ONSET_BEFORE, "she became neutropenic") reports it in a
story tied to the treatment: a treatment word or a therapy line's drug in the sentence, a line named
in the sentence before (``anchored``), or a severity word on the event ("developed a severe rash").
Otherwise an onset is the course of the disease ("months later she developed abdominal bloating").
A severity word is kept as the event's severity: it is no grade ("severe rash": grade None) and no
cue of its own (exam findings such as "mild anemia" or "severe dehydration" are no adverse events).
An event does not count when it comes before the first treatment of the story (``treated_from``:
"she presented with cough and crizotinib was started"; unless AE_AFTER_TREATMENT places it after
that drug), when it went away ("resolution of the effusion"), when a negated summary names it as an
example ("no grade ≥3 adverse events such as neutropenia"), when the sentence speaks of it in general
(AE_GENERIC: "renal failure usually develops"; ungraded events only), when it is listed as what shows
another event (AE_MANIFESTATION: "encephalopathy evidenced by hallucinations"), or when the report
puts it down to the tumour ("headache due to brain metastases") or to radiotherapy or surgery
("radiation-induced neuropathy").

Before any therapy line is known, an event the sentence puts down to the cancer treatment in words
that name no drug ("post-chemotherapy anemia", "ovarian failure after irradiation and chemotherapy":
AE_CANCER_TREATMENT, AE_CANCER_TREATMENT_BEFORE) is an adverse event with no drug
(:func:`add_unnamed_treatment_events`).

Once the case's story is read (:func:`finish_adverse_events`): a case report's title that puts an
event down to one of the case's drugs records it (AE_TITLE_*: "Sorafenib-induced myocardial
infarction"), and the ungraded events that are manifestations of a syndrome the case records (the
term's ``manifestations``) are folded into it (renal failure and thrombocytopenia of a haemolytic
uraemic syndrome).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extraction.mentions import Mention, Sentence, concept_of
from kg.model import AdverseEvent, Concept, Treatment
from kg.rules import rules

_RULES = rules("adverse_events")
_RESOLVED = _RULES.pattern("AE_RESOLVED")
_CUE = _RULES.pattern("AE_CUE")
_ONSET = _RULES.pattern("AE_ONSET")
_ONSET_BEFORE = _RULES.pattern("AE_ONSET_BEFORE")
_TREATMENT_WORD = _RULES.pattern("AE_TREATMENT_WORD")
_CANCER_TREATMENT = _RULES.pattern("AE_CANCER_TREATMENT")
_CANCER_TREATMENT_BEFORE = _RULES.pattern("AE_CANCER_TREATMENT_BEFORE")
_NEGATED_SUMMARY = _RULES.pattern("AE_NEGATED_SUMMARY")
_DISEASE_CAUSE = _RULES.pattern("AE_DISEASE_CAUSE")
_OTHER_CAUSE_BEFORE = _RULES.pattern("AE_OTHER_CAUSE", "before")
_OTHER_CAUSE_AFTER = _RULES.pattern("AE_OTHER_CAUSE", "after")
_ASIDE = _RULES.pattern("ASIDE")
_LIST_GAP = _RULES.pattern("LIST_GAP")
_AFTER_TREATMENT = _RULES.pattern("AE_AFTER_TREATMENT")
_MANIFESTATION = _RULES.pattern("AE_MANIFESTATION")
_RESTATED_AS = _RULES.pattern("AE_RESTATED_AS")
_SYNDROME_PART = _RULES.pattern("AE_SYNDROME_PART")
_CAUSE_VERB = _RULES.pattern("AE_CAUSE_VERB")
_CAUSE_AFTER = _RULES.pattern("AE_CAUSE_AFTER")
_TITLE_DRUG_FIRST = _RULES.pattern("AE_TITLE_CAUSE", "drug_first")
_TITLE_EVENT_FIRST = _RULES.pattern("AE_TITLE_CAUSE", "event_first")
_TITLE_NOT_CAUSE = _RULES.pattern("AE_TITLE_NOT_CAUSE")
_TITLE_DRUG_LIST = _RULES.pattern("AE_TITLE_DRUG_LIST")
_GENERIC = _RULES.pattern("AE_GENERIC")
_DRUG_LABELS = frozenset({"DRUG", "DRUG_CLASS"})


def _counts(s: Sentence, m: Mention) -> bool:
    before, after = s.before(m), s.after(m)
    return not (_RESOLVED.search(before) or _NEGATED_SUMMARY.search(before) or _OTHER_CAUSE_BEFORE.search(before)
                or _DISEASE_CAUSE.search(after) or _OTHER_CAUSE_AFTER.search(after))


def _caused_by_treatment(s: Sentence) -> bool:
    """ "HD-MTX therapy caused acute renal failure", "sorafenib resulted in hypertension": a cause
    verb (AE_CAUSE_VERB) at most three words after a drug or a treatment word (AE_TREATMENT_WORD)."""
    for hit in _CAUSE_VERB.finditer(s.text):
        before = s.text[:hit.start()]
        ends = [m.end - s.start for m in s.mentions if m.label in _DRUG_LABELS and m.end - s.start <= hit.start()]
        ends += [t.end() for t in _TREATMENT_WORD.finditer(before)]
        if any(len(before[e:].split()) <= 3 and not any(c in before[e:] for c in ",;") for e in ends):
            return True
    return False


def _put_down_to_treatment(s: Sentence, m: Mention) -> bool:
    """ "acute renal failure after HD-MTX therapy", "hepatitis due to ipilimumab": the event is
    followed by a cause word (AE_CAUSE_AFTER) and then, at most three words on, a drug or a
    treatment word."""
    after = s.after(m)
    starts = [d.start - m.end for d in s.mentions if d.label in _DRUG_LABELS and d.start >= m.end]
    starts += [t.start() for t in _TREATMENT_WORD.finditer(after)]
    return any(_CAUSE_AFTER.fullmatch(after[:i]) for i in starts if i <= 80)


def _put_down_to_cancer_treatment(s: Sentence, m: Mention) -> bool:
    """ "post-chemotherapy anemia", "ovarian failure after irradiation and chemotherapy": the event
    is named with a cancer-treatment word right before it (AE_CANCER_TREATMENT_BEFORE), or followed
    by a cause word (AE_CAUSE_AFTER) and then, at most three words on, a word naming the cancer
    treatment without a drug (AE_CANCER_TREATMENT)."""
    if _CANCER_TREATMENT_BEFORE.search(s.before(m)):
        return True
    after = s.after(m)
    return any(_CAUSE_AFTER.fullmatch(after[:t.start()]) for t in _CANCER_TREATMENT.finditer(after) if t.start() <= 80)


def _reported(s: Sentence, aes: list[Mention], anchored: bool) -> bool:
    """Does the sentence report its ungraded events as adverse events (module docstring)?"""
    if _CUE.search(s.text) or _caused_by_treatment(s) or any(
            _put_down_to_treatment(s, m) or _CANCER_TREATMENT_BEFORE.search(s.before(m)) for m in aes):
        return True
    if not _ONSET.search(s.text) and not any(_ONSET_BEFORE.search(s.before(m)) for m in aes):
        return False
    return anchored or bool(_TREATMENT_WORD.search(s.text)) or any(m.attrs.get("severity") for m in aes)


def _after_treatment(s: Sentence, m: Mention, treated_from: int) -> bool:
    """ "She developed encephalopathy after the administration of cytarabine": an event named before
    the story's first drug but placed after it (AE_AFTER_TREATMENT between them, one clause)."""
    gap = s.text[m.end - s.start: treated_from - s.start]
    return bool(_AFTER_TREATMENT.search(gap)) and ";" not in gap


def _part_of(s: Sentence, k: Mention, m: Mention) -> bool:
    """ "febrile neutropenia (grade 4 neutropenia, 39.2 °C)", "capillary leak syndrome with
    hypotension": ``m`` is one of the manifestations ``k``'s term lists, named in its aside or after
    'with' (AE_SYNDROME_PART)."""
    if s.terms is None or not k.curie:
        return False
    parts = {p.strip().lower() for p in (s.terms.extra(k.curie, "manifestations") or "").split(",")}
    return (m.pref_label or m.text).lower() in parts and bool(_SYNDROME_PART.match(s.text[k.end - s.start: m.start - s.start]))


def _without_manifestations(s: Sentence, aes: list[Mention]) -> list[Mention]:
    """ "acute encephalopathy evidenced by aphasia and visual hallucinations": the events listed as
    what shows another one (AE_MANIFESTATION between them), or a syndrome's own manifestations in its
    aside (AE_SYNDROME_PART), or the symptoms a later clause says were another event (AE_RESTATED_AS:
    "pain and numbness; this was peripheral neuropathy"), are that event, not events of their own."""
    kept: list[Mention] = []
    for i, m in enumerate(aes):
        if any(_MANIFESTATION.match(s.text[k.end - s.start: m.start - s.start]) or _part_of(s, k, m) for k in kept):
            continue
        # "burning pain and numbness; this was peripheral sensory neuropathy": the symptoms named
        # before what they are (AE_RESTATED_AS) are that later event
        if m.attrs.get("grade") is None and any(
                _RESTATED_AS.fullmatch(s.text[m.end - s.start: k.start - s.start]) for k in aes[i + 1:] if k.start >= m.end):
            continue
        kept.append(m)
    return kept


def add_unnamed_treatment_events(events: list[AdverseEvent], s: Sentence) -> None:
    """Before any therapy line is known (no drug named as given): the sentence's events it puts
    down to the cancer treatment in words that name no drug ("post-chemotherapy anemia", "ovarian
    failure after abdominal irradiation and chemotherapy") are adverse events with no drug. Other
    events of such a story are symptoms (an antibiotic's reaction, the presentation)."""
    aes = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and m.status == "affirmed" and _counts(s, m)]
    aes = _without_manifestations(s, aes)
    if _GENERIC.search(s.text):
        aes = [m for m in aes if m.attrs.get("grade") is not None]
    for m in aes:
        if not _put_down_to_cancer_treatment(s, m):
            continue
        concept = concept_of(m, "adverse_event")
        grade = m.attrs.get("grade")
        if any((a.concept.id or a.concept.label) == (concept.id or concept.label) and a.grade in (grade, None)
               for a in events):
            continue
        events.append(AdverseEvent(concept=concept, grade=grade, drugs=[], evidence=s.evidence_for(m)))


def add_adverse_events(events: list[AdverseEvent], s: Sentence, attributed: list[Concept],
                       anchored: bool = False, treated_from: int | None = None) -> None:
    """Add the sentence's adverse events (attributed to ``attributed`` drugs) to ``events``;
    a restated event is merged into the one already recorded. ``anchored``: the sentence names a
    drug of a therapy line, or follows one that does; ``treated_from``: the document offset where
    the story's first treatment is named, when this sentence starts it (events before it are
    symptoms at presentation)."""
    aes = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and m.status == "affirmed" and _counts(s, m)
           and (treated_from is None or m.start >= treated_from or _after_treatment(s, m, treated_from))]
    aes = _without_manifestations(s, aes)
    if not aes:
        return
    if _GENERIC.search(s.text):  # "the renal failure usually develops 8 months after mitomycin": no event of hers
        aes = [m for m in aes if m.attrs.get("grade") is not None]
    graded = any(m.attrs.get("grade") is not None for m in aes)
    if not aes or (not graded and not _reported(s, aes, anchored)):
        return
    # "visual disturbances (blurred vision)": the aside restates the same event
    kept: list[Mention] = []
    for m in aes:
        if kept and _ASIDE.fullmatch(s.text[kept[-1].end - s.start: m.start - s.start]):
            kept[-1] = m
            continue
        kept.append(m)
    uniq = list({(c.id, c.label): c for c in attributed}.values())
    prev_grade = None
    for i, m in enumerate(kept):
        grade = m.attrs.get("grade")
        if grade is None and prev_grade is not None and i > 0:
            if _LIST_GAP.fullmatch(s.text[kept[i - 1].end - s.start: m.start - s.start]):
                grade = prev_grade  # "grade II diarrhea and asthenia"
        prev_grade = grade
        concept = concept_of(m, "adverse_event")
        # the same event restated: keep one, with the grade if given now; an ungraded restatement
        # ("pyrexia grade 2 ...; dabrafenib was interrupted for fever") is the graded event told before
        same = next((a for a in events if (a.concept.id or a.concept.label) == (concept.id or concept.label)
                     and (a.grade in (grade, None) or grade is None)), None)
        if same is not None:
            same.grade = same.grade if same.grade is not None else grade
            same.drugs.extend(d for d in uniq if d not in same.drugs)
            continue
        events.append(AdverseEvent(concept=concept, grade=grade, drugs=list(uniq), evidence=s.evidence_for(m)))


class _TitleDrug(NamedTuple):
    start: int          # offsets in the title
    end: int
    keys: frozenset     # drug keys (curie, else lower-case text) this name stands for
    is_class: bool      # "chemotherapy": every drug of the case's lines


def _key(m: Mention) -> str:
    return m.curie or m.text.lower()


def _title_drugs(title: Sentence, named: dict[str, set[str]]) -> list[_TitleDrug]:
    """The drugs a title names: its DRUG/DRUG_CLASS mentions, and the names the narrative gave the
    case's drugs where the title's own tokens hid them ("retinoic acid-induced"). ``named``: the
    narrative's surface text (lower case) -> drug keys of the case's lines."""
    found = [_TitleDrug(m.start - title.start, m.end - title.start, frozenset({_key(m)}), m.label == "DRUG_CLASS")
             for m in title.mentions if m.label in _DRUG_LABELS]
    low = title.text.lower()
    for name, keys in named.items():
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?!\w)", low):
            if not any(d.start < hit.end() and hit.start() < d.end for d in found):
                found.append(_TitleDrug(hit.start(), hit.end(), frozenset(keys), False))
    return sorted(found)


def _title_causes(title: Sentence, m: Mention, drugs: list[_TitleDrug]) -> list[_TitleDrug]:
    """The drugs a title puts its event ``m`` down to (AE_TITLE_CAUSE): a drug named right before
    it ("Sorafenib-induced myocardial infarction", "Doxorubicin cardiomyopathy"), or after a cause
    word ("Acute renal failure after high-dose methotrexate"), with the drugs listed after that one
    ("... as a result of chemotherapy with epirubicin and paclitaxel")."""
    text = title.text
    a, b = m.start - title.start, m.end - title.start
    before = [d for d in drugs if d.end <= a]
    if before and _TITLE_DRUG_FIRST.fullmatch(text[before[-1].end:a]) and not _TITLE_NOT_CAUSE.search(text[before[-1].end:a]):
        return [before[-1]]
    after = [d for d in drugs if d.start >= b]
    if not after:
        return []
    gap = text[b:after[0].start]
    next_word = " ".join(text[after[0].end:].split()[:1])  # "after crizotinib discontinuation"
    if not _TITLE_EVENT_FIRST.fullmatch(gap) or _TITLE_NOT_CAUSE.search(gap) or _TITLE_NOT_CAUSE.match(next_word):
        return []
    causes = [after[0]]
    for prev, cur in zip(after, after[1:]):
        if not _TITLE_DRUG_LIST.fullmatch(text[prev.end:cur.start]):
            break
        causes.append(cur)
    return causes


def finish_adverse_events(events: list[AdverseEvent], title: list[Sentence], lines: list[Treatment],
                          narrative: list[Sentence]) -> None:
    """The case's events once its story is read: the title's event (:func:`add_title_adverse_events`),
    then a syndrome's manifestations folded into it (:func:`fold_manifestations`)."""
    add_title_adverse_events(events, title, lines, narrative)
    terms = next((s.terms for s in narrative + title if s.terms is not None), None)
    if terms is not None:
        fold_manifestations(events, terms)


def fold_manifestations(events: list[AdverseEvent], terms) -> None:
    """One reaction is one event: an ungraded event that is a manifestation of a syndrome the case
    records (the syndrome term's ``manifestations``, term labels in ``ontology/terms``: renal failure
    and thrombocytopenia of a haemolytic uraemic syndrome, hyponatraemia of an SIADH) is that
    syndrome's, and its drugs join the syndrome's."""
    for head in list(events):
        if head not in events:
            continue
        parts = {p.strip().lower() for p in (terms.extra(head.concept.id, "manifestations") or "").split(",") if p.strip()}
        if not parts:
            continue
        for e in [e for e in events if e is not head and e.grade is None and e.concept.label.lower() in parts]:
            head.drugs.extend(d for d in e.drugs if d not in head.drugs)
            events.remove(e)


def add_title_adverse_events(events: list[AdverseEvent], title: list[Sentence], lines: list[Treatment],
                             narrative: list[Sentence]) -> None:
    """A case report's title that names an adverse event and the drug it puts it down to records
    that event for the case when the drug is one of the case's lines ("Sorafenib-induced acute
    myocardial infarction", "Peripheral neuropathy caused by high-dose cytosine arabinoside"): the
    title says what the report is about, while the abstract may name the event again only in
    passing or not at all. A drug class in the title ("after chemotherapy") stands for the drugs of
    every line. The event is merged with the same event the narrative recorded."""
    given: dict[str, Concept] = {}
    for t in lines:
        for d in t.drugs:
            given.setdefault(d.id or d.label.lower(), d)
    if not given:
        return
    named: dict[str, set[str]] = {}
    for s in narrative:
        for m in s.mentions:
            if m.label == "DRUG" and _key(m) in given and len(m.text) > 3:
                named.setdefault(m.text.lower(), set()).add(_key(m))
    for s in title:
        aes = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and m.status in ("affirmed", "literature")
               and _counts(s, m)]
        drugs = _title_drugs(s, named) if aes else []
        for m in aes:
            attributed: list[Concept] = []
            for d in _title_causes(s, m, drugs):
                keys = list(given) if d.is_class else [k for k in d.keys if k in given]
                attributed += [given[k] for k in keys if given[k] not in attributed]
            if not attributed:
                continue
            concept = concept_of(m, "adverse_event")
            same = next((a for a in events if (a.concept.id or a.concept.label) == (concept.id or concept.label)), None)
            if same is not None:
                same.drugs.extend(d for d in attributed if d not in same.drugs)
                continue
            events.append(AdverseEvent(concept=concept, grade=m.attrs.get("grade"), drugs=attributed,
                                       evidence=s.evidence_for(m)))


__all__ = ["add_adverse_events", "add_unnamed_treatment_events", "add_title_adverse_events", "finish_adverse_events", "fold_manifestations", "concept_of"]
