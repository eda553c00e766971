"""The two seed reports read into the expected ids, kinds and sections."""
from pathlib import Path

import pytest

from kg.model import SECTION_KINDS
from kg.readers import read_path

SHARED = Path(__file__).resolve().parents[3] / "shared"
SEEDS = SHARED / "corpus" / "seeds"


@pytest.fixture(scope="module")
def seeds():
    if not SEEDS.is_dir():
        pytest.skip(f"../shared not found: {SEEDS} (the real-data tests need the shared corpus beside the checkout)")
    text_seed = next(SEEDS.glob("000_*.txt"))
    jats_seed = next(SEEDS.glob("001_*.txt"))
    return list(read_path(text_seed)), list(read_path(jats_seed))


def _sections(doc, kind):
    return [s.text_of(doc) for s in doc.sections if s.kind == kind]


def _assert_offsets(doc):
    assert doc.sections, "a document without sections"
    previous_end = 0
    for s in doc.sections:
        assert s.kind in SECTION_KINDS
        assert previous_end <= s.start < s.end <= len(doc.text)
        text = doc.text[s.start:s.end]
        assert text == text.strip() and text  # offsets cover exactly the section's text
        previous_end = s.end


def test_text_seed_ids_and_case_section(seeds):
    (doc,), _ = seeds
    assert doc.format == "text"
    assert doc.ids[0] == "doi:10.3389/fonc.2021.658327"
    assert doc.article_type == "case-report"
    assert doc.title.startswith("Outstanding Response in a Patient With ROS1-Rearranged")
    cases = _sections(doc, "case")
    assert any("In April 2018 a 23-year-old Caucasian man" in c for c in cases)
    _assert_offsets(doc)


def test_text_seed_keeps_captions_and_furniture_out_of_case(seeds):
    (doc,), _ = seeds
    case = "\n".join(_sections(doc, "case"))
    assert "FIGURE" not in case and "Timeline of patient" not in case
    captions = _sections(doc, "caption")
    assert len(captions) == 6 and captions[0].startswith("FIGURE 1 |")
    # Sentences broken by a page/figure break are whole again.
    assert "a second opinion from an expert pathologist" in case
    assert "rapidly increasing palpable mass" in case
    assert "crizotinib was continued until June 2020" in case
    assert "**" not in doc.text and "*rectus" not in doc.text


def test_text_seed_abstract_front_matter_and_back_matter(seeds):
    (doc,), _ = seeds
    abstract = "\n".join(_sections(doc, "abstract"))
    assert abstract.startswith("Inflammatory myofibroblastic tumor (IMT) is a very rare subtype")
    assert "Edited by" not in abstract and "Genova" not in abstract
    front = "\n".join(_sections(doc, "front_matter"))
    assert "Reviewed by" in front and "doi: 10.3389/fonc.2021.658327" in front
    fact_text = "\n".join(_sections(doc, "case") + _sections(doc, "abstract"))
    assert "Written informed consent" not in fact_text  # ethics statement is back matter
    assert any("conflict of interest" in s.title.lower() for s in doc.sections if s.kind == "back_matter")


def test_jats_seed(seeds):
    _, (doc,) = seeds
    assert doc.format == "jats"
    assert doc.ids == ["doi:10.3389/fonc.2024.1505257"]
    assert doc.article_type == "case-report"
    assert doc.journal == "Frontiers in Oncology"
    case = "\n".join(_sections(doc, "case"))
    assert "15-years-old female patient" in case
    assert doc.license and "Creative Commons" in doc.license
    for kind in ("case", "abstract", "introduction", "discussion"):
        assert doc.license not in "\n".join(_sections(doc, kind))
    assert not any("Funding" in s.title for s in doc.sections if s.kind in ("case", "abstract"))
    _assert_offsets(doc)
