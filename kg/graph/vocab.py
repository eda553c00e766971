"""The project vocabulary (defined in ontology/kg.ttl) as rdflib terms.

Every class and property used by the graph builder, shapes and queries is
listed here; tests check each one is declared, labelled and defined in kg.ttl.
"""
from rdflib import Namespace
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from kg.prefixes import namespace

# namespaces from the one prefix map (ontology/prefixes.json), never written out here
KG = Namespace(namespace("kg"))
NCIT = Namespace(namespace("NCIT"))
SO = Namespace(namespace("SO"))
HGNC = Namespace(namespace("HGNC"))

# every kg:GeneFusion node is also typed SO gene_fusion (the id is a shipped, verified term: fusion.tsv)
GENE_FUSION = SO["0001565"]

CLASSES = [
    "Report", "CaseReport", "PatientCase", "Diagnosis", "GeneFusion", "TherapyLine",
    "DrugAdministration", "ResponseAssessment", "AdverseEvent", "Procedure", "Sentence", "Section",
    # concept (term) classes
    "Term", "Gene", "Drug", "Tumor", "ResponseTerm", "AdverseEventTerm", "ProcedureTerm",
]

# the summaries graph's records (kg/store/summaries.py): not in case graphs, so no SHACL shapes
SUMMARY_CLASSES = [
    "Count", "CaseCount", "TumorTypeCount", "AdverseEventCount", "ResponseCount", "CountBand", "BestResponse",
]

PROPERTIES = [
    # report
    "identifier", "articleType", "sourceFile", "contentHash", "kgVersion", "hasCase",
    # case
    "caseNumber", "ageYears", "sex", "outcome", "describedIn",
    "hasDiagnosis", "hasFusion", "hasTherapyLine", "hasAdverseEvent", "hasProcedure",
    # shared
    "concept", "startDate", "endDate", "date",
    # fusion
    "fivePrimePartner", "threePrimePartner",
    # therapy
    "lineNumber", "hasAdministration", "hasResponse", "discontinuationReason",
    "drug", "dose", "route", "schedule",
    # response
    "explicit",
    # adverse event
    "ctcaeGrade", "attributedTo",
    # procedure
    "radiationDoseGy", "fractions",
    # evidence (fact -> kg:Sentence -> kg:Section)
    "inSentence", "inSection",
    "sectionKind", "sectionTitle", "sentenceText", "offsetsInto", "sentenceStart", "sentenceEnd",
    "mentionText", "mentionStart", "mentionEnd",
]

SUMMARY_PROPERTIES = [
    "cases", "casesBand", "countedTumor", "countedDrug", "countedAdverseEvent", "countedGrade", "countedResponse",
    "fusionLabel", "hasBestResponse", "onDrug", "bestResponse", "pageBucket", "termPage",
]

__all__ = ["KG", "NCIT", "SO", "HGNC", "GENE_FUSION", "RDF", "RDFS", "SKOS", "XSD", "DCTERMS", "PROV",
           "CLASSES", "PROPERTIES", "SUMMARY_CLASSES", "SUMMARY_PROPERTIES"]
