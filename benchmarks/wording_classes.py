"""How many instances of each adverse-event and fusion wording class (issue #11, classes 5 and 6)
the development corpus holds, and how many of them the installed `kg` NLP reads as intended.

Usage: python benchmarks/wording_classes.py [--shared DIR] [--json OUT] [--examples N]

Each class has a *finder*: a broad regular expression written for this count only (it is not the
pipeline's rule), run over the text of every document the readers make of ../shared/corpus
(abstracts, annotated web reports, CaseReportBench texts, JATS, PubMed, seeds). Each instance's
sentence is run through the pipeline (`kg.nlp.build_pipeline()`), and the instance is *read* when
the span the class is about is there:

- positive AE classes: an ADVERSE_EVENT span in the instance, with a grade where the wording gives
  one (lab value + grade, grade range, "level N" next to an event) or with its severity and no
  grade (severity words);
- positive fusion classes: a FUSION span in the instance naming both partners (one partner for
  "ALK-positive"/"ALK-rearranged"), in the order of the known fusion for reversed pairs;
- negative classes (point mutations, amplifications, "level" as an evidence/node level, background
  statements): *read* means no span is produced there (no FUSION/GRADE span, or a FUSION span the
  NLP marks as not the patient's or as literature).

Run it on two checkouts (PYTHONPATH=<checkout>) to compare before and after a change. Most
instances in this corpus sit in trial abstracts (aggregate rates), so a *read* wording is not a
patient fact: whether it becomes one is decided later by extraction, and scored by accuracy.py.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ["abstracts", "annotated", "text", "jats", "pubmed", "seeds"]

_G = r"[A-Z][A-Z0-9]{1,9}"
_ROMAN = r"(?:[1-5]|IV|V|I{1,3})"
_LAB = (r"(?:AST|ALT|SGOT|SGPT|aspartate aminotransferase|alanine aminotransferase|bilirubin|creatinine|ANC|"
        r"neutrophils?|neutrophil count|platelets?|platelet count|h(?:a)?emoglobin|Hb|WBC|lipase|amylase|CPK|"
        r"creatine kinase|ALP|alkaline phosphatase|GGT|triglycerides|cholesterol)")

# name -> (kind, finder); kind: "ae" / "ae_severity" / "fusion2" / "fusion1" / "fusion_reversed" / "none_fusion"
# / "none_grade"
CLASSES: dict[str, tuple[str, re.Pattern]] = {
    "AE: grade after a lab value": ("ae_graded", re.compile(
        rf"\b{_LAB}\b[^.;]{{0,50}}?\d[^.;]{{0,40}}?\bgrade\s*{_ROMAN}\b", re.I)),
    "AE: grade range (grade 3/4 X)": ("ae_graded", re.compile(
        rf"\bgrades?\s*{_ROMAN}\s*(?:/|-|–|to|or|and)\s*{_ROMAN}\s+(?:[a-z]+\s+){{0,2}}[a-z]+", re.I)),
    "AE: level N next to an event": ("ae_graded", re.compile(
        r"\blevel\s*" + _ROMAN + r"\s+(?:pneumonitis|neutropenia|diarrh\w+|rash|nausea|vomiting|fatigue|"
        r"hepatotoxicity|toxicity|anemia|thrombocytopenia)\b", re.I)),
    "AE: X-induced event": ("ae", re.compile(r"\b[\w]+-induced\s+[a-z]+(?:\s+[a-z]+)?", re.I)),
    "AE: severity word, no grade": ("ae_severity", re.compile(
        r"\b(?:mild|moderate|severe|serious|life-threatening)\s+(?:[a-z]+\s+)?[a-z]+", re.I)),
    "AE: negated summary": ("count", re.compile(
        r"\b(?:no|without)\s+(?:\w+\s+){0,3}(?:toxicit\w+|adverse (?:events?|effects?)|side effects?)\b|"
        r"\bwell[- ]tolerated\b|\btolerated\s+(?:\w+\s+)?well\b", re.I)),
    "not a grade: level as evidence/node level": ("none_grade", re.compile(
        r"\blevel\s*" + _ROMAN + r"\s+(?!pneumonitis|neutropenia|diarrh|rash|nausea|vomiting|fatigue|hepatotox|"
        r"toxicity|anemia|thrombocytopenia)[a-z]+", re.I)),
    "fusion: exon-annotated partners": ("fusion2", re.compile(
        rf"\b{_G}\s*\(?\s*(?:exon|ex|e)\s*\d+\s*\)?\s*(?:::|[-–‐/])\s*{_G}\b")),
    "fusion: EML4-ALK exon code (E6;A20)": ("fusion2", re.compile(r"\bE\d+[ab]?;\s?A\d+\b")),
    "fusion: variant named (EML4-ALK variant 1)": ("fusion2", re.compile(
        rf"\b{_G}(?:::|[-–‐/]){_G}\s+(?:fusion\s+)?(?:variant|v)\s*\d+[a-z]?\b")),
    "fusion: slash pair with a fusion cue (KIF5B/RET fusion)": ("fusion2", re.compile(
        rf"\b{_G}/{_G}\s+(?:fusions?|rearrangements?|translocations?|transcripts?)\b")),
    "fusion: double colon (CD74::ROS1)": ("fusion2", re.compile(rf"\b{_G}::{_G}\b")),
    "fusion: hyphen pair with a fusion cue": ("fusion2", re.compile(
        rf"\b{_G}[-–‐]{_G}\s+(?:fusion|rearrangement|translocation|transcript)s?\b")),
    "fusion: partners in words (fusion between X and Y)": ("fusion2", re.compile(
        rf"\b(?:fusions?|rearrangements?)\s+(?:between|of|involving)\s+(?:the\s+)?{_G}(?:\s+gene)?\s+(?:and|with|to)\s+"
        rf"(?:the\s+)?{_G}\b|\b{_G}\s+(?:was\s+|is\s+)?fused\s+(?:in[- ]frame\s+)?(?:to|with)\s+{_G}\b")),
    "fusion: kinase written first (ALK-EML4)": ("fusion_reversed", re.compile(
        r"\b(?:ALK|ROS1|RET|NTRK[123])[-–‐:/]+"
        r"(?:EML4|KIF5B|CD74|ETV6|CCDC6|TPM3|LMNA|SDC4|EZR|SLC34A2|NCOA4|TFG|YWHAE)\b")),
    "fusion: one partner (ALK-positive / ALK-rearranged)": ("fusion1", re.compile(
        r"\b(?:ALK|ROS1|RET|NTRK[123])[-‐ ](?:positive|rearranged|rearrangements?|fusions?)\b")),
    "not a fusion: point mutation (ALK R1275Q)": ("none_fusion", re.compile(rf"\b{_G}\s+[A-Z]\d{{2,4}}[A-Z]\b")),
    "not a fusion: amplification": ("none_fusion", re.compile(rf"\b{_G}\s+(?:gene\s+)?amplifications?\b")),
    "not a fusion: background (NTRK fusions occur in...)": ("none_fusion", re.compile(
        r"\b(?:ALK|ROS1|RET|NTRK[123]?)\s+(?:gene\s+)?(?:fusions|rearrangements)\s+"
        r"(?:occur|are\s+(?:found|present|seen|"
        r"detected|reported)|have\s+been)\b")),
}


def corpus_documents(shared: Path):
    from kg.readers import read_path

    for name in SOURCES:
        root = shared / "corpus" / name
        files = sorted(p for p in root.rglob("*") if p.is_file() and "LICENSE" not in p.name.upper())
        for f in files:
            try:
                for doc in read_path(f):
                    if isinstance(getattr(doc, "text", None), str):  # collections yield errors for bad records
                        yield name, doc
            except Exception:  # an unreadable input is the readers' business; count what can be read
                continue


def sentence_span(text: str, starts: list[int], pos: int) -> tuple[int, int]:
    import bisect

    k = bisect.bisect_right(starts, pos) - 1
    s = starts[k] if k >= 0 else 0
    e = starts[k + 1] if k + 1 < len(starts) else len(text)
    return s, e


def _overlapping(doc, start: int, end: int, label: str):
    return [e for e in doc.ents if e.label_ == label and e.start_char < end and start < e.end_char]


def is_read(kind: str, sdoc, start: int, end: int, known) -> bool:
    """Whether the NLP reads the instance at [start, end) of the sentence doc as the class intends."""
    if kind in ("ae", "ae_graded", "ae_severity"):
        # the event may follow the cue ("grade 3/4 neutropenia"): look a little past the match
        aes = _overlapping(sdoc, start, end + 2, "ADVERSE_EVENT")
        if kind == "ae_graded":
            return any(e._.grade is not None for e in aes)
        if kind == "ae_severity":
            return any(e._.severity and e._.grade is None for e in aes)
        return bool(aes)
    fusions = _overlapping(sdoc, start, end, "FUSION")
    sides = [((f._.fusion or {}).get("five_prime"), (f._.fusion or {}).get("three_prime")) for f in fusions]
    if kind == "fusion2":
        return any(a and b for a, b in sides)
    if kind == "fusion1":
        return any(b or a for a, b in sides)
    if kind == "fusion_reversed":
        return any(a and b and (a["label"], b["label"]) in known for a, b in sides)
    if kind == "none_fusion":
        return all((f._.fusion or {}).get("not_patient") or f._.status == "literature" for f in fusions)
    if kind == "none_grade":
        return not _overlapping(sdoc, start, end, "GRADE")
    return True


def survey(shared: Path, examples: int = 0) -> dict:
    from kg.nlp import build_pipeline
    from kg.nlp.components import sentence_starts

    known = _known_pairs()
    nlp = build_pipeline()
    found: list[tuple[str, str, str, int, int]] = []  # class, source, sentence, start, end (in sentence)
    for source, doc in corpus_documents(shared):
        text = doc.text
        starts = [0, *sentence_starts(text)]
        for name, (_, rx) in CLASSES.items():
            for m in rx.finditer(text):
                s, e = sentence_span(text, starts, m.start())
                found.append((name, source, text[s:e], m.start() - s, min(m.end(), e) - s))
    sentences = sorted({f[2] for f in found})
    docs = dict(zip(sentences, nlp.pipe(sentences, batch_size=64)))
    out: dict[str, dict] = {}
    for name, (kind, _) in CLASSES.items():
        rows = [f for f in found if f[0] == name]
        read = [f for f in rows if is_read(kind, docs[f[2]], f[3], f[4], known)]
        per_source = Counter(f[1] for f in rows)
        missed = [f[2][max(0, f[3] - 60): f[4] + 60].replace("\n", " ") for f in rows if f not in read]
        out[name] = {"kind": kind, "instances": len(rows), "read": len(read), "per_source": dict(per_source),
                     "not_read_examples": missed[:examples]}
    return out


def _known_pairs() -> set[tuple[str, str]]:
    try:
        from kg.nlp.fusion import known_fusions
    except ImportError:  # a checkout from before the known-fusion list: read the list of this one
        import csv
        path = ROOT / "ontology" / "fusions" / "known_fusions.tsv"
        with path.open(encoding="utf-8") as fh:
            return {(r["five_prime"], r["three_prime"]) for r in csv.DictReader(fh, delimiter="\t")}
    return set(known_fusions().pairs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--json", type=Path, help="write the counts here")
    ap.add_argument("--examples", type=int, default=0, help="print up to N instances not read, per class")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus").is_dir():
        ap.error(f"no shared corpus at {args.shared}")
    res = survey(args.shared, args.examples)
    print(f"{'class':58s} {'instances':>9s} {'read':>5s}  per source")
    for name, r in res.items():
        read = "-" if r["kind"] == "count" else r["read"]
        sources = ", ".join(f"{k} {v}" for k, v in sorted(r["per_source"].items()))
        note = "  (read = correctly no span)" if r["kind"].startswith("none") else ""
        print(f"{name:58s} {r['instances']:9d} {read:>5}  {sources}{note}")
        for ex in r["not_read_examples"]:
            print(f"      not read: …{ex}…")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
