"""Therapy lines, responses and adverse events from the patient's narrative.

The narrative is read in text order. Drugs named together form a regimen; a
regimen that is not the current one opens a new line; "resumed"/"restarted"
opens a retreatment line. Responses attach to the line they follow.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

from kg.extraction.mentions import Mention, Sentence
from kg.extraction.regimens import expand_regimen
from kg.model import (AdverseEvent, Concept, DrugAdministration, Response, Treatment)

DRUG_LABELS = {"DRUG", "DRUG_CLASS"}
# Classes that describe a drug rather than name one given ("second-generation ALK-TKI, alectinib",
# "resistance to ALK inhibitors", "standard chemotherapy with doxorubicin"): never a drug on their own.
_DESCRIPTOR_CLASS = re.compile(r"inhibitor|\bTKIs?\b|chemotherap|targeted|agent|antineoplastic|antibod|immunotherap", re.I)
_SEQUENCE_GAP = re.compile(r"^\W*to\W*$|\b(?:then|followed by|switch(?:ed|ing)? to|replaced (?:by|with)|changed to|subsequently|after(?:wards)?"
                           r"|later|before|prior to|instead)\b|[.;]", re.I)
# Supportive care given for a side effect or symptom is not an anticancer line.
_SUPPORTIVE = re.compile(r"^[^.;]{0,40}?\b(?:for|to (?:treat|manage|control|reduce|relieve|prevent|alleviate)|against)\s+(?:the\s+|her\s+|his\s+|this\s+|treatment of\s+|management of\s+)*", re.I)
_SYMPTOM = re.compile(r"(?:[\w-]+\s+){0,2}?(?:pain|o?edema|nausea|vomiting|symptoms?|infection|fever|toxicit\w*|adverse event|side effects?"
                      r"|pneumonitis|hypertension|dyslipid\w*|hyperlipid\w*|hypertriglycerid\w*|neutropenia|anemia|anaemia|rash"
                      r"|diarrh\w*|hepatitis|colitis|hypercholesterol\w*)\b", re.I)
_RESUME = re.compile(r"\b(?:resum|restart|re-?start|re-?introduc|re-?challeng|retreat|re-?treat|re-?initiat|reinstitut)"
                     # "again received", "was treated ... again", "a second course of": the same drugs once more
                     r"|\bagain (?:received|given|treated|administered|started|underwent)\b"
                     r"|\b(?:received|given|treated|administered|started)\b[^.;]{0,60}\bagain\b"
                     r"|\b(?:second|third|another|new) courses? of\b", re.I)
# the drug's own start verb right after it: "entrectinib (300 mg/m2 daily) was started in November 2020"
_PASSIVE_START = re.compile(r"[^.;]{0,60}?\b(?:was|were)\s+(?:\w+\s+)?(?:started|initiated|commenced|begun|introduced|"
                            r"administered|given|added)\b", re.I)
_DATED_EVENTS = {"RESPONSE", "ADVERSE_EVENT", "PROCEDURE"}
_FAILURE_AFTER = re.compile(r"\s*(?:treatment\s+|therapy\s+)?failure\b", re.I)
_FAILURE_BEFORE = re.compile(r"\bfailure\s+(?:of|on|with)\s+(?:the\s+)?$", re.I)
_LOOK_BACK = re.compile(r"\b(?:failure|progression|resistance|refractory|intolerance|relapse|progressing)\s+"
                        r"(?:of|on|to|with|under|while on)\s+(?:the\s+)?$", re.I)
_RESPONSE_ON = re.compile(r"[\w-]+(?:\s+[\w-]+){0,3}\s+(?:on|to|with|under|during|while on)\s+(?:the\s+|treatment\s+with\s+)?$",
                          re.I)
_CAUSE = re.compile(r"\b(?:because of|due to|owing to|in view of|in the setting of)\s+(?:\w+\s+){0,3}$", re.I)
_END_CUE = re.compile(r"\b(?:until|discontinu\w*|stopp?ed|interrupt\w*|withdrawn|ceased|halted|suspended|terminated)\b", re.I)
_REASON = re.compile(r"\b(?:due to|because of|owing to|for reasons? of|in view of|following)\s+([^.;,()]{3,80})", re.I)
_MONITORING = re.compile(r"\b(?:monitoring|follow-?up|surveillance|watchful waiting|off[- ](?:treatment|therapy)|treatment-free|after (?:the )?(?:end|completion|discontinuation) of)\b", re.I)
_ANAPHORA = re.compile(r"\b(?:this|the|that|such) (?:treatment|therapy|regimen|drug|agent|combination|line)\b|\bon treatment\b|\bunder (?:treatment|therapy)\b|\bof (?:treatment|therapy)\b", re.I)
_AE_CUE = re.compile(r"\b(?:toxicit\w*|adverse|side[- ]effects?|induced|related to|attribut\w*|secondary to|caused by|developed|experienced"
                     r"|tolerat\w*|complicated by|CTCAE)\b", re.I)
_AE_RESOLVED = re.compile(r"\b(?:normali[sz]ation|resolution|recovery|improvement|disappearance)\s+of\s+[^.;]{0,40}$", re.I)

# Response wording that names no RECIST class but implies one (recorded as not explicit).
_INFERRED = [
    (re.compile(r"\b(?:ineffective|inefficacious|did not (?:demonstrate|show|achieve|provide) any (?:efficacy|benefit|response)"
                r"|without (?:any )?(?:efficacy|benefit)|no (?:clinical |radiological )?(?:efficacy|benefit)|refractory to|resistant to"
                r"|failed to (?:control|respond))\b"
                r"|\b(?:treatment|therapy|TKI|chemotherapy|regimen)\s+failure\b"
                # new lesions mean progression by RECIST
                r"|\bnew (?:\w+,?\s+){0,4}(?:lesions?|metastas[ie]s|nodules?)\b"
                r"|\b(?:brain|liver|bone|hepatic|cerebral|pulmonary|lung|adrenal|peritoneal) metastas[ie]s (?:were|was) (?:found|detected|diagnosed|discovered|revealed|observed)\b", re.I), "PD"),
    (re.compile(r"\b(?:dimensional stability|stable (?:size|dimensions|lesions?)|unchanged in size|no (?:significant )?(?:change|growth) in size)\b"
                # "the disease remained stable", "the lesions were radiologically stable"
                r"|\b(?:disease|tumou?rs?|lesions?|mass(?:es)?|nodules?|metastas[ie]s)\s+(?:\w+\s+)?(?:remained|remains|was|were|stayed)"
                r"\s+(?:radiologically\s+|clinically\s+)?stable\b", re.I), "SD"),
    (re.compile(r"\b(?:near|nearly|almost)[- ]complete (?:response|remission|regression)\b"
                r"|\b(?:(?:significant|marked|dramatic|major|dimensional|considerable)\s+)+(?:decrease|reduction|shrinkage|regression)\b"
                r"|\b(?:decrease|reduction) (?:in|of) (?:the )?(?:size|tumou?r)", re.I), "PR"),
]
# "a 45% reduction of the target lesions", "the mass had shrunk by 60%", "grew by 35%": RECIST 1.1
# thresholds (-30% partial response, +20% progression; in between stable; -100% complete)
_PERCENT_CHANGE = re.compile(
    r"\b(?P<p1>\d{1,3}(?:\.\d+)?)\s?%\s+(?:(?P<dec1>reduction|decrease|shrinkage|regression|decline)|(?P<inc1>increase|growth|enlargement))\b"
    r"|\b(?:(?P<dec2>reduc|decreas|shr[iu]nk|regress|declin)|(?P<inc2>increas|gr[eo]w|enlarg))\w*\s+(?:[\w-]+\s+){0,4}?by\s+"
    r"(?:about\s+|approximately\s+|nearly\s+|almost\s+|over\s+|more than\s+|~\s?)?(?P<p2>\d{1,3}(?:\.\d+)?)\s?%", re.I)


# "a 50% dose reduction", "CEA decreased by 40%", "weight loss of 10%": not the tumor's size
_NOT_TUMOR_SIZE = re.compile(r"\bdos(?:e|es|age|ing)\b|\bmg\b|\bweight\b|\bCEA\b|\bCA[- ]?1[29]|\bmarker|\blevels?\b"
                             r"|\bPSA\b|\bLDH\b|\bexpression\b|\bSUV", re.I)


def _recist_class(hit: re.Match) -> str:
    pct = float(hit.group("p1") or hit.group("p2"))
    if hit.group("dec1") or hit.group("dec2"):
        return "CR" if pct >= 100 else "PR" if pct >= 30 else "SD"
    return "PD" if pct >= 20 else "SD"


# "significant partial radiologic response": a RECIST class named with words in between
_NAMED_RESPONSE = re.compile(r"\b(complete|partial)\s+(?:[a-z]+\s+){1,2}(?:response|remission)\b", re.I)
# "CT showed PR according to RECIST", "the best response was SD": the RECIST abbreviations only
# where wording says an assessment is reported (PR is also progesterone receptor, PD also PD-L1)
_ABBREV_RESPONSE = re.compile(
    r"(?:\b(?:showed|show|achieved|achieving|reached|attained|obtained|evaluated as|assessed as|consistent with|"
    r"documented|demonstrated|confirmed|best (?:overall )?response (?:was|of)|response (?:was|of))\s+(?:an?\s+)?"
    r"(?:(?:radiological|radiologic|clinical|metabolic|objective|confirmed|durable|sustained)\s+)?)\(?(CR|PR|SD|PD)\b(?![-/+])")
_PRE_NEG_RESP = re.compile(r"\b(?:no|not|without|absence of|nor)\b", re.I)
RESPONSE_CURIES = {"CR": "NCIT:C4870", "PR": "NCIT:C18058", "SD": "NCIT:C18213", "PD": "NCIT:C35571"}
RESPONSE_LABELS = {"CR": "complete response", "PR": "partial response", "SD": "stable disease", "PD": "progressive disease"}


def shift_date(iso: str, days: float) -> str:
    """An ISO partial date moved by a number of days, kept at its own precision."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return str(parts[0] + int(round(days / 365.25)))
    base = datetime.date(parts[0], parts[1], parts[2] if len(parts) > 2 else 15)
    moved = base + datetime.timedelta(days=days)
    return moved.isoformat() if len(parts) > 2 else moved.strftime("%Y-%m")


