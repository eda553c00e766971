"""A fact's date is its own: not the end of another period ("until August 2021"), nor a date that
another event or drug stands between (Cochin seed, issue #13). Sentences written for this test."""
from kg.extraction.procedures import procedures
from narrative import case_sentences as sentences
from narrative import therapy_of


def test_procedure_is_not_dated_by_the_end_of_a_drug(nlp):
    sents = sentences(nlp, "In August 2016 the mass shrank, leading to an R1 resection and continuation "
                           "of crizotinib until August 2021.")
    assert [(p.label, p.date) for p in procedures(sents)] == [("R1 resection", "2016-08")]


def test_response_is_not_dated_by_a_later_event(nlp):
    tb = therapy_of(nlp, "Crizotinib was started in February 2012. The partial response to crizotinib "
                         "allowed local treatments by radiotherapy (from July 2014 to August 2021).")
    [line] = tb.treatments()
    assert [(r.concept.label.lower(), r.date) for r in line.responses] == [("partial response", None)]


def test_procedure_is_not_dated_by_a_nearer_until_date(nlp):
    # the "until" date is nearer to the resection than its own date: nearest-date alone would take it
    sents = sentences(nlp, "In 2016, after a long course and several team discussions, an R1 resection was "
                           "done while crizotinib went on until 2021.")
    assert [(p.label, p.date) for p in procedures(sents)] == [("R1 resection", "2016")]
