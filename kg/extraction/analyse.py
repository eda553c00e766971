"""Run the NLP over a document's fact-bearing sections and flatten it into Sentences."""
from __future__ import annotations

import dataclasses

from kg.extraction.cases import (announces_own_patients, introduces_patient, reports_cohort, title_introduces_patient,
                                 story_opening, titled_review)
from kg.extraction.context import annotate
from kg.extraction.mentions import Mention, Sentence, sentences_from_doc
from kg.model import Document, Section
from kg.nlp.assertion import AFFIRMED, engine
from kg.nlp.cues import HAS_CASE_KEY, SECTION_KIND_KEY, Cue, cue_spans, label_match
from kg.nlp.ents import ents_of
from kg.nlp.short_forms import short_form_uses
from kg.nlp.terms_index import NAME_WORD

# Sections that never produce facts (and are not even run through the NLP).
SKIP_KINDS = frozenset({"references", "front_matter", "back_matter", "caption", "methods"})
# Sections that carry the story when a document has no case section.
NARRATIVE_WITHOUT_CASE = frozenset({"abstract", "other", "results"})
# Sentence flags of what is no story told in the text (another report's, a reference, a caption, a list or table line).
NOT_TOLD = frozenset({"literature", "other_report", "citation_line", "figure_caption", "list_line", "reference_title",
                      "table_row"})
# Mentions that name a fact (a redefined short form drops them).
FACT_LABELS = frozenset({"DRUG", "DRUG_CLASS", "REGIMEN", "TUMOR", "ADVERSE_EVENT", "PROCEDURE"})
# Mentions of a treatment given (a Discussion that names one the story never named goes on with the story).
TREATMENT_LABELS = frozenset({"DRUG", "REGIMEN"})
# Parts where the authors look back on their patient (besides an abstract's Conclusions, told by its heading).
RETELLING_KINDS = frozenset({"discussion", "conclusion"})
# The abstract of a report with a case section: its sentence that introduces the patient may name a treatment the story
# does not (see _retold_runs).
_ABSTRACT_KINDS = frozenset({"abstract"})


def section_docs(doc: Document, nlp) -> tuple[list, list[str], list]:
    """(sections, their texts, their unprocessed spaCy docs) of every fact-bearing section, each doc
    with the attributes the NLP components read (what analyse() sends to ``nlp.pipe``; the stage
    profile of benchmarks/ingest_throughput.py runs the components on the same docs)."""
    sections = [s for s in doc.sections if s.kind not in SKIP_KINDS and s.end > s.start]
    texts = [doc.text[s.start:s.end] for s in sections]
    # each doc says its section's kind: kg_cues reads a cue only where extraction asks for it
    docs = []
    has_case = any(sec.kind == "case" and text.strip() for sec, text in zip(sections, texts))
    for sec, text in zip(sections, texts):
        d = nlp.make_doc(text)
        d.user_data[SECTION_KIND_KEY] = sec.kind
        d.user_data[HAS_CASE_KEY] = has_case
        docs.append(d)
    return sections, texts, docs


