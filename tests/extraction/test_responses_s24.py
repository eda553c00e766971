"""Session 24 responses told in context (kg/extraction/therapy.py: drugs first named as what failed,
_look_back_list_end; Discussion sentences about the patient, DRUG_BROUGHT_RESPONSE and the story's only line;
kg/rules/responses.jsonl resp24-* rows; kg/rules/therapy.jsonl resp24-* rows). Every report was made up for this
test: several paragraphs (abstract, case presentation, discussion), each shape in more than one wording; the
negatives (trial rates, other patients, a relapse after a finished course, a retold response with two lines) stay out."""
import pytest

from rule_examples import response_pairs as pairs

CR, PR, SD, PD = "CR", "PR", "SD", "PD"


def _report(title, abstract, case, discussion):
    return (f"{title}: a case report\n\nAbstract\n\n{abstract}\n\nCase presentation\n\n{case}\n\n"
            f"Discussion\n\n{discussion}\n")


_PCNSL = ("A 66-year-old man developed confusion. MRI showed a periventricular enhancing lesion and biopsy confirmed "
          "diffuse large B-cell lymphoma of the CNS. He received high-dose methotrexate with rituximab every two weeks "
          "for six cycles.")
_ROS1 = ("A 50-year-old woman had ROS1-rearranged lung adenocarcinoma. She received crizotinib 250 mg twice daily "
         "from May 2019.")
_OVARY = ("A 58-year-old woman had high-grade serous ovarian carcinoma. She received six cycles of carboplatin and "
          "paclitaxel.")

