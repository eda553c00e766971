"""A second bench of made-up OLDER PubMed case abstracts (1975-2005 style; issue #11, session 16, old16), written
blind to kg's rules and extraction code, as a companion of tools/make_abstract_shapes.py (whose formats and
reading helpers it reuses). New vocabulary:

- titles: "X-induced Y: a case report", "Y after X therapy", "Unusual presentation of Z", "[Y caused by X]"
  (a translated title in brackets), "Y due to X: report of a case and review of the literature", "X and Y";
- terse openings: "A 58-year-old man with ... developed ...", "The authors describe ...", "This report documents
  ...", "A case of ... is presented", "We have treated a patient ...", "In a patient with ...", passive "... was
  observed in a 42-year-old woman", "Reported here is ...";
- old drug names and abbreviations, alone or with the name: VP-16, ara-C, 5-FU, CDDP, ADR, MTX, 6-MP, VCR, CPA,
  BLM, DTIC, IFN-alpha, IL-2, cis-platinum, adriamycin, cytosine arabinoside;
- old tumour names: reticulum cell sarcoma, Hodgkin's disease, oat cell carcinoma, hypernephroma, malignant
  histiocytosis, lymphosarcoma, acute nonlymphocytic leukemia, osteogenic sarcoma, chronic granulocytic leukemia;
- the diagnosis only in the title while the body says "the tumor" / "the neoplasm" / "the disease";
- drug-toxicity reports whose cancer is never named (gold convention: a case with an empty diagnoses list);
- grades written the old way ("WHO grade III", "grade 4 (WHO)") or not at all (gold: grade null);
- 2-3 patient series ("Two patients with ... are described. The first ... The second ...");
- MeSH-ish keyword lines after the abstract (plain-text copies) or a MeshHeadingList (XML);
- negatives: old phase II trials with remission counts, a retrospective review, a literature review, an animal
  study, and a non-cancer patient given an anticancer drug (methotrexate for psoriasis: a case with no cancer
  drug and no adverse event, gold convention of benchmarks/gold/README.md).

Expected facts follow benchmarks/gold/README.md; the NCIt ids of the expected facts come from
../shared/terminology (checked by tests/extraction/test_old_abstracts.py with benchmarks/gold/check_ids.py);
the check itself matches kg's labels by keywords (kg may name a fact by a synonym).

Every sentence, title and identifier here is invented for this bench (no text from ../shared, a page or a gold file).

    python tools/make_old_abstracts.py --check 300      # kg on 300 abstracts: failures by shape and slot
    python tools/make_old_abstracts.py --show 5         # print 5 abstracts with their expected facts
"""
from __future__ import annotations

import html
import importlib.util
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # bench_common beside this tool, also when a test loads it
from bench_common import bench_main, cases_of, match_cases  # noqa: E402,F401 (cases_of: the tests call bench.cases_of)

_HERE = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_abstract_shapes", _HERE / "make_abstract_shapes.py")
shapes = sys.modules.get("make_abstract_shapes") or importlib.util.module_from_spec(_spec)
if "make_abstract_shapes" not in sys.modules:
    sys.modules["make_abstract_shapes"] = shapes
    _spec.loader.exec_module(shapes)

