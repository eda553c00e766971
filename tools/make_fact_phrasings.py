"""A phrasing bench for adverse events, fusions and diagnoses: short made-up case narratives composed from
slots that vary independently (the tumour and how it is named, the fusion notation, the adverse events with
their grade wording, and distractors that must yield nothing: literature rates, negated summaries, a family
member's cancer, a metastasis site, a point mutation, "fusion-negative"). Each narrative carries the facts it
states. Every sentence here is invented (session 13, phr12ae); expected ids are looked up by label in
ontology/terms (built from ../shared/terminology), never written by hand.

    python tools/make_fact_phrasings.py --check 300 [--seed 7]   # runs N narratives, lists failures by slot
    python tools/make_fact_phrasings.py --show 5                 # prints 5 narratives with their facts
    python tools/make_fact_phrasings.py --check 300 --v2         # the session 14 vocabulary (below)

`--v2` (session 14, phr14ae) widens the slots with wordings real case reports use: grade shorthand ("gr 3",
"grade 3-4", "grade 2 to 3"), a toxicity table flowed into lines ("Neutropenia: grade 3"), a grade before a lab
value, immune-related events of checkpoint inhibitors ("irAE", "immune-mediated", "checkpoint-inhibitor-induced")
treated with a steroid that is no cancer drug, lay symptom names mapped to CTCAE terms ("tiredness", "mouth
sores", "tingling in the fingers", "mood changes"), translocations stated for the patient ("t(15;17)(q24;q21)",
"inv(16)") and older partner names ("TEL-AML1", "AML1-ETO", "MLL-AF4", "PML-RARalpha", "BCR/ABL"), FISH and
break-apart wordings, and revised or earlier diagnoses ("was reclassified as", "the final diagnosis was", an
earlier cancer "previously treated for"). The first vocabulary (`sample(n, seed)`) is unchanged, so old seeds give the
same narratives.

`--v3` (session 15, ae15) is a vocabulary of adverse-event wordings only, written before reading kg/rules,
kg/extraction or kg/nlp (so it measures how kg generalises, not its own wordings): AE lists sharing one grade
("grade 3 neutropenia and thrombocytopenia", "(both grade 3)"), AEs named by the action taken (held, withheld,
dose reduced, interrupted, discontinued, delayed, transfusion for), lab values with and without a grade, frames
("complicated by", "was admitted with", "presented with X two weeks after", "experienced", "suffered", "was noted to
have", parentheses, "well tolerated apart from"), AE tables flowed into lines (" | " or tab cells), CTCAE version
mentions, "dose-limiting", "GN", roman grades, ranges, "high-grade", severity words, fatal events, attributions
("attributed to", "related to", "secondary to", "X-induced", "X-associated", "on X"), events of a second line,
reports that grade nothing, and negatives (no grade >= 3 toxicity, well tolerated, negated events, prophylaxis,
monitoring, risk counselling, the tumour's symptoms before therapy, trial rates, known risks and other patients in
the Discussion). Its check lists failures by class (`missing: SLOT`, `extra: WHY`; `drug: SLOT` for an attribution
that differs, which the scorer does not count):

    python tools/make_fact_phrasings.py --v3 --check 400 [--seed 15] [--quiet]

tests/extraction/test_fact_phrasings.py runs a fixed-seed sample of each.
"""
from __future__ import annotations

import csv, random, sys
from collections import Counter
from pathlib import Path

TERMS = Path(__file__).resolve().parent.parent / "ontology" / "terms"


def _labels(name: str) -> dict[str, str]:
    with open(TERMS / name, newline="") as fh:
        return {r["label"].lower(): r["id"] for r in csv.DictReader(fh, delimiter="\t")}


AE_IDS = _labels("adverse_events.tsv")
TUMOR_IDS = _labels("tumors.tsv")
GENE_IDS = {**_labels("gene_partners.tsv"), **_labels("genes.tsv")}

# tumour label -> (ways of naming it, a drug given, a plausible fusion (5', 3') or None, site for a metastasis)
TUMORS = {
    "Inflammatory Myofibroblastic Tumor": (["inflammatory myofibroblastic tumour", "inflammatory myofibroblastic tumor (IMT)"],
                                           "crizotinib", ("TPM3", "ALK")),
    "Lung Adenocarcinoma": (["lung adenocarcinoma", "adenocarcinoma of the lung", "pulmonary adenocarcinoma"], "alectinib", ("EML4", "ALK")),
    "Non-Small Cell Lung Cancer": (["non-small cell lung cancer (NSCLC)", "non-small cell lung carcinoma"], "selpercatinib", ("KIF5B", "RET")),
    "Papillary Thyroid Cancer": (["papillary thyroid carcinoma", "papillary thyroid cancer (PTC)"], "larotrectinib", ("ETV6", "NTRK3")),
    "Infantile Fibrosarcoma": (["infantile fibrosarcoma", "congenital fibrosarcoma"], "larotrectinib", ("ETV6", "NTRK3")),
    "Acute Myeloid Leukemia": (["acute myeloid leukaemia (AML)", "acute myeloid leukemia"], "venetoclax", None),
    "Diffuse Large B-Cell Lymphoma": (["diffuse large B-cell lymphoma (DLBCL)", "diffuse large B-cell lymphoma"], "rituximab", None),
    "Anaplastic Large Cell Lymphoma": (["anaplastic large cell lymphoma (ALCL)", "anaplastic large cell lymphoma"], "brentuximab vedotin", None),
    "Gastrointestinal Stromal Tumor": (["gastrointestinal stromal tumour (GIST)", "gastrointestinal stromal tumor"], "imatinib", None),
    "Ewing Sarcoma": (["Ewing sarcoma", "Ewing's sarcoma"], "irinotecan", ("EWSR1", "FLI1")),
    "Synovial Sarcoma": (["synovial sarcoma"], "pazopanib", ("SS18", "SSX1")),
    "Cholangiocarcinoma": (["cholangiocarcinoma", "cholangiocellular carcinoma"], "pemigatinib", ("FGFR2", "BICC1")),
    "Glioblastoma": (["glioblastoma", "glioblastoma (GBM)"], "temozolomide", None),
    "Pilocytic Astrocytoma": (["pilocytic astrocytoma"], "trametinib", ("KIAA1549", "BRAF")),
    "Chronic Myeloid Leukemia": (["chronic myeloid leukaemia (CML)", "chronic myeloid leukemia"], "dasatinib", ("BCR", "ABL1")),
    "Alveolar Rhabdomyosarcoma": (["alveolar rhabdomyosarcoma"], "vincristine", ("PAX3", "FOXO1")),
    "Leiomyosarcoma": (["leiomyosarcoma"], "trabectedin", None),
}
TUMORS = {k: v for k, v in TUMORS.items() if k.lower() in TUMOR_IDS}

# AE label -> (wordings, a lab value form or None)
AES = {
    "Neutrophil count decreased": (["neutropenia", "neutropaenia", "low neutrophil count"], "an absolute neutrophil count of 0.4 x 10^9/L"),
    "Platelet count decreased": (["thrombocytopenia", "thrombocytopaenia"], "platelets of 38 x 10^9/L"),
    "Anemia": (["anaemia", "anemia"], "haemoglobin 7.1 g/dL"),
    "Febrile neutropenia": (["febrile neutropenia", "neutropenic fever"], None),
    "Alanine aminotransferase increased": (["ALT elevation", "elevated ALT"], "ALT 212 U/L"),
    "Aspartate aminotransferase increased": (["AST elevation", "increased AST"], "AST 180 IU/L"),
    "Blood bilirubin increased": (["hyperbilirubinaemia", "elevated bilirubin"], "total bilirubin 3.4 mg/dL"),
    "Diarrhea": (["diarrhoea", "diarrhea"], None),
    "Nausea": (["nausea"], None),
    "Vomiting": (["vomiting"], None),
    "Mucositis oral": (["oral mucositis", "stomatitis"], None),
    "Rash maculo-papular": (["maculopapular rash", "skin rash"], None),
    "Palmar-plantar erythrodysesthesia syndrome": (["hand-foot syndrome", "hand-foot skin reaction"], None),
    "Hypothyroidism": (["hypothyroidism"], None),
    "Peripheral sensory neuropathy": (["sensory neuropathy", "peripheral sensory neuropathy"], None),
    "Myocarditis": (["myocarditis"], None),
    "Pneumonitis": (["pneumonitis", "interstitial lung disease"], None),
    "Acute kidney injury": (["acute kidney injury", "acute renal failure"], None),
    "Creatinine increased": (["increased creatinine"], "serum creatinine 2.6 mg/dL"),
    "Infusion related reaction": (["infusion-related reaction", "infusion reaction"], None),
    "Allergic reaction": (["hypersensitivity reaction"], None),
    "Cytokine release syndrome": (["cytokine release syndrome (CRS)", "cytokine release syndrome"], None),
    "Encephalopathy": (["immune effector cell-associated neurotoxicity syndrome (ICANS)", "ICANS"], None),
    "Retinoic acid syndrome": (["differentiation syndrome"], None),
    "Tumor lysis syndrome": (["tumour lysis syndrome", "tumor lysis syndrome"], None),
    "Fatigue": (["fatigue", "asthenia"], None),
    "Hypertension": (["hypertension", "arterial hypertension"], None),
    "Colitis": (["colitis"], None),
    "Nail loss": (["onycholysis"], None),
    "Dysgeusia": (["dysgeusia", "taste alteration"], None),
}
AES = {k: v for k, v in AES.items() if k.lower() in AE_IDS}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}

