"""A bench of made-up PubMed case ABSTRACTS in the shapes kg handled poorly (issue #11, session 15, intro15):
older abstracts (terse, passive, "The authors report...", "A case of ... is presented", "This paper describes...",
the patient introduced late or only by age and sex in the middle, the diagnosis carried by the title), drug-toxicity
case reports ("X-induced pneumonitis in a patient with ..."), and small series ("Two patients with ...", "We
describe three cases ..."), with NEGATIVES: trial, cohort, review and laboratory abstracts with aggregate numbers,
and a single patient mentioned inside a cohort's results.

Each abstract is composed from independent slots (format: PubMed XML with or without the "Case Reports" type,
a {pmid, title, abstract} JSON record as the PubTator corpora give them, plain text; era style; title style;
intro wording; where the patient appears; how age and sex are written; toxicity or treatment focus; grade stated
or not; response stated or not; series of 2-3 patients with facts per patient) and carries its expected facts:
the number of cases (0 for a negative), each patient's age and sex, the diagnosis, the drugs given, the adverse
event of a toxicity report with its grade when stated and the drug it is attributed to, and the response.

Every sentence, title and identifier here is invented for this bench (no text from ../shared, a page or a gold file).

    python tools/make_abstract_shapes.py --check 300        # kg on 300 abstracts: failures by shape and slot
    python tools/make_abstract_shapes.py --show 5           # print 5 abstracts with their expected facts

tests/extraction/test_abstract_shapes.py runs a fixed-seed sample of it.
"""
from __future__ import annotations

import html
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_common beside this tool, also when a test loads it
from bench_common import bench_main, cases_of, match_cases  # noqa: E402,F401 (cases_of: the tests call bench.cases_of)