CASES = [
    # drugs first named as what failed: a line of their own with the progression, the next drug's response its own
    (_report("Third-line regorafenib in colon cancer", "A man with colon cancer received three lines.",
             "A 71-year-old man had metastatic colon cancer. After progression on FOLFOX and then FOLFIRI with "
             "bevacizumab, regorafenib was initiated as the third line. Follow-up imaging at two and four months "
             "demonstrated stable disease.", "Regorafenib offers modest benefit."),
     {("regorafenib", SD), ("oxaliplatin", PD), ("irinotecan", PD), ("bevacizumab", PD)},
     {("bevacizumab", SD), ("irinotecan", SD)}),
    (_report("Eribulin in breast cancer", "A woman received eribulin.",
             "A 57-year-old woman had metastatic triple-negative breast cancer. Having progressed on paclitaxel and "
             "later on capecitabine, she was started on eribulin. The scan after three cycles showed stable disease.",
             "Eribulin prolongs survival."),
     {("eribulin", SD), ("paclitaxel", PD), ("capecitabine", PD)}, {("paclitaxel", SD), ("capecitabine", SD)}),
    (_report("Irinotecan after oxaliplatin", "A woman with colon cancer.",
             "A 60-year-old woman had colon cancer with liver metastases. After progression on oxaliplatin and "
             "capecitabine, irinotecan was given.\n\nThe scan after three cycles showed stable disease.",
             "Irinotecan is a standard second line."),
     {("irinotecan", SD), ("oxaliplatin", PD), ("capecitabine", PD)}, {("irinotecan", PD), ("oxaliplatin", SD)}),
    (_report("Nivolumab after two lines", "A woman with lung cancer.",
             "A 61-year-old woman had lung adenocarcinoma. Following failure of carboplatin and pemetrexed and later "
             "of docetaxel, she was given nivolumab. CT after four doses showed a partial response.",
             "Nivolumab is active after chemotherapy."),
     {("nivolumab", PR), ("carboplatin", PD), ("docetaxel", PD)}, {("carboplatin", PR), ("nivolumab", PD)}),
    # the Discussion retells the patient's response: the drug named before the response it brought
    (_report("PCNSL", "A man with PCNSL.", _PCNSL,
             "Methotrexate remains the backbone. In our patient, high-dose methotrexate-based therapy led to "
             "complete remission."), {("methotrexate", CR), ("rituximab", CR)}, set()),
    (_report("PCNSL", "A man with PCNSL.", _PCNSL,
             "Methotrexate remains the backbone. In our case, rituximab and methotrexate induced a durable complete "
             "response."), {("methotrexate", CR), ("rituximab", CR)}, set()),
    (_report("Crizotinib", "A woman with ROS1 lung cancer.", _ROS1,
             "Crizotinib produced a partial response in 72% of patients in PROFILE 1001. In our patient, crizotinib "
             "produced a partial response lasting two years."), {("crizotinib", PR)}, set()),
    # ... or without the drug, when the story has one line
    (_report("PCNSL", "A man with PCNSL.", _PCNSL,
             "Methotrexate remains the backbone of induction. Our patient achieved a complete remission after six "
             "cycles and remains well."), {("methotrexate", CR), ("rituximab", CR)}, set()),
    (_report("PCNSL", "A man with PCNSL.", _PCNSL,
             "Methotrexate remains the backbone of induction. In our case, the lesion disappeared on MRI and a "
             "complete response was documented."), {("methotrexate", CR)}, set()),
    # negatives: a trial's or other patients' responses, two lines, a relapse after the course
    (_report("Crizotinib", "A woman with ROS1 lung cancer.", _ROS1,
             "Crizotinib produced a partial response in 72% of patients in PROFILE 1001."), set(), {("crizotinib", PR)}),
    (_report("PCNSL", "A man with PCNSL.", _PCNSL,
             "Methotrexate induces complete remission in most patients with this disease."), set(),
     {("methotrexate", CR)}),
    (_report("Two lines", "A woman with lung cancer.",
             "A 50-year-old woman had lung adenocarcinoma. She received carboplatin and pemetrexed for four cycles. In "
             "2021 she received docetaxel.", "Our patient achieved a partial response."), set(),
     {("docetaxel", PR), ("carboplatin", PR)}),
    (_report("Ovarian", "A woman with ovarian cancer.", _OVARY,
             "Our patient relapsed 14 months after the end of chemotherapy."), set(), {("carboplatin", PD)}),
    (_report("Ovarian", "A woman with ovarian cancer.", _OVARY,
             "A partial response was reported in a similar patient by Smith et al."), set(), {("carboplatin", PR)}),
    (_report("Sarcoma", "A man with sarcoma.",
             "A 40-year-old man had a synovial sarcoma of the thigh. He received neoadjuvant doxorubicin and "
             "ifosfamide for three cycles, followed by wide excision and radiotherapy.",
             "Our patient remains in complete remission three years after surgery."), set(), {("doxorubicin", CR)}),
    (_report("Lung", "A woman with lung cancer.",
             "A 62-year-old woman had EGFR-mutant lung cancer. Osimertinib was started in 2020.",
             "We expect that our patient will achieve a partial response."), set(), {("osimertinib", PR)}),
    (_report("Sarcoma", "A man with sarcoma.",
             "A 40-year-old man had a synovial sarcoma of the thigh. He received doxorubicin and ifosfamide for three "
             "cycles.", "Our patient had stable disease on pazopanib for a year."), set(), {("doxorubicin", SD)}),
    # imaging and classification wordings told a sentence or a paragraph after the drug
    (_report("Imatinib in a GIST", "A woman with a KIT-mutant GIST received imatinib.",
             "A 70-year-old woman had a gastric GIST with liver metastases and a KIT exon 11 deletion. She began "
             "imatinib 400 mg daily.\n\nA PET-CT after two months showed decreased FDG uptake and smaller liver "
             "lesions.", "Imatinib remains the first choice."), {("imatinib", PR)}, set()),
    (_report("FOLFOX in colon cancer", "A man with colon cancer.",
             "A 64-year-old man had colon cancer with lung metastases. FOLFOX was given every two weeks. The CT in May "
             "revealed markedly smaller pulmonary nodules.", "FOLFOX is standard."), {("oxaliplatin", PR)}, set()),
    (_report("R-CHOP in DLBCL", "A man with DLBCL.",
             "A 55-year-old man had diffuse large B-cell lymphoma. He received R-CHOP. PET after three cycles showed a "
             "reduction in SUVmax from 14 to 5.", "R-CHOP cures most patients."), {("rituximab", PR)}, set()),
    (_report("Nivolumab in oesophageal cancer", "A man received nivolumab.",
             "A 70-year-old man had oesophageal squamous cell carcinoma. He received nivolumab every two weeks. The CT "
             "at 12 weeks showed the primary lesion reduced by 40%, and the response was classified as partial.",
             "Nivolumab is an option."), {("nivolumab", PR)}, set()),
    (_report("Larotrectinib", "An infant with fibrosarcoma.",
             "A 4-month-old boy had infantile fibrosarcoma with an ETV6::NTRK3 fusion. Larotrectinib was started.\n\n"
             "After six months no tumour was left, and the response was categorised as complete.",
             "TRK inhibitors are active."), {("larotrectinib", CR)}, set()),
]


@pytest.mark.parametrize("text, wanted, unwanted", CASES)
def test_responses_told_in_context(nlp, text, wanted, unwanted):
    got = pairs(nlp, text)
    assert wanted <= got
    assert not (unwanted & got)
