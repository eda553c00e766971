"""Documents that cannot hold a case, found before the NLP: a short pass of tokens, sentences and three cues.

``extract_report`` gives a document no case when it has no case section, its source does not call it a case
report and no sentence introduces a patient (``kg.extraction.cases.introduces_patient``: a PATIENT_INTRO,
PATIENT_INTRO/in_cohort or TITLE_INTRO cue; or, ``tells_one_patients_story``, a sentence that opens with an
indefinite person, INDEFINITE_PERSON, or ONE_PATIENT_SENTENCES sentences that speak of one person,
ONE_PATIENT_REF). Most documents of a literature corpus are such abstracts of studies (940 of the 1,156 of
../shared/corpus), and the whole pipeline (entities, linking, assertion, every other cue) ran on them only for
that answer.

Those three cues are read in the sentence window and depend on the sentence's text alone (no entity, no other
cue: ``_reads_text_only``), so the sentences are all that is needed: the pipeline's own components up to
its sentencizer (the tokenizer, and ``kg_drug_compounds``, which merges tokens and so moves sentence
starts) give the sentences the whole pipeline reads, and ``sentence_cues`` (the code ``kg_cues`` runs)
reads the cues in them. They are read in every section and sentence, including those ``extract_report``
leaves out of its test (a title's PATIENT_INTRO, a model donor's sentence): a hit anywhere sends the document
through the whole pipeline, so the gate only ever skips documents whose record has no case either way.
"""
from __future__ import annotations

from kg.extraction.analyse import is_case_report, section_docs
from kg.extraction.cases import ONE_PATIENT_SENTENCES
from kg.model import Document
from kg.nlp.cues import Cue, cue_plan, sentence_cues
from kg.nlp.doc_text import doc_text, sentences_with_entities

# the cues of introduces_patient (kg.extraction.cases): a document without any of them has no case
INTRO_CUES = frozenset({Cue.PATIENT_INTRO, Cue.PATIENT_INTRO_IN_COHORT, Cue.TITLE_INTRO})
# the cue counted by tells_one_patients_story: so many sentences with it may be one person's story; and its
# opening of a story by an indefinite person (read here without the tense and group tests it is combined with there)
STORY_CUE = Cue.ONE_PATIENT_REF
OPENING_CUES = INTRO_CUES | {Cue.INDEFINITE_PERSON}
_READ_CUES = OPENING_CUES | {STORY_CUE}
# the last component needed to have the sentences (token.is_sent_start), and the one that reads the cues
_SENTENCIZER, _CUES = "kg_sentencizer", "kg_cues"


def _reads_text_only(compiled) -> bool:
    """Is the cue read from the sentence's text alone (its hits the same whatever the sentence's entities
    and other cues)?"""
    s = compiled.spec
    return (s.window == "sentence" and s.needs is None and s.mask is None and s.chained is None
            and s.or_cue is None and s.windows_of is None and not s.across_sentences)


def _moves_sentences(nlp, name: str) -> bool:
    """Does component ``name`` change tokens or sentence starts (so that the sentences after it are not the
    sentencizer's)?"""
    meta = nlp.get_pipe_meta(name)
    return bool(meta.retokenizes) or any(a in ("token.is_sent_start", "doc.sents") for a in meta.assigns)


class CaseGate:
    """``cannot_hold_case(doc)`` with one pipeline's sentence components and compiled cues (built once per
    pipeline: :func:`case_gate`)."""

    def __init__(self, nlp):
        self.nlp = nlp
        self.plan = None   # None: nothing is skipped
        names = nlp.pipe_names
        if _SENTENCIZER not in names or _CUES not in names:   # a pipeline of a few components (tests)
            return
        split = names.index(_SENTENCIZER) + 1
        if any(_moves_sentences(nlp, name) for name in names[split:]):   # the sentences read later would differ
            return
        self.sentence_components = [proc for _name, proc in nlp.pipeline[:split]]
        compiled = [c for c in nlp.get_pipe(_CUES).compiled if c.cue in _READ_CUES]
        # a cue that came to read entities or other cues could not be read here: then nothing is skipped
        if {c.cue for c in compiled} == _READ_CUES and all(_reads_text_only(c) for c in compiled):
            self.plan = cue_plan(compiled)

    def cannot_hold_case(self, doc: Document) -> bool:
        """True only when ``extract_report(doc)`` would find no case: no case section, no case report by its
        source, and none of :data:`INTRO_CUES` in any sentence of the sections it reads."""
        if self.plan is None or is_case_report(doc) or any(s.kind == "case" for s in doc.sections):
            return False
        _sections, _texts, docs = section_docs(doc, self.nlp)
        # (the story's sentences are counted over the whole document, as tells_one_patients_story counts them)
        story = 0
        for d in docs:
            introduces, told_of_one = self._read(d)
            story += told_of_one
            if introduces or story >= ONE_PATIENT_SENTENCES:
                return False
        return True

    def _read(self, sdoc) -> tuple[bool, int]:
        """Does a sentence of the section doc hold one of :data:`OPENING_CUES`, and how many hold :data:`STORY_CUE`?"""
        if not len(sdoc):
            return False, 0
        for proc in self.sentence_components:
            sdoc = proc(sdoc)
        full = doc_text(sdoc)
        story = 0
        for _s, _e, _base, text, _ents in sentences_with_entities(sdoc, full):
            cues = {hit[0] for hit in sentence_cues(text, [], plan=self.plan)}
            if cues & OPENING_CUES:
                return True, story
            story += STORY_CUE in cues
        return False, story


def case_gate(nlp) -> CaseGate:
    """The gate of pipeline ``nlp``, built on first use and kept on it."""
    gate = getattr(nlp, "_kg_case_gate", None)
    if gate is None:
        gate = CaseGate(nlp)
        nlp._kg_case_gate = gate
    return gate


__all__ = ["INTRO_CUES", "CaseGate", "case_gate"]