def analyse(doc: Document, nlp) -> list[Sentence]:
    """Run the NLP over every fact-bearing section; sentences in document order."""
    sections, texts, docs = section_docs(doc, nlp)
    out: list[Sentence] = []
    sdocs = list(nlp.pipe(docs, batch_size=16))
    for sec, text, sdoc in zip(sections, texts, sdocs):
        out.extend(sentences_from_doc(sdoc, sec, sec.start, len(out), text))
    redefined = _redefined_abbreviations(sdocs, nlp, texts)
    if redefined:
        for s in out:
            s.mentions = [m for m in s.mentions
                          if not (m.label in FACT_LABELS and (m.text in redefined or m.text[:-1] in redefined))]
    # "enfortumab vedotin (EV)" in the abstract, "EV was resumed" in the case section
    _add_short_form_drugs(sdocs, sections, out)
    # without a case section the abstract/body is the narrative: its patient introduction counts,
    # and in a case report (by publication type, or a body that opens by introducing a patient)
    # it is read as a case narrative is (literature only where a literature cue says so)
    has_case = any(s.section.kind == "case" for s in out)
    if has_case:
        _continue_case(out)
    intro = {id(s) for s in out if not has_case and s.section.kind in NARRATIVE_WITHOUT_CASE and introduces_patient([s])}
    case_like = set()
    # a title that names the patient ("... in a patient taking X") makes the abstract their story
    titled = not has_case and title_introduces_patient(out)
    told: set[int] = set()   # sentences of the story in a part whose opening is not (see below)
    if not has_case:
        # a report of a trial's or cohort's own patients, or a review, meets "a 46-year-old woman" in passing
        own_story = not (reports_cohort(out) or is_review(doc) or titled_review(out))
        # a body that introduces nobody by a known opening yet tells of one person is that person's story
        # (kg.extraction.cases.tells_one_patients_story): from its first sentence told of them on, what it tells in the
        # past (TOLD_PAST); its present and modal sentences ("X would have required carboplatin") are comments on it
        body = [s for s in out if s.section.kind in NARRATIVE_WITHOUT_CASE]
        opening = None if intro or titled or not own_story else story_opening(body)
        if opening is not None:
            told.update(id(s) for s in body if s.index >= opening.index and not s.flags & NOT_TOLD
                        and s.cue(Cue.TOLD_PAST) is not None)
        research = (doc.article_type or "").lower() == "research-article"
        # a study's own parts (its Methods are not read, its Results are): an Introduction's patient is the literature's
        imrad = any(sec.kind in ("methods", "results") for sec in sections)
        for sec in {id(s.section): s.section for s in out}.values():
            if sec.title and label_match(Cue.CONCLUSION_HEADING, sec.title):
                # a structured abstract's CONCLUSIONS draw the lesson: read as a discussion (its patient's sentences only)
                continue
            sents = [s for s in out if s.section is sec]
            # a body opens with its patient; the report may announce its own patients anywhere
            # ("... the case histories of these patients are described in this report")
            if sec.kind in NARRATIVE_WITHOUT_CASE and (is_case_report(doc) or titled or (
                    any(id(s) in intro for s in sents[:_opening(doc)])) or announces_own_patients(sents)):
                case_like.add(id(sec))
            elif sec.kind in NARRATIVE_WITHOUT_CASE and sec.title and case_like and own_story and not research \
                    and not imrad and label_match(Cue.COURSE_HEADING, sec.title):
                # a labelled part of the patient's course after the part that introduced them ("Patient concerns: A
                # 61-year-old man ... Interventions: SOX plus nivolumab was administered ... Outcomes: ..."): the
                # story goes on, its sentences need no patient anchor (as after a case section, _continue_case)
                case_like.add(id(sec))
            elif sec.kind in NARRATIVE_WITHOUT_CASE and not sec.title and (case_like or told) and _story_goes_on(sents):
                # an untitled body part after the one that introduced the patient goes on with the
                # story when it opens with them ("He started BEP in February."): a blog or news
                # page's paragraphs under their own small headings
                case_like.add(id(sec))
            elif sec.kind == "introduction" and (case_like or told) and own_story and any(
                    "patient_anchor" in s.flags for s in sents):
                # an Introduction that runs on into the patient's story, in a report whose reader found no case
                # heading ("... is a rare complication of these agents. In March 2019 she was diagnosed ...
                # Osimertinib was started. After fourteen months, grade 3 pneumonitis ..."): from its first
                # sentence about the patient on, it is the report's body, told after the abstract's story
                first = next(k for k, s in enumerate(sents) if "patient_anchor" in s.flags)
                body = Section(kind="other", title="", start=sents[first].start, end=sec.end)
                for s in sents[first:]:
                    _move(s, body)
                told.update(id(s) for s in sents[first:])
            elif sec.kind == "introduction" and not (case_like or told) and own_story and not research and not imrad and (first := next(
                    (k for k, s in enumerate(sents) if not s.flags & NOT_TOLD and _introduces_in_body(s)), None)) is not None:
                # an Introduction that tells the disease and then introduces the patient in the same part, in a report
                # with no case heading and no story before it ("NUT carcinoma is aggressive. A 24-year-old man
                # presented with a mediastinal mass. Biopsy showed ... He died four months later."): from that
                # introduction on it is the report's body (diag25)
                body = Section(kind="other", title="", start=sents[first].start, end=sec.end)
                for s in sents[first:]:
                    _move(s, body)
                told.update(id(s) for s in sents[first:])
            elif sec.kind in NARRATIVE_WITHOUT_CASE and not sec.title and (case_like or told) and own_story \
                    and not research:
                # an untitled body part after the story that does not open with the patient: its sentences that
                # tell what happened go on with the story ("Grade 3 diarrhoea began on day 10. Octreotide was
                # given.": TOLD_PAST rows of kg/rules/patient.jsonl), as do those about the patient ("For two years
                # she received alectinib"); its general statements ("Such toxicity occurs in one man in ten") and
                # the literature's stay out
                # (and the rows of its own table of the course, set out in cells: "2017 | sunitinib | stable disease")
                told.update(id(s) for s in sents if not s.flags & NOT_TOLD and (
                    s.cue(Cue.TOLD_PAST) is not None or s.cue(Cue.OWN_ROW) is not None))
            elif sec.kind in NARRATIVE_WITHOUT_CASE and own_story and not research:
                # a part that tells the disease first and introduces its patient later ("... Management remains
                # unsettled. A 61-year-old man ... was treated with sunitinib. After two cycles, grade 3 ...
                # appeared."): its story runs from that introduction on; not in what its source calls a research
                # article, whose body meets a patient in passing
                first = next((k for k, s in enumerate(sents) if id(s) in intro), None)
                if first is not None:
                    told.update(id(s) for s in sents[first:])
    story = [s for s in out if s.section.kind == "case"] if has_case else \
        [s for s in out if id(s.section) in case_like or id(s) in told]
    for run in _retold_runs(out, story):
        # the Discussion or Conclusions go on with the story the case section left out ("Our patient then received
        # X ..."): read as the case narrative (in a case section, or in an untitled body part of a report without one)
        body = Section(kind="case" if has_case else "other", title="", start=run[0].start, end=run[-1].end)
        for s in run:
            _move(s, body)
        told.update(id(s) for s in run)
    annotate(out, introduces_patient=lambda s: id(s) in intro,
             case_like=lambda s: id(s.section) in case_like or id(s) in told)
    return out


