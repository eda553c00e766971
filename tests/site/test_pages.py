"""kg.site.pages: what a case page shows, from the hand-written fixture graphs."""
from kg.site.pages import load_pages, slug_for

RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"
CA, CB = RA + "/case/1", RB + "/case/1"


def pages_by_case(store):
    return {p.case["case"]: p for p in load_pages(store)}


def test_pages_summary_links_and_best_response(fixture_store):
    pages = pages_by_case(fixture_store)
    a, b = pages[CA], pages[CB]
    assert (a.name, a.title, a.source_file, a.outcome) == (
        "doi:10.1000/jimt.2021.1", "ROS1-rearranged inflammatory myofibroblastic tumor treated with crizotinib",
        "000_imt.txt", "alive without evidence of disease")
    assert a.links == [("doi:10.1000/jimt.2021.1", "https://doi.org/10.1000/jimt.2021.1"),
                       ("pmid:111", "https://pubmed.ncbi.nlm.nih.gov/111/")]
    assert b.links == [("pmid:222", "https://pubmed.ncbi.nlm.nih.gov/222/"),
                       ("pmcid:pmc333", "https://pmc.ncbi.nlm.nih.gov/articles/PMC333/")]
    # A: SD, SD, PR -> PR; B: SD, PD, CR -> CR
    assert (a.best_class, a.best["label"], b.best_class, b.best["label"]) == ("PR", "partial response",
                                                                              "CR", "complete response")
    assert (a.tumors, a.fusions, a.drugs) == (["inflammatory myofibroblastic tumor"], ["YWHAE::ROS1"],
                                              ["doxorubicin", "ifosfamide", "crizotinib"])
    assert b.fusions == ["?::ALK"] and b.outcome == ""


def test_pages_evidence_numbered_in_page_order_with_the_mention_marked(fixture_store):
    a = pages_by_case(fixture_store)[CA]
    # patient, diagnosis, fusion, then line 2's crizotinib (line 1 and the events have none)
    # (the fixture's offsets of the diagnosis mention take in the full stop: offsets decide)
    assert [(e.number, e.mention) for e in a.evidence] == [
        (1, "man"), (2, "inflammatory myofibroblastic tumor."), (3, "YWHAE-ROS1"), (4, "crizotinib")]
    (ev,) = a.evidence_for([CA + "/therapy/2/drug/1"])
    assert (ev.anchor, ev.before, ev.mention, ev.after, ev.section_title) == (
        "ev-4", "In May 2019 he started ", "crizotinib", " 250 mg orally twice daily.", "CASE PRESENTATION")
    assert a.evidence_for([CA + "/therapy/1", CA + "/adverse_event/1"]) == []


def test_pages_one_number_for_a_sentence_behind_several_facts(fixture_store):
    h = pages_by_case(fixture_store)[fixture_store.hostile_case]
    line, = h.case["treatments"]
    # the line and its drug were read from the same mention: one evidence entry, two facts linking to it
    assert h.evidence_for(line["iris"]) == h.evidence_for(line["drugs"][0]["iris"])
    # one entry per mention: no two entries mark the same words of one sentence (iri: the sentence node)
    assert len({(e.iri, e.before, e.mention) for e in h.evidence}) == len(h.evidence)


def test_pages_mention_offsets_outside_the_sentence_fall_back_to_the_text():
    from kg.site.pages import _split_sentence

    row = {"sentence": "She started alectinib.", "mention": "alectinib", "sentence_start": 10,
           "mention_start": 500, "mention_end": 509}
    assert _split_sentence(row) == ("She started ", "alectinib", ".")
    row["mention"] = "lorlatinib"
    assert _split_sentence(row) == ("She started alectinib.", "", "")
    # a patient introduction: the offsets span the sentence, the stored mention is its first characters
    row.update(mention="She started ale", mention_start=10, mention_end=32)
    assert _split_sentence(row) == ("", "She started alectinib.", "")


def test_slug_for_kg_case_iris_and_others():
    assert slug_for(CA) == "3903f785d287a078-1"
    other = slug_for("http://example.org/../../etc/passwd")
    assert other.startswith("case-") and "/" not in other and "." not in other
