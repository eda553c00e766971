"""`kg ingest` of web pages (issue #11): saved HTML pages (.html, .htm, HTML content in a .txt)
become reports with their cases; a page with nothing of an article is one [ERROR] line and the
run goes on; the evidence of every fact is found at its offsets in the HTML file."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from reliability_inputs import error_lines, run_kg, summary_line

PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "html"
PUBLISHER_DOI = "doi:10.5555/jioc.2023.0417"
PMC_DOI = "doi:10.5555/crio.2021.455"
# A page as a browser saves it: the case of the issue ("XML root element <html>" before).
SMALL_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Selpercatinib in RET fusion lung cancer | Invented Case Journal</title>
<meta name="citation_doi" content="10.5555/icj.2024.88"></head>
<body><nav class="top-menu"><a href="/">Home</a> <a href="/imatinib">Imatinib special issue</a></nav>
<main><h1>Selpercatinib in RET fusion lung cancer</h1>
<h2>Case presentation</h2>
<p>A 66-year-old man with lung adenocarcinoma harbouring a KIF5B-RET fusion started selpercatinib in
June 2021. A CT scan in September 2021 showed a partial response.</p>
<h2>References</h2><ol><li>Roe J, Doe J. Pralsetinib in RET lung cancer. J Invented Oncol. 2022;5:1-9.</li></ol>
</main></body></html>
"""


def _strip(fragment: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^<>]*>", " ", fragment)).split())


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    root = tmp_path_factory.mktemp("html-ingest")
    inputs = root / "in"
    inputs.mkdir()
    (inputs / "publisher.html").write_bytes((PAGES / "publisher_case.html").read_bytes())
    (inputs / "pmc.htm").write_bytes((PAGES / "pmc_like_case.html").read_bytes())
    (inputs / "saved_page.txt").write_text(SMALL_PAGE, encoding="utf-8")
    (inputs / "menu_only.html").write_text("<html><body><nav><a href='/'>Home</a></nav><p>Log in</p></body></html>")
    store = root / "store"
    res = run_kg("ingest", str(inputs), "--store", str(store), "-j", "1")
    cases = run_kg("cases", "--store", str(store))
    return {"inputs": inputs, "store": store, "ingest": res, "cases": cases}


@pytest.mark.system
def test_ingest_reads_the_pages_and_rejects_the_menu_in_one_line(ingested):
    res = ingested["ingest"]
    assert res.returncode == 1, res.stderr            # one input rejected: invalid data
    assert "Traceback" not in res.stderr
    [error] = error_lines(res.stderr)
    assert error.startswith(f"[ERROR] {ingested['inputs'] / 'menu_only.html'}: HTML page holds no readable text")
    assert summary_line(res.stderr).startswith("ingested 3 report(s) (3 case(s)")


@pytest.mark.system
def test_cases_of_the_pages(ingested):
    assert ingested["cases"].returncode == 0, ingested["cases"].stderr
    cases = {c["report"]: c for c in json.loads(ingested["cases"].stdout)}
    assert set(cases) == {PUBLISHER_DOI, PMC_DOI, "doi:10.5555/icj.2024.88"}

    def drugs(case):
        return [d["label"].lower() for t in case["treatments"] for d in t["drugs"]]

    pub = cases[PUBLISHER_DOI]
    assert (pub["age"], pub["sex"], drugs(pub)) == (34, "male", ["crizotinib", "lorlatinib"])
    pmc = cases[PMC_DOI]
    assert pmc["report_ids"][1:] == ["pmid:34000111", "pmcid:pmc9876543"]
    assert drugs(pmc) == ["entrectinib"]
    assert [(f["five_prime"]["label"], f["three_prime"]["label"]) for f in pmc["fusions"]] == [("ETV6", "NTRK3")]
    small = cases["doi:10.5555/icj.2024.88"]
    assert (small["age"], drugs(small)) == (66, ["selpercatinib"])   # not imatinib (menu), pralsetinib (refs)
    assert [(f["five_prime"]["label"], f["three_prime"]["label"]) for f in small["fusions"]] == [("KIF5B", "RET")]


@pytest.mark.system
def test_evidence_offsets_point_into_the_html_files(ingested):
    from kg.store import open_store

    sources = {
        PUBLISHER_DOI: (ingested["inputs"] / "publisher.html").read_text(encoding="utf-8"),
        PMC_DOI: (ingested["inputs"] / "pmc.htm").read_text(encoding="utf-8"),
        "doi:10.5555/icj.2024.88": SMALL_PAGE,
    }
    query = """PREFIX kg: <https://w3id.org/kg-oncocase/vocab#>
    PREFIX prov: <http://www.w3.org/ns/prov#>
    SELECT DISTINCT ?fact ?id ?basis ?sentence ?ss ?se ?mention ?ms ?me WHERE { GRAPH ?g {
      ?fact kg:mentionStart ?ms ; kg:mentionEnd ?me ; kg:inSentence ?s .
      OPTIONAL { ?fact kg:mentionText ?stored_mention }
      ?s kg:sentenceText ?sentence ; kg:sentenceStart ?ss ; kg:inSection ?sec .
      OPTIONAL { ?s kg:sentenceEnd ?stored_end }
      ?sec prov:wasDerivedFrom ?r ; kg:offsetsInto ?basis .
      ?r kg:identifier ?id . }
      # text stored once (ontology/kg.ttl): mention and end from the sentence where not stored
      BIND(COALESCE(?stored_mention, SUBSTR(?sentence, ?ms - ?ss + 1, ?me - ?ms)) AS ?mention)
      BIND(COALESCE(?stored_end, ?ss + STRLEN(?sentence)) AS ?se) }"""
    with open_store(ingested["store"], read_only=True) as st:
        rows = [[t.value for t in row][1:] for row in st.query(query)]
    rows = [r for r in rows if r[0] in sources]
    assert len(rows) >= 10
    for rid, basis, sentence, ss, se, mention, ms, me in rows:
        assert basis == "file"
        src = sources[rid]
        assert _strip(src[int(ms):int(me)]) == " ".join(mention.split())
        assert re.sub(r"\s", "", _strip(src[int(ss):int(se)])) == re.sub(r"\s", "", sentence)
        assert not src[int(se) - 1].isspace() and src[int(se) - 1] != "<"   # never ends inside markup
