"""Adverse events of a sentence on treatment, read from its ADVERSE_EVENT spans, and the case's
events once its story is read (the title's event, a syndrome's manifestations).

Cues: ``kg/rules/adverse_events.jsonl`` (AE_RESOLVED, AE_CUE, AE_CAUSE_VERB, AE_ONSET,
AE_TREATMENT_WORD, AE_AFTER_TREATMENT, AE_GENERIC, AE_MANIFESTATION, AE_RESTATED_AS, AE_SYNDROME_PART,
AE_GRADED_ASIDE_PART, AE_MEASURED_BY, AE_ATTRIBUTION, AE_SEVERITY_AFTER, AE_SIZED_BY_VALUE, AE_SIZED_BY_ACTION, AE_NEGATED_SUMMARY,
AE_DISEASE_CAUSE, AE_OTHER_CAUSE, AE_LOCAL_CAUSE, AE_BASELINE, AE_TITLE_CAUSE, AE_TITLE_NOT_CAUSE, AE_TITLE_DRUG_LIST, ASIDE,
LIST_GAP). Grades and severity are attached in the NLP (``kg_context``; ``kg_adverse_events`` for
organ-class toxicities, "level 3" and grades after lab values).

An event counts when it is graded, when its sentence attributes it (AE_CUE: "treatment-related",
"crizotinib-induced", "stopped because of"...; AE_CAUSE_VERB after a drug or treatment word: "the
infusion caused"; AE_CAUSE_AFTER between the event and a drug or treatment word: "renal failure
after HD-MTX therapy"), or when an onset word ("developed", "complicated by": AE_ONSET; "became" right before the event:
AE_ONSET_BEFORE, "she became neutropenic") reports it in a
story tied to the treatment: a treatment word or a therapy line's drug in the sentence, a line named
in the sentence before (``anchored``), or a severity word on the event ("developed a severe rash").
A severity stated of the event ("paronychia was mild": AE_SEVERITY_AFTER) reports it where a line runs
(``anchored``), with no onset word.
Otherwise an onset is the course of the disease ("months later she developed abdominal bloating").
A severity word is kept as the event's severity: it is no grade ("severe rash": grade None) and no
cue of its own (exam findings such as "mild anemia" or "severe dehydration" are no adverse events).
An event does not count when it comes before the first treatment of the story (``treated_from``:
"she presented with cough and crizotinib was started"; unless AE_AFTER_TREATMENT places it after
that drug), when it went away ("resolution of the effusion"), when a negated summary names it as an
example ("no grade ≥3 adverse events such as neutropenia"), when the sentence speaks of it in general
(AE_GENERIC: "renal failure usually develops"; ungraded events only), when it is listed as what shows
another event (AE_MANIFESTATION: "encephalopathy evidenced by hallucinations"), or when the report
puts it down to the tumour ("headache due to brain metastases"), or, without a grade, to
radiotherapy or surgery ("radiation-induced neuropathy"; AE_LOCAL_CAUSE). A graded event of
radiotherapy or surgery ("radiation proctitis (grade 2)") is an adverse event with no drug.

A local term that stands for one CTCAE term (its ``ctcae``) names the events left under it by that term once the
story is read (:func:`name_by_ctcae_term`: "grade 2 neuropathy" is Peripheral sensory neuropathy).

Before any therapy line is known, an event the sentence puts down to the cancer treatment in words
that name no drug ("post-chemotherapy anemia", "ovarian failure after irradiation and chemotherapy":
AE_CANCER_TREATMENT, AE_CANCER_TREATMENT_BEFORE), or that carries a CTCAE grade (the toxicity of
a local or unnamed treatment: "grade 2 radiation dermatitis"), is an adverse event with no drug
(:func:`add_unnamed_treatment_events`).

Once the case's story is read (:func:`finish_adverse_events`): in a report that grades its
toxicities (two or more graded events of the case, or of a series' cases), an event named with
neither a grade nor a severity word is
dropped (a finding of the story, not a graded toxicity; the gold convention of the web sets,
benchmarks/gold/README.md "Severity words without a CTCAE grade"); a case report's title that puts an
event down to one of the case's drugs records it (AE_TITLE_*: "Sorafenib-induced myocardial
infarction"), and the ungraded events that are manifestations of a syndrome the case records (the
term's ``manifestations``) are folded into it (renal failure and thrombocytopenia of a haemolytic
uraemic syndrome).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from kg.extraction.analyse import NOT_TOLD
from kg.extraction.mentions import Mention, Sentence, because, concept_of
from kg.model import AdverseEvent, Concept, Treatment
from kg.nlp.adverse_events import lab_terms_named
from kg.nlp.cues import Cue, CueSpan
from kg.nlp.assertion import Other, engine

_DRUG_LABELS = frozenset({"DRUG", "DRUG_CLASS"})
# what is no story told in the text, nor the patient's (a cell line's or model's donor)
_NOT_THE_PATIENTS = NOT_TOLD | {"model_donor"}
LOCAL_PREFIX = "KG:"  # project-local term ids (ontology/terms README): no external vocabulary names them


def _local_cause(s: Sentence, m: Mention) -> CueSpan | None:
    """ "radiation proctitis", "pneumonitis secondary to the prior radiotherapy", "after surgery she
    developed", "radiodermatitis": the event is put down to radiotherapy or surgery (AE_LOCAL_CAUSE,
    before or after the event or in its own name)."""
    return (s.cue_before(Cue.AE_LOCAL_CAUSE_BEFORE, m.start) or s.cue_after(Cue.AE_LOCAL_CAUSE_AFTER, m.end)
            or s.cue_in(Cue.AE_LOCAL_CAUSE_SELF, m))


def _counts(s: Sentence, m: Mention, sized_local: bool = False) -> bool:
    # an ungraded event of radiotherapy or surgery is a finding of that treatment; a graded one is an
    # adverse event of the cancer treatment with no drug (add_adverse_events); ``sized_local``: while a
    # drug line runs (chemoradiation), one told with a severity word is sized as a toxicity is
    # ("severe radiation dermatitis")
    # (a CTCAE grade written right before the event is a toxicity's: "after resolution of grade 2 nausea" tells it
    # went away, not that the drug relieved a symptom)
    # (a sentence that places its events at diagnosis, before the cancer or before any treatment tells baseline
    # findings, graded or not: AE_BASELINE, session 31)
    return not ((s.cue_before(Cue.AE_RESOLVED, m.start) and _graded_from(s, m) == m.start)
                or s.cue(Cue.AE_BASELINE) is not None
                or s.cue_before(Cue.AE_NEGATED_SUMMARY, m.start)
                or s.cue_before(Cue.AE_OTHER_CAUSE_BEFORE, m.start)
                or s.cue_after(Cue.AE_DISEASE_CAUSE, m.end) or s.cue_after(Cue.AE_OTHER_CAUSE_AFTER, m.end)
                or (m.attrs.get("grade") is None and not (sized_local and m.attrs.get("severity"))
                    and _local_cause(s, m) is not None))


def _row_drugs(s: Sentence, m: Mention, attributed: list[Concept]) -> list[Concept]:
    """The drugs of ``attributed`` named on the event's own line when that line is a table row (cells set apart by
    a pipe, or a row of an adverse-event table kg_context read: sentence flag ``ae_table``): "Rash | 2 | cetuximab"
    under a regimen of cetuximab and irinotecan is cetuximab's."""
    a, b = m.start - s.start, m.end - s.start
    start = s.text.rfind("\n", 0, a) + 1
    end = s.text.find("\n", b)
    end = len(s.text) if end < 0 else end
    line = s.text[start:end]
    if "|" not in line and "\t" not in line and "ae_table" not in s.flags:
        return []
    named = {d.curie for d in s.mentions if d.label in _DRUG_LABELS and start <= d.start - s.start < end and d.curie}
    return [c for c in attributed if c.id in named]


