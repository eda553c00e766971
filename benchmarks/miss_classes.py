"""Why kg missed or leaked a fact, in counts per part; no names (a finer cut of error_classes.py).

    python benchmarks/accuracy.py --jobs 2 --cases /tmp/pred.json
    python benchmarks/miss_classes.py /tmp/pred.json                 # webtext odd / even halves
    python benchmarks/miss_classes.py /tmp/pred.json --per-set       # also every webtext set's even half
    python benchmarks/miss_classes.py /tmp/pred.json --records       # records each class occurs in, not facts

error_classes.py says *how* a held-out fact went wrong (a drug not given read as given; a graded adverse event
not found; a drug not found). This says *where in kg* it went wrong, for three classes, by re-reading the report
the record is about (its page under benchmarks/webtext*/pages) and looking at kg's own mentions:

* a drug not given read as given (a "leak"): in which kind of section the sentence that gave it sits, whether the
  report names the drug elsewhere with a not-given status (kg knew it was not given there), and whether that
  sentence carries kg's literature or patient flags;
* a drug given that kg missed: never recognised / recognised only with a not-given status (which one) /
  recognised as given only outside the case's own story / recognised as given in the story and dropped later;
* a graded adverse event kg missed: the event never recognised / recognised only with a not-given status /
  recognised as given but without a grade on it / with a grade and dropped later;
* a response kg missed: the class's words never recognised / only with a not-given status / recognised as the
  patient's (near the drug or not; the class credited to another drug); a response pair kg gave that the gold
  lacks (its drug given): explicit or inferred, in which section, how many drugs its sentence names;
* a record kg gave no case for: the section kinds, which of extraction's gates the report met (case report by its
  source, review, cohort), how many narrative sentences it has and where a patient is introduced;
* a diagnosis kg missed: recognised as that term or not (status, section), and whether kg's unmatched diagnoses
  are more generic, more specific or other words.

Held-out pages stay unread: only the counts of these classes are printed. Matching is the scorer's own
(../shared/eval/score_cases.py), as in error_classes.py. Only webtext records are looked at (their pages are
files; the real-abstract parts are read from PubTator JSONL and are left to error_classes.py).
"""
from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import error_classes as ec  # noqa: E402  (matching and parts)

ROOT = Path(__file__).resolve().parent.parent
DRUG_LABELS = {"DRUG", "DRUG_CLASS"}
# Word families counted in a leak's sentence (counts only; kg's own cues are what decides): words of the
# literature, and words of a plan or an option that kg did not read as a not-given cue.
LITERATURE_WORDS = re.compile(r"\bet al\b|\[\d|\(\d{4}\)|\btrials?\b|\bstud(?:y|ies)\b|\breported\b|%|\bpatients\b", re.I)
PLAN_WORDS = re.compile(r"\b(?:recommend|consider|plan|option|candidate|eligib|could|would|may|might|should|offer|"
                        r"declin|refus|propos|discuss|suggest|defer|await|intend|if\b)", re.I)
NEGATION_WORDS = re.compile(r"\b(?:not|no|never|without|unavailable|instead|rather than|unable|cost|insurance|"
                            r"approv|access|contraindicat|ineligib)", re.I)
GIVING_WORDS = re.compile(r"\b(?:start|initiat|given|gave|receiv|administ|treated|commenc|switch|began|begun|"
                          r"introduc|resum|continu|underwent|on\b)", re.I)
GRADE_WORDS = re.compile(r"\bgrade|\bG[1-5]\b|\bCTCAE\b|\bWHO\b|\bRTOG\b", re.I)
SEVERITY_WORDS = re.compile(r"\b(?:mild|moderate|severe|life-threatening|fatal|serious)\b", re.I)
TIME_WORDS = re.compile(r"\b(?:later|after|afterwards|then|subsequently|following|during|day|days|weeks?|months?|"
                        r"years?|cycles?|since|until|(?:19|20)\d\d)\b", re.I)
TIME_OPENER = re.compile(r"\s*(?:\w+\s+(?:days?|weeks?|months?|years?|cycles?)\s+(?:later|after)|(?:after|following|"
                         r"during|within|by|at|on|in|over|upon|two|three|four|five|six|one)\b)", re.I)
PAST_VERB = re.compile(r"\b(?:was|were|had|\w{3,}ed)\b", re.I)
PRESENT_VERB = re.compile(r"\b(?:is|are|can|may|should|must|remains?|occurs?)\b", re.I)
FUTURE_WORDS = re.compile(r"\b(?:will|to be|scheduled|pending|awaiting|planned|next)\b", re.I)


def page_path(gold: dict) -> Path | None:
    """The page a webtext gold record is about (its ``file:`` alias), or None."""
    for alias in gold.get("aliases", []):
        if alias.startswith("file:"):
            name = alias[len("file:"):]
            found = list((ROOT / "benchmarks").glob(f"webtext*/pages/{name}"))
            return found[0] if found else None
    return None


class Reader:
    """Runs kg on one page, in process: its sentences (with mentions and flags) and its ReportRecord.
    ``trace`` records, per sentence start, how the therapy assembly read its adverse events: the branch
    ("no line yet" or "line") and the (term, grade) pairs the case's event list gained in that call."""

    def __init__(self):
        from kg.pipeline import worker_nlp

        self.nlp = worker_nlp()
        self.trace: dict[int, list] = {}

    def read_docs(self, path: Path):
        """(sentences, Document) of each document of the page."""
        from kg.extraction.analyse import analyse
        from kg.pipeline import bounded_sections, iter_documents

        return [(analyse(bounded_sections(doc), self.nlp), doc) for doc in iter_documents([path])
                if not isinstance(doc, Exception)]

    def read(self, path: Path):
        from kg.extraction import therapy
        from kg.extraction.analyse import analyse
        from kg.extraction.extract import extract_report
        from kg.pipeline import bounded_sections, iter_documents

        self.trace = {}
        original = therapy.TherapyBuilder._adverse_events
        trace = self.trace

        def traced(builder, s, drugs, before):
            had = {(a.concept.label, a.grade) for a in builder.adverse_events}
            branch = "line" if builder.current is not None or any(builder._line_of(m) for m in drugs) else "no line yet"
            original(builder, s, drugs, before)
            gained = {(a.concept.label, a.grade) for a in builder.adverse_events} - had
            trace.setdefault(s.start, []).append((branch, gained))
        therapy.TherapyBuilder._adverse_events = traced
        out = []
        try:
            for doc in iter_documents([path]):
                if isinstance(doc, Exception):
                    continue
                bounded = bounded_sections(doc)
                out.append((analyse(bounded, self.nlp), extract_report(bounded, self.nlp)))
        finally:
            therapy.TherapyBuilder._adverse_events = original
        return out


_TUMOUR_NAMES: set[str] = set()


def _tumour_names() -> set[str]:
    """Every name and synonym of ontology/terms/tumors.tsv, normalised as the scorer does."""
    if not _TUMOUR_NAMES:
        from kg.terms.loader import read_term_file

        for term in read_term_file(ROOT / "ontology" / "terms" / "tumors.tsv"):
            _TUMOUR_NAMES.update(" ".join(n.lower().replace("-", " ").split()) for n in term.names)
    return _TUMOUR_NAMES


def _written(labels, text: str) -> bool:
    """Is any of a gold entry's labels written in the text, as whole words?"""
    return any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", text, re.I) for x in labels if x)


def _label_shape(label: str) -> str:
    """What kind of name a label is (no name printed): an abbreviation, a code or hyphenated name, several words, one."""
    if re.fullmatch(r"[A-Z0-9-]{2,8}", label):
        return "abbreviation"
    if re.search(r"\d|-", label):
        return "code/hyphenated"
    return "several words" if " " in label.strip() else "one word"


def _as_pred(m) -> dict:
    return {"id": m.curie, "label": m.pref_label or m.text}


def _given_elsewhere_status(sentences, same) -> str:
    statuses = sorted({m.status or "context" for s in sentences for m in s.mentions
                       if m.label in DRUG_LABELS | {"REGIMEN"} and same(m) and m.status != "affirmed"})
    return "+".join(statuses) if statuses else "none"


