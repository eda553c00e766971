"""kg.export.phenopacket: every document parses into the `phenopackets` package's protobuf classes
(GA4GH Phenopacket v2), and carries the case's facts where the schema puts them."""
from __future__ import annotations

import io
import json

import pytest
from google.protobuf.json_format import Parse, ParseDict
from phenopackets import Phenopacket

from kg.export import export
from kg.export.phenopacket import phenopackets, to_phenopacket

CA = "https://w3id.org/kg-oncocase/report/3903f785d287a078/case/1"
CB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28/case/1"
GB = "https://w3id.org/kg-oncocase/graph/03ead7cb796a0e28"


def parsed(doc: dict) -> Phenopacket:
    """The independent consumer: protobuf's JSON parser into the GA4GH classes (unknown fields,
    wrong types or enum values raise)."""
    return ParseDict(doc, Phenopacket())


@pytest.fixture(scope="module")
def docs(store):
    return {d["subject"]["id"]: d for d in phenopackets(store)}


def test_every_fixture_document_is_a_valid_phenopacket(docs):
    assert set(docs) == {"kgr:3903f785d287a078/case/1", "kgr:03ead7cb796a0e28/case/1"}
    for d in docs.values():
        pp = parsed(d)
        assert pp.meta_data.phenopacket_schema_version == "2.0"


def test_subject_diseases_and_fusion_interpretation(docs):
    pp = parsed(docs["kgr:3903f785d287a078/case/1"])
    assert pp.subject.sex == 2  # MALE
    assert pp.subject.time_at_last_encounter.age.iso8601duration == "P23Y"
    assert pp.subject.vital_status.status == 1  # ALIVE ("alive without evidence of disease")
    assert [(d.term.id, d.term.label) for d in pp.diseases] == [("NCIT:C6481", "inflammatory myofibroblastic tumor")]
    (gi,) = pp.interpretations[0].diagnosis.genomic_interpretations
    vd = gi.variant_interpretation.variation_descriptor
    assert vd.label == "YWHAE::ROS1" and vd.structural_type.id == "SO:0001565"
    assert (vd.gene_context.value_id, vd.gene_context.symbol) == ("HGNC:10261", "ROS1")
    assert [e.value for e in vd.extensions] == ["HGNC:12851 YWHAE", "HGNC:10261 ROS1"]
    assert gi.subject_or_biosample_id == pp.subject.id


def test_fusion_with_unnamed_partner_has_the_named_gene_as_context(docs):
    pp = parsed(docs["kgr:03ead7cb796a0e28/case/1"])
    assert pp.subject.sex == 1 and not pp.subject.HasField("vital_status")  # FEMALE; no outcome told
    vd = pp.interpretations[0].diagnosis.genomic_interpretations[0].variant_interpretation.variation_descriptor
    assert vd.label == "?::ALK" and vd.gene_context.value_id == "HGNC:427"
    assert [e.name for e in vd.extensions] == ["3' partner"]


def test_every_therapy_line_drug_is_a_medical_action_with_interval_best_response_and_aes(docs):
    pp = parsed(docs["kgr:3903f785d287a078/case/1"])
    treatments = [a for a in pp.medical_actions if a.HasField("treatment")]
    assert [a.treatment.agent.id for a in treatments] == ["NCIT:C456", "NCIT:C564", "NCIT:C74061"]
    crizotinib = treatments[2]
    assert crizotinib.response_to_treatment.id == "NCIT:C18058"          # best of SD, PR
    assert [a.id for a in crizotinib.adverse_events] == ["MEDDRA:10005886"]
    interval = crizotinib.treatment.dose_intervals[0].interval
    assert (interval.start.ToJsonString(), interval.end.ToJsonString()) == ("2019-05-01T00:00:00Z", "2020-01-01T00:00:00Z")
    assert crizotinib.treatment_target.id == "NCIT:C6481"
    assert [a.id for a in treatments[0].adverse_events] == ["MEDDRA:10029366"]
    assert not treatments[0].HasField("treatment_termination_reason")   # "no response": free text only
    (proc,) = [a for a in pp.medical_actions if a.HasField("procedure")]
    assert proc.procedure.code.id == "KG:procedure-wide-excision"
    assert proc.procedure.performed.timestamp.ToJsonString() == "2020-01-01T00:00:00Z"


