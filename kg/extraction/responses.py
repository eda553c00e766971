"""Responses of a sentence, read from its RESPONSE spans (found by ``kg_responses``).

:func:`responses_in` gives each response wording with its class, whether the class is stated,
its own mention, and for failure wording ("after crizotinib failure") the drug that failed.
Which line a response belongs to is decided in ``kg/extraction/therapy.py``.
"""
from __future__ import annotations

from dataclasses import dataclass

from kg.extraction.mentions import Mention, Sentence
from kg.extraction.regimens import expand_regimen
from kg.model import Concept
from kg.nlp.cues import Cue, label_fullmatch
from kg.rules import rules

# which response rows a RESPONSE span came from (span._.response_rule) decides how it is read
_RULES = rules("responses")
_NAMED_IDS = frozenset(r.id for r in _RULES.rows("NAMED"))
_FAILURE_AFTER = frozenset(r.id for r in _RULES.rows("FAILURE_AFTER"))
_FAILURE_BEFORE = frozenset(r.id for r in _RULES.rows("FAILURE_BEFORE"))
# inferred wording that states no disease is left ("no evidence of disease"), not that it shrank
ABSENCE_RULES = frozenset(r.id for r in _RULES.rows("INFERRED") if r.fields.get("absence"))
DRUG_LABELS = frozenset({"DRUG", "DRUG_CLASS"})
# a bare "remission" (no class word): a state the patient is in, read as no response once surgery or
# radiotherapy has treated the tumour during or after the line (kg/extraction/therapy.py)
BARE_REMISSION = frozenset(w.lower() for r in _RULES.rows("NAMED") if r.fields.get("bare_state") for w in r.words)
# wording that says the disease came back after it had gone ("relapse", "recurrence", "she relapsed"): after a course of fixed length
# it is a relapse off that course, not its progression (kg/extraction/therapy.py)
RELAPSE_RULES = frozenset(r.id for r in _RULES.rules if r.fields.get("relapse"))
# inferred wording that names no class of its own ("disease control": SD, PR or CR): once the line has one of
# the classes the row's ``subsumed_by`` lists, it restates that response rather than telling a new one
SUBSUMED_BY = {r.id: frozenset(r.fields["subsumed_by"]) for r in _RULES.rows("INFERRED") if r.fields.get("subsumed_by")}
# inferred complete-response wording of a PET ("FDG-PET showed no uptake", "the residual mass was metabolically
# inactive"): by Lugano a residual mass without uptake is a complete response, so beside an inferred shrinkage in
# the same assessment ("the mass had shrunk to a 2-cm residue, and FDG-PET showed no uptake") the PET's class wins
METABOLIC_CR_RULES = frozenset(r.id for r in _RULES.rows("INFERRED") if r.fields.get("metabolic_cr"))


# the statuses of a RESPONSE span of a worded-class or inferred row that still tell the patient's response:
# "negated" is read below (absence wording, "no evidence of disease", holds a "no" of its own and is read as it is;
# any other negated wording did not happen: ConText's negation ends at a coordinated clause, "the rash did not
# return, and the disease remained stable", TERMINATE ``coordinated``); any other status (hypothetical, family,
# refused, not_done, concomitant, literature_aside) says the response was not the patient's or did not happen
_READ_AS_TOLD = frozenset({"affirmed", "negated"})


@dataclass
class FoundResponse:
    pos: int                    # where the response is read (a failed drug's start)
    cls: str
    explicit: bool
    mention: Mention
    failed_drug: Mention | None = None




def _failed_drug(s: Sentence, m: Mention) -> Mention | None:
    rule = m.attrs.get("response_rule")
    # a named regimen ("failure of FOLFOX") stands for its first drug, whose line is the regimen's
    drugs = [d if d.label in DRUG_LABELS else next(iter(expand_regimen(d, s.terms)), None)
             for d in s.mentions if d.label in DRUG_LABELS or d.label == "REGIMEN"]
    drugs = [d for d in drugs if d is not None]
    if rule in _FAILURE_AFTER:
        return max((d for d in drugs if d.end <= m.start), key=lambda d: d.end, default=None)
    if rule in _FAILURE_BEFORE:
        after = sorted((d for d in drugs if d.start >= m.end), key=lambda d: d.start)
        first = after[0] if after else None
        if first is not None and first.label == "DRUG_CLASS" and len(after) > 1 and after[1].label != "DRUG_CLASS" \
                and s.cue_between(Cue.COURSE_OF, first.end, after[1].start) is not None:
            # "relapsed during induction chemotherapy with cytarabine": the course word names the drug after it
            return after[1]
        return first
    return None


def _drug_between(s: Sentence, a: Mention, b: Mention) -> bool:
    """A drug named between two responses of a sentence ("after a partial response the disease
    progressed and X was started; CT showed complete resolution"): two assessments, one before and
    one on the drug, not one assessment of several sites."""
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return any((m.label in DRUG_LABELS or m.label == "REGIMEN") and m.status == "affirmed" and lo <= m.start and m.end <= hi
               for m in s.mentions)   # a named regimen too: "responded partially to FOLFOX but progressed on X"


