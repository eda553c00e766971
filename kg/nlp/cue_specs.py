"""The one registry of the cues extraction consults: the :class:`Cue` enum (``file/CATEGORY`` of
``kg/rules/*.jsonl``), and for each cue its :class:`CueSpec` (the window ``kg_cues`` reads it in,
the entities it is read beside, the sections where extraction asks for it). The component that
reads them is ``kg/nlp/cues.py``; values that are not sentence text (a term's class, a section
heading) are classified here with :func:`label_has` / :func:`label_is` / :func:`label_match` /
:func:`label_fullmatch`.

To read a new category in extraction: add a ``Cue`` member and its ``CueSpec`` here, then ask the
extraction ``Sentence`` (``s.cue``, ``s.cue_before``, ``s.cue_after``, ``s.cue_in``,
``s.cue_between``).
"""
from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from functools import lru_cache

from kg.rules import Rule, rules

# a closed bracket in a gap is an aside of the mention before it (a dose schedule), not a step of
# the story: the SEQUENCE_GAP window reads the gap without it (parsing, not a cue)
CLOSED_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


class Cue(str, enum.Enum):
    """Every cue category extraction consults: ``file/CATEGORY`` (``/window`` for a ConText-style
    category whose rows read different slices)."""

    # therapy.jsonl: therapy-sequence cues
    TUMOR_DIRECTED = "therapy/TUMOR_DIRECTED"
    SKELETAL_SUPPORT = "therapy/SKELETAL_SUPPORT"
    MEDICATION_LIST = "therapy/MEDICATION_LIST"
    LOCAL_TARGET_AFTER = "therapy/LOCAL_TARGET_AFTER"
    SEQUENCE_GAP = "therapy/SEQUENCE_GAP"
    IN_COURSE_DAY = "therapy/IN_COURSE_DAY"
    APPOSITION = "therapy/APPOSITION"
    LISTED_JOINER = "therapy/LISTED_JOINER"
    DRUG_LIST_JOINER = "therapy/DRUG_LIST_JOINER"
    SUPPORTIVE = "therapy/SUPPORTIVE"
    SYMPTOM = "therapy/SYMPTOM"
    SUPPORTIVE_GAP = "therapy/SUPPORTIVE_GAP"
    SUPPORTIVE_BEFORE = "therapy/SUPPORTIVE_BEFORE"
    TITLE_GIVEN_BEFORE = "therapy/TITLE_GIVEN_BEFORE"
    TITLE_GIVEN_AFTER = "therapy/TITLE_GIVEN_AFTER"
    TITLE_NOT_GIVEN = "therapy/TITLE_NOT_GIVEN"
    ATTRIBUTIVE_AFTER = "therapy/ATTRIBUTIVE_AFTER"
    RESUME = "therapy/RESUME"
    RESUME_NEGATED = "therapy/RESUME_NEGATED"
    SUBSTITUTION = "therapy/SUBSTITUTION"
    DOSE_HOLD = "therapy/DOSE_HOLD"
    HOLD_CONTINUED = "therapy/HOLD_CONTINUED"
    REVERSED_SEQUENCE = "therapy/REVERSED_SEQUENCE"
    PHASED_COURSE = "therapy/PHASED_COURSE"
    COUNTED_COURSE = "therapy/COUNTED_COURSE"
    CYCLE_COUNT = "therapy/CYCLE_COUNT"
    FROM_CYCLE = "therapy/FROM_CYCLE"
    COURSE_GLOSS = "therapy/COURSE_GLOSS"
    ALTERNATING = "therapy/ALTERNATING"
    TIME_SINCE_DIAGNOSIS = "therapy/TIME_SINCE_DIAGNOSIS"
    LINE_OVER = "therapy/LINE_OVER"
    SUMMARY_RESTATEMENT = "therapy/SUMMARY_RESTATEMENT"
    TIME_SINCE_BEFORE = "therapy/TIME_SINCE_BEFORE"
    CONTINUING_BEFORE = "therapy/CONTINUING_BEFORE"
    CONTINUING_AFTER = "therapy/CONTINUING_AFTER"
    LATER_PHASE = "therapy/LATER_PHASE"
    PREPARATORY_STEP = "therapy/PREPARATORY_STEP"
    PHASE_AS_TIME = "therapy/PHASE_AS_TIME"
    MAINTENANCE_BEFORE = "therapy/MAINTENANCE_BEFORE"
    MAINTENANCE_AFTER = "therapy/MAINTENANCE_AFTER"
    MAINTENANCE_WORD = "therapy/MAINTENANCE_WORD"
    WITHHELD_AFTER = "therapy/WITHHELD_AFTER"
    ADDITION_BEFORE = "therapy/ADDITION_BEFORE"
    ADDITION_AFTER = "therapy/ADDITION_AFTER"
    ADJUVANT_COURSE = "therapy/ADJUVANT_COURSE"
    PLUPERFECT_BEFORE = "therapy/PLUPERFECT_BEFORE"
    PLUPERFECT_AFTER = "therapy/PLUPERFECT_AFTER"
    KIND_WORD = "therapy/KIND_WORD"
    LINE_ORDINAL = "therapy/LINE_ORDINAL"
    LOOK_BACK = "therapy/LOOK_BACK"
    LOOK_BACK_AFTER = "therapy/LOOK_BACK_AFTER"
    PROCEDURE_LOOK_BACK = "therapy/PROCEDURE_LOOK_BACK"
    PROPHYLAXIS_BEFORE = "therapy/PROPHYLAXIS_BEFORE"
    PROPHYLAXIS_AFTER = "therapy/PROPHYLAXIS_AFTER"
    SWAPPED_OUT_BEFORE = "therapy/SWAPPED_OUT_BEFORE"
    SWAPPED_OUT_AFTER = "therapy/SWAPPED_OUT_AFTER"
    EARLIER_LINE = "therapy/EARLIER_LINE"
    RESPONSE_ON = "therapy/RESPONSE_ON"
    RESPONSE_TO_DRUG = "therapy/RESPONSE_TO_DRUG"
    DRUG_BROUGHT_RESPONSE = "therapy/DRUG_BROUGHT_RESPONSE"
    CLAUSE_BREAK = "therapy/CLAUSE_BREAK"
    TABLE_CELL_BREAK = "therapy/TABLE_CELL_BREAK"
    CAUSE = "therapy/CAUSE"
    END = "therapy/END"
    NOT_A_STOP = "therapy/NOT_A_STOP"
    END_BEFORE_DATE = "therapy/END/before_date"
    REASON = "therapy/REASON"
    MONITORING = "therapy/MONITORING"
    MONITORING_LASTING = "therapy/MONITORING_LASTING"
    MONITORING_BEFORE = "therapy/MONITORING/before"
    DURING_LINE = "therapy/DURING_LINE"
    CYCLED_SCHEDULE = "therapy/CYCLED_SCHEDULE"
    CONTINUOUS_SCHEDULE = "therapy/CONTINUOUS_SCHEDULE"
    ANAPHORA = "therapy/ANAPHORA"
    RESPONSE_BEFORE_GIVEN = "therapy/RESPONSE_BEFORE_GIVEN"
    ONCOLOGY_WORD = "therapy/ONCOLOGY_WORD"
    PASSIVE_START = "therapy/PASSIVE_START"
    ACTIVE_START = "therapy/ACTIVE_START"
    DATE_GAP_BREAK = "therapy/DATE_GAP_BREAK"
    SAME_PERIOD = "therapy/SAME_PERIOD"
    DURATION_OF_LINE = "therapy/DURATION_OF_LINE"
    # therapy.jsonl: classes of a term (label_is / label_has, not sentence text)
    DESCRIPTOR_CLASS = "therapy/DESCRIPTOR_CLASS"
    SUPPORTIVE_ONLY_CLASS = "therapy/SUPPORTIVE_ONLY_CLASS"
    CONDITIONAL_CLASS = "therapy/CONDITIONAL_CLASS"
    ALONE_ONLY_CLASS = "therapy/ALONE_ONLY_CLASS"
    DIAGNOSTIC_PROCEDURE_CLASS = "therapy/DIAGNOSTIC_PROCEDURE_CLASS"
    SITE_DIRECTED_PROCEDURE_CLASS = "therapy/SITE_DIRECTED_PROCEDURE_CLASS"
    PARTNER_ONLY_CLASS = "therapy/PARTNER_ONLY_CLASS"
    ONCOLOGY_ONLY_CLASS = "therapy/ONCOLOGY_ONLY_CLASS"
    ONCOLOGY_ONLY_DRUG = "therapy/ONCOLOGY_ONLY_DRUG"
    ONCOLOGY_ONLY_ROUTE_BEFORE = "therapy/ONCOLOGY_ONLY_ROUTE_BEFORE"
    # responses.jsonl
    FAILURE_AFTER = "responses/FAILURE_AFTER"
    COURSE_OF = "responses/COURSE_OF"
    NAMED_CR_WORD = "responses/NAMED_CR_WORD"
    OVERALL_BEFORE = "responses/OVERALL_BEFORE"
    ASSESSMENT_SEQUENCE = "responses/ASSESSMENT_SEQUENCE"
    MIXED_RESPONSE = "responses/MIXED_RESPONSE"
    SITE_QUALIFIED_BEFORE = "responses/SITE_QUALIFIED_BEFORE"
    NAMED_APPOSITION = "responses/NAMED_APPOSITION"
    SITE_QUALIFIED_AFTER = "responses/SITE_QUALIFIED_AFTER"
    NAMED_SUMMARY_AFTER = "responses/NAMED_SUMMARY_AFTER"
    NAMED_SUMMARY_BEFORE = "responses/NAMED_SUMMARY_BEFORE"
    PROGRESSION_WENT_ON = "responses/PROGRESSION_WENT_ON"
    TIME_POINT = "responses/TIME_POINT"
    RESPONSE_LASTING = "responses/RESPONSE_LASTING"
    ENABLED_BY_COMMENT = "responses/ENABLED_BY_COMMENT"
    # patient.jsonl
    PATIENT_INTRO = "patient/PATIENT_INTRO"
    PATIENT_INTRO_REPORT_LEVEL = "patient/PATIENT_INTRO/report_level"
    PATIENT_INTRO_IN_COHORT = "patient/PATIENT_INTRO/in_cohort"
    PATIENT_INTRO_OWN = "patient/PATIENT_INTRO/own"
    OWN_CASE_HEADING = "patient/OWN_CASE_HEADING"
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
    OWN_ROW = "patient/OWN_ROW"
    COURSE_ASSESSMENT = "therapy/COURSE_ASSESSMENT"
    FOLLOW_UP_SCAN = "therapy/FOLLOW_UP_SCAN"
    RESTAGING = "therapy/RESTAGING"
    BACKGROUND_HEADING = "patient/BACKGROUND_HEADING"
    CONCLUSION_HEADING = "patient/CONCLUSION_HEADING"
    COURSE_HEADING = "patient/COURSE_HEADING"
    NOTICE_TITLE = "patient/NOTICE_TITLE"
    REVIEW_TITLE = "patient/REVIEW_TITLE"
    ANIMAL_PATIENT = "patient/ANIMAL_PATIENT"
    STORY_OPENER = "patient/STORY_OPENER"
    TOLD_PAST = "patient/TOLD_PAST"
    ONE_PATIENT_REF = "patient/ONE_PATIENT_REF"
    GROUP_STATISTIC = "patient/GROUP_STATISTIC"
    INDEFINITE_PERSON = "patient/INDEFINITE_PERSON"
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
    AE_WHOLE_GRADE = "adverse_events/AE_WHOLE_GRADE"
    AE_TREATMENT_WORD = "adverse_events/AE_TREATMENT_WORD"
    AE_CAUSE_VERB = "adverse_events/AE_CAUSE_VERB"
    AE_CANCER_TREATMENT = "adverse_events/AE_CANCER_TREATMENT"
    AE_CANCER_TREATMENT_BEFORE = "adverse_events/AE_CANCER_TREATMENT_BEFORE"
    AE_OWN_PATIENT_TOLD = "adverse_events/AE_OWN_PATIENT_TOLD"
    AE_STORY_TIME = "adverse_events/AE_STORY_TIME"
    AE_BASELINE = "adverse_events/AE_BASELINE"
    AE_ONSET_CONDITIONAL = "adverse_events/AE_ONSET_CONDITIONAL"
    AE_CAUSE_AFTER = "adverse_events/AE_CAUSE_AFTER"
    AE_AFTER_TREATMENT = "adverse_events/AE_AFTER_TREATMENT"
    AE_MANIFESTATION = "adverse_events/AE_MANIFESTATION"
    AE_SYNDROME_PART = "adverse_events/AE_SYNDROME_PART"
    AE_GRADED_ASIDE_PART = "adverse_events/AE_GRADED_ASIDE_PART"
    GRADE_GAP_GRADE_FIRST = "adverse_events/GRADE_GAP_BESIDE/grade_first"
    GRADE_GAP_EVENT_FIRST = "adverse_events/GRADE_GAP_BESIDE/event_first"
    GRADE_GAP_ASIDE = "adverse_events/GRADE_GAP_ASIDE"
    AE_LOCAL_CAUSE_BEFORE = "adverse_events/AE_LOCAL_CAUSE/before"
    AE_LOCAL_CAUSE_AFTER = "adverse_events/AE_LOCAL_CAUSE/after"
    AE_LOCAL_CAUSE_SELF = "adverse_events/AE_LOCAL_CAUSE/self"
    AE_VAGUE = "adverse_events/AE_VAGUE"
    AE_ATTRIBUTION = "adverse_events/AE_ATTRIBUTION"
    AE_SEVERITY_AFTER = "adverse_events/AE_SEVERITY_AFTER"
    AE_MEASURED_BY = "adverse_events/AE_MEASURED_BY"
    AE_SIZED_BY_VALUE = "adverse_events/AE_SIZED_BY_VALUE"
    AE_SIZED_BY_ACTION = "adverse_events/AE_SIZED_BY_ACTION"
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
    METASTASIS_OF = "diagnosis/METASTASIS_OF"
    NEW_PRIMARY = "diagnosis/NEW_PRIMARY"
    NEW_PRIMARY_AFTER = "diagnosis/NEW_PRIMARY_AFTER"
    TRANSFORMATION_NAMED = "diagnosis/TRANSFORMATION_NAMED"
    COMPONENT_LIST = "diagnosis/COMPONENT_LIST"
    EARLIER_PRIMARY = "diagnosis/EARLIER_PRIMARY"
    EARLIER_PRIMARY_AFTER = "diagnosis/EARLIER_PRIMARY_AFTER"
    PAST_TUMOR = "diagnosis/PAST_TUMOR"
    SHORT_FORM_GLOSS = "diagnosis/SHORT_FORM_GLOSS"
    SUBTYPE_AFTER = "diagnosis/SUBTYPE_AFTER"
    WHO_GRADE_AFTER = "diagnosis/WHO_GRADE_AFTER"
    TUMOR_APPOSITION = "diagnosis/APPOSITION"
    PRECURSOR = "diagnosis/PRECURSOR"
    IN_SITU = "diagnosis/IN_SITU"
    REVISED = "diagnosis/REVISED"
    REVISED_TO = "diagnosis/REVISED_TO"
    NOT_THIS_DIAGNOSIS = "diagnosis/NOT_THIS_DIAGNOSIS"
    NOT_A_DISEASE = "diagnosis/NOT_A_DISEASE"
    DIAGNOSIS_CUE = "diagnosis/DIAGNOSIS_CUE"
    DIAGNOSIS_HEADING = "diagnosis/DIAGNOSIS_HEADING"
    PATHOLOGY_LINE = "diagnosis/PATHOLOGY_LINE"
    DIAGNOSIS_CLAUSE_BREAK = "diagnosis/DIAGNOSIS_CLAUSE_BREAK"
    REVISION_BREAK = "diagnosis/REVISION_BREAK"
    GENERIC_TUMOR = "diagnosis/GENERIC_TUMOR"
    SITE_TAKING_TUMOR = "diagnosis/SITE_TAKING_TUMOR"
    MORPHOLOGY_ONLY = "diagnosis/MORPHOLOGY_ONLY"
    ORGAN_LEVEL = "diagnosis/ORGAN_LEVEL"
    BENIGN_TUMOR = "diagnosis/BENIGN_TUMOR"
    NON_EPITHELIAL = "diagnosis/NON_EPITHELIAL"
    ORGAN_AS_SITE_BEFORE = "diagnosis/ORGAN_AS_SITE/before"
    ORGAN_AS_SITE_AFTER = "diagnosis/ORGAN_AS_SITE/after"
    GENE_MUTATED_BEFORE = "diagnosis/GENE_MUTATED/before"
    GENE_MUTATED_AFTER = "diagnosis/GENE_MUTATED/after"
    MOLECULAR_SUBTYPE = "diagnosis/MOLECULAR_SUBTYPE"
    TUMOR_MARKER = "diagnosis/TUMOR_MARKER"
    EXCLUDED_BEFORE = "diagnosis/EXCLUDED/before"
    EXCLUDED_AFTER = "diagnosis/EXCLUDED/after"
    EXCLUDED_GAPPED_BEFORE = "diagnosis/EXCLUDED/gapped_before"
    EXCLUDED_GAPPED_AFTER = "diagnosis/EXCLUDED/gapped_after"
    EXCLUDED_TITLE = "diagnosis/EXCLUDED_TITLE"
    TENTATIVE_AFTER = "diagnosis/TENTATIVE"
    PRIMARY_ORIGIN = "diagnosis/PRIMARY_ORIGIN"
    TITLE_QUESTION = "diagnosis/TITLE_QUESTION"
    PATIENT_WITH = "diagnosis/PATIENT_WITH"

    @property
    def file(self) -> str:
        return self.value.split("/")[0]

    @property
    def category(self) -> str:
        return self.value.split("/")[1]


