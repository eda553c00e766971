"""Document -> ReportRecord: the patient's own facts, case by case."""
from __future__ import annotations

import hashlib
import re

from kg.extraction.context import annotate
from kg.extraction.mentions import Mention, Sentence, add_toxicity_mentions, sentences_from_doc
from kg.extraction.regimens import gene_by_symbol, term_extra
from kg.extraction.patient import case_heading_number, find_age, find_sex
from kg.extraction.therapy import TherapyBuilder, concept_of
from kg.nlp.terms_index import NAME_WORD
from kg.model import CaseRecord, Concept, Diagnosis, Document, Fusion, Procedure, ReportRecord

# Sections that never produce facts (and are not even run through the NLP).
_SKIP_KINDS = {"references", "front_matter", "back_matter", "caption", "methods"}
# Labels too generic to be a diagnosis when something more specific is named.
_GENERIC_TUMOR = re.compile(r"^(?:tumou?rs?|neoplasms?|cancers?|malignan\w*|malignant (?:tumou?r|neoplasm)s?|sarcomas?|carcinomas?|metastas[ie]s|lesions?"
                            r"|(?:acute |chronic |childhood )?(?:leuka?emias?|lymphomas?)|hematologic (?:cancer|malignancy)"
                            r"|solid tumou?rs?|masses|mass|neoplasia|soft tissue sarcoma)$", re.I)
_ORGAN_LEVEL = re.compile(r"^\w+(?: gland)? (?:carcinoma|cancer)$", re.I)
_DIAG_CUE = re.compile(r"\b(?:diagnos\w*|confirm\w*|consistent with|compatible with|revealed|showed)\b", re.I)
_REVISED = re.compile(r"\b(?:initial(?:ly)?|differential|suspected|suspicion|mimick\w*|misdiagnos\w*|rule out|ruled out|questioning)\b", re.I)
# anywhere earlier in the sentence: "the differential diagnosis included ..., X", "can mimic X"
_NOT_THIS_DIAGNOSIS = re.compile(r"\bdifferential(?: diagnos\w*)?\b|\bmimi(?:c|ck)\w*|\bto (?:exclude|rule out)\b"
                                 r"|\b(?:ruled|rule) out\b|\bmasquerad\w*", re.I)
# a revision cue reaches to the previous punctuation ("Infection was ruled out; histology confirmed X")
_PUNCT_BREAK = re.compile(r"[;:]|\b(?:but|however|whereas)\b", re.I)
_DX_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:and|but)\b|\b(?:but|however|whereas|although|while|finally|eventually|later|"
                           r"confirm\w*|revealed|showed|diagnosed (?:as|with))\b", re.I)
# a tumor word naming something else: "cancer antigen 125", "lung cancer risk", "cancer center"
_TUMOR_NOT_DISEASE = re.compile(r"^\s*(?:antigens?|markers?|cell lines?|stem cells?|cent(?:er|re)s?|institutes?|registry|"
                                r"registries|society|screening|risk|susceptibility|predisposition|survivors?|"
                                r"genome atlas|-?associated antigen)\b", re.I)
_TEST_PROC = re.compile(r"sequencing|immunohisto|\bIHC\b|\bFISH\b|\bNGS\b|\bPCR\b|hybridi[sz]ation|\bscan\b|\bMRI\b|\bCT\b|\bPET\b|ultraso", re.I)
_OUTCOME = re.compile(r"[^.;]*\b(?:died|death|succumbed|passed away|alive|disease[- ]free|no evidence of (?:disease|recurrence)"
                      r"|lost to follow-?up)\b[^.;]*", re.I)
_OUTCOME_SUBJECT = re.compile(r"\b(?:the patient|our patient|he|she|patient)\b", re.I)
_OUTCOME_NOT = re.compile(r"\b(?:mother|father|sister|brother|husband|wife|son|daughter|figure|window|cause of death in)\b", re.I)


# "a 41-year-old woman", "We report the case of a boy", "a patient with ..." (singular)
_INTRODUCES_PATIENT = re.compile(
    r"\b(?:a|an)\s+(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)[- ](?:year|month|week|day)s?[- ]old\b"
    r"|\bwe (?:report|present|describe)\s+(?:here\s+)?(?:a|an|the|two|three)\s+(?:\w+\s+){0,3}(?:case|patient|man|woman|boy|girl|child|infant)s?\b"
    r"|\b(?:a|this) case of\b|\bcase report\b", re.I)