# ------------------------------------------------------------------------------------------ vocabulary ---
# drugs: how the text may write them (abbreviation alone, name alone, name with the abbreviation), the keywords
# any kg label of that drug contains (one of), and the NCIt id from ../shared/terminology (None: no code there)
DRUGS = {
    "etoposide": dict(written=["VP-16", "etoposide", "etoposide (VP-16)", "VP-16-213"], keys=["etoposide"], id="NCIT:C491"),
    "cytarabine": dict(written=["ara-C", "cytosine arabinoside", "cytosine arabinoside (ara-C)", "Ara-C"],
                       keys=["cytarabine", "cytosine arabinoside"], id="NCIT:C408"),
    "fluorouracil": dict(written=["5-FU", "5-fluorouracil", "5-fluorouracil (5-FU)"], keys=["fluorouracil"], id="NCIT:C505"),
    "cisplatin": dict(written=["CDDP", "cis-platinum", "cisplatin (CDDP)", "cis-diamminedichloroplatinum"],
                      keys=["cisplatin"], id="NCIT:C376"),
    "doxorubicin": dict(written=["ADR", "adriamycin", "adriamycin (ADR)", "doxorubicin"], keys=["doxorubicin", "adriamycin"],
                        id="NCIT:C456"),
    "methotrexate": dict(written=["MTX", "methotrexate", "methotrexate (MTX)", "high-dose MTX"], keys=["methotrexate"],
                         id="NCIT:C642"),
    "mercaptopurine": dict(written=["6-MP", "6-mercaptopurine", "6-mercaptopurine (6-MP)"], keys=["mercaptopurine"],
                           id="NCIT:C195"),
    "vincristine": dict(written=["VCR", "vincristine", "vincristine (VCR)", "vincristine sulfate"], keys=["vincristine"],
                        id="NCIT:C933"),
    "cyclophosphamide": dict(written=["CPA", "cyclophosphamide", "cyclophosphamide (CPA)", "Endoxan"],
                             keys=["cyclophosphamide"], id="NCIT:C405"),
    "bleomycin": dict(written=["BLM", "bleomycin", "bleomycin (BLM)", "bleomycin sulfate"], keys=["bleomycin"],
                      id="NCIT:C2311"),
    "dacarbazine": dict(written=["DTIC", "dacarbazine", "dacarbazine (DTIC)"], keys=["dacarbazine"], id="NCIT:C411"),
    "interferon": dict(written=["IFN-alpha", "interferon-alpha", "recombinant interferon alpha-2a", "alpha-interferon"],
                       keys=["interferon"], id=None),
    "aldesleukin": dict(written=["IL-2", "interleukin-2", "recombinant interleukin-2 (rIL-2)"],
                        keys=["aldesleukin", "interleukin-2", "interleukin 2"], id=None),
    "mitomycin": dict(written=["mitomycin C", "MMC", "mitomycin-C (MMC)"], keys=["mitomycin"], id="NCIT:C1820"),
    "vinblastine": dict(written=["VLB", "vinblastine", "vinblastine (VLB)"], keys=["vinblastine"], id="NCIT:C930"),
    "carmustine": dict(written=["BCNU", "carmustine (BCNU)", "BCNU"], keys=["carmustine"], id="NCIT:C349"),
}
# tumours: how the text writes them, the keywords any kg diagnosis label may contain, the NCIt id (None: no precise
# code in shared/terminology), the sex when the tumour fixes it
TUMOURS = {
    "oat": dict(written=["oat cell carcinoma of the lung", "oat cell carcinoma", "small cell (oat cell) carcinoma of the lung"],
                keys=["small cell", "oat cell"], id="NCIT:C3915"),
    "anll": dict(written=["acute nonlymphocytic leukemia", "acute non-lymphocytic leukaemia", "acute myelogenous leukemia"],
                 keys=["myeloid", "myelogenous", "nonlymphocytic", "non-lymphocytic", "myeloblastic"], id="NCIT:C3171"),
    "colon": dict(written=["carcinoma of the colon", "adenocarcinoma of the colon", "colonic carcinoma"],
                  keys=["colon", "colorectal"], id="NCIT:C4910"),
    "ovary": dict(written=["ovarian carcinoma", "carcinoma of the ovary", "ovarian adenocarcinoma"], keys=["ovar"],
                  id=None, sex="female"),
    "rcs": dict(written=["reticulum cell sarcoma", "reticulum-cell sarcoma", "reticulosarcoma"],
                keys=["lymphoma", "reticul", "histiocytic"], id="NCIT:C27824"),
    "osteo": dict(written=["osteogenic sarcoma", "osteosarcoma of the femur", "osteogenic sarcoma of the tibia"],
                  keys=["osteosarcoma", "osteogenic"], id="NCIT:C9145"),
    "all": dict(written=["acute lymphoblastic leukemia", "acute lymphocytic leukaemia", "acute lymphatic leukemia"],
                keys=["lymphoblastic", "lymphocytic", "lymphatic"], id="NCIT:C3167", child=True),
    "lsa": dict(written=["lymphosarcoma", "diffuse lymphosarcoma", "lymphosarcoma of the tonsil"],
                keys=["lymphoma", "lymphosarcoma"], id=None),
    "hd": dict(written=["Hodgkin's disease", "Hodgkin's disease, nodular sclerosing type", "Hodgkins disease"],
               keys=["hodgkin"], id="NCIT:C9357", label="Hodgkin disease"),
    "testis": dict(written=["embryonal carcinoma of the testis", "testicular teratocarcinoma", "nonseminomatous testicular cancer"],
                   keys=["testi", "embryonal", "teratocarcinoma", "germ cell", "nonseminoma"], id=None, sex="male"),
    "melanoma": dict(written=["malignant melanoma", "disseminated malignant melanoma", "melanoma of the choroid"],
                     keys=["melanoma"], id="NCIT:C3224"),
    "hyper": dict(written=["hypernephroma", "metastatic hypernephroma", "renal cell carcinoma (hypernephroma)"],
                  keys=["renal", "hypernephroma", "kidney"], id="NCIT:C9385"),
    "mh": dict(written=["malignant histiocytosis", "malignant histiocytosis (histiocytic medullary reticulosis)"],
               keys=["histiocyt"], id=None),
    "stomach": dict(written=["gastric carcinoma", "carcinoma of the stomach", "adenocarcinoma of the stomach"],
                    keys=["gastric", "stomach"], id=None),
    "cgl": dict(written=["chronic granulocytic leukemia", "chronic myelocytic leukaemia", "chronic myelogenous leukemia"],
                keys=["myeloid", "granulocytic", "myelocytic", "myelogenous"], id="NCIT:C9128"),
    "glioma": dict(written=["malignant glioma", "glioblastoma multiforme", "anaplastic astrocytoma"],
                   keys=["glioma", "glioblastoma", "astrocytoma"], id=None),
}
# toxicity scenarios: tumour key, drug key, the event as written (noun; "adj" for "X-induced ..."), the labels a kg
# adverse event may carry (keywords, one of), what was seen
TOX = [
    dict(t="oat", d="etoposide", ae="anaphylactoid reaction", labels=["anaphyla", "allergic", "hypersensitivity"],
         seen="flushing, wheezing and a fall in blood pressure minutes into the infusion"),
    dict(t="anll", d="cytarabine", ae="noncardiogenic pulmonary edema", labels=["pulmonary edema", "pulmonary oedema",
         "respiratory distress", "capillary leak"], seen="rapidly increasing dyspnea and bilateral infiltrates"),
    dict(t="colon", d="fluorouracil", ae="angina pectoris", labels=["angina", "chest pain", "myocardial", "cardiac",
         "coronary"], seen="retrosternal pain with transient ST-segment changes"),
    dict(t="ovary", d="cisplatin", ae="hearing loss", labels=["hearing", "ototox", "tinnitus", "deaf"],
         seen="bilateral high-frequency deafness on audiometry"),
    dict(t="rcs", d="doxorubicin", ae="cardiomyopathy", labels=["cardiomyopathy", "heart failure", "cardiac",
         "ventricular"], seen="gallop rhythm and cardiomegaly on the chest film"),
    dict(t="osteo", d="methotrexate", ae="acute renal failure", labels=["renal", "kidney"],
         seen="oliguria with a serum creatinine of 6.1 mg/dl"),
    dict(t="all", d="mercaptopurine", ae="cholestatic jaundice", labels=["jaundice", "cholesta", "hepat", "bilirubin",
         "liver"], seen="deep jaundice with conjugated hyperbilirubinemia"),
    dict(t="lsa", d="vincristine", ae="inappropriate antidiuretic hormone secretion", labels=["antidiuretic", "siadh",
         "hyponatr"], seen="a serum sodium of 112 mEq/l with concentrated urine"),
    dict(t="hd", d="cyclophosphamide", ae="hemorrhagic cystitis", labels=["cystitis", "hematuria", "haematuria"],
         seen="massive hematuria with clots"),
    dict(t="testis", d="bleomycin", ae="pulmonary fibrosis", labels=["fibrosis", "pneumonitis", "lung", "pulmonary"],
         seen="dry cough, basal crackles and a fall in diffusing capacity"),
    dict(t="melanoma", d="dacarbazine", ae="hepatic veno-occlusive disease", labels=["veno-occlusive",
         "sinusoidal obstruction", "hepat", "liver"], seen="painful hepatomegaly and ascites"),
    dict(t="hyper", d="interferon", ae="hypothyroidism", labels=["thyroid"], seen="fatigue with a raised TSH level"),
    dict(t="hyper", d="aldesleukin", ae="capillary leak syndrome", labels=["capillary leak"],
         seen="weight gain of 9 kg, hypotension and peripheral edema"),
    dict(t="stomach", d="mitomycin", ae="hemolytic-uremic syndrome", labels=["hemolytic uremic", "hemolytic-uremic",
         "haemolytic", "thrombotic microangiopathy"], seen="microangiopathic anemia and rising creatinine"),
    dict(t="glioma", d="carmustine", ae="interstitial pneumonitis", labels=["pneumonitis", "fibrosis", "lung", "pulmonary"],
         seen="progressive dyspnea and diffuse reticular shadowing"),
    dict(t="hd", d="vinblastine", ae="paralytic ileus", labels=["ileus", "constipation", "obstruction"],
         seen="abdominal distension without bowel sounds"),
]
# treatment scenarios with a response (label as kg names it)
TREAT = [
    dict(t="mh", d=["etoposide"], resp=("complete remission", "complete response")),
    dict(t="hyper", d=["aldesleukin"], resp=("partial regression of the pulmonary metastases", "partial response")),
    dict(t="oat", d=["etoposide", "cisplatin"], resp=("a partial remission", "partial response")),
    dict(t="lsa", d=["cyclophosphamide", "vincristine"], resp=("complete remission", "complete response")),
    dict(t="rcs", d=["doxorubicin", "cyclophosphamide"], resp=("a complete response", "complete response")),
    dict(t="cgl", d=["interferon"], resp=("a complete hematologic remission", "complete response")),
    dict(t="melanoma", d=["dacarbazine"], resp=("progressive disease", "progressive disease")),
]
GRADES = {2: ["WHO grade II", "grade 2 (WHO)"], 3: ["WHO grade III", "grade 3 (WHO)", "grade III"],
          4: ["WHO grade IV", "grade 4 (WHO)", "grade IV"]}

