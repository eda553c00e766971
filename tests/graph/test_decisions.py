"""kg.graph.build writes why extraction decided (kg:decidedBecause -> kg:Decision): what was decided,
the cue category, the rule row that matched and the cue's words as evidence, validated by the shapes.
Texts written for this project."""
from __future__ import annotations

import pytest
from rdflib import Literal

from kg.graph.build import build_report_graph
from kg.graph.vocab import KG
from kg.model import ReportRecord
from kg.rules import rules
from kg.validate import ensure_valid, validate_graph
from kg.extraction.extract import extract_report
from rule_examples import document

STOPPED = ("A 54-year-old woman with lung adenocarcinoma started crizotinib in March 2019. "
           "Crizotinib was discontinued in May 2020 because of hepatotoxicity.")


def graph_of(nlp, text: str):
    record: ReportRecord = extract_report(document(text), nlp)
    return document(text), build_report_graph(record)[1]


def decisions(g, fact=None):
    """(fact, decision, cue, rule row, cue words) of every decision in ``g`` (of ``fact`` only, if given)."""
    out = []
    for f, node in g.subject_objects(KG.decidedBecause):
        if fact is not None and f != fact:
            continue
        ev = g.value(node, KG.evidence)
        words = g.value(ev, KG.mentionText) if ev is not None else None
        out.append((f, *(None if v is None else v.toPython() for v in (
            g.value(node, KG.decision), g.value(node, KG.cue), g.value(node, KG.ruleRow), words))))
    return sorted(out, key=str)


def test_a_line_that_ended_says_which_cue_ended_it(nlp):
    doc, g = graph_of(nlp, STOPPED)
    (line,) = g.subjects(KG.lineNumber, Literal(1))
    got = {d[1:] for d in decisions(g, line)}
    assert ("end", "therapy/END", "stop", "discontinu") in got
    reason = next(d for d in got if d[0] == "discontinuation reason")
    assert reason[1] == "therapy/REASON" and reason[3].startswith("because of hepatotoxicity")


def test_the_cue_words_are_at_their_offsets_in_the_sentence_they_cite(nlp):
    doc, g = graph_of(nlp, STOPPED)
    found = 0
    for _, node in g.subject_objects(KG.decidedBecause):
        ev = g.value(node, KG.evidence)
        sentence = g.value(ev, KG.inSentence)
        text, s0 = str(g.value(sentence, KG.sentenceText)), g.value(sentence, KG.sentenceStart).toPython()
        m0, m1 = g.value(ev, KG.mentionStart).toPython(), g.value(ev, KG.mentionEnd).toPython()
        assert text[m0 - s0:m1 - s0] == str(g.value(ev, KG.mentionText))
        found += 1
    assert found >= 3   # the sex noun, the end cue, the reason


def test_the_case_says_where_its_sex_was_read(nlp):
    _, g = graph_of(nlp, STOPPED)
    (case,) = g.subjects(KG.caseNumber, Literal(1))
    assert ("sex", "patient/SEX_NOUN", "sex-noun-female", "woman") in {d[1:] for d in decisions(g, case)}


def test_every_decision_names_a_rule_row_of_its_cue_category(nlp):
    texts = [STOPPED,
             "A 60-year-old man with ALK-positive lung adenocarcinoma received crizotinib in 2018. "
             "He was switched from crizotinib to alectinib because of progression in 2019. "
             "Crizotinib was restarted in 2021. He is alive.",
             "We report a 47-year-old woman with breast cancer. She developed a rash on capecitabine."]
    seen = 0
    for text in texts:
        _, g = graph_of(nlp, text)
        for _, decision, cue, row, _words in decisions(g):
            file, category = cue.split("/")[:2]
            ids = {r.id for r in rules(file).rows(category)}
            assert row in ids, f"{decision}: rule row {row!r} is not a row of {cue} ({sorted(ids)})"
            seen += 1
    assert seen >= 6


def test_the_shapes_accept_decisions_and_reject_a_decision_without_a_cue(nlp):
    _, g = graph_of(nlp, STOPPED)
    ensure_valid(g)
    node = next(iter(g.objects(None, KG.decidedBecause)))
    g.remove((node, KG.cue, None))
    report = validate_graph(g)
    assert not report.conforms and any("DecisionShape" in r and "kg:cue" in r for r in report.results), report.results


def test_a_cue_pattern_that_is_no_rules_file_category_is_rejected(nlp):
    _, g = graph_of(nlp, STOPPED)
    node = next(iter(g.objects(None, KG.decidedBecause)))
    g.set((node, KG.cue, Literal("because of")))
    report = validate_graph(g)
    assert not report.conforms and any("DecisionShape" in r and "kg:cue" in r for r in report.results), report.results
