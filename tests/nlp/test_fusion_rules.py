"""Fusion recognition against a small gene list (tmp terms, ids invented for the test)."""
from __future__ import annotations

import pytest

from kg.nlp import build_pipeline
from kg.terms import read_term_file

GENES = """id\tlabel\ttype\tsynonyms\tsource\tsource_version\txrefs\textra
TEST:alk\tALK\tgene\tCD246\tlocal\t\t\tkinase=yes
TEST:ros1\tROS1\tgene\tROS|MCF3\tlocal\t\t\tkinase=yes
TEST:ywhae\tYWHAE\tgene\t\tlocal\t\t\t
TEST:eml4\tEML4\tgene\tC2orf2\tlocal\t\t\t
TEST:tfg\tTFG\tgene\t\tlocal\t\t\t
TEST:esr1\tESR1\tgene\tER\tlocal\t\t\t
TEST:pgr\tPGR\tgene\tPR\tlocal\t\t\t
TEST:criz\tcrizotinib\tdrug\tXalkori\tlocal\t\t\t
TEST:fusion\tgene fusion\tfusion_class\tfusion|rearrangement\tlocal\t\t\t
"""


@pytest.fixture(scope="module")
def nlp(tmp_path_factory):
    d = tmp_path_factory.mktemp("terms")
    (d / "t.tsv").write_text(GENES, encoding="utf-8")
    mp = pytest.MonkeyPatch()
    mp.setenv("KG_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    try:
        yield build_pipeline(terms=read_term_file(d / "t.tsv"))
    finally:
        mp.undo()


def fusions(nlp, text):
    return [(e.text,
             (e._.fusion["five_prime"] or {}).get("id"),
             (e._.fusion["three_prime"] or {}).get("id")) for e in nlp(text).ents if e.label_ == "FUSION"]


@pytest.mark.parametrize("text,expected", [
    ("NGS showed a YWHAE-ROS1 fusion.", ("YWHAE-ROS1 fusion", "TEST:ywhae", "TEST:ros1")),
    ("RNA sequencing found EML4::ALK.", ("EML4::ALK", "TEST:eml4", "TEST:alk")),
    ("The EML4/ALK transcript was found.", ("EML4/ALK transcript", "TEST:eml4", "TEST:alk")),
    ("A TFG-ROS1 fusion was detected.", ("TFG-ROS1 fusion", "TEST:tfg", "TEST:ros1")),
    ("the YWHAE1-ROS1 fusion", ("YWHAE1-ROS1 fusion", "TEST:ywhae", "TEST:ros1")),
    ("ALK-rearranged tumors respond.", ("ALK-rearranged", None, "TEST:alk")),
    ("FISH showed ALK rearrangements.", ("ALK rearrangements", None, "TEST:alk")),
    ("We found a rearrangement of ALK.", ("rearrangement of ALK", None, "TEST:alk")),
    ("It harbored a ROS1 fusion.", ("ROS1 fusion", None, "TEST:ros1")),
    ("It harbored an ALK fusion.", ("ALK fusion", None, "TEST:alk")),
    ("The tumor was ALK-positive by IHC.", ("ALK-positive", None, "TEST:alk")),
    # kg/rules/fusions.jsonl: positivity of a rearrangement kinase names its fusion (partner unnamed)
    ("The tumor was ALK-positive.", ("ALK-positive", None, "TEST:alk")),
    ("It was positive for ROS1.", ("positive for ROS1", None, "TEST:ros1")),
])
def test_fusion_mentions(nlp, text, expected):
    assert fusions(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "The tumor was EGFR-positive.",           # not a rearrangement kinase: mutation or amplification
    "ALK-negative IMT",
    "a ROS1-TKI was given",
    "anti-ALK staining",
    "ER/PR status was checked",               # a gene list, not a fusion
    "tumor cells were ALK/ROS1-negative",
    "XYZ1-ROS1 fusion",                       # unknown 5' partner
])
def test_not_fusions(nlp, text):
    assert fusions(nlp, text) == []


def test_stray_digit_is_forgiven_only_next_to_a_kinase(nlp):
    # "EML41-TFG": neither partner is a kinase, so the typo is not repaired
    assert fusions(nlp, "EML41-TFG fusion") == []


def test_fusion_span_carries_the_fusion_class_term(nlp):
    (e,) = [e for e in nlp("ROS1 fusion").ents if e.label_ == "FUSION"]
    assert e._.curie == "TEST:fusion" and e._.term_type == "fusion"
    # the bare cue word is not an entity of its own
    assert [x.label_ for x in nlp("A fusion was suspected.").ents] == []