# Structural labels of abstracts and pages that may be printed (any other title prints as "other title").
STRUCTURAL_TITLES = ("abstract", "background", "introduction", "case presentation", "case report", "case", "results",
                     "methods", "patient concerns", "diagnoses", "diagnosis", "interventions", "intervention",
                     "outcomes", "outcome", "lessons", "conclusion", "conclusions", "discussion", "treatment",
                     "follow-up", "clinical course", "objective", "purpose", "summary", "case description",
                     "case summary", "observations", "main body", "presentation", "management")


def _title_class(title: str | None) -> str:
    t = (title or "").strip().rstrip(":.").lower()
    return t if t in STRUCTURAL_TITLES else ("no title" if not t else "other title")


def _section_story(sent, sentences) -> list[str]:
    """Does the report have a case section; does the mention's section introduce a patient (age or sex)?"""
    has_case = any(s.section.kind == "case" for s in sentences)
    earlier = [s for s in sentences if s.index < sent.index and s.section is not sent.section]
    earlier_intro = any(m.label == "AGE_SEX" for s in earlier for m in s.mentions)
    own = [s for s in sentences if s.section is sent.section]
    intro = any(m.label == "AGE_SEX" for s in own for m in s.mentions)
    return [f"report has a case section = {has_case}", f"its section introduces a patient = {intro}",
            f"an earlier section introduces a patient = {earlier_intro}",
            f"section title = {_title_class(sent.section.title)}",
            f"its section has a patient-anchored sentence = {any(s.patient_anchor for s in own)}"]


def _literature_place(sent, sentences, record) -> list[str]:
    """Where a patient's fact read as literature sits relative to its section's patient introduction (counts only):
    the section's first sentence introducing a patient (PATIENT_INTRO) before it, at which position; the sentence
    just before it anchored to the patient; the report's type (case report / review / a cohort of its own)."""
    from kg.extraction.analyse import is_case_report, is_review
    from kg.extraction.cases import introduces_patient, reports_cohort, title_introduces_patient
    from kg.nlp.cues import Cue
    from kg.readers.headings import heading_kind
    own = [s for s in sentences if s.section is sent.section]
    at = own.index(sent) if sent in own else -1
    intro = next((k for k, s in enumerate(own) if introduces_patient([s])), None)
    place = ("no introduction in its section" if intro is None else "after its section's introduction"
             if intro < at else "is its section's introduction" if intro == at else "before its section's introduction")
    prev = own[at - 1] if at > 0 else None
    age = next((k for k, s in enumerate(own) if any(m.label == "AGE_SEX" for m in s.mentions)), None)
    sections = list({id(s.section): s.section for s in sentences}.values())
    here = next(k for k, x in enumerate(sections) if x is sent.section)
    # sections before this one with a sentence read as the patient's without a patient anchor, or introducing them
    story = [k for k, x in enumerate(sections[:here]) if x.kind != "title" and any(
        s.section is x and not s.literature and (not s.patient_anchor or introduces_patient([s])) for s in sentences)]
    doc = record.document
    return [f"place: {place}",
            "place: its section's introduction at sentence " + ("-" if intro is None else
                                                              "1-3" if intro < 3 else "4-6" if intro < 6 else "7+"),
            f"place: the sentence before is patient-anchored = {prev is not None and prev.patient_anchor}",
            f"place: the sentence before is literature = {prev is not None and prev.literature}",
            f"place: report is a case report by type = {is_case_report(doc)}",
            f"place: report is a review by type = {is_review(doc)}",
            f"place: report tells a cohort of its own = {reports_cohort(sentences)}",
            f"place: cases in report = {min(len(record.cases), 2)}",
            f"place: an earlier section is read as the story = {bool(story)}",
            "place: the story section is " + ("-" if not story else "the one just before" if story[-1] == here - 1
                                              else "further before"),
            f"place: its section opens with the patient (STORY_OPENER) = {bool(own) and own[0].cue(Cue.STORY_OPENER) is not None}",
            f"place: its section's first sentence is patient-anchored = {bool(own) and own[0].patient_anchor}",
            f"place: a patient-anchored sentence earlier in its section = {any(s.patient_anchor for s in own[:max(at, 0)])}",
            f"place: its section's sentences = " + ("1-3" if len(own) <= 3 else "4-10" if len(own) <= 10 else "11+"),
            f"place: its sentence has a time word = {bool(TIME_WORDS.search(sent.text))}",
            f"place: kind/title/story/has case = {sent.section.kind}/{_title_class(sent.section.title)}/"
            f"{'story before' if story else 'no story before'}/{any(s.section.kind == 'case' for s in sentences)}",
            f"place: (no story before) intro at / first age-sex at / anchored before = " + (
                "-" if story else f"{_pos(intro)}/{_pos(age)}/{any(s.patient_anchor for s in own[:max(at, 0)])}"),
            "place: (no story before) case report type / title names patient / intro in another section = " + (
                "-" if story else f"{is_case_report(doc)}/{title_introduces_patient(sentences)}/"
                f"{any(introduces_patient([s]) for s in sentences if s.section is not sent.section)}"),
            "place: its section's first sentence: time opener / past verb / present verb / literature flag = "
            + (f"{bool(TIME_OPENER.match(own[0].text))}/{bool(PAST_VERB.search(own[0].text))}/"
               f"{bool(PRESENT_VERB.search(own[0].text))}/{'literature' in own[0].flags}" if own else "-"),
            "place: its section's first sentence: words / heading kind / next opens the story = " + (
                f"{_words(own[0].text)}/{heading_kind(own[0].text.strip().rstrip(':.'), loose=True)}/"
                f"{len(own) > 1 and (own[1].cue(Cue.STORY_OPENER) is not None or own[1].patient_anchor)}" if own else "-"),
            "place: its section's first sentence shape: digit start / colon / pipe / ends with stop / flags = "
            + (_shape_of(own[0]) + "/" + (",".join(sorted(own[0].flags)) or "none") if own else "-"),
            "place: its sentence shape: digit start / colon / pipe / ends with stop = " + _shape_of(sent),
            "place: the line above its section: words / heading kind / course heading = " + _line_above(doc, sent.section),
            "place: combo kind / story at / anchored earlier / sentence at / section size / sections between = "
            f"{sent.section.kind}/{'-' if not story else 'just before' if story[-1] == here - 1 else 'further'}/"
            f"{any(s.patient_anchor for s in own[:max(at, 0)])}/{_pos(at)}/{_words(' '.join(['x'] * len(own)))}/"
            f"{','.join(sorted({sections[k].kind for k in range(story[-1] + 1, here)})) if story else '-'}",
            f"place: its section is the first body section = {here == next((k for k, x in enumerate(sections) if x.kind != 'title'), -1)}"]


def _shape_of(s) -> str:
    t = s.text.strip()
    digit = bool(re.match(r"\W*\d", t))
    return f"{digit}/{':' in t}/{'|' in t}/{t.endswith(('.', '!', '?'))}"


def _line_above(doc, section) -> str:
    from kg.readers.headings import heading_kind, is_course_heading
    above = doc.text[max(0, section.start - 200):section.start].rstrip().split("\n")
    line = above[-1].strip() if above else ""
    if not line:
        return "none"
    return f"{_words(line)}/{heading_kind(line, loose=True)}/{is_course_heading(line)}"


def _words(text: str) -> str:
    n = len(text.split())
    return "1-3" if n <= 3 else "4-6" if n <= 6 else "7+"


def _pos(k) -> str:
    return "none" if k is None else "1-3" if k < 3 else "4-6" if k < 6 else "7+"


