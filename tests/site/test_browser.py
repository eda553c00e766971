"""The `kg site` pages in a real browser: headless Chromium (Debian package `chromium`) driven by
Playwright with ``executable_path`` (no browser download). The site is built from the seeds
(ingested by the pipeline), the hand-written fixture graphs and a report of hostile markup; what
the pages must show is read from the store with the named queries, not from the site's code.
"""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest

from fixture_helpers import FIXTURE_TRIG
from kg.query import rows_as_dicts, run_query
from kg.site import build_site
from kg.store import open_store

from hostile_report import LINES_TRIG, SCRIPT, load_hostile

pytestmark = pytest.mark.system

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "corpus" / "seeds"
KG = "PREFIX kg: <https://w3id.org/kg-oncocase/vocab#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" \
     "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"


def _missing(what: str):
    """CI must run these tests (.ci/run installs Chromium): there a missing piece fails, elsewhere it skips."""
    if os.environ.get("CI"):
        pytest.fail(f"{what} (CI installs it: see .ci/run)")
    pytest.skip(what)


@pytest.fixture(scope="module")
def chromium():
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        _missing("Chromium is not installed (Debian: apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("Playwright for Python is not installed (pip install -e '.[test]')")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=path, headless=True)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """(store, site directory): seeds + example ingested, fixture graphs and the hostile report loaded."""
    if not SEEDS.is_dir():
        _missing(f"the shared seeds are not at {SEEDS}")
    from kg.pipeline import ingest

    work = tmp_path_factory.mktemp("browser")
    summary = ingest([SEEDS, REPO / "examples"], str(work / "store"), jobs=1)
    assert len(summary.ingested) == 3 and not summary.rejected
    st = open_store(work / "store")
    st.load_file(FIXTURE_TRIG)
    st.load_file(LINES_TRIG)
    st.hostile_case = load_hostile(st)
    build_site(st, work / "site")
    yield st, work / "site"
    st.close()


@pytest.fixture()
def page(chromium):
    """A page that records console errors, page errors, failed loads, dialogs and any network request."""
    context = chromium.new_context()
    pg = context.new_page()
    pg.problems = []
    pg.network = []
    pg.on("console", lambda m: pg.problems.append(f"console {m.type}: {m.text}") if m.type in ("error", "warning")
          else None)
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("requestfailed", lambda r: pg.problems.append(f"failed: {r.url}"))
    pg.on("dialog", lambda d: (pg.problems.append(f"dialog: {d.message}"), d.dismiss()))

    def route(r):
        if r.request.url.startswith("file:"):
            r.continue_()
        else:   # the site is offline: nothing may be fetched from the network
            pg.network.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    yield pg
    context.close()


def case_pages(site: Path) -> list[Path]:
    return sorted((site / "cases").glob("*.html"))


def case_of(pg) -> str:
    return pg.get_attribute("#fact-patient", "data-fact")


def norm(text: str) -> str:
    return " ".join(text.split())


def test_every_page_loads_without_console_error_or_network(built, page):
    _, site = built
    pages = [site / "index.html"] + case_pages(site)
    assert len(pages) == 1 + 3 + 5      # seeds + example, two fixture reports, two more, hostile report
    for path in pages:
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        assert page.title(), path
        assert page.problems == [] and page.network == [], (path.name, page.problems, page.network)


def test_timeline_has_one_bar_per_therapy_line(built, page):
    st, site = built
    checked = 0
    for path in case_pages(site):
        page.goto(path.as_uri())
        case = case_of(page)
        lines = run_query(st, "therapy_sequence", {"case": case})[1]
        bars = page.locator("#timeline svg g[id^='line-']")
        assert bars.count() == len(lines), (path.name, bars.count(), len(lines))
        for k in range(bars.count()):
            box = bars.nth(k).bounding_box()
            assert box and box["width"] > 0 and box["height"] > 0, (path.name, k)
        checked += bool(lines)
    assert checked >= 6


def test_a_timeline_bar_leads_to_its_line(built, page):
    _, site = built
    page.goto(case_pages(site)[0].as_uri())
    page.locator("#timeline svg g[id='line-1'] a").click()
    assert page.evaluate("location.hash") == "#fact-line-1"
    assert page.evaluate("document.querySelector(':target').id") == "fact-line-1"


OWN_LINKS = """() => Array.from(document.querySelectorAll('[data-fact]')).map(el => ({
  iris: el.getAttribute('data-fact').split(' ').filter(Boolean),
  links: Array.from(el.querySelectorAll('a.ev-link'))
              .filter(a => a.closest('[data-fact]') === el)
              .map(a => {
                 const target = document.getElementById(a.getAttribute('href').slice(1));
                 return {href: a.getAttribute('href'),
                         sentence: target ? target.querySelector('q.sentence').textContent : null,
                         sources: target ? Array.from(target.querySelectorAll('a.source')).map(s => s.href) : []};
              })}))"""


def test_every_fact_links_to_its_evidence_sentence_and_the_report(built, page):
    st, site = built
    facts_with_evidence = 0
    for path in case_pages(site):
        page.goto(path.as_uri())
        case = case_of(page)
        ids = [r[2] for r in run_query(st, "cases", {"case": case})[1] if r[2]]
        expected_sources = {("https://doi.org/" + i[4:]) if i.lower().startswith("doi:")
                            else f"https://pubmed.ncbi.nlm.nih.gov/{i[5:]}/"
                            for i in ids if i.lower().startswith(("doi:", "pmid:"))}
        for fact in page.evaluate(OWN_LINKS):
            sentences = {norm(r["sentence"]) for iri in fact["iris"]
                         for r in rows_as_dicts(*run_query(st, "evidence_for_fact", {"fact": iri}))}
            shown = {norm(link["sentence"]) for link in fact["links"] if link["sentence"] is not None}
            assert len(shown) == len({link["href"] for link in fact["links"]}), (path.name, fact)
            assert shown == sentences, (path.name, fact["iris"], shown, sentences)
            for link in fact["links"]:   # the sentence links to the report's DOI and PubMed pages (DOIs ignore case)
                assert {u.lower() for u in expected_sources} <= {unquote(u).lower() for u in link["sources"]}, (
                    path.name, link, ids)
            facts_with_evidence += bool(sentences)
    assert facts_with_evidence >= 40


def test_an_evidence_link_targets_the_sentence(built, page):
    _, site = built
    page.goto(case_pages(site)[0].as_uri())
    link = page.locator("a.ev-link").first
    href = link.get_attribute("href")
    link.click()
    assert page.evaluate("location.hash") == href
    assert page.locator(f"li{href} q.sentence mark").count() == 1


SPARQL_DRUG = KG + """SELECT DISTINCT ?case WHERE { GRAPH ?g { ?case kg:hasTherapyLine/kg:hasAdministration/kg:drug ?d }
  GRAPH ?t { ?d rdfs:label ?l } FILTER(CONTAINS(LCASE(STR(?l)), "alectinib")) }"""
# term labels and notations live in the terminology graph (terms stored once), facts in report graphs
SPARQL_TUMOR = KG + """SELECT DISTINCT ?case WHERE { GRAPH ?g { ?case kg:hasDiagnosis/kg:concept ?c }
  GRAPH ?t { ?c rdfs:label ?l } FILTER(CONTAINS(LCASE(STR(?l)), "non-small")) }"""
SPARQL_CR = KG + """SELECT DISTINCT ?case WHERE { GRAPH ?g { ?case kg:hasTherapyLine/kg:hasResponse/kg:concept ?c }
  GRAPH ?t { ?c skos:notation "NCIT:C4870" } }"""


def sparql_cases(st, text) -> set[str]:
    return {sol["case"].value for sol in st.query(text)}


def shown_cases(pg) -> set[str]:
    rows = pg.evaluate("Array.from(document.querySelectorAll('#cases tbody tr'))"
                       ".filter(r => !r.hidden && r.offsetParent !== null).map(r => r.dataset.case)")
    assert pg.text_content("#shown") == str(len(rows))
    return set(rows)


def test_index_filter(built, page):
    st, site = built
    page.goto((site / "index.html").as_uri())
    everything = {r[0] for r in run_query(st, "cases")[1]}
    assert shown_cases(page) == everything
    ros1 = {r[2] for r in run_query(st, "cases_by_fusion_gene", {"gene": "ROS1"})[1]}
    alk = {r[2] for r in run_query(st, "cases_by_fusion_gene", {"gene": "ALK"})[1]}
    page.fill("#filter-fusion", "ros1")
    assert shown_cases(page) == ros1 and len(ros1) == 3   # seed 000 and two fixture reports
    page.fill("#filter-fusion", "")
    page.fill("#filter-tumor", "NON-SMALL")
    assert shown_cases(page) == sparql_cases(st, SPARQL_TUMOR) and len(sparql_cases(st, SPARQL_TUMOR)) >= 2
    page.fill("#filter-tumor", "")
    page.fill("#filter-drugs", "alectinib")
    assert shown_cases(page) == sparql_cases(st, SPARQL_DRUG) and len(sparql_cases(st, SPARQL_DRUG)) >= 2
    page.fill("#filter-drugs", "")
    page.select_option("#filter-response", "cr")     # CR is the best class there is: a case with one shows it
    assert shown_cases(page) == sparql_cases(st, SPARQL_CR)
    page.fill("#filter-fusion", "alk")
    assert shown_cases(page) == sparql_cases(st, SPARQL_CR) & alk and shown_cases(page)
    page.fill("#filter-fusion", "no such fusion")
    assert shown_cases(page) == set()
    page.fill("#filter-fusion", "")
    page.select_option("#filter-response", "")
    assert shown_cases(page) == everything
    assert page.problems == []


def test_hostile_report_text_stays_inert(built, page):
    st, site = built
    path = next(p for p in case_pages(site) if p.stem == re.sub(r".*/report/(\w+)/case/(\d+)$", r"\1-\2", st.hostile_case))
    page.goto(path.as_uri())
    page.locator("#timeline svg g[id='line-1'] a").click()
    page.locator("a.ev-link").first.click()
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.evaluate("document.scripts.length") == 0
    assert page.evaluate("document.images.length") == 0
    assert f"A case {SCRIPT} report" in page.inner_text("body")      # shown as the report wrote it
    page.goto((site / "index.html").as_uri())
    page.fill("#filter-drugs", "<script>")
    assert shown_cases(page) == {st.hostile_case}
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.problems == [] and page.network == []
