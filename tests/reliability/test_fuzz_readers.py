"""Bounded, derandomized fuzzing of kg.readers.read_bytes: only kg.errors.KGError may escape, and
every Document handed out is sound (known section kinds, offsets inside the text, at least one
id, only encodable Unicode). The long, coverage-guided run is benchmarks/fuzz_readers.py."""
from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError, KGError
from kg.model import SECTION_KINDS, Document
from kg.readers import read_bytes
from reliability_inputs import case_text, jats, pubmed_record, pubmed_set

SETTINGS = settings(max_examples=200, derandomize=True, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SEEDS = [
    jats(pmid="1"),
    jats('<!DOCTYPE article [<!ENTITY x SYSTEM "file:///etc/hostname">]>', "&x;", pmid="2"),
    pubmed_set([pubmed_record("3"), pubmed_record("4", broken=True)]),
    case_text(5).encode("utf-8"),
    case_text(6).encode("utf-16"),
    ("PATHOLOGY\n\n" + case_text(7)).encode("latin-1", "replace"),
    b'{"pmid": "8", "title": "T", "abstract": "A 40-year-old man with \\ud800 cancer."}\n'
    b'{"pmid": "9", "title": "T", "abstract": "A case."}\n',
    json.dumps([{"Case presentation": "A 50-year-old woman.", "Imaging": "CT"}]).encode(),
    json.dumps({"documents": [{"id": "PMC10", "passages": [
        {"infons": {"section_type": "TITLE"}, "text": "T"},
        {"infons": {"section_type": "CASE"}, "text": "A 60-year-old man."}]}]}).encode(),
    b"[" * 2000,
]
TOKENS = [b"<", b">", b"</", b"/>", b"&", b";", b"<!DOCTYPE a [", b"<!ENTITY e 'x'>", b"]>", b"&e;", b"<![CDATA[",
          b"]]>", b"<?xml version='1.0' encoding='UTF-16'?>", b"\xff\xfe", b"\xef\xbb\xbf", b"\x00", b"\n\n",
          b"CASE PRESENTATION\n\n", b"{", b"}", b"[", b"]", b'"', b'\\ud800', b"\xed\xa0\x80", b"\xe9", b"<sec>",
          b"<title>Case report</title>", b"<p>", b"<body>", b"<abstract>", b"<article>", b"<PubmedArticle>"]


def _check(items) -> None:
    for item in items:
        if isinstance(item, InputError):
            str(item).encode("utf-8")
            continue
        assert isinstance(item, Document), type(item)
        assert item.ids and all(isinstance(i, str) and i for i in item.ids)
        for value in (item.text, item.title, item.source, *item.ids):
            value.encode("utf-8")
        for s in item.sections:
            assert s.kind in SECTION_KINDS
            assert 0 <= s.start <= s.end <= len(item.text)
            s.title.encode("utf-8")


def _read(data: bytes) -> None:
    try:
        _check(read_bytes(data, "fuzz-input"))
    except KGError as e:
        str(e).encode("utf-8")


@st.composite
def mutated(draw):
    b = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        pos = draw(st.integers(0, len(b)))
        op = draw(st.integers(0, 4))
        if op == 0:
            b[pos:pos] = draw(st.sampled_from(TOKENS))
        elif op == 1:
            del b[pos:pos + draw(st.integers(1, 64))]
        elif op == 2:
            b[pos:pos] = draw(st.binary(min_size=1, max_size=8))
        elif op == 3:
            del b[pos:]
        else:
            other = draw(st.sampled_from(SEEDS))
            start = draw(st.integers(0, len(other)))
            b[pos:pos] = other[start:start + draw(st.integers(1, 200))]
    return bytes(b)


xml_names = st.sampled_from(["article", "front", "article-meta", "abstract", "body", "sec", "title", "p", "fig",
                             "caption", "back", "ref-list", "ref", "article-id", "PubmedArticleSet",
                             "PubmedArticle", "MedlineCitation", "PMID", "Article", "AbstractText", "x"])


def _xml(tree) -> str:
    if isinstance(tree, str):
        return tree.replace("&", "&amp;").replace("<", "&lt;")
    name, children = tree
    return f"<{name}>{''.join(_xml(c) for c in children)}</{name}>"


xml_text = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Cn", "Co")), max_size=40)
xml_trees = st.recursive(xml_text,
                         lambda kids: st.tuples(xml_names, st.lists(kids, max_size=4)), max_leaves=30)
json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                           lambda kids: st.lists(kids, max_size=4)
                           | st.dictionaries(st.sampled_from(["pmid", "doi", "title", "abstract", "documents",
                                                              "passages", "infons", "text", "section_type",
                                                              "Case report", "id", "year"]), kids, max_size=5),
                           max_leaves=25)


@SETTINGS
@given(mutated())
def test_fuzz_mutated_seeds_raise_only_kg_errors(data):
    _read(data)


@SETTINGS
@given(st.binary(max_size=2000))
def test_fuzz_random_bytes_raise_only_kg_errors(data):
    _read(data)


@SETTINGS
@given(st.tuples(st.sampled_from(["article", "PubmedArticleSet", "articles"]), st.lists(xml_trees, max_size=5)),
       st.sampled_from(["utf-8", "utf-16", "latin-1"]))
def test_fuzz_generated_xml_raises_only_kg_errors(tree, encoding):
    text = _xml(tree)
    header = f'<?xml version="1.0" encoding="{encoding}"?>'
    _read((header + text).encode(encoding, "replace"))


@SETTINGS
@given(json_values, st.booleans())
def test_fuzz_generated_json_raises_only_kg_errors(value, as_lines):
    if as_lines and isinstance(value, list):
        data = "\n".join(json.dumps(v) for v in value)
    else:
        data = json.dumps(value)
    _read(data.encode("utf-8"))


@SETTINGS
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_fuzz_unicode_text_raises_only_kg_errors(text):
    _read(text.encode("utf-8"))
