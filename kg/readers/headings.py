"""Map a section heading (as written, or a JATS sec-type) to a SECTION_KINDS value."""
from __future__ import annotations

import contextlib
import contextvars
import re

from kg.rules import rules

# A tumour board's recommendation or plan ("Board recommendation", "Proposed plan", "Question to the board")
PLAN_HEADING = (r"(?:(?:molecular |multidisciplinary )?(?:tumou?r |mtb |mdt )?board |final |mtb |mdt )?recommendations?"
                r"|(?:proposed |further |management )?plan|next steps?|questions? (?:to|for) the (?:tumou?r )?board"
                # a clinical note's "ASSESSMENT AND PLAN", "Impression/Plan", "A/P"
                r"|(?:assessment|impression)(?: and| &| ?/) ?(?:plan|recommendations?)|a ?/ ?p"
                # the options a board or team weighed, each with its pros and cons ("Treatment options discussed by the
                # tumour board", "Options considered by the multidisciplinary team"; session 33, leak33); not a bare
                # "Treatment options discussed:", which in plain text may label a list inside the case that goes on
                # with the choice made
                r"|(?:(?:possible|potential|available|further|systemic|subsequent|next-line|second-line|salvage) )?"
                r"(?:(?:treatment|therapeutic|therapy|management) )?options?"
                r"(?: (?:discussed|considered|reviewed|weighed|presented|offered))?"
                r" (?:by|at|with) (?:the )?(?:[\w-]+ ){0,2}(?:board|team|meeting|mdt|mtb)")

# a teaching case's question ("Question 2", "Quiz"): read like a discussion, and only its question and answer
# options (kg.readers.text keeps the case's prose after them in the case)
QUESTION_HEADING = r"(questions?|quiz|q)( \d{1,2})?"

# the patient's later course told after the discussion: "Addendum", "Note added in proof", "Follow-up (added before
# publication)", "Update after acceptance" (a case section; see kg.readers.text for a report told without one)
ADDENDUM_HEADING = (r"addend(um|a)|notes? added (in|at|after) (proof|revision|acceptance)|postscript"
                    r"|(follow-?up|update|note)( \(?| - | )?(added|written) (before|after|at|in) (publication|acceptance|proof|revision)\)?"
                    r"|(update|follow-?up) (after|since) (acceptance|submission|revision)")

