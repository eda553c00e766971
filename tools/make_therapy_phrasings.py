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

# -- extended vocabulary (generate(..., extended=True)): wordings of real case reports, many written by
# authors whose first language is not English, and time marks other than "in <month> <year>". Kept apart
# so that the first vocabulary's seeds compose the same narratives as before.
START_EXT = {
    "given_with": "{Pro} was given with {d} from {when}.",
    "treated_by": "{Pro} was treated by {d} since {when}.",
    "therapy_of": "{Pro} received the therapy of {d} in {when}.",
    "therapy_performed": "{D} therapy was performed from {when}.",
    "administered": "In {when}, the patient was administered {d}.",
    "prescribed": "{D} was prescribed in {when}.",
    "age_mark": "At the age of {age2}, {pro} started {d}.",
    "since": "{Pro} has been receiving {d} since {when}.",
    "after_diagnosis": "Two weeks after the diagnosis, {d} was started.",
    "month_only": "{D} was initiated in {month_only}.",
    "regimen_of": "A regimen of {d} was administered in {when}.",
    "underwent": "{Pro} underwent treatment with {d} starting {when}.",
    "put_on_dose": "{Pro} was put on {d} ({dose}) in {when}.",
    "day_date": "{D} was begun on {day} {when}.",
    "numeric_date": "{D} was started on {numeric}.",
    "season": "In {season}{year}, {pro} was given {d}.",
    "took": "{Pro} took {d} {dose} from {when}.",
    "applied": "{D} was applied from {when}.",
    "accepted": "{Pro} accepted {d} treatment in {when}.",
    "given_to": "{D} was given to the patient in {when}.",
    "comma_date": "In {month_only}, {year}, {pro} began {d}.",
    "orally": "{Pro} was treated with {d} orally from {when}.",
}
NEXT_EXT = {
    "started_as_line": "{D} was started as {ordinal_low} therapy in {when}.",
    "months_later": "{Num} months later, {pro} was switched to {d} because of progression.",
    "after_cycles_pd": "After six cycles of {prev}, the disease progressed and {pro} was given {d}.",
    "week_scan_pd": "At the 8-week scan the disease had progressed, so {d} was begun.",
    "between_range": "Between {when} and {when_end}, {pro} was treated by {d}.",
    "administered_next": "The patient was then administered {d} from {when}.",
    "performed_next": "Then {d} therapy was performed from {when}.",
    "therapy_of_next": "{Pro} then received the therapy of {d} ({when}).",
    "age_next": "At the age of {age3}, {pro} was changed to {d}.",
    "later_no_date": "Later, {d} was added to the treatment plan and given from {when}.",
    "then_accepted": "After progression, {pro} accepted {d} treatment in {when}.",
    "replaced_with": "In {when}, the therapy was replaced with {d}.",
    "regimen_changed": "The regimen was changed to {d} because the disease progressed.",
    "age_progressed": "At {age3} years of age the disease progressed and {d} was started.",
    "numeric_next": "{D} was started on {numeric}.",
    "second_line_nodate": "{Ordinal} treatment with {d} was given.",
    "new_lesions_then": "One year after the start of {prev}, new lesions appeared, and {d} was initiated.",
    "season_next": "In {season}{year_next}, {pro} was switched to {d}.",
    "used_as_line": "{D} was then used as {ordinal_low} treatment from {when}.",
    "changed_to_orally": "Then {pro} changed to {d} in {when}.",
}
# transitions timed relative to the line before (not after a line told "from ... to ...")
RELATIVE_NEXT = {"months_later", "after_cycles_pd", "week_scan_pd", "regimen_changed", "new_lesions_then",
                 "age_progressed", "then_accepted"}
NEXT_PAIRS_EXT = {"months_later": {"PD"}, "after_cycles_pd": {"PD"}, "week_scan_pd": {"PD"}, "then_accepted": {"PD"},
                  "regimen_changed": {"PD"}, "age_progressed": {"PD"}, "new_lesions_then": {"PD"}}
