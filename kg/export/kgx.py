"""KGX TSV (``<name>_nodes.tsv`` + ``<name>_edges.tsv``): the cases as a Biolink property graph.

Nodes (``category``): the patient case (``biolink:Case``), its report (``biolink:Publication``, id
the report's DOI/PMID/PMCID CURIE), tumor terms (``biolink:Disease``), genes (``biolink:Gene``),
fusions (``biolink:SequenceVariant``), drugs (``biolink:Drug``), adverse-event terms
(``biolink:PhenotypicFeature``), procedure terms (``biolink:Procedure``) and therapy lines
(``biolink:Treatment``, with ``has_drug``, dates and best response). Ids are CURIEs of the one prefix
map: term CURIEs; the report's PMID (else ``kgr:<key>``, the DOI as ``xref``); for case, fusion
and line nodes ``kgr:<key>#case-1-fusion-1`` with the fact IRI as ``iri`` (KGX ids hold no ``/``).

Edges (``predicate``, association ``category``):

======================  ==================================  ===========================  ===========================================
subject                 predicate                           object                       category
======================  ==================================  ===========================  ===========================================
case                    biolink:mentioned_by                report                       biolink:Association
case                    biolink:related_to_at_instance_level  tumor                      biolink:CaseToDiseaseAssociation
case                    biolink:has_sequence_variant        fusion                       biolink:CaseToVariantAssociation
fusion                  biolink:is_sequence_variant_of      gene (``fusion_partner``)    biolink:VariantToGeneAssociation
case                    biolink:has_phenotype               adverse event (``ctcae_grade``)  biolink:CaseToPhenotypicFeatureAssociation
case                    biolink:related_to_at_instance_level  therapy line               biolink:Association
therapy line            biolink:has_participant             drug                         biolink:Association
drug                    biolink:has_adverse_event           adverse event                biolink:Association
case                    biolink:related_to_at_instance_level  procedure (``date``)       biolink:Association
======================  ==================================  ===========================  ===========================================

Every edge has ``knowledge_level`` ``observation``, ``agent_type`` ``text_mining_agent``,
``primary_knowledge_source`` ``infores:kg-oncocase`` and ``publications`` (the report's PMID/PMCID/DOI CURIEs).
Several values in one cell are separated by ``|`` (KGX's list delimiter).
"""
from __future__ import annotations

import hashlib

from rdflib import URIRef

from kg.export.cases_csv import fusion_label
from kg.export.details import CaseDetails, selected_cases
from kg.graph.iri import fact_iri
from kg.prefixes import compress, expand
from kg.query.responses import best_of

NODE_COLUMNS = ("id", "category", "name", "description", "provided_by", "xref", "iri", "has_drug", "start_date",
                "end_date", "best_response")
EDGE_COLUMNS = ("id", "subject", "predicate", "object", "category", "knowledge_level", "agent_type",
                "primary_knowledge_source", "publications", "fusion_partner", "ctcae_grade", "date")
SOURCE = "infores:kg-oncocase"
_EDGE_DEFAULTS = {"knowledge_level": "observation", "agent_type": "text_mining_agent",
                  "primary_knowledge_source": SOURCE}


def node_id(iri: str) -> str:
    """KGX id of a case, fusion or line node: ``kgr:<report key>#case-1-fusion-1``.

    KGX's CURIE check allows no ``/`` after the prefix, so the path of the fact IRI becomes a
    fragment of the report IRI; the fact IRI itself is the node's ``iri``.

    >>> node_id("https://w3id.org/kg-oncocase/report/ab12/case/1/therapy/2")
    'kgr:ab12#case-1-therapy-2'
    """
    curie = compress(iri)
    if curie is None or not curie.startswith("kgr:"):
        return curie or iri
    key, _, path = curie.partition("/")
    return f"{key}#{path.replace('/', '-')}" if path else key


def _publication_curies(case: dict) -> list[str]:
    """The report's ids as CURIEs of the prefix map (``PMID:1``, ``PMCID:PMC2``, ``doi:10...``)."""
    out = []
    for ident in case["report_ids"]:
        prefix, _, local = ident.partition(":")
        if prefix in ("doi", "pmid", "pmcid") and local:
            out.append(compress(expand(f"{prefix}:{local.upper() if prefix == 'pmcid' else local}")))
    return out


def _report_node(case: dict, details: CaseDetails | None) -> tuple[str, list[str]]:
    """(id, xrefs) of the report node: its PMID or PMCID (a DOI has a ``/``, which KGX ids cannot
    hold), else its ``kgr:`` IRI with the DOI as xref."""
    pubs = _publication_curies(case)
    ids = [p for p in pubs if not p.startswith("doi:")]
    if ids:
        return ids[0], [p for p in pubs if p != ids[0]]
    report = details.report if details and details.report else case["case"].rsplit("/case/", 1)[0]
    return node_id(report), pubs


class _Graph:
    def __init__(self):
        self.nodes: dict[str, dict] = {}
        self.edges: dict[str, dict] = {}

    def node(self, id_: str, category: str, name: str | None, **props) -> str:
        if id_ not in self.nodes:
            self.nodes[id_] = {"id": id_, "category": category, "name": name or "", "provided_by": SOURCE, **props}
        return id_

    def edge(self, case_id: str, subject: str, predicate: str, obj: str, category: str, publication: str,
             **props) -> None:
        key = hashlib.sha256(f"{subject}\x00{predicate}\x00{obj}".encode()).hexdigest()[:16]
        edge_id = f"{case_id}-edge-{key}"
        self.edges.setdefault(edge_id, {"id": edge_id, "subject": subject, "predicate": predicate, "object": obj,
                                        "category": category, "publications": publication, **_EDGE_DEFAULTS,
                                        **{k: v for k, v in props.items() if v is not None}})