# Order matters: first match wins ("case report" before "report"-free rules).
_RULES: list[tuple[str, str]] = [
    (r"case (presentations?|reports?|descriptions?|summary|history|histor(y|ies)|details?|series)|clinical (case|presentation|history)"
     r"|(the )?cases?( \d+)?|patients?( \d+)?|patient (presentation|history|information)"
     r"|presentation of (the )?case|(case|patient) (description|report)s?"
     # "The patient" above the story, as "The case" (diag25)
     r"|the patients?"
     # a review's or study's own patient: "Illustrative case", "Case illustration", "Clinical vignette"
     r"|(illustrative|representative|index|our|clinical|patient|the present|present) cases?|case (illustration|example|vignette)s?"
     # "3. Our patient", "Illustrative patient": a review's own patient told apart from the literature it reviews
     r"|(our|illustrative|representative|index|the present|present) patients?( \d+)?"
     # an editorial's or commentary's own patient: "A patient from my clinic", "A patient of ours", "My own patient"
     r"|(a|one|the|our|my) (own )?(patient|case) (from|of|in|at) (my|our) (own )?(clinic|practice|institution|cent(er|re)"
     r"|department|hospital|unit|service|ward)|(a|one) (patient|case) of (mine|ours)|(my|our) own (patient|case)s?"
     r"|(clinical|case|patient) vignettes?"
     # a translated report's own word for the case (French "Observation"; also a journal's "Clinical observation")
     r"|((clinical|case) )?observation"
     # a web page's or blog's own words for the patient's story: "Patient story", "Case study", "Presentation"
     r"|(the )?patient'?s? (story|journey)|(his|her|their) story|case stud(y|ies)"
     r"|medical history|(clinical )?presentation|clinical summary|about the patient"
     # a teaching case told between its questions: "Case continued"
     r"|(the )?case,? (continued|continuation|follow-?up)|(continuation|follow-?up) of (the )?case"
     # the patient's later course told after the discussion: "Addendum", "Note added in proof", "Follow-up (added
     # before publication)", "Update after acceptance"
     r"|" + ADDENDUM_HEADING +
     # the clinician's own record printed as the case: "Dictation begins", "Transcript", "The clinic letter"
     r"|(dictation|transcript(ion)?|dictated (letter|note|summary|report))( begins| follows| starts)?"
     r"|(the )?(clinic|referral|consultation) letter( begins| follows)?"
     # a discharge summary's or clinic note's parts about the patient ("HISTORY OF PRESENT ILLNESS", "HOSPITAL COURSE",
     # "Reason for referral", "Past oncological history", "Discharge diagnosis")
     r"|(history of (the )?present(ing)? (illness|complaint)|hpi|(hospital|inpatient) course|course in (the )?hospital"
     r"|(chief|presenting) complaints?|reason for (admission|referral|consultation|visit)|interval history"
     r"|past (medical|oncologic(al)?|surgical) history|(oncologic(al)?|cancer) history"
     r"|(admission|discharge|principal|primary|final|working) diagnos[ie]s)"
     # a case told as a table of dated events: "Case timeline", "Timeline of the case", "Clinical timeline"
     r"|(case|clinical|patient|treatment) (timeline|chronology)|(timeline|chronology) of (the )?(case|patient)"
     # a case report's later course told after its Discussion: "Addendum", "Note added in proof"
     r"|(follow-?up |clinical |late )?addend(um|a)|notes? added in proof", "case"),
    # a teaching case's questions and their answer options ("Question 1"): what the reader is asked to choose is
    # no treatment given; read like a discussion ("Learning points" stays unknown: a case report's summary box
    # above its case, which must not close a structured abstract). Its bare "Answer" goes back to the case: a
    # quiz's answer reveals the patient's own diagnosis and driver ("Answer: C. NUT carcinoma; FISH confirmed a
    # BRD4::NUTM1 fusion"), and the drugs an answer weighs are kept out by the trial and option cues; an "Answer
    # and discussion" is the discussion
    (r"answers?( \d{1,2})? (and|&) (discussion|explanation|rationale)|" + QUESTION_HEADING, "discussion"),
    (r"answers?( \d{1,2})?", "case"),
    (r"intro(duction)?|background|objectives?|purpose|aims?( and objectives)?|rationale|introduction and importance|importance"
     # a journal editor's lead-in to a case it prints: "Introduction written by the editors", "Editors' note"
     r"|(introduction|preface|note) (written |added )?by the (editors?|series editors?)|(editors?|editor's|editors'|editorial) (introduction|preface|note)",
     "introduction"),
    (r"discussion|results and discussion|(case|clinical) discussion|discussion points?|points? (for|of) discussion|comments?|(editors?|editor's|editors'|editorial|reviewers?|reviewer's|expert) comments?"
     # what the case is said to teach: "What this case teaches", "Lessons from our patient"
     r"|what (this|the|our|my) (case|patient) (teaches|taught|adds|shows)( us)?|lessons? from (this|the|our|my) (case|patient)",
     "discussion"),
    # what a tumour board recommends is the plan, not the patient's history: read like a discussion
    (PLAN_HEADING, "discussion"),
    (r"conclusions?|concluding remarks|summary and conclusions?|interpretation", "conclusion"),
    (r"(materials? and )?methods?( and materials?)?|materials|patients and methods|study design", "methods"),
    (r"results?|findings", "results"),
    (r"abstract|summary|abstract and figures", "abstract"),   # (a research-sharing site: "Abstract and Figures")
    (r"references?|bibliography|literature cited|ref-list", "references"),
    (r"acknowledge?ments?|funding( information| sources?)?|financial (support|disclosure)|author'?s?'? contributions?"
     r"|conflicts? of interests?( statement)?|coi[- ]statement|competing interests?|declaration of interests?"
     r"|disclosures?|data availability( statement)?|availability of data( and materials)?|ethics?( statement| approval.*)?"
     r"|(informed )?consent( for publication)?|patient consent|publisher'?s note|disclaimer|supplementary (material|data)s?"
     r"|supporting information|abbreviations|generative ai statement|ai[- ]statement|author notes?|footnotes?"
     r"|pre-publication history|authors'? information"
     # a journal's block of statements after the article ("Statement of Ethics", "Declarations", "Ethical approval")
     r"|statements? of ethics|ethical (approval|considerations|statement)|declarations?", "back_matter"),
    (r"keywords?|key words", "front_matter"),
]
_COMPILED = [(re.compile(rf"(?:{pattern})", re.I), kind) for pattern, kind in _RULES]
_PLAN = re.compile(PLAN_HEADING, re.I)
_QUESTION = re.compile(QUESTION_HEADING, re.I)


def is_question_heading(heading: str) -> bool:
    """A teaching case's question heading ("Question 2", "Quiz")."""
    return bool(_QUESTION.fullmatch(normalise_heading(heading)))