# a class that may or may not come out ("progression-free for 16 months": the gold reads it as SD only with
# other wording, as no pair during a remission); never PD
OPTIONAL_CONTROL = ("optional", frozenset({"SD", "PR", "CR"}))
# a class may be a set of allowed classes (the gold lists "disease control" as ["SD", "PR", "CR"]) or
# None (the gold gives no pair: "mixed response", a tumour marker that normalised without a category word)
RESPONSE_EXT = {
    "disease_control": (frozenset({"SD", "PR", "CR"}), False, "{lead} showed disease control, which lasted 14 months."),
    "remained_stable_for": ("SD", False, "{lead} showed that the disease remained stable for eleven months."),
    "best_response_pr": ("PR", True, "The best response was a partial response, seen on {lead_low}."),
    "marked_regression": ("PR", False, "{lead} showed marked regression of the tumour."),
    "lesions_shrank": ("PR", False, "On {lead_low}, the lesions shrank."),
    # the gold reads a site "gone" as at least PR (other sites may remain); all of them gone is CR
    "lesions_disappeared": (frozenset({"PR", "CR"}), False, "On {lead_low}, the lesions had disappeared."),
    "all_disappeared": ("CR", False, "{lead} showed that all the metastases had disappeared."),
    "all_vanished": ("CR", False, "On {lead_low}, all lesions had vanished."),
    "near_complete": ("PR", False, "{lead} showed a near-complete response."),
    "metabolic_cr": ("CR", True, "{lead} showed a metabolic complete response."),
    "mixed": (None, True, "{lead} showed a mixed response."),
    "markers_normal": (None, False, "Serum tumour markers normalised within two months."),
    "evaluated_as_pr": ("PR", True, "{lead}: the curative effect was evaluated as PR."),
    "efficacy_sd": ("SD", True, "The efficacy evaluation on {lead_low} was SD."),
    "drug_control_months": (frozenset({"SD", "PR", "CR"}), False, "{D} achieved disease control for 14 months."),
    "drug_marked_regression": ("PR", False, "With {d}, the tumour showed marked regression."),
    "pr_achieved": ("PR", True, "Partial response was achieved after two cycles."),
    "partial_remission": ("PR", True, "{lead} showed partial remission."),
    "significant_reduction": ("PR", False, "{lead} revealed a marked reduction of the tumour."),
    "sustained_cr": ("CR", True, "A sustained complete remission was obtained."),
    "pd_new_brain": ("PD", False, "{lead} revealed new brain metastases."),
    "pd_percent_increase": ("PD", False, "{lead} showed a 30% increase in the sum of the target lesions."),
    "sd_no_change": ("SD", False, "{lead} showed no significant change in tumour size."),
    # the drug told by a pronoun or a noun phrase in a later sentence
    "pron_it_pr": ("PR", True, "It produced a partial response within two months."),
    "pron_this_sd": ("SD", True, "This treatment achieved stable disease for ten months."),
    "pron_regimen_cr": ("CR", True, "The regimen resulted in a complete remission."),
    "pron_therapy_pd": ("PD", True, "Under this therapy the disease progressed after four months."),
    "pron_shrank": ("PR", False, "With this therapy, the tumour shrank by 50%."),
    "pron_led_to": ("PR", True, "This led to a partial response."),
    "pron_after_months": ("PD", True, "After two months of this treatment, CT showed progressive disease."),
    "pron_drug_stable": ("SD", False, "The drug was well tolerated, and the tumour remained stable for a year."),
    "pron_which_cr": ("CR", True, "The patient responded to it with a complete response."),
    "pfs_months": (OPTIONAL_CONTROL, False, "{Pro} remained progression-free for 16 months."),
    "pfs_on_drug": (OPTIONAL_CONTROL, False, "{Poss} progression-free survival on {d} was 11 months."),
    "percent_small": ("SD", False, "{lead} showed a 20% reduction of the target lesions."),
    "reexam_smaller": ("PR", False, "Re-examination by CT showed the tumour was smaller than before."),
    "reexam_larger": ("PD", False, "Reexamination by CT showed that the lesions were larger than before."),
}
PRONOUN_RESP = {k for k in RESPONSE_EXT if k.startswith("pron_")}
DISTRACT_EXT = {
    "proposed_preferred": "{X} was proposed, but {pro} preferred to continue the current treatment.",
    "insurance": "{X} was not started because insurance did not cover it.",
    "offlabel_denied": "Off-label access to {x} was denied.",
    "after_recovery": "{X} is planned after recovery from the current infection.",
    "considered_at_pd": "{X} will be considered at progression.",
    "recommended_not_started": "{X} was recommended but not started.",
    "family_declined": "{X} was suggested, but the family declined.",
    "could_be_later": "Treatment with {x} could be an option later.",
    "afford": "{Pro} could not afford {x}.",
    "approval_pending": "Approval for {x} is pending.",
    "trial_not_eligible": "{Pro} was screened for a trial of {x} but was not eligible.",
    "second_opinion": "A second opinion suggested {x}, which was not pursued.",
    "if_progresses": "If the disease progresses, {x} will be given.",
    "contraindicated": "{X} was contraindicated because of heart failure.",
    "financial": "{X} was not used for financial reasons.",
    "family_refused_cost": "The family refused {x} for economic reasons.",
    "not_approved_country": "{X} is not approved in our country.",
}
# the patient a small series' story is told under ("Case 1", "Patient 2", ...): {n} the number
SERIES_HEADS = {
    "case_line": "Case {n}\n",
    "case_colon": "Case {n}: ",
    "patient_dot": "Patient {n}. ",
    "ordinal_patient": "",      # "The second patient was ...": an introduction of its own, no heading
}
NTH = ["first", "second", "third"]
SEASONS = ["early ", "mid-", "late ", "the spring of ", "the autumn of "]
ORAL = {"crizotinib", "alectinib", "lorlatinib", "brigatinib", "imatinib", "sunitinib", "regorafenib", "ripretinib",
        "capecitabine", "cabozantinib", "everolimus", "ibrutinib", "acalabrutinib", "gefitinib", "osimertinib"}
