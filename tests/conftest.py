"""Shared test fixtures."""
from pathlib import Path

import pytest

from kg.store import open_store

# Two hand-written report graphs (YWHAE::ROS1 IMT; ALK with unknown partner) following ontology/README.md.
FIXTURE_TRIG = Path(__file__).parent / "fixtures" / "graphs" / "two_cases.trig"


@pytest.fixture(scope="module")
def store():
    """An in-memory store holding the two-case fixture graphs (a test module may define its own)."""
    st = open_store(None)
    st.load_file(FIXTURE_TRIG)
    yield st
    st.close()