# a case told as a table of dated events: "Case timeline", "Timeline of the case", "Clinical chronology"
_TIMELINE = re.compile(r"(?:(?:case|clinical|patient|treatment) (?:timeline|chronology)|(?:timeline|chronology) of (?:the )?"
                       r"(?:case|patient)|timeline)(?: \(.*\))?", re.I)


# Medicine's CARE abstract ("Rationale", "Patient concerns", "Diagnoses", "Interventions", "Outcomes", "Lessons"): the
# label "Patient concerns" (or "Main concerns and important clinical findings") names the form, and is the case's
# always. Only beside it are "Diagnoses", "Interventions" and "Outcomes" the case's parts too, and "Lessons" its
# conclusion: in a trial's abstract "Interventions" and "Outcomes" are its methods and results.
CARE_MARKER = (r"(?:the )?patient'?s?'? (?:main )?concerns?|(?:main|primary) concerns?(?: (?:and|&) (?:the )?(?:important )?"
               r"clinical findings)?")
_CARE_MARKER = re.compile(CARE_MARKER, re.I)
_CARE_PARTS = [(re.compile(r"(?:primary |main )?(?:diagnos[ie]s|diagnostic (?:assessment|focus)|interventions?|therapeutic "
                           r"interventions?|outcomes?(?: (?:and|&) follow-?up)?|interventions? (?:and|&) outcomes?"
                           r"|diagnoses,? interventions,? (?:and|&) outcomes?|diagnos[ie]s (?:and|&) interventions?)", re.I),
                "case"),
               (re.compile(r"(?:main |the )?lessons?(?: learned| learnt| subsections)?", re.I), "conclusion")]
_CARE_ABSTRACT: contextvars.ContextVar[bool] = contextvars.ContextVar("care_abstract", default=False)


@contextlib.contextmanager
def care_abstract(on: bool = True):
    """Within the block, a CARE abstract's labels ("Diagnoses", "Interventions", "Outcomes", "Lessons") are known
    headings (the source holds a "Patient concerns" label)."""
    token = _CARE_ABSTRACT.set(on)
    try:
        yield
    finally:
        _CARE_ABSTRACT.reset(token)


def care_part_kind(heading: str, care: bool | None = None) -> str | None:
    """The kind of a CARE abstract's label: "case" for "Patient concerns"; beside it (``care``, default: inside
    ``care_abstract()``) "case" for "Diagnoses", "Interventions", "Outcomes" and "conclusion" for "Lessons"."""
    text = normalise_heading(heading or "")
    if _CARE_MARKER.fullmatch(text):
        return "case"
    if care if care is not None else _CARE_ABSTRACT.get():
        return next((kind for regex, kind in _CARE_PARTS if regex.fullmatch(text)), None)
    return None


# a table of the case's own course: a header row that names treatment lines, drugs, responses, toxicities or dates
# ("Line | Regimen | Dates | Best response"; not "Parameter | Value | Reference range" nor "Study | N | ORR")
COURSE_HEADER = re.compile(r"\b(?:lines?|regimens?|treatments?|therap(?:y|ies)|drugs?|agents?|doses?|cycles?|responses?"
                           r"|outcomes?|toxicit(?:y|ies)|adverse|side effects?|dates?|periods?|durations?|events?)\b", re.I)


# ... but not a table of other patients (published cases, a trial's arms: its header or caption counts patients,
# cases, studies or references: "Drug | Patients | Best response", "Reported treatments of IMT"), nor one of laboratory
# values ("Month | Neutrophils | Drug", "Blood counts during treatment"): those stay captions
OTHERS_TABLE = re.compile(r"\b(?:patients|cases|n|no\.|studies|study|trials?|references?|ref|authors?|publications?|year of "
                          r"publication|reported|published|literature|review(?:ed)?|previous(?:ly)?|series|cohorts?|arms?"
                          r"|laborator(?:y|ies)|lab|blood counts?|values?|reference range|units?|neutrophils?|platelets?"
                          r"|ha?emoglobin|wbc|anc|creatinine|bilirubin|alt|ast|ldh)\b|%", re.I)


# ... nor one of treatments to choose from (options, a guideline's recommendations, a molecular board's matched or
# actionable drugs with their level of evidence, approval, eligibility, trial outcome figures): "Alteration | Matched
# therapy | Evidence tier", "Treatment options at progression", "Regimen | Rationale | Median PFS" name drugs that
# the patient may never have been given
OPTIONS_TABLE = re.compile(r"\b(?:options?|alternatives?|recommend\w*|guidelines?|evidence|tiers?|actionab\w*|targetable"
                           r"|matched|approv\w*|eligib\w*|candidates?|possible|potential|proposed|rationale|orr|pfs"
                           r"|median|choices?)\b", re.I)


