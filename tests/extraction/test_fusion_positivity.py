"""'ALK-positive IMT' names an ALK fusion with an unnamed partner; HER2/EGFR positivity does not."""
from kg.extraction.extract import extract_report
from kg.nlp import build_pipeline
from kg.readers import read_bytes


def fusions_of(title: str, narrative: str):
    text = f"{title}: Case Report\n\nCASE PRESENTATION\n\n{narrative}\n"
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), build_pipeline()).cases
    return [((f.five_prime.label if f.five_prime else None), f.three_prime.label) for f in case.fusions]


def test_extraction_alk_positive_is_an_alk_fusion_with_unknown_partner():
    got = fusions_of("Crizotinib in a Child With ALK-Positive Inflammatory Myofibroblastic Tumor",
                     "A 9-year-old girl had an inflammatory myofibroblastic tumor; immunohistochemistry was "
                     "positive for ALK and negative for ROS1. She received crizotinib in June 2020.")
    assert got == [(None, "ALK")]


def test_extraction_named_partner_absorbs_positivity_and_her2_is_not_a_fusion():
    got = fusions_of("Lung Adenocarcinoma in a Never Smoker",
                     "A 50-year-old woman had HER2-positive breast cancer in 2010. In 2020 a lung adenocarcinoma "
                     "was ROS1-positive by immunohistochemistry and sequencing found a CD74-ROS1 fusion.")
    assert got == [("CD74", "ROS1")]


def test_extraction_organ_level_title_defers_to_the_narrative_subtype():
    text = ("Osimertinib After Chemo-Immunotherapy in EGFR-Mutant Lung Cancer: Case Report\n\nCASE PRESENTATION\n\n"
            "In March 2020, a 63-year-old woman was diagnosed with stage IV lung adenocarcinoma. She received "
            "carboplatin and pemetrexed.\n")
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), build_pipeline()).cases
    assert [d.concept.label.lower() for d in case.diagnoses] == ["lung adenocarcinoma"]


def test_extraction_rare_partner_of_a_kinase_is_resolved_from_hgnc():
    got = fusions_of("ROS1-Rearranged Lung Adenocarcinoma",
                     "A 41-year-old woman had lung adenocarcinoma; RNA sequencing found an EZR-ROS1 fusion. "
                     "She received crizotinib in 2019.")
    assert got == [("EZR", "ROS1")]


def test_nlp_partner_only_genes_are_not_gene_mentions():
    from kg.nlp.terms_index import get_index

    index = get_index("default")
    assert index.partner_id("NCOA4") == "HGNC:7671" and "NCOA4" not in index.gene_symbols
    doc = build_pipeline()("EZR staining was positive and NCOA4 was expressed.")
    assert [e.text for e in doc.ents if e.label_ in ("GENE", "FUSION")] == []


def test_extraction_negation_does_not_cross_a_semicolon():
    got = fusions_of("Lung Adenocarcinoma", "A 50-year-old woman had lung adenocarcinoma. FISH for ALK rearrangement "
                     "was negative; NGS revealed a ROS1 fusion. She received crizotinib in 2019.")
    assert got == [(None, "ROS1")]


def test_extraction_negated_fusion_list_stays_negated():
    assert fusions_of("Lung Adenocarcinoma", "A 50-year-old woman had lung adenocarcinoma. No ALK, ROS1 or RET "
                      "fusions were detected. She received carboplatin in 2019.") == []


def test_extraction_tumor_negative_for_markers_is_still_the_diagnosis():
    text = ("Lung Cancer: Case Report\n\nCASE PRESENTATION\n\nA 50-year-old woman had lung adenocarcinoma negative "
            "for EGFR mutations and ALK rearrangement. A KIF5B-RET fusion was identified.\n")
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), build_pipeline()).cases
    assert [d.concept.label.lower() for d in case.diagnoses] == ["lung adenocarcinoma"]
    assert [(f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("KIF5B", "RET")]


def test_extraction_kinase_stained_or_amplified_is_no_fusion():
    # session 18: a kinase's positivity beside staining or FISH words is its expression or amplification
    got = fusions_of("Trastuzumab Deruxtecan in Oesophageal Adenocarcinoma",
                     "A 58-year-old woman had an oesophageal adenocarcinoma that was HER2-positive by IHC (score 3+); "
                     "RNA sequencing found no fusion. She received trastuzumab deruxtecan in May 2023.")
    assert got == []
    got = fusions_of("Capmatinib in a Smoker With Lung Cancer",
                     "A 70-year-old man had a lung adenocarcinoma that was MET-positive by FISH, with a MET to CEP7 "
                     "ratio of 6. He received capmatinib from January 2022.")
    assert got == []


def test_extraction_kinase_positive_beside_its_rearrangement_is_still_a_fusion():
    got = fusions_of("Pemigatinib in Intrahepatic Cholangiocarcinoma",
                     "A 47-year-old man had an intrahepatic cholangiocarcinoma; it was FGFR2-positive, and a "
                     "rearrangement was confirmed by RNA sequencing. He received pemigatinib in 2022.")
    assert got == [(None, "FGFR2")]
