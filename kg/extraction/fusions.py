"""The patient's fusions from FUSION spans (pairs, single partners, kinase positivity).

A fusion the NLP places on cell lines, other samples or a tumour type in general
(``fusion["not_patient"]``: OTHER_MATERIAL, BACKGROUND in ``kg/rules/fusions.jsonl``) is not the
patient's. A partner-less mention
("ROS1-rearranged") is dropped when a named pair with that gene is found ("YWHAE::ROS1").
"""
from __future__ import annotations

from kg.extraction.mentions import Sentence
from kg.model import Concept, Fusion


def _gene(d: dict | None) -> Concept | None:
    if not d:
        return None
    return Concept(id=d.get("id"), label=d.get("label") or "", kind="gene")


def fusions(sents: list[Sentence]) -> list[Fusion]:
    found: list[Fusion] = []
    for s in sents:
        for m in s.mentions:
            if m.label != "FUSION" or m.status != "affirmed":
                continue
            f = m.attrs.get("fusion") or {}
            if f.get("not_patient"):
                continue  # "the HCC78 cell line expresses SLC34A2-ROS1", "most IMTs harbor ALK fusions"
            five, three = _gene(f.get("five_prime")), _gene(f.get("three_prime"))
            if five is None and three is None:
                continue
            found.append(Fusion(five_prime=five, three_prime=three, evidence=s.evidence_for(m)))

    def key(c):
        return (c.id or c.label) if c else None

    complete = {(key(f.five_prime), key(f.three_prime)) for f in found if f.five_prime and f.three_prime}
    genes_in_complete = {g for pair in complete for g in pair}
    out, seen = [], set()
    for f in found:
        k = (key(f.five_prime), key(f.three_prime))
        if k in seen:
            continue
        if not (f.five_prime and f.three_prime) and (key(f.five_prime) or key(f.three_prime)) in genes_in_complete:
            continue  # "ROS1-rearranged" is the YWHAE::ROS1 fusion named elsewhere
        seen.add(k)
        out.append(f)
    return out