# the words of COURSE_HEADER that only say when: a table whose header names nothing else ("Date | Marrow blasts |
# Status") sets out measurements over time, not what was given or what happened
_WHEN_ONLY = re.compile(r"dates?|periods?|durations?", re.I)
# a table of the patient's own adverse events: a header line whose first column names the events and a later one their
# grade ("Adverse event | Grade | Onset", "Toxicity <tab> CTCAE grade <tab> Drug"; session 15, ae15); its rows are read
# as case text, one line a row, and graded by kg_context (not a table of rates: OTHERS_TABLE's words or "%"). The
# column words are rows of kg/rules/adverse_events.jsonl (AE_TABLE_EVENT_COLUMN, AE_TABLE_GRADE_COLUMN), read alike
# by this header-line test (AE_TABLE_HEADER_LINE), the grid test (ae_table_columns) and kg_context's table rows
# (AE_TABLE_GRADE_HEADER, kg/nlp/grades.py)
_AE_RULES = rules("adverse_events")
AE_TABLE_HEADER = _AE_RULES.pattern("AE_TABLE_HEADER_LINE")


def ae_table(text: str) -> bool:
    """Does a table (its caption line, then its rows one a line) list the patient's adverse events with their grades?"""
    lines = text.split("\n")
    at = next((i for i, line in enumerate(lines) if AE_TABLE_HEADER.search(line)), None)
    if at is None:
        return False
    words = lines[at] + " " + (lines[0] if at > 0 else "")   # the header line and the caption above it
    return not OTHERS_TABLE.search(words) and not OPTIONS_TABLE.search(words)


# a small series' table of its own patients, one row a patient ("Patient | Age/Sex | Fusion | Treatment | Best
# response" with rows 1, 2, 3): its first column numbers the patients (a number, a capital letter or a Roman
# numeral), it has two to six rows and names treatments or responses; not a table of published cases (an author,
# year or reference column or caption, a citation in a cell) nor a cohort's table (percentages, counts of patients)
_PATIENT_COLUMN = re.compile(r"(?:patients?|pts?\.?|cases?|no\.?|#)", re.I)
_PATIENT_NUMBER = re.compile(r"(?:(?:patient|case|pt\.?)\s*)?(?:[1-9]|(?-i:[A-F])|(?-i:I{1,3}|IV|VI?))", re.I)
_LITERATURE_TABLE = re.compile(r"\b(?:authors?|(?:publication\s+)?year(?:\s+of\s+publication)?|(?:19|20)\d\d|references?|refs?|reported|published|literature|review(?:ed)?|"
                               r"previous(?:ly)?|studies|study|trials?|cohorts?|et al|total|median|mean|range)\b|%|\[\d", re.I)


def series_patients_table(rows: list[list[str]], caption: str = "") -> bool:
    """Is the table a small series' own patients, one row a patient (``_PATIENT_COLUMN``)?"""
    head, body = rows[0], rows[1:]
    return bool(_PATIENT_COLUMN.fullmatch(head[0].strip())) and 2 <= len(body) <= 6 \
        and all(r and _PATIENT_NUMBER.fullmatch(r[0].strip()) for r in body) \
        and any(not _WHEN_ONLY.fullmatch(m.group(0)) for m in COURSE_HEADER.finditer(" | ".join(head[1:]))) \
        and not _LITERATURE_TABLE.search(" | ".join([caption] + [c for r in rows for c in r]))


def course_table(header: str, caption: str = "") -> bool:
    """Does a table's header row (and caption) say it sets out the case's own course of treatment?"""
    return any(not _WHEN_ONLY.fullmatch(m.group(0)) for m in COURSE_HEADER.finditer(header)) \
        and not OTHERS_TABLE.search(header + " " + caption) and not OPTIONS_TABLE.search(header + " " + caption)


# an adverse-event table's header: the event column first, its grade column right after it or last ("Adverse event |
# Grade | Onset", "Toxicity | Cycle | Worst grade"): its rows are kept as written under the header line, which
# kg_context reads as such a table (kg/nlp/grades.py: each row's event graded, its drugs no line of treatment)
_AE_COLUMN = _AE_RULES.pattern("AE_TABLE_EVENT_COLUMN")
_GRADE_COLUMN = _AE_RULES.pattern("AE_TABLE_GRADE_COLUMN")
_GRADED_COLUMN = _AE_RULES.pattern("AE_TABLE_GRADED_COLUMN")   # "Side effect (grade)": the grade in the event's column


