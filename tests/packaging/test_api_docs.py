"""The documented Python API (README, "Python API"): its docstring examples run as doctests.

Modules: kg.store (open_store), kg.query (run_query), kg.query.cases (cases_json), kg.export
(export), kg.readers (read_path), and the helpers they document (kg.prefixes, kg.graph.iri, the
exporters). The examples read ``store`` (the two-report fixture, in memory), ``graph_file`` (its
TriG file) and ``example`` (the bundled example report)."""
from __future__ import annotations

import doctest
import importlib
from pathlib import Path

import pytest

from fixture_helpers import FIXTURE_TRIG
from kg.store import open_store

ROOT = Path(__file__).resolve().parents[2]
API_MODULES = ["kg.store", "kg.query", "kg.query.cases", "kg.export", "kg.readers"]
DOCUMENTED_HELPERS = ["kg.prefixes", "kg.graph.iri", "kg.export.details", "kg.export.phenopacket",
                      "kg.export.cases_csv", "kg.export.kgx"]


@pytest.mark.parametrize("name", API_MODULES + DOCUMENTED_HELPERS)
def test_docstring_examples_run(name, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)       # examples that write files write here
    module = importlib.import_module(name)
    store = open_store(None)
    store.load_file(FIXTURE_TRIG)
    try:
        result = doctest.testmod(module, extraglobs={"store": store, "graph_file": str(FIXTURE_TRIG),
                                                     "example": str(ROOT / "examples" / "example_case_report.txt")},
                                 optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False)
    finally:
        store.close()
    assert result.attempted > 0, f"{name} has no docstring example"
    assert result.failed == 0, f"{result.failed} docstring example(s) of {name} failed (output above)"


@pytest.mark.parametrize("name,function", [("kg.store", "open_store"), ("kg.query", "run_query"),
                                           ("kg.query.cases", "cases_json"), ("kg.export", "export"),
                                           ("kg.readers", "read_path")])
def test_every_api_function_has_an_example(name, function):
    doc = getattr(importlib.import_module(name), function).__doc__ or ""
    assert ">>> " in doc, f"{name}.{function} has no example"
