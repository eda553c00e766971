"""Helpers for tests/rules/test_<file>_examples.py: a rule file's examples as test parameters, and
a text run through the whole pipeline and extraction as one patient's case narrative."""
from __future__ import annotations

import pytest

from kg.extraction.extract import extract_report
from kg.model import CaseRecord, Document, Section
from kg.readers import read_bytes
from kg.readers.text import read_text
from kg.rules import rules


def triples(name: str, categories=None) -> list:
    """``(row, text, target, expected)`` of every ``[text, target, expected]`` example and
    counter-example (a counter-example states the outcome when the row does not fire)."""
    return [pytest.param(row, *ex, id=f"{row.id}-{which[:-1]}-{i}") for row in rules(name).rules
            if categories is None or row.category in categories
            for which in ("examples", "counter_examples")
            for i, ex in enumerate(getattr(row, which)) if not isinstance(ex, str)]


def strings(name: str, which: str = "examples", categories=None) -> list:
    """``(row, text)`` of every string example (or counter-example)."""
    return [pytest.param(row, ex, id=f"{row.id}-{i}") for row in rules(name).rules
            if categories is None or row.category in categories
            for i, ex in enumerate(getattr(row, which)) if isinstance(ex, str)]


def document(text: str) -> Document:
    """``text`` as a report: a text with a line break is read by the text reader (its headings
    make the sections: "Case presentation", "Discussion"); a line is one case section."""
    if "\n" in text:
        return read_text(text, "example.txt")
    return Document(source="example.txt", format="text", ids=["file:example.txt"], title="", text=text,
                    sections=[Section(kind="case", title="Case presentation", start=0, end=len(text))])


def case_of(nlp, text: str) -> CaseRecord:
    cases = extract_report(document(text), nlp).cases
    assert len(cases) == 1, f"{len(cases)} cases from {text!r}"
    return cases[0]


def cases_of(nlp, text: str) -> list[CaseRecord]:
    """Every case kg finds in ``text`` read as a whole file (``case.txt``: the readers choose its format)."""
    return extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases


def diagnosis_ids(nlp, text: str) -> list[list[str]]:
    """Each case's diagnosis ids, sorted."""
    return [sorted(d.concept.id for d in c.diagnoses) for c in cases_of(nlp, text)]


def drugs_given(nlp, text: str) -> set[str]:
    """The drugs given (lower-case labels) in every case kg finds in ``text`` read as a whole file (``probe.txt``)."""
    doc = next(d for d in read_bytes((text + "\n").encode(), "probe.txt") if hasattr(d, "ids"))
    return {d.label.lower() for c in extract_report(doc, nlp).cases for t in c.treatments for d in t.drugs}


def check_drugs(nlp, text: str, given, not_given) -> None:
    """Assert that ``text`` (read as a whole file) tells every drug of ``given`` given and none of ``not_given``."""
    drugs = drugs_given(nlp, text)
    assert set(given) <= drugs, f"missed {set(given) - drugs}"
    assert not set(not_given) & drugs, f"not given but read as given: {set(not_given) & drugs}"


def report_param(report: tuple, open_reasons: dict[str, str]):
    """A made-up report ``(id, text, expected...)`` as a test parameter named by its id, a strict xfail with its
    reason when ``open_reasons`` names it (what kg still gets wrong in it)."""
    rid = report[0]
    marks = [pytest.mark.xfail(reason=open_reasons[rid], strict=True)] if rid in open_reasons else []
    return pytest.param(*report, id=rid, marks=marks)


# the scorer's response classes, by the NCIt label kg links a response to
RESPONSE_CLASS = {"complete response": "CR", "partial response": "PR", "stable disease": "SD", "progressive disease": "PD"}


def response_pairs(nlp, text: str) -> set[tuple[str, str]]:
    """``(drug label lower-cased, response class)`` of every line of every case kg finds in ``text`` read as a whole
    file (``case.txt``); a response outside the four classes keeps its label."""
    return {(d.label.lower(), RESPONSE_CLASS.get(r.concept.label.lower(), r.concept.label.lower()))
            for c in cases_of(nlp, text) for t in c.treatments for d in t.drugs for r in t.responses}


def graded_events(nlp, text: str) -> set[tuple[str, int | None]]:
    """The one case's adverse events of ``text`` (read as a whole file) as ``(term label, grade)``."""
    (case,) = cases_of(nlp, text)
    return {(a.concept.label, a.grade) for a in case.adverse_events}


def entity(nlp, text: str, target: str, label: str | None = None):
    """The entity of ``nlp(text)`` whose text is ``target`` (case-insensitive)."""
    doc = nlp(text)
    found = [e for e in doc.ents if e.text.lower() == target.lower() and (label is None or e.label_ == label)]
    assert found, f"{target!r} is not {'an entity' if label is None else 'a ' + label} of {text!r}: " \
                  f"{[(e.text, e.label_) for e in doc.ents]}"
    return found[0]


def lines_of(nlp, text):
    """The case's treatment lines in order, each as (its drugs' labels, its response classes), lower case."""
    return [(sorted(a.drug.label.lower() for a in t.administrations),
             sorted({r.concept.label.lower() for r in t.responses}))
            for t in sorted(case_of(nlp, text).treatments, key=lambda t: t.line)]


def responses_of(lines, drug):
    """The response classes of every line (from lines_of) that gives the drug."""
    return set().union(*[set(r) for d, r in lines if drug in d] or [set()])
