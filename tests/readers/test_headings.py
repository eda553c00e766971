"""kg/readers/headings.py: the adverse-event table tests the readers use, a table flowed into text
(``ae_table``: its caption line, its header line, its rows) and a table's grid (``ae_table_columns``: its
column headers). Both read the column words of kg/rules/adverse_events.jsonl (AE_TABLE_EVENT_COLUMN,
AE_TABLE_GRADE_COLUMN, AE_TABLE_GRADED_COLUMN), as kg_context does for the rows (AE_TABLE_GRADE_HEADER):
a wording added there once is recognised by all of them. Table texts are our own."""
import itertools

import pytest

from kg.nlp.adverse_events import AE_TABLE_GRADE_HEADER, AE_TABLE_GRADE_LAST
from kg.readers.headings import ae_table, ae_table_columns, course_lines
from kg.rules import rules

_RULES = rules("adverse_events")


@pytest.mark.parametrize("text", [
    # pipe table with its caption line
    "Table 3. Toxicities on treatment\nAdverse event | Grade | Onset (day) | Action\nStomatitis | 2 | 9 | dose held\n"
    "Fatigue | 1 | 15 | none",
    # tab grid, no caption
    "Toxicity\tWorst grade\tCycle\nAnorexia\t2\t3\nHypokalaemia\t3\t4",
    # cells set apart by runs of spaces
    "Event  Grade  Day of onset\nConstipation  1  5\nMyalgia  2  12",
    # other wordings of the columns
    "Table 2. Events during lorlatinib\nToxicity | CTCAE v5 grade | Drug held?\nHypercholesterolaemia | 2 | no",
    "Side effect (grade) | Onset | Outcome\nAcneiform rash (2) | week 2 | resolved",
    "Treatment-related AEs\tOnset (week)\tMaximum grade\nPeripheral oedema\t6\t1",
    "Immune-related adverse events   Highest grade   Steroids\nColitis   3   yes",
])
def test_a_table_of_the_patients_adverse_events(text):
    assert ae_table(text)


@pytest.mark.parametrize("text", [
    # a cohort's table of rates: its grade columns count patients
    "Table 4. Adverse events in the expansion cohort (n = 48)\nAdverse event | Grade 1-2 (%) | Grade 3-4 (%)\n"
    "Nausea | 21 (44) | 2 (4)",
    "Adverse event   Any grade, n (%)   Grade 3-4 (%)\nDiarrhoea   30 (55)   4 (7)",
    # a staging table and a table of laboratory values
    "Table 1. Staging\nT stage | N stage | M stage | Grade\npT3 | pN1 | M0 | G2",
    "Table 2. Laboratory values\nDay | Creatinine (mg/dL) | ALT (U/L) | Grade of hepatotoxicity\n14 | 1.1 | 180 | 2",
    # a table of options, with the grade of a feared event
    "Table 5. Options at progression\nToxicity | Grade | Recommended action\nPneumonitis | 2 | hold the drug",
    # the event column not first
    "Drug | Adverse event | Grade\nsotorasib | hepatitis | 3",
    # prose that names events and grades
    "Events of grade 3 or more were not seen.\nThe patient remains well.",
])
def test_not_a_table_of_the_patients_adverse_events(text):
    assert not ae_table(text)


@pytest.mark.parametrize("head", [
    ["Adverse event", "Grade", "Onset"],
    ["Toxicity", "CTCAE v5 grade", "Drug held?"],
    ["Event", "Day of onset", "Grade"],
    ["Side effect (grade)", "Onset", "Outcome"],
    ["Adverse event (CTCAE v5.0)", "Worst grade"],
    ["Immune-related AEs", "Max. grade", "Treatment"],
])
def test_a_grid_whose_columns_name_the_events_and_their_grade(head):
    assert ae_table_columns(head)


@pytest.mark.parametrize("head", [
    ["Adverse event", "Grade 1-2 (%)", "Grade 3-4 (%)", "Patients (n)"],
    ["T stage", "N stage", "Grade"],
    ["Day", "Creatinine (mg/dL)", "Grade"],
    ["Drug", "Adverse event", "Grade"],
    ["Adverse event", "Onset", "Grade", "Duration"],   # the grade column neither next nor last
    ["Adverse event"],
])
def test_a_grid_that_is_no_adverse_event_table(head):
    assert not ae_table_columns(head)


def test_an_adverse_event_grid_keeps_its_rows_as_written():
    assert course_lines([["Side effect (grade)", "Onset", "Outcome"], ["Acneiform rash (2)", "week 2", "resolved"]]) \
        == ["Side effect (grade) | Onset | Outcome", "Acneiform rash (2) | week 2 | resolved"]


def _cells(rule_id: str) -> list[str]:
    [row] = [r for r in _RULES.rules if r.id == rule_id]
    return [e for e in row.examples if isinstance(e, str)]


@pytest.mark.parametrize("event,grade", list(itertools.product(_cells("ae-table-event-column"),
                                                               _cells("ae-table-grade-column"))))
def test_a_column_wording_written_once_is_recognised_by_every_test(event, grade):
    # the grid, the header line a reader keeps as case text, and kg_context's header (grade column next or last)
    assert ae_table_columns([event, grade, "Onset"]) and ae_table_columns([event, "Onset", grade])
    assert ae_table(f"{event} | {grade} | Onset\nRash | 2 | day 4")
    assert ae_table(f"{event}\t{grade}\tOnset\nRash\t2\tday 4")
    assert AE_TABLE_GRADE_HEADER.search(f"{event}   {grade}   Onset") is not None
    assert AE_TABLE_GRADE_HEADER.search(f"{event} | {grade} | Onset") is not None
    assert AE_TABLE_GRADE_LAST.search(f"{event} | Onset (day) | {grade}") is not None


@pytest.mark.parametrize("graded", _cells("ae-table-graded-event-column"))
def test_an_event_column_with_its_grade_in_brackets_is_recognised_by_every_test(graded):
    assert ae_table_columns([graded, "Onset"])
    assert ae_table(f"{graded} | Onset\nRash (2) | day 4")
    assert AE_TABLE_GRADE_HEADER.search(f"{graded} | Onset") is not None


def test_graded_cells_of_a_values_table_become_one_statement_each():
    from kg.readers.headings import graded_cell_lines
    rows = [["Test", "Baseline", "Day 8", "Day 15"], ["Hb (g/dL)", "9.8 (grade 1)", "7.6 (grade 3)", "8.4 G2"],
            ["Creatinine", "0.9", "1.0", "1.1"]]
    assert course_lines(rows, "Table 1. Counts during induction") == ["Hb: 7.6 (grade 3), Day 8.", "Hb: 8.4 G2, Day 15."]
    assert graded_cell_lines([["Test", "Day 8"], ["Creatinine", "1.0"]]) is None
    # a table of patients or trials, or a share in %, is no patient's own values
    assert graded_cell_lines([["Patients", "Cycle 1"], ["Neutropenia", "12 (grade 3)"]]) is None
    assert graded_cell_lines([["Event", "Cycle 1"], ["Neutropenia", "40% grade 3"]], "Rates in the trial (%)") is None