# --- session 14 (v2) vocabulary -------------------------------------------------------------------------------
# tumour label -> (names, drug, fusion (5', 3') or None, karyotype of that fusion or None, older written names)
TUMORS_V2 = {
    "Acute Promyelocytic Leukemia": (["acute promyelocytic leukaemia (APL)", "acute promyelocytic leukemia"], "arsenic trioxide",
                                     ("PML", "RARA"), "t(15;17)(q24;q21)", ["PML-RARalpha", "PML/RARα", "PML-RARA"]),
    "Chronic Myeloid Leukemia": (["chronic myeloid leukaemia (CML)", "chronic myelogenous leukemia"], "imatinib",
                                 ("BCR", "ABL1"), "t(9;22)(q34;q11.2)", ["BCR/ABL", "BCR-ABL"]),
    "Acute Lymphoblastic Leukemia": (["acute lymphoblastic leukaemia", "acute lymphoblastic leukemia (ALL)"], "vincristine",
                                     ("ETV6", "RUNX1"), "t(12;21)(p13;q22)", ["TEL-AML1", "TEL/AML1"]),
    "Acute Myeloid Leukemia": (["acute myeloid leukaemia (AML)", "acute myeloid leukemia"], "cytarabine",
                               ("RUNX1", "RUNX1T1"), "t(8;21)(q22;q22)", ["AML1-ETO", "AML1/ETO"]),
    "Infantile Fibrosarcoma": (["infantile fibrosarcoma", "congenital fibrosarcoma"], "larotrectinib",
                               ("ETV6", "NTRK3"), "t(12;15)(p13;q25)", ["ETV6-NTRK3"]),
    "Ewing Sarcoma": (["Ewing sarcoma", "Ewing's sarcoma"], "vincristine", ("EWSR1", "FLI1"), "t(11;22)(q24;q12)", ["EWS-FLI1"]),
    "Alveolar Rhabdomyosarcoma": (["alveolar rhabdomyosarcoma"], "vincristine", ("PAX3", "FOXO1"), "t(2;13)(q35;q14)", ["PAX3-FKHR"]),
    "Lung Adenocarcinoma": (["lung adenocarcinoma", "adenocarcinoma of the lung"], "alectinib", ("EML4", "ALK"), None, ["EML4/ALK"]),
    "Melanoma": (["metastatic melanoma", "melanoma"], "pembrolizumab", None, None, []),
    "Renal Cell Carcinoma": (["renal cell carcinoma", "metastatic renal cell carcinoma"], "nivolumab", None, None, []),
    "Cholangiocarcinoma": (["cholangiocarcinoma"], "pemigatinib", ("FGFR2", "BICC1"), None, []),
    "Synovial Sarcoma": (["synovial sarcoma"], "ifosfamide", ("SS18", "SSX1"), None, []),
}
# inv(16) of AML: an inversion names CBFB::MYH11 as a translocation does its fusion
KARYOTYPE_EXTRA = {"Acute Myeloid Leukemia": [("inv(16)(p13.1q22)", ("CBFB", "MYH11"))]}
# (tumour label, fusion) -> the WHO entity the fusion defines: a leukaemia whose defining fusion the narrative states is
# that entity (gold convention 7: the most specific tumour the text states; session 29; APL: convention 9, session 36);
# CML is its fusion's
FUSION_ENTITIES = {("Acute Myeloid Leukemia", ("RUNX1", "RUNX1T1")): "AML with RUNX1-RUNX1T1 Fusion",
                   ("Acute Myeloid Leukemia", ("CBFB", "MYH11")): "AML with CBFB-MYH11 Fusion",
                   ("Acute Lymphoblastic Leukemia", ("ETV6", "RUNX1")): "B-Lymphoblastic Leukemia/Lymphoma with ETV6-RUNX1 Fusion",
                   ("Acute Promyelocytic Leukemia", ("PML", "RARA")): "acute promyelocytic leukemia with PML-RARA"}
IMMUNE_DRUGS = {"pembrolizumab", "nivolumab"}
# AE label -> wordings of the v2 vocabulary (immune-related events; lay names of CTCAE terms)
AES_V2 = {
    "Colitis": ["colitis"],
    "Hepatitis": ["hepatitis"],
    "Hypophysitis": ["hypophysitis"],
    "Hypothyroidism": ["hypothyroidism"],
    "Myocarditis": ["myocarditis"],
    "Pneumonitis": ["pneumonitis"],
    "Nephritis": ["nephritis"],
    "Arthritis": ["arthritis", "inflammatory arthritis"],
    "Fatigue": ["tiredness", "fatigue"],
    "Alopecia": ["hair loss", "alopecia"],
    "Mucositis oral": ["mouth sores", "oral mucositis"],
    "Paresthesia": ["tingling in the fingers", "paraesthesia"],
    "Irritability": ["mood changes", "irritability"],
    "Depression": ["low mood", "depression"],
    "Neutrophil count decreased": ["neutropenia", "neutropaenia"],
    "Platelet count decreased": ["thrombocytopenia"],
    "Anemia": ["anaemia"],
    "Diarrhea": ["diarrhoea", "diarrhea"],
    "Nausea": ["nausea"],
}
IMMUNE_AES = ["Colitis", "Hepatitis", "Hypophysitis", "Hypothyroidism", "Myocarditis", "Pneumonitis", "Nephritis", "Arthritis"]
LABS_V2 = {"Neutrophil count decreased": "ANC 0.6 x 10^9/L", "Platelet count decreased": "platelets 41 x 10^9/L",
           "Anemia": "haemoglobin 7.4 g/dL"}
STEROIDS = ["prednisolone", "methylprednisolone", "prednisone", "dexamethasone"]


def grade_form(rng, g):
    """(slot name, text before the event, text after the event, expected grade)"""
    forms = [("grade N", f"grade {g} ", "", g), ("GN", f"G{g} ", "", g), ("grade roman", f"grade {ROMAN[g]} ", "", g),
             ("CTCAE grade", f"CTCAE grade {g} ", "", g), ("(grade N) after", "", f" (grade {g})", g),
             ("level N", f"level {g} ", "", g), (", grade N after", "", f", grade {g}", g)]
    if g == 3:
        forms.append(("grade 3/4", "grade 3/4 ", "", 4))  # the higher grade of a range (acc11ae convention)
    return rng.choice(forms)


def make_ae(rng, label, allow_lab=True):
    words, lab = AES[label]
    g = rng.choice([1, 2, 3, 3, 4])
    if lab and allow_lab and rng.random() < 0.35:
        k = next(i for i, c in enumerate(lab) if c.isdigit())
        name, value = lab[:k].strip(), lab[k:]
        low = label in ("Neutrophil count decreased", "Platelet count decreased", "Anemia")
        if name.endswith(" of"):
            name = name[:-3]
        if name in ("ALT", "AST", "total bilirubin") and rng.random() < 0.4:
            value = rng.choice(["3.2 times ULN", "5 x ULN", "4.5 times the upper limit of normal"])
        slot, text = rng.choice([("lab value (grade N)", f"{lab} (grade {g})"),
                                 ("lab rose to (grade N)", f"a {'fall' if low else 'rise'} of {name} to {value} (grade {g})"),
                                 ("lab had risen to, grade N", f"{name} that had {'fallen' if low else 'risen'} to {value}, grade {g}"),
                                 ("lab peaked at (grade N)", f"{name} peaking at {value} (grade {g})")])
        return slot, text, (label, g)
    if rng.random() < 0.15:
        sev = rng.choice(["severe", "mild", "marked"])
        word = rng.choice(words)
        word = word[2:] if word.startswith("a ") else word[3:] if word.startswith("an ") else word
        return "severity word", f"{sev} {word}", (label, None)
    gs, pre, post, eg = grade_form(rng, g)
    return gs, f"{pre}{rng.choice(words)}{post}".strip(), (label, eg)


def fusion_text(rng, five, three):
    """(slot, text, expected (5', 3') or (None, 3'))"""
    e5, e3 = rng.choice([(6, 20), (13, 20), (4, 14), (2, 2), (12, 11)])
    forms = [
        ("A::B", f"{five}::{three} fusion", (five, three)),
        ("A-B", f"{five}-{three} fusion", (five, three)),
        ("A/B", f"{five}/{three} fusion", (five, three)),
        ("A–B", f"{five}–{three} fusion gene", (five, three)),
        ("A (exon)–B (exon)", f"{five} (exon {e5})–{three} (exon {e3}) fusion", (five, three)),
        ("A exon::B exon", f"{five} exon {e5}::{three} exon {e3} fusion", (five, three)),
        ("rearrangement of B with A", f"rearrangement of {three} with {five}", (five, three)),
        ("fusion between A and B", f"fusion between {five} and {three}", (five, three)),
        ("B-rearranged", f"{three}-rearranged tumour", (None, three)),
        ("B rearrangement by FISH", f"{three} rearrangement on FISH", (None, three)),
    ]
    if three in ("ALK", "ROS1", "RET", "NTRK3"):
        forms.append(("B-positive by IHC", f"{three}-positive tumour on immunohistochemistry", (None, three)))
        forms.append(("reversed B-A", f"{three}-{five} fusion", (five, three)))  # the kinase named first
    if (five, three) == ("EML4", "ALK"):
        forms.append(("variant 3a/b", "EML4-ALK variant 3a/b", (five, three)))
        forms.append(("(E6;A20)", "EML4-ALK fusion (E6;A20)", (five, three)))
    return rng.choice(forms)


