"""A phrasing bench for treatment lines and responses: short made-up case narratives composed from
templates whose slots vary independently (how a drug is started, how lines follow each other, how a
response is stated, where it sits relative to its drug, and drugs the patient did NOT receive).

Every narrative carries its expected facts: drugs given, drugs not given, (drug, response) pairs and
the line order. All wording here is written for this bench (no sentence from a benchmark page).

    python tools/make_therapy_phrasings.py --n 400 --seed 7            # run kg, failures by slot
    python tools/make_therapy_phrasings.py --n 5 --show                # print narratives

    python tools/make_therapy_phrasings.py --v3 --check 400 --seed 15  # session 15 response vocabulary:
                                                                       # failure classes per slot

tests/extraction/test_therapy_phrasings.py runs a fixed seed sample of it (test_therapy_phrasings_v3.py: of --v3).
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



# --- session 15 (v3) vocabulary ------------------------------------------------------------------------------
# Written blind to kg's rules and extraction code (issue #11, resp15): response wordings as case reports of many
# tumour types phrase them - haematological remissions (CRi, MRD, cytogenetic and molecular responses), lymphoma
# PET (Deauville, Lugano), RECIST / mRECIST / RANO / iRECIST / IMWG terms, "near-complete", "minor", "mixed",
# "disease control", percentages, pathological responses, remissions that continue, relapse during or after a
# line, "refractory", "did not respond", responses told after a time mark, two lines' responses in one sentence,
# responses told about a regimen's short name, and NEGATIVES (trial response rates, a cited case, "responses have
# been reported", an expected response, the other patient of a series). Classes follow benchmarks/gold/README.md:
#   a str class must come out; a list of classes must all come out (interim and end-of-treatment responses);
#   a frozenset: one of them must come out; ("optional", set): may come out, nothing else; None: no pair.
#
# settings: (diagnosis, kind, [(shown name, [drug labels])], [drugs the patient does not get])
SETTINGS_V3 = [
    ("acute myeloid leukaemia with an NPM1 mutation", "leuk",
     [("induction chemotherapy with cytarabine and daunorubicin (7+3)", ["cytarabine", "daunorubicin"]),
      ("azacitidine and venetoclax", ["azacitidine", "venetoclax"]), ("gilteritinib", ["gilteritinib"])],
     ["midostaurin", "gemtuzumab ozogamicin"]),
    ("Philadelphia chromosome-positive B-cell acute lymphoblastic leukaemia", "leuk",
     [("dasatinib with prednisone", ["dasatinib"]), ("blinatumomab", ["blinatumomab"]),
      ("ponatinib", ["ponatinib"]), ("inotuzumab ozogamicin", ["inotuzumab ozogamicin"])],
     ["tisagenlecleucel", "imatinib"]),
    ("chronic myeloid leukaemia in chronic phase", "cml",
     [("imatinib", ["imatinib"]), ("nilotinib", ["nilotinib"]), ("dasatinib", ["dasatinib"]),
      ("asciminib", ["asciminib"])],
     ["bosutinib", "ponatinib"]),
    ("diffuse large B-cell lymphoma of the stomach", "lymph",
     [("R-CHOP", ["rituximab", "cyclophosphamide", "doxorubicin", "vincristine"]),
      ("R-DHAP", ["rituximab", "cytarabine", "cisplatin"]), ("polatuzumab vedotin with bendamustine and rituximab",
                                                           ["polatuzumab vedotin", "bendamustine", "rituximab"])],
     ["glofitamab", "tafasitamab"]),
    ("classic Hodgkin lymphoma, nodular sclerosis type", "lymph",
     [("ABVD", ["doxorubicin", "bleomycin", "vinblastine", "dacarbazine"]),
      ("brentuximab vedotin", ["brentuximab vedotin"]), ("pembrolizumab", ["pembrolizumab"])],
     ["nivolumab", "bendamustine"]),
    ("multiple myeloma (IgG kappa)", "myeloma",
     [("bortezomib, lenalidomide and dexamethasone (VRd)", ["bortezomib", "lenalidomide"]),
      ("daratumumab", ["daratumumab"]), ("carfilzomib", ["carfilzomib"])],
     ["teclistamab", "pomalidomide"]),
    ("glioblastoma, IDH-wildtype", "brain",
     [("temozolomide", ["temozolomide"]), ("lomustine", ["lomustine"]), ("bevacizumab", ["bevacizumab"])],
     ["regorafenib", "tumour treating fields"]),
    ("hepatocellular carcinoma", "liver",
     [("sorafenib", ["sorafenib"]), ("atezolizumab plus bevacizumab", ["atezolizumab", "bevacizumab"]),
      ("lenvatinib", ["lenvatinib"]), ("cabozantinib", ["cabozantinib"])],
     ["regorafenib", "ramucirumab"]),
    ("metastatic cutaneous melanoma", "immuno",
     [("nivolumab plus ipilimumab", ["nivolumab", "ipilimumab"]), ("pembrolizumab", ["pembrolizumab"]),
      ("dabrafenib and trametinib", ["dabrafenib", "trametinib"])],
     ["relatlimab", "vemurafenib"]),
    ("alveolar rhabdomyosarcoma of the forearm", "solid",
     [("VAC", ["vincristine", "dactinomycin", "cyclophosphamide"]),
      ("vincristine and irinotecan", ["vincristine", "irinotecan"]), ("temsirolimus", ["temsirolimus"])],
     ["trabectedin", "pazopanib"]),
    ("metastatic rectal adenocarcinoma", "solid",
     [("FOLFOX", ["fluorouracil", "leucovorin", "oxaliplatin"]), ("FOLFIRI with cetuximab",
      ["fluorouracil", "leucovorin", "irinotecan", "cetuximab"]), ("regorafenib", ["regorafenib"])],
     ["panitumumab", "encorafenib"]),
    ("ROS1-rearranged lung adenocarcinoma", "solid",
     [("crizotinib", ["crizotinib"]), ("entrectinib", ["entrectinib"]), ("lorlatinib", ["lorlatinib"])],
     ["repotrectinib", "taletrectinib"]),
    ("gastrointestinal stromal tumour of the small bowel", "gist",
     [("imatinib", ["imatinib"]), ("sunitinib", ["sunitinib"]), ("ripretinib", ["ripretinib"])],
     ["avapritinib", "regorafenib"]),
    ("high-grade serous ovarian carcinoma", "solid",
     [("carboplatin and paclitaxel", ["carboplatin", "paclitaxel"]), ("topotecan", ["topotecan"]),
      ("gemcitabine", ["gemcitabine"])],
     ["mirvetuximab soravtansine", "niraparib"]),
]
SOLID = {"solid", "brain", "liver", "immuno", "gist"}
HEME = {"leuk", "cml", "lymph", "myeloma"}

# how a response is assessed, some after a time mark ({lead}; {lead_low} mid-sentence)
LEADS_V3 = ["Restaging CT", "After four cycles, CT", "Three months later, imaging", "At the 12-week assessment, MRI",
            "After the second course, PET-CT", "By week 8, the scan", "Following six cycles, contrast CT",
            "Six weeks after the start, a repeat scan"]
HEME_LEADS = ["A bone marrow examination on day 28", "After the first cycle, the marrow aspirate",
              "After two courses, marrow assessment", "At three months, testing"]
PET_LEADS = ["Interim PET-CT after two cycles", "End-of-treatment PET-CT", "After four cycles, FDG-PET",
             "PET/CT at the end of therapy"]

# key: (class, kinds, template); {d}/{D} the line's shown name (a regimen's short name included)
RESPONSE_V3 = {
    # acute leukaemias
    "leuk_cr_marrow": ("CR", {"leuk"}, "{lead} confirmed complete remission."),
    "leuk_cri": ("CR", {"leuk"}, "{lead} showed complete remission with incomplete count recovery (CRi)."),
    "leuk_crh": ("CR", {"leuk"}, "{Pro} reached a complete remission with partial haematological recovery (CRh)."),
    "leuk_mrd_cr": ("CR", {"leuk"}, "{Pro} achieved an MRD-negative complete remission by flow cytometry."),
    "leuk_mrd_only": (("optional", {"CR"}), {"leuk"},
                      "{lead} found no measurable residual disease by flow cytometry (<0.01%)."),
    "leuk_morph_cr": ("CR", {"leuk"}, "Morphologic complete remission was documented after the first course of {d}."),
    "leuk_refractory": (None, {"leuk"}, "{lead} still showed 30% blasts, and the leukaemia was deemed primary refractory."),
    "leuk_relapse_on": ("PD", {"leuk"}, "During the third cycle of {d}, circulating blasts reappeared, indicating relapse."),
    "leuk_partial": ("PR", {"leuk"}, "{lead} showed a partial remission, with 9% marrow blasts."),
    "leuk_cr_remained": ("CR", {"leuk", "lymph"}, "{Pro} remains in complete remission two years after {d}."),
    # chronic myeloid leukaemia
    "cml_chr": ("CR", {"cml"}, "A complete haematologic response was reached within four weeks of {d}."),
    "cml_ccyr": ("CR", {"cml"}, "{Pro} attained a complete cytogenetic response at six months."),
    "cml_pcyr": ("PR", {"cml"}, "{lead} showed a partial cytogenetic response (12% Ph-positive metaphases)."),
    "cml_mmr": (("optional", {"PR", "CR"}), {"cml"},
                "A major molecular response (BCR::ABL1 transcripts at 0.04% on the international scale) was documented at month twelve."),
    "cml_cmr": ("CR", {"cml"}, "{lead} demonstrated a deep molecular response (MR4.5)."),
    "cml_chr_then_ccyr": (["CR"], {"cml"}, "A complete hematological response was followed by a complete cytogenetic "
                                          "response after nine months of {d}."),
    # lymphoma
    "lym_cmr_deauville": ("CR", {"lymph"}, "{lead} showed a complete metabolic response (Deauville score 2)."),
    "lym_deauville_only": (("optional", {"CR"}), {"lymph"}, "{lead} showed a Deauville score of 3."),
    "lym_pmr": ("PR", {"lymph"}, "{lead} showed a partial metabolic response with Deauville 4 uptake."),
    "lym_interim_end": (["PR", "CR"], {"lymph"}, "An interim PET scan done after cycle two showed a partial metabolic response, and the "
                                                "end-of-treatment scan a complete metabolic response."),
    "lym_d5_refractory": (None, {"lymph"}, "{lead} showed a residual Deauville 5 mass, and the disease was considered "
                                          "refractory."),
    "lym_pmd": ("PD", {"lymph"}, "{lead} showed progressive metabolic disease with new nodal sites."),
    "lym_lugano_cr": ("CR", {"lymph"}, "{lead} showed a complete response according to the Lugano classification."),
    "lym_cr_after_regimen": ("CR", {"lymph"}, "After six cycles of {d}, {pro} was in complete remission."),
    # myeloma
    "mm_vgpr": ("PR", {"myeloma"}, "{Pro} achieved a very good partial response (VGPR) after four cycles."),
    "mm_scr": ("CR", {"myeloma"}, "A stringent complete response was confirmed on marrow examination."),
    "mm_imwg_pr": ("PR", {"myeloma"}, "{lead} showed a partial response by IMWG criteria, with a 60% fall in the "
                                      "M-protein."),
    "mm_mrd_cr": ("CR", {"myeloma"}, "{Pro} reached a complete response with MRD negativity at 10^-5."),
    "mm_progressed": ("PD", {"myeloma"}, "The paraprotein rose again after eight months, and progression by IMWG "
                                         "criteria was declared."),
    # brain
    "rano_pr": ("PR", {"brain"}, "{lead} showed a partial response according to RANO criteria."),
    "rano_pd": ("PD", {"brain"}, "{lead} showed progression per RANO, with a new enhancing lesion."),
    "rano_sd": ("SD", {"brain"}, "{lead}: the RANO assessment was stable disease."),
    # liver
    "mrecist_cr": ("CR", {"liver"}, "{lead} showed a complete response by mRECIST, with no arterial enhancement."),
    "mrecist_pr": ("PR", {"liver"}, "{lead} demonstrated a partial response per mRECIST."),
    "mrecist_pd": ("PD", {"liver"}, "{lead} revealed progressive disease according to mRECIST."),
    # immunotherapy
    "iupd_then_ipr": ("PR", {"immuno"}, "{lead} showed unconfirmed progression (iUPD), but the next scan showed an iPR."),
    "icpd": ("PD", {"immuno"}, "{lead} confirmed progression by iRECIST (iCPD)."),
    "pseudoprogression": ("PR", {"immuno"}, "The early enlargement proved to be pseudoprogression, and the lesions later "
                                            "shrank to a partial response."),
    # GIST (Choi)
    "choi_pr": ("PR", {"gist"}, "{lead} showed a partial response by Choi criteria, with a fall in tumour density."),
    # solid tumours in general
    "near_complete": ("PR", SOLID, "{lead} showed a near complete response of the metastases."),
    "almost_complete": ("PR", SOLID, "{lead} showed an almost complete response."),
    "minor_response": (frozenset({"SD", "PR"}), SOLID, "{lead} showed a minor response."),
    "mixed_response": (None, SOLID, "{lead} showed a mixed response, with some nodules shrinking and others growing."),
    "disease_control": (frozenset({"SD", "PR", "CR"}), SOLID | {"myeloma"}, "Disease control was maintained for 13 months on {d}."),
    "shrank_40": ("PR", SOLID, "{lead} showed that the tumour had shrunk by 40%."),
    "shrank_15": ("SD", SOLID, "{lead} showed that the tumour had shrunk by 15%."),
    "grew_25": ("PD", SOLID, "{lead} showed a 25% increase in the sum of target diameters."),
    "recist_pr_pct": ("PR", SOLID, "{lead} showed a partial response by RECIST 1.1 (-52%)."),
    "recist_cr": ("CR", SOLID, "{lead} showed a complete response per RECIST version 1.1."),
    "stable_n_months": ("SD", SOLID | {"myeloma"}, "The disease remained stable for nine months on {d}."),
    "stable_lesions": ("SD", SOLID, "{lead} showed stable lesions."),
    "new_lesions": ("PD", SOLID, "{lead} showed new lesions in the liver and bones."),
    "progressed_on": ("PD", SOLID | HEME, "{Pro} progressed on {d} after seven months."),
    "progression_under": ("PD", SOLID | HEME, "Under {d}, the disease progressed within five months."),
    "no_response_grew": ("PD", SOLID, "The tumour did not respond to {d} and continued to enlarge."),
    "did_not_respond": (("optional", {"PD"}), SOLID | HEME, "{Pro} did not respond to {d}."),
    "refractory_to": (("optional", {"PD"}), SOLID | HEME, "The disease was refractory to {d}."),
    "pcr_only": (None, SOLID, "Surgery after four cycles of {d} found no residual viable tumour (pathological complete "
                              "response)."),
    "clinical_then_pcr": ("CR", SOLID, "{lead} showed a complete radiological response, and surgery confirmed a "
                                       "pathological complete response."),
    "remained_remission_solid": ("CR", SOLID, "{Pro} achieved a complete response and remained in remission for two years on {d}."),
    "excellent_response": ("PR", SOLID, "{lead} showed an excellent partial response."),
    "responded_to_regimen": ("PR", SOLID, "The tumour responded to {d}, shrinking by more than half."),
    "regimen_cr": ("CR", SOLID | HEME, "{D} produced a complete response."),
    "regimen_pr": ("PR", SOLID | HEME, "A partial response was obtained with {d}."),
    "sd_best": ("SD", SOLID, "Stable disease was the best response to {d}."),
    "pd_after_cycles": ("PD", SOLID | HEME, "After three cycles of {d}, the disease had progressed."),
    "resolution_all": ("CR", SOLID, "{lead} showed resolution of all measurable lesions."),
}

# how a later line follows ({prev} the line before): (pairs stated for the line before, template)
NEXT_V3 = {
    "then_received": (None, "{Pro} then received {d} from {when}."),
    "progressed_on_then": ("PD", "After {num} months the disease progressed on {prev}, and {pro} was switched to {d}."),
    "relapse_on_then": ("PD", "The disease relapsed during {prev}, and {d} was given from {when}."),
    "relapse_after_end": ("NO_PD", "{Pro} completed {prev} in {when0}; {num} months later the disease relapsed, "
                                   "and {d} was started."),
    "recurrence_after_end": ("NO_PD", "A recurrence was found one year after the end of {prev}, and {pro} received {d}."),
    "refractory_then": (("optional", {"PD"}), "As the disease proved refractory to {prev}, {d} was started in {when}."),
    "new_lesions_then": ("PD", "In {when}, new lesions appeared, and {pro} was switched to {d}."),
    "no_response_then": ("PD", "Because the mass had grown after three cycles of {prev} without any response, {d} was "
                               "begun."),
    "second_line_given": (None, "{Ordinal} {d} was started in {when}."),
    "loss_of_response": ("PD", "Loss of response to {prev} led to a change to {d} in {when}."),
}

# two lines' responses told in one sentence (after the lines): (line indices, classes, template)
SUMMARY_V3 = {
    "two_pr_sd": ((0, 1), ("PR", "SD"), "{D1} achieved a partial response and {d2} stable disease."),
    "best_pr_then_stable": ((0, 1), ("PR", "SD"), "The best response was a partial response to {d1}; on {d2} the disease "
                                                   "remained stable for six months."),
    "second_third": ((1, 2), ("PR", "CR"), "Second-line {d2} produced a partial response, and third-line {d3} a complete "
                                            "response."),
    "responded_then_progressed": ((0, 1), ("PR", "PD"), "{Pro} responded partially to {d1} but progressed on {d2}."),
    "cr_then_pd": ((0, 1), ("CR", "PD"), "A complete response to {d1} was followed by progression on {d2}."),
    "sd_then_pr": ((1, 2), ("SD", "PR"), "{D2} gave stable disease for five months and {d3} a partial response."),
}

# responses that are not the patient's: {x} a drug (often the one the patient got)
NEG_V3 = {
    "trial_orr": "In the registration trial, {x} produced an objective response rate of 58%, including complete "
                 "responses in 12% of patients.",
    "cited_case": "Lee et al. reported a similar patient who achieved a complete response to {x} lasting two years.",
    "reported": "Durable responses to {x} have been reported in this setting.",
    "expected": "A rapid response to {x} was expected because of the molecular findings.",
    "hoped": "The aim of {x} was to induce a complete remission before transplantation.",
    "series_rate": "In a retrospective series, 7 of 12 patients treated with {x} had a partial response.",
    "to_be_assessed": "Response to {x} was to be assessed after three cycles.",
    "counselled": "The family was told that only about a third of patients respond to {x}.",
    "pfs_trial": "Median progression-free survival with {x} was 11 months in the phase 3 study.",
    "literature_pd": "Resistance and early progression on {x} are well described in the literature.",
}
NEG_OWN_DRUG = {"expected", "hoped", "to_be_assessed"}
NEG_PLACES = ["inline", "discussion"]
SERIES_V3 = ["Case {n}\n", "Patient {n}: "]


def _v3_fmt_lead(rng, kind, tmpl):
    if kind in {"leuk", "cml", "myeloma"}:
        lead = rng.choice(HEME_LEADS)
    elif kind == "lymph":
        lead = rng.choice(PET_LEADS + LEADS_V3[:2])
    else:
        lead = rng.choice(LEADS_V3)
    low = lead if lead.split()[0] in {"CT", "PET-CT", "MRI"} else lead[0].lower() + lead[1:]
    return lead, low


def _story_v3(rng: random.Random, setting, intro=None, other_patient=False) -> dict:
    diag, kind, pool, distract = setting
    sex = rng.choice(["woman", "man"])
    pro = "she" if sex == "woman" else "he"
    age = rng.randint(19, 82)
    year = rng.randint(2013, 2021)
    shape = rng.choice(["lines", "lines", "lines", "summary"])
    n = rng.choice([1, 2, 2, 3]) if shape == "lines" else 3
    chosen = rng.sample(pool, min(n, len(pool)))
    if shape == "summary" and len(chosen) < 3:
        shape = "lines"
    sents = [intro.format(age=age, sex=sex) if intro else f"A {age}-year-old {sex} was diagnosed with {diag}."]
    slots = {"shape": shape, "kind": kind}
    pairs, alts, optional, lines, given, not_given, no_pd = set(), [], [], [], set(), set(), set()
    blame = {}       # (drug, class) -> slot that states it
    resp_keys = [k for k, v in RESPONSE_V3.items() if kind in v[1]]
    months = MONTHS

    def add(labels, cls, slot):
        if cls is None:
            return
        if isinstance(cls, tuple):
            optional.extend((d, frozenset(cls[1])) for d in labels)
        elif isinstance(cls, frozenset):
            alts.extend((d, cls) for d in labels)
            for d in labels:
                blame[(d, "|".join(sorted(cls)))] = slot
        else:
            for c in ([cls] if isinstance(cls, str) else cls):
                pairs.update((d, c) for d in labels)
                blame.update({(d, c): slot for d in labels})

    for i, (shown, labels) in enumerate(chosen):
        when = f"{rng.choice(months)} {year + i}"
        fmt = dict(d=shown, D=_cap(shown), pro=pro, Pro=_cap(pro), when=when, when0=f"{rng.choice(months)} {year + i}",
                   num=rng.choice(["four", "seven", "nine", "eleven"]), Ordinal=ORDINALS[min(i - 1, 2)],
                   prev=chosen[i - 1][0] if i else "")
        if i == 0:
            key = rng.choice(["started_on", "received", "commenced", "initiated", "treated_with"])
            sents.append(START[key].format(**fmt))
        else:
            keys = list(NEXT_V3)
            if shape == "summary":     # the summary sentence states the classes: a neutral switch
                keys = ["then_received", "second_line_given"]
            elif kind in {"leuk", "cml", "myeloma"}:    # no masses or lesions in a marrow disease
                keys = [k for k in keys if k not in ("new_lesions_then", "no_response_then")]
            if shape != "summary" and {(d, "PD") for d in lines[-1]} & pairs:
                keys = [k for k in keys if NEXT_V3[k][0] != "NO_PD"]   # no "completed" after a progression on it
            key = rng.choice(keys)
            slots[f"next{i}"] = key
            cls, tmpl = NEXT_V3[key]
            sents.append(tmpl.format(**fmt))
            if cls == "NO_PD":
                no_pd.update(lines[-1])
            else:
                add(lines[-1], cls, f"next={key}")
        lines.append(labels)
        given |= set(labels)
        if shape == "summary":
            continue
        last = i == len(chosen) - 1
        # an earlier line's response is told before the next line's transition
        if last or rng.random() < 0.75:
            rkey = rng.choice(resp_keys)
            cls, _kinds, tmpl = RESPONSE_V3[rkey]
            lead, low = _v3_fmt_lead(rng, kind, tmpl)
            slots[f"resp{i}"] = rkey
            sents.append(tmpl.format(lead=lead, lead_low=low, d=shown, D=_cap(shown), pro=pro, Pro=_cap(pro)))
            add(labels, cls, f"resp={rkey}")
    if shape == "summary":
        skey = rng.choice(list(SUMMARY_V3))
        idx, classes, tmpl = SUMMARY_V3[skey]
        slots["summary"] = skey
        names = [c[0] for c in chosen]
        sents.append(tmpl.format(d1=names[0], D1=_cap(names[0]), d2=names[1], D2=_cap(names[1]), d3=names[2],
                                 D3=_cap(names[2]), pro=pro, Pro=_cap(pro)))
        for j, c in zip(idx, classes):
            add(lines[j], c, f"summary={skey}")
    # a response that is not the patient's, often about a drug the patient got
    discussion = None
    if rng.random() < 0.6:
        nkey = rng.choice(list(NEG_V3))
        # an expected, hoped-for or planned assessment names the drug the patient gets (a drug named only
        # there would be one given: "response to X was to be assessed after three cycles")
        if rng.random() < 0.6 or nkey in NEG_OWN_DRUG:
            x = chosen[0][0]
        else:
            x = rng.choice(distract)
            not_given.add(x)
        place = rng.choice(NEG_PLACES)
        slots["neg"] = nkey
        slots["neg_place"] = place
        slots["neg_drug"] = "given" if x == chosen[0][0] else "other"
        sent = NEG_V3[nkey].format(x=x, X=_cap(x))
        if place == "inline":
            sents.insert(2, sent)      # right after the first line is started
        else:
            discussion = sent
    # what an extra pair of a drug is blamed on: its line's response and the transition after it
    for i, labels in enumerate(lines):
        where = "|".join(x for x in (slots.get(f"resp{i}") and f"resp={slots[f'resp{i}']}",
                                     slots.get(f"next{i + 1}") and f"next={slots[f'next{i + 1}']}",
                                     slots.get("summary") and f"summary={slots['summary']}") if x)
        for d in labels:
            blame.setdefault((d, "*"), where or "no response stated")
    return dict(sents=sents, slots=slots, given=given, not_given=not_given, pairs=pairs, lines=lines, alts=alts,
                optional=optional, no_pd=no_pd, blame=blame, discussion=discussion)


@dataclass
class NarrativeV3(Narrative):
    blame: dict = field(default_factory=dict)         # (drug, class) -> the slot that states it
    case_pairs: list = field(default_factory=list)    # a series: each patient's (pairs, allowed)


def compose_v3(rng: random.Random) -> NarrativeV3:
    setting = rng.choice(SETTINGS_V3)
    if rng.random() < 0.15:
        head = rng.choice(SERIES_V3)
        diag = setting[0]
        parts, sts = [f"We report two patients with {diag}."], []
        for k in (1, 2):
            st = _story_v3(rng, setting, intro="A {age}-year-old {sex} presented with " + diag + ".")
            parts.append(head.format(n=k) + " ".join(st["sents"]))
            sts.append(st)
        text = "Case presentation\n" + "\n\n".join(parts)
        disc = [st["discussion"] for st in sts if st["discussion"]]
        if disc:
            text += "\n\nDiscussion\n" + disc[0] + "\n"
        slots = {"series": head.strip(": \n")}
        for st in sts:
            slots.update(st["slots"])
        given = set().union(*(st["given"] for st in sts))
        not_given = set().union(*(st["not_given"] for st in sts)) - given
        pairs = set().union(*(st["pairs"] for st in sts))
        alts = [a for st in sts for a in st["alts"]]
        optional = [o for st in sts for o in st["optional"]]
        blame = {}
        for st in sts:
            blame.update(st["blame"])
        case_pairs = [(st["pairs"], st["pairs"] | {(d, c) for d, alt in st["alts"] + st["optional"] for c in alt})
                      for st in sts]
        return NarrativeV3(text, slots, given, not_given, pairs, [l for st in sts for l in st["lines"]], alts,
                           set(), patients=2, case_lines=[st["lines"] for st in sts], optional=optional, blame=blame,
                           case_pairs=case_pairs)
    st = _story_v3(rng, setting)
    text = " ".join(st["sents"])
    if st["discussion"]:
        text = "Case presentation\n" + text + "\n\nDiscussion\n" + st["discussion"] + "\n"
    return NarrativeV3(text, st["slots"], st["given"], st["not_given"], st["pairs"], st["lines"], st["alts"], set(),
                       optional=st["optional"], blame=st["blame"])


def generate_v3(n: int, seed: int) -> list[NarrativeV3]:
    rng = random.Random(seed)
    return [compose_v3(rng) for _ in range(n)]


def response_problems(nar: NarrativeV3, case) -> list[tuple[str, str]]:
    """(failure class, detail) of the responses of a v3 narrative: a missed pair is blamed on the slot that
    states it, an extra pair on the negative sentence when there is one (else on 'extra:<class>'), a series'
    pair on the wrong patient on 'series:wrong patient'."""
    cases = case if isinstance(case, list) else [case]
    pairs = set()
    per_case = []
    for c in cases:
        _g, p, _l = observed(c)
        pairs |= p
        per_case.append(p)
    out = []
    for pr in sorted(nar.pairs - pairs):
        out.append((f"missed {nar.blame.get(pr, '?')}", f"{pr}"))
    for d, alt in nar.alts:
        if not {(d, c) for c in alt} & pairs:
            out.append((f"missed {nar.blame.get((d, '|'.join(sorted(alt))), '?')}", f"({d!r}, one of {sorted(alt)})"))
    allowed = nar.pairs | {(d, c) for d, alt in nar.alts + nar.optional for c in alt}
    for pr in sorted(pairs - allowed):
        where = nar.blame.get((pr[0], "*"))
        if "neg" in nar.slots and (where is None or nar.slots.get("neg_drug") == "given" and pr[1] in ("CR", "PR")):
            why = f"extra neg={nar.slots['neg']}"      # the negative's drug, or a class only the negative states
        else:
            why = f"extra {pr[1]} [{where}]"
        out.append((why, f"{pr}"))
    if nar.case_pairs and len(cases) == len(nar.case_pairs):
        for (exp, allow), got in zip(nar.case_pairs, per_case):
            if got - allow and not (got - allowed):
                out.append(("series: pair on the wrong patient", f"{sorted(got - allow)}"))
    if nar.patients > 1 and len(cases) != nar.patients:
        out.append(("series: cases", f"{len(cases)} != {nar.patients}"))
    return out


def check_v3(n: int, seed: int, verbose: bool = False) -> int:
    sys.path.insert(0, "tests")
    from kg.nlp import build_pipeline
    nlp = build_pipeline()
    nars = generate_v3(n, seed)
    classes, fails, missing_drugs = Counter(), 0, Counter()
    for i, nar in enumerate(nars):
        cases = cases_of(nlp, nar.text)
        probs = response_problems(nar, cases)
        given = set()
        for c in cases:
            given |= observed(c)[0]
        for d in sorted(nar.given - given):
            missing_drugs[d] += 1
        if probs:
            fails += 1
            for cls, _d in probs:
                classes[cls] += 1
            if verbose:
                print(f"#{i}", nar.text.replace("\n", " | "), "\n   ", nar.slots, "\n   ", probs,
                      "\n    given:", sorted(given), "\n")
    print(f"{fails}/{len(nars)} narratives with response problems")
    if missing_drugs:
        print("drugs given but not extracted (bench label or extraction):", dict(missing_drugs.most_common()))
    print("failure classes:")
    for k, v in classes.most_common():
        print(f"  {v:4d}  {k}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--show", action="store_true", help="print the narratives, do not run kg")
    ap.add_argument("--verbose", action="store_true", help="print every failing narrative")
    ap.add_argument("--extended", action="store_true",
                    help="also draw from the extended vocabulary (non-native wordings, other time marks, "
                         "responses without a class, pronouns, small series)")
    ap.add_argument("--v3", action="store_true",
                    help="the session 15 response vocabulary (written blind to kg's rules): failure classes")
    ap.add_argument("--check", type=int, default=None, help="N narratives (same as --n)")
    a = ap.parse_args(argv)
    if a.check:
        a.n = a.check
    if a.v3:
        if a.show:
            for nar in generate_v3(a.n, a.seed):
                print(nar.text, "\n  ", nar.slots, sorted(nar.pairs), nar.alts, nar.optional, "\n")
            return 0
        return check_v3(a.n, a.seed, a.verbose)
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
