"""The patient's fusions from FUSION spans (pairs, single partners, kinase positivity).

A fusion the NLP places on cell lines, other samples or a tumour type in general
(``fusion["not_patient"]``: OTHER_MATERIAL, BACKGROUND in ``kg/rules/fusions.jsonl``) is not the
patient's. A partner-less mention
("ROS1-rearranged") is dropped when a named pair with that gene is found ("YWHAE::ROS1"), and
is that pair when only the title names it ("... NPM1::ALK anaplastic large cell lymphoma: three
children" and "patient 3, with ALK-positive ALCL": each child of the series has the title's fusion).
"""
from __future__ import annotations

import dataclasses

from kg.extraction.mentions import Sentence
from kg.model import Concept, Fusion


def _gene(d: dict | None) -> Concept | None:
    if not d:
        return None
    return Concept(id=d.get("id"), label=d.get("label") or "", kind="gene")


def fusions(sents: list[Sentence]) -> list[Fusion]:
    found: list[Fusion] = []
    titled: list[Fusion] = []  # the pairs a title names (read as literature there), to complete a partner-less one
    for s in sents:
        for m in s.mentions:
            in_title = s.section.kind == "title" and m.status == "literature"
            # a tumour whose name states its fusion ("Ph+ ALL"): kg_rules put the pair on the TUMOR span
            named_in_tumor = m.label == "TUMOR" and m.attrs.get("fusion")
            if not (m.label == "FUSION" or named_in_tumor) or not (m.status == "affirmed" or in_title):
                continue
            f = m.attrs.get("fusion") or {}
            if f.get("not_patient"):
                continue  # "the HCC78 cell line expresses SLC34A2-ROS1", "most IMTs harbor ALK fusions"
            five, three = _gene(f.get("five_prime")), _gene(f.get("three_prime"))
            if five is None and three is None:
                continue
            (titled if in_title else found).append(Fusion(five_prime=five, three_prime=three, evidence=s.evidence_for(m)))

    def key(c):
        return (c.id or c.label) if c else None

    named = {}
    for f in titled:
        if f.five_prime and f.three_prime:
            named.setdefault(key(f.five_prime), []).append(f)
            named.setdefault(key(f.three_prime), []).append(f)
    for i, f in enumerate(found):
        pairs = named.get(key(f.five_prime) or key(f.three_prime), []) if not (f.five_prime and f.three_prime) else []
        if len({(key(p.five_prime), key(p.three_prime)) for p in pairs}) == 1:
            # the one pair the title names with this gene; the evidence stays the case's own sentence
            found[i] = dataclasses.replace(f, five_prime=pairs[0].five_prime, three_prime=pairs[0].three_prime)

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


