"""The names, short forms and spellings case reports use for the tumour types the real sets cover
(sarcoma and IMT, lymphoma, leukaemia, thyroid, salivary, brain, GI, paediatric, lung, gynaecological)
are recognised as a TUMOR mention and linked to the term of that tumour. Sentences are made up for
this test; every expected NCIt code is checked against ../shared/terminology (OncoTree or the DO's
NCIt xrefs), so the table cannot hold an invented id."""
import re
from pathlib import Path

import pytest

from kg.nlp.ents import ents_of

SHARED = Path(__file__).resolve().parents[3] / "shared" / "terminology"

# (sentence, the mention as written, expected term id)
NAMES = [
    # sarcoma, IMT
    ("The shoulder lesion was a DFSP with COL1A1 rearrangement.", "DFSP", "NCIT:C4683"),
    ("An MPNST arose in a plexiform neurofibroma of the thigh.", "MPNST", "NCIT:C3798"),
    ("Peritoneal nodules proved to be a DSRCT.", "DSRCT", "NCIT:C8300"),
    ("She had a desmoplastic small round cell tumour of the pelvis.", "desmoplastic small round cell tumour",
     "NCIT:C8300"),
    ("As a teenager he had Ewing's sarcoma of the fibula.", "Ewing's sarcoma", "NCIT:C4817"),
    ("A chest wall Askin tumour was resected.", "Askin tumour", "NCIT:C4817"),
    ("An infant had a congenital infantile fibrosarcoma of the forearm.", "congenital infantile fibrosarcoma",
     "NCIT:C4244"),
    ("A malignant rhabdoid tumor of the neck grew within weeks in the neonate.", "malignant rhabdoid tumor", "NCIT:C3808"),
    ("Lung metastases of ASPS were followed.", "ASPS", "NCIT:C3750"),
    ("The retroperitoneal DDLPS recurred twice.", "DDLPS", "NCIT:C3704"),
    ("An IMT of the bladder was excised.", "IMT", "NCIT:C6481"),
    # lymphoma
    ("Node biopsy showed ALCL with strong CD30 staining.", "ALCL", "NCIT:C3720"),
    ("A boy with ALK-positive anaplastic large cell lymphoma received crizotinib.",
     "ALK-positive anaplastic large cell lymphoma", "NCIT:C37193"),
    ("Her ALK+ ALCL relapsed after chemotherapy.", "ALK+ ALCL", "NCIT:C37193"),
    ("Stage IIB classical Hodgkin's lymphoma was treated with ABVD.", "classical Hodgkin's lymphoma", "NCIT:C7164"),
    ("He had Hodgkin's disease in 1998.", "Hodgkin's disease", "NCIT:C9357"),
    ("Colonoscopy found mantle-cell lymphoma in the caecum.", "mantle-cell lymphoma", "NCIT:C4337"),
    ("MRI showed a periventricular mass and PCNSL was confirmed.", "PCNSL", "NCIT:C9301"),
    ("The final diagnosis was PTCL.", "PTCL", "NCIT:C4340"),
    ("A nasal mass proved to be NK/T-cell lymphoma.", "NK/T-cell lymphoma", "NCIT:C4684"),
    ("A young woman with PMBCL had a bulky mediastinal mass.", "PMBCL", "NCIT:C9280"),
    ("Her NHL had been in remission for years.", "NHL", "NCIT:C3211"),
    # leukaemia
    ("Coagulopathy suggested APL and ATRA was started at once.", "APL", "NCIT:C208352"),
    ("His CML was in chronic phase on imatinib.", "CML", "NCIT:C3172"),
    ("A toddler with JMML and monosomy 7 was transplanted.", "JMML", "NCIT:C9233"),
    ("Monocytosis persisted and CMML was diagnosed.", "CMML", "NCIT:C3178"),
    ("A mediastinal mass in a boy with T-ALL shrank with induction.", "T-ALL", "NCIT:C8694"),
    ("She had T-cell acute lymphoblastic leukaemia at 12.", "T-cell acute lymphoblastic leukaemia", "NCIT:C8694"),
    ("Pancytopenia with circulating hairy cells confirmed hairy cell leukaemia.", "hairy cell leukaemia", "NCIT:C7402"),
    ("The blasts co-expressed myeloid and T markers: MPAL.", "MPAL", "NCIT:C4673"),
    # thyroid, salivary, head and neck
    ("A 3 cm papillary thyroid carcinoma was found in the left lobe.", "papillary thyroid carcinoma", "NCIT:C4035"),
    ("Calcitonin was raised in her MTC.", "MTC", "NCIT:C3879"),
    ("A rapidly growing neck mass was anaplastic thyroid cancer.", "anaplastic thyroid cancer", "NCIT:C3878"),
    ("The nodule was a Hürthle cell carcinoma.", "Hürthle cell carcinoma", "NCIT:C4946"),
    ("The parotid tumour was a MASC with an ETV6 rearrangement.", "MASC",
     "KG:tumor-mammary-analogue-secretory-carcinoma-of-salivary-gland-origin"),
    ("Androgen receptor staining was strong in the salivary duct carcinoma.", "salivary duct carcinoma", "NCIT:C5904"),
    ("He had HNSCC of the larynx.", "HNSCC", "NCIT:C34447"),
    ("A tongue OSCC was resected with neck dissection.", "OSCC", "NCIT:C4833"),
    ("EBV DNA was high in his nasopharyngeal cancer.", "nasopharyngeal cancer", "NCIT:C3871"),
    # brain
    ("Chemoradiation was given for GBM.", "GBM", "NCIT:C3058"),
    ("She had glioblastoma multiforme of the temporal lobe.", "glioblastoma multiforme", "NCIT:C3058"),
    ("The temporal lobe PXA carried BRAF V600E.", "PXA", "NCIT:C4323"),
    ("A pontine H3 K27-altered diffuse midline glioma was irradiated.", "H3 K27-altered diffuse midline glioma",
     "NCIT:C185368"),
    ("Lytic skull lesions were LCH.", "LCH", "NCIT:C3107"),
    # GI, lung, other
    ("Jaundice revealed a cholangiocellular carcinoma at the hilum.", "cholangiocellular carcinoma", "NCIT:C4436"),
    ("The liver mass was an iCCA with FGFR2 fusion.", "iCCA", "NCIT:C35417"),
    ("He had squamous cell lung cancer of the right upper lobe.", "squamous cell lung cancer", "NCIT:C3493"),
    ("The resected nodule was a LCNEC.", "LCNEC", "NCIT:C6875"),
    ("Asbestos exposure preceded his malignant pleural mesothelioma.", "malignant pleural mesothelioma", "NCIT:C9351"),
    ("Core biopsy showed IDC, grade 3.", "IDC", "NCIT:C4194"),
    ("Ascites cytology showed serous ovarian carcinoma.", "serous ovarian carcinoma", "NCIT:C7550"),
    ("A rising hCG after evacuation meant gestational trophoblastic neoplasia.",
     "gestational trophoblastic neoplasia", "NCIT:C3110"),
    ("The cervical node showed carcinoma of unknown primary.", "carcinoma of unknown primary",
     "KG:tumor-cancer-of-unknown-primary-nos"),
]