def test_termination_for_progression_is_progressive_disease_and_lines_without_dates_have_no_interval(docs):
    pp = parsed(docs["kgr:03ead7cb796a0e28/case/1"])
    line1, line2 = [a for a in pp.medical_actions if a.HasField("treatment")]
    assert line1.treatment_termination_reason.id == "NCIT:C35571"        # reason "progression"
    assert line2.response_to_treatment.id == "NCIT:C4870"
    assert line2.treatment.dose_intervals[0].interval.start.ToJsonString() == "2018-01-01T00:00:00Z"


def test_references_and_evidence(docs):
    refs = docs["kgr:3903f785d287a078/case/1"]["metaData"]["externalReferences"]
    assert refs[0] == {"id": "doi:10.1000/jimt.2021.1", "reference": "https://doi.org/10.1000/jimt.2021.1",
                       "description": "ROS1-rearranged inflammatory myofibroblastic tumor treated with crizotinib"}
    assert refs[1]["id"] == "PMID:111"
    evidence = [r for r in refs if "/sentence/" in r["reference"]]   # the sentence node of each fact's evidence
    assert len(evidence) == 4
    assert evidence[2]["reference"].endswith("/sentence/195-228")
    assert "YWHAE-ROS1" in evidence[2]["description"] and "NGS revealed" in evidence[2]["description"]
    prefixes = {r["namespacePrefix"] for r in docs["kgr:3903f785d287a078/case/1"]["metaData"]["resources"]}
    assert prefixes == {"NCIT", "HGNC", "MEDDRA", "SO", "KG"}


def test_export_writes_json_lines_or_one_document_for_a_case(store):
    buf = io.BytesIO()
    export(store, "phenopacket", buf)
    lines = buf.getvalue().decode().splitlines()
    assert len(lines) == 2 and all(parsed(json.loads(line)) for line in lines)
    buf = io.BytesIO()
    export(store, "phenopacket", buf, case=CA)
    assert json.loads(buf.getvalue())["id"] == "kgr:3903f785d287a078/case/1"
    buf = io.BytesIO()
    export(store, "phenopacket", buf, graph=GB)
    assert [json.loads(line)["id"] for line in buf.getvalue().splitlines()] == ["kgr:03ead7cb796a0e28/case/1"]


def test_a_case_with_nothing_known_is_still_a_valid_phenopacket():
    case = {"case": CA, "report": None, "report_ids": [], "age": None, "sex": None, "diagnoses": [],
            "fusions": [], "treatments": [], "adverse_events": [], "procedures": []}
    pp = parsed(to_phenopacket(case))
    assert pp.subject.sex == 0 and not pp.medical_actions and not pp.interpretations


def exported_documents(store, tmp_path) -> list[dict]:
    """`kg export --format phenopacket` to a file, every line parsed from its JSON text by protobuf's
    parser into the GA4GH classes (the consumer reads the file, not kg's dicts)."""
    path = tmp_path / "cases.jsonl"
    export(store, "phenopacket", path)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        try:
            Parse(line, Phenopacket())
        except Exception as e:  # noqa: BLE001 - name the case that fails
            raise AssertionError(f"{line[:120]}: {e}") from e
    return [json.loads(line) for line in lines]


@pytest.mark.system
def test_seed_phenopackets_are_valid_and_carry_the_crizotinib_response(seeds_store, tmp_path):
    docs = exported_documents(seeds_store, tmp_path)
    assert len(docs) == len(phenopackets(seeds_store))
    agents = {a["treatment"]["agent"]["id"]: a for d in docs for a in d.get("medicalActions", []) if "treatment" in a}
    assert agents["NCIT:C74061"]["responseToTreatment"]["id"] in ("NCIT:C18058", "NCIT:C4870")
    assert any(d["subject"].get("timeAtLastEncounter") == {"age": {"iso8601duration": "P23Y"}} for d in docs)


@pytest.mark.system
def test_corpus_phenopackets_are_all_valid(corpus_store, tmp_path):
    from kg.query.cases import cases_json

    assert len(exported_documents(corpus_store, tmp_path)) == len(cases_json(corpus_store))
