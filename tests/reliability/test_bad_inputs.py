"""A directory of bad inputs through one `kg ingest` run: exact outcome per file, one
`[ERROR] path: reason` line per rejected input, the summary line, and the exit codes
(0 all ingested, 1 some input rejected, 2 usage error). Plus the reader-level guarantees behind
it: the size limit is checked before a byte is read, and special files never block."""
from __future__ import annotations

import os
import threading
import tracemalloc
from pathlib import Path

import pytest

from kg.errors import (EmptyInputError, InputTooLargeError, NoContentError, UnreadableInputError,
                       UnsupportedFormatError)
from kg.readers import DEFAULT_MAX_BYTES, read_bytes, read_path
from reliability_inputs import case_text, error_lines, jats, pubmed_record, pubmed_set, run_kg, summary_line

HUGE = 200 * 1024 * 1024


def _sparse(path: Path, size: int) -> None:
    with open(path, "wb") as fh:
        fh.truncate(size)  # sparse: instant, no disk used


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    d = tmp_path_factory.mktemp("bad")
    inp = d / "in"
    inp.mkdir()
    (inp / "01_empty.txt").write_bytes(b"")
    (inp / "02_binary.bin").write_bytes(bytes(range(256)) * 64)
    full = jats(pmid="31000003")
    (inp / "03_truncated.xml").write_bytes(full[: len(full) // 2])
    (inp / "04_latin1.txt").write_bytes(case_text(4, city="Orléans").encode("latin-1"))
    (inp / "05_utf16.txt").write_bytes(case_text(5, city="Besançon").encode("utf-16"))  # with BOM
    _sparse(inp / "06_huge.txt", HUGE)
    (inp / "07_nobody.xml").write_bytes(jats(pmid="31000007", abstract=False, body=False))
    (inp / "08_pubmed_set.xml").write_bytes(pubmed_set(
        [pubmed_record("31000081"), pubmed_record("31000082", broken=True), pubmed_record("31000083")]))
    os.symlink(inp / "does-not-exist.txt", inp / "09_dangling.txt")
    (inp / "10_good.txt").write_text(case_text(10), encoding="utf-8")
    (inp / "11_good.nxml").write_bytes(jats(pmid="31000011"))
    os.mkfifo(inp / "12_fifo.txt")  # nobody writes: reading it would block forever
    (inp / "13_deep.json").write_bytes(b"[" * 100_000)  # json.loads -> RecursionError
    (inp / "14_surrogate.jsonl").write_text(  # a lone surrogate escape: not encodable as UTF-8
        '{"pmid": "31000014", "title": "Crizotinib \\ud800 case", "abstract": "A 40-year-old man with lung '
        'adenocarcinoma \\udfff harbouring an EML4-ALK fusion received crizotinib."}\n', encoding="ascii")
    with open(os.path.join(os.fsencode(inp), b"15_caf\xe9.txt"), "w", encoding="utf-8") as fh:
        fh.write(case_text(15))  # a file name that is not UTF-8
    store = d / "store"
    res = run_kg("ingest", str(inp), "--store", str(store))
    return inp, store, res


REJECTED = {  # source -> what the reason must say
    "01_empty.txt": "file is empty",
    "02_binary.bin": "binary file",
    "03_truncated.xml": "XML is not well-formed",
    "06_huge.txt": f"{HUGE:,} bytes exceeds the {DEFAULT_MAX_BYTES:,}-byte limit",
    "07_nobody.xml": "neither <body> text nor <abstract>",
    "08_pubmed_set.xml#2": "without <PMID>",
    "09_dangling.txt": "cannot be read (No such file or directory)",
    "12_fifo.txt": "is not a regular file (a FIFO / named pipe)",
    "13_deep.json": "JSON nested too deeply",
}
INGESTED = {  # source -> report identifier
    "04_latin1.txt": "doi:10.5555/kg.reliability.4",
    "05_utf16.txt": "doi:10.5555/kg.reliability.5",
    "08_pubmed_set.xml#1": "pmid:31000081",
    "08_pubmed_set.xml#3": "pmid:31000083",
    "10_good.txt": "doi:10.5555/kg.reliability.10",
    "11_good.nxml": "pmid:31000011",
    "14_surrogate.jsonl#1": "pmid:31000014",
    "15_caf\udce9.txt": "doi:10.5555/kg.reliability.15",
}


@pytest.mark.system
def test_bad_corpus_exit_code_and_one_error_line_per_rejected_input(ingested):
    inp, _, res = ingested
    assert res.returncode == 1, res.stderr
    errors = error_lines(res.stderr)
    by_source = {}
    for ln in errors:
        source, reason = ln[len("[ERROR] "):].split(": ", 1)
        assert source not in by_source, f"two lines for {source}"
        by_source[source] = reason
    assert sorted(by_source) == sorted(str(inp / s) for s in REJECTED)
    for s, expected in REJECTED.items():
        assert expected in by_source[str(inp / s)], (s, by_source[str(inp / s)])
    # every non-blank stderr line is an [ERROR] line, the summary, or its per-reason breakdown
    other = [ln for ln in res.stderr.splitlines() if ln.strip() and not ln.startswith(("[ERROR] ", "ingested ",
                                                                                         "  rejected "))]
    assert other == []
    assert summary_line(res.stderr).startswith(f"ingested {len(INGESTED)} report(s) (")
    assert summary_line(res.stderr).endswith(f"unchanged 0, rejected {len(REJECTED)}")


@pytest.mark.system
def test_bad_corpus_good_inputs_are_all_stored_and_decoded(ingested):
    from kg.store import open_store

    _, store, _ = ingested
    with open_store(store, read_only=True) as st:
        rows = st.query("PREFIX kg: <https://w3id.org/kg-oncocase/vocab#> "
                        "SELECT ?id WHERE { GRAPH ?g { ?r a kg:Report ; kg:identifier ?id } }")
        ids = {r["id"].value for r in rows}
        dump = st.dump("nquads").decode("utf-8")
        graphs = st.named_graphs()
    assert set(INGESTED.values()) <= ids
    assert len(graphs) == len(INGESTED)
    assert "Orléans" in dump and "Besançon" in dump  # Latin-1 and UTF-16 decoded, not mojibake
    assert "OrlÃ©ans" not in dump and "31000082" not in dump
    assert '"Crizotinib \ufffd case"' in dump  # the lone surrogate became U+FFFD
    assert '"15_caf\ufffd.txt"' in dump                # kg:sourceFile of the non-UTF-8 file name


@pytest.mark.system
def test_exit_code_0_when_everything_is_ingested(tmp_path):
    (tmp_path / "a.txt").write_text(case_text(21), encoding="utf-8")
    (tmp_path / "b.nxml").write_bytes(jats(pmid="31000022"))
    res = run_kg("ingest", str(tmp_path / "a.txt"), str(tmp_path / "b.nxml"), "--store", str(tmp_path / "s"),
                 "-j", "1")
    assert res.returncode == 0, res.stderr
    assert error_lines(res.stderr) == []
    assert summary_line(res.stderr).startswith("ingested 2 report(s)")
    again = run_kg("ingest", str(tmp_path / "a.txt"), "--store", str(tmp_path / "s"), "-j", "1")
    assert again.returncode == 0 and "unchanged 1, rejected 0" in summary_line(again.stderr)


@pytest.mark.system
@pytest.mark.parametrize("args", [("ingest", "--no-such-option", "x"), ("ingest",), ("no-such-command",)])
def test_exit_code_2_for_usage_errors(tmp_path, args):
    res = run_kg(*args, cwd=tmp_path)
    assert res.returncode == 2, res.stderr
    assert not (tmp_path / "kg-store").exists()  # nothing was created


# ----------------------------------------------------------- reader level ---
def test_huge_file_is_rejected_by_size_before_reading(tmp_path):
    path = tmp_path / "huge.txt"
    _sparse(path, HUGE)
    tracemalloc.start()
    try:
        with pytest.raises(InputTooLargeError) as info:
            read_path(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024, f"read_path allocated {peak:,} bytes for a file it must not read"
    assert f"{HUGE:,} bytes" in str(info.value)


def test_file_at_the_limit_is_read_and_one_byte_more_is_not(tmp_path):
    path = tmp_path / "limit.txt"
    text = case_text(30).encode("utf-8")
    path.write_bytes(text)
    (doc,) = read_path(path, max_bytes=len(text))
    assert "crizotinib" in doc.text
    with pytest.raises(InputTooLargeError):
        read_path(path, max_bytes=len(text) - 1)
    with pytest.raises(InputTooLargeError):
        read_bytes(text, "x", max_bytes=len(text) - 1)


@pytest.mark.parametrize("special", ["fifo", "chardev"])
def test_special_files_are_refused_without_blocking(tmp_path, special):
    if special == "fifo":
        path = tmp_path / "pipe.txt"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")  # an endless stream: must not be read up to the size limit
        if not path.exists():
            pytest.skip("no /dev/zero on this platform")
    outcome = {}

    def run():
        try:
            read_path(path)
        except Exception as e:  # noqa: BLE001 - checked below
            outcome["error"] = e

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(10)
    if t.is_alive():  # unblock the reader so the test process can finish, then fail
        os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK)) if special == "fifo" else None
        pytest.fail(f"read_path blocked on a {special}")
    assert isinstance(outcome.get("error"), UnreadableInputError), outcome
    assert "not a regular file" in str(outcome["error"])


def test_directory_and_dangling_symlink_are_unreadable(tmp_path):
    with pytest.raises(UnreadableInputError, match="is a directory"):
        read_path(tmp_path)
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "missing")
    with pytest.raises(UnreadableInputError, match="No such file"):
        read_path(link)


