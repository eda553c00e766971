"""Every external id shipped in ontology/ is verified against ../shared, label included."""
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
if not (SHARED / "terminology").is_dir():
    pytest.skip(f"../shared not found: {SHARED}", allow_module_level=True)

from kg.terms import load_terms  # noqa: E402
from kg.terms.loader import Term  # noqa: E402
from kg.terms.verify import build_index, report, verify_terms  # noqa: E402


def test_zero_contradicted_ids_and_counts():
    r = report(shared=SHARED)
    print("terms per type:", r["per_type"])
    print(f"external ids {r['external_ids']}, verified {r['verified']}, local-only {r['local_only']}, "
          f"xrefs {r['xrefs_verified']}/{r['xrefs_checked']}, ttl ids {r['ttl_ids_checked']}")
    assert r["problems"] == [], "\n".join(r["problems"][:20])
    assert r["verified"] == r["external_ids"] > 2000
    pt = r["per_type"]
    assert pt["tumor"] >= 1000
    assert pt["drug"] + pt["drug_class"] >= 250
    assert pt["adverse_event"] >= 837
    assert pt["gene"] >= 500


def test_known_traps_and_verified_examples():
    terms = {t.id: t for t in load_terms(include_user=False)}
    assert "NCIT:C71610" not in terms
    assert "NCIT:C97660" not in terms  # abemaciclib, not alectinib
    expect = {
        "NCIT:C74061": "crizotinib", "NCIT:C101790": "alectinib", "NCIT:C115112": "ceritinib",
        "NCIT:C98831": "brigatinib", "NCIT:C113655": "lorlatinib", "NCIT:C114984": "entrectinib",
        "NCIT:C6481": "inflammatory myofibroblastic tumor", "NCIT:C2926": "non-small cell lung cancer",
        "NCIT:C3512": "lung adenocarcinoma", "NCIT:C4870": "complete response",
        "NCIT:C18058": "partial response", "NCIT:C18213": "stable disease", "NCIT:C35571": "progressive disease",
        "HGNC:427": "alk", "HGNC:10261": "ros1", "HGNC:12851": "ywhae", "SO:0001565": "gene fusion",
        # fusion-partner-only genes and DO cancer-slim tumors (added in session 2)
        "HGNC:12691": "ezr", "HGNC:7671": "ncoa4", "NCIT:C4910": "colon carcinoma",
    }
    for curie, label in expect.items():
        assert terms[curie].label.lower() == label, curie
    assert dict(terms["HGNC:12691"].extra).get("partner_only") == "yes"
    assert not dict(terms["HGNC:427"].extra).get("partner_only")
    assert terms["NCIT:C4910"].source == "DO"


def test_verifier_catches_wrong_ids():
    idx = build_index(SHARED)
    bad = [
        Term("NCIT:C74061", "alectinib", "drug"),          # crizotinib's code under another name
        Term("HGNC:427", "ROS1", "gene"),                  # ALK's id with ROS1's symbol
        Term("MEDDRA:10002272", "Fatigue", "adverse_event"),  # Anemia's code
        Term("NCIT:C99999999", "made up", "drug"),         # in no file
        Term("DRUGBANK:DB00541", "vincristine", "drug", xrefs=("CHEBI:64310",)),  # crizotinib's ChEBI
    ]
    res = verify_terms(bad, idx)
    assert len(res.problems) == 5, res.problems
    good = [Term("NCIT:C74061", "Crizotinib", "drug"), Term("HGNC:10261", "ROS1", "gene"),
            Term("KG:drug-x", "x", "drug")]
    res = verify_terms(good, idx)
    assert res.ok and res.verified == 2 and res.local == 1