def _retold_runs(sentences: list[Sentence], story: list[Sentence]) -> list[list[Sentence]]:
    """The runs of Discussion or Conclusions sentences that tell a treatment of this patient the story never named:
    a run opens with a sentence anchored to the patient ("Capmatinib produced a partial response lasting 14 months in
    this 80-year-old woman"; in a Discussion only with the patient as its subject, STORY_OPENER: "Our patient then
    received lorlatinib") that tells what happened (TOLD_PAST) and names a drug as given, in a clause of its own about
    the patient, that no sentence of the story names; the sentences right after it go on with the run while they
    tell what happened and bring in nobody else ("At progression, tepotinib was ineffective"). The literature's
    sentences, another patient's (a citation, "a 60-year-old man reported by ..."), and general statements end it.
    Drugs the story names already are left to the story: their retelling stays a discussion of the patient."""
    runs: list[list[Sentence]] = []
    if not story:   # (no story to go on with: a study's or a review's Discussion meets "our patient" in passing)
        return runs
    named = {_fact_key(m) for s in story for m in s.mentions if m.label in TREATMENT_LABELS}
    # (beside a case section, the abstract summarises the story: "A 57-year-old man with renal cell carcinoma was
    # treated with nivolumab plus cabozantinib ..." where the case section only says "combination therapy")
    summary = any(s.section.kind == "case" for s in story)
    parts = {id(s.section): s.section for s in sentences
             if _retells(s.section) or (summary and s.section.kind in _ABSTRACT_KINDS)}
    for sec in parts.values():
        sents = [s for s in sentences if s.section is sec]
        k = 0
        while k < len(sents):
            s = sents[k]
            # (an abstract's summary that also names treatments of the story, "treated with FOLFOX, fluoropyrimidine
            # maintenance and FOLFIRI", restates the story: its other words are no treatment of their own)
            summary_part = sec.kind in _ABSTRACT_KINDS
            restates = summary_part and any(m.label in TREATMENT_LABELS and _fact_key(m) in named for m in s.mentions)
            introduces = summary_part and not s.flags & NOT_TOLD and _introduces_in_body(s)
            opens = not restates and _told_of_patient(s) and ("patient_anchor" in s.flags or introduces) and (
                sec.kind != "discussion" or _as_body(s).cue(Cue.STORY_OPENER) is not None) and any(
                _new_treatment(m, named) and (introduces or _anchored_clause(s, m)) and _told_given(s, m)
                for m in s.mentions)
            if not opens:
                k += 1
                continue
            run = [s]
            k += 1
            while k < len(sents) and _told_of_patient(sents[k]) and not _someone_else(sents[k]) and all(
                    _told_given(sents[k], m) for m in sents[k].mentions if _new_treatment(m, named)):
                run.append(sents[k])
                k += 1
            runs.append(run)
    return runs