# ------------------------------------------------------------------------------------------ slots ---
# {p} patient phrase, {t} tumour, {d} drug, {ae} event; upper-case = capitalised
INTRO_TOX = {
    "yo_with_developed": "{P} with {t} developed {ae} after {d}.",
    "authors_describe": "The authors describe {p} with {t} who developed {ae} during {d} therapy.",
    "report_documents": "This report documents {ae} in {p} receiving {d} for {t}.",
    "case_presented": "A case of {ae} due to {d} is presented. {Pro} was {p} with {t}.",
    "we_have_treated": "We have treated a patient with {t} who developed {ae} after {d}.",
    "in_a_patient": "In a patient with {t}, {ae} developed after the third course of {d}.",
    "passive_observed": "{AE} was observed in {p} given {d} for {t}.",
    "reported_here": "Reported here is {p} with {t} in whom {d} caused {ae}.",
    "receiving_presented": "{P} receiving {d} for {t} presented with {ae}.",
    "secondary_to": "{AE} secondary to {d} occurred in {p} under treatment for {t}.",
    "following_administration": "Following the administration of {d}, {p} with {t} developed {ae}.",
    "we_report_terse": "We report {ae} in {p}. {D} had been given for {t}.",
}
# the body calls the tumour only "the tumor" (the title names it)
INTRO_TOX_TITLED = {
    "tumor_only": "{P} was given {d} for the tumor and developed {ae}.",
    "neoplasm_only": "After two courses of {d} for the neoplasm, {p} developed {ae}.",
    "disease_only": "{P} treated with {d} for advanced disease developed {ae}.",
}
# the cancer is never named: only "chemotherapy" or nothing
INTRO_TOX_UNNAMED = {
    "unnamed_cancer": "{P} receiving {d} as part of combination chemotherapy developed {ae}.",
    "unnamed_terse": "{AE} occurred in {p} after a single dose of {d}.",
}
TITLE_TOX = {
    "induced_case_report": "{D}-induced {ae}: a case report",
    "after_therapy": "{AE} after {d} therapy",
    "bracketed": "[{AE} caused by {d}]",
    "due_to_review": "{AE} due to {d}: report of a case and review of the literature",
    "and": "{D} and {ae}",
    "in_patient_with": "{AE} in a patient with {t} treated with {d}",
    "following_for": "{AE} following {d} chemotherapy for {t}",
}
TITLE_TOX_TITLED = {  # titles that carry the tumour when the body does not
    "unusual_presentation": "Unusual complication of {t}: {ae} after {d}",
    "in_patient_with": "{AE} in a patient with {t} treated with {d}",
    "following_for": "{AE} following {d} chemotherapy for {t}",
}
TITLE_TREAT = {
    "unusual_presentation": "Unusual presentation of {t}",
    "response_of": "Response of {t} to {d}",
    "remission_with": "{T}: remission with {d}",
    "bracketed": "[Treatment of {t} with {d}]",
}
INTRO_TREAT = {
    "yo_with_treated": "{P} with {t} was treated with {d} and achieved {r}.",
    "case_presented": "A case of {t} in {p} is presented. Treatment with {d} resulted in {r}.",
    "authors_describe": "The authors describe {p} with {t}. {D} produced {r}.",
    "tumor_only": "{P} presented with fever and pancytopenia. The tumor was treated with {d}, and {r} was obtained.",
}
COURSE = ["Clinical findings were {seen}.", "{Pro} presented with {seen}.", "There was {seen}."]
GRADE = ["The toxicity was {g}.", "{AE} of {g} was recorded.", "This was classified as {g} toxicity."]
OUTCOME = ["The drug was discontinued and the patient recovered.", "{Pro} improved with supportive care.",
           "{Pro} died three weeks later.", "Symptoms resolved within two weeks."]
