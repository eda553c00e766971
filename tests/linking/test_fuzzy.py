"""The TF-IDF + nmslib linker over our own terms (tmp term list, invented ids)."""
from __future__ import annotations

import pytest

from kg.linking import TermLinker, build_kb
from kg.terms import read_term_file

TERMS = """id\tlabel\ttype\tsynonyms\tsource\tsource_version\txrefs\textra
TEST:criz\tcrizotinib\tdrug\tXalkori|PF-02341066\tlocal\t\t\t
TEST:alec\talectinib\tdrug\tAlecensa\tlocal\t\t\t
TEST:lorl\tlorlatinib\tdrug\tLorbrena\tlocal\t\t\t
TEST:napr\tnaproxen\tdrug\tNaprosyn|Aleve\tlocal\t\t\t
TEST:vino\tvinorelbine\tdrug\tNavelbine\tlocal\t\t\t
TEST:neut\tNeutrophil count decreased\tadverse_event\tneutropenia\tlocal\t\t\t
TEST:diar\tDiarrhea\tadverse_event\tdiarrhoea\tlocal\t\t\t
TEST:lung\tLung\ttumor\t\tOncoTree\t\t\ttissue=Tissue
TEST:imt\tInflammatory Myofibroblastic Tumor\ttumor\tIMT\tlocal\t\t\t
"""


@pytest.fixture(scope="module")
def terms(tmp_path_factory):
    d = tmp_path_factory.mktemp("terms")
    (d / "t.tsv").write_text(TERMS, encoding="utf-8")
    return read_term_file(d / "t.tsv")


@pytest.fixture(scope="module")
def linker(terms, tmp_path_factory):
    return TermLinker(terms, cache=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("mention,curie", [
    ("crizotinb", "TEST:criz"),
    ("Xalkori", "TEST:criz"),
    ("alectinb", "TEST:alec"),
    ("naproxene", "TEST:napr"),
    ("navelbine", "TEST:vino"),
    ("NEUTROPENIA", "TEST:neut"),
])
def test_variants_link_to_the_right_term(linker, mention, curie):
    hit = linker.link(mention)
    assert hit is not None and hit[0] == curie


@pytest.mark.parametrize("mention", ["hospital", "patient", "surgeon", "afterwards", "lorry"])
def test_unrelated_words_do_not_link(linker, mention):
    assert linker.link(mention) is None


def test_exact_alias_scores_one_and_typo_less(linker):
    assert linker.link("Xalkori")[1] == 1.0
    assert 0.86 <= linker.link("crizotinb")[1] < 1.0


def test_index_is_cached_on_disk_and_reused(terms, tmp_path):
    TermLinker(terms, cache=tmp_path)
    files = {p.name for p in (tmp_path / "linker").rglob("*") if p.is_file()}
    assert {"aliases.json", "tfidf.joblib", "ann.bin"} <= files
    again = TermLinker(terms, cache=tmp_path)  # loads the cache
    assert again.link("crizotinb")[0] == "TEST:criz"
    # other terms -> another key, the first cache is left alone
    TermLinker(terms[:3], cache=tmp_path)
    assert len([p for p in (tmp_path / "linker").iterdir() if p.is_dir()]) == 2


def test_corrupt_cache_is_rebuilt(terms, tmp_path):
    TermLinker(terms, cache=tmp_path)
    for p in (tmp_path / "linker").rglob("ann.bin"):
        p.write_bytes(b"garbage")
    assert TermLinker(terms, cache=tmp_path).link("alectinb")[0] == "TEST:alec"


def test_kb_holds_curie_label_and_aliases(terms):
    kb = build_kb(terms, types=["drug"])
    assert kb.cui_to_entity["TEST:criz"].canonical_name == "crizotinib"
    assert kb.alias_to_cuis["Xalkori"] == {"TEST:criz"}
    assert "TEST:neut" not in kb.cui_to_entity


def test_pipeline_links_typos_but_not_sites_or_common_words(terms, tmp_path, monkeypatch):
    from kg.nlp import build_pipeline

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path))
    nlp = build_pipeline(terms=terms)
    doc = nlp("After progression on crizotinb, lorlatinb was started; the lungs and the hospital were fine.")
    got = {(e.text, e._.curie) for e in doc.ents}
    assert ("crizotinb", "TEST:criz") in got
    assert ("lorlatinb", "TEST:lorl") in got
    assert not any(e._.curie == "TEST:lung" for e in doc.ents)  # OncoTree tissue nodes are sites
    assert all(e.text not in ("hospital", "lungs") for e in doc.ents)
