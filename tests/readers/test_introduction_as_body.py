"""kg.readers.builder.introduction_as_body: a report whose only body heading is an Introduction, running on into the
patient's story, is parted at the paragraph that opens the story (made-up pages)."""
from kg.readers import read_path

PAGE = """<html><head><title>Capecitabine-induced hand-foot syndrome in colon cancer</title></head><body>
<h1>Capecitabine-induced hand-foot syndrome in colon cancer</h1>
<h2>Introduction</h2>
<p>Hand-foot syndrome is a frequent toxicity of fluoropyrimidines and may limit the dose.</p>
<p>{opener} with stage III colon cancer received adjuvant capecitabine after hemicolectomy in 2022.
In the third cycle she developed grade 3 hand-foot syndrome and the dose was reduced.</p>
<h2>Conclusion</h2><p>Early dose reduction kept this patient on treatment.</p>
</body></html>
"""


def _sections(tmp_path, html):
    page = tmp_path / "page.html"
    page.write_text(html, encoding="utf-8")
    (doc,) = read_path(page)
    return [(s.kind, s.title, doc.text[s.start:s.end].split()[0]) for s in doc.sections]


def test_the_introduction_is_parted_where_the_patients_story_opens(tmp_path):
    got = _sections(tmp_path, PAGE.format(opener="A 64-year-old woman"))
    assert ("introduction", "Introduction", "Hand-foot") in got
    assert ("other", "", "A") in got
    assert [k for k, _, _ in got] == ["title", "introduction", "other", "conclusion"]


def test_a_dated_opener_or_we_report_opens_the_story_too(tmp_path):
    for opener in ("In May 2021, a 64-year-old woman", "Here we report a 64-year-old woman"):
        got = _sections(tmp_path, PAGE.format(opener=opener))
        assert [k for k, _, _ in got] == ["title", "introduction", "other", "conclusion"], opener


def test_an_introduction_that_cites_a_patient_mid_sentence_stays_whole(tmp_path):
    got = _sections(tmp_path, PAGE.format(opener="Lee and colleagues described a 64-year-old woman"))
    assert [k for k, _, _ in got] == ["title", "introduction", "conclusion"]


def test_a_report_with_a_case_section_keeps_its_introduction(tmp_path):
    html = PAGE.format(opener="A 64-year-old woman").replace(
        "<h2>Conclusion</h2>", "<h2>Case presentation</h2><p>She is well.</p><h2>Conclusion</h2>")
    got = _sections(tmp_path, html)
    assert ("introduction", "Introduction", "Hand-foot") in got and not any(k == "other" for k, _, _ in got)
