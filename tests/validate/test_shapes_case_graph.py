"""ontology/shapes.ttl: the hand-written fixture conforms; broken variants fail with the right shape."""

import pytest
import rdflib
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH, SKOS, XSD

from fixture_helpers import FIXTURE_TRIG as FIXTURE
from kg.graph.vocab import CLASSES, KG
from kg.validate import load_shapes, validate_graph

GA = URIRef("https://w3id.org/kg-oncocase/graph/3903f785d287a078")
GB = URIRef("https://w3id.org/kg-oncocase/graph/03ead7cb796a0e28")
RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"
CASE_A = URIRef(RA + "/case/1")
CASE_B = URIRef(RB + "/case/1")
PROV = rdflib.Namespace("http://www.w3.org/ns/prov#")


def graph(which):
    ds = rdflib.Dataset()
    ds.parse(FIXTURE, format="trig")
    g = rdflib.Graph()
    for t in ds.graph(which):
        g.add(t)
    return g


@pytest.mark.parametrize("which", [GA, GB])
def test_shapes_fixture_graphs_conform(which):
    g = graph(which)
    assert len(g) > 100
    rep = validate_graph(g, str(which))
    assert rep.conforms, "\n".join(rep.results)
    assert rep.results == []


def test_shapes_target_every_class_of_the_vocabulary():
    shapes = load_shapes()
    targeted = {str(o) for o in shapes.objects(None, SH.targetClass)}
    assert {str(KG[c]) for c in CLASSES} <= targeted


def test_shapes_every_constraint_has_a_message():
    shapes = load_shapes()
    for s in set(shapes.subjects(RDF.type, SH.NodeShape)):
        assert shapes.value(s, SH.message) is not None or list(shapes.objects(s, SH.property)), s
        for p in shapes.objects(s, SH.property):
            assert shapes.value(p, SH.message) is not None, f"property shape of {s} on {shapes.value(p, SH.path)} has no sh:message"


def test_shapes_use_no_sparql_constraints():
    shapes = load_shapes()
    assert not list(shapes.subject_objects(SH.sparql))
    assert not list(shapes.subjects(RDF.type, SH.SPARQLConstraint))


def _set(g, s, p, o):
    g.remove((s, p, None))
    g.add((s, p, o))


def _remove(g, s, p):
    g.remove((s, p, None))


L1B = URIRef(RB + "/case/1/therapy/1")
EV_B = URIRef(RB + "/case/1/diagnosis/1")   # a fact with its mention's offsets
SE_B = URIRef(RB + "/sentence/0-62")    # EV_B's sentence (the fixture states its end)
SEC_B = URIRef(RB + "/section/0")       # its section
FU_B = URIRef(RB + "/case/1/fusion/1")
AE_A = URIRef(RA + "/case/1/adverse_event/1")
RESP_A = URIRef(RA + "/case/1/therapy/2/response/2")
PROC_B = URIRef(RB + "/case/1/procedure/1")
DRUG = URIRef("http://purl.obolibrary.org/obo/NCIT_C74061")

