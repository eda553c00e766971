"""kg.graph.build: procedures are numbered in date order, so `kg cases` and the
case_procedures query list them chronologically whatever order the report tells them in; the
evidence model: one node per mention, per sentence and per section, offsets with one basis per section."""
from __future__ import annotations

import pytest

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF

from kg.graph import iri as iris
from kg.graph.build import build_report_graph, chronological
from kg.graph.vocab import KG
from kg.model import (CaseRecord, Concept, Document, DrugAdministration, Evidence, Procedure, ReportRecord,
                      Response, Section, SourceMap, Treatment)
from kg.query import run_query
from kg.query.cases import cases_json
from kg.query.stats import store_stats
from kg.store import open_store
from kg.validate import ensure_valid


def proc(label: str, date: str | None) -> Procedure:
    return Procedure(concept=Concept(None, label, "procedure"), label=label, date=date)


def labels(procedures) -> list[str]:
    return [p.label for p in procedures]


def test_chronological_sorts_by_date_and_undated_follow_what_was_told_before():
    told = [proc("first undated", None), proc("disarticulation", "2013-07"), proc("histology", None),
            proc("radiation", "2012"), proc("SBRT", "2012-02"), proc("SBRT again", None),
            proc("R1 surgery", "2016-08"), proc("R2 surgery", "2007-04")]
    assert labels(chronological(told)) == [
        "first undated", "R2 surgery", "radiation", "SBRT", "SBRT again", "disarticulation", "histology",
        "R1 surgery"]


def test_chronological_keeps_the_told_order_of_one_date():
    told = [proc("b", "2020-01"), proc("a", "2020-01"), proc("c", "2019")]
    assert labels(chronological(told)) == ["c", "b", "a"]


@pytest.fixture(scope="module")
def eleven_procedures_store():
    """One case whose eleven procedures are told in reverse date order (numbers past 9 included)."""
    told = [proc(f"procedure {m}", f"2020-{m:02d}") for m in range(11, 0, -1)]
    told.insert(3, proc("undated after 2020-09", None))
    doc = Document(source="in/p.txt", format="text", ids=["pmid:77"], title="t", text="x", sections=[])
    record = ReportRecord(document=doc, cases=[CaseRecord(number=1, procedures=told)], content_hash="b" * 64)
    giri, g = build_report_graph(record)
    ensure_valid(g, "procedures")
    st = open_store(None)
    st.replace_graph(str(giri), g)
    yield st
    st.close()


EXPECTED = ["procedure 1", "procedure 2", "procedure 3", "procedure 4", "procedure 5", "procedure 6",
            "procedure 7", "procedure 8", "procedure 9", "undated after 2020-09", "procedure 10", "procedure 11"]


def test_kg_cases_lists_procedures_in_date_order(eleven_procedures_store):
    (case,) = cases_json(eleven_procedures_store)
    assert [p["label"] for p in case["procedures"]] == EXPECTED
    dated = [p["date"] for p in case["procedures"] if p["date"]]
    assert dated == sorted(dated)


def test_case_procedures_query_lists_procedures_in_date_order(eleven_procedures_store):
    cols, rows = run_query(eleven_procedures_store, "case_procedures")
    got = [dict(zip(cols, r)) for r in rows]
    assert [r["label"] for r in got] == EXPECTED
    assert got[-1]["procedure"].endswith("/procedure/12") and got[8]["procedure"].endswith("/procedure/9")


# ------------------------------------------------------------------------------------ evidence ---
# kg's text of a plain-text report: a case section (0-32) and a discussion section (33-41).
TEXT = "He got crizotinib and alectinib. PR seen."
S1, S2 = "He got crizotinib and alectinib.", "PR seen."
# The file has the case sentence at 10 (all of it), and of the discussion only " seen." (at 50): the
# mention "PR" has no character in the file, so the discussion section counts in its own text.
FILE_MAP = SourceMap(doc_starts=(0, 35), src_starts=(10, 50), lengths=(32, 6))


def _ev(kind, title, sentence, s_start, mention, m_start):
    return Evidence(kind, title, sentence, s_start, s_start + len(sentence), mention, m_start, m_start + len(mention))


@pytest.fixture(scope="module")
def two_sentences():
    """A therapy line and its two drugs read in one sentence (the line from the first drug's mention),
    a response in a sentence of another section."""
    criz = _ev("case", "Case", S1, 0, "crizotinib", 7)
    alec = _ev("case", "Case", S1, 0, "alectinib", 22)
    pr = _ev("discussion", "", S2, 33, "PR", 33)
    line = Treatment(line=1, evidence=criz, administrations=[
        DrugAdministration(Concept("NCIT:C74061", "crizotinib", "drug"), evidence=criz),
        DrugAdministration(Concept("NCIT:C101790", "alectinib", "drug"), evidence=alec)],
        responses=[Response(Concept("NCIT:C18058", "partial response", "response"), evidence=pr)])
    doc = Document(source="in/two.txt", format="text", ids=["pmid:88"], title="t", text=TEXT,
                   sections=[Section("case", "Case", 0, 32), Section("discussion", "", 33, 41)], source_map=FILE_MAP)
    record = ReportRecord(document=doc, cases=[CaseRecord(number=1, treatments=[line])], content_hash="c" * 64)
    giri, g = build_report_graph(record)
    return giri, g