def content_hash(doc: Document) -> str:
    h = hashlib.sha256()
    for part in (doc.format, "\x00".join(doc.ids), doc.title, doc.text):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x01")
    return h.hexdigest()


def analyse(doc: Document, nlp) -> list[Sentence]:
    """Run the NLP over every fact-bearing section; sentences in document order."""
    sections = [s for s in doc.sections if s.kind not in _SKIP_KINDS and s.end > s.start]
    texts = [doc.text[s.start:s.end] for s in sections]
    out: list[Sentence] = []
    sdocs = list(nlp.pipe(texts, batch_size=16))
    for sec, sdoc in zip(sections, sdocs):
        out.extend(sentences_from_doc(sdoc, sec, sec.start, len(out)))
    redefined = _redefined_abbreviations(sdocs, nlp)
    if redefined:
        for s in out:
            s.mentions = [m for m in s.mentions
                          if not (m.label in _FACT_LABELS and (m.text in redefined or m.text[:-1] in redefined))]
    for s in out:
        add_toxicity_mentions(s)
    annotate(out)
    return out


_FACT_LABELS = {"DRUG", "DRUG_CLASS", "REGIMEN", "TUMOR", "ADVERSE_EVENT", "PROCEDURE"}
_DISEASE_SLOT = re.compile(r"\b(?:diagnos[ie]s of|diagnosed (?:with|as)|suffering from|affected by|patients with|"
                           r"cases? of|features of|manifestations? of)\s+(?:the\s+)?$", re.I)


def _redefined_abbreviations(sdocs, nlp) -> set[str]:
    """Short forms our terms give one meaning and the report defines as another.

    "cerebrotendinous xanthomatosis (CTX)" makes every "CTX" of the report mean that, not
    cyclophosphamide; the definition may sit in another section (abstract) than the use.
    A definition whose long form shares a word with a name of the linked term agrees.
    """
    if "kg_terms" not in nlp.pipe_names:
        return set()
    index = nlp.get_pipe("kg_terms").index
    linked: dict[str, set[str]] = {}
    out: set[str] = set()
    for sdoc in sdocs:
        for e in sdoc.ents:
            if e._.curie and e.label_ in _FACT_LABELS:
                linked.setdefault(e.text, set()).add(e._.curie)
                # "confirmed the diagnosis of CTX": this short form names a disease here
                if (e.label_ in ("DRUG", "REGIMEN") and e.text.isupper() and len(e.text) <= 6
                        and _DISEASE_SLOT.search(sdoc.text[max(0, e.start_char - 40):e.start_char])):
                    out.add(e.text)
    if not linked:
        return out
    for sdoc in sdocs:
        for ab in getattr(sdoc._, "abbreviations", None) or []:
            if isinstance(ab, dict):
                short, long_text = ab["short_text"], sdoc[ab["long_start"]:ab["long_end"]].text
            else:
                lf = ab._.long_form
                if lf is None:
                    continue
                short, long_text = ab.text, lf.text
            curies = linked.get(short)
            if not curies:
                continue
            names = index.name_words()
            long_words = set(NAME_WORD.findall(long_text.lower()))
            if not any(long_words & names.get(c, set()) for c in curies):
                out.add(short)
    return out


def _dedupe_concepts(items: list[Concept]) -> list[Concept]:
    seen, out = set(), []
    for c in items:
        k = c.id or c.label.lower()
        if k not in seen:
            seen.add(k)
            out.append(c)
    return out


def _is_generic_tumor(m: Mention) -> bool:
    """ "tumor", "cancer", or a not-otherwise-specified term ("Sarcoma, NOS" for "sarcoma")."""
    label = (m.pref_label or m.text).strip()
    return bool(_GENERIC_TUMOR.match(label)) or label.endswith(", NOS")