CLOSE = ["The literature is reviewed.", "Possible mechanisms are discussed.",
         "Clinicians should be aware of this rare side effect.", "To our knowledge this is the fourth reported case."]
MESH_GENERIC = ["Humans", "Adult", "Middle Aged", "Aged", "Case Report", "Antineoplastic Agents/adverse effects"]

SERIES_OPEN = {
    "two_described": "{N} patients with {t} who developed {ae} after {d} are described.",
    "we_report_n": "We report {n} patients in whom {d} given for {t} was followed by {ae}.",
    "observed_in_n": "{AE} was observed in {n} patients treated with {d} for {t}.",
}
SERIES_PATIENT = {
    "first_second": "The {nth}, {p}, had {seen}.",
    "case_k": "Case {k}. {P} had {seen}.",
    "one_other": "{One} was {p}.",
}
NTH = ["first", "second", "third"]
NUM = ["one", "two", "three"]
ONE_OTHER = ["One", "The other", "The third"]

NEGATIVE = {
    "phase2_remissions": ("Phase II evaluation of {d} in {t}",
                          "Thirty-four patients with {t} received {d} every 21 days. Two complete and six partial "
                          "remissions were observed, for a response rate of 24%. Toxicity consisted mainly of {ae}, "
                          "which was WHO grade III in four patients. One patient died of sepsis."),
    "retrospective": ("{AE} after {d}: a retrospective review",
                      "The charts of 212 patients with {t} treated with {d} between 1978 and 1989 were reviewed. {AE} "
                      "was found in 11 patients (5.2%). A 64-year-old man in this group died. Risk increased with "
                      "the cumulative dose."),
    "lit_review": ("{D}-induced {ae}", "{AE} is an uncommon complication of {d}. The 41 cases reported since 1972 "
                   "are reviewed with regard to dose, onset and outcome. Most patients recovered when the drug was stopped."),
    "animal": ("{AE} induced by {d} in the rat", "Male Wistar rats received {d} intraperitoneally for 14 days. "
               "{AE} developed in eight of ten animals and was prevented by pretreatment with glutathione."),
}
# a non-cancer patient given an anticancer drug: a case record with no cancer drug, AE or diagnosis
NOCANCER = [
    ("Methotrexate-induced pneumonitis in psoriasis",
     "A 57-year-old man with severe psoriasis developed cough and fever after eight months of weekly low-dose "
     "methotrexate (MTX). Chest radiographs showed bilateral infiltrates. He recovered after MTX was withdrawn."),
    ("Cyclophosphamide cystitis in a patient with lupus nephritis",
     "A 31-year-old woman with lupus nephritis received monthly intravenous cyclophosphamide. Gross hematuria "
     "appeared after the sixth pulse. Cystoscopy showed hemorrhagic cystitis."),
    ("Azathioprine and 6-mercaptopurine hepatotoxicity in Crohn's disease",
     "A 26-year-old woman with Crohn's disease treated with 6-mercaptopurine (6-MP) developed jaundice. Liver "
     "biopsy showed cholestasis. The jaundice cleared after 6-MP was stopped."),
]


