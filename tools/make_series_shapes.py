"""A bench of made-up SMALL CASE SERIES (2-4 patients in one PubMed abstract or web page) and reports whose
patients are anchored in unusual places (issue #11, session 16, series16). The hidden sets include such series;
the scorer pools a report's facts over its cases, so what matters is that a series is read as cases (not as a
cohort or as no case), that every patient's facts are found, and that a drug is paired only with the response
of a patient who received it (a series read as one patient pairs patient 1's drug with patient 2's progression).

Shapes (how the patients are told): "Patient 1 ... Patient 2 ..." (also "Patient A", "Patient #1"), "Case 1: ...
Case 2: ..." (also "Case I", "Case one"), "The first patient ... The second ...", a shared lead "Two patients ...
both received X; one achieved a PR, the other progressed", a table of patients (age, sex, fusion, treatment, best
response; flattened text or HTML), siblings ("two brothers"), "a mother and her son", an index case plus a
relative, and series where only one patient is treated (the other observed, operated on, or declining a drug that
the report names). NEGATIVES: cohorts and trials with aggregate results (and "two patients achieved a PR" inside
them) are no case.

Formats: a {pmid, title, abstract} JSON record, PubMed XML, plain page text with headings, and journal HTML.

Each report carries its expected facts per patient: age, sex, diagnosis (words a label must contain, one of),
fusion (5', 3'), drugs given, the best response (CR/PR/SD/PD) and a graded adverse event with its drug; and the
drugs named but not given. --check compares kg's cases with them: the pooled facts as the scorer pools them
(diagnoses, fusions, drugs, (drug, response) pairs including WRONG pairs, adverse events with grade, leaks), and,
when kg finds as many cases as patients, each patient's own drugs and response.

Every sentence, title and identifier here is invented for this bench (no text from ../shared, a page or a gold
file); the vocabulary was written before reading kg/rules.

    python tools/make_series_shapes.py --check 300        # kg on 300 reports: failures by shape and slot
    python tools/make_series_shapes.py --show 5           # print 5 reports with their expected facts
"""
from __future__ import annotations

import html
import json
import random
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_common beside this tool, also when a test loads it
from bench_common import FailureTally, bench_parser, cases_of, pipeline, run_bench, show  # noqa: E402,F401 (cases_of: the tests call bench.cases_of)