BROKEN = [
    ("sex not in male/female", GB, lambda g: _set(g, CASE_B, KG.sex, Literal("M")),
     "PatientCaseShape", '"male" or "female"'),
    ("age above 120", GB, lambda g: _set(g, CASE_B, KG.ageYears, Literal(130)),
     "PatientCaseShape", "between 0 and 120"),
    ("age as a string", GB, lambda g: _set(g, CASE_B, KG.ageYears, Literal("61")),
     "PatientCaseShape", "kg:ageYears"),
    ("grade 6", GA, lambda g: _set(g, AE_A, KG.ctcaeGrade, Literal(6)),
     "AdverseEventShape", "from 1 to 5"),
    ("grade 0", GA, lambda g: _set(g, AE_A, KG.ctcaeGrade, Literal(0)),
     "AdverseEventShape", "from 1 to 5"),
    ("line number 0", GB, lambda g: _set(g, L1B, KG.lineNumber, Literal(0)),
     "TherapyLineShape", "kg:lineNumber, an xsd:integer >= 1"),
    ("line without number", GB, lambda g: _remove(g, L1B, KG.lineNumber),
     "TherapyLineShape", "kg:lineNumber"),
    ("line without administration", GB, lambda g: _remove(g, L1B, KG.hasAdministration),
     "TherapyLineShape", "at least one kg:hasAdministration"),
    ("start date as plain string", GB, lambda g: _set(g, L1B, KG.startDate, Literal("2017-03-01")),
     "TherapyLineShape", "xsd:gYear, xsd:gYearMonth or xsd:date"),
    ("fusion without partners", GB, lambda g: _remove(g, FU_B, KG.threePrimePartner),
     "GeneFusionShape", "at least one partner gene"),
    ("fusion with another type", GB, lambda g: g.add((FU_B, RDF.type, KG.Diagnosis)),
     "GeneFusionShape", "SO:0001565"),
    ("fusion partner that is not a gene", GB,
     lambda g: _set(g, FU_B, KG.fivePrimePartner, DRUG), "GeneFusionShape", "kg:fivePrimePartner"),
    ("term without notation", GA, lambda g: _remove(g, DRUG, SKOS.notation),
     "TermShape", "skos:notation"),
    ("term without label", GA, lambda g: _remove(g, DRUG, RDFS.label),
     "TermShape", "rdfs:label"),
    ("term notation not a CURIE", GA, lambda g: _set(g, DRUG, SKOS.notation, Literal("crizotinib")),
     "TermShape", "CURIE"),
    ("negative offset", GB, lambda g: (_set(g, SE_B, KG.sentenceStart, Literal(-1))),
     "SentenceShape", "non-negative"),
    ("mention start after end", GB, lambda g: _set(g, EV_B, KG.mentionStart, Literal(50)),
     "EvidenceShape", "not greater than kg:mentionEnd"),
    ("sentence start after end", GB, lambda g: _set(g, SE_B, KG.sentenceStart, Literal(63)),
     "SentenceShape", "not greater than kg:sentenceEnd"),
    ("sentence with two ends", GB, lambda g: g.add((SE_B, KG.sentenceEnd, Literal(61))),
     "SentenceShape", "kg:sentenceEnd"),
    ("untyped diagnosis without its concept", GB, lambda g: _remove(g, URIRef(RB + "/case/1/diagnosis/1"), KG.concept),
     "DiagnosisShape", "kg:concept"),
    ("evidence without its sentence", GB, lambda g: _remove(g, EV_B, KG.inSentence),
     "EvidenceShape", "exactly one kg:inSentence"),
    ("evidence in two sentences", GB, lambda g: g.add((EV_B, KG.inSentence, URIRef(RB + "/sentence/63-110"))),
     "EvidenceShape", "exactly one kg:inSentence"),
    ("evidence without its mention start", GB, lambda g: _remove(g, EV_B, KG.mentionStart),
     "EvidenceShape", "kg:mentionStart"),
    ("two mention texts", GB, lambda g: g.add((EV_B, KG.mentionText, Literal("x"))) and g.add((EV_B, KG.mentionText, Literal("y"))),
     "EvidenceShape", "kg:mentionText"),
    ("sentence without its section", GB, lambda g: _remove(g, SE_B, KG.inSection),
     "SentenceShape", "kg:inSection"),
    ("sentence text without a sentence", GB, lambda g: g.add((URIRef(RB + "/sentence/1-2"), KG.sentenceText, Literal("x"))),
     "SentenceShape", "kg:inSection"),
    ("evidence without what its offsets count in", GB, lambda g: _remove(g, SEC_B, KG.offsetsInto),
     "SectionShape", "kg:offsetsInto"),
    ("offsets into an unknown text", GB, lambda g: _set(g, SEC_B, KG.offsetsInto, Literal("document")),
     "SectionShape", "kg:offsetsInto"),
    ("offset as decimal", GB, lambda g: _set(g, EV_B, KG.mentionEnd, Literal("38.0", datatype=XSD.decimal)),
     "EvidenceShape", "kg:mentionEnd"),
    ("section without its title", GB, lambda g: _remove(g, SEC_B, KG.sectionTitle),
     "SectionShape", "kg:sectionTitle"),
    ("unknown section kind", GB, lambda g: _set(g, SEC_B, KG.sectionKind, Literal("appendix")),
     "SectionShape", "section kinds"),
    ("evidence not derived from a report", GB, lambda g: _remove(g, SEC_B, PROV.wasDerivedFrom),
     "SectionShape", "prov:wasDerivedFrom"),
    ("blank-node procedure", GB, lambda g: g.add((CASE_B, KG.hasProcedure, BNode())),
     "IRINodeShape", "blank nodes are not allowed"),
    ("blank-node evidence subject", GB, lambda g: g.add((BNode(), KG.mentionText, Literal("x"))),
     "IRINodeShape", "blank nodes are not allowed"),
    ("response without explicit flag", GA, lambda g: _remove(g, RESP_A, KG.explicit),
     "ResponseAssessmentShape", "kg:explicit"),
    ("response concept that is a drug", GA, lambda g: _set(g, RESP_A, KG.concept, DRUG),
     "ResponseAssessmentShape", "kg:ResponseTerm"),
    ("two content hashes", GB, lambda g: g.add((URIRef(RB), KG.contentHash, Literal("c" * 64))),
     "CaseReportShape", "exactly one kg:contentHash"),
    ("content hash not hex", GB, lambda g: _set(g, URIRef(RB), KG.contentHash, Literal("not-a-hash")),
     "CaseReportShape", "SHA-256"),
    ("report without identifier", GB, lambda g: _remove(g, URIRef(RB), KG.identifier),
     "CaseReportShape", "at least one kg:identifier"),
    ("case without report", GB, lambda g: _remove(g, CASE_B, KG.describedIn),
     "PatientCaseShape", "kg:describedIn"),
    ("radiation dose as string", GB, lambda g: _set(g, PROC_B, KG.radiationDoseGy, Literal("30 Gy")),
     "ProcedureShape", "kg:radiationDoseGy"),
    ("procedure without label", GB, lambda g: _remove(g, PROC_B, RDFS.label),
     "ProcedureShape", "rdfs:label"),
]


@pytest.mark.parametrize("label,which,mutate,shape,message", BROKEN, ids=[b[0] for b in BROKEN])
def test_shapes_broken_variant_fails_with_expected_shape(label, which, mutate, shape, message):
    g = graph(which)
    mutate(g)
    rep = validate_graph(g, label)
    assert not rep.conforms
    hits = [r for r in rep.results if r.startswith(shape + ":") and message in r]
    assert hits, f"expected a {shape} violation mentioning {message!r}; got:\n" + "\n".join(rep.results)