# ------------------------------------------------------------------------------------------ scenarios ---
# A drug-toxicity scenario: the tumour (as written; the words any diagnosis label of kg must contain, one of),
# the drug as written and its label, the adverse event as written (noun phrase; adjective form for "X-induced"),
# the CTCAE labels kg may give it (one of), and a few words of the course.
TOX = [
    dict(tumour="testicular germ cell tumour", dx=["germ cell", "testicular", "testis"], drug="bleomycin", drugs=["bleomycin"],
         ae="pneumonitis", ae_labels=["pneumonitis", "pulmonary fibrosis", "lung"], sex="male",
         course="bilateral interstitial infiltrates and hypoxaemia", recover="improved on corticosteroids"),
    dict(tumour="acute lymphoblastic leukaemia", dx=["lymphoblastic"], drug="high-dose methotrexate", drugs=["methotrexate"],
         ae="leukoencephalopathy", ae_labels=["leukoencephalopathy", "encephalopathy"], sex=None,
         course="seizures and white matter changes on MRI", recover="recovered slowly over several weeks"),
    dict(tumour="breast carcinoma", dx=["breast"], drug="doxorubicin", drugs=["doxorubicin"],
         ae="congestive heart failure", ae_labels=["heart failure", "ventricular", "cardiac"], sex="female",
         course="a left ventricular ejection fraction of 25%", recover="stabilised on diuretics"),
    dict(tumour="non-Hodgkin's lymphoma", dx=["lymphoma"], drug="vincristine", drugs=["vincristine"],
         ae="peripheral neuropathy", ae_labels=["neuropathy"], sex=None,
         course="distal weakness and loss of tendon reflexes", recover="improved after the drug was withdrawn"),
    dict(tumour="soft tissue sarcoma", dx=["sarcoma"], drug="ifosfamide", drugs=["ifosfamide"],
         ae="encephalopathy", ae_labels=["encephalopathy"], sex=None,
         course="confusion and somnolence on the second day of the infusion", recover="recovered within 72 hours"),
    dict(tumour="pancreatic adenocarcinoma", dx=["pancrea"], drug="gemcitabine", drugs=["gemcitabine"],
         ae="haemolytic uraemic syndrome", ae_labels=["hemolytic uremic", "haemolytic uraemic", "thrombotic microangiopathy"],
         sex=None, course="renal failure, thrombocytopenia and schistocytes", recover="required haemodialysis"),
    dict(tumour="Hodgkin's disease", dx=["hodgkin"], drug="cyclophosphamide", drugs=["cyclophosphamide"],
         ae="haemorrhagic cystitis", ae_labels=["cystitis", "hematuria", "haematuria"], sex=None,
         course="gross haematuria", recover="resolved with bladder irrigation"),
    dict(tumour="ovarian carcinoma", dx=["ovar"], drug="paclitaxel", drugs=["paclitaxel"],
         ae="anaphylactic reaction", ae_labels=["anaphyla", "allergic"], sex="female",
         course="hypotension and bronchospasm within minutes of the first infusion", recover="responded to adrenaline"),
    dict(tumour="acute myeloid leukaemia", dx=["myeloid"], drug="high-dose cytarabine", drugs=["cytarabine"],
         ae="cerebellar toxicity", ae_labels=["ataxia", "cerebellar"], sex=None,
         course="ataxia, dysarthria and nystagmus", recover="partially recovered"),
    dict(tumour="carcinoma of the rectum", dx=["rect", "colorectal"], drug="5-fluorouracil", drugs=["fluorouracil"],
         ae="myocardial infarction", ae_labels=["myocardial infarction", "cardiac", "chest pain"], sex=None,
         course="chest pain with ST elevation during the continuous infusion", recover="had normal coronary arteries"),
    dict(tumour="non-small cell lung cancer", dx=["lung"], drug="cisplatin", drugs=["cisplatin"],
         ae="acute renal failure", ae_labels=["kidney injury", "renal"], sex=None,
         course="a rise of serum creatinine to 5.2 mg/dl", recover="recovered renal function within a month"),
    dict(tumour="metastatic melanoma", dx=["melanoma"], drug="interferon alfa", drugs=["interferon alpha"],
         ae="autoimmune thyroiditis", ae_labels=["thyroid", "hypothyroidism", "hyperthyroidism"], sex=None,
         course="hypothyroidism after four months", recover="was given thyroxine"),
]
# a treatment scenario: a tumour treated with a drug, and the response
# ("interferon alfa" with no subtype is NCIt Interferon Alpha since session 37, dd37; "alfa-2b" is only the product a
# report names as such)
TREAT = [
    dict(tumour="hairy cell leukaemia", dx=["hairy cell"], drug="interferon alfa", drugs=["interferon alpha"],
         resp=("complete remission", "complete response")),
    dict(tumour="metastatic renal cell carcinoma", dx=["renal cell"], drug="high-dose interleukin-2", drugs=["aldesleukin"],
         resp=("a partial response", "partial response")),
    dict(tumour="acute promyelocytic leukaemia", dx=["promyelocytic"], drug="all-trans retinoic acid",
         drugs=["tretinoin", "all-trans retinoic acid"], resp=("complete remission", "complete response")),
    dict(tumour="metastatic breast cancer", dx=["breast"], drug="tamoxifen", drugs=["tamoxifen"],
         resp=("a partial response", "partial response")),
    dict(tumour="chronic myeloid leukaemia", dx=["myeloid"], drug="hydroxyurea", drugs=["hydroxyurea"],
         resp=("a complete haematological response", "complete response")),
    dict(tumour="Kaposi's sarcoma", dx=["kaposi"], drug="liposomal doxorubicin", drugs=["doxorubicin", "liposomal doxorubicin"],
         resp=("a partial response", "partial response")),
]

GRADES = {2: ["grade 2", "grade II"], 3: ["grade 3", "grade III"], 4: ["grade 4", "grade IV"]}

# ------------------------------------------------------------------------------------------ slots ---
# how age and sex are written: {a} age, {s} sex noun; "noun" = the sex noun alone ("a man")
AGE_SEX = {
    "year_old": "a {a}-year-old {s}",
    "yr_old": "a {a}-yr-old {s}",
    "spaced": "a {a} year old {s}",
    "aged": "a {s} aged {a}",
    "of_age": "a {s}, {a} years of age,",
    "race": "a {a}-year-old white {s}",
}
SEX_NOUN = {"male": ["man", "male"], "female": ["woman", "female"]}
NOUNS = {"man", "male", "woman", "female", "boy", "girl"}