# Word families of a take-back read in the sentences after a leak's sentence (counts only; kg's own
# PLAN_CANCELLED rows are what decides): a refusal, a death, hospice, access or cost, something instead.
TAKE_BACK_WORDS = [(name, re.compile(rx, re.I)) for name, rx in (
    ("refusal", r"\b(?:declin|refus|reject|turned down|decided against|did not (?:accept|consent|agree|wish|want))"),
    ("death", r"\b(?:died|death|passed away|expired|deceased)\b"),
    ("hospice", r"\b(?:hospice|comfort care|supportive care|palliative)"),
    ("access", r"\b(?:insur|approv|availab|reimburs|afford|cost|fund|access)"),
    ("instead", r"\b(?:instead|rather|switched|changed|alternative)\b"),
    ("never/not started", r"\b(?:never|not|without)\s+(?:\w+\s+)?(?:start|receiv|given|begun|began|initiat|administ|took|taken|take)"),
    ("deterioration", r"\b(?:deteriorat|worsen|declined|frail|performance status|poor general)"),
    ("question", r"\?"))]
CONNECTIVES = [(name, re.compile(rx, re.I)) for name, rx in (
    ("'or'/'versus'", r"\b(?:or|versus|vs)\b"), ("'followed by'/'then'", r"\b(?:followed by|then|after)\b"),
    ("'replaced'/'switched'/'changed'", r"\b(?:replac|switch|chang|substitut|convert)"),
    ("'omitted'/'held'/'withheld'/'without'/'except'", r"\b(?:omit|held|withh|without|except|exclud|stopp|discontinu)"),
    ("'plus'/'combined'/'with'", r"\b(?:plus|combin|with)\b"), ("a parenthesis", r"\("),
    ("'maintenance'/'consolidation'/'induction'", r"\b(?:mainten|consolid|induct|adjuvant|neoadjuvant)"),
    ("'previous'/'prior'/'history'", r"\b(?:previous|prior|history|had been|formerly|earlier)"),
    ("'regimen'/'protocol'/'cycles'", r"\b(?:regimen|protocol|cycles?|courses?)\b"),
    ("'allerg'/'prophyla'/'premedic'/'support'", r"\b(?:allerg|prophyla|premedic|support|antiemetic|growth factor)"))]
# word families of a leak's own sentence (counts only)
OWN_WORDS = [(name, re.compile(rx, re.I)) for name, rx in (
    ("recommend/advis", r"\b(?:recommend|advis)"), ("consider", r"\bconsider"), ("plan/schedul", r"\b(?:plan|schedul)"),
    ("option/choice/alternative", r"\b(?:option|choice|alternativ)"), ("candidate/eligib", r"\b(?:candidat|eligib|ineligib)"),
    ("offer/propos/suggest", r"\b(?:offer|propos|suggest)"), ("discuss/board", r"\b(?:discuss|board|multidisciplinary|tumou?r board)"),
    ("refer", r"\brefer"), ("would/could/should/may/might", r"\b(?:would|could|should|may|might|can)\b"),
    ("standard/guideline/indicated/approved", r"\b(?:standard|guideline|indicat|approv|first-line|first line)"),
    ("prescrib/order/request", r"\b(?:prescri|order|request)"), ("decid/decision/chose", r"\b(?:decid|decision|chose|chosen|opted|elect)"),
    ("if/unless/in case", r"\b(?:if|unless|in case|whether)\b"), ("will/to be/pending/await", r"\b(?:will|to be|pending|await)"),
    ("colon", r":"), ("dose/mg", r"\b(?:mg|dose|dosing|mg/m)"), ("receiv/given/administ/start", GIVING_WORDS.pattern),
    ("a question mark", r"\?"), ("used/tried/added/instituted/put on", r"\b(?:used|employed|tried|added|institut|put on|placed on|utili[sz]ed|applied)\b"),
    ("consist/compris/includ", r"\b(?:consist|compris|includ|composed)"), ("for N cycles/weeks", r"\bfor\s+\w+\s+(?:cycles?|courses?|weeks?|months?|days?)\b"),
    ("with/without", r"\bwith(?:out)?\b"), ("responded/sensitive/resistant", r"\b(?:sensitiv|resistan|refractor|respond)"),
    ("history/prior/previous", r"\b(?:history|prior|previous|past|before)\b"),
    ("a non-cancer disease", r"\b(?:arthritis|lupus|psoria|crohn|colitis|tubercul|hepatitis|HIV|transplant|sclerosis|vasculitis|nephrotic|myasthenia|autoimmun|sarcoid|dermatomyositis|pemphig|thrombocytopenic purpura|anemia|anaemia)"),
    ("a relative", r"\b(?:mother|father|sister|brother|son|daughter|aunt|uncle|grandmother|grandfather|sibling|cousin|twin)\b"), ("response/remission/progress", r"\b(?:respon|remission|progress|stable)"))]
PLAN_TENSES = [(name, re.compile(rx, re.I)) for name, rx in (
    ("is/are planned|scheduled", r"\b(?:is|are|has been|have been)\s+(?:\w+ly\s+)?(?:planned|scheduled)"),
    ("was/were planned|scheduled", r"\b(?:was|were|had been)\s+(?:\w+ly\s+)?(?:planned|scheduled)"),
    ("planned|scheduled to", r"\b(?:planned|scheduled|plans?)\s+to\b"), ("planned|scheduled for", r"\b(?:planned|scheduled)\s+for\b"),
    ("a plan noun", r"\b(?:the|a|our|her|his|treatment|therapeutic)\s+plan\b"), ("will", r"\bwill\b"),
    ("to be", r"\bto be\b"), ("pending/await", r"\b(?:pending|await)"), ("we planned", r"\b(?:we|they|team|board)\s+(?:\w+\s+)?plann"),
    ("present tense verb is/are", r"\b(?:is|are)\b"))]
DEATH = re.compile(r"\\b(?:died|death|passed away|expired)\\b", re.I)
OPTION_LINE = re.compile(r"(?:^|\s)(?:[A-E][.)]|\([a-eA-E]\))\s+\w")