def grade_form_v2(rng, g):
    """(slot, before, after, expected grade) of the v2 vocabulary: shorthand and ranges (a range keeps its
    worst grade, as "grade 3/4" does)"""
    forms = [("gr N", f"gr {g} ", "", g), ("GN", f"G{g} ", "", g), ("grade roman", f"grade {ROMAN[g]} ", "", g),
             ("CTCAE grade", f"CTCAE grade {g} ", "", g), ("after gr N", "", f" gr {g}", g),
             ("Gr. N", f"Gr. {g} ", "", g), ("(CTCAE grade N) after", "", f" (CTCAE grade {g})", g)]
    if g in (2, 3):
        forms += [("grade N-M", f"grade {g}-{g + 1} ", "", g + 1), ("grade N to M", f"grade {g} to {g + 1} ", "", g + 1)]
    forms.append(("– grade N after", "", f" – grade {g}", g))
    return rng.choice(forms)


def make_ae_v2(rng, label, drug):
    """(slot, text, (label, grade))"""
    words = AES_V2[label]
    g = rng.choice([1, 2, 2, 3, 4])
    word = rng.choice(words)
    if label in IMMUNE_AES and drug in IMMUNE_DRUGS and rng.random() < 0.6:
        how = rng.choice(["immune-related", "immune-mediated", f"{drug}-induced", "checkpoint-inhibitor-induced"])
        word = f"{how} {word}"
    if label in LABS_V2 and rng.random() < 0.4:
        return "grade before lab value", f"grade {g} {word} ({LABS_V2[label]})", (label, g)
    gs, pre, post, eg = grade_form_v2(rng, g)
    return gs, f"{pre}{word}{post}".strip(), (label, eg)


def fusion_text_v2(rng, tumor, five, three, karyotype, old):
    """(slot, sentence, expected fusions)"""
    forms = [("positive for B rearrangement by FISH", f"The tumour was positive for {three} rearrangement by FISH.", (None, three)),
             ("harbouring a novel A-B fusion", f"The tumour was found to harbour a novel {five}-{three} fusion.", (five, three)),
             ("A-B fusion-positive", f"The disease was {five}-{three} fusion-positive on RNA sequencing.", (five, three)),
             ("break-apart FISH split signals", f"Break-apart FISH showed {three} rearrangement in 80% of nuclei.", (None, three)),
             ("B break-apart FISH was positive", f"{three} break-apart FISH was positive in 40% of nuclei.", (None, three)),
             ("split signal of B", f"Interphase FISH showed a split signal of {three}.", (None, three)),
             ("rearranged for B", f"The tumour was rearranged for {three} on FISH.", (None, three)),
             ("fusion between A exon and B exon", f"RNA sequencing found an in-frame fusion between {five} exon 2 and {three} exon 9.", (five, three))]
    if five == "EWSR1":  # a 5'-only partner rearranged alone is the 5' one
        forms = [f if f[2] != (None, three) else (f[0], f[1].replace(three, five), (five, None)) for f in forms]
    for name in old:
        forms.append(("old name " + name.replace(five, "A").replace(three, "B"),
                      rng.choice([f"RT-PCR detected the {name} transcript.", f"Molecular studies showed {name} fusion.",
                                  f"The {name} fusion gene was detected by RT-PCR."]), (five, three)))
    if karyotype:
        forms.append(("karyotype alone", rng.choice([f"Conventional cytogenetics showed 46,XX,{karyotype}[20].",
                                                     f"The karyotype revealed {karyotype}.",
                                                     f"Cytogenetic analysis demonstrated {karyotype} in all metaphases."]),
                      (five, three)))
    return rng.choice(forms)


DX_V2 = ["plain", "reclassified", "final diagnosis", "consistent with", "favouring", "previously treated for", "metastatic site"]


def narrative_v2(rng: random.Random) -> dict:
    tumor = rng.choice(sorted(t for t in TUMORS_V2 if t.lower() in TUMOR_IDS))
    names, drug, fus, karyotype, old = TUMORS_V2[tumor]
    name = rng.choice(names)
    age, sex = rng.randint(19, 79), rng.choice(["man", "woman"])
    pr = "She" if sex == "woman" else "He"
    slots, sents, dx = {}, [], [TUMOR_IDS[tumor.lower()]]
    dx_slot = rng.choice(DX_V2)
    slots["dx"] = dx_slot
    if dx_slot == "reclassified":
        sents.append(f"A {age}-year-old {sex} was first thought to have a reactive process; after expert review the lesion was "
                     f"reclassified as {name}.")
    elif dx_slot == "final diagnosis":
        sents.append(f"A {age}-year-old {sex} underwent a biopsy, and the final diagnosis was {name}.")
    elif dx_slot == "consistent with":
        sents.append(f"A {age}-year-old {sex} presented with fatigue. The biopsy findings were consistent with {name}.")
    elif dx_slot == "favouring":
        sents.append(f"A {age}-year-old {sex} was referred to us. Morphology and immunophenotype favoured {name}, "
                     f"and {name} was diagnosed.")
    elif dx_slot == "previously treated for":
        sents.append(f"A {age}-year-old {sex}, previously treated for breast carcinoma with surgery in 2009, was diagnosed "
                     f"with {name}.")
        dx.append(TUMOR_IDS["breast carcinoma"]) if "breast carcinoma" in TUMOR_IDS else None
    elif dx_slot == "metastatic site":
        sents.append(f"We describe a {age}-year-old {sex} with {name} and lung and liver metastases.")
    else:
        sents.append(f"We report a {age}-year-old {sex} with {name}.")
    fusions = []
    if fus and rng.random() < 0.8:
        s, t, exp = fusion_text_v2(rng, tumor, *fus, karyotype, old)
        if tumor in KARYOTYPE_EXTRA and rng.random() < 0.3:
            k, pair = KARYOTYPE_EXTRA[tumor][0]
            s, t, exp = "inversion karyotype", f"Cytogenetics showed {k}.", pair
        slots["fusion"] = s
        fusions.append(exp)
        sents.append(t)
        entity = FUSION_ENTITIES.get((tumor, tuple(exp)))
        if entity is not None and entity.lower() in TUMOR_IDS:
            dx[0] = TUMOR_IDS[entity.lower()]
    sents.append(f"{pr} was started on {drug}.")
    pool = sorted(IMMUNE_AES) if drug in IMMUNE_DRUGS and rng.random() < 0.7 else sorted(a for a in AES_V2 if a not in IMMUNE_AES)
    n = rng.choice([1, 2, 3])
    labels = rng.sample([a for a in pool if a.lower() in AE_IDS], n)
    aes, texts = [], []
    for lab in labels:
        s, t, exp = make_ae_v2(rng, lab, drug)
        slots.setdefault("ae", []).append(s)
        texts.append(t)
        aes.append(exp)
    frame = rng.choice(["complicated by", "developed", "table lines", "steroid treated"])
    slots["ae_frame"] = frame
    joined = texts[0] if n == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]
    if frame == "table lines":
        # a toxicity table flowed into lines: "Neutropenia: grade 3"
        rows = []
        for (lab, g), t in zip(aes, texts):
            word = rng.choice(AES_V2[lab])
            rows.append(f"{word[0].upper() + word[1:]}: grade {g if g is not None else 1}.")
        aes = [(lab, g if g is not None else 1) for lab, g in aes]
        sents.append(f"Toxicities during {drug} were as follows.")
        sents.extend(rows)
    elif frame == "steroid treated":
        steroid = rng.choice(STEROIDS)
        sents.append(f"After the third cycle {pr.lower()} developed {joined}, which resolved with {steroid}.")
        slots["steroid"] = steroid
    elif frame == "developed":
        sents.append(f"After the second cycle {pr.lower()} developed {joined}.")
    else:
        sents.append(f"The course was complicated by {joined}.")
    for _ in range(rng.choice([0, 1])):
        ds, dt = rng.choice([("negative ALK", "The tumour was negative for ALK rearrangement by FISH."),
                             ("no split signal", "FISH showed no split signal of ROS1."),
                             ("break-apart negative", "RET break-apart FISH was negative."),
                             ("wild-type list", "The tumour was wild-type for EGFR, KRAS and BRAF."),
                             ("prophylaxis", "Pegfilgrastim was given to prevent neutropenia."),
                             ("not observed", "No hepatotoxicity was observed."),
                             ("literature karyotype", "In published series, t(9;22) is reported in a few cases of this kind."),
                             ("IG translocation", "A t(14;18) was not found."),
                             ("amplification", "Sequencing showed MET amplification."),
                             ("point mutation", "A TP53 R248Q mutation was also detected."),
                             ("background", "This translocation is found in most cases of this disease."),
                             ("differential", "The differential diagnosis included lymphoma."),
                             ("family cancer", "His father had colon cancer.")])
        slots.setdefault("distractor", []).append(ds)
        sents.append(dt)
    sents.append(f"{pr} remains on follow-up.")
    return dict(text=" ".join(sents), slots=slots, diagnoses=dx, fusions=fusions, aes=aes,
                not_given=[slots["steroid"]] if "steroid" in slots else [])