# ------------------------------------------------------------------------------------------ composition ---
_cap = shapes._cap
_fmt = shapes._fmt


def _patient(r, tumour: dict, child: bool = False) -> tuple[str, str, int]:
    sex = tumour.get("sex") or r.choice(["male", "female"])
    age = r.randint(3, 16) if child or tumour.get("child") else r.randint(19, 79)
    if age < 18:
        noun = "boy" if sex == "male" else "girl"
    else:
        noun = r.choice(["man", "male"] if sex == "male" else ["woman", "female"])
    style = r.choice(["{a}-year-old {s}", "{a}-yr-old {s}", "{s} aged {a}", "{a}-year-old white {s}"])
    return "a " + style.format(a=age, s=noun), sex, age


def _drug_text(r, key: str) -> str:
    return r.choice(DRUGS[key]["written"])


def _mesh(r, drug_keys, tumour_key=None) -> list[str]:
    terms = r.sample(MESH_GENERIC, 3) + [_cap(k) + "/adverse effects" for k in drug_keys]
    if tumour_key:
        terms.append(_cap(TUMOURS[tumour_key]["written"][0].split(" of ")[0]) + "/drug therapy")
    return terms


def single_tox(r):
    sc = r.choice(TOX)
    tum = TUMOURS[sc["t"]]
    p, sex, age = _patient(r, tum)
    pro = "He" if sex == "male" else "She"
    where = r.choice(["body", "body", "body", "title", "unnamed"])
    t_text = r.choice(tum["written"])
    d_text = _drug_text(r, sc["d"])
    kw = dict(p=p, t=t_text, d=d_text, ae=sc["ae"], seen=sc["seen"], Pro=pro, pro=pro.lower())
    if where == "body":
        intro = r.choice(list(INTRO_TOX))
        first = INTRO_TOX[intro]
        title_style = r.choice(list(TITLE_TOX))
        title = TITLE_TOX[title_style]
    elif where == "title":
        intro = r.choice(list(INTRO_TOX_TITLED))
        first = INTRO_TOX_TITLED[intro]
        title_style = r.choice(list(TITLE_TOX_TITLED))
        title = TITLE_TOX_TITLED[title_style]
    else:
        intro = r.choice(list(INTRO_TOX_UNNAMED))
        first = INTRO_TOX_UNNAMED[intro]
        title_style = r.choice(["induced_case_report", "after_therapy", "bracketed", "and"])
        title = TITLE_TOX[title_style]
    grade = r.choice([None, None, None, 3, 4])
    sents = [_fmt(first, **kw), _fmt(r.choice(COURSE), **kw)]
    if grade:
        sents.append(_fmt(r.choice(GRADE), g=r.choice(GRADES[grade]), **kw))
    outcome = r.choice(OUTCOME)
    sents.append(_fmt(outcome, **kw))
    sents.append(r.choice(CLOSE))
    named = ("{t}" in first or "{t}" in title) if where != "unnamed" else False
    title = _fmt(title, **kw)
    told_age = "{p}" in first or "{P}" in first
    fatal = "died" in outcome
    exp = dict(cases=[dict(age=age if told_age else None, sex=sex if told_age else None,
                           dx=tum["keys"] if named else None, dx_id=tum["id"] if named else None,
                           drugs=[DRUGS[sc["d"]]["keys"]], drug_ids=[DRUGS[sc["d"]]["id"]],
                           ae=(sc["labels"], grade, DRUGS[sc["d"]]["keys"], fatal), resp=None)])
    slots = dict(kind="single_tox", intro=intro, title=title_style, where=where, grade=str(bool(grade)),
                 drug_written=("abbrev" if d_text.replace("-", "").isupper() or d_text in ("ara-C", "IFN-alpha", "rIL-2")
                               else "name"), tumour=sc["t"], drug=sc["d"])
    return title, " ".join(sents), exp, slots, _mesh(r, [sc["d"]], sc["t"] if named else None)


