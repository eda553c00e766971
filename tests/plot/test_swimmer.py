"""kg.plot.swimmer: one lane per case a named query selects, one bar per line; SVG read back by
an independent XML parser, PNG by its header."""
import re
import struct
import xml.etree.ElementTree as ET

import pytest

from fixture_helpers import FIXTURE_TRIG
from hostile_report import LINES_TRIG, load_hostile
from kg.errors import ExportError, NotFoundError, QueryError
from kg.plot.swimmer import select_cases, write_swimmer
from kg.query import run_query
from kg.store import open_store

LANE = re.compile(r"^lane-(\d+)-line-(\d+)$")


@pytest.fixture(scope="module")
def cohort():
    st = open_store(None)
    st.load_file(FIXTURE_TRIG)
    st.load_file(LINES_TRIG)
    load_hostile(st)
    yield st
    st.close()


def lanes(svg_path) -> dict[int, int]:
    """bars per lane, from the SVG ids"""
    got: dict[int, int] = {}
    for e in ET.parse(svg_path).getroot().iter():
        m = LANE.match(e.get("id") or "")
        if m:
            got[int(m.group(1))] = got.get(int(m.group(1)), 0) + 1
    return got


def selected(st, query, **params) -> list[str]:
    cols, rows = run_query(st, query, params)
    return list(dict.fromkeys(r[cols.index("case")] for r in rows))


def lines_of(st, case) -> int:
    return len(run_query(st, "therapy_sequence", {"case": case})[1])


@pytest.mark.parametrize("gene", ["ROS1", "ALK"])
def test_swimmer_one_lane_per_case_the_query_selects(cohort, tmp_path, gene):
    out = tmp_path / f"{gene}.svg"
    cases = selected(cohort, "cases_by_fusion_gene", gene=gene)
    assert len(cases) >= 2          # the fixture has two ROS1 and three ALK cases
    assert write_swimmer(cohort, out, "cases_by_fusion_gene", {"gene": gene}) == len(cases)
    assert lanes(out) == {i + 1: lines_of(cohort, c) for i, c in enumerate(cases)}


def test_swimmer_every_case_without_query_and_lane_labels(cohort, tmp_path):
    out = tmp_path / "all.svg"
    everything = selected(cohort, "cases")
    assert write_swimmer(cohort, out) == len(everything) == 5
    text = out.read_text(encoding="utf-8")
    assert "doi:10.1000/jimt.2021.1 · YWHAE::ROS1" in text and "pmid:222 · ALK" in text
    assert "<script>" not in text     # the hostile report's label is escaped text
    ET.parse(out)


def test_swimmer_png(cohort, tmp_path):
    out = tmp_path / "all.png"
    write_swimmer(cohort, out)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    assert width > 500 and height > 200


def test_swimmer_refuses_what_it_cannot_draw(cohort, tmp_path):
    with pytest.raises(ExportError, match=r"\.svg or \.png"):
        write_swimmer(cohort, tmp_path / "x.pdf")
    with pytest.raises(QueryError, match="no `case` column"):
        write_swimmer(cohort, tmp_path / "x.svg", "cases_per_tumor_type")
    with pytest.raises(NotFoundError, match="selects no patient case"):
        write_swimmer(cohort, tmp_path / "x.svg", "cases_by_fusion_gene", {"gene": "NTRK9"})
    (tmp_path / "link.svg").symlink_to(tmp_path / "elsewhere.svg")
    with pytest.raises(ExportError, match="symbolic link"):
        write_swimmer(cohort, tmp_path / "link.svg")
    assert not (tmp_path / "x.svg").exists() and not (tmp_path / "elsewhere.svg").exists()


def test_select_cases_keeps_the_query_order_and_many_cases_by_listing(cohort, monkeypatch):
    import kg.plot.swimmer as swimmer

    expected = selected(cohort, "cases_by_fusion_gene", gene="ALK")
    assert [c["case"] for c in select_cases(cohort, "cases_by_fusion_gene", {"gene": "ALK"})] == expected
    monkeypatch.setattr(swimmer, "LOOKUP_LIMIT", 0)   # the listing path gives the same cases
    assert [c["case"] for c in select_cases(cohort, "cases_by_fusion_gene", {"gene": "ALK"})] == expected