R = iris.report_iri("pmid:88")


def test_evidence_one_node_per_mention_sentence_and_section(two_sentences):
    _, g = two_sentences
    case = R + "/case/1"
    ev = {f: g.value(URIRef(case + f), KG.evidence) for f in ("/therapy/1", "/therapy/1/drug/1", "/therapy/1/drug/2",
                                                              "/therapy/1/response/1")}
    # the line and its first drug were read from one mention: one evidence node
    assert ev == {"/therapy/1": URIRef(R + "/evidence/7-17"), "/therapy/1/drug/1": URIRef(R + "/evidence/7-17"),
                  "/therapy/1/drug/2": URIRef(R + "/evidence/22-31"), "/therapy/1/response/1": URIRef(R + "/evidence/33-35")}
    sentences = {e: g.value(e, KG.inSentence) for e in set(ev.values())}
    assert sentences == {URIRef(R + "/evidence/7-17"): URIRef(R + "/sentence/0-32"),
                         URIRef(R + "/evidence/22-31"): URIRef(R + "/sentence/0-32"),
                         URIRef(R + "/evidence/33-35"): URIRef(R + "/sentence/33-41")}
    assert {s: g.value(s, KG.inSection) for s in set(sentences.values())} == {
        URIRef(R + "/sentence/0-32"): URIRef(R + "/section/0"), URIRef(R + "/sentence/33-41"): URIRef(R + "/section/33")}
    # the sentence text once, however many mentions were read in it
    assert sorted(str(o) for o in g.objects(None, KG.sentenceText)) == [S1, S2]
    # the IRIs are the ones kg/graph/iri.py mints
    assert URIRef(R + "/sentence/0-32") == iris.sentence_iri("pmid:88", 0, 32)
    assert URIRef(R + "/section/33") == iris.section_iri("pmid:88", 33)


def test_evidence_sections_carry_kind_title_report_and_one_offsets_basis(two_sentences):
    _, g = two_sentences
    case_sec, disc_sec = URIRef(R + "/section/0"), URIRef(R + "/section/33")
    for sec, kind, title in ((case_sec, "case", "Case"), (disc_sec, "discussion", "")):
        assert set(g.predicate_objects(sec)) == {
            (RDF.type, KG.Section), (PROV.wasDerivedFrom, R), (KG.sectionKind, Literal(kind)),
            (KG.sectionTitle, Literal(title)), (KG.offsetsInto, Literal("file" if sec == case_sec else "section"))}
    # case section: into the file (kg's offset + 10); discussion: into the section's text (kg's offset - 33)
    def offsets(node, start, end):
        return g.value(node, start).toPython(), g.value(node, end).toPython()
    assert offsets(URIRef(R + "/sentence/0-32"), KG.sentenceStart, KG.sentenceEnd) == (10, 42)
    assert offsets(URIRef(R + "/evidence/7-17"), KG.mentionStart, KG.mentionEnd) == (17, 27)
    assert offsets(URIRef(R + "/evidence/22-31"), KG.mentionStart, KG.mentionEnd) == (32, 41)
    assert offsets(URIRef(R + "/sentence/33-41"), KG.sentenceStart, KG.sentenceEnd) == (0, 8)
    assert offsets(URIRef(R + "/evidence/33-35"), KG.mentionStart, KG.mentionEnd) == (0, 2)
    assert str(g.value(URIRef(R + "/evidence/22-31"), KG.mentionText)) == "alectinib"


def test_evidence_quads_and_no_type_on_mentions_and_sentences(two_sentences):
    giri, g = two_sentences
    ensure_valid(g, "two sentences")
    ev_nodes = set(g.objects(None, KG.evidence))
    sentence_nodes = set(g.objects(None, KG.inSentence))
    assert not [t for n in ev_nodes | sentence_nodes for t in g.triples((n, RDF.type, None))]
    # 4 links, 3 mentions x 4, 2 sentences x 4, 2 sections x 5
    section_nodes = set(g.objects(None, KG.inSection))
    links = list(g.triples((None, KG.evidence, None)))
    described = [t for t in g if t[0] in ev_nodes | sentence_nodes | section_nodes]
    assert (len(links), len(described)) == (4, 12 + 8 + 10)


def test_stats_count_evidence_mentions_not_links(two_sentences):
    """`kg stats` "evidence": the evidence nodes (untyped: the objects of kg:evidence), 3 for 4 facts."""
    giri, g = two_sentences
    st = open_store(None)
    st.replace_graph(str(giri), g)
    assert store_stats(st)["evidence"] == 3
    st.close()
