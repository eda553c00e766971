"""Stores for the site tests: the hand-written fixture graphs and a report whose every text field
is hostile markup (report text is untrusted)."""
import pytest

from fixture_helpers import FIXTURE_TRIG
from hostile_report import LINES_TRIG, load_hostile
from kg.store import open_store


@pytest.fixture(scope="module")
def fixture_store():
    """The two-case fixture, the two reports with lines without responses, and the hostile report."""
    st = open_store(None)
    st.load_file(FIXTURE_TRIG)
    st.load_file(LINES_TRIG)
    st.hostile_case = load_hostile(st)
    yield st
    st.close()