def _leak_detail(sent, ev, sentences, sc=None, gold=None) -> list[str]:
    """Finer classes of a leak's sentence (counts only): is kg's own mention there a plan (PLANNED), is the
    next sentence a take-back kg knows (PLAN_CANCELLED), which take-back word families follow, a question
    or lettered options nearby, how many drugs the sentence names, whether the drug's mention is its subject."""
    from kg.nlp.assertion import engine

    eng = engine()
    out = []
    mine = [m for m in sent.mentions if m.start == ev.mention_start and m.end == ev.mention_end]
    m = mine[0] if mine else None
    if m is not None:
        out.append(f"leak+: kg reads the mention as planned = "
                   f"{eng.planned(sent.text, m.start - sent.start, m.end - sent.start, m.label)}")
        head = sent.text[:m.start - sent.start]
        out.append("leak+: mention within the sentence's first 4 words = " + str(len(head.split()) <= 4))
    else:
        out.append("leak+: evidence mention not among the sentence's mentions")
    later = [x for x in sentences if sent.index < x.index <= sent.index + 2]
    earlier = [x for x in sentences if sent.index - 3 <= x.index < sent.index]
    out.append(f"leak+: next sentence is a take-back kg knows = {bool(later) and eng.plan_cancelled(later[0].text)}")
    fams = [name for name, rx in TAKE_BACK_WORDS if any(rx.search(x.text) for x in later)]
    out.append("leak+: take-back words in next 2 sentences = " + (",".join(fams) or "none"))
    for name, rx in TAKE_BACK_WORDS:
        if any(rx.search(x.text) for x in later):
            out.append(f"leak+: next 2 sentences have {name} words")
    same = [name for name, rx in TAKE_BACK_WORDS if rx.search(sent.text)]
    out.append("leak+: take-back words in its own sentence = " + (",".join(same) or "none"))
    out.append(f"leak+: a question in it or the 3 sentences before = {any('?' in x.text for x in earlier + [sent])}")
    out.append("leak+: lettered options in its section = "
               f"{any(OPTION_LINE.search(x.text) for x in sentences if x.section is sent.section)}")
    drugs = {(x.pref_label or x.text).lower() for x in sent.mentions if x.label in DRUG_LABELS | {"REGIMEN"}}
    out.append("leak+: drugs named in its sentence = " + ("1" if len(drugs) <= 1 else "2" if len(drugs) == 2 else "3+"))
    out.append(f"leak+: sentence is a verbless line = {not eng.verb.search(sent.text)}")
    if m is not None:
        out.append(f"leak+: evidence mention label = {m.label}")
        out.append(f"leak+: evidence mention status = {m.status}")
    if sc is not None and gold is not None:
        given = [x for x in sent.mentions if x.label in DRUG_LABELS | {"REGIMEN"} and any(
            sc.matches(_as_pred(x), g) for g in gold.get("drugs_given", []))]
        out.append("leak+: its sentence names gold-given drugs = " + ("yes" if given else "no"))
    for name, rx in CONNECTIVES + OWN_WORDS:
        if rx.search(sent.text):
            out.append(f"leak+: its sentence has {name}")
    far = [x for x in sentences if sent.index + 2 < x.index <= sent.index + 6 and x.section is sent.section]
    fams = [name for name, rx in TAKE_BACK_WORDS if any(rx.search(x.text) for x in far)]
    out.append("leak+: take-back words 3-6 sentences later (same section) = " + (",".join(fams) or "none"))
    fams = [name for name, rx in TAKE_BACK_WORDS if any(rx.search(x.text) for x in earlier)]
    out.append("leak+: take-back words in the 3 sentences before = " + (",".join(fams) or "none"))
    rest = [x for x in sentences if x.section is sent.section and x.index > sent.index]
    out.append("leak+: sentences after it in its section = " + ("0" if not rest else "1-2" if len(rest) <= 2 else "3+"))
    after = [x for x in sentences if x.index > sent.index]
    out.append(f"leak+: death words later in the report = {any(DEATH.search(x.text) for x in after)}")
    near = [x for x in sentences if sent.index - 2 <= x.index < sent.index and x.section is sent.section]
    for name, rx in OWN_WORDS[-2:]:
        if any(rx.search(x.text) for x in near):
            out.append(f"leak+: the 2 sentences before have {name}")
    tense = [name for name, rx in PLAN_TENSES if rx.search(sent.text)]
    if tense:
        out.append("leak+: plan wording = " + ",".join(tense))
    if not GIVING_WORDS.search(sent.text):
        hits = [name for name, rx in OWN_WORDS if rx.search(sent.text)]
        out.append("leak+: no giving word; its words = " + (",".join(hits) or "none of the families"))
        if not hits:
            n = len(sent.text.split())
            out.append(f"leak+ (no family): section {sent.section.kind}, last in it = {not rest}, verbless = "
                       f"{not eng.verb.search(sent.text)}, ';' >= 2 = {sent.text.count(';') >= 2}, keyword word = "
                       f"{bool(re.search(r'key ?words?', sent.text, re.I))}, words " + ("<8" if n < 8 else "8-25" if n <= 25 else ">25")
                       + f", ends with '.' = {sent.text.rstrip().endswith('.')}")
            prev = [x for x in sentences if x.index == sent.index - 1]
            if prev:
                pw = [name for name, rx in OWN_WORDS if rx.search(prev[0].text)]
                out.append("leak+ (no family): the sentence before has " + (",".join(pw) or "none of the families")
                           + f"; it ends with {prev[0].text.rstrip()[-1:] if prev[0].text.rstrip()[-1:] in '.:;,?' else 'a word'}"
                           + f"; same section = {prev[0].section is sent.section}")
    out.append(f"leak+: sentence words = " + ("<8" if len(sent.text.split()) < 8 else "8-25"
                                              if len(sent.text.split()) <= 25 else ">25"))
    return out


def _literature_classes(head: str, found, sentences, record) -> list[str]:
    """Where the first mention read as literature sits: section kind, flags, the section's story, its place."""
    lit = [m for m in found if m.status == "literature" and m.sentence is not None]
    if not lit:
        return []
    sent = lit[0].sentence
    return ([f"{head}: section kind = {sent.section.kind}",
             f"{head}: flags = {','.join(sorted(sent.flags)) or 'no flag'}"]
            + [f"{head}: {c}" for c in _section_story(sent, sentences)]
            + [f"{head} {c}" for c in _literature_place(sent, sentences, record)])


def leak_classes(sc, drug: dict, sentences, record, gold=None) -> list[str]:
    """Classes of one drug kg gave that the gold lists as not given."""
    def same_drug(pid, plabel) -> bool:
        return bool((pid and drug.get("id") and sc.curie(pid) == sc.curie(drug["id"]))
                    or (plabel and sc.norm(plabel) == sc.norm(drug.get("label"))))
    adm = [a for case in record.cases for t in case.treatments for a in t.administrations
           if same_drug(a.drug.id, a.drug.label)]
    out = []
    ev = adm[0].evidence if adm and adm[0].evidence else None
    if ev is None:
        out.append("leak: no evidence sentence (given by a later step)")
    else:
        out.append(f"leak: evidence section kind = {ev.section_kind}")
        sent = next((s for s in sentences if s.start <= ev.sentence_start < s.end or s.start == ev.sentence_start), None)
        if sent is not None:
            flags = sorted(str(f) for f in sent.flags) or ["no flag"]
            out.append(f"leak: evidence sentence flags = {','.join(flags)}")
            out.append(f"leak: sentence has literature words = {bool(LITERATURE_WORDS.search(sent.text))}")
            out.append(f"leak: sentence has plan/option words = {bool(PLAN_WORDS.search(sent.text))}")
            out.append(f"leak: sentence has negation words = {bool(NEGATION_WORDS.search(sent.text))}")
            out.append(f"leak: sentence has future words = {bool(FUTURE_WORDS.search(sent.text))}")
            later = [x for x in sentences if sent.index < x.index <= sent.index + 2]
            sig = "".join(k for k, rx in (("P", PLAN_WORDS), ("N", NEGATION_WORDS), ("F", FUTURE_WORDS),
                                          ("G", GIVING_WORDS)) if rx.search(sent.text))
            nxt = any(PLAN_WORDS.search(x.text) or NEGATION_WORDS.search(x.text) for x in later)
            out.append(f"leak: signature (Plan/Neg/Future/Giving words; +next) = {sig or '-'}{'+next' if nxt else ''}")
            out.append("leak: next 2 sentences have plan/negation words = "
                       f"{any(PLAN_WORDS.search(x.text) or NEGATION_WORDS.search(x.text) for x in later)}")
            out.extend(_leak_detail(sent, ev, sentences, sc, gold))
            same_section = [x for x in sentences if x.section is sent.section]
            size = len(same_section)
            out.append("leak: section size = " + ("<15" if size < 15 else "15-40" if size <= 40 else ">40"))
            at = same_section.index(sent) / max(size, 1) if sent in same_section else 0
            out.append("leak: position in section = " + ("first third" if at < 1 / 3 else "middle third"
                                                          if at < 2 / 3 else "last third"))
            out.append("leak: evidence sentence has a drug with a not-given status" if any(
                m.status not in ("affirmed", None) for m in sent.mentions if m.label in DRUG_LABELS | {"REGIMEN"})
                else "leak: evidence sentence has no not-given drug")

    def same(m):
        return same_drug(m.curie, m.pref_label or m.text)
    elsewhere = _given_elsewhere_status(sentences, same)
    out.append(f"leak: named elsewhere with status = {elsewhere}")
    affirmed = [m for x in sentences for m in x.mentions if m.label in DRUG_LABELS | {"REGIMEN"} and same(m)
                and m.status == "affirmed"]
    out.append("leak: affirmed mentions = " + ("1" if len(affirmed) == 1 else "2" if len(affirmed) == 2 else
                                                f"{'0' if not affirmed else '3+'}"))
    out.append(f"leak: cases in report = {min(len(record.cases), 3)}")
    return out


