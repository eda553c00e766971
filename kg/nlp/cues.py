"""Every cue extraction consults, recognised once per document as a span: component ``kg_cues``.

Extraction decides facts because of cue words ("stopped" ends a line, "because of" names its cause,
"developed" ties an event to a drug, "differential" sets a tumour aside). The words are rows of
``kg/rules/*.jsonl``; this component finds them, once, and keeps each hit as a span: its cue
(one member of :class:`Cue`, the one registry of cue categories), the id of the rule row that
matched and its own character offsets. Extraction asks its ``Sentence`` for them
(``kg.extraction.mentions.Sentence.cue``, ``cue_before``, ``cue_after``, ``cue_between``) and
never scans text itself.

A cue is read in a *window* of the sentence, as ConText rules are (``kg/nlp/assertion.py``):

``sentence``
    anywhere in the sentence: every non-overlapping hit, in text order (``Sentence.cue(s)``).
``before``
    the text before an entity (up to ``chars`` characters): the first hit there, anchored at the
    entity's start (``Sentence.cue_before``). Rows ending in ``$`` are cues that end right before
    the entity ("failure of [the] X").
``after``
    the text after an entity (``chars`` characters), matched from its end: ``Sentence.cue_after``.
    Rows starting with ``^`` are cues glued to the entity ("X alone", "X-induced"). With
    ``chained`` the window starts where another cue's hit ends (and ends where its window ends).
``self``
    an entity's own text ("complete remission" names CR).
``between``
    the gap between two entities (from the first one's end, or its start, to the second one's
    start): the first hit, the hit at the gap's start (``match``) or the gap as a whole
    (``fullmatch``): ``Sentence.cue_between``. Adjacency tests ("a STOP cue ending right before
    the mention, modulo whitespace and 'the'") are such windows.

Windows are read only where extraction asks for them, so the component costs about what the
searches it replaces cost: for the entity labels a cue's spec names, in sentences that hold the
cue's literal words (``kg.rules.prefilter``: a sentence without "because" is never searched for a
CAUSE cue), in the section kinds extraction reads it in (a section doc says its kind in
``doc.user_data[SECTION_KIND_KEY]``, and whether its document has a case section in
``doc.user_data[HAS_CASE_KEY]``; a doc that says nothing is read whole), and the first hit only
where extraction reads only that.

Sets ``doc._.kg_cues``: a list of ``(cue, rule, start, end, anchor_start, anchor_end, value)``
tuples (document character offsets; ``anchor_*`` are the window's entity boundaries, -1 for
``sentence``; ``value`` the text of the rule's named group, e.g. the case number of "Case 2"),
which travels with ``Doc.to_bytes``. :func:`cue_spans` gives them as :class:`CueSpan`;
:func:`span_group` as a spaCy SpanGroup (token-aligned, for display: a cue may end inside a
token, "resum|ed").

Values that are not sentence text (a term's drug class, a section heading) are classified with
:func:`label_has` / :func:`label_is` / :func:`label_match` over the same rows.
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from kg.nlp.doc_text import doc_text
from kg.rules import Rule, rules
from kg.rules.prefilter import FOLD_TRAPS, literal_filter

CUES_KEY = "kg_cues"
# a closed bracket in a gap is an aside of the mention before it (a dose schedule), not a step of
# the story: the SEQUENCE_GAP window reads the gap without it (parsing, not a cue)
CLOSED_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")

if not Doc.has_extension(CUES_KEY):
    Doc.set_extension(CUES_KEY, default=None)


class Cue(str, enum.Enum):
    """Every cue category extraction consults: ``file/CATEGORY`` (``/window`` for a ConText-style
    category whose rows read different slices)."""

    # therapy.jsonl: therapy-sequence cues
    TUMOR_DIRECTED = "therapy/TUMOR_DIRECTED"
    SEQUENCE_GAP = "therapy/SEQUENCE_GAP"
    APPOSITION = "therapy/APPOSITION"
    SUPPORTIVE = "therapy/SUPPORTIVE"
    SYMPTOM = "therapy/SYMPTOM"
    SUPPORTIVE_GAP = "therapy/SUPPORTIVE_GAP"
    ATTRIBUTIVE_AFTER = "therapy/ATTRIBUTIVE_AFTER"
    RESUME = "therapy/RESUME"
    RESUME_NEGATED = "therapy/RESUME_NEGATED"
    MAINTENANCE_BEFORE = "therapy/MAINTENANCE_BEFORE"
    MAINTENANCE_AFTER = "therapy/MAINTENANCE_AFTER"
    LOOK_BACK = "therapy/LOOK_BACK"
    RESPONSE_ON = "therapy/RESPONSE_ON"
    RESPONSE_TO_DRUG = "therapy/RESPONSE_TO_DRUG"
    CLAUSE_BREAK = "therapy/CLAUSE_BREAK"
    CAUSE = "therapy/CAUSE"
    END = "therapy/END"
    END_BEFORE_DATE = "therapy/END/before_date"
    REASON = "therapy/REASON"
    MONITORING = "therapy/MONITORING"
    MONITORING_BEFORE = "therapy/MONITORING/before"
    DURING_LINE = "therapy/DURING_LINE"
    ANAPHORA = "therapy/ANAPHORA"
    RESPONSE_BEFORE_GIVEN = "therapy/RESPONSE_BEFORE_GIVEN"
    ONCOLOGY_WORD = "therapy/ONCOLOGY_WORD"
    PASSIVE_START = "therapy/PASSIVE_START"
    DATE_GAP_BREAK = "therapy/DATE_GAP_BREAK"
    SAME_PERIOD = "therapy/SAME_PERIOD"
    DURATION_OF_LINE = "therapy/DURATION_OF_LINE"
    # therapy.jsonl: classes of a term (label_is / label_has, not sentence text)
    DESCRIPTOR_CLASS = "therapy/DESCRIPTOR_CLASS"
    SUPPORTIVE_ONLY_CLASS = "therapy/SUPPORTIVE_ONLY_CLASS"
    CONDITIONAL_CLASS = "therapy/CONDITIONAL_CLASS"
    ALONE_ONLY_CLASS = "therapy/ALONE_ONLY_CLASS"
    DIAGNOSTIC_PROCEDURE_CLASS = "therapy/DIAGNOSTIC_PROCEDURE_CLASS"
    ONCOLOGY_ONLY_CLASS = "therapy/ONCOLOGY_ONLY_CLASS"
    # responses.jsonl
    FAILURE_AFTER = "responses/FAILURE_AFTER"
    NAMED_CR_WORD = "responses/NAMED_CR_WORD"
    ASSESSMENT_SEQUENCE = "responses/ASSESSMENT_SEQUENCE"
    # patient.jsonl
    PATIENT_INTRO = "patient/PATIENT_INTRO"
    PATIENT_INTRO_REPORT_LEVEL = "patient/PATIENT_INTRO/report_level"
    PATIENT_INTRO_IN_COHORT = "patient/PATIENT_INTRO/in_cohort"
    TITLE_INTRO = "patient/TITLE_INTRO"
    COHORT_REPORT = "patient/COHORT_REPORT"
    OTHER_STUDY = "patient/OTHER_STUDY"
    OWN_STUDY = "patient/OWN_STUDY"
    OUTCOME = "patient/OUTCOME"
    OUTCOME_SUBJECT = "patient/OUTCOME_SUBJECT"
    OUTCOME_NOT = "patient/OUTCOME_NOT"
    SEX_NOUN = "patient/SEX_NOUN"
    SEX_MALE_WORD = "patient/SEX_MALE_WORD"
    SEX_FEMALE_WORD = "patient/SEX_FEMALE_WORD"
    CASE_HEADING = "patient/CASE_HEADING"
    # procedures.jsonl
    TEST_PROCEDURE = "procedures/TEST_PROCEDURE"
    GENERIC_PROCEDURE = "procedures/GENERIC_PROCEDURE"
    # adverse_events.jsonl
    AE_RESOLVED = "adverse_events/AE_RESOLVED"
    AE_NEGATED_SUMMARY = "adverse_events/AE_NEGATED_SUMMARY"
    AE_OTHER_CAUSE_BEFORE = "adverse_events/AE_OTHER_CAUSE/before"
    AE_OTHER_CAUSE_AFTER = "adverse_events/AE_OTHER_CAUSE/after"
    AE_DISEASE_CAUSE = "adverse_events/AE_DISEASE_CAUSE"
    AE_CUE = "adverse_events/AE_CUE"
    AE_ONSET = "adverse_events/AE_ONSET"
    AE_ONSET_BEFORE = "adverse_events/AE_ONSET_BEFORE"
    AE_RESTATED_AS = "adverse_events/AE_RESTATED_AS"
    AE_GENERIC = "adverse_events/AE_GENERIC"
    AE_TREATMENT_WORD = "adverse_events/AE_TREATMENT_WORD"
    AE_CAUSE_VERB = "adverse_events/AE_CAUSE_VERB"
    AE_CANCER_TREATMENT = "adverse_events/AE_CANCER_TREATMENT"
    AE_CANCER_TREATMENT_BEFORE = "adverse_events/AE_CANCER_TREATMENT_BEFORE"
    AE_CAUSE_AFTER = "adverse_events/AE_CAUSE_AFTER"
    AE_AFTER_TREATMENT = "adverse_events/AE_AFTER_TREATMENT"
    AE_MANIFESTATION = "adverse_events/AE_MANIFESTATION"
    AE_SYNDROME_PART = "adverse_events/AE_SYNDROME_PART"
    ASIDE = "adverse_events/ASIDE"
    LIST_GAP = "adverse_events/LIST_GAP"
    AE_TITLE_DRUG_FIRST = "adverse_events/AE_TITLE_CAUSE/drug_first"
    AE_TITLE_EVENT_FIRST = "adverse_events/AE_TITLE_CAUSE/event_first"
    AE_TITLE_NOT_CAUSE_AFTER_DRUG = "adverse_events/AE_TITLE_NOT_CAUSE/after_drug"
    AE_TITLE_NOT_CAUSE_BEFORE_DRUG = "adverse_events/AE_TITLE_NOT_CAUSE/before_drug"
    AE_TITLE_NOT_CAUSE_NEXT_WORD = "adverse_events/AE_TITLE_NOT_CAUSE/next_word"
    AE_TITLE_DRUG_LIST = "adverse_events/AE_TITLE_DRUG_LIST"
    # diagnosis.jsonl
    DISEASE_SLOT = "diagnosis/DISEASE_SLOT"
    TYPE_MODIFIER = "diagnosis/TYPE_MODIFIER"
    NOT_TYPE_MODIFIER = "diagnosis/NOT_TYPE_MODIFIER"
    OF_SITE = "diagnosis/OF_SITE"
    EXPANDABLE_HEAD = "diagnosis/EXPANDABLE_HEAD"
    METASTATIC_SITE = "diagnosis/METASTATIC_SITE"
    NEW_PRIMARY = "diagnosis/NEW_PRIMARY"
    REVISED = "diagnosis/REVISED"
    NOT_THIS_DIAGNOSIS = "diagnosis/NOT_THIS_DIAGNOSIS"
    NOT_A_DISEASE = "diagnosis/NOT_A_DISEASE"
    DIAGNOSIS_CUE = "diagnosis/DIAGNOSIS_CUE"
    DIAGNOSIS_CLAUSE_BREAK = "diagnosis/DIAGNOSIS_CLAUSE_BREAK"
    REVISION_BREAK = "diagnosis/REVISION_BREAK"
    GENERIC_TUMOR = "diagnosis/GENERIC_TUMOR"
    ORGAN_LEVEL = "diagnosis/ORGAN_LEVEL"
    BENIGN_TUMOR = "diagnosis/BENIGN_TUMOR"
    ORGAN_AS_SITE_BEFORE = "diagnosis/ORGAN_AS_SITE/before"
    ORGAN_AS_SITE_AFTER = "diagnosis/ORGAN_AS_SITE/after"
    GENE_MUTATED_BEFORE = "diagnosis/GENE_MUTATED/before"
    GENE_MUTATED_AFTER = "diagnosis/GENE_MUTATED/after"
    MOLECULAR_SUBTYPE = "diagnosis/MOLECULAR_SUBTYPE"

    @property
    def file(self) -> str:
        return self.value.split("/")[0]

    @property
    def category(self) -> str:
        return self.value.split("/")[1]


DRUGS = frozenset({"DRUG", "DRUG_CLASS", "REGIMEN"})
TUMORS = frozenset({"TUMOR"})
AES = frozenset({"ADVERSE_EVENT"})
DRUG_WORDS = frozenset({"DRUG", "DRUG_CLASS"})
TITLE = frozenset({"title"})
# The section kinds where extraction reads a sentence-wide cue (kg.extraction: a case's narrative
# is its "case" section, else NARRATIVE_WITHOUT_CASE; a study reports its own cohort in
# COHORT_SECTIONS; tests/nlp/test_cues.py ties these to extraction's sets). A doc says its
# section's kind in ``doc.user_data[SECTION_KIND_KEY]`` (kg.extraction.analyse); without it every
# sentence is read.
SECTION_KIND_KEY = "kg_section_kind"
HAS_CASE_KEY = "kg_document_has_case"   # the document has a "case" section (kg.extraction.analyse)
NARRATIVE_SECTIONS = frozenset({"case", "abstract", "other", "results"})
INTRO_SECTIONS = frozenset({"title", "abstract", "results", "methods", "other"})
COHORT_SECTIONS = frozenset({"title", "abstract", "results", "methods"})
UNCASED_NARRATIVE = frozenset({"abstract", "other", "results"})


@dataclass(frozen=True)
class CueSpec:
    """How one cue is read: its rows (``window_field``: only rows with that ``window``; ``where``:
    only rows with that field set), the window and the entity labels whose windows are read."""

    cue: Cue
    window: str = "sentence"          # sentence | before | after | self | between
    mode: str = "search"              # search | match | fullmatch (a window read as a whole)
    labels: frozenset | None = None   # entities whose windows are read (before/after/self; between: the second)
    left_labels: frozenset | None = None   # between: the first entity
    left: str = "end"                 # between: the gap starts at the first entity's "end" or "start"
    chars: int | None = None          # before/after: the window's length
    chained: Cue | None = None        # after/between: the window starts at this cue's hits, not at an entity
    slice: bool = True                # after: match the window cut out (so ^ anchors) or in place (re.match(text, pos))
    mask: Cue | None = None           # hits of this cue are blanked out first ("was not resumed")
    strip_asides: bool = False        # between: closed brackets removed from the gap first
    per_row: bool = False             # sentence: every row on its own (each row's hits, not one alternation)
    where: str | None = None          # only rows with this field set
    window_field: str | None = None   # only rows whose ``window`` field is this
    group: str | int | None = None    # the named group whose text is the hit's value
    across_sentences: bool = False    # before: the window may reach into the sentences before
    first_only: bool = False          # sentence: extraction reads only the first hit (rows searched one by one)
    needs: frozenset | None = None    # sentence: read only where the sentence has an entity of these labels ...
    or_cue: Cue | None = None         # ... or a hit of this cue
    sections: frozenset | None = None  # sentence: read only in sections of these kinds (when the doc says its kind)
    clause_break: Cue | None = None   # before: the window starts after this cue's last hit before the entity
    also_at: Cue | None = None        # before: also before the first word of this cue's hits (a mention widened to them)
    repeat_unless: Cue | None = None  # before: read again before each hit, while the hit is not wholly this cue
    right: str = "entity"             # between: the gap ends at an entity's start, or at any "word_start"
    right_at: tuple = ()              # between: ... or at the start of these cues' hits
    windows_of: Cue | None = None     # between: the windows where this cue hit (read a second cue there)
    entities: Cue | None = None       # only entities whose name (term label, else text) starts with this cue
    without_case: bool = False        # read only in documents without a case section (the doc says so)
    unless_named: bool = False        # not in a doc that names a fusion or a tumor in words (see ONCOLOGY_WORD)
    prefilter: bool = True            # False: the literal check would pass nearly every sentence ("he" in "the")
    at: str | None = None             # before/after: also at every "words" (WORD) start/end, or at every "hyphens"


_ALL = None
SPECS: tuple[CueSpec, ...] = (
    # --- therapy lines ----------------------------------------------------------------------
    CueSpec(Cue.TUMOR_DIRECTED, first_only=True, needs=DRUGS),
    CueSpec(Cue.SEQUENCE_GAP, "between", labels=DRUGS, left_labels=DRUGS, strip_asides=True),
    CueSpec(Cue.APPOSITION, "between", "fullmatch", labels=DRUGS, left_labels=DRUGS),
    CueSpec(Cue.SUPPORTIVE, "after", "match", labels=DRUGS, chars=90),
    CueSpec(Cue.SYMPTOM, "after", "match", chained=Cue.SUPPORTIVE),
    CueSpec(Cue.SUPPORTIVE_GAP, "between", "fullmatch", labels=frozenset({"ADVERSE_EVENT"}), chained=Cue.SUPPORTIVE),
    CueSpec(Cue.ATTRIBUTIVE_AFTER, "after", "match", labels=frozenset({"DRUG_CLASS"})),
    CueSpec(Cue.RESUME_NEGATED, needs=DRUGS),
    CueSpec(Cue.RESUME, mask=Cue.RESUME_NEGATED, needs=DRUGS),
    CueSpec(Cue.MAINTENANCE_BEFORE, "before", labels=DRUGS),
    CueSpec(Cue.MAINTENANCE_AFTER, "after", "match", labels=DRUGS),
    CueSpec(Cue.LOOK_BACK, "before", labels=DRUGS),
    CueSpec(Cue.FAILURE_AFTER, "after", "match", labels=DRUGS, slice=False),
    CueSpec(Cue.RESPONSE_ON, "between", "match", labels=DRUGS, left_labels=frozenset({"RESPONSE"}), left="start"),
    CueSpec(Cue.RESPONSE_TO_DRUG, "between", labels=DRUGS, left_labels=frozenset({"RESPONSE"}), left="start"),
    CueSpec(Cue.CLAUSE_BREAK, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.CAUSE, "between", labels=frozenset({"RESPONSE"}), left_labels=DRUGS),
    CueSpec(Cue.ANAPHORA, first_only=True),
    CueSpec(Cue.END, first_only=True, needs=DRUGS, or_cue=Cue.ANAPHORA),
    CueSpec(Cue.END_BEFORE_DATE, "before", labels=frozenset({"DATE"}), chars=12),
    CueSpec(Cue.REASON, group=1, first_only=True, needs=DRUGS),
    CueSpec(Cue.MONITORING, first_only=True, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.MONITORING_BEFORE, "before", labels=frozenset({"RESPONSE"})),
    CueSpec(Cue.DURING_LINE, first_only=True, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.RESPONSE_BEFORE_GIVEN, "before", labels=frozenset({"RESPONSE"})),
    # asked only of a report that names no tumor and no fusion: a doc that names one in words (a
    # fusion, or a tumor of two words or more: no short form a definition could take away) skips it
    CueSpec(Cue.ONCOLOGY_WORD, first_only=True, unless_named=True),
    # --- dates ------------------------------------------------------------------------------
    CueSpec(Cue.PASSIVE_START, "after", "match", labels=DRUGS, slice=False),
    CueSpec(Cue.DATE_GAP_BREAK, needs=frozenset({"DATE"})),
    CueSpec(Cue.SAME_PERIOD, first_only=True, needs=DRUGS | {"RESPONSE"}, or_cue=Cue.ANAPHORA),
    CueSpec(Cue.DURATION_OF_LINE, "after", "match", labels=frozenset({"DURATION"})),
    # --- responses --------------------------------------------------------------------------
    CueSpec(Cue.NAMED_CR_WORD, "self", labels=frozenset({"RESPONSE"})),
    CueSpec(Cue.ASSESSMENT_SEQUENCE, "between", labels=frozenset({"RESPONSE"}), left_labels=frozenset({"RESPONSE"})),
    # --- patients and cases -----------------------------------------------------------------
    # a report with a case section is a case report: extraction asks whether the text introduces
    # a patient or reports a cohort only of the others
    CueSpec(Cue.PATIENT_INTRO, first_only=True, sections=INTRO_SECTIONS, without_case=True),
    CueSpec(Cue.PATIENT_INTRO_REPORT_LEVEL, where="report_level", first_only=True, sections=UNCASED_NARRATIVE,
            without_case=True),
    CueSpec(Cue.PATIENT_INTRO_IN_COHORT, where="in_cohort", first_only=True, sections=UNCASED_NARRATIVE,
            without_case=True),
    CueSpec(Cue.TITLE_INTRO, first_only=True, sections=frozenset({"title"}), without_case=True),
    CueSpec(Cue.COHORT_REPORT, first_only=True, sections=COHORT_SECTIONS, without_case=True),
    # asked only of a cohort-report sentence, and of one that recounts another study
    CueSpec(Cue.OTHER_STUDY, first_only=True, sections=COHORT_SECTIONS, without_case=True,
            needs=frozenset(), or_cue=Cue.COHORT_REPORT),
    CueSpec(Cue.OWN_STUDY, first_only=True, sections=COHORT_SECTIONS, without_case=True,
            needs=frozenset(), or_cue=Cue.OTHER_STUDY),
    CueSpec(Cue.OUTCOME, first_only=True, sections=NARRATIVE_SECTIONS),
    # read only in the clause of an OUTCOME hit
    CueSpec(Cue.OUTCOME_SUBJECT, needs=frozenset(), or_cue=Cue.OUTCOME),
    CueSpec(Cue.OUTCOME_NOT, needs=frozenset(), or_cue=Cue.OUTCOME),
    CueSpec(Cue.SEX_NOUN, per_row=True, sections=NARRATIVE_SECTIONS),
    CueSpec(Cue.SEX_MALE_WORD, sections=NARRATIVE_SECTIONS, prefilter=False),
    CueSpec(Cue.SEX_FEMALE_WORD, sections=NARRATIVE_SECTIONS),
    CueSpec(Cue.CASE_HEADING, "sentence", "match", group="n", sections=NARRATIVE_SECTIONS),
    # --- procedures ---------------------------------------------------------------------------
    CueSpec(Cue.TEST_PROCEDURE, "self", labels=frozenset({"PROCEDURE"})),
    # --- adverse events ------------------------------------------------------------------------
    CueSpec(Cue.AE_RESOLVED, "before", labels=AES),
    CueSpec(Cue.AE_NEGATED_SUMMARY, "before", labels=AES),
    CueSpec(Cue.AE_OTHER_CAUSE_BEFORE, "before", labels=AES, window_field="before"),
    CueSpec(Cue.AE_OTHER_CAUSE_AFTER, "after", labels=AES, window_field="after"),
    CueSpec(Cue.AE_DISEASE_CAUSE, "after", labels=AES),
    CueSpec(Cue.AE_CUE, first_only=True, needs=AES),
    CueSpec(Cue.AE_ONSET, first_only=True, needs=AES),
    CueSpec(Cue.AE_ONSET_BEFORE, "before", labels=AES),
    CueSpec(Cue.AE_RESTATED_AS, "between", "fullmatch", left_labels=AES, labels=AES),
    CueSpec(Cue.AE_GENERIC, first_only=True, needs=AES),
    CueSpec(Cue.AE_TREATMENT_WORD, needs=AES),
    CueSpec(Cue.AE_CAUSE_VERB, needs=AES),
    CueSpec(Cue.AE_CANCER_TREATMENT, needs=AES),
    CueSpec(Cue.AE_CANCER_TREATMENT_BEFORE, "before", labels=AES),
    # from an event to a drug, a treatment word or a cancer-treatment word at most 80 characters on
    CueSpec(Cue.AE_CAUSE_AFTER, "between", "fullmatch", left_labels=AES, labels=DRUG_WORDS,
            right_at=(Cue.AE_TREATMENT_WORD, Cue.AE_CANCER_TREATMENT), chars=80),
    CueSpec(Cue.AE_AFTER_TREATMENT, "between", left_labels=AES, labels=DRUGS),
    CueSpec(Cue.AE_MANIFESTATION, "between", "match", left_labels=AES, labels=AES),
    CueSpec(Cue.AE_SYNDROME_PART, "between", "match", left_labels=AES, labels=AES),
    CueSpec(Cue.ASIDE, "between", "fullmatch", left_labels=AES, labels=AES),
    CueSpec(Cue.LIST_GAP, "between", "fullmatch", left_labels=AES, labels=AES),
    # a case report's title: the drugs it names may be words the NLP did not tag (the narrative's
    # names for them), so its windows start and end at any word
    CueSpec(Cue.AE_TITLE_DRUG_FIRST, "between", "fullmatch", left="word_end", labels=AES, window_field="drug_first",
            sections=TITLE),
    CueSpec(Cue.AE_TITLE_NOT_CAUSE_AFTER_DRUG, "between", windows_of=Cue.AE_TITLE_DRUG_FIRST, sections=TITLE),
    CueSpec(Cue.AE_TITLE_EVENT_FIRST, "between", "fullmatch", left_labels=AES, right="word_start",
            window_field="event_first", sections=TITLE),
    CueSpec(Cue.AE_TITLE_NOT_CAUSE_BEFORE_DRUG, "between", windows_of=Cue.AE_TITLE_EVENT_FIRST, sections=TITLE),
    CueSpec(Cue.AE_TITLE_NOT_CAUSE_NEXT_WORD, "next_word", "match", sections=TITLE),
    CueSpec(Cue.AE_TITLE_DRUG_LIST, "between", "fullmatch", left="word_end", right="word_start", sections=TITLE,
            needs=AES),
    # --- diagnoses --------------------------------------------------------------------------
    CueSpec(Cue.DISEASE_SLOT, "before", labels=frozenset({"DRUG", "REGIMEN"}), chars=40, across_sentences=True),
    # the type words right before a tumor word ("T-cell large cell" lymphoma): one span, the run
    # (read beside a generic tumor word only: the only ones the text may specify)
    CueSpec(Cue.TYPE_MODIFIER, "before", labels=TUMORS, repeat_unless=Cue.NOT_TYPE_MODIFIER, entities=Cue.GENERIC_TUMOR),
    CueSpec(Cue.OF_SITE, "after", "match", labels=TUMORS, entities=Cue.GENERIC_TUMOR),
    CueSpec(Cue.EXPANDABLE_HEAD, "self", labels=TUMORS, entities=Cue.GENERIC_TUMOR),
    CueSpec(Cue.METASTATIC_SITE, first_only=True, needs=TUMORS, entities=Cue.GENERIC_TUMOR),
    CueSpec(Cue.NEW_PRIMARY, "before", labels=TUMORS, clause_break=Cue.DIAGNOSIS_CLAUSE_BREAK,
            chars=rules("diagnosis").rows("NEW_PRIMARY")[0].max_scope, also_at=Cue.TYPE_MODIFIER),
    CueSpec(Cue.REVISED, "before", labels=TUMORS, clause_break=Cue.REVISION_BREAK,
            chars=rules("diagnosis").rows("REVISED")[0].max_scope, also_at=Cue.TYPE_MODIFIER),
    CueSpec(Cue.NOT_THIS_DIAGNOSIS, "before", labels=TUMORS, clause_break=Cue.DIAGNOSIS_CLAUSE_BREAK),
    CueSpec(Cue.NOT_A_DISEASE, "after", "match", labels=TUMORS),
    CueSpec(Cue.DIAGNOSIS_CUE, first_only=True, needs=TUMORS),
    # an organ word in a site role, around any word of a sentence with a generic tumor word
    CueSpec(Cue.ORGAN_AS_SITE_BEFORE, "before", labels=frozenset(), needs=TUMORS, entities=Cue.GENERIC_TUMOR,
            at="words", window_field="before"),
    CueSpec(Cue.ORGAN_AS_SITE_AFTER, "after", "match", labels=frozenset(), needs=TUMORS, entities=Cue.GENERIC_TUMOR,
            at="words", window_field="after"),
    # a gene stated mutated: around a gene mention, or glued to a symbol the tokenizer kept whole ("NPM1-mutated")
    CueSpec(Cue.GENE_MUTATED_BEFORE, "before", labels=frozenset({"GENE"}), chars=40, window_field="before"),
    CueSpec(Cue.GENE_MUTATED_AFTER, "after", "match", labels=frozenset({"GENE"}), at="hyphens", window_field="after"),
)
# cues read from values that are not sentence text (a term's class, a section heading):
# label_has / label_is / label_match
LABEL_CUES = frozenset({Cue.DESCRIPTOR_CLASS, Cue.SUPPORTIVE_ONLY_CLASS, Cue.CONDITIONAL_CLASS,
                        Cue.ALONE_ONLY_CLASS, Cue.DIAGNOSTIC_PROCEDURE_CLASS, Cue.ONCOLOGY_ONLY_CLASS,
                        Cue.GENERIC_PROCEDURE, Cue.CASE_HEADING, Cue.GENERIC_TUMOR, Cue.ORGAN_LEVEL,
                        Cue.BENIGN_TUMOR, Cue.NOT_TYPE_MODIFIER, Cue.MOLECULAR_SUBTYPE})
# cues that only delimit another cue's window (the clause a "before" window reads)
WINDOW_CUES = frozenset({Cue.DIAGNOSIS_CLAUSE_BREAK, Cue.REVISION_BREAK})


def rows_of(cue: Cue, spec: CueSpec | None = None) -> list[Rule]:
    """The rule rows a cue is made of."""
    parts = cue.value.split("/")
    rows = rules(parts[0]).rows(parts[1])
    if spec is not None and spec.window_field is not None:
        rows = [r for r in rows if r.fields.get("window") == spec.window_field]
    if spec is not None and spec.where is not None:
        rows = [r for r in rows if r.fields.get(spec.where)]
    return rows


@lru_cache(maxsize=None)
def pattern_of(cue: Cue) -> re.Pattern:
    """One alternation of the cue's rows (``kg.rules.RuleFile.pattern``)."""
    spec = _SPEC_BY_CUE.get(cue)
    parts = cue.value.split("/")
    if spec is None or (spec.where is None and spec.window_field is None):
        return rules(parts[0]).pattern(parts[1])
    rows = rows_of(cue, spec)
    source = "|".join(f"(?:{r.source()})" for r in rows)
    return re.compile(source, 0 if rows[0].case_sensitive else re.I)