# ------------------------------------------------------------------------------------------ scenarios ---
# a treated tumour: as written; dx = words one diagnosis label must contain (one of); the fusion (5', 3') and how
# it is written; the drug(s) as written and the labels kg gives (one of each inner list); an adverse event as
# written with {g} for the grade word, its label words and grade; the sex when the tumour fixes it
SCEN = [
    dict(t="inflammatory myofibroblastic tumour of the lung", dx=["inflammatory myofibroblastic"],
         fus=("TPM3", "ALK"), fw="a TPM3-ALK fusion", d="crizotinib", drugs=[["crizotinib"]],
         ae=("{g} transaminase elevation", ["aminotransferase", "transaminase"], 2)),
    dict(t="infantile fibrosarcoma of the thigh", dx=["fibrosarcoma"], fus=("ETV6", "NTRK3"),
         fw="an ETV6-NTRK3 fusion", d="larotrectinib", drugs=[["larotrectinib"]], child=True,
         ae=("{g} neutropenia", ["neutropenia", "neutrophil"], 3)),
    dict(t="lung adenocarcinoma", dx=["lung", "adenocarcinoma"], fus=("EML4", "ALK"), fw="an EML4-ALK rearrangement",
         d="alectinib", drugs=[["alectinib"]], ae=("{g} myalgia", ["myalgia"], 2)),
    dict(t="non-small cell lung cancer", dx=["lung"], fus=("CD74", "ROS1"), fw="a CD74-ROS1 fusion",
         d="entrectinib", drugs=[["entrectinib"]], ae=("{g} dizziness", ["dizziness"], 2)),
    dict(t="lung adenocarcinoma", dx=["lung", "adenocarcinoma"], fus=("KIF5B", "RET"), fw="a KIF5B-RET fusion",
         d="selpercatinib", drugs=[["selpercatinib"]], ae=("{g} hypertension", ["hypertension"], 3)),
    dict(t="papillary thyroid carcinoma", dx=["papillary thyroid", "thyroid"], fus=("CCDC6", "RET"),
         fw="a CCDC6-RET fusion", d="pralsetinib", drugs=[["pralsetinib"]], ae=("{g} anaemia", ["anemia", "anaemia"], 3)),
    dict(t="secretory carcinoma of the parotid gland", dx=["secretory carcinoma", "salivary", "parotid"],
         fus=("ETV6", "NTRK3"), fw="an ETV6-NTRK3 fusion", d="larotrectinib", drugs=[["larotrectinib"]],
         ae=("{g} fatigue", ["fatigue"], 2)),
    dict(t="acute promyelocytic leukaemia", dx=["promyelocytic"], fus=("PML", "RARA"), fw="the PML-RARA fusion",
         d="all-trans retinoic acid and arsenic trioxide", drugs=[["tretinoin", "all-trans retinoic acid"], ["arsenic trioxide"]],
         ae=("{g} differentiation syndrome", ["differentiation syndrome", "retinoic acid syndrome"], 3), cr_only=True),
    dict(t="chronic myeloid leukaemia", dx=["chronic myeloid", "myeloid"], fus=("BCR", "ABL1"), fw="a BCR-ABL1 fusion",
         d="imatinib", drugs=[["imatinib"]], ae=("{g} peripheral oedema", ["edema", "oedema"], 2), cr_only=True),
    dict(t="Ewing sarcoma of the femur", dx=["ewing"], fus=("EWSR1", "FLI1"), fw="an EWSR1-FLI1 fusion",
         d="vincristine, doxorubicin and cyclophosphamide", drugs=[["vincristine"], ["doxorubicin"], ["cyclophosphamide"]],
         ae=("{g} febrile neutropenia", ["febrile neutropenia"], 3)),
    dict(t="metastatic melanoma", dx=["melanoma"], fus=None, fw=None, d="pembrolizumab", drugs=[["pembrolizumab"]],
         ae=("{g} colitis", ["colitis"], 3)),
    dict(t="metastatic colorectal adenocarcinoma", dx=["colorectal", "colon", "rectal"], fus=None, fw=None,
         d="capecitabine and oxaliplatin", drugs=[["capecitabine"], ["oxaliplatin"]],
         ae=("{g} peripheral sensory neuropathy", ["neuropathy"], 2)),
    dict(t="diffuse large B-cell lymphoma", dx=["large b-cell", "large b cell"], fus=None, fw=None,
         d="rituximab, cyclophosphamide, doxorubicin, vincristine and prednisone",
         # (a regimen's steroid is no drug given: benchmarks/gold/README.md)
         drugs=[["rituximab"], ["cyclophosphamide"], ["doxorubicin"], ["vincristine"]],
         ae=("{g} neutropenia", ["neutropenia", "neutrophil"], 4)),
    dict(t="cholangiocarcinoma", dx=["cholangiocarcinoma"], fus=("FGFR2", "BICC1"), fw="an FGFR2-BICC1 fusion",
         d="pemigatinib", drugs=[["pemigatinib"]], ae=("{g} hyperphosphataemia", ["hyperphosphat"], 2)),
]
# a family: tumours that run in families, each relative's own drug
FAMILY = [
    dict(t="medullary thyroid carcinoma", dx=["medullary thyroid"], d="vandetanib", drugs=[["vandetanib"]],
         ae=("{g} diarrhoea", ["diarrhea", "diarrhoea"], 2)),
    dict(t="neuroblastoma", dx=["neuroblastoma"], d="cyclophosphamide and topotecan", drugs=[["cyclophosphamide"], ["topotecan"]],
         ae=("{g} thrombocytopenia", ["platelet", "thrombocytopenia"], 4), child=True),
    dict(t="breast cancer", dx=["breast"], d="olaparib", drugs=[["olaparib"]], ae=("{g} nausea", ["nausea"], 2)),
    dict(t="high-grade serous ovarian carcinoma", dx=["ovar"], d="carboplatin and paclitaxel",
         drugs=[["carboplatin"], ["paclitaxel"]], ae=("{g} alopecia", ["alopecia"], 2), sex="female"),
]
# the other drug a patient was offered but never received (named, not given)
OFFERED = ["doxorubicin", "gemcitabine", "docetaxel", "ifosfamide", "temozolomide"]

RESP = {  # how each class is written after "he/she ..."
    "CR": ["achieved a complete response", "had a complete response", "went into complete remission",
           "obtained a complete remission"],
    "PR": ["achieved a partial response", "had a partial response", "showed a partial response on CT",
           "obtained a partial response"],
    "SD": ["had stable disease", "maintained stable disease", "showed stable disease"],
    "PD": ["had progressive disease", "showed disease progression", "progressed", "developed progressive disease"],
}
# "one ..., the other ...": the class as a verb phrase after "one" / "the other"
RESP_SHORT = {"CR": ["achieved a complete response", "had a complete remission"],
              "PR": ["achieved a partial response", "had a partial response"],
              "SD": ["had stable disease"], "PD": ["progressed", "had progressive disease"]}