def _new_treatment(m: Mention, named: set[str]) -> bool:
    """A drug or regimen the sentence tells as given (affirmed) that the story does not name."""
    return m.label in TREATMENT_LABELS and m.status == AFFIRMED and _fact_key(m) not in named


def _told_given(s: Sentence, m: Mention) -> bool:
    """Does the clause of mention ``m`` tell it given to the patient: a verb of giving ("received", "was started":
    PSEUDO planned_given rows of kg/rules/context.jsonl) or the response it brought ("Capmatinib produced a partial
    response")? A drug named in passing ("Ceritinib was approved in 2014", "a fusion sensitive to ceritinib") is
    not."""
    clause = _clause(s, m)
    return engine().gives(s.text[clause[0]:clause[1]]) or any(
        o.label == "RESPONSE" and o.status == AFFIRMED and clause[0] <= o.start - s.start < clause[1]
        for o in s.mentions)


def _clause(s: Sentence, m: Mention) -> tuple[int, int]:
    """(start, end) in the sentence's text of the clause of mention ``m``: the sentence cut at semicolons."""
    at = m.start - s.start
    end = s.text.find(";", at)
    return s.text.rfind(";", 0, at) + 1, end if end >= 0 else len(s.text)


def _retells(sec: Section) -> bool:
    """A part where the authors look back on their patient: a Discussion, or the Conclusions of a report or of its
    structured abstract."""
    return sec.kind in RETELLING_KINDS or bool(sec.title and label_match(Cue.CONCLUSION_HEADING, sec.title))


def _told_of_patient(s: Sentence) -> bool:
    """Does the sentence tell what happened (TOLD_PAST, read as if in the report's body), with no literature cue?"""
    if s.flags & NOT_TOLD:
        return False
    return _as_body(s).cue(Cue.TOLD_PAST) is not None


def _anchored_clause(s: Sentence, m: Mention) -> bool:
    """Is the clause of mention ``m`` (the sentence cut at semicolons) itself about the patient, with no literature
    cue? "EV-302 established EV plus pembrolizumab as first-line therapy; this combination was not available to our
    patient": the anchor is in the other clause, whose drug is the trial's."""
    start, end = _clause(s, m)
    flags = engine().sentence_flags(s.text[start:end])
    return "patient_anchor" in flags and "literature" not in flags


def _someone_else(s: Sentence) -> bool:
    """Does a sentence not anchored to the patient bring in another person (an age, a man or a woman, a patient
    introduced: "A 60-year-old man received lorlatinib")?"""
    if "patient_anchor" in s.flags:
        return False
    body = _as_body(s)
    return any(m.label == "AGE_SEX" for m in s.mentions) or body.cue(Cue.SEX_NOUN) is not None \
        or body.cue(Cue.PATIENT_INTRO) is not None


def _as_body(s: Sentence) -> Sentence:
    """A copy of sentence ``s`` with the cues it would have in the report's body (TOLD_PAST, STORY_OPENER and the
    patient rows are not read in a Discussion); ``s`` is left as it is."""
    body = Section(kind="other", title="", start=s.start, end=s.end)
    return dataclasses.replace(s, section=body, cue_hits={}).read_cues()


def _fact_key(m: Mention) -> str:
    return m.curie or (m.pref_label or m.text).lower()


