"""Whose fact is it, and was it really done? ConText-style rules.

We use our own small rule set instead of negspacy/medspaCy: medspaCy pins spaCy
back to 3.7 (breaking negspacy), and negspacy only knows negation, while case
reports need more statuses (refused, planned-not-done, hypothetical, family,
literature). Rules are scoped like ConText: a cue governs mentions on its side
of it inside the same clause (clauses end at ';', ' but ', ' however ', ...).

Statuses: affirmed, negated, refused, not_done, hypothetical, concomitant (the patient's usual
medication, e.g. "she regularly takes metformin"), family, literature.
"""
from __future__ import annotations

import re

from kg.extraction.mentions import Mention, Sentence

# --- literature / other patients -------------------------------------------------
_LIT_STRONG = re.compile(
    r"\bet al\b|\btrials?\b|\b(?:previous|prior|recent|clinical|retrospective|prospective|pivotal|randomi[sz]ed|other|several|multicenter|pooled)"
    r" stud(?:y|ies)\b|\bstud(?:y|ies) (?:by|have|has|reported|demonstrated|found|included)\b|\bstudied in\b"
    r"|\bcohorts?\b|\bcase series\b|\bseries of\b|\bmeta-analys"
    r"|\bn\s?=\s?\d|\d\s?% of (?:the )?(?:patients|cases|tumou?rs|IMTs?|NSCLCs?)\b|\b(?:ORR|DCR|PFS|OS|rate)\b[^.;]{0,30}\d\s?%"
    r"|\bORR\b|\bresponse rates?\b|\boverall survival\b|\bprogression-free survival\b"
    r"|\bmedian (?:age|survival|follow-up|duration|time|overall|progression|PFS|OS)\b|\bphase (?:I{1,3}|[123])\b"
    r"|\bliterature\b|\b(?:systematic |narrative )?review of (?:the )?(?:literature|cases)\b|\bpreviously (?:reported|described)"
    r"|\bhave been (?:reported|described)\b|\bhas been (?:reported|described|approved)\b|\bwas approved\b"
    r"|\b(?:has|have) been (?:implicated|associated with|linked to)\b"
    r"|\b(?:can|may) (?:cause|induce|lead to|result in)\b"
    r"|\bin (?:a|one|another|an earlier|a previous|a similar|a published) (?:case )?report (?:of|by|from)\b"
    r"|\bguidelines?\b|\bstandard of care\b|\bin (?:\w+ )?patients with\b|\b(?:most|many|some) patients\b"
    r"|\bpatients (?:with|who|harbou?ring|treated)\b|\bNCT\d+|\bcases? (?:of|with) [^.]*\b(?:reported|described)\b"
    # general statements about a drug or disease ("lorlatinib has shown intracranial activity")
    r"|\b(?:is|are|has|have) (?:been )?(?:shown|demonstrated|proven|approved|indicated|recommended|known|considered)\b"
    r"|\b(?:is|are) (?:effective|active|the standard)\b",
    re.I,
)
_ANCHOR = re.compile(
    r"\bour patient\b|\bin our case\b|\bour case\b|\bthe present case\b|\bthis case\b|\bthe (?:present|current) patient\b"
    r"|\bthis patient\b|\bthe patient\b|\bwe (?:present|report|describe|presented|reported|described)\b"
    r"|\ba (?:rare |unique |unusual )?case of\b|\bcase report\b|\b(?:he|she) (?:was|had|underwent|received|presented|developed)\b"
    r"|\b(?:his|her) (?:tumou?r|disease|symptoms)\b",
    re.I,
)
_CITATION = re.compile(r"\(\s*\d+(?:\s*[-–,]\s*\d+)*\s*\)|\[\s*\d+(?:\s*[-–,]\s*\d+)*\s*\]")

# --- assertion cues (lower-cased text) ------------------------------------------
_PRE_NEG = re.compile(r"\b(?:no|not|without|absence of|absent|negative for|free of|lack of|ruled out|rule out"
                      r"|denied|neither|nor|never)\b", re.I)
_POST_NEG = re.compile(r"^[^.;]{0,40}?\b(?:(?:was|were|is|are|remained) (?:negative|absent|not (?:detected|found|seen|observed|identified))"
                       r"|not (?:detected|found|identified))\b", re.I)
_NEG_SUFFIX = re.compile(r"^-?(?:negative|neg)\b", re.I)
_REFUSED = re.compile(r"\b(?:refused|declined|denied|rejected|not (?:available|approved|reimbursed|accessible)|unavailable"
                      r"|could not (?:be )?(?:obtain|access|receive)|no access)\b", re.I)
