"""ontology/kg.ttl declares, labels and defines every vocab.py name, with mappings."""
from pathlib import Path
import re

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.graph import vocab
from kg.graph.vocab import KG

ROOT = Path(__file__).resolve().parents[2]
KG_TTL = ROOT / "ontology" / "kg.ttl"
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")
NCIT = rdflib.Namespace("http://purl.obolibrary.org/obo/NCIT_")
SO = rdflib.Namespace("http://purl.obolibrary.org/obo/SO_")
TERMINOLOGY = Path("/work/shared/terminology")


@pytest.fixture(scope="module")
def onto():
    g = rdflib.Graph()
    g.parse(KG_TTL, format="turtle")
    return g


def _has_definition(g, node):
    return any(True for _ in g.objects(node, SKOS.definition)) or any(True for _ in g.objects(node, RDFS.comment))


@pytest.mark.parametrize("name", vocab.CLASSES + vocab.SUMMARY_CLASSES)
def test_ontology_every_class_declared_labelled_defined(onto, name):
    node = KG[name]
    assert (node, RDF.type, OWL.Class) in onto, f"kg:{name} is not declared an owl:Class"
    assert onto.value(node, RDFS.label) is not None, f"kg:{name} has no rdfs:label"
    assert _has_definition(onto, node), f"kg:{name} has no skos:definition / rdfs:comment"
    assert _is_a_name(onto.value(node, RDFS.label)), f"kg:{name}'s label is a sentence, not a name"


def _is_a_name(label) -> bool:
    """A label names the thing (a few words); explanations belong in skos:definition."""
    return len(str(label).split()) <= 5 and not str(label).rstrip().endswith(".")


@pytest.mark.parametrize("name", vocab.PROPERTIES + vocab.SUMMARY_PROPERTIES)
def test_ontology_every_property_declared_labelled_defined_with_domain_and_range(onto, name):
    node = KG[name]
    kinds = set(onto.objects(node, RDF.type))
    assert kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}, f"kg:{name} is not an owl:Object/DatatypeProperty"
    assert onto.value(node, RDFS.label) is not None, f"kg:{name} has no rdfs:label"
    assert _is_a_name(onto.value(node, RDFS.label)), f"kg:{name}'s label is a sentence, not a name"
    assert _has_definition(onto, node), f"kg:{name} has no definition"
    assert onto.value(node, RDFS.domain) is not None, f"kg:{name} has no rdfs:domain"
    assert onto.value(node, RDFS.range) is not None, f"kg:{name} has no rdfs:range"


def test_ontology_object_properties_range_over_classes_datatype_properties_over_literals(onto):
    for name in vocab.PROPERTIES + vocab.SUMMARY_PROPERTIES:
        node = KG[name]
        rng = onto.value(node, RDFS.range)
        if (node, RDF.type, OWL.ObjectProperty) in onto:
            assert (rng, RDF.type, OWL.Class) in onto, f"kg:{name}: object property range {rng} is not a kg class"
        else:
            assert str(rng).startswith(("http://www.w3.org/2001/XMLSchema#", str(RDFS))), f"kg:{name}: range {rng}"


def test_ontology_header_has_version(onto):
    heads = list(onto.subjects(RDF.type, OWL.Ontology))
    assert len(heads) == 1
    assert onto.value(heads[0], OWL.versionInfo) is not None
    assert onto.value(heads[0], OWL.versionIRI) is not None


def test_ontology_key_mappings(onto):
    assert (KG.GeneFusion, SKOS.exactMatch, SO["0001565"]) in onto
    assert (KG.GeneFusion, SKOS.exactMatch, NCIT.C20195) in onto
    assert (KG.Sentence, RDFS.subClassOf, PROV.Entity) in onto
    assert (KG.inSentence, RDFS.subPropertyOf, PROV.wasDerivedFrom) in onto
    assert any("phenopacket" in str(o) for o in onto.objects(KG.PatientCase, SKOS.closeMatch))
    for term_cls in ("Gene", "Drug", "Tumor", "ResponseTerm", "AdverseEventTerm", "ProcedureTerm"):
        assert (KG[term_cls], RDFS.subClassOf, KG.Term) in onto


# NCIt / SO ids used in mappings -> label they must have (checked against ../shared/terminology).
CHECKED_IDS = {
    "NCIT_C20195": None,  # gene fusion: from the project's verified id list
    "NCIT_C49236": "Therapeutic Procedure",
    "NCIT_C25218": "Intervention or Procedure",
    "NCIT_C1909": "Pharmacologic Substance",
    "SO_0001565": "gene_fusion",
    "SO_0000704": "gene",
}


def test_ontology_uses_only_checked_ncit_and_so_ids(onto):
    used = {str(o).rsplit("/", 1)[1] for o in onto.objects()
            if isinstance(o, rdflib.URIRef) and str(o).startswith("http://purl.obolibrary.org/obo/")}
    assert used <= set(CHECKED_IDS), f"unchecked ontology ids in kg.ttl: {sorted(used - set(CHECKED_IDS))}"


def test_ontology_mapped_ids_have_the_expected_labels_in_shared_terminology():
    ncit = sorted((TERMINOLOGY / "ncit").glob("*.owl")) if (TERMINOLOGY / "ncit").is_dir() else []
    so = TERMINOLOGY / "so" / "so.obo"
    if not ncit or not so.is_file():
        pytest.skip("shared terminology files are not available on this machine")
    owl_text = "".join(p.read_text(encoding="utf-8", errors="replace") for p in ncit)
    so_text = so.read_text(encoding="utf-8", errors="replace")
    for iid, label in CHECKED_IDS.items():
        if label is None:
            continue
        prefix, code = iid.split("_", 1)
        if prefix == "NCIT":
            m = re.search(r'<owl:Class rdf:about="[^"]*#' + code + r'">.*?<rdfs:label>([^<]*)</rdfs:label>', owl_text, re.S)
            assert m and m.group(1) == label, f"NCIT:{code} label {m.group(1) if m else None!r} != {label!r}"
        else:
            m = re.search(r"^id: SO:" + code + r"\nname: (.*)$", so_text, re.M)
            assert m and m.group(1) == label, f"SO:{code} label {m.group(1) if m else None!r} != {label!r}"