RESP_TABLE = {"CR": ["CR", "Complete response"], "PR": ["PR", "Partial response"], "SD": ["SD", "Stable disease"],
              "PD": ["PD", "Progressive disease"]}
GRADE_WORD = {1: ["grade 1"], 2: ["grade 2", "grade II"], 3: ["grade 3", "grade III"], 4: ["grade 4", "grade IV"]}
NUM = ["one", "two", "three", "four"]
NTH = ["first", "second", "third", "fourth"]
ROMAN = ["I", "II", "III", "IV"]
LETTER = ["A", "B", "C", "D"]

# how a treatment sentence of one patient is written ({Pro} He/She, {d} drug)
TREATED = ["{Pro} was treated with {d}.", "{Pro} received {d}.", "{Pro} was started on {d}.",
           "Treatment with {d} was begun.", "{D} was given."]
RESPONDED = ["After three months {pro} {r}.", "{Pro} {r} after four cycles.", "On restaging, {pro} {r}.",
             "At the first assessment {pro} {r}."]
AE_SENT = ["Treatment was complicated by {ae}.", "{Pro} developed {ae}.", "{AE} occurred during the second cycle.",
           "The course was notable for {ae}."]

# ------------------------------------------------------------------------------------------ helpers ---


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _patient(r, sc) -> dict:
    child = sc.get("child")
    age = r.randint(1, 14) if child else r.randint(24, 79)
    sex = sc.get("sex") or r.choice(["male", "female"])
    noun = ("boy" if sex == "male" else "girl") if child else r.choice(
        {"male": ["man", "man", "male"], "female": ["woman", "woman", "female"]}[sex])
    return dict(age=age, sex=sex, noun=noun)


def _resp_class(r, sc) -> str:
    return "CR" if sc.get("cr_only") else r.choice(["CR", "PR", "PR", "SD", "PD"])


def _ae(r, sc, stated: bool):
    text, labels, grade = sc["ae"]
    return (text.format(g=r.choice(GRADE_WORD[grade])), labels, grade) if stated else None


def _want(pt, sc, resp, ae, treated=True, dx=True, fus=True):
    return dict(age=pt["age"], sex=pt["sex"], dx=sc["dx"] if dx else None,
                fus=sc.get("fus") if fus else None,
                drugs=sc["drugs"] if treated else [], resp=resp if treated else None,
                ae=(ae[1], ae[2], sc["drugs"][0]) if (ae and treated) else None)


def _story(r, pt, sc, resp, ae, intro: str) -> list[str]:
    """One patient's sentences after their introduction ``intro``: fusion, treatment, response, event."""
    pro = "He" if pt["sex"] == "male" else "She"
    out = [intro]
    if sc.get("fw"):
        out.append(r.choice(["Molecular testing showed {f}.", "Next-generation sequencing identified {f}.",
                             "RNA sequencing of the tumour revealed {f}."]).format(f=sc["fw"]))
    out.append(r.choice(TREATED).format(Pro=pro, d=sc["d"], D=_cap(sc["d"])))
    out.append(r.choice(RESPONDED).format(Pro=pro, pro=pro.lower(), r=r.choice(RESP[resp])))
    if ae:
        out.append(r.choice(AE_SENT).format(Pro=pro, ae=ae[0], AE=_cap(ae[0])))
    return out


def _age_sex(pt) -> str:
    return f"a {pt['age']}-year-old {pt['noun']}"


# ------------------------------------------------------------------------------------------ shapes ---
# each maker returns (title, lead sentences, [(heading or None, sentences)] per patient, wants, slots, extra)
LEADS = ["We describe {n} patients with {t}.", "We report {n} cases of {t}.", "{N} patients with {t} are presented.",
         "Here we present a series of {n} patients with {t} treated at our centre.",
         "This report describes {n} consecutive patients with {t}."]


def _lead(r, n, sc) -> str:
    return r.choice(LEADS).format(n=NUM[n - 1], N=_cap(NUM[n - 1]), t=sc["t"])


def _same_or_varied(r, n):
    """The scenario per patient: one tumour for all (most series) or two scenarios of one tumour name."""
    sc = r.choice(SCEN)
    return sc, [sc] * n


