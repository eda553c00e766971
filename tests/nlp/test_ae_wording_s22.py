"""Session 22 (ae22): adverse event names typeset with other hyphens (U+2010, U+2011, en dash) or in the
plural of a countable head noun, the cell bar of a one-line record between an event and its grade, and a
negation that covers the noun after it, not an event named after "and a". Sentences are our own made-up
wordings."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes


def events(nlp, text):
    return [(e.text, e._.pref_label, e._.grade) for e in nlp(text).ents if e.label_ == "ADVERSE_EVENT"]


@pytest.mark.parametrize("words,label", [
    ("hand\u2013foot syndrome", "Palmar-plantar erythrodysesthesia syndrome"),
    ("hand\u2011foot syndrome", "Palmar-plantar erythrodysesthesia syndrome"),
    ("hand\u2010foot skin reaction", "Palmar-plantar erythrodysesthesia syndrome"),
    ("palmar\u2013plantar erythrodysaesthesia", "Palmar-plantar erythrodysesthesia syndrome"),
    ("infusion\u2010related reaction", "Infusion related reaction"),
    ("injection site reactions", "Injection site reaction"),
])
def test_typeset_hyphens_and_plural_heads_name_the_event(nlp, words, label):
    found = events(nlp, f"After the third cycle of crizotinib she had grade 2 {words}.")
    assert [(t, lab, g) for t, lab, g in found] == [(words, label, 2)]


def test_plain_words_are_no_plural_event(nlp):
    # a plural head makes no event of a word that names none ("reactions" alone, "site reactions")
    assert events(nlp, "Skin reactions to the tape were frequent on the ward.") == []


@pytest.mark.parametrize("text,event,grade", [
    ("Toxicity: colitis | Severity: grade 3 | Attribution: crizotinib.", "colitis", 3),
    ("Event: vomiting | CTCAE: grade 2 | Action: crizotinib held.", "vomiting", 2),
])
def test_cell_bar_between_an_event_and_its_grade(nlp, text, event, grade):
    assert [(t, g) for t, _lab, g in events(nlp, text)] == [(event, grade)]


def test_cell_bar_gives_no_grade_to_the_event_of_another_cell(nlp):
    # the grade after a bar belongs to the nearest event only: the event before it in the row keeps none
    found = {t.lower(): g for t, _lab, g in events(nlp, "Rash | nausea | grade 2")}
    assert found["nausea"] == 2 and found["rash"] is None


INTRO = "A 61-year-old woman with lung adenocarcinoma started crizotinib 250 mg twice daily in March 2020."


def case_events(nlp, narrative):
    text = f"Lung Adenocarcinoma Treated With Crizotinib: Case Report\n\nCASE PRESENTATION\n\n{INTRO} {narrative}\n"
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return [(a.concept.label, a.grade) for a in case.adverse_events]


@pytest.mark.parametrize("narrative,expected", [
    ("Raising the dose of crizotinib in May brought no relief and a grade 2 QTc prolongation.",
     [("Electrocardiogram QT corrected interval prolonged", 2)]),
    ("The higher dose of crizotinib gave no improvement but a grade 3 diarrhoea.", [("Diarrhea", 3)]),
    ("The higher dose of crizotinib gave no improvement and no grade 3 diarrhoea.", []),
    ("In May she had no fever or diarrhoea of grade 2.", []),
])
def test_negation_covers_the_noun_after_it_not_an_event_after_and_a(nlp, narrative, expected):
    assert case_events(nlp, narrative) == expected