def _caused_by_treatment(s: Sentence) -> CueSpan | None:
    """ "HD-MTX therapy caused acute renal failure", "sorafenib resulted in hypertension": a cause
    verb (AE_CAUSE_VERB) at most three words after a drug or a treatment word (AE_TREATMENT_WORD), with no comma
    between them (a cause verb's row may open with the comma of a relative clause: "lenvatinib, which caused")."""
    for hit in s.cues(Cue.AE_CAUSE_VERB):
        before = s.text[:hit.start - s.start]
        ends = [m.end - s.start for m in s.mentions if m.label in _DRUG_LABELS and m.end <= hit.start]
        ends += [t.end - s.start for t in s.cues(Cue.AE_TREATMENT_WORD, end=hit.start)]
        if any(len(before[e:].split()) <= 3 and not any(c in before[e:] for c in ",;") for e in ends):
            return hit
    return None


def _put_down_to_treatment(s: Sentence, m: Mention) -> CueSpan | None:
    """ "acute renal failure after HD-MTX therapy", "hepatitis due to ipilimumab": the event is
    followed by a cause word (AE_CAUSE_AFTER) and then, at most three words on, a drug or a
    treatment word."""
    starts = [d.start for d in s.mentions if d.label in _DRUG_LABELS and d.start >= m.end]
    starts += [t.start for t in s.cues(Cue.AE_TREATMENT_WORD, start=m.end)]
    return next((cue for i in starts if i - m.end <= 80 for cue in [s.cue_between(Cue.AE_CAUSE_AFTER, m.end, i)] if cue),
                None)


def _put_down_to_cancer_treatment(s: Sentence, m: Mention) -> bool:
    """ "post-chemotherapy anemia", "ovarian failure after irradiation and chemotherapy": the event
    is named with a cancer-treatment word right before it (AE_CANCER_TREATMENT_BEFORE), or followed
    by a cause word (AE_CAUSE_AFTER) and then, at most three words on, a word naming the cancer
    treatment without a drug (AE_CANCER_TREATMENT)."""
    if s.cue_before(Cue.AE_CANCER_TREATMENT_BEFORE, m.start):
        return True
    return any(s.cue_between(Cue.AE_CAUSE_AFTER, m.end, t.start) for t in s.cues(Cue.AE_CANCER_TREATMENT, start=m.end)
               if t.start - m.end <= 80)


def _reported(s: Sentence, aes: list[Mention], anchored: bool) -> CueSpan | None:
    """The cue by which the sentence reports its ungraded events as adverse events (module
    docstring), or None."""
    cue = s.cue(Cue.AE_CUE) or _caused_by_treatment(s) or next(
        (c for m in aes for c in [_put_down_to_treatment(s, m) or s.cue_before(Cue.AE_CANCER_TREATMENT_BEFORE, m.start)]
         if c), None)
    if cue:
        return cue
    onset = s.cue(Cue.AE_ONSET) or next(
        (c for m in aes for c in [s.cue_before(Cue.AE_ONSET_BEFORE, m.start)] if c), None)
    if onset and any(c.start <= onset.start < c.end for c in s.cues(Cue.AE_ONSET_CONDITIONAL)):
        onset = None  # "... if grade 2 neuropathy developed": a condition planned for (session 24)
    if not onset:
        # "paronychia was mild": a severity stated of the event reports it where a line runs
        stated = next((c for m in aes for c in [s.cue_after(Cue.AE_SEVERITY_AFTER, m.end)] if c), None)
        return stated if stated and anchored else None
    return onset if (anchored or s.cue(Cue.AE_TREATMENT_WORD) is not None
                     or any(m.attrs.get("severity") for m in aes)) else None


def _after_treatment(s: Sentence, m: Mention, treated_from: int) -> bool:
    """ "She developed encephalopathy after the administration of cytarabine": an event named before
    the story's first drug but placed after it (AE_AFTER_TREATMENT between them, one clause)."""
    return bool(s.cue_between(Cue.AE_AFTER_TREATMENT, m.end, treated_from))         and ";" not in s.text[m.end - s.start: treated_from - s.start]


def _part_of(s: Sentence, k: Mention, m: Mention) -> bool:
    """ "febrile neutropenia (grade 4 neutropenia, 39.2 °C)", "capillary leak syndrome with
    hypotension": ``m`` is one of the manifestations ``k``'s term lists, named in its aside or after
    'with' (AE_SYNDROME_PART)."""
    if s.terms is None or not k.curie:
        return False
    parts = {p.strip().lower() for p in (s.terms.extra(k.curie, "manifestations") or "").split(",")}
    return (m.pref_label or m.text).lower() in parts and bool(s.cue_between(Cue.AE_SYNDROME_PART, k.end, m.start))


def _last_part(s: Sentence, k: Mention, after: list[Mention]) -> Mention | None:
    """ "an infusion reaction with chills and wheezing": the last of the events right after ``k`` that are each one of
    its manifestations (:func:`_part_of`), listed one after the other (LIST_GAP), or None."""
    last = None
    for m in after:
        if not _part_of(s, k, m) or (last is not None and not s.cue_between(Cue.LIST_GAP, last.end, m.start)):
            break
        last = m
    return last


