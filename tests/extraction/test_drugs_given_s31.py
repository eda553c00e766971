"""Session 31 (drug31): which drugs whole made-up reports tell given, and which they only name.

Given: a regimen told by its bare acronym beside words of treatment or joined to a drug ("12 weeks of THP", "SOX plus
nivolumab", "Kd was started", "BR was given for six cycles"; the acronym alone is another word too, so its term is
named "<acronym> regimen"); the labelled parts of a CARE abstract written inline ("Interventions: ..."); a treatment
told only in the abstract's sentence that introduces the patient, when the case section calls it "combination
therapy"; shorthand joined by "/" ("Ven/aza", "nivo/rela"); a prescription never filled is no drug given. Not given: a combination the pharmacy did not stock or a payer refused,
told of the regimen ("..., but the combination was not stocked"). Texts written for this test (no benchmark page);
steroids of a regimen are no drug given (benchmarks/gold/README.md)."""
import pytest

from rule_examples import check_drugs


def _case(tumour: str, body: str) -> str:
    return f"Case report\nA 60-year-old woman had metastatic {tumour}. {body}"


REPORTS = [
    # bare regimen acronyms beside words of treatment
    (["paclitaxel", "trastuzumab", "pertuzumab"], [],
     _case("HER2-positive breast cancer", "She received 12 weeks of THP and the liver lesions regressed.")),
    (["oxaliplatin", "s-1", "nivolumab"], [],
     _case("gastric cancer", "SOX plus nivolumab was started in May 2021 and the ascites resolved.")),
    (["docetaxel", "doxorubicin", "cyclophosphamide"], [],
     _case("breast cancer", "Six cycles of adjuvant TAC were completed in 2018. Bone metastases appeared in 2022.")),
    (["gemcitabine", "cisplatin"], ["durvalumab"],
     _case("biliary tract cancer", "She was treated with GC; durvalumab was not available. The CA19-9 fell.")),
    (["rituximab", "bendamustine"], ["obinutuzumab"],
     _case("follicular lymphoma", "BR was given for six cycles. Obinutuzumab could be used if she relapses.")),
    (["carfilzomib"], ["dexamethasone"],
     _case("myeloma", "Kd was started and the paraprotein fell by 70%.")),
    # shorthand of two drugs joined by "/" or "-" (a regimen's name keeps its punctuation: "Ven/aza" is no "ven-aza" token)
    (["venetoclax", "azacitidine"], [],
     _case("acute myeloid leukaemia", "Ven/aza was started and she achieved CRi after two cycles.")),
    (["gemcitabine", "docetaxel"], ["trabectedin"],
     _case("uterine leiomyosarcoma", "Gem-doce was given for six cycles. Trabectedin remains an option at progression.")),
    (["nivolumab", "relatlimab"], ["ipilimumab"],
     _case("melanoma", "She received nivo/rela every four weeks; ipilimumab was judged too toxic.")),
    # a treatment told only in the abstract's introduction of the patient
    (["nivolumab", "cabozantinib"], ["axitinib"],
     "Abstract\nA 57-year-old man with clear cell renal cell carcinoma and pancreatic metastases was treated with "
     "nivolumab plus cabozantinib and achieved a durable partial response.\n\nCase presentation\nA 57-year-old man had "
     "a left nephrectomy for clear cell RCC in 2015. Pancreatic metastases appeared in 2021. First-line combination "
     "therapy was started, and the pancreatic lesions decreased by 60% at 12 weeks. Axitinib was kept for later lines."),
    # a combination the pharmacy did not hold
    (["dabrafenib", "trametinib"], ["vemurafenib", "cobimetinib"],
     "Case report\nA 71-year-old man had a BRAF V600E-mutant anaplastic thyroid carcinoma. He was started on a BRAF "
     "inhibitor, dabrafenib, and a MEK inhibitor, trametinib. They were well tolerated, and the neck mass shrank within "
     "three weeks. Vemurafenib with cobimetinib had been our initial choice, but the combination was not stocked."),
    (["dabrafenib", "trametinib"], ["vemurafenib"],
     _case("melanoma", "Dabrafenib and trametinib were started. Vemurafenib was not on the formulary of our hospital.")),
    # a CARE abstract with its labels inline: the labelled parts of the course go on with the story
    (["oxaliplatin", "s-1", "nivolumab", "paclitaxel", "ramucirumab", "trastuzumab deruxtecan"],
     ["zolbetuximab", "pembrolizumab"],
     "Rationale: HER2 status may change during treatment of gastric cancer.\nPatient concerns: A 61-year-old man "
     "presented with epigastric pain and weight loss.\nDiagnoses: Gastric adenocarcinoma with peritoneal metastases, "
     "HER2-negative.\nInterventions: SOX combined with nivolumab was administered as first-line therapy. At "
     "progression, weekly paclitaxel plus ramucirumab was given. A repeat biopsy showed HER2 amplification, and "
     "trastuzumab deruxtecan was started.\nOutcomes: The peritoneal disease decreased on trastuzumab deruxtecan.\n"
     "Lessons: Zolbetuximab was not reimbursed at the time; pembrolizumab was not considered because the tumour was "
     "MSS."),
    # a prescription never filled
    (["trastuzumab"], ["tucatinib"],
     _case("breast cancer", "She received trastuzumab. A prescription for tucatinib was written but never filled.")),
    # whole reports of other shapes (kept as they pass: regimen acronyms, trials, intrathecal and conditioning drugs)
    (["docetaxel", "carboplatin", "trastuzumab", "pertuzumab", "trastuzumab deruxtecan"],
     ["tucatinib", "capecitabine", "lapatinib", "neratinib"],
     "HER2-positive breast cancer with isolated brain relapse: a case report\n\nAbstractBackgroundHER2-positive breast "
     "cancer frequently relapses in the brain.Case presentationA 47-year-old woman was diagnosed with a cT2N1 invasive "
     "ductal carcinoma of the left breast, ER-negative and HER2 3+. She received six cycles of neoadjuvant TCHP "
     "(docetaxel, carboplatin, trastuzumab and pertuzumab) and achieved a pathological complete response at mastectomy. "
     "Twenty months later MRI showed three cerebellar metastases. After stereotactic radiosurgery, T-DXd 5.4 mg/kg "
     "every three weeks was started, and the lesions shrank by 70%.ConclusionsT-DXd is active in HER2-positive brain "
     "metastases.\n\nDiscussion\nThe HER2CLIMB trial established tucatinib with capecitabine and trastuzumab as an "
     "option for brain metastases, and it was discussed with our patient as the next line at progression. Lapatinib "
     "and neratinib have modest intracranial activity in earlier series."),
    (["vincristine", "daunorubicin", "pegaspargase", "methotrexate", "blinatumomab", "inotuzumab ozogamicin",
      "cyclophosphamide"], ["tisagenlecleucel"],
     "Case report\nA 19-year-old man was diagnosed with B-cell acute lymphoblastic leukaemia. Induction consisted of "
     "vincristine, daunorubicin, pegaspargase and prednisone, with intrathecal methotrexate. Blinatumomab cleared the "
     "MRD. A relapse in the marrow occurred 9 months later; inotuzumab ozogamicin induced a second remission, and he "
     "underwent allogeneic transplantation after conditioning with total body irradiation and cyclophosphamide. "
     "Tisagenlecleucel had been considered as an alternative to transplant."),
    (["capecitabine", "oxaliplatin", "sotorasib", "panitumumab"], ["adagrasib", "cetuximab"],
     "Abstract\nWe report a 59-year-old woman with KRAS G12C-mutant metastatic rectal cancer. After progression on "
     "CAPOX she was enrolled in a phase 2 trial of sotorasib plus panitumumab, and achieved a partial response lasting "
     "11 months. Adagrasib with cetuximab, approved later in the same setting, was not available at the time."),
    (["cisplatin", "etoposide", "cyclophosphamide", "doxorubicin", "vincristine"], ["lurbinectedin"],
     "Case presentation\nA 70-year-old man with limited-stage small cell lung cancer received four cycles of "
     "cisplatin-etoposide with concurrent thoracic radiotherapy and achieved a complete response. Brain metastases "
     "appeared 14 months later. He was treated with CAV and the disease remained stable for five months. Lurbinectedin "
     "was planned as the next treatment, but it was discontinued before it could be started because his performance "
     "status declined."),
]


@pytest.mark.parametrize("given,not_given,text", REPORTS)
def test_drugs_given_s31(nlp, given, not_given, text):
    check_drugs(nlp, text, given, not_given)
