"""ontology/fusions/known_fusions.tsv: every partner id verified against ../shared/terminology, every
pair found under the source ids it cites, and the file rebuilt byte for byte by tools/build_terms.py."""
import csv
import importlib.util
from pathlib import Path

import pytest

import kg
from kg.nlp.fusion import KNOWN_FUSIONS_FILE
from kg.terms import load_terms
from kg.terms import sources as S

SHARED = Path(__file__).resolve().parents[3] / "shared"
if not (SHARED / "terminology").is_dir():
    pytest.skip(f"../shared not found: {SHARED}", allow_module_level=True)

from kg.terms.verify import build_index  # noqa: E402

ROWS = list(csv.DictReader(KNOWN_FUSIONS_FILE.open(encoding="utf-8"), delimiter="\t"))


def test_known_fusions_is_shipped_in_the_ontology_folder():
    assert KNOWN_FUSIONS_FILE.parent.parent == kg.ONTOLOGY_DIR
    assert len(ROWS) > 150
    assert {"five_prime", "five_prime_id", "three_prime", "three_prime_id", "sources"} == set(ROWS[0])


def test_every_hgnc_partner_id_carries_its_own_symbol():
    idx = build_index(SHARED)
    for r in ROWS:
        for sym, gid in ((r["five_prime"], r["five_prime_id"]), (r["three_prime"], r["three_prime_id"])):
            if gid.startswith("HGNC:"):
                assert idx.hgnc_symbol.get(gid) == sym, (gid, sym)
            else:  # renamed since the HGNC extract: the project-local gene term of the same symbol
                assert gid.startswith("KG:gene-") and sym not in idx.hgnc_symbol.values(), (gid, sym)


def test_partner_ids_are_the_shipped_gene_terms():
    genes = {t.id: t.label for t in load_terms(include_user=False) if t.type == "gene"}
    for r in ROWS:
        assert genes.get(r["five_prime_id"]) == r["five_prime"]
        assert genes.get(r["three_prime_id"]) == r["three_prime"]


def test_every_pair_is_named_by_the_sources_it_cites():
    by_source: dict[str, set[tuple[str, str]]] = {}
    for f in sorted((SHARED / "corpora" / "civic").glob("*.tsv")):
        for a, b, src in S.read_civic_fusions(f):
            by_source.setdefault(src, set()).add((a, b))
    for a, b, src in S.read_moa_fusions(SHARED / "corpora" / "moa" / "molecular-oncology-almanac.json"):
        by_source.setdefault(src, set()).add((a, b))
    names = {t.id: set(t.names) for t in load_terms(include_user=False) if t.type == "gene"}
    for r in ROWS:
        cited = r["sources"].split("|")
        assert cited and all(c in by_source for c in cited), r
        # each source names this pair, 5' first, by these symbols or another name of the gene ("NPM-ALK")
        five, three = names[r["five_prime_id"]], names[r["three_prime_id"]]
        for c in cited:
            assert any(a in five and b in three for a, b in by_source[c]), (r, c, by_source[c])


def test_known_fusions_rebuild_byte_for_byte(tmp_path):
    spec = importlib.util.spec_from_file_location("build_terms", kg.ROOT / "tools" / "build_terms.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    out = tmp_path / "known_fusions.tsv"
    assert mod.build_fusions(SHARED, out) == len(ROWS)
    assert out.read_bytes() == KNOWN_FUSIONS_FILE.read_bytes(), "known_fusions.tsv is stale: run tools/build_terms.py"