def _in_graded_aside(s: Sentence, k: Mention, m: Mention, aes: list[Mention]) -> bool:
    """ "a hypersensitivity reaction occurred with the 4th dose (urticaria and bronchospasm, grade
    3)": the ungraded ``m`` stands in the first aside after the graded ``k``'s own words
    (AE_GRADED_ASIDE_PART), so it is what ``k`` showed (unless the aside names ``k`` precisely,
    :func:`_aside_restates`)."""
    return (k.attrs.get("grade") is not None and m.attrs.get("grade") is None
            and bool(s.cue_between(Cue.AE_GRADED_ASIDE_PART, k.end, m.start))
            and not _aside_restates(s, k, m, aes) and not _aside_names_the_graded(s, k, m, aes))


def _aside_names_the_graded(s: Sentence, k: Mention, m: Mention, aes: list[Mention]) -> bool:
    """ "fever to 39.4 °C with chills (pyrexia, grade 2)", "a rash and itching (dermatitis, grade 2)": the aside that
    opens right after the event ``k`` (ASIDE) holds one event, ``m``, then its grade and the bracket's close: the aside
    names and grades the reaction whose signs were told before it, so ``m`` is no sign of ``k`` (it takes ``k``'s
    place and grade, add_adverse_events), unless ``k``'s term is a syndrome that lists ``m`` among its manifestations
    ("a hypersensitivity reaction (urticaria, grade 3)": the syndrome graded by what it showed) (session 33)."""
    if not s.cue_between(Cue.ASIDE, k.end, m.start):
        return False
    close = s.text.find(")", m.end - s.start)
    if close < 0 or any(o is not m and m.start <= o.start < s.start + close for o in aes):
        return False
    grade = next((g for g in s.mentions if g.label == "GRADE" and m.end <= g.start and g.end <= s.start + close), None)
    if grade is None or grade.attrs.get("grade") != k.attrs.get("grade") \
            or not s.cue_between(Cue.GRADE_GAP_ASIDE, m.end, grade.start) \
            or s.text[grade.end - s.start:close].strip():
        return False
    if s.terms is not None and k.curie:
        parts = {p.strip().lower() for p in (s.terms.extra(k.curie, "manifestations") or "").split(",")}
        if (m.pref_label or m.text).lower() in parts:
            return False
    return True


def _aside_restates(s: Sentence, k: Mention, m: Mention, aes: list[Mention]) -> bool:
    """ "grade 1 visual disturbance (flashing lights at dusk)", "grade 2 skin toxicity (pruritus)": the
    one event of the aside that opens right after ``k`` (ASIDE), of the same organ class (the terms'
    ``soc``), names ``k`` precisely when ``k``'s term is no syndrome (lists no ``manifestations``)
    and the aside holds no grade of its own. (A syndrome's aside lists its manifestations:
    "grade 2 encephalopathy (somnolence and confusion)"; events of other organ classes are what a
    reaction showed: "grade 3 hypersensitivity reaction (urticaria)".)"""
    if s.terms is None or not m.curie or not s.cue_between(Cue.ASIDE, k.end, m.start):
        return False
    # "grade 3 gastrointestinal toxicity (diarrhoea)": a class of events with no term (no id) is
    # named precisely by the one event of its aside, as CTCAE records it
    if k.curie and s.terms.extra(k.curie, "manifestations"):
        return False
    soc = s.terms.extra(k.curie, "soc") if k.curie else None
    if k.curie and (not soc or soc != s.terms.extra(m.curie, "soc")):
        return False
    close = s.text.find(")", m.end - s.start)
    end = s.start + close if close >= 0 else s.end
    return not any(o is not m and m.start <= o.start < end for o in aes) and not any(
        g.label == "GRADE" and m.start <= g.start < end for g in s.mentions)


def _same_organ_class(s: Sentence, a: Mention, b: Mention) -> bool:
    """Both events' terms name the same CTCAE organ class (the terms' ``soc``)."""
    if s.terms is None or not a.curie or not b.curie:
        return False
    soc = s.terms.extra(a.curie, "soc")
    return bool(soc) and soc == s.terms.extra(b.curie, "soc")


def _restated_precisely(s: Sentence, m: Mention, after: list[Mention]) -> bool:
    """ "Transaminases rose in week three; the ALT increase was grade 2", "immune hepatitis ..., with a grade 3 ALT
    elevation": an ungraded event CTCAE has no term for (a local id) that a graded CTCAE event later in its sentence
    names precisely (the same organ class, or one of its term's ``manifestations``) is that event: one entry,
    the graded one (session 29)."""
    if m.attrs.get("grade") is not None or not (m.curie or "").startswith(LOCAL_PREFIX) or s.terms is None:
        return False
    parts = {p.strip().lower() for p in (s.terms.extra(m.curie, "manifestations") or "").split(",") if p.strip()}
    return any(k.attrs.get("grade") is not None and k.curie and not k.curie.startswith(LOCAL_PREFIX)
               and (_same_organ_class(s, m, k) or (k.pref_label or "").lower() in parts) for k in after)


def _precise_for_vague(s: Sentence, aes: list[Mention]) -> list[Mention]:
    """ "grade 1 visual disturbances (flashes)", "visual disturbance with light flashes": a vague name of an
    event (AE_VAGUE) whose aside or 'with' phrase (AE_SYNDROME_PART) names an ungraded event of the same
    organ class right after it is that precise event, which takes the vague one's grade (one entry). So is
    an event CTCAE has no term for (a local id: "grade 2 immune-related thyroiditis with subsequent
    hypothyroidism") told with a CTCAE event of its organ class: the CTCAE event is the one graded."""
    out = []
    shown: set[int] = set()  # ids of the events listed before the precise one: what the vague event showed
    for i, m in enumerate(aes):
        if id(m) in shown or _restated_precisely(s, m, aes[i + 1:]):
            continue
        nxt = _precise_in_list(s, m, aes[i + 1:])
        vague = s.cue_in(Cue.AE_VAGUE, m) or ((m.curie or "").startswith(LOCAL_PREFIX)
                                              and nxt is not None and not (nxt.curie or "").startswith(LOCAL_PREFIX))
        if nxt is not None and vague:
            if m.attrs.get("grade") is not None and nxt.attrs.get("grade") is None:
                nxt.attrs = {**nxt.attrs, "grade": m.attrs["grade"]}
            shown.update(id(e) for e in aes[i + 1:aes.index(nxt)])
            continue
        out.append(m)
    return out


