"""Accuracy floors on the development gold (benchmarks/accuracy.py against ../shared).

Runs the installed `kg` on PATH over ../shared/corpus once (about a minute) and scores every set.
The floors only ratchet up: when main scores higher, raise the constant to a little below the new
score; never lower one to make a change pass.
"""
import importlib.util
import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
GOLD_DIR = ROOT / "benchmarks" / "gold"


def _load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# The synthetic web-text sets, in the order benchmarks/accuracy.py lists them: a set wired there is checked here
# for false cases, leaks and gold ids without a second list to keep in step.
WEBTEXT_SETS = [name for name in _load("kg_bench_accuracy_sets", ROOT / "benchmarks" / "accuracy.py").SETS
                if name.startswith("webtext")]

# Macro F1 floors. Main on b348f98: seeds 1.000, abstracts 0.214, dev 0.479, tune 0.151, check 0.336.
# These only ratchet up (see the module docstring).
SEEDS_FLOOR = 0.95
# dev and tune were re-measured when 18 harder records joined the dev gold (all in tune; gold2 branch, on
# f2b783b): dev 0.625 -> 0.541, tune 0.834 -> 0.775 on the same predictions; their floors are those minus 0.02.
# The third batch (gold3 branch, benchmarks/gold/corpora_cases.gold.json, 62 PubTator abstracts) is the new set
# `corpora` and joins tune/check through split.json; on 507c1ed (main 420f5f0 + the gold) it measured corpora 0.520,
# tune 0.962 -> 0.704 and check 0.761 -> 0.695 on the same predictions (a re-baseline, not a lowered bar).
# The fourth batch (gold4 branch, benchmarks/gold/corpora2_cases.gold.json, 51 PubTator abstracts) is the set
# `corpora2` and joins tune/check through split.json; on 97aa5cf (main 9e424ae + the gold) the same predictions score
# corpora2 0.182, tune 0.934 -> 0.796 and check 0.862 -> 0.826 (a re-baseline, not a lowered bar).
FLOORS = {"abstracts": 0.96, "dev": 0.94, "corpora": 0.81, "corpora2": 0.77, "tune": 0.94, "check": 0.82}
# session 7, accdx3 branch (diagnoses: tumors caused in general, organ words in a site role): corpora2 0.750 -> 0.784,
# tune 0.941 -> 0.949
# measured on the cases2 branch (small series / titled single patients in the case gate): abstracts 0.982,
# dev 0.963, corpora 0.796, corpora2 0.639, tune 0.861, check 0.836; all five session-6 branches merged (main
# after accresp2): abstracts 0.982, dev 0.963, corpora 0.828, corpora2 0.750, tune 0.941, check 0.836, webtext 0.940
# webtext (synthetic, scored on its own): 0.828 on 2be9e80, 0.874 on the acctx branch (cohort reports, review
# case sections, considered/reserved drugs, bone agents)
FLOORS["webtext"] = 0.945  # 0.950 on readtitle (real titles: odd 0.990, even 0.891 -> 0.904); 0.940 with accdx, acctx, accresp, accresp2 and cases2 merged (session 6); 0.943 on accw2
# webtext2 (a second synthetic set, written blind after those merges): 0.824 on its first run (80f9cef)
# 0.857 on the accw2 branch (PDF running heads/columns/ligatures, options not taken, relatives as subject,
# RECIST numbers, lab-change nouns, manifestations beside an event, rescue drugs): odd pages 0.838 -> 0.884,
# even (held out) 0.817 -> 0.834
FLOORS["webtext2"] = 0.89  # 0.900 on the accdx3 branch (mutation-defined subtypes, gene symbols no tumor names,
# histology + subtype + site names, PDF running headers not the title)
# 0.871 on the accae3 branch (issue #11 adverse events: grade and event wordings, symptoms restated as or put
# down to another event, ungraded restatements merged; AE F1 0.904 -> 0.926), from 0.866 on main 44ca587
# webtext3 (a third synthetic set, written blind on the webtext3 branch; odd pages dev, even held out): 0.804 on its
# first run (main 44ca587 + the set's commit 5be92b2): odd 0.808, even 0.804
FLOORS["webtext3"] = 0.78
# session 7, accdrug branch (issue #11 drugs given: recognition and linking - curated antineoplastics with brand,
# code and older names, regimen acronyms, CIViC regimen phrases and salts no drugs of their own): abstracts
# 0.982 -> 0.987, corpora2 0.784 -> 0.808, webtext2 0.904 -> 0.923, webtext3 0.813 -> 0.823, tune 0.949 -> 0.959
FLOORS.update({"abstracts": 0.98, "corpora2": 0.80, "tune": 0.95, "webtext2": 0.915, "webtext3": 0.815})
# session 7, accresp3 branch (issue #11 responses: relapse after a finished line, no evidence of disease after
# local treatment, dose decimals no clause break, maintenance lines): webtext 0.944 -> 0.949, webtext2 0.904 -> 0.908,
# webtext3 0.813 -> 0.822 (odd 0.817 -> 0.832, even 0.813 -> 0.815)
FLOORS["webtext"] = 0.945
# session 7, readtitle branch (issue #11 class 1: real titles of web/PDF text, page furniture out of the title,
# CARE headings): webtext3 0.813 -> 0.842 (odd 0.816 -> 0.861, even 0.813 -> 0.825), webtext2 0.904 -> 0.900 (a
# title's "survivor of Hodgkin disease" becomes the diagnosis of a case whose text names no tumor: extraction side)
# cases found (records whose patient gets a case at all): measured on the acccase branch (issue #11 class 2,
# stories of another disease the report says it presents keep an empty case): tune 71 -> 75 of 75, check
# 38 -> 39 of 51, corpora 43 -> 44 of 48, corpora2 21 -> 25 of 33
# with 'chemotherapeutic agent' an oncology word (a story whose cancer is unnamed keeps its drug and event):
# tune 0.949 -> 0.952, corpora2 0.784 -> 0.796 (acccase)
CASES_FOUND_FLOORS = {"tune": 75, "check": 39, "corpora": 44, "corpora2": 25}
# session 8, accdx4 (report-level introductions of older abstracts: "A case of X is presented", "Four patients
# who ... are described", "We treated a man ..."): check 39 -> 41 of 51, corpora2 25 -> 27 of 33
CASES_FOUND_FLOORS.update({"check": 41, "corpora2": 27})
# all session-7 branches merged (main after acccase): abstracts 0.987, dev 0.963, corpora 0.828, corpora2 0.819,
# webtext 0.955, webtext2 0.922, webtext3 0.860, tune 0.962, check 0.836
FLOORS.update({"corpora2": 0.81, "webtext": 0.95, "webtext2": 0.915, "webtext3": 0.85, "tune": 0.955})

# all session-8 branches merged (integ: webtext4, why8, accdx4, accae4, accresp4, acclit, scale8): corpora 0.834,
# corpora2 0.837, webtext 0.966, webtext2 0.933, webtext3 0.934, tune 0.971, check 0.837
FLOORS.update({"corpora": 0.83, "corpora2": 0.83, "webtext": 0.96, "webtext2": 0.925, "webtext3": 0.925,
               "tune": 0.965, "check": 0.83})
# webtext4 (a fourth synthetic set written blind in session 8, not tuned on in that session): 0.858 on its first
# run (main c0e96e7), 0.890 with the session's accuracy branches merged (odd 0.897, even 0.886)
FLOORS["webtext4"] = 0.88
# webtext5 (a fifth synthetic set written blind in session 9: PDF extractions, JATS, conference abstracts, tumour
# boards; no helper tuning kg this session read it): 0.769 on its first run (main a36f2ca; odd 0.809, even 0.732)
FLOORS["webtext5"] = 0.76
# webtext6 (a sixth synthetic set written blind in session 10: letters, images notes, small series with flattened
# tables, grand rounds, preprints, posters, translated English; mostly non-fusion tumours; no helper tuning kg this
# session read it): 0.800 on its first run (main 8b4f873; odd 0.870, even 0.678)
FLOORS["webtext6"] = 0.79
# webtext7 (a seventh synthetic set written blind in session 11: narrative case series, a pathology quiz, radiology,
# pharmacy, nursing and autopsy reports, clinical problem-solving, pregnancy, a pedigree, physician blog/newsroom/forum
# pages, a monograph case, a reply letter, a tumour board record; veterinary, registry, label, meta-analysis,
# case-control and erratum negatives; no helper tuning kg this session read it): 0.714 on its first run (main fb14b75;
# odd 0.765, even 0.655)
FLOORS["webtext7"] = 0.70
# webtext8 (an eighth synthetic set written blind in session 11: a timeline table, a slide transcript, an M&M summary,
# a nurse navigator note, a second-opinion letter, SOAP, structured PubMed abstracts, JATS lists, an accordion page;
# review, cost-effectiveness, protocol, xenograft and leaflet negatives; no helper tuning kg this session read it):
# 0.784 on its first run (main fa7fe9f; odd 0.747, even 0.821)
FLOORS["webtext8"] = 0.78
FLOORS["webtext8"] = 0.80   # session 12 (readers9): 0.806, webtext8_17's case found (unknown heading above its story)
# session 11, acc8case (erratum and veterinary reports are no case): webtext7 0.712 -> 0.736 (odd 0.772 -> 0.801,
# even 0.634 -> 0.654); a first-person page ("I met Daniel (not his real name)") introduces its patient and its
# later body parts that open with him go on with his story: 0.736 -> 0.745 (odd 0.801 -> 0.817, even 0.654);
# a clinician's forum post ("one of my patients, whom I'll call Maria"): 0.760 (odd 0.845, even 0.654)
FLOORS["webtext7"] = 0.755
# session 10, acctx6 branch (therapy: dose-schedule "then", hold then continued, cause of a switch, plans for a later
# progression): webtext5 0.776 -> 0.782 (odd 0.814 -> 0.825, even 0.740 unchanged)
FLOORS["webtext5"] = 0.775

# all session-9 branches merged (integ: accdx5, acctx5, acclit5, perf5; webtext4's odd pages opened for tuning):
# corpora2 0.846, webtext 0.967, webtext2 0.951, webtext3 0.936, webtext4 0.956,
# webtext5 0.776 (blind: nobody tuning read it), tune 0.971, check 0.840
FLOORS.update({"corpora2": 0.84, "webtext2": 0.945, "webtext3": 0.93, "webtext4": 0.95, "webtext5": 0.77,
               "check": 0.835})
# session 10, accdx6 (diagnoses, fusions, adverse events; webtext5's odd pages opened): webtext3 0.937,
# webtext4 0.957, webtext5 0.776 -> 0.800 (odd 0.814 -> 0.860, even 0.740 -> 0.742)
FLOORS.update({"webtext5": 0.795})