DISTRACTORS = [
    ("lit AE rate", "In published series, grade 3 {ae} is reported in about 15% of patients on {drug}."),
    ("no grade>=3", "No grade ≥3 toxicity was observed."),
    ("tolerated well", "Treatment was otherwise well tolerated."),
    ("family cancer", "Her mother had been treated for breast cancer."),
    ("lit fusion", "Fusions involving {gene} occur in a small fraction of these tumours."),
    ("point mutation", "Sequencing also found a {gene} G1202R resistance mutation."),
    ("fusion-negative", "The tumour was negative for NTRK fusions by RNA sequencing."),
    ("metastasis site", "Staging showed liver and bone metastases."),
    ("amplification", "MET amplification and a TP53 R273H mutation were also reported."),
    ("differential", "The differential diagnosis had included {other_dx} and solitary fibrous tumour."),
    ("ruled out", "Immunohistochemistry excluded {other_dx}."),
    ("generic restated", "The tumour was staged with whole-body imaging before treatment."),
]


def narrative(rng: random.Random) -> dict:
    tumor = rng.choice(sorted(TUMORS))
    names, drug, fus = TUMORS[tumor]
    name = rng.choice(names)
    age, sex = rng.randint(19, 79), rng.choice(["man", "woman"])
    slots, sents = {}, []
    dx_slot = rng.choice(["plain", "plain", "revised", "biopsy confirmed"])
    slots["dx"] = dx_slot
    if dx_slot == "revised":
        sents.append(f"A {age}-year-old {sex} was initially diagnosed with a benign spindle cell lesion; on review of the "
                     f"biopsy the diagnosis was changed to {name}.")
    elif dx_slot == "biopsy confirmed":
        sents.append(f"A {age}-year-old {sex} presented with a painful mass. Biopsy confirmed {name}.")
    else:
        sents.append(f"We report a {age}-year-old {sex} with {name}.")
    fusions = []
    if fus and rng.random() < 0.7:
        s, t, exp = fusion_text(rng, *fus)
        slots["fusion"] = s
        fusions.append(exp)
        sents.append(rng.choice([f"Molecular testing revealed an {t}." if t[0] in "AEIOU" else f"Molecular testing revealed a {t}.",
                                 f"Next-generation sequencing identified {'an' if t[0] in 'AEIOU' else 'a'} {t}.",
                                 f"RNA sequencing of the tumour showed {'an' if t[0] in 'AEIOU' else 'a'} {t}."]))
    sents.append(f"She was started on {drug}." if sex == "woman" else f"He was started on {drug}.")
    n = rng.choice([1, 2, 3])
    labels = rng.sample(sorted(AES), n)
    aes, texts = [], []
    for lab in labels:
        s, t, exp = make_ae(rng, lab)
        slots.setdefault("ae", []).append(s)
        texts.append(t)
        aes.append(exp)
    ae_slot = rng.choice(["complicated by", "developed", "list sentence", "dose interruption"])
    slots["ae_frame"] = ae_slot
    joined = texts[0] if n == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]
    pr = "She" if sex == "woman" else "He"
    if ae_slot == "complicated by":
        sents.append(f"The course was complicated by {joined}.")
    elif ae_slot == "developed":
        sents.append(f"After the second cycle {pr.lower()} developed {joined}.")
    elif ae_slot == "list sentence":
        sents.append(f"Adverse events included {joined}.")
    else:
        sents.append(f"{drug.capitalize()} was interrupted because of {joined} and resumed at a reduced dose.")
    for _ in range(rng.choice([0, 1, 2])):
        high = any(g is not None and g >= 3 for _, g in aes) or any(w.startswith(("severe", "marked")) for w in texts)
        ds, dt = rng.choice([d for d in DISTRACTORS if not (high and d[0] == "no grade>=3")])
        other = rng.choice([a for a in sorted(AES) if a not in labels])
        slots.setdefault("distractor", []).append(ds)
        other_dx = rng.choice([n for t, v in sorted(TUMORS.items()) if t != tumor for n in v[0][:1]])
        sents.append(dt.format(ae=AES[other][0][0], drug=drug, gene=(fus or ("ALK", "ALK"))[1], other_dx=other_dx))
    sents.append(f"{pr} remains on follow-up.")
    return dict(text=" ".join(sents), slots=slots,
                diagnoses=[TUMOR_IDS[tumor.lower()]], fusions=fusions, aes=aes)


def expected_facts(n: dict):
    aes = {(AE_IDS[lab.lower()], g) for lab, g in n["aes"]}
    fus = {(GENE_IDS[a.lower()] if a else None, GENE_IDS[b.lower()] if b else None) for a, b in n["fusions"]}
    return set(n["diagnoses"]), fus, aes


def got_facts(case):
    dx = {d.concept.id for d in case.diagnoses}
    fus = {(f.five_prime.id if f.five_prime else None, f.three_prime.id if f.three_prime else None) for f in case.fusions}
    aes = {(a.concept.id, a.grade) for a in case.adverse_events}
    return dx, fus, aes


def compare(n: dict, case) -> list[str]:
    """what is wrong: 'dx', 'fusion', 'ae' with the difference"""
    want, got, out = expected_facts(n), got_facts(case), []
    for name, w, g in zip(("dx", "fusion", "ae"), want, got):
        if w != g:
            out.append(f"{name}: missing {sorted(w - g, key=str)} extra {sorted(g - w, key=str)}")
    given = {a.drug.label.lower() for t in case.treatments for a in t.administrations}
    wrong = sorted(d for d in n.get("not_given", []) if d in given)
    if wrong:
        out.append(f"drug: an AE's steroid given as a cancer drug {wrong}")
    return out


def sample(count: int, seed: int = 13, v2: bool = False) -> list[dict]:
    rng = random.Random(seed)
    make = narrative_v2 if v2 else narrative
    return [make(rng) for _ in range(count)]


# --- session 15 (v3) vocabulary: adverse events as case reports word them --------------------------------------
# Written blind to kg/rules, kg/extraction and kg/nlp (session 15, ae15). Expectations follow the gold conventions of
# benchmarks/gold/README.md: CTCAE v5.0 term names; a range keeps its worst grade; "mild"/"moderate"/"severe"/
# "life-threatening" accept no grade or CTCAE grade 1/2/3/4; a fatal event accepts no grade or 5; an ungraded event
# in a report that grades others is optional (the gold files disagree), while in a report that grades nothing an
# event the authors attribute to the treatment is an entry without a grade; a lab value without a grade accepts no
# grade or the grade its value has in CTCAE v5.0; AEs of a regimen list all of its drugs; radiotherapy AEs have no
# drug; negated AEs, the literature, a trial's rates, a drug's known risks and the tumour's own symptoms before any
# therapy are no AEs.

# AE label -> (ways of naming it, adjective for "X-induced"-style forms or None)
AES_V3 = {
    "Neutrophil count decreased": ["neutropenia", "neutropaenia", "low neutrophil counts", "decreased neutrophil count"],
    "Platelet count decreased": ["thrombocytopenia", "thrombocytopaenia", "low platelet count"],
    "Anemia": ["anaemia", "anemia"],
    "Febrile neutropenia": ["febrile neutropenia", "neutropenic fever"],
    "White blood cell decreased": ["leukopenia", "leucopenia"],
    "Lymphocyte count decreased": ["lymphopenia", "lymphocytopenia"],
    "Alanine aminotransferase increased": ["ALT elevation", "elevated alanine aminotransferase", "increased ALT"],
    "Aspartate aminotransferase increased": ["AST elevation", "elevated aspartate aminotransferase"],
    "Blood bilirubin increased": ["hyperbilirubinaemia", "hyperbilirubinemia", "raised bilirubin"],
    "Creatinine increased": ["increased serum creatinine", "creatinine elevation"],
    "Diarrhea": ["diarrhoea", "diarrhea"],
    "Nausea": ["nausea"],
    "Vomiting": ["vomiting", "emesis"],
    "Mucositis oral": ["oral mucositis", "stomatitis"],
    "Fatigue": ["fatigue", "asthenia"],
    "Anorexia": ["anorexia", "loss of appetite"],
    "Peripheral sensory neuropathy": ["peripheral sensory neuropathy", "sensory neuropathy"],
    "Rash acneiform": ["acneiform rash", "acneiform eruption"],
    "Rash maculo-papular": ["maculopapular rash", "maculopapular eruption"],
    "Palmar-plantar erythrodysesthesia syndrome": ["hand-foot syndrome", "palmar-plantar erythrodysaesthesia"],
    "Hypertension": ["hypertension", "arterial hypertension"],
    "Proteinuria": ["proteinuria"],
    "Pneumonitis": ["pneumonitis"],
    "Colitis": ["colitis"],
    "Hypothyroidism": ["hypothyroidism"],
    "Hyperglycemia": ["hyperglycaemia", "hyperglycemia"],
    "Hyponatremia": ["hyponatraemia", "hyponatremia"],
    "Hypokalemia": ["hypokalaemia", "hypokalemia"],
    "Thromboembolic event": ["pulmonary embolism", "deep vein thrombosis"],
    "Ejection fraction decreased": ["decreased left ventricular ejection fraction", "reduced ejection fraction"],
    "Electrocardiogram QT corrected interval prolonged": ["QTc prolongation", "QT interval prolongation"],
    "Infusion related reaction": ["infusion-related reaction", "infusion reaction"],
    "Anaphylaxis": ["anaphylaxis"],
    "Cystitis noninfective": ["haemorrhagic cystitis", "hemorrhagic cystitis"],
    "Constipation": ["constipation"],
    "Dysgeusia": ["dysgeusia"],
    "Arthralgia": ["arthralgia", "joint pain"],
    "Myalgia": ["myalgia"],
    "Edema limbs": ["peripheral oedema", "leg oedema"],
    "Lung infection": ["pneumonia"],
    "Sepsis": ["sepsis"],
    "Acute kidney injury": ["acute kidney injury"],
    "Tumor lysis syndrome": ["tumour lysis syndrome", "tumor lysis syndrome"],
    "Cytokine release syndrome": ["cytokine release syndrome"],
    "Hearing impaired": ["hearing loss", "sensorineural hearing loss"],
    "Lipase increased": ["lipase elevation", "elevated lipase"],
    "Pancreatitis": ["pancreatitis"],
    "Adrenal insufficiency": ["adrenal insufficiency"],
    "Myocarditis": ["myocarditis"],
    "Paronychia": ["paronychia"],
    "Pruritus": ["pruritus"],
    "Hypomagnesemia": ["hypomagnesaemia", "hypomagnesemia"],
    "Osteonecrosis of jaw": ["osteonecrosis of the jaw"],
    "Hemolytic uremic syndrome": ["haemolytic uraemic syndrome"],
    "Pleural effusion": ["pleural effusion"],
}
AES_V3 = {k: v for k, v in AES_V3.items() if k.lower() in AE_IDS}