def _diagnoses(title: list[Sentence], narrative: list[Sentence], support: list[Sentence]) -> list[Diagnosis]:
    def tumors(sents):
        return [m for s in sents for m in s.mentions if m.label == "TUMOR" and m.status == "affirmed"
                and not _TUMOR_NOT_DISEASE.match(s.after(m))
                and not _NOT_THIS_DIAGNOSIS.search(_DX_CLAUSE_BREAK.split(s.before(m))[-1])]

    def specific(ms):
        spec = [m for m in ms if not _is_generic_tumor(m)]
        return spec or ms

    def narrative_best() -> Mention | None:
        narr = [m for m in tumors(narrative)
                if not _REVISED.search(_PUNCT_BREAK.split(m.sentence.before(m))[-1][-60:])]
        diag = [m for m in narr if _DIAG_CUE.search(m.sentence.text)]
        pool = specific(diag) or specific(tumors(support)) or specific(narr)
        if not pool:
            return None
        # the most often stated diagnosis, the latest on ties (earlier ones get revised)
        counts: dict[str, int] = {}
        for m in pool:
            counts[m.curie or m.text.lower()] = counts.get(m.curie or m.text.lower(), 0) + 1
        return max(pool, key=lambda m: (counts[m.curie or m.text.lower()], m.start))

    title_tumors = tumors(title)
    in_title = [m for m in title_tumors if not _is_generic_tumor(m)]
    best = narrative_best()
    if in_title:
        chosen = in_title
        # an organ-level title ("... Lung Cancer") gives way to the narrative's subtype of that organ
        organ = [m for m in in_title if _ORGAN_LEVEL.match(m.pref_label or m.text)]
        if best is not None and len(organ) == len(in_title) and all(
                (m.pref_label or m.text).split()[0].lower() in (best.pref_label or best.text).lower() for m in organ):
            chosen = [best]
    else:
        chosen = [best] if best is not None else title_tumors[:1]
    out, seen = [], set()
    for m in chosen:
        k = m.curie or (m.pref_label or m.text).lower()
        if k in seen:
            continue
        seen.add(k)
        out.append(Diagnosis(concept=concept_of(m, "tumor"), evidence=m.sentence.evidence_for(m)))
    return out


def _gene(d: dict | None) -> Concept | None:
    if not d:
        return None
    return Concept(id=d.get("id"), label=d.get("label") or "", kind="gene")


# "ALK-positive IMT", "ROS1-positive NSCLC": for kinases activated by rearrangement in these
# tumours, positivity (IHC/FISH) is the clinical name of the fusion, partner unnamed. Not for
# EGFR/HER2, where "positive" means mutation or amplification.
_FUSION_KINASE_POSITIVE = re.compile(r"\b(ALK|ROS1|RET|NTRK[123])[- ]positive\b|\bpositive for (ALK|ROS1|RET|NTRK[123])\b"
                                     r"|\b(ALK|ROS1|RET|NTRK[123]) positivity\b")


def _fusions(sents: list[Sentence]) -> list[Fusion]:
    found: list[Fusion] = []
    for s in sents:
        for hit in _FUSION_KINASE_POSITIVE.finditer(s.text):
            gene = gene_by_symbol(next(g for g in hit.groups() if g))
            before = s.text[max(0, hit.start() - 30): hit.start()]
            if gene and not s.literature and not re.search(r"\b(?:no|not|without|negative)\b", before, re.I):
                start = s.start + hit.start()
                ev = s.evidence_for(Mention(label="FUSION", text=hit.group(0), start=start, end=s.start + hit.end()))
                found.append(Fusion(five_prime=None, three_prime=Concept(id=gene[0], label=gene[1], kind="gene"), evidence=ev))
        for m in s.mentions:
            if m.label != "FUSION" or m.status != "affirmed":
                continue
            f = m.attrs.get("fusion") or {}
            five, three = _gene(f.get("five_prime")), _gene(f.get("three_prime"))
            if five is None and three is None:
                continue
            found.append(Fusion(five_prime=five, three_prime=three, evidence=s.evidence_for(m)))

    def key(c):
        return (c.id or c.label) if c else None

    complete = {(key(f.five_prime), key(f.three_prime)) for f in found if f.five_prime and f.three_prime}
    genes_in_complete = {g for pair in complete for g in pair}
    out, seen = [], set()
    for f in found:
        k = (key(f.five_prime), key(f.three_prime))
        if k in seen:
            continue
        if not (f.five_prime and f.three_prime) and (key(f.five_prime) or key(f.three_prime)) in genes_in_complete:
            continue  # "ROS1-rearranged" is the YWHAE::ROS1 fusion named elsewhere
        seen.add(k)
        out.append(f)
    return out