def single_treat(r):
    sc = r.choice(TREAT)
    tum = TUMOURS[sc["t"]]
    p, sex, age = _patient(r, tum)
    pro = "He" if sex == "male" else "She"
    dtexts = [_drug_text(r, k) for k in sc["d"]]
    d_text = " and ".join(dtexts)
    intro = r.choice(list(INTRO_TREAT))
    title_style = r.choice(list(TITLE_TREAT))
    if intro == "tumor_only":
        title_style = r.choice(["unusual_presentation", "remission_with", "response_of"])
    kw = dict(p=p, t=r.choice(tum["written"]), d=d_text, r=sc["resp"][0], Pro=pro)
    sents = [_fmt(INTRO_TREAT[intro], **kw),
             r.choice([f"{pro} remained in remission 14 months later.", "The patient is alive at 2 years.",
                       "Follow-up is continuing."]) if "progress" not in sc["resp"][1] else f"{pro} died 5 months later.",
             r.choice(CLOSE)]
    title = _fmt(TITLE_TREAT[title_style], **kw)
    first = INTRO_TREAT[intro]
    named = "{t}" in first or "{t}" in TITLE_TREAT[title_style] or "{T}" in TITLE_TREAT[title_style]
    exp = dict(cases=[dict(age=age, sex=sex, dx=tum["keys"] if named else None, dx_id=tum["id"] if named else None,
                           drugs=[DRUGS[k]["keys"] for k in sc["d"]], drug_ids=[DRUGS[k]["id"] for k in sc["d"]],
                           ae=None, resp=sc["resp"][1])])
    slots = dict(kind="single_treat", intro=intro, title=title_style, tumour=sc["t"])
    return title, " ".join(sents), exp, slots, _mesh(r, sc["d"], sc["t"])


