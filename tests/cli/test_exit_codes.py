"""The README's exit-code table, per command, and one `[ERROR]` line for every error."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from fixture_helpers import FIXTURE_TRIG
from kg_cli import run_kg as kg
from kg.store import open_store

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "example_case_report.txt"
GA = "https://w3id.org/kg-oncocase/graph/3903f785d287a078"
CA = "https://w3id.org/kg-oncocase/report/3903f785d287a078/case/1"


def one_error(err: str, *words: str) -> None:
    lines = [line for line in err.splitlines() if line.strip()]
    errors = [line for line in lines if line.startswith("[ERROR]")]
    assert len(errors) == 1, err
    assert "Traceback" not in err and not any(line.lower().startswith("error") for line in lines)
    for w in words:
        assert w in errors[0], (w, errors[0])


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    d = tmp_path_factory.mktemp("exit") / "store"
    with open_store(d) as st:
        st.load_file(FIXTURE_TRIG)
    return d


def test_readme_has_one_exit_code_table_naming_every_command():
    text = (REPO / "README.md").read_text(encoding="utf-8")
    assert text.count("## Exit codes") == 1
    table = text.split("## Exit codes", 1)[1].split("\n## ", 1)[0]
    for code in ("`0`", "`1`", "`2`"):
        assert f"| {code} |" in table
    commands = set(re.findall(r"^\| `kg ([a-z]+(?: import| report| swimmer)?)` \|", table, re.M))
    assert commands == {"ingest", "validate", "cases", "query", "export", "stats", "remove", "terms import",
                        "terms report", "site", "plot swimmer"}


# --------------------------------------------------------------- usage: 2 ---
@pytest.mark.parametrize("args", [
    ["ingest", "--bogus", "x"], ["validate"], ["cases", "--nope"], ["query", "cases", "--format"],
    ["export", "--graph"], ["stats", "extra"], ["remove"], ["terms", "import", "hgnc"], ["nosuchcommand"],
    ["site"], ["site", "out", "--jobs", "x"], ["plot", "swimmer"], ["plot", "swimmer", "-o", "x.svg", "--nope"],
    ["plot", "nosuchplot"],
])
def test_usage_errors_exit_2_with_one_error_line(capsys, monkeypatch, args):
    code, out, err = kg(capsys, monkeypatch, *args)
    assert code == 2
    one_error(err, "--help")


def test_no_command_prints_help_and_exits_2(capsys, monkeypatch):
    code, out, err = kg(capsys, monkeypatch)
    assert code == 2 and "Usage: kg" in out + err


# ---------------------------------------------------------- missing store: 1 ---
@pytest.mark.parametrize("cmd", [["cases"], ["query", "cases"], ["export"], ["stats"], ["remove", "pmid:1"],
                                 ["site", "OUT"], ["plot", "swimmer", "-o", "OUT.svg"]])
def test_missing_store_is_1_for_every_command(capsys, monkeypatch, tmp_path, cmd):
    cmd = [str(tmp_path / c) if c.startswith("OUT") else c for c in cmd]
    code, _, err = kg(capsys, monkeypatch, *cmd, "--store", tmp_path / "none")
    assert code == 1
    one_error(err, "no store at", "kg ingest")
    assert sorted(p.name for p in tmp_path.iterdir()) == []   # no store, no site, no plot


# ------------------------------------------------------------------ per command ---
def test_cases(capsys, monkeypatch, store):
    assert kg(capsys, monkeypatch, "cases", "--store", store)[0] == 0
    code, out, err = kg(capsys, monkeypatch, "cases", "--store", store, "--case", CA + "9")
    assert code == 1 and out == ""
    one_error(err, "no patient case", "kg cases")
    code, _, err = kg(capsys, monkeypatch, "cases", "--store", store, "--format", "xml")
    assert code == 2
    one_error(err, "xml", "json")


def test_query(capsys, monkeypatch, store):
    assert kg(capsys, monkeypatch, "query", "cases", "--store", store)[0] == 0
    code, _, err = kg(capsys, monkeypatch, "query", "no_such_query", "--store", store)
    assert code == 2
    one_error(err)
    code, _, err = kg(capsys, monkeypatch, "query", "cases_by_fusion_gene", "-p", "gene=ALK", "-p", "gene=ROS1",
                      "--store", store)
    assert code == 2
    one_error(err, "given twice")


def test_query_parameter_as_curie(capsys, monkeypatch, store):
    """`-p gene=HGNC:427` finds the ALK case (it printed no row, exit 0, before); an unknown prefix is one line."""
    code, out, _ = kg(capsys, monkeypatch, "query", "cases_by_fusion_gene", "-p", "gene=HGNC:427", "-f", "json",
                      "--store", store)
    assert code == 0
    assert [(r["three_prime"], r["case"].rsplit("/report/", 1)[1]) for r in json.loads(out)] == [
        ("ALK", "03ead7cb796a0e28/case/1")]
    code, _, err = kg(capsys, monkeypatch, "query", "cases_by_fusion_gene", "-p", "gene=XYZ:1", "--store", store)
    assert code == 2
    one_error(err, "XYZ:1", "CURIE")


def test_export(capsys, monkeypatch, store, tmp_path):
    assert kg(capsys, monkeypatch, "export", "--store", store, "-o", tmp_path / "x.ttl", "--graph", GA)[0] == 0
    code, _, err = kg(capsys, monkeypatch, "export", "--store", store, "--graph", GA + "0")
    assert code == 1
    one_error(err, "no named graph")


def test_stats(capsys, monkeypatch, store):
    code, out, _ = kg(capsys, monkeypatch, "stats", "--store", store)
    assert code == 0 and "cases\t2" in out


def test_remove(capsys, monkeypatch, store):
    code, _, err = kg(capsys, monkeypatch, "remove", "pmid:999", "--store", store)
    assert code == 1
    one_error(err, "no report pmid:999")
    code, _, err = kg(capsys, monkeypatch, "remove", "999", "--store", store)
    assert code == 2
    one_error(err, "expected")


def test_site(capsys, monkeypatch, store, tmp_path):
    code, out, err = kg(capsys, monkeypatch, "site", tmp_path / "site", "--store", store, "-j", "1")
    assert code == 0 and out == "" and "2 case page(s)" in err
    code, _, err = kg(capsys, monkeypatch, "site", tmp_path / "site", "--store", store, "-j", "1")
    assert code == 0, err                                   # a site kg wrote before is replaced
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("mine", encoding="utf-8")
    (tmp_path / "link").symlink_to(tmp_path / "site")
    for target, words in ((tmp_path / "mine", ["holds other files"]), (tmp_path / "link", ["symbolic link"]),
                          (tmp_path / "mine" / "notes.txt", ["not a directory"]), (store / "site", ["inside the store"]),
                          (tmp_path / "no" / "such" / "site", ["does not exist"])):
        code, _, err = kg(capsys, monkeypatch, "site", target, "--store", store)
        assert code == 2, target
        one_error(err, *words)
    assert (tmp_path / "mine" / "notes.txt").read_text(encoding="utf-8") == "mine" and not (store / "site").exists()


def test_plot_swimmer(capsys, monkeypatch, store, tmp_path):
    code, out, err = kg(capsys, monkeypatch, "plot", "swimmer", "-o", tmp_path / "all.svg", "--store", store)
    assert code == 0 and out == "" and "2 case(s)" in err
    code, _, err = kg(capsys, monkeypatch, "plot", "swimmer", "-o", tmp_path / "none.svg", "-q", "cases_by_fusion_gene",
                      "-p", "gene=NTRK3", "--store", store)
    assert code == 1
    one_error(err, "selects no patient case")
    for args, words in ((["-o", tmp_path / "x.pdf"], [".svg or .png"]),
                        (["-o", tmp_path / "x.svg", "-q", "nosuch"], ["unknown query"]),
                        (["-o", tmp_path / "x.svg", "-q", "cases_per_tumor_type"], ["no `case` column"]),
                        (["-o", tmp_path / "x.svg", "-p", "gene=ROS1"], ["--param needs --query"])):
        code, _, err = kg(capsys, monkeypatch, "plot", "swimmer", *args, "--store", store)
        assert code == 2, args
        one_error(err, *words)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["all.svg"]


def test_terms_import_wrong_file_is_1_with_the_common_prefix(capsys, monkeypatch, tmp_path):
    f = tmp_path / "hgnc.txt"
    f.write_text("not a terminology file\n", encoding="utf-8")
    code, _, err = kg(capsys, monkeypatch, "terms", "import", "hgnc", f, "--dest", tmp_path / "terms")
    assert code == 1
    one_error(err, str(f))


def test_ingest(capsys, monkeypatch, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    code, _, err = kg(capsys, monkeypatch, "ingest", d, "--store", tmp_path / "s1", "-j", "1")
    assert code == 1
    one_error(err, "no input files")
    code, _, err = kg(capsys, monkeypatch, "ingest", tmp_path / "nosuchpath", "--store", tmp_path / "s2", "-j", "1")
    assert code == 1 and not (tmp_path / "s2").exists()
    one_error(err, "nosuchpath", "no such file")
    (d / "empty.txt").write_bytes(b"")
    (d / "case.txt").write_bytes(EXAMPLE.read_bytes())
    code, _, err = kg(capsys, monkeypatch, "ingest", d, "--store", tmp_path / "s3", "-j", "1")
    assert code == 1
    one_error(err, "empty.txt")
    (d / "empty.txt").unlink()
    assert kg(capsys, monkeypatch, "ingest", d, "--store", tmp_path / "s3", "-j", "1")[0] == 0


@pytest.mark.parametrize("value", ["true", "False", "1"])
def test_ingest_flag_given_a_value_is_a_usage_error_and_reads_nothing(capsys, monkeypatch, tmp_path, value):
    """`kg ingest --force true DIR` read `true` as an input path: DIR was ingested, then exit 1 for a
    missing file `true` (issue #13 item 8). Now: exit 2, one line, no store."""
    monkeypatch.chdir(tmp_path)
    d = tmp_path / "in"
    d.mkdir()
    (d / "case.txt").write_bytes(EXAMPLE.read_bytes())
    code, out, err = kg(capsys, monkeypatch, "ingest", "--force", value, d, "--store", tmp_path / "s", "-j", "1")
    assert code == 2 and out == ""
    one_error(err, "--force takes no value", repr(value))
    assert not (tmp_path / "s").exists()


# ------------------------------------------------------------------ validate ---
VALID = (REPO / "tests" / "fixtures" / "graphs" / "two_cases.trig").read_text(encoding="utf-8")


@pytest.mark.parametrize("name,data,words", [
    ("empty.ttl", "", ["empty.ttl", "no RDF triples"]),
    ("blank.ttl", "  \n\n", ["blank.ttl", "no RDF triples"]),
    ("prefixes.ttl", "@prefix ex: <http://x/> .\n# nothing else\n", ["prefixes.ttl", "no RDF triples"]),
    ("truncated.ttl", "@prefix ex: <http://x/> .\nex:a ex:b ex:c ;\n ex:d", ["truncated.ttl", "Turtle", "line 3"]),
    ("truncated.nq", "<http://x/a> <http://x/b> <http://x/c> <http://x/g> .\n<http://x/a> <http://x/b> <http://x/c",
     ["truncated.nq", "N-Quads", "line 2"]),
    ("truncated.trig", VALID[: len(VALID) // 2], ["truncated.trig", "TriG"]),
    ("binary.ttl", "\udcff\udcfe\x00garbage", ["binary.ttl", "Turtle"]),
    ("bad.jsonld", '{"@id": "http://x/a", ', ["bad.jsonld", "JSON-LD"]),
    ("bad.rdf", "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description",
     ["bad.rdf", "RDF/XML"]),
])
def test_validate_invalid_files_one_line_exit_1(capsys, monkeypatch, tmp_path, name, data, words):
    f = tmp_path / name
    f.write_bytes(data.encode("utf-8", "surrogateescape"))
    code, out, err = kg(capsys, monkeypatch, "validate", f)
    assert code == 1 and "conforms" not in err + out
    one_error(err, *words)
    assert err.count("\n") == 1


def test_validate_conforming_and_not_conforming(capsys, monkeypatch, tmp_path):
    code, _, err = kg(capsys, monkeypatch, "validate", FIXTURE_TRIG)
    assert code == 0 and err.count("conforms") == 2
    f = tmp_path / "bad.ttl"
    f.write_text("@prefix kg: <https://w3id.org/kg-oncocase/vocab#> .\n<http://x/c> a kg:PatientCase .\n")
    code, _, err = kg(capsys, monkeypatch, "validate", f)
    assert code == 1 and "violation" in err
    code, _, err = kg(capsys, monkeypatch, "validate", tmp_path / "missing.ttl")
    assert code == 1
    one_error(err, "missing.ttl", "no such file")


def test_validate_jsonld_never_loads_a_remote_or_file_context(capsys, monkeypatch, tmp_path):
    from fixture_helpers import Listener

    lis = Listener()
    secret = tmp_path / "ctx.jsonld"
    secret.write_text('{"@context": {"n": "http://x/n"}}')
    for ctx in (lis.url, secret.as_uri()):
        f = tmp_path / "doc.jsonld"
        f.write_text('{"@context": "%s", "@id": "http://x/a", "n": "b"}' % ctx)
        code, _, err = kg(capsys, monkeypatch, "validate", f)
        assert code == 1
        one_error(err, "doc.jsonld", "never loaded")
    assert lis.connections() == 0


def test_validate_rdfxml_entities_are_refused(capsys, monkeypatch, tmp_path):
    f = tmp_path / "bomb.rdf"
    f.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
                 '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:e="http://x/">'
                 '<rdf:Description rdf:about="http://x/s"><e:p>&b;</e:p></rdf:Description></rdf:RDF>')
    code, _, err = kg(capsys, monkeypatch, "validate", f)
    assert code == 1
    one_error(err, "bomb.rdf", "DOCTYPE")