def labelled(r, style: str):
    """Patients told under labels: "Patient 1", "Case 1:", "Patient A", "Case I", "Case one"."""
    n = r.choice([2, 2, 3, 4])
    sc, scs = _same_or_varied(r, n)
    labels = {
        "patient_n": lambda k: f"Patient {k}",
        "patient_hash": lambda k: f"Patient #{k}",
        "patient_letter": lambda k: f"Patient {LETTER[k - 1]}",
        "case_n": lambda k: f"Case {k}",
        "case_roman": lambda k: f"Case {ROMAN[k - 1]}",
        "case_word": lambda k: f"Case {NUM[k - 1]}",
        "case_report_n": lambda k: f"Case report {k}",
    }[style]
    where = r.choice(["heading", "opener_colon", "opener_was"])
    groups, wants = [], []
    for k in range(1, n + 1):
        pt = _patient(r, scs[k - 1])
        resp = _resp_class(r, scs[k - 1])
        ae = _ae(r, scs[k - 1], r.random() < 0.5)
        lab = labels(k)
        if where == "heading":
            intro, head = f"{_cap(_age_sex(pt))} presented with {scs[k - 1]['t']}.", lab
        elif where == "opener_colon":
            intro, head = f"{lab}: {_age_sex(pt)} presented with {scs[k - 1]['t']}.", None
        else:
            intro, head = f"{lab} was {_age_sex(pt)} with {scs[k - 1]['t']}.", None
        groups.append((head, _story(r, pt, scs[k - 1], resp, ae, intro)))
        wants.append(_want(pt, scs[k - 1], resp, ae))
    title = r.choice([f"{_cap(sc['t'])} treated with {sc['d']}: a report of {NUM[n - 1]} cases",
                      f"{_cap(sc['d'])} in {sc['t']}: {NUM[n - 1]} patients",
                      f"Outcomes of {sc['d']} in {NUM[n - 1]} patients with {sc['t']}"])
    return title, [_lead(r, n, sc)], groups, wants, dict(label=style, where=where, n=str(n)), {}


def ordinal(r):
    """ "The first patient, a 50-year-old man, ... The second patient ..." / "The first was ..." """
    n = r.choice([2, 2, 3])
    sc, scs = _same_or_varied(r, n)
    form = r.choice(["the_nth_patient_comma", "the_nth_was", "in_the_nth_case", "the_nth_patient_was"])
    groups, wants = [], []
    for k in range(1, n + 1):
        pt = _patient(r, sc)
        resp, ae = _resp_class(r, sc), _ae(r, sc, r.random() < 0.5)
        nth = NTH[k - 1]
        intro = {"the_nth_patient_comma": f"The {nth} patient, {_age_sex(pt)}, presented with {sc['t']}.",
                 "the_nth_was": f"The {nth} was {_age_sex(pt)} with {sc['t']}.",
                 "in_the_nth_case": f"In the {nth} case, {_age_sex(pt)} was diagnosed with {sc['t']}.",
                 "the_nth_patient_was": f"The {nth} patient was {_age_sex(pt)} with {sc['t']}."}[form]
        groups.append((None, _story(r, pt, sc, resp, ae, intro)))
        wants.append(_want(pt, sc, resp, ae))
    title = f"{_cap(sc['d'])} for {sc['t']}: {NUM[n - 1]} cases"
    return title, [_lead(r, n, sc)], groups, wants, dict(form=form, n=str(n)), {}


def shared_lead(r):
    """ "Two patients with X both received Y; one achieved a PR, the other progressed." """
    sc = r.choice([s for s in SCEN if not s.get("cr_only")])
    a, b = _patient(r, sc), _patient(r, sc)
    ra = r.choice(["CR", "PR"])
    rb = r.choice(["SD", "PD"])
    form = r.choice(["both_received", "were_treated", "aged", "one_other_sentence"])
    who = f"{_age_sex(a)} and {_age_sex(b)}"
    one = r.choice(RESP_SHORT[ra])
    other = r.choice(RESP_SHORT[rb])
    if form == "both_received":
        sents = [f"Two patients with {sc['t']}, {who}, both received {sc['d']}; one {one} and the other {other}."]
    elif form == "were_treated":
        sents = [f"We treated {who} with {sc['t']}.", f"Both were given {sc['d']}.",
                 f"One patient {one}, whereas the other {other}."]
    elif form == "aged":
        sents = [f"Two patients with {sc['t']} (aged {a['age']} and {b['age']} years) received {sc['d']}.",
                 f"The first {one}; the second {other}."]
    else:
        sents = [f"We report {who}, both with {sc['t']}.", f"Each was treated with {sc['d']}.",
                 f"One of them {one}.", f"The other {other} after two months."]
    if sc.get("fw"):
        sents.insert(1, f"Both tumours harboured {sc['fw']}.")
    wants = [_want(a, sc, ra, None), _want(b, sc, rb, None)]
    if form == "aged":  # the sexes are not told
        for w in wants:
            w["sex"] = None
    title = f"{_cap(sc['d'])} in two patients with {sc['t']}"
    return title, sents, [], wants, dict(form=form, n="2"), dict(shared=True)


