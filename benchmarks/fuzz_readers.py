"""Time-limited fuzzing of the readers: ``kg.readers.read_bytes`` may only raise kg.errors.KGError.

    python benchmarks/fuzz_readers.py --seconds 300                # atheris if installed, else mutation
    python benchmarks/fuzz_readers.py --seconds 60 --engine mutate # pure-Python mutation of the corpus

Opt-in (not part of the test suite). Seeds are generated documents (JATS, PubMed, HTML, text, JSONL,
CaseReportBench, BioC, hostile XML and HTML) plus, when present, the small files of ../shared/corpus.
Every input is fully read (all records iterated) and each Document is checked for basic
invariants (section kinds, offsets inside the text, at least one id). Anything else than a
KGError, an invariant violation, or an input slower than --slow seconds is a finding: it is
printed with a traceback and the input saved under --findings. Prints the number of inputs run.
Exit code: 0 no finding, 1 findings.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import sys
import tempfile
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
sys.path.insert(0, str(ROOT))


# ------------------------------------------------------------------- seeds ----
def generated_seeds() -> list[bytes]:
    abstract = ("A 40-year-old man with lung adenocarcinoma harbouring an EML4-ALK fusion received "
                "crizotinib and had a partial response.")
    jats = (f'<?xml version="1.0"?><article article-type="case-report"><front><journal-meta><journal-title>J'
            f'</journal-title></journal-meta><article-meta><article-id pub-id-type="pmid">1</article-id>'
            f'<article-id pub-id-type="doi">10.1/x</article-id><title-group><article-title>Case <italic>report'
            f'</italic></article-title></title-group><pub-date pub-type="epub"><year>2020</year></pub-date>'
            f'<abstract><sec><title>Background</title><p>{abstract}</p></sec></abstract></article-meta></front>'
            f'<body><sec sec-type="cases"><title>Case presentation</title><p>{abstract}<fig><label>Figure 1'
            f'</label><caption><p>CT</p></caption></fig></p><sec><title>Imaging</title><p>x</p></sec></sec>'
            f'<sec><title>Discussion</title><p>d</p></sec></body><back><ref-list><ref>R1</ref></ref-list>'
            f'</back></article>')
    pubmed = ('<?xml version="1.0"?><PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>2</PMID><Article>'
              '<Journal><Title>J</Title><JournalIssue><PubDate><MedlineDate>2019 Jan</MedlineDate></PubDate>'
              f'</JournalIssue></Journal><ArticleTitle>T</ArticleTitle><Abstract><AbstractText Label="CASE">'
              f'{abstract}</AbstractText></Abstract><ELocationID EIdType="doi">10.2/y</ELocationID>'
              '<PublicationTypeList><PublicationType>Case Reports</PublicationType></PublicationTypeList>'
              '</Article></MedlineCitation><PubmedData><ArticleIdList><ArticleId IdType="pmc">PMC3</ArticleId>'
              '</ArticleIdList></PubmedData></PubmedArticle><PubmedBookArticle/></PubmedArticleSet>')
    text = ("Crizotinib in ALK lung cancer: a case report\n\nA. Author\n\ndoi: 10.3/z\n\nAbstract\n\n"
            f"{abstract}\n\nCASE PRESENTATION\n\n{abstract}\n\nPATHOLOGY\n\nALK positive.\n\n"
            "Figure 1. CT scan.\n\nDISCUSSION\n\nConflict of Interest: none.\n\n12\n")
    jsonl = "\n".join(json.dumps({"pmid": str(i), "doi": f"10.4/{i}", "title": "T", "abstract": abstract,
                                  "year": 2020}) for i in range(3))
    crb = json.dumps([{"Case presentation": abstract, "Imaging": "CT"}])
    bioc = json.dumps({"documents": [{"id": "PMC5", "infons": {}, "passages": [
        {"infons": {"section_type": "TITLE"}, "text": "T"},
        {"infons": {"section_type": "CASE"}, "text": abstract}]}]})
    page = json.dumps({"documents": [{"id": "6", "passages": [{"infons": {}, "text":
        "Skip nav Case report " + abstract * 3 + " Discussion Stuff"}]}]})
    hostile = [
        '<!DOCTYPE article [<!ENTITY x SYSTEM "file:///etc/hostname">]><article>&x;</article>',
        '<!DOCTYPE a [<!ENTITY l0 "lol"><!ENTITY l1 "&l0;&l0;&l0;">]><article>&l1;</article>',
        '<!DOCTYPE article SYSTEM "http://127.0.0.1:9/x.dtd"><article><body><p>x</p></body></article>',
        '<article xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="/etc/hostname"/></article>',
    ]
    odd = ['{"pmid": "7", "title": "T\\ud800", "abstract": "A \\udc00 case."}', "[" * 3000, '{"a":' * 3000,
           "MANIFEST-000005\n", "PATHOLOGY\n\n" + text]
    html = ('<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="citation_doi" content="10.5/w">'
            '<title>T | J</title><script>var x = "<p>";</script></head><body><nav><a href="/">Home</a></nav><main>'
            f'<article><h1>T</h1><section class="abstract"><h2>Abstract</h2><p>{abstract}</p></section><h2>Case '
            f'presentation</h2><p>{abstract}<sup><a href="#r1">1</a></sup></p><figure><figcaption>Figure 1. CT'
            '</figcaption></figure><table><tr><td>a</td></tr></table><h2>References</h2><ol class="references">'
            '<li>R1</li></ol></article></main><div class="cookie-banner">cookies</div></body></html>')
    hostile.append('<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/hostname">]><html><body><p>&x;</p></body></html>')
    seeds = [jats, pubmed, text, jsonl, crb, bioc, page, html, *hostile, *odd]
    out = [s.encode("utf-8") for s in seeds]
    out += [text.encode("utf-16"), text.encode("latin-1", "replace"), jats.encode("utf-16")]
    return out


def corpus_seeds(max_size: int = 200_000) -> list[bytes]:
    if not SHARED_CORPUS.is_dir():
        return []
    files = sorted(p for p in SHARED_CORPUS.rglob("*") if p.is_file() and p.stat().st_size <= max_size)
    return [p.read_bytes() for p in files]


# ------------------------------------------------------------------ target ----
class Target:
    def __init__(self, findings_dir: Path, slow_s: float):
        from kg.errors import KGError
        from kg.model import SECTION_KINDS, Document
        from kg.readers import read_bytes

        self.KGError, self.Document, self.kinds, self.read_bytes = KGError, Document, set(SECTION_KINDS), read_bytes
        self.findings_dir = findings_dir
        self.slow_s = slow_s
        self.runs = 0
        self.outcomes: dict[str, int] = {}
        self.findings: dict[str, tuple[str, int]] = {}  # signature -> (report, count)

    def _check(self, doc) -> None:
        assert isinstance(doc.text, str), "text is not str"
        assert doc.ids and all(isinstance(i, str) and i for i in doc.ids), f"bad ids {doc.ids!r}"
        for value in (doc.text, doc.title, doc.source, *doc.ids, *(s.title for s in doc.sections)):
            value.encode("utf-8")  # no lone surrogates: the graph must serialize
        for s in doc.sections:
            assert s.kind in self.kinds, f"unknown section kind {s.kind!r}"
            assert 0 <= s.start <= s.end <= len(doc.text), f"section offsets {s.start}-{s.end} outside text"

    def __call__(self, data: bytes) -> None:
        self.runs += 1
        t0 = time.perf_counter()
        outcome = "ok"
        try:
            for item in self.read_bytes(data, "fuzz-input"):
                if isinstance(item, self.KGError):
                    continue
                if not isinstance(item, self.Document):
                    raise AssertionError(f"reader yielded {type(item).__name__}")
                self._check(item)
        except self.KGError as e:
            outcome = type(e).__name__
        except Exception as e:  # noqa: BLE001 - this is what we are looking for
            tb = traceback.extract_tb(e.__traceback__)
            where = f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?"
            self._finding(f"{type(e).__name__} at {where}", data,
                          "".join(traceback.format_exception(type(e), e, e.__traceback__)))
            outcome = "FINDING"
        elapsed = time.perf_counter() - t0
        if elapsed > self.slow_s:
            self._finding(f"slow input ({elapsed:.1f}s > {self.slow_s}s)", data, f"{len(data)} bytes")
        self.outcomes[outcome] = self.outcomes.get(outcome, 0) + 1

    def _finding(self, signature: str, data: bytes, report: str) -> None:
        if signature in self.findings:
            text, n = self.findings[signature]
            self.findings[signature] = (text, n + 1)
            return
        self.findings_dir.mkdir(parents=True, exist_ok=True)
        name = self.findings_dir / f"finding-{hashlib.sha1(data).hexdigest()[:12]}.bin"
        name.write_bytes(data)
        self.findings[signature] = (f"{report}\n  input saved: {name}", 1)
        print(f"\n*** finding: {signature}\n{report}  input saved: {name}", file=sys.stderr, flush=True)

    def summary(self, engine: str, seconds: float) -> int:
        print(f"\nengine={engine} seconds={seconds:.0f} inputs={self.runs} "
              f"({self.runs / max(seconds, 1e-9):.0f}/s)")
        for k, v in sorted(self.outcomes.items(), key=lambda kv: -kv[1]):
            print(f"  {k}: {v}")
        if not self.findings:
            print("findings: none (only KGError subclasses raised)")
            return 0
        print(f"findings: {len(self.findings)} distinct")
        for sig, (_, n) in self.findings.items():
            print(f"  {sig}  x{n}")
        return 1


# ------------------------------------------------------------ mutation engine ----
_TOKENS = [b"<!DOCTYPE article [", b"<!ENTITY x SYSTEM \"file:///etc/passwd\">", b"]>", b"&x;", b"&amp;",
           b"<![CDATA[", b"]]>", b"<sec>", b"</sec>", b"<title>", b"<p>", b"</p>", b"<body>", b"<abstract>",
           b"<article>", b"</article>", b"<PubmedArticle>", b"<PMID>", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
           b"\x00", b"\r\n", b"\n\n", b"CASE PRESENTATION\n\n", b"ABSTRACT\n\n", b"Figure 1. ", b"{", b"}", b"[",
           b"]", b"\"", b":", b"null", b"\"abstract\":", b"\"documents\":[", b"\"passages\":[", b"\xc3\xa9",
           b"\xe9", b"\xf0\x9f\x98\x80", b"\xed\xa0\x80", b"doi: 10.1/", b"PMID: 123456", b"PMC123456",
           b"<?xml version=\"1.0\" encoding=\"UTF-16\"?>", b"<?xml version=\"1.0\" encoding=\"latin-1\"?>"]


def mutate(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(8)
        pos = rng.randint(0, len(b))
        if op == 0 and b:                                   # flip a byte
            b[min(pos, len(b) - 1)] = rng.randrange(256)
        elif op == 1:                                       # insert a token
            b[pos:pos] = rng.choice(_TOKENS)
        elif op == 2 and b:                                 # delete a range
            del b[pos:pos + rng.randint(1, 64)]
        elif op == 3 and b:                                 # duplicate a range
            end = min(len(b), pos + rng.randint(1, 256))
            b[pos:pos] = b[pos:end] * rng.randint(1, 4)
        elif op == 4:                                       # splice another seed in
            other = rng.choice(seeds)
            s = rng.randint(0, len(other))
            b[pos:pos] = other[s:s + rng.randint(1, 512)]
        elif op == 5 and b:                                 # truncate
            del b[pos:]
        elif op == 6:                                       # random bytes
            b[pos:pos] = rng.randbytes(rng.randint(1, 16))
        elif op == 7 and len(b) > 2:                        # swap two chunks
            a, c = sorted(rng.sample(range(len(b)), 2))
            b[a:c] = b[a:c][::-1]
    return bytes(b[:1 << 20])


def run_mutation(target: Target, seeds: list[bytes], seconds: float, seed: int) -> None:
    rng = random.Random(seed)
    pool = list(seeds)
    deadline = time.monotonic() + seconds
    for s in seeds:  # the seeds themselves first
        target(s)
    while time.monotonic() < deadline:
        data = mutate(rng, rng.choice(pool), seeds)
        before = len(target.outcomes)
        target(data)
        if len(target.outcomes) > before and len(pool) < 5000:  # new outcome kind: keep as a parent
            pool.append(data)
        elif rng.random() < 0.01 and len(pool) < 5000:
            pool.append(data)


# ------------------------------------------------------------ atheris engine ----
def instrument_readers() -> None:
    """Import the readers under atheris' coverage instrumentation (before anything imports them)."""
    import atheris

    assert "kg.readers" not in sys.modules, "kg.readers was imported before instrumentation"
    with atheris.instrument_imports(include=["kg"]):
        import kg.readers  # noqa: F401
        import kg.readers.bioc, kg.readers.jats, kg.readers.jsonrecords, kg.readers.pubmed  # noqa: E401,F401
        import kg.readers.text, kg.readers.xmlsafe  # noqa: E401,F401


