"""GA4GH Phenopacket v2 documents, one per patient case (JSON, protobuf's JSON mapping).

What goes where (``README.md``, "Phenopacket export", lists what cannot be represented):

* ``subject``: the case CURIE (``kgr:<report>/case/<n>``), ``sex``, the age at presentation as
  ``timeAtLastEncounter.age.iso8601duration`` (``P23Y``), ``vitalStatus`` when the outcome says
  the patient died or is alive;
* ``diseases``: every diagnosis (NCIt, or a project-local ``KG:`` tumor term);
* ``interpretations``: one, whose diagnosis is the first tumor and whose genomic interpretations are
  the fusions: a variation descriptor typed ``SO:0001565`` (gene_fusion) labelled ``5'::3'``, the 3'
  partner (else the 5') as HGNC ``geneContext``, both partners as HGNC CURIEs in ``extensions``;
* ``medicalActions``: one per drug of every therapy line: ``treatment.agent``, the line's dates as
  ``doseIntervals[0].interval``, the line's best response as ``responseToTreatment``, the adverse
  events attributed to that drug, the termination reason when it names an adverse event of the
  case or progression; then one per procedure (``procedure.code``, ``performed``);
* ``phenotypicFeatures``: every adverse event (MedDRA term, CTCAE grade in ``description``);
* ``metaData``: the ontologies used as ``resources`` (IRI prefixes from the one prefix map), the
  report's DOI/PMID/PMCID as ``externalReferences``, then one external reference per fact with
  evidence: ``id`` the report's CURIE, ``reference`` the IRI of the sentence node the fact was read
  in, ``description`` the fact kind, the mention and the sentence.
"""
from __future__ import annotations

import datetime
import re

from kg import __version__
from kg.errors import ExportError
from kg.export.details import CaseDetails, selected_cases
from google.protobuf.json_format import ParseDict, ParseError
from phenopackets import Phenopacket
from rdflib import URIRef

from kg.graph.iri import curie_of, fact_iri
from kg.graph.vocab import GENE_FUSION
from kg.prefixes import PREFIXES, compress, expand
from kg.query.responses import best_of, progressive_disease_term

SCHEMA_VERSION = "2.0"
# name and home page of each ontology whose terms a document may carry (iri_prefix: the prefix map)
_RESOURCES = {
    "NCIT": ("ncit", "NCI Thesaurus", "http://purl.obolibrary.org/obo/ncit.owl"),
    "HGNC": ("hgnc", "HUGO Gene Nomenclature Committee", "https://www.genenames.org"),
    "MEDDRA": ("meddra", "MedDRA (codes as used by CTCAE v5.0)", "https://www.meddra.org"),
    "DRUGBANK": ("drugbank", "DrugBank", "https://go.drugbank.com"),
    "SO": ("so", "Sequence Ontology", "http://purl.obolibrary.org/obo/so.owl"),
    "CHEBI": ("chebi", "Chemical Entities of Biological Interest", "http://purl.obolibrary.org/obo/chebi.owl"),
    "MONDO": ("mondo", "Mondo Disease Ontology", "http://purl.obolibrary.org/obo/mondo.owl"),
    "DOID": ("doid", "Human Disease Ontology", "http://purl.obolibrary.org/obo/doid.owl"),
    "KG": ("kg-oncocase", "kg-oncocase project-local terms", PREFIXES["KG"]),
}
_SEX = {"male": "MALE", "female": "FEMALE"}
_DEATH = re.compile(r"\b(?:died|death|deceased|succumbed|passed away)\b", re.I)
_ALIVE = re.compile(r"\b(?:alive|disease[- ]free|no evidence of (?:disease|recurrence))\b", re.I)
_PROGRESSION = re.compile(r"\bprogress", re.I)


def timestamp(date: str | None) -> str | None:
    """An ISO partial date as a protobuf Timestamp (the first instant of the period).

    >>> timestamp("2019-05"), timestamp("2020"), timestamp("2021-02-03"), timestamp(None)
    ('2019-05-01T00:00:00Z', '2020-01-01T00:00:00Z', '2021-02-03T00:00:00Z', None)
    """
    if not date:
        return None
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return datetime.datetime(parts[0], parts[1], parts[2]).strftime("%Y-%m-%dT00:00:00Z")


