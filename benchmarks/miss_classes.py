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
  recognised as given but without a grade on it / with a grade and dropped later.

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


def _written(labels, text: str) -> bool:
    """Is any of a gold entry's labels written in the text, as whole words?"""
    return any(re.search(rf"(?<!\w){re.escape(x)}(?!\w)", text, re.I) for x in labels if x)


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


def leak_classes(sc, drug: dict, sentences, record) -> list[str]:
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
        return ["drug missed: never recognised (or only inside a regimen name)",
                f"drug missed (not recognised): a gold label is written in the text = {named}",
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
        lit = [m for m in found if m.status == "literature" and m.sentence is not None]
        if lit:
            m = lit[0]
            out.append(f"drug missed (literature): section kind = {m.sentence.section.kind}")
            out.append(f"drug missed (literature): flags = {','.join(sorted(m.sentence.flags)) or 'no flag'}")
            out.extend(f"drug missed (literature): {c}" for c in _section_story(m.sentence, sentences))
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
        lit = [m for m in found if m.status == "literature" and m.sentence is not None]
        if lit:
            m = lit[0]
            out.append(f"AE missed (literature): section kind = {m.sentence.section.kind}")
            out.append(f"AE missed (literature): flags = {','.join(sorted(m.sentence.flags)) or 'no flag'}")
            out.append(f"AE missed (literature): graded on mention = {m.attrs.get('grade') is not None}")
            out.extend(f"AE missed (literature): {c}" for c in _section_story(m.sentence, sentences))
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


def classify_record(sc, reader: Reader, cases: list[dict], gold: dict, records_only: bool = False) -> Counter:
    out: Counter = Counter()
    if gold.get("no_case") or not cases:
        return out
    pred = sc.pooled(cases)
    leaks = [p for p in ec.unmatched(pred["drugs"], gold.get("drugs_given", []), sc.matches)[0]
             if any(sc.matches(p, {"labels": [n]}) for n in gold.get("drugs_not_given", []))]
    missed_drugs = ec.unmatched(pred["drugs"], gold.get("drugs_given", []), sc.matches)[1]

    def same_ae(p, g):
        return p[0] in {sc.norm(x) for x in g["labels"]} and p[1] in g.get("grade", [None])
    missed_aes = [g for g in ec.unmatched(pred["adverse_events"], gold.get("adverse_events", []), same_ae)[1]
                  if any(x is not None for x in g.get("grade", [None]))]
    extra_aes = ec.unmatched(pred["adverse_events"], gold.get("adverse_events", []), same_ae)[0]
    if not (leaks or missed_drugs or missed_aes):
        return out
    path = page_path(gold)
    read = reader.read(path) if path else []
    if not read:
        out["(record not re-read)"] += 1
        return out
    sentences, record = read[0]
    narrative_kinds = {"case"} if any(s.section.kind == "case" for s in sentences) else {"abstract", "body", "other"}
    for p in leaks:
        out.update(leak_classes(sc, p, sentences, record))
    for g in missed_drugs:
        out.update(missed_drug_classes(sc, g, sentences, record, narrative_kinds))
    for g in missed_aes:
        out.update(missed_ae_classes(sc, g, sentences, reader.trace, record, extra_aes))
    if records_only:  # how many records each class occurs in (a page with many events counts once)
        return Counter(set(out))
    return out


def webtext_columns(per_set: bool) -> list[tuple[str, list[dict]]]:
    return [(label, recs) for label, recs in ec.columns(per_set) if label.startswith("webtext")]


def main(argv: list[str]) -> None:
    pred = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    sc = ec.load_scorer()
    by = ec.cases_by_report(pred)
    reader = Reader()
    table = []
    for label, records in webtext_columns("--per-set" in argv):
        total: Counter = Counter()
        for gold in records:
            total += classify_record(sc, reader, ec.cases_for(by, gold), gold, "--records" in argv)
        table.append((label, total))
    print(ec.render(table))


if __name__ == "__main__":
    main(sys.argv[1:])
