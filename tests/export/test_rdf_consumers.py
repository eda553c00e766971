"""Every RDF export of the seeds and of all of ../shared/corpus loads in independent consumers:
Debian's rapper (Turtle, TriG, N-Quads) and pyoxigraph's parsers (all four), with the store's
quad count plus one rdf:type per node the store leaves untyped (tests/range_oracle.py)."""
from __future__ import annotations

import re
import shutil
import subprocess

import pyoxigraph as ox
import pytest

from kg.export import export
from range_oracle import expected_type_count

FORMATS = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS,
           "jsonld": ox.RdfFormat.JSON_LD}
RAPPER = {"turtle": "turtle", "trig": "trig", "nquads": "nquads"}


def distinct_triples(store) -> int:
    return len({(q.subject, q.predicate, q.object) for q in store.raw})


def check_all_formats(store, tmp_path) -> None:
    quads = len(store.raw) + expected_type_count(store.raw)
    triples = distinct_triples(store) + expected_type_count(store.raw, merged=True)   # Turtle merges the graphs
    for fmt, rdf_format in FORMATS.items():
        path = tmp_path / f"export.{fmt}"
        export(store, fmt, path)
        expected = triples if fmt == "turtle" else quads   # Turtle merges the named graphs
        assert len(list(ox.parse(path=str(path), format=rdf_format))) == expected, fmt
        if fmt in RAPPER:
            if shutil.which("rapper") is None:
                pytest.skip("rapper (Debian raptor2-utils) is not installed; .ci/run installs it")
            run = subprocess.run(["rapper", "-i", RAPPER[fmt], "-c", str(path)], capture_output=True, text=True)
            assert run.returncode == 0, run.stderr[-1000:]
            m = re.search(r"returned (\d+) (?:triples|statements)", run.stderr)
            assert m and int(m.group(1)) == expected, (fmt, run.stderr[-300:])


@pytest.mark.system
def test_seed_exports_load_in_rapper_and_pyoxigraph(seeds_store, tmp_path):
    check_all_formats(seeds_store, tmp_path)


@pytest.mark.system
def test_corpus_exports_load_in_rapper_and_pyoxigraph(corpus_store, tmp_path):
    check_all_formats(corpus_store, tmp_path)
