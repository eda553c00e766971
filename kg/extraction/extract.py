"""Document -> ReportRecord: the patient's own facts, case by case (assembly of the per-fact
modules: diagnoses, fusions, therapy lines with responses and adverse events, procedures)."""
from __future__ import annotations

from dataclasses import replace

from kg.extraction.adverse_events import add_summary_events, finish_adverse_events, grades_toxicities
from kg.extraction.analyse import NARRATIVE_WITHOUT_CASE, analyse, is_case_report, is_review
from kg.extraction.cases import (animal_patient, introduces_patient, is_notice, tells_own_patient, outcome_and_cue,
                                 patient_intro, reports_cohort, others_case_sections, reviews_own_patient, series_lead, split_cases,
                                 title_introduces_patient,
                                 titled_review)
from kg.extraction.diagnoses import benign_only, diagnoses, excluded_tumors
from kg.extraction.fusions import fusions
from kg.extraction.mentions import because
from kg.extraction.patient import find_sex, sex_cue
from kg.extraction.procedures import procedures
from kg.extraction.therapy import TOLD_AHEAD, TherapyBuilder, cancer_free_story
from kg.model import CaseRecord, Document, ReportRecord, content_hash  # noqa: F401 (content_hash: re-exported)
from kg.nlp.cues import Cue, label_match


def extract_report(doc: Document, nlp) -> ReportRecord:
    sentences = analyse(doc, nlp)
    review = (is_review(doc) or titled_review(sentences)) and not is_case_report(doc)
    if review:  # a review's own patient, not the literature's cases it recounts under "Case reports"
        others = others_case_sections(sentences)
        sentences = [s for s in sentences if id(s.section) not in others]
    has_case = any(s.section.kind == "case" for s in sentences)
    # without a case section, the abstract and unlabelled body text carry the story (gated below)
    narrative_kinds = {"case"} if has_case else NARRATIVE_WITHOUT_CASE
    title = [s for s in sentences if s.section.kind == "title"]
    # the BACKGROUND of a structured abstract tells the disease in general, not the patient
    sentences_of_case = [s for s in sentences if has_case or not s.section.title
                         or not label_match(Cue.BACKGROUND_HEADING, s.section.title)]
    # the CONCLUSIONS of an abstract draw the case's lesson ("tumours of this kind are resistant to chemotherapy"):
    # read as a discussion of the patient, not as the story
    concluding = {id(s) for s in sentences_of_case if not has_case and s.section.title
                  and label_match(Cue.CONCLUSION_HEADING, s.section.title)}
    narrative = [s for s in sentences_of_case if s.section.kind in narrative_kinds and not s.literature
                 and id(s) not in concluding]
    support = [s for s in sentences_of_case if (s.section.kind not in narrative_kinds | {"title"} or id(s) in concluding)
               and not s.literature]
    record = ReportRecord(document=doc, cases=[], content_hash=content_hash(doc))
    # an erratum or retraction retells another article's case; a veterinary case's patient is no person
    if not narrative or is_notice(doc) or animal_patient(title, narrative):
        return record
    # an abstract becomes a case only when it introduces one patient, not a cohort; a trial's or
    # cohort's own report only when it presents a patient as a case of its own (kg.extraction.case_gate
    # answers this before the NLP for most documents: a new way into a case must be known to it too)
    cohort = reports_cohort(sentences)
    if not has_case and not is_case_report(doc) and not introduces_patient(
            [s for s in sentences if s.section.kind in narrative_kinds or s.section.kind == "title"], in_cohort=cohort):
        return record
    # a review (not also a case report) is a case only when it presents a patient of its own
    if review and not reviews_own_patient(sentences):
        return record
    # the title's tumour is the patient's in a case report, and in an abstract that introduces its patients
    # and reports no cohort ("Ifosfamide encephalopathy in two patients with soft tissue sarcoma": the
    # abstract may never name the tumour again)
    title_facts = title if (is_case_report(doc) or has_case or not cohort) else []
    # a report that names no tumor and no fusion anywhere is about another disease
    about_cancer = any(m.label in ("TUMOR", "FUSION") for s in sentences for m in s.mentions) or any(
        s.cue(Cue.ONCOLOGY_WORD) for s in sentences)
    titled = len(split_cases(narrative)) == 1 and title_introduces_patient(title)
    groups = split_cases(narrative)
    # a series' lead-in ("Two patients with X who developed Y after Z are described.") tells every patient's
    # tumour, drug and event: it is read with each case after the first (split_cases files it with case 1)
    lead = series_lead(narrative) if len(groups) > 1 else []
    # a series that grades its toxicities grades them in every case (one case's lone graded event too)
    series_grades = len(groups) > 1 and grades_toxicities(narrative)
    for n, own in enumerate(groups, 1):
        ids = {id(s) for s in own}
        group = sorted(own + [s for s in lead if id(s) not in ids], key=lambda s: s.index)
        therapy = TherapyBuilder()
        ordered = sorted(group + (support if len(groups) == 1 else []), key=lambda s: s.index)
        if len(groups) == 1:
            ordered = _retelling_after_story(ordered, group)
        in_group = {id(s) for s in group}
        for s in ordered:
            therapy.add_sentence(s, narrative=id(s) in in_group)
        treatments = therapy.treatments()
        if not treatments and len(groups) == 1 and (is_case_report(doc) or has_case or titled):
            treatments = _title_treatments(title)
        if len(groups) == 1:
            # the abstract or introduction grades a toxicity of the patient that the story does not name
            # (a background or introduction section, read as no story, may still speak of the patient)
            add_summary_events(therapy.adverse_events, [s for s in sentences if s.section.kind not in narrative_kinds
                                                        | {"title"}], treatments)
        finish_adverse_events(therapy.adverse_events, title, treatments, ordered, report_grades=series_grades)
        # (age and sex from the case's own sentences: a lead-in's "two men aged 34 and 61" is no one's age)
        ages = [m for s in own for m in s.mentions if m.label == "AGE_SEX" and m.attrs.get("age") is not None]
        age = ages[0].attrs["age"] if ages else None
        intro_sentence = ages[0].sentence if ages else own[0]
        case = CaseRecord(
            number=n, age=age, sex=find_sex([intro_sentence]) or find_sex(own),
            diagnoses=diagnoses(title_facts, group, support if len(groups) == 1 else [], refine_from=title,
                                # (the abstract of a one-patient report with a case section: its introduction
                                # of the patient tells their tumour, diagnoses._introduced_in_abstract)
                                abstract=[s for s in sentences if s.section.kind == "abstract"]
                                if len(groups) == 1 and has_case else []),
            fusions=fusions(title_facts + group + (support if len(groups) == 1 else [])),
            treatments=treatments, adverse_events=therapy.adverse_events,
            procedures=procedures(group), outcome=None,
            evidence=intro_sentence.evidence_for(None),
        )
        told = outcome_and_cue(own)
        if told:
            case.outcome = told[0]
            case.why.append(because("outcome", told[1]))
        # why the case is read as one patient's, and where its sex was said
        noun = sex_cue([intro_sentence]) or (sex_cue(own) if find_sex([intro_sentence]) is None else None)
        for decision, cue in (("patient introduced", patient_intro(group)), ("sex", noun)):
            if cue is not None:
                case.why.append(because(decision, cue))
        mimic = not (case.diagnoses or case.fusions) and (excluded_tumors(title, group) or benign_only(title, group))
        if not about_cancer or mimic:
            # a report about another disease, or a case whose tumor was excluded or mimicked by
            # another disease or is benign (IgG4-related disease on rituximab): only drugs that treat
            # nothing but tumors are cancer therapy; a cytotoxic drug only in a story that names no
            # tumour at all (a drug-toxicity report: "pneumonitis after bleomycin"), not where the
            # tumour was excluded (chemotherapy scheduled for a suspected carcinoma that was a mimic)
            cancer_free_story(case, group[0].terms, cytotoxic=not mimic, sentences=ordered)
        if not has_case and not (case.fusions or case.treatments or case.adverse_events or case.procedures
                                 or case.age is not None or case.sex or (case.diagnoses and titled)
                                 or tells_own_patient(group, titled)):
            # an abstract that merely mentions "a case", or "seven patients" with a diagnosis only:
            # a case needs a fact of a patient (their treatment, fusion, event, age or sex; or the
            # diagnosis of the one patient a title names: "... in a patient with lymphoma"), unless
            # the report itself says it presents its patient (a story of another disease keeps its
            # case with no cancer fact: "We report a case of cystitis after cyclophosphamide")
            continue
        record.cases.append(case)
    return record