def table(r):
    """A table of patients: age, sex, fusion, treatment, best response (flattened text or HTML)."""
    n = r.choice([2, 3, 4])
    sc = r.choice([s for s in SCEN if s.get("fus")])
    rows, wants = [], []
    for k in range(1, n + 1):
        pt = _patient(r, sc)
        resp = _resp_class(r, sc)
        rows.append([str(k), str(pt["age"]), "M" if pt["sex"] == "male" else "F", f"{sc['fus'][0]}-{sc['fus'][1]}",
                     sc["d"], r.choice(RESP_TABLE[resp])])
        wants.append(_want(pt, sc, resp, None))
    head = ["Patient", "Age (years)", "Sex", "Fusion", "Treatment", "Best response"]
    sents = [_lead(r, n, sc), f"All tumours harboured {sc['fw'].split(' ', 1)[1]}, and all patients received "
             f"{sc['d']}.", "Their characteristics and outcomes are summarised in Table 1."]
    title = f"{_cap(sc['d'])} in {sc['t']}: a case series"
    return title, sents, [], wants, dict(n=str(n)), dict(table=(head, rows))


def family(r):
    """siblings, a mother and her son, an index case and a relative: each relative with their own story."""
    form = r.choice(["brothers", "sisters", "siblings", "mother_son", "father_daughter", "index_brother", "proband_mother"])
    sc = r.choice(FAMILY)
    ad = r.random() < 0.5
    # (first person's sex, second's, child?, how the first is introduced, how the second is introduced)
    if form in ("brothers", "sisters", "siblings"):
        sx = {"brothers": ("male", "male"), "sisters": ("female", "female"), "siblings": ("male", "female")}[form]
        if sc.get("sex"):
            sx = ("female", "female")
        ages = sorted([r.randint(3, 16) if sc.get("child") else r.randint(25, 60) for _ in range(2)], reverse=True)
        pa = dict(age=ages[0], sex=sx[0]); pb = dict(age=ages[1] if ages[1] != ages[0] else ages[0] - 1, sex=sx[1])
        group_word = {"brothers": "two brothers", "sisters": "two sisters", "siblings": "a brother and a sister"}[form]
        if sc.get("sex"):
            group_word = "two sisters"
        lead = f"We report {group_word} with {sc['t']}."
        rel_b = "brother" if pb["sex"] == "male" else "sister"
        ia = f"The elder sibling, a {pa['age']}-year-old {'boy' if sc.get('child') else ('man' if pa['sex'] == 'male' else 'woman')}, " \
             f"presented first."
        ib = f"{'His' if pa['sex'] == 'male' else 'Her'} younger {rel_b}, aged {pb['age']}, was diagnosed a year later."
        title = f"Familial {sc['t']} in {group_word}"
    elif form in ("mother_son", "father_daughter"):
        if sc.get("child") or sc.get("sex"):
            sc = FAMILY[0]
        pa = dict(age=r.randint(55, 75), sex="female" if form == "mother_son" else "male")
        pb = dict(age=pa["age"] - r.randint(24, 32), sex="male" if form == "mother_son" else "female")
        par, kid = ("mother", "son") if form == "mother_son" else ("father", "daughter")
        lead = f"A {par} and {'her' if par == 'mother' else 'his'} {kid} were both diagnosed with {sc['t']}."
        ia = f"The {par}, aged {pa['age']}, was diagnosed first."
        ib = f"{'Her' if par == 'mother' else 'His'} {kid}, {pb['age']} years old, presented two years later."
        title = f"{_cap(sc['t'])} in a {par} and {'her' if par == 'mother' else 'his'} {kid}"
    else:
        if sc.get("child") or sc.get("sex"):
            sc = FAMILY[2]
        pa = dict(age=r.randint(30, 55), sex="female")
        rel = "brother" if form == "index_brother" else "mother"
        pb = dict(age=pa["age"] + (r.randint(-6, 6) if rel == "brother" else r.randint(22, 30)),
                  sex="male" if rel == "brother" else "female")
        word = "index patient" if form == "index_brother" else "proband"
        lead = f"We describe a family with {sc['t']}."
        ia = f"The {word}, a {pa['age']}-year-old woman, presented with {sc['t']}."
        ib = f"Her {rel}, aged {pb['age']}, was diagnosed with {sc['t']} after genetic counselling."
        title = f"{_cap(sc['t'])} in a family: the {word} and her {rel}"
    for p in (pa, pb):
        p["noun"] = "x"
    ra, rb = _resp_class(r, sc), _resp_class(r, sc)
    aa = _ae(r, sc, ad)
    groups = [(None, _story(r, pa, sc, ra, aa, ia)), (None, _story(r, pb, sc, rb, None, ib))]
    wants = [_want(pa, sc, ra, aa), _want(pb, sc, rb, None)]
    return title, [lead], groups, wants, dict(form=form, n="2"), {}