def missed_drug_classes(sc, gold_drug, sentences, record, narrative_kinds) -> list[str]:
    def same(m):
        return sc.matches(_as_pred(m), gold_drug)
    found = [m for s in sentences for m in s.mentions if m.label in DRUG_LABELS | {"REGIMEN"} and same(m)]
    if not found:
        # a regimen's component is matched through the regimen's expansion, which this count does not follow
        text = " ".join(s.text for s in sentences)
        named = _written(gold_drug.get("labels", []), text)
        labels = {sc.norm(x) for x in gold_drug.get("labels", [])}
        surfaces = [m for s in sentences for m in s.mentions if sc.norm(m.text) in labels]
        shapes = sorted({_label_shape(x) for x in gold_drug.get("labels", []) if x and _written([x], text)})
        return ["drug missed: never recognised (or only inside a regimen name)",
                f"drug missed (not recognised): a gold label is written in the text = {named}",
                f"drug missed (not recognised): written labels are {','.join(shapes) or '-'}",
                "drug missed (not recognised): its words are a mention linked elsewhere = "
                + (",".join(sorted({m.label for m in surfaces})) or "no")] + [
                "drug missed (linked elsewhere): the linked label " + (
                    "contains the written words" if any(sc.norm(m.text) in sc.norm(m.pref_label or "") for m in surfaces)
                    else "is other words") + "; namespaces " + ("same" if any(
                        (m.curie or "").split(":")[0].upper() == (gold_drug.get("id") or "").split(":")[0].upper()
                        for m in surfaces) else "differ")
                for _ in surfaces[:1]]
    affirmed = [m for m in found if m.status == "affirmed"]
    if not affirmed:
        out = [f"drug missed: recognised only with status {_given_elsewhere_status(sentences, same)}"]
        out.extend(_literature_classes("drug missed (literature)", found, sentences, record))
        return out
    kinds = sorted({m.sentence.section.kind for m in affirmed if m.sentence is not None})
    if not any(k in narrative_kinds for k in kinds):
        # (status "literature" is set per sentence by kg.extraction.context from flags and section)
        return [f"drug missed: affirmed only in {','.join(kinds)}"]
    lit = all(m.sentence is not None and m.sentence.literature for m in affirmed)
    if lit:
        return ["drug missed: affirmed only in literature-flagged sentences"]
    return ["drug missed: affirmed in the story, dropped by therapy assembly"]


GRADE_VALUE = re.compile(r"\bgrade\s*(?:of\s*)?([1-5]|I{1,3}V?|IV)\b|\bG([1-5])\b", re.I)
GRADE_FORMS = [(name, re.compile(rx, re.I)) for name, rx in (
    ("high/low-grade", r"\b(?:high|low|intermediate)[- ]grade"), ("grade word-number", r"\bgrade\s+(?:one|two|three|four|five)\b"),
    ("grade >=/range", r"\bgrades?\s*(?:[≥>≤<]|\d\s*[-–/]\s*\d)"), ("grade-N", r"\bgrade-\d"),
    ("grades N", r"\bgrades\s+\d"), ("CTCAE/WHO/RTOG", r"\b(?:CTCAE|WHO|RTOG)\b"), ("Gleason/tumour grade", r"gleason|grade group|ISUP|FIGO|nuclear grade|histologic"),
    ("'grade' alone", r"\bgrade\b"))]
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}


def _shape(text: str) -> str:
    """The shape of a few characters (digits 9, letters a; punctuation kept): structure without words."""
    return re.sub(r"a+", "a", re.sub(r"[A-Za-z]", "a", re.sub(r"\d", "9", text))).replace(" ", "_")


def _grade_configuration(affirmed, gold_ae) -> list[str]:
    """Where the nearest stated grade sits from an ungraded event mention (counts only): before or after it,
    how far, whether other events sit between, whether it states the gold grade."""
    best = None
    for m in affirmed:
        s = m.sentence
        if s is None:
            continue
        for g in GRADE_VALUE.finditer(s.text):
            a, b = s.start + g.start(), s.start + g.end()
            dist = m.start - b if b <= m.start else a - m.end
            if best is None or dist < best[0]:
                best = (dist, m, g, a, b)
    if best is None:
        text = " ".join(m.sentence.text for m in affirmed if m.sentence is not None)
        forms = [name for name, rx in GRADE_FORMS if rx.search(text)]
        shapes = sorted({_shape(text[g.end():g.end() + 10]) for g in re.finditer(r"\bgrade\b", text, re.I)})
        return ["AE missed (ungraded): no 'grade N' value in its sentence",
                f"AE missed (ungraded, no value): forms = {','.join(forms) or 'none'}",
                f"AE missed (ungraded, no value): after 'grade' = {' '.join(shapes) or '-'}"]
    dist, m, g, a, b = best
    value = g.group(1) or g.group(2)
    value = int(value) if value.isdigit() else _ROMAN.get(value.upper())
    before = b <= m.start
    lo, hi = (b, m.start) if before else (m.end, a)
    between = [o for o in m.sentence.mentions if o.label == "ADVERSE_EVENT" and o is not m and lo <= o.start < hi]
    is_mention = any(o.label == "GRADE" and o.start <= a < o.end for o in m.sentence.mentions)
    gap = m.sentence.text[lo - m.sentence.start:hi - m.sentence.start]
    return [f"AE missed (ungraded): the grade value is a GRADE mention = {is_mention}",
            f"AE missed (ungraded): gap shape ({'before' if before else 'after'}) = "
            + (_shape(gap) if len(gap) <= 24 else _shape(gap[:10]) + "..." + _shape(gap[-10:])),
            f"AE missed (ungraded): nearest grade value is {'before' if before else 'after'} the event",
            f"AE missed (ungraded): shape+gold+between = {'B' if before else 'A'} "
            + (_shape(gap) if len(gap) <= 24 else _shape(gap[:10]) + "..." + _shape(gap[-10:]))
            + f" gold={value in set(gold_ae.get('grade', []))} between={min(len(between), 2)}"
            + f" next={_shape(m.sentence.text[b - m.sentence.start:b - m.sentence.start + 8]) if before else ''}",
            "AE missed (ungraded): grade distance = " + ("<=3" if dist <= 3 else "<=20" if dist <= 20 else
                                                          "<=60" if dist <= 60 else ">60") + " chars",
            f"AE missed (ungraded): other events between = {min(len(between), 2)}",
            f"AE missed (ungraded): that value is the gold grade = {value in set(gold_ae.get('grade', []))}"]


