"""Hostile HTML pages (issue #15): nothing outside the page is ever read or fetched, no
traceback, and pathological pages end quickly (refused in one line or read).

Detectors make "nothing was fetched" observable: the secret file and the external DTD are FIFOs
that notice being opened, and an http://127.0.0.1 listener must never see a connection. Every
URL a browser would fetch (DOCTYPE system id, <base href>, stylesheets, scripts, images, frames,
objects, refresh, XInclude, SVG images, CSS @import) points at them.
"""
from __future__ import annotations

import time
import uuid
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError, KGError, UnsafeXMLError
from kg.model import SECTION_KINDS, Document
from kg.pipeline import time_limit
from kg.readers import read_bytes, read_path
from fixture_helpers import FifoSpy, Listener
from reliability_inputs import error_lines, run_kg, summary_line

SECRET = f"KG-HTML-SECRET-{uuid.uuid4().hex}"
PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
CASE = ("<h2>Case presentation</h2><p>A 52-year-old woman with ROS1-positive lung adenocarcinoma received "
        "crizotinib in 2019 and had a partial response.</p>")
SAFETY_NET_S = 120   # turns a hang into a failure; not a speed assertion (benchmarks/html_reader.py)


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    d = tmp_path_factory.mktemp("html-secrets")
    listener = Listener()
    secret = FifoSpy(d / "secret.txt", SECRET.encode())
    dtd = FifoSpy(d / "evil.dtd", f'<!ENTITY x SYSTEM "file://{d}/secret.txt">'.encode())
    http = f"http://127.0.0.1:{listener.port}"
    fetchers = (
        f'<base href="{http}/">'
        f'<link rel="stylesheet" href="{http}/a.css"><link rel="import" href="file://{d}/secret.txt">'
        f'<script src="{http}/a.js"></script><script>fetch("{http}/x")</script>'
        f'<meta http-equiv="refresh" content="0; url={http}/r">'
        f'<style>@import url("{http}/b.css"); body {{ background: url(file://{d}/secret.txt) }}</style>'
    )
    body_fetchers = (
        f'<img src="{http}/i.png" srcset="{http}/j.png 2x"><iframe src="file://{d}/secret.txt"></iframe>'
        f'<object data="file://{d}/secret.txt"></object><embed src="{http}/e.swf">'
        f'<svg><image href="file://{d}/secret.txt"/></svg><video poster="{http}/p.jpg"></video>'
        f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="file://{d}/secret.txt" parse="text"/>'
        f'<a href="file://{d}/secret.txt">secret link</a>'
    )
    pages = {
        # name: (page, refused by the reader?)
        "xxe_subset.html": (f'<!DOCTYPE html [<!ENTITY x SYSTEM "file://{d}/secret.txt">]><html><body>{CASE}'
                            "<p>&x;</p></body></html>", True),
        "pe_subset.html": (f'<!DOCTYPE html [<!ENTITY % p SYSTEM "{http}/evil.dtd"> %p;]><html><body>{CASE}</body>'
                           "</html>", True),
        "laughs.html": ('<!DOCTYPE html [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
                        f"<html><body>{CASE}<p>&b;</p></body></html>", True),
        "external_dtd_file.html": (f'<!DOCTYPE html SYSTEM "file://{d}/evil.dtd"><html><body>{CASE}<p>&x;</p>'
                                   "</body></html>", False),
        "external_dtd_http.html": (f'<!DOCTYPE html PUBLIC "-//KG//Hostile//EN" "{http}/evil.dtd"><html><body>'
                                   f"{CASE}</body></html>", False),
        "fetchers.html": (f"<!DOCTYPE html><html><head>{fetchers}</head><body>{body_fetchers}{CASE}</body></html>",
                          False),
        "xhtml_fetchers.xhtml": ('<?xml version="1.0"?><?xml-stylesheet href="' + http + '/s.xsl" type="text/xsl"?>'
                                 f'<html xmlns="http://www.w3.org/1999/xhtml"><head>{fetchers}</head><body>'
                                 f"{body_fetchers}{CASE}</body></html>", False),
    }
    # a title of its own for each page: the pages are separate reports in the store
    pages = {name: (page.replace("<h2>Case", f"<h1>Hostile page {name}</h1><h2>Case", 1), refused)
             for name, (page, refused) in pages.items()}
    yield {"dir": d, "listener": listener, "spies": (secret, dtd), "pages": pages}
    secret.close()
    dtd.close()
    listener.sock.close()


