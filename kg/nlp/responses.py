"""``kg_responses``: a RESPONSE entity, with its own offsets, for every response wording.

Wordings (``kg/rules/responses.jsonl``): named phrases (NAMED, a PhraseMatcher), a RECIST class
named with words between (NAMED_WITH_WORDS), RECIST abbreviations after assessment wording
(ABBREVIATION), failure of a drug (FAILURE_AFTER/FAILURE_BEFORE), percent changes of the tumor's
size (PERCENT_CHANGE, classed by :func:`recist_class`) and inferred wording (INFERRED).

Sets on each RESPONSE span: ``response_class`` ("CR", "PR", "SD", "PD"), ``response_explicit``
(False for inferred, failure and percent wording), ``response_rule`` (the row id), and the
class's term ``curie``/``pref_label`` (from the response terms, never a copy).
A response already found by the term rules (``kg_terms``) is kept; a wording overlapping another
entity gets the tokens no entity holds ("brain metastases were found" -> "were found").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg.nlp.doc_text import doc_text, sentences_with_entities
from kg.nlp.ents import Cand, add_entities, ents_of, set_ents, term_attrs
from kg.nlp.terms_index import get_index
from kg.rules import rules
from kg.rules.literal_index import literals_in
from kg.rules.prefilter import finditer_known, prefiltered
from kg.rules.regex_start import fast_start

RULES = rules("responses")
_SINGLE_WORD = frozenset(w.lower() for w in RULES.words("SINGLE_WORD"))
_OTHER_PROCESS = frozenset(w.lower() for w in RULES.words("OTHER_PROCESS"))
_TUMOR_WORD = RULES.pattern("TUMOR_WORD")
_ABBREV = prefiltered(RULES.pattern("ABBREVIATION"))  # per sentence
_NEG_BEFORE = RULES.pattern("NEGATION_BEFORE")
# "without clinical or radiological improvement", "no longer responded to": a negation word with only modifiers of an
# inferred wording between it and the wording (ending where the wording starts); absence rows hold their own negation
_NEG_INFERRED = RULES.pattern("NEGATED_INFERRED")
_ABSENCE_IDS = frozenset(r.id for r in RULES.rows("INFERRED") if r.fields.get("absence"))
_NOT_TUMOR_SIZE = RULES.pattern("NOT_TUMOR_SIZE")
_PERCENT = prefiltered(RULES.pattern("PERCENT_CHANGE"))  # per sentence
# "the SUVmax fell from 14.2 to 3.1": a change of the tumour's FDG uptake, classed by PERCIST (percist_class)
_METABOLIC = prefiltered(RULES.pattern("METABOLIC_CHANGE"))  # per sentence
_METABOLIC_ID = RULES.rows("METABOLIC_CHANGE")[0].id
# "the SUVmax fell from 11.4 to 2.3, with a Deauville score of 3": a PET score (rows marked scores_pet) classes its
# own PET, whose SUV change is then that score's measure, not a response of its own
_PET_SCORE_IDS = frozenset(r.id for r in RULES.rows("INFERRED") if r.fields.get("scores_pet"))
# every row, behind its literal prefilter, its first characters tested up front (per sentence: most
# sentences lack their words; same matches)
_NAMED_WITH_WORDS = [(row, fast_start(prefiltered(row.compiled()))) for row in RULES.rows("NAMED_WITH_WORDS")]
_FAILURE_AFTER = RULES.pattern("FAILURE_AFTER")
_FAILURE_BEFORE = prefiltered(RULES.pattern("FAILURE_BEFORE"))  # per drug mention, on the text before it
_ABBREV_ID = RULES.rows("ABBREVIATION")[0].id
# "2 | olaparib | SD": an abbreviation alone in a table cell, read in a row that names a drug
_TABLE_CELL = RULES.pattern("TABLE_CELL")
_TABLE_CELL_ID = RULES.rows("TABLE_CELL")[0].id
_PERCENT_ID = RULES.rows("PERCENT_CHANGE")[0].id
# a measurement series told over sentences ("The sum was 71 mm at baseline. CT in April: 64 mm."): the baseline size
# and each later size, one alone in its sentence
_MEASURE_BASELINE = RULES.pattern("MEASURE_BASELINE")
_MEASURE_FOLLOW_UP = RULES.pattern("MEASURE_FOLLOW_UP")
_MEASURE_FOLLOW_UP_ID = RULES.rows("MEASURE_FOLLOW_UP")[0].id
_SIZE = re.compile(r"\b\d{1,3}(?:\.\d+)?\s*(?:mm|cm)\b")
_FAILURE_IDS = {r.id for r in RULES.rows("FAILURE_AFTER") + RULES.rows("FAILURE_BEFORE")}
_NAMED_IDS = frozenset(r.id for r in RULES.rows("NAMED"))
_QUALIFIED = RULES.pattern("NAMED_QUALIFIED")  # "near complete response" is not a complete response
# "very good partial response": a category of its own that names none of the four scored classes
_UNSCORED = RULES.pattern("NAMED_UNSCORED")
# "resumed after stabilisation": a bare one-word cue after these words is the patient's condition settling
_CONDITION = RULES.pattern("CONDITION_SETTLED")
# "the response was mixed: two lesions shrank while a new nodule appeared": no category of the disease is told
_MIXED = RULES.pattern("MIXED_RESPONSE")
# "new leptomeningeal disease, while extracranial disease remained stable": one site's stability beside another's change
_SITE_CONTRAST = RULES.pattern("SITE_STABLE_CONTRAST")
_NO_RESPONSE = "no-response"  # response_rule of a named span read as no response (dropped at the end)
_UNSCORED_NAMED = "no-response-unscored"  # ... because NAMED_UNSCORED qualifies it ("unconfirmed progression", VGPR)
_CONDITION_WORDS = frozenset(w.lower() for r in RULES.rows("CONDITION_SETTLED") for w in r.fields.get("cue_words", ()))
# "with stabilization for 4 months": a stabilization that lasts a stated time is the disease's (stable disease), whatever
# word stands before it (read on the text right after the bare word; STABILIZATION_LASTING rows)
_STATE_LASTING = RULES.pattern("STABILIZATION_LASTING")
# "histology showed a good response (95% necrosis)": inferred wording in a clause about the resected tumour's pathology
_HISTOLOGIC = RULES.pattern("HISTOLOGIC")
# "to induce a complete remission", "a response to X was expected": a response aimed at or awaited, not seen
_NOT_REACHED_BEFORE = prefiltered(RULES.pattern("NOT_REACHED", "before"))
_NOT_REACHED_AFTER = prefiltered(RULES.pattern("NOT_REACHED", "after"))
# "progressed slightly but was considered stable disease": growth the report itself calls stable, no progression
_RECLASSED_STABLE = RULES.pattern("RECLASSED_STABLE", "after")
# "the lesions had enlarged, which was judged to be pseudoprogression": growth its clause names pseudoprogression
_PSEUDO = RULES.pattern("PSEUDOPROGRESSION")
_EVENT_SUBJECT = RULES.pattern("EVENT_COURSE")
# "the enzymes progressed to grade 3": a response word right before a CTCAE grade is an adverse event's worsening
_EVENT_GRADE_AFTER = RULES.pattern("EVENT_GRADE_AFTER")
_EVENT_RECURRENCE = RULES.pattern("EVENT_RECURRENCE")
# "stopped after a grade 3 recurrence": a one-word relapse cue right after a CTCAE grade is an event's recurrence
_EVENT_RECURRENCE_GRADED = RULES.pattern("EVENT_RECURRENCE_GRADED")
# "pneumonitis, grade 2, which responded to prednisolone": the event's graded aside, then a relative pronoun
_EVENT_ASIDE = RULES.pattern("EVENT_COURSE_ASIDE")
_EVENT_GAP_WORDS = 3
# "the haemolytic uraemic syndrome progressed": the bare verb of a named class, read like a one-word cue after an event
_EVENT_VERBS = frozenset(w.lower() for w in RULES.words("EVENT_COURSE_VERB"))
_EVENT_RULES = frozenset(r for row in RULES.rows("EVENT_COURSE") for r in row.fields.get("response_rules", ()))
_CLASSES = ("PD", "SD", "CR", "PR")  # inferred wording is tried in this order (specific before vague)
# Inferred rows of one class form one alternation (non-overlapping hits, as one pattern).
_INFERRED = [(cls, prefiltered(re.compile("|".join(f"(?:{r.source()})" for r in RULES.rows("INFERRED")
                                                   if r.fields["response_class"] == cls), re.I)),
              [r for r in RULES.rows("INFERRED") if r.fields["response_class"] == cls])
             for cls in _CLASSES]
# the set forms of the per-sentence patterns' prefilters, built now (their literals join the literal
# index before the first text is read, not while a document is)
for _p in [_ABBREV, _PERCENT, _METABOLIC] + [p for _, p in _NAMED_WITH_WORDS] + [p for _, p, _ in _INFERRED]:
    _p.condition_in()
DRUG_LABELS = frozenset({"DRUG", "DRUG_CLASS"})
# "X and Y shrank the tumour by 45%": a verb only a tumour does, never a change of the drug's dose
_TUMOUR_VERB = re.compile(r"shr[aiu]nk|regress", re.I)
# "... and was reduced by 20%": a change with no subject of its own, sharing the clause's subject before it
_SHARED_SUBJECT = RULES.pattern("DOSE_CHANGE_SHARED_SUBJECT")
_DOSE_SUBJECT_GAP = frozenset({"was", "were", "is", "are", "has", "have", "had", "been", "be", "then", "also", "dose",
                               "doses", "dosing", "each", "further", "subsequently", "later"})


def recist_class(percent: float, shrinking: bool) -> str:
    """RECIST 1.1 thresholds: -100 % complete, <= -30 % partial, >= +20 % progression, else stable."""
    if shrinking:
        return "CR" if percent >= 100 else "PR" if percent >= 30 else "SD"
    return "PD" if percent >= 20 else "SD"


def _size_mm(hit: re.Match) -> float:
    """The size a MEASURE_* hit read (its ``size``/``unit`` groups or their second alternative's), in mm."""
    size, unit = hit.group("size") or hit.group("size2"), hit.group("unit") or hit.group("unit2")
    return float(size) * (10 if unit == "cm" else 1)


def series_class(baseline: float, nadir: float, size: float) -> str:
    """A later size of a measurement series by RECIST 1.1: progression is a growth of 20 % and 5 mm over the smallest
    size so far (the nadir), otherwise the change from baseline is classed (recist_class)."""
    if size >= nadir * 1.2 and size - nadir >= 5:
        return "PD"
    return recist_class(abs(size - baseline) / baseline * 100, size < baseline) if size != baseline else "SD"


def percist_class(before: float, after: float) -> str:
    """PERCIST 1.0 thresholds on SUV: a fall of 30 % or more is a partial metabolic response, a rise of 30 % or
    more progressive metabolic disease, else stable (a complete metabolic response needs uptake at background,
    which a number alone does not tell)."""
    change = (after - before) / before * 100
    return "PR" if change <= -30 else "PD" if change >= 30 else "SD"


def _histologic(text: str, start: int, end: int) -> bool:
    """Is the inferred wording at text[start:end] told of the resected tumour's pathology (HISTOLOGIC within its
    clause: the 40 characters before it, up to a clause break, and the 40 after it)?"""
    left = text[max(0, start - 40):start]
    cut = max(left.rfind(";"), left.rfind(". "))
    return bool(_HISTOLOGIC.search(left[cut + 1:]) or _HISTOLOGIC.search(text[end:end + 40].split(";")[0]))


def of_something_else(doc: Doc, s: int, e: int) -> bool:
    """ "remission of diarrhea": a one-word cue whose "of ..." names no tumor word (TUMOR_WORD);
    "cell-cycle progression": a one-word cue right after another process's word (OTHER_PROCESS)."""
    if e - s == 1 and s > 0 and doc[s].lower_ in _SINGLE_WORD \
            and doc[s - 1].lower_.rsplit("-", 1)[-1] in _OTHER_PROCESS:  # "cell-cycle" is one token
        return True
    if e - s != 1 or doc[s].lower_ not in _SINGLE_WORD or e >= len(doc) or doc[e].lower_ != "of":
        return False
    return not any(_TUMOR_WORD.fullmatch(t.text) for t in doc[e + 1:e + 7])


def _about_an_event(doc: Doc, e, ents=None) -> bool:
    """ "the symptoms subsequently responded to methylprednisolone", "the neuropathy resolved
    completely": a one-word cue or a wording of the EVENT_COURSE row's ``response_rules`` right after
    an adverse event or a symptom word (at most three words between, no comma, tumor or drug) is the
    course of that event, not a response of the tumor; "relapse occurred after resumption of
    sorafenib" (EVENT_RECURRENCE) is the event coming back on rechallenge, and so is "a grade 3 recurrence"
    (EVENT_RECURRENCE_GRADED). Named classes ("partial
    response") and a drug's failure stay the tumor's. ``ents``: doc.ents, when the caller has them
    (each doc.ents makes a Span per entity)."""
    text = doc_text(doc)   # Doc.text would re-join every token
    if _EVENT_GRADE_AFTER.match(text[e.end_char:e.end_char + 30]):
        return True
    if ents is None:
        ents = ents_of(doc)
    single = e.text.lower() in _SINGLE_WORD
    if single and (_EVENT_RECURRENCE.match(text[e.end_char:e.sent.end_char])
                   or _EVENT_RECURRENCE_GRADED.search(text[max(e.sent.start_char, e.start_char - 20):e.start_char])):
        return True
    if e._.response_rule not in _EVENT_RULES and not single and e.text.lower() not in _EVENT_VERBS:
        return False
    start = e.sent.start_char
    spans = [(x.start_char, x.end_char) for x in ents
             if x.label_ == "ADVERSE_EVENT" and start <= x.start_char and x.end_char <= e.start_char]
    spans += [h.span() for h in _EVENT_SUBJECT.finditer(text, start, e.start_char)]
    if not spans:
        return False
    begin, end = max(spans, key=lambda sp: sp[1])
    if e.text.lower() in _EVENT_VERBS and _malignant_condition(text, start, begin):
        return False
    gap = text[end:e.start_char]
    if _EVENT_ASIDE.fullmatch(gap):
        return True
    return len(gap.split()) <= _EVENT_GAP_WORDS and not any(c in gap for c in ",;:") \
        and not any(x.label_ in ("TUMOR", *DRUG_LABELS) and end <= x.start_char < e.start_char for x in ents) \
        and not any(_TUMOR_WORD.fullmatch(w.strip(".()")) for w in gap.split())


def _malignant_condition(text: str, sent_start: int, begin: int) -> bool:
    """ "the malignant pleural effusion progressed": the condition named with a tumour word right before it (TUMOR_WORD
    on one of the two words before the event) is the tumour's own sign, and its progression the tumour's."""
    before = re.split(r"[,;:()]", text[sent_start:begin])[-1]  # within the event's own clause
    return any(_TUMOR_WORD.fullmatch(w.strip(".")) for w in before.split()[-2:])


def _drug_changed(text: str, off: int, start: int, ents) -> bool:
    """ "gemcitabine was reduced by 25%": a change whose subject is a drug named right before it (only
    auxiliary words between: "was", "dose", "then") is the drug's dose, not the tumor's size ("on crizotinib
    the mass shrank by 45%" names the tumor between). A change told without a subject of its own after "and"
    ("gemcitabine caused grade 3 thrombocytopenia and was reduced by 20%": DOSE_CHANGE_SHARED_SUBJECT) shares
    the subject of the clause before it: the drug's dose when a drug stands before it with no tumour word
    between."""
    drugs_before = [d for d in ents if d.label_ in DRUG_LABELS and d.end_char - off <= start]
    for d in drugs_before:
        gap = text[d.end_char - off:start].lower().split()
        if len(gap) <= 3 and all(w in _DOSE_SUBJECT_GAP for w in gap):
            return True
    if drugs_before and _SHARED_SUBJECT.search(text[:start]):
        between = text[drugs_before[0].end_char - off:start]
        return not any(_TUMOR_WORD.fullmatch(w.strip(".,;:()")) for w in between.split())
    return False


def _without_interim_shrinkage(found: list["_Found"]) -> list["_Found"]:
    """``found`` less a percent change classed SD that a later percent change of the same sentence deepens to PR or
    CR ("a 28% reduction at 3 months, and at 9 months a 56% reduction"): RECIST takes the deepest change of one
    course as its response; the earlier measure is a step of it, not a stable disease of its own."""
    percent = sorted((f for f in found if f.rule == _PERCENT_ID), key=lambda f: f.start)
    deeper = {id(f) for i, f in enumerate(percent) if f.cls == "SD" and any(g.cls in ("PR", "CR") for g in percent[i + 1:])}
    return [f for f in found if id(f) not in deeper]


@dataclass
class _Found:
    pos: int          # document character offset the wording is read at (a failed drug's start)
    start: int        # the wording's own characters
    end: int
    cls: str
    explicit: bool
    rule: str | None
    existing: bool = False
    text: str = ""


def _cue_start(hit: re.Match) -> int:
    """Where a wording's own words begin in ``hit``: its ``cue`` group when the row names one and it matched ("the
    disease (?P<cue>was progressing)", "a sarcoma which (?P<cue>responded completely)"), else the whole hit. The
    subject read before the cue stays outside the span, so that a hypothetical trigger holding it ("if the disease
    ...") still scopes over the cue, and the wording is placed where its verb stands (another wording of the clause,
    "a tumour that had progressed on X and responded completely to Y", is not taken for the same one)."""
    # a row's cue group is "cue" or "cue_<name>": rows of one category are also compiled as one alternation (rule-file
    # checks), where two groups of one name cannot stand
    for name in hit.re.groupindex:
        if (name == "cue" or name.startswith("cue_")) and hit.group(name) is not None:
            return hit.start(name)
    return hit.start()


def _pseudoprogression_clauses(text: str) -> list[tuple[int, int]]:
    """The clauses (the sentence cut at semicolons) of ``text`` that name a pseudoprogression (PSEUDOPROGRESSION):
    a progression told in them is none."""
    spans, start = [], 0
    for part in text.split(";"):
        if _PSEUDO.search(part):
            spans.append((start, start + len(part)))
        start += len(part) + 1
    return spans


def _inferred_rule(rows, text: str) -> str:
    return next((r.id for r in rows if r.compiled().match(text)), rows[0].id)


def _measurement_series(sentences: list[tuple[int, str]], found: list[_Found]) -> list[_Found]:
    """The later sizes of a measurement series told over the sentences of a section, each the one size of its
    sentence (MEASURE_FOLLOW_UP: "CT in April 2020: 64 mm."), after a baseline size told alone (MEASURE_BASELINE: "The
    sum of the target lesions was 71 mm at baseline."), each classed by RECIST against that baseline and the
    smallest size so far (series_class); not named. A sentence with a response of its own read already keeps it."""
    out: list[_Found] = []
    baseline = nadir = None
    for off, sentence in sentences:
        if len(_SIZE.findall(sentence)) != 1:
            continue
        if baseline is None:
            hit = _MEASURE_BASELINE.search(sentence)
            if hit:
                baseline = nadir = _size_mm(hit)
            continue
        hit = _MEASURE_FOLLOW_UP.search(sentence)
        if hit is None or baseline <= 0:
            continue
        size = _size_mm(hit)
        cls = series_class(baseline, nadir, size)
        nadir = min(nadir, size)
        if any(off <= f.pos < off + len(sentence) for f in found):
            continue   # "CT in January: 96 mm, with new pleural nodules": the sentence tells its response itself
        grp = "size" if hit.group("size") else "size2"
        out.append(_Found(off + hit.start(grp), off + hit.start(grp), off + hit.end(), cls, False, _MEASURE_FOLLOW_UP_ID))
    return out


@Language.factory("kg_responses", default_config={"terms_key": "default"},
                  assigns=["doc.ents", "span._.response_class", "span._.response_explicit", "span._.response_rule",
                           "span._.curie", "span._.pref_label", "span._.term_type", "span._.link_score"],
                  requires=["doc.sents", "doc.ents"])
class ResponseFinder:
    def __init__(self, nlp: Language, name: str, terms_key: str):
        self.name = name
        self.index = get_index(terms_key)
        self.phrases = PhraseMatcher(nlp.vocab, attr="LOWER")
        for row in RULES.rows("NAMED"):
            cls = row.fields["response_class"]
            words = [w for w in row.words if w not in self.index.lower_names]
            if cls in self.index.response_by_class and words:
                self.phrases.add(row.id, list(nlp.tokenizer.pipe(words)))
        self.row_class = {r.id: r.fields.get("response_class") for r in RULES.rows("NAMED")}

    def _attrs(self, cls: str, explicit: bool, rule: str | None) -> dict:
        attrs = term_attrs(self.index.info(self.index.response_by_class[cls][0]))
        attrs.update(response_class=cls, response_explicit=explicit, response_rule=rule)
        return attrs

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        text = doc_text(doc)  # Doc.text re-joins every token on each access
        cands = []
        for key, s, e in self.phrases(doc):
            lead = text[max(0, doc[s].idx - 20):doc[s].idx]
            if not of_something_else(doc, s, e) and not _QUALIFIED.search(lead):
                rule = strings[key]
                cands.append(Cand(s, e, "RESPONSE", self._attrs(self.row_class[rule], True, rule)))
        add_entities(doc, cands)
        ents = list(ents_of(doc))
        if not ents and not len(doc):
            return doc
        for e in ents:
            if e.label_ != "RESPONSE":
                continue
            lead = text[max(0, e.start_char - 40):e.start_char]
            unscored = _UNSCORED.search(lead[-20:]) is not None
            if unscored or (e.text.lower() in _CONDITION_WORDS and _CONDITION.search(lead)
                            and not _STATE_LASTING.match(text, e.end_char)):
                # no class: the span holds its words while wordings are read (none is read in them),
                # then it is dropped
                e._.response_class, e._.response_rule = None, (_UNSCORED_NAMED if unscored else _NO_RESPONSE)
                continue
            if _QUALIFIED.search(text[max(0, e.start_char - 20):e.start_char]):
                # "a near complete response" (a term-list phrase too): partial, not named as such
                for name, value in self._attrs("PR", False, "named-qualified-away").items():
                    setattr(e._, name, value)
            elif e._.response_explicit is None:
                e._.response_explicit = True
        found: list[_Found] = []
        sentences = []
        # every sentence with the entities that start in it (the ones of ``ents``: none was set since), in one
        # walk (a scan of all the doc's entities per sentence cost ~0.3 ms a report)
        for _ts, _te, cs, sentence, sentence_ents in sentences_with_entities(doc, text):
            found.extend(self._sentence(sentence, cs, sentence_ents))
            sentences.append((cs, sentence))
        found.extend(_measurement_series(sentences, found))
        owner = np.zeros(len(doc), dtype=bool)
        for e in ents_of(doc):
            owner[e.start:e.end] = True
        new = []
        for f in found:
            # a term list without this class's term (a test's small list) cannot link the wording: no entity
            if f.existing or f.cls not in self.index.response_by_class:
                continue
            span = doc.char_span(f.start, f.end, alignment_mode="expand")
            if span is None:
                continue
            # the tokens no entity holds: the longest free run of the wording
            best, run = None, None
            for i in range(span.start, span.end):
                if owner[i]:
                    run = None
                    continue
                run = (run[0], i + 1) if run else (i, i + 1)
                if best is None or run[1] - run[0] > best[1] - best[0]:
                    best = run
            if best is None:
                continue
            owner[best[0]:best[1]] = True
            new.append(Cand(best[0], best[1], "RESPONSE", self._attrs(f.cls, f.explicit, f.rule)))
        add_entities(doc, new)
        unscored = (_NO_RESPONSE, _UNSCORED_NAMED)
        if any(e.label_ == "RESPONSE" and e._.response_rule in unscored for e in ents_of(doc)):
            set_ents(doc, [e for e in ents_of(doc) if not (e.label_ == "RESPONSE" and e._.response_rule in unscored)])
        ents = ents_of(doc)
        # a response a treatment was given to reach, or one expected or still to be assessed: no assessment
        not_reached = {(e.start, e.end) for e in ents if e.label_ == "RESPONSE" and (
            _NOT_REACHED_BEFORE.search(text[max(0, e.start_char - 100):e.start_char])
            or _NOT_REACHED_AFTER.search(text[e.end_char:e.end_char + 80]))}
        if not_reached:
            set_ents(doc, [e for e in ents if (e.start, e.end) not in not_reached])
            ents = ents_of(doc)
        reclassed = {(e.start, e.end) for e in ents if e.label_ == "RESPONSE" and e._.response_class == "PD"
                     and _RECLASSED_STABLE.match(text[e.end_char:e.end_char + 120])}
        if reclassed:
            set_ents(doc, [e for e in ents if (e.start, e.end) not in reclassed])
            ents = ents_of(doc)
        about_events = {(e.start, e.end) for e in ents if e.label_ == "RESPONSE" and _about_an_event(doc, e, ents)}
        if about_events:
            set_ents(doc, [e for e in ents if (e.start, e.end) not in about_events])
        return doc

    def _sentence(self, text: str, off: int, ents) -> list[_Found]:
        found = [_Found(e.start_char, e.start_char, e.end_char, e._.response_class, True, e._.response_rule,
                        existing=True, text=e.text)
                 for e in ents if e.label_ == "RESPONSE" and e._.response_class]
        # the sentence lower-cased and its literals found once for the dozen prefiltered patterns below
        # (kg.rules.prefilter.finditer_known: the same matches; kg_cues reads the same set later)
        low = text.lower()
        lits = literals_in(low) if text.isascii() else None
        for hit in finditer_known(_ABBREV, text, low, lits):
            pos = off + hit.start(1)
            if not any(abs(pos - f.pos) < 3 for f in found):
                found.append(_Found(pos, pos, off + hit.end(1), hit.group(1), True, _ABBREV_ID))
        if "|" in text and any(e.label_ in DRUG_LABELS or e.label_ == "REGIMEN" for e in ents):
            for hit in _TABLE_CELL.finditer(text):
                pos = off + hit.start(1)
                if not any(abs(pos - f.pos) < 3 for f in found):
                    found.append(_Found(pos, pos, off + hit.end(1), hit.group(1), True, _TABLE_CELL_ID))
        for row, pattern in _NAMED_WITH_WORDS:
            for hit in finditer_known(pattern, text, low, lits):
                # placed where its own words begin (the cue group: "stable for 4 months before (?P<cue>progressing)"),
                # so that the words read before the cue, another wording's own ("stable disease"), stay that wording's
                pos = off + _cue_start(hit)
                if not any(f.existing and f.start <= pos < f.end + 1 for f in found) and \
                        not _NEG_BEFORE.search(text[max(0, hit.start() - 25): hit.start()]):
                    if _QUALIFIED.search(text[max(0, hit.start() - 20):hit.start()]):
                        # "a near-complete metabolic response": partial, not named as such (as a NAMED phrase is);
                        # a term inside it ("an almost complete clinical remission") is qualified with it
                        for e in ents:
                            if e.label_ == "RESPONSE" and pos <= e.start_char < off + hit.end():
                                for name, value in self._attrs("PR", False, "named-qualified-away").items():
                                    setattr(e._, name, value)
                        found = [f for f in found if not (f.existing and pos <= f.start < off + hit.end())]
                        found.append(_Found(pos, pos, off + hit.end(), "PR", False, "named-qualified-away"))
                        continue
                    found.append(_Found(pos, pos, off + hit.end(), row.fields["response_class"], True, row.id))
        for d in ents:
            if d.label_ not in DRUG_LABELS and d.label_ != "REGIMEN":   # "failure of FOLFOX", "loss of response to R-CHOP"
                continue
            a, b = d.start_char - off, d.end_char - off
            after = _FAILURE_AFTER.match(text, b)
            before = None if after else _FAILURE_BEFORE.search(text[:a])
            hit = after or before
            if hit:
                word = hit.group(0).strip()
                ws = hit.start() + hit.group(0).index(word)
                found.append(_Found(d.start_char, off + ws, off + ws + len(word), "PD", False,
                                    RULES.rows("FAILURE_AFTER" if after else "FAILURE_BEFORE")[0].id))
        for hit in finditer_known(_PERCENT, text, low, lits):
            # "the metastases were 41% smaller ... and LDH had normalised": a change whose own first word is the
            # tumour is the tumour's size, whatever marker the sentence names beside it
            size_window = hit.group(0) if _TUMOR_WORD.fullmatch(hit.group(0).split()[0]) \
                else text[max(0, hit.start() - 30): hit.end() + 30]
            if _NEG_BEFORE.search(text[max(0, hit.start() - 25): hit.start()]) or \
                    _NOT_TUMOR_SIZE.search(size_window) or \
                    (_drug_changed(text, off, hit.start(), ents) and not _TUMOUR_VERB.match(hit.group(0))):
                continue
            groups = {k: v for k, v in hit.groupdict().items() if v is not None}
            sizes = sorted(k for k in groups if k.startswith(("from", "to")))  # ["from6", "to6"], ["from9", "to9"]
            if sizes:  # "from 112 mm to 79 mm", "shrunk from 46 to 21 mm": the change is arithmetic
                # two perpendicular diameters ("from 8 x 6 cm to 3 x 2 cm": groups from14/from14b): the longest one
                before = max(float(groups[k]) for k in sizes if k.startswith("from"))
                after = max(float(groups[k]) for k in sizes if k.startswith("to"))
                if before <= 0 or before == after:
                    continue
                cls = recist_class(abs(after - before) / before * 100, after < before)
            else:
                pct = float(next(v for k, v in groups.items() if k[0] == "p"))
                cls = recist_class(pct, any(k.startswith("dec") for k in groups))
            found.append(_Found(off + hit.start(), off + hit.start(), off + hit.end(), cls, False, _PERCENT_ID))
        for hit in finditer_known(_METABOLIC, text, low, lits):
            groups = {k[:2]: float(v) for k, v in hit.groupdict().items() if v is not None and k.startswith(("from", "to"))}
            before, after = groups["fr"], groups["to"]
            if before > 0 and before != after and not _NEG_BEFORE.search(text[max(0, hit.start() - 25): hit.start()]):
                found.append(_Found(off + hit.start(), off + hit.start(), off + hit.end(), percist_class(before, after),
                                    False, _METABOLIC_ID))
        if any(e.label_ == "RESPONSE" and e._.response_rule == _UNSCORED_NAMED for e in ents) or _MIXED.search(text):
            # "(+28% by modified RECIST) ..., classified as unconfirmed progression": the sentence's
            # assessment is named, in a category that is no response; its measurements and inferred
            # wordings tell that same assessment, not another one; so do a mixed response's lesions that shrank
            # or grew ("the response was mixed: two liver lesions shrank while a new nodule appeared")
            return self._without_pseudoprogression([f for f in found if f.explicit], text, off, ents)
        for cls, pattern, rows in _INFERRED:
            for hit in finditer_known(pattern, text, low, lits):
                pos = off + _cue_start(hit)
                if not any(abs(pos - f.pos) < 15 for f in found) and not _histologic(text, hit.start(), hit.end()):
                    rule = _inferred_rule(rows, hit.group(0))
                    if rule not in _ABSENCE_IDS and _NEG_INFERRED.search(text[max(0, hit.start() - 80):hit.start()]):
                        continue
                    if cls == "SD" and _SITE_CONTRAST.search(text[max(0, hit.start() - 60):hit.start()]):
                        continue
                    found.append(_Found(pos, pos, off + hit.end(), cls, False, rule))
        # after the inferred wordings, so that the interim measure's own words ("a 28% reduction of the tumour")
        # are read by no inferred row either
        found = _without_interim_shrinkage(found)
        if any(f.rule in _PET_SCORE_IDS for f in found):
            found = [f for f in found if f.rule != _METABOLIC_ID]
        return self._without_pseudoprogression(found, text, off, ents)

    @staticmethod
    def _without_pseudoprogression(found: list[_Found], text: str, off: int, ents) -> list[_Found]:
        """``found`` less the progressions told in a clause that names them pseudoprogression (a named one,
        "pseudo-progression", is marked no response and dropped with the others)."""
        clauses = _pseudoprogression_clauses(text) if _PSEUDO.search(text) else []
        if not clauses:
            return found
        def pseudo(start: int) -> bool:
            return any(a <= start - off <= b for a, b in clauses)
        for e in ents:
            if e.label_ == "RESPONSE" and e._.response_class == "PD" and pseudo(e.start_char):
                e._.response_class, e._.response_rule = None, _NO_RESPONSE
        return [f for f in found if not (f.cls == "PD" and pseudo(f.start))]


__all__ = ["ResponseFinder", "recist_class", "percist_class", "of_something_else", "DRUG_LABELS"]