def ae_table_columns(head: list[str]) -> bool:
    """Do a table's column headers (``head``) name the events first and their grade next or last (or in the event
    column's brackets: "Side effect (grade)")?"""
    if len(head) < 2:
        return False
    first = head[0].strip()
    return bool(_GRADED_COLUMN.fullmatch(first)) or bool(_AE_COLUMN.fullmatch(first)) and (
        bool(_GRADE_COLUMN.fullmatch(head[1].strip())) or bool(_GRADE_COLUMN.fullmatch(head[-1].strip())))


def table_grid(rows: list[list[tuple[str, int, int]]]) -> list[list[str]]:
    """The cells of a table's rows, given as (text, rowspan, colspan), set on a grid: a cell spanning rows stands in
    each of them (a line number or date shared by two regimens), one spanning columns in its first column only (a
    row labelling a group of rows is no value of every column)."""
    grid: list[list[str]] = []
    carried: dict[int, tuple[str, int]] = {}   # column -> (text, rows still to fill)
    for row in rows:
        out: list[str] = []
        cells = iter(row)
        col = 0
        while True:
            if col in carried:
                text, left = carried[col]
                out.append(text)
                carried[col] = (text, left - 1)
                if left <= 1:
                    del carried[col]
                col += 1
                continue
            cell = next(cells, None)
            if cell is None:
                if any(c >= col for c in carried):
                    out.append("")
                    col += 1
                    continue
                break
            text, rowspan, colspan = cell
            colspan = max(1, min(colspan, 50))
            for k in range(colspan):
                out.append(text if k == 0 else "")
                if rowspan > 1:
                    carried[col + k] = (text if k == 0 else "", min(rowspan, 200) - 1)
            col += colspan
        grid.append(out)
    return grid


def span(value: str | None) -> int:
    """A rowspan/colspan attribute's number (1 when missing or not a number)."""
    try:
        return max(1, int((value or "1").strip()))
    except ValueError:
        return 1


# a table of laboratory values (or events) over time whose cells carry their CTCAE grade ("Platelets | 140 | 45 (grade
# 3)", "ALT (U/L) | 30 | 250 G3"): not a table of the course, yet each graded cell is the patient's own graded event
# (session 18, acc18w16); a cell's grade word, and the words of a table of other patients or published cases
_CELL_GRADE = re.compile(r"\b(?:(?:ctcae\s+)?grade|gr\.)\s*[1-5]\b|\b(?-i:G)[1-5]\b", re.I)
_OTHERS_GRADED = re.compile(r"\b(?:patients|cases|studies|study|trials?|references?|authors?|published|literature|reported"
                            r"|cohorts?|arms?|series|options?|guidelines?)\b|%", re.I)
# a column of the values before treatment ("Baseline", "Pre-treatment", "At diagnosis"): a grade there is no event
_BEFORE_COLUMN = re.compile(r"\b(?:baseline|pre-?treatment|before|prior|at\s+diagnosis|screening)\b", re.I)
_UNIT_ASIDE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")


def graded_cell_lines(rows: list[list[str]], caption: str = "") -> list[str] | None:
    """The graded cells of a table of the patient's values over time (its first row the header, its first column
    the test or event), each a line "test: cell, column." ("Platelets: 45 (grade 3), Cycle 2.") so each
    grade stands by its test alone, or None for a table without a graded cell or one of other patients."""
    rows = [r for r in rows if any(r)]
    if len(rows) < 2 or len(rows[0]) < 2 or _OTHERS_GRADED.search(" | ".join(rows[0]) + " " + caption):
        return None
    head = rows[0]
    out = []
    for row in rows[1:]:
        if len(row) < 2 or not row[0].strip() or _CELL_GRADE.search(row[0]):
            continue
        name = _UNIT_ASIDE.sub("", row[0]).strip()   # "Neutrophils (x10^9/L)": the test, its value in the cell
        for j, cell in enumerate(row[1:], 1):
            column = head[j].strip() if j < len(head) and len(row) == len(head) else ""
            if _CELL_GRADE.search(cell) and not _BEFORE_COLUMN.search(column):
                # one short statement a cell, ended as a sentence: the grade stands by its own test (a line of
                # bare numbers would read as another report's table row)
                out.append(f"{name}: {cell.strip().rstrip('.')}, {column}." if column else f"{name}: {cell.strip().rstrip('.')}.")
    return out or None