# single patient: how the report opens; {p} the patient phrase, {t} tumour, {d} drug, {ae} event, {D}/{AE} capitalised
INTRO_TOX = {
    "authors_report": "The authors report a case of {ae} in {p} who had received {d} for {t}.",
    "case_is_presented": "A case of {d}-induced {ae} is presented. The patient, {p} with {t}, had received {d}.",
    "paper_describes": "This paper describes {p} with {t} who developed {ae} after {d}.",
    "passive_observed": "{AE} was observed in {p} treated with {d} for {t}.",
    "developed_in": "{AE} developed in {p} with {t} during therapy with {d}.",
    "background_first": "{D} is widely used against solid tumours and {ae} is an uncommon complication of it. "
                        "We observed this complication in {p} with {t}.",
    "patient_described": "A patient with {t} who developed {ae} after {d} is described. The patient was {p}.",
    "report_concerns": "This report concerns {p} with {t}, in whom {ae} followed {d}.",
    "we_saw": "We recently saw {p} with {t} who developed {ae} while receiving {d}.",
    "age_sex_opener": "{P} with {t} was given {d} and developed {ae}.",
    "terse": "{P}, {t}. {D} was given; {ae} followed.",
    "title_carries": "{P} developed {ae} after the second course of {d}.",
    # the patient only by sex in the middle of the sentence, the age later or never
    "sex_only_mid": "{AE} developed in a {s} with {t} who had received {d}. The patient was {a} years old.",
    "sex_only_no_age": "{AE} is reported in a {s} treated with {d} for {t}.",
    "pronoun_only": "After three courses of {d} for {t}, {pro_l} developed {ae}. The patient was {p}.",
    "is_described": "{P} is described who developed {ae} during treatment with {d} for {t}.",
}
INTRO_TREAT = {
    "authors_report": "The authors report {p} with {t} who achieved {r} with {d}.",
    "case_is_presented": "A case of {t} treated with {d} is presented. The patient, {p}, achieved {r}.",
    "paper_describes": "This paper describes {p} with {t} who obtained {r} after {d}.",
    "passive_observed": "{R} was obtained in {p} with {t} treated with {d}.",
    "age_sex_opener": "{P} with {t} was treated with {d} and achieved {r}.",
    "title_carries": "{P} was treated with {d} and achieved {r}.",
}
# title of a single-patient abstract
TITLE_TOX = {
    "induced_in_patient": "{D}-induced {ae} in a patient with {t}",
    "after_drug": "{AE} after {d} therapy",
    "associated_report": "{AE} associated with {d}: report of a case",
    "during_treatment": "{AE} during treatment with {d} for {t}",
    "drug_ae": "{D} {ae}",
    "fatal": "Fatal {ae} following {d}",
    "unusual": "Unusual {ae} in {t} treated with {d}",
}
TITLE_TREAT = {
    "remission_of": "{R} of {t} with {d}",
    "response_to": "{T}: response to {d}",
    "treatment_of": "Treatment of {t} with {d}",
}
# the rest of a toxicity abstract: the course, the grade, the outcome
COURSE = [
    "{Pro} presented with {course}.",
    "Clinical findings included {course}.",
    "Examination revealed {course}.",
]
GRADE_SENT = ["The {ae} was {g}.", "The event was classified as {g} {ae}.", "{G} {ae} was documented.",
              "Toxicity reached {g}."]
RECOVER = ["{Pro} {recover}.", "The patient {recover}.", "After withdrawal of the drug the patient {recover}."]
CLOSE = ["Physicians should be aware of this complication.", "The literature is briefly reviewed.",
         "The mechanism of this toxicity is discussed.", "Early recognition is important."]

# small series: the opening ({n} number word) and how each patient is told ({k} 1-based, {nth} ordinal)
SERIES_OPEN = {
    "two_patients_described": "{N} patients with {t} who developed {ae} after {d} are described.",
    "we_describe_cases": "We describe {n} cases of {ae} following {d} in patients with {t}.",
    "occurred_in": "{AE} occurred in {n} patients receiving {d} for {t}.",
    "authors_report_cases": "The authors report {n} cases of {d}-induced {ae}.",
    "patients_presented": "{N} patients treated with {d} for {t} are presented who developed {ae}.",
    "developed_during": "{N} patients with {t} developed {ae} during {d} therapy.",
    "we_have_seen": "We have seen {n} patients with {t} in whom {ae} followed {d}.",
    "digits": "{AE} after {d} is reported in {k} patients with {t}.",
}
SERIES_PATIENT = {
    "ordinal": "The {nth} patient, {p}, presented with {course}.",
    "case_n": "Case {k}: {p} developed {ae} after {d}.",
    "patient_n": "Patient {k} was {p} who presented with {course}.",
    "in_case": "In the {nth} case, {p} presented with {course}.",
    "bare": "{P} presented with {course}.",
}
NTH = ["first", "second", "third"]
NUM = ["one", "two", "three"]

