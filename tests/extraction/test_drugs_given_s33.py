"""Session 33 (drug33): drugs given told by regimens and names kg left unlinked, and regimen letters that name
something else.

Given: Hodgkin regimens of older and paediatric reports (MOPP/ABV, COPP/ABV, ChlVPP, OEPA then COPDAC), CNS and
NK/T-cell lymphoma regimens (MATRix, R-MPV, SMILE, P-GemOx), AML salvage (CLAG-M, MEC), myeloma triplets with a
lower-case steroid letter (VCd, PVd, Dara-VCd, RVd), GTN, hepatoblastoma, mantle cell, thymic and adrenocortical
regimens (EMA/EP, C5V, R-BAC, ADOC, EDP-M), a bare regimen joined by "alternating with" ("VDC alternating with IE"),
agents and short names of older and Japanese abstracts (levamisole, OK-432, nab-PTX, HD-AraC), clipped names ("palbo",
"lenva"). Not a regimen: the letters of a regimen before a word of measurement or equipment ("her ICE score", "a VAC
dressing"). Not given: a steroid or immunosuppressant an adverse event named before it was treated with ("cytokine
release syndrome was treated with tocilizumab"), even beside the antineoplastic. Texts written for this test (no
benchmark page); steroids of a regimen and drugs given for an adverse event are no drug given
(benchmarks/gold/README.md)."""
import pytest

from rule_examples import check_drugs


def _case(tumour: str, body: str) -> str:
    return f"Case report\nA 52-year-old man had {tumour}. {body}"