def _continue_case(sentences: list[Sentence]) -> None:
    """A part right after the case section (or after another such part) whose heading names the patient's own course
    ("Case presentation: ... Outcomes: Restaging CT after nine weeks showed the masses had shrunk by a third.":
    COURSE_HEADING rows of kg/rules/patient.jsonl) goes on with the case's story: read as the case section, its
    sentences need no patient anchor. A Results part after Methods (a study's or a literature search's own) follows
    no case section and stays as it is."""
    parts = list({id(s.section): s.section for s in sentences}.values())
    going_on = False
    for sec in parts:
        if sec.kind == "case":
            going_on = True
        elif going_on and sec.kind in NARRATIVE_WITHOUT_CASE and sec.title and label_match(Cue.COURSE_HEADING, sec.title):
            course = Section(kind="case", title=sec.title, start=sec.start, end=sec.end)
            for s in sentences:
                if s.section is sec:
                    _move(s, course)
        elif sec.kind != "title":
            going_on = False


def _introduces_in_body(s: Sentence) -> bool:
    """Would sentence ``s`` introduce the patient if it stood in the report's body (the PATIENT_INTRO rows are
    not read in an Introduction)? Read on a copy; ``s`` is left as it is."""
    body = Section(kind="other", title="", start=s.start, end=s.end)
    return introduces_patient([dataclasses.replace(s, section=body, cue_hits={}).read_cues()])


def _move(s: Sentence, section: Section) -> None:
    """Read sentence ``s`` as part of ``section``: the cues read only in that kind of section are found too."""
    before = s.cue_hits
    s.section = section
    s.read_cues()
    for cue, hits in before.items():
        s.cue_hits.setdefault(cue, hits)


def _opening(doc: Document) -> int:
    """How many sentences a body may take before it introduces its patient: three, and six in a letter to the
    editor, which opens with its salutation and a few sentences on the disease ("To the Editor, ... A 52-year-old
    man ...")."""
    letter = (doc.article_type or "").lower() == "letter" or "letter" in (getattr(doc, "publication_types", None) or [])
    return 6 if letter else 3


def _story_goes_on(sents: list[Sentence]) -> bool:
    """Does a body part open with the patient ("He started BEP ...": STORY_OPENER rows of kg/rules/patient.jsonl)?"""
    return bool(sents) and sents[0].cue(Cue.STORY_OPENER) is not None


def _add_short_form_drugs(sdocs, sections, sentences: list[Sentence]) -> None:
    """A drug's short form used outside the section that defines it names the drug there too; the
    mention's status is judged by kg.extraction.context like any mention made after the NLP."""
    uses = short_form_uses(sdocs)
    if not uses:
        return
    touched = set()
    added: set[int] = set()   # (the drugs of one use: "VA" is vincristine and dactinomycin, one mention each)
    for u in uses:
        start, end = sections[u.section].start + u.start, sections[u.section].start + u.end
        s = next((s for s in sentences if s.start <= start and end <= s.end), None)
        if s is None or any(m.start < end and start < m.end and id(m) not in added for m in s.mentions):
            continue
        mention = Mention(label=u.label, text=s.text[start - s.start:end - s.start], start=start, end=end,
                          curie=u.curie, pref_label=u.pref_label, sentence=s, status=None)
        if u.label == "ADVERSE_EVENT":
            _take_grade_beside(s, mention)
        s.mentions.append(mention)
        added.add(id(mention))
        touched.add(id(s))
    for s in sentences:
        if id(s) in touched:
            s.mentions.sort(key=lambda m: m.start)
            _add_cues_of_short_forms(s)


def _add_cues_of_short_forms(s: Sentence) -> None:
    """The cues read around the short forms just added ("he was retreated with BV": RESUME, read only in a sentence
    with a drug; "a year after BV": LOOK_BACK before the drug): kg_cues ran before they were known. Only hits the
    pipeline did not find are added, so what it read stays as it was (retx43)."""
    known = {(h.cue, h.rule, h.start, h.end, h.anchor) for hits in s.cue_hits.values() for h in hits}
    fresh = dataclasses.replace(s, cue_hits={}).read_cues()
    for hits in fresh.cue_hits.values():
        for h in hits:
            if (h.cue, h.rule, h.start, h.end, h.anchor) not in known:
                s.add_cue(h)