def run_atheris(target: Target, seeds: list[bytes], seconds: float, seed: int, max_len: int) -> None:
    import atheris

    work = Path(tempfile.mkdtemp(prefix="kg-fuzz-corpus-"))
    for s in seeds:
        (work / hashlib.sha1(s).hexdigest()).write_bytes(s)
    start = time.monotonic()

    def one(data: bytes) -> None:
        target(data)
        if time.monotonic() - start > seconds:
            code = target.summary("atheris", time.monotonic() - start)
            shutil.rmtree(work, ignore_errors=True)
            sys.stdout.flush()
            os._exit(code)

    args = [sys.argv[0], f"-seed={seed}", f"-max_len={max_len}", f"-max_total_time={int(seconds) + 60}",
            "-timeout=30", "-rss_limit_mb=4096", "-print_final_stats=0", str(work)]
    atheris.Setup(args, one)
    atheris.Fuzz()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0, help="how long to fuzz (default 60)")
    ap.add_argument("--engine", choices=["auto", "atheris", "mutate"], default="auto")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--max-len", type=int, default=65536, help="atheris: largest input in bytes")
    ap.add_argument("--slow", type=float, default=5.0, help="seconds after which one input is a finding")
    ap.add_argument("--no-shared", action="store_true", help="do not seed with ../shared/corpus files")
    ap.add_argument("--findings", type=Path, default=Path(tempfile.gettempdir()) / "kg-fuzz-findings")
    a = ap.parse_args(argv)

    seeds = generated_seeds() + ([] if a.no_shared else corpus_seeds())
    engine = a.engine
    if engine == "auto":
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "mutate"
    print(f"fuzzing kg.readers.read_bytes with {engine} for {a.seconds:.0f}s; {len(seeds)} seed inputs",
          flush=True)
    if engine == "atheris":
        instrument_readers()
    target = Target(a.findings, a.slow)
    if engine == "atheris":
        run_atheris(target, seeds, a.seconds, a.seed, a.max_len)  # exits the process itself
    t0 = time.monotonic()
    run_mutation(target, seeds, a.seconds, a.seed)
    return target.summary(engine, time.monotonic() - t0)


if __name__ == "__main__":
    sys.exit(main())
