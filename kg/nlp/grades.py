"""``kg_context``: grades and severity of adverse events ("grade 3 neutropenia", "neutropenia
(grade 3)", "grade 3 (severe) diarrhea", "severe rash", "G2 asthenia", "diarrhea G2"; a grade that
closes the aside after an event's own words: "photosensitivity with erythema on the forearms
(grade 2)", "an allergic reaction to paclitaxel (flushing and dyspnoea, grade 2)"; two analytes
joined by a slash share one grade: "AST/ALT elevation (grade 2)"). Sets
``span._.grade`` and ``span._.severity`` of ADVERSE_EVENT entities and adds short "G2" GRADE
entities right before or right after an adverse event. An adverse-event table flowed into the
text ("Adverse event Worst grade Onset (week)" / "Hypertension 3 4") grades the event that opens each
row with the number right after it; the sentences holding such rows are listed in
``doc.spans["kg_ae_table"]`` (sentence flag ``ae_table``). An inline list led by its grading ("Toxicities (CTCAE
v5): nausea 2, fatigue 1", AE_LIST_GRADED_LEAD) grades each event by the bare number after it, and a list that is
the subject of the grade after its last event shares it ("nausea and vomiting were grade 2", GRADE_SHARED_LATE).
(The assertion status of every entity is ``kg_assertion``'s.)
"""
from __future__ import annotations

import re

import numpy as np
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from kg.nlp import measures
from kg.nlp.adverse_events import (AE_LIST_GRADED_LEAD, AE_RESTATED_AS, AE_SEVERITY_ANAPHOR, AE_NOT_GRADE_COLUMN, AE_WHOLE_GRADE, AE_TABLE_EVENT_COLUMN, AE_TABLE_GRADE_COLUMN, GRADE_ANAPHOR, GRADE_ANAPHOR_ALL, GRADE_ANAPHOR_OPEN, GRADE_ANAPHOR_PLURAL, GRADE_ANAPHOR_WORDS, GRADE_ANAPHOR_AFTER, GRADE_ASIDE_LEAD, GRADE_GAP_NAME, GRADE_GENERIC_NOUN, GRADE_LIST_ITEM_GAP, GRADE_LIST_LEAD, GRADE_RESPECTIVELY, GRADE_SECOND_GAP, GRADE_EARLIER_GAP, GRADE_LATER_GAP, SEVERITY_SHARED_AFTER, respective_before, respective_grades, AE_TABLE_GRADE_HEADER, AE_TABLE_GRADE_LAST, ELIDED_KEY, GRADE_CAUSE_GAP, GRADE_CAUSE_WORDS, GRADE_GAP_WORDS,
                                   GRADE_CLAUSE, GRADE_IMPROVED, GRADE_IMPROVED_ANAPHOR, GRADE_IMPROVED_DOSE, GRADE_PREDICATE, GRADE_WORSENED, GRADE_SHARED, GRADE_SHARED_AFTER, GRADE_SHARED_LATE, GRADE_SITE, GRADE_SOLE_RATE, GRADE_SOLE_STOP, LIST_GAP, SEVERITY, SEVERITY_AFTER, VERSION)
from kg.nlp.assertion import AE_TABLE_KEY
from kg.nlp.doc_text import doc_text
from kg.nlp.ents import Cand, add_entities, ents_of, register_extensions, set_ents, term_attrs
from kg.nlp.terms_index import get_index
from kg.rules import rules

register_extensions()

# "CMV DNA became detectable. The reactivation was graded 2.": a grade's clause that restates an event by a noun of
# its own, the event named by the virus told before it (AE_NAMED_ANAPHOR rows: the regex, virus word -> CTCAE term)
_NAMED_ANAPHORS = [(row.compiled(), {w.lower(): t for w, t in row.fields["antecedents"].items()})
                   for row in rules("adverse_events").rows("AE_NAMED_ANAPHOR")]
# how far before the restating noun its virus may be named: the sentence before and the clause before the noun
_ANTECEDENT_RES = [(rx, re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, words), key=len, reverse=True))
                                    + r")(?![\w-])", re.I), words) for rx, words in _NAMED_ANAPHORS]

_GAP_STOP = frozenset({".", ";", ",", "and", "or", "but", "with", "while"})
_GRADE_WORDS = frozenset({"grade", "gr", "gr."})
# ("rash - G2", "diarrhoea – G1", "nausea: G1", "colitis | G3": the dash, colon or bar of a list or table line)
_SHORT_AFTER_GAP = frozenset({"(", "[", ",", "-", "–", "—", ":", "|"})
_SHORT_SHARING = frozenset({"both", "all", "each"})
# "grade 3 (severe) diarrhea": a bracketed aside of at most this many tokens (brackets included)
# may stand between a grade and its event
_MAX_ASIDE = 5
# "G2 fluid retention (bilateral leg oedema)": the most tokens between a grade and the event that
# opens the bracket after the words no term names (three words, the bracket, two words)
_MAX_NAMED_GAP = 6
# "weight gain was excessive during the first year (grade 2)": the words that may stand between an
# event and the aside its grade closes (no clause break among them), and the aside's length (tokens)
_MAX_QUALIFIER = 12
_MAX_CLOSING_ASIDE = 16
# "a colitis that needed two courses of budesonide and then infliximab, grade 3": the most tokens from the event's
# end to the grade after the relative clause of what it needed (GRADE_CLAUSE)
_MAX_CLAUSE = 14
# "diarrhoea remained at grade 1": the most tokens from an ungraded event to the one grade after it that binds it as
# the last step (_sole_grades), and the tokens after that grade in which a stop word still counts ("in 4% of patients")
_MAX_SOLE = 16
_SOLE_AFTER = 6
# ("with" may stay: "photosensitivity with erythema (grade 2)"; an event after it stops the search)
_QUALIFIER_STOP = (_GAP_STOP - {"with"}) | {":", "[", "]", ")", "which", "who", "that", "whereas", "then"}
_ASIDE_ITEM_START = frozenset({"(", ",", ";"})
# the article or possessive that opens a list's next item ("X and a Y", "X and his Y")
_ITEM_ARTICLE = re.compile(r"(?<=\s)(?:an?|the|his|her|their)\s*$", re.I)
# a list item's own aside ("neutropenia (ANC 0.7 x 10^9/L) and thrombocytopenia"): a bracket that holds no entity,
# right after the item, is no break in the list (session 32)
_ITEM_ASIDE = re.compile(r"^\s*\([^()]*\)")


def _improvement_pairs(ents: list[Span], text: str, used: set[int]):
    """(i, event, grade): an adverse event ``ents[i]`` right before a graded GRADE span not used yet, the words between
    telling its improvement up to that grade (GRADE_IMPROVED: "the oedema settled to grade 1")."""
    for i, ent in enumerate(ents[:-1]):
        g = ents[i + 1]
        if ent.label_ == "ADVERSE_EVENT" and g.label_ == "GRADE" and g._.grade is not None and i + 1 not in used \
                and GRADE_IMPROVED.fullmatch(text, ent.end_char, g.start_char):
            yield i, ent, g


def _closes_pair(doc: Doc, ents: list[Span], j: int) -> bool:
    """The grade ``ents[j]`` ends the phrase of the events before it: the sentence or a clause ends right after it
    (a stop, comma, semicolon or bracket, or 'and' that leads no event of its own), so it grades no event after it
    ("nausea and vomiting, grade 2 fatigue" grades the fatigue)."""
    g = ents[j]
    # "a hypersensitivity reaction (urticaria and bronchospasm, grade 3)": the pair in an open aside is the signs of
    # the reaction before it, which the grade closing the aside grades (kg/extraction/adverse_events.py)
    head = doc[g.sent.start:ents[j - 1].start].text if j > 0 else ""
    if head.rfind("(") > head.rfind(")"):
        return False
    if g.end >= len(doc):
        return True
    nxt = doc[g.end]
    if j + 1 < len(ents) and ents[j + 1].start - g.end <= 1 and ents[j + 1].label_ in _OWN_GRADE_LABELS:
        return False
    return nxt.text in {",", ".", ";", ")", ":"} or nxt.lower_ == "and"


def _listed(doc: Doc, a: Span, b: Span) -> bool:
    """Event ``b`` is the next item of the list event ``a`` is in (LIST_GAP between them, past ``a``'s own aside)."""
    return LIST_GAP.fullmatch(_ITEM_ASIDE.sub("", doc[a.end:b.start].text)) is not None
# words that open a clause of its own after "and" (a subject, a verb of the story), so "and" ends an event's qualifier
_CLAUSE_AFTER_AND = frozenset({"she", "he", "they", "it", "this", "we", "was", "were", "is", "had", "has", "then",
                               "later", "subsequently", "required", "needed", "resolved", "improved", "led", "the"})
# "nausea, grade 2 fatigue", "rash, CTCAE grade 3 colitis", "... (CRS), grade 3 onycholysis": a comma (and the grading system's name) before a
# grade that stands right before the next event
_COMMA_GAP = re.compile(r"\s*(?:\(\s*[A-Za-z0-9-]{2,12}\s*\))?\s*\)?\s*,\s*(?:(?:NCI[- ])?CTCAE\s*(?:v(?:ersion)?\s*)?[\d.]*\s*)?", re.I)
# a short form defined right after an event's words ("(CRS)", "(ICANS)", "(HFS)", "(irAE)")
_SHORT_FORM = re.compile(r"[A-Za-z]{0,3}[A-Z][A-Za-z0-9-]{1,9}")
# a drug named between a grade and its event as the event's cause ("grade 2 ifosfamide-related encephalopathy")
_CAUSE_LABELS = frozenset({"DRUG", "DRUG_CLASS", "REGIMEN"})
# entities that name something of their own, so a grade after them is not the event's before them
_OWN_GRADE_LABELS = frozenset({"ADVERSE_EVENT", "GRADE", "RESPONSE", "TUMOR"})
# a row of an adverse-event table: right after the event that opens the line, its grade (the column
# right after the event column, AE_TABLE_GRADE_HEADER), then the other columns or the line's end; under a header
# "Side effect (grade)" the grade stands in brackets after the event ("Rash (2) | day 12")
# (a grade cell may be written in Roman numerals, capitals only: "Rash | II"; session 41; not a lone "V", the tick some
# tables mark a column with)
_CELL_NUMBER = r"([1-5]|(?-i:IV|I{1,3}))"
_TABLE_ROW_GRADE = re.compile(r"[ \t]*(?:[|:]|\((?=[ \t]*(?:G|grade[ \t]*)?[1-5][ \t]*\)))?[ \t]*(?:G|grade[ \t]*)?"
                              + _CELL_NUMBER + r"(?:[ \t]*\))?(?=[ \t|]|$)", re.I | re.M)