def _precise_in_list(s: Sentence, m: Mention, after: list[Mention]) -> Mention | None:
    """The first ungraded event of ``m``'s organ class among the events its aside or 'with' phrase (AE_SYNDROME_PART)
    lists right after it, one after the other (LIST_GAP): "grade 2 vincristine neuropathy with jaw pain and foot drop"
    names the neuropathy precisely by its foot drop (session 29), or None."""
    if not after or not s.cue_between(Cue.AE_SYNDROME_PART, m.end, after[0].start):
        return None
    for k, e in enumerate(after):
        if k and not s.cue_between(Cue.LIST_GAP, after[k - 1].end, e.start):
            return None
        # ("visual disturbances with light trails (grade 1)": an ungraded vague name whose precise event carries the
        # grade after it is that graded event, session 35)
        if (e.attrs.get("grade") is None or (m.attrs.get("grade") is None and s.cue_in(Cue.AE_VAGUE, m))) \
                and _same_organ_class(s, m, e):
            return e
    return None


def _without_manifestations(s: Sentence, aes: list[Mention]) -> list[Mention]:
    """ "acute encephalopathy evidenced by aphasia and visual hallucinations": the events listed as
    what shows another one (AE_MANIFESTATION between them), or a syndrome's own manifestations in its
    aside (AE_SYNDROME_PART), or the symptoms a later clause says were another event (AE_RESTATED_AS:
    "pain and numbness; this was peripheral neuropathy"), are that event, not events of their own."""
    kept: list[Mention] = []
    told_with: set[int] = set()  # ids of events that are the detail of the event before 'with'
    aes = _precise_for_vague(s, aes)
    for i, m in enumerate(aes):
        if id(m) in told_with or any(s.cue_between(Cue.AE_MANIFESTATION, k.end, m.start) or _part_of(s, k, m)
                                     or _in_graded_aside(s, k, m, aes) for k in kept):
            continue
        # "burning pain and numbness; this was peripheral sensory neuropathy": the symptoms named
        # before what they are (AE_RESTATED_AS) are that later event
        if m.attrs.get("grade") is None and any(
                s.cue_between(Cue.AE_RESTATED_AS, m.end, k.start) for k in aes[i + 1:] if k.start >= m.end):
            continue
        # "an infusion reaction with rigors and a rash (grade 2)": a syndrome whose own
        # manifestations follow it (AE_SYNDROME_PART) and the grade after them is graded by it (not
        # by a part graded on its own: "febrile neutropenia with grade 4 neutropenia"); a syndrome
        # CTCAE has no term for (a local id: "immune-related hepatitis with ALT at 7 x ULN (grade
        # 3)") is recorded through its graded CTCAE manifestation (AE_MEASURED_BY below)
        # ("a first-infusion reaction with chills and wheezing was grade 2": the last of the parts listed after it
        # carries the grade, session 29)
        nxt = aes[i + 1] if i + 1 < len(aes) else None
        last = _last_part(s, m, aes[i + 1:])
        if m.attrs.get("grade") is None and last is not None and last.attrs.get("grade") is not None \
                and not (m.curie or "").startswith(LOCAL_PREFIX) \
                and not any(g.label == "GRADE" and m.end <= g.start < last.start for g in s.mentions):
            m.attrs = {**m.attrs, "grade": last.attrs["grade"]}
        # "blurred vision with light trails (grade 1)": an event of the same organ class told after
        # 'with' and graded by the bracket after it is the detail of the event named first, which
        # takes the grade (events of another class are its measure: AE_MEASURED_BY below)
        if m.attrs.get("grade") is None and nxt is not None and nxt.attrs.get("grade") is not None \
                and s.cue_between(Cue.AE_MEASURED_BY, m.end, nxt.start) and _same_organ_class(s, m, nxt) \
                and not any(g.label == "GRADE" and m.end <= g.start < nxt.start for g in s.mentions):
            m.attrs = {**m.attrs, "grade": nxt.attrs["grade"]}
            told_with.add(id(nxt))
        # "kidney injury with a creatinine of 2.2 mg/dL (grade 1)": the graded event right after
        # 'with' is the ungraded one's measure, one reaction (AE_MEASURED_BY)
        if m.attrs.get("grade") is None and any(
                k.attrs.get("grade") is not None and s.cue_between(Cue.AE_MEASURED_BY, m.end, k.start)
                for k in aes[i + 1:i + 2] if k.start >= m.end):
            continue
        # "grade 4 thrombocytopenia with epistaxis": the ungraded event right after a graded one and
        # 'with' is what that reaction showed (AE_MEASURED_BY the other way round), one entry
        if m.attrs.get("grade") is None and kept and kept[-1].attrs.get("grade") is not None \
                and kept[-1].end <= m.start and s.cue_between(Cue.AE_MEASURED_BY, kept[-1].end, m.start):
            continue
        kept.append(m)
    return kept


def _family_member_told_before(events: list[AdverseEvent], m: Mention, concept: Concept) -> Concept:
    """ "Panitumumab produced acneiform rash ... Rash was grade 2 this time": a bare head word
    ("rash") whose term is one of a family of terms named by that word first ("Rash maculo-papular",
    "Rash acneiform") restates the one member of that family the case already recorded."""
    word = m.text.lower()
    if " " in word or "-" in word or not concept.label.lower().startswith(word + " "):
        return concept
    members = {a.concept.label: a.concept for a in events
               if a.concept.label.lower().startswith(word + " ") and a.concept.label != concept.label}
    return next(iter(members.values())) if len(members) == 1 else concept


