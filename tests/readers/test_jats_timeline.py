"""JATS: a table whose caption names the case's timeline is read as the case's text (its rows, one a line)."""
from kg.readers import read_bytes

ARTICLE = b"""<article article-type="case-report"><front><article-meta><title-group>
<article-title>Alectinib in ALK lung cancer</article-title></title-group></article-meta></front><body>
<sec><title>Case presentation</title><p>A 50-year-old woman had ALK-positive lung adenocarcinoma.</p>
<table-wrap><label>Table 1</label><caption><title>Case timeline</title></caption><table>
<thead><tr><th>Date</th><th>Event</th></tr></thead><tbody>
<tr><td>May 2022</td><td>Alectinib 600 mg twice daily started</td></tr>
<tr><td>August 2022</td><td>Partial response on CT</td></tr></tbody></table></table-wrap></sec>
<sec><title>Discussion</title><p>ALK rearrangements are rare.</p>
<table-wrap><label>Table 2</label><caption><p>Timeline of the patient. Dates are months.</p></caption><table>
<tr><td>2023</td><td>Lorlatinib for CNS relapse</td></tr></table></table-wrap>
<table-wrap><label>Table 3</label><caption><p>Published cases.</p></caption><table>
<tr><td>Ref 1</td><td>crizotinib</td></tr></table></table-wrap></sec></body></article>"""


def test_timeline_tables_are_case_text_and_other_tables_captions():
    (doc,) = read_bytes(ARTICLE, "timeline.nxml")
    cases = [(s.title, s.text_of(doc)) for s in doc.sections if s.kind == "case"]
    assert ("Case timeline", "Date | Event\nMay 2022 | Alectinib 600 mg twice daily started\n"
                             "August 2022 | Partial response on CT") in cases
    # a caption whose first sentence names the timeline ("Timeline of the patient. Dates are months.")
    assert any(text == "2023 | Lorlatinib for CNS relapse" for _, text in cases)
    captions = [s.text_of(doc) for s in doc.sections if s.kind == "caption"]
    assert captions == ["Table 3 Published cases."]
