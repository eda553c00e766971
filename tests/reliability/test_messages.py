"""Issue 15, items 11 and 12: no secret in any message (one helper, kg.redact.safe), a bad store
URL or port is one line without a traceback, and control characters in file names are escaped
in [ERROR] lines (a crafted name cannot erase a line or forge a summary)."""
from __future__ import annotations

import os

import pytest

from kg.redact import mask_secrets, printable, safe
from reliability_inputs import case_text, error_lines, run_kg, summary_line

PW = "S3cr3tPW"


@pytest.mark.parametrize("text, shown", [
    (f"http://ann:{PW}@host/sparql", "http://ann:***@host/sparql"),
    (f"https://:{PW}@h:8890/x", "https://:***@h:8890/x"),
    (f"http://ann:{PW}@/sparql", "http://ann:***@/sparql"),
    (f"http://ann:p@{PW}@host/sparql", "http://ann:***@host/sparql"),   # '@' inside the password
    (f"'http://ann:{PW}@host/q?token={PW}&x=1'", "'http://ann:***@host/q?token=***&x=1'"),
    ("http://host/sparql and ann:x", "http://host/sparql and ann:x"),
])
def test_mask_secrets(text, shown):
    assert mask_secrets(text) == shown


def test_printable_escapes_control_and_format_characters():
    assert printable("a\x1b[2K\rb\nc\x7f\x9b\u202eZ\u200b") == "a\\x1b[2K\\rb\\nc\\x7f\\x9b\\u202eZ\\u200b"
    assert printable("Orléans – ALK.txt") == "Orléans – ALK.txt"
    assert safe(f"\x1b]0;http://u:{PW}@h/\x07") == "\\x1b]0;http://u:***@h/\\x07"


BAD_URLS = [f"http://user:{PW}@host:99999/sparql", f"http://user:{PW}@host:abc/sparql",
            f"http://user:{PW}@/sparql", f"http://user:{PW}@[::1/sparql"]
COMMANDS = [["stats"], ["cases"], ["query", "cases_by_drug", "-p", "drug=crizotinib"], ["export"],
            ["ingest", os.devnull]]


@pytest.mark.system
@pytest.mark.parametrize("url", BAD_URLS, ids=["port-range", "port-text", "no-host", "bad-ipv6"])
def test_bad_store_urls_are_one_line_without_the_password(url):
    for cmd in COMMANDS:
        res = run_kg(*cmd, "--store", url, timeout=120)
        assert res.returncode == 2, (cmd, res.stderr)
        assert PW not in res.stderr + res.stdout, cmd
        assert "Traceback" not in res.stderr and "─" not in res.stderr, (cmd, res.stderr)
        assert len(res.stderr.strip().splitlines()) == 1 and res.stderr.strip().startswith("[ERROR] "), (cmd, res.stderr)
        assert "expected http(s)://host[:port]/path" in res.stderr


@pytest.mark.system
def test_serve_never_prints_the_password():
    res = run_kg("serve", "--store", f"http://user:{PW}@host/sparql", timeout=120)
    assert res.returncode == 2 and PW not in res.stderr + res.stdout
    assert len(res.stderr.strip().splitlines()) == 1 and "user:***@host" in res.stderr


@pytest.mark.system
def test_terminal_escapes_in_file_names_are_escaped(tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    forged = "x\x1b[1A\x1b[2K\ringested 9 report(s), rejected 0\x1b]0;title\x07.txt"
    (inp / forged).write_bytes(b"")                       # rejected: empty
    (inp / "good.txt").write_text(case_text(1), encoding="utf-8")
    res = run_kg("ingest", str(inp), "--store", str(tmp_path / "store"), "-j", "1")
    assert res.returncode == 1
    assert not any(c in res.stderr for c in "\x1b\r\x07")
    (line,) = error_lines(res.stderr)
    assert line == f"[ERROR] {inp}/x\\x1b[1A\\x1b[2K\\ringested 9 report(s), rejected 0\\x1b]0;title\\x07.txt: " \
                   "file is empty; expected JATS/PubMed XML or plain text"
    assert summary_line(res.stderr).startswith("ingested 1 report(s)")