def add_unnamed_treatment_events(events: list[AdverseEvent], s: Sentence) -> None:
    """Before any therapy line is known (no drug named as given): the sentence's events it puts
    down to the cancer treatment in words that name no drug ("post-chemotherapy anemia", "ovarian
    failure after abdominal irradiation and chemotherapy"), and its graded events, are adverse
    events with no drug. Other
    events of such a story are symptoms (an antibiotic's reaction, the presentation)."""
    aes = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and m.status == "affirmed" and _counts(s, m)]
    aes = _without_manifestations(s, aes)
    if s.cue(Cue.AE_GENERIC):
        aes = [m for m in aes if m.attrs.get("grade") is not None]
    # a CTCAE grade is given to a treatment's toxicity: before any drug line it is an event of the
    # unnamed or local treatment ("grade 2 radiation dermatitis and grade 1 xerostomia"), unless
    # the sentence names a drug (then no cancer drug) or puts the event down to something else
    # (AE_ATTRIBUTION: "a rash attributed to amoxicillin (grade 1)", "drug-induced hepatitis")
    # (a word that names the cancer treatment itself is no other agent: "he was treated with chemotherapy; grade 3
    # mucositis occurred", AE_CANCER_TREATMENT)
    words = [(c.start, c.end) for c in s.cues(Cue.AE_CANCER_TREATMENT)]
    no_other_agent = not any(d.label in _DRUG_LABELS and not any(a <= d.start and d.end <= b for a, b in words)
                             for d in s.mentions)
    other_cause = s.cue(Cue.AE_ATTRIBUTION) is not None
    for m in aes:
        graded = m.attrs.get("grade") is not None and no_other_agent and (
            not other_cause or _local_cause(s, m) is not None)
        if not (graded or _put_down_to_cancer_treatment(s, m)):
            continue
        concept = concept_of(m, "adverse_event")
        grade = m.attrs.get("grade")
        if any((a.concept.id or a.concept.label) == (concept.id or concept.label) and a.grade in (grade, None)
               for a in events):
            continue
        events.append(AdverseEvent(concept=concept, grade=grade, drugs=[], evidence=s.evidence_for(m)))


def _graded_from(s: Sentence, m: Mention) -> int:
    """Where event ``m`` starts with the grade written right before it ("grade 2 onycholysis"), so a
    list of events graded one by one is read as a list."""
    return next((g.start for g in s.mentions if g.label == "GRADE" and g.end <= m.start
                 and not s.text[g.end - s.start:m.start - s.start].strip()), m.start)


def add_adverse_events(events: list[AdverseEvent], s: Sentence, attributed: list[Concept],
                       anchored: bool = False, treated_from: int | None = None) -> None:
    """Add the sentence's adverse events (attributed to ``attributed`` drugs) to ``events``;
    a restated event is merged into the one already recorded. ``anchored``: the sentence names a
    drug of a therapy line, or follows one that does; ``treated_from``: the document offset where
    the story's first treatment is named, when this sentence starts it (events before it are
    symptoms at presentation)."""
    aes = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and m.status == "affirmed" and _counts(s, m, anchored)
           and (treated_from is None or m.start >= treated_from or _after_treatment(s, m, treated_from))]
    aes = _without_manifestations(s, aes)
    if not aes:
        return
    if s.cue(Cue.AE_GENERIC):  # "the renal failure usually develops 8 months after mitomycin": no event of hers
        aes = [m for m in aes if m.attrs.get("grade") is not None]
    graded = any(m.attrs.get("grade") is not None for m in aes)
    reported = None if graded else _reported(s, aes, anchored)
    if not aes or (not graded and not reported):
        return
    # an ungraded event counts because of its sentence's cue: the event keeps it
    why = [because("reported as an adverse event", reported)] if reported else []
    # "visual disturbances (blurred vision)": the aside restates the same event
    kept: list[Mention] = []
    carried: dict[int, int] = {}  # id of an aside's event -> the grade of the event it restates
    for m in aes:
        if kept and s.cue_between(Cue.ASIDE, kept[-1].end, m.start):
            # "grade 1 visual disturbance (flashing lights)": the bracketed event keeps the grade
            if m.attrs.get("grade") is None and kept[-1].attrs.get("grade") is not None:
                carried[id(m)] = kept[-1].attrs["grade"]
            # "severe cytokine release syndrome (CRS)": the short form keeps the severity of its long form
            if not m.attrs.get("severity") and kept[-1].attrs.get("severity"):
                m.attrs["severity"] = kept[-1].attrs["severity"]
            kept[-1] = m
            continue
        kept.append(m)
    uniq = list({(c.id, c.label): c for c in attributed}.values())
    prev_grade = None
    own_in_list = 0  # events of the current list that carry a grade of their own
    for i, m in enumerate(kept):
        grade = m.attrs.get("grade")
        listed = i > 0 and s.cue_between(Cue.LIST_GAP, kept[i - 1].end, _graded_from(s, m)) is not None
        own_in_list = (own_in_list if listed else 0) + (grade is not None)
        if grade is None:
            grade = carried.get(id(m))
        # "grade II diarrhea and asthenia": the list shares its one grade, and so does a graded item
        # with the event joined to it by a bare "and" ("grade I cytolysis, grade II diarrhea and
        # asthenia"); in a list graded item by item, an ungraded item after a comma ("grade 2
        # stomatitis and grade 2 onycholysis, and dry eyes") has no grade (parsing, not a cue)
        if grade is None and prev_grade is not None and listed and (
                own_in_list < 2 or not {",", ";"} & set(s.text[kept[i - 1].end - s.start:m.start - s.start])):
            grade = prev_grade
        prev_grade = grade
        concept = _family_member_told_before(events, m, concept_of(m, "adverse_event"))
        # a graded event of radiotherapy or surgery is no drug's; a table row's event is the drugs its own row
        # names, where they are drugs of the line ("Neutropenia | 3 | carboplatin", cells set apart by " | " or tabs)
        drugs = [] if _local_cause(s, m) is not None else (_row_drugs(s, m, uniq) or uniq)
        # the same event restated: keep one, with the grade if given now; an ungraded restatement
        # ("pyrexia grade 2 ...; dabrafenib was interrupted for fever") is the graded event told before
        same = next((a for a in events if (a.concept.id or a.concept.label) == (concept.id or concept.label)
                     and (a.grade in (grade, None) or grade is None)), None)
        if same is not None:
            same.grade = same.grade if same.grade is not None else grade
            same.drugs.extend(d for d in drugs if d not in same.drugs)
        else:
            events.append(AdverseEvent(concept=concept, grade=grade, drugs=list(drugs), evidence=s.evidence_for(m),
                                       why=list(why) if grade is None else []))
        # a table row of worst grades per regimen or drug ("Diarrhoea | FOLFOX: 1 | FOLFIRI: 3", kg_context's
        # ``grades``): one entry per grade, as one event at two grades is two (session 31); also when the story told
        # the event at one of them before ("grade 2 stomatitis" in the text, "Stomatitis | 2 | 1" in the table)
        for other in m.attrs.get("grades") or ():
            if not any((a.concept.id or a.concept.label) == (concept.id or concept.label) and a.grade == other
                       for a in events):
                events.append(AdverseEvent(concept=concept, grade=other, drugs=list(drugs), evidence=s.evidence_for(m)))


