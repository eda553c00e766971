"""ontology/fusions/fusion_tumors.tsv (the fusions that define a tumour entity, read by
kg.extraction.diagnoses when a case names its tumour only by the fusion): every tumour id is a
shipped tumour term of that label and is verified against ../shared/terminology; every pair is a
known fusion; every CIViC evidence row it cites pairs that fusion with that tumour."""
import csv
from pathlib import Path

import pytest

from kg.nlp.fusion import FUSION_SITE_TUMORS_FILE, FUSION_TUMORS_FILE, fusion_site_tumors, fusion_tumors, known_fusions
from kg.terms import load_terms

SHARED = Path(__file__).resolve().parents[3] / "shared"
if not (SHARED / "terminology").is_dir():
    pytest.skip(f"../shared not found: {SHARED}", allow_module_level=True)

from kg.terms.verify import build_index, check_id  # noqa: E402

ROWS = list(csv.DictReader(FUSION_TUMORS_FILE.open(encoding="utf-8"), delimiter="\t"))
CIVIC = SHARED / "corpora" / "civic" / "civic_accepted_evidence_2026-05.tsv"


def _norm(s: str) -> str:
    return " ".join(s.lower().replace("-", " ").replace("/", " ").split())


def test_table_shape_and_loader():
    assert {"five_prime", "three_prime", "tumor_id", "tumor_label", "sources"} == set(ROWS[0])
    assert len(fusion_tumors()) == len(ROWS) >= 10
    assert fusion_tumors()[("EWSR1", "FLI1")][0] == "NCIT:C4817"


def test_every_tumour_id_is_a_shipped_verified_tumour_term():
    terms = {t.id: t for t in load_terms(include_user=False) if t.type == "tumor"}
    idx = build_index(SHARED)
    for r in ROWS:
        t = terms.get(r["tumor_id"])
        assert t is not None and t.label == r["tumor_label"], r
        assert check_id(idx, r["tumor_id"], list(t.names), "fusion_tumors.tsv") is None, r


def test_every_pair_is_a_known_fusion():
    for r in ROWS:
        assert (r["five_prime"], r["three_prime"]) in known_fusions().pairs, r


def test_every_cited_civic_row_pairs_the_fusion_with_the_tumour():
    csv.field_size_limit(1 << 30)
    rows = {r["evidence_id"]: r for r in csv.DictReader(CIVIC.open(encoding="utf-8"), delimiter="\t")}
    names = {t.id: {_norm(n) for n in t.names} for t in load_terms(include_user=False) if t.type == "tumor"}
    # DO's NCIt cross-references of the CIViC disease ids
    xrefs: dict[str, set[str]] = {}
    for block in (SHARED / "terminology" / "disease_ontology" / "NCIthesaurus.obo").read_text(encoding="utf-8").split("\n\n"):
        lines = block.splitlines()
        doid = next((ln[4:] for ln in lines if ln.startswith("id: DOID:")), None)
        if doid:
            xrefs[doid.split(":")[1]] = {"NCIT:" + ln.split("NCI:")[1] for ln in lines if ln.startswith("xref: NCI:")}
    for r in ROWS:
        for src in r["sources"].split("|"):
            assert src.startswith("civic.eid:"), src
            ev = rows[src.split(":")[1]]
            assert f"{r['five_prime']}::{r['three_prime']}" in ev["molecular_profile"], (r, ev["molecular_profile"])
            assert ev["evidence_type"] == "Diagnostic", (r, src)
            assert _norm(ev["disease"]) in names[r["tumor_id"]] or r["tumor_id"] in xrefs.get(ev["doid"], set()), (
                r, ev["disease"], ev["doid"])


SITE_ROWS = [r for r in csv.DictReader((ln for ln in FUSION_SITE_TUMORS_FILE.open(encoding="utf-8")
                                        if not ln.startswith("#")), delimiter="\t")]


def test_site_table_ids_are_shipped_verified_tumour_terms_of_known_fusions():
    """ontology/fusions/fusion_site_tumors.tsv: one row per (fusion, organ) whose tumour is a shipped,
    verified tumour term; every pair is a known fusion and has two organs or more (else it belongs in
    fusion_tumors.tsv); every cited CIViC row is diagnostic evidence of that fusion in that tumour."""
    terms = {t.id: t for t in load_terms(include_user=False) if t.type == "tumor"}
    idx = build_index(SHARED)
    assert len(fusion_site_tumors()[("ETV6", "NTRK3")]) == len([r for r in SITE_ROWS if r["five_prime"] == "ETV6"]) >= 3
    csv.field_size_limit(1 << 30)
    civic = {r["evidence_id"]: r for r in csv.DictReader(CIVIC.open(encoding="utf-8"), delimiter="\t")}
    for r in SITE_ROWS:
        t = terms.get(r["tumor_id"])
        assert t is not None and t.label == r["tumor_label"], r
        assert r["tumor_id"].startswith("KG:") or check_id(idx, r["tumor_id"], list(t.names), "fusion_site_tumors.tsv") is None, r
        assert (r["five_prime"], r["three_prime"]) in known_fusions().pairs, r
        assert (r["five_prime"], r["three_prime"]) not in fusion_tumors(), r
        for src in r["sources"].split("|"):
            ev = civic[src.split(":")[1]]
            assert f"{r['five_prime']}::{r['three_prime']}" in ev["molecular_profile"], (r, src)
            assert _norm(ev["disease"]).split()[-1] in _norm(r["tumor_label"]) or "fibrosarcoma" in _norm(ev["disease"]), (r, ev["disease"])