def _dropped_step(sc, gold_ae, graded, trace, record, has_case=None) -> list[str]:
    """Which step of kg.extraction lost a graded, affirmed event mention (counts only): the therapy assembly
    never read its sentence (not a case's story sentence), read it before any line and kept no event, read it
    under a line and kept no event (which filter of kg.extraction.adverse_events), or kept it and a later step
    (finish_adverse_events, a cancer-free story, a case not kept) lost it."""
    from kg.extraction import adverse_events as ae
    from kg.nlp.cues import Cue
    if trace is None:
        return []
    labels = {sc.norm(x) for x in gold_ae["labels"]}
    m = next((m for m in graded if m.attrs.get("grade") in set(gold_ae.get("grade", []))), graded[0])
    s = m.sentence
    calls = trace.get(s.start, [])
    out = []
    if not calls:
        out.append("AE dropped: step = sentence never read by the therapy assembly")
        out.append(f"AE dropped (not read): sentence literature = {s.literature}; section kind = {s.section.kind}")
        out.append(f"AE dropped (not read): section title = {_title_class(s.section.title)}")
        out.append(f"AE dropped (not read): flags = {','.join(sorted(s.flags)) or 'no flag'}")
        out.append(f"AE dropped (not read): an AGE_SEX mention in the sentence = "
                   f"{any(x.label == 'AGE_SEX' for x in s.mentions)}")
        out.append(f"AE dropped (not read): a drug in the sentence = {any(x.label in DRUG_LABELS for x in s.mentions)}")
        out.append(f"AE dropped (not read): report has a case section = {has_case}; cases = {min(len(record.cases), 2)}; "
                   f"the case has lines = {any(case.treatments for case in record.cases)}")
        has = [a for case in record.cases for a in case.adverse_events if sc.norm(a.concept.label) in labels]
        out.append("AE dropped (not read): the case has the term " + (
            "ungraded" if any(a.grade is None for a in has) else "at another grade" if has else "not at all"))
        return out
    gained = {(sc.norm(label), grade) for _, g in calls for label, grade in g}
    branch = calls[-1][0]
    if any(label in labels for label, _ in gained):
        kept = any(sc.norm(a.concept.label) in labels for case in record.cases for a in case.adverse_events)
        out.append("AE dropped: step = added in its sentence, " + ("kept with another grade" if kept else
                                                                    "lost later (finish/cancer-free/case)"))
        return out
    out.append(f"AE dropped: step = not added in its sentence ({branch})")
    why = []
    if s.cue_before(Cue.AE_RESOLVED, m.start):
        why.append("resolved")
    if s.cue_before(Cue.AE_NEGATED_SUMMARY, m.start):
        why.append("negated summary")
    if s.cue_before(Cue.AE_OTHER_CAUSE_BEFORE, m.start) or s.cue_after(Cue.AE_OTHER_CAUSE_AFTER, m.end):
        why.append("other cause")
    if s.cue_after(Cue.AE_DISEASE_CAUSE, m.end):
        why.append("disease cause")
    affirmed = [x for x in s.mentions if x.label == "ADVERSE_EVENT" and x.status == "affirmed"]
    saved = [(x, dict(x.attrs)) for x in affirmed]

    def restore():  # the filters below set grades on the mentions they read: each runs on the mentions as read
        for x, attrs in saved:
            x.attrs = dict(attrs)
    kept_ids = [id(x) for x in ae._without_manifestations(s, list(affirmed))]
    restore()
    if id(m) not in kept_ids:
        before = [k for k in affirmed if k.end <= m.start]
        precise = [id(x) for x in ae._precise_for_vague(s, list(affirmed))]
        restore()
        if id(m) not in precise:
            why.append("manifestation: a vague event restated precisely ("
                       + ("AE_VAGUE cue" if s.cue_in(Cue.AE_VAGUE, m) else "kg-local term") + ")")
        elif any(s.cue_between(Cue.AE_MANIFESTATION, k.end, m.start) for k in before):
            why.append("manifestation: AE_MANIFESTATION cue")
        elif any(ae._part_of(s, k, m) for k in before):
            why.append("manifestation: a syndrome's part (AE_SYNDROME_PART), " + (
                "the syndrome graded" if any(ae._part_of(s, k, m) and k.attrs.get("grade") is not None
                                             for k in before) else "the syndrome ungraded"))
        elif any(k.attrs.get("grade") is None and s.cue_between(Cue.AE_MEASURED_BY, k.end, m.start) for k in before):
            why.append("manifestation: the detail after 'with' of an ungraded event of its organ class (AE_MEASURED_BY)"
                       + ("; that event is kg-local" if any((k.curie or "").startswith("KG:") for k in before) else ""))
        else:
            out_ids = [id(x) for x in ae._without_manifestations(s, list(affirmed))]
            why.append(f"manifestation: other (in input {any(x is m for x in affirmed)}, "
                       f"kept now {id(m) in out_ids}, of {len(affirmed)} events)")
    drugs_after = any(d.label in DRUG_LABELS and d.start >= m.end for d in s.mentions)
    if branch == "no line yet":
        if any(d.label in DRUG_LABELS for d in s.mentions):
            why.append("a drug named in the sentence")
        if s.cue(Cue.AE_ATTRIBUTION) is not None:
            why.append("attribution cue")
    elif drugs_after:
        why.append("a drug named after the event (treated_from?)")
    same = any(sc.norm(a.concept.label) in labels for case in record.cases for a in case.adverse_events)
    if same:
        why.append("the case has the term with another grade")
    out.append(f"AE dropped (not added): {'+'.join(why) or 'no filter seen'}")
    return out


def _analyte_classes(sc, gold_ae, text: str, grades: set) -> list[str]:
    """Is the gold term's analyte (a LAB_TEST row of kg/rules/adverse_events.jsonl whose term is a gold label)
    written, and how does the text run from it to the nearest 'grade N' of the gold grade (its shape only)?"""
    from kg.nlp.adverse_events import _LAB_TEST, _LAB_TERM
    labels = {sc.norm(x) for x in gold_ae["labels"]}
    hits = [h for h in _LAB_TEST.finditer(text) if sc.norm(_LAB_TERM.get(" ".join(h.group(0).lower().split()), ""))
            in labels]
    if not hits:
        has_row = any(sc.norm(v) in labels for v in _LAB_TERM.values())
        words = {w for x in gold_ae["labels"] for w in re.findall(r"[a-z]{4,}", x.lower())} - {
            "increased", "decreased", "count", "blood", "serum", "high", "prolonged", "abnormal"}
        written = any(re.search(rf"(?<![a-z]){re.escape(w)}", text) for w in words)
        return ["AE missed (not recognised): its analyte (LAB_TEST) is written = False",
                f"AE missed (no analyte): the gold term has a LAB_TEST row = {has_row}",
                f"AE missed (no analyte): a specific word of a gold label is written = {written}"]
    best = None
    for g in GRADE_VALUE.finditer(text):
        v = g.group(1) or g.group(2)
        if (int(v) if v.isdigit() else _ROMAN.get(v.upper())) not in grades:
            continue
        for h in hits:
            d = h.start() - g.end() if g.end() <= h.start() else g.start() - h.end()
            if d >= 0 and (best is None or d < best[0]):
                best = (d, h, g)
    out = ["AE missed (not recognised): its analyte (LAB_TEST) is written = True"]
    if best is None or best[0] > 80:
        return out + ["AE missed (analyte): no gold-grade 'grade N' within 80 chars"]
    d, h, g = best
    before = g.end() <= h.start()
    gap = text[g.end():h.start()] if before else text[h.end():g.start()]
    after = text[h.end():h.end() + 30]
    return out + [f"AE missed (analyte): grade {'before' if before else 'after'} it, gap = " + (
        _shape(gap) if len(gap) <= 30 else _shape(gap[:12]) + "..." + _shape(gap[-12:]))
        + ("" if not before else f"; after it = {_shape(after)}")]


def _substitute_classes(sc, gold_ae, sentences, extra_aes) -> list[str]:
    """A gold event kg never recognised as its term: did kg report another event, unmatched by the gold (an extra),
    at the gold grade (a substitute)? Is that event's term kg-local, of the gold term's organ class, named by one of
    the gold term's words?"""
    grades = set(gold_ae.get("grade", [None])) - {None}
    subs = [p for p in extra_aes if p[1] in grades]
    terms = next((s.terms for s in sentences if s.terms is not None), None)
    by_label = {}
    if terms is not None:
        for tid, info in terms.terms.items():
            by_label.setdefault(sc.norm(info.label), tid)
    gold_ids = [by_label.get(sc.norm(x)) for x in gold_ae["labels"]]
    gold_soc = {terms.extra(g, "soc") for g in gold_ids if g and terms is not None} - {None}
    gold_words = {w for x in gold_ae["labels"] for w in re.findall(r"[a-z]{4,}", x.lower())}
    text = " ".join(s.text for s in sentences).lower()
    # the organ class (a CTCAE category, no term name) and whether any word of the gold labels is written
    head = [f"AE missed (not recognised): gold term's organ class = {'/'.join(sorted(gold_soc)) or 'no term'}",
            f"AE missed (not recognised): a word of a gold label is written = "
            f"{any(re.search(rf'(?<![a-z]){re.escape(w)}', text) for w in gold_words)}",
            f"AE missed (not recognised): the gold grade is written as 'grade N' = "
            f"{any(int(v) in grades if v.isdigit() else _ROMAN.get(v.upper()) in grades for g in GRADE_VALUE.finditer(text) for v in [g.group(1) or g.group(2)])}"]
    head += _analyte_classes(sc, gold_ae, text, grades)
    if not subs:
        return head + ["AE missed (not recognised): an extra event at the gold grade = no"]
    out = head + [f"AE missed (not recognised): an extra event at the gold grade = {min(len(subs), 2)}"]
    for label, _ in subs[:1]:
        tid = by_label.get(label)
        out.append("AE missed (substitute): its term is " + ("unknown" if tid is None else "kg-local" if
                                                            tid.startswith("KG:") else tid.split(":")[0]))
        out.append(f"AE missed (substitute): same organ class = {bool(tid and terms.extra(tid, 'soc') in gold_soc)}")
        out.append(f"AE missed (substitute): shares a word with the gold labels = "
                   f"{bool(set(re.findall(r'[a-z]{4,}', label)) & gold_words)}")
        surf = [m for s in sentences for m in s.mentions if m.label == "ADVERSE_EVENT"
                and sc.norm(m.pref_label or m.text) == label]
        out.append("AE missed (substitute): its mention's words are in a gold label = "
                   + str(any(set(re.findall(r"[a-z]{4,}", m.text.lower())) & gold_words for m in surf)))
    return out


