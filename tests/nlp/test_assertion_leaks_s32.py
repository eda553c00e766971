"""Session 32 (leak32): made-up whole reports whose drugs not given are told in the ways the literature leaks of the
opened pages were (benchmarks/gold/opened.json), in other wordings and tumours: a plan told as the purpose of a given
line, a regimen whose parentheses spell out its drugs, a combination joined by a hyphen, an alternative beside the drug
chosen, a plan refused later in its own sentence, a relative's treatment after a sentence adverb, a screening that found
the patient ineligible, a drug set aside, a salvage 'therefore not needed', a fallback arranged as the next step. Each
report also names drugs that were given: they must stay given."""
from __future__ import annotations

import pytest

from tests.rule_examples import check_drugs

RHABDO = """Consolidation that never came: alveolar rhabdomyosarcoma of the forearm in a 15-year-old girl

Case presentation
A 15-year-old girl presented with a painless swelling of the left forearm that had grown over two months. MRI showed a
7-cm mass of the flexor compartment, and a core biopsy showed alveolar rhabdomyosarcoma with a PAX3::FOXO1 fusion.
PET-CT found two lung nodules and involvement of the iliac marrow.
She received vincristine, dactinomycin and cyclophosphamide (VAC) alternating with vincristine and irinotecan from
March 2021. After nine cycles, CT showed a partial response of the primary and the lung nodules had gone.
In October 2021 the lung nodules returned. Second-line vinorelbine and low-dose oral cyclophosphamide was started in
November 2021, with the intention of consolidating any response with high-dose treosulfan-melphalan and an autologous
stem cell rescue.
The disease progressed in the bones after three months, and she was moved to palliative care.
Of note, her younger brother had been treated in another hospital for chronic myeloid leukaemia with imatinib and later
dasatinib, and remains in remission.
She died in April 2022.

Discussion
Metastatic alveolar rhabdomyosarcoma remains a disease with a poor outcome. In the EpSSG trial, maintenance with
vinorelbine and cyclophosphamide improved survival after standard therapy. High-dose chemotherapy has not shown a
clear benefit in retrospective series, and we planned it only because the relapse came late. Our patient relapsed
within a year of diagnosis and progressed during second-line treatment, so the planned consolidation was never given.
The family history is unrelated: chronic myeloid leukaemia is not part of a known predisposition syndrome with
rhabdomyosarcoma, and germline testing of our patient found no TP53 variant.
"""

GASTRIC = """Sarcoidosis mistaken for nodal relapse in a man treated for gastric cancer

Abstract
A 63-year-old man had a distal gastrectomy in 2018 for a pT2N1 gastric adenocarcinoma, followed by adjuvant capecitabine
and oxaliplatin for six months. In 2022, PET-CT showed new FDG-avid mediastinal and hilar nodes, read as a nodal
relapse, and the oncology team booked FOLFOX (oxaliplatin, leucovorin and fluorouracil) with nivolumab for the next
week. An endobronchial ultrasound-guided biopsy, done before the first cycle, showed non-necrotising granulomas and no
tumour cells, and the diagnosis was revised to sarcoidosis. The chemotherapy was cancelled. He remains without
evidence of relapse three years later, with the nodes smaller on surveillance CT. Nodal sarcoid reactions can mimic
relapse after gastric cancer; a biopsy before systemic treatment spared this patient a toxic regimen.
"""

LUNG = """ALK-positive lung adenocarcinoma with brain metastases in a 41-year-old woman: a case report

Case
A 41-year-old woman who had never smoked presented with headaches. MRI showed three brain metastases, and CT a 3.5-cm
left upper lobe mass with mediastinal nodes. Biopsy showed adenocarcinoma, and next-generation sequencing found an
EML4::ALK fusion (variant 3). PD-L1 TPS was 30%.
Cisplatin-pemetrexed with pembrolizumab was offered as another option; she preferred a targeted drug. Alectinib 600 mg
twice daily was started in January 2023. Brigatinib had been an alternative, but alectinib was chosen for its
intracranial activity. She developed grade 1 myalgia in the second week and grade 2 constipation, managed with
laxatives.
MRI at eight weeks showed that two of the brain lesions had gone and the third had shrunk from 14 to 5 mm; the lung
mass had shrunk by 58%. She remains on alectinib after 30 months with a continuing partial response.

Discussion
Alectinib gives long intracranial control in ALK-positive disease, and lorlatinib is an option at progression.
Chemotherapy with immunotherapy is less effective in tumours with ALK fusions, even with PD-L1 expression, which is why
our patient was steered towards a kinase inhibitor once the fusion was known.

Nursing implications
ALK inhibitors such as alectinib and brigatinib often cause constipation and myalgia early in treatment. Lorlatinib has
higher rates of hyperlipidaemia and mood changes, and needs lipid monitoring.
"""

SERIES = """Two patients with advanced tumours who could not receive the treatment first chosen

Case 1
A 58-year-old woman with metastatic uveal melanoma to the liver was assessed for tebentafusp at the referral centre
but was found ineligible because she was HLA-A*02:01 negative. Ipilimumab and nivolumab were given every three weeks for
four doses, followed by nivolumab alone. CT after four months showed stable disease; the liver lesions progressed
after ten months.

Case 2
A 66-year-old man with a gastric GIST with a KIT exon 11 mutation had taken imatinib 400 mg daily for five years and
then sunitinib for 14 months. At the next progression, regorafenib was discussed as a third-line option, but the team
preferred a clinical trial and regorafenib was shelved. He joined a trial of ripretinib in March 2024, with avapritinib
lined up as a fallback option should the disease progress. CT at six months showed stable disease.

Comment
Both patients show that the treatment first chosen is often not the one given: an HLA type, a trial place or a
funding decision changes the plan. In uveal melanoma, tebentafusp is restricted to HLA-A*02:01-positive patients, and
checkpoint inhibitors remain the usual alternative. In GIST, the order of later lines depends on access as much as on
the mutation.
"""