# negatives: abstracts of no single patient
NEGATIVE = {
    "phase2": ("Phase II study of {d} in advanced {t}",
               "Forty-two patients with advanced {t} were treated with {d} every three weeks. The objective response "
               "rate was 24%, with three complete responses. {G} {ae} occurred in five patients. One patient died of "
               "{ae}. {D} is active in {t}."),
    "cohort_one_patient": ("Toxicity of {d} in {t}: a single-institution experience",
                           "We retrospectively reviewed the records of 118 patients with {t} who received {d} between "
                           "1985 and 1994. {AE} was recorded in 14 patients (12%). One 62-year-old man died of {ae}. "
                           "Older age was associated with a higher risk."),
    "review": ("{D}-induced {ae}: a review",
               "{AE} is a recognised complication of {d}. This review summarises 35 published cases, the risk factors "
               "and the management. Most patients recovered after the drug was withdrawn."),
    "in_vitro": ("Effects of {d} on {t} cell lines",
                 "The cytotoxicity of {d} was studied in four human {t} cell lines. Growth inhibition was dose "
                 "dependent, and apoptosis was seen at concentrations above 10 microM."),
    "case_control": ("Risk factors for {ae} after {d}",
                     "Among 1,240 patients treated with {d} for {t}, 31 developed {ae}. Cases were compared with 62 "
                     "matched controls. Cumulative dose above the median doubled the risk."),
    "pharmacokinetic": ("Pharmacokinetics of {d} in patients with {t}",
                        "Plasma concentrations of {d} were measured in 16 patients with {t}. The mean half-life was "
                        "6.2 hours. No patient developed {ae}."),
}


# ------------------------------------------------------------------------------------------ composition ---
def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _patient(r, sex: str | None, age: int, style: str, child: bool = False) -> tuple[str, str]:
    """(phrase, sex) of one patient: "a 54-year-old man"."""
    sex = sex or r.choice(["male", "female"])
    noun = ("boy" if sex == "male" else "girl") if child else r.choice(SEX_NOUN[sex])
    return AGE_SEX[style].format(a=age, s=noun), sex


def _fmt(template: str, **kw) -> str:
    """``template`` with its slots filled; an upper-case slot ({D}, {AE}, {P}) is the value capitalised."""
    out = dict(kw)
    out.update({k.upper(): _cap(v) for k, v in kw.items() if isinstance(v, str) and k.upper() not in kw})
    return template.format(**out)


def _grade_words(r, grade):
    return r.choice(GRADES[grade])


def single_tox(r):
    sc = r.choice(TOX)
    age = r.randint(19, 78) if sc["tumour"] != "acute lymphoblastic leukaemia" else r.randint(4, 17)
    style = r.choice(list(AGE_SEX))
    if age < 18 and style in ("race",):
        style = "year_old"
    p, sex = _patient(r, sc["sex"], age, style, child=age < 18)
    intro = r.choice(list(INTRO_TOX))
    title_style = r.choice(list(TITLE_TOX))
    grade = r.choice([None, None, 2, 3, 4])
    pro = "He" if sex == "male" else "She"
    kw = dict(p=p, t=sc["tumour"], d=sc["drug"], ae=sc["ae"], course=sc["course"], recover=sc["recover"], Pro=pro,
              s=next(w.strip(",") for w in p.split() if w.strip(",") in NOUNS), a=str(age), pro_l=pro.lower())
    sents = [_fmt(INTRO_TOX[intro], **kw)]
    sents.append(_fmt(r.choice(COURSE), **kw))
    if grade:
        g = _grade_words(r, grade)
        sents.append(_fmt(r.choice(GRADE_SENT), g=g, **kw))
    sents.append(_fmt(r.choice(RECOVER), **kw))
    sents.append(r.choice(CLOSE))
    title = _fmt(TITLE_TOX[title_style], **kw)
    # the tumour is named where the intro or the title names it
    named = "{t}" in INTRO_TOX[intro] or "{t}" in TITLE_TOX[title_style]
    told_age = intro != "sex_only_no_age"
    exp = dict(cases=[dict(age=age if told_age else None, sex=sex, dx=sc["dx"] if named else None, drugs=sc["drugs"],
                           ae=(sc["ae_labels"], grade, sc["drugs"][0]), resp=None)])
    slots = dict(kind="single_tox", intro=intro, title=title_style, age_sex=style, grade=str(bool(grade)))
    return title, " ".join(sents), exp, slots


