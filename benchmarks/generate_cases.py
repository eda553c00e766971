"""Synthetic but realistic case-report graphs for query benchmarks.

Each report is a ``kg.model.ReportRecord`` (cases with diagnoses, gene fusions,
therapy lines with drug administrations and responses, graded adverse events
attributed to drugs, procedures, evidence for every fact) turned into a graph by
``kg.graph.build.build_report_graph`` -- exactly the shape ``kg ingest`` stores
(ontology/README.md). Terms come from ontology/terms/*.tsv (real CURIEs and
labels), drawn with skewed (Zipf-like) frequencies as in the literature: NSCLC
and ALK/ROS1/RET/NTRK fusions are common, most terms are rare.

Deterministic for a given seed. N-Quads are streamed to the output file (one
report in memory at a time)::

    python benchmarks/generate_cases.py --cases 100000 --seed 7 -o benchmarks/out/cases-100000.nq
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import multiprocessing
import hashlib
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from kg.graph.build import build_report_graph  # noqa: E402
from kg.model import (AdverseEvent, CaseRecord, Concept, Diagnosis, Document, DrugAdministration,  # noqa: E402
                      Evidence, Fusion, Procedure, ReportRecord, Response, Treatment, Why)
from kg.store import to_ox  # noqa: E402
from kg.store.bulk import count_quads, report_part, report_quads  # noqa: E402

TERMS = ROOT / "ontology" / "terms"
OUT = Path(__file__).resolve().parent / "out"

# (3' kinase gene, common 5' partners, targeted drugs) -- fusions seen in case reports
FUSIONS = [
    ("ALK", ["EML4", "EML4", "EML4", "NPM1", "KIF5B", "TPM3"], ["crizotinib", "alectinib", "lorlatinib", "brigatinib", "ceritinib"]),
    ("ROS1", ["CD74", "CD74", "EZR", "SLC34A2", "YWHAE", "TPM3"], ["crizotinib", "entrectinib", "lorlatinib"]),
    ("RET", ["KIF5B", "KIF5B", "CCDC6", "NCOA4"], ["selpercatinib", "pralsetinib"]),
    ("NTRK1", ["TPM3", "LMNA"], ["larotrectinib", "entrectinib"]),
    ("NTRK3", ["ETV6", "ETV6"], ["larotrectinib", "entrectinib"]),
    ("FGFR2", ["BICC1"], ["pemigatinib", "erdafitinib"]),
    ("FGFR3", ["TACC3"], ["erdafitinib"]),
    ("BRAF", ["KIAA1549"], ["dabrafenib", "trametinib"]),
    ("NRG1", ["CD74"], ["afatinib"]),
]
FUSION_WEIGHTS = [30, 18, 12, 6, 6, 5, 4, 4, 2]
CHEMO = [["carboplatin", "pemetrexed"], ["cisplatin", "pemetrexed"], ["doxorubicin", "ifosfamide"],
         ["cisplatin", "etoposide"], ["carboplatin", "paclitaxel"], ["doxorubicin"], ["docetaxel"]]
COMMON_TUMORS = ["lung adenocarcinoma", "non-small cell lung", "inflammatory myofibroblastic",
                 "papillary thyroid", "cholangiocarcinoma", "infantile fibrosarcoma", "glioma", "colorectal"]
RESPONSES = ["complete response", "partial response", "stable disease", "progressive disease"]
RESPONSE_WEIGHTS = [15, 45, 25, 15]
SECTION_TITLES = ["CASE PRESENTATION", "Case report", "CASE DESCRIPTION", "Case"]
ROUTES = ["orally", "intravenously"]
SCHEDULES = ["twice daily", "once daily", "every 3 weeks", "on days 1 and 8"]


def _read(name: str) -> list[tuple[str, str]]:
    with open(TERMS / name, encoding="utf-8", newline="") as f:
        return [(r["id"], r["label"]) for r in csv.DictReader(f, delimiter="\t") if r["id"] and r["label"]]


class Vocabulary:
    def __init__(self, seed: int):
        rnd = random.Random(seed ^ 0x5EED)
        self.genes = {label.upper(): (cid, label) for cid, label in _read("genes.tsv")}
        self.drugs = {label.lower(): (cid, label.lower()) for cid, label in _read("drugs.tsv")}
        tumors = _read("tumors.tsv")
        common = [t for t in tumors if any(k in t[1].lower() for k in COMMON_TUMORS)]
        rest = [t for t in tumors if t not in common]
        rnd.shuffle(rest)
        self.tumors = common + rest
        aes = _read("adverse_events.tsv")
        rnd.shuffle(aes)
        self.aes = aes
        self.procedures = _read("procedures.tsv")
        self.responses = {label: cid for cid, label in _read("responses.tsv")}
        drugs = sorted(self.drugs)
        rnd.shuffle(drugs)
        self.other_drugs = drugs
        self.tumor_w = _zipf(len(self.tumors), 1.1)
        self.ae_w = _zipf(len(self.aes), 1.0)
        self.proc_w = _zipf(len(self.procedures), 0.8)
        self.other_drug_w = _zipf(len(self.other_drugs), 1.2)

    def gene(self, symbol: str) -> Concept:
        cid, label = self.genes.get(symbol.upper(), (None, symbol))
        return Concept(cid, label, "gene")

    def drug(self, name: str) -> Concept:
        cid, label = self.drugs.get(name.lower(), (None, name.lower()))
        return Concept(cid, label, "drug")


def _zipf(n: int, s: float) -> list[float]:
    return [1.0 / (k ** s) for k in range(1, n + 1)]


def _date(rnd: random.Random, year: int, month: int) -> str:
    p = rnd.random()
    if p < 0.15:
        return f"{year:04d}"
    if p < 0.75:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{rnd.randint(1, 28):02d}"


class _Offsets:
    """Increasing, non-overlapping mention offsets: one evidence node per mention."""

    def __init__(self, rnd: random.Random):
        self.rnd = rnd
        self.pos = rnd.randint(200, 2000)

    def evidence(self, mention: str, title: str) -> Evidence:
        rnd = self.rnd
        s_start = self.pos
        prefix = rnd.choice(["", "The patient received ", "Imaging then showed ", "We diagnosed ", "In 2019, "])
        sentence = prefix + mention + rnd.choice([" was started.", " was observed.", " was confirmed.", " (Figure 1)."])
        m_start = s_start + len(prefix)
        m_end = m_start + len(mention)
        self.pos = s_start + len(sentence) + rnd.randint(1, 400)
        return Evidence("case", title, sentence, s_start, s_start + len(sentence), mention, m_start, m_end)


# How often a mention is read in the same sentence as the mention before it, and how often a decision's cue words
# (kg:Decision evidence) stand in a sentence that already holds one of the case's fact mentions. Measured on
# ../shared/corpus with kg ingest at b73c517 (benchmarks/ingest_throughput.py's store, 118 reports with cases): 342
# fact mentions in 257 sentences (1.33 per sentence; 1.16 at 44ca587, before decisions and the later readers), and
# 119 of 139 decisions cite a sentence holding a fact mention ("A 54-year-old woman ..." holds the case's age and the
# sex cue). With sentences of a geometric number of mentions (each next mention joins with probability p) that is
# p = 1 - 257/342. Before session 15 every decision had a sentence of its own, which real reports do not have.
SAME_SENTENCE = 1 - 257 / 342
DECISION_IN_FACT_SENTENCE = 119 / 139


class _Cited:
    """A decision of ``owner`` (``owner.why[index]``) as a holder of evidence, so that it can be laid out like a fact."""

    def __init__(self, owner, index: int):
        self.owner, self.index = owner, index

    @property
    def evidence(self) -> Evidence:
        return self.owner.why[self.index].evidence

    @evidence.setter
    def evidence(self, ev: Evidence) -> None:
        self.owner.why[self.index] = dataclasses.replace(self.owner.why[self.index], start=ev.mention_start,
                                                         end=ev.mention_end, evidence=ev)


def share_sentences(record: ReportRecord, rnd: random.Random) -> None:
    """Lay the record's evidence out again so that some consecutive mentions share one sentence
    (as in real reports: "crizotinib 250 mg twice daily was started and a partial response...") and most
    decisions cite words of their fact's sentence: the facts, their mentions and the decisions are unchanged,
    only sentences and offsets are."""
    holders, owners = [], []
    for case in record.cases:
        holders.append(case)
        owners.append(case)
        holders += case.diagnoses + case.fusions
        for t in case.treatments:
            holders += [t, *t.administrations, *t.responses]
            owners.append(t)
        holders += case.adverse_events + case.procedures
    holders = sorted((h for h in holders if h.evidence is not None), key=lambda h: h.evidence.mention_start)
    groups: list[list] = []
    group_of: dict[int, list] = {}
    for h in holders:
        if groups and rnd.random() < SAME_SENTENCE:
            groups[-1].append(h)
        else:
            groups.append([h])
        group_of[id(h)] = groups[-1]
    for owner in owners:   # decisions were drawn after the facts: laid out after them, or inside their fact's sentence
        for index, why in enumerate(owner.why):
            if why.evidence is None:
                continue
            cited = _Cited(owner, index)
            if id(owner) in group_of and rnd.random() < DECISION_IN_FACT_SENTENCE:
                group_of[id(owner)].append(cited)
            else:
                groups.append([cited])
    pos = holders[0].evidence.sentence_start if holders else 0
    for group in groups:
        parts = [h.evidence.sentence for h in group]
        text = " ".join(parts)
        at = pos
        for h, part in zip(group, parts):
            ev = h.evidence
            ms = at + ev.mention_start - ev.sentence_start
            h.evidence = dataclasses.replace(ev, sentence=text, sentence_start=pos, sentence_end=pos + len(text),
                                             mention_start=ms, mention_end=ms + len(ev.mention))
            at += len(part) + 1
        pos += len(text) + rnd.randint(1, 400)


# Decisions (kg:decidedBecause) per case, as kg ingest records them on real reports (webtext*, seeds: 247
# decisions for 102 cases at why8): the sex noun in nearly every case, the end cue of about a third of the
# lines, outcome and patient-introduction cues in a quarter and a fifth of the cases, a retreatment cue in
# some later lines. Each cites its cue's words (its own evidence mention, after the facts' mentions).
def _why(decision: str, cue: str, rule: str, evidence: Evidence) -> Why:
    return Why(decision, cue, rule, evidence.mention_start, evidence.mention_end, evidence)


def add_decisions(case: CaseRecord, rnd: random.Random, ev: "_Offsets", title: str) -> None:
    if case.sex:
        noun = "woman" if case.sex == "female" else "man"
        case.why.append(_why("sex", "patient/SEX_NOUN", f"sex-noun-{case.sex}", ev.evidence(noun, title)))
    if case.outcome and rnd.random() < 0.6:
        case.why.append(_why("outcome", "patient/OUTCOME", "outcome-words", ev.evidence("remains alive", title)))
    if rnd.random() < 0.2:
        case.why.append(_why("patient introduced", "patient/PATIENT_INTRO", "intro-we-report",
                             ev.evidence("We report a patient", title)))
    for t in case.treatments:
        if t.end and rnd.random() < 0.4:
            t.why.append(_why("end", "therapy/END", "stop", ev.evidence("discontinued", title)))
        if t.line > 1 and rnd.random() < 0.15:
            t.why.append(_why("retreatment", "therapy/RESUME", "resume-verb", ev.evidence("restarted", title)))


def make_record(i: int, rnd: random.Random, vocab: Vocabulary) -> ReportRecord:
    pmid = 20_000_000 + i
    ids = [f"pmid:{pmid}"]
    if rnd.random() < 0.7:
        ids.insert(0, f"doi:10.{rnd.randint(1000, 9999)}/synthetic.{i}")
    if rnd.random() < 0.4:
        ids.append(f"pmcid:PMC{9_000_000 + i}")
    title_section = rnd.choice(SECTION_TITLES)
    ev = _Offsets(rnd)
    n_cases = 1 if rnd.random() < 0.93 else rnd.randint(2, 3)
    cases = []
    for number in range(1, n_cases + 1):
        case = CaseRecord(number=number, age=rnd.randint(1, 89) if rnd.random() < 0.95 else None,
                          sex=rnd.choice(["male", "female"]) if rnd.random() < 0.97 else None,
                          outcome=rnd.choice([None, "alive", "alive without evidence of disease", "died of disease"]))
        case.evidence = ev.evidence(f"{case.age or 'A'}-year-old", title_section)
        tid, tlabel = rnd.choices(vocab.tumors, weights=vocab.tumor_w)[0]
        case.diagnoses.append(Diagnosis(Concept(tid, tlabel, "tumor"), ev.evidence(tlabel, title_section)))
        if rnd.random() < 0.08:
            tid, tlabel = rnd.choices(vocab.tumors, weights=vocab.tumor_w)[0]
            if tlabel != case.diagnoses[0].concept.label:
                case.diagnoses.append(Diagnosis(Concept(tid, tlabel, "tumor"), ev.evidence(tlabel, title_section)))
        targeted: list[str] = []
        n_fusions = rnd.choices([0, 1, 2], weights=[8, 87, 5])[0]
        for _ in range(n_fusions):
            three, fives, drugs = rnd.choices(FUSIONS, weights=FUSION_WEIGHTS)[0]
            five = rnd.choice(fives) if rnd.random() < 0.88 else None
            fu = Fusion(vocab.gene(five) if five else None, vocab.gene(three))
            fu.evidence = ev.evidence(f"{five}::{three}" if five else f"{three} rearrangement", title_section)
            case.fusions.append(fu)
            targeted += drugs
        year, month = rnd.randint(2008, 2023), rnd.randint(1, 12)
        used: list[Concept] = []
        for line in range(1, rnd.choices([0, 1, 2, 3, 4, 5], weights=[4, 30, 30, 20, 10, 6])[0] + 1):
            if targeted and (line > 1 or rnd.random() < 0.6) and rnd.random() < 0.8:
                names = [rnd.choice(targeted)]
            elif rnd.random() < 0.7:
                names = rnd.choice(CHEMO)
            else:
                names = [rnd.choices(vocab.other_drugs, weights=vocab.other_drug_w)[0]]
            start = _date(rnd, year, month)
            dur = rnd.randint(1, 30)
            year2, month2 = year + (month - 1 + dur) // 12, (month - 1 + dur) % 12 + 1
            end = _date(rnd, year2, month2) if rnd.random() < 0.8 else None
            adms = []
            for name in names:
                d = vocab.drug(name)
                used.append(d)
                adms.append(DrugAdministration(
                    d, dose=f"{rnd.choice([100, 125, 150, 250, 500, 600])} mg" if rnd.random() < 0.5 else None,
                    route=rnd.choice(ROUTES) if rnd.random() < 0.4 else None,
                    schedule=rnd.choice(SCHEDULES) if rnd.random() < 0.4 else None,
                    evidence=ev.evidence(d.label, title_section)))
            t = Treatment(line=line, administrations=adms, start=start, end=end,
                          discontinuation_reason=rnd.choice([None, None, "progression", "toxicity"]),
                          evidence=ev.evidence(f"line {line}", title_section))
            for _ in range(rnd.choices([0, 1, 2], weights=[20, 60, 20])[0]):
                label = rnd.choices(RESPONSES, weights=RESPONSE_WEIGHTS)[0]
                t.responses.append(Response(Concept(vocab.responses.get(label), label, "response"),
                                            date=_date(rnd, year2, month2) if rnd.random() < 0.6 else None,
                                            explicit=rnd.random() < 0.8, evidence=ev.evidence(label, title_section)))
            case.treatments.append(t)
            year, month = year2, month2
        for _ in range(rnd.choices([0, 1, 2, 3, 4], weights=[30, 30, 20, 12, 8])[0]):
            aid, alabel = rnd.choices(vocab.aes, weights=vocab.ae_w)[0]
            drugs = rnd.sample(used, k=min(len(used), rnd.choice([0, 1, 1, 1, 2]))) if used else []
            case.adverse_events.append(AdverseEvent(
                Concept(aid, alabel, "adverse_event"), grade=rnd.choice([1, 2, 2, 3, 3, 4, 5, None]),
                drugs=list(dict.fromkeys(drugs)), evidence=ev.evidence(alabel.lower(), title_section)))
        for _ in range(rnd.choices([0, 1, 2], weights=[40, 45, 15])[0]):
            pid, plabel = rnd.choices(vocab.procedures, weights=vocab.proc_w)[0]
            dose = fr = None
            label = plabel
            if "radio" in plabel or "radiation" in plabel:
                fr = rnd.choice([1, 5, 10, 25, 30])
                dose = float(fr * rnd.choice([2, 3, 4]))
                label = f"{plabel} {dose:g} Gy in {fr} fractions"
            case.procedures.append(Procedure(Concept(pid, plabel, "procedure"), label,
                                             date=_date(rnd, year, month) if rnd.random() < 0.5 else None,
                                             dose_gy=dose, fractions=fr, evidence=ev.evidence(plabel, title_section)))
        cases.append(case)
    drnd = random.Random(rnd.random())   # the decisions' own stream, drawn last: the facts stay as they were
    for case in cases:
        add_decisions(case, drnd, ev, title_section)
    doc = Document(source=f"synthetic/{i:07d}.txt", format="text", ids=ids,
                   title=f"Synthetic case report {i}", text="", sections=[], article_type="case-report",
                   license="CC BY 4.0" if rnd.random() < 0.6 else None)
    return ReportRecord(document=doc, cases=cases,
                        content_hash=hashlib.sha256(f"synthetic-{i}".encode()).hexdigest())


def generate_records(n: int, seed: int = 7, start: int = 0) -> Iterator[ReportRecord]:
    """Reports ``start .. start+n-1``; report i depends only on (seed, i)."""
    vocab = Vocabulary(seed)
    for i in range(start, start + n):
        record = make_record(i, random.Random(f"{seed}-{i}"), vocab)
        share_sentences(record, random.Random(f"{seed}-{i}-sentences"))   # own stream: the facts stay as they were
        yield record


def generate_graphs(n: int, seed: int = 7, start: int = 0):
    """(graph IRI, rdflib Graph) per report, built by kg.graph.build."""
    for rec in generate_records(n, seed, start):
        yield build_report_graph(rec)


def iter_quads(n: int, seed: int = 7, start: int = 0) -> Iterator[ox.Quad]:
    """The store's layout (kg.store.bulk): report graphs, terms once, summaries with their counts."""
    return report_quads((str(giri), [(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in g])
                        for giri, g in generate_graphs(n, seed, start))


def write_nquads(path: str | Path, n: int, seed: int = 7) -> int:
    """Stream ``n`` reports as N-Quads to ``path`` (written beside, then renamed). Returns quads written."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    count = 0

    def counted():
        nonlocal count
        for q in iter_quads(n, seed):
            count += 1
            yield q

    with open(tmp, "wb") as f:
        ox.serialize(counted(), f, ox.RdfFormat.N_QUADS)
    tmp.replace(path)
    return count


def _chunk(args: tuple[int, int, int]) -> tuple[bytes, dict[str, bytes], dict, int]:
    """Reports ``start .. start+n-1`` in the store's layout (kg.store.bulk.report_part): their
    report graph and record quads as N-Quads, each term's quads, their summed counts, quads written."""
    start, n, seed = args
    own: list[ox.Quad] = []
    terms: dict[str, bytes] = {}
    totals: dict[tuple, int] = {}
    for giri, g in generate_graphs(n, seed, start):
        quads, term_quads, counts = report_part(str(giri), [(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in g])
        own += quads
        for t, tq in term_quads.items():
            terms.setdefault(t, ox.serialize(tq, format=ox.RdfFormat.N_QUADS))
        for key, c in counts.items():
            totals[key] = totals.get(key, 0) + c
    return ox.serialize(own, format=ox.RdfFormat.N_QUADS), terms, totals, len(own)


def write_nquads_parallel(path: str | Path, n: int, seed: int = 7, jobs: int = 2, chunk: int = 500) -> int:
    """``write_nquads`` with the reports built in ``jobs`` processes: the same quads (the same records,
    the first copy of each term, the counts summed over every report), in another order."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    seen: set[str] = set()
    totals: dict[tuple, int] = {}
    count = 0
    parts = [(start, min(chunk, n - start), seed) for start in range(0, n, chunk)]
    with open(tmp, "wb") as f, multiprocessing.get_context("fork").Pool(jobs) as pool:
        for data, terms, counts, k in pool.imap(_chunk, parts):   # in report order
            f.write(data)
            count += k
            for t, tq in terms.items():
                if t not in seen:   # first label wins, as kg.store.bulk.report_quads
                    seen.add(t)
                    f.write(tq)
                    count += tq.count(b"\n")
            for key, c in counts.items():
                totals[key] = totals.get(key, 0) + c
        rest = list(count_quads(totals))
        ox.serialize(rest, f, ox.RdfFormat.N_QUADS)
        count += len(rest)
    tmp.replace(path)
    return count


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cases", type=int, default=10_000, help="number of reports (default 10000)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("-o", "--output", default=None, help="N-Quads file (default benchmarks/out/cases-N-seedS.nq)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="build the reports in N processes (same quads)")
    args = ap.parse_args(argv)
    out = Path(args.output) if args.output else OUT / f"cases-{args.cases}-seed{args.seed}.nq"
    t0 = time.perf_counter()
    nq = (write_nquads_parallel(out, args.cases, args.seed, args.jobs) if args.jobs > 1
          else write_nquads(out, args.cases, args.seed))
    print(f"{args.cases} reports, {nq} quads -> {out} ({out.stat().st_size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
