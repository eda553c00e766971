"""kg.plot.timeline: the per-case figure, read back by an independent XML parser."""
import xml.etree.ElementTree as ET

from hostile_report import load_hostile
from kg.plot.timeline import timeline_svg
from kg.query import run_query
from kg.query.cases import cases_json

SVG = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
CA = RA + "/case/1"


def ids(root, prefix):
    return sorted(e.get("id") for e in root.iter() if (e.get("id") or "").startswith(prefix))


def test_timeline_one_bar_per_line_linked_to_its_row_and_markers(store):
    (case,) = cases_json(store, case=CA, iris=True)
    root = ET.fromstring(timeline_svg(case))
    assert root.tag == SVG + "svg"
    lines = run_query(store, "therapy_sequence", {"case": CA})[1]   # the lines, read independently
    assert ids(root, "line-") == [f"line-{n}" for n in range(1, len(lines) + 1)] == ["line-1", "line-2"]
    for n in (1, 2):
        bar = next(e for e in root.iter(SVG + "g") if e.get("id") == f"line-{n}")
        (link,) = bar.iter(SVG + "a")
        assert link.get(XLINK) == f"#fact-line-{n}" and link.get("target") is None   # a link within the page
    # line 1: SD; line 2: SD then PR; neutropenia on line 1's drugs, blurred vision on crizotinib; one procedure
    assert ids(root, "response-") == ["response-1-1", "response-2-1", "response-2-2"]
    assert ids(root, "adverse-event-") == ["adverse-event-1", "adverse-event-2"]
    assert ids(root, "procedure-") == ["procedure-1"]
    texts = " ".join("".join(t.itertext()) for t in root.iter(SVG + "text"))
    assert "Line 1: doxorubicin + ifosfamide" in texts and "2019-05 – 2020-01" in texts


def test_timeline_text_with_markup_and_dollars_stays_text():
    from kg.store import open_store

    st = open_store(None)
    case_iri = load_hostile(st)
    (case,) = cases_json(st, case=case_iri, iris=True)
    svg = timeline_svg(case)
    root = ET.fromstring(svg)                      # well-formed XML: every '<' in report text was escaped
    assert not [e for e in root.iter() if e.tag.split("}")[-1].lower() in ("script", "img", "foreignobject")]
    assert "<script>" not in svg and "&lt;script&gt;" in svg
    texts = ["".join(t.itertext()) for t in root.iter(SVG + "text")]
    assert any("crizo<script>" in t for t in texts)
    assert not [e for e in root.iter() if any(k.lower().startswith("on") for k in e.attrib)]


def test_timeline_dollars_are_drawn_as_written_not_as_math():
    case = {"case": "x", "adverse_events": [], "procedures": [],
            "treatments": [{"line": 1, "start": "2020", "end": None, "iris": [], "responses": [],
                            "drugs": [{"id": None, "label": "$\\frac{1}{2$ drug", "iris": []}]}]}
    root = ET.fromstring(timeline_svg(case))      # unbalanced mathtext would raise if it were parsed
    assert "Line 1: $\\frac{1}{2$ drug" in ["".join(t.itertext()) for t in root.iter(SVG + "text")]


def test_timeline_nothing_to_draw_is_none():
    assert timeline_svg({"case": "x", "treatments": [], "procedures": [], "adverse_events": []}) is None


def test_timeline_undated_lines_still_one_bar_each():
    case = {"case": "x", "adverse_events": [], "procedures": [],
            "treatments": [{"line": n, "start": None, "end": None, "iris": [], "responses": [],
                            "drugs": [{"id": "NCIT:C1", "label": "drug", "iris": []}]} for n in (1, 2, 3)]}
    root = ET.fromstring(timeline_svg(case))
    assert ids(root, "line-") == ["line-1", "line-2", "line-3"]
    assert any("not to scale" in "".join(t.itertext()) for t in root.iter(SVG + "text"))