def single_treat(r):
    sc = r.choice(TREAT)
    age = r.randint(24, 79)
    style = r.choice(list(AGE_SEX))
    p, sex = _patient(r, None, age, style)
    intro = r.choice(list(INTRO_TREAT))
    title_style = r.choice(list(TITLE_TREAT))
    pro = "He" if sex == "male" else "She"
    kw = dict(p=p, t=sc["tumour"], d=sc["drug"], r=sc["resp"][0], Pro=pro)
    sents = [_fmt(INTRO_TREAT[intro], **kw),
             r.choice(["The response has lasted 18 months.", f"{pro} remains well two years later.",
                       "The remission was maintained at the last follow-up."]),
             r.choice(CLOSE[1:])]
    title = _fmt(TITLE_TREAT[title_style], **kw)
    named = "{t}" in INTRO_TREAT[intro] or "{t}" in TITLE_TREAT[title_style] or "{T}" in TITLE_TREAT[title_style]
    exp = dict(cases=[dict(age=age, sex=sex, dx=sc["dx"] if named else None, drugs=sc["drugs"], ae=None,
                           resp=sc["resp"][1])])
    slots = dict(kind="single_treat", intro=intro, title=title_style, age_sex=style)
    return title, " ".join(sents), exp, slots


def series(r):
    sc = r.choice(TOX)
    n = r.choice([2, 2, 3])
    opening = r.choice(list(SERIES_OPEN))
    told = r.choice(list(SERIES_PATIENT))
    kw = dict(t=sc["tumour"], d=sc["drug"], ae=sc["ae"], n=NUM[n - 1], N=_cap(NUM[n - 1]), course=sc["course"], k=str(n))
    sents = [_fmt(SERIES_OPEN[opening], **kw)]
    cases = []
    for k in range(1, n + 1):
        age = r.randint(20, 76)
        p, sex = _patient(r, sc["sex"], age, "year_old")
        sents.append(_fmt(SERIES_PATIENT[told], p=p, nth=NTH[k - 1], **dict(kw, k=str(k))))
        cases.append(dict(age=age, sex=sex, dx=sc["dx"], drugs=sc["drugs"], ae=(sc["ae_labels"], None, sc["drugs"][0]),
                          resp=None))
    sents.append(r.choice(["All patients " + sc["recover"] + ".", "Both patients recovered." if n == 2 else
                           "Two of the three patients recovered."]))
    sents.append(r.choice(CLOSE))
    title = r.choice([f"{_cap(sc['ae'])} after {sc['drug']}: {NUM[n - 1]} cases",
                      f"{_cap(sc['drug'])}-associated {sc['ae']} in {NUM[n - 1]} patients with {sc['tumour']}",
                      f"{_cap(sc['ae'])} complicating {sc['drug']} therapy"])
    named = sc["tumour"] in " ".join(sents) or sc["tumour"] in title
    for c in cases:
        c["dx"] = c["dx"] if named else None
    exp = dict(cases=cases, series=True)
    slots = dict(kind="series", opening=opening, told=told, n=str(n))
    return title, " ".join(sents), exp, slots


def negative(r):
    sc = r.choice(TOX)
    kind = r.choice(list(NEGATIVE))
    t_title, t_text = NEGATIVE[kind]
    kw = dict(t=sc["tumour"], d=sc["drug"], ae=sc["ae"], g=_grade_words(r, 3))
    return _fmt(t_title, **kw), _fmt(t_text, **kw), dict(cases=[]), dict(kind="negative", negative=kind)


MAKERS = [(single_tox, 5), (single_treat, 2), (series, 2), (negative, 2)]