NUMS = ["Three", "Four", "Five", "Seven", "Nine"]

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
    alts: list = field(default_factory=list)   # [(drug label, {allowed classes})]: one of them must come out
    silent: set = field(default_factory=set)   # drug labels whose line states no class (no pair may come out)
    patients: int = 1                # a small series: its stories, one case each
    case_lines: list = field(default_factory=list)   # a series: [lines per patient]
    optional: list = field(default_factory=list)     # [(drug label, {classes that may come out})]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _when(rng: random.Random, year: int) -> str:
    return f"{rng.choice(MONTHS)} {year}"


def _story(rng: random.Random, setting, extended: bool, intro: str | None = None) -> dict:
    """One patient's story: sentences, slots and expected facts. ``extended``: draw from the first and
    the extended vocabulary (the first alone composes what it composed before the extension)."""
    diag, pool, distract_pool = setting
    start = START | START_EXT if extended else START
    nexts = NEXT | NEXT_EXT if extended else NEXT
    next_pairs = NEXT_PAIRS | NEXT_PAIRS_EXT if extended else NEXT_PAIRS
    responses = RESPONSE | RESPONSE_EXT if extended else RESPONSE
    distract = DISTRACT | DISTRACT_EXT if extended else DISTRACT
    sex = rng.choice(["woman", "man"])
    pro = "she" if sex == "woman" else "he"
    n_lines = rng.choice([1, 2, 2, 3])
    chosen = rng.sample(pool, min(n_lines, len(pool)))
    year = rng.randint(2012, 2019)
    slots = {}
    age = rng.randint(35, 80)
    sents = [intro.format(age=age, sex=sex) if intro else f"A {age}-year-old {sex} was diagnosed with {diag}."]
    lines, pairs, given, not_given, alts, silent, optional = [], set(), set(), set(), [], set(), []
    prev_end = None
    for i, (shown, labels, dose) in enumerate(chosen):
        # a line after one given "from ... to ..." starts when that one ended
        when = prev_end or _when(rng, year + i)
        after_range, prev_end = prev_end is not None, None
        when_end = _when(rng, year + i + 1)
        prev_shown = chosen[i - 1][0] if i else ""
        fmt = dict(prev=prev_shown, Prev=_cap(prev_shown), pro=pro, Pro=_cap(pro), when=when, when_end=when_end, dose=dose, d=shown, D=_cap(shown),
                   d_brand=f"{shown} ({BRANDS[shown]})" if shown in BRANDS else shown,
                   Ordinal=ORDINALS[min(i - 1, 2)])
        if extended:
            fmt.update(age2=age, age3=age + i + 1, month_only=rng.choice(MONTHS), Num=rng.choice(NUMS),
                       ordinal_low=ORDINALS[min(i - 1, 2)].lower(), day=rng.randint(2, 28),
                       numeric=f"{rng.randint(1, 12):02d}/{when.split()[-1]}", season=rng.choice(SEASONS),
                       year=when.split()[-1], year_next=when.split()[-1])
            if shown in ORAL and rng.random() < 0.5:
                fmt.update(D=f"Oral {shown}")
        if i == 0:
            key = rng.choice(list(start))
            if extended and key == "since" and len(chosen) > 1:
                key = "given_with"     # "has been receiving ... since" is the line still given
            slots["start"] = key
            sents.append(start[key].format(**fmt))
        else:
            key = rng.choice(list(nexts))
            slots[f"next{i}"] = key
            sents.append(nexts[key].format(**fmt))
            if after_range and key in RELATIVE_NEXT:
                key = "switched"       # a switch "N months later ... because of progression" needs a running line
                slots[f"next{i}"] = key
                sents[-1] = nexts[key].format(**fmt)
            if key in ("date_range", "between_range"):
                prev_end = when_end
            pairs |= {(d, c) for d in lines[-1] for c in next_pairs.get(key, ())}
        lines.append(labels)
        given |= set(labels)
        # the line's response (the last line's is optional)
        last = i == len(chosen) - 1
        if last or rng.random() < 0.8:
            rkey = rng.choice(list(responses))
            cls, _explicit, tmpl = responses[rkey]
            # a later line follows progression in real reports; an earlier line's own response is
            # what the narrative tells before the switch
            place = rng.choice(PLACE)
            slots[f"resp{i}"] = rkey
            slots[f"place{i}"] = place
            lead = rng.choice(LEADS)
            sent = tmpl.format(lead=lead, lead_low=lead if lead[1].isupper() else lead[0].lower() + lead[1:], d=shown, D=_cap(shown),
                               pro=pro, Pro=_cap(pro), Poss="Her" if pro == "she" else "His")
            if (rkey in NAMES_DRUG or rkey in PRONOUN_RESP) and place == "same_sentence":
                place = "next_sentence"
                slots[f"place{i}"] = place
            if rkey in PRONOUN_RESP and place != "next_sentence":
                place = "next_sentence"    # a pronoun right after its drug's sentence
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
            if isinstance(cls, tuple):
                optional += [(d, cls[1]) for d in labels]
            elif cls is None:
                silent |= set(labels)
            elif isinstance(cls, frozenset):
                alts += [(d, cls) for d in labels]
            else:
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
        key = rng.choice(list(distract))
        slots["distract"] = key
        not_given.add(x)
        if key == "discussion_trial":
            discussion = (f"In a phase 3 trial, {x} achieved an objective response rate of 62% "
                          f"and a complete response in 8% of patients.")
        else:
            sents.append(distract[key].format(x=x, X=_cap(x), pro=pro, Pro=_cap(pro), Poss="Her" if pro == "she" else "His"))
    # a silent line's drug may carry a pair stated elsewhere (a switch "because of progression")
    silent -= {d for d, _c in pairs}
    return dict(sents=sents, slots=slots, given=given, not_given=not_given, pairs=pairs, lines=lines,
                alts=alts, silent=silent, discussion=discussion, sex=sex, optional=optional)