def _timed_apart(s: Sentence, a: Mention, b: Mention, times: int) -> bool:
    """Two wordings told at two time points ("the disease was stable at 3 months but progressed at 6 months"):
    the sentence names two or more (``times``: TIME_POINT hits and dates) and one lies between the wordings;
    two assessments, so the stable disease before the progression is a response of its own."""
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return times >= 2 and (bool(s.cues(Cue.TIME_POINT, lo, hi))
                           or any(m.label == "DATE" and lo <= m.start and m.end <= hi for m in s.mentions))


def _glosses_absence(s: Sentence, m: Mention) -> bool:
    """The named response ``m`` opens the aside right after absence wording ("no residual tumour (complete
    remission)", "no evidence of disease (CR)")."""
    return any(o.label == "RESPONSE" and o.status == "affirmed" and o.attrs.get("response_rule") in ABSENCE_RULES
               and o.end <= m.start and s.text[o.end - s.start:m.start - s.start].strip() == "(" for o in s.mentions)


def _apposition_after_negated_clause(s: Sentence, m: Mention) -> bool:
    """The negated named class ``m`` opens an apposition after a comma ("the tumour became necrotic without
    shrinkage, a partial response by mRECIST"): the negation is the clause's before it, not the class's (a
    negation word after the comma, "..., no partial response", keeps it negated: NAMED_APPOSITION holds none)."""
    return s.cue_before(Cue.NAMED_APPOSITION, m.start) is not None


def _lasting(s: Sentence, at: int, found: list[FoundResponse]) -> bool:
    """The time point at ``at`` is how long a named response told right before it has lasted ("a complete
    response that persists at 30 months", "a partial response lasting 14 months": RESPONSE_LASTING on the gap), not
    the time of an assessment of its own."""
    return any(f.explicit and f.mention.end <= at and f.mention.attrs.get("response_class") != "PD"
               and label_fullmatch(Cue.RESPONSE_LASTING, s.text[f.mention.end - s.start:at - s.start])
               for f in found)