def _oc(term: dict | None) -> dict | None:
    """OntologyClass {id, label} of a contract term."""
    if not term or not term.get("id"):
        return None
    return {"id": term["id"], "label": term.get("label") or ""}


def _publication_curie(ident: str) -> str | None:
    """``pmid:1`` -> ``PMID:1``, ``pmcid:pmc3`` -> ``PMCID:PMC3``, ``doi:x`` -> ``doi:x`` (the map's prefixes)."""
    prefix, _, local = ident.partition(":")
    if prefix not in ("doi", "pmid", "pmcid") or not local:
        return None
    curie = compress(expand(f"{prefix}:{local.upper() if prefix == 'pmcid' else local}"))
    return curie


def _vital_status(outcome: str | None) -> dict | None:
    if not outcome:
        return None
    if _DEATH.search(outcome):
        return {"status": "DECEASED"}
    if _ALIVE.search(outcome):
        return {"status": "ALIVE"}
    return None


def _termination_reason(reason: str | None, adverse_events: list[dict]) -> dict | None:
    """The reason a line stopped, as a term: an adverse event of the case that the reason names,
    else progressive disease when it speaks of progression; free text otherwise (not exported)."""
    if not reason:
        return None
    text = reason.lower()
    for ae in adverse_events:
        if ae.get("label") and ae["label"].lower() in text:
            return _oc(ae)
    if _PROGRESSION.search(text):
        return progressive_disease_term()
    return None


def _fusion_interpretation(subject: str, case_iri: str, n: int, fusion: dict) -> dict:
    five, three = fusion.get("five_prime"), fusion.get("three_prime")
    label = f"{five['label'] if five else '?'}::{three['label'] if three else '?'}"
    context = three or five
    descriptor = {
        "id": compress(str(fact_iri(URIRef(case_iri), "fusion", n))),
        "label": label,
        "moleculeContext": "genomic",
        "structuralType": {"id": curie_of(str(GENE_FUSION)), "label": "gene_fusion"},
        "geneContext": {"valueId": context["id"], "symbol": context["label"]},
        "extensions": [{"name": name, "value": f"{p['id']} {p['label']}"}
                       for name, p in (("5' partner", five), ("3' partner", three)) if p],
    }
    return {"subjectOrBiosampleId": subject, "interpretationStatus": "CONTRIBUTORY",
            "variantInterpretation": {"variationDescriptor": descriptor}}


def _medical_actions(case: dict, details: CaseDetails) -> list[dict]:
    actions = []
    target = _oc(case["diagnoses"][0]) if case["diagnoses"] else None
    for line in case["treatments"]:
        best = _oc(best_of(line["responses"]))
        line_details = details.lines.get(line["line"])
        stop = _termination_reason(line_details.reason if line_details else None, case["adverse_events"])
        interval = {k: v for k, v in (("start", timestamp(line["start"])), ("end", timestamp(line["end"]))) if v}
        for drug in line["drugs"]:
            treatment = {"agent": _oc(drug)}
            if interval:
                treatment["doseIntervals"] = [{"interval": interval}]
            action = {"treatment": treatment}
            if target:
                action["treatmentTarget"] = target
            if best:
                action["responseToTreatment"] = best
            aes = [_oc(ae) for ae in case["adverse_events"] if drug["id"] in ae["drugs"]]
            if aes:
                action["adverseEvents"] = aes
            if stop:
                action["treatmentTerminationReason"] = stop
            actions.append(action)
    for proc in case["procedures"]:
        procedure = {"code": _oc(proc)}
        if proc.get("date"):
            procedure["performed"] = {"timestamp": timestamp(proc["date"])}
        actions.append({"procedure": procedure})
    return actions