# ... or, under a header whose grade column is the last one, the number that ends the row
# a cell of a table row: "Maximum grade: 3" is labelled by its header (the HTML reader), "3" is not
_CELL_LABEL = re.compile(r"[ \t]*[^:|\t\n]{1,40}:[ \t]*")
# the text of a grade cell: "3", "G3", "Grade 3", "3 (severe)"
_GRADE_CELL = re.compile(r"(?:G|grade[ \t]*)?" + _CELL_NUMBER + r"(?:[ \t]*\([^()]{0,20}\))?", re.I)
# a grade cell listing one grade per event of its row's event cell ("2, 1", "G3/G2", "3 and 1")
_GRADE_LIST = re.compile(r"(?:G|grade[ \t]*)?[1-5](?:[ \t]*(?:,|/|;|and)[ \t]*(?:G|grade[ \t]*)?[1-5])+", re.I)
_GRADE_IN_LIST = re.compile(r"[1-5]")
# a cell with no grade in a table of grades per column: a dash, "0", "none", "n/a" or nothing
_EMPTY_CELL = re.compile(r"[-–—0]?|none|n/?a|nil", re.I)
# an item of an inline graded list ("Toxicities (CTCAE v5): nausea 2, fatigue 1"): the bare grade right after the event,
# then the item's end (a comma, semicolon, 'and', a full stop or the line's end)
_LISTED_GRADE = re.compile(r"[ \t]*(?:[:(][ \t]*)?(?:G|grade[ \t]*)?([1-5])[ \t]*\)?(?=[ \t]*(?:[,;]|and\b|\.(?!\d)|$))", re.I | re.M)
_LIST_END = re.compile(r"\.(?=\s|$)|\n")
_TABLE_ROW_LAST_GRADE = re.compile(r"(?<![\w.,/-])(?:G|grade[ \t]*)?([1-5])[ \t]*\|?[ \t]*$", re.I)


# "grade 2 hypothyroidism": a grade glued to the event after it (or with cause words between, GRADE_CAUSE_WORDS:
# "grade 3 immune-related colitis")
_GLUED_TO_EVENT = re.compile(r"[ \t]*")
# a clause's start inside its sentence: after ";", ":" or a joining "and"/"but" (the last one before the grade)
_CLAUSE_START = re.compile(r"[;:]|\b(?:and|but)\b", re.I)
_CLAUSE_WORD = re.compile(r"[A-Za-z][\w.'’-]*")


def _anaphor_clause(before: str) -> frozenset[str]:
    """The words of the clause right before a grade when every one of them is a word that only points back to an event
    told before (GRADE_ANAPHOR_WORD: "Each of these events was", "Severity was", "the latter"), else an empty set."""
    cut = [m.end() for m in _CLAUSE_START.finditer(before)]
    words = [w.lower().rstrip(".") for w in _CLAUSE_WORD.findall(before[cut[-1] if cut else 0:])]
    return frozenset(words) if words and all(w in GRADE_ANAPHOR_WORDS for w in words) else frozenset()


def _grade_former_or_latter(ents: list[Span], j: int, a: int, sent_of, former: bool) -> None:
    """ "neutropenia and thrombocytopenia developed; the former was grade 4 and the latter grade 3": the grade ``ents[j]``
    is the first (former) or the last (latter) of the two events told last before it, in its sentence or the one before."""
    events = [e for e in ents[:j] if e.label_ == "ADVERSE_EVENT" and (e.start >= a or sent_of(e.start)[1] == a)]
    if len(events) < 2:
        return
    target = events[-2] if former else events[-1]
    if target._.grade is None:
        target._.grade = ents[j]._.grade


def _names_next(ents: list[Span], j: int) -> bool:
    """The grade ``ents[j]`` names the entity right after it ("grade 2 nausea", "a grade 3 invasive carcinoma": at most
    one word between, in the same sentence): a full stop or comma between ends the grade's phrase ("... was grade 3.
    Four months later ...", session 29)."""
    if j + 1 >= len(ents):
        return False
    g, nxt = ents[j], ents[j + 1]
    gap = g.doc[g.end:nxt.start]
    return len(gap) <= 1 and not any(t.is_punct for t in gap) and not nxt[0].is_sent_start


def _opens_next_event(ents: list[Span], j: int) -> bool:
    """The grade ``ents[j]`` stands right before the next adverse event ("grade 2 nausea", at most one word between):
    it is that event's grade, not one stated for an event before it."""
    return _names_next(ents, j) and ents[j + 1].label_ == "ADVERSE_EVENT"


@Language.factory("kg_context", assigns=["doc.ents", "span._.grade", "span._.severity"],
                  requires=["doc.ents", "token.is_sent_start"])