def series(r):
    sc = r.choice(TOX)
    tum = TUMOURS[sc["t"]]
    n = r.choice([2, 2, 3])
    opening = r.choice(list(SERIES_OPEN))
    told = r.choice(list(SERIES_PATIENT))
    d_text = _drug_text(r, sc["d"])
    kw = dict(t=r.choice(tum["written"]), d=d_text, ae=sc["ae"], n=NUM[n - 1], N=_cap(NUM[n - 1]), seen=sc["seen"])
    sents = [_fmt(SERIES_OPEN[opening], **kw)]
    cases = []
    for k in range(1, n + 1):
        p, sex, age = _patient(r, tum)
        sents.append(_fmt(SERIES_PATIENT[told], p=p, nth=NTH[k - 1], k=str(k), One=ONE_OTHER[k - 1] if n == 3 or k < 3
                          else "The other", **{x: v for x, v in kw.items() if x not in ("n", "N")}))
        cases.append(dict(age=age, sex=sex, dx=tum["keys"], dx_id=tum["id"], drugs=[DRUGS[sc["d"]]["keys"]],
                          drug_ids=[DRUGS[sc["d"]]["id"]], ae=(sc["labels"], None, DRUGS[sc["d"]]["keys"], False),
                          resp=None))
    sents.append("All recovered after the drug was stopped." if r.random() < 0.5 else "The mechanism is discussed.")
    title = r.choice([f"{_cap(sc['ae'])} after {d_text}: {NUM[n - 1]} case reports",
                      f"{_cap(d_text)}-induced {sc['ae']}. Report of {NUM[n - 1]} cases"])
    exp = dict(cases=cases, series=True)
    slots = dict(kind="series", opening=opening, told=told, n=str(n), tumour=sc["t"], drug=sc["d"])
    return title, " ".join(sents), exp, slots, _mesh(r, [sc["d"]], sc["t"])


def negative(r):
    sc = r.choice(TOX)
    kind = r.choice(list(NEGATIVE))
    t_title, t_text = NEGATIVE[kind]
    kw = dict(t=r.choice(TUMOURS[sc["t"]]["written"]), d=_drug_text(r, sc["d"]), ae=sc["ae"])
    return _fmt(t_title, **kw), _fmt(t_text, **kw), dict(cases=[]), dict(kind="negative", negative=kind), \
        _mesh(r, [sc["d"]])


def nocancer(r):
    i = r.randrange(len(NOCANCER))
    title, text = NOCANCER[i]
    exp = dict(cases=[dict(age=None, sex=None, dx=None, dx_id=None, drugs=[], drug_ids=[], ae=None, resp=None)],
               nocancer=True)
    return title, text, exp, dict(kind="nocancer", which=str(i)), ["Humans", "Methotrexate/adverse effects"]


MAKERS = [(single_tox, 6), (single_treat, 2), (series, 2), (negative, 2), (nocancer, 1)]


