#!/usr/bin/env python
"""Recognition benchmark of the project NLP against CIViCmine test sentences + seed mentions.

    python benchmarks/linking_benchmark.py [--shared ../shared] [--limit N] [--no-seeds]

Runs `kg.nlp.build_pipeline()` (a spaCy Language whose doc.ents carry TUMOR/DRUG/GENE/... labels
and `span._.curie`) on every sentence of civicmine_testing.tar.gz (.txt + .a1 brat annotations:
gene, cancer, drug, variant) and prints precision/recall/F1 for genes, drugs and cancers, both
strict (same offsets) and lenient (overlapping spans). Then lists every linked mention of the two
seed case reports (../shared/corpus/seeds).
"""
from __future__ import annotations

import argparse
import sys
import tarfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# our label -> CIViCmine entity type
LABELS = {"GENE": "gene", "DRUG": "drug", "TUMOR": "cancer"}
KINDS = ("gene", "drug", "cancer")


def load_civicmine(path: Path) -> list[tuple[str, str, list[tuple[int, int, str]]]]:
    """[(doc id, sentence text, [(start, end, type), ...])] from the test tarball (read in memory)."""
    texts: dict[str, str] = {}
    anns: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    with tarfile.open(path, "r:gz") as tar:
        for m in tar.getmembers():
            if not m.isfile():
                continue
            stem, _, ext = m.name.rpartition(".")
            data = tar.extractfile(m).read().decode("utf-8")
            if ext == "txt":
                texts[stem] = data
            elif ext == "a1":
                for line in data.splitlines():
                    parts = line.split("\t")
                    if len(parts) >= 2 and parts[0].startswith("T"):
                        typ, start, end = parts[1].split()[:3]
                        anns[stem].append((int(start), int(end), typ))
    return [(k, texts[k], anns.get(k, [])) for k in sorted(texts)]


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(nlp, docs) -> dict[str, dict[str, int]]:
    c = {mode: {k: defaultdict(int) for k in KINDS} for mode in ("strict", "lenient")}
    for _, text, gold in docs:
        doc = nlp(text.rstrip("\n"))
        pred = [(e.start_char, e.end_char, LABELS[e.label_]) for e in doc.ents if e.label_ in LABELS]
        gold = [g for g in gold if g[2] in KINDS]
        for kind in KINDS:
            P = [p for p in pred if p[2] == kind]
            G = [g for g in gold if g[2] == kind]
            s = c["strict"][kind]
            s["tp"] += len(set(P) & set(G))
            s["fp"] += len(set(P) - set(G))
            s["fn"] += len(set(G) - set(P))
            lc = c["lenient"][kind]
            lc["tp"] += sum(1 for g in G if any(p[0] < g[1] and g[0] < p[1] for p in P))
            lc["fn"] += sum(1 for g in G if not any(p[0] < g[1] and g[0] < p[1] for p in P))
            lc["fp"] += sum(1 for p in P if not any(p[0] < g[1] and g[0] < p[1] for g in G))
    return c


def seed_text(path: Path) -> str:
    raw = path.read_bytes()
    if raw.lstrip().startswith(b"<"):
        from kg.readers.xmlsafe import parse_xml

        root = parse_xml(raw, str(path))
        return " ".join(" ".join(root.itertext()).split())
    return raw.decode("utf-8", errors="replace")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences")
    ap.add_argument("--no-seeds", action="store_true")
    args = ap.parse_args(argv)
    tarball = args.shared / "corpora" / "civicmine" / "civicmine_testing.tar.gz"
    if not tarball.exists():
        print(f"error: {tarball} not found; pass --shared", file=sys.stderr)
        return 2
    try:
        from kg.nlp import build_pipeline
    except ImportError as exc:
        print(f"error: kg.nlp.build_pipeline is not available yet ({exc})", file=sys.stderr)
        return 2
    nlp = build_pipeline()
    docs = load_civicmine(tarball)
    if args.limit:
        docs = docs[: args.limit]
    counts = score(nlp, docs)
    print(f"CIViCmine test: {len(docs)} sentences")
    print(f"{'mode':8} {'type':7} {'gold':>5} {'pred':>5} {'P':>6} {'R':>6} {'F1':>6}")
    for mode, per in counts.items():
        for kind, c in per.items():
            p, r, f = prf(c["tp"], c["fp"], c["fn"])
            print(f"{mode:8} {kind:7} {c['tp'] + c['fn']:5d} {c['tp'] + c['fp']:5d} {p:6.3f} {r:6.3f} {f:6.3f}")
    if not args.no_seeds:
        for f in sorted((args.shared / "corpus" / "seeds").glob("*")):
            doc = nlp(seed_text(f))
            print(f"\n== {f.name}: {len(doc.ents)} entities")
            for e in doc.ents:
                curie = getattr(e._, "curie", None) if e.has_extension("curie") else None
                print(f"{e.start_char:6d} {e.label_:14} {e.text[:50]!r:54} {curie or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