def missed_ae_classes(sc, gold_ae, sentences, trace=None, record=None, extra_aes=None) -> list[str]:
    labels = {sc.norm(x) for x in gold_ae["labels"]}
    found = [m for s in sentences for m in s.mentions if m.label == "ADVERSE_EVENT"
             and sc.norm(m.pref_label or m.text) in labels]
    if not found:
        out = ["AE missed: event never recognised as that term"]
        text = " ".join(s.text for s in sentences)
        written = _written(gold_ae["labels"], text)
        out.append(f"AE missed (not recognised): a gold label is written in the text = {written}")
        grades = set(gold_ae.get("grade", [None])) - {None}
        other = [m for s in sentences for m in s.mentions if m.label == "ADVERSE_EVENT" and m.attrs.get("grade") in grades]
        out.append(f"AE missed (not recognised): another event carries that grade = {bool(other)}")
        out.extend(_substitute_classes(sc, gold_ae, sentences, extra_aes or []))
        return out
    affirmed = [m for m in found if m.status == "affirmed"]
    if not affirmed:
        out = [f"AE missed: recognised only with status {'+'.join(sorted({m.status or 'context' for m in found}))}"]
        out.extend(_literature_classes("AE missed (literature)", found, sentences, record))
        lit = [m for m in found if m.status == "literature" and m.sentence is not None]
        if lit:
            out.append(f"AE missed (literature): graded on mention = {lit[0].attrs.get('grade') is not None}")
        return out
    graded = [m for m in affirmed if m.attrs.get("grade") is not None]
    if not graded:
        out = ["AE missed: recognised as given, no grade on the mention"]
        sents = [m.sentence for m in affirmed if m.sentence is not None]
        later = [x for x in sentences for y in sents if y.index < x.index <= y.index + 1]
        out.append(f"AE missed (ungraded): a grade word in its sentence = {any(GRADE_WORDS.search(x.text) for x in sents)}")
        out.append(f"AE missed (ungraded): a grade word in the next sentence = {any(GRADE_WORDS.search(x.text) for x in later)}")
        out.append(f"AE missed (ungraded): a severity word in its sentence = {any(SEVERITY_WORDS.search(x.text) for x in sents)}")
        out.append(f"AE missed (ungraded): in a table row = {any('table_row' in x.flags or 'ae_table' in x.flags for x in sents)}")
        out.append(f"AE missed (ungraded): section kinds = {','.join(sorted({x.section.kind for x in sents}))}")
        out.extend(_grade_configuration(affirmed, gold_ae))
        return out
    kinds = sorted({m.sentence.section.kind for m in graded if m.sentence is not None})
    wrong = [m for m in graded if m.attrs.get("grade") not in set(gold_ae.get("grade", [None]))]
    return _dropped_step(sc, gold_ae, graded, trace, record,
                         any(x.section.kind == "case" for x in sentences)) + ["AE missed: recognised with a grade, dropped later",
            f"AE missed (graded, dropped): section kinds = {','.join(kinds)}",
            f"AE missed (graded, dropped): the mention's grade differs from gold = {len(wrong) == len(graded)}",
            f"AE missed (graded, dropped): literature-flagged sentence = "
            f"{any(m.sentence is not None and m.sentence.literature for m in graded)}"]


def _response_mentions(sentences, cls: str) -> list:
    return [m for s in sentences for m in s.mentions if m.label == "RESPONSE" and m.attrs.get("response_class") == cls]


def missed_response_classes(sc, gold_resp, drug_found: bool, sentences, pred_pairs, gold: dict,
                            record_lines: list[dict] | None = None) -> list[str]:
    """A gold (drug, class) pair kg missed: were the class's words recognised, with which status, near the drug?"""
    classes = gold_resp["response"] if isinstance(gold_resp["response"], list) else [gold_resp["response"]]
    head = "response missed (drug found)" if drug_found else "response missed (drug not found)"
    found = [m for c in classes for m in _response_mentions(sentences, c)]
    if not found:
        return [f"{head}: the class's words never recognised"]
    affirmed = [m for m in found if m.status == "affirmed"]
    if not affirmed:
        return [f"{head}: recognised only with status {'+'.join(sorted({m.status or 'context' for m in found}))}"]
    if not drug_found:
        return [f"{head}: recognised as the patient's"]
    gold_drug = sc.drug_gold(gold, gold_resp["drug"])
    near = any(sc.matches(_as_pred(o), gold_drug) for m in affirmed if m.sentence is not None
               for o in m.sentence.mentions if o.label in DRUG_LABELS | {"REGIMEN"})
    elsewhere = any(p[1] in classes for p in pred_pairs)
    where = _where_class_went(sc, record_lines, gold_drug, classes, gold.get("drugs_given", [])) if record_lines is not None else []
    kinds = sorted({m.sentence.section.kind for m in affirmed if m.sentence is not None})
    return [f"{head}: recognised as the patient's",
            f"{head} (recognised): the drug is named in its sentence = {near}",
            f"{head} (recognised): that class went to another drug = {elsewhere}",
            f"{head} (recognised): section kinds = {','.join(kinds)}"] + [
            f"{head} (recognised): the class went to {w}" for w in where]


def _where_class_went(sc, lines: list[dict], gold_drug: dict, classes: list[str], gold_given: list[dict]) -> list[str]:
    """Relative to the (first) predicted line holding the gold drug: the lines that hold the class instead."""
    own = [t for t in lines if any(sc.matches(d, gold_drug) for d in t.get("drugs", []))]
    if not own:
        return []
    at = lines.index(own[0])
    out = set()
    for k, t in enumerate(lines):
        if any(sc.response_class(r) in classes for r in t.get("responses", [])) and not any(
                sc.matches(d, gold_drug) for d in t.get("drugs", [])):
            given = all(any(sc.matches(d, g) for g in gold_given) for d in t.get("drugs", []))
            shares = any(sc.norm(d.get("label")) in {sc.norm(o.get("label")) for o in own[0].get("drugs", [])}
                         for d in t.get("drugs", []))
            out.add(("a later line" if k > at else "an earlier line")
                    + (" (its drugs given" if given else " (a drug of it not given by gold")
                    + (", shares a drug with the drug's line)" if shares else ")"))
    return sorted(out) or ["no other line (a partner drug of the same line?)"]


def extra_response_classes(sc, pair, record, sentences) -> list[str]:
    """A (drug, class) pair kg gave that the gold does not have: where its evidence sits, explicit or inferred."""
    drug, cls = pair
    hits = [r for case in record.cases for t in case.treatments
            if any(sc.norm(a.drug.label) == sc.norm(drug.get("label")) or (a.drug.id and a.drug.id == drug.get("id"))
                   for a in t.administrations)
            for r in t.responses if sc.response_class({"id": r.concept.id, "label": r.concept.label}) == cls]
    if not hits:
        return ["response extra: (not re-found)"]
    r = hits[0]
    ev = r.evidence
    out = [f"response extra: {'explicit' if r.explicit else 'inferred'}",
           f"response extra: evidence section kind = {ev.section_kind if ev else 'none'}"]
    if ev is not None:
        sent = next((x for x in sentences if x.start <= ev.sentence_start < x.end), None)
        if sent is not None:
            drugs_here = [o for o in sent.mentions if o.label in DRUG_LABELS | {"REGIMEN"}]
            out.append(f"response extra: drugs named in its sentence = {min(len(drugs_here), 2)}")
            out.append(f"response extra: sentence flags = {','.join(sorted(sent.flags)) or 'no flag'}")
    return out


