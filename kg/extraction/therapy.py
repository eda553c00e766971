"""Therapy lines from the patient's narrative; their responses and adverse events.

The narrative is read in text order. Drugs named together form a regimen; a regimen that is
not the current one opens a new line; "resumed"/"restarted" opens a retreatment line.
Responses (RESPONSE spans, ``kg/extraction/responses.py``) attach to the line they follow;
adverse events are read by ``kg/extraction/adverse_events.py``; dates by ``kg/extraction/dates.py``.

A line has a time window: from its start to its stated end, a stop, or the end of its counted cycles
(``_course_window``: four weeks a cycle, plus the radiotherapy of chemoradiation); a progression dated past a
finished window (by date, or by the months since the diagnosis for the story's first course) is a relapse after the
line, no PD of it. Regimens given in alternation are lines over one window: an assessment of the course that names
neither is both regimens'. Made-up courses in many wordings: tests/extraction/test_response_windows_s30.py.

Cues: ``kg/rules/therapy.jsonl`` (one category per cue, named below where it is used).
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Sequence

from kg.extraction.adverse_events import add_adverse_events, add_unnamed_treatment_events
from kg.extraction.dates import (date_in, date_near, dated_long_after, dated_long_after_iso, passive_start_date,
                                 relative_date, shift_date, since_start)
from kg.extraction.mentions import Mention, Sentence, because, concept_of
from kg.extraction.regimens import expand_regimen
from kg.extraction.responses import (ABSENCE_RULES, BARE_REMISSION, DRUG_LABELS, RELAPSE_RULES, SUBSUMED_BY, responses_in,
                                     response_concept)
from kg.model import AdverseEvent, DrugAdministration, Response, Treatment
from kg.model import Why
from kg.nlp.cues import Cue, CueSpan, label_has, label_is, label_match
from kg.nlp.measures import WORD_NUMBERS, number_value
from kg.nlp.terms_index import TermIndex
from kg.rules import rules

__all__ = ["TherapyBuilder", "cancer_free_story", "concept_of", "shift_date", "DRUG_LABELS"]


# KIND_WORD rows: the kinds of treatment (drug terms' drug_class/therapy_type) a word naming a combination names
_KIND_ROWS = {r.id: frozenset(k.lower() for k in r.fields.get("kinds", ())) for r in rules("therapy").rows("KIND_WORD")}

# LINE_ORDINAL rows: the place in the sequence of lines each names ("second-line therapy": 2)
# LINE_ORDINAL rows that point back at the story's own lines ("the first regimen", "the second"), not at a setting
# that may count lines given before the story ("first-line therapy")
_ANAPHORIC_ORDINALS = frozenset(r.id for r in rules("therapy").rows("LINE_ORDINAL") if r.fields.get("anaphoric"))
_ORDINAL_ROWS = {r.id: int(r.fields["line"]) for r in rules("therapy").rows("LINE_ORDINAL")}

# COUNTED_COURSE rows whose count makes a course's later relapse off it, but not a later progression (relapse_only)
_RELAPSE_ONLY_COUNTS = frozenset(r.id for r in rules("therapy").rows("COUNTED_COURSE") if r.fields.get("relapse_only"))
# COUNTED_COURSE rows that open a chemoradiation course (radiotherapy given with the drugs: field chemoradiation)
_CHEMORADIATION_COUNTS = frozenset(r.id for r in rules("therapy").rows("COUNTED_COURSE") if r.fields.get("chemoradiation"))

# a line's ``why`` decisions that make it the maintenance of an induction: some of its drugs kept on alone, or a new
# drug planned as its maintenance in the sentence that opened it
# CAUSE rows that open a clause of cause or time ('when new lesions appeared'; field clause): read only for a progression
_CLAUSE_CAUSES = frozenset(r.id for r in rules("therapy").rows("CAUSE") if r.fields.get("clause"))
# CAUSE rows that move only a progression to the line before ("received X for progression"; "X was continued for stable
# disease" tells the running line's own assessment)
_PD_ONLY_CAUSES = frozenset(r.id for r in rules("therapy").rows("CAUSE") if r.fields.get("pd_only"))
# "progressed 5 months into durvalumab maintenance": RESPONSE_ON rows that place the response inside the named course
# PHASE_AS_TIME rows that date a response by the induction ("after induction"), not by a later phase (field induction)
_INDUCTION_AS_TIME = frozenset(r.id for r in rules("therapy").rows("PHASE_AS_TIME") if r.fields.get("induction"))
_INTO_COURSE = frozenset(r.id for r in rules("therapy").rows("RESPONSE_ON") if r.fields.get("into_course"))
_PLANNED_MAINTENANCE = "planned maintenance"
# sentence flag of an abstract read after the story it sums up (kg/extraction/extract.py)
TOLD_AHEAD = "told_ahead"
_MAINTENANCE_DECISIONS = frozenset({"kept on alone", _PLANNED_MAINTENANCE})


def _drug_key(m: Mention) -> str:
    return (m.curie or (m.pref_label or m.text).lower())


def _drug_class(m: Mention) -> str:
    """The drug's class from its term (``drug_class`` extra), or a class term's own label."""
    cls = m.sentence.terms.extra(m.curie, "drug_class")
    if cls is None and m.label == "DRUG_CLASS":
        cls = m.pref_label or m.text
    return (cls or "").strip().lower()


def _tumor_directed(s: Sentence, drugs: list[Mention]) -> list[Mention]:
    """Drop agents that did not treat the tumor: supportive-care agents always (unless a named
    regimen lists them), steroids/NSAIDs/immunosuppressants unless the sentence also gives an
    antineoplastic drug or speaks of the tumor or its course (CONDITIONAL_CLASS); steroids only
    when given alone for the tumor, never beside antineoplastics or inside a regimen (ALONE_ONLY_CLASS)."""
    classes = {id(m): _drug_class(m) for m in drugs}
    only = {i for i, c in classes.items() if c and label_is(Cue.SUPPORTIVE_ONLY_CLASS, c)}
    conditional = {i for i, c in classes.items() if c and label_is(Cue.CONDITIONAL_CLASS, c)}
    antineoplastic = any(id(m) not in only | conditional for m in drugs)
    # in a list of the patient's medicines ("Discharge medications: ...") an antineoplastic drug listed
    # beside a steroid or NSAID does not make it the tumor's treatment (MEDICATION_LIST)
    about_tumor = (antineoplastic and s.cue(Cue.MEDICATION_LIST) is None) or s.cue(Cue.TUMOR_DIRECTED) is not None \
        or any(m.label == "TUMOR" and m.status == "affirmed" for m in s.mentions)
    alone_only = {i for i, c in classes.items() if c and label_is(Cue.ALONE_ONLY_CLASS, c)}
    if alone_only and s.cue(Cue.SKELETAL_SUPPORT):
        # "zoledronic acid ... for the bone metastases": a bone-modifying agent (or steroid) given for
        # the skeleton protects it; the metastases it names do not make it the tumor's treatment
        only |= alone_only
    partner_only = {i for i, c in classes.items() if c and label_is(Cue.PARTNER_ONLY_CLASS, c)}
    with_antineoplastic = any(id(m) not in only | conditional | alone_only | partner_only for m in drugs)
    if partner_only and not with_antineoplastic:
        # "glucarpidase was given, with leucovorin": a fluoropyrimidine's partner named with no
        # antineoplastic drug is methotrexate rescue or supportive care (unless a named regimen lists it)
        only |= partner_only
    return [m for m in drugs if not (id(m) in alone_only and (with_antineoplastic or m.attrs.get("regimen")))
            and (m.attrs.get("regimen") or not (id(m) in only or (id(m) in conditional and not about_tumor)))]


# the statuses of a drug named as left out of what was given (kg.nlp.assertion: negated, refused, not done)
_LEFT_OUT = frozenset({"negated", "refused", "not_done"})
# how far after a regimen's name (characters) a drug of it may be named as left out ("R-CHOP, except for rituximab, ...")
_EXCLUSION_REACH = 160
# the statuses of a drug named as left out in the sentence after its regimen (an omission or a refusal is told of
# the drug itself; a negation may be of an event its name qualifies)
_LEFT_OUT_NEXT = frozenset({"refused", "not_done"})


def _without_excluded_parts(s: Sentence, drugs: list[Mention]) -> list[Mention]:
    """A named regimen given without one of its drugs ("R-CHOP without rituximab", "FOLFOXIRI was started, omitting
    irinotecan", "BEP with bleomycin omitted", "R-CHOP; rituximab was omitted because of hepatitis B", "R-CHOP minus
    rituximab"): the regimen's name (or the drugs its parentheses spell out) stands for all its drugs, but the same
    sentence names one of them again, after the regimen, as not given. That drug is no part of the line. A drug the
    sentence tells given on its own (not as a part of the regimen) stays."""
    regimens = [m for m in s.mentions if m.label == "REGIMEN" and m.status == "affirmed"]
    if not regimens:
        return drugs
    left_out = [m for m in s.mentions if m.label == "DRUG" and m.status in _LEFT_OUT and m.curie]
    if not left_out:
        return drugs

    def in_gloss(d: Mention) -> bool:
        # a drug spelled out in the parentheses right after the regimen's name ("FOLFOXIRI (fluorouracil, ...)"):
        # the regimen restated, whatever a cue after the parentheses did to its status
        return any(r.end <= d.start and "(" in s.text[r.end - s.start:d.start - s.start]
                   and ")" not in s.text[r.end - s.start:d.start - s.start] for r in regimens)

    def part_of_regimen(d: Mention) -> bool:
        return bool(d.attrs.get("regimen")) or in_gloss(d)
    left_out = [o for o in left_out if not in_gloss(o)]

    # the regimens' drugs named again as not given near after the regimen's name: an exclusion names some of them,
    # not all (a not-given status on every drug of the regimen restates the regimen, "VRd, that is bortezomib,
    # lenalidomide and dexamethasone", and says nothing of one left out)
    out = set()
    for r in regimens:
        parts = {d.curie for d in drugs if d.attrs.get("regimen") and d.start == r.start}
        later = {o.curie for o in left_out if o.curie in parts and o.start >= r.end}
        named = {o.curie for o in left_out if o.curie in parts and 0 <= o.start - r.end <= _EXCLUSION_REACH}
        if named and later != parts:
            out |= named

    def excluded(d: Mention) -> bool:
        return d.curie in out and part_of_regimen(d) and any(o.curie == d.curie and o.start >= d.end for o in left_out)
    return [d for d in drugs if not excluded(d)]


def _without_time_reference(s: Sentence, drugs: list[Mention], earlier: set[str]) -> list[Mention]:
    """ "After six cycles of VIT, MRI showed progression, and cabozantinib was started", "relapse
    occurred after vincristine and irinotecan, and topotecan ... were started": the drugs of an
    earlier line named as the time the story has reached (LOOK_BACK_AFTER, with the drugs listed
    right after them) are a look back, not part of the line the sentence starts with a drug no
    line gave yet. Without such a new drug the sentence goes on about them and keeps them."""
    kept, back, last = [], [], None
    for m in drugs:
        listed = last is not None and m.start - last.end <= 6   # "X and Y", "X, Y", "X plus Y"
        if _drug_key(m) in earlier and (s.cue_before(Cue.LOOK_BACK_AFTER, m.start) or (listed and last in back)):
            back.append(m)
        else:
            kept.append(m)
        last = m
    if back and any(_drug_key(m) not in earlier and m.start > back[0].end for m in kept):
        return kept
    return drugs


def _local_treatment(m: Mention) -> bool:
    """Surgery, radiotherapy, ablation, embolization: a procedure that treats the tumor locally
    (a biopsy or a test does not; a procedure term without a class is taken as treatment)."""
    return not label_is(Cue.DIAGNOSTIC_PROCEDURE_CLASS, m.sentence.terms.extra(m.curie, "procedure_class") or "")


def _names_an_event(m: Mention, mentions: list[Mention]) -> bool:
    """A procedure word glued to the adverse event after it names the event's cause ("radiation proctitis",
    "radiation pneumonitis"), not a treatment told in this sentence."""
    return any(o.label == "ADVERSE_EVENT" and 0 <= o.start - m.end <= 1 for o in mentions)


def _response_between(s: Sentence, resp_start: int, at: int) -> bool:
    """A response wording of another class lies after the response at ``resp_start`` and before ``at`` (a drug's
    start): "a partial response to chemotherapy, stable disease on docetaxel" (not the response's own gloss, "a
    partial response (PR) to X")."""
    resp = next((o for o in s.mentions if o.label == "RESPONSE" and o.start == resp_start), None)
    if resp is None:
        return False
    return any(o.label == "RESPONSE" and o.attrs.get("response_class") not in (None, resp.attrs.get("response_class"))
               and resp.end <= o.start and o.end <= at for o in s.mentions)


def _names_the_scan(s: Sentence, hit: CueSpan) -> bool:
    """Is the follow-up word ``hit`` part of the name of the sentence's next scan ("Follow-up CT showed progression",
    FOLLOW_UP_SCAN), not a time off treatment ("during follow-up", "surveillance")?"""
    scan = s.cue(Cue.FOLLOW_UP_SCAN)
    return scan is not None and scan.start <= hit.start < scan.end


def _monitoring_only_names_the_scan(s: Sentence) -> bool:
    """Every follow-up word of the sentence names its next scan (_names_the_scan): while a line runs, that scan is its
    assessment."""
    return all(_names_the_scan(s, h) for h in s.cues(Cue.MONITORING))


def _dates_after_stop(s: Sentence, drug: Mention, resp_start: int) -> bool:
    """The drug, named after the response at ``resp_start``, is the one a time after the end of treatment names
    (MONITORING: "nine months after alemtuzumab was stopped" holds it; "after discontinuation of imatinib" ends right
    before it)."""
    return drug.start > resp_start and any(
        (h.start <= drug.start and drug.end <= h.end) or (
            h.end <= drug.start and s.text[h.end - s.start:drug.start - s.start].strip().lower() in ("", "the"))
        for h in s.cues(Cue.MONITORING) if h.start >= resp_start)


# the words a list of drugs is joined with ("X, Y and Z", "X, then Y", "X plus Y")
_LIST_WORDS = frozenset({"and", "or", "then", "plus", "with", "as", "well", "/", "+", "&"})

# a cycle of a counted course, at most (most are three or four weeks), and the radiotherapy of a chemoradiation course
_CYCLE_DAYS = 28
_CHEMORADIATION_DAYS = 49
# how far past a counted course's window an assessment must lie to be told after the course (a course runs late)
_WINDOW_GRACE_DAYS = 90
# how many months after a course told whole with its end its first assessment may be dated (restaging 6-12 weeks
# after the last dose, a scan booked late)
_FIRST_ASSESSMENT_MONTHS = 4


def _cycle_count(s: Sentence, hit) -> int | None:
    """The number of cycles a cue's words count ("six cycles of", "after 6 cycles", "after cycle 4"), or None."""
    if hit is None:
        return None
    words = s.text[hit.start - s.start:hit.end - s.start].lower().split()
    return next((number_value(w) for w in words if w in WORD_NUMBERS or w.isdigit()), None)


def _course_window(s: Sentence) -> float | None:
    """The days a counted course opened in ``s`` lasts at most: its cycles (CYCLE_COUNT) of four weeks, plus the
    radiotherapy of a chemoradiation course (a COUNTED_COURSE row with field chemoradiation); None when neither is told."""
    days = 0.0
    n = _cycle_count(s, s.cue(Cue.CYCLE_COUNT))
    if n:
        days += n * _CYCLE_DAYS
    counted = s.cue(Cue.COUNTED_COURSE)
    if counted is not None and counted.rule in _CHEMORADIATION_COUNTS:
        days += _CHEMORADIATION_DAYS
    return days or None


def _opens_chemoradiation(s: Sentence) -> bool:
    """Does the sentence tell its drugs given with radiotherapy (a COUNTED_COURSE row with field chemoradiation)?"""
    return any(h.rule in _CHEMORADIATION_COUNTS for h in s.cues(Cue.COUNTED_COURSE))


def _days_since_diagnosis(s: Sentence) -> float | None:
    """The days a sentence dates its assessment after the diagnosis ("Fourteen months after diagnosis":
    a DURATION right before TIME_SINCE_DIAGNOSIS), or None."""
    hit = s.cue(Cue.TIME_SINCE_DIAGNOSIS)
    if hit is None:
        return None
    return next((float(m.attrs["duration_days"]) for m in s.mentions if m.label == "DURATION"
                 and m.attrs.get("duration_days") and m.start < hit.start <= m.end + 1), None)


@dataclass
class _Line:
    line: Treatment
    keys: set[str]
    last_sentence: int
    first_sentence: int
    mentions: list[Mention] = field(default_factory=list)
    end_sentence: int = -1     # the sentence that stated the line's end
    stopped: bool = False      # told as stopped for good without a date ("was not resumed")
    finished_at: int = -1      # the sentence that told the line stopped (an END cue, dated or not)
    course_end: str | None = None  # start + a fixed course length told with it ("for 5 days")
    fixed_length: bool = False  # told with a fixed course length ("for 5 days"), dated or not
    phased: bool = False       # opened by a sentence telling a protocol's phases (PHASED_COURSE)
    classes: dict[str, int] = field(default_factory=dict)  # response class -> sentence it was recorded in
    later_phase: bool = False  # opened as consolidation, maintenance, conditioning (LATER_PHASE)
    fixed_course: bool = False  # opened with its cycles counted or as chemoradiation (COUNTED_COURSE)
    chemoradiation: bool = False  # opened as chemoradiation (a COUNTED_COURSE row with field chemoradiation)
    relapse_only_count: bool = False  # counted only by COUNTED_COURSE rows read for a relapse after it (relapse_only)
    prophylaxis: bool = False  # a drug given as prophylaxis: given, never the current line, no response
    went_on_from: "_Line | None" = None  # the combination this line's drugs went on from after one drug stopped
    opened_with: int = 0       # how many of ``mentions`` (the first ones) opened the line
    last_event_sentence: int = -10  # the last sentence that told an adverse event of the line (session 31)
    adjuvant: bool = False     # opened by a sentence giving adjuvant therapy (ADJUVANT_COURSE)
    failed_when_named: bool = False  # first named as what failed ("after progression on X and Y, Z was given")
    cycled: bool = False       # told as given in cycles ("six cycles of", "every 3 weeks": CYCLED_SCHEDULE)
    continuous: bool = False   # opened as taken every day without cycles ("500 mg daily": CONTINUOUS_SCHEDULE)
    course_days: float | None = None  # a counted course's time window from its start (_course_window)
    alternates_with: list["_Line"] = field(default_factory=list)  # regimens given in alternation with it (same window)
    assessed_at_cycle: bool = False  # a response of it was told at a cycle or course ("CT after course 6": DURING_LINE)
    cycle_count: int | None = None  # the cycles its opening sentence counted ("gemcitabine plus cisplatin for 6 cycles")
    split_from: "tuple[_Line, int] | None" = None  # drugs kept on alone from a cycle: (the combination, that cycle)
    opened_plainly: bool = False  # its opening sentence told no outcome, harm, reason, swap or resumption
    course_cycles: int | None = None  # the cycles its counted course told ("followed by six cycles of PCV"; attr39)
    retreatment: bool = False  # opened by a resumption of an earlier line's drugs ("retreated with X": RESUME; retx43)


class TherapyBuilder:
    def __init__(self):
        self.lines: list[_Line] = []
        self.current: _Line | None = None
        self.last_procedure_sentence = -1
        # every narrative sentence naming surgery or radiotherapy, drugs or not ("Right hepatectomy
        # achieved complete resection, followed by 2 further courses of cisplatin")
        self.local_treatment_sentences: list[int] = []
        self.last_pd_sentence = -1  # the last narrative sentence telling progression or relapse
        self.adverse_events: list[AdverseEvent] = []
        self.last_date: str | None = None  # latest absolute date read in the narrative
        self.last_date_sentence = -1  # the narrative sentence that gave ``last_date``
        self.reversed_sentence = -1  # the last sentence that named its drugs latest first ("Y after X": REVERSED_SEQUENCE)
        # (sentence index, date) of the last dated sentence that reports a response or progression
        # and gives no drug: "In February 2012, a local progression ... were observed. Crizotinib
        # was initiated" - the next sentence's new line starts then
        self.dated_event: tuple[int, str] | None = None
        # the earlier lines' drugs the sentence being read names as what failed (LOOK_BACK), not given again
        self.looked_back: list[Mention] = []
        # where the sentence being read stops listing drugs it names first as what failed (_look_back_list_end)
        self.back_split_at: int | None = None

    # --- drugs -----------------------------------------------------------------
    def _groups(self, s: Sentence, drugs: list[Mention]) -> list[list[Mention]]:
        groups: list[list[Mention]] = [[drugs[0]]]
        back_end = self._look_back_list_end(s, drugs)
        for i, (prev, cur) in enumerate(zip(drugs, drugs[1:])):
            if i == back_end:  # "after progression on X and Y, Z was started": X and Y failed before Z
                self.back_split_at = cur.start
                groups.append([cur])
                continue
            gap = max(0, cur.start - prev.end)
            dated_between = any(m.label == "DATE" and prev.end <= m.start < cur.start for m in s.mentions)
            # a closed bracket between two drugs is the first one's aside (its dose schedule: "trastuzumab
            # (loading 8 mg/kg, then 6 mg/kg) and docetaxel"), not a step of the sequence (the
            # SEQUENCE_GAP window reads the gap without it)
            # "X (days 1-3) and Y (days 1-7), followed by Z from day 8": a drug given on a day of the same
            # course (IN_COURSE_DAY) joins the course, it does not follow it
            in_course = not dated_between and s.cue_after(Cue.IN_COURSE_DAY, cur.end) is not None
            # "no response to X, and Y then gave a partial response", "X was ineffective, and Y was started": a
            # response told between two drugs is the first one's outcome, so the second comes after it
            assessed_between = any(m.label == "RESPONSE" and m.attrs.get("response_class")
                                   and prev.end <= m.start < cur.start for m in s.mentions)
            if ((s.cue_between(Cue.SEQUENCE_GAP, prev.end, cur.start) and not in_course) or gap > 60
                    or dated_between or assessed_between  # "X in 2019 and Y in June 2020"
                    or self._maintenance_after_comma(s, prev, cur)):
                groups.append([cur])
            else:
                groups[-1].append(cur)
        return groups

    @staticmethod
    def _alternating_groups(s: Sentence, groups: list[list[Mention]]) -> list[list[Mention]]:
        """ "alternating cycles of VDC (vincristine, doxorubicin, cyclophosphamide) and IE (ifosfamide, etoposide)": a
        group holding two named regimens told in alternation (ALTERNATING) is split into one group per regimen (a drug
        named on its own goes with the regimen that lists it), so that each regimen is a line over the same window."""
        if s.cue(Cue.ALTERNATING) is None:
            return groups
        out: list[list[Mention]] = []
        for g in groups:
            spans = {}
            for m in g:
                if m.attrs.get("regimen"):
                    spans.setdefault((m.start, m.end), set()).add(_drug_key(m))
            if len(spans) < 2 or len({frozenset(k) for k in spans.values()}) < 2:
                out.append(g)
                continue
            parts: dict[tuple[int, int], list[Mention]] = {span: [] for span in spans}
            last = None
            for m in g:
                span = (m.start, m.end) if (m.start, m.end) in spans else next(
                    (sp for sp in sorted(spans, key=lambda sp: abs(sp[0] - m.start)) if _drug_key(m) in spans[sp]), last)
                if span is None:
                    break
                parts[span].append(m)
                last = span
            else:
                out.extend(parts[span] for span in sorted(parts) if parts[span])
                continue
            out.append(g)
        return out

    @staticmethod
    def _alternation_runs(s: Sentence, opened: list[_Line]) -> list[list[_Line]]:
        """The lines a sentence telling regimens in alternation (ALTERNATING) opened, in runs named one after the other
        with no step of the sequence between them (SEQUENCE_GAP): "three cycles of R-CHOP alternating with three cycles
        of R-DHAP, followed by BEAM-conditioned autologous transplantation" alternates R-CHOP and R-DHAP only; the
        conditioning named after "followed by" is a later phase of its own, not a partner whose window (and
        responses) the alternating course shares."""
        runs: list[list[_Line]] = []
        for ln in sorted((o for o in opened if o.mentions), key=lambda o: min(m.start for m in o.mentions)):
            if runs and not s.cue_between(Cue.SEQUENCE_GAP, max(m.end for m in runs[-1][-1].mentions),
                                          min(m.start for m in ln.mentions)):
                runs[-1].append(ln)
            else:
                runs.append([ln])
        return runs

    @staticmethod
    def _maintenance_after_comma(s: Sentence, prev: Mention, cur: Mention) -> bool:
        """ "transplant after high-dose melphalan, and lenalidomide maintenance followed": past a comma, a drug named as
        the maintenance (MAINTENANCE_BEFORE / MAINTENANCE_AFTER) when the drug before it is not begins the next phase,
        not a drug of the same regimen."""
        def maintenance(m: Mention) -> bool:
            return bool(s.cue_before(Cue.MAINTENANCE_BEFORE, m.start) or s.cue_after(Cue.MAINTENANCE_AFTER, m.end))
        return "," in s.text[prev.end - s.start:cur.start - s.start] and maintenance(cur) and not maintenance(prev)

    @staticmethod
    def _look_back_list_end(s: Sentence, drugs: list[Mention]) -> int | None:
        """The gap (index into the pairs of consecutive drugs) that closes a list of drugs the sentence opens
        as what failed ("After progression on oxaliplatin and capecitabine, irinotecan was given"; "Having
        progressed on paclitaxel and later on capecitabine, she was started on eribulin"), drugs the story
        names here first: the first gap with a comma once the list was joined by "and"/"or", or the last gap.
        None when the first drug is not named as what failed."""
        if len(drugs) < 2 or not s.cue_before(Cue.LOOK_BACK, drugs[0].start):
            return None
        joined = False
        last = len(drugs) - 2
        for i, (prev, cur) in enumerate(zip(drugs, drugs[1:])):
            gap = s.text[prev.end - s.start:cur.start - s.start]
            # (a comma that opens a clause closes the list too: "After progression on pembrolizumab, she was given
            # carboplatin and paclitaxel", the first drugs the story names)
            clause = bool(set(gap.lower().replace(",", " ").split()) - _LIST_WORDS)
            if "," in gap and (joined or i == last or clause) and not gap.strip().startswith("("):
                return i
            if {"and", "or", "then"} & set(gap.lower().replace(",", " ").split()):
                joined = True
        return None

    def _dose_for(self, s: Sentence, drug: Mention) -> dict | None:
        for m in s.mentions:
            if m.label == "DOSE" and m.start >= drug.end and m.start - drug.end < 40:
                return m.attrs.get("dose") or {}
        return None

    def _new_line(self, s: Sentence, group: list[Mention]) -> _Line:
        adms, seen = [], set()
        for m in group:
            k = _drug_key(m)
            if k in seen:
                continue
            seen.add(k)
            dose = self._dose_for(s, m) or {}
            amount = dose.get("amount")
            unit = dose.get("unit")
            adms.append(DrugAdministration(
                drug=concept_of(m, "drug"),
                dose=(f"{amount:g} {unit}" if isinstance(amount, (int, float)) and unit else None),
                route=dose.get("route"), schedule=(dose.get("schedule") or "").rstrip(".,;:") or None,
                evidence=s.evidence_for(m)))
        start = passive_start_date(s, group) or date_in(s, near=group[0]) or relative_date(s, self.last_date)
        if start is None and self.dated_event is not None and self.dated_event[0] == s.index - 1:
            start = self.dated_event[1]
        t = Treatment(line=len(self.lines) + 1, administrations=adms, start=start, evidence=s.evidence_for(group[0]))
        for a in t.administrations:
            a.start = start
        ln = _Line(line=t, keys=seen, last_sentence=s.index, first_sentence=s.index, mentions=list(group), opened_with=len(group),
                   phased=s.cue(Cue.PHASED_COURSE) is not None, later_phase=s.cue(Cue.LATER_PHASE) is not None,
                   fixed_course=any(h.rule not in _RELAPSE_ONLY_COUNTS for h in s.cues(Cue.COUNTED_COURSE)), adjuvant=s.cue(Cue.ADJUVANT_COURSE) is not None,
                   cycled=s.cue(Cue.CYCLED_SCHEDULE) is not None)
        ln.continuous = not ln.cycled and s.cue(Cue.CONTINUOUS_SCHEDULE) is not None
        ln.opened_plainly = self._told_as_next_step(s)
        ln.chemoradiation = _opens_chemoradiation(s)
        # "radiotherapy followed by eight cycles of X", "X for two cycles": counted too, but read only for a relapse after it
        ln.relapse_only_count = not ln.fixed_course and s.cue(Cue.COUNTED_COURSE) is not None
        # "cladribine ... by continuous infusion for 5 days": a course of fixed length told with its start
        # (not a hold's length: "started in 2020 and withheld for two weeks" is no course of two weeks)
        hold = s.cue(Cue.DOSE_HOLD)
        course = next((m for m in s.mentions if m.label == "DURATION" and m.attrs.get("relative") in (None, "for")
                       and m.attrs.get("duration_days") and 0 <= m.start - group[-1].end <= 80
                       and not (hold is not None and 0 <= m.start - hold.end <= 6)
                       and not any(o.label in DRUG_LABELS | {"ADVERSE_EVENT", "RESPONSE"}
                                   and group[-1].end <= o.start < m.start for o in s.mentions)), None)
        ln.fixed_length = course is not None
        if course is not None and start:
            ln.course_end = shift_date(start, float(course.attrs["duration_days"]))
        # (not a course the sentence goes on from into maintenance: "three cycles of X with Y, then Y maintenance")
        ln.course_days = _course_window(s) if ln.fixed_course and s.cue(Cue.MAINTENANCE_WORD) is None else None
        ln.cycle_count = _cycle_count(s, s.cue(Cue.CYCLE_COUNT))  # (also "X for two cycles", counted for a relapse only)
        # (the count a COUNTED_COURSE hit holds when CYCLE_COUNT does not read it: "radiotherapy followed by six cycles")
        ln.course_cycles = ln.cycle_count or next((n for h in s.cues(Cue.COUNTED_COURSE) if (n := _cycle_count(s, h))), None)
        # "resection in 2019. [Histology ...] Eight cycles of X followed": an undated counted course told a sentence or
        # two after a dated one started about then; its window ends about its cycles later
        began = start or (self.last_date if 0 < s.index - self.last_date_sentence <= 2 else None)
        if ln.course_days and began and ln.course_end is None:
            ln.course_end = shift_date(began, ln.course_days)
        self.lines.append(ln)
        return ln

    @staticmethod
    def _kept_on_alone(s: Sentence, group: list[Mention]) -> list[tuple[Mention, Why]]:
        """The drugs of ``group`` named as kept on alone ("maintained on single-agent Y", "Y alone"),
        each with the cue that says so."""
        out = []
        for m in group:
            cue = s.cue_before(Cue.MAINTENANCE_BEFORE, m.start) or s.cue_after(Cue.MAINTENANCE_AFTER, m.end)
            if cue:
                out.append((m, because("kept on alone", cue)))
        # the cue governs the coordinated drugs it opens or closes: "maintenance with 5-FU/leucovorin
        # plus panitumumab", "5-FU and bevacizumab as maintenance" keep all of them
        first = s.cue_before(Cue.MAINTENANCE_BEFORE, group[0].start)
        last = s.cue_after(Cue.MAINTENANCE_AFTER, group[-1].end)
        if len(group) > 1 and (first or last):
            why = because("kept on alone", first or last)
            return [(m, why) for m in group]
        return out

    @staticmethod
    def _dropped_before(s: Sentence, cur: _Line, group: list[Mention]) -> bool:
        """Does the sentence stop (END, not a hold) for an adverse event a drug of the running line ``cur`` named before
        the drugs ``group`` kept on alone, without naming a later phase ("paclitaxel was discontinued for neuropathy and carboplatin was
        continued alone")? Not a maintenance ("X, then maintenance Y": MAINTENANCE_WORD, LATER_PHASE)."""
        kept = {_drug_key(m) for m in group}
        if s.cue(Cue.MAINTENANCE_WORD) or s.cue(Cue.LATER_PHASE) or s.cue(Cue.DOSE_HOLD) or cur.line.end or cur.stopped:
            return False
        # dropped for a harm (an adverse event told in the sentence): "after four cycles carboplatin was stopped and
        # she was maintained on pembrolizumab" is the planned end of the induction, a maintenance of its own
        if not any(m.label == "ADVERSE_EVENT" and m.status == "affirmed" for m in s.mentions):
            return False
        return any(h.end <= group[0].start and not label_match(Cue.NOT_A_STOP, s.text[h.start - s.start:h.end - s.start])
                   and any(m.label == "DRUG" and m.end <= h.start and _drug_key(m) in cur.keys - kept
                           for m in s.mentions)
                   for h in s.cues(Cue.END))

    def _line_of(self, m: Mention, named_with: Sequence[Mention] = ()) -> _Line | None:
        """The line this very mention opened or joined ("FOLFOX plus bevacizumab ... with a partial
        response, followed by maintenance bevacizumab": the first bevacizumab is line 1's), else the
        latest line giving the drug and the drugs ``named_with`` it (a look back at a regimen, a table
        row restating a course: "ABVD | partial response" after A+AVD, which shares three of its drugs,
        is the ABVD line's), else the latest line giving the drug."""
        for ln in reversed(self.lines):
            if any(o is m for o in ln.mentions):
                return ln
        k = _drug_key(m)
        together = {_drug_key(o) for o in named_with} | {k}
        if len(together) > 1:
            for ln in reversed(self.lines):
                if together <= ln.keys:
                    return ln
        # the drugs of the named regimen the mention stands for (one span: "FOLFOX" beside "FOLFIRI", which
        # shares two of its drugs): the latest line that gave them all
        # (most of them: a regimen's steroid is no drug of its line)
        same = {_drug_key(o) for o in named_with if o.start == m.start and o.end == m.end} | {k}
        if len(same) > 1:
            best = max((ln for ln in reversed(self.lines) if k in ln.keys), key=lambda ln: len(same & ln.keys), default=None)
            if best is not None:
                return best
        for ln in reversed(self.lines):
            if k in ln.keys:
                return ln
        return None

    @staticmethod
    def _stop_after_progression(s: Sentence, cur: _Line, resp_start: int) -> CueSpan | None:
        """The END cue told after the progression at ``resp_start`` in a sentence whose every date is the end of the
        running line ``cur`` (the sentence dated the stop it tells), or None."""
        dates = [m.attrs.get("date") for m in s.mentions if m.label == "DATE"]
        if not dates or any(d != cur.line.end for d in dates):
            return None
        return next((h for h in s.cues(Cue.END) if h.start > resp_start), None)

    def _start_retold(self, s: Sentence, group: list[Mention], cur: _Line | None) -> _Line | None:
        """The earlier line giving exactly the drugs of ``group`` when the sentence tells them started (PASSIVE_START
        right after them: "ripretinib was started in December 2022"; or ACTIVE_START before them, "he received X", for a
        line named ahead of its time, _named_before_it_ran) and that line is not the running one, nor one
        the story already told over (ended, stopped) or gave a progression; None otherwise (a look back)."""
        active = s.cue_before(Cue.ACTIVE_START, group[0].start) is not None
        if s.cue_after(Cue.PASSIVE_START, group[-1].end) is None and not active:
            return None
        keys = {_drug_key(m) for m in group}
        ln = next((o for o in reversed(self.lines) if o.keys == keys and not o.prophylaxis), None)
        if ln is None or ln is cur or ln.stopped or ln.finished_at >= 0 or "PD" in ln.classes:
            return None
        if active and not self._named_before_it_ran(ln, cur) and not self._summed_up_before_it_ran(ln, cur):
            return None
        return ln

    @staticmethod
    def _summed_up_before_it_ran(ln: _Line, cur: _Line | None) -> bool:
        """Was ``ln`` named with its responses in one sentence ahead of the story ("A 48-year-old man ... responded to
        carboplatin and paclitaxel and had stable disease on pembrolizumab", an opening summary), before the running
        line ``cur`` began? Its responses sum the story up; told given now ("He received six cycles of carboplatin and
        paclitaxel"), it is the running line, not a look back: the assessments told next are its own."""
        return cur is not None and bool(ln.classes) and ln.first_sentence < cur.first_sentence \
            and ln.line.line < cur.line.line and all(i == ln.first_sentence for i in ln.classes.values())

    @staticmethod
    def _part_started_after_progression(s: Sentence, group: list[Mention], cur: _Line) -> CueSpan | None:
        """The start cue when the running line ``cur`` had its progression told before this sentence and the sentence
        tells drugs of it (``group``, not all of them) started (PASSIVE_START right after them: "high-dose ifosfamide
        was then given"; ACTIVE_START before them: "she then received ifosfamide alone"); None otherwise."""
        if cur.classes.get("PD", s.index) >= s.index:
            return None
        return s.cue_after(Cue.PASSIVE_START, group[-1].end) or s.cue_before(Cue.ACTIVE_START, group[0].start)

    def _started_again_later(self, s: Sentence, group: list[Mention], cur: _Line | None) -> CueSpan | None:
        """The start cue when the sentence tells the drugs of ``group`` (all given on lines before the running one,
        ``cur``, which gives none of them) started (PASSIVE_START right after them: "carboplatin ... was given from
        July 2023"; ACTIVE_START before them: "she received carboplatin in July 2023") on a date later than the running
        line's start: a new course of drugs given before, not a look back at their old line (a look back names them
        with its old date, or none); None otherwise."""
        if cur is None or not cur.line.start or {_drug_key(m) for m in group} & cur.keys:
            return None
        keys = {_drug_key(m) for m in group}
        if not all(ln.first_sentence < cur.first_sentence for ln in self.lines if ln.keys & keys):
            return None
        cue = s.cue_after(Cue.PASSIVE_START, group[-1].end) or s.cue_before(Cue.ACTIVE_START, group[0].start)
        start = passive_start_date(s, group) or date_in(s, near=group[0])
        if cue is None or not start:
            return None
        n = min(len(start), len(cur.line.start))
        return cue if start[:n] > cur.line.start[:n] else None

    @staticmethod
    def _start_told_after_its_end(s: Sentence, group: list[Mention], cur: _Line | None) -> bool:
        """The running line, named ahead and told over (LINE_OVER: "kept on active surveillance") before anything of
        it was told (no response, no stop, no end date), is told started in this sentence: its drugs (``group``, of
        the running line) with PASSIVE_START right after them ("X and Y were started") or ACTIVE_START before them
        ("he began X with Y")."""
        if cur is None or cur.finished_at < 0 or cur.finished_at >= s.index or cur.stopped or cur.line.end \
                or cur.line.responses or cur.classes:
            return False
        return s.cue_after(Cue.PASSIVE_START, group[-1].end) is not None \
            or s.cue_before(Cue.ACTIVE_START, group[0].start) is not None

    @staticmethod
    def _named_before_it_ran(ln: _Line, cur: _Line | None) -> bool:
        """Was ``ln`` only named ahead of its time, another line running in between ("He was referred for axicabtagene
        ciloleucel; while the cells were made, two cycles of R-GemOx were given as bridging. [...] He then received
        axicabtagene ciloleucel", "scheduled for tisagenlecleucel ... bendamustine and polatuzumab as a bridge ... she
        was given tisagenlecleucel")? The line told given now (ACTIVE_START: "he received X") is then the running one,
        not a look back: it had no response, and a later line (``cur``) has run since it was named. A line that already
        had a response was given then: naming its drugs again is a look back (or a retreatment, RESUME)."""
        return cur is not None and not ln.line.responses and not ln.classes and ln.first_sentence <= cur.first_sentence \
            and ln.line.line < cur.line.line

    @staticmethod
    def _listed_after(s: Sentence, m: Mention, drugs: Sequence[Mention]) -> list[Mention]:
        """``m`` and the drugs named right after it as one list (DRUG_LIST_JOINER: "X with Y and Z", "X plus Y")."""
        listed = [m]
        for o in sorted(drugs, key=lambda d: d.start):
            if o.start <= m.start or o in listed:
                continue
            if o.start == listed[-1].start or s.cue_between(Cue.DRUG_LIST_JOINER, listed[-1].end, o.start) is not None:
                listed.append(o)
            else:
                break
        return listed

    @staticmethod
    def _complete_line(s: Sentence, ln: _Line, listed: Sequence[Mention]) -> None:
        """ "Line 2 | FOLFIRI + bevacizumab | Stable disease" for a FOLFIRI line told without bevacizumab: the drugs
        named together with all of a line's drugs, as that line, are given on it too (the line is told whole here)."""
        if not {_drug_key(o) for o in listed} > ln.keys:
            return
        for m in listed:
            k = _drug_key(m)
            if k in ln.keys or m.label != "DRUG":
                continue
            ln.keys.add(k)
            ln.mentions.append(m)
            a = DrugAdministration(drug=concept_of(m, "drug"), evidence=s.evidence_for(m))
            a.start = ln.line.start
            ln.line.administrations.append(a)

    def _line_sharing_most(self, m: Mention, listed: Sequence[Mention], chosen: _Line) -> _Line | None:
        """The line that gives more of the drugs ``listed`` together (``m`` among them) than ``chosen`` does, when no
        line gives them all: "FOLFIRI + bevacizumab | stable disease" in a table of lines, after a FOLFIRI line told
        without bevacizumab and a later capecitabine + bevacizumab line, is the FOLFIRI line's (the line sharing the
        most of the drugs, then the one giving the fewest drugs not listed, then the latest; not the latest line giving
        the last drug named); None when no line shares more than ``chosen``, or when every drug of ``chosen`` is listed
        (a regimen told as two lines, "FOLFOX-bevacizumab" read as FOLFOX and bevacizumab: each keeps its share)."""
        keys = {_drug_key(o) for o in listed} | {_drug_key(m)}
        if chosen.keys <= keys:
            return None
        best = max((ln for ln in reversed(self.lines) if keys & ln.keys and not ln.prophylaxis),
                   key=lambda ln: (len(keys & ln.keys), -len(ln.keys - keys)), default=None)
        if best is None or len(keys & best.keys) < 2 or len(keys & best.keys) <= len(keys & chosen.keys):
            return None
        return best

    def _line_before(self, ln: _Line) -> _Line | None:
        """The line opened right before ``ln`` in the story (text order), if any."""
        i = next((k for k, o in enumerate(self.lines) if o is ln), 0)
        # (a prophylaxis line, never current, is not a step of the story)
        return next((o for o in reversed(self.lines[:i]) if not o.prophylaxis), None)

    def _substituted(self, s: Sentence, drugs: list[Mention]) -> bool:
        """ "carboplatin was replaced by cyclophosphamide", "substitution of carboplatin for cisplatin
        in cycle 4": one drug of a running combination swapped for another (SUBSTITUTION) is the same
        line going on with the new drug, not a new line of the story. When the sentence names the drug taken
        out at the cue (_swapped_out), the drugs that go on and the new one carry on as a line of their own
        from here (_line_without): a response told later is theirs, not the drug's taken out before it. A
        single-drug line, or a sentence naming every drug of the line, is a switch (a new line);
        so is a swap told with progression ("replaced by docetaxel at progression")."""
        cur = self.current
        if cur is None or cur.line.end or cur.stopped or len(cur.keys) < 2 or not s.cue(Cue.SUBSTITUTION):
            return False
        if any(m.label == "RESPONSE" and m.attrs.get("response_class") == "PD" and m.status == "affirmed"
               for m in s.mentions):
            return False
        named = [m for m in drugs if m.label == "DRUG"]
        # the drug swapped out may read as not given here ("cisplatin was given instead of carboplatin":
        # NOT_DONE in context.jsonl): it was given before, so it still names the running line
        # (a named regimen counts by its drugs: "FOLFIRI plus bevacizumab was replaced by FOLFOX" names
        # every drug of the line, a switch)
        new = [m for m in named if _drug_key(m) not in cur.keys]
        # a drug of the running line that comes with the new drugs in one regimen name ("R-ICE ... the therapy
        # was replaced with R-CHOP": rituximab) is the new regimen's, not the drug swapped out
        regimen_of_new = {(m.start, m.end) for m in new}
        old = {_drug_key(m) for m in [*s.mentions, *drugs] if m.label == "DRUG" and _drug_key(m) in cur.keys
               and (m.start, m.end) not in regimen_of_new}
        if not old or not new or len(new) != len(drugs) - sum(_drug_key(m) in cur.keys for m in drugs):
            return False
        swapped_out = self._swapped_out(s, old)
        # a sentence naming every drug of the line is a switch ("FOLFIRI plus bevacizumab was replaced by FOLFOX"),
        # unless it names the drug taken out at the cue and the others as going on, apart from any regimen name
        # ("carboplatin replaced cisplatin from cycle 3 and fluorouracil was continued")
        if old == cur.keys and (not swapped_out or any(m.attrs.get("regimen") for m in drugs)
                                or not self._named_as_going_on_after_swap(s, swapped_out, new)):
            return False
        cur.line.why.append(because("substitution within the line", s.cue(Cue.SUBSTITUTION)))
        cur.last_sentence = s.index
        if swapped_out and swapped_out < cur.keys:
            # the line goes on without the drug taken out: what is told from now is not that drug's
            cur = self.current = self._line_without(s, cur, swapped_out)
        seen = set()
        for m in new:
            k = _drug_key(m)
            if k in seen:
                continue
            seen.add(k)
            cur.keys.add(k)
            cur.mentions.append(m)
            a = DrugAdministration(drug=concept_of(m, "drug"), evidence=s.evidence_for(m))
            a.start = cur.line.start
            cur.line.administrations.append(a)
        return True

    def _without_drug_replaced(self, s: Sentence, drugs: list[Mention]) -> list[Mention]:
        """ "alectinib replaced crizotinib", "crizotinib was replaced by alectinib": in a switch of the whole running
        line, the running drug named at the swap's cue (_swapped_out) is the one taken out, not given with the new one
        (its line keeps what was told before)."""
        cur = self.current
        if cur is None or not s.cue(Cue.SUBSTITUTION):
            return drugs
        out = self._swapped_out(s, {_drug_key(m) for m in drugs} & cur.keys)
        kept = [m for m in drugs if _drug_key(m) not in out]
        # only when the swap leaves none of the running drugs named: "letrozole and palbociclib was replaced by
        # fulvestrant" takes out both, and is read as before (the list is not split at the cue)
        if not kept or len(kept) == len(drugs) or any(_drug_key(m) in cur.keys for m in kept):
            return drugs
        return kept

    @staticmethod
    def _named_as_going_on_after_swap(s: Sentence, swapped_out: set[str], new: list[Mention]) -> bool:
        """Are the running drugs the sentence names besides the one swapped out all named after the swap ("oxaliplatin
        replaced cisplatin, and capecitabine was continued"), not with the one taken out ("letrozole and palbociclib
        were replaced by fulvestrant": the whole line replaced)?"""
        swap = [m for m in s.mentions if m.label == "DRUG" and _drug_key(m) in swapped_out] + list(new)
        swap_end = max(m.end for m in swap)
        others = [m for m in s.mentions if m.label == "DRUG" and m not in swap and _drug_key(m) not in swapped_out]
        return all(m.start >= swap_end for m in others)

    @staticmethod
    def _swapped_out(s: Sentence, old: set[str]) -> set[str]:
        """The drugs (``old``: the drugs of the running line the sentence names) the swap takes out: the one named
        right before a passive swap ("cisplatin was replaced by carboplatin": SWAPPED_OUT_AFTER) or right after an
        active one ("carboplatin replaced cisplatin", "instead of cisplatin": SWAPPED_OUT_BEFORE); a drug named
        further away goes on ("..., and fluorouracil was continued"). Empty when none is at a swap."""
        return {_drug_key(m) for m in s.mentions if m.label == "DRUG" and _drug_key(m) in old
                and (s.cue_before(Cue.SWAPPED_OUT_BEFORE, m.start) or s.cue_after(Cue.SWAPPED_OUT_AFTER, m.end))}

    def _line_without(self, s: Sentence, cur: _Line, swapped_out: set[str]) -> _Line:
        """The running line ``cur`` going on without the drugs swapped out of it, from this sentence: the responses
        told from now are its drugs' (the new drug's and those that went on), not the drug taken out; ``cur`` keeps
        what was told before."""
        t = Treatment(line=len(self.lines) + 1, start=cur.line.start, evidence=cur.line.evidence,
                      administrations=[DrugAdministration(drug=a.drug, dose=a.dose, route=a.route,
                                                          schedule=a.schedule, evidence=a.evidence, start=a.start)
                                       for a in cur.line.administrations
                                       if a.drug and (a.drug.id or a.drug.label.lower()) not in swapped_out])
        t.why.append(because("the line went on without the drug swapped out", s.cue(Cue.SUBSTITUTION)))
        ln = dataclasses.replace(cur, line=t, keys=cur.keys - swapped_out, first_sentence=s.index,
                                 last_sentence=s.index, classes={},
                                 mentions=[m for m in cur.mentions if _drug_key(m) not in swapped_out],
                                 alternates_with=[], split_from=None)
        self.lines.append(ln)
        return ln

    def _partial_stop(self, s: Sentence, cue, ending: _Line, drugs: list[Mention]) -> _Line | None:
        """The drugs of a running combination that go on after the sentence stops only some of them
        ("irinotecan was withdrawn for diarrhoea" in a line of 5-FU, irinotecan and cetuximab), as a
        line of their own; None for a stop of the whole line, a
        named regimen's drug, a hold, a line opened in this sentence or a drug named as the time
        ("after six cycles of X")."""
        named_before = [m for m in drugs if m.end <= cue.start]
        stopped = {_drug_key(m) for m in named_before}
        # "X, Y and Z produced a partial response, with a neuropathy that led to Y being stopped after six cycles": in
        # the sentence that opened the line, the drug named again as the subject of the stop is the one stopped
        # (not a drug that opened the line, "X and Y, then Y maintenance until progression", nor a stop word that
        # ends nothing on its own, NOT_A_STOP)
        named_again = ending.first_sentence == s.index and bool(named_before) and any(
            _drug_key(m) == _drug_key(named_before[-1]) for m in named_before[:-1]) \
            and not any(o is named_before[-1] for o in ending.mentions[:ending.opened_with]) \
            and not label_match(Cue.NOT_A_STOP, s.text[cue.start - s.start:cue.end - s.start])
        if named_again:
            stopped = {_drug_key(named_before[-1])}
        # the drug is the subject of the stop ("oxaliplatin was stopped"), not a cause told before it
        # ("because of neuropathy from vincristine, chemotherapy was stopped": the class word stopped)
        subject = bool(named_before) and cue.start - named_before[-1].end <= 30 and not any(
            o.label in ("DRUG_CLASS", "REGIMEN", "ADVERSE_EVENT") and named_before[-1].end <= o.start < cue.start
            for o in s.mentions)
        # (a counted course, COUNTED_COURSE, with a drug dropped on the way is still one course: "BEP x3,
        # bleomycin stopped for pneumonitis, then EP x1 ... partial response" is the course's response)
        if (not subject or ending is not self.current or (ending.first_sentence == s.index and not named_again)
                or len(ending.keys) < 2
                or ending.fixed_course
                or not stopped < ending.keys or ending.line.end or ending.stopped
                or any(m.attrs.get("regimen") or s.cue_before(Cue.LOOK_BACK_AFTER, m.start) for m in named_before)
                or s.cue(Cue.DOSE_HOLD) or any(m.label == "DATE" and m.end <= cue.start for m in s.mentions)):
            return None
        kept = [a for a in ending.line.administrations if a.drug and (a.drug.id or a.drug.label.lower()) not in stopped]
        keys = ending.keys - stopped
        if not kept or len({(a.drug.id or a.drug.label.lower()) for a in kept}) != len(keys):
            return None
        t = Treatment(line=len(self.lines) + 1, start=None, evidence=s.evidence_for(named_before[0]),
                      administrations=[DrugAdministration(drug=a.drug, dose=a.dose, route=a.route, schedule=a.schedule,
                                                          evidence=a.evidence) for a in kept])
        t.why.append(because("the other drugs went on", cue))
        ln = _Line(line=t, keys=set(keys), last_sentence=s.index, first_sentence=s.index,
                   mentions=[m for m in ending.mentions if _drug_key(m) in keys], went_on_from=ending,
                   cycled=ending.cycled)
        self.lines.append(ln)
        return ln

    @staticmethod
    def _addition(s: Sentence, group: list[Mention], cur: _Line, drugs: list[Mention]):
        """The cue that tells the drugs of ``group`` added to the running line ``cur`` ("bevacizumab was added
        from cycle 5", "with the addition of daratumumab": ADDITION_AFTER / ADDITION_BEFORE) and the keys of the
        running drugs that go on with them, or None: not for a line that has ended or was stopped. A stop told
        before the addition ("carfilzomib was stopped and pomalidomide added") ends the drugs named before it
        (``drugs``, the sentence's given drugs): the others go on with the added ones (none left: None)."""
        if cur.line.end or cur.stopped or cur.finished_at >= 0 or cur.prophylaxis:
            return None
        cue = s.cue_after(Cue.ADDITION_AFTER, group[-1].end) or s.cue_before(Cue.ADDITION_BEFORE, group[0].start)
        if cue is None:
            return None
        going_on = set(cur.keys)
        stop = s.cue(Cue.END)
        if stop is not None and stop.start < group[0].start \
                and not label_match(Cue.NOT_A_STOP, s.text[stop.start - s.start:stop.end - s.start]):
            stopped = {_drug_key(m) for m in drugs if m.end <= stop.start}
            if not stopped & cur.keys:
                return None   # a stop of no drug named ("chemotherapy was stopped and X added")
            going_on -= stopped
        return (cue, going_on) if going_on else None

    def _added_line(self, s: Sentence, group: list[Mention], cur: _Line, added) -> _Line:
        """A line of the running line's drugs that go on and the drugs ``group`` adds to them, from this sentence
        on: the responses told from now are all of theirs; the running line keeps the responses told before."""
        cue, going_on = added
        ln = self._new_line(s, group)
        kept = [DrugAdministration(drug=a.drug, dose=a.dose, route=a.route, schedule=a.schedule, evidence=a.evidence)
                for a in cur.line.administrations if a.drug and (a.drug.id or a.drug.label.lower()) not in ln.keys
                and (a.drug.id or a.drug.label.lower()) in going_on]
        for a in kept:
            a.start = ln.line.start
        ln.line.administrations[:0] = kept
        ln.keys |= going_on
        ln.fixed_course = ln.fixed_course or cur.fixed_course
        ln.later_phase = ln.later_phase or cur.later_phase
        ln.line.why.append(because("added to the running line", cue))
        return ln

    @staticmethod
    def _prophylaxis(s: Sentence, m: Mention) -> bool:
        """Is the drug given as prophylaxis ("prophylactic intrathecal cytarabine", "methotrexate as
        CNS prophylaxis"; PROPHYLAXIS_BEFORE / PROPHYLAXIS_AFTER)?"""
        return bool(s.cue_before(Cue.PROPHYLAXIS_BEFORE, m.start) or s.cue_after(Cue.PROPHYLAXIS_AFTER, m.end))

    def _dose_hold(self, s: Sentence, drugs: list[Mention]) -> bool:
        """ "venetoclax was paused for 4 days and then resumed at 100 mg", "after interrupting
        crizotinib for 10 days and restarting at 200 mg": a drug of the running line held and resumed
        in one sentence (DOSE_HOLD beside RESUME) is a dose hold inside the line: it neither ends the
        line nor opens a retreatment line."""
        cur = self.current
        if cur is None or cur.line.end or cur.stopped or not s.cue(Cue.RESUME) or not s.cue(Cue.DOSE_HOLD):
            return False
        keys = {_drug_key(m) for m in drugs}
        if not keys <= cur.keys:
            return False
        cur.last_sentence = s.index
        cur.line.why.append(because("dose hold inside the line", s.cue(Cue.DOSE_HOLD)))
        return True

    @staticmethod
    def given_drugs(s: Sentence) -> list[Mention]:
        drugs = []
        for m in s.mentions:
            if m.status != "affirmed":
                continue
            if m.label == "REGIMEN":
                drugs.extend(expand_regimen(m, s.terms))
            elif m.label in DRUG_LABELS:
                drugs.append(m)
        named = [m for m in drugs if m.label == "DRUG"]

        def apposed(c: Mention) -> bool:  # "anti-inflammatory (NAPROXENE)", "ALK-TKI, ALECTINIB"
            return any(s.cue_between(Cue.APPOSITION, min(c.end, d.end), max(c.start, d.start)) for d in named)

        def supportive(d: Mention) -> bool:  # "prednisolone for the pneumonitis", "G-CSF to treat neutropenia"
            cue = s.cue_after(Cue.SUPPORTIVE, d.end)
            if not cue or d.attrs.get("regimen"):  # a named regimen's drugs treat the tumor
                return False
            if any(o.label in DRUG_LABELS | {"REGIMEN"} and d.end < o.start < cue.end for o in s.mentions):
                # "gemcitabine and nab-paclitaxel, with megestrol acetate for appetite": the indication
                # is the nearer drug's
                return False
            # the event must be what the cue governs ("for grade 3 rash"), not a later clause
            # ("given for two cycles, complicated by thrombocytopenia")
            at = cue.end

            def drug_before(end: int) -> bool:
                # "cisplatin, later swapped for carboplatin because of renal toxicity": the cue's words name
                # another drug before the event, so the event is not what this drug was given for
                return any(o.label in DRUG_LABELS | {"REGIMEN"} and at <= o.start < end for o in s.mentions)
            symptom = s.cue_after(Cue.SYMPTOM, at, cue.anchor[1])
            return (symptom is not None and not drug_before(symptom.start)) or any(
                o.label == "ADVERSE_EVENT" and o.start >= at
                and s.cue_between(Cue.SUPPORTIVE_GAP, at, o.start) and not drug_before(o.start) for o in s.mentions)

        def treats_event_before(d: Mention) -> bool:  # "CRS was treated with tocilizumab and dexamethasone"
            # a steroid, NSAID or immunosuppressant told as what an adverse event named right before was treated
            # with (SUPPORTIVE_BEFORE) treats that event, even beside the antineoplastic of the same sentence
            cls = _drug_class(d)
            if d.attrs.get("regimen") or not cls or not (label_is(Cue.CONDITIONAL_CLASS, cls)
                                                         or label_is(Cue.SUPPORTIVE_ONLY_CLASS, cls)):
                return False
            cue = s.cue_before(Cue.SUPPORTIVE_BEFORE, d.start)
            return cue is not None and any(o.label == "ADVERSE_EVENT" and 0 <= cue.start - o.end <= 12
                                           for o in s.mentions)

        # a class counts only when it is what was given ("1 month of corticosteroids"), not a descriptor
        def attributive(c: Mention) -> bool:  # "anthracycline cardiomyopathy": the class names the event's cause
            return c.label == "DRUG_CLASS" and (s.cue_after(Cue.ATTRIBUTIVE_AFTER, c.end) is not None or any(
                o.label == "ADVERSE_EVENT" and 0 <= o.start - c.end <= 1 for o in s.mentions))

        given = [m for m in drugs if not supportive(m) and not treats_event_before(m) and not attributive(m) and (m.label == "DRUG" or
                 (not apposed(m) and not label_has(Cue.DESCRIPTOR_CLASS, f"{m.pref_label} {m.text}")))]
        return _tumor_directed(s, _without_excluded_parts(s, given))

    def _without_withheld_before_given(self, s: Sentence, drugs: list[Mention]) -> list[Mention]:
        """ "so cladribine was withheld and vemurafenib was started alone": a drug told as withheld (WITHHELD_AFTER)
        that no line of the case has given yet was held back before it was ever given: it is not given here and is
        no part of the line the sentence opens (a drug of an earlier line withheld is a pause of it, DOSE_HOLD)."""
        earlier = set().union(*(ln.keys for ln in self.lines)) if self.lines else set()
        return [m for m in drugs if _drug_key(m) in earlier or s.cue_after(Cue.WITHHELD_AFTER, m.end) is None]

    def _without_part_left_out_next(self, s: Sentence) -> None:
        """ "She received R-CHOP. Rituximab was omitted because of active hepatitis B.", "FOLFOX was started; ...
        Oxaliplatin was left out owing to neuropathy": the sentence right after the one that opened the running line
        names one drug of the line's named regimen as left out (not given, refused, not done) and gives no drug itself.
        The regimen's name stood for all its drugs; that one is no part of the line (_without_excluded_parts, told
        across the sentence break)."""
        cur = self.current
        if cur is None or cur.first_sentence != s.index - 1 or len(cur.keys) < 2:
            return
        if any(m.status == "affirmed" and m.label in DRUG_LABELS | {"REGIMEN"} for m in s.mentions):
            return
        from_regimen = {_drug_key(m) for m in cur.mentions if m.attrs.get("regimen")}
        # (not "negated": "she had no rituximab-related infusion reaction" names the drug in an event's words)
        out = {_drug_key(m) for m in s.mentions if m.label == "DRUG" and m.curie and m.status in _LEFT_OUT_NEXT}
        out &= from_regimen
        if not out or out >= cur.keys:   # every drug named as not given restates the regimen: no exclusion
            return
        cur.keys -= out
        cur.mentions = [m for m in cur.mentions if _drug_key(m) not in out]
        cur.line.administrations = [a for a in cur.line.administrations
                                    if not a.drug or (a.drug.id or a.drug.label.lower()) not in out]

    def add_sentence(self, s: Sentence, narrative: bool) -> None:
        if narrative:
            self._without_part_left_out_next(s)
        drugs = self.given_drugs(s)
        self.looked_back = []
        self.back_split_at = None
        if self.lines:
            # "upon failure of crizotinib, alectinib was started": a drug named as what failed is a
            # look back at its line, not part of the regimen this sentence starts
            earlier = set().union(*(ln.keys for ln in self.lines))
            looked_back = [m for m in drugs if _drug_key(m) in earlier and (
                s.cue_after(Cue.FAILURE_AFTER, m.end) or s.cue_before(Cue.LOOK_BACK, m.start))]
            # "refractory to venetoclax and obinutuzumab, ...": the drugs listed with a looked-back
            # drug are named as what failed too
            # (a named regimen's drugs go together: "refractory to FOLFOX, FOLFIRI was begun" gives
            # FOLFIRI though fluorouracil was given before, as irinotecan was not)
            def all_of(m, keys):
                return all(_drug_key(o) in keys for o in drugs if o.start == m.start)
            for m in sorted(drugs, key=lambda d: d.start):
                if looked_back and m not in looked_back and all_of(m, earlier) \
                        and any(0 <= m.start - b.end <= 6 and not any(b.end <= o.start < m.start for o in s.mentions)
                                and s.cue_between(Cue.DRUG_LIST_JOINER, b.end, m.start) is not None
                                for b in looked_back):
                    looked_back.append(m)
            # "refractory to bortezomib, lenalidomide and dexamethasone (VRd), ...": the same drugs named
            # again right after them (a bracketed regimen name) are the same look back
            back_keys = {_drug_key(b) for b in looked_back}
            last_back = max((b.end for b in looked_back), default=-1)
            looked_back += [m for m in drugs if m not in looked_back and all_of(m, back_keys)
                            and 0 <= m.start - last_back <= 30
                            and s.text[last_back - s.start:m.start - s.start].rstrip().endswith(("(", "["))
                            and not any(last_back <= o.start < m.start and _drug_key(o) not in back_keys for o in drugs)]
            drugs = [m for m in drugs if m not in looked_back]
            self.looked_back = looked_back
            drugs = _without_time_reference(s, drugs, earlier)
        drugs = self._without_withheld_before_given(s, drugs)
        before_lines = self.current
        # a swap inside a running combination or a dose hold: the running line goes on (no new
        # line, no end of it)
        joined = narrative and bool(drugs) and (self._substituted(s, drugs) or self._dose_hold(s, drugs))
        if narrative and drugs and not joined:
            drugs = self._without_drug_replaced(s, drugs)
        if narrative and drugs and not joined:
            groups = self._groups(s, drugs)
            if len(groups) == 2 and s.cue_between(Cue.REVERSED_SEQUENCE, groups[0][-1].end, groups[1][0].start):
                # "received selpercatinib after platinum-doublet chemotherapy with cisplatin and
                # pemetrexed": the drugs named second came first
                groups.reverse()
                self.reversed_sentence = s.index
            # "R-CHOP plus CNS prophylaxis with intrathecal cytarabine": a drug given as prophylaxis is given on a
            # line of its own, never the current one, so the responses the treatment reaches are not its own
            groups = self._alternating_groups(s, groups)
            prophylaxis = [m for m in drugs if self._prophylaxis(s, m)]
            if prophylaxis:
                groups = [g for g in ([m for m in g if m not in prophylaxis] for g in groups) if g]
            # (its line keeps the story's order: "hydroxyurea for cytoreduction, and imatinib was started")
            for m in prophylaxis:
                if groups and m.end <= groups[0][0].start and not any(_drug_key(m) in ln.keys for ln in self.lines):
                    self._new_line(s, [m]).prophylaxis = True
            for group in groups:
                keys = {_drug_key(m) for m in group}
                cur = self.current
                resume = s.cue(Cue.RESUME)  # not "was not resumed" (RESUME_NEGATED is masked)
                resumed = resume is not None
                earlier = set().union(*(ln.keys for ln in self.lines)) if self.lines else set()
                if cur is not None and keys <= cur.keys and (kept := self._kept_on_alone(s, group)) \
                        and {_drug_key(m) for m, _ in kept} < cur.keys:
                    # "X was stopped and she was maintained on single-agent Y": Y alone, a new line
                    self.current = self._new_line(s, [m for m, _ in kept])
                    self.current.line.why.append(kept[0][1])
                    if self._dropped_before(s, cur, group):
                        # "oxaliplatin was stopped for neuropathy, and he continued on 5-FU and bevacizumab": the drugs
                        # that went on after one was dropped, not a maintenance phase; their response is the combination's
                        self.current.went_on_from = cur
                    if (first_cycle := _cycle_count(s, s.cue(Cue.FROM_CYCLE))) is not None:
                        self.current.split_from = (cur, first_cycle)
                elif cur is not None and keys < cur.keys and not resumed and cur.first_sentence == s.index \
                        and cur is not before_lines and group is not groups[0] \
                        and all(o.end <= group[0].start for o in cur.mentions) \
                        and (step := s.cue_between(Cue.SEQUENCE_GAP, cur.mentions[-1].end, group[0].start)) \
                        and s.cue(Cue.TIME_POINT, cur.mentions[0].start, group[0].start):
                    # "A, B, C and D every three weeks for six cycles, followed by C and D": some drugs of the
                    # combination this sentence opened for a told length (TIME_POINT), named again after a step of
                    # the sequence, go on alone (a maintenance phase told without the word): a line of their own,
                    # as "then C maintenance"
                    self.current = self._new_line(s, group)
                    self.current.later_phase = True
                    self.current.line.why.append(because("kept on alone", step))
                elif cur is not None and keys <= cur.keys and not resumed and cur.first_sentence < s.index \
                        and cur.fixed_course and not cur.chemoradiation and _opens_chemoradiation(s):
                    # "three cycles of induction gemcitabine and cisplatin ... Radiotherapy with concurrent cisplatin
                    # followed": drugs of a counted course given again with radiotherapy are a course of their own
                    # (chemoradiation after the induction), whose assessment is not the induction's
                    self.current = self._new_line(s, group)
                elif cur is not None and keys < cur.keys and not resumed \
                        and (again := self._part_started_after_progression(s, group, cur)) is not None:
                    # "ifosfamide and doxorubicin ..., but the disease progressed. High-dose ifosfamide was then given":
                    # part of a combination that progressed, told started again, is a new course of its own (its
                    # response is not the combination's)
                    self.current = self._new_line(s, group)
                    self.current.line.why.append(because("retreatment", again))
                    self.current.retreatment = True
                elif cur is not None and keys <= cur.keys and not resumed:
                    cur.last_sentence = s.index
                    cur.mentions.extend(group)
                    if self._start_told_after_its_end(s, group, cur):
                        # "FGFR3 fusions after enfortumab vedotin and pembrolizumab ... [his prostate cancer was] kept
                        # on active surveillance. [...] He began enfortumab vedotin with pembrolizumab": the line named
                        # ahead (an introduction) starts only now; an off-treatment state told before it is no end of it
                        cur.finished_at = -1
                    cur.cycled = cur.cycled or s.cue(Cue.CYCLED_SCHEDULE) is not None
                    if s.cue(Cue.COUNTED_COURSE) and any(c != "PD" for c in cur.classes):
                        # "complete remission on day 28. She received two cycles of consolidation with X": a
                        # counted course of the line's drugs told after its response is a course of fixed
                        # length (COUNTED_COURSE): a relapse told later is after it, no PD of the line
                        cur.fixed_course = True
                elif cur is not None and keys <= cur.keys and resumed and cur.first_sentence == s.index:
                    cur.last_sentence = s.index
                elif cur is not None and keys <= earlier and not resumed and not keys <= cur.keys \
                        and len(kept := self._kept_on_alone(s, group)) == len(group) \
                        and not any(s.cue_before(Cue.LOOK_BACK_AFTER, m.start) for m in group):
                    # "VRd x4, then high-dose melphalan with transplant; lenalidomide maintenance was begun":
                    # an earlier line's drug kept on as maintenance after another line (a transplant, a
                    # second regimen) is a line of its own, running from now: a progression told during
                    # it is its PD, not the intervening line's; so is a maintenance that takes drugs of
                    # several earlier lines ("maintenance with mercaptopurine, methotrexate and vincristine" after a
                    # consolidation that gave only the first two): its end is the end of the treatment, and a
                    # relapse told after it is no progression of the consolidation
                    self.current = self._new_line(s, group)
                    self.current.line.why.append(dataclasses.replace(kept[0][1], decision="maintenance after another line"))
                    if s.cue(Cue.LINE_OVER):
                        # "she completed one year of trastuzumab alone": told as a finished course
                        self.current.finished_at = s.index
                elif cur is not None and not keys & cur.keys and (added := self._addition(s, group, cur, drugs)) is not None:
                    # "bevacizumab was added from cycle 5", "with the addition of daratumumab": the running
                    # line's drugs go on with the added one (a line of them all, from now)
                    self.current = self._added_line(s, group, cur, added)
                elif keys <= earlier and not resumed:
                    if (told := self._start_retold(s, group, cur)) is None \
                            and (again := self._started_again_later(s, group, cur)) is not None:
                        # "progressive disease on olaparib. Second-line carboplatin was given from July 2023": drugs of
                        # an earlier line told started on a date after the running line began are a new course of them
                        self.current = self._new_line(s, group)
                        self.current.line.why.append(because("retreatment", again))
                        self.current.retreatment = True
                        continue
                    if told is not None:
                        # "Line 4 | Ripretinib 150 mg daily | ... [the story] Ripretinib was started in December
                        # 2022. CT at four months showed ...": the start of a line a table (or a summary) gave before
                        # the story, told again as it happens, makes that line the running one
                        self.current = told
                        told.last_sentence = s.index
                    continue  # "after progression on crizotinib": a look back, not a new line
                else:
                    self.current = self._new_line(s, group)
                    if resumed and keys <= earlier:  # a retreatment line: "X was resumed"
                        self.current.line.why.append(because("retreatment", resume))
                        self.current.retreatment = True
                    elif cur is not None and cur.first_sentence == s.index and cur is not before_lines \
                            and not keys & cur.keys and len(kept := self._kept_on_alone(s, group)) == len(group) \
                            and s.cue(Cue.MAINTENANCE_WORD, kept[0][1].start, kept[0][1].end):
                        # "six cycles of carboplatin and paclitaxel, followed by olaparib maintenance": a new drug
                        # planned as the maintenance of the induction this sentence opened; the induction's
                        # first assessment is the induction's, as for a drug of it kept on alone
                        self.current.line.why.append(dataclasses.replace(kept[0][1], decision=_PLANNED_MAINTENANCE))
            for m in prophylaxis:
                if not any(_drug_key(m) in ln.keys for ln in self.lines):
                    self._new_line(s, [m]).prophylaxis = True
            if len(groups) > 1 and s.cue(Cue.ALTERNATING) is not None:
                # the regimens given in alternation share the course's window (each one another's partner)
                opened = [ln for ln in self.lines if ln.first_sentence == s.index and not ln.prophylaxis]
                for run in self._alternation_runs(s, opened):
                    for ln in run:
                        ln.alternates_with = [o for o in run if o is not ln]
            if self.back_split_at is not None:
                for ln in self.lines:
                    if ln.first_sentence == s.index and ln.mentions and all(
                            m.start < self.back_split_at for m in ln.mentions):
                        ln.failed_when_named = True
            drugs = [m for m in drugs if m not in prophylaxis]
            # an end date stated for the current line ("continued until June 2020"), or for the line
            # of the drugs named before the cue ("X from March 2015 to May 2016 ...; Y was then started")
            cue = s.cue(Cue.END) if self.current is not None else None
            if cue:
                named_before = [m for m in drugs if m.end <= cue.start]
                ending = (self._line_of(named_before[-1]) if named_before else None) or self.current
                # "Chemotherapy was stopped and alectinib was started", "X was started, and chemotherapy
                # was stopped": a class word nearer the cue than any drug given is what stopped - the
                # line before this sentence, not the one it opens
                after = named_before[-1].end if named_before else -1
                if ending is self.current and ending.first_sentence == s.index and ending is not before_lines and any(
                        m.label == "DRUG_CLASS" and m.status == "affirmed" and after < m.start and m.end <= cue.start
                        and all(m is not d for d in drugs) for m in s.mentions):
                    ending = before_lines
            hold = s.cue(Cue.DOSE_HOLD) if cue else None
            if hold and s.cue(Cue.RESUME) and hold.start <= cue.start:
                # "imatinib, which was interrupted in 2018 for surgery and resumed afterwards": a hold the
                # sentence also ends, inside the line (no end date)
                cue = None
            elif hold and hold.start <= cue.start < hold.end and (went_on := s.cue(Cue.HOLD_CONTINUED)) \
                    and (went_on.start >= hold.end or went_on.start <= hold.start < hold.end <= went_on.end):
                # "diarrhoea led to an interruption and a dose reduction, and cabozantinib continued at
                # 40 mg": the only stop told is the hold, and the drug went on after it ("a short
                # interruption of gilteritinib": a hold told as brief holds the words of the stop)
                cue = None
            elif hold and (went_on := s.cue(Cue.HOLD_CONTINUED)) and went_on.start <= hold.start < hold.end <= went_on.end \
                    and 0 <= cue.start - went_on.end <= 2 and label_match(Cue.NOT_A_STOP, s.text[cue.start - s.start:cue.end - s.start]):
                # "trastuzumab and pertuzumab were held for 4 weeks until it recovered": the "until" ends the hold
                # told with its length, not the line
                cue = None
            if cue and ending is not None and (went_on := self._partial_stop(s, cue, ending, drugs)):
                # "cisplatin was withdrawn for ototoxicity, pemetrexed went on": one drug of a running
                # combination stopped; the others go on as the running line, whose later progression is
                # theirs only (a later response is still the whole combination's)
                self.current = went_on
            if cue and ending is not None:
                # "stopped 3 months later", "after 3 months of therapy, X was stopped"; "given from
                # January 2018 but discontinued after four months": the start + four months
                after_cue = any(m.label == "DURATION" and m.attrs.get("relative") == "after"
                                and m.start >= cue.end for m in s.mentions)
                end = ((since_start(s, ending.line.start) if after_cue else None) or date_in(s, after_cue=Cue.END)
                       or relative_date(s, self.last_date) or since_start(s, ending.line.start))
                ending.finished_at = s.index
                if end:
                    ending.line.end = end
                    ending.line.why.append(because("end", cue))
                    ending.end_sentence = s.index
                    for a in ending.line.administrations:
                        a.end = end
                reason = s.cue(Cue.REASON)
                if reason and not ending.line.discontinuation_reason:
                    ending.line.discontinuation_reason = reason.value.strip()
                    ending.line.why.append(because("discontinuation reason", reason))
        elif narrative and not joined and self.current is not None and s.cue(Cue.END) \
                and (s.cue(Cue.ANAPHORA) or self._class_word_stops_running_line(s)):
            end = date_in(s, after_cue=Cue.END) or relative_date(s, self.last_date)
            if end:
                self.current.line.end = end
                self.current.line.why.append(because("end", s.cue(Cue.END)))
            stop = s.cue(Cue.END)
            if not end and self.current.finished_at < 0 and not self.current.line.end \
                    and not label_match(Cue.NOT_A_STOP, s.text[stop.start - s.start:stop.end - s.start]):
                # "both drugs were discontinued because of grade 3 colitis": an undated stop of the
                # running line named without its drugs ends it as a stop naming them does; progression
                # told in a later sentence happened off that line (no PD of it); a hold ("withheld and
                # resumed"), "until", a dose reduction end nothing
                self.current.finished_at = s.index
        elif narrative and self.current is not None and not self.current.line.end and (
                s.cue(Cue.ANAPHORA) or any(m.label == "DRUG_CLASS" and m.status == "affirmed" for m in s.mentions)):
            self.current.last_sentence = s.index  # "the chemotherapy", "this treatment" keep the line current
        if narrative and not drugs and self.current is not None and self.current.finished_at < 0 \
                and s.cue(Cue.LINE_OVER):
            # "he declined nivolumab in favour of treatment-free surveillance": the running line is over
            self.current.finished_at = s.index
        if narrative and self.current is not None and s.cue(Cue.RESUME_NEGATED) and not self.current.line.end:
            # "immunotherapy was not resumed": the line is over though no date ends it; progression
            # told afterwards happened off that line (not its PD)
            self.current.stopped = True
        # "Thus our patient ... nonetheless progressed": a summing-up restates the story; its responses
        # are read as in a discussion sentence (only "response to DRUG")
        self._responses(s, drugs, before_lines, narrative and not s.cue(Cue.SUMMARY_RESTATEMENT))
        if narrative and any(f.cls == "PD" for f in responses_in(s)):
            self.last_pd_sentence = s.index
        if narrative:
            self._adverse_events(s, drugs, before_lines)
            dated = [m.attrs["date"] for m in s.mentions if m.label == "DATE" and m.attrs.get("date")]
            if dated:
                self.last_date = dated[-1]
                self.last_date_sentence = s.index
            self.dated_event = (s.index, dated[0]) if dated and not drugs and any(
                m.label == "RESPONSE" for m in s.mentions) else None
            # "steroids were weaned after surgery": once a local treatment was told, a procedure named
            # as the time of something else (PROCEDURE_LOOK_BACK) is a look back at it, not a new one
            told = bool(self.local_treatment_sentences)
            if any(m.label == "PROCEDURE" and m.status == "affirmed" and _local_treatment(m)
                   and not _names_an_event(m, s.mentions)
                   and not (told and s.cue_before(Cue.PROCEDURE_LOOK_BACK, m.start)) for m in s.mentions):
                self.local_treatment_sentences.append(s.index)
                if not drugs:
                    self.last_procedure_sentence = s.index

    # --- responses ---------------------------------------------------------------
    def _target_line(self, s: Sentence, resp_start: int, drugs: list[Mention], before: _Line | None,
                     narrative: bool, cls: str | None = None) -> tuple[_Line | None, Why | None]:
        """The line a response belongs to, and the cue that tied it there when one did."""
        if not narrative:
            # discussion/abstract sentences about this patient: only "response to DRUG" wording
            if (switched := self._response_in_switch_gap(s, resp_start, drugs, cls)) is not None:
                return switched
            for m in sorted(drugs, key=lambda d: d.start):
                if _response_between(s, resp_start, m.start):
                    # "a partial response to chemo-immunotherapy, stable disease on docetaxel": a retelling that gives
                    # each treatment its own response; the drug is named for the response nearer to it
                    break
                cue = s.cue_between(Cue.RESPONSE_TO_DRUG, resp_start, m.start) if 0 < m.start - resp_start < 60 else None
                if cue and not s.cue(Cue.CLAUSE_BREAK, resp_start, m.start):
                    # "responded to toripalimab with gemcitabine and cisplatin": the drugs listed with the one the
                    # wording names are the line that gave them all (not the later line of the first alone)
                    listed = self._listed_after(s, m, drugs)
                    whole = self._line_of(m, listed) if len({o.start for o in listed}) > 1 else None
                    if whole is not None and {_drug_key(o) for o in listed} <= whole.keys:
                        return whole, because("response to this drug", cue)
                    return self._line_of(m), because("response to this drug", cue)
                if m.start > resp_start:
                    # "only stable disease, whereas X with Y produced ...": the nearest drug after the response is
                    # the one its wording could name; a later one ("with Y") belongs to that drug's phrase
                    break
            if s.patient_anchor and not s.literature:
                # "in our patient, X-based therapy led to complete remission": the drug named right before
                # the response it brought, in a sentence about the patient
                before_resp = sorted((m for m in drugs if m.end <= resp_start), key=lambda d: d.start)
                if before_resp and resp_start - before_resp[-1].end < 60 and (
                        cue := s.cue_between(Cue.DRUG_BROUGHT_RESPONSE, before_resp[-1].end, resp_start)):
                    ln = self._line_of(before_resp[-1], before_resp)
                    if ln is not None:
                        return ln, because("response brought by this drug", cue)
                if (named := self._line_named_by_kind_in_retelling(s, resp_start, before_resp)) is not None:
                    # "In our patient, osimertinib gave a partial response and platinum-based chemotherapy only
                    # stable disease": the kind of treatment named right before the response it brought
                    return named
                lines = [ln for ln in self.lines if not ln.prophylaxis]
                resp = next((m for m in s.mentions if m.label == "RESPONSE" and m.start <= resp_start < m.end), None)
                if cls not in (None, "PD") and len(lines) == 1 and resp is not None and not any(
                        m.label in DRUG_LABELS or m.label in ("REGIMEN", "PROCEDURE") for m in s.mentions) \
                        and not any(i >= lines[0].first_sentence for i in self.local_treatment_sentences) \
                        and not s.cue_before(Cue.CONTINUING_BEFORE, resp.start) \
                        and not s.cue_after(Cue.CONTINUING_AFTER, resp.end):
                    # "Our patient achieved a complete remission after six cycles": the Discussion retells the
                    # response of the story's only line without naming its drugs (no progression: a relapse told
                    # there may come after the line ended; not a remission that goes on, nor once surgery or
                    # radiotherapy treated the tumour)
                    return lines[0], None
                if (last := self._last_line_left_without_outcome(s, resp, cls)) is not None:
                    return last, None
            return None, None
        # "a complete response to X was followed by progression on Y", "the disease relapsed during Y, and Z
        # was given": the response wording names, right after it, an earlier line's drug told as what failed
        # (LOOK_BACK, so no drug given here): that line's response, not the line named before it in the sentence
        for m in sorted(self.looked_back, key=lambda d: d.start):
            if m.start < resp_start or any(resp_start < o.start < m.start for o in drugs):
                continue
            cue = s.cue_between(Cue.RESPONSE_ON, resp_start, m.start)
            # (a regimen's drugs together: the line that gave them all, told before this sentence)
            # ("progression on vincristine and irinotecan" once VAC followed: the line that gave them all)
            ln = self._line_of(m, self.looked_back)
            if cue and ln is not None and ln.first_sentence == s.index:
                ln = next((o for o in reversed(self.lines) if o.first_sentence < s.index and _drug_key(m) in o.keys), None)
            if cue and ln is not None:
                return ln, because("response on this drug", cue)
            break
        if drugs and (nth := self._line_named_by_ordinal(s, resp_start)) is not None and nth[1].rule in _ANAPHORIC_ORDINALS \
                and nth[1].end <= resp_start and not any(m.start < resp_start for m in drugs):
            # "The first regimen gave a partial response, the second stable disease, and pazopanib was stopped at
            # progression": a response right after a line named by its place, with no drug named before it in the
            # sentence, is that line's (as in a sentence naming no drug); the progression after pazopanib is pazopanib's
            return nth
        # "After induction (cycle 4): 11 mm, partial response | Month 9, atezolizumab maintenance: 12 mm": a drug named
        # in a later cell of a table row (TABLE_CELL_BREAK between) dates that column; it is not the drug of a response
        # whose own cell is dated by a phase (PHASE_AS_TIME in its cell: that phase's line is read below)
        if any(h.end <= resp_start and s.cue(Cue.TABLE_CELL_BREAK, h.end, resp_start) is None
               for h in s.cues(Cue.PHASE_AS_TIME)):
            drugs = [m for m in drugs if m.start < resp_start or s.cue(Cue.TABLE_CELL_BREAK, resp_start, m.start) is None]
        if drugs:
            groups = self._groups(s, sorted(drugs, key=lambda d: d.start))
            with_lines = [(m, self._line_of(m, next((g for g in groups if any(o is m for o in g)), ()))) for m in drugs]
            with_lines = [(m, ln) for m, ln in with_lines if ln is not None]
            if not with_lines:
                return None, None
            # "progressed on alectinib", "a partial response to crizotinib": the drug the wording names
            for m, ln in with_lines:
                cue = s.cue_between(Cue.RESPONSE_ON, resp_start, m.start) if m.start >= resp_start else None
                if cue:
                    # "responded partially to vincristine and irinotecan" once VAC followed: the drugs listed
                    # together are the line that gave them all (not the latest line sharing the first)
                    listed = [m]
                    for o in sorted((o for o, _ in with_lines), key=lambda d: d.start):
                        if o.start <= m.start or o in listed:
                            continue
                        if o.start == listed[-1].start or \
                                s.cue_between(Cue.DRUG_LIST_JOINER, listed[-1].end, o.start) is not None:
                            listed.append(o)
                        else:
                            break
                    if len({o.start for o in listed}) > 1 and (whole := self._line_of(m, listed)) is not None \
                            and {_drug_key(o) for o in listed} <= whole.keys:
                        ln = whole
                    elif len({o.start for o in listed}) > 1 and (most := self._line_sharing_most(m, listed, ln)) is not None:
                        ln = most
                    if ln.first_sentence == s.index and ln is not before and before is not None \
                            and _drug_key(m) in before.keys and cue.rule not in _INTO_COURSE \
                            and not self._named_as_maintenance(s, resp_start, m, ln):
                        # "he progressed on lenalidomide and daratumumab was added": the progression
                        # is the running line's, not the one this sentence opens with the same drug
                        # (not "progressed 5 months into durvalumab maintenance": the course it opens)
                        return before, because("response on this drug", cue)
                    return ln, because("response on this drug", cue)
            preceding = [(m, ln) for m, ln in with_lines if m.end <= resp_start]
            if preceding:
                m, ln = preceding[-1]
                # "R-CHOP achieved a partial response and polatuzumab with bendamustine and rituximab stable
                # disease": the drugs listed together right before the response are the line that gave them
                # all (not a later line sharing the last of them)
                listed = [m]
                for o in sorted((o for o, _ in preceding), key=lambda d: d.start, reverse=True):
                    if o is m or o in listed:
                        continue
                    if o.start == listed[-1].start or s.cue_between(Cue.DRUG_LIST_JOINER, o.end, listed[-1].start) is not None:
                        listed.append(o)
                    elif o.end <= listed[-1].start:
                        break
                if len({o.start for o in listed}) > 1 and (whole := self._line_of(m, listed)) is not None \
                        and {_drug_key(o) for o in listed} <= whole.keys:
                    ln = whole
                elif len({o.start for o in listed}) > 1 and (most := self._line_sharing_most(m, listed, ln)) is not None:
                    ln = most
                    self._complete_line(s, most, listed)
                if (induction := self._induction_named_after(s, m, resp_start, ln)) is not None:
                    # "Induction with X was followed by consolidation with Y; she was in complete remission after
                    # induction": a response the sentence dates by the induction is the induction's, not the later
                    # phase named right before it
                    return induction
                cur = self.current
                if cur is not None and ln is not cur and self.reversed_sentence == s.index == cur.first_sentence \
                        and ln.first_sentence == s.index and all(o.end <= resp_start for o in drugs):
                    # "She received glofitamab after obinutuzumab pretreatment, and after six cycles PET showed a complete
                    # response": the drugs were named latest first; an assessment told after them all is of the line
                    # that came last in time, not of the drug named last
                    ln = cur
                # "received X after Y and Z; his brain metastases enlarged": past a clause break, an
                # assessment after lines this sentence opened is the latest one's (the current line)
                if cur is not None and ln is not cur and ln.first_sentence == s.index == cur.first_sentence \
                        and all(o.end <= resp_start for o in cur.mentions) and s.cue(Cue.CLAUSE_BREAK, m.end, resp_start):
                    ln = cur
                if cls != "PD" and ln.first_sentence == s.index and (planned := self._planned_induction(ln)) is not None:
                    # "X plus Y for four doses, then X maintenance, gave a partial response at 12 weeks": the
                    # response told after an induction and the maintenance it planned, in one sentence, is
                    # the induction's first assessment (as when told in a later sentence); a progression
                    # told there is the maintenance's
                    return planned, None
                # "X led to a partial response; disease progressed seven months after the last
                # cycle": progression told as off treatment after the drugs is a relapse after a
                # finished line, not that line's progression
                # ("five months after the last doxorubicin dose, the nodules enlarged": the cue holds the drug)
                # ("sixteen months after stopping olaparib, CT showed recurrence": the cue ends right before the drug)
                if cls == "PD" and (s.cue(Cue.MONITORING, m.end, None) or any(
                        h.start <= m.start and m.end <= h.end <= resp_start for h in s.cues(Cue.MONITORING)) or any(
                        h.end <= m.start and s.text[h.end - s.start:m.start - s.start].strip().lower() in ("", "the")
                        for h in s.cues(Cue.MONITORING))):
                    return None, None
                if cls == "PD" and ln.fixed_course and ln.first_sentence == s.index and not s.cue(Cue.DURING_LINE) \
                        and any(r.label == "RESPONSE" and r.status == "affirmed" and r.end <= resp_start
                                and r.attrs.get("response_class") not in (None, "PD")
                                and s.cue_between(Cue.ASSESSMENT_SEQUENCE, r.end, resp_start) for r in s.mentions):
                    # "six cycles of X, with a partial response; progression was documented five months later": a
                    # counted course told whole with its response, then progression told as a later step, is a
                    # relapse after the course (as when told in a later sentence, _off_line)
                    return None, None
                # "switched from crizotinib to alectinib because of progression": the cause of a
                # switch belongs to the line that ended, not to the one this sentence opens
                # (not across a clause: "X was restarted ...; after progression, Y was given" is X's)
                # ("X and Y were resumed after radiotherapy, and Z was added at progression": the line
                # right before Z's, opened earlier in this very sentence, is the one that progressed)
                prior = self._line_before(ln) if ln.first_sentence == s.index and ln is not before else None
                # (not in a sentence that steps back in time, EARLIER_LINE: "Before that, nivolumab was
                # given and stopped at progression" in a story told latest line first is nivolumab's PD)
                if prior is not None and not prior.line.end and not s.cue(Cue.EARLIER_LINE) \
                        and not self._responded_first(s, m, resp_start):
                    cue = s.cue_between(Cue.CAUSE, m.end, resp_start)
                    # (a clause of time gives only a progression to the line before: "continued as the disease
                    # remained stable" is the running line's own assessment)
                    # (nor when the sentence ends the drug's own line, "X from February to June 2019, when the disease
                    # progressed": the clause tells what ended it)
                    if cue and not s.cue(Cue.CLAUSE_BREAK, m.end, resp_start) \
                            and (cls == "PD" or cue.rule not in _CLAUSE_CAUSES | _PD_ONLY_CAUSES) \
                            and (cue.rule not in _CLAUSE_CAUSES or ln.end_sentence != s.index):
                        return prior, because("cause of the switch: the line before", cue)
                elif (prior is None or prior.line.end) and ln.first_sentence == s.index and ln is not before \
                        and cls == "PD" and ln.end_sentence != s.index \
                        and s.cue_between(Cue.CAUSE, m.end, resp_start) and not s.cue(Cue.CLAUSE_BREAK, m.end, resp_start):
                    # "Pembrolizumab was started in 2019 when the disease recurred": the story's first line, begun
                    # because of (or at the time of) a progression told right after its drug, came after it: no PD of it;
                    # so is a line begun after the line before had ended ("imatinib from 2015 to 2018 ... Sunitinib was
                    # given after progression in 2020", "azacitidine was given for a molecular relapse"): a relapse off
                    # the ended line, no PD of either (session 33, rpair33)
                    return None, None
                return ln, None
            # "after he achieved complete remission, he received X": the response came before X
            cue = s.cue_before(Cue.RESPONSE_BEFORE_GIVEN, resp_start)
            if cue:
                keys = {_drug_key(m) for m, _ in with_lines}
                return (before, because("response before the drugs given", cue)) \
                    if before is not None and not (before.keys & keys) else (None, None)
            if cls == "PD" and any(_dates_after_stop(s, d, resp_start) for d, _ in with_lines):
                # "The leukaemia relapsed nine months after alemtuzumab was stopped", "relapse after discontinuation of
                # imatinib": the drug named after the relapse dates it after that drug's line ended (MONITORING), so it is
                # a relapse off treatment, not that line's progression
                return None, None
            # the response comes first: if those drugs open a new line here, it belongs to the one before
            m, ln = with_lines[0]
            if (named := self._line_named_by_class(s, resp_start, ln)) is not None and ln.first_sentence < s.index:
                # "Chemotherapy gave a partial response, and pembrolizumab a complete one" (a retelling): the kind of
                # treatment named before the response, not the drug named after it
                return named, None
            if cls == "PD" and before is None and (swap := s.cue(Cue.SUBSTITUTION)) is not None and swap.start > resp_start:
                # "Because of progression, imatinib was replaced by sunitinib": the drug replaced, named here first, was
                # given before the one replacing it; the progression that caused the swap is its line's
                replaced = [(d, o) for d, o in with_lines if d.end <= swap.start and o.first_sentence == s.index]
                if replaced and any(d.start >= swap.end for d, _ in with_lines):
                    return replaced[-1][1], because("cause of the switch: the drug replaced", swap)
            if cls == "PD" and (prior := self._progressed_before_switch(s, resp_start, m, ln)) is not None:
                return prior, None
            if ln.first_sentence == s.index and ln is not before:
                # "progression led to a regimen of ...": the response belongs to the line before, if any
                # (not when surgery or radiotherapy came after that line: "In 1986 radiotherapy. In
                # 1991 a local recurrence and again chemotherapy" is a relapse after local treatment)
                if before is None or (before.line.end and not self._ended_then(before, s)) \
                        or (cls == "PD" and self._off_line(before, s, resp_start)) \
                        or self._off_treatment_before(s, resp_start, before) \
                        or (cls == "PD" and s.cue(Cue.MONITORING, resp_start, m.start)) \
                        or (self.last_procedure_sentence > before.last_sentence
                            and not self._window_spans_local_treatment(before, s, cls, switch=True)):
                    return None, None
                return before, None
            if resp_start < m.start and s.cue(Cue.DURING_LINE) and (planned := self._planned_induction(ln)) is not None:
                # "CT after cycle 2 showed a partial response ...; maintenance pemetrexed continues": an
                # assessment during the induction, told before the maintenance drug it planned
                return planned, None
            return ln, None
        cur = self.current
        if cur is None:
            return None, None
        if (nth := self._line_named_by_ordinal(s, resp_start)) is not None:
            # "FOLFOX plus bevacizumab, then FOLFIRI plus cetuximab, then regorafenib. First-line therapy gave a partial
            # response": the line named by its place in the sequence
            return nth
        if (named := self._line_named_by_class(s, resp_start, cur)) is not None:
            # "She received carboplatin and paclitaxel, then pembrolizumab. Chemotherapy gave a partial response": a
            # response told of a kind of treatment that the running line is not, and an earlier line is, is that line's
            return named, None
        if (phase := self._line_named_by_phase(s, cur)) is not None:
            # "Progressive disease was seen after 11 months of maintenance" told after a later line began
            return phase, because("response named by its phase", s.cue(Cue.PHASE_AS_TIME))
        if (at_cycle := self._line_at_cycle(s, cur, cls)) is not None:
            # "Gemcitabine and cisplatin every 3 weeks ... At progression he started ivosidenib 500 mg daily. [...] The
            # CT after cycle 4 showed a partial response": an assessment dated by a cycle is the course's given in cycles
            return at_cycle
        if (back := self._line_before_switch(s, resp_start, cur)) is not None:
            # "She switched to nilotinib in 2017. She had achieved a complete cytogenetic response at 12 months": a
            # response told in the pluperfect right after a new line began was reached on the line before it
            return back
        if (then := self._line_running_at(s, cur)) is not None:
            # "In May 2017, CT showed a partial response" told after a line that started in 2018: the
            # assessment is dated inside an earlier line, so it is that line's
            return then, None
        not_after_end = not any(m.label == "DATE" and (m.attrs.get("date") or "") > (cur.line.end or "")
                                for m in s.mentions)
        # "X was given from July 2019 to July 2020. MRI showed stable disease throughout": a line
        # whose end was stated with its start is told as a whole; the sentence right after it
        # speaks of that time
        # (past one sentence between that names no treatment: a dose change or an adverse event told
        # before the assessment, "... He developed grade 2 rash. CT showed a complete response")
        summary = cur.end_sentence == cur.first_sentence and s.index - cur.last_sentence <= 2 \
            and self.last_procedure_sentence <= cur.last_sentence
        if cur.line.end and not ((s.cue(Cue.DURING_LINE) or summary) and not_after_end):
            if summary and self._first_assessment_after_end(s, cur, cls):
                return cur, None
            if cls == "PD" and (stop := self._stop_after_progression(s, cur, resp_start)) is not None:
                # "In August 2024 progression was found in the liver, and the BRAF/MEK inhibitors were stopped": the
                # end this very sentence dates, told after the progression, is the stop it caused; the progression
                # is the line's own, not a relapse after it
                return cur, because("progression that ended the line", stop)
            # the line had ended: an off-treatment assessment (unless made during it: "interim
            # PET-CT after four cycles", for a line whose end was stated with its start)
            return None, None
        if s.cue(Cue.MONITORING) and cls in ("CR", "PR") and not cur.stopped and not cur.line.responses \
                and s.index - cur.last_sentence <= 2 and self.last_procedure_sentence <= cur.last_sentence \
                and s.cue(Cue.COURSE_ASSESSMENT):
            # "MRI three months after completion showed a complete response": the first assessment after
            # a finished course is that course's response
            return cur, because("assessment after the course", s.cue(Cue.COURSE_ASSESSMENT))
        scan = s.cue(Cue.FOLLOW_UP_SCAN)
        monitoring = s.cue(Cue.MONITORING)
        if scan and monitoring and scan.start <= monitoring.start < scan.end and cls in ("CR", "PR", "SD") \
                and not cur.stopped and not cur.line.responses and s.index - cur.last_sentence <= 2 \
                and self.last_procedure_sentence <= cur.last_sentence and not any(m.label == "DATE" for m in s.mentions):
            # "Docetaxel was given for six cycles. Follow-up MRI showed no residual disease": 'follow-up' names
            # the next scan, not a time off treatment; the first scan after the course is its assessment (an
            # undated one: "follow-up MRI in 2021" may lie years after the course)
            return cur, because("the next scan after the course", scan)
        if cls == "PD" and cur.stopped and not cur.line.end and not s.cue(Cue.MONITORING) \
                and s.index - cur.last_sentence <= 2 and self.last_procedure_sentence <= cur.last_sentence \
                and s.cue_before(Cue.PROGRESSION_WENT_ON, resp_start):
            # "both were stopped for colitis and not resumed. CT at 12 weeks showed further progression": the
            # disease went on growing through the line that was stopped, so the progression is that line's own
            # (PROGRESSION_WENT_ON), not a relapse off it
            return cur, None
        if (s.cue(Cue.MONITORING) and not (self._running(cur) and _monitoring_only_names_the_scan(s))) \
                or cur.stopped:
            if cls == "PD" and cur.finished_at < 0 and not cur.stopped:
                # "Ten months after completing chemotherapy, CT showed new lung metastases": a relapse off
                # treatment says the line was over; a later progression before the next line is not its PD
                cur.finished_at = s.index
            return None, None
        if cls == "PD" and (self._off_line(cur, s, resp_start) or self._relapse_after_remission(cur, s, resp_start)):
            return None, None
        no_local_treatment_since = self.last_procedure_sentence <= cur.last_sentence \
            or self._window_spans_local_treatment(cur, s, cls)
        recent = s.index - cur.last_sentence <= 2 and no_local_treatment_since
        # a line that runs (no end stated, no surgery or radiotherapy since) holds the assessments
        # told after it until the story names another treatment ("Alectinib was started in March
        # 2019. [...] In May 2021, MRI showed new brain metastases, consistent with progressive
        # disease. Alectinib was stopped")
        running = not cur.line.end and no_local_treatment_since
        if recent or running:
            # "X plus Y x4 was initiated, followed by X maintenance": a maintenance planned in the
            # sentence that opened the induction; its first assessment is the induction's
            during = cls != "PD" and bool(s.cue(Cue.DURING_LINE) or s.cue(Cue.COURSE_ASSESSMENT))
            return self._planned_induction(cur, during, pd=cls == "PD") or cur, None
        anaphora = s.cue(Cue.ANAPHORA)  # "this treatment", "on treatment"
        return (cur, because("the current line, named again", anaphora)) if anaphora else (None, None)

    def _progressed_before_switch(self, s: Sentence, resp_start: int, m: Mention, ln: _Line) -> _Line | None:
        """ "Month 19 | progression; bevacizumab" (a timeline row), "At 19 months, progression; bevacizumab was given":
        a progression told first and, past a clause break, the drug of a line the story opened earlier, with no
        assessment of its own, retells the switch that progression caused: it is the progression of the line before that
        one, which the story gave a progression already (so none is added to the drug named after it); None otherwise."""
        if ln.first_sentence >= s.index or ln.classes or ln.line.responses or m.start < resp_start \
                or not s.cue(Cue.CLAUSE_BREAK, resp_start, m.start):
            return None
        prior = self._line_before(ln)
        return prior if prior is not None and "PD" in prior.classes else None

    def _off_treatment_before(self, s: Sentence, resp_start: int, before: _Line) -> bool:
        """A follow-up word before the response dates it off treatment ("During follow-up, CT showed progression and
        X was started"), unless it names the next scan of a line still running ("A follow-up CT showed progression,
        and X was started": the running line's progression, which the switch answers)."""
        hit = s.cue_before(Cue.MONITORING_BEFORE, resp_start)
        return hit is not None and not (self._running(before) and _names_the_scan(s, hit))

    def _running(self, cur: _Line) -> bool:
        """The line runs: no end stated or told (a stop, a finished course), not stopped, no course of a told length
        (cycles counted, "for six months": a follow-up after it lies after its end), no surgery or radiotherapy since."""
        return not cur.line.end and not cur.stopped and cur.finished_at < 0 and not cur.fixed_course \
            and not cur.fixed_length and cur.cycle_count is None and cur.course_cycles is None \
            and self.last_procedure_sentence <= cur.last_sentence

    @staticmethod
    def _named_as_maintenance(s: Sentence, resp_start: int, m: Mention, ln: _Line) -> bool:
        """The response wording names the drug as the maintenance it went on alone ("progression after 4 cycles
        of pemetrexed maintenance", "relapsed on lenalidomide maintenance"), and the sentence opened that maintenance
        as a line of its own (kept on alone): the response is of that course, not of the combination it went on
        from (as "progressed 5 months into durvalumab maintenance", RESPONSE_ON's into_course rows). Not a response
        told before another one that lies between it and the drug ("a partial response was followed by progression
        after 4 cycles of pemetrexed maintenance": the partial response came before the maintenance)."""
        return s.cue_after(Cue.MAINTENANCE_AFTER, m.end) is not None and not _response_between(s, resp_start, m.start) \
            and any(w.decision in _MAINTENANCE_DECISIONS for w in ln.line.why)

    @staticmethod
    def _kinds(terms, concept) -> set[str]:
        """The kinds of treatment a drug is (its term's drug_class and therapy_type: "chemotherapy", "immunotherapy")."""
        return {v.replace("_", " ").strip().lower() for k in ("drug_class", "therapy_type")
                if (v := terms.extra(concept.id, k))}

    def _first_assessment_after_end(self, s: Sentence, cur: _Line, cls: str | None) -> bool:
        """Is ``s`` the course's first assessment, dated within the window after its told end ("chemoradiotherapy with
        cisplatin and etoposide from May to July 2019. CT in September 2019 showed a partial response")? A course told
        whole with its end is assessed after its last dose; the first scan soon after it, before any other treatment,
        no response of it recorded yet, is its response (not a later relapse or a remission told years on)."""
        when = date_in(s)
        return cls in ("CR", "PR", "SD") and not cur.stopped and not cur.line.responses and when is not None \
            and not dated_long_after_iso(cur.line.end, when, _FIRST_ASSESSMENT_MONTHS) \
            and not any(o.first_sentence > cur.first_sentence for o in self.lines if not o.prophylaxis)

    @staticmethod
    def _responded_first(s: Sentence, drug: Mention, resp_start: int) -> bool:
        """The drug's own response is told between it and the wording at ``resp_start`` ("X and Y induced a partial
        remission lasting three months, after which the disease progressed"): the wording is a later step of the
        course the drug opened, not the cause of its start (a progression that led to a switch comes before the new
        drugs respond)."""
        return any(r.label == "RESPONSE" and r.status == "affirmed" and r.attrs.get("response_class") not in (None, "PD")
                   and drug.end <= r.start and r.end <= resp_start for r in s.mentions)

    def _line_named_by_class(self, s: Sentence, resp_start: int, cur: _Line) -> _Line | None:
        """The latest earlier line whose drugs include the kind of treatment a class word names as the subject of the
        response ("Chemotherapy produced a partial response", in the clause before it), when no drug of the running
        line ``cur`` is of that kind; None otherwise."""
        words = [m for m in s.mentions if m.label == "DRUG_CLASS" and m.status == "affirmed" and m.end <= resp_start
                 and not s.cue(Cue.CLAUSE_BREAK, m.end, resp_start)]
        if not words:
            return self._line_named_by_kinds(s, resp_start, cur)
        m = words[-1]
        kind = {x.strip().lower().removeprefix("the ").strip() for x in (m.text, m.pref_label or "") if x}
        if not kind or any(self._kinds(s.terms, d) & kind for d in cur.line.drugs):
            return None
        for ln in reversed(self.lines):
            if ln is cur or ln.prophylaxis or ln.first_sentence > cur.first_sentence:
                continue
            if any(self._kinds(s.terms, d) & kind for d in ln.line.drugs):
                return ln
        return None

    def _last_line_left_without_outcome(self, s: Sentence, resp: Mention | None, cls: str | None) -> _Line | None:
        """Step "the Discussion gives the outcome the story left out": the story's last line, when a sentence about the
        patient outside the narrative tells a response (not a progression) without naming a drug or a procedure, the
        story recorded no response of that line, and every line before it ended in progression ("gemcitabine and
        cisplatin ... the nodules enlarged. He then received CAPOX." and in the Discussion "Our patient achieved a
        partial response only with the colorectal-type regimen"): the earlier lines are closed by their progression,
        so the line left open holds the assessment; not a remission that goes on, nor once surgery or radiotherapy
        treated the tumour during that line. None otherwise."""
        lines = [ln for ln in self.lines if not ln.prophylaxis]
        if cls in (None, "PD") or resp is None or len(lines) < 2 or any(
                m.label in DRUG_LABELS or m.label in ("REGIMEN", "PROCEDURE") for m in s.mentions):
            return None
        last, earlier = lines[-1], lines[:-1]
        if last.line.responses or not all("PD" in ln.classes for ln in earlier):
            return None
        if any(i >= last.first_sentence for i in self.local_treatment_sentences) \
                or s.cue_before(Cue.CONTINUING_BEFORE, resp.start) or s.cue_after(Cue.CONTINUING_AFTER, resp.end):
            return None
        return last

    def _class_word_stops_running_line(self, s: Sentence) -> bool:
        """Is the stop told in ``s`` (END) one of the running line, named by a word for its kind of treatment
        ("Immunotherapy was stopped, and she received methylprednisolone", "Chemotherapy was discontinued after
        cycle 8 because of neuropathy")? The class word comes before the stop, no drug is named, and a drug of the
        running line is of that kind: the sentence ends that line as "the treatment was stopped" does (ANAPHORA), so
        progression told in a later sentence is off that line (gold: progression off therapy after a stop is no PD)."""
        stop = s.cue(Cue.END)
        cur = self.current
        if stop is None or cur is None:
            return False
        words = [m for m in s.mentions if m.label == "DRUG_CLASS" and m.status == "affirmed" and m.end <= stop.start
                 and not s.cue(Cue.CLAUSE_BREAK, m.end, stop.start)]
        if not words:
            return False
        kind = {x.strip().lower().removeprefix("the ").strip() for x in (words[-1].text, words[-1].pref_label or "") if x}
        return any(self._kinds(s.terms, d) & kind for d in cur.line.drugs)

    def _line_named_by_kind_in_retelling(self, s: Sentence, resp_start: int, before_resp: list[Mention]) \
            -> tuple[_Line, Why] | None:
        """Outside the narrative, in a sentence about the patient: the one line of the story whose drugs are of the kind
        a class word names right before the response it brought (DRUG_BROUGHT_RESPONSE: "platinum-based chemotherapy
        achieved only stable disease"), when no drug is named nearer the response; None when no line or several are
        of that kind."""
        words = [m for m in s.mentions if m.label == "DRUG_CLASS" and m.status == "affirmed" and m.end <= resp_start
                 and resp_start - m.end < 60 and not any(m.end <= d.start for d in before_resp)]
        if not words:
            return None
        m = max(words, key=lambda w: w.end)
        cue = s.cue_between(Cue.DRUG_BROUGHT_RESPONSE, m.end, resp_start)
        if cue is None or s.cue(Cue.CLAUSE_BREAK, m.end, resp_start):
            return None
        kind = {x.strip().lower().removeprefix("the ").strip() for x in (m.text, m.pref_label or "") if x}
        kind |= {k.split()[-1] for k in kind if k}   # "platinum-based chemotherapy": a kind of chemotherapy
        of_kind = [ln for ln in self.lines if not ln.prophylaxis and any(self._kinds(s.terms, d) & kind for d in ln.line.drugs)]
        return (of_kind[0], because("response brought by this kind of treatment", cue)) if len(of_kind) == 1 else None

    def _main_lines(self) -> list[_Line]:
        """The lines of the story as a clinician counts them (first-line, second-line ...): in text order, without
        prophylaxis and without the lines that go on from the one before (a maintenance or consolidation of its drugs,
        drugs kept on alone or after one stopped, a drug added to it)."""
        out: list[_Line] = []
        for ln in self.lines:
            if ln.prophylaxis:
                continue
            part = ln.went_on_from is not None or any(
                w.decision in _MAINTENANCE_DECISIONS or w.decision == "added to the running line" for w in ln.line.why)
            if out and (part or (ln.later_phase and ln.keys <= out[-1].keys)):
                continue
            out.append(ln)
        return out

    def _line_named_by_ordinal(self, s: Sentence, resp_start: int) -> tuple[_Line, Why] | None:
        """Step "line named by its ordinal": the N-th line of the story (:meth:`_main_lines`) when the clause of the
        response names a treatment by its place (LINE_ORDINAL, the row's ``line``: "First-line therapy gave a partial
        response") and the story has told that many lines; None otherwise."""
        hits = [h for h in s.cues(Cue.LINE_ORDINAL)
                if not s.cue(Cue.CLAUSE_BREAK, min(h.end, resp_start), max(h.start, resp_start))]
        named_before = [h for h in hits if h.end <= resp_start]
        if named_before:
            # "The first regimen gave a partial response, the second stable disease": each response is the line
            # named right before it (a list of lines and their responses in one clause)
            hits = named_before[-1:]
        if len({h.rule for h in hits}) != 1:
            return None
        n = _ORDINAL_ROWS.get(hits[0].rule)
        main = self._main_lines()
        if not n or n > len(main):
            return None
        return main[n - 1], because("line named by its ordinal", hits[0])

    def _line_named_by_kinds(self, s: Sentence, resp_start: int, cur: _Line) -> _Line | None:
        """The latest earlier line whose drugs together are of every kind a word naming a combination names in the
        clause before the response ("Chemo-immunotherapy produced a partial response": KIND_WORD, its row's
        ``kinds``), when the running line ``cur`` is not; None otherwise."""
        hit = next((h for h in reversed(s.cues(Cue.KIND_WORD)) if h.end <= resp_start
                    and not s.cue(Cue.CLAUSE_BREAK, h.end, resp_start)), None)
        need = _KIND_ROWS.get(hit.rule) if hit is not None else None
        if not need:
            return None

        def covers(ln: _Line) -> bool:
            return need <= {k for d in ln.line.drugs for k in self._kinds(s.terms, d)}
        if covers(cur):
            return None
        return next((ln for ln in reversed(self.lines) if ln is not cur and not ln.prophylaxis
                     and ln.first_sentence <= cur.first_sentence and covers(ln)), None)

    def _line_named_by_phase(self, s: Sentence, cur: _Line) -> _Line | None:
        """Step "response named by its phase" (rows PHASE_AS_TIME): a response sentence naming no drug that dates the
        response by a later phase ("after 11 months of maintenance", "during consolidation") is the latest earlier
        line opened as that phase (LATER_PHASE, or an induction's drugs kept on alone: "followed by X and Y"), when
        the running line ``cur`` is not one; None otherwise (the running line keeps it)."""
        hits = s.cues(Cue.PHASE_AS_TIME)
        if hits and all(h.rule in _INDUCTION_AS_TIME for h in hits):
            return self._induction_of(cur)
        if not hits or self._phase_line(cur):
            return None
        for ln in reversed(self.lines):
            if ln is not cur and not ln.prophylaxis and ln.first_sentence <= cur.first_sentence and self._phase_line(ln):
                return ln
        return None

    def _induction_of(self, cur: _Line) -> _Line | None:
        """ "Atezolizumab maintenance was continued. [...] After induction (cycle 4): 11 mm, partial response": a response
        dated by the induction while the running line ``cur`` is a maintenance (a later phase, or drugs of the line before
        kept on alone) is the induction's: the line it went on from, or the line before it that gave its drugs; None when
        ``cur`` is no maintenance (the running line is the induction)."""
        # (chemoradiation after an induction chemotherapy is its later phase too: "induction FOLFOX, then
        # chemoradiation with capecitabine. MRI after the induction phase showed ...")
        if not (self._phase_line(cur) or cur.chemoradiation
                or any(w.decision in _MAINTENANCE_DECISIONS for w in cur.line.why)):
            return None
        prior = cur.went_on_from or self._line_before(cur)
        # a line opened as a later phase (LATER_PHASE: "induction with X was followed by consolidation with Y") names
        # the line before it as its induction whatever its drugs; drugs kept on alone must be the induction's
        if prior is None or prior.first_sentence > cur.first_sentence or not (
                cur.keys <= prior.keys or cur.later_phase or cur.chemoradiation
                or any(w.decision == _PLANNED_MAINTENANCE for w in cur.line.why)):
            return None
        return prior

    def _induction_named_after(self, s: Sentence, m: Mention, resp_start: int, ln: _Line) -> tuple[_Line, Why] | None:
        """The induction line ``ln`` (a later phase opened in this sentence, after drug ``m``) went on from, and the
        cue, when the response clause after ``m`` is dated by the induction (PHASE_AS_TIME rows with field
        induction: "after induction", "at the end of induction"); None otherwise."""
        if ln.first_sentence != s.index:
            return None
        hit = next((h for h in s.cues(Cue.PHASE_AS_TIME) if h.rule in _INDUCTION_AS_TIME and h.start >= m.end
                    and not any(o.label in DRUG_LABELS and m.end < o.start < h.start for o in s.mentions)), None)
        if hit is None or (hit.start > resp_start and s.cue(Cue.CLAUSE_BREAK, resp_start, hit.start)):
            return None
        prior = self._induction_of(ln)
        return (prior, because("response named by its phase", hit)) if prior is not None else None

    @staticmethod
    def _phase_line(ln: _Line) -> bool:
        return ln.later_phase or any(w.decision == "kept on alone" for w in ln.line.why)

    def _line_at_cycle(self, s: Sentence, cur: _Line, cls: str | None) -> tuple[_Line, Why] | None:
        """Step "assessment dated by a cycle": a response sentence naming no drug whose time is a cycle of a course
        (DURING_LINE holding a CYCLED_SCHEDULE word: "the CT after cycle 4", "after four courses") speaks of a line
        given in cycles, by the report's time structure, not of the running line ``cur`` when that is
        (a) a maintenance or the drugs of an induction kept on alone, without a response yet: the induction it went on
        from, while that has no response and no progression (not a progression: that is the maintenance's; not a
        time told by the phase, "after ten cycles of maintenance"); or
        (b) a drug taken every day (CONTINUOUS_SCHEDULE), never told in cycles: the latest earlier line told in cycles,
        when no response but progression was told of it yet (the response is not a progression: that is the running
        drug's), and the sentence is not the one right after the daily drug began (its own cycles: "osimertinib 80 mg
        daily was started. After two cycles, a partial response"), unless told in the pluperfect. None otherwise."""
        hit = s.cue(Cue.DURING_LINE)
        if hit is None or s.cue(Cue.CYCLED_SCHEDULE, hit.start, hit.end) is None or s.cue(Cue.PHASE_AS_TIME):
            return None
        if (counted := self._course_of_count(s, hit, cur, cls)) is not None:
            return counted, because("assessment after the cycles an earlier course was counted in", hit)
        if cls != "PD" and not cur.line.responses and (self._phase_line(cur) or cur.went_on_from is not None or any(
                w.decision == _PLANNED_MAINTENANCE for w in cur.line.why)):
            prior = cur.went_on_from or self._line_before(cur)
            if prior is not None and not prior.line.end and prior.first_sentence <= cur.first_sentence \
                    and not any(i < s.index for i in prior.classes.values()) and (cur.keys <= prior.keys or any(
                        w.decision == _PLANNED_MAINTENANCE for w in cur.line.why)):
                return prior, because("assessment at a cycle of the induction", hit)
            return None
        if cls == "PD" or not cur.continuous or cur.cycled:
            return None
        resp = next((m for m in s.mentions if m.label == "RESPONSE" and m.start >= hit.end), None) or next(
            (m for m in s.mentions if m.label == "RESPONSE"), None)
        told_back = resp is not None and (s.cue_before(Cue.PLUPERFECT_BEFORE, resp.start)
                                          or s.cue_after(Cue.PLUPERFECT_AFTER, resp.end))
        if s.index - cur.first_sentence < 2 and not told_back:
            # "She was started on osimertinib 80 mg daily. After two cycles, CT showed a partial response": the
            # sentence right after the daily drug began counts its own cycles (unless told in the pluperfect)
            return None
        for ln in reversed(self.lines):
            if ln is cur or ln.prophylaxis or ln.first_sentence >= cur.first_sentence:
                continue
            if ln.cycled:
                # (a course whose response was told already is not the one assessed: "six cycles of X, with stable
                # disease, then sunitinib 50 mg daily. CT after two cycles showed a partial response" is sunitinib's)
                return (ln, because("assessment at a cycle of the course before", hit)) \
                    if not any(c != "PD" and i < s.index for c, i in ln.classes.items()) else None
        return None

    @staticmethod
    def _split_before_cycle(s: Sentence, ln: _Line, cls: str | None) -> _Line:
        """ "Cisplatin was omitted from cycle 5 onwards, and gemcitabine was continued alone. ... The CT after cycle 4
        showed a partial response": an assessment dated by a cycle (DURING_LINE with a CYCLED_SCHEDULE word) before the
        cycle the drugs of ``ln`` went on alone from (FROM_CYCLE) was made while the whole combination was still given:
        the combination's response (not a progression: that stays with the drugs that went on). ``ln`` otherwise."""
        if ln.split_from is None or cls == "PD":
            return ln
        hit = s.cue(Cue.DURING_LINE)
        if hit is None or s.cue(Cue.CYCLED_SCHEDULE, hit.start, hit.end) is None:
            return ln
        at = _cycle_count(s, hit)
        combination, first_cycle = ln.split_from
        return combination if at is not None and at < first_cycle else ln

    def _response_of_site_directed_treatment(self, s: Sentence, resp: Mention) -> bool:
        """A sentence naming no drug tells a treatment aimed at one lesion (radiotherapy, ablation, embolization:
        SITE_DIRECTED_PROCEDURE_CLASS) before the response ``resp``, that treatment told here for the first time since the
        running line began (radiotherapy told before, or chemoradiation, a COUNTED_COURSE row with field chemoradiation, is part of
        the drugs' course: "cisplatin weekly with radiotherapy ... after radiotherapy, PET showed a complete response")."""
        cur = self.current
        if cur is None or any(cur.first_sentence <= i < s.index for i in self.local_treatment_sentences) \
                or _opens_chemoradiation(s):
            return False
        return any(m.label == "PROCEDURE" and m.status == "affirmed" and m.end <= resp.start
                   and not _names_an_event(m, s.mentions)
                   and label_is(Cue.SITE_DIRECTED_PROCEDURE_CLASS, s.terms.extra(m.curie, "procedure_class") or "")
                   for m in s.mentions)

    def _course_of_count(self, s: Sentence, hit, cur: _Line, cls: str | None) -> _Line | None:
        """ "Gemcitabine plus cisplatin was given for 6 cycles. Olaparib 300 mg twice daily was then started as
        maintenance. After 6 cycles, the liver lesions had shrunk by 55%": an assessment dated by the very count of cycles
        the course before was given in (``cycle_count``), told while the maintenance that went on from it runs (a later
        phase, not given in cycles), is that course's
        (its first assessment: no response or progression of it told yet); not a progression (the running line's)."""
        n = _cycle_count(s, hit)
        if not n or cls == "PD" or cur.cycled or cur.cycle_count is not None:
            return None
        # (the course the running maintenance went on from, right before it: a line told between them, or a running
        # line of its own, not a later phase, leaves the count to be the running line's own time)
        course = self._line_before(cur) if self._phase_line(cur) else None
        if course is None or course.first_sentence >= cur.first_sentence or course.cycle_count != n \
                or any(i < s.index for i in course.classes.values()):
            return None
        return course

    def _line_before_switch(self, s: Sentence, resp_start: int, cur: _Line) -> tuple[_Line, Why] | None:
        """Step "pluperfect response after a switch": the line before the running line ``cur`` and the cue, when the
        response at ``resp_start`` is told in the pluperfect (PLUPERFECT_BEFORE / PLUPERFECT_AFTER) in the sentence right
        after the one that opened ``cur`` by a switch, with no date of its own; None otherwise."""
        m = next((r for r in s.mentions if r.label == "RESPONSE" and r.start == resp_start), None)
        if m is None or s.index - cur.first_sentence != 1 or any(o.label == "DATE" for o in s.mentions):
            return None
        cue = s.cue_before(Cue.PLUPERFECT_BEFORE, m.start) or s.cue_after(Cue.PLUPERFECT_AFTER, m.end)
        prior = self._line_before(cur) if cue else None
        if prior is None or prior.first_sentence >= cur.first_sentence or prior.keys <= cur.keys:
            # (a drug added to the running line is no switch: "pembrolizumab was added in cycle 2. By cycle 4 he had
            # achieved a partial response" is the line of them all)
            return None
        return prior, because("pluperfect response: the line before the switch", cue)

    def _line_running_at(self, s: Sentence, cur: _Line) -> _Line | None:
        """The earlier line running at the sentence's only date, when that date is before the current line
        started ("Alectinib was started in April 2018 ... In May 2017, CT showed a partial response":
        crizotinib's); None when the date is not before the current line or no line ran then."""
        dates = {m.attrs.get("date") for m in s.mentions if m.label == "DATE" and m.attrs.get("date")}
        start = cur.line.start
        if len(dates) != 1 or not start or s.cue(Cue.MONITORING):
            return None
        when = next(iter(dates))
        n = min(len(when), len(start))
        if n < 4 or not when[:n] < start[:n]:
            return None
        for ln in reversed(self.lines):
            if ln is cur or ln.prophylaxis or not ln.line.start or ln.first_sentence >= cur.first_sentence:
                continue
            k = min(len(when), len(ln.line.start))
            if ln.line.start[:k] <= when[:k] and (not ln.line.end or when[:min(len(when), len(ln.line.end))]
                                                   <= ln.line.end[:min(len(when), len(ln.line.end))]):
                return ln
        return None

    def _response_in_switch_gap(self, s: Sentence, resp_start: int, drugs: list[Mention],
                                cls: str | None) -> tuple[_Line | None, Why | None] | None:
        """Step "progression between two lines of a retelling": a progression told inside the step from one drug to
        the next (SEQUENCE_GAP: "a partial response to crizotinib, and progression with brain metastases then led to
        entrectinib", "progression on X prompted a switch to Y") ended the line of the drug before the step, as the
        cause of a switch told in the story does; the drug after the step began later, so the progression is never
        its own. (The line of the drug before the step when the story gave it before the drug after it; no line when
        not; None when the response lies in no such step or is no progression.)"""
        step = self._switch_gap(s, resp_start, drugs) if cls == "PD" else None
        if step is None:
            return None
        gap, before, after = step
        if s.cue_between(Cue.RESPONSE_ON, resp_start, after.start) is not None:
            # "a partial response with FOLFOX and then progressive disease on irinotecan": the wording ties the
            # progression to the drug after it, the step names only when it came
            return None
        ended, opened = self._line_of(before), self._line_of(after)
        if ended is not None and opened is not None and ended.first_sentence <= opened.first_sentence \
                and ended is not opened:
            return ended, because("cause of the switch: the line before", gap)
        return None, None

    @staticmethod
    def _switch_gap(s: Sentence, resp_start: int, drugs: list[Mention]):
        """The step of the sequence (SEQUENCE_GAP hit) between the two drugs the response at ``resp_start`` lies
        between, with those drugs; None when no such step holds it."""
        before = [m for m in drugs if m.end <= resp_start]
        after = [m for m in drugs if m.start > resp_start]
        if not before or not after:
            return None
        a = max(before, key=lambda m: m.end)
        b = min(after, key=lambda m: m.start)
        gap = s.cue_between(Cue.SEQUENCE_GAP, a.end, b.start)
        return (gap, a, b) if gap is not None else None

    def _window_spans_local_treatment(self, ln: _Line, s: Sentence, cls: str | None, switch: bool = False) -> bool:
        """Step "a running line's window holds a local treatment": is the progression told in ``s`` still inside the
        window of ``ln`` though surgery or radiotherapy was told since the line's last sentence? A line's window runs
        from its start to its end or the next line's start; a palliative local treatment told while it ran ("pembrolizumab
        every three weeks from January. Palliative radiotherapy was given to a painful rib metastasis. After four
        cycles, CT showed progressive disease") does not end it, so the progression is the line's own when the sentence
        places it in the course (DURING_LINE: "after four cycles") or ends the line by opening the next one
        (``switch``: "CT in June showed progression, and nivolumab was started"). Only a progression: a response told
        after a local treatment may be that treatment's; only a line told as begun, running and not over (no end, no
        stop, no counted, adjuvant or fixed-length course, whose later progression is a relapse off it), and only when
        every local treatment since came after the line had started."""
        if cls != "PD" or ln.prophylaxis or not ln.line.start or ln.line.end or ln.stopped or ln.finished_at >= 0:
            return False
        if ln.fixed_course or ln.adjuvant or ln.course_end or ln.later_phase or s.cue(Cue.MONITORING):
            return False
        if ln.first_sentence in self.local_treatment_sentences \
                or not any(ln.first_sentence < i < s.index for i in self.local_treatment_sentences):
            # (a course told with its surgery or radiotherapy, "neoadjuvant X prior to surgical ablation", ends with it)
            return False
        if s.cue(Cue.DURING_LINE) is not None:
            return True
        # the switch: only a progression dated within a year of the line's start ("In 1985 neoadjuvant X ... In 1986
        # radiotherapy. In 1991 a local recurrence and again X" has moved on from that line)
        return switch and date_in(s) is not None and not dated_long_after(s, ln.line.start, 12)

    @staticmethod
    def _ended_then(ln: _Line, s: Sentence) -> bool:
        """The sentence is dated when the line ended ("X from May 2017 to January 2018 ... Upon
        progression in January 2018, Y was started"): what it tells ended that line."""
        when = date_in(s)
        return bool(when and ln.line.end and (when.startswith(ln.line.end) or ln.line.end.startswith(when)))

    def _planned_induction(self, cur: _Line, during: bool = False, pd: bool = False) -> _Line | None:
        """ "X plus Y x4 was initiated, followed by X maintenance": the induction line opened in the same
        sentence as the maintenance ``cur`` kept on alone, while neither has a response or the induction an end;
        with ``during`` (an assessment the sentence places in the course: "after 3 cycles ...; at the end of
        combination therapy, a complete response"), also once the induction has responses, but no progression. A new
        drug planned as the maintenance (_PLANNED_MAINTENANCE) leaves only the first response to the induction, not a
        progression (``pd``): progression on maintenance is the maintenance drug's."""
        i = next(k for k, o in enumerate(self.lines) if o is cur)
        planned = self.lines[i - 1] if i > 0 and self.lines[i - 1].first_sentence == cur.first_sentence else None
        if planned is not None and (not planned.line.responses or (during and "PD" not in planned.classes)) \
                and not cur.line.responses \
                and not planned.line.end and any(w.decision in _MAINTENANCE_DECISIONS
                                                 and not (pd and w.decision == _PLANNED_MAINTENANCE) for w in cur.line.why):
            return planned
        return None

    @staticmethod
    def _during_line_of(ln: _Line, s: Sentence, at: int | None) -> bool:
        """Does the sentence place the assessment at ``at`` inside ``ln``'s course (DURING_LINE: "after cycle 8")? Not
        by a hit told after a drug of another line that the sentence names after that assessment ("Progressive disease
        was documented and she received gemcitabine with docetaxel; after three cycles ...": the cycles are the new
        drugs')."""
        hits = s.cues(Cue.DURING_LINE)
        if at is None or not hits:
            return bool(hits)
        later = [m for m in s.mentions if m.label in DRUG_LABELS and m.status == "affirmed" and m.start > at
                 and _drug_key(m) not in ln.keys]
        return any(not any(m.end <= h.start for m in later) for h in hits)

    def _off_line(self, ln: _Line, s: Sentence, at: int | None = None) -> bool:
        """Progression told after the line had stopped (an undated stop: "cisplatin was stopped after
        five doses because of tinnitus"), or six months or more after the end of a fixed course
        ("for 5 days" in June 2015; "In August 2021, six years after cladribine ... relapse"): a
        relapse off treatment, not the line's progression."""
        # "From June 2014 to June 2015, she received X. The next CT showed progressive disease": a line
        # told as a whole (start and end in the sentence that opened it) and an undated assessment
        # right after it speak of that time: the progression that ended the line, not a relapse off it
        told_whole = ln.end_sentence == ln.first_sentence == ln.finished_at and s.index - ln.last_sentence <= 2 \
            and self.last_procedure_sentence <= ln.last_sentence and not ln.fixed_course and (date_in(s) is None or self._ended_then(ln, s))
        if 0 <= ln.finished_at < s.index and not self._during_line_of(ln, s, at) and not told_whole \
                and not self._first_restaging(ln, s):
            # (not an assessment the sentence places inside the course: "eight cycles from January to
            # July ... CT after cycle 8 showed progressive disease" is the course's own PD)
            return True
        relapse = any(m.label == "RESPONSE" and m.start == at and m.attrs.get("response_rule") in RELAPSE_RULES
                      for m in s.mentions) if at is not None else False
        if ln.adjuvant and relapse and s.index > ln.first_sentence and not s.cue(Cue.DURING_LINE):
            # "adjuvant doxorubicin and cyclophosphamide in 2010 ... In 2018, metastatic relapse": the disease came back
            # after the adjuvant course that followed its removal, no progression of the adjuvant drugs (ADJUVANT_COURSE)
            return True
        if (ln.fixed_course and (relapse or any(c != "PD" and i < s.index for c, i in ln.classes.items()))
                or (ln.relapse_only_count and relapse)) \
                and s.index > ln.first_sentence \
                and not s.cue(Cue.DURING_LINE) and not (s.cue(Cue.COURSE_ASSESSMENT) and not s.cue(Cue.MONITORING)):
            # "six cycles of carboplatin and paclitaxel ... a partial response that lasted 22 months. At
            # progression ...": a counted course (or chemoradiation) that had its response is over; a
            # progression told later, not at an assessment during or at the end of the course, is a
            # relapse after it (COUNTED_COURSE); so is a relapse or recurrence (the words say the disease had
            # gone: "cisplatin-based chemoradiation in 2022 ... CT confirmed recurrence"), response recorded or not;
            # a course counted only by relapse_only rows ("X for four cycles") is left by a relapse alone
            return True
        if relapse and (ln.cycled or ln.assessed_at_cycle) and any(c == "CR" and i < s.index for c, i in ln.classes.items()) \
                and not s.cue(Cue.DURING_LINE) and not s.cue(Cue.ANAPHORA) and not ln.later_phase:
            # "P-GemOx for three cycles, radiotherapy and three further cycles ... the end-of-treatment scan was
            # unchanged [complete remission]. Eight months later ... relapse": a course given in cycles that reached
            # a complete remission was over by the time the disease came back (the window of a course in cycles ends
            # with its last cycle); the relapse is off it, as after a counted course (not an assessment inside the
            # course, nor told as on treatment)
            return True
        if relapse and ln.fixed_length and not ln.cycled and any(c != "PD" and i < s.index for c, i in ln.classes.items()) \
                and not s.cue(Cue.DURING_LINE) and not ln.later_phase:
            # "Cladribine for 5 days induced a complete remission. He relapsed in 2020 and received a second course": a
            # course of fixed length that reached its response was over when the disease came back (undated too; not the
            # days of each cycle, "azacitidine for 7 days every 4 weeks")
            return True
        if relapse and ln.fixed_length and ln.later_phase and not ln.cycled and s.index > ln.last_sentence \
                and not s.cue(Cue.DURING_LINE):
            # "Rituximab maintenance every 2 months was given for 3 years. In March 2020 he relapsed": a maintenance told
            # with its whole length was over when the disease came back, response recorded or not (a relapse told
            # after it, not at an assessment during it, is off treatment)
            return True
        if ln.course_days and s.index > ln.first_sentence and not s.cue(Cue.DURING_LINE) \
                and (since := _days_since_diagnosis(s)) is not None and ln is self._first_line() \
                and since > ln.course_days + _WINDOW_GRACE_DAYS:
            # "radiotherapy with temozolomide, then six adjuvant cycles ... Fourteen months after diagnosis MRI showed
            # progression": the story's first course, told right after the diagnosis, was over months before
            return True
        if self._dated_past_counted_course(ln, s):
            return True
        when = date_in(s) or self.last_date
        return bool(ln.course_end and when and s.index > ln.first_sentence
                    and dated_long_after_iso(ln.course_end, when, 6))

    @staticmethod
    def _dated_past_counted_course(ln: _Line, s: Sentence) -> bool:
        """Is ``s`` dated six months or more past the end of a course counted in cycles, bounded by the course's own
        response? "radiotherapy followed by six cycles of PCV ... In 2018 a partial response ... In March 2025 a new
        enhancing nodule appeared", "four cycles of R-CHOP ... complete remission in June 2016 ... In 2021 new nodes":
        the course started before its response, so its cycles (four weeks each) were over by the response's date plus
        their length; a progression dated well after that is a relapse off the course, not its PD (not an assessment
        placed inside the course, DURING_LINE; a response of unknown date bounds nothing)."""
        if not (ln.fixed_course or ln.relapse_only_count) or not ln.course_cycles or s.index <= ln.first_sentence \
                or s.cue(Cue.DURING_LINE):
            return False
        when = date_in(s)
        if when is None:
            return False
        months = int(ln.course_cycles * _CYCLE_DAYS / 30) + 6
        return any(r.date and "progress" not in r.concept.label.lower() and dated_long_after_iso(r.date, when, months)
                   for r in ln.line.responses)

    @staticmethod
    def _relapse_after_remission(ln: _Line, s: Sentence, at: int) -> bool:
        """ "Lenalidomide ... a complete response in 2016. In 2019 the myeloma relapsed", "nivolumab ... complete
        response on the 2019 scan. A nodal recurrence was then found": a relapse or recurrence (the words say the
        disease had gone) told on its own, naming no drug, after the running line reached a complete response, in a
        sentence that places it neither during the line (DURING_LINE: "relapsed at cycle 9") nor on it (ANAPHORA:
        "relapsed on this treatment"), came after that remission, whatever the schedule (daily, plain, maintenance):
        no progression of the line (as _off_line's cycled course). A relapse told as what started the next line ("At
        relapse, she was given X") stays the line's progression (the step before, for the line that drugs open)."""
        relapse = any(m.label == "RESPONSE" and m.start == at and m.attrs.get("response_rule") in RELAPSE_RULES
                      for m in s.mentions)
        return relapse and any(c == "CR" and i < s.index for c, i in ln.classes.items()) \
            and not s.cue(Cue.DURING_LINE) and not s.cue(Cue.ANAPHORA)

    def _first_line(self) -> _Line | None:
        """The story's first line (not a prophylaxis)."""
        return next((ln for ln in self.lines if not ln.prophylaxis), None)

    def _first_restaging(self, ln: _Line, s: Sentence) -> bool:
        """Is ``s`` the first restaging (RESTAGING) of a line stopped early, told right after it? "grade 3
        hepatitis after the second dose led to both drugs being stopped. Restaging 12 weeks later showed
        progression": the scan that assesses the line (gold: the first restaging of the line), not a relapse
        off it; not once the line had a response, a local treatment came since, or the scan is dated off
        treatment (MONITORING: "eight months after the last dose")."""
        return s.cue(Cue.RESTAGING) is not None and not s.cue(Cue.MONITORING) and not ln.line.responses \
            and s.index - ln.last_sentence <= 2 and self.last_procedure_sentence <= ln.last_sentence

    def _remission_goes_on_into_later_phase(self, f, ln: _Line) -> bool:
        """Step "remission goes on into a later phase" (gold convention 8): a bare remission (no class word,
        BARE_REMISSION) told as going on (CONTINUING_BEFORE/AFTER: "remission persisted", "remains in
        remission") on a line opened as maintenance or consolidation (LATER_PHASE), once an earlier line
        reached a response, or surgery or radiotherapy treated the tumour, since the last progression, is
        the earlier remission continuing, no response of the later phase ("olaparib was started as
        maintenance and remission persisted"). A class named on the later phase ("a complete response
        during maintenance") stays its own; so does a remission on a line opened for relapse."""
        if not ln.later_phase or f.mention.text.lower() not in BARE_REMISSION:
            return False
        earlier = [o for o in self.lines if o is not ln and o.first_sentence <= ln.first_sentence]
        reached = any(c != "PD" and i > self.last_pd_sentence for o in earlier for c, i in o.classes.items())
        local = any(self.last_pd_sentence < i <= ln.first_sentence for i in self.local_treatment_sentences)
        return reached or local

    def _share_with_phases(self, s: Sentence, ln: _Line, response: Response) -> None:
        """"two cycles of cyclophosphamide and topotecan, followed by cycles of cisplatin and etoposide
        ...": undated phases of one protocol told in one sentence (PHASED_COURSE) are assessed together;
        a later response naming no drug is the whole protocol's (not a maintenance kept on alone, not a
        phase that has a response or an end of its own). A response dated by the induction ("PET after
        induction showed ...", PHASE_AS_TIME rows with field induction) is not shared with the phases told
        after ``ln`` (a consolidation, a transplant's conditioning): they came after that assessment."""
        if not ln.phased or ln.line.start is not None:
            return
        induction_dated = any(h.rule in _INDUCTION_AS_TIME for h in s.cues(Cue.PHASE_AS_TIME))
        for sib in self.lines:
            if induction_dated and sib.line.line > ln.line.line:
                continue
            if sib is not ln and sib.first_sentence == ln.first_sentence and sib.phased and sib.line.start is None \
                    and not sib.line.end and not sib.line.responses \
                    and not any(w.decision in _MAINTENANCE_DECISIONS for w in sib.line.why + ln.line.why):
                sib.line.responses.append(Response(concept=response.concept, date=response.date,
                                                   explicit=response.explicit, evidence=response.evidence,
                                                   why=[*response.why]))
                sib.classes = {**ln.classes, **sib.classes}

    @staticmethod
    def _told_as_next_step(s: Sentence) -> bool:
        """Does the sentence give its drugs as a plain next step of the treatment: no outcome (RESPONSE), harm
        (ADVERSE_EVENT), reason (REASON), swap (SUBSTITUTION), resumption (RESUME), later phase (LATER_PHASE, MAINTENANCE_WORD) or chemoradiation told with them?"""
        if any(m.label in ("RESPONSE", "ADVERSE_EVENT") and m.status == "affirmed" for m in s.mentions):
            return False
        # (nor a step that prepares the next one: "polatuzumab with rituximab as bridging therapy, then axi-cel",
        # "glofitamab after obinutuzumab pretreatment": PREPARATORY_STEP)
        return not any(s.cue(c) for c in (Cue.REASON, Cue.SUBSTITUTION, Cue.RESUME, Cue.LATER_PHASE,
                                          Cue.MAINTENANCE_WORD, Cue.PREPARATORY_STEP)) and not _opens_chemoradiation(s)

    def _share_with_unassessed_line_before(self, s: Sentence, ln: _Line, response: Response) -> None:
        """"Four cycles of doxorubicin and cyclophosphamide. This was followed by docetaxel with trastuzumab. MRI
        before surgery showed a complete response": a line told as the plain next step of the one before it (opened
        with no outcome, harm, reason or swap), while that one had no assessment, no end and no progression, is
        assessed with it: the first response after both is both lines' (not a maintenance or a line that went on
        from another, not past surgery or radiotherapy, not the line's second response). Only for a next step told in
        the sentence that last named the line before, or one giving again a drug of it ("BEP for three cycles. TIP
        was then given"): a step told on its own with new drugs is mostly a new line assessed alone (session 36:
        wider, it credited the line before wrongly more often than rightly); not lines dated apart ("crizotinib from
        2018, then alectinib from May 2019": each its own time)."""
        # a response whose sentence names its line by place ("The third-line chemotherapy achieved stable disease",
        # LINE_ORDINAL) is that line's alone
        if s.cue(Cue.LINE_ORDINAL) is not None:
            return
        prev = self._line_before(ln)
        if prev is None or not ln.opened_plainly or not prev.opened_plainly or ln.line.why or ln.went_on_from is not None \
                or self._phase_line(ln) or ln.chemoradiation or len(ln.line.responses) != 1:
            return
        if prev.line.responses or prev.classes or prev.line.end or ln.line.end or prev.stopped or prev.finished_at >= 0 \
                or prev.prophylaxis or prev.chemoradiation \
                or not (prev.keys & ln.keys or ln.first_sentence == prev.last_sentence) \
                or (prev.line.start is not None and ln.line.start is not None and prev.line.start != ln.line.start) \
                or self.last_pd_sentence >= prev.first_sentence \
                or any(i >= prev.first_sentence for i in self.local_treatment_sentences) \
                or self.last_procedure_sentence >= prev.first_sentence:
            return
        prev.line.responses.append(Response(concept=response.concept, date=response.date, explicit=response.explicit,
                                            evidence=response.evidence,
                                            why=[*response.why]))
        prev.classes = {**ln.classes, **prev.classes}

    def _retreated_here(self, s: Sentence, resp_start: int, ln: _Line) -> bool:
        """ "PET showed relapse; as it came a year after brentuximab vedotin, she was retreated with brentuximab
        vedotin", "imatinib was restarted at relapse": a progression told in the sentence that opens a retreatment line
        with drugs of another line ``ln`` (RESUME) is the relapse that made them given again after ``ln`` stopped: no PD
        of ``ln`` (a relapse after a line ended) nor of drugs that went on from it (_still_given), as they did not go
        on; nor of the retreatment itself when told before it; its own response is told after it."""
        here = [o for o in self.lines if o.retreatment and o.first_sentence == s.index]
        if ln in here:
            # (the resumption's words, not the line's first mention: "a year after X" may be its first naming)
            resume = s.cue(Cue.RESUME)
            return resume is not None and resp_start < resume.start
        return any(o.keys & ln.keys for o in here)

    def _still_given(self, s: Sentence, ln: _Line, drugs: list[Mention]) -> _Line:
        """ "leuprolide and six cycles of docetaxel ... partial response. On continuing leuprolide, the PSA rose:
        progressive disease": progression told after a counted course (COUNTED_COURSE) had its response, naming
        only some of the line's drugs, is the progression of those drugs, which went on after the course ended
        (a line of their own, going on from the course); the course's drugs get no PD (a relapse after a
        completed course). The line the sentence names is returned otherwise."""
        named = {_drug_key(m) for m in drugs if _drug_key(m) in ln.keys}
        if not ln.fixed_course or ln.went_on_from is not None or not named or not named < ln.keys \
                or not any(c != "PD" and i < s.index for c, i in ln.classes.items()) or s.cue(Cue.DURING_LINE):
            return ln
        for o in self.lines:
            if o.went_on_from is ln and o.keys == named:
                return o
        kept = [a for a in ln.line.administrations if a.drug and (a.drug.id or a.drug.label.lower()) in named]
        if len({(a.drug.id or a.drug.label.lower()) for a in kept}) != len(named):
            return ln
        first = next(m for m in drugs if _drug_key(m) in named)
        t = Treatment(line=len(self.lines) + 1, start=None, evidence=s.evidence_for(first),
                      administrations=[DrugAdministration(drug=a.drug, dose=a.dose, route=a.route, schedule=a.schedule,
                                                          evidence=a.evidence) for a in kept])
        went_on = _Line(line=t, keys=set(named), last_sentence=s.index, first_sentence=s.index,
                        mentions=[m for m in drugs if _drug_key(m) in named], went_on_from=ln)
        self.lines.append(went_on)
        if self.current is ln:
            self.current = went_on
        return went_on

    def _listed_lines(self, s: Sentence, f, ln: _Line, drugs: list[Mention]) -> list[_Line]:
        """ "Overall, she responded to both pembrolizumab and dabrafenib with trametinib", "the disease
        progressed on imatinib and sunitinib": a response worded on a list of drugs given in different
        earlier lines is each of those lines' (not only the first one's); a drug this sentence starts is no
        part of it ("progressed on X and Y was added")."""
        after = sorted((m for m in {id(m): m for m in [*drugs, *self.looked_back]}.values() if m.start >= f.mention.end),
                       key=lambda m: m.start)
        if not after or after[0].start - f.mention.end > 30 or s.cue(Cue.CLAUSE_BREAK, f.mention.end, after[0].start):
            return []
        chain = [after[0]]
        for m in after[1:]:
            if m.start == chain[-1].start:      # a named regimen's drugs: one span
                chain.append(m)
                continue
            if s.cue_between(Cue.LISTED_JOINER, chain[-1].end, m.start) is None:   # not "X and Y", "X, and later on Y"
                break
            chain.append(m)
        if len({m.start for m in chain}) < 2 or self._line_of(chain[0], chain) is not ln:
            return []
        if any(_drug_key(m) in ln.keys for m in chain) and {_drug_key(m) for m in chain} <= ln.keys:
            return []
        out = []
        for m in chain:
            o = self._line_of(m, [c for c in chain if c.start == m.start])
            if o is None or o is ln or o in out or o.prophylaxis or (
                    o.first_sentence >= s.index and not o.failed_when_named):
                continue
            if _drug_key(m) in ln.keys:
                continue
            out.append(o)
        return out

    def _responses(self, s: Sentence, drugs: list[Mention], before: _Line | None, narrative: bool) -> None:
        added: dict[tuple[int, str], Response | None] = {}
        for f in responses_in(s):
            why = None
            if not f.explicit and f.mention.attrs.get("response_rule") in ABSENCE_RULES \
                    and (self.last_procedure_sentence >= 0 or self.local_treatment_sentences or any(
                        m.label == "PROCEDURE" and m.status == "affirmed" and _local_treatment(m)
                        and not _names_an_event(m, s.mentions) and m.end <= f.mention.start for m in s.mentions)):
                # "no evidence of disease" once surgery or radiotherapy has treated the tumour
                # locally (told alone or with the drugs: "resection, followed by radiotherapy with
                # temozolomide"; earlier in this very sentence: "cytoreductive surgery with intraperitoneal
                # cisplatin followed, and he has no evidence of disease"): nothing was left to respond, so it
                # is no response of the drugs
                continue
            if f.cls == "PD" and TOLD_AHEAD in s.flags:
                # an abstract read after the story (kg/extraction/extract.py): its progression sums up a line's end
                # the story tells itself, and the line running at the story's end is seldom the one it names
                continue
            if f.cls != "PD" and not drugs and self._response_of_site_directed_treatment(s, f.mention):
                # "a bone metastasis was treated with palliative radiotherapy, and the irradiated lesion shrank": the
                # response told after a treatment aimed at one lesion is that treatment's, not the running drugs'
                continue
            if s.cue_after(Cue.LOCAL_TARGET_AFTER, f.mention.end):
                # "a complete response of the irradiated lesion": the response of a lesion surgery,
                # radiotherapy or ablation treated is that local treatment's, not the drugs'
                continue
            if f.cls == "PD" and 0 <= self.last_pd_sentence < s.index and s.cue_before(Cue.TIME_SINCE_BEFORE, f.mention.start):
                # "He died 9 months after relapse": a relapse the story told before is the time point of another
                # event, not a new progression (told before the running line began, or after it: "progressed
                # after 11 months of maintenance ... she died 27 months after recurrence" names the recurrence
                # told first, and a progression of the running line told before is recorded already)
                continue
            if f.failed_drug is not None:  # "after crizotinib failure": progression on that drug's line
                # (a named regimen's failure: the line that gave all its drugs, "loss of response to R-CHOP")
                # (drugs listed with it as what failed: "relapsed during vincristine and irinotecan, and VAC
                # was given" is the line that gave both, not VAC's, which shares vincristine)
                listed = self.looked_back if any(o.start == f.failed_drug.start for o in self.looked_back) else []
                ln = self._line_of(f.failed_drug, [d for r in s.mentions if r.label == "REGIMEN" and r.start == f.failed_drug.start
                                                   for d in expand_regimen(r, s.terms)] + listed)
            else:
                ln, why = self._target_line(s, f.pos, drugs, before, narrative, f.cls)
                if f.cls == "PD" and ln is not None and narrative:
                    ln = None if self._retreated_here(s, f.pos, ln) else self._still_given(s, ln, drugs)
            targets = [ln] + (self._listed_lines(s, f, ln, drugs) if ln is not None else [])
            if ln is not None and ln.alternates_with and not any(_drug_key(m) in ln.keys for m in drugs):
                # "CT after course 6 showed no nodules": an assessment of a course of alternating regimens that names
                # neither is every regimen's ("after 2 VDC courses" names one: that one's)
                targets += [o for o in ln.alternates_with if o not in targets]
            for ln in targets:
                if ln is None or ln.prophylaxis:
                    continue
                ln = self._split_before_cycle(s, ln, f.cls)
                if ln.went_on_from is not None and f.cls != "PD":
                    # a response the drugs that went on reach after one drug stopped is still the whole
                    # combination's (the stopped drug helped reach it); their progression is theirs only
                    ln = ln.went_on_from
                if f.mention.text.lower() in BARE_REMISSION and any(
                        i >= ln.first_sentence for i in self.local_treatment_sentences):
                    # "the child is in remission" once surgery has removed the tumour during or after the
                    # line: a remission that continues, no response of the drugs
                    continue
                continuing = f.cls != "PD" and (s.cue_before(Cue.CONTINUING_BEFORE, f.mention.start)
                                                or s.cue_after(Cue.CONTINUING_AFTER, f.mention.end))
                if continuing and self._remission_goes_on_into_later_phase(f, ln):
                    continue
                if continuing and f.mention.text.lower() in BARE_REMISSION and any(
                        r.concept.id != f.mention.curie for r in ln.line.responses):
                    # "a partial response ... he remains in remission": a bare remission that goes on
                    # restates the line's recorded response, it does not upgrade it to a complete one
                    continue
                if continuing and any(
                        o is not ln and o.classes.get(f.cls, -1) > self.last_pd_sentence and o.line.end is None
                        for o in self.lines) \
                        and (ln.later_phase or (ln.first_sentence == s.index and any(
                            o is not ln and o.keys & ln.keys and f.cls in o.classes for o in self.lines))
                             or (not drugs and not ln.line.responses and any(
                                 o is not ln and o.fixed_course and o.line.end is None
                                 and self.last_pd_sentence < o.classes.get(f.cls, -1) < ln.first_sentence
                                 for o in self.lines))):
                    # "he remains in complete remission" after consolidation, maintenance or a transplant
                    # (LATER_PHASE): the remission an earlier line achieved goes on, no new response of the
                    # later drugs (a drug switched to for toxicity keeps it: "the partial response was
                    # maintained" on acalabrutinib after ibrutinib is acalabrutinib's); not once a relapse
                    # or progression was told since that line's remission, nor after a line told as ended
                    # ("R-CHOP from April to August 2019 ... relapsed ... salvage R-ICE, followed by
                    # transplantation; he remains in complete remission": the salvage's remission);
                    # so is a line this very sentence opens around drugs that reached it ("further
                    # blinatumomab cycles with continuous ponatinib and intrathecal methotrexate, and remains
                    # in molecular remission": the remission ponatinib and blinatumomab reached goes on);
                    # so is a drug started after a counted course (COUNTED_COURSE) had reached the remission,
                    # when the sentence names no drug and the drug has no response of its own ("six cycles
                    # of carboplatin and docetaxel: complete response. Niraparib was then started ... She
                    # is still in complete remission four years on": the course's remission goes on)
                    continue
                wider = SUBSUMED_BY.get(f.mention.attrs.get("response_rule"), ())
                if not f.explicit and any(ln.classes.get(c, -1) > self.last_pd_sentence for c in wider):
                    # "... a partial response; treatment continues with disease control for 19 months": wording
                    # that names no class of its own restates the response the line already reached
                    continue
                if (id(ln), f.cls) in added:
                    first = added[(id(ln), f.cls)]
                    if first is not None and f.explicit and not first.explicit:
                        # "tumor regression that qualified as a partial response": the class is named
                        first.explicit, first.evidence = True, s.evidence_for(f.mention)
                    continue
                added[(id(ln), f.cls)] = None
                date = since_start(s, ln.line.start) or date_near(s, f.pos) or relative_date(s, self.last_date)
                concept = response_concept(f.mention)
                # a restatement of a response already recorded: undated, on the same date, or the line's
                # latest response ("a partial response at 3 months ... remains in partial response after 26 months")
                same = [r for r in ln.line.responses if r.concept.id == concept.id
                        and (date is None or r.date == date or r is ln.line.responses[-1])]
                if same:
                    if f.explicit and not same[0].explicit:  # ... that names its class this time
                        same[0].explicit, same[0].evidence = True, s.evidence_for(f.mention)
                    continue
                response = Response(concept=concept, date=date, explicit=f.explicit, evidence=s.evidence_for(f.mention),
                                    why=[why] if why else [])
                ln.line.responses.append(response)
                ln.classes.setdefault(f.cls, s.index)
                if (hit := s.cue(Cue.DURING_LINE)) is not None and s.cue(Cue.CYCLED_SCHEDULE, hit.start, hit.end):
                    ln.assessed_at_cycle = True  # "CT after course 6 showed ...": the line is a course in cycles
                added[(id(ln), f.cls)] = response
                if not drugs and f.cls != "PD":
                    self._share_with_phases(s, ln, response)
                    self._share_with_unassessed_line_before(s, ln, response)

    # --- adverse events ------------------------------------------------------------
    def _adverse_events(self, s: Sentence, drugs: list[Mention], before: _Line | None) -> None:
        if not any(m.label == "ADVERSE_EVENT" for m in s.mentions):
            return
        with_line = [m for m in drugs if self._line_of(m) is not None]
        if with_line:
            attributed = [concept_of(m, "drug") for m in with_line]
        elif self.current is not None:
            attributed = list(self.current.line.drugs)
        else:
            # before any treatment: a symptom, unless put down to an unnamed cancer treatment
            add_unnamed_treatment_events(self.adverse_events, s)
            return
        # the story's first treatment starts in this sentence: what it names before that drug is
        # the presentation ("she presented with cough, and crizotinib was started")
        treated_from = min(m.start for m in with_line) if with_line and before is None else None
        # a line named here, or a running line named in the sentence before, ties an onset ("two
        # weeks later she developed"); not once it has ended or the story has moved a year on
        # (a sentence right after one that told an event of the running line goes on with its toxicities: "This
        # was a grade 2 event and lenvatinib was interrupted. ... G3 fatigue ... Diarrhoea, moderate in severity, ...")
        cur = self.current.line
        last = max(self.current.last_sentence, self.current.last_event_sentence)
        anchored = bool(with_line) or (s.index - last <= 1 and not cur.end and not dated_long_after(s, cur.start))
        told = len(self.adverse_events)
        add_adverse_events(self.adverse_events, s, attributed, anchored=anchored, treated_from=treated_from)
        if len(self.adverse_events) > told and not with_line:
            self.current.last_event_sentence = s.index

    def treatments(self) -> list[Treatment]:
        """Lines in time order: text order, unless stated start dates say otherwise (a flashback
        such as "she had received chemotherapy in 2015"); undated lines keep their place."""
        lines = [ln.line for ln in self.lines]
        keyed, carry = [], ""
        for i, t in enumerate(lines):
            carry = max(carry, t.start) if t.start else carry
            keyed.append(((t.start or carry), i, t))
        ordered = [t for _, _, t in sorted(keyed, key=lambda k: (k[0], k[1]))] if any(
            a.start and b.start and b.start < a.start for a, b in zip(lines, lines[1:])) else lines
        for n, t in enumerate(ordered, 1):
            t.line = n
        return ordered


def cancer_free_story(case, terms: TermIndex, cytotoxic: bool = True, sentences: list[Sentence] = ()) -> None:
    """A patient of a report that names no tumor and no fusion was treated for something else: keep
    only lines with a drug that treats nothing but tumors (a kinase inhibitor's class, ONCOLOGY_ONLY_CLASS;
    with ``cytotoxic``, a cytotoxic drug too, ONCOLOGY_ONLY_DRUG: "pneumonitis after bleomycin" tells cancer
    therapy, and a drug of other diseases given the way only tumours are treated, ONCOLOGY_ONLY_ROUTE_BEFORE
    in ``sentences``: "seizures after intrathecal methotrexate", "high-dose cyclophosphamide"), and the
    adverse events of those lines."""
    routed = {m.curie for s in sentences for m in s.mentions
              if m.label in DRUG_LABELS and m.curie and s.cue_before(Cue.ONCOLOGY_ONLY_ROUTE_BEFORE, m.start)} \
        if cytotoxic else set()
    kept = [t for t in case.treatments if any(
        label_is(Cue.ONCOLOGY_ONLY_CLASS, terms.extra(d.id, "drug_class") or "")
        or (cytotoxic and (label_is(Cue.ONCOLOGY_ONLY_DRUG, d.label) or d.id in routed)) for d in t.drugs)]
    drugs = {d.id for t in kept for d in t.drugs}
    case.treatments = kept
    for n, t in enumerate(kept, 1):
        t.line = n
    case.adverse_events = [a for a in case.adverse_events if any(d.id in drugs for d in a.drugs)]
