"""Time per MB of the HTML reader (kg.readers.read_bytes on a web page), from 50 KB to 16 MB.

    python benchmarks/html_reader.py [--sizes 50000,200000,...] [--out benchmarks/out]

Each size is one generated publisher-like page of about that many bytes: site header,
navigation, cookie banner and sidebar around an <article> whose case section holds paragraphs
with inline markup, citation markers, character references, a figure every 40 paragraphs and a
share box, then a reference list. Two pathological shapes follow at the largest size: a page of
one-word paragraphs (the most blocks per byte) and a page that is mostly script and empty
markup. The reader decodes, parses, walks the page, runs the text reader's cues and aligns its
text to the HTML source (evidence offsets); each row also says whether that alignment succeeded
(``mapped``).

Target: seconds per MB flat (linear time) over the sizes, every page mapped. Writes
benchmarks/out/html_reader.json.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.readers import read_bytes  # noqa: E402

SIZES = (50_000, 200_000, 1_000_000, 4_000_000, 16_000_000)
_HEAD = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Benchmark page | Journal</title>"
         "<meta name='citation_doi' content='10.5555/bench.1'><script>var cfg = {a: 1};</script>"
         "<style>.x{color:red}</style></head><body><div id='cookie-banner'><p>We use cookies.</p></div>"
         "<header><nav><a href='/'>Home</a><a href='/j'>Journals</a></nav></header><main><article>"
         "<h1>Crizotinib in a generated case</h1><h2>Case presentation</h2>")
_PARAGRAPH = ("<p>In month {i} the <i>patient</i> received crizotinib 250&nbsp;mg twice daily<sup><a href='#r{r}'>"
              "{r}</a></sup> and the tumour &amp; lymph nodes were stable, with a <b>partial</b> response.</p>")
_FIGURE = ("<figure id='F{i}'><img src='f{i}.png'><figcaption>Figure {i}. CT scan after {i} months.</figcaption>"
           "</figure><div class='share-box'><a>Share</a></div>")
_TAIL = ("<h2>References</h2><ol class='references'><li>Roe J. A paper. J Invented Oncol. 2019;3:1-9.</li></ol>"
         "</article></main><aside class='sidebar'><p>Related: imatinib</p></aside></body></html>")


def publisher_page(size: int) -> bytes:
    parts, i, n = [_HEAD], 0, len(_HEAD) + len(_TAIL)
    while n < size:
        part = _PARAGRAPH.format(i=i, r=i % 40 + 1) + (_FIGURE.format(i=i) if i % 40 == 0 else "")
        parts.append(part)
        n += len(part)
        i += 1
    return ("".join(parts) + _TAIL).encode("utf-8")


def tiny_paragraphs(size: int) -> bytes:
    body = "<p>Stable.</p>" * max(1, (size - len(_HEAD) - len(_TAIL)) // 14)
    return (_HEAD + "<p>A 50-year-old man received crizotinib.</p>" + body + _TAIL).encode()


def markup_heavy(size: int) -> bytes:
    filler = "<div class='a'><span class='b'> </span></div>\n" * ((size // 2) // 45)
    script = "<script>" + "var a = 1;" * ((size // 2) // 10) + "</script>"
    return (_HEAD + filler + script + "<p>A 50-year-old man received crizotinib and had a partial response.</p>"
            + _TAIL).encode()


def measure(name: str, data: bytes) -> dict:
    start = time.perf_counter()
    [doc] = read_bytes(data, f"{name}.html")
    seconds = time.perf_counter() - start
    mb = len(data) / 1e6
    return {"page": name, "bytes": len(data), "seconds": round(seconds, 3), "s_per_mb": round(seconds / mb, 3),
            "text_chars": len(doc.text), "mapped": doc.source_map is not None}


def main(argv=None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default=",".join(map(str, SIZES)))
    ap.add_argument("--out", default=str(ROOT / "benchmarks" / "out"))
    a = ap.parse_args(argv)
    sizes = [int(s) for s in a.sizes.split(",") if s]
    rows = [measure("publisher", publisher_page(size)) for size in sizes]
    rows.append(measure("tiny-paragraphs", tiny_paragraphs(sizes[-1])))
    rows.append(measure("markup-heavy", markup_heavy(sizes[-1])))
    print(f"{'page':<16} {'MB':>7} {'seconds':>8} {'s/MB':>6} {'text chars':>11}  mapped")
    for r in rows:
        print(f"{r['page']:<16} {r['bytes'] / 1e6:>7.2f} {r['seconds']:>8.2f} {r['s_per_mb']:>6.2f} "
              f"{r['text_chars']:>11,}  {r['mapped']}")
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    result = {"rows": rows}
    (out / "html_reader.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
