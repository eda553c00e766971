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


def test_evidence_on_the_fact_one_node_per_sentence_and_section(two_sentences):
    _, g = two_sentences
    case = R + "/case/1"
    facts = [URIRef(case + f) for f in ("/therapy/1", "/therapy/1/drug/1", "/therapy/1/drug/2", "/therapy/1/response/1")]
    # each fact carries its mention's sentence; the line and its first drug were read from one mention
    assert [g.value(f, KG.inSentence) for f in facts] == [
        URIRef(R + "/sentence/0-32"), URIRef(R + "/sentence/0-32"), URIRef(R + "/sentence/0-32"),
        URIRef(R + "/sentence/33-41")]
    assert not list(g.triples((None, KG.evidence, None)))   # no evidence node per mention
    assert {s: g.value(s, KG.inSection) for s in set(g.objects(None, KG.inSentence))} == {
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
            (PROV.wasDerivedFrom, R), (KG.sectionKind, Literal(kind)),
            (KG.sectionTitle, Literal(title)), (KG.offsetsInto, Literal("file" if sec == case_sec else "section"))}
    # case section: into the file (kg's offset + 10); discussion: into the section's text (kg's offset - 33)
    def offsets(node, start, end):
        return g.value(node, start).toPython(), g.value(node, end).toPython()
    line, drug2, resp = (URIRef(R + "/case/1" + f) for f in ("/therapy/1", "/therapy/1/drug/2", "/therapy/1/response/1"))
    assert g.value(URIRef(R + "/sentence/0-32"), KG.sentenceStart).toPython() == 10
    assert offsets(line, KG.mentionStart, KG.mentionEnd) == (17, 27)
    assert offsets(drug2, KG.mentionStart, KG.mentionEnd) == (32, 41)
    assert g.value(URIRef(R + "/sentence/33-41"), KG.sentenceStart).toPython() == 0
    assert offsets(resp, KG.mentionStart, KG.mentionEnd) == (0, 2)


def test_evidence_text_is_stored_once_in_the_sentence(two_sentences):
    """The mention is the sentence text between the offsets and the sentence end its start plus its length:
    neither is stored, and the named query gives both."""
    giri, g = two_sentences
    assert not list(g.triples((None, KG.mentionText, None)))
    assert not list(g.triples((None, KG.sentenceEnd, None)))
    st = open_store(None)
    st.replace_graph(str(giri), g)
    cols, rows = run_query(st, "case_evidence")
    got = sorted((r["kind"], r["mention"], r["mention_start"], r["mention_end"], r["sentence_start"], r["sentence_end"])
                 for r in (dict(zip(cols, row)) for row in rows))
    assert got == [("DrugAdministration", "alectinib", 32, 41, 10, 42),
                   ("DrugAdministration", "crizotinib", 17, 27, 10, 42),
                   ("ResponseAssessment", "PR", 0, 2, 0, 8),
                   ("TherapyLine", "crizotinib", 17, 27, 10, 42)]
    st.close()


def test_evidence_text_stored_where_the_offsets_do_not_give_it():
    """A plain-text file whose reader joined a line-end hyphen: kg's sentence "A well-known drug." is
    "A well-\nknown drug." in the file (file offsets 0-19): the file span is one character longer than the
    sentence text, so the sentence end and the mention after the join are stored."""
    text = "A well-known drug."
    fmap = SourceMap(doc_starts=(0, 7), src_starts=(0, 8), lengths=(7, 11))
    sentence = Evidence("case", "Case", text, 0, 18, "drug", 13, 17)
    doc = Document(source="in/h.txt", format="text", ids=["pmid:89"], title="t", text=text,
                   sections=[Section("case", "Case", 0, 18)], source_map=fmap)
    record = ReportRecord(document=doc, cases=[CaseRecord(number=1, evidence=sentence)], content_hash="d" * 64)
    giri, g = build_report_graph(record)
    ensure_valid(g, "hyphen")
    case = URIRef(iris.report_iri("pmid:89") + "/case/1")
    sent = g.value(case, KG.inSentence)
    assert (g.value(case, KG.mentionStart).toPython(), g.value(case, KG.mentionEnd).toPython()) == (14, 18)
    assert str(g.value(case, KG.mentionText)) == "drug"
    assert g.value(sent, KG.sentenceEnd).toPython() == 19
    st = open_store(None)
    st.replace_graph(str(giri), g)
    (row,) = [dict(zip(c, r)) for c, rows in [run_query(st, "case_evidence")] for r in rows]
    assert (row["mention"], row["mention_start"], row["sentence_start"], row["sentence_end"]) == ("drug", 14, 0, 19)
    st.close()


def test_evidence_quads_and_no_type_on_facts_sentences_and_sections(two_sentences):
    giri, g = two_sentences
    ensure_valid(g, "two sentences")
    sentence_nodes = set(g.objects(None, KG.inSentence))
    section_nodes = set(g.objects(None, KG.inSection))
    facts = set(g.subjects(KG.inSentence, None))
    assert not [t for n in facts | sentence_nodes | section_nodes for t in g.triples((n, RDF.type, None))]
    # 4 facts x 3 (sentence, start, end), 2 sentences x 3 (section, text, start), 2 sections x 4
    evidence = [t for t in g if t[1] in (KG.inSentence, KG.mentionStart, KG.mentionEnd, KG.mentionText)]
    described = [t for t in g if t[0] in sentence_nodes | section_nodes]
    assert (len(evidence), len(described)) == (12, 6 + 8)


def test_stats_count_evidence_mentions_not_links(two_sentences):
    """`kg stats` "evidence": the distinct mentions (sentence and offsets) facts were read from, 3 for 4 facts."""
    giri, g = two_sentences
    st = open_store(None)
    st.replace_graph(str(giri), g)
    assert store_stats(st)["evidence"] == 3
    st.close()


def test_prefixes_are_bound_when_first_asked_for_and_are_rdflibs_core_then_ours():
    from rdflib import Graph

    from kg.graph.vocab import DCTERMS, PROV as KG_PROV, SKOS

    record = ReportRecord(document=Document(source="in/p.txt", format="text", ids=["pmid:89"], title="t", text="x",
                                            sections=[]), cases=[CaseRecord(number=1, age=50)], content_hash="d" * 64)
    giri, g = build_report_graph(record)
    assert g._Graph__namespace_manager is None          # building and N-Triples never bind a prefix
    nt = g.serialize(format="nt")
    assert str(KG.ageYears) in nt and g._Graph__namespace_manager is None
    before = Graph(bind_namespaces="core")              # what the builder bound when it made the graph
    for prefix, ns in (("kg", KG), ("skos", SKOS), ("prov", KG_PROV), ("dcterms", DCTERMS)):
        before.bind(prefix, ns)
    assert list(g.namespaces()) == list(before.namespaces())
    assert "@prefix kg: <" + str(KG) + "> ." in g.serialize(format="turtle")
