"""kg/nlp/fusion.py with the shipped terms: fusion notation, partner order from the known CIViC/MOA
fusions, and fusions that are not the patient's. Sentences are our own."""
import pytest

from kg.nlp.fusion import KnownFusions, known_fusions


def test_known_fusions_orders_pairs_and_roles():
    k = KnownFusions({("EML4", "ALK"), ("FGFR3", "TACC3"), ("SQSTM1", "NTRK1")})
    assert k.in_order("EML4", "ALK") and not k.in_order("ALK", "EML4")     # written the other way round
    assert k.in_order("FGFR3", "TACC3") and not k.in_order("TACC3", "FGFR3")  # the kinase is 5' here
    assert not k.in_order("ALK", "SQSTM1")    # unknown pair: ALK is only ever the 3' partner
    assert k.in_order("FOO1", "BAR2")         # nothing known: as written
    assert k.known("ALK", "EML4") and not k.known("ALK", "ROS1")


def test_shipped_known_fusions_hold_the_common_ones():
    k = known_fusions()
    for pair in [("EML4", "ALK"), ("ETV6", "NTRK3"), ("FGFR3", "TACC3"), ("CD74", "ROS1"), ("BCR", "ABL1"),
                 ("KIF5B", "RET"), ("EWSR1", "FLI1")]:
        assert pair in k.pairs, pair
    assert ("ALK", "EML4") not in k.pairs


def fusions(nlp, text):
    out = []
    for e in nlp(text).ents:
        if e.label_ == "FUSION":
            f = e._.fusion
            out.append(("::".join((f[s] or {}).get("label") or "null" for s in ("five_prime", "three_prime")),
                        bool(f.get("not_patient"))))
    return out


@pytest.mark.parametrize("text,expected", [
    # exon-annotated partners
    ("RNA sequencing showed an ETV6 exon 5::NTRK3 exon 15 fusion.", "ETV6::NTRK3"),
    ("The tumour carried an EML4 (exon 13)–ALK (exon 20) fusion.", "EML4::ALK"),
    ("Sequencing revealed EML4(e6)::ALK(e20).", "EML4::ALK"),
    ("A KIF5B(K15)-RET(R12) transcript was detected.", "KIF5B::RET"),
    ("RT-PCR identified the E20;A20 variant.", "EML4::ALK"),
    # variants, separators, web-text dashes
    ("She had an EML4-ALK variant 3a fusion.", "EML4::ALK"),
    ("A CCDC6/RET rearrangement was found.", "CCDC6::RET"),
    ("NGS found CD74::ROS1.", "CD74::ROS1"),
    ("RNA-seq found a TPM3\u2010NTRK1 fusion.", "TPM3::NTRK1"),
    ("Sequencing identified an EML4 \u2013 ALK fusion.", "EML4::ALK"),
    ("FISH detected a BCR/ABL fusion.", "BCR::ABL1"),
    # a single colon, as glioma reports write it: a known pair or a fusion word
    ("The pilocytic astrocytoma carried a KIAA1549:BRAF fusion.", "KIAA1549::BRAF"),
    ("RNA sequencing found KIAA1549:BRAF in the cerebellar tumour.", "KIAA1549::BRAF"),
    ("A novel SND1:BRAF fusion transcript was found.", "SND1::BRAF"),
    # an earlier symbol of a partner (HGNC previous symbol FKHR of FOXO1)
    ("RT-PCR of the orbital tumour showed the PAX3-FKHR transcript.", "PAX3::FOXO1"),
    # partners in words
    ("RNA sequencing showed a fusion between LMNA and NTRK1.", "LMNA::NTRK1"),
    ("Exome data showed that ETV6 was fused in-frame to NTRK3.", "ETV6::NTRK3"),
    # partner order: the known fusion's order wins; a kinase known only as 3' is not 5'
    ("NGS detected an ALK-EML4 fusion.", "EML4::ALK"),
    ("The tumour harboured an NTRK3-ETV6 rearrangement.", "ETV6::NTRK3"),
    ("A TACC3-FGFR3 fusion was present.", "FGFR3::TACC3"),
    ("An FGFR3-TACC3 fusion was present.", "FGFR3::TACC3"),   # kinase as the 5' partner
    ("RNA-seq revealed a novel ALK-SQSTM1 fusion.", "SQSTM1::ALK"),
    # one partner
    ("The tumour was ALK-rearranged.", "null::ALK"),
    ("Immunohistochemistry showed an ALK-positive tumour.", "null::ALK"),
    # a rearranged non-kinase is the 3' partner too, unless CIViC/MOA name it only as a 5' partner
    ("Break-apart FISH showed TFE3 rearrangement in 74% of nuclei.", "null::TFE3"),
    ("The carcinoma was MAML2-rearranged.", "null::MAML2"),
    ("FISH showed an EWSR1 rearrangement.", "EWSR1::null"),
    # a fusion word vouches for a rare partner of a gene CIViC/MOA do not pair it with
    ("RT-PCR confirmed a CRTC1-MAML2 fusion transcript.", "CRTC1::MAML2"),
    ("Sequencing showed a NAB2::STAT6 fusion.", "NAB2::STAT6"),
])
def test_fusion_notation(nlp, text, expected):
    assert [f for f, _ in fusions(nlp, text)] == [expected]


