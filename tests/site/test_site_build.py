"""kg.site.build: the files of the site, read back with the standard library's HTML parser."""
from html.parser import HTMLParser
from pathlib import Path

import pytest

import kg.site.build as build
from kg.errors import ExportError
from kg.query import run_query
from kg.site import build_site
from kg.site.build import MARKER
from kg.store import open_store

from hostile_report import IMG, SCRIPT


class Tags(HTMLParser):
    """Every start tag of a page with its attributes, and the page's text."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def site(fixture_store, tmp_path_factory):
    out = tmp_path_factory.mktemp("site") / "out"
    summary = build_site(fixture_store, out)
    return out, summary


def test_site_files_one_page_per_case(site, fixture_store):
    out, summary = site
    cases = {r[0] for r in run_query(fixture_store, "cases")[1]}
    pages = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert len(cases) == 5 and summary.cases == 5 and summary.pages == 6
    assert pages == sorted([MARKER, "assets/filter.js", "assets/site.css", "index.html"] +
                           [f"cases/{iri.split('/report/')[1].replace('/case/', '-')}.html" for iri in cases])
    assert summary.total_bytes == sum(p.stat().st_size for p in out.rglob("*") if p.is_file() and p.name != MARKER)
    assert summary.largest_bytes == max(p.stat().st_size for p in out.rglob("*.html"))
    index = Tags((out / "index.html").read_text(encoding="utf-8"))
    links = [a["href"] for t, a in index.tags if t == "a" and a.get("href", "").startswith("cases/")]
    assert sorted(links) == sorted(p for p in pages if p.startswith("cases/"))


def test_site_is_offline_and_its_only_scripts_are_its_own(site):
    out, _ = site
    for page in out.rglob("*.html"):
        tags = Tags(page.read_text(encoding="utf-8")).tags
        for tag, attrs in tags:
            assert not [k for k in attrs if k.startswith("on")], (page, tag, attrs)
            for key in ("src", "srcset", "data"):
                assert not (attrs.get(key) or "").startswith(("http:", "https:", "//")), (page, tag, attrs)
            if tag == "link":
                assert not attrs["href"].startswith(("http:", "https:", "//")), (page, attrs)
            if tag == "a":
                href = attrs.get("href") or attrs.get("xlink:href") or ""
                assert href.startswith(("#", "../index.html", "index.html", "cases/", "https://doi.org/", "https://pubmed.ncbi.nlm.nih.gov/",
                                        "https://pmc.ncbi.nlm.nih.gov/")), (page, href)
        scripts = [attrs for tag, attrs in tags if tag == "script"]
        assert scripts == ([{"src": "assets/filter.js"}] if page.name == "index.html" else []), page


def test_site_hostile_text_is_escaped_everywhere(site, fixture_store):
    out, _ = site
    slug = fixture_store.hostile_case.split("/report/")[1].replace("/case/", "-")
    html = (out / "cases" / f"{slug}.html").read_text(encoding="utf-8")
    assert "<script>window" not in html and "<img" not in html   # ("onerror=" may stand in text)
    page = Tags(html)
    text = "".join(page.text)
    # the markup is shown as text, where the report had it
    for shown in (f"A case {SCRIPT} report", f"alive {SCRIPT}", f"biopsy {IMG}", f"rash {SCRIPT}",
                  f"In 2019 {SCRIPT} she started crizo{SCRIPT}tinib"):
        assert shown in text, shown
    assert not [t for t, _ in page.tags if t in ("script", "img", "iframe", "object", "embed")]
    hrefs = [a["href"] for t, a in page.tags if t == "a" and "doi.org" in a.get("href", "")]
    assert hrefs and all('"' not in h and "<" not in h for h in hrefs)
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "<script>window" not in index and "<img" not in index


def test_site_replaces_its_previous_version_and_nothing_else(tmp_path, fixture_store):
    out = tmp_path / "site"
    build_site(fixture_store, out)
    (out / "cases" / "stale.html").write_text("old", encoding="utf-8")
    small = open_store(None)
    small.load_file(Path(__file__).resolve().parents[1] / "fixtures" / "graphs" / "two_cases.trig")
    summary = build_site(small, out)
    assert summary.cases == 2 and len(list((out / "cases").iterdir())) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]   # no temporary directory left


def test_site_failure_keeps_the_previous_site(tmp_path, fixture_store, monkeypatch):
    out = tmp_path / "site"
    build_site(fixture_store, out)
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken(case):
        raise RuntimeError("drawing failed")

    monkeypatch.setattr(build, "timeline_svg", broken)
    with pytest.raises(RuntimeError):
        build_site(fixture_store, out)
    assert {p: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_site_refuses_targets_it_would_damage(tmp_path, fixture_store):
    foreign = tmp_path / "docs"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="holds other files"):
        build_site(fixture_store, foreign)
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "mine"
    (tmp_path / "file").write_text("x", encoding="utf-8")
    with pytest.raises(ExportError, match="not a directory"):
        build_site(fixture_store, tmp_path / "file")
    (tmp_path / "link").symlink_to(foreign)
    with pytest.raises(ExportError, match="symbolic link"):
        build_site(fixture_store, tmp_path / "link")
    store_dir = tmp_path / "store"
    store_dir.mkdir()
    with pytest.raises(ExportError, match="inside the store"):
        build_site(fixture_store, store_dir / "site", store_location=store_dir)
    old_site = tmp_path / "old-site"
    build_site(fixture_store, old_site)
    (old_site / "kg-store").mkdir()      # a store kept inside a site directory would go with the site
    with pytest.raises(ExportError, match="holds it"):
        build_site(fixture_store, old_site, store_location=old_site / "kg-store")
    (tmp_path / "empty").mkdir()
    assert build_site(fixture_store, tmp_path / "empty").cases == 5


def test_site_of_an_empty_store(tmp_path):
    summary = build_site(open_store(None), tmp_path / "site")
    assert summary.cases == 0
    html = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert 'id="no-cases"' in html and list((tmp_path / "site" / "cases").iterdir()) == []


@pytest.mark.system
def test_site_drawn_by_worker_processes_is_the_same_site(tmp_path, fixture_store, monkeypatch):
    monkeypatch.setattr(build, "POOL_MIN_CASES", 0)     # workers even for the fixture's five cases
    one, two = tmp_path / "one", tmp_path / "two"
    build_site(fixture_store, one, jobs=1)
    build_site(fixture_store, two, jobs=2)
    files = sorted(p.relative_to(one) for p in one.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(two) for p in two.rglob("*") if p.is_file())
    assert all((one / f).read_bytes() == (two / f).read_bytes() for f in files)
