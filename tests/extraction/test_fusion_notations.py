"""Fusion notations of issue #11 class 6 in made-up case narratives, one per wording: gene pairs with
'::', '-', '/', en dashes, exon brackets, translocations, 'fused to', a partner named apart ('with X as
partner'), variants and transcripts; and what is no fusion (a point mutation, an amplification, a fusion
named only as background)."""
import pytest

from narrative import report_cases


def fusions_of(nlp, narrative: str):
    (case,) = report_cases(nlp, narrative)
    return [((f.five_prime.label if f.five_prime else None), (f.three_prime.label if f.three_prime else None))
            for f in case.fusions]


CASES = [
 ("A 52-year-old man with lung adenocarcinoma; next-generation sequencing detected a TRIM24::BRAF fusion. He received trametinib.", [("TRIM24","BRAF")]),
 ("A 33-year-old woman had a spindle cell sarcoma harbouring an LMNA-NTRK1 rearrangement. Larotrectinib was started.", [("LMNA","NTRK1")]),
 ("A 60-year-old woman with cholangiocarcinoma. RNA-seq revealed FGFR2 fused to BICC1. Pemigatinib was given.", [("FGFR2","BICC1")]),
 ("A 45-year-old man with lung adenocarcinoma. Targeted RNA panel: SDC4 (exon 2)–ROS1 (exon 34). Crizotinib was given.", [("SDC4","ROS1")]),
 ("A 3-month-old boy had infantile fibrosarcoma with t(12;15)(p13;q25) ETV6-NTRK3. Larotrectinib was given.", [("ETV6","NTRK3")]),
 ("A 38-year-old woman with papillary thyroid carcinoma; a NCOA4/RET fusion was found. Selpercatinib was given.", [("NCOA4","RET")]),
 ("A 64-year-old man with lung adenocarcinoma; an in-frame fusion between exon 15 of KIF5B and exon 12 of RET was identified. Pralsetinib was started.", [("KIF5B","RET")]),
 ("A 41-year-old woman had lung adenocarcinoma with an ALK fusion (partner unknown). Alectinib was given.", [(None,"ALK")]),
 ("A 29-year-old man had an IMT; break-apart FISH showed ALK rearrangement. Crizotinib was given.", [(None,"ALK")]),
 ("A 70-year-old man with lung adenocarcinoma; sequencing found ALK F1174L. He received chemotherapy with carboplatin.", []),
 ("A 55-year-old woman with lung adenocarcinoma harbouring MET amplification received capmatinib.", []),
 ("A 50-year-old woman with lung adenocarcinoma; NGS showed a CD74-NRG1 gene fusion. Afatinib was given.", [("CD74","NRG1")]),
 ("A 57-year-old woman with secretory carcinoma of the breast; ETV6–NTRK3 fusion by RT-PCR. Entrectinib was given.", [("ETV6","NTRK3")]),
 ("A 44-year-old woman with lung adenocarcinoma; an EML4-ALK variant 3 (E6;A20) was found. Alectinib was started.", [("EML4","ALK")]),
 ("A 62-year-old man with AML; RT-PCR detected the PML-RARA transcript. He received ATRA and arsenic trioxide.", [("PML","RARA")]),
 ("A 58-year-old man with CML; BCR::ABL1 p210 transcript was detected. Imatinib was given.", [("BCR","ABL1")]),
 ("A 48-year-old man with glioblastoma; sequencing found FGFR3-TACC3. Erdafitinib was given.", [("FGFR3","TACC3")]),
 ("A 67-year-old man with lung adenocarcinoma; a rearrangement involving ROS1 was detected with GOPC as partner. Crizotinib was given.", [("GOPC","ROS1")]),
 ("A 36-year-old woman with lung adenocarcinoma; ALK fusions occur in 5% of such tumours. Her tumour had an EGFR L858R mutation and she received osimertinib.", []),
 ("A 40-year-old man had a mesenchymal tumour; sequencing revealed a fusion of TPM3 and NTRK1 (TPM3 exon 7, NTRK1 exon 10). Larotrectinib was given.", [("TPM3","NTRK1")]),
 ("A 61-year-old woman with lung cancer. The tumour was RET fusion-positive (CCDC6-RET). Selpercatinib was given.", [("CCDC6","RET")]),
 ("A 47-year-old woman; biopsy showed an inflammatory myofibroblastic tumour with a RANBP2-ALK fusion, an epithelioid variant. Crizotinib.", [("RANBP2","ALK")]),
]


@pytest.mark.parametrize("narrative,expected", CASES, ids=[c[0][:48] for c in CASES])
def test_extraction_fusion_notation(nlp, narrative, expected):
    assert fusions_of(nlp, narrative) == expected