def _ctcae_grades() -> dict[str, set[int]]:
    """CTCAE v5.0 term (lower case) -> the grades it defines (1-4; "-" cells are undefined), from ../shared"""
    path = TERMS.parent.parent.parent / "shared" / "terminology" / "ctcae" / "ctcae_v5.0_terms.tsv"
    if not path.exists():
        return {}
    with open(path, newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    cols = {g: next(c for c in rows[0] if c.startswith(f"Grade {g}")) for g in range(1, 5)}
    return {r["CTCAE Term"].strip().lower(): {g for g, c in cols.items() if (r[c] or "").strip() not in ("", "-")}
            for r in rows}


VALID_V3 = _ctcae_grades()


def valid(label: str, g: int) -> bool:
    return g in VALID_V3.get(label.lower(), {1, 2, 3, 4})


def pick_grade(rng, label, choices=(1, 2, 2, 3, 3, 3, 4)) -> int:
    ok = [g for g in choices if valid(label, g)]
    return rng.choice(ok or sorted(VALID_V3.get(label.lower(), {3})))
# labs: label -> (value text, its CTCAE v5.0 grade)
LABS_V3 = {
    "Neutrophil count decreased": [("an absolute neutrophil count of 0.3 x 10^9/L", 4), ("ANC 0.8 × 10⁹/L", 3),
                                   ("neutrophils of 1.1 x 10^9/L", 2), ("an ANC of 400/µL", 4)],
    "Platelet count decreased": [("platelets of 38 x 10^9/L", 3), ("a platelet count of 18,000/µL", 4),
                                 ("platelets 62 × 10⁹/L", 2)],
    "Anemia": [("haemoglobin 7.2 g/dL", 3), ("a hemoglobin of 9.1 g/dL", 2), ("Hb 68 g/L", 3)],
    "Alanine aminotransferase increased": [("ALT 6 times the upper limit of normal", 3), ("ALT of 4 × ULN", 2),
                                           ("alanine aminotransferase 25 x ULN", 4)],
    "Aspartate aminotransferase increased": [("AST 7 x ULN", 3), ("AST at 3.5 times ULN", 2)],
    "Blood bilirubin increased": [("total bilirubin 4 times the upper limit of normal", 3), ("bilirubin 2 x ULN", 2)],
    "Hyponatremia": [("serum sodium 122 mmol/L", 3), ("a sodium of 118 mEq/L", 4)],
    "Hypokalemia": [("potassium 2.8 mmol/L", 3), ("serum potassium of 2.3 mmol/L", 4)],
}
LABS_V3 = {k: v for k, v in LABS_V3.items() if k in AES_V3}
HAEM = ["Neutrophil count decreased", "Platelet count decreased", "Anemia", "Febrile neutropenia", "White blood cell decreased",
        "Lymphocyte count decreased"]
# tumour name -> (line-1 drugs (a regimen), line-2 drug or None, AE labels typical of each line)
TUMORS_V3 = [
    ("triple-negative breast cancer", ["carboplatin", "paclitaxel"], "sacituzumab govitecan"),
    ("HER2-positive breast cancer", ["trastuzumab", "docetaxel"], "trastuzumab deruxtecan"),
    ("hormone receptor-positive breast cancer", ["palbociclib", "letrozole"], "capecitabine"),
    ("metastatic colorectal cancer", ["oxaliplatin", "capecitabine"], "regorafenib"),
    ("rectal adenocarcinoma", ["fluorouracil", "irinotecan"], "cetuximab"),
    ("high-grade serous ovarian carcinoma", ["carboplatin", "paclitaxel"], "olaparib"),
    ("hepatocellular carcinoma", ["sorafenib"], "regorafenib"),
    ("metastatic melanoma", ["nivolumab", "ipilimumab"], "dabrafenib"),
    ("clear cell renal cell carcinoma", ["sunitinib"], "cabozantinib"),
    ("non-small cell lung cancer", ["carboplatin", "pemetrexed"], "docetaxel"),
    ("EGFR-mutant lung adenocarcinoma", ["osimertinib"], "carboplatin"),
    ("ALK-rearranged lung adenocarcinoma", ["alectinib"], "lorlatinib"),
    ("small cell lung cancer", ["cisplatin", "etoposide"], "topotecan"),
    ("urothelial carcinoma of the bladder", ["gemcitabine", "cisplatin"], "pembrolizumab"),
    ("metastatic castration-resistant prostate cancer", ["docetaxel"], "cabazitaxel"),
    ("pancreatic ductal adenocarcinoma", ["gemcitabine", "nab-paclitaxel"], "oxaliplatin"),
    ("gastric adenocarcinoma", ["cisplatin", "capecitabine"], "ramucirumab"),
    ("head and neck squamous cell carcinoma", ["cisplatin"], "cetuximab"),
    ("diffuse large B-cell lymphoma", ["rituximab", "cyclophosphamide", "doxorubicin", "vincristine"], "polatuzumab vedotin"),
    ("classical Hodgkin lymphoma", ["doxorubicin", "bleomycin", "vinblastine", "dacarbazine"], "brentuximab vedotin"),
    ("multiple myeloma", ["bortezomib", "lenalidomide"], "daratumumab"),
    ("acute myeloid leukaemia", ["cytarabine", "daunorubicin"], "venetoclax"),
    ("acute lymphoblastic leukaemia", ["vincristine", "asparaginase"], "blinatumomab"),
    ("chronic myeloid leukaemia", ["imatinib"], "dasatinib"),
    ("gastrointestinal stromal tumour", ["imatinib"], "sunitinib"),
    ("osteosarcoma", ["cisplatin", "doxorubicin", "methotrexate"], "ifosfamide"),
    ("Ewing sarcoma", ["vincristine", "doxorubicin", "cyclophosphamide"], "irinotecan"),
    ("neuroblastoma", ["cisplatin", "etoposide"], "dinutuximab"),
    ("glioblastoma", ["temozolomide"], "bevacizumab"),
    ("medullary thyroid carcinoma", ["vandetanib"], "selpercatinib"),
    ("differentiated thyroid carcinoma", ["lenvatinib"], "sorafenib"),
    ("cervical squamous cell carcinoma", ["cisplatin"], "pembrolizumab"),
    ("pleural mesothelioma", ["cisplatin", "pemetrexed"], "nivolumab"),
    ("inflammatory myofibroblastic tumour", ["crizotinib"], "alectinib"),
    ("anaplastic large cell lymphoma", ["brentuximab vedotin"], "crizotinib"),
]
PAEDIATRIC_V3 = ("lymphoblastic", "myeloid leukaemia", "osteosarcoma", "Ewing", "neuroblastoma", "Hodgkin",
                 "anaplastic large", "myofibroblastic", "glioblastoma")
PRONOUN = {"man": ("He", "his", "him"), "woman": ("She", "her", "her"), "boy": ("He", "his", "him"), "girl": ("She", "her", "her")}


def grade_v3(rng, g, allow_range=True):
    """(slot, before, after, accepted grades): how case reports write a CTCAE grade"""
    forms = [("grade N", f"grade {g} ", "", {g}), ("Grade N", f"Grade {g} ", "", {g}), ("GN", f"G{g} ", "", {g}),
             ("grade roman", f"grade {ROMAN[g]} ", "", {g}), ("(grade N) after", "", f" (grade {g})", {g}),
             ("(GN) after", "", f" (G{g})", {g}), ("CTCAE v5.0 grade N", f"CTCAE v5.0 grade {g} ", "", {g}),
             ("(grade N, CTCAE v4.03) after", "", f" (grade {g}, CTCAE v4.03)", {g}),
             ("grade N per CTCAE version 5", f"grade {g} ", " per CTCAE version 5.0", {g}),
             ("of grade N after", "", f" of grade {g}", {g})]
    if allow_range and g in (2, 3):
        forms += [("grade N-M", f"grade {g}-{g + 1} ", "", {g + 1}), ("grade N–M", f"grade {g}–{g + 1} ", "", {g + 1}),
                  ("grade N/M", f"grade {g}/{g + 1} ", "", {g + 1})]
    if g >= 3:
        forms += [("high-grade", "high-grade ", "", {None, 3, 4})]
    return rng.choice(forms)


SEVERITY_V3 = [("mild", "mild ", {None, 1}), ("moderate", "moderate ", {None, 2}), ("severe", "severe ", {None, 3}),
               ("life-threatening", "life-threatening ", {None, 4})]


def ae_item_v3(rng, label, graded=True, g=None):
    """one AE as written: dict(slot, text, label, grades, required); grades None = optional and ungraded"""
    word = rng.choice(AES_V3[label])
    if not graded:
        return dict(slot="ungraded", text=word, label=label, grades={None}, required=False)
    r = rng.random()
    if label in LABS_V3 and r < 0.25:
        value, lg = rng.choice(LABS_V3[label])
        if rng.random() < 0.5:
            return dict(slot="lab value with (grade N)", text=f"{word} ({value}; grade {lg})" if rng.random() < 0.5
                        else f"grade {lg} {word} ({value})", label=label, grades={lg}, required=True)
        return dict(slot="lab value without grade", text=f"{word} ({value})", label=label, grades={None, lg}, required=True)
    sev = [x for x in SEVERITY_V3 if valid(label, max(y for y in x[2] if y))]
    if r < 0.37 and sev:
        sl, pre, grades = rng.choice(sev)
        return dict(slot=f"severity {sl}", text=f"{pre}{word}", label=label, grades=grades, required=True)
    g = g or pick_grade(rng, label)
    sl, pre, post, grades = grade_v3(rng, g, allow_range=valid(label, g + 1))
    return dict(slot=sl, text=f"{pre}{word}{post}", label=label, grades=grades, required=True)


def _join(texts):
    return texts[0] if len(texts) == 1 else ", ".join(texts[:-1]) + " and " + texts[-1]


def _drugs(ds):
    return _join(ds)


# frames: how the report tells the event (slot, function(rng, ctx) -> (sentences, items))
def f_shared_grade(rng, c):
    """one grade shared by a list: "grade 3 neutropenia and thrombocytopenia" """
    pool = HAEM if rng.random() < 0.6 else sorted(AES_V3)
    g = rng.choice([2, 3, 3, 4])
    labels = rng.sample([l for l in pool if l in AES_V3 and valid(l, g)], rng.choice([2, 2, 3]))
    words = [rng.choice(AES_V3[l]) for l in labels]
    form = rng.choice(["grade N a and b", "GN a and b", "a and b (both grade N)", "a and b, all grade N", "grade N a, b and c",
                       "grade roman a and b"])
    if form == "GN a and b":
        text = f"G{g} {_join(words)}"
    elif form == "a and b (both grade N)":
        text = f"{_join(words)} ({'both' if len(words) == 2 else 'all'} grade {g})"
    elif form == "a and b, all grade N":
        text = f"{_join(words)}, {'both' if len(words) == 2 else 'all'} of grade {g}"
    elif form == "grade roman a and b":
        text = f"grade {ROMAN[g]} {_join(words)}"
    else:
        text = f"grade {g} {_join(words)}"
    verb = rng.choice(["developed", "experienced", "had", "suffered from", "was noted to have"])
    when = rng.choice(["After the second cycle", "During the first cycle", "On day 14", "Two weeks later", "Following cycle 3"])
    items = [dict(slot=f"shared grade: {form}", label=l, grades={g}, required=True) for l in labels]
    return [f"{when} {c['pr'].lower()} {verb} {text}."], items


def f_each_graded(rng, c):
    labels = rng.sample(sorted(AES_V3), rng.choice([2, 3]))
    its = [ae_item_v3(rng, l) for l in labels]
    lead = rng.choice(["Toxicities included", "Adverse events consisted of", "The main toxicities were",
                       f"{c['Pr']} experienced", f"{c['Pr']} developed", f"{c['Pr']} suffered",
                       f"{c['Pr']} was noted to have"])
    return [f"{lead} {_join([i['text'] for i in its])}."], its


def f_action(rng, c):
    """the event named by the action taken"""
    its = [ae_item_v3(rng, l) for l in rng.sample(sorted(AES_V3), rng.choice([1, 1, 2]))]
    ev = _join([i["text"] for i in its])
    d, D = c["drug_text"], c["drug_text"][0].upper() + c["drug_text"][1:]
    form, s = rng.choice([
        ("held for", f"{D} {'were' if len(c['drugs']) > 1 else 'was'} held for {ev}."),
        ("withheld because of", f"{D} {'were' if len(c['drugs']) > 1 else 'was'} withheld for one week because of {ev}."),
        ("dose reduced because of", f"The dose of {d} was reduced because of {ev}."),
        ("dose reduction for", f"A dose reduction of {d} was needed for {ev}."),
        ("interrupted owing to", f"{D} {'were' if len(c['drugs']) > 1 else 'was'} interrupted owing to {ev}."),
        ("temporarily interrupted due to", f"Treatment was temporarily interrupted due to {ev}."),
        ("discontinued due to", f"{D} {'were' if len(c['drugs']) > 1 else 'was'} permanently discontinued due to {ev}."),
        ("stopped after", f"{D} {'were' if len(c['drugs']) > 1 else 'was'} stopped after {c['pr2']} developed {ev}."),
        ("delayed because of", f"The third cycle was delayed by one week because of {ev}."),
        ("switched because of", f"Because of {ev}, {d} {'were' if len(c['drugs']) > 1 else 'was'} stopped."),
    ])
    for i in its:
        i["slot"] = f"action {form} / {i['slot']}"
    return [s], its


def f_transfusion(rng, c):
    lab = rng.choice([l for l in ("Anemia", "Platelet count decreased") if l in AES_V3])
    word = rng.choice(AES_V3[lab])
    kind = "red cell" if lab == "Anemia" else "platelet"
    if rng.random() < 0.5:
        g = rng.choice([3, 4])
        return ([f"{c['Pr']} required {kind} transfusions for grade {g} {word}."],
                [dict(slot="transfusion for grade N", label=lab, grades={g}, required=True)])
    value, lg = rng.choice(LABS_V3[lab])
    return ([f"{c['Pr']} required {kind} transfusion for {word} ({value}) after the second cycle."],
            [dict(slot="transfusion for lab value", label=lab, grades={None, lg, 3}, required=True)])


def f_complicated(rng, c):
    its = [ae_item_v3(rng, l) for l in rng.sample(sorted(AES_V3), rng.choice([1, 2]))]
    s = rng.choice([f"The course was complicated by {_join([i['text'] for i in its])}.",
                    f"The second cycle was complicated by {_join([i['text'] for i in its])}.",
                    f"{c['Pr2s']} treatment was complicated by {_join([i['text'] for i in its])}."])
    for i in its:
        i["slot"] = f"complicated by / {i['slot']}"
    return [s], its


def f_admitted(rng, c):
    its = [ae_item_v3(rng, l) for l in rng.sample(sorted(AES_V3), rng.choice([1, 2]))]
    s = rng.choice([f"Ten days after the first dose, {c['pr']} was admitted with {_join([i['text'] for i in its])}.",
                    f"{c['Pr']} was hospitalised with {_join([i['text'] for i in its])} on day 9.",
                    f"{c['Pr']} was readmitted for {_join([i['text'] for i in its])}."])
    for i in its:
        i["slot"] = f"admitted with / {i['slot']}"
    return [s], its


def f_presented_after(rng, c):
    it = ae_item_v3(rng, rng.choice(sorted(AES_V3)))
    s = rng.choice([f"{c['Pr']} presented with {it['text']} two weeks after starting {c['drug_text']}.",
                    f"Three weeks into treatment, {c['pr']} presented with {it['text']}.",
                    f"{c['Pr']} returned with {it['text']} 10 days after the first infusion."])
    it["slot"] = f"presented with after / {it['slot']}"
    return [s], [it]


def f_parentheses(rng, c):
    its = [ae_item_v3(rng, l) for l in rng.sample(sorted(AES_V3), rng.choice([1, 2]))]
    s = rng.choice([f"Treatment was poorly tolerated ({'; '.join(i['text'] for i in its)}).",
                    f"After two cycles (complicated by {_join([i['text'] for i in its])}), restaging was performed.",
                    f"{c['Pr']} received four cycles of {c['drug_text']} (toxicity: {', '.join(i['text'] for i in its)})."])
    for i in its:
        i["slot"] = f"parentheses / {i['slot']}"
    return [s], its


def f_table(rng, c):
    labels = rng.sample(sorted(AES_V3), rng.choice([2, 3]))
    sep = rng.choice([" | ", "\t"])
    head = sep.join(rng.choice([["Adverse event", "Grade", "Attribution"], ["Toxicity", "CTCAE grade", "Drug"],
                                ["Event", "Max grade", "Related to"]]))
    rows, its = [], []
    for l in labels:
        g = pick_grade(rng, l, (1, 2, 3, 4))
        w = rng.choice(AES_V3[l])
        d = rng.choice(c["drugs"])
        rows.append(sep.join([w[0].upper() + w[1:], rng.choice([str(g), f"G{g}", f"Grade {g}"]), d]))
        its.append(dict(slot="table row", label=l, grades={g}, required=True, drugs=[d]))
    return ["\n" + rng.choice(["Table 2. Adverse events", "Table 1: Toxicities", "Adverse events during treatment"]),
            head] + rows + [""], its


def f_ctcae_version(rng, c):
    its = [ae_item_v3(rng, l) for l in rng.sample(sorted(AES_V3), rng.choice([1, 2]))]
    intro = rng.choice(["Toxicity was graded according to CTCAE version 5.0.", "Adverse events were graded using CTCAE v4.03.",
                        "All events were graded with the NCI CTCAE (v5.0)."])
    s = f"{intro} {c['Pr']} developed {_join([i['text'] for i in its])}."
    for i in its:
        i["slot"] = f"after CTCAE version sentence / {i['slot']}"
    return [s], its


def f_dose_limiting(rng, c):
    l = rng.choice(sorted(AES_V3))
    w = rng.choice(AES_V3[l])
    if rng.random() < 0.5:
        g = pick_grade(rng, l, (3, 4))
        return ([rng.choice([f"Dose-limiting grade {g} {w} occurred during the first cycle.",
                             f"{c['Pr']} developed a dose-limiting toxicity, grade {g} {w}."])],
                [dict(slot="dose-limiting grade N", label=l, grades={g}, required=True)])
    return ([rng.choice([f"Dose-limiting {w} developed after the first cycle.", f"{w[0].upper() + w[1:]} was dose-limiting."])],
            [dict(slot="dose-limiting ungraded", label=l, grades={None, 3, 4}, required=True)])


def f_attribution(rng, c):
    l = rng.choice(sorted(AES_V3))
    d = c["drug_text"]
    it = ae_item_v3(rng, l)
    t = it["text"]
    form, s = rng.choice([
        ("attributed to", f"{c['Pr']} developed {t}, attributed to {d}."),
        ("considered related to", f"{t[0].upper() + t[1:]} occurred and was considered related to {d}."),
        ("secondary to", f"{c['Pr']} was found to have {t} secondary to {d}."),
        ("on drug", f"{c['Pr']} developed {t} on {d}."),
        ("while on drug", f"While on {d}, {c['pr']} had {t}."),
        ("probably caused by", f"The {t} was probably caused by {d}."),
    ])
    it["slot"] = f"attribution {form} / {it['slot']}"
    return [s], [it]


def f_induced(rng, c):
    l = rng.choice(sorted(AES_V3))
    drug = rng.choice(c["drugs"])
    g = pick_grade(rng, l, (2, 3, 4))
    w = rng.choice(AES_V3[l])
    how = rng.choice(["induced", "associated", "related"])
    form = rng.choice(["grade N X-induced Y", "X-induced Y (grade N)", "X-induced grade N Y"])
    if form == "grade N X-induced Y":
        t = f"grade {g} {drug}-{how} {w}"
    elif form == "X-induced Y (grade N)":
        t = f"{drug}-{how} {w} (grade {g})"
    else:
        t = f"{drug}-{how} grade {g} {w}"
    return ([f"{c['Pr']} developed {t}."], [dict(slot=f"X-{how}: {form}", label=l, grades={g}, required=True,
                                                  drugs=[drug])])


def f_apart_from(rng, c):
    l = rng.choice([l for l in sorted(AES_V3) if valid(l, 1) and valid(l, 2)])
    w = rng.choice(AES_V3[l])
    g, s = rng.choice([(1, f"Apart from grade 1 {w}, treatment was well tolerated."),
                       (2, f"Treatment was well tolerated except for grade 2 {w}."),
                       (1, f"{c['Pr']} tolerated {c['drug_text']} well, with only G1 {w}.")])
    return [s], [dict(slot="well tolerated apart from grade N", label=l, grades={g}, required=True)]


def f_fatal(rng, c):
    l = rng.choice([l for l in ("Sepsis", "Lung infection", "Pneumonitis", "Febrile neutropenia", "Myocarditis",
                                "Tumor lysis syndrome") if l in AES_V3])
    w = rng.choice(AES_V3[l])
    return ([rng.choice([f"{c['Pr']} died of {w} three weeks after the first dose.",
                         f"Despite intensive care, {c['pr']} developed fatal {w} on day 12.",
                         f"{c['Pr']} developed grade 5 {w}."])],
            [dict(slot="fatal", label=l, grades={None, 5}, required=True)])


FRAMES_V3 = [("shared grade", f_shared_grade), ("each graded", f_each_graded), ("action", f_action),
             ("transfusion", f_transfusion), ("complicated by", f_complicated), ("admitted with", f_admitted),
             ("presented after", f_presented_after), ("parentheses", f_parentheses), ("table", f_table),
             ("ctcae version", f_ctcae_version), ("dose-limiting", f_dose_limiting), ("attribution", f_attribution),
             ("X-induced", f_induced), ("apart from", f_apart_from), ("fatal", f_fatal)]

# negatives: (slot, sentence template, where) where = "case" | "baseline" | "discussion"
NEGATIVES_V3 = [
    ("no grade>=3", "No grade ≥3 toxicity was observed.", "case"),
    ("no grade 3 or 4 AEs", "There were no grade 3 or 4 adverse events.", "case"),
    ("well tolerated", "{Drug} was well tolerated.", "case"),
    ("without significant toxicity", "{Pr} tolerated {drug} without significant toxicity.", "case"),
    ("no dose reduction", "No dose reduction or interruption was required.", "case"),
    ("negated named AE", "No {ae} was observed during treatment.", "case"),
    ("did not develop", "{Pr} did not develop {ae}.", "case"),
    ("no evidence of", "There was no evidence of {ae} on repeated testing.", "case"),
    ("prophylaxis", "Allopurinol and hydration were given to prevent tumour lysis syndrome.", "case"),
    ("risk counselled", "{Pr} was counselled about the risk of {ae}.", "case"),
    ("monitored for", "{Pr} was monitored for {ae} with weekly blood counts.", "case"),
    ("baseline symptoms", "At presentation, {pr} reported fatigue, night sweats and loss of appetite.", "baseline"),
    ("baseline anaemia", "Before treatment, blood tests showed anaemia (haemoglobin 9.0 g/dL) and thrombocytopenia due to marrow infiltration.", "baseline"),
    ("baseline graded", "At diagnosis {pr} already had grade 2 {ae} related to the tumour.", "baseline"),
    ("lit rate", "In the registration trial, grade 3 or 4 {ae} occurred in 18% of patients treated with {drug}.", "discussion"),
    ("can cause", "{Drug} can cause {ae}.", "discussion"),
    ("known risk", "{ae_cap} is a known adverse effect of {drug}.", "discussion"),
    ("common AEs", "The most common adverse events reported with {drug} are diarrhoea, fatigue and rash.", "discussion"),
    ("previous reports", "Previous reports have described fatal {ae} with {drug}.", "discussion"),
    ("lit case", "Smith et al. reported a patient who developed grade 4 {ae} after two doses of {drug}.", "discussion"),
    ("trial rate in parentheses", "Rates of high-grade {ae} were low in trials (3%-5%).", "discussion"),
]


def narrative_v3(rng: random.Random) -> dict:
    tumor, line1, line2 = rng.choice(TUMORS_V3)
    sexes = ["woman"] if any(w in tumor for w in ("breast", "ovarian", "cervical")) else ["man"] if "prostate" in tumor \
        else ["man", "woman"]
    if any(w in tumor for w in PAEDIATRIC_V3):
        sexes = sexes + [{"man": "boy", "woman": "girl"}[x] for x in sexes]
    sex = rng.choice(sexes)
    age = rng.randint(4, 15) if sex in ("boy", "girl") else rng.randint(24, 81)
    Pr, pr2, pr3 = PRONOUN[sex]
    c = dict(Pr=Pr, pr=Pr.lower(), pr2=Pr.lower(), Pr2s=pr2.capitalize(), drugs=line1, drug_text=_drugs(line1))
    slots, neg_labels = {}, {}
    case, disc, items = [], [], []
    case.append(rng.choice([f"A {age}-year-old {sex} was diagnosed with {tumor}.",
                            f"We report a {age}-year-old {sex} with {tumor}.",
                            f"A {age}-year-old {sex} presented with {tumor}."]))
    ungraded_report = rng.random() < 0.15
    negs = rng.sample(NEGATIVES_V3, rng.choice([0, 1, 1, 2]))
    for slot, tmpl, where in negs:
        if where == "baseline":
            bl = rng.choice(HAEM[:3])
            case.append(tmpl.format(pr=c["pr"], ae=rng.choice(AES_V3[bl])))
            neg_labels[bl if "{ae}" in tmpl else slot] = slot
            slots.setdefault("negative", []).append(slot)
    case.append(rng.choice([f"{Pr} was started on {c['drug_text']}.", f"First-line treatment with {c['drug_text']} was started.",
                            f"{Pr} received {c['drug_text']}."]))
    line2_given = line2 and rng.random() < 0.5
    if ungraded_report:
        # a report that grades nothing: events the authors attribute to the treatment are entries without a grade
        l = rng.choice(sorted(AES_V3))
        w = rng.choice(AES_V3[l])
        d = rng.choice(line1)
        form, s = rng.choice([("ungraded X-induced", f"{Pr} developed {d}-induced {w}."),
                              ("ungraded attributed to", f"{Pr} developed {w}, which was attributed to {d}."),
                              ("ungraded secondary to", f"{w[0].upper() + w[1:]} secondary to {d} was diagnosed."),
                              ("ungraded stopped because of", f"{d[0].upper() + d[1:]} was stopped because of {w}.")])
        case.append(s)
        items.append(dict(slot=form, label=l, grades={None}, required=True, drugs=[d]))
        slots["frame"] = ["ungraded report"]
    else:
        fslot, fn = rng.choice(FRAMES_V3)
        s, its = fn(rng, c)
        for i in its:
            i.setdefault("drugs", list(line1))
        case.extend(s)
        items.extend(its)
        slots["frame"] = [fslot]
        if rng.random() < 0.3:   # an ungraded event beside graded ones: optional
            l = rng.choice([l for l in sorted(AES_V3) if l not in {i["label"] for i in items}])
            case.append(f"{Pr} also reported {rng.choice(AES_V3[l])}.")
            items.append(dict(slot="ungraded beside graded", label=l, grades={None}, required=False, drugs=list(line1)))
    if line2_given and "fatal" not in slots["frame"]:
        case.append(rng.choice([f"At progression, {c['pr']} was switched to {line2}.",
                                f"Second-line {line2} was then started.",
                                f"Owing to progression, treatment was changed to {line2}."]))
        if rng.random() < 0.7 and not ungraded_report:
            c2 = dict(c, drugs=[line2], drug_text=line2)
            fslot, fn = rng.choice([f for f in FRAMES_V3 if f[0] not in ("table", "fatal")])
            s, its = fn(rng, c2)
            if not {i["label"] for i in its} & {i["label"] for i in items}:   # one (label, grade) entry per report
                for i in its:
                    i.setdefault("drugs", [line2])
                    i["slot"] = "line 2: " + i["slot"]
                case.extend(s)
                items.extend(its)
                slots["frame"].append("line 2 " + fslot)
    for slot, tmpl, where in negs:
        if where == "baseline":
            continue
        used = {i["label"] for i in items}
        l = rng.choice([l for l in (HAEM if slot == "monitored for" else sorted(AES_V3)) if l not in used])
        w = rng.choice(AES_V3[l])
        hi = any(3 in i["grades"] or 4 in i["grades"] or 5 in i["grades"] for i in items if i["required"])
        if ungraded_report and "grade" in tmpl and where == "case":
            continue
        if slot in ("no grade>=3", "no grade 3 or 4 AEs", "well tolerated", "without significant toxicity", "no dose reduction") \
                and (hi or slots["frame"][0] in ("action", "transfusion", "dose-limiting", "fatal", "admitted with")):
            continue   # would contradict the narrative
        d = rng.choice(line1)
        text = tmpl.format(Pr=Pr, pr=c["pr"], drug=d, Drug=d[0].upper() + d[1:], ae=w, ae_cap=w[0].upper() + w[1:])
        (disc if where == "discussion" else case).append(text)
        neg_labels[l if "{ae}" in tmpl else slot] = slot
        slots.setdefault("negative", []).append(slot)
    if "fatal" not in slots["frame"]:
        case.append(rng.choice([f"{Pr} remains on follow-up.", "Restaging showed stable disease.", f"{Pr} is alive one year later."]))
    text = "Case presentation\n" + " ".join(x for x in case if not x.startswith("\n") and "|" not in x and "\t" not in x and x)
    # tables are their own lines
    if any(x.startswith("\n") for x in case):
        parts, buf = [], []
        for x in case:
            if x.startswith("\n") or "|" in x or "\t" in x or x == "":
                if buf:
                    parts.append(" ".join(buf))
                    buf = []
                if x:
                    parts.append(x.strip("\n"))
            else:
                buf.append(x)
        if buf:
            parts.append(" ".join(buf))
        text = "Case presentation\n" + "\n".join(parts)
    if disc:
        text += "\nDiscussion\n" + " ".join(disc)
    return dict(text=text, slots=slots, items=items, negatives=neg_labels, v3=True)


def compare_v3(n: dict, case) -> list[tuple[str, str]]:
    """(class, detail) of every difference: ('missing: SLOT', ...) for a required event not found with an accepted
    grade, ('extra: WHY', ...) for a predicted event no item accepts, ('drug: SLOT', ...) for a found event whose
    drugs differ (attribution; the scorer does not count it)"""
    got = [(a.concept.id, a.grade, sorted(d.label.lower() for d in a.drugs)) for a in case.adverse_events]
    out = []
    for i in n["items"]:
        aid = AE_IDS[i["label"].lower()]
        hits = [g for g in got if g[0] == aid and g[1] in i["grades"]]
        if i["required"] and not hits:
            near = [g[1] for g in got if g[0] == aid]
            out.append((f"missing: {i['slot']}", f"{i['label']} {sorted(i['grades'], key=str)}"
                        + (f" (found with grade {near})" if near else "")))
        elif hits and i["required"] and sorted(d.lower() for d in i.get("drugs", [])) != hits[0][2]:
            out.append((f"drug: {i['slot']}", f"{i['label']}: want {sorted(i.get('drugs', []))} got {hits[0][2]}"))
    by_id = {AE_IDS[k.lower()]: v for k, v in n["negatives"].items() if k.lower() in AE_IDS}
    for aid, g, drugs in got:
        if any(AE_IDS[i["label"].lower()] == aid and g in i["grades"] for i in n["items"]):
            continue
        mine = [i["slot"] for i in n["items"] if AE_IDS[i["label"].lower()] == aid]
        why = (f"wrong grade of {mine[0]}" if mine else f"from negative {by_id[aid]}" if aid in by_id
               else "from negative " + "+".join(n["slots"].get("negative", [])) if n["slots"].get("negative")
               else "unexplained")
        out.append((f"extra: {why}", f"{aid} grade {g}"))
    return out


def sample_v3(count: int, seed: int = 15) -> list[dict]:
    rng = random.Random(seed)
    return [narrative_v3(rng) for _ in range(count)]


def check_v3(count: int, seed: int = 15, show: bool = True):
    """runs ``count`` v3 narratives; returns (failing narratives, Counter of classes)"""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from kg.nlp import build_pipeline
    from rule_examples import case_of
    nlp = build_pipeline()
    classes, fails = Counter(), 0
    for k, n in enumerate(sample_v3(count, seed)):
        try:
            problems = compare_v3(n, case_of(nlp, n["text"]))
        except AssertionError as exc:
            problems = [("case", str(exc)[:120])]
        hard = [p for p in problems if not p[0].startswith("drug:")]
        fails += bool(hard)
        for cls, _ in problems:
            classes[cls] += 1
        if problems and show:
            print(f"#{k} {n['text']!r}\n   slots {n['slots']}\n   " + "\n   ".join(f"{c}: {d}" for c, d in problems))
    return fails, classes


def main(argv):
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 13
    v2 = "--v2" in argv
    if "--v3" in argv:
        seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 15
        if "--show" in argv:
            for n in sample_v3(int(argv[argv.index("--show") + 1]), seed):
                print(n["text"], "\n  ", n["slots"], [(i["label"], sorted(i["grades"], key=str), i["required"])
                                                     for i in n["items"]], "\n")
            return
        count = int(argv[argv.index("--check") + 1]) if "--check" in argv else 300
        fails, classes = check_v3(count, seed, show="--quiet" not in argv)
        print(f"\n{fails}/{count} narratives fail (label/grade; drug attribution listed apart)")
        for title, key in (("by frame", lambda c: c.split(" / ")[0]),
                           ("by grade wording", lambda c: c.split(": ", 1)[0] + ": " + c.split(" / ")[-1].split(": ")[-1])):
            agg = Counter()
            for c, k in classes.items():
                agg[key(c.replace("line 2: ", ""))] += k
            print(f"{title}:")
            for c, k in agg.most_common():
                print(f"  {k:4d}  {c}")
        return
    if "--show" in argv:
        for n in sample(int(argv[argv.index("--show") + 1]), seed, v2):
            print(n["text"], "\n  ", n["slots"], n["diagnoses"], n["fusions"], n["aes"], "\n")
        return
    count = int(argv[argv.index("--check") + 1]) if "--check" in argv else 150
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from kg.nlp import build_pipeline
    from rule_examples import case_of
    nlp = build_pipeline()
    by_slot, fails = Counter(), 0
    for i, n in enumerate(sample(count, seed, v2)):
        try:
            problems = compare(n, case_of(nlp, n["text"]))
        except AssertionError as exc:
            problems = [f"case: {exc}"]
        if problems:
            fails += 1
            flat = [f"{k}={v}" for k, vs in n["slots"].items() for v in (vs if isinstance(vs, list) else [vs])]
            for f in flat:
                by_slot[f] += 1
            print(f"#{i} {n['text']}\n   slots {flat}\n   " + "\n   ".join(problems))
    print(f"\n{fails}/{count} narratives fail")
    for s, c in by_slot.most_common(25):
        print(f"  {c:4d}  {s}")


if __name__ == "__main__":
    main(sys.argv[1:])
