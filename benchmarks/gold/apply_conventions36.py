"""Session 36: apply the gold conventions settled then (benchmarks/gold/README.md, "Conventions settled in session 36")
to every gold file of benchmarks/gold. Prints counts per set only (never record content: some records are held out).

    python benchmarks/gold/apply_conventions36.py [--dry-run]
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

GOLD = Path(__file__).resolve().parent
ROOT = GOLD.parents[1]

APL, APL_PML_RARA = "NCIT:C208352", "NCIT:C3182"
APL_PML_RARA_LABEL = "acute promyelocytic leukemia with PML-RARA"
LEUCOVORIN = {"id": "NCIT:C71631", "labels": ["leucovorin", "folinic acid"]}
# a page that names leucovorin itself or a fluorouracil regimen whose name holds it (FOL- = folinic acid; FLOT)
LEUCOVORIN_NAMED = re.compile(r"leucovorin|folinic|\bFOL(?:FOX|FIRI|FIRINOX|FOXIRI)|\bFLOT\b|\bLV5FU|\b5-?FU/LV\b", re.I)
IMMUNE_HEPATITIS = re.compile(r"hepatitis", re.I)
VIRAL_HEPATITIS = re.compile(r"viral|hepatitis [a-e]\b|\bhbv\b|\bhcv\b", re.I)
SEROUS_RETINA = re.compile(r"serous retinal detachment|serous retinopathy|subretinal fluid|MEK inhibitor-associated retinopathy",
                           re.I)


def _labels(item: dict) -> str:
    return " | ".join(item.get("labels", [])).lower()


def _has_fusion(record: dict, *genes: str) -> bool:
    return any({f.get("five_prime"), f.get("three_prime")} >= set(genes) for f in record.get("fusions", []))


def apl_with_pml_rara(record: dict) -> int:
    """An APL whose record holds the PML::RARA fusion takes the id of APL with PML-RARA."""
    n = 0
    if not _has_fusion(record, "PML", "RARA"):
        return 0
    for d in record.get("diagnoses", []):
        if d.get("id") == APL:
            d["id"] = APL_PML_RARA
            if APL_PML_RARA_LABEL not in d["labels"]:
                d["labels"].append(APL_PML_RARA_LABEL)
            n += 1
    return n


def leucovorin_of_fluorouracil(record: dict) -> int:
    """Fluorouracil given, with leucovorin named on the page (or the regimen's acronym): leucovorin is given too, and
    shares fluorouracil's response pairs (it is given with it, in the same line)."""
    given = record.get("drugs_given", [])
    if not any(re.search(r"\bfluorouracil\b|\b5-?fu\b", _labels(d)) for d in given):
        return 0
    if any(re.search(r"leucovorin|folinic", _labels(d)) for d in given):
        return 0
    page = ROOT / (record.get("source_file") or "")
    if not record.get("source_file") or not page.is_file():
        return 0
    if not LEUCOVORIN_NAMED.search(page.read_text(encoding="utf-8", errors="ignore")):
        return 0
    given.append(json.loads(json.dumps(LEUCOVORIN)))
    record["drugs_not_given"] = [x for x in record.get("drugs_not_given", [])
                                 if not (isinstance(x, str) and re.search(r"leucovorin|folinic", x, re.I))]
    responses = record.get("responses", [])
    have = {(r["drug"].lower(), json.dumps(r["response"])) for r in responses}
    for r in list(responses):
        if r["drug"].lower() in ("fluorouracil", "5-fu") and ("leucovorin", json.dumps(r["response"])) not in have:
            responses.append(dict(r, drug="leucovorin"))
    return 1


def hepatitis_with_alt(record: dict) -> int:
    """A graded (immune-mediated, drug-induced) hepatitis carries CTCAE's Alanine aminotransferase increased."""
    n = 0
    for e in record.get("adverse_events", []):
        text = _labels(e)
        if IMMUNE_HEPATITIS.search(text) and not VIRAL_HEPATITIS.search(text) \
                and any(g is not None for g in e.get("grade", [])) \
                and "alanine aminotransferase increased" not in text:
            e["labels"].append("Alanine aminotransferase increased")
            n += 1
    return n


def serous_retina_both_terms(record: dict) -> int:
    """A serous retinal detachment / serous retinopathy (MEK inhibitors) carries both CTCAE terms."""
    n = 0
    for e in record.get("adverse_events", []):
        if SEROUS_RETINA.search(_labels(e)):
            added = [t for t in ("Retinopathy", "Retinal detachment") if t.lower() not in {x.lower() for x in e["labels"]}]
            e["labels"].extend(added)
            n += bool(added)
    return n


RADIOIODINE = re.compile(r"radioiodine|radioactive iodine|\bI-?131\b|131I|iodine-131|\biodine I", re.I)
PSA = re.compile(r"\bPSA\b|prostate[- ]specific antigen", re.I)
# evidence that reads the tumour itself, not only the marker
TUMOUR_READ = re.compile(r"\bCT\b|MRI|PET|scan|imaging|RECIST|PCWG|lesion|metasta|\bnodes?\b|nodal|shrink|size|"
                         r"radiolog|regress|response|remission|stable disease|progress", re.I)


def radioiodine_is_no_drug(record: dict) -> int:
    """Radioiodine (I-131) is radionuclide therapy, counted with radiotherapy: not a drug given, no response pair."""
    given = record.get("drugs_given", [])
    rai = [d for d in given if RADIOIODINE.search(" | ".join(d.get("labels", [])))]
    if not rai:
        return 0
    names = {label.lower() for d in rai for label in d["labels"]}
    record["drugs_given"] = [d for d in given if d not in rai]
    record["responses"] = [r for r in record.get("responses", []) if r["drug"].lower() not in names]
    for e in record.get("adverse_events", []):
        if e.get("drugs"):
            e["drugs"] = [x for x in e["drugs"] if x.lower() not in names]
    return len(rai)


def psa_decline_is_no_response(record: dict) -> int:
    """A fall of PSA alone, with no reading of the tumour and no response category named, is no response pair (a
    PCWG3 PSA response is a marker's, not the tumour's; a rise the report calls progression stays PD)."""
    responses = record.get("responses", [])
    kept = [r for r in responses
            if not (PSA.search(r.get("evidence") or "") and not TUMOUR_READ.search(r.get("evidence") or "")
                    and not r.get("explicit") and set(r["response"] if isinstance(r["response"], list)
                                                      else [r["response"]]) <= {"PR", "CR"})]
    if len(kept) == len(responses):
        return 0
    record["responses"] = kept
    return len(responses) - len(kept)


CONVENTIONS = {"apl": apl_with_pml_rara, "leucovorin": leucovorin_of_fluorouracil, "hepatitis": hepatitis_with_alt,
               "retina": serous_retina_both_terms, "radioiodine": radioiodine_is_no_drug,
               "psa": psa_decline_is_no_response}


def main(argv: list[str]) -> None:
    sys.path.insert(0, str(GOLD))
    from gold_files import apply_to_gold_files
    apply_to_gold_files(CONVENTIONS, argv)


if __name__ == "__main__":
    main(sys.argv[1:])