DRUGS = frozenset({"DRUG", "DRUG_CLASS", "REGIMEN"})
TUMORS = frozenset({"TUMOR"})
AES = frozenset({"ADVERSE_EVENT"})
GRADES = frozenset({"GRADE"})
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


SPECS: tuple[CueSpec, ...] = (
    # --- therapy lines ----------------------------------------------------------------------
    CueSpec(Cue.TUMOR_DIRECTED, first_only=True, needs=DRUGS),
    CueSpec(Cue.SKELETAL_SUPPORT, first_only=True, needs=DRUGS),
    # "Discharge medications: ...", "discharged home on ...": a list of the medicines the patient takes
    CueSpec(Cue.MEDICATION_LIST, first_only=True, needs=DRUGS),
    CueSpec(Cue.LOCAL_TARGET_AFTER, "after", "match", labels=frozenset({"RESPONSE"})),
    CueSpec(Cue.SEQUENCE_GAP, "between", labels=DRUGS, left_labels=DRUGS, strip_asides=True),
    CueSpec(Cue.IN_COURSE_DAY, "after", "match", labels=DRUGS, chars=70),
    CueSpec(Cue.APPOSITION, "between", "fullmatch", labels=DRUGS, left_labels=DRUGS),
    # joiner gaps are short (the longest row, " and subsequently of ", 21 characters): longer gaps are not read
    CueSpec(Cue.LISTED_JOINER, "between", "fullmatch", labels=DRUGS, left_labels=DRUGS, chars=40),
    CueSpec(Cue.DRUG_LIST_JOINER, "between", "fullmatch", labels=DRUGS, left_labels=DRUGS, chars=20),
    CueSpec(Cue.SUPPORTIVE, "after", "match", labels=DRUGS, chars=90),
    CueSpec(Cue.SYMPTOM, "after", "match", chained=Cue.SUPPORTIVE),
    CueSpec(Cue.SUPPORTIVE_GAP, "between", "fullmatch", labels=frozenset({"ADVERSE_EVENT"}), chained=Cue.SUPPORTIVE),
    CueSpec(Cue.SUPPORTIVE_BEFORE, "before", labels=DRUGS, chars=90),
    # the title's words that tell its drug given to the patient, or the whole title a plan or mimic (extract.py)
    CueSpec(Cue.TITLE_GIVEN_BEFORE, "before", labels=DRUGS, chars=60),
    CueSpec(Cue.TITLE_GIVEN_AFTER, "after", "match", labels=DRUGS),
    CueSpec(Cue.TITLE_NOT_GIVEN, sections=frozenset({"title"})),
    CueSpec(Cue.ATTRIBUTIVE_AFTER, "after", "match", labels=frozenset({"DRUG_CLASS"})),
    CueSpec(Cue.RESUME_NEGATED, needs=DRUGS),
    CueSpec(Cue.RESUME, mask=Cue.RESUME_NEGATED, needs=DRUGS),
    CueSpec(Cue.SUBSTITUTION, first_only=True, needs=DRUGS),
    CueSpec(Cue.DOSE_HOLD, first_only=True, needs=DRUGS, or_cue=Cue.RESUME),
    CueSpec(Cue.HOLD_CONTINUED, first_only=True, needs=DRUGS),
    CueSpec(Cue.PHASED_COURSE, first_only=True, needs=DRUGS),
    CueSpec(Cue.COUNTED_COURSE, first_only=True, needs=DRUGS),
    CueSpec(Cue.CYCLE_COUNT, first_only=True, group="n", needs=DRUGS),
    # "cisplatin was omitted from cycle 5 onwards, and gemcitabine was continued alone": the cycle a split begins at
    CueSpec(Cue.FROM_CYCLE, first_only=True, group="n", needs=DRUGS),
    CueSpec(Cue.ALTERNATING, first_only=True, needs=DRUGS),
    CueSpec(Cue.TIME_SINCE_DIAGNOSIS, first_only=True, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.LINE_OVER, first_only=True),
    CueSpec(Cue.SUMMARY_RESTATEMENT, first_only=True, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.TIME_SINCE_BEFORE, "before", labels=frozenset({"RESPONSE"})),
    CueSpec(Cue.CONTINUING_BEFORE, "before", labels=frozenset({"RESPONSE"})),
    CueSpec(Cue.CONTINUING_AFTER, "after", "match", labels=frozenset({"RESPONSE"})),
    CueSpec(Cue.LATER_PHASE, first_only=True, needs=DRUGS),
    CueSpec(Cue.PREPARATORY_STEP, first_only=True, needs=DRUGS),
    CueSpec(Cue.PHASE_AS_TIME, first_only=True, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.REVERSED_SEQUENCE, "between", "fullmatch", labels=DRUGS, left_labels=DRUGS, strip_asides=True),
    CueSpec(Cue.MAINTENANCE_BEFORE, "before", labels=DRUGS),
    CueSpec(Cue.MAINTENANCE_AFTER, "after", "match", labels=DRUGS),
    CueSpec(Cue.MAINTENANCE_WORD, needs=DRUGS),
    # "so cladribine was withheld and vemurafenib was started": a drug held back before it was ever given
    CueSpec(Cue.WITHHELD_AFTER, "after", "match", labels=DRUGS),
    # "bevacizumab was added from cycle 2", "with the addition of daratumumab": a drug added to the running line
    CueSpec(Cue.ADDITION_BEFORE, "before", labels=DRUGS, chars=60),
    CueSpec(Cue.ADDITION_AFTER, "after", "match", labels=DRUGS, chars=90),
    CueSpec(Cue.ADJUVANT_COURSE, first_only=True, needs=DRUGS),
    # "she had achieved a complete cytogenetic response": a response told as before the time the story has reached
    CueSpec(Cue.PLUPERFECT_BEFORE, "before", labels=frozenset({"RESPONSE"}), chars=80),
    CueSpec(Cue.PLUPERFECT_AFTER, "after", "match", labels=frozenset({"RESPONSE"}), chars=60),
    # "Chemo-immunotherapy produced a partial response": a word naming a combination of kinds of treatment
    CueSpec(Cue.KIND_WORD, needs=frozenset({"RESPONSE"})),
    # "First-line therapy gave a partial response": the line named by its place in the sequence
    CueSpec(Cue.LINE_ORDINAL, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.LOOK_BACK, "before", labels=DRUGS),
    CueSpec(Cue.LOOK_BACK_AFTER, "before", labels=DRUGS),
    CueSpec(Cue.ONCOLOGY_ONLY_ROUTE_BEFORE, "before", labels=DRUGS, chars=40),
    CueSpec(Cue.PROCEDURE_LOOK_BACK, "before", labels=frozenset({"PROCEDURE"})),
    CueSpec(Cue.PROPHYLAXIS_BEFORE, "before", labels=DRUGS),
    CueSpec(Cue.PROPHYLAXIS_AFTER, "after", "match", labels=DRUGS),
    CueSpec(Cue.SWAPPED_OUT_BEFORE, "before", labels=DRUGS),
    CueSpec(Cue.SWAPPED_OUT_AFTER, "after", "match", labels=DRUGS),
    CueSpec(Cue.EARLIER_LINE, first_only=True, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.FAILURE_AFTER, "after", "match", labels=DRUGS, slice=False),
    CueSpec(Cue.COURSE_OF, "between", "fullmatch", labels=DRUGS, left_labels=frozenset({"DRUG_CLASS"}), chars=20),
    CueSpec(Cue.RESPONSE_ON, "between", "match", labels=DRUGS, left_labels=frozenset({"RESPONSE"}), left="start"),
    CueSpec(Cue.RESPONSE_TO_DRUG, "between", labels=DRUGS, left_labels=frozenset({"RESPONSE"}), left="start"),
    CueSpec(Cue.DRUG_BROUGHT_RESPONSE, "between", "fullmatch", labels=frozenset({"RESPONSE"}), left_labels=DRUGS),
    CueSpec(Cue.CLAUSE_BREAK, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.TABLE_CELL_BREAK, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.CAUSE, "between", labels=frozenset({"RESPONSE"}), left_labels=DRUGS),
    CueSpec(Cue.ANAPHORA, first_only=True),
    CueSpec(Cue.END, first_only=True, needs=DRUGS, or_cue=Cue.ANAPHORA),
    CueSpec(Cue.END_BEFORE_DATE, "before", labels=frozenset({"DATE"}), chars=12),
    CueSpec(Cue.REASON, group=1, first_only=True, needs=DRUGS),
    # "a partial response still maintained at the last follow-up": the follow-up word dates how long the
    # response has lasted on the running line, no time off treatment (masked out of MONITORING)
    CueSpec(Cue.MONITORING_LASTING, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.MONITORING, first_only=True, needs=frozenset({"RESPONSE"}), mask=Cue.MONITORING_LASTING),
    CueSpec(Cue.MONITORING_BEFORE, "before", labels=frozenset({"RESPONSE"})),
    CueSpec(Cue.DURING_LINE, first_only=True, needs=frozenset({"RESPONSE"})),
    # a line told as given in cycles or every day; an assessment dated by a cycle (_line_at_cycle)
    CueSpec(Cue.CYCLED_SCHEDULE, needs=DRUGS | {"RESPONSE"}),
    CueSpec(Cue.CONTINUOUS_SCHEDULE, first_only=True, needs=DRUGS),
    CueSpec(Cue.RESPONSE_BEFORE_GIVEN, "before", labels=frozenset({"RESPONSE"})),
    # asked only of a report that names no tumor and no fusion: a doc that names one in words (a
    # fusion, or a tumor of two words or more: no short form a definition could take away) skips it
    CueSpec(Cue.ONCOLOGY_WORD, first_only=True, unless_named=True),
    # --- dates ------------------------------------------------------------------------------
    CueSpec(Cue.PASSIVE_START, "after", "match", labels=DRUGS, slice=False),
    CueSpec(Cue.ACTIVE_START, "before", labels=DRUGS, chars=60),
    CueSpec(Cue.DATE_GAP_BREAK, needs=frozenset({"DATE"})),
    CueSpec(Cue.SAME_PERIOD, first_only=True, needs=DRUGS | {"RESPONSE"}, or_cue=Cue.ANAPHORA),
    CueSpec(Cue.DURATION_OF_LINE, "after", "match", labels=frozenset({"DURATION"})),
    # --- responses --------------------------------------------------------------------------
    CueSpec(Cue.NAMED_CR_WORD, "self", labels=frozenset({"RESPONSE"})),
    CueSpec(Cue.OVERALL_BEFORE, "before", labels=frozenset({"RESPONSE"})),
    CueSpec(Cue.ASSESSMENT_SEQUENCE, "between", labels=frozenset({"RESPONSE"}), left_labels=frozenset({"RESPONSE"})),
    # "a mixed response: two nodules regressed while one enlarged" (kg/extraction/responses.py responses_in)
    CueSpec(Cue.MIXED_RESPONSE, first_only=True, needs=frozenset({"RESPONSE"})),
    # "Repeat biopsy at progression allowed a mutation-guided choice": a comment on what a test made possible
    CueSpec(Cue.ENABLED_BY_COMMENT, first_only=True, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.SITE_QUALIFIED_BEFORE, "before", labels=frozenset({"RESPONSE"})),
    # "necrotic without shrinkage, a partial response": a named class opening an apposition (responses_in)
    CueSpec(Cue.NAMED_APPOSITION, "before", labels=frozenset({"RESPONSE"})),
    # "a partial response of the thoracic disease": the class is one site's (kg/extraction/responses.py responses_in)
    CueSpec(Cue.SITE_QUALIFIED_AFTER, "after", "match", labels=frozenset({"RESPONSE"}), chars=80),
    # "the lesions had disappeared; a complete remission was thus obtained": a named class that concludes the findings
    # told before it in the sentence (kg/extraction/responses.py responses_in)
    CueSpec(Cue.NAMED_SUMMARY_AFTER, "after", "match", labels=frozenset({"RESPONSE"}), chars=40),
    CueSpec(Cue.NAMED_SUMMARY_BEFORE, "before", labels=frozenset({"RESPONSE"}), chars=40),
    # "further progression" right after a stopped line is that line's own (kg/extraction/therapy.py)
    CueSpec(Cue.PROGRESSION_WENT_ON, "before", labels=frozenset({"RESPONSE"})),
    # (beside drugs too: "A, B and C for six cycles, followed by C" tells a course of told length, kg/extraction/therapy.py)
    CueSpec(Cue.TIME_POINT, needs=DRUGS | {"RESPONSE"}),
    # --- patients and cases -----------------------------------------------------------------
    # a report with a case section is a case report: extraction asks whether the text introduces
    # a patient or reports a cohort only of the others
    CueSpec(Cue.PATIENT_INTRO, first_only=True, sections=INTRO_SECTIONS, without_case=True),
    CueSpec(Cue.PATIENT_INTRO_REPORT_LEVEL, where="report_level", first_only=True, sections=UNCASED_NARRATIVE,
            without_case=True),
    CueSpec(Cue.PATIENT_INTRO_IN_COHORT, where="in_cohort", first_only=True, sections=UNCASED_NARRATIVE,
            without_case=True),
    CueSpec(Cue.TITLE_INTRO, first_only=True, sections=frozenset({"title"}), without_case=True),
    # a body part (no case section) that opens with the patient goes on with the story ("He started BEP ...")
    CueSpec(Cue.STORY_OPENER, first_only=True, sections=UNCASED_NARRATIVE, without_case=True),
    # a sentence of such a part that tells what happened ("Octreotide was given.") goes on with the story
    CueSpec(Cue.TOLD_PAST, first_only=True, sections=UNCASED_NARRATIVE, without_case=True),
    # a text without a case section told of one person ("He received ...", "the patient"), unless it counts a group
    # ("6 of 32 patients", "p = 0.03"): kg.extraction.cases.tells_one_patients_story ("he" is in "the": no prefilter)
    CueSpec(Cue.ONE_PATIENT_REF, first_only=True, sections=UNCASED_NARRATIVE, without_case=True, prefilter=False),
    CueSpec(Cue.GROUP_STATISTIC, first_only=True, sections=UNCASED_NARRATIVE, without_case=True),
    CueSpec(Cue.INDEFINITE_PERSON, first_only=True, sections=UNCASED_NARRATIVE, without_case=True),
    # a veterinary report's patient is an animal ("a 9-year-old spayed female Labrador retriever")
    CueSpec(Cue.ANIMAL_PATIENT, first_only=True, sections=frozenset({"title", "abstract", "case", "other", "results"})),
    # a review says it presents a patient of its own ("We also describe our patient"): read in every section,
    # a case section too (a review's "Case reports" section recounts the literature's)
    CueSpec(Cue.PATIENT_INTRO_OWN, where="own", first_only=True,
            sections=frozenset({"abstract", "introduction", "case", "other", "results", "discussion", "conclusion"})),
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
    CueSpec(Cue.OWN_ROW, first_only=True, sections=NARRATIVE_SECTIONS),
    CueSpec(Cue.COURSE_ASSESSMENT, first_only=True, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.FOLLOW_UP_SCAN, first_only=True, needs=frozenset({"RESPONSE"})),
    CueSpec(Cue.RESTAGING, first_only=True, needs=frozenset({"RESPONSE"})),
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
    CueSpec(Cue.AE_WHOLE_GRADE, first_only=True, needs=frozenset({"GRADE"})),
    CueSpec(Cue.AE_TREATMENT_WORD, needs=AES),
    CueSpec(Cue.AE_CAUSE_VERB, needs=AES),
    CueSpec(Cue.AE_CANCER_TREATMENT, needs=AES),
    CueSpec(Cue.AE_CANCER_TREATMENT_BEFORE, "before", labels=AES),
    CueSpec(Cue.AE_OWN_PATIENT_TOLD, "before", labels=AES),
    CueSpec(Cue.AE_STORY_TIME, needs=AES),
    CueSpec(Cue.AE_BASELINE, first_only=True, needs=AES),
    CueSpec(Cue.AE_ONSET_CONDITIONAL, needs=AES),
    # from an event to a drug, a treatment word or a cancer-treatment word at most 80 characters on
    CueSpec(Cue.AE_CAUSE_AFTER, "between", "fullmatch", left_labels=AES, labels=DRUG_WORDS,
            right_at=(Cue.AE_TREATMENT_WORD, Cue.AE_CANCER_TREATMENT), chars=80),
    CueSpec(Cue.AE_AFTER_TREATMENT, "between", left_labels=AES, labels=DRUGS),
    CueSpec(Cue.AE_MANIFESTATION, "between", "match", left_labels=AES, labels=AES),
    CueSpec(Cue.AE_SYNDROME_PART, "between", "match", left_labels=AES, labels=AES),
    CueSpec(Cue.AE_GRADED_ASIDE_PART, "between", "match", left_labels=AES, labels=AES),
    # a grade beside an event's short form the NLP did not know in its section (kg.extraction.analyse): the gap
    # from a GRADE to any word after it ("grade 2 CRS"), and from any word to a GRADE after it ("CRS was grade 2")
    CueSpec(Cue.GRADE_GAP_GRADE_FIRST, "between", "fullmatch", left_labels=GRADES, right="word_start",
            window_field="grade_first"),
    CueSpec(Cue.GRADE_GAP_EVENT_FIRST, "between", "fullmatch", left="word_end", labels=GRADES,
            window_field="event_first"),
    # the one event that opens an aside and the grade that closes it: "(pyrexia, grade 2)"
    CueSpec(Cue.GRADE_GAP_ASIDE, "between", "fullmatch", left_labels=AES, labels=GRADES),
    CueSpec(Cue.AE_LOCAL_CAUSE_BEFORE, "before", labels=AES, window_field="before"),
    CueSpec(Cue.AE_LOCAL_CAUSE_AFTER, "after", labels=AES, window_field="after"),
    CueSpec(Cue.AE_LOCAL_CAUSE_SELF, "self", labels=AES, window_field="self"),
    CueSpec(Cue.AE_VAGUE, "self", labels=AES),
    CueSpec(Cue.AE_ATTRIBUTION, first_only=True, needs=AES),
    CueSpec(Cue.AE_SEVERITY_AFTER, "after", labels=AES),
    CueSpec(Cue.AE_MEASURED_BY, "between", "fullmatch", left_labels=AES, labels=AES),
    CueSpec(Cue.AE_SIZED_BY_VALUE, "after", labels=AES),
    CueSpec(Cue.AE_SIZED_BY_ACTION, first_only=True, needs=AES),
    CueSpec(Cue.ASIDE, "between", "fullmatch", left_labels=AES, labels=AES),
    # the second: an event, or the grade written right before it ("grade 1 X and grade 1 Y, and Z")
    CueSpec(Cue.LIST_GAP, "between", "fullmatch", left_labels=AES, labels=AES | {"GRADE"}),
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
    CueSpec(Cue.METASTATIC_SITE, first_only=True, needs=TUMORS, entities=Cue.SITE_TAKING_TUMOR),
    # "metastatic colorectal adenocarcinoma", "a deposit of colorectal adenocarcinoma": a tumor named as a metastasis
    CueSpec(Cue.METASTASIS_OF, "before", labels=TUMORS),
    CueSpec(Cue.NEW_PRIMARY, "before", labels=TUMORS, clause_break=Cue.DIAGNOSIS_CLAUSE_BREAK,
            chars=rules("diagnosis").rows("NEW_PRIMARY")[0].max_scope, also_at=Cue.TYPE_MODIFIER),
    # "small cell lung cancer transformation": the tumor the first one transformed into
    CueSpec(Cue.NEW_PRIMARY_AFTER, "after", "match", labels=TUMORS),
    # "biopsy showed small cell carcinoma ...: small-cell transformation of the adenocarcinoma": the histology a
    # transformation is named by, later in the sentence than the tumor it produced (value: the histology words)
    CueSpec(Cue.TRANSFORMATION_NAMED, needs=TUMORS, group="kind"),
    # "a mixed germ cell tumour with embryonal carcinoma and yolk sac tumour components": the tumor's parts listed after it
    CueSpec(Cue.COMPONENT_LIST, "after", "match", labels=TUMORS),
    # "a survivor of childhood Wilms tumour", "Hodgkin lymphoma at 14 years of age": an earlier cancer of the patient
    CueSpec(Cue.EARLIER_PRIMARY, "before", labels=TUMORS, clause_break=Cue.DIAGNOSIS_CLAUSE_BREAK,
            chars=rules("diagnosis").rows("EARLIER_PRIMARY")[0].max_scope, also_at=Cue.TYPE_MODIFIER),
    CueSpec(Cue.EARLIER_PRIMARY_AFTER, "after", "match", labels=TUMORS),
    # "a history of prostate cancer": a tumor of the patient's past (lends no organ to a histology found now)
    CueSpec(Cue.PAST_TUMOR, "before", labels=TUMORS, clause_break=Cue.DIAGNOSIS_CLAUSE_BREAK,
            chars=rules("diagnosis").rows("PAST_TUMOR")[0].max_scope),
    # "CGL (Berardinelli-Seip syndrome)": a short form glossed as another condition
    CueSpec(Cue.SHORT_FORM_GLOSS, "after", "match", labels=TUMORS | DRUGS),
    # "DLBCL, GCB type", "NSCLC of squamous histology": the subtype words written after a tumor's name
    CueSpec(Cue.SUBTYPE_AFTER, "after", "match", labels=TUMORS, group="subtype"),
    # "astrocytoma, IDH-mutant, CNS WHO grade 2": the WHO grade written after a tumor's name
    CueSpec(Cue.WHO_GRADE_AFTER, "after", "match", labels=TUMORS, group="grade"),
    # "nephroblastoma (Wilms tumour)": the whole gap between two names of one tumor
    CueSpec(Cue.TUMOR_APPOSITION, "between", "fullmatch", left_labels=TUMORS, labels=TUMORS),
    # "anaplastic carcinoma arising from papillary carcinoma": the precursor of the tumor named first
    CueSpec(Cue.PRECURSOR, "before", labels=TUMORS, clause_break=Cue.DIAGNOSIS_CLAUSE_BREAK, also_at=Cue.TYPE_MODIFIER),
    CueSpec(Cue.REVISED, "before", labels=TUMORS, clause_break=Cue.REVISION_BREAK,
            chars=rules("diagnosis").rows("REVISED")[0].max_scope, also_at=Cue.TYPE_MODIFIER),
    CueSpec(Cue.NOT_THIS_DIAGNOSIS, "before", labels=TUMORS, clause_break=Cue.DIAGNOSIS_CLAUSE_BREAK),
    CueSpec(Cue.NOT_A_DISEASE, "after", "match", labels=TUMORS),
    CueSpec(Cue.DIAGNOSIS_CUE, first_only=True, needs=TUMORS),
    # "Lung, right lower lobe, core biopsy: adenocarcinoma": the organ a pathology line opens with (group organ)
    CueSpec(Cue.PATHOLOGY_LINE, "before", labels=TUMORS, group="organ", also_at=Cue.TYPE_MODIFIER),
    # "revised this to", "identified it as", "proved to be": a later diagnosis replaces the tumour named before it
    CueSpec(Cue.REVISED_TO, needs=TUMORS),
    # an organ word in a site role, around any word of a sentence with a generic tumor word
    CueSpec(Cue.ORGAN_AS_SITE_BEFORE, "before", labels=frozenset(), needs=TUMORS, entities=Cue.SITE_TAKING_TUMOR,
            at="words", window_field="before"),
    CueSpec(Cue.ORGAN_AS_SITE_AFTER, "after", "match", labels=frozenset(), needs=TUMORS, entities=Cue.SITE_TAKING_TUMOR,
            at="words", window_field="after"),
    # an organ word that names where a metastatic tumor came from ("of pancreatic origin", "a colorectal primary")
    CueSpec(Cue.PRIMARY_ORIGIN, "after", "match", labels=frozenset(), needs=TUMORS, entities=Cue.SITE_TAKING_TUMOR,
            at="words"),
    # a marker of the tumour stated in words ("IDH1 R132H mutation", "1p/19q codeletion"): a MARKER_SUBTYPE row's entity
    CueSpec(Cue.TUMOR_MARKER),
    # a gene stated mutated: around a gene mention, or glued to a symbol the tokenizer kept whole ("NPM1-mutated")
    CueSpec(Cue.GENE_MUTATED_BEFORE, "before", labels=frozenset({"GENE"}), chars=40, window_field="before"),
    CueSpec(Cue.GENE_MUTATED_AFTER, "after", "match", labels=frozenset({"GENE"}), at="hyphens", window_field="after"),
    # a tumor the report excludes or says another disease mimicked ("lymphoma was excluded",
    # "tuberculosis mimicking lymphoma"): its other statements in the case are no diagnosis
    CueSpec(Cue.EXCLUDED_BEFORE, "before", labels=TUMORS, window_field="before"),
    CueSpec(Cue.EXCLUDED_AFTER, "after", "match", labels=TUMORS, window_field="after"),
    # "X was excluded by A, and Y by B": the second tumor of a gapped exclusion (both windows hold)
    CueSpec(Cue.EXCLUDED_GAPPED_BEFORE, "before", labels=TUMORS, window_field="gapped_before"),
    CueSpec(Cue.EXCLUDED_GAPPED_AFTER, "after", "match", labels=TUMORS, window_field="gapped_after"),
    # a title that says its subject was staged as or mistaken for a tumor ("nocardiosis staged as lung cancer")
    CueSpec(Cue.EXCLUDED_TITLE, "before", labels=TUMORS, sections=TITLE),
    # a tumor only suspected ("a primary lung cancer was strongly suspected"): no statement of it
    CueSpec(Cue.TENTATIVE_AFTER, "after", "match", labels=TUMORS),
    # a title that asks ("... relapse in a survivor of Hodgkin disease?") states no diagnosis
    CueSpec(Cue.TITLE_QUESTION, first_only=True, sections=TITLE),
    # a title that calls the report a review ("...: a narrative review"): a document type of its own (kg.extraction.cases)
    CueSpec(Cue.REVIEW_TITLE, first_only=True, sections=TITLE),
    # "a 57-year-old man with lymphoblastic lymphoma": the tumor of the patient an age introduces
    CueSpec(Cue.PATIENT_WITH, "between", "fullmatch", labels=TUMORS, left_labels=frozenset({"AGE_SEX"})),
)
# cues read from values that are not sentence text (a term's class, a section heading):
# label_has / label_is / label_match
LABEL_CUES = frozenset({Cue.DESCRIPTOR_CLASS, Cue.SUPPORTIVE_ONLY_CLASS, Cue.CONDITIONAL_CLASS,
                        Cue.ALONE_ONLY_CLASS, Cue.DIAGNOSTIC_PROCEDURE_CLASS, Cue.SITE_DIRECTED_PROCEDURE_CLASS, Cue.ONCOLOGY_ONLY_CLASS, Cue.ONCOLOGY_ONLY_DRUG,
                        Cue.PARTNER_ONLY_CLASS, Cue.NOT_A_STOP, Cue.COURSE_GLOSS, Cue.RESPONSE_LASTING,
                        Cue.GENERIC_PROCEDURE, Cue.CASE_HEADING, Cue.BACKGROUND_HEADING, Cue.CONCLUSION_HEADING, Cue.COURSE_HEADING, Cue.OWN_CASE_HEADING,
                        Cue.NOTICE_TITLE, Cue.GENERIC_TUMOR, Cue.SITE_TAKING_TUMOR, Cue.MORPHOLOGY_ONLY, Cue.ORGAN_LEVEL, Cue.BENIGN_TUMOR, Cue.NON_EPITHELIAL, Cue.NOT_TYPE_MODIFIER,
                        Cue.MOLECULAR_SUBTYPE, Cue.IN_SITU, Cue.DIAGNOSIS_HEADING})
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
    spec = SPEC_OF.get(cue)
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




SPEC_OF = {s.cue: s for s in SPECS}  # the spec of each cue read in text


# a word of the sentence as kg/extraction/diagnoses.py looks organ words up among the term names
# (the ORGAN_AS_SITE windows are read around each): parsing, no cue
WORD = re.compile(r"[A-Za-z][\w/-]*")


__all__ = ["Cue", "CueSpec", "SPECS", "SPEC_OF", "LABEL_CUES", "WINDOW_CUES", "CLOSED_ASIDE", "WORD", "DRUGS",
           "TUMORS", "AES", "SECTION_KIND_KEY", "HAS_CASE_KEY", "NARRATIVE_SECTIONS", "INTRO_SECTIONS",
           "COHORT_SECTIONS", "rows_of", "pattern_of", "label_has", "label_is", "label_match", "label_fullmatch"]