def _resources(doc: dict) -> list[dict]:
    used: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("id", "valueId") and isinstance(v, str) and ":" in v:
                    used.add(v.split(":", 1)[0])
                walk(v)
        elif isinstance(node, list):
            for x in node:
                walk(x)

    walk({k: v for k, v in doc.items() if k not in ("id", "subject", "metaData")})
    return [{"id": rid, "name": name, "url": url, "version": f"as shipped by kg {__version__}",
             "namespacePrefix": prefix, "iriPrefix": PREFIXES[prefix]}
            for prefix, (rid, name, url) in _RESOURCES.items() if prefix in used]


def _external_references(case: dict, details: CaseDetails) -> list[dict]:
    refs = []
    for ident in case["report_ids"]:
        curie = _publication_curie(ident)
        if curie:
            refs.append({"id": curie, "reference": expand(curie), "description": details.title or ""})
    primary = refs[0]["id"] if refs else (compress(details.report or "") or details.report or case["report"])
    for ev in details.evidence:
        refs.append({"id": primary, "reference": ev["evidence"],
                     "description": f"evidence for {ev['kind']} '{ev['mention']}' ({ev['section']}): {ev['sentence']}"})
    return refs


def to_phenopacket(case: dict, details: CaseDetails | None = None, created: str | None = None) -> dict:
    """One `kg cases` contract object (plus its details) as a Phenopacket v2 document (a dict)."""
    details = details or CaseDetails()
    case_iri = case["case"]
    pid = compress(case_iri) or case_iri
    subject: dict = {"id": pid, "sex": _SEX.get(case.get("sex") or "", "UNKNOWN_SEX")}
    if case.get("age") is not None:
        subject["timeAtLastEncounter"] = {"age": {"iso8601duration": f"P{int(case['age'])}Y"}}
    vital = _vital_status(details.outcome)
    if vital:
        subject["vitalStatus"] = vital
    doc: dict = {"id": pid, "subject": subject}
    features = [{"type": _oc(ae), **({"description": f"CTCAE grade {ae['grade']}"} if ae.get("grade") else {})}
                for ae in case["adverse_events"] if _oc(ae)]
    if features:
        doc["phenotypicFeatures"] = features
    if case["diagnoses"] or case["fusions"]:
        diagnosis: dict = {}
        if case["diagnoses"]:
            diagnosis["disease"] = _oc(case["diagnoses"][0])
        genomic = [_fusion_interpretation(pid, case_iri, n, f) for n, f in enumerate(case["fusions"], 1)
                   if f.get("five_prime") or f.get("three_prime")]
        if genomic:
            diagnosis["genomicInterpretations"] = genomic
        doc["interpretations"] = [{"id": f"{pid}#interpretation",
                                   "progressStatus": "SOLVED" if case["diagnoses"] else "UNKNOWN_PROGRESS",
                                   "diagnosis": diagnosis}]
    diseases = [{"term": _oc(d)} for d in case["diagnoses"] if _oc(d)]
    if diseases:
        doc["diseases"] = diseases
    actions = _medical_actions(case, details)
    if actions:
        doc["medicalActions"] = actions
    created = created or datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    doc["metaData"] = {"created": created, "createdBy": f"kg-oncocase {__version__}",
                       "resources": _resources(doc), "phenopacketSchemaVersion": SCHEMA_VERSION,
                       "externalReferences": _external_references(case, details)}
    return doc


def check(doc: dict) -> dict:
    """``doc`` if it parses into the GA4GH classes of the ``phenopackets`` package (protobuf's JSON
    parser: unknown fields, wrong types and enum values are refused), else ExportError."""
    try:
        ParseDict(doc, Phenopacket())
    except ParseError as e:
        raise ExportError(f"phenopacket {doc.get('id')} is not valid Phenopacket v2: {e}") from e
    return doc


def phenopackets(store, case: str | None = None, graph: str | None = None, created: str | None = None) -> list[dict]:
    """Every patient case in the store (or only ``case``, or the cases of one report ``graph``) as
    a Phenopacket v2 document, each checked with ``check`` before it is returned."""
    return [check(to_phenopacket(c, d, created)) for c, d in selected_cases(store, case, graph)]


__all__ = ["phenopackets", "to_phenopacket", "check", "timestamp", "SCHEMA_VERSION"]