def label_has(cue: Cue, value: str) -> bool:
    """Does ``value`` (a term's label or class, not sentence text) contain the cue?"""
    return _label(cue, value, "search") is not None


def label_is(cue: Cue, value: str) -> bool:
    """Is ``value`` (a term's class, e.g. "antiemetic") wholly the cue?"""
    return _label(cue, value, "fullmatch") is not None


def label_match(cue: Cue, value: str) -> re.Match | None:
    """The cue at the start of ``value`` (a section heading: "Case 2")."""
    return _label(cue, value, "match")


def label_fullmatch(cue: Cue, value: str) -> re.Match | None:
    """``value`` (a term name) as a whole read by the cue, with the rule's named groups
    (MOLECULAR_SUBTYPE: "aml with npm1 mutation" -> base "aml", genes "npm1")."""
    return _label(cue, value, "fullmatch")


@lru_cache(maxsize=4096)
def _label(cue: Cue, value: str, how: str):
    if cue not in LABEL_CUES:
        raise KeyError(f"{cue.name} is read from sentence text, not from labels (kg_cues spans)")
    return getattr(pattern_of(cue), how)(value)


@dataclass(frozen=True)
class CueSpan:
    """One cue hit: its cue, the rule row that matched, its own document offsets, the window's
    entity boundaries (``anchor``; None for a sentence-wide cue) and the text of the rule's named
    group (``value``)."""

    cue: Cue
    rule: str
    start: int
    end: int
    anchor: tuple[int, int] | None = None
    value: str | None = None


