"""Shared test fixtures."""
import pytest

from fixture_helpers import FIXTURE_TRIG
from kg.store import open_store


@pytest.fixture(scope="module")
def store():
    """An in-memory store holding the two-case fixture graphs (a test module may define its own)."""
    st = open_store(None)
    st.load_file(FIXTURE_TRIG)
    yield st
    st.close()
