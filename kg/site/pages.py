"""What the site shows, read from the store: one ``CasePage`` per patient case.

A page is built from the ``kg cases`` object of the case (``cases_json(iris=True)``: every entry
names its fact nodes), the report's title and the patient's outcome (query ``case_summary``) and
the evidence of every fact (query ``case_evidence``). Evidence is numbered in the order the page
shows the facts; a sentence that supports several facts (a line and its drug) has one number.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from kg.query import rows_as_dicts, run_query
from kg.query.cases import cases_json
from kg.query.responses import best_response, response_class
from kg.site.links import report_url

_SLUG = re.compile(r"/report/([A-Za-z0-9_-]{1,64})/case/(\d{1,6})$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(value) -> str:
    return _CONTROL.sub(" ", str(value)) if value is not None else ""


@dataclass
class Evidence:
    number: int
    iri: str
    section: str
    section_title: str
    before: str        # the sentence around the mention (the mention is highlighted)
    mention: str
    after: str

    @property
    def anchor(self) -> str:
        return f"ev-{self.number}"


def _split_sentence(row: dict) -> tuple[str, str, str]:
    """(before, mention, after) of the evidence sentence: at the stored offsets when they hold the
    mention (or, for a patient introduction, the mention text the graph keeps shortened to its
    first 80 characters), else where the mention text is found, else the sentence alone."""
    sentence, mention = _text(row["sentence"]), _text(row["mention"])
    a, b = row["mention_start"] - row["sentence_start"], row["mention_end"] - row["sentence_start"]
    if mention and 0 <= a <= b <= len(sentence) and sentence[a:b].startswith(mention):
        pass
    elif mention and mention in sentence:
        a = sentence.index(mention)
        b = a + len(mention)
    else:
        return sentence.strip(), "", ""
    return sentence[:a].lstrip(), sentence[a:b], sentence[b:].rstrip()


@dataclass
class CasePage:
    case: dict                       # the kg cases object, with "iris"
    slug: str
    name: str                        # report identifier (and case number when a report has several)
    title: str
    source_file: str
    outcome: str
    links: list[tuple[str, str | None]]   # (identifier, URL or None)
    best: dict | None
    best_class: str | None
    evidence: list[Evidence] = field(default_factory=list)
    by_fact: dict[str, list[Evidence]] = field(default_factory=dict)
    timeline_svg: str | None = None

    def evidence_for(self, iris: list[str]) -> list[Evidence]:
        """The numbered evidence of the fact nodes ``iris`` (one entry of the page)."""
        seen: dict[int, Evidence] = {}
        for iri in iris:
            for ev in self.by_fact.get(iri, []):
                seen.setdefault(ev.number, ev)
        return [seen[k] for k in sorted(seen)]

    @property
    def filename(self) -> str:
        return f"cases/{self.slug}.html"

    @property
    def tumors(self) -> list[str]:
        return [_text(d["label"] or d["id"]) for d in self.case["diagnoses"]]

    @property
    def fusions(self) -> list[str]:
        out = []
        for f in self.case["fusions"]:
            parts = [_text(p["label"] or p["id"]) if p else "?" for p in (f["five_prime"], f["three_prime"])]
            out.append("::".join(parts))
        return out

    @property
    def drugs(self) -> list[str]:
        return list(dict.fromkeys(_text(d["label"] or d["id"]) for t in self.case["treatments"] for d in t["drugs"]))

    def drug_label(self, curie: str) -> str:
        """The label of a drug CURIE as the case's lines name it (adverse events list CURIEs)."""
        for t in self.case["treatments"]:
            for d in t["drugs"]:
                if d["id"] == curie:
                    return _text(d["label"] or curie)
        return _text(curie)


def slug_for(case_iri: str) -> str:
    """A file name for the case page: ``<report hash>-<case number>`` from a kg case IRI, else a hash."""
    m = _SLUG.search(case_iri)
    return f"{m.group(1)}-{m.group(2)}" if m else "case-" + hashlib.sha256(case_iri.encode()).hexdigest()[:16]


def _page_order(case: dict) -> list[list[str]]:
    """The fact-node lists of the case in the order the page shows them."""
    order = [[case["case"]]]
    order += [d["iris"] for d in case["diagnoses"]] + [f["iris"] for f in case["fusions"]]
    for t in case["treatments"]:
        order.append(t["iris"])
        order += [d["iris"] for d in t["drugs"]] + [r["iris"] for r in t["responses"]]
    order += [a["iris"] for a in case["adverse_events"]] + [p["iris"] for p in case["procedures"]]
    return order


def _number_evidence(page: CasePage, rows_by_fact: dict[str, list[dict]]) -> None:
    numbers: dict[tuple, Evidence] = {}
    for iris in _page_order(page.case):
        for iri in iris:
            for row in rows_by_fact.get(iri, []):
                # one number per mention: its sentence node ("evidence") and offsets (facts read from
                # one mention, a line and its drug, carry the same ones)
                key = (row["evidence"], row["mention_start"], row["mention_end"])
                ev = numbers.get(key)
                if ev is None:
                    before, mention, after = _split_sentence(row)
                    ev = numbers[key] = Evidence(len(numbers) + 1, row["evidence"], _text(row["section"]),
                                                             _text(row["section_title"]), before, mention, after)
                    page.evidence.append(ev)
                if ev not in page.by_fact.setdefault(iri, []):
                    page.by_fact[iri].append(ev)


def load_pages(store, case: str | None = None) -> list[CasePage]:
    """Every case of the store (or the one with IRI ``case``) as a page, in ``kg cases`` order
    (timelines not drawn yet)."""
    params = {"case": case} if case else {}
    cases = cases_json(store, case=case, iris=True)
    summary = {r["case"]: r for r in rows_as_dicts(*run_query(store, "case_summary", params, ordered=False))}
    evidence: dict[str, list[dict]] = {}
    for r in sorted(rows_as_dicts(*run_query(store, "case_evidence", params, ordered=False)),
                    key=lambda r: (r["mention_start"], r["evidence"])):
        evidence.setdefault(r["fact"], []).append(r)
    per_report: dict[str | None, int] = {}
    for c in cases:
        per_report[c["report"]] = per_report.get(c["report"], 0) + 1
    pages, slugs = [], set()
    for c in cases:
        info = summary.get(c["case"], {})
        name = _text(c["report"] or info.get("source_file") or c["case"])
        if per_report[c["report"]] > 1:
            name += " case " + c["case"].rsplit("/", 1)[-1]
        slug = slug_for(c["case"])
        while slug in slugs:   # two IRIs that cut to one name (not kg's own IRIs)
            slug += "-" + hashlib.sha256(slug.encode()).hexdigest()[:4]
        slugs.add(slug)
        best = best_response(c)
        page = CasePage(case=c, slug=slug, name=name, title=_text(info.get("title")),
                        source_file=_text(info.get("source_file")), outcome=_text(info.get("outcome")),
                        links=[(_text(i), report_url(i)) for i in c["report_ids"]], best=best,
                        best_class=response_class(best["id"], best["label"]) if best else None)
        _number_evidence(page, evidence)
        pages.append(page)
    return pages


__all__ = ["CasePage", "Evidence", "load_pages", "slug_for"]
