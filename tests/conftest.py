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


@pytest.fixture(scope="session")
def nlp():
    """The default kg pipeline, built once per test session and shared (a module may define its
    own ``nlp``, e.g. over a small term list). Its first build costs a few seconds, later uses none."""
    from kg.nlp import build_pipeline

    return build_pipeline()
