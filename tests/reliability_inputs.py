"""Generators of small, real input documents for the reliability tests (nothing downloaded).

Every generator returns bytes or text built here, so the tests do not depend on ../shared.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

KG = [sys.executable, "-m", "kg.cli.app"]


def case_text(n: int, *, city: str = "Lyon", age: int | None = None) -> str:
    """A short plain-text case report that kg ingests (one patient, one therapy line)."""
    age = age if age is not None else 40 + n % 40
    return (
        f"Crizotinib Response in ALK-Rearranged Lung Adenocarcinoma: Case Report {n}\n\n"
        f"doi: 10.5555/kg.reliability.{n}\n\n"
        "CASE PRESENTATION\n\n"
        f"In March 2021 a {age}-year-old woman from {city} presented with cough and a 4 cm mass of the "
        "right lower lobe. Biopsy confirmed lung adenocarcinoma and sequencing revealed an EML4-ALK fusion. "
        "In May 2021 she started crizotinib (250 mg orally, twice daily). After 3 months of therapy a "
        "partial response was observed.\n\n"
        "DISCUSSION\n\n"
        "Crizotinib is effective in ALK-positive disease.\n"
    )


ABSTRACT_P = ("A 40-year-old man with lung adenocarcinoma harbouring an EML4-ALK fusion received "
              "crizotinib and had a partial response.")


def jats(doctype: str = "", title_inner: str = "", *, pmid: str = "31000001", abstract: bool = True,
         body: bool = True) -> bytes:
    abstract_xml = f"<abstract><p>{ABSTRACT_P}</p></abstract>" if abstract else ""
    body_xml = (f"<body><sec><title>Case presentation</title><p>{ABSTRACT_P}</p></sec></body>"
                if body else "")
    return (f'<?xml version="1.0"?>{doctype}<article article-type="case-report"><front><article-meta>'
            f'<article-id pub-id-type="pmid">{pmid}</article-id>'
            f"<title-group><article-title>Case report {title_inner}</article-title></title-group>"
            f"{abstract_xml}</article-meta></front>{body_xml}</article>").encode("utf-8")


def pubmed_record(pmid: str, *, broken: bool = False) -> str:
    pmid_xml = "" if broken else f'<PMID Version="1">{pmid}</PMID>'
    return (f"<PubmedArticle><MedlineCitation>{pmid_xml}<Article>"
            f"<Journal><Title>Journal of Reliability</Title><JournalIssue><PubDate><Year>2021</Year></PubDate>"
            f"</JournalIssue></Journal><ArticleTitle>ALK-positive lung adenocarcinoma treated with crizotinib: "
            f"case report {pmid}</ArticleTitle>"
            f'<Abstract><AbstractText Label="CASE PRESENTATION">{ABSTRACT_P}</AbstractText></Abstract>'
            f'<PublicationTypeList><PublicationType UI="D002363">Case Reports</PublicationType>'
            f"</PublicationTypeList></Article></MedlineCitation></PubmedArticle>")


def pubmed_set(records: list[str]) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet>'
            + "".join(records) + "</PubmedArticleSet>\n").encode("utf-8")


def run_kg(*args: str, cwd: str | Path | None = None, timeout: float = 300,
           env_extra: dict | None = None) -> subprocess.CompletedProcess:
    """Run the kg CLI in a subprocess (text mode, no colour; stderr is a pipe, as in CI logs)."""
    env = dict(os.environ, NO_COLOR="1", TERM="dumb", PYTHONHASHSEED="0")
    env.update(env_extra or {})
    return subprocess.run([*KG, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env)


def error_lines(stderr: str) -> list[str]:
    return [ln for ln in stderr.splitlines() if ln.startswith("[ERROR] ")]


def summary_line(stderr: str) -> str:
    """The one `ingested N report(s) ...` summary line, checked to come after every [ERROR] line
    (only the indented per-reason breakdown `  rejected N: reason` may follow it)."""
    lines = [ln for ln in stderr.splitlines() if ln.strip()]
    idx = [i for i, ln in enumerate(lines) if ln.startswith("ingested ")]
    assert len(idx) == 1, f"expected one summary line, got {len(idx)}:\n{stderr}"
    after = lines[idx[0] + 1:]
    assert all(ln.startswith("  rejected ") for ln in after), f"unexpected lines after the summary: {after}"
    return lines[idx[0]]


# --- collections with one bad record (issue 15, item 3) ----------------------------------------
def jsonl_abstracts(n: int, bad: dict[int, str] | None = None) -> bytes:
    """``n`` JSONL abstract lines; ``bad`` replaces line i (1-based) with the given raw text."""
    lines = []
    for i in range(1, n + 1):
        if bad and i in bad:
            lines.append(bad[i])
        else:
            lines.append(json.dumps({"pmid": str(32000000 + i), "title": f"ALK case {i}",
                                     "abstract": ABSTRACT_P}))
    return ("\n".join(lines) + "\n").encode("utf-8")


def bioc_collection(n: int, broken: int | None = None) -> bytes:
    """A BioC JSON collection of ``n`` documents; document ``broken`` (1-based) lacks `passages`."""
    docs = []
    for i in range(1, n + 1):
        d = {"id": str(33000000 + i), "infons": {}}
        if i != broken:
            d["passages"] = [{"infons": {"section_type": "TITLE", "type": "front"}, "offset": 0,
                              "text": f"ALK-positive lung adenocarcinoma: case {i}"},
                             {"infons": {"section_type": "CASE", "type": "paragraph"}, "offset": 50,
                              "text": ABSTRACT_P}]
        docs.append(d)
    return json.dumps({"source": "reliability", "date": "", "key": "", "documents": docs}).encode("utf-8")


def casereportbench_list(n: int, null_section: int | None = None) -> bytes:
    """A CaseReportBench list of ``n`` {heading: text} cases; case ``null_section`` has a null section."""
    items = []
    for i in range(1, n + 1):
        item = {"Case presentation": f"Case {i}. {ABSTRACT_P}", "Discussion": "ALK inhibitors work."}
        if i == null_section:
            item["Outcome"] = None
        items.append(item)
    return json.dumps(items).encode("utf-8")


# --- long documents (issue 15, item 1) ---------------------------------------------------------
FILLER = "The weather was fine and the garden was green.\n"


def long_case_text(chars: int, *, line: bool = False) -> str:
    """A text case report whose CASE PRESENTATION section is over ``chars`` characters of cheap
    filler (one line of it when ``line``), so the NLP gets one section longer than that."""
    reps = chars // len(FILLER) + 1
    filler = (FILLER.strip() + " ") * reps if line else FILLER * reps
    return case_text(900).replace("DISCUSSION", filler + "\nDISCUSSION")


def long_jats(chars: int, *, cdata_pieces: int = 0) -> bytes:
    """A JATS case report with a body paragraph over ``chars`` characters on one line, or made of
    ``cdata_pieces`` CDATA sections."""
    if cdata_pieces:
        piece = FILLER.strip() + " "
        reps = max(1, chars // (len(piece) * cdata_pieces) + 1)
        para = "".join(f"<![CDATA[{piece * reps}]]>" for _ in range(cdata_pieces))
    else:
        para = (FILLER.strip() + " ") * (chars // len(FILLER) + 1)
    return jats(pmid="31000900").replace(b"</sec></body>", f"<p>{para}</p></sec></body>".encode("utf-8"))