GLIOMA = """Oligodendroglioma over eleven years: radiotherapy, temozolomide and bevacizumab

Case presentation
In 2013 a 36-year-old teacher had a seizure. MRI showed a non-enhancing left frontal tumour, and subtotal resection
showed an oligodendroglioma, IDH-mutant and 1p/19q-codeleted, CNS WHO grade 2. Radiotherapy followed by either PCV
(procarbazine, lomustine and vincristine) or temozolomide was offered; she chose radiotherapy with temozolomide
afterwards, and received 54 Gy in 30 fractions from May to June 2013 and then twelve cycles of temozolomide.
Temozolomide caused grade 2 thrombocytopenia in cycle 4. MRI stayed stable until 2020.
In March 2021 an enhancing nodule appeared and re-resection confirmed a grade 3 recurrence. The tumour board
recommended vorasidenib; an access request was filed in April 2021 but was refused by the insurer, so vorasidenib was
never given. Bevacizumab 10 mg/kg every two weeks was started in May 2021 and the enhancement decreased, read as a
partial response by RANO criteria. Bevacizumab was stopped in 2023 after a grade 3 hypertension.
Her brother, 40, has no neurological disease. In 2024 she remains at work with a stable MRI.
"""

PMBCL = """Primary mediastinal B-cell lymphoma refractory to DA-EPOCH-R: a durable response to nivolumab

Case report
A 19-year-old man presented with cough and facial swelling. CT showed a 12-cm anterior mediastinal mass compressing the
superior vena cava, and a biopsy showed primary mediastinal B-cell lymphoma. He received six cycles of DA-EPOCH-R
from February 2022. The end-of-treatment PET showed a residual mass with Deauville score 5, and a new biopsy
confirmed refractory disease.
Salvage with R-GDP and autologous transplantation was proposed, but the team first gave nivolumab 240 mg every two
weeks because of his toxicity during induction. After six doses the PET showed a complete metabolic response. He had
grade 2 hypothyroidism, treated with levothyroxine. R-GDP and transplantation were thus not required. Nivolumab was
stopped after one year, and he remains in remission 14 months later.
Interestingly, his mother had received R-CHOP for a diffuse large B-cell lymphoma ten years earlier, and is well.

Discussion
PD-1 blockade is active in primary mediastinal B-cell lymphoma because of 9p24.1 amplification. A salvage regimen and
transplantation remain the standard for refractory disease, and CAR T cells are used after them, but a complete
metabolic response to nivolumab can make both unnecessary, as in our patient.
"""

CML_BOX = """Chronic myeloid leukaemia on imatinib and a new antifungal: a pharmacist's teaching case

Case
A 52-year-old man with chronic-phase BCR::ABL1-positive chronic myeloid leukaemia had taken imatinib 400 mg daily since
2019, with a major molecular response since 2020. In June 2024 he was admitted with pneumonia and probable invasive
aspergillosis, and voriconazole was started. Two weeks later he had grade 2 periorbital oedema and grade 1 muscle
cramps; imatinib levels were not measured. Imatinib was reduced to 300 mg daily for the six weeks of voriconazole and
then returned to 400 mg. The BCR::ABL1 transcript stayed below 0.1% throughout.

Pharmacist's key messages
Strong CYP3A4 inhibitors raise the exposure of most BCR::ABL1 inhibitors. Dasatinib, bosutinib and ponatinib need
similar dose reductions; asciminib is less affected at its usual dose. Tyrosine kinase inhibitors such as nilotinib
also carry a risk of QT prolongation with azoles, and an ECG is advised before the azole is started. Check every new
prescription against the patient's leukaemia treatment.
"""

REPORTS = {
    "rhabdo": (RHABDO, {"vincristine", "dactinomycin", "cyclophosphamide", "irinotecan", "vinorelbine"},
               {"treosulfan", "melphalan", "imatinib", "dasatinib"}),
    "gastric": (GASTRIC, {"capecitabine", "oxaliplatin"}, {"leucovorin", "fluorouracil", "nivolumab"}),
    "lung": (LUNG, {"alectinib"}, {"cisplatin", "pemetrexed", "pembrolizumab", "brigatinib", "lorlatinib"}),
    "series": (SERIES, {"ipilimumab", "nivolumab", "imatinib", "sunitinib", "ripretinib"},
               {"tebentafusp", "regorafenib", "avapritinib"}),
    "glioma": (GLIOMA, {"temozolomide", "bevacizumab"}, {"procarbazine", "lomustine", "vincristine", "vorasidenib"}),
    "cml_box": (CML_BOX, {"imatinib"}, {"dasatinib", "bosutinib", "ponatinib", "asciminib", "nilotinib"}),
    "pmbcl": (PMBCL, {"nivolumab", "rituximab", "etoposide", "doxorubicin"},
              {"gemcitabine", "cisplatin", "dexamethasone"}),
}


@pytest.mark.parametrize("name", sorted(REPORTS))
def test_drugs_not_given_stay_out_and_given_stay_in(nlp, name):
    text, given, not_given = REPORTS[name]
    check_drugs(nlp, text, given, not_given)