def responses_in(s: Sentence) -> list[FoundResponse]:
    """Affirmed responses of the sentence in text order. One assessment where some lesions are
    gone and others shrank is partial by RECIST: beside PR wording and with fewer than two dates,
    CR stands only when named as a response or remission (NAMED_CR_WORD); one where some sites
    progress is progression: beside PD, inferred SD/PR/CR wording is dropped."""
    found = []
    for m in s.mentions:
        if m.label != "RESPONSE" or not m.attrs.get("response_class"):
            continue
        rule = m.attrs.get("response_rule")
        if rule in _FAILURE_AFTER or rule in _FAILURE_BEFORE:
            drug = _failed_drug(s, m)
            if drug is not None and drug.status == "affirmed":
                found.append(FoundResponse(drug.start, "PD", False, m, drug))
            continue
        if m.status != "affirmed" and (rule is None or rule in _NAMED_IDS):
            if m.status == "negated" and _apposition_after_negated_clause(s, m):
                found.append(FoundResponse(m.start, m.attrs["response_class"], True, m))
                continue
            if m.status == "negated" and _glosses_absence(s, m):
                # "CT showed no evidence of disease (complete response)": the class named in the aside of
                # absence wording glosses it; the "no" is the absence wording's own, not the class's negation
                found.append(FoundResponse(m.start, m.attrs["response_class"], True, m))
            continue  # other wordings carry their own negation check (NEGATION_BEFORE, in kg_responses)
        if m.status not in _READ_AS_TOLD:
            # "if the disease was progressing, X would be added", "his brother's tumour kept growing": a response
            # that is supposed, a relative's or another report's is none of the patient's, whatever row found it
            continue
        if m.status == "negated" and rule not in ABSENCE_RULES and m.attrs["response_class"] != "CR":
            # "no new nodal disease", "none of the lesions shrank": inferred or worded-class wording that ConText
            # negates did not happen (absence wording, "no evidence of disease", holds its own negation and is read
            # as it is; so does complete-response wording, whose negation tells that no disease is left: "MRD-negative",
            # "the PET was negative (Deauville 2)")
            continue
        found.append(FoundResponse(m.start, m.attrs["response_class"], m.attrs.get("response_explicit", True) is not False, m))
    if found and s.cue(Cue.ENABLED_BY_COMMENT) and not any(m.label in ("DRUG", "REGIMEN") for m in s.mentions):
        # "Repeat biopsy at progression allowed a mutation-guided choice of the next inhibitor": a comment on what a
        # test made possible; the progression it names is the occasion told before in the story, no new one (not a
        # sentence naming a drug: "lorlatinib allowed a durable response" tells the drug's response; a kind of drug,
        # "the choice of the next ALK inhibitor", is what the test chose)
        found = [f for f in found if f.cls != "PD"]
    if found and s.cue(Cue.MIXED_RESPONSE):
        # "a mixed response: three nodules regressed while two enlarged": the sites' shrinkage and growth told beside
        # it make no response of the line (RECIST has no mixed class); a class named as such stays
        found = [f for f in found if f.explicit]
    overall = {f.cls for f in found if s.cue_before(Cue.OVERALL_BEFORE, f.mention.start)}
    if len(overall) == 1:
        # "an intracranial complete response, with an overall partial response": the sentence names the
        # patient's overall assessment; another class beside it is a site's, no response of its own
        found = [f for f in found if f.cls in overall]
    classes = {f.cls for f in found}
    dates = {m.attrs.get("date") for m in s.mentions if m.label == "DATE"} - {None}
    # "after 3 months ..., and at 9 months ...": the time points the sentence names (TIME_POINT) and its dates
    # (not the time a named response has lasted: "a complete response that persists at 30 months")
    times = sum(not _lasting(s, h.start, found) for h in s.cues(Cue.TIME_POINT)) + sum(m.label == "DATE" for m in s.mentions)
    if "PD" in classes and len(dates) < 2:
        # "new liver metastases while the thoracic lesions remained stable": one assessment in
        # which some sites progress is progression (RECIST); the other sites' inferred wording is
        # no response of its own (unless told in sequence: "stable until May, when it progressed")
        pds = [f.mention for f in found if f.cls == "PD"]

        def one_assessment(f: FoundResponse) -> bool:
            return any(not s.cue_between(Cue.ASSESSMENT_SEQUENCE, min(f.mention.end, p.end), max(f.mention.start, p.start))
                       and not _drug_between(s, f.mention, p) and not _timed_apart(s, f.mention, p, times) for p in pds)
        found = [f for f in found if f.cls == "PD" or f.explicit or not one_assessment(f)]
    named = [f.mention for f in found if f.explicit and f.cls in ("CR", "PR", "SD")
             and not s.cue_before(Cue.SITE_QUALIFIED_BEFORE, f.mention.start)   # "an intracranial partial response"
             and not s.cue_after(Cue.SITE_QUALIFIED_AFTER, f.mention.end)]  # "a partial response of the liver"
    summaries = [n for n in named if s.cue_after(Cue.NAMED_SUMMARY_AFTER, n.end) or s.cue_before(Cue.NAMED_SUMMARY_BEFORE, n.start)]
    if summaries:
        # "the lesion had disappeared and the metastases were no longer visible; a complete remission was thus
        # obtained": the class concludes the findings told before it (NAMED_SUMMARY_*), one assessment whatever
        # punctuation or time words lie between; those findings are the way to it, no response of their own
        found = [f for f in found if f.explicit or f.cls == "PD" or not any(
            f.mention.end <= n.start and not _drug_between(s, f.mention, n) for n in summaries)]
    if named and times < 2:
        # "the mass shrank quickly and MRI at six months showed a complete response": inferred wording
        # (shrinkage) beside a class the sentence names, in one assessment, is the way to that class,
        # no response of its own (not when a drug or a step in time lies between them, the sentence
        # names two times - "reduced by 60% after 3 months, and at 9 months a complete response" - or
        # the class is one site's: "an intracranial partial response; the extracranial disease was stable")
        found = [f for f in found if f.explicit or f.cls == "PD" or any(
            n.attrs.get("response_class") == f.cls for n in named) or not any(
            not s.cue_between(Cue.ASSESSMENT_SEQUENCE, min(f.mention.end, n.end), max(f.mention.start, n.start))
            and not _drug_between(s, f.mention, n) for n in named)]
    if {"CR", "PR"} <= classes and len(dates) < 2 and any(
            f.cls == "CR" and f.mention.attrs.get("response_rule") in METABOLIC_CR_RULES for f in found):
        # a residual mass the PET finds without uptake is a complete metabolic response (Lugano): the inferred
        # shrinkage told beside it is the size of that residue, no partial response of its own
        found = [f for f in found if f.cls != "PR" or f.explicit]
        classes = {f.cls for f in found}
    if {"CR", "PR"} <= classes and len(dates) < 2:
        prs = [f.mention for f in found if f.cls == "PR"]
        found = [f for f in found if f.cls != "CR" or (
            (f.mention.attrs.get("response_rule") in _NAMED_IDS or f.mention.attrs.get("response_rule") is None)
            and s.cue_in(Cue.NAMED_CR_WORD, f.mention)) or all(_drug_between(s, f.mention, p) for p in prs)
            # "a partial metabolic response after four doses; after eight doses ... Deauville 3": two assessments
            # (a step in time between them, ASSESSMENT_SEQUENCE: not one assessment's sites, "a partial response
            # at 3 months with the liver lesions gone")
            or all(_timed_apart(s, f.mention, p, times) and f.mention.start > p.end
                   and s.cue_between(Cue.ASSESSMENT_SEQUENCE, p.end, f.mention.start) for p in prs)]
    return sorted(found, key=lambda f: f.pos)


def response_concept(m: Mention) -> Concept:
    return Concept(id=m.curie, label=m.pref_label or m.text, kind="response")


__all__ = ["ABSENCE_RULES", "BARE_REMISSION", "RELAPSE_RULES", "FoundResponse", "responses_in", "response_concept"]
