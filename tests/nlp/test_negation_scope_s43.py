"""Session 43 (scope43): a negation covers its own clause, not a coordinated clause with a subject and predicate of
its own (kg/rules/context.jsonl TERMINATE ``coordinated`` and ``coordinated_predicate``, read by
kg/nlp/assertion.py ``_coordinated_clause``).

"The effusion did not recur, and the disease remained stable": the 'not' is the effusion's; the stable disease is
told. A negation over a list ("no shrinkage of the nodes or the liver lesions"), over both verbs of one subject
("neither shrank nor grew") or a list of findings under one verb ("no rash, the fatigue, and the nausea were
reported") keeps its reach. Every sentence was made up for this test."""
from __future__ import annotations

import pytest

from rule_examples import response_pairs


def _status(nlp, text: str, target: str) -> str:
    found = [e for e in nlp(text).ents if e.text == target]
    assert found, f"{target!r} is not an entity of {text!r}"
    return found[0]._.status


# (sentence, mention, status): the negation stops at the coordinated clause
ENDS_AT_CLAUSE = [
    ("No new lesions were seen, and the liver metastases shrank.", "metastases shrank", "affirmed"),
    ("The pleural effusion did not recur, and the disease remained stable for a year.", "disease remained stable",
     "affirmed"),
    ("She had no fever, and the axillary nodes decreased in size on CT.", "nodes decreased in size", "affirmed"),
    ("The ascites did not return, and the peritoneal deposits regressed after four cycles.", "deposits regressed",
     "affirmed"),
    ("His pain did not recur, and the bone lesions were stable on MRI.", "lesions were stable", "affirmed"),
    ("There was no bleeding, and the rash resolved with topical steroids.", "rash", "affirmed"),
    ("He had no diarrhoea, and the neutropenia resolved with filgrastim.", "neutropenia", "affirmed"),
]

# (sentence, mention, status): the negation keeps its reach
STAYS_NEGATED = [
    ("There was no partial response of the nodes or the liver lesions.", "partial response", "negated"),
    ("None of the lesions shrank on the restaging CT.", "lesions shrank", "negated"),
    ("No rash, the fatigue, and the nausea were reported.", "nausea", "negated"),
    ("No fever, chills, and the nausea were reported.", "nausea", "negated"),
    ("She had no fever, and the chills.", "chills", "negated"),
    ("The patient did not develop a rash, and no neutropenia was seen.", "neutropenia", "negated"),
]


@pytest.mark.parametrize("text, target, expected", ENDS_AT_CLAUSE + STAYS_NEGATED)
def test_negation_scope(nlp, text, target, expected):
    assert _status(nlp, text, target) == expected


def test_neither_nor_is_no_response_change(nlp):
    # both verbs under one subject: the wording is stable disease as a whole, not a shrinkage
    doc = nlp("The lung mass neither shrank nor grew.")
    assert [(e.text, e._.status) for e in doc.ents if e.label_ == "RESPONSE"] == [
        ("mass neither shrank nor grew", "affirmed")]


def _report(story: str) -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\nThe optimal sequence of treatment remains unclear.\n")


def test_response_after_negated_clause_is_a_pair(nlp):
    story = ("A 61-year-old man with lung adenocarcinoma received gefitinib. The pleural effusion did not recur, and "
             "the disease remained stable for a year.")
    assert ("gefitinib", "SD") in response_pairs(nlp, _report(story))


def test_negated_shrinkage_is_no_pair(nlp):
    story = ("A 59-year-old woman with breast cancer received letrozole. Not one of the liver metastases shrank at "
             "three months.")
    assert ("letrozole", "PR") not in response_pairs(nlp, _report(story))


def test_negation_inside_the_wording_is_a_pair(nlp):
    # "MRD-negative": the negation is the wording's own (no disease left), not a response that did not happen
    story = ("A 9-year-old boy with B-cell acute lymphoblastic leukaemia received blinatumomab. He was MRD-negative "
             "after the first cycle.")
    assert ("blinatumomab", "CR") in response_pairs(nlp, _report(story))


@pytest.mark.parametrize("text, target, expected", [
    ("Restaging CT showed no new lesions and stable size of the para-aortic nodes.", "stable size", "affirmed"),
    ("The PET showed no new metastases and stable disease in the bones.", "stable disease", "affirmed"),
    ("CT showed no new lesions or progression of the nodes.", "progression", "negated"),
])
def test_finding_joined_to_no_new_lesions(nlp, text, target, expected):
    assert _status(nlp, text, target) == expected