def _procedures(narrative: list[Sentence]) -> list[Procedure]:
    out, seen = [], set()
    for s in narrative:
        for m in s.mentions:
            if m.label != "PROCEDURE" or m.status != "affirmed":
                continue
            pclass = term_extra(m.curie, "procedure_class")
            if pclass == "test" or (pclass is None and _TEST_PROC.search(m.text)):
                continue  # diagnostics (NGS, IHC, imaging) are not treatments
            label, dose_gy, fractions = m.text, None, None
            for d in s.mentions:
                dose = d.attrs.get("dose") or {}
                if d.label == "DOSE" and str(dose.get("unit", "")).lower() == "gy" and abs(d.start - m.end) < 80:
                    dose_gy = dose.get("amount")
                    fractions = dose.get("fractions")
                    label = f"{m.text} {d.text}"
                    break
            date = TherapyBuilder._date_in(s, m)
            k = (m.curie or m.text.lower(), date, dose_gy)
            if k in seen:
                continue
            seen.add(k)
            out.append(Procedure(concept=concept_of(m, "procedure"), label=label, date=date,
                                 dose_gy=float(dose_gy) if dose_gy is not None else None,
                                 fractions=int(fractions) if fractions else None, evidence=s.evidence_for(m)))
    return out


def _split_cases(narrative: list[Sentence]) -> list[list[Sentence]]:
    """'Case 1 ... Case 2 ...' (as headings, section titles or sentence openers) -> one list per patient."""
    groups: list[tuple[int, list[Sentence]]] = []
    for s in narrative:
        n = case_heading_number(s.section.title) if s.section.title else None
        n = n or case_heading_number(s.text)
        if n is not None and (not groups or groups[-1][0] != n):
            groups.append((n, [s]))
        elif groups:
            groups[-1][1].append(s)
        else:
            groups.append((0, [s]))
    if len(groups) > 1 and groups[0][0] == 0 and len(groups[0][1]) <= 2:
        groups[1] = (groups[1][0], groups[0][1] + groups[1][1])  # a short lead-in before "Case 1"
        groups.pop(0)
    numbered = [g for g in groups if g[0]]
    if len(numbered) < 2:
        return [narrative]
    return [g[1] for g in groups]


def _outcome(narrative: list[Sentence]) -> str | None:
    for s in reversed(narrative):
        m = _OUTCOME.search(s.text)
        if m and not s.literature and _OUTCOME_SUBJECT.search(m.group(0)) and not _OUTCOME_NOT.search(m.group(0)):
            return m.group(0).strip()[:200]
    return None


def extract_report(doc: Document, nlp) -> ReportRecord:
    sentences = analyse(doc, nlp)
    has_case = any(s.section.kind == "case" for s in sentences)
    # without a case section, the abstract and unlabelled body text carry the story (gated below)
    narrative_kinds = {"case"} if has_case else {"abstract", "other", "results"}
    title = [s for s in sentences if s.section.kind == "title"]
    narrative = [s for s in sentences if s.section.kind in narrative_kinds and not s.literature]
    support = [s for s in sentences if s.section.kind not in narrative_kinds | {"title"} and not s.literature]
    record = ReportRecord(document=doc, cases=[], content_hash=content_hash(doc))
    if not narrative:
        return record
    if not has_case and not _INTRODUCES_PATIENT.search(" ".join(s.text for s in narrative)):
        return record  # an abstract becomes a case only when it introduces one patient, not a cohort
    is_case_report = (doc.article_type or "").lower() in {"case-report", "case report"}
    title_facts = title if (is_case_report or has_case) else []
    groups = _split_cases(narrative)
    for n, group in enumerate(groups, 1):
        therapy = TherapyBuilder()
        ordered = sorted(group + (support if len(groups) == 1 else []), key=lambda s: s.index)
        in_group = {id(s) for s in group}
        for s in ordered:
            therapy.add_sentence(s, narrative=id(s) in in_group)
        text = " ".join(s.text for s in group)
        age = find_age(text)
        intro_sentence = next((s for s in group if find_age(s.text) is not None), group[0])
        case = CaseRecord(
            number=n, age=age, sex=find_sex(intro_sentence.text) or find_sex(text),
            diagnoses=_diagnoses(title_facts, group, support if len(groups) == 1 else []),
            fusions=_fusions(title_facts + group + (support if len(groups) == 1 else [])),
            treatments=therapy.treatments(), adverse_events=therapy.adverse_events,
            procedures=_procedures(group), outcome=_outcome(group),
            evidence=intro_sentence.evidence_for(None),
        )
        if not has_case and not (case.diagnoses or case.fusions or case.treatments or case.adverse_events
                                 or case.procedures):
            continue  # an abstract that merely mentions "a case" but yields no fact of a patient
        record.cases.append(case)
    return record
