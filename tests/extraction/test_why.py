"""A decision keeps the cue it was taken because of (``why`` on the model objects: kg_cues span,
rule row, offsets, the cue's words as evidence). The graph carries it (tests/graph/test_decisions.py);
the cases JSON does not.
Texts written for this project."""
from rule_examples import case_of, document


def _why(obj, decision):
    found = [w for w in obj.why if w.decision == decision]
    assert found, f"no {decision!r} in {obj.why}"
    return found[0]


def _text_at(text, w):
    # rule_examples.document puts the narrative after a title line: offsets are document offsets
    return document(text).text[w.start:w.end]


def test_a_line_ends_because_of_its_stop_cue_and_keeps_the_reason(nlp):
    text = ("A 54-year-old woman with lung adenocarcinoma started crizotinib in March 2019. "
            "Crizotinib was discontinued in May 2020 because of hepatotoxicity.")
    line = case_of(nlp, text).treatments[0]
    assert line.end == "2020-05"
    end = _why(line, "end")
    assert (end.cue, end.rule, _text_at(text, end)) == ("therapy/END", "stop", "discontinu")
    reason = _why(line, "discontinuation reason")
    assert reason.cue == "therapy/REASON" and _text_at(text, reason).startswith("because of hepatotoxicity")


def test_a_cause_of_a_switch_ties_the_response_to_the_line_that_ended(nlp):
    text = ("A 60-year-old man with ALK-positive lung adenocarcinoma received crizotinib in 2018. "
            "He was switched from crizotinib to alectinib because of progression in 2019.")
    lines = case_of(nlp, text).treatments
    response = lines[0].responses[0]
    why = _why(response, "cause of the switch: the line before")
    assert (why.cue, _text_at(text, why)) == ("therapy/CAUSE", "because of ")
    assert not lines[1].responses


def test_a_retreatment_line_is_opened_by_its_resume_cue(nlp):
    text = ("A 45-year-old woman with lung adenocarcinoma received crizotinib in 2017. "
            "Crizotinib was stopped in 2018. Crizotinib was resumed in 2019.")
    lines = case_of(nlp, text).treatments
    assert len(lines) == 2
    why = _why(lines[1], "retreatment")
    assert why.cue == "therapy/RESUME" and _text_at(text, why) == "resum"


def test_the_outcome_and_the_sex_of_a_case_name_their_cues(nlp):
    text = ("A 70-year-old man with lung adenocarcinoma received crizotinib in 2017. "
            "The patient died of respiratory failure in 2019.")
    case = case_of(nlp, text)
    outcome = _why(case, "outcome")
    assert (outcome.cue, _text_at(text, outcome)) == ("patient/OUTCOME", "died")
    sex = _why(case, "sex")
    assert (sex.cue, sex.rule, _text_at(text, sex)) == ("patient/SEX_NOUN", "sex-noun-male", "man")


def test_no_cue_no_why(nlp):
    line = case_of(nlp, "A 54-year-old woman with lung adenocarcinoma started crizotinib in March 2019.").treatments[0]
    assert line.why == []


def test_an_ungraded_event_counts_because_of_its_onset_cue(nlp):
    text = ("A 62-year-old woman with lung adenocarcinoma started crizotinib in March 2019. "
            "Two weeks later she developed a rash.")
    (event,) = case_of(nlp, text).adverse_events
    assert event.grade is None
    why = _why(event, "reported as an adverse event")
    assert (why.cue, _text_at(text, why)) == ("adverse_events/AE_ONSET", "developed")


def test_a_graded_event_needs_no_cue(nlp):
    text = ("A 62-year-old woman with lung adenocarcinoma started crizotinib in March 2019. "
            "She had grade 3 neutropenia.")
    (event,) = case_of(nlp, text).adverse_events
    assert event.grade == 3 and event.why == []
