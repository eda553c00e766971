"""kg.cli.app: --version, format choices, `kg query --list` parameter meanings, the new export
formats and `kg cases --format csv` (in-process, as the console script runs)."""
from __future__ import annotations

import io
import json

import pandas as pd
import pytest

from fixture_helpers import FIXTURE_TRIG
from kg import __version__
from kg_cli import run_kg as kg
from kg.store import open_store

CA = "https://w3id.org/kg-oncocase/report/3903f785d287a078/case/1"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("app") / "store"
    with open_store(d) as st:
        st.load_file(FIXTURE_TRIG)
    return d


def test_version(capsys, monkeypatch):
    assert kg(capsys, monkeypatch, "--version") == (0, f"kg {__version__}\n", "")


def test_query_list_says_what_each_parameter_means(capsys, monkeypatch):
    code, out, _ = kg(capsys, monkeypatch, "query", "--list")
    assert code == 0
    lines = out.splitlines()
    i = next(n for n, line in enumerate(lines) if line.startswith("cases_by_fusion_gene gene — "))
    assert lines[i + 1] == ("    gene (term, required): a fusion partner: HGNC symbol, case-insensitive (ROS1), "
                            "or its CURIE (HGNC:10261) or IRI")
    assert "    case (iri, optional): IRI of one patient case: only its rows (fast lookup); all cases when left out" in lines
    assert any(line.startswith("alk_ros1_crizotinib_best_response — ") for line in lines)


@pytest.mark.parametrize("command", [["cases"], ["query", "cases"], ["export"]])
def test_format_is_a_choice(capsys, monkeypatch, store, command):
    code, out, err = kg(capsys, monkeypatch, *command, "--store", store, "--format", "yaml")
    assert code == 2 and out == ""
    assert err.startswith("[ERROR] Invalid value for '--format'") and "'yaml' is not one of" in err


def test_cases_csv_loads_in_pandas(capsys, monkeypatch, store):
    code, out, _ = kg(capsys, monkeypatch, "cases", "--store", store, "--format", "csv")
    assert code == 0
    df = pd.read_csv(io.StringIO(out))
    assert len(df) == 4 and set(df.line) == {1, 2}
    code, out, _ = kg(capsys, monkeypatch, "cases", "--store", store, "-f", "csv", "--case", CA)
    assert code == 0 and len(pd.read_csv(io.StringIO(out))) == 2


def test_export_phenopacket_lines_and_one_case(capsys, monkeypatch, store):
    code, out, _ = kg(capsys, monkeypatch, "export", "--store", store, "-f", "phenopacket")
    assert code == 0 and len(out.splitlines()) == 2
    code, out, _ = kg(capsys, monkeypatch, "export", "--store", store, "-f", "phenopacket", "--case", CA)
    assert code == 0 and json.loads(out)["subject"]["sex"] == "MALE"
    code, out, err = kg(capsys, monkeypatch, "export", "--store", store, "-f", "phenopacket", "--case", CA + "9")
    assert code == 1 and out == "" and err.startswith("[ERROR] no patient case")
    code, _, err = kg(capsys, monkeypatch, "export", "--store", store, "-f", "turtle", "--case", CA)
    assert code == 2 and "per-case format" in err


def test_export_kgx_needs_a_name_and_writes_two_files(capsys, monkeypatch, store, tmp_path):
    code, _, err = kg(capsys, monkeypatch, "export", "--store", store, "-f", "kgx")
    assert code == 2 and err.startswith("[ERROR] kgx writes two files")
    code, _, _ = kg(capsys, monkeypatch, "export", "--store", store, "-f", "kgx", "-o", tmp_path / "cases")
    assert code == 0
    assert (tmp_path / "cases_nodes.tsv").read_text().startswith("id\tcategory\t")
    assert (tmp_path / "cases_edges.tsv").read_text().startswith("id\tsubject\tpredicate\tobject\t")


def test_export_types_and_no_types(capsys, monkeypatch, store):
    """RDF exports type the nodes the store leaves untyped; --no-types writes the stored quads only."""
    import pyoxigraph as ox

    from range_oracle import expected_type_count

    with open_store(store, read_only=True) as st:
        stored, added = len(st.raw), expected_type_count(st.raw)
    code, out, _ = kg(capsys, monkeypatch, "export", "--store", store, "-f", "nquads")
    assert code == 0 and len(out.splitlines()) == stored + added and added > 0
    assert "<https://w3id.org/kg-oncocase/vocab#TherapyLine> <https://w3id.org/kg-oncocase/graph/" in out
    code, out, _ = kg(capsys, monkeypatch, "export", "--store", store, "-f", "nquads", "--no-types")
    assert code == 0 and len(list(ox.parse(out.encode(), format=ox.RdfFormat.N_QUADS))) == stored


def test_query_show_prints_the_sparql_to_paste_into_yasgui(capsys, monkeypatch):
    code, out, _ = kg(capsys, monkeypatch, "query", "cases_by_fusion_gene", "--show")
    assert code == 0 and out.startswith("# name: cases_by_fusion_gene\n") and "SELECT DISTINCT ?gene" in out
    code, _, err = kg(capsys, monkeypatch, "query", "no_such_query", "--show")
    assert code == 2 and err.startswith("[ERROR] unknown query")