def course_lines(rows: list[list[str]], caption: str = "") -> list[str] | None:
    """The rows of a table of the case's own course (its first row the header, ``course_table``), each a line of
    "header: cell" pairs set apart by " | " ("Line: 2 | Regimen: osimertinib | Best response: stable disease"; a
    row with more or fewer cells than the header keeps its cells bare), or None for any other table. One form for
    every reader (JATS, HTML), so the row cues (kg/rules/context.jsonl ``row``/``cell`` windows) read them alike."""
    rows = [r for r in rows if any(r)]
    if len(rows) < 2 or len(rows[0]) < 2:
        return None
    if not (course_table(" | ".join(rows[0]), caption) or series_patients_table(rows, caption)):
        return graded_cell_lines(rows, caption)
    head = rows[0]
    if ae_table_columns(head):
        return [" | ".join(head)] + [" | ".join(c for c in row if c) for row in rows[1:] if any(row)]
    out = []
    for row in rows[1:]:
        cells = [f"{h}: {c}" if h and len(row) == len(head) else c for h, c in zip(head + [""] * len(row), row) if c]
        if cells:
            out.append(" | ".join(cells))
    return out or None


def is_timeline_heading(heading: str) -> bool:
    """A case section's heading that names a timeline ("Case timeline (date | event)")."""
    return bool(_TIMELINE.fullmatch(normalise_heading(heading)))


_ADDENDUM = re.compile(ADDENDUM_HEADING, re.I)


def is_addendum_heading(heading: str) -> bool:
    """"Addendum", "Follow-up (added before publication)": the patient's later course, added after the report."""
    return bool(_ADDENDUM.fullmatch(normalise_heading(heading)))


def is_plan_heading(heading: str) -> bool:
    """A tumour board's recommendation or plan: a discussion even among a structured abstract's parts."""
    return bool(_PLAN.fullmatch(normalise_heading(heading)))


# Where a clinical note's plan ends and the patient's story goes on (session 42, sec42). A "Plan:" label in a note
# told visit after visit covers its own visit only; the next visit's heading, a dated line or a note's label of what
# was found is the story again. A tumour board's "Recommendation" or "Proposed plan" has no such line, and a dated
# or labelled line that sets out what is still to come ("Week 4: restage", "06/2026: start osimertinib") stays in it.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = (rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-](?:19|20)?\d\d|\d{{1,2}}[/.](?:19|20)\d\d|(?:19|20)\d\d-\d\d(?:-\d\d)?"
         rf"|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH},? (?:19|20)\d\d|{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?,? (?:19|20)\d\d"
         rf"|{_MONTH},? (?:19|20)\d\d)")
# a visit's or note's own heading, numbered or dated: "NOTE 3 - C3D1 05/2025", "Visit 2 (14/05/2025)", "Clinic
# visit, 3 March 2025", "Progress note 12/03/2025", "Follow-up visit #4"
_NOTE_HEAD = re.compile(r"(?:(?:clinic|progress|follow-?up|f/u|office|telephone|phone|outpatient|inpatient|ward|oncology"
                        r"|return|interval|day-?unit)\s+)?(?:notes?|visits?|encounters?|consult(?:ation)?s?|admissions?)"
                        rf"\s*(?:(?:#\s*|no\.?\s*)?(?:\d{{1,2}}|[ivx]{{1,4}})\b|[-\u2013\u2014:,(]\s*{_DATE}|\(?{_DATE})"
                        # ... or the label a SOAP note or a visit opens with: "Subjective:", "S:", "Interval history:"
                        r"|(?:subjective|s|interval history|hpi|chief complaint|cc)\s*:", re.I)
# a line placed in the course, which is the story only when it tells what happened: a date ("04/2025: ...",
# "14 May 2025 - ..."), "On day 15", "Day 8:", "Week 12:", "Cycle 3 day 1", "C3D1", "At follow-up", "At the
# 3-month visit", "Two weeks later", or a note's label of what was found ("Exam:", "Labs:", "Imaging:",
# "Toxicity:", "Response:")
_COURSE_LINE = re.compile(
    rf"(?:on |by |in )?{_DATE}\b|(?:on |by )?(?:day|week|month|cycle|c)\s*\d{{1,3}}\b(?:\s*(?:day|d)\s*\d{{1,3}})?"
    r"|c\d{1,2}d\d{1,2}\b|at (?:the )?(?:(?:next|first|second|third|\d{1,2}[- ](?:week|month)|[\w-]+-(?:week|month)) )?"
    r"(?:follow-?up|f/u|review|visit|restaging|clinic)\b"
    r"|(?:\d{1,2}|one|two|three|four|five|six|eight|ten|twelve|several|a few) (?:days?|weeks?|months?|years?) later\b"
    r"|(?:history|exam(?:ination)?|pe|labs?|imaging|pathology|events?"
    r"|toxicit(?:y|ies)|adverse events?|side effects?|response|course|symptoms|status|vitals)\s*:", re.I)
