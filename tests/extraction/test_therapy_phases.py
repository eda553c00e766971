"""Undated phases of one protocol told in one sentence ("two cycles of X and Y, followed by cycles
of Z") are assessed together: a later response naming no drug is every phase's
(kg/rules/therapy.jsonl PHASED_COURSE). Sentences written for this test."""
from narrative import drug_response_pairs as pairs



def test_response_after_protocol_phases_is_each_phases(nlp):
    got = pairs(nlp, "A girl with neuroblastoma was treated. Induction chemotherapy was two cycles of cyclophosphamide "
                     "and topotecan, followed by cycles of cisplatin and etoposide. The overall response was a "
                     "partial response.")
    assert {("topotecan", "partial response"), ("cisplatin", "partial response")} <= got


def test_progression_after_phases_is_the_last_phases_only(nlp):
    got = pairs(nlp, "A girl with neuroblastoma was treated. Induction chemotherapy was two cycles of cyclophosphamide "
                     "and topotecan, followed by cycles of cisplatin and etoposide. CT then showed progression.")
    assert ("topotecan", "progressive disease") not in got


def test_dated_lines_in_sequence_are_not_phases(nlp):
    got = pairs(nlp, "A man with lung cancer was treated. Two cycles of crizotinib were given from 2018, followed by "
                     "alectinib from 2019. CT showed a partial response.")
    assert ("crizotinib", "partial response") not in got
