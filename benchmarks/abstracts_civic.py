"""Dev abstracts vs CIViC gold: were the molecular-profile genes, the disease and the therapies found?

Usage: python benchmarks/abstracts_civic.py [--shared ../shared] [--json OUT]

For each abstract in ../shared/corpus/abstracts joined (on pmid) with
../shared/gold/civic_gold_for_abstracts_dev.tsv, prints whether the NLP found the
gold genes (GENE or FUSION partner), disease (TUMOR; lenient word match) and therapies
(DRUG, by preferred label or synonym), and whether extraction made a patient case and
with which drugs (most of these abstracts are trials, where no case is expected).
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_WORD_MAP = {"cancer": "carcinoma", "nsclc": "non-small cell lung carcinoma", "tumour": "tumor"}
_STOP = {"of", "the", "and", "with", "cell", "nos"}


def words(s: str) -> set[str]:
    s = s.lower().replace("-", " ")
    for a, b in _WORD_MAP.items():
        s = re.sub(rf"\b{a}\b", b, s)
    return {w for w in re.findall(r"[a-z0-9]+", s) if w not in _STOP}


def disease_found(gold: str, tumors: list[str]) -> bool:
    g = words(gold)
    return any(len(g & words(t)) >= max(1, len(g) - 1) for t in tumors)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--json", default=None)
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    from kg.extraction.extract import extract_report
    from kg.nlp import build_pipeline
    from kg.readers import read_path
    from kg.terms import load_terms

    gold: dict[str, list[dict]] = defaultdict(list)
    with open(shared / "gold" / "civic_gold_for_abstracts_dev.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            gold[row["pmid"]].append(row)
    synonyms: dict[str, set[str]] = defaultdict(set)
    for t in load_terms():
        if t.type in ("drug", "drug_class"):
            for name in (t.label, *t.synonyms):
                synonyms[name.lower()].add(t.label.lower())
    nlp = build_pipeline()
    docs = [d for d in read_path(shared / "corpus" / "abstracts" / "nsclc_guideline_cited_abstracts.jsonl")
            if not isinstance(d, Exception) and any(i == f"pmid:{p}" for p in gold for i in d.ids)]
    t0 = time.perf_counter()
    rows, totals = [], defaultdict(lambda: [0, 0])
    for d in docs:
        pmid = next(i.split(":", 1)[1] for i in d.ids if i.startswith("pmid:"))
        ndoc = nlp(d.text)
        genes = {e.text.upper() for e in ndoc.ents if e.label_ == "GENE"} | {(e._.pref_label or "").upper() for e in ndoc.ents if e.label_ == "GENE"}
        for e in ndoc.ents:
            if e.label_ == "FUSION" and e._.fusion:
                genes |= {(p or {}).get("label", "").upper() for p in e._.fusion.values() if p}
        tumors = [e._.pref_label or e.text for e in ndoc.ents if e.label_ == "TUMOR"] + \
                 [e.text for e in ndoc.ents if e.label_ == "TUMOR"]
        drugs = {(e._.pref_label or e.text).lower() for e in ndoc.ents if e.label_ in ("DRUG", "DRUG_CLASS")}
        record = extract_report(d, nlp)
        case_drugs = sorted({a.drug.label.lower() for c in record.cases for t in c.treatments for a in t.administrations})
        g_genes = {g.upper() for r in gold[pmid] for g in re.split(r"::|\s", r["molecular_profile"])[:1] + re.split(r"::", r["molecular_profile"].split()[0])
                   if g and g.upper() != "V" and re.match(r"^[A-Z0-9-]+$", g.upper())}
        g_dis = {r["disease"] for r in gold[pmid] if r["disease"]}
        g_ther = {t.strip().lower() for r in gold[pmid] for t in r["therapies"].split(",") if t.strip()}
        found_genes = {g for g in g_genes if g in genes}
        found_dis = {x for x in g_dis if disease_found(x, tumors)}
        found_ther = {t for t in g_ther if t in drugs or (synonyms.get(t, set()) & drugs)}
        for key, got, want in (("genes", found_genes, g_genes), ("disease", found_dis, g_dis), ("therapies", found_ther, g_ther)):
            totals[key][0] += len(got)
            totals[key][1] += len(want)
        rows.append({"pmid": pmid, "genes": f"{len(found_genes)}/{len(g_genes)}", "disease": f"{len(found_dis)}/{len(g_dis)}",
                     "therapies": f"{len(found_ther)}/{len(g_ther)}", "cases": len(record.cases), "case_drugs": case_drugs,
                     "missed": sorted((g_genes - found_genes) | (g_dis - found_dis) | (g_ther - found_ther))})
    elapsed = time.perf_counter() - t0
    print(f"{'pmid':>9} {'genes':>6} {'disease':>8} {'therapies':>9} {'cases':>5}  missed")
    for r in rows:
        print(f"{r['pmid']:>9} {r['genes']:>6} {r['disease']:>8} {r['therapies']:>9} {r['cases']:>5}  {', '.join(r['missed'])}")
    print("-" * 60)
    summary = {k: {"found": v[0], "gold": v[1], "recall": round(v[0] / v[1], 3) if v[1] else None} for k, v in totals.items()}
    for k, v in summary.items():
        print(f"{k:10s} found {v['found']}/{v['gold']}  recall {v['recall']}")
    print(f"abstracts {len(rows)}; with a patient case: {sum(1 for r in rows if r['cases'])}; {elapsed:.1f}s")
    if args.json:
        Path(args.json).write_text(json.dumps({"rows": rows, "totals": summary}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