def _shared_ncit_codes() -> set[str]:
    codes = set()
    for path in [*SHARED.glob("oncotree/*.tsv"), *SHARED.glob("disease_ontology/*.obo")]:
        codes |= set(re.findall(r"(?<![\w])C\d{3,7}(?!\d)", path.read_text(encoding="utf-8")))
    return codes


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"../shared not found: {SHARED}")
def test_every_expected_ncit_code_is_in_shared_terminology():
    codes = _shared_ncit_codes()
    missing = [i for _s, _m, i in NAMES if i.startswith("NCIT:") and i.split(":")[1] not in codes]
    assert missing == []


@pytest.mark.parametrize("sentence,mention,expected", NAMES, ids=[m for _s, m, _i in NAMES])
def test_tumour_name_is_recognised_and_linked(nlp, sentence, mention, expected):
    doc = nlp(sentence)
    got = [(e.text, e._.curie) for e in ents_of(doc) if e.label_ == "TUMOR"]
    assert (mention, expected) in got, got


@pytest.mark.parametrize("sentence", [
    "ALL staff on the ward wore masks.",                                  # a capitalised word
    "PTC drainage relieved the jaundice before surgery.",                 # percutaneous transhepatic cholangiography
    "The MCL of the left knee was torn in a skiing fall.",                # medial collateral ligament
    "Audiometry showed a mild CHL in the right ear.",                     # conductive hearing loss
    "ARMS-PCR found no EGFR mutation in the plasma.",                     # the PCR method
])
def test_short_forms_other_fields_use_stay_out(nlp, sentence):
    """A short form that other fields use as well (ALL, PTC, MCL, CHL, ARMS) names the tumour only in a
    text that defines it (kg_abbreviations)."""
    assert [e.text for e in ents_of(nlp(sentence)) if e.label_ == "TUMOR"] == []


def test_a_defined_short_form_names_its_tumour(nlp):
    doc = nlp("Mantle cell lymphoma (MCL) was diagnosed in 2019. The MCL relapsed after two years.")
    assert [(e.text, e._.curie) for e in ents_of(doc) if e.label_ == "TUMOR"] == \
        [("Mantle cell lymphoma", "NCIT:C4337"), ("MCL", "NCIT:C4337"), ("MCL", "NCIT:C4337")]
