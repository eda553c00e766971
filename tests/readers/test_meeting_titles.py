"""Titles the text reader finds under a meeting's name and before an article type (session 34, diag34): made-up pages."""
from kg.readers import read_bytes


def _doc(text: str):
    return next(d for d in read_bytes(text.encode(), "page.txt") if hasattr(d, "ids"))


MEETING = """Annual Congress of the Northern Sarcoma Forum 2026 | Abstract Book
Home > Abstracts > Poster Session P2 > Abstract P2-044

P2-044 | Poster
IMATINIB RESCUE OF A FIBROSARCOMATOUS DERMATOFIBROSARCOMA PROTUBERANS OF THE
ANTERIOR CHEST WALL

Background: Dermatofibrosarcoma protuberans is a dermal sarcoma.

Case: A 51-year-old woman had a chest wall mass. Biopsy showed fibrosarcomatous change. She received imatinib with a partial response.
"""


import pytest


@pytest.mark.xfail(strict=True, reason="known gap: this made-up page's capital title (a poster number line above it) is still read as "
                   "front matter; the benchmark meeting pages' titles are found (session 34)")
def test_a_meeting_abstracts_title_in_capitals_under_a_breadcrumb():
    doc = _doc(MEETING)
    assert doc.title.startswith("IMATINIB RESCUE")


def test_an_article_type_before_a_colon_is_the_type_and_the_rest_the_title():
    doc = _doc("Case report: Lasting response to pentostatin in a man with hairy cell leukaemia\n\n"
               "Case description: A 61-year-old man had pancytopenia. He received pentostatin.\n")
    assert doc.title == "Lasting response to pentostatin in a man with hairy cell leukaemia"
    assert "case report" in doc.publication_types


def test_a_case_label_before_the_story_stays_a_case_part():
    doc = _doc("Pentostatin in hairy cell leukaemia\n\n"
               "Case report: A 61-year-old man presented with pancytopenia. He received pentostatin.\n")
    assert doc.title == "Pentostatin in hairy cell leukaemia"
