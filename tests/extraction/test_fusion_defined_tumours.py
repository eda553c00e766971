"""A tumour the case names only by its defining fusion ("a small round cell tumour ... EWSR1::WT1
fusion"): the diagnosis is the entity the fusion defines (ontology/fusions/fusion_tumors.tsv), and
only when the text names no specific tumour. Texts are made up for this test."""
import pytest
from rule_examples import case_of


TEXTS = {
    # a generic tumour word, the fusion in another sentence
    "dsrct.txt": ("A 22-year-old man presented with abdominal pain. CT showed multiple peritoneal nodules. "
                  "Biopsy showed a small round cell tumour with desmin and keratin expression, and RT-PCR "
                  "detected an EWSR1::WT1 fusion transcript. He received vincristine, doxorubicin and "
                  "cyclophosphamide in May 2021.", ["desmoplastic small-round-cell tumor"]),
    # no tumour word at all, the fusion in hyphen notation
    "ewing.txt": ("A 12-year-old girl had pain in the left tibia for three months. The biopsy specimen was "
                  "positive for CD99, and sequencing identified an EWSR1-FLI1 rearrangement. Chemotherapy "
                  "with vincristine, ifosfamide and etoposide was started in 2020.", ["ewing sarcoma"]),
    # "sarcoma" only: the fusion says which one
    "synovial.txt": ("A 30-year-old woman had a mass behind the knee. Pathology reported a high-grade "
                     "sarcoma; FISH and RNA sequencing found an SS18-SSX2 fusion. She was treated with "
                     "ifosfamide and doxorubicin in 2019.", ["synovial sarcoma"]),
    # counter-example: the text names the tumour more specifically than the fusion table would
    "named.txt": ("A 26-year-old man was diagnosed with extraskeletal Ewing sarcoma of the chest wall; "
                  "RT-PCR showed an EWSR1-ERG fusion. He received vincristine and doxorubicin in 2022.",
                  None),
    # a fusion several entities share: the organ the case states tells which (fusion_site_tumors.tsv)
    "parotid.txt": ("A 47-year-old man had a painless swelling of the right parotid gland for two years. "
                    "Superficial parotidectomy showed a low-grade carcinoma with eosinophilic secretions; "
                    "RNA sequencing found an ETV6::NTRK3 fusion. Lung nodules appeared in 2023 and "
                    "larotrectinib was started.", ["mammary analogue secretory carcinoma"]),
    "kidney.txt": ("A boy of 6 weeks had a renal mass found on a prenatal scan. Nephrectomy showed a cellular "
                   "spindle cell neoplasm, and FISH detected an ETV6-NTRK3 rearrangement. No further treatment "
                   "was given.", ["congenital mesoblastic nephroma"]),
    # counter-example: two organs of the site table in the case leave the tumour generic
    "two_sites.txt": ("A 40-year-old woman had swellings in the breast and in the parotid gland. A core biopsy "
                      "showed a carcinoma with an ETV6::NTRK3 fusion, and she received entrectinib in 2022.",
                      ["carcinoma"]),
    # counter-example: a fusion that defines no single tumour entity leaves the diagnosis alone
    "lung.txt": ("A 55-year-old woman was diagnosed with lung adenocarcinoma; sequencing showed an "
                 "EML4-ALK fusion and she started alectinib in 2021.", ["lung adenocarcinoma"]),
    # session 18: a name that tells the tumour's cells only (MORPHOLOGY_ONLY) gives way to the fusion's entity too
    "round_cell.txt": ("A 27-year-old man had a rapidly growing mass of the thigh. The biopsy showed an "
                       "undifferentiated round cell sarcoma, and RNA sequencing found a CIC::DUX4 fusion. He "
                       "received doxorubicin and ifosfamide in 2023.", ["cic-rearranged sarcoma"]),
    "spindle.txt": ("A 35-year-old woman had a slowly growing mass in the deep thigh. Excision showed a bland "
                    "spindle cell sarcoma with a myxoid stroma; FISH detected an FUS-CREB3L2 rearrangement. Lung "
                    "metastases were treated with pazopanib in 2022.", ["low-grade fibromyxoid sarcoma"]),
    # ... and a family name whose entity the fusion names ("liposarcoma" + FUS::DDIT3)
    "family_lipo.txt": ("A 44-year-old woman had a deep mass of the thigh. The resection showed a liposarcoma, and "
                        "RT-PCR found a FUS-DDIT3 fusion transcript. She received doxorubicin for lung metastases in "
                        "2022.", ["myxoid/round-cell liposarcoma"]),
    "family_rms.txt": ("A 9-year-old boy had a mass of the forearm. Biopsy showed a rhabdomyosarcoma with a "
                       "PAX7::FOXO1 fusion on RNA sequencing. He received vincristine, dactinomycin and "
                       "cyclophosphamide in 2020.", ["alveolar rhabdomyosarcoma"]),
    "liver_vascular.txt": ("A 41-year-old woman had multiple small liver nodules. Biopsy showed a vascular "
                           "neoplasm, and RNA sequencing detected a WWTR1::CAMTA1 fusion. She started "
                           "sirolimus in 2021.", ["epithelioid hemangioendothelioma"]),
}


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_a_tumour_told_only_by_its_fusion_is_the_entity_the_fusion_defines(nlp, name):
    text, expected = TEXTS[name]
    case = case_of(nlp, "Case Report\n\nCASE PRESENTATION\n\n" + text + "\n")
    labels = [d.concept.label.lower() for d in case.diagnoses]
    if expected is None:  # the text's own specific tumour stays
        assert labels and all("ewing" in x for x in labels), labels
    else:
        assert labels == expected
