"""Every fact's evidence names its own span, never another mention of the sentence."""
from kg.extraction.mentions import Sentence
from kg.model import Section
from kg.nlp import build_pipeline


def _facts(text):
    from kg.extraction.extract import extract_report  # noqa: F401  (import check)
    from kg.extraction.context import annotate
    from kg.extraction.mentions import sentences_from_doc
    from kg.extraction.therapy import TherapyBuilder

    sec = Section(kind="case", title="Case", start=0, end=len(text))
    sents = sentences_from_doc(build_pipeline()(text), sec, 0, 0)
    annotate(sents)
    tb = TherapyBuilder()
    for s in sents:
        tb.add_sentence(s, narrative=True)
    return tb


def test_percent_change_response_evidence_is_its_own_span():
    tb = _facts("In May 2019, crizotinib was started. In July 2019, CT showed a 45% reduction of the mass.")
    [line] = tb.treatments()
    [resp] = line.responses
    assert resp.concept.id and resp.explicit is False
    assert resp.evidence.mention == "45% reduction"


def test_failure_and_toxicity_have_their_own_spans():
    tb = _facts("In May 2019, crizotinib was started. She had grade 3 hematological toxicity on crizotinib. "
                "After crizotinib failure in March 2020, alectinib was started.")
    first = tb.treatments()[0]
    assert [r.evidence.mention for r in first.responses] == ["failure"]
    assert [a.evidence.mention for a in tb.adverse_events] == ["hematological toxicity"]
    assert tb.adverse_events[0].grade == 3


def test_evidence_without_a_mention_is_the_sentence_not_another_mention():
    s = Sentence(index=0, text="In July 2019, CT was done.", start=0, end=26, section=Section(kind="case", title="Case", start=0, end=26))
    assert s.evidence_for(None).mention == s.text