class ContextAttributes:
    """Attach grades/severity to adverse events and short "G2" grades (assertion: kg_assertion)."""

    def __init__(self, nlp: Language, name: str, terms_key: str = "default"):
        self.name = name
        index = get_index(terms_key)
        # virus-named event terms of AE_NAMED_ANAPHOR (a term the term lists lack is skipped)
        self.named_terms = {}
        for _, words in _NAMED_ANAPHORS:
            for label in words.values():
                tid = index.lower_names.get(label.lower())
                info = index.info(tid) if tid else None
                if info is not None and info.type == "adverse_event":
                    self.named_terms[label] = term_attrs(info)

    def __call__(self, doc: Doc) -> Doc:
        ents = list(ents_of(doc))
        if not ents:
            return doc
        if self._named_anaphor_events(doc, ents):
            ents = list(ents_of(doc))
        # "G2 asthenia": the short form counts only right before an adverse event.
        ae_starts = {e.start: e for e in ents if e.label_ == "ADVERSE_EVENT"}
        text = doc_text(doc)
        short = []
        # "diarrhea G2", "diarrhoea (G3)": or right after one, at most an opening bracket or comma between
        ae_ends = {e.end for e in ents if e.label_ == "ADVERSE_EVENT"}
        # "G2 nivolumab-induced hypothyroidism": the drug the event is put down to stands between
        causes = {e.start: e for e in ents if e.label_ in _CAUSE_LABELS}
        for s, e, _, attrs in measures.find_grades(text):
            span = doc.char_span(s, e)
            if span is None or not span.text.startswith(("G", "CTCAE")):
                continue
            before = span.start - 1 if span.start > 0 and doc[span.start - 1].text in _SHORT_AFTER_GAP else span.start
            # "nausea and vomiting (both G2)", "rash, pruritus, all G1": a sharing word after the bracket or comma
            # (GRADE_SHARED then gives the grade to every event of the list, as it does for "(all grade 2)")
            if span.start > 1 and doc[span.start - 1].lower_ in _SHORT_SHARING and doc[span.start - 2].text in _SHORT_AFTER_GAP:
                before = span.start - 2
            cause = causes.get(span.end)
            if span.end in ae_starts or before in ae_ends or any(
                    GRADE_CAUSE_WORDS.fullmatch(text[span.end_char:ae_starts[a].start_char])
                    for a in ae_starts if span.end < a <= span.end + _MAX_NAMED_GAP) or (cause is not None and any(
                    GRADE_CAUSE_GAP.fullmatch(text[cause.end_char:ae_starts[a].start_char])
                    for a in ae_starts if cause.end <= a <= cause.end + _MAX_NAMED_GAP)) or any(
                    self._named_in_bracket(doc, span.end, a) for a in ae_starts if span.end < a <= span.end + _MAX_NAMED_GAP):
                short.append(Cand(span.start, span.end, "GRADE", attrs))
        if short:
            add_entities(doc, short)
            ents = list(ents_of(doc))
        if self._split_two_grades(doc, ents):
            ents = list(ents_of(doc))
        # "the neuropathy progressed to grade 2": a course word (GRADE_GAP) the response recogniser also read stands
        # between the event and its grade, as the course words of other events do ("worsened to grade 3")
        ents = [e for k, e in enumerate(ents) if not (
            e.label_ == "RESPONSE" and e.text.lower() in GRADE_GAP_WORDS and 0 < k < len(ents) - 1
            and ents[k - 1].label_ == "ADVERSE_EVENT" and ents[k + 1].label_ == "GRADE"
            and all(t.lower_ in GRADE_GAP_WORDS for t in doc[ents[k - 1].end:ents[k + 1].start] if not (e.start <= t.i < e.end)))]
        # Sentence of a token by binary search: Span.sent walks the doc and is slow.
        sent_starts = np.flatnonzero(doc.to_array(SENT_START) == 1)
        if not len(sent_starts) or sent_starts[0] != 0:
            sent_starts = np.concatenate([[0], sent_starts])
        sent_ends = np.concatenate([sent_starts[1:], [len(doc)]])

        def sent_of(i: int) -> tuple[int, int]:
            k = int(np.searchsorted(sent_starts, i, side="right")) - 1
            return int(sent_starts[k]), int(sent_ends[k])

        used: set[int] = set()
        for i, ent in enumerate(ents):
            if ent.label_ != "ADVERSE_EVENT":
                continue
            before = set(used)
            grade = self._grade(doc, ents, i, used)
            if grade is not None:
                ent._.grade = self._worsened(doc, ents, i, grade, used)
                self._course_grades(ent, [ents[k] for k in sorted(used - before)])
            for t in doc[max(sent_of(ent.start)[0], ent.start - 2):ent.start]:
                sev = SEVERITY.get(t.lower_)
                if sev:
                    ent._.severity = sev
            # "paronychia was mild": a severity stated of the event after a copula
            # (matched on the text after the event: the row is anchored with '^', which Pattern.match(text, pos)
            # does not take as the start, so a match from pos never succeeded)
            stated = SEVERITY_AFTER.match(text[ent.end_char:ent.end_char + 200]) if ent._.severity is None else None
            if stated:
                ent._.severity = SEVERITY.get(stated.group("severity").lower())
        self._anaphor_severities(doc, ents, text, sent_of)
        self._shared_severities(doc, ents)
        self._shared_grades(doc, ents, used)
        self._second_grades(doc, ents, used, sent_of)
        self._earlier_grades(doc, ents, used)
        # "AST/ALT elevation (ALT 148 U/L, grade 2)": the first of two events joined by a slash
        # shares the second's grade (the slash names one graded finding of two analytes)
        for i in range(len(ents) - 2, -1, -1):
            a, b = ents[i], ents[i + 1]
            if (a.label_ == b.label_ == "ADVERSE_EVENT" and a._.grade is None and b._.grade is not None
                    and doc[a.end:b.start].text == "/"):
                a._.grade = b._.grade
        # ... and the second the first's: "grade 3 AST/ALT increase"
        for i in range(len(ents) - 1):
            a, b = ents[i], ents[i + 1]
            if (a.label_ == b.label_ == "ADVERSE_EVENT" and a._.grade is not None and b._.grade is None
                    and doc[a.end:b.start].text == "/"):
                b._.grade = a._.grade
        # "sensory and motor neuropathy (grade 2)", "aspartate and alanine aminotransferases rose
        # (grade 2)": an event named through another one's head words (kg_adverse_events) has its grade
        at = {(e.start_char, e.end_char): e for e in ents if e.label_ == "ADVERSE_EVENT"}
        for ms, me, hs, he in doc.user_data.get(ELIDED_KEY, ()):
            mod, head = at.get((ms, me)), at.get((hs, he))
            if mod is not None and head is not None and mod._.grade is None and head._.grade is not None:
                mod._.grade = head._.grade
        self._table_grades(doc, ents, text, sent_of)
        self._column_grades(doc, ents, text, sent_of)
        self._respective_grades(doc, ents, text, sent_of)
        self._listed_grades(ents, text)
        self._lead_list_grades(ents, text)
        self._anaphor_grades(doc, ents, text, sent_of)
        self._sole_grades(doc, ents, sent_of, used)
        self._list_subject_grades(doc, ents, sent_of)
        self._improved_grades(doc, ents, text, used)
        self._improved_anaphor_grades(ents, text, sent_of, used)
        self._improved_graded_grades(doc, ents, text, sent_of, used)
        return doc

    def _named_anaphor_events(self, doc: Doc, ents: list[Span]) -> bool:
        """ "CMV DNA became detectable in week six. The reactivation was graded 2.": a grade whose clause restates an
        event by a noun of its own (AE_NAMED_ANAPHOR) grades the event its virus names, the virus told last in the
        sentence before or in the grade's own sentence before the noun: an ungraded event of that term told there takes
        the grade, else the noun becomes that event (with the grade). True when an entity was added."""
        text = doc_text(doc)
        cands = []
        for g in ents:
            if g.label_ != "GRADE" or g._.grade is None:
                continue
            sent = doc[g.start].sent
            before = text[sent.start_char:g.start_char]
            for (rx, antecedent, words) in _ANTECEDENT_RES:
                m = rx.search(before)
                if m is None:
                    continue
                noun_at = sent.start_char + m.start("noun")
                window = doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
                named = [h for h in antecedent.finditer(text, window, noun_at)]
                if not named:
                    continue
                attrs = self.named_terms.get(words[named[-1].group(0).lower()])
                if attrs is None:
                    continue
                told = [e for e in ents if e.label_ == "ADVERSE_EVENT" and window <= e.start_char < noun_at
                        and e._.curie == attrs["curie"]]
                if told:
                    if told[-1]._.grade is None:
                        told[-1]._.grade = g._.grade
                    break
                span = doc.char_span(noun_at, sent.start_char + m.end("noun"), alignment_mode="expand")
                if span is not None:
                    cands.append(Cand(span.start, span.end, "ADVERSE_EVENT", {**attrs, "grade": g._.grade}))
                break
        return bool(cands) and bool(add_entities(doc, cands))

    @staticmethod
    def _course_grades(ent: Span, taken: list[Span]) -> None:
        """ "colitis worsened from grade 1 to grade 3", "diarrhoea (G1 -> G2)": the grade the event took is a range
        that tells its course (GRADE_COURSE, kg/nlp/measures.py ``grades``): the event at both grades, kept in
        ``span._.grades`` (one adverse event per grade, kg/extraction/adverse_events.py; session 35)."""
        course = next((g._.grades for g in taken if g.label_ == "GRADE" and g._.grades), None)
        if course and not ent._.grades:
            ent._.grades = list(course)

    @staticmethod
    def _improved_grades(doc: Doc, ents: list[Span], text: str, used: set[int]) -> None:
        """ "bilateral leg oedema (grade 3); ... after which the oedema settled to grade 1": an ungraded event followed
        by words of its improvement up to a grade (GRADE_IMPROVED, right before the grade) takes that grade when an
        earlier mention of the same term carries a higher one and a dose change stands between them (GRADE_IMPROVED_DOSE):
        the event at a second, lower grade."""
        for i, ent, g in _improvement_pairs(ents, text, used):
            if ent._.grade is not None:
                continue
            # (only after a dose change between the two mentions, GRADE_IMPROVED_DOSE: an event that merely settles keeps
            # its worst grade)
            if any(e.label_ == "ADVERSE_EVENT" and e._.curie == ent._.curie and e._.grade is not None and e._.grade > g._.grade
                   and GRADE_IMPROVED_DOSE.search(text, e.end_char, ent.start_char) for e in ents[:i]):
                ent._.grade = g._.grade
                used.add(i + 1)

    @staticmethod
    def _improved_graded_grades(doc: Doc, ents: list[Span], text: str, sent_of, used: set[int]) -> None:
        """ "Grade 3 hypertension developed; after a dose reduction the grade 3 hypertension came down to grade 2": as
        :meth:`_improved_grades`, the event named again with its own higher grade and followed by words of its
        improvement up to a lower grade (GRADE_IMPROVED, right before the grade); when a dose change
        (GRADE_IMPROVED_DOSE) stands between an earlier mention of the same term and this one, or earlier in this
        mention's sentence, the event is also recorded at the lower grade (``span._.grades``: one entry per grade;
        session 40)."""
        for i, ent, g in _improvement_pairs(ents, text, used):
            if ent._.grade is None or ent._.grade <= g._.grade:
                continue
            a, _ = sent_of(ent.start)
            dosed = GRADE_IMPROVED_DOSE.search(text, doc[a].idx, ent.start_char) or any(
                e.label_ == "ADVERSE_EVENT" and e._.curie == ent._.curie
                and GRADE_IMPROVED_DOSE.search(text, e.end_char, ent.start_char) for e in ents[:i])
            if not dosed:
                continue
            grades = list(ent._.grades or [ent._.grade])
            if g._.grade not in grades:
                ent._.grades = grades + [g._.grade]
            used.add(i + 1)

    @staticmethod
    def _improved_anaphor_grades(ents: list[Span], text: str, sent_of, used: set[int]) -> None:
        """ "Grade 3 hand-foot syndrome ...; the dose was reduced, with improvement to grade 1", "After a dose reduction it
        improved to grade 1": an improvement up to a grade told without naming the event again (GRADE_IMPROVED_ANAPHOR,
        searched on the grade's sentence up to the grade) is of the last adverse event before the grade, in that or the
        previous sentence; when that event carries a higher grade and a dose change stands between it and the grade
        (GRADE_IMPROVED_DOSE), it is also recorded at the lower grade (``span._.grades``: one entry per grade, as
        :meth:`_improved_grades` does for an event named again). An event named again inside the words ("improvement
        of the rash to grade 1") is left to :meth:`_improved_grades`' reading of the same term (session 39)."""
        for j, g in enumerate(ents):
            if g.label_ != "GRADE" or g._.grade is None or j in used or j == 0:
                continue
            a, _ = sent_of(g.start)
            start = ents[0].doc[a].idx
            # (searched on the slice: '^' stands for the sentence's start)
            if GRADE_IMPROVED_ANAPHOR.search(text[start:g.start_char]) is None:
                continue
            k = j - 1
            while k >= 0 and ents[k].label_ != "ADVERSE_EVENT":
                k -= 1
            if k < 0:
                continue
            e = ents[k]
            if e._.grade is None:
                # "with improvement of the rash to grade 1": the term named again; its earlier graded mention
                earlier = [x for x in ents[:k] if x.label_ == "ADVERSE_EVENT" and x._.curie == e._.curie
                           and x._.grade is not None and x._.grade > g._.grade
                           and GRADE_IMPROVED_DOSE.search(text, x.end_char, g.start_char)]
                if earlier and e.start_char >= start:
                    e._.grade = g._.grade
                    used.add(j)
                continue
            # (the dose change may stand before an ungraded restatement that shared the first mention's grade: "grade 3
            # rash; the dose was reduced, with improvement of the rash to grade 1")
            first = next((x for x in ents[:k + 1] if x.label_ == "ADVERSE_EVENT" and x._.curie == e._.curie
                          and (x.start >= a or sent_of(x.start)[1] == a)), None)
            # (none when the event stands before the previous sentence: too far to be the pronoun's)
            if first is None or e._.grade <= g._.grade or (e.start < a and sent_of(e.start)[1] != a) \
                    or not GRADE_IMPROVED_DOSE.search(text, first.end_char, g.start_char):
                continue
            grades = list(e._.grades or [e._.grade])
            if g._.grade not in grades:
                e._.grades = grades + [g._.grade]
            used.add(j)

    @staticmethod
    def _sole_grades(doc: Doc, ents: list[Span], sent_of, used: set[int]) -> None:
        """ "diarrhoea remained at grade 1", "hypertension appeared in week 3 and peaked at grade 3 despite amlodipine",
        "periorbital oedema was noted at month two, classified by her oncologist as grade 1" (session 27): after every
        other step, an event still ungraded takes the first grade after it in its sentence when that grade is no other
        step's, stands at most ``_MAX_SOLE`` tokens on, and only words stand between: no other event, grade, response or
        tumour, no semicolon, colon or line break; the grade names no entity right after it ("grade 3 neutropenia",
        "a grade 3 carcinoma"), no word of GRADE_SOLE_STOP stands between ("stayed below grade 2", "not exceeding
        grade 2") and none of GRADE_SOLE_RATE just after the grade ("grade 3 in 4% of patients"); not when the event's
        bracket closes before the grade ("toxicity (diarrhoea since May) grade 3") nor in a sentence that grades the
        whole toxicity (AE_WHOLE_GRADE: "The toxicity was grade III")."""
        taken = set(used)
        for i, ent in enumerate(ents):
            if ent.label_ != "ADVERSE_EVENT" or ent._.grade is not None or i + 1 >= len(ents):
                continue
            j = i + 1
            while j < len(ents) and ents[j].label_ not in _OWN_GRADE_LABELS:
                j += 1
            if j >= len(ents) or ents[j].label_ != "GRADE" or j in taken or ents[j]._.grade is None:
                continue
            g = ents[j]
            a, b = sent_of(ent.start)
            if g.start >= b or g.start - ent.end > _MAX_SOLE:
                continue
            if _names_next(ents, j):
                continue  # "grade 3 neutropenia", "a grade 3 invasive carcinoma": the grade names what follows
            between = doc[ent.end:g.start]
            # ("diarrhoea since May) grade 3": the event's bracket closes before the grade, which is another's)
            if any(t.text in ";:" or "\n" in t.text or t.lower_ in GRADE_SOLE_STOP for t in between) \
                    or (")" in [t.text for t in between] and "(" not in [t.text for t in between]) \
                    or AE_WHOLE_GRADE.search(doc[a:b].text) \
                    or any(t.lower_ in GRADE_SOLE_RATE for t in doc[g.end:min(b, g.end + _SOLE_AFTER)]):
                continue
            ent._.grade = g._.grade
            ContextAttributes._course_grades(ent, [g])
            taken.add(j)

    @staticmethod
    def _list_subject_grades(doc: Doc, ents: list[Span], sent_of) -> None:
        """After every binding step: an event graded by the grade after it in its sentence (only words, no other event,
        grade, response or tumour and no semicolon or colon between) shares that grade with the ungraded events of the
        list it ends when the list is the grade's subject (:meth:`_share_with_list`)."""
        for i, ent in enumerate(ents):
            if ent.label_ != "ADVERSE_EVENT" or ent._.grade is None or i == 0:
                continue
            j = i + 1
            while j < len(ents) and ents[j].label_ not in _OWN_GRADE_LABELS:
                j += 1
            if j >= len(ents) or ents[j].label_ != "GRADE" or ents[j]._.grade != ent._.grade:
                continue
            g = ents[j]
            between = doc[ent.end:g.start]
            if g.start >= sent_of(ent.start)[1] or len(between) > _MAX_SOLE or any(t.text in ";:" for t in between):
                continue
            ContextAttributes._share_with_list(doc, ents, i, between)

    @staticmethod
    def _share_with_list(doc: Doc, ents: list[Span], i: int, between: Span) -> None:
        """ "nausea and vomiting were grade 2", "neutropenia and thrombocytopenia during cycles 2-4 were both grade 3",
        "Both fatigue and anorexia were grade 2", "fatigue and anorexia reached grade 2": the list that event ``i`` ends
        is the subject of the grade after it (a plural copula or a sharing word, GRADE_SHARED_LATE; 'both' before the
        list; or only GRADE_GAP words between), so every ungraded event of the list (LIST_GAP) takes ``i``'s grade
        (session 29)."""
        k = i
        while k > 0 and ents[k - 1].label_ == "ADVERSE_EVENT" and ents[k - 1]._.grade is None \
                and _listed(doc, ents[k - 1], ents[k]):
            k -= 1
        if k == i:
            return
        led = ents[k].start > 0 and doc[ents[k].start - 1].lower_ == "both"
        verb = len(between) > 0 and all(t.lower_ in GRADE_GAP_WORDS for t in between)
        if led or verb or GRADE_SHARED_LATE.search(between.text):
            for e in ents[k:i]:
                e._.grade = ents[i]._.grade

    @staticmethod
    def _listed_grades(ents: list[Span], text: str) -> None:
        """ "Toxicities (CTCAE v5): nausea 2, fatigue 1", "Side effects by grade - hypertension 3; proteinuria 2": after
        the lead of an inline list that names its grading (AE_LIST_GRADED_LEAD), up to the sentence's or line's end,
        each ungraded event followed by a bare number 1-5 that ends its item takes that number as its grade (session 29)."""
        if ":" not in text and " - " not in text and "–" not in text:
            return
        events = [e for e in ents if e.label_ == "ADVERSE_EVENT"]
        for lead in AE_LIST_GRADED_LEAD.finditer(text):
            end = _LIST_END.search(text, lead.end())
            stop = end.start() if end is not None else len(text)
            for e in events:
                if lead.end() <= e.start_char and e.end_char <= stop and e._.grade is None:
                    hit = _LISTED_GRADE.match(text, e.end_char)
                    if hit is not None:
                        e._.grade = int(hit.group(1))

    @staticmethod
    def _anaphor_severities(doc: Doc, ents: list[Span], text: str, sent_of) -> None:
        """ "... developed blurred vision. In view of the mild grade of the adverse event, ...": a severity told of
        "the adverse event" (AE_SEVERITY_ANAPHOR) is the severity of the last event before it, in that or the
        previous sentence, when it has neither a grade nor a severity of its own (session 31)."""
        events = [e for e in ents if e.label_ == "ADVERSE_EVENT"]
        for hit in AE_SEVERITY_ANAPHOR.finditer(text):
            before = [e for e in events if e.end_char <= hit.start()]
            if not before:
                continue
            last = before[-1]
            span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if span is None:
                continue
            a = sent_of(span.start)[0]
            if last._.grade is None and not last._.severity and (last.start >= a or sent_of(last.start)[1] == a):
                last._.severity = SEVERITY.get(hit.group("severity").lower())

    @staticmethod
    def _lead_list_grades(ents: list[Span], text: str) -> None:
        """ "Grade 3 toxicities were: neutropenia; anaemia; fatigue", "The following grade 4 events occurred in cycle
        1:\n- neutropenia\n- thrombocytopenia": a grade that leads a colon's list (GRADE_LIST_LEAD, right after the
        grade up to the colon) is the grade of each ungraded event of the list after the colon, its items set apart by
        separators, line breaks or bullets only (GRADE_LIST_ITEM_GAP); any other word ends the list (session 31). The
        lead may end in "including" or "such as" instead of a colon ("Grade 2 adverse events occurred in cycle 2,
        including fatigue and diarrhoea"; session 40)."""
        for k, g in enumerate(ents):
            # (the row is anchored at the grade's end: it is matched on the text cut there)
            lead = GRADE_LIST_LEAD.match(text[g.end_char:g.end_char + 120]) \
                if g.label_ == "GRADE" and g._.grade is not None else None
            if lead is None:
                continue
            item_from = g.end_char + lead.end()
            for e in ents[k + 1:]:
                if e.start_char < item_from:  # the lead's own words ("... of crizotinib were:")
                    continue
                if e.label_ != "ADVERSE_EVENT" or not GRADE_LIST_ITEM_GAP.fullmatch(text[item_from:e.start_char]):
                    break
                if e._.grade is None:
                    e._.grade = g._.grade
                item_from = e.end_char

    @staticmethod
    def _anaphor_grades(doc: Doc, ents: list[Span], text: str, sent_of) -> None:
        """ "She noticed a rash over the back. It was grade 2.", "diarrhoea began; this was graded as grade 2": a
        grade that a pronoun (or "the event") is stated to be of (GRADE_ANAPHOR, on the text from the sentence's
        start to the grade) grades the last adverse event before it, when that event has no grade, stands in the same
        or the previous sentence, and no other grade, event, response or tumour stands between (a drug or a date may)."""
        for j, g in enumerate(ents):
            if g.label_ != "GRADE" or g._.grade is None or j == 0:
                continue
            a, _ = sent_of(g.start)
            start = doc[a].idx
            if AE_WHOLE_GRADE.search(text[start:doc[sent_of(g.start)[1] - 1].idx + 1]):
                continue
            before = text[start:g.start_char]
            # "Both were grade 2": every ungraded event of the run before it (session 24)
            every = GRADE_ANAPHOR_ALL.search(before) is not None
            words = _anaphor_clause(before)
            if words and {"former", "latter"} & words:
                _grade_former_or_latter(ents, j, a, sent_of, "former" in words)
                continue
            if not every and GRADE_ANAPHOR.search(before) is None and not (
                    GRADE_ANAPHOR_OPEN.search(before) and GRADE_ANAPHOR_AFTER.match(text, g.end_char)) \
                    and not words:
                continue
            every = every or bool(words and words & GRADE_ANAPHOR_PLURAL)
            # the last event, grade, response or tumour before it ("Paronychia appeared after two months of
            # osimertinib. It was grade 2.": a drug or date named after the event does not stand between)
            k = j - 1
            while k > 0 and ents[k].label_ not in _OWN_GRADE_LABELS:
                k -= 1
            prev = ents[k]
            if prev.label_ != "ADVERSE_EVENT" or prev._.grade is not None:
                continue
            if prev.start < a and sent_of(prev.start)[1] != a:
                continue  # not the sentence right before
            if _opens_next_event(ents, j):
                continue  # "It was grade 2 rash": the grade is the next event's
            prev._.grade = g._.grade
            # ("painful knees and a photosensitive rash ...; both were grade 2": an article may open the next item)
            while every and k > 0 and ents[k - 1].label_ == "ADVERSE_EVENT" and ents[k - 1]._.grade is None \
                    and (ents[k - 1].start >= a or sent_of(ents[k - 1].start)[1] == a) \
                    and LIST_GAP.fullmatch(_ITEM_ARTICLE.sub("", _ITEM_ASIDE.sub("", doc[ents[k - 1].end:ents[k].start].text))):
                k -= 1
                ents[k]._.grade = g._.grade

    @staticmethod
    def _respective_grades(doc: Doc, ents: list[Span], text: str, sent_of) -> None:
        """ "anaemia and thrombocytopenia (grade 2 and 3, respectively)", "grade 3 and 1 neutropenia and nausea,
        respectively": a list of grades with 'respectively' after it (GRADE_RESPECTIVELY) gives its grades in order
        to as many events of its sentence: the last ones before the list when only a bracket or comma stands
        between the list and 'respectively', else the ones between the list and 'respectively'."""
        if "respectively" not in text:
            return
        events = [e for e in ents if e.label_ == "ADVERSE_EVENT"]
        for hit in GRADE_RESPECTIVELY.finditer(text):
            grades = respective_grades(hit)
            first = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
            if len(grades) < 2 or first is None:
                continue
            a, b = sent_of(first.start)
            if respective_before(hit):
                paired = [e for e in events if a <= e.start and e.end_char <= hit.start()][-len(grades):]
                # "She had neutropenia and elevated ALT. These were grade 3 and grade 2, respectively.": the list opens
                # with the events' anaphor (GRADE_ANAPHOR_ALL), so it pairs with the previous sentence's events (session 24)
                if not paired and a > 0 and GRADE_ANAPHOR_ALL.search(text[doc[a].idx:hit.start()]):
                    pa, _ = sent_of(a - 1)
                    paired = [e for e in events if pa <= e.start and e.end <= a][-len(grades):]
            else:
                paired = [e for e in events if hit.end("list") <= e.start_char and e.end <= b
                          and e.end_char <= hit.end()]
            if len(paired) != len(grades):
                continue
            for e, g in zip(paired, grades):
                e._.grade = g

    def _split_two_grades(self, doc: Doc, ents: list[Span]) -> bool:
        """ "facial oedema grade 1 and grade 2 (moderate) diarrhoea", "rash grade 2 and grade 3
        neutropenia", "anaemia, grade 3 and grade 1 myalgia", "ascites of grade 2 and grade 3 anaemia": two
        grades, each with its own word "grade", between two events are one grade after the first event and one
        before the second, not one range ("grade 3 and grade 4 neutropenia", with no event right before it,
        stays a range)."""
        cands, drop = [], set()
        for i in range(1, len(ents) - 1):
            g, prev, nxt = ents[i], ents[i - 1], ents[i + 1]
            if g.label_ != "GRADE" or prev.label_ != "ADVERSE_EVENT" or nxt.label_ != "ADVERSE_EVENT" \
                    or doc[prev.end:g.start].text.lower() not in ("", ",", "–", "—", "-", "of") \
                    or not self._gap_ok(doc, g.end, nxt.start):
                continue
            joint = next((t.i for t in g if t.lower_ in ("and", ",")), None)
            # each part opens with a grade word, the same or its shorthand ("low mood gr 2 and grade 3 anaemia")
            if joint is None or joint == g.start or not (doc[joint + 1].lower_ == doc[g.start].lower_ or (
                    doc[joint + 1].lower_ in _GRADE_WORDS and doc[g.start].lower_ in _GRADE_WORDS)):
                continue
            # the second grade may go on as a range after the span ("mouth sores – grade 1 and grade 2-3 nausea")
            rest = doc_text(doc)[doc[joint + 1].idx:nxt.start_char]
            whole = next(iter(measures.find_grades(rest)), None)
            tail = doc.char_span(doc[joint + 1].idx, doc[joint + 1].idx + whole[1], alignment_mode="expand") \
                if whole is not None and whole[0] == 0 else None
            end = tail.end if tail is not None and tail.end <= nxt.start else g.end
            parts = [(g.start, joint), (joint + 1, end)]
            grades = [next(iter(measures.find_grades(doc[a:b].text)), None) for a, b in parts]
            if any(x is None or x[1] - x[0] != len(doc[a:b].text) for x, (a, b) in zip(grades, parts)):
                continue
            drop.add((g.start, g.end))
            cands += [Cand(a, b, "GRADE", x[3]) for x, (a, b) in zip(grades, parts)]
        if not cands:
            return False
        set_ents(doc, [e for e in ents_of(doc) if (e.start, e.end) not in drop])
        add_entities(doc, cands)
        return True

    @staticmethod
    def _shared_severities(doc: Doc, ents: list[Span]) -> None:
        """ "mild constipation and myalgia", "moderate nausea, vomiting and anorexia": a severity word before the
        first event of a list (joined as LIST_GAP says) sizes each later event of the list that has neither a grade
        nor a severity word of its own; the list ends at an event that has one ("moderate hand-foot syndrome and
        mild diarrhoea") or at any other entity, and only a list that is one subject (a plural predicate after it,
        SEVERITY_SHARED_AFTER) shares the word (session 32)."""
        for i, ent in enumerate(ents):
            if ent.label_ != "ADVERSE_EVENT" or not ent._.severity or ent._.grade is not None:
                continue
            if i > 0 and ents[i - 1].label_ == "ADVERSE_EVENT" and _listed(doc, ents[i - 1], ent):
                continue  # not the list's first event: its severity word is its own
            items = []
            for nxt, prev in zip(ents[i + 1:], ents[i:]):
                if (nxt.label_ != "ADVERSE_EVENT" or nxt._.grade is not None or nxt._.severity
                        or not _listed(doc, prev, nxt)):
                    break
                items.append(nxt)
            # only a list that is one subject shares the word ("... were managed conservatively", SEVERITY_SHARED_AFTER)
            if items and SEVERITY_SHARED_AFTER.match(_ITEM_ASIDE.sub("", doc_text(doc)[items[-1].end_char:items[-1].end_char + 80])):
                for e in items:
                    e._.severity = ent._.severity

    @staticmethod
    def _second_grades(doc: Doc, ents: list[Span], used: set[int], sent_of) -> None:
        """ "ALT increased to grade 1 in 2014 and to grade 2 in 2015", "diarrhoea was grade 2 during the first month
        and grade 1 thereafter": a second grade right after the event's own grade, joined to it by a time phrase and a
        coordinator only (GRADE_SECOND_GAP), in the same sentence and naming no next event, is the same event at a
        second grade: both are kept in ``span._.grades`` (extraction makes one entry per grade, the gold's convention
        4; session 32)."""
        text = doc_text(doc)

        def next_of(j: int) -> int:
            j += 1
            while j < len(ents) and ents[j].label_ in ("DATE", "DURATION"):
                j += 1
            return j

        for i, ent in enumerate(ents):
            if ent.label_ != "ADVERSE_EVENT" or ent._.grade is None or ent._.grades:
                continue
            j = next_of(i)
            if j >= len(ents) or ents[j].label_ != "GRADE" or ents[j]._.grade != ent._.grade:
                continue
            k = next_of(j)
            if k >= len(ents) or ents[k].label_ != "GRADE" or k in used or ents[k]._.grade in (None, ent._.grade):
                continue
            if sent_of(ents[k].start)[0] != sent_of(ent.start)[0] or _opens_next_event(ents, k):
                continue
            if GRADE_SECOND_GAP.fullmatch(text[ents[j].end_char:ents[k].start_char]):
                used.add(k)
                ent._.grades = [ent._.grade, ents[k]._.grade]
        # "grade 2 fatigue, later grade 3", "grade 2 rash; it became grade 3 a month later": the event graded by the
        # grade written right before it, then a higher grade after it told as later or reached (GRADE_LATER_GAP,
        # session 35)
        for i, ent in enumerate(ents):
            if ent.label_ != "ADVERSE_EVENT" or ent._.grade is None or ent._.grades or i == 0:
                continue
            own = ents[i - 1]
            if own.label_ != "GRADE" or own._.grade != ent._.grade or text[own.end_char:ent.start_char].strip():
                continue
            k = i + 1  # (past a drug or a time named before the later grade: "grade 2 rash on afatinib; it became grade 3")
            while k < len(ents) and ents[k].label_ in ("DATE", "DURATION", "DRUG", "DRUG_CLASS"):
                k += 1
            if k >= len(ents) or ents[k].label_ != "GRADE" or k in used or ents[k]._.grade is None \
                    or ents[k]._.grade <= ent._.grade:
                continue
            if sent_of(ents[k].start)[0] != sent_of(ent.start)[0] or _opens_next_event(ents, k):
                continue
            if GRADE_LATER_GAP.fullmatch(text[ent.end_char:ents[k].start_char]):
                used.add(k)
                ent._.grades = [ent._.grade, ents[k]._.grade]

    @staticmethod
    def _earlier_grades(doc: Doc, ents: list[Span], used: set[int]) -> None:
        """ "grade 2 and later grade 3 diarrhoea", "grade 1, then grade 2 nausea": the grade right before the event is
        its own, and a grade right before that one, joined to it by words that tell the second as later
        (GRADE_EARLIER_GAP) and given to no other event, is the same event at an earlier grade: both are kept in
        ``span._.grades`` (one entry per grade, the gold's convention 4; session 34)."""
        text = doc_text(doc)
        for i in range(2, len(ents)):
            ent, own, earlier = ents[i], ents[i - 1], ents[i - 2]
            if ent.label_ != "ADVERSE_EVENT" or ent._.grade is None or ent._.grades \
                    or own.label_ != "GRADE" or earlier.label_ != "GRADE" or own._.grade != ent._.grade \
                    or own.end != ent.start or i - 2 in used or earlier._.grade in (None, ent._.grade):
                continue
            if GRADE_EARLIER_GAP.fullmatch(text[earlier.end_char:own.start_char]):
                used.add(i - 2)
                ent._.grades = [earlier._.grade, ent._.grade]

    @staticmethod
    def _shared_grades(doc: Doc, ents: list[Span], used: set[int]) -> None:
        """ "neutropenia and thrombocytopenia (both grade 3)", "nausea, vomiting and diarrhoea, all
        grade 1": a grade right after a list of two or more events, led by "both"/"all" (GRADE_SHARED),
        is the grade of each ungraded event of the list (joined as LIST_GAP says); so is a bracketed
        grade right after two events joined by "and"."""
        for j, g in enumerate(ents):
            if g.label_ != "GRADE" or g._.grade is None or j == 0:
                continue
            k = j - 1
            if ents[k].label_ != "ADVERSE_EVENT":
                continue
            # "nausea and vomiting (grade 2)": two events joined by "and", the grade alone in the
            # bracket right after them, share it too (a longer list keeps it for its last event:
            # "headache, fatigue and hyponatraemia (grade 3)")
            # ("nausea and vomiting, grade 2, ...": the grade set off by a comma after the pair, and closing it, shares
            # it as the bracket does, session 37; glued to the last event, "alopecia and nausea grade 2", it stays that
            # event's own)
            pair = ((doc[ents[k].end:g.start].text == "(" and g.end < len(doc) and doc[g.end].text == ")")
                    or (doc[ents[k].end:g.start].text == "," and _closes_pair(doc, ents, j)))
            pair = (pair
                    and k > 0 and ents[k - 1].label_ == "ADVERSE_EVENT"
                    and doc[ents[k - 1].end:ents[k].start].text == "and"
                    and (k < 2 or ents[k - 2].label_ != "ADVERSE_EVENT"
                         or not LIST_GAP.fullmatch(doc[ents[k - 2].end:ents[k - 1].start].text)))
            opener = _ITEM_ASIDE.sub("", doc[ents[k].end:g.start].text).strip()  # past the last item's own aside
            # ... or "anorexia and fatigue, grade 2 for both", "(grade 3 each)": the sharing word after the
            # grade (the grade already went to the list's last event, which it grades too)
            after = opener in {"", ",", "(", ":"} and GRADE_SHARED_AFTER.match(doc_text(doc), g.end_char) is not None
            both = after or GRADE_SHARED.fullmatch(opener) is not None
            if not pair and ((j in used and not after) or not both):
                continue
            group = [ents[k]]
            while k > 0 and ents[k - 1].label_ == "ADVERSE_EVENT" and _listed(doc, ents[k - 1], ents[k]):
                k -= 1
                group.append(ents[k])
            if len(group) < 2:
                continue
            used.add(j)
            for e in group:
                # "mild dysgeusia and rash (grade 2)": an event sized by its own severity word keeps
                # that (a list led by "both"/"all" grades each of its events still)
                if e._.grade is None and not (not both and e is not group[0] and e._.severity):
                    e._.grade = g._.grade

    @staticmethod
    def _table_grades(doc: Doc, ents: list[Span], text: str, sent_of) -> None:
        """ "Adverse event Worst grade Onset (week)" / "Hypertension 3 4" / "Pneumonitis 2 10": below
        a header line whose grade column follows the event column, each line that opens with an adverse
        event and a number 1-5 gives that event its grade; the table ends at the first line that does
        not. The sentences holding graded rows are recorded (``kg_ae_table``)."""
        if "grade" not in text.lower():
            return
        by_start = {e.start_char: e for e in ents if e.label_ == "ADVERSE_EVENT"}
        sentences: dict[int, Span] = {}
        pos, in_table, last = 0, False, False
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            if AE_TABLE_GRADE_HEADER.search(line) or AE_TABLE_GRADE_LAST.search(line):
                in_table, last = True, not AE_TABLE_GRADE_HEADER.search(line)
                continue
            if not in_table:
                continue
            lead = len(line) - len(line.lstrip())
            ent = by_start.get(start + lead)
            hit = None
            if ent is not None and ent.end_char <= start + len(line):
                if last:  # the row's last number, with no other event between
                    tail = _TABLE_ROW_LAST_GRADE.search(line, ent.end_char - start)
                    hit = tail if tail is not None and not any(
                        e is not ent and ent.end_char <= e.start_char < start + tail.start() for e in by_start.values()) else None
                else:
                    hit = _TABLE_ROW_GRADE.match(text, ent.end_char)
            if hit is None:
                in_table = False
                continue
            if ent._.grade is None:
                ent._.grade = measures.grade_number(hit.group(1))
            a, b = sent_of(ent.start)
            sentences.setdefault(a, Span(doc, a, b, label="ae_table"))
        if sentences:
            doc.spans[AE_TABLE_KEY] = list(sentences.values())

    @staticmethod
    def _column_grades(doc: Doc, ents: list[Span], text: str, sent_of) -> None:
        """ "Event | Onset | Maximum grade | Action" / "Hypercholesterolaemia | Week 2 | 3 | Statin" (or cells labelled by
        their header, "Event: Rash | Onset: Week 2 | Maximum grade: 3", as the HTML reader writes them): below a header
        line whose cells name an event column and a grade column (AE_TABLE_EVENT_COLUMN, AE_TABLE_GRADE_COLUMN, each a
        whole cell, in any places, one of them the first), each row of as many cells gives the first event of its event cell the number of its
        grade cell; the table ends at the first line of another shape. The rows' sentences are recorded as
        ``_table_grades`` records its own (``kg_ae_table``)."""
        if "|" not in text and "\t" not in text:
            return
        events = [e for e in ents if e.label_ == "ADVERSE_EVENT"]
        sentences: dict[int, Span] = {}
        pos, columns = 0, None
        for line in text.split("\n"):
            start, pos = pos, pos + len(line) + 1
            sep = "|" if "|" in line else "\t" if "\t" in line else None
            if sep is None:
                columns = None
                continue
            cells, labels, at = [], [], start
            for cell in line.split(sep):
                label = _CELL_LABEL.match(cell)
                lead = label.end() if label else len(cell) - len(cell.lstrip())
                cells.append((cell[lead:].strip(), at + lead))
                labels.append(label.group().strip().rstrip(":").strip() if label else "")
                if label:
                    ContextAttributes._grade_event_label(events, labels[-1], at + cell.find(labels[-1]), cells[-1][0])
                at += len(cell) + 1
            if columns is None and ContextAttributes._labelled_row_grades(events, cells, labels):
                continue
            if columns is not None and len(cells) == columns[2]:
                value, _ = cells[columns[1]]
                cell_text, cell_start = cells[columns[0]]
                grade = _GRADE_CELL.fullmatch(value)
                ent = next((e for e in events if cell_start <= e.start_char and e.end_char <= cell_start + len(cell_text)), None)
                if grade is not None and ent is not None:
                    if ent._.grade is None:
                        ent._.grade = measures.grade_number(grade.group(1))
                    a, b = sent_of(ent.start)
                    sentences.setdefault(a, Span(doc, a, b, label="ae_table"))
                continue
            names = [c for c, _ in cells]
            ei = next((k for k, c in enumerate(names) if AE_TABLE_EVENT_COLUMN.fullmatch(c)), None)
            gi = next((k for k, c in enumerate(names) if AE_TABLE_GRADE_COLUMN.fullmatch(c)), None)
            # an adverse-event table opens with its event or grade column (a literature table of studies, a timeline of
            # dates, names other things first)
            columns = (ei, gi, len(cells)) if ei is not None and gi is not None and ei != gi and 0 in (ei, gi) else None
        if sentences:
            known = {(s.start, s.end) for s in doc.spans[AE_TABLE_KEY]} if AE_TABLE_KEY in doc.spans else set()
            doc.spans[AE_TABLE_KEY] = list(doc.spans[AE_TABLE_KEY] if AE_TABLE_KEY in doc.spans else []) + [
                s for s in sentences.values() if (s.start, s.end) not in known]

    @staticmethod
    def _labelled_row_grades(events: list[Span], cells: list[tuple[str, int]], labels: list[str]) -> bool:
        """A row whose cells carry their column's name ("Line: 2 | Regimen: docetaxel | Toxicity: Neutropenia |
        Grade: 3", as kg.readers.headings.course_lines writes a course table's rows, whose header line is not kept):
        the labels name the event and grade columns, so the row grades the events of its event cell by itself, the
        first event by a single grade ("Grade: 3"), each event in turn by as many grades ("Toxicity: Rash, diarrhoea |
        Grade: 2, 1"). True when the row has both labelled columns."""
        ei = next((k for k, c in enumerate(labels) if c and AE_TABLE_EVENT_COLUMN.fullmatch(c)), None)
        gi = next((k for k, c in enumerate(labels) if c and AE_TABLE_GRADE_COLUMN.fullmatch(c)), None)
        if ei is not None and gi is None:
            return ContextAttributes._grades_per_column(events, cells, labels, ei)
        if ei is None or gi is None or ei == gi:
            return False
        cell_text, cell_start = cells[ei]
        named = [e for e in events if cell_start <= e.start_char and e.end_char <= cell_start + len(cell_text)]
        value = cells[gi][0]
        one = _GRADE_CELL.fullmatch(value)
        grades = [int(g) for g in _GRADE_IN_LIST.findall(value)] if _GRADE_LIST.fullmatch(value) else []
        pairs = [(named[0], measures.grade_number(one.group(1)))] if one is not None and named else (
            list(zip(named, grades)) if named and len(grades) == len(named) else [])
        # (the row stays a row of the course, not of an adverse-event table: its drugs and responses are the line's)
        for ent, grade in pairs:
            if ent._.grade is None:
                ent._.grade = grade
        return True

    @staticmethod
    def _grade_event_label(events: list[Span], label: str, label_start: int, value: str) -> None:
        """ "Line: Pembrolizumab | Pyrexia: - | Colitis: 3": a table with one column per event (its rows regimens or
        cycles, the HTML reader's cell labels) grades the event that is a cell's whole label by the cell's grade
        (session 31)."""
        grade = _GRADE_CELL.fullmatch(value)
        ent = next((e for e in events if e.start_char == label_start and e.end_char == label_start + len(label)), None)
        if grade is not None and ent is not None and ent._.grade is None:
            ent._.grade = measures.grade_number(grade.group(1))

    @staticmethod
    def _grades_per_column(events: list[Span], cells: list[tuple[str, int]], labels: list[str], ei: int) -> bool:
        """ "Adverse event: Diarrhoea | FOLFOX: 1 | FOLFIRI + bevacizumab: 3" (a table of the worst grade per regimen,
        drug or cycle, its header the HTML reader's cell labels): when every other cell of the row is a grade or
        empty ("-") under a label that names no time, count or action (AE_NOT_GRADE_COLUMN), the event of the event
        cell has a grade per column: the first is its grade, and every distinct grade is kept in ``span._.grades``
        (one adverse event per grade, kg/extraction/adverse_events.py; session 31). True when the row is one.
        A column AE_NOT_GRADE_COLUMN names ("Action: Sevelamer; dose reduced", "Onset (week): 3") is read past, so
        "Event: Stomatitis | Pemigatinib: Grade 2 | Futibatinib: Grade 1 | Action: interrupted" grades the event by
        each drug column (session 35); every other column must carry a label."""
        others = [k for k in range(len(cells)) if k != ei]
        if not others or any(not labels[k] for k in others):
            return False
        others = [k for k in others if not AE_NOT_GRADE_COLUMN.search(labels[k])]
        if not others:
            return False
        values = [cells[k][0] for k in others]
        if not all(_GRADE_CELL.fullmatch(v) or _EMPTY_CELL.fullmatch(v) for v in values):
            return False
        grades = list(dict.fromkeys(measures.grade_number(m.group(1)) for v in values for m in [_GRADE_CELL.fullmatch(v)] if m))
        cell_text, cell_start = cells[ei]
        named = [e for e in events if cell_start <= e.start_char and e.end_char <= cell_start + len(cell_text)]
        if not grades or not named:
            return False
        if named[0]._.grade is None:
            named[0]._.grade = grades[0]
            if len(grades) > 1:
                named[0]._.grades = grades
        return True

    @staticmethod
    def _gap_ok(doc: Doc, a: int, b: int) -> bool:
        gap = doc[a:b]
        if b - a <= 2:
            return not any(t.lower_ in _GAP_STOP for t in gap)
        # "grade 3 (severe) diarrhea", "grade 2 (CTCAE v5.0) rash": a bracketed aside
        return (b - a <= _MAX_ASIDE and gap[0].text == "(" and gap[-1].text == ")"
                and not any(t.lower_ in _GAP_STOP or t.text in "()" for t in gap[1:-1]))

    def _grade(self, doc: Doc, ents: list[Span], i: int, used: set[int]) -> int | None:
        ent = ents[i]
        text = doc_text(doc)

        def on_its_line(k: int) -> bool:
            # a grade before the event is the event's only on the event's own line: the line above is
            # another row of a table or list ("Pneumonitis <tab> G4 <tab> gemcitabine" / "Rash <tab> Grade 1")
            return "\n" not in text[ents[k].end_char:ent.start_char]

        if i > 0 and ents[i - 1].label_ == "GRADE" and on_its_line(i - 1) and (
                self._gap_ok(doc, ents[i - 1].end, ent.start)
                or GRADE_CAUSE_WORDS.fullmatch(doc_text(doc)[ents[i - 1].end_char:ent.start_char])
                or GRADE_GENERIC_NOUN.fullmatch(doc_text(doc)[ents[i - 1].end_char:ent.start_char])) \
                and not self._opens_aside_of_graded(doc, ents, i):
            used.add(i - 1)
            return ents[i - 1]._.grade
        # "grade 2 ifosfamide-related encephalopathy": the grade before the drug the event is put down to;
        # "grade 2 radiation proctitis": ... or before the procedure that names the event's kind
        if i > 1 and ents[i - 2].label_ == "GRADE" and on_its_line(i - 2) and self._gap_ok(doc, ents[i - 2].end, ents[i - 1].start) and (
                (ents[i - 1].label_ in _CAUSE_LABELS and GRADE_CAUSE_GAP.fullmatch(doc[ents[i - 1].end:ent.start].text))
                or (ents[i - 1].label_ == "PROCEDURE" and ents[i - 1].end == ent.start and len(ents[i - 1]) == 1)):
            used.add(i - 2)
            return ents[i - 2]._.grade
        if i + 1 < len(ents) and ents[i + 1].label_ == "GRADE" and i + 1 not in used:
            nxt = ents[i + 2] if i + 2 < len(ents) else None
            # "nausea, grade 2 fatigue": a grade right before the next event is that event's; so is it
            # in the aside of a class of events ("hematological toxicity (grade 4 neutropenia)": a
            # toxicity with no term), while a syndrome's aside grades the syndrome by its manifestation
            # ("febrile neutropenia (grade 4 neutropenia, 39.2 °C)")
            # "radiation dermatitis of the neck reached grade 2": the site the event is named on
            # stands before the grade words (GRADE_SITE)
            after = ent.end
            site = GRADE_SITE.match(doc_text(doc), ent.end_char, ents[i + 1].start_char)
            if site:
                after = next((t.i for t in doc[ent.end:ents[i + 1].start] if t.idx >= site.end()), ents[i + 1].start)
            if (nxt is not None and nxt.label_ == "ADVERSE_EVENT" and self._gap_ok(doc, ents[i + 1].end, nxt.start)
                    and (_COMMA_GAP.fullmatch(doc[after:ents[i + 1].start].text) or ent._.curie is None
                         # "rash developed, grade 3 neutropenia": a grade set off by a comma right before the next event
                         or (after < ents[i + 1].start and doc[ents[i + 1].start - 1].text == ","))
                    # "• diarrhoea, G2" / "• hand-foot skin reaction, G3": a line break ends the grade's event (session 24)
                    and "\n" not in text[ents[i + 1].end_char:nxt.start_char]):
                return None
            # "fatigue was recorded as grade 2 hypothyroidism", "hypoxia, consistent with grade 2 cytokine release
            # syndrome": a grade glued to the next event names that event, which the words before the grade say the
            # signs told before it were (AE_RESTATED_AS); they do not take its grade (session 36)
            restated = nxt is not None and nxt.label_ == "ADVERSE_EVENT" and (
                _GLUED_TO_EVENT.fullmatch(text, ents[i + 1].end_char, nxt.start_char)
                or GRADE_CAUSE_WORDS.fullmatch(text[ents[i + 1].end_char:nxt.start_char])) \
                and AE_RESTATED_AS.fullmatch(text[ent.end_char:nxt.start_char]) is not None
            gap = doc[after:ents[i + 1].start]
            # "(hand-foot syndrome, consistent with grade 2)": the words leading into the grade (GRADE_ASIDE_LEAD)
            lead = GRADE_ASIDE_LEAD.search(text, gap.start_char, ents[i + 1].start_char) if len(gap) > 1 else None
            if lead is not None:
                gap = doc[after:next((t.i for t in gap if t.idx >= lead.start()), ents[i + 1].start)]
            # "cytokine release syndrome (CRS) (grade 2)", "... (ICANS), grade 3": the event's short form
            # defined in a bracket stands between it and its grade
            if len(gap) >= 3 and gap[0].text == "(" and gap[2].text == ")" and _SHORT_FORM.fullmatch(gap[1].text):
                gap = gap[3:]
            # ... and the short form itself, an event in its bracket: "(ICANS), grade 3", "(CRS) (grade 2)"; so is
            # any event that fills the bracket after words naming a reaction no term names ("a skin reaction (rash)
            # grade 2", "gastrointestinal toxicity (diarrhoea) grade 3"): the grade after the bracket is the named event's
            elif len(gap) >= 1 and gap[0].text == ")" and ent.start > 0 and doc[ent.start - 1].text == "(" \
                    and (_SHORT_FORM.fullmatch(ent.text) or gap.start == ent.end):
                gap = gap[1:]
            # "rash (Common Terminology Criteria for Adverse Events grade 2)": the grading system's full name is no word
            # "Rash (maculopapular) | CTCAE: grade 2", "mucositis (oral), grade 3": a bracket of one to three plain
            # words that qualify the event (no entity: the grade is the next one) stands between it and its grade
            elif len(gap) >= 3 and gap[0].text == "(" and (close := next(
                    (j for j, t in enumerate(gap) if t.text == ")"), None)) is not None and 2 <= close <= 4 \
                    and all(t.is_alpha and t.lower_ not in _GAP_STOP for t in gap[1:close]):
                gap = gap[close + 1:]
            if len(gap) > 5 and ("Terminology" in gap.text or "ccording" in gap.text or " per " in gap.text):
                named = [m.span() for m in GRADE_GAP_NAME.finditer(text, gap.start_char, gap.end_char)]
                gap = [t for t in gap if not any(a <= t.idx < b for a, b in named)]
            # "neutropenia (grade 3)", "rash of grade 2", "neutropenia (CTCAE v5.0 grade 3)"
            # ("neutropenia – grade 3": a dash of a list or table line; "colitis | Severity: grade 3": the cell
            # bar of a one-line record, session 22)
            # ("pneumonitis; grade: 3": a labelled grade cell after the semicolon of a one-line record)
            cells = "(:[-,–—|;" if ":" in ents[i + 1].text else "(:[-,–—|"
            if not restated and len(gap) <= 5 and all(t.text in cells or t.lower_ in GRADE_GAP_WORDS or VERSION.fullmatch(t.lower_)
                                                      for t in gap):
                used.add(i + 1)
                return ents[i + 1]._.grade
        closing = ContextAttributes._closing_aside_grade(doc, ents, i, used)
        if closing is None:
            closing = ContextAttributes._clause_grade(doc, ents, i, used)
        if closing is None and i > 0 and ents[i - 1].label_ == "GRADE" and i - 1 not in used and on_its_line(i - 1) \
                and self._named_in_bracket(doc, ents[i - 1].end, ent.start):
            used.add(i - 1)
            return ents[i - 1]._.grade
        return closing

    @staticmethod
    def _worsened(doc: Doc, ents: list[Span], i: int, grade: int, used: set[int]) -> int:
        """ "a grade 1 rash in week 3, which later worsened to grade 3" (GRADE_WORSENED between the event and the
        next grade): the event's worst grade, unless that grade names the next event ("... became grade 3
        neutropenia"); both grades are kept in ``span._.grades``: one event at two stated grades is two entries (the
        gold's convention 4; session 34)."""
        j = i + 1
        # ("in cycle 1", "on week 3"; "progressed", a course word the response recogniser also read)
        while j < len(ents) and (ents[j].label_ in ("DATE", "DURATION")
                                 or (ents[j].label_ == "RESPONSE" and ents[j].text.lower() in GRADE_GAP_WORDS)):
            j += 1
        if j >= len(ents) or ents[j].label_ != "GRADE" or j in used:
            return grade
        later = ents[j]
        if later._.grade is None or later._.grade <= grade \
                or not GRADE_WORSENED.match(doc_text(doc)[ents[i].end_char:later.start_char]):
            return grade
        if _opens_next_event(ents, j):
            return grade
        used.add(j)
        ents[i]._.grades = [grade, later._.grade]
        return later._.grade

    @staticmethod
    def _named_in_bracket(doc: Doc, a: int, b: int) -> bool:
        """ "G2 fluid retention (bilateral leg oedema)", "grade 3 skin reaction (palmar erythema)": the
        grade stands before words no term names, whose bracket opens with the event (at most two
        words before it): tokens ``a:b`` are one to three words, "(", and up to two words."""
        gap = doc[a:b]
        k = next((j for j, t in enumerate(gap) if t.text == "("), None)
        if k is None or not 1 <= k <= 3 or len(gap) - k - 1 > 2:
            return False
        words = [t for j, t in enumerate(gap) if j != k]
        return all(t.is_alpha and t.lower_ not in _GAP_STOP and not t.is_sent_start for t in words)

    @staticmethod
    def _opens_aside_of_graded(doc: Doc, ents: list[Span], i: int) -> bool:
        """ "cytokine release syndrome grade 1 (fever 38.4 °C)": the grade right before the event's
        bracket closes the event before it, whose aside the bracket opens."""
        if i < 2 or "(" not in {t.text for t in doc[ents[i - 1].end:ents[i].start]}:
            return False
        prev = ents[i - 2]
        return prev.label_ == "ADVERSE_EVENT" and ents[i - 1].start - prev.end <= 1 and not any(
            t.lower_ in _GAP_STOP for t in doc[prev.end:ents[i - 1].start])

    @staticmethod
    def _clause_grade(doc: Doc, ents: list[Span], i: int, used: set[int]) -> int | None:
        """ "an ascites that needed paracentesis, graded 3", "colitis which required infliximab (grade 3)";
        "colitis in August, which was grade 3" (GRADE_PREDICATE, right before the grade):
        a relative clause of what the event needed (GRADE_CLAUSE) stands between the event and a grade
        set off by a comma or a bracket; the grade is the event's when no other event, grade, response
        or tumour and no clause break stand in the clause, and no event follows the grade right after
        ("..., grade 2 nausea" grades the nausea)."""
        ent = ents[i]
        text = doc_text(doc)
        clause = GRADE_CLAUSE.match(text, ent.end_char)
        j = i + 1
        while j < len(ents) and ents[j].label_ != "GRADE":
            if ents[j].label_ in _OWN_GRADE_LABELS:
                return None
            j += 1
        if j >= len(ents) or j in used or ents[j]._.grade is None:
            return None
        g = ents[j]
        between = doc[ent.end:g.start]
        if len(between) > _MAX_CLAUSE or any(t.is_sent_start or t.text in ";:)" for t in between):
            return None
        if clause is None:
            # "colitis in August, which was grade 3", "mucositis ... and reached grade 3": a later
            # clause of the sentence states the event's grade
            if not GRADE_PREDICATE.search(text, ent.end_char, g.start_char):
                return None
            # "urticaria, wheezing and hypotension ..., which was classified as a grade 3 allergic reaction": the
            # predicate names the event the grade opens, which restates the ones before it (session 33)
            if _opens_next_event(ents, j):
                return None
            used.add(j)
            return g._.grade
        k = g.start - 1
        while k > ent.end and (doc[k].lower_ in GRADE_GAP_WORDS or VERSION.fullmatch(doc[k].lower_)):
            k -= 1
        if doc[k].text not in {",", "("}:
            return None
        if _opens_next_event(ents, j):
            return None
        used.add(j)
        return g._.grade

    @staticmethod
    def _closing_aside_grade(doc: Doc, ents: list[Span], i: int, used: set[int]) -> int | None:
        """ "photosensitivity with erythema on the forearms (grade 2)", "weight gain was excessive
        during the first year (grade 2)", "a hypersensitivity reaction occurred with the 4th dose
        (urticaria and bronchospasm, grade 3)": a grade that closes the first aside after the event,
        as an item of its own (right after the bracket or a comma), grades the event when only its
        own words (no clause break, no other event) stand between; events inside the aside are its
        manifestations and do not take the grade."""
        ent = ents[i]
        k = ent.end
        while k < len(doc) and doc[k].text != "(":
            t = doc[k]
            # "leg oedema reaching the knees and limiting walking (grade 3)": an "and" that joins two participles of the
            # event's own qualifier does not end it (a clause of a subject or verb after it does); an event after it still does
            joins = t.lower_ == "and" and k + 1 < len(doc) and doc[k + 1].is_alpha and doc[k + 1].lower_.endswith("ing") \
                and doc[k + 1].lower_ not in _CLAUSE_AFTER_AND
            if k - ent.end >= _MAX_QUALIFIER or t.is_sent_start or (t.lower_ in _QUALIFIER_STOP and not joins):
                return None
            k += 1
        if k >= len(doc):
            return None
        j = i + 1
        while j < len(ents) and ents[j].start < k:
            if ents[j].label_ in _OWN_GRADE_LABELS:
                return None
            j += 1
        while j < len(ents) and ents[j].label_ != "GRADE":
            j += 1
        if j >= len(ents) or j in used or ents[j]._.grade is None:
            return None
        g = ents[j]
        # "anaemia requiring transfusion (grade 3, haemoglobin 7.1 g/dL)": the grade opens the aside (only grade
        # words before it), its other items name no event or grade and the aside closes in the sentence
        opens = g.end < len(doc) and doc[g.end].text in ",;" and all(
            t.lower_ in GRADE_GAP_WORDS or VERSION.fullmatch(t.lower_) for t in doc[k + 1:g.start])
        if opens:
            close = next((t.i for t in doc[g.end:min(len(doc), g.end + _MAX_CLOSING_ASIDE)]
                          if t.text in "()" or t.is_sent_start), None)
            opens = close is not None and doc[close].text == ")" and not any(
                e.label_ in _OWN_GRADE_LABELS and g.end <= e.start < close for e in ents[j + 1:])
        if g.end - k > _MAX_CLOSING_ASIDE or g.end >= len(doc) or (doc[g.end].text != ")" and not opens) \
                or any(t.text in "()" or t.is_sent_start for t in doc[k + 1:g.start]):
            return None
        p = g.start - 1
        # "(hand-foot syndrome, consistent with grade 2)": words leading into the grade (GRADE_ASIDE_LEAD, session 24)
        lead = GRADE_ASIDE_LEAD.search(doc_text(doc), doc[k].idx, g.start_char)
        if lead is not None:
            p = next((t.i for t in doc[k:g.start] if t.idx >= lead.start()), g.start) - 1
        while p > k and (doc[p].lower_ in GRADE_GAP_WORDS or VERSION.fullmatch(doc[p].lower_)):
            p -= 1
        if doc[p].text not in _ASIDE_ITEM_START:
            return None
        used.add(j)
        return g._.grade