def _nothing_fetched(env) -> None:
    secret, dtd = env["spies"]
    assert not secret.opened.is_set(), "the secret file was opened"
    assert not dtd.opened.is_set(), "the external DTD was opened"
    assert env["listener"].connections() == 0, "a connection to the loopback listener was attempted"


@pytest.mark.parametrize("name", ["xxe_subset.html", "pe_subset.html", "laughs.html", "external_dtd_file.html",
                                  "external_dtd_http.html", "fetchers.html", "xhtml_fetchers.xhtml"])
def test_hostile_page_is_refused_or_read_without_fetching(env, name):
    page, refused = env["pages"][name]
    if refused:
        with pytest.raises(UnsafeXMLError) as info:
            list(read_bytes(page.encode(), name))
        message = str(info.value)
        assert message.startswith(f"{name}: HTML DOCTYPE declares entities") and "\n" not in message
    else:
        [doc] = read_bytes(page.encode(), name)
        assert SECRET not in repr(vars(doc))
        assert "received crizotinib in 2019" in doc.text
        assert "fetch(" not in doc.text and "@import" not in doc.text
    _nothing_fetched(env)


def test_deep_nesting_is_refused_in_one_line(tmp_path):
    for name, page in [("divs.html", b"<html><body>" + b"<div>" * 100_000 + b"x"),
                       ("inline.html", b"<p>" + b"<b><i>" * 50_000 + b"x"),
                       ("tables.html", b"<table><tr><td>" * 30_000)]:
        path = tmp_path / name
        path.write_bytes(page)
        with time_limit(SAFETY_NET_S), pytest.raises(UnsafeXMLError) as info:
            list(read_path(path))
        assert "HTML nesting deeper than the parser allows" in str(info.value)
        assert str(info.value).startswith(f"{path}: ") and "\n" not in str(info.value)


def test_nesting_within_the_limit_is_read():
    page = "<html><body>" + "<div>" * 200 + CASE + "</div>" * 200 + "</body></html>"
    [doc] = read_bytes(page.encode(), "nested.html")
    assert "received crizotinib" in doc.text


def test_one_oversized_text_item_is_refused():
    page = b"<html><body>" + CASE.encode() + b"<p>" + b"a" * 11_000_000 + b"</p></body></html>"
    with time_limit(SAFETY_NET_S), pytest.raises(UnsafeXMLError, match="one item larger than the parser allows"):
        list(read_bytes(page, "big.html"))


@pytest.mark.parametrize("name, page", [
    ("wide", "<html><body><article><h1>Wide</h1>" + CASE + "<p>Stable.</p>" * 200_000 + "</article></body></html>"),
    ("open-tags", "<html><body>" + CASE + "<a " * 300_000),
    ("open-comment", "<html><body>" + CASE + "<!-- " + "x " * 300_000),
    ("open-script", "<html><body>" + CASE + "<script>" + "if (a < b) {}" * 100_000),
    ("citation-flood", "<html><body>" + CASE + '<p>Text<sup><a href="#r">1</a></sup>.</p>' * 50_000),
    ("entity-flood", "<html><body>" + CASE + "<p>" + "&amp;&#945;&bogus;&" * 200_000 + "</p></body></html>"),
    ("class-flood", '<html><body><div class="' + "nav-" * 200_000 + '">' + CASE + "</div></body></html>"),
])
def test_pathological_pages_end(name, page):
    """Each ends within the safety net (benchmarks/html_reader.py measures the time per MB)."""
    with time_limit(SAFETY_NET_S):
        try:
            docs = list(read_bytes(page.encode(), f"{name}.html"))
        except InputError as exc:
            assert "\n" not in str(exc)
            return
    [doc] = docs
    assert "received crizotinib" in doc.text