# ------------------------------------------------------------------------------------------ formats ---
def as_file(r, pmid: str, title: str, abstract: str, kind: str):
    """(name, text, format slot) of one abstract: PubMed XML (with or without the "Case Reports" type), a
    {pmid, title, abstract} JSON record, or plain text (title, a citation line, the abstract)."""
    fmt = r.choice(["pubmed_case_type", "pubmed_journal_article", "json", "json", "text"])
    if fmt.startswith("pubmed"):
        types = ["Journal Article"] + (["Case Reports"] if fmt == "pubmed_case_type" and kind != "negative" else [])
        year = r.randint(1978, 2004)
        xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<PubmedArticleSet><PubmedArticle><MedlineCitation Status="MEDLINE" '
               f'Owner="NLM"><PMID Version="1">{pmid}</PMID><Article PubModel="Print"><Journal><JournalIssue '
               f'CitedMedium="Print"><Volume>{r.randint(3, 60)}</Volume><PubDate><Year>{year}</Year></PubDate></JournalIssue>'
               f'<Title>Journal of Invented Oncology</Title></Journal><ArticleTitle>{html.escape(title)}.</ArticleTitle>'
               f'<Abstract><AbstractText>{html.escape(abstract)}</AbstractText></Abstract><AuthorList CompleteYN="Y">'
               '<Author ValidYN="Y"><LastName>Vantroyen</LastName><Initials>K</Initials></Author></AuthorList>'
               '<Language>eng</Language><PublicationTypeList>'
               + "".join(f"<PublicationType>{t}</PublicationType>" for t in types)
               + '</PublicationTypeList></Article></MedlineCitation><PubmedData><ArticleIdList>'
               f'<ArticleId IdType="pubmed">{pmid}</ArticleId></ArticleIdList></PubmedData></PubmedArticle></PubmedArticleSet>\n')
        return f"{pmid}.xml", xml, fmt
    if fmt == "json":
        return f"{pmid}.json", json.dumps({"pmid": pmid, "title": title + ".", "abstract": abstract}) + "\n", fmt
    text = (f"{title}.\n\nVantroyen K, Olabisi T.\n\nJ Invented Oncol. {r.randint(1979, 2003)};{r.randint(3, 60)}:"
            f"{r.randint(10, 900)}-{r.randint(901, 999)}.\n\n{abstract}\n\nPMID: {pmid}\n")
    return f"{pmid}.txt", text, fmt


def generate(n: int, seed: int = 15) -> list[tuple[str, str, dict]]:
    """``n`` abstracts: (file name, text, expected with its slots)."""
    r = random.Random(seed)
    pool = [m for m, w in MAKERS for _ in range(w)]
    out = []
    for i in range(n):
        make = r.choice(pool)
        title, abstract, exp, slots = make(r)
        name, text, fmt = as_file(r, str(9_100_000 + i), title, abstract, slots["kind"])
        slots["format"] = fmt
        exp = dict(exp, slots=slots, shape=slots["kind"])
        out.append((name, text, exp))
    return out


# ------------------------------------------------------------------------------------------ checks ---


def _drugs(case) -> set[str]:
    return {a.drug.label.lower() for t in case.treatments for a in t.administrations}


def problems(exp: dict, cases: list) -> list[str]:
    """What kg got wrong (each problem a short text; [] when nothing)."""
    out, pairs, pooled = match_cases(exp, cases)
    for got, wants in pairs:
        drugs = set().union(*(_drugs(c) for c in got))
        dx = " | ".join(d.concept.label.lower() for c in got for d in c.diagnoses)
        aes = [(a.concept.label.lower(), a.grade, {x.label.lower() for x in a.drugs}) for c in got for a in c.adverse_events]
        resps = {r.concept.label.lower() for c in got for t in c.treatments for r in t.responses}
        for w in wants:
            if not pooled:
                c = got[0]
                if c.age != w["age"]:
                    out.append(f"age {c.age}")
                if c.sex != w["sex"]:
                    out.append(f"sex {c.sex}")
            if not any(d in drugs for d in w["drugs"]):
                out.append(f"missed drug {w['drugs'][0]}")
            if w["dx"] and not any(k in dx for k in w["dx"]):
                out.append(f"missed dx {w['dx'][0]}" + (f" (got {dx[:40]})" if dx else ""))
            if w["ae"]:
                labels, grade, drug = w["ae"]
                mine = [a for a in aes if any(k in a[0] for k in labels)]
                if not mine:
                    out.append(f"missed ae {labels[0]}" + (f" (got {sorted({a[0] for a in aes})[:3]})" if aes else ""))
                else:
                    if grade and not any(a[1] == grade for a in mine):
                        out.append(f"ae grade {[a[1] for a in mine]} != {grade}")
                    if not any(drug in a[2] for a in mine):
                        out.append(f"ae drug {sorted(set().union(*(a[2] for a in mine)))} != {drug}")
            if w["resp"] and w["resp"] not in resps:
                out.append(f"missed resp {w['resp']}")
    return sorted(set(out))


def main(argv=None) -> int:
    return bench_main(argv, __doc__.splitlines()[0], "abstracts", 15, generate, problems)


if __name__ == "__main__":
    raise SystemExit(main())
