"""kg.nlp.ents: the per-doc cache of doc.ents (ents_of / set_ents) and the one way entities are written."""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Span

from kg.nlp.ents import Cand, add_entities, ents_of, forget_ents, set_ents

KG = Path(__file__).resolve().parents[2] / "kg"


@pytest.fixture()
def doc():
    forget_ents()
    return spacy.blank("en")("A made-up note: grade 2 nausea after cisplatin, then a partial response.")


def _spans(ents):
    return [(e.start, e.end, e.label_) for e in ents]


def test_ents_of_is_doc_ents_and_kept_until_a_write(doc):
    set_ents(doc, [Span(doc, 5, 7, label="ADVERSE_EVENT")])
    first = ents_of(doc)
    assert _spans(first) == _spans(doc.ents) == [(5, 7, "ADVERSE_EVENT")]
    assert ents_of(doc) is first   # read again: the same tuple, no new Spans


def test_set_ents_invalidates(doc):
    assert ents_of(doc) == ()
    set_ents(doc, [Span(doc, 8, 9, label="DRUG")])
    assert _spans(ents_of(doc)) == [(8, 9, "DRUG")]
    set_ents(doc, [])
    assert ents_of(doc) == ()


def test_add_entities_invalidates(doc):
    assert ents_of(doc) == ()
    added = add_entities(doc, [Cand(8, 9, "DRUG", {"curie": "made:up"})])
    assert _spans(added) == [(8, 9, "DRUG")]
    assert _spans(ents_of(doc)) == _spans(doc.ents) == [(8, 9, "DRUG")]
    assert ents_of(doc)[0]._.curie == "made:up"
    # a longer candidate replaces it; the next read sees the replacement
    add_entities(doc, [Cand(7, 9, "DRUG", {})])
    assert _spans(ents_of(doc)) == [(7, 9, "DRUG")]
    # nothing accepted (shorter, inside the entity): no write, the kept tuple stays valid
    kept = ents_of(doc)
    assert add_entities(doc, [Cand(8, 9, "GENE", {})]) == []
    assert ents_of(doc) is kept


def test_one_doc_does_not_see_another_docs_entities(doc):
    other = spacy.blank("en")("A second made-up note about cisplatin.")
    set_ents(doc, [Span(doc, 8, 9, label="DRUG")])
    assert _spans(ents_of(doc)) == [(8, 9, "DRUG")]
    assert ents_of(other) == ()
    assert _spans(ents_of(doc)) == [(8, 9, "DRUG")]


def test_a_retokenized_doc_is_read_again(doc):
    assert ents_of(doc) == ()
    with doc.retokenize() as r:
        r.merge(doc[5:7])
    doc.ents = [Span(doc, 5, 6, label="ADVERSE_EVENT")]   # a write the cache cannot see (the length tells)
    assert _spans(ents_of(doc)) == [(5, 6, "ADVERSE_EVENT")]


def test_no_direct_entity_writes_in_kg():
    """Every write of entities goes through set_ents / add_entities, or ents_of would serve stale spans."""
    write = re.compile(r"\.ents\s*=[^=]|\.set_ents\(")
    offenders = [f"{p.relative_to(KG.parent)}:{i}" for p in KG.rglob("*.py") if p.name != "ents.py"
                 for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if write.search(line.split("#", 1)[0])]
    assert offenders == []


def test_pipeline_output_unchanged_by_the_cache():
    """The whole pipeline, with the cache and with every read going to doc.ents: the same entities."""
    import kg.nlp.ents as ents_mod
    from kg.nlp import build_pipeline

    text = ("In a made-up case, a 60-year-old man with EML4-ALK positive lung adenocarcinoma received crizotinib. "
            "He developed grade 3 neutropenia, and a partial response was seen after two months. "
            "Carboplatin was later stopped because of severe fatigue.")
    nlp = build_pipeline()
    cached = nlp(text)
    got = [(e.start, e.end, e.label_, e._.curie, e._.grade, e._.response_class, e._.status) for e in cached.ents]
    real = ents_mod.ents_of
    # every module that imported the name: reads go straight to doc.ents
    patched = [m for m in list(sys.modules.values()) if getattr(m, "ents_of", None) is real]
    try:
        for m in patched:
            m.ents_of = lambda d: d.ents
        plain = nlp(text)
    finally:
        for m in patched:
            m.ents_of = real
    want = [(e.start, e.end, e.label_, e._.curie, e._.grade, e._.response_class, e._.status) for e in plain.ents]
    assert got == want
    assert {e[2] for e in got} >= {"DRUG", "ADVERSE_EVENT", "RESPONSE"}