def missed_diagnosis_classes(sc, gold_dx, sentences, pred_dx: list[dict]) -> list[str]:
    """A gold diagnosis kg missed: was the tumour recognised as that term (status, section), and how does what kg
    gave instead relate to it (the same words inside it: more generic; it inside them: more specific)?"""
    found = [m for s in sentences for m in s.mentions if m.label == "TUMOR" and sc.matches(_as_pred(m), gold_dx)]
    out = []
    if not found:
        out.append("diagnosis missed: never recognised as that term")
        text = " ".join(s.text for s in sentences)
        out.append(f"diagnosis missed (not recognised): a gold label is written in the text = "
                   f"{_written(gold_dx.get('labels', []), text)}")
        # where a gold label is written: inside a TUMOR mention (a longer span linked to another term), or no mention
        spans = []
        for s in sentences:
            for x in gold_dx.get("labels", []):
                for m in re.finditer(rf"(?<!\w){re.escape(x)}(?!\w)", s.text, re.I) if x else ():
                    a, b = s.start + m.start(), s.start + m.end()
                    cover = [t for t in s.mentions if t.start <= a and b <= t.end]
                    spans.append("inside a " + "/".join(sorted({t.label for t in cover})) + " mention" if cover
                                 else "in no mention")
        out.extend(f"diagnosis missed (not recognised): written label {w}" for w in sorted(set(spans)))
        known = _tumour_names()
        out.append("diagnosis missed (not recognised): a gold label is a name in kg's tumour list = "
                   f"{any(sc.norm(x) in known for x in gold_dx.get('labels', []))}")
    else:
        statuses = sorted({m.status or "context" for m in found})
        kinds = sorted({m.sentence.section.kind for m in found if m.sentence is not None})
        out.append(f"diagnosis missed: recognised with status {'+'.join(statuses)}")
        out.append(f"diagnosis missed (recognised): section kinds = {','.join(kinds)}")
    gold_words = {w for x in gold_dx.get("labels", []) for w in sc.norm(x).split()}
    rel = set()
    for p in pred_dx:
        words = set(sc.norm(p.get("label")).split())
        if not words:
            continue
        rel.add("more generic" if words < gold_words else "more specific" if gold_words < words
                else "overlapping words" if words & gold_words else "other words")
    out.append(f"diagnosis missed: kg's unmatched diagnoses are {','.join(sorted(rel)) or 'none'}")
    return out


def missed_case_classes(doc_sentences, doc) -> list[str]:
    """A record kg gave no case for: which of extraction's gates the report met (kg.extraction.extract_report)."""
    from kg.extraction.analyse import NARRATIVE_WITHOUT_CASE, is_case_report, is_review
    from kg.extraction.cases import introduces_patient, reports_cohort, titled_review

    kinds = sorted({s.section.kind for s in doc_sentences})
    has_case = "case" in kinds
    narrative_kinds = {"case"} if has_case else NARRATIVE_WITHOUT_CASE
    narrative = [s for s in doc_sentences if s.section.kind in narrative_kinds and not s.literature]
    anywhere = [s for s in doc_sentences if introduces_patient([s])]
    return ["case missed: section kinds = " + ",".join(kinds),
            f"case missed: case report by its source = {is_case_report(doc)}",
            f"case missed: review = {is_review(doc) or titled_review(doc_sentences)}",
            f"case missed: reports a cohort = {reports_cohort(doc_sentences)}",
            f"case missed: narrative sentences (not literature) = {min(len(narrative), 10)}{'+' if len(narrative) >= 10 else ''}",
            "case missed: a sentence introducing a patient sits in " + (",".join(sorted({s.section.kind for s in anywhere}))
                                                                      or "no section")]


def classify_record(sc, reader: Reader, cases: list[dict], gold: dict, records_only: bool = False) -> Counter:
    out: Counter = Counter()
    if gold.get("no_case"):
        return out
    if not cases:
        path = page_path(gold)
        read = reader.read_docs(path) if path else []
        if not read:
            return Counter({"case missed: (record not re-read)": 1})
        return Counter(missed_case_classes(*read[0]))
    pred = sc.pooled(cases)
    leaks = [p for p in ec.unmatched(pred["drugs"], gold.get("drugs_given", []), sc.matches)[0]
             if any(sc.matches(p, {"labels": [n]}) for n in gold.get("drugs_not_given", []))]
    missed_drugs = ec.unmatched(pred["drugs"], gold.get("drugs_given", []), sc.matches)[1]

    def same_ae(p, g):
        return p[0] in {sc.norm(x) for x in g["labels"]} and p[1] in g.get("grade", [None])
    missed_aes = [g for g in ec.unmatched(pred["adverse_events"], gold.get("adverse_events", []), same_ae)[1]
                  if any(x is not None for x in g.get("grade", [None]))]
    def classes(g):
        return g["response"] if isinstance(g["response"], list) else [g["response"]]

    def same_resp(p, g):
        return p[1] in classes(g) and sc.matches(p[0], sc.drug_gold(gold, g["drug"]))
    extra_resp, missed_resp = ec.unmatched(pred["responses"], gold.get("responses", []), same_resp)
    # a pair of a drug given whose class the gold does not have for it (the drug-not-given pairs follow the leaks)
    extra_resp = [p for p in extra_resp if any(sc.matches(p[0], d) for d in gold.get("drugs_given", []))]
    extra_aes = ec.unmatched(pred["adverse_events"], gold.get("adverse_events", []), same_ae)[0]
    extra_dx, missed_dx = ec.unmatched(pred["diagnoses"], gold.get("diagnoses", []), sc.matches)
    if not (leaks or missed_drugs or missed_aes or extra_resp or missed_resp or missed_dx):
        return out
    path = page_path(gold)
    read = reader.read(path) if path else []
    if not read:
        out["(record not re-read)"] += 1
        return out
    sentences, record = read[0]
    narrative_kinds = {"case"} if any(s.section.kind == "case" for s in sentences) else {"abstract", "body", "other"}
    for p in leaks:
        out.update(leak_classes(sc, p, sentences, record, gold))
    if leaks:
        out["leak+: leaks in the record = " + (str(len(leaks)) if len(leaks) < 3 else "3+")] += 1
    for g in missed_drugs:
        out.update(missed_drug_classes(sc, g, sentences, record, narrative_kinds))
    for g in missed_aes:
        out.update(missed_ae_classes(sc, g, sentences, reader.trace, record, extra_aes))
    for g in missed_dx:
        out.update(missed_diagnosis_classes(sc, g, sentences, extra_dx))
    for g in missed_resp:
        drug_found = any(sc.matches(d, sc.drug_gold(gold, g["drug"])) for d in pred["drugs"])
        lines = [t for c in cases for t in c.get("treatments", [])]
        out.update(missed_response_classes(sc, g, drug_found, sentences, pred["responses"], gold, lines))
    for p in extra_resp:
        out.update(extra_response_classes(sc, p, record, sentences))
    if records_only:  # how many records each class occurs in (a page with many events counts once)
        return Counter(set(out))
    return out


def webtext_columns(per_set: bool) -> list[tuple[str, list[dict]]]:
    return [(label, recs) for label, recs in ec.columns(per_set) if label.startswith("webtext")]


def main(argv: list[str]) -> None:
    args = ec.parse_args(argv, __doc__, records=True)
    pred = ec.load_predictions(args.predictions)
    sc = ec.load_scorer()
    by = ec.cases_by_report(pred)
    reader = Reader()
    table = []
    for label, records in webtext_columns(args.per_set):
        total: Counter = Counter()
        for gold in records:
            total += classify_record(sc, reader, ec.cases_for(by, gold), gold, args.records)
        table.append((label, total))
    print(ec.render(table))


if __name__ == "__main__":
    main(sys.argv[1:])
