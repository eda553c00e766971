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


def main(argv):
    seed = int(argv[argv.index("--seed") + 1]) if "--seed" in argv else 13
    v2 = "--v2" in argv
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