def _retelling_after_story(ordered: list, group: list) -> list:
    """``ordered`` with the part that retells the story before it is told (an abstract above the case section) read
    after the story: a response it tells ("He achieved a complete metabolic response") can only be given to a line the
    story has opened; read before it, there is none yet. It is read as a Discussion is (not the narrative), and
    marked TOLD_AHEAD: a progression it tells is the story's summary of an earlier line's end ("progressed on X,
    responded to Y"), which the story tells itself, not the latest line's (kg/extraction/therapy.py)."""
    start = min(s.index for s in group)
    ahead = [s for s in ordered if s.index < start]
    for s in ahead:
        s.flags = s.flags | {TOLD_AHEAD}
    return [s for s in ordered if s.index >= start] + ahead


TITLE_DRUG_LABELS = frozenset({"DRUG", "REGIMEN"})


def _title_treatments(title: list) -> list:
    """The lines the title of a one-patient report gives, when the story names no drug of its own: the title names
    the drug ("Pembrolizumab-induced myocarditis in a patient with melanoma", "Successful treatment of ROS1-rearranged
    lung cancer with crizotinib") and the story tells it only by a generic word ("his first infusion", "the targeted
    therapy"). Read as the story is (a drug the title tells as not given, or as another report's, stays out)."""
    builder = TherapyBuilder()
    for s in title:
        if "literature" in s.flags or s.cue(Cue.TITLE_NOT_GIVEN):
            continue  # a literature cue, a plan, a cancelled or avoided treatment, a mimic: no drug given
        # a title is no story, so its drugs are read as the literature's ("literature"); the words right around a
        # drug tell it given to the patient ("X-induced", "response to X", TITLE_GIVEN_BEFORE/_AFTER)
        told = [replace(m, status="affirmed") if m.status == "literature" and m.label in TITLE_DRUG_LABELS
                and (s.cue_before(Cue.TITLE_GIVEN_BEFORE, m.start) or s.cue_after(Cue.TITLE_GIVEN_AFTER, m.end)) else m
                for m in s.mentions]
        builder.add_sentence(replace(s, mentions=told), narrative=True)
    return builder.treatments()

