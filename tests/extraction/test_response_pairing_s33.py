"""Which drugs a response is credited to (session 33, rpair33): whole made-up courses, each with exactly the
(drug, class) pairs the gold conventions give. Classes of wording:
- the progression told of the maintenance the sentence opens ("progression after 4 cycles of X maintenance") is
  the maintenance's, not the combination's it went on from (the partial response told before it stays the
  combination's);
- a course counted "followed by N cycles of X" or "X for N cycles", a relapse told after it: off the course
  (no PD of it); a progression told after its partial response stays its PD;
- "chemotherapy was stopped and X with Y continued": X and Y go on as a line of their own, the later assessments
  are theirs only;
- an adverse event's signs in brackets before "that responded to <steroid>": the event's course, no tumour
  response of the running line;
- the time a named response has lasted ("a complete response that persists at 30 months") is no second assessment:
  the shrinkage told before the class is the way to it;
- a comment on what a test made possible ("biopsy at progression allowed a mutation-guided choice") retells the
  progression as its occasion: no new progression of the line running then;
- a line begun after the line before had ended, "after progression" or "for a relapse" named right after its drug:
  the progression came before it, no PD of it;
- "Progression in 2021 led to capecitabine" / "prompted a switch to X": the drug came after the response (the words
  between are no "progressed on X"), so the progression is the line's before.)"""
import pytest

from kg.nlp.cues import Cue, label_fullmatch
from kg.rules import rules
from rule_examples import response_pairs