def one_treated(r):
    """A series where only one patient received a drug: the other was observed, operated on, or declined an
    offered drug that the report names (a drug named but not given)."""
    sc = r.choice([s for s in SCEN if not s.get("cr_only")])
    n = r.choice([2, 3])
    labelled_as = r.choice(["Patient {k}", "Case {k}:", "ordinal"])
    offered = r.choice([o for o in OFFERED if o not in sc["d"]])
    other = r.choice(["observed", "surgery", "declined", "died"])
    groups, wants, extra = [], [], {}
    treated_k = r.randint(1, n)
    for k in range(1, n + 1):
        pt = _patient(r, sc)
        opener = (f"The {NTH[k - 1]} patient was" if labelled_as == "ordinal" else
                  labelled_as.format(k=k).rstrip(":") + (":" if labelled_as.endswith(":") else " was"))
        sep = " " if opener.endswith(":") else " "
        intro = f"{opener}{sep}{_age_sex(pt)} with {sc['t']}."
        pro = "He" if pt["sex"] == "male" else "She"
        if k == treated_k:
            resp = _resp_class(r, sc)
            ae = _ae(r, sc, r.random() < 0.5)
            groups.append((None, _story(r, pt, sc, resp, ae, intro)))
            wants.append(_want(pt, sc, resp, ae))
        else:
            tail = {"observed": [f"{pro} was managed with active surveillance and remains well without treatment."],
                    "surgery": [f"{pro} underwent complete surgical resection and received no systemic therapy.",
                                "There has been no recurrence after two years."],
                    "declined": [f"Chemotherapy with {offered} was offered, but {pro.lower()} declined it.",
                                 f"{pro} chose palliative care."],
                    "died": [f"{pro} died of respiratory failure before any treatment could be started."]}[other]
            groups.append((None, [intro] + tail))
            wants.append(_want(pt, sc, None, None, treated=False))
            if other == "declined":
                extra["not_given"] = [offered]
    title = f"{_cap(sc['t'])}: {NUM[n - 1]} cases with different courses"
    return title, [_lead(r, n, sc)], groups, wants, dict(label=labelled_as, other=other, n=str(n)), extra


def negative(r):
    """A cohort or trial with aggregate results (and a count of patients per response inside it): no case."""
    sc = r.choice(SCEN)
    kind = r.choice(["cohort_counts", "trial_one_patient", "retrospective_table", "pooled_two"])
    d, t = sc["d"], sc["t"]
    text = {
        "cohort_counts": [f"We retrospectively analysed 17 patients with {t} who received {d} at four centres.",
                          "Two patients achieved a complete response and seven a partial response.",
                          f"{_cap(sc['ae'][0].format(g='grade 3'))} occurred in three patients.",
                          "The median progression-free survival was 11.2 months."],
        "trial_one_patient": [f"In this single-arm phase 2 trial, 31 patients with {t} received {d}.",
                              "The objective response rate was 42%.",
                              "One patient, a 58-year-old woman, had a complete response lasting 20 months.",
                              "Toxicity was manageable."],
        "retrospective_table": [f"Records of nine patients with {t} treated with {d} were reviewed.",
                                "The median age was 51 years (range 29-73).",
                                "Best responses were partial response in five and stable disease in three patients.",
                                "Outcomes per patient are listed in Table 2."],
        "pooled_two": [f"We pooled data from 46 patients with {t} enrolled in two prospective studies of {d}.",
                       "Two patients progressed within the first month.",
                       "Responses were durable in the remainder."],
    }[kind]
    title = {"cohort_counts": f"{_cap(d)} in {t}: a multicentre retrospective study",
             "trial_one_patient": f"A phase 2 trial of {d} in {t}",
             "retrospective_table": f"Real-world outcomes of {d} in {t}",
             "pooled_two": f"Pooled analysis of {d} in {t}"}[kind]
    return title, text, [], [], dict(negative=kind), {}


MAKERS = [(lambda r: labelled(r, r.choice(["patient_n", "patient_hash", "patient_letter"])), 3, "patient_label"),
          (lambda r: labelled(r, r.choice(["case_n", "case_roman", "case_word", "case_report_n"])), 3, "case_label"),
          (ordinal, 2, "ordinal"), (shared_lead, 2, "shared_lead"), (table, 2, "table"), (family, 3, "family"),
          (one_treated, 2, "one_treated"), (negative, 2, "negative")]


# ------------------------------------------------------------------------------------------ formats ---
def _table_text(head, rows, sep):
    return "\n".join(sep.join(c for c in row) for row in [head] + rows)


def _table_html(head, rows):
    return ("<table><caption>Table 1. Patients of this series</caption><thead><tr>"
            + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in rows)
            + "</tbody></table>")