def compose(rng: random.Random, extended: bool = False) -> Narrative:
    setting = rng.choice(SETTINGS)
    if extended and rng.random() < 0.15:
        return compose_series(rng, setting)
    st = _story(rng, setting, extended)
    text = " ".join(st["sents"])
    if st["discussion"]:
        text = "Case presentation\n" + text + "\n\nDiscussion\n" + st["discussion"] + "\n"
    return Narrative(text, st["slots"], st["given"], st["not_given"], st["pairs"], st["lines"],
                     st["alts"], st["silent"], optional=st["optional"])


def compose_series(rng: random.Random, setting) -> Narrative:
    """A small series: an opening sentence, then each patient's story under its own heading."""
    n = rng.choice([2, 2, 3])
    head = rng.choice(list(SERIES_HEADS))
    diag = setting[0]
    parts = [f"We describe {['two', 'three'][n - 2]} patients with {diag} treated at our hospital."]
    given, not_given, pairs, alts, silent, case_lines, slots = set(), set(), set(), [], set(), [], {"series": head}
    optional = []
    discussion = None
    for k in range(1, n + 1):
        intro = (f"The {NTH[k - 1]} patient was a {{age}}-year-old {{sex}} with {diag}." if head == "ordinal_patient"
                 else "A {age}-year-old {sex} was diagnosed with " + diag + ".")
        st = _story(rng, setting, True, intro=intro)
        parts.append(SERIES_HEADS[head].format(n=k) + " ".join(st["sents"]))
        given |= st["given"]
        not_given |= st["not_given"]
        pairs |= st["pairs"]
        alts += st["alts"]
        optional += st["optional"]
        silent |= st["silent"]
        case_lines.append(st["lines"])
        discussion = discussion or st["discussion"]
        slots.update({k2: v for k2, v in st["slots"].items()})
    not_given -= given       # a drug one patient received is no "not given" drug of the report
    silent -= {d for d, _c in pairs} | {d for d, _c in alts}
    sep = "\n\n" if head == "case_line" else " "
    text = "Case presentation\n" + sep.join(parts)
    if discussion:
        text += "\n\nDiscussion\n" + discussion + "\n"
    return Narrative(text, slots, given, not_given, pairs, [l for ls in case_lines for l in ls], alts, silent,
                     patients=n, case_lines=case_lines, optional=optional)