def add_summary_events(events: list[AdverseEvent], support: list[Sentence], lines: list[Treatment]) -> None:
    """A report may grade a toxicity only where it sums the patient up, in its abstract or
    introduction ("We describe a woman who developed grade 3 pneumonitis on osimertinib"; "Our patient had grade 4
    neutropenia after the first cycle"), while its story (the case section, or the body) tells it without the event's name. A graded event of
    a sentence outside the case's story that speaks of the patient (sentence flag ``patient_anchor``, no literature
    flag), which the case records under no grade at all, is the case's, once the case has a therapy line; its drugs
    are the lines' drugs the sentence names. An event the story told with no grade takes the grade the summary gives it."""
    given: dict[str, Concept] = {}
    for t in lines:
        for d in t.drugs:
            given.setdefault(d.id or d.label.lower(), d)
    if not given:
        return
    for s in support:
        if not s.patient_anchor:
            # an unanchored sentence with no literature flag that dates a graded event in the course (AE_STORY_TIME)
            if s.flags & _NOT_THE_PATIENTS or s.cue(Cue.AE_STORY_TIME) is None:
                continue
            aes = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and m.attrs.get("grade") is not None
                   and _counts(s, m) and _own_status(s, m) == "affirmed"]
            _add_summary(events, s, aes, given)
            continue
        # "The present patient experienced grade 3 diarrhea, as most patients do": a sentence with literature words
        # still retells the patient's own event told right after the patient and a verb (AE_OWN_PATIENT_TOLD)
        aes = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and m.attrs.get("grade") is not None and _counts(s, m)
               and ((m.status == "affirmed" and not s.literature) or (
                   s.literature and m.status == "literature" and s.cue_before(Cue.AE_OWN_PATIENT_TOLD, m.start)))]
        _add_summary(events, s, aes, given)


def _own_status(s: Sentence, m: Mention) -> str:
    """The mention's ConText status in its sentence, before the sentence's literature status overrode it."""
    return engine().status(s.text, m.start - s.start, m.end - s.start, m.label,
                           [Other(o.label, o.start - s.start, o.end - s.start) for o in s.mentions])


def _add_summary(events: list[AdverseEvent], s: Sentence, aes: list[Mention], given: dict[str, Concept]) -> None:
    """Record the graded events ``aes`` of the summary sentence ``s`` (add_summary_events)."""
    for m in _without_manifestations(s, aes):
        concept = concept_of(m, "adverse_event")
        same = [a for a in events if (a.concept.id or a.concept.label) == (concept.id or concept.label)]
        # "On day 4 she had watery stools ..." / Discussion: "The present patient experienced grade 3 diarrhea": the
        # story told the event with no grade, the summary of the patient grades it (session 24)
        # (not the abstract's or introduction's summary, and not an event its story sentence told with another graded
        # event, which the grade may be: "... immune-mediated hepatitis, grade 3 transaminase elevation")
        if len(same) == 1 and same[0].grade is None and m.attrs.get("grade") is not None \
                and s.section.kind not in ("abstract", "title", "introduction") and not any(
                    a.grade is not None and a.evidence.sentence_start == same[0].evidence.sentence_start for a in events):
            same[0].grade = m.attrs["grade"]
            same[0].why = []
            continue
        if m.attrs.get("grade") is None or same:
            continue
        drugs = [given[k] for d in s.mentions if d.label in _DRUG_LABELS for k in [d.curie or d.text.lower()]
                 if k in given]
        events.append(AdverseEvent(concept=concept, grade=m.attrs["grade"], drugs=list(dict.fromkeys(drugs)),
                                   evidence=s.evidence_for(m)))


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
        # where the narrative's own name for a drug stands in the title (a word search for a
        # name known only once the narrative is read; no cue)
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?!\w)", low):
            if not any(d.start < hit.end() and hit.start() < d.end for d in found):
                found.append(_TitleDrug(hit.start(), hit.end(), frozenset(keys), False))
    return sorted(found)


def _title_causes(title: Sentence, m: Mention, drugs: list[_TitleDrug]) -> list[_TitleDrug]:
    """The drugs a title puts its event ``m`` down to (AE_TITLE_CAUSE): a drug named right before
    it ("Sorafenib-induced myocardial infarction", "Doxorubicin cardiomyopathy"), or after a cause
    word ("Acute renal failure after high-dose methotrexate"), with the drugs listed after that one
    ("... as a result of chemotherapy with epirubicin and paclitaxel")."""
    t0 = title.start  # _TitleDrug offsets are the title's
    a, b = m.start - t0, m.end - t0
    before = [d for d in drugs if d.end <= a]
    if before and title.cue_between(Cue.AE_TITLE_DRUG_FIRST, t0 + before[-1].end, m.start) \
            and not title.cue_between(Cue.AE_TITLE_NOT_CAUSE_AFTER_DRUG, t0 + before[-1].end, m.start):
        return [before[-1]]
    after = [d for d in drugs if d.start >= b]
    if not after:
        return []
    if not title.cue_between(Cue.AE_TITLE_EVENT_FIRST, m.end, t0 + after[0].start) \
            or title.cue_between(Cue.AE_TITLE_NOT_CAUSE_BEFORE_DRUG, m.end, t0 + after[0].start) \
            or title.cue_after(Cue.AE_TITLE_NOT_CAUSE_NEXT_WORD, t0 + after[0].end):  # "after crizotinib discontinuation"
        return []
    causes = [after[0]]
    for prev, cur in zip(after, after[1:]):
        if not title.cue_between(Cue.AE_TITLE_DRUG_LIST, t0 + prev.end, t0 + cur.start):
            break
        causes.append(cur)
    return causes


