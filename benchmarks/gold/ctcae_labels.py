"""Check that every adverse event of the development gold carries its CTCAE v5.0 term name.

Usage: python benchmarks/gold/ctcae_labels.py [GOLD.json ...] [--shared DIR]
       (default: the four development gold files of this folder; DIR defaults to ../shared)

kg names adverse events with CTCAE v5.0 terms, and the scorer (../shared/eval/score_cases.py)
counts a predicted event only when its label is one of the gold entry's `labels`. So each gold
event lists, beside its common names, the CTCAE term(s) the annotated event corresponds to (the
mapping pass is described in README.md). This tool keeps that true: an entry passes when one of
its labels equals a CTCAE term of `terminology/ctcae/ctcae_v5.0_terms.tsv` (case-insensitive,
whitespace collapsed), or when it is listed in EXCEPTIONS with the reason no term fits.
"<SOC> - Other, specify" rows are not names and do not count.

Exit status 0 when every entry passes and every exception still names an entry, 1 otherwise,
2 when the CTCAE file is missing.
"""
from __future__ import annotations

import csv
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_SHARED = ROOT.parent / "shared"
CTCAE_FILE = Path("terminology") / "ctcae" / "ctcae_v5.0_terms.tsv"
DEFAULT_GOLD = [HERE / f"{name}_cases.gold.json" for name in ("dev", "corpora", "corpora2", "webtext", "webtext2", "webtext3")]

# (gold file name, report, first label) -> why no CTCAE v5.0 term names the event.
# CTCAE would grade these under "<SOC> - Other, specify"; an entry may still hold the term of one of
# its signs among its labels (erythema nodosum: "fever"), which does not name the event itself.
EXCEPTIONS: dict[tuple[str, str, str], str] = {
    ("corpora_cases.gold.json", "pmid:14648024", "erythema nodosum"):
        "erythema nodosum has no CTCAE term (Skin and subcutaneous tissue disorders - Other); "
        "its 'fever' label is a sign the gold folded into the event, not the event's term",
    ("corpora_cases.gold.json", "pmid:3192036", "massive pulmonary obstruction"):
        "pulmonary obstruction by tumour (choriocarcinoma) emboli: Thromboembolic event is defined "
        "as occlusion by a thrombus, which a tumour plug is not",
    ("corpora2_cases.gold.json", "pmid:20528871", "musculoskeletal pain"):
        "musculoskeletal pain names no body part; CTCAE has no such term and its Pain row says to "
        "use a specific body-part term, which the text does not allow choosing",
    ("corpora2_cases.gold.json", "pmid:12912689", "abnormal ocular motility"):
        "mechanical restriction of eye movements by orbital fibrosis: Extraocular muscle paresis is "
        "defined as paralysis, and no CTCAE term names orbital fibrosis",
    ("corpora2_cases.gold.json", "pmid:946593", "paraplegia"):
        "paraplegia from intrathecal methotrexate (myelopathy): CTCAE has no paraplegia or "
        "myelopathy term; Myelitis is defined as inflammation",
    ("webtext_cases.gold.json", "doi:10.3390/hnoc11040402", "immune-related hepatitis"):
        "CTCAE v5.0 has no non-infective hepatitis term (only Hepatitis viral, Hepatitis B "
        "reactivation); the page gives no transaminase values",
    ("webtext_cases.gold.json", "doi:10.14740/puocr1043", "jaw pain"):
        "CTCAE v5.0 has no jaw pain term; Facial pain, Neuralgia and Pain would each be a guess and "
        "'pain' alone is less specific than the text",
    ("webtext7_cases.gold.json", "doi:10.7713/ahcs.2026.0217", "Differentiation syndrome"):
        "differentiation syndrome on gilteritinib (fever, hypoxia, infiltrates, weight gain): CTCAE v5.0 "
        "has no term for it (Immune system or General disorders - Other); listing Fever, Hypoxia and Weight "
        "gain would score any of its signs as the syndrome",
}


def norm(s: str) -> str:
    return " ".join(str(s).lower().split())


def read_ctcae_terms(path: Path) -> dict[str, str]:
    """Normalised term -> CTCAE spelling, from the `CTCAE Term` column (Other-specify rows left out)."""
    with path.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    return {norm(r["CTCAE Term"]): r["CTCAE Term"].strip() for r in rows
            if r.get("CTCAE Term") and "other, specify" not in r["CTCAE Term"].lower()}


@dataclass
class Report:
    checked: int = 0
    with_term: int = 0
    excepted: list[tuple[str, str, str, str]] = field(default_factory=list)   # (file, report, label, reason)
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def check(gold_paths: list[Path], terms: dict[str, str],
          exceptions: dict[tuple[str, str, str], str] = EXCEPTIONS) -> Report:
    out, used = Report(), set()
    for path in gold_paths:
        for rec in json.loads(path.read_text(encoding="utf-8")):
            for i, ae in enumerate(rec.get("adverse_events", [])):
                out.checked += 1
                labels = ae.get("labels") or []
                key = (path.name, rec["report"], labels[0] if labels else "")
                if key in exceptions:
                    used.add(key)
                    out.excepted.append((*key, exceptions[key]))
                elif any(norm(x) in terms for x in labels):
                    out.with_term += 1
                else:
                    out.failures.append(f"{path.name}: {rec['report']} adverse_events[{i}] {labels[:3]}: "
                                        "no CTCAE v5.0 term among its labels and no exception")
    names = {p.name for p in gold_paths}
    for key in sorted(set(exceptions) - used):
        if key[0] in names:
            out.failures.append(f"{key[0]}: exception for {key[1]} '{key[2]}' names no adverse event")
    return out


def main(argv: list[str]) -> int:
    shared = DEFAULT_SHARED
    if "--shared" in argv:
        i = argv.index("--shared")
        shared = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    ctcae = shared / CTCAE_FILE
    if not ctcae.is_file():
        print(f"ctcae_labels: {ctcae}: CTCAE v5.0 term file not found", file=sys.stderr)
        return 2
    paths = [Path(a) for a in argv] or DEFAULT_GOLD
    rep = check(paths, read_ctcae_terms(ctcae))
    for f in rep.failures:
        print("FAIL", f)
    for file, report, label, reason in rep.excepted:
        print(f"exception {file}: {report} '{label}': {reason}")
    print(f"{rep.checked} adverse events: {rep.with_term} with a CTCAE v5.0 term, "
          f"{len(rep.excepted)} exceptions, {len(rep.failures)} failures")
    print("RESULT:", "PASS" if rep.ok else "FAIL")
    return 0 if rep.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