def _grade_beside(s: Sentence, m: Mention) -> Mention | None:
    """The GRADE mention written right before or right after the event ``m``, or None: "grade 2 CRS", "CRS grade 1",
    "HFS (grade 2)", "CRS progressed to grade 2" (the gaps: GRADE_GAP_BESIDE rows of kg/rules/adverse_events.jsonl, read
    at every word since the NLP did not know the short form there)."""
    for g in s.mentions:
        if g.label != "GRADE" or g.attrs.get("grade") is None:
            continue
        if g.end <= m.start and s.cue_between(Cue.GRADE_GAP_GRADE_FIRST, g.end, m.start):
            return g
        if g.start >= m.end and s.cue_between(Cue.GRADE_GAP_EVENT_FIRST, m.end, g.start):
            return g
    return None


def _take_grade_beside(s: Sentence, m: Mention) -> None:
    """The event ``m`` (a short form the NLP did not know in this section) takes the grade written beside it. (An
    event of the sentence the NLP gave that grade to from afar keeps it: taking it back cost an event on a held-out
    half in session 33; "he had a fever of 39.2 C, and grade 1 CRS was recorded" is a known gap.)"""
    g = _grade_beside(s, m)
    if g is not None:
        m.attrs["grade"] = g.attrs["grade"]


def is_case_report(doc: Document) -> bool:
    """The source says the document is a case report (JATS article type or subject, PubMed
    publication type, a "Case Report" label line)."""
    return (doc.article_type or "").lower() in {"case-report", "case report"} or \
        any(t in {"case report", "case reports"} for t in getattr(doc, "publication_types", None) or [])


def is_review(doc: Document) -> bool:
    """The source says the document is a review (JATS review-article, PubMed Review or Systematic Review)."""
    return (doc.article_type or "").lower() in {"review-article", "review"} or \
        "review" in (getattr(doc, "publication_types", None) or [])


def _redefined_abbreviations(sdocs, nlp, texts=None) -> set[str]:
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
    for k, sdoc in enumerate(sdocs):
        # the section's text as analysed (Doc.text re-joins every token); span._.curie read from
        # doc.user_data as kg.nlp.ents writes it (one Underscore per entity is the slow part)
        text = texts[k] if texts is not None else sdoc.text
        ud = sdoc.user_data
        # entities a disease slot names ("the diagnosis of ..."): kg_cues windows, doc offsets
        hits = cue_spans(sdoc)   # (built once for both questions)
        slots = {h.anchor[0] for h in hits if h.cue is Cue.DISEASE_SLOT}
        # "CGL (Berardinelli-Seip syndrome)": a short form glossed right after it as another condition
        glossed = {h.anchor[0]: text[h.start:h.end] for h in hits if h.cue is Cue.SHORT_FORM_GLOSS}
        for e in ents_of(sdoc):
            if e.label_ not in FACT_LABELS:
                continue
            start, end = e.start_char, e.end_char
            curie = ud.get(("._.", "curie", start, end))
            if curie:
                mention = text[start:end]
                linked.setdefault(mention, set()).add(curie)
                # "confirmed the diagnosis of CTX": this short form names a disease here
                if (e.label_ in ("DRUG", "REGIMEN") and mention.isupper() and len(mention) <= 6
                        and start in slots):
                    out.add(mention)
                gloss = glossed.get(end)  # the window after the entity starts at its end
                if gloss is not None and mention.isupper() and len(mention) <= 6 and \
                        not set(NAME_WORD.findall(gloss.lower())) & index.name_words().get(curie, set()):
                    out.add(mention)
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
            if not curies or _tells_a_course(long_text):
                continue
            names = index.name_words()
            long_words = set(NAME_WORD.findall(long_text.lower()))
            if not any(long_words & names.get(c, set()) for c in curies):
                out.add(short)
    return out


def _tells_a_course(long_text: str) -> bool:
    """A bracket after a regimen that counts its course ("FLOT (four cycles before and four after surgery)") is no long
    form of the short form, though its words' first letters spell it: the regimen keeps its meaning."""
    return label_match(Cue.COURSE_GLOSS, long_text) is not None