# ... told in the past (or as a finding: a grade, a response), and no step still to come in its first sentence
_TOLD = re.compile(r"\b(?:was|were|had|has been|have been|[a-z]{3,}ed|grade\s*[1-5]|g[1-5]|(?:c|p)r|sd|pd|c/o)\b", re.I)
_STEP_TO_COME = re.compile(r"\b(?:will|shall|to be|to start|planned|scheduled|if|consider|recommend(?:ed)?|proposed"
                           r"|due|pending)\b|^\W*(?:start|begin|continue|repeat|restage|review|refer|give|switch|add"
                           r"|check|monitor|arrange|book|plan)\b", re.I)
_FIRST_SENTENCE = re.compile(r"[^\n]*?(?=[.!?](?:\s|$)|\n|$)")   # (not cut inside "0.6" or "1.8 mg/kg")


def opens_note(par: str) -> bool:
    """Does a paragraph open with a note's or visit's own heading, numbered or dated ("NOTE 3 - C3D1 05/2025",
    "Visit 2 (14/05/2025)") or a SOAP note's "Subjective:"?"""
    return bool(_NOTE_HEAD.match((par or "").strip()))


_SOAP_SUBJECTIVE = re.compile(r"\s*(?:subjective|s)\s*:", re.I)
_SOAP_OBJECTIVE = re.compile(r"(?:objective|o)", re.I)


def soap_objective(heading: str, before: str) -> bool:
    """Is an "Objective:" label a SOAP note's findings (right after its "Subjective:" line), not a study's aim?"""
    return bool(_SOAP_OBJECTIVE.fullmatch(normalise_heading(heading)) and _SOAP_SUBJECTIVE.match(before or ""))


def opens_visit(par: str) -> bool:
    """Does a paragraph open another visit or note of the patient's story ("NOTE 4 - 06/2025 ...", "Visit 3 (week
    12): ...", "On day 15 she developed ...", "Labs: ANC 0.6 (grade 3)")? Only a numbered or dated note heading
    does whatever follows it; a dated or labelled line must tell what happened (past tense or a finding) and
    name no step still to come in its first sentence."""
    text = (par or "").strip()
    if opens_note(text):
        return True
    line = _COURSE_LINE.match(text)
    if not line:
        return False
    first = _FIRST_SENTENCE.match(text, line.end()).group(0)
    return bool(_TOLD.search(first)) and not _STEP_TO_COME.search(first.lstrip(" :-\u2013\u2014,)"))
_COMMENT_COUNT = re.compile(r"(?:\d+|no|one|two|three) (?:comments?|responses?|replies|reader comments|thoughts? on\b.*)"
                            r"(?: on\b.*)?[:.]?", re.I)
_NUMBERING = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-H]\.)\s+")


# a poster's or slide's bracketed heading: "[ CASE ]", "[RESULTS]", "【Conclusions】"
_BRACKETED_HEADING = re.compile(r"^\s*[\[【〔]\s*([^\]】〕\n]{2,60}?)\s*[\]】〕]\s*$")


def bracketed_heading(line: str) -> str | None:
    """The words of a poster's or slide's bracketed heading ("[ CASE ]" -> "CASE"), None for any other line."""
    m = _BRACKETED_HEADING.match(line or "")
    return m.group(1) if m else None


def normalise_heading(heading: str) -> str:
    text = _NUMBERING.sub("", bracketed_heading(heading) or heading or "")
    text = text.replace("’", "'").replace("_", " ").replace("|", " ")
    text = re.sub(r"[\s:.\-–—]+$", "", text.strip())
    return re.sub(r"\s+", " ", text).lower()