def finish_adverse_events(events: list[AdverseEvent], title: list[Sentence], lines: list[Treatment],
                          narrative: list[Sentence], report_grades: bool = False) -> None:
    """The case's events once its story is read: a syndrome graded through its manifestation
    (:func:`grade_syndromes_by_their_manifestation`), unsized events of a grading report dropped
    (:func:`drop_unsized_events_of_a_grading_report`), the title's event (:func:`add_title_adverse_events`),
    a grade told of the toxicity as a whole (:func:`grade_the_one_event_by_a_whole_grade`), then a syndrome's ungraded manifestations folded into it (:func:`fold_manifestations`),
    local terms named by their CTCAE term and an unsized restatement of a graded event merged into it
    (:func:`merge_restated_events`). ``report_grades``: the report grades toxicities in its other cases (a series: :func:`grades_toxicities`)."""
    terms = next((s.terms for s in narrative + title if s.terms is not None), None)
    if terms is not None:
        grade_syndromes_by_their_manifestation(events, terms)
    drop_unsized_events_of_a_grading_report(events, narrative, report_grades)
    add_title_adverse_events(events, title, lines, narrative)
    grade_the_one_event_by_a_whole_grade(events, narrative)
    if terms is not None:
        fold_manifestations(events, terms, narrative)
        name_by_measured_ctcae_term(events, terms, narrative)
        name_by_ctcae_term(events, terms)
    merge_restated_events(events, narrative)


def name_by_measured_ctcae_term(events: list[AdverseEvent], terms, narrative: list[Sentence]) -> None:
    """ "immune-mediated hepatitis with ALT 8 times the upper limit of normal (grade 3)": a graded event under a
    project-local syndrome term that CTCAE v5.0 grades by one of its measured manifestations (the term's
    ``ctcae_measured``: Hepatitis -> Alanine aminotransferase increased) is recorded under that CTCAE term when the
    case's narrative names an analyte of the term's ``measured_by`` terms (ALT, AST, transaminases), as a
    CTCAE grader would (session 36; the gold's CTCAE rule, benchmarks/gold/README.md). Told without any value, the
    syndrome keeps its own name; an entry of the CTCAE term at the same grade takes the syndrome's drugs."""
    named = None
    for e in [e for e in events if e.grade is not None]:
        target = terms.extra(e.concept.id, "ctcae_measured") if (e.concept.id or "").startswith(LOCAL_PREFIX) else None
        info = terms.info(terms.lower_names.get(target.lower())) if target else None
        if info is None:
            continue
        if named is None:
            named = set().union(*(lab_terms_named(s.text) for s in narrative)) if narrative else set()
        measures = {p.strip().lower() for p in (terms.extra(e.concept.id, "measured_by") or info.label).split(",")}
        if not named & measures:
            continue
        _rename_or_merge(events, e, info)


def name_by_ctcae_term(events: list[AdverseEvent], terms) -> None:
    """ "grade 2 neuropathy", "transaminitis (grade 3)": an event left under a project-local term that stands for one
    CTCAE v5.0 term (the local term's ``ctcae``: Peripheral neuropathy -> Peripheral sensory neuropathy, Transaminases
    increased -> Alanine aminotransferase increased) is recorded under that term, as a CTCAE grader would (session 30).
    The local term did its work while the story was read (a vague name restated by a precise one, a syndrome's
    manifestations); an event the case already records under the CTCAE term at the same grade takes its drugs.
    """
    for e in list(events):
        tid = terms.lower_names.get((terms.extra(e.concept.id, "ctcae") or "").lower())
        info = terms.info(tid) if (e.concept.id or "").startswith(LOCAL_PREFIX) else None
        if info is None:
            continue
        _rename_or_merge(events, e, info)


def _rename_or_merge(events: list[AdverseEvent], e: AdverseEvent, info) -> None:
    """Record ``e`` under the term ``info``; an entry the case already has under that term at the same grade takes
    ``e``'s drugs instead (one event, one entry per grade: the gold's convention 4)."""
    same = next((o for o in events if o is not e and o.concept.id == info.id and o.grade == e.grade), None)
    if same is not None:
        same.drugs.extend(d for d in e.drugs if d not in same.drugs)
        events.remove(e)
        return
    e.concept = Concept(id=info.id, label=info.label, kind=e.concept.kind)


def merge_restated_events(events: list[AdverseEvent], narrative: list[Sentence]) -> None:
    """An ungraded event with no severity word whose term the case also records with a grade is that event told before
    (or after) its grade was given, often under another name of the same term ("numbness of the toes appeared. The
    neuropathy was graded as grade 2", session 31): the graded entry keeps it, with its drugs. Two grades of one term
    stay two entries, and so does a severity word's event beside a grade (the gold's conventions 4 and 5)."""
    graded = {}
    for e in events:
        if e.grade is not None:
            graded.setdefault(e.concept.id or e.concept.label, e)
    by_start = {m.start: (s, m) for s in narrative for m in s.mentions if m.label == "ADVERSE_EVENT"}
    for e in [e for e in events if e.grade is None and not _sized(e, by_start)]:
        same = graded.get(e.concept.id or e.concept.label)
        if same is not None:
            same.drugs.extend(d for d in e.drugs if d not in same.drugs)
            events.remove(e)


def _sized(e: AdverseEvent, by_start: dict[int, tuple[Sentence, Mention]]) -> bool:
    """The event's own mention carries a severity word ("mild mucositis", "paronychia was mild"), a measured
    value or an action that sizes it."""
    found = by_start.get(e.evidence.mention_start) if e.evidence is not None else None
    if found is None:
        return True  # not read from a narrative mention: nothing says it is unsized
    s, m = found
    # ... or is sized by its measured value in a sentence that tells its onset, puts it down to the treatment
    # or tells what was done for it ("sunitinib was held for hyponatraemia (sodium 121 mmol/L)": AE_SIZED_BY_VALUE
    # with AE_CUE or AE_ONSET; a value a routine test "showed" is a finding), or by what it took ("platelet transfusions for
    # thrombocytopenia", "dose-limiting mucositis": AE_SIZED_BY_ACTION)
    return (bool(m.attrs.get("severity")) or s.cue_after(Cue.AE_SEVERITY_AFTER, m.end) is not None
            or (s.cue_after(Cue.AE_SIZED_BY_VALUE, m.end) is not None
                and (s.cue(Cue.AE_CUE) is not None or s.cue(Cue.AE_ONSET) is not None))
            or s.cue(Cue.AE_SIZED_BY_ACTION) is not None)


def grades_toxicities(narrative: list[Sentence]) -> bool:
    """The narrative (all cases of a series) grades its toxicities: CTCAE grades on at least two
    different events of the patients' stories."""
    return len({m.curie or m.text.lower() for s in narrative for m in s.mentions
                if m.label == "ADVERSE_EVENT" and m.status == "affirmed" and m.attrs.get("grade") is not None}) >= 2


