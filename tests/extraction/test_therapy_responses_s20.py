"""Session 20 (responses told around a switch, found with made-up probes of progression-then-switch wordings): a
progression told in a clause of its own before the clause that gives the next drug ("he progressed and was switched
to X") is the earlier line's; a response told between two drugs of one sentence ("X was ineffective, and Y was
started") parts them into two lines; a course told "X, without response" names no category (gold convention).
Sentences written for this test."""
from narrative import drug_response_pairs as pairs


def test_a_progression_before_a_clause_that_switches_is_the_earlier_lines(nlp):
    got = pairs(nlp, "A man with lung adenocarcinoma was treated. Carboplatin and paclitaxel gave a partial response. "
                     "He progressed and was switched to docetaxel, which kept the disease stable.")
    assert ("carboplatin", "progressive disease") in got
    assert ("docetaxel", "progressive disease") not in got
    assert ("docetaxel", "stable disease") in got


def test_a_progression_then_a_drug_received_in_the_same_clause_chain(nlp):
    got = pairs(nlp, "A woman with melanoma was treated. Nivolumab and ipilimumab were given from 2019. "
                     "She progressed and then received dabrafenib and trametinib, with stable disease.")
    assert ("nivolumab", "progressive disease") in got
    assert ("dabrafenib", "progressive disease") not in got


def test_a_progression_told_on_the_drug_itself_stays_that_drugs(nlp):
    # the counter-case: the response is told of the drug right after it, no clause of its own in between
    got = pairs(nlp, "A man with myeloma was treated. Bortezomib was given from 2018. He progressed on lenalidomide.")
    assert ("lenalidomide", "progressive disease") in got


def test_a_response_between_two_drugs_parts_them_into_two_lines(nlp):
    got = pairs(nlp, "A woman with sarcoma was treated. Doxorubicin was ineffective, and pazopanib was started, "
                     "with a partial response.")
    assert ("doxorubicin", "progressive disease") in got
    assert ("pazopanib", "partial response") in got
    assert ("doxorubicin", "partial response") not in got


def test_two_drugs_given_together_with_no_response_between_stay_one_line(nlp):
    got = pairs(nlp, "A man with lung cancer was treated. Carboplatin and pemetrexed were started and gave a "
                     "partial response.")
    assert ("carboplatin", "partial response") in got and ("pemetrexed", "partial response") in got


def test_a_course_told_without_response_is_no_response_of_that_course(nlp):
    # gold convention 16 (benchmarks/gold/README.md, session 37; it superseded the webtext2 section's "no category"):
    # a line told "without response" did not respond, ["SD", "PD"], read as PD (not explicit); never a shrinkage,
    # and the progression stays with the course, not the drug started after it
    got = pairs(nlp, "A woman with a desmoid tumour was treated. She received methotrexate and vinblastine for six "
                     "months, without response. Sorafenib was then started, and the tumour shrank by 30%.")
    assert ("methotrexate", "progressive disease") in got
    assert ("methotrexate", "partial response") not in got
    assert ("sorafenib", "progressive disease") not in got
