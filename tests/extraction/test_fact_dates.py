"""A fact's date is its own: not the end of another period ("until August 2021"), nor a date that
another event or drug stands between (Cochin seed, issue #13). Sentences written for this test."""

from kg.extraction.context import annotate
from kg.extraction.mentions import sentences_from_doc
from kg.extraction.procedures import procedures
from kg.extraction.therapy import TherapyBuilder
from kg.model import Section


def sentences(nlp, text):
    sec = Section(kind="case", title="Case", start=0, end=len(text))
    sents = sentences_from_doc(nlp(text), sec, 0, 0)
    annotate(sents)
    return sents


def test_procedure_is_not_dated_by_the_end_of_a_drug(nlp):
    sents = sentences(nlp, "In August 2016 the mass shrank, leading to an R1 resection and continuation "
                           "of crizotinib until August 2021.")
    assert [(p.label, p.date) for p in procedures(sents)] == [("R1 resection", "2016-08")]


def test_response_is_not_dated_by_a_later_event(nlp):
    tb = TherapyBuilder()
    for s in sentences(nlp, "Crizotinib was started in February 2012. The partial response to crizotinib "
                            "allowed local treatments by radiotherapy (from July 2014 to August 2021)."):
        tb.add_sentence(s, narrative=True)
    [line] = tb.treatments()
    assert [(r.concept.label.lower(), r.date) for r in line.responses] == [("partial response", None)]