def drop_unsized_events_of_a_grading_report(events: list[AdverseEvent], narrative: list[Sentence],
                                            report_grades: bool = False) -> None:
    """A report that grades its toxicities (CTCAE grades on at least two events of the case, or
    ``report_grades``: of the series' other cases) records a side effect with a grade or a severity
    word; an event it names with neither ("alopecia", "he developed cough", "with E. coli
    bacteraemia") is a finding of the story, no graded toxicity. A report that grades nothing
    (most abstracts) keeps its ungraded events."""
    by_start = {m.start: (s, m) for s in narrative for m in s.mentions if m.label == "ADVERSE_EVENT"}
    # (session 42: one event sized by a grade or a severity word of its own makes the report one that sizes its
    # toxicities, as the gold's convention 5 reads it: "severe mucositis" beside an unsized hearing loss)
    if not report_grades and sum(1 for e in events if e.grade is not None or _own_severity(e, by_start)) < 1:
        return
    events[:] = [e for e in events if e.grade is not None or _sized(e, by_start)]


def grade_the_one_event_by_a_whole_grade(events: list[AdverseEvent], narrative: list[Sentence]) -> None:
    """An older abstract grades its one reaction as a whole, in a sentence that names no event ("The
    toxicity was WHO grade III", "This was classified as grade IV toxicity": AE_WHOLE_GRADE): the case's
    only event, ungraded and told before that sentence, takes the grade. Two events, or an event already
    graded, leave the grade to no one (which event it sizes is not said)."""
    if len(events) != 1 or events[0].grade is not None or events[0].evidence is None:
        return
    told_at = events[0].evidence.mention_start
    for s in narrative:
        if s.start <= told_at or any(m.label == "ADVERSE_EVENT" for m in s.mentions) or s.cue(Cue.AE_WHOLE_GRADE) is None:
            continue
        grades = {g.attrs.get("grade") for g in s.mentions if g.label == "GRADE"} - {None}
        if len(grades) == 1:
            events[0].grade = grades.pop()
            return


def _manifestations(terms, head: AdverseEvent | Concept) -> set[str]:
    concept = head.concept if isinstance(head, AdverseEvent) else head
    return {p.strip().lower() for p in (terms.extra(concept.id, "manifestations") or "").split(",") if p.strip()}


def grade_syndromes_by_their_manifestation(events: list[AdverseEvent], terms) -> None:
    """ "... AST to 355 U/L — immune-mediated hepatitis, grade 3 transaminase elevation": an ungraded
    syndrome that has no CTCAE term (a local id: hepatitis, cardiotoxicity) named in the same sentence
    as one graded manifestation of it (its term's ``manifestations``) is one reaction graded through that manifestation: the syndrome takes the
    grade and the manifestation's drugs, and the manifestation is no entry of its own."""
    # only a syndrome CTCAE has no term for ("Other, specify": a project-local id) is graded through
    # its manifestation; febrile neutropenia has grades of its own beside a graded neutropenia
    for head in [e for e in events if e.grade is None and (e.concept.id or "").startswith(LOCAL_PREFIX)]:
        parts = _manifestations(terms, head)
        if not parts or head.evidence is None:
            continue
        graded = [e for e in events if e is not head and e.grade is not None and e.concept.label.lower() in parts
                  and e.evidence is not None and e.evidence.sentence_start == head.evidence.sentence_start]
        if len(graded) != 1:
            continue
        head.grade = graded[0].grade
        head.drugs.extend(d for d in graded[0].drugs if d not in head.drugs)
        events.remove(graded[0])


def fold_manifestations(events: list[AdverseEvent], terms, narrative: list[Sentence] = ()) -> None:
    """One reaction is one event: an ungraded event that is a manifestation of a syndrome the case
    records (the syndrome term's ``manifestations``, term labels in ``ontology/terms``: renal failure
    and thrombocytopenia of a haemolytic uraemic syndrome, hyponatraemia of an SIADH) is that
    syndrome's, and its drugs join the syndrome's.

    A manifestation the report sizes with a severity word of its own ("mild diarrhoea and grade 3 colitis",
    "moderate dyspnoea ... pneumonitis") is told as an event of its own, as a CTCAE grader records each term it
    grades: the gold's convention 5 makes a severity word's event an entry, and its rule "one reaction = one
    entry, its manifestations are labels" concerns the signs told as the reaction's, unsized (session 42,
    benchmarks/gold/README.md; tests/extraction/test_fact_phrasings.py #48)."""
    by_start = {m.start: (s, m) for s in narrative for m in s.mentions if m.label == "ADVERSE_EVENT"}
    for head in list(events):
        if head not in events:
            continue
        parts = _manifestations(terms, head)
        if not parts:
            continue
        for e in [e for e in events if e is not head and e.grade is None and e.concept.label.lower() in parts
                  and not _own_severity(e, by_start)]:
            head.drugs.extend(d for d in e.drugs if d not in head.drugs)
            events.remove(e)


def _own_severity(e: AdverseEvent, by_start: dict[int, tuple[Sentence, Mention]]) -> bool:
    """The event's own mention carries a severity word ("mild diarrhoea"), or one is stated of it ("the diarrhoea
    was mild": AE_SEVERITY_AFTER)."""
    found = by_start.get(e.evidence.mention_start) if e.evidence is not None else None
    if found is None:
        return False
    s, m = found
    return bool(m.attrs.get("severity")) or s.cue_after(Cue.AE_SEVERITY_AFTER, m.end) is not None


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
            # "Sotorasib-induced hepatotoxicity" over a story that grades its ALT and AST rise: the
            # title's ungraded syndrome is the graded manifestations the narrative records
            shown = [] if same is not None or m.attrs.get("grade") is not None or s.terms is None or not concept.id \
                else [a for a in events if a.grade is not None and a.concept.label.lower() in _manifestations(s.terms, concept)]
            for a in ([same] if same is not None else shown):
                a.drugs.extend(d for d in attributed if d not in a.drugs)
            if same is not None or shown:
                continue
            events.append(AdverseEvent(concept=concept, grade=m.attrs.get("grade"), drugs=attributed,
                                       evidence=s.evidence_for(m)))


__all__ = ["add_adverse_events", "add_unnamed_treatment_events", "add_summary_events", "add_title_adverse_events", "finish_adverse_events",
           "grades_toxicities",
           "drop_unsized_events_of_a_grading_report", "fold_manifestations", "grade_syndromes_by_their_manifestation", "concept_of"]