def as_file(r, pmid: str, title: str, lead: list[str], groups, extra, shape: str):
    """(name, text, format slot) of one report."""
    has_table = "table" in extra
    fmts = ["text", "html"] if has_table else ["json", "pubmed", "text", "html"]
    fmt = r.choice(fmts)
    kind = "negative" if shape == "negative" else "series"
    flat = " ".join(lead + [" ".join(((h + ". ") if h else "") + " ".join(s) for h, s in groups)]).strip()
    if fmt == "json":
        return f"{pmid}.json", json.dumps({"pmid": pmid, "title": title + ".", "abstract": flat}) + "\n", fmt
    if fmt == "pubmed":
        types = ["Journal Article"] + (["Case Reports"] if kind != "negative" and r.random() < 0.6 else [])
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" '
               f'Owner="NLM"><PMID Version="1">{pmid}</PMID><Article PubModel="Electronic"><Journal><JournalIssue '
               f'CitedMedium="Internet"><Volume>{r.randint(3, 60)}</Volume><PubDate><Year>{r.randint(2008, 2025)}</Year>'
               '</PubDate></JournalIssue><Title>Invented Reports in Oncology</Title></Journal>'
               f'<ArticleTitle>{html.escape(title)}.</ArticleTitle><Abstract><AbstractText>{html.escape(flat)}'
               '</AbstractText></Abstract><AuthorList CompleteYN="Y"><Author ValidYN="Y"><LastName>Quennell</LastName>'
               '<Initials>M</Initials></Author></AuthorList><Language>eng</Language><PublicationTypeList>'
               + "".join(f"<PublicationType>{t}</PublicationType>" for t in types)
               + '</PublicationTypeList></Article></MedlineCitation><PubmedData><ArticleIdList>'
               f'<ArticleId IdType="pubmed">{pmid}</ArticleId></ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>\n')
        return f"{pmid}.xml", xml, fmt
    intro_h = "Case series" if kind == "series" else "Results"
    if fmt == "text":
        parts = [title, "", f"Quennell M, Abara T. Invented Reports in Oncology. 2024;{r.randint(3, 40)}:{r.randint(10, 99)}.",
                 "", "Introduction", "", "Fusion-driven and rare tumours are often reported as small series.", "",
                 intro_h, "", " ".join(lead)]
        for h, s in groups:
            parts += ["", h, "", " ".join(s)] if h else ["", " ".join(s)]
        if has_table:
            head, rows = extra["table"]
            parts += ["", "Table 1. Patients of this series", _table_text(head, rows, r.choice(["\t", " | "]))]
        parts += ["", "Discussion", "", "Small series like this one add to what is known of these tumours.", ""]
        return f"series_{pmid}.txt", "\n".join(parts), fmt
    body = [f"<html><head><title>{html.escape(title)}</title></head><body><article><h1>{html.escape(title)}</h1>",
            "<h2>Introduction</h2><p>Fusion-driven and rare tumours are often reported as small series.</p>",
            f"<h2>{intro_h}</h2><p>{html.escape(' '.join(lead))}</p>"]
    for h, s in groups:
        body.append((f"<h3>{html.escape(h)}</h3>" if h else "") + f"<p>{html.escape(' '.join(s))}</p>")
    if has_table:
        body.append(_table_html(*extra["table"]))
    body.append("<h2>Discussion</h2><p>Small series like this one add to what is known of these tumours.</p>"
                "</article></body></html>\n")
    return f"series_{pmid}.html", "".join(body), fmt


def generate(n: int, seed: int = 16) -> list[tuple[str, str, dict]]:
    """``n`` reports: (file name, text, expected with its slots)."""
    r = random.Random(seed)
    pool = [(m, s) for m, w, s in MAKERS for _ in range(w)]
    out = []
    for i in range(n):
        make, shape = r.choice(pool)
        title, lead, groups, wants, slots, extra = make(r)
        name, text, fmt = as_file(r, str(9_600_000 + i), title, lead, groups, extra, shape)
        slots = dict(slots, kind=shape, format=fmt)
        out.append((name, text, dict(cases=wants, not_given=extra.get("not_given", []), slots=slots, shape=shape)))
    return out


# ------------------------------------------------------------------------------------------ checks ---
CLASS_WORDS = [("complete", "CR"), ("partial", "PR"), ("stable", "SD"), ("progress", "PD")]


def _cls(label: str) -> str | None:
    return next((c for w, c in CLASS_WORDS if w in label.lower()), None)