def _add_case(g: _Graph, case: dict, details: CaseDetails | None) -> None:
    case_iri = URIRef(case["case"])
    cid = node_id(case["case"])
    pub, xrefs = _report_node(case, details)
    publications = "|".join(_publication_curies(case)) or pub
    who = " ".join(str(x) for x in (f"{case['age']}-year-old" if case["age"] is not None else None, case["sex"]) if x)
    g.node(cid, "biolink:Case", f"case {case['case'].rsplit('/', 1)[-1]} of {case['report']}", description=who,
           iri=case["case"])
    g.node(pub, "biolink:Publication", details.title if details else None, xref="|".join(xrefs))
    g.edge(cid, cid, "biolink:mentioned_by", pub, "biolink:Association", publications)
    for d in case["diagnoses"]:
        g.node(d["id"], "biolink:Disease", d["label"])
        g.edge(cid, cid, "biolink:related_to_at_instance_level", d["id"], "biolink:CaseToDiseaseAssociation",
               publications)
    for n, f in enumerate(case["fusions"], 1):
        fusion = str(fact_iri(case_iri, "fusion", n))
        fid = g.node(node_id(fusion), "biolink:SequenceVariant", fusion_label(f),
                     description="gene fusion (SO:0001565)", iri=fusion)
        g.edge(cid, cid, "biolink:has_sequence_variant", fid, "biolink:CaseToVariantAssociation", publications)
        for side, gene in (("5'", f.get("five_prime")), ("3'", f.get("three_prime"))):
            if gene:
                g.node(gene["id"], "biolink:Gene", gene["label"])
                g.edge(cid, fid, "biolink:is_sequence_variant_of", gene["id"], "biolink:VariantToGeneAssociation",
                       publications, fusion_partner=side)
    for ae in case["adverse_events"]:
        g.node(ae["id"], "biolink:PhenotypicFeature", ae["label"])
        g.edge(cid, cid, "biolink:has_phenotype", ae["id"], "biolink:CaseToPhenotypicFeatureAssociation", publications,
               ctcae_grade=ae["grade"])
        for drug in ae["drugs"]:
            g.edge(cid, drug, "biolink:has_adverse_event", ae["id"], "biolink:Association", publications)
    for line in case["treatments"]:
        best = best_of(line["responses"])
        therapy = str(fact_iri(case_iri, "therapy", line["line"]))
        lid = g.node(node_id(therapy), "biolink:Treatment",
                     f"line {line['line']}: " + " + ".join(d["label"] for d in line["drugs"]),
                     has_drug="|".join(d["id"] for d in line["drugs"]), start_date=line["start"],
                     end_date=line["end"], best_response=best["id"] if best else None, iri=therapy)
        g.edge(cid, cid, "biolink:related_to_at_instance_level", lid, "biolink:Association", publications)
        for drug in line["drugs"]:
            g.node(drug["id"], "biolink:Drug", drug["label"])
            g.edge(cid, lid, "biolink:has_participant", drug["id"], "biolink:Association", publications)
    for proc in case["procedures"]:
        g.node(proc["id"], "biolink:Procedure", proc["label"])
        g.edge(cid, cid, "biolink:related_to_at_instance_level", proc["id"], "biolink:Association", publications,
               date=proc["date"])


def kgx_tables(store, case: str | None = None, graph: str | None = None) -> tuple[list[dict], list[dict]]:
    """(nodes, edges) of every case in the store (or only ``case``, or the cases of one report
    ``graph``), as KGX rows."""
    g = _Graph()
    for c, details in selected_cases(store, case, graph):
        _add_case(g, c, details)
    # a drug named only by an adverse event's attribution still needs its node
    for e in list(g.edges.values()):
        if e["predicate"] == "biolink:has_adverse_event" and e["subject"] not in g.nodes:
            g.node(e["subject"], "biolink:Drug", None)
    return list(g.nodes.values()), list(g.edges.values())


def _cell(key: str, value) -> str:
    """One TSV cell: no tab or line break inside (KGX reads unquoted TSV); ``|`` separates list
    values, so a single value (a name) never carries one."""
    if value is None:
        return ""
    text = " ".join(str(value).split())
    return text.replace("|", "/") if key in ("name", "description") else text


def _tsv(rows: list[dict], columns: tuple[str, ...]) -> str:
    lines = ["\t".join(columns)]
    lines += ["\t".join(_cell(c, r.get(c)) for c in columns) for r in rows]
    return "\n".join(lines) + "\n"


def kgx_tsv(store, case: str | None = None, graph: str | None = None) -> tuple[str, str]:
    """(nodes TSV, edges TSV) text."""
    nodes, edges = kgx_tables(store, case, graph)
    return _tsv(nodes, NODE_COLUMNS), _tsv(edges, EDGE_COLUMNS)


__all__ = ["kgx_tables", "kgx_tsv", "NODE_COLUMNS", "EDGE_COLUMNS", "SOURCE"]
