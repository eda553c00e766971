"""A phrasing bench for treatment lines and responses: short made-up case narratives composed from
templates whose slots vary independently (how a drug is started, how lines follow each other, how a
response is stated, where it sits relative to its drug, and drugs the patient did NOT receive).

Every narrative carries its expected facts: drugs given, drugs not given, (drug, response) pairs and
the line order. All wording here is written for this bench (no sentence from a benchmark page).

    python tools/make_therapy_phrasings.py --n 400 --seed 7            # run kg, failures by slot
    python tools/make_therapy_phrasings.py --n 5 --show                # print narratives

tests/extraction/test_therapy_phrasings.py runs a fixed seed sample of it.
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field

# tumour settings: (diagnosis phrase, [lines of (shown name, [drug labels], dose text)], distractor pool)
SETTINGS = [
    ("ALK-rearranged lung adenocarcinoma",
     [("crizotinib", ["crizotinib"], "250 mg twice daily"), ("alectinib", ["alectinib"], "600 mg twice daily"),
      ("lorlatinib", ["lorlatinib"], "100 mg daily"), ("brigatinib", ["brigatinib"], "180 mg daily")],
     ["ceritinib", "ensartinib"]),
    ("gastrointestinal stromal tumour of the stomach",
     [("imatinib", ["imatinib"], "400 mg daily"), ("sunitinib", ["sunitinib"], "37.5 mg daily"),
      ("regorafenib", ["regorafenib"], "160 mg daily"), ("ripretinib", ["ripretinib"], "150 mg daily")],
     ["avapritinib"]),
    ("metastatic cutaneous melanoma",
     [("pembrolizumab", ["pembrolizumab"], "200 mg every three weeks"),
      ("dabrafenib and trametinib", ["dabrafenib", "trametinib"], "150 mg twice daily and 2 mg daily"),
      ("ipilimumab", ["ipilimumab"], "3 mg/kg")],
     ["nivolumab", "vemurafenib"]),
    ("hormone receptor-positive metastatic breast cancer",
     [("letrozole and palbociclib", ["letrozole", "palbociclib"], "2.5 mg and 125 mg daily"),
      ("fulvestrant", ["fulvestrant"], "500 mg monthly"),
      ("capecitabine", ["capecitabine"], "1000 mg/m2 twice daily")],
     ["alpelisib", "everolimus"]),
    ("metastatic clear cell renal cell carcinoma",
     [("sunitinib", ["sunitinib"], "50 mg daily"), ("cabozantinib", ["cabozantinib"], "60 mg daily"),
      ("everolimus", ["everolimus"], "10 mg daily")],
     ["axitinib", "lenvatinib"]),
    ("metastatic adenocarcinoma of the sigmoid colon",
     [("FOLFOX", ["fluorouracil", "leucovorin", "oxaliplatin"], "every two weeks"),
      ("FOLFIRI plus bevacizumab", ["fluorouracil", "leucovorin", "irinotecan", "bevacizumab"], "every two weeks"),
      ("regorafenib", ["regorafenib"], "120 mg daily"), ("trifluridine/tipiracil", ["trifluridine/tipiracil"], "35 mg/m2 twice daily")],
     ["cetuximab", "panitumumab"]),
    ("diffuse large B-cell lymphoma",
     [("R-CHOP", ["rituximab", "cyclophosphamide", "doxorubicin", "vincristine"], "every 21 days"),
      ("R-ICE", ["rituximab", "ifosfamide", "carboplatin", "etoposide"], "every 21 days"),
      ("polatuzumab vedotin", ["polatuzumab vedotin"], "1.8 mg/kg")],
     ["tafasitamab", "glofitamab"]),
    ("chronic lymphocytic leukaemia",
     [("ibrutinib", ["ibrutinib"], "420 mg daily"), ("venetoclax and obinutuzumab", ["venetoclax", "obinutuzumab"], "400 mg daily"),
      ("acalabrutinib", ["acalabrutinib"], "100 mg twice daily")],
     ["pirtobrutinib", "idelalisib"]),
    ("EGFR-mutant lung adenocarcinoma",
     [("gefitinib", ["gefitinib"], "250 mg daily"), ("osimertinib", ["osimertinib"], "80 mg daily"),
      ("carboplatin and pemetrexed", ["carboplatin", "pemetrexed"], "AUC 5 and 500 mg/m2")],
     ["afatinib", "amivantamab"]),
]

# brand names of some of the drugs above, written after the generic in brackets
BRANDS = {"crizotinib": "Xalkori", "alectinib": "Alecensa", "lorlatinib": "Lorbrena", "imatinib": "Gleevec",
          "sunitinib": "Sutent", "regorafenib": "Stivarga", "pembrolizumab": "Keytruda", "osimertinib": "Tagrisso",
          "cabozantinib": "Cabometyx", "fulvestrant": "Faslodex", "gefitinib": "Iressa", "everolimus": "Afinitor"}

# how the first line is started: {d} drug, {dose} dose text, {when} a date phrase
START = {
    "started_on": "{Pro} was started on {d} in {when}.",
    "received": "{Pro} received {d} from {when}.",
    "commenced": "{Pro} was commenced on {d} in {when}.",
    "initiated": "Treatment with {d} was initiated in {when}.",
    "dose_begun": "{D} {dose} was begun in {when}.",
    "brand": "In {when}, {pro} was started on {d_brand}.",
    "first_line": "First-line {d} was given from {when}.",
    "treated_with": "In {when} {pro} was treated with {d}.",
    "placed_on": "{Pro} was placed on {d} in {when}.",
    "consisting_of": "Systemic therapy consisting of {d} was administered from {when}.",
}

# how a later line follows: {d} new drug
NEXT = {
    "then": "{Pro} then received {d} from {when}.",
    "switched": "In {when} {pro} was switched to {d}.",
    "second_line": "{Ordinal} {d} was started in {when}.",
    "upon_progression": "Upon progression in {when}, {d} was started.",
    "subsequently": "Subsequently, {pro} was treated with {d} starting in {when}.",
    "changed_to": "Treatment was changed to {d} in {when}.",
    "date_range": "From {when} to {when_end}, {pro} received {d}.",
    "at_relapse": "At relapse in {when}, {pro} was given {d}.",
    "after_failure": "After failure of the previous treatment, {d} was introduced in {when}.",
    "pr_then_progressed": "After a partial response lasting eight months, the disease progressed and {d} was started in {when}.",
    "stopped_for_pd_then": "{Prev} was discontinued because of progressive disease, and {d} was started in {when}.",
    "replaced_by": "{Prev} was replaced by {d} in {when}.",
    "toxicity_switch": "Because of toxicity, {prev} was stopped and {d} was started in {when}.",
    "refractory_then": "As the disease was refractory to {prev}, {d} was given from {when}.",
}
# classes a transition states for the line before it
NEXT_PAIRS = {"upon_progression": {"PD"}, "at_relapse": {"PD"}, "pr_then_progressed": {"PR", "PD"},
              "stopped_for_pd_then": {"PD"}, "refractory_then": {"PD"}}

# how a response is stated: (class, explicit, sentence template); {d} the drug when the sentence names it
RESPONSE = {
    "cr_word": ("CR", True, "{lead} showed a complete response."),
    "cr_remission": ("CR", True, "{lead} confirmed complete remission."),
    "cr_abbrev": ("CR", True, "{lead} showed a CR by RECIST 1.1."),
    "cr_ned": ("CR", False, "{lead} showed no evidence of disease."),
    "cr_metabolic": ("CR", True, "{lead} showed a complete metabolic response."),
    "pr_word": ("PR", True, "{lead} showed a partial response."),
    "pr_abbrev": ("PR", True, "{lead} showed a PR according to RECIST."),
    "pr_metabolic": ("PR", True, "{lead} showed a partial metabolic response."),
    "pr_percent": ("PR", True, "{lead} showed a partial response, with a 45% decrease in the sum of target lesions."),
    "pr_shrank": ("PR", False, "{lead} showed that the mass had shrunk markedly."),
    "pr_smaller": ("PR", False, "{lead} showed that the lesions had become smaller."),
    "sd_word": ("SD", True, "{lead} showed stable disease."),
    "sd_abbrev": ("SD", True, "{lead} showed SD per RECIST 1.1."),
    "sd_remained": ("SD", False, "{lead} showed that the disease remained stable."),
    "pd_word": ("PD", True, "{lead} showed progressive disease."),
    "pd_new_liver": ("PD", True, "{lead} showed disease progression with new liver metastases."),
    "pd_abbrev": ("PD", True, "{lead} showed PD by RECIST 1.1."),
    "pr_mrecist": ("PR", True, "{lead} showed a partial response by mRECIST."),
    "cr_lugano": ("CR", True, "{lead} showed a complete metabolic response according to the Lugano criteria."),
    "pd_rano": ("PD", True, "{lead} showed progressive disease by RANO criteria."),
    "sd_rano": ("SD", True, "{lead} showed stable disease according to RANO."),
    "pr_percent_only": ("PR", False, "{lead} showed a 40% reduction in tumour size."),
    "cr_regressed": ("CR", False, "{lead} showed that the tumour had regressed completely."),
    "pd_grew": ("PD", False, "{lead} showed that the primary tumour had grown and new lung nodules had appeared."),
    # sentences naming the drug: {d}
    "drug_responded_well": ("PR", False, "The tumour responded well to {d}, with marked shrinkage."),
    "drug_durable": ("PR", True, "A durable partial response to {d} lasted fourteen months."),
    "drug_progressed_on": ("PD", True, "The disease progressed on {d} after five months."),
    "drug_stopped_progression": ("PD", True, "{D} was stopped because of disease progression."),
    "drug_after_cycles": ("PR", True, "After three cycles of {d}, CT showed a partial response."),
    "drug_sd_months": ("SD", True, "Stable disease on {d} was maintained for more than six months."),
    "drug_ned_after": ("CR", False, "There was no evidence of disease after {d}."),
    "drug_best_sd": ("SD", True, "The best response to {d} was stable disease."),
    "drug_achieved_cr_on": ("CR", True, "The patient achieved a CR on {d}."),
    "drug_no_response": ("PD", False, "There was no response to {d}, and the tumour kept growing."),
    "pr_ongoing": ("PR", True, "{lead} showed a partial response, which is ongoing."),
    "cr_iwcll": ("CR", True, "{lead} confirmed a complete response by iwCLL criteria."),
    "pr_assessed_as": ("PR", True, "{lead} was assessed as a partial response (PR)."),
    "cr_no_residual": ("CR", False, "{lead} showed complete resolution of all lesions."),
    "pd_enlarging": ("PD", False, "{lead} showed enlarging lymph nodes and a new bone lesion."),
}
NAMES_DRUG = {k for k, v in RESPONSE.items() if "{d}" in v[2] or "{D}" in v[2]}
# the assessment a response sentence opens with
LEADS = ["Restaging CT after three months", "A CT scan in the following months", "Imaging after four cycles",
         "PET-CT after twelve weeks", "The next MRI"]

# where the response sits relative to its drug
PLACE = ["next_sentence", "same_sentence", "after_ae", "after_dose_change", "after_distractor"]
AE_SENT = ["{Pro} developed grade 2 diarrhoea, which was managed with loperamide.",
           "Grade 1 fatigue and mild nausea were reported.",
           "A grade 2 skin rash appeared and settled with topical steroids."]
DOSE_SENT = ["The dose was reduced after two months because of fatigue.",
             "The drug was held for one week and resumed at a lower dose.",
             "After a dose reduction for liver enzyme elevation, treatment continued."]

# drugs the patient did NOT receive: {x} the drug
DISTRACT = {
    "considered": "{X} was considered but not given.",
    "declined": "{X} was offered, but {pro} declined it.",
    "refused": "{Pro} refused treatment with {x}.",
    "not_funded": "{X} was discussed but was not funded by her insurer.",
    "reserved": "{X} is reserved for later progression.",
    "planned_at_progression": "{X} is planned at progression.",
    "other_options": "Other options include {x}.",
    "relative": "Her mother had been treated with {x} for a different cancer years earlier.",
    "discussion_trial": "DISCUSSION",
    "inline_literature": "{X} has produced partial responses in about half of such patients in published series.",
    "could_be_option": "{X} could be an option if the disease progresses.",
    "not_available": "{X} was not available at our centre.",
    "instead_of": "{X} was not given because of her poor performance status.",
}

RESTART = {
    "restarted": "{D} was restarted in {when}.",
    "rechallenge": "Re-challenge with {d} began in {when}.",
    "reintroduced": "In {when}, {d} was reintroduced.",
}

MONTHS = ["January", "March", "May", "June", "August", "October", "November"]
ORDINALS = ["Second-line", "Third-line", "Fourth-line"]


@dataclass
class Narrative:
    text: str
    slots: dict
    given: set
    not_given: set
    pairs: set                       # (drug label, class)
    lines: list                      # [[drug labels] per line in order]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _when(rng: random.Random, year: int) -> str:
    return f"{rng.choice(MONTHS)} {year}"


def compose(rng: random.Random) -> Narrative:
    diag, pool, distract_pool = rng.choice(SETTINGS)
    sex = rng.choice(["woman", "man"])
    pro = "she" if sex == "woman" else "he"
    n_lines = rng.choice([1, 2, 2, 3])
    chosen = rng.sample(pool, min(n_lines, len(pool)))
    year = rng.randint(2012, 2019)
    slots = {}
    sents = [f"A {rng.randint(35, 80)}-year-old {sex} was diagnosed with {diag}."]
    lines, pairs, given, not_given = [], set(), set(), set()
    prev_end = None
    for i, (shown, labels, dose) in enumerate(chosen):
        # a line after one given "from ... to ..." starts when that one ended
        when = prev_end or _when(rng, year + i)
        prev_end = None
        when_end = _when(rng, year + i + 1)
        prev_shown = chosen[i - 1][0] if i else ""
        fmt = dict(prev=prev_shown, Prev=_cap(prev_shown), pro=pro, Pro=_cap(pro), when=when, when_end=when_end, dose=dose, d=shown, D=_cap(shown),
                   d_brand=f"{shown} ({BRANDS[shown]})" if shown in BRANDS else shown,
                   Ordinal=ORDINALS[min(i - 1, 2)])
        if i == 0:
            key = rng.choice(list(START))
            slots["start"] = key
            sents.append(START[key].format(**fmt))
        else:
            key = rng.choice(list(NEXT))
            slots[f"next{i}"] = key
            sents.append(NEXT[key].format(**fmt))
            if key == "date_range":
                prev_end = when_end
            pairs |= {(d, c) for d in lines[-1] for c in NEXT_PAIRS.get(key, ())}
        lines.append(labels)
        given |= set(labels)
        # the line's response (the last line's is optional)
        last = i == len(chosen) - 1
        if last or rng.random() < 0.8:
            rkey = rng.choice(list(RESPONSE))
            cls, _explicit, tmpl = RESPONSE[rkey]
            # a later line follows progression in real reports; an earlier line's own response is
            # what the narrative tells before the switch
            place = rng.choice(PLACE)
            slots[f"resp{i}"] = rkey
            slots[f"place{i}"] = place
            sent = tmpl.format(lead=rng.choice(LEADS), d=shown, D=_cap(shown))
            if rkey in NAMES_DRUG and place == "same_sentence":
                place = "next_sentence"
                slots[f"place{i}"] = place
            if place == "same_sentence":
                sents[-1] = sents[-1][:-1] + "; " + (sent if sent[1].isupper() else sent[0].lower() + sent[1:])
            elif place == "after_ae":
                sents += [rng.choice(AE_SENT).format(Pro=_cap(pro)), sent]
            elif place == "after_distractor":
                x = rng.choice(distract_pool)
                not_given.add(x)
                sents += [f"{_cap(x)} was discussed as an alternative but not given.", sent]
            elif place == "after_dose_change":
                sents += [rng.choice(DOSE_SENT), sent]
            else:
                sents.append(sent)
            pairs |= {(d, cls) for d in labels}
    if len(chosen) >= 2 and rng.random() < 0.25:
        shown, labels, _dose = chosen[0]
        key = rng.choice(list(RESTART))
        slots["restart"] = key
        sents.append(RESTART[key].format(d=shown, D=_cap(shown), when=_when(rng, year + len(chosen) + 1)))
        lines.append(labels)
        if rng.random() < 0.7:
            rkey = rng.choice([k for k in RESPONSE if k not in NAMES_DRUG])
            cls = RESPONSE[rkey][0]
            slots["restart_resp"] = rkey
            sents.append(RESPONSE[rkey][2].format(lead=rng.choice(LEADS)))
            pairs |= {(d, cls) for d in labels}
    # distractors the patient did not receive
    discussion = None
    if rng.random() < 0.7:
        x = rng.choice(distract_pool)
        key = rng.choice(list(DISTRACT))
        slots["distract"] = key
        not_given.add(x)
        if key == "discussion_trial":
            discussion = (f"In a phase 3 trial, {x} achieved an objective response rate of 62% "
                          f"and a complete response in 8% of patients.")
        else:
            sents.append(DISTRACT[key].format(x=x, X=_cap(x), pro=pro, Pro=_cap(pro)))
    text = " ".join(sents)
    if discussion:
        text = "Case presentation\n" + text + "\n\nDiscussion\n" + discussion + "\n"
    return Narrative(text, slots, given, not_given, pairs, lines)


def generate(n: int, seed: int) -> list[Narrative]:
    rng = random.Random(seed)
    return [compose(rng) for _ in range(n)]


CLASS_OF = {"complete response": "CR", "partial response": "PR", "stable disease": "SD",
            "progressive disease": "PD"}


def observed(case) -> tuple[set, set, list]:
    """(drugs given, (drug, class) pairs, [[drugs] per line in line order]) of a CaseRecord."""
    given, pairs, lines = set(), set(), []
    for t in sorted(case.treatments, key=lambda t: t.line):
        drugs = [a.drug.label.lower() for a in t.administrations]
        given |= set(drugs)
        lines.append(drugs)
        for r in t.responses:
            pairs |= {(d, CLASS_OF.get(r.concept.label.lower(), r.concept.label)) for d in drugs}
    return given, pairs, lines


def problems(nar: Narrative, case) -> list[str]:
    given, pairs, lines = observed(case)
    out = []
    if nar.given - given:
        out.append(f"missed drugs {sorted(nar.given - given)}")
    if nar.not_given & given:
        out.append(f"not-given drug kept {sorted(nar.not_given & given)}")
    if extra := given - nar.given - nar.not_given:
        out.append(f"extra drugs {sorted(extra)}")
    if nar.pairs - pairs:
        out.append(f"missed pairs {sorted(nar.pairs - pairs)}")
    if pairs - nar.pairs:
        out.append(f"extra pairs {sorted(pairs - nar.pairs)}")
    if [sorted(x) for x in lines] != [sorted(x) for x in nar.lines]:
        out.append(f"lines {lines} != {nar.lines}")
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", action="store_true", help="print the narratives, do not run kg")
    ap.add_argument("--verbose", action="store_true", help="print every failing narrative")
    a = ap.parse_args(argv)
    nars = generate(a.n, a.seed)
    if a.show:
        for nar in nars:
            print(nar.text, "\n  ", nar.slots, sorted(nar.pairs), "\n")
        return 0
    sys.path.insert(0, "tests")
    from kg.nlp import build_pipeline
    from rule_examples import case_of
    nlp = build_pipeline()
    by_slot, fails = Counter(), 0
    slot_total = Counter()
    kinds = Counter()
    for i, nar in enumerate(nars):
        probs = problems(nar, case_of(nlp, nar.text))
        for k, v in nar.slots.items():
            slot_total[f"{k.rstrip('0123456789')}={v}"] += 1
        if probs:
            fails += 1
            for k, v in nar.slots.items():
                by_slot[f"{k.rstrip('0123456789')}={v}"] += 1
            for p in probs:
                kinds[p.split(" [")[0].split(" ")[0] + " " + p.split(" ")[1]] += 1
            if a.verbose:
                print(f"#{i}", nar.text.replace("\n", " | "), "\n   ", nar.slots, "\n   ", probs, "\n")
    print(f"{fails}/{len(nars)} narratives fail")
    print("problem kinds:", dict(kinds))
    print("failure rate by slot (fail/total):")
    for k in sorted(slot_total, key=lambda k: -by_slot[k] / slot_total[k]):
        if by_slot[k]:
            print(f"  {k:40s} {by_slot[k]}/{slot_total[k]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