def _first_chars(source: str, flags: int) -> str | None:
    """The characters any match of ``source`` starts with (a regex character class), or None when
    that is not known or a match may be empty. ``(?=[class])`` before a pattern does not change
    its matches (the first consumed character is tested twice) but lets ``re`` reject most
    positions at once: ~2x faster on word lists ("he", "his", "man" ...)."""
    from re import _constants as K  # noqa: N812
    from re import _parser

    _CATEGORIES = {K.CATEGORY_SPACE: "\\s", K.CATEGORY_DIGIT: "\\d", K.CATEGORY_WORD: "\\w"}

    def seq(data):
        out: set[str] = set()
        for op, av in data:
            if op in (K.AT, K.ASSERT, K.ASSERT_NOT):
                continue
            if op is K.LITERAL:
                return out | {chr(av)}, False
            if op is K.IN:
                chars = set()
                for iop, iav in av:
                    if iop is K.LITERAL:
                        chars.add(chr(iav))
                    elif iop is K.RANGE and iav[1] - iav[0] < 30:
                        chars.update(chr(c) for c in range(iav[0], iav[1] + 1))
                    elif iop is K.CATEGORY and iav in _CATEGORIES:
                        chars.add(_CATEGORIES[iav])
                    else:
                        return None, False
                return out | chars, False
            if op is K.BRANCH:
                parts = [seq(b.data) for b in av[1]]
                if any(c is None for c, _ in parts):
                    return None, False
                out |= set().union(*(c for c, _ in parts))
                if not any(n for _, n in parts):
                    return out, False
                continue
            if op is K.SUBPATTERN:
                if av[1] or av[2]:
                    return None, False  # local flags
                c, nullable = seq(av[3].data)
            elif op in (K.MAX_REPEAT, K.MIN_REPEAT, K.POSSESSIVE_REPEAT):
                c, nullable = seq(av[2].data)
                nullable = nullable or av[0] == 0
            else:
                return None, False
            if c is None:
                return None, False
            out |= c
            if not nullable:
                return out, False
        return out, True

    try:
        chars, nullable = seq(_parser.parse(source, flags).data)
    except Exception:  # noqa: BLE001 - only a speed-up
        return None
    if chars is None or nullable or not chars or len(chars) > 40:
        return None
    # a class item of a category (\s, \d, \w) stands as written; characters escaped
    return "[" + "".join(c if c in _CATEGORIES.values() else re.escape(c) for c in sorted(chars)) + "]"