def test_deeply_nested_json_is_an_input_error():
    with pytest.raises(UnsupportedFormatError, match="nested too deeply"):
        list(read_bytes(b"[" * 100_000, "deep.json"))
    with pytest.raises(UnsupportedFormatError, match="nested too deeply"):
        list(read_bytes(b'{"a":' * 100_000, "deep.json"))
    good = b'{"pmid": "1", "title": "T", "abstract": "A case."}'
    items = list(read_bytes(good + b"\n" + b'{"a":' * 100_000 + b"\n" + good.replace(b'"1"', b'"2"') + b"\n",
                            "deep.jsonl"))
    assert [type(i).__name__ for i in items] == ["Document", "InvalidRecordError", "Document"]
    assert "nested too deeply" in items[1].reason and items[1].path == "deep.jsonl#2"


def test_lone_surrogates_never_leave_the_readers():
    data = (b'{"documents": [{"id": "PMC1", "passages": [{"infons": {"section_type": "TITLE"}, "text": "T\\udc00"},'
            b' {"infons": {"section_type": "CASE"}, "text": "A 40-year-old \\ud800man."}]}]}')
    (doc,) = read_bytes(data, "bioc\udce9.json")
    for value in (doc.text, doc.title, doc.source, *doc.ids, *(s.title for s in doc.sections)):
        value.encode("utf-8")  # raises UnicodeEncodeError on a lone surrogate
    case = next(s for s in doc.sections if s.kind == "case")
    assert case.text_of(doc) == "A 40-year-old \ufffdman."  # one character for one: offsets hold
    with pytest.raises(EmptyInputError) as info:
        read_bytes(b"  ", "empty\udce9.txt")
    str(info.value).encode("utf-8")


def test_all_caps_first_line_is_not_a_crash():
    # Regression (found by ingesting a directory that held a RocksDB store): a text whose first
    # paragraph is an ALL-CAPS word ("MANIFEST-000005") raised ValueError("unknown section kind ''").
    with pytest.raises(NoContentError):
        list(read_bytes(b"MANIFEST-000005\n", "CURRENT"))
    (doc,) = read_bytes(("PATHOLOGY\n\n" + case_text(31)).encode(), "caps.txt")
    # (a word in capitals right above the title is a kicker, the journal's section: front matter; readers9)
    assert (doc.sections[0].kind, doc.sections[0].text_of(doc)) == ("front_matter", "PATHOLOGY")
    assert doc.title.startswith("Crizotinib Response") and "crizotinib" in doc.text
    (doc,) = read_bytes(b"PATHOLOGY\n\nThe tumour was ALK-positive and crizotinib was started.\n", "caps2.txt")
    assert doc.sections[0].kind == "other"   # above a sentence it still heads what follows
