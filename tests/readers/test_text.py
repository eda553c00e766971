"""kg/readers/text.py: an adverse-event table pasted into a plain-text report (cells set apart by pipes or tabs)
stays one paragraph of rows, one row a line, and the prose after it stays apart from its last row. Tables are our
own made-up ones."""
import pytest

from kg.readers import read_bytes
from kg.readers.text import paragraphs

_INTRO = ("Case presentation\nA 66-year-old man with metastatic colorectal cancer started panitumumab with FOLFIRI in "
          "June 2023.\n")
_AFTER = "Irinotecan was then reduced by one dose level. He remains on treatment.\n"


@pytest.mark.parametrize("table", [
    # a one-character middle cell (the grade), with a header whose last cell ends on a preposition
    "Table 2. Toxicities\nEvent | Grade | Attributed to\nParonychia | 2 | panitumumab\nDiarrhoea | 3 | irinotecan\n",
    # cells set apart by tabs
    "Table 2. Toxicities\nSide effect\tWorst grade\tLinked to\nAcneiform rash\t2\tpanitumumab\nNeutropenia\tG3\tirinotecan\n",
])
def test_a_table_pasted_into_text_keeps_one_row_a_line(table):
    pars = paragraphs(_INTRO + table + _AFTER)
    [tab] = [p for p in pars if p.startswith("Table 2.")]
    assert len(tab.split("\n")) == 4
    [doc] = read_bytes((_INTRO + table + _AFTER).encode(), "case.txt")
    rows = doc.text.split("\n")
    # the first row is not glued to the header (which ends with "to"), nor the prose after the table to the last row
    assert any(r.startswith(("Paronychia", "Acneiform rash")) for r in rows)
    assert any(r.startswith("Irinotecan was then reduced") for r in rows)


def test_prose_lines_with_one_tab_are_no_table():
    # a single line with a tab among prose lines is no table: the lines still join as prose
    text = "Case presentation\nThe patient was seen in\tclinic on day 3 and\nreported no new symptoms.\n"
    assert "The patient was seen in clinic on day 3 and reported no new symptoms." in paragraphs(text)
