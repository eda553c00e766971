"""Session 37: apply the gold convention settled then (benchmarks/gold/README.md, "Conventions settled in session 37")
to every gold file of benchmarks/gold. Prints counts per set only (never record content: some records are held out).

    python benchmarks/gold/apply_conventions37.py [--dry-run]
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent
ROOT = GOLD.parents[1]

PCNSL = "NCIT:C9301"  # NCIt "central nervous system lymphoma" (OncoTree's PCNSL code): any lymphoma there
PCNS_DLBCL = "NCIT:C212057"  # DO "primary diffuse large B-cell lymphoma of the central nervous system"
PCNS_DLBCL_LABEL = "primary diffuse large B-cell lymphoma of the central nervous system"
DLBCL_IDS = {"NCIT:C45231", "NCIT:C36081", "NCIT:C148394", "NCIT:C148395", "NCIT:C148396", "NCIT:C148398"}
# the page states the lymphoma's histology as a diffuse large B-cell lymphoma
DLBCL_STATED = re.compile(r"diffuse\s+large\s+B[- ]cell|\bDLBCL\b", re.I)


def _page(record: dict) -> str:
    page = ROOT / (record.get("source_file") or "")
    if not record.get("source_file") or not page.is_file():
        return ""
    return page.read_text(encoding="utf-8", errors="replace")


def pcnsl_of_dlbcl(record: dict) -> int:
    """15. A primary CNS lymphoma whose report states a diffuse large B-cell lymphoma is the DLBCL of the CNS
    (NCIT:C212057, the most specific id, convention 7); the DLBCL is then no second diagnosis of the record."""
    diagnoses = record.get("diagnoses", [])
    if not any(d.get("id") == PCNSL for d in diagnoses) or not DLBCL_STATED.search(_page(record)):
        return 0
    n = 0
    for d in diagnoses:
        if d.get("id") == PCNSL:
            d["id"] = PCNS_DLBCL
            if PCNS_DLBCL_LABEL not in d["labels"]:
                d["labels"].append(PCNS_DLBCL_LABEL)
            n += 1
    kept = [d for d in diagnoses if d.get("id") not in DLBCL_IDS]
    n += len(diagnoses) - len(kept)
    record["diagnoses"] = kept
    return n


CONVENTIONS = {"pcnsl": pcnsl_of_dlbcl}


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(GOLD))
    from gold_files import apply_to_gold_files
    apply_to_gold_files(CONVENTIONS, argv)


if __name__ == "__main__":
    main(sys.argv[1:])
