"""kg.graph.build: fusion nodes are typed by the range of kg:hasFusion (kg:GeneFusion, mapped to SO gene_fusion in
kg.ttl) with no rdf:type quad; term IRIs are the Biolink/Bioregistry forms."""
from __future__ import annotations

from rdflib import RDF, URIRef

from kg.graph.build import build_report_graph
from kg.graph.vocab import KG
from kg.model import AdverseEvent, CaseRecord, Concept, Document, DrugAdministration, Fusion, ReportRecord, Treatment
from kg.validate import ensure_valid

SO_GENE_FUSION = URIRef("http://purl.obolibrary.org/obo/SO_0001565")


def record() -> ReportRecord:
    doc = Document(source="in/x.txt", format="text", ids=["pmid:1"], title="t", text="x", sections=[])
    crizotinib = Concept("NCIT:C74061", "crizotinib", "drug")
    leuprolide = Concept("DRUGBANK:DB00007", "leuprolide", "drug")
    case = CaseRecord(
        number=1,
        fusions=[Fusion(Concept("HGNC:12851", "YWHAE", "gene"), Concept("HGNC:10261", "ROS1", "gene")),
                 Fusion(None, Concept("HGNC:427", "ALK", "gene"))],
        treatments=[Treatment(line=1, administrations=[DrugAdministration(crizotinib)]),
                    Treatment(line=2, administrations=[DrugAdministration(leuprolide)])],
        adverse_events=[AdverseEvent(Concept("MEDDRA:10029366", "Neutrophil count decreased", "adverse_event"), 4,
                                     [crizotinib])])
    return ReportRecord(document=doc, cases=[case], content_hash="a" * 64)


def test_fusion_nodes_are_reached_by_has_fusion_untyped_and_conform():
    _, g = build_report_graph(record())
    fusions = set(g.objects(None, KG.hasFusion))
    assert len(fusions) == 2
    assert not [t for f in fusions for t in g.triples((f, RDF.type, None))]
    assert not list(g.subjects(RDF.type, SO_GENE_FUSION))
    ensure_valid(g, "fusions")


def test_the_vocabulary_maps_gene_fusion_to_so_gene_fusion():
    import rdflib
    from rdflib.namespace import SKOS

    import kg
    onto = rdflib.Graph().parse(kg.ONTOLOGY_DIR / "kg.ttl")
    assert SO_GENE_FUSION in set(onto.objects(KG.GeneFusion, SKOS.exactMatch))
    assert (KG.hasFusion, rdflib.RDFS.range, KG.GeneFusion) in onto


def test_term_iris_follow_the_biolink_prefix_map():
    _, g = build_report_graph(record())
    objects = {str(o) for o in g.objects() if isinstance(o, URIRef)}
    # Biolink model prefix map: HGNC, MEDDRA, DRUGBANK at identifiers.org/<prefix>/, NCIT on OBO PURLs
    assert {"http://identifiers.org/hgnc/12851", "http://identifiers.org/hgnc/10261",
            "http://identifiers.org/hgnc/427", "http://identifiers.org/meddra/10029366",
            "http://identifiers.org/drugbank/DB00007",
            "http://purl.obolibrary.org/obo/NCIT_C74061"} <= objects
    assert not [o for o in objects if "identifiers.org/hgnc:" in o or "identifiers.org/meddra:" in o]