# session 10, acccase6 (webtext5 odd pages open): a structured abstract's parts run together ("BACKGROUND: ...
# CASE: ...", conference abstracts) are read apart, so the CASE part tells the patient: webtext5 0.833 (odd 0.924,
# even 0.740), 32/36 cases
FLOORS["webtext5"] = 0.83
CASES_FOUND_FLOORS["webtext5"] = 32
# acccase6, second step: tumour board summaries (a labelled list, "Patient: 58-year-old man, ..."; the board's
# recommendation is its plan) and a review's own patient under "Our patient" are cases: webtext5 0.879 (odd 0.924,
# even 0.740 -> 0.837), 36/36 cases
FLOORS["webtext5"] = 0.875
CASES_FOUND_FLOORS["webtext5"] = 36
# acccase6, third step: PDF page breaks (a drawn rule and a running head or foot with "Page 89" or "Grieco et al."
# between two halves of a sentence; "46-"/"trifluridine/" at a line end; "died in" / "05/2024."): webtext5 0.882
# (odd 0.924 -> 0.930, even 0.837)
FLOORS["webtext5"] = 0.88
# acccase6, fourth step: a review (JATS review-article, PubMed Review; not also a case report) is a case only when
# it presents a patient of its own ("We also describe our patient", a section "Our patient" / "Illustrative case"):
# webtext5 0.901 (odd 0.930, even 0.837 -> 0.873), false cases 1 -> 0, leaks 8 -> 4
FLOORS["webtext5"] = 0.895
# all session-10 branches merged (acccase6, accdx6, acctx6, perf6; webtext5's odd pages opened): webtext3 0.937,
# webtext4 0.957, webtext5 0.932 (odd 0.989, even 0.874), webtext6 0.801 (blind: odd 0.872, even 0.678)
FLOORS.update({"webtext3": 0.935, "webtext4": 0.955, "webtext5": 0.93})
# session 11, acc7case (posters' bracketed headings and timelines, a pharmacovigilance study no case, plans and
# "also reported" drugs, responses after a finished course, teaching questions): webtext6 0.801 -> 0.835 (odd 0.872 -> 0.924, even 0.678 -> 0.682), 28/30 cases
FLOORS["webtext6"] = 0.83
# session 11, acc7case: an inferred response told by the resected tumour's pathology ("histology showed a good
# response (95% necrosis)", HISTOLOGIC) is no RECIST assessment: corpora2 0.846 -> 0.881, tune 0.971 -> 0.982,
# webtext6 0.835 -> 0.837
FLOORS.update({"corpora2": 0.875, "tune": 0.978, "webtext6": 0.835})
CASES_FOUND_FLOORS["webtext6"] = 28
# session 11, all branches merged (webtext7, acc7case, acc7dx, perf7 + the lead's quiz "Answer" fix): webtext6 0.868
# (odd 0.951, even 0.726), webtext7 0.712 (blind; odd 0.772, even 0.634: its first run gave 0.714, odd 0.765, even 0.655)
FLOORS["webtext6"] = 0.865
# session 11, acc7dx (diagnoses and adverse events on other tumours; webtext6's odd pages opened): grade wordings
# ("gr. 3", "grade >=3", "II degree", "CTCAE 3", "(G1 -> G2)"), plural tumour names and short forms ("NETs"), a title
# tumour told as the first impression: webtext2 0.952, webtext6 0.801 -> 0.835 (odd 0.872 -> 0.907, even 0.678 -> 0.712)
FLOORS.update({"webtext2": 0.95})   # (its webtext6 floor: set after the merge, below)
# session 11, acc8dx: tumours named by their defining fusion or chromosome ("NUT carcinoma", "Ph+ ALL") reach
# their OncoTree terms: webtext7 0.712 -> 0.726 (odd 0.772 -> 0.798, even 0.634), webtext5 0.932 -> 0.938
# (even 0.874 -> 0.885), webtext3 0.937 -> 0.943
FLOORS.update({"webtext3": 0.94, "webtext5": 0.935, "webtext7": 0.72})
# session 11, second round merged (webtext8, acc8case, acc8dx): webtext7 0.774 (odd 0.870, even 0.654), webtext8 0.784
# (blind, unchanged by the round: odd 0.747, even 0.821)
FLOORS["webtext7"] = 0.77
CASES_FOUND_FLOORS["webtext7"] = 27
# webtext9 (a ninth synthetic set written blind in session 12, full length: a discharge summary, a molecular tumour
# board report, a patient's blog, reverse chronology, shorthand, brand names, a cycle table, Markdown, two-column PDF
# text, a trial patient, an addendum; press release, guideline vignette, meeting report and biobank negatives; no
# helper tuning kg this session read it): 0.748 on its first run (main cefeb52; odd 0.725, even 0.749), 15/20 cases
FLOORS["webtext9"] = 0.74
CASES_FOUND_FLOORS["webtext9"] = 15
# session 12, acc9dx (diagnoses by a defining fusion, differential lists after a colon, a tumour's listed parts,
# B-precursor ALL; AE grades between two events / before a bracketed event / after the event's site, chemoradiation
# events sized by a severity word, manifestations after 'with' or before 'diagnosed as'): webtext3 0.943 -> 0.946
# (even 0.887 -> 0.895), webtext7 0.774 -> 0.789 (odd 0.870 -> 0.898), webtext8 0.784 -> 0.811 (odd 0.747 -> 0.801)
FLOORS.update({"webtext3": 0.944, "webtext7": 0.785, "webtext8": 0.805})
# session 12, acc9case (webtext8 odd pages opened; case shapes and literature leaks): a case told as a dated timeline
# table, a second-opinion letter, two primaries under "Case - <subtitle>" headings are cases; a review by its title is
# none: webtext8 0.784 -> 0.859 (odd 0.747 -> 0.892, even 0.821), cases 22 -> 25; webtext7 0.774 -> 0.779 (odd
# 0.870 -> 0.883, even 0.654); webtext5 even 0.885 -> 0.888; every other set and half unchanged
FLOORS.update({"webtext7": 0.775, "webtext8": 0.855})
CASES_FOUND_FLOORS["webtext8"] = 25
# session 12, acc9resp (responses and lines: a counted course or chemoradiation with a response is over, off-treatment
# sentences, a dose change whose subject is a drug, brief holds, continuing remissions, "no response after", summing-up
# sentences): webtext7 0.774 -> 0.788 (odd 0.870 -> 0.895, even 0.654 -> 0.658), webtext8 0.784 -> 0.796 (odd 0.747 ->
# 0.766, even 0.821 -> 0.828), webtext3 0.943 -> 0.945 (even 0.887 -> 0.891)
FLOORS.update({"webtext7": 0.785, "webtext8": 0.79})
# session 12, round 1 merged (acc9dx, acc9case, acc9resp, perf9; webtext8's odd pages opened): webtext3 0.948 (even
# 0.898), webtext7 0.810 (odd 0.935, even 0.661), webtext8 0.897 (odd 0.956, even 0.828), webtext9 0.750 (blind: odd
# 0.725, even 0.752; 0.748 on its first run)
FLOORS.update({"webtext3": 0.945, "webtext7": 0.805, "webtext8": 0.89})
CASES_FOUND_FLOORS["webtext9"] = 16
# session 12, readers9 merged (web-page reader holes found with 226 made-up pages: kickers, story paragraphs under
# the title, comment threads, endless scroll, closed accordions, text in capitals, <br>-wrapped lines, Markdown,
# asides): webtext5 0.942 (even 0.894), webtext9 0.765 (odd 0.759, even 0.752; readers9 never read it)
FLOORS.update({"webtext5": 0.94, "webtext9": 0.76})
# webtext10 (a tenth synthetic set written blind in session 12: ordinary case reports as journals publish them, PubMed
# abstracts and pages, publisher pages, JATS; common tumours and treatments; cohort, phase 2 trial, meta-analysis and
# in-vitro negatives; no helper tuning kg read it): 0.869 on its first run (main 58c0bb4; odd 0.909, even 0.820), 20/20
FLOORS["webtext10"] = 0.86
CASES_FOUND_FLOORS["webtext10"] = 20
# session 12, acc10resp (round 2; webtext9 odd pages opened): an assessment at any counted cycle is inside the course,
# Addendum and "Treatment course after the board" headings head the case, VGPR is PR: webtext9 0.750 -> 0.771 (odd
# 0.725 -> 0.782, even 0.752 unchanged), webtext8 0.897 -> 0.899, webtext2 0.953 -> 0.952, webtext6 0.869 -> 0.868
FLOORS.update({"webtext9": 0.76})
# session 12, round 2, acc10case (webtext9 odd pages opened; document shapes): Markdown headings, an editorial's
# "A patient from my clinic", a dictated letter's frame ("Dictation begins", ages in words), addenda ("Addendum",
# "Follow-up (added before publication)") and four plan/verdict wordings: webtext9 0.750 -> 0.806 (odd 0.725 ->
# 0.852, even 0.752 unchanged), cases 15 -> 18; webtext7 0.810 -> 0.815 (odd 0.935 -> 0.944); webtext8 0.897 ->
# 0.899 (odd 0.956 -> 0.961); webtext6 0.869 -> 0.868 (even 0.726 -> 0.724: one more case found, 28 -> 29)
FLOORS.update({"webtext7": 0.81, "webtext8": 0.895, "webtext9": 0.80})
CASES_FOUND_FLOORS.update({"webtext6": 29, "webtext9": 18})
# acc10case, later: a short narrative line after unlabelled prose, FINDINGS/IMPRESSION after the case: webtext5
# 0.939 -> 0.942 (even 0.888 -> 0.894), webtext6 0.868 -> 0.871 (even 0.724 -> 0.736), webtext8 0.899 -> 0.901
FLOORS.update({"webtext5": 0.94, "webtext8": 0.898})
# session 12, round 2 merged (acc10resp, acc10dx, acc10case; webtext9's odd pages opened): webtext6 0.869 (even 0.736),
# webtext7 0.815, webtext8 0.906 (even 0.832), webtext9 0.837 (odd 0.908, even 0.766), webtext10 0.872 (blind: odd 0.905,
# even 0.834; 0.869 on its first run)
FLOORS.update({"webtext7": 0.81, "webtext8": 0.90, "webtext9": 0.83, "webtext10": 0.865})
# webtext11 (an eleventh synthetic set written blind in session 13: ordinary case reports of sarcomas, IMT, leukaemias,
# lymphomas, thyroid, salivary, brain, GI and paediatric tumours, most with a driver fusion; cohort, phase 1/2 trial,
# review and xenograft negatives; no helper tuning kg read it): 0.875 on its first run (main 1fc5624 = 99979c1 + the
# set; odd 0.809, even 0.957), 20/20 cases
FLOORS["webtext11"] = 0.87
CASES_FOUND_FLOORS["webtext11"] = 20
# session 13, acc11dx (diagnoses, fusions, drug linking: tumour names and short forms of the real sets' types, an
# ALK-positive subtype from the case's fusion, GTN, coexisting cancers, 'Marrow:' label lines, IgG4-related disease
# no cancer, fusions named by site): corpora 0.834 -> 0.839 (check 0.733 -> 0.745), webtext 0.967 -> 0.969 (even 0.936
# -> 0.942), webtext2 0.952 -> 0.959 (even 0.917 -> 0.930), webtext4 0.958 -> 0.963 (even 0.917 -> 0.928), webtext6
# 0.869 -> 0.871, webtext8 0.906 -> 0.926 (odd 0.969 -> 0.991, even 0.832 -> 0.850), webtext9 0.837 -> 0.852 (odd 0.908
# -> 0.934), check 0.840 -> 0.846; every other set and half unchanged
for _name, _floor in {"corpora": 0.834, "webtext": 0.964, "webtext2": 0.954, "webtext4": 0.958, "webtext6": 0.866,
                      "webtext8": 0.921, "webtext9": 0.847, "check": 0.841}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 13, readers11 (page copies of abstract databases and publishers, found with 900 made-up pages: PubMed page
# chrome, publication-type lines, lists of other papers and index terms kept out of the body, breadcrumbs, MEDLINE
# format): webtext10 0.872 -> 0.886 (odd 0.905 -> 0.907, even 0.834 -> 0.868), webtext3 0.948 -> 0.951 (even 0.898 ->
# 0.904); webtext 0.967 -> 0.963 (even 0.936 -> 0.929: a breadcrumb no longer the title of one held-out page, whose real
# title then adds one diagnosis)
FLOORS.update({"webtext3": 0.946, "webtext10": 0.88})
# session 13, acc11ae (adverse events: 'free T4' no negation, onycholysis = Nail loss, ICANS = Encephalopathy, elided
# analytes "aspartate and alanine aminotransferases", item-by-item graded lists, title syndromes told by their graded
# manifestations, a syndrome graded through the manifestations after it, a series' "Case 1" read as a case): webtext10
# 0.872 -> 0.886 (odd 0.905 -> 0.926, even 0.834 -> 0.838), webtext7 0.815 -> 0.833 (odd 0.941 -> 0.963, even 0.661 ->
# 0.664), webtext9 0.837 -> 0.842 (odd 0.908 -> 0.916, even 0.766 -> 0.769); every other set and half unchanged or up
FLOORS.update({"webtext7": 0.828, "webtext9": 0.837, "webtext10": 0.881})
# session 13, acc11resp (responses, lines, drugs given or not: a counted course's remission goes on under a drug
# started later, a procedure named as a time reference is no new local treatment, prophylaxis drugs have no
# response, a partial stop's later progression is the continuing drugs', "not favoured"/kept-for-later drugs not
# given, generic "some <kind> patients" statements literature, negated "no new lesion" no PD; sorafenib leak of
# webtext10 gone): webtext10 0.872 -> 0.880 (odd 0.905 -> 0.916, even 0.834 -> 0.837), webtext5 0.942 -> 0.945 (odd
# 0.989 -> 0.996), webtext3 0.948 -> 0.950 (even 0.898 -> 0.901), webtext7 0.815 -> 0.818, webtext9 0.837 -> 0.839;
# every other set and half unchanged
FLOORS.update({"webtext3": max(FLOORS["webtext3"], 0.945), "webtext5": max(FLOORS["webtext5"], 0.94),
               "webtext10": max(FLOORS["webtext10"], 0.875)})

# session 13, all branches merged (readers11, acc11ae, acc11resp, acc11dx, perf11, phr12tx, readers12, phr12ae;
# webtext10's odd pages opened): webtext3 0.955 (even 0.912), webtext5 0.946, webtext7 0.836 (odd 0.968, even 0.665),
# webtext8 0.926, webtext9 0.860 (odd 0.945, even 0.771), webtext10 0.905 (odd 0.936, even 0.874), webtext11 0.900
# (blind: odd 0.855, even 0.957; 0.875 on its first run)
for _name, _floor in {"webtext3": 0.95, "webtext7": 0.83, "webtext9": 0.855, "webtext10": 0.90,
                      "webtext11": 0.895}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# webtext12 (a twelfth synthetic set written blind in session 14: lung-heavy ordinary case reports (EGFR, ALK, ROS1,
# RET, MET, NTRK, KRAS G12C, SCLC, mesothelioma) with melanoma, breast, GI, kidney, ovarian, IMT, B-ALL and DLBCL;
# letters, an images piece, a conference abstract, a two-patient series; trial, cohort, review and in-vitro negatives
# and a sarcoidosis mimic; no helper tuning kg read it): 0.905 on its first run (main a8c8e23 = 0586cba + a benchmark
# fix + the set; odd 0.888, even 0.923), 20/20 cases, 0 false cases
FLOORS["webtext12"] = 0.90
CASES_FOUND_FLOORS["webtext12"] = 20
# session 14, real14 (silver review of real texts no gold uses, benchmarks/silver/: counts of occurrences are no patient
# introduction, "a series of 40 patients" and family studies are cohorts; one gene's transcript is expression, a slash
# list before "mutation" no pair): webtext7 0.836 -> 0.843 (odd 0.968 -> 0.981), webtext10 0.905 -> 0.923 (odd
# 0.936 -> 0.964), webtext11 0.900 -> 0.906 (blind: odd 0.855 -> 0.866); even halves unchanged
for _name, _floor in {"webtext7": 0.838, "webtext10": 0.918, "webtext11": 0.90}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 14, phr14tx (therapy phrasing bench extended: non-native wordings, time marks, pronoun responses, drugs
# not given, small series; an adverse event's graded aside 'which responded to' a steroid is the event's course):
# webtext10 0.905 -> 0.908 (odd 0.936 -> 0.941, one odd page); every other set and half unchanged
FLOORS["webtext10"] = max(FLOORS["webtext10"], 0.903)

# session 14, readers13 (readers: a treatment table or timeline box in a JATS case section read as case text, clinical
# note headings such as HISTORY OF PRESENT ILLNESS / HOSPITAL COURSE / PRINCIPAL DIAGNOSIS, CARE abstract labels, a
# side list's title): webtext7 0.836 -> 0.845 (odd 0.968 -> 0.966, even 0.665 -> 0.696), webtext9 0.860 -> 0.865 (odd
# 0.945 -> 0.955), webtext6 0.871 -> 0.873 (even 0.736 -> 0.739); every other set and half unchanged
for _name, _floor in {"webtext6": 0.868, "webtext7": 0.84, "webtext9": 0.86}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 14, acc14w11 (webtext11's odd pages opened: twelve odd-page leaks gone with general rows ("the team avoided
# X", "X has also shown activity in ...", a drug kept as the choice for a later relapse, a plan superseded by
# a trial elsewhere); exon-to-exon fusion wording; a regimen's short form defined by its own drugs keeps its meaning;
# in-course day schedules; cytoreduction as its own line; one gene's "transcripts" no fusion): webtext11 0.900 -> 0.958
# (odd 0.855 -> 0.959, even 0.957 unchanged), webtext10 0.905 -> 0.923 (odd), webtext7 0.836 -> 0.843 (odd),
# webtext9 0.860 -> 0.862 (even 0.771 -> 0.775); all others unchanged
for _name, _floor in {"webtext11": 0.953, "webtext10": 0.918, "webtext7": 0.838, "webtext9": 0.857}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 14, tabrow14 (a table row read as case text is one unit: a cell saying its treatment was planned, declined
# or never started gives none of the row's drugs; a response told with a regimen named again is the line giving all its
# drugs; a table of treatment options stays a caption): webtext7 0.852 -> 0.854 (odd 0.980 -> 0.981, even 0.696 ->
# 0.700), webtext12 0.905 -> 0.908 (blind: odd 0.887 -> 0.893; its two new table leaks gone); every other set unchanged
for _name, _floor in {"webtext7": 0.849, "webtext12": 0.903}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 14, all branches merged (real14, phr14tx, readers13, phr14ae, acc14w11, tabrow14; webtext11's odd pages
# opened, webtext12 blind): webtext6 0.873 (even 0.739), webtext7 0.854 (odd 0.981, even 0.700), webtext9 0.867 (odd
# 0.955, even 0.775), webtext10 0.927 (odd 0.972, even 0.874), webtext11 0.958 (odd 0.959, even 0.957), webtext12 0.908
# (blind: odd 0.893, even 0.923; 0.905 on its first run)
for _name, _floor in {"webtext7": 0.85, "webtext9": 0.862, "webtext10": 0.922}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# webtext13 (a thirteenth synthetic set written blind in session 15: ordinary case reports of sarcomas, leukaemias,
# mantle cell lymphoma, thyroid, salivary, brain, biliary, pancreatic, lung and paediatric tumours; a two-infant series,
# an older terse abstract, a letter, an images piece, a conference abstract; trial, registry, review and laboratory
# negatives and a Kikuchi-Fujimoto mimic; no helper tuning kg read it): 0.887 on its first run (main 661147f = b73c517 +
# a benchmark generator change + the set; odd 0.919, even 0.855), 20/20 cases, 0 false cases
FLOORS["webtext13"] = 0.88
CASES_FOUND_FLOORS["webtext13"] = 20
# session 15, acc15w12 (webtext12's odd pages opened: an "Abstract" of unlabelled prose ends at the next heading, so a
# case told under "Case summary" is the case; the alternatives of an offer ("offered X plus Y or Z", "X or Y were
# offered") and "another choice"/"possibility" are options; "the value of re-biopsy at progression" is no event;
# relapse "N months after stopping X" or after "maintenance therapy ended" is no PD; "disease control" restates a PR/CR;
# imaging that shows or a patient who develops metastases in an organ on a line is PD; a class in the aside of absence
# wording glosses it): webtext12 0.908 -> 0.937 (odd 0.893 -> 0.948, even 0.923 unchanged; 3 odd-page leaks gone),
# webtext8 0.926 -> 0.930 (even 0.850 -> 0.857; three held-out leaks gone), webtext5 0.946 -> 0.948 (even 0.894 ->
# 0.899), webtext3 0.955 (even 0.912 -> 0.913); all others unchanged
for _name, _floor in {"webtext12": 0.932, "webtext8": 0.925, "webtext5": 0.943}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 15, htmltab15 (an HTML table of the case's own course inside the case section read as case text, one
# "header: cell" line a row as in JATS; a table whose header names only dates beside measurements stays a caption; an
# adverse-event table keeps its header line and bare rows, graded by kg_context): webtext13 0.887 -> 0.894 (blind,
# aggregate only: odd 0.919 -> 0.921, even 0.855 -> 0.867; adverse events tp 61 -> 64); webtext5 even 0.894 -> 0.893
# (held out, not opened); every other set and half unchanged
FLOORS["webtext13"] = max(FLOORS["webtext13"], 0.889)
# session 15, resp15 (responses from the blind v3 phrasing bench: 'relapsed during X' / 'loss of response to X' / a
# relapse after the end of X, a response naming a looked-back drug, regimens in failure wording, progressive metabolic
# disease, deep molecular response, responses aimed at or expected): webtext5 0.946 -> 0.949 (even 0.894 -> 0.900),
# webtext even 0.935 -> 0.937, webtext13 (blind, aggregate) 0.887 -> 0.888; every other set and half unchanged
FLOORS["webtext5"] = max(FLOORS["webtext5"], 0.944)
# session 15, misc15 (known false facts of the silver review fixed as classes: sequence letters are no drug, transplant
# immunosuppression is no cancer line, DO/NCIt names more general than an OncoTree entity do not join it ("amyloidosis"
# for AL amyloidosis, "myeloid leukemia" for CML), short forms glossed as another condition, a past tumour lends no organ,
# medication lists, family reports): corpora 0.839 -> 0.841 (check 0.745 -> 0.751), check 0.846 -> 0.848; every other
# set and half unchanged
for _name, _floor in {"corpora": 0.836, "check": 0.843}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 15, ae15 (adverse-event phrasing bench --v3 written blind to kg's rules; a toxicity table with a grade column in
# the case section read as case text, a grade before an event kept on its own line, events sized by a value or an
# action kept in grading reports, admission and time-on-treatment onsets, "dose reduction ... for" no resolution):
# webtext13 0.887 -> 0.892 (blind: even 0.855 -> 0.867, adverse events R 0.792 -> 0.831); every other set and half unchanged
FLOORS["webtext13"] = max(FLOORS["webtext13"], 0.887)
# session 15, intro15 (older PubMed case abstracts, drug-toxicity reports and small series from a generated bench,
# tools/make_abstract_shapes.py: "a woman aged 43" introduces a patient; a toxicity report that names no cancer keeps
# its cytotoxic drug; a series' lead-in is every patient's; a response told before its drug; "5-fluorouracil-induced"
# split; "X developed in a man receiving Y" is Y's event): corpora 0.839 -> 0.846 (check 0.745 -> 0.750), webtext2
# 0.959 -> 0.961 (even 0.930 -> 0.934), webtext12 0.908 -> 0.913 (even 0.923 -> 0.934), check 0.846 -> 0.848
for _name, _floor in {"corpora": 0.841, "webtext2": 0.956, "webtext12": 0.908, "check": 0.843}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 15, all branches merged (acc15w12, htmltab15, resp15, misc15, ae15, intro15; webtext12's odd pages opened,
# webtext13 blind): corpora 0.848 (check 0.755), check 0.850, webtext2 0.961 (even 0.934), webtext5 0.950 (even 0.902),
# webtext8 0.930 (even 0.857), webtext12 0.942 (odd 0.948, even 0.934), webtext13 0.895 (blind: odd 0.924, even 0.867;
# 0.887 on its first run); every other set and half unchanged
for _name, _floor in {"corpora": 0.843, "check": 0.845, "webtext12": 0.937, "webtext13": 0.89}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# webtext14 (a fourteenth synthetic set written blind in session 16: ordinary case reports of ALK-positive ALCL (a
# three-child series), NUT carcinoma, uterine, renal, breast, skin, kidney and ovarian tumours, myeloma, Hodgkin's disease
# (an older terse abstract), ALK-positive histiocytosis, GIST, ependymoma, lung, prostate, melanoma and oral tongue
# cancer; a letter, an images piece, a conference abstract; trial, review and laboratory negatives and an IgG4
# pancreatitis mimic; no helper tuning kg read it): 0.879 on its first run (main da3d83a + the set; odd 0.907, even
# 0.854), 21/21 cases, 0 false cases, 5 leaks
FLOORS["webtext14"] = 0.874
CASES_FOUND_FLOORS["webtext14"] = 21
# session 16, acc16w13 (webtext13's odd pages opened: PDF running heads with middle-dot cells or "X et al." beside the
# short title, "X exon N fused to Y", an elided lab rise, a graded recurrence is the event's, "no residual mass was
# visible" (inferred CR), "X, <aside>, was not considered", a CML major molecular response (inferred CR), a vague
# eye-event name or a local-id event restated precisely): webtext3 0.955 -> 0.957 (even 0.913 -> 0.916), webtext4
# 0.963 -> 0.964 (even 0.928 -> 0.930), webtext5 0.950 -> 0.957 (even 0.902 -> 0.916), webtext6 0.873 -> 0.877 (odd
# 0.954 -> 0.957, even 0.739 -> 0.743), webtext7 0.854 -> 0.866 (even 0.700 -> 0.731), webtext8 0.930 -> 0.933 (even
# 0.857 -> 0.864), webtext11 0.958 -> 0.959 (odd 0.959 -> 0.957, even 0.957 -> 0.961),
# webtext13 0.895 -> 0.933 (odd 0.924 -> 0.994, even 0.867 unchanged); webtext 0.966 -> 0.965 (even 0.937 -> 0.933:
# one adverse event's label, page not read)
for _name, _floor in {"webtext3": 0.952, "webtext4": 0.959, "webtext5": 0.952, "webtext6": 0.872, "webtext7": 0.861,
                      "webtext8": 0.928, "webtext11": 0.954, "webtext13": 0.928}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 16, tab16 (plain-text tables of the case read as case text: a flattened table of the case's course or of a
# series' own patients under a "Table N." caption in the case section, its cells set apart by pipes, tabs or runs of
# spaces, gives one "header: cell | ..." line a row behind the case's prose (headings.course_lines decides, as for HTML
# and JATS tables); tab and space cells kept apart as pipes, a caption line keeps its rows, "Table 1 Summary" with no
# stop is a caption over rows; series bench tables 15/37 -> 0/37): webtext6 0.877 -> 0.879 (odd 0.957 -> 0.961),
# webtext9 0.867 -> 0.878 (even 0.775 -> 0.798: adverse events R 0.681 -> 0.780, pages not read), webtext10 0.927 ->
# 0.931 (even 0.874 -> 0.883, pages not read); every other set and half unchanged
for _name, _floor in {"webtext6": 0.874, "webtext9": 0.873, "webtext10": 0.926}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 16, all branches merged (acc16w13, aehdr16, series16, old16, perf16, tab16, resp16, perf16b; webtext13's odd
# pages opened, webtext14 blind): webtext 0.965 (even 0.933), webtext3 0.957 (even 0.916), webtext4 0.964 (even 0.930),
# webtext5 0.957 (even 0.916), webtext6 0.879 (odd 0.961, even 0.743), webtext7 0.866 (even 0.731), webtext8 0.933
# (even 0.864), webtext9 0.878 (even 0.798), webtext10 0.931 (even 0.883), webtext11 0.959 (odd 0.957, even 0.961),
# webtext13 0.933 (odd 0.994, even 0.867), webtext14 0.882 (blind: odd 0.913, even 0.854; 0.879 on its first run);
# every other set and half unchanged
FLOORS["webtext14"] = max(FLOORS["webtext14"], 0.877)
# webtext15 (a fifteenth synthetic set written blind at the start of session 17: ordinary case reports of desmoplastic
# small round cell tumour (a three-patient series), myxoid liposarcoma, solitary fibrous tumour, glioblastoma,
# fibrolamellar carcinoma, mesothelioma, lung, bladder, small-cell lung (an older terse abstract), clear cell sarcoma
# and Merkel cell carcinoma on one page, cervix, stomach, thymus, liver, paediatric AML, Ph+ ALL and sarcomas; a letter,
# a tumour board, a quiz, an erratum; trial, review, laboratory and erratum negatives and an actinomycosis mimic; no
# helper tuning kg read it): 0.804 on its first run (main e3226e5 + the set; odd 0.842, even 0.743), 20/20 cases,
# 0 false cases, 3 leaks; responses 0.628 (P 0.650 R 0.608) and adverse-event recall 0.716 are its weak fields
FLOORS["webtext15"] = 0.799
CASES_FOUND_FLOORS["webtext15"] = 20
# webtext16 (a sixteenth synthetic set written blind at the start of session 18, with responses in many wordings:
# Ewing, synovial, alveolar rhabdomyosarcoma, DFSP, osteosarcoma, infantile fibrosarcoma, cholangiocarcinoma, CML, APL,
# thyroid, Wilms, pancreas, DLBCL, follicular lymphoma, CLL, salivary, glioma, breast, ovary, head and neck; a letter,
# a tumour board, an images piece, a translated page; cohort, review and laboratory negatives and a tuberculosis mimic;
# no helper tuning kg read it): 0.899 on its first run (main bcf251d + wiring; odd 0.935, even 0.862), 20/21 cases,
# 0 false cases, 6 leaks; responses 0.842 (P 0.812 R 0.874), adverse-event recall 0.831, diagnoses 0.850; 0.900 (odd
# 0.937) once two repeated gold response pairs were removed
FLOORS["webtext16"] = 0.894
CASES_FOUND_FLOORS["webtext16"] = 20
# webtext17 (a seventeenth synthetic set written blind in session 18 with adverse events and diagnoses in many
# wordings: half fusion/MET lung and IMT inhibitor sequences, half new tumour types (medullary thyroid, LGFMS, Burkitt,
# myxoid chondrosarcoma, mantle cell, germ cell, LCH, uveal melanoma, myelofibrosis, hairy cell); a teaching case,
# revised diagnoses, a case in an article's Results; cohort, review and laboratory negatives and a cryptococcosis
# mimic; no helper tuning kg read it): 0.905 on its first run (main 9d8d2ee + wiring, session 19; odd 0.931, even
# 0.877), 20/21 cases, 0 false cases, 3 leaks; adverse-event recall 0.804, diagnoses 0.857, responses 0.869 (P 0.844)
FLOORS["webtext17"] = 0.900
CASES_FOUND_FLOORS["webtext17"] = 20
# webtext18 (an eighteenth synthetic set written blind in session 19 with responses and treatment lines in many
# wordings, half of it PubMed XML abstracts: EGFR/BRAF/KRAS/ERBB2/RET/NTRK/MET/ALK lung and an ALK IMT; pancreatic
# NET, Waldenstrom, retinoblastoma, adrenocortical, cutaneous SCC, BCOR sarcoma, T-ALL, anaplastic thyroid, Kaposi,
# mycosis fungoides; a line-of-therapy table, two unrelated patients, a Discussion retelling; trial, review and
# laboratory negatives and an IgG4 mimic; no helper tuning kg read it): 0.872 on its first run (main bc8efa4 + wiring,
# before session 19's merges; odd 0.905, even 0.850), 20/21 cases, 0 false cases, 4 leaks; adverse-event recall
# 0.785, fusions 0.800, responses 0.868 (P 0.884 R 0.853)
FLOORS["webtext18"] = 0.867
CASES_FOUND_FLOORS["webtext18"] = 20
# webtext19 (a nineteenth synthetic set written blind in session 20 with drugs not given, graded adverse events and
# treatment lines in many wordings, half of it PubMed XML abstracts: ROS1/EGFR/BRAF/KRAS/ALK/NRG1/RET/MET/ERBB2 lung and
# an ALK IMT; MDS, basal cell, hepatoblastoma, paraganglioma, medulloblastoma, penile and anal SCC, mesothelioma,
# desmoid, angiosarcoma; a tumour board's options, a dated timeline, treatment told only in Conclusions; trial, review
# and laboratory negatives and a demyelination mimic; no helper tuning kg read it): 0.921 on its first run (main
# d90cff5 + wiring, before session 20's helpers' merges; odd 0.928, even 0.913), 21/21 cases, 0 false cases, 2 leaks;
# responses 0.837 (P 0.891 R 0.788), diagnoses 0.850, adverse events 0.961
FLOORS["webtext19"] = 0.916
CASES_FOUND_FLOORS["webtext19"] = 21
# webtext20 (a twentieth synthetic set written blind in session 21: responses after drugs added to running regimens,
# maintenance, responses told sentences after their drug, drugs not given and graded adverse events in many wordings;
# RET/NTRK thyroid series, GIST, HER2 breast, ROS1 lung, BRAF PXA, FGFR2/IDH1 cholangiocarcinoma and new tumour types;
# trial, review and laboratory negatives and a vasculitis mimic; no helper tuning kg read it): 0.917 on its first run
# (main 417bcc5 + wiring, before session 21's helpers' merges; odd 0.949, even 0.887), 21/21 cases, 0 false cases,
# 5 leaks; responses 0.811 (P 0.841 R 0.784), diagnoses 0.878, adverse events 0.933
FLOORS["webtext20"] = 0.912
CASES_FOUND_FLOORS["webtext20"] = 21
# webtext21 (a twenty-first synthetic set, written blind in session 21 from webtext20's brief by a second writer: many
# inferred responses (43 of 128), drugs not given, graded adverse events; no helper tuning kg read it): 0.863 on its
# first run (main 170f71c + wiring, before session 21's helpers' merges; odd 0.858, even 0.872), 20/21 cases, 0 false
# cases, 7 leaks; responses 0.712 (P 0.840 R 0.617), diagnoses 0.750, drugs 0.903, adverse events 0.951
FLOORS["webtext21"] = 0.858
CASES_FOUND_FLOORS["webtext21"] = 20
# webtext22 (a twenty-second synthetic set, written blind in session 22 on diagnoses, responses told away from their
# drug and drugs under brand/code names and regimen acronyms; no helper tuning kg read it): 0.855 on its first run
# (main f540728 + wiring, before session 22's helpers' merges; odd 0.814, even 0.872), 21/21 cases, 0 false cases,
# 3 leaks; responses 0.702 (P 0.846 R 0.600), diagnoses 0.756, fusions 0.889, drugs 0.958, adverse events 0.968
FLOORS["webtext22"] = 0.850
CASES_FOUND_FLOORS["webtext22"] = 21
# webtext23 (a twenty-third synthetic set, written blind in session 23 on diagnoses, responses told away from their
# drug, drugs under other names and graded adverse events in many wordings; no helper tuning kg read it): 0.789 on its
# first run (main 80bfd6a + wiring, before session 23's helpers' merges; odd 0.789, even 0.786), 21/21 cases, 0 false
# cases, 4 leaks; diagnoses 0.578 (P 0.565 R 0.591), responses 0.574 (P 0.778 R 0.455), adverse events 0.871 (R 0.771),
# drugs 0.924, fusions 1.000
FLOORS["webtext23"] = 0.784
CASES_FOUND_FLOORS["webtext23"] = 21
# webtext24 (a twenty-fourth synthetic set, written blind in session 24: half targeted-therapy cases with drivers the
# earlier sets used least, half tumour types they did not use; no helper tuning kg read it): 0.771 on its first run
# (main cea54c5 + wiring, before session 24's helpers' merges; odd 0.812, even 0.749), 21/21 cases, 0 false cases,
# 8 leaks; adverse events 0.592 (P 0.806 R 0.468), diagnoses 0.667, responses 0.802 (P 0.931 R 0.705), fusions 0.857,
# drugs 0.938
FLOORS["webtext24"] = 0.766
CASES_FOUND_FLOORS["webtext24"] = 21
# webtext25 (a twenty-fifth synthetic set, written blind in session 26: long treatment histories, lymphomas and
# leukemias and the hidden web set's tumour groups, revised and transformed diagnoses; no helper tuning kg read it):
# 0.830 on its first run (main 7a4eaf2 + wiring, before session 26's helpers' merges; odd 0.846, even 0.814), 21/21
# cases, 0 false cases, 0 leaks; diagnoses 0.609, fusions 0.923, drugs 0.981, responses 0.817 (P 0.817 R 0.817),
# adverse events 0.821 (P 0.906 R 0.750)
FLOORS["webtext25"] = 0.825
CASES_FOUND_FLOORS["webtext25"] = 21
# webtext26 (a twenty-sixth synthetic set, written blind in session 27: an ordinary sample of the hidden sets' ten
# tumour groups rather than one hard shape; no helper tuning kg read it): 0.923 on its first run (main b5ac9ab +
# wiring, before session 27's helpers' merges; odd 0.935, even 0.910), 21/21 cases, 0 false cases, 2 leaks;
# diagnoses 0.878, fusions 1.000, drugs 0.969, responses 0.899, adverse events 0.868
FLOORS["webtext26"] = 0.918
CASES_FOUND_FLOORS["webtext26"] = 21
# webtext27 (a twenty-seventh synthetic set, written blind in session 28 by a writer who read no kg code and no other
# set's pages: a second ordinary sample of the hidden mix; no helper tuning kg read it): 0.950 on its first run (main
# 61c1e08 + wiring, before session 28's helpers' merges; odd 0.949, even 0.951), 21/21 cases, 0 false cases, 0 leaks;
# diagnoses 0.900, fusions 1.000, drugs 1.000, responses 0.879, adverse events 0.971
FLOORS["webtext27"] = 0.945
CASES_FOUND_FLOORS["webtext27"] = 21
# webtext28 (a twenty-eighth synthetic set, written blind in session 29 by a writer who read no kg code and no other
# set's pages: a third ordinary sample of the hidden mix, courses over years with dates, responses told as measurements
# or marker levels; no helper tuning kg read it): 0.931 on its first run (main 9277d51 + wiring, before session 29's
# helpers' merges; odd 0.941, even 0.937), 21/21 cases, 0 false cases, 0 leaks; diagnoses 0.927, fusions 0.889,
# drugs 0.987, responses 0.895, adverse events 0.955
FLOORS["webtext28"] = 0.925
CASES_FOUND_FLOORS["webtext28"] = 21
# webtext29 (a twenty-ninth synthetic set, written blind in session 30 by a writer who read no kg code and no other
# set's pages: a fourth ordinary sample of the hidden mix; no helper tuning kg read it): 0.928 on its first run (main
# d606edf + wiring, before session 30's helpers' merges; odd 0.969, even 0.891), 21/21 cases, 0 false cases, 2 leaks;
# diagnoses 0.829, fusions 0.947, drugs 0.987, responses 0.916, adverse events 0.962
FLOORS["webtext29"] = 0.92
CASES_FOUND_FLOORS["webtext29"] = 21
# webtext30 (a thirtieth synthetic set, written blind in session 31 by a writer who read no kg code and no other
# set's pages: a fifth ordinary sample of the hidden mix, a third of its patients told across the case section, a
# flattened table and the Discussion; no helper tuning kg read it): 0.932 on its first run (main 7135092 + wiring,
# before session 31's helpers' merges; odd 0.956, even 0.916), 21/21 cases, 0 false cases, 5 leaks; diagnoses 0.850,
# fusions 1.000, drugs 0.969, responses 0.912, adverse events 0.931
FLOORS["webtext30"] = 0.925
CASES_FOUND_FLOORS["webtext30"] = 21
# webtext31 (a thirty-first synthetic set, written blind in session 32 the same way: a sixth ordinary sample, over
# half of its patients in PubMed abstracts, three older terse ones, a letter, a three-child series, a space-separated
# table of events; no helper tuning kg read it): 0.931 on its first run (main d43eb0b + wiring, before session 32's
# helpers' merges; odd 0.901, even 0.969), 21/21 cases, 0 false cases, 2 leaks; diagnoses 0.884, fusions 0.923,
# drugs 0.987, responses 0.901, adverse events 0.961
FLOORS["webtext31"] = 0.925
CASES_FOUND_FLOORS["webtext31"] = 21
# webtext32 (a thirty-second synthetic set, written blind in session 33 the same way: a seventh ordinary sample, PDF
# extractions with response words split across hyphenated line ends, two JATS reports with tables, a two-patient
# series, a letter, three negatives; no helper tuning kg read it): 0.954 on its first run (main 375b9a7 + wiring,
# before session 33's helpers' merges; odd 0.950, even 0.957), 21/21 cases, 0 false cases, 2 leaks; diagnoses 0.900,
# fusions 1.000, drugs 0.973, responses 0.925, adverse events 0.970
FLOORS["webtext32"] = 0.945
CASES_FOUND_FLOORS["webtext32"] = 21
# webtext33 (a thirty-third synthetic set, written blind in session 34 the same way: an eighth ordinary sample, 13 of
# its 20 cancer records with three or more treatment lines told in sequence, a three-patient series, a letter, a 1996
# record, three negatives; no helper tuning kg read it): 0.955 on its first run (main e39af7d + wiring, before session
# 34's helpers' merges; odd 0.946, even 0.960), 21/21 cases, 0 false cases, 2 leaks; diagnoses 0.950, fusions 1.000,
# drugs 0.980, responses 0.904, adverse events 0.942
FLOORS["webtext33"] = 0.945
CASES_FOUND_FLOORS["webtext33"] = 21
# webtext34 (a thirty-fourth synthetic set, written blind in session 35 the same way: a ninth ordinary sample, 15 of
# its 21 patients with three or more treatment lines told in sequence, a JATS table of lines, PDF extractions, a
# two-patient series, a 1997 letter, three negatives; no helper tuning kg read it): 0.975 on its first run (main
# be31f64 + wiring, before session 35's helpers' merges; odd 0.988, even 0.961), 21/21 cases, 0 false cases, 1 leak;
# diagnoses 0.950, fusions 1.000, drugs 0.989, responses 0.957, adverse events 0.980 (its gold: one bare ungraded event
# beside graded ones removed by the lead, gold convention 5, test_gold_conventions)
FLOORS["webtext34"] = 0.965
CASES_FOUND_FLOORS["webtext34"] = 21
# webtext35 (a thirty-fifth synthetic set, written blind in session 36 in the shape where kg is weakest on real data:
# 24 older, terse, unstructured PubMed case abstracts (1978-2006) in PubMed XML and PubMed page copies, old drug and
# diagnosis names, translated articles, two small series, a letter, four negatives; no helper tuning kg read it):
# 0.904 on its first run (main 95d2a79 + wiring, before session 36's helpers' merges; odd 0.893, even 0.915), 20/20
# cases, 0 false cases, 0 leaks; diagnoses 0.895, fusions 1.000, drugs 0.969, responses 0.772, adverse events 0.882
FLOORS["webtext35"] = 0.895
CASES_FOUND_FLOORS["webtext35"] = 20
# webtext36 (a thirty-sixth synthetic set, written blind in session 37: 20 full-text case reports as text extracted
# from PDFs, with running headers and footers, line-end hyphens, ligatures, glued citation numbers, flattened tables,
# two-column interleaving, a literature table of other patients, a two-patient series, three negatives and a mimic;
# no helper tuning kg read it): 0.946 on its first run (main dfdb626 + wiring, before session 37's helpers' merges;
# odd 0.951, even 0.943), 17/17 cases, 1 false case, 3 leaks; diagnoses 0.970, fusions 0.952, drugs 0.968,
# responses 0.925, adverse events 0.916
FLOORS["webtext36"] = 0.935
CASES_FOUND_FLOORS["webtext36"] = 17
# webtext37 (a thirty-seventh synthetic set, written blind in session 38 when webtext31's and webtext32's odd halves
# were opened: an ordinary sample of the hidden mix, ten PubMed XML records, web-page copies, two JATS reports with a
# table of lines, drugs NOT given told in at least ten voices, a two-patient series, three negatives and a mimic; no
# helper tuning kg read it): 0.968 on its first run (main cce56d52 + wiring, before session 38's helpers' merges; odd
# 0.971, even 0.962), 21/21 cases, 0 false cases, 4 leaks; diagnoses 0.927, fusions 1.000, drugs 0.972, responses
# 0.956, adverse events 0.987
FLOORS["webtext37"] = 0.960
CASES_FOUND_FLOORS["webtext37"] = 21
# webtext38 (a thirty-eighth synthetic set, written blind in session 41 when webtext33's and webtext34's odd halves
# were opened: an ordinary sample of the hidden mix, ten PubMed XML records, web-page copies, two JATS reports, rich in
# treatment lines with responses told in many ways and graded adverse events, a two-patient series, three negatives
# and a mimic; no helper tuning kg read it): 0.940 on its first run (main 96aba7be + wiring, before session 41's
# helpers' merges; odd 0.936, even 0.945), 21/21 cases, 0 false cases, 2 leaks; diagnoses 0.976, fusions
# 1.000, drugs 0.983, responses 0.925, adverse events 0.818
FLOORS["webtext38"] = 0.930
CASES_FOUND_FLOORS["webtext38"] = 21
# webtext40 (a fortieth synthetic set, written blind in session 42 when webtext36's and webtext37's odd halves were
# opened, in the shape of the hidden PubMed case abstracts: 16 PubMed XML records and 8 PubMed abstract page copies,
# terse lines, responses and grades, a patient inside a structured abstract's Results, a two-patient series, a letter,
# three negatives and a mimic; no helper tuning kg read it): 0.972 on its first run (main 1e3fc9a6 + wiring, before
# session 42's helpers' merges; odd 0.968, even 0.977), 21/21 cases, 0 false cases, 0 leaks; diagnoses 1.000,
# fusions 1.000, drugs 0.964, responses 0.897, adverse events 1.000
FLOORS["webtext40"] = 0.960
CASES_FOUND_FLOORS["webtext40"] = 21
# webtext39 (a thirty-ninth synthetic set, written blind in session 42 when webtext36's and webtext37's odd halves
# were opened, weighted toward case-report texts copied from web pages: journal HTML pages, PMC and publisher page
# copies with glued labels, three PubMed XML records, a JATS report, two PDF extractions; many tumour types; no
# helper tuning kg read it): 0.969 on its first run (main 01c1f2e0 + wiring, before session 42's helpers' merges; odd
# 0.979, even 0.959), 21/21 cases, 0 false cases, 1 leak; diagnoses 0.976, fusions 1.000, drugs 0.987, responses
# 0.935, adverse events 0.946 (two response pairs its gold listed twice removed by script, unread, before this run)
FLOORS["webtext39"] = 0.955
CASES_FOUND_FLOORS["webtext39"] = 21
# session 17, resp17 (responses on webtext14's odd pages and the other open halves: a relapse named as the time an
# outcome is dated from ("alive 14-30 months after the last relapse"), an abstract's CONCLUSIONS read as discussion,
# "can/may control recurrence" is general, "PD in the chest during weekly X", counted consolidation and "dose x N"
# courses end before a later relapse, progression on the drug that went on after a counted course is that drug's):
# webtext6 0.879 -> 0.880 (odd 0.961 -> 0.962), webtext10 0.931 -> 0.933 (odd 0.972 -> 0.974), webtext11 0.959 ->
# 0.963 (odd 0.957 -> 0.963), webtext14 0.882 -> 0.887 (odd 0.913 -> 0.924; responses 0.775 -> 0.800); no held-out
# half moved; every other set and half unchanged
for _name, _floor in {"webtext6": 0.875, "webtext10": 0.928, "webtext11": 0.958, "webtext14": 0.882}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 17, acc17w14 (webtext14's odd pages opened: PDF two-column text whose left column runs up to the gutter
# split at the column, a running foot of page number, citation and first author dropped; a lab value's grade after a
# time phrase; a negated clause closed by its own predicate and a comma does not reach the next statement; a letter's
# a modal announcement of its patient ("we would like to report a case ..."); planned as the next line, "has not been needed", only "available" are not
# given; [177Lu]Lu-PSMA-617 / -DOTATATE; "gr. 2" ends no sentence; a row of table cells is no reference title; aspirin
# is supportive; "graded 3"; CONCLUSIONS read as discussion; a short form of a list of drugs names each; a choice after
# a refusal): webtext2 0.961 -> 0.966 (even 0.934 -> 0.939), webtext4 0.964 -> 0.971 (even 0.930 -> 0.944), webtext5
# 0.957 -> 0.959 (even 0.916 -> 0.918), webtext6 0.879 -> 0.884, webtext7 0.866 -> 0.868 (even 0.731 -> 0.733),
# webtext8 0.933 -> 0.934 (even 0.864 -> 0.866), webtext9 0.878 -> 0.881, webtext10 0.931 -> 0.933, webtext11 0.959 ->
# 0.965 (even 0.961 -> 0.967), webtext14 0.882 -> 0.907 (odd 0.913 -> 0.961, even 0.854 unchanged); every other set
# and half unchanged
for _name, _floor in {"webtext2": 0.961, "webtext4": 0.966, "webtext5": 0.954, "webtext6": 0.879, "webtext7": 0.863,
                      "webtext8": 0.929, "webtext9": 0.876, "webtext10": 0.928, "webtext11": 0.960,
                      "webtext14": 0.902}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 17, diag17 (diagnoses: tumour names reports write that reached no term or the wrong one - DIPG, endometrioid
# carcinoma of the ovary, gastro-oesophageal, acral lentiginous melanoma ...; an unlisted histology takes the organ of
# the title's one tumour; salivary secretory carcinoma labelled by the DO's name): webtext7 0.866 -> 0.872 (even 0.731
# -> 0.746), webtext11 0.959 -> 0.969 (odd 0.957 -> 0.977), webtext14 0.882 -> 0.892 (odd 0.913 -> 0.933); every other
# set and half unchanged
for _name, _floor in {"webtext7": 0.867, "webtext11": 0.964, "webtext14": 0.887}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 17, ae17b (adverse-event grades told after other words: a relative clause of what the event needed
# before a grade set off by a comma or bracket ("ascites that required two taps, grade 3"), a later clause that
# states it (", which was grade 3", "and reached grade three", "up to grade 3"), a spelled-out grade after the event's
# site ("hives over the shins grade one"; two sites or "across"), "graded two"): webtext9 0.881 -> 0.882 (odd 0.962 ->
# 0.965), webtext13 0.934 -> 0.935 (odd 0.994 -> 0.996); no held-out half moved; every other set and half unchanged
for _name, _floor in {"webtext9": 0.877, "webtext13": 0.930}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 17, resp17b (responses: an earlier line's drug kept on as maintenance after another line is a line of its
# own; an undated stop of the running line told without its drugs ('both drugs were stopped', 'Therapy was
# discontinued') ends it; 'progression was noted on X' is a look back; a course completed for a stated time is over;
# shrinkage beside a class named in one assessment is no response of its own): webtext11 0.980 -> 0.981 (even 0.967 ->
# 0.970), webtext12 0.942 -> 0.944 (even 0.934 -> 0.939), webtext14 0.923 -> 0.926 (odd 0.994 -> 1.000); every other
# set and half unchanged (measured on integ17 df7f1f3 + this branch)
for _name, _floor in {"webtext11": 0.976, "webtext12": 0.939, "webtext14": 0.921}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 17, all branches merged (acc17w14, resp17, diag17, perf17, ae17b, resp17b; webtext14's odd pages opened,
# webtext15 blind; five repeated gold response pairs removed): webtext15 0.804 -> 0.832 (blind: odd 0.842 -> 0.897,
# even 0.743 -> 0.748), webtext7 0.866 -> 0.875 (even 0.731 -> 0.749), webtext6 0.879 -> 0.885, webtext10 0.931 ->
# 0.934, webtext11 0.959 -> 0.981 (even 0.961 -> 0.970), webtext14 0.882 -> 0.926 (odd 1.000, even 0.854 unchanged);
# every other set and half unchanged or up (see the blocks above)
for _name, _floor in {"webtext15": 0.827, "webtext7": 0.870, "webtext6": 0.880, "webtext10": 0.929}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 18, resp18 (responses: "kept the disease stable", nodes/implants that grew; a response told after an
# induction and its planned maintenance in one sentence is the induction's; some drugs of a course of told length named
# again after "followed by" are a maintenance line; a relapse word, or progression told later in the sentence of a
# counted course with its response, is a relapse after the course; a drug named again as stopped in the sentence that
# opened its combination leaves the later progression to the others; absence wording after surgery told in the same
# sentence; a series lead-in of up to three sentences and "the third patient developed" open cases): webtext15 0.832
# -> 0.857 (odd 0.897 -> 0.939, even 0.748 -> 0.752; responses 0.672 -> 0.795), webtext2 0.966 -> 0.967 (even 0.939
# -> 0.941); every other set and half unchanged
for _name, _floor in {"webtext15": 0.852, "webtext2": 0.962}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 18, acc18w15 (webtext15's odd pages opened: a two-column PDF page whose left line runs to one space before
# the right column; a tumour's short form defined in another section; repeated "Case" sections that each introduce a
# patient (a page of meeting abstracts); kinase positivity beside staining/FISH words or a denied fusion is no fusion;
# plus general mechanisms that moved no set: AE grades after rise/course words, chemotherapy as the unnamed treatment
# of a graded event, CIViC fusion-defined tumours and MORPHOLOGY_ONLY names, EP/MAP/P6 regimens, hypothetical cues
# stopped by a new predicate, 'Outcome' after a board discussion, 'Observation' and translated patient intros):
# webtext15 0.832 -> 0.855 (odd 0.897 -> 0.946, even 0.748 unchanged); every other set and half unchanged
FLOORS["webtext15"] = max(FLOORS["webtext15"], 0.850)
# session 18, merged (lead: gold conventions settled and applied (benchmarks/gold/README.md), then resp18, perf18,
# acc18w15): webtext6 0.885 -> 0.894, webtext8 0.934 -> 0.939, webtext9 0.882 -> 0.905 (gold), webtext15 0.832 -> 0.879,
# webtext16 (blind) 0.900 -> 0.902; no set or half went down
for _name, _floor in {"webtext6": 0.889, "webtext8": 0.934, "webtext9": 0.900, "webtext15": 0.874, "webtext16": 0.897}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 18, acc18w16 (webtext16's odd pages opened; adverse-event recall): a table of laboratory values whose cells
# carry their CTCAE grade is read as one graded statement a cell (not the baseline column); an event that recurred or
# returned at a grade takes it; a drug skipped/bypassed is not given, one that will be requested/offered is a plan; a
# mixed response gives the line no inferred response: webtext16 0.902 -> 0.916 (odd 0.941 -> 0.969, even 0.862
# unchanged; adverse events R 0.831 -> 0.930), webtext8 0.939 -> 0.941 (odd 0.997 -> 1.000);
# every other set and half unchanged
for _name, _floor in {"webtext16": 0.910, "webtext8": 0.936}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 18, round 2 merged (perf18b, acc18w16; the lead's gold fix: pegylated liposomal doxorubicin takes its parent's
# id): webtext7 0.879 -> 0.882 (even 0.751 -> 0.758), webtext12 0.944 -> 0.950, webtext16 0.916 -> 0.920
for _name, _floor in {"webtext7": 0.877, "webtext12": 0.945, "webtext16": 0.915}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 19, resp19 (responses: a progression named as the occasion of a treatment decision, an interval after a named
# drug ended or after the end of therapy, a remission going on into maintenance, a response dated by its phase, a
# semicolon before a site's stability, a single course, a letter's published patient, events' courses with their day):
# webtext2 0.968 -> 0.970 (even 0.941 -> 0.944), webtext16 0.920 -> 0.929 (odd only), webtext17 0.905 -> 0.913 (odd
# 0.931 -> 0.944; even 0.877 unchanged); every other set and half unchanged or within 0.002
for _name, _floor in {"webtext2": 0.965, "webtext16": 0.924, "webtext17": 0.908}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 19, dx19 (diagnoses: a type word with a bracketed alternative names the tumor, "pleomorphic (sarcomatoid)
# carcinoma"; a histology with no organ keeps the organ of the tumor it transformed from or of an organ-level title;
# "NSCLC (adenocarcinoma)"; parts listed as "... components"): webtext12 0.950 -> 0.960 (odd 0.960 -> 0.980, the one
# record it was seen on); every other set and half unchanged
FLOORS["webtext12"] = max(FLOORS["webtext12"], 0.955)
# session 19, ae19 (adverse events: an analyte graded with no value between, grades given "respectively", a grade
# stated of "it" in the next sentence, new analytes with the way their value went, an adverse-event table's columns in
# any order): webtext17 0.905 -> 0.910 (odd 0.931 -> 0.939, even 0.877 unchanged; adverse events R 0.804 -> 0.833)
FLOORS["webtext17"] = max(FLOORS["webtext17"], 0.905)
# session 19, merged (resp19, dx19, ae19, perf19; the lead's reader mechanisms: any known heading glued at a line
# start is split off ("The caseA 27-year-old"), "The case" is a case heading, a teaching question whose paragraph
# goes on with the story gives it back to the case, a question to the reader with lettered options inside a case is
# no part of it; the lead's gold fixes by convention 7 (NPM1 AML, colon mucinous adenocarcinoma) and one PD): webtext6
# 0.894 -> 0.906 (even 0.743 -> 0.760), webtext10 0.935 -> 0.947 (gold), webtext15 0.879 -> 0.906 (even 0.752 ->
# 0.808), webtext17 0.905 -> 0.937 (21/21 cases), webtext18 (blind) 0.872 -> 0.876
for _name, _floor in {"webtext6": 0.901, "webtext10": 0.942, "webtext11": 0.979, "webtext15": 0.901, "webtext16": 0.926,
                      "webtext17": 0.932, "webtext18": 0.871}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
CASES_FOUND_FLOORS["webtext17"] = 21
# session 19 round 2, drugcov19 (23 antineoplastic agents and 15 regimens with their component drugs, probed name by
# name) and leak19 (context rows for drugs compared with, unable to start, options that could be used): webtext10
# 0.947 -> 0.950 (even 0.889 -> 0.896); every other set and half identical
FLOORS["webtext10"] = max(FLOORS["webtext10"], 0.945)
# session 20, lead (a course table's rows written as labelled cells, "Toxicity: X | Grade: 3", grade their events with
# no header line; found with benchmarks/miss_classes.py on held-out halves): webtext14 0.926 -> 0.941 (even 0.857 ->
# 0.885), webtext15 0.906 -> 0.923 (even 0.808 -> 0.848), webtext17 0.937 -> 0.947 (even 0.877 -> 0.900)
for _name, _floor in {"webtext14": 0.936, "webtext15": 0.918, "webtext17": 0.942}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 20, lit20 (the patient's facts read as literature where a part does not open with the patient, no case
# section: a part that introduces its patient after its opening tells the story from there; an Introduction that runs
# on into the story after the abstract's is the report's body; an untitled part after the story goes on with its
# sentences about the patient or told in the past): webtext5 0.959 -> 0.965 (even 0.918 -> 0.929), webtext6 0.906 ->
# 0.921 (even 0.760 -> 0.802), webtext8 0.941 -> 0.947 (even 0.871 -> 0.884), webtext13 0.936 -> 0.955 (even 0.872 ->
# 0.914), webtext18 (blind) 0.876 -> 0.894
for _name, _floor in {"webtext5": 0.960, "webtext6": 0.916, "webtext8": 0.942, "webtext13": 0.950,
                      "webtext18": 0.889}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 20, leak20 (drugs not given: a treatment prescribed, ordered, chosen or recommended and taken back in the
# next sentence - not approved, refused by the payer, declined, died before it started, hospice, something else given
# instead; a plan still to come - present or future tense, or waiting on something pending): webtext3 0.958 -> 0.964
# (even 0.917 -> 0.928), webtext12 0.959 -> 0.964 (even 0.935 -> 0.945), webtext13 0.936 -> 0.942 (even 0.872 ->
# 0.882), webtext17 0.947 -> 0.952 (even 0.900 -> 0.911), webtext8 0.941 -> 0.942; every odd half unchanged
for _name, _floor in {"webtext3": 0.959, "webtext12": 0.959, "webtext13": 0.937, "webtext17": 0.947}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 20, ae20 (adverse events missed on held-out halves, found by count classes of benchmarks/miss_classes.py:
# grade words of running text between an event and its grade, a generic noun of the grade listing its events, an event
# filling its bracket; a word of change around a lab analyte, values against the normal, plural counts and other names
# of analytes; a graded event of a patient-anchored abstract or introduction sentence the story does not name):
# webtext2 0.970 -> 0.971 (even 0.944 -> 0.947), webtext3 0.958 -> 0.960 (even 0.917 -> 0.921), webtext4 0.971 ->
# 0.972, webtext6 0.906 -> 0.907 (even 0.760 -> 0.763), webtext8 0.941 -> 0.943 (even 0.871 -> 0.875), webtext11
# 0.984 -> 0.985, webtext18 (blind) 0.876 -> 0.882 (even 0.854 -> 0.862); every other set unchanged, no new AE extra
for _name, _floor in {"webtext2": 0.966, "webtext3": 0.955, "webtext4": 0.967, "webtext6": 0.902, "webtext8": 0.938,
                      "webtext11": 0.980, "webtext18": 0.877}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 20, merged (the lead's labelled-row grades, switch clauses and Introduction parted at the story; lit20,
# leak20, ae20): webtext2 0.970 -> 0.974 (even 0.944 -> 0.951), webtext3 0.958 -> 0.966 (even 0.917 -> 0.931), webtext5
# 0.959 -> 0.965, webtext6 0.906 -> 0.931 (even 0.760 -> 0.828, 30/30 cases), webtext8 0.941 -> 0.949, webtext12 0.959
# -> 0.964, webtext13 0.936 -> 0.960 (even 0.872 -> 0.924), webtext14 0.926 -> 0.941, webtext15 0.906 -> 0.926,
# webtext17 0.937 -> 0.952, webtext18 (blind) 0.876 -> 0.897, webtext19 (blind) 0.921 unchanged; 13 known leaks gone
# (dropped from KNOWN_LEAKS by script), no new leak, no new false case; corpora tune 0.984 -> 0.976 (one record)
for _name, _floor in {"webtext2": 0.969, "webtext3": 0.961, "webtext6": 0.926, "webtext8": 0.944, "webtext13": 0.955,
                      "webtext15": 0.921, "webtext18": 0.892}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
CASES_FOUND_FLOORS["webtext6"] = max(CASES_FOUND_FLOORS.get("webtext6", 0), 30)
# session 21, merged (the lead's fusion-partner rows, revised diagnoses, clipped drug names; lines21, leak21, ae21,
# perf21): webtext4 0.972 -> 0.974 (even 0.946 -> 0.950), webtext6 0.931 -> 0.932, webtext7 0.882 -> 0.886 (even 0.758
# -> 0.765), webtext9 0.906 -> 0.910, webtext15 0.926 -> 0.931 (odd 0.992 -> 1.000), webtext18 0.897 -> 0.904 (odd
# 0.917 -> 0.930; its odd half opened this session), webtext19 (blind) 0.921 -> 0.923, webtext20 (blind) 0.917 ->
# 0.924, webtext21 (blind) 0.863 -> 0.875; 13 known leaks gone (dropped from KNOWN_LEAKS by script), no new leak, no
# new false case; seeds, tune and check unchanged
for _name, _floor in {"webtext4": 0.969, "webtext7": 0.881, "webtext9": 0.905, "webtext15": 0.926, "webtext18": 0.899,
                      "webtext19": 0.918, "webtext20": 0.919, "webtext21": 0.870}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 22, merged (leak22, ae22, diag22, resp22, perf22 and the lead's fusion-partner row, narrative verbs of the
# text reader and the MAINTENANCE_WORD cue): webtext7 0.886 -> 0.888 (even 0.765 -> 0.768), webtext17 0.952 -> 0.954
# (odd), webtext18 0.904 -> 0.931 (odd 0.930 -> 0.985), webtext19 0.923 -> 0.927 (odd 0.928 -> 0.939; its odd half
# opened this session); the blind sets webtext20 0.924, webtext21 0.875, webtext22 0.855 unchanged; 3 known leaks gone
# (leak22), no new leak, no new false case; seeds, tune and check unchanged
for _name, _floor in {"webtext7": 0.883, "webtext17": 0.949, "webtext18": 0.926, "webtext19": 0.922}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 23, merged (diag23, ae23, drug23, resp23; webtext20's odd half opened, webtext23 written blind): webtext
# 0.966 -> 0.975 (even 0.933 -> 0.949, diagnoses), webtext17 0.954 -> 0.955, webtext20 0.924 -> 0.930 (odd, responses
# and adverse events), and the blind sets webtext21 0.875 -> 0.876, webtext22 0.855 -> 0.866, webtext23 0.789 -> 0.798;
# no new leak, no new false case; seeds, tune and check unchanged
for _name, _floor in {"webtext": 0.970, "webtext20": 0.925, "webtext22": 0.861, "webtext23": 0.793}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 24, merged in session 25 (perf24, diag24, ae24, drug24, resp24; webtext21's odd half opened, webtext24
# written blind): webtext3 0.966 -> 0.972, webtext7 0.888 -> 0.889, webtext12 0.964 -> 0.974 (diagnoses), webtext20
# 0.930 -> 0.935 (drugs not given), webtext21 0.876 -> 0.895 (odd 0.884 -> 0.915, even 0.872 -> 0.876), and the blind
# sets webtext23 0.798 -> 0.800, webtext24 0.771 -> 0.797 (adverse events 0.592 -> 0.718: grades told after their
# events); 9 known leaks gone, no new leak, no new false case; seeds, tune and check unchanged
for _name, _floor in {"webtext3": 0.967, "webtext12": 0.969, "webtext20": 0.930, "webtext21": 0.890,
                      "webtext24": 0.792}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 26 (diag25, ae25, perf25, resp25, drug25; webtext22's odd half opened, webtext25 written blind):
# webtext6 0.932 -> 0.933, webtext7 0.889 -> 0.891, webtext8 0.949 -> 0.955, webtext20 0.935 -> 0.936 (responses:
# a progression told in a clause moves only a PD), webtext2 0.974 -> 0.970 (resp25's widened cause clause, one pair on
# its held-out half), the blind webtext24 0.797 -> 0.803 (drug25: a drug told later as refused or not done was not
# given; 3 known leaks gone); webtext25 (blind) 0.830 unchanged; no new leak, no new false case; seeds, tune, check
# unchanged
for _name, _floor in {"webtext8": 0.950, "webtext24": 0.798}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 27 (resp27, drug27, diag27, ae27, perf27; webtext23's odd half opened, webtext26 written blind): every set
# the same or up: webtext2 0.970 -> 0.977 and webtext21 0.895 -> 0.905 (diag27: an organ-free histology takes the
# work-up organ, short forms with a type word), webtext23 0.800 -> 0.805 (drug27: a plan called off later, lists
# sharing a not-given status; 2 known leaks gone), the blind webtext24 0.803 -> 0.816, webtext25 0.830 -> 0.835 and
# webtext26 0.923 -> 0.929 (ae27: an ungraded event takes the sole grade after it in its sentence; resp27: a
# response dated by a cycle goes to the line given in cycles); no new leak, no new false case; seeds, tune, check
# unchanged
for _name, _floor in {"webtext2": 0.972, "webtext21": 0.900, "webtext23": 0.800, "webtext24": 0.811,
                      "webtext25": 0.830, "webtext26": 0.924}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 28 (drug28, resp28, diag28, ae28, perf28; webtext24's odd half opened, webtext27 written blind): every set
# the same or up: webtext3 0.973 -> 0.979 and webtext20 0.938 -> 0.949 (diag28: a title telling a non-cancer subject
# taken for a tumour), webtext21 0.905 -> 0.935, webtext22 0.867 -> 0.887, webtext23 0.805 -> 0.846, webtext24 0.816
# -> 0.861 (diagnoses, responses told in size changes and marrow words, a line stopped early and its first restaging,
# grades told through a change noun), the blind webtext25 0.835 -> 0.850 and webtext26 0.929 -> 0.931; webtext27
# (blind) 0.950 unchanged; 8 known leaks gone, no new leak, no new false case; seeds, tune and check unchanged
for _name, _floor in {"webtext3": 0.974, "webtext20": 0.944, "webtext21": 0.930, "webtext22": 0.882,
                      "webtext23": 0.841, "webtext24": 0.856, "webtext25": 0.845}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 28, round 2 (story28: a part of the patient's course after the case section is read as the story,
# COURSE_HEADING; terms28: regimen acronyms and plain words of CTCAE events): webtext21 0.935 -> 0.939, webtext22
# 0.887 -> 0.888, webtext23 0.846 -> 0.865, the blind webtext25 0.850 -> 0.856 and webtext26 0.931 -> 0.935;
# webtext24 0.861 -> 0.859 (one "numbness" event now found on its held-out half, with another grade than gold's)
FLOORS["webtext23"] = max(FLOORS["webtext23"], 0.860)
# session 29 (resp29, story29, diag29, ae29, drug29; webtext25's odd half opened, webtext28 written blind): every set
# the same or up: webtext4 0.975 -> 0.981, webtext15 0.931 -> 0.952, webtext22 0.888 -> 0.917, webtext23 0.865 ->
# 0.893 (diag29: fusion-defined WHO entities, excluded and revised readings; webtext8 09/23 gold put right to
# convention 7), webtext19 0.927 -> 0.944 (story29: a two-column PDF block read across, a story retold only in the
# Conclusions or by the patient as subject in the Discussion), webtext25 0.856 -> 0.925 (its odd half opened; even
# 0.846 -> 0.873), webtext16, 18, 24, 5, 9 up 0.002-0.008 (resp29: lymphodepletion before CAR T cells, a retelling
# pairing each treatment with its own response; ae29: a full stop ends a grade's phrase, a list shares its grade;
# drug29: choices, refusals and plans in more wordings), the blind webtext26 0.935 -> 0.944, webtext27 0.950 and
# webtext28 0.931 unchanged; the same 38 known leaks, no new false case; seeds, tune, check unchanged
for _name, _floor in {"webtext4": 0.976, "webtext5": 0.962, "webtext9": 0.908, "webtext15": 0.947,
                      "webtext16": 0.930, "webtext18": 0.931, "webtext19": 0.939, "webtext22": 0.912,
                      "webtext23": 0.888, "webtext24": 0.862, "webtext25": 0.920, "webtext26": 0.939}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 30 (resp30, rrec30, ae30, drug30, diag30; webtext26's odd half opened, webtext29 written blind): every set
# the same or up except the blind webtext29 0.928 -> 0.927 (one more response pair, after drug30; nobody has read
# why): webtext 0.975 -> 0.980, webtext15 0.952 -> 0.958 (diag30: a title's mimicked tumour excluded, subtypes
# written after the name), webtext23 0.893 -> 0.907, webtext24 0.867 -> 0.877 (rrec30: molecular, MRD, PET and
# marrow remissions, growth told with a verb), webtext25 0.925 -> 0.931, webtext26 0.944 -> 0.958 (its odd half
# opened; ae30: event names, negation scope; resp30: counted courses have a time window, alternating regimens share
# one), the blind webtext28 0.931 -> 0.938; webtext3, 6, 7, 9, 16, 17, 21, 22 +0.001-0.003; two known leaks gone,
# no new leak or false case; seeds, tune, check unchanged
for _name, _floor in {"webtext": 0.975, "webtext15": 0.953, "webtext23": 0.902, "webtext24": 0.872,
                      "webtext25": 0.926, "webtext26": 0.953, "webtext28": 0.933}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 31 (case31, diag31, drug31, ae31, rrec31, rwin31; webtext27's odd half opened, webtext30 written blind):
# case31 (a story told of one person in the past, with no case cue, is a case; group statistics veto it): webtext7
# 0.896 -> 0.948 (even 0.788 -> 0.906, cases 27 -> 30), corpora cases 44 -> 45, corpora2 27 -> 28, check 41 -> 43;
# ae31 (grade lists after a colon, anaphoric grades, per-regimen table grades): webtext23 0.907 -> 0.915, webtext24
# 0.877 -> 0.899 (even 0.812 -> 0.843); rrec31 (measurement series, the abstract read after the story) and rwin31
# (stops named by class words, "course N" schedules, Discussion retellings): webtext5, 6, 16, 19-22, 25-27 up
# 0.001-0.010, the blind webtext28 0.938 -> 0.945; webtext 0.980 -> 0.979 (rwin31: "Immunotherapy was stopped" ends
# the running line; it gains on held-out webtext5/20 even, loses two pairs of webtext even); webtext29 and webtext30
# unchanged; the same 43 known leaks, no new leak or false case; seeds, tune, check unchanged
for _name, _floor in {"webtext7": 0.943, "webtext22": 0.923, "webtext23": 0.910, "webtext24": 0.894,
                      "webtext25": 0.932, "webtext27": 0.955, "webtext28": 0.940, "webtext21": 0.938}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
for _name, _found in {"webtext7": 30, "check": 43, "corpora": 45, "corpora2": 28}.items():
    CASES_FOUND_FLOORS[_name] = max(CASES_FOUND_FLOORS.get(_name, 0), _found)
# session 32 (leak32, rrec32, rwin32, ae32, diag32, drug32, case32; webtext28's odd half and the 19 held-out pages of
# the known leaks opened as dev, webtext31 written blind): leak32 (a regimen and the drugs in its parentheses share one
# not-given status, plans booked then cancelled, alternatives beside the drug chosen, a relative's drugs after a
# sentence adverb, general statements of teaching boxes) took 31 of the 35 readable leaks: webtext 0.979 -> 0.984,
# webtext2 0.978 -> 0.981, webtext3 0.980 -> 0.982, webtext7 0.948 -> 0.954, webtext14 0.941 -> 0.949, webtext16
# 0.938 -> 0.947, webtext21 0.943 -> 0.947, webtext22 0.928 -> 0.932, webtext24 0.899 -> 0.913 (also diag32: a WHO
# grade after the name); webtext28 0.945 -> 0.975 (its odd half 0.950 -> 0.993: diag32's lacking-list negation,
# ae32's shared severities and drug-action onsets, rwin32's response-then-progression sentences; even 0.956 ->
# 0.958), webtext23 0.915 -> 0.919 (rrec32); webtext9 0.914 -> 0.913 (even 0.829 -> 0.825: rwin32's "she relapsed"
# row gives two relapses after a finished line to it, as the noun "relapse" already did); the blind webtext31 0.931
# -> 0.937 (adverse events 0.961 -> 0.985), webtext29 and webtext30 unchanged; no new leak or false case
for _name, _floor in {"webtext": 0.980, "webtext2": 0.976, "webtext3": 0.977, "webtext7": 0.949, "webtext14": 0.944,
                      "webtext16": 0.942, "webtext21": 0.942, "webtext22": 0.927, "webtext23": 0.914,
                      "webtext24": 0.908, "webtext28": 0.970, "webtext31": 0.930}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 33 (leak33, diag33, ae33, rmiss33, rpair33, drug33; webtext29's odd half and its leak page opened as dev,
# webtext32 written blind): leak33 took the 5 readable leaks (a list of drugs that is the subject of a plan verb
# shares its status, "no longer available" after an appositive, a drug's bracketed other name, a two-column PDF page
# with a table beside prose, a board's options heading): webtext10 0.950 -> 0.975 (also diag33), webtext15 0.958 ->
# 0.980, webtext19 0.945 -> 0.977 (also diag33); diag33 (transformations named later in a sentence, comparisons,
# Wilms tumour, CRPC, mesothelioma ids, marker words with or without a hyphen): webtext 0.984 -> 0.993, webtext4
# 0.981 -> 0.987, webtext6 0.936 -> 0.949, webtext16 0.947 -> 0.957, webtext17 0.959 -> 0.964, webtext27 0.960 ->
# 0.970; webtext7 0.954 -> 0.964 (drug33's "ICE score" is not the ICE regimen, ae33's event short forms across
# sections); rpair33/rmiss33/ae33 small gains on webtext2, 9, 14, 18, 21-26, 28, 29; the blind webtext30 0.932 ->
# 0.944, webtext32 0.954 -> 0.955 (one of its 2 leaks gone), webtext31 unchanged; no part of any set went down
for _name, _floor in {"webtext": 0.988, "webtext4": 0.982, "webtext6": 0.944, "webtext7": 0.959, "webtext10": 0.970,
                      "webtext15": 0.975, "webtext16": 0.952, "webtext17": 0.959, "webtext19": 0.972,
                      "webtext27": 0.965, "webtext30": 0.939}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 34 (leak34, attr34, rmiss34, ae34, diag34, drug34; webtext30's odd half and its two even leak pages opened
# as dev, webtext33 written blind): leak34 took webtext30's five leaks as classes (a drug's own verb after a
# comma-bracketed phrase, "informed about X", "X has also been used for", "to guide the use of X", "deferred in favour
# of", "was due to start X but"): webtext30 0.944 -> 0.955 (odd 0.971 -> 0.992, also attr34's "after N cycles" while
# a maintenance runs); diag34 (capital meeting-abstract titles, WHO oligodendroglioma by its markers, primary CNS
# lymphoma names): webtext22 0.938 -> 0.947 (even 0.897 -> 0.920), webtext24 0.914 -> 0.920, webtext28 0.976 -> 0.986
# (even 0.958 -> 0.978); rmiss34 (leukaemic cells persisting, circulating blasts, near-complete resolution is PR,
# paraprotein halved, "continued to shrink"): webtext12 0.975 -> 0.978 (even 0.949 -> 0.955), webtext13 0.960 ->
# 0.963 (even 0.924 -> 0.929), webtext23 0.920 -> 0.922; ae34 and drug34 changed no score; webtext31, webtext32 and
# the blind webtext33 (0.955 at its first run) unchanged; no part of any set went down, no new leak or false case
for _name, _floor in {"webtext12": 0.973, "webtext13": 0.958, "webtext22": 0.942, "webtext23": 0.917,
                      "webtext24": 0.915, "webtext28": 0.981, "webtext30": 0.950}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 35 (attr35, rmiss35, leak35, ae35, diag35, drug35; the whole even halves of webtext9, 14, 20 and 22 opened
# as dev, webtext34 written blind): on the opened sets webtext9 0.915 -> 0.966 (diag35's first-person and shorthand
# case openers, attr35), webtext14 0.953 -> 0.988 (rmiss35's "CR was obtained", fractions of shrinkage; diag35's
# marker-negative brackets), webtext20 0.951 -> 0.974 (ae35's course of grades and the worst-grade table with action
# columns, attr35's table rows and "joined the regimen"), webtext22 0.947 -> 0.978 (drug35's "Author et al. | title"
# running head, attr35, rmiss35); held out: webtext23 0.922 -> 0.931 (ae35, even 0.849 -> 0.868), webtext12 0.978 ->
# 0.981 and webtext17 0.964 -> 0.967 (leak35's own-clause negation stop), webtext10 0.975 -> 0.977, webtext31 0.937 ->
# 0.941; no part of any set went down, no new leak or false case
for _name, _floor in {"webtext9": 0.960, "webtext14": 0.983, "webtext20": 0.969, "webtext22": 0.973,
                      "webtext23": 0.926, "webtext12": 0.976, "webtext17": 0.962, "webtext10": 0.972,
                      "webtext31": 0.936}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 36 (attr36, resp36, leak36, ae36, dd36, conv36; webtext35 written blind): conv36's gold conventions 9-14
# (APL with PML::RARA is C3182, leucovorin in FOL-regimens given, graded hepatitis carries ALT increased, serous
# retinal detachment carries Retinopathy, radioiodine is radiotherapy, a PSA fall alone is no response) with
# webtext16 0.958 -> 0.968 (even 0.914 -> 0.934) and webtext29 0.931 -> 0.941; held out: webtext21 0.952 -> 0.965
# (dd36's diagnoses, even 0.876 -> 0.905), webtext12 0.981 -> 0.984 (ae36's shared lab grades, attr36's induction
# and dropped-drug lines), webtext18 0.938 -> 0.940 and webtext6 0.949 -> 0.951 (attr36); opened webtext20 0.974 ->
# 0.990, webtext22 0.978 -> 0.989; webtext35 0.904 -> 0.902 at its first merge (even 0.915 -> 0.913, one response
# class); no other part went down, no new leak or false case
for _name, _floor in {"webtext16": 0.962, "webtext20": 0.984, "webtext21": 0.958, "webtext22": 0.983,
                      "webtext29": 0.935, "webtext33": 0.950, "webtext12": 0.978, "webtext9": 0.963,
                      "webtext18": 0.933}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 37 (old37, attr37, resp37, ae37, dd37, pdf37; webtext35's odd half opened, webtext36 written blind):
# webtext35 0.902 -> 0.944 (odd 0.893 -> 0.939; even 0.913 -> 0.956, partly seen by old37 through the gold README's
# prose, see the session note), webtext23 0.933 -> 0.938 (dd37's interferon alpha, even 0.871 -> 0.881), webtext29
# 0.941 -> 0.946 (attr37's relapse after a complete response, even 0.877 -> 0.887), webtext13 0.963 -> 0.966 (even
# 0.929 -> 0.935), webtext36 0.946 -> 0.948 (pdf37, one leak gone); webtext2 odd 1.000 -> 0.998 (old37's "without
# response" PD pair on a wording the older gold left unannotated); no new leak or false case
for _name, _floor in {"webtext35": 0.937, "webtext23": 0.932, "webtext29": 0.940, "webtext13": 0.960,
                      "webtext36": 0.940}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 38 (leak38, ae39, attr39, dd39, case39; webtext31's and webtext32's odd halves opened, webtext37 written
# blind): webtext2 0.983 -> 0.987 (dd39's nab-paclitaxel as its own drug, even 0.965 -> 0.973), webtext3 0.983 ->
# 0.985 (even 0.960 -> 0.966), webtext7 0.964 -> 0.971 (even 0.921 -> 0.933), webtext22 0.989 -> 0.992 (attr39),
# webtext31 0.941 -> 0.953 and webtext32 0.955 -> 0.966 (opened odd halves: leak38's three leaks gone, dd39's Hodgkin
# subtypes, attr39's bridged cell therapy); webtext37 (blind) 0.968 unchanged; no new leak, webtext9's false case gone
for _name, _floor in {"webtext2": 0.981, "webtext3": 0.979, "webtext7": 0.965, "webtext22": 0.986,
                      "webtext31": 0.947, "webtext32": 0.960}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)
# session 41 (leak41, attr41, resp41, ae41, dd41, then hyp42, line42, sec42; webtext33's and webtext34's odd halves
# opened, webtext38 written blind): webtext33 0.957 -> 0.981 and webtext34 0.975 -> 0.978 (opened odd halves: their
# three leaks gone, ordinal grades, nodular/choroidal melanoma names), webtext35 0.944 -> 0.955 (glioblastoma's label),
# webtext25 0.940 -> 0.949 (even 0.883 -> 0.900), webtext9 0.971 -> 0.976 (a "Plan:" label covers its own visit only),
# webtext37 (blind) 0.968 -> 0.970 (one leak gone, unread), webtext22 0.992 -> 0.994, webtext14, 30, 31, 32 +0.001-0.002;
# webtext38 (blind) 0.940 unchanged; no new leak, no new false case. Round 3 (retx43: a retreatment opens its own
# line, cues re-read where a short form's drug is added; scope43: a negation stops at a coordinated clause):
# webtext29 0.946 -> 0.956 (even 0.887 -> 0.908), webtext30 0.959 -> 0.969 (even 0.915 -> 0.937), webtext31 0.954 ->
# 0.957, webtext27 0.970 -> 0.971 (even 0.954 -> 0.956)
for _name, _floor in {"webtext9": 0.970, "webtext22": 0.988, "webtext25": 0.943, "webtext32": 0.962,
                      "webtext33": 0.975, "webtext34": 0.972, "webtext35": 0.949, "webtext37": 0.964,
                      "webtext29": 0.950, "webtext30": 0.963, "webtext31": 0.951}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)

# session 42: leak42 (plans not carried out, "raised the question of", not registered, prescription changed before the
# first dose), pdf42 (running heads and feet, tables, legends, column tails, hyphens of PDF text), miss42 and resp42b
# (response wording), attr42 and line42b (attribution: alternation runs, induction-dated responses, retreatment told by
# date, drugs swapped inside a line), ae42 (CTCAE names, manifestations with their own severity word), assert42b, drug42:
# webtext36 0.948 -> 0.980 (odd half opened), webtext37 0.970 -> 0.977 (odd half opened), webtext35 0.955 -> 0.969,
# webtext14 0.991 -> 0.995, webtext20 0.990 -> 0.995, webtext9 0.976 -> 0.980, webtext25 0.949 -> 0.954, webtext31
# 0.957 -> 0.962, webtext38 (blind) 0.940 -> 0.946, webtext40 (blind) 0.972 -> 0.980; no new leak, no new false case
for _name, _floor in {"webtext9": 0.974, "webtext14": 0.989, "webtext20": 0.989, "webtext25": 0.948,
                      "webtext31": 0.956, "webtext35": 0.962, "webtext36": 0.970, "webtext37": 0.970,
                      "webtext38": 0.938, "webtext40": 0.970}.items():
    FLOORS[_name] = max(FLOORS[_name], _floor)

pytestmark = [
    pytest.mark.system,
    pytest.mark.skipif(not (SHARED / "corpus").is_dir() or not (SHARED / "eval" / "score_cases.py").is_file(),
                       reason=f"shared data not found at {SHARED} (a fresh clone without ../shared)"),
]



@pytest.fixture(scope="module")
def summary():
    if not shutil.which("kg"):
        pytest.skip("no `kg` on PATH (pip install -e . in the active environment)")
    accuracy = _load("kg_bench_accuracy", ROOT / "benchmarks" / "accuracy.py")
    return accuracy.run(list(accuracy.SETS), SHARED.resolve(), jobs=1)["sets"]


def test_seeds_macro_f1(summary):
    assert summary["seeds"]["macro_f1"] >= SEEDS_FLOOR, summary["seeds"]["fields"]
    assert summary["seeds"]["cases_found"] == summary["seeds"]["case_records"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_dev_set_floor(summary, name):
    assert summary[name]["macro_f1"] >= FLOORS[name], summary[name]["fields"]


@pytest.mark.parametrize("name", sorted(CASES_FOUND_FLOORS))
def test_cases_found_floor(summary, name):
    assert summary[name]["cases_found"] >= CASES_FOUND_FLOORS[name], summary[name]["missing_reports"]


@pytest.mark.parametrize("name", ["abstracts", "dev", "corpora", "corpora2", "tune", "check", *WEBTEXT_SETS])
def test_no_false_cases_on_no_case_records(summary, name):
    assert summary[name]["no_case_records"] > 0
    assert set(summary[name]["false_cases"]) <= KNOWN_FALSE_CASES, summary[name]["false_cases"]


# False cases known and not fixed yet. webtext4 (blind this session, not read per record): 2 of its 4 negatives
# gave a case on its first run (a review page and a preclinical study); acclit's other-report rule removed one.
KNOWN_FALSE_CASES: set[str] = set()   # session 9, acclit5: the laboratory-model donor introduces no case (morl fixed)
# webtext5 (blind in session 9): its laboratory study and its JATS review give a case on the first run
KNOWN_FALSE_CASES |= {"doi:10.6754/sbl.2024.0301", "doi:10.3861/rmtr.2024.0044"}
# webtext6 (blind in session 10): its pharmacovigilance study gives a case on the first run
KNOWN_FALSE_CASES |= {"doi:10.3924/dso.2024.0211"}
# session 10, acccase6: the donor of a named cell line ("established the cell line SBL-DS1 from ...") is no case
KNOWN_FALSE_CASES -= {"doi:10.6754/sbl.2024.0301"}
# session 10, acccase6: a review with no patient of its own is no case (rmtr.2024.0044, a JATS review-article)
KNOWN_FALSE_CASES -= {"doi:10.3861/rmtr.2024.0044"}
# webtext7: written blind in session 11, its first run (main fb14b75); nobody tuning kg has read why: the veterinary
# case (10, even) and the published erratum (25, odd) give a case
KNOWN_FALSE_CASES |= {"doi:10.7713/vocr.2025.0412", "pmid:40755108"}
# webtext8: written blind in session 11, its first run (main fa7fe9f); nobody tuning kg has read why: the narrative
# review (13, odd) gives a case
KNOWN_FALSE_CASES |= {"doi:10.8155/sh.2026.1301"}
# session 11, acc7case: a pharmacovigilance/database study (disproportionality analysis, ICSR counts) is a cohort's
# own report, so the anonymised narrative it quotes is no case
KNOWN_FALSE_CASES -= {"doi:10.3924/dso.2024.0211"}
# session 11, acc8case: an erratum/correction/retraction notice is no case (publication type or "Erratum:" title),
# nor is a veterinary case (an animal patient introduced in the title or the narrative's first sentences)
KNOWN_FALSE_CASES -= {"doi:10.7713/vocr.2025.0412", "pmid:40755108"}
# webtext9: written blind in session 12, its first run (main cefeb52); nobody tuning kg has read why: one of its
# four negatives gives a case
KNOWN_FALSE_CASES |= {"pmid:40802517"}
# webtext11: written blind in session 13, its first run (main 1fc5624); nobody tuning kg has read why: one of its four
# negatives gives a case
KNOWN_FALSE_CASES |= {"pmid:42079935"}
# session 12, acc9case: a review by its title ("...: a narrative review") is no case unless it presents its own patient
KNOWN_FALSE_CASES -= {"doi:10.8155/sh.2026.1301"}
# webtext36: written blind in session 37, its first run (main dfdb626 + wiring, before session 37's helpers' merges);
# nobody tuning kg has read why: one of its three negatives gives a case
KNOWN_FALSE_CASES |= {"doi:10.9948/hbct.2023.e0419"}
# session 42, leak42 and pdf42 (page webtext36_12 opened as dev and read): a trial report's "2.1 Patients." /
# "3.1 Patients." run-in sub-headings of its Methods and Results are no case section
KNOWN_FALSE_CASES -= {"doi:10.9948/hbct.2023.e0419"}


# Leaks known and not fixed yet, each with why (the issue's note lists them). A new leak fails;
# a listed leak that no longer occurs fails too, so the list only shrinks.
KNOWN_LEAKS = {
    # (session 32, leak32: the held-out pages of 31 of these opened and read (benchmarks/gold/opened.json); gone with
    # plans told as the purpose of a given line, regimens whose parentheses spell out their drugs, hyphen-joined
    # combinations, alternatives beside the drug chosen, plans refused later in their own sentence, a relative after a
    # sentence adverb, screened-but-ineligible, set aside, 'therefore not needed', fallbacks arranged as the next step,
    # booked plans called off, drug classes and drugs compared in general in teaching boxes, 'not an option' after an aside)
    # "The multiple drug schema consisted of: ..., and Cisplatin. On the first day ... Methotrexate,
    # Etoposide and Cyclophosphamide were administered"; the patient died within hours. Telling a
    # planned composition from what was given needs a rule this one report cannot ground (check set).
    "pmid:3192036: cisplatin",
    # webtext (synthetic web pages): all on even-numbered pages, the held-out half nobody reads
    # per record, so why each drug counts as given is not known; measured on 8bdbc46 (7 at the set's start);
    # acclit (session 8) fixed the fourth (trastuzumab deruxtecan) with the phrase-level literature rule
    # (methotrexate of doi:10.32388/nopr.2021.052 gone after session 28's drug28; nobody has read why)
    # webtext2: on even-numbered pages (held out, not read per record); measured on accw2 (9 at the set's start);
    # acclit (session 8) fixed rituximab with the non-cancer-indication (concomitant) rule
    # webtext3: measured on its first (blind) run (5be92b2), all seven on even pages (held out, not read per
    # record); the eighth, on an odd page (pembrolizumab "not yet approved in the adjuvant setting"), is fixed
    # by the refused-passive row of kg/rules/context.jsonl (session 28, diag28: rituximab of doi:10.1155/2023/6617240
    # went with the title rule for a non-cancer subject taken for a tumour, EXCLUDED_TITLE; page not read)
    # webtext4: written blind in session 8 (18 leaks on its first run, 10 with the session's branches merged);
    # session 9 opened its odd pages and fixed every odd-page leak: these three are on even pages (unread)
    # (session 17, acc17w14: sunitinib of doi:10.5414/cnrc.2024.0219 went in the step whose rows read a drug planned
    # as the next line/option, "has not been needed" and a drug only said to be available as not given; page not read)
    # webtext5: written blind in session 9, its first run (main a36f2ca); nobody tuning kg has read why (the
    # session's general rules removed three more: FOLFOX named for a non-cancer condition; session 10 acctx6 removed
    # tarlatamab of doi:10.4822/lccv.2024.0245, planned at further progression)
    # (session 16, acc16w13: inotuzumab ozogamicin of pmid:39044871 and crizotinib of doi:10.6017/ppor.2024.12219 went
    # in the step that added acc16w13-hypothetical-not-considered-after ("X, <aside>, was not considered") with other
    # rows; which row was not looked up: pages not read)
    # webtext6: written blind in session 10, its first run (main 8b4f873); nobody tuning kg has read why
    # (session 13, acc11dx: rituximab of doi:10.4633/ddcj.2024.0907 went: a case whose only disease is IgG4-related
    # disease keeps only drugs that treat nothing but tumours)
    # (session 11, acc7case: tucatinib/capecitabine "has been planned at progression" are a plan; alectinib/brigatinib
    # "have also been reported active in" are literature; ipilimumab/nivolumab went with the pharmacovigilance study's
    # false case)
    # (session 11, merged main: the five answer options of the held-out grand-rounds page grh.2025.114 are gone with
    # acc7case's question rule and the lead's "would also be an option" wording; the page was not read)
    # (session 16, acc16w13: pembrolizumab and axitinib of doi:10.2619/rccr.2024.0301 went in the same step; page
    # not read)
    # (session 10, acccase6: the four of the JATS review rmtr.2024.0044 went with its false case: a review with no
    # patient of its own is no case)
    # webtext5, session 10 (acccase6): a held-out (even) page whose case was missed until its "Our patient" heading
    # was read as the case section; the case is found, with this one drug counted as given (page not read)
    # webtext7: written blind in session 11, its first run (main fb14b75); nobody tuning kg has read why
    # (odd pages, session 12, acc9case: epirubicin "her own mother had been treated with"; ifosfamide/doxorubicin/
    # vincristine "Case reports have described", "Many clinicians use"; amivantamab "requested ... but refused")
    # even (held out) pages
    # (session 17, acc17w14: lurbinectedin of doi:10.9361/jfapc.2025.0408 went in the same step; page not read)
    # webtext8: written blind in session 11, its first run (main fa7fe9f); nobody tuning kg has read why
    # (odd pages, session 12, acc9case: doxorubicin/ifosfamide planned then "the ... plan was cancelled" by name;
    # ipilimumab/relatlimab "If relapse: ..."; repotrectinib/selitrectinib went with the review's false case)
    # even (held out) pages
    # (session 15, acc15w12: nivolumab, ipilimumab and carboplatin of this held-out page went with the session's general
    # option rows (offered alternatives "offered X or Y", "another choice"); which one was not looked up: page not read)
    # (avelumab of doi:10.9043/uoco.2026.2630 gone after session 28's drug28; page not read)
    # webtext9: written blind in session 12, its first run (main cefeb52); nobody tuning kg has read why (odd and
    # even pages alike: the set stays blind)
    # (odd pages, session 12, acc10case: ivosidenib "not indicated" in a variant table, larotrectinib "was an
    # alternative; entrectinib was preferred"; session 14, acc14w11: the lorlatinib leak listed here, on a page nobody
    # read for it, went with acc14w11's webtext11 rows; webtext9 even 0.771 -> 0.775)
    # webtext10: written blind in session 12, its first run (main 58c0bb4); nobody tuning kg has read why
    # (session 33, leak33: fulvestrant and alpelisib of pmid:41355907 gone: a list of treatments that is the subject of
    # the predicate after it, "..., and fulvestrant with alpelisib (<aside>) or X are reserved for progression")
    # (session 13, acc11resp: sorafenib of doi:10.5613/hcro.2026.0031, "was not favoured", is not given)
    # webtext11: written blind in session 13, its first run (main 1fc5624); nobody tuning kg has read why
    # (session 16, acc16w13: lenvatinib of pmid:42158823 went in the same step as those of webtext5/6; page not read)
    # (session 14, acc14w11, webtext11 odd pages opened: twelve odd-page leaks fixed by general rows: "the team avoided
    # X" (NOT_DONE before), "X has also shown activity in <tumour>" (LITERATURE), "X was identified as the option at any
    # further relapse" (HYPOTHETICAL), a plan superseded by "the family opted for a trial at another centre"
    # (PLAN_CANCELLED); lenvatinib is on an even page, held out)
    # webtext12: written blind in session 14, its first run (main a8c8e23); nobody tuning kg has read why
    # (session 15, acc15w12, odd pages opened: lorlatinib "is another choice" is an option (hypothetical-option-statement
    # now reads choice/possibility); lenvatinib and everolimus were alternatives of "offered X plus Y or Z", Z chosen)
    # webtext13: written blind in session 15, its first run (main 661147f); nobody tuning kg has read why
    # (session 16, acc16w13, odd pages opened: sorafenib of doi:10.9611/eol.2026.0046, "X, the other approved
    # inhibitor, was not considered", went with the not-considered row)
    # webtext14: written blind in session 16, its first run (main e3a4bc6 + wiring); nobody tuning kg has read why
    # (session 17, acc17w14, odd page opened: docetaxel of pmid:45108832, named as the planned next line, is a plan)
    # webtext15: written blind in session 17, its first run (main e3226e5 + wiring); nobody tuning kg has read why
    # (cisplatin of doi:10.9951/jgcr.2026.0187 gone after session 30's merges; nobody has read why)
    # (session 33, leak33: trabectedin of doi:10.9951/rss.2026.0077 gone: a two-column PDF block whose right column
    # holds a table is read column by column, and "Two patients had responses to X" is a review of other patients)
    # (session 18: one webtext15 leak went in the merge of acc18w15, which reported webtext15 leaks 3 -> 2 from its
    # odd-page fixes; the lead removed the entry without reading its page)
    # webtext16: written blind in session 18, its first run (main bcf251d + wiring); nobody tuning kg has read why
    # (session 18 round 2, acc18w16, odd pages opened: two leaks went with its "X was skipped" and "X will be
    # requested/offered" rows; the lead removed the entries without reading which pages they were on)
    # webtext17: written blind in session 18, its first run (main 9d8d2ee + wiring, session 19); nobody tuning kg has read why
    # (doxorubicin of pmid:48128851 gone after session 28's drug28; nobody has read why)
    # webtext18: written blind in session 19, its first run (main bc8efa4 + wiring, before session 19's merges); nobody tuning kg has read why
    # (session 22, leak22: both gone with the sentence rule "in many centres": a practice, not this patient's)
    # webtext19: written blind in session 20, its first run (main d90cff5 + wiring, before session 20's helpers' merges); nobody tuning kg has read why
    # (session 33, leak33: cisplatin of doi:10.9623/ptoc.2026.0061 gone: a "Treatment options discussed by the tumour
    # board" heading is read like a plan, a discussion)
    # (session 22, leak22: sonidegib gone with "X was not tried")
    # webtext20: written blind in session 21, its first run (main 417bcc5 + wiring, before session 21's helpers' merges); nobody tuning kg has read why
    # (session 24, drug24: all five gone with "plans never carried out": a later refusal or cancellation withholds the
    # drugs of an earlier plan)
    # webtext21: written blind in session 21, its first run (main 170f71c + wiring, before session 21's helpers' merges); nobody tuning kg has read why
    # (session 24, drug24: regorafenib, mobocertinib and bleomycin gone with the same rule)
    # webtext22: written blind in session 22, its first run (main f540728 + wiring, before session 22's helpers' merges); nobody tuning kg has read why
    # (carboplatin of doi:10.9963/jucs.2026.0055 gone after session 28's drug28; nobody has read why)
    # webtext23: written blind in session 23, its first run (main 80bfd6a + wiring, before session 23's helpers' merges); nobody tuning kg has read why
    # (brentuximab vedotin of pmid:53131859 and venetoclax of doi:10.9965/ecgh.2026.p07219, odd (dev) records, gone with
    # session 28's drug28: "X was therefore not used", "X with Y was the standard, ..., and it was not chosen")
    # (pembrolizumab and axitinib of pmid:53196620, an odd (dev) record, gone after session 27's drug27: a plan whose
    # next sentences tell the treatment cancelled or no anticancer drug given, PLAN_CANCELLED next_sentences)
    # webtext24: written blind in session 24, its first run (main cea54c5 + wiring, before session 24's helpers' merges); nobody tuning kg has read why
    # (bevacizumab of pmid:54157713 gone after session 24's merges; nobody has read why)
    # (cladribine of doi:10.9967/crho.2026.7719042, pertuzumab of doi:10.9967/omocr.2026.0316 and temozolomide of
    # pmid:54170228 gone after session 26's merges: drug25, a drug told later as refused or not done; nobody has read why)
    # (crizotinib of doi:10.9967/elf.2026.p3117, an odd (dev) record, gone with session 28's drug28: "X was the first
    # ALK inhibitor considered; Y was preferred")
    # webtext26: written blind in session 27, its first run (main b5ac9ab + wiring, before session 27's helpers' merges); nobody tuning kg has read why
    # (rituximab of pmid:58213529, an odd page since session 30, gone with drug30: a treatment scheduled and then
    # called off, a plan only in its own clause)
    # webtext29: written blind in session 30, its first run (main d606edf + wiring, before session 30's helpers' merges); nobody tuning kg has read why
    # (session 33, leak33: afamitresgene autoleucel of doi:10.9973/jmoc.2024.0118 gone: a short form in the brackets
    # right after its long form takes its status; pralsetinib of pmid:62410502 gone: "X, <appositive>, is no longer
    # available" is refused)
    # webtext30: written blind in session 31, its first run (main 7135092 + wiring, before session 31's helpers' merges)
    # (session 34, leak34: its odd half and its two even leak pages opened; all five gone: a treatment's predicate
    # after an appositive or relative clause between commas ("X, the approved option after Y, was postponed in favour
    # of Z"; "X, which showed activity ..., is reserved for a further relapse"), "informed also about X ..., but she
    # preferred", "X has also been used for rechallenge, although evidence is limited", "to guide the use of X")
    # webtext31: written blind in session 32, its first run (main d43eb0b + wiring, before session 32's helpers' merges); nobody tuning kg has read why
    # (pmid:64123318: dasatinib and nilotinib, gone with session 38's leak38 (page opened as dev and read): "Dasatinib and
    # nilotinib were therefore not considered" after a background sentence naming both in general words; a sentence
    # adverb between the verb and "not" (acc16w13-hypothetical-not-considered-after))
    # webtext32: written blind in session 33, its first run (main 375b9a7 + wiring, before session 33's helpers' merges); nobody tuning kg has read why
    # (pmid:65117720: pralsetinib, gone with session 38's leak38 (page opened as dev and read): "X was not on our
    # provincial formulary", a drug not on a formulary or reimbursement list (leak38-refused-not-on-a-list-after))
    # webtext33: written blind in session 34, its first run (main e39af7d + wiring, before session 34's helpers' merges); nobody tuning kg has read why
    # (pmid:66690154: oxaliplatin and fluorouracil, gone with session 41's leak41 (page opened as dev and read): a regimen
    # offered, "but ..., the patient preferred targeted therapy and declined further chemotherapy", a refusal after the
    # patient's own first predicate and another kind of treatment preferred (leak41-plan-cancelled-* rows))
    # webtext34: written blind in session 35, its first run (main be31f64 + wiring, before session 35's helpers' merges); nobody tuning kg has read why
    # (pmid:67351207: ceritinib, gone with session 41's leak41 (page opened as dev and read): "X and Y were both
    # available; Y was chosen", alternatives told equally available (leak41-hypothetical-alternatives-equally-available-after))
    # webtext36: written blind in session 37, its first run (main dfdb626 + wiring, before session 37's helpers' merges); nobody tuning kg has read why
    # (doi:10.9944/jhcs-2024-0144: axicabtagene ciloleucel, gone with session 42's leak42 (page opened as dev and read):
    # "the plan for axi-cel has not been carried out", a perfect-tense negation of a plan and its short form named as the
    # drug (leak42-not-done-perfect-negated; kg/nlp/assertion.py _names reads the linked term))
    # (doi:10.9944/mcra.2022.064: relatlimab, gone with session 37's pdf37 (PDF reading: glued citation numbers, an
    # "Abbreviations:" list as page boilerplate, legends and captions moved out of sentences); nobody has read why)
    # (doi:10.9944/gocri.2025.0101: mirvetuximab soravtansine, gone with leak42 (opened, read): "X has not been started")
    # webtext37: written blind in session 38, its first run (main cce56d52 + wiring, before session 38's helpers' merges); nobody tuning kg has read why
    # (doi:10.9940/pedonc.2022.7731: alectinib, gone with leak42 (opened, read): "the family raised the question of X"
    # (leak42-hypothetical-question-raised))
    # (doi:10.9940/bmcj.2024.112: amivantamab, gone with leak42 (opened, read): "X was not registered or marketed in
    # <country>" (leak42-refused-not-registered-after))
    # (one leak of the blind webtext37 gone with session 41's leak41: a plan, then another drug of the tumour
    # started and a sentence of its course, kg/nlp/assertion.py _starts_other; dropped by script, page not read)
    # (doi:10.9942/eocr.2022.0657: lenvatinib, gone with leak42 (page webtext37_08 opened, read): a prescription changed
    # to another drug before the first dose (leak42-plan-cancelled-prescription-changed))
    # webtext38: written blind in session 41, its first run (main 96aba7be + wiring, before session 41's helpers' merges); nobody tuning kg has read why
    "pmid:68577240: daratumumab",
    "pmid:68902218: lenvatinib",
    # webtext39: written blind in session 42, its first run (main 01c1f2e0 + wiring, before session 42's helpers' merges); nobody tuning kg has read why
    "pmid:69127560: afamitresgene autoleucel",
    # (pmid:65112857: infigratinib, gone with session 33's merged work (leak33's assertion rules), unread)
    # (odd page, session 13, readers11: webtext10_17, a PubMed page copy, was read as its title only; its abstract, now
    # read, names retinoic acid among the usual causes of differentiation syndrome in general)
    # (session 17, acc17w14: its retinoic acid, named in the abstract's CONCLUSIONS among the usual causes of
    # differentiation syndrome, went: a CONCLUSIONS part is read as a discussion)
    # webtext9 (blind): this page's case was lost before readers9 (its story paragraphs above the first heading were
    # read as front matter); now the case is found (webtext9 odd 0.725 -> 0.759) with one drug reported as given
}


@pytest.mark.parametrize("name", ["seeds", "abstracts", "dev", "corpora", "corpora2", "tune", "check", *WEBTEXT_SETS])
def test_no_literature_leaks(summary, name):
    assert set(summary[name]["literature_leaks"]) <= KNOWN_LEAKS, summary[name]["literature_leaks"]


def test_known_leaks_still_occur(summary):
    seen = {leak for s in summary.values() if isinstance(s, dict) for leak in s.get("literature_leaks", [])}
    assert KNOWN_LEAKS <= seen, f"fixed, drop from KNOWN_LEAKS: {sorted(KNOWN_LEAKS - seen)}"


# (webtext and webtext2, the first two synthetic sets, are not in this list, as before)
@pytest.mark.parametrize("gold_file", ["dev_cases.gold.json", "corpora_cases.gold.json", "corpora2_cases.gold.json",
                                       *(f"{name}_cases.gold.json" for name in WEBTEXT_SETS[2:])])
def test_gold_ids_occur_in_terminology(gold_file):
    check_ids = _load("kg_bench_check_ids", GOLD_DIR / "check_ids.py")
    gold = json.loads((GOLD_DIR / gold_file).read_text(encoding="utf-8"))
    missing, _unnamed, n = check_ids.check(gold, SHARED.resolve())
    assert n > 0
    assert missing == []


def test_checker_names_oncotree_codes_from_the_nci_column():
    # OncoTree rows carry a UMLS CUI (C0017636) before the NCIt code (C3058): the CUI must not be taken
    check_ids = _load("kg_bench_check_ids", GOLD_DIR / "check_ids.py")
    t = check_ids.terminology(SHARED.resolve())
    assert t.named("NCIT:C3058", ["Glioblastoma, IDH-Wildtype"])
    assert not t.named("NCIT:C0017636", ["Glioblastoma, IDH-Wildtype"])


def test_checker_names_drugs_through_drugbank():
    # ncit_map.tsv links C933 to CHEBI:28445, whose name only DrugBank's mapping file gives
    check_ids = _load("kg_bench_check_ids", GOLD_DIR / "check_ids.py")
    assert check_ids.terminology(SHARED.resolve()).named("NCIT:C933", ["vincristine"])


def test_checker_flags_an_unknown_id():
    check_ids = _load("kg_bench_check_ids", GOLD_DIR / "check_ids.py")
    bogus = [{"report": "x", "diagnoses": [{"id": "NCIT:C9999999", "labels": ["nothing"]}]}]
    assert check_ids.check(bogus, SHARED.resolve())[0]


def test_split_covers_every_dev_record_once():
    split = json.loads((GOLD_DIR / "split.json").read_text(encoding="utf-8"))["split"]
    records = json.loads((SHARED / "gold" / "abstracts_cases.gold.json").read_text(encoding="utf-8")) \
        + json.loads((GOLD_DIR / "dev_cases.gold.json").read_text(encoding="utf-8")) \
        + json.loads((GOLD_DIR / "corpora_cases.gold.json").read_text(encoding="utf-8")) \
        + json.loads((GOLD_DIR / "corpora2_cases.gold.json").read_text(encoding="utf-8"))
    reports = [r["report"] for r in records]
    assert len(reports) == len(set(reports))
    assert set(reports) == set(split) and set(split.values()) == {"tune", "check"}
    for half in ("tune", "check"):
        mine = [r for r in records if split[r["report"]] == half]
        assert any(r.get("no_case") for r in mine) and any(not r.get("no_case") for r in mine)


@pytest.mark.parametrize("gold_file", ["corpora_cases.gold.json", "corpora2_cases.gold.json"])
def test_corpora_split_is_stratified_by_tumor_group(gold_file):
    # each PubTator batch is stratified on its own (a later batch never moves an earlier record)
    split = json.loads((GOLD_DIR / "split.json").read_text(encoding="utf-8"))["split"]
    records = json.loads((GOLD_DIR / gold_file).read_text(encoding="utf-8"))
    groups: dict[str, list[str]] = {}
    for r in records:
        groups.setdefault(r["tumor_group"], []).append(split[r["report"]])
    for group, halves in groups.items():
        assert abs(halves.count("tune") - halves.count("check")) <= 1, (group, halves)
# session 12 round 2, acc10dx (earlier cancers of the patient as diagnoses: EARLIER_PRIMARY / EARLIER_PRIMARY_AFTER):
# webtext9 0.750 -> 0.764 (odd 0.725 -> 0.739, even 0.752 -> 0.766); every other set and half unchanged
FLOORS["webtext9"] = max(FLOORS["webtext9"], 0.755)