_NOT_DONE = re.compile(r"\b(?:planned|proposed|scheduled|considered|discussed|suggested|intended)\b[^.;]{0,60}?\bbut\b"
                       r"|\bcontraindicat|\bcancel+ed\b|\b(?:was|were) not (?:given|administered|performed|started|done|possible"
                       r"|initiated|commenced|pursued|offered|used|attempted|continued)\b|\bpostponed indefinitely\b"
                       r"|\b(?:was|were|is|are) not (?:necessary|needed|required|indicated|feasible)\b", re.I)
_PASSIVE_REFUSED = re.compile(r"\b(?:was|were|been|be|is|are)\b[^.;]{0,50}?\b(?:refused|declined|denied|rejected|not (?:available|approved|reimbursed|accessible))\b"
                              r"|^[^.;]{0,30}\b(?:not available|unavailable)\b", re.I)
_DONE_AFTER_ALL = re.compile(r"\bbut\b[^.;]{0,40}\b(?:finally|eventually|ultimately)\b", re.I)
_HYPO = re.compile(r"\b(?:(?:treatment |therapeutic )?options? (?:including|such as|are|were|include)|(?:was|were) discussed|could be an option"
                   r"|should be considered|could be considered|may be (?:a |an )?(?:possible |potential |future )?(?:option|considered|used|beneficial)"
                   r"|might|would be|potential(?:ly)? (?:option|candidate|treatment)|future option|candidate for|if (?:the )?(?:disease|tumou?r|patient)"
                   r"|in case of|is recommended|are recommended|should be (?:offered|given|used|administered)|may benefit|could benefit)\b", re.I)
# "the risk of progression": the cue governs only the few words right after it
_FEARED = re.compile(r"\b(?:risk of|to (?:prevent|avoid)|prevention of|for fear of)\s+(?:[\w-]+\s+){0,3}$", re.I)
# "no history of smoking and received crizotinib": a conjoined new predicate ends the cue's scope
_NEW_PREDICATE = re.compile(r"\b(?:and|then)\s+(?:was\s+|were\s+)?(?:received|started|underwent|developed|began|achieved|"
                            r"treated|given|administered|initiated|presented)\b", re.I)
_NO_HISTORY = re.compile(r"\b(?:no|without|denied any|negative) (?:\w+ ){0,2}history of\b|\bnever (?:received|took|used|been (?:treated|given))\b", re.I)
# "She regularly takes metoprolol and metformin", "home medications included ...": chronic co-medication
_CONCOMITANT = re.compile(r"\b(?:regularly|routinely|usually|habitually|chronically) (?:takes?|took|taking|uses?|used|receiv\w+)\b"
                          r"|\b(?:home|regular|usual|chronic|concomitant|long-term|daily) medications?\b"
                          r"|\bmedications? (?:include[sd]?|consist(?:ed|s)? of|list)\b"
                          # not "was on maintenance pemetrexed" / "long-term crizotinib": that is cancer therapy
                          r"|\b(?:is|was|were|are) (?:taking|on) chronic\b", re.I)
_FAMILY = re.compile(r"\b(?:mother|father|sister|brother|sibling|aunt|uncle|grand(?:mother|father)|cousin|family history)\b", re.I)
_CLAUSE_BREAK = re.compile(r";|\bbut\b|\bhowever\b|\balthough\b|\bwhereas\b|, which\b|\bwhile\b", re.I)

# Parenthetical asides: "(which was studied in NSCLC with ALK rearrangement)".
_PAREN = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")


# Only things done to the patient can be refused or planned-but-not-done.
_ACTIONS = {"DRUG", "DRUG_CLASS", "REGIMEN", "PROCEDURE"}


_VERB = re.compile(r"\b(?:was|were|is|are|had|has|have|received|showed|revealed|started|underwent|developed|presented"
                   r"|performed|observed|achieved|treated|given|administered|noted|found|continued|resumed|stopped)\b", re.I)


def is_table_row(text: str) -> bool:
    """A row of a table flowed into the text by a PDF extractor ("3 2015 44/M ALK crizotinib PR 12"):
    numbers and names without a verb or a sentence end. Such rows describe other patients."""
    return (len(re.findall(r"\d+", text)) >= 4 and not _VERB.search(text)
            and not re.search(r"[.!?]\W*$", text.strip()))


# A reference-list entry flowed into the text (web pages, PDFs): "... case report. View Article PubMed
# Google Scholar", "J Clin Oncol. 2010; 28:2323-30", "doi: 10.1200/JCO..."
_CITATION_LINE = re.compile(r"\bGoogle Scholar\b|\bView Article\b|\bCrossRef\b|\bPubMed\b|\bdoi:\s*10\.\d"
                            r"|\b(?:19|20)\d\d\s*;\s*\d+\s*(?:\(\d+\))?\s*:\s*\d+")