# ------------------------------------------------------------------------------------------ formats ---
def as_file(r, pmid: str, title: str, abstract: str, kind: str, mesh: list[str]):
    """(name, text, format slot): PubMed XML with a MeshHeadingList, a {pmid, title, abstract} JSON record (the
    PubTator shape), or a plain-text copy with a "MeSH terms" line after the abstract."""
    fmt = r.choice(["pubmed_mesh", "json", "json", "text_mesh", "text_plain"])
    if fmt == "pubmed_mesh":
        name, xml, _ = shapes.as_file(random.Random(pmid), pmid, title, abstract, kind)
        heads = "".join(f"<MeshHeading><DescriptorName>{html.escape(m)}</DescriptorName></MeshHeading>" for m in mesh)
        xml = xml.replace("</MedlineCitation>", f"<MeshHeadingList>{heads}</MeshHeadingList></MedlineCitation>")
        return name, xml, fmt
    if fmt == "json":
        return f"{pmid}.json", json.dumps({"pmid": pmid, "title": title + ".", "abstract": abstract}) + "\n", fmt
    year = r.randint(1975, 2005)
    text = (f"{title}.\n\nMarchetti L, Okonkwo E.\n\nArch Invented Med. {year};{r.randint(3, 60)}:{r.randint(10, 900)}-"
            f"{r.randint(901, 999)}.\n\n{abstract}\n\n")
    if fmt == "text_mesh":
        text += "MeSH terms: " + "; ".join(mesh) + "\n\n"
    return f"{pmid}.txt", text + f"PMID: {pmid}\n", fmt


def generate(n: int, seed: int = 16) -> list[tuple[str, str, dict]]:
    r = random.Random(seed)
    pool = [m for m, w in MAKERS for _ in range(w)]
    out = []
    for i in range(n):
        title, abstract, exp, slots, mesh = r.choice(pool)(r)
        name, text, fmt = as_file(r, str(8_200_000 + i), title, abstract, slots["kind"], mesh)
        slots["format"] = fmt
        out.append((name, text, dict(exp, slots=slots, shape=slots["kind"])))
    return out


# ------------------------------------------------------------------------------------------ checks ---


def _has(keys, labels) -> bool:
    return any(k in lab for k in keys for lab in labels)


def problems(exp: dict, cases: list) -> list[str]:
    """What kg got wrong (short texts; [] when nothing)."""
    out, pairs, pooled = match_cases(exp, cases)
    for got, wants in pairs:
        drugs = {a.drug.label.lower() for c in got for t in c.treatments for a in t.administrations}
        dxs = [d.concept.label.lower() for c in got for d in c.diagnoses]
        aes = [(a.concept.label.lower(), a.grade, {x.label.lower() for x in a.drugs}) for c in got for a in c.adverse_events]
        resps = {r.concept.label.lower() for c in got for t in c.treatments for r in t.responses}
        for w in wants:
            if not pooled:
                if w["age"] is not None and got[0].age != w["age"]:
                    out.append(f"age {got[0].age}")
                if w["sex"] is not None and got[0].sex != w["sex"]:
                    out.append(f"sex {got[0].sex}")
            for keys in w["drugs"]:
                if not _has(keys, drugs):
                    out.append(f"missed drug {keys[0]}")
            if exp.get("nocancer"):
                if drugs:
                    out.append("drug in a non-cancer case")
                if aes:
                    out.append("AE in a non-cancer case")
            if w["dx"] and not _has(w["dx"], dxs):
                out.append(f"missed dx {w['dx'][0]}" + (f" (got {dxs[:2]})" if dxs else ""))
            if not w["dx"] and dxs:
                out.append(f"false dx (got {dxs[:2]})")
            if w["ae"]:
                labels, grade, dkeys, fatal = w["ae"]
                mine = [a for a in aes if _has(labels, [a[0]])]
                if not mine:
                    out.append(f"missed ae {labels[0]}" + (f" (got {sorted({a[0] for a in aes})[:3]})" if aes else ""))
                else:
                    if grade and not any(a[1] == grade for a in mine):
                        out.append(f"ae grade {[a[1] for a in mine]} != {grade}")
                    if not any(_has(dkeys, a[2]) for a in mine):
                        out.append(f"ae drug {sorted(set().union(*(a[2] for a in mine)))} != {dkeys[0]}")
            if w["resp"] and w["resp"] not in resps:
                out.append(f"missed resp {w['resp']}" + (f" (got {sorted(resps)})" if resps else ""))
    return sorted(set(out))


def main(argv=None) -> int:
    return bench_main(argv, __doc__.splitlines()[0], "abstracts", 16, generate, problems)


if __name__ == "__main__":
    raise SystemExit(main())