def _fast(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with its first characters tested up front (:func:`_first_chars`)."""
    first = _first_chars(pattern.pattern, pattern.flags)
    return pattern if first is None else re.compile(f"(?={first})(?:{pattern.pattern})", pattern.flags)


class _Compiled:
    """A spec with its pattern, literal prefilter and rows (for the row id of a hit)."""

    def __init__(self, spec: CueSpec):
        self.spec = spec
        self.cue = spec.cue
        self.rows = rows_of(spec.cue, spec)
        self.pattern = pattern_of(spec.cue)
        self.fold = bool(self.pattern.flags & re.IGNORECASE)
        self.may = literal_filter(self.pattern) if spec.prefilter else None
        self.row_patterns = [(r.id, r.compiled()) for r in self.rows]
        self.row_filters = [literal_filter(p) for _, p in self.row_patterns]
        # what scans sentences: the same patterns, their first characters tested up front
        self.scan = _fast(self.pattern)
        self.row_scans = [(rid, _fast(p)) for rid, p in self.row_patterns]
        self.empty = getattr(self.pattern, spec.mode)("") is not None
        # entity labels without which the spec reads nothing in a sentence
        if spec.window == "between":
            self.labels = spec.labels if spec.chained is not None else None
            right = None if (spec.right_at or spec.right != "entity") else spec.labels
            self.both = (spec.left_labels, right) if spec.chained is None else None
        elif spec.window in ("before", "after", "self"):
            # (windows at words or hyphens are read whatever entities the sentence has)
            self.labels, self.both = (spec.labels if spec.chained is None and spec.at is None else None), None
        else:
            self.labels, self.both = spec.needs, None
        self.needs = spec.needs if spec.window != "sentence" else None  # a window's own needs

    def possible(self, text: str, low: str, trap: bool) -> bool:
        """May the sentence hold the cue at all (``kg.rules.prefilter``: its literals occur)?
        ``trap``: the text has a character ``re`` folds to ASCII where ``str.lower`` does not."""
        if self.may is None:
            return True
        if self.fold:
            return trap or self.may(low)
        return self.may(text)

    def first(self, text: str, low: str, trap: bool):
        """The first hit of the alternation, row by row: the leftmost of the rows' first matches
        (rows whose literals are absent are skipped), the earlier row at the same offset, as one
        alternation's search gives it."""
        best = None
        for (rid, pat), may in zip(self.row_scans, self.row_filters):
            if may is not None and not trap and not may(low if self.fold else text):
                continue
            m = pat.search(text)
            if m is not None and (best is None or m.start() < best[1].start()):
                best = (rid, m)
        return best

    def rule_at(self, text: str, pos: int, endpos: int | None = None) -> str:
        """The row that matched at ``pos``: the first row of the alternation that matches there."""
        if len(self.row_patterns) == 1:
            return self.row_patterns[0][0]
        how = "fullmatch" if self.spec.mode == "fullmatch" else "match"
        for rid, pat in self.row_patterns:
            m = getattr(pat, how)(text, pos) if endpos is None else getattr(pat, how)(text, pos, endpos)
            if m is not None:
                return rid
        return self.row_patterns[0][0]

    def value(self, m: re.Match) -> str | None:
        g = self.spec.group
        return None if g is None else m.group(g)


_SPEC_BY_CUE = {s.cue: s for s in SPECS}


@lru_cache(maxsize=1)
def _compiled() -> tuple[_Compiled, ...]:
    return tuple(_Compiled(s) for s in SPECS)


def _masked(text: str, hits: list[tuple[int, int]]) -> tuple[str, Callable[[int], int]]:
    """``text`` with each hit replaced by one space (as ``re.sub(" ", ...)``), and a map from
    offsets of the new text back to ``text``."""
    parts, marks, last, shift = [], [], 0, 0
    for a, b in hits:
        parts.append(text[last:a])
        parts.append(" ")
        marks.append((a - shift + 1, shift + (b - a) - 1))  # from this new offset on, add this
        shift += (b - a) - 1
        last = b
    parts.append(text[last:])

    def back(i: int) -> int:
        add = 0
        for at, s in marks:
            if i >= at:
                add = s
        return i + add

    return "".join(parts), back


def _word_starts(text: str) -> set[int]:
    """Offsets where a word begins (a word character after a non-word one)."""
    return {m.start() for m in _WORD_RUN.finditer(text)}


def _word_ends(text: str) -> set[int]:
    return {m.end() for m in _WORD_RUN.finditer(text)}


_WORD_RUN = re.compile(r"\w+")
# a word of the sentence as kg/extraction/diagnoses.py looks organ words up among the term names
# (the ORGAN_AS_SITE windows are read around each): parsing, no cue
WORD = re.compile(r"[A-Za-z][\w/-]*")


def _names(cue: Cue, ent: tuple) -> bool:
    """Does the entity's name (term label, else its text) start with ``cue``?"""
    return _label(cue, ent[3].strip(), "match") is not None


def _first_word(text: str, start: int, end: int) -> int:
    """The offset of the first non-space character of ``text[start:end]`` (a mention widened to a
    run of words starts there)."""
    x = text[start:end]
    return start + len(x) - len(x.lstrip())


def _run_before(c: "_Compiled", text: str, b: int) -> list[tuple]:
    """The run of cue words right before offset ``b``: the hit before ``b``, then the hit before
    that one, ..., until none, or one that is wholly a ``repeat_unless`` cue ("metastatic"). One
    span from the run's first hit to ``b``."""
    start, rule = b, None
    while True:
        m = c.scan.search(text[:start])
        if not m or _label(c.spec.repeat_unless, m.group(0).strip(), "fullmatch") is not None:
            break
        start, rule = m.start(), c.rule_at(text[:start], m.start())
    return [] if rule is None else [(c.cue, rule, start, b, b, b, None)]


def _pattern(cue: Cue) -> re.Pattern:
    return pattern_of(cue)


def _without_asides(gap: str) -> str:
    return CLOSED_ASIDE.sub(" ", gap)


def active_specs(section: str | None = None, doc_has_case: bool | None = None, names_cancer: bool = False,
                 compiled: Iterable[_Compiled] | None = None) -> list[_Compiled]:
    """The specs read in a doc: those of its section kind (any, when unknown), without the
    no-case-section ones in a doc that has a case section and the ``unless_named`` ones in a doc
    that names a tumor or fusion in words."""
    return [c for c in (compiled if compiled is not None else _compiled())
            if not c.spec.across_sentences
            and not (section is not None and c.spec.sections is not None and section not in c.spec.sections)
            and not (doc_has_case and c.spec.without_case) and not (names_cancer and c.spec.unless_named)]


def _plan(compiled: Iterable[_Compiled]) -> list[tuple[frozenset | None, list[_Compiled]]]:
    """The specs in runs of one *gate*: entity labels one of which a sentence must have for any spec
    of the run to read anything (None: no such label), so a sentence without an adverse event skips
    every adverse-event window at once. Spec order (chained cues after their parents) is kept."""
    plan: list[tuple[frozenset | None, list[_Compiled]]] = []
    for c in compiled:
        gate = None
        if c.spec.entities is None:
            if c.needs is not None:
                gate = c.needs
            elif c.labels is not None and c.spec.or_cue is None:
                gate = c.labels
            elif c.both is not None and c.both[0] is not None:
                gate = c.both[0]
        if plan and plan[-1][0] == gate:
            plan[-1][1].append(c)
        else:
            plan.append((gate, [c]))
    return plan


def sentence_cues(text: str, ents: list[tuple], compiled: Iterable[_Compiled] | None = None,
                  section: str | None = None, doc_has_case: bool | None = None, names_cancer: bool = False,
                  plan: list | None = None):
    """Every cue hit of one sentence: ``text`` and its entities as ``(label, start, end, name)``
    (offsets in ``text``; name: the term label, else the text); ``section``: the kind of its
    section, ``doc_has_case``: whether the document has a case section, if known (``compiled``:
    the specs to read, e.g. :func:`active_specs` of the doc, then ``section``... do not narrow them;
    ``plan``: :func:`_plan` of those). Returns ``(cue, rule, start, end, anchor_start, anchor_end,
    value)`` tuples (offsets in ``text``; anchors -1 for a sentence-wide cue)."""
    if plan is None:
        plan = _plan(compiled if compiled is not None else active_specs(section, doc_has_case, names_cancer))
    low = text.lower()
    trap = not text.isascii() and any(t in text for t in FOLD_TRAPS)
    all_ents = ents
    all_labels = {e[0] for e in ents}
    found: dict[Cue, list[tuple]] = {}
    named: dict[Cue, tuple] = {}
    out = []
    for gate, run in plan:
        if gate is not None and all_labels.isdisjoint(gate):
            continue
        for c in run:
            spec = c.spec
            if spec.entities is None:
                ents, labels = all_ents, all_labels
            else:   # the entities a cue names (generic tumor words), once per sentence
                if spec.entities not in named:
                    kept = [e for e in all_ents if _names(spec.entities, e)]
                    named[spec.entities] = (kept, {e[0] for e in kept})
                ents, labels = named[spec.entities]
            # cheap structural tests first: the entities (or the cue) the window needs
            if c.needs is not None and labels.isdisjoint(c.needs):
                continue
            if c.labels is not None and labels.isdisjoint(c.labels) and not (spec.or_cue and spec.or_cue in found):
                continue
            if c.both is not None and any(x is not None and labels.isdisjoint(x) for x in c.both):
                continue
            if (spec.chained is not None and spec.chained not in found) or (
                    spec.windows_of is not None and spec.windows_of not in found):
                continue
            if not c.possible(text, low, trap):
                continue
            hits = _hits(c, text, low, trap, ents, found)
            if hits:
                found[c.cue] = hits
                out.extend(hits)
    return out


def _hits(c: _Compiled, text: str, low: str, trap: bool, ents, found) -> list[tuple]:
    spec = c.spec
    hits: list[tuple] = []
    w = spec.window
    if w == "sentence":
        if spec.per_row:
            for (rid, pat), may in zip(c.row_scans, c.row_filters):
                if may is not None and not trap and not may(low if c.fold else text):
                    continue
                hits.extend((c.cue, rid, m.start(), m.end(), -1, -1, c.value(m)) for m in pat.finditer(text))
        elif spec.mode == "match":
            m = c.pattern.match(text)
            if m:
                hits.append((c.cue, c.rule_at(text, 0), m.start(), m.end(), -1, -1, c.value(m)))
        elif spec.mask is not None:
            masked, back = _masked(text, [(h[2], h[3]) for h in found.get(spec.mask, ())])
            for m in c.pattern.finditer(masked):
                hits.append((c.cue, c.rule_at(masked, m.start()), back(m.start()), back(m.end() - 1) + 1, -1, -1,
                             c.value(m)))
                if spec.first_only:
                    break
        elif spec.first_only:
            best = c.first(text, low, trap)
            if best is not None:
                rid, m = best
                hits.append((c.cue, rid, m.start(), m.end(), -1, -1, c.value(m)))
        else:
            for m in c.scan.finditer(text):
                hits.append((c.cue, c.rule_at(text, m.start()), m.start(), m.end(), -1, -1, c.value(m)))
    elif w == "before":
        anchors = {e[1] for e in ents if spec.labels is None or e[0] in spec.labels}
        if spec.at == "words":
            anchors |= {m.start() for m in WORD.finditer(text)}
        if spec.also_at is not None:
            anchors |= {_first_word(text, h[2], h[3]) for h in found.get(spec.also_at, ())}
        for b in sorted(anchors):
            if spec.repeat_unless is not None:
                hits.extend(_run_before(c, text, b))
                continue
            a = 0
            if spec.clause_break is not None:   # re.split(...)[-1]: after the last break
                for brk in _pattern(spec.clause_break).finditer(text, 0, b):
                    a = brk.end()
            if spec.chars is not None:
                a = max(a, b - spec.chars)
            window = text[a:b]
            m = c.scan.search(window)
            if m:
                hits.append((c.cue, c.rule_at(window, m.start()), a + m.start(), a + m.end(), b, b, c.value(m)))
    elif w == "self":
        for label, a, b, _name in ents:
            if spec.labels is not None and label not in spec.labels:
                continue
            window = text[a:b]
            m = c.pattern.search(window)
            if m:
                hits.append((c.cue, c.rule_at(window, m.start()), a + m.start(), a + m.end(), a, b, c.value(m)))
    elif w == "after":
        if spec.chained is not None:
            anchors = sorted({(h[3], h[5]) for h in found.get(spec.chained, ())})
        else:
            ends = {e[2] for e in ents if spec.labels is None or e[0] in spec.labels}
            if spec.at == "words":
                ends |= {m.end() for m in WORD.finditer(text)}
            elif spec.at == "hyphens":
                ends |= {i for i, ch in enumerate(text) if ch == "-"}
            anchors = sorted({(a, None if spec.chars is None else a + spec.chars) for a in ends})
        for a, limit in anchors:
            if spec.slice:
                window = text[a:limit] if limit is not None else text[a:]
                m = getattr(c.pattern, spec.mode)(window)
                if m:
                    hits.append((c.cue, c.rule_at(window, m.start()), a + m.start(), a + m.end(), a,
                                 limit if limit is not None else len(text), c.value(m)))
            else:
                m = c.pattern.match(text, a)
                if m:
                    hits.append((c.cue, c.rule_at(text, a), m.start(), m.end(), a, len(text), c.value(m)))
    elif w == "next_word":
        # the whitespace-delimited word after each word end ("after crizotinib discontinuation")
        for x in sorted(_word_ends(text) | {e[2] for e in ents}):
            i = x
            while i < len(text) and text[i].isspace():
                i += 1
            j = i
            while j < len(text) and not text[j].isspace():
                j += 1
            m = getattr(c.pattern, spec.mode)(text[i:j])
            if m:
                hits.append((c.cue, c.rule_at(text[i:j], m.start()), i + m.start(), i + m.end(), x, x, c.value(m)))
    elif w == "between":
        if spec.right == "word_start":
            rights_set = _word_starts(text) | {e[1] for e in ents}
        else:
            rights_set = {e[1] for e in ents if spec.labels is None or e[0] in spec.labels}
        for other in spec.right_at:
            rights_set |= {h[2] for h in found.get(other, ())}
        rights = sorted(rights_set)
        if spec.chained is not None:
            lefts = sorted({h[3] for h in found.get(spec.chained, ())})
        elif spec.left == "word_end":
            lefts = sorted(_word_ends(text) | {e[2] for e in ents})
        else:
            idx = 2 if spec.left == "end" else 1
            lefts = sorted({e[idx] for e in ents if spec.left_labels is None or e[0] in spec.left_labels})
        pairs = ([(h[4], h[5]) for h in found.get(spec.windows_of, ())] if spec.windows_of is not None
                 else [(a, b) for a in lefts for b in rights])
        for a, b in pairs:
            if b < a or (b == a and not c.empty) or (spec.chars is not None and b - a > spec.chars):
                continue   # an empty or reversed gap: Sentence.cue_between answers from c.empty
            gap = text[a:b]
            if spec.strip_asides:
                gap = _without_asides(gap)
            m = getattr(c.pattern, spec.mode)(gap)
            if m:
                if spec.strip_asides:  # offsets inside a rewritten gap: the hit stands for the gap
                    start, end = a, b
                else:
                    start, end = a + m.start(), a + m.end()
                hits.append((c.cue, c.rule_at(gap, m.start(), m.end() if spec.mode == "fullmatch" else None),
                             start, end, a, b, c.value(m)))
    return hits


def matches_empty(cue: Cue) -> bool:
    """Does the cue's window test hold for an empty gap (two mentions glued together)?"""
    for c in _compiled():
        if c.cue is cue:
            return c.empty
    raise KeyError(cue)


@Language.factory("kg_cues", assigns=["doc._.kg_cues"],
                  requires=["doc.sents", "doc.ents"])
class CueFinder:
    """Finds every cue of :data:`SPECS` once per doc (see the module docstring)."""

    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.compiled = _compiled()

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            doc._.kg_cues = []
            return doc
        full = doc_text(doc)
        ud = doc.user_data
        section = ud.get(SECTION_KIND_KEY)
        has_case = ud.get(HAS_CASE_KEY)
        starts = np.flatnonzero(doc.to_array(SENT_START) == 1)
        if not len(starts) or starts[0] != 0:
            starts = np.concatenate([[0], starts])
        ends = np.concatenate([starts[1:], [len(doc)]])
        ents = list(doc.ents)
        ent_sent = np.searchsorted(starts, [e.start for e in ents], side="right") - 1
        names_cancer = any(e.label_ == "FUSION" or (e.label_ == "TUMOR" and " " in full[e.start_char:e.end_char].strip())
                           for e in ents)
        out: list[tuple] = []
        plan = _plan(active_specs(section, has_case, names_cancer, self.compiled))
        for k, (s, e) in enumerate(zip(starts.tolist(), ends.tolist())):
            base = doc[s].idx
            text = full[base:doc[e - 1].idx + len(doc[e - 1])]
            mine = [(x.label_, x.start_char - base, x.end_char - base,
                     ud.get(("._.", "pref_label", x.start_char, x.end_char)) or full[x.start_char:x.end_char])
                    for x in (ents[i] for i in np.flatnonzero(ent_sent == k))]
            for cue, rule, a, b, a0, a1, value in sentence_cues(text, mine, plan=plan):
                out.append((cue.value, rule, base + a, base + b, base + a0 if a0 >= 0 else -1,
                            base + a1 if a1 >= 0 else -1, value))
        for c in self.compiled:  # windows that may reach back across a sentence start
            if not c.spec.across_sentences:
                continue
            for x in ents:
                if c.spec.labels is not None and x.label_ not in c.spec.labels:
                    continue
                a = max(0, x.start_char - c.spec.chars)
                window = full[a:x.start_char]
                m = c.pattern.search(window)
                if m:
                    out.append((c.cue.value, c.rule_at(window, m.start()), a + m.start(), a + m.end(),
                                x.start_char, x.start_char, c.value(m)))
        doc._.kg_cues = out
        return doc


def cue_spans(doc: Doc, offset: int = 0) -> list[CueSpan]:
    """The doc's cue hits as :class:`CueSpan` (document offsets + ``offset``)."""
    return [CueSpan(Cue(c), rule, offset + a, offset + b,
                    None if a0 < 0 else (offset + a0, offset + a1), value)
            for c, rule, a, b, a0, a1, value in (doc._.kg_cues or ())]


def span_group(doc: Doc) -> list:
    """The doc's cue hits as spaCy spans (label: the cue's name, ``id_``: the rule row), widened to
    whole tokens; hits of whitespace only are left out. For display (displaCy ``spans_key``)."""
    from spacy.tokens import SpanGroup

    spans = []
    for hit in cue_spans(doc):
        span = doc.char_span(hit.start, hit.end, label=hit.cue.name, alignment_mode="expand")
        if span is not None and len(span):
            span.id_ = hit.rule
            spans.append(span)
    return SpanGroup(doc, name=CUES_KEY, spans=spans)


__all__ = ["Cue", "CueSpan", "CueSpec", "SPECS", "LABEL_CUES", "CLOSED_ASIDE", "label_has", "label_is",
           "label_match", "label_fullmatch", "cue_spans", "span_group", "WORD", "sentence_cues", "matches_empty", "rows_of", "pattern_of"]