def classify_sentence(s: Sentence) -> None:
    """Set s.literature and s.patient_anchor."""
    text = s.text
    s.patient_anchor = bool(_ANCHOR.search(text))
    if is_table_row(text) or _CITATION_LINE.search(text):
        s.literature = True
        return
    strong = bool(_LIT_STRONG.search(_PAREN.sub(" ", text)))  # asides are judged separately
    if s.section.kind == "case":
        s.literature = strong and not s.patient_anchor
    else:
        # outside the case narrative a sentence counts only when it is about this patient
        s.literature = strong or not s.patient_anchor


def _clause_window(s: Sentence, m: Mention) -> tuple[str, str]:
    """Text of the mention's clause before and after it."""
    before, after = s.before(m), s.after(m)
    cuts = list(_CLAUSE_BREAK.finditer(before))
    if cuts:
        before = before[cuts[-1].end():]
    cut = _CLAUSE_BREAK.search(after)
    if cut:
        after = after[: cut.start()]
    return before, after


def _in_literature_aside(s: Sentence, m: Mention) -> bool:
    rel = m.start - s.start
    for p in _PAREN.finditer(s.text):
        if p.start() < rel < p.end():
            inner = p.group(0)
            # "(which was studied in ...)", "(such as tamoxifen and methotrexate)": not given to this patient
            return bool(re.search(r"\b(?:studied|reported|approved|described|trial|stud(?:y|ies)|et al)\b"
                                  r"|^\(\s*(?:such as|e\.g\.)", inner, re.I))
    return False


def _shielded(s: Sentence, m: Mention, cue_end: int) -> bool:
    """A cue reaches only the first thing it names: "could not afford lorlatinib and received
    ensartinib" negates lorlatinib, not ensartinib (another mention of the same kind sits between)."""
    group = {"DRUG", "DRUG_CLASS", "REGIMEN"} if m.label in {"DRUG", "DRUG_CLASS", "REGIMEN"} else {m.label}
    return any(o is not m and o.label in group and cue_end <= o.start and o.end <= m.start for o in s.mentions)


def mention_status(s: Sentence, m: Mention) -> str:
    if s.literature or _in_literature_aside(s, m):
        return "literature"
    before, after = _clause_window(s, m)
    if _FAMILY.search(before[-60:]) and not re.search(r"\bpatient\b", before[-60:], re.I):
        return "family"
    if _NEG_SUFFIX.match(s.text[m.end - s.start:]):
        return "negated"
    if _POST_NEG.search(after):
        return "negated"
    # "no history of X or Y": the cue covers its list, not what follows a verb
    # ("no history of smoking and received crizotinib")
    hist = list(_NO_HISTORY.finditer(before))
    if hist and not _VERB.search(before[hist[-1].end():]) and not re.search(r"\band\s+(?:then|later|was|were)\b",
                                                                              before[hist[-1].end():]):
        return "negated"
    # pre-negation only when the cue is close (ConText uses a few-word window)
    near = before[-40:]
    neg = list(_PRE_NEG.finditer(near))
    if neg and not re.search(r"\b(?:no longer|not only|no dose|no evidence of (?:toxicity|side))\b", near[neg[-1].start():], re.I) \
            and not _shielded(s, m, m.start - len(near) + neg[-1].end()) \
            and not _NEW_PREDICATE.search(near[neg[-1].end():]):
        return "negated"
    # "X was requested ..., but was refused": an elided passive subject is the mention itself,
    # so refusal and planned-not-done cues are read to the end of the sentence, not the clause.
    rest = _PAREN.sub(" ", re.split(r"[;]", s.after(m), maxsplit=1)[0])  # "(images not available)" is an aside
    refusal = list(_REFUSED.finditer(before))
    if m.label in _ACTIONS and ((refusal and not _shielded(s, m, m.start - len(before) + refusal[-1].end()))
                                or _PASSIVE_REFUSED.search(rest)):
        return "refused"
    if m.label in _ACTIONS and _NOT_DONE.search(before + " " + rest) and not _DONE_AFTER_ALL.search(rest):
        return "not_done"
    if _HYPO.search(before[-80:]) or _HYPO.search(after[:60]) or _FEARED.search(before):
        return "hypothetical"
    if m.label in _ACTIONS and _CONCOMITANT.search(before):
        return "concomitant"  # the patient's usual medication, not a treatment of this disease
    return "affirmed"


def annotate(sentences: list[Sentence]) -> None:
    for s in sentences:
        classify_sentence(s)
        for m in s.mentions:
            m.status = mention_status(s, m)
            if m.status == "affirmed" and m.attrs.get("negated"):
                m.status = "negated"  # the NLP's own cue (e.g. a token-internal "ALK-negative")