def test_a_ratio_written_with_a_colon_is_no_fusion(nlp):
    assert fusions(nlp, "The HER2:CEP17 ratio was 1.4 and the EGFR:CEP7 ratio 1.1.") == []


def test_two_fusions_in_one_bracket(nlp):
    assert fusions(nlp, "Sequencing showed two fusions (EML4-ALK and KIF5B-RET).") == [
        ("EML4::ALK", False), ("KIF5B::RET", False)]


def test_reciprocal_fusion_is_the_same_fusion(nlp):
    assert {f for f, _ in fusions(nlp, "Both EML4-ALK and the reciprocal ALK-EML4 transcript were found.")} == {
        "EML4::ALK"}


@pytest.mark.parametrize("text", [
    "Sequencing found ALK R1275Q.",
    "NGS detected an FGFR3 S249C mutation.",
    "FISH showed MET amplification.",
    "NTRK fusions occur in many tumour types.",
    "Next-generation sequencing showed an EGFR \u2013 KRAS co-mutation.",   # spaced dash, no known pair, no cue
    "Tumour cells were ALK/ROS1-negative.",
    "Rearrangements of ALK and ROS1 were looked for.",                 # a list, not a pair
    "The CRTC1-MAML2 region was amplified by PCR.",                    # rare partner, no fusion word
])
def test_not_fusions(nlp, text):
    assert [f for f, _ in fusions(nlp, text) if "::null" not in f and not f.startswith("null::")] == []


@pytest.mark.parametrize("text,flags", [
    ("The H3122 cell line, which carries EML4-ALK, was sensitive to crizotinib.", [True]),
    ("NIH3T3 cells transfected with CD74-ROS1 formed colonies.", [True]),
    ("Our patient and one other sample had SDC4-ROS1, whereas four samples had CD74-ROS1.", [False, True]),
    ("Unlike most IMTs, which carry ALK rearrangements, this tumour was not tested.", [True]),
    ("Our patient's tumour, unlike most IMTs, carried a ROS1 fusion.", [False]),
])
def test_fusions_of_cell_lines_samples_and_tumour_types_are_not_the_patients(nlp, text, flags):
    assert [flag for _, flag in fusions(nlp, text)] == flags


@pytest.mark.parametrize("text", [
    # one gene's transcript is its expression, not a rearrangement (silver review of real abstracts)
    "Quantitative PCR showed a threefold rise of the WT1 transcript in marrow.",
    "Northern blots found a truncated NF1 transcript in the proband's fibroblasts.",
    "Reverse transcription of the PTEN transcripts from blood revealed exon skipping.",
    # a slash list of genes tested for point mutations is no pair (one partner a kinase)
    "Paired nodules were compared by EGFR/KRAS mutation testing.",
    "Both melanomas were BRAF/NRAS-mutant on sequencing.",
])
def test_single_gene_transcripts_and_mutation_lists_are_no_fusions(nlp, text):
    assert fusions(nlp, text) == []


@pytest.mark.parametrize("text", [
    "After two cycles the NPM1 transcripts had fallen by four log in the blood.",
    "WT1 transcript levels were monitored monthly after transplant.",
])
def test_one_genes_transcripts_are_its_expression_not_a_fusion(nlp, text):
    assert fusions(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("RT-PCR detected an ALK fusion transcript in the biopsy.", "null::ALK"),
    ("A BCR-ABL1 transcript was quantified every three months.", "BCR::ABL1"),
])
def test_fusion_words_still_name_a_fusion_beside_a_transcript(nlp, text, expected):
    assert [f for f, _ in fusions(nlp, text)] == [expected]


