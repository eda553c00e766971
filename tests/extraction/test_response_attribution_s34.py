"""Which line a response belongs to (session 34, attr34): whole made-up courses, each with exactly the (drug, class)
pairs the gold conventions give. Classes of wording:
- a drug told in the active voice as received or treated with FOR the progression named right after it ("he received
  capecitabine for progression", "treated with osimertinib for progressive disease"): the progression is its
  indication, the line before's PD (a duration between them, "for 14 months until progression", is no cause);
- two drugs each named with its place in the sequence ("X as first-line therapy and Y as second-line therapy",
  "first-line X, second-line Y"): two lines, not one regimen;
- "after N cycles" told while the maintenance that went on from a course counted in N cycles runs ("X plus Y for 6
  cycles. Z 300 mg twice daily was then started as maintenance. After 6 cycles, the lesions had shrunk"): the course's
  first assessment, not the maintenance's (a count the course does not have, or a running line given in cycles, is the
  running line's own time);
- a sentence naming no drug that tells radiotherapy, ablation or embolization of a lesion and then its shrinkage ("was
  treated with palliative radiotherapy, and the irradiated lesion shrank", "after radiosurgery, the metastasis regressed
  completely"): the local treatment's response, not the running drug line's (not chemoradiation, not radiotherapy told
  as part of the line before, not a progression, not a pathological response at surgery after neoadjuvant drugs)."""
import pytest

from rule_examples import response_pairs


def _report(case: str) -> str:
    return "Case report of a patient\n\nCase presentation\n\n" + case + "\n"


_GEM = "A 60-year-old man with metastatic pancreatic cancer received gemcitabine and cisplatin. "
_GEM_PAIRS = {("gemcitabine", "PR"), ("cisplatin", "PR"), ("gemcitabine", "PD"), ("cisplatin", "PD"), ("capecitabine", "SD")}

_PEMBRO = ("A 66-year-old woman with lung cancer received pembrolizumab, and CT after three months showed stable "
           "disease. ")

COURSES = {
    "received-for-progression": (_report(
        _GEM + "CT showed a partial response. Nine months later he received capecitabine for progression. CT after four "
        "cycles showed stable disease."), _GEM_PAIRS),
    "treated-with-for-progressive-disease": (_report(
        _GEM + "CT showed a partial response. He was treated with capecitabine for progressive disease. CT after four "
        "cycles showed stable disease."), _GEM_PAIRS),
    "response-first-then-received-for-progression": (_report(
        _GEM + "After a partial response lasting nine months, he received capecitabine for progression. CT after four "
        "cycles showed stable disease."), _GEM_PAIRS),
    "for-a-duration-until-progression-stays": (_report(
        "A 57-year-old woman with ovarian cancer received carboplatin and paclitaxel, with a complete response. She "
        "received olaparib for 14 months until progression."),
        {("carboplatin", "CR"), ("paclitaxel", "CR"), ("olaparib", "PD")}),
    "line-ordinals-in-one-sentence": (_report(
        "A 50-year-old man with metastatic colorectal cancer received FOLFOX as first-line therapy and FOLFIRI as "
        "second-line therapy. The best response to first-line therapy was a partial response, and second-line therapy "
        "gave stable disease."),
        {("oxaliplatin", "PR"), ("fluorouracil", "PR"), ("leucovorin", "PR"),
         ("irinotecan", "SD"), ("fluorouracil", "SD"), ("leucovorin", "SD")}),
    "line-ordinals-regimens": (_report(
        "A 50-year-old man with metastatic gastric cancer received capecitabine and oxaliplatin as first-line therapy "
        "and paclitaxel with ramucirumab as second-line therapy. Paclitaxel and ramucirumab gave stable disease for "
        "eight months."),
        {("paclitaxel", "SD"), ("ramucirumab", "SD")}),
    "after-the-course-count-during-maintenance": (_report(
        "A 58-year-old woman with BRCA1-mutated ovarian cancer received carboplatin and paclitaxel for six cycles from "
        "May 2021. Niraparib 200 mg daily was then started as maintenance. After six cycles, CT showed a complete "
        "response. She progressed after 18 months on niraparib."),
        {("carboplatin", "CR"), ("paclitaxel", "CR"), ("niraparib", "PD")}),
    "after-the-course-count-inferred-and-named": (_report(
        "A 49-year-old man with BRCA2-mutated pancreatic cancer received gemcitabine plus cisplatin for 6 cycles. "
        "Olaparib 300 mg twice daily was then started as maintenance. After 6 cycles, the liver lesions had shrunk by "
        "60% (partial response). Stable disease was maintained on olaparib for a year."),
        {("gemcitabine", "PR"), ("cisplatin", "PR"), ("olaparib", "SD")}),
    "daily-drug-counts-its-own-cycles": (_report(
        "A 62-year-old man with lung adenocarcinoma received 4 cycles of carboplatin and pemetrexed with stable disease. "
        "Osimertinib 80 mg daily was then started. After 4 cycles, CT showed a partial response."),
        {("carboplatin", "SD"), ("pemetrexed", "SD"), ("osimertinib", "PR")}),
    "maintenance-counted-in-other-cycles": (_report(
        "A 58-year-old woman with ovarian cancer received carboplatin and paclitaxel for six cycles. Olaparib 300 mg "
        "twice daily was then started as maintenance. After three cycles of olaparib, CT showed a partial response."),
        {("olaparib", "PR")}),
    "radiotherapy-then-shrinkage-same-sentence": (_report(
        _PEMBRO + "A painful bone metastasis was treated with palliative radiotherapy, and the irradiated lesion shrank "
        "markedly."), {("pembrolizumab", "SD")}),
    "radiosurgery-then-regression": (_report(
        _PEMBRO + "After stereotactic radiosurgery, the brain metastasis regressed completely."), {("pembrolizumab", "SD")}),
    "radiotherapy-to-a-lesion-which-responded": (_report(
        _PEMBRO + "She received stereotactic radiotherapy to a brain metastasis, which showed a complete response on MRI."),
        {("pembrolizumab", "SD")}),
    "radiotherapy-then-progression-stays": (_report(
        _PEMBRO + "A bone metastasis was irradiated, and new liver metastases appeared."),
        {("pembrolizumab", "SD"), ("pembrolizumab", "PD")}),
    "chemoradiation-response-stays": (_report(
        "A 51-year-old woman with cervical cancer received cisplatin 40 mg/m2 weekly with pelvic radiotherapy. After "
        "radiotherapy, MRI showed a complete response."), {("cisplatin", "CR")}),
    "concurrent-chemoradiotherapy-named-with-the-response": (_report(
        "A 57-year-old man with head and neck cancer was given cisplatin weekly. After concurrent chemoradiotherapy, PET "
        "showed a complete metabolic response."), {("cisplatin", "CR")}),
    "surgery-after-neoadjuvant-stays": (_report(
        "A 45-year-old woman with breast cancer received neoadjuvant docetaxel, trastuzumab and pertuzumab. After "
        "mastectomy, pathology showed a complete response."),
        {("docetaxel", "CR"), ("trastuzumab", "CR"), ("pertuzumab", "CR")}),
}


@pytest.mark.parametrize("name", sorted(COURSES))
def test_course_gives_the_gold_pairs(nlp, name):
    text, want = COURSES[name]
    got = response_pairs(nlp, text)
    assert got == want, f"extra {sorted(got - want)}, missed {sorted(want - got)}"
