"""Shared test fixtures."""
from pathlib import Path

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


# ------------------------------------------------- real stores, built once per session (system tests) ---
SHARED = Path(__file__).resolve().parents[2] / "shared"


def _ingested_store(tmp_path_factory, name: str, paths: list[Path]):
    from kg.pipeline import ingest

    missing = [p for p in paths if not p.exists()]
    if missing:
        pytest.skip(f"../shared not found: {missing[0]}")
    location = tmp_path_factory.mktemp(name) / "store"
    summary = ingest(paths, str(location), jobs=2)
    assert summary.ingested, "nothing ingested"
    st = open_store(str(location), read_only=True)
    yield st
    st.close()


@pytest.fixture(scope="session")
def seeds_store(tmp_path_factory):
    """A store holding the two seed reports of ../shared/corpus/seeds (ingested once per session)."""
    yield from _ingested_store(tmp_path_factory, "seeds", [SHARED / "corpus" / "seeds"])


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    """A store holding all of ../shared/corpus (ingested once per session; reports that are rejected
    as input stay out)."""
    yield from _ingested_store(tmp_path_factory, "corpus", [SHARED / "corpus"])


@pytest.fixture(scope="session")
def nlp():
    """The default kg pipeline, built once per test session and shared (a module may define its
    own ``nlp``, e.g. over a small term list). Its first build costs a few seconds, later uses none."""
    from kg.nlp import build_pipeline

    return build_pipeline()
