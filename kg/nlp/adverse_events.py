"""``kg_adverse_events``: adverse-event wordings the term rules cannot see, and the AE tables.

Runs after the term rules and before ``kg_context`` (which attaches grades and severity words).
Rows of ``kg/rules/adverse_events.jsonl`` it reads:

- ``TOXICITY``: "grade 3 hematological toxicity", "grade II nutritional toxicities" — an
  organ-class toxicity no CTCAE term names becomes an ADVERSE_EVENT span when a GRADE entity ends
  at most three characters before it and no entity holds its tokens (``curie`` None: a
  project-local term, ``pref_label`` "hematological toxicity"); ``TOXICITY_ORGAN``: the organ words
  whose toxicity is an event without a grade too ("haematological toxicity was greater").
- ``GRADE_WORD``: "level 3 pneumonitis", "diarrhea (level 2)", "ALT increase to 3× ULN, level 2",
  "grade-3 neutropenia", "grade two diarrhea" — another word (or spelling) for the grade, or the grade spelled out; a GRADE span is added only right next to an adverse event, so
  "level 1 evidence" stays a phrase.
- ``LAB_RISE``: "grade 2 increase in ALT", "grade 1 increase of transaminases" — a grade before a
  rise of a LAB_TEST analyte makes the wording an ADVERSE_EVENT span of the analyte's CTCAE ``term``.
- ``LAB_RISE_VERB``: "her AST and ALT levels increased markedly", "serum creatinine rose" — the rise of
  a LAB_TEST analyte whose term is a rise, told with a verb and no grade, is an ungraded ADVERSE_EVENT
  span (it counts only where its sentence attributes it, ``kg/extraction/adverse_events.py``); two
  analytes named together take the term whose ``together`` lists theirs ("Transaminases increased").
- ``AE_ADJECTIVE`` / ``AE_ADJECTIVE_LEAD``: "she became neutropenic", "he was hypotensive and tachycardic" — an
  adjective of a state right after a verb of becoming or being (or after another such adjective and
  "and") is an ADVERSE_EVENT span of its row's CTCAE ``term``; "neutropenic patients" has no lead.
- ``ELIDED_HEAD``: "sensory and motor neuropathy" — a modifier word before an event of two or more
  words that, with the event's last words, names another term ("sensory neuropathy") is that event's span.
- ``LAB_CHANGE_ANAPHOR``: "The ejection fraction fell from 62% to 48%. That fall was grade 2." — a change noun led
  by a demonstrative and stated to be of a grade grades the analyte told with a value in the sentence before.
- ``LAB_TEST`` / ``LAB_LINK``: a grade after a lab value — "AST rose to 250 U/L (grade 2)" makes
  the analyte an ADVERSE_EVENT span of its row's CTCAE ``term`` with ``grade`` 2; "elevated AST
  (250 U/L, grade 2)" gives the existing event its grade. A value without a grade is no event.

Sets ``grade``, ``pref_label``, ``curie``, ``term_type`` ("adverse_event") on the spans it adds.
Tables read by ``kg_context``: :data:`SEVERITY` (word -> severity, from the SEVERITY rows),
:data:`SEVERITY_AFTER`, :data:`GRADE_GAP_WORDS`, :data:`VERSION`.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp.doc_text import doc_text
from kg.nlp.ents import Cand, add_entities, ents_of, set_ents, term_attrs
from kg.nlp.measures import ROMAN, short_grade_at
from kg.nlp.terms_index import get_index
from kg.rules import rules
from kg.rules.prefilter import prefiltered
from kg.rules.regex_start import fast_start

RULES = rules("adverse_events")
SEVERITY = {w.lower(): row.fields["severity"] for row in RULES.rows("SEVERITY") for w in row.words}
GRADE_GAP_WORDS = frozenset(w.lower() for w in RULES.words("GRADE_GAP"))
# "the rash stayed below grade 2": words that keep an ungraded event from the one grade after it (kg_context _sole_grades)
GRADE_SOLE_STOP = frozenset(w.lower() for w in RULES.words("GRADE_SOLE_STOP"))
# "grade 3 in 4% of patients": words right after that grade that make it a series' rate (kg_context _sole_grades)
GRADE_SOLE_RATE = frozenset(w.lower() for w in RULES.words("GRADE_SOLE_RATE"))
# "radiation dermatitis of the neck reached grade 2": the site named between an event and its grade
GRADE_SITE = RULES.pattern("GRADE_SITE")
# "ascites that required two taps, grade 3": the relative clause of what the event needed, before its grade
GRADE_CLAUSE = RULES.pattern("GRADE_CLAUSE")
# "colitis in August, which was grade 3": a later clause that states the event's grade (right before it)
GRADE_PREDICATE = RULES.pattern("GRADE_PREDICATE")
# "a grade 1 rash, which later worsened to grade 3": the course of an event graded before it up to a worse grade
GRADE_WORSENED = RULES.pattern("GRADE_WORSENED")
# "grade 3 leg oedema ...; the oedema settled to grade 1": an event graded before, improved to a lower grade
GRADE_IMPROVED = RULES.pattern("GRADE_IMPROVED")
GRADE_IMPROVED_DOSE = RULES.pattern("GRADE_IMPROVED_DOSE")  # ... after a dose change between the two mentions
# "After a dose reduction it improved to grade 1": the improvement told without naming the event again (session 39)
GRADE_IMPROVED_ANAPHOR = RULES.pattern("GRADE_IMPROVED_ANAPHOR")
# "grade 2 ifosfamide-related encephalopathy": the words between the drug after a grade and the event
GRADE_CAUSE_GAP = RULES.pattern("GRADE_CAUSE_GAP")
# "grade 3 immune checkpoint inhibitor-related hepatitis": cause words (no drug) between a grade and its event
GRADE_CAUSE_WORDS = RULES.pattern("GRADE_CAUSE_WORDS")
# "neutropenia and thrombocytopenia (both grade 3)": a grade every event of the list before it shares
GRADE_SHARED = RULES.pattern("GRADE_SHARED")
# "anorexia and fatigue, grade 2 for both": the sharing word after the grade
GRADE_SHARED_AFTER = RULES.pattern("GRADE_SHARED_AFTER")
# "fatigue was recorded as grade 2 hypothyroidism": the signs told before what they were (read by kg/nlp/grades.py)
AE_RESTATED_AS = RULES.pattern("AE_RESTATED_AS")
# "neutropenia and thrombocytopenia during cycles 2-4 were both grade 3": the sharing word at the end of the words
# between a list's last event and the one grade after it
GRADE_SHARED_LATE = RULES.pattern("GRADE_SHARED_LATE")
LIST_GAP = RULES.pattern("LIST_GAP")
# the gap between an event's grade and a second grade of the same event ("grade 1 in 2014 and to grade 2", session 32)
GRADE_SECOND_GAP = RULES.pattern("GRADE_SECOND_GAP")
# "grade 2 and later grade 3 diarrhoea": two grades before one event, the second told as later (session 34)
GRADE_EARLIER_GAP = RULES.pattern("GRADE_EARLIER_GAP")
# "grade 2 fatigue, later grade 3": the gap from an event graded before it to a later higher grade (session 35)
GRADE_LATER_GAP = RULES.pattern("GRADE_LATER_GAP")
# after a list led by a severity word: the predicate that makes the list one subject ("... were managed", session 32)
SEVERITY_SHARED_AFTER = RULES.pattern("SEVERITY_SHARED_AFTER")
# "rash (Common Terminology Criteria for Adverse Events grade 2)": the grading system's full name between event and grade
GRADE_GAP_NAME = prefiltered(RULES.pattern("GRADE_GAP_NAME"))
# "grade 2 toxicity in the form of diarrhoea": a generic noun of the grade, then the event it was
GRADE_GENERIC_NOUN = prefiltered(RULES.pattern("GRADE_GENERIC_NOUN"))
# "Grade 3 toxicities were: neutropenia; anaemia", "The following grade 4 events occurred:\n- neutropenia": a grade that
# leads a colon's list (right after the grade, up to the colon), and the gaps between the list's items (session 31)
GRADE_LIST_LEAD = RULES.pattern("GRADE_LIST_LEAD")
# "Adverse event: Diarrhoea | FOLFOX: 1 | FOLFIRI: 3": a column of such a row that holds no grade (a time, a count, an action)
AE_NOT_GRADE_COLUMN = RULES.pattern("AE_NOT_GRADE_COLUMN")
# "... blurred vision. In view of the mild grade of the adverse event, ...": a severity told of the event told before
AE_SEVERITY_ANAPHOR = prefiltered(RULES.pattern("AE_SEVERITY_ANAPHOR"))
GRADE_LIST_ITEM_GAP = RULES.pattern("GRADE_LIST_ITEM_GAP")
# "She had a rash. It was grade 2.": a pronoun (or "the event") stated to be of the grade after it
GRADE_ANAPHOR = RULES.pattern("GRADE_ANAPHOR")
# "She had nausea and fatigue. Both were grade 2.": every event of the list before it (session 24)
GRADE_ANAPHOR_ALL = RULES.pattern("GRADE_ANAPHOR_ALL")
# "Each of these events was grade 2.", "Severity was grade 2": a clause of nothing but these words before its grade
# grades the event(s) told before it; the plural words make it every event's of the list (session 31)
GRADE_ANAPHOR_WORDS = frozenset(w.lower() for w in RULES.words("GRADE_ANAPHOR_WORD"))
GRADE_ANAPHOR_PLURAL = frozenset(w.lower() for w in RULES.words("GRADE_ANAPHOR_PLURAL"))
# "...; grade 4 was reached on day 10": a grade opening its clause (before it), then stated as reached (after it)
GRADE_ANAPHOR_OPEN = RULES.pattern("GRADE_ANAPHOR_OPEN")
GRADE_ANAPHOR_AFTER = RULES.pattern("GRADE_ANAPHOR_AFTER")
# "(hand-foot syndrome, consistent with grade 2)": words leading into the grade that closes an event's aside
GRADE_ASIDE_LEAD = RULES.pattern("GRADE_ASIDE_LEAD")
# ... but "The toxicity was grade III", "This was classified as grade 3 toxicity" grade the report's toxicity as a whole
AE_WHOLE_GRADE = RULES.pattern("AE_WHOLE_GRADE")
# "anaemia and thrombocytopenia (grade 2 and 3, respectively)": grades given in order to the events they pair with
GRADE_RESPECTIVELY = prefiltered(RULES.pattern("GRADE_RESPECTIVELY"))
_LIST_GRADE = re.compile(r"(?<![A-Za-z])(?:[1-5]|IV|V|I{1,3})\b")
_LIST_GRADE_WORD = re.compile(r"grades?|gr\.?|G(?=\s*[1-5IV])", re.I)


def respective_grades(hit: re.Match) -> list[int]:
    """The grades of a GRADE_RESPECTIVELY list, in order: "grade 2 and grade 3" -> [2, 3], "grades III and II" -> [3, 2]."""
    words = _LIST_GRADE_WORD.sub(" ", hit.group("list"))
    return [_grade_number(g) for g in _LIST_GRADE.findall(words)]


def respective_before(hit: re.Match) -> bool:
    """Does the list pair with the events before it ("X and Y (grade 2 and 3, respectively)": only a bracket or a
    comma stands between the list and 'respectively')?"""
    return not hit.group("tail").strip(" \t),")
# "paronychia was mild": a severity word stated of the event (matched right after it)
SEVERITY_AFTER = RULES.pattern("AE_SEVERITY_AFTER")
VERSION = RULES.pattern("VERSION")
# the header line of an adverse-event table (event column, then the grade column), read by kg_context
AE_TABLE_GRADE_HEADER = RULES.pattern("AE_TABLE_GRADE_HEADER")
AE_TABLE_GRADE_LAST = RULES.pattern("AE_TABLE_GRADE_LAST")  # ... whose grade column is the last one
# the words of a table's event column and grade column (a cell's whole text), read by kg_context's column grammar
AE_TABLE_EVENT_COLUMN = RULES.pattern("AE_TABLE_EVENT_COLUMN")
AE_TABLE_GRADE_COLUMN = RULES.pattern("AE_TABLE_GRADE_COLUMN")
# "Toxicities (CTCAE v5): nausea 2, fatigue 1": the lead of an inline list of events with their bare grades
AE_LIST_GRADED_LEAD = prefiltered(RULES.pattern("AE_LIST_GRADED_LEAD"))
# read over the whole section text: skipped on sections without their words (kg.rules.prefilter)
_TOXICITY = prefiltered(RULES.pattern("TOXICITY"))
# organ words whose toxicity is an event without a grade ("haematological toxicity")
_TOXICITY_ORGAN = re.compile(r"(?:" + RULES.pattern("TOXICITY_ORGAN").pattern + r")\s+toxicit", re.I)
_ELIDED_GAP = RULES.pattern("ELIDED_HEAD")
_PLURAL, _SINGULAR = "toxicities", "toxicity"
# (modifier, head) character spans of events named by an elided head (written here, read by kg_context)
ELIDED_KEY = "kg_elided_heads"

# "level 3", "level III", "grade two": the number parsing is code, the word is a GRADE_WORD row
_SPELLED_GRADES = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
# GRADE_WORD_CASED ("G3": not grams) keeps its case inside the alternation
_GRADE_WORD = re.compile(r"\b(?:" + "|".join([re.escape(w) for w in RULES.words("GRADE_WORD")]
                                             + [f"(?-i:{RULES.pattern('GRADE_WORD_CASED').pattern})"])
                         + r")(?:\s*|-)(?P<g>[1-5]|IV|V|I{1,3}|" + "|".join(_SPELLED_GRADES) + r")\b", re.I)
# "colitis of 3rd grade", "a third-grade diarrhoea": the ordinal is the grade (GRADE_ORDINAL; the word's number is code)
_ORDINAL_GRADE = RULES.pattern("GRADE_ORDINAL")
_ORDINAL_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
# "level 3 pneumonitis" / "pneumonitis (level 3)", "pneumonitis of level 3", "pneumonitis of the second grade"
_BEFORE_EVENT = re.compile(r"\s{0,2}")
_AFTER_EVENT = re.compile(r"\s*(?:\(|\[|,|of\s+(?:the\s+)?)?\s*", re.I)

# A lab value: "250 U/L", "0.4 × 10^9/L", "20,000/µL", "5 times the upper limit of normal", "3 x ULN"
_NUMBER = r"\d+(?:[.,]\d+)*"
# ("5 times the upper normal limit", "upper limit of the normal range", "12-fold above normal": session 20)
# ("5 times the normal value", "2 times baseline": a multiple of the normal or of the patient's own baseline)
_ULN = (r"(?:[×xX*]\s*|times\s+(?:the\s+)?|-?fold\s+(?:(?:above|over)\s+)?(?:the\s+)?)?"
        r"(?:ULN|upper\s+(?:limit\s+of\s+(?:the\s+)?normal(?:\s+range)?|normal\s+limit)|normal\s+upper\s+limit|(?<=above\s)normal"
        r"|(?<=times\s)(?:the\s+)?(?:normal|baseline)(?:\s+(?:values?|levels?|range))?"
        r"|(?<=times\sthe\s)(?:normal|baseline)(?:\s+(?:values?|levels?|range))?)")
_UNIT = (r"(?:\s*[×xX*]\s*10\s*(?:\^|\(|<sup>)?\s*[0-9⁰-⁹]+\)?(?:</sup>)?)?"
         rf"(?:\s*(?:{_ULN}|[A-Za-zµμ]*\s*/\s*[A-Za-zµμ]*[0-9³]*|%|-?fold|[A-Za-zµμ]+/[A-Za-zµμ]+|m?sec\b|ms\b|mmHg\b|bpm\b"
         r"|(?:U|IU|UI|units?|cells)\b|(?:cells\s+|grams?\s+|g\s+)?per\s+(?:cubic\s+)?(?:micro|milli|deci)?(?:lit(?:er|re)|l)\b"
         r"|(?:cells\s+|grams?\s+|g\s+)?per\s+(?:µ|μ|m|d)?[lL]\b))?")  # (bare or spelled-out units: "450 U", "700 cells", session 20)
# ("172/104 mmHg": a blood pressure's diastolic value after its systolic one, session 33)
# ">5 × ULN", "more than 3 times": a bound before the number
_VALUE = rf"(?:[<>≥≤]=?\s*|(?:more|greater|less)\s+than\s+)?{_NUMBER}{_UNIT}"
_LINK = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in
                 sorted(RULES.words("LAB_LINK"), key=len, reverse=True))
# the text between an analyte (or an event) and the GRADE entity after its value
_LAB_GAP = re.compile(
    rf"\s*[(:=,]?\s*(?:(?:{_LINK})\s*[:=]?\s*){{0,4}}"
    # "rose from 128 to 176 umol/L": the value it started from, then the one it reached
    rf"(?:from\s+{_VALUE}\s+(?:(?:{_LINK})\s+){{0,2}})?(?P<value>{_VALUE})"
    rf"(?:\s*[(,;]\s*(?:i\.\s?e\.,?\s*|or\s+|about\s+|approximately\s+)?(?:{_VALUE})\s*\)?)?"  # "(5 × ULN)", ", i.e. 5 × ULN" after the value
    # "... during cycle 3, grade 4": a time phrase, the grade set off right after it by a bracket or comma
    rf"(?:\s*,?\s*(?:{RULES.pattern('LAB_VALUE_WHEN').pattern})(?=\s*[(,\[]))?"
    # "176 umol/L, a grade 1 increase", "312 U/L, corresponding to grade 3": words that lead the grade (LAB_GRADE_LEAD)
    rf"\s*[,;(\[]?\s*(?:(?P<lead>{RULES.pattern('LAB_GRADE_LEAD').pattern})\s+)?"
    r"(?:(?P<both>both|each|all)\s+)?(?:CTCAE\s*(?:v(?:ersion)?\s*)?[\d.]*\s*,?\s*)?$", re.I)
# "AST grade 2", "ALT (grade 3)", "CK: G2": an analyte named right before its grade, with no value between
# ("platelets fell to grade 4", "transaminases reached grade 3": the words that link a value may stand between)
_LAB_BARE = re.compile(rf"[ \t]*(?:[(:,]|of(?=[ \t]))?[ \t]*(?:(?:both|all|each)[ \t]+)?(?:(?:{_LINK})[ \t]+){{0,4}}(?:(?:NCI[- ])?CTCAE[ \t]*(?:v(?:ersion)?[ \t]*)?[\d.]*[ \t]*,?[ \t]*)?$", re.I)
# "ALT and AST rose to grade 3", "AST, ALT and bilirubin all reached grade 2": analytes named one after the other
# with no value of their own before the one the bare grade follows, which share that grade
_LAB_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|/)\s*(?:(?:the|his|her|their|serum)\s+)?", re.I)
# "ALT 320 U/L and AST 210 U/L (both grade 3)": an analyte and its value, then "and" or a comma
# before the next analyte, which shares the grade after "both"
# ("ALT rose to 12 times and AST to 8 times the upper limit of normal": a multiple whose reference is named once, after
# the last value, session 36)
_LAB_AND = re.compile(
    rf"\s*[(:=,]?\s*(?:(?:{_LINK})\s*[:=]?\s*){{0,4}}(?:{_VALUE})(?:\s*(?:times|-?fold)\b)?\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?:the|his|her|their)\s+)?$", re.I)
_LAB_TEST = RULES.pattern("LAB_TEST")
# ... but "normal bilirubin: grade 3 ALT increase": a grade right before an analyte is that analyte's
_GRADES_NEXT = re.compile(r"\s*(?:" + _LAB_TEST.pattern + r")", _LAB_TEST.flags)
_LAB_TERM = {w.lower(): row.fields["term"] for row in RULES.rows("LAB_TEST") for w in row.words}
# "potassium rose to 6.4 mmol/L (grade 3)": an analyte whose event depends on the way its value went (term_rise, term_fall)
_LAB_TERM_BY_WAY = {(w.lower(), way): row.fields[f"term_{way}"] for row in RULES.rows("LAB_TEST") for w in row.words
                    for way in ("rise", "fall") if row.fields.get(f"term_{way}")}
_WAY_NEEDED = {w.lower() for row in RULES.rows("LAB_TEST") if row.fields.get("way_needed") for w in row.words}
_RISE_WORDS = re.compile(r"\b(?:rose|risen|rising|rises|increased?|increasing|elevated|elevation|raised|went\s+up|up\s+to|"
                         r"climbed|jumped|peaked|peaking|high|higher|as\s+high\s+as)\b", re.I)
_FALL_WORDS = re.compile(r"\b(?:fell|fallen|falls?|falling|dropped|drop|decreased?|decreasing|declined?|dipped|as\s+low\s+as|"
                         r"nadir|low|lower|reduced)\b", re.I)
# "elevated AST (AST 250 U/L, grade 2)": the analyte may be repeated inside the event's aside
_EVENT_GAP = re.compile(rf"\s*\(?\s*(?:(?:{_LAB_TEST.pattern})\s*)?(?P<rest>.*)$", re.I | re.S)
_MAX_GAP = 80
# "(hepatitis, G3 for both)": the aside right after lab values, its event, then its grade after a comma or colon
_ASIDE_OPEN = re.compile(r"\(\s*$")
_ASIDE_EVENT_GAP = re.compile(r"\s*[,:;]\s*")
# "grade 2 increase in ALT": the rise wording right after a grade, then the analyte
_RISE_AFTER_GRADE = re.compile(rf"(?:{RULES.pattern('LAB_RISE').pattern})(?P<lab>{_LAB_TEST.pattern})\b", re.I)
# "a grade 2 rise of alanine and aspartate aminotransferase": two analytes whose shared head word is written once
_RISE_ELIDED = re.compile(rf"(?:{RULES.pattern('LAB_RISE').pattern})(?P<m1>[a-z]+)\s*(?:,\s*)?(?:and|or|/)\s*(?P<m2>[a-z]+)"
                          r"\s+(?P<head>[a-z]+)\b", re.I)
# "grade 2 elevation of AST and ALT": the second analyte after the first one's rise
_LAB_NEXT = re.compile(rf"\s*(?:,\s*)?(?:and|/|,)\s*(?:(?:the\s+)?(?:serum\s+)?)(?P<lab>{_LAB_TEST.pattern})\b", re.I)
# "AST and ALT levels increased markedly": one or two analytes, then the rise verb
_RISE_VERB_RE = re.compile(rf"(?<![\w-])(?P<a>{_LAB_TEST.pattern})(?:\s*(?:and|/|,)\s*(?P<b>{_LAB_TEST.pattern}))?"
                           rf"(?:{RULES.pattern('LAB_RISE_VERB').pattern})", re.I)
_RISE_VERB = fast_start(prefiltered(_RISE_VERB_RE))  # once over a section: same matches, ~0.4x the CPU
# "a second fall to grade 2": an event word that is the change of a value, not an event of its own
_CHANGE_WORDS = {w.lower() for w in RULES.words("LAB_CHANGE_NOUN")}
_CHANGE_AFTER = RULES.pattern("LAB_CHANGE_NOUN")
_CHANGE_LOOK_BACK = 400
_BACK_REFERENCE = re.compile(r"\s+(?:to|from|below|under|again|(?:in|of)\s+(?:grade\s+)?\d)", re.I)
_TO_GRADE = re.compile(r"\s+(?:to|of)\s+")
# "she became neutropenic", "he was hypotensive and tachycardic": an adjective of a state after a lead
_ADJECTIVE = prefiltered(RULES.pattern("AE_ADJECTIVE"))  # over the whole section text
_ADJECTIVE_TERM = {w.lower(): row.fields["term"] for row in RULES.rows("AE_ADJECTIVE") for w in row.words}
_ADJECTIVE_LEAD = RULES.pattern("AE_ADJECTIVE_LEAD")
_ADJECTIVE_AND = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)(?:(?:\w+ly|very|more)\s+)?")
_LEAD_LOOK_BACK = 60
# "oedema of both ankles", "pain in the joints": an event word and the body site it is on (term named site first)
_EVENT_OF_SITE_ROW = RULES.rows("AE_EVENT_OF_SITE")[0]
_EVENT_OF_SITE = prefiltered(RULES.pattern("AE_EVENT_OF_SITE"))
_EVENT_NAMES = _EVENT_OF_SITE_ROW.fields["event_names"]
_SITE_NAMES = _EVENT_OF_SITE_ROW.fields["site_names"]
_TOGETHER = {frozenset(t.lower() for t in row.fields["together"]): row.fields["term"]
             for row in RULES.rows("LAB_TEST") if row.fields.get("together")}
# "raised ALT", "a decrease in the neutrophil count", "creatine kinase elevation": a word of change right before
# (LAB_CHANGE_BEFORE) or right after (LAB_CHANGE_AFTER) a LAB_TEST analyte, by the way the value went (a row's "way")
_ANALYTE = rf"(?P<lab>{_LAB_TEST.pattern})\b"
_CHANGE_BEFORE = [(row.fields["way"], fast_start(prefiltered(re.compile(
    rf"(?:{row.source()})\s+(?:(?:the|serum|blood|plasma|absolute)\s+){{0,2}}{_ANALYTE}", re.I))))
    for row in RULES.rows("LAB_CHANGE_BEFORE")]
_CHANGE_AFTER_ANALYTE = [(row.fields["way"], prefiltered(re.compile(
    rf"(?<![\w-]){_ANALYTE}\s+(?:(?:levels?|values?|counts?)\s+)?(?:{row.source()})", re.I)))
    for row in RULES.rows("LAB_CHANGE_AFTER")]
# how far a grade may stand after the changed analyte for the wording to be an event here (kg_context attaches it)
_CHANGE_GRADE_AFTER = 60
# "The CPK reached 5.8 x ULN. That rise was grade 3.": a change noun that restates the value of the sentence before
# (LAB_CHANGE_ANAPHOR, by the way it went), stated to be of the grade right after it
_CHANGE_ANAPHOR = [(row.fields["way"], row.compiled()) for row in RULES.rows("LAB_CHANGE_ANAPHOR")]
_VALUE_RE = re.compile(_VALUE, re.I)
_CLAUSE_END = re.compile(r"[.;](?=\s|$)|\n")


def _is_rise(label: str) -> bool:
    low = label.lower()
    return "increased" in low or " high" in low or low.startswith("hyper")


def lab_terms_named(text: str) -> set[str]:
    """The CTCAE terms (LAB_TEST rows' ``term``, lower-cased) of the analytes a text names: "ALT 412 U/L" names
    alanine aminotransferase increased."""
    return {_LAB_TERM[k].lower() for hit in _LAB_TEST.finditer(text)
            if (k := " ".join(hit.group(0).lower().split())) in _LAB_TERM}


def _grade_number(s: str) -> int:
    return int(s) if s.isdigit() else _SPELLED_GRADES.get(s.lower()) or ROMAN[s.lower()]


def _word_grade(m: re.Match) -> int:
    """The grade a GRADE_WORD ("level 3", "graded two") or GRADE_ORDINAL ("3rd grade", "third-grade") match names."""
    ordinal = m.groupdict().get("ordinal")
    if ordinal is None:
        return _grade_number(m.group("g"))
    return int(ordinal) if ordinal.isdigit() else _ORDINAL_WORDS[ordinal.lower()]


def _after_lab_value(text: str, at: int) -> bool:
    """ "total bilirubin 3.5 mg/dL (G3)": the grade word follows a LAB_TEST analyte and its value (the
    lab gap), which ``_lab_values`` then makes the graded event."""
    return any(_LAB_GAP.fullmatch(text, hit.end(), at) or _LAB_BARE.fullmatch(text, hit.end(), at)
               for hit in _LAB_TEST.finditer(text, max(0, at - _MAX_GAP), at))



def _after_site(text: str, end: int, at: int) -> bool:
    """ "hives over the shins grade one", "dermatitis of the neck reached grade three", "the fatigue was
    graded two": the site the event is named on (GRADE_SITE, if any), then at most a few words that
    state a grade (GRADE_GAP), stand between the event and a grade word (as kg_context reads a grade there)."""
    site = GRADE_SITE.match(text, end, at)
    words = [w.strip("(:,").lower() for w in text[site.end() if site is not None else end:at].split()]
    if len(words) > 4:
        return False
    # "pneumonitis (CTCAE v5.0, G2)": a version number right after a gap word (the grading system's name) is
    # part of that name, as kg_context reads it before a grade (VERSION); a bare number is no version (session 37)
    return all(not w or w in GRADE_GAP_WORDS
               or (k > 0 and words[k - 1] in GRADE_GAP_WORDS and VERSION.fullmatch(w) is not None
                   and (w.startswith("v") or "." in w))
               for k, w in enumerate(words))


def _stated_later(text: str, end: int, at: int) -> bool:
    """ "mucositis began in cycle 2 and reached grade three": a later clause of the event's sentence
    (no clause break between) states its grade (GRADE_PREDICATE, right before the grade word)."""
    return GRADE_PREDICATE.search(text, end, at) is not None and not any(c in ".;:\n" for c in text[end:at])


def _analytes_before(text: str, hits: list[re.Match], k: int, joins: re.Pattern, attrs_of) -> list[tuple[re.Match, dict]]:
    """The LAB_TEST analytes named one after another right before ``hits[k]`` (each gap a ``joins`` fullmatch), the
    nearest first, with their event attributes (``attrs_of``); the walk stops at an analyte that names no event."""
    out = []
    while k > 0 and joins.fullmatch(text, hits[k - 1].end(), hits[k].start()):
        k -= 1
        attrs = attrs_of(hits[k])
        if attrs is None:
            break
        out.append((hits[k], attrs))
    return out


def _graded_cands(doc: Doc, analytes: list[tuple[re.Match, dict]], grade: int) -> list[Cand]:
    """ADVERSE_EVENT candidates of the analytes' spans, each with its event's attributes and ``grade``."""
    spans = [(doc.char_span(h.start(), h.end()), attrs) for h, attrs in analytes]
    return [Cand(span.start, span.end, "ADVERSE_EVENT", {**attrs, "grade": grade}) for span, attrs in spans if span is not None]


def _share_head(doc: Doc, modifier: Span, head: Span) -> None:
    """Record that ``modifier`` ("sensory", "aspartate") names an event through the words of ``head``
    ("motor neuropathy", "alanine aminotransferases rose"): ``kg_context`` gives the modifier the
    grade written after the head ("... neuropathy (grade 2)"). Character offsets of both."""
    doc.user_data.setdefault(ELIDED_KEY, []).append([modifier.start_char, modifier.end_char,
                                                     head.start_char, head.end_char])

@Language.factory("kg_adverse_events", default_config={"terms_key": "default"},
                  assigns=["doc.ents", "span._.grade", "span._.pref_label", "span._.curie", "span._.term_type"],
                  requires=["doc.ents"])
class AdverseEventFinder:
    def __init__(self, nlp: Language, name: str, terms_key: str = "default"):
        self.name = name
        index = get_index(terms_key)
        # LAB_TEST term labels -> term attributes (rows whose term the term lists lack are skipped)
        self.lab_terms = {}
        for word, label in _LAB_TERM.items():
            tid = index.lower_names.get(label.lower())
            info = index.info(tid) if tid else None
            if info is not None and info.type == "adverse_event":
                self.lab_terms[word] = term_attrs(info)
        self.lab_by_way = {}
        for key, label in _LAB_TERM_BY_WAY.items():
            tid = index.lower_names.get(label.lower())
            info = index.info(tid) if tid else None
            if info is not None and info.type == "adverse_event":
                self.lab_by_way[key] = term_attrs(info)
        self.together = {}
        for labels, label in _TOGETHER.items():
            tid = index.lower_names.get(label.lower())
            info = index.info(tid) if tid else None
            if info is not None and info.type == "adverse_event":
                self.together[labels] = term_attrs(info)
        self.adjectives = {}
        for word, label in _ADJECTIVE_TERM.items():
            tid = index.lower_names.get(label.lower())
            info = index.info(tid) if tid else None
            if info is not None and info.type == "adverse_event":
                self.adjectives[word] = term_attrs(info)
        self.index = index

    # -- "sensory and motor neuropathy" ----------------------------------------------------------
    def _elided_heads(self, doc: Doc, text: str) -> None:
        ents = list(ents_of(doc))
        taken = {i for e in ents for i in range(e.start, e.end)}
        cands = []
        # "grade 3 ALT and grade 2 AST elevation": each modifier with a grade of its own
        grade_at = {g.end: g for g in ents if g.label_ == "GRADE"}
        for e in ents:
            if e.label_ != "ADVERSE_EVENT" or e.end - e.start < 2 or e.start < 2:
                continue
            graded = grade_at.get(e.start)
            lead = graded if graded is not None and graded.start >= 2 else e
            mod = doc[lead.start - 2]
            if mod.i in taken or not mod.is_alpha or not _ELIDED_GAP.fullmatch(text, mod.idx + len(mod.text), lead.start_char):
                continue
            name = " ".join([mod.lower_] + [t.lower_ for t in doc[e.start + 1:e.end]])
            tid = self.index.lower_names.get(name)
            info = self.index.info(tid) if tid else None
            if info is not None and info.type == "adverse_event" and info.id != e._.curie:
                cands.append(Cand(mod.i, mod.i + 1, "ADVERSE_EVENT", term_attrs(info)))
                _share_head(doc, doc[mod.i:mod.i + 1], e)
        add_entities(doc, cands)

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # Doc.text re-joins every token on each access
        self._elided_heads(doc, text)
        self._events_of_sites(doc, text)
        self._adjective_states(doc, text)
        self._toxicities(doc, text)
        self._grade_words(doc, text)
        self._graded_rises(doc, text)
        self._lab_values(doc, text)
        self._respective_labs(doc, text)
        self._verb_rises(doc, text)
        self._value_changes(doc, text)
        self._changed_analytes(doc, text)
        self._anaphoric_changes(doc, text)
        return doc

    # -- "The CPK reached 5.8 x ULN. That rise was grade 3." ----------------------------------------
    def _anaphoric_changes(self, doc: Doc, text: str) -> None:
        """ "The ejection fraction fell from 62% to 48%. That fall was grade 2.", "The CPK reached 5.8 x ULN; this
        rise was graded 3": a change noun led by a demonstrative (LAB_CHANGE_ANAPHOR, on the text from its sentence's
        start to a GRADE) restates the value of the last LAB_TEST analyte told with a value in the sentence before
        (or earlier in its own); that analyte's event of the change's way takes the grade. The change noun is then
        no event of its own ("That fall" is no injury)."""
        grades = [e for e in ents_of(doc) if e.label_ == "GRADE" and e._.grade is not None]
        if not grades:
            return
        cands, drop = [], set()
        for g in grades:
            sent = doc[g.start].sent
            before = text[sent.start_char:g.start_char]
            found = next(((way, m) for way, rx in _CHANGE_ANAPHOR for m in [rx.search(before)] if m), None)
            if found is None:
                continue
            way, m = found
            noun = f"noun_{way}"  # (each row names its group after its way: one category is one alternation)
            anaphor_at = sent.start_char + m.start(noun)
            window_start = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
            hit = self._told_analyte(text, window_start, anaphor_at, way)
            if hit is None:
                continue
            h, attrs = hit
            # ("serum lipase climbed": the rise already told as an ungraded event, LAB_RISE_VERB, takes the grade)
            told = next((e for e in ents_of(doc) if e.label_ == "ADVERSE_EVENT" and e.start_char <= h.start() < e.end_char), None)
            span = doc.char_span(h.start(), h.end(), alignment_mode="expand")
            if told is not None:
                if told._.grade is None:
                    Span(doc, told.start, told.end, label=told.label_)._.grade = g._.grade
            elif span is not None:
                cands.append(Cand(span.start, span.end, "ADVERSE_EVENT", {**attrs, "grade": g._.grade}))
            else:
                continue
            drop |= {(e.start, e.end) for e in ents_of(doc) if e.label_ == "ADVERSE_EVENT"
                     and anaphor_at <= e.start_char < sent.start_char + m.end(noun)}
        if drop:
            set_ents(doc, [x for x in ents_of(doc) if (x.start, x.end) not in drop])
        add_entities(doc, cands, replace_equal=True)

    def _told_analyte(self, text: str, start: int, end: int, way: str) -> tuple[re.Match, dict] | None:
        """The last LAB_TEST analyte of ``text[start:end]`` whose value is told after it in its sentence and whose
        event goes ``way`` ("the ejection fraction fell from 62% to 48%": Ejection fraction decreased)."""
        for hit in reversed(list(_LAB_TEST.finditer(text, start, end))):
            attrs = self._change_attrs(" ".join(hit.group(0).lower().split()), way)
            stop = _CLAUSE_END.search(text, hit.end(), end)
            if attrs is not None and _VALUE_RE.search(text, hit.end(), stop.start() if stop else end):
                return hit, attrs
        return None

    # -- "grade 3 raised ALT", "a decrease in neutrophil count (grade 3)" -----------------------------
    def _change_attrs(self, word: str, way: str) -> dict | None:
        """The event of an analyte whose value went ``way``: its ``term_rise`` / ``term_fall``, or its ``term``
        when that term is a change that way (a rise of neutrophils names no event)."""
        attrs = self.lab_by_way.get((word, way))
        if attrs is not None:
            return attrs
        attrs = self.lab_terms.get(word)
        if attrs is None or word in _WAY_NEEDED or _is_rise(str(attrs.get("pref_label") or "")) != (way == "rise"):
            return None
        return attrs

    def _changed_analytes(self, doc: Doc, text: str) -> None:
        """ "grade 3 raised alanine aminotransferase", "a grade 3 decrease in neutrophil count", "elevated creatine
        phosphokinase (grade 3)", "lipase elevation, grade 2": a word of change right before a LAB_TEST analyte
        (LAB_CHANGE_BEFORE: "raised", "low", "a drop in") or right after it (LAB_CHANGE_AFTER: "elevation",
        "decrease"), the way the analyte's event goes, names that event (an analyte joined by "and" after the
        first, "raised ALT and AST", is a second one). Only beside a grade: a GRADE entity right before the wording
        or within a few words after it in its sentence (kg_context then attaches it); an ungraded "low albumin" is
        a finding of the story, left to the term lists."""
        grades = [e for e in ents_of(doc) if e.label_ == "GRADE" and e._.grade is not None]
        if not grades:
            return
        taken = [(e.start_char, e.end_char) for e in ents_of(doc)]
        named = {(e.start_char, e.end_char) for e in ents_of(doc) if e.label_ == "ADVERSE_EVENT"}

        def graded_near(a: int, b: int) -> bool:
            return any(0 <= a - g.end_char <= 3 or (0 <= g.start_char - b <= _CHANGE_GRADE_AFTER
                                                    and not any(c in text[b:g.start_char] for c in ".;\n"))
                       for g in grades)

        cands = []
        hits = [(way, m, m.start(), m.end()) for way, rx in _CHANGE_BEFORE for m in rx.finditer(text)]
        hits += [(way, m, m.start(), m.end()) for way, rx in _CHANGE_AFTER_ANALYTE for m in rx.finditer(text)]
        for way, m, a, b in sorted(hits, key=lambda h: (h[2], -h[3])):
            word = " ".join(m.group("lab").lower().split())
            attrs = self._change_attrs(word, way)
            if attrs is None or not graded_near(a, b):
                continue
            # ("elevated ALT" may be a term's own name already: its "and AST" is still read)
            if (a, b) not in named:
                span = doc.char_span(a, b, alignment_mode="expand")
                if span is None or any(x < b and a < y for x, y in taken):
                    continue
                cands.append(Cand(span.start, span.end, "ADVERSE_EVENT", dict(attrs)))
                taken.append((a, b))
            # "raised ALT and AST": the analyte joined right after the first one changed the same way
            more = _LAB_NEXT.match(text, b)
            other = self._change_attrs(" ".join(more.group("lab").lower().split()), way) if more else None
            if other is not None and other.get("curie") != attrs.get("curie") \
                    and not any(x < more.end("lab") and more.start("lab") < y for x, y in taken):
                nxt = doc.char_span(more.start("lab"), more.end("lab"), alignment_mode="expand")
                if nxt is not None:
                    cands.append(Cand(nxt.start, nxt.end, "ADVERSE_EVENT", dict(other)))
                    taken.append((more.start("lab"), more.end("lab")))
        add_entities(doc, cands)

    # -- "oedema of both ankles" -------------------------------------------------------------------
    def _events_of_sites(self, doc: Doc, text: str) -> None:
        """ "oedema of both ankles", "swelling of the face", "pain in the joints": the event word and the site after
        it make the span of the term named site first ("ankle edema": Edema limbs; "facial edema"; "joint pain"),
        when the term lists have it (AE_EVENT_OF_SITE: event_names, site_names)."""
        cands = []
        for hit in _EVENT_OF_SITE.finditer(text):
            event = _EVENT_NAMES.get(hit.group("ev").lower())
            site = hit.group("site").lower()
            names = [f"{s} {event}" for s in dict.fromkeys([_SITE_NAMES.get(site, site), site])] if event else []
            tid = next((t for n in names for t in [self.index.lower_names.get(n)] if t), None)
            info = self.index.info(tid) if tid else None
            span = doc.char_span(hit.start(), hit.end()) if info is not None and info.type == "adverse_event" else None
            if span is not None:
                cands.append(Cand(span.start, span.end, "ADVERSE_EVENT", term_attrs(info)))
        add_entities(doc, cands)

    # -- "she became neutropenic" ------------------------------------------------------------------
    def _adjective_states(self, doc: Doc, text: str) -> None:
        taken = [(e.start_char, e.end_char) for e in ents_of(doc)]
        cands, prev_end = [], None
        for hit in _ADJECTIVE.finditer(text):
            attrs = self.adjectives.get(hit.group(0).lower())
            if attrs is None or any(a < hit.end() and hit.start() < b for a, b in taken):
                continue
            # the adjective is the patient's state after a lead ('became', 'was'), or one more of a
            # list of such states ('thrombocytopenic and anemic')
            led = _ADJECTIVE_LEAD.search(text[max(0, hit.start() - _LEAD_LOOK_BACK):hit.start()]) is not None
            listed = prev_end is not None and _ADJECTIVE_AND.fullmatch(text, prev_end, hit.start()) is not None
            span = doc.char_span(hit.start(), hit.end())
            if (led or listed) and span is not None:
                cands.append(Cand(span.start, span.end, "ADVERSE_EVENT", dict(attrs)))
                prev_end = hit.end()
        add_entities(doc, cands)

    # -- "a second fall to grade 2" ------------------------------------------------------------
    def _value_changes(self, doc: Doc, text: str) -> None:
        changes = [e for e in ents_of(doc) if e.label_ == "ADVERSE_EVENT" and e.text.lower() in _CHANGE_WORDS
                   and _CHANGE_AFTER.match(text[e.end_char:e.end_char + 40])]
        if not changes:
            return
        drop, cands = set(), []
        for e in changes:
            before = text[max(0, e.start_char - _CHANGE_LOOK_BACK):e.start_char]
            analytes = [" ".join(m.group(0).lower().split()) for m in _LAB_TEST.finditer(before)]
            attrs = next((self.lab_terms[a] for a in reversed(analytes) if a in self.lab_terms), None)
            rise = e.text.lower() == "rise"
            # "a fall in blood pressure", "a drop of haemoglobin" name their own quantity: no look-back
            anaphoric = _BACK_REFERENCE.match(text[e.end_char:e.end_char + 40]) is not None
            if anaphoric and attrs is not None and _is_rise(attrs["pref_label"]) == rise:
                attrs = dict(attrs)
                # "fall to grade 2": the grade the value reached is the event's
                grade = next((g._.grade for g in ents_of(doc) if g.label_ == "GRADE" and g._.grade is not None
                              and _TO_GRADE.fullmatch(text, e.end_char, g.start_char)), None)
                if grade is not None:
                    attrs["grade"] = grade
                cands.append(Cand(e.start, e.end, "ADVERSE_EVENT", attrs))
            else:
                drop.add((e.start, e.end))
        if drop:
            set_ents(doc, [x for x in ents_of(doc) if (x.start, x.end) not in drop])
        add_entities(doc, cands, replace_equal=True)

    # -- "grade 3 hematological toxicity" --------------------------------------------------
    @staticmethod
    def _toxicities(doc: Doc, text: str) -> None:
        if "toxicit" not in text.lower():
            return
        ents = list(ents_of(doc))
        grades = [e for e in ents if e.label_ == "GRADE" and e._.grade is not None]
        taken = [(e.start_char, e.end_char) for e in ents]
        cands = []
        for hit in _TOXICITY.finditer(text):
            start, end = hit.start(1), hit.end(1)
            if any(a < end and start < b for a, b in taken):
                continue
            grade = next((g._.grade for g in grades if 0 <= start - g.end_char <= 3), None)
            span = doc.char_span(start, end)
            if span is None or (grade is None and not _TOXICITY_ORGAN.match(text, start)):
                continue
            word = hit.group(1).lower()
            label = word[: -len(_PLURAL)] + _SINGULAR if word.endswith(_PLURAL) else word
            cands.append(Cand(span.start, span.end, "ADVERSE_EVENT",
                              {"grade": grade, "pref_label": label, "term_type": "adverse_event"}))
        add_entities(doc, cands)

    # -- "level 3 pneumonitis" ---------------------------------------------------------------
    @staticmethod
    def _grade_words(doc: Doc, text: str) -> None:
        events = [e for e in ents_of(doc) if e.label_ == "ADVERSE_EVENT"]
        cands = []
        for m in [*_GRADE_WORD.finditer(text), *_ORDINAL_GRADE.finditer(text)]:
            # "ALT increase to 3× ULN, level 2": or after the event's value (the lab gap); "a grade-4 rise of lipase":
            # or before the rise of a LAB_TEST analyte, which ``_graded_rises`` then makes the graded event
            next_to_event = _RISE_AFTER_GRADE.match(text, m.end()) is not None or any(
                (e.start_char >= m.end() and _BEFORE_EVENT.fullmatch(text, m.end(), e.start_char))
                or (e.end_char <= m.start() and (_AFTER_EVENT.fullmatch(text, e.end_char, m.start())
                                                 or (m.start() - e.end_char <= _MAX_GAP
                                                     and (_LAB_GAP.fullmatch(text, e.end_char, m.start())
                                                          or _after_site(text, e.end_char, m.start())
                                                          or _stated_later(text, e.end_char, m.start())))))
                for e in events) or _after_lab_value(text, m.start())
            # "diarrhoea increased from G1 to G2": the short grade's range, read as kg/nlp/measures.py reads it (a course
            # up to the higher grade gives both, session 35)
            ranged = short_grade_at(text, m.start())
            end, attrs = ranged if ranged else (m.end(), {"grade": _word_grade(m)})
            span = doc.char_span(m.start(), end)
            if next_to_event and span is not None:
                cands.append(Cand(span.start, span.end, "GRADE", attrs))
        add_entities(doc, cands)

    def _elided_rise(self, doc: Doc, text: str, g, taken, cands) -> None:
        """ "a grade 2 rise of alanine and aspartate aminotransferase": each modifier with the head word
        written once names a LAB_TEST analyte; both rises share the grade (one span per modifier)."""
        hit = _RISE_ELIDED.match(text, g.end_char)
        if hit is None:
            return
        head = hit.group("head").lower()
        found = [(hit.span(m), self.lab_terms.get(f"{hit.group(m).lower()} {head}")) for m in ("m1", "m2")]
        if any(attrs is None for _, attrs in found) or found[0][1].get("curie") == found[1][1].get("curie"):
            return
        for (a, b), attrs in found:
            end = hit.end() if (a, b) == hit.span("m2") else b
            span = doc.char_span(a, end, alignment_mode="expand")
            if span is not None and not any(x < span.end_char and span.start_char < y for x, y in taken):
                cands.append(Cand(span.start, span.end, "ADVERSE_EVENT", {**attrs, "grade": g._.grade}))

    # -- "grade 2 increase in ALT" ------------------------------------------------------------
    def _graded_rises(self, doc: Doc, text: str) -> None:
        ents = list(ents_of(doc))
        taken = [(e.start_char, e.end_char) for e in ents]
        cands = []
        for g in ents:
            if g.label_ != "GRADE" or g._.grade is None:
                continue
            hit = _RISE_AFTER_GRADE.match(text, g.end_char)
            attrs = self.lab_terms.get(" ".join(hit.group("lab").lower().split())) if hit else None
            if attrs is None:
                self._elided_rise(doc, text, g, taken, cands)
                continue
            start = g.end_char + len(hit.group(0)) - len(hit.group(0).lstrip())
            if any(a < hit.end() and start < b for a, b in taken):
                continue
            span = doc.char_span(start, hit.end(), alignment_mode="expand")
            if span is not None:
                cands.append(Cand(span.start, span.end, "ADVERSE_EVENT", {**attrs, "grade": g._.grade}))
            # "grade 2 elevation of AST and ALT": a second analyte joined to the first shares its rise and grade
            more = _LAB_NEXT.match(text, hit.end())
            other = self.lab_terms.get(" ".join(more.group("lab").lower().split())) if more else None
            if other is not None and other.get("curie") != attrs.get("curie"):
                nxt = doc.char_span(more.start("lab"), more.end("lab"), alignment_mode="expand")
                if nxt is not None and not any(a < nxt.end_char and nxt.start_char < b for a, b in taken):
                    cands.append(Cand(nxt.start, nxt.end, "ADVERSE_EVENT", {**other, "grade": g._.grade}))
        add_entities(doc, cands)

    # -- "AST and ALT levels increased markedly" -------------------------------------------------
    def _verb_rises(self, doc: Doc, text: str) -> None:
        taken = [(e.start_char, e.end_char) for e in ents_of(doc)]
        cands = []
        for hit in _RISE_VERB.finditer(text):
            words = [" ".join(hit.group(k).lower().split()) for k in ("a", "b") if hit.group(k)]
            labels = [_LAB_TERM.get(w) for w in words]
            if len(set(labels)) > 1:
                attrs = self.together.get(frozenset(x.lower() for x in labels if x))
                if attrs is None:
                    # "amylase and lipase rose": two analytes no term names together are two rises, the
                    # first named alone and sharing the second's grade (ELIDED_KEY, read by kg_context)
                    self._two_rises(doc, hit, words, taken, cands)
                    continue
            else:
                attrs = self.lab_terms.get(words[0])
            if attrs is None or not _is_rise(str(attrs.get("pref_label") or "")):
                continue
            if any(a < hit.end() and hit.start() < b for a, b in taken):
                continue
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is None:
                continue
            cands.append(Cand(span.start, span.end, "ADVERSE_EVENT", dict(attrs)))
            # "aspartate and alanine aminotransferases rose": the word before 'and' with the
            # analyte's last words names a second analyte (ELIDED_HEAD), a rise of its own
            mod = doc[span.start - 2] if span.start >= 2 and not hit.group("b") else None
            if mod is None or not mod.is_alpha or not _ELIDED_GAP.fullmatch(text, mod.idx + len(mod.text), span.start_char):
                continue
            other = self.lab_terms.get(" ".join([mod.lower_] + words[0].split()[1:]))
            if other is not None and other.get("curie") != attrs.get("curie") and _is_rise(str(other.get("pref_label") or "")):
                cands.append(Cand(mod.i, mod.i + 1, "ADVERSE_EVENT", dict(other)))
                _share_head(doc, doc[mod.i:mod.i + 1], span)
        add_entities(doc, cands)

    def _two_rises(self, doc: Doc, hit: re.Match, words: list[str], taken, cands) -> None:
        first, second = (self.lab_terms.get(w) for w in words)
        if first is None or second is None or not all(_is_rise(str(a.get("pref_label") or "")) for a in (first, second)):
            return
        if any(a < hit.end() and hit.start() < b for a, b in taken):
            return
        mod = doc.char_span(hit.start("a"), hit.end("a"), alignment_mode="expand")
        head = doc.char_span(hit.start("b"), hit.end(), alignment_mode="expand")
        if mod is None or head is None or mod.end > head.start:
            return
        cands.append(Cand(mod.start, mod.end, "ADVERSE_EVENT", dict(first)))
        cands.append(Cand(head.start, head.end, "ADVERSE_EVENT", dict(second)))
        _share_head(doc, mod, head)

    def _lab_attrs(self, text: str, hit: re.Match, end: int) -> dict | None:
        """The event of a LAB_TEST analyte whose value is told up to ``end``: the row's ``term``, or its
        ``term_rise`` / ``term_fall`` when the words before the value say the value went that way ("potassium rose
        to 6.4 mmol/L": Hyperkalemia; "a low potassium of 2.9 mmol/L": Hypokalemia)."""
        word = " ".join(hit.group(0).lower().split())
        told = text[max(0, hit.start() - 25):end]
        rise, fall = _RISE_WORDS.search(told), _FALL_WORDS.search(told)
        way = "rise" if rise and not fall else "fall" if fall and not rise else None
        if way is None and word in _WAY_NEEDED:
            return None
        return self.lab_by_way.get((word, way)) or self.lab_terms.get(word)

    # -- "ALT 260 U/L and AST 150 U/L (grades 3 and 2, respectively)" ----------------------------
    def _respective_labs(self, doc: Doc, text: str) -> None:
        """The analytes named with their values right before a GRADE_RESPECTIVELY list (joined by "and" or a
        comma) are events, one per grade of the list, in order (kg_context gives the grades again: it reads the
        list over the events of every kind)."""
        if "respectively" not in text:
            return
        cands = []
        taken = [(e.start_char, e.end_char) for e in ents_of(doc)]
        for hit in GRADE_RESPECTIVELY.finditer(text):
            grades = respective_grades(hit)
            if len(grades) < 2 or not respective_before(hit):
                continue
            start = hit.start()
            labs = list(_LAB_TEST.finditer(text, max(0, start - 2 * _MAX_GAP * len(grades)), start))
            if len(labs) < len(grades):
                continue
            chosen = labs[-len(grades):]
            attrs = [self.lab_terms.get(" ".join(h.group(0).lower().split())) for h in chosen]
            if any(a is None for a in attrs) or not _LAB_GAP.fullmatch(text, chosen[-1].end(), start) or not all(
                    _LAB_AND.fullmatch(text, a.end(), b.start()) for a, b in zip(chosen, chosen[1:])):
                continue
            for h, a, g in zip(chosen, attrs, grades):
                span = doc.char_span(h.start(), h.end())
                if span is not None and not any(x < h.end() and h.start() < y for x, y in taken):
                    cands.append(Cand(span.start, span.end, "ADVERSE_EVENT", {**a, "grade": g}))
        add_entities(doc, cands)

    # -- "AST 250 U/L (grade 2)" -------------------------------------------------------------
    def _aside_shared_labs(self, doc: Doc, text: str, event: Span, grade: Span) -> list[Cand]:
        """ "AST 220 U/L and ALT 310 U/L (hepatitis, G3 for both)": an aside opened right after two or more lab
        values, naming the event they make up, then a grade shared by a word after it (GRADE_SHARED_AFTER): each
        analyte is an event of that grade as well (the syndrome keeps its own)."""
        if not _ASIDE_EVENT_GAP.fullmatch(text, event.end_char, grade.start_char) \
                or not GRADE_SHARED_AFTER.match(text, grade.end_char):
            return []
        opened = _ASIDE_OPEN.search(text, max(0, event.start_char - 4), event.start_char)
        if opened is None:
            return []
        paren = opened.start()
        hits = list(_LAB_TEST.finditer(text, max(0, paren - 2 * _MAX_GAP), paren))
        for k in range(len(hits) - 1, -1, -1):
            attrs = self._lab_attrs(text, hits[k], paren)
            if attrs is None or not _LAB_GAP.fullmatch(text, hits[k].end(), paren + 1):
                continue
            graded = [(hits[k], attrs)] + _analytes_before(
                text, hits, k, _LAB_AND, lambda h: self.lab_terms.get(" ".join(h.group(0).lower().split())))
            return _graded_cands(doc, graded, grade._.grade) if len(graded) > 1 else []
        return []

    def _lab_values(self, doc: Doc, text: str) -> None:
        ents = list(ents_of(doc))
        grades = [i for i, e in enumerate(ents) if e.label_ == "GRADE" and e._.grade is not None]
        if not grades:
            return
        cands = []
        for i in grades:
            grade = ents[i]
            # the gap patterns allow no sentence end, so a window of characters is enough
            lo = max(0, grade.start_char - _MAX_GAP)
            prev = ents[i - 1] if i > 0 and ents[i - 1].end_char >= lo else None
            # "312 U/L, consistent with grade 3 hepatitis": a grade led by LAB_GRADE_LEAD words right before
            # another event is that event's
            event_next = any(e.label_ == "ADVERSE_EVENT" and 0 <= e.start_char - grade.end_char <= 2 for e in ents[i + 1:i + 2])
            if prev is not None and prev.label_ == "ADVERSE_EVENT":
                # "elevated AST (250 U/L, grade 2)": the event named before the value
                rest = _EVENT_GAP.match(text, prev.end_char, grade.start_char).group("rest")
                led = _LAB_GAP.fullmatch(rest)
                if led and not (led.group("lead") and event_next):
                    if prev._.grade is None:
                        Span(doc, prev.start, prev.end, label=prev.label_)._.grade = grade._.grade
                    continue
                # "ALT rose to 14 and AST to 9 times the ULN (hepatitis, G3 for both)": the aside names the syndrome,
                # and its shared grade is the listed values' too (session 36)
                cands += self._aside_shared_labs(doc, text, prev, grade)
            # "AST rose to 250 U/L (grade 2)": the analyte named before the value
            window_start = prev.end_char if prev is not None else max(0, grade.start_char - 2 * _MAX_GAP)
            hits = list(_LAB_TEST.finditer(text, window_start, grade.start_char))
            for k in range(len(hits) - 1, -1, -1):
                hit = hits[k]
                attrs = self._lab_attrs(text, hit, grade.start_char)
                gap = _LAB_GAP.fullmatch(text, hit.end(), grade.start_char) if attrs is not None else None
                if gap is None and attrs is not None and _LAB_BARE.fullmatch(text, hit.end(), grade.start_char) \
                        and not _GRADES_NEXT.match(text, grade.end_char) and not any(
                            e.label_ == "ADVERSE_EVENT" and 0 <= e.start_char - grade.end_char <= 2 for e in ents[i + 1:i + 2]):
                    # "AST grade 2": the analyte is the grade's event with no value between; "ALT and AST rose to
                    # grade 3": the analytes listed right before it share the grade (session 29)
                    listed = [(hit, attrs)] + _analytes_before(text, hits, k, _LAB_LIST_GAP,
                                                               lambda h: self._lab_attrs(text, h, grade.start_char))
                    cands += _graded_cands(doc, listed, grade._.grade)
                    break
                # ("TSH 45 mIU/L, grade 2 hypothyroidism": a grade right before an event names that event, session 29)
                # "(both grade 3)", or the sharing word after the grade: "(G3 for both)", "grade 3 each" (GRADE_SHARED_AFTER)
                both = gap is not None and (gap.group("both") or GRADE_SHARED_AFTER.match(text, grade.end_char))
                if gap is None or (hit.start() < lo and not both) or event_next:
                    continue
                # the analytes named before it, each with its value, share the grade
                graded = [(hit, attrs)] + (_analytes_before(
                    text, hits, k, _LAB_AND, lambda h: self.lab_terms.get(" ".join(h.group(0).lower().split())))
                    if both else [])
                cands += _graded_cands(doc, graded, grade._.grade)
                break
        add_entities(doc, cands)


__all__ = ["AdverseEventFinder", "AE_RESTATED_AS", "lab_terms_named", "AE_WHOLE_GRADE", "AE_LIST_GRADED_LEAD", "AE_NOT_GRADE_COLUMN", "AE_SEVERITY_ANAPHOR", "AE_TABLE_EVENT_COLUMN", "AE_TABLE_GRADE_COLUMN", "GRADE_ANAPHOR", "GRADE_ANAPHOR_ALL", "GRADE_ANAPHOR_PLURAL", "GRADE_ANAPHOR_WORDS", "GRADE_ANAPHOR_OPEN", "GRADE_ANAPHOR_AFTER", "GRADE_ASIDE_LEAD", "GRADE_GAP_NAME", "GRADE_GENERIC_NOUN", "GRADE_LIST_ITEM_GAP", "GRADE_LIST_LEAD", "GRADE_RESPECTIVELY", "GRADE_SECOND_GAP", "GRADE_EARLIER_GAP", "GRADE_LATER_GAP", "SEVERITY_SHARED_AFTER", "respective_before", "respective_grades", "SEVERITY", "SEVERITY_AFTER", "GRADE_CLAUSE", "GRADE_IMPROVED", "GRADE_IMPROVED_ANAPHOR", "GRADE_IMPROVED_DOSE", "GRADE_PREDICATE", "GRADE_WORSENED", "GRADE_SHARED_AFTER", "GRADE_SHARED_LATE", "GRADE_GAP_WORDS", "GRADE_SITE", "GRADE_SOLE_STOP", "GRADE_SOLE_RATE", "VERSION"]