# session 14 (phr14ae): karyotype notation stated for the tumour, older partner symbols, break-apart wordings
@pytest.mark.parametrize("text,expected", [
    ("Marrow cytogenetics of the 61-year-old showed 46,XX,t(9;22)(q34;q11.2)[20].", "BCR::ABL1"),
    ("The promyelocytes carried t(15;17)(q24.1;q21.2) and arsenic was started.", "PML::RARA"),
    ("Metaphases of the boy's marrow showed inv(16)(p13.1q22).", "CBFB::MYH11"),
    ("The lymph node karyotype included t(2;5)(p23;q35).", "NPM1::ALK"),
    ("Her leukaemia carried t(12;21) on FISH.", "ETV6::RUNX1"),
    ("RT-PCR of the marrow detected the TEL-AML1 transcript.", "ETV6::RUNX1"),
    ("Nested PCR found AML1-ETO in the blasts at diagnosis.", "RUNX1::RUNX1T1"),
    ("RT-PCR of the infant's blasts found the MLL-AF4 fusion transcript.", "KMT2A::AFF1"),
    ("Quantitative PCR of PML-RARalpha was negative after consolidation.", "PML::RARA"),
    ("The PML/RARα transcript was of the bcr3 type.", "PML::RARA"),
    ("In the pleural fluid cell block, ROS1 break-apart FISH was positive.", "null::ROS1"),
    ("Sequencing showed a fusion between CD74 exon 6 and ROS1 exon 34.", "CD74::ROS1"),
])
def test_session14_fusion_wordings(nlp, text, expected):
    assert [f for f, _ in fusions(nlp, text)] == [expected]


@pytest.mark.parametrize("text", [
    "The follicular lymphoma carried t(14;18)(q32;q21).",     # an IG translocation: no two genes fused
    "A t(11;14) was found in the mantle cell lymphoma.",
    "The Ewing tumour had a t(11;22) on karyotype.",          # no bands: FLI1 or WT1 is not said
    "RET break-apart FISH was negative in the thyroid nodule.",
])
def test_translocations_and_results_that_name_no_fusion(nlp, text):
    assert fusions(nlp, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Quantitative PCR still found CBFB-MYH11 transcripts in the marrow.", "CBFB::MYH11"),
    ("An ALK rearrangement was confirmed by FISH.", "null::ALK"),
])
def test_pair_transcripts_and_single_partner_rearrangements_stay_fusions(nlp, text, expected):
    assert [f for f, _ in fusions(nlp, text)] == [expected]


@pytest.mark.parametrize("text,expected", [
    # the partner named in the next sentence
    ("FISH showed a ROS1 rearrangement. RNA sequencing then identified CD74 as the fusion partner.", [("CD74", "ROS1")]),
    ("A ROS1 rearrangement was found by FISH. Next-generation sequencing showed fusion to the EZR gene.", [("EZR", "ROS1")]),
    ("RET was rearranged with KIF5B as the partner.", [("KIF5B", "RET")]),
    # no partner: an unrelated next sentence, a partner not determined, a partner said of such fusions in general
    ("FISH showed a ROS1 rearrangement. RNA sequencing also found a KRAS G12C mutation.", [(None, "ROS1")]),
    ("ALK was rearranged. The fusion partner could not be identified.", [(None, "ALK")]),
    ("An ALK rearrangement was detected; fusion with EML4 is the most common form in lung cancer.", [(None, "ALK")]),
    # the next sentence names its own fusion: its partner is not lent to the first one
    ("FISH showed an ALK rearrangement. A second biopsy found a CD74-ROS1 fusion, with SLC34A2 as a minor partner.",
     [(None, "ALK"), ("CD74", "ROS1")]),
    # a gene said not to be rearranged, amplified or mutated is no fusion
    ("The EGFR gene was amplified, MET was amplified and ALK was not rearranged.", []),
])
def test_a_partner_named_apart_from_its_rearrangement(nlp, text, expected):
    spans = [e for e in nlp(text).ents if e.label_ == "FUSION"]
    got = [tuple((e._.fusion[side] or {}).get("label") for side in ("five_prime", "three_prime")) for e in spans]
    assert got == expected, [(e.text, g) for e, g in zip(spans, got)]


@pytest.mark.parametrize("text,expected", [
    # drug33 (session 33): one gene told rearranged by an adjective before it or "translocated" after it, or by a
    # positive FISH of a kinase whose FISH is a break-apart probe: the kinase-only fusion, partner unnamed
    ("The biopsy showed a rearranged ALK gene in 40% of nuclei.", ["null::ALK"]),
    ("Translocated ROS1 was found on break-apart FISH.", ["null::ROS1"]),
    ("She had ALK-translocated adenocarcinoma of the lung.", ["null::ALK"]),
    ("ALK FISH was positive, and alectinib was begun.", ["null::ALK"]),
    ("A positive RET FISH was reported by the laboratory.", ["null::RET"]),
    ("ALK FISH was negative and EGFR was wild-type.", []),
    ("HER2 FISH was positive with a ratio of 3.8.", []),
    ("The rearranged karyotype also showed a 5q deletion.", []),
])
def test_kinase_told_rearranged_by_an_adjective_or_its_fish(nlp, text, expected):
    assert [f for f, _ in fusions(nlp, text)] == expected