# --------------------------------------------------------------------------------- fuzzing ---
SEEDS = [p.read_bytes() for p in sorted(PAGES.glob("*.html"))] + [
    ("<!DOCTYPE html><html><body>" + CASE + "</body></html>").encode("cp1252"),
    ('<div class="abstract"><p>' + "A case. " * 30 + '</p></div><figure><table><tr><td>1</td></tr></table></figure>'
     ).encode(),
]
TOKENS = [b"<", b">", b"</", b"/>", b"&", b";", b"<!DOCTYPE html [", b"<!ENTITY e 'x'>", b"]>", b"&e;", b"<!--",
          b"-->", b"<script>", b"</script>", b"<sup><a href='#r1'>1</a></sup>", b"<h2>Case presentation</h2>",
          b"<figure>", b"</figure>", b"<table><tr><td>", b"<nav>", b"<article>", b"</article>", b"\xff\xfe",
          b"\x00", b"\xe9", b"<meta charset='utf-16'>", b"<meta charset='utf-7'>", b"+ADw-p+AD4-", b"<br>", b"<h1>"]
FUZZ = settings(max_examples=150, derandomize=True, deadline=None, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@st.composite
def _mutated(draw):
    b = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(b)))
        op = draw(st.integers(0, 3))
        if op == 0:
            b[pos:pos] = draw(st.sampled_from(TOKENS))
        elif op == 1:
            del b[pos:pos + draw(st.integers(1, 200))]
        elif op == 2:
            b[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        else:
            del b[pos:]
    return bytes(b)


@FUZZ
@given(_mutated())
def test_mutated_pages_raise_only_input_errors(data):
    try:
        items = list(read_bytes(data, "fuzz.html"))
    except KGError as exc:
        assert isinstance(exc, InputError) and "\n" not in str(exc)
        return
    for doc in items:
        assert isinstance(doc, Document) and doc.ids
        assert all(s.kind in SECTION_KINDS and 0 <= s.start <= s.end <= len(doc.text) for s in doc.sections)
        doc.text.encode("utf-8")
        if doc.source_map is not None:
            assert all(s >= 0 and n > 0 for s, n in zip(doc.source_map.src_starts, doc.source_map.lengths))


# ------------------------------------------------------------------------------ kg ingest ---
@pytest.mark.system
def test_cli_ingest_hostile_pages_leaks_nothing(tmp_path, env):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name, (page, _) in env["pages"].items():
        (inputs / name).write_text(page)
    (inputs / "deep.html").write_bytes(b"<html><body>" + b"<div>" * 100_000)
    store = tmp_path / "store"
    started = time.monotonic()
    res = run_kg("ingest", str(inputs), "--store", str(store), "-j", "1")
    assert time.monotonic() - started < 600
    assert res.returncode == 1, res.stderr
    assert SECRET not in res.stderr + res.stdout and "Traceback" not in res.stderr
    refused = sorted([n for n, (_, r) in env["pages"].items() if r] + ["deep.html"])
    errors = error_lines(res.stderr)
    assert sorted(ln.split(": ", 1)[0][len("[ERROR] "):] for ln in errors) == [str(inputs / n) for n in refused]
    read = len(env["pages"]) + 1 - len(refused)
    assert summary_line(res.stderr).startswith(f"ingested {read} report(s)")
    _nothing_fetched(env)
    from kg.store import open_store
    with open_store(store, read_only=True) as st_:
        assert SECRET not in st_.dump("nquads").decode("utf-8")