def _facts(cases) -> dict:
    drugs, pairs = set(), set()
    for c in cases:
        for t in c.treatments:
            ds = {a.drug.label.lower() for a in t.administrations}
            drugs |= ds
            for resp in t.responses:
                pairs |= {(d, _cls(resp.concept.label)) for d in ds}
    return dict(drugs=drugs, pairs=pairs,
                dx=" | ".join(d.concept.label.lower() for c in cases for d in c.diagnoses),
                fus={(f.five_prime.label.upper() if f.five_prime else None, f.three_prime.label.upper() if f.three_prime else None)
                     for c in cases for f in c.fusions},
                aes=[(a.concept.label.lower(), a.grade, {x.label.lower() for x in a.drugs}) for c in cases for a in c.adverse_events])


def _has(drugs: set, alts: list) -> bool:
    return any(a in d for d in drugs for a in alts)


def problems(exp: dict, cases: list) -> list[str]:
    """What kg got wrong (short texts; [] when nothing): the pooled facts as the scorer pools them, then, when kg
    finds one case per patient, each patient's own drugs and response."""
    want = exp["cases"]
    if not want:
        return [f"false cases {len(cases)}"] if cases else []
    if not cases:
        return ["no case"]
    out = []
    if len(cases) > len(want):
        out.append(f"cases {len(cases)} > {len(want)}")
    f = _facts(cases)
    for w in want:
        for alts in w["drugs"]:
            if not _has(f["drugs"], alts):
                out.append(f"missed drug {alts[0]}")
        if w["dx"] and not any(k in f["dx"] for k in w["dx"]):
            out.append(f"missed dx {w['dx'][0]}" + (f" (got {f['dx'][:40]})" if f["dx"] else ""))
        if w["fus"] and tuple(w["fus"]) not in f["fus"]:
            out.append("missed fusion" + (f" (got {sorted(map(str, f['fus']))[:2]})" if f["fus"] else ""))
        if w["resp"]:
            for alts in w["drugs"]:
                if not any(_cls_ok(p, alts, w["resp"]) for p in f["pairs"]):
                    out.append(f"missed pair {w['resp']}")
                    break
        if w["ae"]:
            labels, grade, drug = w["ae"]
            mine = [a for a in f["aes"] if any(k in a[0] for k in labels)]
            if not mine:
                out.append(f"missed ae {labels[0]}")
            elif grade and not any(a[1] == grade for a in mine):
                out.append(f"ae grade {[a[1] for a in mine]} != {grade}")
    # wrong pairs: a (drug, class) pair no patient who received the drug had
    good = {(a, w["resp"]) for w in want if w["resp"] for alts in w["drugs"] for a in alts}
    for d, c in f["pairs"]:
        if not any(a in d and c == gc for a, gc in good):
            out.append(f"wrong pair {c}")
    given = [a for w in want for alts in w["drugs"] for a in alts]
    for d in f["drugs"]:
        if not any(a in d for a in given):
            out.append("extra drug" + (" (leak)" if any(n in d for n in exp.get("not_given", [])) else ""))
    # per patient, when kg split the series as composed
    if len(cases) == len(want) and len(want) > 1:
        for c, w in zip(cases, want):
            fc = _facts([c])
            if w["drugs"] and not all(_has(fc["drugs"], alts) for alts in w["drugs"]):
                out.append("patient lacks own drug")
            if not w["drugs"] and fc["drugs"]:
                out.append("untreated patient has drugs")
            if c.age != w["age"]:
                out.append("patient age")
    return sorted(set(out))


def _cls_ok(pair, alts, cls) -> bool:
    return pair[1] == cls and any(a in pair[0] for a in alts)


def main(argv=None) -> int:
    ap = bench_parser(__doc__.splitlines()[0], "reports", seed=16)
    ap.add_argument("--only", help="with --verbose: only reports with a problem that starts so")
    a = ap.parse_args(argv)
    if a.show:
        show(generate(a.show, a.seed))
        return 0
    nlp = pipeline()
    tally = FailureTally()
    split = Counter()  # (slot, kg's cases == patients): a series read as one case is scored pooled, not failed
    for name, text, exp, errs, cases in run_bench(generate(a.check or 200, a.seed), nlp, problems):
        tally.add(name, exp, errs)
        if exp["cases"]:
            for k, v in exp["slots"].items():
                if k not in ("n", "format"):
                    split[(f"{k}={v}", len(cases) == len(exp["cases"]))] += 1
        if errs and a.verbose and (not a.only or any(e.startswith(a.only) for e in errs)):
            print(name, exp["slots"], errs, f"cases={len(cases)}", "\n   ", text.replace("\n", " | ")[:1500], "\n")
    tally.print_problems("reports", width=40)
    print("reports split into one case per patient, by slot:")
    for k in sorted({k for k, _ in split}):
        print(f"  {k:40} {split[(k, True)]}/{split[(k, True)] + split[(k, False)]}")
    tally.print_slot_rates()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