def heading_kind(heading: str | None, loose: bool = False) -> str | None:
    """Kind for a recognised heading, None when the heading is not a known one.

    ``loose`` also accepts longer case headings ("Case presentation and treatment"); only for
    markup that says it is a section title (JATS <sec><title>), never for plain text, where a
    short article title such as "Lorlatinib response: a case report" would be taken for one.
    """
    text = normalise_heading(heading or "")
    if not text:
        return None
    if _COMMENT_COUNT.fullmatch((heading or "").strip()):
        return "back_matter"   # "128 Comments", "3 thoughts on …": readers' comments under a post, no discussion
    for regex, kind in _COMPILED:
        if regex.fullmatch(text):
            return kind
    care = care_part_kind(text)
    if care:
        return care
    # "Background and methods", "Results and conclusions": two known parts, the first decides
    parts = re.split(r" (?:and|&) ", text, maxsplit=1)
    if len(parts) == 2 and all(any(r.fullmatch(p) for r, _ in _COMPILED) for p in parts):
        return heading_kind(parts[0])
    # "Case history/examination": of two parts joined by a slash, the first decides
    head, slash, rest = text.partition("/")
    if slash and head and len(rest.split()) <= 3:
        kind = heading_kind(head)
        if kind:
            return kind
    # a case heading with a subtitle or a bracketed gloss: "Case - first primary", "Case 2 - relapse",
    # "Case timeline (date | event)", "Patient history (summary)": the case words decide (only bare case
    # words, not "Case report", which opens a report's title "Case report: an unusual sarcoma")
    # (in markup also a CARE part's: "Follow-up (added before publication)", "Outcome - two years on")
    # a case heading placed in time: "Treatment course after the board", "Clinical course since diagnosis",
    # "Patient history before referral" (a tumour board report's course told after its recommendation)
    timed = re.fullmatch(r"(.{2,40}?) (?:after|since|following|before|from) (?:[^\d\s]+ ?){1,4}", text)
    if timed and _CASE_HEAD.fullmatch(timed.group(1)) and not timed.group(1).lower().startswith(("case", "the case", "patient")):
        return "case"
    sub = _SUBTITLED.fullmatch(text)
    if sub and (_CASE_HEAD.fullmatch(sub.group(1)) or loose and _CARE.fullmatch(sub.group(1))):
        return "case"
    # a heading that spells out its CARE parts in brackets is the case's, whatever word precedes them
    # ("Methods (differential diagnosis, investigations and treatment)", "Conclusion and results (outcome
    # and follow-up)": the Clinical Case Reports template)
    bracket = _BRACKETED.fullmatch(text)
    if bracket:
        items = [i for i in re.split(r"\s*(?:,|;|\band\b|&)\s*", bracket.group(2)) if i]
        if items and sum(bool(_CARE.fullmatch(i) or _CARE_EXTRA.fullmatch(i)) for i in items) * 2 > len(items):
            return "case"
    # longer case headings: "Case presentation and treatment", "Report of a case", "Case study"
    if loose and (_CARE.fullmatch(text) or (len(text.split()) <= 8 and _CASE_ANYWHERE.search(text))):
        return "case"
    return None


# CARE-guideline sections of a case report. Only for marked-up section titles: in PDF text the
# same words head table columns ("Treatment", "Outcome") of literature-case tables.
_CARE = re.compile(r"clinical findings|timeline|diagnostic (assessment|work-?up|evaluation|findings)|therapeutic interventions?"
                   r"|treatments?( and (outcomes?|follow-?up|course))?|(clinical )?course|follow-?up( and outcomes?)?"
                   r"|outcomes?( and follow-?up)?|management|investigations|history of present illness|hospital course", re.I)


# the heading of what became of the patient ("Outcome", "Follow-up", "Clinical course"): the story's own part even
# where it follows a discussion (a tumour board's text: case, question, the board's discussion, then the outcome)
_COURSE_HEADING = re.compile(r"(?:(?:the )?patient'?s )?(?:outcomes?|follow-?up|(?:clinical|subsequent|further|treatment) course"
                             r"|outcomes? and follow-?up|follow-?up and outcomes?|what happened next|subsequent management)",
                             re.I)


def is_course_heading(heading: str) -> bool:
    """ "Outcome", "Follow-up and outcome", "Subsequent course": a heading of the patient's course after the
    story's other parts (not "Treatment" or "Management", which a discussion uses for the literature's)."""
    return bool(_COURSE_HEADING.fullmatch(normalise_heading(heading)))


_BRACKETED = re.compile(r"(.{2,60}?)\s*\((.{3,160})\)")
# (a subtitle of at most five words without a digit: "Patient: 58-year-old man, ECOG 1" is the patient's line of
# a summary, not a heading; nor is a colon's "Case 2: A 60-year-old man ...", a case's opening sentence)
_SUBTITLED = re.compile(r"(.{2,40}?)(?:\s+[-\u2013\u2014]\s+|\s*\((?=[^()]{3,60}\)$))((?:[^\d\s()]+\s?){1,5}?)\)?")
_CASE_HEAD = re.compile(r"(?:the )?case( \d+| [ivx]+)?|patient( \d+| [ivx]+)?|case (?:presentation|description)"
                        r"|(?:case|clinical|patient|treatment) (?:timeline|chronology|history|course)|clinical case", re.I)
_CARE_EXTRA = re.compile(r"(differential )?diagnos[ie]s|examination|work-?up|outcome|follow-?up|treatment", re.I)
_CASE_ANYWHERE = re.compile(r"\bcase (?:presentation|reports?|descriptions?|study|history|summary|details?|series)\b"
                            r"|\bclinical case\b|\b(?:description|report|presentation|history) of (?:the |a |our )?(?:case|patient)\b"
                            r"|\band case\b", re.I)
