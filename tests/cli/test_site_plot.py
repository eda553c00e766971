"""`kg site` and `kg plot swimmer`: thin commands, exit codes as the README's table, one [ERROR] line."""
from __future__ import annotations

import pytest

from fixture_helpers import FIXTURE_TRIG
from kg.store import open_store
from test_exit_codes import kg, one_error


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli") / "store"
    with open_store(d) as st:
        st.load_file(FIXTURE_TRIG)
    return d


def test_kg_site_writes_the_site_and_says_so(capsys, monkeypatch, store, tmp_path):
    code, out, err = kg(capsys, monkeypatch, "site", tmp_path / "site", "--store", store, "-j", "1")
    assert code == 0 and out == ""
    assert "2 case page(s) and index.html" in err
    assert len(list((tmp_path / "site" / "cases").glob("*.html"))) == 2


def test_kg_site_refused_directory_is_exit_2_and_missing_store_exit_1(capsys, monkeypatch, store, tmp_path):
    (tmp_path / "mine.txt").write_text("x", encoding="utf-8")
    code, _, err = kg(capsys, monkeypatch, "site", tmp_path, "--store", store)
    assert code == 2
    one_error(err, "holds other files")
    code, _, err = kg(capsys, monkeypatch, "site", tmp_path / "new", "--store", tmp_path / "nostore")
    assert code == 1
    one_error(err, "no store")


def test_kg_plot_swimmer_svg_from_a_named_query(capsys, monkeypatch, store, tmp_path):
    code, out, err = kg(capsys, monkeypatch, "plot", "swimmer", "-o", tmp_path / "ros1.svg", "--query",
                        "cases_by_fusion_gene", "-p", "gene=ROS1", "--store", store)
    assert code == 0 and out == "" and "1 case(s)" in err
    assert (tmp_path / "ros1.svg").read_text(encoding="utf-8").count('id="lane-1-line-') == 2


@pytest.mark.parametrize("args, code, words", [
    (["-o", "x.pdf"], 2, [".svg or .png"]),
    (["-o", "x.svg", "-p", "gene=ROS1"], 2, ["--param needs --query"]),
    (["-o", "x.svg", "-q", "cases_per_tumor_type"], 2, ["no `case` column"]),
    (["-o", "x.svg", "-q", "nosuch"], 2, ["unknown query"]),
    (["-o", "x.svg", "-q", "cases_by_fusion_gene"], 2, ["missing parameter(s) gene"]),
    (["-o", "x.svg", "-q", "cases_by_fusion_gene", "-p", "gene=NTRK9"], 1, ["selects no patient case"]),
])
def test_kg_plot_swimmer_errors(capsys, monkeypatch, store, tmp_path, args, code, words):
    args = [str(tmp_path / a) if a.startswith("x.") else a for a in args]
    got, out, err = kg(capsys, monkeypatch, "plot", "swimmer", *args, "--store", store)
    assert got == code and out == ""
    one_error(err, *words)
    assert list(tmp_path.iterdir()) == []