COURSES = {
    "maintenance-named-by-the-progression": (
        "Lung adenocarcinoma treated with chemotherapy\n\nCase presentation\n\nA 58-year-old woman with stage IV lung "
        "adenocarcinoma received carboplatin and pemetrexed every three weeks. A partial response was followed by "
        "progression after 6 cycles of pemetrexed maintenance. Docetaxel was then given.\n",
        {("carboplatin", "PR"), ("pemetrexed", "PR"), ("pemetrexed", "PD")}),
    "maintenance-progression-months-after-cycles": (
        "Mesothelioma case\n\nCase presentation\n\nA 66-year-old man with pleural mesothelioma received cisplatin and "
        "pemetrexed from March 2021. Stable disease was followed by progression after five cycles of pemetrexed "
        "maintenance.\n",
        {("cisplatin", "SD"), ("pemetrexed", "SD"), ("pemetrexed", "PD")}),
    "relapse-after-course-followed-by-cycles": (
        "Medulloblastoma in an adult\n\nCase presentation\n\nA 31-year-old man had resection of a cerebellar "
        "medulloblastoma in 2018. He received craniospinal radiotherapy followed by six cycles of cisplatin, "
        "cyclophosphamide and vincristine. He stayed well until June 2022, when MRI showed a spinal relapse. "
        "Sonidegib was started, and MRI after 3 months showed a partial response.\n",
        {("sonidegib", "PR")}),
    "relapse-after-consolidation-for-cycles": (
        "Leukaemia case\n\nCase presentation\n\nA 7-year-old girl with B-cell acute lymphoblastic leukaemia relapsed "
        "after maintenance. After reinduction, she received blinatumomab for two cycles as consolidation, and her "
        "marrow was MRD-negative after the first cycle. Nine months later a second marrow relapse was found. "
        "Inotuzumab ozogamicin was given, with a complete remission.\n",
        {("blinatumomab", "CR"), ("inotuzumab ozogamicin", "CR")}),
    "progression-after-course-for-cycles-stays": (
        "Small cell transformation\n\nCase presentation\n\nA 52-year-old woman with lung cancer received cisplatin "
        "and etoposide for four cycles; the liver lesions shrank by 55%, a partial response. In March 2023 new bone "
        "metastases indicated progression, and topotecan was started.\n",
        {("cisplatin", "PR"), ("etoposide", "PR"), ("cisplatin", "PD"), ("etoposide", "PD")}),
    "chemotherapy-stopped-antibodies-went-on": (
        "Cervical cancer case\n\nCase presentation\n\nA 49-year-old woman with metastatic cervical cancer started "
        "pembrolizumab, paclitaxel, cisplatin and bevacizumab in May 2022. After six cycles CT showed a partial "
        "response; chemotherapy was stopped and pembrolizumab with bevacizumab continued. At 12 months CT showed a "
        "complete response.\n",
        {("pembrolizumab", "PR"), ("paclitaxel", "PR"), ("cisplatin", "PR"), ("bevacizumab", "PR"),
         ("pembrolizumab", "CR"), ("bevacizumab", "CR")}),
    "chemotherapy-completed-he-continued-on": (
        "Lung cancer case\n\nCase presentation\n\nA 63-year-old man with lung adenocarcinoma received carboplatin, "
        "pemetrexed and pembrolizumab from May 2020. The chemotherapy was completed after four cycles, and he "
        "continued on pembrolizumab. CT in 2021 showed stable disease.\n",
        {("pembrolizumab", "SD")}),
    "event-signs-in-brackets-responded-to-steroid": (
        "Leukaemia on a menin inhibitor\n\nCase presentation\n\nA 40-year-old woman with relapsed KMT2A-rearranged "
        "acute myeloid leukaemia started ziftomenib. In week 2 she had a differentiation syndrome (fever, weight "
        "gain, pleural effusions) that responded to dexamethasone. On day 60 the marrow showed a complete "
        "remission.\n",
        {("ziftomenib", "CR")}),
    "shrinkage-then-complete-response-that-persists": (
        "Fusion-positive sarcoma\n\nCase presentation\n\nA 23-year-old woman with an NTRK-rearranged sarcoma and "
        "lung metastases started entrectinib. On entrectinib the lung nodules shrank steadily and had disappeared at "
        "9 months, a complete response that persists at 26 months.\n",
        {("entrectinib", "CR")}),
    "shrinkage-and-a-later-complete-response-are-two": (
        "Lymphoma case\n\nCase presentation\n\nA 70-year-old man with mantle cell lymphoma started zanubrutinib. "
        "The nodes had shrunk by 60% at 3 months, and at 12 months PET showed a complete response lasting 8 months "
        "so far.\n",
        {("zanubrutinib", "PR"), ("zanubrutinib", "CR")}),
    "comment-on-what-a-biopsy-at-progression-allowed": (
        "ROS1-positive lung cancer\n\nCase presentation\n\nA 44-year-old woman with ROS1-rearranged lung "
        "adenocarcinoma received crizotinib from 2019, and CT in 2021 showed progression in the liver. A liver biopsy "
        "found a G2032R mutation, and repotrectinib was started; CT after 8 weeks showed a partial response. Repeat "
        "biopsy at progression allowed a mutation-guided choice of the next inhibitor.\n",
        {("crizotinib", "PD"), ("repotrectinib", "PR")}),
    "comment-monitoring-allowed-early-salvage": (
        "Leukaemia case\n\nCase presentation\n\nA 29-year-old man with core-binding factor AML received "
        "cytarabine and daunorubicin from 2019 to 2020, with a complete remission. Azacitidine was given for a "
        "molecular relapse in 2021 and gave a second complete remission. Transcript monitoring detected the relapse "
        "early and allowed prompt salvage.\n",
        {("cytarabine", "CR"), ("daunorubicin", "CR"), ("azacitidine", "CR")}),
    "new-line-given-after-progression-once-the-last-ended": (
        "GIST case\n\nCase presentation\n\nA 61-year-old man with a gastric GIST received imatinib from 2015 to "
        "2018, with a partial response. Sunitinib was given after progression in 2020. CT after 3 months showed "
        "stable disease.\n",
        {("imatinib", "PR"), ("sunitinib", "SD")}),
    "new-line-started-to-treat-a-relapse-once-the-last-ended": (
        "Myeloma case\n\nCase presentation\n\nA 66-year-old woman with IgG myeloma received bortezomib and "
        "lenalidomide from 2017 to 2018, with a very good partial response. Daratumumab was started to treat the "
        "second relapse in 2021, and she reached a partial response.\n",
        {("bortezomib", "PR"), ("lenalidomide", "PR"), ("daratumumab", "PR")}),
    "progression-led-to-the-next-drug": (
        "Breast cancer case\n\nCase presentation\n\nA 45-year-old woman with breast cancer received letrozole with "
        "palbociclib from 2019, with stable disease for 20 months. Progression in 2021 led to capecitabine, with a "
        "partial response.\n",
        {("letrozole", "SD"), ("palbociclib", "SD"), ("letrozole", "PD"), ("palbociclib", "PD"),
         ("capecitabine", "PR")}),
    "progression-prompted-a-switch": (
        "Kidney cancer case\n\nCase presentation\n\nA 58-year-old man with kidney cancer received sunitinib from "
        "2018, with a partial response. Progression in March 2020 prompted a switch to cabozantinib, which gave "
        "stable disease.\n",
        {("sunitinib", "PR"), ("sunitinib", "PD"), ("cabozantinib", "SD")}),
}


@pytest.mark.parametrize("name", sorted(COURSES))
def test_course_gives_the_gold_pairs(nlp, name):
    text, want = COURSES[name]
    got = response_pairs(nlp, text)
    assert got == want, f"extra {sorted(got - want)}, missed {sorted(want - got)}"


@pytest.mark.parametrize("row", rules("responses").rows("RESPONSE_LASTING"), ids=lambda r: r.id)
def test_response_lasting_gaps(row):
    """RESPONSE_LASTING is read as a fullmatch on the gap between a named class and a time point (a label cue: the
    rule-example tests do not read it), so its examples and counter-examples are checked here."""
    assert all(label_fullmatch(Cue.RESPONSE_LASTING, gap) for gap in row.examples)
    assert not any(label_fullmatch(Cue.RESPONSE_LASTING, gap) for gap in row.counter_examples)