def generate(n: int, seed: int, extended: bool = False) -> list[Narrative]:
    rng = random.Random(seed)
    return [compose(rng, extended) for _ in range(n)]


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
    """What kg got wrong on ``nar``: ``case`` is its CaseRecord, or the list of a report's cases (a small
    series gives one per patient; its drugs and pairs are pooled per report, as the gold pools them)."""
    cases = case if isinstance(case, list) else [case]
    given, pairs, lines = set(), set(), []
    for c in cases:
        g, p, l = observed(c)
        given |= g
        pairs |= p
        lines.append(l)
    out = []
    # a series told without headings ("The second patient was ...") may come out as one case: the gold
    # pools a series per report
    if len(cases) != nar.patients and not (nar.slots.get("series") == "ordinal_patient" and len(cases) == 1):
        out.append(f"cases {len(cases)} != {nar.patients}")
    if nar.given - given:
        out.append(f"missed drugs {sorted(nar.given - given)}")
    if nar.not_given & given:
        out.append(f"not-given drug kept {sorted(nar.not_given & given)}")
    if extra := given - nar.given - nar.not_given:
        out.append(f"extra drugs {sorted(extra)}")
    if nar.pairs - pairs:
        out.append(f"missed pairs {sorted(nar.pairs - pairs)}")
    if missed := sorted((d, sorted(alt)) for d, alt in nar.alts if not {(d, c) for c in alt} & pairs):
        out.append(f"missed pairs (one of) {missed}")
    allowed = nar.pairs | {(d, c) for d, alt in nar.alts + nar.optional for c in alt}
    if pairs - allowed:
        out.append(f"extra pairs {sorted(pairs - allowed)}")
    expected = nar.case_lines if nar.patients > 1 else [nar.lines]
    if len(cases) == len(expected) and \
            [[sorted(x) for x in ls] for ls in lines] != [[sorted(x) for x in ls] for ls in expected]:
        out.append(f"lines {lines if nar.patients > 1 else lines[0]} != {expected if nar.patients > 1 else nar.lines}")
    return out


def cases_of(nlp, text: str) -> list:
    """Every case kg extracts from ``text``."""
    from rule_examples import document
    from kg.extraction.extract import extract_report
    return extract_report(document(text), nlp).cases


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", action="store_true", help="print the narratives, do not run kg")
    ap.add_argument("--verbose", action="store_true", help="print every failing narrative")
    ap.add_argument("--extended", action="store_true",
                    help="also draw from the extended vocabulary (non-native wordings, other time marks, "
                         "responses without a class, pronouns, small series)")
    a = ap.parse_args(argv)
    nars = generate(a.n, a.seed, a.extended)
    if a.show:
        for nar in nars:
            print(nar.text, "\n  ", nar.slots, sorted(nar.pairs), nar.alts, "\n")
        return 0
    sys.path.insert(0, "tests")
    from kg.nlp import build_pipeline
    nlp = build_pipeline()
    by_slot, fails = Counter(), 0
    slot_total = Counter()
    kinds = Counter()
    for i, nar in enumerate(nars):
        probs = problems(nar, cases_of(nlp, nar.text))
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