def concept_of(m: Mention, kind: str) -> Concept:
    return Concept(id=m.curie, label=(m.pref_label or m.text), kind=m.attrs.get("term_type") or kind)


def _drug_key(m: Mention) -> str:
    return (m.curie or (m.pref_label or m.text).lower())


@dataclass
class _Line:
    line: Treatment
    keys: set[str]
    last_sentence: int
    first_sentence: int
    mentions: list[Mention] = field(default_factory=list)


class TherapyBuilder:
    def __init__(self):
        self.lines: list[_Line] = []
        self.current: _Line | None = None
        self.last_procedure_sentence = -1
        self.adverse_events: list[AdverseEvent] = []
        self.last_date: str | None = None  # latest absolute date read in the narrative

    # --- drugs -----------------------------------------------------------------
    def _groups(self, s: Sentence, drugs: list[Mention]) -> list[list[Mention]]:
        groups: list[list[Mention]] = [[drugs[0]]]
        for prev, cur in zip(drugs, drugs[1:]):
            gap = s.text[prev.end - s.start: cur.start - s.start]
            dated_between = any(m.label == "DATE" and prev.end <= m.start < cur.start for m in s.mentions)
            if _SEQUENCE_GAP.search(gap) or len(gap) > 60 or dated_between:  # "X in 2019 and Y in June 2020"
                groups.append([cur])
            else:
                groups[-1].append(cur)
        return groups

    def _dose_for(self, s: Sentence, drug: Mention) -> dict | None:
        for m in s.mentions:
            if m.label == "DOSE" and m.start >= drug.end and m.start - drug.end < 40:
                return m.attrs.get("dose") or {}
        return None

    @staticmethod
    def _date_in(s: Sentence, near: Mention | None = None, after_cue: re.Pattern | None = None) -> str | None:
        dates = [m for m in s.mentions if m.label == "DATE" and m.attrs.get("date")]
        if after_cue is not None:
            cue = after_cue.search(s.text)
            if not cue:
                return None
            later = [d for d in dates if d.start - s.start >= cue.start()]
            # "until June 2020"; else "In March 2021 ... crizotinib was stopped" (the only date)
            dates = later or (dates if len(dates) == 1 else [])
        if not dates:
            return None
        if near is None:
            return dates[0].attrs["date"]
        # "received lorlatinib, with a partial response in July 2018": that date is the response's
        own = [d for d in dates if not any(o.label in _DATED_EVENTS and 0 <= d.start - o.end <= 20
                                           for o in s.mentions)] or dates
        return min(own, key=lambda d: abs(d.start - near.start)).attrs["date"]

    @staticmethod
    def _passive_start_date(s: Sentence, group: list[Mention]) -> str | None:
        """ "Because of progression in October 2020, entrectinib was started in November 2020": the
        date the drug's own start verb governs, not the nearest (which dates the cause)."""
        last = max(m.end for m in group)
        cue = _PASSIVE_START.match(s.text, last - s.start)
        if not cue:
            return None
        for d in sorted((m for m in s.mentions if m.label == "DATE" and m.attrs.get("date")), key=lambda d: d.start):
            gap = s.text[cue.end(): d.start - s.start]
            if d.start - s.start >= cue.end() and len(gap) <= 25 and not re.search(r"[,;]", gap):
                return d.attrs["date"]
        return None

    @staticmethod
    def _date_near(s: Sentence, pos: int) -> str | None:
        """The date closest to a document offset, preferring one that follows it in the clause."""
        dates = [m for m in s.mentions if m.label == "DATE" and m.attrs.get("date")]
        if not dates:
            return None
        for d in sorted(dates, key=lambda d: d.start):
            gap = s.text[pos - s.start: d.start - s.start]
            if d.start >= pos and len(gap) < 60 and not re.search(r"[,;]", gap):
                return d.attrs["date"]  # "a complete response in March 2021"
        return min(dates, key=lambda d: abs(d.start - pos)).attrs["date"]

    def _relative_date(self, s: Sentence) -> str | None:
        """'Five months later' / 'in the same month' after the last absolute date of the narrative."""
        if self.last_date is None:
            return None
        if re.search(r"\b(?:in|during) the same (?:month|period)\b", s.text, re.I):
            return self.last_date
        for m in s.mentions:
            if m.label == "DURATION" and m.attrs.get("relative") in ("later", "after") and m.attrs.get("duration_days"):
                if re.match(r"\s*(?:of|on)\b", s.text[m.end - s.start:]):
                    continue  # "after 3 months of therapy" measures a line, it does not date one
                return shift_date(self.last_date, float(m.attrs["duration_days"]))
        return None

    @staticmethod
    def _since_start(s: Sentence, ln: _Line) -> str | None:
        """ "After 3 months of treatment, CT showed a partial response": the line's start + 3 months
        (only when the sentence gives no other absolute date)."""
        start = ln.line.start
        if not start or any(d.attrs.get("date") not in (None, start) for d in s.mentions if d.label == "DATE"):
            return None
        for m in s.mentions:
            if m.label == "DURATION" and m.attrs.get("relative") == "after" and m.attrs.get("duration_days"):
                return shift_date(start, float(m.attrs["duration_days"]))
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
        start = self._passive_start_date(s, group) or self._date_in(s, group[0]) or self._relative_date(s)
        t = Treatment(line=len(self.lines) + 1, administrations=adms, start=start, evidence=s.evidence_for(group[0]))
        for a in t.administrations:
            a.start = start
        ln = _Line(line=t, keys=seen, last_sentence=s.index, first_sentence=s.index, mentions=list(group))
        self.lines.append(ln)
        return ln

    def _line_of(self, m: Mention) -> _Line | None:
        k = _drug_key(m)
        for ln in reversed(self.lines):
            if k in ln.keys:
                return ln
        return None

    @staticmethod
    def given_drugs(s: Sentence) -> list[Mention]:
        drugs = []
        for m in s.mentions:
            if m.status != "affirmed":
                continue
            if m.label == "REGIMEN":
                drugs.extend(expand_regimen(m))
            elif m.label in DRUG_LABELS:
                drugs.append(m)
        named = [m for m in drugs if m.label == "DRUG"]

        def apposed(c: Mention) -> bool:  # "anti-inflammatory (NAPROXENE)", "ALK-TKI, ALECTINIB"
            return any(re.fullmatch(r"[\s,(:)-]{0,4}", s.text[min(c.end, d.end) - s.start: max(c.start, d.start) - s.start])
                       for d in named)

        def supportive(d: Mention) -> bool:  # "prednisolone for the pneumonitis", "G-CSF to treat neutropenia"
            after = s.text[d.end - s.start: d.end - s.start + 90]
            cue = _SUPPORTIVE.match(after)
            if not cue:
                return False
            window = (d.end + cue.end(), d.end + cue.end() + 50)
            return bool(_SYMPTOM.match(after[cue.end():])) or any(
                o.label == "ADVERSE_EVENT" and window[0] <= o.start < window[1] for o in s.mentions)

        # a class counts only when it is what was given ("1 month of corticosteroids"), not a descriptor
        return [m for m in drugs if not supportive(m) and (m.label == "DRUG" or
                (not apposed(m) and not _DESCRIPTOR_CLASS.search(f"{m.pref_label} {m.text}")))]

    def add_sentence(self, s: Sentence, narrative: bool) -> None:
        drugs = self.given_drugs(s)
        if self.lines:
            # "upon failure of crizotinib, alectinib was started": a drug named as what failed is a
            # look back at its line, not part of the regimen this sentence starts
            earlier = set().union(*(ln.keys for ln in self.lines))
            drugs = [m for m in drugs if not (_drug_key(m) in earlier and (
                _FAILURE_AFTER.match(s.text, m.end - s.start) or _LOOK_BACK.search(s.text[: m.start - s.start])))]
        before_lines = self.current
        if narrative and drugs:
            for group in self._groups(s, drugs):
                keys = {_drug_key(m) for m in group}
                cur = self.current
                resumed = bool(_RESUME.search(s.text))
                earlier = set().union(*(ln.keys for ln in self.lines)) if self.lines else set()
                if cur is not None and keys <= cur.keys and not resumed:
                    cur.last_sentence = s.index
                    cur.mentions.extend(group)
                elif cur is not None and keys <= cur.keys and resumed and cur.first_sentence == s.index:
                    cur.last_sentence = s.index
                elif keys <= earlier and not resumed:
                    continue  # "after progression on crizotinib": a look back, not a new line
                else:
                    self.current = self._new_line(s, group)
            # an end date stated for the current line ("continued until June 2020")
            if self.current is not None and _END_CUE.search(s.text):
                end = self._date_in(s, after_cue=_END_CUE)
                if end:
                    self.current.line.end = end
                    for a in self.current.line.administrations:
                        a.end = end
                reason = _REASON.search(s.text)
                if reason and not self.current.line.discontinuation_reason:
                    self.current.line.discontinuation_reason = reason.group(1).strip()
        elif narrative and self.current is not None and _END_CUE.search(s.text) and _ANAPHORA.search(s.text):
            end = self._date_in(s, after_cue=_END_CUE)
            if end:
                self.current.line.end = end
        elif narrative and self.current is not None and not self.current.line.end and (
                _ANAPHORA.search(s.text) or any(m.label == "DRUG_CLASS" and m.status == "affirmed" for m in s.mentions)):
            self.current.last_sentence = s.index  # "the chemotherapy", "this treatment" keep the line current
        self._responses(s, drugs, before_lines, narrative)
        if narrative:
            self._adverse_events(s, drugs)
            dated = [m.attrs["date"] for m in s.mentions if m.label == "DATE" and m.attrs.get("date")]
            if dated:
                self.last_date = dated[-1]
            if any(m.label == "PROCEDURE" and m.status == "affirmed" for m in s.mentions) and not drugs:
                self.last_procedure_sentence = s.index

    # --- responses ---------------------------------------------------------------
    def _target_line(self, s: Sentence, resp_start: int, drugs: list[Mention], before: _Line | None,
                     narrative: bool) -> _Line | None:
        if not narrative:
            # discussion/abstract sentences about this patient: only "response to DRUG" wording
            for m in drugs:
                gap = s.text[resp_start - s.start: m.start - s.start]
                if 0 < len(gap) < 60 and re.search(r"\b(?:to|with|on|under|of)\s+(?:\w+\s+){0,2}$", gap) \
                        and not re.search(r"[.;]", gap):
                    return self._line_of(m)
            return None
        if drugs:
            with_lines = [(m, self._line_of(m)) for m in drugs]
            with_lines = [(m, ln) for m, ln in with_lines if ln is not None]
            if not with_lines:
                return None
            # "progressed on alectinib", "a partial response to crizotinib": the drug the wording names
            for m, ln in with_lines:
                if m.start >= resp_start and _RESPONSE_ON.match(s.text[resp_start - s.start: m.start - s.start]):
                    return ln
            preceding = [(m, ln) for m, ln in with_lines if m.end <= resp_start]
            if preceding:
                m, ln = preceding[-1]
                # "switched from crizotinib to alectinib because of progression": the cause of a
                # switch belongs to the line that ended, not to the one this sentence opens
                if (ln.first_sentence == s.index and ln is not before and before is not None
                        and not before.line.end and _CAUSE.search(s.text[m.end - s.start: resp_start - s.start])):
                    return before
                return ln
            # the response comes first: if those drugs open a new line here, it belongs to the one before
            m, ln = with_lines[0]
            if ln.first_sentence == s.index and ln is not before:
                # "progression led to a regimen of ...": the response belongs to the line before, if any
                if before is None or before.line.end or _MONITORING.search(s.text[: resp_start - s.start]):
                    return None
                return before
            return ln
        if self.current is None or self.current.line.end:
            return None  # nothing given, or the line had ended: an off-treatment assessment
        if _MONITORING.search(s.text):
            return None
        recent = s.index - self.current.last_sentence <= 2 and self.last_procedure_sentence <= self.current.last_sentence
        if recent or _ANAPHORA.search(s.text):
            return self.current
        return None

    def _responses(self, s: Sentence, drugs: list[Mention], before: _Line | None, narrative: bool) -> None:
        found: list[tuple[int, str, bool, Mention | None]] = []
        for m in s.mentions:
            if m.label == "RESPONSE" and m.status == "affirmed" and m.attrs.get("response_class"):
                found.append((m.start, m.attrs["response_class"], True, m))
        for hit in _ABBREV_RESPONSE.finditer(s.text):
            pos = s.start + hit.start(1)
            if not any(abs(pos - f[0]) < 3 for f in found):
                found.append((pos, hit.group(1), True, None))
        for hit in _NAMED_RESPONSE.finditer(s.text):
            pos = s.start + hit.start()
            if not any(f[3] is not None and f[3].start <= pos < f[3].end + 1 for f in found) and \
                    not _PRE_NEG_RESP.search(s.text[max(0, hit.start() - 25): hit.start()]):
                found.append((pos, "CR" if hit.group(1).lower() == "complete" else "PR", True, None))
        # "after crizotinib failure", "upon failure of alectinib": progression on that drug's line
        failed_line: dict[int, _Line] = {}
        for m in s.mentions:
            if m.label in DRUG_LABELS and m.status == "affirmed" and (
                    _FAILURE_AFTER.match(s.text, m.end - s.start) or _FAILURE_BEFORE.search(s.text[: m.start - s.start])):
                ln = self._line_of(m)
                if ln is not None:
                    failed_line[m.start] = ln
                    found.append((m.start, "PD", False, None))
        for hit in _PERCENT_CHANGE.finditer(s.text):
            if _PRE_NEG_RESP.search(s.text[max(0, hit.start() - 25): hit.start()]) or \
                    _NOT_TUMOR_SIZE.search(s.text[max(0, hit.start() - 30): hit.end() + 30]):
                continue
            found.append((s.start + hit.start(), _recist_class(hit), False, None))
        for pattern, cls in _INFERRED:
            for hit in pattern.finditer(s.text):
                pos = s.start + hit.start()
                if not any(abs(pos - f[0]) < 15 for f in found):
                    found.append((pos, cls, False, None))
        if not found:
            return
        classes = {f[1] for f in found}
        dates = {m.attrs.get("date") for m in s.mentions if m.label == "DATE"} - {None}
        if {"CR", "PR"} <= classes and len(dates) < 2:
            # one assessment where some lesions are gone and others shrank is partial by RECIST
            # ("complete regression of the lesions of the iliopsoas" beside a smaller thigh mass);
            # a named "complete response" stands
            found = [f for f in found if f[1] != "CR" or (f[3] is not None and re.search(r"respon|remission", f[3].text, re.I))]
        added: set[tuple[int, str]] = set()
        for pos, cls, explicit, m in sorted(found, key=lambda f: f[0]):
            ln = failed_line.get(pos) or self._target_line(s, pos, drugs, before, narrative)
            if ln is None or (id(ln), cls) in added:
                continue
            added.add((id(ln), cls))
            date = self._since_start(s, ln) or self._date_near(s, pos)
            ev = s.evidence_for(m) if m else s.evidence_for(None)
            existing = {(r.concept.id, r.date) for r in ln.line.responses}
            if date is None and any(r.concept.id == (m.curie if m and m.curie else RESPONSE_CURIES[cls])
                                    for r in ln.line.responses):
                continue  # an undated restatement of a response already recorded
            concept = Concept(id=(m.curie if m and m.curie else RESPONSE_CURIES[cls]),
                              label=(m.pref_label if m and m.curie else RESPONSE_LABELS[cls]), kind="response")
            if (concept.id, date) in existing:
                continue
            ln.line.responses.append(Response(concept=concept, date=date, explicit=explicit, evidence=ev))

    # --- adverse events ------------------------------------------------------------
    def _adverse_events(self, s: Sentence, drugs: list[Mention]) -> None:
        aes = [m for m in s.mentions if m.label == "ADVERSE_EVENT" and m.status == "affirmed"]
        if not aes:
            return
        drug_lines = [ln for ln in (self._line_of(m) for m in drugs) if ln is not None]
        if not drug_lines and self.current is None:
            return  # before any treatment: a symptom, not an adverse event
        aes = [m for m in aes if not _AE_RESOLVED.search(s.before(m))]
        if not aes:
            return
        graded = any(m.attrs.get("grade") is not None for m in aes)
        if not graded and not _AE_CUE.search(s.text):
            return
        # "visual disturbances (blurred vision)": the aside restates the same event
        kept: list[Mention] = []
        for m in aes:
            if kept and re.fullmatch(r"\s*\(\s*", s.text[kept[-1].end - s.start: m.start - s.start]):
                kept[-1] = m
                continue
            kept.append(m)
        if drug_lines:
            attributed = [concept_of(m, "drug") for m in drugs if self._line_of(m) is not None]
        else:
            attributed = list(self.current.line.drugs)
        uniq = list({(c.id, c.label): c for c in attributed}.values())
        prev_grade = None
        for i, m in enumerate(kept):
            grade = m.attrs.get("grade")
            if grade is None and prev_grade is not None and i > 0:
                gap = s.text[kept[i - 1].end - s.start: m.start - s.start]
                if re.fullmatch(r"\s*(?:,|and|,\s*and|or)\s*", gap):
                    grade = prev_grade  # "grade II diarrhea and asthenia"
            prev_grade = grade
            concept = concept_of(m, "adverse_event")
            same = next((a for a in self.adverse_events if (a.concept.id or a.concept.label) == (concept.id or concept.label)
                         and a.grade in (grade, None)), None)
            if same is not None:  # the same event restated: keep one, with the grade if given now
                same.grade = same.grade if same.grade is not None else grade
                same.drugs.extend(d for d in uniq if d not in same.drugs)
                continue
            self.adverse_events.append(AdverseEvent(concept=concept, grade=grade,
                                                    drugs=list(uniq), evidence=s.evidence_for(m)))

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