REPORTS = [
    # older and paediatric Hodgkin regimens
    (["mechlorethamine", "vincristine", "procarbazine", "doxorubicin", "bleomycin", "vinblastine"], ["prednisone"],
     _case("Hodgkin lymphoma", "He was treated with the MOPP/ABV hybrid in 1989 and stayed in remission.")),
    (["cyclophosphamide", "vincristine", "procarbazine", "doxorubicin", "bleomycin", "vinblastine"], [],
     _case("Hodgkin's disease", "Six courses of COPP/ABV were given.")),
    (["chlorambucil", "vinblastine", "procarbazine"], ["prednisolone"],
     _case("Hodgkin's disease", "ChlVPP was given for six cycles and the mediastinal mass resolved.")),
    (["vincristine", "etoposide", "doxorubicin", "cyclophosphamide", "dacarbazine"], [],
     "Case report\nA 14-year-old girl had classical Hodgkin lymphoma. She received two cycles of OEPA followed by "
     "four of COPDAC."),
    # CNS and NK/T-cell lymphoma
    (["methotrexate", "cytarabine", "thiotepa", "rituximab"], [],
     _case("primary CNS lymphoma", "Four cycles of MATRix chemotherapy were given and the lesion disappeared.")),
    (["rituximab", "methotrexate", "procarbazine", "vincristine"], [],
     _case("primary CNS lymphoma", "R-MPV induction was started in March 2022.")),
    (["methotrexate", "ifosfamide", "asparaginase", "etoposide"], ["dexamethasone"],
     _case("extranodal NK/T-cell lymphoma, nasal type", "He received SMILE chemotherapy and then radiotherapy.")),
    (["pegaspargase", "gemcitabine", "oxaliplatin"], [],
     _case("extranodal NK/T-cell lymphoma", "P-GemOx was given for six cycles with a complete response.")),
    # AML salvage
    (["cladribine", "cytarabine", "mitoxantrone"], [],
     _case("relapsed acute myeloid leukaemia", "CLAG-M salvage achieved a second remission.")),
    (["mitoxantrone", "etoposide", "cytarabine"], [],
     _case("refractory acute myeloid leukaemia", "He received MEC salvage chemotherapy.")),
    # myeloma triplets with a lower-case steroid letter
    (["cyclophosphamide", "bortezomib"], ["dexamethasone"],
     _case("multiple myeloma", "Induction with VCd was followed by an autologous transplant.")),
    (["pomalidomide", "bortezomib"], [],
     _case("relapsed multiple myeloma", "PVd was started and the paraprotein fell by half.")),
    (["daratumumab", "cyclophosphamide", "bortezomib"], [],
     _case("AL amyloidosis with myeloma", "He was treated with Dara-VCd.")),
    (["bortezomib", "lenalidomide"], [],
     _case("multiple myeloma", "RVd induction gave a very good partial response.")),
    # GTN, hepatoblastoma, mantle cell, thymic and adrenocortical regimens
    (["etoposide", "methotrexate", "dactinomycin", "cisplatin"], [],
     "Case report\nA 31-year-old woman had choriocarcinoma. EMA/EP was started and the hCG normalised."),
    (["cisplatin", "fluorouracil", "vincristine"], [],
     "Case report\nA 3-year-old boy had hepatoblastoma. He received C5V before resection."),
    (["rituximab", "bendamustine", "cytarabine"], [],
     _case("mantle cell lymphoma", "R-BAC was given at relapse.")),
    (["cisplatin", "doxorubicin", "vincristine", "cyclophosphamide"], [],
     _case("invasive thymoma", "ADOC chemotherapy was given for four cycles.")),
    (["etoposide", "doxorubicin", "cisplatin", "mitotane"], [],
     _case("metastatic adrenocortical carcinoma", "He was treated with EDP-M.")),
    # a bare regimen joined by "alternating with"
    (["vincristine", "doxorubicin", "cyclophosphamide", "ifosfamide", "etoposide"], [],
     "Case report\nA 15-year-old boy had Ewing sarcoma of the pelvis. VDC alternating with IE was given for 14 cycles."),
    # agents and short names of older and Japanese abstracts
    (["fluorouracil", "levamisole"], [],
     _case("Dukes' C colon cancer", "After resection he received 5-FU and levamisole for one year.")),
    (["mitomycin", "tegafur", "ok-432"], [],
     _case("gastric cancer", "He was treated with mitomycin C, tegafur and OK-432 after gastrectomy in 1986.")),
    (["carboplatin", "nab-paclitaxel"], [],
     _case("lung adenocarcinoma", "He received CBDCA plus nab-PTX for four cycles.")),
    (["cytarabine"], [],
     _case("acute myeloid leukaemia", "Three courses of HD-AraC consolidation were given.")),
    # clipped names clinicians write
    (["palbociclib", "letrozole"], [],
     "Case report\nA 58-year-old woman had metastatic breast cancer. She started palbo plus letrozole in 2021."),
    (["lenvatinib", "pembrolizumab"], [],
     "Case report\nA 63-year-old woman had recurrent endometrial cancer. Lenva/pembro was given with a partial "
     "response."),
    # a steroid or immunosuppressant an adverse event named before it was treated with: the event's, not the tumour's
    (["axicabtagene ciloleucel"], ["tocilizumab"],
     _case("diffuse large B-cell lymphoma", "He received axi-cel, and grade 2 cytokine release syndrome was treated "
           "with tocilizumab and dexamethasone.")),
    (["nivolumab", "ipilimumab"], ["methylprednisolone"],
     _case("metastatic melanoma", "He was given nivolumab and ipilimumab; colitis was managed with intravenous "
           "methylprednisolone.")),
    (["prednisolone"], [],
     _case("an inflammatory myofibroblastic tumour of the lung", "He was treated with prednisolone, and the mass "
           "shrank.")),
    # a regimen's letters before a word of measurement or equipment
    (["axicabtagene ciloleucel"], ["ifosfamide", "carboplatin", "etoposide"],
     _case("diffuse large B-cell lymphoma", "Axicabtagene ciloleucel was infused. On day 5 his ICE score fell from "
           "10 to 5 and dexamethasone was started.")),
    (["ifosfamide", "carboplatin", "etoposide"], [],
     _case("relapsed diffuse large B-cell lymphoma", "He received ICE for three cycles before transplant.")),
    (["doxorubicin", "ifosfamide"], ["vincristine", "dactinomycin", "cyclophosphamide"],
     _case("synovial sarcoma of the thigh", "After wide resection the wound was closed over a VAC dressing. Doxorubicin "
           "and ifosfamide were given.")),
]


@pytest.mark.parametrize("given,not_given,text", REPORTS)
def test_drugs_given(nlp, given, not_given, text):
    check_drugs(nlp, text, given, not_given)
